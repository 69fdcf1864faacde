"""An extension asked as a span ('two more days on item 4', '第1项往后推两天', '顺延3个工作日') dated from the due date
the quoted recap shows for that item (or from the reply's day when that is later; see durations.counted_from).

    dated_spans(Reply('extend', (4,), commands=(ItemCommand('extend', (4,), reason='two more days'),)),
                lambda: {4: date(2025, 11, 11)}, date(2025, 11, 11), calendar).new_due_date   -> 2025-11-13

The quoted recap is read only when a span needs it (`quoted_dues` is called at most once). An extension with no item
number counts from the row its task words name among the quoted tasks ('場地佈置…申請延後3個工作日'; naming.py), else
from the one quoted row whose owner is the sender ('we need two more days' from the owner of one row), its items still
as written ([]); one that finds no single row, or whose items show different due dates, keeps no date. Either way the core counts the span again from the stored item (ItemCommand.from_span).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable

from parsers.dates.durations import counted_from, extension
from parsers.mail.hant import fold
from parsers.model import ItemCommand, Reply
from parsers.replies.naming import items_named

ROW = re.compile(r"^[>\s]*(?:\|\s*)?(\d{1,2})\s*(?:\||[.、)）](?!\d))", re.M)     # '> | 4 | 完成培训课件 |', '4. 完成…'


def dated_spans(reply: Reply, quoted_dues: Callable[[], dict[int, date | None]], today: date, calendar,
                quoted_tasks: Callable[[], dict[int, str]] = dict, own_rows: Callable[[], tuple[int, ...]] = tuple) -> Reply:
    """The reply with each span extension dated; unchanged when no command asks for a span."""
    if not any(_asks_span(command) for command in reply.commands):
        return reply
    dues = quoted_dues()
    unnumbered = any(not c.items for c in reply.commands if _asks_span(c))
    named = (_named(reply.text, quoted_tasks) or _one(own_rows())) if unnumbered else ()
    commands = tuple(_dated(command, dues, today, calendar, named) if _asks_span(command) else command
                     for command in reply.commands)
    main = next((c for c in commands if (c.intent, c.items) == (reply.intent, reply.items)), commands[0])
    return replace(reply, new_due_date=main.new_due_date, commands=commands)   # '完成了一半，第1项往后推两天': the extension


def _asks_span(command: ItemCommand) -> bool:
    return command.intent == "extend" and command.new_due_date is None and extension(command.reason) is not None


def _one(rows: tuple[int, ...]) -> tuple[int, ...]:
    return rows if len(rows) == 1 else ()


def _named(text: str, quoted_tasks: Callable[[], dict[int, str]]) -> tuple[int, ...]:
    """The one quoted row the reply's task words name, else ()."""
    named = items_named(fold(text), {number: fold(task) for number, task in quoted_tasks().items()})
    return named if len(named) == 1 else ()


def _dated(command: ItemCommand, dues: dict[int, date | None], today: date, calendar, named=()) -> ItemCommand:
    shown = {dues.get(number) for number in command.items or named}
    if len(shown) != 1:
        return command
    new_date = counted_from(extension(command.reason), shown.pop(), today, calendar)
    return replace(command, new_due_date=new_date, from_span=True)


def dues_by_row(dues: list[date | None], quoted: str) -> dict[int, date | None]:
    """The due dates of the quoted recap's items (in order) keyed by the numbers its rows show ('| 1 |', '| 4 |' when
    the quote was trimmed), or 1..n when the rows do not number each item once."""
    written = [int(n) for n in ROW.findall(quoted)]
    numbers = written if len(written) == len(dues) and len(set(written)) == len(written) else range(1, len(dues) + 1)
    return dict(zip(numbers, dues))
