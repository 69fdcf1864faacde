"""An owner cell that names one person a step ('①丘美玲/廖志强 ②廖志强/罗锦辉' beside '①留样复检…；②调整灌装温度…'):
each step is its person's, as a due cell that numbers its steps gives each step its day."""
from __future__ import annotations

from collections.abc import Callable

from parsers.minutes.owning.owners import Owner


def owner_each(steps: list[tuple[str, Owner | None]], parts: list[str],
               read: Callable[[str], Owner | None]) -> list[tuple[str, Owner | None]]:
    """`steps` (a step and its owner) with the owner the owner cell's `parts` give it, when there are as many parts
    as steps and each names someone `read` knows; else as they are."""
    owners = [read(part) for part in parts] if len(parts) == len(steps) else []
    if not owners or not all(owners):
        return steps
    return [(step, owner) for (step, _), owner in zip(steps, owners)]
