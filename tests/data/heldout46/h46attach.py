"""Deterministic .docx (python-docx) and .pdf (reportlab, invariant=1) attachments."""
import datetime as dt
import io
import zipfile


def _fix_zip(data, when):
    """Rewrite a zip with fixed timestamps and order (python-docx stamps the clock)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author, when):
    """blocks: list of ('title', text) | ('p', text) | ('h', text) | ('table', rows)."""
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = 1
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue(), when)


def make_pdf(lines, title, author):
    """lines: list of (style, text) with style in title/h/p/row; simple flowing layout."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word for Microsoft 365")
    w, h = A4
    y = h - 60
    for style, text in lines:
        if style == "title":
            c.setFont("Helvetica-Bold", 14)
            c.drawString(50, y, text)
            y -= 26
        elif style == "h":
            y -= 6
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, text)
            y -= 18
        elif style == "row":
            c.setFont("Helvetica", 9.5)
            xs = [50, 75, 330, 430]
            for x, cell in zip(xs, text):
                c.drawString(x, y, cell)
            y -= 15
        else:
            c.setFont("Helvetica", 10)
            c.drawString(50, y, text)
            y -= 15
        if y < 60:
            c.showPage()
            y = h - 60
    c.showPage()
    c.save()
    return buf.getvalue()


WHEN = dt.datetime
