"""Deterministic .docx (python-docx) and .pdf (reportlab) attachments."""
import datetime as dt
import io
import zipfile


def _rezip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(title, paras_before, table_rows, paras_after, author, when, font="宋体"):
    """A Word minutes document: title, paragraphs, one table, paragraphs."""
    import docx
    from docx.oxml.ns import qn
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    doc.add_heading(title, level=1)
    for p in paras_before:
        doc.add_paragraph(p)
    if table_rows:
        t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    for p in paras_after:
        doc.add_paragraph(p)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.last_printed = when.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue(), when)


def pdf_bytes(title, lines, author, when):
    """Plain English PDF (Helvetica), invariant mode for byte-stable output.
    lines: str lines; a line starting with '#' is a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("Microsoft Word")
    w, hgt = A4
    y = hgt - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, y, title)
    y -= 28
    for line in lines:
        if y < 60:
            c.showPage()
            y = hgt - 60
        if line.startswith("#"):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(56, y, line[1:].strip())
        else:
            c.setFont("Helvetica", 10)
            c.drawString(56, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def stamp(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
