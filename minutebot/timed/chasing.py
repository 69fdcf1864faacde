"""Owner mail on working days: a reminder before the due date, a chase each working day while overdue.

Each function is a job for jobs.JOBS: it asks the store which items are due for it at `now`, claims
(job, item, period) in job_runs and queues the mail in one transaction, so it never sends twice. One mail per owner
and day lists that owner's items (at most lists.LISTED, the most overdue first), rather than one mail per item.
The escalation after N overdue days (to the owner, copying their manager) is escalation.py, called by the chase for
each owner in the same transaction: on a day one of the owner's items is escalated, the escalation lists it and the
owner's other overdue items, in place of the plain chase, so an owner gets at most one such mail a day.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Iterator

from minutebot.app import App
from minutebot.timed.batches import in_batches
from minutebot.timed.budget import UNLIMITED, Budget
from minutebot.timed.escalation import escalate_owner
from minutebot.timed.owner_mail import owner_mail


def remind(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """Items due within `remind_before_workdays` working days get one reminder (re-armed by a new due date)."""
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    wanted = app.config.policy.remind_before_workdays
    # 0 < working days from today to the due date <= wanted  <=>  next working day <= due date < the (wanted+1)-th
    first, after = app.calendar.next_workday(today), app.calendar.add_workdays(today, max(wanted, 0) + 1)

    def remind_owner(candidates: list[dict]) -> int:
        due_soon = [i for i in candidates if i["due_date"] and i["due"] > now.isoformat()
                    and 0 < app.calendar.workdays_between(today, date.fromisoformat(i["due_date"])) <= wanted
                    and i["created_at"][:10] < today.isoformat()]
        return _claim_and_mail(app, now, "remind", due_soon, lambda item: item["due_date"], "reminder")
    return in_batches(app, _by_owner(app, "due > ? AND due_date >= ? AND due_date < ? AND created_at < ? AND NOT "
                                     "EXISTS (SELECT 1 FROM job_runs j WHERE j.job = 'remind' AND j.target = 'item:' "
                                     "|| items.id AND j.period = items.due_date)",
                                     [now.isoformat(), first.isoformat(), after.isoformat(), today.isoformat()]),
                      budget, remind_owner)


def chase(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """Overdue items: the owner is chased once each working day, in one mail listing their overdue items; on a day
    some of them are due for escalation, that mail is the escalation copying the manager (escalation.escalate_owner).

    Overdue means overdue at today's chase time: an item whose deadline passes at 18:00 is chased the next
    working day at chase_time, not the same evening (and a daemon that was down all morning chases the same set).
    """
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    slot = app.config.at(today, "chase_time").isoformat()

    def chase_owner(fresh: list[dict]) -> int:
        """One owner: the escalation or the plain chase, in the batch's transaction."""
        overdue = [i for i in fresh if i["due"] and i["due"] <= slot and i["due_date"]]
        for item in overdue:
            item["overdue_days"] = app.calendar.workdays_between(date.fromisoformat(item["due_date"]), today)
        if not overdue:
            return 0
        meetings = app.store.meetings_by_id({i["meeting_id"] for i in overdue},      # once for both mails
                                            ("title", "organizer_name", "organizer_email"))
        escalated, plain = escalate_owner(app, now, overdue[0]["owner_email"].lower(), overdue, meetings)
        return escalated + _claim_and_mail(app, now, "chase", plain, lambda item: today.isoformat(), "chase",
                                           meetings)
    # an item chased or escalated today is not looked at again today (every later pass reads only the unclaimed)
    return in_batches(app, _by_owner(app, "due <= ? AND due_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM job_runs "
                                     "j WHERE j.job IN ('chase', 'escalate') AND j.target = 'item:' || items.id AND "
                                     "j.period = ?)", [slot, today.isoformat()]),
                      budget, chase_owner)


def _by_owner(app: App, where: str, params: list) -> Iterator[list[dict]]:
    """Open items with an owner the bot may mail, matching `where` (read through the open-items index), one owner
    at a time: only their ids are held for all owners at once, so memory stays bounded on a big store."""
    ids, allowed = defaultdict(list), {}                 # whether each owner may be mailed: asked once an owner
    for item_id, _, owner in app.store.open_ids(f"owner_email IS NOT NULL AND {where}", params):
        if owner not in allowed:
            allowed[owner] = app.config.policy.recap_external or app.config.domain_allowed(owner)
        if allowed[owner]:
            ids[owner.lower()].append(item_id)
    for owned in ids.values():
        yield app.store.items_by_id(owned)


def _claim_and_mail(app: App, now: datetime, job: str, items: list[dict], period, template: str,
                    meetings: dict[int, dict] | None = None) -> int:
    """Claim each item for this period, then send each owner one mail listing the items claimed (inside the caller's
    transaction); `meetings` holds the items' meetings when the caller has read them."""
    claimed, sent = defaultdict(list), 0
    wanted = [(f"item:{item['id']}", period(item)) for item in items]
    fresh = app.store.claim_jobs(job, wanted, now)
    for item, pair in zip(items, wanted):
        if pair in fresh:
            fresh.discard(pair)                          # an item listed twice is claimed (and listed) once
            claimed[item["owner_email"].lower()].append(item)
    for owner, owned in claimed.items():
        key = f"{job}:{app.store.scoped(owner)}:{now.date().isoformat()}"
        sent += owner_mail(app, now, key, owner, owned, template, meetings)
    return sent
