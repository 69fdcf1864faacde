"""A seeded store of a large company's year of meetings, for the scale benches (bench_scale.py).

    .venv/bin/python benches/store_gen.py DIR --items 100000 [--per-meeting 20] [--seed 7] [--now ISO]

Writes DIR/minutebot.toml, DIR/roster.csv (1,000 people in 20 departments, each with a manager) and the store in
DIR/minutebot-data/minutebot.db through the real schema (Store.open), then fills it with executemany in big batches.
Meetings are spread over the working days of the year before `now`; each item is due 1..30 days after its meeting.
Items long past due are mostly done (a few cancelled, a few still open: the overdue ones); items due later are
pending, confirmed, disputed or already done. Windows that have closed are claimed in job_runs as the bot would have,
and so is every working day's chase of an item still open past its due date (a year-old overdue item holds ~250).
"""
from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutebot.storage.store import Store                      # noqa: E402
from parsers.dates.workdays import WorkdayCalendar             # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
OPEN = ("pending", "confirmed", "disputed")
NOW = datetime(2026, 12, 7, 10, 30, tzinfo=TZ)         # a Monday, a working day, after chase and digest time
PEOPLE, DEPARTMENTS = 1000, 20
BATCH = 20000
TASKS = ("完成渠道物料的设计与审核", "整理客户反馈并输出改进清单", "评估供应商报价", "更新上线检查表",
         "准备季度预算说明")


def people() -> list[tuple[str, str, str, str]]:
    """(name, email, department, manager_email): person 0 of each department manages it."""
    out = []
    for n in range(PEOPLE):
        dept = n % DEPARTMENTS
        manager = "" if n < DEPARTMENTS else f"p{dept:04d}@xinghe.cn"
        out.append((f"员工{n:04d}", f"p{n:04d}@xinghe.cn", f"部门{dept:02d}", manager))
    return out


def write_config(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    rows = ["name,email,department,manager_email,aliases"] + [",".join(p) + "," for p in people()]
    (root / "roster.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "minutebot.toml").write_text('[bot]\naddress = "minutes@xinghe.cn"\nroster = "roster.csv"\n'
                                         'allowed_domains = ["xinghe.cn"]\n', encoding="utf-8")


def status_of(rng: random.Random, due: datetime, now: datetime) -> str:
    """A realistic mix: old items are nearly all settled; recent ones are still being worked on."""
    age = (now - due).days
    if age > 14:
        return rng.choices(("done", "cancelled", "confirmed", "disputed", "pending"), (93, 4, 2.4, 0.3, 0.3))[0]
    if age >= 0:
        return rng.choices(("done", "cancelled", "confirmed", "disputed", "pending"), (60, 3, 32, 3, 2))[0]
    return rng.choices(("done", "cancelled", "confirmed", "disputed", "pending"), (15, 2, 60, 5, 18))[0]


def meeting_rows(count: int, rng: random.Random, now: datetime, staff: list) -> list[tuple]:
    rows = []
    for mid in range(1, count + 1):
        held = now - timedelta(days=365 * (count - mid) / count, hours=rng.randint(0, 6))
        name, email, _, _ = staff[rng.randrange(PEOPLE)]
        deadline = held.replace(hour=18, minute=0, second=0, microsecond=0)
        rows.append((mid, f"<m{mid}@xinghe.cn>", f"PM-{mid}", f"项目周会 {mid}", name, email, f"<m{mid}@xinghe.cn>",
                     held.isoformat(), "zh", 1, "open", deadline.isoformat(), held.isoformat(), held.isoformat(),
                     f"会议纪要 {mid}", 1 if deadline <= now else None))
    return rows


def item_rows(meetings: list[tuple], per_meeting: int, rng: random.Random, now: datetime, staff: list):
    """Yield (item row, events) for every item of every meeting."""
    item_id = 0
    for m in meetings:
        held = datetime.fromisoformat(m[7])
        for number in range(1, per_meeting + 1):
            item_id += 1
            name, email, dept, _ = staff[rng.randrange(PEOPLE)]
            due = (held + timedelta(days=rng.randint(1, 30))).replace(hour=18, minute=0, second=0, microsecond=0)
            status = status_of(rng, due, now)
            done_at = min(due, now).isoformat() if status == "done" else None
            percent = 100 if status == "done" else rng.choice((0, 0, 0, 20, 50, 80))
            row = (item_id, m[0], number, f"{TASKS[number % len(TASKS)]}（第{number}项）", name, email, dept,
                   due.date().isoformat(), "18:00", due.isoformat(), f"{due:%m月%d日}前", "[]", status, percent,
                   done_at, m[7], m[7], None)
            events = [(m[7], m[0], item_id, "", "item_created", None, json.dumps({"task": row[3]}), m[6])]
            if status != "pending":
                events.append((done_at or m[7], m[0], item_id, email, status, "pending", status, ""))
            yield row, events


def generate(root: Path, items: int, per_meeting: int = 20, seed: int = 7, now: datetime = NOW) -> Path:
    """Write the config, roster and a filled store under `root`; returns the database path."""
    rng, staff = random.Random(seed), people()
    write_config(root)
    db_path = root / "minutebot-data" / "minutebot.db"
    db_path.unlink(missing_ok=True)
    store = Store.open(db_path)
    conn = store.db.conn
    conn.execute("PRAGMA synchronous = OFF")
    meetings = meeting_rows(max(1, items // per_meeting), rng, now, staff)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO meetings (id, thread_key, ref, title, organizer_name, organizer_email, "
                     "source_message_id, held_at, language, version, status, objection_deadline, created_at, "
                     "updated_at, subject, window_closed) VALUES (" + ",".join("?" * 16) + ")", meetings)
    conn.executemany("INSERT INTO job_runs (job, target, period, at) VALUES ('objection_window', ?, 'v1', ?)",
                     [(str(m[0]), m[11]) for m in meetings if m[11] <= now.isoformat()])
    item_batch, event_batch, claims = [], [], []
    chased_on = past_workdays(now)
    for row, events in item_rows(meetings, per_meeting, rng, now, staff):
        item_batch.append(row)
        event_batch += events
        if row[12] in OPEN:
            claims += [(f"item:{row[0]}", day) for day in chased_on[bisect.bisect_right(chased_on, row[7]):]]
        if len(item_batch) >= BATCH:
            _flush(conn, item_batch, event_batch, claims)
    _flush(conn, item_batch, event_batch, claims)
    conn.execute("COMMIT")                              # no ANALYZE: the bot never runs one either
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")     # into the database file, as a running bot's store would be
    store.close()
    return db_path


def past_workdays(now: datetime) -> list[str]:
    """The working days of the year before `now`'s date (ISO), on each of which the bot chased what was overdue."""
    calendar, day, out = WorkdayCalendar(), now.date() - timedelta(days=400), []
    while day < now.date():
        if calendar.is_workday(day):
            out.append(day.isoformat())
        day += timedelta(days=1)
    return out


def _flush(conn, item_batch: list, event_batch: list, claims: list) -> None:
    conn.executemany("INSERT INTO items (id, meeting_id, number, task, owner_name, owner_email, department, due_date, "
                     "due_time, due, due_text, flags, status, percent, done_at, created_at, updated_at, note) "
                     "VALUES (" + ",".join("?" * 18) + ")", item_batch)
    conn.executemany("INSERT INTO events (at, meeting_id, item_id, actor, action, old, new, message_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event_batch)
    conn.executemany("INSERT INTO job_runs (job, target, period, at) VALUES ('chase', ?, ?, ?)",
                     [(target, day, f"{day}T10:00:00+08:00") for target, day in claims])
    item_batch.clear()
    event_batch.clear()
    claims.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--items", type=int, default=100000)
    parser.add_argument("--per-meeting", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--now", type=datetime.fromisoformat, default=NOW, help="the store's present (ISO time)")
    args = parser.parse_args()
    started = time.perf_counter()
    path = generate(args.dir, args.items, args.per_meeting, args.seed, args.now)
    print(f"{args.items} items in {path} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
