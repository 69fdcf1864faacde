"""Owner mail on working days: a reminder before the due date, a chase while overdue, escalation after N days.

Each function is a job for jobs.JOBS: it asks the store which items are due for it at `now`, claims
(job, item, period) in job_runs and queues the mail in one transaction, so it never sends twice. One mail per owner
and day lists all of that owner's items, rather than one mail per item.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Iterator

from mailer.compose import Recipient
from minutebot.workflow import lists, mails
from minutebot.app import App
from minutebot.timed.budget import UNLIMITED, Budget

ESCALATION_EVERY = 5          # after the first escalation, repeat it every this many overdue working days


def remind(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """Items due within `remind_before_workdays` working days get one reminder (re-armed by a new due date)."""
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    wanted = app.config.policy.remind_before_workdays
    # 0 < working days from today to the due date <= wanted  <=>  next working day <= due date < the (wanted+1)-th
    first, after = app.calendar.next_workday(today), app.calendar.add_workdays(today, max(wanted, 0) + 1)
    sent = 0
    for candidates in _by_owner(app, "due > ? AND due_date >= ? AND due_date < ? AND created_at < ? AND NOT EXISTS "
                                "(SELECT 1 FROM job_runs j WHERE j.job = 'remind' AND j.target = 'item:' || items.id "
                                "AND j.period = items.due_date)",
                                [now.isoformat(), first.isoformat(), after.isoformat(), today.isoformat()]):
        due_soon = [i for i in candidates if i["due_date"] and i["due"] > now.isoformat()
                    and 0 < app.calendar.workdays_between(today, date.fromisoformat(i["due_date"])) <= wanted
                    and i["created_at"][:10] < today.isoformat()]
        sent += _per_owner(app, now, "remind", due_soon, lambda item: item["due_date"], "reminder")
        if budget.used():
            break
    return sent


def chase(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """Overdue items: the owner is chased once each working day; escalated ones copy the manager and organizer.

    Overdue means overdue at today's chase time: an item whose deadline passes at 18:00 is chased the next
    working day at chase_time, not the same evening (and a daemon that was down all morning chases the same set).
    """
    today = now.date()
    if not app.slot_passed(now, "chase_time") or budget.spent():
        return 0
    slot = app.config.at(today, "chase_time").isoformat()
    threshold, sent = app.config.policy.escalate_after_workdays, 0
    # an item chased or escalated today is not looked at again today (every later pass reads only the unclaimed)
    for fresh in _by_owner(app, "due <= ? AND due_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM job_runs j WHERE "
                           "j.job IN ('chase', 'escalate') AND j.target = 'item:' || items.id AND j.period = ?)",
                           [slot, today.isoformat()]):
        overdue = [i for i in fresh if i["due"] and i["due"] <= slot and i["due_date"]]
        for item in overdue:
            item["overdue_days"] = app.calendar.workdays_between(date.fromisoformat(item["due_date"]), today)
        escalate = [i for i in overdue if i["overdue_days"] >= threshold
                    and (i["overdue_days"] - threshold) % ESCALATION_EVERY == 0]
        escalated = {i["id"] for i in escalate}
        plain = [i for i in overdue if i["id"] not in escalated]
        sent += _per_owner(app, now, "chase", plain, lambda item: today.isoformat(), "chase")
        sent += _per_owner(app, now, "escalate", escalate, lambda item: today.isoformat(), "escalation")
        if budget.used():
            break
    return sent


def _by_owner(app: App, where: str, params: list) -> Iterator[list[dict]]:
    """Open items with an owner the bot may mail, matching `where` (read through the open-items index), one owner
    at a time: only their ids are held for all owners at once, so memory stays bounded on a big store."""
    ids = defaultdict(list)
    for item_id, _, owner in app.store.open_ids(f"owner_email IS NOT NULL AND {where}", params):
        if app.config.policy.recap_external or app.config.domain_allowed(owner):
            ids[owner.lower()].append(item_id)
    for owned in ids.values():
        yield app.store.items_by_id(owned)


def _per_owner(app: App, now: datetime, job: str, items: list[dict], period, template: str) -> int:
    """Claim each item for this period, then send each owner one mail listing the items claimed."""
    claimed = defaultdict(list)
    sent = 0
    with app.store.atomic():
        for item in items:
            if app.store.claim_job(job, f"item:{item['id']}", period(item), now):
                claimed[item["owner_email"].lower()].append(item)
        meetings = app.store.meetings_by_id(i["meeting_id"] for owned in claimed.values() for i in owned)
        for owner, owned in claimed.items():
            for key, items in _groups(job, app.store.scoped(owner), owned, now, template, meetings):
                sent += _send(app, now, key, owner, items, template, meetings)
    return sent


def _groups(job: str, owner: str, items: list[dict], now: datetime, template: str, meetings: dict[int, dict]):
    """(outbox key, items) for each mail: one per owner and day; an escalation, which copies organizers, one per
    organizer, listing only that organizer's meetings: nobody is shown an item of a meeting they have no part in."""
    key = f"{job}:{owner}:{now.date().isoformat()}"        # (owner scoped to the organisation by _per_owner)
    if template != "escalation":
        return [(key, items)]
    by_organizer = defaultdict(list)
    for item in items:
        by_organizer[(meetings[item["meeting_id"]]["organizer_email"] or "").lower()].append(item)
    return [(f"{key}:{organizer}", group) for organizer, group in by_organizer.items()]


def _send(app: App, now: datetime, key: str, owner: str, items: list[dict], template: str,
          known: dict[int, dict]) -> int:
    """One mail listing `items` (meetings: `known`, read once for all of this call's mails)."""
    lang, meetings = app.config.bot.language, {}
    for item in items:
        meetings.setdefault(item["meeting_id"], known[item["meeting_id"]])
    cc = []
    if template == "escalation":
        cc = [Recipient(m["organizer_name"] or "", m["organizer_email"]) for m in meetings.values()]
        manager = app.roster.find_by_email(owner)
        if manager and manager.manager_email:
            boss = app.roster.find_by_email(manager.manager_email)
            cc.insert(0, Recipient(boss.name if boss else "", manager.manager_email))
    to, cc = mails.split_recipients(app, [Recipient(items[0]["owner_name"] or "", owner)], cc)
    if not to:
        return 0
    numbering = lists.number_items(app, items, now, scoped=True)
    context = {"owner_name": items[0]["owner_name"] or owner, "count": len(items),
               "copied": [person.name or person.email for person in cc],
               "items": [_line(i, meetings[i["meeting_id"]], lang, numbering.of(i), now) for i in items]}
    mails.send(app, key=key, template=template, context=context, to=to,
               cc=cc, now=now, meeting_id=numbering.meeting_id, token=numbering.token)
    return 1


def _line(item: dict, meeting: dict, lang: str, number: int, now: datetime) -> dict:
    return {"number": number, "task": item["task"], "meeting": meeting["title"],
            "due": mails.show_due(item["due"], item["due_time"], lang, today=now.date()), "percent": item["percent"],
            "overdue_days": item.get("overdue_days", 0), "status": item["status"]}
