"""Escalation on working days: when any of an owner's overdue items has been overdue `escalate_after_workdays`
working days (then every ESCALATION_EVERY more), that day's one mail to the owner is an escalation copying their
manager, in place of the plain chase.

Called by the daily chase (chasing.chase) for one owner's overdue items, inside the transaction of that owner's
chase. The escalation lists the items escalated today first (each claimed (escalate, item, day) in job_runs), then
the owner's other overdue items (claimed (chase, item, day)): an owner hears about their overdue work in one mail a
day, however many meetings and organizers it comes from. It copies the manager (roster), who answers for all of the
owner's work, and the organizer only when every item it lists is of that organizer's meetings: nobody copied is
shown an item of a meeting they have no part in. Organizers see every escalated item of their meetings in their
daily digest, marked as escalated (reports.digest), so an organizer left off the copy still hears of it, once a day.
"""
from __future__ import annotations

from datetime import datetime

from mailer.compose import Recipient
from minutebot.app import App
from minutebot.timed.owner_mail import owner_mail

ESCALATION_EVERY = 5          # after the first escalation, repeat it every this many overdue working days


def on_cadence(app: App, overdue_days: int) -> bool:
    """Whether an item this many working days overdue is escalated today (rather than chased)."""
    threshold = app.config.policy.escalate_after_workdays
    return overdue_days >= threshold and (overdue_days - threshold) % ESCALATION_EVERY == 0


def escalated(app: App, overdue_days: int) -> bool:
    """Whether an item this many working days overdue has reached escalation (today or on an earlier day)."""
    return overdue_days >= app.config.policy.escalate_after_workdays


def escalate_owner(app: App, now: datetime, owner: str, overdue: list[dict],
                   meetings: dict[int, dict]) -> tuple[int, list[dict]]:
    """When some of the owner's overdue items are due for escalation today, queue the one escalation listing them
    and then the owner's other overdue items; (mails queued, the items left for the plain chase: all of them when
    nothing is escalated today, none otherwise). Call inside the chase's transaction, with `meetings`: the title and
    organizer of the overdue items' meetings, which the chase reads once for both mails."""
    today = now.date().isoformat()
    due = [i for i in overdue if on_cadence(app, i["overdue_days"])]
    if not due:
        return 0, overdue
    rest = [i for i in overdue if not on_cadence(app, i["overdue_days"])]
    items = _claim(app, "escalate", due, today, now)
    if not items:
        return 0, rest
    chased = _claim(app, "chase", rest, today, now)
    organizers = {(meetings[i["meeting_id"]]["organizer_email"] or "").lower() for i in items + chased}
    copied = _organizer(meetings, items[0]) if len(organizers) == 1 else []
    return owner_mail(app, now, f"escalate:{app.store.scoped(owner)}:{today}", owner, items, "escalation",
                      meetings, [*_manager(app, owner), *copied], chased=chased,
                      context={"organizers_in_digest": len(organizers) > 1}), []


def _claim(app: App, job: str, items: list[dict], today: str, now: datetime) -> list[dict]:
    """The items this call claims for `job` today (one claim_jobs for all of them), in their order."""
    fresh = app.store.claim_jobs(job, [(f"item:{i['id']}", today) for i in items], now)
    out = []
    for item in items:
        if (f"item:{item['id']}", today) in fresh:
            fresh.discard((f"item:{item['id']}", today))   # an item listed twice is claimed once
            out.append(item)
    return out


def _manager(app: App, owner: str) -> list[Recipient]:
    """The owner's manager (roster), whom every escalation of the owner copies; none when the roster names none."""
    person = app.roster.find_by_email(owner)
    if not (person and person.manager_email):
        return []
    boss = app.roster.find_by_email(person.manager_email)
    return [Recipient(boss.name if boss else "", person.manager_email)]


def _organizer(meetings: dict[int, dict], item: dict) -> list[Recipient]:
    """The organizer of the item's meeting; none when the meeting names none."""
    meeting = meetings[item["meeting_id"]]
    if not meeting["organizer_email"]:
        return []
    return [Recipient(meeting["organizer_name"] or "", meeting["organizer_email"])]
