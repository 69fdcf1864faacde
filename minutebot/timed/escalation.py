"""Escalation on working days: an owner's items overdue `escalate_after_workdays` working days (then every
ESCALATION_EVERY more) go to the owner in one mail per organizer, copying the owner's manager and that organizer.

Called by the daily chase (chasing.chase) for one owner's overdue items, inside the transaction of that owner's
chase: each escalated item is claimed (escalate, item, day) in job_runs with its mail. The owner's other overdue
items of the same organizer's meetings, chased today, are folded into that mail below the escalated ones (claimed
(chase, item, day) in the same transaction), so the owner gets one mail per organizer, not an escalation and a
chase about the same meetings. Items of other organizers' meetings stay in the owner's plain chase: nobody copied is
shown an item of a meeting they have no part in.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from mailer.compose import Recipient
from minutebot.app import App
from minutebot.timed.owner_mail import owner_mail

ESCALATION_EVERY = 5          # after the first escalation, repeat it every this many overdue working days


def on_cadence(app: App, overdue_days: int) -> bool:
    """Whether an item this many working days overdue is escalated today (rather than chased)."""
    threshold = app.config.policy.escalate_after_workdays
    return overdue_days >= threshold and (overdue_days - threshold) % ESCALATION_EVERY == 0


def escalate_owner(app: App, now: datetime, owner: str, overdue: list[dict],
                   meetings: dict[int, dict]) -> tuple[int, list[dict]]:
    """Escalate the owner's items due for it today, each organizer's with the owner's other overdue items of that
    organizer's meetings; (mails queued, the items left for the plain chase). Call inside the chase's transaction,
    with `meetings`: the title and organizer of the overdue items' meetings, which the chase reads once for both
    mails. What does not depend on the organizer is done once for the owner: the claims (one claim_jobs for each job)
    and the manager's lookup."""
    today = now.date().isoformat()
    escalated = [i for i in overdue if on_cadence(app, i["overdue_days"])]
    if not escalated:
        return 0, overdue
    by_organizer = defaultdict(list)
    for item in _claim(app, "escalate", escalated, today, now):
        by_organizer[_organizer(meetings, item)].append(item)
    folded, rest = [], []
    for item in overdue:
        if not on_cadence(app, item["overdue_days"]):
            (folded if _organizer(meetings, item) in by_organizer else rest).append(item)
    chased = defaultdict(list)
    for item in _claim(app, "chase", folded, today, now):
        chased[_organizer(meetings, item)].append(item)
    manager, sent = _manager(app, owner), 0
    for organizer, group in by_organizer.items():
        key = f"escalate:{app.store.scoped(owner)}:{today}:{organizer}"
        sent += _send(app, now, key, owner, group, chased[organizer], meetings, manager)
    return sent, rest


def _claim(app: App, job: str, items: list[dict], today: str, now: datetime) -> list[dict]:
    """The items this call claims for `job` today (one claim_jobs for all of them), in their order."""
    fresh = app.store.claim_jobs(job, [(f"item:{i['id']}", today) for i in items], now)
    out = []
    for item in items:
        if (f"item:{item['id']}", today) in fresh:
            fresh.discard((f"item:{item['id']}", today))   # an item listed twice is claimed once
            out.append(item)
    return out


def _organizer(meetings: dict[int, dict], item: dict) -> str:
    return (meetings[item["meeting_id"]]["organizer_email"] or "").lower()


def _manager(app: App, owner: str) -> list[Recipient]:
    """The owner's manager (roster), whom every escalation of the owner copies; none when the roster names none."""
    person = app.roster.find_by_email(owner)
    if not (person and person.manager_email):
        return []
    boss = app.roster.find_by_email(person.manager_email)
    return [Recipient(boss.name if boss else "", person.manager_email)]


def _send(app: App, now: datetime, key: str, owner: str, items: list[dict], chased: list[dict],
          meetings: dict[int, dict], manager: list[Recipient]) -> int:
    """One mail to the owner, copying their manager and the organizer of these items' meetings: the escalated
    `items` first, then the merely overdue `chased` ones of the same organizer."""
    organizer = meetings[items[0]["meeting_id"]]
    cc = [*manager, Recipient(organizer["organizer_name"] or "", organizer["organizer_email"])]
    return owner_mail(app, now, key, owner, items, "escalation", meetings, cc, chased=chased)
