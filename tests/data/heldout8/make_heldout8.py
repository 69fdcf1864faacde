#!/usr/bin/env python3
"""heldout8: blind held-out test set for minutebot (cases 1301-1341).

    /work/blind/venv/bin/python make_heldout8.py [OUTDIR]      # write .eml/.json pairs, roster.csv (default: here)
    /work/blind/venv/bin/python make_heldout8.py --check [DIR] # re-validate: recompute every gold date with
                                                              # chinese_calendar, compare the .json on disk with a
                                                              # fresh build, parse every .eml, check schema
Deterministic: no clock, no randomness. MIME/header helpers adapted from the dev corpus's make_corpus.py.
Every working-day / holiday date is computed with chinese_calendar (2025 and 2026 only); the 2027 cases use only
calendar-independent phrases (absolute dates, weekdays, month ends), because no official 2027 schedule is known here.
"""
import base64
import binascii
import csv
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
import zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
D = dt.date


def is_workday(d):
    if d.year > 2026:
        raise AssertionError("no official calendar for %d: do not use working-day phrases" % d.year)
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def first_workday_after(d):
    """节后第一个工作日: the first working day after the holiday block containing (or following) d."""
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def last_workday_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


CHECKS = []


def expect(actual, iso, what):
    """Guard: the hand-written gold date must equal the computed one."""
    CHECKS.append(what)
    if actual != D.fromisoformat(iso):
        raise AssertionError(f"{what}: computed {actual}, gold {iso}")


WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ts(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60,
                                                      mins % 60)


def sh(t):
    return t.astimezone(TZ8)


# --------------------------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------------------------
ORGS = {
    "hy": ("hengyue-auto.example.cn", ("纪要助手", "jiyao@hengyue-auto.example.cn")),
    "lj": ("lanjiang-media.example.cn", ("会议纪要助手", "jiyao@lanjiang-media.example.cn")),
    "hx": ("hexu-wy.example.cn", ("待办小助手", "daiban@hexu-wy.example.cn")),
    "qy": ("qiyunpay.example.cn", ("Minutes Bot", "minutebot@qiyunpay.example.cn")),
}
DOM, BOT = ORGS["hy"]


def use_org(key):
    global DOM, BOT
    DOM, BOT = ORGS[key]


ROSTER = [
    # org, name, local part, department, is_head, aliases
    ("hy", "孙立国", "sunliguo", "总经办", True, "孙总;Sun Liguo;Mr. Sun"),
    ("hy", "高云峰", "gaoyunfeng", "质量部", True, "高工;高部长;Gao Yunfeng;Mr. Gao;Yunfeng Gao"),
    ("hy", "崔明哲", "cuimingzhe", "质量部", False, "崔工;Cui Mingzhe;Mingzhe Cui;Mr. Cui"),
    ("hy", "刘佳", "liujia", "项目部", True, "刘经理;Liu Jia;Jia Liu;Ms. Liu;Jia"),
    ("hy", "王海涛", "wanghaitao", "生产部", True, "王部长;Wang Haitao;Haitao Wang;Mr. Wang"),
    ("hy", "范成", "fancheng", "生产部", False, "小范;Fan Cheng"),
    ("hy", "赵婷婷", "zhaotingting", "物流部", True, "赵经理;Zhao Tingting;Tina Zhao;Tina;Mrs. Zhao"),
    ("lj", "周建平", "zhoujianping", "总编室", True, "周主任;周总编;Zhou Jianping"),
    ("lj", "宋雅琴", "songyaqin", "总编室", False, "小宋;雅琴;Song Yaqin"),
    ("lj", "何晓东", "hexiaodong", "新闻采编部", True, "何主编;何老师;老何;He Xiaodong"),
    ("lj", "杜可", "duke", "新闻采编部", False, "小杜;Du Ke"),
    ("lj", "唐志远", "tangzhiyuan", "视频部", True, "唐主任;老唐;Tang Zhiyuan"),
    ("lj", "马骁", "maxiao", "视频部", False, "小马;Ma Xiao"),
    ("lj", "钱文静", "qianwenjing", "新媒体运营部", True, "钱老师;钱主任;Qian Wenjing"),
    ("lj", "林雨桐", "linyutong", "新媒体运营部", False, "小林;雨桐;Lin Yutong"),
    ("lj", "郑凯", "zhengkai", "技术保障部", True, "郑工;郑主任;Zheng Kai"),
    ("hx", "冯国强", "fengguoqiang", "综合办", True, "冯经理;老冯;Feng Guoqiang"),
    ("hx", "田秀兰", "tianxiulan", "客服部", True, "田姐;田主管;Tian Xiulan"),
    ("hx", "韩雪", "hanxue", "客服部", False, "小韩;Han Xue"),
    ("hx", "邓志刚", "dengzhigang", "工程部", True, "邓工;邓主管;Deng Zhigang"),
    ("hx", "石磊", "shilei", "秩序维护部", True, "石队;石队长;Shi Lei"),
    ("hx", "包雯", "baowen", "环境部", True, "包主管;包姐;Bao Wen"),
    ("qy", "叶子涵", "yezihan", "产品部", True, "Zoe;Zoe Ye;@zoe;子涵"),
    ("qy", "陆一鸣", "luyiming", "研发部", True, "Eric;Eric Lu;陆总;@eric"),
    ("qy", "徐嘉诚", "xujiacheng", "研发部", False, "Kai;Kai Xu;嘉诚;@kai"),
    ("qy", "方晴", "fangqing", "研发部", False, "Sunny;Sunny Fang;@sunny"),
    ("qy", "潘浩", "panhao", "研发部", False, "Hao;Hao Pan;浩哥;@panhao"),
    ("qy", "蒋梦瑶", "jiangmengyao", "风控合规部", True, "Mia;Mia Jiang;@mia"),
    ("qy", "许佳怡", "xujiayi", "风控合规部", False, "Jenny;Jenny Xu;@jenny"),
]
P = {}
_heads = {(o, dep): local for o, name, local, dep, head, _ in ROSTER if head}
for o, name, local, dep, head, aliases in ROSTER:
    dom = ORGS[o][0]
    P[name] = {"name": name, "email": f"{local}@{dom}", "department": dep,
               "manager_email": "" if head else f"{_heads[(o, dep)]}@{dom}", "aliases": aliases}

# people outside the roster: customers, partners, staff without a roster entry
EXT = {
    "Jürgen Backhaus": "juergen.backhaus@nordwerk-automobil.example.de",
    "Katrin Vogel": "katrin.vogel@nordwerk-automobil.example.de",
    "Stefan Krämer": "stefan.kraemer@nordwerk-automobil.example.de",
    "罗永庆": "1739285460@qq.com",
    "彭海鸥": "penghaiou_pl@163.com",
    "陈蔚": "chenwei@dqhbank.example.cn",
}


def who(name):
    if name in P:
        return (name, P[name]["email"])
    if name == BOT[0]:
        return BOT
    return (name, EXT[name])


def item(owner, task, due=None, time=None, flags=(), department=None, email=None):
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags)}


def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}


def fu(date, time=None):
    return {"date": date, "time": time}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


# --------------------------------------------------------------------------------------------------------------
# Header encoding (RFC 2047), done by hand so the charset label can differ from the codec, as in real mail
# --------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
    """Split text into whole-character encoded-words, each at most `limit` chars long."""
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B", prefix=""):
    """An unstructured header value (Subject): ASCII stays as is, the rest becomes encoded-words."""
    if all(ord(c) < 128 for c in text):
        return prefix + text
    return prefix + "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*who(p) if isinstance(p, str) else p, label=label, mode=mode, quote=quote)
                    for p in people)


# --------------------------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------------------------
def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit", "binary"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    """A single MIME part with an already transfer-encoded payload (crlf: CRLF inside base64, as Windows clients)."""
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v) if ct_quote else "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf and cte == "base64":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body, mime_version=True, mime_after=None):
    """Top-level message: the given headers in order, then the body part's own headers and payload."""
    top = Message()
    placed = False
    for k, v in headers:
        top[k] = v
        if mime_after and k == mime_after and mime_version:
            top["MIME-Version"] = "1.0"
            placed = True
    if mime_version and not placed:
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload  # raw: keeps 8bit surrogate escapes
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top


def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def thread_index(seed, parent_seed=None):
    """Outlook Thread-Index: 22 bytes (0x01 + FILETIME-ish + GUID), plus a 5-byte child block per reply."""
    if parent_seed:
        raw = base64.b64decode(thread_index(parent_seed)) + hashlib.sha256(seed.encode()).digest()[:5]
    else:
        raw = b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:20]
    return base64.b64encode(raw).decode()


def received(t, frm_host, frm_ip, rcpt=None, seed="x"):
    rcpt = rcpt or BOT[1]
    t2 = t + dt.timedelta(seconds=3)
    helo, rdns = frm_host if isinstance(frm_host, tuple) else (frm_host, frm_host)
    return ("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id 4X%s\n\tfor <%s>; %s (CST)"
            % (helo, rdns, frm_ip, DOM, hx(seed, 9).upper(), rcpt, rfc_date(sh(t2))))


def delivery(t, sender_email, frm_host, frm_ip, seed):
    return [("Return-Path", "<%s>" % sender_email), ("Delivered-To", BOT[1]),
            received(t, frm_host, frm_ip, seed=seed)]


# --------------------------------------------------------------------------------------------------------------
# Content model: a list of blocks rendered per mail client
# --------------------------------------------------------------------------------------------------------------
class Cell:
    def __init__(self, text, rowspan=1, colspan=1, bold=False):
        self.text, self.rowspan, self.colspan, self.bold = text, rowspan, colspan, bold


def C(x):
    return x if isinstance(x, Cell) else Cell(x)


class Tbl:
    def __init__(self, rows, head=1, plain="tab"):
        self.rows = [[C(c) for c in r] for r in rows]
        self.head, self.plain = head, plain


BR = ("br",)


def esc(s):
    return html.escape(s, quote=False)


def wordify(text):
    """Outlook/Word wraps runs of Latin text in <span lang=EN-US>."""
    out = []
    for part in re.split(r"([\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)", text):
        if not part:
            continue
        if re.match(r"[\x21-\x7e]", part):
            out.append('<span lang="EN-US">%s</span>' % esc(part))
        else:
            out.append(esc(part))
    return "".join(out)


def render_text(blocks, indent=""):
    lines = []
    for b in blocks:
        if b is BR:
            lines.append("")
        elif isinstance(b, Tbl):
            for r in b.rows:
                cells = [c.text for c in r]
                if b.plain == "tab":
                    lines.append("\t".join(cells))
                elif b.plain == "pipe":
                    lines.append("| " + " | ".join(cells) + " |")
                elif b.plain == "kv":
                    lines.append("：".join(cells) if len(cells) == 2 else "\t".join(cells))
                elif b.plain == "lines":
                    lines.extend(cells)
                    lines.append("")
        else:
            lines.append(b)
    return "\n".join(indent + l if l else indent.rstrip() for l in lines) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:等线;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face
	{font-family:"\\@等线";
	panose-1:2 1 6 0 3 1 1 1 1 1;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	font-size:10.5pt;
	font-family:等线;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:等线;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:等线;}
/* Page Definitions */
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:1282497201;
	mso-list-type:hybrid;
	mso-list-template-ids:-1592830486 -1 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def o_para(text, bold=False):
    if not text:
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n'
    inner = wordify(text)
    if bold:
        inner = "<b>%s</b>" % inner
    return '<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>\n' % inner


def o_listpara(num, text):
    return ('<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
            '<![if !supportLists]><span lang="EN-US"><span style="mso-list:Ignore">%d.<span style="font:7.0pt '
            '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>%s'
            '<span lang="EN-US"><o:p></o:p></span></p>\n' % (num, wordify(text)))


def o_table(t):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
           'collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">\n']
    for ri, r in enumerate(t.rows):
        out.append('<tr style="mso-yfti-irow:%d">\n' % ri)
        for c in r:
            span = ""
            if c.rowspan > 1:
                span += ' rowspan="%d"' % c.rowspan
            if c.colspan > 1:
                span += ' colspan="%d"' % c.colspan
            bold = c.bold or ri < t.head
            bg = "background:#D9E2F3;" if ri < t.head else ""
            out.append('<td valign="top"%s style="border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt">\n'
                       % (span, bg))
            out.append(o_para(c.text, bold=bold))
            out.append("</td>\n")
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def render_outlook(blocks, cs="gb2312", tail_html=""):
    return OUTLOOK_HEAD % {"cs": cs} + render_outlook_inner(blocks) + tail_html + OUTLOOK_TAIL


def render_outlook_inner(blocks):
    body = []
    for b in blocks:
        if b is BR:
            body.append(o_para(""))
        elif isinstance(b, Tbl):
            body.append(o_table(b))
        elif isinstance(b, tuple) and b[0] == "li":
            body.append(o_listpara(b[1], b[2]))
        else:
            body.append(o_para(b))
    return "".join(body)


def s_table(t, style="border-collapse:collapse;font-size:14px"):
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="%s">' % style]
    for ri, r in enumerate(t.rows):
        out.append("\n<tr>")
        for c in r:
            tag = "th" if ri < t.head else "td"
            span = (' rowspan="%d"' % c.rowspan if c.rowspan > 1 else "") + \
                   (' colspan="%d"' % c.colspan if c.colspan > 1 else "")
            out.append("<%s%s>%s</%s>" % (tag, span, esc(c.text), tag))
        out.append("</tr>")
    out.append("\n</table>")
    return "".join(out)


def render_divs(blocks, wrap="div"):
    """Generic webmail HTML: one <div> per line, <div><br></div> for blank lines."""
    out = []
    for b in blocks:
        if b is BR:
            out.append("<%s><br></%s>" % (wrap, wrap))
        elif isinstance(b, Tbl):
            out.append(s_table(b))
        elif isinstance(b, tuple) and b[0] == "li":
            out.append("<%s>%d. %s</%s>" % (wrap, b[1], esc(b[2]), wrap))
        else:
            out.append("<%s>%s</%s>" % (wrap, esc(b), wrap))
    return "\n".join(out)


def plain_blocks(blocks):
    """Blocks for render_text: list items become '1. text' lines."""
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b and b[0] == "li":
            out.append("%d. %s" % (b[1], b[2]))
        else:
            out.append(b)
    return out


def png_1x1():
    return base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJ"
                            "RU5ErkJggg==")


def tiny_zip(names_texts):
    """A small deterministic ZIP (stands in for .docx/.xlsx attachments)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in names_texts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(zi, text)
    return buf.getvalue()


def attachment(filename, data, ctype, label="utf-8", style="rfc2231+name"):
    """Attachment with the filename written the way the given client writes it."""
    m = Message()
    if all(ord(c) < 128 for c in filename):
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    elif style == "rfc2047":  # Outlook / Foxmail / QQ: encoded-word inside the quotes (non-standard, common)
        w = "".join(encoded_words(filename, label, "B", limit=200))
        m["Content-Type"] = '%s; name="%s"' % (ctype, w)
        m["Content-Disposition"] = 'attachment; filename="%s"' % w
    else:  # RFC 2231 plus a name= fallback
        pct = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else
                      "".join("%%%02X" % b for b in ch.encode(codec(label))) for ch in filename)
        w = "".join(encoded_words(filename, label, "B", limit=200))
        m["Content-Type"] = '%s; name="%s"' % (ctype, w)
        m["Content-Disposition"] = "attachment; filename*=%s''%s" % (label, pct)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# --------------------------------------------------------------------------------------------------------------
# Mail clients: each returns a complete Message. `frm`, `to`, `cc` hold names (roster/EXT/BOT) or (name, addr).
# --------------------------------------------------------------------------------------------------------------
def _pair(p):
    return p if isinstance(p, tuple) else who(p)


def _threading(irt, refs):
    h = []
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    return h


def outlook_desktop(frm, to, cc, subject, t, blocks, seed, cs="gb2312", cte="base64", attachments=(),
                    inline_logo=False, irt=None, refs=None, text=None, html_doc=None, extra=(), thread_parent=None):
    """Outlook 2016/365 desktop via the company SMTP server: gb2312 labels (GBK bytes), Thread-Index, NextPart."""
    stamp = hx(seed, 12).upper()
    b_alt = "----=_NextPart_%03d_0001_01DB%s.%s" % (1 if (attachments or inline_logo) else 0, stamp[:4], stamp[4:])
    text = text if text is not None else render_text(plain_blocks(blocks))
    html_doc = html_doc if html_doc is not None else render_outlook(
        blocks, cs, tail_html=o_para("") + ('<p class="MsoNormal"><span lang="EN-US"><img width="120" height="32" '
                                            'id="Picture_x0020_1" src="cid:image001.png@01DB%s.%s"></span>'
                                            '<span lang="EN-US"><o:p></o:p></span></p>\n'
                                            % (stamp[:4], stamp[4:]) if inline_logo else ""))
    body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True),
                                 leaf("text/html", html_doc, cs, cte, crlf=True)], b_alt)
    if inline_logo:
        img = leaf("image/png", data=png_1x1(), cte="base64", params=[("name", "image001.png")],
                   headers=[("Content-Description", "image001.png"),
                            ("Content-Disposition", 'inline; filename="image001.png"'),
                            ("Content-ID", "<image001.png@01DB%s.%s>" % (stamp[:4], stamp[4:]))])
        body = multi("related", [body, img], "----=_NextPart_000_0000_01DB%s.%s" % (stamp[:4], stamp[4:]),
                     params=[("type", "multipart/alternative")])
    if attachments:
        body = multi("mixed", [body] + list(attachments), "----=_NextPart_000_0002_01DB%s.%s"
                     % (stamp[:4], stamp[4:]))
    body.preamble = "This is a multipart message in MIME format."
    fn, fe = _pair(frm)
    hdrs = [("From", haddr(fn, fe, cs, "B")),
            ("To", haddrs(to, cs, "B")),
            ] + ([("Cc", haddrs(cc, cs, "B"))] if cc else []) + [
        ("References", "\n ".join(refs)) if refs else None,
        ("In-Reply-To", irt) if irt else None,
        ("Subject", htext(subject, cs, "B")),
        ("Date", rfc_date(t)),
        ("Message-ID", "<000001db%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), DOM)),
    ]
    hdrs = [h for h in hdrs if h]
    tail = [("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", thread_index(seed, thread_parent)),
            ("Content-Language", "zh-cn")] + list(extra)
    return envelope(hdrs, body, mime_after="Message-ID"), tail


def finish(msg_tail, delivery_hdrs):
    msg, tail = msg_tail
    for k, v in tail:
        msg[k] = v
    out = Message()
    for k, v in delivery_hdrs:
        out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


def exchange_online(frm, to, cc, subject, t_utc, blocks, seed, cs="utf-8", irt=None, refs=None, text=None,
                    html_doc=None, attachments=()):
    """Outlook 365 via Exchange Online: Date in +0000, Thread-Topic/Thread-Index, _000_ boundaries."""
    mid = "SEZPR06MB%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 24).upper())
    b = "_000_%s_" % mid
    text = text if text is not None else render_text(plain_blocks(blocks))
    html_doc = html_doc if html_doc is not None else render_outlook(blocks, cs)
    body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                 leaf("text/html", html_doc, cs, "base64", crlf=True)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), "_004_%s_" % mid)
    fn, fe = _pair(frm)
    hdrs = [("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
    if cc:
        hdrs.append(("CC", haddrs(cc, cs, "B")))
    topic = re.sub(r"^(Re|RE|答复|回复|转发|FW|Fw):\s*", "", subject)
    hdrs += [("Subject", htext(subject, cs, "B")), ("Thread-Topic", htext(topic, cs, "B")),
             ("Thread-Index", thread_index(seed)), ("Date", rfc_date(t_utc.astimezone(UTC))),
             ("Message-ID", "<%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (mid, hx(seed, 4).upper()))]
    hdrs += _threading(irt, refs)
    hdrs += [("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN"), ("X-MS-Has-Attach",
             "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    return envelope(hdrs, body, mime_after=None), []


def foxmail(frm, to, cc, subject, t, text, html_body, seed, cs="GBK", irt=None, refs=None, attachments=()):
    """Foxmail 7.2: GBK/GB2312 base64 text+html, NextPart boundaries, numeric Message-ID."""
    n = int(hx(seed, 6), 16)
    b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body '
                '{ line-height: 1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, '
                '0); line-height: 1.5; }</style></head><body>\n%s\n</body></html>' % (cs, html_body))
    body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                 leaf("text/html", html_doc, cs, "base64", crlf=True)],
                 b, preamble="This is a multi-part message in MIME format.")
    if attachments:
        body = multi("mixed", [body] + list(attachments), "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                     preamble="This is a multi-part message in MIME format.")
    fn, fe = _pair(frm)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
            ("To", haddrs(to, cs, "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
    hdrs += [("Subject", htext(subject, cs, "B"))] + _threading(irt, refs)
    hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                                hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                                hx(seed + "i", 12).upper())),
             ("X-Has-Attach", "yes" if attachments else "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
             ("Mime-Version", "1.0"),
             ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, fe.split("@")[1]))]
    return envelope(hdrs, body, mime_version=False), []


def qq_exmail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, cs="gb18030"):
    """QQ Mail / Tencent Exmail web: gb18030 base64, X-QQ-* headers, tencent_ Message-ID."""
    b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
    html_doc = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs, html_body))
    body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")],
                 b, preamble="This is a multi-part message in MIME format.")
    fn, fe = _pair(frm)
    hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
            ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
            ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "183.62.%d.%d" % (int(hx(seed, 2), 16) % 250,
                                                                                 int(hx(seed, 4)[2:], 16) % 250)),
            ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                    hx(seed + "q", 7))),
            ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True, sep=", "))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
    hdrs += [("Subject", htext(subject, cs, "B"))]
    hdrs += [("Mime-Version", "1.0")]
    hdrs += [("Date", rfc_date(t)), ("X-Priority", "3"),
             ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    hdrs += _threading(irt, refs)
    return envelope(hdrs, body, mime_version=False), []


def coremail(frm, to, cc, subject, t, text, html_body, seed, cs="UTF-8", irt=None, refs=None, cte="base64"):
    """Coremail XT webmail (common in Chinese enterprises)."""
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    html_doc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>'
                % html_body)
    body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html_doc, cs, cte)], b)
    fn, fe = _pair(frm)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B",
                                                                                               quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
    hdrs += [("Subject", htext(subject, cs, "B"))] + _threading(irt, refs)
    hdrs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240129(c6e7b5f4)"),
             ("X-Coremail-Locale", "zh_CN"),
             ("X-CM-CTRLDATA", hb64(seed + "c", 33))]
    hdrs += [("MIME-Version", "1.0"),
             ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe))]
    hdrs += [("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
             ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-")),
             ("X-CM-SenderInfo", "x%s" % hx(seed + "s", 12))]
    return envelope(hdrs, body, mime_version=False), []


def gmail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, attachments=()):
    """Gmail / Google Workspace: UTF-8, QP text + QP/base64 html, CA...@mail.gmail.com Message-ID."""
    b1 = "000000000000%s" % hx(seed, 14)
    html_doc = '<div dir="ltr">%s</div>' % html_body if not html_body.startswith("<div dir") else html_body
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
    if attachments:
        body = multi("mixed", [body] + list(attachments), "000000000000%s" % hx(seed + "m", 14))
    fn, fe = _pair(frm)
    hdrs = [("MIME-Version", "1.0")] + _threading(None, refs) + _threading(irt, None)
    hdrs += [("From", haddr(fn, fe, "UTF-8", "B")), ("Date", rfc_date(t)),
             ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(subject, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
    hdrs += [("X-Gm-Features", "AbW1kvY" + hx(seed + "gm", 30))]
    return envelope(hdrs, body, mime_version=False), []


# ---- quote styles --------------------------------------------------------------------------------------------
class Parent:
    """What a reply quotes: the original message as its recipients saw it."""

    def __init__(self, frm, to, cc, subject, t, text, html_body, msgid):
        self.frm, self.to, self.cc, self.subject, self.t = _pair(frm), [_pair(x) for x in to], \
            [_pair(x) for x in cc], subject, sh(t)
        self.text, self.html, self.msgid = text, html_body, msgid


def _ampm_zh(t):
    h = t.hour
    part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
    h12 = h if h <= 12 else h - 12
    return "%s%d:%02d" % (part, h12, t.minute)


def quote_qq(p):
    t = p.t
    when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], _ampm_zh(t))
    tos = "".join('"%s"<%s>;' % x for x in p.to)
    ccs = "".join('"%s"<%s>;' % x for x in p.cc)
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            % (p.frm[0], p.frm[1], when, tos) + ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n\n\n" % p.subject
            + p.text)
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div>%s<div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos),
            ("<div><b>抄送:</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "", esc(p.subject), p.html))
    return text, h


def quote_outlook_zh(p, owa=False):
    t = p.t
    when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\n" + ("________________________________\n" if owa else "") +
            "发件人: %s <%s>\n发送时间: %s\n收件人: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n" % p.subject + p.text)
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg"'
             ' dir="ltr"><font face="等线" style="font-size:11pt" color="#000000"><b>发件人:</b> %s &lt;%s&gt;<br><b>发送时间:'
             '</b> %s<br><b>收件人:</b> %s<br>%s<b>主题:</b> %s</font><div>&nbsp;</div></div>%s'
             % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<b>抄送:</b> %s<br>" % esc(ccs)) if ccs else "",
                esc(p.subject), p.html))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             '<b>发件人<span lang="EN-US">:</span></b><span lang="EN-US"> </span>%s<span lang="EN-US"> &lt;%s&gt; <br></span>'
             '<b>发送时间<span lang="EN-US">:</span></b><span lang="EN-US"> %d</span>年<span lang="EN-US">%d</span>月'
             '<span lang="EN-US">%d</span>日<span lang="EN-US"> %d:%02d<br></span><b>收件人<span lang="EN-US">:</span></b>'
             '<span lang="EN-US"> </span>%s<span lang="EN-US"><br></span>%s<b>主题<span lang="EN-US">:</span></b>'
             '<span lang="EN-US"> </span>%s<span lang="EN-US"><o:p></o:p></span></p></div></div>\n'
             '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>\n%s'
             % (esc(p.frm[0]), p.frm[1], t.year, t.month, t.day, t.hour, t.minute, esc(tos),
                ('<b>抄送<span lang="EN-US">:</span></b><span lang="EN-US"> </span>%s<span lang="EN-US"><br></span>'
                 % esc(ccs)) if ccs else "", wordify(p.subject), p.html))
    return text, h


def quote_gmail_zh(p):
    t = p.t
    attr = "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (p.frm[0], p.frm[1], t.year, t.month, t.day,
                                                   WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    text = "\n\n" + attr + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in p.text.rstrip("\n").split("\n"))
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s &lt;<a href="mailto:%s">'
         '%s</a>&gt; 于%d年%d月%d日周%s %d:%02d写道：<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
         '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
         % (esc(p.frm[0]), p.frm[1], p.frm[1], t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute,
            p.html))
    return text, h


def quote_gmail_en(p):
    t = p.t
    h12 = t.hour % 12 or 12
    when = "%s, %s %d, %d at %d:%02d %s" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year, h12,
                                           t.minute, "AM" if t.hour < 12 else "PM")
    attr = "On %s %s <%s> wrote:" % (when, p.frm[0], p.frm[1])
    text = "\n\n" + attr + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in p.text.rstrip("\n").split("\n"))
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On %s %s &lt;<a href='
         '"mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
         % (when, esc(p.frm[0]), p.frm[1], p.frm[1], p.html))
    return text, h


def quote_ios_zh(p):
    t = p.t
    attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, p.frm[0], p.frm[1])
    text = "\n\n" + "> " + attr + "\n>\n" + "".join("> " + l + "\n" if l else ">\n"
                                                   for l in p.text.rstrip("\n").split("\n"))
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
         '<div dir="ltr">%s</div></blockquote>' % (esc(attr), p.html))
    return text, h


def quote_foxmail(p):
    t = p.t
    tos = "; ".join(x[0] for x in p.to)
    ccs = "; ".join(x[0] for x in p.cc)
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (p.frm[0], t.strftime("%Y-%m-%d %H:%M"), tos)
            + ("抄送： %s\n" % ccs if ccs else "") + "主题： %s\n" % p.subject + p.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div>%s<div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div></blockquote>'
         % (p.frm[1], esc(p.frm[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos),
            ("<div><b>抄送：</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "", esc(p.subject), p.html))
    return text, h


def quote_coremail(p):
    t = p.t
    tos = ", ".join('"%s" <%s>' % x for x in p.to)
    ccs = ", ".join('"%s" <%s>' % x for x in p.cc)
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WEEKDAY_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
            % (p.frm[0], p.frm[1], when, tos, ccs, p.subject) + p.text)
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(ccs), esc(p.subject), p.html))
    return text, h


def quote_outlook_mac_en(p):
    t = p.t
    when = "%s, %d %s %d at %d:%02d" % (DAY_EN_LONG[t.weekday()], t.day, MONTH_EN_LONG[t.month - 1], t.year, t.hour,
                                        t.minute)
    tos = ", ".join("%s <%s>" % x for x in p.to)
    ccs = ", ".join("%s <%s>" % x for x in p.cc)
    text = ("\n\nFrom: %s <%s>\nDate: %s\nTo: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("Cc: %s\n" % ccs if ccs else "") + "Subject: %s\n\n" % p.subject + p.text)
    h = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" '
         'style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">From: </span></b><span '
         'style="font-size:12.0pt;color:black">%s &lt;%s&gt;<br><b>Date: </b>%s<br><b>To: </b>%s<br>%s<b>Subject: '
         '</b>%s<o:p></o:p></span></p></div>%s</div></div>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<b>Cc: </b>%s<br>" % esc(ccs)) if ccs else "",
            esc(p.subject), p.html))
    return text, h


def quote_mailmaster(p):
    t = p.t
    tos = ", ".join("%s<%s>" % x for x in p.to)
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
            % (p.frm[0], p.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, p.subject) + p.text)
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div><div '
         'style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" border="0">'
         '<tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td valign="top" '
         'style="font-size: 13px; color: #000000">%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; '
         'font-size: 12px; color: #a0a0a2;">日期</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em;'
         ' font-size: 12px; color: #a0a0a2;">收件人</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: '
         '4em; font-size: 12px; color: #a0a0a2;">主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
         % (esc(p.frm[0]), p.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(p.subject), p.html))
    return text, h


# ---- the bot's recap (what replies quote) ----------------------------------------------------------------------
def recap(rows, cutoff, problems=(), lang="zh"):
    """Blocks of the bot's confirmation recap. rows: (n, task, owner, due)."""
    if lang == "en":
        blocks = ["Hello all,", BR, "Minutes Assistant has recorded the following action items:",
                  Tbl([["#", "Action item", "Owner", "Due"]] + [[str(n), task, o, d] for n, task, o, d in rows],
                      plain="pipe")]
        if problems:
            blocks += [BR, "Please check:"] + ["- " + x for x in problems]
        blocks += [BR, "If you disagree, please reply today (by %s); otherwise the items are confirmed." % cutoff,
                   'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                   '"extend to Oct 20".', BR, "-- Minutes Assistant (automated message)"]
        return blocks
    blocks = ["各位好：", BR, "纪要助手已登记本次会议的待办事项：",
              Tbl([["序号", "事项", "负责人", "截止时间"]] + [[str(n), task, o, d] for n, task, o, d in rows],
                  plain="pipe")]
    if problems:
        blocks += [BR, "需要注意："] + ["· " + x for x in problems]
    blocks += [BR, "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff,
               "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", BR,
               "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return blocks


def recap_parent(subject, t, to, cc, rows, cutoff, problems=(), lang="zh", seed="recap"):
    blocks = recap(rows, cutoff, problems, lang)
    msgid = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx(seed, 10), DOM)
    return Parent(BOT, to, cc, "Re: " + subject, t, render_text(blocks), render_divs(blocks), msgid)


# --------------------------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------------------------
CASES = []   # (slug, readme line, builder)
VIEWS = {}   # slug -> dict(parent=Parent, gold=..., t=..., subject=..., to=..., cc=..., msgid=...)


# --------------------------------------------------------------------------------------------------------------
# Extra clients used by this set
# --------------------------------------------------------------------------------------------------------------
def text_html(text):
    """Webmail HTML for a plain text: one <div> per line."""
    return "\n".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.rstrip("\n").split("\n"))


def feishu(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, attachments=(), plain_only=False):
    """Feishu/Lark Mail: UTF-8 QP, hex Message-Id @feishu.cn, X-Lms-Return-Path."""
    h = hashlib.sha256(seed.encode()).hexdigest()
    b = "%s" % h[:40]
    if plain_only:
        body = leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False)
    else:
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                    '<div style="font-family:-apple-system,BlinkMacSystemFont,\'PingFang SC\',sans-serif;font-size:14px">'
                    '%s</div></body></html>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), h[5:45])
    fn, fe = _pair(frm)
    hdrs = [("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed;\n s=s1; d=%s.20200927.dkim.feishu.cn;"
             " t=%d;\n h=from:subject:mime-version:from:date:message-id:subject:to:cc:\n reply-to:content-type:"
             "mime-version:in-reply-to:message-id;\n bh=%s;\n b=%s" % (fe.split("@")[1].replace(".", "-"),
                                                                      int(t.timestamp()), hb64(seed + "bh", 32),
                                                                      hb64(seed + "b", 96)))]
    hdrs += _threading(irt, refs)
    hdrs += [("Date", rfc_date(t)),
             ("Message-Id", "<%s.%s.%s.%s.%s.%s@feishu.cn>" % (h[:40], h[40:48], h[48:52], h[52:56], h[56:60],
                                                                hashlib.sha256((seed + "m").encode()).hexdigest()[:12])),
             ("To", ", ".join(haddr(*_pair(x), label="utf-8", mode="Q", quote=True) for x in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(haddr(*_pair(x), label="utf-8", mode="Q", quote=True) for x in cc)))
    hdrs += [("Subject", htext(subject, "utf-8", "B")), ("From", haddr(fn, fe, "utf-8", "Q", quote=True)),
             ("X-Lms-Return-Path", "<lba+1%s+%s+%s+%s>" % (h[:8], h[8:14], BOT[1].split("@")[1], fe)),
             ("Mime-Version", "1.0")]
    return envelope(hdrs, body, mime_version=False), []


def apple_mail(frm, to, cc, subject, t, text, seed, irt=None, refs=None, iphone=True):
    """iPhone Mail: text/plain UTF-8 quoted-printable, Apple-Mail boundary-less single part."""
    body = leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False)
    fn, fe = _pair(frm)
    hdrs = [("Content-Type", None)]
    hdrs = [("From", haddr(fn, fe, "utf-8", "B")), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
            ("Subject", htext(subject, "utf-8", "B"))] + _threading(irt, refs) + [
        ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                hx(seed + "2", 4).upper(), hx(seed + "3", 4).upper(),
                                                hx(seed + "4", 12).upper(), fe.split("@")[1])),
        ("To", haddrs(to, "utf-8", "B"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "utf-8", "B")))
    hdrs.append(("X-Mailer", "iPhone Mail (22F76)" if iphone else "Apple Mail (2.3826.600.51.1.5)"))
    return envelope(hdrs, body, mime_version=False), []


def alimail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    """Alibaba Mail (阿里邮箱, used with DingTalk): UTF-8 base64, ----=ALIBOUNDARY boundaries."""
    b = "----=ALIBOUNDARY_%d_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 12))
    html_doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-size:14.0px;font-family:'
                'Tahoma,Arial,STHeiti,SimSun;color:#000000;">%s</div></div>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "base64", ct_quote=False)], b)
    fn, fe = _pair(frm)
    hdrs = [("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07%s;CM=1;CS=1;DM=||spam|;FP=%d;HT=ay29a033018047188;"
             "MF=%s;NM=1;PH=DS;RN=4;SR=0;TI=SMTPD_---%s" % (hx(seed, 6), int(hx(seed, 8), 16), fe,
                                                        hb64(seed, 6))),
            ("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
    hdrs += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
             ("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "x", 16), fe.split("@")[1])),
             ("Subject", htext(subject, "UTF-8", "B"))] + _threading(irt, refs) + [
        ("X-Mailer", "[Alimail-Mailagent revision 6][W11_7.0.29]"), ("MIME-Version", "1.0"),
        ("x-aliyun-im-through", '{"mailThroughImNew":true}')]
    return envelope(hdrs, body, mime_version=False), []


def thunderbird_plain(frm, to, cc, subject, t, text, seed, cs="UTF-8", cte="8bit", irt=None, refs=None):
    body = leaf("text/plain", text, cs, cte, params=[("format", "flowed")], ct_quote=False)
    fn, fe = _pair(frm)
    hdrs = [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12), fe.split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "zh-CN"), ("To", haddrs(to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("From", haddr(fn, fe)), ("Subject", htext(subject))] + _threading(irt, refs)
    return envelope(hdrs, body, mime_version=False), []


def quote_feishu(p):
    t = p.t
    tos = ", ".join('"%s"<%s>' % x for x in p.to)
    text = ("\n\n> From: \"%s\"<%s>\n> Date:\u00a0 %s, %s %d, %d, %d:%02d\n> Subject:\u00a0 %s\n> To: %s\n>\u00a0\n"
            % (p.frm[0], p.frm[1], WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year, t.hour, t.minute,
               p.subject, tos) + "".join("> " + l + "\n" if l else ">\u00a0\n" for l in p.text.rstrip("\n").split("\n")))
    h = ('<div class="history-quote-wrapper"><div style="border-left:2px solid #d0d3d6;padding-left:8px">'
         '<div><b>From: </b>"%s"&lt;%s&gt;</div><div><b>Date: </b>%s, %s %d, %d, %d:%02d</div><div><b>Subject: </b>'
         '%s</div><div><b>To: </b>%s</div><div>&nbsp;</div>%s</div></div>'
         % (esc(p.frm[0]), p.frm[1], WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year, t.hour,
            t.minute, esc(p.subject), esc(tos), p.html))
    return text, h


def quote_outlook_en(p):
    t = p.t
    h12 = t.hour % 12 or 12
    when = "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year, h12,
                                         t.minute, "AM" if t.hour < 12 else "PM")
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("Cc: %s\n" % ccs if ccs else "") + "Subject: %s\n\n" % p.subject + p.text)
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>From:</b> %s &lt;%s&gt; <br><b>Sent:</b> %s<br><b>To:</b> %s<br>%s<b>Subject:</b> %s</p></div></div>%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<b>Cc:</b> %s<br>" % esc(ccs)) if ccs else "",
            esc(p.subject), p.html))
    return text, h


def docx_bytes(paragraphs, table_rows):
    """A minimal, valid .docx (WordprocessingML in a deterministic zip)."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    body = "".join('<w:p>%s</w:p>' % run(p) for p in paragraphs)
    if table_rows:
        body += '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        for r in table_rows:
            body += "<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>%s</w:p></w:tc>"
                                       % run(c) for c in r) + "</w:tr>"
        body += "</w:tbl><w:p/>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
           '.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>'
           '</w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return tiny_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


# --------------------------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------------------------
CASES = []
VIEWS = {}


def case(slug, readme):
    def deco(fn):
        CASES.append((slug, readme, fn))
        return fn
    return deco


def remember(slug, msg, frm, to, cc, subject, t, text, html_inner, g):
    mid = msg["Message-ID"] or msg["Message-Id"]
    VIEWS[slug] = dict(parent=Parent(frm, to, cc, subject, t, text, html_inner, mid), gold=g, t=t, subject=subject,
                       to=to, cc=cc, msgid=mid, frm=frm)


def recap_rows(g):
    rows = []
    for n, it in enumerate(g["items"], 1):
        owner = it["owner_name"] or ("%s（未指定负责人）" % it["department"] if it["department"] else "（未指定）")
        due = (it["due_date"] + (" " + it["due_time"] if it["due_time"] else "")) if it["due_date"] else "未明确"
        rows.append((n, it["task"], owner, due))
    return rows


def recap_of(slug, minutes_later=3, cutoff=None):
    v = VIEWS[slug]
    t = v["t"] + dt.timedelta(minutes=minutes_later, seconds=17)
    to = [v["frm"]] + [x for x in v["to"] if x != BOT]
    cc = [x for x in v["cc"] if x != BOT]
    return recap_parent(v["subject"], t, to, cc, recap_rows(v["gold"]), cutoff, seed=slug)


def bot_reply_to(slug):
    return (BOT[0], BOT[1].replace("@", "+%s@" % hx("token" + slug, 10)))


def deliv(t, sender, seed, host=None, ip=None):
    if host is None:
        local = sender.split("@")[0]
        ip = "10.%d.%d.%d" % (16 + int(hx(DOM, 2), 16) % 8, 2 + int(hx(local, 2), 16) % 3,
                              20 + int(hx(local, 4)[2:], 16) % 200)
        host = ("%s-PC" % local.upper(), "unknown")
    return delivery(sh(t), sender, host, ip, seed)


def plain_case(slug, builder, frm, to, cc, subject, t, text, g, host=None, ip=None, html_inner=None):
    """Run a client builder taking (frm,to,cc,subject,t,text,html,seed) and finish with delivery headers."""
    hi = html_inner if html_inner is not None else text_html(text)
    msg = finish(builder(frm, to, cc, subject, t, text, hi, slug), deliv(t, _pair(frm)[1], slug, host, ip))
    remember(slug, msg, frm, to, cc, subject, t, text, hi, g)
    return msg


NW = "nordwerk-automobil.example.de"


# ================================================================ Hengyue (Changchun auto parts) / Nordwerk
@case("1301-nordwerk-8d-review-german-english",
      "German SQE's English 8D minutes (Exchange Online, Date +0100): 'Action: … resp.: Mr. Gao, until 14.03.2025', 'until end of CW 12', 'latest 28.03.'; recurring containment task without date; next review in CET")
def c1301():
    slug = "1301-nordwerk-8d-review-german-english"
    use_org("hy")
    t = ts("2025-03-10 09:14:51", CET)
    subject = "MoM 8D review claim NW-Q-2025-0117 (bracket housing 5Q0 199 262, cracks)"
    frm = "Jürgen Backhaus"
    to = ["高云峰", "崔明哲", "刘佳"]
    cc = ["Katrin Vogel", BOT]
    text = """Dear Mr. Gao, dear all,

thank you for the constructive meeting this morning. Please find below the minutes.

Participants:
Nordwerk: J. Backhaus (SQE), K. Vogel (Purchasing)
Hengyue: Mr. Gao (QM), Mr. Cui (QM), Ms. Liu (Project)

1. Containment (D3)
- 100% sorting at Nordwerk plant Emden is running since 03.03.2025, in total 2 NOK parts found out of 4.180.
- Action: send the sorting report of the 3rd-party service provider every day until further notice.
  Resp.: Mr. Cui

2. Root cause (D4)
- Hengyue presented a first hypothesis (cooling time too short after mould repair in KW 8). Not yet
  verified, therefore not accepted by Nordwerk.
- Action: complete D4 root cause analysis with Ishikawa and 5-Why, incl. verification by
  reproduction trial. Resp.: Mr. Gao, until 14.03.2025

3. Corrective actions (D5/D6)
- Action: proposal for mould modification incl. timing plan and cost. Resp.: Ms. Liu, until end of CW 12
- Action: update PFMEA and control plan for the process step 'demoulding'.
  Resp.: Mr. Gao, latest 28.03.

4. Commercial topics
- Claim is accepted by Hengyue. The cost split for the sorting will be discussed separately between
  Mrs. Vogel and Ms. Liu (no action today).

Next 8D review: Monday 24.03.2025, 09:00 CET, MS Teams (same link).

Mit freundlichen Grüßen / Best regards

Jürgen Backhaus
Supplier Quality Engineer, Exterior Parts
Nordwerk Automobil AG | Werk Emden
Tel. +49 4921 86-3317
"""
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="DE">'
                '<div class="WordSection1">' + "".join('<p class="MsoNormal">%s</p>' % (esc(l) if l else "&nbsp;")
                                                        for l in text.rstrip("\n").split("\n")) + "</div></body></html>")
    s = D(2025, 3, 10)
    # CW 12 of 2025 (ISO): Mon 17.03 - Sun 23.03; 'end of CW 12' = its Friday
    expect(D.fromisocalendar(2025, 12, 5), "2025-03-21", "1301 end of CW12")
    expect(D(2025, 3, 28), "2025-03-28", "1301 latest 28.03.")
    g = gold("minutes", items=[
        item("崔明哲", "send the sorting report of the 3rd-party service provider every day", flags=["no_due"]),
        item("高云峰", "complete D4 root cause analysis with Ishikawa and 5-Why", "2025-03-14"),
        item("刘佳", "proposal for mould modification incl. timing plan and cost", "2025-03-21"),
        item("高云峰", "update PFMEA and control plan for the process step 'demoulding'", "2025-03-28")],
        followup=fu("2025-03-24", "16:00"),
        notes="Sent Mon 2025-03-10 09:14 +0100 = 16:14 Shanghai, same date. German-style English: 'Action: … Resp.: "
              "Mr. Gao, until 14.03.2025' (dd.mm.yyyy), the owner and date may sit on the next line. Owners by title "
              "via roster aliases (Mr. Gao = 高云峰, Mr. Cui = 崔明哲, Ms. Liu = 刘佳). 'every day until further notice' "
              "is a recurring duty with no deadline -> no_due. 'until end of CW 12' = ISO calendar week 12 of 2025 "
              "(17.-23.03.), recorded as its Friday 2025-03-21 (end of the working week; a scorer may accept 03-23). "
              "'latest 28.03.' -> 2025-03-28. '(no action today)' and the accepted claim are facts/decisions. The "
              "next review 'Monday 24.03.2025, 09:00 CET' is converted to Asia/Shanghai: 16:00 (CET = UTC+1; EU summer "
              "time starts only on 30.03.). 'KW 8' in the root-cause text is history, not a deadline.")
    msg, tail = exchange_online(frm, to, cc, subject, t, [], slug, cs="utf-8", text=text, html_doc=html_doc)
    msg = finish((msg, tail), deliv(t, EXT[frm], slug, "mail-fr2deu01on2089.outbound.protection.outlook.com",
                                    "40.107.135.89"))
    remember(slug, msg, frm, to, cc, subject, t, text, text_html(text), g)
    return msg, g, True


@case("1302-internal-8d-followup-qingming-foxmail",
      "Foxmail GBK internal minutes (一、二、三 sections) before Qingming 2025: '崔工：… 3个工作日内' across 04-04..06, '节后第一个工作日上午10点前', '4月11日（周五）前', dept-only 尽快; work-done report not items")
def c1302():
    slug = "1302-internal-8d-followup-qingming-foxmail"
    use_org("hy")
    t = ts("2025-04-02 17:41:09")
    subject = "关于Nordwerk支架壳体开裂8D整改的内部会议纪要"
    frm, to, cc = "高云峰", ["孙立国", "刘佳", "王海涛", "崔明哲", "范成"], [BOT]
    text = """各位：

今天下午8D整改内部会议纪要如下，请各位按时完成。

一、会议时间：2025年4月2日 14:00-15:30
    会议地点：办公楼二楼质量会议室
    参会人员：孙总、高云峰、刘佳、王海涛、崔明哲、范成

二、进展情况
1. 围堵措施已完成，截至4月1日累计挑选在库及在途产品3200件，未再发现裂纹件。
2. D4根本原因已于3月14日提交Nordwerk并获认可（保压时间不足+模具冷却水路局部堵塞）。
3. 模具修改方案已由刘经理发给Nordwerk，对方原则同意。

三、待办事项
1. 崔工：完成模具冷却水路全面排查并出具报告，3个工作日内。
2. 王部长：首件三检记录表模板发高工审核，节后第一个工作日上午10点前。
3. 刘经理：就挑选费用分摊方案回复Nordwerk Vogel女士，4月11日（周五）前。
4. 小范：注塑车间操作员再培训（含新作业指导书），月底前完成并留签到记录。
5. 质量部：PFMEA、控制计划按D5更新后的版本换版，尽快。

四、下次会议：4月9日（周三）下午2点，原地点。

高云峰
长春恒岳汽车零部件有限公司 质量部
电话：0431-8596 2217
"""
    s = D(2025, 4, 2)
    expect(add_workdays(s, 3), "2025-04-08", "1302 3个工作日内 over Qingming")
    expect(first_workday_after(D(2025, 4, 4)), "2025-04-07", "1302 节后第一个工作日")
    expect(month_end(s), "2025-04-30", "1302 月底")
    g = gold("minutes", items=[
        item("崔明哲", "完成模具冷却水路全面排查并出具报告", "2025-04-08"),
        item("王海涛", "首件三检记录表模板发高工审核", "2025-04-07", "10:00"),
        item("刘佳", "就挑选费用分摊方案回复Nordwerk Vogel女士", "2025-04-11"),
        item("范成", "注塑车间操作员再培训（含新作业指导书）", "2025-04-30"),
        item(None, "PFMEA、控制计划按D5更新后的版本换版", flags=["no_owner", "vague_due"], department="质量部")],
        followup=fu("2025-04-09", "14:00"),
        notes="Sent Wed 2025-04-02. Owners written as title + colon (崔工, 王部长, 刘经理, 小范) -> roster aliases. "
              "'3个工作日内' counts 04-03 (Thu), then Qingming 04-04..06 is off, 04-07, 04-08 -> 2025-04-08. "
              "'节后第一个工作日上午10点前' = 2025-04-07 10:00. '4月11日（周五）前' -> 2025-04-11. '月底前' -> 2025-04-30. "
              "'质量部：… 尽快' is department-only and vague. Section 二 (进展情况) reports work done with dates "
              "(4月1日, 3月14日): not items. Foxmail GBK base64.")
    html = text_html(text)
    msg = finish(foxmail(frm, to, cc, subject, t, text, html, slug, cs="GBK"), deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g, True


@case("1303-qbr-purchasing-todo-table-cest",
      "German buyer's 'To Do's' Who/What/When table (Exchange Online, +0200 at 18:40 = next day in Shanghai): 'till 04.07.', 'latest next Wednesday', 'by Friday', 'asap' company owner, 'Ms. Liu (support: Mr. Wang)'; next call in CEST")
def c1303():
    slug = "1303-qbr-purchasing-todo-table-cest"
    use_org("hy")
    t = ts("2025-06-26 18:40:22", CEST)
    subject = "MoM - Quarterly Business Review Hengyue / Nordwerk Q2-2025"
    frm = "Katrin Vogel"
    to = ["孙立国", "刘佳", "赵婷婷", "王海涛"]
    cc = ["Jürgen Backhaus", BOT]
    rows = [["Who", "What", "When"],
            ["Mrs. Zhao", "Provide updated packaging specification for the returnable racks (KLT 6428)", "till 04.07."],
            ["Mr. Sun", "Sign price agreement 2025/2026 and send back the scan", "latest next Wednesday"],
            ["Hengyue", "Capacity confirmation for SOP+6 volumes (1.2 Mio. pcs/year)", "asap"],
            ["Mrs. Vogel", "Send forecast file H2/2025 incl. EDI call-off preview", "by Friday"],
            ["Ms. Liu (support: Mr. Wang)", "Preparation of Run@Rate audit, incl. staffing plan 3 shifts", "18.07.2025"]]
    blocks = ["Dear Mr. Sun, dear colleagues,", BR,
              "many thanks for the open discussion in today's QBR. Please find the minutes below.", BR,
              "Results:", "- Delivery performance Q2: 98,7 % (target 99 %), 1 special freight in May (Hengyue cost).",
              "- Quality: 1 claim (NW-Q-2025-0117), 8D closed on 16.05.", "- Price agreement 2025/2026 was agreed in "
              "the meeting (-1,5 % from 01.07.).", BR, "To Do's:", Tbl(rows, plain="tab"), BR,
              "Open points will be discussed in a short call on Thursday, 10.07.2025, 08:30 CEST.",
              "The next QBR takes place in Changchun in the week of 22.09., exact date tbd.", BR,
              "Kind regards / Viele Grüße", "Katrin Vogel", "Commodity Buyer Plastics Exterior",
              "Nordwerk Automobil AG, Wolfsburg"]
    text = render_text(blocks)
    html_doc = render_outlook(blocks, "utf-8")
    sd = sh(t).date()
    expect(sd, "2025-06-27", "1303 Shanghai send date")
    expect(next_week_weekday(sd, 2), "2025-07-02", "1303 latest next Wednesday")
    expect(this_or_next_weekday(sd, 4), "2025-06-27", "1303 by Friday")
    g = gold("minutes", items=[
        item("赵婷婷", "Provide updated packaging specification for the returnable racks (KLT 6428)", "2025-07-04"),
        item("孙立国", "Sign price agreement 2025/2026 and send back the scan", "2025-07-02"),
        item(None, "Capacity confirmation for SOP+6 volumes (1.2 Mio. pcs/year)", flags=["no_owner", "vague_due"]),
        item("Katrin Vogel", "Send forecast file H2/2025 incl. EDI call-off preview", "2025-06-27"),
        item("刘佳", "Preparation of Run@Rate audit, incl. staffing plan 3 shifts", "2025-07-18")],
        followup=fu("2025-07-10", "14:30"),
        notes="Date: Thu 2025-06-26 18:40 +0200 = Fri 2025-06-27 00:40 in Shanghai; dates resolve against the Shanghai "
              "date (both views agree here: next Wednesday 07-02, Friday 06-27). Owners by title: Mrs. Zhao = 赵婷婷, "
              "Mr. Sun = 孙立国 (roster aliases), Mrs. Vogel = the sender (external, From address). 'Hengyue' (a whole "
              "company) -> no_owner, department null; 'asap' -> vague_due. 'Ms. Liu (support: Mr. Wang)': the lead "
              "owns it (刘佳). 'till 04.07.' -> 2025-07-04. The results list (98,7 %, 16.05., price -1,5 % from 01.07.) "
              "are facts. Next call 'Thursday, 10.07.2025, 08:30 CEST' -> 14:30 Asia/Shanghai; the QBR 'in the week "
              "of 22.09., exact date tbd' is not a fixed follow-up.")
    msg, tail = exchange_online(frm, to, cc, subject, t, blocks, slug, cs="utf-8", text=text, html_doc=html_doc)
    msg = finish((msg, tail), deliv(t, EXT[frm], slug, "mail-be0deu01on2071.outbound.protection.outlook.com",
                                    "40.107.127.71"))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1304-weekly-minutes-as-re-in-old-thread",
      "Outlook UTF-8 'RE:' in last week's thread carrying new W28 minutes on top of quoted W27 minutes (quoted items are not items); '上周待办关闭情况' status; '下周二同一时间'")
def c1304():
    slug = "1304-weekly-minutes-as-re-in-old-thread"
    use_org("hy")
    t_old = ts("2025-07-08 17:52:03")
    t = ts("2025-07-15 18:05:44")
    frm, to, cc = "刘佳", ["王海涛", "崔明哲", "赵婷婷", "高云峰"], [BOT, "孙立国"]
    old_subject = "【周会纪要】Nordwerk NW-MEB支架项目 W27"
    subject = "RE: " + old_subject
    old_text = """各位，W27周会纪要：
会议时间：7月8日（周二）16:00-17:00
本周待办：
1. 模具T1问题清单关闭 —— 王部长 —— 7/11
2. 检具验收 —— 崔工 —— 7月14日前
3. 包装方案报Nordwerk —— 赵经理 —— 7月10日
下次周会：下周二同一时间。
刘佳
"""
    new_text = """各位，W28周会纪要（直接回在上周的邮件里，方便对照）：

会议时间：7月15日（周二）16:00-17:00，线上
上周待办关闭情况：第1、2项已关闭；第3项包装方案Nordwerk要求补充防锈说明，延到本周五。

本周待办：
1. 模具T2试模及试模报告 —— 王部长 —— 7/18
2. PPAP文件包（含MSA、CPK）整理 —— 崔工 —— 7月25日前
3. 包装样件寄德国Emden工厂 —— 赵经理 —— 下周一
4. 与Nordwerk确认Run@Rate审核日期 —— 我 —— 本周四

下次周会：下周二同一时间。

刘佳
项目经理 | 长春恒岳汽车零部件有限公司
"""
    op = Parent(frm, to, [BOT, "孙立国"], old_subject, t_old, old_text, text_html(old_text),
                "<000001dbf0a1$aa01$bb02$@hengyue-auto.example.cn>")
    qt, qh = quote_outlook_zh(op)
    text = new_text + qt
    blocks_html = OUTLOOK_HEAD % {"cs": "utf-8"} + "".join(o_para(l) for l in new_text.rstrip("\n").split("\n")) + \
        qh + OUTLOOK_TAIL
    s = D(2025, 7, 15)
    expect(next_week_weekday(s, 0), "2025-07-21", "1304 下周一")
    expect(this_or_next_weekday(s, 3), "2025-07-17", "1304 本周四")
    expect(next_week_weekday(s, 1), "2025-07-22", "1304 下周二同一时间")
    g = gold("minutes", items=[
        item("王海涛", "模具T2试模及试模报告", "2025-07-18"),
        item("崔明哲", "PPAP文件包（含MSA、CPK）整理", "2025-07-25"),
        item("赵婷婷", "包装样件寄德国Emden工厂", "2025-07-21"),
        item("刘佳", "与Nordwerk确认Run@Rate审核日期", "2025-07-17")],
        followup=fu("2025-07-22", "16:00"),
        notes="New minutes sent as 'RE:' in last week's thread (Tue 2025-07-15). Only the top part counts; the quoted "
              "W27 minutes below the Outlook 发件人/发送时间 block hold three old items with dates that must not be "
              "extracted. '上周待办关闭情况' (第1、2项已关闭; 第3项…延到本周五) is status of old items, not a new item. "
              "'我' = the sender 刘佳. 7/18 -> 2025-07-18; 下周一 -> 2025-07-21; 本周四 -> 2025-07-17. '下周二同一时间' "
              "takes the time of this meeting (16:00) -> 2025-07-22 16:00.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, [], slug, cs="utf-8", cte="base64", text=text,
                                 html_doc=blocks_html, irt=op.msgid, refs=[op.msgid], thread_parent="w27"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, qh, g)
    return msg, g, True


@case("1305-reply-done-english-sqe",
      "Reply (Exchange Online, English, +0100) from the German organizer: 'From our side item 2 can be closed' over an Outlook '-----Original Message-----' quote of the recap")
def c1305():
    slug = "1305-reply-done-english-sqe"
    use_org("hy")
    ms = "1301-nordwerk-8d-review-german-english"
    parent = recap_of(ms, minutes_later=4, cutoff="2025-03-10 18:00")
    t = ts("2025-03-14 11:02:37", CET)
    frm = "Jürgen Backhaus"
    to = [bot_reply_to(ms)]
    cc = ["高云峰"]
    own = ("Hello,\n\nthe D4 root cause analysis (item 2) was received from Mr. Gao this morning and was reviewed by us "
           "- the reproduction trial is convincing. From our side item 2 can be closed.\n\nBR\nJürgen Backhaus\n")
    qt, qh = quote_outlook_en(parent)
    text = own + qt
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
                text_html(own) + qh + "</body></html>")
    g = gold("reply", reply=rep("done", [2]),
             notes="The organizer (From of 1301) reports that item 2 (D4 root cause analysis, owner 高云峰) is "
                   "complete and 'can be closed' - intent done for item 2. The organizer may change an item. The quoted "
                   "recap below '-----Original Message-----' lists all items and the command words.")
    msg, tail = exchange_online(frm, to, cc, "RE: " + parent.subject.replace("Re: ", "", 1), t, [], slug,
                                cs="utf-8", irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid], text=text,
                                html_doc=html_doc)
    msg = finish((msg, tail), deliv(t, EXT[frm], slug, "mail-fr2deu01on2089.outbound.protection.outlook.com",
                                    "40.107.135.89"))
    return msg, g, True


@case("1306-japanese-style-tantou-kigen-makeup-sunday",
      "Outlook gb2312 minutes in Japanese factory style (課題/担当/期限, 午前, 1月末, 決定事項, 以上) sent on the 2026-01-04 make-up Sunday; '各班长' owner; '（月）' weekday mark on the next meeting")
def c1306():
    slug = "1306-japanese-style-tantou-kigen-makeup-sunday"
    use_org("hy")
    t = ts("2026-01-04 16:28:10")
    subject = "生产部 年初安全·品质会议 记录（1/4）"
    frm, to, cc = "王海涛", ["范成", "崔明哲", "高云峰"], ["孙立国", BOT]
    rows = [["No.", "課題", "担当", "期限"],
            ["1", "冲压线光栅安全装置全数点检，不良品全部更换", "范", "1/9"],
            ["2", "焊接工位5S再整顿，整顿前后拍照上报", "各班长", "1/7 午前"],
            ["3", "2026年度设备保全计划（TPM）提出", "王", "1月末"],
            ["4", "新人OJT教材改订（品质部分）", "崔（品质）　协力：范", "2/13"]]
    blocks = ["各位：", BR, "今天（1/4 调休上班）年初安全·品质会议的记录如下。", BR, "■ 決定事項",
              "·今年起冲压线每班开班前点检表改为电子版，纸质版停止使用。", "·质量月度会固定在每月第一个周二。", BR,
              "■ 課題·担当·期限", Tbl(rows, plain="tab"), BR, "■ 次回", "1月12日（月）10:00～ 生产部会议室", BR,
              "以上。", BR, "王海涛", "生产部 部长"]
    text = render_text(blocks)
    s = D(2026, 1, 4)
    assert is_workday(s), "1306 make-up Sunday"
    expect(month_end(s), "2026-01-31", "1306 1月末")
    g = gold("minutes", items=[
        item("范成", "冲压线光栅安全装置全数点检，不良品全部更换", "2026-01-09"),
        item(None, "焊接工位5S再整顿，整顿前后拍照上报", "2026-01-07", "12:00", flags=["no_owner"]),
        item("王海涛", "2026年度设备保全计划（TPM）提出", "2026-01-31"),
        item("崔明哲", "新人OJT教材改订（品质部分）", "2026-02-13")],
        followup=fu("2026-01-12", "10:00"),
        notes="Writer trained at a Japanese tier-1: 課題/担当/期限 columns, 午前 (= before noon, like 上午 -> 12:00), "
              "1月末 (= month end), 決定事項 (decisions, not items), 以上. Sent on Sun 2026-01-04, a 调休 make-up "
              "working day. 担当 holds a surname only: 范 = 范成, 王 = the sender 王海涛, 崔（品质） = 崔明哲 (the "
              "协力 helper 范 is not the owner). '各班长' names no person -> no_owner, department null. '1/9' -> "
              "2026-01-09, '1/7 午前' -> 2026-01-07 12:00, '1月末' -> 2026-01-31, '2/13' -> 2026-02-13. Next "
              "meeting '1月12日（月）10:00～' ((月) = Monday in Japanese) -> 2026-01-12 10:00.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1307-auto-ooo-german-english",
      "Exchange out-of-office 'Automatische Antwort:' (German + English) to the recap of 1303, Auto-Submitted: auto-replied; body full of dates and a deputy")
def c1307():
    slug = "1307-auto-ooo-german-english"
    use_org("hy")
    ms = "1303-qbr-purchasing-todo-table-cest"
    parent = recap_of(ms, minutes_later=3, cutoff="2025-06-27 18:00")
    t = ts("2025-06-26 18:44:03", CEST)
    frm = "Katrin Vogel"
    text = ("Vielen Dank für Ihre Nachricht. Ich bin vom 27.06. bis einschließlich 11.07.2025 nicht im Büro und habe "
            "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Stefan Krämer "
            "(stefan.kraemer@nordwerk-automobil.example.de).\n\nThank you for your message. I am out of the office "
            "from 27 June until 11 July 2025 with no access to e-mail. For urgent matters please contact Mr. Stefan "
            "Krämer.\n\nKatrin Vogel\n")
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
                text_html(text) + "</body></html>")
    msg, tail = exchange_online(frm, [bot_reply_to(ms)], [], "Automatische Antwort: " + parent.subject, t, [], slug,
                                cs="utf-8", irt=parent.msgid, text=text, html_doc=html_doc)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = EXT[frm]
    g = gold("auto", notes="Out-of-office auto reply (German/English) to the bot's recap of 1303: Auto-Submitted: "
                           "auto-replied, X-MS-Exchange-Inbox-Rules-Loop, 'Automatische Antwort:' subject. Dates "
                           "(27.06. bis 11.07.2025) and a deputy are not commands; no answer, no items. Note the "
                           "recap would arrive during the OOO that started the same evening.")
    msg = finish((msg, tail), deliv(t, EXT[frm], slug, "mail-be0deu01on2071.outbound.protection.outlook.com",
                                    "40.107.127.71"))
    return msg, g, True


# ================================================================ 澜江日报社 融媒体中心
@case("1308-editorial-board-party-style-national-day",
      "Coremail GBK 编委会会议纪要 in 党政 style (一是…二是…, （一）（二）, 责任单位（牵头/配合）, 完成时限) before National Day 2025: 9月28日 make-up Sunday, 3个工作日内, 国庆中秋假期后第一个工作日, 10月底前; rules not items")
def c1308():
    slug = "1308-editorial-board-party-style-national-day"
    use_org("lj")
    t = ts("2025-09-26 17:20:45")
    subject = "澜江日报社融媒体中心2025年第18次编委会会议纪要"
    frm, to, cc = "宋雅琴", ["周建平", "何晓东", "唐志远", "钱文静", "郑凯"], [BOT]
    text = """澜江日报社融媒体中心
编委会会议纪要
〔2025〕18号

    2025年9月26日上午，中心主任周建平同志主持召开2025年第18次编委会会议，传达学习省委宣传部关于做好国庆中秋期间新闻宣传工作的通知精神，研究部署“双节”期间宣传报道和“澜江号”客户端改版工作。现将会议议定事项纪要如下：

    一、关于国庆中秋“双节”宣传报道工作
    会议认为，今年“双节”叠加，宣传报道任务重、节奏紧。会议要求：一是坚持正确舆论导向，重大稿件严格执行“三审三校”制度；二是突出“家国同庆”主题，多出接地气、有温度的融媒体产品；三是严格落实值班值守和安全播出各项制度。
    会议明确：
    （一）制定“双节”专题报道方案，报编委会审定。责任单位：新闻采编部（牵头），视频部、新媒体运营部（配合）；完成时限：9月28日前。
    （二）各部门做好假期值班安排，值班表3个工作日内报总编室备案。责任单位：各部门。
    （三）做好节前采编发系统、客户端及户外大屏安全巡检。责任人：郑凯；完成时限：9月30日18:00前。

    二、关于“澜江号”客户端改版工作
    会议原则同意新媒体运营部提出的改版方案。
    （一）完成改版二期需求冻结。责任单位：新媒体运营部（牵头），技术保障部（配合）；完成时限：国庆中秋假期后第一个工作日。
    （二）年度用户调研报告由钱文静同志负责，10月底前提交编委会审议。

    三、其他事项
    会议强调，各部门要切实履行意识形态工作责任制，对照年初任务清单逐项梳理，查漏补缺。

    下次编委会定于10月10日（星期五）上午9时在中心三楼第一会议室召开。

出席：周建平、何晓东、唐志远、钱文静、郑凯
列席：宋雅琴
记录：宋雅琴

澜江日报社融媒体中心总编室
2025年9月26日
"""
    s = D(2025, 9, 26)
    assert is_workday(D(2025, 9, 28)), "2025-09-28 make-up Sunday"
    expect(add_workdays(s, 3), "2025-09-30", "1308 3个工作日内")
    expect(first_workday_after(D(2025, 10, 1)), "2025-10-09", "1308 假期后第一个工作日")
    g = gold("minutes", items=[
        item(None, "制定“双节”专题报道方案，报编委会审定", "2025-09-28", flags=["no_owner"], department="新闻采编部"),
        item(None, "做好假期值班安排", "2025-09-30", flags=["no_owner"]),
        item("郑凯", "做好节前采编发系统、客户端及户外大屏安全巡检", "2025-09-30", "18:00"),
        item(None, "完成改版二期需求冻结", "2025-10-09", flags=["no_owner"], department="新媒体运营部"),
        item("钱文静", "年度用户调研报告", "2025-10-31")],
        followup=fu("2025-10-10", "09:00"),
        notes="Sent Fri 2025-09-26. Formal 党政 minutes: the 一是/二是/三是 lines after '会议要求' are rules, the "
              "'会议原则同意' and '会议强调' lines are decisions - none are items. Items are the （一）（二）（三） under "
              "'会议明确' and section 二. '责任单位：新闻采编部（牵头），视频部、新媒体运营部（配合）' -> department-only owner: "
              "no_owner, department = the lead unit 新闻采编部. '9月28日前' = Sunday 2025-09-28, a 调休 make-up "
              "working day (kept). '3个工作日内' counts 09-28 (Sun, make-up), 09-29, 09-30 -> 2025-09-30; its owner "
              "'各部门' is no one in particular (no_owner, department null). '9月30日18:00前' -> 18:00. '国庆中秋假期后"
              "第一个工作日': holiday 10-01..10-08 -> 2025-10-09. '钱文静同志负责，10月底前' -> 2025-10-31. Next board "
              "meeting '10月10日（星期五）上午9时' -> 2025-10-10 09:00.")
    plain_case(slug, lambda *a: coremail(*a, cs="GBK"), frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


def _last(slug):
    return LAST[slug]


LAST = {}
_plain_case = plain_case


def plain_case(slug, builder, frm, to, cc, subject, t, text, g, host=None, ip=None, html_inner=None):  # noqa: F811
    msg = _plain_case(slug, builder, frm, to, cc, subject, t, text, g, host, ip, html_inner)
    LAST[slug] = msg
    return msg


@case("1309-night-desk-slang-qq",
      "QQ Mail gb18030 night-desk note in newsroom slang ('推双微', '竖版', '编前会'): 今晚11点前, 明早9点前, 明天上午, owners 小林/小马/老唐; an instruction with no owner; next 编前会 '明天下午4点'")
def c1309():
    slug = "1309-night-desk-slang-qq"
    use_org("lj")
    t = ts("2025-11-20 21:47:30")
    subject = "今晚夜班碰头 几件事"
    frm, to, cc = "何晓东", ["林雨桐", "马骁", "唐志远"], ["钱文静", BOT]
    text = """各位，刚才夜班碰头定的几件事，记一下：

1. 小林：台风“海葵”专题稿出终版，推双微，今晚11点前
2. 小马：现场视频剪1分钟竖版，明早9点前上抖音号
3. 老唐：跟省气象台再对一遍降雨量数据口径，明天上午
4. 标题再过一遍，别再出上回“已致”写成“以致”那种事

稿子今晚我值班签，有事直接打我电话。
没别的了，明天下午4点编前会照常。

老何
"""
    s = D(2025, 11, 20)
    g = gold("minutes", items=[
        item("林雨桐", "台风“海葵”专题稿出终版，推双微", "2025-11-20", "23:00"),
        item("马骁", "现场视频剪1分钟竖版", "2025-11-21", "09:00"),
        item("唐志远", "跟省气象台再对一遍降雨量数据口径", "2025-11-21", "12:00"),
        item(None, "标题再过一遍", flags=["no_owner", "no_due"])],
        followup=fu("2025-11-21", "16:00"),
        notes="Sent Thu 2025-11-20 21:47. Newsroom slang: 推双微 = push to WeChat + Weibo, 竖版 = vertical video, "
              "编前会 = the daily editorial meeting. Owners by nickname (小林 = 林雨桐, 小马 = 马骁, 老唐 = 唐志远); the "
              "sender signs as 老何 (何晓东). '今晚11点前' -> 2025-11-20 23:00; '明早9点前' -> 2025-11-21 09:00; "
              "'明天上午' -> 2025-11-21 with 上午 = 12:00 (corpus convention). Item 4 names nobody and has no date "
              "(no_owner, no_due); a careful assistant records it. '稿子今晚我值班签' is the sender's routine duty "
              "statement, not an item (ambiguous; a scorer may accept it as an extra). '明天下午4点编前会照常' is the "
              "next meeting -> 2025-11-21 16:00.")
    plain_case(slug, qq_exmail, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1310-dingtalk-ai-minutes-alimail",
      "DingTalk 智能纪要 mailed via Alibaba Mail: AI 摘要, 章节速览 with time stamps and instructions, 发言人观点; only the 待办事项 section counts; '以上内容由AI生成' footer")
def c1310():
    slug = "1310-dingtalk-ai-minutes-alimail"
    use_org("lj")
    t = ts("2026-03-03 16:05:12")
    subject = "【智能纪要】新媒体运营部 全国两会报道产品策划会 2026-03-03"
    frm, to, cc = "钱文静", ["林雨桐", "马骁", "何晓东"], [BOT]
    text = """各位，会上开了钉钉闪记，智能纪要发大家，待办以下面为准。

钉钉智能纪要
会议主题：全国两会报道产品策划会
会议时间：2026-03-03 14:00-15:08（时长 1小时8分钟）
参会人：钱文静、林雨桐、马骁、何晓东

AI 摘要
本次会议围绕全国两会融媒体报道产品展开讨论，确定了H5互动产品、代表通道短视频、图解三条产品线。钱文静强调两会期间所有产品上线前须经总编室终审。何晓东表示新闻采编部可提供驻京记者的代表访谈素材。

章节速览
00:01:32 H5互动产品进度
林雨桐介绍H5“我的两会心愿单”设计稿已完成，开发还需两天，钱文静要求3月4日前上线。
00:18:47 代表通道短视频
马骁提出每天出一条代表通道短视频，钱文静同意，要求持续到闭幕（预计3月12日）。
00:41:05 采编素材支持
何晓东确认新闻采编部驻京记者的代表访谈素材可以共享，具体对接方式会后商定。
00:59:20 其他
讨论了图解产品的分工，由林雨桐兼顾，暂不单列。

待办事项
□ 林雨桐：H5“我的两会心愿单”上线（3月4日前）
□ 马骁：代表通道短视频日更，截止3月12日
□ 何晓东：协调驻京记者提供代表访谈素材

发言人观点
钱文静：两会产品宁可慢一点，也不能出导向问题。
马骁：短视频建议统一片头，节省包装时间。

以上内容由AI生成，仅供参考
"""
    g = gold("minutes", items=[
        item("林雨桐", "H5“我的两会心愿单”上线", "2026-03-04"),
        item("马骁", "代表通道短视频日更", "2026-03-12"),
        item("何晓东", "协调驻京记者提供代表访谈素材", flags=["no_due"])],
        notes="DingTalk AI minutes pasted into an Alibaba Mail message, Tue 2026-03-03. Only the 待办事项 section "
              "holds items (the sender says so too). The AI 摘要, 章节速览 (with 00:01:32-style time stamps and the "
              "same instructions in prose: '钱文静要求3月4日前上线', '持续到闭幕（预计3月12日）') and 发言人观点 must not "
              "produce items or duplicates. '以上内容由AI生成，仅供参考' is a footer. Item 3 has no date -> no_due. "
              "No next meeting.")
    plain_case(slug, alimail, frm, to, cc, subject, t, text, g, host=("out30-57.freemail.mail.aliyun.com",
                                                                       "out30-57.freemail.mail.aliyun.com"),
               ip="115.124.30.57")
    return LAST[slug], g, False


@case("1311-forwarded-topic-minutes-with-preface",
      "Coremail '转发：' of the editor's 选题会 minutes with the forwarder's own preface (a rule, not an item); owner 杜可 known from Cc; '本周五前' from the original Monday; '下周一同一时间（下午4点）'")
def c1311():
    slug = "1311-forwarded-topic-minutes-with-preface"
    use_org("lj")
    t0 = ts("2025-12-08 18:31:40")
    t = ts("2025-12-09 09:12:05")
    subject0 = "新闻采编部周选题会纪要（12月8日）"
    subject = "转发：" + subject0
    frm, to, cc = "宋雅琴", ["周建平", BOT], ["何晓东", "杜可", "林雨桐", "郑凯"]
    orig = """选题会纪要 12月8日（周一）16:00

1. 元旦特别策划《澜江这一年》：何晓东牵头，小林配合，12月26日前出全部版面。
2. 冬季供暖民生调查：杜可深入3个社区蹲点，本周五前交稿。
3. 跨年直播技术方案：郑工，12月20日前。

下周一同一时间（下午4点）再碰。

何晓东
"""
    pre = """周主任、纪要助手：

转发何主编昨天的选题会纪要，请助手登记跟踪。
补充一点：跨年相关稿件一律走三审，请各位注意。

宋雅琴
总编室
"""
    op = Parent("何晓东", ["林雨桐", "杜可", "郑凯"], ["宋雅琴"], subject0, t0, orig, text_html(orig), "<x@y>")
    qt, qh = quote_coremail(op)
    text = pre + qt
    html_inner = text_html(pre) + qh
    s0 = D(2025, 12, 8)
    expect(this_or_next_weekday(s0, 4), "2025-12-12", "1311 本周五 from the original")
    expect(this_or_next_weekday(D(2025, 12, 9), 4), "2025-12-12", "1311 本周五 from the forward")
    expect(next_week_weekday(s0, 0), "2025-12-15", "1311 下周一")
    g = gold("minutes", items=[
        item("何晓东", "元旦特别策划《澜江这一年》", "2025-12-26"),
        item("杜可", "冬季供暖民生调查", "2025-12-12"),
        item("郑凯", "跨年直播技术方案", "2025-12-20")],
        followup=fu("2025-12-15", "16:00"),
        notes="Forward (Tue 2025-12-09) of minutes written Mon 2025-12-08. The forwarder's preface asks the bot to "
              "track them and adds a rule ('一律走三审'), which is not an item. The forwarded part below "
              "'-----原始邮件-----' is the content (must not be dropped as a quote). Item 1: '何晓东牵头，小林配合' -> "
              "the lead 何晓东 owns it. Item 2: 杜可 is in the roster and also in Cc. '本周五前' gives 2025-12-12 from "
              "either the original date or the forward date. 郑工 = 郑凯; '12月20日前' -> 2025-12-20 (Saturday, kept). "
              "'下周一同一时间（下午4点）' -> 2025-12-15 16:00.")
    plain_case(slug, lambda *a: coremail(*a, cs="UTF-8", cte="quoted-printable"), frm, to, cc, subject, t, text, g,
               html_inner=html_inner)
    return LAST[slug], g, False


@case("1312-reply-object-item1-coremail",
      "Coremail reply '有异议' to the recap of 1308 naming 第1项 with a reason full of dates; '-----原始邮件-----' quote")
def c1312():
    slug = "1312-reply-object-item1-coremail"
    use_org("lj")
    ms = "1308-editorial-board-party-style-national-day"
    parent = recap_of(ms, minutes_later=3, cutoff="2025-09-26 18:00")
    t = ts("2025-09-26 17:51:22")
    frm = "何晓东"
    own = ("对第1项有异议：专题报道方案需要视频部先报拍摄计划，他们28号才能给，9月28日前报编委会审定来不及，"
           "建议放到9月30日。请周主任定。\n\n何晓东\n")
    qt, qh = quote_coremail(parent)
    text = own + qt
    g = gold("reply", reply=rep("object", [1]),
             notes="Objection to item 1 of 1308 (the 双节 plan, department-only owner 新闻采编部 whose head is the "
                   "sender) with a reason that contains dates ('28号', '9月28日前', '9月30日'). Intent object, not "
                   "extend: he states 有异议 and asks the chief to decide; a new date is only proposed. Quote: "
                   "Coremail '-----原始邮件-----'.")
    plain_case(slug, coremail, frm, [bot_reply_to(ms)], ["周建平", "宋雅琴"], "Re:" + parent.subject, t, text, g,
               html_inner=text_html(own) + qh)
    msg = LAST[slug]
    msg["In-Reply-To"] = parent.msgid
    msg["References"] = "%s %s" % (VIEWS[ms]["msgid"], parent.msgid)
    return msg, g, False


@case("1313-spring-festival-2026-person-headings-outlook",
      "Outlook gb2312 (GBK-only 昇) plan grouped by person headings 【马骁】【林雨桐】【郑工（技术）】【我】 before Spring Festival 2026: 2月14日 make-up Saturday, 节后第一个工作日, 3个工作日内 over the holiday, 除夕前; next meeting '节后第一天上午' (half day only)")
def c1313():
    slug = "1313-spring-festival-2026-person-headings-outlook"
    use_org("lj")
    t = ts("2026-02-13 17:55:31")
    subject = "马年春节特别报道 分工（视频部牵头）"
    frm, to, cc = "唐志远", ["马骁", "林雨桐", "郑凯"], ["周建平", "钱文静", BOT]
    blocks = ["各位：", BR, "今天下午碰了春节特别报道《旭日昇·澜江年》，分工按人列一下：", BR,
              "【马骁】", "- 除夕夜直播机位图和人员排班表，2月14日（周六，正常上班）中午12点前发我",
              "- 春晚二创短视频，节后第一个工作日上线", BR,
              "【林雨桐】", "- 客户端春节专题页上线，3个工作日内", BR,
              "【郑工（技术）】", "- 直播推流备用链路演练，除夕前完成", BR,
              "【我】", "- 今天下班前把直播方案报周主任", BR,
              "节后第一天上午大家再碰一下复盘。", BR, "唐志远", "视频部"]
    text = render_text(blocks)
    s = D(2026, 2, 13)
    assert is_workday(D(2026, 2, 14)), "2026-02-14 make-up Saturday"
    expect(first_workday_after(D(2026, 2, 15)), "2026-02-24", "1313 节后第一个工作日")
    expect(add_workdays(s, 3), "2026-02-25", "1313 3个工作日内")
    assert not is_workday(D(2026, 2, 16)), "除夕 2026-02-16 is a holiday"
    g = gold("minutes", items=[
        item("马骁", "除夕夜直播机位图和人员排班表", "2026-02-14", "12:00"),
        item("马骁", "春晚二创短视频", "2026-02-24"),
        item("林雨桐", "客户端春节专题页上线", "2026-02-25"),
        item("郑凯", "直播推流备用链路演练", "2026-02-16"),
        item("唐志远", "把直播方案报周主任", "2026-02-13")],
        followup=fu("2026-02-24", None),
        notes="Sent Fri 2026-02-13. Items grouped under person headings; the heading owns the lines below it; '【我】' = "
              "the sender 唐志远; '郑工（技术）' = 郑凯. Spring Festival 2026: holiday 02-15..02-23, make-up working "
              "days 02-14 (Sat) and 02-28 (Sat). '2月14日（周六，正常上班）中午12点前' -> 2026-02-14 12:00. '节后第一个"
              "工作日' -> 2026-02-24. '3个工作日内' counts 02-14, 02-24, 02-25 -> 2026-02-25. '除夕前' = 除夕 "
              "2026-02-16 (X前 = due on X). '今天下班前' -> 2026-02-13 without a time. The next meeting '节后第一天上午' "
              "is a half day only -> 2026-02-24, time null. Charset label gb2312, bytes GBK (昇).")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1314-other-meeting-notice-coremail",
      "会议通知 (a notice of an upcoming meeting, not minutes) from 总编室 with '请各部门于1月20日前报送' requests -> kind other, no items")
def c1314():
    slug = "1314-other-meeting-notice-coremail"
    use_org("lj")
    t = ts("2026-01-14 10:03:18")
    subject = "关于召开2026年度融媒体中心工作会议的通知"
    frm, to, cc = "宋雅琴", ["何晓东", "唐志远", "钱文静", "郑凯"], ["周建平", BOT]
    text = """各部门：

    经中心领导研究，定于2026年1月23日（星期五）上午9:00在报社一楼报告厅召开2026年度融媒体中心工作会议。现将有关事项通知如下：
    一、会议内容：总结2025年工作，部署2026年重点任务，表彰年度优秀融媒体作品。
    二、参会人员：中心全体在编及聘用人员。
    三、有关要求：
    （一）请各部门于1月20日前将参会人员名单报总编室；
    （二）请新闻采编部、视频部各准备一个5分钟以内的典型案例交流发言，1月21日下班前将发言稿报总编室；
    （三）参会人员请提前10分钟入场，会议期间手机调至静音。

    联系人：宋雅琴，电话：0851-8562 3017

澜江日报社融媒体中心总编室
2026年1月14日
"""
    g = gold("other", notes="A 会议通知 for a meeting that has not happened yet, not minutes: its requests to "
                            "departments ('1月20日前…报总编室', '1月21日下班前') are the notice's instructions, not "
                            "action items from a meeting; the meeting date is not a follow-up of any minutes. The "
                            "bot is in Cc because the office copies it on everything. kind other, no items.")
    plain_case(slug, lambda *a: coremail(*a, cs="GBK"), frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1336-wrapped-items-nested-brackets-2027",
      "Thunderbird plain text hard-wrapped at 72 columns (2027): deadlines on continuation lines, nested brackets '（截止：6月6日（周日）中午12点）', sub-numbering （1）（2） inside one item; next meeting with the day on one line and the time on the next")
def c1336():
    slug = "1336-wrapped-items-nested-brackets-2027"
    use_org("lj")
    t = ts("2027-06-01 18:22:40")
    subject = "高考报道策划会纪要（6月1日）"
    frm, to, cc = "何晓东", ["杜可", "马骁", "林雨桐"], ["周建平", "唐志远", BOT]
    text = """各位：

今天高考报道策划会的纪要，请对照执行。

一、总体安排
今年高考报道以“暖心护考”为主线，文字、视频、新媒体三端同步，所有
稿件按三审三校执行。

二、任务分工
1. 高考特别报道（含“澜江考生”系列短视频（共6期））由杜可负责统筹，
   全部稿件
   6月5日前交总编室审核；
2. 马骁：（1）考点外直播机位踩点（6月4日前）；（2）直播脱口秀脚本
   （截止：6月6日（周日）中午12点）；
3. 林雨桐负责新媒体端“高考加油”话题页及互动留言审核，话题页6月3日
   18:00前上线。

三、下次碰头
6月8日（周二）
上午9:30，三楼小会议室，届时复盘第一天报道。

何晓东
"""
    g = gold("minutes", items=[
        item("杜可", "高考特别报道（含“澜江考生”系列短视频（共6期））", "2027-06-05"),
        item("马骁", "考点外直播机位踩点", "2027-06-04"),
        item("马骁", "直播脱口秀脚本", "2027-06-06", "12:00"),
        item("林雨桐", "新媒体端“高考加油”话题页及互动留言审核", "2027-06-03", "18:00")],
        followup=fu("2027-06-08", "09:30"),
        notes="Sent Tue 2027-06-01; only absolute dates (no 2027 calendar is needed). Plain text wrapped by the client "
              "at 72 columns: item 1's deadline sits two continuation lines below its owner ('全部稿件 / 6月5日前') and "
              "its task has nested brackets; item 2 holds two sub-tasks （1）（2） with their own deadlines, the second "
              "inside nested brackets '（截止：6月6日（周日）中午12点）' -> two items for 马骁; item 3's time '18:00前' "
              "is on the next line after '6月3日'. 6月6日 2027 is a Sunday as written. The next meeting has the day "
              "'6月8日（周二）' on one line and '上午9:30' on the next -> 2027-06-08 09:30. Section 一 is a rule.")
    plain_case(slug, lambda f, to_, cc_, sj, tt, tx, hi, sd: thunderbird_plain(f, to_, cc_, sj, tt, tx, sd,
                                                                                cte="8bit"),
               frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


# ================================================================ 和煦物业 翠湖湾项目
@case("1315-property-weekly-colloquial-dragon-boat",
      "QQ Mail gb18030 colloquial 周例会 before Dragon Boat 2025: 邓工/石队/包姐/小韩 aliases, '这周六之前' (a holiday), '明天上午', '节后第一个工作日', '6月10号前', 工程部 尽快; next 例会 '周四下午3点半'")
def c1315():
    slug = "1315-property-weekly-colloquial-dragon-boat"
    use_org("hx")
    t = ts("2025-05-29 15:40:12")
    subject = "翠湖湾项目部周例会（5.29）"
    frm, to, cc = "田秀兰", ["冯国强", "邓志刚", "石磊", "包雯", "韩雪"], [BOT]
    text = """各位领导同事：
今天例会主要说了这几个事，我记了一下：

1、3栋2单元电梯困人那事，邓工这周六之前把维保公司的整改报告要过来，给业主一个交代。
2、端午放假门岗要加岗，石队排好端午加岗班表，明天上午发群里。
3、业主群里一直说垃圾清运不及时，包姐跟清运公司再谈一次，节后第一个工作日给个说法。
4、物业费催缴小韩继续打电话，6月10号前把欠费名单更新一版发我。
5、地库B2-17车位附近顶板渗水，工程部尽快处理，别等下雨天业主车又被泡了。

另外冯经理说了，端午三天项目部领导轮流值班，值班表已经排好发群里了。

下周例会照旧，周四下午3点半。

客服部 田秀兰
"""
    s = D(2025, 5, 29)
    expect(this_or_next_weekday(s, 5), "2025-05-31", "1315 这周六")
    assert not is_workday(D(2025, 5, 31))
    expect(first_workday_after(D(2025, 5, 31)), "2025-06-03", "1315 节后第一个工作日")
    expect(next_week_weekday(s, 3), "2025-06-05", "1315 下周四")
    g = gold("minutes", items=[
        item("邓志刚", "把维保公司的整改报告要过来", "2025-05-31"),
        item("石磊", "排好端午加岗班表", "2025-05-30", "12:00"),
        item("包雯", "跟清运公司再谈一次", "2025-06-03"),
        item("韩雪", "把欠费名单更新一版发我", "2025-06-10"),
        item(None, "地库B2-17车位附近顶板渗水", flags=["no_owner", "vague_due"], department="工程部")],
        followup=fu("2025-06-05", "15:30"),
        notes="Sent Thu 2025-05-29 by the 客服 supervisor, colloquial. Aliases: 邓工 = 邓志刚, 石队 = 石磊, 包姐 = 包雯, "
              "小韩 = 韩雪, 冯经理 = 冯国强. '这周六之前' = Sat 2025-05-31, the first day of the Dragon Boat holiday "
              "(05-31..06-02): the written day is kept. '明天上午' -> 2025-05-30 12:00. '节后第一个工作日' -> 2025-06-03. "
              "'6月10号前' -> 2025-06-10. '工程部尽快处理' -> department-only, vague. The 冯经理 duty-roster line "
              "reports something already done ('已经排好'), not an item. '发我' = to the sender. '下周例会照旧，周四下午3点半' -> 2025-06-05 15:30.")
    plain_case(slug, qq_exmail, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1316-work-order-table-extra-columns-outlook",
      "Outlook gb2312 维修工单跟踪表 with columns in an unusual order (状态 | 工单号 | 处理事项 | 备注 | 优先级 | 责任人 | 期限): 已完成 row excluded; 罗师傅 known only from Cc (qq.com); 今天/本周五/待定")
def c1316():
    slug = "1316-work-order-table-extra-columns-outlook"
    use_org("hx")
    t = ts("2025-08-11 10:20:55")
    subject = "8月第2周 工程/客服联席会 工单跟踪"
    frm, to, cc = "邓志刚", ["田秀兰", "韩雪", "包雯"], ["冯国强", "罗永庆", BOT]
    rows = [["状态", "工单号", "报修内容/处理事项", "备注", "优先级", "责任人", "期限"],
            ["已完成", "WX0802-03", "12栋楼顶水箱清洗消毒", "已出检测报告", "中", "罗师傅", "8/8"],
            ["处理中", "WX0805-11", "5栋地下室排污泵更换", "配件已到", "高", "罗师傅", "8/13"],
            ["未开始", "WX0809-02", "南门道闸抬杆故障，报厂家维修", "", "高", "邓工", "今天"],
            ["处理中", "TS0807-01", "18栋1802业主投诉楼上噪音，协调后回访", "已上门2次", "中", "小韩", "本周五"],
            ["未开始", "WX0810-06", "儿童游乐区地垫破损更换", "等报价", "低", "包雯", "待定"]]
    blocks = ["各位：", BR, "今天联席会过了一遍工单，跟踪表如下，请各责任人按期限处理。", BR, Tbl(rows), BR,
              "上周遗留的7栋外墙空鼓已报维修基金申请，流程较长，本表不再跟踪。", BR, "邓志刚", "工程部"]
    text = render_text(blocks)
    s = D(2025, 8, 11)
    expect(this_or_next_weekday(s, 4), "2025-08-15", "1316 本周五")
    g = gold("minutes", items=[
        item("罗永庆", "5栋地下室排污泵更换", "2025-08-13"),
        item("邓志刚", "南门道闸抬杆故障，报厂家维修", "2025-08-11"),
        item("韩雪", "18栋1802业主投诉楼上噪音，协调后回访", "2025-08-15"),
        item("包雯", "儿童游乐区地垫破损更换", flags=["vague_due"])],
        notes="Sent Mon 2025-08-11. The table's columns come in an unusual order (状态 first, 期限 last, extra 工单号/"
              "备注/优先级). The 已完成 row (WX0802-03) is status, not an item. '罗师傅' (a maintenance worker, not in "
              "the roster) is resolved through the Cc display name 罗永庆 with his qq.com address - the only 罗 in "
              "To/Cc. 邓工 = the sender 邓志刚; 小韩 = 韩雪. '8/13' -> 2025-08-13; '今天' -> 2025-08-11; '本周五' -> "
              "2025-08-15; '待定' -> vague_due. The 7栋 line says it is no longer tracked. No next meeting.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="quoted-printable"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1317-wechat-group-paste-iphone-makeup-saturday",
      "iPhone Mail QP: a WeChat group chat pasted as minutes ('冯国强 15:02' lines, @mentions, [OK], 👌) sent on the 2025-10-11 make-up Saturday: 周一前, 今晚, 今天下班前, 10月17号前 with 'X牵头' after the task")
def c1317():
    slug = "1317-wechat-group-paste-iphone-makeup-saturday"
    use_org("hx")
    t = ts("2025-10-11 19:08:26")
    subject = "今天消防检查碰头（群聊记录整理）"
    frm, to, cc = "冯国强", ["邓志刚", "石磊", "田秀兰"], [BOT]
    text = """把下午群里说的贴一下，当纪要了，助手帮忙记一下待办。

冯国强 15:02
@邓志刚 消防检查提的过期灭火器全部换掉，周一前
邓志刚 15:03
收到👌
石磊 15:05
消防通道乱停车的，我这边贴告知单，今晚贴完，明天开始联系拖车
冯国强 15:06
好。@田秀兰 业主告知书发业主群，今天下班前
田秀兰 15:07
[OK]
冯国强 15:10
整改报告报街道消防站，10月17号前，邓工牵头
邓志刚 15:11
好的
石磊 15:12
[强]

发自我的iPhone
"""
    s = D(2025, 10, 11)
    assert is_workday(s), "2025-10-11 make-up Saturday"
    expect(this_or_next_weekday(s, 0), "2025-10-13", "1317 周一前")
    g = gold("minutes", items=[
        item("邓志刚", "消防检查提的过期灭火器全部换掉", "2025-10-13"),
        item("石磊", "贴告知单", "2025-10-11"),
        item("田秀兰", "业主告知书发业主群", "2025-10-11"),
        item("邓志刚", "整改报告报街道消防站", "2025-10-17")],
        notes="Sent Sat 2025-10-11, a 调休 make-up working day. A WeChat group chat pasted as the minutes ('name "
              "HH:MM' then the message). Items are the assignments: @mentions own them; 石磊 volunteers his own task "
              "('我这边贴告知单，今晚贴完'); '邓工牵头' after the task names the owner. Acknowledgements (收到👌, [OK], [强], "
              "好的) are not items. '周一前' -> 2025-10-13; '今晚' -> 2025-10-11 with no time given (date only); "
              "'今天下班前' -> 2025-10-11; '10月17号前' -> 2025-10-17. '明天开始联系拖车' is "
              "the start of an ongoing action, not a deadline. No next meeting.")
    msg = finish(apple_mail(frm, to, cc, subject, t, text, slug), deliv(t, P[frm]["email"], slug,
                                                                       ("[10.0.0.12]", "unknown"), "117.136.5.212"))
    remember(slug, msg, frm, to, cc, subject, t, text, text_html(text), g)
    return msg, g, False


@case("1318-labor-day-primary-secondary-cells-outlook",
      "Outlook UTF-8 QP 分工表 before May Day 2026: 主责/配合 in one cell (four spellings), one cell with ①② sub-tasks and ①② deadlines, 节后第一个工作日, 3个工作日内 across 05-01..05, 5月9日 make-up Saturday; next meeting 5月7日（周四）上午9:30")
def c1318():
    slug = "1318-labor-day-primary-secondary-cells-outlook"
    use_org("hx")
    t = ts("2026-04-30 16:50:08")
    subject = "五一假期及节后重点工作分工（4月30日项目部会议）"
    frm, to, cc = "冯国强", ["石磊", "邓志刚", "包雯", "田秀兰", "韩雪"], [BOT]
    rows = [["序号", "工作内容", "主责/配合", "完成时间"],
            ["1", "假期安全巡查（每日两次），巡查记录存档", "石磊（主责）/邓志刚（配合）", "5月5日"],
            ["2", "①中央空调冷却塔清洗；②二次供水水箱水质送检", "邓志刚主责，包雯配合", "①5月8日前 ②节后第一个工作日"],
            ["3", "节后业主满意度电话回访（不少于200户）", "主责：田秀兰；协办：韩雪", "3个工作日内"],
            ["4", "组织全员消防演练", "冯国强", "5月9日（周六调休上班）"]]
    blocks = ["各位：", BR, "今天下午项目部会议明确了五一假期及节后几项重点工作，分工如下：", BR, Tbl(rows), BR,
              "假期期间24小时值班电话不变，有突发情况第一时间报我。", BR,
              "节后第一次周例会改到5月7日（周四）上午9:30。", BR, "冯国强", "和煦物业 翠湖湾项目部 项目经理"]
    text = render_text(blocks)
    s = D(2026, 4, 30)
    expect(first_workday_after(D(2026, 5, 1)), "2026-05-06", "1318 节后第一个工作日")
    expect(add_workdays(s, 3), "2026-05-08", "1318 3个工作日内")
    assert is_workday(D(2026, 5, 9)), "2026-05-09 make-up Saturday"
    g = gold("minutes", items=[
        item("石磊", "假期安全巡查（每日两次），巡查记录存档", "2026-05-05"),
        item("邓志刚", "中央空调冷却塔清洗", "2026-05-08"),
        item("邓志刚", "二次供水水箱水质送检", "2026-05-06"),
        item("田秀兰", "节后业主满意度电话回访（不少于200户）", "2026-05-08"),
        item("冯国强", "组织全员消防演练", "2026-05-09")],
        followup=fu("2026-05-07", "09:30"),
        notes="Sent Thu 2026-04-30. One 主责/配合 cell per row, written four ways ('石磊（主责）/邓志刚（配合）', "
              "'邓志刚主责，包雯配合', '主责：田秀兰；协办：韩雪', a single name): the 主责 person owns the row. Row 2 "
              "holds two sub-tasks ①② with deadlines ①② in the 完成时间 cell -> two items. May Day 2026: holiday "
              "05-01..05-05, make-up working day 05-09 (Sat). '5月5日' -> 2026-05-05 (a holiday; kept as written); "
              "'节后第一个工作日' -> 2026-05-06; '3个工作日内' counts 05-06, 05-07, 05-08 -> 2026-05-08; '5月9日（周六调休"
              "上班）' -> 2026-05-09. Next meeting '5月7日（周四）上午9:30'. The 24-hour duty line is a rule.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="utf-8", cte="quoted-printable"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1319-one-line-minutes-busy-manager-2027",
      "One-sentence minutes from the project manager's phone (QQ Mail iOS, 2027): two items in one line, '下周二前', '月底前', next meeting '下周一同一时间' where the time is given in passing")
def c1319():
    slug = "1319-one-line-minutes-busy-manager-2027"
    use_org("hx")
    t = ts("2027-03-10 11:02:47")
    subject = "电梯年检整改碰头"
    frm, to, cc = "冯国强", ["邓志刚", "田秀兰"], [BOT]
    text = ("今天10点碰的电梯年检整改：邓工下周二前报整改清单，田姐月底前把业主告知发出去，下周一同一时间再碰。\n\n"
            "发自我的iPhone\n")
    s = D(2027, 3, 10)
    expect(next_week_weekday(s, 1), "2027-03-16", "1319 下周二")
    expect(month_end(s), "2027-03-31", "1319 月底")
    expect(next_week_weekday(s, 0), "2027-03-15", "1319 下周一")
    g = gold("minutes", items=[
        item("邓志刚", "报整改清单", "2027-03-16"),
        item("田秀兰", "把业主告知发出去", "2027-03-31")],
        followup=fu("2027-03-15", "10:00"),
        notes="Sent Wed 2027-03-10 from a phone: the whole minutes is one sentence. 邓工 = 邓志刚, 田姐 = 田秀兰. "
              "'下周二前' -> 2027-03-16; '月底前' -> 2027-03-31 (no 2027 holiday calendar needed). '下周一同一时间' "
              "takes the meeting time given in passing ('今天10点碰的') -> 2027-03-15 10:00.")
    msg = finish(qq_exmail(frm, to, cc, subject, t, text, text_html(text), slug, cs="gb18030"),
                 deliv(t, P[frm]["email"], slug, ("[10.0.0.5]", "unknown"), "223.104.63.18"))
    remember(slug, msg, frm, to, cc, subject, t, text, text_html(text), g)
    return msg, g, False


@case("1320-reply-done-by-content-qq",
      "QQ Mail reply from the owner '道闸已经修好了，第2项已完成' over a QQ '原始邮件' quote of the recap of 1316")
def c1320():
    slug = "1320-reply-done-by-content-qq"
    use_org("hx")
    ms = "1316-work-order-table-extra-columns-outlook"
    parent = recap_of(ms, minutes_later=2, cutoff="2025-08-11 18:00")
    t = ts("2025-08-11 17:32:09")
    frm = "邓志刚"
    own = "南门道闸厂家下午来人修好了，抬杆正常，第2项已完成。\n\n邓志刚\n"
    qt, qh = quote_qq(parent)
    text = own + qt
    g = gold("reply", reply=rep("done", [2]),
             notes="The owner of item 2 of 1316 (南门道闸, owner 邓志刚) reports it done: '第2项已完成'. The QQ "
                   "'------------------ 原始邮件 ------------------' quote holds the recap table and command words.")
    msg = finish(qq_exmail(frm, [bot_reply_to(ms)], [], "回复：" + parent.subject, t, text,
                           text_html(own) + qh, slug, irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid]),
                 deliv(t, P[frm]["email"], slug))
    return msg, g, False


@case("1321-reply-extend-foxmail-gbk",
      "Foxmail GBK reply '第3项…申请延期到5月11日' (a reason with other dates) to the recap of 1318")
def c1321():
    slug = "1321-reply-extend-foxmail-gbk"
    use_org("hx")
    ms = "1318-labor-day-primary-secondary-cells-outlook"
    parent = recap_of(ms, minutes_later=3, cutoff="2026-04-30 18:00")
    t = ts("2026-04-30 18:21:40")
    frm = "邓志刚"
    own = ("冯经理：\n第3项水箱水质送检，疾控中心检测窗口5月6日、7日都约满了，申请延期到5月11日（周一）。"
           "第2项冷却塔清洗按原计划。\n\n邓志刚\n")
    qt, qh = quote_foxmail(parent)
    text = own + qt
    g = gold("reply", reply=rep("extend", [3], new_due="2026-05-11"),
             notes="Extension request for item 3 of 1318 (二次供水水箱水质送检, owner 邓志刚 = sender) to 5月11日 -> "
                   "2026-05-11. The reason mentions other dates (5月6日、7日) and item 2 '按原计划' is not a command. "
                   "Foxmail GBK with its 发件人：/发送时间： quote block.")
    msg = finish(foxmail(frm, [bot_reply_to(ms)], ["冯国强"], "回复: " + parent.subject, t, text,
                         text_html(own) + qh, slug, cs="GBK", irt=parent.msgid,
                         refs=[VIEWS[ms]["msgid"], parent.msgid]), deliv(t, P[frm]["email"], slug))
    return msg, g, True


@case("1322-auto-qq-vacation-reply",
      "QQ Mail vacation auto-reply ('这是来自QQ邮箱的假期自动回复邮件') from the maintenance worker's qq.com address to the recap of 1316; no Auto-Submitted header, only the subject/body/X-QQ signs")
def c1322():
    slug = "1322-auto-qq-vacation-reply"
    use_org("hx")
    ms = "1316-work-order-table-extra-columns-outlook"
    parent = recap_of(ms, minutes_later=2, cutoff="2025-08-11 18:00")
    t = ts("2025-08-11 10:23:31")
    frm = "罗永庆"
    text = ("这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，"
            "尽快给您回复。\n")
    msg, tail = qq_exmail(frm, [BOT], [], "自动回复: " + parent.subject, t, text, text_html(text), slug,
                          irt=parent.msgid, cs="gb18030")
    g = gold("auto", notes="QQ Mail's standard vacation auto-reply from the worker's personal qq.com address. Real "
                           "QQ auto-replies carry no Auto-Submitted header in this sample, so the evidence is the "
                           "'自动回复:' subject prefix and the fixed body '这是来自QQ邮箱的假期自动回复邮件'. It contains "
                           "'尽快' but is no reply command. The sender is outside the company domain.")
    msg = finish((msg, tail), [("Return-Path", "<%s>" % EXT[frm]), ("Delivered-To", BOT[1]),
                               received(sh(t), ("out162-62-57-87.mail.qq.com", "out162-62-57-87.mail.qq.com"),
                                        "162.62.57.87", seed=slug)])
    return msg, g, False


@case("1338-environment-dept-ordinary-dragon-boat-2026",
      "Ordinary numbered 会议纪要 template (会议名称/时间/地点/参会人/议题/待办) from the 环境部 head, Coremail UTF-8 QP before Dragon Boat 2026: 2个工作日内 across 06-19, 节后第一个工作日, 6月30日前; 上次待办回顾 not items")
def c1338():
    slug = "1338-environment-dept-ordinary-dragon-boat-2026"
    use_org("hx")
    t = ts("2026-06-18 11:36:50")
    subject = "会议纪要：环境部6月第3周工作会"
    frm, to, cc = "包雯", ["冯国强", "田秀兰"], [BOT]
    text = """会议纪要

会议名称：环境部6月第3周工作会
会议时间：2026年6月18日 9:30-10:30
会议地点：项目部二楼会议室
参会人员：包雯、冯国强、田秀兰（客服部列席）
记录人：包雯

一、上次待办回顾
1. 垃圾分类督导员排班 —— 已完成
2. 绿化带补种 —— 已完成

二、会议议题
1. 夏季蚊虫消杀；2. 端午期间保洁加班安排；3. 业主投诉的楼道异味。

三、待办事项
1. 包雯：联系消杀公司完成全小区第二轮蚊虫消杀，2个工作日内。
2. 田秀兰：整理近一个月楼道异味投诉清单发环境部，节后第一个工作日。
3. 包雯：与保洁外包公司签订下半年补充协议，6月30日前。

四、下次会议：6月25日（周四）上午9:30

以上，如有遗漏请补充。
"""
    s = D(2026, 6, 18)
    expect(add_workdays(s, 2), "2026-06-23", "1338 2个工作日内 over Dragon Boat")
    expect(first_workday_after(D(2026, 6, 19)), "2026-06-22", "1338 节后第一个工作日")
    g = gold("minutes", items=[
        item("包雯", "联系消杀公司完成全小区第二轮蚊虫消杀", "2026-06-23"),
        item("田秀兰", "整理近一个月楼道异味投诉清单发环境部", "2026-06-22"),
        item("包雯", "与保洁外包公司签订下半年补充协议", "2026-06-30")],
        followup=fu("2026-06-25", "09:30"),
        notes="Sent Thu 2026-06-18. An ordinary 会议纪要 template. '上次待办回顾' rows marked 已完成 are status. Dragon "
              "Boat 2026: holiday 06-19..06-21 (no make-up day). '2个工作日内' counts 06-22, 06-23 -> 2026-06-23; "
              "'节后第一个工作日' -> 2026-06-22; '6月30日前' -> 2026-06-30. Next meeting 2026-06-25 09:30.")
    plain_case(slug, lambda *a: coremail(*a, cs="UTF-8", cte="quoted-printable"), frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


# ================================================================ 栖云数科 (Hangzhou fintech, Feishu/Lark)
def feishu_case(slug, frm, to, cc, subject, t, text, g, html_inner=None, **kw):
    hi = html_inner if html_inner is not None else text_html(text)
    msg = finish(feishu(frm, to, cc, subject, t, text, hi, slug, **kw),
                 [("Return-Path", "<%s>" % _pair(frm)[1]), ("Delivered-To", BOT[1]),
                  received(sh(t), ("va-1-28.ptr.blmpb.com", "va-1-28.ptr.blmpb.com"), "209.127.230.28", seed=slug)])
    remember(slug, msg, frm, to, cc, subject, t, text, hi, g)
    LAST[slug] = msg
    return msg


def md_html(text):
    """Feishu doc pasted into Feishu Mail: headings, check lists and bold become HTML."""
    out = []
    for l in text.rstrip("\n").split("\n"):
        m = re.match(r"^(#{1,3}) (.*)", l)
        if m:
            out.append("<h%d>%s</h%d>" % (len(m.group(1)), esc(m.group(2)), len(m.group(1))))
        elif l.startswith("- [ ] ") or l.startswith("- [x] "):
            done = l[3] == "x"
            out.append('<div class="todo"><input type="checkbox"%s disabled> %s</div>'
                       % (" checked" if done else "", esc(l[6:])))
        elif l.startswith("- "):
            out.append("<li>%s</li>" % esc(l[2:]))
        elif not l.strip():
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(l)))
    return "\n".join(out)


@case("1323-feishu-doc-markdown-checkboxes",
      "Feishu Mail with a Feishu-doc Markdown export: '## Action Items' with '- [ ] @name' and a done '- [x]' line, 'by 3/21', 下周三, 'DDL: 3月28日', a conditional item; '## 结论' decisions; next Sprint Review")
def c1323():
    slug = "1323-feishu-doc-markdown-checkboxes"
    use_org("qy")
    t = ts("2025-03-18 11:20:37")
    subject = "[Sprint 25 Planning] 会议纪要"
    frm, to, cc = "叶子涵", ["徐嘉诚", "方晴", "潘浩", "蒋梦瑶"], ["陆一鸣", BOT]
    text = """Hi all，Sprint 25 planning 纪要（飞书文档同步版），有问题直接评论～

# Sprint 25 Planning 会议纪要
**时间**：2025-03-18 10:00-11:00
**参会人**：@叶子涵 @徐嘉诚 @方晴 @潘浩 @蒋梦瑶

## 背景
上个 sprint 对账差错率 0.03%，目标压到 0.01% 以下；风控规则 v2 已在测试环境跑通。

## 结论
- 本 sprint 只做对账 & 风控灰度，营销活动需求顺延到 Sprint 26
- 所有上线走双人 review，不再走紧急通道

## Action Items
- [x] @方晴 补齐上个 sprint 遗留的回归用例
- [ ] @徐嘉诚 settlement 对账 job 幂等改造，by 3/21
- [ ] @潘浩 生产 Redis 集群扩容方案评审 —— 下周三
- [ ] @蒋梦瑶 风控规则 v2 灰度 10% 流量 DDL: 3月28日
- [ ] @方晴 对账 job 压测报告（等嘉诚改造完成后再排）

## 下次
Sprint Review：3月31日（周一）14:00，5F 西湖会议室
"""
    s = D(2025, 3, 18)
    expect(next_week_weekday(s, 2), "2025-03-26", "1323 下周三")
    g = gold("minutes", items=[
        item("徐嘉诚", "settlement 对账 job 幂等改造", "2025-03-21"),
        item("潘浩", "生产 Redis 集群扩容方案评审", "2025-03-26"),
        item("蒋梦瑶", "风控规则 v2 灰度 10% 流量", "2025-03-28"),
        item("方晴", "对账 job 压测报告", flags=["no_due"])],
        followup=fu("2025-03-31", "14:00"),
        notes="Sent Tue 2025-03-18 from Feishu Mail; the body is a Feishu doc as Markdown (headings, **bold**, "
              "'- [ ]' / '- [x]' check lists with @handles = display names). The checked '- [x]' line is done, not an "
              "item. '## 结论' lines are decisions; '## 背景' facts. 'by 3/21' -> 2025-03-21; '—— 下周三' -> "
              "2025-03-26; 'DDL: 3月28日' -> 2025-03-28. The last item waits for another task and has no date -> "
              "no_due. 'Sprint Review：3月31日（周一）14:00' is the next meeting.")
    feishu_case(slug, frm, to, cc, subject, t, text, g, html_inner=md_html(text))
    return LAST[slug], g, False


@case("1324-feishu-ai-minutes-national-day-eve",
      "飞书妙记 智能纪要 forwarded by the CTO on 2025-09-30: 总结 and 章节 (time stamps, imperative sentences) are not items, only 待办; '国庆前' on the last working day, '今天', '节后第一个工作日'; AI footer")
def c1324():
    slug = "1324-feishu-ai-minutes-national-day-eve"
    use_org("qy")
    t = ts("2025-09-30 17:10:44")
    subject = "智能纪要：支付通道切换 & 国庆保障 2025年9月30日"
    frm, to, cc = "陆一鸣", ["徐嘉诚", "潘浩", "方晴", "叶子涵"], [BOT]
    text = """智能纪要自动生成，转给大家，待办请认领。

智能纪要：支付通道切换 & 国庆保障 2025年9月30日
会议时间：2025年9月30日 15:30 | 时长 42分钟
参会人：陆一鸣、徐嘉诚、潘浩、方晴、叶子涵

总结
会议讨论了支付通道从 A 通道切换至东钱湖银行直连的进度，以及国庆长假期间的保障安排。陆一鸣强调，假期期间非紧急变更一律冻结，所有人保持手机畅通。

章节
00:00 通道切换进度
徐嘉诚表示切换代码已合入主干，灰度开关尚未配置。陆一鸣要求尽快配置完毕，假期前必须具备一键回切能力。
12:35 假期保障
潘浩负责 on-call 排班，方晴提出节后需要完整回归。
27:10 银行联调
叶子涵提到银行侧联调窗口还没确定。

待办
徐嘉诚：国庆前完成支付通道切换的灰度开关配置
潘浩：国庆 on-call 排班表今天发群里
方晴：节后第一个工作日完成全量回归测试
叶子涵：与东钱湖银行确认联调窗口

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    s = D(2025, 9, 30)
    expect(last_workday_before(D(2025, 10, 1)), "2025-09-30", "1324 国庆前 = last working day before")
    expect(first_workday_after(D(2025, 10, 1)), "2025-10-09", "1324 节后第一个工作日")
    g = gold("minutes", items=[
        item("徐嘉诚", "完成支付通道切换的灰度开关配置", "2025-09-30"),
        item("潘浩", "国庆 on-call 排班表", "2025-09-30"),
        item("方晴", "完成全量回归测试", "2025-10-09"),
        item("叶子涵", "与东钱湖银行确认联调窗口", flags=["no_due"])],
        notes="Feishu AI minutes (妙记 智能纪要) forwarded on Tue 2025-09-30, the last working day before National "
              "Day + Mid-Autumn (10-01..10-08). Only the 待办 list counts; 总结 and 章节 contain imperative prose "
              "('陆一鸣要求尽快配置完毕', '一律冻结') that must not become items. '国庆前' -> the last working day "
              "before the holiday = 2025-09-30 (today). '今天发群里' -> 2025-09-30. '节后第一个工作日' -> 2025-10-09. Item 4 has no "
              "date -> no_due. The AI footer is not content.")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1325-english-ai-action-owner-due-blocks",
      "CTO's English notes to the bank partner (Feishu Mail) mixing 'AI: Kai to … by EOD Thursday', 'ACTION ITEM (Sunny): … by 6/24', 'Action: DQH Bank … ASAP', Owner:/Due:/Task: blocks (端午节后第一个工作日, next Tuesday), external owner; 'Next sync: Thu 6/25, 10:00 CST'")
def c1325():
    slug = "1325-english-ai-action-owner-due-blocks"
    use_org("qy")
    t = ts("2026-06-17 20:15:03")
    subject = "Notes - DQH Bank API integration sync (6/17)"
    frm, to, cc = "陆一鸣", ["陈蔚", "徐嘉诚", "方晴", "许佳怡"], [BOT]
    text = """Hi all,

Thanks for the productive session today. Notes below, pls shout if I missed anything.

Attendees: Eric, Kai, Sunny, Jenny (Qiyun); 陈蔚 (DQH Bank)

Summary
- Sandbox connectivity is OK; signature verification fails for the refund callback.
- Bank confirmed SM2 is mandatory for all callbacks from 7/1.

AI: Kai to fix the refund callback signature verification (SM2) by EOD Thursday.
ACTION ITEM (Sunny): end-to-end test cases for the refund flow, by 6/24.
Action: DQH Bank to provide the UAT whitelist IPs - ASAP.

Owner: Jenny
Due: 端午节后第一个工作日
Task: 完成数据出境合规自评估表

Owner: 陈蔚
Due: next Tuesday
Task: confirm the reconciliation file format (CSV vs. fixed-width)

Next sync: Thu 6/25, 10:00 CST, same Tencent Meeting link.

Best,
Eric
"""
    s = D(2026, 6, 17)
    expect(this_or_next_weekday(s, 3), "2026-06-18", "1325 Thursday")
    expect(first_workday_after(D(2026, 6, 19)), "2026-06-22", "1325 端午节后第一个工作日")
    expect(next_week_weekday(s, 1), "2026-06-23", "1325 next Tuesday")
    g = gold("minutes", items=[
        item("徐嘉诚", "fix the refund callback signature verification (SM2)", "2026-06-18"),
        item("方晴", "end-to-end test cases for the refund flow", "2026-06-24"),
        item(None, "provide the UAT whitelist IPs", flags=["no_owner", "vague_due"]),
        item("许佳怡", "完成数据出境合规自评估表", "2026-06-22"),
        item("陈蔚", "confirm the reconciliation file format (CSV vs. fixed-width)", "2026-06-23")],
        followup=fu("2026-06-25", "10:00"),
        notes="Sent Wed 2026-06-17 20:15. Four action conventions in one mail: 'AI: Kai to … by EOD Thursday' "
              "(AI = action item, not artificial intelligence; EOD -> date only, 2026-06-18), 'ACTION ITEM (Sunny): …, "
              "by 6/24', 'Action: DQH Bank to … - ASAP' (an external company, no person -> no_owner, department null, "
              "vague), and Owner:/Due:/Task: blocks. English names via aliases (Kai = 徐嘉诚, Sunny = 方晴, Jenny = "
              "许佳怡); 陈蔚 is external, address from To. Dragon Boat 2026: 06-19..06-21 off -> '端午节后第一个工作日' = "
              "2026-06-22. 'next Tuesday' -> 2026-06-23. 'from 7/1' is a fact. 'Next sync: Thu 6/25, 10:00 CST'.")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1326-excel-range-tsv-mid-autumn-2026",
      "Feishu Sheets range pasted as tab-separated text (ID/模块/任务/Owner/DDL/状态/优先级): 'Done' row excluded, DDL formats 2026/9/22, 9月底, 10/9, '节后3个工作日内' (after National Day 2026, into the 10-10 make-up Saturday); next meeting moved off the Mid-Autumn holiday '改到9/24（周四）同一时间'")
def c1326():
    slug = "1326-excel-range-tsv-mid-autumn-2026"
    use_org("qy")
    t = ts("2026-09-18 16:58:21")
    subject = "Q4 tech debt 清单（周会过了一遍）"
    frm, to, cc = "徐嘉诚", ["潘浩", "蒋梦瑶", "方晴"], ["陆一鸣", BOT]
    rows = [["ID", "模块", "任务", "Owner", "DDL", "状态", "优先级"],
            ["TD-31", "gateway", "升级 Netty 修复 CVE-2026-1187", "潘浩", "2026/9/22", "进行中", "P0"],
            ["TD-32", "ledger", "老账务表归档脚本", "徐嘉诚", "9月底", "未开始", "P1"],
            ["TD-33", "risk", "规则引擎日志脱敏", "蒋梦瑶", "10/9", "未开始", "P1"],
            ["TD-29", "ci", "单测覆盖率门禁 70%", "方晴", "9/12", "Done", "P2"],
            ["TD-34", "infra", "跨可用区容灾演练", "潘浩", "节后3个工作日内", "未开始", "P0"]]
    text = ("今天周会（周五 16:00）把 Q4 tech debt 过了一遍，表格直接从飞书表格复制的：\n\n" +
            "\n".join("\t".join(r) for r in rows) +
            "\n\nTD-29 已经上线了，留着做记录。\n下周五中秋放假，周会改到9/24（周四）同一时间。\n\n嘉诚\n")
    s = D(2026, 9, 18)
    assert not is_workday(D(2026, 9, 25)), "2026-09-25 Mid-Autumn"
    end = D(2026, 10, 7)
    assert not is_workday(end) and is_workday(D(2026, 10, 8))
    expect(add_workdays(end, 3), "2026-10-10", "1326 节后3个工作日内")
    expect(month_end(s), "2026-09-30", "1326 9月底")
    g = gold("minutes", items=[
        item("潘浩", "升级 Netty 修复 CVE-2026-1187", "2026-09-22"),
        item("徐嘉诚", "老账务表归档脚本", "2026-09-30"),
        item("蒋梦瑶", "规则引擎日志脱敏", "2026-10-09"),
        item("潘浩", "跨可用区容灾演练", "2026-10-10")],
        followup=fu("2026-09-24", "16:00"),
        notes="Sent Fri 2026-09-18. A spreadsheet range pasted as TSV (no HTML table in the plain part; Feishu's HTML "
              "part shows the same lines). The 'Done' row TD-29 is status. DDL '2026/9/22' -> 2026-09-22; '9月底' -> "
              "2026-09-30; '10/9' -> 2026-10-09; '节后3个工作日内' = within 3 working days after the National Day "
              "holiday 10-01..10-07: 10-08, 10-09, 10-10 (Saturday make-up working day) -> 2026-10-10 (ambiguous "
              "anchor; this is what the team means). Next meeting: Mid-Autumn 2026-09-25 is off, so the weekly "
              "meeting moves to 9/24 (周四) at the same time as today's (16:00).")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1327-emoji-bullets-release-go-no-go",
      "QA lead's emoji-bullet minutes (🔥📌👉⚠️🔁) in Feishu Mail: 周五中午12点前, 明天 EOD, 周五18:00前, '谁来？待定' (no owner, no date); decision/risk lines; '下周二同一时间' with this meeting's time in the header")
def c1327():
    slug = "1327-emoji-bullets-release-go-no-go"
    use_org("qy")
    t = ts("2026-11-05 15:20:09")
    subject = "🧪 Release 3.8 go/no-go 会议纪要"
    frm, to, cc = "方晴", ["潘浩", "徐嘉诚", "蒋梦瑶", "叶子涵"], ["陆一鸣", BOT]
    text = """🕑 11/5（周四）14:00-15:00 | 📍 3F 钱塘厅

✅ 结论：Go！发布窗口 11/7（周六）02:00-04:00
⚠️ 风险：东钱湖银行侧证书 11/10 过期，银行说会提前换

📌 待办
👉 @潘浩 发布 checklist 更新 + 回滚脚本演练，周五中午12点前
👉 @徐嘉诚 hotfix 分支合并 & 打 tag，明天 EOD
👉 @蒋梦瑶 风控阈值配置双人复核，周五18:00前
👉 客服培训话术更新 —— 谁来？待定

🔁 发布后 review：下周二同一时间

🙏 有问题群里喊我
方晴 Sunny
"""
    s = D(2026, 11, 5)
    expect(this_or_next_weekday(s, 4), "2026-11-06", "1327 周五")
    expect(next_week_weekday(s, 1), "2026-11-10", "1327 下周二")
    g = gold("minutes", items=[
        item("潘浩", "发布 checklist 更新 + 回滚脚本演练", "2026-11-06", "12:00"),
        item("徐嘉诚", "hotfix 分支合并 & 打 tag", "2026-11-06"),
        item("蒋梦瑶", "风控阈值配置双人复核", "2026-11-06", "18:00"),
        item(None, "客服培训话术更新", flags=["no_owner", "no_due"])],
        followup=fu("2026-11-10", "14:00"),
        notes="Sent Thu 2026-11-05 by the QA lead (emoji habit). '✅ 结论' is a decision and its 11/7 02:00 window is "
              "not a deadline; '⚠️ 风险' with 11/10 is a fact. '周五中午12点前' -> 2026-11-06 12:00; '明天 EOD' -> "
              "2026-11-06, no time; '周五18:00前' -> 2026-11-06 18:00. '谁来？待定': the owner is undecided and no "
              "date is given -> no_owner + no_due (待定 here refers to the owner, not the date; a scorer may accept "
              "vague_due instead). '下周二同一时间' takes this meeting's start 14:00 from the header line -> "
              "2026-11-10 14:00.")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1328-prose-recap-cto-2027",
      "CTO's prose recap (2027, Feishu HTML): items buried in English/Chinese paragraphs ('Kai will … by next Friday', 'ideally by Wednesday 1/27', 'by end of month', 'Mia 牵头，1月底前'); next meeting '2/3 (Wed) at 15:00'")
def c1328():
    slug = "1328-prose-recap-cto-2027"
    use_org("qy")
    t = ts("2027-01-20 19:42:15")
    subject = "Recap: ledger architecture review"
    frm, to, cc = "陆一鸣", ["徐嘉诚", "潘浩", "方晴", "蒋梦瑶"], ["许佳怡", BOT]
    text = """Hi team,

Quick recap of today's architecture review, so we don't lose the thread.

We agreed to move the ledger from the shared MySQL cluster to its own TiDB cluster in Q1; the old sharding proposal is dropped. Kai will put together the migration plan (cut-over steps, rollback, dual-write window) and share it by next Friday. I'd like Hao to have the capacity numbers ready before that, ideally by Wednesday 1/27, so Kai can plug them in.

Sunny raised a good point about test data: the staging copies still contain real card BINs. Sunny, please own the test data masking proposal and bring it to us by end of month.

合规这边 Jenny 提醒数据分级要按新版监管口径重新过一遍，这个 Mia 牵头，1月底前给结论。

We'll reconvene on 2/3 (Wed) at 15:00, same room.

Eric
"""
    s = D(2027, 1, 20)
    expect(next_week_weekday(s, 4), "2027-01-29", "1328 next Friday")
    expect(month_end(s), "2027-01-31", "1328 end of month")
    g = gold("minutes", items=[
        item("徐嘉诚", "put together the migration plan (cut-over steps, rollback, dual-write window)", "2027-01-29"),
        item("潘浩", "have the capacity numbers ready", "2027-01-27"),
        item("方晴", "own the test data masking proposal", "2027-01-31"),
        item("蒋梦瑶", "数据分级要按新版监管口径重新过一遍", "2027-01-31")],
        followup=fu("2027-02-03", "15:00"),
        notes="Sent Wed 2027-01-20 (absolute dates and weekdays only; no 2027 calendar needed). No list: the items "
              "are sentences inside paragraphs. 'by next Friday' from a Wednesday -> the Friday of next week, "
              "2027-01-29 (corpus rule). 'ideally by Wednesday 1/27' -> 2027-01-27. 'by end of month' and '1月底前' -> "
              "2027-01-31. The data-classification task was raised by Jenny but 'Mia 牵头' -> 蒋梦瑶 owns it. 'We "
              "agreed…' and 'the old sharding proposal is dropped' are decisions. '2/3 (Wed) at 15:00'.")
    hi = "".join("<p>%s</p>" % esc(p) for p in text.strip().split("\n\n"))
    feishu_case(slug, frm, to, cc, subject, t, text, g, html_inner=hi)
    return LAST[slug], g, False


@case("1329-same-task-twice-own-numbering-new-year",
      "Feishu Mail action list with the team's own running numbers (A-18..A-21, 'A-17 已关闭'), the same task text '更新 runbook' for two owners with different dates, '元旦后第一个工作日' = the 2026-01-04 make-up Sunday, '各 team lead' owner")
def c1329():
    slug = "1329-same-task-twice-own-numbering-new-year"
    use_org("qy")
    t = ts("2025-12-30 16:12:55")
    subject = "年终复盘会 action items（接 A-17）"
    frm, to, cc = "叶子涵", ["潘浩", "方晴", "蒋梦瑶", "徐嘉诚"], ["陆一鸣", BOT]
    text = """各位，年终复盘会（今天 15:00-16:00）的 action items，编号接着上次的：

A-17 支付网关告警阈值调整 —— 已关闭 ✔

A-18 更新 runbook —— @潘浩 —— 12/31
A-19 更新 runbook —— @方晴 —— 元旦后第一个工作日
A-20 年度资损复盘报告 —— @蒋梦瑶 —— 1月9日
A-21 2026 OKR 草稿 —— 各 team lead —— 1/7

说明：A-18 是网关/清结算的 runbook，A-19 是测试环境的 runbook，分开跟。

下次：1月6日（周二）同一时间。

子涵
"""
    s = D(2025, 12, 30)
    expect(first_workday_after(D(2026, 1, 1)), "2026-01-04", "1329 元旦后第一个工作日 = make-up Sunday")
    g = gold("minutes", items=[
        item("潘浩", "更新 runbook", "2025-12-31"),
        item("方晴", "更新 runbook", "2026-01-04"),
        item("蒋梦瑶", "年度资损复盘报告", "2026-01-09"),
        item(None, "2026 OKR 草稿", "2026-01-07", flags=["no_owner"])],
        followup=fu("2026-01-06", "15:00"),
        notes="Sent Tue 2025-12-30. The team numbers items itself (A-18…A-21), continuing from earlier minutes; 'A-17 "
              "… 已关闭' is status. A-18 and A-19 have the same task text '更新 runbook' with different owners and "
              "dates: two distinct items (must not be merged as duplicates). New Year 2026: 01-01..01-03 off, Sunday "
              "01-04 is a make-up working day -> '元旦后第一个工作日' = 2026-01-04. '12/31' -> 2025-12-31; '1月9日' and "
              "'1/7' roll into 2026 (clearly future). '各 team lead' names no person -> no_owner. Next: '1月6日（周二）"
              "同一时间' with today's meeting at 15:00.")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1330-aml-minutes-docx-attachment",
      "Feishu Mail whose body only says '纪要见附件': the minutes are a .docx attachment (RFC 2231 Chinese filename) with a 整改事项/责任人/完成期限 table")
def c1330():
    slug = "1330-aml-minutes-docx-attachment"
    use_org("qy")
    t = ts("2026-07-28 14:36:02")
    subject = "反洗钱季度合规检查会议纪要（2026Q2）"
    frm, to, cc = "许佳怡", ["蒋梦瑶", "叶子涵", "陆一鸣"], [BOT]
    text = "各位好，\n\n附件为今天上午反洗钱（AML）季度合规检查会议纪要，请查收，按期完成整改。\n\n许佳怡 Jenny\n风控合规部\n"
    paras = ["反洗钱季度合规检查会议纪要（2026Q2）", "时间：2026年7月28日 10:00-11:30    地点：6F 合规会议室",
             "参会：蒋梦瑶、叶子涵、陆一鸣、许佳怡", "一、检查发现：可疑交易人工复核平均时长超出内控标准；部分存量客户身份信息未更新。",
             "二、整改事项："]
    rows = [["序号", "整改事项", "责任人", "完成期限"],
            ["1", "可疑交易监测模型阈值复核", "蒋梦瑶", "2026年8月14日"],
            ["2", "存量客户身份识别（KYC）信息回溯更新", "叶子涵", "2026年9月30日"],
            ["3", "全员反洗钱培训及考试", "许佳怡", "8月底前"]]
    data = docx_bytes(paras + [], rows)
    att = attachment("反洗钱季度检查会议纪要-2026Q2.docx", data,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    g = gold("minutes", items=[
        item("蒋梦瑶", "可疑交易监测模型阈值复核", "2026-08-14"),
        item("叶子涵", "存量客户身份识别（KYC）信息回溯更新", "2026-09-30"),
        item("许佳怡", "全员反洗钱培训及考试", "2026-08-31")],
        notes="Sent Tue 2026-07-28. The mail body has no items; the minutes are in the .docx attachment "
              "(WordprocessingML, a 4-column table). A parser that reads only the body finds nothing; a careful "
              "assistant opens the attachment. '2026年8月14日', '2026年9月30日', '8月底前' -> 2026-08-31. The task "
              "texts are in the attachment, not in the mail text (the corpus task-in-text check is relaxed for "
              "this case). No next meeting.")
    feishu_case(slug, frm, to, cc, subject, t, text, g, attachments=[att])
    return LAST[slug], g, False


@case("1331-reply-progress-feishu",
      "Feishu Mail reply '#1 进度 60%…周五应该能完' (a weekday that is not an extension) quoting the recap of 1323 with '> From:' lines")
def c1331():
    slug = "1331-reply-progress-feishu"
    use_org("qy")
    ms = "1323-feishu-doc-markdown-checkboxes"
    parent = recap_of(ms, minutes_later=3, cutoff="2025-03-18 18:00")
    t = ts("2025-03-20 10:41:18")
    frm = "徐嘉诚"
    own = "#1 进度 60%，幂等 key 已经加上了，剩补偿逻辑和单测，周五应该能完。\n\n嘉诚\n"
    qt, qh = quote_feishu(parent)
    text = own + qt
    g = gold("reply", reply=rep("progress", [1], percent=60),
             notes="Owner 徐嘉诚 reports 60% on item #1 of 1323 (对账 job 幂等改造, due 3/21). '周五应该能完' is an "
                   "estimate matching the existing deadline, not an extension request. Feishu '> From: / > Date:' quote.")
    feishu_case(slug, frm, [bot_reply_to(ms)], [], "Re: " + parent.subject, t, text, g,
                html_inner=text_html(own) + qh, irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid])
    return LAST[slug], g, False


@case("1332-reply-confirm-emoji-feishu",
      "Feishu Mail reply '收到，无异议 👍' to the recap of 1327 (plain text only)")
def c1332():
    slug = "1332-reply-confirm-emoji-feishu"
    use_org("qy")
    ms = "1327-emoji-bullets-release-go-no-go"
    parent = recap_of(ms, minutes_later=2, cutoff="2026-11-05 18:00")
    t = ts("2026-11-05 15:47:51")
    frm = "蒋梦瑶"
    own = "收到，无异议 👍\n"
    qt, qh = quote_feishu(parent)
    g = gold("reply", reply=rep("confirm", []),
             notes="Owner of item 3 confirms the recap of 1327 with '收到，无异议' and an emoji; no item number. "
                   "Plain-text Feishu message, quote below.")
    feishu_case(slug, frm, [bot_reply_to(ms)], [], "Re: " + parent.subject, t, own + qt, g, plain_only=True,
                irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid])
    return LAST[slug], g, False


@case("1333-auto-jira-notification",
      "Jira notification (Auto-Submitted: auto-generated, Precedence: bulk, X-JIRA-FingerPrint) about an issue 'Due: 21/Mar/25' assigned to an owner -> kind auto")
def c1333():
    slug = "1333-auto-jira-notification"
    use_org("qy")
    t = ts("2025-03-19 09:03:12")
    text = """徐嘉诚 updated PAY-1432
-----------------------------------

Summary: settlement 对账 job 幂等改造
Assignee: 徐嘉诚
Reporter: 叶子涵
Priority: High
Due Date: 21/Mar/25

徐嘉诚 changed Status: To Do -> In Progress
徐嘉诚 commented:
幂等 key 方案确定用 (merchant_id, batch_no)，周五前提测。

View issue: https://jira.qiyunpay.example.cn/browse/PAY-1432

This message was sent by Atlassian Jira (v9.12.2#9120002-sha1:8b2c4f1)
"""
    b = "----=_Part_%s" % hx(slug, 12)
    html_doc = "<html><body>%s</body></html>" % text_html(text)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit" if text.isascii() else "quoted-printable",
                                      ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
    hdrs = [("Return-Path", "<jira@qiyunpay.example.cn>"), ("Delivered-To", BOT[1]),
            received(sh(t), ("jira.qiyunpay.example.cn", "jira.qiyunpay.example.cn"), "10.20.3.41", seed=slug),
            ("Date", rfc_date(t)), ("From", '"%s (Jira)" <jira@qiyunpay.example.cn>' %
                                    " ".join(encoded_words("徐嘉诚"))),
            ("To", BOT[1]), ("Message-ID", "<JIRA.%d.%s@Atlassian.JIRA>" % (81432, hx(slug, 16))),
            ("In-Reply-To", "<JIRA.81432.1742267400000@Atlassian.JIRA>"),
            ("Subject", htext("[JIRA] (PAY-1432) settlement 对账 job 幂等改造", "UTF-8", "B")),
            ("MIME-Version", "1.0"), ("X-JIRA-FingerPrint", hx(slug + "fp", 32)),
            ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    msg = envelope(hdrs, body, mime_version=False)
    g = gold("auto", notes="Jira watcher notification (the bot address watches the project by mistake): "
                           "Auto-Submitted: auto-generated, Precedence: bulk, X-JIRA-FingerPrint. The body has an "
                           "assignee, a due date and '周五前提测' but no person wrote it to the bot: kind auto.")
    return msg, g, False


@case("1334-other-prd-review-request-feishu",
      "Person-to-person Feishu mail asking reviewers to read a PRD '周三前' with the bot in Cc by habit: kind other, no items")
def c1334():
    slug = "1334-other-prd-review-request-feishu"
    use_org("qy")
    t = ts("2026-05-11 10:15:30")
    subject = "PRD v2：商户分账 评审前请先看"
    frm, to, cc = "叶子涵", ["徐嘉诚", "方晴", "蒋梦瑶"], [BOT]
    text = """各位，

商户分账 PRD v2 已更新到飞书文档：https://qiyunpay.feishu.cn/docx/Xk3aPq7wLm
评审会定在周四下午，大家周三前先看一遍，有问题直接在文档里评论，评审会上就不逐条念了。

主要改动：
1. 分账比例支持按商品类目配置
2. 新增分账失败重试和人工兜底

子涵
"""
    g = gold("other", notes="Not minutes: a request to read a document before a meeting that has not happened "
                            "('周三前先看一遍', '评审会定在周四下午'). The numbered list is the PRD's changes, not action "
                            "items. Kind other, no items, no follow-up.")
    feishu_case(slug, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1339-risk-weekly-ordinary-makeup-saturday",
      "Ordinary 周会纪要 with a 待办 table (序号/事项/负责人/截止时间) from the risk team, Feishu Mail on Fri 2025-10-10: '明天（周六，调休上班）', 2个工作日内 counting the 10-11 make-up Saturday, 下周三下班前")
def c1339():
    slug = "1339-risk-weekly-ordinary-makeup-saturday"
    use_org("qy")
    t = ts("2025-10-10 17:48:20")
    subject = "风控合规部周会纪要（10月10日）"
    frm, to, cc = "蒋梦瑶", ["许佳怡", "徐嘉诚"], ["陆一鸣", BOT]
    rows = [["序号", "事项", "负责人", "截止时间"],
            ["1", "国庆期间异常交易复盘报告", "许佳怡", "明天（周六，调休上班）"],
            ["2", "黑名单同步接口超时问题排查", "徐嘉诚", "2个工作日内"],
            ["3", "监管报送系统字段映射核对", "许佳怡", "下周三下班前"]]
    text = ("各位，本周风控合规部周会纪要如下：\n\n一、本周情况：国庆期间共拦截可疑交易 132 笔，误拦率 0.8%。\n\n二、待办事项\n" +
            "\n".join("\t".join(r) for r in rows) + "\n\n三、下次周会：10月17日（周五）16:30\n\n蒋梦瑶\n")
    hi = text_html(text.split("二、待办事项")[0]) + "<div>二、待办事项</div>" + s_table(Tbl(rows)) + \
        text_html(text.split("\t".join(rows[-1]))[1])
    s = D(2025, 10, 10)
    assert is_workday(D(2025, 10, 11))
    expect(add_workdays(s, 2), "2025-10-13", "1339 2个工作日内")
    expect(next_week_weekday(s, 2), "2025-10-15", "1339 下周三")
    g = gold("minutes", items=[
        item("许佳怡", "国庆期间异常交易复盘报告", "2025-10-11"),
        item("徐嘉诚", "黑名单同步接口超时问题排查", "2025-10-13"),
        item("许佳怡", "监管报送系统字段映射核对", "2025-10-15")],
        followup=fu("2025-10-17", "16:30"),
        notes="Sent Fri 2025-10-10; Sat 10-11 is a 调休 make-up working day. '明天（周六，调休上班）' -> 2025-10-11. "
              "'2个工作日内' counts 10-11 (Sat, make-up), 10-13 -> 2025-10-13. '下周三下班前' -> 2025-10-15 (下班前 "
              "gives no explicit time). The 本周情况 numbers are facts. Next 2025-10-17 16:30.")
    feishu_case(slug, frm, to, cc, subject, t, text, g, html_inner=hi)
    return LAST[slug], g, False


# ================================================================ more Hengyue / 澜江 cases
@case("1335-chinese-pm-english-minutes-2027",
      "Chinese PM's English minutes to the OEM (Outlook UTF-8, 2027): numbered 'Action items' with 'by 3/26', 'by Friday', 'by next Wednesday', 'TBD', '(me)' owner, aliases Tina/Katrin; next call given in two time zones")
def c1335():
    slug = "1335-chinese-pm-english-minutes-2027"
    use_org("hy")
    t = ts("2027-03-15 17:32:06")
    subject = "Minutes: NW-MEB2 bracket kick-off call 15 Mar 2027"
    frm, to, cc = "刘佳", ["Katrin Vogel", "Jürgen Backhaus"], ["崔明哲", "赵婷婷", "孙立国", BOT]
    blocks = ["Dear Katrin, dear Jürgen,", BR, "Thanks for the kick-off call today. Minutes as below, please correct me "
              "if anything is missing.", BR, "1. Project status", "- Nomination letter for NW-MEB2 received on 3/8, "
              "SOP planned for 2028/01.", "- Tooling kick-off at Hengyue done on 3/12.", BR, "2. Action items",
              ("li", 1, "Hengyue QM (Mr. Cui): submit PPAP level 3 plan for the new P/N by 3/26"),
              ("li", 2, "Katrin: release EDI call-offs for April by Friday"),
              ("li", 3, "Jia Liu (me): send revised quotation incl. raw material surcharge by next Wednesday"),
              ("li", 4, "Tina: compare sea freight vs. China-Europe rail for the new racks, timing TBD"), BR,
              "3. Next call", "Monday, 3/29, 4 pm Beijing time / 10 am CEST.", BR, "Best regards,", "Jia Liu",
              "Project Manager | Changchun Hengyue Auto Parts Co., Ltd."]
    text = render_text(plain_blocks(blocks))
    s = D(2027, 3, 15)
    expect(this_or_next_weekday(s, 4), "2027-03-19", "1335 by Friday")
    expect(next_week_weekday(s, 2), "2027-03-24", "1335 next Wednesday")
    g = gold("minutes", items=[
        item("崔明哲", "submit PPAP level 3 plan for the new P/N", "2027-03-26"),
        item("Katrin Vogel", "release EDI call-offs for April", "2027-03-19"),
        item("刘佳", "send revised quotation incl. raw material surcharge", "2027-03-24"),
        item("赵婷婷", "compare sea freight vs. China-Europe rail for the new racks", flags=["vague_due"])],
        followup=fu("2027-03-29", "16:00"),
        notes="Sent Mon 2027-03-15 (only absolute dates and weekdays; no 2027 calendar needed). Owners: 'Hengyue QM "
              "(Mr. Cui)' -> the named person 崔明哲; 'Katrin' -> the external Katrin Vogel in To; 'Jia Liu (me)' = "
              "the sender; 'Tina' = 赵婷婷 (roster alias). 'by 3/26' -> 2027-03-26; 'by Friday' -> 2027-03-19; 'by "
              "next Wednesday' -> 2027-03-24; 'timing TBD' -> vague_due. Status lines with 3/8 and 3/12 are facts. "
              "Next call 'Monday, 3/29, 4 pm Beijing time / 10 am CEST' -> 2027-03-29 16:00 (EU summer time starts "
              "2027-03-28, so both zones agree).")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="utf-8", cte="base64"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1337-gm-office-template-national-day-2026",
      "Ordinary 经营例会 minutes on the seed's 内部沟通记录表-like template (Outlook gb2312 table 序号/工作事项/责任部门/责任人/完成时限) before National Day 2026: 国庆节前, 节后第一个工作日, 10月10日（周六调休）, 2026年底; decisions section")
def c1337():
    slug = "1337-gm-office-template-national-day-2026"
    use_org("hy")
    t = ts("2026-09-29 11:45:30")
    subject = "9月经营例会纪要"
    frm, to, cc = "孙立国", ["高云峰", "刘佳", "王海涛", "赵婷婷"], [BOT]
    rows = [["序号", "工作事项", "责任部门", "责任人", "完成时限"],
            ["1", "Nordwerk NW-MEB2项目报价及定点资料准备", "项目部", "刘佳", "国庆节前"],
            ["2", "四季度生产排产计划（含节后爬坡）", "生产部", "王海涛", "节后第一个工作日"],
            ["3", "IATF 16949监督审核不符合项关闭", "质量部", "高云峰", "10月10日（周六调休）"],
            ["4", "立体仓库二期方案论证", "物流部", "赵婷婷", "2026年底"]]
    blocks = ["各位：", BR, "9月经营例会纪要如下。", BR, "一、会议决定", "1. 四季度销售目标维持1.86亿元不变。",
              "2. 国庆期间生产线停产3天（10月1日至3日），其余时间按排产计划执行。", BR, "二、工作安排", Tbl(rows), BR,
              "三、下次例会：10月27日（周二）上午8:30，总经办会议室。", BR, "孙立国"]
    text = render_text(blocks)
    assert is_workday(D(2026, 10, 10))
    expect(last_workday_before(D(2026, 10, 1)), "2026-09-30", "1337 国庆节前")
    expect(first_workday_after(D(2026, 10, 1)), "2026-10-08", "1337 节后第一个工作日")
    g = gold("minutes", items=[
        item("刘佳", "Nordwerk NW-MEB2项目报价及定点资料准备", "2026-09-30"),
        item("王海涛", "四季度生产排产计划（含节后爬坡）", "2026-10-08"),
        item("高云峰", "IATF 16949监督审核不符合项关闭", "2026-10-10"),
        item("赵婷婷", "立体仓库二期方案论证", "2026-12-31")],
        followup=fu("2026-10-27", "08:30"),
        notes="Sent Tue 2026-09-29 by the general manager; ordinary tracking table with both 责任部门 and 责任人 (the "
              "person owns the row). National Day 2026: 10-01..10-07 off, make-up days 09-20 (Sun) and 10-10 (Sat). "
              "'国庆节前' -> the last working day before the holiday, 2026-09-30. '节后第一个工作日' -> 2026-10-08. "
              "'10月10日（周六调休）' -> 2026-10-10. '2026年底' -> 2026-12-31. Section 一 (会议决定) holds decisions with "
              "dates (10月1日至3日) that are not items. Next 例会 2026-10-27 08:30.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g, True


@case("1340-new-media-dept-ordinary-qingming-2026",
      "Ordinary numbered 待办 minutes of the 新媒体运营部 (QQ Exmail gb18030) on Fri 2026-04-03 before Qingming: 3个工作日内 over 04-04..06, 下周三, 4月15日前; one owner written as '钱老师' (alias) and one as a full name")
def c1340():
    slug = "1340-new-media-dept-ordinary-qingming-2026"
    use_org("lj")
    t = ts("2026-04-03 16:26:41")
    subject = "新媒体运营部例会纪要（4月3日）"
    frm, to, cc = "林雨桐", ["钱文静", "马骁", "杜可"], [BOT]
    text = """新媒体运营部例会纪要

时间：2026年4月3日（周五）14:30
参加：钱文静、林雨桐、马骁、杜可（新闻采编部）
记录：林雨桐

待办：
1. 清明“云祭扫”专题页数据复盘，林雨桐，3个工作日内。
2. 视频号4月选题排期表，马骁，下周三。
3. 客户端“澜江夜读”栏目改版方案，钱老师审定后报周主任，4月15日前。
4. 与新闻采编部建立稿件同步群，杜可对接，尽快。

下次例会：4月10日（周五）14:30。
"""
    s = D(2026, 4, 3)
    expect(add_workdays(s, 3), "2026-04-09", "1340 3个工作日内 over Qingming")
    expect(next_week_weekday(s, 2), "2026-04-08", "1340 下周三")
    g = gold("minutes", items=[
        item("林雨桐", "清明“云祭扫”专题页数据复盘", "2026-04-09"),
        item("马骁", "视频号4月选题排期表", "2026-04-08"),
        item("钱文静", "客户端“澜江夜读”栏目改版方案", "2026-04-15"),
        item("杜可", "与新闻采编部建立稿件同步群", flags=["vague_due"])],
        followup=fu("2026-04-10", "14:30"),
        notes="Sent Fri 2026-04-03. Qingming 2026: 04-04..04-06 off -> '3个工作日内' counts 04-07, 04-08, 04-09 -> "
              "2026-04-09. '下周三' -> 2026-04-08. Item 3: '钱老师审定后报周主任' - 钱老师 (钱文静) is the one who must "
              "deliver by 4月15日 (ambiguous between 钱文静 and the sender; the careful reading is the named 钱老师). "
              "'杜可对接，尽快' -> vague. Owner names come after the task, separated by '，'.")
    plain_case(slug, qq_exmail, frm, to, cc, subject, t, text, g)
    return LAST[slug], g, False


@case("1341-korean-style-engineer-notes-foxmail",
      "Quality engineer's notes in Korean-influenced style (Foxmail UTF-8, Hangul in the signature): spaced words, 'task : owner / date' lines with 一) 二) markers, dates '2025.11.14(五)', '~11.21', '到11/19(三)为止', '12月第1周 内' (vague); 现状/参考 sections are facts")
def c1341():
    slug = "1341-korean-style-engineer-notes-foxmail"
    use_org("hy")
    t = ts("2025-11-12 19:05:33")
    subject = "[品质] 焊接飞溅不良 对策会议 结果共享"
    frm, to, cc = "崔明哲", ["王海涛", "范成", "高云峰"], [BOT]
    text = """各位辛苦了。
今天焊接飞溅不良对策会议结果共享如下。

1) 现状
 - 11月第2周飞溅不良率 1.8%（目标 0.5%以下）
 - 主要发生 焊接2号机器人，电极帽更换周期超过

2) 对策及担当
 一) 电极帽更换周期 由800次 缩短为500次，作业标准书改订 : 范成 / 2025.11.14(五)
 二) 2号机器人 焊接参数 再调整 及 试验 : 王海涛部长 / ~11.21
 三) 飞溅检查 追加到 自主检查表 : 崔明哲 / 到11/19(三)为止
 四) 对策效果 确认（2周 数据） : 高云峰部长 / 12月第1周 内

3) 参考
 - 供应商 电极帽 交货期 2周，11.26 到货预定。

有不足的地方 请随时告诉我。谢谢。
崔明哲 드림
"""
    s = D(2025, 11, 12)
    g = gold("minutes", items=[
        item("范成", "电极帽更换周期 由800次 缩短为500次，作业标准书改订", "2025-11-14"),
        item("王海涛", "2号机器人 焊接参数 再调整 及 试验", "2025-11-21"),
        item("崔明哲", "飞溅检查 追加到 自主检查表", "2025-11-19"),
        item("高云峰", "对策效果 确认（2周 数据）", flags=["vague_due"])],
        notes="Sent Wed 2025-11-12 by a Korean-Chinese engineer: Korean-style spacing between words, 'task : owner / "
              "date' lines, dates '2025.11.14(五)', '~11.21' (tilde = until), '到11/19(三)为止'; '王海涛部长' and "
              "'高云峰部长' = name + title. '12月第1周 内' is a week, not a day -> recorded as vague (due null, "
              "vague_due); a scorer may accept the week's Friday 2025-12-05. The 现状 and 参考 sections (11.26 到货预定) "
              "are facts. '드림' (Korean 'offered by') in the signature. No next meeting.")
    html = text_html(text)
    msg = finish(foxmail(frm, to, cc, subject, t, text, html, slug, cs="UTF-8"), deliv(t, P[frm]["email"], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g, True


# --------------------------------------------------------------------------------------------------------------
# Output, README, check
# --------------------------------------------------------------------------------------------------------------
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
REMAP = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
         "big5": "big5hkscs"}


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for _o, name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def build_all():
    out = []
    for slug, readme, fn in sorted(CASES, key=lambda c: c[0]):
        pass
    # build in definition order (replies need their minutes built first)
    for slug, readme, fn in CASES:
        msg, g, crlf = fn()
        out.append((slug, readme, msg, g, crlf))
    return sorted(out, key=lambda x: x[0])


def generate(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    for f in list(outdir.glob("13[0-9][0-9]-*.eml")) + list(outdir.glob("13[0-9][0-9]-*.json")):
        f.unlink()
    for slug, readme, msg, g, crlf in build_all():
        (outdir / (slug + ".eml")).write_bytes(serialize(msg, crlf))
        (outdir / (slug + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(outdir / "roster.csv")


def case_table():
    rows = []
    for slug, readme, msg, g, crlf in build_all():
        rows.append("| %s | %s | %s |" % (slug, g["kind"], readme.replace("|", "\\|")))
    return "\n".join(rows)


def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "utf-8").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def _norm(s):
    return re.sub(r"[\s\W_]+", "", html.unescape(s or "")).lower()


def _visible(msg):
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
            s = _decode(part)
            if part.get_content_subtype() == "html":
                s = re.sub(r"(?is)<style.*?</style>|<!--.*?-->|<!\[.*?\]>", "", s)
                s = re.sub(r"<[^>]+>", "", s)
            chunks.append(s)
        elif (part.get_filename() or "").endswith(".docx") or "wordprocessingml" in part.get_content_type():
            z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
            chunks.append(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    return "\n".join(chunks)


def schema_errors(g, depts):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys %s" % sorted(g))
    kind = g.get("kind")
    if kind not in ("minutes", "reply", "other", "auto"):
        e.append("kind %r" % kind)
    if not isinstance(g.get("notes"), str) or len(g.get("notes", "")) < 20:
        e.append("notes missing or too short")
    items = g.get("items") or []
    if items and kind != "minutes":
        e.append("items only for minutes")
    for i, it in enumerate(items, 1):
        keys = {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}
        if set(it) != keys:
            e.append("item %d keys %s" % (i, sorted(it)))
            continue
        if it["due_date"] is not None:
            if not DATE_RE.match(it["due_date"]):
                e.append("item %d due_date %r" % (i, it["due_date"]))
            D.fromisoformat(it["due_date"])
        if it["due_time"] is not None and (not TIME_RE.match(it["due_time"]) or it["due_date"] is None):
            e.append("item %d due_time %r" % (i, it["due_time"]))
        fl = it["flags"]
        if not set(fl) <= {"vague_due", "no_owner", "no_due"} or len(set(fl)) != len(fl):
            e.append("item %d flags %r" % (i, fl))
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & set(fl)):
            e.append("item %d: due null <=> vague_due/no_due" % i)
        if {"vague_due", "no_due"} <= set(fl):
            e.append("item %d: vague_due and no_due together" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e.append("item %d: owner null <=> no_owner" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e.append("item %d: email without owner" % i)
        if it["department"] is not None and it["owner_email"] is None and it["department"] not in depts:
            e.append("item %d: department %r unknown" % (i, it["department"]))
    nf = g.get("next_followup")
    if nf is not None:
        if kind != "minutes":
            e.append("next_followup only for minutes")
        if set(nf) != {"date", "time"} or not DATE_RE.match(nf.get("date") or "") or \
                (nf.get("time") is not None and not TIME_RE.match(nf["time"])):
            e.append("next_followup %r" % nf)
    r = g.get("reply")
    if (r is not None) != (kind == "reply"):
        e.append("reply must be set exactly for kind reply")
    if r is not None:
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend"):
            e.append("reply intent %r" % r["intent"])
        if (r["percent"] is not None) and r["intent"] != "progress":
            e.append("percent only with progress")
        if r["intent"] == "extend" and r["new_due_date"] is None:
            e.append("extend without new_due_date")
    return e


def check(outdir):
    import email
    from email import policy
    from email.utils import getaddresses
    errors, counts = [], {}
    roster = {r["email"]: r for r in csv.DictReader(open(outdir / "roster.csv", encoding="utf-8"))}
    depts = {r["department"] for r in roster.values()}
    fresh = {slug: (g, serialize(msg, crlf)) for slug, _r, msg, g, crlf in build_all()}  # re-runs every date check
    emls = sorted(outdir.glob("13[0-9][0-9]-*.eml"))
    if {f.stem for f in emls} != set(fresh):
        errors.append("case files differ from the generator's cases")
    for f in emls:
        name = f.stem
        raw = f.read_bytes()
        if name in fresh and fresh[name][1] != raw:
            errors.append("%s: .eml differs from a fresh build" % name)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    _decode(part)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part does not decode: %s" % (name, e))
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: no %s header" % (name, h))
        jf = f.with_suffix(".json")
        g = json.loads(jf.read_text(encoding="utf-8"))
        if name in fresh and fresh[name][0] != g:
            errors.append("%s: gold json differs from a fresh build" % name)
        errors += ["%s: %s" % (name, e) for e in schema_errors(g, depts)]
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        addrs = {a.lower() for _, a in getaddresses([str(msg[h]) for h in ("From", "To", "Cc") if msg[h]])}
        visible = _norm(_visible(msg))
        for it in g["items"]:
            em = it["owner_email"]
            if em and em not in roster and em.lower() not in addrs:
                errors.append("%s: owner_email %s neither in roster nor in From/To/Cc" % (name, em))
            if em in roster and (roster[em]["name"] != it["owner_name"] or roster[em]["department"] !=
                                 it["department"]):
                errors.append("%s: owner %s / department disagree with roster" % (name, it["owner_name"]))
            if _norm(it["task"]) not in visible:
                errors.append("%s: task %r not found in the message text" % (name, it["task"]))
    return errors, counts, len(emls)


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if "--table" in argv:
        print(case_table())
        return 0
    if not only_check:
        generate(out)
    CHECKS.clear()
    errors, counts, n = check(out)
    for e in errors:
        print("ERROR", e)
    items = sum(len(json.loads(p.read_text(encoding="utf-8"))["items"]) for p in sorted(out.glob("13*-*.json")))
    print("cases: %d  " % n + "  ".join("%s: %d" % (k, counts[k]) for k in ("minutes", "reply", "other", "auto")
                                         if k in counts))
    print("gold items: %d  computed date checks passed: %d" % (items, len(CHECKS)))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
