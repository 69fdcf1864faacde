"""Timed work, decided from the store and an explicit `now` (schedule is only the heartbeat that calls run_due).

Each job looks at the store, does what is due at `now`, and records (job, target, period) in job_runs in the same
transaction as its changes and mails, so it runs at most once per target and period — across restarts and however
often `tick` is called. A daemon that was down catches up on the next pass.
"""
from __future__ import annotations

import logging
from datetime import datetime

from minutebot.app import App

log = logging.getLogger("minutebot.jobs")


def close_objection_windows(app: App, now: datetime) -> int:
    """At each recap's objection deadline, items nobody disputed become confirmed (视为无异议)."""
    rows = app.store.db.execute(
        "SELECT id, version FROM meetings WHERE status = 'open' AND objection_deadline <= ?",
        [now.isoformat()]).fetchall()
    closed = 0
    for meeting_id, version in rows:
        with app.store.atomic():
            if not app.store.claim_job("objection_window", str(meeting_id), f"v{version}", now):
                continue
            for item in app.store.items(meeting_id, "status = 'pending'"):
                app.store.update_item(item["id"], {"status": "confirmed", "updated_at": now.isoformat()})
                app.store.add_event(at=now, action="item_confirmed", meeting_id=meeting_id, item_id=item["id"],
                                    actor="minutebot", old="pending", new="confirmed")
            closed += 1
    return closed


JOBS = (close_objection_windows,)


def run_due(app: App, now: datetime) -> dict[str, int]:
    """Run every job; returns how much each did."""
    return {job.__name__: job(app, now) for job in JOBS}
