#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout30" (cases 5801-5838) for minutebot.

Deterministic: no clock, no randomness.  Usage:
    python3 make_heldout30.py [OUTDIR]          # write every .eml/.json, roster.csv and README.md
    python3 make_heldout30.py --check [OUTDIR]  # re-parse every .eml with email.policy.default and
                                                # recompute every gold date from the Date header
Needs python-docx (for the one .docx attachment) and chinesecalendar (for --check and for writing).
"""
import base64, csv, datetime as dt, io, json, os, quopri, re, sys, zipfile
from email.utils import parsedate_to_datetime

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------- MIME helpers

def b64lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def qp(data):
    # data: bytes with \n line ends; soft breaks at 76
    out = quopri.encodestring(data, quotetabs=False).decode('ascii')
    return out if out.endswith('\n') else out + '\n'


def enc_words(s, label='utf-8', codec=None, mode='B', maxbytes=42):
    """RFC 2047 encoded-words, split on character boundaries, joined by folding whitespace."""
    codec = codec or label
    words, cur = [], b''
    for ch in s:
        b = ch.encode(codec)
        if len(cur) + len(b) > maxbytes:
            words.append(cur); cur = b''
        cur += b
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if mode == 'B':
            res.append('=?%s?B?%s?=' % (label, base64.b64encode(w).decode()))
        else:
            q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else '=%02X' % c for c in w)
            res.append('=?%s?Q?%s?=' % (label, q))
    return '\n '.join(res)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def name_hdr(name, label='utf-8', codec=None, mode='B', quote=False):
    if not name:
        return ''
    if is_ascii(name):
        return '"%s"' % name if (quote or any(c in name for c in ',.()<>@:;')) else name
    return enc_words(name, label, codec, mode)


def addr(name, email, label='utf-8', codec=None, mode='B', quote=False):
    if not name:
        return '<%s>' % email if not quote else email
    return '%s <%s>' % (name_hdr(name, label, codec, mode, quote), email)


def addrlist(pairs, **kw):
    return ',\n '.join(addr(n, e, **kw) for n, e in pairs)


def subj(s, label='utf-8', codec=None, mode='B'):
    return s if is_ascii(s) else enc_words(s, label, codec, mode)


def text_part(text, subtype='plain', label='utf-8', codec=None, cte='base64', params='', extra_headers=()):
    codec = codec or label
    data = text.encode(codec)
    if cte == 'base64':
        body = b64lines(data)
    elif cte == 'quoted-printable':
        body = qp(data)
    else:  # 7bit / 8bit: raw
        body = data.decode(codec)
        if not body.endswith('\n'):
            body += '\n'
    ct = 'text/%s; charset="%s"%s' % (subtype, label, params)
    hdrs = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte] + list(extra_headers)
    return (hdrs, body, codec)


def bin_part(data, ctype, filename, disposition='attachment', name_style='2231', extra_headers=()):
    if is_ascii(filename):
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    elif name_style == '2231':
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(filename.encode('utf-8'))
        nm = "name*=utf-8''%s" % quote(filename.encode('utf-8'))
    else:  # Outlook/Foxmail style RFC 2047 inside the quoted parameter
        w = enc_words(filename, 'utf-8', maxbytes=200)
        fn = 'filename="%s"' % w
        nm = 'name="%s"' % w
    hdrs = ['Content-Type: %s;\n %s' % (ctype, nm),
            'Content-Transfer-Encoding: base64',
            'Content-Disposition: %s;\n %s' % (disposition, fn)] + list(extra_headers)
    return (hdrs, b64lines(data), None)


def multipart(subtype, boundary, parts, preamble=None, params=''):
    out = (preamble + '\n\n') if preamble else ''
    for h, b, _ in parts:
        out += '--%s\n' % boundary + '\n'.join(h) + '\n\n' + b
        if not b.endswith('\n'):
            out += '\n'
        out += '\n'
    out += '--%s--\n' % boundary
    hdrs = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)]
    return (hdrs, out, None)


def assemble(top_headers, part, crlf=False):
    h, body, _ = part
    txt = '\n'.join(top_headers + ['MIME-Version: 1.0'] + h) + '\n\n' + body
    if crlf:
        txt = txt.replace('\r\n', '\n').replace('\n', '\r\n')
    return txt.encode('utf-8') if is_ascii(txt) else txt.encode('utf-8')


def received(server, client_helo, client_ip, sender, rcpt, date_hdr, qid):
    # server-side headers added on delivery
    return ['Return-Path: <%s>' % sender if sender else 'Return-Path: <>',
            'Delivered-To: %s' % rcpt,
            'Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                client_helo, client_ip, server, qid, rcpt, date_hdr)]


def plus_seconds(date_hdr, secs):
    d = parsedate_to_datetime(date_hdr) + dt.timedelta(seconds=secs)
    return d.strftime('%a, %d %b %Y %H:%M:%S %z') + (' (CST)' if d.utcoffset() == dt.timedelta(hours=8) else '')


def html_table(rows, head=True, style='border-collapse:collapse', cell=' style="border:1px solid #999;padding:4px"'):
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="%s">' % style]
    for i, r in enumerate(rows):
        tag = 'th' if (head and i == 0) else 'td'
        out.append('<tr>' + ''.join('<%s%s>%s</%s>' % (tag, cell, esc(c).replace('\n', '<br>'), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_html(text, wrap='div'):
    out = []
    for line in text.split('\n'):
        out.append('<%s>%s</%s>' % (wrap, esc(line) if line.strip() else '<br>', wrap))
    return '\n'.join(out)

# ----------------------------------------------------------------------------- date rules

def monday(d):
    return d - dt.timedelta(days=d.weekday())


def next_workday(d):
    d += dt.timedelta(days=1)
    while not cc.is_workday(d):
        d += dt.timedelta(days=1)
    return d


def resolve(rule, sent):
    """rule -> (date, time or None). sent: aware datetime in Asia/Shanghai."""
    d0 = sent.date()
    k = rule[0]
    t = None
    if k == 'abs':
        d = dt.date.fromisoformat(rule[1])
        if len(rule) > 2:  # weekday stated in the text
            assert d.weekday() == rule[2], (rule, d.weekday())
    elif k == 'today':
        d = d0
    elif k == 'tomorrow':
        d = d0 + dt.timedelta(days=1)
    elif k == 'wd':  # N个工作日内, counted from the day after sending
        d, n = d0, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n += 1
    elif k == 'wk':  # bare weekday: this week's if not past, else next week's
        d = monday(d0) + dt.timedelta(days=rule[1])
        if d < d0:
            d += dt.timedelta(days=7)
    elif k == 'this':
        d = monday(d0) + dt.timedelta(days=rule[1])
    elif k == 'next':
        d = monday(d0) + dt.timedelta(days=7 + rule[1])
    elif k == 'monthend':
        m = rule[1] if len(rule) > 1 else d0.month
        d = dt.date(d0.year, m + 1, 1) - dt.timedelta(days=1)
    elif k == 'after_hol':  # first working day after the holiday block containing rule[1]
        d = dt.date.fromisoformat(rule[1])
        assert not cc.is_workday(d) and cc.get_holiday_detail(d)[1]
        d = next_workday(d)
    elif k == 'before_hol':  # last working day before the holiday block starting at rule[1]
        d = dt.date.fromisoformat(rule[1]) - dt.timedelta(days=1)
        assert cc.get_holiday_detail(dt.date.fromisoformat(rule[1]))[1]
        while not cc.is_workday(d):
            d -= dt.timedelta(days=1)
    elif k == 'hours':
        x = sent + dt.timedelta(hours=rule[1])
        return x.date(), x.strftime('%H:%M')
    else:
        raise ValueError(rule)
    return d, t

# ----------------------------------------------------------------------------- organisations and roster

XS = 'xishancoal.example.cn'       # 汾河能源集团西山煤业有限公司 (state-owned coal mine, Taiyuan)
LG = 'languang-ship.example.cn'    # 烟台蓝港船舶重工有限公司 (private shipyard, Yantai)
YK = 'yekang.example.cn'           # 海南椰康医药连锁有限公司 (pharmacy chain + O2O app, Haikou)
NV = 'nordvikdairy.example.com'    # Nordvik Dairy (Hohhot) Co., Ltd. 诺维克乳业 (Danish-invested dairy, Hohhot)
BOT = {XS: ('会议纪要助手', 'jiyao@' + XS), LG: ('纪要助手', 'minutes@' + LG),
       YK: ('纪要助手', 'minutes@' + YK), NV: ('Minutes Bot', 'minutes@' + NV)}

# name, local part, domain, department, manager name, aliases
STAFF = [
    # --- 西山煤业
    ('牛国栋', 'niuguodong', XS, '矿领导', '', '牛矿长;牛矿;Niu Guodong'),
    ('贺志刚', 'hezhigang', XS, '生产技术部', '牛国栋', '贺部长;He Zhigang'),
    ('梁晨', 'liangchen', XS, '生产技术部', '贺志刚', '小梁;Liang Chen'),
    ('冯建军', 'fengjianjun', XS, '安全监察部', '牛国栋', '冯部长;冯处;Feng Jianjun'),
    ('田野', 'tianye', XS, '安全监察部', '冯建军', '田工;Tian Ye'),
    ('郝永平', 'haoyongping', XS, '机电动力部', '牛国栋', '郝部长;Hao Yongping'),
    ('王建业', 'wangjianye', XS, '机电动力部', '郝永平', '王工;Wang Jianye'),
    ('阎志强', 'yanzhiqiang', XS, '调度指挥中心', '牛国栋', '阎主任;Yan Zhiqiang'),
    ('乔丽娟', 'qiaolijuan', XS, '综合办公室', '牛国栋', '乔主任;Qiao Lijuan'),
    ('段晓峰', 'duanxiaofeng', XS, '综合办公室', '乔丽娟', '小段;Duan Xiaofeng'),
    ('武海燕', 'wuhaiyan', XS, '财务部', '牛国栋', '武部长;Wu Haiyan'),
    ('常青', 'changqing', XS, '通风区', '牛国栋', '常区长;Chang Qing'),
    ('霍东升', 'huodongsheng', XS, '综采一队', '牛国栋', '霍队长;霍队;Huo Dongsheng'),
    # --- 蓝港船舶
    ('张振华', 'zhangzhenhua', LG, '总经办', '', '张总;Zhang Zhenhua'),
    ('于海涛', 'yuhaitao', LG, '生产管理部', '张振华', '于部长;于经理;Yu Haitao;Mr. Yu'),
    ('曲晓东', 'quxiaodong', LG, '生产管理部', '于海涛', '小曲;Qu Xiaodong'),
    ('邹明', 'zouming', LG, '采购物资部', '张振华', '邹经理;Zou Ming'),
    ('隋静', 'suijing', LG, '采购物资部', '邹明', '小隋;Sui Jing'),
    ('韦志远', 'weizhiyuan', LG, '采购物资部', '邹明', '仓储主管;韦主管;Wei Zhiyuan'),
    ('姜涛', 'jiangtao', LG, '质量部', '张振华', '姜经理;Jiang Tao'),
    ('鞠红', 'juhong', LG, '质量部', '姜涛', '鞠工;Ju Hong;Ms. Ju'),
    ('宫本利', 'gongbenli', LG, '设计所', '张振华', '宫所长;Gong Benli'),
    ('林卫东', 'linweidong', LG, '设计所', '宫本利', '林工;Lin Weidong'),
    ('迟强', 'chiqiang', LG, '涂装车间', '于海涛', '迟主任;Chi Qiang;Mr. Chi'),
    ('初永胜', 'chuyongsheng', LG, '船体车间', '于海涛', '初主任;Chu Yongsheng'),
    ('刘春燕', 'liuchunyan', LG, '财务部', '张振华', '刘经理;Liu Chunyan'),
    ('王珂', 'wangke', LG, '销售部', '张振华', '王经理;Wang Ke;Kevin Wang'),
    # --- 椰康医药
    ('符海鹏', 'fuhaipeng', YK, '运营中心', '', '符总;Fu Haipeng;Haipeng'),
    ('王倩', 'wangqian', YK, '运营中心', '符海鹏', '倩倩;Wang Qian;Cici Wang'),
    ('陈思远', 'chensiyuan', YK, '技术部', '符海鹏', '陈总监;思远;Simon;Simon Chen'),
    ('吴雨桐', 'wuyutong', YK, '技术部', '陈思远', '雨桐;Wu Yutong;Yutong'),
    ('黎明辉', 'liminghui', YK, '技术部', '陈思远', '明辉;黎工;Li Minghui;Minghui'),
    ('云海燕', 'yunhaiyan', YK, '商品部', '符海鹏', '云经理;Yun Haiyan'),
    ('邢冬梅', 'xingdongmei', YK, '商品部', '云海燕', '冬梅;Xing Dongmei'),
    ('钱文静', 'qianwenjing', YK, '药学部', '符海鹏', '钱老师;Qian Wenjing'),
    ('林少华', 'linshaohua', YK, '门店管理部', '符海鹏', '林经理;华哥;Lin Shaohua'),
    ('王小蕾', 'wangxiaolei', YK, '门店管理部', '林少华', '小蕾;Wang Xiaolei'),
    ('卓佳', 'zhuojia', YK, '法务部', '符海鹏', '卓律师;Zhuo Jia'),
    ('潘一鸣', 'panyiming', YK, '市场部', '符海鹏', '潘总;Ethan Pan;Ethan'),
    ('麦家乐', 'maijiale', YK, '市场部', '潘一鸣', '阿乐;Mai Jiale'),
    # --- Nordvik Dairy
    ('Lars Eriksen', 'lars.eriksen', NV, 'Management', '', 'Lars;埃里克森;LE'),
    ('Anna Holm', 'anna.holm', NV, 'Quality', 'Lars Eriksen', 'Anna;AH;安娜'),
    ('白云飞', 'yunfei.bai', NV, 'Quality', 'Anna Holm', 'Yunfei Bai;Yunfei;白工;白雲飛;白先生'),
    ('其其格', 'qiqige', NV, 'Production', '巴雅尔', 'Qiqige;Qiqi'),
    ('巴雅尔', 'bayar', NV, 'Production', 'Lars Eriksen', 'Bayar;巴工'),
    ('张敏', 'minnie.zhang', NV, 'Supply Chain', 'Lars Eriksen', 'Minnie Zhang;Minnie;張經理;张经理'),
    ('乌兰', 'wulan', NV, 'Supply Chain', '张敏', 'Wulan;Ulaan'),
    ('Sophie Laurent', 'sophie.laurent', NV, 'Finance', 'Lars Eriksen', 'Sophie'),
    ('刘嘉宁', 'jenny.liu', NV, 'Finance', 'Sophie Laurent', 'Jenny Liu;Jenny'),
    ('高巍', 'victor.gao', NV, 'IT', 'Lars Eriksen', 'Victor Gao;Victor'),
    ('孟雪', 'snow.meng', NV, 'HR', 'Lars Eriksen', 'Snow Meng;Snow'),
    ('Erik Nilsson', 'erik.nilsson', NV, 'Engineering', 'Lars Eriksen', 'Erik'),
]
# outsiders who write or own items (department empty, no manager)
OUTSIDERS = [
    ('Nikos Papadakis', 'n.papadakis@aegeanstar-shipping.example.gr', 'Nikos;Mr. Papadakis'),
    ('郑立民', 'zhenglimin@huanghai-steel.example.cn', '郑经理'),
    ('蔡晓峰', 'caixiaofeng@shunda-express.example.com', '蔡经理;Cai Xiaofeng'),
    ('林美惠', 'mhlin@formosapack.example.com.tw', 'Meihui Lin;林經理'),
    ('陳怡君', 'ycchen@formosapack.example.com.tw', 'Yi-Chun Chen;陈怡君'),
    ('Mette Kjaer', 'mette.kjaer@nordvik.example.dk', 'Mette'),
    ('包金山', 'bjs_muchang@126.example.com', '包总;包场长'),
]
P = {}
for n, lp, dom, dept, mgr, al in STAFF:
    P[n] = {'name': n, 'email': '%s@%s' % (lp, dom), 'dept': dept, 'mgr': mgr, 'aliases': al}
for n, em, al in OUTSIDERS:
    P[n] = {'name': n, 'email': em, 'dept': None, 'mgr': '', 'aliases': al}


def pa(n, display=None):
    """(display name, email) for headers."""
    return (display if display is not None else n, P[n]['email'])


def write_roster(path):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for n, lp, dom, dept, mgr, al in STAFF:
            w.writerow([n, P[n]['email'], dept, P[mgr]['email'] if mgr else '', al])
        for n, em, al in OUTSIDERS:
            w.writerow([n, em, '', '', al])

# ----------------------------------------------------------------------------- gold helpers

def it(owner, task, date=None, rule=None, time=None, flags=()):
    """owner: roster name, ('ext', name, email), ('dept', department or None)."""
    if isinstance(owner, tuple) and owner[0] == 'dept':
        on, oe, od = None, None, owner[1]
        flags = ['no_owner'] + [f for f in flags if f != 'no_owner']
    elif isinstance(owner, tuple) and owner[0] == 'ext':
        on, oe, od = owner[1], owner[2], None
    else:
        on, oe, od = owner, P[owner]['email'], P[owner]['dept']
    if date is None and not any(f in flags for f in ('vague_due', 'no_due')):
        raise ValueError('undated item needs vague_due or no_due: ' + task)
    fl = [f for f in ('no_owner', 'vague_due', 'no_due') if f in flags]
    return {'owner_name': on, 'owner_email': oe, 'department': od, 'task': task,
            'due_date': date, 'due_time': time, 'flags': fl, '_rule': rule}


CASES = []


def case(num, slug, kind, eml, items=(), nxt=None, nxt_rule=None, notes='', tests='', summary=None):
    CASES.append({'num': num, 'slug': slug, 'kind': kind, 'eml': eml, 'items': list(items),
                  'next': nxt, 'next_rule': nxt_rule, 'notes': notes, 'tests': tests, 'summary': summary})

# ============================================================================= 西山煤业 (XS)

def coremail_hdrs(frm, to, cc, subject, date, mid, label='GBK', codec='gbk', extra=()):
    return [
        'From: ' + addr(*frm, label=label, codec=codec, quote=True),
        'To: ' + addrlist(to, label=label, codec=codec, quote=True),
    ] + (['Cc: ' + addrlist(cc, label=label, codec=codec, quote=True)] if cc else []) + [
        'Subject: ' + subj(subject, label, codec),
        'Date: ' + date,
        'Message-ID: <%s>' % mid,
        'X-Priority: 3',
        'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9f1a5e34)\n Copyright (c) 2002-2026 www.mailtech.cn coremail',
        'X-Originating-IP: [10.20.6.%d]' % (len(mid) % 200 + 20),
        'X-CM-TRANSID:AQAAf8Dx' + re.sub(r'[^A-Za-z0-9]', '', mid)[:20],
        'X-Coremail-Antispam: 1UD129KBjvJXoW7Ar4kJr1DCFyxZr1DCF48Zwb_yoW8Ww4kpF',
    ] + list(extra)


def build_5801():
    date = 'Thu, 2 Apr 2026 16:40:27 +0800'
    frm = pa('段晓峰')
    to = [('各部门负责人', 'bmfzr@' + XS), pa('冯建军'), pa('阎志强'), pa('常青'), pa('郝永平'), pa('贺志刚'), pa('霍东升')]
    cc = [pa('牛国栋'), pa('乔丽娟'), BOT[XS]]
    s = '关于清明节前安全生产工作专题会议纪要'
    text = '''各部门、各区队：

4月2日上午，牛国栋矿长在调度楼三楼会议室主持召开清明节前安全生产工作专题会议，生产技术部、安全监察部、机电动力部、调度指挥中心、通风区、综采一队主要负责同志参加。现将会议议定事项纪要如下：

一、会议听取了安全监察部关于一季度隐患排查治理情况的汇报，通报了3月份“三违”查处情况。一季度共排查隐患213条，已整改209条。

二、会议要求
（一）节日期间安全管理。一是严格落实领导干部带班下井制度，节日期间带班人员不得减少；二是调度指挥中心（阎志强）要于4月3日12:00前报送节日期间值班表；三是安全监察部要在节前组织一次全矿井安全大检查，检查结果于4月3日前报矿办。
（二）通风与瓦斯治理。对3309回风巷瓦斯抽采系统进行全面排查。
    责任单位：通风区    责任人：常青
    完成时限：节后第一个工作日
（三）机电设备检修。利用节日停产时间完成主运输皮带机检修。
    责任单位：机电动力部（牵头），综采一队（配合）
    完成时限：4月6日前
（四）技术管理。修订《3310工作面作业规程》，补充初采初放期间顶板管理内容。
    责任单位：生产技术部    责任人：贺志刚
    完成时限：4月底前

三、其他事项
会议强调，各单位主要负责人是本单位安全生产第一责任人，节日期间手机保持24小时畅通。

下次会议时间视情况另行通知。

综合办公室
2026年4月2日

--
段晓峰
西山煤业综合办公室
电话：0351-6120358
'''
    html_body = '<div style="font-family:宋体;font-size:14px">' + paras_html(text, 'p') + '</div>'
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>' + html_body + '</body></html>'
    part = multipart('alternative', '----=_Part_148203_1904265921.1775119227410',
                     [text_part(text, 'plain', 'GBK', 'gbk', 'base64'), text_part(html, 'html', 'GBK', 'gbk', 'base64')])
    mid = '5c1b3e07.9a31.19d4d7f2e0a.Coremail.duanxiaofeng@' + XS
    hdr = received('mail.' + XS, 'duanxiaofeng-pc', '10.20.6.88', frm[1], BOT[XS][1], plus_seconds(date, 2), '4FmT2k0Rb4z1Xs') + \
        coremail_hdrs(frm, to, cc, s, date, mid)
    case(5801, 'xs-qingming-safety-formal-coremail-gbk', 'minutes', assemble(hdr, part), [
        it('阎志强', '报送节日期间值班表', '2026-04-03', ('abs', '2026-04-03'), '12:00'),
        it(('dept', '安全监察部'), '节前组织全矿井安全大检查，检查结果报矿办', '2026-04-03', ('abs', '2026-04-03')),
        it('常青', '全面排查3309回风巷瓦斯抽采系统', '2026-04-07', ('after_hol', '2026-04-05')),
        it(('dept', '机电动力部'), '利用节日停产时间完成主运输皮带机检修', '2026-04-06', ('abs', '2026-04-06')),
        it('贺志刚', '修订《3310工作面作业规程》，补充初采初放期间顶板管理内容', '2026-04-30', ('monthend',)),
    ], None, None,
        notes='Formal SOE minutes (一、二、三 / （一）（二） / 一是二是三是, 责任单位/责任人/完成时限 labels), Coremail, GBK base64, sent Thu 2026-04-02 16:40. '
              '一是 (带班下井制度) is a standing rule, not an item; 二是 owner written as a person in brackets after the unit -> 阎志强, 4月3日12:00前 -> 2026-04-03 12:00; '
              '三是 names only 安全监察部 -> no_owner, 4月3日前 -> 04-03. （二）责任人 常青, 节后第一个工作日: Qingming is 04-04..04-06, so Tue 2026-04-07. '
              '（三）机电动力部（牵头）with no person -> no_owner dept 机电动力部 (综采一队 配合 is never an owner), 4月6日前 -> 2026-04-06 (a holiday, recorded as written). '
              '（四）4月底前 -> 2026-04-30. Section 一 (report, 213/209 figures) and 三 (rule, 24小时畅通) are not items. '
              '下次会议时间视情况另行通知 -> no next_followup.',
        tests='formal SOE minutes, 一是/二是, 责任单位 labels, 牵头/配合, 节后第一个工作日 after Qingming',
    )

build_5801()


def build_5802():
    date = 'Mon, 13 Apr 2026 17:05:44 +0800'
    frm = pa('阎志强')
    to = [pa('贺志刚'), pa('郝永平'), pa('武海燕'), pa('冯建军'), pa('霍东升'), pa('梁晨'), pa('王建业'), pa('田野')]
    cc = [pa('牛国栋'), BOT[XS]]
    s = '第15周生产调度会会议纪要（4月13日）'
    rows = [['序号', '工作事项', '责任单位', '责任人', '完成时限', '备注'],
            ['1', '3310工作面切眼贯通后组织验收', '生产技术部', '梁晨', '4月16日', ''],
            ['2', '井下二水平中央变电所供电改造方案报审', '机电动力部', '王工', '本周五', '需财务部配合测算费用'],
            ['3', '一季度安全生产费用提取使用情况统计', '财务部', '武海燕', '4月20日前', ''],
            ['4', '综采一队液压支架立柱漏液问题整改', '综采一队', '霍队长', '已完成', '4月10日已整改完毕'],
            ['5', '修订矿井生产安全事故应急救援预案并组织桌面推演', '安全监察部、调度指挥中心', '田野', '4月底', ''],
            ['6', '井下人员定位系统卡口数据核对', '调度指挥中心', '', '3个工作日内', '']]
    intro = '各位领导、各单位：\n\n4月13日（周一）下午，召开第15周生产调度会，牛矿长参加。会议通报了上周原煤产量完成情况（完成计划的103.6%），并对本周重点工作作出安排，具体如下：\n'
    outro = '\n下周一上午8:30在调度楼三楼会议室召开下周调度会，请各单位提前准备汇报材料。\n\n调度指挥中心\n阎志强\n'
    plain = intro + '\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;} --></style></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation"><div class=WordSection1>\n'
            + paras_html(intro, 'p class=MsoNormal').replace('</p class=MsoNormal>', '</p>') + '\n'
            + html_table(rows, cell=' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"') + '\n'
            + paras_html(outro, 'p class=MsoNormal').replace('</p class=MsoNormal>', '</p>') + '\n</div></body></html>')
    part = multipart('alternative', '----=_NextPart_000_0015_01DCCB3F.A0F2E6B0',
                     [text_part(plain, 'plain', 'gb2312', 'gbk', 'base64'), text_part(html, 'html', 'gb2312', 'gbk', 'base64')],
                     preamble='This is a multipart message in MIME format.')
    hdr = received('mail.' + XS, 'YANZQ-PC', '10.20.8.31', frm[1], BOT[XS][1], plus_seconds(date, 3), '4FmZ9c3Wq1z2Yt') + [
        'From: ' + addr(*frm, label='gb2312', codec='gbk'),
        'To: ' + addrlist(to, label='gb2312', codec='gbk'),
        'Cc: ' + addrlist(cc, label='gb2312', codec='gbk'),
        'Subject: ' + subj(s, 'gb2312', 'gbk'),
        'Date: ' + date,
        'Message-ID: <000601dccb3f$a0f2e6b0$e2d8b410$@%s>' % XS,
        'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdzLP5+4nU2kTqQbRZ2v6yQm8xN0Hw==',
        'Content-Language: zh-cn']
    case(5802, 'xs-dispatch-weekly-table-outlook-gb2312', 'minutes', assemble(hdr, part, crlf=True), [
        it('梁晨', '3310工作面切眼贯通后组织验收', '2026-04-16', ('abs', '2026-04-16')),
        it('王建业', '井下二水平中央变电所供电改造方案报审', '2026-04-17', ('this', 4)),
        it('武海燕', '一季度安全生产费用提取使用情况统计', '2026-04-20', ('abs', '2026-04-20')),
        it('田野', '修订矿井生产安全事故应急救援预案并组织桌面推演', '2026-04-30', ('monthend',)),
        it(('dept', '调度指挥中心'), '井下人员定位系统卡口数据核对', '2026-04-16', ('wd', 3)),
    ], {'date': '2026-04-20', 'time': '08:30'}, ('next', 0),
        notes='Outlook 2016 zh-CN, gb2312 label, base64, CRLF; HTML Word table + tab-separated plain part. Sent Mon 2026-04-13 17:05. '
              'Row 2 owner 王工 = 王建业 (roster alias), 本周五 -> 2026-04-17; the 备注 需财务部配合测算费用 is a remark, not an item. '
              'Row 4 完成时限 已完成 -> done row, not extracted. Row 5 lists two units but one person 田野 -> owner 田野 (安全监察部), 4月底 -> 04-30. '
              'Row 6 has no 责任人 -> no_owner dept 调度指挥中心; 3个工作日内 from Mon: Tue 14, Wed 15, Thu 16 -> 2026-04-16. '
              '下周一上午8:30 -> next_followup 2026-04-20 08:30. The 103.6% production figure is a fact.',
        tests='HTML table + TSV plain part, 王工 alias, 已完成 row, unit-only row, 3个工作日内, next meeting as sentence',
    )

build_5802()

def build_5803():
    date = 'Mon, 20 Apr 2026 09:15:38 +0800'
    frm = pa('段晓峰')
    to = [pa('乔丽娟')]
    cc = [pa('贺志刚'), pa('梁晨'), pa('王建业'), BOT[XS]]
    s = 'Fw: 3310/3312工作面技术例会纪要'
    orig = '''各位：

4月17日（周五）下午，生产技术部组织召开技术例会，贺志刚部长主持。会议纪要如下：

一、3310工作面回采前准备。梁晨负责编制初采初放安全技术措施，4月22日前报审。
二、3312工作面地质补勘。委托省地勘院开展，由生产技术部对接（贺志刚牵头），4月底前拿出补勘设计。
三、主斜井皮带机头改造。王工（机电动力部）出具改造图纸，4月24日前完成。
四、会议确定：3310工作面初采期间，每班安排一名技术员跟班。

下次技术例会：4月24日（周五）下午3点，生产技术部会议室。

生产技术部
'''
    preface = '''乔主任、各位：

贺部长上周五发的技术例会纪要，当时漏抄了纪要助手，现补发一下，请助手跟踪。另外第三项王工说图纸可能要延到下周，以王工后续确认为准。

段晓峰
'''
    quote_hdr = '''发件人：贺志刚
发送时间：2026-04-17 17:30
收件人：梁晨; 王建业; 郝永平; 段晓峰
主题：3310/3312工作面技术例会纪要
'''
    plain = preface + '\n\n\n\nduanxiaofeng@' + XS + '\n \n' + quote_hdr + ' \n' + orig
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: 1.5; }'
            ' body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + paras_html(preface) + '\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>duanxiaofeng@' + XS + '</div></div></span></div>\n'
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            + ''.join('<div><b>%s</b>%s</div>' % (esc(l.split('：', 1)[0] + '：'), esc(l.split('：', 1)[1])) for l in quote_hdr.strip().split('\n'))
            + '</div></div><div>&nbsp;</div>\n' + paras_html(orig) + '\n</blockquote></body></html>')
    part = multipart('alternative', '----=_001_NextPart841263702585_=----',
                     [text_part(plain, 'plain', 'gb2312', 'gbk', 'base64'), text_part(html, 'html', 'gb2312', 'gbk', 'quoted-printable')],
                     preamble='This is a multi-part message in MIME format.')
    hdr = received('mail.' + XS, 'DESKTOP-DXF01', '10.20.6.88', frm[1], BOT[XS][1], plus_seconds(date, 1), '4Fn8Hq0mVtz3Lp') + [
        'Date: ' + date,
        'From: ' + addr(*frm, label='gb2312', codec='gbk', quote=True),
        'To: ' + addrlist(to, label='gb2312', codec='gbk', quote=True),
        'Cc: ' + addrlist(cc, label='gb2312', codec='gbk', quote=True),
        'Subject: ' + subj(s, 'gb2312', 'gbk'),
        'X-Priority: 3',
        'X-GUID: 5E21B0C3-7A4D-4F2B-9C1A-2D8E6F4B1A70',
        'X-Has-Attach: no',
        'X-Mailer: Foxmail 7.2.25.254[cn]',
        'Message-ID: <202604200915375813274@%s>' % XS]
    case(5803, 'xs-forwarded-tech-minutes-foxmail-gb2312', 'minutes', assemble(hdr, part), [
        it('梁晨', '编制3310工作面初采初放安全技术措施并报审', '2026-04-22', ('abs', '2026-04-22')),
        it('贺志刚', '拿出3312工作面地质补勘设计', '2026-04-30', ('monthend',)),
        it('王建业', '出具主斜井皮带机头改造图纸', '2026-04-24', ('abs', '2026-04-24')),
    ], {'date': '2026-04-24', 'time': '15:00'}, ('abs', '2026-04-24', 4),
        notes='Foxmail 7.2 forward (Fw:) of minutes 贺志刚 sent on Fri 04-17 without the bot; forwarded Mon 2026-04-20 09:15, gb2312 label, plain base64 + HTML QP. '
              'The forwarder\'s preface (漏抄了纪要助手…第三项王工说图纸可能要延到下周) is not an item and does not change item 3: the minutes say 4月24日前 and no extension was requested. '
              'Items come from the forwarded minutes below Foxmail\'s 发件人/发送时间 block (must not be stripped as a quote). '
              '一: 梁晨, 4月22日前 -> 2026-04-22. 二: 由生产技术部对接（贺志刚牵头）-> 贺志刚, 4月底前 -> 2026-04-30. 三: 王工（机电动力部）= 王建业, 2026-04-24. '
              '四 会议确定 is a decision. 下次技术例会 4月24日（周五）下午3点 -> 2026-04-24 15:00. All dates are absolute, so the original and forward dates give the same answers.',
        tests='forward with preface, Foxmail quote header, 牵头 in brackets, 王工 alias',
    )

build_5803()


def build_5804():
    date = 'Tue, 28 Apr 2026 17:50:06 +0800'
    frm = pa('段晓峰')
    to = [('各部门负责人', 'bmfzr@' + XS), pa('冯建军'), pa('阎志强'), pa('常青'), pa('郝永平'), pa('贺志刚'), pa('霍东升'), pa('田野')]
    cc = [pa('牛国栋'), pa('乔丽娟'), BOT[XS]]
    s = 'Re: 关于清明节前安全生产工作专题会议纪要'
    new = '''各部门、各区队：

4月28日下午，牛矿长主持召开“五一”节前安全生产工作会议。本次纪要接在清明节纪要的邮件后面，便于对照落实情况。议定事项如下：

1. 调度指挥中心阎主任：4月30日12:00前报送“五一”期间值班表。
2. 通风区常区长：节前落实节日期间瓦斯巡检人员安排。
3. 综采一队霍队长：5月6日复产前完成工作面设备全面检查。
4. 安全监察部（田野）：5个工作日内完成节后复产复工安全验收方案。
5. 会议重申：节日期间井下停产不停风、不停排，各单位严格执行。

节后第一个工作日上午9点在调度楼三楼会议室召开复产动员会，请各单位主要负责人参加。

综合办公室 段晓峰
'''
    old = '''各部门、各区队：

4月2日上午，牛国栋矿长在调度楼三楼会议室主持召开清明节前安全生产工作专题会议。现将会议议定事项纪要如下：
（一）节日期间安全管理。一是严格落实领导干部带班下井制度；二是调度指挥中心（阎志强）要于4月3日12:00前报送节日期间值班表；三是安全监察部要在节前组织一次全矿井安全大检查。
（二）通风与瓦斯治理。责任单位：通风区  责任人：常青  完成时限：节后第一个工作日
（三）机电设备检修。责任单位：机电动力部（牵头）  完成时限：4月6日前
（四）技术管理。责任单位：生产技术部  责任人：贺志刚  完成时限：4月底前

综合办公室
2026年4月2日
'''
    qh = '''-----原始邮件-----
发件人:"段晓峰" <duanxiaofeng@%s>
发送时间:2026-04-02 16:40:27 (星期四)
收件人:"各部门负责人" <bmfzr@%s>
抄送:"牛国栋" <niuguodong@%s>, "会议纪要助手" <jiyao@%s>
主题:关于清明节前安全生产工作专题会议纪要
''' % (XS, XS, XS, XS)
    plain = new + '\n\n' + qh + old
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + paras_html(new) + '</div><br><br>'
            '<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div>'
            '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">'
            + paras_html(qh) + paras_html(old) + '</blockquote>')
    part = multipart('alternative', '----=_Part_302115_1660739904.1777369806250',
                     [text_part(plain, 'plain', 'UTF-8', 'utf-8', 'base64'), text_part(html, 'html', 'UTF-8', 'utf-8', 'base64')])
    mid = '2d7e90a1.b4f2.19dd35c8f4e.Coremail.duanxiaofeng@' + XS
    hdr = received('mail.' + XS, 'duanxiaofeng-pc', '10.20.6.88', frm[1], BOT[XS][1], plus_seconds(date, 2), '4FpD1t6XkGz4Qa') + \
        coremail_hdrs(frm, to, cc, s, date, mid, label='UTF-8', codec='utf-8',
                      extra=['In-Reply-To: <5c1b3e07.9a31.19d4d7f2e0a.Coremail.duanxiaofeng@%s>' % XS,
                             'References: <5c1b3e07.9a31.19d4d7f2e0a.Coremail.duanxiaofeng@%s>' % XS])
    case(5804, 'xs-new-minutes-in-old-thread-coremail', 'minutes', assemble(hdr, part), [
        it('阎志强', '报送“五一”期间值班表', '2026-04-30', ('abs', '2026-04-30'), '12:00'),
        it('常青', '落实节日期间瓦斯巡检人员安排', '2026-04-30', ('before_hol', '2026-05-01')),
        it('霍东升', '复产前完成工作面设备全面检查', '2026-05-06', ('abs', '2026-05-06')),
        it('田野', '完成节后复产复工安全验收方案', '2026-05-08', ('wd', 5)),
    ], {'date': '2026-05-06', 'time': '09:00'}, ('after_hol', '2026-05-01'),
        notes='New minutes (五一 meeting) written as "Re:" in the thread of the Qingming minutes (5801), with In-Reply-To/References to it and the old minutes quoted under Coremail\'s -----原始邮件----- block. '
              'Only the new items count; the quoted Qingming items are not re-extracted. Sent Tue 2026-04-28 17:50, UTF-8 base64. '
              '1 阎主任 = 阎志强, 4月30日12:00前. 2 常区长 = 常青, 节前 = the last working day before the Labour Day block (05-01..05-05) = Thu 2026-04-30. '
              '3 霍队长 = 霍东升, 5月6日复产前 -> 2026-05-06 (no clock time). 4 安全监察部（田野）: the person in brackets is the owner; 5个工作日内 from Tue 04-28: Wed 29 (1), Thu 30 (2), holiday 05-01..05-05, Wed 05-06 (3), Thu 07 (4), Fri 08 (5) -> 2026-05-08. '
              '5 会议重申 is a standing rule. 节后第一个工作日上午9点 -> 2026-05-06 09:00. AMBIGUOUS: a versioning-minded bot could treat a Re: in the same thread as a corrected re-send of 5801; a human sees a different meeting (different date, different items) and records new minutes.',
        tests='new minutes as Re: in an old thread (not a reply, not a correction), 节前, 5个工作日内 across Labour Day',
    )

build_5804()


def make_docx(title, paras_before, table_rows, paras_after):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2026, 5, 11, 9, 58, 0)
    cp.author = '乔丽娟'; cp.last_modified_by = '乔丽娟'; cp.created = fixed; cp.modified = fixed; cp.revision = 3; cp.title = title
    h = d.add_paragraph(); r = h.add_run(title); r.bold = True; r.font.size = Pt(16)
    for p in paras_before:
        d.add_paragraph(p)
    t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(table_rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for p in paras_after:
        d.add_paragraph(p)
    buf = io.BytesIO(); d.save(buf)
    # re-pack with fixed timestamps so the bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != '[Content_Types].xml', i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 11, 9, 58, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_5805():
    date = 'Mon, 11 May 2026 10:20:11 +0800'
    frm = pa('乔丽娟')
    to = [pa('冯建军'), pa('郝永平'), pa('武海燕'), pa('贺志刚'), pa('梁晨'), pa('段晓峰')]
    cc = [pa('牛国栋'), BOT[XS]]
    s = '西山煤业2026年5月份安全办公会议纪要'
    body = '各位：\n\n附件为《西山煤业2026年5月份安全办公会议纪要》，请各单位按照议定事项抓好落实。\n\n乔丽娟\n综合办公室\n0351-6120301\n'
    rows = [['序号', '议定事项', '责任单位', '责任人', '完成时限'],
            ['1', '编制2026年“安全生产月”活动方案', '安全监察部', '冯建军', '5月20日'],
            ['2', '完成井下避险系统年度检测', '机电动力部', '郝永平', '5月底前'],
            ['3', '组织全员安全培训考试', '综合办公室（乔丽娟）', '', '6月10日前'],
            ['4', '报送二季度安全费用使用计划', '财务部', '武部长', '下周三'],
            ['5', '3310工作面初采总结', '生产技术部', '梁晨', '已完成']]
    docx_bytes = make_docx('西山煤业2026年5月份安全办公会议纪要', [
        '时间：2026年5月11日（星期一）上午8:30',
        '地点：调度楼三楼会议室',
        '主持：牛国栋',
        '参加：冯建军、郝永平、武海燕、贺志刚、梁晨、乔丽娟、段晓峰',
        '会议听取了各单位4月份安全工作情况汇报，分析了节后复产以来的安全形势，研究部署了5月份重点工作。会议议定事项如下：'],
        rows, ['下次安全办公会定于6月8日（周一）上午9:00召开。', '', '西山煤业综合办公室', '2026年5月11日'])
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=ZH-CN><div class=WordSection1>' + paras_html(body, 'p class=MsoNormal').replace('</p class=MsoNormal>', '</p>') + '</div></body></html>')
    alt = multipart('alternative', '----=_NextPart_001_0032_01DCE10B.5F8A3C20',
                    [text_part(body, 'plain', 'utf-8', cte='quoted-printable'), text_part(html, 'html', 'utf-8', cte='quoted-printable')])
    att = bin_part(docx_bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                   '西山煤业2026年5月份安全办公会议纪要.docx', name_style='2047')
    part = multipart('mixed', '----=_NextPart_000_0031_01DCE10B.5F8A3C20', [alt, att],
                     preamble='This is a multipart message in MIME format.')
    hdr = received('mail.' + XS, 'QIAOLJ-PC', '10.20.5.17', frm[1], BOT[XS][1], plus_seconds(date, 4), '4FqR7b2NnHz5Vd') + [
        'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc), 'Subject: ' + subj(s), 'Date: ' + date,
        'Message-ID: <003101dce10b$5f8a3c20$1e9eb460$@%s>' % XS, 'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdzhC1+KPCD0bT4xQqS0a8V2mF1cgw==', 'Content-Language: zh-cn']
    case(5805, 'xs-docx-attachment-safety-office-outlook', 'minutes', assemble(hdr, part, crlf=True), [
        it('冯建军', '编制2026年“安全生产月”活动方案', '2026-05-20', ('abs', '2026-05-20')),
        it('郝永平', '完成井下避险系统年度检测', '2026-05-31', ('monthend',)),
        it('乔丽娟', '组织全员安全培训考试', '2026-06-10', ('abs', '2026-06-10')),
        it('武海燕', '报送二季度安全费用使用计划', '2026-05-20', ('next', 2)),
    ], {'date': '2026-06-08', 'time': '09:00'}, ('abs', '2026-06-08', 0),
        notes='Outlook zh-CN UTF-8 QP with the minutes only in a .docx attachment (filename as an RFC 2047 word inside the quoted parameter, as Outlook writes it); the body says only 附件为…请查收. '
              'Gold = what a human reading the .docx records. Sent Mon 2026-05-11 10:20. Row 1 5月20日 -> 2026-05-20. Row 2 5月底前 -> 2026-05-31. '
              'Row 3 责任人 empty but 综合办公室（乔丽娟）names the person in brackets -> 乔丽娟, 2026-06-10. Row 4 武部长 = 武海燕, 下周三 from Mon 05-11 -> Wed 2026-05-20. '
              'Row 5 完成时限 已完成 -> not an item. 下次安全办公会 6月8日（周一）上午9:00 -> 2026-06-08 09:00. If a parser cannot read .docx it should at least not invent items from the two-line body.',
        tests='.docx attachment with the minutes table, short body, 已完成 row, person in brackets after unit, 下周三',
    )

build_5805()

def build_5806():
    date = 'Sat, 9 May 2026 11:20:52 +0800'
    frm = pa('常青')
    to = [pa('王建业'), pa('田野'), pa('冯建军'), pa('郝永平')]
    cc = [pa('阎志强'), BOT[XS]]
    s = '通风区周例会纪要（5月9日）'
    text = '''各位：

今天（周六调休上班）通风区召开周例会，纪要如下：

1. 3309回风巷两道风门更换，常青负责，下周二前完成。
2. 局部通风机双电源切换试验，由王工负责，通风区配合，周一完成。
3. 瓦斯抽采参数日报表格式调整，田工牵头，2个工作日内报调度指挥中心。
4. 回风流瓦斯传感器复测，常区长尽快协调安监部。

下周六不上班，例会改到下周五下午4点。

常青
通风区
'''
    part = text_part(text, 'plain', 'GBK', 'gbk', 'base64')
    hdr = received('mail.' + XS, 'TFQ-CHANGQ', '10.20.11.42', frm[1], BOT[XS][1], plus_seconds(date, 1), '4FqM0yLw2Rz6Tc') + [
        'Date: ' + date,
        'From: ' + addr(*frm, label='GBK', codec='gbk', quote=True),
        'To: ' + addrlist(to, label='GBK', codec='gbk', quote=True),
        'Cc: ' + addrlist(cc, label='GBK', codec='gbk', quote=True),
        'Subject: ' + subj(s, 'GBK', 'gbk'),
        'X-Priority: 3', 'X-Has-Attach: no', 'X-Mailer: Foxmail 7.2.25.254[cn]',
        'Message-ID: <202605091120521124387@%s>' % XS]
    case(5806, 'xs-makeup-saturday-plain-foxmail-gbk', 'minutes', assemble(hdr, part), [
        it('常青', '3309回风巷两道风门更换', '2026-05-12', ('next', 1)),
        it('王建业', '局部通风机双电源切换试验', '2026-05-11', ('wk', 0)),
        it('田野', '瓦斯抽采参数日报表格式调整，报调度指挥中心', '2026-05-12', ('wd', 2)),
        it('常青', '协调安监部复测回风流瓦斯传感器', None, None, None, ['vague_due']),
    ], {'date': '2026-05-15', 'time': '16:00'}, ('next', 4),
        notes='Foxmail plain text only, GBK base64, sent on Sat 2026-05-09, the Labour Day make-up working day (a Saturday in the week Mon 05-04..Sun 05-10). '
              '1 下周二 -> Tue 2026-05-12 (next calendar week). 2 由王工负责，通风区配合 -> 王建业; bare 周一: this week\'s Monday 05-04 is past -> Mon 2026-05-11. '
              '3 田工 = 田野 (牵头); 2个工作日内 counted from the day after sending: Sun 05-10 is a rest day, Mon 11 (1), Tue 12 (2) -> 2026-05-12. '
              '4 常区长 = 常青 (the writer, by title), 尽快 -> vague_due. 下周五下午4点 -> Fri 2026-05-15 16:00 (下周 from a Saturday is the week of 05-11).',
        tests='sent on the 05-09 make-up Saturday: 下周二/周一/2个工作日内/下周五, title aliases, 尽快',
    )

build_5806()


def build_5807():
    date = 'Wed, 17 Jun 2026 18:30:14 +0800'
    frm = pa('段晓峰')
    to = [pa('郝永平'), pa('贺志刚'), pa('阎志强'), pa('武海燕'), pa('霍东升')]
    cc = [pa('牛国栋'), pa('乔丽娟'), BOT[XS]]
    s = '端午节前安全检查通报会纪要'
    html = '''<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><p style="margin:0;">各位领导、各单位：</p>
<p style="margin:0;">6月17日下午召开端午节前安全检查通报会，冯建军部长通报了节前安全大检查发现的17项问题（已当场整改12项）。会议议定：</p>
<p style="margin:0;"><br></p>
<p style="margin:0;"><b>一、机电设备</b>：主运输系统节前专项检查。主责：机电动力部郝永平；配合：综采一队。完成时限：6月18日。</p>
<p style="margin:0;"><b>二、生产技术部贺志刚</b>：</p>
<p style="margin:0;">&nbsp;&nbsp;①6月18日前完成3312工作面补勘设计审查；</p>
<p style="margin:0;">&nbsp;&nbsp;②节后第一个工作日提交3312工作面设计方案。</p>
<p style="margin:0;"><b>三、调度指挥中心</b>：明天下午3点前上报节日值班安排（阎主任）。</p>
<p style="margin:0;"><b>四、财务部</b>：6月底前完成上半年安全投入决算。</p>
<p style="margin:0;"><b>五、</b>会议强调：节日期间严禁擅自组织生产，确需检修作业的须经调度指挥中心审批。</p>
<p style="margin:0;"><br></p>
<p style="margin:0;">综合办公室</p>
<p style="margin:0;">2026年6月17日</p>
</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>'''
    part = text_part(html, 'html', 'UTF-8', 'utf-8', 'quoted-printable')
    mid = '71a4c2e9.3d05.19e7d1a0b6c.Coremail.duanxiaofeng@' + XS
    hdr = received('mail.' + XS, 'duanxiaofeng-pc', '10.20.6.88', frm[1], BOT[XS][1], plus_seconds(date, 1), '4FwK5s9QpBz7Hn') + \
        coremail_hdrs(frm, to, cc, s, date, mid, label='UTF-8', codec='utf-8')
    case(5807, 'xs-dragonboat-html-only-coremail-qp', 'minutes', assemble(hdr, part), [
        it('郝永平', '主运输系统节前专项检查', '2026-06-18', ('abs', '2026-06-18')),
        it('贺志刚', '完成3312工作面补勘设计审查', '2026-06-18', ('abs', '2026-06-18')),
        it('贺志刚', '提交3312工作面设计方案', '2026-06-22', ('after_hol', '2026-06-19')),
        it('阎志强', '上报节日值班安排', '2026-06-18', ('tomorrow',), '15:00'),
        it(('dept', '财务部'), '完成上半年安全投入决算', '2026-06-30', ('monthend',)),
    ], None, None,
        notes='Coremail single-part text/html (no plain alternative), UTF-8 quoted-printable, sent Wed 2026-06-17 18:30. '
              '一: 主责：机电动力部郝永平；配合：综采一队 in one line -> owner 郝永平 only; 6月18日. 二: ①② under 贺志刚 are two items: 6月18日前 and 节后第一个工作日 = '
              'first working day after Dragon Boat (06-19..06-21) = Mon 2026-06-22. 三: 调度指挥中心 … （阎主任）-> 阎志强, 明天下午3点前 -> Thu 2026-06-18 15:00. '
              '四: 财务部 only -> no_owner, 6月底前 -> 2026-06-30. 五 is a rule; the 17/12 problem counts are report facts. No next meeting.',
        tests='HTML-only, 主责/配合 in one line, ①② sub-tasks, 节后第一个工作日 after Dragon Boat, 明天下午3点前',
    )

build_5807()


def build_5808():
    date = 'Thu, 2 Jul 2026 21:30:40 +0800'
    frm = pa('霍东升')
    to = [pa('王建业'), pa('田野')]
    cc = [pa('贺志刚'), BOT[XS]]
    s = '综采一队7月2日班后会'
    text = '今天班后会定的几件事：\n1、王工明天早上8点前把112#支架立柱密封换了\n2、我周六前组织割煤机截齿更换\n3、安监部田工下周一来复查\n\n霍东升\n\n发自网易邮箱大师\n'
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + '<br>'.join(esc(l) for l in text.split('\n')[:5]) + '</div>'
            '<br><div style="font-size:12px;color:#999">霍东升</div><br><div><sign signid="0"><div style="font-size:14px;color:#999">发自<a href="https://mail.163.com/dashi/dlpro.html?from=mail88" style="color:#999">网易邮箱大师</a></div></sign></div>')
    part = multipart('alternative', '----=_Part_92145_310842877.1782999040655',
                     [text_part(text, 'plain', 'UTF-8', cte='base64'), text_part(html, 'html', 'UTF-8', cte='base64')])
    hdr = received('mail.' + XS, 'localhost', '111.53.187.204', frm[1], BOT[XS][1], plus_seconds(date, 2), '4G0tV3cYkJz8Rm') + [
        'Date: ' + date,
        'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc),
        'Message-ID: <6a9d8c1b.1e2f.19ec3b8a7f1.Coremail.huodongsheng@%s>' % XS,
        'Subject: ' + subj(s),
        'X-Mailer: MailMasterAndroid/7.18.3',
        'X-CUSTOM-MAIL-MASTER-SENT-ID: 6B0F2A9C-1E44-4B7C-8D5A-4A3F0C9E21D7',
        'X-NTES-SC: AL_Qu2cAfqYu0ko4SSRYOkfmUgWhO45Wca5v/4v2YBUO5ipjSvr9R8']
    case(5808, 'xs-short-shift-meeting-mailmaster', 'minutes', assemble(hdr, part), [
        it('王建业', '更换112#支架立柱密封', '2026-07-03', ('tomorrow',), '08:00'),
        it('霍东升', '组织割煤机截齿更换', '2026-07-04', ('wk', 5)),
        it('田野', '到现场复查', '2026-07-06', ('next', 0)),
    ], None, None,
        notes='Plain, common mail: a team leader\'s three-line 班后会 note from 网易邮箱大师 on Android (multipart/alternative UTF-8 base64), sent Thu 2026-07-02 21:30. '
              '1 王工 = 王建业, 明天早上8点前 -> Fri 2026-07-03 08:00. 2 我 = the sender 霍东升, bare 周六前 -> this week\'s Sat 2026-07-04. '
              '3 安监部田工 = 田野, 下周一 -> Mon 2026-07-06. Signature 发自网易邮箱大师 is not content. No next meeting.',
        tests='plain short minutes, 我 = sender, 明天早上8点前, mobile client signature',
    )

build_5808()
# ============================================================================= 蓝港船舶 (LG)

def exmail_hdrs(mid_suffix, date, extra=()):
    return ['X-QQ-mid: bizesmtp%st%s' % (mid_suffix, mid_suffix[::-1]),
            'X-QQ-Originating-IP: qT7h2C8f6hV0x4yS2pR9mK3nL1bQ5wE6tY8uI0oP2aS=',
            'X-QQ-SSF: 0000000000000030000000A0000000',
            'X-QQ-GoodBg: 2', 'X-BIZMAIL-ID: %s' % mid_suffix[:16]] + list(extra)


def build_5809():
    date = 'Tue, 7 Apr 2026 17:20:33 +0800'
    frm = pa('曲晓东')
    to = [pa('于海涛'), pa('初永胜'), pa('迟强')]
    cc = [pa('张振华'), BOT[LG]]
    s = 'H2316分段合拢协调会纪要'
    text = '''各位：

会议时间：2026年4月7日 14:00-15:30
地点：生产楼203会议室
主持：于海涛
参会：初永胜、迟强、曲晓东

按人整理的待办如下：

【于海涛】
1. 组织H2316船分段合拢计划评审，4月10日前
2. 协调涂装车间与船体车间交叉作业

【初永胜（船体车间）】
1. 完成B07、B08分段焊接，下周三前

【迟强】
1. 涂装车间二次除锈线整改方案，3个工作日内
2. 清明节加班人员名单已报生产管理部

下周二同一时间再碰一次。

曲晓东
生产管理部
'''
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-family:微软雅黑;font-size:10.5pt">'
            + paras_html(text).replace('<div>【', '<div><b>【').replace('】</div>', '】</b></div>') + '</div>')
    part = multipart('alternative', '----=_NextPart_69D4CB61_0F2B7A40_6E1C3D52',
                     [text_part(text, 'plain', 'gb18030', cte='base64'), text_part(html, 'html', 'gb18030', cte='base64')],
                     preamble='This is a multi-part message in MIME format.')
    hdr = received('mail.' + LG, 'smtpbg153.qq.com', '203.205.250.94', frm[1], BOT[LG][1], plus_seconds(date, 2), '4Fm1sQ8vXwz9Bd') + \
        exmail_hdrs('1775553633t7k2q9e1', date) + [
        'From: ' + addr(*frm, label='gb18030', quote=True),
        'To: ' + addrlist(to, label='gb18030', quote=True),
        'Cc: ' + addrlist(cc, label='gb18030', quote=True),
        'Subject: ' + subj(s, 'gb18030'),
        'Date: ' + date,
        'Message-ID: <tencent_7C3F2A91B0D84E6F5A1C9D2E@qq.com>',
        'X-Mailer: QQMail 2.x']
    case(5809, 'lg-grouped-by-person-exmail-gb18030', 'minutes', assemble(hdr, part), [
        it('于海涛', '组织H2316船分段合拢计划评审', '2026-04-10', ('abs', '2026-04-10')),
        it('于海涛', '协调涂装车间与船体车间交叉作业', None, None, None, ['no_due']),
        it('初永胜', '完成B07、B08分段焊接', '2026-04-15', ('next', 2)),
        it('迟强', '涂装车间二次除锈线整改方案', '2026-04-10', ('wd', 3)),
    ], {'date': '2026-04-14', 'time': '14:00'}, ('next', 1),
        notes='Tencent Exmail web, gb18030 base64, minutes grouped by person (【姓名】 headings with numbered lines under each). Sent Tue 2026-04-07, the first working day after Qingming. '
              '于海涛 1: 4月10日前 -> 2026-04-10; 2: no deadline -> no_due. 初永胜: 下周三前 -> Wed 2026-04-15. 迟强 1: 3个工作日内 from Tue: Wed 8, Thu 9, Fri 10 -> 2026-04-10; '
              '迟强 2 (名单已报生产管理部) reports something already done -> not an item. 下周二同一时间再碰一次: the meeting ran 14:00-15:30, so next follow-up Tue 2026-04-14 14:00 '
              '("同一时间" is the meeting time, not the 17:20 send time).',
        tests='grouped-by-person minutes, gb18030, 下周二同一时间 (time from the meeting header), done report not an item',
    )

build_5809()


def build_5810():
    date = 'Wed, 22 Apr 2026 16:45:09 +0800'
    frm = pa('隋静')
    to = [pa('邹明')]
    cc = [pa('于海涛'), pa('韦志远'), BOT[LG]]
    s = '外部沟通跟进表（4月22日 钢材/舾装件供应商）'
    head = ['沟通编号', '沟通日期', '对方单位/联系人', '我方对接人', '沟通类型（客户/供应商/合作方）', '核心需求/反馈', '解决方案/进展', '下次沟通时间', '负责人']
    r1 = ['EC2026-04-22-01', '2026-04-22', '黄海钢铁/郑立民经理', '采购物资部/隋静', '供应商',
          '原定4月25日交付的EH36船板因轧制排产延迟，需推迟至5月8日',
          '①与生产管理部确认分段开工顺序能否调整（4月24日前）②若无法调整，启动备选钢厂询价', '2026-04-27', '隋静']
    r2 = ['EC2026-04-22-02', '2026-04-22', '青岛瑞丰舾装/王主管', '采购物资部/韦志远', '供应商',
          '4月20日到货的舾装件短少12件',
          '①4月23日前清点入库差异并书面反馈供应商②补货到港后安排验收（时间待定）', '待定', '韦志远']
    intro = '邹经理：\n\n今天与黄海钢铁、青岛瑞丰舾装两家供应商的沟通情况整理如下，请审阅。\n'
    outro = '\n隋静\n采购物资部\n电话：0535-6852217\n'
    plain = intro + '\n' + '\n'.join('%s：%s' % (h, a) for h, a in zip(head, r1)) + '\n\n' + '\n'.join('%s：%s' % (h, a) for h, a in zip(head, r2)) + '\n' + outro
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }</style></head><body>\n'
            + paras_html(intro) + '<div><b>外部沟通跟进表</b></div>' + html_table([head, r1, r2]) + paras_html(outro) + '</body></html>')
    part = multipart('alternative', '----=_001_NextPart265531908841_=----',
                     [text_part(plain, 'plain', 'GBK', cte='base64'), text_part(html, 'html', 'GBK', cte='base64')],
                     preamble='This is a multi-part message in MIME format.')
    hdr = received('mail.' + LG, 'DESKTOP-SJ2026', '10.66.2.115', frm[1], BOT[LG][1], plus_seconds(date, 1), '4FnP4d7YcRz1Mf') + [
        'Date: ' + date,
        'From: ' + addr(*frm, label='GBK', quote=True),
        'To: ' + addrlist(to, label='GBK', quote=True),
        'Cc: ' + addrlist(cc, label='GBK', quote=True),
        'Subject: ' + subj(s, 'GBK'),
        'X-Priority: 3', 'X-GUID: 9A3E7C51-2B60-4D8F-A1E2-6C0B5F3D7E94', 'X-Has-Attach: no',
        'X-Mailer: Foxmail 7.2.25.254[cn]', 'Mime-Version: 1.0',
        'Message-ID: <202604221645086610285@%s>' % LG]
    # Foxmail writes its own Mime-Version header; assemble() adds MIME-Version as well, so drop ours
    eml = assemble(hdr, part).replace(b'Mime-Version: 1.0\n', b'', 1)
    case(5810, 'lg-external-followup-table-foxmail-gbk', 'minutes', eml, [
        it('隋静', '与生产管理部确认分段开工顺序能否调整', '2026-04-24', ('abs', '2026-04-24')),
        it('隋静', '若无法调整，启动备选钢厂询价', None, None, None, ['no_due']),
        it('韦志远', '清点入库差异并书面反馈供应商', '2026-04-23', ('abs', '2026-04-23')),
        it('韦志远', '补货到港后安排验收', None, None, None, ['vague_due']),
    ], {'date': '2026-04-27', 'time': None}, ('abs', '2026-04-27'),
        notes='Seed 外部沟通跟进表 (two supplier rows) as a Foxmail GBK HTML table, with the plain part as 字段：值 lines. Sent Wed 2026-04-22. '
              'Each row\'s 负责人 owns the ①② sub-tasks in its 解决方案/进展 cell (they name nobody else). Row 1: ① 4月24日前 -> 2026-04-24; ② conditional, no date -> no_due. '
              'Row 2: ① 4月23日前 -> 2026-04-23; ② 时间待定 -> vague_due. The 核心需求 cells (推迟至5月8日, 4月20日到货) are facts, not deadlines. '
              'next_followup: row 1 gives 2026-04-27 (no time), row 2 says 待定 -> 2026-04-27, time null. AMBIGUOUS only in that one table holds two follow-up fields; the one concrete date is recorded.',
        tests='seed 外部沟通跟进表, row owner owns ①②, conditional no_due, 待定, two 下次沟通时间 cells (one 待定)',
    )

build_5810()


def build_5811():
    date = 'Tue, 12 May 2026 13:05:22 +0300'
    frm = pa('Nikos Papadakis')
    to = [pa('于海涛', 'Yu Haitao'), pa('迟强', 'Chi Qiang'), pa('鞠红', 'Ju Hong')]
    cc = [pa('姜涛', 'Jiang Tao'), pa('王珂', 'Kevin Wang'), BOT[LG]]
    s = 'H2316 - site visit 12 May - notes and action items'
    text = '''Dear Mr. Yu, dear all,

Thank you for today's walk-through of H2316. Below are my notes and the action items we agreed.

Observations
- Paint DFT on hatch coaming No.3 below spec at 6 of 20 points.
- Stern tube welding: one undercut found, repaired on the spot.
- Accommodation outfitting about 60% complete.

Action items
1. Rectify paint DFT deficiencies on hatch coaming No.3
   Owner: Mr. Chi (painting shop)
   Due: by Friday
2. Submit revised welding procedure specification (WPS) for the stern tube
   Owner: QC - Ms. Ju
   Due: 2026-05-15
3. Send updated delivery schedule for H2316
   Owner: Mr. Yu
   Due: EOD
4. Arrange class surveyor attendance for the sea trial
   Owner: Shipyard (TBD)
   Due: ASAP
5. Confirm list of owner's supply spare parts
   Owner: Nikos
   Due: next Monday

Next meeting: Tue 19 May 2026, 10:00 at the yard office.

Best regards,
Nikos Papadakis
Site Superintendent
Aegean Star Shipping S.A.
'''
    html = '<div dir="ltr">' + '\n'.join('<div>%s</div>' % (esc(l).replace('   ', '&nbsp;&nbsp;&nbsp;') if l else '<br>') for l in text.split('\n')) + '</div>\n'
    part = multipart('alternative', '000000000000f3b2c1064d8a7e21',
                     [text_part(text, 'plain', 'UTF-8', cte='quoted-printable'), text_part(html, 'html', 'UTF-8', cte='quoted-printable')])
    hdr = received('mail.' + LG, 'mail-ej1-f46.google.com', '209.85.218.46', frm[1], BOT[LG][1], plus_seconds(date, 3), '4FqTz2mC8Lz3Kx') + [
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=aegeanstar-shipping.example.gr; s=google; t=1778580322;\n h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;\n bh=8Cq1v6Uy0Jm4QH2kYt1bXo3WcRr5p9Lm0s2fQe7gD1A=; b=Vw3k9c1Lq',
        'MIME-Version: 1.0',
        'From: ' + addr(*frm),
        'Date: ' + date,
        'Message-ID: <CAKx7Lp0vQ8b2Ue5hN3fS1tR6yZ4mW9cD2aJ0kH7gP5xE1nO8Bw@mail.gmail.com>',
        'Subject: ' + s,
        'To: ' + addrlist(to),
        'Cc: ' + addrlist(cc)]
    eml = assemble(hdr, part).replace(b'MIME-Version: 1.0\nContent-Type', b'Content-Type', 1)
    case(5811, 'lg-shipowner-english-owner-due-blocks-gmail', 'minutes', eml, [
        it('迟强', 'Rectify paint DFT deficiencies on hatch coaming No.3', '2026-05-15', ('wk', 4)),
        it('鞠红', 'Submit revised welding procedure specification (WPS) for the stern tube', '2026-05-15', ('abs', '2026-05-15')),
        it('于海涛', 'Send updated delivery schedule for H2316', '2026-05-12', ('today',)),
        it(('dept', None), 'Arrange class surveyor attendance for the sea trial', None, None, None, ['vague_due']),
        it(('ext', 'Nikos Papadakis', P['Nikos Papadakis']['email']), "Confirm list of owner's supply spare parts", '2026-05-18', ('next', 0)),
    ], {'date': '2026-05-19', 'time': '10:00'}, ('abs', '2026-05-19', 1),
        notes='English minutes from the Greek shipowner\'s superintendent (external From, Gmail/Google Workspace, UTF-8 QP), Date Tue 2026-05-12 13:05 +0300 = 18:05 in Shanghai (same day). '
              'Owner/Due blocks under numbered items. Owners by title + surname: Mr. Chi = 迟强, Ms. Ju = 鞠红, Mr. Yu = 于海涛 (roster aliases; To display names are pinyin). '
              '1 by Friday -> 2026-05-15. 2 2026-05-15. 3 EOD -> the Shanghai send date 2026-05-12, no time. 4 Shipyard (TBD) is no person -> no_owner, department null (not one of our departments), ASAP -> vague_due. '
              '5 Owner Nikos = the sender (outsider: address from From, department null), next Monday -> 2026-05-18. Observations are facts. Next meeting Tue 19 May 10:00 at the yard -> 2026-05-19 10:00 local (Yantai).',
        tests='external English writer, Owner:/Due: blocks, Mr./Ms. + surname aliases, EOD, ASAP+TBD owner, +0300 Date',
    )

build_5811()

def build_5812():
    date = 'Tue, 26 May 2026 16:02:47 +0800'
    frm = pa('曲晓东')
    to = [pa('于海涛'), pa('宫本利'), pa('邹明'), pa('迟强')]
    cc = [BOT[LG]]
    s = '【钉钉闪记】H2316船坞内作业协调会 智能纪要'
    text = '''各位，钉钉闪记自动生成的纪要如下，待办我已核对过，请各自跟进。

【智能纪要】H2316船坞内作业协调会
会议时间：2026-05-26 14:00-15:12
参会人：于海涛、宫本利、邹明、迟强、曲晓东

摘要
本次会议讨论了H2316船坞内作业进度。目前坞内作业完成约78%，压载水系统修改因设计变更滞后3天；主机备件预计6月上旬到货；各方同意力争6月10日前出坞，出坞前需完成船底外板涂装。

章节速览
00:00 坞内作业进度回顾
12:35 压载水系统设计变更
31:08 主机备件到货情况
48:50 船底涂装计划

待办事项
□ 于海涛：5月29日前确定出坞日期
□ 宫本利：本周四前提交压载水系统修改图
□ 邹明：跟进主机备件到货，周五下班前反馈
□ 涂装车间：下周一前完成船底外板涂装准备

发言人观点
于海涛：出坞节点不能再推，6月10日是底线。
宫本利：修改图已完成70%，周四可以出。
邹明：备件厂家答复6月5日发货。

以上内容由AI生成，仅供参考
'''
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + paras_html(text)
            .replace('<div>摘要</div>', '<div><b>摘要</b></div>').replace('<div>待办事项</div>', '<div><b>待办事项</b></div>')
            .replace('<div>章节速览</div>', '<div><b>章节速览</b></div>').replace('<div>发言人观点</div>', '<div><b>发言人观点</b></div>') + '</div>')
    part = multipart('alternative', '----=ALIBOUNDARY_98213_5f0c7a3e_6a1d2b4c',
                     [text_part(text, 'plain', 'UTF-8', cte='base64'), text_part(html, 'html', 'UTF-8', cte='base64')])
    hdr = received('mail.' + LG, 'out30-131.freemail.mail.aliyun.com', '115.124.30.131', frm[1], BOT[LG][1], plus_seconds(date, 2), '4FtB8n1HdQz4Wv') + [
        'X-Alimail-AntiSpam: AC=CONTINUE;BC=0.0716;CH=green;DM=||false|;DS=||;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033045;MF=%s;NM=1;PH=DS;RN=5;SR=0' % frm[1],
        'Date: ' + date,
        'From: ' + addr(*frm, quote=True),
        'To: ' + addrlist(to, quote=True),
        'Cc: ' + addrlist(cc, quote=True),
        'Message-ID: <b4e2c7a9-61d3-4f0e-9a85-2c7f1d0e3b64.quxiaodong@%s>' % LG,
        'Subject: ' + subj(s),
        'X-Mailer: [Alimail-Mailagent][DingTalk]',
        'x-aliyun-mail-creator: W4_5MjIwMzQ1NDI1MjU3OTU0NzI1XzE3Nzk3ODI1NjY3NjA=']
    case(5812, 'lg-dingtalk-ai-minutes-todo-only', 'minutes', assemble(hdr, part), [
        it('于海涛', '确定出坞日期', '2026-05-29', ('abs', '2026-05-29')),
        it('宫本利', '提交压载水系统修改图', '2026-05-28', ('this', 3)),
        it('邹明', '跟进主机备件到货并反馈', '2026-05-29', ('wk', 4)),
        it(('dept', '涂装车间'), '完成船底外板涂装准备', '2026-06-01', ('next', 0)),
    ], None, None,
        notes='钉钉闪记 智能纪要 pasted into a DingTalk (Alimail) mail by the organizer, UTF-8 base64, sent Tue 2026-05-26. Only the 待办事项 section counts: '
              'the 摘要 (78%, 6月10日前出坞, 6月上旬), 章节速览 timestamps and 发言人观点 (6月5日发货, 周四可以出) are not items. '
              '于海涛 5月29日前 -> 2026-05-29; 宫本利 本周四前 -> 2026-05-28; 邹明 周五下班前 -> 2026-05-29 with no time (下班前 gives the date only, as 今天下班前 does); '
              '涂装车间 only -> no_owner, department 涂装车间, 下周一前 -> 2026-06-01. No next meeting is given (the summary\'s 6月10日 is a target, not a meeting).',
        tests='AI minutes (DingTalk): only 待办 counts; summary/chapters/speaker views ignored; 本周四/周五下班前/下周一',
    )

build_5812()


def build_5813():
    date = 'Tue, 9 Jun 2026 18:10:25 +0800'
    frm = pa('曲晓东')
    to = [pa('初永胜'), pa('鞠红'), pa('韦志远')]
    cc = [pa('于海涛'), BOT[LG]]
    s = 'B12分段现场会纪要（6月9日）'
    text = '''各位，今天下午B12分段现场会的纪要：

1. 船体车间初主任：B12分段吊装工装明天中午12点前到位
2. 质量部鞠工：周四上午10点前完成B12分段焊缝UT检测
3. 仓储主管韦志远：今天下班前把焊材库存表发群里

以下是群聊记录，供参考：
————————
曲晓东 14:32
初主任，工装明天中午前能到吗？
初永胜 14:33
没问题，12点前到位
鞠红 14:40
UT周四上午做完，10点前出结果
韦志远 14:41
库存表我今天下班前发
————————

下次现场会：周五 下午
2点半，还在B12分段旁边

曲晓东
'''
    part = text_part(text, 'plain', 'utf-8', cte='base64')
    hdr = received('mail.' + LG, 'smtpbguseast2.qq.com', '54.204.34.130', frm[1], BOT[LG][1], plus_seconds(date, 2), '4Fxb3L0sZtz5Pe') + \
        exmail_hdrs('1781000225t3p8w5r0', date) + [
        'From: ' + addr(*frm, quote=True),
        'To: ' + addrlist(to, quote=True),
        'Cc: ' + addrlist(cc, quote=True),
        'Subject: ' + subj(s),
        'Date: ' + date,
        'Message-ID: <tencent_2B90E4F7A16C3D58E0F9A4B1@qq.com>',
        'X-Mailer: WXWork 4.1.36']
    case(5813, 'lg-chat-paste-wecom-plain', 'minutes', assemble(hdr, part), [
        it('初永胜', 'B12分段吊装工装到位', '2026-06-10', ('tomorrow',), '12:00'),
        it('鞠红', '完成B12分段焊缝UT检测', '2026-06-11', ('wk', 3), '10:00'),
        it('韦志远', '把焊材库存表发群里', '2026-06-09', ('today',)),
    ], {'date': '2026-06-12', 'time': '14:30'}, ('wk', 4),
        notes='企业微信 (WeCom) mail, text/plain UTF-8 base64, sent Tue 2026-06-09 18:10. Three numbered items, then a pasted group-chat log that restates them (not items, no duplicates). '
              'Owners with role/title: 船体车间初主任 = 初永胜, 质量部鞠工 = 鞠红, 仓储主管韦志远. 明天中午12点前 -> 2026-06-10 12:00; 周四上午10点前 -> Thu 2026-06-11 10:00; '
              '今天下班前 -> 2026-06-09, no time. Next meeting: the day (周五 下午) on one line and its time (2点半) on the next -> Fri 2026-06-12 14:30.',
        tests='chat paste restating items, role+name owners, next meeting split over two lines',
    )

build_5813()


def build_5814():
    date = 'Mon, 18 May 2026 09:40:03 +0800'
    frm = pa('鞠红')
    to = [pa('姜涛'), pa('于海涛')]
    cc = [pa('迟强'), pa('初永胜'), pa('邹明'), BOT[LG]]
    s = 'H2316船东检验问题整改跟踪（5/18更新）'
    rows = [['序号', '问题描述', '责任部门', '责任人', '整改期限', '状态'],
            ['1', '3#舱口围DFT不足', '涂装车间', '迟强', '5月22日', '整改中'],
            ['2', '艉轴管焊缝咬边', '船体车间', '初永胜', '5月20日', '已关闭'],
            ['3', '压载管法兰螺栓规格不符', '采购物资部', '', '5月25日前', '待整改'],
            ['4', '机舱花钢板变形', '船体车间', '初主任', '下周一', '待整改'],
            ['5', '焊工资质证书过期2人', '质量部', '鞠红', '月底', '待整改']]
    text = ('姜经理、于部长：\n\nH2316船东检验提出问题的整改跟踪表更新如下（从Excel复制）：\n\n' + '\n'.join('\t'.join(r) for r in rows)
            + '\n\n第2项已于上周五复检关闭。\n\n鞠红\n质量部\n\n发自网易邮箱大师\n')
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' +
            ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n')[:-3]) +
            '</div><div><sign signid="0"><div style="font-size:14px;color:#999">发自<a href="https://mail.163.com/dashi/" style="color:#999">网易邮箱大师</a></div></sign></div>')
    part = multipart('alternative', '----=_Part_51872_2094410713.1779068403190',
                     [text_part(text, 'plain', 'UTF-8', cte='base64'), text_part(html, 'html', 'UTF-8', cte='base64')])
    hdr = received('mail.' + LG, 'smtpbg.qq.com', '43.155.67.158', frm[1], BOT[LG][1], plus_seconds(date, 2), '4FrJ6p2WtXz6Ng') + [
        'Date: ' + date,
        'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc),
        'Message-ID: <1C7E5B2A-93F4-4D0A-B6E8-2F1A9C3D7E05@' + LG + '>',
        'Subject: ' + subj(s),
        'X-Mailer: MailMasterIOS/7.21.2',
        'X-CUSTOM-MAIL-MASTER-SENT-ID: 1C7E5B2A-93F4-4D0A-B6E8-2F1A9C3D7E05']
    case(5814, 'lg-tsv-excel-paste-mailmaster-ios', 'minutes', assemble(hdr, part), [
        it('迟强', '3#舱口围DFT不足整改', '2026-05-22', ('abs', '2026-05-22')),
        it(('dept', '采购物资部'), '压载管法兰螺栓规格不符整改', '2026-05-25', ('abs', '2026-05-25')),
        it('初永胜', '机舱花钢板变形整改', '2026-05-25', ('next', 0)),
        it('鞠红', '焊工资质证书过期2人整改', '2026-05-31', ('monthend',)),
    ], None, None,
        notes='Tracking table pasted from Excel as tab-separated text (网易邮箱大师 on iPhone, UTF-8 base64; the HTML part keeps the tabs inside <div>s, where they collapse). Sent Mon 2026-05-18. '
              'Row 1 迟强 5月22日 (状态 整改中 = open). Row 2 已关闭 = closed -> not an item. Row 3 no 责任人 -> no_owner, department 采购物资部, 5月25日前. '
              'Row 4 初主任 = 初永胜, 下周一 -> Mon 2026-05-25. Row 5 月底 -> 2026-05-31. Task = the rectification of the problem described. No next meeting.',
        tests='tab-separated Excel paste, 已关闭 row, empty 责任人 cell, 初主任 alias, 月底',
    )

build_5814()


def outlook_word_html(body_text, charset='utf-8', lang='ZH-CN'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            '@font-face {font-family:等线; panose-1:2 1 6 0 3 1 1 1 1 1;}\np.MsoNormal, li.MsoNormal, div.MsoNormal '
            '{margin:0cm; text-align:justify; text-justify:inter-ideograph; font-size:10.5pt; font-family:等线;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation"><div class=WordSection1>\n'
            % (charset, lang)
            + '\n'.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l.strip() else '<o:p>&nbsp;</o:p>') for l in body_text.split('\n'))
            + '\n</div></body></html>')


def build_5815():
    date = 'Thu, 30 Apr 2026 16:30:58 +0800'
    frm = pa('刘春燕')
    to = [pa('隋静'), pa('曲晓东'), pa('王珂')]
    cc = [pa('邹明'), pa('于海涛'), BOT[LG]]
    s = '4月份月结对账会纪要'
    text = '''各位：

今天下午4月份月结对账会纪要如下：

1、采购物资部隋静：5个工作日内提交4月份钢材到货与发票核对表；
2、生产管理部曲晓东：节后第一个工作日10:00前提交4月完工分段清单；
3、财务部刘春燕：5月15日前完成4月成本结转；
4、销售部王珂：跟进船东第三笔进度款到账情况，近期反馈。

下次对账会：5月9日（周六，调休上班）上午9点，财务部小会议室。

刘春燕
财务部
'''
    part = multipart('alternative', '----=_NextPart_000_0047_01DCD8A4.3E9F1B60',
                     [text_part(text, 'plain', 'utf-8', cte='quoted-printable'), text_part(outlook_word_html(text), 'html', 'utf-8', cte='quoted-printable')],
                     preamble='This is a multipart message in MIME format.')
    hdr = received('mail.' + LG, 'LCY-LAPTOP', '10.66.1.23', frm[1], BOT[LG][1], plus_seconds(date, 2), '4FpK2r8NvSz7Cb') + [
        'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc), 'Subject: ' + subj(s), 'Date: ' + date,
        'Message-ID: <004701dcd8a4$3e9f1b60$bbdd5220$@%s>' % LG, 'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdzYpD6ftu5oK0ZfQ0C8y3Yt2pW1Vg==', 'Content-Language: en-us']
    case(5815, 'lg-labour-day-eve-workdays-outlook-qp', 'minutes', assemble(hdr, part, crlf=True), [
        it('隋静', '提交4月份钢材到货与发票核对表', '2026-05-11', ('wd', 5)),
        it('曲晓东', '提交4月完工分段清单', '2026-05-06', ('after_hol', '2026-05-01'), '10:00'),
        it('刘春燕', '完成4月成本结转', '2026-05-15', ('abs', '2026-05-15')),
        it('王珂', '跟进船东第三笔进度款到账情况并反馈', None, None, None, ['vague_due']),
    ], {'date': '2026-05-09', 'time': '09:00'}, ('abs', '2026-05-09', 5),
        notes='Outlook 365 (English UI, Content-Language en-us) writing Chinese, UTF-8 QP, CRLF, sent Thu 2026-04-30 16:30, the last working day before Labour Day (05-01..05-05). '
              '1 5个工作日内 from Thu 04-30: Fri 05-01..Tue 05-05 are holidays, Wed 06 (1), Thu 07 (2), Fri 08 (3), Sat 09 = make-up working day (4), Mon 11 (5) -> 2026-05-11 '
              '(a count that skips the make-up Saturday gives 05-12). 2 节后第一个工作日10:00前 -> Wed 2026-05-06 10:00. 3 5月15日前. 4 近期 -> vague_due. '
              '下次对账会 5月9日（周六，调休上班）上午9点 -> 2026-05-09 09:00.',
        tests='5个工作日内 across Labour Day counting the 05-09 make-up Saturday, 节后第一个工作日 with time, next meeting on a make-up Saturday',
    )

build_5815()


def build_5816():
    date = 'Thu, 28 May 2026 17:45:19 +0800'
    frm = pa('林卫东')
    to = [pa('宫本利'), pa('鞠红'), pa('邹明')]
    cc = [pa('姜涛'), BOT[LG]]
    s = 'H2318详细设计评审会纪要'
    text = '''各位：

H2318详细设计评审会（宫所长主持）纪要如下：

待办：
1. 林工：根据船东意见修改机舱布置图，并同步更新管系
   综合布置图，6月5日前提交船东审批。
2. 鞠工：编制H2318分段精度控制计划，
   下周五前完成。
3. 采购物资部邹经理：确认甲板机械供应商报价，并与设计所
   确认接口参数，本月底前。
4. 宫所长：组织与船级社的图纸送审沟通，时间待定。

下次评审：6月4日（周四）上午9:30，设计所二楼会议室

--
林卫东
蓝港船舶 设计所
'''
    part = text_part(text, 'plain', 'UTF-8', cte='8bit', params='; format=flowed')
    hdr = received('mail.' + LG, '[10.66.3.77]', '10.66.3.77', frm[1], BOT[LG][1], plus_seconds(date, 1), '4FtW0k5JbMz8Dh') + [
        'Message-ID: <3f9c1e2a-7b54-4d60-8a1f-0c2e9b7d5a31@%s>' % LG,
        'Date: ' + date,
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: zh-CN',
        'To: ' + addrlist(to),
        'Cc: ' + addrlist(cc),
        'From: ' + addr(*frm),
        'Subject: ' + subj(s)]
    case(5816, 'lg-wrapped-items-thunderbird-8bit', 'minutes', assemble(hdr, part), [
        it('林卫东', '根据船东意见修改机舱布置图，同步更新管系综合布置图并提交船东审批', '2026-06-05', ('abs', '2026-06-05')),
        it('鞠红', '编制H2318分段精度控制计划', '2026-06-05', ('next', 4)),
        it('邹明', '确认甲板机械供应商报价，并与设计所确认接口参数', '2026-05-31', ('monthend',)),
        it('宫本利', '组织与船级社的图纸送审沟通', None, None, None, ['vague_due']),
    ], {'date': '2026-06-04', 'time': '09:30'}, ('abs', '2026-06-04', 3),
        notes='Thunderbird text/plain UTF-8 8bit format=flowed; items 1-3 are hard-wrapped over two lines with an indented continuation, and two of the deadlines '
              '(6月5日前, 下周五前, 本月底前) sit on the continuation line. Sent Thu 2026-05-28 by 林卫东, who calls himself 林工 in item 1. '
              '1 林工 = 林卫东, 2026-06-05. 2 鞠工 = 鞠红, 下周五前 -> Fri 2026-06-05. 3 邹经理 = 邹明, 本月底前 -> 2026-05-31. 4 宫所长 = 宫本利, 时间待定 -> vague_due. '
              '下次评审 6月4日（周四）上午9:30 -> 2026-06-04 09:30.',
        tests='items wrapped over two lines (deadline on the continuation line), 8bit, title aliases',
    )

build_5816()
# ============================================================================= 椰康医药 (YK)

def feishu_hdrs(frm, to, cc, s, date, mid):
    return ['Date: ' + date, 'From: ' + addr(*frm), 'To: ' + addrlist(to)] + (['Cc: ' + addrlist(cc)] if cc else []) + [
        'Subject: ' + subj(s), 'Message-Id: <%s>' % mid, 'X-Mailer: Lark Mail', 'X-Lms-Return-Path: <lba+269e1f0c3.%s>' % frm[1].replace('@', '+'),
        'Content-Language: zh']


def build_5817():
    date = 'Wed, 8 Apr 2026 16:25:12 +0800'
    frm = pa('吴雨桐')
    to = [pa('符海鹏'), pa('陈思远'), pa('黎明辉'), pa('林少华'), pa('蔡晓峰')]
    cc = [BOT[YK]]
    s = '智能纪要：O2O夜间送药上线复盘 2026年4月8日'
    text = '''各位好，飞书妙记生成的纪要转发给大家，待办我核对过了。

智能纪要：O2O夜间送药上线复盘
会议时间：2026年4月8日 15:00 - 16:10
参会人：符海鹏、陈思远、吴雨桐、黎明辉、林少华、蔡晓峰（顺达即送）

总结
本次会议复盘了夜间送药首周数据：夜间订单日均412单，平均配送时长38分钟，超时率6.8%。会议决定4月15日起夜间送药扩大到海口全部门店，三亚门店5月再评估。

章节
00:02 首周数据回顾
14:40 超时订单原因
31:15 门店夜班药师排班
47:20 骑手运力

待办
· 吴雨桐：4月10日前输出夜间订单超时原因分析
· 黎明辉：修复骑手接单后订单状态不同步的问题，周五前
· 林少华：通知海口全部门店调整夜班药师排班，下周一前
· 蔡晓峰：提供骑手运力高峰时段数据

以上内容由 AI 生成，仅供参考

--
吴雨桐
椰康医药 技术部 产品经理
'''
    html = ('<div style="font-family:-apple-system,PingFang SC;font-size:14px">' + paras_html(text)
            .replace('<div>总结</div>', '<h3>总结</h3>').replace('<div>章节</div>', '<h3>章节</h3>').replace('<div>待办</div>', '<h3>待办</h3>') + '</div>')
    part = multipart('alternative', 'a3f7c2e9d1b84605bd2e71c0f9a5b3e4',
                     [text_part(text, 'plain', 'UTF-8', cte='base64'), text_part(html, 'html', 'UTF-8', cte='base64')])
    hdr = received('mx.' + YK, 'va-1-61.ptr.blmpb.com', '209.127.231.61', frm[1], BOT[YK][1], plus_seconds(date, 2), '4FmV7c1TgLz2Hs') + \
        feishu_hdrs(frm, to, cc, s, date, '1a7d9f3e5c2b4a6e8f0d.wuyutong@' + YK)
    case(5817, 'yk-feishu-ai-minutes-todo', 'minutes', assemble(hdr, part), [
        it('吴雨桐', '输出夜间订单超时原因分析', '2026-04-10', ('abs', '2026-04-10')),
        it('黎明辉', '修复骑手接单后订单状态不同步的问题', '2026-04-10', ('wk', 4)),
        it('林少华', '通知海口全部门店调整夜班药师排班', '2026-04-13', ('next', 0)),
        it(('ext', '蔡晓峰', P['蔡晓峰']['email']), '提供骑手运力高峰时段数据', None, None, None, ['no_due']),
    ], None, None,
        notes='飞书妙记 智能纪要 (Feishu/Lark mail, UTF-8 base64), sent Wed 2026-04-08. Only 待办 counts; 总结 (412单, 38分钟, 4月15日起扩大, 5月再评估) and 章节 are not items. '
              '吴雨桐 4月10日前 -> 2026-04-10; 黎明辉 周五前 -> Fri 2026-04-10; 林少华 下周一前 -> 2026-04-13; 蔡晓峰 is the delivery partner (To display name, outsider, department null) with no deadline -> no_due. No next meeting.',
        tests='Feishu AI minutes: 待办 only, external owner from To, no next meeting',
    )

build_5817()


def build_5818():
    date = 'Fri, 17 Apr 2026 11:30:41 +0800'
    frm = pa('符海鹏')
    to = [pa('陈思远'), pa('王小蕾'), pa('钱文静')]
    cc = [BOT[YK]]
    s = '转发：【腾讯会议】医保个账线上支付项目周会 AI纪要'
    text = '''腾讯会议自动生成的纪要，转给纪要助手跟踪。第2项时间会上没定，小蕾你先排一下。

-------- 转发的邮件 --------
发件人：腾讯会议 <noreply@meeting.tencent.example.com>
日期：2026年4月17日 10:52
收件人：符海鹏 <fuhaipeng@%s>
主题：【腾讯会议】医保个账线上支付项目周会 AI纪要

会议主题：医保个账线上支付项目周会
会议时间：2026/04/17 09:30-10:45
AI 小助手 · 智能纪要

会议摘要
1. 海南医保个账线上支付接口已完成开发，进入联调阶段，目标5月1日前上线（结论：先在10家门店试点）。
2. 慢病会员是首批推广对象。
3. 药师需完成医保合规培训后方可在线审方。

待办事项
1. 跟进海南医保个账支付接口联调（负责人：陈思远，截止时间：4月24日）
2. 整理门店慢病会员名单（负责人：王小蕾，截止时间：未明确）
3. 制作医保合规培训课件（负责人：钱老师，截止时间：下周三）

本纪要由腾讯会议 AI 小助手生成，内容仅供参考
''' % YK
    html = '<div style="font-size:14px;font-family:Microsoft YaHei">' + paras_html(text) + '</div>'
    part = multipart('alternative', '----=_NextPart_69E1A9F1_0C8B3E20_4B7A2D16',
                     [text_part(text, 'plain', 'gb18030', cte='base64'), text_part(html, 'html', 'gb18030', cte='base64')],
                     preamble='This is a multi-part message in MIME format.')
    hdr = received('mx.' + YK, 'smtpbg151.qq.com', '18.169.211.239', frm[1], BOT[YK][1], plus_seconds(date, 2), '4FnN3k6YhVz3Qw') + \
        exmail_hdrs('1776396641t9r1c4x7', date) + [
        'From: ' + addr(*frm, label='gb18030', quote=True), 'To: ' + addrlist(to, label='gb18030', quote=True),
        'Cc: ' + addrlist(cc, label='gb18030', quote=True), 'Subject: ' + subj(s, 'gb18030'), 'Date: ' + date,
        'Message-ID: <tencent_9D41A7E2C05B3F86D1E2A0C7@qq.com>', 'X-Mailer: WXWork 4.1.33']
    case(5818, 'yk-forwarded-tencent-meeting-ai-wecom-gb18030', 'minutes', assemble(hdr, part), [
        it('陈思远', '跟进海南医保个账支付接口联调', '2026-04-24', ('abs', '2026-04-24')),
        it('王小蕾', '整理门店慢病会员名单', None, None, None, ['no_due']),
        it('钱文静', '制作医保合规培训课件', '2026-04-22', ('next', 2)),
    ], None, None,
        notes='企业微信 mail (gb18030 base64) forwarding a 腾讯会议 AI 纪要 with a one-line preface; sent Fri 2026-04-17 11:30 (the AI mail came 10:52 the same day). '
              'Only 待办事项 counts; 会议摘要 (5月1日前上线, 试点结论) is not an item; the preface (小蕾你先排一下) adds nothing. '
              '1 陈思远 4月24日 -> 2026-04-24. 2 王小蕾, 截止时间：未明确 = no deadline at all -> no_due (not a vague word such as 尽快). '
              '3 钱老师 = 钱文静 (roster alias), 下周三 -> Wed 2026-04-22 (the same from the AI mail\'s date). No next meeting.',
        tests='forwarded Tencent Meeting AI minutes, 未明确 -> no_due, 钱老师 alias, preface not an item',
    )

build_5818()


def build_5819():
    date = 'Mon, 27 Apr 2026 19:20:36 +0800'
    frm = pa('陈思远', 'Simon Chen')
    to = [pa('吴雨桐', 'Yutong Wu'), pa('黎明辉', 'Minghui Li')]
    cc = [pa('符海鹏'), BOT[YK]]
    s = 'Sprint 14 planning notes'
    text = '''Hi all,

Sprint 14 planning notes (27 Apr). 五一流量预估是平时的2.3倍, please prioritise accordingly.

Action items:
- [x] @黎明辉 fix coupon stacking bug (done in sprint 13)
- [ ] @吴雨桐 PRD for prescription upload v2 - by Apr 29
- [ ] @黎明辉 load test for order service before May Day traffic - EOD Wed
- [ ] @Simon review on-call rota for 五一 - by Thursday
- [ ] @ops-team confirm CDN bandwidth upgrade - ASAP

Next sync: Wed May 6, 10:00 (first day back after the holiday).

Simon
'''
    html = '<div dir="ltr">' + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n')) + '</div>'
    part = multipart('alternative', '000000000000b71d9e064e2f3a55',
                     [text_part(text, 'plain', 'UTF-8', cte='quoted-printable'), text_part(html, 'html', 'UTF-8', cte='quoted-printable')])
    hdr = received('mx.' + YK, 'mail-pj1-f54.google.com', '209.85.216.54', frm[1], BOT[YK][1], plus_seconds(date, 2), '4FpB5t0QwMz5Gf') + [
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=google; t=1777288836;\n h=cc:to:subject:message-id:date:from:mime-version; bh=Zq3xP0v8Tn2KcYw1uB6mH4gR9sL5eD7aQ2fJ0oV3iXk=; b=Lr8' % YK,
        'MIME-Version: 1.0', 'From: ' + addr(*frm), 'Date: ' + date,
        'Message-ID: <CAH3n5Vx8kR2pQ7wTz1yL0cF4uJ6bM9aE5dS3gN2hK8oP1vWmXq@mail.gmail.com>',
        'Subject: ' + s, 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc)]
    eml = assemble(hdr, part).replace(b'MIME-Version: 1.0\nContent-Type', b'Content-Type', 1)
    case(5819, 'yk-markdown-checkboxes-gmail-workspace', 'minutes', eml, [
        it('吴雨桐', 'PRD for prescription upload v2', '2026-04-29', ('abs', '2026-04-29')),
        it('黎明辉', 'load test for order service before May Day traffic', '2026-04-29', ('wk', 2)),
        it('陈思远', 'review on-call rota for 五一', '2026-04-30', ('wk', 3)),
        it(('dept', None), 'confirm CDN bandwidth upgrade', None, None, None, ['vague_due']),
    ], {'date': '2026-05-06', 'time': '10:00'}, ('abs', '2026-05-06', 2),
        notes='Google Workspace Gmail, mixed English/Chinese, markdown task list (- [ ] @name / - [x] done). Sent Mon 2026-04-27 19:20 by 陈思远 (display name Simon Chen). '
              '[x] row is done -> not an item. @吴雨桐 by Apr 29 -> 2026-04-29. @黎明辉 EOD Wed -> Wed 2026-04-29, no time (EOD gives the date only). '
              '@Simon = 陈思远 (the sender, roster alias), by Thursday -> 2026-04-30. @ops-team is a team, not one of the roster\'s departments -> no_owner, department null, ASAP -> vague_due. '
              'The 2.3倍 traffic estimate is a fact. Next sync Wed May 6 10:00 -> 2026-05-06 10:00.',
        tests='- [ ] @name checkboxes, [x] done row, EOD Wed, English alias of the sender, team owner',
    )

build_5819()


def build_5820():
    date = 'Wed, 27 May 2026 20:14:09 +0800'
    frm = pa('林少华')
    to = [pa('王小蕾'), pa('云海燕')]
    cc = [BOT[YK]]
    s = '今天巡店碰头会'
    text = '今天巡店碰头会，几件事：\n1. 小蕾周五前把龙华店冷链药品温控记录补齐\n2. 商品部云经理下周一前确认端午促销的中药饮片备货\n3. 我这边6月5日前出门店排班新方案\n\n发自我的iPhone\n'
    part = text_part(text, 'plain', 'utf-8', cte='quoted-printable')
    hdr = received('mx.' + YK, 'smtpclient.apple', '223.104.20.17', frm[1], BOT[YK][1], plus_seconds(date, 3), '4FtP2b7KcNz6Vy') + [
        'Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
        'From: ' + addr(*frm), 'Mime-Version: 1.0 (1.0)', 'Date: ' + date, 'Subject: ' + subj(s),
        'Message-Id: <8E2F4C1A-6B3D-4E97-A0C5-F71D29B3E684@%s>' % YK,
        'Cc: ' + addrlist(cc), 'To: ' + addrlist(to), 'X-Mailer: iPhone Mail (23E261)']
    body = part[1]
    txt = '\n'.join(hdr) + '\n\n' + body
    case(5820, 'yk-iphone-three-lines-qp', 'minutes', txt.encode('utf-8'), [
        it('王小蕾', '补齐龙华店冷链药品温控记录', '2026-05-29', ('wk', 4)),
        it('云海燕', '确认端午促销的中药饮片备货', '2026-06-01', ('next', 0)),
        it('林少华', '出门店排班新方案', '2026-06-05', ('abs', '2026-06-05')),
    ], None, None,
        notes='Plain, common mail from iPhone Mail (single text/plain part, UTF-8 QP, headers in Apple order). Sent Wed 2026-05-27 20:14. '
              '小蕾 = 王小蕾, 周五前 -> 2026-05-29; 商品部云经理 = 云海燕, 下周一前 -> 2026-06-01; 我这边 = the sender 林少华, 6月5日前 -> 2026-06-05. No next meeting.',
        tests='plain iPhone minutes, nickname aliases, 我 = sender',
    )

build_5820()

def build_5821():
    date = 'Mon, 8 Jun 2026 10:05:30 +0800'
    frm = pa('王倩')
    to = [pa('潘一鸣'), pa('陈思远'), pa('云海燕'), pa('钱文静'), pa('林少华')]
    cc = [pa('符海鹏'), pa('吴雨桐'), pa('黎明辉'), pa('邢冬梅'), pa('卓佳'), pa('王小蕾'), BOT[YK]]
    s = '跨部门协作事项跟踪表（第23周）'
    head = ['序号', '事项名称', '发起部门', '协作部门', '责任人（发起方）', '责任人（协作方）', '计划开始时间', '计划完成时间', '实际完成时间', '进展情况', '风险点及应对措施']
    rows = [head,
            ['1', '端午节会员日活动页面', '市场部', '技术部', '潘一鸣', '吴雨桐', '6月1日', '6月12日', '', '进行中', '设计资源紧张，已申请外包支持'],
            ['2', '中药饮片供应商资质复核', '商品部', '法务部', '邢冬梅', '卓佳', '5月25日', '6月5日', '6月3日', '已完成', '无'],
            ['3', '门店POS医保结算升级', '技术部', '门店管理部', '黎明辉', '王小蕾', '6月8日', '端午节前', '', '未开始', '需门店配合停机窗口，安排在夜间'],
            ['4', '执业药师线上问诊排班', '药学部', '运营中心', '钱文静', '王倩', '6月1日', '待定', '', '延期', '药师人手不足，等招聘到岗']]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-size:14px;font-family:Microsoft YaHei">各位好：</div><div><br></div>'
            '<div>本周跨部门协作事项跟踪表更新如下，请各位责任人核对进展，有变化直接回复我。</div><div><br></div>'
            + html_table(rows, cell=' style="border:1px solid #d0d0d0;padding:4px 6px;font-size:13px"')
            + '<div><br></div><div>王倩</div><div>运营中心</div></body></html>')
    part = text_part(html, 'html', 'utf-8', cte='base64')
    hdr = received('mx.' + YK, 'smtpbg156.qq.com', '43.154.54.12', frm[1], BOT[YK][1], plus_seconds(date, 2), '4FvM8r3ZpKz7Ld') + \
        exmail_hdrs('1780884330t4m6n2b8', date) + [
        'From: ' + addr(*frm, quote=True), 'To: ' + addrlist(to, quote=True), 'Cc: ' + addrlist(cc, quote=True),
        'Subject: ' + subj(s), 'Date: ' + date, 'Message-ID: <tencent_5E8C1B27F3A94D06B2C7E9A1@qq.com>', 'X-Mailer: WXWork 4.1.36']
    case(5821, 'yk-collab-tracking-table-html-only-wecom', 'minutes', assemble(hdr, part), [
        it('潘一鸣', '端午节会员日活动页面', '2026-06-12', ('abs', '2026-06-12')),
        it('黎明辉', '门店POS医保结算升级', '2026-06-18', ('before_hol', '2026-06-19')),
        it('钱文静', '执业药师线上问诊排班', None, None, None, ['vague_due']),
    ], None, None,
        notes='Seed 跨部门协作事项跟踪表 (11 columns) as a single-part text/html table from 企业微信 mail, UTF-8 base64. Sent Mon 2026-06-08. '
              'Owner = 责任人（发起方）; 责任人（协作方）is the supporting person (配合), never an extra owner. AMBIGUOUS: one could argue both columns are owners; '
              'the seed template calls the 发起方 person the one responsible for the item, so one item per row. Row 2 进展 已完成 (实际完成 6月3日) -> not an item. '
              'Row 1 计划完成时间 6月12日 -> 2026-06-12. Row 3 端午节前 = the last working day before Dragon Boat (06-19..06-21) = Thu 2026-06-18. Row 4 待定 -> vague_due. '
              '计划开始时间 is not a deadline; 风险点 cells are remarks. No next meeting.',
        tests='seed 跨部门协作事项跟踪表, HTML-only, 发起方 vs 协作方, 已完成 row, 端午节前, 待定',
    )

build_5821()


def build_5822():
    date = 'Tue, 23 Jun 2026 17:12:48 +0800'
    frm = pa('卓佳')
    to = [pa('符海鹏'), pa('陈思远'), pa('钱文静')]
    cc = [pa('王倩'), BOT[YK]]
    s = '处方药网售合规专题会纪要'
    text = '''各位：

6月23日下午召开处方药网售合规专题会，纪要如下：

一、符总牵头梳理处方药线上销售流程节点，运营中心、技术部配合，6月底前形成制度文件。
二、技术部陈思远：处方审核留痕功能上线，7月10日前。
三、钱老师：组织全体药师完成《药品网络销售监督管理办法》线上培训，明天下午3点前发培训通知。
四、法务部（卓佳）：更新平台用户协议及隐私政策中关于处方信息的条款，10个工作日内。

会议认为：现阶段处方药线上销售必须先审方后付款，不得搭赠处方药。

下次会议：7月7日（周二）14:00，5楼法务部会议室。

卓佳
法务部
'''
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div style="font-family: PingFang SC; font-size: 12pt;">' + paras_html(text) + '</div></body></html>')
    part = multipart('alternative', 'B_3859118368_1846362150',
                     [text_part(text, 'plain', 'UTF-8', cte='quoted-printable'), text_part(html, 'html', 'UTF-8', cte='quoted-printable')],
                     preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.')
    hdr = received('mx.' + YK, '[192.168.31.24]', '112.66.198.40', frm[1], BOT[YK][1], plus_seconds(date, 2), '4Fyh1m4XsTz8Sb') + [
        'User-Agent: Microsoft-MacOutlook/16.98.26061415', 'Date: ' + date, 'Subject: ' + subj(s), 'From: ' + addr(*frm),
        'To: ' + addrlist(to), 'CC: ' + addrlist(cc), 'Message-ID: <6A0D3C2E-91B7-4F58-A2E4-0B9C7D1F3E85@%s>' % YK,
        'Thread-Topic: ' + subj(s)]
    case(5822, 'yk-legal-minutes-outlook-mac-qp', 'minutes', assemble(hdr, part), [
        it('符海鹏', '梳理处方药线上销售流程节点，形成制度文件', '2026-06-30', ('monthend',)),
        it('陈思远', '处方审核留痕功能上线', '2026-07-10', ('abs', '2026-07-10')),
        it('钱文静', '发布《药品网络销售监督管理办法》线上培训通知，组织全体药师完成培训', '2026-06-24', ('tomorrow',), '15:00'),
        it('卓佳', '更新平台用户协议及隐私政策中关于处方信息的条款', '2026-07-07', ('wd', 10)),
    ], {'date': '2026-07-07', 'time': '14:00'}, ('abs', '2026-07-07', 1),
        notes='Outlook for Mac, UTF-8 QP. Sent Tue 2026-06-23 (after Dragon Boat). 一: 符总牵头, 运营中心/技术部配合 -> owner 符海鹏 only, 6月底前 -> 2026-06-30. '
              '二: 陈思远 7月10日前. 三: 钱老师 = 钱文静; the dated part is 明天下午3点前发培训通知 -> 2026-06-24 15:00 (the training itself has no separate date; one item). '
              '四: 法务部（卓佳）-> 卓佳 (the writer); 10个工作日内 from Tue 06-23: 24,25,26,29,30, 07-01,02,03,06,07 -> 2026-07-07. '
              '会议认为 is a decision. 下次会议 7月7日（周二）14:00 -> 2026-07-07 14:00.',
        tests='符总牵头 + 配合 units, 钱老师, 明天下午3点前, 10个工作日内, 会议认为 decision',
    )

build_5822()


def build_5823():
    date = 'Thu, 18 Jun 2026 15:30:02 +0800'
    frm = pa('潘一鸣')
    to = [pa('麦家乐'), pa('王倩'), pa('林少华'), pa('云海燕')]
    cc = [pa('吴雨桐'), pa('王小蕾'), BOT[YK]]
    s = '端午会员复购 碰头会小结'
    rows = [['事项', '主责/配合', '时间'],
            ['端午活动数据复盘报告', '主责：麦家乐；配合：吴雨桐', '节后第一个工作日'],
            ['会员复购券二次发放名单', '主责：王倩 / 配合：技术部', '6月24日'],
            ['门店端午销售冠军激励方案', '林少华（主责）、王小蕾（配合）', '下周五'],
            ['中药香囊赠品库存清点', '商品部', '今天下班前']]
    intro = '各位：\n\n今天碰头会的小结，按表格跟进：\n'
    outro = '\n节后第一个工作日下午4点再对一次数据。\n\nEthan\n'
    plain = intro + '\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + paras_html(intro) + html_table(rows, cell=' style="border: 1px solid rgb(191, 191, 191); padding: 4px;"') + paras_html(outro) + '</body></html>')
    part = multipart('alternative', 'Apple-Mail=_0C2E7A51-4D93-4B1F-8E6A-D35F0B9C7A12',
                     [text_part(plain, 'plain', 'utf-8', cte='quoted-printable'), text_part(html, 'html', 'utf-8', cte='quoted-printable')])
    hdr = received('mx.' + YK, 'smtpclient.apple', '112.66.201.9', frm[1], BOT[YK][1], plus_seconds(date, 2), '4FxQ6v1RkWz9Tc') + [
        'From: ' + addr(*frm), 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))', 'Subject: ' + subj(s), 'Date: ' + date,
        'Message-Id: <D41B8E6A-2C57-4F09-9A3E-7F1C0B5D2E94@%s>' % YK, 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc),
        'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
    h, b, _ = part
    eml = ('\n'.join(hdr + h) + '\n\n' + b).encode('utf-8')
    case(5823, 'yk-zhuze-peihe-cells-apple-mail', 'minutes', eml, [
        it('麦家乐', '端午活动数据复盘报告', '2026-06-22', ('after_hol', '2026-06-19')),
        it('王倩', '会员复购券二次发放名单', '2026-06-24', ('abs', '2026-06-24')),
        it('林少华', '门店端午销售冠军激励方案', '2026-06-26', ('next', 4)),
        it(('dept', '商品部'), '中药香囊赠品库存清点', '2026-06-18', ('today',)),
    ], {'date': '2026-06-22', 'time': '16:00'}, ('after_hol', '2026-06-19'),
        notes='Apple Mail (macOS) table pasted from Numbers, UTF-8 QP, plain part tab-separated. Sent Thu 2026-06-18 15:30, the last working day before Dragon Boat (06-19..06-21). '
              'The 主责/配合 column holds both roles in one cell in three spellings: the 主责 person is the owner, 配合 (a person or 技术部) never is. '
              'Row 1 麦家乐, 节后第一个工作日 -> Mon 2026-06-22. Row 2 王倩 6月24日. Row 3 林少华, 下周五 -> Fri 2026-06-26. Row 4 商品部 only -> no_owner, department 商品部, 今天下班前 -> 2026-06-18, no time. '
              'Next: 节后第一个工作日下午4点 -> 2026-06-22 16:00. Signed Ethan = 潘一鸣 (alias).',
        tests='主责/配合 in one cell (3 spellings), 节后第一个工作日 as item and next meeting, 今天下班前 for a department',
    )

build_5823()


def build_5824():
    date = 'Mon, 29 Jun 2026 18:02:17 +0800'
    frm = pa('蔡晓峰')
    to = [pa('王倩'), pa('陈思远')]
    cc = [pa('符海鹏'), ('顺达即送 运营部', 'ops@shunda-express.example.com'), BOT[YK]]
    s = '椰康 & 顺达即送 七月配送合作沟通纪要'
    text = '''王经理、陈总监：

感谢今天下午的沟通，纪要整理如下，请确认：

1. 顺达：7月6日前完成20名夜间骑手招募并到岗（负责人：蔡晓峰）
2. 椰康：提供7月各门店夜间订单预测（负责人：王倩），7月3日前
3. 椰康技术部：开放订单状态回调接口，下周三前
4. 双方：每周一上午例行对数。

下次沟通：7月13日 10:00 线上

如有异议请于今日内回复。

蔡晓峰
顺达即送（海南）有限公司 | 大客户部
'''
    html = '<div style="font-family:宋体;font-size:14px">' + paras_html(text) + '</div>'
    part = multipart('alternative', '----=_Part_620341_1274839516.1782727337102',
                     [text_part(text, 'plain', 'GBK', cte='base64'), text_part(html, 'html', 'GBK', cte='base64')])
    hdr = received('mx.' + YK, 'mail-m121145.qiye.163.com', '115.236.121.145', frm[1], BOT[YK][1], plus_seconds(date, 3), '4G0B7n2VfHz1Jx') + [
        'Date: ' + date, 'From: ' + addr(*frm, label='GBK', quote=True), 'To: ' + addrlist(to, label='GBK', quote=True),
        'Cc: ' + addrlist(cc, label='GBK', quote=True), 'Message-ID: <AJQA2wC2KJfWq1mXtB8Lz4ra.3.1782727337102.Hmail.caixiaofeng@shunda-express.example.com>',
        'Subject: ' + subj(s, 'GBK'), 'X-Priority: 3', 'X-Mailer: Coremail Webmail Server Version XT6.2.14 build 20250812(3f2c9b1a)',
        'X-Originating-IP: 36.101.44.118', 'X-HM-Spam-Status: e1kfGhgUHx5ZQUpXWQgPGg8OCBgUHx5ZQUlOS1dZFg8aDwILHllBWSg2Ly43']
    case(5824, 'yk-partner-sent-minutes-qiye163-gbk', 'minutes', assemble(hdr, part), [
        it(('ext', '蔡晓峰', P['蔡晓峰']['email']), '完成20名夜间骑手招募并到岗', '2026-07-06', ('abs', '2026-07-06')),
        it('王倩', '提供7月各门店夜间订单预测', '2026-07-03', ('abs', '2026-07-03')),
        it(('dept', '技术部'), '开放订单状态回调接口', '2026-07-08', ('next', 2)),
    ], {'date': '2026-07-13', 'time': '10:00'}, ('abs', '2026-07-13', 0),
        notes='Minutes written by the delivery partner (external From, 网易企业邮箱 webmail, GBK base64), sent Mon 2026-06-29 18:02. '
              '1 the partner\'s own item, owner 蔡晓峰 (outsider, address from From, department null), 7月6日前 -> 2026-07-06. 2 王倩 7月3日前. '
              '3 椰康技术部 with no person -> no_owner, department 技术部 (one of ours), 下周三前 -> Wed 2026-07-08. 4 双方 每周一例行对数 is a standing arrangement, not an item. '
              '王经理/陈总监 in the greeting are 王倩/陈思远. 如有异议请于今日内回复 is the partner\'s courtesy line, not a deadline. 下次沟通 7月13日 10:00 -> 2026-07-13 10:00.',
        tests='external writer, own item owned by From, 椰康技术部 no_owner, standing rule, 如有异议 line',
    )

build_5824()
# ============================================================================= Nordvik Dairy (NV)

def owa_hdrs(frm, to, cc, s, date, mid, lang='en-US', extra=()):
    return ['From: ' + addr(*frm), 'To: ' + addrlist(to)] + (['CC: ' + addrlist(cc)] if cc else []) + [
        'Subject: ' + subj(s), 'Thread-Topic: ' + subj(s), 'Thread-Index: AQHczBq7Xw2m5nK0SkGd0cF3Yp1ZbQ==',
        'Date: ' + date, 'Message-ID: <%s>' % mid] + list(extra) + [
        'Accept-Language: %s, zh-CN' % lang, 'Content-Language: ' + lang, 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
        'msip_labels:', 'x-ms-publictraffictype: Email', 'x-ms-traffictypediagnostic: SEZPR06MB6958:EE_|TYZPR06MB5274:EE_',
        'x-ms-exchange-organization-authas: Internal', 'x-ms-exchange-organization-authsource: SEZPR06MB6958.apcprd06.prod.outlook.com']


def build_5825():
    date = 'Tue, 14 Apr 2026 03:12:45 +0000'
    frm = pa('白云飞', 'Yunfei Bai')
    to = [pa('Anna Holm'), pa('巴雅尔', 'Bayar'), pa('张敏', 'Minnie Zhang'), pa('乌兰', 'Wulan')]
    cc = [pa('Lars Eriksen'), BOT[NV]]
    s = 'Weekly Quality Meeting - 14 Apr 2026 - minutes'
    text = '''Hi all,

Minutes of this morning's quality meeting.

Attendees: Anna Holm, Bayar, Minnie Zhang, Wulan, Yunfei Bai

Discussion
- Raw milk somatic cell count (SCC) at Ranch 3 trending up for the third week (avg 285k/ml).
- CIP conductivity readings on Line 2 drifted during the 11 Apr night shift.
- Cold-chain trucks for the week after Labour Day are not yet booked.

AI: Yunfei - compile SCC trend report for Ranch 3, by Thu
AI: Bayar - recalibrate CIP conductivity sensors on Line 2 by 17 Apr
AI: Anna - share revised supplier audit checklist with Grassland Ranch (Mr. Bao) - TBD
AI: Minnie & Wulan - rebook cold-chain trucks for 6-9 May, by Apr 24

Decision: Line 2 stays on the 2-shift pattern until end of May.

Next meeting: Tuesday 21 April, 09:30, QA meeting room.

Best regards,
Yunfei Bai | QA Engineer
Nordvik Dairy (Hohhot) Co., Ltd.
'''
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n')) + '</div></body></html>')
    part = multipart('alternative', '_000_SEZPR06MB69580B1F2C3D4E5A6B7C8D9E0F1A2SEZPR06MB6958apcp_',
                     [text_part(text, 'plain', 'us-ascii', cte='quoted-printable'), text_part(html, 'html', 'us-ascii', cte='quoted-printable')])
    hdr = received('mx.' + NV, 'SEZPR06MB6958.apcprd06.prod.outlook.com', '40.107.255.86', frm[1], BOT[NV][1], 'Tue, 14 Apr 2026 11:12:49 +0800 (CST)', '4FmX0p9ScBz2Kq') + \
        owa_hdrs(frm, to, cc, s, date, 'SEZPR06MB69580B1F2C3D4E5A6B7C8D9E0F1A2@SEZPR06MB6958.apcprd06.prod.outlook.com')
    case(5825, 'nv-english-ai-lines-owa-utc', 'minutes', assemble(hdr, part), [
        it('白云飞', 'compile SCC trend report for Ranch 3', '2026-04-16', ('wk', 3)),
        it('巴雅尔', 'recalibrate CIP conductivity sensors on Line 2', '2026-04-17', ('abs', '2026-04-17')),
        it('Anna Holm', 'share revised supplier audit checklist with Grassland Ranch', None, None, None, ['vague_due']),
        it('张敏', 'rebook cold-chain trucks for 6-9 May', '2026-04-24', ('abs', '2026-04-24')),
        it('乌兰', 'rebook cold-chain trucks for 6-9 May', '2026-04-24', ('abs', '2026-04-24')),
    ], {'date': '2026-04-21', 'time': '09:30'}, ('abs', '2026-04-21', 1),
        notes='Outlook on the web (Microsoft 365), English, us-ascii QP, Date Tue 2026-04-14 03:12 +0000 = 11:12 Tuesday in Shanghai. "AI:" action-item lines. '
              'Yunfei = 白云飞 (the sender), by Thu -> Thu 2026-04-16. Bayar = 巴雅尔, by 17 Apr. Anna = Anna Holm, TBD -> vague_due (Mr. Bao is the counterpart, not the owner). '
              '"Minnie & Wulan" share one task -> two items with the same text (张敏, 乌兰), by Apr 24. "6-9 May" inside the task is not a deadline. '
              'Discussion lines are facts; Decision line is not an item. Next meeting Tuesday 21 April 09:30 -> 2026-04-21 09:30.',
        tests='AI: lines, UTC Date, two owners for one task, TBD, task containing a date range',
    )

build_5825()


def make_pdf(lines, title):
    """Minimal one-page PDF (Helvetica, WinAnsi), deterministic."""
    def pdfstr(s):
        return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
    y = 800
    ops = ['BT', '/F1 10 Tf', '50 %d Td' % y, '14 TL']
    first = True
    for ln in lines:
        if ln.startswith('# '):
            ops += ['/F2 13 Tf', pdfstr(ln[2:]) + " '" if not first else pdfstr(ln[2:]) + ' Tj', '/F1 10 Tf']
        else:
            ops.append(pdfstr(ln) + (" '" if not first else ' Tj'))
        first = False
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
            ('<< /Title %s /Author (Minnie Zhang) /Producer (Microsoft Word for Microsoft 365) /CreationDate (D:20260507112000+08\'00\') >>' % pdfstr(title)).encode('latin-1')]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def build_5826():
    date = 'Thu, 7 May 2026 11:26:37 +0800'
    frm = pa('张敏', 'Minnie Zhang')
    to = [pa('乌兰', 'Wulan'), pa('Sophie Laurent'), pa('刘嘉宁', 'Jenny Liu'), pa('巴雅尔', 'Bayar')]
    cc = [pa('Lars Eriksen'), BOT[NV]]
    s = 'S&OP meeting minutes - 7 May 2026'
    body = 'Hi all,\n\nPlease find attached the minutes from this morning\'s S&OP. Shout if I missed anything.\n\nThanks,\nMinnie\n\nMinnie Zhang\nSupply Chain Manager | Nordvik Dairy (Hohhot) Co., Ltd.\n'
    pdf = make_pdf([
        '# Nordvik Dairy (Hohhot) - S&OP Meeting Minutes',
        'Date: Thursday 7 May 2026, 09:00-10:30   Chair: Minnie Zhang',
        'Attendees: Wulan, Sophie Laurent, Jenny Liu, Bayar, Minnie Zhang',
        '',
        '# 1. Review',
        'April UHT sales 4% above forecast; yoghurt 6% below. Labour Day stock-outs at 3 Guangzhou DCs.',
        '',
        '# 2. Action items',
        '1. Update June demand forecast for UHT SKUs.',
        '   Owner: Wulan    Due: 12 May',
        '2. Negotiate freight rate with the Hohhot-Guangzhou carrier.',
        '   Owner: Minnie Zhang    Due: end of May',
        '3. Review safety stock for 250ml Tetra packaging with Formosa Pack.',
        '   Owner: Minnie Zhang    Due: Saturday 9 May (working day)',
        '4. Confirm Q2 budget for extra cold storage.',
        '   Owner: Finance    Due: within 3 working days',
        '5. Close April stock-out root cause (done at meeting).',
        '   Owner: Bayar    Status: Closed',
        '',
        '# 3. Next meeting',
        'Next S&OP: Thursday 14 May, 14:00, Meeting room Ulaanbaatar.',
    ], 'S&OP Meeting Minutes 7 May 2026')
    alt = multipart('alternative', '_000_TYZPR06MB52741D2E3F4A5B6C7D8E9F0A1B2C3TYZPR06MB5274apcp_',
                    [text_part(body, 'plain', 'us-ascii', cte='quoted-printable'),
                     text_part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body lang="EN-US">'
                               + ''.join('<p class="MsoNormal">%s</p>' % (esc(l) if l else '&nbsp;') for l in body.split('\n')) + '</body></html>',
                               'html', 'us-ascii', cte='quoted-printable')])
    att = bin_part(pdf, 'application/pdf', 'SOP minutes 2026-05-07.pdf')
    part = multipart('mixed', '_004_TYZPR06MB52741D2E3F4A5B6C7D8E9F0A1B2C3TYZPR06MB5274apcp_', [alt, att])
    hdr = received('mx.' + NV, 'TYZPR06MB5274.apcprd06.prod.outlook.com', '40.107.255.91', frm[1], BOT[NV][1], plus_seconds(date, 4), '4FqH1c6WnVz3Ps') + \
        owa_hdrs(frm, to, cc, s, date, 'TYZPR06MB52741D2E3F4A5B6C7D8E9F0A1B2C3@TYZPR06MB5274.apcprd06.prod.outlook.com',
                 extra=['X-Mailer: Microsoft Outlook 16.0'])
    eml = assemble(hdr, part, crlf=True).replace(b'X-MS-Has-Attach:', b'X-MS-Has-Attach: yes')
    case(5826, 'nv-pdf-attachment-sop-outlook-en', 'minutes', eml, [
        it('乌兰', 'Update June demand forecast for UHT SKUs', '2026-05-12', ('abs', '2026-05-12')),
        it('张敏', 'Negotiate freight rate with the Hohhot-Guangzhou carrier', '2026-05-31', ('monthend',)),
        it('张敏', 'Review safety stock for 250ml Tetra packaging with Formosa Pack', '2026-05-09', ('abs', '2026-05-09', 5)),
        it(('dept', 'Finance'), 'Confirm Q2 budget for extra cold storage', '2026-05-11', ('wd', 3)),
    ], {'date': '2026-05-14', 'time': '14:00'}, ('abs', '2026-05-14', 3),
        notes='Outlook (Microsoft 365, English) with the minutes only in a PDF attachment (text PDF, Helvetica); the body is a two-line cover note. Sent Thu 2026-05-07 11:26, right after Labour Day. '
              'Gold = what a human reading the PDF records. 1 Wulan = 乌兰, 12 May. 2 Minnie Zhang = 张敏, end of May -> 2026-05-31. 3 Saturday 9 May (working day) = the Labour Day make-up Saturday -> 2026-05-09. '
              '4 Owner: Finance -> no_owner, department Finance (one of ours); within 3 working days from Thu 05-07: Fri 08 (1), Sat 09 make-up (2), Mon 11 (3) -> 2026-05-11. '
              '5 Status: Closed -> not an item. Review figures are facts. Next S&OP Thursday 14 May 14:00 -> 2026-05-14 14:00.',
        tests='PDF attachment, Owner/Due lines, department owner, 3 working days across the make-up Saturday, Closed item',
    )

build_5826()


def build_5827():
    date = 'Fri, 15 May 2026 16:40:22 +0800'
    frm = pa('林美惠')
    to = [pa('张敏', '張敏 Minnie Zhang'), pa('白云飞', '白雲飛 Yunfei Bai')]
    cc = [pa('陳怡君'), BOT[NV]]
    s = '會議記錄：250ml利樂包印刷色差及6月交期'
    text = '''張經理、白先生 您好：

感謝今日視訊會議，茲將會議記錄整理如下：

一、250ml利樂包印刷色差問題：本公司將於5月22日前提供改善後打樣品（負責人：林美惠）。
二、貴司品保部提供色差允收標準（負責人：白雲飛），5月20日前。
三、雙方確認：6月份訂單分兩批出貨，第一批6月5日到呼和浩特倉。
四、本公司業務助理陳怡君於下週一前寄送新版報價單。

下次會議：5月27日（週三）上午10:00（台北時間）

如有遺漏，敬請指正。

敬祝 商祺
林美惠 Meihui Lin
福爾摩沙包材股份有限公司 業務部
'''
    html = outlook_word_html(text, 'big5', 'ZH-TW').replace('等线', '新細明體')
    part = multipart('alternative', '----=_NextPart_000_0019_01DCE45A.8B2F7C10',
                     [text_part(text, 'plain', 'big5', cte='base64'), text_part(html, 'html', 'big5', cte='base64')],
                     preamble='This is a multipart message in MIME format.')
    hdr = received('mx.' + NV, 'mail.formosapack.example.com.tw', '211.20.87.14', frm[1], BOT[NV][1], plus_seconds(date, 5), '4FrD9k3MxQz4Hy') + [
        'From: ' + addr(*frm, label='big5', quote=True), 'To: ' + addrlist(to, label='big5', quote=True),
        'Cc: ' + addrlist(cc, label='big5', quote=True), 'Subject: ' + subj(s, 'big5'), 'Date: ' + date,
        'Message-ID: <001901dce45a$8b2f7c10$a18e7430$@formosapack.example.com.tw>', 'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: AdzkWosvfBBo2kQ0RWu1Uk1y7d9Tyg==', 'Content-Language: zh-tw']
    case(5827, 'nv-supplier-big5-zh-tw-outlook', 'minutes', assemble(hdr, part, crlf=True), [
        it(('ext', '林美惠', P['林美惠']['email']), '提供改善後打樣品（250ml利樂包印刷色差）', '2026-05-22', ('abs', '2026-05-22')),
        it('白云飞', '提供色差允收標準', '2026-05-20', ('abs', '2026-05-20')),
        it(('ext', '陳怡君', P['陳怡君']['email']), '寄送新版報價單', '2026-05-18', ('next', 0)),
    ], {'date': '2026-05-27', 'time': '10:00'}, ('abs', '2026-05-27', 2),
        notes='Supplier in Taiwan writing Traditional Chinese minutes, Outlook zh-TW, Big5 base64, CRLF; sent Fri 2026-05-15 16:40 +0800. '
              '一 owner 林美惠 (the sender, outsider: From address, department null), 5月22日前. 二 白雲飛 = 白云飞 (roster alias, traditional characters), 5月20日前. '
              '三 雙方確認 is a decision (6月5日 is a shipment plan, not a task deadline). 四 陳怡君 is in Cc with that display name -> her address, department null; 下週一前 -> Mon 2026-05-18. '
              '下次會議 5月27日（週三）上午10:00（台北時間）: Taipei time is UTC+8 like Beijing -> 2026-05-27 10:00. 張經理 = 张敏 (alias).',
        tests='Big5, traditional-character names mapped to roster, external owners from From/Cc, 台北時間',
    )

build_5827()

def build_5828():
    date = 'Tue, 2 Jun 2026 22:15:04 +0800'
    frm = pa('Erik Nilsson')
    to = [pa('巴雅尔', 'Bayar'), pa('高巍', 'Victor Gao'), pa('Anna Holm')]
    cc = [pa('Lars Eriksen'), BOT[NV]]
    s = 'Line 3 commissioning - minutes 2 June'
    text = '''Hi all,

Short minutes from today's Line 3 commissioning review.

Status: filler and cap applicator running, 2 of 3 FAT test runs passed.
Tetra Pak engineers on site until 12 June.

Actions
* Erik: finalize FAT punch list with Tetra Pak - Fri 5 June
* Bayar: train 2nd shift operators on the new filler, before the
  Dragon Boat holiday
* Victor: set up OPC-UA data link to MES, by Friday next week
* Anna: hygiene validation swabs after commissioning - date TBC

We'll pick a date for the next review once FAT is signed off.

/Erik
--
Erik Nilsson
Engineering Manager, Nordvik Dairy (Hohhot)
'''
    part = text_part(text, 'plain', 'UTF-8', cte='7bit', params='; format=flowed')
    hdr = received('mx.' + NV, '[192.168.1.105]', '116.114.20.71', frm[1], BOT[NV][1], plus_seconds(date, 1), '4Fv4m8RtCwz5Ld') + [
        'Message-ID: <7d2e4b19-0c8a-4f35-b1d6-93e5a0f27c48@%s>' % NV, 'Date: ' + date,
        'User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB', 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc),
        'From: ' + addr(*frm), 'Subject: ' + s]
    case(5828, 'nv-thunderbird-plain-english-no-next', 'minutes', assemble(hdr, part), [
        it('Erik Nilsson', 'finalize FAT punch list with Tetra Pak', '2026-06-05', ('abs', '2026-06-05', 4)),
        it('巴雅尔', 'train 2nd shift operators on the new filler', '2026-06-18', ('before_hol', '2026-06-19')),
        it('高巍', 'set up OPC-UA data link to MES', '2026-06-12', ('next', 4)),
        it('Anna Holm', 'hygiene validation swabs after commissioning', None, None, None, ['vague_due']),
    ], None, None,
        notes='Thunderbird, plain English, UTF-8 7bit format=flowed, sent Tue 2026-06-02 22:15. * bullets "Name: task - due". '
              'Erik (sender) Fri 5 June -> 2026-06-05. Bayar: the deadline "before the Dragon Boat holiday" wraps to the next line; the holiday is 06-19..06-21, so the last working day before it, Thu 2026-06-18. '
              'Victor = 高巍, "by Friday next week" -> Fri 2026-06-12. Anna: date TBC -> vague_due. Status lines (2 of 3 FAT runs, engineers on site until 12 June) are facts. '
              'No next meeting: "pick a date … once FAT is signed off".',
        tests='English plain text, wrapped deadline, before the holiday, by Friday next week, TBC, no next meeting',
    )

build_5828()


def build_5829():
    date = 'Wed, 27 May 2026 14:20:51 +0800'
    frm = pa('孟雪', 'Snow Meng 孟雪')
    to = [pa('高巍', 'Victor Gao'), pa('刘嘉宁', 'Jenny Liu')]
    cc = [pa('Lars Eriksen'), pa('Mette Kjaer'), BOT[NV]]
    s = '2026培训计划讨论会 Training plan meeting - 纪要'
    text = '''Dear all,

今天培训计划讨论会的纪要如下 (by person):

Snow（孟雪）
① 6月10日前完成新员工入职培训手册中英文版
② 下周二前与Mette确认集团Global Code of Conduct培训时间

Victor（高巍）
① 本月底前完成e-learning平台账号开通

Jenny（刘嘉宁）
① 培训预算拆分到各部门，6月5日前

下次会议：6月3日 上午10点

Thanks,
Snow Meng 孟雪
HR Manager
'''
    html = outlook_word_html(text)
    part = multipart('alternative', '----=_NextPart_000_0083_01DCEDE4.7A1B2C30',
                     [text_part(text, 'plain', 'utf-8', cte='base64'), text_part(html, 'html', 'utf-8', cte='base64')],
                     preamble='This is a multipart message in MIME format.')
    hdr = received('mx.' + NV, 'SNOW-LT01', '10.30.2.64', frm[1], BOT[NV][1], plus_seconds(date, 2), '4FtQ3w7PzMz6Bh') + [
        'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc), 'Subject: ' + subj(s), 'Date: ' + date,
        'Message-ID: <008301dcede4$7a1b2c30$6e518490$@%s>' % NV, 'X-Mailer: Microsoft Outlook 16.0',
        'Thread-Index: Adzt5HobLDBuUYSQQ2m0F9z4yT1kxA==', 'Content-Language: zh-cn']
    case(5829, 'nv-bilingual-grouped-circled-outlook', 'minutes', assemble(hdr, part, crlf=True), [
        it('孟雪', '完成新员工入职培训手册中英文版', '2026-06-10', ('abs', '2026-06-10')),
        it('孟雪', '与Mette确认集团Global Code of Conduct培训时间', '2026-06-02', ('next', 1)),
        it('高巍', '完成e-learning平台账号开通', '2026-05-31', ('monthend',)),
        it('刘嘉宁', '培训预算拆分到各部门', '2026-06-05', ('abs', '2026-06-05')),
    ], {'date': '2026-06-03', 'time': '10:00'}, ('abs', '2026-06-03'),
        notes='Outlook zh-CN, UTF-8 base64, bilingual minutes grouped by person ("Snow（孟雪）" headings) with ① sub-tasks under each. Sent Wed 2026-05-27. '
              'Snow = 孟雪 (the sender): ① 6月10日前; ② 下周二前 -> Tue 2026-06-02 (Mette is the counterpart, not an owner). Victor = 高巍: 本月底前 -> 2026-05-31. '
              'Jenny = 刘嘉宁: 6月5日前. 下次会议 6月3日 上午10点 -> 2026-06-03 10:00.',
        tests='bilingual grouped-by-person, ① sub-tasks, English names with Chinese in brackets',
    )

build_5829()


def build_5830():
    date = 'Mon, 8 Jun 2026 09:40:12 +0200'
    frm = pa('Mette Kjaer')
    to = [pa('Anna Holm'), pa('Lars Eriksen'), pa('白云飞', 'Yunfei Bai')]
    cc = [BOT[NV]]
    s = 'Global quality call 8 June - notes'
    text = '''Hi team,

Notes from this morning's global quality call.

Action items
- Anna Holm: send Hohhot HACCP review summary to HQ by Wednesday
- Lars: approve capex request for the Line 3 sterilizer by June 12
- Mette (me): circulate the new global allergen matrix - by Friday
- Yunfei: translate the allergen matrix into Chinese once received (no date set)

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best,
Mette

Mette Kjaer
Group Quality, Nordvik Foods A/S
'''
    html = '<div dir="ltr">' + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n')) + '</div>'
    part = multipart('alternative', '0000000000004c91a8064f7e2d13',
                     [text_part(text, 'plain', 'UTF-8', cte='7bit'), text_part(html, 'html', 'UTF-8', cte='quoted-printable')])
    hdr = received('mx.' + NV, 'mail-lf1-f43.google.com', '209.85.167.43', frm[1], BOT[NV][1], 'Mon, 8 Jun 2026 15:40:16 +0800 (CST)', '4FvN6h0RsXz7Jt') + [
        'MIME-Version: 1.0', 'From: ' + addr(*frm), 'Date: ' + date,
        'Message-ID: <CAP9t2Wq5kX0nL8vB3cF7yR1mZ6dH4sJ2eT9uA0gK5oN8wQxVbA@mail.gmail.com>',
        'Subject: ' + s, 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc)]
    eml = assemble(hdr, part).replace(b'MIME-Version: 1.0\nContent-Type', b'Content-Type', 1)
    case(5830, 'nv-hq-gmail-cest-next-sync', 'minutes', eml, [
        it('Anna Holm', 'send Hohhot HACCP review summary to HQ', '2026-06-10', ('wk', 2)),
        it('Lars Eriksen', 'approve capex request for the Line 3 sterilizer', '2026-06-12', ('abs', '2026-06-12')),
        it(('ext', 'Mette Kjaer', P['Mette Kjaer']['email']), 'circulate the new global allergen matrix', '2026-06-12', ('wk', 4)),
        it('白云飞', 'translate the allergen matrix into Chinese once received', None, None, None, ['no_due']),
    ], {'date': '2026-06-09', 'time': '16:00'}, ('abs', '2026-06-09', 1),
        notes='Group HQ in Denmark (Google Workspace Gmail, UTF-8 7bit plain + QP HTML), Date Mon 2026-06-08 09:40 +0200 = 15:40 Monday in Shanghai. '
              'Anna Holm by Wednesday -> 2026-06-10. Lars = Lars Eriksen, by June 12. Mette (me) = the sender (outsider: From address, department null), by Friday -> 2026-06-12. '
              'Yunfei = 白云飞, "once received (no date set)" -> no_due. Next sync Tue Jun 9 10:00 CEST (16:00 Beijing) -> 2026-06-09 16:00 in Asia/Shanghai (CEST = UTC+2).',
        tests='+0200 Date, CEST next sync with a Beijing conversion, external owner (me), no date set',
    )

build_5830()


def build_5831():
    date = 'Tue, 12 May 2026 10:31:18 +0800'
    frm = pa('Anna Holm')
    to = [pa('白云飞', 'Yunfei Bai'), pa('巴雅尔', 'Bayar'), pa('其其格', 'Qiqige')]
    cc = [pa('Lars Eriksen'), BOT[NV]]
    s = 'Re: Weekly Quality Meeting - 14 Apr 2026 - minutes'
    text = '''All,

Minutes of today's quality meeting below (kept in this thread so we have the history).

Actions:
1. Yunfei - close out the SCC report actions with Ranch 3; due 15 May
2. Bayar - repeat CIP validation on Line 2 after the sensor replacement; due next Tuesday
3. Qiqige - retrain night shift on allergen changeover; due 22 May

Carried over from 14 Apr (status only): supplier audit checklist (me) - still TBD.

Next meeting: Tue 26 May, 09:30.

Anna

> On 14 Apr 2026, at 11:12, Yunfei Bai <yunfei.bai@%s> wrote:
>=20
> Hi all,
>=20
> Minutes of this morning's quality meeting.
>=20
> AI: Yunfei - compile SCC trend report for Ranch 3, by Thu
> AI: Bayar - recalibrate CIP conductivity sensors on Line 2 by 17 Apr
> AI: Anna - share revised supplier audit checklist with Grassland Ranch (Mr. Bao) - TBD
> AI: Minnie & Wulan - rebook cold-chain trucks for 6-9 May, by Apr 24
>=20
> Next meeting: Tuesday 21 April, 09:30, QA meeting room.
>=20
''' % NV
    text = text.replace('>=20\n', '> \n')
    part = text_part(text, 'plain', 'utf-8', cte='quoted-printable')
    hdr = received('mx.' + NV, 'smtpclient.apple', '116.114.20.88', frm[1], BOT[NV][1], plus_seconds(date, 2), '4FqT5b8DkLz8Wm') + [
        'From: ' + addr(*frm), 'Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
        'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))', 'Subject: ' + s, 'Date: ' + date,
        'In-Reply-To: <SEZPR06MB69580B1F2C3D4E5A6B7C8D9E0F1A2@SEZPR06MB6958.apcprd06.prod.outlook.com>',
        'References: <SEZPR06MB69580B1F2C3D4E5A6B7C8D9E0F1A2@SEZPR06MB6958.apcprd06.prod.outlook.com>',
        'Message-Id: <F07A2C93-5B1E-4D86-9C34-E8A1B6D0F257@%s>' % NV, 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc),
        'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
    eml = ('\n'.join(hdr) + '\n\n' + part[1]).encode('utf-8')
    case(5831, 'nv-new-minutes-re-thread-apple-quoted', 'minutes', eml, [
        it('白云飞', 'close out the SCC report actions with Ranch 3', '2026-05-15', ('abs', '2026-05-15')),
        it('巴雅尔', 'repeat CIP validation on Line 2 after the sensor replacement', '2026-05-19', ('next', 1)),
        it('其其格', 'retrain night shift on allergen changeover', '2026-05-22', ('abs', '2026-05-22')),
    ], {'date': '2026-05-26', 'time': '09:30'}, ('abs', '2026-05-26', 1),
        notes='Apple Mail (macOS) text/plain UTF-8 QP: new minutes written as "Re:" in the thread of the 14 Apr minutes (5825), which are quoted below with ">" lines. Sent Tue 2026-05-12 10:31. '
              'Only the new Actions count; the quoted AI: lines are old minutes. Yunfei = 白云飞, due 15 May. Bayar = 巴雅尔, due next Tuesday -> 2026-05-19. Qiqige = 其其格, due 22 May. '
              '"Carried over from 14 Apr (status only)" is a review of an old item, not a new item. Next meeting Tue 26 May 09:30 -> 2026-05-26 09:30. '
              'Not a reply command: it carries no confirm/done/extend words about the old items.',
        tests='new minutes as Re: with > quote of old minutes, carried-over status line, next Tuesday',
    )

build_5831()


def build_5832():
    date = 'Mon, 22 Jun 2026 19:50:33 +0800'
    frm = pa('包金山')
    to = [pa('白云飞', '白云飞'), pa('乌兰', '乌兰')]
    cc = [pa('Anna Holm'), BOT[NV]]
    s = '奶源质量沟通会纪要（6月22日）'
    text = '''白工、乌兰：

今天下午在3号牧场开的奶源质量沟通会，纪要如下：

1、牧场方（包金山）：6月30日前完成3号牧场挤奶设备清洗消毒流程整改。
2、诺维克品保部白工：下周四前到牧场现场复核整改情况。
3、诺维克采购（乌兰）：7月份收购价格调整方案，月底前回复。
4、双方：尽快建立每日检测数据共享机制。

下次沟通时间：2026年7月6日

包金山
草原牧业3号牧场
'''
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + '<br>'.join(esc(l) for l in text.split('\n')) + '</div>'
    part = multipart('alternative', '----=_Part_1186523_1830492127.1782129033660',
                     [text_part(text, 'plain', 'GBK', cte='base64'), text_part(html, 'html', 'GBK', cte='base64')])
    hdr = received('mx.' + NV, 'm16.mail.126.com', '220.181.12.163', frm[1], BOT[NV][1], plus_seconds(date, 2), '4FyB2k9QwRz9Nf') + [
        'Date: ' + date, 'From: ' + addr(*frm, label='GBK', quote=True), 'To: ' + addrlist(to, label='GBK', quote=True),
        'Cc: ' + addrlist(cc, label='GBK', quote=True), 'Subject: ' + subj(s, 'GBK'), 'X-Priority: 3',
        'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20250109(1ad41e9a) Copyright (c) 2002-2026 www.mailtech.cn 126com',
        'X-NTES-SC: AL_Qu2cA/6bv0Ep5SOYZ+kfm0sQh+47V8Wwufoh2IFRPp8',
        'Message-ID: <4e2b7f1c.6a92.19f0d3a8e51.Coremail.bjs_muchang@126.example.com>',
        'X-Coremail-Locale: zh_CN', 'X-CM-CTRLDATA: VdMZ0WZvb3Rlcl9odG09MjMzOjU2']
    case(5832, 'nv-ranch-supplier-126-webmail-gbk', 'minutes', assemble(hdr, part), [
        it(('ext', '包金山', P['包金山']['email']), '完成3号牧场挤奶设备清洗消毒流程整改', '2026-06-30', ('abs', '2026-06-30')),
        it('白云飞', '到牧场现场复核整改情况', '2026-07-02', ('next', 3)),
        it('乌兰', '回复7月份收购价格调整方案', '2026-06-30', ('monthend',)),
        it(('dept', None), '建立每日检测数据共享机制', None, None, None, ['vague_due']),
    ], {'date': '2026-07-06', 'time': None}, ('abs', '2026-07-06'),
        notes='Raw-milk supplier writing Chinese minutes from 126 webmail (GBK base64), sent Mon 2026-06-22 19:50, the first working day after Dragon Boat. '
              '1 牧场方（包金山）-> the sender (outsider, From address), 6月30日前. 2 诺维克品保部白工 = 白云飞, 下周四前 -> Thu 2026-07-02. '
              '3 诺维克采购（乌兰）-> 乌兰, 月底前 -> 2026-06-30. 4 双方 is no one person -> no_owner, department null, 尽快 -> vague_due. '
              '下次沟通时间：2026年7月6日 -> 2026-07-06, no time.',
        tests='outsider webmail minutes, person in brackets after a party, 双方 + 尽快, date-only next follow-up',
    )

build_5832()
# ============================================================================= other

def build_5833():
    date = 'Mon, 20 Apr 2026 14:05:47 +0800'
    frm = pa('段晓峰'); to = [pa('贺志刚')]; cc = [BOT[XS]]
    s = '请报送一季度技术工作总结'
    text = '''贺部长：

集团公司要求各矿报送一季度技术工作总结，麻烦您周五前发我一份，我汇总后报集团。
另外下周二的技术例会如果需要投影仪，请提前一天告诉我，我安排。

谢谢！
段晓峰
综合办公室
'''
    part = text_part(text, 'plain', 'UTF-8', cte='base64')
    mid = '3e8a1d5c.7f20.19daf4b2c19.Coremail.duanxiaofeng@' + XS
    hdr = received('mail.' + XS, 'duanxiaofeng-pc', '10.20.6.88', frm[1], BOT[XS][1], plus_seconds(date, 1), '4Fn9Jd2LsPz1Rc') + \
        coremail_hdrs(frm, to, cc, s, date, mid, label='UTF-8', codec='utf-8')
    case(5833, 'other-plain-request-coremail', 'other', assemble(hdr, part), notes=
         'A one-to-one request (报送一季度技术工作总结，周五前) with the bot in Cc out of habit, Coremail plain UTF-8 base64, Mon 2026-04-20. '
         'Not minutes: no meeting was held and recorded; a request with a deadline is not an action-item list. kind other, no items, no follow-up '
         '(下周二的技术例会 is a mention, not a next-meeting statement of minutes).',
         tests='plain request with a deadline and a meeting mention -> other')

build_5833()


def build_5834():
    date = 'Mon, 18 May 2026 02:05:09 +0000'
    frm = pa('乌兰', 'Wulan'); to = [pa('张敏', 'Minnie Zhang')]
    cc = [pa('Sophie Laurent'), pa('刘嘉宁', 'Jenny Liu'), pa('巴雅尔', 'Bayar'), BOT[NV]]
    s = 'RE: S&OP next week - Tue 19 May?'
    text = '''Hi Minnie,

Tuesday 10:00 clashes with the customer audit at the UHT plant. Could we move this week's S&OP to Thursday 21 May, 14:00 instead?
I'll send the updated June forecast before then.

Thanks,
Wulan

________________________________
From: Minnie Zhang <minnie.zhang@%s>
Sent: Friday, May 15, 2026 18:10
To: Wulan <wulan@%s>; Sophie Laurent <sophie.laurent@%s>; Jenny Liu <jenny.liu@%s>; Bayar <bayar@%s>
Cc: Minutes Bot <minutes@%s>
Subject: S&OP next week - Tue 19 May?

Hi all,

I'd like to hold next week's S&OP on Tue 19 May, 10:00 as usual. Any conflicts? Please reply by Monday noon.

Minnie
''' % ((NV,) * 6)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
            + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('________________________________')[0].split('\n'))
            + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('________________________________')[1].split('\n'))
            + '</div></body></html>')
    part = multipart('alternative', '_000_TYZPR06MB52749F8E7D6C5B4A3F2E1D0C9B8A7TYZPR06MB5274apcp_',
                     [text_part(text, 'plain', 'us-ascii', cte='quoted-printable'), text_part(html, 'html', 'us-ascii', cte='quoted-printable')])
    hdr = received('mx.' + NV, 'TYZPR06MB5274.apcprd06.prod.outlook.com', '40.107.255.91', frm[1], BOT[NV][1], 'Mon, 18 May 2026 10:05:13 +0800 (CST)', '4FrK7n1PwTz2Dq') + \
        owa_hdrs(frm, to, cc, s, date, 'TYZPR06MB52749F8E7D6C5B4A3F2E1D0C9B8A7@TYZPR06MB5274.apcprd06.prod.outlook.com',
                 extra=['In-Reply-To: <TYZPR06MB5274A1B2C3D4E5F60718293A4B5C6@TYZPR06MB5274.apcprd06.prod.outlook.com>',
                        'References: <TYZPR06MB5274A1B2C3D4E5F60718293A4B5C6@TYZPR06MB5274.apcprd06.prod.outlook.com>'])
    case(5834, 'other-meeting-reschedule-owa', 'other', assemble(hdr, part), notes=
         'OWA reply between people about when to hold a meeting (move S&OP from Tue 19 May 10:00 to Thu 21 May 14:00?), Date +0000 = Mon 2026-05-18 10:05 Shanghai. '
         'The bot was in Cc of the original invitation-style mail. It is a RE: but not a reply to any bot recap and carries no item command, so not kind reply; '
         'it records no meeting and no action items ("I\'ll send the updated June forecast" is a promise inside a scheduling chat), so not minutes. kind other, no follow-up: '
         'the new time is only proposed. AMBIGUOUS only in that a scheduler could read a proposal as a meeting time; the gold keeps next_followup null because this is not minutes.',
         tests='RE: scheduling discussion between people -> other, not reply, not minutes')

build_5834()


def build_5835():
    date = 'Tue, 30 Jun 2026 17:30:26 +0800'
    frm = pa('潘一鸣'); to = [('椰康全体员工', 'all@' + YK)]; cc = [BOT[YK]]
    s = '市场部6月工作简报'
    text = '''各位同事：

市场部6月工作简报如下，供大家了解。

一、本月回顾
1. 端午会员日（6月19日-21日）线上销售额同比增长41%，新增会员1.2万人。
2. 海口、三亚门店“健康小屋”免费测血压活动共服务3,860人次。
3. 小红书官方账号粉丝突破5万。

二、7月计划
1. 7月10日前上线“暑期健康季”活动页（技术部支持）。
2. 7月15日启动会员积分体系改版调研。
3. 7月下旬与医保局联合开展“医保政策进社区”宣传。

三、欢迎新同事
麦家乐（市场专员）已于6月加入市场部。

有任何建议欢迎直接找我。

潘一鸣
市场部
'''
    html = '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>' + paras_html(text, 'p') + '</body></html>'
    part = multipart('alternative', '------------Q1w8Zt0kV2bXn4Rm6Ls9Pc3E',
                     [text_part(text, 'plain', 'UTF-8', cte='8bit', params='; format=flowed'), text_part(html, 'html', 'UTF-8', cte='8bit')],
                     preamble='This is a multi-part message in MIME format.')
    hdr = received('mx.' + YK, '[192.168.31.50]', '112.66.201.9', frm[1], BOT[YK][1], plus_seconds(date, 1), '4Fz8Lm5QtKz3Vb') + [
        'Message-ID: <c9e4a1f7-2b83-4d56-9e0a-7f13b6d2c845@%s>' % YK, 'Date: ' + date, 'User-Agent: Mozilla Thunderbird',
        'Content-Language: zh-CN', 'To: ' + addrlist(to), 'Cc: ' + addrlist(cc), 'From: ' + addr(*frm), 'Subject: ' + subj(s)]
    case(5835, 'other-person-written-newsletter-thunderbird', 'other', assemble(hdr, part), notes=
         'A monthly department newsletter written and sent by a person (Thunderbird, 8bit UTF-8, to the all-staff address; no List-Id/Precedence, so not auto). '
         'It has dates and a 7月计划 list, but no meeting, no owners and no follow-up -> kind other, no items. AMBIGUOUS: the 计划 lines look like tasks; '
         'a careful assistant does not turn a newsletter\'s plans into tracked items.',
         tests='person-written newsletter with plans and dates -> other')

build_5835()

# ============================================================================= auto

def build_5836():
    date = 'Tue, 23 Jun 2026 17:14:06 +0800'
    frm = pa('陈思远'); to = [BOT[YK]]
    s = '自动回复：【纪要确认】处方药网售合规专题会纪要'
    text = '您好，我于6月23日至6月26日在广州参加医药信息化大会，期间回复可能不及时。\n紧急事项请联系黎明辉（liminghui@%s），6月29日起正常处理邮件。\n\n陈思远\n' % YK
    part = text_part(text, 'plain', 'UTF-8', cte='base64')
    hdr = received('mx.' + YK, 'va-2-38.ptr.blmpb.com', '209.127.231.38', '', BOT[YK][1], plus_seconds(date, 1), '4Fyj0q2TbNz4Hm') + [
        'Date: ' + date, 'From: ' + addr(*frm), 'To: ' + addrlist(to), 'Subject: ' + subj(s),
        'Message-Id: <autoreply.8c31f0a2d9b7.chensiyuan@%s>' % YK,
        'In-Reply-To: <recap.5822.20260623171300@%s>' % YK, 'References: <recap.5822.20260623171300@%s>' % YK,
        'Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'X-Mailer: Lark Mail', 'Content-Language: zh']
    case(5836, 'auto-ooo-feishu-autoreply', 'auto', assemble(hdr, part), notes=
         'Feishu/Lark out-of-office auto-reply to the bot\'s recap (Return-Path <>, Auto-Submitted: auto-replied, X-Autoreply: yes, subject 自动回复：). '
         'Body has dates and a person to contact -> still auto; never answered, no items.',
         tests='out-of-office with dates -> auto')

build_5836()


def build_5837():
    date = 'Tue, 12 May 2026 18:07:31 +0800'
    bad = 'n.papadakis@aegeanstar-shiping.example.gr'
    s = '退信：【纪要确认】H2316 - site visit 12 May - notes and action items'
    human = ('很抱歉您的邮件没有发送成功。\nYour message was not delivered.\n\n收件人：%s\n退信原因：收件人域名不存在（DNS查询失败）。\n'
             'Reason: Host or domain name not found. Name service error for name=aegeanstar-shiping.example.gr type=MX: Host not found\n\n'
             '原邮件主题：【纪要确认】H2316 - site visit 12 May - notes and action items\n发送时间：2026-05-12 18:07:25\n\n'
             '此为系统邮件，请勿直接回复。\n' % bad)
    p1 = text_part(human, 'plain', 'utf-8', cte='base64')
    ds = ('Reporting-MTA: dns; smtpbg.qq.com\nArrival-Date: Tue, 12 May 2026 18:07:25 +0800\n\n'
          'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.2\n'
          'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n name=aegeanstar-shiping.example.gr type=MX: Host not found, try again\n' % (bad, bad))
    p2 = (['Content-Type: message/delivery-status'], ds, None)
    orig = ('Return-Path: <minutes@%s>\nFrom: %s <minutes@%s>\nTo: Nikos Papadakis <%s>\n'
            'Subject: %s\n'
            'Date: Tue, 12 May 2026 18:07:24 +0800\nMessage-ID: <recap.5811.20260512180724@%s>\nAuto-Submitted: auto-generated\n' % (LG, enc_words('纪要助手'), LG, bad, enc_words('【纪要确认】H2316 - site visit 12 May - notes and action items'), LG))
    p3 = (['Content-Type: text/rfc822-headers', 'Content-Description: Undelivered Message Headers'], orig, None)
    part = multipart('report', 'C3A1F0B27D.1778580451/smtpbg.qq.com', [p1, p2, p3], preamble='This is a MIME-encapsulated message.',
                     params=' report-type=delivery-status;')
    hdr = received('mail.' + LG, 'smtpbg.qq.com', '129.226.100.47', '', BOT[LG][1], plus_seconds(date, 1), '4FqU0d3NmWz5Lx') + [
        'Date: ' + date, 'From: MAILER-DAEMON@smtpbg.qq.com (Mail Delivery System)', 'To: ' + BOT[LG][1],
        'Subject: ' + subj(s), 'Message-Id: <20260512100731.C3A1F0B27D@smtpbg.qq.com>', 'Auto-Submitted: auto-replied']
    case(5837, 'auto-dsn-bounce-exmail', 'auto', assemble(hdr, part), notes=
         'Tencent Exmail delivery-status notification (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) for the bot\'s recap of 5811 sent to a mistyped '
         'shipowner domain. Chinese/English human part with dates. kind auto, no items.',
         tests='DSN bounce -> auto')

build_5837()


def build_5838():
    date = 'Fri, 26 Jun 2026 11:05:42 +0800'
    s = '【腾讯会议】门店慢病会员运营周会 智能纪要已生成'
    text = '''您好，

您参加的会议「门店慢病会员运营周会」智能纪要已生成。

会议时间：2026/06/26 09:30-10:40
发起人：王倩

待办事项（3）
1. 整理门店慢病会员名单（王小蕾，6月30日）
2. 慢病复购提醒短信模板（麦家乐，下周三）
3. 药师随访话术培训（钱老师，待定）

查看完整纪要：https://meeting.tencent.example.com/ai-minutes/8f3a1c7e

此邮件由系统自动发送，请勿回复。
如不想再收到此类通知，可在“设置-通知”中关闭。
'''
    html = '<html><body><div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;color:#1c1f23">' + paras_html(text) + '</div></body></html>'
    part = multipart('alternative', '----=_Part_7781342_93851120.1782443142512',
                     [text_part(text, 'plain', 'UTF-8', cte='base64'), text_part(html, 'html', 'UTF-8', cte='base64')])
    hdr = received('mx.' + YK, 'mail-mail.tencent.example.com', '43.137.4.22', 'bounce+wm8f3a1c7e@meeting.tencent.example.com', BOT[YK][1], plus_seconds(date, 2), '4FzB3p6RcWz7Mn') + [
        'Date: ' + date, 'From: ' + addr('腾讯会议', 'noreply@meeting.tencent.example.com'), 'To: ' + BOT[YK][1],
        'Subject: ' + subj(s), 'Message-ID: <wemeet.aiminutes.8f3a1c7e.1782443142512@meeting.tencent.example.com>',
        'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
        'List-Unsubscribe: <https://meeting.tencent.example.com/unsubscribe?t=8f3a1c7e>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click']
    case(5838, 'auto-tencent-meeting-ai-notification', 'auto', assemble(hdr, part), notes=
         'Tencent Meeting\'s own notification mail (From noreply@, Auto-Submitted: auto-generated, List-Unsubscribe) sent to every participant, the bot\'s address included '
         'because the organizer invited it to the meeting. It lists the AI minutes\' 待办 with owners and dates, but no person wrote or sent it -> kind auto, no items. '
         'AMBIGUOUS: the 待办 look trackable; the team gets them tracked when a person forwards the AI minutes (as in 5818). The bot must not answer it.',
         tests='service notification carrying AI 待办 -> auto (no person wrote it)')

build_5838()
# ============================================================================= output and check

def gold_of(c):
    return {'kind': c['kind'],
            'items': [{k: v for k, v in i.items() if not k.startswith('_')} for i in c['items']],
            'next_followup': c['next'],
            'reply': None,
            'notes': c['notes']}


def fname(c):
    return '%d-%s' % (c['num'], c['slug'])


def summary_of(c):
    if c['kind'] != 'minutes':
        return 'no items'
    parts = []
    for i in c['items']:
        who = i['owner_name'] or ('(%s)' % i['department'] if i['department'] else '(none)')
        due = i['due_date'] or '-'
        if i['due_time']:
            due += ' ' + i['due_time']
        fl = ('[' + ','.join(i['flags']) + ']') if i['flags'] else ''
        parts.append('%s %s%s' % (who, due, fl))
    nx = c['next']
    nxs = ('next %s%s' % (nx['date'], ' ' + nx['time'] if nx['time'] else '')) if nx else 'no next'
    return '%d items: %s; %s' % (len(c['items']), '; '.join(parts), nxs)


README_HEAD = '''# heldout30: blind held-out set for minutebot (cases 5801-5838)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with Return-Path/Delivered-To/Received
added on delivery) and their gold answers (`NNNN-slug.json`, the corpus README's flat schema: `kind`, `items`
[`owner_name`, `owner_email`, `department`, `task`, `due_date`, `due_time`, `flags`], `next_followup`, `reply`,
`notes`). `roster.csv` lists the staff of the four organisations and the outsiders who write or own items.
Everything is written by `make_heldout30.py` (deterministic: no clock, no randomness):

    python3 make_heldout30.py            # (re)write the set into this folder
    python3 make_heldout30.py --check    # re-parse every .eml with email.policy.default (no defects, every
                                         # text part decodes) and recompute every gold date from the Date header

Needs `chinesecalendar` (working days, 2026 holidays and make-up days) and `python-docx` (one .docx attachment).

Counts: minutes 32, other 3, auto 3 (no replies in this set). Send dates 2026-04-02 .. 2026-07-02, including the
weeks around Qingming (04-04..04-06 off), Labour Day (05-01..05-05 off, make-up working day Sat 05-09) and Dragon
Boat (06-19..06-21 off). No 2027 date appears anywhere.

## Organisations

| org | what | domain | bot address | writers and clients |
| --- | --- | --- | --- | --- |
| 汾河能源集团西山煤业有限公司 (西山煤业) | state-owned coal mine, Taiyuan | `xishancoal.example.cn` | `jiyao@xishancoal.example.cn` (会议纪要助手) | formal 纪要 (一是/二是, （一）（二）, 责任单位/责任人/完成时限), Coremail web (GBK and UTF-8), Outlook 2016 gb2312, Foxmail gb2312/GBK, 网易邮箱大师 |
| 烟台蓝港船舶重工有限公司 (蓝港船舶) | private shipyard, Yantai | `languang-ship.example.cn` | `minutes@languang-ship.example.cn` (纪要助手) | Tencent Exmail web (gb18030), 企业微信 mail, Foxmail GBK, DingTalk/Alimail with 钉钉闪记 AI minutes, 网易邮箱大师 iOS, Outlook 365, Thunderbird 8bit; a Greek shipowner on Gmail |
| 海南椰康医药连锁有限公司 (椰康医药) | pharmacy chain with an O2O delivery app, Haikou | `yekang.example.cn` | `minutes@yekang.example.cn` (纪要助手) | Feishu/Lark mail (飞书妙记), 企业微信 mail (腾讯会议 AI 纪要, gb18030), Gmail Workspace (markdown checkboxes), iPhone Mail, Outlook for Mac, Apple Mail, Thunderbird; a delivery partner on 网易企业邮箱 (GBK) |
| Nordvik Dairy (Hohhot) Co., Ltd. 诺维克乳业 | Danish-invested dairy, Hohhot; English-speaking staff | `nordvikdairy.example.com` | `minutes@nordvikdairy.example.com` (Minutes Bot) | OWA/Microsoft 365 (+0000 Date), Outlook en/zh-CN, PDF attachment, Thunderbird, Apple Mail; HQ in Denmark on Gmail (+0200), a Taiwanese packaging supplier (Outlook zh-TW, Big5), a ranch on 126 webmail (GBK) |

Departments are recorded as the roster spells them (Nordvik's are English: Quality, Supply Chain, Production,
Finance, IT, HR, Engineering, Management). Outsiders (`.example.*` domains; personal webmail is written as
`…@126.example.com`) have an empty department and get `department: null` in the gold.

## Conventions applied beyond the corpus README (a scorer must know these)

'''

CONVENTIONS = [
    'One roster for four organisations; each organisation has its own bot address. Owners resolve within the sender\'s organisation first (e.g. 王经理 in 5824, a YK mail, is 王倩 from context and the To list, not LG\'s 王珂).',
    'The sender is the owner of items written with 我 / 我这边 / me / "(me)" / the sender\'s own name, title or English name (5806 常区长, 5808, 5816 林工, 5819 @Simon, 5820, 5830).',
    '节前 / 端午节前 / "before the Dragon Boat holiday" = the last working day before that holiday block (dates-eval.md §1: 国庆节前 → last workday before it).',
    'X下班前 (周五下班前, 今天下班前) and EOD / "EOD Wed" give the date with due_time null, like 今天下班前 in the corpus README.',
    '"下周X同一时间" for the next meeting takes the time from the minutes\' own meeting-time line, not the send time (5809).',
    'A next meeting stated in another time zone is converted to Asia/Shanghai (5830 "10:00 CEST (16:00 Beijing)" → 16:00; 5827 台北時間 = UTC+8). A next meeting split over two lines (day, then time) is one follow-up (5813).',
    'When a tracking table has several 下次沟通时间 cells and only one is a date (the other 待定), next_followup is that date (5810).',
    '截止时间：未明确 / "(no date set)" / "once received" / a conditional sub-task (若无法调整…) have no deadline → flag no_due, not vague_due; 待定 / TBD / TBC / ASAP / 尽快 / 近期 → vague_due.',
    'A team or party that is not one of the organisation\'s departments (Shipyard (TBD), @ops-team, 双方) → owner null, no_owner, department null. A department of ours (技术部, 涂装车间, Finance) keeps its name in department.',
    '跨部门协作事项跟踪表: the owner is 责任人（发起方）; 责任人（协作方）is the supporting person (配合) and never an owner (5821, AMBIGUOUS, noted).',
    '"A & B" / "Minnie & Wulan" with one task → two items with the same task text (prompt rule), in the order written.',
    'AI minutes (飞书妙记, 钉钉闪记, 腾讯会议 AI 纪要) pasted or forwarded by a person are minutes and only their 待办 section gives items. The meeting service\'s own notification mail (From noreply@, Auto-Submitted) is kind auto even though it lists 待办 (5838).',
    'Forwarded minutes: items come from the forwarded minutes; the forwarder\'s preface is never an item and does not alter dates (5803). All relative dates in forwarded text were avoided so the forward and original dates agree.',
    'New minutes sent as "Re:" in the thread of older minutes (with the old minutes quoted) are kind minutes for the new meeting; quoted old items and "carried over (status only)" lines are not re-extracted (5804, 5831).',
    'Minutes carried only in an attachment (.docx in 5805, PDF in 5826) are graded on what a human reading the attachment records; the cover note has no items.',
    'Task text stays in the language of the minutes (English tasks in English, Big5 traditional text in traditional characters); scorers match loosely. Traditional-character names map to the roster through aliases (白雲飛 = 白云飞, 張經理 = 张敏).',
    'A 5个工作日内 / within 3 working days count includes the Labour Day make-up Saturday 2026-05-09 (5815 → 05-11, 5826 → 05-11).',
    'Explicit dates that fall on a holiday or weekend are kept as written (5801 4月6日前 → 2026-04-06; 5816 本月底 → Sun 05-31).',
]


def write_all(out):
    os.makedirs(out, exist_ok=True)
    for c in CASES:
        with open(os.path.join(out, fname(c) + '.eml'), 'wb') as f:
            f.write(c['eml'])
        with open(os.path.join(out, fname(c) + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write('\n')
    write_roster(os.path.join(out, 'roster.csv'))
    lines = [README_HEAD]
    for x in CONVENTIONS:
        lines.append('- ' + x + '\n')
    lines.append('''
Everything else follows the corpus README and SPEC §5 unchanged: X前 = due on X; bare weekday = this week's if not past,
else next week's; 下周X = next calendar week; N个工作日内 counted from the day after sending with chinesecalendar;
月底 = last day of the month; 节后第一个工作日 = first working day after the block; 牵头/主责 own, 配合/协办 never;
a person in brackets after a unit owns; done/已完成/已关闭/Closed/[x] rows, decisions, rules, facts, remarks and
quoted old minutes are not items; next_followup only from minutes; reply is null throughout (no replies here).

## Clients, charsets and transfer encodings

- Charsets: UTF-8, GBK, gb2312 label (bodies encoded with the GBK codec; only GB2312 characters are used), gb18030 (Exmail/企业微信), Big5 (5827), us-ascii.
- Transfer encodings: base64, quoted-printable, 8bit (5816, 5835), 7bit (5828, 5830 plain).
- Structures: text/plain only (5806, 5813, 5820, 5828, 5831, 5833, 5836), text/html only (5807, 5821),
  multipart/alternative (most), multipart/mixed with .docx (5805) or PDF (5826), multipart/report DSN (5837).
- Line ends: CRLF for the Outlook/Exchange desktop cases (5802, 5805, 5815, 5826, 5827, 5829), LF elsewhere.
- Non-+0800 Date headers: 5811 (+0300), 5825 and 5834 (+0000), 5830 (+0200).
- Header encodings: RFC 2047 B-words in the body charset (GBK, gb2312, gb18030, big5, UTF-8); the .docx filename is an RFC 2047 word inside a quoted parameter as Outlook writes it; the PDF filename is ASCII.
- Client fingerprints (X-Mailer/User-Agent, Message-ID shape, boundary style, quote headers) imitate: Coremail XT5 web, Outlook 16 (Windows, zh-CN/en-US/zh-TW), Outlook for Mac, OWA/M365,
  Foxmail 7.2, Tencent Exmail web, WeCom (WXWork), DingTalk/Alimail, Feishu/Lark, 网易邮箱大师 Android/iOS, 126 webmail, 网易企业邮箱, Gmail/Google Workspace, iPhone Mail, Apple Mail, Thunderbird.

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
''')
    for c in CASES:
        lines.append('| %s | %s | %s | %s |\n' % (fname(c), c['kind'], summary_of(c).replace('|', '/'), c['tests'].replace('|', '/')))
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(''.join(lines))


CODEC_FALLBACK = {'gb2312': 'gbk'}


def check(out):
    from email import policy
    from email.parser import BytesParser
    errors = []
    byn = {c['num']: c for c in CASES}
    files = sorted(x for x in os.listdir(out) if x.endswith('.eml'))
    kinds = {}
    if len(files) != len(CASES):
        errors.append('expected %d .eml files, found %d' % (len(CASES), len(files)))
    for fn in files:
        num = int(fn.split('-')[0])
        c = byn[num]
        raw = open(os.path.join(out, fn), 'rb').read()
        if raw != c['eml']:
            errors.append('%s: bytes differ from the generator (re-run without --check)' % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append('%s: defects %r in %s' % (fn, part.defects, part.get_content_type()))
            if part.get_content_maintype() == 'text':
                cs = (part.get_content_charset() or 'us-ascii').lower()
                data = part.get_payload(decode=True)
                try:
                    data.decode(CODEC_FALLBACK.get(cs, cs))
                except Exception as e:
                    errors.append('%s: %s part does not decode as %s: %s' % (fn, part.get_content_type(), cs, e))
                try:
                    part.get_content()
                except Exception as e:
                    errors.append('%s: get_content failed: %s' % (fn, e))
            fnm = part.get_filename()
            if fnm and fnm.endswith('.docx'):
                import docx
                d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
                if not any('议定事项' in cell.text for t in d.tables for row in t.rows for cell in row.cells):
                    errors.append('%s: docx table missing' % fn)
            if fnm and fnm.endswith('.pdf') and not part.get_payload(decode=True).startswith(b'%PDF-1.4'):
                errors.append('%s: bad pdf' % fn)
        for h in ('Date', 'From', 'Message-ID', 'Return-Path', 'Delivered-To', 'Received'):
            if msg[h] is None:
                errors.append('%s: missing %s' % (fn, h))
        sent = parsedate_to_datetime(msg['Date']).astimezone(SH)
        if sent.year != 2026:
            errors.append('%s: not 2026' % fn)
        gold = json.load(open(os.path.join(out, fn[:-4] + '.json'), encoding='utf-8'))
        if gold != json.loads(json.dumps(gold_of(c), ensure_ascii=False)):
            errors.append('%s: json differs from the generator' % fn)
        if set(gold) != {'kind', 'items', 'next_followup', 'reply', 'notes'}:
            errors.append('%s: gold keys %s' % (fn, sorted(gold)))
        kinds[gold['kind']] = kinds.get(gold['kind'], 0) + 1
        if gold['kind'] != 'minutes' and (gold['items'] or gold['next_followup']):
            errors.append('%s: non-minutes with items/follow-up' % fn)
        for gi, ci in zip(gold['items'], c['items']):
            if set(gi) != {'owner_name', 'owner_email', 'department', 'task', 'due_date', 'due_time', 'flags'}:
                errors.append('%s: item keys' % fn)
            rule = ci['_rule']
            if rule is None:
                if gi['due_date'] is not None or not ({'vague_due', 'no_due'} & set(gi['flags'])):
                    errors.append('%s: undated item inconsistent: %s' % (fn, gi['task']))
                continue
            d, t = resolve(rule, sent)
            if d.isoformat() != gi['due_date']:
                errors.append('%s: %s due %s, recomputed %s from %s' % (fn, gi['task'], gi['due_date'], d, sent))
            if t is not None and t != gi['due_time']:
                errors.append('%s: %s time %s, recomputed %s' % (fn, gi['task'], gi['due_time'], t))
            if d.year != 2026:
                errors.append('%s: date outside 2026' % fn)
            if gi['owner_email'] and gi['owner_email'] not in raw.decode('latin-1') and gi['owner_name'] not in P:
                errors.append('%s: owner email not resolvable' % fn)
        if gold['next_followup']:
            d, t = resolve(c['next_rule'], sent)
            if d.isoformat() != gold['next_followup']['date']:
                errors.append('%s: next %s, recomputed %s' % (fn, gold['next_followup']['date'], d))
    for e in errors:
        print('ERROR', e)
    print('%d messages checked; kinds %s; %d errors' % (len(files), kinds, len(errors)))
    return not errors


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '--check']
    out = args[0] if args else HERE
    if '--check' in sys.argv:
        sys.exit(0 if check(out) else 1)
    os.makedirs(out, exist_ok=True)        # (added when the set joined the tests: write, then check what was written)
    write_all(out)
    print('wrote %d cases to %s' % (len(CASES), out))
    sys.exit(0 if check(out) else 1)
