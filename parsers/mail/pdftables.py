"""Ruled tables on a PDF page: the ruling lines give the grid, each text box falls in a cell, a cell's lines join.

    tables = ruled_tables(page)      # [Table(top, bottom, left, right, rows)], rows as tuples of cell texts

Pure geometry on the boxes and rules that parsers/mail/pdf.py took out of the page; top-down coordinates.
"""
from __future__ import annotations

from dataclasses import dataclass

SNAP = 2.5          # points: ruling lines this close are one line
THIN = 3.0          # a rectangle this thin is a ruling line, not a box


@dataclass(frozen=True)
class Box:
    """A run of text on one line, in points from the page's top-left corner."""
    left: float
    right: float
    top: float
    bottom: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


@dataclass(frozen=True)
class Rule:
    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Table:
    top: float
    bottom: float
    left: float
    right: float
    columns: tuple[float, ...]                # x of each vertical ruling line
    rows: tuple[tuple[str, ...], ...]


def ruled_tables(boxes: list[Box], rules: list[Rule]) -> list[Table]:
    """Each group of touching ruling lines with text inside and at least two columns and rows is a table."""
    tables = []
    for group in _touching(rules):
        table = _table(group, boxes)
        if table:
            tables.append(table)
    return tables


def inside(box: Box, table: Table) -> bool:
    return table.left - SNAP <= box.centre <= table.right + SNAP and table.top - SNAP <= box.middle <= table.bottom + SNAP


def join_lines(parts: list[str]) -> str:
    """Lines of one cell or paragraph as one text: no space where either side is Chinese, one between words."""
    out = ""
    for part in (p.strip() for p in parts):
        if out and part and out[-1].isascii() and part[0].isascii() and not out.endswith("-"):
            out += " "
        out += part
    return out


def _touching(rules: list[Rule]) -> list[list[Rule]]:
    """Rules grouped by touching (union-find on overlapping bounding boxes, sorted sweep)."""
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    order = sorted(range(len(rules)), key=lambda i: rules[i].top)
    for n, i in enumerate(order):
        a = rules[i]
        for j in order[n + 1:]:
            b = rules[j]
            if b.top > a.bottom + SNAP:
                break
            if b.left <= a.right + SNAP and a.left <= b.right + SNAP:
                parent[root(i)] = root(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(root(i), []).append(rule)
    return list(groups.values())


def _table(group: list[Rule], boxes: list[Box]) -> Table | None:
    xs = _snap([x for r in group for x in _verticals(r)])
    ys = _snap([y for r in group for y in _horizontals(r)])
    if len(xs) < 3 or len(ys) < 3:
        return None
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    grid: dict[tuple[int, int], list[Box]] = {}
    for box in boxes:
        if left - SNAP <= box.centre <= right + SNAP and top - SNAP <= box.middle <= bottom + SNAP:
            grid.setdefault((_slot(ys, box.middle), _slot(xs, box.centre)), []).append(box)
    if not grid:
        return None
    rows = []
    for r in range(len(ys) - 1):
        cells = tuple(join_lines([b.text for b in sorted(grid.get((r, c), []), key=lambda b: (b.top, b.left))])
                      for c in range(len(xs) - 1))
        if any(cells):
            rows.append(cells)
    return Table(top, bottom, left, right, tuple(xs), tuple(rows))


def _verticals(rule: Rule) -> tuple[float, ...]:
    """The x of the vertical lines a rule draws: its middle when thin, both edges when a box."""
    if rule.right - rule.left <= THIN:
        return ((rule.left + rule.right) / 2,) if rule.bottom - rule.top > THIN else ()
    return (rule.left, rule.right) if rule.bottom - rule.top > THIN else ()


def _horizontals(rule: Rule) -> tuple[float, ...]:
    if rule.bottom - rule.top <= THIN:
        return ((rule.top + rule.bottom) / 2,) if rule.right - rule.left > THIN else ()
    return (rule.top, rule.bottom) if rule.right - rule.left > THIN else ()


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _slot(edges: list[float], at: float) -> int:
    """Which interval between consecutive edges holds `at` (clamped to the first and last)."""
    for n in range(len(edges) - 1):
        if at < edges[n + 1]:
            return n
    return len(edges) - 2
