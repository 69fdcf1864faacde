"""Deterministic .docx (hand-built minimal OOXML) and .pdf (reportlab, invariant=1) attachments."""
import io
import zipfile
from xml.sax.saxutils import escape

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
       '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
       '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text, bold=False, size=None, font="仿宋_GB2312"):
    rpr = '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (font, font, font)
    if bold:
        rpr += "<w:b/>"
    if size:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _para(text, bold=False, center=False, size=None, font="仿宋_GB2312", indent=False):
    ppr = ""
    if center:
        ppr += '<w:jc w:val="center"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return "<w:p>%s%s</w:p>" % (ppr, _run(text, bold, size, font))


def _table(rows, font="宋体"):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                                       for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders></w:tblPr>']
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for cell in row:
            paras = "".join(_para(line, bold=(i == 0), font=font, size=21) for line in str(cell).split("\n"))
            out.append('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % paras)
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(blocks, title, author, when, company=""):
    """blocks: list of ('h', text) title, ('p', text), ('pi', text) indented paragraph, ('b', text) bold
    paragraph, ('t', rows) table. `when` is an ISO timestamp for the zip entries and core properties."""
    body = []
    for kind, val in blocks:
        if kind == "h":
            body.append(_para(val, bold=True, center=True, size=36, font="方正小标宋简体"))
        elif kind == "p":
            body.append(_para(val))
        elif kind == "pi":
            body.append(_para(val, indent=True))
        elif kind == "b":
            body.append(_para(val, bold=True, font="黑体"))
        elif kind == "t":
            body.append(_table(val))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (_W, "".join(body))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%sZ</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%sZ</dcterms:modified></cp:coreProperties>'
            ) % (escape(title), escape(author), escape(author), when, when)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><Company>%s</Company></Properties>') % escape(company)
    y, mo, d = int(when[0:4]), int(when[5:7]), int(when[8:10])
    h, mi, s = int(when[11:13]), int(when[14:16]), int(when[17:19])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("word/document.xml", doc), ("docProps/core.xml", core), ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, date_time=(y, mo, d, h, mi, s))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    """Plain text of a .docx made by docx() (for the --check weekday scan)."""
    import re
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n")
    from xml.sax.saxutils import unescape
    return unescape(re.sub(r"<[^>]+>", "", xml))


def pdf(lines, title, author):
    """lines: list of (style, text); style 'h' title, 'b' bold-ish heading, 'p' body, 'gap' blank."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("WPS Office")
    w, h = A4
    y = h - 72
    for style, text in lines:
        if style == "gap":
            y -= 10
            continue
        size = {"h": 18, "b": 12.5, "p": 11}[style]
        c.setFont("STSong-Light", size)
        if style == "h":
            c.drawCentredString(w / 2, y, text)
            y -= 30
        else:
            c.drawString(62, y, text)
            y -= size + 8
        if y < 72:
            c.showPage()
            y = h - 72
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)
