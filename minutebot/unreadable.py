"""A file sent as minutes that could not be read (a scan, a picture, a .doc/.wps, an encrypted or broken PDF): the
sender gets one short answer in the thread saying what arrived, why it was not read and what to send instead.

Called by handle.py for mail that is neither minutes nor a reply, in the message's transaction like every answer.
"""
from __future__ import annotations

import re
from datetime import datetime

from mailer.compose import Recipient
from minutebot import invites, mails
from minutebot.app import App
from parsers.model import ParsedMessage

DOCUMENTS = ("no_text", "encrypted", "legacy_word", "broken", "too_big", "bomb")
MINUTES_WORDS = re.compile(r"纪要|会议|记录|minutes|meeting", re.I)


def files_to_answer(msg: ParsedMessage) -> list[tuple[str, str]]:
    """(file, reason) of the unreadable files meant as minutes: documents always, pictures when the subject says
    minutes (a photo of the whiteboard under 会议纪要), never on minutes or replies the bot did read."""
    if msg.kind != "other" or msg.calendar_reply:
        return []
    meant = bool(MINUTES_WORDS.search(msg.subject or ""))
    return [(name, why) for name, why in msg.unreadable if why in DOCUMENTS or (why == "image" and meant)]


def record(msg: ParsedMessage, app: App, now: datetime) -> tuple[str, int | None]:
    """Mail that is neither minutes nor a reply: a calendar answer is recorded, unreadable minutes are answered."""
    if msg.calendar_reply:
        return invites.record_reply(msg, app, now)
    files = files_to_answer(msg)
    sender = Recipient(msg.sender.name or "", msg.sender.email)
    mails.send(app, key=f"unreadable:{msg.message_id}", template="unreadable", to=[sender], now=now,
               in_reply_to=msg.message_id, references=(*msg.references, msg.message_id),
               context={"reply_subject": mails.reply_subject(msg.subject), "sender_name": msg.sender.name or
                        msg.sender.email, "files": [{"name": name, "reason": why} for name, why in files]})
    app.store.add_event(at=now, action="attachment_unreadable", actor=msg.sender.email or "",
                        new={"files": files}, message_id=msg.message_id)
    return "unreadable attachment: " + ", ".join(f"{name} ({why})" for name, why in files), None
