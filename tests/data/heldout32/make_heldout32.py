#!/usr/bin/env python3
"""Deterministic generator for blind set heldout32 (cases 6001-6038).
Usage: make_heldout32.py [OUTDIR]        write the set (default: this folder)
       make_heldout32.py --check [DIR]   re-parse every .eml and recompute every gold date
"""
import sys, os, json, csv, io, datetime as dt
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib32 import *          # noqa

def T(y, mo, d, h, mi, s=0, off=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))

# ------------------------------------------------------------------ roster
A_DOM, B_DOM, C_DOM, D_DOM = 'gzcf.example.cn', 'haiyue-tyre.example.cn', 'qingwu.example.cn', 'coralbay-hotels.example.com'
BOT = {'A': ('纪要助手', 'jiyao@' + A_DOM), 'B': ('会议纪要助手', 'minutes@' + B_DOM),
       'C': ('纪要机器人', 'minutebot@' + C_DOM), 'D': ('Minutes Bot', 'minutes@' + D_DOM)}
ROSTER = [
    # A 赣州城发投资集团有限公司 (SOE, Ganzhou)
    ('蓝海涛', 'lanht@' + A_DOM, '公司领导', '', '蓝总;Lan Haitao'),
    ('钟国平', 'zhonggp@' + A_DOM, '综合办公室', 'lanht@' + A_DOM, '钟主任;Zhong Guoping'),
    ('刘晓燕', 'liuxiaoyan@' + A_DOM, '综合办公室', 'zhonggp@' + A_DOM, '小刘;晓燕;Liu Xiaoyan'),
    ('曾庆华', 'zengqh@' + A_DOM, '工程管理部', 'lanht@' + A_DOM, '曾部长;曾总;Zeng Qinghua'),
    ('谢文斌', 'xiewb@' + A_DOM, '工程管理部', 'zengqh@' + A_DOM, '谢工;Xie Wenbin'),
    ('赖春梅', 'laicm@' + A_DOM, '财务部', 'lanht@' + A_DOM, '赖部长;Lai Chunmei'),
    ('温志强', 'wenzq@' + A_DOM, '财务部', 'laicm@' + A_DOM, '小温;Wen Zhiqiang'),
    ('黄丽萍', 'huanglp@' + A_DOM, '资产运营部', 'lanht@' + A_DOM, '黄部长;Huang Liping'),
    ('邱明', 'qiuming@' + A_DOM, '资产运营部', 'huanglp@' + A_DOM, '邱经理;Qiu Ming'),
    ('朱建军', 'zhujj@' + A_DOM, '安全环保部', 'lanht@' + A_DOM, '朱部长;Zhu Jianjun'),
    ('廖永红', 'liaoyh@' + A_DOM, '投资发展部', 'lanht@' + A_DOM, '廖部长;廖总;Liao Yonghong'),
    ('肖婷', 'xiaoting@' + A_DOM, '投资发展部', 'liaoyh@' + A_DOM, '肖经理;Xiao Ting'),
    ('彭志远', 'pengzy@' + A_DOM, '法务审计部', 'lanht@' + A_DOM, '彭律师;Peng Zhiyuan'),
    ('罗建华', 'luojh@gjgc.example.com', '', '', '罗经理;Luo Jianhua'),
    # B 威海海岳轮胎有限公司 (private tyre maker, Weihai)
    ('于海波', 'yuhaibo@' + B_DOM, '生产部', '', '于总;于厂长;Yu Haibo'),
    ('丛丽', 'congli@' + B_DOM, '生产部', 'yuhaibo@' + B_DOM, '丛主管;Cong Li'),
    ('毕成刚', 'bicg@' + B_DOM, '质量部', '', '毕经理;Bi Chenggang'),
    ('孙晓雯', 'sunxw@' + B_DOM, '质量部', 'bicg@' + B_DOM, '晓雯;Sun Xiaowen'),
    ('初国栋', 'chugd@' + B_DOM, '采购部', '', '初经理;Chu Guodong'),
    ('鞠娜', 'juna@' + B_DOM, '采购部', 'chugd@' + B_DOM, '小鞠;Ju Na'),
    ('谷振宇', 'guzy@' + B_DOM, '设备部', '', '谷工;Gu Zhenyu'),
    ('林涛', 'lintao@' + B_DOM, '技术中心', '', '林总工;林工;Lin Tao'),
    ('隋志远', 'suizy@' + B_DOM, '仓储物流部', 'yuhaibo@' + B_DOM, '隋主管;Sui Zhiyuan'),
    ('宫敏', 'gongmin@' + B_DOM, '销售部', '', '宫经理;Gong Min;Grace Gong;Grace'),
    ('姜伟', 'jiangwei@' + B_DOM, '销售部', 'gongmin@' + B_DOM, 'Kevin Jiang;Kevin;小姜'),
    ('曲晓东', 'quxd@' + B_DOM, '人事行政部', '', '曲经理;Qu Xiaodong'),
    ('符小琴', 'fuxq@qdrubber.example.com', '', '', '符经理;Fu Xiaoqin'),
    ('Markus Weber', 'markus.weber@tyrehub.example.de', '', '', 'Markus'),
    # C 绵阳青梧互娱科技有限公司 (game publisher, Mianyang)
    ('何俊', 'hejun@' + C_DOM, '发行部', '', '俊哥;He Jun;Jun He'),
    ('唐悦', 'tangyue@' + C_DOM, '运营部', '', '唐唐;Tina Tang;Tang Yue'),
    ('蒲小川', 'puxc@' + C_DOM, '运营部', 'tangyue@' + C_DOM, '小川;Pu Xiaochuan'),
    ('邓佳', 'dengjia@' + C_DOM, '市场部', '', '佳姐;Deng Jia'),
    ('苟一鸣', 'gouym@' + C_DOM, '技术部', '', '苟工;一鸣;Gou Yiming'),
    ('冉静', 'ranjing@' + C_DOM, '技术部', 'gouym@' + C_DOM, '静静;Ran Jing'),
    ('母浩', 'muhao@' + C_DOM, '商务部', '', '母总;Mu Hao'),
    ('文雪', 'wenxue@' + C_DOM, '客服中心', '', '雪姐;Wen Xue'),
    ('钱丽', 'qianli@' + C_DOM, '法务部', '', '钱老师;Qian Li'),
    ('辜强', 'guqiang@' + C_DOM, '数据分析部', '', '辜工;Gu Qiang'),
    ('冯蕾', 'fenglei@orangestore.example.com', '', '', '冯经理;Feng Lei'),
    # D Coral Bay Hotels & Resorts (Zhanjiang), foreign-invested hotel group
    ('Daniel Hughes', 'daniel.hughes@' + D_DOM, 'Executive Office', '', 'Dan;DH;GM;Hughes'),
    ('Priya Nair', 'priya.nair@' + D_DOM, 'Sales & Marketing', 'daniel.hughes@' + D_DOM, 'Priya;PN'),
    ('陈嘉欣', 'cindy.chen@' + D_DOM, 'Sales & Marketing', 'priya.nair@' + D_DOM, 'Cindy;Cindy Chen;嘉欣'),
    ('梁志华', 'kelvin.liang@' + D_DOM, 'Front Office', 'daniel.hughes@' + D_DOM, 'Kelvin;Kelvin Liang;梁经理;梁經理'),
    ('吴美玲', 'meiling.wu@' + D_DOM, 'Housekeeping', 'daniel.hughes@' + D_DOM, 'Meiling;Meiling Wu;吴经理'),
    ('Marco Rossi', 'marco.rossi@' + D_DOM, 'F&B', 'daniel.hughes@' + D_DOM, 'Marco;MR'),
    ('庞海', 'pang.hai@' + D_DOM, 'Engineering', 'daniel.hughes@' + D_DOM, '庞工;Hai Pang;Chief Engineer'),
    ('麦晓琳', 'linda.mai@' + D_DOM, 'Finance', 'daniel.hughes@' + D_DOM, 'Linda;Linda Mai;麦经理'),
    ('蔡俊杰', 'jay.cai@' + D_DOM, 'IT', 'linda.mai@' + D_DOM, 'Jay;Jay Cai;蔡工'),
    ('Sarah Koh', 'sarah.koh@' + D_DOM, 'HR', 'daniel.hughes@' + D_DOM, 'Sarah'),
    ('鄭家豪', 'ho.cheng@' + D_DOM, 'Revenue Management', 'priya.nair@' + D_DOM, 'Ho Cheng;Ho;郑家豪;家豪'),
    ('Ivy Lam', 'ivy.lam@nanhai-travel.example.com', '', '', 'Ivy'),
    ('Tom Becker', 'tom.becker@hospitech.example.com', '', '', 'Tom'),
]
P = {r[0]: r for r in ROSTER}

def p(name, shown=None):
    """(display name, email) for To/Cc lines."""
    return (shown or name, P[name][1])

def I(owner, task, due=None, tm=None, flags=(), rule=None, dept=None, email=None):
    if owner and owner in P:
        r = P[owner]
        d = {'owner_name': owner, 'owner_email': r[1], 'department': r[2] or None}
    else:
        d = {'owner_name': owner, 'owner_email': email, 'department': dept}
    d.update({'task': task, 'due_date': due, 'due_time': tm, 'flags': list(flags)})
    d['_rule'] = rule
    return d

CASES = []
ATTACH = {}
def case(num, slug, kind, sent, raw, items=(), nf=None, nf_rule=None, notes='', summary='', tests=''):
    CASES.append(dict(num=num, slug=slug, kind=kind, sent=sent, raw=raw, items=list(items), nf=nf,
                      nf_rule=nf_rule, notes=notes, summary=summary, tests=tests))

def hdrs(frm, to, cc, subj, sent, mid, cs='utf-8', enc='B', extra_before=(), extra_after=(), quote=False,
         date=None):
    h = list(extra_before)
    h += [('From', addr(frm[0], frm[1], cs, enc, quote))]
    if to:
        h.append(('To', addrs(to, cs, enc, quote)))
    if cc:
        h.append(('Cc', addrs(cc, cs, enc, quote)))
    h += [('Subject', ew(subj, cs, enc)), ('Date', date or rfcdate(sent)), ('Message-ID', mid)]
    h += list(extra_after)
    return h

import cases_a, cases_b, cases_c, cases_d   # noqa: E402  (each registers its cases)
for m in (cases_a, cases_b, cases_c, cases_d):
    m.register(sys.modules[__name__])

# ------------------------------------------------------------------ output
def gold_of(c):
    items = [{k: v for k, v in it.items() if not k.startswith('_')} for it in c['items']]
    return {'kind': c['kind'], 'items': items, 'next_followup': c['nf'], 'reply': None, 'notes': c['notes']}

def fname(c):
    return '%d-%s' % (c['num'], c['slug'])

def write(out):
    os.makedirs(out, exist_ok=True)
    for c in sorted(CASES, key=lambda c: c['num']):
        with open(os.path.join(out, fname(c) + '.eml'), 'wb') as f:
            f.write(c['raw'])
        with open(os.path.join(out, fname(c) + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write('\n')
    with open(os.path.join(out, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for r in ROSTER:
            w.writerow(r)
    print('wrote %d cases to %s' % (len(CASES), out))

def check(out):
    bad = 0
    nums = sorted(c['num'] for c in CASES)
    assert nums == list(range(6001, 6039)), nums
    for c in sorted(CASES, key=lambda c: c['num']):
        fn = os.path.join(out, fname(c))
        raw = open(fn + '.eml', 'rb').read()
        gold = json.load(open(fn + '.json', encoding='utf-8'))
        errs = []
        if raw != c['raw']:
            errs.append('eml differs from generator output')
        if gold != gold_of(c):
            errs.append('json differs from generator output')
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errs.append('defects %r in %s' % (part.defects, part.get_content_type()))
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    part.get_payload(decode=True).decode(codec(cs))
                    part.get_content()
                except Exception as e:   # noqa
                    errs.append('text part %s (%s) does not decode: %s' % (part.get_content_type(), cs, e))
        for k in ('From', 'Subject', 'Date', 'Message-ID'):
            if msg[k] is None:
                errs.append('missing ' + k)
        sent = parsedate_to_datetime(str(msg['Date']))
        if gold['kind'] != 'minutes' and (gold['items'] or gold['next_followup']):
            errs.append('non-minutes with items/followup')
        for g, it in zip(gold['items'], c['items']):
            r = it['_rule']
            if r is None:
                if g['due_date'] is not None:
                    errs.append('item %r has a date but no rule' % g['task'])
                continue
            d, tm = resolve(r, sent)
            if (d, tm) != (g['due_date'], g['due_time']):
                errs.append('item %r: gold %s %s, recomputed %s %s' % (g['task'], g['due_date'], g['due_time'], d, tm))
            if not d.startswith('2026-'):
                errs.append('date outside 2026')
        for g in gold['items']:
            fl = set(g['flags'])
            if (g['owner_name'] is None) != ('no_owner' in fl):
                errs.append('no_owner flag mismatch: %r' % g['task'])
            if g['due_date'] is None and not fl & {'vague_due', 'no_due'}:
                errs.append('undated item without vague_due/no_due: %r' % g['task'])
            if g['due_date'] is not None and fl & {'vague_due', 'no_due'}:
                errs.append('dated item with vague/no_due: %r' % g['task'])
            if g['owner_name'] in P and P[g['owner_name']][1] != g['owner_email']:
                errs.append('email mismatch ' + g['owner_name'])
        if gold['next_followup']:
            d, tm = resolve(c['nf_rule'], sent)
            if (d, tm) != (gold['next_followup']['date'], gold['next_followup']['time']):
                errs.append('next_followup: gold %s, recomputed %s %s' % (gold['next_followup'], d, tm))
        if not (dt.date(2026, 4, 1) <= sent.astimezone(SH).date() <= dt.date(2026, 7, 31)):
            errs.append('send date outside Apr-Jul 2026')
        if errs:
            bad += 1
            print('FAIL', fname(c))
            for e in errs:
                print('   ', e)
    print('%d cases checked, %d failed' % (len(CASES), bad))
    return bad

if __name__ == '__main__':
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    if args and args[0] == '--check':
        sys.exit(1 if check(args[1] if len(args) > 1 else here) else 0)
    os.makedirs(args[0] if args else here, exist_ok=True)   # (added when the set joined the tests: write, then check)
    write(args[0] if args else here)
    sys.exit(1 if check(args[0] if args else here) else 0)
