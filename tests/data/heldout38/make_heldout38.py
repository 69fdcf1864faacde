#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout38" (cases 6601-6638) for minutebot.

    python3 make_heldout38.py            # (re)write every .eml/.json, roster.csv and README.md here
    python3 make_heldout38.py --check    # re-parse every .eml with email.policy.default and
                                         # recompute every gold date from the message's Date header

Deterministic: no clock, no randomness (ids are hashes of fixed strings; the PDF is built
with reportlab invariant=1; the .docx zip entries carry a fixed timestamp).
Needs: chinesecalendar (2026 data), python-docx, reportlab, pypdf.
"""
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import sys
import zipfile
from zoneinfo import ZoneInfo

import email
import email.policy
from email.generator import BytesGenerator
from email.message import Message

import chinese_calendar as cc

SH = ZoneInfo('Asia/Shanghai')
HERE = os.path.dirname(os.path.abspath(__file__))
GEN_POLICY = email.policy.compat32.clone(linesep='\r\n', max_line_length=0)

# Charset labels as clients write them -> the codec a real reader uses (WHATWG: gb2312 is read as GBK).
CODEC = {'gb2312': 'gbk', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def codec(label):
    return CODEC[label.lower()]


def hx(seed, n=16):
    """Deterministic hex string (stands in for the random parts of ids)."""
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def hxu(seed, n=16):
    return hx(seed, n).upper()


# ---------------------------------------------------------------------------------------------
# Calendar rules. Every gold date is written by hand in the case and also as a rule; the
# generator asserts that both agree and --check recomputes the rule from the parsed Date header.
# ---------------------------------------------------------------------------------------------

def workday(d):
    return cc.is_workday(d)


def statutory_off(d):
    on_holiday, name = cc.get_holiday_detail(d)
    return (not cc.is_workday(d)) and name is not None


def add_workdays(d, n):
    """N个工作日内: count working days starting the day after d; the Nth one is the due date."""
    x = d
    while n > 0:
        x += dt.timedelta(days=1)
        if workday(x):
            n -= 1
    return x


def first_workday_after_holiday(d):
    """节后第一个工作日: the first working day after the (current or next) statutory holiday block."""
    x = d
    while not statutory_off(x):
        x += dt.timedelta(days=1)
    while not workday(x):
        x += dt.timedelta(days=1)
    return x


def last_workday_before_holiday(d):
    """X节前 / 放假前: the last working day before the next statutory holiday block."""
    x = d
    while not statutory_off(x):
        x += dt.timedelta(days=1)
    x -= dt.timedelta(days=1)
    while not workday(x):
        x -= dt.timedelta(days=1)
    return x


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(rule, sent):
    """rule -> (date, 'HH:MM' or None); sent is an aware datetime in Asia/Shanghai."""
    d = sent.date()
    kind, args = rule[0], list(rule[1:])
    t = None
    if args and isinstance(args[-1], str) and len(args[-1]) == 5 and args[-1][2] == ':':
        t = args.pop()
    if kind == 'md':                       # 4月10日前 / Apr 10 / 4/10: this year
        r = dt.date(d.year, args[0], args[1])
    elif kind == 'today':                  # 今天 / 今天下班前 / EOD
        r = d
    elif kind == 'tomorrow':
        r = d + dt.timedelta(days=1)
    elif kind == 'dayafter':               # 后天
        r = d + dt.timedelta(days=2)
    elif kind == 'wd':                     # bare weekday (周三 / by Friday): this week's unless past
        r = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=args[0])
        if r < d:
            r += dt.timedelta(days=7)
    elif kind == 'thiswk':                 # 本周X: this Mon-Sun week (only used where not past)
        r = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=args[0])
        assert r >= d, rule
    elif kind == 'nextwk':                 # 下周X / next Monday
        r = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + args[0])
    elif kind == 'wdays':                  # N个工作日内
        r = add_workdays(d, args[0])
    elif kind == 'monthend':               # 本月底 / 月底前 / end of the month; ('monthend', m) for 6月底
        r = month_end(d.year, args[0] if args else d.month)
    elif kind == 'afterhol':               # 节后第一个工作日
        r = first_workday_after_holiday(d)
    elif kind == 'beforehol':              # 端午节放假前
        r = last_workday_before_holiday(d)
    elif kind == 'hours':                  # N小时内: from the send instant
        x = sent + dt.timedelta(hours=args[0])
        r, t = x.date(), x.strftime('%H:%M')
    else:
        raise ValueError(rule)
    return r, t


# ---------------------------------------------------------------------------------------------
# Roster
# ---------------------------------------------------------------------------------------------

ROSTER = []      # dicts: name,email,department,manager_email,aliases


def person(name, mail, dept, manager='', aliases=''):
    ROSTER.append(dict(name=name, email=mail, department=dept, manager_email=manager, aliases=aliases))


YT = 'ytlq.example.cn'             # 南宁邕通路桥建设集团有限公司 (highway-construction SOE, Nanning)
CM = 'chuanmo.example.cn'          # 宜宾川膜新材料科技有限公司 (lithium-battery separator maker, Yibin)
LH = 'lanhui.example.cn'           # 深圳澜汇数字科技有限公司 (payments fintech, Shenzhen)
KT = 'kessler-tc.example.com'      # Kessler Werkzeugmaschinen (Taicang) Co., Ltd. 凯斯勒机床（太仓）

# --- 邕通路桥 ---
person('张国栋', 'zhangguodong@' + YT, '公司领导', '', '张总;张副总;Zhang Guodong')
person('覃振华', 'qinzhenhua@' + YT, '工程管理部', 'zhangguodong@' + YT, '覃部长;覃部;Qin Zhenhua')
person('王海滨', 'wanghaibin@' + YT, '工程管理部', 'qinzhenhua@' + YT, '王工;王总工;海滨;Wang Haibin')
person('莫伟光', 'moweiguang@' + YT, '综合办公室', 'zhangguodong@' + YT, '莫主任;Mo Weiguang')
person('黄秋莲', 'huangqiulian@' + YT, '综合办公室', 'moweiguang@' + YT, '秋莲;小黄;Huang Qiulian')
person('蒙世杰', 'mengshijie@' + YT, '安全质量部', 'zhangguodong@' + YT, '蒙部长;Meng Shijie')
person('廖丽娟', 'liaolijuan@' + YT, '安全质量部', 'mengshijie@' + YT, '廖工;丽娟;安全员廖丽娟;Liao Lijuan')
person('陆晓燕', 'luxiaoyan@' + YT, '计划合同部', 'zhangguodong@' + YT, '陆部长;Lu Xiaoyan')
person('卢海', 'luhai@' + YT, '物资设备部', 'zhangguodong@' + YT, '卢部长;Lu Hai')
person('韦志远', 'weizhiyuan@' + YT, '物资设备部', 'luhai@' + YT, '韦主管;志远;仓储主管韦志远;Wei Zhiyuan')
person('梁思远', 'liangsiyuan@' + YT, '财务部', 'zhangguodong@' + YT, '梁部长;Liang Siyuan')
person('农建波', 'nongjianbo@' + YT, '第三项目经理部', 'qinzhenhua@' + YT, '农经理;农总;Nong Jianbo')
person('谭雪', 'tanxue@' + YT, '第三项目经理部', 'nongjianbo@' + YT, '小谭;Tan Xue')
# --- 川膜新材 ---
person('陈志刚', 'chenzhigang@' + CM, '总经办', '', '陈总;Chen Zhigang')
person('唐敏', 'tangmin@' + CM, '总经办', 'chenzhigang@' + CM, '小唐;唐助理;Tang Min')
person('罗建川', 'luojianchuan@' + CM, '生产部', 'chenzhigang@' + CM, '罗经理;老罗;Luo Jianchuan')
person('付强', 'fuqiang@' + CM, '工艺技术部', 'chenzhigang@' + CM, '付经理;Fu Qiang')
person('钱立伟', 'qianliwei@' + CM, '工艺技术部', 'fuqiang@' + CM, '钱老师;钱工;Qian Liwei')
person('杨雪梅', 'yangxuemei@' + CM, '质量部', 'chenzhigang@' + CM, '杨经理;雪梅;Yang Xuemei')
person('何勇', 'heyong@' + CM, '设备部', 'chenzhigang@' + CM, '何工;何主管;He Yong')
person('王静', 'wangjing@' + CM, '采购部', 'chenzhigang@' + CM, '王经理;Wang Jing')
person('苏晓彤', 'suxiaotong@' + CM, '采购部', 'wangjing@' + CM, '晓彤;Su Xiaotong;Ms. Su')
person('曾丹', 'zengdan@' + CM, '销售部', 'chenzhigang@' + CM, '丹丹;曾经理;Dana Zeng;Zeng Dan')
person('邓文博', 'dengwenbo@' + CM, '仓储物流部', 'chenzhigang@' + CM, '邓主管;文博;Deng Wenbo')
person('任浩', 'renhao@' + CM, 'EHS部', 'chenzhigang@' + CM, '任工;Ren Hao')
person('周琳', 'zhoulin@' + CM, '人事行政部', 'chenzhigang@' + CM, '琳姐;Zhou Lin')
# --- 澜汇数科 ---
person('黄子轩', 'huangzixuan@' + LH, '研发中心', '', '黄总;Ethan Huang;Zixuan')
person('何佳', 'hejia@' + LH, '支付产品部', '', '何总监;Jia He')
person('林晓峰', 'linxiaofeng@' + LH, '支付产品部', 'hejia@' + LH, '晓峰;峰哥;Xiaofeng Lin;Xiaofeng')
person('吴泽宇', 'wuzeyu@' + LH, '研发中心', 'huangzixuan@' + LH, '泽宇;Zeyu;Zeyu Wu;wzy;zeyu')
person('邱一鸣', 'qiuyiming@' + LH, '研发中心', 'wuzeyu@' + LH, '一鸣;Yiming;yiming')
person('陈嘉欣', 'chenjiaxin@' + LH, '风控部', '', '嘉欣;Kelly;Kelly Chen;kelly')
person('郑雅婷', 'zhengyating@' + LH, '合规部', '', '雅婷;Tina;Tina Zheng;tina')
person('许楠', 'xunan@' + LH, '运营部', '', '楠姐;Nan Xu;nan')
person('刘畅', 'liuchang@' + LH, '质量保障部', 'huangzixuan@' + LH, '畅哥;Chang Liu;changliu')
person('谢敏', 'xiemin@' + LH, '客户成功部', 'hejia@' + LH, 'Mindy;Mindy Xie;敏敏')
# --- Kessler Taicang ---
person('Jonas Weber', 'jonas.weber@' + KT, 'Management', '', 'Jonas;JW;魏乔纳')
person('Thomas Krüger', 'thomas.krueger@' + KT, 'Production', 'jonas.weber@' + KT, 'Thomas;Thomas Krueger;TK')
person('Katrin Hoffmann', 'katrin.hoffmann@' + KT, 'Quality', 'jonas.weber@' + KT, 'Katrin;KH')
person('Vivian Zhou', 'vivian.zhou@' + KT, 'Supply Chain', 'jonas.weber@' + KT, '周薇;Vivian;周小姐')
person('Kevin Xu', 'kevin.xu@' + KT, 'Production', 'thomas.krueger@' + KT, '徐凯;Kevin;徐班长')
person('Jeff Ni', 'jeff.ni@' + KT, 'Engineering', 'jonas.weber@' + KT, '倪剑锋;Jeff;倪工')
person('Tony Gu', 'tony.gu@' + KT, 'Service', 'jonas.weber@' + KT, '顾涛;Tony;顾工')
person('Lily Shen', 'lily.shen@' + KT, 'HR & Admin', 'jonas.weber@' + KT, '沈丽;Lily')
# --- outsiders who write (department left empty: they are not in any of our departments) ---
person('李堃', 'likun@jtj.longan.example.gov.cn', '', '', '李科长;Li Kun')
person('黄振宇', 'gh_huangzy@126.com', '', '', '黄总监;Huang Zhenyu')
person('Park Ji-hoon', 'jh.park@hanul-cs.example.kr', '', '', 'Ji-hoon Park;JH Park;Mr. Park')
person('Priya Nair', 'priya.nair@meridianpay.example.sg', '', '', 'Priya')
person('Markus Brandt', 'markus.brandt@kessler-wzm.example.de', '', '', 'Markus')
person('周凯', 'zhoukai@shuneng-battery.example.cn', '', '', '周工;Zhou Kai')
person('林志豪', 'howard.lin@dingfeng-precision.example.com.tw', '', '', 'Howard Lin;Howard')

RBY = {p['name']: p for p in ROSTER}


def R(name):
    return RBY[name]


# ---------------------------------------------------------------------------------------------
# Gold helpers
# ---------------------------------------------------------------------------------------------

def item(owner, task, due=None, exp=None, time=None, dept=None, mail=None):
    """owner: roster name, or a name not in the roster (then mail/dept given), or None (no_owner).
    due: a rule tuple, 'vague', or None. exp/time: the hand-worked answer."""
    if owner is not None and owner in RBY:
        p = RBY[owner]
        name, mail, dept = p['name'], p['email'], (p['department'] or None)
    else:
        name = owner
    flags = []
    if name is None:
        flags.append('no_owner')
    if due == 'vague':
        flags.append('vague_due')
    elif due is None:
        flags.append('no_due')
    return dict(owner_name=name, owner_email=mail, department=dept, task=task,
                due_date=exp, due_time=time, flags=flags, _rule=due if isinstance(due, tuple) else None)


def fu(rule, exp, time=None):
    return dict(date=exp, time=time, _rule=rule)


# ---------------------------------------------------------------------------------------------
# MIME helpers (the email package builds the tree; header values are written the way each
# client writes them, already RFC 2047-encoded and folded)
# ---------------------------------------------------------------------------------------------

def ew(text, charset='utf-8', enc='B', label=None, first=0):
    """RFC 2047 encoded words (each <= 75 chars, never splitting a character), folded."""
    label = label or charset
    cdc = codec(charset)

    def one(s):
        b = s.encode(cdc)
        if enc == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(b).decode())
        q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in '!*+-/' else
                    ('_' if c == 32 else '=%02X' % c) for c in b)
        return '=?%s?Q?%s?=' % (label, q)

    words, cur = [], ''
    for ch in text:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return '\r\n '.join(words)


def isascii(s):
    return all(ord(c) < 128 for c in s)


def addr(name, mail, charset='utf-8', enc='B', label=None, quote=False):
    if not name:
        return mail
    if isascii(name):
        if quote or any(c in name for c in ',.;:()<>@'):
            return '"%s" <%s>' % (name, mail)
        return '%s <%s>' % (name, mail)
    return '%s <%s>' % (ew(name, charset, enc, label), mail)


def addrs(lst, charset='utf-8', enc='B', label=None, sep=',\r\n\t', quote=False):
    return sep.join(addr(n, m, charset, enc, label, quote) for n, m in lst)


def P(name):
    """(display name, address) of a roster person."""
    p = RBY[name]
    return (p['name'], p['email'])


def body_bytes(text, charset):
    t = text.replace('\r\n', '\n').replace('\n', '\r\n')
    return t.encode(codec(charset))


def b64(data):
    return base64.encodebytes(data).decode('ascii').replace('\n', '\r\n')


def qp(data):
    # quopri works on LF-terminated lines; CRLF is restored afterwards
    enc = quopri.encodestring(data.replace(b'\r\n', b'\n'), quotetabs=False)
    return enc.decode('ascii').replace('\n', '\r\n')


def leaf(ctype, text=None, charset='utf-8', cte='base64', label=None, params='', data=None,
         headers=(), ct_fold=False):
    """A single body part. text is encoded with the codec of charset and labelled `label`."""
    m = Message()
    for k, v in headers:
        m[k] = v
    if text is not None:
        label = label or charset
        data = body_bytes(text, charset)
        sep = ';\r\n\t' if ct_fold else '; '
        m['Content-Type'] = '%s%scharset="%s"%s' % (ctype, sep, label, params)
    else:
        m['Content-Type'] = ctype + params
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        m.set_payload(b64(data))
    elif cte == 'quoted-printable':
        m.set_payload(qp(data))
    elif cte in ('8bit', '7bit'):
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        if cte == '7bit':
            assert all(c < 128 for c in data)
        m.set_payload(data.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    return m


def multi(subtype, boundary, parts, preamble=None, params=''):
    m = Message()
    m['Content-Type'] = 'multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, params)
    if preamble is not None:
        m.preamble = preamble
    for p in parts:
        m.attach(p)
    return m


def attach(ctype, data, fname, cte='base64', disp='attachment', extra=(), charset='utf-8'):
    """Attachment part; a non-ASCII file name is written RFC 2231-style (name*=charset''%XX)."""
    from urllib.parse import quote
    m = Message()
    if isascii(fname):
        np, fp = 'name="%s"' % fname, 'filename="%s"' % fname
    else:
        v = "%s''%s" % (charset, quote(fname.encode(codec(charset)), safe='.-_'))
        np, fp = 'name*=%s' % v, 'filename*=%s' % v
    m['Content-Type'] = '%s;\r\n\t%s' % (ctype, np)
    for k, v in extra:
        m[k] = v
    m['Content-Transfer-Encoding'] = cte
    if disp:
        m['Content-Disposition'] = '%s;\r\n\t%s' % (disp, fp)
    m.set_payload(b64(data))
    return m


def assemble(headers, body, mime_pos=None):
    """headers: list of (name, value); the body's own Content-* headers are inserted at the
    '@MIME' marker (or at the end)."""
    top = body
    content_headers = list(top._headers)
    out = []
    placed = False
    for k, v in headers:
        if k == '@MIME':
            out.extend(content_headers)
            placed = True
        else:
            out.append((k, v))
    if not placed:
        out.extend(content_headers)
    top._headers = out
    f = io.BytesIO()
    BytesGenerator(f, policy=GEN_POLICY, mangle_from_=False).flatten(top)
    raw = f.getvalue()
    if not raw.endswith(b'\r\n'):
        raw += b'\r\n'
    return raw


def rdate(d, comment=None):
    """RFC 5322 date from an aware datetime, in its own offset."""
    s = d.strftime('%a, ') + str(d.day) + d.strftime(' %b %Y %H:%M:%S %z')
    if comment:
        s += ' (%s)' % comment
    return s


def T(y, mo, d, h, mi, s, off=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def delivered(bot, sender_env, recv_lines):
    """Headers the receiving server adds at the top."""
    hs = [('Return-Path', '<%s>' % sender_env if sender_env else '<>'), ('Delivered-To', bot)]
    for r in recv_lines:
        hs.append(('Received', r))
    return hs


def rcv_postfix(helo, ip, host, qid, bot, when, tls=True, rdns='unknown'):
    w = ' with ESMTPS' if tls else ' with ESMTP'
    return ('from %s (%s [%s])\r\n\tby %s (Postfix)%s id %s\r\n\tfor <%s>; %s'
            % (helo, rdns, ip, host, w, qid, bot, rdate(when.astimezone(dt.timezone(dt.timedelta(hours=8))), 'CST')))


# ---------------------------------------------------------------------------------------------
# Body renderers. A body is a list of blocks:
#   ('p', text)          paragraph; '\n' inside = line break
#   ('h', text)          heading line (bold in HTML)
#   ('blank',)
#   ('table', rows)      rows[0] is the header row; cells may contain '\n'
#   ('pre', text)        text kept as-is in both renderings (monospace in HTML)
# ---------------------------------------------------------------------------------------------

def esc(s):
    return html.escape(s, quote=False)


def render_text(blocks, cell_sep='\t'):
    out = []
    for b in blocks:
        if b[0] in ('p', 'h', 'pre'):
            out.append(b[1])
        elif b[0] == 'blank':
            out.append('')
        elif b[0] == 'table':
            for row in b[1]:
                out.append(cell_sep.join(c.replace('\n', ' ') for c in row))
    return '\n'.join(out) + '\n'


def render_word_html(blocks, lang='ZH-CN', font='等线', en_font='Calibri', charset='gb2312', extra_after=''):
    """Outlook (Word engine) HTML."""
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
            '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:%s;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:%s;}\n'
            '/* Page Definitions */\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n') % (charset, font, font, font, font, lang)
    span = '<span lang="%s">' % ('EN-US' if lang == 'EN-US' else 'ZH-CN')
    out = [head]
    for b in blocks:
        if b[0] in ('p', 'h', 'pre'):
            for line in b[1].split('\n'):
                t = esc(line) if line else '<o:p>&nbsp;</o:p>'
                if b[0] == 'h' and line:
                    t = '<b>%s</b>' % t
                out.append('<p class="MsoNormal">%s%s<o:p></o:p></span></p>\n' % (span, t))
        elif b[0] == 'blank':
            out.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n')
        elif b[0] == 'table':
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">\n')
            for ri, row in enumerate(b[1]):
                out.append('<tr>\n')
                for c in row:
                    cell = '<br>\n'.join(esc(x) for x in c.split('\n')) if c else '<o:p>&nbsp;</o:p>'
                    if ri == 0:
                        cell = '<b>%s</b>' % cell
                    out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n'
                               '<p class="MsoNormal">%s%s<o:p></o:p></span></p>\n</td>\n' % (span, cell))
                out.append('</tr>\n')
            out.append('</table>\n')
    out.append(extra_after)
    out.append('</div>\n</body>\n</html>\n')
    return ''.join(out)


def render_div_html(blocks, style='font-family:微软雅黑;font-size:14px', charset=None, table_style=None,
                    wrap_div='div', pre_html='', post_html='', doc=True):
    """Webmail-style HTML (Coremail, Foxmail, Exmail, 163, Feishu ...)."""
    ts = table_style or 'border-collapse:collapse;border:1px solid #999'
    out = []
    if doc:
        out.append('<html><head>')
        if charset:
            out.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
        out.append('</head><body>\n')
    out.append('<div style="%s">' % style)
    out.append(pre_html)
    for b in blocks:
        if b[0] in ('p', 'h'):
            for line in b[1].split('\n'):
                t = esc(line) if line else '<br>'
                if b[0] == 'h' and line:
                    t = '<b>%s</b>' % t
                out.append('<%s>%s</%s>\n' % (wrap_div, t, wrap_div))
        elif b[0] == 'pre':
            out.append('<pre>%s</pre>\n' % esc(b[1]))
        elif b[0] == 'blank':
            out.append('<%s><br></%s>\n' % (wrap_div, wrap_div))
        elif b[0] == 'table':
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="%s"><tbody>\n' % ts)
            for ri, row in enumerate(b[1]):
                tag = 'th' if ri == 0 else 'td'
                out.append('<tr>' + ''.join('<%s style="border:1px solid #999">%s</%s>' %
                                            (tag, '<br>'.join(esc(x) for x in c.split('\n')), tag) for c in row)
                           + '</tr>\n')
            out.append('</tbody></table>\n')
    out.append(post_html)
    out.append('</div>')
    if doc:
        out.append('\n</body></html>\n')
    return ''.join(out)


def render_gmail_html(blocks):
    out = ['<div dir="ltr">']
    for b in blocks:
        if b[0] in ('p', 'h', 'pre'):
            for line in b[1].split('\n'):
                t = esc(line) if line else '<br>'
                if b[0] == 'h' and line:
                    t = '<b>%s</b>' % t
                out.append('<div>%s</div>' % t)
        elif b[0] == 'blank':
            out.append('<div><br></div>')
        elif b[0] == 'table':
            out.append('<table style="border-collapse:collapse"><tbody>')
            for row in b[1]:
                out.append('<tr>' + ''.join('<td style="border:1px solid #ccc;padding:2px 6px">%s</td>' %
                                            '<br>'.join(esc(x) for x in c.split('\n')) for c in row) + '</tr>')
            out.append('</tbody></table>')
    out.append('</div>\n')
    return ''.join(out)


# ---------------------------------------------------------------------------------------------
# Attachments
# ---------------------------------------------------------------------------------------------

def make_docx(paragraphs_and_tables, author='', fixed=dt.datetime(2026, 1, 1)):
    """Build a .docx with python-docx and re-zip it with fixed timestamps and metadata."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    for blk in paragraphs_and_tables:
        if blk[0] == 'title':
            d.add_heading(blk[1], level=1)
        elif blk[0] == 'h':
            d.add_heading(blk[1], level=2)
        elif blk[0] == 'p':
            d.add_paragraph(blk[1])
        elif blk[0] == 'table':
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # normalise the zip: fixed date_time for every entry, stable order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != '[Content_Types].xml', i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(lines, title):
    """A simple one-page PDF with Chinese text (built-in CID font STSong-Light)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor('Vivian Zhou')
    c.setCreator('Microsoft Word')
    w, h = A4
    y = h - 60
    for ln in lines:
        size = 15 if ln.startswith('#') else 10.5
        txt = ln.lstrip('#').strip() if ln.startswith('#') else ln
        c.setFont('STSong-Light', size)
        c.drawString(56, y, txt)
        y -= size + 8
    c.showPage()
    c.save()
    return buf.getvalue()


CASES = []


def case(num, slug, kind, raw, items=(), followup=None, notes='', summary='', tests='', attach_must=()):
    CASES.append(dict(num=num, slug=slug, kind=kind, raw=raw, items=list(items), followup=followup,
                      notes=notes, summary=summary, tests=tests, attach_must=attach_must))


# ---------------------------------------------------------------------------------------------
# Light markup for bodies: '# ' heading, '|| a | b | c' table row, '' blank, anything else a line.
# ---------------------------------------------------------------------------------------------

import textwrap


def D(s):
    return textwrap.dedent(s).strip('\n')


def blocks_of(s):
    out = []
    table = None
    for line in s.split('\n'):
        if line.startswith('||'):
            cells = [c.strip().replace('\\n', '\n') for c in line[2:].split(' | ')]
            if table is None:
                table = ('table', [])
                out.append(table)
            table[1].append(cells)
            continue
        table = None
        if line == '':
            out.append(('blank',))
        elif line.startswith('# '):
            out.append(('h', line[2:]))
        else:
            out.append(('p', line))
    return out


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def uuid_of(seed, upper=True):
    h = hx(seed, 32)
    u = '%s-%s-4%s-a%s-%s' % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return u.upper() if upper else u


def opt(headers, name, value):
    if value:
        headers.append((name, value))


# ---------------------------------------------------------------------------------------------
# Client builders. Each returns the raw bytes of the stored message.
#   env: dict(bot=..., ret=envelope sender, recv=[Received values, top first])
# ---------------------------------------------------------------------------------------------

def outlook(env, frm, to, cc, subject, date, body, *, charset='gb2312', cte='base64', lang='zh-cn',
            domain, seed, attachments=(), inreply=None, refs=None, text=None, html_body=None,
            hcs=None, font='等线', en_body=False, topic=False, extra=(), html_cte=None):
    """Outlook 2016/2019/365 for Windows (Word HTML + text alternative)."""
    hcs = hcs or charset
    html_cte = html_cte or cte
    blocks = blocks_of(body)
    txt = text if text is not None else render_text(blocks)
    htm = html_body if html_body is not None else render_word_html(
        blocks, lang='EN-US' if en_body else 'ZH-CN', font=font, charset=charset)
    n = '%s.%s' % (hxu(seed, 4), hxu(seed + 'n', 8))
    if attachments:
        alt = multi('alternative', '----=_NextPart_001_0001_01DC%s' % n,
                    [leaf('text/plain', txt, charset, cte), leaf('text/html', htm, charset, html_cte)])
        top = multi('mixed', '----=_NextPart_000_0000_01DC%s' % n, [alt] + list(attachments),
                    preamble='This is a multipart message in MIME format.')
    else:
        top = multi('alternative', '----=_NextPart_000_0001_01DC%s' % n,
                    [leaf('text/plain', txt, charset, cte), leaf('text/html', htm, charset, html_cte)],
                    preamble='This is a multipart message in MIME format.')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('From', addr(frm[0], frm[1], hcs)))
    h.append(('To', addrs(to, hcs)))
    if cc:
        h.append(('Cc', addrs(cc, hcs)))
    subj = ew(subject, hcs) if not isascii(subject) else subject
    h.append(('Subject', subj))
    if topic:
        h.append(('Thread-Topic', subj))
    h.append(('Date', rdate(date)))
    h.append(('Message-ID', '<000001dc%s$%s$%s$@%s>' % (hx(seed, 4), hx(seed + 'b', 8), hx(seed + 'c', 8), domain)))
    opt(h, 'In-Reply-To', inreply)
    opt(h, 'References', refs)
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    h.append(('Thread-Index', thread_index(seed)))
    h.append(('Content-Language', lang))
    h.extend(extra)
    return assemble(h, top)


def owa(env, frm, to, cc, subject, date_utc, body, *, seed, tenant='TY0PR06MB', lang='zh-CN',
        inreply=None, refs=None, extra=(), auto=False, text=None, html_body=None):
    """Outlook on the web / Exchange Online: Date in +0000, base64 UTF-8 parts, _000_ boundary."""
    blocks = blocks_of(body)
    txt = text if text is not None else render_text(blocks)
    htm = html_body if html_body is not None else (
        '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n'
        '<body dir="ltr">\r\n'
        + render_div_html(blocks, style='font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                          'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);', doc=False,
                          wrap_div='div') + '\r\n</body>\r\n</html>\r\n')
    box = '%s%s' % (tenant, hxu(seed, 4))
    mid = '<%s%s@%s.apcprd06.prod.outlook.com>' % (box, hxu(seed + 'm', 28), box)
    b = '_000_%s%s_' % (box, hxu(seed + 'm', 28))
    top = multi('alternative', b, [leaf('text/plain', txt, 'utf-8', 'base64'),
                                   leaf('text/html', htm, 'utf-8', 'base64')])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('From', addr(frm[0], frm[1])))
    h.append(('To', addrs(to)))
    if cc:
        h.append(('CC', addrs(cc)))
    subj = ew(subject) if not isascii(subject) else subject
    h.append(('Subject', subj))
    h.append(('Thread-Topic', subj))
    h.append(('Thread-Index', thread_index(seed)))
    h.append(('Date', rdate(date_utc)))
    h.append(('Message-ID', '\r\n ' + mid))
    opt(h, 'References', refs)
    opt(h, 'In-Reply-To', inreply)
    h.append(('Accept-Language', lang if lang == 'en-US' else '%s, en-US' % lang))
    h.append(('Content-Language', lang))
    h.append(('X-MS-Has-Attach', ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h.extend(extra)
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    return assemble(h, top)


def coremail(env, frm, to, cc, subject, date, body, *, charset='GBK', seed, domain, server='XT5.0.13',
             build='20230109(dcb5de15)', text_only=False, cte='base64', extra=(), html_style=None,
             ip='10.20.3.118', pre_html='', xmailer=True):
    """Coremail XT webmail (SOE mail systems, 126/163 web)."""
    blocks = blocks_of(body)
    txt = render_text(blocks)
    ms = '%d' % (int(hx(seed, 8), 16) % 900000 + 100000)
    if text_only:
        top = leaf('text/plain', txt, charset, cte)
    else:
        htm = render_div_html(blocks, style=html_style or 'line-height:1.7;color:#000000;font-size:14px;font-family:Arial',
                              doc=False, pre_html=pre_html)
        top = multi('alternative', '----=_Part_%s_%s.%s' % (ms, int(hx(seed + 'p', 6), 16), '1' + hx(seed + 't', 12).translate(str.maketrans('abcdef', '123456'))),
                    [leaf('text/plain', txt, charset, cte), leaf('text/html', htm, charset, cte)])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('Date', rdate(date, 'GMT+08:00')))
    h.append(('From', addr(frm[0], frm[1], charset)))
    h.append(('To', addrs(to, charset, sep=', \r\n\t')))
    if cc:
        h.append(('Cc', addrs(cc, charset, sep=', \r\n\t')))
    h.append(('Subject', ew(subject, charset) if not isascii(subject) else subject))
    if xmailer:
        h.append(('X-Priority', '3'))
        h.append(('X-Mailer', 'Coremail Webmail Server Version %s build %s\r\n Copyright (c) 2002-2026 www.mailtech.cn' % (server, build)))
    h.append(('X-Originating-IP', '[%s]' % ip))
    h.append(('MIME-Version', '1.0'))
    h.append(('Message-ID', '<%s.%s.%s.Coremail.%s>' % (hx(seed, 8), hx(seed + 'x', 4), hx(seed + 'y', 11), frm[1])))
    h.extend(extra)
    h.append(('@MIME', None))
    h.append(('X-Coremail-Locale', 'zh_CN'))
    h.append(('X-CM-TRANSID', '%s--.%s_' % (hx(seed + 'tr', 20), hx(seed + 'tr2', 6))))
    return assemble(h, top)


def foxmail(env, frm, to, cc, subject, date, body, *, charset='gb2312', seed, domain, text_only=False,
            sig_html=''):
    """Foxmail 7.2 for Windows."""
    blocks = blocks_of(body)
    txt = render_text(blocks)
    if text_only:
        top = leaf('text/plain', txt, charset, 'base64')
    else:
        htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
               'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
               '</head><body>\r\n' % charset.upper()) + render_div_html(blocks, style='', doc=False) + sig_html + '\r\n</body></html>'
        top = multi('alternative', '----=_001_NextPart%s_=----' % (int(hx(seed, 10), 16) % 10 ** 12),
                    [leaf('text/plain', txt, charset, 'base64'), leaf('text/html', htm, charset, 'base64')],
                    preamble='This is a multi-part message in MIME format.')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('Date', rdate(date)))
    h.append(('From', addr(frm[0], frm[1], charset)))
    h.append(('To', addrs(to, charset, sep=',\r\n\t')))
    if cc:
        h.append(('Cc', addrs(cc, charset, sep=',\r\n\t')))
    h.append(('Subject', ew(subject, charset)))
    h.append(('X-Priority', '3'))
    h.append(('X-GUID', uuid_of(seed)))
    h.append(('X-Has-Attach', 'no'))
    h.append(('X-Mailer', 'Foxmail 7.2.25.228[cn]'))
    h.append(('Mime-Version', '1.0'))
    h.append(('Message-ID', '<%s%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), int(hx(seed, 10), 16) % 10 ** 7, domain)))
    h.append(('@MIME', None))
    return assemble(h, top)


def gmail(env, frm, to, cc, subject, date, body, *, seed, cte='quoted-printable', inreply=None, refs=None):
    """Gmail web (Google Workspace)."""
    blocks = blocks_of(body)
    txt = render_text(blocks)
    htm = render_gmail_html(blocks)
    top = multi('alternative', '000000000000%s' % hx(seed, 12),
                [leaf('text/plain', txt, 'UTF-8', cte), leaf('text/html', htm, 'UTF-8', cte)])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('MIME-Version', '1.0'))
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('Date', rdate(date)))
    opt(h, 'References', refs)
    opt(h, 'In-Reply-To', inreply)
    mid = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30], altchars=b'+_').decode()
    h.append(('Message-ID', '<CAH%s@mail.gmail.com>' % mid))
    h.append(('Subject', ew(subject, 'UTF-8') if not isascii(subject) else subject))
    h.append(('To', addrs(to, 'UTF-8', sep=', ')))
    if cc:
        h.append(('Cc', addrs(cc, 'UTF-8', sep=', ')))
    h.append(('@MIME', None))
    return assemble(h, top)


def apple_mail(env, frm, to, cc, subject, date, body, *, seed, domain, inreply=None, refs=None,
               text=None, html_body=None, version='3826.500.181.1.5'):
    """Apple Mail (macOS): QP utf-8 text + html alternative."""
    blocks = blocks_of(body)
    txt = text if text is not None else render_text(blocks)
    htm = html_body if html_body is not None else (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in txt.rstrip('\n').split('\n'))
        + '</body></html>')
    top = multi('alternative', 'Apple-Mail=_%s' % uuid_of(seed + 'b'),
                [leaf('text/plain', txt, 'utf-8', 'quoted-printable', label='utf-8'),
                 leaf('text/html', htm, 'utf-8', 'quoted-printable', label='utf-8')])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('From', addr(frm[0], frm[1], 'utf-8')))
    h.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(%s\\))' % version))
    h.append(('Subject', ew(subject, 'utf-8') if not isascii(subject) else subject))
    h.append(('Date', rdate(date)))
    opt(h, 'In-Reply-To', inreply)
    if cc:
        h.append(('Cc', addrs(cc, 'utf-8', sep=',\r\n ')))
    h.append(('To', addrs(to, 'utf-8', sep=',\r\n ')))
    opt(h, 'References', refs)
    h.append(('Message-Id', '<%s@%s>' % (uuid_of(seed), domain)))
    h.append(('X-Mailer', 'Apple Mail (2.%s)' % version.split('.')[0]))
    h.append(('@MIME', None))
    return assemble(h, top)


def iphone(env, frm, to, cc, subject, date, body, *, seed, domain, build='23A341', sig='发自我的iPhone'):
    """iPhone Mail: single text/plain part, utf-8 quoted-printable."""
    txt = body.rstrip('\n') + '\n\n' + sig + '\n'
    top = leaf('text/plain', txt, 'utf-8', 'quoted-printable')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('@MIME', None))
    h.append(('From', addr(frm[0], frm[1], 'utf-8')))
    h.append(('Mime-Version', '1.0 (1.0)'))
    h.append(('Date', rdate(date)))
    if cc:
        h.append(('Cc', addrs(cc, 'utf-8', sep=',\r\n ')))
    h.append(('Subject', ew(subject, 'utf-8')))
    h.append(('Message-Id', '<%s@%s>' % (uuid_of(seed), domain)))
    h.append(('To', addrs(to, 'utf-8', sep=',\r\n ')))
    h.append(('X-Mailer', 'iPhone Mail (%s)' % build))
    return assemble(h, top)


def thunderbird(env, frm, to, cc, subject, date, body, *, seed, domain, lang='en-US'):
    """Thunderbird 128: text/plain; format=flowed (RFC 3676, soft breaks at 72 columns); 8bit when non-ASCII."""
    out = []
    for line in body.rstrip('\n').split('\n'):
        while len(line) > 78 and ' ' in line[:72]:
            cut = line[:72].rindex(' ')
            out.append(line[:cut + 1])          # the trailing space marks a soft (flowed) line break
            line = line[cut + 1:]
        out.append(line)
    txt = '\n'.join(out) + '\n'
    cte = '7bit' if isascii(txt) else '8bit'
    top = leaf('text/plain', txt, 'UTF-8', cte, params='; format=flowed')
    top.replace_header('Content-Type', 'text/plain; charset=UTF-8; format=flowed')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('Message-ID', '<%s@%s>' % (uuid_of(seed, upper=False), domain)))
    h.append(('Date', rdate(date)))
    h.append(('MIME-Version', '1.0'))
    h.append(('User-Agent', 'Mozilla Thunderbird'))
    h.append(('Content-Language', lang))
    h.append(('To', addrs(to, 'UTF-8', sep=', ')))
    if cc:
        h.append(('Cc', addrs(cc, 'UTF-8', sep=', ')))
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('Subject', ew(subject, 'UTF-8') if not isascii(subject) else subject))
    h.append(('@MIME', None))
    return assemble(h, top)


def outlook_mac(env, frm, to, cc, subject, date, body, *, seed, domain, extra=()):
    """Outlook for Mac 16.x: multipart/alternative with B_ boundary, utf-8 QP."""
    blocks = blocks_of(body)
    txt = render_text(blocks)
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
           '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '
           'content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
           'style=\'word-wrap:break-word\'><div class=WordSection1>'
           + render_div_html(blocks, style='font-size:12.0pt;font-family:"PingFang SC"', doc=False,
                             wrap_div='p class=MsoNormal').replace('</p class=MsoNormal>', '</p>')
           + '</div></body></html>')
    n = int(hx(seed, 8), 16) % 10 ** 10
    top = multi('alternative', 'B_%d_%d' % (n, int(hx(seed + 'q', 8), 16) % 10 ** 10),
                [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'), leaf('text/html', htm, 'UTF-8', 'quoted-printable')],
                preamble='> This message is in MIME format. Since your mail reader does not understand\r\n'
                         'this format, some or all of this message may not be legible.\r\n')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('User-Agent', 'Microsoft-MacOutlook/16.97.25051114'))
    h.append(('Date', rdate(date)))
    h.append(('Subject', ew(subject, 'UTF-8')))
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('To', addrs(to, 'UTF-8', sep=', ')))
    if cc:
        h.append(('CC', addrs(cc, 'UTF-8', sep=', ')))
    h.append(('Message-ID', '<%s@%s>' % (uuid_of(seed), domain)))
    h.append(('Thread-Topic', ew(subject, 'UTF-8')))
    h.extend(extra)
    h.append(('Mime-version', '1.0'))
    h.append(('@MIME', None))
    return assemble(h, top)


def outlook_ios(env, frm, to, cc, subject, date, body, *, seed, domain):
    """Outlook for iOS: multipart/alternative, utf-8 base64, 'Get Outlook for iOS' signature."""
    txt = body.rstrip('\n') + '\n\n获取 Outlook for iOS<https://aka.ms/o0ukef>\n'
    htm = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n'
           '<div dir="ltr">' + ''.join('<div dir="ltr">%s</div>' % (esc(l) if l else '<br>')
                                       for l in body.rstrip('\n').split('\n'))
           + '</div>\r\n<div dir="ltr"><br></div>\r\n<div class="ms-outlook-mobile-signature">'
             '<div dir="ltr">获取 <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\r\n</body>\r\n</html>\r\n')
    box = 'SI2PR06MB%s' % hxu(seed, 4)
    top = multi('alternative', '_000_%s%s_' % (box, hxu(seed + 'i', 24)),
                [leaf('text/plain', txt, 'utf-8', 'base64'), leaf('text/html', htm, 'utf-8', 'base64')])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('From', addr(frm[0], frm[1])))
    h.append(('To', addrs(to)))
    if cc:
        h.append(('CC', addrs(cc)))
    h.append(('Subject', ew(subject)))
    h.append(('Thread-Topic', ew(subject)))
    h.append(('Date', rdate(date)))
    h.append(('Message-ID', '<%s@%s>' % (uuid_of(seed), domain)))
    h.append(('X-Mailer', 'Outlook for iOS and Android'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    return assemble(h, top)


def mailmaster(env, frm, to, cc, subject, date, body, *, seed, domain, mobile=False, html_body=None, text=None):
    """NetEase Mail Master (网易邮箱大师): utf-8 base64 text + html."""
    blocks = blocks_of(body)
    txt = text if text is not None else render_text(blocks)
    if mobile:
        txt = txt.rstrip('\n') + '\n\n发自网易邮箱大师\n'
    htm = html_body if html_body is not None else (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
        '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
        + render_div_html(blocks, style='', doc=False)
        + ('<div><br></div><div id="ntes-iosmail-signature">发自网易邮箱大师</div>' if mobile else '')
        + '</div></body></html>')
    top = multi('alternative', 'NetEase-MailMaster-%s' % uuid_of(seed + 'nb'),
                [leaf('text/plain', txt, 'UTF-8', 'base64'), leaf('text/html', htm, 'UTF-8', 'base64')])
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('Date', rdate(date)))
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('To', addrs(to, 'UTF-8', sep=',\r\n\t')))
    if cc:
        h.append(('Cc', addrs(cc, 'UTF-8', sep=',\r\n\t')))
    h.append(('Message-ID', '<%s.%s@%s>' % (hx(seed, 24), hx(seed + 'n', 6), domain)))
    h.append(('Subject', ew(subject, 'UTF-8')))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-Mailer', 'NetEase MailMaster %s' % ('iOS 7.19.5' if mobile else 'PC 5.3.3.1016')))
    h.append(('@MIME', None))
    return assemble(h, top)


def alimail(env, frm, to, cc, subject, date, body, *, seed, domain, html_only=False, pre_html='', style=None):
    """DingTalk mail / Alibaba Mail (钉钉邮箱): utf-8 base64, optionally HTML-only."""
    blocks = blocks_of(body)
    htm = ('<div class="__aliyun_email_body_block">'
           + render_div_html(blocks, style=style or 'line-height:1.7;font-size:14px;font-family:Tahoma,Arial,STHeiti,SimSun;color:#000000',
                             doc=False, wrap_div='div', pre_html=pre_html) + '</div>')
    parts = [leaf('text/html', htm, 'UTF-8', 'base64')]
    if not html_only:
        parts.insert(0, leaf('text/plain', render_text(blocks), 'UTF-8', 'base64'))
        top = multi('alternative', '----=ALIBOUNDARY_%d_%s_%s' % (int(hx(seed, 5), 16) % 100000, hx(seed + 'a', 8), hx(seed + 'b', 6)), parts)
    else:
        top = parts[0]
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('Date', rdate(date)))
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('To', addrs(to, 'UTF-8', sep=',\r\n  ')))
    if cc:
        h.append(('Cc', addrs(cc, 'UTF-8', sep=',\r\n  ')))
    h.append(('Reply-To', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('Message-ID', '<%s.%s>' % (uuid_of(seed, upper=False), frm[1])))
    h.append(('Subject', ew(subject, 'UTF-8')))
    h.append(('X-Mailer', 'Alimail-Mailagent revision 4'))
    h.append(('MIME-Version', '1.0'))
    h.append(('x-aliyun-mail-creator', 'W4_%s' % hx(seed + 'c', 20)))
    h.append(('@MIME', None))
    return assemble(h, top)


def feishu(env, frm, to, cc, subject, date, body, *, seed, domain, html_only=False, pre_html='', inner_html=None):
    """Feishu (Lark) Mail web client: utf-8 base64."""
    blocks = blocks_of(body)
    htm = inner_html if inner_html is not None else (
        '<html><head></head><body><div style="font-family:-apple-system,BlinkMacSystemFont,\'PingFang SC\','
        '\'Microsoft YaHei\',sans-serif;font-size:14px;line-height:1.6">'
        + render_div_html(blocks, style='', doc=False, pre_html=pre_html) + '</div></body></html>')
    parts = [leaf('text/html', htm, 'UTF-8', 'base64')]
    if html_only:
        top = parts[0]
    else:
        top = multi('alternative', hx(seed + 'fb', 32),
                    [leaf('text/plain', render_text(blocks), 'UTF-8', 'base64')] + parts)
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('From', addr(frm[0], frm[1], 'UTF-8')))
    h.append(('To', addrs(to, 'UTF-8', sep=', ')))
    if cc:
        h.append(('Cc', addrs(cc, 'UTF-8', sep=', ')))
    h.append(('Subject', ew(subject, 'UTF-8')))
    h.append(('Date', rdate(date)))
    h.append(('Message-Id', '<%s@%s>' % (hx(seed, 32), domain)))
    h.append(('Mime-Version', '1.0'))
    h.append(('X-Mailer', 'Feishu Mail'))
    h.append(('X-Lms-Return-Path', '<lba+%s@%s>' % (hx(seed + 'l', 16), 'bounce.' + domain)))
    h.append(('@MIME', None))
    return assemble(h, top)


def wecom(env, frm, to, cc, subject, date, body, *, seed, domain, charset='utf-8'):
    """企业微信邮箱 (Tencent Exmail backend) from the WeCom app."""
    blocks = blocks_of(body)
    txt = render_text(blocks)
    htm = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset.upper()
           + render_div_html(blocks, style='font-size:14px;font-family:-apple-system,PingFang SC', doc=False))
    top = multi('alternative', '----=_NextPart_%s_%s_%s' % (hxu(seed, 8), hxu(seed + 'w', 8), hxu(seed + 'v', 8)),
                [leaf('text/plain', txt, charset, 'base64'), leaf('text/html', htm, charset, 'base64')],
                preamble='This is a multi-part message in MIME format.')
    h = delivered(env['bot'], env['ret'], env['recv'])
    h.append(('X-QQ-mid', 'xmsezb%s-%s' % (hx(seed, 18), int(hx(seed + 'q', 8), 16) % 10 ** 10)))
    h.append(('X-QQ-XMAILINFO', base64.b64encode(hashlib.sha256((seed + 'x').encode()).digest()).decode()))
    h.append(('X-QQ-CSender', frm[1]))
    h.append(('From', addr(frm[0], frm[1], charset)))
    h.append(('To', addrs(to, charset, sep=', ')))
    if cc:
        h.append(('Cc', addrs(cc, charset, sep=', ')))
    h.append(('Subject', ew(subject, charset)))
    h.append(('Mime-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('Date', rdate(date)))
    h.append(('X-Priority', '3'))
    h.append(('Message-ID', '<tencent_%s@%s>' % (hxu(seed + 'm', 36), domain)))
    h.append(('X-QQ-MIME', 'TCMime 1.0 by Tencent'))
    h.append(('X-Mailer', 'WXWork Mail'))
    return assemble(h, top)


# ---------------------------------------------------------------------------------------------
# Received lines
# ---------------------------------------------------------------------------------------------

def rcv(frm_host, ip, by, sw, idv, when, bot=None, rdns='unknown', proto='SMTP', comment='CST'):
    s = 'from %s (%s [%s])\r\n\tby %s (%s) with %s id %s' % (frm_host, rdns, ip, by, sw, proto, idv)
    if bot:
        s += '\r\n\tfor <%s>' % bot
    return s + ';\r\n\t' + rdate(when.astimezone(SH), comment)


def later(d, secs):
    return d + dt.timedelta(seconds=secs)


BOT_YT = 'minutebot@' + YT
BOT_CM = 'minutebot@' + CM
BOT_LH = 'minutebot@' + LH
BOT_KT = 'minutebot@' + KT
BOTN_YT = ('纪要助手', BOT_YT)
BOTN_CM = ('会议纪要助手', BOT_CM)
BOTN_LH = ('纪要机器人', BOT_LH)
BOTN_KT = ('Minutes Bot', BOT_KT)


def env_yt_web(user_mail, ip, when):
    user = user_mail.split('@')[0]
    return dict(bot=BOT_YT, ret=user_mail, recv=[
        'from %s$%s ( [%s] ) by ajax-webmail-mail.%s\r\n (Coremail) ; %s' % (user, YT, ip, YT, rdate(later(when, 1), 'GMT+08:00'))])


def env_yt_smtp(user_mail, host, ip, when, seed):
    return dict(bot=BOT_YT, ret=user_mail, recv=[
        rcv(host, ip, 'mail.' + YT, 'Coremail', 'AQAAfw%s' % hx(seed, 22), later(when, 2), BOT_YT)])


# =============================================================================================
# Organisation A: 南宁邕通路桥建设集团有限公司 (SOE, highway construction), Coremail
# =============================================================================================

def case_6601():
    sent = T(2026, 4, 2, 16, 35, 12)
    body = D('''
        各位领导、各部门：

        现将4月2日汛期安全生产专题会议纪要印发如下，请遵照执行。

        邕通纪〔2026〕12号
        # 关于东外环项目汛期安全生产专题会议纪要

        2026年4月2日上午，公司副总经理张国栋在本部四楼第一会议室主持召开汛期安全生产专题会议，工程管理部、安全质量部、物资设备部、计划合同部、第三项目经理部负责人参加会议。会议听取了第三项目经理部关于东外环项目边坡及临时便道安全情况的汇报，安全质量部通报了3月份安全检查发现的问题。现将会议议定事项纪要如下：

        一、会议认为，东外环项目当前处于路基土石方施工高峰期，进入汛期后高边坡、深基坑和临时便道安全风险突出，各单位必须把防汛安全摆在首位。

        二、会议议定事项
        （一）对东外环项目K12+300至K14+100段高边坡开展专项安全排查，形成排查报告报公司。
        责任单位：安全质量部（蒙世杰）
        完成时限：4月10日前
        （二）做好清明假期值班安排及防汛应急物资盘点，缺口物资列出清单报分管领导。
        责任单位：物资设备部，仓储主管韦志远具体负责
        完成时限：4月3日下班前
        （三）修订东外环项目雨季施工专项方案，重点补充边坡截排水和便道防滑措施，报公司审批。
        责任单位：第三项目经理部（农建波），工程管理部配合
        完成时限：节后第一个工作日
        （四）组织全体施工人员开展一次防汛安全教育培训，留存签到表和影像资料。
        责任单位：各项目经理部
        完成时限：4月底前

        三、会议要求
        一是提高思想认识，各单位主要负责人要亲自部署、亲自检查防汛工作；二是严格落实领导带班和24小时值班制度，假期值班人员不得擅自离岗；三是加强信息报送，发生险情须在1小时内上报公司应急办。

        下次会议：4月16日（星期四）下午3:00，公司本部四楼第一会议室。

        参会人员：张国栋、覃振华、蒙世杰、卢海、陆晓燕、农建波、韦志远、廖丽娟
        记录：黄秋莲

        综合办公室
        2026年4月2日
        ''')
    raw = coremail(env_yt_web(R('黄秋莲')['email'], '10.20.1.36', sent), P('黄秋莲'),
                   [P('张国栋'), P('覃振华'), P('蒙世杰'), P('卢海'), P('陆晓燕'), P('农建波')],
                   [P('韦志远'), P('廖丽娟'), P('莫伟光'), BOTN_YT],
                   '关于东外环项目汛期安全生产专题会议纪要', sent, body, charset='GBK', seed='6601', domain=YT,
                   ip='10.20.1.36')
    items = [
        item('蒙世杰', '对东外环项目K12+300至K14+100段高边坡开展专项安全排查，形成排查报告报公司', ('md', 4, 10), '2026-04-10'),
        item('韦志远', '清明假期值班安排及防汛应急物资盘点，缺口物资列清单报分管领导', ('md', 4, 3), '2026-04-03'),
        item('农建波', '修订东外环项目雨季施工专项方案（补充边坡截排水和便道防滑措施）报公司审批', ('afterhol',), '2026-04-07'),
        item(None, '组织全体施工人员开展一次防汛安全教育培训，留存签到表和影像资料', ('monthend',), '2026-04-30'),
    ]
    case(6601, 'yt-flood-safety-formal-coremail-gbk', 'minutes', raw, items, fu(('md', 4, 16, '15:00'), '2026-04-16', '15:00'),
         notes=('Formal SOE 纪要 (Coremail XT webmail, GBK base64, multipart/alternative), sent Thu 2026-04-02, the last working day '
                'before Qingming (04-04..06 off). Items are the four （一）..（四） blocks under 二、会议议定事项, each with 责任单位/完成时限 '
                'labels. (一) 安全质量部（蒙世杰）: the person in brackets after the unit owns it; 4月10日前 -> 2026-04-10. '
                '(二) owner written with a title 仓储主管韦志远; 4月3日下班前 -> 2026-04-03 with no time (下班前 gives no clock time). '
                '(三) 第三项目经理部（农建波）, 工程管理部配合 is not an owner; 节后第一个工作日 = first working day after Qingming = Tue 2026-04-07. '
                '(四) 各项目经理部 is several units and no person -> owner null, department null, no_owner; 4月底前 -> 2026-04-30. '
                '一、会议认为 is a decision; 三、会议要求 一是/二是/三是 are standing rules (incl. 24小时值班, 1小时内上报) and not items. '
                '下次会议 4月16日（星期四）下午3:00 -> 2026-04-16 15:00.'),
         summary='4 items (unit-with-person, title owner, 节后第一个工作日, 各项目经理部 no_owner); next 04-16 15:00',
         tests='formal （一）（二） 责任单位/完成时限 labels; 会议要求 一是二是 rules not items; Qingming 节后第一个工作日')


case_6601()


def case_6602():
    sent = T(2026, 4, 30, 17, 48, 6)
    body = D('''
        各位同事：

        今天下午在工程管理部会议室召开二期计量支付及K20段桥梁方案推进会，张总主持，纪要如下。

        一、会议情况
        计划合同部汇报了二期工程1-3月计量支付进展，截至4月29日累计完成计量2.36亿元，占合同额的41%；工程管理部汇报了K20段桥梁下部结构施工准备情况。

        二、会议明确
        一是由计划合同部陆晓燕牵头，工程管理部配合，3个工作日内完成二期工程计量支付台账与监理、业主三方核对；二是王工负责组织编制K20段桥梁下部结构施工专项方案，5个工作日内报张总审定；三是财务部于节后第一个工作日前将一季度项目成本分析报送公司领导；四是第三项目经理部农建波在5月15日前完成K20段桩基施工队伍进场及技术交底。

        三、其他
        节日期间各在建项目执行领导带班制度，值班表已于4月28日报综合办公室。
        下次会议时间另行通知。

        覃振华
        工程管理部
        电话：0771-5586213
        ''')
    env = env_yt_smtp(R('覃振华')['email'], 'QINZHENHUA-PC', '10.20.3.118', sent, '6602')
    raw = foxmail(env, P('覃振华'), [P('张国栋'), P('陆晓燕'), P('王海滨'), P('梁思远'), P('农建波')],
                  [P('黄秋莲'), BOTN_YT], '二期计量支付及K20桥梁方案推进会会议纪要', sent, body,
                  charset='gb2312', seed='6602', domain=YT)
    items = [
        item('陆晓燕', '完成二期工程计量支付台账与监理、业主三方核对', ('wdays', 3), '2026-05-08'),
        item('王海滨', '组织编制K20段桥梁下部结构施工专项方案，报张总审定', ('wdays', 5), '2026-05-11'),
        item(None, '将一季度项目成本分析报送公司领导', ('afterhol',), '2026-05-06', dept='财务部'),
        item('农建波', '完成K20段桩基施工队伍进场及技术交底', ('md', 5, 15), '2026-05-15'),
    ]
    case(6602, 'yt-yishi-ershi-labour-day-foxmail', 'minutes', raw, items, None,
         notes=('Foxmail 7.2, charset gb2312 (base64, text + html). Sent Thu 2026-04-30 17:48, the eve of Labour Day (05-01..05 off, '
                'Sat 05-09 a make-up working day). The four items sit in one paragraph as 一是…二是…三是…四是…. '
                '一是: 陆晓燕牵头 (工程管理部配合 is not an owner); 3个工作日内 counts 05-06, 05-07, 05-08 -> 2026-05-08. '
                '二是: 王工 = 王海滨 (roster alias); 5个工作日内 = 05-06, 05-07, 05-08, 05-09 (make-up Saturday), 05-11 -> 2026-05-11. '
                '三是: 财务部 only -> no_owner, department 财务部; 节后第一个工作日前 -> 2026-05-06. '
                '四是: 第三项目经理部农建波, 5月15日前 -> 2026-05-15. The 会议情况 figures, the 值班 rule and the note that the duty roster '
                'was already filed (已于4月28日报) are not items. 下次会议时间另行通知 -> next_followup null.'),
         summary='4 items: 3/5个工作日内 over Labour Day + make-up Sat, 财务部 no_owner; no next meeting',
         tests='一是…二是… items in one paragraph, 牵头/配合, 王工 alias, workdays across May Day')


case_6602()


def case_6603():
    sent = T(2026, 5, 11, 10, 25, 40)
    body = D('''
        各位：
        本周跨部门协作事项跟踪表更新如下，今天上午周例会已逐项过了一遍，请各主责人按计划推进。

        # 跨部门协作事项跟踪表
        || 序号 | 事项名称 | 发起部门 | 协作部门 | 责任人（主责/配合） | 计划完成时间 | 进展情况 | 风险点及应对措施
        || 1 | 东外环K15段施工便道硬化 | 工程管理部 | 第三项目经理部 | 主责：农建波\\n配合：王海滨 | 2026-05-15 | 进行中（完成60%） | 雨天影响，必要时周末加班
        || 2 | 钢绞线进场复检 | 安全质量部 | 物资设备部 | 主责：廖丽娟\\n配合：韦志远 | 2026-05-08 | 已完成（5月8日） | 无
        || 3 | 4月份计量资料归档 | 计划合同部 | 第三项目经理部 | 陆晓燕（主责）、谭雪（配合） | 2026-05-20 | 进行中 | 监理签字滞后，已电话催办
        || 4 | 沥青拌合站环评手续办理 | 工程管理部 | 综合办公室 | 主责：覃振华\\n配合：莫伟光 | 待定 | 未开始 | 需县生态环境局先行答复
        || 5 | 项目部临建消防器材更换 | 安全质量部 | 物资设备部 | 主责：物资设备部\\n配合：安全质量部 | 5月底前 | 进行中 | 
        || 6 | 一季度安全生产费用台账 | 安全质量部 | 财务部 | 主责：蒙世杰\\n配合：梁思远 | 2026-04-30 | 已完成 | 

        请各主责人每周五下班前在群里更新进展，下周一例会再过一遍。

        陆晓燕
        计划合同部
        ''')
    env = env_yt_smtp(R('陆晓燕')['email'], 'LXY-THINKPAD', '10.20.2.57', sent, '6603')
    raw = outlook(env, P('陆晓燕'), [P('覃振华'), P('蒙世杰'), P('卢海'), P('农建波'), P('莫伟光')],
                  [P('王海滨'), P('廖丽娟'), P('韦志远'), P('谭雪'), P('梁思远'), BOTN_YT],
                  '【周跟踪】跨部门协作事项跟踪表（5月11日更新）', sent, body, charset='gb2312', cte='quoted-printable',
                  domain=YT, seed='6603')
    items = [
        item('农建波', '东外环K15段施工便道硬化', ('md', 5, 15), '2026-05-15'),
        item('陆晓燕', '4月份计量资料归档', ('md', 5, 20), '2026-05-20'),
        item('覃振华', '沥青拌合站环评手续办理', 'vague'),
        item(None, '项目部临建消防器材更换', ('monthend',), '2026-05-31', dept='物资设备部'),
    ]
    case(6603, 'yt-collab-tracking-zhuze-peihe-outlook-qp', 'minutes', raw, items, fu(('nextwk', 0), '2026-05-18'),
         notes=('Outlook 2016 zh-CN, gb2312 quoted-printable, HTML table pasted from Excel (seed 跨部门协作事项跟踪表) plus a tab-separated '
                'text alternative. Sent Mon 2026-05-11. The 责任人 cell holds 主责 and 配合 together: the 主责 person owns the row, 配合 '
                'names are never owners. Row 1 主责：农建波 -> 2026-05-15. Row 2 and row 6 are 已完成 -> not items. Row 3 '
                '陆晓燕（主责）、谭雪（配合） -> 陆晓燕, 2026-05-20. Row 4 主责：覃振华, 计划完成时间 待定 -> due null, vague_due. Row 5 '
                '主责 is a unit (物资设备部) -> owner null, no_owner, department 物资设备部; 5月底前 -> 2026-05-31. The 风险点 column is '
                'remarks, not items. 每周五下班前在群里更新进展 is a standing rule. 下周一例会再过一遍 names the next meeting: next '
                'calendar week Monday = 2026-05-18, no time.'),
         summary='4 items (2 done rows skipped; 主责/配合 cell; 待定 vague; unit 主责 no_owner); next 05-18',
         tests='跨部门协作事项跟踪表 HTML table, 主责/配合 in one cell, done rows, 下周一例会 as next meeting')


case_6603()


def case_6604():
    sent = T(2026, 4, 22, 9, 14, 27)
    body = D('''
        覃部长、王工：

        县交通局李科长发来昨天协调会的纪要，涉及我部的第（二）项我们这周内落实；第（四）项要以公司名义报，请部里安排。已抄送纪要助手跟踪。

        农建波
        第三项目经理部（那桐至乔建公路项目）

        发件人: 李堃 <likun@jtj.longan.example.gov.cn>
        发送时间: 2026年4月21日 17:32
        收件人: 农建波 <nongjianbo@ytlq.example.cn>
        抄送: 覃振华 <qinzhenhua@ytlq.example.cn>
        主题: 关于那桐至乔建公路改扩建工程征地拆迁及施工协调会议纪要

        农经理：
        附上今天协调会的会议纪要，请按分工落实。

        隆安县交通运输局
        # 关于那桐至乔建公路改扩建工程征地拆迁及施工协调会议纪要

        2026年4月21日下午，县交通运输局副局长黄志勇在局三楼会议室主持召开那桐至乔建公路改扩建工程征地拆迁及施工协调会，县自然资源局、那桐镇人民政府、邕通路桥第三项目经理部、桂恒工程监理有关人员参加。会议通报了工程征地拆迁进展，截至4月20日，项目红线范围内尚有3户房屋未完成评估。经研究，纪要如下：

        （一）加快剩余3户房屋评估及补偿协议签订工作。
        责任单位：县自然资源局、那桐镇人民政府
        完成时限：尽快

        （二）对K3+200段临时便道进行洒水降尘，在村道交叉口设置警示标志并安排专人值守。
        责任单位：邕通路桥第三项目经理部（农建波）
        完成时限：4月24日前

        （三）组织对K5+800跨线桥施工方案进行技术审查，形成审查意见。
        责任单位：县交通运输局工程股（李堃）
        完成时限：4月30日前

        （四）报送调整后的施工组织计划。
        责任单位：邕通路桥公司
        完成时限：5月上旬

        下次协调会拟于5月中旬召开，具体时间另行通知。

        隆安县交通运输局工程股
        李堃
        联系电话：0771-6521384
        ''')
    # Outlook forward: the original header block is Outlook's own (border-top div in HTML)
    blocks = blocks_of(body)
    htm = render_word_html(blocks, charset='gb2312')
    htm = htm.replace('<p class="MsoNormal"><span lang="ZH-CN"><b>发件人:</b>', '')
    fwd_start = '<p class="MsoNormal"><span lang="ZH-CN">发件人: '
    htm = htm.replace(fwd_start, '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                                 '<p class="MsoNormal"><b><span lang="ZH-CN">发件人:</span></b><span lang="ZH-CN"> ', 1)
    htm = htm.replace('主题: 关于那桐至乔建公路改扩建工程征地拆迁及施工协调会议纪要<o:p></o:p></span></p>\n',
                      '主题: 关于那桐至乔建公路改扩建工程征地拆迁及施工协调会议纪要<o:p></o:p></span></p>\n</div>\n', 1)
    env = env_yt_smtp(R('农建波')['email'], 'NJB-XMB', '10.20.8.21', sent, '6604')
    raw = outlook(env, P('农建波'), [P('覃振华'), P('王海滨')], [P('谭雪'), BOTN_YT],
                  '转发: 关于那桐至乔建公路改扩建工程征地拆迁及施工协调会议纪要', sent, body, charset='gb2312',
                  cte='base64', domain=YT, seed='6604', html_body=htm)
    assert '堃'.encode('gbk') and not _enc_ok('堃', 'gb2312')
    items = [
        item(None, '加快剩余3户房屋评估及补偿协议签订工作', 'vague'),
        item('农建波', '对K3+200段临时便道洒水降尘，村道交叉口设置警示标志并安排专人值守', ('md', 4, 24), '2026-04-24'),
        item('李堃', '组织对K5+800跨线桥施工方案进行技术审查，形成审查意见', ('md', 4, 30), '2026-04-30'),
        item(None, '报送调整后的施工组织计划', 'vague'),
    ]
    case(6604, 'yt-forwarded-county-bureau-minutes-gb2312-gbk', 'minutes', raw, items, None,
         notes=('Outlook zh-CN 转发: of a county transport bureau\'s minutes, charset labelled gb2312 but carrying the GBK-only 堃 '
                '(in the body and in the quoted header block); read gb2312 as GBK. Sent Wed 2026-04-22. The forwarder\'s preface '
                '(这周内落实, 请部里安排, 已抄送纪要助手) is not an item, and the Outlook 发件人/发送时间/收件人/主题 block must not be '
                'stripped as a quote: the minutes are below it. (一) 县自然资源局、那桐镇人民政府 are outside units, no person -> no_owner, '
                'department null; 尽快 -> vague_due. (二) 邕通路桥第三项目经理部（农建波）: person in brackets owns it; 4月24日前 -> 2026-04-24. '
                '(三) 县交通运输局工程股（李堃）: outsider 李堃 (roster outsider, department empty -> null), address from the roster and the '
                'quoted header; 4月30日前 -> 2026-04-30. (四) 邕通路桥公司 is the whole company, not a department and not a person -> no_owner, '
                'department null; 5月上旬 is a period, not a date -> vague_due (AMBIGUOUS: the preface asks 工程管理部 to handle it, but '
                'a preface is not the minutes). 下次协调会拟于5月中旬召开，具体时间另行通知 -> no date -> next_followup null.'),
         summary='4 items (2 no_owner vague, 1 own staff, 1 outsider); no next meeting',
         tests='forward with preface, Outlook header block, gb2312 label with GBK char, government （一）（二） minutes, outside units')


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


case_6604()


def case_6627():
    sent = T(2026, 6, 10, 20, 41, 55)
    body = D('''
        各位，今天下午调度会的腾讯会议智能纪要贴在下面，待办我逐条核过了，以待办为准。已抄送纪要助手跟踪。

        王海滨

        东外环项目6月第二次生产调度会
        2026年6月10日 14:30 | 时长 1小时12分钟
        参会人：张国栋、覃振华、王海滨、农建波、谭雪、卢海、廖丽娟

        # AI 纪要
        全文摘要
        会议主要围绕东外环项目6月份施工进度、K18段路基压实度问题、K21段电力迁改及雨季施工安全展开讨论。张国栋强调要确保6月底前完成K18至K21段路基交验，农建波汇报当前路基填筑进度为计划的87%，会议建议尽快完成电力迁改协调，并在端午节前完成一次全线安全大检查。

        分段纪要
        00:02:15 路基施工进度
        农建波汇报，K18段路基填筑已完成87%，压实度检测有2个点位不合格，已安排补压，计划下周三前完成复检。王海滨提出需要同步整理隐蔽工程影像资料。
        00:21:40 K21段电力迁改
        张国栋表示电力迁改问题已与供电局沟通两次，需要公司层面出面协调，争取6月底前解决。
        00:45:08 雨季施工安全
        廖丽娟通报近期强降雨预警，建议端午节前组织全线安全大检查，卢海表示防汛物资已补充到位。

        # 待办事项
        □ 农建波：6月12日前完成K18段路基压实度自检并报监理
        □ 谭雪：本周五前整理完成5月份隐蔽工程影像资料并归档
        □ 张总牵头：协调解决K21段电力迁改问题，6月底前
        □ 王海滨：下周一前提交雨季路基边坡防护补充措施

        以上内容由AI生成，仅供参考
        ''')
    env = env_yt_smtp(R('王海滨')['email'], '[192.168.31.24]', '198.51.100.77', sent, '6627')
    raw = mailmaster(env, P('王海滨'), [P('张国栋'), P('覃振华'), P('农建波'), P('谭雪')],
                     [P('卢海'), P('廖丽娟'), BOTN_YT], '东外环项目6月第二次生产调度会 智能纪要（腾讯会议）', sent, body,
                     seed='6627', domain=YT, mobile=True)
    items = [
        item('农建波', '完成K18段路基压实度自检并报监理', ('md', 6, 12), '2026-06-12'),
        item('谭雪', '整理完成5月份隐蔽工程影像资料并归档', ('thiswk', 4), '2026-06-12'),
        item('张国栋', '牵头协调解决K21段电力迁改问题', ('monthend',), '2026-06-30'),
        item('王海滨', '提交雨季路基边坡防护补充措施', ('nextwk', 0), '2026-06-15'),
    ]
    case(6627, 'yt-tencent-meeting-ai-minutes-mailmaster', 'minutes', raw, items, None,
         notes=('Tencent Meeting (腾讯会议) AI minutes pasted from a phone in NetEase Mail Master (utf-8 base64, 发自网易邮箱大师), '
                'sent Wed 2026-06-10 20:41. Only the 待办事项 section counts: the 全文摘要 and 分段纪要 restate or add intentions '
                '(尽快完成电力迁改, 端午节前全线安全大检查, 下周三前完成复检) that are not items. 农建波 6月12日前 -> 2026-06-12; '
                '谭雪 本周五前 -> Fri 2026-06-12; 张总牵头 -> 张国栋 (alias 张总), 6月底前 -> 2026-06-30; 王海滨 下周一前 -> 2026-06-15. '
                'The writer\'s preface is not an item. No next meeting is given -> null.'),
         summary='4 items from the 待办 section only; no next meeting',
         tests='腾讯会议 智能纪要: summary/chapters ignored; 张总牵头 title owner; Mail Master mobile')


case_6627()


def case_6628():
    sent = T(2026, 5, 12, 17, 5, 31)
    body = D('''
        农经理及各位：
        第16次监理例会会议纪要如下，请各单位按要求落实。

        那桐至乔建公路改扩建工程
        # 第16次监理例会会议纪要

        时间：2026年5月12日（星期二）上午9:00
        地点：第三项目经理部会议室
        主持：黄振宇（总监理工程师）
        参加单位：县交通运输局、邕通路桥第三项目经理部、桂恒工程监理

        一、上次例会议定事项落实情况
        1. K3+200段便道洒水降尘及警示标志已落实（已完成）。
        2. K5+800跨线桥施工方案已通过县交通运输局技术审查（已完成）。

        二、本次例会议定事项
        （一）施工单位（项目经理农建波负责落实）
        （1）5月15日前完成K12+000～K13+000段水泥稳定碎石基层试验段总结并报监理；
        （2）5月20日前报送调整后的5月份施工进度计划；
        （3）安全员廖丽娟于本周五前完成临时用电专项检查，发现问题当场整改闭合。
        （二）监理单位
        （1）专业监理工程师李伟于5月14日前完成钢筋原材平行检验并出具报告。
        （三）建设单位
        （1）请县交通运输局尽快协调解决K7段村民阻工问题。

        三、下次例会
        定于5月19日（星期二）上午9:00在项目部会议室召开。

        桂恒工程监理 那桐至乔建公路项目监理部
        黄振宇
        ''')
    env = dict(bot=BOT_YT, ret='gh_huangzy@126.com', recv=[
        rcv('m16-37.126.com', '203.0.113.37', 'mx.' + YT, 'Coremail', 'AQAAfwD3%s' % hx('6628r', 20), later(sent, 3),
            BOT_YT, rdns='m16-37.126.com', proto='ESMTP'),
        'from gh_huangzy$126.com ( [198.51.100.140] ) by ajax-webmail-wmsvr-40-105\r\n (Coremail) ; %s' % rdate(later(sent, 1), 'GMT+08:00')])
    raw = coremail(env, P('黄振宇'), [P('农建波'), P('廖丽娟')],
                   [P('覃振华'), ('李伟', 'gh_liwei@126.com'), BOTN_YT],
                   '那桐至乔建公路改扩建工程第16次监理例会会议纪要', sent, body, charset='UTF-8', seed='6628',
                   domain='126.com', server='XT5.0.14', build='20240801(9da12a7b)', ip='198.51.100.140',
                   extra=[('X-NTES-SC', 'AL_Qu2cAf%s' % hx('6628s', 40))])
    items = [
        item('农建波', '完成K12+000～K13+000段水泥稳定碎石基层试验段总结并报监理', ('md', 5, 15), '2026-05-15'),
        item('农建波', '报送调整后的5月份施工进度计划', ('md', 5, 20), '2026-05-20'),
        item('廖丽娟', '完成临时用电专项检查，发现问题当场整改闭合', ('thiswk', 4), '2026-05-15'),
        item('李伟', '完成钢筋原材平行检验并出具报告', ('md', 5, 14), '2026-05-14', mail='gh_liwei@126.com'),
        item(None, '协调解决K7段村民阻工问题', 'vague'),
    ]
    case(6628, 'yt-supervision-meeting-126-web', 'minutes', raw, items, fu(('md', 5, 19, '09:00'), '2026-05-19', '09:00'),
         notes=('Site supervision meeting (监理例会) minutes written by the outside supervising engineer 黄振宇 on 126.com webmail '
                '(Coremail, UTF-8 base64), sent Tue 2026-05-12. 一、上次例会议定事项 are 已完成 status lines, not items. Under （一）施工单位'
                '（项目经理农建波负责落实） the （1）（2） sub-tasks name nobody else -> 农建波 owns each (2026-05-15, 2026-05-20); （3） names '
                '安全员廖丽娟 -> her item, 本周五前 -> Fri 2026-05-15. （二）（1） 专业监理工程师李伟: an outsider not in the roster, address '
                'from the Cc display name 李伟, department null; 5月14日前 -> 2026-05-14. （三） asks the county bureau (an outside unit, no '
                'person) to act 尽快 -> no_owner, department null, vague_due. 下次例会 5月19日（星期二）上午9:00 -> 2026-05-19 09:00.'),
         summary='5 items (（1）（2） under one owner, Cc outsider, outside unit vague); next 05-19 09:00',
         tests='126 webmail outsider writer; （一）（1） nesting; done review lines; owner from Cc display name')


case_6628()


def case_6629():
    sent = T(2026, 5, 3, 13, 26, 18)
    body = D('''
        各位：

        5月3日11:30，东外环项目K16+500右侧边坡因连续降雨发生局部溜坍，
        方量约200立方米，无人员伤亡，未影响既有道路通行。张总12:30在项目部
        主持召开应急处置会，现将会议安排纪要如下：

        1. 第三项目经理部农建波：立即组织清运坡脚堆载，设置警戒区并安排专人
           24小时值守，今天18:00前完成。
        2. 王工：节后第一个工作日前提交边坡加固处置方案（含变形监测方案），
           报公司审定。
        3. 安全质量部廖丽娟：3个工作日内完成险情专项报告，报集团安全总监
           审阅。
        4. 物资设备部韦志远：明天中午12点前落实2台挖掘机和1000个编织袋
           进场待命。
        5. 假期剩余两天，项目部管理人员全部在岗，不再轮休。

        明天上午9点现场碰头，通报监测数据。

        覃振华
        工程管理部
        ''')
    raw = coremail(env_yt_web(R('覃振华')['email'], '10.20.3.118', sent), P('覃振华'),
                   [P('张国栋'), P('农建波'), P('王海滨'), P('廖丽娟'), P('韦志远')], [P('蒙世杰'), P('卢海'), BOTN_YT],
                   '【紧急】K16+500边坡局部溜坍应急处置会议纪要', sent, body, charset='UTF-8', seed='6629', domain=YT,
                   text_only=True, cte='quoted-printable')
    items = [
        item('农建波', '清运坡脚堆载，设置警戒区并安排专人24小时值守', ('today', '18:00'), '2026-05-03', '18:00'),
        item('王海滨', '提交边坡加固处置方案（含变形监测方案）报公司审定', ('afterhol',), '2026-05-06'),
        item('廖丽娟', '完成险情专项报告，报集团安全总监审阅', ('wdays', 3), '2026-05-08'),
        item('韦志远', '落实2台挖掘机和1000个编织袋进场待命', ('tomorrow', '12:00'), '2026-05-04', '12:00'),
    ]
    case(6629, 'yt-holiday-incident-wrapped-lines-plain', 'minutes', raw, items, fu(('tomorrow', '09:00'), '2026-05-04', '09:00'),
         notes=('Emergency minutes written on Sun 2026-05-03, in the middle of the Labour Day holiday (05-01..05 off), Coremail '
                'text/plain only, UTF-8 quoted-printable. Each item is wrapped over two lines with an indented continuation: the '
                'task and, for #3 and #4, part of the deliverable are on the second line. #1 今天18:00前 -> 2026-05-03 18:00 (the '
                '24小时值守 is part of the task, not a deadline). #2 王工 = 王海滨; 节后第一个工作日前 -> Wed 2026-05-06. #3 3个工作日内 from '
                'a holiday: 05-06, 05-07, 05-08 -> 2026-05-08. #4 明天中午12点前 -> 2026-05-04 12:00 (a holiday, but the text says so). '
                '#5 (all managers stay on duty) is a standing instruction with no deliverable -> not an item. The 11:30/12:30 times '
                'are facts. 明天上午9点现场碰头 -> next_followup 2026-05-04 09:00.'),
         summary='4 items (hours, 节后, workdays from a holiday, 明天中午12点); next 05-04 09:00',
         tests='sent on a statutory holiday; items wrapped over two lines; plain text QP; rule line not an item')


case_6629()


def case_6630():
    sent = T(2026, 7, 13, 18, 10, 2)
    body = D('''
        各位领导、各部门负责人：

        7月13日总经理办公会议纪要如下，请传达学习。

        # 2026年第14次总经理办公会议纪要

        7月13日下午，总经理办公会在本部四楼第一会议室召开，会议由副总经理张国栋受委托主持。会议听取了计划合同部关于上半年经营指标完成情况的汇报、财务部关于资金计划执行情况的汇报，研究了有关事项。纪要如下：

        一、会议听取了上半年经营情况汇报。上半年公司新签合同额18.6亿元，完成年度目标的54%；营业收入9.2亿元，同比增长7.3%。
        二、会议原则同意《邕通路桥公司工程分包管理办法（修订）》，自印发之日起施行。
        三、会议同意东外环项目增设一个路面施工作业队，所需设备通过内部调剂解决。
        四、会议决定，自8月1日起，公司各在建项目每月25日前报送月度安全生产费用使用台账。
        五、会议要求，各部门严格落实“三重一大”决策制度，重大事项须经办公会集体研究。

        出席：张国栋、覃振华、陆晓燕、梁思远、蒙世杰、卢海
        列席：莫伟光、黄秋莲
        记录：黄秋莲

        莫伟光
        综合办公室
        ''')
    env = env_yt_smtp(R('莫伟光')['email'], 'MOWG-PC', '10.20.1.12', sent, '6630')
    raw = outlook(env, P('莫伟光'), [P('张国栋'), P('覃振华'), P('陆晓燕'), P('梁思远'), P('蒙世杰'), P('卢海')],
                  [P('黄秋莲'), BOTN_YT], '2026年第14次总经理办公会议纪要', sent, body, charset='utf-8', cte='base64',
                  domain=YT, seed='6630', font='仿宋')
    case(6630, 'yt-office-meeting-decisions-only-outlook', 'minutes', raw, [], None,
         notes=('Plain 总经理办公会议纪要 (Outlook zh-CN, utf-8 base64), sent Mon 2026-07-13. Every numbered point is a report '
                '(听取了…汇报 with figures), a decision (原则同意, 同意, 决定) or a standing rule (会议要求; 每月25日前报送 from 8月1日 is a '
                'recurring rule, not a task with an owner and a deadline). Kind minutes with zero items; no next meeting -> null.'),
         summary='0 items (reports, decisions, standing rules); no next meeting',
         tests='minutes with nothing to track; dates inside decisions and rules')


case_6630()


def case_6637():
    sent = T(2026, 6, 5, 16, 20, 44)
    body = D('''
        各位同事：
        附上本期安全生产简报，请各项目部组织班前学习。

        # 安全生产简报
        2026年第6期（总第58期）　　安全质量部编　　2026年6月5日

        【本期要闻】
        1. 6月是全国第25个“安全生产月”，今年主题为“人人讲安全、个个会应急——查找身边安全隐患”。公司将于6月中旬组织安全生产月现场咨询日活动。
        2. 5月份公司共开展安全检查14次，发现隐患47项，已整改45项，整改率95.7%，剩余2项由第三项目经理部于6月10日前整改完毕。
        3. 6月3日东外环项目开展防汛应急演练，参演人员86人。

        【隐患曝光】
        K14+200段临时用电配电箱未上锁、未设置漏电保护，已责令项目部立即整改。

        【安全提示】
        端午节前后降雨集中，各项目要加强边坡、基坑巡查，发现险情立即撤离人员并在1小时内上报。

        安全质量部　廖丽娟
        ''')
    env = dict(bot=BOT_YT, ret=R('廖丽娟')['email'], recv=[
        'from liaolijuan$%s ( [10.20.5.63] ) by ajax-webmail-mail.%s\r\n (Coremail) ; %s' % (YT, YT, rdate(later(sent, 1), 'GMT+08:00'))])
    raw = coremail(env, P('廖丽娟'), [('公司全体员工', 'all@' + YT)], None, '安全生产简报（2026年第6期）', sent, body,
                   charset='GBK', seed='6637', domain=YT, ip='10.20.5.63')
    case(6637, 'yt-safety-newsletter-person-written', 'other', raw, [], None,
         notes=('A safety newsletter (安全生产简报) written by a person (安全质量部 廖丽娟) on Coremail webmail and sent to the all-staff '
                'group all@, of which the bot\'s mailbox is a member (Delivered-To is the bot). No List-Id, no Precedence, no '
                'Auto-Submitted: a person wrote it, so it is not auto; it is not minutes either (news, statistics, a reminder), '
                'so kind other. Its dates (6月中旬, 6月10日前整改完毕, 1小时内上报) must not become items.'),
         summary='kind other, no items',
         tests='person-written newsletter with dates and a unit-owned deadline; not minutes, not bulk')


case_6637()


def case_6638():
    sent = T(2026, 4, 29, 9, 0, 15)
    orig_date = T(2026, 4, 29, 9, 0, 11)
    notice = D('''
        <html><body><div style="font-size:14px;font-family:Microsoft YaHei,Arial">
        <p><b>系统退信/Systems bounce</b></p>
        <p>您于 2026-04-29 09:00:11 发送给 likun@jtj.longan.example.gov.cn 的邮件（主题：【提醒】待办事项将于2026-04-30到期）未能成功送达。</p>
        <p>退信原因：对方邮箱空间已满，无法接收新邮件。</p>
        <p>建议解决办法：请联系收件人清理邮箱后重新发送。</p>
        <p>The message you sent to likun@jtj.longan.example.gov.cn could not be delivered.</p>
        <p>Reason: 552 5.2.2 Mailbox full, quota exceeded.</p>
        <hr><p style="color:#888">此邮件由系统自动发送，请勿回复。</p>
        </div></body></html>
        ''')
    m1 = leaf('text/html', notice, 'UTF-8', 'base64')
    ds_text = ('Reporting-MTA: dns; mail.%s\r\nArrival-Date: %s\r\n\r\n'
               'Final-Recipient: rfc822; likun@jtj.longan.example.gov.cn\r\nAction: failed\r\nStatus: 5.2.2\r\n'
               'Remote-MTA: dns; mx.jtj.longan.example.gov.cn\r\n'
               'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded\r\n' % (YT, rdate(orig_date)))
    ds = email.message_from_string('Content-Type: message/delivery-status\r\n\r\n' + ds_text, policy=email.policy.compat32)
    hdrs = ('Received: from localhost (unknown [127.0.0.1])\r\n\tby mail.%s (Coremail) with SMTP id AQAAfw%s;\r\n\t%s\r\n'
            'From: =?utf-8?B?%s?= <minutebot+r.6604.%s@%s>\r\nTo: =?utf-8?B?%s?= <likun@jtj.longan.example.gov.cn>\r\n'
            'Subject: =?utf-8?B?%s?=\r\nDate: %s\r\nMessage-ID: <r.202604290900.%s@%s>\r\nAuto-Submitted: auto-generated\r\n'
            'X-Auto-Response-Suppress: OOF, AutoReply\r\n' % (
                YT, hx('6638q', 18), rdate(orig_date, 'CST'), base64.b64encode('纪要助手'.encode()).decode(), hx('6638t', 12), YT,
                base64.b64encode('李堃'.encode()).decode(),
                base64.b64encode('【提醒】待办事项将于2026-04-30到期'.encode()).decode(), rdate(orig_date), hx('6638m', 10), YT))
    m3 = leaf('text/rfc822-headers', None, cte='7bit', data=hdrs.encode('ascii'))
    top = multi('report', 'Coremail-Bounce-%s' % hx('6638b', 16), [m1, ds, m3], params='; report-type=delivery-status')
    h = [('Return-Path', '<>'), ('Delivered-To', BOT_YT),
         ('Received', 'from localhost (unknown [127.0.0.1])\r\n\tby mail.%s (Coremail) with SMTP id AQAAfw%s;\r\n\t%s'
          % (YT, hx('6638r', 18), rdate(sent, 'CST'))),
         ('Date', rdate(sent, 'GMT+08:00')),
         ('From', '=?utf-8?B?%s?= <postmaster@%s>' % (base64.b64encode('系统管理员'.encode()).decode(), YT)),
         ('To', BOT_YT),
         ('Subject', ew('系统退信/Systems bounce', 'utf-8')),
         ('Message-ID', '<bounce.%s.Coremail.postmaster@%s>' % (hx('6638', 16), YT)),
         ('Auto-Submitted', 'auto-replied'),
         ('X-Coremail-Bounce', 'yes'),
         ('MIME-Version', '1.0'), ('@MIME', None)]
    raw = assemble(h, top)
    case(6638, 'yt-auto-coremail-bounce-mailbox-full', 'auto', raw, [], None,
         notes=('Coremail 系统退信 (multipart/report; report-type=delivery-status, From postmaster, Return-Path <>, Auto-Submitted: '
                'auto-replied) for the bot\'s own reminder to the outside owner 李堃 of 6604 (552 mailbox full). No person wrote it '
                '-> kind auto; the dates in the notice and in the returned headers (2026-04-30到期) are not items.'),
         summary='kind auto (bounce)', tests='Coremail bounce with a Chinese HTML notice, delivery-status and returned headers')


case_6638()


# =============================================================================================
# Organisation B: 宜宾川膜新材料科技有限公司 (private lithium-battery separator maker), DingTalk / Alibaba Mail
# =============================================================================================

def env_cm(user_mail, ip, when, seed):
    return dict(bot=BOT_CM, ret=user_mail, recv=[
        'from %s(mailfrom:%s fp:SMTPD_---0W%s_%d cluster:ay29)\r\n          by smtp.aliyun-inc.com;\r\n          %s'
        % (ip, user_mail, hx(seed, 6), int(hx(seed + 'f', 8), 16) % 10 ** 10, rdate(later(when, 2).astimezone(SH)))])


def env_cm_ext(sender, host, ip, when, seed):
    return dict(bot=BOT_CM, ret=sender, recv=[
        'from %s(mailfrom:%s fp:SMTPD_---0W%s_%d cluster:ay36)\r\n          by smtp.aliyun-inc.com;\r\n          %s'
        % (host + '(' + ip + ')', sender, hx(seed, 6), int(hx(seed + 'f', 8), 16) % 10 ** 10, rdate(later(when, 4).astimezone(SH)))])


def case_6605():
    sent = T(2026, 4, 7, 10, 12, 3)
    body = D('''
        各位好：

        以下是今天早会的钉钉AI听记纪要，待办事项我已和各位负责人逐一核对过，请按时完成。

        ——————————————
        # 生产技术早会（节后复工）
        会议时间：2026-04-07 08:30 - 09:42
        参会人：陈志刚、罗建川、钱立伟、何勇、杨雪梅、苏晓彤、唐敏

        【会议摘要】
        本次会议围绕清明节后复工生产安排展开。罗建川介绍2号基膜线节前张力波动问题仍未完全解决；钱立伟建议对涂覆浆料配方做对比实验；何勇反馈分切机刀座备件供应商尚未确认到货时间；杨雪梅提到3月客诉批次需补充留样复测数据。陈志刚要求本周内把2号线问题闭环，下周三前完成涂覆工艺评审。

        【章节速览】
        08:31 节后复工安排
        陈志刚强调节后第一周以设备点检和安全检查为主，各线开机前完成首件确认。
        08:47 2号基膜线张力波动
        罗建川说明波动集中在收卷端，初步怀疑张力传感器漂移，钱立伟建议同时复核张力参数设定。
        09:05 涂覆浆料配方
        钱立伟提出两种配方对比方案，陈志刚要求下周三前组织工艺评审。
        09:20 备件与客诉
        何勇说分切机刀座备件还在等供应商回复；杨雪梅说客户追问3月批次复测数据。

        【发言人观点】
        陈志刚：本周内2号线问题必须闭环。
        罗建川：传感器如需更换，要停机4小时。

        【待办】
        1. 罗建川：4月10日前完成2号基膜线张力参数复核并提交记录
        2. 钱立伟：本周五前输出涂覆浆料配方对比实验方案
        3. 何勇：明天下午3点前确认分切机刀座备件到货时间
        4. 质量部：尽快补充3月客诉批次的留样复测数据

        以上内容由钉钉AI听记生成，请注意甄别
        ——————————————

        唐敏
        总经办
        ''')
    raw = alimail(env_cm(R('唐敏')['email'], '10.66.12.38', sent, '6605'), P('唐敏'),
                  [P('罗建川'), P('钱立伟'), P('何勇'), P('杨雪梅'), P('苏晓彤')], [P('陈志刚'), BOTN_CM],
                  '生产技术早会纪要（钉钉AI听记）4月7日', sent, body, seed='6605', domain=CM, html_only=True)
    items = [
        item('罗建川', '完成2号基膜线张力参数复核并提交记录', ('md', 4, 10), '2026-04-10'),
        item('钱立伟', '输出涂覆浆料配方对比实验方案', ('thiswk', 4), '2026-04-10'),
        item('何勇', '确认分切机刀座备件到货时间', ('tomorrow', '15:00'), '2026-04-08', '15:00'),
        item(None, '补充3月客诉批次的留样复测数据', 'vague', dept='质量部'),
    ]
    case(6605, 'cm-dingtalk-ai-minutes-after-qingming', 'minutes', raw, items, None,
         notes=('DingTalk mail (Alibaba Mail), single text/html part (no plain alternative), utf-8 base64, sent Tue 2026-04-07, the '
                'first working day after Qingming. The body is a 钉钉AI听记 summary: 会议摘要, 章节速览 and 发言人观点 are AI summaries '
                '(本周内闭环, 下周三前完成涂覆工艺评审 are not items); only 【待办】 counts. #1 4月10日前 -> 2026-04-10. #2 本周五前 -> Fri '
                '2026-04-10. #3 明天下午3点前 -> 2026-04-08 15:00. #4 质量部 only -> no_owner, department 质量部; 尽快 -> vague_due. No next '
                'meeting -> null.'),
         summary='4 items from 【待办】 only (one 质量部 no_owner vague); no next meeting',
         tests='钉钉AI听记: summary/chapters/speaker views ignored; HTML-only; 明天下午3点前')


case_6605()


def case_6606():
    sent = T(2026, 4, 15, 16, 52, 30)
    body = D('''
        各位：

        今天工艺-生产协调会的待办按人整理如下，有问题随时找我。

        【罗经理】
        ① 3号线收卷张力波动：本周五前给出整改方案；
        ② 4月22日前完成夜班操作工换卷操作再培训。

        【钱老师】
        ① 陶瓷涂覆浆料粘度标准修订稿，下周三前发质量部会签；
        ② 4月底前整理一份涂覆缺陷图谱，给新员工培训用。

        【何工】
        烘箱温区校准，4月18日（周六）前完成，需要停线的话提前一天通知罗经理。

        【苏晓彤】
        联系日本供应商确认PE原料第二批到港时间，明天下班前回复。

        【杨经理】
        本次无新增事项。

        下次会议：下周三 14:00，工艺楼二楼会议室。

        付强
        工艺技术部
        ''')
    raw = foxmail(env_cm(R('付强')['email'], '10.66.15.102', sent, '6606'), P('付强'),
                  [P('罗建川'), P('钱立伟'), P('何勇'), P('苏晓彤'), P('杨雪梅')], [BOTN_CM],
                  '4月15日工艺-生产协调会纪要', sent, body, charset='GBK', seed='6606', domain=CM, text_only=True)
    items = [
        item('罗建川', '3号线收卷张力波动：给出整改方案', ('thiswk', 4), '2026-04-17'),
        item('罗建川', '完成夜班操作工换卷操作再培训', ('md', 4, 22), '2026-04-22'),
        item('钱立伟', '陶瓷涂覆浆料粘度标准修订稿发质量部会签', ('nextwk', 2), '2026-04-22'),
        item('钱立伟', '整理涂覆缺陷图谱（新员工培训用）', ('monthend',), '2026-04-30'),
        item('何勇', '烘箱温区校准', ('md', 4, 18), '2026-04-18'),
        item('苏晓彤', '联系日本供应商确认PE原料第二批到港时间', ('tomorrow',), '2026-04-16'),
    ]
    case(6606, 'cm-grouped-by-person-foxmail-gbk-plain', 'minutes', raw, items, fu(('nextwk', 2, '14:00'), '2026-04-22', '14:00'),
         notes=('Foxmail plain text (text/plain only, charset GBK, base64), sent Wed 2026-04-15. Items are grouped under the owner '
                'written as a title in 【】: 罗经理 = 罗建川, 钱老师 = 钱立伟, 何工 = 何勇, 杨经理 = 杨雪梅 (roster aliases). ①② under one '
                'person are separate items. 罗建川: 本周五前 -> Fri 2026-04-17; 4月22日前 -> 2026-04-22. 钱立伟: 下周三前 -> 2026-04-22; 4月底前 '
                '-> 2026-04-30. 何勇: 4月18日（周六）前 -> 2026-04-18 (a Saturday, as written; the notice to 罗经理 is a condition, not an '
                'item). 苏晓彤: 明天下班前 -> 2026-04-16, no time. 杨经理 has 无新增事项 -> nothing. 下次会议：下周三 14:00 -> 2026-04-22 14:00.'),
         summary='6 items grouped by person (①② split, title aliases); next 04-22 14:00',
         tests='minutes grouped by person under 【title】 headings; ①② sub-items; GBK text-only Foxmail')


case_6606()


def case_6607():
    sent = T(2026, 5, 7, 12, 5, 47)
    body = D('''
        各位，早会定的事情整理一下，钉钉群里聊的记录附在后面备查。

        今天早会定的事：
        1. 何勇：5月9日（周六调休上班）中午12点前完成2号烘箱温控模块更换，下午开机试产。
        2. 邓文博：3个工作日内把4月份退货批次在隔离区清点完，出清单给质量部。
        3. 任浩：下周一前完成涂覆车间NMP回收装置的安全检查记录。
        4. 曾丹：蜀能电池的样品等质量部放行后安排寄送。

        明早8:30继续站会。

        罗建川

        ---------- 群聊记录（生产早会群）----------
        罗建川 09:12
        @何勇 2号烘箱温控模块周六上午换掉，中午前搞定，下午要试产
        何勇 09:13
        收到👌 备件昨天到了
        邓文博 09:15
        退货批次那边我这周弄完，最迟下周一
        罗建川 09:15
        @邓文博 3个工作日内，出清单给杨经理
        任浩 09:20
        NMP回收那个检查我下周一前交
        曾丹 09:31
        蜀能催样品了，质量部什么时候能放行？
        杨雪梅 09:33
        周五出结果
        --------------------------------
        ''')
    raw = alimail(env_cm(R('罗建川')['email'], '10.66.20.14', sent, '6607'), P('罗建川'),
                  [P('何勇'), P('邓文博'), P('任浩'), P('曾丹')], [P('杨雪梅'), BOTN_CM],
                  '今早生产早会纪要（附群聊记录）', sent, body, seed='6607', domain=CM)
    items = [
        item('何勇', '完成2号烘箱温控模块更换', ('md', 5, 9, '12:00'), '2026-05-09', '12:00'),
        item('邓文博', '清点4月份退货批次（隔离区），出清单给质量部', ('wdays', 3), '2026-05-11'),
        item('任浩', '完成涂覆车间NMP回收装置的安全检查记录', ('nextwk', 0), '2026-05-11'),
        item('曾丹', '质量部放行后安排蜀能电池样品寄送', None),
    ]
    case(6607, 'cm-dingtalk-chat-paste-makeup-saturday', 'minutes', raw, items, fu(('tomorrow', '08:30'), '2026-05-08', '08:30'),
         notes=('DingTalk mail, utf-8 base64 text + html, sent Thu 2026-05-07 (Sat 05-09 is a Labour Day make-up working day). '
                'The numbered list is the minutes; the pasted group chat below restates the same things in other words '
                '(最迟下周一, 周五出结果) and is not extracted. #1 5月9日中午12点前 -> 2026-05-09 12:00. #2 3个工作日内 counts 05-08, '
                '05-09 (make-up Saturday), 05-11 -> 2026-05-11. #3 下周一前 -> 2026-05-11. #4 depends on a release by 质量部 and gives no '
                'date -> no_due. 明早8:30继续站会 is the next meeting -> 2026-05-08 08:30 (AMBIGUOUS: a daily stand-up; a careful '
                'assistant still records the time stated).'),
         summary='4 items (make-up Saturday in 3个工作日内, conditional no_due); next 05-08 08:30',
         tests='chat paste restating the list; emoji (4-byte UTF-8); 调休 Saturday')


case_6607()


def case_6608():
    sent = T(2026, 5, 20, 18, 32, 9)
    body = D('''
        杨经理、钱老师：

        昨天下午和蜀能电池周工（SQE）电话沟通了5月批次热收缩超标的客诉，跟进表如下，请按表中时间推进，周工那边催得比较紧。

        # 外部沟通跟进表
        || 沟通编号 | 沟通日期 | 对方单位/联系人 | 我方对接人 | 沟通类型（客户/供应商/合作方） | 核心需求/反馈 | 解决方案/进展 | 下次沟通时间 | 负责人
        || EC2026-05-19 | 2026-05-19 | 蜀能电池/周凯（SQE） | 销售部/曾丹 | 客户 | 客户反馈5月第2周批次（批号CM2605-12）隔膜120℃热收缩MD方向超标，要求24小时内给出临时措施并在一周内提交8D | ①质量部杨雪梅5月22日前提交8D初步报告（D1-D4）②工艺技术部钱老师复核热定型温度曲线（5月25日前）③5月26日与客户电话会同步结论 | 2026-05-26 10:00 | 曾丹

        临时措施（在库同批次隔离、发货前加测热收缩）已于今天上午执行完毕。

        曾丹
        销售部 大客户经理
        ''')
    raw = outlook(env_cm(R('曾丹')['email'], '10.66.30.77', sent, '6608'), P('曾丹'), [P('杨雪梅'), P('钱立伟')],
                  [P('陈志刚'), P('付强'), BOTN_CM], '蜀能电池热收缩客诉沟通跟进表（EC2026-05-19）', sent, body,
                  charset='utf-8', cte='quoted-printable', domain=CM, seed='6608', font='微软雅黑')
    items = [
        item('杨雪梅', '提交8D初步报告（D1-D4）', ('md', 5, 22), '2026-05-22'),
        item('钱立伟', '复核热定型温度曲线', ('md', 5, 25), '2026-05-25'),
        item('曾丹', '与客户电话会同步结论', ('md', 5, 26), '2026-05-26'),
    ]
    case(6608, 'cm-external-followup-table-customer-outlook', 'minutes', raw, items, fu(('md', 5, 26, '10:00'), '2026-05-26', '10:00'),
         notes=('Seed 外部沟通跟进表 (customer row) in Outlook zh-CN, utf-8 quoted-printable HTML table + tab text. Sent Wed 2026-05-20. '
                'The 解决方案/进展 cell holds ①②③: ① 质量部杨雪梅 5月22日前 -> 2026-05-22; ② 工艺技术部钱老师 = 钱立伟, （5月25日前） -> '
                '2026-05-25; ③ names nobody, so the row\'s 负责人 曾丹 owns it; 5月26日 -> 2026-05-26 (the 10:00 is in the 下次沟通时间 '
                'column, not in the item text, so due_time null). The customer\'s request in 核心需求/反馈 (24小时内临时措施, 一周内8D) is '
                'not a task line of ours, and the 临时措施 sentence reports something done. 下次沟通时间 2026-05-26 10:00 -> next_followup.'),
         summary='3 items (row owner for ③); next 05-26 10:00',
         tests='外部沟通跟进表 seed, ①②③ in one cell, row 负责人 fallback, customer feedback column not items')


case_6608()


def case_6609():
    sent = T(2026, 6, 2, 17, 10, 22, off=9)
    body = D('''
        Dear Mr. He, Mr. Qian, Ms. Su,

        Thank you for your time on today's call. Please find the minutes below; let me know by reply if anything is missing.

        # Minutes - Tension controller upgrade, coating line #2
        Date: 2 June 2026, 15:00-16:00 KST (14:00-15:00 Beijing), Teams
        Attendees: Chuanmo - He Yong, Qian Liwei, Su Xiaotong; Hanul - Park Ji-hoon, Kim Seo-yeon

        Summary
        - Chuanmo reported tension drift of +/-8% at the rewinder after the April firmware patch.
        - Hanul confirmed the issue is fixed in firmware v3.2 (released 28 May).

        Decisions
        - The upgrade will be done on site by a Hanul field engineer, not remotely.
        - Line #2 stays on the current firmware until the upgrade day.

        Action items
        1. Action: Hanul (Park Ji-hoon) to deliver firmware package v3.2 and the upgrade manual by Friday.
        2. Action: He Yong to confirm the shutdown window for line #2 (min. 10 hours) by June 8.
        3. Action: Su Xiaotong to issue the PO amendment for 2 on-site service days - ASAP, the engineer can only be booked after the PO.
        4. Action: Kim Seo-yeon to send the remote-access checklist (VPN, ports) by next Wednesday.

        Next call: Tue Jun 9, 10:00 KST (09:00 Beijing), same Teams link.

        Best regards,
        Park Ji-hoon
        Service Manager | Hanul Coating Systems Co., Ltd.
        Tel +82 31 8039 2270
        ''')
    env = env_cm_ext('jh.park@hanul-cs.example.kr', 'mail-sl2kor01on2110.outbound.protection.outlook.com', '203.0.113.110', sent, '6609')
    raw = outlook(env, ('Park Ji-hoon', 'jh.park@hanul-cs.example.kr'),
                  [('He Yong', R('何勇')['email']), ('Qian Liwei', R('钱立伟')['email']), ('Su Xiaotong', R('苏晓彤')['email'])],
                  [('Kim Seo-yeon', 'sy.kim@hanul-cs.example.kr'), ('', BOT_CM)],
                  'Minutes - Line #2 coater tension controller upgrade (call 2 Jun)', sent, body, charset='us-ascii',
                  cte='7bit', html_cte='quoted-printable', lang='en-US', domain='hanul-cs.example.kr', seed='6609',
                  font='Calibri', en_body=True, topic=True)
    items = [
        item('Park Ji-hoon', 'deliver firmware package v3.2 and the upgrade manual', ('wd', 4), '2026-06-05'),
        item('何勇', 'confirm the shutdown window for line #2 (min. 10 hours)', ('md', 6, 8), '2026-06-08'),
        item('苏晓彤', 'issue the PO amendment for 2 on-site service days', 'vague'),
        item('Kim Seo-yeon', 'send the remote-access checklist (VPN, ports)', ('nextwk', 2), '2026-06-10', mail='sy.kim@hanul-cs.example.kr'),
    ]
    case(6609, 'cm-korean-vendor-english-action-outlook', 'minutes', raw, items, fu(('md', 6, 9, '09:00'), '2026-06-09', '09:00'),
         notes=('English minutes written by the Korean equipment vendor (Outlook en-US, us-ascii 7bit text + QP html), Date Tue '
                '2026-06-02 17:10 +0900 = 16:10 in Shanghai (same day). \'Action:\' lines are the items; Summary and Decisions are not. '
                '#1 Hanul (Park Ji-hoon): the person in brackets owns it (roster outsider, department null); by Friday -> Fri 2026-06-05. '
                '#2 He Yong = 何勇 (alias, also the To display name); by June 8 -> 2026-06-08. #3 Su Xiaotong = 苏晓彤; ASAP -> vague_due. '
                '#4 Kim Seo-yeon is not in the roster: address from the Cc display name, department null; by next Wednesday -> Wednesday '
                'of the following week = 2026-06-10. Next call Tue Jun 9 10:00 KST = 09:00 Beijing -> 2026-06-09 09:00 (the time in '
                'Asia/Shanghai, as the writer also states).'),
         summary='4 items (vendor, two staff by pinyin alias, Cc outsider); next 06-09 09:00 Beijing',
         tests="'Action:' lines; +0900 Date; KST vs Beijing next call; owners via English/pinyin aliases and Cc")


case_6609()


def case_6610():
    sent = T(2026, 6, 15, 17, 40, 51)
    body = D('''
        各位好：

        今天生产质量周会的纪要见附件《生产质量周会纪要20260615.docx》，请查收。端午节前的事项请务必在放假前闭环。

        唐敏
        总经办
        ''')
    doc = make_docx([
        ('title', '生产质量周会会议纪要'),
        ('p', '会议时间：2026年6月15日 14:00-15:30'),
        ('p', '会议地点：办公楼三楼会议室'),
        ('p', '主持：陈志刚　　记录：唐敏'),
        ('p', '参会人员：罗建川、付强、钱立伟、杨雪梅、何勇、任浩、邓文博、周琳'),
        ('h', '一、上周事项回顾'),
        ('table', [['序号', '事项', '负责人', '状态'],
                   ['1', '2号线张力传感器更换', '何勇', '已完成'],
                   ['2', '热收缩客诉8D报告', '杨雪梅', '已完成，客户已关闭'],
                   ['3', '涂覆缺陷图谱', '钱立伟', '进行中（完成70%）']]),
        ('h', '二、会议决议'),
        ('p', '1. 端午节放假安排：6月19日至21日放假，各线6月18日夜班结束后停机保养。'),
        ('p', '2. 7月起夜班补贴标准按新方案执行。'),
        ('h', '三、本周待办事项'),
        ('table', [['序号', '事项', '负责人', '完成时间'],
                   ['1', '3号线更换收卷气胀轴', '何勇', '6月17日'],
                   ['2', '端午节假期安全检查及值班表', '任浩', '端午节放假前'],
                   ['3', 'PE原料第二批入库检验', '杨雪梅', '节后第一个工作日'],
                   ['4', '6月份隔膜产能及良率数据汇总', '罗建川', '本月底'],
                   ['5', '员工端午福利发放', '人事行政部', '6月18日']]),
        ('h', '四、下次会议'),
        ('p', '6月22日（周一）14:00，办公楼三楼会议室。'),
    ], author='唐敏')
    att = attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc,
                 '生产质量周会纪要20260615.docx', charset='gb18030')
    raw = outlook(env_cm(R('唐敏')['email'], '10.66.12.38', sent, '6610'), P('唐敏'),
                  [P('罗建川'), P('付强'), P('钱立伟'), P('杨雪梅'), P('何勇'), P('任浩'), P('邓文博'), P('周琳')],
                  [P('陈志刚'), BOTN_CM], '6月15日生产质量周会纪要', sent, body, charset='gb18030', cte='base64',
                  domain=CM, seed='6610', attachments=[att], font='宋体')
    items = [
        item('何勇', '3号线更换收卷气胀轴', ('md', 6, 17), '2026-06-17'),
        item('任浩', '端午节假期安全检查及值班表', ('beforehol',), '2026-06-18'),
        item('杨雪梅', 'PE原料第二批入库检验', ('afterhol',), '2026-06-22'),
        item('罗建川', '6月份隔膜产能及良率数据汇总', ('monthend',), '2026-06-30'),
        item(None, '员工端午福利发放', ('md', 6, 18), '2026-06-18', dept='人事行政部'),
    ]
    case(6610, 'cm-docx-attachment-outlook-gb18030', 'minutes', raw, items, fu(('md', 6, 22, '14:00'), '2026-06-22', '14:00'),
         notes=('Outlook zh-CN with the GB18030 encoding chosen (text + html base64) and the minutes in a real .docx attachment '
                '(RFC 2231 gb18030 file name); the body only points to it. Sent Mon 2026-06-15, the week of Dragon Boat (06-19..21 off). '
                'Read the attachment: 一、上周事项回顾 is status (two 已完成, one 进行中) -> not items; 二、会议决议 are decisions. 三、本周待办: '
                '#1 6月17日 -> 2026-06-17; #2 端午节放假前 = the last working day before the holiday = Thu 2026-06-18; #3 节后第一个工作日 -> '
                'Mon 2026-06-22; #4 本月底 -> 2026-06-30; #5 人事行政部 only -> no_owner, department 人事行政部, 2026-06-18. The body\'s '
                '"端午节前的事项请务必在放假前闭环" is a general reminder. 四、下次会议 6月22日（周一）14:00 -> 2026-06-22 14:00.'),
         summary='5 items from the .docx (review table skipped, 端午节放假前, 节后, unit no_owner); next 06-22 14:00',
         tests='minutes only in a .docx attachment; GB18030 body; holiday-relative deadlines',
         attach_must=('端午节放假前', '节后第一个工作日', '6月22日（周一）14:00'))


case_6610()


def case_6631():
    sent = T(2026, 5, 9, 11, 48, 20)
    body = D('''
        各位：
        今天（调休上班）质量周会纪要如下：

        一、本周质量问题及措施
        || 序号 | 问题 | 措施 | 责任人 | 完成时间
        || 1 | 分切毛边客户投诉（蜀能电池） | 更换3号分切机分切刀，首件确认后恢复生产 | 生产部罗建川 | 下周一
        || 2 | 涂覆层剥离强度偏低 | 钱老师牵头做浆料配比验证，付经理配合 | 钱立伟 | 2个工作日内
        || 3 | 来料PE粉末水分超标 | 联系供应商换批，不合格批次退货 | 采购部苏晓彤 | 5月13日
        || 4 | 外观检验标准更新 | 增加褶皱、晶点判定图片 | 质量部 | 本月底

        二、其他
        4月质量月报已发各位邮箱，不再单独讨论。
        下周六不上班，下次周会改到5月15日（周五）16:00。

        杨雪梅
        质量部
        ''')
    raw = outlook(env_cm(R('杨雪梅')['email'], '10.66.31.19', sent, '6631'), P('杨雪梅'),
                  [P('罗建川'), P('钱立伟'), P('苏晓彤')], [P('付强'), P('陈志刚'), BOTN_CM],
                  '质量周会纪要（5月9日，调休上班）', sent, body, charset='utf-8', cte='base64', domain=CM, seed='6631')
    items = [
        item('罗建川', '更换3号分切机分切刀，首件确认后恢复生产', ('nextwk', 0), '2026-05-11'),
        item('钱立伟', '牵头做浆料配比验证（涂覆层剥离强度偏低）', ('wdays', 2), '2026-05-12'),
        item('苏晓彤', '联系供应商换批，不合格批次退货', ('md', 5, 13), '2026-05-13'),
        item(None, '外观检验标准更新：增加褶皱、晶点判定图片', ('monthend',), '2026-05-31', dept='质量部'),
    ]
    case(6631, 'cm-word-table-sent-on-makeup-saturday', 'minutes', raw, items, fu(('md', 5, 15, '16:00'), '2026-05-15', '16:00'),
         notes=('Outlook zh-CN utf-8 base64 with a Word table, sent on Sat 2026-05-09, a make-up working day. #1 生产部罗建川, 下周一 '
                '-> Monday of the next calendar week = 2026-05-11. #2 钱立伟 (钱老师牵头; 付经理配合 is not an owner); 2个工作日内 from a '
                'Saturday: Sun 05-10 is off, so 05-11 and 05-12 -> 2026-05-12. #3 采购部苏晓彤, 5月13日 -> 2026-05-13. #4 质量部 only -> '
                'no_owner, department 质量部; 本月底 -> 2026-05-31. The monthly report line is information. 下次周会改到5月15日（周五）16:00 '
                '-> 2026-05-15 16:00.'),
         summary='4 items (workdays from a make-up Saturday, unit no_owner); next 05-15 16:00',
         tests='sent on a 调休 Saturday; 问题/措施/责任人 Word table; 牵头/配合')


case_6631()


def case_6632():
    sent = T(2026, 7, 9, 19, 26, 40)
    body = D('''
        曾经理、杨经理：

        感谢今天来我司沟通，纪要如下，请确认：

        一、沟通事项
        1. 川膜新材7月15日前提供调整后的年度报价单（曾经理）。
        2. 川膜质量部杨经理下周三前提供5月以来各批次热收缩测试报告。
        3. 我方采购部李娟7月底前反馈年度框架协议条款修改意见。
        4. 双方质量部门8月上旬召开一次质量改进联合评审会。

        二、下次沟通
        7月16日（周四）下午2点，视频会议。

        周凯
        蜀能电池 供应商质量部 SQE
        ''')
    env = env_cm_ext('zhoukai@shuneng-battery.example.cn', 'smtpbg153.qq.com', '203.0.113.153', sent, '6632')
    raw = wecom(env, P('周凯'), [P('曾丹'), P('杨雪梅')],
                [P('陈志刚'), ('李娟', 'lijuan@shuneng-battery.example.cn'), BOTN_CM],
                '蜀能电池-川膜新材 年度框架协议及质量改进沟通纪要（7月9日）', sent, body, seed='6632',
                domain='shuneng-battery.example.cn')
    items = [
        item('曾丹', '提供调整后的年度报价单', ('md', 7, 15), '2026-07-15'),
        item('杨雪梅', '提供5月以来各批次热收缩测试报告', ('nextwk', 2), '2026-07-15'),
        item('李娟', '反馈年度框架协议条款修改意见', ('monthend',), '2026-07-31', mail='lijuan@shuneng-battery.example.cn'),
        item(None, '召开质量改进联合评审会', 'vague'),
    ]
    case(6632, 'cm-customer-sent-minutes-wecom', 'minutes', raw, items, fu(('md', 7, 16, '14:00'), '2026-07-16', '14:00'),
         notes=('Minutes written by the customer\'s SQE 周凯 (蜀能电池, external From) in 企业微信邮箱 (Tencent Exmail backend, utf-8 '
                'base64 text + html), sent Thu 2026-07-09. #1 川膜新材…（曾经理）: the person in brackets after the company owns it; '
                '曾经理 = 曾丹 (roster alias); 7月15日前 -> 2026-07-15. #2 川膜质量部杨经理 = 杨雪梅; 下周三前 -> 2026-07-15. #3 the '
                'customer\'s own 李娟: not in the roster, address from the Cc display name, department null; 7月底前 -> 2026-07-31. #4 '
                '双方质量部门 is no one person and 8月上旬 is a period -> no_owner, department null, vague_due. 下次沟通 7月16日（周四）下午2点 '
                '-> 2026-07-16 14:00.'),
         summary='4 items (our staff by title, customer person from Cc, 双方 vague); next 07-16 14:00',
         tests='customer-written minutes via 企业微信 mail; 单位（人） owner; 下午2点')


case_6632()


# =============================================================================================
# Organisation C: 深圳澜汇数字科技有限公司 (payments fintech), Feishu Mail
# =============================================================================================

def env_lh(user_mail, ip, when, seed, helo=None, proto='ESMTPSA'):
    return dict(bot=BOT_LH, ret=user_mail, recv=[
        rcv(helo or '[%s]' % ip, ip, 'mx.' + LH, 'Feishu Mail', hxu(seed, 12), later(when, 2), BOT_LH, proto=proto)])


def case_6611():
    sent = T(2026, 4, 8, 19, 5, 38)
    body = D('''
        各位，今天周会的飞书智能纪要，待办已和大家确认过，已抄送纪要机器人跟踪。

        # 智能纪要：支付路由优化周会 2026年4月8日
        会议时间：2026年4月8日 16:00-17:05 (GMT+8)
        参会人：林晓峰、吴泽宇、陈嘉欣、刘畅、郑雅婷、何佳

        # 总结
        本次会议主要讨论了支付路由优化一期的上线准备情况，包括备付金对账接口的幂等改造、新商户准入风险评分规则、路由切换回归测试以及与Meridian Pay的结算币种对接。
        团队一致认为一期灰度上线时间不变，仍为4月20日；吴泽宇表示幂等改造预计本周内完成。

        # 章节
        00:00 上线准备与排期
        林晓峰确认一期灰度上线时间为4月20日，何佳要求下周三前完成上线评审材料。
        12:35 对账接口幂等改造
        吴泽宇介绍了改造方案，重复回调场景下以商户订单号+渠道流水号去重。
        27:10 风控规则
        陈嘉欣计划在新规则中加入设备指纹维度，郑雅婷提醒需同步评估个人信息保护合规要求。
        41:52 测试与外部对接
        刘畅提出回归用例缺少路由切换场景；林晓峰将与Meridian Pay确认结算币种清单。

        # 待办
        ☐ 本周五前完成备付金对账接口的幂等改造 @吴泽宇
        ☐ 4月15日前输出新商户准入风险评分规则v2 @陈嘉欣
        ☐ 下周一前补齐路由切换场景的回归用例 @刘畅
        ☐ 与Meridian Pay确认结算币种清单，时间待定 @林晓峰

        智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
        ''')
    raw = feishu(env_lh(R('林晓峰')['email'], '10.88.4.21', sent, '6611'), P('林晓峰'),
                 [P('吴泽宇'), P('陈嘉欣'), P('刘畅'), P('郑雅婷')], [P('何佳'), BOTN_LH],
                 '智能纪要：支付路由优化周会 2026年4月8日', sent, body, seed='6611', domain=LH, html_only=True)
    items = [
        item('吴泽宇', '完成备付金对账接口的幂等改造', ('thiswk', 4), '2026-04-10'),
        item('陈嘉欣', '输出新商户准入风险评分规则v2', ('md', 4, 15), '2026-04-15'),
        item('刘畅', '补齐路由切换场景的回归用例', ('nextwk', 0), '2026-04-13'),
        item('林晓峰', '与Meridian Pay确认结算币种清单', 'vague'),
    ]
    case(6611, 'lh-feishu-ai-minutes-todo-html-only', 'minutes', raw, items, None,
         notes=('Feishu mail, HTML only (utf-8 base64): a 飞书 智能纪要 pasted by the organiser, sent Wed 2026-04-08. Only 待办 counts; '
                '总结 and 章节 repeat or add intentions (本周内完成, 何佳要求下周三前完成上线评审材料) that are not items. Owners are written '
                'as trailing @mentions. #1 本周五前 -> 2026-04-10. #2 4月15日前 -> 2026-04-15. #3 下周一前 -> 2026-04-13. #4 时间待定 -> '
                'vague_due. The 4月20日 launch date is a fact. No next meeting -> null.'),
         summary='4 items from 待办 (@owner at the end, 待定 vague); no next meeting',
         tests='飞书 智能纪要: 总结/章节 ignored; trailing @owner; HTML-only')


case_6611()


def case_6612():
    sent = T(2026, 5, 8, 18, 40, 12)
    body = D('''
        Hi all,

        Notes from today's retro + planning (sprint 20 runs 5/11 - 5/22).

        ## Retro
        - 好的：对账重构按期上线，P0 bug 0 个
        - 待改进：联调环境经常被占，需要排班
        - Decision: starting sprint 20, code freeze is Wednesday 18:00 of week 2

        ## Action items
        - [x] @yiming fix the H5 checkout white screen on iOS 17 (merged 5/7)
        - [ ] @zeyu migrate the settlement batch job to the new scheduler, by Monday
        - [ ] @changliu full regression on the refund flow, EOD tomorrow (Sat 5/9 is a make-up workday)
        - [ ] @tina compliance sign-off on the new KYC copy, ASAP
        - [ ] @kelly review the chargeback alert thresholds
        - [ ] @nan merchant comms draft for the fee change, by 5/13

        Next planning: Mon 5/18 10:30, 12F small room.

        -- 
        Zeyu Wu | 吴泽宇
        Backend Lead, R&D Center
        Shenzhen Lanhui Digital Technology Co., Ltd.
        ''')
    raw = thunderbird(env_lh(R('吴泽宇')['email'], '10.88.9.140', sent, '6612', helo='[10.88.9.140]'), ('Zeyu Wu', R('吴泽宇')['email']),
                      [('rd-team', 'rd-team@' + LH)],
                      [('Chang Liu', R('刘畅')['email']), ('Tina Zheng', R('郑雅婷')['email']), ('Kelly Chen', R('陈嘉欣')['email']),
                       ('Nan Xu', R('许楠')['email']), BOTN_LH],
                      'Sprint 19 retro & sprint 20 planning notes', sent, body, seed='6612', domain=LH)
    items = [
        item('吴泽宇', 'migrate the settlement batch job to the new scheduler', ('wd', 0), '2026-05-11'),
        item('刘畅', 'full regression on the refund flow', ('tomorrow',), '2026-05-09'),
        item('郑雅婷', 'compliance sign-off on the new KYC copy', 'vague'),
        item('陈嘉欣', 'review the chargeback alert thresholds', None),
        item('许楠', 'merchant comms draft for the fee change', ('md', 5, 13), '2026-05-13'),
    ]
    case(6612, 'lh-markdown-checkboxes-thunderbird-8bit', 'minutes', raw, items, fu(('md', 5, 18, '10:30'), '2026-05-18', '10:30'),
         notes=('Thunderbird text/plain; format=flowed, 8bit UTF-8 (mixed English/Chinese), sent Fri 2026-05-08. Markdown task list: '
                'the changliu line is soft-wrapped by Thunderbird (trailing space, RFC 3676) over two lines. '
                '\'- [x]\' is done -> not an item; each \'- [ ] @handle\' is one item, the handle resolved through roster aliases '
                '(zeyu = 吴泽宇, changliu = 刘畅, tina = 郑雅婷, kelly = 陈嘉欣, nan = 许楠). by Monday from a Friday -> next Monday '
                '2026-05-11. \'EOD tomorrow\' -> 2026-05-09 (the make-up Saturday), EOD gives no time. ASAP -> vague_due. The kelly item '
                'has no deadline -> no_due. by 5/13 -> 2026-05-13. The Retro bullets and the Decision line are not items. Next '
                'planning Mon 5/18 10:30 -> 2026-05-18 10:30. The signature after \'-- \' is not content.'),
         summary='5 items (done [x] skipped, @handles via aliases, EOD tomorrow, ASAP, no_due); next 05-18 10:30',
         tests="'- [ ] @name' markdown; 8bit format=flowed; by Monday from Friday; EOD tomorrow")


case_6612()


def case_6613():
    sent = T(2026, 6, 4, 17, 12, 41)
    body = D('''
        Hi all,

        Thanks for joining today. Minutes and action items below - shout if I missed anything.

        Attendees: Priya Nair, Daniel Tan (Meridian); Xiaofeng Lin, Zeyu Wu, Kelly Chen, Tina Zheng (Lanhui)

        Key points
        - Settlement file v2 (camt.053) pilot with 3 merchants starts 22 Jun as planned.
        - FX rate source switches to Meridian's 16:00 SGT fixing from July.

        Action Items

        1) Settlement file format change (CSV → ISO 20022 camt.053)
           Owner: Zeyu Wu
           Due: Jun 12

        2) Update the merchant risk policy appendix for cross-border MCCs
           Owner: Kelly Chen (Tina to support on the compliance wording)
           Due: end of June

        3) Share sandbox credentials for the new FX quote endpoint
           Owner: Daniel Tan
           Due: by Friday

        4) Circulate the revised fee schedule (tiered pricing)
           Owner: Priya
           Due: Jun 9

        5) Joint UAT plan
           Owner: both teams
           Due: TBD

        Next sync: Thu Jun 11, 4:00 PM SGT (16:00 Beijing), same Zoom link.

        Best,
        Priya

        --
        Priya Nair
        Partnerships Manager, Greater China
        Meridian Pay Pte. Ltd. | 8 Marina View, Singapore
        ''')
    env = dict(bot=BOT_LH, ret='priya.nair@meridianpay.example.sg', recv=[
        rcv('mail-pj1-f54.google.com', '203.0.113.54', 'mx.' + LH, 'Feishu Mail', hxu('6613r', 12), later(sent, 3), BOT_LH,
            rdns='mail-pj1-f54.google.com', proto='ESMTPS')])
    raw = gmail(env, ('Priya Nair', 'priya.nair@meridianpay.example.sg'),
                [('Xiaofeng Lin', R('林晓峰')['email']), ('Zeyu Wu', R('吴泽宇')['email']), ('Kelly Chen', R('陈嘉欣')['email'])],
                [('Tina Zheng', R('郑雅婷')['email']), ('Daniel Tan', 'daniel.tan@meridianpay.example.sg'), ('', BOT_LH)],
                'Meridian x Lanhui - cross-border settlement weekly sync - minutes (4 Jun)', sent, body, seed='6613')
    items = [
        item('吴泽宇', 'Settlement file format change (CSV → ISO 20022 camt.053)', ('md', 6, 12), '2026-06-12'),
        item('陈嘉欣', 'Update the merchant risk policy appendix for cross-border MCCs', ('monthend',), '2026-06-30'),
        item('Daniel Tan', 'Share sandbox credentials for the new FX quote endpoint', ('wd', 4), '2026-06-05',
             mail='daniel.tan@meridianpay.example.sg'),
        item('Priya Nair', 'Circulate the revised fee schedule (tiered pricing)', ('md', 6, 9), '2026-06-09'),
        item(None, 'Joint UAT plan', 'vague'),
    ]
    case(6613, 'lh-partner-owner-due-blocks-gmail', 'minutes', raw, items, fu(('md', 6, 11, '16:00'), '2026-06-11', '16:00'),
         notes=('English minutes written by the Singapore partner (Gmail / Google Workspace, utf-8 QP, Date +0800), sent Thu '
                '2026-06-04. Items are numbered blocks with Owner:/Due: lines. #1 Zeyu Wu = 吴泽宇, Jun 12 -> 2026-06-12. #2 Kelly Chen '
                '= 陈嘉欣 (Tina only supports -> not an owner); end of June -> 2026-06-30. #3 Daniel Tan: not in the roster, address from '
                'the Cc display name, department null; by Friday -> 2026-06-05. #4 Priya = the writer Priya Nair (roster outsider), '
                'Jun 9 -> 2026-06-09. #5 both teams -> no_owner; TBD -> vague_due. Key points (22 Jun pilot, July FX source) are facts. '
                'Next sync Thu Jun 11, 4:00 PM SGT = 16:00 Beijing -> 2026-06-11 16:00.'),
         summary='5 items in Owner/Due blocks (writer owns one, Cc outsider, both teams TBD); next 06-11 16:00',
         tests='Owner:/Due: blocks; partner-written English minutes; supporter not owner; SGT next sync')


case_6613()


def case_6614():
    sent = T(2026, 5, 26, 11, 8, 54)
    body = D('''
        各位好，

        今天运营周会（5月26日 周二 10:00-10:45）纪要如下，表格是从周会Excel里直接贴过来的：

        || 序号 | 事项 | 负责人 | 截止时间 | 状态 | 备注
        || 1 | 618大促商户补贴名单终审 | 许楠 | 5/29 | 进行中 | 
        || 2 | 客服话术更新（退款到账时效） | 谢敏 | 5月28日前 | 进行中 | 需合规会签
        || 3 | 大促期间7x24值班表 | 运营部 | 本周五 | 未开始 | 
        || 4 | 商户对账单样式调整 | 邱一鸣 | 6/3 | 已完成 | 提前上线
        || 5 | 618活动页全链路压测 | 刘畅、吴泽宇 | 6月5日 | 进行中 | 
        || 6 | 风控临时上调单笔限额审批 | 陈嘉欣 | 尽快 | 待审批 | 

        下周二同一时间再碰一次。

        许楠
        运营部
        ''')
    raw = mailmaster(env_lh(R('许楠')['email'], '10.88.6.33', sent, '6614'), P('许楠'),
                     [P('谢敏'), P('邱一鸣'), P('刘畅'), P('吴泽宇'), P('陈嘉欣')], [P('何佳'), BOTN_LH],
                     '运营周会纪要 5.26（618大促准备）', sent, body, seed='6614', domain=LH)
    items = [
        item('许楠', '618大促商户补贴名单终审', ('md', 5, 29), '2026-05-29'),
        item('谢敏', '客服话术更新（退款到账时效）', ('md', 5, 28), '2026-05-28'),
        item(None, '大促期间7x24值班表', ('thiswk', 4), '2026-05-29', dept='运营部'),
        item('刘畅', '618活动页全链路压测', ('md', 6, 5), '2026-06-05'),
        item('吴泽宇', '618活动页全链路压测', ('md', 6, 5), '2026-06-05'),
        item('陈嘉欣', '风控临时上调单笔限额审批', 'vague'),
    ]
    case(6614, 'lh-ops-weekly-tsv-mailmaster', 'minutes', raw, items, fu(('nextwk', 1, '10:00'), '2026-06-02', '10:00'),
         notes=('NetEase Mail Master (PC), utf-8 base64; a table pasted from Excel: tab-separated in text/plain, a table in HTML. '
                'Sent Tue 2026-05-26. Row 4 is 已完成 -> not an item. Row 1 5/29 -> 2026-05-29. Row 2 5月28日前 -> 2026-05-28 (备注 需合规会签 '
                'is a remark). Row 3 运营部 only -> no_owner, department 运营部; 本周五 -> 2026-05-29. Row 5 has two owners for the same '
                'task -> two items (刘畅, 吴泽宇), both 2026-06-05. Row 6 尽快 -> vague_due. 下周二同一时间再碰一次: same time as this '
                'meeting (10:00, stated in the opening line) on Tuesday of next week -> 2026-06-02 10:00.'),
         summary='6 items (done row skipped, two owners -> two items, unit no_owner, 尽快); next 06-02 10:00',
         tests='tab-separated Excel paste; two owners in one cell; 下周二同一时间')


case_6614()


def case_6615():
    sent = T(2026, 6, 18, 18, 22, 7)
    prev_id = '<%s@%s>' % (uuid_of('6615-prev'), LH)
    new = D('''
        各位，

        0618周例会纪要直接回在这个线程里，方便对照上周的：

        1. 吴泽宇：多币种清算批处理上线，节后第一个工作日完成。
        2. 郑雅婷：外汇登记补正材料，6月24日前提交外管局。
        3. 谢敏：今天下班前通知首批3家试点商户的切换时间。
        4. 林晓峰：2个工作日内拿到Meridian的费率确认邮件。
        5. 上周第2项（沙箱联调用例）已完成，关闭。

        下次例会：6月25日（周四）下午4点。

        晓峰
        ''')
    old = D('''
        各位，0611周例会纪要：
        1. 吴泽宇：多币种清算批处理完成联调，6月17日前。
        2. 刘畅：沙箱联调用例执行，6月16日前。
        3. 郑雅婷：外汇登记材料准备，本月底前。
        下次例会：6月18日（周四）下午4点。

        晓峰
        ''')
    hdr = '在 2026年6月11日，18:02，林晓峰 <linxiaofeng@lanhui.example.cn> 写道：'
    text = new + '\n\n' + hdr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in old.split('\n')) + '\n'
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in new.split('\n'))
           + '<div><br><blockquote type="cite"><div>%s</div><br>' % esc(hdr)
           + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in old.split('\n'))
           + '</blockquote></div><br></body></html>')
    raw = apple_mail(env_lh(R('林晓峰')['email'], '10.88.4.21', sent, '6615'), P('林晓峰'),
                     [P('吴泽宇'), P('郑雅婷'), P('谢敏'), P('刘畅')], [P('何佳'), BOTN_LH],
                     'Re: 【跨境收单项目】周例会纪要 0611', sent, new, seed='6615', domain=LH, inreply=prev_id, refs=prev_id,
                     text=text, html_body=htm)
    items = [
        item('吴泽宇', '多币种清算批处理上线', ('afterhol',), '2026-06-22'),
        item('郑雅婷', '外汇登记补正材料提交外管局', ('md', 6, 24), '2026-06-24'),
        item('谢敏', '通知首批3家试点商户的切换时间', ('today',), '2026-06-18'),
        item('林晓峰', '拿到Meridian的费率确认邮件', ('wdays', 2), '2026-06-23'),
    ]
    case(6615, 'lh-new-minutes-as-reply-apple-mail', 'minutes', raw, items, fu(('md', 6, 25, '16:00'), '2026-06-25', '16:00'),
         notes=('New minutes (0618) sent as \'Re:\' in last week\'s thread from Apple Mail (utf-8 QP, In-Reply-To/References set), '
                'sent Thu 2026-06-18, the eve of Dragon Boat (06-19..21 off). It is minutes, not a reply to a recap. The quoted 0611 '
                'minutes under \'在 2026年6月11日，18:02，林晓峰 … 写道：\' are old and not extracted. #1 节后第一个工作日 -> Mon 2026-06-22. '
                '#2 6月24日前 -> 2026-06-24. #3 今天下班前 -> 2026-06-18, no time. #4 2个工作日内 from Thu: Fri 06-19 is a holiday, so '
                '06-22 and 06-23 -> 2026-06-23. #5 reports an old item done -> not an item. 下次例会 6月25日（周四）下午4点 -> 2026-06-25 '
                '16:00.'),
         summary='4 items (quoted old minutes ignored, done line skipped, workdays over Dragon Boat); next 06-25 16:00',
         tests="new minutes as Re: in an old thread; Apple Mail quote; 节后 / 2个工作日内 across Dragon Boat")


case_6615()


def case_6616():
    sent = T(2026, 7, 6, 9, 40, 17)
    body = D('''
        各位：

        7月4日（周六）20:10-21:25快捷支付通道超时故障，今天早上9点开了复盘会，纪要如下。

        # 问题协调解决记录表
        问题描述：7月4日20:10起，快捷支付通道（银联无卡）调用超时率升至37%，影响交易约1.2万笔，21:25切换备用通道后恢复。
        紧急程度：高
        根本原因：待确认（初步判断为通道侧证书轮换导致TLS握手失败，我方重试策略放大了流量）

        待办：
        1. 吴泽宇：2小时内提交根因分析初稿（含时序图）。
        2. 刘畅：今天下班前补齐故障时段交易对账差异清单。
        3. 谢敏：明天上午10点前向受影响的42家商户发送情况说明函。
        4. 黄总牵头，本周五前完成通道熔断与降级策略评审，研发、风控、运营参加。
        5. 运维组：监控告警阈值调整，尽快。

        下次会议：周四（7月9日）
        时间：下午3点，12楼大会议室（整改验收）

        刘畅
        质量保障部
        ''')
    raw = feishu(env_lh(R('刘畅')['email'], '10.88.7.52', sent, '6616'), P('刘畅'),
                 [P('黄子轩'), P('吴泽宇'), P('谢敏'), P('陈嘉欣'), P('许楠')], [P('何佳'), BOTN_LH],
                 '【故障复盘】7月4日快捷支付通道超时故障 复盘会纪要', sent, body, seed='6616', domain=LH)
    items = [
        item('吴泽宇', '提交根因分析初稿（含时序图）', ('hours', 2), '2026-07-06', '11:40'),
        item('刘畅', '补齐故障时段交易对账差异清单', ('today',), '2026-07-06'),
        item('谢敏', '向受影响的42家商户发送情况说明函', ('tomorrow', '10:00'), '2026-07-07', '10:00'),
        item('黄子轩', '完成通道熔断与降级策略评审', ('thiswk', 4), '2026-07-10'),
        item(None, '监控告警阈值调整', 'vague'),
    ]
    case(6616, 'lh-incident-review-hours-feishu', 'minutes', raw, items, fu(('md', 7, 9, '15:00'), '2026-07-09', '15:00'),
         notes=('Feishu mail (utf-8 base64 text + html), seed 问题协调解决记录表 (紧急程度 高), sent Mon 2026-07-06 09:40:17 +0800. '
                '#1 2小时内 counts from the Date header -> 2026-07-06 11:40. #2 今天下班前 -> 2026-07-06, no time. #3 明天上午10点前 -> '
                '2026-07-07 10:00. #4 黄总牵头 -> 黄子轩 (alias 黄总); 本周五前 -> 2026-07-10; the departments that attend are not owners. '
                '#5 运维组 is no roster department and no person -> no_owner, department null; 尽快 -> vague_due. The incident times '
                '(20:10, 21:25) and 根本原因 待确认 are facts. The next meeting is split: 下次会议：周四（7月9日） on one line and 时间：下午3点 '
                'on the next -> 2026-07-09 15:00.'),
         summary='5 items (2小时内 -> 11:40, title owner, team no_owner); next 07-09 15:00',
         tests='hour deadline from the Date header; 黄总牵头; next meeting day and time on separate lines')


case_6616()


def case_6617():
    sent = T(2026, 4, 22, 21, 15, 3)
    body = D('''
        晓峰，

        麻烦周五前把新版商户服务协议的修订说明（对照表）发我一下，合规这边要走OA审批。

        另外反洗钱条款那部分我想当面过一下，你看下周一下午3点前哪个时间方便？

        谢谢！

        雅婷
        ''')
    env = env_lh(R('郑雅婷')['email'], '198.51.100.23', sent, '6617', helo='smtpclient.apple')
    raw = iphone(env, P('郑雅婷'), [P('林晓峰')], [BOTN_LH], '商户协议修订说明', sent, body, seed='6617', domain=LH)
    case(6617, 'lh-other-plain-request-iphone', 'other', raw, [], None,
         notes=('iPhone Mail (text/plain utf-8 QP, 发自我的iPhone), sent Wed 2026-04-22 21:15, a person-to-person request with the bot '
                'in Cc out of habit. It asks for a document 周五前 and proposes a meeting 下周一下午3点前, but there was no meeting and no '
                'minutes -> kind other, no items, no next_followup.'),
         summary='kind other, no items', tests='request with deadlines that is not minutes')


case_6617()


def case_6618():
    sent = T(2026, 6, 11, 17, 28, 33)
    htm = D('''
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f6f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:PingFang SC,Microsoft YaHei,sans-serif;font-size:14px;color:#1f2329">
        <tr><td>
        <p style="font-size:18px;font-weight:600">「跨境收单项目周例会」的智能纪要已生成</p>
        <p>你好，你参加的视频会议「跨境收单项目周例会」已结束，智能纪要已生成。</p>
        <p>会议时间：2026年6月11日 16:00-17:02 (GMT+8)<br>组织者：林晓峰<br>参会人数：6</p>
        <p>智能纪要包含：总结、章节、待办（3项）</p>
        <p><a href="https://lanhui.feishu.example.cn/minutes/obcn{U}" style="background:#3370ff;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none">查看智能纪要</a></p>
        <p style="color:#8f959e;font-size:12px">此邮件由系统自动发送，请勿直接回复。如不希望接收此类邮件，可在 设置 &gt; 通知 中关闭。</p>
        </td></tr></table></td></tr></table></body></html>
        ''').replace('{U}', hx('6618u', 20))
    txt = D('''
        「跨境收单项目周例会」的智能纪要已生成

        你好，你参加的视频会议「跨境收单项目周例会」已结束，智能纪要已生成。
        会议时间：2026年6月11日 16:00-17:02 (GMT+8)
        组织者：林晓峰
        参会人数：6
        智能纪要包含：总结、章节、待办（3项）
        查看智能纪要：https://lanhui.feishu.example.cn/minutes/obcn%s

        此邮件由系统自动发送，请勿直接回复。
        ''') % hx('6618u', 20)
    top = multi('alternative', 'feishu-notify-%s' % hx('6618b', 24),
                [leaf('text/plain', txt, 'UTF-8', 'base64'), leaf('text/html', htm, 'UTF-8', 'base64')])
    h = [('Return-Path', '<bounce+%s@notify.feishu.example.cn>' % hx('6618rp', 16)), ('Delivered-To', BOT_LH),
         ('Received', rcv('out-12.notify.feishu.example.cn', '203.0.113.12', 'mx.' + LH, 'Feishu Mail', hxu('6618r', 12),
                          later(sent, 1), BOT_LH, rdns='out-12.notify.feishu.example.cn', proto='ESMTPS')),
         ('From', '=?UTF-8?B?%s?= <no-reply@notify.feishu.example.cn>' % base64.b64encode('飞书'.encode()).decode()),
         ('To', BOT_LH),
         ('Subject', ew('「跨境收单项目周例会」的智能纪要已生成', 'UTF-8')),
         ('Date', rdate(sent)),
         ('Message-ID', '<%s@notify.feishu.example.cn>' % hx('6618', 32)),
         ('Auto-Submitted', 'auto-generated'),
         ('Precedence', 'bulk'),
         ('X-Auto-Response-Suppress', 'All'),
         ('MIME-Version', '1.0'), ('@MIME', None)]
    raw = assemble(h, top)
    case(6618, 'lh-auto-feishu-minutes-ready-notification', 'auto', raw, [], None,
         notes=('A Feishu system notification that the AI minutes of a meeting are ready, mailed to every invitee, including the '
                'bot\'s address, which was on the calendar invitation. From no-reply, Auto-Submitted: auto-generated, Precedence: bulk; '
                'no person wrote it -> kind auto. It mentions 待办（3项） and the meeting time but contains no items.'),
         summary='kind auto (system notification)', tests='auto-generated meeting-platform notice that talks about minutes and to-dos')


case_6618()


def case_6633():
    sent = T(2026, 4, 28, 17, 55, 16)
    body = D('''
        各位：

        今天下午二期需求评审的沟通记录如下，待办请按时间推进。

        # 内部沟通记录表
        || 沟通编号 | 沟通日期 | 发起部门/人 | 参与部门/人 | 沟通主题 | 核心内容摘要 | 待办事项 | 状态 | 备注
        || NC2026-04-28 | 2026-04-28 | 支付产品部/林晓峰 | 研发中心/吴泽宇、风控部/陈嘉欣、合规部/郑雅婷 | 跨境收单二期需求评审 | 评审二期需求（多币种清算、跨境风控、外汇申报）；研发确认开发周期为15个工作日 | ①研发中心4月30日前输出技术方案(泽宇)②风控部5月8日前提交跨境交易风控规则(Kelly)③合规部节后第一个工作日反馈外汇合规意见(郑雅婷) | 进行中 | 需补充竞品费率数据

        晓峰
        支付产品部
        ''')
    raw = outlook_mac(env_lh(R('林晓峰')['email'], '10.88.4.21', sent, '6633'), P('林晓峰'),
                      [P('吴泽宇'), P('陈嘉欣'), P('郑雅婷')], [P('何佳'), BOTN_LH],
                      '内部沟通记录 NC2026-04-28 跨境收单二期需求评审', sent, body, seed='6633', domain=LH,
                      extra=[('Thread-Index', thread_index('6633'))])
    items = [
        item('吴泽宇', '输出二期技术方案', ('md', 4, 30), '2026-04-30'),
        item('陈嘉欣', '提交跨境交易风控规则', ('md', 5, 8), '2026-05-08'),
        item('郑雅婷', '反馈外汇合规意见', ('afterhol',), '2026-05-06'),
    ]
    case(6633, 'lh-internal-record-nc-table-outlook-mac', 'minutes', raw, items, None,
         notes=('Seed 内部沟通记录表 (沟通编号 NC2026-04-28) in Outlook for Mac, utf-8 QP, sent Tue 2026-04-28, before Labour Day. The '
                '待办事项 cell holds ①②③ in the seed form \'部门 + 日期前 + 事项 (name)\': the name in brackets owns each. ① (泽宇) = '
                '吴泽宇, 4月30日前 -> 2026-04-30. ② (Kelly) = 陈嘉欣, 5月8日前 -> 2026-05-08. ③ (郑雅婷), 节后第一个工作日 = first working '
                'day after Labour Day (05-01..05) -> Wed 2026-05-06. 核心内容摘要 (15个工作日 is a fact) and 备注 are not items. No next '
                'meeting -> null.'),
         summary='3 items from the ①②③ cell (bracketed names, English alias); no next meeting',
         tests='内部沟通记录表 seed; owners in brackets incl. nickname/English alias; 节后 across May Day')


case_6633()


def case_6634():
    sent = T(2026, 6, 22, 15, 20, 48)
    body = D('''
        各位，

        今天上午拜访了鹏城优选便利总部（10:00-11:00），对方财务负责人王总参加。沟通结果：

        1. 谢敏：周三前提供新版对账单样例给商户确认。
        2. 吴泽宇：7月3日前排查商户对账单重复推送的问题，给出修复时间。
        3. 商户方：尽快提供近三个月的历史订单样本，用于对账测试。

        下周三同一时间再碰一次。

        谢敏
        ''')
    env = env_lh(R('谢敏')['email'], '198.51.100.61', sent, '6634', helo='SI2PR06MB5120.apcprd06.prod.outlook.com')
    raw = outlook_ios(env, P('谢敏'), [P('林晓峰'), P('吴泽宇')], [P('何佳'), BOTN_LH], '拜访鹏城优选便利总部纪要（6/22）',
                      sent, body, seed='6634', domain=LH)
    items = [
        item('谢敏', '提供新版对账单样例给商户确认', ('wd', 2), '2026-06-24'),
        item('吴泽宇', '排查商户对账单重复推送的问题，给出修复时间', ('md', 7, 3), '2026-07-03'),
        item(None, '提供近三个月的历史订单样本（对账测试用）', 'vague'),
    ]
    case(6634, 'lh-merchant-visit-outlook-ios-plain', 'minutes', raw, items, fu(('nextwk', 2, '10:00'), '2026-07-01', '10:00'),
         notes=('Short, plain minutes from Outlook for iOS (utf-8 base64, \'获取 Outlook for iOS\' signature), sent Mon 2026-06-22, the '
                'first working day after Dragon Boat. #1 周三前 -> this week\'s Wednesday 2026-06-24. #2 7月3日前 -> 2026-07-03. #3 商户方 is '
                'the merchant side, no person (王总 only attended) -> no_owner, department null; 尽快 -> vague_due. 下周三同一时间再碰一次: '
                'Wednesday of next week at the time of this meeting (10:00) -> 2026-07-01 10:00.'),
         summary='3 items (bare 周三, merchant side no_owner vague); next 07-01 10:00',
         tests='plain mobile minutes; 下周三同一时间 sentence as next meeting')


case_6634()


# =============================================================================================
# Organisation D: Kessler Werkzeugmaschinen (Taicang) Co., Ltd. (German-owned machine tools), Microsoft 365
# =============================================================================================

def utc(d):
    return d.astimezone(dt.timezone.utc)


def env_kt(user_mail, when, seed):
    a, b = hxu(seed, 4), hxu(seed + 'b', 4)
    return dict(bot=BOT_KT, ret=user_mail, recv=[
        'from TYZPR06MB%s.apcprd06.prod.outlook.com (2603:1096:400:%s::9) by\r\n TYZPR06MB%s.apcprd06.prod.outlook.com with HTTPS; %s'
        % (a, hx(seed + 'v', 3), b, rdate(utc(later(when, 2)))),
        'from TYZPR06MB%s.apcprd06.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\r\n TYZPR06MB%s.apcprd06.prod.outlook.com ([fe80::%s:%s:%s:%s%%7]) with\r\n'
        ' mapi id 15.20.8722.017; %s'
        % (a, hx(seed + '1', 4), hx(seed + '2', 4), hx(seed + '3', 4), hx(seed + '4', 4), a,
           hx(seed + '1', 4), hx(seed + '2', 4), hx(seed + '3', 4), hx(seed + '4', 4), rdate(utc(later(when, 1))))])


def env_kt_ext(sender, host, ip, when, seed):
    return dict(bot=BOT_KT, ret=sender, recv=[
        'from %s (%s) by\r\n HK2PEPF0000%s.mail.protection.outlook.com (10.167.8.6) with Microsoft SMTP\r\n'
        ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.17 via\r\n Frontend Transport; %s'
        % (host, ip, hxu(seed, 4), rdate(utc(later(when, 3))))])


def P_en(name):
    """Display name as Kessler's directory shows it."""
    return P(name)


def case_6619():
    sent = T(2026, 4, 14, 16, 20, 5)
    body = D('''
        Hi all,

        Minutes of today's production weekly below.

        Attendees: Jonas Weber, Thomas Krüger, Katrin Hoffmann, Vivian Zhou, Kevin Xu, Jeff Ni

        1. Output
        - CW15: 11 machines shipped (plan 12); KT-800 #0412 held back for spindle run-in.
        - Qingming overtime (Apr 4-6) paid as per policy, no further action.

        2. Open points from last week
        - [closed] Coolant pump supplier change - done by Vivian on Apr 9.

        3. Decisions
        - Second shift for assembly line 2 approved in principle; start date depends on headcount.

        4. Action items
        AI: Kevin - re-run the spindle run-in test on KT-800 #0412 and share the vibration report - by Thursday
        AI: Vivian - chase Dingfeng for the ball screw delivery confirmation (2nd lot) - EOD
        AI: Katrin/Kevin - update the control plan for the new bed casting (Katrin lead) - by Apr 24
        AI: Thomas - send the headcount request for the 2nd shift to HR - next Monday

        Next production weekly: Tue Apr 21, 9:00, same room (Meeting Room Rhine).

        Best regards
        Thomas Krüger
        Head of Production
        Kessler Werkzeugmaschinen (Taicang) Co., Ltd.
        ''')
    raw = outlook(env_kt(R('Thomas Krüger')['email'], sent, '6619'), P('Thomas Krüger'),
                  [P('Jonas Weber'), P('Katrin Hoffmann'), P('Vivian Zhou'), P('Kevin Xu'), P('Jeff Ni')], [BOTN_KT],
                  'Minutes - Production Weekly CW16', sent, body, charset='utf-8', cte='quoted-printable', lang='en-US',
                  domain=KT, seed='6619', font='Calibri', en_body=True)
    items = [
        item('Kevin Xu', 're-run the spindle run-in test on KT-800 #0412 and share the vibration report', ('wd', 3), '2026-04-16'),
        item('Vivian Zhou', 'chase Dingfeng for the ball screw delivery confirmation (2nd lot)', ('today',), '2026-04-14'),
        item('Katrin Hoffmann', 'update the control plan for the new bed casting', ('md', 4, 24), '2026-04-24'),
        item('Thomas Krüger', 'send the headcount request for the 2nd shift to HR', ('nextwk', 0), '2026-04-20'),
    ]
    case(6619, 'kt-production-weekly-ai-lines-outlook-en', 'minutes', raw, items, fu(('md', 4, 21, '09:00'), '2026-04-21', '09:00'),
         notes=('Plain English weekly minutes, Outlook en-US utf-8 QP, sent Tue 2026-04-14. Only the \'AI:\' lines are items. Kevin = '
                'Kevin Xu, by Thursday -> 2026-04-16. Vivian = Vivian Zhou, EOD -> 2026-04-14 with no time. \'Katrin/Kevin … (Katrin '
                'lead)\' -> one item owned by Katrin Hoffmann (Kevin supports), by Apr 24 -> 2026-04-24. Thomas = Thomas Krüger (the '
                'writer), next Monday -> Monday of the following week = 2026-04-20. The [closed] open point, the Decisions and the '
                'Output facts are not items. Next production weekly Tue Apr 21, 9:00 -> 2026-04-21 09:00.'),
         summary='4 AI: items (EOD, lead of two, next Monday); next 04-21 09:00',
         tests="'AI:' lines; closed open point; first names via roster")


case_6619()


def case_6620():
    sent = T(2026, 6, 1, 19, 45, 10, off=2)
    body = D('''
        Hi Jeff, Tony, Katrin,

        thanks for the call this afternoon. Short minutes:

        Background
        - 3 customers in Jiangsu report spindle noise on KT-800 above 4,000 rpm; all machines built Feb–Mar 2026.
        - HQ test bench could reproduce it with the February bearing lot.

        Action items
        - Jeff: send the updated FEA results for the column casting by Friday
        - Tony: collect vibration data from the three customer machines by next Tuesday
        - Markus: release ECN-2026-031 (revised spindle bearing preload) by June 12
        - Katrin: incoming inspection of the first lot of new bearings once the lot arrives in Taicang

        Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

        Best regards / Viele Grüße
        Markus

        --
        Markus Brandt
        Entwicklung Hauptspindeln / Spindle Engineering
        Kessler Werkzeugmaschinen GmbH, Esslingen
        ''')
    env = env_kt_ext('markus.brandt@kessler-wzm.example.de', 'mail.kessler-wzm.example.de', '203.0.113.88', sent, '6620')
    raw = apple_mail(env, ('Markus Brandt', 'markus.brandt@kessler-wzm.example.de'),
                     [P('Jeff Ni'), P('Tony Gu'), P('Katrin Hoffmann')], [P('Jonas Weber'), BOTN_KT],
                     'Minutes: KT-800 spindle noise – engineering call 1 June', sent, body, seed='6620',
                     domain='kessler-wzm.example.de')
    items = [
        item('Jeff Ni', 'send the updated FEA results for the column casting', ('wd', 4), '2026-06-05'),
        item('Tony Gu', 'collect vibration data from the three customer machines', ('nextwk', 1), '2026-06-09'),
        item('Markus Brandt', 'release ECN-2026-031 (revised spindle bearing preload)', ('md', 6, 12), '2026-06-12'),
        item('Katrin Hoffmann', 'incoming inspection of the first lot of new bearings', None),
    ]
    case(6620, 'kt-hq-engineer-cest-next-sync-apple-mail', 'minutes', raw, items, fu(('md', 6, 9, '16:00'), '2026-06-09', '16:00'),
         notes=('Minutes from the German head office engineer on Apple Mail (utf-8 QP), Date Mon 2026-06-01 19:45 +0200 = Tue '
                '2026-06-02 01:45 in Shanghai. Resolving in Asia/Shanghai: by Friday -> 2026-06-05; by next Tuesday -> Tuesday of the '
                'following week = 2026-06-09 (both answers are the same from the German Monday). Markus = the writer Markus Brandt '
                '(roster outsider, department null), by June 12 -> 2026-06-12. Katrin\'s item waits for the bearings to arrive and has '
                'no date -> no_due. Background lines are facts. \'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)\' -> 2026-06-09 '
                '16:00 (CEST is UTC+2, so 10:00 CEST is 16:00 in Shanghai, as written).'),
         summary='4 items (writer owns one, conditional no_due); next 06-09 16:00 Beijing',
         tests='+0200 Date crossing midnight in Shanghai; CEST next sync converted; HQ outsider writer')


case_6620()


def case_6621():
    sent = T(2026, 4, 24, 16, 5, 33)
    body = D('''
        Vivian、Katrin 您好：

        感謝今日撥冗開會，會議記錄如下，如有遺漏請指正。

        # 會議記錄
        時間：2026年4月24日（週五）14:00-15:10
        地點：Teams線上會議
        與會：凱斯勒太倉 Vivian Zhou、Katrin Hoffmann；鼎鋒精密 林志豪、陳建宏

        一、會議結論
        1. 第一批滾珠螺桿（40支）中有3支導程精度超差，由鼎鋒負責換貨，運費由鼎鋒負擔。
        2. 第二批40支交期維持5月8日出貨，不再延後。

        二、待辦事項
        1. 鼎鋒：第二批滾珠螺桿（40支）於5月8日前出貨，由林志豪負責追蹤。
        2. 凱斯勒太倉：Vivian 周小姐於4月28日前回覆調整後的6-8月交期需求表。
        3. 鼎鋒品保：提供第一批不良品分析報告（8D），預計下週三。
        4. Katrin：收到換貨後完成進料檢驗並回覆結果。

        下次電話會議：4月30日（週四）下午2:00

        林志豪 Howard Lin
        業務經理
        鼎鋒精密工業股份有限公司
        TEL: +886-4-2359-6618
        ''')
    env = env_kt_ext('howard.lin@dingfeng-precision.example.com.tw', 'mail.dingfeng-precision.example.com.tw', '198.51.100.201', sent, '6621')
    raw = outlook(env, ('林志豪 Howard Lin', 'howard.lin@dingfeng-precision.example.com.tw'),
                  [P('Vivian Zhou'), P('Katrin Hoffmann')],
                  [('陳建宏', 'jh.chen@dingfeng-precision.example.com.tw'), BOTN_KT],
                  '會議記錄：滾珠螺桿交期及品質檢討（4/24）', sent, body, charset='big5', cte='base64', lang='zh-tw',
                  domain='dingfeng-precision.example.com.tw', seed='6621', font='新細明體')
    items = [
        item('林志豪', '第二批滾珠螺桿（40支）出貨', ('md', 5, 8), '2026-05-08'),
        item('Vivian Zhou', '回覆調整後的6-8月交期需求表', ('md', 4, 28), '2026-04-28'),
        item(None, '提供第一批不良品分析報告（8D）', ('nextwk', 2), '2026-04-29'),
        item('Katrin Hoffmann', '收到換貨後完成進料檢驗並回覆結果', None),
    ]
    case(6621, 'kt-taiwan-supplier-minutes-big5-outlook-zhtw', 'minutes', raw, items, fu(('md', 4, 30, '14:00'), '2026-04-30', '14:00'),
         notes=('Traditional-Chinese minutes (會議記錄) from the Taiwanese ball-screw supplier, Outlook zh-TW, charset big5 base64 '
                '(body and RFC 2047 headers), sent Fri 2026-04-24. 一、會議結論 are decisions. 二、待辦事項: #1 鼎鋒 … 由林志豪負責追蹤 -> the '
                'writer 林志豪 (roster outsider, department null); 5月8日前 -> 2026-05-08. #2 Vivian 周小姐 = Vivian Zhou; 4月28日前 -> '
                '2026-04-28. #3 鼎鋒品保 is an outside unit and names no person (陳建宏 is in Cc but not named here) -> no_owner, '
                'department null; 預計下週三 -> 2026-04-29. #4 Katrin: waits for the replacement parts, no date -> no_due. 下次電話會議 '
                '4月30日（週四）下午2:00 -> 2026-04-30 14:00.'),
         summary='4 items (outsider writer, unit no_owner 下週三, conditional no_due); next 04-30 14:00',
         tests='big5 Outlook zh-TW; traditional characters (週, 於, 預計); supplier-written minutes')


case_6621()


def case_6622():
    sent_utc = dt.datetime(2026, 5, 10, 23, 50, 33, tzinfo=dt.timezone.utc)
    body = D('''
        各位好 / Dear all,

        上周五（5月8日）EHS月度会议纪要如下。Minutes of last Friday's EHS monthly meeting below.

        一、5月检查发现 / Findings
        1. 铸件打磨区粉尘浓度检测有2个点超标。
        2. 叉车司机操作证有2人即将到期。

        二、待办事项 / Actions
        1. 沈丽 Lily：5月15日前组织叉车司机复训及证件复审。
        2. Kevin Xu：本周五前完成铸件打磨区除尘系统整改并复测。
        3. Tony Gu：3个工作日内提交客户现场服务作业JSA（高处作业部分）。
        4. HR & Admin：月底前拿出6月“安全生产月”活动方案。

        三、下次会议 / Next meeting
        下次EHS会议：6月8日（周一）上午9:00，Training Room 1。

        Thanks,
        Lily Shen 沈丽
        HR & Admin Manager
        ''')
    raw = owa(env_kt(R('Lily Shen')['email'], sent_utc, '6622'), P('Lily Shen'),
              [P('Kevin Xu'), P('Tony Gu'), P('Thomas Krüger')], [P('Jonas Weber'), BOTN_KT],
              'EHS月度会议纪要（5月）/ EHS monthly meeting minutes (May)', sent_utc, body, seed='6622')
    items = [
        item('Lily Shen', '组织叉车司机复训及证件复审', ('md', 5, 15), '2026-05-15'),
        item('Kevin Xu', '完成铸件打磨区除尘系统整改并复测', ('thiswk', 4), '2026-05-15'),
        item('Tony Gu', '提交客户现场服务作业JSA（高处作业部分）', ('wdays', 3), '2026-05-14'),
        item(None, '拿出6月安全生产月活动方案', ('monthend',), '2026-05-31', dept='HR & Admin'),
    ]
    case(6622, 'kt-ehs-minutes-owa-utc-sunday-date', 'minutes', raw, items, fu(('md', 6, 8, '09:00'), '2026-06-08', '09:00'),
         notes=('Outlook on the web (Exchange Online): Date is Sun 2026-05-10 23:50:33 +0000, i.e. Mon 2026-05-11 07:50 in Shanghai; '
                'all relative dates use the Shanghai Monday. #1 沈丽 Lily = Lily Shen, 5月15日前 -> 2026-05-15. #2 本周五前 -> Fri '
                '2026-05-15 (from the UTC Sunday it would wrongly be 05-08, already past). #3 3个工作日内 from Monday -> 05-12, 05-13, 05-14 '
                '-> 2026-05-14 (from the UTC Sunday it would be 05-13). #4 HR & Admin is a department only -> no_owner, department '
                'HR & Admin; 月底前 -> 2026-05-31. Findings are facts. 下次EHS会议 6月8日（周一）上午9:00 -> 2026-06-08 09:00.'),
         summary='4 items (UTC Sunday = Shanghai Monday for 本周五 and 3个工作日内; dept no_owner); next 06-08 09:00',
         tests='+0000 Date across midnight; bilingual headings; department-only owner')


case_6622()


def case_6623():
    sent = T(2026, 7, 15, 17, 30, 44)
    body = D('''
        Hi all,

        please find attached the minutes of today's 8D review (KT-800 spindle noise, complaint C-2026-017). Actions and due dates are in the table.

        Best regards
        Katrin

        Katrin Hoffmann
        Quality Manager | Kessler Werkzeugmaschinen (Taicang) Co., Ltd.
        ''')
    doc = make_docx([
        ('title', 'Minutes – 8D Review KT-800 Spindle Noise (C-2026-017)'),
        ('p', 'Date: 15 July 2026, 14:00–15:15, Meeting Room Rhine / Teams'),
        ('p', 'Participants: Katrin Hoffmann (lead), Jeff Ni, Tony Gu, Vivian Zhou, Kevin Xu; Markus Brandt (HQ, via Teams)'),
        ('h', 'Status'),
        ('p', 'D1 team and D2 problem description are closed. Containment at the three customer sites is ongoing.'),
        ('h', 'Actions'),
        ('table', [['No.', 'D', 'Action', 'Owner', 'Due', 'Status'],
                   ['1', 'D2', 'Problem description incl. customer data', 'Katrin Hoffmann', 'Jul 10', 'Closed'],
                   ['2', 'D3', 'Sort the remaining KT-800 spindles in stock and at the 3 customer sites', 'Tony Gu', 'Jul 17', 'Open'],
                   ['3', 'D4', 'Root cause: measure bearing preload on 10 returned spindles', 'Jeff Ni', 'Jul 24', 'Open'],
                   ['4', 'D5', 'Obtain CAPA from the bearing supplier', 'Vivian Zhou', 'end of July', 'Open'],
                   ['5', 'D6', 'Update PFMEA and the spindle assembly control plan', 'Katrin Hoffmann', 'TBD', 'Open']]),
        ('h', 'Next review'),
        ('p', 'Next 8D review: Wed 22 Jul 2026, 14:00, Meeting Room Rhine.'),
    ], author='Katrin Hoffmann')
    att = attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc,
                 '8D_Review_Minutes_2026-07-15.docx')
    raw = outlook(env_kt(R('Katrin Hoffmann')['email'], sent, '6623'), P('Katrin Hoffmann'),
                  [P('Jeff Ni'), P('Tony Gu'), P('Vivian Zhou'), P('Kevin Xu')],
                  [('Markus Brandt', 'markus.brandt@kessler-wzm.example.de'), P('Jonas Weber'), BOTN_KT],
                  '8D review KT-800 spindle noise - minutes', sent, body, charset='us-ascii', cte='7bit',
                  html_cte='quoted-printable', lang='en-US', domain=KT, seed='6623', font='Calibri', en_body=True,
                  attachments=[att])
    items = [
        item('Tony Gu', 'Sort the remaining KT-800 spindles in stock and at the 3 customer sites', ('md', 7, 17), '2026-07-17'),
        item('Jeff Ni', 'Root cause: measure bearing preload on 10 returned spindles', ('md', 7, 24), '2026-07-24'),
        item('Vivian Zhou', 'Obtain CAPA from the bearing supplier', ('monthend',), '2026-07-31'),
        item('Katrin Hoffmann', 'Update PFMEA and the spindle assembly control plan', 'vague'),
    ]
    case(6623, 'kt-8d-review-docx-attachment-outlook-en', 'minutes', raw, items, fu(('md', 7, 22, '14:00'), '2026-07-22', '14:00'),
         notes=('Outlook en-US (us-ascii text, QP html) whose body only points to the attached .docx; the minutes are the Word '
                'document. Sent Wed 2026-07-15. In the Actions table row 1 is Closed -> not an item. Tony Gu Jul 17 -> 2026-07-17; '
                'Jeff Ni Jul 24 -> 2026-07-24; Vivian Zhou end of July -> 2026-07-31; Katrin Hoffmann TBD -> vague_due. Status lines '
                'are facts. Next 8D review Wed 22 Jul 2026, 14:00 -> 2026-07-22 14:00.'),
         summary='4 items from the .docx (Closed row skipped, TBD vague); next 07-22 14:00',
         tests='English minutes only in a .docx table; Closed status row',
         attach_must=('Obtain CAPA from the bearing supplier', 'Next 8D review: Wed 22 Jul 2026, 14:00'))


case_6623()


def case_6624():
    sent = T(2026, 6, 18, 18, 5, 27)
    body = D('''
        各位好，

        今天对吴中精铸的现场审核及末次会议纪要见附件PDF（已请沈厂长确认）。明天起端午放假，节后请大家按附件中的时间推进。

        Vivian Zhou 周薇
        Supply Chain Manager
        Kessler Werkzeugmaschinen (Taicang) Co., Ltd.
        ''')
    pdf = make_pdf([
        '# 供应商现场审核末次会议纪要',
        '供应商：苏州吴中精密铸造有限公司（吴中精铸）',
        '审核日期：2026年6月18日　　地点：吴中精铸二车间会议室',
        '审核方：Vivian Zhou、Katrin Hoffmann、Kevin Xu',
        '供应商参加人员：沈建国（厂长）、刘敏（质量部）',
        '一、审核结论：有条件通过（主要不符合项2项、一般不符合项5项）。',
        '二、整改及跟进事项：',
        '1. Vivian Zhou：6月26日前发出正式审核报告。',
        '2. 吴中精铸沈建国：5个工作日内提交不符合项整改计划。',
        '3. Katrin Hoffmann：7月3日前完成床身铸件首件复检。',
        '4. Kevin Xu：节后第一个工作日组织来料隔离品处置评审。',
        '三、下次审核：整改关闭后另行安排。',
    ], '供应商现场审核末次会议纪要')
    att = attach('application/pdf', pdf, '供应商审核会议纪要_吴中精铸_20260618.pdf')
    raw = outlook(env_kt(R('Vivian Zhou')['email'], sent, '6624'), P('Vivian Zhou'),
                  [('沈建国', 'shenjg@wuzhong-casting.example.cn'), P('Katrin Hoffmann'), P('Kevin Xu')],
                  [P('Jonas Weber'), BOTN_KT], '供应商现场审核会议纪要 - 吴中精铸（6/18）', sent, body, charset='utf-8',
                  cte='base64', domain=KT, seed='6624', attachments=[att], font='微软雅黑')
    items = [
        item('Vivian Zhou', '发出正式审核报告', ('md', 6, 26), '2026-06-26'),
        item('沈建国', '提交不符合项整改计划', ('wdays', 5), '2026-06-26', mail='shenjg@wuzhong-casting.example.cn'),
        item('Katrin Hoffmann', '完成床身铸件首件复检', ('md', 7, 3), '2026-07-03'),
        item('Kevin Xu', '组织来料隔离品处置评审', ('afterhol',), '2026-06-22'),
    ]
    case(6624, 'kt-supplier-audit-pdf-attachment', 'minutes', raw, items, None,
         notes=('Outlook zh-CN (utf-8 base64) with the minutes in a PDF attachment (RFC 2231 file name); sent Thu 2026-06-18, the '
                'eve of Dragon Boat (06-19..21 off). Read the PDF: #1 6月26日前 -> 2026-06-26. #2 the supplier\'s 沈建国: not in the '
                'roster, address from the To display name, department null; 5个工作日内 from Thu: 06-22, 06-23, 06-24, 06-25, 06-26 '
                '-> 2026-06-26 (Fri 06-19 is a holiday). #3 7月3日前 -> 2026-07-03. #4 节后第一个工作日 -> Mon 2026-06-22. The audit '
                'verdict is a conclusion; 下次审核：整改关闭后另行安排 has no date -> next_followup null.'),
         summary='4 items from the PDF (supplier person via To, workdays over Dragon Boat); no next meeting',
         tests='minutes only in a PDF; external owner in To; holiday-aware 5个工作日内',
         attach_must=('5个工作日内提交不符合项整改计划', '节后第一个工作日组织来料隔离品处置评审'))


case_6624()


def case_6625():
    sent = T(2026, 7, 2, 11, 5, 19)
    body = D('''
        Hi Jonas,

        Tuesday 7 July doesn't work for me, I'm at the casting supplier all day. Could we do Wed 8 July 14:00 or Thu 9 July 10:00 instead? Either slot is fine for Vivian as well.

        I've put the minutes bot in cc so it is already in the loop when we send the minutes afterwards.

        Best regards
        Katrin

        From: Jonas Weber <jonas.weber@kessler-tc.example.com>
        Sent: Wednesday, July 1, 2026 5:48 PM
        To: Katrin Hoffmann <katrin.hoffmann@kessler-tc.example.com>; Vivian Zhou <vivian.zhou@kessler-tc.example.com>
        Subject: Q3 quality review - date?

        Hi Katrin, Vivian,

        I'd like to hold the Q3 quality review next Tuesday (7 July) at 14:00. Agenda: supplier ppm, 8D status, audit plan H2. Please confirm.

        Thanks
        Jonas
        ''')
    prev = '<000001dc%s$%s$%s$@%s>' % (hx('6625p', 4), hx('6625pb', 8), hx('6625pc', 8), KT)
    raw = outlook(env_kt(R('Katrin Hoffmann')['email'], sent, '6625'), P('Katrin Hoffmann'), [P('Jonas Weber')],
                  [P('Vivian Zhou'), BOTN_KT], 'RE: Q3 quality review - date?', sent, body, charset='us-ascii', cte='7bit',
                  html_cte='quoted-printable', lang='en-US', domain=KT, seed='6625', font='Calibri', en_body=True,
                  inreply=prev, refs=prev)
    case(6625, 'kt-other-scheduling-discussion-outlook-en', 'other', raw, [], None,
         notes=('An Outlook \'RE:\' about when to hold a meeting (Tue 7 July 14:00 proposed, Wed 8 July 14:00 or Thu 9 July 10:00 '
                'offered back), sent Thu 2026-07-02, with the bot put in Cc for later. Nothing was decided and no meeting has happened '
                '-> kind other, no items; proposed meeting times are not a next_followup (that is read only from minutes).'),
         summary='kind other, no items', tests='meeting-time negotiation mentioning the minutes bot; quoted Outlook header block')


case_6625()


def case_6626():
    sent_utc = dt.datetime(2026, 7, 23, 8, 41, 9, tzinfo=dt.timezone.utc)
    recap = '<r.202607231641.%s@%s>' % (hx('6626r', 10), KT)
    body = D('''
        Thank you for your email. I am on annual leave from 20 July to 31 July 2026 with limited access to email and will reply after my return on 3 August.
        For urgent matters please contact Katrin Hoffmann (katrin.hoffmann@kessler-tc.example.com).

        感谢来信。本人7月20日至7月31日休假，8月3日返岗后回复。如有急事请联系 Katrin Hoffmann。

        Jonas Weber
        General Manager
        ''')
    raw = owa(env_kt(R('Jonas Weber')['email'], sent_utc, '6626'), P('Jonas Weber'),
              [('纪要助手 Minutes Bot', 'minutebot+r.6636.%s@%s' % (hx('6626t', 12), KT))], None,
              'Automatic reply: 【纪要确认】装配及质量班组长会议纪要（7/23）', sent_utc, body, seed='6626', lang='en-US',
              inreply=recap, refs=recap,
              extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                     ('X-MS-Exchange-Inbox-Rules-Loop', R('Jonas Weber')['email']),
                     ('X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent')])
    case(6626, 'kt-auto-ooo-exchange-bilingual', 'auto', raw, [], None,
         notes=('Exchange Online out-of-office \'Automatic reply:\' to the bot\'s recap of 6636 (In-Reply-To the recap, To the bot\'s '
                'signed reply address), Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop. Bilingual body with dates '
                '(20 July to 31 July, 3 August) and a delegate -> kind auto, no items, never answered.'),
         summary='kind auto (out of office)', tests='Exchange OOO with dates and a delegate')


case_6626()


def case_6635():
    sent = T(2026, 4, 28, 18, 15, 2)
    body = D('''
        All,

        Notes from today's KT-1200 assembly line kick-off. Actions by person:

        Thomas:
        - finalize the shift plan for assembly line 2 by Apr 30
        - (1) order two additional torque wrenches; (2) arrange calibration of all torque tools - both by May 8

        Vivian:
        - confirm the casting delivery schedule (beds and columns) with Wuzhong by Wednesday

        Lily:
        - book the training room for operator training in the week of May 11

        Jeff:
        - nothing new, continues with the fixture design as planned

        Next meeting: Thursday, May 7
        10:00-11:00, Meeting Room Rhine

        Regards
        Jonas
        ''')
    raw = outlook(env_kt(R('Jonas Weber')['email'], sent, '6635'), P('Jonas Weber'),
                  [P('Thomas Krüger'), P('Vivian Zhou'), P('Lily Shen'), P('Jeff Ni')], [P('Kevin Xu'), BOTN_KT],
                  'KT-1200 assembly line kick-off - notes & actions', sent, body, charset='utf-8', cte='quoted-printable',
                  lang='en-US', domain=KT, seed='6635', font='Calibri', en_body=True)
    items = [
        item('Thomas Krüger', 'finalize the shift plan for assembly line 2', ('md', 4, 30), '2026-04-30'),
        item('Thomas Krüger', 'order two additional torque wrenches', ('md', 5, 8), '2026-05-08'),
        item('Thomas Krüger', 'arrange calibration of all torque tools', ('md', 5, 8), '2026-05-08'),
        item('Vivian Zhou', 'confirm the casting delivery schedule (beds and columns) with Wuzhong', ('wd', 2), '2026-04-29'),
        item('Lily Shen', 'book the training room for operator training', 'vague'),
    ]
    case(6635, 'kt-kickoff-grouped-by-person-en', 'minutes', raw, items, fu(('md', 5, 7, '10:00'), '2026-05-07', '10:00'),
         notes=('English notes grouped by person (Outlook en-US, utf-8 QP), sent Tue 2026-04-28 by the general manager. Thomas = Thomas '
                'Krüger: by Apr 30 -> 2026-04-30; \'(1) … ; (2) … - both by May 8\' -> two items, each 2026-05-08. Vivian: by Wednesday '
                '-> 2026-04-29. Lily: \'in the week of May 11\' names a week, not a day -> due null, vague_due (AMBIGUOUS: one could '
                'record 2026-05-11 or the week\'s end; like 11月中旬 it is a period). Jeff has nothing new -> no item. Next meeting is '
                'split over two lines, \'Thursday, May 7\' then \'10:00-11:00\' -> 2026-05-07 10:00.'),
         summary='5 items ((1)(2) split, week-of vague); next 05-07 10:00 (day and time on two lines)',
         tests='grouped by person in English; (1)(2) sub-tasks sharing one deadline; next meeting over two lines')


case_6635()


def case_6636():
    sent = T(2026, 7, 23, 16, 40, 25)
    body = D('''
        各位：

        今天班组长会议纪要如下：

        一、装配车间
        1. 本月底前完成KT-800主轴装配工装点检（Kevin负责）。
        2. 下周一前更新装配作业指导书SOP-A-012（顾工）。

        二、质量
        3. Katrin：7月28日前完成装配车间6S审核。
        4. 7月份一次交检合格率96.1%，环比提升1.3个百分点。

        下次会议：7月30日（周四）9:00，Rhine会议室。

        Kevin Xu 徐凯
        生产主管 Production Supervisor
        ''')
    raw = outlook(env_kt(R('Kevin Xu')['email'], sent, '6636'), P('Kevin Xu'),
                  [P('Thomas Krüger'), P('Tony Gu'), P('Katrin Hoffmann')], [P('Jonas Weber'), BOTN_KT],
                  '装配及质量班组长会议纪要（7/23）', sent, body, charset='gb2312', cte='base64', domain=KT, seed='6636')
    items = [
        item('Kevin Xu', '完成KT-800主轴装配工装点检', ('monthend',), '2026-07-31'),
        item('Tony Gu', '更新装配作业指导书SOP-A-012', ('nextwk', 0), '2026-07-27'),
        item('Katrin Hoffmann', '完成装配车间6S审核', ('md', 7, 28), '2026-07-28'),
    ]
    case(6636, 'kt-team-leaders-minutes-gb2312-plain', 'minutes', raw, items, fu(('md', 7, 30, '09:00'), '2026-07-30', '09:00'),
         notes=('Plain Chinese minutes at the German-owned plant, Outlook zh-CN gb2312 base64 (the To display name Krüger is '
                'written in GB2312, which has ü), sent Thu 2026-07-23. #1 （Kevin负责） = Kevin Xu, 本月底前 -> 2026-07-31. #2 （顾工） = '
                'Tony Gu (alias 顾工), 下周一前 -> 2026-07-27. #3 Katrin, 7月28日前 -> 2026-07-28. #4 is a figure, not an item. 下次会议 '
                '7月30日（周四）9:00 -> 2026-07-30 09:00.'),
         summary='3 items (bracketed owners, 顾工 alias); next 07-30 09:00',
         tests='owner in brackets after the task; English names and Chinese titles; gb2312')


case_6636()

CLIENTS = {
    6601: ('Coremail XT5 webmail', 'GBK', 'base64', 'multipart/alternative'),
    6602: ('Foxmail 7.2', 'gb2312', 'base64', 'multipart/alternative'),
    6603: ('Outlook 2016 zh-CN', 'gb2312', 'quoted-printable', 'multipart/alternative (Excel table)'),
    6604: ('Outlook zh-CN (转发)', 'gb2312 label, GBK bytes', 'base64', 'multipart/alternative'),
    6605: ('DingTalk mail (Alibaba Mail)', 'UTF-8', 'base64', 'text/html only'),
    6606: ('Foxmail 7.2', 'GBK', 'base64', 'text/plain only'),
    6607: ('DingTalk mail (Alibaba Mail)', 'UTF-8', 'base64', 'multipart/alternative'),
    6608: ('Outlook zh-CN', 'UTF-8', 'quoted-printable', 'multipart/alternative (table)'),
    6609: ('Outlook en-US (Microsoft 365, Korea)', 'us-ascii', '7bit + QP', 'multipart/alternative'),
    6610: ('Outlook zh-CN, GB18030 chosen', 'gb18030', 'base64', 'multipart/mixed + .docx'),
    6611: ('Feishu mail', 'UTF-8', 'base64', 'text/html only'),
    6612: ('Thunderbird', 'UTF-8', '8bit', 'text/plain; format=flowed'),
    6613: ('Gmail web (Google Workspace)', 'UTF-8', 'quoted-printable', 'multipart/alternative'),
    6614: ('NetEase Mail Master PC', 'UTF-8', 'base64', 'multipart/alternative (tab-separated text)'),
    6615: ('Apple Mail (macOS)', 'utf-8', 'quoted-printable', 'multipart/alternative, quoted thread'),
    6616: ('Feishu mail', 'UTF-8', 'base64', 'multipart/alternative'),
    6617: ('iPhone Mail', 'utf-8', 'quoted-printable', 'text/plain only'),
    6618: ('Feishu system notification', 'UTF-8', 'base64', 'multipart/alternative'),
    6619: ('Outlook en-US (Microsoft 365)', 'utf-8', 'quoted-printable', 'multipart/alternative'),
    6620: ('Apple Mail (Germany, +0200)', 'utf-8', 'quoted-printable', 'multipart/alternative'),
    6621: ('Outlook zh-TW (Taiwan)', 'big5', 'base64', 'multipart/alternative'),
    6622: ('Outlook on the web (Date +0000)', 'utf-8', 'base64', 'multipart/alternative'),
    6623: ('Outlook en-US', 'us-ascii', '7bit + QP', 'multipart/mixed + .docx'),
    6624: ('Outlook zh-CN', 'utf-8', 'base64', 'multipart/mixed + PDF'),
    6625: ('Outlook en-US (RE:)', 'us-ascii', '7bit + QP', 'multipart/alternative'),
    6626: ('Exchange Online auto-reply', 'utf-8', 'base64', 'multipart/alternative'),
    6627: ('NetEase Mail Master iOS', 'UTF-8', 'base64', 'multipart/alternative'),
    6628: ('126.com webmail (Coremail)', 'UTF-8', 'base64', 'multipart/alternative'),
    6629: ('Coremail XT5 webmail', 'UTF-8', 'quoted-printable', 'text/plain only'),
    6630: ('Outlook zh-CN', 'utf-8', 'base64', 'multipart/alternative'),
    6631: ('Outlook zh-CN', 'utf-8', 'base64', 'multipart/alternative (Word table)'),
    6632: ('企业微信邮箱 (Tencent Exmail)', 'utf-8', 'base64', 'multipart/alternative'),
    6633: ('Outlook for Mac', 'UTF-8', 'quoted-printable', 'multipart/alternative (table)'),
    6634: ('Outlook for iOS', 'utf-8', 'base64', 'multipart/alternative'),
    6635: ('Outlook en-US', 'utf-8', 'quoted-printable', 'multipart/alternative'),
    6636: ('Outlook zh-CN', 'gb2312', 'base64', 'multipart/alternative'),
    6637: ('Coremail XT5 webmail', 'GBK', 'base64', 'multipart/alternative'),
    6638: ('Coremail bounce (postmaster)', 'UTF-8 / us-ascii', 'base64 / 7bit', 'multipart/report'),
}


def readme():
    kinds = {}
    for c in CASES:
        kinds[c['kind']] = kinds.get(c['kind'], 0) + 1
    rows = []
    for c in sorted(CASES, key=lambda c: c['num']):
        cl = CLIENTS[c['num']]
        rows.append('| %d-%s | %s | %s | %s; %s, %s %s |' % (
            c['num'], c['slug'], c['kind'], c['summary'].replace('|', '/'), c['tests'].replace('|', '/'),
            cl[0], cl[1], cl[2]))
    return README_TEXT.format(
        n=len(CASES), minutes=kinds.get('minutes', 0), other=kinds.get('other', 0), auto=kinds.get('auto', 0),
        table='\n'.join(rows))


README_TEXT = """# heldout38: blind held-out set for minutebot (cases 6601-6638)

{n} raw messages (`NNNN-slug.eml`, the bytes the receiving server stored, CRLF line ends, with Return-Path /
Delivered-To / Received added by that server) and their gold answers (`NNNN-slug.json`), the roster (`roster.csv`)
and the deterministic generator `make_heldout38.py` (no clock, no randomness). Counts: minutes {minutes}, other {other},
auto {auto}, reply 0. All send dates are April-July 2026.

    python3 make_heldout38.py           # rewrite every file
    python3 make_heldout38.py --check   # validate (needs chinesecalendar, python-docx, pypdf, reportlab)

`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header), decodes every text part
strictly with its declared charset, confirms the files equal what the generator builds, checks the gold shape, that
every owner address is in the roster or in the message's From/To/Cc, reads the .docx/.pdf attachments, and recomputes
every gold date and time from the message's own Date header converted to Asia/Shanghai, with chinesecalendar for
working days, holidays and make-up working days. Each gold date is written twice in the generator, by hand and as a
rule (weekday, 下周X, N个工作日内, 月底, 节后第一个工作日, ...), and the two must agree.

The gold follows the corpus README schema exactly (kind, items[owner_name, owner_email, department, task, due_date,
due_time, flags], next_followup, reply, notes). Every case's `notes` explains what it tests and why the gold is what
it is; debatable choices are marked AMBIGUOUS there (6604, 6607, 6635).

## Calendar used (chinesecalendar 2026)
- Qingming: Sat 04-04 .. Mon 04-06 off (no make-up day).
- Labour Day: Fri 05-01 .. Tue 05-05 off; Sat 05-09 is a make-up working day.
- Dragon Boat: Fri 06-19 .. Sun 06-21 off (no make-up day).

## Organisations
One roster covers four organisations; each runs its own bot mailbox (`minutebot@<its domain>`, display names 纪要助手,
会议纪要助手, 纪要机器人, Minutes Bot). A scorer's config should list all four domains in `allowed_domains`; mail from
outsiders must still be parsed.

| org | domain | kind | mail system | departments in the roster |
| --- | --- | --- | --- | --- |
| 南宁邕通路桥建设集团有限公司 | ytlq.example.cn | state-owned highway construction group, Nanning | Coremail (webmail, Foxmail, Outlook, Mail Master) | 公司领导, 工程管理部, 综合办公室, 安全质量部, 计划合同部, 物资设备部, 财务部, 第三项目经理部 |
| 宜宾川膜新材料科技有限公司 | chuanmo.example.cn | private lithium-battery separator maker, Yibin | DingTalk / Alibaba Mail (also Foxmail, Outlook) | 总经办, 生产部, 工艺技术部, 质量部, 设备部, 采购部, 销售部, 仓储物流部, EHS部, 人事行政部 |
| 深圳澜汇数字科技有限公司 | lanhui.example.cn | payments fintech, Shenzhen | Feishu mail (also Thunderbird, Apple Mail, Mail Master, Outlook for Mac/iOS, iPhone) | 研发中心, 支付产品部, 风控部, 合规部, 运营部, 质量保障部, 客户成功部 |
| Kessler Werkzeugmaschinen (Taicang) Co., Ltd. 凯斯勒机床（太仓） | kessler-tc.example.com | German-owned machine-tool plant, Taicang; German and Chinese staff write English and Chinese | Microsoft 365 (Outlook, OWA) | Management, Production, Quality, Supply Chain, Engineering, Service, HR & Admin |

Outsiders who write minutes are in the roster with an empty department and manager: 李堃 (隆安县交通运输局, a county
transport bureau, via a forward), 黄振宇 (桂恒工程监理, supervising engineer, 126.com), 周凯 (蜀能电池, a customer),
Park Ji-hoon (Hanul Coating Systems, Korean equipment vendor), Priya Nair (Meridian Pay, Singapore partner),
Markus Brandt (Kessler head office, Esslingen, Germany), 林志豪 Howard Lin (鼎鋒精密, Taiwanese supplier).
Other outsiders who only own items (李伟, Kim Seo-yeon, Daniel Tan, 李娟, 沈建国) are resolved from the To/Cc display
name, department null.

## Conventions applied beyond the corpus README (a scorer must know them)
1. Outsiders listed in the roster have no department: their items carry department null and the roster address.
2. Department-only owners give department = that unit only when it is one of the sending organisation's own
   departments in the roster (财务部, 质量部, 运营部, 人事行政部, HR & Admin...). Several units, another organisation's
   units, teams that are no roster department (各项目经理部, 运维组, 鼎鋒品保, 商户方, both teams, 双方) -> department null.
3. `X节放假前` / 节前 = the last working day before that holiday block (端午节放假前 -> 2026-06-18).
4. `下班前` with a date (4月3日下班前, 今天下班前) and `EOD` give the date with due_time null.
5. A named period is vague, not a date: 5月上旬, 8月上旬, "in the week of May 11" -> due null, vague_due (like 11月中旬).
6. A deadline tied to an event with no date (等质量部放行后, once the lot arrives, 收到換貨後) -> due null, no_due.
7. `下周X同一时间` / "same time" = the time at which the current meeting started, as stated in the same mail.
8. A next meeting given in another zone with its Beijing equivalent (KST, SGT, CEST) is recorded in Asia/Shanghai
   time. A Date header in another zone is converted to Asia/Shanghai before any relative phrase is resolved, also when
   the writer is abroad (6620, 6622, 6626; 6609 and 6620 were written so that both readings agree on every item).
9. AI-generated minutes (钉钉AI听记, 飞书智能纪要, 腾讯会议智能纪要): only the 待办 section gives items; 摘要/总结, 章节,
   发言人观点 never do, and none of them gives a next meeting here.
10. Minutes carried only in an attachment (.docx, .pdf) are extracted from the attachment, as a person opening it would.
11. "A/B … (A lead)", "(Tina to support)", "X牵头，Y配合" -> only the lead is the owner.
12. A short recurring meeting stated with a day and a time (明早8:30继续站会) is a next_followup (6607, AMBIGUOUS).
13. In new minutes, a line that closes an older item (上周第2项…已完成，关闭; `- [x]`) is status, not an item.
14. A newsletter a person wrote and sent to an all-staff group (no List-Id, no Precedence, no Auto-Submitted) is kind
    other; system notices and bounces (Auto-Submitted / Precedence bulk / MAILER-DAEMON-like senders) are auto.
15. Charset labels are read as real clients read them: gb2312 as GBK (6604 carries the GBK-only 堃 under a gb2312 label).
16. New minutes sent as `Re:` in an old minutes thread are kind minutes; the quoted old minutes are not extracted.

## Client and encoding notes
- Header names and display names are RFC 2047 encoded in the message charset as the client does (gb2312/GBK/big5/utf-8,
  B-encoding); non-ASCII attachment names use RFC 2231 (`filename*=charset''...`).
- Line ends are CRLF; every line is under 998 octets; the 8bit case (6612) is UTF-8.
- The .docx files are built with python-docx and re-zipped with fixed timestamps; the PDF is built with reportlab
  (`invariant=1`, CID font STSong-Light) and its text is extractable.
- Message-IDs, boundaries, Received ids and IPs are deterministic (hashes of the case number); IPv4 addresses come from
  private and documentation ranges; all organisation domains are under `.example.*` (the one free-mail writer uses
  126.com). No case is a reply, so there are no reply intents.

## Cases

| case | kind | gold summary | what it tests; client, charset, transfer encoding |
| --- | --- | --- | --- |
{table}
"""


# =============================================================================================
# Output and --check
# =============================================================================================

GOLD_KEYS = ['kind', 'items', 'next_followup', 'reply', 'notes']
ITEM_KEYS = ['owner_name', 'owner_email', 'department', 'task', 'due_date', 'due_time', 'flags']


def gold_of(c):
    items = [{k: it[k] for k in ITEM_KEYS} for it in c['items']]
    f = c['followup']
    return {'kind': c['kind'], 'items': items,
            'next_followup': None if f is None else {'date': f['date'], 'time': f['time']},
            'reply': None, 'notes': c['notes']}


def fname(c, ext):
    return os.path.join(HERE, '%d-%s.%s' % (c['num'], c['slug'], ext))


def sent_of(msg):
    return msg['Date'].datetime.astimezone(SH)


def walk_defects(msg):
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append('%s: %r' % (part.get_content_type(), part.defects))
        for k, v in part.items():
            d = getattr(v, 'defects', ())
            if d:
                problems.append('header %s: %r' % (k, d))
    return problems


def decode_text_parts(msg):
    """Every text/* part must decode strictly with its declared charset (gb2312 read as GBK)."""
    problems, texts = [], []
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        data = part.get_payload(decode=True)
        cs = part.get_content_charset() or 'us-ascii'
        try:
            texts.append(data.decode(codec(cs)))
        except (UnicodeDecodeError, KeyError) as e:
            problems.append('%s charset %s: %s' % (part.get_content_type(), cs, e))
    return problems, texts


def attachment_texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.endswith('wordprocessingml.document'):
            import docx
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for row in tb.rows:
                    t.append('\t'.join(c.text for c in row.cells))
            out.append('\n'.join(t))
        elif ct == 'application/pdf':
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
            out.append('\n'.join(p.extract_text() for p in r.pages))
    return out


def check_rules(c, sent, gold):
    errs = []
    for i, (it, g) in enumerate(zip(c['items'], gold['items'])):
        rule = it['_rule']
        if rule is None:
            if g['due_date'] is not None or g['due_time'] is not None:
                errs.append('item %d: no rule but a date in gold' % (i + 1))
            continue
        d, t = resolve(rule, sent)
        if (d.isoformat(), t) != (g['due_date'], g['due_time']):
            errs.append('item %d: rule %r from %s gives %s %s, gold %s %s'
                        % (i + 1, rule, sent.isoformat(), d, t, g['due_date'], g['due_time']))
        if d.year != 2026:
            errs.append('item %d: date outside 2026' % (i + 1))
    f = c['followup']
    if f is not None:
        d, t = resolve(f['_rule'], sent)
        gf = gold['next_followup']
        if gf is None or (d.isoformat(), t) != (gf['date'], gf['time']):
            errs.append('next_followup: rule %r gives %s %s, gold %r' % (f['_rule'], d, t, gf))
    elif gold['next_followup'] is not None:
        errs.append('next_followup in gold but none in the case')
    return errs


def check_gold_shape(gold):
    errs = []
    if list(gold.keys()) != GOLD_KEYS:
        errs.append('gold keys %r' % list(gold.keys()))
    if gold['kind'] not in ('minutes', 'reply', 'other', 'auto'):
        errs.append('bad kind')
    if gold['kind'] != 'minutes' and (gold['items'] or gold['next_followup']):
        errs.append('items/next_followup on a non-minutes case')
    for i, it in enumerate(gold['items']):
        if list(it.keys()) != ITEM_KEYS:
            errs.append('item %d keys' % (i + 1))
        fl = it['flags']
        if not set(fl) <= {'no_owner', 'vague_due', 'no_due'}:
            errs.append('item %d flags %r' % (i + 1, fl))
        if ('no_owner' in fl) != (it['owner_name'] is None):
            errs.append('item %d no_owner flag vs owner' % (i + 1))
        if ('vague_due' in fl or 'no_due' in fl) != (it['due_date'] is None):
            errs.append('item %d due flags vs date' % (i + 1))
        if 'vague_due' in fl and 'no_due' in fl:
            errs.append('item %d both vague_due and no_due' % (i + 1))
        if it['due_time'] is not None and it['due_date'] is None:
            errs.append('item %d time without date' % (i + 1))
        if it['owner_name'] is None and it['owner_email'] is not None:
            errs.append('item %d email without owner' % (i + 1))
    return errs


def message_addresses(msg):
    out = set()
    for h in ('From', 'To', 'Cc'):
        v = msg.get(h)
        if v is not None:
            for a in v.addresses:
                out.add(a.addr_spec.lower())
    return out


def check_owner_resolution(gold, msg):
    errs = []
    roster_mails = {p['email'].lower() for p in ROSTER}
    addrs_ = message_addresses(msg)
    depts = {p['department'] for p in ROSTER if p['department']}
    for i, it in enumerate(gold['items']):
        m = it['owner_email']
        if m and m.lower() not in roster_mails and m.lower() not in addrs_:
            errs.append('item %d: %s neither in the roster nor in From/To/Cc' % (i + 1, m))
        if m and m.lower() in roster_mails:
            p = [p for p in ROSTER if p['email'].lower() == m.lower()][0]
            if p['name'] != it['owner_name'] or (p['department'] or None) != it['department']:
                errs.append('item %d: roster name/department mismatch' % (i + 1))
        if it['department'] is not None and it['department'] not in depts:
            errs.append('item %d: department %s not in roster' % (i + 1, it['department']))
    return errs


def check_roster():
    errs = []
    seen = {}
    for p in ROSTER:
        keys = [p['name']] + [a for a in p['aliases'].split(';') if a]
        for k in keys:
            kl = k.lower()
            if kl in seen and seen[kl] != p['email']:
                errs.append('alias %s used for %s and %s' % (k, seen[kl], p['email']))
            seen[kl] = p['email']
        if p['manager_email'] and p['manager_email'] not in {q['email'] for q in ROSTER}:
            errs.append('manager of %s unknown' % p['email'])
    return errs


def write_all():
    for c in CASES:
        raw = c['raw']
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = sent_of(msg)
        gold = gold_of(c)
        errs = check_rules(c, sent, gold) + check_gold_shape(gold)
        if errs:
            raise SystemExit('case %d: %s' % (c['num'], '; '.join(errs)))
        with open(fname(c, 'eml'), 'wb') as f:
            f.write(raw)
        with open(fname(c, 'json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write('\n')
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for p in ROSTER:
            w.writerow([p['name'], p['email'], p['department'], p['manager_email'], p['aliases']])
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme())
    print('wrote %d cases to %s' % (len(CASES), HERE))


def check_all():
    errs = []
    nums = [c['num'] for c in CASES]
    if nums != list(range(6601, 6639)):
        errs.append('case numbers are not 6601..6638: %r' % nums)
    expected = {os.path.basename(fname(c, e)) for c in CASES for e in ('eml', 'json')}
    present = {n for n in os.listdir(HERE) if n.endswith('.eml') or n.endswith('.json')}
    if expected != present:
        errs.append('file set differs: missing %r extra %r' % (sorted(expected - present), sorted(present - expected)))
    errs += ['roster: ' + e for e in check_roster()]
    kinds = {}
    for c in CASES:
        tag = 'case %d' % c['num']
        try:
            raw = open(fname(c, 'eml'), 'rb').read()
            gold = json.load(open(fname(c, 'json'), encoding='utf-8'))
        except OSError as e:
            errs.append('%s: %s' % (tag, e))
            continue
        kinds[gold['kind']] = kinds.get(gold['kind'], 0) + 1
        if raw != c['raw']:
            errs.append('%s: .eml differs from what the generator builds (re-run without --check)' % tag)
        if gold != gold_of(c):
            errs.append('%s: .json differs from what the generator builds' % tag)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        errs += ['%s: defect %s' % (tag, p) for p in walk_defects(msg)]
        probs, texts = decode_text_parts(msg)
        errs += ['%s: %s' % (tag, p) for p in probs]
        if not texts:
            errs.append('%s: no text part' % tag)
        for need in ('Date', 'From', 'Message-ID', 'Return-Path', 'Delivered-To', 'Received'):
            if msg[need] is None:
                errs.append('%s: missing %s' % (tag, need))
        if b'\r\n' not in raw or b'\n' in raw.replace(b'\r\n', b''):
            errs.append('%s: line endings are not CRLF throughout' % tag)
        if any(len(l) > 998 for l in raw.split(b'\r\n')):
            errs.append('%s: line longer than 998 octets' % tag)
        sent = sent_of(msg)
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            errs.append('%s: Date %s outside April-July 2026' % (tag, sent))
        errs += ['%s: %s' % (tag, e) for e in check_gold_shape(gold)]
        errs += ['%s: %s' % (tag, e) for e in check_rules(c, sent, gold)]
        errs += ['%s: %s' % (tag, e) for e in check_owner_resolution(gold, msg)]
        for need in c.get('attach_must', ()):
            if not any(need in t for t in attachment_texts(msg)):
                errs.append('%s: attachment text lacks %r' % (tag, need))
    if errs:
        print('\n'.join(errs))
        print('CHECK FAILED: %d problem(s)' % len(errs))
        return 1
    print('check ok: %d cases (%s), every .eml parses without defects, every text part decodes, '
          'every gold date recomputed from the Date header (Asia/Shanghai, chinesecalendar %s)'
          % (len(CASES), ', '.join('%s %d' % kv for kv in sorted(kinds.items())), cc.__version__))
    return 0


if __name__ == '__main__':
    CASES.sort(key=lambda c: c['num'])
    if [a for a in sys.argv[1:] if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        HERE = [a for a in sys.argv[1:] if not a.startswith("--")][0]
        os.makedirs(HERE, exist_ok=True)
        write_all()
        sys.exit(check_all())
    if '--check' in sys.argv[1:]:
        sys.exit(check_all())
    write_all()
