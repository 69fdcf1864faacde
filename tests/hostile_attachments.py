"""Hostile attachments, built in code: a .docx of millions of empty paragraphs, PDFs of 10,000 pages or of objects
nested thousands deep. tests/test_attachments.py checks each is refused with a reason; benches/bench_fuzz.py times
them against the budget (1 s, 100 MB).

    raw = ATTACHMENT_BOMBS["docx of 8 million empty paragraphs"]()
"""
from __future__ import annotations

import base64
import io
import os
import zlib
import zipfile

from hostile import HEAD


def attached(data: bytes, name: str, content_type: str, body: str = "附件为本次会议纪要，请查收。") -> bytes:
    """A mail whose text only announces the attachment `name`."""
    encoded = base64.b64encode(name.encode()).decode()
    return HEAD + b"Content-Type: multipart/mixed; boundary=aa\r\n\r\n--aa\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" \
        + body.encode() + b"\r\n--aa\r\nContent-Type: " + content_type.encode() + \
        f"\r\nContent-Disposition: attachment; filename=\"=?utf-8?b?{encoded}?=\"\r\n".encode() + \
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"--aa--\r\n"


def paragraph_bomb(count: int = 8_000_000, padding: int = 540_000) -> bytes:
    """A real .docx whose body is `count` empty paragraphs (48 MB of XML), padded with an incompressible picture so
    the whole inflates only ~75 times its size: it passes the zip-bomb checks on sizes and ratio."""
    import docx
    blank = io.BytesIO()
    docx.Document().save(blank)
    source = zipfile.ZipFile(blank)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.partition(b"<w:body>")[0] + b"<w:body>" + b"<w:p/>" * count + b"</w:body></w:document>"
            bomb.writestr(info.filename, data)
        bomb.writestr("word/media/image1.png", os.urandom(padding), compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ATTACHMENT_BOMBS = {
    "docx of 8 million empty paragraphs": lambda: attached(paragraph_bomb(), "纪要.docx", DOCX),
}


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_pages(count: int = 10_000) -> bytes:
    """`count` pages, each its own line of text: objects 1 catalog, 2 pages, 3 font, 4 content, 5… the pages."""
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents 4 0 R >>"
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
                     FONT, stream(b"BT /F1 12 Tf 72 770 Td (page of a bomb) Tj ET"), *[page] * count])


def pdf_deep_tree(depth: int = 5_000) -> bytes:
    """A page tree nested `depth` deep: each /Pages node holds the next."""
    nodes = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (3 + n) for n in range(depth)]
    leaf = b"<< /Type /Page /MediaBox [0 0 595 842] >>"
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", *nodes, leaf])


def pdf_deep_arrays(depth: int = 100_000) -> bytes:
    """One page whose content stream and resources hold arrays nested `depth` deep."""
    nested = b"[" * depth + b"]" * depth
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents 4 0 R /Annots " + nested + b" >>"
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", FONT,
                     stream(b"BT /F1 12 Tf 72 770 Td " + nested + b" TJ ET"), page])


def pdf_stream_bomb(inflated: int = 1_000_000_000) -> bytes:
    """One page whose content stream inflates to a gigabyte of spaces from about a megabyte."""
    squeezer = zlib.compressobj(9)
    block = b" " * 1_048_576
    data = b"".join(squeezer.compress(block) for _ in range(inflated // len(block))) + squeezer.flush()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                     stream(data, b"/Filter /FlateDecode"), page])


PDF = "application/pdf"
ATTACHMENT_BOMBS.update({
    "PDF of 10,000 pages": lambda: attached(pdf_pages(), "会议纪要.pdf", PDF),
    "PDF page tree nested 5,000 deep": lambda: attached(pdf_deep_tree(), "会议纪要.pdf", PDF),
    "PDF arrays nested 100,000 deep": lambda: attached(pdf_deep_arrays(), "会议纪要.pdf", PDF),
    "PDF stream inflating to 1 GB": lambda: attached(pdf_stream_bomb(), "会议纪要.pdf", PDF),
})
