"""How much of one message the parsers read: the bounds that make a hostile mail cost no more than a big real one.

    parse_message(raw, tz=..., roster=..., calendar=..., limits=Limits(max_lines=1000))

Each bound sits far above real minutes (the longest seen are a few hundred lines, one or two tables, a .docx of a
few hundred KB) and turns an attack into a fixed cost: a 25 MB body, MIME nested 3,000 deep, a zip bomb, a table
of 10^5 cells or a rowspan of 10^6. What is cut is said in the message's warnings. `[limits]` in minutebot.toml sets
the same names; SECURITY.md lists the defaults and what each costs at its worst (benches/bench_fuzz.py measures it).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int = 10_000_000      # a message is read up to here; the rest (big attachments) is skipped
    max_mime_depth: int = 20                 # parts nested deeper are not read
    max_mime_containers: int = 200           # more multipart/message parts than this: only the headers are read
    max_text_bytes: int = 4_000_000          # each text part (and .txt/.html attachment) is read up to here
    max_attachment_bytes: int = 10_000_000   # a bigger attachment is not opened
    max_docx_inflated_bytes: int = 50_000_000   # a .docx that would inflate past this is a zip bomb: not opened
    max_docx_elements: int = 200_000         # a .docx whose XML has more elements than this is not opened
    max_pdf_pages: int = 30                  # pages of a PDF read; the rest is skipped
    max_pdf_tokens: int = 100_000            # PDF syntax tokens parsed (its time); pages past this are skipped
    max_pdf_chars: int = 200_000             # characters of a PDF laid out; past this it is not read
    max_pdf_inflated_bytes: int = 20_000_000   # a PDF whose streams inflate past this (a bomb) is not read
    max_lines: int = 3_000                   # lines of text read as minutes or as a reply
    max_line_chars: int = 2_000              # each line read as minutes or as a reply is read up to here
    max_minutes_chars: int = 40_000          # characters of text read as minutes (a 20-page minutes has ~20,000)
    max_reply_chars: int = 20_000            # characters of a reply's new text read for commands
    max_table_cells: int = 20_000            # table cells read per message, rowspan/colspan copies included


DEFAULT = Limits()
