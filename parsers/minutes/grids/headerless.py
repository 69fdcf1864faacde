"""Item tables written without a header row, their columns told by what the cells hold:

    ☐ 张海｜完成2台冷链车维修｜截止 2026-10-10       a column of people we know (roster or headers), a column of
    ☐ 王秀兰｜十月奶款发放明细表｜截止 下周一          due days (or 待定), and the longest text besides: the task

A table with no column naming a person we know on every row, or no text long enough to be work, is no item table (tables.read_table then
gives its rows back as lines)."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import find_all_dues
from parsers.minutes.grids.columns import DUE, OWNER, TASK, column_role
from parsers.minutes.grids.records import Record
from parsers.minutes.owning.spaced_owner import BARE_DAY     # '11/10': a day alone in its cell

Rows = tuple[tuple[str, ...], ...]
MARKS = re.compile(r"^[\s☐☑☒✅✔✓□■▢◻◼•·\-*]+")       # a box or bullet before a row's first cell
DUE_LABEL = re.compile(r"^\s*(?:截止(?:时间|日期)?|期限|完成时间|due|deadline|by)\s*[:：]?\s*", re.I)
UNDECIDED = re.compile(r"^\s*(?:待定|待确认|tbd|tbc)\s*$", re.I)
LEAST_TASK = 4                   # characters a task cell holds at the least, on average


def headerless_records(rows: Rows, ctx: Context) -> list[Record] | None:
    """One record per row when the columns read as owner, task (and due); None when they do not."""
    if len(rows) < 2 or ctx.sent is None:
        return None
    rows = tuple(tuple(MARKS.sub("", cell) if index == 0 else cell for index, cell in enumerate(row)) for row in rows)
    width = max(len(row) for row in rows)
    if not 2 <= width <= 6:
        return None
    owner = _column(rows, width, lambda cell: _is_person(cell, ctx))
    if owner is None or not all(owner < len(row) and _is_person(row[owner], ctx) for row in rows):
        return None                       # every row names its owner (a first row that does not is a header we do not know)
    due = _column(rows, width, lambda cell: _is_due(cell, ctx), skip={owner})
    task = _task_column(rows, width, skip={owner, due})
    if task is None:
        return None
    return [Record({OWNER: row[owner], TASK: row[task], **({DUE: DUE_LABEL.sub("", row[due])} if due is not None
                                                           and due < len(row) else {})})
            for row in rows if task < len(row)]


def _column(rows: Rows, width: int, holds, skip=frozenset()) -> int | None:
    """The first column (not in `skip`) whose filled cells mostly hold what `holds` says."""
    for index in range(width):
        cells = [row[index].strip() for row in rows if index < len(row) and row[index].strip()]
        if index not in skip and cells and 3 * sum(map(holds, cells)) >= 2 * len(cells):
            return index
    return None


def _task_column(rows: Rows, width: int, skip) -> int | None:
    """The column of the longest cells, when they are long enough to say some work."""
    lengths = {index: sum(len(row[index].strip()) for row in rows if index < len(row)) / len(rows)
               for index in range(width) if index not in skip}
    best = max(lengths, key=lengths.get, default=None)
    return best if best is not None and lengths[best] >= LEAST_TASK else None


def names_person(row: tuple[str, ...], ctx: Context) -> bool:
    """A row with a cell that is a person we know: data, never a header ('孙浩｜…｜截止 待定' has a label in it)."""
    return any(not column_role(cell) and _is_person(MARKS.sub("", cell), ctx) for cell in row)


def _is_person(cell: str, ctx: Context) -> bool:
    return len(cell) <= 20 and bool(ctx.roster.resolve(cell, ctx.known))


def _is_due(cell: str, ctx: Context) -> bool:
    text = DUE_LABEL.sub("", cell)
    return bool(UNDECIDED.match(text) or DUE_LABEL.match(cell) or BARE_DAY.fullmatch(text.strip()) or
                find_all_dues(text, ctx.sent, ctx.calendar, ctx.holiday))
