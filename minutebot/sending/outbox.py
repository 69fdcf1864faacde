"""Every mail the bot sends goes through here: queued in the caller's transaction, sent later with retries.

`queue()` writes the finished bytes under a unique key (e.g. "recap:12:v1"); a second queue with the same key is
ignored, so a repeated decision can never send twice. `drain()` sends what is due over one transport; a temporary
failure waits with growing backoff, a permanent one is recorded and logged; mail to someone over the daily cap
waits for the next day (caps.py). A crash between send and mark means at most that one message is tried again — the
Message-ID stays the same, so receivers can drop the copy (the Maildir outbox does). A server that takes the whole
message and then drops the connection before answering may have delivered it: such a mail is sent at most
MAX_UNCERTAIN_SENDS times, then recorded as sent with the doubt in last_error.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

import re

from mailer.transport import DeliveryUnknown, PermanentFailure, TemporaryFailure
from minutebot.sending import caps
from minutebot.faults import maybe_crash
from minutebot.storage.store import Store

log = logging.getLogger("minutebot.sending.outbox")
BACKOFF = (60, 300, 900, 3600, 3600 * 4)       # seconds between attempts; the last repeats
MAX_ATTEMPTS = 30                              # about five days of trying before giving up
MAX_UNCERTAIN_SENDS = 2                        # sends whose answer was lost after the data went out (may be copies)
UNCERTAIN = re.compile(r"^delivery uncertain \((\d+)\): ")


@dataclass(frozen=True)
class DrainResult:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    held: int = 0                              # over the per-recipient daily cap: waits for the next day


def queue(store: Store, key: str, msg: EmailMessage, *, now: datetime, sender: str, recipients: list[str],
          purpose: str = "", meeting_id: int | None = None) -> bool:
    """Add one mail to the outbox unless its key is there already. Call inside the change's transaction."""
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO outbox (key, message_id, created_at, sender, recipients, raw, status, attempts, "
        "next_attempt, purpose, meeting_id) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)",
        [key, msg["Message-ID"], now.isoformat(), sender, json.dumps(recipients), msg.as_bytes(), now.isoformat(),
         purpose, meeting_id])
    maybe_crash("outbox.queued")
    return cursor.rowcount == 1


def drain(store: Store, transport, now: datetime, limit: int = 500, cap: int = 0) -> DrainResult:
    """Send every queued mail whose time has come, at most `cap` a day to one person (0: no cap); returns counts."""
    rows = store.db.execute(
        "SELECT key, sender, recipients, raw, attempts, last_error FROM outbox WHERE status = 'queued' AND "
        "next_attempt <= ? "
        "ORDER BY created_at, key LIMIT ?", [now.isoformat(), limit]).fetchall()
    sent = retry = failed = held = 0
    for key, sender, recipients, raw, attempts, last_error in rows:
        to = json.loads(recipients)
        over = [] if caps.exempt(key) else caps.over_cap(store, to, now, cap)
        if over:
            held += 1
            caps.hold(store, key, over, now, cap)
            continue
        maybe_crash("outbox.before_send")
        try:
            transport.send(sender, to, raw)
        except DeliveryUnknown as exc:
            uncertain = _uncertain_sends(last_error) + 1
            if uncertain < MAX_UNCERTAIN_SENDS:
                retry += 1
                _retry_later(store, key, attempts + 1, now, f"delivery uncertain ({uncertain}): {exc}")
                continue
            log.warning("outbox %s: sent %d times without an answer after the data; recorded as sent, not sent "
                        "again: %s", key, uncertain, exc)
            sent += 1
            with store.atomic():
                _mark(store, key, "sent", attempts + 1, now, f"delivery uncertain ({uncertain}): {exc}")
            continue
        except TemporaryFailure as exc:
            retry += 1
            earlier = _uncertain_sends(last_error)          # a plain failure in between does not reset the count
            error = f"delivery uncertain ({earlier}): {exc}" if earlier else str(exc)
            _retry_later(store, key, attempts + 1, now, error)
            continue
        except PermanentFailure as exc:
            failed += 1
            _mark(store, key, "failed", attempts + 1, now, str(exc))
            log.error("outbox %s failed for good: %s", key, exc)
            continue
        maybe_crash("outbox.sent")
        sent += 1
        with store.atomic():
            _mark(store, key, "sent", attempts + 1, now, None)
            if not caps.exempt(key):                   # a first recap is bounded per sender instead (caps.py)
                caps.count(store, to, now)
        maybe_crash("outbox.marked")
    return DrainResult(sent, retry, failed, held)


def _uncertain_sends(last_error: str | None) -> int:
    """How many earlier sends of this mail lost the server's answer after the data went out."""
    found = UNCERTAIN.match(last_error or "")
    return int(found.group(1)) if found else 0


def _retry_later(store: Store, key: str, attempts: int, now: datetime, error: str) -> None:
    if attempts >= MAX_ATTEMPTS:
        _mark(store, key, "failed", attempts, now, f"gave up after {attempts} attempts: {error}")
        log.error("outbox %s: gave up after %d attempts: %s", key, attempts, error)
        return
    wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)]
    store.db.execute("UPDATE outbox SET attempts = ?, next_attempt = ?, last_error = ? WHERE key = ?",
                     [attempts, (now + timedelta(seconds=wait)).isoformat(), error, key])
    log.warning("outbox %s: temporary failure (attempt %d), retry in %ds: %s", key, attempts, wait, error)


def _mark(store: Store, key: str, status: str, attempts: int, now: datetime, error: str | None) -> None:
    sent_at = now.isoformat() if status == "sent" else None
    store.db.execute("UPDATE outbox SET status = ?, attempts = ?, sent_at = ?, last_error = ? WHERE key = ?",
                     [status, attempts, sent_at, error, key])
