# helpers for heldout14 generator (deterministic)
import base64, quopri, hashlib, datetime as dt, json, os
from email.header import Header
from email.utils import format_datetime
import chinese_calendar as cc

def D(s): return dt.date.fromisoformat(s)
def is_workday(d): return cc.is_workday(d)
def add_workdays(sent, n):
    d = sent; k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_workday(d): k += 1
    return d
def this_or_next(sent, wd):  # wd 0=Mon
    delta = (wd - sent.weekday()) % 7
    return sent + dt.timedelta(days=delta)
def next_week(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7)
    return mon + dt.timedelta(days=wd)
def month_end(y, m):
    n = dt.date(y + (m == 12), (m % 12) + 1, 1)
    return n - dt.timedelta(days=1)
def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d): d += dt.timedelta(days=1)
    return d

def hx(seed, n=16): return hashlib.sha1(seed.encode()).hexdigest()[:n]

def hdr(text, cs="utf-8", mode="B"):
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        pass
    b = text.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "=%02X" % c for c in b)
    return "=?%s?Q?%s?=" % (cs, q)

def addr(name, email, cs="utf-8", mode="B"):
    if not name: return "<%s>" % email
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email) if ("," in name or "." in name) else "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, cs, mode), email)

def addrs(lst, cs="utf-8", mode="B"):
    return ",\r\n\t".join(addr(n, e, cs, mode) for n, e in lst)

def tenc(b, cte):
    if cte == "base64":
        s = base64.b64encode(b).decode()
        return "\r\n".join(s[i:i+76] for i in range(0, len(s), 76)) + "\r\n"
    if cte == "quoted-printable":
        return quopri.encodestring(b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    return b.decode("latin-1").replace("\r\n", "\n").replace("\n", "\r\n")

def leaf(ctype, text, cs="utf-8", cte="base64", extra=()):
    b = text.encode(cs)
    h = ['Content-Type: %s; charset="%s"' % (ctype, cs), "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return "\r\n".join(h) + "\r\n\r\n" + tenc(b, cte)

def binleaf(ctype, data, filename):
    fn = hdr(filename, "utf-8", "B")
    h = ['Content-Type: %s;\r\n\tname="%s"' % (ctype, fn), "Content-Transfer-Encoding: base64",
         'Content-Disposition: attachment;\r\n\tfilename="%s"' % fn]
    return "\r\n".join(h) + "\r\n\r\n" + tenc(data, "base64")

def multi(sub, parts, boundary):
    out = 'Content-Type: multipart/%s;\r\n\tboundary="%s"\r\n\r\n' % (sub, boundary)
    if sub != "alternative": out += "This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts: out += "--%s\r\n%s\r\n" % (boundary, p)
    return out + "--%s--\r\n" % boundary

def html_of(text, cs="utf-8"):
    import html
    lines = text.split("\n")
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "\n".join("<div>%s</div>" % (html.escape(l) if l.strip() else "<br>") for l in lines) + "\n</body></html>\n"

def table_html(rows):
    import html
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    return "\n".join(out) + "</table>"
