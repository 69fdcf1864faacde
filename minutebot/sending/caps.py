"""The per-recipient daily cap on bot mail: the last guard against a mail loop nobody foresaw.

    over = over_cap(store, ["wangfang@example.cn"], now, cap=20)   # -> ["wangfang@example.cn"] once 20 went today

The outbox asks before each send, and decides per recipient. Someone over the cap who is only copied (Cc) is left out
of that mail's SMTP envelope: the mail goes to the others, its headers as written, and the sent row says who was left
out. A mail is held only when every person it is addressed To is over the cap: it stays queued with next_attempt at the
next midnight and the reason in last_error, so it is delayed, never lost, and never sent twice (its key and bytes stay
the same). A copied manager over the cap never holds the owner's chase. The first time a person is over the cap on a
day is logged, once. The first
recap of new minutes is never held — it is the answer the organizer asked for, one per minutes mail — and does not
count: anyone in the allowed domains can send minutes naming a colleague, and that must not use up her quota.
Instead, `limit_recap` bounds what one sender's minutes can cause: at most max_recipients_per_minutes people per
recap (organizer, then owners, then participants) and max_recap_recipients_per_sender_per_day deliveries a day, past
which a recap goes to its organizer alone.
"""
from __future__ import annotations

import json
import logging
import re
from datetime import datetime, time, timedelta

from minutebot.storage.store import Store

log = logging.getLogger("minutebot.sending.caps")
TO_FIELD = re.compile(r"^to:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')                  # a quoted display name: "王芳, a@b.cn"


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


def envelope(recipients: list[str], over: list[str], raw: bytes) -> tuple[list[str], list[str]]:
    """(who the mail goes to now, who is left out): over-cap recipients it only copies are left out; ([], over) when
    every recipient it is addressed To is over the cap (no To among the recipients: all of them count as To)."""
    over_set = {r.lower() for r in over}
    to_field = _to_field(raw)
    to = [r for r in recipients if _names(to_field, r.lower())] or recipients
    if all(r.lower() in over_set for r in to):
        return [], over
    left_out = [r for r in recipients if r.lower() in over_set and r not in to]
    return [r for r in recipients if r not in left_out], left_out


def _to_field(raw: bytes) -> str:
    """The mail's To field, unfolded, in lower case, its quoted names emptied (only the head is read; the bot writes
    its headers in ASCII). Read with a pattern: the email package's header parser costs ~1 ms a mail."""
    end = raw.find(b"\r\n\r\n")               # the head alone is copied (a split copies the 190 KB body too)
    head = (raw if end < 0 else raw[:end]).split(b"\n\n", 1)[0].decode("ascii", "replace")
    found = TO_FIELD.search(head)
    return QUOTED.sub('""', re.sub(r"\r?\n[ \t]", " ", found.group(1))).lower() if found else ""


def _names(field: str, address: str) -> bool:
    """Whether this address stands in the field as an address (<a@b>, or bare between commas), not inside another.
    A scan with str.find: a pattern per address would be compiled again for nearly every mail of a morning (the re
    module keeps 512), ~0.1 ms each."""
    start = field.find(address)
    while start >= 0:
        end = start + len(address)
        if (start == 0 or _edge(field[start - 1], "<,")) and (end == len(field) or _edge(field[end], ">,")):
            return True
        start = field.find(address, start + 1)
    return False


def _edge(char: str, marks: str) -> bool:
    """Whether `char` may stand next to an address: one of `marks` or whitespace (what \\s matched)."""
    return char in marks or char.isspace()


def hold(store: Store, key: str, over: list[str], now: datetime, cap: int) -> None:
    """Keep the mail queued until the next day; say why in the row, and in the log once per person and day."""
    reason = f"held until {_tomorrow(now).date().isoformat()}: {cap} mails already sent today to {', '.join(over)}"
    store.db.execute("UPDATE outbox SET next_attempt = ?, last_error = ? WHERE key = ?",
                     [_tomorrow(now).isoformat(), reason, key])
    tell(store, over, now, cap)


def left_out_note(left_out: list[str], cap: int) -> str:
    """What a sent row records of the copies the cap left out of its envelope."""
    return f"sent without {', '.join(left_out)}: copied, {cap} mails already sent to them today"


def tell(store: Store, over: list[str], now: datetime, cap: int) -> None:
    """Log, once per person and day, that they are over the cap and what that means for the rest of the day."""
    for recipient in over:
        cursor = store.db.execute("UPDATE daily_sends SET held = 1 WHERE recipient = ? AND day = ? AND held = 0",
                                  [recipient.lower(), now.date().isoformat()])
        if cursor.rowcount:
            log.warning("daily cap: %d mails sent to %s today; until %s, mail To them waits and mail that only copies "
                        "them goes without them (max_mails_per_recipient_per_day)", cap, recipient,
                        _tomorrow(now).date().isoformat())


def _tomorrow(now: datetime) -> datetime:
    return datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)


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
