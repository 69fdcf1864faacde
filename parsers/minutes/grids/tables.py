"""Tables of minutes: find the header (one or two rows, columns in any order), then read each row as a record.

    序号 | 事项 | 负责信息        | 截止时间 | 状态        a two-row header: 负责信息 spans 负责部门 + 负责人;
         |      | 负责部门 | 负责人 |          |            rowspan/colspan arrive expanded (mime.Mail.tables)

A table without a header is read by what its cells hold (headerless.py); one that is no item table either comes back as lines ('沟通时间：…' from a
two-column info table), so the line readers still see its facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.minutes.grids.columns import (BARE_TIME_RANK, DEPT, DUE, HELD, OWNER, TASK, best_columns, column_role,
                                     header_roles, is_header, lead_columns, named_not_ours)
from parsers.context import Context
from parsers.model import Item
from parsers.minutes.grids.headerless import headerless_records, names_person
from parsers.minutes.grids.records import Record, record_items

Rows = tuple[tuple[str, ...], ...]
BLANK = " -—–/／"                       # what an empty cell may still hold
INDEX_THEN_LABEL = re.compile(r"^(?P<index>序号|编号|No\.?|#)\s+(?P<label>\S.{0,15})$", re.I)


@dataclass(frozen=True)
class TableRead:
    items: tuple[Item, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()    # (header, cell) of every row: meeting facts such as 下次沟通时间
    lines: tuple[str, ...] = ()                # a table that holds no items, as text lines


def read_table(rows: Rows, ctx: Context) -> TableRead:
    rows = tuple(tuple(" ".join(c.split()) if "\n" not in c else c.strip() for c in row) for row in rows)
    rows = tuple(row for row in rows if any(c.strip() for c in row))
    rows = tuple(_unglued(row) if i < 4 else row for i, row in enumerate(rows))
    start = next((i for i, row in enumerate(rows[:4]) if is_header(row) and not names_person(row, ctx)), None)
    if start is None:
        records = headerless_records(rows, ctx)           # '张海｜完成…维修｜截止 10-10': columns told by their cells
        if records:
            return TableRead(tuple(item for record in records for item in record_items(record, ctx)))
        return TableRead(lines=tuple(table_lines(rows)))
    header, body = _header(rows, start)
    roles = header_roles(header)
    columns = best_columns(roles)
    if DUE not in columns and HELD in columns and roles[columns[HELD]][1] == BARE_TIME_RANK:
        columns[DUE] = columns.pop(HELD)           # '事项 | 负责人 | 时间': in an item table the time is the due
    if OWNER not in columns and DEPT not in columns:
        columns.update(_people_column(header, roles, body, ctx))   # '司机', '班组长': a job title over names
    joined = lead_columns(header)
    fallback = sorted((i for i, role in enumerate(roles) if role and role[0] == TASK and i != columns.get(TASK)),
                      key=lambda i: roles[i][1])
    items: list[Item] = []
    pairs: list[tuple[str, str]] = []
    for row in body:
        if row == header or len(row) < 2 or all(column_role(c) for c in row if c.strip()):
            continue                                       # a repeated or a left-over header row
        row_pairs = tuple((header[i], cell) for i, cell in enumerate(row) if i < len(header) and cell.strip())
        pairs.extend(row_pairs)
        values = {role: row[i] for role, i in columns.items() if i < len(row)}
        if TASK in columns and not values.get(TASK, "").strip(BLANK):     # '问题描述 | … | 解决方案': no 解决方案 yet,
            values[TASK] = next((row[i] for i in fallback if i < len(row) and row[i].strip(BLANK)), values.get(TASK, ""))   # the problem
        if joined:
            values[TASK] = _joined_task(header, row, joined)
        if OWNER in values:
            values[OWNER] = _lead_noted(values[OWNER], row)
        items.extend(record_items(Record(values, row_pairs), ctx))
    return TableRead(tuple(items), tuple(pairs), tuple(table_lines(rows[:start])))


def _lead_noted(owners: str, row: tuple[str, ...]) -> str:
    """'常亮/王瑞' with '常亮主责' in another cell of the row (a 备注): the one that cell says leads; else the cell."""
    names = [name.strip() for name in re.split(r"[/／、,，;；]", owners) if name.strip()]
    lead = [name for name in names if len(names) > 1 and
            any(re.search(re.escape(name) + r"\s*(?:主责|牵头|负责)", cell) for cell in row if cell != owners)]
    return lead[0] if len(lead) == 1 else owners


def _unglued(row: tuple[str, ...]) -> tuple[str, ...]:
    """'序号 事项 | 负责人 | …' (a PDF's narrow first column run into the next one): the two header cells it holds."""
    glued = INDEX_THEN_LABEL.match(row[0].strip()) if row else None
    if glued and column_role(glued.group("label")):
        return (glued.group("index"), glued.group("label")) + row[1:]
    return row


def _joined_task(header: tuple[str, ...], row: tuple[str, ...], joined: list[int]) -> str:
    """The cells of the task's columns as one task ('YF-CI12-BLK 12寸铸铁锅 黑 补货数量2400'): a bare number
    keeps its header, which says what it counts."""
    cells = [(header[i], row[i].strip()) for i in joined if i < len(row) and row[i].strip()]
    return " ".join(f"{label}{cell}" if re.fullmatch(r"[\d,.]+", cell) else cell for label, cell in cells)


def table_lines(rows: Rows) -> list[str]:
    """Rows of a table that is no item table, as lines: 'label：value' for two columns, else the cells."""
    out: list[str] = []
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        cells = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]     # colspan repeats
        if len(cells) == 2 and len(cells[0]) <= 12 and "\n" not in cells[0]:
            out.append(f"{cells[0]}：{cells[1]}")
        else:
            out.extend(line for cell in cells for line in cell.splitlines())
    return out


def _people_column(header: tuple[str, ...], roles: list, body: Rows, ctx: Context) -> dict[str, int]:
    """{OWNER: index} of the one column of no role (a job title: 司机, 班组长) whose filled cells mostly name known
    people, else {}. A column that says whose it is otherwise (发起人, 参与人) is never the owner's."""
    people = [index for index, role in enumerate(roles) if role is None and not named_not_ours(header[index])
              and _names_people(index, body, ctx)]
    return {OWNER: people[0]} if len(people) == 1 else {}


def _names_people(index: int, body: Rows, ctx: Context) -> bool:
    cells = [row[index].strip() for row in body if index < len(row) and row[index].strip(" —-/")]
    return bool(cells) and 2 * sum(bool(ctx.roster.resolve(cell, ctx.known)) for cell in cells) > len(cells)


def _header(rows: Rows, start: int) -> tuple[tuple[str, ...], Rows]:
    """The header row, merged with a second header row below it when there is one (负责信息 -> 负责部门/负责人)."""
    header = rows[start]
    following = rows[start + 1] if start + 1 < len(rows) else ()
    if following and len(following) == len(header) and _second_header(header, following):
        merged = tuple(low if column_role(low) else high for high, low in zip(header, following))
        return merged, rows[start + 2:]
    return header, rows[start + 1:]


def _second_header(header: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """A row that repeats or refines the header (its new cells are all header words) rather than data."""
    new = [cell for top, cell in zip(header, row) if cell.strip() and cell != top]
    return bool(new) and all(column_role(cell) for cell in new)
