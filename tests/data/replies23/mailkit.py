#!/usr/bin/env python3
"""Mail-building helpers adapted from the dev corpus make_corpus.py (domain changed; calendar unused here).

    python3 make_corpus.py [OUTDIR]      # default: the folder this script lives in
    python3 make_corpus.py --check [DIR] # only validate an existing corpus

Everything is deterministic (no clock, no randomness without a fixed seed), so re-running rewrites identical
bytes. The messages are built with the stdlib `email` package (compat32 Message objects, serialised with
BytesGenerator) so that charsets, transfer encodings, boundaries and header encodings can be chosen per mail
client exactly as real clients do: Outlook gb2312 labels that carry GBK bytes, Foxmail GBK base64, QQ/Exmail
gb18030, Gmail UTF-8, quoted-printable that splits multibyte characters across soft line breaks, 8bit bodies.

Gold answers follow research/gold-schema.md. Every due date is written by hand in the case and
checked against the 2024 Chinese working-day calendar below (statutory holidays and 调休 make-up days), with
the reasoning spelled out in the case's "notes".
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

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date

# --------------------------------------------------------------------------------------------------------------
# 2024 Chinese working-day calendar (国务院办公厅 2023-10-25 notice)
# --------------------------------------------------------------------------------------------------------------
HOLIDAYS_2024 = set()
for a, b in [("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
             ("2024-05-01", "2024-05-05"), ("2024-06-10", "2024-06-10"), ("2024-09-15", "2024-09-17"),
             ("2024-10-01", "2024-10-07")]:
    d0, d1 = D.fromisoformat(a), D.fromisoformat(b)
    while d0 <= d1:
        HOLIDAYS_2024.add(d0)
        d0 += dt.timedelta(days=1)
MAKEUP_2024 = {D.fromisoformat(x) for x in
               ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
                "2024-10-12"]}


def is_workday(d):
    if d in MAKEUP_2024:
        return True
    if d in HOLIDAYS_2024:
        return False
    return d.weekday() < 5


def add_workdays(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def this_or_next_weekday(sent, wd):
    """周X: this week's X if not past, else next week's (weeks start Monday)."""
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    """下周X: weekday X of the following calendar week."""
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def expect(actual, iso, what):
    """Guard: the hand-written gold date must equal the calendar computation."""
    if actual != D.fromisoformat(iso):
        raise AssertionError(f"{what}: computed {actual}, gold {iso}")


WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ts(s, tz=TZ8):
    """'2024-10-10 16:02:37' -> aware datetime."""
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
# People
# --------------------------------------------------------------------------------------------------------------
DOM = "lantu.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

ROSTER = [
    # name, local part, department, is_head, aliases
    ("李娜", "lina", "市场部", True, "李经理;Li Na;Nina Li;娜姐"),
    ("王芳", "wangfang", "市场部", False, "Wang Fang;Fiona Wang;芳姐"),
    ("赵磊", "zhaolei", "市场部", False, "Zhao Lei;Leo Zhao;磊哥"),
    ("张伟", "zhangwei", "技术部", True, "张经理;Zhang Wei;zw;张总工"),
    ("陈喆", "chenzhe", "技术部", False, "Chen Zhe;陈工;Jerry Chen;Jerry"),
    ("刘洋", "liuyang", "技术部", False, "Liu Yang;刘工;Leon Liu"),
    ("孙浩", "sunhao", "技术部", False, "Sun Hao;小孙;Howard Sun"),
    ("周敏", "zhoumin", "产品部", True, "周经理;Zhou Min;Amy Zhou"),
    ("吴昊", "wuhao", "产品部", False, "Wu Hao;Kevin Wu"),
    ("郑堃", "zhengkun", "产品部", False, "Zheng Kun;小郑"),
    ("黄建国", "huangjianguo", "销售部", True, "黄总;黄经理;Huang Jianguo;Jack Huang"),
    ("杨帆", "yangfan", "销售部", False, "Yang Fan;小杨;杨专员"),
    ("何静", "hejing", "销售部", False, "He Jing;何主管;Jessie He"),
    ("马丽", "mali", "财务部", True, "马经理;马总监;Ma Li"),
    ("罗晓燕", "luoxiaoyan", "财务部", False, "Luo Xiaoyan;晓燕;小罗"),
    ("林峰", "linfeng", "采购部", True, "林经理;Lin Feng;Frank Lin"),
    ("高颖", "gaoying", "采购部", False, "Gao Ying;高主管;Ivy Gao"),
    ("徐丽萍", "xuliping", "客服部", True, "徐经理;Xu Liping;Lisa Xu"),
    ("朱婷", "zhuting", "客服部", False, "Zhu Ting;Tina Zhu;婷婷"),
    ("胡斌", "hubin", "运营部", True, "胡经理;Hu Bin;Ben Hu"),
    ("郭晓明", "guoxiaoming", "运营部", False, "Guo Xiaoming;晓明;小郭"),
]
P = {}  # name -> dict
_heads = {dep: local for name, local, dep, head, _ in ROSTER if head}
for name, local, dep, head, aliases in ROSTER:
    P[name] = {"name": name, "email": f"{local}@{DOM}", "department": dep,
               "manager_email": "" if head else f"{_heads[dep]}@{DOM}", "aliases": aliases}

# people outside the roster (customers, suppliers)
EXT = {
    "Peter Tan": "peter.tan@brightmart.example.com",
    "Rachel Lim": "rachel.lim@brightmart.example.com",
    "王建华": "wangjh@dongsheng-precision.example.cn",
    "李志强": "lizq@dongsheng-precision.example.cn",
    "Ahmad Faizal": "ahmad.faizal@penang-acoustics.example.my",
    "陈立新": "chenlx@huarui.example.com",
}


def who(name):
    """(display name, address) for a roster or external person."""
    if name in P:
        return (name, P[name]["email"])
    if name == BOT[0]:
        return BOT
    return (name, EXT[name])


def item(owner, task, due=None, time=None, flags=(), department=None, email=None):
    """Gold item. owner: roster name, external name, or None (department-only)."""
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


def received(t, frm_host, frm_ip, rcpt=BOT[1], seed="x"):
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
                    inline_logo=False, irt=None, refs=None, text=None, html_doc=None, extra=(), thread_parent=None,
                    hcs=None):
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
    hcs = hcs or cs
    hdrs = [("From", haddr(fn, fe, hcs, "B")),
            ("To", haddrs(to, hcs, "B")),
            ] + ([("Cc", haddrs(cc, hcs, "B"))] if cc else []) + [
        ("References", "\n ".join(refs)) if refs else None,
        ("In-Reply-To", irt) if irt else None,
        ("Subject", htext(subject, hcs, "B")),
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

