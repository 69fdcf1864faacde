"""How a mail that lists items names them, so that a reply to it can say 第3项 — or just 已完成 — and mean what the
reader saw.

Items of one meeting keep the meeting's own numbers; items of several meetings (a chase, a digest or a weekly report
across meetings) are numbered 1..N in the order the mail shows them. A mail to an owner (reminder, chase,
escalation) or one that spans meetings stores its list, and its Reply-To and Message-ID carry a signed list token
(tokens.py) that finds the list again: a reply with no number is about the items that mail listed, not every item the
sender has. A mail for a person to read (a chase, an escalation, a digest) lists at most LISTED items, the most
overdue first, and says how many more there are (most_overdue).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minutebot.workflow import tokens
from minutebot.app import App

LISTED = 30                      # items a mail lists at most; the rest is one line: how many, and where to see them


@dataclass(frozen=True)
class Numbering:
    numbers: dict[int, int]          # item id -> the number the mail shows
    meeting_id: int | None           # the one meeting, when the mail covers one
    token: str                       # the signed token of the stored list ("" when none was stored)

    def of(self, item: dict) -> int:
        return self.numbers[item["id"]]


def most_overdue(items: list, due=lambda item: item["due"] or "") -> tuple[list, int]:
    """The LISTED items (or pairs: `due` reads the item) due first, and how many more there are."""
    ordered = sorted(items, key=due)
    return ordered[:LISTED], max(0, len(ordered) - LISTED)


def number_items(app: App, items: list[dict], now: datetime, *, scoped: bool = False) -> Numbering:
    """Number the items as the mail will show them; store the list when the mail spans meetings or is `scoped` (its
    replies are about these items only). Call inside the transaction that queues the mail."""
    meetings = {item["meeting_id"] for item in items}
    one = next(iter(meetings)) if len(meetings) == 1 else None
    ids = list(dict.fromkeys(item["id"] for item in items))
    if one is not None:
        numbers = {item["id"]: item["number"] for item in items}
    else:
        numbers = {item_id: n for n, item_id in enumerate(ids, 1)}
    if one is not None and not scoped:
        return Numbering(numbers, one, "")
    list_id = app.store.add_mail_list([(item_id, numbers[item_id]) for item_id in ids], now)
    return Numbering(numbers, one, tokens.make_list_token(app.secret, list_id))


def listed_items(app: App, list_id: int) -> list[dict]:
    """The items of a stored list, each with 'number' set to the number the mail showed."""
    out = []
    for item_id, number in app.store.mail_list(list_id):
        item = app.store.item(item_id)
        if item:
            out.append({**item, "number": number, "meeting_number": item["number"]})
    return out
