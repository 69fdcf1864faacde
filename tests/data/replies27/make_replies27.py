#!/usr/bin/env python3
# helpers adapted from the dev corpus make_corpus.py (MIME/header/quote helpers)
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



CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "windows-1252": "cp1252", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr", "shift_jis": "shift_jis", "iso-8859-1": "latin-1"}


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
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:
        label, mode = "utf-8", "B"
    return prefix + "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    try:
        name.encode(codec(label))
    except UnicodeEncodeError:      # Outlook falls back to UTF-8 for a word the legacy charset cannot carry
        label, mode = "utf-8", "B"
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



# ==============================================================================================================
# replies27: 45+ replies to minutebot recaps, 龙城电驱 (Longcheng E-Drive, Changzhou e-bike maker)
# ==============================================================================================================
import chinese_calendar

DOM = "lcebike.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
MONTH_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAY_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTH_NL = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAY_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTH_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]
DAY_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTH_NL_LONG = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"]
DAY_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MONTH_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DAY_VI = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
DAY_KO = "월화수목금토일"
DAY_JA = "月火水木金土日"
DAY_PL = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
DAY_ES_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTH_ES_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]
DAY_FR_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTH_FR_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]

# --------------------------------------------------------------------------------------------------------------
# People (roster.csv) — internal staff of 龙城电驱 plus the partners who answer recaps
# --------------------------------------------------------------------------------------------------------------
ROSTER = [
    # name, email, department, manager_email, aliases
    ("周婷", "zhouting@" + DOM, "外贸部", "", "周经理;Zhou Ting;Tina Zhou;Tina"),
    ("许嘉怡", "xujiayi@" + DOM, "外贸部", "zhouting@" + DOM, "Xu Jiayi;Joy Xu;Joy;嘉怡"),
    ("何文杰", "hewenjie@" + DOM, "外贸部", "zhouting@" + DOM, "He Wenjie;Kevin He;文杰"),
    ("马骏", "majun@" + DOM, "采购部", "", "马经理;Ma Jun;Martin Ma"),
    ("沈磊", "shenlei@" + DOM, "质量部", "", "沈工;Shen Lei"),
    ("王磊", "wanglei@" + DOM, "研发部", "", "王工;Wang Lei;Leo Wang"),
    ("赵一鸣", "zhaoyiming@" + DOM, "研发部", "wanglei@" + DOM, "Zhao Yiming;一鸣;小赵"),
    ("钱伟", "qianwei@" + DOM, "生产部", "", "钱厂长;Qian Wei"),
    ("孙丽", "sunli@" + DOM, "生产部", "qianwei@" + DOM, "Sun Li;丽姐"),
    ("蒋红", "jianghong@" + DOM, "财务部", "", "蒋总监;Jiang Hong"),
    ("顾敏", "gumin@" + DOM, "财务部", "jianghong@" + DOM, "Gu Min;小顾"),
    # partners (department = their organisation; no manager known)
    ("陈海波", "chenhb@yongda-logistics.example.cn", "甬达国际货代(宁波)", "", "Chen Haibo;Harbor Chen;陈总"),
    ("林国栋", "hengcimotor_lgd@163.com", "台州恒磁电机", "", "林总;Lin Guodong"),
    ("叶青", "yeqing@hengci-motor.example.cn", "台州恒磁电机", "", "Ye Qing;叶工"),
    ("顾晓雯", "grace.gu@sgs.example.com", "SGS上海", "", "Grace Gu;Grace"),
    ("吳志明", "jimmy.wu@honglien-parts.example.com.tw", "宏聯零件(台中)", "", "吴志明;吳經理;Jimmy Wu;Jimmy"),
    ("Park Ji-ho", "jiho.park@hanbit-energy.example.kr", "Hanbit Energy", "", "박지호;Jiho Park;Jiho"),
    ("Kim Min-jun", "minjun.kim@hanbit-energy.example.kr", "Hanbit Energy", "", "김민준;Minjun Kim;MJ"),
    ("佐藤健", "ken.sato@hanbit-energy.example.jp", "Hanbit Energy", "", "Ken Sato;Sato Ken;佐藤"),
    ("Sanne de Vries", "sanne@fietsplaats.example.nl", "Fietsplaats B.V.", "", "Sanne"),
    ("Jonas Becker", "jonas.becker@fietsplaats.example.de", "Fietsplaats B.V.", "", "Jonas"),
    ("Tomasz Nowak", "tomasz.nowak@fietsplaats.example.pl", "Fietsplaats B.V.", "", "Tomasz;Tomek"),
    ("Claire Moreau", "claire.moreau@velo-urbain.example.fr", "Vélo Urbain SARL", "", "Claire"),
    ("Tran Thi Mai", "mai.tran@siam-emobility.example.co.th", "Siam E-Mobility", "", "Trần Thị Mai;Mai Tran;Mai"),
    ("Maria Santos", "maria.santos@pedalpinas.example.ph", "PedalPinas Inc.", "", "Maria;Ria Santos"),
    ("Camila Rojas", "crojas@importadora-andes.example.cl", "Importadora Andes", "", "Camila"),
    ("Omar Al-Harbi", "omar.alharbi@rawabi-mobility.example.sa", "Rawabi Mobility", "", "Omar;عمر الحربي"),
    ("Wanjiru Kamau", "wanjiru@nairobi-ebikes.example.co.ke", "Nairobi E-Bikes", "", "Wanjiru;Shiru"),
]
P = {r[0]: {"name": r[0], "email": r[1], "department": r[2], "manager_email": r[3], "aliases": r[4]} for r in ROSTER}


def who(name):
    if name in P:
        return (name, P[name]["email"])
    if name == BOT[0]:
        return BOT
    raise KeyError(name)


def _pair(p):
    return p if isinstance(p, tuple) else who(p)


def _threading(irt, refs):
    h = []
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    return h


# --------------------------------------------------------------------------------------------------------------
# Calendar (chinesecalendar) and the date rules of the corpus README
# --------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """'N个工作日' counted from the day after d."""
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def first_workday_after_holiday(d):
    """节后第一个工作日: the first working day after the holiday block that starts after d."""
    x = d + dt.timedelta(days=1)
    while not chinese_calendar.is_holiday(x) or x.weekday() >= 5 and not chinese_calendar.get_holiday_detail(x)[1]:
        x += dt.timedelta(days=1)
    while not is_workday(x):
        x += dt.timedelta(days=1)
    return x


def this_or_next_weekday(d, wd):
    x = d + dt.timedelta(days=(wd - d.weekday()) % 7)
    return x


def next_week_weekday(d, wd):
    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
    return monday + dt.timedelta(days=wd)


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4))
    return nxt - dt.timedelta(days=nxt.day)


def compute(rule, sent_local, arg=None):
    d = sent_local.date()
    if rule == "abs":
        return D.fromisoformat(arg)
    if rule == "day_of_month":          # 'the 21st' / '21号': this month if not past, else next month
        x = d.replace(day=arg)
        if x < d:
            x = (month_end(d) + dt.timedelta(days=1)).replace(day=arg)
        return x
    if rule == "weekday":
        return this_or_next_weekday(d, arg)
    if rule == "next_week":
        return next_week_weekday(d, arg)
    if rule == "workdays":
        return add_workdays(d, arg)
    if rule == "after_holiday":
        return first_workday_after_holiday(d)
    if rule == "month_end":
        return month_end(d)
    if rule == "plus_days_from":         # arg = (base date iso, n)
        return D.fromisoformat(arg[0]) + dt.timedelta(days=arg[1])
    raise ValueError(rule)


# --------------------------------------------------------------------------------------------------------------
# The bot's recaps (what every reply quotes)
# --------------------------------------------------------------------------------------------------------------
def recap_blocks(rows, cutoff, problems=(), lang="zh"):
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


MEETINGS = {}


def meeting(key, subject, minutes_at, recap_at, organizer, to, cc, rows, cutoff, lang="zh", problems=()):
    t = ts(recap_at)
    blocks = recap_blocks(rows, cutoff, problems, lang)
    rto = [organizer] + list(to)
    minutes_id = "<%s.%s@%s>" % (hx(key + "min", 16).upper(), hx(key + "m2", 6), DOM)
    recap_id = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
    p = Parent(BOT, rto, cc, "Re: " + subject, t, render_text(blocks), render_divs(blocks), recap_id)
    MEETINGS[key] = dict(parent=p, subject=subject, minutes_id=minutes_id, recap_id=recap_id, rows=rows,
                         organizer=organizer, to=list(to), cc=list(cc), lang=lang,
                         reply_to=("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM)),
                         minutes_at=minutes_at)


meeting("M1", "外贸出口订单周会纪要 2026-09-14", "2026-09-14 14:52:10", "2026-09-14 14:55:27", "周婷",
        ["许嘉怡", "陈海波", "顾晓雯", "Sanne de Vries", "Wanjiru Kamau"], ["何文杰", "马骏"],
        [(1, "确认Fietsplaats第二批200台PI并回签", "Sanne de Vries", "2026-09-16"),
         (2, "宁波-鹿特丹40HQ订舱（第38周船期）", "陈海波", "2026-09-18"),
         (3, "出具EN 15194电机EMC预测试报告", "顾晓雯", "2026-09-22"),
         (4, "更新法语版用户说明书（法国站点）", "许嘉怡", "2026-09-21"),
         (5, "肯尼亚首批订单30%定金到账", "Wanjiru Kamau", "2026-09-24")],
        "2026-09-14 18:00")
meeting("M2", "恒磁电机供货协调会纪要（9月15日）", "2026-09-15 16:40:02", "2026-09-15 16:43:51", "马骏",
        ["林国栋", "叶青", "沈磊", "顾敏"], ["王磊", "蒋红"],
        [(1, "提供36V 250W轮毂电机改进样品5台", "林国栋", "2026-09-23"),
         (2, "提交霍尔传感器失效分析报告（8D）", "叶青", "2026-09-18"),
         (3, "更新电机来料检验标准（IQC）", "沈磊", "2026-09-21"),
         (4, "提交9月电机货款付款申请", "顾敏", "2026-09-22")],
        "2026-09-15 18:00")
meeting("M3", "Hanbit Energy battery pack sync - 16 Sep 2026", "2026-09-16 15:05:44", "2026-09-16 15:09:02",
        "王磊", ["Park Ji-ho", "Kim Min-jun", "佐藤健", "赵一鸣"], ["马骏", "沈磊"],
        [(1, "Submit UN38.3 test report for the 48V 14Ah pack", "Park Ji-ho", "2026-09-22"),
         (2, "BMS firmware v2.3 with CAN protocol", "Kim Min-jun", "2026-09-30"),
         (3, "Update the pack drawing with the new XT60 connector", "赵一鸣", "2026-09-24"),
         (4, "Spare-part price list for the Japan market", "佐藤健", "2026-09-18")],
        "2026-09-16 18:00", lang="en")
meeting("M4", "宏聯零件碟刹采购沟通纪要", "2026-09-18 10:20:00", "2026-09-18 10:23:36", "马骏",
        ["吳志明", "王磊"], ["沈磊"],
        [(1, "提供液压碟刹（180mm）报价", "吳志明", "2026-09-23"),
         (2, "寄送碟刹样品10套到常州", "吳志明", "2026-09-29"),
         (3, "编制碟刹样品测试计划", "王磊", "2026-09-30")],
        "2026-09-18 18:00")
meeting("M5", "Overseas dealer sync (LatAm / Middle East / SEA) - 22 Sep", "2026-09-22 16:31:19",
        "2026-09-22 16:36:40", "周婷",
        ["Camila Rojas", "Omar Al-Harbi", "Tran Thi Mai", "Maria Santos", "何文杰"], ["许嘉怡"],
        [(1, "Chile homologation documents (3C/SEC)", "Camila Rojas", "2026-09-30"),
         (2, "Apply for the SASO certificate", "Omar Al-Harbi", "2026-10-09"),
         (3, "Ship TISI test samples to Bangkok", "Tran Thi Mai", "2026-09-29"),
         (4, "Dealer training video (Tagalog subtitles)", "Maria Santos", "2026-10-12"),
         (5, "2027 export price list", "周婷", "2026-09-30")],
        "2026-09-22 18:00", lang="en")
meeting("M6", "国庆节前生产协调会纪要", "2026-09-28 09:45:00", "2026-09-28 09:48:13", "钱伟",
        ["沈磊", "孙丽", "周婷"], ["蒋红"],
        [(1, "节前备货：整车500台入库", "钱伟", "2026-09-30"),
         (2, "整车QC抽检报告", "沈磊", "2026-09-30"),
         (3, "节后开工安全检查", "钱伟", "2026-10-09"),
         (4, "成品仓库盘点", "孙丽", "2026-10-09")],
        "2026-09-28 18:00")
meeting("M7", "2027 season planning EU dealers - minutes 12 Oct", "2026-10-12 15:01:09", "2026-10-12 15:04:30",
        "周婷", ["Claire Moreau", "Sanne de Vries", "Jonas Becker", "Tomasz Nowak", "陈海波", "许嘉怡"], [],
        [(1, "Catalogue 2027 en français", "Claire Moreau", "2026-10-23"),
         (2, "10台展车发运（鹿特丹）", "陈海波", "2026-10-20"),
         (3, "Co-op marketing budget proposal", "许嘉怡", "2026-10-16"),
         (4, "Review open warranty claims (Fietsplaats)", "Jonas Becker", "2026-10-16"),
         (5, "Poznań warehouse receiving slots wk 43-45", "Tomasz Nowak", "2026-10-21")],
        "2026-10-12 18:00")
meeting("M8", "EN 15194 认证整改会议纪要 10-19", "2026-10-19 16:02:00", "2026-10-19 16:05:41", "沈磊",
        ["顾晓雯", "王磊", "林国栋", "赵一鸣"], ["周婷"],
        [(1, "出具EN 15194正式测试报告", "顾晓雯", "2026-10-30"),
         (2, "整改3项EMC问题（辐射骚扰）", "赵一鸣", "2026-10-23"),
         (3, "IP65复测样品送SGS", "林国栋", "2026-10-27"),
         (4, "更新整车技术文件（TCF）", "王磊", "2026-10-30")],
        "2026-10-19 18:00")


# --------------------------------------------------------------------------------------------------------------
# Quote styles beyond the dev corpus's
# --------------------------------------------------------------------------------------------------------------
def _gt(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def _addrs(lst, fmt="%s <%s>", sep="; "):
    return sep.join(fmt % x for x in lst)


def outlook_when(t, lang):
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if lang == "en":
        return "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year, h12,
                                            t.minute, ap)
    if lang == "tw":
        return "%d年%d月%d日 %s %d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)
    if lang == "zh":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (DAY_FR_LONG[t.weekday()], t.day, MONTH_FR_LONG[t.month - 1], t.year, t.hour,
                                          t.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DAY_DE[t.weekday()], t.day, MONTH_DE[t.month - 1], t.year, t.hour, t.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (DAY_NL[t.weekday()], t.day, MONTH_NL_LONG[t.month - 1], t.year, t.hour,
                                          t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (DAY_ES_LONG[t.weekday()], t.day, MONTH_ES_LONG[t.month - 1], t.year,
                                               t.hour, t.minute)
    raise ValueError(lang)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "tw": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
}


def quote_outlook_lang(p, lang, owa=False, original_message=False):
    L = OUTLOOK_LABELS[lang]
    when = outlook_when(p.t, lang)
    tos, ccs = _addrs(p.to), _addrs(p.cc)
    head = ("-----Original Message-----\n" if original_message else
            ("________________________________\n" if owa else ""))
    text = ("\n" + head + "%s %s <%s>\n%s %s\n%s %s\n" % (L[0], p.frm[0], p.frm[1], L[1], when, L[2], tos) +
            ("%s %s\n" % (L[3], ccs) if ccs else "") + "%s %s\n\n" % (L[4], p.subject) + p.text)
    lines = "<b>%s</b> %s &lt;%s&gt;<br><b>%s</b> %s<br><b>%s</b> %s<br>%s<b>%s</b> %s" % (
        esc(L[0]), esc(p.frm[0]), p.frm[1], esc(L[1]), esc(when), esc(L[2]), esc(tos),
        ("<b>%s</b> %s<br>" % (esc(L[3]), esc(ccs))) if ccs else "", esc(L[4]), esc(p.subject))
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
             'color="#000000">%s</font><div>&nbsp;</div></div>%s' % (lines, p.html))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">%s<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
             % (lines, p.html))
    return text, h


def _wrap_attr(attr, width=76):
    """Gmail's text/plain wraps a long attribution line (it breaks before '<' or at a space)."""
    if len(attr) <= width:
        return attr
    cut = attr.rfind(" ", 0, width)
    cut2 = attr.find("<")
    if 0 < cut2 < width and cut2 > cut:
        cut = cut2
    if cut <= 0:
        return attr
    return attr[:cut].rstrip() + ("\n" if attr[cut] != "<" else "\n") + attr[cut:].lstrip()


def quote_gmail_attr(p, attr_text, attr_html=None, wrap=False):
    a = _wrap_attr(attr_text) if wrap else attr_text
    text = "\n\n" + a + "\n\n" + _gt(p.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (attr_html or esc(attr_text), p.html))
    return text, h


def quote_thunderbird(p, attr):
    text = "\n" + attr + "\n" + _gt(p.text)
    h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
         % (esc(attr), p.msgid.strip("<>"), p.html))
    return text, h


def quote_apple(p, attr, ios=True):
    if ios:
        text = "\n\n> " + attr + "\n>\n" + _gt(p.text)
    else:
        text = "\n\n> " + attr + "\n> \n" + _gt(p.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
         '</blockquote></div>' % (esc(attr), p.html))
    return text, h


def quote_163(p):
    t = p.t
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
    text = "\n\n\n\n" + attr + "\n" + _gt(p.text)
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<pre><br>%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr).replace('"', "&quot;"), p.html))
    return text, h


def quote_alimail(p):
    t = p.t
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    tos = _addrs(p.to, '"%s"<%s>', "; ")
    ccs = _addrs(p.cc, '"%s"<%s>', "; ")
    text = ("\n\n------------------------------------------------------------------\n发件人：%s <%s>\n发送时间：%s\n"
            "收件人：%s\n" % (p.frm[0], p.frm[1], when, tos) + ("抄　送：%s\n" % ccs if ccs else "") +
            "主　题：%s\n\n" % p.subject + p.text)
    h = ('<div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0"><div style="clear:both">'
         '------------------------------------------------------------------</div><div style="clear:both">发件人：%s '
         '&lt;%s&gt;</div><div style="clear:both">发送时间：%s</div><div style="clear:both">收件人：%s</div>%s'
         '<div style="clear:both">主　题：%s</div><div><br></div>%s</blockquote>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos),
            ('<div style="clear:both">抄　送：%s</div>' % esc(ccs)) if ccs else "", esc(p.subject), p.html))
    return text, h


def quote_feishu(p):
    t = p.t
    when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    tos = _addrs(p.to, '"%s"<%s>', ", ")
    ccs = _addrs(p.cc, '"%s"<%s>', ", ")
    text = ("\n\n\n发件人: %s<%s>\n日期: %s\n收件人: %s\n" % (p.frm[0], p.frm[1], when, tos) +
            ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n" % p.subject + p.text)
    h = ('<div class="history-quote-wrapper"><div data-html-block="quote" data-mail-html-ignore=""><div style="padding:'
         '12px;background:#f5f6f7;color:#1f2329;border-radius:4px;margin-top:24px;margin-bottom:12px">'
         '<div><b>发件人: </b>%s&lt;%s&gt;</div><div><b>日期: </b>%s</div><div><b>收件人: </b>%s</div>%s'
         '<div><b>主题: </b>%s</div></div><div>%s</div></div></div>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<div><b>抄送: </b>%s</div>" % esc(ccs)) if ccs else "",
            esc(p.subject), p.html))
    return text, h


def attr_gmail_en(p):
    t = p.t
    h12 = t.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day,
                                                            t.year, h12, t.minute, "AM" if t.hour < 12 else "PM",
                                                            p.frm[0], p.frm[1])


def attr_gmail_zh(p):
    t = p.t
    return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (p.frm[0], p.frm[1], t.year, t.month, t.day,
                                                  WEEKDAY_ZH[t.weekday()], t.hour, t.minute)


def attr_gmail_es(p):
    t = p.t
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (DAY_ES[t.weekday()], t.day, MONTH_ES[t.month - 1],
                                                                   t.year, t.hour, t.minute, p.frm[0], p.frm[1])


def attr_gmail_vi(p):
    t = p.t
    return "Vào %s, %d thg %d, %d vào lúc %d:%02d %s <%s> đã viết:" % (DAY_VI[t.weekday()], t.day, t.month, t.year,
                                                                      t.hour, t.minute, p.frm[0], p.frm[1])


def attr_gmail_ko(p):
    t = p.t
    h12 = t.hour % 12 or 12
    return "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, DAY_KO[t.weekday()],
                                                          "오전" if t.hour < 12 else "오후", h12, t.minute, p.frm[0],
                                                          p.frm[1])


def attr_gmail_fr(p):
    t = p.t
    return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (DAY_FR[t.weekday()], t.day, MONTH_FR[t.month - 1],
                                                             t.year, t.hour, t.minute, p.frm[0], p.frm[1])


# --------------------------------------------------------------------------------------------------------------
# Mail clients: header shapes and encodings
# --------------------------------------------------------------------------------------------------------------
def enc_html(s, cs):
    return s.encode(codec(cs), "xmlcharrefreplace").decode(codec(cs))


def plain_lossy(s, cs):
    return s.encode(codec(cs), "replace").decode(codec(cs))


def outlook_html(inner, cs, lang="ZH-CN"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (cs, lang, inner))


def o_lines(text):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "<o:p>&nbsp;</o:p>"))
    return "".join(out)


def divs(text, tag="div"):
    return "".join("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag) for l in text.rstrip("\n").split("\n"))


def build(c):
    """c: dict(client, frm, to, cc, subject, t, new, quote=(qt, qh), seed, irt, refs, ...)."""
    kind = c["client"]
    seed, t = c["seed"], c["t"]
    fn, fe = _pair(c["frm"])
    to, cc = c["to"], c.get("cc", [])
    qt, qh = c["quote"]
    new = c["new"]
    text = c.get("text") or (new + qt if c.get("post", "top") == "top" else qt.lstrip("\n") + "\n" + new)
    new_html = c.get("new_html") or divs(new)
    html_inner = c.get("html") or (new_html + qh if c.get("post", "top") == "top" else qh + new_html)
    irt, refs = c["irt"], c["refs"]
    extra = list(c.get("extra", []))
    recv = c["recv"]
    if kind in ("qq", "exmail", "wecom"):
        cs = "gb18030"
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        hdoc = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs, html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "base64")], b,
                     preamble="This is a multi-part message in MIME format.")
        hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
                ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
                ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", recv[1]), ("X-QQ-STYLE", ""),
                ("X-QQ-mid", "%s-0t%dt%s" % ("xmsezb3" if kind != "qq" else "xmsmtpt3", int(t.timestamp()),
                                             hx(seed + "q", 7))),
                ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(c["subject"], cs, "B")), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
                 ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
                 ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                 ("X-Mailer", {"qq": "QQMail 2.x", "exmail": "QQMail 2.x", "wecom": "WXWork"}[kind]),
                 ("X-QQ-Mailer", {"qq": "QQMail 2.x", "exmail": "QQMail 2.x", "wecom": "WXWork"}[kind])]
        hdrs += _threading(irt, refs)
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "foxmail":
        cs = c.get("cs", "GBK")
        b = "----=_001_NextPart%s_=----" % str(int(hx(seed, 10), 16))[:12]
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: '
                '1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; '
                '}</style></head><body>\n%s</body></html>' % (cs, html_inner))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "quoted-printable")],
                     b, preamble="This is a multi-part message in MIME format.")
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(c["subject"], cs, "B"))] + _threading(irt, refs)
        hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                                      hx(seed + "g", 4).upper(),
                                                                      hx(seed + "h", 4).upper(),
                                                                      hx(seed + "i", 12).upper())),
                 ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("Mime-Version", "1.0"),
                 ("Message-ID", "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(hx(seed, 8), 16))[:7],
                                               fe.split("@")[1]))]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind.startswith("outlook") and kind != "outlook_mac":         # desktop Outlook for Windows, any UI language
        cs = c.get("cs", "gb2312")
        lang = c.get("lang_tag", "zh-cn")
        stamp = hx(seed, 12).upper()
        b = "----=_NextPart_000_0000_01DD%s.%s" % (stamp[:4], stamp[4:])
        ptext = plain_lossy(text, cs)
        hdoc = enc_html(outlook_html(c.get("outlook_inner") or (o_lines(new) + qh), cs,
                                     c.get("body_lang", "ZH-CN")), cs)
        body = multi("alternative", [leaf("text/plain", ptext, cs, c.get("cte", "base64"), crlf=True),
                                     leaf("text/html", hdoc, cs, c.get("cte", "base64"), crlf=True)], b)
        body.preamble = "This is a multipart message in MIME format."
        hdrs = [("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B")))
        hdrs += [("References", "\n ".join(refs)), ("In-Reply-To", irt), ("Subject", htext(c["subject"], cs, "B")),
                 ("Date", rfc_date(t)),
                 ("Message-ID", "<000001dd%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                            fe.split("@")[1]))]
        msg = envelope(hdrs, body, mime_after="Message-ID")
        extra = [("X-Mailer", c.get("mailer", "Microsoft Outlook 16.0")),
                 ("Thread-Index", thread_index(seed, "recap" + irt)), ("Content-Language", lang)] + extra
    elif kind == "owa":
        tu = t.astimezone(UTC)
        mid = "%s%s" % (c.get("mbx", "AM0PR04MB"), hx(seed + "m", 24).upper())
        b = "_000_%s%s_" % (mid, c.get("mbxdom", "EURP194PRODOUTLOOKCOM"))
        hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>%s</body></html>'
                % (new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", ct_quote=False),
                                     leaf("text/html", hdoc, "utf-8", "base64", ct_quote=False)], b)
        hdrs = [("From", haddr(fn, fe, "utf-8", "B")), ("To", haddrs(to, "utf-8", "B"))]
        if cc:
            hdrs.append(("CC", haddrs(cc, "utf-8", "B")))
        hdrs += [("Subject", htext(c["subject"], "utf-8", "B")), ("Thread-Topic", htext(c["subject"][4:], "utf-8", "B")),
                 ("Thread-Index", thread_index(seed, "recap" + irt)),
                 ("Date", rfc_date(tu).replace("+0000", "+0000")),
                 ("Message-ID", "<%s@%s.%s.PROD.OUTLOOK.COM>" % (mid, mid[:12], c.get("mbxdom", "EURP194")[:7].lower())),
                 ("References", "\n ".join(refs)), ("In-Reply-To", irt),
                 ("Accept-Language", c.get("accept", "en-US")), ("Content-Language", c.get("lang_tag", "en-US")),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("msip_labels", ""), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
        msg = envelope(hdrs, body, mime_version=True)
    elif kind == "outlook_mac":
        b = "_000_%s_" % hx(seed, 20).upper()
        hdoc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
                'content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word"><div class="WordSection1">%s%s</div></body></html>'
                % (o_lines(new), qh))
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                     leaf("text/html", hdoc, "utf-8", "quoted-printable")], b)
        hdrs = [("From", haddr(fn, fe, "utf-8", "B")), ("To", haddrs(to, "utf-8", "B"))]
        if cc:
            hdrs.append(("CC", haddrs(cc, "utf-8", "B")))
        hdrs += [("Subject", htext(c["subject"], "utf-8", "B")), ("Thread-Topic", htext(c["subject"][4:], "utf-8", "B")),
                 ("Thread-Index", thread_index(seed, "recap" + irt)), ("Date", rfc_date(t)),
                 ("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                         hx(seed + "2", 4).upper(), hx(seed + "3", 4).upper(),
                                                         hx(seed + "4", 12).upper(), fe.split("@")[1])),
                 ("References", "\n ".join(refs)), ("In-Reply-To", irt),
                 ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Content-Language", "en-GB")]
        msg = envelope(hdrs, body, mime_version=True)
    elif kind in ("netease163", "coremail"):
        cs = c.get("cs", "GBK" if kind == "netease163" else "UTF-8")
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hdoc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(c["subject"], cs, "B"))] + _threading(irt, refs)
        if kind == "netease163":
            hdrs += [("X-Priority", "3"),
                     ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20231023(0d4e3a86) Copyright (c) "
                                  "2002-2026 www.mailtech.cn 163com"),
                     ("X-NTES-SC", "AL_Qu2" + hb64(seed + "n", 30)), ("X-Originating-IP", "[%s]" % recv[1])]
        else:
            hdrs += [("X-Priority", "3"),
                     ("X-Mailer", "Coremail Webmail Server Version XT6.0.2 build 20240710(a8b1f4f4)"),
                     ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33))]
        hdrs += [("MIME-Version", "1.0"),
                 ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe))]
        if kind == "coremail":
            hdrs += [("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
                     ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-"))]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "mailmaster":
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '<div style="font-size: 14px; line-height: 1.5;">%s</div></body></html>' % html_inner)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", hdoc, "UTF-8", "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
        hdrs += [("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "x", 5), hx(seed + "y", 11),
                                                   fe.split("@")[1])),
                 ("Subject", htext(c["subject"], "UTF-8", "B"))] + _threading(irt, refs)
        hdrs += [("MIME-Version", "1.0"), ("X-Mailer", "MailMasterAndroid/7.21.3.2206")]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind in ("gmail", "gmail_android"):
        b1 = "000000000000%s" % hx(seed, 14)
        hdoc = '<div dir="ltr">%s</div>' % html_inner if kind == "gmail" else '<div dir="auto">%s</div>' % html_inner
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
        hdrs = [("MIME-Version", "1.0")] + _threading(None, refs) + _threading(irt, None)
        hdrs += [("From", haddr(fn, fe, "UTF-8", "B")), ("Date", rfc_date(t)),
                 ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
                 ("Subject", htext(c["subject"], "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
        hdrs += [("X-Gm-Features", "AbW1kvY" + hx(seed + "gm", 30))]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind in ("iphone", "applemail"):
        bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                              hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if kind == "iphone":
            hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    '<body dir="auto">%s</body></html>' % html_inner)
        else:
            hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                    'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
                    '</body></html>' % html_inner)
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, "utf-8", "quoted-printable", ct_quote=False)], bnd)
        body.replace_header("Content-Type", "multipart/alternative; boundary=%s" % bnd)
        hdrs = [("From", haddr(fn, fe, "utf-8")),
                ("Mime-Version", "1.0 (1.0)" if kind == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
                ("Subject", htext(c["subject"], "utf-8", "Q" if kind == "applemail" else "B")), ("Date", rfc_date(t)),
                ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                        hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                        hx(seed + "7", 12).upper(), fe.split("@")[1])),
                ("References", "\n ".join(refs))]
        if cc:
            hdrs.append(("Cc", haddrs(cc)))
        hdrs += [("In-Reply-To", irt), ("To", haddrs(to)),
                 ("X-Mailer", "iPhone Mail (23A341)" if kind == "iphone" else "Apple Mail (2.3826.400.131.1.6)")]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "thunderbird":
        cs = c.get("cs", "UTF-8")
        if c.get("plain_only"):
            body = leaf("text/plain", text, cs, c.get("cte", "8bit"), params=[("format", "flowed")], ct_quote=False)
        else:
            b = "------------%s" % hb64(seed, 18).replace("+", "0").replace("/", "1")[:24]
            hdoc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                    'charset=UTF-8">\n  </head>\n  <body>\n    %s\n  </body>\n</html>\n' % html_inner)
            body = multi("alternative", [leaf("text/plain", text, cs, "8bit", params=[("format", "flowed")],
                                              ct_quote=False),
                                         leaf("text/html", hdoc, cs, "8bit", ct_quote=False)], b,
                         preamble="This is a multi-part message in MIME format.")
        u = hx(seed, 32)
        hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32],
                                                          fe.split("@")[1])),
                ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(c["subject"], "UTF-8", "B")),
                ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
        hdrs += [("References", "\n ".join(refs)), ("Content-Language", c.get("lang_tag", "zh-CN")),
                 ("From", haddr(fn, fe, "UTF-8", "B")), ("In-Reply-To", irt)]
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "alimail":       # 钉钉邮箱 (Alibaba Mail)
        b = "----=ALIBOUNDARY_%d_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 12))
        hdoc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
                'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % html_inner)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", hdoc, "UTF-8", "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
                ("To", haddrs(to, "UTF-8", "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
        hdrs += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
                 ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "b", 8), hx(seed + "c", 10),
                                                   fe.split("@")[1])),
                 ("Subject", htext(c["subject"], "UTF-8", "B")), ("X-Mailer", "[Alimail-Mailagent revision 2][W11_A10]"),
                 ("MIME-Version", "1.0"), ("x-aliyun-im-through", '{"mailThroughImNotify":"true"}')]
        hdrs += _threading(irt, refs)
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "feishu":
        b = "%s" % hx(seed, 32)
        hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-size:14px;color:#1f2329">%s</div></body></html>' % html_inner)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                     leaf("text/html", hdoc, "UTF-8", "quoted-printable")], b)
        hdrs = [("Date", rfc_date(t)), ("Subject", htext(c["subject"], "UTF-8", "B")),
                ("From", haddr(fn, fe, "UTF-8", "B", quote=True)), ("To", haddrs(to, "UTF-8", "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
        hdrs += [("Message-Id", "<%s@%s>" % (hx(seed, 32), fe.split("@")[1])), ("Mime-Version", "1.0"),
                 ("X-Lms-Return-Path", "<lba+2%s+%s+%s>" % (hx(seed, 8), fe.replace("@", "%"), "lcebike")),
                 ("X-Mailer", "Feishu Mail")]
        hdrs += _threading(irt, refs)
        msg = envelope(hdrs, body, mime_version=False)
    elif kind == "ooo_exchange":
        body = leaf("text/plain", text, "utf-8", "base64", ct_quote=False)
        tu = t.astimezone(UTC)
        hdrs = [("From", haddr(fn, fe, "utf-8", "B")), ("To", haddrs(to, "utf-8", "B")),
                ("Subject", htext(c["subject"], "utf-8", "B")),
                ("Thread-Topic", htext(c["subject"][len("Automatic reply: "):], "utf-8", "B")),
                ("Thread-Index", thread_index(seed, "recap" + irt)), ("Date", rfc_date(tu)),
                ("Message-ID", "<%s@%s.eurprd04.prod.outlook.com>" % (hx(seed, 32).upper(), "AM0PR04MB" + hx(seed, 4).upper())),
                ("References", "\n ".join(refs)), ("In-Reply-To", irt),
                ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", fe),
                ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All")]
        msg = envelope(hdrs, body, mime_version=True)
    else:
        raise ValueError(kind)
    for k, v in extra:
        msg[k] = v
    out = Message()
    tt = sh(t) + dt.timedelta(seconds=4)
    out["Return-Path"] = "<%s>" % fe
    out["Delivered-To"] = BOT[1]
    out["Received"] = ("from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (CST)"
                       % (recv[0], recv[0], recv[1], DOM, hx(seed, 9).upper(), _pair(to[0])[1], rfc_date(tt)))
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


# --------------------------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------------------------
class PV:
    """A view of the recap as the replier's client shows it (its own time zone)."""

    def __init__(self, p, tz):
        self.frm, self.to, self.cc, self.subject = p.frm, p.to, p.cc, p.subject
        self.text, self.html, self.msgid = p.text, p.html, p.msgid
        self.t = p.t.astimezone(tz)


def TZ(h):
    return dt.timezone(dt.timedelta(hours=h))


CASES = []


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": sorted(items), "percent": percent, "new_due_date": new_due}


def R(num, slug, client, frm, mkey, when, tzh, new, quote, gold_reply, notes, readme, check=None, kind="reply",
      subj="re", cc=None, **kw):
    m = MEETINGS[mkey]
    t = ts(when, TZ(tzh))
    p = PV(m["parent"], TZ(tzh))
    q = quote(p) if callable(quote) else quote
    if subj == "re":
        subject = m["parent"].subject
    else:
        subject = subj + m["subject"] if subj.endswith(("：", ": ", ":")) or subj.endswith(" ") else subj
    to = [m["reply_to"]]
    if cc is None:
        everyone = [m["organizer"]] + m["to"] + m["cc"]
        cc = [x for x in everyone if x != frm]
    CASES.append(dict(num=num, slug="%d-%s" % (num, slug), seed="r27-%d-%s" % (num, slug), client=client, frm=frm, to=to, cc=cc, subject=subject,
                      t=t, new=new, quote=q, irt=m["recap_id"], refs=[m["minutes_id"], m["recap_id"]],
                      gold=dict(kind=kind, items=[], next_followup=None,
                                reply=gold_reply if kind == "reply" else None, notes=notes),
                      readme=readme, check=check, meeting=mkey, **kw))


RECV = {
    "coremail": ("mail.lcebike.example.cn", "10.20.1.15"), "outlook_cn": ("mail.lcebike.example.cn", "10.20.3.88"),
    "thunderbird": ("mail.lcebike.example.cn", "10.20.3.41"), "iphone": ("mail.lcebike.example.cn", "112.21.176.33"),
    "mailmaster": ("mail.lcebike.example.cn", "223.104.5.178"),
    "exmail": ("smtpbgsg2.qq.com", "54.254.200.128"), "wecom": ("smtpbg156.qq.com", "15.184.224.54"),
    "foxmail": ("smtpbguseast3.qq.com", "54.243.244.52"),
    "feishu": ("va-1-17.ptr.blmpb.com", "209.127.231.17"), "163": ("m16.mail.163.com", "220.197.31.2"),
    "163mm": ("m16.mail.163.com", "220.197.31.5"),
    "hinet": ("mail.honglien-parts.example.com.tw", "61.220.14.9"),
    "google": ("mail-sor-f41.google.com", "209.85.220.41"),
    "m365": ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.98"),
    "m365apac": ("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.215.91"),
    "hanbit": ("mx.hanbit-energy.example.kr", "211.234.118.20"),
    "hanbitjp": ("mx.hanbit-energy.example.jp", "210.130.137.81"),
    "apple_fr": ("smtp.velo-urbain.example.fr", "91.121.84.17"),
    "ovh": ("smtp.velo-urbain.example.fr", "91.121.84.17"),
    "pl": ("mail.fietsplaats.example.pl", "185.45.112.6"),
    "ke": ("mail.nairobi-ebikes.example.co.ke", "197.248.6.70"),
    "sa": ("mail.rawabi-mobility.example.sa", "37.224.12.50"),
}

L = MEETINGS  # short alias
FOOT_IPH = "\n\n发自我的iPhone\n"
SIG_ZY = "\n\n赵一鸣\n研发部 | 龙城电驱科技有限公司\n"


def qtb(attr):
    return lambda p: quote_thunderbird(p, attr(p) if callable(attr) else attr)


# ---------------------------------------------------------------- M1 (外贸出口订单周会, 2026-09-14 Mon)
R(5501, "confirm-emoji-coremail", "coremail", "许嘉怡", "M1", "2026-09-14 15:20:41", 8,
  "收到，没问题👍\n\n嘉怡\n", quote_coremail, rep("confirm"),
  "Owner (#4) answers the recap the same afternoon, before the 18:00 cut-off. '收到，没问题👍' is a colloquial confirm; "
  "no number -> items []. Quote is Coremail's '-----原始邮件-----' block; the quoted footer lists every command word.",
  "Coremail web '收到，没问题👍' (emoji in UTF-8 base64), Coremail '-----原始邮件-----' quote",
  recv=RECV["coremail"])
R(5521, "confirm-dutch-iphone", "iphone", "Sanne de Vries", "M1", "2026-09-14 10:20:05", 2,
  "Akkoord 👍\n\nVerstuurd vanaf mijn iPhone\n",
  lambda p: quote_apple(p, "Op %d %s %d om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
      p.t.day, MONTH_NL[p.t.month - 1].rstrip("."), p.t.year, p.t.hour, p.t.minute, p.frm[0], p.frm[1])),
  rep("confirm"),
  "Dutch dealer on an iPhone with Dutch UI, Date +0200 (16:20 in Shanghai, before the cut-off). 'Akkoord' = agreed -> "
  "confirm, items []. The attribution is in Dutch ('Op 14 sep 2026 om 08:55 heeft … het volgende geschreven:'), with "
  "the recap time shown in Amsterdam time; 'Verstuurd vanaf mijn iPhone' is the mobile footer.",
  "iPhone Mail (nl) 'Akkoord 👍' + 'Verstuurd vanaf mijn iPhone', Dutch Apple attribution in CEST",
  recv=("mail.fietsplaats.example.nl", "83.96.201.14"))
R(5528, "auto-ooo-nairobi-exchange", "ooo_exchange", "Wanjiru Kamau", "M1", "2026-09-14 10:01:12", 3,
  "Thank you for your email.\n\nI am out of the office until Monday 21 September 2026 with limited access to email. "
  "For urgent orders please contact our office on +254 722 555 000 or sales@nairobi-ebikes.example.co.ke.\n\n"
  "Kind regards,\nWanjiru Kamau\n", ("", ""), None,
  "Exchange out-of-office reply to the recap (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, "
  "'Automatic reply:' subject). It contains a date ('until Monday 21 September') but nobody wrote it: kind auto, "
  "reply null, no command. Changes nothing.",
  "Exchange Online 'Automatic reply:' (out of office, +0300) to the recap: kind auto", kind="auto",
  subj="Automatic reply: Re: ", cc=[], recv=("mail.nairobi-ebikes.example.co.ke", "197.248.6.70"))
R(5529, "thanks-organizer-coremail", "coremail", "周婷", "M1", "2026-09-14 16:02:33", 8,
  "谢谢大家，辛苦了！下周一例会再过一遍进度。\n\n周婷\n外贸部经理\n龙城电驱科技有限公司\n手机：138 1502 6677\n",
  quote_coremail, rep("unknown"),
  "The organizer thanks everybody. No command: intent unknown (our convention for a human reply that asks for no "
  "change), items []. '下周一例会' is a meeting mention, not an extension; it must change nothing.",
  "Organizer's thank-you with '下周一例会' in it: intent unknown, changes nothing", recv=RECV["coremail"])
R(5548, "object-item2-foxmail", "foxmail", "陈海波", "M1", "2026-09-14 15:31:09", 8,
  "周经理：\n\n第2项有异议：第38周宁波-鹿特丹的船已经满舱了，最早只能订第39周（9月25日开船），9月18日前订舱确认来不及，"
  "建议截止时间改到9月21日。\n\n陈海波\n甬达国际货代（宁波）有限公司 | 操作部经理\nTel: 0574-8765 4321  Mob: 139 5748 2210\n",
  quote_foxmail, rep("object", [2]),
  "Forwarder objects to #2 on the recap day (15:31, before the cut-off). '第2项有异议：' + reason -> object, items [2]. "
  "The reason contains dates (9月25日, 9月18日前, 9月21日) and a suggested new deadline, but the command is an objection "
  "(有异议), not an extension: new_due_date null. Foxmail GBK, '发件人：/发送时间：' quote block.",
  "Foxmail GBK objection to 第2项 whose reason suggests a new date (object, not extend)",
  recv=RECV["foxmail"])
R(5507, "done-item1-owa-dutch", "owa", "Sanne de Vries", "M1", "2026-09-16 08:55:30", 2,
  "Hi Tina,\n\nPI voor de tweede batch is getekend en teruggestuurd – so item 1 is done from our side.\n\n"
  "Met vriendelijke groet / Kind regards,\n\nSanne de Vries\nInkoop | Fietsplaats B.V.\nT +31 30 209 4411\n",
  lambda p: quote_outlook_lang(p, "nl", owa=True), rep("done", [1]),
  "Dutch/English mix from Outlook on the web with Dutch UI (quote labels Van:/Verzonden:/Aan:/CC:/Onderwerp:, "
  "Date in +0000 = 14:55 Shanghai). 'item 1 is done' -> done [1].",
  "OWA (Microsoft 365, Dutch UI, Date +0000) 'item 1 is done from our side', Van:/Verzonden: quote",
  recv=RECV["m365"], lang_tag="nl-NL", accept="nl-NL, en-US")
R(5502, "done-item2-foxmail-booking", "foxmail", "陈海波", "M1", "2026-09-17 10:05:18", 8,
  "周经理：\n\n第2项订舱已经搞定了，SO已发您邮箱，船名 MSC ANNA 2638W，ETD 9月25日。\n\n陈海波\n"
  "甬达国际货代（宁波）有限公司 | 操作部经理\nTel: 0574-8765 4321  Mob: 139 5748 2210\n地址：宁波市鄞州区天童南路588号\n",
  quote_foxmail, rep("done", [2]),
  "'第2项订舱已经搞定了' -> done [2] (colloquial 搞定). 'ETD 9月25日' is a shipping date, not a deadline. Signature has "
  "phone numbers and an address.",
  "Foxmail '第2项订舱已经搞定了' with ETD date and phone/address signature", recv=RECV["foxmail"])
R(5510, "extend-next-wednesday-coremail", "coremail", "许嘉怡", "M1", "2026-09-21 17:32:50", 8,
  "周经理，法语说明书只差售后条款了，Vélo Urbain那边周四才能给反馈，第4项延期到下周三吧。\n\n嘉怡\n",
  quote_coremail, rep("extend", [4], None, "2026-09-30"),
  "Sent Mon 2026-09-21 on the due day of #4. '第4项延期到下周三' -> extend [4]; 下周三 = Wednesday of the following "
  "calendar week = 2026-09-30 (README rule), not 09-23. '周四' is when feedback arrives, not the request.",
  "Coremail '第4项延期到下周三' sent on a Monday -> Wednesday of next week", check=("next_week", 2),
  recv=RECV["coremail"])
R(5537, "progress-80-sgs-outlook-disclaimer", "outlook_en", "顾晓雯", "M1", "2026-09-21 18:20:07", 8,
  "Dear Tina,\n\nFor item 3 we are at about 80% – conducted emission is done, the radiated emission retest is "
  "scheduled tomorrow morning. The report will follow by 22 Sep as planned.\n\nBest regards,\n\nGrace Gu\n"
  "Project Engineer, E&E\nSGS-CSTC Standards Technical Services Co., Ltd. Shanghai Branch\nT: +86 21 6140 2666 "
  "ext. 3318 | M: +86 139 1655 2041\n\n"
  "Information in this email and any attachments is confidential and intended solely for the use of the "
  "individual(s) to whom it is addressed or otherwise directed. Please note that any views or opinions presented in "
  "this email are solely those of the author. Unless otherwise agreed in writing, all services are provided in "
  "accordance with the General Conditions of Service, available on request or accessible at "
  "www.sgs.example.com/terms-and-conditions. Please consider the environment before printing this email.\n",
  lambda p: quote_outlook_lang(p, "en"), rep("progress", [3], 80),
  "SGS engineer (Outlook desktop, English, company Exchange). 'item 3 … about 80%' -> progress [3], 80. 'by 22 Sep as "
  "planned' is the original due, not an extension. Long legal disclaimer after the signature.",
  "Outlook en (SGS) 'item 3 we are at about 80%' + 'by 22 Sep as planned' + legal disclaimer",
  recv=RECV["m365apac"], cs="us-ascii" if False else "utf-8", lang_tag="en-US", body_lang="EN-US")
R(5505, "extend-push-to-30th-outlook2013", "outlook_en", "Wanjiru Kamau", "M1", "2026-09-22 11:12:44", 3,
  "Hi Tina,\n\nCan we push #5 to the 30th? Our bank needs an extra approval for transfers above USD 20k, so the "
  "deposit will only land next week.\n\nRegards,\nWanjiru Kamau\nProcurement Lead | Nairobi E-Bikes Ltd\n"
  "+254 722 555 014\n",
  lambda p: quote_outlook_lang(p, "en", original_message=True), rep("extend", [5], None, "2026-09-30"),
  "Kenyan dealer, Outlook 2013 ('-----Original Message-----' header), Date +0300 (16:12 Shanghai, Tue 09-22). "
  "'push #5 to the 30th' -> extend [5]; 'the 30th' = 30th of the current month = 2026-09-30. 'next week' explains the "
  "delay.",
  "Outlook 2013 en 'Can we push #5 to the 30th?' (+0300), '-----Original Message-----' quote",
  check=("day_of_month", 30), recv=RECV["ke"], cs="utf-8", lang_tag="en-us", body_lang="EN-US",
  mailer="Microsoft Outlook 15.0")

# ---------------------------------------------------------------- M2 (恒磁电机供货协调会, 2026-09-15 Tue)
R(5503, "progress-qicheng-feishu", "feishu", "叶青", "M2", "2026-09-17 16:48:02", 8,
  "马经理好，\n\n第2项8D报告目前完成七成左右，根本原因已锁定为霍尔板焊点虚焊，纠正措施还在验证，明天下班前发您。\n\n"
  "叶青\n质量工程师 | 台州恒磁电机有限公司\n电话：0576-8231 6655 转 812\n手机：158 5760 3321\n",
  quote_feishu, rep("progress", [2], 70),
  "Supplier on Feishu mail. '第2项…完成七成左右' -> progress [2]; 七成 = 70%. '明天下班前发您' (= 09-18, the "
  "original due) is a promise inside the deadline, not an extension.",
  "Feishu mail '第2项…完成七成左右' (Chinese fraction -> 70%), '明天下班前' inside the due date",
  recv=RECV["feishu"])
R(5534, "done-by-name-feishu-saturday", "feishu", "叶青", "M2", "2026-09-19 10:20:15", 8,
  "马经理，8D报告昨晚已经发您邮箱了，这项可以关了哈。\n\n叶青\n",
  quote_feishu, rep("done"),
  "Saturday reply, no item number: '8D报告…已经发您邮箱了，这项可以关了' -> done, items [] (as written). Task named by "
  "its words: '8D报告' matches #2 (提交霍尔传感器失效分析报告（8D）), her only item: content-match [2].",
  "Feishu, no number: '8D报告…这项可以关了' -> done, named task (#2, sender's only item)",
  recv=RECV["feishu"])
R(5514, "done-item3-outlook-gb2312", "outlook_cn", "沈磊", "M2", "2026-09-21 17:05:40", 8,
  "马经理：\n\n第3项已完成，新版IQC标准（QI-IQC-017 C版）已发布到QMS，9月22日起执行。\n\n沈磊\n质量部\n"
  "龙城电驱科技有限公司  分机 8031\n",
  quote_outlook_zh, rep("done", [3]),
  "Outlook zh-CN (gb2312 label, base64, CRLF). '第3项已完成' -> done [3]. '9月22日起执行' is an effective date, not "
  "a deadline.", "Outlook zh-CN gb2312 '第3项已完成' + '9月22日起执行' (not a due)", recv=RECV["outlook_cn"])
R(5508, "extend-163-web", "netease163", "林国栋", "M2", "2026-09-21 09:38:26", 8,
  "马经理，第1项样品电机还差磁钢，磁钢厂那边拖了一周，申请延期至9月29日，不好意思。\n\n林国栋\n台州恒磁电机 总经理\n"
  "13905761234\n",
  quote_163, rep("extend", [1], None, "2026-09-29"),
  "Supplier boss on 163 webmail (personal 163.com address, GBK base64, Coremail-based 163 headers). '申请延期至9月29日' "
  "-> extend [1], 2026-09-29. '一周' is a reason.",
  "163 web (GBK) '第1项…申请延期至9月29日', 163 '在 …，\"纪要助手\" <…> 写道：' quote", check=("abs", "2026-09-29"),
  recv=RECV["163"])
R(5517, "progress-by-name-coremail", "coremail", "顾敏", "M2", "2026-09-22 10:30:02", 8,
  "马经理，付款申请已提交OA，现在在蒋总监那边审批，进度大概50%吧。\n\n顾敏 财务部\n",
  quote_coremail, rep("progress", [], 50),
  "No item number; '付款申请' names #4 (提交9月电机货款付款申请), her only item: content-match [4]. '进度大概50%吧' -> "
  "progress, 50.", "Coremail, no number: '付款申请…进度大概50%吧' -> progress 50, named task (#4)",
  recv=RECV["coremail"])
R(5547, "extend-this-friday-holiday-coremail", "coremail", "顾敏", "M2", "2026-09-22 17:02:19", 8,
  "马经理，蒋总监这两天出差，付款申请批不下来，延期到本周五可以吗？\n\n顾敏\n",
  quote_coremail, rep("extend", [], None, "2026-09-25"),
  "Sent Tue 2026-09-22. No number; '付款申请' names #4 (her only item): content-match [4]. '延期到本周五' -> extend, "
  "本周五 = 2026-09-25. That Friday is the Mid-Autumn holiday (09-25..09-27) — the writer did not notice; the gold keeps "
  "the date asked for. Ambiguous only in what the bot should do about it (warn), not in the date.",
  "Coremail, no number: '付款申请…延期到本周五' where that Friday is the 2026 Mid-Autumn holiday",
  check=("weekday", 4), recv=RECV["coremail"])

# ---------------------------------------------------------------- M3 (Hanbit battery pack, English recap, 2026-09-16 Wed)
R(5524, "question-item4-outlook-ja", "outlook_en", "佐藤健", "M3", "2026-09-17 11:00:31", 9,
  "Hi Leo,\n\nQuick question on item 4: should the spare-part price list include the charger and the display unit, "
  "or only pack parts?\n\nBest regards,\nKen Sato / 佐藤 健\nHanbit Energy Japan, Osaka Office\nTEL: 06-6345-7781\n",
  lambda p: quote_outlook_lang(p, "ja"), rep("unknown", [4]),
  "A question about item 4, no command: intent unknown; items [4] because the number is written. Changes nothing. "
  "Outlook with Japanese UI: quote labels 差出人:/送信日時:/宛先:/CC:/件名:; Date +0900.",
  "Outlook (Japanese UI) question 'Quick question on item 4' -> unknown, changes nothing", recv=RECV["hanbitjp"],
  cs="iso-2022-jp" if False else "utf-8", lang_tag="ja-JP", body_lang="JA")
R(5541, "extend-next-tuesday-outlook-ja", "outlook_en", "佐藤健", "M3", "2026-09-18 17:30:00", 9,
  "Hi Leo,\n\nThanks for clarifying. For item 4 we still need HQ approval of the margins – could we do next Tuesday "
  "instead?\n\nBest regards,\nKen Sato\n",
  lambda p: quote_outlook_lang(p, "ja"), rep("extend", [4], None, "2026-09-22"),
  "Sent Fri 2026-09-18 17:30 +0900 = 16:30 Shanghai, the due day of #4. 'could we do next Tuesday instead?' -> extend "
  "[4]; next Tuesday = Tuesday of the following week = 2026-09-22.",
  "Outlook (Japanese UI) 'could we do next Tuesday instead?' on a Friday (+0900)", check=("next_week", 1),
  recv=RECV["hanbitjp"], cs="utf-8", lang_tag="ja-JP", body_lang="JA")
R(5506, "done-item1-outlook-mac", "outlook_mac", "Park Ji-ho", "M3", "2026-09-21 17:40:55", 9,
  "Hi Leo,\n\nItem 1 done - UN38.3 report (T1-T8 all pass) uploaded to the shared folder this afternoon.\n\n"
  "Best regards,\nJi-ho Park\nSenior Engineer, Certification\nHanbit Energy Co., Ltd. | +82 31 8017 2290\n",
  quote_outlook_mac_en, rep("done", [1]),
  "Outlook for Mac, English, +0900. 'Item 1 done' -> done [1]. 'T1-T8' are test names, not items.",
  "Outlook for Mac 'Item 1 done - UN38.3 report (T1-T8 all pass)'", recv=RECV["hanbit"])
R(5515, "progress-50-thunderbird-zh", "thunderbird", "赵一鸣", "M3", "2026-09-22 11:20:09", 8,
  "Leo，第3项图纸改了一半，XT60接口的安装孔位还要跟Hanbit再确认一下，进度50%。" + SIG_ZY,
  qtb(lambda p: "在 %d/%d/%d %d:%02d, %s 写道:" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0])),
  rep("progress", [3], 50),
  "Chinese reply to the English recap, Thunderbird zh-CN ('在 2026/9/16 15:09, 纪要助手 写道:'), 8bit UTF-8. "
  "'第3项…进度50%' -> progress [3], 50 ('改了一半' says the same).",
  "Thunderbird zh (8bit) Chinese reply to an English recap: '第3项…进度50%'", recv=RECV["thunderbird"])
R(5544, "extend-5-workdays-midautumn-thunderbird", "thunderbird", "赵一鸣", "M3", "2026-09-24 16:45:30", 8,
  "Leo，Hanbit的孔位尺寸昨天才回过来，第3项还需要5个工作日，麻烦帮忙延一下。" + SIG_ZY,
  qtb(lambda p: "在 %d/%d/%d %d:%02d, %s 写道:" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0])),
  rep("extend", [3], None, "2026-10-09"),
  "Sent Thu 2026-09-24 (due day of #3). '第3项还需要5个工作日' -> extend [3]; counted from the day after sending over "
  "Mid-Autumn (09-25..27 off) and National Day (10-01..07 off): 09-28, 09-29, 09-30, 10-08, 10-09 -> 2026-10-09. "
  "Counting from the send date (not from the old due) is the README's N个工作日 rule; here the send date is the due "
  "date, so both readings agree.",
  "Thunderbird zh '第3项还需要5个工作日' across Mid-Autumn and National Day 2026", check=("workdays", 5),
  recv=RECV["thunderbird"], plain_only=False)
R(5525, "extend-oct9-gmail-ko", "gmail", "Kim Min-jun", "M3", "2026-09-28 10:15:48", 9,
  "Hi Leo,\n\nFor item 2 (BMS fw v2.3): the CAN DBC review on your side is still open and our team was off for "
  "Chuseok last week. Can we move it to Oct 9?\n\nThanks,\nMJ Kim\n",
  lambda p: quote_gmail_attr(p, attr_gmail_ko(p)), rep("extend", [2], None, "2026-10-09"),
  "Korean Gmail UI ('2026년 9월 16일 (수) 오후 4:09, 纪要助手 <…>님이 작성:'), +0900. 'Can we move it to Oct 9?' -> "
  "extend [2], 2026-10-09. 'last week' is a reason.",
  "Gmail (Korean UI) 'Can we move it to Oct 9?' for item 2, Korean attribution", check=("abs", "2026-10-09"),
  recv=RECV["google"])

# ---------------------------------------------------------------- M4 (宏聯 碟刹, 2026-09-18 Fri)
R(5550, "object-item3-coremail", "coremail", "王磊", "M4", "2026-09-18 11:05:12", 8,
  "马经理：\n\n第3项有异议：测试计划要等样品到了看过实物才能编，样品9月29日才到，9月30日又是节前最后一天，时间不够，"
  "建议放到节后。\n\n王磊\n研发部\n",
  quote_coremail, rep("object", [3]),
  "'第3项有异议：' + reason -> object [3]. The reason mentions 9月29日/9月30日/节后 — an objection with a suggestion, "
  "not an extension request: new_due_date null.",
  "Coremail '第3项有异议' with dates and '节后' in the reason", recv=RECV["coremail"])
R(5532, "done-ambiguous-outlook-big5", "outlook_tw", "吳志明", "M4", "2026-09-22 16:05:37", 8,
  "馬經理：\n\n弄好了，請查收。\n\n吳志明\n", lambda p: quote_outlook_lang(p, "tw"), rep("done"),
  "Ambiguous: '弄好了，請查收' from the owner of two open items (#1 報價 due 09-23, #2 樣品 due 09-29) with no number "
  "and no task words -> done, items []: the bot must ask which (a careful assistant would guess #1, the quotation, "
  "but cannot be sure). Changes nothing by itself. Outlook zh-TW legacy setting 'big5': the quoted simplified-Chinese "
  "recap cannot be encoded, so the text part has '?' for those characters and the HTML has &#NNNNN; references.",
  "Outlook zh-TW in big5: '弄好了，請查收' from an owner of two open items (ambiguous), lossy big5 quote",
  recv=RECV["hinet"], cs="big5", lang_tag="zh-tw", body_lang="ZH-TW")
R(5504, "done-item1-outlook-zhtw", "outlook_tw", "吳志明", "M4", "2026-09-23 09:30:12", 8,
  "馬經理您好：\n\n第1項碟剎報價已完成，報價單（含模具費）已另寄給您，有問題再跟我說。\n\n吳志明 Jimmy Wu\n"
  "宏聯零件股份有限公司 業務部 經理\nTEL: +886-4-2359-1234 #26\nMobile: +886-912-345-678\n",
  lambda p: quote_outlook_lang(p, "tw"), rep("done", [1]),
  "Traditional Chinese, Outlook zh-TW (寄件者:/寄件日期:/收件者:/副本:/主旨:, '上午 10:23'), UTF-8. '第1項…已完成' "
  "-> done [1] (項 is the traditional form of 项).",
  "Outlook zh-TW (UTF-8) Traditional '第1項碟剎報價已完成', 寄件者/寄件日期 quote", recv=RECV["hinet"], cs="utf-8",
  lang_tag="zh-tw", body_lang="ZH-TW")
R(5531, "done-by-name-gmail-zhtw", "gmail_android", "吳志明", "M4", "2026-09-28 14:10:03", 8,
  "樣品10套今天已寄出，順豐單號 SF1402 7789 3321，預計週三到常州。\n\n吳志明\n",
  lambda p: quote_gmail_attr(p, "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d 寫道：" % (
      p.frm[0], p.frm[1], p.t.year, p.t.month, p.t.day, WEEKDAY_ZH[p.t.weekday()].replace("日", "日"),
      "上午" if p.t.hour < 12 else "下午", p.t.hour % 12 or 12, p.t.minute)), rep("done"),
  "Gmail app with zh-TW UI ('於 2026年9月18日 週五 上午10:23 寫道：'). No number; '樣品…已寄出' names #2 (寄送碟刹樣品), "
  "his only open item after #1 was done in 5504: content-match [2]. '預計週三到常州' is an arrival estimate, not an "
  "extension.",
  "Gmail mobile zh-TW, no number: '樣品10套今天已寄出' -> done, named task (#2)", recv=RECV["google"])

# ---------------------------------------------------------------- M5 (overseas dealer sync, English recap, 2026-09-22 Tue)
R(5549, "object-item2-outlook-arabic-disclaimer", "outlook_en", "Omar Al-Harbi", "M5", "2026-09-22 12:40:19", 3,
  "Dear Tina,\n\nI have to object to item 2: SASO needs the final EN 15194 report from SGS before we can file, so "
  "Oct 9 is not realistic unless the report is out by end of September.\n\nRegards,\nOmar Al-Harbi\n"
  "Technical Compliance | Rawabi Mobility Co.\nM: +966 55 214 8890\n\n"
  "تنبيه: هذه الرسالة وما تحتويه من مرفقات سرية ومخصصة فقط للمرسل إليه. إذا وصلتك هذه الرسالة بالخطأ يرجى إبلاغ المرسل "
  "وحذفها فوراً.\nDisclaimer: This e-mail and any attachments are confidential and intended only for the addressee.\n",
  lambda p: quote_outlook_lang(p, "en"), rep("object", [2]),
  "'I have to object to item 2' + reason -> object [2]. 'Oct 9' and 'end of September' are in the reason; no "
  "extension is asked for. Arabic + English disclaimer after the signature; Date +0300 (17:40 Shanghai).",
  "Outlook en 'I have to object to item 2' + Arabic/English disclaimer (+0300)", recv=RECV["sa"], cs="utf-8",
  lang_tag="en-us", body_lang="EN-US")
R(5526, "progress-60-gmail-es-wrapped", "gmail", "Camila Rojas", "M5", "2026-09-25 10:05:40", -3,
  "Hola Tina,\n\nItem 1: vamos en un 60%, falta el certificado SEC del cargador. Te aviso apenas llegue.\n\n"
  "Saludos,\nCamila Rojas\nImportadora Andes SpA\n+56 2 2945 6630\n",
  lambda p: quote_gmail_attr(p, attr_gmail_es(p), wrap=True), rep("progress", [1], 60),
  "Chilean importer, Gmail with Spanish UI; the text/plain attribution 'El mar, 22 sept 2026 a las 5:36, 纪要助手 "
  "(<minutes+…>) escribió:' is wrapped over two lines. Date -0300 = 21:05 on Fri 09-25 in Shanghai (a holiday; "
  "irrelevant here). 'Item 1: vamos en un 60%' -> progress [1], 60.",
  "Gmail (Spanish UI, -0300) 'Item 1: vamos en un 60%' with the attribution wrapped over two lines",
  recv=RECV["google"])
R(5542, "extend-two-more-days-gmail-vi", "gmail", "Tran Thi Mai", "M5", "2026-09-29 10:00:21", 7,
  "Dear Ms. Zhou,\n\nSorry, need two more days on item 3 - the TISI lab changed the sample quantity from 3 to 5 "
  "units.\n\nBest regards,\nTran Thi Mai\nPurchasing Manager – Siam E-Mobility Co., Ltd.\n+66 2 108 4455\n",
  lambda p: quote_gmail_attr(p, attr_gmail_vi(p)), rep("extend", [3], None, "2026-10-01"),
  "Thai dealer with a Vietnamese Gmail UI ('Vào Th 3, 22 thg 9, 2026 vào lúc 15:36 … đã viết:'), +0700, sent on "
  "Tue 09-29 = the due day of #3. 'need two more days on item 3' -> extend [3]; two days after the current due "
  "(09-29) = 2026-10-01; since she writes on the due day, 'two days from today' gives the same date. 10-01 is a "
  "Chinese holiday, but the work is in Bangkok; we keep the date asked for (calendar days, not working days). "
  "Ambiguity noted.",
  "Gmail (Vietnamese UI, +0700) 'need two more days on item 3' on the due day", check=("plus_days_from",
                                                                                    ("2026-09-29", 2)),
  recv=RECV["google"])
R(5523, "done-by-name-gmail-vi", "gmail", "Tran Thi Mai", "M5", "2026-09-30 10:20:45", 7,
  "Dear Ms. Zhou,\n\nThe TISI samples (5 units) were picked up by DHL this morning, AWB 7789 3345 1021, ETA Bangkok "
  "2/10.\n\nBest regards,\nTran Thi Mai\n",
  lambda p: quote_gmail_attr(p, attr_gmail_vi(p)), rep("done"),
  "No item number: 'The TISI samples … were picked up by DHL' names #3 (Ship TISI test samples to Bangkok), her only "
  "item: content-match [3]; done. 'ETA Bangkok 2/10' is an arrival date (d/m), not a deadline.",
  "Gmail (Vietnamese UI), no number: 'The TISI samples … were picked up' -> done, named task (#3)",
  recv=RECV["google"])
R(5512, "done-item5-iphone-zh", "iphone", "周婷", "M5", "2026-09-30 17:42:10", 8,
  "第5项价目表已完成，已发各位经销商。" + FOOT_IPH,
  lambda p: quote_ios_zh(p), rep("done", [5]),
  "The organizer is also the owner of #5. iPhone Mail zh: '第5项…已完成' -> done [5]; '发自我的iPhone' footer; quote "
  "'> 在 2026年9月22日，16:36，纪要助手 <…> 写道：'.",
  "iPhone Mail zh '第5项价目表已完成' + '发自我的iPhone'", recv=RECV["iphone"])
R(5527, "done-item2-outlook-saudi", "outlook_en", "Omar Al-Harbi", "M5", "2026-10-08 09:30:02", 3,
  "Dear Tina,\n\nSASO certificate application submitted today (ref. SASO-IECEE-26-11873) - item 2 done.\n\n"
  "Regards,\nOmar Al-Harbi\nTechnical Compliance | Rawabi Mobility Co.\nM: +966 55 214 8890\n\n"
  "تنبيه: هذه الرسالة وما تحتويه من مرفقات سرية ومخصصة فقط للمرسل إليه.\n"
  "Disclaimer: This e-mail and any attachments are confidential and intended only for the addressee.\n",
  lambda p: quote_outlook_lang(p, "en"), rep("done", [2]),
  "'item 2 done' -> done [2] (the item is the application, which was filed). The reference number has digits that are "
  "not items or dates.", "Outlook en 'item 2 done' + reference number + Arabic disclaimer", recv=RECV["sa"],
  cs="utf-8", lang_tag="en-us", body_lang="EN-US")
R(5511, "done-on-attribution-line-gmail-android", "gmail_android", "Maria Santos", "M5", "2026-10-09 19:02:30", 8,
  "Item 4 done na po, uploaded the video w/ Tagalog subs to the drive. Salamat!", None, rep("done", [4]),
  "Gmail for Android: the writer typed straight into the attribution line, so the text/plain reads 'Item 4 done na po, "
  "… Salamat!On Tue, Sep 22, …' with no line break before 'On …'. Only the part before 'On Tue, Sep 22, 2026 at 4:36 "
  "PM' is new: done [4] ('na po' is Tagalog politeness).",
  "Gmail Android: reply typed onto the attribution line ('…Salamat!On Tue, Sep 22, …wrote:')",
  recv=RECV["google"], special="attr_line")

# ---------------------------------------------------------------- M6 (国庆节前生产协调会, 2026-09-28 Mon)
R(5535, "confirm-two-items-coremail", "coremail", "钱伟", "M6", "2026-09-28 10:30:55", 8,
  "第1、3项没问题，确认。\n\n钱伟\n生产部\n", quote_coremail, rep("confirm", [1, 3]),
  "Organizer and owner of #1/#3: '第1、3项没问题，确认' -> confirm [1, 3] (two numbers in one 第…项).",
  "Coremail '第1、3项没问题，确认' (several items in one phrase)", recv=RECV["coremail"])
R(5543, "extend-after-holiday-outlook-cn", "outlook_cn", "沈磊", "M6", "2026-09-29 15:12:08", 8,
  "钱厂长：\n\n第2项QC抽检报告申请延期至节后第一个工作日，抽检的50台里还有12台在线上返修，今天明天出不来。\n\n沈磊\n质量部\n",
  quote_outlook_zh, rep("extend", [2], None, "2026-10-08"),
  "Sent Tue 2026-09-29. '申请延期至节后第一个工作日' -> extend [2]; National Day 2026 is 10-01..10-07 (no make-up day "
  "inside it), so the first working day after it is Thu 2026-10-08. '今天明天' is a reason.",
  "Outlook zh-CN '申请延期至节后第一个工作日' before National Day 2026", check=("after_holiday", None),
  recv=RECV["outlook_cn"])
R(5540, "done-ambiguous-iphone-zh", "iphone", "钱伟", "M6", "2026-09-29 17:20:33", 8,
  "搞定了" + FOOT_IPH, lambda p: quote_ios_zh(p), rep("done"),
  "Ambiguous: '搞定了' from the owner of two open items (#1 节前备货 due 09-30, #3 节后开工安全检查 due 10-09) with no "
  "number and no task words -> done, items []; the bot must ask. A careful assistant would guess #1 (the pre-holiday "
  "stock) but cannot be sure. Changes nothing by itself.",
  "iPhone '搞定了' from an owner of two open items (ambiguous: ask)", recv=RECV["iphone"])
R(5533, "done-inline-under-row-outlook-cn", "outlook_cn", "沈磊", "M6", "2026-09-30 16:40:26", 8,
  "钱厂长：见下文。\n", None, rep("done", [2]),
  "Inline answer: the new text at the top is only '钱厂长：见下文。'; the answer '【沈磊】已完成，抽检报告已上传QMS（50台"
  "抽检，返修12台复检合格）' is written directly under quoted row 2 of the recap table (in the HTML as a red row, in "
  "the text part as a line after '| 2 | 整车QC抽检报告 | 沈磊 | 2026-09-30 |'). Item taken from the row it answers "
  "-> done [2]; no number is written in the answer itself.",
  "Outlook zh-CN inline answer under quoted row 2 ('【沈磊】已完成…')", recv=RECV["outlook_cn"], special="inline")
R(5509, "done-by-name-mailmaster", "mailmaster", "孙丽", "M6", "2026-10-09 16:20:44", 8,
  "盘点搞定了，差异表放共享盘了\n\n发自网易邮箱大师\n", quote_mailmaster, rep("done"),
  "No item number: '盘点搞定了' names #4 (成品仓库盘点), her only item: content-match [4]; done. NetEase Mail Master "
  "(Android) on the company mailbox: '发自网易邮箱大师' footer, '---- 回复的原邮件 ----' quote with | 发件人 | rows.",
  "网易邮箱大师 '盘点搞定了' (no number, named task #4) + '发自网易邮箱大师'", recv=RECV["mailmaster"])

# ---------------------------------------------------------------- M7 (2027 season EU dealers, 2026-10-12 Mon, zh recap)
R(5519, "confirm-outlook-fr", "outlook_en", "Claire Moreau", "M7", "2026-10-12 10:30:17", 2,
  "Bonjour,\n\nBien reçu, tout est OK pour nous.\n\nCordialement,\nClaire Moreau\nResponsable achats – Vélo Urbain\n"
  "+33 4 78 62 19 40\n",
  lambda p: quote_outlook_lang(p, "fr"), rep("confirm"),
  "French Outlook (De :/Envoyé :/À :/Cc :/Objet :, 'RE :' subject), Date +0200 = 16:30 Shanghai. 'Bien reçu, tout "
  "est OK pour nous' -> confirm, items [].", "Outlook (French UI) 'Bien reçu, tout est OK pour nous' -> confirm",
  recv=RECV["ovh"], cs="windows-1252" if False else "utf-8", lang_tag="fr-fr", body_lang="FR", subj="RE : ")
R(5530, "question-item2-exmail", "exmail", "陈海波", "M7", "2026-10-13 09:12:40", 8,
  "周经理，请问第2项的10台展车是走拼箱还是单独一个20GP？鹿特丹那边收货人写Fietsplaats还是Sanne个人？确认后我这边马上订舱。\n\n"
  "陈海波\n",
  quote_qq, rep("unknown", [2]),
  "A question about item 2 from its owner, no command -> intent unknown, items [2] (number written). Changes "
  "nothing. Tencent Exmail web (QQ '------------------ 原始邮件 ------------------' quote), gb18030.",
  "Tencent Exmail (QQ style, gb18030) question about 第2项 -> unknown, changes nothing", recv=RECV["exmail"],
  subj="回复：Re: ")
R(5545, "extend-month-end-coremail", "coremail", "许嘉怡", "M7", "2026-10-14 11:08:29", 8,
  "周经理，第3项合作营销预算要等Vélo Urbain把展会报价发过来，申请延到月底。\n\n嘉怡\n", quote_coremail,
  rep("extend", [3], None, "2026-10-31"),
  "Sent Wed 2026-10-14. '申请延到月底' -> extend [3]; 月底 = last day of this month = 2026-10-31 (a Saturday; the "
  "README's period-end rule gives the calendar day, kept as is).",
  "Coremail '第3项…申请延到月底' -> 2026-10-31 (a Saturday)", check=("month_end", None), recv=RECV["coremail"])
R(5520, "done-item4-outlook-de", "outlook_en", "Jonas Becker", "M7", "2026-10-15 14:05:51", 2,
  "Hallo zusammen,\n\nitem 4 is done – we went through all 14 open claims, 12 approved, 2 rejected (list follows "
  "separately).\n\nViele Grüße\nJonas Becker\nFietsplaats B.V. – Niederlassung Düsseldorf\nTel. +49 211 5403 118\n",
  lambda p: quote_outlook_lang(p, "de"), rep("done", [4]),
  "German Outlook (Von:/Gesendet:/An:/Cc:/Betreff:, 'AW:' subject), +0200. 'item 4 is done' -> done [4]; the claim "
  "counts are not items or percentages.", "Outlook (German UI, AW:) 'item 4 is done' with counts in the text",
  recv=RECV["m365"], cs="utf-8", lang_tag="de-de", body_lang="DE", subj="AW: ")
R(5546, "extend-21st-foxmail", "foxmail", "陈海波", "M7", "2026-10-16 15:44:02", 8,
  "周经理，第2项能不能顺延到21号？船公司甩柜了，下一班要周三才走。\n\n陈海波\n甬达国际货代（宁波）有限公司\n",
  quote_foxmail, rep("extend", [2], None, "2026-10-21"),
  "Sent Fri 2026-10-16. '第2项能不能顺延到21号' -> extend [2]; 21号 = the 21st of this month = 2026-10-21 (which is "
  "also the '周三' of the reason). The quoted recap holds 'ç'/'ń' (Vélo, Poznań), which GBK cannot carry, so "
  "Foxmail sends this one in UTF-8.", "Foxmail (UTF-8) '第2项能不能顺延到21号？' (day-of-month only)",
  check=("day_of_month", 21), recv=RECV["foxmail"], cs="UTF-8")
R(5522, "progress-60-thunderbird-pl", "thunderbird", "Tomasz Nowak", "M7", "2026-10-16 09:40:13", 2,
  "Hi Tina,\n\nitem 5: around 60% - slots for wk 43 and 44 are booked, wk 45 is still waiting for the forwarder.\n\n"
  "Pozdrawiam\nTomasz Nowak\nMagazyn Poznań | Fietsplaats sp. z o.o.\n",
  qtb(lambda p: "W dniu %d.%02d.%d o %02d:%02d, %s pisze:" % (p.t.day, p.t.month, p.t.year, p.t.hour, p.t.minute,
                                                              p.frm[0])),
  rep("progress", [5], 60),
  "Thunderbird with Polish UI ('W dniu 12.10.2026 o 09:04, 纪要助手 pisze:'), +0200, plain text only (format=flowed, "
  "8bit). 'item 5: around 60%' -> progress [5], 60. 'wk 43/44/45' are week numbers.",
  "Thunderbird (Polish UI, plain text only) 'item 5: around 60%'", recv=RECV["pl"], lang_tag="pl",
  plain_only=True)
R(5516, "done-item2-wecom", "wecom", "陈海波", "M7", "2026-10-19 18:26:37", 8,
  "第2项展车10台已装柜出运，提单号 NGB26101988，ETA鹿特丹11月24日。\n\n陈海波\n", quote_qq, rep("done", [2]),
  "企业微信 mail (Tencent Exmail engine, gb18030, QQ-style quote). '第2项…已装柜出运' -> done [2]. 'ETA…11月24日' is "
  "an arrival date, not a deadline.", "企业微信 mail '第2项展车10台已装柜出运' + ETA date", recv=RECV["wecom"],
  subj="回复：Re: ")
R(5513, "extend-applemail-fr", "applemail", "Claire Moreau", "M7", "2026-10-20 09:15:08", 2,
  "Bonjour Tina,\n\nPour le point 1 (catalogue 2027), l’imprimeur nous a décalés : pouvez-vous reporter au 30 "
  "octobre ?\n\nBien cordialement,\nClaire Moreau\nResponsable achats – Vélo Urbain\n+33 4 78 62 19 40\n",
  lambda p: quote_apple(p, "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (p.t.day, MONTH_FR[p.t.month - 1], p.t.year,
                                                                             p.t.hour, p.t.minute, p.frm[0], p.frm[1]),
                        ios=False),
  rep("extend", [1], None, "2026-10-30"),
  "Apple Mail (macOS, French): 'Pour le point 1 … pouvez-vous reporter au 30 octobre ?' -> extend [1], 2026-10-30 "
  "('point 1' = item 1). Date +0200 = 15:15 Shanghai.",
  "Apple Mail fr 'point 1 … reporter au 30 octobre ?' with 'Le … a écrit :' quote", check=("abs", "2026-10-30"),
  recv=RECV["apple_fr"])

# ---------------------------------------------------------------- M8 (EN 15194 整改, 2026-10-19 Mon)
R(5518, "done-by-name-thunderbird-bottom", "thunderbird", "赵一鸣", "M8", "2026-10-23 17:30:22", 8,
  "沈工：\n\n辐射骚扰那3项整改搞定了，摸底测试已过，余量3dB以上。" + SIG_ZY,
  qtb(lambda p: "在 %d/%d/%d %d:%02d, %s 写道:" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0])),
  rep("done"),
  "Bottom-posted (new text after the whole quote), Thunderbird plain text. No item number: '辐射骚扰那3项整改搞定了' "
  "names #2 (整改3项EMC问题（辐射骚扰）), his only item in this meeting: content-match [2]; done. '3项' here counts "
  "EMC problems, it is not 第3项.",
  "Thunderbird bottom-post '辐射骚扰那3项整改搞定了' (no number; '3项' is not item 3)", recv=RECV["thunderbird"],
  post="bottom", plain_only=True)
R(5536, "done-two-items-outlook-cn", "outlook_cn", "王磊", "M8", "2026-10-26 09:40:48", 8,
  "沈工：\n\n第4项TCF已更新完成；第2项一鸣那边也搞定了，我确认过摸底数据。\n\n王磊\n研发部经理\n",
  quote_outlook_zh, rep("done", [2, 4]),
  "Two items in one mail: '第4项…已更新完成；第2项…也搞定了' -> done [2, 4] (#2 is owned by 赵一鸣, whose manager writes; "
  "permission is the bot's business, the parse is done for both). Items listed ascending.",
  "Outlook zh-CN: '第4项…已更新完成；第2项…也搞定了' (two items, one owned by the sender's report)",
  recv=RECV["outlook_cn"])
R(5539, "extend-two-days-by-name-mailmaster", "mailmaster", "林国栋", "M8", "2026-10-27 11:30:09", 8,
  "沈工，IP65复测样品还要两天，密封圈换了新料号在等货，周四前一定送到SGS。\n\n发自网易邮箱大师\n", quote_mailmaster,
  rep("extend", [], None, "2026-10-29"),
  "Sent Tue 2026-10-27, the due day. No number; 'IP65复测样品' names #3 (IP65复测样品送SGS), his only item in this "
  "meeting: content-match [3]. '还要两天' + '周四前' -> extend to Thu 2026-10-29 (two days after the due day, which is "
  "today, and the same Thursday).", "网易邮箱大师 (163 account) 'IP65复测样品还要两天…周四前' -> extend by name",
  check=("weekday", 3), recv=RECV["163mm"])
R(5538, "extend-next-wednesday-owa-sgs", "owa", "顾晓雯", "M8", "2026-10-28 15:00:36", 8,
  "Dear Mr. Shen,\n\nThe IP65 retest sample only arrived at our lab yesterday, so we would like to extend item 1 to "
  "next Wednesday (Nov 4).\n\nBest regards,\nGrace Gu\nSGS Shanghai | E&E\n",
  lambda p: quote_outlook_lang(p, "en", owa=True), rep("extend", [1], None, "2026-11-04"),
  "Outlook on the web, English, Date in +0000 (07:00Z = 15:00 Shanghai, Wed 10-28). 'extend item 1 to next "
  "Wednesday (Nov 4)' -> extend [1], 2026-11-04 (next week's Wednesday; the explicit date agrees).",
  "OWA (+0000 Date) 'extend item 1 to next Wednesday (Nov 4)'", check=("next_week", 2), recv=RECV["m365apac"],
  lang_tag="en-US", mbx="SI2PR06MB", mbxdom="APCP153PRODOUTLOOKCOM")


# --------------------------------------------------------------------------------------------------------------
# Generation and checking
# --------------------------------------------------------------------------------------------------------------
DEFAULT_PREFIX = {"outlook_cn": "答复: ", "outlook_tw": "回覆: ", "outlook_en": "RE: ", "owa": "RE: ",
                  "feishu": "回复：", "alimail": "回复：", "exmail": "回复：", "wecom": "回复："}


def finalize(c):
    m = MEETINGS[c["meeting"]]
    if c["subject"] == m["parent"].subject and c["client"] in DEFAULT_PREFIX:
        pre = DEFAULT_PREFIX[c["client"]]
        c["subject"] = pre + (m["subject"] if c["client"].startswith(("outlook", "owa")) else m["parent"].subject)
    if c.get("special") == "attr_line":
        p = PV(m["parent"], TZ(8))
        attr = attr_gmail_en(p)
        c["text"] = c["new"] + attr + "\n\n" + _gt(p.text)
        c["html"] = ('%s<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>'
                     '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(c["new"]), esc(attr), p.html))
        c["quote"] = ("", "")
    if c.get("special") == "inline":
        p = PV(m["parent"], TZ(8))
        qt, qh = quote_outlook_zh(p)
        row = "| 2 | 整车QC抽检报告 | 沈磊 | 2026-09-30 |"
        ans = "【沈磊】已完成，抽检报告已上传QMS（50台抽检，返修12台复检合格）"
        assert row in qt
        c["text"] = c["new"] + "\n沈磊\n" + qt.replace(row + "\n", row + "\n" + ans + "\n")
        rowh = "<td>2</td><td>整车QC抽检报告</td><td>沈磊</td><td>2026-09-30</td></tr>"
        assert rowh in qh
        qh2 = qh.replace(rowh, rowh + '<tr><td colspan="4"><span style="color:#C00000">%s</span></td></tr>' % ans)
        c["outlook_inner"] = o_lines(c["new"] + "\n沈磊\n") + qh2
        c["quote"] = (qt, qh2)
    return c


def write_roster(out):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    (out / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("55[0-9][0-9]-*"):
        old.unlink()
    for c in CASES:
        c = finalize(c)
        msg = build(c)
        crlf = c["client"].startswith("outlook") and c["client"] != "outlook_mac"
        (out / (c["slug"] + ".eml")).write_bytes(serialize(msg, crlf=False))
        (out / (c["slug"] + ".json")).write_text(json.dumps(c["gold"], ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")
    write_roster(out)


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(out):
    import email
    from email import policy
    errors, counts = [], {}
    nums = set()
    for c in CASES:
        slug = c["slug"]
        nums.add(c["num"])
        e = out / (slug + ".eml")
        j = out / (slug + ".json")
        if not e.exists() or not j.exists():
            errors.append("%s: missing files" % slug)
            continue
        g = json.loads(j.read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        raw = e.read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        defects = list(msg.defects) + [d for part in msg.walk() for d in part.defects]
        if defects:
            errors.append("%s: MIME defects %r" % (slug, defects))
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as ex:
                    errors.append("%s: cannot decode %s: %s" % (slug, part.get_content_type(), ex))
        if msg["In-Reply-To"] != MEETINGS[c["meeting"]]["recap_id"]:
            errors.append("%s: In-Reply-To" % slug)
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"} or g["items"] or g["next_followup"]:
            errors.append("%s: gold keys/items/followup" % slug)
        r = g["reply"]
        if (r is not None) != (g["kind"] == "reply"):
            errors.append("%s: reply must be set exactly for kind reply" % slug)
        if r is not None:
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errors.append("%s: intent %r" % (slug, r["intent"]))
            if r["percent"] is not None and r["intent"] != "progress":
                errors.append("%s: percent only with progress" % slug)
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                errors.append("%s: new_due_date <=> extend" % slug)
            if r["items"] != sorted(set(r["items"])):
                errors.append("%s: items not sorted/unique" % slug)
            nrows = len(MEETINGS[c["meeting"]]["rows"])
            if any(not (1 <= n <= nrows) for n in r["items"]):
                errors.append("%s: item number out of range" % slug)
            if r["intent"] == "extend":
                if not c["check"]:
                    errors.append("%s: extend without a date check" % slug)
                else:
                    sent = msg["Date"].datetime.astimezone(TZ8)
                    want = compute(c["check"][0], sent, c["check"][1]).isoformat()
                    if want != r["new_due_date"]:
                        errors.append("%s: new_due_date %s but computed %s" % (slug, r["new_due_date"], want))
        # the Date header seen from Shanghai must be the case's stated time
        if msg["Date"].datetime != c["t"]:
            errors.append("%s: Date header mismatch" % slug)
    if nums != set(range(min(nums), min(nums) + len(nums))):
        errors.append("case numbers not contiguous")
    return errors, counts


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    CASES.sort(key=lambda c: c["num"])
    if not only_check:
        generate(out)
    else:
        for c in CASES:
            finalize(c)
    errors, counts = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  " % len(CASES) + "  ".join("%s: %d" % kv for kv in sorted(counts.items())))
    print("OK: every .eml parses without defects, every gold date matches chinesecalendar" if not errors
          else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
