"""Deterministic .docx and .pdf attachments."""
import datetime as dt
import io
import zipfile

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FIXED = dt.datetime(2026, 1, 1, 8, 0, 0)


def make_docx(blocks, title="会议纪要", author="", when=(2026, 1, 1, 8, 0, 0)):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows). Bytes are deterministic."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = dt.datetime(*when)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), when)


def _rezip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(lines, title="", font_size=11):
    """lines: list of str ('' = blank). Chinese via WenQuanYi Zen Hei (subset embedded, ToUnicode present)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    y = 800
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 800
        size = font_size + 4 if ln.startswith("#") else font_size
        c.setFont("WQY", size)
        c.drawString(56, y, ln.lstrip("#"))
        y -= size + 8
    c.showPage()
    c.save()
    return buf.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)
