"""The per-recipient daily cap on bot mail: the last guard against a mail loop nobody foresaw.

    over = over_cap(store, ["wangfang@example.cn"], now, cap=20)   # -> ["wangfang@example.cn"] once 20 went today

The outbox asks before each send. Mail to someone who already got `cap` mails today is not dropped: it stays queued
with next_attempt at the next midnight and the reason in last_error, so it is delayed, never lost, and never sent
twice (its key and bytes stay the same). The first time a person hits the cap on a day is logged, once. The first
recap of new minutes is never held — it is the answer the organizer asked for, one per minutes mail — and does not
count: anyone in the allowed domains can send minutes naming a colleague, and that must not use up her quota.
Instead, `limit_recap` bounds what one sender's minutes can cause: at most max_recipients_per_minutes people per
recap (organizer, then owners, then participants) and max_recap_recipients_per_sender_per_day deliveries a day, past
which a recap goes to its organizer alone.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, time, timedelta

from minutebot.storage.store import Store

log = logging.getLogger("minutebot.sending.caps")


def exempt(key: str) -> bool:
    return key.startswith("recap:") and key.endswith(":v1")


def over_cap(store: Store, recipients: list[str], now: datetime, cap: int) -> list[str]:
    """The recipients who already got `cap` mails on now's day (none when cap is 0)."""
    if not cap or not recipients:
        return []
    marks = ",".join("?" * len(recipients))
    rows = store.db.execute(f"SELECT recipient FROM daily_sends WHERE day = ? AND sent >= ? AND recipient IN ({marks})",
                            [now.date().isoformat(), cap, *[r.lower() for r in recipients]]).fetchall()
    return sorted(row[0] for row in rows)


def hold(store: Store, key: str, over: list[str], now: datetime, cap: int) -> None:
    """Keep the mail queued until the next day; say why in the row, and in the log once per person and day."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)
    reason = f"held until {tomorrow.date().isoformat()}: {cap} mails already sent today to {', '.join(over)}"
    store.db.execute("UPDATE outbox SET next_attempt = ?, last_error = ? WHERE key = ?",
                     [tomorrow.isoformat(), reason, key])
    for recipient in over:
        cursor = store.db.execute("UPDATE daily_sends SET held = 1 WHERE recipient = ? AND day = ? AND held = 0",
                                  [recipient, now.date().isoformat()])
        if cursor.rowcount:
            log.warning("daily cap: %d mails sent to %s today; more to them waits until %s (max_mails_per_recipient_"
                        "per_day)", cap, recipient, tomorrow.date().isoformat())


def count(store: Store, recipients: list[str], now: datetime) -> None:
    """One more mail sent to each recipient today."""
    for recipient in {r.lower() for r in recipients}:
        store.db.execute("INSERT INTO daily_sends (recipient, day, sent, held) VALUES (?, ?, 1, 0) "
                         "ON CONFLICT(recipient, day) DO UPDATE SET sent = daily_sends.sent + 1",
                         [recipient, now.date().isoformat()])


def limit_recap(store: Store, organizer: str, to: list, cc: list, now: datetime, policy) -> tuple[list, list]:
    """The first recap's To and Cc within the per-minutes and per-sender-per-day caps: To comes first (the organizer,
    then the owners), then Cc (the participants); the organizer is always kept."""
    organizer_first = sorted(to, key=lambda r: r.email.lower() != organizer.lower())
    mailed_self = int(bool(to) and organizer_first[0].email.lower() == organizer.lower())
    rooms = [policy.max_recipients_per_minutes] if policy.max_recipients_per_minutes else []
    if policy.max_recap_recipients_per_sender_per_day:                  # the organizer's own copy is not counted
        rooms.append(policy.max_recap_recipients_per_sender_per_day - _recap_deliveries(store, organizer, now) +
                     mailed_self)
    everyone = len(to) + len(cc)
    if not rooms or everyone <= min(rooms):
        return to, cc
    room = max(min(rooms), mailed_self)
    kept_to, kept_cc = organizer_first[:room], cc[:max(room - len(to), 0)]
    log.warning("recap of %s's minutes: %d of %d recipients left out (max_recipients_per_minutes %d, "
                "max_recap_recipients_per_sender_per_day %d)", organizer, everyone - len(kept_to) - len(kept_cc),
                everyone, policy.max_recipients_per_minutes, policy.max_recap_recipients_per_sender_per_day)
    return kept_to, kept_cc


def _recap_deliveries(store: Store, organizer: str, now: datetime) -> int:
    """Recipients other than the organizer of the first recaps of this organizer's minutes queued on now's day."""
    rows = store.db.execute(
        "SELECT o.recipients FROM outbox o JOIN meetings m ON m.id = o.meeting_id WHERE o.purpose = 'recap' AND "
        "o.key LIKE 'recap:%:v1' AND substr(o.created_at, 1, 10) = ? AND lower(m.organizer_email) = ?",
        [now.date().isoformat(), organizer.lower()]).fetchall()
    return sum(len([r for r in json.loads(row[0]) if r.lower() != organizer.lower()]) for row in rows)
