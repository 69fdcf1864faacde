#!/usr/bin/env python3
"""Blind held-out set heldout7 for minutebot: raw .eml + gold .json pairs, roster.csv.

    /work/blind/venv/bin/python gen_heldout7.py [OUTDIR]       # write everything (default: this folder)
    /work/blind/venv/bin/python gen_heldout7.py --check [DIR]  # recompute every gold date, re-check weekday
                                                               # mentions in bodies, and compare files on disk

Deterministic: no clock, no randomness. Working days come from `chinese_calendar` (chinesecalendar 1.11.0, which
covers 2004-2026); 2027 cases use no working-day or holiday phrase, and the script refuses to count working days in
2027. MIME/header helpers adapted from the dev corpus's make_corpus.py.
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
D = dt.date
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def is_workday(d):
    if d.year > 2026:
        raise AssertionError("no official calendar for %s: do not use working-day phrases in 2027" % d)
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def this_or_next(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week(sent, wd):
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
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def holiday_name(d):
    return chinese_calendar.get_holiday_detail(d)


DATE_CHECKS = []  # (case, iso, computed)


def G(iso, computed):
    """A hand-written gold date together with its calendar computation; both are checked to agree."""
    DATE_CHECKS.append((CUR[0], iso, computed))
    if D.fromisoformat(iso) != computed:
        raise AssertionError("%s: gold %s, computed %s" % (CUR[0], iso, computed))
    return iso


CUR = ["?"]

WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


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
    "cro": {"dom": "mhclin.example.cn", "bot": ("Action Tracker", "actions@mhclin.example.cn"),
            "mx": "mx1.mhclin.example.cn"},
    "metro": {"dom": "ztj9-l6.example.cn", "bot": ("纪要督办", "dubanjiyao@ztj9-l6.example.cn"),
              "mx": "mail.ztj9-l6.example.cn"},
    "univ": {"dom": "imr.dongling.example.edu.cn", "bot": ("课题组纪要助手", "jiyao-bot@imr.dongling.example.edu.cn"),
             "mx": "mail.imr.dongling.example.edu.cn"},
    "cold": {"dom": "bingtu56.example.cn", "bot": ("待办小助手", "todo@bingtu56.example.cn"),
             "mx": "mx.bingtu56.example.cn"},
}

ROSTER = [
    # org, name, local, department, is_head, aliases
    ("cro", "韩雪", "hanxue", "临床运营部", True, "Snow Han;Han Xue;Snow;韩经理;雪姐"),
    ("cro", "田野", "tianye", "临床运营部", False, "Tian Ye;Ye Tian;小田;田CRA"),
    ("cro", "邵婧", "shaojing", "临床运营部", False, "Shao Jing;Jenny Shao;Jenny;小邵"),
    ("cro", "蒋一鸣", "jiangyiming", "医学事务部", True, "Jiang Yiming;Dr. Jiang;蒋医生;蒋老师"),
    ("cro", "欧阳蕾", "ouyanglei", "数据管理部", True, "Ouyang Lei;Lei Ouyang;Lily Ouyang;Lily;欧阳"),
    ("cro", "Megan Foley", "megan.foley", "Sponsor Liaison (Boston)", True, "Megan;MF;福蕾"),
    ("cro", "Daniel Park", "daniel.park", "Sponsor Liaison (Boston)", False, "Daniel;Dan;Dan Park;DP"),
    ("metro", "赵国栋", "zhaoguodong", "项目部领导班子", True, "赵经理;赵总;项目经理"),
    ("metro", "钱立群", "qianliqun", "工程技术部", True, "钱总工;钱总;总工"),
    ("metro", "李建军", "lijianjun", "工程技术部", False, "李工;建军"),
    ("metro", "王铭", "wangming", "工程技术部", False, "王工;测量王工;小王"),
    ("metro", "孙卫东", "sunweidong", "安全质量部", True, "孙总监;安全总监;孙部长"),
    ("metro", "周海涛", "zhouhaitao", "安全质量部", False, "周工;海涛"),
    ("metro", "吴晓峰", "wuxiaofeng", "物资设备部", True, "吴部长;吴经理"),
    ("metro", "郑佳", "zhengjia", "综合办公室", True, "郑主任;小郑"),
    ("metro", "冯志刚", "fengzhigang", "盾构二工区", True, "冯工区长;冯经理;老冯"),
    ("univ", "周振华", "zhouzhenhua", "柔性电子课题组", True, "周老师;周教授;Prof. Zhou;老板;周先生"),
    ("univ", "何一帆", "heyifan", "柔性电子课题组", False, "何老师;Yifan He;何先生"),
    ("univ", "段晨", "duanchen", "柔性电子课题组", False, "段博;段博士;Chen Duan;段さん"),
    ("univ", "林可欣", "linkexin", "柔性电子课题组", False, "可欣;小林;Kexin;林さん"),
    ("univ", "邓子豪", "dengzihao", "柔性电子课题组", False, "子豪;小邓;Zihao"),
    ("univ", "许诺", "xunuo", "柔性电子课题组", False, "小许;Nuo Xu"),
    ("univ", "梁红", "lianghong", "研究生办公室", True, "梁老师;梁主任"),
    ("univ", "蔡文静", "caiwenjing", "研究生办公室", False, "蔡老师;文静"),
    ("univ", "宋涛", "songtao", "公共测试平台", True, "宋老师;宋工;宋先生;Song Tao"),
    ("cold", "马建华", "majianhua", "运营中心", True, "马总;马经理"),
    ("cold", "彭丽", "pengli", "调度中心", True, "彭姐;彭主管;老彭"),
    ("cold", "石磊", "shilei", "调度中心", False, "小石;石调度"),
    ("cold", "王大勇", "wangdayong", "车队", True, "王队;大勇;老王"),
    ("cold", "赵春生", "zhaochunsheng", "车队", False, "赵师傅;春生"),
    ("cold", "黄小龙", "huangxiaolong", "车队", False, "小龙;黄师傅"),
    ("cold", "温婷", "wenting", "客服部", True, "婷姐;Tina Wen"),
    ("cold", "严峻", "yanjun", "温控设备部", True, "严工;严经理"),
]
P = {}
_heads = {}
for org, name, local, dep, head, al in ROSTER:
    if head:
        _heads[(org, dep)] = local
for org, name, local, dep, head, al in ROSTER:
    dom = ORGS[org]["dom"]
    mgr = "" if head else "%s@%s" % (_heads[(org, dep)], dom)
    P[name] = {"name": name, "email": "%s@%s" % (local, dom), "department": dep, "manager_email": mgr,
               "aliases": al, "org": org}

EXT = {
    "Alan Whitaker": "alan.whitaker@northlake-tx.example.com",
    "林郁婷": "yuting.lin@northlake-tx.example.com.tw",
    "钱海燕": "qianhy@bj-renhe-hosp.example.cn",
    "陈德明": "chendeming@jl-jianli.example.cn",
    "佐藤健": "ken.sato@tohoku-mat.example.ac.jp",
    "潘雅琪": "grace.pan@xianfeng-mart.example.com",
    "朴志勋": "jihoon.park@hanbit-thermo.example.co.kr",
}
BOTNAMES = {v["bot"][0]: v["bot"] for v in ORGS.values()}


def who(name):
    if name in P:
        return (name, P[name]["email"])
    if name in BOTNAMES:
        return BOTNAMES[name]
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
        ("Message-ID", "<000001db%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), fe.split("@")[1])),
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



# --------------------------------------------------------------------------------------------------------------
# More clients (shapes approximated from public samples; see README)
# --------------------------------------------------------------------------------------------------------------
def uuid_from(seed):
    h = hx(seed, 32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def apple_mail(frm, to, cc, subject, t, text, seed, html_body=None, irt=None, refs=None, iphone=False,
               cte="quoted-printable"):
    fn, fe = _pair(frm)
    if html_body is None:
        body = leaf("text/plain", text, "utf-8", cte, ct_quote=False)
    else:
        b = "Apple-Mail=_%s" % uuid_from(seed + "b")
        hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style='
              '"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>'
              % html_body)
        body = multi("alternative", [leaf("text/plain", text, "utf-8", cte, ct_quote=False),
                                     leaf("text/html", hd, "utf-8", cte, ct_quote=False)], b)
    hdrs = [("From", haddr(fn, fe, "utf-8", "B", quote=True))]
    hdrs += [("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]
    hdrs += [("Subject", htext(subject, "utf-8", "B"))]
    hdrs += [("Message-Id", "<%s@%s>" % (uuid_from(seed), fe.split("@")[1]))]
    hdrs += _threading(irt, refs)
    hdrs += [("Date", rfc_date(t)), ("To", haddrs(to, "utf-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "utf-8", "B", quote=True)))
    hdrs.append(("X-Mailer", "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.400.131.1.6)"))
    return envelope(hdrs, body, mime_version=False), []


def outlook_mac(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    fn, fe = _pair(frm)
    b = "B_%d_%d" % (int(hx(seed, 8), 16) % 10 ** 10, int(hx(seed + "x", 8), 16) % 10 ** 9)
    hd = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
          'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
          '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft '
          'Word 15 (filtered medium)"></head><body lang=EN-US link="#467886" vlink="#96607D" style=\'word-wrap:'
          'break-word\'><div class=WordSection1>%s</div></body></html>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", hd, "utf-8", "quoted-printable")], b)
    topic = re.sub(r"^(Re|RE|答复|回复|FW|Fwd):\s*", "", subject)
    hdrs = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Date", rfc_date(t)),
            ("Subject", htext(subject, "utf-8", "B")), ("From", haddr(fn, fe, "utf-8", "B")),
            ("To", haddrs(to, "utf-8", "B"))]
    if cc:
        hdrs.append(("CC", haddrs(cc, "utf-8", "B")))
    hdrs += [("Message-ID", "<%s@%s>" % (uuid_from(seed), fe.split("@")[1])), ("Thread-Topic", htext(topic)),
             ("References", "\n ".join(refs)) if refs else None, ("In-Reply-To", irt) if irt else None,
             ("Mime-version", "1.0")]
    return envelope([h for h in hdrs if h], body, mime_version=False), []


def alimail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, attachments=()):
    """Alibaba enterprise mail (DingTalk mail): UTF-8 base64, ALIBOUNDARY boundaries."""
    fn, fe = _pair(frm)
    b = "------=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 12), hx(seed + "b", 6))
    hd = ('<div class="__aliyun_email_body_block"><div  style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
          'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", hd, "UTF-8", "base64", ct_quote=False)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), b.replace("ALIBOUNDARY", "ALIBOUNDARY_MIX"))
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
    hdrs += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
             ("Message-ID", "<%s.%s.%d@%s>" % (hx(seed, 8), hx(seed + "m", 8), int(t.timestamp()) * 1000 + 217,
                                               fe.split("@")[1])),
             ("Subject", htext(subject, "UTF-8", "B")), ("X-Priority", "3"),
             ("X-Mailer", "Alimail-Mailagent revision 3_0.0.0.0"), ("MIME-Version", "1.0"),
             ("x-aliyun-mail-creator", "W4_" + hx(seed + "c", 16))]
    hdrs += _threading(irt, refs)
    return envelope(hdrs, body, mime_version=False), []


def thunderbird(frm, to, cc, subject, t, text, seed, irt=None, refs=None):
    fn, fe = _pair(frm)
    body = leaf("text/plain", text, "UTF-8", "8bit", ct_quote=False, params=())
    body.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    hdrs = [("Message-ID", "<%s@%s>" % (uuid_from(seed).lower(), fe.split("@")[1])), ("Date", rfc_date(t)),
            ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")]
    hdrs += [("To", haddrs(to, "UTF-8", "B"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
    hdrs += [("From", haddr(fn, fe, "UTF-8", "B")), ("Subject", htext(subject, "UTF-8", "B"))]
    hdrs += _threading(irt, refs)
    return envelope(hdrs, body, mime_version=False), []


def deliv(org, t, sender, seed, host=None, ip=None):
    o = ORGS[org]
    dom = sender.split("@")[1]
    host = host or ("mail." + dom)
    ip = ip or "10.%d.%d.%d" % (int(hx(seed, 2), 16) % 200 + 20, int(hx(seed, 4)[2:], 16) % 250,
                                int(hx(seed, 6)[4:], 16) % 250 + 2)
    t2 = sh(t) + dt.timedelta(seconds=2 + int(hx(seed, 1), 16))
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", o["bot"][1]),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4h%s\n\tfor <%s>; %s (CST)"
             % (host, host, ip, o["mx"], hx(seed, 10).upper(), o["bot"][1], rfc_date(t2)))]


def blocks_text(blocks):
    return render_text(plain_blocks(blocks))


CASES = []


def case(num, slug, kind, what):
    def deco(fn):
        CASES.append((num, slug, kind, what, fn))
        return fn
    return deco


def B(text):
    """Multi-line string -> list of blocks (blank line -> BR)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(line if line.strip() else BR)
    return out



# ==============================================================================================================
# CRO: 美华临床 Meridian-Huayan Clinical (Beijing site management + Boston sponsor liaison)
# ==============================================================================================================
CRO_BOT = ORGS["cro"]["bot"]


@case(1201, "cro-weekly-call-ai-lines-outlook-en", "minutes",
      "Outlook UTF-8 QP, English-heavy weekly call: 'AI: Name – task, due' lines (by 3/20, EOD Friday, ASAP, by next "
      "Wed), aliases Dan/Jenny/Megan; intro request 'correct me by tomorrow noon' is not an item; 'Agreed:' decision; "
      "next call in two time zones")
def c1201():
    t = ts("2025-03-13 18:40:12")
    S = t.date()
    blocks = B("""Hi all,

Minutes of today's NLT-204 weekly site management call (Beijing/Boston). Pls correct me by tomorrow noon if I missed anything.

Attendees: Snow Han, Tian Ye, Jenny Shao, Dr. Jiang, Megan Foley, Daniel Park
Enrollment: 41/60 randomized; Site 07 and Site 11 behind plan.

Discussion
- Site 07 has 3 open queries >30 days, mostly ConMed dates. PI on leave till 3/17.
- MVR template v2: Boston wants the deviation log section moved up front.
- Agreed: 100% SDV for the first 3 subjects at every new site.
- 协和 site SIV still not scheduled, 等医院伦理批件.

Action items
AI: Tian Ye – close out the 3 open queries at Site 07, by 3/20
AI: Dan – circulate MVR template v2 with the deviation log moved up, EOD Friday
AI: Jenny – 跟协和确认SIV日期, ASAP
AI: Megan to check with Northlake whether protocol amendment v3.1 goes to EC in April or May, by next Wed

Next call: Thu 3/20, 9:00 PM Beijing / 9:00 AM Boston.

Thanks,
Snow""")
    to = ["田野", "邵婧", "蒋一鸣", "Megan Foley", "Daniel Park"]
    m = outlook_desktop("韩雪", to, [CRO_BOT], "NLT-204 weekly site management call – minutes 3/13", t, blocks,
                        "c1201", cs="utf-8", cte="quoted-printable")
    g = gold("minutes", "Sent Thu 2025-03-13 18:40 +0800. 'by 3/20' -> 2025-03-20; 'EOD Friday' -> this week's Friday "
             "2025-03-14, no time (EOD gives the date only); 'ASAP' -> vague_due; 'by next Wed' -> Wednesday of the "
             "following week 2025-03-19. Dan = Daniel Park, Jenny = 邵婧, Megan = Megan Foley (roster aliases and To "
             "names). 'Pls correct me by tomorrow noon' is the writer's request about the minutes, not an action item; "
             "'Agreed: 100% SDV' is a decision. Next call 'Thu 3/20, 9:00 PM Beijing / 9:00 AM Boston' -> 2025-03-20 "
             "21:00 Shanghai (Boston is on EDT from 03-09, so 9 AM EDT = 21:00 CST: consistent).",
             [item("田野", "close out the 3 open queries at Site 07", G("2025-03-20", D(2025, 3, 20))),
              item("Daniel Park", "circulate MVR template v2 with the deviation log moved up",
                   G("2025-03-14", this_or_next(S, FRI))),
              item("邵婧", "跟协和确认SIV日期", None, flags=["vague_due"]),
              item("Megan Foley", "check with Northlake whether protocol amendment v3.1 goes to EC in April or May",
                   G("2025-03-19", next_week(S, WED)))],
             fu(G("2025-03-20", D(2025, 3, 20)), "21:00"))
    return finish(m, deliv("cro", t, P["韩雪"]["email"], "c1201")), g


@case(1202, "cro-checkbox-handles-gmail-edt", "minutes",
      "Google Workspace mail from Boston, Date -0400 (Mon 21:15 EDT = Tue 09:15 Shanghai, the day after Dragon Boat): "
      "'- [ ] @handle' checkboxes, one '[x]' done line, 'by Friday' on the Shanghai week, 'no hard date … ideally "
      "before' -> vague; next sync given in ET and Beijing time")
def c1202():
    t = dt.datetime(2025, 6, 2, 21, 15, 40, tzinfo=tz(-4))
    S = sh(t).date()
    blocks = B("""Team,

Quick notes from tonight's sponsor prep call (Mon 6/2 ET / Tue 6/3 AM Beijing). Beijing colleagues are just back from the Dragon Boat break so I've put the Beijing-side items first.

Open items
- [ ] @Jenny Shao confirm the IP shipment temperature log for Site 03 with the depot — due 6/5
- [ ] @Lily Ouyang lock the interim dataset listings for the DSMB dry run, by Tue 6/10
- [x] @Tian Ye upload updated CVs + GCP certs to eTMF (done before the holiday, thx!)
- [ ] @Megan send Northlake the revised enrollment forecast by Friday
- [ ] @Dr. Jiang review the 2 SAE narratives (pts 07-012, 11-004) – no hard date, ideally before the DSMB dry run

Next sync: Mon 6/9 9:15 PM ET = Tue 6/10 9:15 AM Beijing. Same Zoom link.

Dan""")
    to = ["邵婧", "欧阳蕾", "田野", "蒋一鸣", "Megan Foley"]
    text = blocks_text(blocks)
    html_body = render_divs(blocks)
    m = gmail(("Daniel Park", P["Daniel Park"]["email"]), to, [CRO_BOT, "韩雪"],
              "NLT-204 sponsor prep – notes & open items", t, text, html_body, "c1202")
    g = gold("minutes", "Date Mon 2025-06-02 21:15 -0400 = Tue 2025-06-03 09:15 in Shanghai (06-02 was the last day of "
             "the 2025 Dragon Boat holiday in China). Everything resolves on the Shanghai date: 'due 6/5' -> 2025-06-05; "
             "'by Tue 6/10' -> 2025-06-10; 'by Friday' -> Fri 2025-06-06 (same answer from the Boston date). The '[x]' "
             "line is done, not an item. '@Dr. Jiang … no hard date, ideally before the DSMB dry run' has only a "
             "loose, undated deadline: recorded as vague_due (a careful assistant would not invent a date; no_due "
             "would also be defensible). @Lily Ouyang = 欧阳蕾, @Megan = Megan Foley, @Jenny Shao = 邵婧. Next sync "
             "'Mon 6/9 9:15 PM ET = Tue 6/10 9:15 AM Beijing' -> 2025-06-10 09:15.",
             [item("邵婧", "confirm the IP shipment temperature log for Site 03 with the depot",
                   G("2025-06-05", D(2025, 6, 5))),
              item("欧阳蕾", "lock the interim dataset listings for the DSMB dry run", G("2025-06-10", D(2025, 6, 10))),
              item("Megan Foley", "send Northlake the revised enrollment forecast", G("2025-06-06", this_or_next(S, FRI))),
              item("蒋一鸣", "review the 2 SAE narratives (pts 07-012, 11-004)", None, flags=["vague_due"])],
             fu(G("2025-06-10", D(2025, 6, 10)), "09:15"))
    return finish(m, deliv("cro", t, P["Daniel Park"]["email"], "c1202", host="mail-yw1-f170.google.com",
                           ip="209.85.128.170")), g


@case(1203, "cro-forward-sponsor-minutes-preface-outlook", "minutes",
      "Outlook gb2312 '转发:' of the sponsor's English minutes with the forwarder's own Chinese preface holding two "
      "more items (9月30日前, 节后第一个工作日 after the 10-01..10-08 holiday); 'before China's National Day holiday'; "
      "external owner from Cc; TBD; Decisions not items")
def c1203():
    t = ts("2025-09-26 10:12:05")
    S = t.date()
    blocks = B("""各位好，

转发sponsor昨晚发的月度会议纪要（英文原文在下面）。我补充两点我们内部要跟的：
1）Site 05 的两例SAE随访表，田野节前补齐，9月30日前；
2）节后第一个工作日我把中文版要点发给钱主任（PI），顺便约下一次监查访视。
Alan那边的action items照他写的跟。国庆中秋 10/1–10/8 放假，9/28（周日）和10/11（周六）上班。

邵婧

发件人: Alan Whitaker <alan.whitaker@northlake-tx.example.com>
发送时间: 2025年9月26日 8:02
收件人: Snow Han <hanxue@mhclin.example.cn>; Jenny Shao <shaojing@mhclin.example.cn>
抄送: Megan Foley <megan.foley@mhclin.example.cn>
主题: NLT-204 Sponsor/CRO monthly - minutes

Hi Snow, Jenny,

Thanks for the productive session. Summary below.

Decisions
1. Interim analysis data cut-off stays at 31 Oct.
2. No new sites in China this year.

Actions
1. Northlake (Alan) - provide the updated Investigator's Brochure v7 to CRO - by Oct 15
2. CRO (Snow) - submit the EC resubmission package for Site 09 - by Oct 10
3. CRO (Jenny) - send the Site 05 SAE follow-up status - before China's National Day holiday
4. Northlake (Alan) - confirm budget for the extra monitoring visits - TBD

Best regards,
Alan""")
    m = outlook_desktop("邵婧", ["韩雪", "田野", "欧阳蕾"], ["Alan Whitaker", "Megan Foley", CRO_BOT],
                        "转发: NLT-204 Sponsor/CRO monthly - minutes", t, blocks, "c1203", cs="gb2312")
    g = gold("minutes", "Sent Fri 2025-09-26 10:12. Forwarded minutes: the items sit below Outlook's 发件人/发送时间 "
             "header block and must not be dropped as a quote; the forwarder's preface adds two items of its own. "
             "Preface 1) 田野 '节前…9月30日前' -> 2025-09-30. Preface 2) '节后第一个工作日' -> the 2025 National Day + "
             "Mid-Autumn holiday is 10-01..10-08, so 2025-10-09 (owner 我 = the sender 邵婧). Alan's actions: 1 -> Alan "
             "Whitaker (external, address from Cc), 'by Oct 15' -> 2025-10-15; 2 -> Snow = 韩雪, 2025-10-10; 3 -> Jenny = "
             "邵婧, 'before China's National Day holiday' = last working day before 10-01 = Tue 2025-09-30; 4 -> 'TBD' "
             "-> vague_due. Decisions 1-2 (dates inside) are not items.",
             [item("田野", "补齐Site 05两例SAE随访表", G("2025-09-30", D(2025, 9, 30))),
              item("邵婧", "把中文版要点发给钱主任（PI），约下一次监查访视",
                   G("2025-10-09", first_workday_after(D(2025, 9, 30)))),
              item("Alan Whitaker", "provide the updated Investigator's Brochure v7 to CRO",
                   G("2025-10-15", D(2025, 10, 15))),
              item("韩雪", "submit the EC resubmission package for Site 09", G("2025-10-10", D(2025, 10, 10))),
              item("邵婧", "send the Site 05 SAE follow-up status", G("2025-09-30", last_workday_before(D(2025, 10, 1)))),
              item("Alan Whitaker", "confirm budget for the extra monitoring visits", None, flags=["vague_due"])])
    return finish(m, deliv("cro", t, P["邵婧"]["email"], "c1203")), g


def feishu(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    """Feishu (Lark) mail on a custom domain: UTF-8 base64, multipart/alternative (header shape approximated)."""
    fn, fe = _pair(frm)
    b = "%s" % hx(seed + "fs", 32)
    hd = ('<div style="font-family: -apple-system, system-ui, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px;">'
          '%s</div>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", hd, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Mime-Version", "1.0"), ("Subject", htext(subject, "UTF-8", "B")),
            ("From", haddr(fn, fe, "UTF-8", "B", quote=True)), ("To", haddrs(to, "UTF-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
    hdrs += [("Date", rfc_date(t)), ("Message-Id", "<%s@%s>" % (hx(seed, 24), fe.split("@")[1])),
             ("X-Lms-Return-Path", "<lba+%s@bounce.feishu.cn>" % hx(seed + "r", 20))]
    hdrs += _threading(irt, refs)
    return envelope(hdrs, body, mime_version=False), []


@case(1204, "cro-feishu-ai-minutes-todo-only", "minutes",
      "Feishu 智能纪要 pasted into mail: AI 总结, 章节 with time-stamped speaker lines (self-commitments there are not "
      "items), then a 待办 list (only it counts); '内容由AI生成' footer; 下周二前, 本周五前")
def c1204():
    t = ts("2025-11-20 17:30:48")
    S = t.date()
    blocks = B("""转发飞书妙记生成的智能纪要，请大家看一下待办，有问题直接回复。

智能纪要：CRA周会 2025年11月20日
会议时间：2025年11月20日 14:00-15:05
参会人：韩雪、田野、邵婧、蒋一鸣

总结
本次会议主要讨论了Site 09关中心进度、受试者交通补偿报销以及SAE医学审核积压问题。田野汇报Site 09已完成药品回收，关中心访视待安排；邵婧反馈受试者交通补偿单据仍有3份缺签字；蒋一鸣表示积压的4份SAE叙述本周可审完。

章节
00:00:12 开场与上周待办回顾
韩雪：上周的三件事，EDC培训已经做完了，监查报告也都交了。
00:03:40 Site 09 关中心
田野：药品回收上周五已经做完，我这周五前把关中心访视约下来。
00:21:05 受试者补偿
邵婧：还差3份签字，我下周二前把单据交财务。
00:40:18 SAE 审核
蒋一鸣：那4份我周五前看完。

待办
- 田野：12月5日前完成Site 09关中心访视并提交访视报告
- 邵婧：下周二前将受试者交通补偿单据提交财务
- 蒋一鸣：本周五前完成4份SAE叙述的医学审核

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用""")
    m = feishu("韩雪", ["田野", "邵婧", "蒋一鸣"], [CRO_BOT], "转发：智能纪要｜CRA周会 2025年11月20日", t,
               blocks_text(blocks), render_divs(blocks), "c1204")
    g = gold("minutes", "Sent Thu 2025-11-20 17:30. Only the 待办 section holds items; the 总结 paragraph and the "
             "time-stamped 章节 lines ('我这周五前把关中心访视约下来', '我下周二前…') are transcript, not extra items "
             "(the 田野 transcript line differs from her 待办 and must not be added). 12月5日前 -> 2025-12-05; 下周二前 "
             "-> 2025-11-25; 本周五前 -> 2025-11-21. The AI footer is not an item.",
             [item("田野", "完成Site 09关中心访视并提交访视报告", G("2025-12-05", D(2025, 12, 5))),
              item("邵婧", "将受试者交通补偿单据提交财务", G("2025-11-25", next_week(S, TUE))),
              item("蒋一鸣", "完成4份SAE叙述的医学审核", G("2025-11-21", this_or_next(S, FRI)))])
    return finish(m, deliv("cro", t, P["韩雪"]["email"], "c1204")), g


@case(1205, "cro-big5-taiwan-sponsor-record", "minutes",
      "Outlook big5 會議記錄 from the sponsor's Taipei office (external sender, Traditional Chinese): owners as "
      "English first names (Snow, Jenny, Daniel), 連假後第一個工作日 after May Day 2026, 5月中旬前 (vague), next "
      "meeting in 台北時間 with 週四")
def c1205():
    t = ts("2026-04-24 16:45:30")
    S = t.date()
    blocks = B("""Dear all,

附上今日協調會會議記錄，如有遺漏請指正。

會議時間：2026/4/24（五）14:00-15:30（台北時間）
與會：Snow、Jenny、Daniel、林郁婷

一、討論事項
1. 北京與台灣兩地monitoring plan差異：台灣採用50% SDV，北京維持100%，暫不統一。
2. 中國大陸五一連假（5/1-5/5），5/9（六）補班，期間北京端不安排訪視。

二、待辦事項
(1) Snow：於4月30日前提供北京端近三個月protocol deviation清單。
(2) Jenny：連假後第一個工作日提交Site 03 IP溫度偏離調查報告。
(3) Daniel：5/8前與Boston確認DSMB會議日期，並通知兩地團隊。
(4) 郁婷：更新台灣端monitoring plan，5月中旬前。

下次會議：5月14日（週四）上午10:00（台北時間），Teams。

Best regards,
郁婷""")
    to = [("Snow Han", P["韩雪"]["email"]), ("Jenny Shao", P["邵婧"]["email"]), ("Daniel Park", P["Daniel Park"]["email"])]
    m = outlook_desktop(("林郁婷", EXT["林郁婷"]), to, [("Megan Foley", P["Megan Foley"]["email"]), CRO_BOT],
                        "[NLT-204] 台灣/北京 CRA協調會 會議記錄", t, blocks, "c1205", cs="big5",
                        html_doc=render_outlook(blocks, "big5").replace("等线", "新細明體").replace("宋体", "新細明體"))
    g = gold("minutes", "Sent Fri 2026-04-24 16:45 by the sponsor (external). Big5 text and headers. (1) Snow = 韩雪 "
             "(alias; To display name 'Snow Han') -> 2026-04-30. (2) Jenny = 邵婧, '連假後第一個工作日': May Day 2026 "
             "is 05-01..05-05 -> Wed 2026-05-06. (3) Daniel = Daniel Park, '5/8前' -> 2026-05-08. (4) 郁婷 = the "
             "sender 林郁婷 (external, address from From), '5月中旬前' -> vague_due as in the corpus convention for "
             "中旬. Discussion lines (dates 5/1-5/5, 5/9) are information. Next meeting 5月14日（週四）上午10:00 "
             "台北時間 (UTC+8 = Shanghai) -> 2026-05-14 10:00.",
             [item("韩雪", "提供北京端近三個月protocol deviation清單", G("2026-04-30", D(2026, 4, 30))),
              item("邵婧", "提交Site 03 IP溫度偏離調查報告", G("2026-05-06", first_workday_after(D(2026, 5, 5)))),
              item("Daniel Park", "與Boston確認DSMB會議日期，並通知兩地團隊", G("2026-05-08", D(2026, 5, 8))),
              item("林郁婷", "更新台灣端monitoring plan", None, flags=["vague_due"])],
             fu(G("2026-05-14", D(2026, 5, 14)), "10:00"))
    return finish(m, deliv("cro", t, EXT["林郁婷"], "c1205", host="mail.northlake-tx.example.com.tw",
                           ip="203.69.41.17")), g


@case(1206, "cro-owner-due-blocks-outlook-mac-est", "minutes",
      "Outlook for Mac from Boston, Date -0500 (Wed 20:30 EST = Thu 09:30 Shanghai, 2027): numbered topics with "
      "indented Owner:/Due: lines, '(support: …)' co-owner, Owner TBD + ASAP, 'end of month', 'Friday'; next TC in EST")
def c1206():
    t = dt.datetime(2027, 1, 13, 20, 30, 5, tzinfo=tz(-5))
    S = sh(t).date()
    blocks = B("""Hi team,

Notes from today's DSMB prep TC. Owners/dates below – shout if anything's off.

1) DSMB open-session package
    Owner: Lily Ouyang
    Due: Jan 22
2) Site 11 re-training on the new eCOA device
    Owner: Tian Ye (support: Jenny Shao)
    Due: end of month
3) Vendor quote for ePRO translation (Korean + Japanese)
    Owner: TBD
    Due: ASAP
4) Send Northlake the updated site activation tracker
    Owner: Megan
    Due: Friday

FYI / no action: Northlake confirmed the DSMB meeting for Feb 10 (virtual).

Next TC: Wed Jan 20, 8:00 PM EST (Thu Jan 21, 9:00 AM Beijing).

Megan""")
    text = blocks_text(blocks)
    hb = "".join('<p class=MsoNormal><span style=\'font-size:11.0pt\'>%s<o:p></o:p></span></p>' %
                 (esc(b) if b is not BR else "&nbsp;") for b in blocks)
    m = outlook_mac(("Megan Foley", P["Megan Foley"]["email"]),
                    [("Lily Ouyang", P["欧阳蕾"]["email"]), ("Tian Ye", P["田野"]["email"]),
                     ("Jenny Shao", P["邵婧"]["email"])], [("Snow Han", P["韩雪"]["email"]), CRO_BOT],
                    "DSMB prep TC – notes / owners", t, text, hb, "c1206")
    g = gold("minutes", "Date Wed 2027-01-13 20:30 -0500 = Thu 2027-01-14 09:30 Shanghai. 'Due: Jan 22' -> 2027-01-22; "
             "'end of month' -> 2027-01-31; 'Owner: TBD / Due: ASAP' -> owner null, no_owner + vague_due; 'Friday' -> "
             "Fri 2027-01-15 (same from either date). Item 2 has a supporting person '(support: Jenny Shao)': the "
             "owner is Tian Ye = 田野. 'FYI / no action' line is not an item. Next TC 'Wed Jan 20, 8:00 PM EST (Thu Jan "
             "21, 9:00 AM Beijing)' -> 2027-01-21 09:00. No working-day arithmetic used (2027 calendar not published "
             "in chinesecalendar).",
             [item("欧阳蕾", "DSMB open-session package", G("2027-01-22", D(2027, 1, 22))),
              item("田野", "Site 11 re-training on the new eCOA device", G("2027-01-31", month_end(S))),
              item(None, "Vendor quote for ePRO translation (Korean + Japanese)", None,
                   flags=["no_owner", "vague_due"]),
              item("Megan Foley", "Send Northlake the updated site activation tracker",
                   G("2027-01-15", this_or_next(S, FRI)))],
             fu(G("2027-01-21", D(2027, 1, 21)), "09:00"))
    return finish(m, deliv("cro", t, P["Megan Foley"]["email"], "c1206")), g


@case(1207, "cro-reply-progress-outlook-quote", "reply",
      "Outlook '答复:' (UTF-8) to the recap of 1201: '第1项进度大概70%…' with an Outlook 发件人/发送时间 quote of the "
      "recap whose footer lists every command word")
def c1207():
    t = ts("2025-03-18 11:05:33")
    blocks = B("""第1项进度大概70%，Site 07 的3个query已经关了2个，剩下那个ConMed日期要等PI回来签字确认，预计周四能关。

田野
美华临床 | 临床运营部

发件人: Action Tracker <actions@mhclin.example.cn>
发送时间: 2025年3月13日 18:43
收件人: 韩雪 <hanxue@mhclin.example.cn>; 田野 <tianye@mhclin.example.cn>; 邵婧 <shaojing@mhclin.example.cn>
主题: [纪要确认] NLT-204 weekly site management call – minutes 3/13

已从会议纪要中记录以下待办，请核对：
1. close out the 3 open queries at Site 07 — 田野 — 2025-03-20 18:00
2. circulate MVR template v2 with the deviation log moved up — Daniel Park — 2025-03-14 18:00
3. 跟协和确认SIV日期 — 邵婧 — 未给出日期（尽快）
4. check with Northlake whether protocol amendment v3.1 goes to EC — Megan Foley — 2025-03-19 18:00
如有异议请于今日内（2025-03-13 18:00 前已过，顺延至 2025-03-14 18:00）回复。
回复“确认”“有异议+原因”“已完成”“进度80%”“延期至X月X日”即可更新事项。""")
    m = outlook_desktop("田野", [CRO_BOT], ["韩雪"],
                        "答复: [纪要确认] NLT-204 weekly site management call – minutes 3/13", t, blocks, "c1207",
                        cs="utf-8", cte="base64", irt="<recap-1201@mhclin.example.cn>",
                        refs=["<000001db%s$%s$%s$@mhclin.example.cn>" % (hx("c1201", 4), hx("c1201a", 8),
                                                                        hx("c1201b", 8)),
                              "<recap-1201@mhclin.example.cn>"], thread_parent="c1201")
    g = gold("reply", "Progress reply to the recap of 1201, sent Tue 2025-03-18. New text: '第1项进度大概70%' -> "
             "progress, item 1, 70 ('大概' does not change the number); '3个query已经关了2个' and '预计周四' are context, "
             "not an extension request. The quoted recap below Outlook's 发件人 block lists 已完成/进度80%/延期至 and "
             "must be ignored.", reply=rep("progress", [1], 70))
    return finish(m, deliv("cro", t, P["田野"]["email"], "c1207")), g


@case(1208, "cro-template-table-national-day-2026", "minutes",
      "Ordinary 会议纪要 template in Outlook gb2312 HTML (会议名称/时间/参会人, 上次待办回顾 with a done line, 待办 table "
      "序号/事项/负责人/完成时间) on 2026-09-30: 节后第一个工作日, 5个工作日内 across National Day and the 10-10 "
      "make-up Saturday")
def c1208():
    t = ts("2026-09-30 15:20:10")
    S = t.date()
    blocks = B("""各位好，

数据管理月度例会纪要如下，请查阅。

会议名称：数据管理月度例会（9月）
会议时间：2026年9月30日 13:30-14:40
会议地点：北京办公室 3号会议室 / Teams
参会人员：欧阳蕾、蒋一鸣、邵婧、韩雪
记录人：欧阳蕾

一、上次待办回顾
EDC v3.2 UAT：已完成（9月18日上线）

二、会议内容
1. NLT-204 第二次期中分析数据截止日为9月30日，锁库前需关闭所有高优先级query。
2. MedDRA 29.0 已发布，评估后决定是否在本研究中升级。
""") + [Tbl([["序号", "事项", "负责人", "完成时间"],
             ["1", "完成NLT-204第二次期中分析数据清理并锁库", "欧阳蕾", "10月9日"],
             ["2", "MedDRA 29.0升级影响评估", "蒋一鸣", "节后第一个工作日"],
             ["3", "各中心未解决query清单发给CRA并跟进", "邵婧", "5个工作日内"]])] + B("""
下次例会：10月15日（周四）14:00

欧阳蕾
数据管理部""")
    m = outlook_desktop("欧阳蕾", ["蒋一鸣", "邵婧", "韩雪"], [CRO_BOT], "【会议纪要】数据管理月度例会（9月）", t,
                        [BR if b is BR else b for b in blocks], "c1208", cs="gb2312")
    g = gold("minutes", "Sent Wed 2026-09-30 15:20. 2026 National Day holiday 10-01..10-07, make-up working day Sat "
             "10-10. Row 1 '10月9日' -> 2026-10-09. Row 2 '节后第一个工作日' -> Thu 2026-10-08. Row 3 '5个工作日内' "
             "counted from the next day: 10-08 (1), 10-09 (2), 10-10 Sat make-up (3), 10-12 (4), 10-13 (5) -> "
             "2026-10-13. The 上次待办回顾 line (已完成) and 会议内容 facts are not items. 下次例会 10月15日（周四）14:00 "
             "-> 2026-10-15 14:00.",
             [item("欧阳蕾", "完成NLT-204第二次期中分析数据清理并锁库", G("2026-10-09", D(2026, 10, 9))),
              item("蒋一鸣", "MedDRA 29.0升级影响评估", G("2026-10-08", first_workday_after(D(2026, 9, 30)))),
              item("邵婧", "各中心未解决query清单发给CRA并跟进", G("2026-10-13", add_workdays(S, 5)))],
             fu(G("2026-10-15", D(2026, 10, 15)), "14:00"))
    return finish(m, deliv("cro", t, P["欧阳蕾"]["email"], "c1208")), g


# ==============================================================================================================
# Metro: 中泰铁建九局 江临地铁6号线土建03标项目经理部
# ==============================================================================================================
MB = ORGS["metro"]["bot"]


@case(1209, "metro-safety-yishi-ershi-coremail-gbk", "minutes",
      "SOE 会议纪要 with 期号, 一是…二是… paragraphs and （责任部门…；责任人…；完成时限…） tails, sent on the 2025-04-27 "
      "make-up Sunday: 节前最后一个工作日, 节后第一个工作日前 around May Day; a rule paragraph and '24小时开机' are not "
      "items; next meeting as a sentence ('定于5月6日（周二）下午2:30…召开')")
def c1209():
    t = ts("2025-04-27 16:31:02")
    S = t.date()
    blocks = B("""江临地铁6号线土建03标项目经理部
会 议 纪 要
〔2025〕第14期

4月27日下午，项目经理赵国栋主持召开“五一”节前安全生产专题会议，安全总监孙卫东、总工程师钱立群及各部门、各工区负责人参加。会议通报了4月份安全检查情况，分析了节日期间施工安全形势，对节前节后安全工作进行了部署。现将会议议定事项纪要如下：

一是开展节前安全大检查。由安全质量部牵头，各工区配合，重点检查盾构始发井、临时用电和基坑监测。（责任部门：安全质量部；责任人：周海涛；完成时限：4月29日）

二是落实节日值班值守。盾构二工区于节前最后一个工作日将节日值班表报项目部综合办公室，值班人员手机24小时开机。（责任人：冯志刚）

三是做好节后复工准备。物资设备部对塔吊、龙门吊等特种设备开展复工前检查，节后第一个工作日前完成并形成记录。（责任人：吴晓峰）

四是严格有限空间作业管理。凡进入有限空间作业，必须严格执行“先通风、再检测、后作业”，严禁无票作业。

下周安全例会定于5月6日（周二）下午2:30在项目部三楼会议室召开，请各部门提前准备汇报材料。

项目经理部综合办公室
2025年4月27日""")
    to = ["赵国栋", "钱立群", "孙卫东", "冯志刚", "吴晓峰", "郑佳"]
    m = coremail("周海涛", to, [MB], "关于“五一”节前安全生产专题会议的纪要（〔2025〕第14期）", t, blocks_text(blocks),
                 render_divs(blocks), "c1209", cs="GBK")
    g = gold("minutes", "Sent Sun 2025-04-27 16:31, a make-up working day. May Day 2025: 05-01..05-05. 一是 -> 责任人 "
             "周海涛, '完成时限：4月29日' -> 2025-04-29. 二是 -> 冯志刚, '节前最后一个工作日' -> Wed 2025-04-30. 三是 -> "
             "吴晓峰, '节后第一个工作日前' -> Tue 2025-05-06. 四是 is a standing rule (no owner, no date): not an item. "
             "'手机24小时开机' is a rule, not an hour deadline. The next meeting is a sentence, not after a label: "
             "5月6日（周二）下午2:30 -> 2025-05-06 14:30. The 期号 〔2025〕第14期 is not a date.",
             [item("周海涛", "开展节前安全大检查（盾构始发井、临时用电和基坑监测）", G("2025-04-29", D(2025, 4, 29))),
              item("冯志刚", "将节日值班表报项目部综合办公室", G("2025-04-30", last_workday_before(D(2025, 5, 1)))),
              item("吴晓峰", "塔吊、龙门吊等特种设备复工前检查并形成记录",
                   G("2025-05-06", first_workday_after(D(2025, 5, 5))))],
             fu(G("2025-05-06", D(2025, 5, 6)), "14:30"))
    return finish(m, deliv("metro", t, P["周海涛"]["email"], "c1209")), g


@case(1210, "metro-quality-yi-er-blocks-national-day", "minutes",
      "Outlook gb2312 质量例会纪要 sent 2025-09-30: （一）（二） blocks with 责任单位/责任人/完成时限 on separate lines, "
      "'工程技术部（李工）', 10月11日（周六，调休上班）前, 国庆节后3个工作日内, 2025年底前; a supervision-unit line "
      "with no owner/date; '另行通知'")
def c1210():
    t = ts("2025-09-30 17:05:44")
    S = t.date()
    blocks = B("""各位领导、同事：
9月份质量例会纪要如下，请各责任单位抓好落实。

一、会议基本情况
时间：2025年9月30日 9:00-11:00
地点：项目部二楼会议室
主持：孙卫东
参加：钱立群、李建军、冯志刚、吴晓峰、周海涛，监理单位陈德明总监

二、存在问题
（一）9月巡检发现盾构二工区钢筋笼主筋焊接存在咬边、焊瘤，共计6处。
（二）3号联络通道初支喷射混凝土厚度检测有2个点不合格。
（三）部分检验批资料签字滞后。

三、整改要求
（一）钢筋笼焊接质量整改
责任单位：盾构二工区
责任人：冯工区长
完成时限：10月11日（周六，调休上班）前
（二）联络通道初支补喷及复测
责任单位：工程技术部（李工）
完成时限：国庆节后3个工作日内
（三）检验批资料补签、归档，并报监理单位审核
责任单位：工程技术部
责任人：钱总工
完成时限：2025年底前
（四）监理单位加强焊接工序旁站，发现问题立即下发整改通知。

下次质量例会时间另行通知。

孙卫东
安全质量部""")
    m = outlook_desktop("孙卫东", ["钱立群", "李建军", "冯志刚", "吴晓峰", "周海涛"], ["陈德明", "赵国栋", MB],
                        "9月份质量例会纪要", t, blocks, "c1210", cs="gb2312")
    g = gold("minutes", "Sent Tue 2025-09-30 17:05, last working day before the 10-01..10-08 holiday (make-up Sat "
             "10-11). （一） 冯工区长 = 冯志刚, '10月11日（周六，调休上班）前' -> 2025-10-11. （二） owner written inside "
             "the 责任单位 cell '工程技术部（李工）' -> 李建军; '国庆节后3个工作日内' -> 10-09, 10-10, 10-11 -> 2025-10-11 "
             "(counting from the send date gives the same day). （三） 钱总工 = 钱立群, '2025年底前' -> 2025-12-31. "
             "（四） is addressed to the supervision unit with no person or date: ambiguous between a standing "
             "requirement and an item; recorded as an item with owner null, department null (not one of ours), "
             "no_owner + no_due, because it is numbered under 整改要求. 存在问题 lines are findings. '另行通知' -> "
             "no follow-up.",
             [item("冯志刚", "钢筋笼焊接质量整改", G("2025-10-11", D(2025, 10, 11))),
              item("李建军", "联络通道初支补喷及复测", G("2025-10-11", add_workdays(D(2025, 10, 8), 3))),
              item("钱立群", "检验批资料补签、归档，并报监理单位审核", G("2025-12-31", D(2025, 12, 31))),
              item(None, "加强焊接工序旁站，发现问题立即下发整改通知", None, flags=["no_owner", "no_due"])])
    return finish(m, deliv("metro", t, P["孙卫东"]["email"], "c1210")), g


@case(1211, "metro-progress-table-extra-columns", "minutes",
      "Coremail UTF-8 HTML 进度例会 with a tracking table in unusual column order (序号/工作内容/优先级/状态/主责·配合/"
      "计划完成/备注): 主责/配合 in one cell, one 已完成 row, one cell with ①② sub-tasks carrying their own dates; "
      "'下周一同一时间'")
def c1211():
    t = ts("2025-10-13 10:05:19")
    S = t.date()
    blocks = B("""6号线03标 第41周工程进度例会纪要
会议时间：2025年10月13日（周一）8:30-9:40
主持：钱立群　　记录：王铭

一、本周形象进度：左线盾构掘进至第612环，右线至第587环；3号联络通道初支完成。
二、重点工作跟踪表：""") + [Tbl([
        ["序号", "工作内容", "优先级", "状态", "主责/配合", "计划完成", "备注"],
        ["1", "10月下半月管片进场计划编制并报监理", "高", "进行中", "主责：吴部长／配合：测量王工", "10/17", ""],
        ["2", "右线盾构刀盘检查换刀", "高", "已完成", "冯志刚", "10/10", "换刀12把"],
        ["3", "3号联络通道冻结法施工方案", "高", "进行中", "钱总工",
         "①方案修改完善：10月20日前；②组织专家论证：10月下旬", "需业主参加"],
        ["4", "站前路管线迁改征拆协调", "中", "未开始", "主责：赵经理；配合：综合办", "本月底", ""]])] + B("""
三、下次例会：下周一同一时间，地点不变。""")
    m = coremail("王铭", ["钱立群", "吴晓峰", "冯志刚", "赵国栋", "郑佳"], [MB], "第41周工程进度例会纪要", t,
                 blocks_text(blocks), render_divs(blocks), "c1211", cs="UTF-8")
    g = gold("minutes", "Sent Mon 2025-10-13 10:05. Column order puts 状态 before the owner. Row 1: '主责：吴部长／"
             "配合：测量王工' -> owner 吴晓峰 (主责 only; 配合 is support), '10/17' -> 2025-10-17. Row 2 状态 已完成 -> not "
             "an item. Row 3: one cell with ① and ② sub-tasks, each its own item for 钱总工 = 钱立群: ① '10月20日前' -> "
             "2025-10-20; ② '10月下旬' -> no date, vague_due (like 中旬 in the corpus convention). Row 4: 主责 赵经理 = "
             "赵国栋, '本月底' -> 2025-10-31. '下周一同一时间' = Monday of next week at this meeting's start time "
             "8:30 -> 2025-10-20 08:30.",
             [item("吴晓峰", "10月下半月管片进场计划编制并报监理", G("2025-10-17", D(2025, 10, 17))),
              item("钱立群", "3号联络通道冻结法施工方案修改完善", G("2025-10-20", D(2025, 10, 20))),
              item("钱立群", "组织3号联络通道冻结法施工方案专家论证", None, flags=["vague_due"]),
              item("赵国栋", "站前路管线迁改征拆协调", G("2025-10-31", month_end(S)))],
             fu(G("2025-10-20", next_week(S, MON)), "08:30"))
    return finish(m, deliv("metro", t, P["王铭"]["email"], "c1211")), g


def old_msgid(seed, dom):
    return "<000001db%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), dom)


@case(1212, "metro-new-minutes-in-old-re-thread", "minutes",
      "Outlook gb2312 'RE:' in the thread of the 1月30日 minutes: new minutes on top, the old minutes quoted below an "
      "Outlook header block (their items are not items); sent Fri 2026-02-13 before Spring Festival: 明天（周六调休上班）"
      "中午12点前, 节后第一个工作日, 2个工作日内 across the holiday; next meeting inside the numbered list")
def c1212():
    t = ts("2026-02-13 17:20:37")
    S = t.date()
    blocks = B("""各位：
今天下午节前盾构始发准备专题会的纪要，接着这个邮件发，1月30日那次的在下面。

一、会议情况
2月13日14:30，赵经理主持，钱总工、孙总监、李工、冯经理、吴部长参加。

二、议定事项
1. 春节期间值守人员名单：冯经理明天（2月14日，周六调休上班）中午12点前报综合办。
2. 节后第一个工作日，孙总监组织全员复工安全教育和安全技术交底。
3. 始发井端头加固检测报告，李工2个工作日内取回并报监理。
4. 节后首次例会定在2月25日（周三）上午9点。

郑佳
综合办公室

发件人: 郑佳
发送时间: 2026年1月30日 17:48
收件人: 赵国栋; 钱立群; 孙卫东; 李建军; 冯志刚; 吴晓峰
主题: 【会议纪要】盾构始发专题会（1月30日）

各位：
1月30日盾构始发专题会纪要如下：
1. 始发基座安装：冯经理负责，2月6日前完成。
2. 反力架验收：李工负责，2月10日前组织监理验收。
3. 洞门密封：吴部长2月5日前将帘布橡胶板采购到场。""")
    old = old_msgid("c1212-old", ORGS["metro"]["dom"])
    m = outlook_desktop("郑佳", ["赵国栋", "钱立群", "孙卫东", "李建军", "冯志刚", "吴晓峰"], [MB],
                        "RE: 【会议纪要】盾构始发专题会（1月30日）", t, blocks, "c1212", cs="gb2312", irt=old,
                        refs=[old], thread_parent="c1212-old")
    g = gold("minutes", "Sent Fri 2026-02-13 17:20. Spring Festival 2026: 02-15..02-23 off; Sat 02-14 and Sat 02-28 are "
             "make-up working days. New minutes only: 1. 冯经理 = 冯志刚, '明天（2月14日，周六调休上班）中午12点前' -> "
             "2026-02-14 12:00. 2. 孙总监 = 孙卫东, '节后第一个工作日' -> Tue 2026-02-24. 3. 李工 = 李建军, '2个工作日内' "
             "-> 02-14 (make-up Saturday) = 1, 02-24 = 2 -> 2026-02-24. 4. is the next meeting, not an item: "
             "2月25日（周三）上午9点 -> 2026-02-25 09:00. Everything below the Outlook 发件人/发送时间 block is the old "
             "minutes of 01-30 (quoted): no items from it.",
             [item("冯志刚", "春节期间值守人员名单报综合办", G("2026-02-14", S + dt.timedelta(days=1)), "12:00"),
              item("孙卫东", "组织全员复工安全教育和安全技术交底", G("2026-02-24", first_workday_after(D(2026, 2, 23)))),
              item("李建军", "始发井端头加固检测报告取回并报监理", G("2026-02-24", add_workdays(S, 2)))],
             fu(G("2026-02-25", D(2026, 2, 25)), "09:00"))
    return finish(m, deliv("metro", t, P["郑佳"]["email"], "c1212")), g


@case(1213, "metro-wecom-group-chat-paste", "minutes",
      "Tencent Exmail (企业微信邮箱) gb18030: evening stand-up pasted from the WeCom group ('姓名 19:42' lines with "
      "@mentions), sent on the 2025-01-26 make-up Sunday before Spring Festival: 明早9点前, 节后第一个工作日, a duty "
      "'节日期间' without a date; replies in the chat are not items")
def c1213():
    t = ts("2025-01-26 21:05:51")
    S = t.date()
    blocks = B("""今晚7点在工地碰了个头，群里说的几件事我贴过来，大家按这个办：

赵国栋 19:42
@李建军 明早9点前把右线盾构姿态偏差的分析报告发我

赵国栋 19:45
@吴晓峰 节后第一个工作日砂浆站原材料进场要复检，你盯一下

孙卫东 19:51
收到。节前封存的设备我今天下午已经转了一圈，都贴了封条

赵国栋 19:53
@孙卫东 节日期间视频巡查每天两次，你负责，有情况随时报

李建军 19:58
好的赵总，明早9点前发您

—— 赵国栋""")
    m = qq_exmail("赵国栋", ["李建军", "吴晓峰", "孙卫东"], [MB, "钱立群"], "晚上碰头的几件事（群里的）", t,
                  blocks_text(blocks), render_divs(blocks), "c1213")
    g = gold("minutes", "Sent Sun 2025-01-26 21:05, a Spring Festival make-up working day (holiday 01-28..02-04). "
             "@李建军 '明早9点前' -> 2025-01-27 09:00. @吴晓峰 '节后第一个工作日' -> Wed 2025-02-05. @孙卫东 '节日期间"
             "视频巡查每天两次' is a duty over the holiday with no deadline: recorded as an item without a date "
             "(no_due). 孙卫东's '今天下午已经转了一圈' reports work done and 李建军's '好的…' is an acknowledgement: not "
             "items. The chat time stamps (19:42 …) are not deadlines.",
             [item("李建军", "右线盾构姿态偏差的分析报告发赵总", G("2025-01-27", S + dt.timedelta(days=1)), "09:00"),
              item("吴晓峰", "砂浆站原材料进场复检", G("2025-02-05", first_workday_after(D(2025, 2, 4)))),
              item("孙卫东", "节日期间视频巡查每天两次", None, flags=["no_due"])])
    return finish(m, deliv("metro", t, P["赵国栋"]["email"], "c1213", host="smtpbgeu1.qq.com",
                           ip="52.59.177.22")), g


def docx_bytes(paragraphs):
    """A minimal valid .docx (raw WordprocessingML in a zip)."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                   '</w:p>' % html.escape(p, quote=False) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
           '.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    return tiny_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


@case(1214, "metro-minutes-as-docx-attachment", "minutes",
      "Coremail GBK mail whose body only says '附件为…纪要'; the minutes are a .docx attachment (RFC 2231 Chinese "
      "filename): 端午节后第一个工作日, 2个工作日内 across Dragon Boat 2026, 6月30日前; next check a date only")
def c1214():
    t = ts("2026-06-18 11:40:26")
    S = t.date()
    paras = ["防汛专项检查会议纪要", "时间：2026年6月18日 9:00-10:30", "地点：项目部三楼会议室",
             "主持：孙卫东", "参加：钱立群、吴晓峰、周海涛、冯志刚", "一、检查发现的问题",
             "1. 1号出入口基坑周边截水沟局部堵塞，挡水墙高度不足。", "2. 应急物资库抽水泵2台故障。",
             "二、工作安排",
             "1. 截水沟清淤及挡水墙加高，由周工负责，端午节后第一个工作日完成。",
             "2. 抽水泵维修更换，由吴部长负责，2个工作日内完成。",
             "3. 汛期应急预案修订并报监理审批，由钱总工负责，6月30日前完成。",
             "三、下次检查：7月2日（周四）", "安全质量部 2026年6月18日"]
    blocks = B("""各位领导：
附件为今天上午防汛专项检查会的纪要，请按分工落实，端午期间请保持通讯畅通。

周海涛
安全质量部""")
    att = attachment("防汛专项检查会议纪要0618.docx", docx_bytes(paras),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label="GBK",
                     style="rfc2231+name")
    fn, fe = who("周海涛")
    msg, tail = coremail("周海涛", ["孙卫东", "钱立群", "吴晓峰"], [MB], "防汛专项检查会议纪要（6月18日）", t,
                         blocks_text(blocks), render_divs(blocks), "c1214", cs="GBK")
    alt = Message()
    alt["Content-Type"] = msg["Content-Type"]
    alt._payload = msg._payload
    mixed = multi("mixed", [alt, att], "----=_Part_%d_mixed" % int(hx("c1214m", 6), 16))
    del msg["Content-Type"]
    msg["Content-Type"] = mixed["Content-Type"]
    msg._payload = mixed._payload
    g = gold("minutes", "Sent Thu 2026-06-18 11:40; Dragon Boat 2026 is 06-19..06-21. The body has no items; the "
             "minutes are in the .docx attachment. 周工 = 周海涛, '端午节后第一个工作日' -> Mon 2026-06-22. 吴部长 = "
             "吴晓峰, '2个工作日内' -> 06-22 (1), 06-23 (2) -> 2026-06-23. 钱总工 = 钱立群, '6月30日前' -> 2026-06-30. "
             "'下次检查：7月2日（周四）' gives a day and no time -> 2026-07-02, time null. A parser that cannot read "
             ".docx yields no items here: the case measures attachment support.",
             [item("周海涛", "截水沟清淤及挡水墙加高", G("2026-06-22", first_workday_after(D(2026, 6, 21)))),
              item("吴晓峰", "抽水泵维修更换", G("2026-06-23", add_workdays(S, 2))),
              item("钱立群", "汛期应急预案修订并报监理审批", G("2026-06-30", D(2026, 6, 30)))],
             fu(G("2026-07-02", D(2026, 7, 2)), None))
    return finish((msg, tail), deliv("metro", t, fe, "c1214")), g


@case(1215, "metro-dispatch-wrapped-nested-brackets-foxmail", "minutes",
      "Foxmail GBK 生产调度会纪要: numbered items wrapped over lines with the deadline on the continuation line, "
      "nested brackets '（完成时限：3月13日（周五）前）', 2026年底前（含…）, 月底前; a department-only item without a date")
def c1215():
    t = ts("2026-03-09 18:10:09")
    S = t.date()
    text = """各部门、各工区：
3月9日生产调度会纪要如下，请认真落实。

参会人员：赵国栋、钱立群、孙卫东、吴晓峰、李建军、冯志刚、郑佳（记录）

一、2月份完成情况（略，见附表）
二、需落实的工作
1. 右线盾构下穿既有铁路段施工专项方案，由李建军负责修改完善后报总工
   审核（完成时限：3月13日（周五）前）；
2. 项目部标准化工地创建资料整理归档，安全质量部孙卫东牵头，各工区配合，
   2026年底前完成（含省级观摩迎检资料）；
3. 二季度劳务用工计划汇总，综合办公室郑佳负责，
   月底前报公司人力资源部；
4. 物资设备部做好3月份钢材集中采购工作。

综合办公室
2026年3月9日
"""
    hb = "<br>".join(esc(l) if l else "" for l in text.split("\n"))
    m = foxmail("郑佳", ["赵国栋", "钱立群", "孙卫东", "吴晓峰", "李建军", "冯志刚"], [MB],
                "3月9日生产调度会纪要", t, text, hb, "c1215", cs="GBK")
    g = gold("minutes", "Sent Mon 2026-03-09 18:10. 1. owner 李建军; the deadline is on the wrapped continuation line "
             "inside nested brackets: '3月13日（周五）前' -> 2026-03-13. 2. 孙卫东 牵头 (各工区配合 is support), '2026年底前' "
             "-> 2026-12-31 (the bracket after it is scope). 3. 郑佳, '月底前' on the next line -> 2026-03-31. 4. "
             "department only (物资设备部, one of ours) with no date -> owner null, department 物资设备部, no_owner + "
             "no_due. '（略，见附表）' is not an item.",
             [item("李建军", "右线盾构下穿既有铁路段施工专项方案修改完善后报总工审核", G("2026-03-13", D(2026, 3, 13))),
              item("孙卫东", "项目部标准化工地创建资料整理归档", G("2026-12-31", D(2026, 12, 31))),
              item("郑佳", "二季度劳务用工计划汇总报公司人力资源部", G("2026-03-31", month_end(S))),
              item(None, "做好3月份钢材集中采购工作", None, flags=["no_owner", "no_due"], department="物资设备部")])
    return finish(m, deliv("metro", t, P["郑佳"]["email"], "c1215")), g


@case(1216, "metro-reply-object-coremail", "reply",
      "Coremail reply objecting to 第1项 of the recap of 1212 with a reason that contains '明天上午' and a proposed new "
      "owner; '-----原始邮件-----' quote")
def c1216():
    t = ts("2026-02-13 18:02:41")
    text = """第1项有异议：节日值守名单一直是综合办汇总的，工区只报本工区的人，建议这项负责人改为郑主任，我们明天上午把工区名单报给她。

冯志刚
盾构二工区

-----原始邮件-----
发件人:"纪要督办" <dubanjiyao@ztj9-l6.example.cn>
发送时间:2026-02-13 17:23:10 (星期五)
收件人: "郑佳" <zhengjia@ztj9-l6.example.cn>, "冯志刚" <fengzhigang@ztj9-l6.example.cn>, "孙卫东" <sunweidong@ztj9-l6.example.cn>, "李建军" <lijianjun@ztj9-l6.example.cn>
主题: [待办确认] RE: 【会议纪要】盾构始发专题会（1月30日）

已记录以下待办：
① 春节期间值守人员名单报综合办 — 冯志刚 — 2026-02-14 12:00
② 组织全员复工安全教育和安全技术交底 — 孙卫东 — 2026-02-24 18:00
③ 始发井端头加固检测报告取回并报监理 — 李建军 — 2026-02-24 18:00
如有异议请于今日内回复（截止 2026-02-14 18:00）。回复“确认”“有异议”“已完成”“进度50%”“延期至X月X日”可更新事项。
"""
    hb = "<br>".join(esc(l) for l in text.split("\n"))
    m = coremail("冯志刚", [MB], ["郑佳"], "Re:[待办确认] RE: 【会议纪要】盾构始发专题会（1月30日）", t, text, hb,
                 "c1216", irt="<recap-1212@ztj9-l6.example.cn>",
                 refs=[old_msgid("c1212", ORGS["metro"]["dom"]), "<recap-1212@ztj9-l6.example.cn>"])
    g = gold("reply", "Objection to item 1 of the 1212 recap, sent Fri 2026-02-13 18:02. '第1项有异议：…' -> object, "
             "items [1]; the reason mentions '明天上午' and proposes another owner, which is not an extension. The "
             "Coremail '-----原始邮件-----' block (recap with ①②③ and the command list) is quoted.",
             reply=rep("object", [1]))
    return finish(m, deliv("metro", t, P["冯志刚"]["email"], "c1216")), g


@case(1217, "metro-auto-reply-exchange-onprem", "auto",
      "Outlook/Exchange automatic reply '自动答复:' to a recap (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
      "X-MS-Exchange-Inbox-Rules-Loop); body with dates and a deputy")
def c1217():
    t = ts("2025-10-13 10:08:02")
    text = ("您好，我于10月13日至10月17日在局总部参加总工程师培训，期间邮件回复可能不及时。\r\n"
            "技术问题请联系李建军（李工），10月20日返回后处理。\r\n\r\n钱立群\r\n工程技术部\r\n")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "base64"),
                                 leaf("text/html", "<html><body><p>" + "<br>".join(esc(l) for l in text.split("\r\n"))
                                      + "</p></body></html>", "gb2312", "base64")],
                 "_000_%s_" % hx("c1217", 20))
    dom = ORGS["metro"]["dom"]
    hdrs = [("From", haddr("钱立群", P["钱立群"]["email"], "gb2312")),
            ("To", haddr(*MB, label="gb2312")),
            ("Subject", htext("自动答复: [待办确认] 第41周工程进度例会纪要", "gb2312")),
            ("Thread-Topic", htext("[待办确认] 第41周工程进度例会纪要", "gb2312")),
            ("Thread-Index", thread_index("c1217", "c1211")),
            ("Date", rfc_date(t)),
            ("Message-ID", "<%s@EXMB02.%s>" % (hx("c1217", 32), dom)),
            ("In-Reply-To", "<recap-1211@%s>" % dom), ("References", "<recap-1211@%s>" % dom),
            ("Content-Language", "zh-CN"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", P["钱立群"]["email"]),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
    m = envelope(hdrs, body)
    g = gold("auto", "Exchange out-of-office reply to the 1211 recap: Auto-Submitted: auto-replied and "
             "X-MS-Exchange-Inbox-Rules-Loop; the body's dates (10月13日至10月17日, 10月20日返回) and the deputy are "
             "not items or commands; the bot must not answer.")
    return finish((m, []), deliv("metro", t, P["钱立群"]["email"], "c1217")), g


@case(1218, "metro-two-items-same-text-coremail-2027", "minutes",
      "Ordinary 工程技术部周例会纪要 (Coremail UTF-8, 2027): '待办：' numbered list, two items with the same task text "
      "for different owners and dates, 下周二, 本月底前; next meeting moved ('下周例会改到周二下午4点')")
def c1218():
    t = ts("2027-05-17 17:40:55")
    S = t.date()
    blocks = B("""工程技术部周例会纪要（2027年第20周）

时间：5月17日（周一）16:00-17:10
参加：钱立群、李建军、王铭、冯志刚
记录：王铭

一、上周工作完成情况
1. 左线盾构贯通测量已完成，贯通误差满足规范要求。
2. 4月份计量已批复。

二、待办：
1. 提交5月份计量资料 —— 李建军（车站部分），5月21日前
2. 提交5月份计量资料 —— 冯志刚（区间盾构部分），5月24日前
3. 控制测量复测成果报监理 —— 王铭，下周二
4. 竣工图编制策划 —— 钱总工，本月底前

三、下周例会改到周二下午4点，地点不变。

王铭""")
    m = coremail("王铭", ["钱立群", "李建军", "冯志刚"], [MB], "工程技术部周例会纪要（第20周）", t, blocks_text(blocks),
                 render_divs(blocks), "c1218", cs="UTF-8", cte="quoted-printable")
    g = gold("minutes", "Sent Mon 2027-05-17 17:40. Items 1 and 2 have the same task text '提交5月份计量资料' (scope in "
             "brackets after the owner): two separate items, 李建军 5月21日前 -> 2027-05-21 and 冯志刚 5月24日前 -> "
             "2027-05-24; they must not be merged. 3 '下周二' -> 2027-05-25. 4 钱总工 = 钱立群, '本月底前' -> 2027-05-31. "
             "上周完成情况 lines are reports. '下周例会改到周二下午4点' -> 2027-05-25 16:00. No working-day phrases "
             "(2027).",
             [item("李建军", "提交5月份计量资料", G("2027-05-21", D(2027, 5, 21))),
              item("冯志刚", "提交5月份计量资料", G("2027-05-24", D(2027, 5, 24))),
              item("王铭", "控制测量复测成果报监理", G("2027-05-25", next_week(S, TUE))),
              item("钱立群", "竣工图编制策划", G("2027-05-31", month_end(S)))],
             fu(G("2027-05-25", next_week(S, TUE)), "16:00"))
    return finish(m, deliv("metro", t, P["王铭"]["email"], "c1218")), g


# ==============================================================================================================
# University: 东岭大学 智能材料研究院 (柔性电子课题组, 研究生办公室, 公共测试平台)
# ==============================================================================================================
UB = ORGS["univ"]["bot"]


@case(1219, "univ-group-meeting-person-headings", "minutes",
      "Coremail GBK 组会记录 grouped under 【姓名】 headings (本周进展 = reports, 周老师意见/下周计划 = items), sent on "
      "the 2025-02-08 make-up Saturday: 下周三组会前 from a Saturday, 月底前; a student with progress only; next group "
      "meeting 'evening 7'")
def c1219():
    t = ts("2025-02-08 21:40:13")
    S = t.date()
    blocks = B("""各位老师、师兄师姐：
今天（2月8日，周六补班）组会记录如下，周老师已过目。

【林可欣】
本周进展：完成PEDOT:PSS薄膜退火温度梯度实验（5组），XPS已测完。
周老师意见：S 2p峰拟合有问题，2月14日前把XPS数据重新拟合后发给周老师。

【邓子豪】
本周进展：开题报告初稿写完一半，文献综述部分已给段博看过。
下周计划：下周三组会前准备好开题PPT，先在组里预讲一次。

【段晨】
本周进展：柔性传感器阵列稿件的返修意见已全部回复（何老师已帮忙通读）。
周老师意见：月底前投Adv. Mater.

【许诺】
本周进展：测试平台预约规则初稿已拟好（见群文件）。

其他：寒假期间实验室门禁照常，进出须登记。

下次组会：下周三（2月12日）晚上7点，地点不变（材料楼A302）。

许诺""")
    m = coremail("许诺", ["周振华", "何一帆", "段晨", "林可欣", "邓子豪"], [UB], "2.8 组会记录", t, blocks_text(blocks),
                 render_divs(blocks), "c1219", cs="GBK")
    g = gold("minutes", "Sent Sat 2025-02-08 21:40 (make-up working day after Spring Festival). Person headings own "
             "the lines below them. 本周进展 lines are reports of work done, not items. 林可欣: '2月14日前' -> "
             "2025-02-14. 邓子豪: '下周三组会前' -> Wednesday of the following week = 2025-02-12 (the meeting is 19:00 "
             "that day, but no time is written for the item, so due_time null). 段晨 (段博): '月底前' -> 2025-02-28. "
             "许诺 has only progress. The 门禁 line is a rule. 下次组会 下周三（2月12日）晚上7点 -> 2025-02-12 19:00.",
             [item("林可欣", "XPS数据重新拟合后发给周老师", G("2025-02-14", D(2025, 2, 14))),
              item("邓子豪", "准备好开题PPT，先在组里预讲一次", G("2025-02-12", next_week(S, WED))),
              item("段晨", "投Adv. Mater.", G("2025-02-28", month_end(S)))],
             fu(G("2025-02-12", next_week(S, WED)), "19:00"))
    return finish(m, deliv("univ", t, P["许诺"]["email"], "c1219")), g


@case(1220, "univ-grad-office-yi-er-dragon-boat", "minutes",
      "Outlook gb2312 研究生办公室 协调会纪要 on the Friday before Dragon Boat 2025: 会议决定 (dates, not items) vs 工作安排 "
      "（一）…（四）: 各课题组秘书 (no_owner) 6月6日前, 蔡老师 5个工作日内 across 05-31..06-02, 6月13日（周五）17:00前, "
      "各导师 without date")
def c1220():
    t = ts("2025-05-30 16:20:40")
    S = t.date()
    blocks = B("""各位导师、各课题组秘书：

5月30日下午研究生办公室召开2025届硕士学位论文答辩工作协调会，梁红主任主持。现将会议纪要如下：

一、会议决定
（一）答辩时间原则上安排在6月16日至6月27日之间，由各课题组自行组织。
（二）答辩委员会须有至少1名校外专家。

二、工作安排
（一）各课题组秘书于6月6日前将答辩委员会名单及答辩时间报研究生办公室。
（二）蔡老师负责汇总论文查重结果，5个工作日内反馈各导师。
（三）答辩材料模板（含表决票、答辩记录）由梁老师审定后在研究生网发布，6月13日（周五）17:00前完成。
（四）各导师督促学生按时提交论文终稿。

端午节假期（5月31日至6月2日）办公室不办公，急事请联系蔡文静。

研究生办公室
2025年5月30日""")
    m = outlook_desktop("蔡文静", ["周振华", "宋涛"], ["梁红", UB], "2025届硕士学位论文答辩工作协调会纪要", t, blocks,
                        "c1220", cs="gb2312")
    g = gold("minutes", "Sent Fri 2025-05-30 16:20; Dragon Boat holiday 2025-05-31..06-02. 会议决定 hold dates "
             "(6月16日至6月27日) but are decisions, not items. 工作安排 （一） owner '各课题组秘书' is a group, not a person "
             "or one of our departments -> owner null, no_owner, '6月6日前' -> 2025-06-06. （二） 蔡老师 = 蔡文静, "
             "'5个工作日内': 06-03, 06-04, 06-05, 06-06, 06-09 -> 2025-06-09. （三） 梁老师 = 梁红, '6月13日（周五）17:00前' "
             "-> 2025-06-13 17:00. （四） '各导师' with no date -> no_owner + no_due. The holiday notice is information.",
             [item(None, "将答辩委员会名单及答辩时间报研究生办公室", G("2025-06-06", D(2025, 6, 6)), flags=["no_owner"]),
              item("蔡文静", "汇总论文查重结果并反馈各导师", G("2025-06-09", add_workdays(S, 5))),
              item("梁红", "审定答辩材料模板并在研究生网发布", G("2025-06-13", D(2025, 6, 13)), "17:00"),
              item(None, "督促学生按时提交论文终稿", None, flags=["no_owner", "no_due"])])
    return finish(m, deliv("univ", t, P["蔡文静"]["email"], "c1220")), g


@case(1221, "univ-notion-markdown-export-apple-mail", "minutes",
      "Apple Mail plain UTF-8 QP: a Notion Markdown export (# headings, **bold**, '- [ ] @name … (due: 5/15)', '- [x]' "
      "done, a pipe table of booked instrument time that is not a task list), sent on the 2026-05-09 make-up "
      "Saturday: 下周一…前, 3个工作日内 from a Saturday")
def c1221():
    t = ts("2026-05-09 22:10:31")
    S = t.date()
    text = """（直接从Notion导出的，格式可能有点乱，凑合看）

# 柔性电子组 周会 2026-05-09

**参会**：周振华、何一帆、段晨、林可欣、邓子豪、许诺
**记录**：段晨

## 进展
- 可欣：拉伸循环测试做到5000次，电阻变化 <5%
- 子豪：开题通过，专家建议补充对照组
- 许诺：测试平台预约规则已在群里发布

## Action items
- [ ] @林可欣 预约公共平台SEM，拍断口形貌 (due: 5/15)
- [ ] @邓子豪 按开题专家意见补一组对照实验方案，下周一组会前发群里
- [ ] @何一帆 审阅可欣的小论文初稿，3个工作日内
- [x] @许诺 更新仪器使用登记表

## 设备机时（已排好，仅供参考）
| 设备 | 使用人 | 时间 |
| --- | --- | --- |
| SEM | 林可欣 | 5/14 下午 |
| 探针台 | 邓子豪 | 5/12 全天 |

段晨
"""
    m = apple_mail("段晨", ["周振华", "何一帆", "林可欣", "邓子豪", "许诺"], [UB], "周会记录 5/9（Notion导出）", t, text,
                   "c1221")
    g = gold("minutes", "Sent Sat 2026-05-09 22:10, a make-up working day. Open checkboxes are items; '- [x]' is done. "
             "@林可欣 '(due: 5/15)' -> 2026-05-15. @邓子豪 '下周一组会前' -> Monday of the following week 2026-05-11. "
             "@何一帆 '3个工作日内' from Saturday: 05-11, 05-12, 05-13 -> 2026-05-13. The 设备机时 pipe table is a "
             "booking schedule marked 已排好, not tasks (5/14 下午, 5/12 全天 are slots). 进展 lines are reports.",
             [item("林可欣", "预约公共平台SEM，拍断口形貌", G("2026-05-15", D(2026, 5, 15))),
              item("邓子豪", "按开题专家意见补一组对照实验方案，发群里", G("2026-05-11", next_week(S, MON))),
              item("何一帆", "审阅可欣的小论文初稿", G("2026-05-13", add_workdays(S, 3)))])
    return finish(m, deliv("univ", t, P["段晨"]["email"], "c1221")), g


@case(1222, "univ-professor-one-liner-iphone", "minutes",
      "iPhone Mail from a busy professor: two items in one prose line (下周五前; a task with no date), owners by "
      "given name / 蔡老师, '下周同一时间再碰一次' after '今天上午11点'")
def c1222():
    t = ts("2026-10-13 12:10:27")
    S = t.date()
    text = """今天上午11点跟蔡老师、子豪碰了下中期的事：子豪下周五前把中期考核报告交研究生办；答辩秘书蔡老师帮忙定一下。下周同一时间再碰一次。

发自我的iPhone
"""
    m = apple_mail("周振华", ["邓子豪", "蔡文静"], [UB], "中期考核", t, text, "c1222", iphone=True)
    g = gold("minutes", "Sent Tue 2026-10-13 12:10 from an iPhone. 子豪 = 邓子豪, '下周五前' -> 2026-10-23. 蔡老师 = "
             "蔡文静, '答辩秘书…帮忙定一下' has no date -> no_due. Next meeting '下周同一时间' = next week's Tuesday at "
             "today's 11:00 -> 2026-10-20 11:00.",
             [item("邓子豪", "把中期考核报告交研究生办", G("2026-10-23", next_week(S, FRI))),
              item("蔡文静", "确定中期答辩秘书", None, flags=["no_due"])],
             fu(G("2026-10-20", S + dt.timedelta(days=7)), "11:00"))
    return finish(m, deliv("univ", t, P["周振华"]["email"], "c1222", host="mail.imr.dongling.example.edu.cn")), g


@case(1223, "univ-japanese-style-tantou-kigen-gmail", "minutes",
      "Gmail UTF-8 minutes from a Japanese collaborator writing Chinese with Japanese habits (■ headings, ・ bullets, "
      "担当／期限 table, 林さん/周先生, 以上), Date +0900: 11/20, 11月末, 未定, '下次会议前'; next meeting in 日本时间")
def c1223():
    t = dt.datetime(2026, 11, 6, 19, 5, 12, tzinfo=tz(9))
    S = sh(t).date()
    blocks = B("""周老师、何老师、宋老师、林さん：

辛苦了。我是佐藤。
今天的会议记录如下，如有错误请指出。

■日时：2026年11月6日（金）15:00-16:30（日本时间）
■参加者：周振华、何一帆、宋涛、林可欣、佐藤健

■决定事项
・样品交换以每月一次为原则。
・共同论文的第一作者为林可欣。

■课题（担当／期限）""") + [Tbl([["No.", "内容", "担当", "期限"],
                                 ["1", "寄送第二批银纳米线样品（50mg）到东北材料大学", "林さん", "11/20"],
                                 ["2", "同步辐射XAS测定结果整理", "佐藤", "11月末"],
                                 ["3", "公共平台TEM机时协调", "宋先生", "未定"],
                                 ["4", "共同研究合同延长手续确认", "周先生", "下次会议前"]], plain="pipe")] + B("""
■下次会议
12月4日（金）
15:00～（日本时间）Zoom

以上，请多关照。
佐藤 健
东北材料大学 金属材料研究所""")
    m = gmail(("佐藤健", EXT["佐藤健"]), ["周振华", "何一帆", "宋涛", "林可欣"], [UB],
              "【议事录】东北材大-东岭大 共同研究 会议 11/6", t, blocks_text(blocks), render_divs(blocks), "c1223")
    g = gold("minutes", "Sent Fri 2026-11-06 19:05 +0900 = 18:05 Shanghai, same day. Japanese-style table 担当/期限 "
             "with honorifics: 林さん = 林可欣, 佐藤 = the sender 佐藤健 (external, From), 宋先生 = 宋涛, 周先生 = 周振华 "
             "(roster aliases). '11/20' -> 2026-11-20; '11月末' -> 2026-11-30; '未定' -> vague_due; '下次会议前' = before "
             "the next meeting on 12-04 -> 2026-12-04 (ambiguous: a careful assistant records the meeting day; no "
             "time written for the item). 决定事项 are decisions. 下次会议 '12月4日（金）' with the time '15:00～（日本时间）' on the next line -> 14:00 "
             "Shanghai -> 2026-12-04 14:00.",
             [item("林可欣", "寄送第二批银纳米线样品（50mg）到东北材料大学", G("2026-11-20", D(2026, 11, 20))),
              item("佐藤健", "同步辐射XAS测定结果整理", G("2026-11-30", month_end(S))),
              item("宋涛", "公共平台TEM机时协调", None, flags=["vague_due"]),
              item("周振华", "共同研究合同延长手续确认", G("2026-12-04", D(2026, 12, 4)))],
             fu(G("2026-12-04", D(2026, 12, 4)), "14:00"))
    return finish(m, deliv("univ", t, EXT["佐藤健"], "c1223", host="mail-pj1-f54.google.com",
                           ip="209.85.216.54")), g


@case(1224, "univ-reply-done-coremail", "reply",
      "Coremail reply from a PhD student '周老师，第1项已完成：…' to the recap of 1219; the greeting names the professor; "
      "'-----原始邮件-----' quote")
def c1224():
    t = ts("2025-02-13 23:15:08")
    text = """周老师，第1项已完成：XPS数据已按S 2p双峰重新拟合，结果和拟合参数表发您邮箱了，请查收。

林可欣

-----原始邮件-----
发件人:"课题组纪要助手" <jiyao-bot@imr.dongling.example.edu.cn>
发送时间:2025-02-08 21:43:02 (星期六)
收件人: "许诺" <xunuo@imr.dongling.example.edu.cn>, "林可欣" <linkexin@imr.dongling.example.edu.cn>, "邓子豪" <dengzihao@imr.dongling.example.edu.cn>, "段晨" <duanchen@imr.dongling.example.edu.cn>
抄送: "周振华" <zhouzhenhua@imr.dongling.example.edu.cn>
主题: [待办确认] 2.8 组会记录

1. XPS数据重新拟合后发给周老师 — 林可欣 — 2025-02-14
2. 准备好开题PPT，先在组里预讲一次 — 邓子豪 — 2025-02-12
3. 投Adv. Mater. — 段晨 — 2025-02-28
下次组会：2025-02-12 19:00
如有异议请于今日内回复。可回复：确认 / 有异议 / 已完成 / 进度60% / 延期至X月X日
"""
    hb = "<br>".join(esc(l) for l in text.split("\n"))
    m = coremail("林可欣", [UB], ["周振华"], "Re:[待办确认] 2.8 组会记录", t, text, hb, "c1224",
                 irt="<recap-1219@imr.dongling.example.edu.cn>", refs=["<recap-1219@imr.dongling.example.edu.cn>"])
    g = gold("reply", "Done reply to the recap of 1219, sent Thu 2025-02-13 23:15 (before the due date). '第1项已完成' "
             "-> done, items [1]. '周老师' is a greeting, not an item reference. The quoted recap lists other items and "
             "the command words.", reply=rep("done", [1]))
    return finish(m, deliv("univ", t, P["林可欣"]["email"], "c1224")), g


@case(1225, "univ-nsfc-prose-paragraphs-coremail", "minutes",
      "Professor's prose mail (Coremail GBK) on the 2026-01-04 make-up Sunday: items buried in paragraphs (1月9日前, "
      "月底前就行, 放寒假前（1月16日）), a past fact with 12月20日前 and an external deadline that are not items; next "
      "meeting a half day only ('1月12日（周一）下午')")
def c1225():
    t = ts("2026-01-04 22:30:47")
    S = t.date()
    text = """一帆、文静、子豪：

今天下午讨论了今年国自然面上项目的申报，我把要点整理一下，大家心里有数。

总体思路还是围绕可拉伸导体的界面失效机制，题目我再斟酌，先不定。去年的本子我们是在12月20日前交到学院的，今年学院要求提前，1月23日截止，时间比较紧。

申请书的研究基础和前期工作部分由一帆执笔，争取1月9日前给我初稿，重点把近三年的代表作写清楚。预算部分请文静帮忙核一下，特别是设备费和劳务费的比例，月底前就行，不急。子豪那边的预实验数据我看了，还不够扎实，最好在放寒假前（1月16日）再补两组循环拉伸数据，不然研究基础那部分撑不起来。

1月12日（周一）下午我们在304再过一遍整体框架，大家把各自的部分带上。

周振华
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = coremail("周振华", ["何一帆", "蔡文静", "邓子豪"], [UB], "国自然面上项目申报讨论（1.4）", t, text, hb, "c1225",
                 cs="GBK")
    g = gold("minutes", "Sent Sun 2026-01-04 22:30, a make-up working day after New Year. Items in prose: 一帆 = 何一帆, "
             "'1月9日前' -> 2026-01-09; 文静 = 蔡文静, '月底前就行' -> 2026-01-31; 子豪 = 邓子豪, '放寒假前（1月16日）' -> "
             "2026-01-16. '去年…12月20日前交到学院' is a past fact; '学院要求…1月23日截止' is an external deadline with "
             "no owner named (context, not an item); '题目我再斟酌' has no deadline and is the writer musing. Next "
             "meeting '1月12日（周一）下午' gives only a half day -> 2026-01-12, time null.",
             [item("何一帆", "执笔申请书研究基础和前期工作部分初稿", G("2026-01-09", D(2026, 1, 9))),
              item("蔡文静", "核申请书预算（设备费和劳务费比例）", G("2026-01-31", month_end(S))),
              item("邓子豪", "补两组循环拉伸预实验数据", G("2026-01-16", D(2026, 1, 16)))],
             fu(G("2026-01-12", D(2026, 1, 12)), None))
    return finish(m, deliv("univ", t, P["周振华"]["email"], "c1225")), g


@case(1226, "univ-tencent-meeting-ai-summary", "minutes",
      "腾讯会议 智能纪要 forwarded with a one-line preface (Coremail UTF-8): AI 总结, 章节 with time stamps and speaker "
      "self-commitments, 待办事项 with '各课题组安全员' (no_owner) and '下周五前'; 'AI生成' footer")
def c1226():
    t = ts("2026-12-09 16:40:20")
    S = t.date()
    blocks = B("""各位老师：
下面是今天实验室安全工作会的腾讯会议智能纪要，请重点看最后的待办。

—————————
腾讯会议 智能纪要
会议主题：研究院2026年冬季实验室安全工作会
会议时间：2026/12/09 14:00-15:10
参会人：梁红、宋涛、周振华、何一帆 等12人

AI 总结
会议通报了11月学校实验室安全检查结果，研究院共发现隐患7项，已整改5项。会议讨论了寒假前危化品清理和气瓶管理，明确由各课题组安全员负责本组自查。

章节
00:01:20 检查结果通报
梁红：这次检查一共7项，已经改了5项，剩下两项在公共平台。
00:15:42 公共平台整改
宋涛：手套箱尾气那个，我们下周五前肯定弄完。
00:38:10 危化品清理
周振华：我们组上周已经清过一次了。

待办事项
· 梁红 在12月15日前发布寒假实验室安全自查通知
· 各课题组安全员 12月20日前完成本组危化品和气瓶自查并提交自查表
· 宋涛 下周五前完成公共平台手套箱尾气处理整改

以上内容由AI生成，仅供参考""")
    m = coremail("梁红", ["宋涛", "周振华", "何一帆"], [UB, "蔡文静"], "转发：腾讯会议智能纪要｜冬季实验室安全工作会", t,
                 blocks_text(blocks), render_divs(blocks), "c1226", cs="UTF-8")
    g = gold("minutes", "Sent Wed 2026-12-09 16:40. Only 待办事项 counts: 梁红 '12月15日前' -> 2026-12-15; '各课题组安全员' "
             "is a role group -> owner null, no_owner, '12月20日前' -> 2026-12-20; 宋涛 '下周五前' -> 2026-12-18. The "
             "章节 line '宋涛：…下周五前肯定弄完' repeats the same task and is not a second item; AI 总结 and the footer "
             "are not items.",
             [item("梁红", "发布寒假实验室安全自查通知", G("2026-12-15", D(2026, 12, 15))),
              item(None, "完成本组危化品和气瓶自查并提交自查表", G("2026-12-20", D(2026, 12, 20)), flags=["no_owner"]),
              item("宋涛", "完成公共平台手套箱尾气处理整改", G("2026-12-18", next_week(S, FRI)))])
    return finish(m, deliv("univ", t, P["梁红"]["email"], "c1226")), g


@case(1227, "univ-other-forum-notice", "other",
      "A person-written notice (研究生学术论坛报名) sent to supervisors with the bot in Cc out of habit: dates and "
      "'请于4月30日前' but no meeting -> kind other, no items")
def c1227():
    t = ts("2027-04-14 09:12:44")
    text = """各位导师：

研究院2027年研究生学术论坛定于5月22日（周六）在学术报告厅举行，现开始报名。请有意参加的同学于4月30日前将报名表和摘要发送至研究生办公室邮箱，每个课题组推荐不超过2人作口头报告。

报名表见附件（也可在研究生网下载）。

蔡文静
研究生办公室
"""
    hb = "<br>".join(esc(l) for l in text.split("\n"))
    m = coremail("蔡文静", ["周振华", "宋涛", "何一帆"], [UB], "关于2027年研究生学术论坛报名的通知", t, text, hb,
                 "c1227", cs="UTF-8")
    g = gold("other", "A notice, not minutes: no meeting took place, nobody is assigned; '请…于4月30日前' is a call for "
             "registrations. The bot is in Cc because the sender copies it on everything. kind other, no items, no "
             "follow-up.")
    return finish(m, deliv("univ", t, P["蔡文静"]["email"], "c1227")), g


# ==============================================================================================================
# Cold chain: 冰途冷链物流 (调度中心, 车队, 温控设备部, 客服部)
# ==============================================================================================================
KB = ORGS["cold"]["bot"]


@case(1228, "cold-dispatch-wechat-style-short", "minutes",
      "Alimail (DingTalk mail) from the dispatcher's phone: WeChat-style short lines '1、小龙 明早6点前…', nicknames "
      "(小龙, 老王, 春生, 石磊), 周四前, 月底前, a task with no date; '下次碰头 周五晚8点'")
def c1228():
    t = ts("2025-07-07 21:30:09")
    S = t.date()
    text = """今晚碰头：
1、小龙 明早6点前到鲜丰3号仓装车，冷机提前预冷到-18℃
2、老王 周四前把2台冷机的报修单给严工
3、春生 车检 月底前
4、石磊 排下周夜班
下次碰头 周五晚8点 还是调度室

彭丽
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("彭丽", ["黄小龙", "王大勇", "赵春生", "石磊"], [KB, "严峻"], "今晚碰头", t, text, hb, "c1228")
    g = gold("minutes", "Sent Mon 2025-07-07 21:30. 小龙 = 黄小龙, '明早6点前' -> 2025-07-08 06:00. 老王 = 王大勇, "
             "'周四前' -> 2025-07-10. 春生 = 赵春生, '车检 月底前' -> 2025-07-31. 石磊 '排下周夜班' has no deadline -> "
             "no_due. '-18℃' is a temperature. 下次碰头 周五晚8点 -> 2025-07-11 20:00.",
             [item("黄小龙", "到鲜丰3号仓装车，冷机提前预冷到-18℃", G("2025-07-08", S + dt.timedelta(days=1)), "06:00"),
              item("王大勇", "把2台冷机的报修单给严工", G("2025-07-10", this_or_next(S, THU))),
              item("赵春生", "车检", G("2025-07-31", month_end(S))),
              item("石磊", "排下周夜班", None, flags=["no_due"])],
             fu(G("2025-07-11", this_or_next(S, FRI)), "20:00"))
    return finish(m, deliv("cold", t, P["彭丽"]["email"], "c1228", host="out30-98.freemail.mail.aliyun.com",
                           ip="115.124.30.98")), g


@case(1229, "cold-dingtalk-ai-tingji-mid-autumn", "minutes",
      "钉钉 AI听记 pasted with emoji headings (📝 摘要, 🗣 发言要点 with [hh:mm:ss] lines, ✅ 待办, AI footer), sent "
      "Fri 2026-09-18 before Mid-Autumn (09-25..27, make-up Sun 09-20): 9月20日（周日，调休上班）前, 3个工作日内 "
      "over the make-up Sunday, 节前")
def c1229():
    t = ts("2026-09-18 18:20:36")
    S = t.date()
    text = """彭姐让我把今天保供会的钉钉AI听记发一下：

【钉钉AI听记】中秋国庆保供协调会
时间：2026-09-18 15:00 | 时长 48分钟 | 发言人 5人

📝 摘要
会议围绕中秋、国庆双节冷链保供展开，确认鲜丰超市节前加单约30%，车辆及冷机需提前检修，调度需重新排班。

🗣 发言要点
[00:02:11] 彭丽：今年中秋是25号到27号放假，20号周日要上班。
[00:09:35] 严峻：冷机这块我们组3个工作日内测完。
[00:21:48] 温婷：鲜丰那边我节前再跟他们确认一次量。
[00:33:02] 马建华：排班的事石磊牵头，周日前要出来。

✅ 待办
1. 石磊：9月20日（周日，调休上班）前排出中秋保供排班表
2. 严峻：3个工作日内完成12台冷机预冷测试
3. 温婷：节前与鲜丰超市确认中秋加单量

以上内容由AI生成，请注意甄别
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("石磊", ["马建华", "彭丽", "严峻", "温婷"], [KB], "转发：中秋国庆保供协调会 AI听记", t, text, hb, "c1229")
    g = gold("minutes", "Sent Fri 2026-09-18 18:20. Mid-Autumn 2026: 09-25..09-27 off, Sun 09-20 a make-up working "
             "day. Only ✅ 待办 counts (发言要点 lines repeat the same tasks). 1 石磊 -> 2026-09-20. 2 严峻 '3个工作日内' -> "
             "09-20 (make-up Sunday) = 1, 09-21 = 2, 09-22 = 3 -> 2026-09-22 (a Mon-Fri count gives 09-23). 3 温婷 "
             "'节前' = the last working day before the Mid-Autumn holiday -> Thu 2026-09-24 (ambiguous in principle, "
             "since 国庆 follows, but the task is the 中秋 order).",
             [item("石磊", "排出中秋保供排班表", G("2026-09-20", D(2026, 9, 20))),
              item("严峻", "完成12台冷机预冷测试", G("2026-09-22", add_workdays(S, 3))),
              item("温婷", "与鲜丰超市确认中秋加单量", G("2026-09-24", last_workday_before(D(2026, 9, 25))))])
    return finish(m, deliv("cold", t, P["石磊"]["email"], "c1229", host="out30-97.freemail.mail.aliyun.com",
                           ip="115.124.30.97")), g


@case(1230, "cold-excel-range-tsv-foxmail", "minutes",
      "Foxmail GBK: an Excel range pasted as tab-separated text (线路/车牌/司机/问题/整改措施/完成日期/状态) on the "
      "2026-02-28 make-up Saturday: 2026/3/3, 3/6, 尽快; a 已完成 row; owner is the 司机 column")
def c1230():
    t = ts("2026-02-28 09:20:14")
    S = t.date()
    text = """马总、彭姐：
2月份温控异常整改情况，从表里直接拷的，大家看下。

线路\t车牌\t司机\t问题\t整改措施\t完成日期\t状态
沪苏线\t沪D·7K512\t黄小龙\t后门密封条老化，箱温波动\t更换后门密封条\t2026/3/3\t进行中
杭州线\t浙A·3L098\t赵春生\t温度记录仪掉线\t更换记录仪SIM卡\t2026/2/26\t已完成
宁波线\t浙B·9M661\t赵春生\t冷机除霜异常\t送严工处检修\t3/6\t未开始
全线\t—\t王大勇\t司机温控操作不规范\t组织全员温控操作培训\t尽快\t未开始

王大勇
"""
    hb = "<br>".join(esc(l).replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;") for l in text.split("\n"))
    m = foxmail("王大勇", ["马建华", "彭丽"], [KB, "严峻"], "2月车辆温控异常整改表", t, text, hb, "c1230", cs="GBK")
    g = gold("minutes", "Sent Sat 2026-02-28 09:20 (make-up working day). Tab-separated rows pasted from Excel; the 司机 "
             "column names the owner. Row 1 黄小龙 '2026/3/3' -> 2026-03-03. Row 2 状态 已完成 -> not an item. Row 3 "
             "赵春生 '3/6' -> 2026-03-06 (the task mentions 严工 but the row's owner is the driver). Row 4 王大勇 '尽快' -> "
             "vague_due. Plate numbers and '2月份' are not dates.",
             [item("黄小龙", "更换后门密封条", G("2026-03-03", D(2026, 3, 3))),
              item("赵春生", "冷机除霜异常送严工处检修", G("2026-03-06", D(2026, 3, 6))),
              item("王大勇", "组织全员温控操作培训", None, flags=["vague_due"])])
    return finish(m, deliv("cold", t, P["王大勇"]["email"], "c1230")), g


@case(1231, "cold-emoji-bullets-complaint-review", "minutes",
      "Alimail HTML 复盘纪要 with emoji bullets (📌 🔍 ✅ ⏰ 👉), keycap 1️⃣2️⃣ causes, '已做' section (not items), "
      "owner '我' = sender, sent on the 2025-10-11 make-up Saturday: 下周三下班前, 10月14日（周二）17:00前, "
      "周一上午10点前, 时间另定")
def c1231():
    t = ts("2025-10-11 10:00:52")
    S = t.date()
    text = """各位，周四鲜丰投诉的复盘会纪要👇

📌 事情经过
10月9日早班沪苏线到鲜丰2号店，收货抽检冻品中心温度-12℃（要求≤-15℃），整车拒收。

🔍 原因
1️⃣ 装车前冷机没有提前预冷
2️⃣ 途中开门卸货4次，每次超过5分钟

✅ 已做
· 当天补发一车，客户已签收
· 已对当班司机谈话

⏰ 待办
👉 严工：下周三下班前 出具10月9日当车的温度曲线分析报告
👉 石调度：10月14日（周二）17:00前 调整沪苏线卸货顺序，减少开门次数
👉 我：周一上午10点前 给鲜丰回书面整改说明
👉 王队：组织车队学习预冷操作规范（时间另定）

🙏 辛苦大家
温婷
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("温婷", ["严峻", "石磊", "王大勇"], [KB, "马建华", "彭丽"], "【复盘】10.9 鲜丰投诉（冻品温度超标）", t,
                text, hb, "c1231")
    g = gold("minutes", "Sent Sat 2025-10-11 10:00, a make-up working day (week Mon 10-06..Sun 10-12). 严工 = 严峻, "
             "'下周三下班前' -> 2025-10-15, no time (下班前 gives the date). 石调度 = 石磊, '10月14日（周二）17:00前' -> "
             "2025-10-14 17:00. '我' = the sender 温婷, '周一上午10点前' -> next Monday 2025-10-13 10:00. 王队 = 王大勇, "
             "'时间另定' -> vague_due. ✅ 已做 lines and the incident facts are not items.",
             [item("严峻", "出具10月9日当车的温度曲线分析报告", G("2025-10-15", next_week(S, WED))),
              item("石磊", "调整沪苏线卸货顺序，减少开门次数", G("2025-10-14", D(2025, 10, 14)), "17:00"),
              item("温婷", "给鲜丰回书面整改说明", G("2025-10-13", this_or_next(S, MON)), "10:00"),
              item("王大勇", "组织车队学习预冷操作规范", None, flags=["vague_due"])])
    return finish(m, deliv("cold", t, P["温婷"]["email"], "c1231", host="out30-99.freemail.mail.aliyun.com",
                           ip="115.124.30.99")), g


@case(1232, "cold-manager-one-line-2027", "minutes",
      "One-line minutes from a busy manager's phone (2027): '刚才碰了下，…老彭牵头，严工配合，下个月9号前…' -> one item, "
      "the 配合 person is not an owner")
def c1232():
    t = ts("2027-03-22 19:30:18")
    S = t.date()
    text = "刚才碰了下，冷库扩容老彭牵头，严工配合，下个月9号前给我个方案（含预算）。\n"
    m = alimail("马建华", ["彭丽", "严峻"], [KB], "冷库扩容", t, text, "<div>%s</div>" % esc(text.strip()), "c1232")
    g = gold("minutes", "Sent Mon 2027-03-22 19:30. One sentence of minutes ('刚才碰了下' = we just met). 老彭 = 彭丽 "
             "牵头 -> owner; 严工 配合 is support, not a second item. '下个月9号前' -> 2027-04-09.",
             [item("彭丽", "冷库扩容方案（含预算）", G("2027-04-09", D(2027, 4, 9)))])
    return finish(m, deliv("cold", t, P["马建华"]["email"], "c1232", host="out30-96.freemail.mail.aliyun.com",
                           ip="115.124.30.96")), g


@case(1233, "cold-reply-extend-alimail-quote", "reply",
      "Alimail reply '第2项申请延期至9月28日，…节前到不了货，其余10台已经测完' to the recap of 1229, with Alimail's "
      "'发件人：/发送时间：/主　题：' quote block")
def c1233():
    t = ts("2026-09-21 09:10:40")
    text = """第2项申请延期至9月28日，两台冷机的膨胀阀节前到不了货，其余10台已经测完。

严峻
温控设备部

------------------------------------------------------------------
发件人：待办小助手 <todo@bingtu56.example.cn>
发送时间：2026年9月18日(星期五) 18:23
收件人：石磊 <shilei@bingtu56.example.cn>; 严峻 <yanjun@bingtu56.example.cn>; 温婷 <wenting@bingtu56.example.cn>
抄　送：马建华 <majianhua@bingtu56.example.cn>; 彭丽 <pengli@bingtu56.example.cn>
主　题：[待办确认] 转发：中秋国庆保供协调会 AI听记

1. 排出中秋保供排班表 — 石磊 — 9月20日
2. 完成12台冷机预冷测试 — 严峻 — 9月22日
3. 与鲜丰超市确认中秋加单量 — 温婷 — 9月24日
有异议请今天18:00前回复；完成后回复“已完成”，需要延期回复“延期至X月X日”。
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("严峻", [KB], ["石磊"], "回复：[待办确认] 转发：中秋国庆保供协调会 AI听记", t, text, hb, "c1233",
                irt="<recap-1229@bingtu56.example.cn>", refs=["<recap-1229@bingtu56.example.cn>"])
    g = gold("reply", "Extension request for item 2 of the 1229 recap, sent Mon 2026-09-21. '延期至9月28日' -> "
             "2026-09-28 (a Monday working day). '其余10台已经测完' is context, not a done or progress command. The "
             "Alimail quote block lists all items and the command words.",
             reply=rep("extend", [2], None, G("2026-09-28", D(2026, 9, 28))))
    return finish(m, deliv("cold", t, P["严峻"]["email"], "c1233", host="out30-95.freemail.mail.aliyun.com",
                           ip="115.124.30.95")), g


@case(1234, "cold-auto-dsn-bounce", "auto",
      "Bounce (multipart/report delivery-status, From MAILER-DAEMON, Return-Path <>) for the recap of 1228 sent to a "
      "mistyped driver address; the returned headers carry the recap subject")
def c1234():
    t = ts("2025-07-07 21:33:05")
    dom = ORGS["cold"]["dom"]
    bad = "huangxiaolog@" + dom
    text = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n很抱歉，您的邮件未能投递到以下收件人。\n\n"
            "<%s>: host %s[10.20.3.15] said: 550 5.1.1 <%s>: Recipient\n    address rejected: User unknown in local "
            "recipient table (in reply to RCPT TO\n    command)\n" % (ORGS["cold"]["mx"], bad, ORGS["cold"]["mx"], bad))
    p1 = leaf("text/plain", text, "utf-8", "8bit", ct_quote=False, headers=[("Content-Description", "Notification")])
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4h7K2Q1XcRz9\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; 550 "
          "5.1.1 <%s>: Recipient address rejected: User unknown\n" % (ORGS["cold"]["mx"], rfc_date(t - dt.timedelta(
              seconds=40)), bad, bad, ORGS["cold"]["mx"], bad))
    p2 = Message()
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    blocks_ds = []
    for chunk in ds.strip("\n").split("\n\n"):
        bm = Message()
        for line in chunk.split("\n"):
            k, v = line.split(":", 1)
            bm[k] = v.strip()
        blocks_ds.append(bm)
    p2.set_payload(blocks_ds)
    hdr = ("Return-Path: <>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <recap-1228@%s>\nAuto-Submitted: "
           "auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n" % (
               haddr(*KB), bad, htext("[待办确认] 今晚碰头"), rfc_date(t - dt.timedelta(seconds=45)), dom))
    p3 = leaf("text/rfc822-headers", data=hdr.encode(), cte="7bit", headers=[("Content-Description",
                                                                             "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4h7K2Q1XcRz9.%d/%s" % (int(t.timestamp()), ORGS["cold"]["mx"]),
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    hdrs = [("Date", rfc_date(t)), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % ORGS["cold"]["mx"]),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", KB[1]), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20250707133305.4h7K2Q1XcRz9@%s>" % ORGS["cold"]["mx"])]
    m = envelope(hdrs, body)
    out = Message()
    for k, v in [("Return-Path", "<>"), ("Delivered-To", KB[1])]:
        out[k] = v
    for k, v in m.items():
        out[k] = v
    out._payload, out.preamble, out.epilogue = m._payload, m.preamble, m.epilogue
    g = gold("auto", "Postfix DSN for the 1228 recap: From MAILER-DAEMON, Return-Path <>, multipart/report "
             "delivery-status, Auto-Submitted. The returned headers include the recap subject and the bot's own "
             "address; it is neither a reply nor minutes.")
    return out, g


@case(1235, "cold-other-route-notice", "other",
      "Dispatcher's route-change notice to drivers (Alimail) with the bot in Cc out of habit: '请大家7月18日前熟悉新路线' "
      "but no meeting -> other")
def c1235():
    t = ts("2025-07-14 08:50:03")
    text = """各位师傅：

即日起沪苏线早班改走G15，不再走S26；鲜丰3号仓卸货口改到北门，进仓前在门岗登记车牌。

请大家7月18日前熟悉新路线，有问题找石磊。

调度中心 彭丽
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("彭丽", ["黄小龙", "赵春生", "王大勇"], ["石磊", KB], "线路调整通知", t, text, hb, "c1235")
    g = gold("other", "A notice from dispatch, not meeting minutes: no meeting, no assigned owners; '7月18日前熟悉新路线' "
             "is addressed to all drivers as an instruction. kind other, no items.")
    return finish(m, deliv("cold", t, P["彭丽"]["email"], "c1235", host="out30-94.freemail.mail.aliyun.com",
                           ip="115.124.30.94")), g


@case(1236, "cold-weekly-numbering-continues-new-year", "minutes",
      "Ordinary 运营周会纪要 (Alimail) on 2025-12-31 whose own numbering continues from last week (7., 8. in 上周待办回顾, "
      "9.-12. new): 元旦后第一个工作日 = the 2026-01-04 make-up Sunday, 3个工作日内 over New Year, 1月10日前, 1月份内")
def c1236():
    t = ts("2025-12-31 17:45:21")
    S = t.date()
    text = """运营周会纪要（第52周）
时间：12月31日 14:00　主持：马总　记录：石磊

一、上周待办回顾
7. 鲜丰新仓线路试跑 —— 彭姐，已完成
8. 冷机年检 —— 严工，进行中，预计1月上旬完成

二、本周待办（编号接上周）
9. 各车完成出车前温控自检 —— 王队，元旦后第一个工作日
10. 年度客户投诉统计报马总 —— 温婷，3个工作日内
11. 春节保供运力方案初稿 —— 彭姐，1月10日前
12. 新司机上岗培训 —— 王队，1月份内完成

三、下次周会：1月7日（周三）14:00

石磊
"""
    hb = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
    m = alimail("石磊", ["马建华", "彭丽", "王大勇", "温婷", "严峻"], [KB], "运营周会纪要（第52周）", t, text, hb,
                "c1236")
    g = gold("minutes", "Sent Wed 2025-12-31 17:45. New Year 2026: 01-01..01-03 off, Sun 01-04 a make-up working "
             "day. The minutes number items 9-12 (continuing last week); 7-8 are the review of last week's items "
             "(done / in progress) and are not extracted. 9 王队 = 王大勇, '元旦后第一个工作日' -> Sun 2026-01-04. 10 "
             "温婷 '3个工作日内' -> 01-04 (1), 01-05 (2), 01-06 (3) -> 2026-01-06. 11 彭姐 = 彭丽 -> 2026-01-10. 12 "
             "'1月份内' -> 2026-01-31. 下次周会 1月7日（周三）14:00 -> 2026-01-07 14:00 (next year relative to the send "
             "date).",
             [item("王大勇", "各车完成出车前温控自检", G("2026-01-04", first_workday_after(D(2026, 1, 3)))),
              item("温婷", "年度客户投诉统计报马总", G("2026-01-06", add_workdays(S, 3))),
              item("彭丽", "春节保供运力方案初稿", G("2026-01-10", D(2026, 1, 10))),
              item("王大勇", "新司机上岗培训", G("2026-01-31", month_end(D(2026, 1, 1))))],
             fu(G("2026-01-07", D(2026, 1, 7)), "14:00"))
    return finish(m, deliv("cold", t, P["石磊"]["email"], "c1236", host="out30-93.freemail.mail.aliyun.com",
                           ip="115.124.30.93")), g


@case(1237, "cold-korean-vendor-tantangja-outlook", "minutes",
      "Minutes from a Korean refrigeration-unit vendor (external, Date +0900) in Korean-influenced Chinese: 担当者 / "
      "期限 lines with ①②③, '到11月12日为止', titles after names (严峻 部长, 石磊 先生), '11月第3周中' (vague); the "
      "next meeting's day on one line and its time on the next")
def c1237():
    t = dt.datetime(2025, 11, 6, 16, 2, 30, tzinfo=tz(9))
    S = sh(t).date()
    blocks = B("""冰途冷链 各位担当者您好，

我是韩光热力的朴志勋。今天技术会议的结果共享如下，请确认。

1. 会议概要
 - 日时：2025年11月6日（木）14:00~15:30（北京时间）
 - 参加者：严峻 部长、石磊 先生、朴志勋

2. 协议事项
 - 12台HT-900冷机的除霜程序升级为v2.3（韩光热力负责，费用无偿）。

3. 后续措施（担当者 / 期限）
 ① 升级程序文件和作业指导书提供：朴志勋 / 到11月12日为止
 ② 升级对象车辆的停运计划提交：石磊 先生 / 下周一
 ③ 现场升级作业支援和结果确认：严峻 部长 / 11月第3周中

4. 下次会议
 11月20日（木）
 下午3点（北京时间），线上

谢谢。
朴志勋 드림""")
    m = outlook_desktop(("朴志勋", EXT["朴志勋"]), ["严峻", "石磊"], [KB], "[韩光热力] 11/6 技术会议结果共享", t, blocks,
                        "c1237", cs="utf-8", cte="base64")
    g = gold("minutes", "Sent Thu 2025-11-06 16:02 +0900 = 15:02 Shanghai. Korean-influenced phrasing: 担当者 = owner, "
             "'到…为止' = by. ① 朴志勋 (the sender, external) '到11月12日为止' -> 2025-11-12. ② 石磊 先生 -> 石磊, '下周一' "
             "-> 2025-11-10. ③ 严峻 部长 -> 严峻, '11月第3周中' (mid third week) -> no exact date, vague_due. 协议事项 is "
             "a decision. 下次会议: the day '11月20日（木）' on one line, '下午3点（北京时间）' on the next -> 2025-11-20 "
             "15:00. '드림' is a Korean sign-off.",
             [item("朴志勋", "升级程序文件和作业指导书提供", G("2025-11-12", D(2025, 11, 12))),
              item("石磊", "升级对象车辆的停运计划提交", G("2025-11-10", next_week(S, MON))),
              item("严峻", "现场升级作业支援和结果确认", None, flags=["vague_due"])],
             fu(G("2025-11-20", D(2025, 11, 20)), "15:00"))
    return finish(m, deliv("cold", t, EXT["朴志勋"], "c1237", host="mail.hanbit-thermo.example.co.kr",
                           ip="121.134.52.8")), g


# ==============================================================================================================
# main
# ==============================================================================================================
WD_RE = re.compile(r"(?:(\d{4})[年/])?(\d{1,2})[月/](\d{1,2})日?\s*[（(](?:周|週|星期)([一二三四五六日天])")


def weekday_mentions(num, text, sent):
    """Every 'M月D日（周X）' / 'M/D（周X）' mention in a body must name the right weekday."""
    errs = []
    for m in WD_RE.finditer(text):
        y = int(m.group(1)) if m.group(1) else sent.year
        try:
            d = D(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if not m.group(1) and (sent - d).days > 60:
            d = D(y + 1, d.month, d.day)
        want = "一二三四五六日"[d.weekday()]
        got = m.group(4).replace("天", "日")
        if want != got:
            errs.append("%d: %s is a 周%s, text says 周%s" % (num, d, want, got))
    return errs


def build():
    out = {}
    errs = []
    for num, slug, kind, what, fn in sorted(CASES):
        CUR[0] = num
        msg, g = fn()
        assert g["kind"] == kind, (num, kind)
        data = serialize(msg)
        from email import message_from_bytes, policy
        em = message_from_bytes(data, policy=policy.default)
        sent = sh(em["Date"].datetime).date()
        for part in em.walk():
            if part.get_content_maintype() == "text":
                errs += weekday_mentions(num, part.get_content(), sent)
        for wd, iso in re.findall(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* (\d{4}-\d\d-\d\d)", g["notes"]):
            if WEEKDAY_EN[D.fromisoformat(iso).weekday()] != wd:
                errs.append("%d notes: %s is not a %s" % (num, iso, wd))
        name = "%d-%s" % (num, slug)
        out[name + ".eml"] = data
        out[name + ".json"] = (json.dumps(g, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    rows = [["name", "email", "department", "manager_email", "aliases"]]
    for org, name, local, dep, head, al in ROSTER:
        p = P[name]
        rows.append([name, p["email"], dep, p["manager_email"], al])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out["roster.csv"] = buf.getvalue().encode("utf-8")
    return out, errs


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else Path(__file__).resolve().parent
    out, errs = build()
    for e in errs:
        print("WEEKDAY MISMATCH", e)
    n_items = sum(len(json.loads(v)["items"]) for k, v in out.items() if k.endswith(".json"))
    kinds = {}
    for k, v in out.items():
        if k.endswith(".json"):
            kd = json.loads(v)["kind"]
            kinds[kd] = kinds.get(kd, 0) + 1
    if check:
        bad = 0
        for k, v in sorted(out.items()):
            f = outdir / k
            if not f.exists() or f.read_bytes() != v:
                print("DIFFERS or missing:", k)
                bad += 1
        print("checked %d gold dates against the calendar (all agree), %d files, %d differ; %s; %d items"
              % (len(DATE_CHECKS), len(out), bad, kinds, n_items))
        return 1 if (bad or errs) else 0
    outdir.mkdir(parents=True, exist_ok=True)
    for k, v in out.items():
        (outdir / k).write_bytes(v)
    print("wrote %d files to %s; %s; %d items; %d gold dates checked" % (len(out), outdir, kinds, n_items,
                                                                       len(DATE_CHECKS)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
