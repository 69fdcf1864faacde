"""`minutebot items`: pick items from the store and add what a reader of the tracking table needs.

    rows = select_items(store, Filters(status="overdue", department="研发部"), view=View(...), now=now)

The stored item is the base of each row; next to it come the meeting, the organizer's department (the roster), the
working days overdue (the calendar), a progress line and a risk line in the bot's language, and the item's history.
The writers (export_formats.py, export_xlsx.py) only lay these rows out, so every format says the same thing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import TYPE_CHECKING, Iterator

from minutebot.storage.store import OPEN_STATUSES, OPEN_WHERE, Store

if TYPE_CHECKING:                      # a CSV listing never imports the parsers (site_files.Departments)
    from parsers.minutes.owning.people import Roster
    from parsers.dates.workdays import WorkdayCalendar

STATUSES = ("open", "overdue", "done", "disputed", "archived", "all")
STATUS_WHERE = {                       # open and overdue read the open-items index only (store.OPEN_WHERE)
    "open": (OPEN_WHERE, []),
    "overdue": (OPEN_WHERE + " AND due < ?", []),
    "done": ("status = ?", ["done"]),
    "disputed": ("status = ?", ["disputed"]),
    "archived": ("status = ?", ["archived"]),
    "all": ("1 = 1", []),               # a boolean on PostgreSQL too ('1 AND …' is a type error there)
}
EXTENSIONS = " AND action = 'extend'"  # the only change a row's risk line reads (risk_text)
MEETING_COLUMNS = ("title", "held_at", "created_at", "organizer_name", "organizer_email")
BRIEF_COLUMNS = ("id", "meeting_id", "number", "task", "owner_name", "owner_email", "department", "due", "due_date",
                 "due_text", "flags", "done_at", "status", "percent", "note")   # what a CSV or table row shows
NO_HISTORY: list = []                 # shared by the brief rows without extensions (never appended to)
BATCH = 500                            # items read, and their history fetched, per round
WORDS = {
    "zh": {"pending": "待确认", "confirmed": "已确认", "disputed": "有异议", "done": "已完成", "cancelled": "已取消",
           "archived": "已归档", "bot": "系统",
           "percent": "进度{n}%", "overdue": "逾期{n}个工作日", "due_passed": "今日已过截止时间", "sep": "，",
           "no_owner": "未指定负责人", "vague_due": "截止时间不明确（{text}）", "no_due": "没有截止时间",
           "no_such_day": "截止日期不存在（{text}）", "weekday_mismatch": "截止日期与星期不符（{text}）",
           "objection": "有异议：{note}", "no_reason": "未说明原因", "extended": "已延期至{day}",
           "chased": "每个工作日催办", "escalated": "已升级，抄送部门负责人", "because": "（{note}）"},
    "en": {"pending": "pending", "confirmed": "confirmed", "disputed": "disputed", "done": "done",
           "cancelled": "cancelled", "archived": "archived", "bot": "the bot", "percent": "{n}% done", "overdue": "{n} working day(s) overdue",
           "due_passed": "past its deadline today", "sep": "; ", "no_owner": "no owner named",
           "vague_due": "vague deadline ({text})", "no_due": "no deadline",
           "no_such_day": "deadline on a day that does not exist ({text})",
           "weekday_mismatch": "deadline's weekday does not match its date ({text})", "objection": "objection: {note}",
           "no_reason": "no reason given", "extended": "extended to {day}", "chased": "owner chased each working day",
           "escalated": "escalated, manager copied", "because": " ({note})"},
}


@dataclass(frozen=True)
class Filters:
    status: str = "open"
    owner: str | None = None           # email or name as stored
    department: str | None = None      # the owner's (协作部门) or the organizer's (发起部门)
    meeting: int | None = None
    since: date | None = None          # due date on or after
    until: date | None = None          # due date on or before


@dataclass(frozen=True)
class View:
    """What the rows are read with: the roster for departments, the calendar for working days, the language."""
    roster: Roster                     # or site_files.Departments: all a CSV needs of it is find_by_email
    calendar: WorkdayCalendar
    language: str = "zh"
    escalate_after: int = 2


def select_items(store: Store, filters: Filters, *, view: View, now: datetime) -> list[dict]:
    """The items the filters pick, oldest meeting first, each with its meeting, history and derived columns."""
    return list(iter_items(store, filters, view=view, now=now))


def iter_items(store: Store, filters: Filters, *, view: View, now: datetime, history: bool = True) -> Iterator[dict]:
    """The rows of select_items, yielded as read: a batch of items at a time with their meetings and history, so
    memory stays bounded however many items the store holds. With `history` False (a CSV or a table, which show no
    history) each row's "history" holds only the extensions its risk line names: far fewer rows to read."""
    where, params = _where(filters, now)
    index = "idx_items_open_rows" if filters.status in ("open", "overdue") and filters.meeting is None else None
    seen = _Seen(view, now)
    if not history:
        yield from _brief_rows(store, filters, where, params, index, seen)
        return
    items = store.iter_items(where, params, index)
    while batch := list(islice(items, BATCH)):
        meetings = store.meetings_by_id({item["meeting_id"] for item in batch}, MEETING_COLUMNS)
        changes = _history(store, [item["id"] for item in batch], seen, history)
        for item in batch:
            row = _row(item, meetings[item["meeting_id"]], changes[item["id"]], view, now, seen)
            if filters.status == "overdue" and not row["overdue"]:
                continue
            if filters.department and filters.department not in (row["department"], row["organizer_department"]):
                continue
            yield row


def _brief_rows(store: Store, filters: Filters, where: str, params: list, index: str | None,
                seen: "_Seen") -> Iterator[dict]:
    """The rows without history: one query reads only the columns a CSV or a table shows, each item with its
    meeting (joined by primary key), streamed from the cursor; one more reads the few extensions of those items."""
    hint = f" INDEXED BY {index}" if index else ""
    picked = f"SELECT id FROM items{hint} WHERE ({where})"
    extended: dict[int, list[dict]] = {}
    for item_id, at, actor, action, old, new in _cursor(
            store, f"SELECT item_id, at, actor, action, old, new FROM events WHERE item_id IN ({picked})"
                   f"{EXTENSIONS} ORDER BY id", params):
        extended.setdefault(item_id, []).append({"at": at, "actor": actor, "action": action, "old": old, "new": new,
                                                 "by": seen.person(actor)})
    sql = (f"SELECT {', '.join('i.' + c for c in BRIEF_COLUMNS)}, m.title, CASE WHEN m.held_at IS NULL OR "
           "m.held_at = '' THEN m.created_at ELSE m.held_at END, m.organizer_name, m.organizer_email "
           f"FROM (SELECT * FROM items{hint} WHERE ({where})) i JOIN meetings m ON m.id = i.meeting_id "
           "AND m.organisation = ? ORDER BY i.meeting_id, i.number, i.id")
    names = BRIEF_COLUMNS + ("meeting_title", "meeting_held_at", "organizer_name", "organizer_email")
    for values in _cursor(store, sql, [*params, store.organisation]):
        row = dict(zip(names, values))
        flags = row["flags"]
        row["flags"] = json.loads(flags) if flags and flags != "[]" else []
        row = _derive(row, extended.get(row["id"], NO_HISTORY), seen)
        if filters.status == "overdue" and not row["overdue"]:
            continue
        if filters.department and filters.department not in (row["department"], row["organizer_department"]):
            continue
        yield row


def _cursor(store: Store, sql: str, params: list):
    """The rows of a query as tuples, read as they come (a server-side cursor on PostgreSQL)."""
    if store.postgres:
        return (tuple(row.values()) for row in store.db.stream(sql, params))
    return store.db.conn.execute(sql, params)


class _Seen:
    """What many rows share, worked out once per export: who an address is, how many working days a due date is
    behind today (a year of items has a few hundred due dates and a few thousand people)."""

    def __init__(self, view: View, now: datetime):
        self.view, self.now, self.today, self.people, self.workdays = view, now.isoformat(), now.date(), {}, {}
        self.departments: dict[str | None, str | None] = {}
        self.progress_lines: dict[tuple, str] = {}
        self.risk_lines: dict[tuple, str] = {}

    def department(self, email: str | None) -> str | None:
        """The roster department of this address, or None."""
        if email not in self.departments:
            entry = self.view.roster.find_by_email(email)
            self.departments[email] = entry.department if entry and entry.department else None
        return self.departments[email]

    def person(self, email: str | None) -> str:
        if email not in self.people:
            self.people[email] = person(email, self.view)
        return self.people[email]

    def progress(self, row: dict) -> str:
        """progress_text, worked out once for each (status, percent, overdue, working days) the rows have."""
        key = (row["status"], row["percent"], row["overdue"], row["overdue_workdays"])
        if key not in self.progress_lines:
            self.progress_lines[key] = progress_text(row, self.view.language)
        return self.progress_lines[key]

    def risk(self, row: dict) -> str:
        """risk_text; once per (status, overdue, working days) for the plain rows (no flags, history or objection)."""
        if row["flags"] or row["history"] or row["status"] == "disputed":
            return risk_text(row, self.view.language, self.view.escalate_after)
        key = (row["status"], row["overdue"], row["overdue_workdays"])
        if key not in self.risk_lines:
            self.risk_lines[key] = risk_text(row, self.view.language, self.view.escalate_after)
        return self.risk_lines[key]

    def overdue_days(self, due_date: str) -> int:
        if due_date not in self.workdays:
            self.workdays[due_date] = self.view.calendar.workdays_between(date.fromisoformat(due_date), self.today)
        return self.workdays[due_date]


def _history(store: Store, item_ids: list[int], seen: _Seen, full: bool) -> dict[int, list[dict]]:
    """Each item's changes (only its extensions unless `full`), oldest first, with who made them as people know
    them (one query a batch)."""
    out: dict[int, list[dict]] = {i: [] for i in item_ids}
    rows = store.db.execute(f"SELECT item_id, at, actor, action, old, new FROM events WHERE item_id IN "
                            f"({','.join('?' * len(item_ids))}){'' if full else EXTENSIONS} ORDER BY id", item_ids)
    for item_id, at, actor, action, old, new in rows:
        out[item_id].append({"at": at, "actor": actor, "action": action, "old": old, "new": new,
                             "by": seen.person(actor)})
    return out


def _where(filters: Filters, now: datetime) -> tuple[str, list]:
    where, params = STATUS_WHERE[filters.status]
    if filters.status == "overdue":
        params = params + [now.isoformat()]
    if filters.meeting is not None:
        where, params = f"{where} AND meeting_id = ?", params + [filters.meeting]
    if filters.owner:
        where, params = f"{where} AND (lower(owner_email) = ? OR owner_name = ?)", \
            params + [filters.owner.strip().lower(), filters.owner.strip()]
    if filters.since:
        where, params = f"{where} AND due_date >= ?", params + [filters.since.isoformat()]
    if filters.until:
        where, params = f"{where} AND due_date <= ?", params + [filters.until.isoformat()]
    return where, params


def _row(item: dict, meeting: dict, history: list[dict], view: View, now: datetime, seen: _Seen) -> dict:
    row = item                         # the store's fresh dict, grown in place (no copy a row)
    row.update(meeting_title=meeting["title"], meeting_held_at=meeting["held_at"] or meeting["created_at"],
               organizer_name=meeting["organizer_name"], organizer_email=meeting["organizer_email"])
    return _derive(row, history, seen)


def _derive(row: dict, history: list[dict], seen: _Seen) -> dict:
    """Add to a row holding its item and meeting columns what the reader needs: overdue, days, department, lines."""
    overdue = row["status"] in OPEN_STATUSES and bool(row["due"]) and row["due"] < seen.now
    row["organizer_department"] = seen.department(row["organizer_email"])
    row["overdue"] = overdue
    row["overdue_workdays"] = seen.overdue_days(row["due_date"]) if overdue and row["due_date"] else 0
    row["history"] = history
    row["progress"] = seen.progress(row)
    row["risk"] = seen.risk(row)
    return row


def person(email: str | None, view: View) -> str:
    """Who made a change, as people know them: the roster name, else the address; the bot's own steps say so."""
    if not email or email == "minutebot":
        return WORDS[view.language]["bot"]
    entry = view.roster.find_by_email(email)
    return entry.name if entry and entry.name else email


def progress_text(row: dict, lang: str) -> str:
    """进展情况: the status, the percent, and how far overdue ('已确认，进度60%，逾期3个工作日')."""
    words = WORDS[lang]
    parts = [words[row["status"]]]
    if row["percent"] and row["status"] != "done":
        parts.append(words["percent"].format(n=row["percent"]))
    if row["overdue"]:
        parts.append(words["overdue"].format(n=row["overdue_workdays"]) if row["overdue_workdays"]
                     else words["due_passed"])
    return words["sep"].join(parts)


def risk_text(row: dict, lang: str, escalate_after: int) -> str:
    """风险点及应对措施: what may stop the item (no owner, vague deadline, objection) and what the bot does."""
    words = WORDS[lang]
    parts = [words[flag].format(text=row["due_text"] or "") for flag in row["flags"] if flag in words]
    if row["status"] == "disputed":
        parts.append(words["objection"].format(note=row.get("note") or words["no_reason"]))
    extended = [e for e in row["history"] if e["action"] == "extend"]
    if extended and row["due_date"] and row["status"] != "disputed":
        note = row.get("note")
        parts.append(words["extended"].format(day=row["due_date"]) + (words["because"].format(note=note) if note else ""))
    if row["overdue"]:
        parts.append(words["escalated"] if row["overdue_workdays"] >= escalate_after else words["chased"])
    return words["sep"].join(parts)
