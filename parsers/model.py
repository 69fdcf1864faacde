"""What a parsed message is: plain frozen dataclasses whose `as_json()` is SPEC section 5.

Everything the parsers produce is one of these; the core stores and acts on them, and
`minutebot parse` prints them. Nothing here reads a clock, a file or a database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from parsers.frozen import quick_init

KINDS = ("minutes", "reply", "other", "auto")
INTENTS = ("confirm", "object", "done", "progress", "extend", "unknown")
FLAGS = ("vague_due", "no_owner", "no_due", "no_such_day", "weekday_mismatch")   # the last two: dates.due.Due.problem


@quick_init
@dataclass(frozen=True)
class Person:
    name: str | None
    email: str | None = None
    department: str | None = None

    def as_json(self) -> dict:
        return {"name": self.name, "email": self.email, "department": self.department}


@quick_init
@dataclass(frozen=True)
class FollowUp:
    start: datetime
    end: datetime | None = None
    location: str | None = None

    def as_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": _iso(self.end), "location": self.location}


@quick_init
@dataclass(frozen=True)
class Meeting:
    title: str
    ref: str | None = None
    held_at: datetime | None = None
    participants: tuple[Person, ...] = ()
    next_followup: FollowUp | None = None

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "ref": self.ref,
            "held_at": _iso(self.held_at),
            "participants": [{"name": p.name, "email": p.email} for p in self.participants],
            "next_followup": self.next_followup.as_json() if self.next_followup else None,
        }


@quick_init
@dataclass(frozen=True)
class Item:
    number: int
    owner: Person | None
    task: str
    due_date: date | None = None
    due_time: time | None = None        # only when the text gives a time
    due: datetime | None = None         # full deadline: default time applied
    due_text: str = ""
    flags: tuple[str, ...] = ()
    estimated: bool = False             # the working-day calendar for that year was a guess

    def as_json(self) -> dict:
        return {
            "number": self.number,
            "owner": self.owner.as_json() if self.owner else None,
            "task": self.task,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "due": _iso(self.due),
            "due_text": self.due_text,
            "flags": list(self.flags),
        }


@quick_init
@dataclass(frozen=True)
class ItemCommand:
    """One command found in a reply: what to do to which items."""
    intent: str
    items: tuple[int, ...] = ()
    percent: int | None = None
    new_due_date: date | None = None
    reason: str = ""
    from_span: bool = False     # new_due_date is a span counted from the due date the quoted recap shows


@quick_init
@dataclass(frozen=True)
class Reply:
    intent: str
    items: tuple[int, ...] = ()
    percent: int | None = None
    new_due_date: date | None = None
    text: str = ""
    commands: tuple[ItemCommand, ...] = ()   # several commands in one reply ("①已完成，③进度80%")

    def as_json(self) -> dict:
        return {
            "intent": self.intent,
            "items": list(self.items),
            "percent": self.percent,
            "new_due_date": self.new_due_date.isoformat() if self.new_due_date else None,
            "text": self.text,
        }


@quick_init
@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    kind: str
    subject: str
    sent_at: datetime | None
    sender: Person | None
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()           # addresses, for signed-token matching
    meeting: Meeting | None = None
    items: tuple[Item, ...] = ()
    reply: Reply | None = None
    auto_reason: str | None = None           # why kind is "auto" (header or shape that said so)
    calendar_reply: dict | None = None       # iTIP REPLY found in the message, if any
    auth_results: tuple = ()                 # parsers.mail.auth.AuthResult of each Authentication-Results header
    attachment: str | None = None            # the attached file(s) the items were read from (None: the body)
    unreadable: tuple[tuple[str, str], ...] = ()   # (filename, reason) of attachments that could not be read
    warnings: tuple[str, ...] = field(default=())
    sender_problem: str = ""                 # why the From names no one mailbox (sender is then None)

    def as_json(self) -> dict:
        return {
            "message_id": self.message_id,
            "kind": self.kind,
            "subject": self.subject,
            "sent_at": _iso(self.sent_at),
            "from": {"name": self.sender.name, "email": self.sender.email} if self.sender else None,
            "meeting": self.meeting.as_json() if self.meeting else None,
            "items": [i.as_json() for i in self.items],
            "reply": self.reply.as_json() if self.reply else None,
            "attachment": self.attachment,
            "unreadable_attachments": [{"file": name, "reason": reason} for name, reason in self.unreadable],
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
