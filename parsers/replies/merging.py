"""One command per intent and value, as a reply's sentences gave them: '确认无异议' is one confirm, '①已完成，②已完成' one
done for [1, 2], '需要延期：…' then '申请延期至10月10日' one extension (the day given once)."""
from __future__ import annotations

from dataclasses import replace

from parsers.model import ItemCommand


def merge(commands: list[tuple[ItemCommand, bool]]) -> list[ItemCommand]:
    """One command per intent and value: '确认无异议' is one confirm, '①已完成，②已完成' one done for [1, 2];
    an OK/没问题 without items yields to any other command ('OK, item 2 is done')."""
    if any(command.intent != "confirm" for command, weak in commands if not weak):
        commands = [(command, weak) for command, weak in commands if not weak or command.items]
    merged: list[ItemCommand] = []
    for command, _ in commands:
        twin = next((i for i, m in enumerate(merged) if _same_kind(m, command)), None)
        if twin is None:
            merged.append(command)
        else:
            first = merged[twin]
            merged[twin] = replace(first, items=tuple(dict.fromkeys(first.items + command.items)),
                                   percent=_either(first.percent, command.percent),
                                   new_due_date=_either(first.new_due_date, command.new_due_date),
                                   reason=first.reason or command.reason)
    return merged


def _same_kind(first: ItemCommand, later: ItemCommand) -> bool:
    """Same intent, values that agree (one may be missing: '进行中，进度60%'); confirm and done join their items,
    the others only for the same items ('①进行中，③进度50%' stays two commands)."""
    if first.intent != later.intent:
        return False
    if any(None not in pair and pair[0] != pair[1] for pair in ((first.percent, later.percent),
                                                              (first.new_due_date, later.new_due_date))):
        return False
    return first.intent in ("confirm", "done") or not later.items or not first.items or first.items == later.items


def _either(first, later):
    return first if first is not None else later
