#!/usr/bin/env python3
"""Generate the minutebot blind held-out set 'heldout5' (cases 901-): raw .eml + gold .json, roster.csv.

    /work/blind/venv/bin/python make_heldout5.py [OUTDIR]        # write (default: this folder)
    /work/blind/venv/bin/python make_heldout5.py --check [OUTDIR] # rebuild in memory, re-check every gold date
                                                                  # against the calendar, compare bytes, validate

Deterministic: no clock, no randomness. MIME/header helpers adapted from the dev corpus's make_corpus.py.
Working days come from `chinese_calendar` (2025-2026 only; no 2027 case depends on the holiday calendar).
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
import chinese_calendar


def is_workday(d):
    return chinese_calendar.is_workday(d)   # raises for 2027: no 2027 case may count working days


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


def this_week_weekday(sent, wd):
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=wd)


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
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


CHECKS = []


def expect(actual, iso, what):
    """Guard: the hand-written gold date must equal the calendar computation."""
    CHECKS.append((what, str(actual), iso))
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
    return ("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id 4X%s\n\tfor <%s>; %s (%s)"
            % (helo, rdns, frm_ip, DOM, hx(seed, 9).upper(), rcpt, rfc_date(sh(t2)),
               "+08" if DOM.endswith(".sg") else "CST"))


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




# ==============================================================================================================
# Organisations and people
# ==============================================================================================================
ORGS = {
    "weigu": ("weigu-food.example.cn", ("纪要助手", "jiyao@weigu-food.example.cn")),
    "lxwjw": ("lxwjw.example.gov.cn", ("督办助手", "duban@lxwjw.example.gov.cn")),
    "hengyue": ("hengyue-sec.example.com.cn", ("纪要助手", "minutes-bot@hengyue-sec.example.com.cn")),
    "lumen": ("lumenforge.example.sg", ("Action Bot", "actions@lumenforge.example.sg")),
}
DOM, BOT = ORGS["weigu"]


def org(key):
    global DOM, BOT
    DOM, BOT = ORGS[key]


# name, email, department, is_head, aliases.  Some titles (X工, X老师, 阿X ...) are deliberately NOT aliases:
# they must be resolved from the To/Cc display names (see README).
ROSTER = [
    # 味谷餐饮 (restaurant chain)
    ("郑国栋", "zhengguodong@weigu-food.example.cn", "营运部", True, "郑总;Zheng Guodong"),
    ("何晓琳", "hexiaolin@weigu-food.example.cn", "营运部", False, "何店长;Linda He"),
    ("罗静", "luojing@weigu-food.example.cn", "营运部", False, "罗督导;Luo Jing"),
    ("周建平", "zhoujianping@weigu-food.example.cn", "中央厨房", True, "Zhou Jianping"),
    ("邝伟", "kuangwei@weigu-food.example.cn", "中央厨房", False, "Kuang Wei"),
    ("陈美玲", "chenmeiling@weigu-food.example.cn", "加盟发展部", True, "Meiling Chen"),
    ("黎子豪", "lizihao@weigu-food.example.cn", "加盟发展部", False, "子豪;Li Zihao"),
    ("汤敏", "tangmin@weigu-food.example.cn", "食品安全部", True, "汤经理;Tang Min"),
    ("钱宇", "qianyu@weigu-food.example.cn", "采购部", True, "钱经理;Qian Yu"),
    ("孔令杰", "konglingjie@weigu-food.example.cn", "采购部", False, "Kong Lingjie"),
    # 临溪县卫生健康委员会 and hospitals
    ("谢建国", "xiejianguo@lxwjw.example.gov.cn", "委领导", True, "谢主任"),
    ("黄振华", "huangzhenhua@lxwjw.example.gov.cn", "办公室", True, "黄主任"),
    ("吴思雨", "wusiyu@lxwjw.example.gov.cn", "办公室", False, "小吴"),
    ("林国强", "linguoqiang@lxwjw.example.gov.cn", "医政医管股", True, "林股长"),
    ("苏晓燕", "suxiaoyan@lxwjw.example.gov.cn", "医政医管股", False, "晓燕"),
    ("方志远", "fangzhiyuan@lxwjw.example.gov.cn", "疾病预防控制股", True, "方股长"),
    ("叶倩", "yeqian@lxwjw.example.gov.cn", "疾病预防控制股", False, ""),
    ("蒋文斌", "jiangwenbin@lxwjw.example.gov.cn", "规划财务股", True, "蒋股长"),
    ("曾红梅", "zenghongmei@lxwjw.example.gov.cn", "基层卫生股", True, "曾股长"),
    ("潘立新", "panlixin@lxrmyy.example.cn", "县人民医院", True, "潘院长"),
    ("许卫东", "xuweidong@lxrmyy.example.cn", "县人民医院", False, "许科长"),
    ("龚雪", "gongxue@lxzyy.example.cn", "县中医医院", True, "龚院长"),
    ("杜明", "duming@lxzyy.example.cn", "县中医医院", False, ""),
    # 恒岳证券 compliance and IT
    ("邵婉清", "shaowanqing@hengyue-sec.example.com.cn", "合规法务部", True, "邵总;Wanqing Shao"),
    ("蔡博文", "caibowen@hengyue-sec.example.com.cn", "合规法务部", False, "Bowen Cai;Bowen"),
    ("宁佳", "ningjia@hengyue-sec.example.com.cn", "合规法务部", False, "Ning Jia"),
    ("严俊", "yanjun@hengyue-sec.example.com.cn", "信息技术部", True, "严总;Jun Yan"),
    ("周骏", "zhoujun@hengyue-sec.example.com.cn", "信息技术部", False, "zhou.j;Jimmy Zhou;Jimmy"),
    ("谭宇航", "tanyuhang@hengyue-sec.example.com.cn", "信息技术部", False, "Tan Yuhang;yuhang.t"),
    ("卢思敏", "lusimin@hengyue-sec.example.com.cn", "信息技术部", False, "Simin Lu;simin"),
    ("龙飞", "longfei@hengyue-sec.example.com.cn", "风险管理部", True, "龙总;Long Fei"),
    ("贺琪", "heqi@hengyue-sec.example.com.cn", "风险管理部", False, "Kiki He;Kiki"),
    ("温志诚", "wenzhicheng@hengyue-sec.example.com.cn", "经纪业务总部", True, "温总"),
    ("付晓", "fuxiao@hengyue-sec.example.com.cn", "经纪业务总部", False, "Fu Xiao"),
    # Lumen Forge Games (Singapore HQ, Hong Kong office)
    ("Priya Raman", "priya.raman@lumenforge.example.sg", "Production", True, "Priya"),
    ("Daniel Koh", "daniel.koh@lumenforge.example.sg", "Engineering", True, "Dan;Daniel"),
    ("Tan Wei Jie", "weijie.tan@lumenforge.example.sg", "Engineering", False, "Wei Jie;WJ;weijie"),
    ("Aisha Rahman", "aisha.rahman@lumenforge.example.sg", "QA", True, "Aisha"),
    ("Marcus Lim", "marcus.lim@lumenforge.example.sg", "Art", True, "Marcus"),
    ("Chloe Ng", "chloe.ng@lumenforge.example.sg", "Art", False, "Chloe"),
    ("梁家豪", "kaho.leung@lumenforge.example.sg", "Live Ops", True, "Ka Ho Leung;Ka Ho;豪哥"),
    ("陳嘉欣", "kayan.chan@lumenforge.example.sg", "Live Ops", False, "Ka Yan Chan;Ka Yan;嘉欣"),
    ("黃子明", "ming.wong@lumenforge.example.sg", "Marketing", True, "Ming Wong;Ming"),
    ("李詠詩", "wingsze.lee@lumenforge.example.sg", "Marketing", False, "Wing Sze Lee;Wing Sze;詠詩"),
]
P = {}
_heads = {dep: em for name, em, dep, head, _ in ROSTER if head}
_top = {"lxwjw.example.gov.cn": "xiejianguo@lxwjw.example.gov.cn"}
for name, em, dep, head, aliases in ROSTER:
    mgr = "" if head else _heads[dep]
    if head and dep in ("办公室", "医政医管股", "疾病预防控制股", "规划财务股", "基层卫生股"):
        mgr = "xiejianguo@lxwjw.example.gov.cn"
    P[name] = {"name": name, "email": em, "department": dep, "manager_email": mgr, "aliases": aliases}

EXT = {
    "吴海涛": "wuhaitao88@163.example.com",          # franchisee (加盟商), personal mailbox
    "任秀兰": "renxiulan@qq.example.com",            # franchisee store manager
    "冯振宇": "fengzy@xiantian-veg.example.cn",      # vegetable supplier
    "Kenji Sato": "kenji.sato@hoshimi-pub.example.jp",  # publisher producer (Tokyo)
    "Rachel Owens": "rachel.owens@brightside-qa.example.com",  # outsourced QA vendor
    "孟凡": "mengfan@xunce-tech.example.cn",          # vendor engineer (securities IT)
}


def who(name):
    if isinstance(name, tuple):
        return name
    if name in P:
        return (name, P[name]["email"])
    if name == "BOT":
        return BOT
    return (name, EXT[name])


def _pair(p):
    return who(p)


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


def chk(actual, iso, what):
    expect(actual, iso, what)
    return iso


def text_html(lines):
    """Plain text lines -> (text, generic webmail html)."""
    return render_text(plain_blocks(lines)), render_divs(lines)


def thunderbird(frm, to, cc, subject, t, text, seed, irt=None, refs=None, cte="8bit", flowed=True,
                ua="Mozilla Thunderbird"):
    params = [("format", "flowed")] if flowed else []
    body = leaf("text/plain", text, "UTF-8", cte, params=params, ct_quote=False)
    fn, fe = who(frm)
    hdrs = [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12), fe.split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"), ("User-Agent", ua), ("Content-Language", "zh-CN")]
    hdrs += _threading(irt, refs)
    hdrs += [("To", haddrs(to))] + ([("Cc", haddrs(cc))] if cc else []) + [("From", haddr(fn, fe)),
                                                                           ("Subject", htext(subject))]
    return envelope(hdrs, body, mime_version=False), []


def apple_mail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None, iphone=False):
    b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "a", 4).upper(),
                                        hx(seed + "b", 4).upper(), hx(seed + "c", 12).upper())
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", '<html><head><meta http-equiv="content-type" content="text/html; '
                                      'charset=utf-8"></head><body dir="auto">%s</body></html>' % html_body,
                                      "utf-8", "quoted-printable", ct_quote=False)], b)
    fn, fe = who(frm)
    hdrs = [("From", haddr(fn, fe)), ("Mime-Version", "1.0 (%s)" % ("1.0" if iphone else "Mac OS X Mail 16.0 \\(3826.400.131.1.6\\)")),
            ("Subject", htext(subject)), ("Date", rfc_date(t))]
    hdrs += _threading(irt, refs)
    hdrs += [("Cc", haddrs(cc))] if cc else []
    hdrs += [("To", haddrs(to)), ("Message-Id", "<%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "m", 16).upper(),
                                                                 fe.split("@")[1]))]
    if iphone:
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    else:
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    return envelope(hdrs, body, mime_version=False), []


def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}


def fu(date, time=None):
    return {"date": date, "time": time}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


CODEC["big5"] = "big5"
CASES = []
VIEWS = {}


def case(slug, readme):
    def deco(fn):
        CASES.append((slug, readme, fn))
        return fn
    return deco


def bot_reply_to(seed):
    return (BOT[0], "%s+r%s@%s" % (BOT[1].split("@")[0], hx("token" + seed, 16), BOT[1].split("@")[1]))


def outlook_head(cs, tw=False):
    h = OUTLOOK_HEAD % {"cs": cs}
    if tw:
        h = (h.replace("等线", "新細明體").replace("宋体", "新細明體").replace('lang="ZH-CN"', 'lang="ZH-HK"')
             .replace("panose-1:2 1 6 0 3 1 1 1 1 1;", "panose-1:2 2 5 0 0 0 0 0 0 0;"))
    return h


def mk(slug, client, frm, to, cc, subject, t, lines, g, cs=None, cte=None, irt=None, refs=None, text=None,
       html=None, attachments=(), host=None, ip=None, extra=(), thread_parent=None, tw=False):
    """Build one message with the given client's shape; lines: blocks (str, BR, Tbl, ('li', n, text))."""
    if text is None:
        text = render_text(plain_blocks(lines))
    if client == "outlook":
        html_inner = html if html is not None else render_outlook_inner(lines)
        msg = outlook_desktop(frm, to, cc, subject, t, lines, slug, cs=cs or "gb2312", cte=cte or "base64",
                              attachments=attachments, irt=irt, refs=refs, text=text,
                              html_doc=outlook_head(cs or "gb2312", tw) + html_inner + OUTLOOK_TAIL,
                              extra=extra, thread_parent=thread_parent)
        if tw:
            msg = (msg[0], [(k, "zh-hk" if k == "Content-Language" else v) for k, v in msg[1]])
    elif client == "exchange":
        html_inner = html if html is not None else render_outlook_inner(lines)
        msg = exchange_online(frm, to, cc, subject, t, lines, slug, cs=cs or "utf-8", irt=irt, refs=refs, text=text,
                              html_doc=OUTLOOK_HEAD % {"cs": cs or "utf-8"} + html_inner + OUTLOOK_TAIL,
                              attachments=attachments)
        host = host or "SEZPR06MB%s.apcprd06.prod.outlook.com" % hx(slug, 4).upper()
        ip = ip or "40.107.255.%d" % (int(hx(slug, 2), 16) % 200 + 20)
    else:
        html_inner = html if html is not None else render_divs(lines)
        if client == "foxmail":
            msg = foxmail(frm, to, cc, subject, t, text, html_inner, slug, cs=cs or "GBK", irt=irt, refs=refs,
                          attachments=attachments)
        elif client == "qq":
            msg = qq_exmail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, cs=cs or "gb18030")
            host, ip = host or "smtpbgsg2.qq.com", ip or "54.254.200.92"
        elif client == "coremail":
            msg = coremail(frm, to, cc, subject, t, text, html_inner, slug, cs=cs or "UTF-8", irt=irt, refs=refs,
                           cte=cte or "base64")
        elif client == "gmail":
            msg = gmail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, attachments=attachments)
            host, ip = host or "mail-pj1-f54.google.com", ip or "209.85.216.54"
        elif client == "apple":
            msg = apple_mail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs)
        elif client == "iphone":
            msg = apple_mail(frm, to, cc, subject, t, text, html_inner, slug, irt=irt, refs=refs, iphone=True)
        elif client == "thunderbird":
            msg = thunderbird(frm, to, cc, subject, t, text, slug, irt=irt, refs=refs, cte=cte or "8bit")
        else:
            raise ValueError(client)
    msg = finish(msg, deliv(t, who(frm)[1], slug, host, ip))
    VIEWS[slug] = dict(parent=Parent(frm, to, cc, subject, t, text, html_inner, msg["Message-ID"]), gold=g,
                       t=t, subject=subject, to=to, cc=cc, msgid=msg["Message-ID"], frm=frm)
    return msg


def recap_of(slug, minutes_later=3, cutoff=None, lang="zh"):
    v = VIEWS[slug]
    t = v["t"] + dt.timedelta(minutes=minutes_later, seconds=17)
    to = [v["frm"]] + [x for x in v["to"] if x != "BOT"]
    cc = [x for x in v["cc"] if x != "BOT"]
    rows = []
    for n, it in enumerate(v["gold"]["items"], 1):
        owner = it["owner_name"] or ("(no owner)" if lang == "en" else "（未指定）")
        due = (it["due_date"] + (" " + it["due_time"] if it["due_time"] else "")) if it["due_date"] else (
            "not set" if lang == "en" else "未明确")
        rows.append((n, it["task"], owner, due))
    blocks = [x.replace("纪要助手", BOT[0]).replace("Minutes Assistant", BOT[0]) if isinstance(x, str) else x
              for x in recap(rows, cutoff, (), lang)]
    msgid = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx(slug, 10), DOM)
    return Parent(BOT, to, cc, "Re: " + v["subject"], t, render_text(blocks), render_divs(blocks), msgid)


W = "weekday"


# ==============================================================================================================
# 味谷餐饮 (restaurant chain)
# ==============================================================================================================
@case("901-wg-ops-weekly-national-day-foxmail",
      "Foxmail GBK ordinary 门店营运周会 with numbered 待办 before National Day 2025: 调休 Sunday in 3个工作日内, 国庆前, 节后第一个工作日, '全体店长' no_owner")
def c901():
    org("weigu")
    slug = "901-wg-ops-weekly-national-day-foxmail"
    t = ts("2025-09-26 16:41:08")
    sd = t.date()
    subject = "9月26日门店营运周会纪要"
    frm, to, cc = "罗静", ["郑国栋", "何晓琳", "周建平", "孔令杰"], ["BOT"]
    lines = ["各位好，", BR, "今天营运周会的纪要整理如下，请各位查收。", BR,
             "一、会议时间：2025年9月26日（周五）14:00-15:30，总部3楼会议室",
             "二、参会人员：郑总、何店长、周建平、孔令杰、罗静", BR,
             "三、会议内容",
             "1. 国庆黄金周预计客流比平日高40%左右，各店排班按高峰期标准执行，不再单独审批加班。",
             "2. 中央厨房国庆期间正常配送，10月1日至8日每天两趟（早6点、下午2点）。",
             "3. 上周万象城店出餐超时问题已处理，后厨加了一个打荷岗。", BR,
             "四、待办事项",
             "1. 何晓琳：完成万象城店国庆排班表并报营运部，9月28日（周日，调休上班）前",
             "2. 周建平：测算国庆期间半成品备货量，3个工作日内发罗静",
             "3. 孔令杰：与鲜田蔬菜确认节日期间加价方案，国庆前给结果",
             "4. 罗静：节后第一个工作日组织各店做库存盘点复盘",
             "5. 全体店长：10月8日前提交节日期间客诉记录", BR,
             "五、下次周会：10月10日（周五）14:00，地点不变", BR,
             "罗静", "味谷餐饮 营运部 区域督导", "手机：138 2651 0476"]
    g = gold("minutes", items=[
        item("何晓琳", "完成万象城店国庆排班表并报营运部", chk(D(2025, 9, 28), "2025-09-28", "901-1")),
        item("周建平", "测算国庆期间半成品备货量", chk(add_workdays(sd, 3), "2025-09-30", "901-2")),
        item("孔令杰", "与鲜田蔬菜确认节日期间加价方案", chk(last_workday_before(D(2025, 10, 1)), "2025-09-30", "901-3")),
        item("罗静", "组织各店做库存盘点复盘", chk(first_workday_after(D(2025, 10, 8)), "2025-10-09", "901-4")),
        item(None, "提交节日期间客诉记录", chk(D(2025, 10, 8), "2025-10-08", "901-5"))],
        followup=fu(chk(D(2025, 10, 10), "2025-10-10", "901-next"), "14:00"),
        notes="Sent Fri 2025-09-26 16:41 +0800. National Day 2025 is 10-01..10-08 with make-up days Sun 09-28 and "
              "Sat 10-11. (1) '9月28日（周日，调休上班）前' -> 2025-09-28. (2) '3个工作日内' counts from the day after "
              "sending: 09-28 (make-up Sunday), 09-29, 09-30 -> 2025-09-30. (3) '国庆前' = last working day before the "
              "holiday = 2025-09-30. (4) '节后第一个工作日' = 2025-10-09. (5) '全体店长' is a group, not a person -> "
              "owner null, no_owner, department null (门店 is not a roster department); '10月8日前' kept although it "
              "is a holiday. 会议内容 lines 1-3 are arrangements and a report of work done, not items. 何店长 is a roster "
              "alias of 何晓琳.")
    msg = mk(slug, "foxmail", frm, to, cc, subject, t, lines, g)
    return msg, g, True


@case("902-wg-kitchen-tasting-titles-qq",
      "Exmail gb18030 试菜会 notes: owners only as 周师傅/邝工/汤经理/钱经理/陈总 (周师傅, 邝工, 陈总 resolvable only through To/Cc); 下周三前, 本月底, 待定")
def c902():
    org("weigu")
    slug = "902-wg-kitchen-tasting-titles-qq"
    t = ts("2025-11-17 12:07:44")
    sd = t.date()
    subject = "冬季新品试菜会 跟进事项"
    frm, to, cc = "何晓琳", ["周建平", "邝伟", "汤敏", "钱宇"], ["陈美玲", "BOT"]
    lines = ["各位老师：", BR, "上午在中央厨房二楼试了三款冬季新品，大家的意见我汇总了一下。", BR,
             "结论：酸菜鱼锅、胡椒猪肚鸡进门店试卖；花胶鸡成本太高，暂缓。", BR,
             "需要跟进的：",
             "- 周师傅：下周三前定稿酸菜鱼锅标准配方（克重要精确到个位，门店照着做）",
             "- 邝工：猪肚鸡汤底冷链保质期验证，本月底出结果",
             "- 汤经理：两款新品的过敏原标识，周五前发我",
             "- 钱经理：猪肚供应商比价，至少三家，11月25日前",
             "- 试卖门店名单陈总定，时间待定", BR,
             "试卖期暂定两周，试卖数据我这边每天晚上汇总。", BR,
             "晓琳"]
    g = gold("minutes", items=[
        item("周建平", "定稿酸菜鱼锅标准配方", chk(next_week_weekday(sd, 2), "2025-11-26", "902-1")),
        item("邝伟", "猪肚鸡汤底冷链保质期验证", chk(month_end(sd), "2025-11-30", "902-2")),
        item("汤敏", "两款新品的过敏原标识", chk(this_or_next_weekday(sd, 4), "2025-11-21", "902-3")),
        item("钱宇", "猪肚供应商比价", chk(D(2025, 11, 25), "2025-11-25", "902-4")),
        item("陈美玲", "试卖门店名单", None, flags=["vague_due"])],
        notes="Sent Mon 2025-11-17 12:07. Owners are written only as titles: 周师傅 (chef) = 周建平 and 邝工 = 邝伟 "
              "are NOT roster aliases and resolve only through the To display names (same surname, one candidate "
              "each); 汤经理/钱经理 are roster aliases; 陈总 = 陈美玲 through Cc (not a roster alias). 下周三前 -> "
              "2025-11-26; 本月底 -> 2025-11-30; 周五前 -> 2025-11-21; 11月25日前. '试卖门店名单陈总定，时间待定' -> "
              "owner 陈美玲, no date, vague_due. '结论' is a decision; '我这边每天晚上汇总' is a standing routine "
              "without a deliverable or date and is not recorded.")
    msg = mk(slug, "qq", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("903-wg-franchise-lead-assist-outlook",
      "Outlook gb2312 加盟二店筹备会: table cells '主责：X；配合：Y', one cell with ①② sub-tasks and ①② dates; then a '吴老板那边' person heading (external franchisee via To)")
def c903():
    org("weigu")
    slug = "903-wg-franchise-lead-assist-outlook"
    t = ts("2025-12-02 18:25:31")
    sd = t.date()
    subject = "【纪要】龙岗加盟二店开业筹备会 12.2"
    frm, to, cc = "黎子豪", ["吴海涛", "汤敏", "孔令杰", "周建平"], ["陈美玲", "BOT"]
    tbl = Tbl([["序号", "事项", "责任人", "完成时间"],
               ["1", "开业前员工食品安全培训及考核", "主责：汤敏；配合：加盟店店长", "12月10日前"],
               ["2", "①门头效果图确认 ②装修队进场", "黎子豪", "①12月5日 ②12月15日前"],
               ["3", "首批原料及半成品订货清单", "孔令杰（主）/周建平（配合）", "下周五"]])
    lines = ["吴老板、各位：", BR, "今天龙岗二店筹备会的纪要如下。", BR, tbl, BR,
             "吴老板那边：",
             "· 营业执照副本、食品经营许可证扫描件，周四前发子豪",
             "· 确认开业日期（初定12月28日），下周一前回复陈总", BR,
             "备注：开业活动方案由总部统一出，加盟店不用单独做。", BR,
             "黎子豪", "加盟发展部"]
    g = gold("minutes", items=[
        item("汤敏", "开业前员工食品安全培训及考核", chk(D(2025, 12, 10), "2025-12-10", "903-1")),
        item("黎子豪", "门头效果图确认", chk(D(2025, 12, 5), "2025-12-05", "903-2a")),
        item("黎子豪", "装修队进场", chk(D(2025, 12, 15), "2025-12-15", "903-2b")),
        item("孔令杰", "首批原料及半成品订货清单", chk(next_week_weekday(sd, 4), "2025-12-12", "903-3")),
        item("吴海涛", "营业执照副本、食品经营许可证扫描件", chk(this_or_next_weekday(sd, 3), "2025-12-04", "903-4")),
        item("吴海涛", "确认开业日期", chk(next_week_weekday(sd, 0), "2025-12-08", "903-5"))],
        notes="Sent Tue 2025-12-02. Row 1: '主责：汤敏；配合：加盟店店长' -> owner is the 主责 汤敏. Row 2 splits into two "
              "items by ①② with the matching ①② dates (12-05 and 12-15). Row 3: '孔令杰（主）/周建平（配合）' -> 孔令杰; "
              "下周五 -> 2025-12-12. '吴老板那边' heads the franchisee's items: 吴老板 = 吴海涛 (To display name, "
              "external, department null); 周四前 -> 2025-12-04; 下周一前 -> 2025-12-08 ('回复陈总' names the recipient, "
              "not the owner; '初定12月28日' is the tentative opening date, not a deadline). The 备注 is a decision.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="gb2312")
    return msg, g, True


@case("904-wg-feishu-ai-minutes-makeup-sunday",
      "Exmail: 飞书智能纪要 pasted on the 2026-01-04 make-up Sunday; AI summary/chapters with time stamps and reports of work done; only the 待办 checklist counts; 春节前 = 02-14 make-up Saturday; AI footer")
def c904():
    org("weigu")
    slug = "904-wg-feishu-ai-minutes-makeup-sunday"
    t = ts("2026-01-04 17:52:10")
    sd = t.date()
    subject = "转：1月食品安全例会 智能纪要"
    frm, to, cc = "汤敏", ["邝伟", "罗静", "何晓琳"], ["郑国栋", "BOT"]
    lines = ["各位，飞书生成的纪要贴在下面，待办我核对过了，按这个执行。", BR,
             "1月食品安全例会 智能纪要", "2026年1月4日 14:02 | 时长 48分钟 | 参会人：汤敏、邝伟、罗静、何晓琳", BR,
             "总结",
             "会议通报了12月门店食安巡检结果，讨论了中央厨房冷链温控改造进展和春节前门店安全检查安排。会议确定春节期间"
             "门店营业时间统一调整为10:00-21:00。", BR,
             "章节",
             "00:00:15 12月巡检情况通报",
             "汤敏通报12月巡检共发现问题37项，已整改31项，剩余6项集中在两家老店的排水和防鼠设施。",
             "00:14:40 冷链温控改造",
             "邝伟表示冷库温度探头已全部更换完毕，12月30日完成了验收，温控报警已经接到值班手机。",
             "00:31:05 春节前安全检查",
             "罗静提出春节客流大、燃气用量高，建议节前对各店燃气和消防做一次全面检查，大家同意。", BR,
             "待办",
             "☐ 汤敏：整理6项未整改问题清单并逐店约谈店长（1月9日前）",
             "☐ 邝伟：冷库温度记录仪数据接入巡检系统 —— 下周三",
             "☐ 罗静：春节前完成各店消防和燃气检查",
             "☐ 何晓琳：明天上午提交万象城店1月排班及健康证到期名单", BR,
             "智能纪要由AI生成，可能不准确，请谨慎甄别后使用", BR,
             "汤敏 | 食品安全部"]
    g = gold("minutes", items=[
        item("汤敏", "整理6项未整改问题清单并逐店约谈店长", chk(D(2026, 1, 9), "2026-01-09", "904-1")),
        item("邝伟", "冷库温度记录仪数据接入巡检系统", chk(next_week_weekday(sd, 2), "2026-01-07", "904-2")),
        item("罗静", "完成各店消防和燃气检查", chk(last_workday_before(D(2026, 2, 15)), "2026-02-14", "904-3")),
        item("何晓琳", "提交万象城店1月排班及健康证到期名单", chk(sd + dt.timedelta(days=1), "2026-01-05", "904-4"),
             "12:00")],
        notes="Sent Sun 2026-01-04 17:52, a make-up working day (New Year 2026: 01-01..01-03 off, 01-04 worked). "
              "Only the 待办 checklist holds items: the 总结 contains a decision (营业时间 10:00-21:00) and the "
              "time-stamped chapters report work already done ('已全部更换完毕', '12月30日完成了验收') or a proposal "
              "agreed in discussion that reappears as 待办 3. (2) 下周三: weeks start Monday and a Sunday belongs to the "
              "week Mon 12-29..Sun 01-04, so 下周三 = 2026-01-07 (a reader who counts the Sunday as the start of a new "
              "week would say 01-14: ambiguous, the README rule is applied). (3) '春节前' = the last working day "
              "before the Spring Festival holiday (02-15..02-23) = Sat 2026-02-14, a make-up working day. (4) "
              "'明天上午' -> 2026-01-05 with due_time 12:00 (上午 = by noon, dates-eval policy). The AI disclaimer "
              "line is a footer.")
    msg = mk(slug, "qq", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("905-wg-new-minutes-in-old-thread-outlook",
      "Outlook 'RE:' in last week's thread carrying THIS week's minutes above an Outlook 发件人/发送时间 quote of last week's minutes (quoted items are not items); 月底前, 下周二前")
def c905():
    org("weigu")
    slug = "905-wg-new-minutes-in-old-thread-outlook"
    t_old = ts("2026-03-06 17:48:00")
    t = ts("2026-03-13 18:02:39")
    sd = t.date()
    frm, to, cc = "何晓琳", ["罗静", "孔令杰", "邝伟"], ["郑国栋", "BOT"]
    old_subject = "万象城店周例会纪要（3月6日）"
    old_lines = ["各位：", "本周例会待办：",
                 "1. 罗静：3月10日前确认春季新菜单上墙物料尺寸",
                 "2. 孔令杰：下周三前补齐干货仓缺货（香菇、木耳）",
                 "3. 邝伟：调整万象城店半成品配送时间到早上7点前", BR, "晓琳"]
    old = Parent(frm, to, cc, old_subject, t_old, render_text(plain_blocks(old_lines)),
                 render_outlook_inner(old_lines), "<000001dcadaf$1b2c3d40$5e6f7081$@weigu-food.example.cn>")
    qt, qh = quote_outlook_zh(old)
    lines = ["各位，本周（3月13日）例会的纪要直接回在这个邮件里了，方便对照上周的。", BR,
             "上周事项：1、2项已完成；第3项配送时间已调到6:40，也完成了。", BR,
             "本周待办：",
             "1. 罗静：3月20日前完成春季菜单上墙物料更换",
             "2. 何晓琳：下周二前提交3月第二周外卖差评分析",
             "3. 孔令杰：月底前完成鸡蛋供应商年度合同续签", BR,
             "下次例会：3月20日 下午3点", BR, "晓琳"]
    text = render_text(plain_blocks(lines)) + qt
    html_inner = render_outlook_inner(lines) + qh
    g = gold("minutes", items=[
        item("罗静", "完成春季菜单上墙物料更换", chk(D(2026, 3, 20), "2026-03-20", "905-1")),
        item("何晓琳", "提交3月第二周外卖差评分析", chk(next_week_weekday(sd, 1), "2026-03-17", "905-2")),
        item("孔令杰", "完成鸡蛋供应商年度合同续签", chk(month_end(sd), "2026-03-31", "905-3"))],
        followup=fu("2026-03-20", "15:00"),
        notes="Sent Fri 2026-03-13 18:02 as 'RE:' in the thread of last week's minutes (In-Reply-To/References to the "
              "old message). The new minutes are above the Outlook quote block; the three quoted items of 03-06 and "
              "the status line '上周事项：1、2项已完成…' are not items. 下周二前 -> 2026-03-17; 月底前 -> 2026-03-31; "
              "next meeting '3月20日 下午3点' -> 2026-03-20 15:00. The subject is the old one (a date of 03-06).")
    msg = mk(slug, "outlook", frm, to, cc, "RE: " + old_subject, t, lines, g, cs="gb2312", text=text, html=html_inner,
             irt=old.msgid, refs=[old.msgid], thread_parent="old-905")
    return msg, g, True


@case("906-wg-wrapped-lines-mayday-thunderbird",
      "Thunderbird plain text hard-wrapped by hand: owner, task and deadline split over continuation lines; 5个工作日内 across May Day 2026; franchise store manager owner via Cc")
def c906():
    org("weigu")
    slug = "906-wg-wrapped-lines-mayday-thunderbird"
    t = ts("2026-04-24 21:16:03")
    sd = t.date()
    frm, to, cc = "黎子豪", ["任秀兰", "邝伟", "汤敏"], ["陈美玲", "BOT"]
    subject = "龙岗二店五一准备会纪要"
    text = """任店长、邝工、汤经理：

今天下午在龙岗二店开的五一准备会，纪要如下（临时记的，格式
凑合看）：

1. 黎子豪：督促龙岗二店完成五一促销物料摆放，并拍照回传
   加盟部群，4月29日（周三）前
2. 任秀兰：门店收银系统切换到总部会员体系，需先和信息部确认
   接口字段，完成时间：
   4月30日前
3. 邝伟：五一期间加盟店配送频次调整方案（含加急单处理流程），
   5个工作日内
4. 汤敏：加盟店食安自查表模板更新，节后第一个
   工作日下发

另外五一期间二店营业到23:00，已经和物业确认过了。

子豪
"""
    lines = text.rstrip("\n").split("\n")
    g = gold("minutes", items=[
        item("黎子豪", "督促龙岗二店完成五一促销物料摆放", chk(D(2026, 4, 29), "2026-04-29", "906-1")),
        item("任秀兰", "门店收银系统切换到总部会员体系", chk(D(2026, 4, 30), "2026-04-30", "906-2")),
        item("邝伟", "五一期间加盟店配送频次调整方案", chk(add_workdays(sd, 5), "2026-05-06", "906-3")),
        item("汤敏", "加盟店食安自查表模板更新", chk(first_workday_after(D(2026, 5, 5)), "2026-05-06", "906-4"))],
        notes="Sent Fri 2026-04-24 21:16, plain text wrapped by hand at ~32 characters. Deadlines sit on continuation "
              "lines ('完成时间：' then '4月30日前' on its own line; '5个工作日内' alone; '节后第一个' / '工作日下发' split "
              "in the middle of the phrase). (3) 5个工作日内 from 04-24: 04-27, 04-28, 04-29, 04-30, then May Day "
              "05-01..05-05 is off -> 05-06. (4) 节后第一个工作日 after May Day 2026 = 05-06 (the 05-09 make-up Saturday "
              "comes later). 任秀兰 is the franchise store manager (任店长), not in the roster: owner_email from Cc, "
              "department null. 邝工 = 邝伟 via To. The last paragraph is a fact, not an item.")
    msg = mk(slug, "thunderbird", frm, to, cc, subject, t, lines, g, text=text)
    return msg, g, False


@case("907-wg-reply-extend-iphone",
      "iPhone reply to the recap of 901 on a rest Saturday: '第3项申请延期至10月10日' with a reason mentioning 国庆/节后; iOS '在…写道：' quote")
def c907():
    org("weigu")
    slug = "907-wg-reply-extend-iphone"
    ms = "901-wg-ops-weekly-national-day-foxmail"
    parent = recap_of(ms, 4, "2025-09-26 18:00")
    t = ts("2025-09-27 09:12:40")
    frm, to, cc = "孔令杰", [bot_reply_to(ms)], ["罗静"]
    body = "第3项申请延期至10月10日。鲜田那边冯总国庆出差，节后才能坐下来谈加价，国庆前只能先按原价供货。\n\n发自我的iPhone\n"
    qt, qh = quote_ios_zh(parent)
    text = body + qt
    html_inner = "<div dir=\"ltr\">%s</div>" % "<br>".join(esc(l) for l in body.rstrip("\n").split("\n")) + qh
    g = gold("reply", reply=rep("extend", [3], None, chk(D(2025, 10, 10), "2025-10-10", "907-new")),
             notes="Reply Sat 2025-09-27 (a rest day) from the owner of item 3 of 901. '申请延期至10月10日' -> extend, "
                   "new date 2025-10-10. The reason mentions 国庆/节后/国庆前, which are not new dates. '发自我的iPhone' "
                   "is a signature; everything under the '在…写道：' line is the quoted recap.")
    msg = mk(slug, "iphone", frm, to, cc, "Re: " + parent.subject, t, [], g, text=text, html=html_inner,
             irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid], host="[x]", ip="10.8.3.77")
    return msg, g, False


@case("908-wg-auto-ooo-exmail",
      "Tencent Exmail auto-reply '自动回复:' to a recap, with Auto-Submitted and a body full of dates and a delegate -> kind auto")
def c908():
    org("weigu")
    slug = "908-wg-auto-ooo-exmail"
    ms = "902-wg-kitchen-tasting-titles-qq"
    parent = recap_of(ms, 2, "2025-11-17 18:00")
    t = ts("2025-11-17 12:10:02")
    frm = "钱宇"
    text = ("您好，我于11月17日至11月21日在云南产地考察，期间回复可能不及时。采购紧急事项请联系孔令杰"
            "（konglingjie@weigu-food.example.cn，分机 8106），11月24日返回后第一时间处理。\n")
    msg, tail = qq_exmail(frm, [bot_reply_to(ms)], [], "自动回复: " + parent.subject, t, text,
                          "<div>%s</div>" % esc(text.strip()), slug, irt=parent.msgid)
    msg["Auto-Submitted"] = "auto-replied"
    g = gold("auto", notes="Out-of-office auto-reply (Exmail) to the recap of 902: Auto-Submitted: auto-replied and "
                           "the '自动回复:' subject prefix. The body has dates (11月17日至11月21日, 11月24日) and a "
                           "delegate; nothing is a command or an item and the bot must not answer.")
    msg = finish((msg, tail), deliv(t, who(frm)[1], slug, "smtpbgsg2.qq.com", "54.254.200.92"))
    return msg, g, False


# ==============================================================================================================
# 临溪县卫生健康委员会 (county health commission) and its hospitals
# ==============================================================================================================
@case("910-wj-gov-minutes-duty-units-coremail",
      "Coremail 专题会议纪要 in government style: 一、二、三 sections, （一）（二） 议定事项 with '责任单位：… 完成时限：…' lines; unit-only owner; 5个工作日内; 工作要求 section is rules")
def c910():
    org("lxwjw")
    slug = "910-wj-gov-minutes-duty-units-coremail"
    t = ts("2025-11-20 10:36:52")
    sd = t.date()
    subject = "临溪县卫生健康委员会专题会议纪要〔2025〕12号（冬春季呼吸道传染病防控）"
    frm, to, cc = "吴思雨", ["林国强", "方志远", "叶倩", "蒋文斌", "潘立新", "许卫东", "龚雪"], ["谢建国", "黄振华", "BOT"]
    lines = ["临溪县卫生健康委员会", "专题会议纪要", "〔2025〕12号", BR,
             "关于冬春季呼吸道传染病防控工作的专题会议纪要", BR,
             "2025年11月19日上午，委党组成员、副主任谢建国在委三楼会议室主持召开冬春季呼吸道传染病防控工作专题会议，"
             "医政医管股、疾病预防控制股、规划财务股及县人民医院、县中医医院负责同志参加会议。现将会议议定事项纪要如下：", BR,
             "一、会议听取了疾病预防控制股关于近期全县流感样病例监测情况的汇报。会议认为，当前我县呼吸道传染病疫情总体"
             "平稳，但进入冬春季后流感、支原体肺炎等叠加流行风险上升，防控形势不容乐观。", BR,
             "二、会议议定事项",
             "（一）加强发热门诊建设。县人民医院要完成发热门诊诊室改造和验收，确保高峰期日接诊能力达到300人次以上。",
             "责任单位：县人民医院（许卫东）　完成时限：2025年12月15日前",
             "（二）开展重点人群疫苗接种。组织60岁以上老年人和慢性病患者流感疫苗集中接种。",
             "责任单位：疾病预防控制股（叶倩）　完成时限：12月31日前",
             "（三）制定中医药预防方案。县中医医院制定冬春季中医药预防方案，报委医政医管股备案。",
             "责任单位：县中医医院　完成时限：11月28日前",
             "（四）落实经费保障。规划财务股测算发热门诊改造和疫苗接种所需经费，提出资金安排意见报委领导审定。",
             "责任单位：规划财务股（蒋文斌）　完成时限：5个工作日内", BR,
             "三、有关工作要求",
             "各单位要高度重视，主要负责同志亲自抓，严格落实疫情信息日报告制度，每日16:00前报送监测数据；"
             "对工作推进不力的，委里将予以通报。", BR,
             "出席：谢建国", "列席：林国强　方志远　叶倩　蒋文斌　潘立新　许卫东　龚雪", BR,
             "临溪县卫生健康委员会办公室　　　2025年11月20日印发", BR,
             "吴思雨", "临溪县卫生健康委员会办公室", "电话：0596-7281234"]
    g = gold("minutes", items=[
        item("许卫东", "完成发热门诊诊室改造和验收", chk(D(2025, 12, 15), "2025-12-15", "910-1")),
        item("叶倩", "组织60岁以上老年人和慢性病患者流感疫苗集中接种", chk(D(2025, 12, 31), "2025-12-31", "910-2")),
        item(None, "制定冬春季中医药预防方案", chk(D(2025, 11, 28), "2025-11-28", "910-3"), department="县中医医院"),
        item("蒋文斌", "测算发热门诊改造和疫苗接种所需经费", chk(add_workdays(sd, 5), "2025-11-27", "910-4"))],
        notes="Government 专题会议纪要 (Coremail, sent Thu 2025-11-20 10:36; the meeting was 11-19). Items are the four "
              "（一）-（四） 议定事项; each is a heading sentence plus a '责任单位：… 完成时限：…' line. Where the 责任单位 "
              "names a person in brackets, that person owns it (许卫东, 叶倩, 蒋文斌); （三） names only the unit 县中医医院 "
              "-> owner null, no_owner, department 县中医医院 (a roster department). （四） 5个工作日内 from Thu 11-20: "
              "11-21, 11-24, 11-25, 11-26, 11-27. Section 一 is a report/assessment, section 三 '有关工作要求' is a "
              "standing rule ('每日16:00前报送' is a routine, not an item). Task wording: the action of each 事项 "
              "(a scorer should accept the bold heading, e.g. '加强发热门诊建设', as the same item).")
    msg = mk(slug, "coremail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("911-wj-yishi-ershi-dispatch-outlook",
      "Outlook gb2312 调度会纪要 written as 一是…二是…三是… in running prose; 国庆节前, 3个工作日内 over the 2026-09-20 make-up Sunday, 节后第一个工作日; next meeting as a sentence with a half day only")
def c911():
    org("lxwjw")
    slug = "911-wj-yishi-ershi-dispatch-outlook"
    t = ts("2026-09-18 17:33:06")
    sd = t.date()
    subject = "9月份医疗质量安全工作调度会议纪要"
    frm, to, cc = "苏晓燕", ["许卫东", "方志远", "吴思雨", "潘立新", "龚雪"], ["林国强", "BOT"]
    lines = ["各位领导、同事：", BR, "9月18日上午医疗质量安全工作调度会议纪要如下，请遵照执行。", BR,
             "会议由医政医管股林国强股长主持。会议通报了8月份全县医疗机构不良事件上报情况，县人民医院上报数量较上月"
             "有所增加，主要集中在跌倒坠床和给药差错。会议要求：",
             "一是县人民医院要在9月底前完成跌倒坠床高风险患者评估流程再培训，由许科长牵头组织，培训覆盖全部临床护理单元。",
             "二是各医院要在国庆节前完成节日期间值班表报备和应急药品清点。",
             "三是疾控股方股长负责收集近三个月院感监测数据，3个工作日内形成分析报告。",
             "四是办公室小吴汇总各单位整改台账，节后第一个工作日报林股长。", BR,
             "下次调度会定于国庆节后10月9日（周五）上午召开，地点另行通知。", BR,
             "苏晓燕", "医政医管股"]
    g = gold("minutes", items=[
        item("许卫东", "完成跌倒坠床高风险患者评估流程再培训", chk(D(2026, 9, 30), "2026-09-30", "911-1")),
        item(None, "完成节日期间值班表报备和应急药品清点", chk(last_workday_before(D(2026, 10, 1)), "2026-09-30", "911-2")),
        item("方志远", "收集近三个月院感监测数据", chk(add_workdays(sd, 3), "2026-09-22", "911-3")),
        item("吴思雨", "汇总各单位整改台账", chk(first_workday_after(D(2026, 10, 7)), "2026-10-08", "911-4"))],
        followup=fu(chk(D(2026, 10, 9), "2026-10-09", "911-next"), None),
        notes="Sent Fri 2026-09-18 17:33. Items are the 一是…四是 clauses. (1) '9月底前' -> 2026-09-30; 许科长 (roster "
              "alias) 牵头 -> 许卫东. (2) '各医院' is no single unit -> no_owner, department null; '国庆节前' = last "
              "working day before National Day = 2026-09-30 (Mid-Autumn 09-25 is also off). (3) 方股长 = 方志远; "
              "3个工作日内 from Fri 09-18: Sun 09-20 (make-up working day), Mon 09-21, Tue 09-22 -> 2026-09-22. (4) "
              "小吴 = 吴思雨; 节后第一个工作日 after 10-01..10-07 -> 2026-10-08 (the 10-10 make-up Saturday comes "
              "later). The opening paragraph is a report. Next meeting is a sentence '定于…10月9日（周五）上午召开': date "
              "2026-10-09, only a half day -> time null (README convention).")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="gb2312")
    return msg, g, True


@case("912-wj-tracking-table-lead-assist",
      "Outlook UTF-8 QP 督办事项跟踪表: '牵头：X；协办：Y' cells, one cell with ①② sub-tasks and ①② dates, an 已完成 row, 明天下班前 on the eve of the 2026-05-09 make-up Saturday")
def c912():
    org("lxwjw")
    slug = "912-wj-tracking-table-lead-assist"
    t = ts("2026-05-08 11:20:45")
    sd = t.date()
    subject = "委务会督办事项跟踪表（5月8日更新）"
    frm, to, cc = "黄振华", ["林国强", "曾红梅", "蒋文斌", "杜明"], ["谢建国", "BOT"]
    tbl = Tbl([["序号", "督办事项", "牵头/协办", "完成时限", "进展情况"],
               ["1", "二级医院等级评审迎检资料准备", "牵头：医政医管股（林国强）；协办：县人民医院", "6月30日前", "资料清单已下发"],
               ["2", "基层医疗机构药品耗材集采落地：①各乡镇卫生院摸底报数 ②完成省平台系统对接",
                "牵头：基层卫生股（曾红梅）；协办：各乡镇卫生院", "①5月15日前 ②5月底前", "进行中"],
               ["3", "院感专项检查问题整改", "县中医医院（杜明）", "4月30日", "已完成"],
               ["4", "一季度预算执行进度通报", "牵头：规划财务股（蒋文斌）", "明天下班前", "未开始"]])
    lines = ["各位：", BR, "委务会督办事项跟踪表更新如下，明天（周六）正常上班，第4项请蒋股长抓紧。", BR, tbl, BR,
             "办公室 黄振华"]
    g = gold("minutes", items=[
        item("林国强", "二级医院等级评审迎检资料准备", chk(D(2026, 6, 30), "2026-06-30", "912-1")),
        item("曾红梅", "各乡镇卫生院摸底报数", chk(D(2026, 5, 15), "2026-05-15", "912-2a")),
        item("曾红梅", "完成省平台系统对接", chk(month_end(sd), "2026-05-31", "912-2b")),
        item("蒋文斌", "一季度预算执行进度通报", chk(sd + dt.timedelta(days=1), "2026-05-09", "912-4"))],
        notes="Tracking table (Outlook, UTF-8 quoted-printable), sent Fri 2026-05-08. The 牵头 person owns the row, the "
              "协办 units do not. Row 2's ①② split into two items with the matching ①② deadlines (05-15 and 5月底 -> "
              "05-31). Row 3 is 已完成 -> status, not an item. Row 4 '明天下班前' -> Sat 2026-05-09, a make-up working "
              "day (Labour Day 2026), no time ('下班前' gives the date only, as 今天下班前 in the corpus README). "
              "'进展情况' texts are status.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="utf-8", cte="quoted-printable")
    return msg, g, True


@case("913-wj-forwarded-hospital-minutes-preface",
      "Outlook '转发:' of a hospital's minutes with the forwarder's preface that hands item 3 to 晓燕; items below an Outlook 发件人/发送时间 block; absolute dates only")
def c913():
    org("lxwjw")
    slug = "913-wj-forwarded-hospital-minutes-preface"
    t_orig = ts("2025-06-03 16:05:00")
    t = ts("2025-06-04 08:47:19")
    frm, to, cc = "林国强", ["苏晓燕"], ["BOT"]
    o_to = ["林国强", "潘立新"]
    o_subject = "县人民医院5月医疗质量分析会纪要"
    o_lines = ["林股长、潘院长：", BR, "5月医疗质量分析会纪要如下：", BR,
               "1. 病案首页填写合格率要提高到95%以上，各临床科室先行自查，医务科许卫东负责汇总各临床科室自查结果，6月10日前报院办。",
               "2. 抗菌药物使用强度超标的3个科室，由药剂科出具专项点评报告，6月20日前交医务科。",
               "3. 需卫健委协调县医保局明确日间手术结算口径，请医政医管股6月底前给予答复。", BR,
               "县人民医院医务科", "许卫东"]
    orig = Parent("许卫东", o_to, [], o_subject, t_orig, render_text(plain_blocks(o_lines)),
                  render_outlook_inner(o_lines), "<000001dbd45a$0c1d2e3f$4a5b6c7d$@lxrmyy.example.cn>")
    qt, qh = quote_outlook_zh(orig)
    pre = ["晓燕：", BR, "县医院的纪要转给你，第3项涉及我们股，由你跟进，抄送督办助手一并登记。", BR, "林国强"]
    text = render_text(pre) + "\n" + qt
    html_inner = render_outlook_inner(pre) + qh
    g = gold("minutes", items=[
        item("许卫东", "汇总各临床科室自查结果", chk(D(2025, 6, 10), "2025-06-10", "913-1")),
        item(None, "出具专项点评报告", chk(D(2025, 6, 20), "2025-06-20", "913-2")),
        item("苏晓燕", "协调县医保局明确日间手术结算口径", chk(D(2025, 6, 30), "2025-06-30", "913-3"))],
        notes="Forward (Wed 2025-06-04) of the hospital's minutes of 06-03. The minutes sit below the Outlook "
              "发件人/发送时间 block and must be read. (1) 许卫东 负责汇总…6月10日前 -> owner 许卫东 (the departments' own self-check has no deadline "
              "of its own and is not a separate item). (2) 药剂科 is a hospital department, not ours -> no_owner, "
              "department null. (3) The hospital "
              "asks 医政医管股; the forwarder's preface '第3项…由你跟进' assigns it to 苏晓燕 (the To person) -> owner 苏晓燕. "
              "6月底前 -> 2025-06-30. All dates are absolute, so resolving against the forward's Date changes nothing.")
    msg = mk(slug, "outlook", frm, to, cc, "转发: " + o_subject, t, pre, g, cs="gb2312", text=text, html=html_inner,
             thread_parent="orig-913")
    return msg, g, True


@case("914-wj-pre-spring-festival-2026-coremail",
      "Coremail plain numbered 春节前工作部署会 on Thu 2026-02-12: 3个工作日内 via the 02-14 make-up Saturday to 02-24, 节后第一个工作日, 今天下班前, 2月14日（星期六）前; rules not items")
def c914():
    org("lxwjw")
    slug = "914-wj-pre-spring-festival-2026-coremail"
    t = ts("2026-02-12 15:48:30")
    sd = t.date()
    subject = "春节前安全生产和值班工作部署会纪要"
    frm, to, cc = "黄振华", ["吴思雨", "方志远", "曾红梅", "许卫东", "杜明"], ["谢建国", "BOT"]
    lines = ["各股室、各医院：", BR, "2月12日下午，委里召开春节前安全生产和值班工作部署会。纪要如下：", BR,
             "一、春节期间（2月15日至23日）实行领导带班和24小时值班制度，值班人员不得擅离岗位。",
             "二、各医院节日期间急诊、发热门诊、血库照常运行。", BR,
             "三、工作任务",
             "1. 吴思雨：今天下班前将春节值班表报县政府办。",
             "2. 县人民医院许卫东：2月14日（星期六）前完成院内消防设施和氧气站安全检查，检查记录留存备查。",
             "3. 方志远：3个工作日内完成节日期间传染病疫情应急队伍名单更新并报市疾控。",
             "4. 曾红梅：节后第一个工作日汇总各乡镇卫生院节日期间接诊情况。",
             "5. 县中医医院杜明：核实节日期间中药饮片库存，尽快报委里。", BR,
             "四、节日期间如遇突发事件，按规定时限逐级报告，不得迟报漏报。", BR,
             "委办公室", "2026年2月12日"]
    g = gold("minutes", items=[
        item("吴思雨", "将春节值班表报县政府办", chk(sd, "2026-02-12", "914-1")),
        item("许卫东", "完成院内消防设施和氧气站安全检查", chk(D(2026, 2, 14), "2026-02-14", "914-2")),
        item("方志远", "完成节日期间传染病疫情应急队伍名单更新", chk(add_workdays(sd, 3), "2026-02-24", "914-3")),
        item("曾红梅", "汇总各乡镇卫生院节日期间接诊情况", chk(first_workday_after(D(2026, 2, 23)), "2026-02-24", "914-4")),
        item("杜明", "核实节日期间中药饮片库存", None, flags=["vague_due"])],
        notes="Sent Thu 2026-02-12 15:48. Spring Festival 2026: 02-15..02-23 off, make-up working days Sat 02-14 and "
              "Sat 02-28. (1) 今天下班前 -> 2026-02-12, no time. (2) '2月14日（星期六）前' -> 2026-02-14 (a make-up "
              "Saturday). (3) 3个工作日内 from 02-12: Fri 02-13, Sat 02-14, then Tue 02-24 (first working day after the "
              "holiday) -> 2026-02-24. (4) 节后第一个工作日 -> 2026-02-24. (5) 尽快 -> vague_due. Sections 一、二、四 are "
              "rules and arrangements ('24小时值班' is not an hour deadline).")
    msg = mk(slug, "coremail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("915-wj-reply-object-outlook-hospital",
      "Outlook '答复:' from the hospital objecting to 第（一）项 of 910 with a reason that proposes 1月中旬; Outlook 发件人/发送时间 quote of the recap")
def c915():
    org("lxwjw")
    slug = "915-wj-reply-object-outlook-hospital"
    ms = "910-wj-gov-minutes-duty-units-coremail"
    parent = recap_of(ms, 3, "2025-11-20 18:00")
    t = ts("2025-11-20 16:41:27")
    frm, to, cc = "许卫东", [bot_reply_to(ms)], ["吴思雨", "林国强", "潘立新"]
    body = ["思雨、林股长：", BR,
            "对第（一）项有异议：发热门诊改造涉及负压设备采购，需走政府采购程序，招标公告期就要20天，12月15日前完成"
            "验收不现实。建议完成时限调整为明年1月中旬，或者12月15日前先完成诊室改造、验收另定。", BR,
            "许卫东", "临溪县人民医院 医务科", "0596-7290110"]
    qt, qh = quote_outlook_zh(parent)
    text = render_text(body) + qt
    html_inner = render_outlook_inner(body) + qh
    g = gold("reply", reply=rep("object", [1]),
             notes="Reply from the owner of item 1 of 910 (sent 2025-11-20 16:41, before the 18:00 cut-off). "
                   "'对第（一）项有异议' -> object, item 1 (the minutes' （一） is recap item 1). The reason mentions "
                   "'20天', '12月15日', '明年1月中旬': a suggestion inside an objection, not an extend command.")
    msg = mk(slug, "outlook", frm, to, cc, "答复: " + parent.subject, t, body, g, cs="gb2312", text=text,
             html=html_inner, irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid], thread_parent="p915",
             host="lxrmyy-mail.lxrmyy.example.cn", ip="59.61.88.14")
    return msg, g, True


@case("916-wj-other-meeting-notice-2027",
      "Coremail 会议通知 (关于召开…会议的通知) with 参会回执 deadline and 报送 requests in 2027: an announcement, not minutes -> kind other")
def c916():
    org("lxwjw")
    slug = "916-wj-other-meeting-notice-2027"
    t = ts("2027-03-02 09:15:11")
    subject = "关于召开2027年全县卫生健康工作会议的通知"
    frm, to, cc = "吴思雨", ["林国强", "方志远", "蒋文斌", "曾红梅", "潘立新", "龚雪"], ["BOT"]
    lines = ["各股室、委属各单位：", BR, "经委党组研究，定于2027年3月9日（星期二）上午9:00在县行政中心5楼会议室召开"
             "2027年全县卫生健康工作会议。现将有关事项通知如下：", BR,
             "一、参会人员：各股室负责人，委属各单位主要负责人。",
             "二、会议内容：总结2026年工作，部署2027年重点任务，签订目标责任书。",
             "三、有关要求",
             "（一）请各单位于3月5日（星期五）下午5点前将参会回执报委办公室吴思雨。",
             "（二）请医政医管股、疾病预防控制股各准备一份5分钟交流发言材料，3月8日前报送。",
             "（三）参会人员请提前15分钟入场，会议期间手机调至静音。", BR,
             "附件：参会回执", BR, "临溪县卫生健康委员会办公室", "2027年3月2日"]
    g = gold("other", notes="A meeting notice (通知), not minutes: it announces a future meeting and asks for 回执 and "
                            "发言材料 by dates (3月5日下午5点前, 3月8日前), but nothing was decided in a meeting. kind "
                            "other, no items and no follow-up. (2027: no working-day arithmetic is involved.)")
    msg = mk(slug, "coremail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


# ==============================================================================================================
# 恒岳证券 (securities firm): compliance and IT
# ==============================================================================================================
@case("920-hy-compliance-weekly-table-outlook",
      "Outlook UTF-8 base64 合规周例会 with a 待办 table (序号/事项/负责人/完成时限/备注): 7月4日前, 下周三, 6月30日（周一）18:00前, 季度末前; next meeting after a label")
def c920():
    org("hengyue")
    slug = "920-hy-compliance-weekly-table-outlook"
    t = ts("2025-06-27 17:10:55")
    sd = t.date()
    subject = "合规法务部周例会纪要（2025-06-27）"
    frm, to, cc = "宁佳", ["邵婉清", "蔡博文", "付晓", "贺琪"], ["BOT"]
    tbl = Tbl([["序号", "事项", "负责人", "完成时限", "备注"],
               ["1", "反洗钱客户身份识别二季度抽检报告", "宁佳", "7月4日前", "抽样比例不低于5%"],
               ["2", "新版《证券公司网络和信息安全管理办法》条款比对表", "蔡博文", "下周三", "需IT部确认技术条款"],
               ["3", "经纪业务投诉台账复核", "付晓", "6月30日（周一）18:00前", ""],
               ["4", "信息隔离墙观察名单季度更新", "贺琪", "季度末前", "风险管理部协助"]])
    lines = ["各位好：", BR, "本周例会纪要如下。", BR,
             "一、通报：证监局现场检查反馈意见已于6月25日收到，整改报告由邵总牵头，已另行部署。", BR,
             "二、本周待办", tbl, BR, "三、下次例会：7月4日（周五）9:30，合规部小会议室", BR,
             "宁佳", "恒岳证券 合规法务部"]
    g = gold("minutes", items=[
        item("宁佳", "反洗钱客户身份识别二季度抽检报告", chk(D(2025, 7, 4), "2025-07-04", "920-1")),
        item("蔡博文", "新版《证券公司网络和信息安全管理办法》条款比对表", chk(next_week_weekday(sd, 2), "2025-07-02", "920-2")),
        item("付晓", "经纪业务投诉台账复核", chk(D(2025, 6, 30), "2025-06-30", "920-3"), "18:00"),
        item("贺琪", "信息隔离墙观察名单季度更新", chk(D(2025, 6, 30), "2025-06-30", "920-4"))],
        followup=fu("2025-07-04", "09:30"),
        notes="Ordinary table minutes, sent Fri 2025-06-27. 下周三 -> 2025-07-02; '6月30日（周一）18:00前' -> 2025-06-30 "
              "18:00; '季度末前' -> end of Q2 = 2025-06-30. The 通报 line (整改报告 '已另行部署') is information, not an "
              "item of these minutes. Next meeting 2025-07-04 09:30.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="utf-8")
    return msg, g, True


@case("921-hy-it-sync-en-ai-handles-exchange",
      "Exchange Online (+0000 Date) mixed zh/en IT sync: 'AI: @handle … by 3/20', 'EOD Friday', 'Action: … (ASAP)', 'ACTION ITEM (vendor)', an Owner:/Due:/Task: block; decisions; 2027")
def c921():
    org("hengyue")
    slug = "921-hy-it-sync-en-ai-handles-exchange"
    t = ts("2027-03-15 02:12:40", UTC)   # Mon 10:12 in Shanghai
    sd = sh(t).date()
    subject = "[IT Infra Sync] 行情网关迁移 0315 minutes"
    frm, to, cc = "谭宇航", ["严俊", "周骏", "卢思敏", "孟凡"], ["BOT"]
    lines = ["Hi all,", BR, "Minutes of today's infra sync, pls check.", BR,
             "Attendees: Jun Yan, Jimmy Zhou, Yuhang Tan, Simin Lu, 孟凡 (迅策)", BR,
             "Decisions",
             "- 行情网关 cutover 定在 3/27 (Sat) 22:00-02:00 窗口，回退点 3/28 01:00",
             "- 旧网关保留只读两周后下线", BR,
             "Action items",
             "AI: @zhou.j 更新灾备切换演练 runbook（含回退步骤） by 3/20",
             "AI: @yuhang.t push DB patch 到 UAT — EOD Friday",
             "Action: Simin – 与合规确认行情日志留存期限 6 months vs 3 years (ASAP)",
             "ACTION ITEM (孟凡): 提供新网关性能压测报告, due 3/19", BR,
             "Owner: Jun Yan",
             "Due: 3/24",
             "Task: 向信息技术治理委员会汇报 cutover 方案", BR,
             "Yuhang"]
    g = gold("minutes", items=[
        item("周骏", "更新灾备切换演练 runbook（含回退步骤）", chk(D(2027, 3, 20), "2027-03-20", "921-1")),
        item("谭宇航", "push DB patch 到 UAT", chk(this_or_next_weekday(sd, 4), "2027-03-19", "921-2")),
        item("卢思敏", "与合规确认行情日志留存期限", None, flags=["vague_due"]),
        item("孟凡", "提供新网关性能压测报告", chk(D(2027, 3, 19), "2027-03-19", "921-3")),
        item("严俊", "向信息技术治理委员会汇报 cutover 方案", chk(D(2027, 3, 24), "2027-03-24", "921-4"))],
        notes="Exchange Online: Date Mon 2027-03-15 02:12 +0000 = 10:12 in Shanghai. '@zhou.j' and '@yuhang.t' are "
              "roster aliases of 周骏 and 谭宇航; 'Simin' = 卢思敏; 孟凡 is the vendor engineer in To (external, "
              "department null); 'Jun Yan' = 严俊. by 3/20 -> 2027-03-20 (a Saturday, kept); EOD Friday -> 2027-03-19; "
              "ASAP -> vague_due; due 3/19; the Owner:/Due:/Task: block is one item due 2027-03-24. The Decisions "
              "(cutover 3/27, rollback 3/28, old gateway kept two weeks) are not items. No working-day arithmetic "
              "(2027 calendar unknown to chinesecalendar).")
    msg = mk(slug, "exchange", frm, to, cc, subject, t, lines, g)
    return msg, g, True


@case("922-hy-inspection-same-task-own-numbering",
      "Outlook gb2312 合规检查整改会: findings numbered 1-6, actions numbered 7-10 continuing the minutes' own numbering; two items with the same task text for two owners; 7月底")
def c922():
    org("hengyue")
    slug = "922-hy-inspection-same-task-own-numbering"
    t = ts("2026-07-08 19:05:12")
    sd = t.date()
    subject = "员工执业行为专项检查整改沟通会纪要"
    frm, to, cc = "蔡博文", ["温志诚", "严俊", "龙飞", "付晓"], ["邵婉清", "BOT"]
    lines = ["各位领导：", BR, "今天下午专项检查整改沟通会纪要如下：", BR,
             "（一）检查发现",
             "1. 经纪业务总部2名员工未按规定申报本人证券账户。",
             "2. 信息技术部1名外包人员离场后系统账号未及时注销。",
             "3. 部分营业部员工执业行为自查表未签署。",
             "4. 风险管理部限制性名单更新存在2个工作日延迟。",
             "5. 员工通讯工具留痕抽查未发现异常。",
             "6. 上年度检查问题已全部整改完毕。", BR,
             "（二）整改安排",
             "7. 温志诚：完成员工执业行为自查表签署，7月15日前。",
             "8. 严俊：完成员工执业行为自查表签署，7月17日前（外包人员一并签署）。",
             "9. 严俊：外包人员离场账号注销流程纳入IAM系统自动化，7月底前上线。",
             "10. 龙飞：限制性名单更新改为T+0，下周一起执行并书面反馈。", BR,
             "合规法务部 蔡博文"]
    g = gold("minutes", items=[
        item("温志诚", "完成员工执业行为自查表签署", chk(D(2026, 7, 15), "2026-07-15", "922-7")),
        item("严俊", "完成员工执业行为自查表签署", chk(D(2026, 7, 17), "2026-07-17", "922-8")),
        item("严俊", "外包人员离场账号注销流程纳入IAM系统自动化", chk(month_end(sd), "2026-07-31", "922-9")),
        item("龙飞", "限制性名单更新改为T+0", chk(next_week_weekday(sd, 0), "2026-07-13", "922-10"))],
        notes="Sent Wed 2026-07-08. Findings 1-6 are facts (including '已全部整改完毕') and not items; the actions keep "
              "the minutes' own numbers 7-10 (a parser may renumber 1-4; replies would cite 第7项 etc. - the gold lists "
              "them in order). Items 7 and 8 have the SAME task text with different owners and dates and must both be "
              "kept. (9) 7月底前 -> 2026-07-31. (10) '下周一起执行' -> starts 2026-07-13; the written start is taken as "
              "the due date of the 书面反馈 (ambiguous: one could read it as a standing rule; a careful assistant "
              "records it, since a written confirmation is owed).")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="gb2312")
    return msg, g, True


@case("923-hy-tencent-meeting-ai-minutes",
      "腾讯会议 智能纪要 pasted after National Day 2026 (sent Fri 10-09): 摘要/章节速览 with time stamps and done-work, only 待办事项 count; 明天 = 10-10 make-up Saturday; 3个工作日内; AI footer")
def c923():
    org("hengyue")
    slug = "923-hy-tencent-meeting-ai-minutes"
    t = ts("2026-10-09 16:27:33")
    sd = t.date()
    subject = "腾讯会议智能纪要：两融业务风险指标复盘会"
    frm, to, cc = "贺琪", ["龙飞", "周骏", "付晓"], ["BOT"]
    lines = ["转发一下今天会议的智能纪要，待办部分我看过，没问题。", BR,
             "两融业务风险指标复盘会", "会议时间：2026/10/09 14:00-15:10", "参会人：龙飞、贺琪、周骏、付晓", BR,
             "会议摘要",
             "本次会议复盘了节前两融业务集中度指标预警情况。风险管理部介绍了9月30日触发预警的原因，信息技术部已于节前"
             "完成阈值参数的临时调整；会议同意将单一证券集中度预警线由30%下调至25%。", BR,
             "章节速览",
             "00:01 节前预警情况回顾：贺琪说明9月30日三只证券集中度超过预警线，已电话通知相关营业部。",
             "00:18 系统处理：周骏介绍节前已完成临时调参，预警短信延迟问题已修复。",
             "00:42 后续安排：龙飞要求形成压力测试报告，付晓提出营业部需要培训。", BR,
             "待办事项",
             "1. 贺琪：明天完成集中度指标口径确认",
             "2. 龙飞：下周一前牵头出具压力测试报告",
             "3. 周骏：3个工作日内完成风控系统阈值参数正式上线",
             "4. 付晓：组织营业部两融业务风险培训（时间待定）", BR,
             "以上内容由AI生成，仅供参考"]
    g = gold("minutes", items=[
        item("贺琪", "完成集中度指标口径确认", chk(sd + dt.timedelta(days=1), "2026-10-10", "923-1")),
        item("龙飞", "出具压力测试报告", chk(next_week_weekday(sd, 0), "2026-10-12", "923-2")),
        item("周骏", "完成风控系统阈值参数正式上线", chk(add_workdays(sd, 3), "2026-10-13", "923-3")),
        item("付晓", "组织营业部两融业务风险培训", None, flags=["vague_due"])],
        notes="Tencent Meeting AI minutes pasted into a plain mail (Outlook, UTF-8), sent Fri 2026-10-09, the second "
              "working day after National Day 2026 (10-01..10-07 off; Sat 10-10 is a make-up working day). Only the "
              "待办事项 list holds items: the 摘要 has a decision (预警线 30%->25%) and work already done; the 章节速览 "
              "time stamps ('00:42') and the requests in them are repeated as 待办. (1) 明天 -> Sat 2026-10-10. (2) "
              "下周一前 -> 2026-10-12. (3) 3个工作日内: 10-10 (make-up Saturday), 10-12, 10-13 -> 2026-10-13. (4) "
              "'时间待定' -> vague_due. '以上内容由AI生成，仅供参考' is a footer.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="utf-8", cte="base64")
    return msg, g, True


@case("924-hy-go-live-review-nested-brackets",
      "Outlook gb2312 上线评审会: deadlines inside nested brackets '（…；完成时限：3月31日前（如监管窗口调整则顺延））', sub-numbering （1）（2） inside one item with their own owners/dates, 下周三前 at the end of a long bracketed line")
def c924():
    org("hengyue")
    slug = "924-hy-go-live-review-nested-brackets"
    t = ts("2025-03-10 20:14:09")
    sd = t.date()
    subject = "集中交易系统升级上线评审会议纪要"
    frm, to, cc = "卢思敏", ["严俊", "谭宇航", "宁佳", "孟凡"], ["邵婉清", "BOT"]
    lines = ["各位：", BR, "3月10日上线评审会议纪要如下：", BR,
             "一、评审结论：集中交易系统V6.2升级方案原则通过，上线时间以监管报备回执为准。", BR,
             "二、遗留问题及分工",
             "1. 应急预案修订（谭宇航负责，严俊审核；完成时限：3月31日前（如监管窗口调整则顺延））",
             "2. 客户适当性匹配规则调整，分两步：（1）规则梳理及合规意见（宁佳，3月14日前）；（2）系统参数配置并完成"
             "回归测试（卢思敏，3月21日（周五）前）",
             "3. 源代码安全扫描报告（漏洞清单需区分高/中/低三级（高危须附修复计划）），由迅策孟凡提供，下周三前", BR,
             "三、请各位按分工推进，有问题随时沟通。", BR, "卢思敏", "信息技术部"]
    g = gold("minutes", items=[
        item("谭宇航", "应急预案修订", chk(D(2025, 3, 31), "2025-03-31", "924-1")),
        item("宁佳", "规则梳理及合规意见", chk(D(2025, 3, 14), "2025-03-14", "924-2a")),
        item("卢思敏", "系统参数配置并完成回归测试", chk(D(2025, 3, 21), "2025-03-21", "924-2b")),
        item("孟凡", "源代码安全扫描报告", chk(next_week_weekday(sd, 2), "2025-03-19", "924-3"))],
        notes="Sent Mon 2025-03-10. (1) The owner and the deadline are inside a bracket, the deadline itself is "
              "followed by a nested bracket '（如监管窗口调整则顺延）' (a condition, not a date); 谭宇航 负责 (严俊 only "
              "reviews) -> 2025-03-31. (2) One numbered line holds two sub-tasks （1）（2） each with its own owner and date "
              "-> two items (宁佳 03-14; 卢思敏 03-21, a Friday). (3) The bracket with a nested bracket describes the "
              "deliverable; the owner is the vendor engineer 孟凡 (To, external); 下周三前 from Mon 03-10 -> 2025-03-19. "
              "The 评审结论 and the closing line are not items.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="gb2312")
    return msg, g, True


@case("925-hy-cab-english-new-years-eve-exchange",
      "Exchange Online English CAB minutes on 2025-12-31 (+0000 Date, 17:30 Shanghai): 'X to … by Friday' (a holiday, kept), 'EOD', 'first working day of January' = the 2026-01-04 make-up Sunday, 'within 2 business days'; Next CAB sentence")
def c925():
    org("hengyue")
    slug = "925-hy-cab-english-new-years-eve-exchange"
    t = ts("2025-12-31 09:31:20", UTC)
    sd = sh(t).date()
    subject = "CAB minutes - 31 Dec 2025"
    frm, to, cc = "严俊", ["周骏", "卢思敏", "贺琪", "蔡博文"], ["BOT"]
    lines = ["Team,", BR, "Minutes from today's Change Advisory Board.", BR,
             "Approved: CHG-2025-1187 (OMS certificate rotation), CHG-2025-1190 (market data feed failover test).",
             "Rejected: CHG-2025-1192 (log retention change) - needs compliance sign-off first.", BR,
             "Follow-ups",
             "- Jimmy to roll back the test certificate on the UAT OMS by EOD.",
             "- Simin to circulate the failover test plan to all branches by Friday.",
             "- Kiki (Risk) to confirm the risk limits freeze window for the January rebalancing on the first working "
             "day of January.",
             "- Bowen to give a written compliance opinion on CHG-2025-1192 within 2 business days.", BR,
             "Next CAB: Wednesday 7 January, 16:00, same Teams link.", BR, "Happy New Year,", "Jun"]
    g = gold("minutes", items=[
        item("周骏", "roll back the test certificate on the UAT OMS", chk(sd, "2025-12-31", "925-1")),
        item("卢思敏", "circulate the failover test plan to all branches", chk(this_or_next_weekday(sd, 4), "2026-01-02", "925-2")),
        item("贺琪", "confirm the risk limits freeze window for the January rebalancing",
             chk(first_workday_after(D(2025, 12, 31)), "2026-01-04", "925-3")),
        item("蔡博文", "give a written compliance opinion on CHG-2025-1192", chk(add_workdays(sd, 2), "2026-01-05", "925-4"))],
        followup=fu(chk(D(2026, 1, 7), "2026-01-07", "925-next"), "16:00"),
        notes="Exchange Online, Date Wed 2025-12-31 09:31 +0000 = 17:31 in Shanghai. New Year 2026: 01-01..01-03 off, "
              "Sun 01-04 is a make-up working day. 'by EOD' -> 2025-12-31. 'by Friday' -> 2026-01-02, a public holiday "
              "(kept as written, as the corpus keeps a written date). 'the first working day of January' -> 2026-01-04 "
              "(Sunday, make-up day). 'within 2 business days' counts Chinese working days from 01-01: 01-04, 01-05 -> "
              "2026-01-05. Names: Jimmy = 周骏, Simin = 卢思敏, Kiki = 贺琪, Bowen = 蔡博文 (roster aliases). "
              "Approved/Rejected lines are decisions. Next CAB 2026-01-07 16:00.")
    msg = mk(slug, "exchange", frm, to, cc, subject, t, lines, g)
    return msg, g, True


@case("926-hy-same-time-next-week-outlook-qp",
      "Outlook UTF-8 QP minutes with a 会议时间 header line and '下周同一时间继续' as the next meeting; 本周五 and 4月17日前 on the same date; a '待定' owner")
def c926():
    org("hengyue")
    slug = "926-hy-same-time-next-week-outlook-qp"
    t = ts("2026-04-14 17:22:48")
    sd = t.date()
    subject = "投顾业务合规双周会 纪要"
    frm, to, cc = "邵婉清", ["蔡博文", "宁佳", "温志诚", "付晓"], ["BOT"]
    lines = ["会议时间：2026年4月14日（周二）15:00-16:00", "地点：18楼1806", "参会：邵婉清、蔡博文、宁佳、温志诚、付晓", BR,
             "讨论事项",
             "1）投顾产品宣传材料审核：3月共审核42份，退回7份，主要问题是收益表述。",
             "2）营业部直播合规：温总提出直播脚本需事前报备，大家同意从5月起执行。", BR,
             "待跟进",
             "① 宁佳 修订《投顾宣传材料审核要点》，本周五前发各营业部",
             "② 付晓 4月17日前收齐各营业部直播账号清单",
             "③ 直播脚本报备模板，由谁起草待定，下次会上定", BR,
             "下周同一时间继续，重点讨论直播报备流程。", BR,
             "邵婉清"]
    g = gold("minutes", items=[
        item("宁佳", "修订《投顾宣传材料审核要点》", chk(this_or_next_weekday(sd, 4), "2026-04-17", "926-1")),
        item("付晓", "收齐各营业部直播账号清单", chk(D(2026, 4, 17), "2026-04-17", "926-2")),
        item(None, "直播脚本报备模板", None, flags=["no_owner", "vague_due"])],
        followup=fu(chk(sd + dt.timedelta(days=7), "2026-04-21", "926-next"), "15:00"),
        notes="Sent Tue 2026-04-14 17:22. 本周五前 -> 2026-04-17; 4月17日前 -> 2026-04-17. ③ has no owner ('由谁起草待定') "
              "and only '下次会上定' -> owner null + no_owner; the deadline is the next meeting, written as a vague "
              "'下次会上定' -> due null, vague_due (one could argue for 04-21; the README rule for an unstated date is "
              "applied). Discussion points 1）2） are reports/decisions. '下周同一时间继续' with the header "
              "'会议时间：…（周二）15:00-16:00' -> next meeting Tue 2026-04-21 15:00.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="utf-8", cte="quoted-printable")
    return msg, g, True


@case("927-hy-reply-progress-owa",
      "Outlook Web (Exchange Online, +0000 Date) reply to the recap of 921: '第1项进度80%' with a weekday in the reason; OWA divRplyFwdMsg quote")
def c927():
    org("hengyue")
    slug = "927-hy-reply-progress-owa"
    ms = "921-hy-it-sync-en-ai-handles-exchange"
    parent = recap_of(ms, 2, "2027-03-15 18:00")
    t = ts("2027-03-17 01:58:03", UTC)
    frm, to, cc = "周骏", [bot_reply_to(ms)], ["谭宇航", "严俊"]
    body = ["第1项进度80%，主中心部分 runbook 已更新并过了一遍桌面推演，灾备中心的回退步骤周四补齐。", BR, "周骏"]
    qt, qh = quote_outlook_zh(parent, owa=True)
    text = render_text(body) + qt
    html_inner = render_outlook_inner(body) + qh
    g = gold("reply", reply=rep("progress", [1], 80),
             notes="OWA reply Wed 2027-03-17 09:58 Shanghai (01:58 +0000). '第1项进度80%' -> progress 80 on item 1 "
                   "(the runbook item of 921). '周四补齐' is a plan, not an extension request.")
    msg = mk(slug, "exchange", frm, to, cc, "答复: " + parent.subject, t, body, g, text=text, html=html_inner,
             irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid])
    return msg, g, True


@case("928-hy-auto-ooo-english-exchange",
      "Exchange 'Automatic reply:' in English and Chinese to the recap of 920 (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) -> kind auto")
def c928():
    org("hengyue")
    slug = "928-hy-auto-ooo-english-exchange"
    ms = "920-hy-compliance-weekly-table-outlook"
    parent = recap_of(ms, 2, "2025-06-27 18:00")
    t = ts("2025-06-27 09:13:41", UTC)
    frm = "蔡博文"
    text = ("您好，本人6月27日至7月2日参加监管培训，7月3日返岗。紧急合规事项请联系宁佳（分机6615）。\n\n"
            "I am attending regulatory training from 27 June to 2 July with limited access to email and will reply "
            "after 3 July. For urgent matters please contact Ning Jia.\n")
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
                "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n")) +
                "</body></html>")
    msg, tail = exchange_online(frm, [bot_reply_to(ms)], [], "Automatic reply: " + parent.subject, t, [], slug,
                                irt=parent.msgid, text=text, html_doc=html_doc)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = who(frm)[1]
    msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    g = gold("auto", notes="Exchange out-of-office in Chinese and English to the recap of 920 (headers: Auto-Submitted: "
                           "auto-replied, Inbox-Rules-Loop, 'Automatic reply:' subject). Dates and a delegate in the body "
                           "are not commands; no answer, no items. The owner of item 2 of 920 is away until after its "
                           "due date, which a human would notice but the bot must not act on.")
    msg = finish((msg, tail), deliv(t, who(frm)[1], slug, "SEZPR06MB5521.apcprd06.prod.outlook.com", "40.107.255.91"))
    return msg, g, False


# ==============================================================================================================
# Lumen Forge Games (Singapore HQ, Hong Kong office)
# ==============================================================================================================
@case("930-lf-sprint-planning-gmail-en",
      "Google Workspace English sprint planning 'Action items:' numbered 'Name – task – by Thursday/Aug 12/next Monday/TBD'; Sprint review after a label")
def c930():
    org("lumen")
    slug = "930-lf-sprint-planning-gmail-en"
    t = ts("2026-08-03 11:42:05")
    sd = t.date()
    subject = "Sprint 42 planning - notes & action items"
    frm, to, cc = "Priya Raman", ["Tan Wei Jie", "Chloe Ng", "Aisha Rahman", "陳嘉欣", "Daniel Koh"], ["BOT"]
    lines = ["Hi team,", BR, "Sprint 42 planning notes below (sprint runs Aug 3 - Aug 14).", BR,
             "Goals: ship the 1.9 content patch (Mid-Autumn lantern event) and fix the top 3 crash clusters.",
             "We agreed to freeze new features for 1.9 after Wednesday.", BR,
             "Action items:",
             "1. Wei Jie – fix the matchmaking timeout on Android 14 devices – by Thursday",
             "2. Chloe – final lantern event UI icons – Aug 12",
             "3. Aisha – regression test plan for 1.9 – by Friday",
             "4. Ka Yan – event copy in EN/繁中 to the localisation vendor – next Monday",
             "5. Dan – decide whether we drop iOS 15 support – TBD", BR,
             "Sprint review: Fri 14 Aug, 4pm, Orchard room + Zoom for HK.", BR, "Thanks,", "Priya"]
    g = gold("minutes", items=[
        item("Tan Wei Jie", "fix the matchmaking timeout on Android 14 devices", chk(this_or_next_weekday(sd, 3), "2026-08-06", "930-1")),
        item("Chloe Ng", "final lantern event UI icons", chk(D(2026, 8, 12), "2026-08-12", "930-2")),
        item("Aisha Rahman", "regression test plan for 1.9", chk(this_or_next_weekday(sd, 4), "2026-08-07", "930-3")),
        item("陳嘉欣", "event copy in EN/繁中 to the localisation vendor", chk(next_week_weekday(sd, 0), "2026-08-10", "930-4")),
        item("Daniel Koh", "decide whether we drop iOS 15 support", None, flags=["vague_due"])],
        followup=fu(chk(D(2026, 8, 14), "2026-08-14", "930-next"), "16:00"),
        notes="Ordinary English action items (Gmail, sent Mon 2026-08-03 11:42 SGT = +08:00). by Thursday -> 2026-08-06; "
              "Aug 12; by Friday -> 2026-08-07; next Monday -> 2026-08-10; TBD -> vague_due. Owners by first name / "
              "alias: Wei Jie = Tan Wei Jie, Ka Yan = 陳嘉欣, Dan = Daniel Koh. 'freeze new features after Wednesday' "
              "is a decision. Sprint review 2026-08-14 16:00 (SGT = Asia/Shanghai offset).")
    msg = mk(slug, "gmail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("931-lf-art-sync-checkboxes-apple-mail",
      "Apple Mail markdown-style checkboxes with @Full Name handles: '- [x]' done lines are not items, '- [ ]' are; EOD Friday, by 5/26, next Tue, ASAP; external vendor owner in Cc; 2027")
def c931():
    org("lumen")
    slug = "931-lf-art-sync-checkboxes-apple-mail"
    t = ts("2027-05-17 18:06:51")
    sd = t.date()
    subject = "Art sync 17/5"
    frm, to, cc = "Marcus Lim", ["Chloe Ng", "Priya Raman"], ["Rachel Owens", "BOT"]
    lines = ["Art sync — Mon 17 May", BR, "Done since last week",
             "- [x] @Chloe Ng splash screen v2 (shipped in 1.12)",
             "- [x] @Marcus Lim outsourced VFX vendor shortlist", BR,
             "To do",
             "- [ ] @Chloe Ng character turnarounds for the 2 new heroes — EOD Friday",
             "- [ ] @Marcus Lim review the outsourced VFX pack by 5/26",
             "- [ ] @Rachel Owens capture the visual bug list from the 1.12 build — next Tue",
             "- [ ] @Priya Raman confirm budget for the extra animator ASAP", BR,
             "FYI we move UI handoff to Figma from June.", BR, "M"]
    g = gold("minutes", items=[
        item("Chloe Ng", "character turnarounds for the 2 new heroes", chk(this_or_next_weekday(sd, 4), "2027-05-21", "931-1")),
        item("Marcus Lim", "review the outsourced VFX pack", chk(D(2027, 5, 26), "2027-05-26", "931-2")),
        item("Rachel Owens", "capture the visual bug list from the 1.12 build", chk(next_week_weekday(sd, 1), "2027-05-25", "931-3")),
        item("Priya Raman", "confirm budget for the extra animator", None, flags=["vague_due"])],
        notes="Sent Mon 2027-05-17. '- [x]' lines under 'Done since last week' are finished work, not items. "
              "EOD Friday -> 2027-05-21 (date only); by 5/26 -> 2027-05-26; next Tue -> 2027-05-25; ASAP -> vague_due. "
              "@Rachel Owens is the outsourced QA vendor (Cc, external, department null). 'move UI handoff to Figma' "
              "is a decision. No working-day arithmetic (2027).")
    msg = mk(slug, "apple", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("932-lf-hk-liveops-big5-cantonese",
      "HK Outlook big5: Traditional Chinese with Cantonese words (聽日收工前, 今個禮拜五前, 下禮拜三前, 搞掂, 交俾我); 阿明 via To only; '我' = the sender; 下禮拜一同一時間 for the next meeting")
def c932():
    org("lumen")
    slug = "932-lf-hk-liveops-big5-cantonese"
    t = ts("2025-10-13 12:31:47")
    sd = t.date()
    subject = "Live Ops 週會記錄 10/13"
    frm, to, cc = "梁家豪", ["陳嘉欣", "黃子明", "李詠詩"], ["Priya Raman", "BOT"]
    lines = ["各位：", BR, "今日Live Ops週會記錄如下：", "會議時間：10月13日（星期一）11:00-12:00", BR,
             "1. 萬聖節活動：嘉欣負責活動頁文案及獎勵表，聽日收工前交俾我睇",
             "2. 阿明同市場部今個禮拜五前出KOL名單",
             "3. 詠詩：下禮拜三前搞掂Facebook同IG廣告素材",
             "4. 伺服器維護公告我自己跟，盡快出", BR,
             "上個禮拜的留存數據已經出了，D7 留存 18.2%，比預期高少少。", BR,
             "下次開會：下禮拜一同一時間", BR, "Ka Ho"]
    g = gold("minutes", items=[
        item("陳嘉欣", "活動頁文案及獎勵表", chk(sd + dt.timedelta(days=1), "2025-10-14", "932-1")),
        item("黃子明", "出KOL名單", chk(this_week_weekday(sd, 4), "2025-10-17", "932-2")),
        item("李詠詩", "搞掂Facebook同IG廣告素材", chk(next_week_weekday(sd, 2), "2025-10-22", "932-3")),
        item("梁家豪", "伺服器維護公告", None, flags=["vague_due"])],
        followup=fu(chk(next_week_weekday(sd, 0), "2025-10-20", "932-next"), "11:00"),
        notes="Hong Kong Outlook, charset big5 (all characters fit Big5; the writer avoids 嘅/咗 here), sent Mon "
              "2025-10-13 12:31 HKT (+08:00). Cantonese date words: 聽日 = tomorrow, 收工前 = before the end of work "
              "(date only) -> 2025-10-14; 今個禮拜五 = this Friday -> 2025-10-17; 下禮拜三 = next Wednesday -> "
              "2025-10-22; 盡快 -> vague_due. 嘉欣 and 詠詩 are roster aliases; 阿明 is not - it resolves through "
              "the To display name 黃子明 (given-name 明, one candidate). Item 4 '我自己跟' -> the sender 梁家豪. "
              "The retention line is a fact. '下禮拜一同一時間' + '會議時間：…11:00-12:00' -> 2025-10-20 11:00.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="big5", cte="base64",
             host="HKMAIL01.lumenforge.example.sg", ip="10.30.2.41", tw=True)
    return msg, g, True


@case("933-lf-hk-person-headings-cantonese-utf8",
      "Gmail UTF-8 Cantonese-flavoured Live Ops review grouped by person headings (Ka Ho / Wing Sze / Ming / 我 / Dan (SG)); a heading with '冇 action'; 聽朝10點前, 今日收工前, 下星期二前")
def c933():
    org("lumen")
    slug = "933-lf-hk-person-headings-cantonese-utf8"
    t = ts("2026-01-21 15:05:30")
    sd = t.date()
    subject = "1.8 版本事故復盤 - 跟進"
    frm, to, cc = "陳嘉欣", ["梁家豪", "李詠詩", "黃子明", "Daniel Koh"], ["Priya Raman", "BOT"]
    lines = ["Hi all,", BR, "啱啱個復盤會嘅跟進，按人分咗：", BR,
             "Ka Ho",
             "- 同 Dan 傾好 hotfix 時間表，星期五之前話俾大家知", BR,
             "Wing Sze",
             "- 社交平台道歉帖同補償公告，今日收工前出",
             "- 整理玩家投訴 top 10，下星期二前", BR,
             "Ming",
             "- 冇 action，知會一聲：KOL 合作延後到二月", BR,
             "我",
             "- 補償道具發放名單核對，聽朝10點前", BR,
             "Dan (SG)",
             "- 1.8.2 hotfix build，星期四出", BR,
             "有咩漏咗就話我知。", "Ka Yan"]
    g = gold("minutes", items=[
        item("梁家豪", "同 Dan 傾好 hotfix 時間表", chk(this_or_next_weekday(sd, 4), "2026-01-23", "933-1")),
        item("李詠詩", "社交平台道歉帖同補償公告", chk(sd, "2026-01-21", "933-2")),
        item("李詠詩", "整理玩家投訴 top 10", chk(next_week_weekday(sd, 1), "2026-01-27", "933-3")),
        item("陳嘉欣", "補償道具發放名單核對", chk(sd + dt.timedelta(days=1), "2026-01-22", "933-4"), "10:00"),
        item("Daniel Koh", "1.8.2 hotfix build", chk(this_or_next_weekday(sd, 3), "2026-01-22", "933-5"))],
        notes="Gmail UTF-8, sent Wed 2026-01-21 15:05 HKT. Items are grouped under person headings; each bullet belongs "
              "to its heading. Ka Ho = 梁家豪, Wing Sze = 李詠詩 (roster aliases), '我' = the sender 陳嘉欣, Dan (SG) = "
              "Daniel Koh. 'Ming' has '冇 action' (no action) plus news -> nothing. 星期五之前 -> 2026-01-23; 今日收工前 "
              "-> 2026-01-21 (date only); 下星期二前 -> 2026-01-27; 聽朝10點前 (tomorrow morning 10) -> 2026-01-22 "
              "10:00; 星期四出 -> 2026-01-22.")
    msg = mk(slug, "gmail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("934-lf-publisher-call-jst-next-day-time-split",
      "Gmail English minutes with a Tokyo publisher: external owner (Kenji, To), by Mon, by 3/5; next call written as 'Next call' heading / 'Thursday 4 March' / '10:00 JST' on separate lines (-> 09:00 +08:00); 2027")
def c934():
    org("lumen")
    slug = "934-lf-publisher-call-jst-next-day-time-split"
    t = ts("2027-02-24 17:40:12")
    sd = t.date()
    subject = "Hoshimi x Lumen Forge weekly - notes 24 Feb"
    frm, to, cc = "Priya Raman", ["Kenji Sato", "Marcus Lim"], ["黃子明", "BOT"]
    lines = ["Hi Kenji, Marcus,", BR, "Thanks for the call today. Quick notes:", BR,
             "- JP soft launch stays at 8 April; store pre-registration opens 18 March.",
             "- Hoshimi will handle JP voice-over casting on their side.", BR,
             "Actions",
             "- Kenji to send the JP localisation glossary by 2/26",
             "- Priya to share the revised milestone plan by Mon",
             "- Marcus: store page key art, 3 variants, by 3/5", BR,
             "Next call", "Thursday 4 March", "10:00 JST", BR, "Best,", "Priya"]
    g = gold("minutes", items=[
        item("Kenji Sato", "send the JP localisation glossary", chk(D(2027, 2, 26), "2027-02-26", "934-1")),
        item("Priya Raman", "share the revised milestone plan", chk(this_or_next_weekday(sd, 0), "2027-03-01", "934-2")),
        item("Marcus Lim", "store page key art, 3 variants", chk(D(2027, 3, 5), "2027-03-05", "934-3"))],
        followup=fu(chk(D(2027, 3, 4), "2027-03-04", "934-next"), "09:00"),
        notes="Sent Wed 2027-02-24 17:40 SGT. Kenji = Kenji Sato (external, To). by 2/26 -> 2027-02-26; by Mon -> "
              "2027-03-01; by 3/5 -> 2027-03-05. The launch and pre-registration dates and the voice-over line are "
              "decisions/facts. Next call: the day and the time are on separate lines under a heading, and the time "
              "is in JST (UTC+9): 10:00 JST = 09:00 Asia/Shanghai/SGT on 2027-03-04 (gold times are +08:00).")
    msg = mk(slug, "gmail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


def quote_outlook_tw(p):
    """Outlook (zh-TW / zh-HK UI) reply header block."""
    t = p.t
    h12 = t.hour % 12 or 12
    when = "%d年%d月%d日 %s %d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\n寄件者: %s <%s>\n寄件日期: %s\n收件者: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("副本: %s\n" % ccs if ccs else "") + "主旨: %s\n\n" % p.subject + p.text)
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>寄件者:</b> %s &lt;%s&gt; <br><b>寄件日期:</b> %s<br><b>收件者:</b> %s<br>%s<b>主旨:</b> %s<o:p></o:p></p>'
         '</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<b>副本:</b> %s<br>" % esc(ccs)) if ccs else "",
            esc(p.subject), p.html))
    return text, h


@case("935-lf-hk-new-minutes-in-old-thread-tw-outlook",
      "HK Outlook UTF-8 'RE:' carrying this week's Traditional-Chinese minutes above a zh-TW Outlook quote (寄件者/寄件日期/主旨) of last week's minutes; 12月11日（五）前, 月底前, 下星期一; next meeting '下星期三 下午三點'")
def c935():
    org("lumen")
    slug = "935-lf-hk-new-minutes-in-old-thread-tw-outlook"
    t_old = ts("2026-12-02 16:20:00")
    t = ts("2026-12-09 17:48:26")
    sd = t.date()
    frm, to, cc = "黃子明", ["李詠詩", "陳嘉欣", "梁家豪"], ["BOT"]
    old_subject = "市場部週會紀要 12月2日"
    old_lines = ["各位：", "本週跟進事項：",
                 "1. 詠詩：聖誕活動 KOL 報價收集，12月4日前",
                 "2. 嘉欣：聖誕活動頁面設計需求，交設計組",
                 "3. 子明：與 Hoshimi 確認日版宣傳素材授權", BR, "Ming"]
    old = Parent(frm, to, cc, old_subject, t_old, render_text(plain_blocks(old_lines)),
                 render_outlook_inner(old_lines), "<HK2PR03MB4410A1B2C3D4E5F6@HK2PR03MB4410.apcprd03.prod.outlook.com>")
    qt, qh = quote_outlook_tw(old)
    lines = ["各位，今個禮拜的紀要直接回覆在這個 thread，方便對照。", BR,
             "上週 1、2 項已完成，第 3 項 Hoshimi 已書面授權。", BR,
             "本週跟進：",
             "1. 詠詩：聖誕活動 KOL 排期表，12月11日（五）前",
             "2. 嘉欣：農曆新年活動方案初稿，月底前",
             "3. 子明：同 Kenji 確認日版上架時間，下星期一", BR,
             "下次會議：下星期三 下午三點", BR, "Ming"]
    text = render_text(plain_blocks(lines)) + qt
    html_inner = render_outlook_inner(lines) + qh
    g = gold("minutes", items=[
        item("李詠詩", "聖誕活動 KOL 排期表", chk(D(2026, 12, 11), "2026-12-11", "935-1")),
        item("陳嘉欣", "農曆新年活動方案初稿", chk(month_end(sd), "2026-12-31", "935-2")),
        item("黃子明", "同 Kenji 確認日版上架時間", chk(next_week_weekday(sd, 0), "2026-12-14", "935-3"))],
        followup=fu(chk(next_week_weekday(sd, 2), "2026-12-16", "935-next"), "15:00"),
        notes="Sent Wed 2026-12-09 17:48 HKT as 'RE:' in last week's thread. Only the text above the zh-TW Outlook "
              "quote header (寄件者/寄件日期/收件者/主旨) is new; last week's three items and the status line '上週 1、2 "
              "項已完成…' are not items. 子明 = the sender 黃子明 (given name; Ming is his alias). 12月11日（五）前 -> "
              "2026-12-11; 月底前 -> 2026-12-31; 下星期一 -> 2026-12-14; next meeting 下星期三 下午三點 -> 2026-12-16 15:00.")
    msg = mk(slug, "outlook", frm, to, cc, "RE: " + old_subject, t, lines, g, cs="utf-8", text=text, html=html_inner,
             irt=old.msgid, refs=[old.msgid], thread_parent="old-935",
             host="HKMAIL01.lumenforge.example.sg", ip="10.30.2.41", tw=True)
    return msg, g, True


def docx_bytes(paragraphs):
    """A minimal but valid .docx (WordprocessingML) holding the given paragraphs."""
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
           '.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
          '/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxml'
            'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 6, 15, 10, 30, 0)), data)
    return buf.getvalue()


DOCX_936 = ["Milestone Review – Project Emberfall", "Date: Monday 15 June 2026, 10:00–11:30 (SGT)",
            "Attendees: Priya Raman, Daniel Koh, Marcus Lim, Chloe Ng, Tan Wei Jie, Aisha Rahman",
            "1. Status", "Alpha build is feature complete. Crash-free sessions at 97.8% (target 99%).",
            "2. Decisions", "Beta scope frozen. Co-op mode moves to post-launch.",
            "3. Action items",
            "3.1 Marcus – final key art for the store page – 26 June",
            "3.2 Chloe – character sheets for the 2 new heroes – next Wednesday",
            "3.3 Wei Jie – crash-free rate dashboard – by end of month",
            "3.4 QA team – soak test on the 1.10 RC – TBD",
            "4. Next milestone review: Monday 13 July, 10:00"]


@case("936-lf-minutes-in-docx-attachment-gmail",
      "Gmail with a two-line body; the minutes (action items 3.1-3.4, next review) are only in the attached .docx; 'QA team' owner; by end of month; next Wednesday")
def c936():
    org("lumen")
    slug = "936-lf-minutes-in-docx-attachment-gmail"
    t = ts("2026-06-15 13:02:44")
    sd = t.date()
    subject = "Emberfall milestone review - minutes"
    frm, to, cc = "Priya Raman", ["Daniel Koh", "Marcus Lim", "Chloe Ng", "Tan Wei Jie", "Aisha Rahman"], ["BOT"]
    lines = ["Hi all,", BR, "Minutes from this morning's milestone review attached. Action items are in section 3.", BR,
             "Priya"]
    att = attachment("Emberfall_Milestone_Review_2026-06-15.docx", docx_bytes(DOCX_936),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    g = gold("minutes", items=[
        item("Marcus Lim", "final key art for the store page", chk(D(2026, 6, 26), "2026-06-26", "936-1")),
        item("Chloe Ng", "character sheets for the 2 new heroes", chk(next_week_weekday(sd, 2), "2026-06-24", "936-2")),
        item("Tan Wei Jie", "crash-free rate dashboard", chk(month_end(sd), "2026-06-30", "936-3")),
        item(None, "soak test on the 1.10 RC", None, flags=["no_owner", "vague_due"], department="QA")],
        followup=fu(chk(D(2026, 7, 13), "2026-07-13", "936-next"), "10:00"),
        notes="Sent Mon 2026-06-15. The mail body only points to the attachment; the minutes are in "
              "Emberfall_Milestone_Review_2026-06-15.docx (word/document.xml). A parser that ignores attachments "
              "finds no items - the gold records what a human reading the document would. 26 June -> 2026-06-26; next "
              "Wednesday -> 2026-06-24; by end of month -> 2026-06-30; 'QA team … TBD' -> owner null, no_owner, "
              "department QA (a roster department), vague_due. Sections 1-2 are status and decisions. Next milestone "
              "review 2026-07-13 10:00.")
    msg = mk(slug, "gmail", frm, to, cc, subject, t, lines, g, attachments=[att])
    return msg, g, False


@case("937-lf-reply-confirm-gmail-en",
      "Gmail English reply to the English recap of 930: 'Confirmed, all good from my side' plus a conditional remark with a weekday; 'On … wrote:' quote")
def c937():
    org("lumen")
    slug = "937-lf-reply-confirm-gmail-en"
    ms = "930-lf-sprint-planning-gmail-en"
    parent = recap_of(ms, 2, "2026-08-03 18:00", lang="en")
    t = ts("2026-08-03 12:20:09")
    frm, to, cc = "Tan Wei Jie", [bot_reply_to(ms)], ["Priya Raman"]
    body = "Confirmed, all good from my side. If the Android fix needs a server change I'll flag it on Wednesday.\n\nWJ\n"
    qt, qh = quote_gmail_en(parent)
    text = body + qt
    html_inner = '<div dir="ltr">%s</div>' % "<br>".join(esc(l) for l in body.rstrip("\n").split("\n")) + qh
    g = gold("reply", reply=rep("confirm"),
             notes="Reply 2026-08-03 12:20 to the English recap of 930. 'Confirmed' -> confirm, no item number. The "
                   "'if … I'll flag it on Wednesday' clause is neither an objection nor an extension. The quoted recap "
                   "footer lists every command word.")
    msg = mk(slug, "gmail", frm, to, cc, "Re: " + parent.subject, t, [], g, text=text, html=html_inner,
             irt=parent.msgid, refs=[VIEWS[ms]["msgid"], parent.msgid])
    return msg, g, False


@case("938-lf-auto-jira-notification",
      "Jira Cloud notification (Auto-Submitted: auto-generated, Precedence: bulk, List-style headers) assigning an issue with a due date and a comment with '@handle … by Friday' -> kind auto")
def c938():
    org("lumen")
    slug = "938-lf-auto-jira-notification"
    t = ts("2026-01-21 07:44:10", UTC)
    text = ("Daniel Koh assigned EMB-2231 to Tan Wei Jie\n\nEMB-2231 Crash on resume after hotfix 1.8.1 (Android)\n"
            "Type: Bug   Priority: Highest   Due date: 22/Jan/26\n\nDaniel Koh commented:\n"
            "@Tan Wei Jie please take this one, need a fix in the 1.8.2 build by Friday.\n\n"
            "View issue: https://lumenforge.atlassian.example.net/browse/EMB-2231\n\n"
            "Get Jira notifications on your phone! Download the Jira Cloud app.\n"
            "This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100253-sha1:4c1b2aa)\n")
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' +
                "".join("<p>%s</p>" % esc(l) for l in text.split("\n") if l) + "</body></html>")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)],
                 "----=_Part_%d_%d.%d" % (int(hx(slug, 5), 16), int(hx(slug + "b", 6), 16), int(t.timestamp() * 1000)))
    hdrs = [("Return-Path", "<bounces+jira-%s@lumenforge.atlassian.example.net>" % hx(slug, 12)),
            ("Delivered-To", BOT[1]),
            ("Date", rfc_date(t)),
            ("From", '"Daniel Koh (Jira)" <jira@lumenforge.atlassian.example.net>'),
            ("Reply-To", "jira@lumenforge.atlassian.example.net"),
            ("To", BOT[1]),
            ("Message-ID", "<JIRA.10231.%d@Atlassian.JIRA>" % int(t.timestamp())),
            ("In-Reply-To", "<JIRA.10231.1768950000000@Atlassian.JIRA>"),
            ("Subject", "[JIRA] (EMB-2231) Crash on resume after hotfix 1.8.1 (Android)"),
            ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
            ("X-JIRA-FingerPrint", hx(slug + "fp", 32)), ("X-Atlassian-Notification", "issue_assigned")]
    msg = envelope(hdrs, body, mime_version=False)
    g = gold("auto", notes="Jira notification to a mailing list the bot address sits on: Auto-Submitted: "
                           "auto-generated, Precedence: bulk, From '(Jira)'. The body has an assignee, a Due date and an "
                           "'@name … by Friday' comment that look like an action item; it is machine mail -> auto, no "
                           "items.")
    return msg, g, False


@case("939-lf-other-chat-bot-cc",
      "Plain English person-to-person mail with the bot in Cc: asks for the notes of a meeting and for a build 'by Friday'; no minutes -> kind other")
def c939():
    org("lumen")
    slug = "939-lf-other-chat-bot-cc"
    t = ts("2026-08-05 09:14:55")
    frm, to, cc = "Aisha Rahman", ["Priya Raman"], ["BOT"]
    text = ("Hi Priya,\n\nI was out on Monday afternoon - is there a recording of the sprint planning? Also could "
            "someone drop the 1.9 RC build in the QA folder by Friday so we can start the soak test over the weekend?\n\n"
            "(cc'ing the action bot so it has my question on file, not sure if that works)\n\nThanks\nAisha\n")
    g = gold("other", notes="A personal request with the bot in Cc: a question and a request 'by Friday' without an "
                            "owner, not minutes and not a reply to a recap (no In-Reply-To, not sent to a bot+token "
                            "address). kind other, no items.")
    msg = mk(slug, "thunderbird", frm, to, cc, "Sprint planning recording?", t, [], g, text=text)
    return msg, g, False


# ==============================================================================================================
# more minutes (added to reach ~30 minutes mails); kept with their organisation's number range
# ==============================================================================================================
@case("909-wg-delivery-platform-tracking-table-2027",
      "Exmail gb18030 外卖平台运营月会 with a seed-style 跨部门协作事项跟踪表 (事项/负责人/计划完成时间/进展情况): 已完成 row, '待定' row, 本月20日前, 下周四, 1月底; 2027")
def c909():
    org("weigu")
    slug = "909-wg-delivery-platform-tracking-table-2027"
    t = ts("2027-01-11 10:05:37")
    sd = t.date()
    subject = "1月外卖平台运营月会 跟踪表"
    frm, to, cc = "罗静", ["何晓琳", "周建平", "黎子豪", "汤敏"], ["郑国栋", "BOT"]
    tbl = Tbl([["序号", "协作事项", "负责人", "计划完成时间", "进展情况"],
               ["1", "外卖套餐价格带调整（满减规则同步修改）", "何晓琳", "本月20日前", "方案已出初稿"],
               ["2", "外卖专用包装防洒漏测试", "周建平", "下周四", "未开始"],
               ["3", "差评48小时回复机制上线", "罗静", "12月31日", "已完成"],
               ["4", "加盟店接入统一外卖账号", "黎子豪", "待定", "等平台政策"],
               ["5", "外卖出餐食安抽检（每店2单）", "汤敏", "1月底", "进行中"]])
    lines = ["各位：", BR, "1月外卖平台运营月会的跟踪表更新如下，请按时间推进。", BR, tbl, BR,
             "12月外卖营业额环比增长11%，差评率降到1.8%。", BR, "罗静"]
    g = gold("minutes", items=[
        item("何晓琳", "外卖套餐价格带调整（满减规则同步修改）", chk(D(2027, 1, 20), "2027-01-20", "909-1")),
        item("周建平", "外卖专用包装防洒漏测试", chk(next_week_weekday(sd, 3), "2027-01-21", "909-2")),
        item("黎子豪", "加盟店接入统一外卖账号", None, flags=["vague_due"]),
        item("汤敏", "外卖出餐食安抽检（每店2单）", chk(D(2027, 1, 31), "2027-01-31", "909-5"))],
        notes="Seed-style 跨部门协作事项跟踪表, sent Mon 2027-01-11. Row 3 is 已完成 -> status, not an item ('48小时' is "
              "part of its name, not a deadline). 本月20日前 -> 2027-01-20; 下周四 -> the Thursday of next "
              "week = 2027-01-21. 待定 -> vague_due; 1月底 -> 2027-01-31. The sales line is a fact. "
              "No working-day arithmetic (2027).")
    msg = mk(slug, "qq", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("917-wj-family-doctor-dragon-boat-titles",
      "Coremail 家庭医生签约推进会 before Dragon Boat 2026: 杜老师/曾股长/小吴 (杜老师 only via Cc), 3个工作日内 over the 06-19 holiday, 端午节后第一个工作日, 本周五 = the holiday itself")
def c917():
    org("lxwjw")
    slug = "917-wj-family-doctor-dragon-boat-titles"
    t = ts("2026-06-17 16:12:03")
    sd = t.date()
    subject = "家庭医生签约服务推进会议纪要"
    frm, to, cc = "曾红梅", ["吴思雨", "龚雪"], ["杜明", "黄振华", "BOT"]
    lines = ["各位：", BR, "6月17日家庭医生签约服务推进会纪要如下：", BR,
             "一、上半年全县重点人群签约率达到76.3%，离年度目标（85%）还有差距，乡镇之间不平衡。", BR,
             "二、下步安排",
             "1. 请杜老师牵头编写中医药特色签约服务包（含收费标准建议），3个工作日内发我。",
             "2. 小吴：各乡镇签约进度排名表端午节后第一个工作日在工作群通报。",
             "3. 龚院长：协调县中医医院专家下沉乡镇卫生院排班，本周五前给出名单。",
             "4. 曾股长（本人）：起草签约服务考核办法修订稿，6月底前提交委务会。", BR,
             "基层卫生股 曾红梅"]
    g = gold("minutes", items=[
        item("杜明", "编写中医药特色签约服务包", chk(add_workdays(sd, 3), "2026-06-23", "917-1")),
        item("吴思雨", "各乡镇签约进度排名表", chk(first_workday_after(D(2026, 6, 21)), "2026-06-22", "917-2")),
        item("龚雪", "协调县中医医院专家下沉乡镇卫生院排班", chk(this_or_next_weekday(sd, 4), "2026-06-19", "917-3")),
        item("曾红梅", "起草签约服务考核办法修订稿", chk(D(2026, 6, 30), "2026-06-30", "917-4"))],
        notes="Sent Wed 2026-06-17. Dragon Boat 2026: 06-19..06-21 off (no make-up day). (1) 杜老师 is not a roster "
              "alias: it resolves through the Cc display name 杜明; 3个工作日内 from 06-17: Thu 06-18, Mon 06-22, Tue "
              "06-23 -> 2026-06-23. (2) 小吴 = 吴思雨; 端午节后第一个工作日 -> 2026-06-22. (3) 龚院长 = 龚雪; 本周五前 -> "
              "2026-06-19, which is the holiday itself (kept as written; a careful assistant might point it out). "
              "(4) '曾股长（本人）' = the sender 曾红梅; 6月底前 -> 2026-06-30. Section 一 is a report.")
    msg = mk(slug, "coremail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("918-wj-dingtalk-ai-minutes-gov",
      "政务钉钉 AI听记 minutes pasted by the office: 摘要/发言人 time-stamped transcript lines (with promises in them), only the 待办 section counts; an item whose owner is a unit; AI footer")
def c918():
    org("lxwjw")
    slug = "918-wj-dingtalk-ai-minutes-gov"
    t = ts("2026-03-25 11:48:20")
    sd = t.date()
    subject = "县域医共体信息化建设推进会（钉钉AI听记纪要）"
    frm, to, cc = "吴思雨", ["林国强", "蒋文斌", "潘立新", "许卫东"], ["黄振华", "BOT"]
    lines = ["各位领导：", BR, "上午推进会用钉钉AI听记做了记录，整理后发各位，待办已人工核对。", BR,
             "【会议主题】县域医共体信息化建设推进会",
             "【会议时间】2026-03-25 09:30", BR,
             "【摘要】",
             "会议听取了县人民医院关于医共体HIS系统一体化改造的进展汇报，目前检验、影像两个中心已上线，乡镇卫生院接入"
             "率60%。会议明确二期项目资金从县级医共体建设专项中列支。", BR,
             "【发言记录】",
             "[00:03:12] 潘立新：检验中心和影像中心已经上线，下个月我们争取把剩下的乡镇都接进来。",
             "[00:11:40] 蒋文斌：二期资金没问题，专项里有预算，我们财务这边尽快走流程。",
             "[00:25:05] 林国强：接入进度要每周报一次，医政股来汇总。", BR,
             "【待办】",
             "1. 许卫东：4月10日前提交剩余乡镇卫生院接入计划表",
             "2. 蒋文斌：3月31日前完成二期项目资金拨付审批",
             "3. 医政医管股：建立接入进度周报机制，下周五前首次汇总通报",
             "4. 县人民医院信息科：本周五前完成数据安全等保测评材料", BR,
             "以上内容由AI生成，请注意核实。", BR, "委办公室 吴思雨"]
    g = gold("minutes", items=[
        item("许卫东", "提交剩余乡镇卫生院接入计划表", chk(D(2026, 4, 10), "2026-04-10", "918-1")),
        item("蒋文斌", "完成二期项目资金拨付审批", chk(D(2026, 3, 31), "2026-03-31", "918-2")),
        item(None, "建立接入进度周报机制", chk(next_week_weekday(sd, 4), "2026-04-03", "918-3"), department="医政医管股"),
        item(None, "完成数据安全等保测评材料", chk(this_or_next_weekday(sd, 4), "2026-03-27", "918-4"))],
        notes="Sent Wed 2026-03-25. Only 【待办】 holds items: the 摘要 reports progress and a decision (资金列支), and "
              "the time-stamped 发言记录 lines hold promises ('下个月…争取', '尽快走流程', '每周报一次') that the "
              "assistant has turned into 待办 already. (3) owner is a unit of ours -> no_owner, department 医政医管股; "
              "下周五前 -> 2026-04-03. (4) '县人民医院信息科' is a hospital section, not a roster department -> "
              "no_owner, department null; 本周五前 -> 2026-03-27.")
    msg = mk(slug, "coremail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


@case("929-hy-issue-record-hour-deadlines",
      "Outlook gb2312 seed 问题协调解决记录表 (紧急程度 高): 2小时内 / 24小时内 from the Date header -> due_time, 今晚8点前, 明天上午10点前; a 已解决 line")
def c929():
    org("hengyue")
    slug = "929-hy-issue-record-hour-deadlines"
    t = ts("2026-11-12 14:37:21")
    sd = t.date()
    subject = "【紧急】两融客户盯市短信延迟问题协调记录"
    frm, to, cc = "周骏", ["谭宇航", "贺琪", "付晓", "孟凡"], ["严俊", "龙飞", "BOT"]
    tbl = Tbl([["问题编号", "问题描述", "涉及部门", "紧急程度", "解决方案", "负责人", "完成时间", "状态"],
               ["IT2026-1112-01", "两融盯市预警短信延迟最长达40分钟", "信息技术部、风险管理部、经纪业务总部", "高",
                "①短信网关切换至备用通道 ②排查队列积压原因并出具报告", "谭宇航", "①2小时内 ②24小时内", "处理中"],
               ["IT2026-1112-02", "已延迟客户的补发及解释", "经纪业务总部", "高", "营业部逐一电话回访", "付晓",
                "今晚8点前", "处理中"],
               ["IT2026-1112-03", "短信供应商SLA违约确认", "信息技术部", "中", "供应商出具书面说明", "孟凡",
                "明天上午10点前", "处理中"]])
    lines = ["各位：", BR, "下午协调会记录如下，请各负责人按时间节点推进，处理结果直接回复本邮件。", BR, tbl, BR,
             "补充：风险管理部已于14:10人工复核全部预警客户，未发现漏报（已解决）。", BR,
             "周骏", "信息技术部 运维组"]
    t2, t24 = t + dt.timedelta(hours=2), t + dt.timedelta(hours=24)
    g = gold("minutes", items=[
        item("谭宇航", "短信网关切换至备用通道", chk(t2.date(), "2026-11-12", "929-1"), "16:37"),
        item("谭宇航", "排查队列积压原因并出具报告", chk(t24.date(), "2026-11-13", "929-2"), "14:37"),
        item("付晓", "营业部逐一电话回访", chk(sd, "2026-11-12", "929-3"), "20:00"),
        item("孟凡", "供应商出具书面说明", chk(sd + dt.timedelta(days=1), "2026-11-13", "929-4"), "10:00")],
        notes="Seed 问题协调解决记录表, sent Thu 2026-11-12 14:37:21. Row 1 splits by ①② into two items owned by the "
              "row's 负责人, with hour deadlines from the Date header: 2小时内 -> 16:37, 24小时内 -> 2026-11-13 14:37 "
              "(minutes kept, seconds dropped). Row 2 今晚8点前 -> 20:00 today. Row 3 明天上午10点前 -> 2026-11-13 "
              "10:00; owner 孟凡 is the vendor engineer (To, external). Tasks are the 解决方案 cells (the 问题描述 "
              "is the problem, not the task; a scorer may accept either). The 补充 line is already solved.")
    msg = mk(slug, "outlook", frm, to, cc, subject, t, lines, g, cs="gb2312")
    return msg, g, True


@case("940-lf-qa-triage-mixed-zh-en-gmail",
      "Gmail SG team mixed Simplified Chinese/English triage: 'Owner: / Due:' blocks per bug, 'within 24 hours' (hour deadline -> time), EOD Friday, next Tues, a 'Fixed' block that is not an item")
def c940():
    org("lumen")
    slug = "940-lf-qa-triage-mixed-zh-en-gmail"
    t = ts("2025-04-30 10:20:48")
    sd = t.date()
    subject = "Bug triage 30/4 - blockers for 1.6"
    frm, to, cc = "Aisha Rahman", ["Daniel Koh", "Tan Wei Jie", "Chloe Ng"], ["Priya Raman", "BOT"]
    lines = ["Hi all，今天 triage 结果如下：", BR,
             "[EMB-1840] 商城页面在 iPad 上按钮错位",
             "Owner: Chloe", "Due: EOD Friday", BR,
             "[EMB-1844] 登录后偶现黑屏 (Android 12)",
             "Owner: Wei Jie", "Due: within 24 hours，这个是 blocker", BR,
             "[EMB-1851] 存档同步冲突，需要先定方案",
             "Owner: Dan", "Due: next Tues", BR,
             "[EMB-1833] 音效重复播放",
             "Status: Fixed in build 1.6.0.412，QA 已验证", BR,
             "Release go/no-go 还是按原计划，Priya 会另外发 invite。", BR, "Aisha"]
    t24 = t + dt.timedelta(hours=24)
    g = gold("minutes", items=[
        item("Chloe Ng", "商城页面在 iPad 上按钮错位", chk(this_or_next_weekday(sd, 4), "2025-05-02", "940-1")),
        item("Tan Wei Jie", "登录后偶现黑屏 (Android 12)", chk(t24.date(), "2025-05-01", "940-2"), "10:20"),
        item("Daniel Koh", "存档同步冲突，需要先定方案", chk(next_week_weekday(sd, 1), "2025-05-06", "940-3"))],
        notes="Singapore team (writes Simplified Chinese) triage mail, sent Wed 2025-04-30 10:20:48 SGT. Each bug title "
              "is the task, with Owner:/Due: lines below it. EOD Friday -> 2025-05-02 (date only); 'within 24 hours' "
              "-> 2025-05-01 10:20 (hour deadline from the Date header; 05-01 is a Chinese holiday but hours are not "
              "working days); next Tues -> 2025-05-06. EMB-1833 is Fixed -> status, not an item. The go/no-go "
              "line gives no date -> next_followup null.")
    msg = mk(slug, "gmail", frm, to, cc, subject, t, lines, g)
    return msg, g, False


# ==============================================================================================================
# Writing and checking
# ==============================================================================================================
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
REMAP = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
         "big5": "big5hkscs"}




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
    for part in msg.walk():
        fn = part.get_filename() or ""
        if fn.lower().endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))) as z:
                chunks.append(re.sub(r"<[^>]+>", "\n", z.read("word/document.xml").decode("utf-8")))
    return "\n".join(chunks)


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
        visible = _norm(_visible(msg))
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



def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def build():
    CHECKS.clear()
    VIEWS.clear()
    out = []
    for slug, readme, fn in CASES:
        msg, g, crlf = fn()
        out.append((slug, readme, serialize(msg, crlf),
                    (json.dumps(g, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), g))
    return out


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("[0-9][0-9][0-9]-*.eml")) + list(out.glob("[0-9][0-9][0-9]-*.json")):
        f.unlink()
    for slug, readme, eml, js, g in build():
        (out / (slug + ".eml")).write_bytes(eml)
        (out / (slug + ".json")).write_bytes(js)
    write_roster(out / "roster.csv")


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors = []
    # 1. every gold date re-computed from the calendar (expect() raises on a mismatch while building)
    try:
        built = build()
    except AssertionError as e:
        print("ERROR gold date:", e)
        return 1
    # 2. the files on disk are exactly what the script writes
    for slug, readme, eml, js, g in built:
        for ext, data in ((".eml", eml), (".json", js)):
            f = out / (slug + ext)
            if not f.exists() or f.read_bytes() != data:
                errors.append("%s%s differs from the generator output" % (slug, ext))
    # 3. every item/follow-up date in the gold has a calendar check behind it
    checked = {iso for _, _, iso in CHECKS}
    for slug, readme, eml, js, g in built:
        for it in g["items"]:
            if it["due_date"] and it["due_date"] not in checked:
                errors.append("%s: due %s has no calendar check" % (slug, it["due_date"]))
    # 4. schema, MIME and gold/message consistency (as the dev corpus checker)
    e2, counts, n = check(out)
    errors += e2
    for e in errors:
        print("ERROR", e)
    print("cases: %d  " % n + "  ".join("%s: %d" % (k, counts[k]) for k in ("minutes", "reply", "other", "auto")
                                         if k in counts))
    items = sum(len(json.loads(p.read_text(encoding="utf-8"))["items"])
                for p in sorted(out.glob("[0-9][0-9][0-9]-*.json")))
    print("gold items: %d  calendar checks: %d  roster people: %d" % (items, len(CHECKS), len(ROSTER)))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
