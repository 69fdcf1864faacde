"""Deterministic .docx (python-docx) and .pdf (reportlab) attachments, plus text extraction for --check."""
import datetime as dt
import io
import zipfile

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def make_docx(blocks, author="", title=""):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows). Returns bytes with fixed timestamps."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    raw = io.BytesIO()
    doc.save(raw)
    # rewrite the zip with fixed member timestamps and a fixed order
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(lines, font_size=11, title=""):
    """lines: list of strings (CJK allowed, STSong-Light CID font). invariant=1 keeps bytes stable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    y = 800
    for line in lines:
        if y < 60:
            c.showPage()
            y = 800
        c.setFont("STSong-Light", font_size + (3 if line.startswith("#") else 0))
        c.drawString(56, y, line.lstrip("#"))
        y -= font_size + 8
    c.save()
    return buf.getvalue()


def docx_text(data):
    from docx import Document

    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(data):
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
