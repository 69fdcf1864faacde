"""A mail body as the minutes readers see it: lines and tables, without signatures and quote marks.

    blocks('待办事项：\\n序号\\t事项\\t负责人\\n1\\t提交方案\\t王芳\\n\\n-- \\n李娜')
        -> ['待办事项：', Table((('序号','事项','负责人'), ('1','提交方案','王芳'))), '']

Table rows come as tab-separated lines (plain text), ' | '-joined lines (mime's HTML text) or markdown
pipes. Where the HTML part was parsed into tables with rowspan/colspan expanded, the matching structured
table replaces the flattened rows. A signature ('-- ', '谢谢！', 'Best regards,') hides what follows until
a forwarded message's header block ('发件人:', 'From:', '-----Original Message-----') starts again.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from parsers.minutes.lines.spaced_table import spaced_rows

Rows = tuple[tuple[str, ...], ...]
QUOTE = re.compile(r"^(?:\s*>)+ ?")
SIGNATURE = re.compile(r"^(?:--|__)\s*$|^[-—–_]{1,3}\s*(?:来自|发自|发送自|sent\s+(?:from|via|with))", re.I)   # ——来自钉钉
CLOSING = re.compile(r"^(?:以上[，,、。\s]*)?(?:谢谢|多谢|感谢|此致|敬礼|顺祝(?:商祺)?|祝好|顺颂商祺|best(?: regards| wishes)?|regards|kind regards|"
                     r"warm regards|thanks|many thanks|thank you|cheers|br|sincerely|yours)(?:大家|各位|all)?[!！,，.。~\s]*$", re.I)
RESUME = re.compile(r"^(?:发件人|from)\s*[:：]|^-{3,}\s*(?:原始邮件|original message|forwarded message|转发的邮件|回复的原邮件)|"
                    r"^-{5,}\s*(?:forwarded|原始|转发)|^_{10,}\s*$|^begin forwarded message|^(?:开始转发的邮件|開始轉寄的郵件)\s*[:：]?\s*$", re.I)
SIGNATURE_LINES = 4                    # a title, a department, a company, a phone
LISTED = re.compile(r"^\s*(?:\d{1,2}[.、)）]|[-*•])\s")
EMOJI_LABELS = {"👤": "负责人：", "🙋": "负责人：", "⏰": "截止：", "⏳": "截止：", "⌛": "截止："}   # fields under a '📌 topic'
MEETING_WORD = re.compile(r"会|下次|next|meeting|sync|call", re.I)
OPENS_QUOTED_CELL = re.compile(r'(?:^|\t)"')
CLOSES_QUOTED_CELL = re.compile(r'"\s*(?:\t|$)')
QUOTED_BREAK = re.compile(r"(?P<before>\S?)[ \t]*\n\s*(?P<after>\S?)")
ROW_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
CELL_BAR = re.compile(r"\s*[|｜]\s*")            # the bars between the cells of a row read as one labelled line


@dataclass(frozen=True)
class Table:
    rows: Rows


Block = str | Table


def blocks(text: str, tables: tuple[Rows, ...] = (), signer: str = "") -> list[Block]:
    """The body's lines (right-stripped, blank lines kept as '') and tables, in order; `signer`, the sender's name, on
    a line of its own near the end opens their signature ('黄美玲' over '外贸部 单证')."""
    out: list[Block] = []
    rows: list[tuple[str, ...]] = []
    written: list[str] = []                        # the rows' lines as written
    used: set[int] = set()
    in_signature = False
    lines = spaced_rows(excel_rows(text.splitlines()))     # a pasted sheet's quoted cells; a table laid out with spaces
    signed = _signed_at(lines, signer.strip()) if signer.strip() else -1
    for index, raw in enumerate(lines):
        kept = (QUOTE.sub("", raw) if ">" in raw else raw).rstrip()   # leading space kept: an indented bullet is a detail
        line = kept.strip()
        if RESUME.match(line):
            in_signature = False
        elif in_signature:
            continue
        elif SIGNATURE.match(line) or CLOSING.match(line) or index == signed:
            in_signature = True
            continue
        if line[:1] in EMOJI_LABELS and ":" not in line and "：" not in line and not MEETING_WORD.search(line):
            # '👤 邵明', '⏰ 节后第一天' under a '📌 topic'; not '⏰ 下次例会 3/10 下午3点'
            kept = kept.replace(line[:1], EMOJI_LABELS[line[:1]], 1).replace("\ufe0f", "")
            line = kept.strip()
        cells = row_cells(line)
        if cells is not None:
            rows.extend([cells] if cells else [])
            written.append(kept)
            continue
        if rows:
            out.extend([CELL_BAR.sub("   ", w) for w in written] if _labels_row(rows, out, line) else [_table(rows, tables, used)])
            rows, written = [], []
        out.append(kept)
    if rows:
        out.extend(written if _labels_row(rows, out) else [_table(rows, tables, used)])
    return out


def _labels_row(rows: list[tuple[str, ...]], out: list[Block], below: str = "") -> bool:
    """'Owner: Eric Qu | Due: 30-Jun' under 'Task: …': one row whose every cell is a label of ours with its value,
    under a label line, is a line of that record, not a table ('Assignee: … | Due: …' under a ticket's title stays
    the one-row table that title heads); so is one over the plain line of its work, after a blank line ('Owner: Cathy
    Liu | Due: 14 Aug' over 'Book space for…')."""
    from parsers.minutes.grids.columns import column_role        # (grids read lines: imported when first asked)
    from parsers.minutes.grids.records import kv_label

    def labelled(cell: str) -> bool:
        kv = kv_label(cell.strip())
        return bool(kv and kv[1] and column_role(kv[0]))
    above = out[-1] if out and isinstance(out[-1], str) else None
    return len(rows) == 1 and len(rows[0]) > 1 and all(labelled(cell) for cell in rows[0]) and above is not None and \
        (labelled(above) or not above.strip() and bool(below.strip()) and not labelled(below))


def _signed_at(lines: list[str], signer: str) -> int:
    """The index of the last line that is the signer's name alone with at most SIGNATURE_LINES lines and no list below
    it to the end, else -1: not a person heading over their items (nor a name over a forwarded message)."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip() == signer or _name_with_latin(lines[index].strip(), signer):
            below = [line for line in (line.strip() for line in lines[index + 1:]) if line]
            return index if len(below) <= SIGNATURE_LINES and not any(LISTED.match(line) for line in below) else -1
    return -1


def _name_with_latin(line: str, signer: str) -> bool:
    """'云志坚 George Yun', 'George Yun 云志坚': the signer's name with the Latin name they also go by."""
    rest = line[len(signer):] if line.startswith(signer) else line[:-len(signer)] if line.endswith(signer) else ""
    return bool(rest) and LATIN_NAME.fullmatch(rest.strip()) is not None and rest != rest.strip()


LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2}")


def excel_rows(lines: list[str]) -> list[str]:
    """The lines with each tab row whose quoted cell holds line breaks (as Excel copies '"续签框架合同\n（价格按5月
    公示价）"') joined into one row, the cell unquoted and its breaks closed up."""
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = _quoted_row_end(lines, start)
        if end is None:
            out.append(lines[start])
            start += 1
            continue
        row = next(csv.reader(["\n".join(lines[start:end + 1])], delimiter="\t"))
        out.append("\t".join(QUOTED_BREAK.sub(_closed_up, cell) for cell in row))
        start = end + 1
    return out


def _quoted_row_end(lines: list[str], start: int, most: int = 8) -> int | None:
    """The last line of a tab row that opens a quoted cell on `start` and closes it within `most` lines, else None."""
    line = lines[start]
    if '"' not in line or line.count('"') % 2 == 0 or not OPENS_QUOTED_CELL.search(line):
        return None                                # (the first cell may be the quoted one: no tab before its break)
    count, tabbed = line.count('"'), "\t" in line
    for end in range(start + 1, min(start + most, len(lines))):
        count, tabbed = count + lines[end].count('"'), tabbed or "\t" in lines[end]
        if count % 2 == 0:
            return end if tabbed and CLOSES_QUOTED_CELL.search(lines[end]) else None
    return None


def _closed_up(match: re.Match) -> str:
    """A line break inside a cell: a space between two Latin words, nothing between Chinese."""
    glue = " " if match["before"].isascii() and match["after"].isascii() else ""
    return match["before"] + glue + match["after"]


def row_cells(line: str) -> tuple[str, ...] | None:
    """The cells of a table row line; () for a markdown rule row; None for a line that is no row."""
    if "\t" in line:
        cells = tuple(c.strip() for c in line.split("\t"))
    elif line.count("｜") >= 2 and "|" not in line:    # '1｜外箱刀模图修正｜许家豪｜1/22（金）': full-width bars
        return row_cells(line.replace("｜", "|"))       # (one bar alone is a title's: '会议纪要｜国庆研学营筹备会')
    elif "|" in line:
        if ROW_RULE.match(line):
            return ()
        if line.count("|") == 1 and LISTED.match(line):
            return None                            # '1. Ship the pricing page [Sam] | Apr 24': one item, not a row
        parts = line.split("|")
        parts = parts[1:] if line.startswith("|") else parts
        parts = parts[:-1] if line.endswith("|") else parts
        cells = tuple(c.strip() for c in parts)
    else:
        return None
    return cells if sum(bool(c) for c in cells) >= 2 else None


def rows_cover(text: str, tables: tuple[Rows, ...]) -> bool:
    """Does the text carry each table (of two columns or more) as rows? Then reading the text loses nothing."""
    rows = [{_norm(c) for c in cells if c.strip()} for cells in map(row_cells, text.splitlines()) if cells]
    wide = [table for table in tables if table and max(len(row) for row in table) >= 2]
    return all(any(cells and cells <= {_norm(c) for c in table[0]} for cells in rows) for table in wide)


def _table(rows: list[tuple[str, ...]], tables: tuple[Rows, ...], used: set[int]) -> Table:
    """The structured table these flattened rows came from (same rows, every written cell present), else
    the rows as they are."""
    flat = [{_norm(c) for c in row if c.strip()} for row in rows]
    for index, table in enumerate(tables):
        if index in used or len(table) != len(rows):
            continue
        if all(cells <= {_norm(c) for c in row} for cells, row in zip(flat, table)):
            used.add(index)
            return Table(tuple(tuple(c for c in row) for row in table))
    return Table(tuple(rows))


def _norm(cell: str) -> str:
    return " ".join(cell.split())
