"""Hostile attachments, built in code: a .docx of millions of empty paragraphs, PDFs of 10,000 pages or of objects
nested thousands deep. tests/test_attachments.py checks each is refused with a reason; benches/bench_fuzz.py times
them against the budget (1 s, 100 MB).

    raw = ATTACHMENT_BOMBS["docx of 8 million empty paragraphs"]()
"""
from __future__ import annotations

import base64
import io
import os
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
