"""Tables laid out with spaces (a PDF's text, a fixed-width paste) turned into tab rows, as a pasted spreadsheet's are.

    No.  Action                                    Owner    Due
    A1   Obtain two more quotes for the sorter     JG       24 July
    ->  'No.\tAction\tOwner\tDue' and 'A1\tObtain two more quotes for the sorter\tJG\t24 July'

A header is a line of three or more words or phrases apart by two spaces or more, naming a task column and an owner or
due column (columns.is_header); each line below it that splits the same way is a row, its pieces put in the column
whose start is nearest, so an empty cell leaves its column empty. A blank line or a line that does not split ends it.
"""
from __future__ import annotations

import re

from parsers.minutes.grids.columns import is_header

PIECE = re.compile(r"\S+(?: \S+)*")     # a run of words with single spaces inside
GAP = re.compile(r"\S\s{2,}\S")


def spaced_rows(lines: list[str]) -> list[str]:
    """The lines, with each space-aligned table below a header line as tab rows."""
    out: list[str] = []
    starts: list[int] = []                       # the header's column starts while inside a table
    for line in lines:
        pieces = _pieces(line) if "  " in line and not ("\t" in line or "|" in line or "｜" in line) else []
        if starts and len(pieces) >= 2:
            out.append("\t".join(_placed(pieces, starts)))
            continue
        starts = []
        if len(pieces) >= 3 and is_header(tuple(text for _, text in pieces)):
            starts = [start for start, _ in pieces]
            out.append("\t".join(text for _, text in pieces))
            continue
        out.append(line)
    return out


def _pieces(line: str) -> list[tuple[int, str]]:
    """(column, text) of each run of words the line holds apart by two spaces or more; [] when it has no such gap."""
    if not GAP.search(line):
        return []
    return [(display_width(line[:m.start()]), m.group()) for m in PIECE.finditer(line)]


def display_width(text: str) -> int:
    """Columns the text takes in a fixed-width font or client (a Chinese character two)."""
    return sum(2 if ord(char) >= 0x2E80 else 1 for char in text)


def _placed(pieces: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """The row's cells: each piece in the column whose start is nearest (joined when two fall in one)."""
    cells = [""] * len(starts)
    for start, text in pieces:
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - start))
        cells[column] = f"{cells[column]} {text}".strip()
    return cells
