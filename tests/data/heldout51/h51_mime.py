"""Tiny raw-MIME builder (bytes exactly as a client would emit them) on top of the stdlib encoders."""
import base64
import datetime as dt
import io
import quopri
import zipfile


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=""):
        self.headers = list(headers)      # [(name, value)] value already RFC 2047-encoded and folded with "\n"
        self.body = body                  # bytes, lines separated by "\n" (converted on output)
        self.parts = parts                # list[Part] for multipart
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def _nl(b, nl):
    if nl == "\n":
        return b
    return b.replace(b"\r\n", b"\n").replace(b"\n", nl.encode())


def serialize(part, nl="\n"):
    out = io.BytesIO()
    for name, value in part.headers:
        line = f"{name}: {value}"
        out.write(_nl(line.encode("ascii"), nl) + nl.encode())
    out.write(nl.encode())
    if part.parts is None:
        out.write(_nl(part.body, nl))
    else:
        if part.preamble is not None:
            out.write(_nl(part.preamble.encode("ascii"), nl) + nl.encode())
        for child in part.parts:
            if out.tell() and not out.getvalue().endswith(nl.encode()):
                out.write(nl.encode())
            out.write(f"--{part.boundary}{nl}".encode())
            out.write(serialize(child, nl))
        if not out.getvalue().endswith(nl.encode()):
            out.write(nl.encode())
        out.write(f"--{part.boundary}--{nl}".encode())
        if part.epilogue:
            out.write(_nl(part.epilogue.encode("ascii"), nl))
    return out.getvalue()


def b64_body(data):
    s = base64.encodebytes(data).decode("ascii")          # 76-char lines, trailing "\n"
    return s.encode("ascii")


def qp_body(data):
    # encode on LF text; quopri keeps lines <= 76 and never splits an =XX escape
    return quopri.encodestring(data.replace(b"\r\n", b"\n"))


def encode_text(text, codec):
    return text.encode(codec)


def text_part(text, subtype="plain", charset="utf-8", cte="base64", codec=None, ct_params="",
              charset_style='"{}"', extra_headers=(), cte_name=None, ending_newline=True):
    """A text/* leaf.  `codec` is the Python codec used for the bytes (e.g. gbk bytes under a gb2312 label)."""
    codec = codec or charset
    if ending_newline and not text.endswith("\n"):
        text += "\n"
    raw = text.encode(codec)
    cs = charset_style.format(charset)
    ctype = f"text/{subtype}; charset={cs}{ct_params}"
    if cte == "base64":
        body = b64_body(raw)
    elif cte == "quoted-printable":
        body = qp_body(raw)
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    else:
        raise ValueError(cte)
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte_name or cte)]
    headers += list(extra_headers)
    return Part(headers, body)


def multipart(subtype, parts, boundary, params="", headers_before=(), headers_after=(), preamble=None):
    headers = list(headers_before)
    headers.append(("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{boundary}"'))
    headers += list(headers_after)
    return Part(headers, parts=parts, boundary=boundary, preamble=preamble)


def attachment(data, ctype, filename_header_params, disposition_params, cte="base64", extra_headers=()):
    """filename params are given verbatim by the caller so each client's naming style can be reproduced."""
    headers = [("Content-Type", f"{ctype};{filename_header_params}"),
               ("Content-Transfer-Encoding", cte),
               ("Content-Disposition", f"attachment;{disposition_params}")]
    headers += list(extra_headers)
    return Part(headers, b64_body(data))


def rfc2231(filename, charset="utf-8"):
    from urllib.parse import quote
    return f"{charset}''{quote(filename.encode(charset), safe='')}"


# ---------------------------------------------------------------- office attachments

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def rezip_fixed(data, when=FIXED_ZIP_TIME):
    """Rewrite a zip (docx) with fixed member timestamps so the bytes never depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(blocks, author, created, title, zip_time):
    """blocks: list of ("h", text) | ("p", text) | ("table", [rows]) ."""
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_heading(val, level=1)
        elif kind == "c":       # centred bold line
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            p.alignment = 1
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    return rezip_fixed(buf.getvalue(), zip_time)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def build_pdf(lines, title, author):
    """A real PDF (reportlab, invariant=1) with the Adobe CID font STSong-Light, so no font file is embedded."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("WPS Office")
    width, height = A4
    y = height - 72
    for style, text in lines:
        if style == "title":
            c.setFont("STSong-Light", 18)
            c.drawCentredString(width / 2, y, text)
            y -= 34
        else:
            c.setFont("STSong-Light", 11)
            indent = 72 + (22 if style == "indent" else 0)
            c.drawString(indent, y, text)
            y -= 20
        if y < 72:
            c.showPage()
            y = height - 72
    c.save()
    return buf.getvalue()


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)


def rfc2231_param(param, value, charset="utf-8", width=60):
    """RFC 2231 encoded (and, when long, continued) parameter: name*0*=utf-8''%E6..;\n\tname*1*=...
    Segments are cut only between characters, so each segment decodes on its own."""
    from urllib.parse import quote
    first = f"{charset}''"
    chunks, cur = [], first
    for ch in value:
        piece = quote(ch.encode(charset), safe="")
        if len(cur) + len(piece) > width and cur != first:
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    if len(chunks) == 1:
        return f"{param}*={chunks[0]}"
    return ";\n\t".join(f"{param}*{n}*={c}" for n, c in enumerate(chunks))
