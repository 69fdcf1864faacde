"""Where mail goes out: `open_transport(url)` gives an SMTP or Maildir transport with `send(sender, rcpts, raw)`.

Only this package talks SMTP. The core's outbox decides what to send and when to retry; a transport only tries once
and says whether a failure is worth retrying.
"""
from __future__ import annotations

from urllib.parse import unquote, urlsplit


class TemporaryFailure(Exception):
    """Try again later: 4xx, connection refused or reset, timeout."""


class DeliveryUnknown(TemporaryFailure):
    """The server took the whole message, then the connection broke before it said 250 or an error: it may have
    been delivered. Retrying may send a second copy, so the outbox retries such a mail only a few times."""


class PermanentFailure(Exception):
    """Will never succeed as it is: 5xx for every recipient, a malformed message."""


class TransportError(Exception):
    """The outbox url cannot be understood. The message says what and how to fix."""


def open_transport(url: str, password: str | None = None, *, timeout: float = 60.0, oauth=None,
                   ca_file: str | None = None, allow_plaintext: bool = False):
    """A transport for `maildir:PATH`, `smtp://[user@]host[:port]` (STARTTLS required, except on loopback or with
    allow_plaintext) or `smtps://...`; `oauth` (mailer.oauth2.OAuth2Login) logs in with a token instead."""
    if url.startswith("maildir:"):
        from mailer.maildir import MaildirTransport
        return MaildirTransport(url[len("maildir:"):])
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps"):
        raise TransportError(f"outbox url {url!r} is not maildir:PATH, smtp://… or smtps://…; fix [outbox] url")
    from mailer.smtp import SmtpTransport
    tls = "ssl" if parts.scheme == "smtps" else "starttls"
    port = parts.port or (465 if tls == "ssl" else 587)
    return SmtpTransport(parts.hostname or "", port, unquote(parts.username or "") or None, password or None,
                         tls=tls, timeout=timeout, oauth=oauth, ca_file=ca_file, allow_plaintext=allow_plaintext)
