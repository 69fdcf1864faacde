"""After a backfill: archive what was long overdue at import, and make the first run say what it will chase.

    archive_overdue(app, meeting_ids, now)     # backfill: open items due before the backfill day -> 'archived'
    remember(app.store, meeting_ids, now)      # backfill: the next first slot owes the organizers a notice
    first_run_after_backfill(app, now)         # a job (jobs.JOBS): that notice, with the chase capped

'archived' is a status no job looks at (they all pick pending, confirmed or disputed), so an archived item is never
reminded, chased, escalated or put in a digest or weekly report; `items --status all` and `--status archived` list
it with its history. At the first digest or chase slot after a backfill, one log line and one mail to each organizer
of imported meetings say which imported overdue items will be chased from that day and how many were archived; more
than policy.backfill_chase_cap of them are not chased: the most recently due are kept, the others archived then.
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from datetime import date, datetime

from mailer.compose import Recipient
from minutebot import mails
from minutebot.app import App
from minutebot.store import OPEN_STATUSES, Store

log = logging.getLogger("minutebot.backfill")
SETTING = "backfill_first_run"
SHOWN_MEETINGS = 10           # the notice names this many meetings with archived items, then counts the rest
OPEN = f"status IN ({', '.join(repr(s) for s in OPEN_STATUSES)})"


def archive_overdue(app: App, meeting_ids: list[int], now: datetime) -> int:
    """Archive the open items of these meetings whose due date is before now's day; how many were archived."""
    day = now.astimezone(app.tz).date().isoformat()
    items = [i for m in meeting_ids for i in app.store.items(m, f"{OPEN} AND due_date < ?", [day])]
    with app.store.atomic():
        archive(app, items, now, "archived")
    return len(items)


def archive(app: App, items: list[dict], now: datetime, action: str) -> None:
    """Set each item to 'archived' with one event saying why (action: archived | archived_over_cap)."""
    for item in items:
        app.store.update_item(item["id"], {"status": "archived", "updated_at": now.isoformat()})
        app.store.add_event(at=now, action=action, meeting_id=item["meeting_id"], item_id=item["id"],
                            actor="minutebot", old=item["status"], new="archived")


def remember(store: Store, meeting_ids: list[int], now: datetime) -> None:
    """Note the imported meetings for the first run's notice (added to any backfill not yet announced)."""
    if not meeting_ids:
        return
    pending = _pending(store) or {"at": now.isoformat(), "meetings": []}
    pending["meetings"] = sorted(set(pending["meetings"]) | set(meeting_ids))
    store.set_setting(SETTING, json.dumps(pending))


def _pending(store: Store) -> dict | None:
    text = store.setting(SETTING)
    return json.loads(text) if text else None


def first_run_after_backfill(app: App, now: datetime) -> int:
    """At the first digest or chase slot after a backfill: cap the imported overdue items, log, notify organizers."""
    if not any(app.slot_passed(now, key) for key in ("digest_time", "chase_time")):
        return 0
    with app.store.atomic():
        pending = _pending(app.store)
        if not pending or not app.store.claim_job("backfill_first_run", "announce", pending["at"], now):
            return 0
        app.store.db.execute("DELETE FROM settings WHERE key = ?", [SETTING])
        meetings = [m for m in map(app.store.meeting, pending["meetings"]) if m]
        chased, capped = _cap(app, _overdue(app, meetings, now), now)
        sent = sum(_notice(app, now, pending, organizer, own, chased, capped)
                   for organizer, own in _by_organizer(meetings).items())
        log.info("first run after the backfill of %s: %d imported overdue item(s) chased from today (cap %s, %d more "
                 "archived now); %d item(s) archived in all; %d organizer notice(s)", pending["at"][:10], len(chased),
                 app.config.policy.backfill_chase_cap or "none", len(capped),
                 _count_archived(app, [m["id"] for m in meetings]), sent)
    return sent


def _overdue(app: App, meetings: list[dict], now: datetime) -> list[dict]:
    """Open items of these meetings overdue at today's chase time, as the chase will see them."""
    slot = app.config.at(now.date(), "chase_time").isoformat()
    where = f"{OPEN} AND due_date IS NOT NULL AND due <= ?"
    return [i for m in meetings for i in app.store.items(m["id"], where, [slot])]


def _cap(app: App, overdue: list[dict], now: datetime) -> tuple[list[dict], list[dict]]:
    """(kept, archived): at most backfill_chase_cap items, the most recently due first (0: no cap)."""
    cap = app.config.policy.backfill_chase_cap
    ordered = sorted(overdue, key=lambda i: (i["due"], -i["id"]), reverse=True)
    kept, over = (ordered[:cap], ordered[cap:]) if cap else (ordered, [])
    archive(app, over, now, "archived_over_cap")
    return kept, over


def _by_organizer(meetings: list[dict]) -> dict[str, list[dict]]:
    groups = defaultdict(list)
    for meeting in meetings:
        groups[meeting["organizer_email"].lower()].append(meeting)
    return groups


def _notice(app: App, now: datetime, pending: dict, organizer: str, meetings: list[dict], chased: list[dict],
            capped: list[dict]) -> int:
    """One mail to one organizer: their imported items chased from today, and their archived ones by meeting."""
    lang, ids = app.config.bot.language, {m["id"] for m in meetings}
    titles = {m["id"]: m["title"] for m in meetings}
    mine = [_line(app, i, titles[i["meeting_id"]], lang, now) for i in chased if i["meeting_id"] in ids]
    archived = [(m, n) for m in meetings if (n := _count_archived(app, [m["id"]]))]
    to, _ = mails.split_recipients(app, [Recipient(meetings[0]["organizer_name"] or "", organizer)], [])
    if not (mine or archived) or not to:
        return 0
    context = {"organizer_name": meetings[0]["organizer_name"] or organizer, "meetings": len(meetings),
               "backfill_day": show_date(datetime.fromisoformat(pending["at"]).date(), lang), "chased": mine,
               "capped": sum(i["meeting_id"] in ids for i in capped), "cap": app.config.policy.backfill_chase_cap,
               "archived": sum(n for _, n in archived), "more_meetings": max(0, len(archived) - SHOWN_MEETINGS),
               "archived_meetings": [_meeting_line(m, n, lang) for m, n in archived[:SHOWN_MEETINGS]]}
    return int(mails.send(app, key=f"backfill_first_run:{organizer}:{pending['at']}", template="backfill_notice",
                          context=context, to=to, now=now))


def _meeting_line(meeting: dict, archived: int, lang: str) -> dict:
    held = datetime.fromisoformat(meeting["held_at"] or meeting["created_at"]).date()
    return {"title": meeting["title"], "held": show_date(held, lang), "count": archived}


def _count_archived(app: App, meeting_ids: list[int]) -> int:
    marks = ",".join("?" * len(meeting_ids)) or "NULL"
    return app.store.db.execute(f"SELECT count(*) FROM items WHERE status = 'archived' AND meeting_id IN ({marks})",
                                meeting_ids).fetchone()[0]


def _line(app: App, item: dict, meeting: str, lang: str, now: datetime) -> dict:
    due = date.fromisoformat(item["due_date"])
    return {"meeting": meeting, "number": item["number"], "task": item["task"],
            "owner": item["owner_name"] or item["department"] or "", "due": show_date(due, lang),
            "overdue_days": app.calendar.workdays_between(due, now.date())}


def show_date(day: date, lang: str) -> str:
    """With its year, always: an imported date is often last year's (2024年9月10日 / Sep 10, 2024)."""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else f"{day:%b} {day.day}, {day.year}"
