# -*- coding: utf-8 -*-
"""Shared helpers for make_heldout18.py (MIME building, calendar, gold)."""
import base64, binascii, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
import chinese_calendar as cc

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------- calendar (chinesecalendar; 2027 has no published schedule -> weekends only) -------------
def is_workday(d):
    if d.year <= 2026:
        return cc.is_workday(d)
    return d.weekday() < 5

def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d

def this_or_next(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)

def next_week(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + wd)

def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d

def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

# ---------------- headers ---------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}

def enc_words(text, label="utf-8", mode="B", limit=66):
    cs = CODEC[label.lower()]
    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words

def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(enc_words(text, label, mode))

def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if (quote or re.search(r"[^\w ]", name)) else f"{name} <{email}>"
    w = " ".join(enc_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"

def rfc_date(t):
    W = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = int(t.utcoffset().total_seconds()) // 60
    s = "+" if off >= 0 else "-"
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (W[t.weekday()], t.day, M[t.month - 1], t.year, t.hour,
                                                     t.minute, t.second, s, abs(off) // 60, abs(off) % 60)

def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()

# ---------------- MIME ---------------------------------------------------------------------------
def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")

def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), crlf=False, quote=True):
    m = Message()
    ct = ctype
    if label:
        ct += ('; charset="%s"' if quote else "; charset=%s") % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(CODEC[label.lower()])
    m.set_payload(transfer_encode(data, cte))
    return m

def multi(subtype, parts, boundary, preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m

def envelope(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    if not any(k.lower() == "mime-version" for k, _ in headers):
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top

def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()

def esc(s):
    return html.escape(s, quote=False)

def text_to_html(text, font="微软雅黑", size="10.5pt", tag="p", cls=' class="MsoNormal"'):
    out = []
    for line in text.split("\n"):
        if "\t" in line:
            line = line.replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")
            out.append(f"<{tag}{cls}><span style=\"font-family:{font};font-size:{size}\">{line}</span></{tag}>")
        elif line.strip():
            out.append(f"<{tag}{cls}><span style=\"font-family:{font};font-size:{size}\">{esc(line)}</span></{tag}>")
        else:
            out.append(f"<{tag}{cls}><span style=\"font-family:{font};font-size:{size}\">&nbsp;</span></{tag}>")
    return "\n".join(out)

def html_table(rows, border=1):
    h = ['<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tagc = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tagc, esc(c).replace("\n", "<br>"), tagc) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)

def tiny_docx(paragraphs):
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
