"""`minutebot items --format csv`: the cells come from the query as tuples, a chunk at a time, straight to csv.

The same text as export_formats.write_csv over exports.iter_items (tests/test_items_csv.py compares the two), with
the per-cell work done by the database: a cell a spreadsheet would run as a formula gets its ' in SQL, overdue is
'true'/'false' in SQL. Python adds only what needs the roster or the calendar (the organizer's department, the
working days overdue, the progress and risk lines), worked out once per distinct set of inputs, not once a row.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from itertools import islice

from minutebot.admin import exports
from minutebot.admin.export_formats import CSV_COLUMNS, FORMULA_FIRST, FORMULA_START
from minutebot.storage.store import OPEN_WHERE, Store

CHUNK = 2000                           # rows fetched, and written as one string, at a time
FORMULA = "(" + ", ".join(f"'{c}'" for c in FORMULA_START) + ")"   # as an SQL list (tab and CR verbatim)
OUTPUT = ("i.meeting_id", "i.number", "i.task", "i.owner_name", "i.owner_email", "i.department",
          "m.organizer_email", "m.title", "CASE WHEN m.held_at IS NULL OR m.held_at = '' THEN m.created_at "
          "ELSE m.held_at END", "i.due", "i.done_at", "i.status")          # CSV columns 0-11 (6: replaced)
# after them 12 overdue, 13 percent, 14 the note (CSV columns 12, 14, 17), then what the derived cells read, raw:
EXTRA = ("i.id", "i.status", "i.due_date", "i.due_text", "i.flags", "i.department", "i.note")     # 15-21
OVERDUE = f"(i.{OPEN_WHERE} AND i.due IS NOT NULL AND i.due <> '' AND i.due < ?)"


def guarded(column: str) -> str:
    """The SQL of a text cell with a leading ' when it starts like a formula (OWASP's CSV-injection rule)."""
    return f"CASE WHEN substr({column}, 1, 1) IN {FORMULA} THEN '''' || {column} ELSE {column} END"


def write_items_csv(store: Store, filters: exports.Filters, *, view: exports.View, now: datetime, out) -> None:
    """Write the CSV of the items the filters pick to `out` (a text stream)."""
    sql, params = _query(store, filters, now)
    derived = _Derived(view, now, _extensions(store, filters, now))
    writer_buffer = io.StringIO()
    writer = csv.writer(writer_buffer)
    writer.writerow(CSV_COLUMNS)
    out.write(writer_buffer.getvalue())
    for chunk in _chunks(exports._cursor(store, sql, params)):
        writer_buffer.seek(0)
        writer_buffer.truncate()
        writer.writerows(derived.cells(chunk, filters.department))
        out.write(writer_buffer.getvalue())


def _query(store: Store, filters: exports.Filters, now: datetime) -> tuple[str, list]:
    where, params = exports._where(filters, now)
    index = "idx_items_open_rows" if filters.status in ("open", "overdue") and filters.meeting is None else None
    hint = f" INDEXED BY {index}" if index else ""
    overdue_only = filters.status == "overdue"
    cells = [c if n in (0, 1, 6) else guarded(c) for n, c in enumerate(OUTPUT)]
    cells += ["'true'" if overdue_only else f"CASE WHEN {OVERDUE} THEN 'true' ELSE 'false' END", "i.percent",
              guarded("i.note"), *EXTRA]
    if not filters.department:         # the raw department is read only to filter by it
        cells[20] = "NULL"
    keep = f" WHERE {OVERDUE}" if overdue_only else ""
    named = ", ".join(f"{cell} AS c{n}" for n, cell in enumerate(cells))   # unique names: PostgreSQL rows are dicts
    sql = (f"SELECT {named} FROM (SELECT * FROM items{hint} WHERE ({where})) i JOIN meetings m "
           f"ON m.id = i.meeting_id AND m.organisation = ?{keep} ORDER BY i.meeting_id, i.number, i.id")
    now_text = now.isoformat()
    return sql, ([] if keep else [now_text]) + [*params, store.organisation] + ([now_text] if keep else [])


def _extensions(store: Store, filters: exports.Filters, now: datetime) -> dict[int, list[dict]]:
    """The extensions of the picked items (the only history a CSV row's risk line names), by item id."""
    where, params = exports._where(filters, now)
    index = "idx_items_open_rows" if filters.status in ("open", "overdue") and filters.meeting is None else None
    hint = f" INDEXED BY {index}" if index else ""
    out: dict[int, list[dict]] = {}
    for item_id, at, actor, action, old, new in exports._cursor(
            store, f"SELECT item_id, at, actor, action, old, new FROM events WHERE item_id IN (SELECT id FROM "
                   f"items{hint} WHERE ({where})){exports.EXTENSIONS} ORDER BY id", params):
        out.setdefault(item_id, []).append({"at": at, "actor": actor, "action": action, "old": old, "new": new})
    return out


def _chunks(cursor):
    """Lists of up to CHUNK rows: fetchmany on an sqlite3 cursor, slices of a stream otherwise."""
    fetch = getattr(cursor, "fetchmany", None)
    if fetch:
        while chunk := fetch(CHUNK):
            yield chunk
        return
    while chunk := list(islice(cursor, CHUNK)):
        yield chunk


def _flags(text: str | None) -> list:
    return json.loads(text) if text and text != "[]" else []


def _guard(value):
    return "'" + value if value.__class__ is str and value[:1] in FORMULA_FIRST else value


class _Derived:
    """The cells that need the roster or the calendar, once per distinct input: a store's overdue rows share a few
    hundred due dates, a few statuses and percents, and a few thousand organizers."""

    def __init__(self, view: exports.View, now: datetime, extensions: dict[int, list[dict]]):
        self.seen = exports._Seen(view, now)
        self.extensions, self.departments, self.lines = extensions, {}, {}

    def cells(self, chunk: list[tuple], department: str | None):
        """The CSV rows of one chunk of query rows (cells 0-14 and 15-21, see OUTPUT and EXTRA)."""
        departments, lines, plain = self.departments, self.lines, self._plain
        for r in chunk:
            organizer = r[6]
            if organizer not in departments:
                raw = self.seen.department(organizer)
                departments[organizer] = (raw, _guard(raw))
            dept, dept_cell = departments[organizer]
            if department and department not in (r[20], dept):
                continue
            if r[15] in self.extensions:
                late, progress, risk = self._extended(r)
            else:                      # every input of the lines: due_text only with flags, the note only disputed
                flags = r[19]
                key = (r[16], r[13], r[12], r[17], flags, r[18] if flags and flags != "[]" else None,
                       r[21] if r[16] == "disputed" else None)
                late, progress, risk = lines[key] if key in lines else plain(key)
            yield (r[0], r[1], r[2], r[3], r[4], r[5], dept_cell, r[7], r[8], r[9], r[10], r[11], r[12], late,
                   r[13], progress, risk, r[14])

    def _plain(self, key: tuple) -> tuple:
        """The lines of a row without extensions, kept for the next row with the same inputs."""
        status, percent, overdue, due_date, flags, due_text, note = key
        row = {"status": status, "percent": percent, "flags": _flags(flags), "due_text": due_text,
               "due_date": due_date, "note": note, "history": exports.NO_HISTORY}
        self.lines[key] = value = self._lines(row, overdue == "true")
        return value

    def _extended(self, r: tuple) -> tuple:
        """A row with extensions (its risk line names the new day and why): its own lines."""
        row = {"status": r[16], "percent": r[13], "flags": _flags(r[19]), "due_text": r[18], "due_date": r[17],
               "note": r[21], "history": self.extensions[r[15]]}
        return self._lines(row, r[12] == "true")

    def _lines(self, row: dict, overdue: bool) -> tuple:
        seen = self.seen
        row["overdue"] = overdue
        row["overdue_workdays"] = seen.overdue_days(row["due_date"]) if overdue and row["due_date"] else 0
        return (row["overdue_workdays"], _guard(exports.progress_text(row, seen.view.language)),
                _guard(exports.risk_text(row, seen.view.language, seen.view.escalate_after)))
