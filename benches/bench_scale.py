"""What `items --status overdue` and the morning tick cost as the store grows, next to a raw-SQL floor of the same run.

    .venv/bin/python benches/bench_scale.py [--sizes 10000,100000,1000000] [--dir /tmp/minutebot-scale]

For each size a seeded store is generated (store_gen.py). Then, each as its own `minutebot` process (time and peak
RSS from wait4): `--help` (what importing minutebot costs before any work, against a bare Python),
`items --status overdue --format csv` written to a file, the morning tick on a working day at 10:30
(`tick --now`: objection windows, remind, chase, digests, the outbox; with what its mail weighs: how many, in all, the
median and the largest, as Gmail clips a message over 102 KB), and the same tick again a minute later, when
everything is claimed already (what every daemon pass after 10:00 costs). The floor is the bare SQL that reads the
same rows in a fresh Python process (items: overdue items joined to their meetings; tick: the open items due by the slot and
the windows not yet closed). Prints seconds, MB, the ratio to the floor and the growth from one size to the next,
then the process's CPU seconds (user + sys: on a shared machine wall time also counts other people's work).

With `--stores sqlite,postgresql` each generated store is also copied (`minutebot migrate`) into a database of a
throwaway PostgreSQL server (tests/pg_server.py, on loopback, fsync off as in the tests) and the same commands run on
it; each line then shows the SQLite and the PostgreSQL figures side by side (the floor is bare psycopg there).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import store_gen                                         # noqa: E402
from parsers.dates.workdays import WorkdayCalendar       # noqa: E402

OPEN = "status IN ('pending', 'confirmed', 'disputed')"
BIN = Path(sys.executable).with_name("minutebot")


def tick_time(now: datetime) -> datetime:
    """The next working day at 10:30 from now (today if it is a working day and before 10:30)."""
    calendar, slot = WorkdayCalendar(), now.replace(hour=10, minute=30, second=0, microsecond=0)
    day = slot.date() if slot > now else slot.date() + timedelta(days=1)
    day = calendar.next_workday(day, include=True)
    return slot.replace(year=day.year, month=day.month, day=day.day)


def run(args: list[str], cwd: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS (MB) and what the jobs did (tick's summary line) of one minutebot process."""
    started = time.perf_counter()
    with open(cwd / "stdout.txt", "w+") as out, open(cwd / "stderr.txt", "w+") as err:
        proc = subprocess.Popen([str(BIN), *args], cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status):
            err.seek(0)
            raise SystemExit(f"minutebot {' '.join(args)} failed: {err.read()[-2000:]}")
        out.seek(0)
        summary = out.read()
    queued = sum(int(n) for n in re.findall(r"=(\d+)", summary.partition("jobs:")[2].partition(";")[0]))
    sent = re.search(r"sent (\d+)", summary)
    cpu = f"CPU {usage.ru_utime + usage.ru_stime:.2f} s"     # what a shared machine's load does not inflate
    return seconds, usage.ru_maxrss / 1024, f"{cpu}; {queued} mails queued, {sent[1]} sent" if sent else cpu


def outbox_size(db) -> str:
    """What the mail queued so far weighs (SQLite stores only): how many, in all, the median and the largest."""
    if str(db).startswith("postgresql://"):
        return ""
    import sqlite3
    conn = sqlite3.connect(str(db))
    sizes = sorted(n for (n,) in conn.execute("SELECT length(raw) FROM outbox_bytes"))
    conn.close()
    if not sizes:
        return ""
    return (f"; outbox {len(sizes)} mails, {sum(sizes) / 1e6:.1f} MB, median {sizes[len(sizes) // 2] / 1e3:.1f} KB, "
            f"largest {sizes[-1] / 1e3:.1f} KB")


def floor(db, sql: list[tuple[str, list]]) -> float:
    """Seconds for a fresh Python process to fetch every row of these queries with bare sqlite3, or bare psycopg
    when `db` is a postgresql:// url (best of three)."""
    script = ("import sqlite3, sys, json; conn = sqlite3.connect(sys.argv[1]); "
              "[conn.execute(q, p).fetchall() for q, p in json.loads(sys.argv[2])]")
    if str(db).startswith("postgresql://"):
        script = ("import psycopg, os, sys, json; conn = psycopg.connect(sys.argv[1], password=os.environ["
                  "'MINUTEBOT_DB_PASSWORD']); [conn.execute(q.replace('?', '%s'), p).fetchall() "
                  "for q, p in json.loads(sys.argv[2])]")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(db), json.dumps(sql)], check=True)
        best = min(best, time.perf_counter() - started)
    return best


def generate(root: Path, size: int, now: datetime) -> None:
    # in its own process: a child's peak RSS (wait4) starts from its parent's, so this process must stay small
    subprocess.run([sys.executable, str(Path(store_gen.__file__)), str(root), "--items", str(size),
                    "--now", now.isoformat()], check=True,
                   stdout=subprocess.DEVNULL)
    os.sync()         # the generator's gigabyte written out first: its writeback would stall the tick's file creation


def on_postgres(root: Path, server) -> tuple[Path, str]:
    """A copy of the generated site whose store is a new PostgreSQL database holding the same rows."""
    copy = root.with_name(root.name + "-pg")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy)
    url = server.database()
    run(["migrate", "--from", f"sqlite:///{root / 'minutebot-data' / 'minutebot.db'}", "--to", url], copy)
    with open(copy / "minutebot.toml", "a", encoding="utf-8") as config:
        config.write(f'[store]\nurl = "{url}"\n')
    return copy, url


def measure(root: Path, now: datetime, db) -> dict[str, tuple[float, float, float]]:
    """{measure: (seconds, MB, what it did, floor seconds)} for one generated site; `db` the floor's database."""
    at = tick_time(now)
    slot = at.replace(hour=10, minute=0).isoformat()
    items_sql = [(f"SELECT i.*, m.title, m.organizer_email FROM items i JOIN meetings m ON m.id = i.meeting_id "
                  f"WHERE i.{OPEN} AND i.due < ? ORDER BY i.meeting_id, i.number", [now.isoformat()])]
    tick_sql = [(f"SELECT * FROM items WHERE {OPEN} AND due <= ?", [slot]),
                ("SELECT id FROM meetings WHERE objection_deadline <= ? AND NOT EXISTS (SELECT 1 FROM job_runs j "
                 "WHERE j.job = 'objection_window' AND j.target = CAST(id AS TEXT) AND j.period = 'v' || version)",
                 [at.isoformat()])]
    out = {"startup": (*run(["--help"], root), floor(db, []))}      # importing minutebot, before any work
    out["items overdue"] = (*run(["items", "--status", "overdue", "--format", "csv", "-o", str(root / "o.csv")],
                                 root), floor(db, items_sql))
    tick_floor = floor(db, tick_sql)
    seconds, mb, did = run(["tick", "--now", at.isoformat()], root)
    out["morning tick"] = (seconds, mb, did + outbox_size(db), tick_floor)
    out["tick again"] = (*run(["tick", "--now", (at + timedelta(minutes=1)).isoformat()], root), tick_floor)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/minutebot-scale"))
    parser.add_argument("--stores", default="sqlite", help="sqlite or sqlite,postgresql (side by side)")
    args = parser.parse_args()
    server = start_postgres() if "postgresql" in args.stores else None
    try:
        report(args, server)
    finally:
        if server:
            server.cleanup()
    return 0


def report(args, server) -> None:
    previous: dict[str, float] = {}
    pg_head = f" {'PG s':>8} {'PG MB':>6} {'PG floor':>8} {'PG/SQLite':>9}" if server else ""
    print(f"{'items':>8}  {'measure':<14} {'seconds':>8} {'MB':>6} {'floor s':>8} {'x floor':>8} {'growth':>7}{pg_head}")
    for size in (int(s) for s in args.sizes.split(",")):
        now, root = datetime.now(store_gen.TZ), args.dir / str(size)
        generate(root, size, now)
        pg = None
        if server:
            copy, url = on_postgres(root, server)
            pg = measure(copy, now, url)
        for name, (seconds, mb, did, base) in measure(root, now, root / "minutebot-data" / "minutebot.db").items():
            growth = f"{seconds / previous[name]:.2f}x" if name in previous else "-"
            side = ""
            if pg:
                p_seconds, p_mb, _, p_base = pg[name]
                side = f" {p_seconds:>8.3f} {p_mb:>6.0f} {p_base:>8.3f} {p_seconds / seconds:>8.2f}x"
            print(f"{size:>8}  {name:<14} {seconds:>8.3f} {mb:>6.0f} {base:>8.3f} {seconds / base:>8.1f} {growth:>7}"
                  f"{side}  {did}", flush=True)
            previous[name] = seconds


def start_postgres():
    """A throwaway PostgreSQL server (tests/pg_server.py); its password in MINUTEBOT_DB_PASSWORD for the children."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import Postgres
    server = Postgres()
    server.start()
    os.environ["MINUTEBOT_DB_PASSWORD"] = server.password
    return server


if __name__ == "__main__":
    sys.exit(main())
