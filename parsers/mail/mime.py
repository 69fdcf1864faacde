"""Raw RFC 5322 bytes -> a decoded `Mail`: headers, best text, HTML tables, attachments. Pure: bytes in, data out.

    mail = decode(raw)
    mail.subject, mail.sender.email, mail.text, mail.tables, mail.attachment_text

Parsed with the stdlib's compat32 policy (about four times faster than policy.default, and it keeps raw 8-bit
headers recoverable), the bodies of ordinary multipart mail cut at their boundaries by `mime_tree` (the same tree); every header and text part then goes through `charsets`, which reads the labels Chinese
clients get wrong. A part that cannot be read leaves a warning, never an exception: only bytes that are not mail at
all raise MailError.
"""
from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from functools import cached_property
from datetime import datetime, timezone
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from itertools import islice

from parsers.mail.attachments import Unreadable, attachment_text
from parsers.mail.addresses import Address, addresses
from parsers.mail.charsets import decode_bytes, header_text, recover_8bit
from parsers.mail.flowed import as_written
from parsers.mail.htmltext import parse_html, read_html, tables_of
from parsers.mail.mime_tree import quick_tree
from parsers.mail.sender import from_problem
from parsers.limits import DEFAULT, Limits

MAX_DECODED_HEADERS = 1000      # real mail has under 100 headers; those past this are kept as written
HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]+:)")
ANGLE = re.compile(r"<([^<>\s]+)>")
CONTAINER = re.compile(rb"^content-type:[ \t]*(?:\r?\n[ \t]+)?(?:multipart|message)/", re.I | re.M)
Rows = tuple[tuple[str, ...], ...]


class MailError(ValueError):
    """The bytes cannot be read as a mail message at all."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Mail:
    message_id: str                       # "<...>" as in the header ("" when missing)
    subject: str                          # decoded, whitespace collapsed
    date: datetime | None                 # aware datetime from the Date header (None when missing/bad)
    sender: Address | None                # From
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]  # every header, name lower-cased, value decoded (RFC 2047 + 8-bit)
    content_type: str                     # of the whole message, e.g. "multipart/mixed"
    plain: str                            # the text/plain body ("" when none), decoded
    html: str                             # the text/html body ("" when none), decoded
    attachments: tuple[Attachment, ...]   # non-inline parts with a filename
    attachment_text: str                  # text of .txt/.docx attachments (docx tables as " | " rows)
    calendar: str                         # a text/calendar part, decoded ("" when none)
    calendar_method: str                  # its METHOD parameter/property upper-cased ("" when none)
    warnings: tuple[str, ...] = ()        # parts that could not be read, and why
    attachment_tables: tuple[Rows, ...] = ()   # tables of .docx/.html/.pdf attachments
    attached_parts: tuple[tuple[str, str], ...] = ()   # (filename, text) of each attachment read, in order
    unreadable: tuple[tuple[str, str], ...] = ()       # (filename, reason) of each attachment that could not be read
    limits: Limits = field(default=DEFAULT, repr=False, compare=False)
    sender_problem: str = ""              # why the From names no one mailbox (then sender is None): sender.py

    @cached_property
    def html_text(self) -> str:
        """The HTML as text: one line per block/paragraph/list item; each table row as one line with its cells
        joined by " | ". Computed when first asked for: a plain part that carries the tables makes it unneeded."""
        return self._html_read[0]

    @cached_property
    def tables(self) -> tuple[Rows, ...]:
        """Every HTML and attachment table: rows of cell texts, rowspan/colspan expanded (the value repeated)."""
        read = self._html_read[1] if not self.plain.strip() else None      # no plain part: the text is read anyway
        return (tables_of(self._html_root, self.limits.max_table_cells) if read is None else read) + self.attachment_tables

    _html_root = cached_property(lambda self: parse_html(self.html))           # lxml tree, parsed once
    _html_read = cached_property(lambda self: read_html(self._html_root, self.limits.max_table_cells, self.limits.max_lines))

    def header(self, name: str) -> str:
        """The first header `name` (case-insensitive), or ""."""
        name = name.lower()
        return next((v for k, v in self.headers if k == name), "")

    @property
    def text(self) -> str:
        """The best single text of the body: plain when present, else the HTML as text."""
        return self.plain or self.html_text


def decode(raw: bytes, limits: Limits = DEFAULT, *, depth: int = 0) -> Mail:
    """Read one message. Raises MailError only when the bytes have no mail header at all."""
    if not isinstance(raw, (bytes, bytearray)) or not HEADER_LINE.match(bytes(raw[:1000]).lstrip(b"\r\n")):
        raise MailError("not a mail message: it does not start with a header line such as 'From: …'")
    body = _Body(limits)
    msg, whole = _parse(_within(bytes(raw), limits, body.warnings), limits, body.warnings)
    if not msg.keys():
        raise MailError("not a mail message: no headers found")
    headers = tuple((name.lower(), header_text(value) if index < MAX_DECODED_HEADERS else value)
                    for index, (name, value) in enumerate(msg.raw_items()))
    raw_headers = {}
    for name, value in msg.raw_items():
        raw_headers.setdefault(name.lower(), []).append(value)
    froms = raw_headers.get("from", [])
    problem = from_problem([recover_8bit(value) for value in froms])
    if whole:
        try:
            body.read(msg, depth)
        except Exception as exc:                        # a stdlib corner we have not met: keep what was read
            body.warnings.append(f"the rest of the body was not read ({type(exc).__name__})")
    return Mail(
        message_id=_first_id(_one(headers, "message-id")), subject=_one(headers, "subject"),
        date=_date(_one(headers, "date")), sender=None if problem else next(iter(addresses(froms)), None),
        to=addresses(raw_headers.get("to", [])), cc=addresses(raw_headers.get("cc", [])),
        reply_to=addresses(raw_headers.get("reply-to", [])),
        in_reply_to=_first_id(_one(headers, "in-reply-to")) or None,
        references=tuple(f"<{m}>" for m in ANGLE.findall(_one(headers, "references"))),
        headers=headers, content_type=msg.get_content_type(), plain="\n".join(body.plain).strip(),
        html="\n".join(body.html), attachments=tuple(body.attachments),
        attachment_text="\n".join(body.attached).strip(), calendar=body.calendar,
        calendar_method=body.calendar_method, warnings=tuple(body.warnings), attachment_tables=tuple(body.tables),
        attached_parts=tuple(body.parts), unreadable=tuple(body.unreadable), limits=limits, sender_problem=problem)


def _within(raw: bytes, limits: Limits, warnings: list[str]) -> bytes:
    """The first max_message_bytes (to a line end): the text parts come first, huge attachments after them."""
    if len(raw) <= limits.max_message_bytes:
        return raw
    warnings.append(f"message of {len(raw)} bytes read only up to {limits.max_message_bytes} (max_message_bytes)")
    return raw[:raw.rfind(b"\n", 0, limits.max_message_bytes) + 1 or limits.max_message_bytes]


def _parse(raw: bytes, limits: Limits, warnings: list[str]) -> tuple[Message, bool]:
    """The stdlib's MIME tree; only the headers when the structure is the attack: thousands of nested parts cost
    the stdlib parser quadratic time and then its recursion limit. (message, whether the body was parsed)"""
    low = raw.lower()                                   # a cheap upper bound first: the regex only for many
    maybe = low.count(b"multipart/") + low.count(b"message/")
    containers = maybe if maybe <= limits.max_mime_containers else \
        sum(1 for _ in islice(CONTAINER.finditer(raw), limits.max_mime_containers + 1))
    if containers > limits.max_mime_containers:
        warnings.append(f"more than {limits.max_mime_containers} multipart/message parts: only the headers were read")
        return BytesHeaderParser().parsebytes(raw), False
    try:
        return quick_tree(raw) or email.message_from_bytes(raw), True
    except RecursionError:
        warnings.append("MIME parts nested too deep for the parser: only the headers were read")
        return BytesHeaderParser().parsebytes(raw), False


@dataclass
class _Body:
    """What the walk over the MIME tree found, in order."""
    limits: Limits = DEFAULT
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    tables: list = field(default_factory=list)          # from attachments
    attachments: list[Attachment] = field(default_factory=list)
    attached: list[str] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    calendar: str = ""
    calendar_method: str = ""
    warnings: list[str] = field(default_factory=list)

    def read(self, part: Message, depth: int) -> None:
        if depth > self.limits.max_mime_depth:
            self.warnings.append(f"MIME parts nested deeper than {self.limits.max_mime_depth} levels were not read")
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822":                   # a mail inside the mail (forward as attachment)
            self._attachment(part, _filename(part) or "forwarded.eml", ctype, _payload(part), depth)
            return
        if part.is_multipart():
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    self.read(child, depth + 1)
            return
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        data = _payload(part)
        if ctype in ("text/calendar", "application/ics") and not self.calendar:
            self.calendar = decode_bytes(data, part.get_content_charset())
            self.calendar_method = _calendar_method(part, self.calendar)
            if not filename:
                return
        if disposition == "attachment" or (filename and not _inline_image(part, disposition)):
            self._attachment(part, filename, ctype, data, depth)
        elif ctype == "text/html":
            self.html.append(_text(data, part, self.warnings, self.limits.max_text_bytes, html=True))
        elif ctype == "text/plain" or (part.get_content_maintype() == "text" and ctype != "text/calendar"):
            self.plain.append(as_written(_text(data, part, self.warnings, self.limits.max_text_bytes), part))

    def _attachment(self, part: Message, filename: str, ctype: str, data: bytes, depth: int) -> None:
        self.attachments.append(Attachment(filename, ctype, data))
        if ctype == "message/rfc822" or filename.lower().endswith(".eml"):
            self._forwarded(data, depth)
            return
        try:
            text, tables = attachment_text(filename, ctype, data, part.get_content_charset(), self.limits,
                                           self.warnings)
        except Unreadable as exc:
            self.warnings.append(str(exc))
            self.unreadable.append((filename, exc.reason))
            return
        if text.strip():
            self.attached.append(text)
            self.parts.append((filename, text))
            self.tables.extend(tables)

    def _forwarded(self, data: bytes, depth: int) -> None:
        """A mail attached whole (forward as attachment): its text counts as attached minutes. Its parts count
        towards the same nesting depth, so mail inside mail inside mail… stops where nested multiparts stop."""
        try:
            inner = decode(data, self.limits, depth=depth + 1)
        except MailError:
            return
        self.warnings.extend(inner.warnings)
        self.attached.append("\n".join(t for t in (f"主题: {inner.subject}" if inner.subject else "", inner.text,
                                                   inner.attachment_text) if t))
        self.tables.extend(inner.tables)


def _payload(part: Message) -> bytes:
    """The part's bytes with base64/quoted-printable undone (compat32 is lenient with broken encodings)."""
    if part.get_content_type() == "message/rfc822" or part.get_content_maintype() == "message":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes()
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    text = part.get_payload()
    return text.encode("utf-8", "surrogateescape") if isinstance(text, str) else b""


def _text(data: bytes, part: Message, warnings: list[str], limit: int, html: bool = False) -> str:
    if len(data) > limit:
        warnings.append(f"a text part of {len(data)} bytes was read only up to {limit} (max_text_bytes)")
        data = data[:limit]
    charset = part.get_content_charset()
    if html and not charset:
        found = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4000], re.I)
        charset = found.group(1).decode("ascii") if found else None
    return decode_bytes(data, charset)


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except (TypeError, ValueError, LookupError):
        return ""
    return header_text(name) if name else ""


def _inline_image(part: Message, disposition: str) -> bool:
    """Pictures shown inside the HTML (logos, signatures): not attachments anyone meant to send."""
    return disposition == "inline" and part.get_content_maintype() in ("image", "text")


def _calendar_method(part: Message, text: str) -> str:
    method = part.get_param("method") if part.get_content_type() == "text/calendar" else None
    if isinstance(method, str) and method.strip():
        return method.strip().upper()
    found = re.search(r"^METHOD:\s*(\S+)", text, re.M | re.I)
    return found.group(1).upper() if found else ""


def _one(headers: tuple[tuple[str, str], ...], name: str) -> str:
    return next((value for key, value in headers if key == name), "")


def _first_id(value: str) -> str:
    found = ANGLE.search(value)
    if found:
        return f"<{found.group(1)}>"
    value = value.strip()
    return f"<{value}>" if value and " " not in value else ""


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
        parsed.astimezone(timezone.utc)                 # year 1 or 9999 with an offset overflows here, not later
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if 1970 <= parsed.year <= 2200 else None
