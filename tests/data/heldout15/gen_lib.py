"""MIME / calendar helpers for the heldout15 generator (deterministic: no clock, no randomness)."""
import base64, datetime as dt, hashlib, html, quopri, zipfile, io
import chinese_calendar

D = dt.date
TZ = lambda h: dt.timezone(dt.timedelta(hours=h))
TZ8 = TZ(8)


# ---------------- calendar (chinesecalendar; 2027 is not covered -> raises, so 2027 cases use no 工作日 maths) ----
def is_workday(d):
    return chinese_calendar.is_workday(d)


def addwd(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def wk(sent, wd):
    """周X (0=Mon): this week's X if not past, else next week's."""
    c = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)


def nwk(sent, wd):
    """下周X / next X: weekday X of the following calendar week."""
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + wd)


def first_wd_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


# ---------------- headers ----------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    s = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour,
                                                      t.minute, t.second, s, off // 60, off % 60)


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (folded)."""
    if all(ord(c) < 128 for c in text):
        return text
    py = {"gb2312": "gbk"}.get(cs.lower(), cs)
    out, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(py)) > 36:
            out.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        out.append(chunk)
    words = []
    for c in out:
        b = c.encode(py)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else "=%02X" % x) for x in b)
            words.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(words)


def addr(p, cs="utf-8", mode="B", quote=False):
    name, email = p
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, email)) if (quote or "," in name or "." in name) else "%s <%s>" % (name, email)
    e = ew(name, cs, mode)
    return ('"%s" <%s>' % (e, email)) if quote else "%s <%s>" % (e, email)


def addrs(ps, cs="utf-8", mode="B", quote=False):
    return ",\r\n\t".join(addr(p, cs, mode, quote) for p in ps)


# ---------------- bodies ----------------
def pycs(cs):
    return {"gb2312": "gbk", "x-gbk": "gbk"}.get(cs.lower(), cs.lower())


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(pycs(cs))
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    # 8bit / 7bit
    return raw.decode(pycs(cs), errors="strict") + "\r\n"  # kept as str; re-encoded by build()


class Part:
    def __init__(self, headers, body, raw_cs=None):
        self.headers, self.body, self.raw_cs = headers, body, raw_cs

    def lines(self):
        return "".join("%s: %s\r\n" % h for h in self.headers) + "\r\n" + self.body


def leaf(ctype, text, cs="utf-8", cte="base64", extra=()):
    h = [("Content-Type", '%s; charset="%s"' % (ctype, cs) if cs.lower() != "utf-8x" else ctype),
         ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(h, encode_body(text, cs, cte), raw_cs=pycs(cs) if cte == "8bit" else None)


def leaf_bytes(ctype, data, filename):
    b = base64.b64encode(data).decode()
    body = "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], body)


def multi(sub, parts, boundary):
    body = "This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        body += "--%s\r\n%s\r\n" % (boundary, p.lines())
    body += "--%s--\r\n" % boundary
    return Part([("Content-Type", 'multipart/%s;\r\n\tboundary="%s"' % (sub, boundary))], body)


def build(headers, part):
    """headers: list of (name, value) placed before the MIME headers of the top part."""
    top = "".join("%s: %s\r\n" % h for h in headers if h)
    msg = top + part.lines()
    # 8bit bodies: encode the whole message in that charset (headers are ASCII)
    cs = part.raw_cs
    return msg.encode(cs if cs else "ascii")


def to_html(text, font="微软雅黑", size="10.5pt"):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(ln) if ln.strip() else "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:%s">%s</div></body></html>' % (font, size, "\n".join(out)))


def html_table(rows, head=1, border=True):
    s = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' if border else "<table>"
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        s += "<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c).replace("\n", "<br>"), tag) for c in r) + "</tr>\n"
    return s + "</table>"


def docx(paragraphs_and_tables):
    """Minimal .docx (raw WordprocessingML zip). Items: str paragraphs or list-of-rows tables."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ""
    for b in paragraphs_and_tables:
        if isinstance(b, str):
            body += "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(b)
        else:
            body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            for r in b:
                body += "<w:tr>" + "".join("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>"
                                           % html.escape(c) for c in r) + "</w:tr>"
            body += "</w:tbl>"
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (W, body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
