"""What went wrong with an IMAP server, in one line that says what to change."""
from __future__ import annotations

import socket
import ssl
from contextlib import contextmanager

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from mailer.inbox import InboxError


def text_of(exc: Exception) -> str:
    """A server's answer or an exception as plain words on one line."""
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split()) or type(exc).__name__


def connect_error(exc: Exception, host: str, port: int, tls: str) -> InboxError:
    """What went wrong while connecting, and what to change."""
    where = f"IMAP server {host}:{port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return InboxError(f"{where}: TLS certificate not trusted ({exc.verify_message}); use the host name the "
                          "certificate is for in [inbox] url, or name the CA that signed it in [inbox] ca_file")
    if isinstance(exc, ssl.SSLError):
        hint = ("imaps:// needs the TLS port (usually 993); imap:// uses STARTTLS on 143" if tls == "ssl"
                else "check the port in [inbox] url")
        return InboxError(f"{where}: TLS failed ({exc.reason or exc}); {hint}")
    if isinstance(exc, ConnectionRefusedError):
        return InboxError(f"{where}: connection refused; check host and port in [inbox] url and that the "
                          "server is running")
    if isinstance(exc, socket.gaierror):
        return InboxError(f"IMAP host {host!r} not found ({exc.strerror}); check the host in [inbox] url")
    if isinstance(exc, TimeoutError):
        return InboxError(f"{where}: no answer (timed out); check host, port and firewall")
    return InboxError(f"{where}: cannot connect ({text_of(exc)}); check [inbox] url and the network")


@contextmanager
def guard(doing: str, where: str):
    """Protocol failures after connecting become InboxError (the daemon reconnects); OSError passes as it is."""
    try:
        yield
    except IMAPClientAbortError as exc:
        raise InboxError(f"IMAP connection to {where} lost while {doing}: {text_of(exc)}") from None
    except IMAPClientError as exc:
        raise InboxError(f"IMAP server {where} refused {doing}: {text_of(exc)}") from None
