"""HTML tables as grids: a table's own rows and cells, rowspan/colspan expanded, within a document's cell budget."""
from __future__ import annotations

import re

Rows = tuple[tuple[str, ...], ...]
MAX_SPAN = 200                     # rowspan/colspan beyond this are typos or attacks, not tables
HIDDEN = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden", re.I)


class Budget:
    """Table cells a document may still expand into, and lines it may still write (None: any number); shared by the
    readers of one document."""

    def __init__(self, cells: int, lines: int | None = None):
        self.left = cells
        self.lines = lines


def hidden(element) -> bool:
    style = element.get("style")
    return bool(style) and ("display" in style or "mso-hide" in style or "visibility" in style) and \
        bool(HIDDEN.search(style))


def has_nested_table(table) -> bool:
    return any(True for _ in table.iterdescendants("table"))


def rows_of(table) -> list:
    """The table's own <tr>s (in thead/tbody/tfoot or directly), not those of tables inside it."""
    return [row for row in table.iterdescendants("tr") if owner_table(row) is table]


def cells_of(table) -> list:
    return [cell for row in rows_of(table) for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def table_grid(table, cell_text, budget: Budget) -> Rows:
    """Rows of cell texts with rowspan/colspan expanded; rows with no text at all dropped. Reading stops where the
    document's cell budget is spent: later rows and columns are left out."""
    grid: dict[tuple[int, int], str] = {}
    width = 0
    rows = rows_of(table)
    for r, row in enumerate(rows):
        if len(grid) >= budget.left:
            rows = rows[:r]
            break
        c = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            if hidden(cell):
                continue
            while (r, c) in grid:
                c += 1
            text = cell_text(cell)
            rowspan = min(span(cell.get("rowspan")), MAX_SPAN, len(rows) - r)
            colspan = min(span(cell.get("colspan")), MAX_SPAN)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid.setdefault((r + dr, c + dc), text)
            c += colspan
            width = max(width, c)
            if len(grid) >= budget.left:
                break
    width = min(width, max(1, budget.left // max(1, len(rows))))
    budget.left = max(0, budget.left - len(grid))
    out = []
    for r in range(len(rows)):
        row = tuple(grid.get((r, c), "") for c in range(width))
        if any(cell.strip() for cell in row):
            out.append(row)
    return tuple(out)


def span(value: str | None) -> int:
    if not value or value == "1":
        return 1
    try:
        return max(1, int(re.sub(r"\D", "", value or "") or 1))
    except ValueError:
        return 1
