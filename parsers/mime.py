"""Raw RFC 5322 bytes -> a decoded `Mail`: headers, best text, HTML tables, attachments.

INTERFACE STUB (being implemented). Pure: bytes in, data out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class MailError(ValueError):
    """The bytes cannot be read as a mail message at all."""


@dataclass(frozen=True)
class Address:
    name: str      # display name, decoded ("" when none)
    email: str     # lower-cased addr-spec ("" when unparseable)


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
    html_text: str                        # html converted to text: one line per block/paragraph/list item;
                                          # each table row as one line with cells joined by " | "
    tables: tuple[tuple[tuple[str, ...], ...], ...]  # every HTML/docx table: rows of cell texts,
                                          # rowspan/colspan expanded (the merged value repeated)
    attachments: tuple[Attachment, ...]   # non-inline parts with a filename
    attachment_text: str                  # text of .txt/.docx attachments (docx tables as " | " rows)
    calendar: str                         # a text/calendar part, decoded ("" when none)
    calendar_method: str                  # its METHOD parameter/property upper-cased ("" when none)

    def header(self, name: str) -> str:
        """The first header `name` (case-insensitive), or ""."""
        name = name.lower()
        return next((v for k, v in self.headers if k == name), "")

    @property
    def text(self) -> str:
        """The best single text of the body: plain when present, else the HTML as text."""
        return self.plain or self.html_text


def decode(raw: bytes) -> Mail:
    raise NotImplementedError
