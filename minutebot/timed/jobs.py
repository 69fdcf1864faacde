"""Timed work, decided from the store and an explicit `now` (schedule is only the heartbeat that calls run_due).

Each job looks at the store, does what is due at `now`, and records (job, target, period) in job_runs in the same
transaction as its changes and mails, so it runs at most once per target and period — across restarts and however
often `tick` is called. A daemon that was down catches up on the next pass.
"""
from __future__ import annotations

import logging
from datetime import datetime

from mailer.compose import Recipient
from minutebot.sending import outbox
from minutebot.storage import store
from minutebot.timed import backfill_first_run, chasing, reports
from minutebot.timed.budget import UNLIMITED, Budget
from minutebot.workflow import mails
from minutebot.app import App
from minutebot.faults import maybe_crash

log = logging.getLogger("minutebot.timed.jobs")
WINDOW_OPEN = "window_closed IS NOT version"      # word for word the WHERE of idx_meetings_window_open


def close_objection_windows(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """At each recap's objection deadline, undisputed items become confirmed (视为无异议); the organizer is told.
    Reads only meetings whose current window is open (the partial index idx_meetings_window_open, migrations.m007)."""
    if budget.spent():
        return 0
    rows = app.store.db.execute(
        "SELECT m.id, m.version FROM meetings AS m INDEXED BY idx_meetings_window_open "
        f"WHERE {WINDOW_OPEN} AND m.objection_deadline <= ? AND m.organisation = ? AND NOT EXISTS (SELECT 1 "
        "FROM job_runs j WHERE j.job = 'objection_window' AND j.target = CAST(m.id AS TEXT) "
        "AND j.period = 'v' || m.version)", [now.isoformat(), app.store.organisation]).fetchall()
    closed = 0
    for meeting_id, version in rows:
        closed += close_window(app, meeting_id, version, now)
        if budget.used():
            break
    return closed


def close_window(app: App, meeting_id: int, version: int, now: datetime) -> int:
    """Close one meeting's window, once per version (also used by backfill for past meetings); 1 if this call did."""
    with app.store.atomic():
        app.store.update_meeting(meeting_id, {"window_closed": version})
        if not app.store.claim_job("objection_window", str(meeting_id), f"v{version}", now):
            return 0
        _close_window(app, app.store.meeting(meeting_id), now)
    return 1


def _close_window(app: App, meeting: dict, now: datetime) -> None:
    confirmed = []
    for item in app.store.items(meeting["id"], "status = 'pending'"):
        app.store.update_item(item["id"], {"status": "confirmed", "updated_at": now.isoformat()})
        app.store.add_event(at=now, action="confirmed_by_silence", meeting_id=meeting["id"], item_id=item["id"],
                            actor="minutebot", old="pending", new="confirmed")
        confirmed.append(item)
    disputed = app.store.items(meeting["id"], "status = 'disputed'")
    deadline = datetime.fromisoformat(meeting["objection_deadline"])
    lang = app.config.bot.language
    mails.send(app, key=f"window:{meeting['id']}:v{meeting['version']}", template="window_result",
               to=[Recipient(meeting["organizer_name"] or "", meeting["organizer_email"])], now=now,
               meeting_id=meeting["id"], in_reply_to=meeting["source_message_id"],
               references=(meeting["source_message_id"],),
               context={"title": meeting["title"], "confirmed": [_brief(i) for i in confirmed],
                        "disputed": [_brief(i) for i in disputed],
                        "deadline": mails.show_day(deadline.date(), lang) + f" {deadline:%H:%M}"})


def _brief(item: dict) -> dict:
    return {"number": item["number"], "task": item["task"], "owner": item["owner_name"] or item["department"],
            "note": item.get("note")}


def warn_unknown_year(app: App, now: datetime) -> int:
    """From November, once a day in the log: next year's holiday schedule is missing, so its working days are guessed
    (Monday-Friday minus fixed holidays) until it is added to the policy.holidays file or the package is updated."""
    today = now.date()
    if not app.calendar.missing_next_year(today):
        return 0
    with app.store.atomic():
        if app.store.claim_job("warn_unknown_year", "log", today.isoformat(), now):
            log.warning("no holiday schedule for %s yet: its working days are estimated; add it to the "
                        "policy.holidays file (or upgrade chinesecalendar) once the State Council publishes it",
                        today.year + 1)
    return 0


def prune_outbox(app: App, now: datetime) -> int:
    """Once a day: sent mail older than outbox.keep_sent_days keeps its record but not its bytes."""
    with app.store.atomic():
        if not app.store.claim_job("prune_outbox", "outbox", now.date().isoformat(), now):
            return 0
        return outbox.prune_sent(app.store, now, app.config.outbox.keep_sent_days)


JOBS = (close_objection_windows, backfill_first_run.first_run_after_backfill, chasing.remind, chasing.chase,
        reports.digest, reports.department_digest, reports.weekly, warn_unknown_year, prune_outbox)
SLICED = {close_objection_windows, chasing.remind, chasing.chase, reports.digest,
          reports.department_digest, reports.weekly}                     # the jobs that loop over many targets and stop when the budget is spent


def run_due(app: App, now: datetime, budget: Budget = UNLIMITED) -> dict[str, int]:
    """Run every job; returns how much each did. A job that fails is logged and the others still run. With a
    budget (the daemon's slice), the looping jobs stop when it is spent and set budget.cut: the next pass, after
    reading the inbox, goes on where they stopped (what they did is claimed)."""
    done = {}
    for job in JOBS:
        try:
            done[job.__name__] = job(app, now, budget) if job in SLICED else job(app, now)
            maybe_crash("jobs.done")
        except Exception as exc:
            if store.failure(exc, app.store.where):  # the database, not the job: stop the pass
                raise
            log.exception("job %s failed; it will be tried again on the next pass", job.__name__)
            done[job.__name__] = 0
    return done
