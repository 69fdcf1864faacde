"""THE path of one message, top to bottom: parse -> checks -> decide and record -> ledger, in one transaction.

    outcome = handle_message(raw, app, now)

Parsing is pure and happens before the transaction. Everything the message changes — meeting, items, events,
outgoing mail in the outbox, and the Message-ID ledger entry — commits together, so a crash at any line either
leaves no trace (the message is handled again) or the whole effect (the ledger skips it).
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime

from minutebot import checks, invites, minutes, replies
from minutebot.app import App
from minutebot.errors import MessageError
from parsers import parse_message
from parsers.mime import MailError
from parsers.model import ParsedMessage

log = logging.getLogger("minutebot.handle")

ACTIONS = {"minutes": minutes.record, "reply": replies.record, "other": invites.record_reply}


@dataclass(frozen=True)
class Outcome:
    message_id: str
    kind: str
    action: str
    meeting_id: int | None = None

    def __str__(self) -> str:
        meeting = f" meeting={self.meeting_id}" if self.meeting_id else ""
        return f"{self.message_id} kind={self.kind}{meeting} {self.action}"


def parse(raw: bytes, app: App) -> ParsedMessage:
    """The same parse `minutebot parse` prints; unreadable bytes become a MessageError (parked in Failed)."""
    try:
        return parse_message(raw, tz=app.tz, roster=app.roster, calendar=app.calendar,
                             bot_address=app.config.bot.address,
                             default_due_time=app.config.time_of("default_due_time"))
    except MailError as exc:
        raise MessageError(f"not a readable mail message: {exc}", "it was moved to Failed; nothing to fix") from None


def handle_message(raw: bytes, app: App, now: datetime) -> Outcome:
    msg = parse(raw, app)
    message_id = msg.message_id or synthetic_id(raw)
    with app.store.atomic():
        if app.store.seen(message_id):
            return Outcome(message_id, msg.kind, "already handled")
        reason = checks.first_reason(msg, app.config)
        action, meeting_id = (f"dropped: {reason}", None) if reason else ACTIONS[msg.kind](msg, app, now)
        app.store.mark_seen(message_id, at=now, kind=msg.kind, outcome=action, meeting_id=meeting_id,
                            sender=msg.sender.email if msg.sender else "", subject=msg.subject)
    return Outcome(message_id, msg.kind, action, meeting_id)


def synthetic_id(raw: bytes) -> str:
    """Mail without a Message-ID still needs a ledger key: the hash of its bytes."""
    return f"<sha256-{hashlib.sha256(raw).hexdigest()[:32]}@minutebot.invalid>"
