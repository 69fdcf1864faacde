"""What goes into each mail the bot sends: recipients, thread headers, and the template context.

Words live in templates/; this module only gathers facts (who, which items, which deadline) and hands them
to the outbox through `send()`, which composes and queues in the caller's transaction.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
import secrets
from datetime import date, datetime, time

from mailer.compose import Envelope, Recipient
from minutebot.sending import outbox
from minutebot.workflow import tokens
from minutebot.app import App

WEEKDAYS_ZH = "一二三四五六日"


def message_id(app: App, key: str, token: str = "") -> str:
    """Carries the reply token (the meeting's or the list's: see send), so replies thread back even without Reply-To; unique per database
    (app.secret holds its instance id) and per composition (a random part: a database restored from a backup reuses
    the meeting ids of mail sent after that backup). Made once, when the mail is queued: a resend sends the stored
    bytes."""
    domain = app.config.bot.address.rpartition("@")[2] or "localhost"
    digest = hashlib.sha256(f"{app.secret}:{key}".encode()).hexdigest()[:12] + secrets.token_hex(3)
    return f"<mb.{token + '.' if token else ''}{digest}@{domain}>"


def send(app: App, *, key: str, template: str, context: dict, to: list[Recipient], cc: list[Recipient] = (),
         now: datetime, meeting_id: int | None = None, in_reply_to: str = "", references: tuple[str, ...] = (),
         language: str | None = None, calendar: bytes = b"", calendar_method: str = "", token: str = "") -> bool:
    """Compose one mail and queue it under `key` (a second call with the same key does nothing). Replies find their
    way back by `token` (a list token, lists.py) or else by the meeting's token.

    A quiet App (backfill of past mail) queues nothing: the decisions are recorded, nobody is mailed about them."""
    if app.quiet:
        return False
    bot = Recipient(app.config.bot.name, app.config.bot.address)
    token = token or (tokens.make_token(app.secret, meeting_id) if meeting_id else "")
    reply_to = tokens.reply_address(app.config.bot.address, token) if token else ""
    envelope = Envelope(sender=bot, to=tuple(to), cc=tuple(cc), message_id=message_id(app, key, token),
                        date=now, reply_to=reply_to, in_reply_to=in_reply_to, references=references,
                        calendar=calendar, calendar_method=calendar_method)
    lang = language or app.config.bot.language
    raw = app.composer.compose_bytes(envelope, template, lang, {"bot_name": app.config.bot.name, **context})
    return outbox.queue_raw(app.store, key, raw, envelope.message_id, now=now, sender=app.config.bot.address,
                            recipients=envelope.recipients, purpose=template, meeting_id=meeting_id)


def split_recipients(app: App, primary: list[Recipient], others: list[Recipient]) -> tuple[list, list]:
    """To = primary, Cc = others; no duplicates, never the bot, outsiders only when recap_external allows."""
    seen = {app.config.bot.address.lower()}
    bot_local, _, bot_domain = app.config.bot.address.lower().partition("@")
    to, cc = [], []
    for group, people in ((to, primary), (cc, others)):
        for person in people:
            email = (person.email or "").lower()
            local, _, domain = email.partition("@")
            if not email or email in seen or (domain == bot_domain and local.startswith(bot_local + "+")):
                continue
            if not app.config.policy.recap_external and not app.config.domain_allowed(email):
                continue
            seen.add(email)
            group.append(Recipient(person.name or "", email))
    return to, cc


def reply_subject(subject: str) -> str:
    """One 'Re: ' before the thread's own subject ('Re: 答复: Re: 纪要' -> 'Re: 纪要'): every client, Gmail included,
    still threads it, and the prefixes do not stack up reply after reply."""
    from parsers.replies.reader import strip_subject_prefixes     # the reply reader: loaded only when a mail answers one
    return f"Re: {strip_subject_prefixes(subject)}"


@lru_cache(maxsize=4096)                # a morning's mails show a few hundred distinct deadlines thousands of times
def show_due(due_iso: str | None, due_time: str | None, lang: str, today: date | None = None) -> str:
    """'10月12日（周六）' or with a time '10月12日（周六）17:00'; English 'Sat Oct 12 17:00'; with the year when it is
    not `today`'s year ('2024年2月19日（周一）', 'Mon Feb 19, 2024')."""
    if not due_iso:
        return ""
    when = datetime.fromisoformat(due_iso)
    clock = f" {when:%H:%M}" if due_time else ""
    return show_day(when.date(), lang, today) + clock


def show_day(day: date, lang: str, today: date | None = None) -> str:
    other_year = today is not None and day.year != today.year
    if lang == "en":
        return f"{day:%a %b} {day.day}" + (f", {day.year}" if other_year else "")
    year = f"{day.year}年" if other_year else ""
    return f"{year}{day.month}月{day.day}日（周{WEEKDAYS_ZH[day.weekday()]}）"


def show_deadline(deadline: datetime, now: datetime, lang: str) -> str:
    """The objection deadline as people say it: 今日内（18:00前） or 10月11日（周五）18:00前."""
    if deadline.date() == now.date():
        return f"今日内（{deadline:%H:%M}前）" if lang == "zh" else f"today by {deadline:%H:%M}"
    if lang == "zh":
        return f"{show_day(deadline.date(), lang)}{deadline:%H:%M}前"
    return f"by {show_day(deadline.date(), lang)} {deadline:%H:%M}"


def at_time(day: date, clock: time, tz) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz)
