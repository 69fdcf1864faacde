"""Where mail comes in: `open_inbox(url)` gives a Maildir or IMAP inbox with one small interface.

    inbox = open_inbox("maildir:./minutebot-data/inbox")
    batch = inbox.fetch_new(after_uid=None)
    ...handle each msg.raw...
    inbox.move_many([msg.key for msg in batch], "Processed")    # the whole batch at once (IMAP: one UID MOVE)

The core keeps the checkpoint (UIDVALIDITY, last UID) and the Message-ID ledger; the inbox only fetches and moves.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class Incoming:
    key: str            # how to refer to the message later (IMAP: str(uid); Maildir: file name)
    raw: bytes
    uid: int | None = None


class InboxError(Exception):
    """The inbox cannot be reached, logged into or selected. The message says what and how to fix."""


def open_inbox(url: str, password: str | None = None, *, processed_folder: str = "Processed",
               timeout: float = 60.0, oauth=None, ca_file: str | None = None, allow_plaintext: bool = False):
    """An inbox for `maildir:PATH`, `imap://user@host:port/FOLDER` (STARTTLS required, except on loopback or with
    allow_plaintext) or `imaps://...`; `oauth` (mailer.oauth2.OAuth2Login) logs in with a token instead."""
    if url.startswith("maildir:"):
        from mailer.maildir import MaildirInbox
        return MaildirInbox(url[len("maildir:"):])
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps"):
        raise InboxError(f"inbox url {url!r} is not maildir:PATH, imap://… or imaps://…; fix [inbox] url")
    from mailer.imap import ImapInbox
    tls = "ssl" if parts.scheme == "imaps" else "starttls"
    if parts.hostname in ("127.0.0.1", "localhost", "::1") and parts.scheme == "imap":
        tls = "none"          # loopback test servers: plain is fine, nothing leaves the machine
    return ImapInbox(parts.hostname or "", parts.port or (993 if tls == "ssl" else 143), unquote(parts.username or ""),
                     password or "", unquote(parts.path.lstrip("/")) or "INBOX", tls=tls,
                     processed_folder=processed_folder, timeout=timeout, oauth=oauth, ca_file=ca_file,
                     allow_plaintext=allow_plaintext)
