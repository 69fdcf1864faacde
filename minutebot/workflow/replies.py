"""Replies to the bot's mail: find the meeting, apply each command the sender may give, answer once.

Matching order (SPEC 6.3): the signed token in the address the reply was sent to, then a token or a known
Message-ID in In-Reply-To/References, then the subject without Re:/回复: prefixes. Every reply is kept as an event;
accepted commands change items (commands.py); the sender gets one short acknowledgement, and the organizer is told at
once of objections and extensions.

A done/progress/extend/object with no item number is about the item its words name among the sender's own open
items ('报价单那个已经发给客户了', or by meaning 'the quotation is sent': naming.py with glossary.py's senses), else the
sender's only open item; with several or none named, or an extension with no date or span, nothing changes and the
sender is asked in one line which item, or which date — in the acknowledgement of the commands that did apply, when
some did ('第1项已完成，另外申请延期': item 1 done, and which item is to be extended?).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from mailer.compose import Recipient
from minutebot.workflow import commands, glossary, lists, mails, tokens
from minutebot.app import App
from parsers.dates.durations import extension
from parsers.model import ItemCommand, ParsedMessage
from parsers.replies.naming import items_named
from parsers.replies.reader import strip_subject_prefixes

NOTIFY_ORGANIZER = ("object", "extend", "withdraw")


@dataclass(frozen=True)
class Scope:
    """What a reply can name: one meeting's items by their numbers, and, when the replied-to mail stored the items
    it listed (a reminder, chase or escalation, or any mail spanning meetings: lists.py), those items."""
    meeting: dict | None                 # the one meeting, when every item in question belongs to one
    list_id: int | None = None           # the stored list of the mail replied to, if it stored one

    def items(self, app: App) -> list[dict]:
        """Every item a number in the reply may name: the meeting's, or the list's when it spans meetings."""
        if self.meeting:
            return app.store.items(self.meeting["id"])
        return lists.listed_items(app, self.list_id)

    def listed(self, app: App) -> list[dict]:
        """The items a reply with no number is about: those the replied-to mail listed, else the meeting's."""
        return lists.listed_items(app, self.list_id) if self.list_id is not None else self.items(app)

    def meeting_of(self, item: dict, app: App) -> dict:
        return self.meeting if self.meeting else app.store.meeting(item["meeting_id"])

    @property
    def meeting_id(self) -> int | None:
        return self.meeting["id"] if self.meeting else None

    def token(self, app: App) -> str:
        return tokens.make_list_token(app.secret, self.list_id) if self.list_id is not None else ""


def find_scope(msg: ParsedMessage, app: App) -> Scope | None:
    """A list token first (the reply is to a mail that stored the items it listed), else the meeting."""
    for text in (*(p.email for p in (*msg.to, *msg.cc) if p.email), msg.in_reply_to, *msg.references):
        list_id = tokens.list_of(app.secret, text or "")
        meetings = {item["meeting_id"] for item in lists.listed_items(app, list_id)} if list_id is not None else set()
        if meetings:
            return Scope(app.store.meeting(meetings.pop()) if len(meetings) == 1 else None, list_id)
    meeting = find_meeting(msg, app)
    return Scope(meeting) if meeting else None


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
    scope = find_scope(msg, app)
    if not scope:
        return "reply to no known meeting: nothing changed", None
    sender = msg.sender.email or ""
    app.store.add_event(at=now, action="reply_received", meeting_id=scope.meeting_id, actor=sender,
                        new={"intent": msg.reply.intent, "text": msg.reply.text[:2000]}, message_id=msg.message_id)
    wanted = _commands(msg)
    if not wanted:
        _answer(app, msg, scope, now, "unclear", {"question": "", "choices": []})
        return "reply not understood: sent the accepted forms", scope.meeting_id
    wanted, question, choices = _resolve(wanted, msg, scope, app)
    if not wanted:
        _answer(app, msg, scope, now, "unclear", {"question": question, "choices": choices})
        return f"reply changes nothing: asked which {question}", scope.meeting_id
    changes = _apply_all(wanted, msg, scope, app, now)
    _answer(app, msg, scope, now, "ack", {"changes": _shown(changes, app, now), "question": question,
                                          "choices": choices})       # what could not be applied is asked here, once
    _notify_organizers(app, msg, scope, now, [c for c in changes if c.action in NOTIFY_ORGANIZER])
    _notify_objectors(app, msg, now, [c for c in changes if c.action == "settle" and c.objector])
    done = sum(c.action not in ("refused", "unchanged") for c in changes)
    asked = f"; asked which {question}" if question else ""
    return f"reply: {done} change(s), {sum(c.action == 'refused' for c in changes)} refused{asked}", scope.meeting_id


def _commands(msg: ParsedMessage) -> tuple[ItemCommand, ...]:
    reply = msg.reply
    if reply.commands:
        return reply.commands
    if reply.intent == "unknown":
        return ()
    return (ItemCommand(reply.intent, reply.items, reply.percent, reply.new_due_date, reply.text),)


def _resolve(wanted, msg: ParsedMessage, scope: Scope, app: App) -> tuple[list[ItemCommand], str, list[dict]]:
    """The commands with their items found (see the module docstring); and when none is left, what to ask
    ("item" or "date") with the items the sender may mean."""
    sender, kept = (msg.sender.email or "").lower(), []
    question, choices = "", []
    for command in wanted:
        pool = _open_items(command, scope, app, sender)
        if not command.items and command.intent != "confirm":
            named = items_named(msg.reply.text, {i["number"]: i["task"] for i in pool}, glossary.senses)
            if len(named) != 1 and len(pool) != 1:
                question, choices = question or "item", [i for i in pool if not named or i["number"] in named] or pool
                continue
            command = replace(command, items=named if len(named) == 1 else (pool[0]["number"],))
        if command.intent == "extend" and not command.new_due_date and not extension(command.reason or ""):
            question, choices = "date", [i for i in pool if i["number"] in command.items]
            continue
        kept.append(command)
    applied = {number for command in kept for number in command.items}
    if question == "item":                                # '第1项已完成，另外申请延期': not item 1 again
        choices = [i for i in choices if i["number"] not in applied] or choices
    return kept, question, choices


def _open_items(command: ItemCommand, scope: Scope, app: App, sender: str) -> list[dict]:
    """The sender's own items still open for the command (all open items when the sender owns none)."""
    closed = ("cancelled",) if command.intent == "object" else ("done", "cancelled")
    live = [i for i in scope.listed(app) if i["status"] not in closed]
    own = [i for i in live if (i.get("owner_email") or "").lower() == sender]
    return own or live


def _apply_all(wanted, msg: ParsedMessage, scope: Scope, app: App, now: datetime) -> list[commands.Change]:
    sender, out = msg.sender.email or "", []
    for command in wanted:
        items = scope.items(app)
        organizer = scope.meeting["organizer_email"] if scope.meeting else ""
        chosen = commands.targets(command, items, sender, organizer)
        if not chosen:
            out.append(commands.Change(0, "", "refused", reason="no_items"))
        for item in chosen:
            meeting = scope.meeting_of(item, app)
            if commands.may_change(sender, item, meeting, app):
                out.append(commands.apply(command, item, app=app, meeting=meeting, actor=sender, now=now,
                                          message_id=msg.message_id))
            else:
                out.append(commands.Change(item["number"], item["task"], "refused", reason="not_allowed",
                                           meeting_id=meeting["id"]))
    return out


def _shown(changes: list[commands.Change], app: App, now: datetime) -> list[dict]:
    """Each change as the templates show it: a new due date the way the recap writes dates (10月11日（周五）)."""
    lang, today = app.config.bot.language, now.astimezone(app.tz).date()
    return [{**asdict(c), "new_due_shown": mails.show_day(date.fromisoformat(c.new_due), lang, today)
             if c.new_due else ""} for c in changes]


def _answer(app: App, msg: ParsedMessage, scope: Scope, now: datetime, template: str, context: dict) -> None:
    sender = Recipient(msg.sender.name or "", msg.sender.email)
    titles = {c["meeting_id"]: None for c in context.get("changes", ()) if c["meeting_id"]}
    title = scope.meeting["title"] if scope.meeting else "、".join(
        app.store.meeting(meeting_id)["title"] for meeting_id in titles)
    mails.send(app, key=_answer_key(app, msg, scope, now, template), template=template, to=[sender], now=now,
               meeting_id=scope.meeting_id, token=scope.token(app), in_reply_to=msg.message_id,
               references=(*msg.references, msg.message_id),
               context={"title": title, "reply_subject": mails.reply_subject(msg.subject),
                        "sender_name": msg.sender.name or msg.sender.email, **context})


def _answer_key(app: App, msg: ParsedMessage, scope: Scope, now: datetime, template: str) -> str:
    """One answer per reply; but someone with no say in the meeting (not its organizer, no item's owner or owner's
    manager) gets one notice a day at most, however many replies they or their autoresponder send (RFC 3834 §2)."""
    sender = (msg.sender.email or "").lower()
    if _has_say(sender, scope, app):
        return f"{template}:{msg.message_id}"
    return f"stranger:{sender}:{now.date().isoformat()}"


def _has_say(sender: str, scope: Scope, app: App) -> bool:
    if scope.meeting and sender == (scope.meeting["organizer_email"] or "").lower():
        return True
    return any(commands.may_change(sender, item, scope.meeting_of(item, app), app) for item in scope.items(app))


def _notify_organizers(app: App, msg: ParsedMessage, scope: Scope, now: datetime, changes: list) -> None:
    """Each organizer hears at once of objections and extensions to items of their meetings (not of their own)."""
    by_meeting = {}
    for change in changes:
        by_meeting.setdefault(change.meeting_id or scope.meeting_id, []).append(change)
    for meeting_id, mine in by_meeting.items():
        meeting = app.store.meeting(meeting_id)
        organizer = meeting["organizer_email"]
        if organizer.lower() == (msg.sender.email or "").lower():
            continue
        mails.send(app, key=f"notice:{msg.message_id}:{meeting_id}" if scope.list_id else f"notice:{msg.message_id}",
                   template="organizer_notice", to=[Recipient(meeting["organizer_name"] or "", organizer)], now=now,
                   meeting_id=meeting_id,
                   context={"title": meeting["title"], "reply_subject": mails.reply_subject(meeting["title"]),
                            "sender_name": msg.sender.name or msg.sender.email,
                            "changes": _shown(mine, app, now)})


def _notify_objectors(app: App, msg: ParsedMessage, now: datetime, changes: list) -> None:
    """Whoever raised an objection hears how it was settled, in one mail per objector and meeting."""
    groups = {}
    for change in changes:
        groups.setdefault((change.objector.lower(), change.meeting_id), []).append(change)
    for (objector, meeting_id), settled in groups.items():
        if objector == (msg.sender.email or "").lower():
            continue
        meeting, person = app.store.meeting(meeting_id), app.roster.find_by_email(objector)
        mails.send(app, key=f"settled:{msg.message_id}:{objector}:{meeting_id}", template="objection_settled",
                   to=[Recipient(person.name if person else "", objector)], now=now, meeting_id=meeting_id,
                   context={"title": meeting["title"], "objector_name": person.name if person else objector,
                            "sender_name": msg.sender.name or msg.sender.email, "changes": _shown(settled, app, now)})
