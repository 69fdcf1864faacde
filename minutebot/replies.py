"""Replies to the bot's mail: find the meeting, apply each command the sender may give, answer once.

Matching order (SPEC 6.3): the signed token in the address the reply was sent to, then a token or a known
Message-ID in In-Reply-To/References, then the subject without Re:/回复: prefixes. Every reply is kept as an event;
accepted commands change items (commands.py); the sender gets one short acknowledgement, and the organizer is told at
once of objections and extensions.

A done/progress/extend/object with no item number is about the item its words name among the sender's own open
items ('报价单那个已经发给客户了'; naming.py), else the sender's only open item; with several or none named, or an
extension with no date or span, nothing changes and the sender is asked in one line which item, or which date.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from mailer.compose import Recipient
from minutebot import commands, mails, tokens
from minutebot.app import App
from parsers.dates.durations import extension
from parsers.model import ItemCommand, ParsedMessage
from parsers.replies.naming import items_named
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
        _answer(app, msg, meeting, now, "unclear", {"question": "", "choices": []})
        return "reply not understood: sent the accepted forms", meeting["id"]
    wanted, question, choices = _resolve(wanted, msg, meeting, app)
    if not wanted:
        _answer(app, msg, meeting, now, "unclear", {"question": question, "choices": choices})
        return f"reply changes nothing: asked which {question}", meeting["id"]
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


def _resolve(wanted, msg: ParsedMessage, meeting: dict, app: App) -> tuple[list[ItemCommand], str, list[dict]]:
    """The commands with their items found (see the module docstring); and when none is left, what to ask
    ("item" or "date") with the items the sender may mean."""
    sender, kept = (msg.sender.email or "").lower(), []
    question, choices = "", []
    for command in wanted:
        pool = _open_items(command, meeting, app, sender)
        if not command.items and command.intent != "confirm":
            named = items_named(msg.reply.text, {i["number"]: i["task"] for i in pool})
            if len(named) != 1 and len(pool) != 1:
                question, choices = question or "item", [i for i in pool if not named or i["number"] in named] or pool
                continue
            command = replace(command, items=named if len(named) == 1 else (pool[0]["number"],))
        if command.intent == "extend" and not command.new_due_date and not extension(command.reason or ""):
            question, choices = "date", [i for i in pool if i["number"] in command.items]
            continue
        kept.append(command)
    return kept, question, choices


def _open_items(command: ItemCommand, meeting: dict, app: App, sender: str) -> list[dict]:
    """The sender's own items still open for the command (all open items when the sender owns none)."""
    closed = ("cancelled",) if command.intent == "object" else ("done", "cancelled")
    live = [i for i in app.store.items(meeting["id"]) if i["status"] not in closed]
    own = [i for i in live if (i.get("owner_email") or "").lower() == sender]
    return own or live


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
