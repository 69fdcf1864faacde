"""Raw RFC 5322 building helpers for heldout59 (deterministic, hand-rolled like real clients)."""
import base64
import io
import quopri
import zipfile

NL = "\n"


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded word(s); long text split into several words on character boundaries."""
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    limit = 30 if enc == "B" else 18
    for ch in text:
        if len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                for b in raw)
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\r\n ".join(out).replace("\r\n", "\n")


def addr(name, email, charset="utf-8", enc="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()<>@;:"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    w = ew(name, charset, enc)
    return "%s <%s>" % (w, email)


def addrs(pairs, charset="utf-8", enc="B", sep=",\n ", quote=False):
    return sep.join(addr(n, e, charset, enc, quote) for n, e in pairs)


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return NL.join(s[i:i + width] for i in range(0, len(s), width))


def qp(data):
    return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n")


def body_bytes(text, charset, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(charset)


def text_part(text, subtype="plain", charset="utf-8", cte="base64", crlf=False, params="", extra_headers=()):
    """A leaf part: headers + blank line + encoded body (string)."""
    raw = body_bytes(text, charset, crlf)
    if cte == "base64":
        body = b64(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    else:  # 8bit / 7bit: returned as text in its own charset; caller writes bytes via charset
        body = raw.decode(charset)
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
         "Content-Transfer-Encoding: %s" % cte]
    h.extend(extra_headers)
    return {"head": NL.join(h), "body": body, "charset": charset if cte in ("8bit", "7bit") else "ascii"}


def bin_part(data, ctype, filename, disp="attachment", fn_charset="utf-8", extra_headers=(), style="rfc2231"):
    if all(ord(c) < 128 for c in filename):
        fn_ct = 'name="%s"' % filename
        fn_cd = 'filename="%s"' % filename
    else:
        from urllib.parse import quote
        fn_ct = "name*=%s''%s" % (fn_charset, quote(filename.encode(fn_charset)))
        fn_cd = "filename*=%s''%s" % (fn_charset, quote(filename.encode(fn_charset)))
    h = ["Content-Type: %s;\n\t%s" % (ctype, fn_ct),
         "Content-Disposition: %s;\n\t%s" % (disp, fn_cd),
         "Content-Transfer-Encoding: base64"]
    h.extend(extra_headers)
    return {"head": NL.join(h), "body": b64(data), "charset": "ascii"}


def multipart(subtype, boundary, parts, preamble=None, params=""):
    lines = []
    if preamble:
        lines.append(preamble)
        lines.append("")
    for p in parts:
        lines.append("--" + boundary)
        lines.append(p["head"])
        lines.append("")
        lines.append(p["body"])
        lines.append("")
    lines.append("--" + boundary + "--")
    lines.append("")
    charset = "ascii"
    for p in parts:
        if p["charset"] != "ascii":
            charset = p["charset"]
    return {"head": 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params),
            "body": NL.join(lines), "charset": charset}


def message(headers, root, mime_version=True):
    """headers: list of 'Name: value' strings (already encoded). root: part dict."""
    hs = list(headers)
    if mime_version:
        hs.append("MIME-Version: 1.0")
    hs.append(root["head"])
    text = NL.join(hs) + NL + NL + root["body"]
    if not text.endswith(NL):
        text += NL
    return text.encode(root["charset"] if root["charset"] != "ascii" else "ascii")


def received(by_host, from_host, from_ip, stamp, rid, for_addr, proto="ESMTPS"):
    return ("Received: from %s (unknown [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (from_host, from_ip, by_host, proto, rid, for_addr, stamp))


def fix_zip(data, when=(2026, 1, 1, 0, 0, 0)):
    """Rewrite a zip (docx) with fixed timestamps and order so bytes are deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paras, tables=(), author="", when=None):
    """paras: list of str; tables: list of (after_para_index, rows). Deterministic bytes."""
    import datetime
    import docx
    d = docx.Document()
    cp = d.core_properties
    when = when or datetime.datetime(2026, 1, 1, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    tmap = {}
    for idx, rows in tables:
        tmap.setdefault(idx, []).append(rows)
    for i, p in enumerate(paras):
        d.add_paragraph(p)
        for rows in tmap.get(i, []):
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def make_pdf(lines, font="Helvetica", size=10.5, cjk=False):
    """lines: list of str (one drawn line each; '' = gap). Deterministic via invariant=1."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    if cjk:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setTitle("")
    y = 800
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 800
        c.setFont(font, size + (3 if ln.startswith("# ") else 0))
        c.drawString(56, y, ln[2:] if ln.startswith("# ") else ln)
        y -= size * 1.7
    c.save()
    return buf.getvalue()


def flowed(text, width=72):
    """format=flowed: wrap long lines at spaces, soft breaks end with a space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(" ") or line.startswith(">") or line.startswith("From "):
            line = " " + line if not line.startswith(">") else line
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)
