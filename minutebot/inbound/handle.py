"""THE path of one message, top to bottom: parse -> checks -> decide and record -> ledger, in one transaction.

    outcome = handle_message(raw, app, now)

Parsing is pure and happens before the transaction. Everything the message changes — meeting, items, events,
outgoing mail in the outbox, and the Message-ID ledger entry — commits together, so a crash at any line either
leaves no trace (the message is handled again) or the whole effect (the ledger skips it).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from minutebot.inbound import checks
from minutebot.workflow import minutes, replies, unreadable
from minutebot.app import App
from minutebot.errors import MessageError
from minutebot.faults import maybe_crash
from parsers import parse_message
from parsers.message import BODY_FAILED
from parsers.mail.mime import MailError
from parsers.model import ParsedMessage

log = logging.getLogger("minutebot.inbound.handle")

ALREADY = "already handled"             # the action of a message the ledger has seen
ACTIONS = {"minutes": minutes.record, "reply": replies.record, "other": unreadable.record}


@dataclass(frozen=True)
class Outcome:
    """What one message did. Its str() is the operator's log line, one per message, in a stable key=value form:

        message=<m1@example.cn> kind=minutes meeting=12 items=1,2,3 action="minutes: 3 items"
    """
    message_id: str
    kind: str
    action: str
    meeting_id: int | None = None
    items: tuple[int, ...] = ()          # the item numbers the message carries (minutes) or names (reply)

    def __str__(self) -> str:
        items = ",".join(map(str, self.items)) or "-"
        return (f"message={_token(self.message_id)} kind={self.kind} meeting={self.meeting_id or '-'} "
                f"items={items} action={json.dumps(self.action, ensure_ascii=False)}")


def _token(text: str) -> str:
    """A Message-ID as one token: no spaces or control characters, so the line splits on spaces."""
    return re.sub(r"[\s\x00-\x1f\x7f]+", "_", text or "") or "-"


def parse(raw: bytes, app: App) -> ParsedMessage:
    """The same parse `minutebot parse` prints; unreadable bytes, or a body the reader failed on (a parser error,
    which `parse` reports as a warning), become a MessageError: parked in Failed, never taken for mail of no kind."""
    try:
        msg = parse_message(raw, tz=app.tz, roster=app.roster, calendar=app.calendar,
                            bot_address=app.config.bot.address,
                            default_due_time=app.config.time_of("default_due_time"), limits=app.config.limits)
    except MailError as exc:
        raise MessageError(f"not a readable mail message: {exc}", "it was moved to Failed; nothing to fix") from None
    failed = [w for w in msg.warnings if w.startswith(BODY_FAILED)]
    if failed:
        raise MessageError(failed[0], "it was moved to Failed: a parser error; `minutebot parse` on the file shows "
                                      "it, and the message can be moved back to the inbox once it is fixed")
    return msg


def handle_message(raw: bytes, app: App, now: datetime) -> Outcome:
    msg = parse(raw, app)
    message_id = msg.message_id or synthetic_id(raw)
    maybe_crash("handle.parsed")
    with app.store.atomic():
        if app.store.seen(message_id) or app.store.seen(refused_key(message_id, raw)):
            return Outcome(message_id, msg.kind, ALREADY)
        reason = checks.first_reason(msg, app.config)
        action, meeting_id = (f"dropped: {reason}", None) if reason else ACTIONS[msg.kind](msg, app, now)
        maybe_crash("handle.decided")
        app.store.mark_seen(refused_key(message_id, raw) if reason else message_id, at=now, kind=msg.kind,
                            outcome=action, meeting_id=meeting_id,
                            sender=msg.sender.email if msg.sender else "", subject=msg.subject)
    maybe_crash("handle.committed")
    return Outcome(message_id, msg.kind, action, meeting_id, () if reason else items_named(msg))


def items_named(msg: ParsedMessage) -> tuple[int, ...]:
    """Minutes: the numbers of their items; a reply: the numbers its commands name (none: the sender's own)."""
    if msg.kind == "minutes":
        return tuple(item.number for item in msg.items)
    if msg.kind == "reply" and msg.reply:
        named = set(msg.reply.items) | {n for command in msg.reply.commands for n in command.items}
        return tuple(sorted(named))
    return ()


def refused_key(message_id: str, raw: bytes) -> str:
    """The ledger key of a dropped message: its Message-ID and a hash of its bytes. Anyone can copy a Message-ID, so
    a refused copy sent first must not make the real message 'already handled' (the same bytes again are)."""
    return f"{message_id} refused:{hashlib.sha256(raw).hexdigest()[:16]}"


def synthetic_id(raw: bytes) -> str:
    """Mail without a Message-ID still needs a ledger key: the hash of its bytes."""
    return f"<sha256-{hashlib.sha256(raw).hexdigest()[:32]}@minutebot.invalid>"
