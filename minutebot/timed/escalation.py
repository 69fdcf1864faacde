"""Escalation to managers: on working days, each manager gets one mail listing their people's items that have been
overdue `escalate_after_workdays` working days (then every ESCALATION_EVERY more), grouped by owner.

A job for jobs.JOBS, beside the owner's own daily chase (chasing.py). Each item is claimed (escalate, item, day) in
job_runs with the manager's mail, in one transaction. Only the items whose due date is on today's cadence are read
(a list of due dates worked out from the calendar), so a later pass the same day reads nothing. Owners with no
manager in the roster are not escalated: their chase and their organizers' digest still list the item.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from mailer.compose import Recipient
from minutebot.app import App
from minutebot.storage.store import IN_ORGANISATION, OPEN_WHERE
from minutebot.timed.budget import UNLIMITED, Budget
from minutebot.workflow import lists, mails

ESCALATION_EVERY = 5          # after the first escalation, repeat it every this many overdue working days


def escalate(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """At chase_time on working days: one mail per manager listing their people's items due for escalation today."""
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    slot = app.config.at(today, "chase_time").isoformat()
    days = cadence_days(app, today, _oldest_due(app, slot))
    sent = 0
    for manager, ids in sorted(_by_manager(app, slot, today, days).items()):
        sent += _escalate_to(app, now, manager, app.store.items_by_id(ids), days)
        if budget.used():
            break
    return sent


def cadence_days(app: App, today: date, oldest: date | None) -> dict[str, int]:
    """Due date (ISO) -> working days overdue today, for every due date from `oldest` whose item escalates today."""
    threshold, out = app.config.policy.escalate_after_workdays, {}
    day = today - timedelta(days=1)
    while oldest and day >= oldest:
        overdue = app.calendar.workdays_between(day, today)
        if overdue >= threshold and (overdue - threshold) % ESCALATION_EVERY == 0:
            out[day.isoformat()] = overdue
        day -= timedelta(days=1)
    return out


def _oldest_due(app: App, slot: str) -> date | None:
    row = app.store.db.execute(f"SELECT min(due_date) FROM items INDEXED BY idx_items_open WHERE {OPEN_WHERE} "
                               f"AND due <= ? AND {IN_ORGANISATION}", [slot, app.store.organisation]).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _by_manager(app: App, slot: str, today: date, days: dict[str, int]) -> dict[str, list[int]]:
    """The ids of open items to escalate today (not yet escalated today), by the owner's manager."""
    managers = {e.email.lower(): e.manager_email.lower() for e in app.roster.entries if e.email and e.manager_email}
    out = defaultdict(list)
    due_dates = sorted(days)
    for start in range(0, len(due_dates), 500):
        chunk = due_dates[start:start + 500]
        for item_id, _, owner in app.store.open_ids(
                f"owner_email IS NOT NULL AND due <= ? AND due_date IN ({','.join('?' * len(chunk))}) AND NOT EXISTS "
                "(SELECT 1 FROM job_runs j WHERE j.job = 'escalate' AND j.target = 'item:' || items.id "
                "AND j.period = ?)", [slot, *chunk, today.isoformat()]):
            manager = managers.get(owner.lower())
            if manager and manager != owner.lower() and (
                    app.config.policy.recap_external or app.config.domain_allowed(owner)):
                out[manager].append(item_id)
    return out


def _escalate_to(app: App, now: datetime, manager: str, items: list[dict], days: dict[str, int]) -> int:
    """Claim the items and queue the manager's one mail for today; 1 if it was queued."""
    today, target = now.date().isoformat(), app.store.scoped(manager)
    for item in items:
        item["overdue_days"] = days[item["due_date"]]
    with app.store.atomic():
        claimed = [i for i in items if app.store.claim_job("escalate", f"item:{i['id']}", today, now)]
        boss = app.roster.find_by_email(manager)
        name = boss.name if boss else manager
        to, _ = mails.split_recipients(app, [Recipient(name, manager)], [])
        if not claimed or not to:
            return 0
        shown, more = lists.most_overdue(claimed)
        groups = _groups(app, shown, now)
        numbering = lists.number_items(app, [i for group in groups for i in group["items"]], now, scoped=True)
        for group in groups:
            group["items"] = [{**line, "number": numbering.of(line)} for line in group["items"]]
        context = {"manager_name": name, "count": len(claimed), "more": more, "groups": groups,
                   "owners": len({i["owner_email"].lower() for i in claimed})}
        mails.send(app, key=f"escalate:{target}:{today}", template="escalation", to=to, now=now, context=context,
                   meeting_id=numbering.meeting_id, token=numbering.token)
    return 1


def _groups(app: App, items: list[dict], now: datetime) -> list[dict]:
    """The listed items by owner, the owner of the most overdue first, each line as the mail shows it."""
    lang = app.config.bot.language
    meetings = app.store.meetings_by_id({i["meeting_id"] for i in items}, ("title",))
    groups: dict[str, dict] = {}
    for item in items:
        group = groups.setdefault(item["owner_email"].lower(), {
            "owner": item["owner_name"] or item["owner_email"], "department": item["department"] or "", "items": []})
        group["items"].append({
            "id": item["id"], "meeting_id": item["meeting_id"], "number": item["number"], "task": item["task"],
            "meeting": meetings[item["meeting_id"]]["title"], "percent": item["percent"],
            "overdue_days": item["overdue_days"],
            "due": mails.show_due(item["due"], item["due_time"], lang, today=now.date())})
    return list(groups.values())
