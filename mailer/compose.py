"""Templates + context -> the bytes of a mail the bot sends (SPEC section 6.6).

    composer = Composer(templates_dir)
    raw = composer.compose(Envelope(...), "recap", "zh", {"items": [...]})

Each template is three files, `templates/<lang>/<name>.subject`, `.txt` and `.html` (HTML autoescaped). Every mail
gets From the bot, its own Message-ID, a signed Reply-To, threading headers, Auto-Submitted and
X-Auto-Response-Suppress; names and subjects are RFC 2047-encoded by the email package, and CR/LF in any header
value is flattened so no input can add a header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, StrictUndefined, Template, select_autoescape
from jinja2.runtime import Markup, escape          # what compiled templates escape with (markupsafe's)

from mailer.inline_styles import InlineStylesLoader
from mailer.mime_out import plain_mail

CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
TEMPLATES_DIR = Path(str(files("templates")))      # the top-level templates/ package: installed with the wheel


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class Envelope:
    sender: Recipient
    to: tuple[Recipient, ...]
    message_id: str
    date: datetime
    reply_to: str = ""
    cc: tuple[Recipient, ...] = ()
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    attachments: tuple[tuple[str, str, bytes], ...] = field(default=())   # (filename, mime type, data)
    calendar: bytes = b""                 # an iMIP VCALENDAR: sent as a text/calendar alternative + invite.ics
    calendar_method: str = ""             # its METHOD (REQUEST, CANCEL), repeated as the Content-Type parameter

    @property
    def recipients(self) -> list[str]:
        seen: dict[str, None] = {}
        for person in self.to + self.cc:
            seen.setdefault(person.email.lower(), None)
        return list(seen)


def _escape(value):
    """markupsafe.escape, without copying what is Markup already: a mail's style strings and table cell openings
    (~430 of a digest's ~650 escapes; the copy was a quarter of a render). The text written is the same."""
    return value if type(value) is Markup else escape(value)


class _Template(Template):
    """A compiled template whose output goes through _escape (its code looks `escape` up in its own namespace)."""

    @classmethod
    def _from_namespace(cls, environment, namespace, globals):
        namespace["escape"] = _escape
        return super()._from_namespace(environment, namespace, globals)


class _Environment(Environment):
    """Each template's globals as a plain dict, not jinja's ChainMap over the environment's: every render, include
    and import makes a context that takes the set of the globals' keys, and a ChainMap's is built key by key in Python
    (a digest includes a table per owner: ~25% of its render). Our environment's globals never change once made."""

    template_class = _Template

    def make_globals(self, d=None):
        return {**self.globals, **(d or {})}


class Composer:
    def __init__(self, templates_dir: Path = TEMPLATES_DIR):
        self.env = _Environment(loader=InlineStylesLoader(str(templates_dir)), undefined=StrictUndefined,
                               autoescape=select_autoescape(enabled_extensions=("html",), default=False),
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                               auto_reload=False,     # package data: no stat of every template at every render
                               cache_size=-1)         # a plain dict: an include is looked up without the LRU's lock
        self.templates: dict[str, object] = {}

    def render(self, name: str, lang: str, context: dict) -> tuple[str, str, str]:
        """(subject, text, html) of one template in one language."""
        parts = [self._template(f"{lang}/{name}.{ext}").render(**context) for ext in ("subject", "txt", "html")]
        return one_line(parts[0]), parts[1], parts[2]

    def _template(self, path: str):
        """A template looked up once per composer (the environment's own lookup costs a few µs a mail)."""
        if path not in self.templates:
            self.templates[path] = self.env.get_template(path)
        return self.templates[path]

    def render_line(self, name: str, lang: str, context: dict) -> str:
        """One short piece of wording, e.g. `invite.summary`, rendered to a single line."""
        return one_line(self.env.get_template(f"{lang}/{name}").render(**context))

    def compose(self, envelope: Envelope, name: str, lang: str, context: dict) -> EmailMessage:
        """The mail as an EmailMessage (read back from the bytes compose_bytes writes)."""
        return message_from_bytes(self.compose_bytes(envelope, name, lang, context), policy=SMTP)

    def compose_bytes(self, envelope: Envelope, name: str, lang: str, context: dict) -> bytes:
        """The bytes of the mail: written directly (mime_out.py) when it has the plain shape, as nearly all bot
        mail does; by the email package when it carries a calendar or attachments or a value outside that shape."""
        subject, text, html = self.render(name, lang, context)
        if not envelope.calendar and not envelope.attachments:
            raw = plain_mail(_header_values(envelope, subject), text, html)
            if raw is not None:
                return raw
        return self._build(envelope, subject, text, html).as_bytes()

    def _build(self, envelope: Envelope, subject: str, text: str, html: str) -> EmailMessage:
        msg = EmailMessage(policy=SMTP)
        _set_headers(msg, envelope, subject)
        msg.set_content(text, subtype="plain", charset="utf-8", cte="base64")
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="base64")
        if envelope.calendar:
            _add_calendar(msg, envelope.calendar, envelope.calendar_method)
        for filename, mime_type, data in envelope.attachments:
            maintype, subtype = mime_type.split("/", 1)
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        return msg


def _add_calendar(msg: EmailMessage, ics: bytes, method: str) -> None:
    """The layout Exchange and nodemailer use: text/calendar inside the alternative, and invite.ics attached."""
    msg.add_alternative(ics, maintype="text", subtype="calendar", cte="base64",
                        params={"method": method, "charset": "UTF-8"})
    msg.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")


def _header_values(env: Envelope, subject: str) -> list[tuple[str, object]]:
    """Every header of a bot mail, in order: a str, or for address headers [(display name, addr-spec)]; written by
    mime_out.plain_mail, or by _set_headers through the email package."""
    def people(group):
        return [(one_line(r.name), one_line(r.email)) for r in group]
    out = [("From", people([env.sender])), ("To", people(env.to or (env.sender,)))]
    if env.cc:
        out.append(("Cc", people(env.cc)))
    out += [("Subject", subject), ("Date", _date(env.date)), ("Message-ID", env.message_id)]
    if env.reply_to:
        out.append(("Reply-To", [(one_line(env.sender.name), env.reply_to)]))
    if env.in_reply_to:
        out.append(("In-Reply-To", env.in_reply_to))
    if env.references:
        out.append(("References", " ".join(one_line(r) for r in env.references[-20:])))
    return out + [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply"),
                  ("X-Mailer", "minutebot"),
                  ("X-Loop", one_line(env.sender.email))]        # RT-style loop header: mail carrying it is the bot's own


def _date(when: datetime) -> str:
    """The Date header's value; the same instant at another offset is written with its own offset."""
    return _formatted_date(when, when.utcoffset())


@lru_cache(maxsize=16)           # a tick dates all its mail with the one `now`
def _formatted_date(when: datetime, offset) -> str:
    return format_datetime(when)


def _set_headers(msg: EmailMessage, env: Envelope, subject: str) -> None:
    """The headers of _header_values, set through the email package (for mail the direct writer does not take)."""
    for name, value in _header_values(env, subject):
        msg[name] = [Address(display, addr_spec=addr) for display, addr in value] if isinstance(value, list) else value


def one_line(value: str) -> str:
    """No header value may carry CR/LF (header injection) or stray control characters."""
    if not value or value.isprintable():          # (the usual case: no control character to flatten)
        return (value or "").strip()
    return CONTROLS.sub(" ", value).strip()
