#!/usr/bin/env python3
"""make_heldout45.py - blind held-out set "heldout45" for minutebot (cases 7301-7338).

Usage:
  python make_heldout45.py [OUTDIR]          write every case (.eml + .json), roster.csv and README.md
  python make_heldout45.py --check [DIR]     re-parse every .eml with email.policy.default (no defects, every
                                             text part decodes strictly with its declared charset), recompute
                                             every gold date from the message's own Date header (Asia/Shanghai,
                                             chinesecalendar), and compare with what is on disk (bytes and gold)

Deterministic: no clock, no randomness. Needs chinesecalendar, python-docx, reportlab, pypdf
(all in /work/blind/venv).
"""
import base64
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.policy import default as POLICY_DEFAULT
from email.utils import parsedate_to_datetime
from html import escape as _esc

import chinese_calendar as cc

CST = dt.timezone(dt.timedelta(hours=8))
YEAR = 2026
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- charsets and encodings
CODEC = {'utf-8': 'utf-8', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}


def codec_of(cs):
    return CODEC[cs.lower()]


def enc_strict(s, cs):
    """Encode as the writer's client does (Windows writes gb2312 labels with the cp936/GBK table, so U+2014 is A1AA),
    then prove the bytes decode strictly with the declared charset (no GBK-only characters under a gb2312 label)."""
    codec = 'gbk' if cs.lower() == 'gb2312' else codec_of(cs)
    b = s.encode(codec)
    b.decode(codec_of(cs))
    return b


def ew(s, cs='utf-8', enc='B', maxbytes=45):
    """RFC 2047 encoded words for s, split between characters, joined by folding whitespace."""
    codec = codec_of(cs)
    chunks, cur = [], ''
    for ch in s:
        if cur and len(enc_strict(cur + ch, cs)) > maxbytes:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        b = enc_strict(c, cs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in '!*+-/' else
                        ('_' if x == 32 else '=%02X' % x) for x in b)
            out.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def addr(name, email, cs='utf-8', enc='B', quote=False):
    if not name:
        return '<%s>' % email if quote else email
    if is_ascii(name):
        if quote or re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc), email)


def addrs(people, cs='utf-8', enc='B', quote=False, sep=',\n '):
    return sep.join(addr(n, e, cs, enc, quote) for n, e in people)


def subj(s, cs='utf-8', enc='B'):
    return s if is_ascii(s) else ew(s, cs, enc)


def b64lines(b, width=76):
    s = base64.b64encode(b).decode()
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def qp_encode(b, width=76):
    """Quoted-printable body encoding; line breaks (LF or CRLF) become hard breaks."""
    text = b.replace(b'\r\n', b'\n')
    out_lines = []
    for raw in text.split(b'\n'):
        toks = []
        for i, x in enumerate(raw):
            c = chr(x)
            if x == 61 or x > 126 or (x < 32 and x != 9):
                toks.append('=%02X' % x)
            elif (x in (9, 32)) and i == len(raw) - 1:
                toks.append('=%02X' % x)
            else:
                toks.append(c)
        line = ''
        for t in toks:
            if len(line) + len(t) > width - 1:
                out_lines.append(line + '=')
                line = ''
            line += t
        out_lines.append(line)
    return '\n'.join(out_lines)


def text_part(text, sub='plain', cs='utf-8', cte='base64', crlf=True, flowed=False, delsp=False,
              quote_cs=True, extra_ct=''):
    data = text.replace('\r\n', '\n')
    if crlf and cte in ('base64', 'quoted-printable'):
        data = data.replace('\n', '\r\n')
    b = enc_strict(data, cs)
    p = Message()
    ct = 'text/%s; charset=%s' % (sub, ('"%s"' % cs) if quote_cs else cs)
    if flowed:
        ct += '; format=flowed'
        if delsp:
            ct += '; delsp=yes'
    ct += extra_ct
    p['Content-Type'] = ct
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p.set_payload(b64lines(b))
    elif cte == 'quoted-printable':
        p.set_payload(qp_encode(b) + ('\n' if not data.endswith('\n') else ''))
    else:
        p.set_payload(b.decode('ascii', 'surrogateescape'))
    return p


def binary_part(data, ctype, filename, cs='utf-8', style='2047', disposition='attachment', extra=None):
    p = Message()
    if is_ascii(filename):
        fn_ct = 'name="%s"' % filename
        fn_cd = 'filename="%s"' % filename
    else:  # RFC 2231 (RFC 2047 inside quoted parameters is common but is a defect for email.policy.default)
        from urllib.parse import quote
        w = quote(filename.encode('utf-8'), safe='')
        fn_ct = "name*=UTF-8''%s" % w
        fn_cd = "filename*=UTF-8''%s" % w
    p['Content-Type'] = '%s;\n\t%s' % (ctype, fn_ct)
    if extra:
        for k, v in extra:
            p[k] = v
    p['Content-Transfer-Encoding'] = 'base64'
    p['Content-Disposition'] = '%s;\n\t%s' % (disposition, fn_cd)
    p.set_payload(b64lines(data))
    return p


def multipart(sub, parts, boundary, preamble=None, extra_ct=''):
    m = Message()
    m['Content-Type'] = 'multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, extra_ct)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    m.epilogue = ''
    return m


CONTENT_HDRS = ('Content-Type', 'Content-Transfer-Encoding', 'Content-Disposition', 'Content-ID',
                'Content-Language')


def assemble(headers, body):
    """headers: list of (name, value); ('*MIME*', None) marks where MIME-Version and the body's content
    headers go (defaults to the end). Returns the top-level Message."""
    content = [(k, v) for k, v in body.items() if k in CONTENT_HDRS]
    for k in CONTENT_HDRS:
        del body[k]
    if not any(k == '*MIME*' or k.lower() == 'mime-version' for k, _ in headers):
        headers = list(headers) + [('*MIME*', None)]
    for k, v in headers:
        if k == '*MIME*':
            body['MIME-Version'] = '1.0'
            for ck, cv in content:
                body[ck] = cv
        elif k == '*CONTENT*':        # content headers without MIME-Version (already given)
            for ck, cv in content:
                body[ck] = cv
        else:
            body[k] = v
    return body


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(max_line_length=0, linesep='\n')).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- dates
WDAY = {'Mon': 0, 'Tue': 1, 'Wed': 2, 'Thu': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(s, pad=False, dow=True):
    """'2026-04-02 16:42:07 +0800' -> 'Thu, 2 Apr 2026 16:42:07 +0800'."""
    d, t, z = s.split()
    y, mo, da = map(int, d.split('-'))
    wd = list(WDAY)[dt.date(y, mo, da).weekday()]
    day = ('%02d' % da) if pad else str(da)
    return ('%s, ' % wd if dow else '') + '%s %s %d %s %s' % (day, MON[mo - 1], y, t, z)


def sent_cst(date_header):
    return parsedate_to_datetime(date_header).astimezone(CST)


def _holiday_name(d):
    on, name = cc.get_holiday_detail(d)
    return name if on else None


def resolve(spec, sent):
    """Resolve a due/next spec against the send instant (aware, CST). Returns (date, 'HH:MM' or None)."""
    d0 = sent.date()
    k = spec[0]
    if k == 'abs':
        return dt.date(YEAR, spec[1], spec[2]), None
    if k == 'today':
        return d0, None
    if k == 'plus':                      # 明天 = ('plus', 1), 后天 = ('plus', 2)
        return d0 + dt.timedelta(days=spec[1]), None
    if k == 'wd':                        # bare weekday: this week's if not yet past, else next week's
        t = WDAY[spec[1]]
        return d0 + dt.timedelta(days=(t - d0.weekday()) % 7), None
    if k == 'this':                      # 本周X
        return d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=WDAY[spec[1]]), None
    if k == 'next':                      # 下周X / next X: the following calendar week (weeks start Monday)
        return d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7 + WDAY[spec[1]]), None
    if k == 'workdays':                  # N个工作日内: counted from the day after sending
        d, c = d0, 0
        while c < spec[1]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                c += 1
        return d, None
    if k == 'month_end':
        m = spec[1] if len(spec) > 1 else d0.month
        nxt = dt.date(YEAR + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1), None
    if k in ('after_hol', 'before_hol'):
        d = d0
        for _ in range(120):
            if _holiday_name(d) == spec[1]:
                break
            d += dt.timedelta(days=1)
        else:
            raise ValueError('holiday %s not found after %s' % (spec[1], d0))
        if k == 'after_hol':
            while not cc.is_workday(d):
                d += dt.timedelta(days=1)
        else:
            d -= dt.timedelta(days=1)
            while not cc.is_workday(d):
                d -= dt.timedelta(days=1)
        return d, None
    if k == 'hours':
        t = sent + dt.timedelta(hours=spec[1])
        return t.date(), t.strftime('%H:%M')
    raise ValueError(spec)


# ---------------------------------------------------------------- organisations and roster
A_DOM = 'ylgwjx.example.cn'        # 广西桂网输变电检修有限公司玉林分公司 (SOE)
B_DOM = 'chaxiaoman.example.cn'    # 娄底茶小满餐饮连锁管理有限公司 (bubble-tea franchise chain)
C_DOM = 'boyuanpx.example.cn'      # 石家庄博远职业技能培训学校 (private vocational-training school)
D_DOM = 'vandijk-sg.example.cn'    # 范戴克温室科技（寿光）有限公司 / Van Dijk Greenhouse Technology (Shouguang)
NL_DOM = 'vandijk.example.nl'      # Van Dijk Kassenbouw B.V., Naaldwijk (Dutch parent)
TW_DOM = 'kuanghe-glass.example.com.tw'  # 光禾鍍膜玻璃股份有限公司, Taichung (D's glass supplier)
CL_DOM = 'chelian-auto.example.cn'  # 河北车联汽车服务有限公司 (C's employer partner)

BOT = {
    'A': ('会议纪要助手', 'minutes@' + A_DOM),
    'B': ('纪要机器人', 'minutes@' + B_DOM),
    'C': ('纪要助手', 'minutes@' + C_DOM),
    'D': ('Minutes Bot', 'minutes@' + D_DOM),
}

# name, local part / full address, department, manager (name), aliases
_R = [
    # A - SOE grid maintenance branch, Yulin (Guangxi)
    ('蒙建华', 'mengjianhua@' + A_DOM, '公司领导', None, '蒙总;蒙总经理'),
    ('黎志强', 'lizhiqiang@' + A_DOM, '公司领导', '蒙建华', '黎总;黎副总'),
    ('覃海燕', 'qinhaiyan@' + A_DOM, '综合办公室', '蒙建华', '覃主任'),
    ('邓晓婷', 'dengxiaoting@' + A_DOM, '综合办公室', '覃海燕', '小邓'),
    ('梁文斌', 'liangwenbin@' + A_DOM, '生产技术部', '黎志强', '梁主任'),
    ('庞国栋', 'pangguodong@' + A_DOM, '生产技术部', '梁文斌', '庞工'),
    ('陆春梅', 'luchunmei@' + A_DOM, '安全监察部', '蒙建华', '陆主任'),
    ('黄振宇', 'huangzhenyu@' + A_DOM, '输电运检中心', '黎志强', '黄主任'),
    ('莫少锋', 'moshaofeng@' + A_DOM, '输电运检中心', '黄振宇', '莫班长;阿锋'),
    ('覃永明', 'qinyongming@' + A_DOM, '输电运检中心', '莫少锋', '阿明'),
    ('韦海波', 'weihaibo@' + A_DOM, '输电运检中心', '莫少锋', '小韦'),
    ('甘立新', 'ganlixin@' + A_DOM, '变电检修中心', '黎志强', '甘主任'),
    ('钟伟', 'zhongwei@' + A_DOM, '变电检修中心', '甘立新', '钟工'),
    ('卢永康', 'luyongkang@' + A_DOM, '物资部', '蒙建华', '卢主任'),
    ('韦志远', 'weizhiyuan@' + A_DOM, '物资部', '卢永康', '韦主管;仓储主管'),
    ('谢丽娟', 'xielijuan@' + A_DOM, '党建工作部', '蒙建华', '谢主任'),
    # B - bubble-tea franchise chain, Loudi (Hunan)
    ('曾志鹏', 'zengzhipeng@' + B_DOM, '总经办', None, '曾总;Eric Zeng'),
    ('段琪', 'duanqi@' + B_DOM, '总经办', '曾志鹏', '小段;琪琪'),
    ('刘晓芸', 'liuxiaoyun@' + B_DOM, '门店运营部', '曾志鹏', '刘经理;晓芸'),
    ('罗俊杰', 'luojunjie@' + B_DOM, '门店运营部', '刘晓芸', '罗督导;阿杰;罗哥'),
    ('龙慧', 'longhui@' + B_DOM, '门店运营部', '罗俊杰', '龙店长'),
    ('曹亮', 'caoliang@' + B_DOM, '门店运营部', '罗俊杰', '曹店长'),
    ('彭浩', 'penghao@' + B_DOM, '加盟发展部', '曾志鹏', '彭经理;浩哥'),
    ('谭佳', 'tanjia@' + B_DOM, '供应链部', '曾志鹏', '谭经理'),
    ('申文', 'shenwen@' + B_DOM, '供应链部', '谭佳', '小申'),
    ('肖雨婷', 'xiaoyuting@' + B_DOM, '产品研发部', '曾志鹏', '肖主管;研发主管'),
    ('贺军', 'hejun@' + B_DOM, '信息技术部', '曾志鹏', '贺工'),
    ('邹敏', 'zoumin@' + B_DOM, '品牌市场部', '曾志鹏', '邹经理'),
    ('颜春华', 'yanchunhua@' + B_DOM, '财务部', '曾志鹏', '颜经理'),
    ('阳丽', 'yangli@' + B_DOM, '财务部', '颜春华', '阳会计'),
    # C - private vocational-training school, Shijiazhuang (Hebei)
    ('张国华', 'zhangguohua@' + C_DOM, '校董会', None, '张总;张董'),
    ('赵建民', 'zhaojianmin@' + C_DOM, '校长办公室', '张国华', '赵校长;赵校'),
    ('武丽', 'wuli@' + C_DOM, '校长办公室', '赵建民', '武主任'),
    ('钱蕾', 'qianlei@' + C_DOM, '教务处', '赵建民', '钱老师;钱主任'),
    ('高婷', 'gaoting@' + C_DOM, '教务处', '钱蕾', '小高;高老师'),
    ('韩雪', 'hanxue@' + C_DOM, '教务处', '钱蕾', '韩老师'),
    ('孙立国', 'sunliguo@' + C_DOM, '招生办', '赵建民', '孙主任'),
    ('杜鹏', 'dupeng@' + C_DOM, '招生办', '孙立国', '杜老师;小杜'),
    ('王振', 'wangzhen@' + C_DOM, '实训中心', '赵建民', '王工'),
    ('郝建', 'haojian@' + C_DOM, '就业指导中心', '赵建民', '郝主任;郝老师'),
    ('冯晓东', 'fengxiaodong@' + C_DOM, '学生管理处', '赵建民', '冯主任;冯老师'),
    ('李红霞', 'lihongxia@' + C_DOM, '财务室', '赵建民', '李会计;红霞'),
    # D - Dutch-owned greenhouse-equipment plant, Shouguang (Shandong); departments in English
    ('Pieter de Vries', 'pieter.devries@' + D_DOM, 'Management', None, 'Pieter;PdV;de Vries'),
    ('Sanne Bakker', 'sanne.bakker@' + D_DOM, 'Engineering', 'Pieter de Vries', 'Sanne'),
    ('Joris Visser', 'joris.visser@' + D_DOM, 'Quality', 'Pieter de Vries', 'Joris'),
    ('王海涛', 'wanghaitao@' + D_DOM, 'Production', 'Pieter de Vries', 'Tony Wang;Tony;王经理;海涛'),
    ('姜波', 'jiangbo@' + D_DOM, 'Production', '王海涛', '姜班长;Jiang Bo'),
    ('刘静', 'liujing@' + D_DOM, 'Supply Chain', 'Pieter de Vries', 'Jenny Liu;Jenny;劉靜;劉經理;静姐'),
    ('张磊', 'zhanglei@' + D_DOM, 'Engineering', 'Sanne Bakker', 'Leo Zhang;Leo;张工'),
    ('孙悦', 'sunyue@' + D_DOM, 'Sales', 'Pieter de Vries', 'Sunny Sun;Sunny'),
    ('于洪波', 'yuhongbo@' + D_DOM, 'Projects', 'Pieter de Vries', 'Bob Yu;Bob;于经理;于經理'),
    ('田甜', 'tiantian@' + D_DOM, 'HR & Admin', 'Pieter de Vries', 'Tina Tian;Tina'),
    ('周凯', 'zhoukai@' + D_DOM, 'Finance', 'Pieter de Vries', 'Kevin Zhou;Kevin'),
    # outsiders who write or own items (department empty: not one of the organisations' departments)
    ('Maarten Jansen', 'maarten.jansen@' + NL_DOM, '', None, 'Maarten'),
    ('Eva Mulder', 'eva.mulder@' + NL_DOM, '', None, 'Eva'),
    ('林志明', 'lin.zm@' + TW_DOM, '', None, 'Jimmy Lin;林經理'),
    ('陳怡君', 'chen.yj@' + TW_DOM, '', None, '陈怡君;Yvonne Chen'),
    ('马丽娜', 'malina@' + CL_DOM, '', None, '马经理;Ma Lina'),
]
ROSTER = {r[0]: dict(name=r[0], email=r[1], department=r[2] or None, manager=r[3], aliases=r[4]) for r in _R}
assert len(ROSTER) == len(_R)


def P(name, shown=None):
    """(display name, address) of a roster person; shown overrides the display name."""
    return (shown if shown is not None else name, ROSTER[name]['email'])


def write_roster(path):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for r in _R:
            mgr = ROSTER[r[3]]['email'] if r[3] else ''
            w.writerow([r[0], r[1], r[2], mgr, r[4]])


# ---------------------------------------------------------------- gold
def I(owner, task, due=None, exp=None, time=None, vague=False, dept=None, exp_time=None):
    """One expected item. owner: roster name or None. due: a resolve() spec or None. exp: the date worked
    out by hand ('YYYY-MM-DD'), checked against the computed one. vague: a deadline word without a date."""
    return dict(owner=owner, task=task, due=due, exp=exp, time=time, vague=vague, dept=dept, exp_time=exp_time)


def gold_item(it, sent):
    flags = []
    if it['owner'] is None:
        flags.append('no_owner')
        name = email = None
        dept = it['dept']
    else:
        r = ROSTER[it['owner']]
        name, email, dept = r['name'], r['email'], r['department']
    due_date = due_time = None
    if it['due'] is not None:
        d, t = resolve(it['due'], sent)
        due_date = d.isoformat()
        due_time = it['time'] or t
        if due_date != it['exp']:
            raise AssertionError('due %s computed %s, hand %s (%s)' % (it['due'], due_date, it['exp'], it['task']))
        if it['exp_time'] is not None and due_time != it['exp_time']:
            raise AssertionError('due time %s vs %s (%s)' % (due_time, it['exp_time'], it['task']))
    else:
        assert it['exp'] is None
        flags.append('vague_due' if it['vague'] else 'no_due')
    return dict(owner_name=name, owner_email=email, department=dept, task=it['task'],
                due_date=due_date, due_time=due_time, flags=flags)


def gold_next(nx, sent):
    if nx is None:
        return None
    spec, time, exp = nx
    d, t = resolve(spec, sent)
    if d.isoformat() != exp:
        raise AssertionError('next %s computed %s, hand %s' % (spec, d, exp))
    return dict(date=d.isoformat(), time=time or t)


# ---------------------------------------------------------------- case registry
CASES = []


def case(num, slug, kind, org, tests):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, org=org, tests=tests, fn=fn))
        return fn
    return deco


def trace(hdrs_date, envelope_from, rcpt, by, frm, qid, delay=3, with_='ESMTPS', extra=()):
    """Return-Path / Delivered-To / Received added by the receiving server (times in +0800)."""
    t = sent_cst(hdrs_date) + dt.timedelta(seconds=delay)
    when = rfcdate(t.strftime('%Y-%m-%d %H:%M:%S +0800')) + ' (CST)'
    h = [('Return-Path', '<%s>' % envelope_from), ('Delivered-To', rcpt)]
    h.append(('Received', 'from %s\n\tby %s with %s id %s\n\tfor <%s>; %s' % (frm, by, with_, qid, rcpt, when)))
    h.extend(extra)
    return h


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return _esc(s, quote=False)


def outlook_html(inner, cs, font='等线', lang='ZH-CN'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
            '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:%s;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:%s;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, font, font, font, font, lang, inner)


def mso_paras(text):
    out = []
    for line in text.split('\n'):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line).replace('\t', '&nbsp;&nbsp;&nbsp; '))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def div_paras(text, tag='div'):
    out = []
    for line in text.split('\n'):
        out.append('<%s>%s</%s>' % (tag, esc(line) if line.strip() else '<br>', tag))
    return '\n'.join(out)


def br_text(text):
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


def html_table(rows, border=True, cell_style='', header_bold=True, table_attr=''):
    out = ['<table %s%s>' % ('border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"' if border else '', table_attr)]
    for i, r in enumerate(rows):
        cells = []
        for c in r:
            txt = esc(c) if c else '&nbsp;'
            if i == 0 and header_bold:
                txt = '<b>%s</b>' % txt
            cells.append('<td%s>%s</td>' % (' style="%s"' % cell_style if cell_style else '', txt))
        out.append('<tr>%s</tr>' % ''.join(cells))
    out.append('</table>')
    return '\n'.join(out)


def tsv(rows):
    return '\n'.join('\t'.join(r) for r in rows)


def finish(trace_hdrs, hdrs, body):
    return to_bytes(assemble(list(trace_hdrs) + list(hdrs), body))


def outlook_alt(text, cs, bnd, html_inner=None, cte='base64', font='等线', lang='ZH-CN'):
    inner = html_inner if html_inner is not None else mso_paras(text)
    return multipart('alternative', [text_part(text, 'plain', cs, cte), text_part(outlook_html(inner, cs, font, lang), 'html', cs, cte)],
                     bnd, preamble=None)


def outlook_hdrs(frm, to, cc, subject, date, mid, cs, extra_after=(), thread_index=None, lang='zh-cn', xmailer='Microsoft Outlook 16.0',
                 reply=None):
    h = [('From', addr(*frm, cs=cs)), ('To', addrs(to, cs))]
    if cc:
        h.append(('Cc', addrs(cc, cs)))
    h += [('Subject', subj(subject, cs)), ('Date', date), ('Message-ID', mid)]
    if reply:
        h += [('In-Reply-To', reply[0]), ('References', reply[1])]
    h += [('*MIME*', None), ('X-Mailer', xmailer)]
    if thread_index:
        h.append(('Thread-Index', thread_index))
    h.append(('Content-Language', lang))
    h.extend(extra_after)
    return h


# ================================================================ A: 广西桂网输变电检修有限公司玉林分公司 (SOE)
A_MX = 'mx.%s (Coremail)' % A_DOM


def a_trace(date, sender, qid, frm='[10.45.12.%d]', ip=31, delay=2):
    return trace(date, sender, BOT['A'][1], A_MX, 'PC-%s (unknown %s)' % (sender.split('@')[0].upper(), frm % ip), qid,
                 delay=delay, with_='SMTP')


@case(7301, 'soe-safety-meeting-labels-qingming', 'minutes', 'A',
      'Outlook zh-CN gb2312 base64 SOE notice: （一）（二） items with 责任单位/责任人/完成时限 labels; unit with person in brackets '
      '(物资部（仓储主管韦志远）); unit-only item; 节后第一个工作日 after Qingming; standing rule and 另行通知 not items/next')
def c7301():
    date = rfcdate('2026-04-02 16:42:07 +0800')
    text = """各部门、各中心：

现将4月2日安全生产例会纪要印发给你们，请认真抓好落实。

玉林分公司安全生产例会纪要
（2026年第13期）

时间：2026年4月2日（星期四）14:30—16:00
地点：分公司三楼会议室
主持：黎志强
参加：梁文斌、陆春梅、黄振宇、甘立新、卢永康、韦志远、覃海燕
记录：邓晓婷

会议听取了输电运检中心、变电检修中心一季度安全生产工作汇报，分析了清明节期间山火、雷雨天气对线路运行的影响，研究部署了下阶段工作。现纪要如下：

一、会议认为，一季度分公司安全生产形势总体平稳，未发生人身、电网、设备事故，各单位要保持警惕，不能松懈。

二、会议要求
（一）输电运检中心要在清明节前组织对110kV玉博线、玉陆线涉林区段开展山火特巡，重点核查祭扫集中区域的线路走廊。
责任单位：输电运检中心
责任人：黄振宇
完成时限：4月3日前

（二）物资部要对应急抢修物资仓库开展一次全面盘点，补齐绝缘子、导线、抢修塔等储备定额，盘点结果报生产技术部。
责任单位：物资部（仓储主管韦志远）
完成时限：节后第一个工作日

（三）安全监察部要汇总一季度各班组违章记录，形成分析报告报分公司领导。
责任单位：安全监察部
完成时限：4月10日前

（四）各单位要严格执行“两票”管理制度，停电检修作业必须履行工作许可手续，此项作为常态化要求长期坚持。

三、清明节假期值班按《关于做好2026年清明节假期值班工作的通知》执行，值班人员要确保24小时通讯畅通。

下次例会时间另行通知。

综合办公室
2026年4月2日
"""
    cs = 'gb2312'
    to = [P('梁文斌'), P('陆春梅'), P('黄振宇'), P('甘立新'), P('卢永康'), P('韦志远')]
    cc = [P('蒙建华'), P('黎志强'), P('覃海燕'), BOT['A']]
    body = outlook_alt(text, cs, '----=_NextPart_000_0011_01DCC2A1.6F3B2C10', font='宋体')
    body.preamble = 'This is a multipart message in MIME format.\n'
    hdrs = outlook_hdrs(P('邓晓婷'), to, cc, '关于印发4月2日安全生产例会纪要的通知', date,
                        '<000001dcc2a1$6f3b2c10$4db28430$@%s>' % A_DOM, cs, thread_index='AdzCoW87LBBNsoQwQ0u7Ey9kqnW1Xg==')
    raw = finish(a_trace(date, P('邓晓婷')[1], '2CGowAD3B1dAIc5pq4ABAA--.1377S2', ip=58), hdrs, body)
    items = [
        I('黄振宇', '组织对110kV玉博线、玉陆线涉林区段开展山火特巡', ('abs', 4, 3), '2026-04-03'),
        I('韦志远', '对应急抢修物资仓库开展全面盘点，补齐储备定额，盘点结果报生产技术部', ('after_hol', 'Tomb-sweeping Day'), '2026-04-07'),
        I(None, '汇总一季度各班组违章记录，形成分析报告', ('abs', 4, 10), '2026-04-10', dept='安全监察部'),
    ]
    notes = ("Formal SOE minutes sent Thu 2026-04-02 16:42 +0800, two days before Qingming (holiday Sat 04-04..Mon 04-06). "
             "（一）: 责任人 黄振宇, '4月3日前' -> 2026-04-03. （二）: '物资部（仓储主管韦志远）' = a person in brackets after a unit, "
             "so 韦志远 owns it (role word 仓储主管 is not part of the name); '节后第一个工作日' = first working day after the "
             "Qingming block = Tue 2026-04-07. （三）: only a unit (安全监察部), no person -> owner null, no_owner, department "
             "安全监察部, due 2026-04-10. （四） is a standing rule (常态化要求长期坚持), 一 is an assessment, 三 is the duty rule "
             "(its '24小时' is not a deadline). '下次例会时间另行通知' -> next_followup null.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7302, 'soe-yishi-ershi-labour-day-coremail-gbk', 'minutes', 'A',
      'Coremail webmail GBK base64: 一是…五是 prose items with 牵头/配合 units; 节后第一个工作日前 over Labour Day; '
      '5个工作日内 ending on the 05-09 make-up Saturday; next meeting on that Saturday 上午9:00')
def c7302():
    date = rfcdate('2026-04-29 17:55:31 +0800')
    text = """各位领导、同事：

4月29日上午，蒙建华总经理主持召开迎峰度夏准备工作专题会议，分公司领导班子成员及各部门、各中心负责人参加。现将会议议定事项纪要如下。

会议指出，今年玉林地区最高负荷预计同比增长8%左右，部分110kV站点重载问题突出，各单位务必提高认识、提前谋划。

会议明确以下工作：
一是开展重载设备专项排查。由生产技术部梁文斌牵头，变电检修中心、输电运检中心配合，对全市重过载主变、线路逐一建立台账，5月15日前报分公司。
二是抓好度夏物资储备。物资部卢永康负责，节后第一个工作日前完成度夏抢修物资需求计划的汇总上报。
三是落实红外测温工作。变电检修中心钟伟负责，5个工作日内完成城北、玉东、茂林三座变电站的红外测温普测并出具报告。
四是加强宣传引导。党建工作部谢丽娟负责，5月底前在公司内网开设“迎峰度夏”专栏。
五是做好经费保障。度夏专项费用按原渠道列支，不再另行审批。

下次会议定于5月9日（星期六，调休上班）上午9:00召开，地点另行通知，请各单位届时汇报进展。

综合办公室 覃海燕
电话：0775-2836617
"""
    cs = 'GBK'
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>'
            % '<br>'.join(esc(l) for l in text.split('\n')))
    body = multipart('alternative', [text_part(text, 'plain', cs, 'base64', quote_cs=False),
                                     text_part(html, 'html', cs, 'base64', quote_cs=False)],
                     '----=_Part_318920_1127544313.1777456531204')
    to = [P('梁文斌'), P('卢永康'), P('钟伟'), P('谢丽娟'), P('甘立新'), P('黄振宇')]
    cc = [P('蒙建华'), P('黎志强'), BOT['A']]
    hdrs = [('Date', date), ('From', '%s <%s>' % (ew('覃海燕', cs), P('覃海燕')[1])),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('迎峰度夏准备工作专题会议纪要', cs)),
            ('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.13 build 20240628(9ae1e1a2)\n Copyright (c) 2002-2026 www.mailtech.cn ylgwjx'),
            ('X-Originating-IP', '[10.45.12.77]'), ('*MIME*', None),
            ('Message-ID', '<4c0e7a51.2b41.19dd8f3a9c4.Coremail.qinhaiyan@%s>' % A_DOM),
            ('X-Coremail-Locale', 'zh_CN'), ('X-CM-TRANSID', 'AQAAfwBXYDe0tfFpZ1wAAA--.4471W'),
            ('X-CM-SenderInfo', 'xtlqxwhldqyxmovdsaxkdotuhfr4/1tbiAQ0CEWnuvVcACwAAs2'),
            ('X-Coremail-Antispam', '1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==')]
    raw = finish(trace(date, P('覃海燕')[1], BOT['A'][1], A_MX, 'qinhaiyan (unknown [10.45.12.77])',
                       'AQAAfwBXYDe0tfFpZ1wAAA--.4471S2', delay=1, with_='SMTP'), hdrs, body)
    items = [
        I('梁文斌', '对全市重过载主变、线路逐一建立台账并报分公司（重载设备专项排查）', ('abs', 5, 15), '2026-05-15'),
        I('卢永康', '完成度夏抢修物资需求计划的汇总上报', ('after_hol', 'Labour Day'), '2026-05-06'),
        I('钟伟', '完成城北、玉东、茂林三座变电站红外测温普测并出具报告', ('workdays', 5), '2026-05-09'),
        I('谢丽娟', '在公司内网开设“迎峰度夏”专栏', ('month_end', 5), '2026-05-31'),
    ]
    notes = ("Coremail webmail, GBK (label 'GBK', unquoted) base64, sent Wed 2026-04-29 17:55, the day before the Labour Day "
             "run-up (holiday Fri 05-01..Tue 05-05; Sat 05-09 is a make-up working day). 一是: 梁文斌 牵头 (the 配合 units are not "
             "owners), '5月15日前' -> 2026-05-15. 二是: '节后第一个工作日前' -> first working day after Labour Day = Wed 2026-05-06. "
             "三是: '5个工作日内' from Thu 04-30: 04-30(1), 05-06(2), 05-07(3), 05-08(4), Sat 05-09 make-up(5) -> 2026-05-09 "
             "(a Mon-Fri count ignoring the holiday gives 05-07, one ignoring the make-up day gives 05-11). 四是: '5月底前' -> "
             "2026-05-31. 五是 is a funding rule, not an item; the load forecast is a fact. '下次会议定于5月9日（星期六，调休上班）"
             "上午9:00' -> 2026-05-09 09:00.")
    return dict(raw=raw, items=items, next=(('abs', 5, 9), '09:00', '2026-05-09'), notes=notes)


@case(7303, 'soe-word-table-zhuze-peihe-cell', 'minutes', 'A',
      'Outlook zh-CN UTF-8 QP, Word-pasted HTML table (plain part tab-separated): 主责/配合 in one cell, 已完成 in 备注, '
      '本月底, 3个工作日内, 6月上旬 (vague); decision line after the table')
def c7303():
    date = rfcdate('2026-05-12 10:08:44 +0800')
    rows = [['序号', '工作任务', '责任单位', '责任人', '完成时限', '备注'],
            ['1', '编制2026年配网防风防汛抢修预案', '生产技术部（主责）/安全监察部（配合）', '梁文斌（主责）、陆春梅（配合）', '本月底', ''],
            ['2', '完成玉州区10kV线路故障指示器安装调试', '输电运检中心', '莫少锋', '3个工作日内', ''],
            ['3', '抢修车辆GPS终端更换', '综合办公室', '覃海燕', '5月8日', '已完成'],
            ['4', '抢修备品备件清单与物资系统逐项核对', '物资部（主责）、生产技术部（配合）', '韦志远', '5月20日前', '需与ERP库存数据一致'],
            ['5', '开展抢修人员带电作业技能培训', '变电检修中心', '甘立新', '6月上旬', '培训方案另报']]
    head = """各位：

昨天（5月11日）下午配网故障抢修工作协调会的纪要见下表，请各责任单位按时限推进，有问题随时联系我。
"""
    tail = """
会议结论：抢修到场时限城区45分钟、农村90分钟，自5月15日起执行。

庞国栋
生产技术部
电话：0775-2836652
"""
    text = head + '\n' + tsv(rows) + '\n' + tail
    tbl = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
           + '\n'.join('<tr>%s</tr>' % ''.join(
               '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s%s%s<o:p></o:p></p></td>'
               % ('<b>' if i == 0 else '', esc(c) if c else '<o:p>&nbsp;</o:p>', '</b>' if i == 0 else '') for c in r)
               for i, r in enumerate(rows)) + '\n</table>')
    inner = mso_paras(head) + '\n' + tbl + '\n' + mso_paras(tail)
    cs = 'utf-8'
    body = outlook_alt(text, cs, '----=_NextPart_000_0027_01DCE1A8.4B7E9C20', html_inner=inner, cte='quoted-printable')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('梁文斌'), P('陆春梅'), P('莫少锋'), P('覃海燕'), P('韦志远'), P('卢永康'), P('甘立新')]
    cc = [P('黎志强'), BOT['A']]
    hdrs = outlook_hdrs(P('庞国栋'), to, cc, '【会议纪要】5月11日配网故障抢修工作协调会', date,
                        '<000601dce1a8$4b7e9c20$e27bd460$@%s>' % A_DOM, cs, thread_index='AdzhqEt+nCDie9RgS8y0CmSXC1m9wA==')
    raw = finish(a_trace(date, P('庞国栋')[1], '2CGowAD3B1dcSsJpt5EBAA--.2210S2', ip=103), hdrs, body)
    items = [
        I('梁文斌', '编制2026年配网防风防汛抢修预案', ('month_end',), '2026-05-31'),
        I('莫少锋', '完成玉州区10kV线路故障指示器安装调试', ('workdays', 3), '2026-05-15'),
        I('韦志远', '抢修备品备件清单与物资系统逐项核对', ('abs', 5, 20), '2026-05-20'),
        I('甘立新', '开展抢修人员带电作业技能培训', None, None, vague=True),
    ]
    notes = ("Word table pasted into Outlook (HTML table; the text/plain alternative is tab-separated), sent Tue 2026-05-12. "
             "Row 1: 责任人 '梁文斌（主责）、陆春梅（配合）' -> only the 主责 梁文斌 owns it; 配合 names are never owners or extra "
             "items; '本月底' -> 2026-05-31. Row 2: '3个工作日内' from Wed 05-13: 05-13, 05-14, 05-15 -> 2026-05-15. Row 3 is "
             "marked 已完成 in 备注 -> not an item. Row 4: unit cell '物资部（主责）、生产技术部（配合）', person 韦志远 -> 2026-05-20; "
             "the 备注 'ERP' remark is not an item. Row 5: '6月上旬' is a period, not a day -> due null, vague_due (AMBIGUOUS: "
             "the corpus README treats 11月中旬 as vague, which this follows; the date research note would map 上旬 to a day). The 会议结论 line (到场时限, 5月15日起执行) is a decision. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7304, 'soe-forward-preface-foxmail-gbk', 'minutes', 'A',
      'Foxmail GBK base64 forward: preface with its own request (not an item) above a Foxmail From:/Date:/To:/Subject: block; '
      'units with a person in brackets own ①② sub-items; 端午节后第一个工作日; 待定; unit-only item; next meeting in the forwarded minutes')
def c7304():
    date = rfcdate('2026-06-15 09:12:40 +0800')
    text = """莫班长、各班组：

转发分公司防汛及端午节前安全工作会议纪要，涉及我们中心的请对照落实，周三前把落实情况报给我。

黄振宇
输电运检中心

From: 覃海燕
Date: 2026-06-12 17:36
To: 黄振宇; 甘立新; 卢永康; 陆春梅
CC: 蒙建华; 黎志强
Subject: 防汛及端午节前安全工作会议纪要
各位：

6月12日下午，黎志强副总经理主持召开防汛及端午节前安全工作会议，纪要如下：

一、输电运检中心（黄振宇）
①6月18日前完成南流江沿线12基杆塔基础防洪加固；
②端午节后第一个工作日报送汛期线路隐患排查清单。
二、变电检修中心（甘立新）
①6月17日前完成低洼站点防汛沙袋、抽水泵配置检查；
②组织1次站内防汛应急演练，时间待定。
三、物资部：6月16日前向各中心配发防汛物资。
四、端午节假期（6月19日—21日）严格执行24小时值班制度。

下次会议：6月26日（周五）下午3点。

综合办公室 覃海燕
"""
    cs = 'GBK'
    lines = text.split('\n')
    k = lines.index('From: 覃海燕')
    top, quoted = '\n'.join(lines[:k]), '\n'.join(lines[k:])
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n%s\n<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            '%s</div></div>\n%s\n</blockquote>\n</body></html>\n') % (
        div_paras(top), '<br>'.join('<div><b>%s</b>%s</div>' % (esc(l.split(' ', 1)[0]), esc(' ' + l.split(' ', 1)[1]))
                                    for l in lines[k:k + 5]), div_paras('\n'.join(lines[k + 5:])))
    body = multipart('alternative', [text_part(text, 'plain', cs, 'base64'), text_part(html, 'html', cs, 'base64')],
                     '----=_001_NextPart365412784218_=----')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('莫少锋'), P('覃永明'), P('韦海波')]
    cc = [BOT['A']]
    hdrs = [('Date', rfcdate('2026-06-15 09:12:40 +0800', pad=False)), ('From', addr(*P('黄振宇'), cs=cs, quote=True)),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('转发: 防汛及端午节前安全工作会议纪要', cs)),
            ('X-Priority', '3'), ('X-GUID', 'B1E0A3F2-64C7-4D1B-9E25-7C3A8F0D2E61'), ('X-Has-Attach', 'no'),
            ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('*MIME*', None),
            ('Message-ID', '<202606150912404157321@%s>' % A_DOM)]
    raw = finish(trace(date, P('黄振宇')[1], BOT['A'][1], A_MX, 'HZY-PC (unknown [10.45.14.22])',
                       'AQAAfwBnZlqYUW9pu9sAAA--.1204S2', delay=2, with_='SMTP'), hdrs, body)
    items = [
        I('黄振宇', '完成南流江沿线12基杆塔基础防洪加固', ('abs', 6, 18), '2026-06-18'),
        I('黄振宇', '报送汛期线路隐患排查清单', ('after_hol', 'Dragon Boat Festival'), '2026-06-22'),
        I('甘立新', '完成低洼站点防汛沙袋、抽水泵配置检查', ('abs', 6, 17), '2026-06-17'),
        I('甘立新', '组织1次站内防汛应急演练', None, None, vague=True),
        I(None, '向各中心配发防汛物资', ('abs', 6, 16), '2026-06-16', dept='物资部'),
    ]
    notes = ("Foxmail (GBK, base64) forward sent Mon 2026-06-15 by 黄振宇 with the bot in Cc. The preface ('周三前把落实情况报给我') "
             "is the forwarder's own request, not part of the minutes -> not an item. The forwarded minutes sit below Foxmail's "
             "From:/Date:/To:/CC:/Subject: block and are the content. 一/二: '输电运检中心（黄振宇）' and '变电检修中心（甘立新）' = a "
             "person in brackets after a unit, so they own their ①② sub-items, which are separate items. '端午节后第一个工作日' -> "
             "Dragon Boat holiday Fri 06-19..Sun 06-21, first working day Mon 2026-06-22 (same from the 06-12 original date). "
             "'时间待定' -> vague_due. 三: unit only -> no_owner, department 物资部, 2026-06-16. 四 is a duty rule. '下次会议：6月26日"
             "（周五）下午3点' -> 2026-06-26 15:00 (Friday, checked).")
    return dict(raw=raw, items=items, next=(('abs', 6, 26), '15:00', '2026-06-26'), notes=notes)


# ---------------------------------------------------------------- attachments (deterministic)
def make_pdf(lines, title, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Microsoft Word 2016')
    w, h = A4
    y = h - 72
    for spec in lines:
        size, txt, center = spec if isinstance(spec, tuple) else (12, spec, False)
        per = int((w - 144) // size)
        chunks = [txt[i:i + per] for i in range(0, len(txt), per)] or ['']
        for ch in chunks:
            if y < 72:
                c.showPage()
                y = h - 72
            c.setFont('STSong-Light', size)
            if center:
                c.drawCentredString(w / 2, y, ch)
            else:
                c.drawString(72, y, ch)
            y -= size * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(blocks, author, when):
    """blocks: ('h', text) | ('p', text) | ('t', rows). Returns deterministic .docx bytes."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == 'h':
            para = d.add_paragraph()
            r = para.add_run(val)
            r.bold = True
            para.alignment = 1
        elif kind == 'p':
            d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 2
    cp.title = ''
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 5, 11, 11, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append('\t'.join(c.text for c in r.cells))
    return '\n'.join(out)


def pdf_text(data):
    from pypdf import PdfReader
    return '\n'.join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@case(7305, 'soe-official-minutes-pdf-attachment', 'minutes', 'A',
      'Coremail webmail UTF-8 with a PDF attachment (RFC 2231 filename) holding the official 会议纪要 (文号 玉桂检纪〔2026〕12号); '
      'short body; items only in the PDF: 责任人 in prose, 7月底前, unit-only 统筹 item, 会议同意 decision')
def c7305():
    date = rfcdate('2026-07-10 11:20:15 +0800')
    text = """各部门、各中心：

《玉林分公司2026年第二季度设备运维工作会议纪要》（玉桂检纪〔2026〕12号）已经分公司领导审定，现予印发，详见附件PDF，请遵照执行。

综合办公室
邓晓婷
0775-2836600
"""
    pdf_lines = [
        (16, '广西桂网输变电检修有限公司玉林分公司', True),
        (22, '会 议 纪 要', True),
        (12, '玉桂检纪〔2026〕12号', True),
        (12, '', False),
        (14, '2026年第二季度设备运维工作会议纪要', True),
        (12, '', False),
        '2026年7月8日，分公司总经理蒙建华主持召开第二季度设备运维工作会议，听取了生产技术部关于二季度设备缺陷、隐患治理情况的汇报，研究了三季度重点工作。现将会议议定事项纪要如下：',
        '一、关于主变缺陷处理。城北站2号主变本体渗油缺陷由变电检修中心负责处理，责任人甘立新，7月20日前完成。',
        '二、关于输电线路通道清理。输电运检中心组织对玉博线通道内超高树木开展清理，责任人莫少锋，7月底前完成。',
        '三、关于技改项目储备。生产技术部（庞国栋）牵头编制2027年技改项目储备库，8月14日前报分公司审议。',
        '四、关于安全工器具检测。各单位安全工器具送检工作由安全监察部统筹，9月底前完成。',
        '五、会议同意变电检修中心提出的增配两台SF6气体检测仪的申请。',
        '',
        '出席：蒙建华、黎志强、梁文斌、陆春梅、黄振宇、甘立新、卢永康',
        '列席：庞国栋、莫少锋、钟伟',
        '记录：邓晓婷',
        '',
        '分送：各部门、各中心',
        '广西桂网输变电检修有限公司玉林分公司综合办公室        2026年7月9日印发',
    ]
    pdf = make_pdf(pdf_lines, '2026年第二季度设备运维工作会议纪要', 'dengxiaoting')
    fname = '玉桂检纪〔2026〕12号 第二季度设备运维工作会议纪要.pdf'
    html = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % '<br>'.join(
        esc(l) for l in text.split('\n'))
    alt = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'base64', quote_cs=False),
                                    text_part(html, 'html', 'UTF-8', 'base64', quote_cs=False)],
                    '----=_Part_80211_1907322561.1783653615882')
    att = binary_part(pdf, 'APPLICATION/PDF', fname, 'UTF-8', '2231')
    body = multipart('mixed', [alt, att], '----=_Part_80210_413872119.1783653615882')
    to = [P('梁文斌'), P('陆春梅'), P('黄振宇'), P('甘立新'), P('卢永康'), P('庞国栋'), P('莫少锋')]
    cc = [P('蒙建华'), P('黎志强'), BOT['A']]
    cs = 'UTF-8'
    hdrs = [('Date', date), ('From', '%s <%s>' % (ew('邓晓婷', cs), P('邓晓婷')[1])),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('印发：第二季度设备运维工作会议纪要（玉桂检纪〔2026〕12号）', cs)),
            ('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.13 build 20240628(9ae1e1a2)\n Copyright (c) 2002-2026 www.mailtech.cn ylgwjx'),
            ('X-Originating-IP', '[10.45.12.58]'), ('*MIME*', None),
            ('Message-ID', '<1f6b2d94.3c0a.19f4a7b2e61.Coremail.dengxiaoting@%s>' % A_DOM),
            ('X-Coremail-Locale', 'zh_CN'), ('X-CM-TRANSID', 'AQAAfwAnGHCvZFBqR2kAAA--.9312W'),
            ('X-CM-SenderInfo', 'pgjqtx5lrv1xhqzhjxnxqovdsaxkdotuhfr4/1tbiAQ4KEWpRz1sAGQAAsC')]
    raw = finish(trace(date, P('邓晓婷')[1], BOT['A'][1], A_MX, 'dengxiaoting (unknown [10.45.12.58])',
                       'AQAAfwAnGHCvZFBqR2kAAA--.9312S2', delay=1, with_='SMTP'), hdrs, body)
    items = [
        I('甘立新', '处理城北站2号主变本体渗油缺陷', ('abs', 7, 20), '2026-07-20'),
        I('莫少锋', '清理玉博线通道内超高树木', ('month_end',), '2026-07-31'),
        I('庞国栋', '编制2027年技改项目储备库并报分公司审议', ('abs', 8, 14), '2026-08-14'),
        I(None, '统筹各单位安全工器具送检', ('month_end', 9), '2026-09-30', dept='安全监察部'),
    ]
    notes = ("The minutes are only in the attached PDF (text layer extractable; CID font STSong-Light); the body just says "
             "see attachment. Sent Fri 2026-07-10. Items as a human reading the PDF records them: 一 责任人甘立新, '7月20日前' -> "
             "2026-07-20; 二 责任人莫少锋, '7月底前' -> 2026-07-31; 三 '生产技术部（庞国栋）牵头' -> 庞国栋, '8月14日前' -> 2026-08-14; "
             "四 '由安全监察部统筹' names a unit only -> no_owner, department 安全监察部, '9月底前' -> 2026-09-30. 五 '会议同意…申请' is a "
             "decision. The document number 〔2026〕12号 and the 印发 date 7月9日 are not deadlines. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7306, 'soe-new-minutes-in-re-thread-outlook', 'minutes', 'A',
      'Outlook zh-CN gb2312 base64 "RE:" in an old thread carrying new minutes above the quoted old minutes (Outlook 发件人/发送时间 '
      'block); 下周二前 and 3个工作日内 across Dragon Boat from the eve; 尽快; report line; next = 下周三同一时间再碰一次')
def c7306():
    date = rfcdate('2026-06-18 17:26:03 +0800')
    new = """各位：

今天（6月18日）15:00继续召开了配网抢修协调会，本次纪要如下，上次纪要附后供对照。

一、上次遗留的城站线故障指示器误报问题，厂家已更换3台终端，本周运行正常。
二、本次布置：
1. 莫少锋：下周二前完成城站线、南江线剩余故障指示器的通信测试；
2. 庞国栋：3个工作日内提交配网自动化主站告警规则优化方案；
3. 卢永康：联系厂家补发备用终端5台，尽快到货；
4. 端午假期期间抢修值班按原方案执行。
下周三同一时间再碰一次，地点不变。

梁文斌
生产技术部
"""
    old_hdr = """发件人: 梁文斌
发送时间: 2026年6月11日 16:40
收件人: 莫少锋; 庞国栋; 卢永康; 甘立新
抄送: 黎志强; 会议纪要助手
主题: 玉州区配网抢修协调会纪要（6月11日）
"""
    old = """各位：

6月11日配网抢修协调会纪要如下：
1. 庞国栋：6月15日前联系厂家排查城站线故障指示器误报原因；
2. 莫少锋：6月17日前完成南江线故障指示器补装；
3. 甘立新：配合做好玉东站出线间隔的停电安排。
下次会议：6月18日15:00，生产技术部会议室。

梁文斌
"""
    text = new + '\n' + old_hdr + '\n' + old
    inner = (mso_paras(new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + '\n'.join('<p class="MsoNormal"><b>%s</b> %s<o:p></o:p></p>' % (esc(l.split(' ', 1)[0]), esc(l.split(' ', 1)[1]))
                         for l in old_hdr.strip().split('\n')) + '\n</div>\n' + mso_paras('\n' + old))
    cs = 'gb2312'
    body = outlook_alt(text, cs, '----=_NextPart_000_0042_01DCFF13.9A2E5B70', html_inner=inner, font='宋体')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('莫少锋'), P('庞国栋'), P('卢永康'), P('甘立新')]
    cc = [P('黎志强'), BOT['A']]
    old_id = '<000b01dcf970$2d81c6a0$888453e0$@%s>' % A_DOM
    hdrs = outlook_hdrs(P('梁文斌'), to, cc, 'RE: 玉州区配网抢修协调会纪要（6月11日）', date,
                        '<001401dcff13$9a2e5b70$ce8b1250$@%s>' % A_DOM, cs,
                        thread_index='AQHc+XAtgcagiIRT4C1wL+3o2hJ1vgAKZs+g', reply=(old_id, old_id))
    raw = finish(a_trace(date, P('梁文斌')[1], '2CGowAD3B1c5uGNqA6oDAA--.5517S2', ip=41), hdrs, body)
    items = [
        I('莫少锋', '完成城站线、南江线剩余故障指示器的通信测试', ('next', 'Tue'), '2026-06-23'),
        I('庞国栋', '提交配网自动化主站告警规则优化方案', ('workdays', 3), '2026-06-24'),
        I('卢永康', '联系厂家补发备用终端5台', None, None, vague=True),
    ]
    notes = ("New minutes sent as 'RE:' in the thread of the 06-11 minutes (In-Reply-To/References set), Thu 2026-06-18 17:26, "
             "the eve of Dragon Boat (holiday Fri 06-19..Sun 06-21). Only the new part counts; the quoted 06-11 minutes under "
             "Outlook's 发件人/发送时间 block are old (not items, and their '下次会议：6月18日15:00' is not the next follow-up). "
             "一 reports what was done. 1: '下周二前' -> Tue 2026-06-23. 2: '3个工作日内' from Fri 06-19 (holiday) -> 06-22(1), "
             "06-23(2), 06-24(3) -> 2026-06-24. 3: '尽快' -> vague_due. 4 is a duty rule. '下周三同一时间再碰一次': the meeting "
             "was at 15:00 today -> Wed 2026-06-24 15:00.")
    return dict(raw=raw, items=items, next=(('next', 'Wed'), '15:00', '2026-06-24'), notes=notes)


@case(7307, 'soe-team-meeting-sub-items-foxmail-gb18030', 'minutes', 'A',
      'Foxmail gb18030 base64 team minutes grouped by person with （1）（2） sub-items; 五一节前 (last working day before the '
      'holiday), 节后第一个工作日上午10点前, 下周五前, 尽快; a done line in the review section')
def c7307():
    date = rfcdate('2026-04-27 18:05:22 +0800')
    text = """黄主任，各位：

今天下午开了班组会，主要布置五一前后的几项工作，记录如下：

一、上周工作完成情况
玉博线#45—#52通道树障已清理完毕（覃永明），不再跟踪。

二、本周及五一前后工作安排
1、覃永明
（1）五一节前完成玉陆线#12、#13杆塔接地电阻复测；
（2）4月29日前把复测数据录入生产管理系统。
2、韦海波
（1）节后第一个工作日上午10点前提交五一期间无人机巡视小结；
（2）无人机备用电池送检，下周五前完成。
3、莫少锋：联系生产技术部确认6月份停电计划，尽快。

三、注意事项：雷雨天气严禁登杆作业，巡视必须两人同行。

输电运检中心 输电一班
莫少锋
"""
    cs = 'gb18030'
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb18030"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n%s\n</body></html>\n') % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', cs, 'base64'), text_part(html, 'html', cs, 'base64')],
                     '----=_001_NextPart812736451092_=----')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('黄振宇'), P('覃永明'), P('韦海波')]
    cc = [BOT['A']]
    hdrs = [('Date', rfcdate('2026-04-27 18:05:22 +0800', pad=False)), ('From', addr(*P('莫少锋'), cs=cs, quote=True)),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('输电一班4月27日班组会记录', cs)),
            ('X-Priority', '3'), ('X-GUID', '5D0C7E21-9A3B-4F88-B1C6-2E7F0A9D4B35'), ('X-Has-Attach', 'no'),
            ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('*MIME*', None),
            ('Message-ID', '<202604271805218204415@%s>' % A_DOM)]
    raw = finish(trace(date, P('莫少锋')[1], BOT['A'][1], A_MX, 'MOSF-LAPTOP (unknown [10.45.16.9])',
                       'AQAAfwBnb1q2NO9pRk4AAA--.702S2', delay=2, with_='SMTP'), hdrs, body)
    items = [
        I('覃永明', '完成玉陆线#12、#13杆塔接地电阻复测', ('before_hol', 'Labour Day'), '2026-04-30'),
        I('覃永明', '把复测数据录入生产管理系统', ('abs', 4, 29), '2026-04-29'),
        I('韦海波', '提交五一期间无人机巡视小结', ('after_hol', 'Labour Day'), '2026-05-06', time='10:00', exp_time='10:00'),
        I('韦海波', '无人机备用电池送检', ('next', 'Fri'), '2026-05-08'),
        I('莫少锋', '联系生产技术部确认6月份停电计划', None, None, vague=True),
    ]
    notes = ("Team minutes (Foxmail, gb18030 base64) sent Mon 2026-04-27, grouped by person with （1）（2） sub-items, each a "
             "separate item. The 上周工作完成情况 line (已清理完毕) is a done report, not an item. 覃永明（1）: '五一节前' = before the "
             "Labour Day block (05-01..05-05) -> last working day before it, Thu 2026-04-30. （2）: 2026-04-29. 韦海波（1）: "
             "'节后第一个工作日上午10点前' -> Wed 2026-05-06 10:00. （2）: '下周五前' from Mon 04-27 -> next calendar week's Friday "
             "2026-05-08. 3: 莫少锋 '尽快' -> vague_due. 三 注意事项 are rules. No next meeting. The '#45—#52' tower numbers are "
             "not dates.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7337, 'soe-html-only-wrapped-items-coremail', 'minutes', 'A',
      'Coremail single-part text/html (GBK base64): numbered items whose text wraps over two <br> lines with the 责任单位/责任人/'
      '完成时限 on the second line; 7月底前, 下周一, 8月7日前; weekly reporting rule and 会议强调 not items')
def c7337():
    date = rfcdate('2026-07-22 16:31:50 +0800')
    lines = ['各单位：', '',
             '7月22日上午召开安全督查问题整改推进会，现将整改任务纪要如下：', '',
             '1.变电检修中心对督查发现的城北站、玉东站共7项设备',
             '标识缺失问题完成整改，责任单位：变电检修中心（钟伟），7月底前完成。',
             '2.输电运检中心对外包施工队伍开展一次安全准入再审核，',
             '清退不合格人员。责任人：黄振宇，完成时限：下周一。',
             '3.生产技术部（庞国栋）修订《外包作业安全管控实施细则》，',
             '8月7日前报安全监察部审核。',
             '4.各单位每周五下班前报送整改进度，直至全部问题销号。', '',
             '会议强调，督查问题整改要做到“五定”，即定责任人、定措施、定资金、定时限、定预案，整改不到位的要严肃问责。', '',
             '安全监察部 陆春梅', '2026年7月22日']
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div><br><br>'
            '<span title="neteasefooter"><p>&nbsp;</p></span>') % '<br>'.join(esc(l) for l in lines)
    cs = 'GBK'
    body = text_part(html, 'html', cs, 'base64', quote_cs=False)
    to = [P('甘立新'), P('钟伟'), P('黄振宇'), P('梁文斌'), P('庞国栋')]
    cc = [P('蒙建华'), BOT['A']]
    hdrs = [('Date', date), ('From', '%s <%s>' % (ew('陆春梅', cs), P('陆春梅')[1])),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('7月份安全督查问题整改推进会纪要', cs)),
            ('X-Priority', '3'), ('X-Mailer', 'Coremail Webmail Server Version XT5.0.13 build 20240628(9ae1e1a2)\n Copyright (c) 2002-2026 www.mailtech.cn ylgwjx'),
            ('X-Originating-IP', '[10.45.13.140]'), ('*MIME*', None),
            ('Message-ID', '<7a93e0c5.1d2f.19f8d1c6b07.Coremail.luchunmei@%s>' % A_DOM),
            ('X-Coremail-Locale', 'zh_CN'), ('X-CM-TRANSID', 'AQAAfwD3LUGGf2BqR7kBAA--.12006W'),
            ('X-CM-SenderInfo', 'xoxfuvxlhpdqxmovdsaxkdotuhfr4/1tbiAQ8WEWphJk0AHgAAsM')]
    raw = finish(trace(date, P('陆春梅')[1], BOT['A'][1], A_MX, 'luchunmei (unknown [10.45.13.140])',
                       'AQAAfwD3LUGGf2BqR7kBAA--.12006S2', delay=1, with_='SMTP'), hdrs, body)
    items = [
        I('钟伟', '完成城北站、玉东站7项设备标识缺失问题整改', ('month_end',), '2026-07-31'),
        I('黄振宇', '对外包施工队伍开展安全准入再审核，清退不合格人员', ('next', 'Mon'), '2026-07-27'),
        I('庞国栋', '修订《外包作业安全管控实施细则》报安全监察部审核', ('abs', 8, 7), '2026-08-07'),
    ]
    notes = ("HTML-only Coremail message (no text/plain part), GBK base64, sent Wed 2026-07-22. Each numbered item wraps over "
             "two <br> lines; the owner and deadline are on the second line and belong to the item above. 1: '变电检修中心（钟伟）' "
             "-> 钟伟, '7月底前' -> 2026-07-31. 2: 责任人 黄振宇, '下周一' -> Mon 2026-07-27. 3: '生产技术部（庞国栋）' -> 庞国栋, "
             "'8月7日前' -> 2026-08-07. 4 is a standing weekly reporting rule for every unit (每周五下班前…直至销号) -> not an item (AMBIGUOUS: a "
             "recurring duty with no single owner and no end date; a careful assistant records it as a rule, not a task). "
             "The 会议强调 paragraph is a rule. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7325, 'auto-dsn-mailbox-full-coremail', 'auto', 'A',
      'multipart/report delivery-status bounce from the SOE mail server (Return-Path <>, MAILER-DAEMON) for a recap sent to a '
      'full mailbox; the returned headers carry a minutes subject')
def c7325():
    date = rfcdate('2026-04-02 16:43:31 +0800')
    human = """This is the mail system at host mx.ylgwjx.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<weizhiyuan@ylgwjx.example.cn>: host mbox02.ylgwjx.example.cn[10.45.1.12] said:
    552 5.2.2 Mailbox size limit exceeded (in reply to RCPT TO command)
"""
    status = [('Reporting-MTA', 'dns; mx.ylgwjx.example.cn'), ('X-Postfix-Queue-ID', '4fR2Kq1ZmNz9tTb'),
              ('X-Postfix-Sender', 'rfc822; minutes@ylgwjx.example.cn'),
              ('Arrival-Date', 'Thu,  2 Apr 2026 16:43:29 +0800 (CST)')]
    rcpt = [('Final-Recipient', 'rfc822; weizhiyuan@ylgwjx.example.cn'),
            ('Original-Recipient', 'rfc822;weizhiyuan@ylgwjx.example.cn'), ('Action', 'failed'), ('Status', '5.2.2'),
            ('Remote-MTA', 'dns; mbox02.ylgwjx.example.cn'),
            ('Diagnostic-Code', 'smtp; 552 5.2.2 Mailbox size limit exceeded')]
    ds = Message()
    ds['Content-Description'] = 'Delivery report'
    ds['Content-Type'] = 'message/delivery-status'
    for block in (status, rcpt):
        b = Message()
        for k, v in block:
            b[k] = v
        ds.attach(b)
    orig = """Return-Path: <minutes@ylgwjx.example.cn>
Received: from localhost (minutebot [10.45.1.30])
	by mx.ylgwjx.example.cn (Postfix) with ESMTP id 4fR2Kq1ZmNz9tTb
	for <weizhiyuan@ylgwjx.example.cn>; Thu,  2 Apr 2026 16:43:29 +0800 (CST)
From: %s <minutes@ylgwjx.example.cn>
To: %s <weizhiyuan@ylgwjx.example.cn>
Subject: %s
Date: Thu, 02 Apr 2026 16:43:28 +0800
Message-ID: <recap.7f2c91e04b.20260402084328@ylgwjx.example.cn>
In-Reply-To: <000001dcc2a1$6f3b2c10$4db28430$@ylgwjx.example.cn>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============4471982736150227305=="
""" % (ew('会议纪要助手'), ew('韦志远'), ew('Re: 关于印发4月2日安全生产例会纪要的通知 [纪要确认]'))
    hp = Message()
    hp['Content-Description'] = 'Undelivered Message Headers'
    hp['Content-Type'] = 'text/rfc822-headers'
    hp.set_payload(orig)
    notice = Message()
    notice['Content-Description'] = 'Notification'
    notice['Content-Type'] = 'text/plain; charset=us-ascii'
    notice.set_payload(human)
    body = multipart('report', [notice, ds, hp], '4fR2Kr0bWcz9tTc.1775119411/mx.ylgwjx.example.cn',
                     preamble='This is a MIME-encapsulated message.\n', extra_ct=';\n\treport-type=delivery-status')
    hdrs = [('Return-Path', '<>'), ('Delivered-To', BOT['A'][1]),
            ('Received', 'by mx.ylgwjx.example.cn (Postfix)\n\tid 4fR2Kr0bWcz9tTc; Thu,  2 Apr 2026 16:43:31 +0800 (CST)'),
            ('Date', 'Thu,  2 Apr 2026 16:43:31 +0800 (CST)'),
            ('From', 'MAILER-DAEMON@mx.ylgwjx.example.cn (Mail Delivery System)'),
            ('Subject', 'Undelivered Mail Returned to Sender'), ('To', BOT['A'][1]),
            ('Auto-Submitted', 'auto-replied'), ('*MIME*', None),
            ('Content-Transfer-Encoding', '8bit'),
            ('Message-Id', '<4fR2Kr0bWcz9tTc@mx.ylgwjx.example.cn>')]
    raw = finish([], hdrs, body)
    notes = ("Delivery status notification (multipart/report; report-type=delivery-status) from the branch's own Postfix "
             "relay: the bot's recap of case 7301 could not be delivered to 韦志远 (552 mailbox full). From MAILER-DAEMON, "
             "Return-Path <>, Auto-Submitted: auto-replied. The returned headers carry the minutes subject and the bot's "
             "In-Reply-To, which must not make it a reply or minutes -> kind auto, nothing stored.")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ================================================================ B: 娄底茶小满餐饮连锁管理有限公司 (Feishu-hosted mail)
B_MX = 'mx1.feishu.cn (Lark Mail)'


def b_trace(date, sender, qid, frm='mail-web.feishu.cn (unknown [10.221.96.%d])', ip=14, delay=2):
    return trace(date, sender, BOT['B'][1], B_MX, frm % ip, qid, delay=delay, with_='ESMTPSA')


def lark_hdrs(frm, to, cc, subject, date, mid, extra=()):
    h = [('Date', date), ('From', addr(*frm, quote=True)), ('To', addrs(to, quote=True))]
    if cc:
        h.append(('Cc', addrs(cc, quote=True)))
    h += [('Subject', subj(subject)), ('Message-Id', mid), ('*MIME*', None), ('X-Lms-Return-Path', '<lba+2%s>' % mid[1:13]),
          ('X-Original-From', addr(*frm, quote=True))]
    h.extend(extra)
    return h


@case(7308, 'feishu-ai-minutes-todo-only', 'minutes', 'B',
      'Feishu mail: a person pastes a 飞书妙记 智能纪要 (总结/章节/待办); only the 待办 list counts; summary and chapters repeat '
      'dates (4月15日前, 周五前) that must not create items; 周五前, 下周一前, 尽快; no next meeting')
def c7308():
    date = rfcdate('2026-04-07 15:48:10 +0800')
    text = """各位，附上今天周会的飞书智能纪要，待办请各自认领，有不对的直接回复我。

智能纪要：4月加盟拓展周会 2026年4月7日
会议时间：2026年4月7日 14:00-15:20 (GMT+08)
参会人：曾志鹏、彭浩、刘晓芸、谭佳、肖雨婷、段琪

总结
本次会议主要讨论了清明假期门店销售复盘、4月加盟拓展进展及夏季新品规划。会议确认长沙河西片区本月重点推进3家意向加盟商签约；清明假期娄星区、冷水江门店日均杯量同比增长约18%；供应链方面，冷链配送在涟源、新化线路存在延误，需在4月15日前给出改善方案。

章节
00:00:12 清明假期门店销售复盘
刘晓芸汇报了清明假期三天的销售数据，娄星区6家门店日均出杯量超过600杯，冷水江2家门店受雨天影响略低于预期。清明套餐核销率约72%，部分门店核销数据与财务口径不一致。
00:18:40 4月加盟拓展进展
彭浩介绍长沙河西片区意向加盟商情况，目前有3家完成初访，计划周五前完成资料整理后提交曾总评估。曾志鹏要求重点核查加盟商的资金证明和选址商圈。
00:41:05 夏季新品规划
肖雨婷提出以本地杨梅为主题推出3款夏季新品，曾志鹏同意先出小样试饮再定价。谭佳提醒杨梅鲜果采购周期短，需提前锁定产地。

待办
彭浩：整理长沙河西片区3家意向加盟商资质资料，周五前发曾总
谭佳：给出涟源、新化线冷链配送延误的改善方案，4月15日前
肖雨婷：下周一前出杨梅系列3款新品配方小样
刘晓芸：门店清明活动核销数据与财务对账（尽快）

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
打开妙记查看完整内容
"""
    paras = text.split('\n')
    html_body = []
    for l in paras:
        if l in ('总结', '章节', '待办'):
            html_body.append('<h3 style="font-size:16px;font-weight:600;margin:16px 0 8px">%s</h3>' % esc(l))
        elif l.startswith('智能纪要：'):
            html_body.append('<h2 style="font-size:20px;font-weight:600">%s</h2>' % esc(l))
        elif re.match(r'^(彭浩|谭佳|肖雨婷|刘晓芸)：', l):
            html_body.append('<ul style="margin:0"><li><input type="checkbox" disabled> %s</li></ul>' % esc(l))
        elif l.startswith('打开妙记'):
            html_body.append('<p><a href="https://chaxiaoman.feishu.cn/minutes/obcn7x2k9q4m1v8z3t6r5w0y">%s</a></p>' % esc(l))
        elif l.strip():
            html_body.append('<p style="margin:4px 0">%s</p>' % esc(l))
        else:
            html_body.append('<p><br></p>')
    html = ('<div style="font-family:-apple-system,BlinkMacSystemFont,\'PingFang SC\',\'Microsoft YaHei\',sans-serif;'
            'font-size:14px;color:#1f2329;line-height:1.6">\n%s\n</div>\n') % '\n'.join(html_body)
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'base64', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'base64', crlf=False, quote_cs=False)],
                     '7c2d5a0e9f1b4c3a8e6d2f0b1a9c8e7d')
    to = [P('曾志鹏'), P('彭浩'), P('刘晓芸'), P('谭佳'), P('肖雨婷')]
    hdrs = lark_hdrs(P('段琪'), to, [BOT['B']], '智能纪要：4月加盟拓展周会 2026年4月7日', date,
                     '<f3a91c0e-5b7d-4e2a-9c86-1d40b7e2a5f3@%s>' % B_DOM)
    raw = finish(b_trace(date, P('段琪')[1], 'lark-0a1f7c3e9b', ip=14), hdrs, body)
    items = [
        I('彭浩', '整理长沙河西片区3家意向加盟商资质资料发曾总', ('wd', 'Fri'), '2026-04-10'),
        I('谭佳', '给出涟源、新化线冷链配送延误的改善方案', ('abs', 4, 15), '2026-04-15'),
        I('肖雨婷', '出杨梅系列3款新品配方小样', ('next', 'Mon'), '2026-04-13'),
        I('刘晓芸', '门店清明活动核销数据与财务对账', None, None, vague=True),
    ]
    notes = ("Feishu (Lark) mail, UTF-8 base64 text+HTML, sent Tue 2026-04-07 (first working day after Qingming) by 段琪, who "
             "pasted a 飞书妙记 智能纪要. Only the 待办 section counts: the 总结 and 章节 paragraphs restate two of the same tasks "
             "('4月15日前给出改善方案', '周五前完成资料整理') and describe discussion, so they add no items. 彭浩 '周五前' -> this "
             "week's Friday 2026-04-10; 谭佳 '4月15日前' -> 2026-04-15; 肖雨婷 '下周一前' -> 2026-04-13; 刘晓芸 '尽快' -> vague_due. "
             "Meeting time 14:00-15:20 is not a next meeting; none is stated -> null. The AI disclaimer is boilerplate.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7309, 'block-format-labour-day-makeup-saturday-outlook', 'minutes', 'B',
      'Outlook 16 (IMAP) UTF-8 base64, 事项一/负责人/完成时间 blocks, sent the first working day after Labour Day: '
      '本周六（调休上班）前 and 3个工作日内 both land on the 05-09 make-up Saturday; 下周三; department-only owner; decision line')
def c7309():
    date = rfcdate('2026-05-06 18:22:37 +0800')
    text = """各位：

今天下午召开了节后原料备货及配送协调会，纪要如下，请各负责人按时完成。

一、会议情况
五一假期5天，门店原料消耗高于预期，鲜奶、芒果、椰果三类出现临时调拨。会议决定：自5月11日起，鲜果类原料配送频次由每周3次调整为每周4次。

二、待办事项
事项一：两家鲜奶备选供应商的样品送检
负责人：申文
完成时间：本周六（调休上班）前

事项二：与物流商重新签订冷链配送补充协议
负责人：谭佳
完成时间：3个工作日内

事项三：订货系统上线“鲜果预订”功能
负责人：贺军
完成时间：下周三

事项四：核对五一期间门店原料退货账目
负责人：财务部
完成时间：5月15日前

谭佳
供应链部
"""
    cs = 'utf-8'
    body = outlook_alt(text, cs, '----=_NextPart_000_0019_01DCDD55.7B3C8E40', font='微软雅黑')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('申文'), P('贺军'), P('颜春华'), P('阳丽')]
    cc = [P('曾志鹏'), BOT['B']]
    hdrs = outlook_hdrs(P('谭佳'), to, cc, '节后原料备货及配送协调会纪要', date,
                        '<000001dcdd55$7b3c8e40$71b5aac0$@%s>' % B_DOM, cs, thread_index='AdzdVXs8jkBxtarApbE0Q5Vn0cFmRA==')
    raw = finish(b_trace(date, P('谭佳')[1], 'lark-3e7d21f0a8', frm='TANJIA-PC (unknown [113.246.12.%d])', ip=87), hdrs, body)
    items = [
        I('申文', '两家鲜奶备选供应商的样品送检', ('this', 'Sat'), '2026-05-09'),
        I('谭佳', '与物流商重新签订冷链配送补充协议', ('workdays', 3), '2026-05-09'),
        I('贺军', '订货系统上线“鲜果预订”功能', ('next', 'Wed'), '2026-05-13'),
        I(None, '核对五一期间门店原料退货账目', ('abs', 5, 15), '2026-05-15', dept='财务部'),
    ]
    notes = ("Outlook (IMAP account) UTF-8 base64, sent Wed 2026-05-06 18:22, the first working day after Labour Day (05-01..05-05; "
             "Sat 05-09 is a make-up working day). 事项一 '本周六（调休上班）前' -> this week's Saturday 2026-05-09. 事项二 '3个工作日内' "
             "from Thu 05-07: 05-07(1), 05-08(2), Sat 05-09(3, make-up) -> 2026-05-09 (ignoring the make-up day gives 05-11). "
             "事项三 '下周三' -> 2026-05-13. 事项四 负责人 is a department (财务部) -> no_owner, department 财务部, 2026-05-15. "
             "The 会议决定 line (配送频次, from 5月11日) is a decision. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7311, 'grouped-by-person-feishu-mobile', 'minutes', 'B',
      'Feishu mail (iOS app) UTF-8 QP plain+HTML, minutes grouped by person (【罗俊杰】1. 2. …): 周六前 from a Thursday, '
      '明天中午12点前, 4月底前, 下周一; statistics line; next 复盘会 with 晚8点')
def c7311():
    date = rfcdate('2026-04-16 21:08:55 +0800')
    text = """各位：
今天下午开了巡店复盘会，按人整理待办如下：

【罗俊杰】
1. 娄星区万豪店、乐坪大道店出杯超时问题，周六前跟店3天并出整改报告
2. 双峰县2家门店员工健康证到期补办，4月24日前全部办完
【申文】
1. 双峰县门店椰果断货，明天中午12点前补发到店
【肖雨婷】
1. 整理新版《出品标准操作手册》（含杨梅系列），4月底前发各门店
【刘晓芸】
1. 下周一组织娄星区店长例会，传达本次巡店问题

本次巡店共检查门店12家，平均得分87.5分，比上月提升2.1分。

下次复盘会：4月30日（周四）晚8点

刘晓芸
"""
    html = ('<div style="font-family:\'PingFang SC\',sans-serif;font-size:15px">%s</div>\n'
            '<div><br></div><div style="color:#8f959e;font-size:12px">发自飞书邮箱 iOS 版</div>\n') % div_paras(text)
    text2 = text + '\n发自飞书邮箱 iOS 版\n'
    body = multipart('alternative', [text_part(text2, 'plain', 'UTF-8', 'quoted-printable', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'quoted-printable', crlf=False, quote_cs=False)],
                     '2a6e0f4c8b1d3e5a7c9f0b2d4e6a8c0e')
    to = [P('罗俊杰'), P('申文'), P('肖雨婷')]
    cc = [P('曾志鹏'), BOT['B']]
    hdrs = lark_hdrs(P('刘晓芸'), to, cc, '4月第3周巡店复盘会纪要（娄星区、双峰县门店）', date,
                     '<5d1e8b2a-0c7f-4a93-b6e1-8f2d3c4a7b90@%s>' % B_DOM)
    raw = finish(b_trace(date, P('刘晓芸')[1], 'lark-6b2f9a01d4', frm='mail-app.feishu.cn (unknown [10.221.98.%d])', ip=203), hdrs, body)
    items = [
        I('罗俊杰', '跟店3天解决万豪店、乐坪大道店出杯超时问题并出整改报告', ('wd', 'Sat'), '2026-04-18'),
        I('罗俊杰', '双峰县2家门店员工健康证到期补办', ('abs', 4, 24), '2026-04-24'),
        I('申文', '双峰县门店椰果补发到店', ('plus', 1), '2026-04-17', time='12:00', exp_time='12:00'),
        I('肖雨婷', '整理新版《出品标准操作手册》（含杨梅系列）发各门店', ('month_end',), '2026-04-30'),
        I('刘晓芸', '组织娄星区店长例会，传达本次巡店问题', ('next', 'Mon'), '2026-04-20'),
    ]
    notes = ("Feishu mail from the iOS app, UTF-8 quoted-printable, sent Thu 2026-04-16 21:08. Items are grouped under 【name】 "
             "headings; each numbered line belongs to the person above. 罗俊杰 1 '周六前' (bare weekday, not yet past) -> "
             "2026-04-18; 2 '4月24日前' -> 2026-04-24. 申文 '明天中午12点前' -> 2026-04-17 12:00. 肖雨婷 '4月底前' -> 2026-04-30. "
             "刘晓芸 (the sender) '下周一组织…例会' -> 2026-04-20. The scoring line (87.5分) is a fact. '下次复盘会：4月30日（周四）"
             "晚8点' -> 2026-04-30 20:00. '发自飞书邮箱 iOS 版' is the app signature.")
    return dict(raw=raw, items=items, next=(('abs', 4, 30), '20:00', '2026-04-30'), notes=notes)


@case(7312, 'ec-supplier-followup-table-outlook', 'minutes', 'B',
      'Outlook UTF-8 QP HTML 外部沟通跟进表 (seed) for a supplier delay: ①(4月27日前) ② conditional without date owned by the '
      'row 负责人; 下次沟通时间 column -> next_followup without time; supplier promise is not our item')
def c7312():
    date = rfcdate('2026-04-24 17:12:30 +0800')
    rows = [['沟通编号', '沟通日期', '对方单位/联系人', '我方对接人', '沟通类型（客户/供应商/合作方）', '核心需求/反馈',
             '解决方案/进展', '下次沟通时间', '负责人'],
            ['EC2026-04-24', '2026-04-24', '安溪鸿茗茶业/陈少华经理', '供应链部/申文', '供应商',
             '原定4月28日交付的茉莉绿茶原叶因春茶采摘推迟，需推迟至5月8日交付',
             '①与产品研发部确认现有库存可支撑天数（4月27日前）②若库存撑不到5月8日，启动备选供应商询价', '2026-04-28', '申文']]
    head = """曾总、肖主管：

今天下午和鸿茗茶业陈经理电话沟通了茉莉绿茶原叶的交期问题，跟进表如下：
"""
    tail = """
另：陈经理答应5月8日到货时随货附上新茶的农残检测报告。

谭佳
供应链部经理
娄底茶小满餐饮连锁管理有限公司
"""
    text = head + '\n外部沟通跟进表\n' + tsv(rows) + '\n' + tail
    tbl = html_table(rows, cell_style='border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt;font-size:10.5pt')
    inner = mso_paras(head) + '\n<p class="MsoNormal"><b>外部沟通跟进表</b><o:p></o:p></p>\n' + tbl + '\n' + mso_paras(tail)
    cs = 'utf-8'
    body = outlook_alt(text, cs, '----=_NextPart_000_0033_01DCD3C4.6E1A9F50', html_inner=inner, cte='quoted-printable', font='微软雅黑')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('曾志鹏'), P('肖雨婷')]
    cc = [P('申文'), BOT['B']]
    hdrs = outlook_hdrs(P('谭佳'), to, cc, '外部沟通跟进表-鸿茗茶业茉莉绿茶原叶交期（EC2026-04-24）', date,
                        '<003301dcd3c4$6e1a9f50$4a4fddf0$@%s>' % B_DOM, cs, thread_index='AdzTxG4an1BKT93wRu6WkPq+3M0Zsg==')
    raw = finish(b_trace(date, P('谭佳')[1], 'lark-9c04e2b7f1', frm='TANJIA-PC (unknown [113.246.12.%d])', ip=87), hdrs, body)
    items = [
        I('申文', '与产品研发部确认现有库存可支撑天数', ('abs', 4, 27), '2026-04-27'),
        I('申文', '若库存撑不到5月8日，启动备选供应商询价', None, None),
    ]
    notes = ("Seed 外部沟通跟进表 (supplier row) as an Outlook HTML table, sent Fri 2026-04-24. The 解决方案/进展 cell holds two "
             "items that name no person, so the row 负责人 申文 owns both. ① '(4月27日前)' -> Mon 2026-04-27. ② is conditional and "
             "has no deadline of its own (5月8日 is the supplier's delivery date in the condition) -> no_due. 核心需求/反馈 (delay "
             "from 4月28日 to 5月8日) is the supplier's news; the closing line is the supplier's promise, not our item. "
             "下次沟通时间 2026-04-28, no time -> next_followup 2026-04-28, time null.")
    return dict(raw=raw, items=items, next=(('abs', 4, 28), None, '2026-04-28'), notes=notes)


@case(7313, 'collab-tracking-table-foxmail-gb18030', 'minutes', 'B',
      'Foxmail gb18030 base64 HTML 跨部门协作事项跟踪表 (seed, 11 columns, two 责任人 columns): 已完成 row skipped, '
      '计划完成时间 as ISO dates, 待定 -> vague; owner = 责任人（发起方） (AMBIGUOUS)')
def c7313():
    date = rfcdate('2026-05-15 17:40:02 +0800')
    rows = [['序号', '事项名称', '发起部门', '协作部门', '责任人（发起方）', '责任人（协作方）', '计划开始时间', '计划完成时间',
             '实际完成时间', '进展情况', '风险点及应对措施'],
            ['1', '夏季新品上市物料设计', '品牌市场部', '产品研发部', '邹敏', '肖雨婷', '2026-05-06', '2026-05-15', '2026-05-14',
             '已完成', '—'],
            ['2', '点单小程序会员积分改版', '信息技术部', '门店运营部', '贺军', '刘晓芸', '2026-05-08', '2026-05-29', '',
             '进行中（60%）', '第三方支付接口联调可能延后，已预留3天缓冲'],
            ['3', '湘中区域新加盟店选址评估', '加盟发展部', '财务部', '彭浩', '颜春华', '2026-05-11', '2026-05-22', '', '进行中', ''],
            ['4', '原料仓温湿度监控改造', '供应链部', '信息技术部', '谭佳', '贺军', '2026-05-13', '待定', '',
             '延期（设备未到货）', '设备供应商到货时间未定，每周跟进一次']]
    head = """各位负责人：

本周五协作事项碰头会已开完，更新后的跨部门协作事项跟踪表如下（第20周），请对照推进：
"""
    tail = """
说明：本表每周五下午更新一次，进展有变化请随时告诉我。

段琪
总经办
"""
    text = head + '\n' + tsv(rows) + '\n' + tail
    tbl = html_table(rows, cell_style='border:1px solid #999;padding:3px 6px;font-size:13px')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb18030"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n%s\n<div><b>跨部门协作事项跟踪表（第20周）</b></div>\n%s\n%s\n</body></html>\n') % (div_paras(head), tbl, div_paras(tail))
    cs = 'gb18030'
    body = multipart('alternative', [text_part(text, 'plain', cs, 'base64'), text_part(html, 'html', cs, 'base64')],
                     '----=_001_NextPart504927318860_=----')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('邹敏'), P('肖雨婷'), P('贺军'), P('刘晓芸'), P('彭浩'), P('颜春华'), P('谭佳')]
    cc = [P('曾志鹏'), BOT['B']]
    hdrs = [('Date', rfcdate('2026-05-15 17:40:02 +0800')), ('From', addr(*P('段琪'), cs=cs, quote=True)),
            ('To', addrs(to, cs, quote=True)), ('Cc', addrs(cc, cs, quote=True)),
            ('Subject', subj('跨部门协作事项跟踪表（第20周）', cs)),
            ('X-Priority', '3'), ('X-GUID', '8A41D2C7-3F5E-4B06-A9D8-61C0E7B2F493'), ('X-Has-Attach', 'no'),
            ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('*MIME*', None),
            ('Message-ID', '<202605151740016738402@%s>' % B_DOM)]
    raw = finish(b_trace(date, P('段琪')[1], 'lark-1d8e5c3b70', frm='DUANQI-PC (unknown [113.246.12.%d])', ip=52), hdrs, body)
    items = [
        I('贺军', '点单小程序会员积分改版', ('abs', 5, 29), '2026-05-29'),
        I('彭浩', '湘中区域新加盟店选址评估', ('abs', 5, 22), '2026-05-22'),
        I('谭佳', '原料仓温湿度监控改造', None, None, vague=True),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 (Foxmail, gb18030 base64 HTML table + tab text), sent Fri 2026-05-15. Row 1 is 已完成 "
             "(actual completion date filled) -> not an item. AMBIGUOUS: the table has two 责任人 columns; the 发起方 person leads "
             "the item and the 协作方 person supports it (协作 = 配合), so the owner is 责任人（发起方）. Row 2 贺军, 计划完成时间 "
             "2026-05-29 ('进行中（60%）' is status, not a reply). Row 3 彭浩, 2026-05-22. Row 4 谭佳, 计划完成时间 '待定' -> "
             "vague_due (延期 is status). 风险点 cells are remarks. The weekly update note is a standing rule; no next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7314, 'chat-paste-makeup-saturday-mailmaster', 'minutes', 'B',
      'NetEase Mail Master (iPhone) UTF-8 base64, sent on the 05-09 make-up Saturday: numbered list plus a pasted group-chat '
      'log that restates the tasks (not items); 周一前 from a Saturday, 下周三前, 下周四; store managers as 店长 + name')
def c7314():
    date = rfcdate('2026-05-09 20:16:41 +0800')
    text = """刘经理及各位店长：

今天调休上班，早上在乐坪大道店开了个短会，纪要如下：
1、万豪店：周一前把冰沙机维修申请提交到运营部（万豪店店长 龙慧）
2、乐坪大道店：下周三前完成3名新员工的出品考核（店长 曹亮）
3、全部门店：5月12日起执行新版开收档检查表，罗俊杰下周四抽查各店执行情况

附：早会群聊记录（供参考）
[08:42] 罗俊杰：@龙慧 冰沙机的维修申请周一前交给运营部哈
[08:43] 龙慧：收到👌
[08:45] 罗俊杰：@曹亮 新来的三个下周三前考核完
[08:45] 曹亮：好的罗哥
[08:50] 罗俊杰：大家记得12号开始用新的检查表，下周四我过来抽查

发自网易邮箱大师
"""
    html = ('<div style="line-height: 1.7;"><div style="font-size: 14px;">%s</div>'
            '<div id="ntes-iosmail-signature-div" style="font-size: 12px; color: #999;">发自<a href="https://mail.163.com/dashi/dlpro.html?from=mail88" '
            'style="color:#315f9c">网易邮箱大师</a></div></div>\n') % br_text(text.replace('\n发自网易邮箱大师\n', ''))
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'base64', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'base64', crlf=False, quote_cs=False)],
                     '----=_Part_1226_1093381604.1778328999706')
    to = [P('刘晓芸'), P('龙慧'), P('曹亮')]
    cc = [BOT['B']]
    hdrs = [('Date', date), ('From', '%s <%s>' % (ew('罗俊杰'), P('罗俊杰')[1])),
            ('To', addrs(to, quote=True)), ('Cc', addrs(cc, quote=True)),
            ('Message-ID', '<6f1b2e8c.5d40.19e0d7a3c12.mailmaster.luojunjie@%s>' % B_DOM),
            ('Subject', subj('今天门店早会纪要（附群聊记录）')),
            ('*MIME*', None), ('X-Mailer', 'MailMasterIOS/7.21.2.2236 (iOS 18.4.1)'),
            ('X-CUSTOM-MAIL-MASTER-SENT-ID', 'A3F1D56B-7C20-48E9-9B3E-5E0C2A1D7F64')]
    raw = finish(b_trace(date, P('罗俊杰')[1], 'lark-4f0a7e92c6', frm='imap-sync.mail.163.com (unknown [59.111.176.%d])', ip=36), hdrs, body)
    items = [
        I('龙慧', '把冰沙机维修申请提交到运营部', ('wd', 'Mon'), '2026-05-11'),
        I('曹亮', '完成3名新员工的出品考核', ('next', 'Wed'), '2026-05-13'),
        I('罗俊杰', '抽查各店新版开收档检查表执行情况', ('next', 'Thu'), '2026-05-14'),
    ]
    notes = ("NetEase Mail Master on an iPhone (UTF-8 base64), sent Sat 2026-05-09, the Labour Day make-up working day. "
             "1: the owner is the person in brackets (万豪店店长 龙慧; the store name is not a unit of the roster); '周一前' on a "
             "Saturday -> this week's Monday is past -> Mon 2026-05-11. 2: 店长 曹亮, '下周三前' -> 2026-05-13. 3: '5月12日起执行…' "
             "is a rule for all stores; the task is 罗俊杰's 抽查, '下周四' -> 2026-05-14. The pasted group-chat log restates the "
             "same tasks and adds nothing (not items). '发自网易邮箱大师' is the app signature. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7315, 'apple-mail-wrapped-items-next-two-lines', 'minutes', 'B',
      'Apple Mail (macOS) plain UTF-8 QP: items hard-wrapped over two lines, 下周五前 from a Wednesday, 本月底前, 7月10日前, '
      '尽快 in brackets; decisions section; next meeting day on one line and its time on the next')
def c7315():
    date = rfcdate('2026-07-01 19:03:27 +0800')
    text = """各位好，

今天下午品牌联名项目（与“梅山剪纸”工作室联名）启动会的纪要整理如下：

一、会议结论
1. 联名款杯套和纸袋共设计3款图样，7月下旬在全部门店同步上线。
2. 联名费用由品牌市场部年度预算列支。

二、待办事项
1. 邹敏：与梅山剪纸工作室确认授权范围和授权期限，
   下周五前签署授权协议。
2. 肖雨婷：配合联名主题研发一款限定饮品，本月底前
   完成口味测试。
3. 刘晓芸：梳理参与联名活动的门店名单及各店物料需求
   数量，7月10日前汇总给市场部。
4. 阳丽：审核联名项目费用预算（尽快）。

下次会议：7月8日（周三）
时间：上午10:00，地点：总部2楼会议室

邹敏
茶小满·品牌市场部
"""
    body = text_part(text, 'plain', 'utf-8', 'quoted-printable', crlf=False, quote_cs=False)
    to = [P('肖雨婷'), P('刘晓芸'), P('阳丽')]
    cc = [P('曾志鹏'), BOT['B']]
    hdrs = [('From', addr(*P('邹敏'))), ('Content-Type', None), ('Content-Transfer-Encoding', None),
            ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
            ('Subject', subj('品牌联名项目启动会 会议纪要')), ('Message-Id', '<B3E7F0A2-6C14-4D8B-A5E9-20F1C7D3B486@%s>' % B_DOM),
            ('Date', date), ('Cc', addrs(cc)), ('To', addrs(to)), ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')]
    # Apple Mail puts Content-Type/CTE first: emulate by pulling them from the part
    ct, cte = body['Content-Type'], body['Content-Transfer-Encoding']
    del body['Content-Type']
    del body['Content-Transfer-Encoding']
    hdrs = [(k, ct if k == 'Content-Type' else cte if k == 'Content-Transfer-Encoding' else v) for k, v in hdrs]
    raw = finish(b_trace(date, P('邹敏')[1], 'lark-7a3c51e0b9', frm='zoumindeMacBook-Air.local (unknown [175.8.41.%d])', ip=119),
                 hdrs, body)
    items = [
        I('邹敏', '与梅山剪纸工作室确认授权范围和授权期限，签署授权协议', ('next', 'Fri'), '2026-07-10'),
        I('肖雨婷', '研发一款联名限定饮品并完成口味测试', ('month_end',), '2026-07-31'),
        I('刘晓芸', '梳理参与联名活动的门店名单及各店物料需求数量，汇总给市场部', ('abs', 7, 10), '2026-07-10'),
        I('阳丽', '审核联名项目费用预算', None, None, vague=True),
    ]
    notes = ("Apple Mail on macOS, single text/plain UTF-8 quoted-printable (Apple's header order, Mime-Version with the "
             "build comment), sent Wed 2026-07-01. Items 1-3 are hard-wrapped: the second line (with the deadline) belongs to "
             "the item. 1: 邹敏 (the sender) '下周五前' -> 2026-07-10. 2: '本月底前' -> 2026-07-31. 3: '7月10日前' -> 2026-07-10. "
             "4: '（尽快）' -> vague_due. 会议结论 (7月下旬上线, 费用列支) are decisions. Next meeting: date on one line "
             "('下次会议：7月8日（周三）') and its time on the next ('时间：上午10:00') -> 2026-07-08 10:00.")
    return dict(raw=raw, items=items, next=(('abs', 7, 8), '10:00', '2026-07-08'), notes=notes)


@case(7316, 'other-finance-request-feishu', 'other', 'B',
      'Feishu mail: a plain request from finance to store managers (请于5月20日（周三）前…) with the bot in Cc out of habit; '
      'no meeting, no minutes -> other')
def c7316():
    date = rfcdate('2026-05-18 10:05:44 +0800')
    text = """各位店长：

4月份的门店零星采购报销单据还有部分门店没有提交，请于5月20日（周三）前把纸质单据寄回总部财务部，电子版同时发我邮箱。逾期的顺延至下月处理。

单据粘贴要求和上月一样，发票抬头必须是“娄底茶小满餐饮连锁管理有限公司”。如有疑问请联系我，分机8023。

谢谢！

阳丽
财务部
"""
    html = '<div style="font-family:\'PingFang SC\',\'Microsoft YaHei\',sans-serif;font-size:14px">%s</div>\n' % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'base64', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'base64', crlf=False, quote_cs=False)],
                     '0e4b7d1a9c2f5e8b3a6d0c9f2e5b8a1d')
    to = [P('龙慧'), P('曹亮'), P('罗俊杰')]
    cc = [P('颜春华'), BOT['B']]
    hdrs = lark_hdrs(P('阳丽'), to, cc, '请各门店5月20日前提交4月份报销单据', date, '<a0c47e1b-92d3-4f58-8e6a-3b7d0f1c2e94@%s>' % B_DOM)
    raw = finish(b_trace(date, P('阳丽')[1], 'lark-8e2b64d1f3', ip=27), hdrs, body)
    notes = ("A person-to-person request from finance (Feishu mail, UTF-8 base64), sent Mon 2026-05-18, with the bot in Cc "
             "out of habit. It has a deadline ('5月20日（周三）前') but no meeting and no minutes: kind other, no items, no "
             "follow-up. The store managers' submission is a request, not a recorded action item of a meeting.")
    return dict(raw=raw, items=[], next=None, notes=notes)


@case(7317, 'auto-bulk-supply-newsletter', 'auto', 'B',
      'Bulk newsletter from a supply-chain platform to the bot address (Precedence: bulk, List-Unsubscribe one-click, '
      'List-Id, noreply From); the body imitates ①② to-dos with 负责人 and dates')
def c7317():
    date = rfcdate('2026-05-28 09:30:00 +0800')
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>餐链通商家周报</title></head>
<body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Microsoft YaHei',sans-serif;font-size:14px;color:#333">
<tr><td style="background:#ff7a00;color:#fff;padding:16px 24px;font-size:20px">餐链通 · 茶饮商家周报 第21期</td></tr>
<tr><td style="padding:20px 24px">
<p>尊敬的茶小满商家：</p>
<p>本周鲜奶、芒果、椰果价格环比分别上涨1.2%、6.8%、0.5%，杨梅进入采摘旺季，到货价较上周下降约9%。</p>
<p><b>本周待办提醒</b></p>
<p>① 6月1日前完成《食品经营许可证》年度报告（负责人：门店负责人）</p>
<p>② 6月5日前确认618大促备货单，逾期将无法享受满减（负责人：采购负责人）</p>
<p>③ 端午节（6月19日）前最后下单日为6月16日</p>
<p><b>下期预告</b>：6月4日发布夏季果茶原料采购指南。</p>
<p style="text-align:center;margin-top:24px"><a href="https://www.canliantong.example.com/deals?utm_source=edm&amp;utm_campaign=wk21" style="background:#ff7a00;color:#fff;padding:10px 24px;text-decoration:none">查看本周特价</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#999">您收到此邮件是因为您使用 minutes@chaxiaoman.example.cn 注册了餐链通商家账号。
<a href="https://www.canliantong.example.com/unsubscribe?u=8f3a2c91&amp;l=merchant-weekly">退订</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    body = text_part(html, 'html', 'utf-8', 'quoted-printable', crlf=False)
    hdrs = [('Date', date), ('From', '%s <noreply@news.canliantong.example.com>' % ew('餐链通商家服务')),
            ('To', BOT['B'][1]), ('Subject', subj('【餐链通】茶饮商家周报第21期：杨梅旺季到货价下降9%')),
            ('Message-ID', '<20260528013000.8f3a2c91.wk21@news.canliantong.example.com>'), ('*MIME*', None),
            ('Precedence', 'bulk'), ('List-Id', '=?utf-8?B?6aSQ6ZO+6YCa5ZWG5a625ZGo5oql?= <merchant-weekly.news.canliantong.example.com>'),
            ('List-Unsubscribe', '<https://www.canliantong.example.com/unsubscribe?u=8f3a2c91&l=merchant-weekly>,\n <mailto:unsubscribe@news.canliantong.example.com?subject=8f3a2c91>'),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'SendCloud EDM'),
            ('X-SMTPAPI', '{"category":"merchant-weekly"}'), ('Feedback-ID', 'wk21:merchant-weekly:canliantong:sendcloud')]
    raw = finish(trace(date, 'bounce+8f3a2c91@sendcloud.canliantong.example.com', BOT['B'][1], B_MX,
                       'edm-out3.sendcloud.example.net (edm-out3.sendcloud.example.net [101.37.62.%d])' % 15,
                       'lark-c7d0a3e15b', delay=6, with_='ESMTPS'), hdrs, body)
    notes = ("Bulk marketing newsletter sent to the bot's own address (it was used to register a supplier-platform account): "
             "Precedence: bulk, List-Id, List-Unsubscribe with one-click Post, Feedback-ID, noreply sender, HTML only. The body "
             "mimics a to-do list (①②③ with '6月1日前', '负责人：门店负责人', '下期预告：6月4日') -> kind auto, no items, no follow-up.")
    return dict(raw=raw, items=[], next=None, notes=notes)


@case(7334, 'feishu-weekly-review-section-titles', 'minutes', 'B',
      'Feishu mail UTF-8 QP weekly minutes: 上周待办回顾 with ✔ (status, not items) and 本周待办 with owners as titles '
      '(研发主管肖雨婷, 阳会计, 彭经理, 贺工); 待定; next = 下周五同一时间继续 (meeting 16:00)')
def c7334():
    date = rfcdate('2026-07-17 17:25:09 +0800')
    text = """各位：
本周总部周会纪要如下（会议时间：7月17日 16:00-17:00，地点：总部3楼）

一、上周待办回顾
1. 点单小程序会员积分改版——贺工，已上线 ✔
2. 湘中区域新加盟店选址评估——彭经理，评估报告已提交 ✔

二、本周待办
1. 研发主管肖雨婷：下周三前完成秋季新品（桂花酒酿系列）3款配方定稿
2. 阳会计：7月份门店分账对账，月底前完成
3. 彭经理：与邵阳2家意向加盟商完成签约面谈，时间待定
4. 贺工：收银系统升级方案，下周一给曾总过目

下周五同一时间继续。

段琪
总经办
"""
    html = '<div style="font-family:\'PingFang SC\',\'Microsoft YaHei\',sans-serif;font-size:14px">%s</div>\n' % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'quoted-printable', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'quoted-printable', crlf=False, quote_cs=False)],
                     '5b9e2c7f0a3d6e1b4c8f2a5d9e0b3c6f')
    to = [P('曾志鹏'), P('肖雨婷'), P('阳丽'), P('彭浩'), P('贺军'), P('刘晓芸'), P('谭佳'), P('邹敏')]
    hdrs = lark_hdrs(P('段琪'), to, [BOT['B']], '总部周会纪要 7.17', date, '<c29e04f7-1a6b-4d3e-8f5c-7e0a2b9d6c13@%s>' % B_DOM)
    raw = finish(b_trace(date, P('段琪')[1], 'lark-e5b80d2a47', ip=14), hdrs, body)
    items = [
        I('肖雨婷', '完成秋季新品（桂花酒酿系列）3款配方定稿', ('next', 'Wed'), '2026-07-22'),
        I('阳丽', '7月份门店分账对账', ('month_end',), '2026-07-31'),
        I('彭浩', '与邵阳2家意向加盟商完成签约面谈', None, None, vague=True),
        I('贺军', '出收银系统升级方案给曾总过目', ('next', 'Mon'), '2026-07-20'),
    ]
    notes = ("Feishu mail, UTF-8 QP, sent Fri 2026-07-17. 上周待办回顾 lists finished work (已上线/已提交 ✔) -> status, not items. "
             "本周待办 owners are written with titles: '研发主管肖雨婷' = 肖雨婷, '阳会计' = 阳丽, '彭经理' = 彭浩, '贺工' = 贺军 "
             "(roster aliases). 1 '下周三前' -> 2026-07-22; 2 '月底前' -> 2026-07-31; 3 '时间待定' -> vague_due; 4 '下周一' -> "
             "2026-07-20. '下周五同一时间继续': the meeting ran 16:00-17:00 today -> Fri 2026-07-24 16:00.")
    return dict(raw=raw, items=items, next=(('next', 'Fri'), '16:00', '2026-07-24'), notes=notes)


# ================================================================ C: 石家庄博远职业技能培训学校 (企业微信 / Tencent Exmail)
C_MX = 'newxmmxszc1-3.qq.com (NewMX)'


def c_trace(date, sender, qid, frm='newxmesmtplogicsvrszc13-0.qq.com (unknown [43.163.197.%d])', ip=33, delay=2):
    return trace(date, sender, BOT['C'][1], C_MX, frm % ip, qid, delay=delay, with_='SMTP')


def exmail_hdrs(frm, to, cc, subject, date, mid, cs='utf-8', xq='xmsmtpt1775', extra=()):
    h = [('From', '%s <%s>' % (ew(frm[0], cs), frm[1])), ('To', addrs(to, cs, quote=True))]
    if cc:
        h.append(('Cc', addrs(cc, cs, quote=True)))
    h += [('Subject', subj(subject, cs)), ('Mime-Version', '1.0'), ('*CONTENT*', None), ('Date', date),
          ('X-Priority', '3'), ('Message-ID', mid), ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
          ('X-Mailer', 'QQMail 2.x'), ('X-QQ-Mailer', 'QQMail 2.x'), ('X-QQ-mid', xq)]
    h.extend(extra)
    return h


def qq_html(text, cs):
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s"><div style="font-family: &quot;Microsoft YaHei UI&quot;, '
            'Tahoma; font-size: 14px; line-height: 1.5;">%s</div>\n') % (cs, div_paras(text))


@case(7310, 'tencent-meeting-ai-minutes-wecom', 'minutes', 'C',
      '企业微信 mail (Exmail) UTF-8 base64: 腾讯会议 智能纪要 pasted by the organiser; only 待办事项 (☐ lines) count; summary and '
      'chapter notes repeat dates; 明天下午3点前, 6月30日前, 本月底前, 本周四 from a Monday after Dragon Boat')
def c7310():
    date = rfcdate('2026-06-22 11:40:12 +0800')
    text = """赵校长、各位老师：

今天上午暑期招生宣传方案讨论会的腾讯会议智能纪要转给大家，待办部分我核对过了，请各位按时间完成。

腾讯会议 · 智能纪要
会议主题：暑期招生宣传方案讨论会
会议时间：2026/06/22 09:30-11:05
参会人员：孙立国、赵建民、杜鹏、高婷、李红霞、郝建

会议摘要
暑期招生宣传定于7月1日全面启动，主推电工、焊工、育婴员三个短期班及“学历+技能”双证项目。会议决定暑期报名学员学费优惠10%，优惠截至8月31日。宣传预算控制在3万元以内。

分段纪要
1. 宣传渠道（09:32）：杜鹏介绍抖音、视频号近三个月数据，建议暑期加大短视频投放，短视频脚本需要尽快定稿。
2. 合作学校（10:05）：孙立国提出与3所中职学校开展合作招生，6月底前完成对接。
3. 预算（10:40）：李红霞说明上半年宣传费用支出情况。

待办事项
☐ 杜鹏：明天下午3点前确认暑期招生短视频脚本（3条）
☐ 孙立国：6月30日前完成与3所中职学校的合作招生对接
☐ 高婷：本月底前更新官网及公众号课程介绍页面
☐ 李红霞：本周四前核算暑期招生宣传预算明细

—— 以上内容由腾讯会议AI生成，仅供参考

孙立国
招生办
"""
    html = qq_html(text, 'utf-8')
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64'), text_part(html, 'html', 'utf-8', 'base64')],
                     '----=_NextPart_6876A1CC_0B9E4F28_5F3C1A07')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('赵建民'), P('杜鹏'), P('高婷'), P('李红霞'), P('郝建')]
    cc = [BOT['C']]
    hdrs = exmail_hdrs(P('孙立国'), to, cc, '腾讯会议智能纪要｜暑期招生宣传方案讨论会', date,
                       '<tencent_6A2F9C04E1B75D38A0C6F2E9@exmail.qq.com>', xq='xmsmtpt1782099612tq3n8w5ra',
                       extra=[('X-QQ-SENDSIZE', '520'), ('X-QQ-Bgrelay', '1')])
    raw = finish(c_trace(date, P('孙立国')[1], '4B7F2A1C', ip=33), hdrs, body)
    items = [
        I('杜鹏', '确认暑期招生短视频脚本（3条）', ('plus', 1), '2026-06-23', time='15:00', exp_time='15:00'),
        I('孙立国', '完成与3所中职学校的合作招生对接', ('abs', 6, 30), '2026-06-30'),
        I('高婷', '更新官网及公众号课程介绍页面', ('month_end',), '2026-06-30'),
        I('李红霞', '核算暑期招生宣传预算明细', ('wd', 'Thu'), '2026-06-25'),
    ]
    notes = ("企业微信 mail (Tencent Exmail backend), UTF-8 base64, sent Mon 2026-06-22 11:40, the first working day after Dragon "
             "Boat. The organiser pasted a 腾讯会议 智能纪要; only the 待办事项 (☐) lines count. 会议摘要 holds decisions (优惠10%, "
             "截至8月31日, 预算) and 分段纪要 restates tasks ('尽快定稿', '6月底前完成对接') -> not extra items. 杜鹏 '明天下午3点前' -> "
             "2026-06-23 15:00; 孙立国 '6月30日前' -> 2026-06-30; 高婷 '本月底前' -> 2026-06-30; 李红霞 '本周四前' -> 2026-06-25. "
             "No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7318, 'school-teaching-titles-zhangzong-exmail', 'minutes', 'C',
      'Exmail web UTF-8 base64 text+HTML: owners as 钱老师, 王工 (with ①② sub-items), 张总牵头 (vague 尽快落地), 韩老师; '
      'a done line; a test date that is a fact; 下周三前 from a Thursday; next 例会 with 下午4点')
def c7318():
    date = rfcdate('2026-04-09 17:36:20 +0800')
    text = """各位老师：

4月9日下午教务工作例会纪要如下，请相关老师按时完成。

参会：赵校长、钱老师、王工、孙主任、郝主任、韩老师、高婷（记录）

1. 5月份课表：钱老师下周三前排出5月份电工、焊工、叉车三个班的课表，报赵校长审定。
2. 实训设备：王工负责
   ① 4月17日前完成焊接实训室6台焊机的检修；
   ② 4月底前提交实训耗材（焊条、钢板）采购清单。
3. 校企合作：由张总牵头，与河北车联汽车服务公司洽谈汽修专业订单班合作协议，尽快落地。
4. 清明假期前的学员考勤补录工作已完成，不再跟进。
5. 电工班期中理论测试定在4月22日，韩老师4月20日前把试卷交教务处。

下次例会时间：4月16日（周四）下午4点。

教务处 高婷
"""
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64'), text_part(qq_html(text, 'utf-8'), 'html', 'utf-8', 'base64')],
                     '----=_NextPart_69D77324_0A3E1B58_4C2D9E71')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('赵建民'), P('钱蕾'), P('王振'), P('孙立国'), P('郝建'), P('韩雪')]
    cc = [P('张国华'), BOT['C']]
    hdrs = exmail_hdrs(P('高婷'), to, cc, '4月9日教务工作例会纪要', date, '<tencent_1C8E4B7A29D03F65B1E7A4C0@exmail.qq.com>',
                       xq='xmsmtpt1775727380k2v7p0d1m')
    raw = finish(c_trace(date, P('高婷')[1], '2E91C4D7', ip=58), hdrs, body)
    items = [
        I('钱蕾', '排出5月份电工、焊工、叉车三个班的课表报赵校长审定', ('next', 'Wed'), '2026-04-15'),
        I('王振', '完成焊接实训室6台焊机的检修', ('abs', 4, 17), '2026-04-17'),
        I('王振', '提交实训耗材（焊条、钢板）采购清单', ('month_end',), '2026-04-30'),
        I('张国华', '与河北车联汽车服务公司洽谈汽修专业订单班合作协议', None, None, vague=True),
        I('韩雪', '电工班期中理论测试试卷交教务处', ('abs', 4, 20), '2026-04-20'),
    ]
    notes = ("Exmail web, UTF-8 base64, sent Thu 2026-04-09. Owners are written with titles: 钱老师 = 钱蕾, 王工 = 王振, 张总 = "
             "张国华 (roster aliases; 张总牵头 = he owns it), 韩老师 = 韩雪. 1 '下周三前' -> 2026-04-15. 2 王工's ①② are separate "
             "items: 2026-04-17 and '4月底前' 2026-04-30. 3 '尽快落地' -> vague_due. 4 is a done report. 5: the test date 4月22日 "
             "is a fact; the task is handing in the paper '4月20日前' -> 2026-04-20. '下次例会时间：4月16日（周四）下午4点' -> "
             "2026-04-16 16:00.")
    return dict(raw=raw, items=items, next=(('abs', 4, 16), '16:00', '2026-04-16'), notes=notes)


@case(7319, 'school-enrolment-nested-subitems-foxmail-gbk', 'minutes', 'C',
      'Foxmail text/plain GBK base64: （一）（二） per person with (1)(2) sub-items; 五一节前, 3个工作日内, 本月底前 for 李会计; '
      'statistics; next = 下周二同一时间 (meeting at 下午2:30)')
def c7319():
    date = rfcdate('2026-04-21 16:58:11 +0800')
    text = """孙主任、各位老师：

今天下午2:30招生工作例会记录如下。

一、上周招生数据：新增报名47人，其中电工23人、焊工11人、育婴员13人。

二、工作安排
（一）孙立国
（1）4月24日前联系长安区、裕华区3个社区，落实五一前的社区招生宣讲场地；
（2）与财务室对接退费流程，制定《学员退费办理须知》，5月8日前定稿。
（二）杜鹏
（1）五一节前完成夏季班招生简章第二版印刷，数量2000份；
（2）3个工作日内整理近一个月咨询未报名学员名单，逐一电话回访。
（三）李会计：核对4月份学费收款与报名系统数据，本月底前完成。

三、下周二同一时间继续开会。

招生办 杜鹏
"""
    body = text_part(text, 'plain', 'GBK', 'base64', quote_cs=True)
    to = [P('孙立国'), P('李红霞')]
    cc = [P('赵建民'), BOT['C']]
    hdrs = [('Date', rfcdate('2026-04-21 16:58:11 +0800')), ('From', addr(*P('杜鹏'), cs='GBK', quote=True)),
            ('To', addrs(to, 'GBK', quote=True)), ('Cc', addrs(cc, 'GBK', quote=True)),
            ('Subject', subj('招生办周例会记录（4月21日）', 'GBK')),
            ('X-Priority', '3'), ('X-GUID', '0F6E2A93-C4B1-47D5-8E20-9B3A7C51D6E8'), ('X-Has-Attach', 'no'),
            ('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('*MIME*', None),
            ('Message-ID', '<202604211658109273840@%s>' % C_DOM)]
    raw = finish(c_trace(date, P('杜鹏')[1], '7C30A5E2', frm='smtp.exmail.qq.com (unknown [222.223.114.%d])', ip=71), hdrs, body)
    items = [
        I('孙立国', '联系长安区、裕华区3个社区，落实社区招生宣讲场地', ('abs', 4, 24), '2026-04-24'),
        I('孙立国', '制定《学员退费办理须知》', ('abs', 5, 8), '2026-05-08'),
        I('杜鹏', '完成夏季班招生简章第二版印刷（2000份）', ('before_hol', 'Labour Day'), '2026-04-30'),
        I('杜鹏', '整理近一个月咨询未报名学员名单并电话回访', ('workdays', 3), '2026-04-24'),
        I('李红霞', '核对4月份学费收款与报名系统数据', ('month_end',), '2026-04-30'),
    ]
    notes = ("Foxmail, single text/plain GBK base64 (CRLF inside), sent Tue 2026-04-21. （一）（二） group by person; their (1)(2) "
             "sub-items are separate items. 孙立国 (1) '4月24日前' -> 2026-04-24 ('五一前的…场地' describes the venue, not the "
             "deadline); (2) '5月8日前定稿' -> 2026-05-08. 杜鹏 (1) '五一节前' -> last working day before Labour Day, Thu "
             "2026-04-30; (2) '3个工作日内' from Wed 04-22 -> 04-22, 04-23, 04-24 -> 2026-04-24. （三） '李会计' = 李红霞 (alias), "
             "'本月底前' -> 2026-04-30. 一 is statistics. '下周二同一时间继续开会' with the meeting at 下午2:30 -> Tue 2026-04-28 14:30.")
    return dict(raw=raw, items=items, next=(('next', 'Tue'), '14:30', '2026-04-28'), notes=notes)


@case(7320, 'school-council-docx-attachment-exmail', 'minutes', 'C',
      'Exmail web with a real .docx (python-docx, RFC 2231 filename): short body; in the document a decisions section, a '
      'task table with 主责/配合 in one cell, 本月底, 下周五, 待定; next 校务会 with 上午8:30')
def c7320():
    date = rfcdate('2026-05-11 12:03:36 +0800')
    text = """各位：

本周一校务会纪要见附件，请各部门按分工落实。

武丽
校长办公室
石家庄博远职业技能培训学校
"""
    blocks = [
        ('h', '石家庄博远职业技能培训学校'), ('h', '校务会会议纪要'),
        ('p', '会议时间：2026年5月11日（星期一）上午8:30'), ('p', '会议地点：行政楼202会议室'),
        ('p', '主持人：赵建民'), ('p', '出席：钱蕾、孙立国、王振、郝建、冯晓东、李红霞、武丽'), ('p', '记录：武丽'),
        ('p', '一、会议议定事项'),
        ('p', '1. 原则同意2026年下半年新增“养老护理员”培训项目。'),
        ('p', '2. 暑期学员宿舍调整方案通过，按学生管理处方案执行。'),
        ('p', '二、工作任务'),
        ('t', [['序号', '工作任务', '负责人', '完成时间'],
               ['1', '完成职业技能等级认定机构年度自查报告', '钱蕾', '5月15日前'],
               ['2', '修订学员安全管理制度并组织全员学习', '冯晓东', '本月底'],
               ['3', '核算一季度各专业班级成本', '李红霞', '下周五'],
               ['4', '新增就业推荐合作企业不少于5家', '郝建', '待定'],
               ['5', '实训楼消防设施年检', '王振（主责）、冯晓东（配合）', '5月29日前']]),
        ('p', '三、下次校务会：5月18日（周一）上午8:30，行政楼202会议室。'),
    ]
    docx = make_docx(blocks, '武丽', dt.datetime(2026, 5, 11, 11, 40, 0))
    fname = '校务会纪要20260511.docx'
    alt = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64'), text_part(qq_html(text, 'utf-8'), 'html', 'utf-8', 'base64')],
                    '----=_NextPart_6A0153A8_0E7C2B41_3D9F6A05')
    att = binary_part(docx, 'application/octet-stream', fname, 'utf-8', '2231')
    body = multipart('mixed', [alt, att], '----=_NextPart_6A0153A8_0E7C2B41_3D9F6A04')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('钱蕾'), P('孙立国'), P('王振'), P('郝建'), P('冯晓东'), P('李红霞')]
    cc = [P('赵建民'), BOT['C']]
    hdrs = exmail_hdrs(P('武丽'), to, cc, '校务会纪要（5月11日）', date, '<tencent_93B0E27C5A1D48F6C2E0B7A4@exmail.qq.com>',
                       xq='xmsmtpt1778472216r5c1x9e2v')
    raw = finish(c_trace(date, P('武丽')[1], '5D28F0B6', ip=47), hdrs, body)
    items = [
        I('钱蕾', '完成职业技能等级认定机构年度自查报告', ('abs', 5, 15), '2026-05-15'),
        I('冯晓东', '修订学员安全管理制度并组织全员学习', ('month_end',), '2026-05-31'),
        I('李红霞', '核算一季度各专业班级成本', ('next', 'Fri'), '2026-05-22'),
        I('郝建', '新增就业推荐合作企业不少于5家', None, None, vague=True),
        I('王振', '实训楼消防设施年检', ('abs', 5, 29), '2026-05-29'),
    ]
    notes = ("The minutes are only in the attached .docx (Exmail web; body 'see attachment'), sent Mon 2026-05-11 12:03. What "
             "a human reading the document records: 会议议定事项 1-2 are decisions. Task table: 1 钱蕾 '5月15日前' -> "
             "2026-05-15; 2 冯晓东 '本月底' -> 2026-05-31; 3 李红霞 '下周五' -> 2026-05-22; 4 郝建 '待定' -> vague_due; 5 "
             "'王振（主责）、冯晓东（配合）' -> 王振 only, 2026-05-29. '下次校务会：5月18日（周一）上午8:30' -> 2026-05-18 08:30.")
    return dict(raw=raw, items=items, next=(('abs', 5, 18), '08:30', '2026-05-18'), notes=notes)


@case(7321, 'school-urgent-hours-wecom', 'minutes', 'C',
      '企业微信 mail UTF-8 QP urgent incident minutes: 今天下班前 (date, no time), 2小时内 (Date header + 2 h), '
      '明天上午10点前, 本周五前; a rule line')
def c7321():
    date = rfcdate('2026-06-03 10:15:27 +0800')
    text = """赵校长、各位：

今天上午9:30就焊工2班学员在实训中手背烫伤一事召开了紧急协调会（学员已送医处理，轻度烫伤，无大碍）。处置安排如下：

1. 冯晓东：今天下班前与学员家长当面沟通，做好安抚和解释。
2. 王工：2小时内对焊工实训室全部防护手套、面罩进行检查，不合格的立即停用。
3. 钱老师：明天上午10点前提交焊工班实训安全操作规程修订稿。
4. 李会计：学员医疗费用先由学校垫付，凭票据办理，本周五前完成报销。
5. 焊工班实训课今天暂停，明天恢复。

冯晓东
学生管理处
"""
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable'),
                                     text_part(qq_html(text, 'utf-8'), 'html', 'utf-8', 'quoted-printable')],
                     '----=_NextPart_6A1F8B9F_11D4C7A2_7E6B0F13')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('赵建民'), P('王振'), P('钱蕾'), P('李红霞')]
    cc = [P('张国华'), BOT['C']]
    hdrs = exmail_hdrs(P('冯晓东'), to, cc, '【紧急】焊工实训室学员烫伤事件处置协调会纪要', date,
                       '<tencent_E4A7C1903B6F2D58A9E0C3B7@exmail.qq.com>', xq='xmsmtpt1780452927w8s4k1b6n',
                       extra=[('X-QQ-SENDSIZE', '520'), ('X-QQ-Bgrelay', '1'), ('X-Client-Type', 'WXWork')])
    raw = finish(c_trace(date, P('冯晓东')[1], '3F9A0C17', ip=21), hdrs, body)
    items = [
        I('冯晓东', '与学员家长当面沟通，做好安抚和解释', ('today',), '2026-06-03'),
        I('王振', '检查焊工实训室全部防护手套、面罩，不合格的立即停用', ('hours', 2), '2026-06-03', exp_time='12:15'),
        I('钱蕾', '提交焊工班实训安全操作规程修订稿', ('plus', 1), '2026-06-04', time='10:00', exp_time='10:00'),
        I('李红霞', '办理学员医疗费用垫付报销', ('this', 'Fri'), '2026-06-05'),
    ]
    notes = ("企业微信 mail (Exmail backend), UTF-8 quoted-printable, Date Wed 2026-06-03 10:15:27 +0800. 1 '今天下班前' -> the send "
             "date 2026-06-03 with no time. 2 王工 = 王振, '2小时内' counts from the Date header: 10:15 + 2 h -> 2026-06-03 12:15 "
             "(not from the 9:30 meeting). 3 钱老师 = 钱蕾, '明天上午10点前' -> 2026-06-04 10:00. 4 李会计 = 李红霞, '本周五前' -> "
             "2026-06-05. 5 is an arrangement/rule, not an item. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7322, 'partner-dingtalk-ai-minutes-external-from', 'minutes', 'C',
      'DingTalk mail from an outside partner (From external): 钉钉 AI听记 纪要 with AI摘要/发言人观点 and 待办事项; owners '
      'written 郝主任 / 钱老师 / the sender herself / 双方 (no_owner + 待定); 下周四前, 端午节后第一个工作日前')
def c7322():
    date = rfcdate('2026-06-12 15:20:48 +0800')
    text = """郝主任、钱老师：

感谢今天上午到我们公司交流，钉钉AI听记生成的纪要如下，我核对过待办部分，请贵校确认。

————————————————
车联汽服 × 博远职校 汽修订单班合作洽谈
2026-06-12 10:00 | 时长 1小时12分钟 | 发言人 4人

【AI摘要】
双方就“汽车维修工订单班”达成合作意向：首期招生30人，计划9月开班；学员实习期间由车联汽服按每月2000元标准发放实习补贴。博远职校将在端午节后提供实训设备清单，车联汽服提供用工岗位说明。
【关键词】订单班 实习补贴 实训设备 培养方案
【发言人观点】
马丽娜：希望课程中增加新能源汽车维修内容，下周能看到培养方案初稿。
郝建：培养方案初稿下周四前可以给到。
钱蕾：实训设备清单需要和我校现有设备比对后再确认。
【待办事项】
1. 郝主任：下周四前提供订单班培养方案初稿（含课程设置与课时安排）
2. 钱老师：端午节后第一个工作日前确认汽修实训设备清单
3. 马丽娜：6月17日前提供用工岗位需求说明及薪酬标准
4. 双方：合作协议签署时间待定
————————————————

马丽娜
河北车联汽车服务有限公司 人力资源部经理
电话：0311-85963270
"""
    html = ('<div style="font-family:\'PingFang SC\',\'Microsoft YaHei\';font-size:14px;color:#171a1d">%s</div>\n'
            '<div style="font-size:12px;color:#a2a3a5">发自钉钉邮箱</div>\n') % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'base64', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'UTF-8', 'base64', crlf=False, quote_cs=False)],
                     '----=ALIBOUNDARY_58213_7f4e0a2d9700_6a0b9c4f_3e21')
    to = [P('郝建', '郝建'), P('钱蕾')]
    cc = [P('张国华'), BOT['C']]
    hdrs = [('Date', date), ('From', '%s <%s>' % (ew('马丽娜'), P('马丽娜')[1])),
            ('To', addrs(to, quote=True)), ('Cc', addrs(cc, quote=True)),
            ('Reply-To', '%s <%s>' % (ew('马丽娜'), P('马丽娜')[1])),
            ('Message-ID', '<6a0b9c4f-3e21.1781248848.dingtalk-mail@%s>' % CL_DOM),
            ('Subject', subj('车联汽服&博远职校 汽修订单班合作洽谈纪要（钉钉AI听记）')),
            ('X-Mailer', 'Alimail-Mailagent revision 11'), ('*MIME*', None),
            ('X-Alimail-AntiSpam', 'AC=PASS;BC=-1|-1;BR=01201311R161e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037048118;MF=malina@chelian-auto.example.cn;NM=1;PH=DW;RN=4;SR=0;TI=W4_0.2.3_v5_2A1F0C3B_1781248848402_o7001c88h')]
    raw = finish(trace(date, P('马丽娜')[1], BOT['C'][1], C_MX,
                       'out30-118.mail.aliyun.com (out30-118.mail.aliyun.com [115.124.30.118])', '1A6E3B94', delay=4, with_='ESMTPS'),
                 hdrs, body)
    items = [
        I('郝建', '提供订单班培养方案初稿（含课程设置与课时安排）', ('next', 'Thu'), '2026-06-18'),
        I('钱蕾', '确认汽修实训设备清单', ('after_hol', 'Dragon Boat Festival'), '2026-06-22'),
        I('马丽娜', '提供用工岗位需求说明及薪酬标准', ('abs', 6, 17), '2026-06-17'),
        I(None, '签署合作协议', None, None, vague=True),
    ]
    notes = ("Minutes written by an outside partner (河北车联汽车服务有限公司, DingTalk mail / Alibaba mail, UTF-8 base64), sent Fri "
             "2026-06-12; the partner pasted a 钉钉 AI听记 with 【AI摘要】/【发言人观点】 (which restate tasks and carry decisions) "
             "and 【待办事项】, which alone counts. 1 郝主任 = 郝建, '下周四前' -> 2026-06-18. 2 钱老师 = 钱蕾, '端午节后第一个工作日前' "
             "-> Mon 2026-06-22. 3 马丽娜 is the sender (outsider; address from From, department null), '6月17日前' -> 2026-06-17. "
             "4 '双方' is no single person -> owner null, department null, no_owner; '待定' -> vague_due. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


@case(7323, 'other-meeting-time-poll-exmail', 'other', 'C',
      'Exmail web: a teacher asks colleagues which of two times suits a 教研活动 next week (dates, times, 今天下班前回复); '
      'a meeting being arranged, not held -> other, no follow-up')
def c7323():
    date = rfcdate('2026-07-02 11:47:03 +0800')
    text = """各位老师：

下周想组织一次暑期班教研活动，主要讨论电工班新教材的使用和实训课时调整，大概一个半小时。目前有两个时间备选：

1. 7月8日（周三）下午2:30
2. 7月9日（周四）上午9:00

请大家今天下班前回复哪个时间方便，我汇总后再发正式通知。

钱蕾
教务处
"""
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64'), text_part(qq_html(text, 'utf-8'), 'html', 'utf-8', 'base64')],
                     '----=_NextPart_6A05E0F7_0C1A93D6_6B28E4F0')
    body.preamble = 'This is a multi-part message in MIME format.\n'
    to = [P('韩雪'), P('王振'), P('高婷')]
    cc = [BOT['C']]
    hdrs = exmail_hdrs(P('钱蕾'), to, cc, '下周教研活动时间征求意见', date, '<tencent_0D5B83E6F27A4C19B8E5D6A2@exmail.qq.com>',
                       xq='xmsmtpt1782964023f2h6j9q3z')
    raw = finish(c_trace(date, P('钱蕾')[1], '6E04B9A2', ip=58), hdrs, body)
    notes = ("A poll about when to hold a meeting (Exmail web, UTF-8 base64), sent Thu 2026-07-02: two candidate times and a "
             "request to reply by end of day. No meeting has been held and nothing is recorded -> kind other, no items; "
             "next_followup is read only from minutes -> null (neither candidate time is a decided next meeting).")
    return dict(raw=raw, items=[], next=None, notes=notes)


@case(7324, 'excel-tab-table-gb18030-exmail', 'minutes', 'C',
      'Exmail text/plain gb18030 base64 with a tab-separated table pasted from Excel (序号/事项/负责人/完成时间/状态): '
      '已完成 row skipped, 本周五, 下周一, 7月24日前, an empty 负责人 cell with 待定 and a 备注 explaining it')
def c7324():
    date = rfcdate('2026-07-13 09:48:30 +0800')
    rows = [['序号', '事项', '负责人', '完成时间', '状态'],
            ['1', '6月结业学员就业回访（电工1班、焊工2班）', '郝建', '7月10日', '已完成'],
            ['2', '联系新增合作企业3家并上门走访', '郝建', '本周五', '进行中'],
            ['3', '更新学员就业信息台账', '高婷', '下周一', '未开始'],
            ['4', '筹备7月底专场招聘会场地及企业邀约', '冯晓东', '7月24日前', '进行中'],
            ['5', '整理就业补贴申报材料', '', '待定', '未开始']]
    text = """赵校长、各位：

本周一就业工作例会记录如下（表格从Excel复制）：

%s

备注：第5项等人社局通知后再定负责人。
下次例会：7月20日（周一）上午9:00

郝建
就业指导中心
""" % tsv(rows)
    body = text_part(text, 'plain', 'gb18030', 'base64')
    to = [P('赵建民'), P('高婷'), P('冯晓东')]
    cc = [BOT['C']]
    hdrs = exmail_hdrs(P('郝建'), to, cc, '就业指导中心周例会记录（7.13）', date, '<tencent_7F2C09A4D1E85B36C0A9F4E1@exmail.qq.com>',
                       cs='gb18030', xq='xmsmtpt1783907310p4b8c2m7x')
    raw = finish(c_trace(date, P('郝建')[1], '0C8B5E31', ip=62), hdrs, body)
    items = [
        I('郝建', '联系新增合作企业3家并上门走访', ('wd', 'Fri'), '2026-07-17'),
        I('高婷', '更新学员就业信息台账', ('next', 'Mon'), '2026-07-20'),
        I('冯晓东', '筹备7月底专场招聘会场地及企业邀约', ('abs', 7, 24), '2026-07-24'),
        I(None, '整理就业补贴申报材料', None, None, vague=True),
    ]
    notes = ("Exmail, single text/plain gb18030 base64, sent Mon 2026-07-13, with an Excel range pasted as tab-separated text. "
             "Row 1 状态 已完成 -> not an item. Row 2 郝建 '本周五' -> 2026-07-17. Row 3 高婷 '下周一' -> 2026-07-20. Row 4 冯晓东 "
             "'7月24日前' -> 2026-07-24 ('7月底' names the event, not the deadline). Row 5 has an empty 负责人 cell (the 备注 says "
             "the owner is to be decided) -> owner null, department null, no_owner; '待定' -> vague_due. '下次例会：7月20日（周一）"
             "上午9:00' -> 2026-07-20 09:00.")
    return dict(raw=raw, items=items, next=(('abs', 7, 20), '09:00', '2026-07-20'), notes=notes)


@case(7335, 'iphone-short-minutes-group-owner', 'minutes', 'C',
      'iPhone Mail text/plain UTF-8 base64 short minutes: 韩老师 下周一前, a plain name with 7月10日前, and 各班主任 (a group, '
      'not a unit) -> no_owner; 发自我的iPhone')
def c7335():
    date = rfcdate('2026-07-03 18:40:12 +0800')
    text = """各位班主任：

今天班主任会说的几件事：
1. 暑期班学员宿舍调整，韩老师下周一前把电工班住宿名单报学管处
2. 结业证书发放，高婷7月10日前核对一遍结业学员名单
3. 防溺水安全教育，各班主任7月8日前各开一次主题班会

发自我的iPhone
"""
    body = text_part(text, 'plain', 'utf-8', 'base64', crlf=False, quote_cs=False)
    to = [P('韩雪'), P('高婷')]
    cc = [P('钱蕾'), BOT['C']]
    ct, cte = body['Content-Type'], body['Content-Transfer-Encoding']
    del body['Content-Type']
    del body['Content-Transfer-Encoding']
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte), ('From', addr(*P('冯晓东'))),
            ('Mime-Version', '1.0 (1.0)'), ('Date', date), ('Subject', subj('班主任会议纪要')),
            ('Message-Id', '<9C41E7B2-0F3A-4D68-B5E1-7A2C8D0F6E39@%s>' % C_DOM), ('Cc', addrs(cc)), ('To', addrs(to)),
            ('X-Mailer', 'iPhone Mail (22F76)')]
    raw = finish(c_trace(date, P('冯晓东')[1], '8D17F6A0', frm='smtp.exmail.qq.com (unknown [117.136.0.%d])', ip=174), hdrs, body)
    items = [
        I('韩雪', '把电工班住宿名单报学管处', ('next', 'Mon'), '2026-07-06'),
        I('高婷', '核对结业学员名单', ('abs', 7, 10), '2026-07-10'),
        I(None, '各开一次防溺水安全教育主题班会', ('abs', 7, 8), '2026-07-08'),
    ]
    notes = ("iPhone Mail, single text/plain UTF-8 base64 (Apple header order, 'Mime-Version: 1.0 (1.0)'), sent Fri 2026-07-03 "
             "18:40. 1 韩老师 = 韩雪, '下周一前' -> 2026-07-06. 2 高婷, '7月10日前' -> 2026-07-10. 3 '各班主任' is a group of "
             "people, not one person and not a unit of the roster -> owner null, department null, no_owner, due 2026-07-08 "
             "(AMBIGUOUS only in that each class teacher holds one meeting; no single owner can be named). "
             "'发自我的iPhone' is the signature. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ================================================================ D: Van Dijk Greenhouse Technology (Shouguang) - Microsoft 365
D_MX = 'TYZPR06MB6263.apcprd06.prod.outlook.com (2603:1096:400:31f::9)'


def d_trace(date, sender, frm, qid='15.20.9182.011', delay=2):
    return trace(date, sender, BOT['D'][1], D_MX, frm, qid, delay=delay,
                 with_='Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)')


def en_html(text):
    return outlook_html(mso_paras(text), 'utf-8', font='Aptos', lang='EN-US')


@case(7326, 'english-ai-lines-outlook', 'minutes', 'D',
      'Outlook (en-US) UTF-8 QP minutes with "AI: Name – task by …" lines under topics: by EOD, by Wednesday, by Friday, '
      'date TBD, by 16 April; first names via roster aliases; Decision line; Next meeting with weekday + date + time')
def c7326():
    date = rfcdate('2026-04-13 17:52:10 +0800')
    text = """Hi all,

Please find below the minutes of today's weekly production & engineering meeting.

Attendees: Pieter, Sanne, Tony, Leo, Jenny, Joris, Bob
Apologies: Kevin

1. Output last week
- 14 Venlo-type roof sections shipped to the Weifang project, 2 behind plan (Qingming holiday).
- Welding line 2 OEE 78% (target 82%).

2. Gutter profile issue
- Supplier batch 2604-03 out of tolerance on flange thickness. Joris has quarantined the batch.
AI: Joris – send the 8D request to the profile supplier by EOD
AI: Jenny – confirm the replacement batch delivery date with the supplier by Wednesday

3. Welding fixture for the new 12.8 m truss
AI: Leo – finalize the welding fixture layout by Friday
AI: Tony – arrange operator training on the new fixture, date TBD (after the fixture is ready)

4. Weifang project
Decision: site installation start moves to 11 May.
AI: Bob – update the installation schedule and share it with the customer by 16 April

Next meeting: Monday 20 April, 9:00, meeting room Tulip.

Best regards,
Sanne Bakker
Engineering Manager
Van Dijk Greenhouse Technology (Shouguang) Co., Ltd.
"""
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable'),
                                     text_part(en_html(text), 'html', 'utf-8', 'quoted-printable')],
                     '----=_NextPart_000_0057_01DCCB3E.5A7D2F90')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('Pieter de Vries'), P('王海涛', 'Tony Wang'), P('张磊', 'Leo Zhang'), P('刘静', 'Jenny Liu'), P('Joris Visser'),
          P('于洪波', 'Bob Yu')]
    cc = [P('周凯', 'Kevin Zhou'), BOT['D']]
    hdrs = outlook_hdrs(P('Sanne Bakker'), to, cc, 'Minutes - Weekly Production & Engineering Meeting (wk 16)', date,
                        '<005701dccb3e$5a7d2f90$0f778eb0$@%s>' % D_DOM, 'utf-8', lang='en-us',
                        thread_index='AdzLPlp9L5APd46wR2mT1x8Vb3Jk0w==')
    raw = finish(d_trace(date, P('Sanne Bakker')[1], 'SANNE-LT (unknown [183.223.6.%d])' % 40), hdrs, body)
    items = [
        I('Joris Visser', 'send the 8D request to the profile supplier', ('today',), '2026-04-13'),
        I('刘静', 'confirm the replacement batch delivery date with the supplier', ('wd', 'Wed'), '2026-04-15'),
        I('张磊', 'finalize the welding fixture layout', ('wd', 'Fri'), '2026-04-17'),
        I('王海涛', 'arrange operator training on the new fixture', None, None, vague=True),
        I('于洪波', 'update the installation schedule and share it with the customer', ('abs', 4, 16), '2026-04-16'),
    ]
    notes = ("English minutes from the Dutch engineering manager (Outlook en-US, UTF-8 QP), sent Mon 2026-04-13 17:52 +0800. "
             "'AI:' lines are the action items; owners by first name through roster aliases (Joris = Joris Visser, Jenny = "
             "刘静, Leo = 张磊, Tony = 王海涛, Bob = 于洪波; also the To display names). 'by EOD' -> send date 2026-04-13, no time; "
             "'by Wednesday' -> 2026-04-15; 'by Friday' -> 2026-04-17; 'date TBD (after the fixture is ready)' -> vague_due; "
             "'by 16 April' -> 2026-04-16. Output figures and the 'Decision:' line are not items. 'Next meeting: Monday 20 "
             "April, 9:00' -> 2026-04-20 09:00 (Monday, checked).")
    return dict(raw=raw, items=items, next=(('abs', 4, 20), '09:00', '2026-04-20'), notes=notes)


@case(7327, 'hq-gmail-cest-owner-due-blocks', 'minutes', 'D',
      'Gmail (Google Workspace, Dutch HQ) UTF-8 QP, Date +0200 Thursday evening = Friday 01:10 in Shanghai: Owner/Task/Due '
      'blocks (Friday, Monday 1 June, within 3 working days, end of June); "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)"')
def c7327():
    date = rfcdate('2026-05-28 19:10:33 +0200')
    text = """Hi Pieter, Sanne,

Thanks for the call today. Minutes below, shout if I missed anything.

Attendees: Pieter de Vries, Sanne Bakker, Bob Yu (Shouguang); Maarten Jansen, Eva Mulder (Naaldwijk)

Key points
- Weifang project: installation started 11 May as planned, about 40% of the roof structure is up.
- Cost overrun on the climate screens (+6%) accepted by HQ, no further action.

Action items

Action 1
Owner: Sanne Bakker
Task: Send the updated drawing package for the Weifang gutter connection (rev. C)
Due: Friday

Action 2
Owner: Bob Yu
Task: Share the site progress photos and the revised S-curve
Due: Monday 1 June

Action 3
Owner: Eva Mulder
Task: Review the thermal screen motor specification and give feedback to Shouguang
Due: within 3 working days

Action 4
Owner: Pieter de Vries
Task: Confirm the Q3 capex request for the second welding robot
Due: end of June

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Kind regards,
Maarten

--
Maarten Jansen
Project Controller | Van Dijk Kassenbouw B.V.
Naaldwijk, The Netherlands
"""
    html = '<div dir="ltr">%s</div>\n' % '<br>\n'.join(esc(l) if l else '' for l in text.split('\n')).replace(
        '<br>\n--<br>', '<br>\n<div class="gmail_signature" dir="ltr" data-smartmail="gmail_signature">--<br>') + '</div>\n'
    body = multipart('alternative', [text_part(text, 'plain', 'UTF-8', 'quoted-printable', quote_cs=True),
                                     text_part(html, 'html', 'UTF-8', 'quoted-printable', quote_cs=True)],
                     '0000000000004f1e2a0653a8c7d2')
    to = [P('Pieter de Vries'), P('Sanne Bakker')]
    cc = [P('于洪波', 'Bob Yu'), P('Eva Mulder'), BOT['D']]
    hdrs = [('MIME-Version', '1.0'), ('From', addr(*P('Maarten Jansen'))), ('Date', date),
            ('Message-ID', '<CAJ8qTfX2k+vWm0aR7_p4Lq9dN3sE1yHc6GZbUo5tFw0KJrVx=Q@mail.gmail.com>'),
            ('Subject', 'Minutes: Shouguang - HQ monthly project review (May)'),
            ('To', addrs(to, quote=True)), ('Cc', addrs(cc, quote=True)), ('*CONTENT*', None)]
    raw = finish(d_trace(date, P('Maarten Jansen')[1],
                         'mail-ej1-f49.google.com (209.85.218.%d) by\n TYZPR06MB6263.apcprd06.prod.outlook.com' % 49, delay=5), hdrs, body)
    items = [
        I('Sanne Bakker', 'Send the updated drawing package for the Weifang gutter connection (rev. C)', ('wd', 'Fri'), '2026-05-29'),
        I('于洪波', 'Share the site progress photos and the revised S-curve', ('abs', 6, 1), '2026-06-01'),
        I('Eva Mulder', 'Review the thermal screen motor specification and give feedback to Shouguang', ('workdays', 3), '2026-06-03'),
        I('Pieter de Vries', 'Confirm the Q3 capex request for the second welding robot', ('month_end', 6), '2026-06-30'),
    ]
    notes = ("Minutes from the Dutch parent (Gmail / Google Workspace, UTF-8 QP). Date Thu 2026-05-28 19:10:33 +0200 = Fri "
             "2026-05-29 01:10 in Asia/Shanghai, and every phrase resolves against the Shanghai date. Action 1 'Friday' -> the "
             "Shanghai send day is Friday -> 2026-05-29 (also what the writer meant). Action 2 'Monday 1 June' -> 2026-06-01. "
             "Action 3 'within 3 working days' counted from the day after the Shanghai send date: Sat 05-30 and Sun 05-31 are "
             "rest days -> 06-01(1), 06-02(2), 06-03(3) -> 2026-06-03 (AMBIGUOUS: counted from the writer's Thursday it would be "
             "06-02; the convention converts to Shanghai first). Eva Mulder is an outsider: address from Cc, department null. "
             "Action 4 'end of June' -> 2026-06-30. 'Key points' are facts/decisions. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 "
             "Beijing)' -> 2026-06-09 16:00 Shanghai time (CEST = UTC+2).")
    return dict(raw=raw, items=items, next=(('abs', 6, 9), '16:00', '2026-06-09'), notes=notes)


def flow(text, width=72):
    """format=flowed (RFC 3676) soft wrapping as Thunderbird does: soft breaks keep a trailing space."""
    out = []
    for line in text.split('\n'):
        if line.startswith((' ', '>', 'From ')):
            line = ' ' + line
        while len(line) > width and ' ' in line[:width]:
            cut = line.rfind(' ', 0, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return '\n'.join(out)


@case(7328, 'checkbox-todo-thunderbird-flowed', 'minutes', 'D',
      'Thunderbird text/plain UTF-8 8bit format=flowed (soft-wrapped todo lines): "- [ ] @Name task, due Fri / 6/10 / next Tue / '
      'TBD" and a "- [x]" done line; Summary bullets; "Next review: Thu 11 June 14:00"')
def c7328():
    date = rfcdate('2026-06-03 20:31:05 +0800')
    text = """Hi team,

Notes from this afternoon's fixture design review (Sanne, Tony, Jenny, Joris, me).

Summary
* Fixture v2 passed the clamp-force simulation, deflection 0.4 mm at max load.
* Jig plates will be laser-cut in-house, no outsourcing.

Todo
- [x] @Leo upload the v2 STEP files to PDM (done during the meeting)
- [ ] @Jenny get quotes for 2 pneumatic clamps (Festo or equivalent), due Fri
- [ ] @Joris define the first-article inspection checklist for the fixture, due 6/10
- [ ] @Tony reserve welding line 2 for the trial run, due next Tue
- [ ] @Leo update the fixture BOM and release it to production, due 6/12
- [ ] @Sanne approve the budget change for the extra clamps, TBD

Next review: Thu 11 June 14:00, same room.

Leo
-- 
Leo Zhang (张磊)
Engineering | Van Dijk Greenhouse Technology (Shouguang)
"""
    body = text_part(flow(text), 'plain', 'UTF-8', '8bit', crlf=False, flowed=True, quote_cs=False)
    to = [P('Sanne Bakker'), P('王海涛', 'Tony Wang'), P('刘静', 'Jenny Liu'), P('Joris Visser')]
    cc = [BOT['D']]
    hdrs = [('Message-ID', '<8d3f1c27-4b6e-4a90-b2d5-7e1f0c9a3b64@%s>' % D_DOM), ('Date', date), ('MIME-Version', '1.0'),
            ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US'),
            ('To', addrs(to, quote=False)), ('Cc', addrs(cc)), ('From', addr(*P('张磊', 'Leo Zhang'))),
            ('Subject', 'Fixture design review - notes & todo'), ('*CONTENT*', None)]
    raw = finish(d_trace(date, P('张磊')[1], 'LEO-WS.localdomain (unknown [183.223.6.%d])' % 77), hdrs, body)
    items = [
        I('刘静', 'get quotes for 2 pneumatic clamps (Festo or equivalent)', ('wd', 'Fri'), '2026-06-05'),
        I('Joris Visser', 'define the first-article inspection checklist for the fixture', ('abs', 6, 10), '2026-06-10'),
        I('王海涛', 'reserve welding line 2 for the trial run', ('next', 'Tue'), '2026-06-09'),
        I('张磊', 'update the fixture BOM and release it to production', ('abs', 6, 12), '2026-06-12'),
        I('Sanne Bakker', 'approve the budget change for the extra clamps', None, None, vague=True),
    ]
    notes = ("Thunderbird, text/plain UTF-8 8bit format=flowed: long todo lines are soft-wrapped (trailing space) and must be "
             "re-joined before reading the due phrase. Sent Wed 2026-06-03 20:31. '- [x]' is done -> not an item. '@Jenny' = "
             "刘静 'due Fri' -> 2026-06-05; '@Joris' 'due 6/10' -> 2026-06-10; '@Tony' = 王海涛 'due next Tue' -> next calendar "
             "week's Tuesday 2026-06-09; '@Leo' = 张磊 (the sender) 'due 6/12' -> 2026-06-12; '@Sanne' 'TBD' -> vague_due. "
             "Summary bullets are facts/decisions. 'Next review: Thu 11 June 14:00' -> 2026-06-11 14:00 (Thursday, checked). "
             "The '-- ' signature holds no items.")
    return dict(raw=raw, items=items, next=(('abs', 6, 11), '14:00', '2026-06-11'), notes=notes)


@case(7329, 'english-action-decision-apple-mail', 'minutes', 'D',
      'Apple Mail (macOS, Exchange account) English, multipart/alternative UTF-8 QP: "Action: Name – … , by EOD tomorrow / '
      'by Thu 11 Jun / today / asap" mixed with "Decision:" lines; next review with "(Beijing time)"')
def c7329():
    date = rfcdate('2026-06-09 11:05:48 +0800')
    text = """Hello all,

Short minutes of this morning's quality review on the Weifang complaint (cracked glass clips, 37 pcs found on site).

Attendees: Joris, Bob, Leo, Jenny, Tony

Root cause (preliminary): clip material changed by the sub-supplier without a PCN.

Decision: all clips from lot 2605-B are blocked; the site uses stock from lot 2604-A.
Decision: no change to the installation schedule.

Action: Jenny – ask the sub-supplier for the 8D report and the material certificate, by EOD tomorrow.
Action: Leo – check whether the clip design has enough margin for the new material; report by Thu 11 Jun.
Action: Bob – count the remaining good clips on site and send the number to Jenny, today.
Action: Joris – update the incoming inspection plan for clips (add a hardness test). No date yet, asap.

Next review Friday 12 June at 10:00 (Beijing time).

Joris
--
Joris Visser | Quality Manager
Van Dijk Greenhouse Technology (Shouguang) Co., Ltd.
"""
    html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\n'
            % div_paras(text))
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'utf-8', 'quoted-printable', crlf=False, quote_cs=False)],
                     'Apple-Mail=_6B1E0F3A-92C4-4D7B-8A5E-1F0C3D2B9E47')
    to = [P('于洪波', 'Bob Yu'), P('张磊', 'Leo Zhang'), P('刘静', 'Jenny Liu'), P('王海涛', 'Tony Wang')]
    cc = [P('Pieter de Vries'), BOT['D']]
    hdrs = [('From', addr(*P('Joris Visser'))), ('*CONTENT*', None), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
            ('Subject', 'Quality review: customer complaint Weifang - minutes'), ('Date', date), ('Cc', addrs(cc)),
            ('To', addrs(to)), ('Message-Id', '<0E5C2B71-A34F-4B9D-8C16-3F7E2A0D9B58@%s>' % D_DOM),
            ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')]
    raw = finish(d_trace(date, P('Joris Visser')[1], 'joris-mbp.local (unknown [183.223.6.%d])' % 91), hdrs, body)
    items = [
        I('刘静', 'ask the sub-supplier for the 8D report and the material certificate', ('plus', 1), '2026-06-10'),
        I('张磊', 'check whether the clip design has enough margin for the new material and report', ('abs', 6, 11), '2026-06-11'),
        I('于洪波', 'count the remaining good clips on site and send the number to Jenny', ('today',), '2026-06-09'),
        I('Joris Visser', 'update the incoming inspection plan for clips (add a hardness test)', None, None, vague=True),
    ]
    notes = ("Apple Mail (macOS) English, UTF-8 QP text+HTML, sent Tue 2026-06-09 11:05. 'Action:' lines are items; "
             "'Decision:' lines and the root cause are not. Jenny = 刘静 'by EOD tomorrow' -> 2026-06-10, no time; Leo = 张磊 "
             "'by Thu 11 Jun' -> 2026-06-11; Bob = 于洪波 'today' -> 2026-06-09; Joris (the sender) 'No date yet, asap' -> "
             "vague_due. 'Next review Friday 12 June at 10:00 (Beijing time)' -> 2026-06-12 10:00.")
    return dict(raw=raw, items=items, next=(('abs', 6, 12), '10:00', '2026-06-12'), notes=notes)


@case(7330, 'zh-production-dragon-boat-outlook-gb2312', 'minutes', 'D',
      'Outlook zh-CN gb2312 base64 Chinese minutes at the foreign plant: 由王海涛牵头，姜波、张磊配合 (配合 not owners); '
      '本周四（6月18日）下午5点前, 明天中午前, 节后第一个工作日 for 姜班长; postponement and facts not items')
def c7330():
    date = rfcdate('2026-06-16 18:12:40 +0800')
    text = """各位：

今天下午开了端午节前生产安排会，纪要如下：

一、产能安排：6月19日—21日端午放假3天，22日（周一）正常上班。节前需完成潍坊项目第三批屋面桁架的发运。

二、具体事项
1. 由王海涛牵头，姜波、张磊配合，本周四（6月18日）下午5点前完成第三批屋面桁架（24榀）的焊接、喷涂并装车发运。
2. 刘静负责协调物流，明天中午前确认两台17.5米平板车。
3. 焊接2线机器人保养由姜班长负责，节后第一个工作日完成。
4. 仓库盘点节前不再安排，推迟到7月初。
5. 节日期间厂区值班表已在企业微信群发布。

下次生产会：6月23日（周二）下午4:30。

王海涛
生产部 / Production
"""
    cs = 'gb2312'
    body = outlook_alt(text, cs, '----=_NextPart_000_0063_01DCFD7C.2F1A8E30', font='宋体')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('姜波'), P('张磊'), P('刘静'), P('于洪波')]
    cc = [P('Pieter de Vries'), P('Sanne Bakker'), BOT['D']]
    hdrs = outlook_hdrs(P('王海涛'), to, cc, '生产部端午节前生产安排会议纪要', date,
                        '<006301dcfd7c$2f1a8e30$8d4faa90$@%s>' % D_DOM, cs, thread_index='AdzdfC8ajjCNT6qQR5C2Y1kWx0Kf3A==')
    raw = finish(d_trace(date, P('王海涛')[1], 'WANGHT-PC (unknown [183.223.6.%d])' % 18), hdrs, body)
    items = [
        I('王海涛', '完成第三批屋面桁架（24榀）的焊接、喷涂并装车发运', ('this', 'Thu'), '2026-06-18', time='17:00', exp_time='17:00'),
        I('刘静', '协调物流，确认两台17.5米平板车', ('plus', 1), '2026-06-17', time='12:00', exp_time='12:00'),
        I('姜波', '焊接2线机器人保养', ('after_hol', 'Dragon Boat Festival'), '2026-06-22'),
    ]
    notes = ("Chinese minutes at the Dutch-owned plant (Outlook zh-CN, gb2312 base64), sent Tue 2026-06-16. 1: '由王海涛牵头，"
             "姜波、张磊配合' -> owner 王海涛 only (the sender); '本周四（6月18日）下午5点前' -> 2026-06-18 17:00. 2: 刘静 '明天中午前' -> "
             "2026-06-17 12:00 (中午 = 12:00). 3: '姜班长' = 姜波 (alias), '节后第一个工作日' -> Dragon Boat 06-19..06-21, Mon "
             "2026-06-22. 4 is a postponement decision ('推迟到7月初', no owner, no task to track), 5 a fact, 一 the schedule. "
             "'下次生产会：6月23日（周二）下午4:30' -> 2026-06-23 16:30. Roster departments of this company are English.")
    return dict(raw=raw, items=items, next=(('abs', 6, 23), '16:30', '2026-06-23'), notes=notes)


def owa_hdrs(frm, to, cc, subject, date, mid, bnd_id, refs=None, extra=()):
    h = [('From', addr(*frm, quote=True)), ('To', addrs(to, quote=True))]
    if cc:
        h.append(('Cc', addrs(cc, quote=True)))
    h += [('Subject', subj(subject)), ('Thread-Topic', subj(re.sub(r'^(FW|RE|Fw|Re): ', '', subject))),
          ('Thread-Index', 'AQHc7f3kV2p0mX1aT0eYb3lC8q2Wgw=='), ('Date', date), ('Message-ID', mid)]
    if refs:
        h.append(('References', refs))
    h += [('Accept-Language', 'en-US, nl-NL, zh-CN'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', ''), ('X-MS-Exchange-Organization-SCL', '1')]
    h.extend(extra)
    h.append(('*MIME*', None))
    return h


@case(7331, 'owa-forward-preface-utc-date', 'minutes', 'D',
      'OWA (Microsoft 365) "FW:" with Date in +0000: the GM\'s preface (a request and "Wednesday\'s MT") above an OWA '
      'From/Sent/To/Cc/Subject block; numbered "Actions" with "– by Wednesday / by 15 July / end of July"; Decisions; next call')
def c7331():
    date = rfcdate('2026-07-06 01:34:18 +0000')
    pre = """Adding the minutes bot so we can track these. Tony, Bob - please make sure the phase 2 items don't slip behind the phase 1 punch list; let's discuss in Wednesday's MT.

Pieter
"""
    qh = [('From', 'Maarten Jansen <maarten.jansen@vandijk.example.nl>'), ('Sent', 'Friday, July 3, 2026 10:12 PM'),
          ('To', 'Pieter de Vries <pieter.devries@vandijk-sg.example.cn>; Sunny Sun <sunyue@vandijk-sg.example.cn>; Bob Yu <yuhongbo@vandijk-sg.example.cn>; Tony Wang <wanghaitao@vandijk-sg.example.cn>'),
          ('Cc', 'Eva Mulder <eva.mulder@vandijk.example.nl>'),
          ('Subject', 'Minutes - Weifang project phase 2 kick-off (3 July)')]
    orig = """Hi all,

Minutes of today's phase 2 kick-off with the customer (Weifang Lüye Agriculture).

Scope: 4.2 ha Venlo glasshouse extension, handover target 30 November.

Actions
1. Sunny - send the signed phase 2 contract scan to HQ finance - by Wednesday
2. Bob - submit the site mobilisation plan to the customer - by 15 July
3. Tony - confirm steel structure production capacity for Aug-Sep - by 10 July
4. Eva - provide the updated climate computer I/O list - end of July

Decisions
- Phase 2 uses the same glass clip design as phase 1 (after Leo's fix).

Next call: Thursday 16 July, 15:00 Beijing / 09:00 CEST.

Best,
Maarten
"""
    text = pre + '\n________________________________\n' + '\n'.join('%s: %s' % kv for kv in qh) + '\n\n' + orig
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n'
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n'
            '<div>&nbsp;</div>\n</div>\n<div>\n%s</div>\n</body>\n</html>\n') % (
        div_paras(pre), '<br>\n'.join('<b>%s:</b> %s' % (k, esc(v)) for k, v in qh), div_paras(orig))
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64', quote_cs=True),
                                     text_part(html, 'html', 'utf-8', 'base64', quote_cs=True)],
                     '_000_SEZPR06MB69583C1E0A7B4D2F91E6A3C4B9D2ASEZPR06MB6958apcp_')
    to = [P('王海涛', 'Tony Wang'), P('于洪波', 'Bob Yu'), P('孙悦', 'Sunny Sun')]
    cc = [BOT['D']]
    hdrs = owa_hdrs(P('Pieter de Vries'), to, cc, 'FW: Minutes - Weifang project phase 2 kick-off (3 July)', date,
                    '<SEZPR06MB69583C1E0A7B4D2F91E6A3C4B9D2A@SEZPR06MB6958.apcprd06.prod.outlook.com>', None,
                    refs='<CAJ8qTfW9n2+Lr4kQ1_x7Bz0cV5mT3yHd8GaUp2sEw6KJrQz=A@mail.gmail.com>')
    raw = finish(d_trace(date, P('Pieter de Vries')[1], 'SEZPR06MB6958.apcprd06.prod.outlook.com\n (2603:1096:101:1e9::7)'), hdrs, body)
    items = [
        I('孙悦', 'send the signed phase 2 contract scan to HQ finance', ('wd', 'Wed'), '2026-07-08'),
        I('于洪波', 'submit the site mobilisation plan to the customer', ('abs', 7, 15), '2026-07-15'),
        I('王海涛', 'confirm steel structure production capacity for Aug-Sep', ('abs', 7, 10), '2026-07-10'),
        I('Eva Mulder', 'provide the updated climate computer I/O list', ('month_end', 7), '2026-07-31'),
    ]
    notes = ("OWA forward ('FW:') by the GM with the bot added; Date Mon 2026-07-06 01:34:18 +0000 = 09:34 Shanghai, same day. "
             "The preface (a request to Tony and Bob, 'Wednesday's MT') is the forwarder's note, not an item and not a next "
             "meeting. The forwarded minutes under OWA's From/Sent/To/Cc/Subject block (written Fri 07-03) are the content. "
             "Sunny = 孙悦 'by Wednesday' -> 2026-07-08 (same from the 07-03 original and from the Date header); Bob = 于洪波 "
             "'by 15 July' -> 2026-07-15; Tony = 王海涛 'by 10 July' -> 2026-07-10 ('Aug-Sep' is the capacity period); Eva Mulder "
             "(outsider; address from the quoted Cc line, department null) 'end of July' -> 2026-07-31. 'Handover target 30 "
             "November' is scope, the Decisions line is a decision. 'Next call: Thursday 16 July, 15:00 Beijing / 09:00 CEST' "
             "-> 2026-07-16 15:00.")
    return dict(raw=raw, items=items, next=(('abs', 7, 16), '15:00', '2026-07-16'), notes=notes)


@case(7332, 'other-staff-newsletter-outlook-mac', 'other', 'D',
      'Outlook for Mac HTML+text UTF-8 QP: a monthly staff newsletter written by HR and sent to the all-staff list (which '
      'contains the bot): dates, a registration deadline, events; no minutes -> other')
def c7332():
    date = rfcdate('2026-06-30 16:20:00 +0800')
    text = """Dear colleagues,

Welcome to the June edition of Van Dijk Shouguang News!

New colleagues
Please welcome Zhao Min (Quality inspector) and Li Qiang (Welder, line 2), who joined us on 15 June.

Dragon Boat Festival
Thank you all for joining the zongzi-making afternoon on 18 June - 86 colleagues took part and the Production team won the speed contest. Photos are on the shared drive.

Safety
We reached 200 days without a lost-time injury on 26 June. Well done everyone, and keep wearing your gloves at the glass station!

Coming up
- Annual health check: please register with HR by 10 July (slots on 14-16 July at Shouguang People's Hospital).
- Summer BBQ: Friday 17 July from 18:00 in the factory garden - families welcome.
- Office closed for the water-pipe repair on Saturday 11 July.

Have a great July!

Tina Tian
HR & Admin | Van Dijk Greenhouse Technology (Shouguang) Co., Ltd.
"""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">\n%s\n</body>\n</html>\n') % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable', crlf=False, quote_cs=False),
                                     text_part(html, 'html', 'utf-8', 'quoted-printable', crlf=False, quote_cs=False)],
                     'B_3861325200_2739475761')
    body.preamble = '> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n'
    hdrs = [('User-Agent', 'Microsoft-MacOutlook/16.98.25061517'), ('Date', date),
            ('Subject', 'Van Dijk Shouguang News - June 2026'), ('From', addr(*P('田甜', 'Tina Tian'))),
            ('To', 'All Staff Shouguang <allstaff@%s>' % D_DOM),
            ('Message-ID', '<A8F2C1D4-5E37-4B09-9C6A-2D81E7F03B5C@%s>' % D_DOM),
            ('Thread-Topic', 'Van Dijk Shouguang News - June 2026'), ('Mime-version', '1.0'), ('*CONTENT*', None)]
    raw = finish(d_trace(date, P('田甜')[1], 'tina-mac.local (unknown [183.223.6.%d])' % 65)
                 + [('X-MS-Exchange-Organization-ExpansionGroup', 'allstaff@%s' % D_DOM)], hdrs, body)
    notes = ("A staff newsletter written by a person (HR) and sent to the all-staff distribution list, which includes the bot's "
             "mailbox (Outlook for Mac, UTF-8 QP). It is not bulk mail (no List-/Precedence headers, a person wrote it) and "
             "not minutes: it announces events and asks everyone to register for the health check by 10 July. Kind other, "
             "no items, no follow-up.")
    return dict(raw=raw, items=[], next=None, notes=notes)


@case(7333, 'auto-ooo-dutch-exchange', 'auto', 'D',
      'Exchange Online out-of-office in Dutch and English ("Automatisch antwoord: Re: …") to a bot recap: Auto-Submitted: '
      'auto-replied, X-MS-Exchange-Inbox-Rules-Loop; body has dates and names')
def c7333():
    date = rfcdate('2026-07-13 02:05:11 +0000')
    text = """Bedankt voor uw bericht. Ik ben met verlof in Nederland tot en met maandag 27 juli en lees mijn e-mail beperkt.

Thank you for your message. I am on home leave in the Netherlands until Monday 27 July with limited access to email.
For urgent production matters please contact Tony Wang (wanghaitao@vandijk-sg.example.cn), for engineering Sanne Bakker (sanne.bakker@vandijk-sg.example.cn).

Pieter de Vries
General Manager | Van Dijk Greenhouse Technology (Shouguang) Co., Ltd.
"""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family:Aptos,sans-serif;font-size:12pt">%s</div>\n</body>\n</html>\n') % div_paras(text)
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64', quote_cs=True),
                                     text_part(html, 'html', 'utf-8', 'base64', quote_cs=True)],
                     '_000_SEZPR06MB6958D1A07C3E44B2A6F08E91C5B37SEZPR06MB6958apcp_')
    hdrs = [('From', addr(*P('Pieter de Vries'), quote=True)), ('To', addr(*BOT['D'], quote=True)),
            ('Subject', 'Automatisch antwoord: Re: Minutes - Weekly Production & Engineering Meeting (wk 29)'),
            ('Thread-Topic', 'Minutes - Weekly Production & Engineering Meeting (wk 29)'),
            ('Thread-Index', 'AQHc8m1p4cV0bA8kR3Wz2eQ7lF5t1Q=='), ('Date', date),
            ('Message-ID', '<SEZPR06MB6958D1A07C3E44B2A6F08E91C5B37@SEZPR06MB6958.apcprd06.prod.outlook.com>'),
            ('In-Reply-To', '<recap.3c9e5b71a2.20260713020356@%s>' % D_DOM), ('Accept-Language', 'nl-NL, en-US'),
            ('Content-Language', 'nl-NL'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('*MIME*', None), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
            ('X-MS-Exchange-Inbox-Rules-Loop', P('Pieter de Vries')[1]),
            ('X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent')]
    raw = finish(d_trace(date, P('Pieter de Vries')[1], 'SEZPR06MB6958.apcprd06.prod.outlook.com\n (2603:1096:101:1e9::7)'), hdrs, body)
    notes = ("Exchange Online automatic reply (Dutch 'Automatisch antwoord:' prefix, Dutch + English text) to the bot's recap "
             "of a weekly meeting: Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, X-MS-Exchange-Inbox-Rules-Loop. "
             "The body has a date (27 July) and names with addresses -> kind auto; nothing stored, no answer.")
    return dict(raw=raw, items=[], next=None, notes=notes)


@case(7336, 'taiwan-supplier-big5-outlook-zhtw', 'minutes', 'D',
      'Outlook zh-TW big5 base64 minutes written by a Taiwanese supplier (From external): traditional characters, owners '
      '劉靜 (roster alias of 刘静) and 于洪波 with company tags, the sender and his colleague in Cc; M/D dates 6/26前, 下週一前; '
      '下次會議：7/2（四）14:00')
def c7336():
    date = rfcdate('2026-06-24 16:45:20 +0800')
    text = """劉經理、于經理 您好：

感謝今天下午撥冗參加視訊會議，會議記錄整理如下，如有遺漏請指正。

一、會議結論
1. 第三批散射玻璃（4mm，共1,800片）因鍍膜線設備保養，出貨日由6/26延至7/3。
2. 延遲造成之海運費差額由本公司吸收。

二、待辦事項
1. 劉靜（范戴克 供應鏈）：6/26前確認工地現有玻璃庫存可支應天數，並回覆本公司。
2. 于洪波（范戴克 專案）：6/29前提供濰坊工地7月份安裝排程，供本公司安排出貨順序。
3. 林志明（光禾）：6/30前提供第三批出貨計畫及鍍膜檢驗報告。
4. 陳怡君（光禾）：下週一前寄送調整後的海運訂艙確認單。

三、下次會議：7/2（四）14:00 視訊會議（Teams）

林志明 Jimmy Lin
光禾鍍膜玻璃股份有限公司 業務部 經理
TEL: +886-4-2359-6180 分機 215
"""
    cs = 'big5'
    body = outlook_alt(text, cs, '----=_NextPart_000_0071_01DD03C2.8B5E4A70', font='新細明體', lang='ZH-TW')
    body.preamble = 'This is a multipart message in MIME format.\n'
    to = [P('刘静', '劉靜'), P('于洪波')]
    cc = [P('陳怡君'), P('孙悦', 'Sunny Sun'), BOT['D']]
    hdrs = outlook_hdrs(P('林志明'), to, cc, '會議記錄：溫室散射玻璃第三批交期協調（6/24視訊會議）', date,
                        '<007101dd03c2$8b5e4a70$a21adf50$@%s>' % TW_DOM, cs, lang='zh-tw',
                        thread_index='AdwDwoteSnCiGt9QTmK3c0WbZ1x8ow==')
    raw = finish(d_trace(date, P('林志明')[1], 'mail.kuanghe-glass.example.com.tw (mail.kuanghe-glass.example.com.tw\n [203.69.124.%d])' % 35,
                         delay=6), hdrs, body)
    items = [
        I('刘静', '確認工地現有玻璃庫存可支應天數並回覆光禾', ('abs', 6, 26), '2026-06-26'),
        I('于洪波', '提供濰坊工地7月份安裝排程', ('abs', 6, 29), '2026-06-29'),
        I('林志明', '提供第三批出貨計畫及鍍膜檢驗報告', ('abs', 6, 30), '2026-06-30'),
        I('陳怡君', '寄送調整後的海運訂艙確認單', ('next', 'Mon'), '2026-06-29'),
    ]
    notes = ("Minutes written by the Taiwanese glass supplier (Outlook zh-TW, big5 base64), sent Wed 2026-06-24; traditional "
             "characters throughout. 1 '劉靜（范戴克 供應鏈）' = roster 刘静 (alias 劉靜; To display name 劉靜), '6/26前' -> "
             "2026-06-26. 2 于洪波, '6/29前' -> 2026-06-29. 3 林志明 is the sender (outsider, department null), '6/30前' -> "
             "2026-06-30. 4 陳怡君 (outsider in Cc), '下週一前' -> 2026-06-29. Owner names are recorded as the roster spells "
             "them (刘静; 陳怡君 and 林志明 are roster outsiders). 會議結論 (出貨日延至7/3, 運費) are decisions/facts. '下次會議："
             "7/2（四）14:00' -> 2026-07-02 14:00 (Thursday, checked).")
    return dict(raw=raw, items=items, next=(('abs', 7, 2), '14:00', '2026-07-02'), notes=notes)


@case(7338, 'owa-owner-due-table-two-owners', 'minutes', 'D',
      'OWA HTML table (#/Topic/Owner/Due/Status) with a text alternative, Date +0000: a "Tina / Sunny" cell = two items, '
      'a Closed row, "next Tue", "end of month", "30 Jul", "Aug 7"; Next sync with the date on one line and the time on the next')
def c7338():
    date = rfcdate('2026-07-28 09:58:02 +0000')
    rows = [['#', 'Topic / action', 'Owner', 'Due', 'Status'],
            ['1', 'Send the revised quotation for the Qingzhou tomato greenhouse (3.6 ha)', 'Sunny', '30 Jul', 'Open'],
            ['2', 'Site survey at the Luoyuan vegetable base', 'Bob', 'next Tue', 'Open'],
            ['3', 'Prepare the reference visit for the Inner Mongolia customer', 'Tina / Sunny', 'end of month', 'Open'],
            ['4', 'Update the CRM forecast for Q3', 'Sunny', '24 Jul', 'Closed'],
            ['5', 'Check export licence requirements for the Kazakhstan inquiry', 'Kevin', 'Aug 7', 'Open']]
    head = """Hi all,

Minutes of today's sales & projects pipeline meeting below.
"""
    tail = """
Decisions
- Standard payment terms for new domestic projects: 30/60/10.
- We do not bid for projects below 1 ha unless HQ approves.

Next sync:
Tuesday 4 August
14:00-15:00, Teams

Thanks,
Sunny
"""
    text = head + '\n' + '\n'.join(' | '.join(r) for r in rows) + '\n' + tail
    tbl = html_table(rows, cell_style='border:1px solid #ABABAB;padding:4px 8px;font-family:Aptos,sans-serif;font-size:11pt')
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n%s\n%s</div>\n</body>\n</html>\n') % (
        div_paras(head), tbl, div_paras(tail))
    body = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'quoted-printable', quote_cs=True),
                                     text_part(html, 'html', 'utf-8', 'quoted-printable', quote_cs=True)],
                     '_000_SEZPR06MB7402E5B19C0A4F6D83B2C7E1A904ASEZPR06MB7402apcp_')
    to = [P('Pieter de Vries'), P('于洪波', 'Bob Yu'), P('田甜', 'Tina Tian'), P('周凯', 'Kevin Zhou')]
    cc = [BOT['D']]
    hdrs = owa_hdrs(P('孙悦', 'Sunny Sun'), to, cc, 'Minutes: Sales & Projects pipeline meeting 28/7', date,
                    '<SEZPR06MB7402E5B19C0A4F6D83B2C7E1A904A@SEZPR06MB7402.apcprd06.prod.outlook.com>', None)
    raw = finish(d_trace(date, P('孙悦')[1], 'SEZPR06MB7402.apcprd06.prod.outlook.com\n (2603:1096:101:1f2::11)'), hdrs, body)
    items = [
        I('孙悦', 'Send the revised quotation for the Qingzhou tomato greenhouse (3.6 ha)', ('abs', 7, 30), '2026-07-30'),
        I('于洪波', 'Site survey at the Luoyuan vegetable base', ('next', 'Tue'), '2026-08-04'),
        I('田甜', 'Prepare the reference visit for the Inner Mongolia customer', ('month_end',), '2026-07-31'),
        I('孙悦', 'Prepare the reference visit for the Inner Mongolia customer', ('month_end',), '2026-07-31'),
        I('周凯', 'Check export licence requirements for the Kazakhstan inquiry', ('abs', 8, 7), '2026-08-07'),
    ]
    notes = ("OWA (Microsoft 365) HTML table plus a ' | '-separated text alternative; Date Tue 2026-07-28 09:58:02 +0000 = "
             "17:58 Shanghai, same day. Row 1 Sunny = 孙悦 (the sender) '30 Jul' -> 2026-07-30. Row 2 Bob = 于洪波 'next Tue' -> "
             "Tue 2026-08-04. Row 3 'Tina / Sunny': the same task for two owners -> two items (田甜 and 孙悦), 'end of month' -> "
             "2026-07-31. Row 4 is Closed -> not an item. Row 5 Kevin = 周凯 'Aug 7' -> 2026-08-07. Decisions are not items. "
             "'Next sync:' with 'Tuesday 4 August' on the next line and '14:00-15:00, Teams' on the line after -> 2026-08-04 "
             "14:00.")
    return dict(raw=raw, items=items, next=(('abs', 8, 4), '14:00', '2026-08-04'), notes=notes)


# ================================================================ README
README_HEAD = """# heldout45 - blind held-out set for minutebot (cases 7301-7338)

38 raw messages (`NNNN-slug.eml`, the bytes a mail server stores, with Return-Path / Delivered-To / Received added by the
receiving server) and their gold answers (`NNNN-slug.json`, the corpus README schema, flat fields), the roster
(`roster.csv`) and the generator (`make_heldout45.py`). Regenerate with `python make_heldout45.py .`; validate with
`python make_heldout45.py --check .` (re-parses every .eml with `email.policy.default`: no defects, every text part decodes
strictly with its declared charset; recomputes every gold date from the message's own Date header in Asia/Shanghai with
`chinesecalendar`; compares the bytes and the gold on disk with a fresh generation; checks owners against the roster).
Written blind: nothing of the bot's code or tests was read.

Counts: **minutes 32, other 3, auto 3** (no replies). Send dates 2026-04-02 .. 2026-07-28, including the weeks around
Qingming (holiday Sat 04-04 .. Mon 04-06), Labour Day (holiday Fri 05-01 .. Tue 05-05, make-up working day Sat 05-09) and
Dragon Boat (holiday Fri 06-19 .. Sun 06-21). All gold dates are in 2026.

## Organisations (all invented)

| key | organisation | kind | domain | bot address | mail system |
| --- | --- | --- | --- | --- | --- |
| A | 广西桂网输变电检修有限公司玉林分公司 (Yulin branch of a provincial grid maintenance company) | SOE | `ylgwjx.example.cn` | `minutes@ylgwjx.example.cn` (会议纪要助手) | self-hosted Coremail + Postfix relay; staff use Outlook, Foxmail, Coremail webmail |
| B | 娄底茶小满餐饮连锁管理有限公司 (bubble-tea franchise chain, Loudi) | private services | `chaxiaoman.example.cn` | `minutes@chaxiaoman.example.cn` (纪要机器人) | Feishu (Lark) mail; staff also use Outlook/Foxmail/Apple Mail/网易邮箱大师 over IMAP |
| C | 石家庄博远职业技能培训学校 (private vocational-training school) | private school | `boyuanpx.example.cn` | `minutes@boyuanpx.example.cn` (纪要助手) | 企业微信 + Tencent Exmail; Exmail web, Foxmail, iPhone Mail |
| D | 范戴克温室科技（寿光）有限公司 / Van Dijk Greenhouse Technology (Shouguang) Co., Ltd. (Dutch-owned greenhouse-equipment plant) | foreign-invested manufacturer | `vandijk-sg.example.cn` | `minutes@vandijk-sg.example.cn` (Minutes Bot) | Microsoft 365 (Outlook, OWA, Outlook for Mac, Apple Mail, Thunderbird) |

Outside writers: Van Dijk Kassenbouw B.V. (Dutch parent, Naaldwijk, `vandijk.example.nl`, Google Workspace / Gmail),
光禾鍍膜玻璃股份有限公司 (Taiwanese glass supplier of D, `kuanghe-glass.example.com.tw`, Outlook zh-TW big5),
河北车联汽车服务有限公司 (employer partner of C, `chelian-auto.example.cn`, DingTalk mail). A supply-chain platform
(餐链通) sends one bulk newsletter.

`roster.csv` is one file for all four organisations (a scorer runs the parser with it). Names are unique across the
file and so are aliases. Departments of A-C are Chinese; D's roster departments are English (Production, Supply Chain,
Engineering, Quality, Projects, Sales, HR & Admin, Finance, Management). Outsiders who write or own items are listed
with an empty department and manager.

## Conventions applied beyond the corpus README (a scorer must know them)

- Each organisation has its own bot address (table above); in every case the bot is in To or Cc (case 7332: via the
  all-staff list that contains the bot's mailbox; bounces, out-of-office and bulk mail are addressed to the bot).
- Outsiders are in the roster with an empty department, so their gold `department` is null; their `owner_name` is the
  roster spelling (林志明, 陳怡君, 马丽娜, Maarten Jansen, Eva Mulder) and `owner_email` their address.
- Staff names are recorded in the roster's (canonical) spelling even when the mail writes another form: traditional
  劉靜 -> 刘静, titles and nicknames (仓储主管韦志远, 王工, 钱老师, 张总, 阳会计, 研发主管肖雨婷, 姜班长, 郝主任) and
  English first names (Tony, Jenny, Leo, Bob, Sunny, Tina, Kevin) through roster aliases.
- 跨部门协作事项跟踪表 with two 责任人 columns: the owner is 责任人（发起方）; 责任人（协作方） supports, like 配合
  (case 7313, marked AMBIGUOUS).
- A group of people that is not a unit of the roster (双方, 各班主任, an empty 负责人 cell) -> owner null, department null,
  no_owner. A unit of the organisation -> department = that unit.
- Period words without a day (6月上旬, like the corpus's 11月中旬) -> due null, vague_due. A conditional item with no
  date of its own -> no_due.
- X节前 / 五一节前 = the last working day before that holiday block; 节后第一个工作日 = the first working day after it
  (from `research/dates-eval.md`). 中午 = 12:00.
- 今天 / today / 今天下班前 / EOD -> the send date with no time; "by EOD tomorrow" -> the next day with no time.
- N小时内 counts from the Date header to the minute (seconds dropped).
- Next meeting "同一时间" / "same time" = the time this meeting was held, as stated in the minutes; a day on one line and
  its time on the next line are one follow-up; a time given in two zones (10:00 CEST / 16:00 Beijing) is recorded in
  Beijing time. "另行通知", "待定" or no statement -> null.
- Forwarded minutes: relative dates resolve against the forwarding message's Date header (the forwarded cases were
  written so that the original date gives the same answer). The forwarder's preface is never an item.
- Minutes inside a .docx or PDF attachment are read as a human reading the attachment would (short body, items only in
  the document).
- A person-written newsletter to an all-staff list is kind `other` (no bulk/list headers); bulk mail with List-/Precedence
  headers is `auto`.
- Task text keeps the language of the minutes (English tasks in English, traditional characters in traditional).

## Client and encoding notes

- Charsets: UTF-8, gb2312, GBK (label `GBK`), gb18030, big5; transfer encodings base64, quoted-printable and 8bit
  (Thunderbird format=flowed with soft-wrapped lines). Every text part is encodable in its declared charset (checked
  strictly; no GBK-only characters under a gb2312 label in this set).
- Structures: multipart/alternative (most), text-only (Apple Mail, iPhone Mail, Foxmail plain, Exmail tab table,
  Thunderbird), HTML-only (Coremail 7337, bulk 7317), multipart/mixed with .pdf (7305) or .docx (7320) attachments using
  RFC 2231 filenames (filename*=UTF-8''…), multipart/report (7325).
- Dates: mostly +0800; 7327 is +0200 (Thursday evening in the Netherlands = Friday 01:10 in Shanghai), 7331, 7333 and
  7338 are +0000 from Exchange Online.
- Quote/forward headers: Foxmail From:/Date:/To:/CC:/Subject: (7304), Outlook 发件人/发送时间/收件人/抄送/主题 (7306), OWA
  divRplyFwdMsg From/Sent/To/Cc/Subject (7331).
- AI minutes: 飞书妙记 智能纪要 (7308), 腾讯会议 智能纪要 (7310), 钉钉 AI听记 (7322): only the 待办 section counts.
- Some headers of hosted services (Feishu, Exmail, DingTalk, Mail Master) are plausible imitations, not byte copies.

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
"""


def gold_summary(g):
    if g['kind'] != 'minutes':
        return 'no items'
    n = len(g['items'])
    fl = {}
    for it in g['items']:
        for f in it['flags']:
            fl[f] = fl.get(f, 0) + 1
    s = '%d items' % n
    if fl:
        s += ' (' + ', '.join('%d %s' % (v, k) for k, v in sorted(fl.items())) + ')'
    nx = g['next_followup']
    s += '; next ' + ('%s %s' % (nx['date'], nx['time'] or '(no time)') if nx else 'null')
    return s


def build_case(c):
    res = c['fn']()
    raw = res['raw']
    msg = message_from_bytes(raw, policy=POLICY_DEFAULT)
    sent = sent_cst(str(msg['Date']))
    return res, raw, make_gold(c, res, sent)


def make_gold(c, res, sent):
    return dict(kind=c['kind'], items=[gold_item(it, sent) for it in res['items']],
                next_followup=gold_next(res['next'], sent), reply=None, notes=res['notes'])


def fname(c, ext):
    return '%d-%s.%s' % (c['num'], c['slug'], ext)


def write_all(out):
    os.makedirs(out, exist_ok=True)
    rows = []
    for c in sorted(CASES, key=lambda x: x['num']):
        res, raw, gold = build_case(c)
        with open(os.path.join(out, fname(c, 'eml')), 'wb') as f:
            f.write(raw)
        with open(os.path.join(out, fname(c, 'json')), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write('\n')
        rows.append('| %s | %s | %s | %s |' % (fname(c, 'eml')[:-4], c['kind'], gold_summary(gold),
                                              c['tests'].replace('|', '/')))
    write_roster(os.path.join(out, 'roster.csv'))
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD + '\n'.join(rows) + '\n')
    print('wrote %d cases to %s' % (len(CASES), out))


# ================================================================ --check
FLAGS = {'no_owner', 'vague_due', 'no_due'}


def check_message(path, raw, errors):
    msg = message_from_bytes(raw, policy=POLICY_DEFAULT)
    n_text = 0
    for part in msg.walk():
        for d in part.defects:
            errors.append('%s: defect %r in %s' % (path, d, part.get_content_type()))
        for k in part.keys():
            for v in part.get_all(k):
                for d in getattr(v, 'defects', ()):
                    errors.append('%s: header %s defect %r' % (path, k, d))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == 'text':
            n_text += 1
            try:
                part.get_content()
            except Exception as e:  # noqa
                errors.append('%s: get_content failed on %s: %s' % (path, ctype, e))
                continue
            cs = part.get_content_charset() or 'us-ascii'
            data = part.get_payload(decode=True)
            try:
                data.decode(codec_of(cs))
            except (UnicodeDecodeError, KeyError) as e:
                errors.append('%s: %s part does not decode strictly as %s: %s' % (path, ctype, cs, e))
        elif part.get_content_maintype() != 'message':
            data = part.get_payload(decode=True)
            if not data:
                errors.append('%s: empty attachment %s' % (path, ctype))
                continue
            fn = part.get_filename() or ''
            try:
                if fn.endswith('.docx'):
                    assert '工作任务' in docx_text(data)
                elif fn.endswith('.pdf'):
                    assert '会议纪要' in pdf_text(data)
            except Exception as e:  # noqa
                errors.append('%s: attachment %s unreadable: %r' % (path, fn, e))
    if n_text == 0:
        errors.append('%s: no text part' % path)
    for h in ('Date', 'From', 'Message-ID', 'Return-Path', 'Delivered-To'):
        if msg[h] is None and not (h == 'Message-ID' and msg['Message-Id']):
            errors.append('%s: missing %s' % (path, h))
    return msg


def check_gold(path, gold, kind, errors):
    if set(gold) != {'kind', 'items', 'next_followup', 'reply', 'notes'}:
        errors.append('%s: bad top-level keys %s' % (path, sorted(gold)))
    if gold['kind'] != kind:
        errors.append('%s: kind %s != %s' % (path, gold['kind'], kind))
    if gold['reply'] is not None:
        errors.append('%s: reply must be null' % path)
    if kind != 'minutes' and (gold['items'] or gold['next_followup']):
        errors.append('%s: non-minutes with items/next' % path)
    if not gold['notes']:
        errors.append('%s: empty notes' % path)
    for it in gold['items']:
        if list(it) != ['owner_name', 'owner_email', 'department', 'task', 'due_date', 'due_time', 'flags']:
            errors.append('%s: bad item keys %s' % (path, list(it)))
        if not set(it['flags']) <= FLAGS:
            errors.append('%s: bad flags %s' % (path, it['flags']))
        if it['owner_name'] is None:
            if 'no_owner' not in it['flags'] or it['owner_email'] is not None:
                errors.append('%s: ownerless item without no_owner: %s' % (path, it['task']))
        else:
            r = ROSTER.get(it['owner_name'])
            if not r or r['email'] != it['owner_email'] or r['department'] != it['department']:
                errors.append('%s: owner %s does not match roster' % (path, it['owner_name']))
        if it['due_date'] is None:
            if it['due_time'] is not None or not ({'vague_due', 'no_due'} & set(it['flags'])):
                errors.append('%s: undated item without vague_due/no_due: %s' % (path, it['task']))
        else:
            d = dt.date.fromisoformat(it['due_date'])
            if d.year != YEAR or {'vague_due', 'no_due'} & set(it['flags']):
                errors.append('%s: bad dated item %s' % (path, it))
        if it['due_time'] is not None and not re.fullmatch(r'[0-2]\d:[0-5]\d', it['due_time']):
            errors.append('%s: bad due_time %s' % (path, it['due_time']))
    nx = gold['next_followup']
    if nx is not None:
        if set(nx) != {'date', 'time'} or dt.date.fromisoformat(nx['date']).year != YEAR:
            errors.append('%s: bad next_followup %s' % (path, nx))


def check_all(d):
    errors = []
    counts = {}
    names = set(os.listdir(d))
    expected = set()
    nums = sorted(c['num'] for c in CASES)
    if nums != list(range(7301, 7339)):
        errors.append('case numbers are not 7301..7338: %s' % nums)
    readme = open(os.path.join(d, 'README.md'), encoding='utf-8').read() if 'README.md' in names else ''
    for c in sorted(CASES, key=lambda x: x['num']):
        e, j = fname(c, 'eml'), fname(c, 'json')
        expected |= {e, j}
        if e not in names or j not in names:
            errors.append('missing %s or %s' % (e, j))
            continue
        raw = open(os.path.join(d, e), 'rb').read()
        gold = json.load(open(os.path.join(d, j), encoding='utf-8'))
        msg = check_message(e, raw, errors)
        # recompute every date from this file's own Date header (Asia/Shanghai, chinesecalendar)
        sent = sent_cst(str(msg['Date']))
        res = c['fn']()
        try:
            regold = make_gold(c, res, sent)
        except AssertionError as ex:
            errors.append('%s: date check failed: %s' % (e, ex))
            continue
        if regold != gold:
            errors.append('%s: gold on disk differs from the recomputed gold' % j)
        if res['raw'] != raw:
            errors.append('%s: bytes differ from a fresh generation (not deterministic?)' % e)
        check_gold(j, gold, c['kind'], errors)
        if fname(c, 'eml')[:-4] not in readme:
            errors.append('README.md does not list %s' % e)
        counts[c['kind']] = counts.get(c['kind'], 0) + 1
    extra = {n for n in names if n.endswith(('.eml', '.json'))} - expected
    if extra:
        errors.append('unexpected files: %s' % sorted(extra))
    if 'roster.csv' in names:
        with open(os.path.join(d, 'roster.csv'), encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        if [r['name'] for r in rows] != [r[0] for r in _R]:
            errors.append('roster.csv differs from the generator roster')
        seen = {}
        for r in rows:
            for a in [r['name']] + [x for x in r['aliases'].split(';') if x]:
                if a in seen and seen[a] != r['name']:
                    errors.append('alias %s used by %s and %s' % (a, seen[a], r['name']))
                seen[a] = r['name']
    else:
        errors.append('missing roster.csv')
    for e in errors:
        print('ERROR:', e)
    print('checked %d cases: %s; %d errors' % (sum(counts.values()), ', '.join('%s %d' % kv for kv in sorted(counts.items())),
                                                len(errors)))
    return not errors


def main(argv):
    if argv and argv[0] == '--check':
        d = argv[1] if len(argv) > 1 else HERE
        sys.exit(0 if check_all(d) else 1)
    write_all(argv[0] if argv else HERE)
    sys.exit(0 if check_all(argv[0] if argv else HERE) else 1)     # (added when the set joined the tests)


if __name__ == '__main__':
    main(sys.argv[1:])
