"""Every mail the bot sends goes through here: queued in the caller's transaction, sent later with retries.

`queue()` writes the finished bytes under a unique key (e.g. "recap:12:v1"); a second queue with the same key is
ignored, so a repeated decision can never send twice. `drain()` sends what is due over one transport; a temporary
failure waits with growing backoff, a permanent one is recorded and logged; the daily cap is decided per recipient
at send time (caps.py): a copy to someone over it is left out of the envelope, and a mail waits for the next day only
when everyone it is addressed To is over it. A crash between send and mark means at most that one message is
tried again — the Message-ID stays the same, so receivers can drop the copy. A transport that says so
(`resend_is_noop`: the Maildir outbox names each file by the Message-ID and skips one already there) has its sent
mails marked SAFE_BATCH to a transaction: a crash then means up to that many are tried again, each found delivered
and not written twice. Over SMTP each mail is still marked in its own transaction, as a resend there is a second
copy. A server that takes the whole message and then drops the connection before answering may have delivered it:
such a mail is sent at most MAX_UNCERTAIN_SENDS times, then recorded as sent with the doubt in last_error.
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
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
PAGE = 500                                     # rows read from the queue at a time; a pass goes on to the end
STOP_AFTER_FAILURES = 5                        # temporary failures in a row that end a pass (the server is down)
SAFE_BATCH = 200                               # mails marked a transaction where a resend is a no-op (a commit each
                                               # cost ~35 µs of WAL writes a mail on a big store's first morning)


@dataclass(frozen=True)
class DrainResult:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    held: int = 0                              # over the per-recipient daily cap: waits for the next day
    more: bool = False                         # the pass stopped at its time slice with due mail left


def queue(store: Store, key: str, msg: EmailMessage, *, now: datetime, sender: str, recipients: list[str],
          purpose: str = "", meeting_id: int | None = None) -> bool:
    """Add one mail to the outbox unless its key is there already. Call inside the change's transaction."""
    return queue_raw(store, key, msg.as_bytes(), msg["Message-ID"], now=now, sender=sender, recipients=recipients,
                     purpose=purpose, meeting_id=meeting_id)


def queue_raw(store: Store, key: str, raw: bytes, message_id: str, *, now: datetime, sender: str,
              recipients: list[str], purpose: str = "", meeting_id: int | None = None) -> bool:
    """queue() for a mail already written as bytes (mails.send: the composer writes bytes, not an EmailMessage). The
    bytes go to outbox_bytes, apart from the row that is updated as it is sent (migrations.m009)."""
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO outbox (key, message_id, created_at, sender, recipients, raw, status, attempts, "
        "next_attempt, purpose, meeting_id) VALUES (?, ?, ?, ?, ?, X'', 'queued', 0, ?, ?, ?)",
        [key, message_id, now.isoformat(), sender, json.dumps(recipients), now.isoformat(), purpose, meeting_id])
    queued = cursor.rowcount == 1
    if queued:
        store.db.execute("INSERT INTO outbox_bytes (key, raw) VALUES (?, ?)", [key, raw])
    maybe_crash("outbox.queued")
    return queued


def drain(store: Store, transport, now: datetime, limit: int = 0, cap: int = 0, seconds: float = 0) -> DrainResult:
    """Send every queued mail whose time has come in this one pass — first recaps, then oldest first — page by page
    over the transport's one connection; at most `cap` a day to one person (0: no cap), and mail held by the cap
    never holds back what comes after it. `limit` > 0 stops after that many rows; `seconds` > 0 stops after that
    long (the daemon's slice, so new mail is read between slices) with `more` set. A server that fails
    STOP_AFTER_FAILURES times in a row ends the pass: the rest waits for the next one, no attempt counted."""
    counts, tried, streak = {"sent": 0, "retry": 0, "failed": 0, "held": 0}, set(), 0
    stop_at = time.monotonic() + seconds if seconds else float("inf")
    while streak < STOP_AFTER_FAILURES and not (limit and len(tried) >= limit):
        page = [row for row in _due(store, now) if row[0] not in tried]
        if not page:
            break
        if tried and time.monotonic() >= stop_at:              # a pass always sends something
            return DrainResult(**counts, more=True)
        rows = page[:limit - len(tried) if limit else None]
        size = SAFE_BATCH if getattr(transport, "resend_is_noop", False) else 1
        for start in range(0, len(rows), size):
            with store.atomic() if size > 1 else contextlib.nullcontext():
                streak = _send_rows(store, transport, now, cap, rows[start:start + size], size > 1,
                                    (tried, counts, streak, stop_at))
            if streak >= STOP_AFTER_FAILURES or time.monotonic() >= stop_at:
                break
    return DrainResult(**counts)


def _send_rows(store: Store, transport, now: datetime, cap: int, rows: list[tuple], batched: bool, state: tuple) -> int:
    """Send these queued rows in turn until the failure streak or the time slice ends it, adding each key to `tried`
    and each outcome to `counts`; the streak of temporary failures after them. `batched`: the caller holds one
    transaction for all of them, so no mail opens its own."""
    tried, counts, streak, stop_at = state
    for key, sender, recipients, attempts, last_error in rows:
        tried.add(key)
        outcome = _send_one(store, transport, now, cap, key, sender, json.loads(recipients), attempts, last_error,
                            batched)
        counts[outcome] += 1
        streak = streak + 1 if outcome == "retry" else 0
        if streak >= STOP_AFTER_FAILURES or time.monotonic() >= stop_at:
            break
    return streak


def _due(store: Store, now: datetime) -> list[tuple]:
    """The next page of queued mail whose time has come: the first recap of minutes first, then oldest first. The
    bytes are read one mail at a time when it is sent: sorting them along would hold the whole queue in memory."""
    return store.db.execute(
        "SELECT key, sender, recipients, attempts, last_error FROM outbox WHERE status = 'queued' "
        "AND next_attempt <= ? ORDER BY key NOT LIKE 'recap:%', created_at, key LIMIT ?",
        [now.isoformat(), PAGE]).fetchall()


def _send_one(store: Store, transport, now: datetime, cap: int, key: str, sender: str, to: list[str],
              attempts: int, last_error: str | None, batched: bool = False) -> str:
    """Send one queued mail and record the outcome: 'sent', 'retry', 'failed' or 'held' (every To recipient over the
    daily cap; copies over it are left out of the envelope instead). Its bytes are read only when it may be sent: a
    morning's held chases are never loaded. `batched`: the caller's transaction holds this mail's writes."""
    over = [] if caps.exempt(key) else caps.over_cap(store, to, now, cap)
    to, left_out, raw = _envelope(store, key, to, over)
    if not to:
        with _own(store, batched):             # one commit for the row and the day's count, not one each
            caps.hold(store, key, over, now, cap)
        return "held"
    maybe_crash("outbox.before_send")
    try:
        transport.send(sender, to, raw)
    except DeliveryUnknown as exc:
        return _uncertain(store, key, attempts, now, last_error, exc)
    except TemporaryFailure as exc:
        earlier = _uncertain_sends(last_error)          # a plain failure in between does not reset the count
        _retry_later(store, key, attempts + 1, now, f"delivery uncertain ({earlier}): {exc}" if earlier else str(exc))
        return "retry"
    except PermanentFailure as exc:
        _mark(store, key, "failed", attempts + 1, now, str(exc))
        log.error("outbox %s failed for good: %s", key, exc)
        return "failed"
    maybe_crash("outbox.sent")
    with _own(store, batched):
        _mark(store, key, "sent", attempts + 1, now, caps.left_out_note(left_out, cap) if left_out else None)
        if not caps.exempt(key):                   # a first recap is bounded per sender instead (caps.py)
            caps.count(store, to, now)
            caps.tell(store, left_out, now, cap)
    maybe_crash("outbox.marked")
    return "sent"


def _own(store: Store, batched: bool):
    """This mail's own transaction, or nothing when the caller's batch holds one."""
    return contextlib.nullcontext() if batched else store.atomic()


def _envelope(store: Store, key: str, to: list[str], over: list[str]) -> tuple[list[str], list[str], bytes]:
    """(envelope, left out, bytes) of one mail, decided at send time from who is over the cap (caps.envelope); an
    empty envelope when it must wait, without reading its bytes when everyone it goes to is over."""
    if over and not {r.lower() for r in to} - set(over):
        return [], over, b""
    raw = store.db.execute("SELECT raw FROM outbox_bytes WHERE key = ?", [key]).fetchone()[0]
    if not over:
        return to, [], raw
    return (*caps.envelope(to, over, raw), raw)


def _uncertain(store: Store, key: str, attempts: int, now: datetime, last_error: str | None, exc) -> str:
    """The data went out but no answer came: try again, up to MAX_UNCERTAIN_SENDS sends, then record it as sent."""
    uncertain = _uncertain_sends(last_error) + 1
    if uncertain < MAX_UNCERTAIN_SENDS:
        _retry_later(store, key, attempts + 1, now, f"delivery uncertain ({uncertain}): {exc}")
        return "retry"
    log.warning("outbox %s: sent %d times without an answer after the data; recorded as sent, not sent "
                "again: %s", key, uncertain, exc)
    with store.atomic():
        _mark(store, key, "sent", attempts + 1, now, f"delivery uncertain ({uncertain}): {exc}")
    return "sent"


def prune_sent(store: Store, now: datetime, keep_days: int) -> int:
    """Drop the bytes of mail sent more than `keep_days` days ago (the row stays: key, Message-ID, recipients, when,
    so nothing is ever sent twice and replies still find their meeting); 0 keeps everything. Returns rows pruned."""
    if not keep_days:
        return 0
    cursor = store.db.execute("DELETE FROM outbox_bytes WHERE key IN (SELECT key FROM outbox WHERE status = 'sent' "
                              "AND sent_at < ?)", [(now - timedelta(days=keep_days)).isoformat()])
    return cursor.rowcount


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
