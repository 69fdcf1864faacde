"""Mail-building kit for the heldout52 generator (deterministic: no clock, no randomness).

Messages are built with Python's ``email`` package (compat32 Message objects, RFC 2047 encoded words,
base64/quoted-printable body encoders) and flattened with BytesGenerator.  Header values are written
pre-folded exactly as the imitated client would write them (max_line_length=0 keeps them verbatim).
"""
import base64
import hashlib
import html
import io
import quopri
from email import policy as _policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import formataddr

POLICY = _policy.compat32.clone(max_line_length=0, linesep="\n")

# charset label (as written in the header) -> Python codec actually used for the bytes.
# gb2312 labels carry GBK bytes, as Outlook/Foxmail do in practice.
CODEC = {"utf-8": "utf-8", "gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030",
         "big5": "big5", "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec_for(label):
    return CODEC[label.lower()]


def hid(*parts, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-id from a seed (sha256), n characters of ``alphabet``."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        if i >= len(h):
            h = hashlib.sha256(h).digest()
            i = 0
        out.append(alphabet[h[i] % len(alphabet)])
        i += 1
    return "".join(out)


UPPER_HEX = "0123456789ABCDEF"
B64ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# --------------------------------------------------------------------------- encoded words
def ew(text, label="utf-8", enc="B", maxlen=75, fold="\n "):
    """RFC 2047 encode ``text``; split into several encoded words at character boundaries."""
    codec = codec_for(label)
    if enc.upper() == "Q":
        cs = "Q"
    else:
        cs = enc  # "B" or "b"
    words = []
    cur = ""

    def enc_word(s):
        data = s.encode(codec)
        if cs.upper() == "B":
            payload = base64.b64encode(data).decode("ascii")
        else:
            payload = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                for b in data)
        return "=?%s?%s?%s?=" % (label, cs, payload)

    for ch in text:
        trial = cur + ch
        if len(enc_word(trial)) > maxlen and cur:
            words.append(enc_word(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc_word(cur))
    return fold.join(words)


def needs_ew(s):
    return any(ord(c) > 126 for c in s)


def addr(name, email, label="utf-8", enc="B", quote=False):
    """A mailbox with the display name encoded the way clients do it."""
    if not name:
        return "<%s>" % email if quote else email
    if needs_ew(name):
        # encoded words are never put inside quotes (RFC 2047 section 5 forbids it)
        return "%s <%s>" % (ew(name, label, enc), email)
    if quote or any(c in name for c in ',.;:"()'):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return formataddr((name, email))


def addr_list(pairs, label="utf-8", enc="B", quote=False, sep=",\n "):
    return sep.join(addr(n, e, label, enc, quote) for n, e in pairs)


# --------------------------------------------------------------------------- dates
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(dt, pad=False, suffix=""):
    """dt: aware datetime. pad=True gives '02 Apr' (Coremail/Postfix style), else '2 Apr'."""
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % dt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)
    return s + suffix


# --------------------------------------------------------------------------- MIME parts
def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text, subtype="plain", label="utf-8", cte="base64", quoted=True, extra="",
              label_case=None, crlf_body=False):
    """A text/* leaf. ``label`` is the charset written in the header; bytes use codec_for(label).
    ``extra`` is appended to the Content-Type (e.g. '; format=flowed'). crlf_body: CRLF line ends
    inside the encoded content (Windows clients)."""
    if crlf_body:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(codec_for(label))
    shown = label_case or label
    m = Message(policy=POLICY)
    if quoted:
        m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, shown, extra)
    else:
        m["Content-Type"] = "text/%s; charset=%s%s" % (subtype, shown, extra)
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(_encode_body(data, cte))
    return m


def binary_part(data, ctype, filename_header_value, disposition="attachment", cte="base64",
                ct_name=None, extra_headers=()):
    """An attachment. filename_header_value is the already-encoded filename parameter text,
    e.g. 'filename="=?gb2312?B?...?="' or "filename*=utf-8''%E4...". ct_name likewise for name=."""
    m = Message(policy=POLICY)
    m["Content-Type"] = ctype + (";\n\t" + ct_name if ct_name else "")
    for k, v in extra_headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    m["Content-Disposition"] = disposition + ";\n\t" + filename_header_value
    m.set_payload(_encode_body(data, cte))
    return m


def multipart(subtype, parts, boundary, preamble=None, extra=""):
    m = Message(policy=POLICY)
    m["Content-Type"] = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra)
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    m.epilogue = ""
    return m


def assemble(headers, root, crlf=False):
    """Put ``headers`` (list of (name, value), already encoded/folded) before the root part's own
    Content-* headers, flatten, return bytes."""
    headers = list(headers)
    own = list(root._headers)
    if any(k == "__MIME__" for k, _ in headers):
        i = next(i for i, (k, _) in enumerate(headers) if k == "__MIME__")
        root._headers[:] = headers[:i] + own + headers[i + 1:]
    else:
        root._headers[:] = headers + own
    # MIME-Version goes right before Content-Type unless the caller placed it
    if not any(k.lower() == "mime-version" for k, _ in root._headers):
        idx = next(i for i, (k, _) in enumerate(root._headers) if k.lower() == "content-type")
        root._headers.insert(idx, ("MIME-Version", "1.0"))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(root)
    data = buf.getvalue()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def rfc822_part(inner_bytes, ctype="message/rfc822"):
    """An embedded message or headers block (for DSNs)."""
    m = Message(policy=POLICY)
    m["Content-Type"] = ctype
    m["Content-Transfer-Encoding"] = "7bit"
    m.set_payload(inner_bytes.decode("ascii", "surrogateescape"))
    return m


# --------------------------------------------------------------------------- HTML helpers
def esc(s):
    return html.escape(s, quote=False)


def html_table(rows, style="word", header=True, spans=None):
    """rows: list of lists of cell strings (None = covered by a rowspan). spans: {(r,c): rowspan}.
    style: 'word' (Word/Outlook MsoTable), 'excel' (Excel paste), 'plain' (web editor)."""
    spans = spans or {}
    out = []
    if style == "word":
        out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                   'style="border-collapse:collapse;border:none">')
    elif style == "excel":
        out.append('<table border="0" cellpadding="0" cellspacing="0" width="900" '
                   'style="border-collapse:collapse;width:675pt">')
    else:
        out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;'
                   'font-size:14px">')
    out.append("<tbody>")
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            if cell is None:
                continue
            rs = spans.get((r, c))
            attr = ' rowspan="%d"' % rs if rs else ""
            tag = "td"
            txt = "<br>".join(esc(x) for x in cell.split("\n"))
            if style == "word":
                inner = '<p class="MsoNormal"><span style="font-family:宋体">%s</span></p>' % (
                    ("<b>%s</b>" % txt) if (header and r == 0) else txt)
                out.append('<%s valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"%s>%s</%s>'
                           % (tag, attr, inner, tag))
            elif style == "excel":
                out.append('<%s class="xl65" style="border:.5pt solid windowtext;height:14.25pt"%s>%s</%s>'
                           % (tag, attr, txt, tag))
            else:
                if header and r == 0:
                    out.append('<th style="background:#f2f2f2"%s>%s</th>' % (attr, txt))
                else:
                    out.append("<td%s>%s</td>" % (attr, txt))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def paras_html(text, wrap="div", cls=None, style=None):
    """Plain text -> one element per line (empty line -> <br>)."""
    out = []
    a = ""
    if cls:
        a += ' class="%s"' % cls
    if style:
        a += ' style="%s"' % style
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s%s><br></%s>" % (wrap, a, wrap) if wrap == "div" else
                       "<%s%s>&nbsp;</%s>" % (wrap, a, wrap))
        else:
            lead = len(line) - len(line.lstrip(" \u3000"))
            body = esc(line.lstrip(" \u3000"))
            body = "&nbsp;" * lead + body
            out.append("<%s%s>%s</%s>" % (wrap, a, body, wrap))
    return "\n".join(out)


# --------------------------------------------------------------------------- attachments
def fixed_zip(data, when):
    """Rewrite a zip (docx) with fixed member timestamps so its bytes do not depend on the clock."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, when, author, title):
    """blocks: list of ('title'|'center'|'p'|'h', text) or ('table', rows). Returns .docx bytes (deterministic)."""
    import datetime as _d
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for kind, val in blocks:
        if kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        p = d.add_paragraph()
        run = p.add_run(val)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(22)
            run.bold = True
            run.font.name = "方正小标宋简体"
            run._element.rPr.rFonts.set(qn("w:eastAsia"), "方正小标宋简体")
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            run.bold = True
            run.font.name = "黑体"
            run._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.first_line_indent = Pt(28)
    cp = d.core_properties
    stamp = _d.datetime(*when)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), when)


def make_pdf(lines, title, author, font="STSong-Light"):
    """A one/two-page PDF with Chinese text via reportlab's built-in CID font (no font file needed),
    invariant=1 so the bytes do not depend on the clock. lines: list of (style, text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft® Word for Microsoft 365")
    w, h = A4
    y = h - 60
    for style, text in lines:
        size = {"title": 18, "h": 13, "p": 11, "small": 9}[style]
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont(font, size)
        if style == "title":
            c.drawCentredString(w / 2, y, text)
            y -= size + 14
        else:
            x = 60 if style != "p" else 72
            # simple wrap by character count
            maxc = 40 if style != "small" else 60
            chunks = [text[i:i + maxc] for i in range(0, len(text), maxc)] or [""]
            for ch in chunks:
                c.drawString(x, y, ch)
                y -= size + 8
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


def rfc2231(param, value, label="UTF-8", split=60):
    """RFC 2231 extended parameter, split into numbered continuations like Thunderbird/Outlook do."""
    import re as _re
    from urllib.parse import quote
    enc = quote(value.encode(codec_for(label)), safe="")
    if len(enc) <= split:
        return "%s*=%s''%s" % (param, label, enc)
    # split at character boundaries: some parsers decode each continuation on its own
    toks = [quote(ch.encode(codec_for(label)), safe="") for ch in value]
    chunks, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > split:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    return ";\n\t".join("%s*%d*=%s%s" % (param, n, ("%s''" % label) if n == 0 else "", c)
                         for n, c in enumerate(chunks))
