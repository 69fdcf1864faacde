"""Item numbers: the minutes' own where every item has one, else 1..n; a numbered list read twice counts once."""
from __future__ import annotations

from parsers.frozen import quick_replace
from parsers.model import Item


def number(items: list[Item], written: dict[int, int] | None = None) -> tuple[Item, ...]:
    """Every item, also one whose task repeats another's, numbered as the minutes number them when each item has
    its own written number (1, 3, 4 when 2 was done), else 1..n in order of appearance. Only the same numbered
    list read twice (the minutes pasted into two parts of one mail) repeats an item: same number, task, owner, due."""
    written = written or {}
    seen: set[tuple] = set()
    kept: list[tuple[Item, int | None]] = []
    for index, item in enumerate(items):
        key = (written.get(index), item.task, item.owner, item.due)
        if key[0] is not None and key in seen:
            continue
        seen.add(key)
        kept.append((item, written.get(index)))
    items = [item for item, _ in kept]
    numbers = [n for _, n in kept]
    if None in numbers or len(set(numbers)) != len(numbers):
        numbers = list(range(1, len(items) + 1))
    return tuple(quick_replace(item, number=n) for item, n in zip(items, numbers))
