"""How a mail that lists items names them, so that a reply to it can say 第3项 and mean what the reader saw.

Items of one meeting keep the meeting's own numbers and the reply goes to that meeting's token. Items of several
meetings (a chase, a digest or a weekly report across meetings) are numbered 1..N in the order the mail shows them;
the list is stored, and the mail's Reply-To and Message-ID carry a signed list token (tokens.py) that finds it again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minutebot import tokens
from minutebot.app import App


@dataclass(frozen=True)
class Numbering:
    numbers: dict[int, int]          # item id -> the number the mail shows
    meeting_id: int | None           # the one meeting, when the mail covers one
    token: str                       # the signed token of the list, when it covers several ("" otherwise)

    def of(self, item: dict) -> int:
        return self.numbers[item["id"]]


def number_items(app: App, items: list[dict], now: datetime) -> Numbering:
    """Call inside the transaction that queues the mail, so the list and the mail commit together."""
    meetings = {item["meeting_id"] for item in items}
    if len(meetings) <= 1:
        return Numbering({item["id"]: item["number"] for item in items}, next(iter(meetings), None), "")
    ids = list(dict.fromkeys(item["id"] for item in items))
    list_id = app.store.add_mail_list(ids, now)
    return Numbering({item_id: n for n, item_id in enumerate(ids, 1)}, None,
                     tokens.make_list_token(app.secret, list_id))


def listed_items(app: App, list_id: int) -> list[dict]:
    """The items of a stored list, each with 'number' set to the number the mail showed."""
    out = []
    for number, item_id in enumerate(app.store.mail_list(list_id), 1):
        item = app.store.item(item_id)
        if item:
            out.append({**item, "number": number, "meeting_number": item["number"]})
    return out
