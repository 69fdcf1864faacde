#!/usr/bin/env python3
"""Generate the minutebot blind held-out set 4 (cases 801-845): raw .eml + gold .json pairs, roster.csv, README.md.

    /work/blind/venv/bin/python make_heldout4.py [OUTDIR]      # default: the folder this script lives in
    /work/blind/venv/bin/python make_heldout4.py --check [DIR] # validate an existing set (re-computes every gold date)

Deterministic: no clock, no randomness. MIME/header/quote helpers are adapted from the dev corpus's make_corpus.py.
Working days and holidays come from chinesecalendar (needs the venv); every gold date is written as a literal AND
computed (X(computed, "literal")), and generation stops on any difference.
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
# Chinese working-day calendar: chinesecalendar (official schedules 2004-2026). 2027 is not known to the package
# and no 2027 gold date depends on holidays or working days (it raises if one did).
# --------------------------------------------------------------------------------------------------------------
import chinese_calendar as _cc


def is_workday(d):
    return _cc.is_workday(d)


def add_workdays(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def last_workday_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4))
    return nxt - dt.timedelta(days=nxt.day)


CHECKS = []


def X(computed, iso, what=""):
    """Gold date guard: the literal written in the case must equal the computed date. Returns the literal."""
    CHECKS.append((what, iso))
    if computed != D.fromisoformat(iso):
        raise AssertionError("%s: computed %s, gold %s" % (what, computed, iso))
    return iso

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

# --------------------------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------------------------
ORGS = {
    "A": ("hcap.example.cn", ("会议纪要助手", "jiyao@hcap.example.cn")),          # 华辰汽车零部件
    "B": ("jcu.example.edu.cn", ("纪要助手", "minutes@jcu.example.edu.cn")),       # 江城大学 智能材料实验室 / 研究生院
    "C": ("jinhong-re.example.cn", ("纪要助手", "jiyao@jinhong-re.example.cn")),   # 锦宏置业 滨江府项目部
    "D": ("kb-drive.example.com", ("Action Tracker", "actions@kb-drive.example.com")),  # 凯博传动 (Sino-German JV)
}
DOM, BOT = ORGS["A"]


def use(org):
    global DOM, BOT
    DOM, BOT = ORGS[org]


ROSTER = [
    # org, name, local part, department, is_head, aliases
    ("A", "钱永刚", "qianyonggang", "制造部", True, "钱厂长;Qian Yonggang"),
    ("A", "冯晓东", "fengxiaodong", "制造部", False, "Feng Xiaodong"),
    ("A", "孟繁星", "mengfanxing", "制造部", False, "孟班长;Meng Fanxing"),
    ("A", "蒋丽华", "jianglihua", "质量部", True, "蒋部长;Jiang Lihua"),
    ("A", "韩磊", "hanlei", "质量部", False, "Han Lei"),
    ("A", "曹宇航", "caoyuhang", "质量部", False, "Cao Yuhang"),
    ("A", "邓佳", "dengjia", "供应链部", True, "Deng Jia;Dora Deng"),
    ("A", "彭雪", "pengxue", "供应链部", False, "Peng Xue"),
    ("A", "袁志伟", "yuanzhiwei", "工艺部", True, "袁主任;Yuan Zhiwei"),
    ("A", "潘浩然", "panhaoran", "工艺部", False, "Pan Haoran"),
    ("B", "石振华", "shizhenhua", "智能材料实验室", True, "Shi Zhenhua;Prof. Shi"),
    ("B", "唐雨桐", "tangyutong", "智能材料实验室", False, "Tang Yutong;Yutong"),
    ("B", "陆子昂", "luziang", "智能材料实验室", False, "Lu Ziang;Ziang"),
    ("B", "夏梦琪", "xiamengqi", "智能材料实验室", False, "Xia Mengqi;Mengqi"),
    ("B", "谭斌", "tanbin", "智能材料实验室", False, "Tan Bin"),
    ("B", "Arjun Mehta", "arjun.mehta", "智能材料实验室", False, "Arjun;Mehta"),
    ("B", "范秀英", "fanxiuying", "研究生院", True, "Fan Xiuying"),
    ("B", "蔡晶", "caijing", "研究生院", False, "Cai Jing"),
    ("B", "邱文博", "qiuwenbo", "研究生院", False, "Qiu Wenbo"),
    ("C", "魏国栋", "weiguodong", "项目部", True, "Wei Guodong"),
    ("C", "贺建军", "hejianjun", "项目部", False, "He Jianjun"),
    ("C", "任涛", "rentao", "项目部", False, "Ren Tao"),
    ("C", "白露", "bailu", "项目部", False, "Bai Lu"),
    ("C", "汪静", "wangjing", "成本合约部", True, "Wang Jing"),
    ("C", "苏婉", "suwan", "设计部", True, "Su Wan"),
    ("C", "毛晓峰", "maoxiaofeng", "前期报建部", True, "Mao Xiaofeng"),
    ("D", "Jürgen Hoffmann", "juergen.hoffmann", "Engineering", True, "Juergen Hoffmann;Hoffmann;JH;霍夫曼"),
    ("D", "周立", "zhou.li", "Engineering", False, "Zhou Li;Li Zhou;Leo Zhou"),
    ("D", "Katrin Weber", "katrin.weber", "Finance", True, "Katrin;KW"),
    ("D", "Stefan Maier", "stefan.maier", "Operations", True, "Stefan;SM"),
    ("D", "吕佳", "lv.jia", "Operations", False, "Lv Jia;Lucy Lv;Lucy"),
    ("D", "孔慧敏", "kong.huimin", "HR", True, "Kong Huimin;Helen Kong;Helen"),
    ("D", "曾凡", "zeng.fan", "Purchasing", True, "Zeng Fan;Vincent Zeng;Vincent"),
]
P = {}
_heads = {(o, dep): local for o, name, local, dep, head, _ in ROSTER if head}
for o, name, local, dep, head, aliases in ROSTER:
    d = ORGS[o][0]
    P[name] = {"name": name, "email": f"{local}@{d}", "department": dep,
               "manager_email": "" if head else f"{_heads[(o, dep)]}@{d}", "aliases": aliases}

EXT = {
    "卢国强": "lugq@lianda-diecast.example.cn",        # supplier 联达压铸 (A)
    "程大勇": "chengdy@huajian3.example.com",          # general contractor 华建三局 (C)
    "金宝山": "jinbs@chengxin-jl.example.cn",          # supervisor 诚信监理 (C)
    "龚海": "gonghai@mingguang-cw.example.cn",         # curtain wall subcontractor 明光幕墙 (C)
    "梁嘉輝": "kfleung@mingguang-cw.example.cn",       # 明光幕墙 Hong Kong project manager, writes Big5 (C)
    "Thomas Brandt": "thomas.brandt@kb-gruppe.example.de",  # German parent (D)
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
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.append("no_owner")
    if due is None and not ({"vague_due", "no_due"} & set(fl)):
        fl.append("no_due")
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": due, "due_time": time, "flags": fl}


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
        ("Message-ID", "<000001db%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), _pair(frm)[1].split("@")[1])),
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


def case(slug, readme):
    def deco(fn):
        CASES.append((slug, readme, fn))
        return fn
    return deco


def remember(slug, msg, frm, to, cc, subject, t, text, html_inner, g):
    VIEWS[slug] = dict(parent=Parent(frm, to, cc, subject, t, text, html_inner, msg["Message-ID"]), gold=g,
                       t=t, subject=subject, to=to, cc=cc, msgid=msg["Message-ID"], frm=frm)


def recap_rows(g, lang="zh"):
    rows = []
    for n, it in enumerate(g["items"], 1):
        if lang == "en":
            owner = it["owner_name"] or "(no owner)"
            none = "not set"
        else:
            owner = it["owner_name"] or ("%s（未指定负责人）" % it["department"] if it["department"] else "（未指定）")
            none = "未明确"
        due = (it["due_date"] + (" " + it["due_time"] if it["due_time"] else "")) if it["due_date"] else none
        rows.append((n, it["task"], owner, due))
    return rows


def recap_of(slug, minutes_later=3, cutoff=None, problems=(), lang="zh"):
    v = VIEWS[slug]
    t = v["t"] + dt.timedelta(minutes=minutes_later, seconds=17)
    to = [v["frm"]] + [x for x in v["to"] if x != BOT]
    cc = [x for x in v["cc"] if x != BOT]
    p = recap_parent(v["subject"], t, to, cc, recap_rows(v["gold"], lang), cutoff, problems, lang, seed=slug)
    return p


def deliv(t, sender, seed, host=None, ip=None):
    """Envelope headers the company server adds; by default the sender's own PC submitted the mail."""
    if host is None:
        local = sender.split("@")[0]
        ip = "10.8.%d.%d" % (2 + int(hx(local, 2), 16) % 3, 20 + int(hx(local, 4)[2:], 16) % 200)
        host = ("%s-PC" % local.upper(), "unknown")
    elif host.startswith("["):
        local = sender.split("@")[0]
        host = ("%s-PC" % local.upper(), "unknown")
    return delivery(sh(t), sender, host, ip, seed)


# ---------------------------------------------------------------- 001

# --------------------------------------------------------------------------------------------------------------
# More clients used by this set
# --------------------------------------------------------------------------------------------------------------
def apple_mail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, ios=False):
    """Apple Mail (macOS): UTF-8 quoted-printable text + html, Apple-Mail boundary, UUID Message-ID."""
    uuid = "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "u", 4).upper(),
                               hx(seed + "v", 4).upper(), hx(seed + "w", 12).upper())
    b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed + "b", 8).upper(), hx(seed + "c", 4).upper(), hx(seed + "d", 4).upper(),
                                         hx(seed + "e", 4).upper(), hx(seed + "f", 12).upper())
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style='
                '"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>'
                % html_body)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
    fn, fe = _pair(frm)
    hdrs = [("From", haddr(fn, fe, "utf-8", "B"))]
    hdrs += [("Mime-Version", "1.0 (1.0)" if ios else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
             ("Subject", htext(subject, "utf-8", "B")), ("Date", rfc_date(t))]
    hdrs += _threading(irt, refs)
    hdrs += [("Cc", haddrs(cc, "utf-8", "B"))] if cc else []
    hdrs += [("To", haddrs(to, "utf-8", "B")), ("Message-Id", "<%s@%s>" % (uuid, fe.split("@")[1])),
             ("X-Mailer", "iPhone Mail (22B91)" if ios else "Apple Mail (2.3826.500.181.1.5)")]
    return envelope(hdrs, body, mime_version=False), []


def thunderbird(frm, to, cc, subject, t, text, seed, irt=None, refs=None, cte="8bit", cs="UTF-8"):
    """Thunderbird plain text, format=flowed."""
    body = leaf("text/plain", text, cs, cte, params=[("format", "flowed")], ct_quote=False)
    fn, fe = _pair(frm)
    hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                   hx(seed + "3", 4), hx(seed + "4", 12), fe.split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird")]
    hdrs += _threading(irt, refs)
    hdrs += [("Content-Language", "en-US" if all(ord(c) < 128 for c in text) else "zh-CN"),
             ("To", haddrs(to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("From", haddr(fn, fe)), ("Subject", htext(subject, "UTF-8", "B"))]
    return envelope(hdrs, body, mime_version=False), []


def outlook_mac(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    """Outlook for Mac: UTF-8 QP, B_ boundary, Thread-Topic/Thread-Index, User-Agent."""
    b = "B_%d_%d" % (3900000000 + int(hx(seed, 6), 16) % 99999999, int(hx(seed + "z", 6), 16) % 9999999)
    html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"'
                '><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '
                'content="Microsoft Word 15 (filtered medium)"></head><body lang=EN-US link="#0563C1" vlink="#954F72">'
                '<div class=WordSection1>%s</div></body></html>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable")], b,
                 preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                          "this format, some or all of this message may not be legible.\n")
    fn, fe = _pair(frm)
    topic = re.sub(r"^(Re|RE|AW|Aw|WG|FW):\s*", "", subject)
    hdrs = [("User-Agent", "Microsoft-MacOutlook/16.95.25032931"), ("Date", rfc_date(t)),
            ("Subject", htext(subject, "UTF-8", "B")), ("From", haddr(fn, fe)), ("To", haddrs(to))]
    if cc:
        hdrs.append(("CC", haddrs(cc)))
    hdrs += [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                               hx(seed + "2", 12).upper(), fe.split("@")[1])),
             ("Thread-Topic", htext(topic, "UTF-8", "B")), ("Thread-Index", thread_index(seed))]
    hdrs += _threading(irt, refs)
    hdrs += [("Mime-version", "1.0")]
    return envelope(hdrs, body, mime_version=False), []


def quote_outlook_en(p):
    """Outlook for Windows, English UI."""
    t = p.t
    h12 = t.hour % 12 or 12
    when = "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year, h12,
                                        t.minute, "AM" if t.hour < 12 else "PM")
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\nFrom: %s <%s>\nSent: %s\nTo: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("Cc: %s\n" % ccs if ccs else "") + "Subject: %s\n\n" % p.subject + p.text)
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>From:</b> %s &lt;%s&gt; <br><b>Sent:</b> %s<br><b>To:</b> %s<br>%s<b>Subject:</b> %s<o:p></o:p></p></div>'
         '</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<b>Cc:</b> %s<br>" % esc(ccs)) if ccs else "", esc(p.subject),
            p.html))
    return text, h


def lines_blocks(text):
    return [BR if not l.strip() else l for l in text.rstrip("\n").split("\n")]


def html_lines(text):
    return render_divs(lines_blocks(text))


def docx_bytes(paragraphs, table=None):
    """A minimal but valid .docx (WordprocessingML written by hand)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(txt, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, html.escape(txt, quote=False))
    body = "".join(para(p, bold=(i == 0)) for i, p in enumerate(paragraphs))
    if table:
        rows = []
        for r in table:
            rows.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c)
                                           for c in r) + "</w:tr>")
        body += ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                 '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" '
                 'w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr><w:pgSz '
           'w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def _oh(doc, cs):
    """Outlook set to Traditional Chinese (Hong Kong / Taiwan) uses 新細明體 instead of 等线/宋体."""
    if (cs or "").lower() == "big5":
        return doc.replace("等线", "新細明體").replace("宋体", "新細明體").replace('lang="ZH-CN"', 'lang="ZH-TW"')
    if (cs or "").lower() == "iso-8859-1":
        return doc.replace("等线", "Calibri").replace("宋体", "Calibri").replace('lang="ZH-CN"', 'lang="DE"')
    return doc


def send(slug, client, frm, to, cc, subject, t, text, g, blocks=None, html_body=None, cs=None, cte=None, irt=None,
         refs=None, attachments=(), host=None, ip=None, keep=True, thread_parent=None, html_tail=""):
    """Build the message with the given client, add delivery headers, remember it for replies."""
    fn, fe = _pair(frm)
    crlf = False
    if client == "outlook":
        blocks = blocks if blocks is not None else lines_blocks(text)
        text = text if text is not None else render_text(plain_blocks(blocks))
        mt = outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs=cs or "gb2312", cte=cte or "base64",
                             attachments=attachments, irt=irt, refs=refs, text=text, thread_parent=thread_parent,
                             html_doc=_oh(render_outlook(blocks, cs or "gb2312", tail_html=html_tail), cs))
        html_inner = render_outlook_inner(blocks) + html_tail
        crlf = True
    elif client == "exchange":
        blocks = blocks if blocks is not None else lines_blocks(text)
        mt = exchange_online(frm, to, cc, subject, t, blocks, slug, cs=cs or "utf-8", irt=irt, refs=refs, text=text,
                             attachments=attachments)
        html_inner = render_outlook_inner(blocks)
        crlf = True
        host, ip = host or "SEZPR06MB5203.apcprd06.prod.outlook.com", ip or "40.107.255.93"
    else:
        html_inner = html_body if html_body is not None else (render_divs(blocks) if blocks else html_lines(text))
        if client == "foxmail":
            mt = foxmail(frm, to, cc, subject, t, text, html_inner, slug, cs=cs or "GBK", irt=irt, refs=refs,
                         attachments=attachments)
        elif client == "qq":
            mt = qq_exmail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, cs=cs or "gb18030")
            host, ip = host or "smtpbg150.qq.com", ip or "43.155.65.254"
        elif client == "coremail":
            mt = coremail(frm, to, cc, subject, t, text, html_inner, slug, cs=cs or "UTF-8", irt=irt, refs=refs,
                          cte=cte or "base64")
        elif client == "gmail":
            mt = gmail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, attachments=attachments)
            host, ip = host or "mail-pj1-f41.google.com", ip or "209.85.216.41"
        elif client in ("apple", "iphone"):
            mt = apple_mail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, ios=client == "iphone")
        elif client == "thunderbird":
            mt = thunderbird(frm, to, cc, subject, t, text, slug, irt=irt, refs=refs, cte=cte or "8bit")
        elif client == "outlookmac":
            mt = outlook_mac(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs)
        else:
            raise ValueError(client)
    msg = finish(mt, deliv(t, fe, slug, host, ip))
    if keep:
        remember(slug, msg, frm, to, cc, subject, t, text if text is not None else render_text(plain_blocks(blocks)),
                 html_inner, g)
    return msg, g, crlf


# ==============================================================================================================
# Cases
# ==============================================================================================================
CASES = []
VIEWS = {}


def case(slug, readme):
    def deco(fn):
        CASES.append((slug, readme, fn))
        return fn
    return deco


def remember(slug, msg, frm, to, cc, subject, t, text, html_inner, g):
    VIEWS[slug] = dict(parent=Parent(frm, to, cc, subject, t, text, html_inner, msg["Message-ID"] or msg["Message-Id"]),
                       gold=g, t=t, subject=subject, to=to, cc=cc, msgid=msg["Message-ID"] or msg["Message-Id"],
                       frm=frm)


def day(s):
    return D.fromisoformat(s)


# ---------------------------------------------------------------- 801
@case("801-8d-table-outlook-gb2312",
      "ordinary: Outlook gb2312 8D tracking table (阶段/内容/责任人/完成时间/状态); D3 已完成 row is status; supplier owner from To; 3个工作日内; 3月底; 待定")
def c801():
    use("A")
    slug = "801-8d-table-outlook-gb2312"
    t = ts("2025-03-12 17:46:09")
    subject = "【8D】右前转向节气孔客诉（QN-2503-017）第二次会议纪要"
    frm, to, cc = "蒋丽华", ["韩磊", "曹宇航", "潘浩然", "彭雪", "卢国强"], ["钱永刚", BOT]
    tbl = Tbl([["阶段", "内容", "责任人", "完成时间", "状态"],
               ["D3 临时遏制", "在库及在途品全检（已检2860件，挑出不良41件）", "曹宇航", "3月10日", "已完成"],
               ["D4 根本原因", "完成压铸工艺参数与模温数据分析，输出鱼骨图及5Why", "韩磊", "3月14日（周五）", "进行中"],
               ["D4 根本原因", "联达压铸提交熔炼除气记录及X光抽检报告", "卢国强", "3月17日前", "未开始"],
               ["D5 永久措施", "制定真空阀清理频次及点检标准", "潘浩然", "3个工作日内", "未开始"],
               ["D6 效果验证", "连续3批跟踪验证，输出验证报告", "曹宇航", "3月底", "未开始"],
               ["D7 预防再发", "更新PFMEA及控制计划", "潘浩然", "待定", "未开始"]])
    blocks = ["各位：", BR, "今天下午8D第二次会议纪要如下，请各责任人按时关闭，有问题及时反馈。", BR,
              "问题描述：主机厂3月7日反馈右前转向节（P/N HC-ZX-2231）机加后气孔不良，批次250301，不良率1.8%。", BR,
              tbl, BR, "下次会议：3月19日（周三）15:00，质量部会议室。", BR, "蒋丽华", "华辰汽车零部件 质量部",
              "分机 6203"]
    s = t.date()
    g = gold("minutes", items=[
        item("韩磊", "完成压铸工艺参数与模温数据分析，输出鱼骨图及5Why", X(day("2025-03-14"), "2025-03-14", "801 D4")),
        item("卢国强", "提交熔炼除气记录及X光抽检报告", X(day("2025-03-17"), "2025-03-17")),
        item("潘浩然", "制定真空阀清理频次及点检标准", X(add_workdays(s, 3), "2025-03-17", "801 3wd")),
        item("曹宇航", "连续3批跟踪验证，输出验证报告", X(month_end(s), "2025-03-31", "801 月底")),
        item("潘浩然", "更新PFMEA及控制计划", None, flags=["vague_due"])],
        followup=fu(X(day("2025-03-19"), "2025-03-19"), "15:00"),
        notes="8D tracking table sent Wed 2025-03-12. The D3 row (3月10日, 已完成) is status, not an item. '3月14日（周五）' "
              "-> 2025-03-14. The supplier contact 卢国强 (联达压铸) owns the second D4 row; he is outside the roster, so his "
              "address comes from To. '3个工作日内' counts Thu 13, Fri 14, Mon 17 -> 2025-03-17. '3月底' -> 2025-03-31. "
              "'待定' -> vague_due. The problem description (3月7日, 批次250301) is not an item. 下次会议 3月19日 15:00.")
    return send(slug, "outlook", frm, to, cc, subject, t, None, g, blocks=blocks, cs="gb2312")


# ---------------------------------------------------------------- 802
@case("802-lean-person-headings-foxmail-national-day",
      "shape 3: Foxmail GBK lean weekly minutes grouped under 【name】 headings; 节后第一个工作日 after the 2025 National Day, 9/28 make-up Sunday, 3个工作日内 across it, 国庆放假前")
def c802():
    use("A")
    slug = "802-lean-person-headings-foxmail-national-day"
    t = ts("2025-09-26 18:05:44")
    subject = "精益改善周例会纪要（9月第4周）"
    frm, to, cc = "袁志伟", ["潘浩然", "冯晓东", "孟繁星"], ["钱永刚", BOT]
    text = """各位好，

本周精益周例会（9/26 周五下午3点，工艺部会议室）纪要如下：

一、本周进展
- 2号线换模时间由42分钟降至28分钟（SMED第二轮），已固化为标准作业。
- 仓库看板拉动试运行一周，缺料停线0次。
- 冲压车间5S评分从72分提升到81分。

二、下步工作

【潘浩然】
1. 2号线SMED标准作业指导书正式发布 —— 节后第一个工作日
2. 3号线价值流图（现状图）初稿 —— 10月15日前

【冯晓东】
1. 组织2号线班组SMED培训，9/28（周日上班）完成
2. 统计9月OEE（按班次拆分），3个工作日内发我

【孟繁星】
1. 5S红牌作战问题清单整改，国庆放假前全部关闭

三、其他
国庆期间2号线安排值班生产，值班表已发群里。
下次例会10月10日（周五）同一时间。

袁志伟
工艺部 | 精益推进办
"""
    s = t.date()
    g = gold("minutes", items=[
        item("潘浩然", "2号线SMED标准作业指导书正式发布",
             X(first_workday_after(day("2025-10-08")), "2025-10-09", "802 节后")),
        item("潘浩然", "3号线价值流图（现状图）初稿", X(day("2025-10-15"), "2025-10-15")),
        item("冯晓东", "组织2号线班组SMED培训", X(day("2025-09-28"), "2025-09-28")),
        item("冯晓东", "统计9月OEE", X(add_workdays(s, 3), "2025-09-30", "802 3wd")),
        item("孟繁星", "5S红牌作战问题清单整改", X(last_workday_before(day("2025-10-01")), "2025-09-30", "802 国庆前"))],
        followup=fu(X(day("2025-10-10"), "2025-10-10"), "15:00"),
        notes="Sent Fri 2025-09-26, the week before National Day 2025 (10-01..10-08 off; 09-28 Sun and 10-11 Sat are "
              "make-up working days). Items sit under 【name】 person headings and name nobody else, so the heading "
              "person owns them. 节后第一个工作日 -> 2025-10-09. '9/28（周日上班）' -> 2025-09-28. '3个工作日内' counts "
              "Sun 09-28 (make-up), Mon 09-29, Tue 09-30 -> 2025-09-30. '国庆放假前' -> last working day before the "
              "holiday, 2025-09-30. 本周进展 lines are reports of work done. '同一时间' refers to the meeting time given "
              "at the top (周五下午3点) -> 2025-10-10 15:00. '（按班次拆分）' is detail of the OEE task.")
    return send(slug, "foxmail", frm, to, cc, subject, t, text, g, cs="GBK")


# ---------------------------------------------------------------- 803
@case("803-dingtalk-ai-minutes-makeup-sunday",
      "shape 4: 钉钉 智能纪要 pasted into Outlook on the 2026-01-04 make-up Sunday: only the 待办 section counts (timestamped 发言摘录 with other dates do not); 明早9点前, 本周五 rolls, 下周二, 尽快; AI footer")
def c803():
    use("A")
    slug = "803-dingtalk-ai-minutes-makeup-sunday"
    t = ts("2026-01-04 17:32:50")
    subject = "【钉钉智能纪要】1月物料计划及春节备货会"
    frm, to, cc = "邓佳", ["彭雪", "冯晓东", "韩磊"], [BOT]
    text = """各位，今天会上的钉钉AI纪要贴在下面，待办我核对过了，请各自跟进。

会议主题：1月物料计划及春节备货
会议时间：2026-01-04 14:00-15:10
参会人：邓佳、彭雪、冯晓东、韩磊

【智能摘要】
1. 春节前需完成主要铸件、轴承的安全库存备货，目标覆盖节后两周用量。
2. 联达压铸1月产能紧张，彭雪建议部分订单转至二供。
3. 质量部提出二供首批来料需100%全检。

【章节速览】
00:01:12 1月需求预测回顾
00:18:40 春节备货方案
00:41:05 二供导入

【发言摘录】
00:19:02 邓佳：备货清单这周五之前必须定下来，不然供应商排不过来。
00:23:47 彭雪：好的，我明天一早先把联达的回复整理一下。
00:42:30 韩磊：二供首批我们下周一之前出检验方案应该没问题。

【待办事项】
□ 彭雪：整理联达压铸1月产能回复，明早9点前发群里
□ 冯晓东：确认春节前后生产计划，本周五前
□ 韩磊：输出二供首批来料检验方案，下周二前
□ 邓佳：与财务沟通备货资金占用，尽快

以上内容由AI生成，仅供参考
"""
    s = t.date()
    g = gold("minutes", items=[
        item("彭雪", "整理联达压铸1月产能回复", X(day("2026-01-05"), "2026-01-05", "803 明早"), "09:00"),
        item("冯晓东", "确认春节前后生产计划", X(this_or_next_weekday(s + dt.timedelta(days=1), 4), "2026-01-09", "803 本周五")),
        item("韩磊", "输出二供首批来料检验方案", X(next_week_weekday(s, 1), "2026-01-06", "803 下周二")),
        item("邓佳", "与财务沟通备货资金占用", None, flags=["vague_due"])],
        notes="Sent on Sun 2026-01-04, the make-up working day after New Year 2026 (01-01..01-03 off). Only the "
              "【待办事项】 section is items; the AI summary and the timestamped 发言摘录 (which even give different "
              "dates: 这周五之前, 下周一之前) are not. 明早9点前 -> 2026-01-05 09:00. 本周五前: the calendar week of Sunday "
              "01-04 had its Friday (01-02, a holiday) already past, so as in dev case 010 it rolls to 2026-01-09. "
              "下周二 = Tuesday of the following calendar week (weeks start Monday) = 2026-01-06. 尽快 -> vague_due. "
              "The organizer 邓佳 owns her own item. '以上内容由AI生成' footer is noise.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="base64")


# ---------------------------------------------------------------- 804
@case("804-collab-table-lead-support-coremail-mayday",
      "shape 3: Coremail 跨部门协作事项跟踪表 with 主责/配合 (also '牵头…协办', '（主责）') in one cell; 已完成 row; 节后第一个工作日 and 5个工作日内 across May Day 2026 with the 05-09 make-up Saturday")
def c804():
    use("A")
    slug = "804-collab-table-lead-support-coremail-mayday"
    t = ts("2026-04-30 16:20:31")
    subject = "跨部门协作事项跟踪表（4月30日更新）"
    frm, to, cc = "彭雪", ["邓佳", "韩磊", "潘浩然", "冯晓东"], [BOT]
    tbl = Tbl([["序号", "协作事项", "主责/配合", "计划完成时间", "进展情况"],
               ["1", "新能源转向节项目PPAP资料提交", "主责：韩磊 配合：潘浩然", "4月28日", "已完成，客户已签收"],
               ["2", "二供轴承座首件鉴定", "主责：韩磊／配合：彭雪", "节后第一个工作日", "首件已到厂"],
               ["3", "5月物料需求计划（MRP）发布", "彭雪（主责）、冯晓东（配合）", "5个工作日内", "待开始"],
               ["4", "模具寿命台账梳理", "潘浩然牵头，冯晓东协办", "5月15日", "进行中 40%"],
               ["5", "包装箱循环使用方案", "主责：邓佳", "待定", "与客户沟通中"]], plain="pipe")
    blocks = ["各位领导、同事：", BR, "本周跟踪表更新如下，请确认各自事项。", BR, tbl, BR,
              "备注：5月1日至5日放假，5月9日（周六）正常上班。", BR, "彭雪", "供应链部 计划主管"]
    text = render_text(blocks)
    s = t.date()
    g = gold("minutes", items=[
        item("韩磊", "二供轴承座首件鉴定", X(first_workday_after(day("2026-05-05")), "2026-05-06", "804 节后")),
        item("彭雪", "5月物料需求计划（MRP）发布", X(add_workdays(s, 5), "2026-05-11", "804 5wd")),
        item("潘浩然", "模具寿命台账梳理", X(day("2026-05-15"), "2026-05-15")),
        item("邓佳", "包装箱循环使用方案", None, flags=["vague_due"])],
        notes="Tracking table sent Thu 2026-04-30, the day before May Day 2026 (05-01..05-05 off, Sat 05-09 make-up). "
              "The 主责/配合 cell is written four ways; the owner is the 主责/牵头 person. Row 1 is 已完成 -> status. "
              "节后第一个工作日 -> 2026-05-06. 5个工作日内 counts 05-06, 05-07, 05-08, Sat 05-09 (make-up), 05-11 -> "
              "2026-05-11. '进行中 40%' is progress of an item, not a reply. 待定 -> vague_due. The 备注 holiday line is a "
              "fact. No next meeting is stated.")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, blocks=blocks, cs="UTF-8", cte="quoted-printable")


# ---------------------------------------------------------------- 805
def _old_quality_minutes():
    return """质量周会纪要（6月11日）

1. 客户端PPM（5月）：38，目标30，主要为转向节气孔。
2. 待办：
   (1) 曹宇航：5月客诉数据按零件号拆分，6月15日前
   (2) 韩磊：联达压铸现场审核，6月17日前出报告
   (3) 潘浩然：2号线防错装置验证，下周五
下次周会：6月18日（周四）14:00

蒋丽华
"""


@case("805-new-minutes-in-old-thread-outlook",
      "shape 6: new 质量周会 minutes posted as 'RE:' in last week's thread; the quoted old minutes (with their own 待办 and dates) are not items; 端午节后第一天 (2026-06-19 holiday); next meeting '下周四同一时间（14:00）'")
def c805():
    use("A")
    slug = "805-new-minutes-in-old-thread-outlook"
    old_t = ts("2026-06-11 16:48:02")
    old = Parent("蒋丽华", ["韩磊", "曹宇航", "潘浩然"], [BOT], "【质量周会】纪要 6月11日", old_t,
                 _old_quality_minutes(), html_lines(_old_quality_minutes()),
                 "<000001dcda41$5e0b7c10$1a227430$@hcap.example.cn>")
    t = ts("2026-06-18 17:12:40")
    subject = "RE: 【质量周会】纪要 6月11日"
    frm, to, cc = "蒋丽华", ["韩磊", "曹宇航", "潘浩然"], [BOT]
    new = """各位：

本周（6/18 14:00）质量周会纪要，接着上周的线程发：

上周待办：(1)(3)已关闭，(2)联达审核报告已收到初稿。

本周待办：
1. 客户端PPM月度报告（含6月前三周数据） - 曹宇航 - 6月22日（周一）前
2. 转向节气孔问题8D关闭评审资料 - 韩磊 - 端午节后第一天
3. 量检具MSA年度计划 - 曹宇航 - 6月底

下周四同一时间（14:00），还在301。端午节（6月19日）放假，请大家提前安排好手头工作。

蒋丽华
"""
    qt, qh = quote_outlook_zh(old)
    text = new + qt
    blocks = lines_blocks(new)
    html_full = render_outlook_inner(blocks) + qh
    s = t.date()
    g = gold("minutes", items=[
        item("曹宇航", "客户端PPM月度报告（含6月前三周数据）", X(day("2026-06-22"), "2026-06-22")),
        item("韩磊", "转向节气孔问题8D关闭评审资料", X(first_workday_after(day("2026-06-21")), "2026-06-22", "805 端午后")),
        item("曹宇航", "量检具MSA年度计划", X(month_end(s), "2026-06-30", "805 6月底"))],
        followup=fu(X(next_week_weekday(s, 3), "2026-06-25", "805 下周四"), "14:00"),
        notes="New weekly minutes (Thu 2026-06-18) sent as 'RE:' of last week's minutes, which are quoted below an "
              "Outlook 发件人/发送时间 block; the quoted 待办 (6月15日前, 6月17日前, 下周五) and the quoted 下次周会 are old and "
              "must not be extracted. The status line about last week's (1)(2)(3) is not an item. 端午节 2026 is Fri "
              "06-19 (06-19..06-21 off), so 端午节后第一天 = first working day after = Mon 2026-06-22. 6月底 -> 06-30. "
              "Next meeting '下周四同一时间（14:00）' -> 2026-06-25 14:00. Subject still names 6月11日; the thread "
              "headers (In-Reply-To/References) point at the old minutes, yet this is new minutes, not a reply.")
    msg, g2, crlf = send(slug, "outlook", frm, to, cc, subject, t, text, g, blocks=blocks, cs="gb2312",
                         irt=old.msgid, refs=[old.msgid], thread_parent="805-old", html_tail=qh)
    # replace the html with one that carries the quote
    return msg, g2, crlf


# ---------------------------------------------------------------- 806
@case("806-audit-prep-wrapped-qq-gb18030",
      "shape 7: Exmail gb18030 plain text from the plant manager: items wrapped over lines, ①② sub-tasks with their own dates inside one numbered line, deadline on the continuation line, 孟班长 alias, a date-only fact line")
def c806():
    use("A")
    slug = "806-audit-prep-wrapped-qq-gb18030"
    t = ts("2025-11-14 20:31:07")
    subject = "客户过程审核（VDA 6.3）准备会纪要"
    frm, to, cc = "钱永刚", ["冯晓东", "孟繁星", "潘浩然", "韩磊"], ["蒋丽华", BOT]
    text = """各位：
下午审核准备会定的几件事，大家抓紧：

1. 现场6S及目视化整改（冯晓东负责，孟班长配合）：①机加车间地面划线及
   工位器具定置，11月19日前；②刀具柜标识更新，11月21日前
2. 过程审核自评：潘浩然按VDA 6.3 P5-P7逐条自评，下周三前
   提交自评表，发现的问题同步录入问题清单
3. 韩磊负责准备近12个月客诉及8D关闭证据（纸质+电子版各一份），
   审核前一天（11月24日）下班前放到会议室
4. 审核日程：11月25日-26日两天，陪审人员名单已定，见附表。

钱永刚
"""
    html_body = "<div>" + "</div><div>".join(esc(l) if l.strip() else "<br>" for l in text.rstrip().split("\n")) + "</div>"
    s = t.date()
    g = gold("minutes", items=[
        item("冯晓东", "机加车间地面划线及工位器具定置", X(day("2025-11-19"), "2025-11-19")),
        item("冯晓东", "刀具柜标识更新", X(day("2025-11-21"), "2025-11-21")),
        item("潘浩然", "按VDA 6.3 P5-P7逐条自评", X(next_week_weekday(s, 2), "2025-11-19", "806 下周三")),
        item("韩磊", "准备近12个月客诉及8D关闭证据", X(day("2025-11-24"), "2025-11-24"))],
        notes="Sent Fri 2025-11-14 evening. Line 1 holds two sub-tasks ①② with their own dates; both belong to the "
              "负责 person 冯晓东 (孟班长 only 配合). Item ① wraps mid-phrase onto the next line. Line 2's 下周三前 "
              "-> 2025-11-19 (it sits before the wrap; '提交自评表' on the continuation line is the same task). Line 3's "
              "deadline is entirely on the continuation line: '审核前一天（11月24日）下班前' -> 2025-11-24, no time. "
              "Line 4 is schedule information, not an item. The plain-text lines are wrapped in the html too.")
    return send(slug, "qq", frm, to, cc, subject, t, text, g, html_body=html_body, cs="gb18030")


# ---------------------------------------------------------------- 807
@case("807-forwarded-safety-minutes-preface",
      "shape 6: Outlook '转发:' by the plant manager with his own preface (no new task, only emphasis on item 2); items in the forwarded original below the 发件人/发送时间 block; department-only owner not ours")
def c807():
    use("A")
    slug = "807-forwarded-safety-minutes-preface"
    ot = ts("2026-03-19 17:40:12")
    orig_text = """钱厂长：

3月安全生产例会纪要如下：

一、上月安全情况：无轻伤以上事故，险肇事件2起（叉车倒车、冲压换模），均已分析整改。

二、待落实事项
1. 冲压车间光栅保护装置点检记录补齐 —— 孟繁星 —— 3月23日（周一）前
2. 消防通道堆放物料清理 —— 冯晓东 —— 本周五前
3. 叉车司机持证情况复核 —— 行政部 —— 3月底前
4. 4月安全培训计划 —— 潘浩然 —— 下周三

孟繁星
制造部 冲压班
"""
    op = Parent("孟繁星", ["钱永刚"], [], "3月安全生产例会纪要", ot, orig_text, html_lines(orig_text), None)
    t = ts("2026-03-20 09:15:33")
    subject = "转发: 3月安全生产例会纪要"
    frm, to, cc = "钱永刚", ["冯晓东", "潘浩然", "孟繁星"], ["蒋丽华", BOT]
    pre = """各位：

昨天安全例会的纪要转给大家。第2条消防通道的事冯晓东要盯紧，下周消防大队来检查，别再让我在现场看到堆料。

钱永刚
"""
    qt, qh = quote_outlook_zh(op)
    text = pre + qt
    blocks = lines_blocks(pre)
    s = ot.date()
    g = gold("minutes", items=[
        item("孟繁星", "冲压车间光栅保护装置点检记录补齐", X(day("2026-03-23"), "2026-03-23")),
        item("冯晓东", "消防通道堆放物料清理", X(this_or_next_weekday(t.date(), 4), "2026-03-20", "807 本周五")),
        item(None, "叉车司机持证情况复核", X(month_end(s), "2026-03-31", "807 月底")),
        item("潘浩然", "4月安全培训计划", X(next_week_weekday(t.date(), 2), "2026-03-25", "807 下周三"))],
        notes="A forward (Fri 2026-03-20) of minutes written on Thu 2026-03-19; the items are in the forwarded part, "
              "below Outlook's 发件人/发送时间/主题 block, and must not be stripped as a quote. The forwarder's preface only "
              "stresses item 2; it adds no task. 本周五前 and 下周三 give the same dates from either day (03-20, 03-25). "
              "'行政部' is not a roster department -> owner null, department null, no_owner. 3月底前 -> 2026-03-31. "
              "上月安全情况 is a report.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, blocks=blocks, cs="gb2312", html_tail=qh)


# ---------------------------------------------------------------- 808
@case("808-supplier-monthly-2027-apple",
      "ordinary (2027): Apple Mail numbered 待办 with owner in brackets or before a colon; 3月31日前, by 3/20, 2027年6月底前, 下周一; '4月中旬…另行通知' -> no follow-up; no working-day phrase (2027 calendar not published in chinesecalendar)")
def c808():
    use("A")
    slug = "808-supplier-monthly-2027-apple"
    t = ts("2027-03-09 21:02:18")
    subject = "联达压铸供应商质量月度会议纪要（2027年3月）"
    frm, to, cc = "韩磊", ["蒋丽华", "曹宇航", "卢国强"], [BOT]
    text = """蒋部长、卢总、宇航：

今天在联达的月度质量会议纪要如下。

会议时间：2027年3月9日 14:00-16:00
地点：联达压铸2号会议室

一、2月质量表现
来料批次合格率98.6%，较1月提升1.1个百分点；X光抽检气孔超标2批，已退货。

二、待办事项
1. 联达压铸完成熔炼炉除气机更换，3月31日前（卢国强）
2. 2027年度供应商审核计划确认，by 3/20，曹宇航
3. 卢国强：提交2027年降本方案，2027年6月底前
4. 蒋部长：与采购确认联达Q2价格，下周一

下次会议4月中旬，具体时间另行通知。

韩磊
"""
    s = t.date()
    g = gold("minutes", items=[
        item("卢国强", "完成熔炼炉除气机更换", X(day("2027-03-31"), "2027-03-31")),
        item("曹宇航", "2027年度供应商审核计划确认", X(day("2027-03-20"), "2027-03-20")),
        item("卢国强", "提交2027年降本方案", X(day("2027-06-30"), "2027-06-30")),
        item("蒋丽华", "与采购确认联达Q2价格", X(next_week_weekday(s, 0), "2027-03-15", "808 下周一"))],
        notes="Sent Tue 2027-03-09 from Apple Mail (UTF-8 QP). Owners are written three ways: in trailing brackets, "
              "after a comma, before a colon. 蒋部长 is a roster alias of 蒋丽华. 'by 3/20' -> 2027-03-20 (a Saturday; "
              "kept as written). '2027年6月底前' -> 2027-06-30. 下周一 -> 2027-03-15. '下次会议4月中旬…另行通知' has no "
              "date -> next_followup null. The 2月质量表现 paragraph is a report. No working-day arithmetic is needed "
              "in 2027.")
    return send(slug, "apple", frm, to, cc, subject, t, text, g)


# ---------------------------------------------------------------- 830
@case("830-morning-meeting-reports-foxmail",
      "shape 4: Foxmail production morning-meeting notes that are almost all reports of work done and a holiday rule; one real item (今天下班前, 孟班长); next meeting as a sentence '节后第一天早会照常7:50开始' (Qingming 2025)")
def c830():
    use("A")
    slug = "830-morning-meeting-reports-foxmail"
    t = ts("2025-04-03 08:55:20")
    subject = "4月3日生产早会记录"
    frm, to, cc = "冯晓东", ["钱永刚", "孟繁星", "韩磊"], [BOT]
    text = """早会记录（4/3 周四）

1. 昨日产量：1号线1180件（计划1200），2号线960件，达成率97.4%。
2. 质量：2号线转向节气孔报废6件，已隔离，韩工已确认原因为模温偏低，参数已调整。
3. 设备：3号加工中心主轴异响，设备科昨晚已更换轴承，今早试切合格。
4. 清明放假：4月4日-6日放假，4月7日（周一）正常上班；节前最后一班做好设备清扫、断电断气。
5. 今日要求：孟班长今天下班前把2号线节前5S检查表交到车间办公室。
6. 节后第一天早会照常7:50开始。

冯晓东
"""
    s = t.date()
    g = gold("minutes", items=[
        item("孟繁星", "把2号线节前5S检查表交到车间办公室", X(s, "2025-04-03"))],
        followup=fu(X(first_workday_after(day("2025-04-06")), "2025-04-07", "830 节后"), "07:50"),
        notes="Morning-meeting notes sent Thu 2025-04-03, the day before Qingming (04-04..04-06 off). Lines 1-3 report "
              "what was already done ('已隔离', '已更换', '已调整'); line 4 is a holiday rule for everyone "
              "(节前最后一班…) and is not an item. Only line 5 is a task: 孟班长 (roster alias of 孟繁星), 今天下班前 -> "
              "2025-04-03 without a time. Line 6 gives the next meeting as a sentence: first working day after the "
              "holiday = Mon 2025-04-07, 07:50.")
    return send(slug, "foxmail", frm, to, cc, subject, t, text, g, cs="gb2312")


# ---------------------------------------------------------------- 809
@case("809-group-meeting-person-headings-titles",
      "shapes 1+3: student's Coremail 组会 notes under ▶ person headings; owners written as 石老师/唐博/小陆/谭老师 (not roster aliases, resolved from To); English line inside; 元旦前; 本月26号前; next meeting '下周五上午' (half day, no time)")
def c809():
    use("B")
    slug = "809-group-meeting-person-headings-titles"
    t = ts("2025-12-19 22:47:35")
    subject = "12.19组会记录"
    frm, to, cc = "夏梦琪", ["石振华", "唐雨桐", "陆子昂", "谭斌", "Arjun Mehta"], [BOT]
    text = """石老师、各位师兄师姐：

今天组会记录如下（记录人：夏梦琪），有遗漏的请补充~

▶ 石老师
- 国自然结题：请唐博汇总大家今年的成果清单（论文、专利、会议），下周三下班前发给石老师
- 谭老师元旦前统计本学期设备机时费，报销单统一交学院财务

▶ 唐雨桐（唐博）
- 形状记忆聚合物DMA数据已补测完，曲线已上传组里网盘。
- 投稿Adv. Mater.的修改稿：本月26号前返回给石老师

▶ 陆子昂
- XRD峰位偏移：小陆重新做退火对照实验（200℃/2h vs 4h），1月9日前出结果

▶ Arjun
- Will send the revised TOC figure to Prof. Shi by Monday.

▶ 我
- 开题报告PPT第二版，下周一晚上前发唐博看

下次组会：下周五上午，还是B312。

梦琪
"""
    s = t.date()
    g = gold("minutes", items=[
        item("唐雨桐", "汇总大家今年的成果清单", X(next_week_weekday(s, 2), "2025-12-24", "809 下周三")),
        item("谭斌", "统计本学期设备机时费", X(last_workday_before(day("2026-01-01")), "2025-12-31", "809 元旦前")),
        item("唐雨桐", "投稿Adv. Mater.的修改稿", X(day("2025-12-26"), "2025-12-26")),
        item("陆子昂", "重新做退火对照实验", X(day("2026-01-09"), "2026-01-09", "809 1月9日 next year")),
        item("Arjun Mehta", "send the revised TOC figure to Prof. Shi", X(this_or_next_weekday(s, 0), "2025-12-22", "809 Monday")),
        item("夏梦琪", "开题报告PPT第二版", X(next_week_weekday(s, 0), "2025-12-22", "809 下周一"))],
        followup=fu(X(next_week_weekday(s, 4), "2025-12-26", "809 下周五")),
        notes="Sent Fri 2025-12-19 late evening by a master's student. Items are grouped under ▶ person headings, but "
              "the heading is the topic owner, not always the doer: under ▶ 石老师 the doers are 唐博 (= 唐雨桐, the "
              "postdoc) and 谭老师 (= 谭斌); neither title is a roster alias, both resolve through the To display names by "
              "surname. 小陆 = 陆子昂; '我' under the last heading = the sender 夏梦琪. Dates: 下周三下班前 -> 2025-12-24 "
              "(no time); 元旦前 -> last working day before 2026-01-01 = 2025-12-31; 本月26号前 -> 2025-12-26; 1月9日前 "
              "-> 2026-01-09 (clearly future-meant, rolls into the next year); 'by Monday' -> 2025-12-22; 下周一晚上前 -> "
              "2025-12-22 (no hour given, so no time). The DMA line is a report of work done. Next 组会 '下周五上午' -> "
              "2025-12-26 with time null: only a half day is given.")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, cs="UTF-8")


# ---------------------------------------------------------------- 810
@case("810-graduate-school-official-style-coremail-gbk",
      "shape 5: 研究生院 会议纪要 in official style: 一是…二是… rules (not items), （一）（二） 议定事项 with 责任单位/责任人/完成时限; 各学院 (no_owner); '牵头…配合'; 另行通知 (vague); 5个工作日内; 下次会议 'X月上旬…另行通知' -> null")
def c810():
    use("B")
    slug = "810-graduate-school-official-style-coremail-gbk"
    t = ts("2026-03-10 11:30:52")
    subject = "关于2026年上半年学位授予工作协调会的会议纪要"
    frm, to, cc = "蔡晶", ["范秀英", "邱文博", "石振华"], [BOT]
    text = """研究生院会议纪要
〔2026〕第5期

3月9日下午，范秀英同志在行政楼305会议室主持召开2026年上半年学位授予工作协调会。研究生院培养办、学位办负责同志及各学院研究生秘书参加会议。现将会议议定事项纪要如下：

一、关于学位论文质量管理
会议强调，一是各学院要严格执行“先检测、后送审”的要求；二是文字复制比超过15%的论文一律不得送审；三是导师须对论文送审版本签字确认。

二、议定事项
（一）开通2026年学位论文送审系统账号。
责任单位：研究生院学位办
责任人：邱文博
完成时限：3月13日前

（二）报送拟申请学位人员名单。
责任单位：各学院
完成时限：3月20日（星期五）17:00前

（三）修订《研究生学位论文答辩工作细则》。
责任单位：研究生院
责任人：范秀英牵头，邱文博、蔡晶配合
完成时限：4月底前

（四）学位评定分委员会会议安排。
责任单位：研究生院办公室
责任人：蔡晶
完成时限：另行通知

（五）材料学院开展论文答辩全程录像试点，报送实施方案。
责任单位：材料学院
责任人：石振华
完成时限：5个工作日内

三、下一次协调会拟于4月上旬召开，具体时间另行通知。

研究生院办公室
2026年3月10日
"""
    s = t.date()
    g = gold("minutes", items=[
        item("邱文博", "开通2026年学位论文送审系统账号", X(day("2026-03-13"), "2026-03-13")),
        item(None, "报送拟申请学位人员名单", X(day("2026-03-20"), "2026-03-20"), "17:00"),
        item("范秀英", "修订《研究生学位论文答辩工作细则》", X(month_end(day("2026-04-01")), "2026-04-30", "810 4月底")),
        item("蔡晶", "学位评定分委员会会议安排", None, flags=["vague_due"]),
        item("石振华", "报送实施方案", X(add_workdays(s, 5), "2026-03-17", "810 5wd"))],
        notes="Official 研究生院 minutes sent Tue 2026-03-10 (Coremail, GBK). Section 一 gives rules (一是…二是…三是…), "
              "not items. Each （N） under 议定事项 is one item; the owner is 责任人 when given. （二） has only 责任单位 "
              "'各学院' (not a roster department) -> owner null, department null, no_owner; '3月20日（星期五）17:00前' "
              "gives a time. （三） '范秀英牵头，邱文博、蔡晶配合' -> owner 范秀英. （四） '完成时限：另行通知' is a deadline "
              "word without a date -> vague_due. （五） 5个工作日内 counts 03-11, 12, 13, 16, 17 -> 2026-03-17; the "
              "deliverable is 报送实施方案. Next meeting '4月上旬…具体时间另行通知' has no date -> null.")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, cs="GBK", cte="base64")


# ---------------------------------------------------------------- 811
@case("811-tencent-meeting-ai-minutes-midautumn",
      "shape 4: 腾讯会议 AI 纪要 pasted by the postdoc (Exmail gb18030): AI 概要/结论/会议过程 with time stamps are not items, only 【待办】; 2个工作日内 over the 2026-09-20 make-up Sunday; 国庆节前 with 09-25 Mid-Autumn; next meeting in the human preface on a make-up Saturday")
def c811():
    use("B")
    slug = "811-tencent-meeting-ai-minutes-midautumn"
    t = ts("2026-09-18 19:05:14")
    subject = "腾讯会议智能纪要｜课题组与合作企业技术对接会 0918"
    frm, to, cc = "唐雨桐", ["石振华", "陆子昂", "夏梦琪"], [BOT]
    text = """石老师、各位：
下午和企业对接会的AI纪要转过来，待办我按大家会上说的核对过了。下次对接定在10月10日（周六，调休上班）上午10点，还是线上。

————————————————
会议纪要
会议主题：课题组与合作企业技术对接会
会议时间：2026/09/18 15:00-16:32
参会人员：石振华、唐雨桐、陆子昂、夏梦琪、外部参会人（2）

【会议概要】
本次会议围绕形状记忆聚合物在汽车内饰件上的应用展开，双方对第一阶段样品指标、测试方法和知识产权归属进行了讨论。

【关键结论】
1. 第一阶段样品指标：形状回复率≥95%，回复温度65±5℃。
2. 测试方法以企业标准QJ-2031为准。

【会议过程】
00:03:21 石振华：样品这边我们争取国庆前寄过去。
00:27:45 陆子昂：表征的话我这边两个工作日能出。
00:41:10 夏梦琪：专利检索下周应该可以给到。

【待办】
1. 陆子昂：完成第一批样品的DSC及拉伸表征，2个工作日内
2. 唐雨桐：寄送第一批样品（10件），9月24日前
3. 夏梦琪：专利检索报告，国庆节前
4. 石振华：与企业确认合作协议中知识产权条款，尽快

智能纪要由AI生成，可能不准确，请谨慎甄别后使用
"""
    s = t.date()
    g = gold("minutes", items=[
        item("陆子昂", "完成第一批样品的DSC及拉伸表征", X(add_workdays(s, 2), "2026-09-21", "811 2wd")),
        item("唐雨桐", "寄送第一批样品（10件）", X(day("2026-09-24"), "2026-09-24")),
        item("夏梦琪", "专利检索报告", X(last_workday_before(day("2026-10-01")), "2026-09-30", "811 国庆前")),
        item("石振华", "与企业确认合作协议中知识产权条款", None, flags=["vague_due"])],
        followup=fu(X(day("2026-10-10"), "2026-10-10"), "10:00"),
        notes="Sent Fri 2026-09-18. Calendar: Sun 09-20 is a make-up working day, Fri 09-25 is Mid-Autumn (09-25..09-27 "
              "off), National Day 10-01..10-07 off, Sat 10-10 make-up. Only 【待办】 is items; 概要, 关键结论 and the "
              "timestamped 会议过程 lines are AI text. 2个工作日内 counts Sun 09-20 (make-up) and Mon 09-21 -> "
              "2026-09-21. 国庆节前 -> last working day before 10-01 = Wed 2026-09-30. 尽快 -> vague_due. The next "
              "meeting is given in the sender's own preface, not after a label: 10月10日（周六，调休上班）上午10点 -> "
              "2026-10-10 10:00.")
    return send(slug, "qq", frm, to, cc, subject, t, text, g, cs="gb18030")


# ---------------------------------------------------------------- 812
@case("812-pi-new-minutes-in-reply-apple-mail",
      "shapes 6+8: the PI's Apple Mail 'Re:' of a scheduling mail carries today's minutes; two owners in one line with the same task (two items, same text); PI's own item ('我'); quoted mail with dates is not minutes")
def c812():
    use("B")
    slug = "812-pi-new-minutes-in-reply-apple-mail"
    pt = ts("2026-06-30 09:12:44")
    ptext = """各位：

7月3日（周五）上午9点组会，地点B312。请子昂、梦琪各准备15分钟汇报，6月30日前把PPT发我汇总。
另外暑期学校下周开放报名，请有意向的同学留意学院通知。

梦琪
"""
    parent = Parent("夏梦琪", ["石振华", "唐雨桐", "陆子昂", "谭斌", "Arjun Mehta"], [BOT], "7月组会安排", pt, ptext,
                    html_lines(ptext), "<7A1C02E3-44B1-4F0E-9A3B-2C1F6B0E77D1@jcu.example.edu.cn>")
    t = ts("2026-07-03 12:40:05")
    subject = "Re: 7月组会安排"
    frm, to, cc = "石振华", ["夏梦琪", "唐雨桐", "陆子昂", "谭斌", "Arjun Mehta"], [BOT]
    new = """大家好，今天组会的几件事记一下：

1. 暑期学校：梦琪、子昂本月底前在研究生系统里完成暑期学校报名，别拖。
2. 实验室安全自查表：谭斌下周一交学院。
3. 我周日前把Arjun的稿子看完给意见。
4. 雨桐的基金本子写得不错，不用再改了。

石
"""
    qt, qh = quote_ios_zh(parent)
    text = new + qt
    html_body = html_lines(new) + qh
    s = t.date()
    g = gold("minutes", items=[
        item("夏梦琪", "在研究生系统里完成暑期学校报名", X(month_end(s), "2026-07-31", "812 月底")),
        item("陆子昂", "在研究生系统里完成暑期学校报名", X(month_end(s), "2026-07-31", "812 月底")),
        item("谭斌", "实验室安全自查表", X(next_week_weekday(s, 0), "2026-07-06", "812 下周一")),
        item("石振华", "把Arjun的稿子看完给意见", X(this_or_next_weekday(s, 6), "2026-07-05", "812 周日"))],
        notes="The PI writes today's (Fri 2026-07-03) group-meeting minutes as an Apple Mail 'Re:' to the student's "
              "scheduling mail, which is quoted below ('在 2026年6月30日…写道：' with 6月30日前, 7月3日 — not items). Item 1 "
              "names two owners (梦琪 = 夏梦琪, 子昂 = 陆子昂, given names resolved through To) for one task: two items "
              "with the same task text, both 本月底前 -> 2026-07-31. 下周一 -> 2026-07-06. Item 3 is the PI's own task "
              "('我' = From 石振华), 周日前 -> Sun 2026-07-05. Item 4 is praise, not a task. No next meeting.")
    return send(slug, "apple", frm, to, cc, subject, t, text, g, html_body=html_body, irt=parent.msgid,
                refs=[parent.msgid])


# ---------------------------------------------------------------- 813
@case("813-english-checkbox-handles-owa",
      "shape 2: Outlook on the web (+0000 Date, Shanghai afternoon) English notes by the international postdoc: [ ] @handles, a ticked [x] done item, 'AI:' line, 'by 5/9', 'EOD Friday', 'ASAP' with a date inside the task text, 'same time next Tuesday' (after May Day 2025)")
def c813():
    use("B")
    slug = "813-english-checkbox-handles-owa"
    t = ts("2025-05-06 09:10:27", UTC)
    subject = "Notes - XRD/DMA sync with Prof. Shi (6 May)"
    frm, to, cc = "Arjun Mehta", ["石振华", "唐雨桐", "陆子昂", "谭斌"], [BOT]
    text = """Hi all,

Quick notes from today's sync (4-5pm, B312). Correct me if I missed something.

Discussed
- Peak shift in sample S-07 is most likely residual stress, not a phase change (Prof. Shi agrees).
- Furnace #2 is back online, Tan Bin replaced the thermocouple last week.

Action items
[ ] @Ziang redo XRD on S-07 after 2h anneal - by 5/9
[ ] @Yutong share the DMA raw data (.txt, not pdf) - EOD Friday
[ ] @谭斌 book the SEM slot for next Wed afternoon - ASAP
[x] @Arjun upload the Rietveld refinement script to the group drive (done)
AI: Arjun - draft the methods section of the SMP paper, next Wednesday

Next sync: same time next Tuesday.

Cheers,
Arjun
"""
    s = sh(t).date()
    g = gold("minutes", items=[
        item("陆子昂", "redo XRD on S-07 after 2h anneal", X(day("2025-05-09"), "2025-05-09")),
        item("唐雨桐", "share the DMA raw data", X(this_or_next_weekday(s, 4), "2025-05-09", "813 EOD Fri")),
        item("谭斌", "book the SEM slot for next Wed afternoon", None, flags=["vague_due"]),
        item("Arjun Mehta", "draft the methods section of the SMP paper", X(next_week_weekday(s, 2), "2025-05-14", "813 next Wed"))],
        followup=fu(X(next_week_weekday(s, 1), "2025-05-13", "813 next Tue"), "16:00"),
        notes="Outlook on the web; Date Tue 2025-05-06 09:10 +0000 = 17:10 in Shanghai, same day. Handles: @Ziang and "
              "@Yutong are roster aliases (陆子昂, 唐雨桐), @谭斌 a full name. 'by 5/9' -> 2025-05-09; 'EOD Friday' -> "
              "2025-05-09 without a time. The SEM item's only deadline is ASAP -> vague_due; 'next Wed afternoon' inside "
              "it is when the slot is, not a deadline. '[x] … (done)' is a finished item, not extracted. 'AI: Arjun - …, "
              "next Wednesday' -> 2025-05-14 (next calendar week). 'Discussed' lines are findings. 'same time next "
              "Tuesday' uses the meeting time given at the top (4-5pm) -> 2025-05-13 16:00.")
    return send(slug, "exchange", frm, to, cc, subject, t, text, g)


# ---------------------------------------------------------------- 814
@case("814-defense-coordination-own-numbering",
      "shape 8: 研究生院 minutes continuing the previous meeting's numbering (待办7-10); two students with the same task text and different dates; 明天（周六，调休上班） and 5个工作日内 over the 2026-05-09 make-up Saturday")
def c814():
    use("B")
    slug = "814-defense-coordination-own-numbering"
    t = ts("2026-05-08 15:20:40")
    subject = "材料学院2026届研究生答辩安排协调会纪要（第2次）"
    frm, to, cc = "邱文博", ["石振华", "蔡晶", "陆子昂", "夏梦琪"], ["范秀英", BOT]
    text = """各位老师、同学：

今天下午答辩安排协调会（第2次）纪要如下。上次会议待办第1-6项已全部完成，本次待办接着编号：

7. 夏梦琪提交答辩申请表（硕士），5月11日前
8. 陆子昂提交答辩申请表（博士预答辩），5月15日前
9. 蔡晶老师完成送审论文格式审查，明天（周六，调休上班）下班前
10. 石振华老师将答辩委员会名单报研究生院，5个工作日内

下次协调会：5月15日（周五）下午3点，研究生院203会议室。

邱文博
研究生院培养办
"""
    s = t.date()
    g = gold("minutes", items=[
        item("夏梦琪", "提交答辩申请表", X(day("2026-05-11"), "2026-05-11")),
        item("陆子昂", "提交答辩申请表", X(day("2026-05-15"), "2026-05-15")),
        item("蔡晶", "完成送审论文格式审查", X(s + dt.timedelta(days=1), "2026-05-09", "814 明天")),
        item("石振华", "将答辩委员会名单报研究生院", X(add_workdays(s, 5), "2026-05-14", "814 5wd"))],
        followup=fu(X(day("2026-05-15"), "2026-05-15"), "15:00"),
        notes="Sent Fri 2026-05-08 (Outlook, UTF-8 QP). The minutes number their items 7-10, continuing the last "
              "meeting; items 1-6 are reported done and not listed. The bot's own numbering of this meeting's items is "
              "1-4 and replies may use either. Items 7 and 8 have the same task text for two owners with different "
              "dates. 明天（周六，调休上班）下班前 -> 2026-05-09 (a make-up working day), no time. 5个工作日内 counts Sat 05-09 "
              "(make-up), 05-11, 05-12, 05-13, 05-14 -> 2026-05-14. Owners carry 老师 after the full name.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------- 815
@case("815-group-meeting-2027-thunderbird",
      "ordinary (2027): Thunderbird plain text 'name — task — date' lines: 6月30日前, 下周一, 'by June 25', '暑假前（7月9日）'; next 组会 '6月22日（周二）下午2:30'")
def c815():
    use("B")
    slug = "815-group-meeting-2027-thunderbird"
    t = ts("2027-06-15 18:20:03")
    subject = "6月15日组会纪要"
    frm, to, cc = "唐雨桐", ["石振华", "陆子昂", "夏梦琪", "谭斌", "Arjun Mehta"], [BOT]
    text = """各位：

今天组会纪要：

汇报情况
- 子昂：毕业论文盲审意见已返回，两份均为“同意答辩”。
- 梦琪：第二批样品DSC测完，结果和第一批一致。

待办
1. 陆子昂 — 毕业论文终稿提交学院 — 6月30日前
2. 夏梦琪 — 整理DMA设备使用培训记录 — 下周一
3. Arjun — submit the revised manuscript to Polymer — by June 25
4. 谭斌 — 暑假前完成实验室安全检查（7月9日）

下次组会：6月22日（周二）下午2:30，B312

雨桐
"""
    s = t.date()
    g = gold("minutes", items=[
        item("陆子昂", "毕业论文终稿提交学院", X(day("2027-06-30"), "2027-06-30")),
        item("夏梦琪", "整理DMA设备使用培训记录", X(next_week_weekday(s, 0), "2027-06-21", "815 下周一")),
        item("Arjun Mehta", "submit the revised manuscript to Polymer", X(day("2027-06-25"), "2027-06-25")),
        item("谭斌", "暑假前完成实验室安全检查", X(day("2027-07-09"), "2027-07-09"))],
        followup=fu(X(day("2027-06-22"), "2027-06-22"), "14:30"),
        notes="Plain 8bit UTF-8 Thunderbird minutes, Tue 2027-06-15. 汇报情况 lines are reports. 下周一 -> 2027-06-21. "
              "'by June 25' -> 2027-06-25. '暑假前…（7月9日）': the bracketed date is the deadline -> 2027-07-09. "
              "'Arjun' is a roster alias of Arjun Mehta. Next 组会 2027-06-22 14:30.")
    return send(slug, "thunderbird", frm, to, cc, subject, t, text, g)


# ---------------------------------------------------------------- 816
@case("816-site-meeting-table-outlook-gb2312",
      "ordinary: Outlook gb2312 工程例会 table (序号/事项/责任单位/责任人/完成时间) with contractor owners from To, an '已完成（6/25）' row, a department-only row with 尽快; 7月5日（周六）前; 下周三; next meeting after a label")
def c816():
    use("C")
    slug = "816-site-meeting-table-outlook-gb2312"
    t = ts("2025-06-27 18:30:12")
    subject = "滨江府项目第26次工程例会会议纪要"
    frm, to, cc = "白露", ["魏国栋", "贺建军", "任涛", "程大勇", "金宝山", "龚海"], [BOT]
    tbl = Tbl([["序号", "事项", "责任单位", "责任人", "完成时间"],
               ["1", "5#楼主体结构封顶，报监理验收", "华建三局", "程大勇", "7月5日（周六）前"],
               ["2", "3#楼幕墙埋件偏位整改方案", "明光幕墙", "龚海", "7月2日"],
               ["3", "雨季施工专项方案复核", "诚信监理", "金宝山", "下周三"],
               ["4", "样板间精装修材料封样", "项目部", "贺建军", "7月10日"],
               ["5", "塔吊附着检测报告", "华建三局", "程大勇", "已完成（6/25）"],
               ["6", "售楼处周边临时道路硬化", "项目部", "", "尽快"]])
    blocks = ["各位领导、各参建单位：", BR, "6月27日工程例会纪要如下，请各单位按节点落实。", BR, tbl, BR,
              "会议要求：进入雨季，各单位每日收工前检查基坑排水及临电设施。", BR,
              "下次例会：7月4日（周五）下午2:00，项目部会议室。", BR, "白露", "锦宏置业 滨江府项目部 资料员"]
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "5#楼主体结构封顶，报监理验收", X(day("2025-07-05"), "2025-07-05")),
        item("龚海", "3#楼幕墙埋件偏位整改方案", X(day("2025-07-02"), "2025-07-02")),
        item("金宝山", "雨季施工专项方案复核", X(next_week_weekday(s, 2), "2025-07-02", "816 下周三")),
        item("贺建军", "样板间精装修材料封样", X(day("2025-07-10"), "2025-07-10")),
        item(None, "售楼处周边临时道路硬化", None, flags=["vague_due"], department="项目部")],
        followup=fu(X(day("2025-07-04"), "2025-07-04"), "14:00"),
        notes="Site meeting table, Fri 2025-06-27. Contractor owners (程大勇 总包, 金宝山 监理, 龚海 幕墙) are outside the "
              "roster; their addresses come from To. Row 5 '已完成（6/25）' is status, not an item. Row 6 has only the "
              "department 项目部 (ours) and 尽快 -> owner null, department 项目部, no_owner + vague_due. 下周三 from a "
              "Friday -> 2025-07-02. '会议要求' is a standing rule. 下次例会 2025-07-04 14:00.")
    return send(slug, "outlook", frm, to, cc, subject, t, None, g, blocks=blocks, cs="gb2312")


# ---------------------------------------------------------------- 817
@case("817-official-style-spring-festival-coremail",
      "shape 5: 专题会议纪要 in SOE style before Spring Festival 2026: 会议认为/会议要求, （一）（二） with 责任单位/责任人/完成时限, 一是二是三是 inside one item; 春节放假前 = the 02-14 make-up Saturday; 节后第一个工作日; department-only; next meeting '定于…召开'")
def c817():
    use("C")
    slug = "817-official-style-spring-festival-coremail"
    t = ts("2026-02-09 10:05:37")
    subject = "关于春节前后安全生产及农民工工资支付的专题会议纪要"
    frm, to, cc = "白露", ["程大勇", "金宝山", "龚海", "贺建军", "任涛", "汪静"], ["魏国栋", BOT]
    text = """滨江府项目部
专题会议纪要
（2026年第3期）

2月6日上午，魏国栋同志在项目部会议室主持召开春节前后安全生产及农民工工资支付专题会议，项目部、成本合约部、监理单位、总包及主要分包单位负责人参加。现纪要如下：

一、会议认为，近期项目整体安全形势平稳，但节前赶工、人员流动大，安全风险明显上升，各单位务必高度重视。

二、会议要求
（一）总包单位于春节前全额支付农民工工资，做到“两清零”。
责任单位：华建三局项目部；责任人：程大勇；完成时限：春节放假前。

（二）组织节前安全大检查。一是对塔吊、施工升降机等起重设备全面排查；二是对临时用电逐箱检查；三是对消防器材全面补充更换。
责任单位：项目部安全组、监理单位；牵头人：任涛；完成时限：3个工作日内。

（三）节后复工前完成全员安全教育及复工条件验收。
责任单位：华建三局项目部；责任人：程大勇；完成时限：节后第一个工作日。

（四）核对各分包单位进度款支付情况，形成书面材料报魏总。
责任单位：成本合约部；完成时限：2月12日前。

三、节后复工协调会定于2月24日（星期二）上午9时在项目部会议室召开，请各单位主要负责人参加。

滨江府项目部
2026年2月9日
"""
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "全额支付农民工工资", X(last_workday_before(day("2026-02-15")), "2026-02-14", "817 春节放假前")),
        item("任涛", "组织节前安全大检查", X(add_workdays(s, 3), "2026-02-12", "817 3wd")),
        item("程大勇", "节后复工前完成全员安全教育及复工条件验收", X(first_workday_after(day("2026-02-23")), "2026-02-24", "817 节后")),
        item(None, "核对各分包单位进度款支付情况", X(day("2026-02-12"), "2026-02-12"), department="成本合约部")],
        followup=fu(X(day("2026-02-24"), "2026-02-24"), "09:00"),
        notes="SOE-style minutes sent Mon 2026-02-09. Spring Festival 2026: 02-15..02-23 off, Sat 02-14 and Sat 02-28 "
              "make-up. 会议认为 is an assessment, not an item. （一） 春节放假前 -> last working day before the holiday = "
              "Sat 2026-02-14 (make-up). （二） is ONE item: 一是/二是/三是 are its contents, owner the 牵头人 任涛; 3个工作日内 "
              "-> 02-10, 02-11, 02-12 -> 2026-02-12. （三） 节后第一个工作日 -> 2026-02-24. （四） only 责任单位 成本合约部 "
              "(ours; its head 汪静 is in To but not named) -> owner null, department 成本合约部. Next meeting in section "
              "三 as a sentence: 2026-02-24 09:00 (上午9时).")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, cs="GBK", cte="base64")


# ---------------------------------------------------------------- 818
@case("818-wecom-wrapped-nested-brackets",
      "shapes 7+1: 企业微信/Exmail gb18030 plain text: nested brackets '（责任人：X（配合：Y），完成时间：原定5月底，调整为\\n6月10日前）', deadline on the continuation line, (1)(2) sub-numbering inside one line, titles 苏工/汪经理 from To")
def c818():
    use("C")
    slug = "818-wecom-wrapped-nested-brackets"
    t = ts("2026-05-20 21:15:48")
    subject = "5.20 精装修专题会纪要"
    frm, to, cc = "贺建军", ["苏婉", "汪静", "任涛", "龚海", "程大勇"], ["魏国栋", BOT]
    text = """各位：今天精装专题会要点如下，手机上打的，格式将就看

1、样板房问题整改（责任人：程大勇（配合：任涛），完成时间：原定5月底，调整为
   6月10日前）
2、户型优化图纸：设计部苏工出最终版施工图（含水电点位），
   完成时间：下周五（5月29日）
3、幕墙与精装收口：（1）东立面节点深化（龚海，5月25日前）（2）西立面节点深化（龚海，
   6月1日前）
4、精装材料调价：汪经理牵头测算影响金额，
   （待魏总确认后）6月5日前出结论

贺建军
"""
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "样板房问题整改", X(day("2026-06-10"), "2026-06-10")),
        item("苏婉", "出最终版施工图（含水电点位）", X(next_week_weekday(s, 4), "2026-05-29", "818 下周五")),
        item("龚海", "东立面节点深化", X(day("2026-05-25"), "2026-05-25")),
        item("龚海", "西立面节点深化", X(day("2026-06-01"), "2026-06-01")),
        item("汪静", "测算影响金额", X(day("2026-06-05"), "2026-06-05"))],
        notes="Typed on a phone and sent through 企业微信 mail (Exmail, gb18030), Wed 2026-05-20. Item 1: owner in nested "
              "brackets with a 配合 person inside; the deadline was moved ('原定5月底，调整为…6月10日前') and wraps to the "
              "next line -> 2026-06-10. Item 2: 苏工 = 苏婉 (To display name); '下周五（5月29日）' agree -> 2026-05-29, "
              "on a continuation line. Item 3: (1)(2) are two items with their own dates; the second wraps inside its "
              "bracket. Item 4: 汪经理 = 汪静 (To), '（待魏总确认后）6月5日前' -> 2026-06-05; the condition does not make "
              "it undated.")
    return send(slug, "qq", frm, to, cc, subject, t, text, g, cs="gb18030")


# ---------------------------------------------------------------- 819
@case("819-titles-only-owners-outlook-qp",
      "shape 1: 报建推进会 minutes whose owners are only titles (苏工, 汪经理, 贺经理, 魏总, '我这边'), none a roster alias; external 金总监 only 参加; 月底 on a Sunday; 9月中旬 (vague); next meeting with date only")
def c819():
    use("C")
    slug = "819-titles-only-owners-outlook-qp"
    t = ts("2025-08-29 17:50:26")
    subject = "滨江府二期报建推进会纪要"
    frm, to, cc = "毛晓峰", ["魏国栋", "苏婉", "汪静", "贺建军"], ["金宝山", BOT]
    text = """魏总及各位：

今天二期报建推进会纪要：

1. 规划许可证补正材料：我这边负责，9月5日前递交规划局。
2. 人防施工图审查意见回复：苏工，下周三前。
3. 二期施工图预算：汪经理，月底前出初稿。
4. 基坑支护方案专家论证：贺经理负责联系专家，金总监参加，9月中旬。
5. 与集团汇报二期开盘节点：魏总，尽快。

下次推进会9月5日，时间另行通知。

毛晓峰
前期报建部
"""
    s = t.date()
    g = gold("minutes", items=[
        item("毛晓峰", "规划许可证补正材料", X(day("2025-09-05"), "2025-09-05")),
        item("苏婉", "人防施工图审查意见回复", X(next_week_weekday(s, 2), "2025-09-03", "819 下周三")),
        item("汪静", "二期施工图预算", X(month_end(s), "2025-08-31", "819 月底")),
        item("贺建军", "基坑支护方案专家论证", None, flags=["vague_due"]),
        item("魏国栋", "与集团汇报二期开盘节点", None, flags=["vague_due"])],
        followup=fu(X(day("2025-09-05"), "2025-09-05")),
        notes="Sent Fri 2025-08-29 (Outlook UTF-8 QP). Every owner is a title: '我这边' = the sender 毛晓峰; 苏工, 汪经理, "
              "贺经理, 魏总 are not roster aliases and resolve by surname through the To display names (苏婉, 汪静, 贺建军, "
              "魏国栋). In item 4 the owner is 贺经理 (负责), 金总监 only attends. 下周三前 -> 2025-09-03. 月底前 -> "
              "2025-08-31 (a Sunday, kept). '9月中旬' is vague per the corpus conventions -> vague_due. 尽快 -> vague_due. "
              "Next meeting 2025-09-05, time 另行通知 -> null.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------- 820
@case("820-forwarded-supervisor-minutes-preface-item",
      "shape 6: Exmail '转发：' of the supervisor's (external) 监理例会纪要 below the '原始邮件' block, with the forwarder's preface that ADDS one item (明天 = 10-10 make-up Saturday, 上午10点前); unit-only owners (幕墙单位, 建设单位); 下周二 same from both dates")
def c820():
    use("C")
    slug = "820-forwarded-supervisor-minutes-preface-item"
    ot = ts("2026-10-08 19:20:31")
    orig = """贺经理、程经理：

10月8日监理例会纪要如下：

一、上周问题闭合情况
5#楼屋面防水卷材搭接不足问题已整改，监理复查合格，已闭合。

二、本周要求
1. 总包：6#楼二层顶板钢筋隐蔽验收资料补齐，10月12日前（程大勇）
2. 总包：节后复工人员三级安全教育记录，10月9日下班前报监理（程大勇）
3. 幕墙单位：埋件拉拔试验，下周二，监理见证取样
4. 建设单位：设计变更单（GH-23）签认，尽快

三、下次监理例会：10月15日（周四）14:30

诚信监理 滨江府项目监理部
金宝山
"""
    op = Parent("金宝山", ["贺建军", "程大勇"], [], "滨江府项目监理例会纪要（10月8日）", ot, orig, html_lines(orig), None)
    t = ts("2026-10-09 08:40:19")
    subject = "转发：滨江府项目监理例会纪要（10月8日）"
    frm, to, cc = "贺建军", ["白露", "任涛", "程大勇"], ["魏国栋", BOT]
    pre = """白露、任涛：

监理例会纪要转给大家，请按期落实。我补一条：明天（10日，周六上班）上午10点前，任涛把国庆期间的安全巡查记录发给监理。

贺建军
"""
    qt, qh = quote_qq(op)
    text = pre + qt
    html_body = html_lines(pre) + qh
    s = t.date()
    g = gold("minutes", items=[
        item("任涛", "把国庆期间的安全巡查记录发给监理", X(s + dt.timedelta(days=1), "2026-10-10", "820 明天"), "10:00"),
        item("程大勇", "6#楼二层顶板钢筋隐蔽验收资料补齐", X(day("2026-10-12"), "2026-10-12")),
        item("程大勇", "节后复工人员三级安全教育记录", X(day("2026-10-09"), "2026-10-09")),
        item(None, "埋件拉拔试验", X(next_week_weekday(ot.date(), 1), "2026-10-13", "820 下周二")),
        item(None, "设计变更单（GH-23）签认", None, flags=["vague_due"])],
        followup=fu(X(day("2026-10-15"), "2026-10-15"), "14:30"),
        notes="Forward (Fri 2026-10-09) of the supervisor's minutes of Thu 10-08; the forwarded part sits below Exmail's "
              "'------------------ 原始邮件 ------------------' block (发件人/发送时间/收件人/主题) and holds the items. The forwarder's preface adds one item of its own: 明天（10日，"
              "周六上班）上午10点前 -> 2026-10-10 (make-up Saturday) 10:00, owner 任涛. Items 1-2 name 程大勇 in brackets. "
              "Items 3-4 name only units: 幕墙单位 (a contractor) and 建设单位 (= our company, not a department) -> owner "
              "null, department null. 下周二 -> 2026-10-13 from either date. The closed issue in section 一 is status. "
              "Next supervision meeting 2026-10-15 14:30.")
    return send(slug, "qq", frm, to, cc, subject, t, text, g, html_body=html_body, cs="gb18030")


# ---------------------------------------------------------------- 821
@case("821-safety-check-same-task-sections-outlook",
      "shape 8: Outlook gb2312 safety-check minutes, numbering restarts in each building section; the same task text twice with different dates; '我' owner; 3个工作日内 over the 2025-10-11 make-up Saturday; next check '下周五同一时间'")
def c821():
    use("C")
    slug = "821-safety-check-same-task-sections-outlook"
    t = ts("2025-10-10 16:40:03")
    subject = "节后复工安全检查会纪要"
    frm, to, cc = "任涛", ["程大勇", "龚海", "贺建军"], [BOT]
    text = """各位：

检查时间：10月10日（周五）9:00-11:30，参加：项目部、监理、总包、幕墙分包。

一、5#楼
1. 临边防护栏杆补缺（程大勇，3个工作日内）
2. 外架连墙件整改复查（我，10月15日前）

二、6#楼
1. 临边防护栏杆补缺（程大勇，10月13日前）
2. 配电箱漏保测试记录（程大勇，明天，周六调休上班）

三、幕墙施工区
1. 吊篮安全锁标定证书（龚海，下周一前）

下周五同一时间复查，请各单位负责人到场。

任涛
项目部 安全负责人
"""
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "临边防护栏杆补缺", X(add_workdays(s, 3), "2025-10-14", "821 3wd")),
        item("任涛", "外架连墙件整改复查", X(day("2025-10-15"), "2025-10-15")),
        item("程大勇", "临边防护栏杆补缺", X(day("2025-10-13"), "2025-10-13")),
        item("程大勇", "配电箱漏保测试记录", X(s + dt.timedelta(days=1), "2025-10-11", "821 明天")),
        item("龚海", "吊篮安全锁标定证书", X(next_week_weekday(s, 0), "2025-10-13", "821 下周一"))],
        followup=fu(X(next_week_weekday(s, 4), "2025-10-17", "821 下周五"), "09:00"),
        notes="Sent Fri 2025-10-10, two days after National Day 2025; Sat 10-11 is a make-up working day. Numbering "
              "restarts under each section (一、二、三), so there are two '1.' and two '2.'; the same task text "
              "'临边防护栏杆补缺' appears for 5#楼 and 6#楼 with different dates and must stay two items. 3个工作日内 counts "
              "Sat 10-11, Mon 10-13, Tue 10-14 -> 2025-10-14. '我' = the sender 任涛. '明天，周六调休上班' -> 2025-10-11. "
              "下周一前 -> 2025-10-13. Next check '下周五同一时间' uses the 检查时间 start 9:00 -> 2025-10-17 09:00. "
              "(The section name is needed to tell the two 临边防护 items apart; a scorer should match them by date.)")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="gb2312")


# ---------------------------------------------------------------- 822
@case("822-minutes-in-docx-next-meeting-split",
      "shape 10+9: Outlook mail whose minutes are only in an attached .docx (table with an 已完成 row); the body gives the next meeting as '下次例会：' / '下周二' / '上午9:30，…' on three lines")
def c822():
    use("C")
    slug = "822-minutes-in-docx-next-meeting-split"
    t = ts("2026-11-13 19:02:55")
    subject = "滨江府项目第96次工程例会纪要"
    frm, to, cc = "白露", ["魏国栋", "贺建军", "任涛", "程大勇", "金宝山"], [BOT]
    text = """各位领导、各参建单位：

第96次工程例会纪要见附件，请查收并按期落实。

下次例会：
下周二
上午9:30，项目部二楼会议室

白露
锦宏置业 滨江府项目部
"""
    paras = ["滨江府项目第96次工程例会纪要", "时间：2026年11月13日（周五）14:00", "地点：项目部二楼会议室",
             "主持：魏国栋", "一、工程进度：7#楼外墙施工进度滞后约5天，总包已增加作业班组。", "二、待办事项："]
    rows = [["序号", "事项", "责任人", "完成时间"],
            ["1", "7#楼外墙真石漆大面施工", "程大勇", "11月25日"],
            ["2", "地库环氧地坪样板", "程大勇", "本周日前"],
            ["3", "景观苗木进场计划", "贺建军", "下周四"],
            ["4", "竣工备案资料目录", "白露", "月底"],
            ["5", "消防检测", "任涛", "已完成"]]
    doc = docx_bytes(paras, rows)
    att = attachment("滨江府项目第96次工程例会纪要.docx", doc,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label="gb2312",
                     style="rfc2047")
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "7#楼外墙真石漆大面施工", X(day("2026-11-25"), "2026-11-25")),
        item("程大勇", "地库环氧地坪样板", X(this_or_next_weekday(s, 6), "2026-11-15", "822 本周日")),
        item("贺建军", "景观苗木进场计划", X(next_week_weekday(s, 3), "2026-11-19", "822 下周四")),
        item("白露", "竣工备案资料目录", X(month_end(s), "2026-11-30", "822 月底"))],
        followup=fu(X(next_week_weekday(s, 1), "2026-11-17", "822 下周二"), "09:30"),
        notes="Sent Fri 2026-11-13. The mail body only says the minutes are attached; the items are in the .docx "
              "(word/document.xml, a 4-column table). Row 5 消防检测 is 已完成 -> status. 本周日前 -> 2026-11-15; 下周四 -> "
              "2026-11-19; 月底 -> 2026-11-30. The body gives the next meeting across three lines: label, day "
              "('下周二' -> 2026-11-17) and time ('上午9:30') -> 2026-11-17 09:30. A bot that does not open attachments "
              "would find no items here; gold records what a careful human would.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="gb2312", attachments=[att])


# ---------------------------------------------------------------- 823
@case("823-bid-qa-pipe-table-2027-coremail",
      "ordinary (2027): Coremail UTF-8 QP pipe-table 事项|负责人|时间: owner cell '苏婉（配合：汪静）', external department 财务部 (not a roster department), '开标前一天（5月19日）', 下周三, 4月底")
def c823():
    use("C")
    slug = "823-bid-qa-pipe-table-2027-coremail"
    t = ts("2027-04-16 11:20:44")
    subject = "二期总包招标答疑会纪要"
    frm, to, cc = "汪静", ["苏婉", "白露", "魏国栋"], [BOT]
    text = """各位：

4月16日上午二期总包招标答疑会纪要：

| 序号 | 事项 | 负责人 | 时间 |
| 1 | 招标文件答疑回复汇总并发各投标人 | 汪静 | 下周三 |
| 2 | 工程量清单复核 | 苏婉（配合：汪静） | 4月底 |
| 3 | 投标保证金退还 | 集团财务部 | 5月10日前 |
| 4 | 开标会场布置及资料准备 | 白露 | 开标前一天（5月19日） |

说明：开标时间为2027年5月20日上午9:00，地点集团总部3楼会议室。

汪静
成本合约部
"""
    s = t.date()
    g = gold("minutes", items=[
        item("汪静", "招标文件答疑回复汇总并发各投标人", X(next_week_weekday(s, 2), "2027-04-21", "823 下周三")),
        item("苏婉", "工程量清单复核", X(day("2027-04-30"), "2027-04-30")),
        item(None, "投标保证金退还", X(day("2027-05-10"), "2027-05-10")),
        item("白露", "开标会场布置及资料准备", X(day("2027-05-19"), "2027-05-19"))],
        notes="Fri 2027-04-16, pipe table typed in a Coremail plain editor (UTF-8 QP). Row 2's owner cell has a 配合 "
              "person in brackets -> owner 苏婉. Row 3 names 集团财务部, not a roster department -> owner null, department "
              "null. Row 4 '开标前一天（5月19日）' -> 2027-05-19. The 开标 time in the 说明 line is an event, not a follow-up "
              "meeting of these minutes -> next_followup null (a careful reader might disagree; it is not a meeting of "
              "this group).")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, cs="UTF-8", cte="quoted-printable")


# ---------------------------------------------------------------- 831
@case("831-tencent-ai-minutes-new-years-eve",
      "shape 4: 腾讯会议 智能纪要 on 2025-12-31 pasted into Outlook with the sender's note that she corrected owners; 元旦后第一个工作日 = the 2026-01-04 make-up Sunday; 2个工作日内 across New Year; 今天下班前; AI footer")
def c831():
    use("C")
    slug = "831-tencent-ai-minutes-new-years-eve"
    t = ts("2025-12-31 16:30:18")
    subject = "腾讯会议智能纪要-滨江府年度收尾协调会"
    frm, to, cc = "贺建军", ["程大勇", "汪静", "龚海", "任涛"], ["魏国栋", BOT]
    text = """各位：

下午协调会的腾讯会议智能纪要如下，AI列的待办我改了两处负责人，以下面为准。

会议主题：滨江府年度收尾协调会
时间：2025/12/31 14:00-15:20

智能总结
会议回顾了2025年项目整体进度，确认7#楼主体已于12月20日封顶；讨论了12月产值确认、进度款审核及元旦期间值班安排。

章节与要点
00:00:15 年度进度回顾
00:12:40 程大勇：元旦后我们第一时间把12月产值确认单报上来。
00:25:02 汪静：进度款审核我这边两个工作日能完成。
00:38:30 元旦值班

待办事项
· 程大勇：提交12月完成产值确认单，元旦后第一个工作日
· 汪静：完成12月进度款审核，2个工作日内
· 龚海：幕墙剩余板块到货计划，1月8日前
· 任涛：元旦期间值班安排及巡查表，今天下班前发群里

以上内容由AI生成，仅供参考
"""
    s = t.date()
    g = gold("minutes", items=[
        item("程大勇", "提交12月完成产值确认单", X(first_workday_after(day("2026-01-03")), "2026-01-04", "831 元旦后")),
        item("汪静", "完成12月进度款审核", X(add_workdays(s, 2), "2026-01-05", "831 2wd")),
        item("龚海", "幕墙剩余板块到货计划", X(day("2026-01-08"), "2026-01-08")),
        item("任涛", "元旦期间值班安排及巡查表", X(s, "2025-12-31"))],
        notes="Sent Wed 2025-12-31. New Year 2026: 01-01..01-03 off, Sun 01-04 make-up working day. Only the 待办事项 "
              "section counts; the 智能总结 ('12月20日封顶') and the timestamped lines are not items. 元旦后第一个工作日 "
              "-> Sun 2026-01-04. 2个工作日内 counts Sun 01-04, Mon 01-05 -> 2026-01-05. 1月8日前 -> 2026-01-08 (next "
              "year, clearly future-meant). 今天下班前 -> 2025-12-31, no time. No next meeting.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="base64")


# ---------------------------------------------------------------- 832
@case("832-hk-subcontractor-big5-outlook",
      "shape 1: minutes written by the Hong Kong curtain-wall subcontractor in Traditional Chinese, Outlook Big5: owners 梁嘉輝 (the sender), 賀經理 and 蘇工 (traditional forms of roster people, resolved from To); 下週一, 11月28日（星期五）前")
def c832():
    use("C")
    slug = "832-hk-subcontractor-big5-outlook"
    t = ts("2025-11-20 18:12:09")
    subject = "濱江府幕牆施工協調會紀要"
    frm, to, cc = "梁嘉輝", [("賀建軍", P["贺建军"]["email"]), ("蘇婉", P["苏婉"]["email"]), "程大勇"], [("", ORGS["C"][1][1])]
    text = """賀經理、蘇工：

今日下午幕牆施工協調會紀要如下，請查閱。

1. 3#樓東立面玻璃板塊第二批到貨：由本司梁嘉輝跟進，11月28日（星期五）前到場。
2. 東立面與精裝收口節點圖確認：蘇工，下週一前回覆。
3. 吊籃使用區域與總包外架交叉作業協調：賀經理組織總包及本司現場確認，下週三。
4. 上週提出的預埋件偏位問題已處理完畢，監理已驗收。

如有補充，請回覆。

梁嘉輝
明光幕牆工程（香港）有限公司 項目經理
"""
    blocks = lines_blocks(text)
    s = t.date()
    g = gold("minutes", items=[
        item("梁嘉輝", "3#樓東立面玻璃板塊第二批到貨", X(day("2025-11-28"), "2025-11-28")),
        item("苏婉", "東立面與精裝收口節點圖確認", X(next_week_weekday(s, 0), "2025-11-24", "832 下週一")),
        item("贺建军", "吊籃使用區域與總包外架交叉作業協調", X(next_week_weekday(s, 2), "2025-11-26", "832 下週三"))],
        notes="Thu 2025-11-20, Outlook with charset big5 (body, subject and display names), from the subcontractor's "
              "Hong Kong project manager (outside the roster). Owners: the sender himself ('由本司梁嘉輝跟進'); 蘇工 and "
              "賀經理, whose To display names are the Traditional forms 蘇婉 / 賀建軍 of roster people 苏婉 / 贺建军 "
              "(same addresses) -> canonical roster names. 下週一 -> 2025-11-24; 下週三 -> 2025-11-26; '11月28日（星期五）前' "
              "-> 2025-11-28. The bot is in Cc as a bare address (its simplified display name has no Big5 form). Item 4 is a report of work done. Tasks are kept in Traditional characters as written.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, blocks=blocks, cs="big5", cte="base64")


# ---------------------------------------------------------------- 824
@case("824-jour-fixe-german-english-outlook",
      "shape 2+9: German-flavoured English 'Protocol' (Action: X to … until 14.11.; Deadline: 19.11.2025; latest end of November; asap) with dd.mm. dates, a Decision and a done note; next Jour Fixe '17.11., 9:00 CET' -> 16:00 Shanghai")
def c824():
    use("D")
    slug = "824-jour-fixe-german-english-outlook"
    t = ts("2025-11-10 15:40:22")
    subject = "Protocol Jour Fixe Engineering KW46"
    frm, to, cc = "Jürgen Hoffmann", ["周立", "Stefan Maier", "曾凡", "吕佳"], ["Thomas Brandt", BOT]
    text = """Dear all,

please find below the protocol of today's Jour Fixe.

1. Gearbox housing GH-40 - porosity issue
   Status: root cause still open. Supplier sample parts arrived on 07.11.
   Action: Zhou Li to perform CT scan of 5 parts and to report the results until 14.11.

2. Test bench TB-3
   New torque sensor is installed and calibrated (done by Lucy, thanks).
   Action: Stefan to clarify with maintenance the downtime for the software update. Deadline: 19.11.2025

3. Tooling budget 2026
   Decision: budget stays at 1,2 Mio. EUR, no change.
   Action: Vincent to collect quotations from min. 3 suppliers for the new die, latest end of November.

4. Customer visit HQ (Mr. Brandt, KW48)
   Action: Lucy to organize hotel and pick-up from PVG - asap.

Next Jour Fixe: Monday, 17.11., 9:00 CET (Teams).

Best regards / Mit freundlichen Grüßen
Jürgen Hoffmann
Head of Engineering
KB Antriebstechnik (Suzhou) Co., Ltd.
"""
    s = t.date()
    g = gold("minutes", items=[
        item("周立", "perform CT scan of 5 parts", X(day("2025-11-14"), "2025-11-14")),
        item("Stefan Maier", "clarify with maintenance the downtime for the software update", X(day("2025-11-19"), "2025-11-19")),
        item("曾凡", "collect quotations from min. 3 suppliers for the new die", X(month_end(s), "2025-11-30", "824 end Nov")),
        item("吕佳", "organize hotel and pick-up from PVG", None, flags=["vague_due"])],
        followup=fu(X(day("2025-11-17"), "2025-11-17"), "16:00"),
        notes="English protocol by the German head of engineering, Mon 2025-11-10, Outlook UTF-8 QP. German date habits: "
              "'until 14.11.' = 14 November -> 2025-11-14 ('until' = by); '19.11.2025'; 'latest end of November' -> "
              "2025-11-30. '07.11.' is a status date and '1,2 Mio.' a decimal comma. Owners by first/English names: "
              "Zhou Li (周立), Stefan, Vincent (曾凡), Lucy (吕佳) — all roster aliases. 'asap' -> vague_due. 'done by "
              "Lucy' and the Decision are not items. Next Jour Fixe 17.11. 9:00 CET: CET = UTC+1 after the 2025-10-26 "
              "DST change -> 08:00 UTC = 16:00 Asia/Shanghai -> 2025-11-17 16:00. 'KW46/KW48' (German calendar weeks) "
              "are not deadlines.")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------- 825
@case("825-mixed-zh-en-before-cny-outlook",
      "shape 2: bilingual minutes before Spring Festival 2026: 'ACTION ITEM (Vincent):', '周立 to … before the holiday break', an Owner:/Task:/Due: block, 'EOD Saturday (make-up working day)', 'by 2/13', '1st working day after CNY'; shutdown facts")
def c825():
    use("D")
    slug = "825-mixed-zh-en-before-cny-outlook"
    t = ts("2026-02-12 17:25:40")
    subject = "【Minutes】春节前生产计划会 / Production planning before CNY"
    frm, to, cc = "吕佳", ["Stefan Maier", "曾凡", "周立", "孔慧敏"], [BOT]
    text = """Hi all,

今天会议纪要如下 / minutes of today's meeting:

1. 春节停产安排：2/15-2/23停产，2/24正常上班；2/14（周六）和2/28（周六）正常上班。
   Shutdown 15-23 Feb confirmed by Stefan.

2. ACTION ITEM (Vincent): confirm with our 3 key suppliers their CNY shutdown and first delivery date after the holiday - by 2/13

3. 周立 to update the PFMEA for line 2 before the holiday break.

4. Owner: Helen
   Task: 节后返岗人员统计及新员工入职安排
   Due: 1st working day after CNY

5. Stefan to sign off the maintenance plan for the shutdown by EOD Saturday (make-up working day).

Thanks,
Lucy
"""
    s = t.date()
    g = gold("minutes", items=[
        item("曾凡", "confirm with our 3 key suppliers their CNY shutdown and first delivery date after the holiday",
             X(day("2026-02-13"), "2026-02-13")),
        item("周立", "update the PFMEA for line 2", X(last_workday_before(day("2026-02-15")), "2026-02-14", "825 before break")),
        item("孔慧敏", "节后返岗人员统计及新员工入职安排", X(first_workday_after(day("2026-02-23")), "2026-02-24", "825 after CNY")),
        item("Stefan Maier", "sign off the maintenance plan for the shutdown", X(day("2026-02-14"), "2026-02-14"))],
        notes="Thu 2026-02-12, Outlook UTF-8 base64. Spring Festival 2026: 02-15..02-23 off, Sat 02-14 and Sat 02-28 "
              "make-up. Item 1 is facts (the shutdown, confirmed). 'by 2/13' -> Fri 2026-02-13. 'before the holiday break' "
              "-> last working day before the holiday = Sat 2026-02-14. Owner/Task/Due block: Helen = 孔慧敏 (alias), "
              "'1st working day after CNY' -> 2026-02-24. 'EOD Saturday (make-up working day)' -> 2026-02-14, no time. "
              "Vincent = 曾凡, Stefan = Stefan Maier (aliases).")
    return send(slug, "outlook", frm, to, cc, subject, t, text, g, cs="utf-8", cte="base64")


# ---------------------------------------------------------------- 826
@case("826-checkbox-handles-outlook-mac",
      "shape 2: Outlook for Mac budget notes: '- [ ] @local-part' checkboxes (handles = mail local parts), a ticked '[x]' item, '(me)', 'by 3/20', 'by end of this month', 'Wed next week', ASAP; FYI and decision bullets; next review date + same time")
def c826():
    use("D")
    slug = "826-checkbox-handles-outlook-mac"
    t = ts("2026-03-16 10:05:31")
    subject = "Budget review Q2 - notes & to-dos"
    frm, to, cc = "Katrin Weber", ["Jürgen Hoffmann", "曾凡", "孔慧敏", "Stefan Maier"], [BOT]
    text = """Hi team,

short notes of this morning's budget review (9:00-10:00):

- Q1 actuals are 3% below plan, mainly due to delayed capex (FYI only).
- Travel freeze stays until end of Q2 (decision by the management board).

To-dos:
- [ ] @juergen.hoffmann send updated capex list incl. the CT machine by 3/20
- [ ] @zeng.fan renegotiate the freight contract with the forwarder - ASAP
- [ ] @kong.huimin headcount plan H2 - by end of this month
- [x] @stefan.maier energy cost report (received, thanks!)
- [ ] @katrin.weber (me) consolidate everything for HQ - Wed next week

Next review: 13 April, same time.

Best,
Katrin
"""
    html_body = "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) if l.strip() else "&nbsp;")
                        for l in text.rstrip().split("\n"))
    s = t.date()
    g = gold("minutes", items=[
        item("Jürgen Hoffmann", "send updated capex list incl. the CT machine", X(day("2026-03-20"), "2026-03-20")),
        item("曾凡", "renegotiate the freight contract with the forwarder", None, flags=["vague_due"]),
        item("孔慧敏", "headcount plan H2", X(month_end(s), "2026-03-31", "826 end of month")),
        item("Katrin Weber", "consolidate everything for HQ", X(next_week_weekday(s, 2), "2026-03-25", "826 Wed next week"))],
        followup=fu(X(day("2026-04-13"), "2026-04-13"), "09:00"),
        notes="Outlook for Mac, Mon 2026-03-16. @handles are the owners' mail local parts (juergen.hoffmann, zeng.fan, "
              "kong.huimin, katrin.weber). '[x]' item is done -> not extracted. '(me)' = the sender. 'by 3/20' -> "
              "2026-03-20; 'by end of this month' -> 2026-03-31; 'Wed next week' -> 2026-03-25; ASAP -> vague_due. "
              "The FYI bullet and the travel-freeze decision are not items ('until end of Q2' is a policy period). "
              "'Next review: 13 April, same time' with the meeting time given at the top (9:00-10:00) -> 2026-04-13 "
              "09:00.")
    return send(slug, "outlookmac", frm, to, cc, subject, t, text, g, html_body=html_body)


# ---------------------------------------------------------------- 827
@case("827-name-to-do-by-friday-thunderbird",
      "shapes 2+4: Thunderbird English minutes: 'Zhou Li to … by Friday', 'Lucy will … until end of July', 'Vincent to … by next Tuesday', owner 'to be clarified'; Status lines with done work and Decisions are not items; next meeting 'Wednesday next week, same time (16:00)'")
def c827():
    use("D")
    slug = "827-name-to-do-by-friday-thunderbird"
    t = ts("2025-07-23 18:10:56")
    subject = "Minutes - Line 3 ramp-up meeting 23 July"
    frm, to, cc = "Stefan Maier", ["吕佳", "周立", "Jürgen Hoffmann", "曾凡"], [BOT]
    text = """Hello together,

minutes of today's ramp-up meeting (16:00-17:00, Shopfloor office).

Participants: S. Maier, J. Hoffmann, Zhou Li, Lucy Lv, Vincent Zeng

Status
- OEE line 3 at 71% (target 80%). Lucy already prepared the loss tree last week.
- Juergen has sent the modified fixture drawing to the toolmaker on Monday.

Decisions
- We keep 2-shift operation until end of August.
- No overtime on Sundays.

To dos
- Zhou Li to implement the poka-yoke for the bearing press by Friday.
- Lucy will update the SMED standard and train both shifts until end of July.
- Vincent to get the offer for the second press fixture by next Tuesday.
- Training for new operators - owner to be clarified (Juergen / HR).

Next meeting: Wednesday next week, same time (16:00).

Regards
Stefan
"""
    s = t.date()
    g = gold("minutes", items=[
        item("周立", "implement the poka-yoke for the bearing press", X(this_or_next_weekday(s, 4), "2025-07-25", "827 Friday")),
        item("吕佳", "update the SMED standard and train both shifts", X(month_end(s), "2025-07-31", "827 end July")),
        item("曾凡", "get the offer for the second press fixture", X(next_week_weekday(s, 1), "2025-07-29", "827 next Tue")),
        item(None, "Training for new operators", None)],
        followup=fu(X(next_week_weekday(s, 2), "2025-07-30", "827 next Wed"), "16:00"),
        notes="Plain Thunderbird mail (format=flowed, 8bit), Wed 2025-07-23. Items are sentences 'Name to/will … by X'. "
              "'by Friday' -> 2025-07-25; 'until end of July' -> 2025-07-31; 'by next Tuesday' -> 2025-07-29 (next "
              "calendar week). 'owner to be clarified (Juergen / HR)' -> owner null, department null, no_owner; no date "
              "-> no_due. Status lines report done work ('already prepared', 'has sent'); Decisions ('until end of "
              "August') are not items. Next meeting 'Wednesday next week, same time (16:00)' -> 2025-07-30 16:00.")
    return send(slug, "thunderbird", frm, to, cc, subject, t, text, g, cte="8bit")


# ---------------------------------------------------------------- 828
@case("828-sent-from-germany-sunday-golden-week",
      "Exchange Online minutes sent Sunday 21:40 +0200 from Germany = Monday 03:40 in Shanghai: 'by Wednesday', 'within 3 working days' across Golden Week 2026 (Chinese working days), 'before Golden Week'; next call '14:00 Beijing time'")
def c828():
    use("D")
    slug = "828-sent-from-germany-sunday-golden-week"
    t = dt.datetime(2026, 9, 27, 21, 40, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    subject = "Minutes HQ alignment call 27.09."
    frm, to, cc = "Jürgen Hoffmann", ["周立", "Katrin Weber", "曾凡"], ["Thomas Brandt", BOT]
    text = """Hi all,

I am still in Stuttgart, so only short minutes of today's call with HQ:

- HQ approved the CT machine investment (380k EUR). Good news!
- Zhou Li: prepare the site layout for the CT machine incl. power supply by Wednesday.
- Katrin: send the signed investment request to Thomas within 3 working days.
- Vincent: ask the supplier for a delivery slot before Golden Week.

Next call: Thursday 8 Oct, 14:00 Beijing time.

Juergen

Von meinem iPhone gesendet
"""
    s = sh(t).date()
    g = gold("minutes", items=[
        item("周立", "prepare the site layout for the CT machine incl. power supply", X(this_or_next_weekday(s, 2), "2026-09-30", "828 Wed")),
        item("Katrin Weber", "send the signed investment request to Thomas", X(add_workdays(s, 3), "2026-10-08", "828 3wd")),
        item("曾凡", "ask the supplier for a delivery slot", X(last_workday_before(day("2026-10-01")), "2026-09-30", "828 before GW"))],
        followup=fu(X(day("2026-10-08"), "2026-10-08"), "14:00"),
        notes="Date: Sun 2026-09-27 21:40 +0200 (sent from Germany) = Mon 2026-09-28 03:40 in Shanghai, so the send day "
              "is Monday 09-28. National Day 2026: 10-01..10-07 off, Sat 10-10 make-up. 'by Wednesday' -> 2026-09-30. "
              "'within 3 working days' counted in Chinese working days from the Shanghai send day: 09-29, 09-30, 10-08 -> "
              "2026-10-08 (a German reader would count 3 days earlier; the bot works in Asia/Shanghai with the Chinese "
              "calendar, as the conventions say). 'before Golden Week' -> last working day before 10-01 = 2026-09-30. "
              "The approval line is a fact. Next call 'Thursday 8 Oct, 14:00 Beijing time' -> 2026-10-08 14:00.")
    return send(slug, "exchange", frm, to, cc, subject, t, text, g, host="FR2P281MB1521.DEUP281.PROD.OUTLOOK.COM",
                ip="40.107.135.60")


# ---------------------------------------------------------------- 829
@case("829-audit-kickoff-2027-latin1-outlook",
      "ordinary (2027): Outlook iso-8859-1 QP German-style protocol 'responsible: X – until 26.02.2027 / until 03.03.'; 'by end of March'; a cut-off date that is not a deadline; next meeting 'Monday, 08.03.2027, 14:00'")
def c829():
    use("D")
    slug = "829-audit-kickoff-2027-latin1-outlook"
    t = ts("2027-02-22 09:30:15")
    subject = "Protocol - Annual audit kick-off (FY2026)"
    frm, to, cc = "Katrin Weber", ["曾凡", "孔慧敏", "吕佳"], [BOT]
    frm_p, to_p, cc_p = ("Katrin Weber", P["Katrin Weber"]["email"]), [("Zeng Fan", P["曾凡"]["email"]),
                                                                         ("Kong Huimin", P["孔慧敏"]["email"]),
                                                                         ("Lv Jia", P["吕佳"]["email"])], [BOT]
    text = """Dear colleagues,

as discussed this morning, the open points for the annual audit (FY2026):

1. Inventory count results to auditor - responsible: Lucy - until 26.02.2027
2. Intercompany reconciliation with HQ - responsible: Katrin - until 05.03.2027
3. List of open purchase orders (cut-off 31.12.2026) - responsible: Vincent - until 03.03.
4. Personnel cost breakdown per cost center - responsible: Helen - by end of March

Auditors will be on site from 15.03. to 26.03.

Next meeting: Monday, 08.03.2027, 14:00, Meeting room "Rhein".

Viele Grüße / Best regards
Katrin Weber
Head of Finance
"""
    s = t.date()
    g = gold("minutes", items=[
        item("吕佳", "Inventory count results to auditor", X(day("2027-02-26"), "2027-02-26")),
        item("Katrin Weber", "Intercompany reconciliation with HQ", X(day("2027-03-05"), "2027-03-05")),
        item("曾凡", "List of open purchase orders", X(day("2027-03-03"), "2027-03-03")),
        item("孔慧敏", "Personnel cost breakdown per cost center", X(day("2027-03-31"), "2027-03-31"))],
        followup=fu(X(day("2027-03-08"), "2027-03-08"), "14:00"),
        notes="Mon 2027-02-22, Outlook with charset iso-8859-1 quoted-printable (ü in 'Grüße'); To display names are "
              "pinyin (Zeng Fan, Kong Huimin, Lv Jia), owners in the text are English names (Lucy, Vincent, Helen) — all "
              "roster aliases. German dates dd.mm.yyyy; 'until 03.03.' without a year -> 2027-03-03. '(cut-off "
              "31.12.2026)' is a reporting date, not a deadline; the auditors' on-site period is information. 'by end of "
              "March' -> 2027-03-31. Next meeting 2027-03-08 14:00. No 2027 holiday arithmetic is needed.")
    return send(slug, "outlook", frm_p, to_p, cc_p, subject, t, text, g, cs="iso-8859-1", cte="quoted-printable")


# ---------------------------------------------------------------- 842
@case("842-sop-template-foxmail-gb2312",
      "ordinary: Foxmail gb2312 会议纪要 template (会议名称/时间/地点/参会人员/会议内容/待办事项/下次会议): 9月3日前, 本周五, 下周一上午10点前 (time), 月底; 会议内容 has decisions")
def c842():
    use("A")
    slug = "842-sop-template-foxmail-gb2312"
    t = ts("2026-08-27 17:05:40")
    subject = "8月S&OP产销协调会会议纪要"
    frm, to, cc = "彭雪", ["邓佳", "冯晓东", "钱永刚", "韩磊"], [BOT]
    text = """会议纪要

会议名称：8月S&OP产销协调会
会议时间：2026年8月27日（周四）14:00-15:30
会议地点：行政楼三楼会议室
参会人员：钱永刚、邓佳、冯晓东、韩磊、彭雪（记录）

会议内容：
1. 9月客户需求较8月上升12%，新能源转向节占比提升至35%。
2. 会议决定：9月起2号线实行两班倒，周六视订单情况安排加班。
3. 铝锭价格连续两月上涨，采购策略维持“锁价30%+随行就市70%”不变。

待办事项：
1. 9月主生产计划（MPS）发布 —— 冯晓东 —— 9月3日前
2. 新能源转向节安全库存调整方案 —— 彭雪 —— 本周五
3. 二供来料检验标准会签 —— 韩磊 —— 下周一上午10点前
4. 10月铝锭锁价比例建议 —— 邓佳 —— 月底

下次会议：9月24日（周四）14:00

记录：彭雪
"""
    s = t.date()
    g = gold("minutes", items=[
        item("冯晓东", "9月主生产计划（MPS）发布", X(day("2026-09-03"), "2026-09-03")),
        item("彭雪", "新能源转向节安全库存调整方案", X(this_or_next_weekday(s, 4), "2026-08-28", "842 本周五")),
        item("韩磊", "二供来料检验标准会签", X(next_week_weekday(s, 0), "2026-08-31", "842 下周一"), "10:00"),
        item("邓佳", "10月铝锭锁价比例建议", X(month_end(s), "2026-08-31", "842 月底"))],
        followup=fu(X(day("2026-09-24"), "2026-09-24"), "14:00"),
        notes="Classic 会议纪要 template, Foxmail with a gb2312 label, Thu 2026-08-27. 会议内容 holds facts and decisions "
              "(会议决定…, 维持…不变), not items. 本周五 -> 2026-08-28; 下周一上午10点前 -> 2026-08-31 10:00; 月底 -> "
              "2026-08-31. 下次会议 2026-09-24 14:00.")
    return send(slug, "foxmail", frm, to, cc, subject, t, text, g, cs="gb2312")


# ---------------------------------------------------------------- 843
@case("843-internal-record-table-lab-outlook",
      "ordinary: seed 内部沟通记录表 as an Outlook table between the lab and 研究生院 (招生面试), ①②③ items in the 待办事项 cell with '(姓名)'; 2个工作日内 and 下周二 after Dragon Boat 2025")
def c843():
    use("B")
    slug = "843-internal-record-table-lab-outlook"
    t = ts("2025-06-10 16:12:08")
    subject = "内部沟通记录：2025年博士招生复试安排（NC2025-06-10）"
    frm, to, cc = "唐雨桐", ["石振华", "邱文博", "谭斌"], [BOT]
    tbl = Tbl([["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
               ["NC2025-06-10", "2025-06-10", "智能材料实验室/唐雨桐", "研究生院培养办", "博士招生复试安排",
                "确定复试分笔试和面试两部分，面试每人20分钟，实验室提供考场",
                "①6月13日前提交复试专家名单(石振华)②2个工作日内确认考场及设备(谭斌)③下周二前发布复试通知(邱文博)",
                "进行中", "③需同步至研究生院网站"]])
    blocks = ["石老师、邱老师：", BR, "今天和培养办沟通的复试安排记录如下，请查阅。", BR, "内部沟通记录表", tbl, BR,
              "唐雨桐", "智能材料实验室"]
    s = t.date()
    g = gold("minutes", items=[
        item("石振华", "提交复试专家名单", X(day("2025-06-13"), "2025-06-13")),
        item("谭斌", "确认考场及设备", X(add_workdays(s, 2), "2025-06-12", "843 2wd")),
        item("邱文博", "发布复试通知", X(next_week_weekday(s, 1), "2025-06-17", "843 下周二"))],
        notes="Seed 内部沟通记录表 (one record row) in Outlook gb2312, Tue 2025-06-10 (Dragon Boat 05-31..06-02 is "
              "past). The 待办事项 cell holds ①②③, each with its owner in trailing '(姓名)'. 6月13日前 -> 2025-06-13; "
              "2个工作日内 -> 06-11, 06-12 -> 2025-06-12; 下周二前 -> 2025-06-17. 核心内容摘要 and 备注 are information.")
    return send(slug, "outlook", frm, to, cc, subject, t, None, g, blocks=blocks, cs="gb2312")


# ---------------------------------------------------------------- 844
@case("844-english-action-table-outlook",
      "ordinary: Outlook English minutes with a No./Topic/Action/Responsible/Due table: '12.06.', 'next Friday', 'June 30', 'tbd'; one row 'info only'")
def c844():
    use("D")
    slug = "844-english-action-table-outlook"
    t = ts("2026-06-03 17:48:10")
    subject = "Minutes Operations Review 03.06.2026"
    frm, to, cc = "Stefan Maier", ["吕佳", "周立", "曾凡", "Katrin Weber"], [BOT]
    tbl = Tbl([["No.", "Topic", "Action", "Responsible", "Due"],
               ["1", "Scrap rate line 2", "Analyse top-5 scrap reasons and propose countermeasures", "Zhou Li", "12.06."],
               ["2", "Spare parts", "Set up min/max stock for critical spare parts", "Lucy", "next Friday"],
               ["3", "Logistics", "Tender for inbound transport 2027", "Vincent", "June 30"],
               ["4", "Energy", "Quotation for PV roof system", "Katrin", "tbd"],
               ["5", "Headcount", "Two operators hired for line 3 (info only)", "HR", "-"]])
    blocks = ["Dear all,", BR, "attached the minutes of today's operations review.", BR, tbl, BR,
              "Next review: 01.07.2026, 15:00.", BR, "Best regards", "Stefan Maier", "Head of Operations"]
    s = t.date()
    g = gold("minutes", items=[
        item("周立", "Analyse top-5 scrap reasons and propose countermeasures", X(day("2026-06-12"), "2026-06-12")),
        item("吕佳", "Set up min/max stock for critical spare parts", X(next_week_weekday(s, 4), "2026-06-12", "844 next Fri")),
        item("曾凡", "Tender for inbound transport 2027", X(day("2026-06-30"), "2026-06-30")),
        item("Katrin Weber", "Quotation for PV roof system", None, flags=["vague_due"])],
        followup=fu(X(day("2026-07-01"), "2026-07-01"), "15:00"),
        notes="Outlook (utf-8 base64) English table, Wed 2026-06-03. '12.06.' is German day.month -> 2026-06-12. 'next "
              "Friday' -> Friday of the following calendar week = 2026-06-12. 'June 30' -> 2026-06-30. 'tbd' -> "
              "vague_due. Row 5 is information ('info only', Due '-'). 'attached the minutes' is German-English for "
              "'below'; there is no attachment. Next review 01.07.2026 15:00.")
    return send(slug, "outlook", frm, to, cc, subject, t, None, g, blocks=blocks, cs="utf-8", cte="base64")


# ---------------------------------------------------------------- 845
@case("845-external-followup-table-mayday-coremail",
      "ordinary: seed 外部沟通跟进表 (监理/总包 as 对方单位) in Coremail HTML before May Day 2025: row 负责人 owns the unnamed item; 节前 and 3个工作日内 across the holiday; 下次沟通时间 -> next_followup")
def c845():
    use("C")
    slug = "845-external-followup-table-mayday-coremail"
    t = ts("2025-04-28 15:36:27")
    subject = "外部沟通跟进表：华建三局进度款及五一期间施工安排（EC2025-04-28）"
    frm, to, cc = "汪静", ["魏国栋", "贺建军", "程大勇"], [BOT]
    tbl = Tbl([["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
                "下次沟通时间", "负责人"],
               ["EC2025-04-28", "2025-04-28", "华建三局/程大勇", "成本合约部/汪静", "合作方",
                "总包提出4月进度款需在五一前支付，并申请五一期间连续施工",
                "①节前完成4月进度款审核（汪静）②五一期间施工安全措施方案报项目部，3个工作日内（程大勇）③反馈集团付款审批结果",
                "2025-05-07", "汪静"]])
    blocks = ["魏总、贺经理：", BR, "今天与总包沟通情况如下：", BR, "外部沟通跟进表", tbl, BR, "汪静", "成本合约部"]
    s = t.date()
    g = gold("minutes", items=[
        item("汪静", "完成4月进度款审核", X(last_workday_before(day("2025-05-01")), "2025-04-30", "845 节前")),
        item("程大勇", "五一期间施工安全措施方案报项目部", X(add_workdays(s, 3), "2025-05-06", "845 3wd")),
        item("汪静", "反馈集团付款审批结果", None)],
        followup=fu(X(day("2025-05-07"), "2025-05-07")),
        notes="Seed 外部沟通跟进表, Mon 2025-04-28 (May Day 2025: 05-01..05-05 off; Sun 04-27 was the make-up day). "
              "① 节前 -> last working day before the holiday = 2025-04-30. ② 3个工作日内 counts 04-29, 04-30, 05-06 -> "
              "2025-05-06. ③ names nobody and has no date -> the row 负责人 汪静 owns it, no_due. 下次沟通时间 "
              "2025-05-07. 核心需求/反馈 is the contractor's request, not our item.")
    return send(slug, "coremail", frm, to, cc, subject, t, render_text(blocks), g, blocks=blocks, cs="UTF-8")


# ==============================================================================================================
# Replies, auto mail, other mail
# ==============================================================================================================
def bot_reply_to(seed):
    return (BOT[0], "%s+r%s@%s" % (BOT[1].split("@")[0], hx("token" + seed, 16), DOM))


def refs_for(parent, minutes_slug=None):
    chain = []
    if minutes_slug:
        chain.append(VIEWS[minutes_slug]["msgid"])
    if parent.msgid and parent.msgid not in chain:
        chain.append(parent.msgid)
    return chain


# ---------------------------------------------------------------- 833
@case("833-reply-object-item3-outlook-gb2312",
      "reply: Outlook '答复:' (gb2312) objecting to 第3项 of 801's recap with a reason that proposes another date (still an objection, not an extension request)")
def c833():
    use("A")
    slug = "833-reply-object-item3-outlook-gb2312"
    ms = "801-8d-table-outlook-gb2312"
    parent = recap_of(ms, minutes_later=2, cutoff="2025-03-12 18:00")
    t = ts("2025-03-12 17:58:41")
    frm, to, cc = "潘浩然", [bot_reply_to(ms)], ["蒋丽华"]
    new = ("蒋部长：\n\n第3项有异议。真空阀清理频次要等设备科把近一个月的真空度曲线导出来才能定，3个工作日内来不及，"
           "建议放到3月21日，和D6一起评审。\n\n潘浩然\n工艺部\n")
    qt, qh = quote_outlook_zh(parent)
    g = gold("reply", reply=rep("object", [3]),
             notes="Reply (Wed 2025-03-12 17:58, before the 18:00 cut-off) to the recap of 801. '第3项有异议' + a reason -> "
                   "object, items [3]. The reason proposes a new date (3月21日) and mentions '3个工作日内', but the writer "
                   "disputes the item; he does not ask for an extension in the command form, so intent stays object and "
                   "new_due_date null. The quoted recap below Outlook's 发件人/发送时间 block lists every item and "
                   "command word.")
    blocks = lines_blocks(new)
    return send(slug, "outlook", frm, to, cc, "答复: " + parent.subject, t, new + qt, g, blocks=blocks, cs="gb2312",
                irt=parent.msgid, refs=refs_for(parent, ms), html_tail=qh, keep=False)


# ---------------------------------------------------------------- 834
@case("834-reply-progress-english-outlook",
      "reply: Outlook (English UI) reply 'Item 1: CT scan done for 3 of 5 parts (~60%)…' to the English recap of 824, quoted under From:/Sent:/To:/Subject:")
def c834():
    use("D")
    slug = "834-reply-progress-english-outlook"
    ms = "824-jour-fixe-german-english-outlook"
    parent = recap_of(ms, minutes_later=3, cutoff="2025-11-10 18:00", lang="en")
    t = ts("2025-11-13 11:02:37")
    frm, to, cc = "周立", [bot_reply_to(ms)], ["Jürgen Hoffmann"]
    new = ("Hi Juergen,\n\nItem 1: CT scan done for 3 of 5 parts (~60%). Two parts are still at the lab, results expected "
           "tomorrow, so the 14.11. deadline should hold.\n\nBR\nZhou Li\n")
    qt, qh = quote_outlook_en(parent)
    g = gold("reply", reply=rep("progress", [1], percent=60),
             notes="Reply (Thu 2025-11-13) to the English recap of 824: 'Item 1' + '~60%' -> progress, items [1], percent "
                   "60 ('3 of 5 parts' agrees). The mention of the existing deadline '14.11.' is not an extension. "
                   "Outlook English quote header (From:/Sent:/To:/Subject:).")
    blocks = lines_blocks(new)
    return send(slug, "outlook", frm, to, cc, "RE: " + parent.subject[4:], t, new + qt, g, blocks=blocks, cs="utf-8",
                cte="quoted-printable", irt=parent.msgid, refs=refs_for(parent, ms), html_tail=qh, keep=False)


# ---------------------------------------------------------------- 835
@case("835-reply-extend-iphone-student",
      "reply: iPhone Mail (zh) '第4项…申请延期至1月16日' from a student to the recap of 809, with a reason naming other dates (元旦后) and '发自我的iPhone'")
def c835():
    use("B")
    slug = "835-reply-extend-iphone-student"
    ms = "809-group-meeting-person-headings-titles"
    parent = recap_of(ms, minutes_later=1, cutoff="2025-12-22 18:00")
    t = ts("2025-12-22 09:15:02")
    frm, to, cc = "陆子昂", [bot_reply_to(ms)], ["石振华"]
    new = "石老师：第4项退火对照实验申请延期至1月16日，管式炉元旦后才排得上，排上之后一周能出结果。\n\n发自我的iPhone\n"
    qt, qh = quote_ios_zh(parent)
    html_body = ('<div dir="ltr">石老师：第4项退火对照实验申请延期至1月16日，管式炉元旦后才排得上，排上之后一周能出结果。</div>'
                 '<div dir="ltr"><br></div><div dir="ltr">发自我的iPhone</div>' + qh)
    g = gold("reply", reply=rep("extend", [4], new_due=X(day("2026-01-16"), "2026-01-16")),
             notes="Reply (Mon 2025-12-22) to the recap of 809 (sent Fri 12-19 22:48, so the cut-off rolled to the next "
                   "working day). '第4项…申请延期至1月16日' -> extend, items [4] (the recap's 4th item is 陆子昂's 退火对照实验), "
                   "new date 2026-01-16 (next year, clearly future-meant). '元旦后' and '一周' in the reason are not the "
                   "new date.")
    return send(slug, "iphone", frm, to, cc, parent.subject, t, new + qt, g, html_body=html_body,
                irt=parent.msgid, refs=refs_for(parent, ms), keep=False)


# ---------------------------------------------------------------- 836
@case("836-reply-done-by-content-wecom",
      "reply: 企业微信/Exmail reply '值班安排和巡查表已经发群里了，这项已完成' with no item number (the sender's only item in 831), QQ-style quote")
def c836():
    use("C")
    slug = "836-reply-done-by-content-wecom"
    ms = "831-tencent-ai-minutes-new-years-eve"
    parent = recap_of(ms, minutes_later=2, cutoff="2025-12-31 18:00")
    t = ts("2025-12-31 17:41:26")
    frm, to, cc = "任涛", [bot_reply_to(ms)], ["贺建军"]
    new = "贺经理：元旦值班安排和巡查表已经发群里了，这项已完成。"
    qt, qh = quote_qq(parent)
    g = gold("reply", reply=rep("done"),
             notes="Reply (Wed 2025-12-31 17:41) to the recap of 831 through 企业微信 mail (Exmail). No item number: the "
                   "item is named by its words (值班安排…巡查表) and is also the sender's only item in that meeting -> "
                   "done, items []. The quoted recap (QQ '原始邮件' block) contains every command word.")
    return send(slug, "qq", frm, to, cc, "回复：" + parent.subject, t, new + qt, g,
                html_body="<div>%s</div>" % esc(new) + qh, irt=parent.msgid, refs=refs_for(parent, ms), keep=False)


# ---------------------------------------------------------------- 837
@case("837-reply-confirm-english-outlook-mac",
      "reply: Outlook for Mac 'Confirmed from my side, thanks. Item 4 is on track.' to the English recap of 826: confirm, not progress")
def c837():
    use("D")
    slug = "837-reply-confirm-english-outlook-mac"
    ms = "826-checkbox-handles-outlook-mac"
    parent = recap_of(ms, minutes_later=2, cutoff="2026-03-16 18:00", lang="en")
    t = ts("2026-03-16 14:22:09")
    frm, to, cc = "Katrin Weber", [bot_reply_to(ms)], []
    new = "Confirmed from my side, thanks. Item 4 is on track.\n\nKatrin\n"
    qt, qh = quote_outlook_mac_en(parent)
    g = gold("reply", reply=rep("confirm"),
             notes="The organizer confirms the recap of 826 (Mon 2026-03-16). 'Item 4 is on track' is a remark without a "
                   "percentage or a date; the command is 'Confirmed' -> confirm, items [] (the confirmation is for the "
                   "whole recap; a scorer may accept [4] as well).")
    return send(slug, "outlookmac", frm, to, cc, parent.subject, t, new + qt, g,
                html_body="<p class=MsoNormal>Confirmed from my side, thanks. Item 4 is on track.</p><p class=MsoNormal>"
                          "Katrin</p>" + qh, irt=parent.msgid, refs=refs_for(parent, ms), keep=False)


# ---------------------------------------------------------------- 838
@case("838-auto-ooo-german-exchange",
      "auto: Exchange Online German/English out-of-office 'Automatische Antwort: Re: …' to the recap of 824 (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop); body has dates and a delegate")
def c838():
    use("D")
    slug = "838-auto-ooo-german-exchange"
    ms = "824-jour-fixe-german-english-outlook"
    parent = recap_of(ms, minutes_later=3, cutoff="2025-11-10 18:00", lang="en")
    t = ts("2025-11-10 07:43:52", UTC)
    frm = "Jürgen Hoffmann"
    to = [bot_reply_to(ms)]
    text = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.11. auf Dienstreise in Deutschland und habe "
            "nur eingeschränkt Zugriff auf meine E-Mails.\n\nThank you for your message. I am travelling in Germany "
            "until 14 Nov with limited access to e-mail. For urgent engineering topics please contact Zhou Li "
            "(zhou.li@kb-drive.example.com).\n\nJürgen Hoffmann\n")
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
                'style="font-family:Calibri,sans-serif;font-size:11pt">' +
                "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n")) +
                "</div></body></html>")
    msg, tail = exchange_online(frm, to, [], "Automatische Antwort: " + parent.subject, t, [], slug, cs="utf-8",
                                irt=parent.msgid, refs=None, text=text, html_doc=html_doc)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = P[frm]["email"]
    msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    g = gold("auto",
             notes="Out-of-office reply (German + English) to the recap of 824. Auto-Submitted: auto-replied, the "
                   "Exchange rules-loop header and the 'Automatische Antwort:' subject mark it; its dates (14.11., 14 Nov) "
                   "and the delegate are not items or commands. No answer from the bot.")
    msg = finish((msg, tail), deliv(t, P[frm]["email"], slug, "FR2P281MB1521.DEUP281.PROD.OUTLOOK.COM",
                                    "40.107.135.60"))
    return msg, g, True


# ---------------------------------------------------------------- 839
@case("839-auto-qq-autoreply-no-headers",
      "auto: QQ-mail style '这是来自QQ邮箱的自动回复邮件' from the supplier to the recap of 801, with no Auto-Submitted/Precedence header: subject prefix and the fixed text decide; '已收到' must not be read as a confirm")
def c839():
    use("A")
    slug = "839-auto-qq-autoreply-no-headers"
    ms = "801-8d-table-outlook-gb2312"
    parent = recap_of(ms, minutes_later=2, cutoff="2025-03-12 18:00")
    t = ts("2025-03-12 17:48:31")
    frm, to = "卢国强", [bot_reply_to(ms)]
    text = "这是来自QQ邮箱的自动回复邮件。\n \n您好，您的邮件我已收到，会尽快处理。\n"
    html_body = "<div>这是来自QQ邮箱的自动回复邮件。</div><div>&nbsp;</div><div>您好，您的邮件我已收到，会尽快处理。</div>"
    g = gold("auto",
             notes="Automatic reply from the supplier's mailbox seconds after the recap of 801 arrived (Wed 2025-03-12 "
                   "17:48). It carries no Auto-Submitted, Precedence or X-Autoreply header, no quote and no item "
                   "reference; only the '自动回复:' subject prefix and the client's fixed sentence '这是来自QQ邮箱的自动回复邮件' "
                   "show that no person wrote it. '我已收到' must not become a confirm of the recap. The sender is outside "
                   "the allowed domains anyway.")
    return send(slug, "qq", frm, to, [], "自动回复: " + parent.subject, t, text, g, html_body=html_body,
                irt=parent.msgid, refs=None, keep=False, host="smtpbg151.qq.com", ip="43.155.65.254")


# ---------------------------------------------------------------- 840
@case("840-other-graduate-notice-coremail",
      "other: 研究生院 notice (通知) with 一、二、三 requirements, deadlines and 负责人, sent to a supervisor with the lab's bot in Cc: not minutes")
def c840():
    use("B")
    slug = "840-other-graduate-notice-coremail"
    t = ts("2026-03-24 16:02:33")
    subject = "关于做好2026届研究生学位论文检测工作的通知"
    frm, to, cc = "蔡晶", ["石振华", "陆子昂", "夏梦琪"], [BOT]
    text = """各位导师、各位同学：

根据学校学位论文管理办法，现将2026届研究生学位论文检测工作通知如下：

一、检测时间：4月1日至4月10日，逾期系统关闭，不再受理。
二、检测要求：文字复制比不超过15%，超过者须修改后复检，复检仅限一次。
三、提交方式：学生本人登录研究生系统提交PDF版论文，导师审核后于4月12日前确认。
四、联系人：研究生院学位办 邱文博老师，电话 8750 2213。

请相互转告。

研究生院学位办
蔡晶
"""
    g = gold("other",
             notes="A notice (通知) from the graduate office, written by a person, to a supervisor and his students with the "
                   "lab's bot in Cc (the lab habitually copies it). It has numbered requirements, dates (4月1日至4月10日, "
                   "4月12日前) and a 联系人, but it reports no meeting and assigns rules to everyone: not minutes, no "
                   "items, no follow-up.")
    return send(slug, "coremail", frm, to, cc, subject, t, text, g, cs="UTF-8", keep=False)


# ---------------------------------------------------------------- 841
@case("841-other-contractor-work-contact-foxmail",
      "other: 工作联系单 (work contact letter) from the general contractor, Foxmail GBK, with a request '请于3日内书面回复' and the bot in Cc: a letter, not minutes")
def c841():
    use("C")
    slug = "841-other-contractor-work-contact-foxmail"
    t = ts("2026-04-08 11:26:50")
    subject = "工作联系单HJ-BJF-2026-031：关于6#楼地下室顶板覆土厚度调整的确认"
    frm, to, cc = "程大勇", ["贺建军", "苏婉"], ["金宝山", BOT]
    text = """锦宏置业滨江府项目部：

我司在6#楼地下室顶板施工中发现，景观施工图（JG-06-03）覆土厚度1.5m与结构设计荷载取值（1.2m）不一致。为避免返工，请贵方组织设计单位确认覆土厚度及荷载取值，并请于3日内书面回复。

回复前我司暂停该区域顶板防水保护层施工，由此产生的工期影响由建设单位承担。

附件：现场照片3张、图纸节选

华建三局滨江府项目部
程大勇
2026年4月8日
"""
    g = gold("other",
             notes="A formal 工作联系单 from the general contractor (external, Foxmail GBK) asking the developer to confirm "
                   "a design question 'within 3 days'. It is correspondence, not minutes of a meeting, and not a reply to a "
                   "recap: kind other, no items. (The bot should not send a recap; the sender domain is also outside the "
                   "developer's allowed domains.)")
    return send(slug, "foxmail", frm, to, cc, subject, t, text, g, cs="GBK", keep=False)


README_HEAD = """# minutebot blind held-out set 4 (cases 801-845)

{n} raw messages (`NNN-slug.eml`, the bytes a mail server stores) with gold answers (`NNN-slug.json`, the schema of
`/work/shared/corpus/README.md`, unchanged), one `roster.csv` for all four organisations, and the generator
`make_heldout4.py`. Counts: {counts}. Gold items: {items}.

Written blind: the author read only SPEC.md, the dev corpus (README, pairs, make_corpus.py, whose MIME and quote helpers
are reused), the seeds and the date research notes; never the bot's code.

```
/work/blind/venv/bin/python make_heldout4.py [OUTDIR]    # rewrite everything (deterministic: same bytes every run)
/work/blind/venv/bin/python make_heldout4.py --check [DIR] # validate only: MIME parses without defects, schema,
                                                          # owners vs roster/To/Cc, task text present in the mail,
                                                          # every gold date re-computed (X() guards) and files == generator
```
The venv is needed for `chinesecalendar` (1.11.0, official schedules up to 2026). Every working-day / holiday date in
the gold is computed with it; the literal written in each case must equal the computed date or generation fails.

## Organisations (none appear in the dev corpus)

| org | what | domain | bot address | departments (roster) | outside people (From/To/Cc only) |
| --- | --- | --- | --- | --- | --- |
| A | 华辰汽车零部件: plant, quality, supply chain (8D, 精益, VDA 6.3) | hcap.example.cn | jiyao@hcap.example.cn (会议纪要助手) | 制造部, 质量部, 供应链部, 工艺部 | 卢国强 (supplier 联达压铸, lianda-diecast.example.cn) |
| B | 江城大学 智能材料实验室 and 研究生院 | jcu.example.edu.cn | minutes@jcu.example.edu.cn (纪要助手) | 智能材料实验室, 研究生院 | - |
| C | 锦宏置业 滨江府 project department with contractors | jinhong-re.example.cn | jiyao@jinhong-re.example.cn (纪要助手) | 项目部, 成本合约部, 设计部, 前期报建部 | 程大勇 (总包 华建三局, huajian3.example.com), 金宝山 (监理 诚信监理, chengxin-jl.example.cn), 龚海 and 梁嘉輝 (幕墙 明光幕墙, mingguang-cw.example.cn) |
| D | 凯博传动 KB Antriebstechnik (Suzhou), Sino-German JV, English and German-flavoured English | kb-drive.example.com | actions@kb-drive.example.com (Action Tracker) | Engineering, Finance, Operations, HR, Purchasing | Thomas Brandt (German parent, kb-gruppe.example.de) |

Run a scorer with this folder's `roster.csv` (all four organisations in one file). Send dates run from 2025-03 to
2027-06 and sit near Qingming 2025, May Day 2025/2026, Dragon Boat 2025/2026, Mid-Autumn/National Day 2025/2026,
New Year 2026 and Spring Festival 2026, several on make-up days (2025-09-28, 2025-10-11, 2026-01-04, 2026-02-14,
2026-05-09, 2026-09-20, 2026-10-10).

## Conventions applied beyond the corpus README (a scorer must know these)

1. **Titles and nicknames that are not roster aliases** (苏工, 汪经理, 贺经理, 魏总, 石老师, 谭老师, 唐博, 小陆, 梦琪,
   子昂, and the Traditional forms 賀經理 / 蘇工 / display names 賀建軍 / 蘇婉) are resolved through the To/Cc display names
   (surname, or given name, matching exactly one person), and then recorded with the **canonical roster name** and its
   roster email/department. '我' / '我这边' / '(me)' = the From person. `@handle` = the roster email's local part or an
   alias.
2. **One owner per item.** 主责/配合, 牵头/协办/配合, 负责/配合, 'X（配合：Y）': the owner is the 主责/牵头/负责 person. A
   line naming two doers for one task ('梦琪、子昂…完成报名') gives two items with the same task text.
3. **Person headings** (【name】, ▶ name): the heading person owns lines under it that name nobody else; a line that
   names another doer ('请唐博汇总…', '谭老师…统计…') belongs to that doer.
4. **Sub-tasks**: ①② or (1)(2) with their own dates inside one line/cell are separate items. 一是/二是/三是 describing
   the content of one （N） 议定事项 are one item.
5. **What is not an item**: reports of work done, status rows (已完成), decisions/决定/Decisions, rules (会议要求 for
   everyone, 一是…二是 rules), FYI lines, AI summaries and time-stamped transcript lines of 钉钉/腾讯会议 智能纪要 (only
   their 待办 section counts), quoted earlier minutes in an 'RE:' thread, ticked '[x]' to-dos.
6. **Forwards**: the forwarded minutes' items are items; a task that the forwarder adds in his own preface is an item
   too (820); emphasis without a new task is not (807).
7. **Department/unit-only owners**: a roster department -> owner null, that department; anything else (各学院,
   行政部, 集团财务部, 幕墙单位, 建设单位, 'owner to be clarified') -> owner null, department null. Both get no_owner.
8. **Dates** (all in Asia/Shanghai, from the Date header; 828 is sent Sunday 21:40 +0200 = Monday in Shanghai):
   - 节前 / 放假前 / 国庆节前 / 元旦前 / before the holiday break / before Golden Week = the last working day before the
     holiday block (can be a make-up Saturday: 2026-02-14). 节后第一个工作日 / 节后第一天 / 元旦后第一个工作日 / after
     CNY = the first working day after it (can be a make-up Sunday: 2026-01-04).
   - 'N working days' in English mail are Chinese working days too.
   - 本周X on a make-up Sunday whose week's X is past rolls to next week (as dev case 010); 下周X sent on a Sunday is the
     following calendar week's X (two days later for 下周二).
   - 月底 / end of month / 6月底 / by end of March = last day of that month, also when it is a Sunday. 'X年6月底前' the same.
   - X月中旬, X月上旬, 另行通知, 待定, tbd, asap -> no date, vague_due (as the corpus README lists 11月中旬).
   - German day-first dates: '14.11.', '19.11.2025', '12.06.'; 'until X' = by X. 'by 3/20' = March 20.
   - due_time only when an hour is written (明早9点 -> 09:00, 上午10点前 -> 10:00, 17:00前); 下班前, 晚上前, EOD,
     上午 alone -> no time.
   - A month-day already past in the same year but clearly meant for next year rolls (1月9日 written in December).
   - 2027: chinesecalendar has no 2027 schedule, so no 2027 case depends on a holiday or working-day count.
9. **next_followup**: also taken from a sentence (830 '节后第一天早会照常7:50开始', 817 '…定于2月24日上午9时召开', 811
   in the sender's preface) or split across lines (822: label / 下周二 / 上午9:30). '同一时间' takes the time of the
   meeting given in the same mail. A half day only ('下周五上午') -> time null. A stated foreign time zone is converted
   to Asia/Shanghai (824: 9:00 CET -> 16:00). 'X月上旬/中旬…另行通知' -> null. A date without a time -> time null.
10. **Attachment minutes**: in 822 the items exist only in the attached .docx; the gold lists them.
11. **Task text** is the deliverable as written in the mail (original language and script, Traditional kept in 832),
    without owner and date decorations; `--check` requires it to occur in the decoded text (docx included). Match
    tasks loosely (overlap), not exactly. Where the same task text appears twice (812, 814, 821), match by owner + date.
12. **Replies**: `items` are the numbers written in the reply; the recap order is the gold item order. 833 is an
    objection that proposes a date (intent object, new_due_date null); 836 names its item by content only (items []);
    837 'Confirmed … Item 4 is on track' is confirm with items [] (a scorer may accept [4]).
13. **kind**: 839 is an auto-reply without any Auto-Submitted/Precedence header (decide by '自动回复:' subject and the
    client's fixed sentence). 840 (研究生院 通知) and 841 (工作联系单) are person-written mail with deadlines that are not
    minutes -> other.

## Genuinely ambiguous points (gold picks what a careful assistant would record; see each case's notes)
- 812 item 3 ('我周日前把Arjun的稿子看完给意见'): the PI's own task, due Sunday 2026-07-05.
- 814 numbers its items 7-10 (continuing the previous meeting); replies could use either numbering.
- 823: the 开标 time (2027-05-20 9:00) is an event, not this group's next meeting -> next_followup null.
- 828: 'within 3 working days' from a German writer counted on the Chinese calendar -> 2026-10-08.
- 809: '下次组会：下周五上午' -> date with time null.

## Cases

"""

# ==============================================================================================================
# Output and checks
# ==============================================================================================================
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




def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("[0-9][0-9][0-9]-*.eml")) + list(out.glob("[0-9][0-9][0-9]-*.json")):
        f.unlink()
    rows, counts = [], {}
    for slug, readme, fn in CASES:
        msg, g, crlf = fn()
        (out / (slug + ".eml")).write_bytes(serialize(msg, crlf))
        (out / (slug + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows.append("| %s | %s | %s |" % (slug, g["kind"], readme.replace("|", "\\|")))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
    write_roster(out / "roster.csv")
    rows.sort()
    items = sum(len(json.loads(p.read_text(encoding="utf-8"))["items"]) for p in out.glob("[0-9][0-9][0-9]-*.json"))
    head = README_HEAD.format(n=len(CASES), items=items,
                              counts=", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "reply", "auto", "other")
                                               if k in counts))
    (out / "README.md").write_text(head + "| case | kind | what it tests |\n| --- | --- | --- |\n" + "\n".join(rows)
                                   + "\n", encoding="utf-8")


def rebuild_matches(out):
    """--check: rebuild every case in memory (re-running every X() date guard) and compare with the files."""
    errs = []
    for slug, readme, fn in CASES:
        msg, g, crlf = fn()
        jf, ef = out / (slug + ".json"), out / (slug + ".eml")
        if not jf.exists() or json.loads(jf.read_text(encoding="utf-8")) != g:
            errs.append("%s: gold json differs from the generator (re-run without --check)" % slug)
        if not ef.exists() or ef.read_bytes() != serialize(msg, crlf):
            errs.append("%s: eml differs from the generator" % slug)
    return errs

def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "utf-8").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def _norm(s):
    return re.sub(r"[\s\W_]+", "", html.unescape(s or "")).lower()


def _visible(msg):
    """All decoded text of text/plain and text/html parts, tags and conditional comments removed."""
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_subtype() not in ("plain", "html"):
            continue
        s = _decode(part)
        if part.get_content_subtype() == "html":
            s = re.sub(r"(?is)<style.*?</style>|<!--.*?-->|<!\[.*?\]>", "", s)
            s = re.sub(r"<[^>]+>", "", s)
        chunks.append(s)
    return "\n".join(chunks)




def _docx_text(part):
    try:
        z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
        xml = z.read("word/document.xml").decode("utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", xml))
    except Exception:  # noqa: BLE001
        return ""


def _visible_all(msg):
    v = _visible(msg)
    for part in msg.walk():
        fn = part.get_filename() or ""
        if part.get_content_type().endswith("wordprocessingml.document") or fn.endswith(".docx"):
            v += "\n" + _docx_text(part)
    return v

def check(out):
    import email
    from email import policy
    from email.utils import getaddresses
    errors, counts = [], {}
    roster = {r["email"]: r for r in csv.DictReader(open(out / "roster.csv", encoding="utf-8"))}
    if list(roster.values()) and set(next(iter(roster.values())).keys()) != set(ROSTER_COLS):
        errors.append("roster.csv: columns")
    depts = {r["department"] for r in roster.values()}
    for r in roster.values():
        if r["manager_email"] and r["manager_email"] not in roster:
            errors.append("roster.csv: %s manager not in roster" % r["name"])
    emls = sorted(out.glob("[0-9][0-9][0-9]-*.eml"))
    for f in emls:
        name = f.stem
        try:
            msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        except Exception as e:  # noqa: BLE001 - report and go on
            errors.append("%s: does not parse: %s" % (name, e))
            continue
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
        if msg["Date"] is not None and msg["Date"].datetime is None:
            errors.append("%s: unparsable Date" % name)
        jf = f.with_suffix(".json")
        if not jf.exists():
            errors.append("%s: no gold json" % name)
            continue
        g = json.loads(jf.read_text(encoding="utf-8"))
        errors += ["%s: %s" % (name, e) for e in schema_errors(g, depts)]
        counts[g.get("kind")] = counts.get(g.get("kind"), 0) + 1
        # consistency between gold and the message
        addrs = {a.lower() for _, a in getaddresses([str(msg[h]) for h in ("From", "To", "Cc") if msg[h]])}
        visible = _norm(_visible_all(msg))
        for it in g.get("items", []):
            em = it.get("owner_email")
            if em and em not in roster and em.lower() not in addrs:
                errors.append("%s: owner_email %s neither in roster nor in From/To/Cc" % (name, em))
            if em in roster and (roster[em]["name"] != it["owner_name"] or roster[em]["department"] !=
                                 it["department"]):
                errors.append("%s: owner %s / department disagree with roster" % (name, it["owner_name"]))
            if _norm(it["task"]) not in visible:
                errors.append("%s: task %r not found in the message text" % (name, it["task"]))
    if len(list(out.glob("[0-9][0-9][0-9]-*.json"))) != len(emls):
        errors.append("json/eml counts differ")
    return errors, counts, len(emls)


def schema_errors(g, depts):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys %s" % sorted(g))
    kind = g.get("kind")
    if kind not in ("minutes", "reply", "other", "auto"):
        e.append("kind %r" % kind)
    if not isinstance(g.get("notes"), str) or len(g.get("notes", "")) < 20:
        e.append("notes missing or too short")
    items = g.get("items")
    if not isinstance(items, list):
        e.append("items not a list")
        items = []
    if items and kind != "minutes":
        e.append("items only for minutes")
    for i, it in enumerate(items, 1):
        keys = {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}
        if set(it) != keys:
            e.append("item %d keys %s" % (i, sorted(it)))
            continue
        for k in ("owner_name", "owner_email", "department", "due_date", "due_time"):
            if it[k] is not None and not isinstance(it[k], str):
                e.append("item %d %s type" % (i, k))
        if not isinstance(it["task"], str) or not it["task"]:
            e.append("item %d task" % i)
        if it["due_date"] is not None and not DATE_RE.match(it["due_date"]):
            e.append("item %d due_date %r" % (i, it["due_date"]))
        if it["due_date"] is not None:
            try:
                D.fromisoformat(it["due_date"])
            except ValueError:
                e.append("item %d due_date invalid" % i)
        if it["due_time"] is not None and (not TIME_RE.match(it["due_time"]) or it["due_date"] is None):
            e.append("item %d due_time %r" % (i, it["due_time"]))
        fl = it["flags"]
        if not isinstance(fl, list) or not set(fl) <= {"vague_due", "no_owner", "no_due"} or len(set(fl)) != len(fl):
            e.append("item %d flags %r" % (i, fl))
            continue
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
        if not isinstance(nf, dict) or set(nf) != {"date", "time"} or not DATE_RE.match(nf.get("date") or "") or \
                (nf.get("time") is not None and not TIME_RE.match(nf["time"])):
            e.append("next_followup %r" % nf)
    r = g.get("reply")
    if (r is not None) != (kind == "reply"):
        e.append("reply must be set exactly for kind reply")
    if r is not None:
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            e.append("reply keys %s" % sorted(r))
        else:
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend"):
                e.append("reply intent %r" % r["intent"])
            if not isinstance(r["items"], list) or not all(isinstance(x, int) and x > 0 for x in r["items"]):
                e.append("reply items %r" % r["items"])
            if r["percent"] is not None and not (isinstance(r["percent"], int) and 0 <= r["percent"] <= 100):
                e.append("reply percent %r" % r["percent"])
            if (r["percent"] is not None) and r["intent"] != "progress":
                e.append("percent only with progress")
            if r["new_due_date"] is not None and (r["intent"] != "extend" or not DATE_RE.match(r["new_due_date"])):
                e.append("new_due_date %r" % r["new_due_date"])
            if r["intent"] == "extend" and r["new_due_date"] is None:
                e.append("extend without new_due_date")
    return e



def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors, counts, n = check(out)
    errors += rebuild_matches(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  " % n + "  ".join("%s: %d" % (k, counts[k]) for k in ("minutes", "reply", "other", "auto")
                                         if k in counts))
    items = sum(len(json.loads(p.read_text(encoding="utf-8"))["items"])
                for p in sorted(out.glob("[0-9][0-9][0-9]-*.json")))
    print("gold items: %d  roster people: %d  date guards: %d" % (items, len(ROSTER), len(CHECKS)))
    print("OK: every .eml parses without defects, every .json follows the schema, every gold date equals its "
          "computed date" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
