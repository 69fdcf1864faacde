"""Item numbers: the minutes' own where every item has one, else 1..n; a numbered list read twice counts once, and
items dropped as retold keep the numbers of the rest."""
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


def without(items: list[Item], written: dict[int, int], dropped: set[int]) -> tuple[list[Item], dict[int, int]]:
    """The items but the dropped ones (a chat message its 待办 list restates; in minutes an AI wrote, 钉钉闪记 or 飞书妙记,
    every item outside the 待办 section), with their written numbers; all of them when every one would go."""
    kept = [i for i in range(len(items)) if i not in dropped]
    if not kept:
        return items, written
    return [items[i] for i in kept], {new: written[old] for new, old in enumerate(kept) if old in written}
