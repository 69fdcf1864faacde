"""`minutebot items`: select items from the store and write them as a table, JSON, CSV or .xlsx."""
from __future__ import annotations

import csv
import json
from datetime import datetime

from minutebot.store import OPEN_STATUSES, Store

COLUMNS = ("meeting_id", "number", "task", "owner_name", "owner_email", "department", "due", "status", "percent",
           "meeting_title")
STATUS_WHERE = {
    "open": (f"status IN ({','.join('?' * len(OPEN_STATUSES))})", list(OPEN_STATUSES)),
    "done": ("status = ?", ["done"]),
    "disputed": ("status = ?", ["disputed"]),
    "all": ("1", []),
}


def select_items(store: Store, *, status: str, owner: str | None, meeting: int | None, now: datetime) -> list[dict]:
    if status == "overdue":
        where, params = STATUS_WHERE["open"]
        where, params = f"{where} AND due IS NOT NULL AND due < ?", params + [now.isoformat()]
    else:
        where, params = STATUS_WHERE[status]
    if owner:
        where, params = f"{where} AND lower(owner_email) = ?", params + [owner.lower()]
    titles = {r["id"]: r["title"] for r in store.db["meetings"].rows}
    rows = store.items(meeting, where, params)
    for row in rows:
        row["meeting_title"] = titles.get(row["meeting_id"], "")
        row["history"] = [{k: e[k] for k in ("at", "actor", "action", "old", "new")} for e in store.events(row["id"])]
    return rows


def write(rows: list[dict], fmt: str, output: str | None, stdout) -> None:
    if fmt == "xlsx":
        _write_xlsx(rows, output or "items.xlsx")
        return
    out = open(output, "w", encoding="utf-8", newline="") if output else stdout
    try:
        {"table": _write_table, "json": _write_json, "csv": _write_csv}[fmt](rows, out)
    finally:
        if output:
            out.close()


def _write_json(rows, out) -> None:
    json.dump(rows, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _write_csv(rows, out) -> None:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows([[row.get(c) if row.get(c) is not None else "" for c in COLUMNS] for row in rows])


def _write_table(rows, out) -> None:
    if not rows:
        out.write("no items\n")
        return
    head = ("会议", "#", "事项", "负责人", "截止", "状态")
    lines = [head] + [(str(r["meeting_id"]), str(r["number"]), _cut(r["task"], 40),
                       r["owner_name"] or r["department"] or "-", (r["due"] or "-")[:16].replace("T", " "),
                       r["status"]) for r in rows]
    widths = [max(_width(line[i]) for line in lines) for i in range(len(head))]
    for line in lines:
        out.write("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(line)).rstrip() + "\n")


def _write_xlsx(rows, path: str) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "items"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row.get(c) for c in COLUMNS])
    book.save(path)


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _cut(text: str, limit: int) -> str:
    return text if _width(text) <= limit else text[: limit // 2] + "…"
