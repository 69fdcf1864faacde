"""Text of a legacy Word 97-2003 .doc (and WPS Office's .wps, the same binary format): olefile opens the compound
file, the piece table (Clx) says where each run of the main text lies and whether it is 8-bit or UTF-16.

    text, tables = worddoc_text(data, "纪要.doc", limits)     # raises Unreadable(reason=...) when it cannot

Table cells end with \\x07 and a row with one more \\x07: they become ' | ' rows. Field codes (between \\x13 and \\x14)
are dropped, their results kept. Not read: Word's automatic list numbers (kept in list formatting, not in the text),
encrypted files, and Word 6/95 files (no piece table). Bounded: a file is at most max_attachment_bytes; at most
max_text_bytes characters of text are read.
"""
from __future__ import annotations

import io
import re
import struct

from parsers.limits import Limits
from parsers.mail.unreadable import Unreadable

Rows = tuple[tuple[str, ...], ...]
WORD_MAGIC = 0xA5EC
FIELD_CODE = re.compile(r"\x13[^\x13\x14\x15]*\x14?|\x15")
CONTROL = re.compile(r"[\x00-\x06\x08\x0e-\x1f]")


def worddoc_text(data: bytes, filename: str, limits: Limits) -> tuple[str, Rows]:
    """(text, tables) of the document's main text."""
    import olefile
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if struct.unpack_from("<H", word, 0)[0] != WORD_MAGIC:
            raise ValueError("no Word header")
        if flags & 0x0100:
            raise Unreadable(f"attachment {filename!r} is an encrypted Word file", "encrypted", filename)
        table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
        text = _main_text(word, table, limits.max_text_bytes)
    except Unreadable:
        raise
    except Exception as exc:                    # olefile and struct raise many kinds on a damaged file
        raise Unreadable(f"attachment {filename!r} is a .doc/.wps that could not be read ({type(exc).__name__})",
                         "legacy_word", filename) from None
    return _lines_and_tables(text)


def _main_text(word: bytes, table: bytes, max_chars: int) -> str:
    """The first ccpText characters, gathered piece by piece."""
    main_length = struct.unpack_from("<I", word, 0x4C)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    clx = table[fc_clx:fc_clx + lcb_clx]
    pieces = _piece_table(clx)
    out: list[str] = []
    wanted = min(main_length, max_chars)
    for start, end, fc in pieces:
        if start >= wanted:
            break
        count = min(end, wanted) - start
        if fc & 0x40000000:
            offset = (fc & ~0x40000000) // 2
            out.append(word[offset:offset + count].decode("cp1252", "replace"))
        else:
            out.append(word[fc:fc + 2 * count].decode("utf-16-le", "replace"))
    return "".join(out)


def _piece_table(clx: bytes) -> list[tuple[int, int, int]]:
    """(first CP, end CP, fc) of each piece: skip the Prc entries (0x01) to the Pcdt (0x02)."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + size]
    count = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for n in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * n + 2)[0]
        pieces.append((cps[n], cps[n + 1], fc))
    return pieces


def _lines_and_tables(text: str) -> tuple[str, Rows]:
    """Paragraphs as lines; cells (ending \x07) gathered into ' | ' rows, a row ending at a second \x07 (so an
    empty cell also ends its row: the binary format marks rows in paragraph properties, not read here)."""
    text = CONTROL.sub("", FIELD_CODE.sub("", text)).replace("\x0b", "\n").replace("\x0c", "\n")
    lines: list[str] = []
    tables: list[list[tuple[str, ...]]] = []
    row: list[str] = []
    buffer: list[str] = []
    after_cell = in_table = False
    for token in re.split(r"(\r|\x07)", text):
        if token == "\x07":
            if after_cell and not buffer:
                tables[-1:] = [tables[-1] + [tuple(row)]] if in_table else [*tables, [tuple(row)]]
                lines.append(" | ".join(row))
                row, after_cell, in_table = [], False, True
                continue
            row.append(" ".join(" ".join(buffer).split()))
            buffer, after_cell = [], True
        elif token == "\r":
            if not row and buffer:
                lines.extend(buffer)
                buffer, in_table = [], False
        elif token.strip():
            buffer.append(token.strip())
    lines.extend(buffer)
    return "\n".join(lines), tuple(tuple(table) for table in tables if table)
