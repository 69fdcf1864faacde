"""heldout67 MIME: raw RFC 5322 bytes built by hand so that each client's charset labels, transfer encodings,
boundaries and header folding can be chosen as the real client does. Deterministic: no clock, no randomness."""
import base64
import binascii
import datetime as dt
import hashlib
import html
import io
import zipfile

from h67_core import TZ8, who

CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-8859-1": "latin-1"}
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def codec(label):
    return CODEC[label.lower()]


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hnum(seed, n):
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def rfc_date(t, zone_name=None):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    m = abs(int(off.total_seconds())) // 60
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WDAY[t.weekday()], t.day, MON[t.month - 1], t.year, t.hour,
                                                    t.minute, t.second, sign, m // 60, m % 60)
    return s + (" (%s)" % zone_name if zone_name else "")


# ------------------------------------------------------------------------------------------------------------
# Header encoding
# ------------------------------------------------------------------------------------------------------------
def ew(text, label="utf-8", mode="B", limit=72):
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (b < 128 and chr(b).isalnum()) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def subj(text, label="utf-8", mode="B", fold="\n "):
    if all(ord(c) < 128 for c in text):
        return text
    return fold.join(ew(text, label, mode))


def addr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if (quote or any(c in name for c in ",.()")) else "%s <%s>" % (name, email)
    w = " ".join(ew(name, label, mode))
    return ('"%s" <%s>' % (w, email)) if quote else "%s <%s>" % (w, email)


def addrs(people, label="utf-8", mode="B", quote=False, sep=",\n\t"):
    out = []
    for p in people:
        n, e = who(p) if isinstance(p, str) else p
        out.append(addr(n, e, label, mode, quote))
    return sep.join(out)


# ------------------------------------------------------------------------------------------------------------
# Parts
# ------------------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body  # body: bytes (already transfer-encoded) or list of Part

    def to_bytes(self, boundary=None):
        out = b"".join(("%s: %s\n" % (k, v)).encode("utf-8") for k, v in self.headers) + b"\n"
        return out + self.payload()

    def payload(self):
        if isinstance(self.body, bytes):
            return self.body
        b = self.boundary.encode()
        out = (self.preamble.encode() + b"\n\n") if self.preamble else b""
        for p in self.body:
            out += b"--" + b + b"\n" + p.to_bytes()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b + b"--\n"
        return out


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        q = binascii.b2a_qp(data, istext=True)
        return q if q.endswith(b"\n") else q + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params=(), extra=(), quote=True, fold=False):
    ct = ctype
    sep = ";\n\t" if fold else "; "
    if cs:
        ct += sep + ('charset="%s"' % cs if quote else "charset=%s" % cs)
    for k, v in params:
        ct += sep + ('%s="%s"' % (k, v) if quote or " " in v else "%s=%s" % (k, v))
    if data is None:
        data = text.encode(codec(cs))
    hdrs = [("Content-Type", ct)] + list(extra) + [("Content-Transfer-Encoding", cte)]
    return Part(hdrs, encode_body(data, cte))


def multi(subtype, parts, boundary, params=(), preamble=None, fold=True):
    sep = ";\n\t" if fold else "; "
    ct = "multipart/%s%sboundary=\"%s\"" % (subtype, sep, boundary)
    for k, v in params:
        ct += sep + '%s="%s"' % (k, v)
    p = Part([("Content-Type", ct)], list(parts))
    p.boundary, p.preamble = boundary, preamble
    return p


def attach(ctype, data, filename, label="utf-8", disp_name=True, extra=()):
    """Attachment with RFC 2047 name (as Chinese clients do) or plain ASCII filename."""
    if all(ord(c) < 128 for c in filename):
        n_par, f_par = 'name="%s"' % filename, 'filename="%s"' % filename
    else:   # RFC 2231 parameter value (percent-encoded bytes in the label's charset)
        from urllib.parse import quote as _q
        v = "%s''%s" % (label, _q(filename.encode(codec(label)), safe=""))
        n_par, f_par = "name*=" + v, "filename*=" + v
    hdrs = [("Content-Type", "%s;\n\t%s" % (ctype, n_par)),
            ("Content-Disposition", "attachment;\n\t%s" % f_par)] + list(extra) + \
           [("Content-Transfer-Encoding", "base64")]
    return Part(hdrs, base64.encodebytes(data))


def message(headers, body, mime="1.0"):
    """Top-level: headers in the given order, MIME-Version, then the body part's headers and payload."""
    top = list(headers)
    if mime:
        top.append(("MIME-Version", mime))
    p = Part(top + body.headers, body.body)
    if isinstance(body.body, list):
        p.boundary, p.preamble = body.boundary, body.preamble
    return p.to_bytes()


# ------------------------------------------------------------------------------------------------------------
# Transport headers
# ------------------------------------------------------------------------------------------------------------
def received(t, helo, ip, rcpt, mx_dom, seed, extra_hop=None):
    """Return-Path/Delivered-To are added by the caller; one or two Received lines, newest first."""
    t2 = (t + dt.timedelta(seconds=4)).astimezone(TZ8)
    hops = [("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (helo, helo, ip, mx_dom, hx(seed, 10).upper(), rcpt, rfc_date(t2, "CST")))]
    if extra_hop:
        t1 = (t + dt.timedelta(seconds=1)).astimezone(t.tzinfo)
        hops.append(("Received", "from %s\n\tby %s with %s; %s" % (extra_hop[0], helo, extra_hop[1], rfc_date(t1))))
    return hops


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()


# ------------------------------------------------------------------------------------------------------------
# Bodies
# ------------------------------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def html_table(rows, head=1, border=True, cell_style="padding:4px 6px", excel=False, spans=None):
    """rows: list of lists of str; spans: {(r,c): (rowspan, colspan)}; cells None are skipped (merged)."""
    spans = spans or {}
    if excel:
        out = ['<table border=0 cellpadding=0 cellspacing=0 width=812 style="border-collapse:collapse;width:609pt">']
    else:
        out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
               if border else "<table>"]
    for r, row in enumerate(rows):
        out.append(" <tr%s>" % (' height=19 style="height:14.25pt"' if excel else ""))
        for c, cell in enumerate(row):
            if cell is None:
                continue
            tag = "th" if r < head and not excel else "td"
            rs, cs_ = spans.get((r, c), (1, 1))
            attrs = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs_ if cs_ > 1 else "")
            if excel:
                cls = "xl66" if r < head else "xl65"
                out.append('  <td class=%s%s style="border:.5pt solid windowtext">%s</td>' % (cls, attrs, esc(cell)))
            else:
                out.append('  <%s%s style="%s">%s</%s>' % (tag, attrs, cell_style, esc(cell).replace("\n", "<br>"), tag))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def lines_html(text, tag="div", blank="<br>"):
    out = []
    for ln in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(ln) if ln.strip() else blank, tag))
    return "\n".join(out)


def outlook_html(inner, lang="ZH-CN", cs="gb2312"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:等线;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:10.5pt;font-family:等线;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">'
            '<div class=WordSection1>\n%s\n</div></body></html>' % (cs, lang, inner))


def mso_paras(text):
    out = []
    for ln in text.split("\n"):
        out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(ln) if ln.strip() else "<o:p>&nbsp;</o:p>"))
    return "\n".join(out)


def simple_html(inner, cs="utf-8", body_style="font-size:14px;font-family:微软雅黑"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="%s">\n%s\n</body></html>' % (cs, body_style, inner))


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width or ln.startswith(">"):
            out.append(ln.rstrip(" "))
            continue
        cur = ""
        for w in ln.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------------------
# Attachments (deterministic bytes)
# ------------------------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def docx_bytes(title, paras_before, table_rows, paras_after, when):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "office", "office", title
    cp.created = cp.modified = when.replace(tzinfo=None)
    cp.revision = 1
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold, r.font.size = True, Pt(16)
    for p in paras_before:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    for p in paras_after:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(title, paras_before, table_rows, paras_after):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author="Egeskov A/S", creator="Word",
                            producer="Microsoft Word for Microsoft 365")
    ss = getSampleStyleSheet()
    story = [Paragraph(esc(title), ss["Title"])]
    for p in paras_before:
        story.append(Paragraph(esc(p), ss["Normal"]))
        story.append(Spacer(1, 4))
    if table_rows:
        t = Table([[Paragraph(esc(c), ss["Normal"]) for c in row] for row in table_rows],
                  colWidths=[25, 230, 100, 90])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story.append(t)
    for p in paras_after:
        story.append(Spacer(1, 6))
        story.append(Paragraph(esc(p), ss["Normal"]))
    doc.build(story)
    return buf.getvalue()
