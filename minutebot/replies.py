"""Replies to the bot's mail: find the meeting they answer and record them.

Matching order (SPEC 6.3): the signed token in the address the reply was sent to, then a token or a known
Message-ID in In-Reply-To/References, then the subject without Re:/回复: prefixes.
"""
from __future__ import annotations

from datetime import datetime

from minutebot import tokens
from minutebot.app import App
from parsers.model import ParsedMessage
from parsers.replies import strip_subject_prefixes


def find_meeting(msg: ParsedMessage, app: App) -> dict | None:
    for address in (p.email for p in (*msg.to, *msg.cc) if p.email):
        meeting_id = tokens.meeting_of(app.secret, address)
        if meeting_id:
            return app.store.meeting(meeting_id)
    thread = [m for m in (msg.in_reply_to, *msg.references) if m]
    for message_id in thread:
        meeting_id = tokens.meeting_of(app.secret, message_id)
        if meeting_id:
            return app.store.meeting(meeting_id)
    found = app.store.meeting_by_thread(thread)
    if found:
        return found
    title = strip_subject_prefixes(msg.subject)
    rows = list(app.store.db["meetings"].rows_where("title = ?", [title], order_by="id desc", limit=1))
    return rows[0] if rows else None


def record(msg: ParsedMessage, app: App, now: datetime) -> tuple[str, int | None]:
    """Keep the reply on its meeting's record. Acting on its commands builds on this (issue 5)."""
    meeting = find_meeting(msg, app)
    if not meeting:
        return "reply to no known meeting: kept in the ledger only", None
    app.store.add_event(at=now, action="reply_received", meeting_id=meeting["id"],
                        actor=msg.sender.email if msg.sender else "",
                        new={"intent": msg.reply.intent if msg.reply else "unknown",
                             "text": msg.reply.text if msg.reply else ""}, message_id=msg.message_id)
    return "reply recorded on the meeting", meeting["id"]
