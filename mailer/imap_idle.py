"""IMAP IDLE (RFC 2177) that notices a dead connection instead of waiting on it forever.

imapclient's `idle_check()` swallows EOF and returns nothing, so a closed connection looks like a quiet one
(imapclient#565). Here the socket is polled directly: readable but no response means "ask": `idle_done()` then
either works (the connection is alive) or raises (it is not).
"""
from __future__ import annotations

import select
import time

from imapclient import IMAPClient

from mailer.inbox import InboxError

NEWS = (b"EXISTS", b"RECENT")


def idle_until_news(client: IMAPClient, timeout: float, renew: float) -> bool:
    """IDLE until the server announces mail or `timeout` passes; IDLE is re-issued every `renew` seconds.
    Always True ("look now"): the caller's UID catch-up decides whether anything is new."""
    deadline = time.monotonic() + timeout
    while True:
        client.idle()
        news = _listen(client, min(deadline, time.monotonic() + renew))
        _, late = client.idle_done()                  # raises if the connection is gone
        if news or _has_news(late) or time.monotonic() >= deadline:
            return True


def _listen(client: IMAPClient, until: float) -> bool:
    """True on EXISTS/RECENT; False when `until` passes or the socket stirs without a response."""
    sock = client.socket()
    while (left := until - time.monotonic()) > 0:
        if not _readable(sock, left):
            continue
        responses = client.idle_check(timeout=0)
        if not responses:
            return False                              # EOF or a partial line: idle_done() will tell which
        bye = [r for r in responses if r and r[0] == b"BYE"]
        if bye:
            said = b" ".join(part for part in bye[0][1:] if isinstance(part, bytes)).decode(errors="replace")
            raise InboxError(f"IMAP server closed the connection: {said or 'BYE'}")
        if _has_news(responses):
            return True
    return False


def _readable(sock, seconds: float) -> bool:
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
    return bool(poller.poll(int(seconds * 1000) + 1))


def _has_news(responses) -> bool:
    return any(len(r) >= 2 and r[1] in NEWS for r in responses)
