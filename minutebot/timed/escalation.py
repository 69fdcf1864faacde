"""Escalation on working days: an owner's items overdue `escalate_after_workdays` working days (then every
ESCALATION_EVERY more) go to the owner in one mail per organizer, copying the owner's manager and that organizer.

A job for jobs.JOBS, beside the daily chase (chasing.py), which leaves out the items escalated that day. Each item is
claimed (escalate, item, day) in job_runs with its mail, in one transaction. Only the items whose due date is on
today's cadence are read (a list of due dates worked out from the calendar), so a later pass the same day reads
nothing. One mail per owner and organizer, listing only that organizer's meetings: nobody copied is shown an item of
a meeting they have no part in.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from mailer.compose import Recipient
from minutebot.app import App
from minutebot.storage.store import IN_ORGANISATION, OPEN_WHERE
from minutebot.timed.budget import UNLIMITED, Budget
from minutebot.timed.owner_mail import owner_mail

ESCALATION_EVERY = 5          # after the first escalation, repeat it every this many overdue working days


def escalate(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """At chase_time on working days: each owner's items due for escalation today, one mail per organizer."""
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    slot = app.config.at(today, "chase_time").isoformat()
    days = cadence_days(app, today, _oldest_due(app, slot))
    sent = 0
    for owner, ids in _by_owner(app, slot, today, days).items():
        sent += _escalate_owner(app, now, owner, app.store.items_by_id(ids), days)
        if budget.used():
            break
    return sent


def on_cadence(app: App, overdue_days: int) -> bool:
    """Whether an item this many working days overdue is escalated today (rather than chased)."""
    threshold = app.config.policy.escalate_after_workdays
    return overdue_days >= threshold and (overdue_days - threshold) % ESCALATION_EVERY == 0


def cadence_days(app: App, today: date, oldest: date | None) -> dict[str, int]:
    """Due date (ISO) -> working days overdue today, for every due date from `oldest` whose item escalates today."""
    out = {}
    day = today - timedelta(days=1)
    while oldest and day >= oldest:
        overdue = app.calendar.workdays_between(day, today)
        if on_cadence(app, overdue):
            out[day.isoformat()] = overdue
        day -= timedelta(days=1)
    return out


def _oldest_due(app: App, slot: str) -> date | None:
    row = app.store.db.execute(f"SELECT min(due_date) FROM items INDEXED BY idx_items_open WHERE {OPEN_WHERE} "
                               f"AND due <= ? AND {IN_ORGANISATION}", [slot, app.store.organisation]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _by_owner(app: App, slot: str, today: date, days: dict[str, int]) -> dict[str, list[int]]:
    """The ids of open items to escalate today (not yet escalated today), by owner the bot may mail."""
    out = defaultdict(list)
    due_dates = sorted(days)
    for start in range(0, len(due_dates), 500):
        chunk = due_dates[start:start + 500]
        for item_id, _, owner in app.store.open_ids(
                f"owner_email IS NOT NULL AND due <= ? AND due_date IN ({','.join('?' * len(chunk))}) AND NOT EXISTS "
                "(SELECT 1 FROM job_runs j WHERE j.job = 'escalate' AND j.target = 'item:' || items.id "
                "AND j.period = ?)", [slot, *chunk, today.isoformat()]):
            if app.config.policy.recap_external or app.config.domain_allowed(owner):
                out[owner.lower()].append(item_id)
    return out


def _escalate_owner(app: App, now: datetime, owner: str, items: list[dict], days: dict[str, int]) -> int:
    """Claim the owner's items and queue one mail per organizer of their meetings; how many were queued."""
    today, sent = now.date().isoformat(), 0
    for item in items:
        item["overdue_days"] = days[item["due_date"]]
    with app.store.atomic():
        claimed = [i for i in items if app.store.claim_job("escalate", f"item:{i['id']}", today, now)]
        meetings = app.store.meetings_by_id({i["meeting_id"] for i in claimed},
                                            ("title", "organizer_name", "organizer_email"))
        by_organizer = defaultdict(list)
        for item in claimed:
            by_organizer[(meetings[item["meeting_id"]]["organizer_email"] or "").lower()].append(item)
        for organizer, group in by_organizer.items():
            key = f"escalate:{app.store.scoped(owner)}:{today}:{organizer}"
            sent += _send(app, now, key, owner, group, meetings)
    return sent


def _send(app: App, now: datetime, key: str, owner: str, items: list[dict], meetings: dict[int, dict]) -> int:
    """One mail to the owner, copying their manager (roster) and the organizer of these items' meetings."""
    organizer = meetings[items[0]["meeting_id"]]
    cc = [Recipient(organizer["organizer_name"] or "", organizer["organizer_email"])]
    person = app.roster.find_by_email(owner)
    if person and person.manager_email:
        boss = app.roster.find_by_email(person.manager_email)
        cc.insert(0, Recipient(boss.name if boss else "", person.manager_email))
    return owner_mail(app, now, key, owner, items, "escalation", meetings, cc)
