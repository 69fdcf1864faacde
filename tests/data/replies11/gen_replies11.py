#!/usr/bin/env python3
"""replies11: blind held-out set of replies to minutebot recaps (澜衡医疗 / Lanheng Medical).

    /work/blind/venv/bin/python gen_replies11.py [OUTDIR]     # write NNN-slug.eml/.json, roster.csv
    /work/blind/venv/bin/python gen_replies11.py --check [DIR] # re-check every gold date against chinesecalendar
                                                               # and that the written files equal a fresh build

Deterministic: no clock, no randomness. MIME/header helpers adapted from the dev corpus's make_corpus.py.
"""
import datetime as dt
import chinese_calendar

DOM = "lanheng-med.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
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

# ==============================================================================================================
# replies11 starts here
# ==============================================================================================================
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
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


ROSTER = [
    # name, email, department, manager_email, aliases
    ("周雅琴", "zhouyaqin@" + DOM, "质量部", "", "周总;Zhou Yaqin;Grace Zhou;雅琴"),
    ("沈俊", "shenjun@" + DOM, "质量部", "zhouyaqin@" + DOM, "Shen Jun;Jason Shen;小沈"),
    ("钱立", "qianli@" + DOM, "供应链部", "", "钱经理;Qian Li;Leo Qian"),
    ("吴海", "wuhai@" + DOM, "供应链部", "qianli@" + DOM, "Wu Hai;海哥;Harry Wu"),
    ("顾建明", "gujianming@" + DOM, "生产部", "", "顾厂长;Gu Jianming;老顾"),
    ("陆晓峰", "luxiaofeng@" + DOM, "生产部", "gujianming@" + DOM, "陆工;Lu Xiaofeng;Eric Lu"),
    ("蒋蕾", "jianglei@" + DOM, "生产部", "gujianming@" + DOM, "Jiang Lei;Lily Jiang;蕾蕾"),
    ("唐静", "tangjing@" + DOM, "市场部", "", "唐经理;Tang Jing;Tina Tang"),
    ("许蔓", "xuman@" + DOM, "市场部", "tangjing@" + DOM, "Xu Man;Mandy Xu;小许"),
    ("林慧", "linhui@" + DOM, "财务部", "", "林会计;Lin Hui;Helen Lin"),
    ("何志远", "hezhiyuan@" + DOM, "国际业务部", "", "何总;He Zhiyuan;Kevin He"),
    ("Tan Wei Ming", "weiming.tan@" + DOM, "研发部", "", "Wei Ming;WM;陈伟明;Tan WM"),
    ("Priya Nair", "priya.nair@" + DOM, "研发部", "weiming.tan@" + DOM, "Priya;P. Nair"),
    ("林佩君", "peichun.lin@" + DOM, "研发部", "weiming.tan@" + DOM, "Peggy Lin;Lin Pei-Chun;佩君;Peggy"),
    ("Nguyễn Thị Lan", "lan.nguyen@" + DOM, "研发部", "weiming.tan@" + DOM, "Lan Nguyen;Lan;Nguyen Thi Lan"),
    ("佐藤健", "ken.sato@" + DOM, "研发部", "weiming.tan@" + DOM, "Ken Sato;Sato Ken;佐藤;Sato-san"),
    ("Katrin Weber", "katrin.weber@" + DOM, "法规事务部", "", "Katrin;K. Weber"),
    ("Jan de Vries", "jan.devries@" + DOM, "法规事务部", "katrin.weber@" + DOM, "Jan;J. de Vries"),
    ("Agnieszka Nowak", "agnieszka.nowak@" + DOM, "法规事务部", "katrin.weber@" + DOM, "Aga;Agnieszka;A. Nowak"),
    ("Camille Martin", "camille.martin@" + DOM, "法规事务部", "katrin.weber@" + DOM, "Camille;C. Martin"),
    ("Emily Carter", "emily.carter@" + DOM, "法规事务部", "katrin.weber@" + DOM, "Emily;E. Carter"),
    ("Lucía Fernández", "lucia.fernandez@" + DOM, "法规事务部", "katrin.weber@" + DOM, "Lucia Fernandez;Lucía;Lucia"),
    ("Rina Kusuma", "rina.kusuma@medikanusantara.example.co.id", "国际业务部", "hezhiyuan@" + DOM, "Rina;Bu Rina"),
    ("Somchai Phongsri", "somchai@siammedsupply.example.co.th", "国际业务部", "hezhiyuan@" + DOM, "Somchai;Khun Somchai"),
    ("김지훈", "jihoon.kim@hanmedi.example.co.kr", "国际业务部", "hezhiyuan@" + DOM, "Kim Jihoon;Jihoon Kim;金志勋;Jihoon"),
]
P = {r[0]: {"name": r[0], "email": r[1], "department": r[2], "manager_email": r[3], "aliases": r[4]} for r in ROSTER}
EXT = {}


def who(name):
    if isinstance(name, tuple):
        return name
    if name == BOT[0]:
        return BOT
    return (name, P[name]["email"])

# ---- time zones of the writers --------------------------------------------------------------------------------
def tzh(h):
    return dt.timezone(dt.timedelta(hours=h))


def local(t, tz):
    return t.astimezone(tz)


def quote_lines(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def names(lst, fmt, sep):
    return sep.join(fmt % x for x in lst)


# ---- extra quote styles (header labels per client language) ---------------------------------------------------
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DAY_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DAY_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MON_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
DAY_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
MON_PL = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
DAY_PL = "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
DAY_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
DAY_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
DAY_JA = "月火水木金土日"
DAY_KO = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
DAY_TW = "一二三四五六日"


def outlook_sent(lang, t):
    h12 = t.hour % 12 or 12
    if lang == "en":
        return "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year,
                                            h12, t.minute, "AM" if t.hour < 12 else "PM")
    if lang == "zh-TW":
        return "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (DAY_FR[t.weekday()], t.day, MON_FR[t.month - 1], t.year, t.hour, t.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DAY_DE[t.weekday()], t.day, MON_DE[t.month - 1], t.year, t.hour, t.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (DAY_NL[t.weekday()], t.day, MON_NL[t.month - 1], t.year, t.hour, t.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (DAY_PL[t.weekday()], t.day, MON_PL[t.month - 1], t.year, t.hour, t.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (DAY_ES[t.weekday()], t.day, MON_ES[t.month - 1], t.year, t.hour,
                                               t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "ko":
        return "%d년 %d월 %d일 %s %s %d:%02d" % (t.year, t.month, t.day, DAY_KO[t.weekday()],
                                             "오전" if t.hour < 12 else "오후", h12, t.minute)
    if lang == "vi":
        return "%s, ngày %d tháng %d năm %d %d:%02d" % (DAY_VI[t.weekday()], t.day, t.month, t.year, t.hour, t.minute)
    raise ValueError(lang)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "副本", "主旨", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat", ": "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名", ": "),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", ": "),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề", ": "),
}


def quote_outlook_lang(p, lang, tz, plain_original=False):
    """Outlook desktop reply header block in the client's UI language (times in the writer's own zone)."""
    t = local(p.t, tz)
    f, s, to_l, cc_l, subj, colon = OUTLOOK_LABELS[lang]
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    when = outlook_sent(lang, t)
    head = (("-----Original Message-----\n" if plain_original else "") +
            "%s%s%s <%s>\n%s%s%s\n%s%s%s\n" % (f, colon, p.frm[0], p.frm[1], s, colon, when, to_l, colon, tos)
            + ("%s%s%s\n" % (cc_l, colon, ccs) if ccs else "") + "%s%s%s\n\n" % (subj, colon, p.subject))
    text = "\n" + head + p.text
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>%s%s</b>%s &lt;%s&gt;<br><b>%s%s</b>%s<br><b>%s%s</b>%s<br>%s<b>%s%s</b>%s<o:p></o:p></p></div></div>'
         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s'
         % (f, colon, esc(p.frm[0]), p.frm[1], s, colon, when, to_l, colon, esc(tos),
            ("<b>%s%s</b>%s<br>" % (cc_l, colon, esc(ccs))) if ccs else "", subj, colon, esc(p.subject), p.html))
    return text, h


def gmail_attr(lang, p, tz):
    t = local(p.t, tz)
    n, a = p.frm
    if lang == "fr":
        return "Le %s. %d %s %d à %02d:%02d, %s <%s> a écrit :" % (DAY_FR[t.weekday()][:3], t.day,
                                                                  MON_FR[t.month - 1][:4].rstrip("."), t.year,
                                                                  t.hour, t.minute, n, a)
    if lang == "de":
        return "Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (DAY_DE[t.weekday()][:2], t.day,
                                                                       MON_DE[t.month - 1], t.year, t.hour,
                                                                       t.minute, n, a)
    if lang == "nl":
        return "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (DAY_NL[t.weekday()][:2], t.day,
                                                                MON_NL[t.month - 1][:3], t.year, t.hour, t.minute,
                                                                n, a)
    if lang == "pl":
        return "%s., %d %s %d o %02d:%02d %s <%s> napisał(a):" % (
            ["pon", "wt", "śr", "czw", "pt", "sob", "niedz"][t.weekday()], t.day,
            ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"][t.month - 1],
            t.year, t.hour, t.minute, n, a)
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()], t.day, MON_ES[t.month - 1][:3], t.year,
            t.hour, t.minute, n, a)
    if lang == "ja":
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, DAY_JA[t.weekday()], t.hour, t.minute,
                                                   n, a)
    if lang == "ko":
        return "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, DAY_KO[t.weekday()][0],
                                                              "오전" if t.hour < 12 else "오후", t.hour % 12 or 12,
                                                              t.minute, n, a)
    if lang == "vi":
        return "Vào %s, %d thg %d, %d vào lúc %d:%02d %s <%s> đã viết:" % (
            ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()], t.day, t.month, t.year, t.hour,
            t.minute, n, a)
    if lang == "id":
        return "Pada %s, %d %s %d pukul %02d.%02d %s <%s> menulis:" % (
            ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"][t.weekday()], t.day,
            ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"][t.month - 1],
            t.year, t.hour, t.minute, n, a)
    if lang == "en":
        h12 = t.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1],
                                                                  t.day, t.year, h12, t.minute,
                                                                  "AM" if t.hour < 12 else "PM", n, a)
    if lang == "zh":
        return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (n, a, t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()],
                                                       t.hour, t.minute)
    raise ValueError(lang)


def quote_gmail_lang(p, lang, tz):
    attr = gmail_attr(lang, p, tz)
    text = "\n\n" + attr + "\n\n" + quote_lines(p.text)
    a_html = esc(attr).replace("&lt;%s&gt;" % p.frm[1], '&lt;<a href="mailto:%s">%s</a>&gt;' % (p.frm[1], p.frm[1]))
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (a_html, p.html))
    return text, h


def quote_apple_en(p, tz):
    t = local(p.t, tz)
    attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, t.hour, t.minute,
                                                         p.frm[0], p.frm[1])
    text = "\n\n> " + attr + "\n>\n" + quote_lines(p.text)
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
         '<div dir="ltr">%s</div></blockquote>' % (esc(attr), p.html))
    return text, h


def quote_thunderbird(p, lang, tz):
    t = local(p.t, tz)
    if lang == "de":
        attr = "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute, p.frm[0])
    elif lang == "en":
        attr = "On %d/%d/%d %d:%02d %s, %s wrote:" % (t.month, t.day, t.year, t.hour % 12 or 12, t.minute,
                                                      "AM" if t.hour < 12 else "PM", p.frm[0])
    else:
        attr = "在 %d/%d/%d %02d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, p.frm[0])
    return "\n" + attr + "\n" + quote_lines(p.text), ('<div class="moz-cite-prefix">%s<br></div><blockquote '
                                                     'type="cite" cite="mid:%s">%s</blockquote>'
                                                     % (esc(attr), p.msgid.strip("<>"), p.html))


def quote_163(p):
    t = p.t
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
    text = "\n\n\n\n\n\n" + attr + "\n" + quote_lines(p.text)
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>'
         '%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: '
         '#ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
    return text, h


def quote_alimail(p):
    """DingTalk mail (阿里邮箱) reply block."""
    t = p.t
    tos = ", ".join('"%s"<%s>' % x for x in p.to)
    ccs = ", ".join('"%s"<%s>' % x for x in p.cc)
    when = "%d年%d月%d日(星期%s) %d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    head = ("------------------------------------------------------------------\n发件人：%s <%s>\n发送时间：%s\n"
            "收件人：%s\n" % (p.frm[0], p.frm[1], when, tos) + ("抄　送：%s\n" % ccs if ccs else "") +
            "主　题：%s\n\n" % p.subject)
    h = ('<div class="__aliyun_email_body_block"><div style="clear:both;"><br></div><blockquote style="margin-right:0;'
         'margin-top:0;margin-bottom:0;"><div style="clear:both;">------------------------------------------------------'
         '------------</div><div style="clear:both;">发件人：%s &lt;%s&gt;</div><div style="clear:both;">发送时间：%s</div>'
         '<div style="clear:both;">收件人：%s</div>%s<div style="clear:both;">主　题：%s</div><div style="clear:both;">'
         '<br></div>%s</blockquote></div>' % (esc(p.frm[0]), p.frm[1], when, esc(tos),
                                              ('<div style="clear:both;">抄　送：%s</div>' % esc(ccs)) if ccs else "",
                                              esc(p.subject), p.html))
    return "\n\n" + head + p.text, h


def quote_feishu(p):
    t = p.t
    tos = ", ".join('"%s"<%s>' % x for x in p.to)
    when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    head = "\n\n发件人: %s <%s>\n发送时间: %s\n收件人: %s\n主题: %s\n\n" % (p.frm[0], p.frm[1], when, tos, p.subject)
    h = ('<div class="history-quote-wrapper"><div data-html-block="quote"><div style="border-left:2px solid #BBBFC4;'
         'padding-left:10px;margin-top:16px"><div class="adit-html-block__attr history-quote-meta-wrapper" style="'
         'padding:12px;background:#f5f6f7;color:#1f2329;border-radius:4px;margin-bottom:12px"><div><span>发件人: </span>'
         '%s &lt;%s&gt;</div><div><span>发送时间: </span>%s</div><div><span>收件人: </span>%s</div><div><span>主题: </span>'
         '%s</div></div>%s</div></div></div>' % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(p.subject), p.html))
    return head + p.text, h


def quote_outlook_mac_zh(p):
    t = p.t
    tos = ", ".join("%s <%s>" % x for x in p.to)
    ccs = ", ".join("%s <%s>" % x for x in p.cc)
    when = "星期%s, %d年%d月%d日 %d:%02d" % (WEEKDAY_ZH[t.weekday()], t.year, t.month, t.day, t.hour, t.minute)
    text = ("\n\n发件人: %s <%s>\n日期: %s\n收件人: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n" % p.subject + p.text)
    h = ('<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
         'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>发件人: </b>%s &lt;%s&gt;<br><b>日期: </b>%s<br><b>收件人: '
         '</b>%s<br>%s<b>主题: </b>%s</p></div>%s</div>' % (esc(p.frm[0]), p.frm[1], when, esc(tos),
                                                            ("<b>抄送: </b>%s<br>" % esc(ccs)) if ccs else "",
                                                            esc(p.subject), p.html))
    return text, h


# ---- extra client envelopes -----------------------------------------------------------------------------------
def addr_hdr(lst, cs="utf-8", quote=False):
    return haddrs(lst, cs, "B", quote=quote)


def apple(frm, to, cc, subject, t, text, html_body, seed, irt, refs, iphone=True):
    b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "a", 4).upper(),
                                       hx(seed + "b", 4).upper(), hx(seed + "c", 12).upper())
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s</body></html>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
    fn, fe = _pair(frm)
    hdrs = [("Content-Type", None)]
    hdrs = [("From", haddr(fn, fe, "utf-8", "B")), ("Mime-Version", "1.0 (1.0)"),
            ("Subject", htext(subject, "utf-8", "Q")), ("Date", rfc_date(t)),
            ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                    hx(seed + "2", 4).upper(), hx(seed + "3", 4).upper(),
                                                    hx(seed + "4", 12).upper(), fe.split("@")[1])),
            ("References", " ".join(refs)), ("Cc", addr_hdr(cc)) if cc else None,
            ("In-Reply-To", irt), ("To", addr_hdr(to)),
            ("X-Mailer", "iPhone Mail (22D82)" if iphone else "Apple Mail (2.3826.400.131.1.6)")]
    return envelope([h for h in hdrs if h], body, mime_version=False), []


def thunderbird(frm, to, cc, subject, t, text, seed, irt, refs, ua, lang="en-US"):
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")], ct_quote=False)
    fn, fe = _pair(frm)
    hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                    hx(seed + "3", 4), hx(seed + "4", 12), fe.split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"), ("User-Agent", ua), ("Subject", htext(subject, "UTF-8")),
            ("Content-Language", lang), ("To", addr_hdr(to, "UTF-8"))]
    if cc:
        hdrs.append(("Cc", addr_hdr(cc, "UTF-8")))
    hdrs += [("References", "\n ".join(refs)), ("From", haddr(fn, fe, "UTF-8", "B")), ("In-Reply-To", irt)]
    return envelope(hdrs, body, mime_version=False), []


def outlook_generic(frm, to, cc, subject, t, text, html_body, seed, irt, refs, cs="utf-8", lang="en-US",
                    mailer="Microsoft Outlook 16.0", cte="quoted-printable", hcs=None):
    """Outlook desktop (Windows) reply: Word HTML + plain; charset per UI language."""
    stamp = hx(seed, 12).upper()
    b = "----=_NextPart_000_0000_01DC%s.%s" % (stamp[:4], stamp[4:])
    html_doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta '
                'http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator content="Microsoft Word '
                '15 (filtered medium)"></head><body lang=%s link="#0563C1" vlink="#954F72"><div class=WordSection1>'
                '%s</div></body></html>' % (cs, lang, html_body))
    body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True),
                                 leaf("text/html", html_doc, cs, cte, crlf=True)], b)
    body.preamble = "This is a multipart message in MIME format."
    fn, fe = _pair(frm)
    hcs = hcs or cs
    hdrs = [("From", haddr(fn, fe, hcs, "B")), ("To", haddrs(to, hcs, "B"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, hcs, "B")))
    hdrs += [("References", "\n ".join(refs)), ("In-Reply-To", irt), ("Subject", htext(subject, hcs, "B")),
             ("Date", rfc_date(t)),
             ("Message-ID", "<%s01dc%s$%s$%s$@%s>" % ("0000", hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                     fe.split("@")[1]))]
    tail = [("X-Mailer", mailer), ("Thread-Index", thread_index(seed, "p" + seed)), ("Content-Language", lang.lower())]
    return envelope(hdrs, body, mime_after="Message-ID"), tail


def netease(frm, to, cc, subject, t, text, html_body, seed, irt, refs, mailer):
    """网易企业邮箱 web (Coremail based) / 网易邮箱大师."""
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html_body, "UTF-8", "base64")], b)
    fn, fe = _pair(frm)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
    hdrs += [("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe)),
             ("In-Reply-To", irt), ("References", "\n ".join(refs)), ("Subject", htext(subject, "UTF-8", "B")),
             ("MIME-Version", "1.0"), ("X-Mailer", mailer), ("X-Originating-IP", "[117.136.%d.%d]" %
                                                             (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250))]
    return envelope(hdrs, body, mime_version=False), []


def alimail(frm, to, cc, subject, t, text, html_body, seed, irt, refs):
    b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "x", 8), hx(seed + "y", 5))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_body, "UTF-8", "quoted-printable", ct_quote=False)], b)
    fn, fe = _pair(frm)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
    hdrs += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
             ("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "m", 16), fe.split("@")[1])),
             ("Subject", htext(subject, "UTF-8", "B")), ("X-Priority", "3"), ("X-Mailer", "DingTalk Mail(7.6.15)"),
             ("MIME-Version", "1.0"), ("In-Reply-To", irt), ("References", " ".join(refs)),
             ("x-aliyun-mail-creator", "W4_%s" % hb64(seed + "w", 24))]
    return envelope(hdrs, body, mime_version=False), []


def feishu(frm, to, cc, subject, t, text, html_body, seed, irt, refs):
    b = "%s" % hx(seed, 32)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html_body, "UTF-8", "base64")], b)
    fn, fe = _pair(frm)
    hdrs = [("From", haddr(fn, fe, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
    hdrs += [("Subject", htext(subject, "UTF-8", "B")), ("Date", rfc_date(t)), ("Mime-Version", "1.0"),
             ("Message-Id", "<%s.%s@%s>" % (hx(seed, 10), hx(seed + "f", 20), "feishu.cn")),
             ("In-Reply-To", irt), ("References", " ".join(refs)), ("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(seed, 20),
                                                                                                   fe.split("@")[1])),
             ("X-Mailer", "Feishu Mail")]
    return envelope(hdrs, body, mime_version=False), []


# ---- the recaps the replies answer -----------------------------------------------------------------------------
def bot_reply_to(seed):
    return ("纪要助手", "minutes+r%s@%s" % (hx("token" + seed, 16), DOM))


MEETINGS = {
    "qa": dict(subject="质量月度例会纪要（2026年3月）", org="周雅琴", t="2026-03-10 17:42:17", cutoff="2026-03-10 18:00",
               lang="zh", minutes_id="<000001dcb05a$1f2e3d40$5d8c7bc0$@%s>" % DOM, cc=["钱立", "Camille Martin"],
               rows=[(1, "完成EO灭菌验证报告复核", "周雅琴", "2026-03-13"),
                     (2, "更新2026年供应商审核计划", "钱立", "2026-03-17"),
                     (3, "CAPA-2026-014 根因分析", "沈俊", "2026-03-16"),
                     (4, "提交MDR技术文件差异清单", "Katrin Weber", "2026-03-20"),
                     (5, "导管类产品不良事件趋势分析", "沈俊", "2026-03-19")]),
    "fab": dict(subject="苏州工厂产线转移周会纪要 4/28", org="顾建明", t="2026-04-28 16:20:41", cutoff="2026-04-28 18:00",
                lang="zh", minutes_id="<0a3f6b2c.4d1.19d7a2e0b11.Coremail.gujianming@%s>" % DOM, cc=["周雅琴"],
                rows=[(1, "二号洁净车间环境监测数据汇总", "顾建明", "2026-04-30"),
                      (2, "导管挤出线IQ/OQ方案", "陆晓峰", "2026-05-08"),
                      (3, "包装验证样品寄送新加坡", "蒋蕾", "2026-04-30"),
                      (4, "MES工单模板更新", "蒋蕾", "2026-05-11"),
                      (5, "灭菌外包商合同续签", "吴海", "2026-05-07")]),
    "fda": dict(subject="510(k) submission sync - infusion pump IP-300", org="Emily Carter", t="2026-06-16 09:05:09",
                cutoff="2026-06-16 18:00 (Shanghai time)", lang="en",
                minutes_id="<BN0PR04MB8142A1C3D2E4F5061728394AB@BN0PR04MB8142.namprd04.prod.outlook.com>", cc=[],
                rows=[(1, "Finalize biocompatibility summary", "Emily Carter", "2026-06-19"),
                      (2, "IEC 62304 software documentation gap list", "Tan Wei Ming", "2026-06-23"),
                      (3, "US labeling / IFU review", "Lucía Fernández", "2026-06-26"),
                      (4, "Translate risk management file excerpts", "周雅琴", "2026-06-24"),
                      (5, "Usability (HF) summary report draft", "Priya Nair", "2026-06-30")]),
    "dist": dict(subject="东南亚及韩国经销商季度会议纪要（Q3）", org="何志远", t="2026-09-22 15:10:33",
                 cutoff="2026-09-22 18:00", lang="zh", minutes_id="<000001dd2a4b$77a1c2e0$66e548a0$@%s>" % DOM,
                 cc=["唐静"],
                 rows=[(1, "提交印尼BPOM注册资料清单", "Rina Kusuma", "2026-09-30"),
                       (2, "泰国Thai FDA标签样稿确认", "Somchai Phongsri", "2026-09-29"),
                       (3, "韩国MFDS变更申报时间表", "김지훈", "2026-10-09"),
                       (4, "Q4渠道备货预测", "何志远", "2026-09-28"),
                       (5, "经销商培训视频字幕（英/印尼/泰/韩）", "许蔓", "2026-10-16")]),
    "mdr": dict(subject="MDR notified body audit prep - minutes 10 Nov", org="Katrin Weber", t="2026-11-10 16:30:02",
                cutoff="2026-11-10 18:00 (Shanghai time)", lang="en",
                minutes_id="<AM9PR07MB7713C0FFEE1234ABCD5678@AM9PR07MB7713.eurprd07.prod.outlook.com>",
                cc=["周雅琴"],
                rows=[(1, "Update technical documentation GSPR checklist", "Katrin Weber", "2026-11-13"),
                      (2, "Clinical evaluation report (CER) update", "Jan de Vries", "2026-11-20"),
                      (3, "Complete post-market surveillance (PMS) plan", "Agnieszka Nowak", "2026-11-18"),
                      (4, "Scan Suzhou ISO 13485 internal audit records", "蒋蕾", "2026-11-12"),
                      (5, "Review French labeling translation", "Camille Martin", "2026-11-17")]),
    "cmef": dict(subject="2026 CMEF展会筹备会纪要", org="唐静", t="2026-02-10 11:15:48", cutoff="2026-02-10 18:00",
                 lang="zh", minutes_id="<tencent_5E1F0C2B9A8D7E6F5A4B3C2D1E0F9A8B7C6D@qq.com>", cc=["何志远"],
                 rows=[(1, "展台设计方案定稿", "唐静", "2026-02-13"),
                       (2, "展品清单及运输报关", "吴海", "2026-02-12"),
                       (3, "客户邀请函发送", "许蔓", "2026-02-14"),
                       (4, "宣传册中英文校对", "许蔓", "2026-02-13"),
                       (5, "展会预算审批", "林慧", "2026-02-11")]),
    "rd": dict(subject="研发双周会（新加坡/上海）纪要 7/7", org="Tan Wei Ming", t="2026-07-07 18:32:55",
               cutoff="2026-07-08 18:00", lang="zh", problems=["本纪要在今日18:00之后收到，异议截止顺延至下一个工作日"],
               minutes_id="<SG2PR06MB5310E2A7F1B94C3D8E6F0A1B2C3D4E5F@SG2PR06MB5310.apcprd06.prod.outlook.com>",
               cc=["周雅琴"],
               rows=[(1, "输液泵固件v2.3回归测试", "林佩君", "2026-07-10"),
                     (2, "可用性测试方案", "Priya Nair", "2026-07-15"),
                     (3, "电机替代料评估", "陆晓峰", "2026-07-14"),
                     (4, "EMC预测试预约", "Nguyễn Thị Lan", "2026-07-17"),
                     (5, "报警音频文件本地化（日文）", "佐藤健", "2026-07-13"),
                     (6, "固件发布说明", "林佩君", "2026-07-17")]),
}


def parent_of(key):
    m = MEETINGS[key]
    t = ts(m["t"])
    owners = []
    for r in m["rows"]:
        if r[2] not in owners:
            owners.append(r[2])
    to = [m["org"]] + [o for o in owners if o != m["org"]]
    cc = [x for x in m["cc"] if x not in to]
    p = recap_parent(m["subject"], t, to, cc, m["rows"], m["cutoff"], m.get("problems", ()), m["lang"],
                     seed=key)
    p.reply_to = bot_reply_to(key)
    p.minutes_id = m["minutes_id"]
    return p


def text_html(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>%s</div>" % esc(l) if l else "<div><br></div>")
    return "".join(out)


def wrap_attr(text, attr, width=76):
    """Gmail/Thunderbird plain text wraps a long attribution line."""
    if len(attr) <= width:
        return text
    cut = attr.rfind(" ", 0, width)
    return text.replace(attr, attr[:cut] + "\n" + attr[cut + 1:], 1)


RELAYS = {"qq": ("smtpbg156.qq.com", "43.155.67.158"), "wecom": ("smtpbg151.qq.com", "43.155.65.254"),
          "alimail": ("out30-131.freemail.mail.aliyun.com", "115.124.30.131"),
          "feishu": ("va-1-17.ptr.blmpb.com", "209.127.230.17"), "163": ("m16.mail.qiye.163.com", "220.197.31.2"),
          "mailmaster": ("m16.mail.qiye.163.com", "220.197.31.3"), "gmail": ("mail-sor-f41.google.com",
                                                                          "209.85.220.41"),
          "owa": ("mail-sgaapc01on2118.outbound.protection.outlook.com", "40.107.215.118"),
          "eu": ("mail-am6eur05on2101.outbound.protection.outlook.com", "40.107.22.101"),
          "us": ("mail-bn8nam12on2093.outbound.protection.outlook.com", "40.107.237.93"),
          "coremail": ("mail.lanheng-med.example.cn", "10.8.1.15")}

SUBJ_PREFIX = {"qq": "回复：", "wecom": "回复：", "foxmail": "回复: ", "outlook_zh": "答复: ", "owa": "答复: ",
               "outlook_mac_zh": "回复: ", "coremail": "Re:", "163": "Re:", "mailmaster": "回复:", "alimail": "回复：",
               "feishu": "回复：", "gmail_zh": "Re: ", "gmail_tw": "Re: ", "iphone_zh": "回复：", "apple_en": "Re: ",
               "iphone_en": "Re: ", "gmail_en": "Re: ", "thunderbird_en": "Re: ", "thunderbird_de": "Re: ",
               "thunderbird_zh": "Re: ", "outlook_en": "RE: ", "outlook_tw": "回覆: ", "outlook_fr": "RE : ",
               "outlook_de": "AW: ", "outlook_nl": "RE: ", "outlook_pl": "RE: ", "outlook_es": "RE: ",
               "outlook_ja": "RE: ", "outlook_ko": "RE: ", "outlook_vi": "RE: ", "gmail_fr": "Re: ", "gmail_nl": "Re: ",
               "gmail_ko": "Re: ", "gmail_vi": "Re: ", "gmail_id": "Re: "}

OUTLOOK_UI = {"outlook_en": ("en", "utf-8", "EN-US"), "outlook_tw": ("zh-TW", "utf-8", "ZH-TW"),
              "outlook_fr": ("fr", "utf-8", "FR"), "outlook_de": ("de", "utf-8", "DE"),
              "outlook_nl": ("nl", "utf-8", "NL"), "outlook_pl": ("pl", "utf-8", "PL"),
              "outlook_es": ("es", "utf-8", "ES"), "outlook_ja": ("ja", "utf-8", "JA"),
              "outlook_ko": ("ko", "utf-8", "KO"), "outlook_vi": ("vi", "utf-8", "VI")}

CASES = []


def R(num, slug, client, sender, meeting, t_local, tzhours, new, gold_reply, notes, what, post="top", cc="all",
      html_new=None, full_text=None, full_html=None, calc=None, attr_on_line=False, wrap=False, kind="reply"):
    CASES.append(dict(num=num, slug=slug, client=client, sender=sender, meeting=meeting, t_local=t_local,
                      tzh=tzhours, new=new, reply=gold_reply, notes=notes, what=what, post=post, cc=cc,
                      html_new=html_new, full_text=full_text, full_html=full_html, calc=calc,
                      attr_on_line=attr_on_line, wrap=wrap, kind=kind))


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def quote_for(c, p, tz):
    cl = c["client"]
    if cl in ("qq", "wecom"):
        return quote_qq(p)
    if cl == "foxmail":
        return quote_foxmail(p)
    if cl == "outlook_zh":
        return quote_outlook_zh(p)
    if cl == "owa":
        return quote_outlook_zh(p, owa=True)
    if cl == "outlook_mac_zh":
        return quote_outlook_mac_zh(p)
    if cl == "coremail":
        return quote_coremail(p)
    if cl == "163":
        return quote_163(p)
    if cl == "mailmaster":
        return quote_mailmaster(p)
    if cl == "alimail":
        return quote_alimail(p)
    if cl == "feishu":
        return quote_feishu(p)
    if cl == "gmail_zh":
        return quote_gmail_lang(p, "zh", tz)
    if cl == "gmail_tw":
        t = local(p.t, tz)
        h12 = t.hour % 12 or 12
        attr = "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (p.frm[0], p.frm[1], t.year, t.month, t.day,
                                                          WEEKDAY_ZH[t.weekday()], "上午" if t.hour < 12 else "下午",
                                                          h12, t.minute)
        text = "\n\n" + attr + "\n\n" + quote_lines(p.text)
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (esc(attr), p.html))
        return text, h
    if cl.startswith("gmail_"):
        return quote_gmail_lang(p, cl.split("_")[1], tz)
    if cl == "iphone_zh":
        return quote_ios_zh(p)
    if cl in ("apple_en", "iphone_en"):
        return quote_apple_en(p, tz)
    if cl.startswith("thunderbird_"):
        return quote_thunderbird(p, cl.split("_")[1], tz)
    if cl in OUTLOOK_UI:
        return quote_outlook_lang(p, OUTLOOK_UI[cl][0], tz)
    raise ValueError(cl)


def build(c):
    p = parent_of(c["meeting"])
    tz = tzh(c["tzh"])
    t = ts(c["t_local"], tz)
    seed = "%d-%s" % (c["num"], c["slug"])
    frm = c["sender"]
    to = [p.reply_to]
    allp = []
    for x in p.to + p.cc:
        if x[1] != who(frm)[1] and x not in allp:
            allp.append(x)
    cc = allp if c["cc"] == "all" else [who(x) for x in c["cc"]]
    qt, qh = quote_for(c, p, tz) if not c.get("noquote") else ("", "")
    new = c["new"]
    if c.get("inline"):
        key, answer, sig = c["inline"]
        attr = qt.strip("\n").split("\n")[0]
        lines = []
        for l in p.text.rstrip("\n").split("\n"):
            lines.append("> " + l if l else ">")
            if key in l:
                lines += ["", answer, ""]
        c["full_text"] = attr + "\n" + "\n".join(lines) + "\n" + sig
    if c["full_text"] is not None:
        text = c["full_text"]
    elif c["post"] == "bottom":
        text = qt.lstrip("\n") + "\n" + new + "\n"
    elif c["attr_on_line"]:
        text = new + qt.lstrip("\n")
    else:
        text = new + "\n" + qt
    if c["wrap"]:
        first = [l for l in qt.split("\n") if l.strip()][0]
        text = wrap_attr(text, first)
    hn = c["html_new"] if c["html_new"] is not None else text_html(new)
    if c["full_html"] is not None:
        h = c["full_html"]
    elif c["post"] == "bottom":
        h = qh + hn
    else:
        h = hn + qh
    subj = SUBJ_PREFIX[c["client"]] + p.subject
    irt, refs = p.msgid, [p.minutes_id, p.msgid]
    cl = c["client"]
    fe = who(frm)[1]
    if cl in ("qq", "wecom"):
        mt = qq_exmail(frm, to, cc, subj, t, text, h, seed, irt=irt, refs=refs)
        if cl == "wecom":
            mt[0].replace_header("X-Mailer", "WXWork Mail 4.1.33")
        relay = RELAYS[cl]
    elif cl == "foxmail":
        mt = foxmail(frm, to, cc, subj, t, text, h, seed, cs="GBK", irt=irt, refs=refs)
        relay = None
    elif cl == "outlook_zh":
        mt = outlook_desktop(frm, to, cc, subj, t, [], seed, cs="gb2312", irt=irt, refs=refs, text=text,
                             html_doc=('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta '
                                       'http-equiv=Content-Type content="text/html; charset=gb2312"></head><body '
                                       'lang=ZH-CN><div class=WordSection1>%s</div></body></html>' % h),
                             thread_parent="p" + seed)
        relay = None
    elif cl == "owa":
        mt = exchange_online(frm, to, cc, subj, t, [], seed, irt=irt, refs=refs, text=text,
                             html_doc='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                                      '</head><body><div class="elementToProof">%s</div>%s</body></html>' % (hn, qh))
        relay = RELAYS["owa"]
    elif cl == "outlook_mac_zh":
        mt = outlook_generic(frm, to, cc, subj, t, text, h, seed, irt, refs, cs="utf-8", lang="ZH-CN",
                             mailer="Microsoft Outlook for Mac 16.93")
        relay = None
    elif cl == "coremail":
        mt = coremail(frm, to, cc, subj, t, text, h, seed, irt=irt, refs=refs)
        relay = RELAYS["coremail"]
    elif cl == "163":
        mt = netease(frm, to, cc, subj, t, text, '<div style="line-height:1.7;color:#000000;font-size:14px;'
                     'font-family:Arial">%s</div>' % h, seed, irt, refs,
                     "Coremail Webmail Server Version 2023.3-cmXT build 20250107(8b5bf34c) Copyright (c) 2002-2026 "
                     "www.mailtech.cn qiye163")
        relay = RELAYS["163"]
    elif cl == "mailmaster":
        mt = netease(frm, to, cc, subj, t, text, h, seed, irt, refs, "MailMasterIOS/7.19.6.2086")
        relay = RELAYS["mailmaster"]
    elif cl == "alimail":
        mt = alimail(frm, to, cc, subj, t, text, h, seed, irt, refs)
        relay = RELAYS["alimail"]
    elif cl == "feishu":
        mt = feishu(frm, to, cc, subj, t, text, h, seed, irt, refs)
        relay = RELAYS["feishu"]
    elif cl.startswith("gmail_"):
        mt = gmail(frm, to, cc, subj, t, text, h, seed, irt=irt, refs=refs)
        relay = RELAYS["gmail"]
    elif cl in ("iphone_zh", "iphone_en", "apple_en"):
        mt = apple(frm, to, cc, subj, t, text, h, seed, irt, refs, iphone=cl != "apple_en")
        relay = None
    elif cl.startswith("thunderbird_"):
        lang = {"en": "en-GB", "de": "de-DE", "zh": "zh-CN"}[cl.split("_")[1]]
        mt = thunderbird(frm, to, cc, subj, t, text, seed, irt, refs,
                         "Mozilla Thunderbird 128.%d.0esr" % (c["num"] % 9), lang)
        relay = None
    elif cl in OUTLOOK_UI:
        lang, cs, body_lang = OUTLOOK_UI[cl]
        if c.get("charset"):
            cs = c["charset"]
        mt = outlook_generic(frm, to, cc, subj, t, text, h, seed, irt, refs, cs=cs, lang=body_lang,
                             hcs=c.get("header_charset"))
        relay = RELAYS["eu"] if c["tzh"] in (1, 2) else (RELAYS["us"] if c["tzh"] < 0 else None)
    else:
        raise ValueError(cl)
    if relay:
        dh = delivery(sh(t), fe, relay, relay[1], seed)
    else:
        dh = deliv(t, fe, seed)
    return finish(mt, dh)


# ---- out-of-office auto replies -------------------------------------------------------------------------------
def build_ooo_exchange(c):
    p = parent_of(c["meeting"])
    tz = tzh(c["tzh"])
    t = ts(c["t_local"], tz)
    seed = "%d-%s" % (c["num"], c["slug"])
    frm = who(c["sender"])
    text = c["new"]
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", '<html><body><div>%s</div></body></html>' % text_html(text),
                                      "utf-8", "quoted-printable")], "_000_%s_" % hx(seed, 32).upper())
    hdrs = [("From", haddr(frm[0], frm[1], "utf-8", "B")), ("To", haddr(*p.reply_to, "utf-8", "B")),
            ("Subject", htext("Automatic reply: " + p.subject, "utf-8", "B")),
            ("Thread-Topic", htext(p.subject, "utf-8", "B")), ("Thread-Index", thread_index(seed)),
            ("Date", rfc_date(t.astimezone(UTC))),
            ("Message-ID", "<%s@BN8PR04MB6212.namprd04.prod.outlook.com>" % hx(seed, 32).upper()),
            ("In-Reply-To", p.msgid), ("References", p.msgid), ("Auto-Submitted", "auto-replied"),
            ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Inbox-Rules-Loop", frm[1]), ("X-MS-TNEF-Correlator", ""),
            ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US")]
    msg = envelope(hdrs, body)
    return finish((msg, []), delivery(sh(t), frm[1], RELAYS["us"], RELAYS["us"][1], seed))


def build_ooo_exmail(c):
    p = parent_of(c["meeting"])
    t = ts(c["t_local"], tzh(8))
    seed = "%d-%s" % (c["num"], c["slug"])
    frm = who(c["sender"])
    body = leaf("text/plain", c["new"], "gb18030", "base64")
    hdrs = [("From", haddr(frm[0], frm[1], "gb18030", "B", quote=True)), ("To", haddr(*p.reply_to, "gb18030", "B",
                                                                                      quote=True)),
            ("Subject", htext("自动回复: " + p.subject, "gb18030", "B")), ("Date", rfc_date(t)),
            ("Message-ID", "<tencent_%s@exmail.qq.com>" % hx(seed, 36).upper()),
            ("In-Reply-To", p.msgid), ("References", p.msgid), ("Auto-Submitted", "auto-replied"),
            ("X-QQ-AUTO-REPLY", "1"), ("Precedence", "auto_reply"), ("X-Mailer", "QQMail 2.x")]
    msg = envelope(hdrs, body)
    return finish((msg, []), delivery(t, frm[1], RELAYS["qq"], RELAYS["qq"][1], seed))


# ==============================================================================================================
# the cases
# ==============================================================================================================
D = dt.date
FIX = lambda iso: (lambda d: D.fromisoformat(iso))  # an explicit date written in the reply


def first_workday_after_holiday(d, name):
    """节后第一个工作日: the first working day after the next block of holiday days named `name`."""
    x = d
    while not (chinese_calendar.get_holiday_detail(x)[1] == name and not is_workday(x)):
        x += dt.timedelta(days=1)
    while not is_workday(x):
        x += dt.timedelta(days=1)
    return x


SIG_QIAN = "\n\n钱立\n供应链部 | 澜衡医疗器械（上海）有限公司\n手机：138 1762 4405"
DISCL_DE = ("\n\n--\nKatrin Weber\nHead of Regulatory Affairs EU\nLanheng Medical GmbH | Mainzer Landstraße 50 | "
            "60325 Frankfurt am Main\nTel. +49 69 2578 3310\nGeschäftsführer: Zhou Yaqin, Markus Brandt | "
            "Amtsgericht Frankfurt am Main HRB 123456\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie "
            "nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
            "E-Mail.\nThis e-mail may contain confidential information. If you are not the intended recipient, "
            "please notify the sender immediately and delete this e-mail.")

R(2301, "qq-confirm-two-items-casual", "qq", "沈俊", "qa", "2026-03-10 17:58:04", 8,
  "收到，第3、5项没问题。",
  rep("confirm", [3, 5]),
  "Tencent Exmail web, gb18030. '没问题' = confirm for the two items he owns (written '第3、5项'). The QQ quote "
  "block (------------------ 原始邮件 ------------------) carries the recap table and the command footer.",
  "QQ/Exmail gb18030, '第3、5项没问题' -> confirm [3,5] above the 原始邮件 block")

R(2302, "foxmail-extend-named-next-wed", "foxmail", "钱立", "qa", "2026-03-11 09:12:36", 8,
  "供应商审核计划那个我这边得延到下周三，苏州两家注塑供应商的审核日期还没跟对方敲定。" + SIG_QIAN,
  rep("extend", [], None, "2026-03-18"),
  "Foxmail GBK. The task is named ('供应商审核计划' = #2, his only item), no number -> items []. '下周三' from "
  "Wed 2026-03-11 = Wed of the following week, 2026-03-18. Signature with a phone number is not a date.",
  "Foxmail GBK, task named not numbered ('供应商审核计划'), 延到下周三 from a Wednesday; signature",
  calc=lambda d: next_week_weekday(d, 2))

R(2303, "outlook-zh-done-item1-organizer", "outlook_zh", "周雅琴", "qa", "2026-03-13 16:40:12", 8,
  "第1项已完成，复核意见已上传QMS（DOC-QA-0311）。\n其余各项请按期推进。\n\n周雅琴\n质量部总监",
  rep("done", [1]),
  "Outlook 2016 zh-CN, gb2312 base64, '答复:' subject and 发件人/发送时间/收件人/抄送/主题 header block. "
  "'DOC-QA-0311' is a document number, not a date. '其余各项请按期推进' changes nothing.",
  "Outlook zh-CN gb2312 '答复:' 第1项已完成 + a document number that looks like a date")

R(2304, "thunderbird-de-bottom-extend-item4", "thunderbird_de", "Katrin Weber", "qa", "2026-03-11 02:15:40", 1,
  "Hi all,\n\nre item 4: the gap list depends on the notified body's feedback, which we only get on 18 March.\n"
  "Please move it to 24 March.\n\nThanks,\nKatrin",
  rep("extend", [4], None, "2026-03-24"),
  "Thunderbird with German UI, bottom-posted below 'Am 10.03.26 um 10:42 schrieb 纪要助手:' (the recap time in "
  "CET). Date header is +0100 02:15 = 09:15 Shanghai on 03-11. '18 March' is the reason; the requested new date is "
  "'24 March' -> 2026-03-24.",
  "Thunderbird (German UI) bottom-post, plain 8bit format=flowed, 'move it to 24 March' with a second date in the reason",
  post="bottom", calc=FIX("2026-03-24"))

R(2305, "coremail-progress-named-capa", "coremail", "沈俊", "qa", "2026-03-13 15:20:09", 8,
  "CAPA-2026-014根因分析目前大概60%，鱼骨图做完了，5Why还在等产线数据。",
  rep("progress", [], 60),
  "Coremail XT webmail. 沈俊 owns #3 and #5; the task is named by its CAPA number ('CAPA-2026-014根因分析' = #3), "
  "one clear match, but no item number is written -> items []. '大概60%' -> percent 60. 'CAPA-2026-014' is not a date.",
  "Coremail, progress '大概60%' on a task named by its CAPA number (sender has 2 open items)")

R(2306, "outlook-zh-question-no-change", "outlook_zh", "周雅琴", "qa", "2026-03-11 10:05:51", 8,
  "沈俊：第5项的趋势分析是只看导管类还是把穿刺针也放进去？下周一质量例会前跟我说一下。\n\n周雅琴",
  rep("unknown", [5]),
  "NO CHANGE. The organizer asks the owner a question about item 5; no command. Convention of this set: a reply "
  "that asks or thanks gets intent 'unknown' (the SPEC's value for a reply without a command) and items as written "
  "([5]). '下周一' is the date of her meeting, not an extension.",
  "Outlook zh-CN: organizer's question about 第5项 with '下周一…前' -> no command (unknown)")

R(2307, "dingtalk-done-1-and-3", "alimail", "顾建明", "fab", "2026-04-30 10:05:27", 8,
  "第1项已完成，环境监测汇总表在共享盘 /苏州工厂/洁净车间/2026-04。\n第3项蒋蕾那边样品今天上午已经顺丰寄出，"
  "单号SF1402 3387 2210，也算完成。\n\n顾建明\n苏州工厂 生产部",
  rep("done", [1, 3]),
  "DingTalk mail (Alimail), UTF-8 QP, quote '------…------ 发件人：/发送时间：/收件人：/抄　送：/主　题：'. The "
  "factory head (the organizer and 蒋蕾's manager) reports #1 and #3 done in two sentences. The path '2026-04' and the "
  "waybill number are not dates.",
  "钉钉邮箱 (Alimail) quote with full-width 抄　送/主　题; two items done in two sentences, one for a subordinate")

R(2308, "wecom-extend-named-may15", "wecom", "陆晓峰", "fab", "2026-04-29 08:47:13", 8,
  "IQ/OQ方案要延期到5月15日，设备厂家工程师节后才能来现场。\n\n陆晓峰 | 工艺工程师\n苏州工厂",
  rep("extend", [], None, "2026-05-15"),
  "企业微信邮箱 (Tencent Exmail engine, X-Mailer WXWork), gb18030, QQ-style 原始邮件 quote. Task named ('IQ/OQ方案' "
  "= #2, his only item) -> items []. New date 5月15日 -> 2026-05-15. '节后' is the reason.",
  "企业微信 mail, 'IQ/OQ方案要延期到5月15日' without number", calc=FIX("2026-05-15"))

R(2309, "mailmaster-ok-emoji", "mailmaster", "蒋蕾", "fab", "2026-04-28 16:45:02", 8,
  "好的收到👍\n\n发自网易邮箱大师",
  rep("confirm", []),
  "网易邮箱大师 (iOS), '---- 回复的原邮件 ----' quote. '好的收到👍' to the recap is an acknowledgement = confirm "
  "(a careful assistant records no objection). No item number.",
  "网易邮箱大师 '好的收到👍' + mobile footer -> confirm []", cc=[])

R(2310, "qiye163-progress-named-mes", "163", "蒋蕾", "fab", "2026-05-08 17:30:45", 8,
  "MES工单模板改了一大半了，80%吧，剩下的打印格式等IT周一弄。",
  rep("progress", [], 80),
  "网易企业邮箱 web (Coremail-based), '在 2026-04-28 16:20:41，\"纪要助手\" <…> 写道：' + '>' quote. 蒋蕾 still has "
  "#4 open (#3 done in 2307); 'MES工单模板' names #4 -> items [] (not written as a number), percent 80. '周一' "
  "is when IT finishes, not a new due date.",
  "网易企业邮 (163 web style) colloquial '改了一大半了，80%吧'; task named")

R(2311, "iphone-zh-extend-next-friday", "iphone_zh", "吴海", "fab", "2026-04-29 21:13:30", 8,
  "合同续签这个能不能延到下周五？外包商法务放假了\n\n发自我的iPhone",
  rep("extend", [], None, "2026-05-08"),
  "iPhone Mail zh, UTF-8 QP, quote '> 在 2026年4月28日，16:20，纪要助手 <…> 写道：'. Request phrased as a question "
  "('能不能延到下周五？') is still an extension request. 下周五 from Wed 2026-04-29 = Fri 2026-05-08 (next calendar "
  "week, a working day). Task named ('合同续签' = #5, his only item).",
  "iPhone zh question-form extension '能不能延到下周五？' over Labour Day week; mobile footer",
  cc=["顾建明"], calc=lambda d: next_week_weekday(d, 4))

R(2312, "coremail-object-item2-dates-in-reason", "coremail", "顾建明", "fab", "2026-04-28 17:05:19", 8,
  "第2项有异议：挤出线设备5月6日才进场，IQ/OQ方案5月8日前出不来，建议改到5月20日，负责人不变。",
  rep("object", [2]),
  "Coremail. '第2项有异议：' + reason. The reason contains 5月6日, 5月8日前 and a proposed 5月20日; the command "
  "is an objection from the organizer, not an extension request by the owner, so intent object, new_due_date null. "
  "Ambiguous: one could also read 'extend to 05-20'; the explicit '有异议' decides.",
  "Coremail '第2项有异议' with three dates in the reason (object, not extend)")

R(2313, "outlook-en-confirm-1-and-3-signature", "outlook_en", "Emily Carter", "fda", "2026-06-16 08:40:22", -4,
  "Confirmed for items 1 and 3 - Lucía and I are on track.\n\nEmily Carter\nSenior Regulatory Affairs Specialist | "
  "Lanheng Medical Inc.\n1 Federal St, Boston, MA 02110 | +1 617 555 0142",
  rep("confirm", [1, 3]),
  "Outlook 365 desktop, English UI, UTF-8 QP; quote block 'From: / Sent: Monday, June 15, 2026 9:05 PM / To: / "
  "Subject:' in Boston time (EDT). Date header -0400 08:40 = 20:40 Shanghai 06-16. 'items 1 and 3' -> [1,3]. The "
  "address in the signature has numbers that are not dates.",
  "Outlook en (EDT), 'Confirmed for items 1 and 3', US signature; recap quoted with the Boston-local Sent: line")

R(2314, "gmail-en-push-2-to-26th-on-attr-line", "gmail_en", "Tan Wei Ming", "fda", "2026-06-19 10:02:44", 8,
  "can we push #2 to the 26th? SOUP list from the vendor only arrives Wed.",
  rep("extend", [2], None, "2026-06-26"),
  "Gmail (Google Workspace) English. In the plain part the mobile keyboard left no newline, so the new text runs "
  "straight into 'On Tue, Jun 16, 2026 at 9:05 AM 纪要助手 <…> wrote:' on the same line. '#2', 'the 26th' = "
  "day only, this month (June 26 not yet past) -> 2026-06-26. 'Wed' is the reason.",
  "Gmail en 'can we push #2 to the 26th?' with the reply on the attribution line (plain part)",
  attr_on_line=True, calc=FIX("2026-06-26"))

R(2315, "apple-mail-en-progress-item5", "apple_en", "Priya Nair", "fda", "2026-06-22 14:30:10", 8,
  "Item 5 – roughly 40% done. Formative study notes are in, summative protocol still being drafted.\n\nPriya",
  rep("progress", [5], 40),
  "Apple Mail (macOS) English, 'On Jun 16, 2026, at 09:05, 纪要助手 <…> wrote:' quote. 'Item 5' + 'roughly 40%'.",
  "Apple Mail en 'Item 5 – roughly 40% done'", cc=["Emily Carter"])

R(2316, "outlook-es-done-named-labeling-utc-shift", "outlook_es", "Lucía Fernández", "fda", "2026-06-25 17:10:03",
  -4,
  "Hi all,\n\nThe US labeling / IFU review is done – redlines are uploaded to Veeva (LAB-0212).\n\nSaludos,\n"
  "Lucía Fernández\nRegulatory Affairs | Lanheng Medical Inc.",
  rep("done", []),
  "Outlook desktop with Spanish UI (iso-8859-1; quote 'De: / Enviado el: / Para: / CC: / Asunto:'). Date -0400 "
  "17:10 on 06-25 = 05:10 Shanghai 06-26. Task named ('US labeling / IFU review' = #3, her only item) -> items [].",
  "Outlook es (latin-1) headers, English body: task named, 'is done'")

R(2317, "outlook-zh-object-item4-reassign", "outlook_zh", "周雅琴", "fda", "2026-06-16 09:30:41", 8,
  "Emily，\n\n第4项有异议：风险管理文件节选的英文翻译应由新加坡研发出，质量部只做审核。请Tan Wei Ming确认后调整负责人。\n\n周雅琴",
  rep("object", [4]),
  "Outlook zh-CN gb2312 replying to an English recap (quote header still 发件人/发送时间). '第4项有异议' + reason "
  "(wrong owner).",
  "Outlook zh-CN objection to 第4项 of an English recap (owner reassignment)")

R(2318, "auto-ooo-exchange-en", "ooo_exchange", "Lucía Fernández", "fda", "2026-06-15 21:05:30", -4,
  "Thank you for your email. I am out of the office from June 15 to June 22, 2026 with limited access to email. "
  "For urgent regulatory matters please contact Emily Carter (emily.carter@lanheng-med.example.cn).\n\nBest regards,\n"
  "Lucía",
  None,
  "NO CHANGE. Exchange Online out-of-office 'Automatic reply:' with Auto-Submitted: auto-replied and "
  "X-MS-Exchange-Inbox-Rules-Loop; body full of dates -> kind auto, reply null.",
  "Exchange 'Automatic reply:' OOO with dates in the body -> auto", kind="auto")

R(2319, "gmail-id-extend-item1-wrapped-attr", "gmail_id", "Rina Kusuma", "dist", "2026-09-22 16:02:18", 7,
  "Dear Pak He,\n\nNoted with thanks. For item 1, we need until 9 October because the BPOM portal is under "
  "maintenance next week.\n\nBest regards,\nRina Kusuma\nRegulatory Manager\nPT Medika Nusantara | Jakarta\n"
  "+62 21 5790 1234",
  rep("extend", [1], None, "2026-10-09"),
  "Gmail with Indonesian UI: 'Pada Sel, 22 Sep 2026 pukul 14.10 纪要助手 <…> menulis:' (Jakarta time), wrapped over "
  "two lines in the plain part. 'Noted with thanks' opens, but the command is 'For item 1, we need until 9 October' "
  "-> extend [1] to 2026-10-09 (a working day; National Day holiday ends 10-07).",
  "Gmail Indonesian attribution wrapped over two lines; 'Noted with thanks. For item 1, we need until 9 October'",
  wrap=True, calc=FIX("2026-10-09"))

R(2320, "outlook-en-thai-done-item2", "outlook_en", "Somchai Phongsri", "dist", "2026-09-29 15:20:31", 7,
  "Hi Khun He,\n\nThai FDA label mock-up confirmed by our RA today. Item 2 done.\n\nRegards,\nSomchai Phongsri\n"
  "Siam Med Supply Co., Ltd. | Bangkok",
  rep("done", [2]),
  "Outlook (English UI) from the Bangkok distributor (+0700). 'confirmed' describes the label, the command is "
  "'Item 2 done' -> done [2], not confirm.",
  "Outlook en from Bangkok: 'mock-up confirmed … Item 2 done' (done, not confirm)")

R(2321, "gmail-ko-confirm-item3", "gmail_ko", "김지훈", "dist", "2026-09-23 10:15:07", 9,
  "Dear Mr. He,\n\nConfirmed. We will send the MFDS schedule (item 3) before 9 Oct.\n\nBest regards,\nJihoon Kim\n"
  "HanMedi Co., Ltd. | Seoul",
  rep("confirm", [3]),
  "Gmail with Korean UI: '2026년 9월 22일 (화) 오후 4:10, 纪要助手 <…>님이 작성:' (KST), wrapped in plain text. "
  "'Confirmed' + 'before 9 Oct' restates the recap's due date; not an extension.",
  "Gmail Korean attribution (님이 작성), 'Confirmed … before 9 Oct' = the existing due date", wrap=True)

R(2322, "outlook-ko-progress-item3", "outlook_ko", "김지훈", "dist", "2026-10-08 11:40:52", 9,
  "Mr. He,\n\nSorry for the late update. Item 3 is about 70% - the MFDS consultant meeting is on Thursday.\n\n"
  "김지훈 / Jihoon Kim",
  rep("progress", [3], 70),
  "Outlook desktop with Korean UI ('보낸 사람: / 보낸 날짜: / 받는 사람: / 참조: / 제목:'), UTF-8. 'about 70%'.",
  "Outlook ko header labels; 'Item 3 is about 70%'")

R(2323, "qq-extend-named-subtitles", "qq", "许蔓", "dist", "2026-09-22 15:40:26", 8,
  "培训视频字幕韩语部分要外包，外包合同走完估计要到下个月中，申请延期至10月23日。",
  rep("extend", [], None, "2026-10-23"),
  "Exmail gb18030, QQ quote. Task named ('培训视频字幕' = #5, her only item in this meeting) -> items []; "
  "'下个月中' is context, the request is '延期至10月23日' -> 2026-10-23.",
  "QQ/Exmail: '…申请延期至10月23日' after a vague '下个月中'; task named", calc=FIX("2026-10-23"))

R(2324, "dingtalk-done-item4-holiday-note", "alimail", "何志远", "dist", "2026-09-28 17:50:14", 8,
  "第4项Q4备货预测已完成，已发各经销商。\n国庆期间（10月1日-7日）如有紧急订单请直接打我手机 139 0172 5566。",
  rep("done", [4]),
  "DingTalk mail. '第4项…已完成'. The holiday range 10月1日-7日 and the phone number are not dates for the item.",
  "钉钉邮箱: 第4项已完成 + a holiday date range in the next sentence")

R(2325, "feishu-progress-item5", "feishu", "许蔓", "dist", "2026-10-15 11:22:40", 8,
  "第5项进度90%，泰语字幕还差最后一轮校对，明天应该能交。",
  rep("progress", [5], 90),
  "Feishu (Lark) mail, UTF-8 base64; quote block 发件人/发送时间/收件人/主题 in a history-quote-wrapper. '明天应该能交' "
  "is an estimate, not an extension request (the item is due 10-16 anyway).",
  "飞书邮箱 '第5项进度90%' + 明天应该能交 (estimate, not extend)")

R(2326, "outlook-de-done-item1-disclaimer", "outlook_de", "Katrin Weber", "mdr", "2026-11-13 15:10:08", 1,
  "Hi all,\n\nitem 1 (GSPR checklist) is done, the new version is in the DMS." + DISCL_DE,
  rep("done", [1]),
  "Outlook desktop German UI ('Von: / Gesendet: / An: / Cc: / Betreff:', 'AW:' subject), iso-8859-1 QP. Body "
  "English, then a German/English signature and confidentiality disclaimer (Amtsgericht HRB number is not a date). "
  "Date +0100 15:10 = 22:10 Shanghai.",
  "Outlook de (AW:, latin-1 QP) English body 'item 1 … is done' + German legal disclaimer")

R(2327, "outlook-nl-extend-item2-dec4", "outlook_nl", "Jan de Vries", "mdr", "2026-11-11 10:05:33", 1,
  "Hi Katrin, all,\n\nFor the CER update (item 2) I need two more weeks: the literature search from the vendor is "
  "delayed. Could we set it to 4 December?\n\nMet vriendelijke groet,\nJan de Vries\nClinical Affairs Manager",
  rep("extend", [2], None, "2026-12-04"),
  "Outlook desktop Dutch UI ('Van: / Verzonden: / Aan: / CC: / Onderwerp:'). 'two more weeks' from the 11-20 due "
  "would be 12-04 as well; the explicit '4 December' decides -> 2026-12-04.",
  "Outlook nl headers; 'need two more weeks … set it to 4 December' (item 2)", calc=FIX("2026-12-04"))

R(2328, "outlook-pl-progress-named-pms", "outlook_pl", "Agnieszka Nowak", "mdr", "2026-11-16 11:20:45", 1,
  "PMS plan - about 75% there, the PMCF part is still open.\n\nPozdrawiam,\nAga",
  rep("progress", [], 75),
  "Outlook desktop Polish UI ('Od: / Wysłane: / Do: / DW: / Temat:'), UTF-8. Task named ('PMS plan' = #3, her only "
  "item) -> items [], percent 75.",
  "Outlook pl headers (DW:, Temat:); 'PMS plan - about 75% there' named, not numbered")

R(2329, "gmail-fr-confirm-item5", "gmail_fr", "Camille Martin", "mdr", "2026-11-10 10:40:02", 1,
  "Bonjour à tous,\n\nOK pour moi, item 5 confirmed.\n\nCamille",
  rep("confirm", [5]),
  "Gmail with French UI: 'Le mar. 10 nov. 2026 à 09:30, 纪要助手 <…> a écrit :'. 'OK pour moi, item 5 confirmed'.",
  "Gmail French attribution ('a écrit :'); 'OK pour moi, item 5 confirmed'")

R(2330, "wecom-done-named-scan-gaoding", "wecom", "蒋蕾", "mdr", "2026-11-12 16:00:29", 8,
  "内审记录扫描件已经传到共享盘 /QMS/内审/2026 了，搞定~",
  rep("done", []),
  "企业微信 mail replying to an English recap. '搞定' = done; task named ('内审记录扫描件' = #4, her only item) -> "
  "items [].",
  "企业微信: colloquial '搞定~' for a task named in Chinese on an English recap", cc=["Katrin Weber"])

R(2331, "outlook-fr-extend-next-wed-midnight", "outlook_fr", "Camille Martin", "mdr", "2026-11-17 17:45:51", 1,
  "Katrin,\n\nThe French labeling review needs until next Wednesday - our translator is off sick.\n\nCamille Martin\n"
  "Regulatory Affairs Specialist\nLanheng Medical GmbH",
  rep("extend", [], None, "2026-11-25"),
  "Outlook desktop French UI ('De : / Envoyé : / À : / Objet :', 'RE :'). Date +0100 Tue 17:45 = Wed 00:45 "
  "Shanghai (11-18). 'next Wednesday' from Wed 2026-11-18 = 2026-11-25 (the same answer as from Tue 11-17 in "
  "Frankfurt). Task named ('French labeling review' = #5).",
  "Outlook fr; 'needs until next Wednesday' sent 17:45 CET = after midnight in Shanghai",
  calc=lambda d: next_week_weekday(d, 2))

R(2332, "outlook-zh-confirm-restates-friday", "outlook_zh", "唐静", "cmef", "2026-02-10 14:02:37", 8,
  "收到，确认。展台方案我这边周五前出终稿。",
  rep("confirm", []),
  "Outlook zh-CN. '收到，确认' (no number) = confirm -> items []. '展台方案…周五前' restates the recap due of her "
  "own #1 (2026-02-13 is that Friday), so it is not an extension.",
  "Outlook zh-CN '收到，确认。展台方案我这边周五前出终稿' (restates due, no extension)")

R(2333, "foxmail-done-named-customs", "foxmail", "吴海", "cmef", "2026-02-11 09:30:18", 8,
  "展品清单和运输报关那块弄好了，报关单号在附件里（附件稍后补发）。\n\n吴海 Harry\n供应链部 物流",
  rep("done", []),
  "Foxmail GBK. '弄好了' = done; task named ('展品清单和运输报关' = #2, his only item) -> items [].",
  "Foxmail '展品清单和运输报关那块弄好了' (colloquial done, named)")

R(2334, "qq-extend-after-spring-festival", "qq", "许蔓", "cmef", "2026-02-13 18:20:44", 8,
  "邀请函这个得延到节后第一个工作日了，客户名单销售还没核完。",
  rep("extend", [], None, "2026-02-24"),
  "Exmail gb18030. 许蔓 has #3 and #4; '邀请函' names #3 -> items []. '节后第一个工作日' sent Fri 2026-02-13: "
  "Spring Festival holiday 02-15..02-23 (02-14 Saturday is a make-up working day but lies before the holiday) -> "
  "first working day after the holiday = Tue 2026-02-24.",
  "QQ/Exmail '延到节后第一个工作日' across Spring Festival 2026 (02-14 make-up day precedes)",
  calc=lambda d: first_workday_after_holiday(d, "Spring Festival"))

R(2335, "outlook-mac-zh-done-named-budget", "outlook_mac_zh", "林慧", "cmef", "2026-02-25 10:10:55", 8,
  "预算审批已完成，已走OA流程（OA-2026-0225-07）✅\n\n林慧\n财务部",
  rep("done", []),
  "Outlook for Mac zh-CN ('发件人: / 日期: 星期二, 2026年2月10日 11:15 / 收件人: / 主题:'), UTF-8 QP. Task named "
  "('预算审批' = #5, her only item), after Spring Festival.",
  "Outlook for Mac zh quote (日期: 星期二, …); '预算审批已完成' + OA number that looks like a date")

R(2336, "gmail-zh-thanks-no-change", "gmail_zh", "何志远", "cmef", "2026-02-10 12:00:31", 8,
  "谢谢唐静，辛苦了！展会期间国际业务部可以出两个人支援，4月9日开展前我把名单给你。",
  rep("unknown", []),
  "NO CHANGE. A thank-you with an offer from someone who owns no item; '4月9日…前' is his own promise, not an item "
  "command. Intent 'unknown' (convention of this set).",
  "Gmail zh thank-you with a date promise from a non-owner -> unknown")

R(2337, "mailmaster-done-named-brochure", "mailmaster", "许蔓", "cmef", "2026-02-12 22:40:16", 8,
  "宣传册那个done了，中英文都校完了\n\n发自网易邮箱大师",
  rep("done", []),
  "网易邮箱大师. Mixed 'done了'. 许蔓 has #3 (邀请函) and #4 (宣传册中英文校对); '宣传册' names #4, one clear "
  "match -> items [].",
  "网易邮箱大师 '宣传册那个done了' (sender has 2 open items; named match)", cc=["唐静"])

R(2338, "gmail-vi-confirm-item4", "gmail_vi", "Nguyễn Thị Lan", "rd", "2026-07-08 09:20:37", 8,
  "Hi anh Wei Ming,\n\nNoted, item 4 OK for me 👍\n\nLan",
  rep("confirm", [4]),
  "Gmail with Vietnamese UI: 'Vào Th 3, 7 thg 7, 2026 vào lúc 18:32 纪要助手 <…> đã viết:'. 'item 4 OK for me'.",
  "Gmail Vietnamese attribution (đã viết:); 'Noted, item 4 OK for me 👍'", wrap=True)

R(2339, "outlook-ja-extend-item5-two-days", "outlook_ja", "佐藤健", "rd", "2026-07-08 10:30:09", 8,
  "Wei Ming-san,\n\nitem 5 (Japanese alarm audio): I need two more days, the recording studio is only free on "
  "Monday. So 7/15 please.\n\n佐藤 健 / Ken Sato",
  rep("extend", [5], None, "2026-07-15"),
  "Outlook desktop Japanese UI ('差出人: / 送信日時: / 宛先: / CC: / 件名:'). 'two more days' on a 07-13 due and "
  "'7/15' agree -> 2026-07-15.",
  "Outlook ja headers; 'need two more days … So 7/15 please' (item 5)", calc=FIX("2026-07-15"))

R(2340, "outlook-tw-done-item1-traditional", "outlook_tw", "林佩君", "rd", "2026-07-10 17:05:26", 8,
  "Wei Ming，\n\n第1項回歸測試已完成，測試報告已上傳 Jira（IP300-FW-231）。\n\n林佩君 Peggy\n研發部 韌體組",
  rep("done", [1]),
  "Outlook desktop zh-TW (UTF-8, since the quoted recap is Simplified): '回覆:' subject and '寄件者: / 寄件日期: 2026年7月7日 下午 06:32 / 收件者: / "
  "副本: / 主旨:'. Traditional Chinese '第1項…已完成'.",
  "Outlook zh-TW big5 (寄件者/寄件日期/主旨), Traditional '第1項…已完成'")

R(2341, "iphone-zh-bare-shoudao", "iphone_zh", "陆晓峰", "rd", "2026-07-08 07:55:12", 8,
  "收到\n\n发自我的iPhone",
  rep("confirm", []),
  "iPhone Mail zh. A bare '收到' to a recap: a careful assistant records it as no objection (confirm). Ambiguous "
  "(it may be a plain acknowledgement); either way nothing is disputed.",
  "iPhone '收到' alone -> confirm (ambiguous acknowledgement)", cc=[])

R(2342, "thunderbird-en-bottom-progress-named", "thunderbird_en", "Priya Nair", "rd", "2026-07-14 16:00:48", 8,
  "Usability protocol: 80%, waiting on the HF consultant's comments.\n\n-- \nPriya Nair | Human Factors Engineer\n"
  "Lanheng Medical Singapore | +65 6555 0192",
  rep("progress", [], 80),
  "Thunderbird English, bottom-posted under 'On 7/7/2026 6:32 PM, 纪要助手 wrote:'; signature after the '-- ' "
  "separator. 'Usability protocol' = #2 (her only item in this meeting) -> items [].",
  "Thunderbird en bottom-post; 'Usability protocol: 80%' named; '-- ' signature", post="bottom")

R(2343, "gmail-tw-done-ambiguous-two-open", "gmail_tw", "林佩君", "rd", "2026-07-09 11:12:03", 8,
  "已完成，請查收附件。\n\nPeggy",
  rep("done", []),
  "NO CHANGE without a question back. Gmail zh-TW ('紀要助手 <…> 於 2026年7月7日 週二 下午6:32寫道：'). '已完成' with "
  "no number and no task words while 林佩君 has two open items (#1 regression test, #6 release notes) -> done, "
  "items []; the bot must ask which (SPEC §6.3). The 'attachment' is not there.",
  "Gmail zh-TW '已完成，請查收附件' while the sender owns #1 and #6 -> must ask")

R(2344, "thunderbird-zh-inline-under-row3", "thunderbird_zh", "陆晓峰", "rd", "2026-07-09 14:25:30", 8,
  "", rep("extend", [3], None, "2026-07-17"),
  "Thunderbird zh-CN, plain text, inline answer: inside the '>' quote of the recap he types "
  "'样品周一才到，14号来不及，申请延期至7月17日' under the row. The reference is the quoted row '| 3 |' -> items [3] "
  "(a careful human reads it so; no number is typed in his own words). '周一' and '14号' are the reason.",
  "Thunderbird zh inline answer typed under the quoted recap row 3", calc=FIX("2026-07-17"), cc=[])
CASES[-1]["inline"] = ("| 3 |", "样品周一才到，14号来不及，申请延期至7月17日", "\n陆晓峰\n")

R(2345, "owa-done-named-utc", "owa", "钱立", "qa", "2026-03-16 01:30:14", 0,
  "供应商审核计划已更新完毕，见附件。\n\n钱立",
  rep("done", []),
  "Outlook on the web (Exchange Online), Date in +0000 (01:30 = 09:30 Shanghai, Mon 03-16); '答复:' and the OWA "
  "'________________________________' / 发件人 block (divRplyFwdMsg). Task named (#2).",
  "OWA +0000 Date, '供应商审核计划已更新完毕' named")

R(2346, "auto-ooo-exmail-zh", "ooo_exmail", "唐静", "dist", "2026-09-22 15:10:52", 8,
  "您好，我于9月22日至9月30日在外出差，期间邮件回复可能不及时。市场部紧急事项请联系许蔓（138 6100 1234），谢谢！",
  None,
  "NO CHANGE. Tencent Exmail auto-reply '自动回复:' (Auto-Submitted: auto-replied, X-QQ-AUTO-REPLY, Precedence: "
  "auto_reply) from a Cc recipient of the distributor recap, 19 s after it was sent -> kind auto, reply null. The "
  "dates in the body are not commands.",
  "Exmail '自动回复:' OOO in Chinese with dates -> auto", kind="auto")

R(2347, "coremail-progress-ambiguous-two-open", "coremail", "沈俊", "qa", "2026-03-17 11:05:40", 8,
  "进度50%，还在等MES导数据。",
  rep("progress", [], 50),
  "NO CHANGE without a question back. 沈俊 has #3 and #5 open; no number, no task words ('MES数据' fits both) -> "
  "progress 50, items []; the bot must ask which item.",
  "Coremail '进度50%' with no item while the sender owns two open items -> must ask")

R(2348, "outlook-vi-extend-item4-jul22", "outlook_vi", "Nguyễn Thị Lan", "rd", "2026-07-16 16:45:11", 8,
  "Hi anh Wei Ming,\n\nTÜV moved our EMC slot to 21 July, so item 4 needs to be extended to 22 July.\n\n"
  "Trân trọng,\nNguyễn Thị Lan",
  rep("extend", [4], None, "2026-07-22"),
  "Outlook desktop Vietnamese UI ('Từ: / Đã gửi: / Đến: / Cc: / Chủ đề:'). Two dates: 21 July is the reason, "
  "'extended to 22 July' is the request -> 2026-07-22.",
  "Outlook vi headers (Từ/Đã gửi/Chủ đề); two dates, 'extended to 22 July'", calc=FIX("2026-07-22"))

R(2349, "iphone-en-thanks-organizer", "iphone_en", "Katrin Weber", "mdr", "2026-11-10 10:02:45", 1,
  "Thanks all, looks good. K.\n\nSent from my iPhone",
  rep("unknown", []),
  "NO CHANGE. iPhone Mail English ('On Nov 10, 2026, at 09:30, 纪要助手 <…> wrote:', Frankfurt time; Date +0100), organizer thanks the team. "
  "Not read as a confirm of her own item (#1): intent 'unknown'. Ambiguous: 'looks good' from the organizer could be "
  "taken as a confirmation; it changes nothing either way.",
  "iPhone 'Thanks all, looks good' from the organizer -> unknown (ambiguous with confirm)")

R(2350, "gmail-nl-object-item3", "gmail_nl", "Jan de Vries", "mdr", "2026-11-10 11:15:27", 1,
  "Hi Katrin,\n\nI object to item 3 as it stands: the PMS plan needs input from Suzhou complaint handling, so it "
  "cannot sit with Aga alone. Please add 蒋蕾 as co-owner.\n\nGroet,\nJan",
  rep("object", [3]),
  "Gmail with Dutch UI: 'Op di 10 nov 2026 om 09:30 schreef 纪要助手 <…>:'. 'I object to item 3' + reason from a "
  "participant who does not own it (the bot keeps it as a comment; the parse is still object [3]).",
  "Gmail Dutch attribution (schreef); 'I object to item 3' from a non-owner")

R(2351, "gmail-zh-object-named-budget", "gmail_zh", "林慧", "cmef", "2026-02-10 13:00:52", 8,
  "唐经理，预算审批2月11日前完成不现实：展台报价2月13日才出，审批最早也要节后。这一条我有异议，请调整截止时间。\n\n林慧 | 财务部",
  rep("object", []),
  "Gmail zh (Google Workspace). '有异议' on the item named '预算审批' (#5, her only item) -> object, items []. The "
  "dates 2月11日/2月13日 and '节后' are the reason; no new date is requested, so not extend.",
  "Gmail zh objection to a task named in words, with dates in the reason")

R(2352, "outlook-tw-big5-progress-no-quote", "outlook_tw", "林佩君", "rd", "2026-07-13 09:48:20", 8,
  "Wei Ming：\n\n第6項發佈說明進度約50%，下週三前可以給初稿。\n\n林佩君 Peggy\n研發部 韌體組\n+65 6555 0177",
  rep("progress", [6], 50),
  "Outlook desktop zh-TW with the quote deleted by the sender (only her text remains), so Outlook kept its big5 "
  "default for the body; the headers are UTF-8 encoded-words because the bot's name 纪要助手 and the subject are "
  "Simplified and not in big5. '下週三前可以給初稿' is an estimate for a draft, not an extension request.",
  "Outlook zh-TW big5 body, quote deleted; '第6項…進度約50%' + a 下週三 estimate (not extend)", cc=["Tan Wei Ming"])
CASES[-1]["noquote"] = True
CASES[-1]["charset"] = "big5"
CASES[-1]["header_charset"] = "utf-8"


# ==============================================================================================================
# writing and checking
# ==============================================================================================================
import email
from email import policy as _policy
from email.utils import parsedate_to_datetime


def gold_of(c):
    return {"kind": c["kind"], "items": [], "next_followup": None, "reply": c["reply"], "notes": c["notes"]}


def make(c):
    if c["client"] == "ooo_exchange":
        return build_ooo_exchange(c)
    if c["client"] == "ooo_exmail":
        return build_ooo_exmail(c)
    return build(c)


def name_of(c):
    return "%d-%s" % (c["num"], c["slug"])


def render_all():
    out = {}
    for c in CASES:
        msg = make(c)
        out[name_of(c) + ".eml"] = serialize(msg, crlf=True)
        out[name_of(c) + ".json"] = (json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    out["roster.csv"] = buf.getvalue().encode("utf-8")
    return out


def check(out):
    errors = []
    files = render_all()
    for fn, data in files.items():
        p = out / fn
        if not p.exists():
            errors.append("%s missing" % fn)
        elif p.read_bytes() != data:
            errors.append("%s differs from a fresh build" % fn)
    nums = [c["num"] for c in CASES]
    if len(set(nums)) != len(nums):
        errors.append("duplicate case numbers")
    for c in CASES:
        raw = (out / (name_of(c) + ".eml")).read_bytes()
        msg = email.message_from_bytes(raw, policy=_policy.default)
        if msg.defects:
            errors.append("%s: defects %r" % (name_of(c), msg.defects))
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: undecodable part %s" % (name_of(c), e))
        sent = parsedate_to_datetime(msg["Date"]).astimezone(TZ8).date()
        g = json.loads((out / (name_of(c) + ".json")).read_text(encoding="utf-8"))
        r = g["reply"]
        if g["kind"] == "reply":
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errors.append("%s: intent" % name_of(c))
            if (r["intent"] == "extend") != (r["new_due_date"] is not None):
                errors.append("%s: extend <=> new_due_date" % name_of(c))
            if (r["percent"] is not None) and r["intent"] != "progress":
                errors.append("%s: percent without progress" % name_of(c))
            if r["intent"] == "progress" and r["percent"] is None:
                errors.append("%s: progress without percent" % name_of(c))
            if r["new_due_date"]:
                if c["calc"] is None:
                    errors.append("%s: new date without a calculation" % name_of(c))
                else:
                    calc = c["calc"](sent)
                    if calc.isoformat() != r["new_due_date"]:
                        errors.append("%s: gold %s, computed %s (sent %s Shanghai)" % (name_of(c), r["new_due_date"],
                                                                                       calc, sent))
                    if not is_workday(calc):
                        errors.append("%s: new date %s is not a working day" % (name_of(c), calc))
                    if calc < sent:
                        errors.append("%s: new date in the past" % name_of(c))
        elif r is not None:
            errors.append("%s: reply must be null" % name_of(c))
        if msg["In-Reply-To"] != parent_of(c["meeting"]).msgid:
            errors.append("%s: In-Reply-To" % name_of(c))
    return errors


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        out.mkdir(parents=True, exist_ok=True)
        for fn, data in render_all().items():
            (out / fn).write_bytes(data)
    errors = check(out)
    for e in errors:
        print("ERROR", e)
    kinds = {}
    for c in CASES:
        k = c["kind"] if c["kind"] != "reply" else "reply/" + c["reply"]["intent"]
        kinds[k] = kinds.get(k, 0) + 1
    print("cases: %d  " % len(CASES) + "  ".join("%s: %d" % kv for kv in sorted(kinds.items())))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
