"""Deterministic .docx (python-docx) and .pdf (reportlab) attachments for make_heldout74.py."""
import datetime as dt
import io
import zipfile

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def _normalise_zip(data):
    """Rewrite a zip with fixed timestamps and sorted-as-written order, so bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(title, paras, table=None, tail=(), author="", when=None):
    """paras: list of str (a str starting with '## ' is a heading); table: list of rows (first = header)."""
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    when = when or FIXED
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = title
    doc.add_heading(title, level=1)
    for p in paras:
        if p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
                for r in c.paragraphs[0].runs:
                    r.font.size = Pt(10)
    for p in tail:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def pdf_bytes(title, lines, table=None, author=""):
    """A4 English PDF. lines: list of str; table: rows of str (first = header), drawn as a grid."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("Microsoft Word")
    w, h = A4
    y = h - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        if ln.startswith("## "):
            c.setFont("Helvetica-Bold", 11)
            y -= 6
            c.drawString(50, y, ln[3:])
            c.setFont("Helvetica", 10)
        else:
            c.drawString(50, y, ln)
        y -= 15
    if table:
        widths = [28, 232, 110, 80]
        y -= 8
        for i, row in enumerate(table):
            x = 50
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            for wd, v in zip(widths, row):
                c.rect(x, y - 5, wd, 17)
                c.drawString(x + 3, y, v)
                x += wd
            y -= 17
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)
