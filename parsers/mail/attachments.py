"""Text of attached minutes: .txt/.md/.csv, .html, Word .docx (paragraphs in order, list numbers kept, tables
as ' | ' rows), PDF (parsers/mail/pdf.py) and legacy .doc/.wps (parsers/mail/worddoc.py), with guards so a hostile
file costs little.

    text, tables = attachment_text("纪要.docx", "application/vnd.openxmlformats-...", data)

A file that cannot be read raises Unreadable with a reason (parsers/mail/unreadable.py): a scan or a picture, a
.doc/.wps it cannot make out, an encrypted or broken file, a bomb. Other files (archives, spreadsheets) give ('', ()).

A .docx is a zip: one whose parts would inflate past max_docx_inflated_bytes or at a ratio beyond MAX_RATIO is a
zip bomb and is not opened; an attachment bigger than max_attachment_bytes is not read at all (parsers/limits.py).
The sizes a zip declares are what zipfile lets each part inflate to, so a zip that lies about them fails its CRC.
Its XML parts are then counted, streamed, before python-docx builds any tree: more than max_docx_elements elements
(8 million empty paragraphs fit in 0.6 MB at a modest ratio) is not opened either.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from parsers.mail.charsets import decode_bytes
from parsers.mail.htmltext import html_to_text
from parsers.limits import DEFAULT, Limits
from parsers.mail.pdf import pdf_text
from parsers.mail.unreadable import Unreadable
from parsers.mail.worddoc import worddoc_text

Rows = tuple[tuple[str, ...], ...]
MAX_RATIO = 200
CHUNK = 1 << 20
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".text", ".log")
LEGACY_WORD = (".doc", ".wps", ".dot", ".wpt")
LEGACY_TYPES = ("application/msword", "application/vnd.ms-works", "application/kswps", "application/wps-office.wps")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PICTURES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def attachment_text(filename: str, content_type: str, data: bytes, charset: str | None = None,
                    limits: Limits = DEFAULT, warnings: list[str] | None = None) -> tuple[str, Rows]:
    """The text (and tables) of an attachment worth reading, ('', ()) for others (archives, spreadsheets)."""
    name = filename.lower()
    if len(data) > limits.max_attachment_bytes:
        raise Unreadable(f"attachment {filename!r} not read: {len(data)} bytes is over {limits.max_attachment_bytes}",
                         "too_big", filename)
    if name.endswith(".docx") or content_type == DOCX_TYPE:
        return docx_text(data, filename, limits)
    if name.endswith(".pdf") or content_type == "application/pdf" or data[:5] == b"%PDF-":
        text, tables, cut = pdf_text(data, filename, limits)
        (warnings if warnings is not None else []).extend(cut)
        return text, tables
    if name.endswith(LEGACY_WORD) or content_type in LEGACY_TYPES or data[:8] == OLE_MAGIC:
        return worddoc_text(data, filename, limits)
    if name.endswith(PICTURES) or content_type.startswith("image/"):
        raise Unreadable(f"attachment {filename!r} is a picture: no text to read", "image", filename)
    if name.endswith((".html", ".htm")) or content_type == "text/html":
        return html_to_text(decode_bytes(data[:limits.max_text_bytes], charset), limits.max_table_cells, limits.max_lines)
    if name.endswith(TEXT_SUFFIXES) or (content_type == "text/plain" and "." not in name):
        return decode_bytes(data[:limits.max_text_bytes], charset), ()
    return "", ()


def docx_text(data: bytes, filename: str = "", limits: Limits = DEFAULT) -> tuple[str, Rows]:
    """Paragraphs and tables of a Word document in document order."""
    _guard_zip(data, filename, limits.max_docx_inflated_bytes)
    _guard_elements(data, filename, limits.max_docx_elements)
    import docx                                         # python-docx: imported here, only mail with a .docx pays
    from docx.table import Table
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:                            # python-docx raises many kinds on a broken package
        raise Unreadable(f"attachment {filename!r} is not a readable .docx ({type(exc).__name__})", "broken",
                         filename) from None
    numbering = _Numbering(document)
    lines: list[str] = []
    tables: list[Rows] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            lines.append(numbering.mark(block) + "".join(t.text or "" for t in block.iter(f"{W}t")).strip())
        elif block.tag == f"{W}tbl":
            rows = _table_rows(Table(block, document))
            tables.append(rows)
            lines.extend(" | ".join(cell.replace("\n", " ") for cell in row) for row in rows)
    return "\n".join(lines).strip(), tuple(tables)


def _guard_zip(data: bytes, filename: str, max_inflated: int) -> None:
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise Unreadable(f"attachment {filename!r} is not a .docx (not a zip file)", "broken", filename) from None
    inflated = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if inflated > max_inflated or inflated / packed > MAX_RATIO:
        raise Unreadable(f"attachment {filename!r} not read: it would inflate to {inflated} bytes (zip bomb guard)",
                         "bomb", filename)


def _guard_elements(data: bytes, filename: str, max_elements: int) -> None:
    """Count the start tags of every XML part, inflating in chunks and stopping past the bound: the tree python-docx
    builds costs about 2.5 us and 150 bytes an element, so the count is what bounds the time and memory."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    elements = 0
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels")):
            elements += _start_tags(archive, info, max_elements - elements + 1, filename)
            if elements > max_elements:
                raise Unreadable(f"attachment {filename!r} not read: more than {max_elements} XML elements "
                                 f"(max_docx_elements)", "bomb", filename)


def _start_tags(archive: zipfile.ZipFile, info: zipfile.ZipInfo, enough: int, filename: str) -> int:
    """About how many elements one part holds ('<' less '</'), read until `enough` are seen."""
    count = 0
    try:
        with archive.open(info) as part:
            while count < enough and (chunk := part.read(CHUNK)):
                count += chunk.count(b"<") - chunk.count(b"</")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise Unreadable(f"attachment {filename!r} is not a readable .docx ({type(exc).__name__})", "broken",
                         filename) from None
    return count


def _table_rows(table) -> Rows:
    """Cell texts per row; python-docx repeats merged cells, which is the expansion the readers want."""
    rows = []
    for row in table.rows:
        cells = tuple("\n".join(p.text.strip() for p in cell.paragraphs if p.text.strip()) for cell in row.cells)
        if any(cells):
            rows.append(cells)
    return tuple(rows)


class _Numbering:
    """Word's automatic list numbers ('1.', '2.' …) live in numbering.xml, not in the text: put them back.
    A paragraph is numbered by its own numPr or by its style's (the 'List Number' style)."""

    def __init__(self, document):
        self.formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, str], int] = {}
        self.by_style: dict[str, object] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            base = abstract.get(ref.get(f"{W}val")) if ref is not None else None
            for level in base.iter(f"{W}lvl") if base is not None else ():
                fmt = level.find(f"{W}numFmt")
                self.formats[(num.get(f"{W}numId"), level.get(f"{W}ilvl"))] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal")
        for style in document.styles.element.iter(f"{W}style"):
            props = style.find(f"{W}pPr/{W}numPr")
            if props is not None:
                self.by_style[style.get(f"{W}styleId")] = props

    def mark(self, paragraph) -> str:
        props = paragraph.find(f"{W}pPr/{W}numPr")
        if props is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            props = self.by_style.get(style.get(f"{W}val")) if style is not None else None
        if props is None:
            return ""
        num, level = props.find(f"{W}numId"), props.find(f"{W}ilvl")
        key = (num.get(f"{W}val") if num is not None else "0", level.get(f"{W}val") if level is not None else "0")
        if key[0] == "0" or self.formats.get(key, "decimal") in ("bullet", "none"):
            return "- " if key[0] != "0" else ""
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{self.counters[key]}. "
