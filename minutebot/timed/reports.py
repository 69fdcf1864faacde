"""Organizer mail: the daily overdue digest (working days, only when something is overdue) and the weekly report.

Both are jobs for jobs.JOBS, claimed per organizer and period (day or ISO week) in job_runs together with the mail.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Iterator

from mailer.compose import Recipient
from minutebot.workflow import lists, mails
from minutebot.app import App
from minutebot.timed.batches import UNITS, in_batches
from minutebot.timed.budget import UNLIMITED, Budget
from minutebot.timed.escalation import escalated
from minutebot.storage.store import OPEN_WHERE

OPEN = ("pending", "confirmed", "disputed")


def digest(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """At digest_time on working days: each organizer's overdue items (the lists.LISTED most overdue), grouped by
    owner, with days overdue, and who declined an upcoming follow-up since the last digest. Nothing is sent when
    there is neither."""
    today = now.date()
    if not app.slot_passed(now, "digest_time") or budget.spent():
        return 0
    lang = app.config.bot.language
    slot = app.config.at(today, "digest_time").isoformat()           # overdue as of the digest time, as in chasing
    overdue, declines = _overdue_ids(app, slot, today.isoformat()), _new_declines(app, now)

    def organizer_digest(unit: tuple) -> int:
        organizer, meeting_ids, more, items, found = unit
        if app.store.claimed("digest", app.store.scoped(organizer), today.isoformat()):
            return 0
        pairs = [(found[i["meeting_id"]], i) for i in items]
        shown, _ = lists.most_overdue(pairs, due=lambda pair: pair[1]["due"] or "")
        declined = declines.get(organizer, [])
        context = {"count": len(overdue.get(organizer, [])), "more": more, "date": mails.show_day(today, lang),
                   "groups": _by_owner(app, shown, today, lang, lambda i: i["owner_name"] or i["department"] or "—"),
                   "declined": [{"meeting": d["title"], "who": d["who"], "when": mails.show_day(
                       datetime.fromisoformat(d["start"]).astimezone(app.tz).date(), lang)} for d in declined]}
        claims = [("digest-decline", f"{d['uid']}:{d['email']}", str(d["sequence"])) for d in declined]
        lines = [line for group in context["groups"] for line in group["items"]]
        return _send_once(app, now, "digest", organizer, [found[min(meeting_ids)]], today.isoformat(), "digest",
                          context, claims, lines)
    units = _with_listed_rows(app, _organizers(overdue, declines), overdue)
    return in_batches(app, units, budget, organizer_digest)


def _with_listed_rows(app: App, organizers: list[tuple[str, set[int]]], overdue: dict) -> Iterator[tuple]:
    """Each organizer's digest unit: (organizer, meeting ids, how many more than listed, the listed items' rows, their
    meetings by id). Only the items a digest lists are read (the most overdue: ids in meeting order, sorted by due, as
    the items would be), with their meetings and the first meeting, whose organizer name greets; read for UNITS
    organizers at a time, one query for the items and one for the meetings (not two per organizer)."""
    for start in range(0, len(organizers), UNITS):
        chunk = [(organizer, meeting_ids, *lists.most_overdue(overdue.get(organizer, []), due=lambda row: row[2] or ""))
                 for organizer, meeting_ids in organizers[start:start + UNITS]]
        items = {i["id"]: i for i in app.store.items_by_id([row[0] for *_, listed, _ in chunk for row in listed])}
        found = app.store.meetings_by_id({m for _, meeting_ids, listed, _ in chunk
                                          for m in (min(meeting_ids), *(row[1] for row in listed))},
                                         ("title", "organizer_name"))      # what a digest line and its greeting show
        for organizer, meeting_ids, listed, more in chunk:
            rows = sorted((items[row[0]] for row in listed if row[0] in items),
                          key=lambda i: (i["meeting_id"], i["number"], i["id"]))
            yield organizer, meeting_ids, more, rows, found


def department_digest(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """With `policy.department_digest` on, at digest_time on working days: each manager (roster manager_email)
    gets the overdue items of the people who report to them, grouped by owner. Nothing when nothing is overdue."""
    today = now.date()
    if not app.config.policy.department_digest or not app.slot_passed(now, "digest_time") or budget.spent():
        return 0
    lang, sent = app.config.bot.language, 0
    slot = app.config.at(today, "digest_time").isoformat()
    managers = {entry.email.lower(): entry.manager_email.lower() for entry in app.roster.entries
                if entry.manager_email}
    overdue = _overdue_by(app, slot, lambda meeting, item: managers.get((item["owner_email"] or "").lower()))
    for manager, pairs in sorted((m, p) for m, p in overdue.items() if m):
        target = app.store.scoped(manager)                  # each organisation's managers' digest, claimed apart
        if app.store.claimed("department_digest", target, today.isoformat()):
            continue
        boss, (shown, more) = app.roster.find_by_email(manager), lists.most_overdue(pairs, due=lambda p: p[1]["due"] or "")
        context = {"count": len(pairs), "more": more, "date": mails.show_day(today, lang),
                   "manager_name": boss.name if boss else manager,
                   "groups": _by_owner(app, shown, today, lang, lambda i: i["owner_name"] or i["owner_email"])}
        with app.store.atomic():
            if not app.store.claim_job("department_digest", target, today.isoformat(), now):
                continue
            to, _ = mails.split_recipients(app, [Recipient(context["manager_name"], manager)], [])
            if to:
                numbering = _number(app, [line for group in context["groups"] for line in group["items"]], now)
                mails.send(app, key=f"department_digest:{target}:{today.isoformat()}", template="department_digest",
                           now=now, to=to, context=context, meeting_id=numbering.meeting_id, token=numbering.token)
                sent += 1
        if budget.used():
            break
    return sent


def _overdue_by(app: App, slot: str, key) -> dict[str, list[tuple[dict, dict]]]:
    """Open items due by `slot` (read through the open-items index), as (meeting, item) pairs by key(meeting, item),
    in meeting order."""
    items = app.store.open_items("due <= ? AND due_date IS NOT NULL", [slot])
    meetings = app.store.meetings_by_id(i["meeting_id"] for i in items)
    out = defaultdict(list)
    for item in items:
        meeting = meetings[item["meeting_id"]]
        out[key(meeting, item)].append((meeting, item))
    return out


def _overdue_ids(app: App, slot: str, today: str) -> dict[str, list[tuple[int, int, str]]]:
    """The ids of open items due by `slot`, by organizer in meeting order, leaving out organizers whose digest went
    out today (a later pass reads nothing); (item id, meeting id, due) only, so memory stays bounded: each
    organizer's listed items are read when their turn comes."""
    out = defaultdict(list)
    for item_id, meeting_id, organizer, due in app.store.open_ids(
            "due <= ? AND due_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM meetings m, job_runs j "
            "WHERE m.id = items.meeting_id AND j.job = 'digest' AND j.target = ? || lower(m.organizer_email) "
            "AND j.period = ?)", [slot, app.store.scoped(""), today],
            also="(SELECT organizer_email FROM meetings m WHERE m.id = items.meeting_id), due"):
        out[organizer.lower()].append((item_id, meeting_id, due))
    return out


def _organizers(overdue: dict[str, list[tuple[int, int, str]]], declines: dict[str, list[dict]]) \
        -> list[tuple[str, set[int]]]:
    """Each organizer with something to report and the meetings concerned, the organizer of the oldest first."""
    ids = defaultdict(set)
    for organizer, pairs in overdue.items():
        ids[organizer].update(meeting_id for _, meeting_id, _ in pairs)
    for organizer, rows in declines.items():
        ids[organizer].update(row["meeting_id"] for row in rows)
    return sorted(ids.items(), key=lambda pair: min(pair[1]))


def _by_owner(app: App, overdue: list[tuple[dict, dict]], today: date, lang: str, label) -> list[dict]:
    """Overdue (meeting, item) pairs grouped by owner and department, each line with its working days overdue and
    whether the item has reached escalation (its owner's manager copied)."""
    groups = defaultdict(list)
    for meeting, item in overdue:
        days = app.calendar.workdays_between(date.fromisoformat(item["due_date"]), today)
        groups[(label(item), item["department"] or "")].append(_line(app, meeting, item, lang, today, overdue_days=days))
    return [{"owner": owner, "department": dept, "items": lines} for (owner, dept), lines in groups.items()]


def _new_declines(app: App, now: datetime) -> dict[str, list[dict]]:
    """Declined answers to follow-ups still ahead that no digest has shown yet, by organizer."""
    rows = app.store.db.query(
        "SELECT r.uid, r.email, r.sequence, v.start, v.meeting_id, m.title, m.organizer_email FROM invite_responses r "
        "JOIN invites v ON v.uid = r.uid JOIN meetings m ON m.id = v.meeting_id "
        "WHERE r.partstat = 'DECLINED' AND v.status = 'active' AND m.organisation = ? "
        "AND EXISTS (SELECT 1 FROM items i WHERE i.meeting_id = v.meeting_id AND i.status != 'cancelled') "
        "AND NOT EXISTS (SELECT 1 FROM job_runs j WHERE j.job = 'digest-decline' "
        "AND j.target = r.uid || ':' || r.email AND j.period = CAST(r.sequence AS TEXT)) ORDER BY v.start",
        [app.store.organisation])
    out = defaultdict(list)
    for row in rows:
        if datetime.fromisoformat(row["start"]) > now:
            person = app.roster.find_by_email(row["email"])
            out[row["organizer_email"].lower()].append({**row, "who": person.name if person else row["email"]})
    return out


def weekly(app: App, now: datetime, budget: Budget = UNLIMITED) -> int:
    """From the weekly slot on, on a working day, once per ISO week: done, in progress, overdue, due next week."""
    weekday, clock = app.config.weekly_slot
    today = now.date()
    if not app.calendar.is_workday(today) or (today.weekday(), now.time()) < (weekday, clock) or budget.spent():
        return 0
    year, week, _ = today.isocalendar()
    monday = today - timedelta(days=today.weekday())
    lang, sent = app.config.bot.language, 0
    for organizer, meetings in _weekly_candidates(app, now, monday).items():
        if app.store.claimed("weekly", app.store.scoped(organizer), f"{year}-W{week:02d}"):
            continue
        sections = [s for s in (_weekly_section(app, m, now, monday, lang) for m in meetings) if s]
        if sections:
            context = {"week": f"{year}-W{week:02d}", "meetings": sections}
            lines = [line for s in sections for part in ("done", "in_progress", "overdue", "next_week") for line in s[part]]
            sent += _send_once(app, now, "weekly", organizer, meetings, f"{year}-W{week:02d}", "weekly", context,
                               (), lines)
        if budget.used():
            break
    return sent


def _weekly_section(app: App, meeting: dict, now: datetime, monday: date, lang: str) -> dict | None:
    items = [i for i in app.store.items(meeting["id"]) if i["status"] != "cancelled"]
    week_start, next_monday = monday.isoformat(), (monday + timedelta(days=7)).isoformat()
    after_next = (monday + timedelta(days=14)).isoformat()
    section = {
        "title": meeting["title"],
        "done": [_line(app, meeting, i, lang, now.date()) for i in items if i["status"] == "done" and (i["done_at"] or "") >= week_start],
        "in_progress": [_line(app, meeting, i, lang, now.date()) for i in items if i["status"] in OPEN and i["percent"]],
        "overdue": [_line(app, meeting, i, lang, now.date()) for i in items
                    if i["status"] in OPEN and i["due"] and i["due"] <= now.isoformat()],
        "next_week": [_line(app, meeting, i, lang, now.date()) for i in items
                      if i["status"] in OPEN and i["due_date"] and next_monday <= i["due_date"] < after_next],
        "declined": [r["email"] for r in app.store.db.query(
            "SELECT r.email FROM invite_responses r JOIN invites v ON v.uid = r.uid "
            "WHERE v.meeting_id = ? AND r.partstat = 'DECLINED'", [meeting["id"]])],
    }
    return section if any(section[k] for k in ("done", "in_progress", "overdue", "next_week", "declined")) else None


def _weekly_candidates(app: App, now: datetime, monday: date) -> dict[str, list[dict]]:
    """Meetings that may have a weekly section (an open item in progress, overdue or due next week, an item done
    this week, a declined follow-up), by organizer; read through the open and done indexes, not every item."""
    next_monday, after_next = (monday + timedelta(days=7)).isoformat(), (monday + timedelta(days=14)).isoformat()
    live = "EXISTS (SELECT 1 FROM items i WHERE i.meeting_id = v.meeting_id AND i.status != 'cancelled')"
    ids = [row[0] for row in app.store.db.execute(
        f"SELECT meeting_id FROM items INDEXED BY idx_items_open WHERE {OPEN_WHERE} AND (percent <> 0 OR due <= ? "
        "OR (due_date >= ? AND due_date < ?)) "
        "UNION SELECT meeting_id FROM items INDEXED BY idx_items_done_at WHERE status = 'done' AND done_at >= ? "
        "UNION SELECT v.meeting_id FROM invite_responses r JOIN invites v ON v.uid = r.uid "
        f"WHERE r.partstat = 'DECLINED' AND {live}",
        [now.isoformat(), next_monday, after_next, monday.isoformat()])]
    out = defaultdict(list)
    for meeting_id, meeting in sorted(app.store.meetings_by_id(ids).items()):
        if meeting["organisation"] != app.store.organisation:
            continue                                      # another organisation's daemon reports it
        out[meeting["organizer_email"].lower()].append(meeting)
    return out


def _send_once(app: App, now: datetime, job: str, organizer: str, meetings: list[dict], period: str,
               template: str, context: dict, claims: list[tuple[str, str, str]] = (), lines: list[dict] = ()) -> int:
    """Claim (job, organizer, period) and any extra claims, number the listed items so a reply can name them, and
    queue the mail, in one transaction."""
    target = app.store.scoped(organizer)                  # each organisation's report to this organizer, apart
    with app.store.atomic():
        if not app.store.claim_job(job, target, period, now):
            return 0
        for claim in claims:
            app.store.claim_job(*claim, now)
        name = meetings[0]["organizer_name"] or ""
        to, _ = mails.split_recipients(app, [Recipient(name, organizer)], [])
        if not to:
            return 0
        numbering = _number(app, list(lines), now)
        mails.send(app, key=f"{job}:{target}:{period}", template=template, now=now, to=to,
                   context={"organizer_name": name or organizer, **context},
                   meeting_id=numbering.meeting_id, token=numbering.token)
    return 1


def _number(app: App, lines: list[dict], now: datetime) -> lists.Numbering:
    """Give each listed line the number a reply uses: the meeting's own, or 1..N across several meetings."""
    numbering = lists.number_items(app, lines, now)
    for line in lines:
        line["number"] = numbering.of(line)
    return numbering


def _line(app: App, meeting: dict, item: dict, lang: str, today: date, overdue_days: int = 0) -> dict:
    return {"id": item["id"], "meeting_id": meeting["id"], "number": item["number"], "task": item["task"],
            "meeting": meeting["title"], "owner": item["owner_name"] or item["department"] or "",
            "percent": item["percent"], "overdue_days": overdue_days,
            "escalated": overdue_days > 0 and escalated(app, overdue_days),
            "due": mails.show_due(item["due"], item["due_time"], lang, today=today)}
