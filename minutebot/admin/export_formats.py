"""Lay out `minutebot items` rows (exports.select_items) as a terminal table, JSON or CSV; .xlsx is export_xlsx.py.

The table is for people at a terminal: CJK-aware column widths, and status colours only when asked (the CLI asks
when stdout is a TTY and NO_COLOR is unset), so pipes and files never get escape codes. JSON carries everything,
history included; CSV has one stable row per item for scripts and spreadsheets.

Every text comes from mail, so from anyone: a CSV cell that a spreadsheet would run as a formula (= + - @, tab, CR
first) gets a leading ' (OWASP's CSV-injection rule), and the table shows control characters as \\xNN, never raw.
"""
from __future__ import annotations

import csv
import json
import operator
import re
import unicodedata
from contextlib import contextmanager

from minutebot.admin.exports import WORDS

CSV_COLUMNS = ("meeting_id", "number", "task", "owner_name", "owner_email", "department", "organizer_department",
               "meeting_title", "meeting_held_at", "due", "done_at", "status", "overdue", "overdue_workdays", "percent",
               "progress", "risk", "note")
TABLE_HEAD = {"zh": ("会议", "序号", "事项", "负责人", "部门", "截止", "状态", "逾期"),
              "en": ("Mtg", "#", "Task", "Owner", "Dept", "Due", "Status", "Late")}
OVERDUE_LABEL = {"zh": "已逾期", "en": "overdue"}
NONE_LABEL = {"zh": "没有符合条件的事项", "en": "no items"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_START)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
COLOURS = {"done": "32", "overdue": "31;1", "disputed": "33", "cancelled": "2", "pending": "36"}   # ANSI SGR


def write_json(rows, out, lang: str = "zh") -> None:
    """The same text as json.dump(list(rows), indent=2), written a row at a time as the rows come."""
    separator = "[\n  "
    for row in rows:
        out.write(separator + json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        separator = ",\n  "
    out.write("[]\n" if separator.startswith("[") else "\n]\n")


def write_csv(rows, out, lang: str = "zh") -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    cells = operator.itemgetter(*CSV_COLUMNS)
    # each cell inline (no call per cell: a million of them on a large store): a formula gets its ', None is empty
    writer.writerows([("'" + v if v[:1] in FORMULA_FIRST else v) if v.__class__ is str else
                      "" if v is None else ("false", "true")[v] if v.__class__ is bool else v
                      for v in cells(row)] for row in rows)


def visible(text: str) -> str:
    """Control characters (ESC, CR, …) as \\xNN: a terminal shows the text, it does not obey it."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def write_table(rows: list[dict], out, lang: str = "zh", *, color: bool = False) -> None:
    """One line per item; the status column coloured on a terminal (green done, red overdue, yellow disputed)."""
    rows = list(rows)                  # the column widths need every row first
    if not rows:
        out.write(NONE_LABEL[lang] + "\n")
        return
    lines = [(TABLE_HEAD[lang], None)] + [(_cells(r, lang), _state(r)) for r in rows]
    widths = [max(width(cells[i]) for cells, _ in lines) for i in range(len(TABLE_HEAD[lang]))]
    for cells, state in lines:
        padded = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(cells)]
        if color and state in COLOURS:
            padded[6] = f"\x1b[{COLOURS[state]}m{padded[6]}\x1b[0m"
        out.write("  ".join(padded).rstrip() + "\n")


def _cells(row: dict, lang: str) -> tuple[str, ...]:
    words = WORDS[lang]
    status = OVERDUE_LABEL[lang] if row["overdue"] else words[row["status"]]
    late = str(row["overdue_workdays"]) if row["overdue"] else ""
    if row["percent"] and row["status"] not in ("done", "cancelled"):
        status += f" {row['percent']}%"
    return (str(row["meeting_id"]), str(row["number"]), cut(visible(row["task"]), 40),
            visible(row["owner_name"] or "-"), visible(row["department"] or "-"),
            (row["due"] or "-")[:16].replace("T", " "), status, late)


def _state(row: dict) -> str:
    return "overdue" if row["overdue"] else row["status"]


def width(text: str) -> int:
    """Terminal columns: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def cut(text: str, limit: int) -> str:
    """At most `limit` columns, with … where it was cut."""
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def write(rows, fmt: str, output: str | None, stdout, *, lang: str = "zh", color: bool = False) -> None:
    """Write in one format to `output` (a path) or stdout; .xlsx always goes to a file (default items.xlsx). `rows`
    may be an iterator (exports.iter_items): JSON and CSV write each row as it comes."""
    if fmt == "xlsx":
        from minutebot.admin.export_xlsx import write_xlsx
        write_xlsx(list(rows), output or "items.xlsx", lang)
        return
    with opened(fmt, output, stdout) as out:
        if fmt == "table":
            write_table(rows, out, lang, color=color and not output)
        else:
            {"json": write_json, "csv": write_csv}[fmt](rows, out, lang)


@contextmanager
def opened(fmt: str, output: str | None, stdout):
    """The stream a format is written to: the file `output`, closed after, or stdout."""
    # A CSV file gets a BOM so that Excel opens the Chinese in it as UTF-8; a pipe does not.
    out = open(output, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") if output else stdout
    try:
        yield out
    finally:
        if output:
            out.close()
