"""A PDF's pages as the text a person reads: running heads and page numbers dropped, two columns read one after the
other, wrapped lines joined again, ruled tables as ' | ' rows (a table broken by a page is one table).

    text, tables = reading_order([PageText(width, height, boxes, rules), ...])

Pure geometry: parsers/mail/pdf.py takes the boxes (text runs) and rules (ruling lines) out of the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.mail.pdftables import Box, Rule, Table, inside, join_lines, ruled_tables

Rows = tuple[tuple[str, ...], ...]
BAND = 0.08              # the top and bottom 8% of a page is where running heads and page numbers live
PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*\d+\s*[-–—]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|"
                         r"(?:page\s*)?\d+(?:\s*of\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)\s*$", re.I)
ITEM_START = re.compile(r"^\s*(?:\d{1,3}\s*[.、．)）]|[A-Z]{1,2}-?\d{1,3}\s|#\d{1,3}\s|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|[①-⑳]|[-•·●▪■]|"
                        r"[一二三四五六七八九十]+\s*[、.．]|第[\d一二三四五六七八九十]+[项条])")
FIRST_WORD = re.compile(r"[A-Za-z0-9'’.,:;()-]+|.")
LABEL_START = re.compile(r"^\s*\S{1,8}\s*[:：]")


@dataclass(frozen=True)
class PageText:
    width: float
    height: float
    boxes: tuple[Box, ...]
    rules: tuple[Rule, ...]


def reading_order(pages: list[PageText]) -> tuple[str, Rows]:
    """(text, tables) of the pages in reading order."""
    pages = _without_running_heads(pages)
    lines: list[str] = []
    tables: list[list[tuple[str, ...]]] = []
    previous: Table | None = None
    for page in pages:
        page_tables = ruled_tables(list(page.boxes), list(page.rules))
        for block in _blocks(page, page_tables):
            if isinstance(block, Table):
                rows = list(block.rows)
                if previous is not None and _continues(previous, block, page) and tables:
                    rows = rows[1:] if rows and tables[-1] and rows[0] == tables[-1][0] else rows
                    tables[-1].extend(rows)
                else:
                    tables.append(rows)
                lines.extend(" | ".join(cell for cell in row) for row in rows)
                previous = block
            else:
                lines.append(block)
                previous = None
    return "\n".join(line for line in lines if line.strip()).strip(), tuple(tuple(t) for t in tables if t)


def _blocks(page: PageText, tables: list[Table]) -> list:
    """Tables and text lines of one page, top to bottom; text between two tables may be in two columns."""
    tables = sorted(tables, key=lambda table: table.top)
    runs: list[list[Box]] = [[] for _ in range(len(tables) + 1)]
    for box in page.boxes:
        if not any(inside(box, table) for table in tables):
            runs[sum(1 for table in tables if box.middle > table.top)].append(box)
    blocks: list = []
    for run, table in zip(runs, [*tables, None]):
        blocks.extend(line for _, line in _read_segment(run))
        if table is not None:
            blocks.append(table)
    return blocks


def _read_segment(boxes: list[Box]) -> list[tuple[float, str]]:
    """(top, line) of a run of text: two columns read left then right where there are two, else row by row."""
    gutter = _gutter(boxes)
    if gutter is None:
        return _reflow(_rows(boxes))
    out: list[tuple[float, str]] = []
    pending: list[Box] = []
    for box in sorted(boxes, key=lambda b: b.top):
        if box.left < gutter < box.right:                # a line across both columns ends the columns above it
            out += _columns(pending, gutter)
            pending = []
            out += _reflow(_rows([box]))
        else:
            pending.append(box)
    return out + _columns(pending, gutter)


def _columns(boxes: list[Box], gutter: float) -> list[tuple[float, str]]:
    left = [box for box in boxes if box.right <= gutter]
    right = [box for box in boxes if box.left >= gutter]
    return _reflow(_rows(left)) + _reflow(_rows(right))


def _gutter(boxes: list[Box]) -> float | None:
    """The x of a gap between two columns of running text: few lines cross it, at least three full-looking lines
    lie on each side, and each side's lines are long (a column of short cells is a table, not text)."""
    if len(boxes) < 6:
        return None
    left_edge, right_edge = min(b.left for b in boxes), max(b.right for b in boxes)
    width = right_edge - left_edge
    best = None
    for step in range(35, 66):
        x = left_edge + width * step / 100
        crossing = sum(1 for b in boxes if b.left < x < b.right)
        if best is None or crossing < best[0]:
            best = (crossing, x)
    crossing, x = best
    left = [b.right - b.left for b in boxes if b.right <= x]
    right = [b.right - b.left for b in boxes if b.left >= x]
    if crossing > len(boxes) // 5 or len(left) < 3 or len(right) < 3:
        return None
    if _median(left) < 0.4 * (x - left_edge) or _median(right) < 0.4 * (right_edge - x):
        return None
    return x


def _rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes on the same line (their middles within half a line of each other), top to bottom, left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.middle, b.left)):
        if rows and abs(box.middle - rows[-1][0].middle) < 0.5 * max(1.0, box.bottom - box.top):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.left) for row in rows]


def _reflow(rows: list[list[Box]]) -> list[tuple[float, str]]:
    """Lines wrapped by the page joined again: a line that stops where the next one's first word would not fit goes
    on into it, unless the next starts an item or a label ('2.', '①', '负责人：') or a gap as tall as a line lies
    between them."""
    if not rows:
        return []
    right_edge = max(row[-1].right for row in rows)
    out: list[tuple[float, str, Box]] = []
    for row in rows:
        text = " | ".join(box.text.strip() for box in row)
        first, last = row[0], row[-1]
        if out and len(row) == 1 and _wraps(out[-1][2], first, right_edge):
            top, previous, _ = out[-1]
            out[-1] = (top, join_lines([previous, text]), last)
        else:
            out.append((first.top, text, last))
    return [(top, text) for top, text, _ in out]


def _wraps(above: Box, below: Box, right_edge: float) -> bool:
    """`below` goes on from `above` when its first word (or a Chinese character and a half, for justified or
    hanging punctuation) would not have fitted at the end of `above` — the reason a line breaks —, it follows at
    line spacing, and it starts no item or label."""
    height = max(1.0, above.bottom - above.top)
    word = FIRST_WORD.match(below.text.strip())
    width = (below.right - below.left) * len(word.group(0) if word else "x") / max(1, len(below.text.strip()))
    return (above.right + max(width + 0.5 * height, 1.5 * height) >= right_edge
            and below.top - above.bottom < 0.9 * height
            and not ITEM_START.match(below.text) and not LABEL_START.match(below.text)
            and not _pipe_rows(above.text, below.text))


def _pipe_rows(above: str, below: str) -> bool:
    """'1   | Provide … | He Ting | 24 Jul 2026' over '2   | Update … | …': rows of a table typed with bars, each as wide
    as the page's widest line because they set its width — no line wraps into the next."""
    bars = above.count("|")
    return bars >= 2 and below.count("|") == bars


def _continues(previous: Table, table: Table, page: PageText) -> bool:
    """A table at the top of a page with the same columns as the table that ended the page before."""
    same = len(previous.columns) == len(table.columns) and all(
        abs(a - b) < 3 for a, b in zip(previous.columns, table.columns))
    return same and table.top < page.height * 0.25


def _without_running_heads(pages: list[PageText]) -> list[PageText]:
    """Drop, in the top and bottom bands, lines that carry a page number, come back on other pages (digits aside) or
    are in smaller print than the page's text; never a table's cells (a row at the foot of a page is not a footer)."""
    def key(box: Box, page: PageText) -> tuple[str, int]:
        return re.sub(r"\d+", "#", box.text.strip()), round(box.middle / 4)

    cells = {id(b) for p in pages for t in ruled_tables(list(p.boxes), list(p.rules)) for b in p.boxes if inside(b, t)}

    def in_band(box: Box, page: PageText) -> bool:
        return id(box) not in cells and (box.bottom < page.height * BAND or box.top > page.height * (1 - BAND))
    seen: dict[tuple[str, int], int] = {}
    for page in pages:
        for k in {key(b, page) for b in page.boxes if in_band(b, page)}:
            seen[k] = seen.get(k, 0) + 1
    out = []
    for page in pages:
        numbered = [b.middle for b in page.boxes if in_band(b, page) and PAGE_NUMBER.match(b.text)]
        small = 0.8 * _median([b.bottom - b.top for b in page.boxes]) if page.boxes else 0
        keep = tuple(b for b in page.boxes if not in_band(b, page) or not (
            any(abs(b.middle - m) < 3 for m in numbered) or b.bottom - b.top < small
            or (len(pages) > 1 and seen.get(key(b, page), 0) > 1)))
        out.append(PageText(page.width, page.height, keep, page.rules))
    return out


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]
