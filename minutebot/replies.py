"""Replies to the bot's mail: find the meeting, apply each command the sender may give, answer once.

Matching order (SPEC 6.3): the signed token in the address the reply was sent to, then a token or a known
Message-ID in In-Reply-To/References, then the subject without Re:/回复: prefixes. Every reply is kept as an event;
accepted commands change items (commands.py); the sender gets one short acknowledgement, and the organizer is told at
once of objections and extensions.
"""
from __future__ import annotations

from datetime import datetime

from mailer.compose import Recipient
from minutebot import commands, mails, tokens
from minutebot.app import App
from parsers.model import ItemCommand, ParsedMessage
from parsers.replies.reader import strip_subject_prefixes

NOTIFY_ORGANIZER = ("object", "extend")


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
    subject = strip_subject_prefixes(msg.subject)
    rows = list(app.store.db["meetings"].rows_where("subject = ?", [subject], order_by="id desc", limit=1))
    return rows[0] if rows and subject else None


def record(msg: ParsedMessage, app: App, now: datetime) -> tuple[str, int | None]:
    meeting = find_meeting(msg, app)
    if not meeting:
        return "reply to no known meeting: nothing changed", None
    sender = msg.sender.email or ""
    app.store.add_event(at=now, action="reply_received", meeting_id=meeting["id"], actor=sender,
                        new={"intent": msg.reply.intent, "text": msg.reply.text[:2000]}, message_id=msg.message_id)
    wanted = _commands(msg)
    if not wanted:
        _answer(app, msg, meeting, now, "unclear", {})
        return "reply not understood: sent the accepted forms", meeting["id"]
    changes = _apply_all(wanted, msg, meeting, app, now)
    _answer(app, msg, meeting, now, "ack", {"changes": changes})
    _notify_organizer(app, msg, meeting, now, [c for c in changes if c.action in NOTIFY_ORGANIZER])
    done = sum(c.action not in ("refused", "unchanged") for c in changes)
    return f"reply: {done} change(s), {sum(c.action == 'refused' for c in changes)} refused", meeting["id"]


def _commands(msg: ParsedMessage) -> tuple[ItemCommand, ...]:
    reply = msg.reply
    if reply.commands:
        return reply.commands
    if reply.intent == "unknown":
        return ()
    return (ItemCommand(reply.intent, reply.items, reply.percent, reply.new_due_date, reply.text),)


def _apply_all(wanted, msg: ParsedMessage, meeting: dict, app: App, now: datetime) -> list[commands.Change]:
    sender, out = msg.sender.email or "", []
    for command in wanted:
        items = app.store.items(meeting["id"])
        chosen = commands.targets(command, items, sender, meeting["organizer_email"])
        if not chosen:
            out.append(commands.Change(0, "", "refused", reason="no_items"))
        for item in chosen:
            if commands.may_change(sender, item, meeting, app):
                out.append(commands.apply(command, item, app=app, meeting=meeting, actor=sender, now=now,
                                          message_id=msg.message_id))
            else:
                out.append(commands.Change(item["number"], item["task"], "refused", reason="not_allowed"))
    return out


def _answer(app: App, msg: ParsedMessage, meeting: dict, now: datetime, template: str, context: dict) -> None:
    sender = Recipient(msg.sender.name or "", msg.sender.email)
    mails.send(app, key=_answer_key(app, msg, meeting, now, template), template=template, to=[sender], now=now,
               meeting_id=meeting["id"], in_reply_to=msg.message_id, references=(*msg.references, msg.message_id),
               context={"title": meeting["title"], "reply_subject": mails.reply_subject(msg.subject),
                        "sender_name": msg.sender.name or msg.sender.email, **context})


def _answer_key(app: App, msg: ParsedMessage, meeting: dict, now: datetime, template: str) -> str:
    """One answer per reply; but someone with no say in the meeting (not its organizer, no item's owner or owner's
    manager) gets one notice a day at most, however many replies they or their autoresponder send (RFC 3834 §2)."""
    sender = (msg.sender.email or "").lower()
    if _has_say(sender, meeting, app):
        return f"{template}:{msg.message_id}"
    return f"stranger:{sender}:{now.date().isoformat()}"


def _has_say(sender: str, meeting: dict, app: App) -> bool:
    return sender == (meeting["organizer_email"] or "").lower() or any(
        commands.may_change(sender, item, meeting, app) for item in app.store.items(meeting["id"]))


def _notify_organizer(app: App, msg: ParsedMessage, meeting: dict, now: datetime, changes: list) -> None:
    organizer = meeting["organizer_email"]
    if not changes or organizer.lower() == (msg.sender.email or "").lower():
        return
    mails.send(app, key=f"notice:{msg.message_id}", template="organizer_notice",
               to=[Recipient(meeting["organizer_name"] or "", organizer)], now=now, meeting_id=meeting["id"],
               context={"title": meeting["title"], "reply_subject": mails.reply_subject(meeting["title"]),
                        "sender_name": msg.sender.name or msg.sender.email, "changes": changes})
