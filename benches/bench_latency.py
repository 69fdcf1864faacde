"""Arrival -> recap sent while a big store's first morning runs (working day, 10:30), with the daemon's slices and
without them (the whole morning in one pass, the old behaviour), in the same run.

    .venv/bin/python benches/bench_latency.py [--items 1000000] [--dir /tmp/minutebot-latency] [--every 1.0]

A seeded store (store_gen.py) of `--items` items is made as of 09:30; the daemon (daemon.run, Maildir inbox and
outbox, in this process) starts at 10:30 on its clock, when remind, chase and the digests are all due. A thread drops
`--mails` minutes mails into the inbox, one every `--every` seconds from the start (so they arrive while the morning's
jobs run), and times each from the drop to its recap marked sent (read from the store by a second connection).
Prints p50/p95/max for each variant and how many chases the morning had queued when the daemon stopped; the floor is
the same measure on a store of 20 items.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import store_gen                                         # noqa: E402
from minutebot import config as config_mod               # noqa: E402
from minutebot.app import open_app                       # noqa: E402
from minutebot.inbound import daemon                     # noqa: E402
from minutebot.inbound.connect import connect_inbox, connect_transport   # noqa: E402

GIVE_UP = 300                  # seconds after which a mail with no recap is counted lost (it never should be)
START = datetime(2026, 12, 7, 10, 30, tzinfo=store_gen.TZ)     # a Monday: a working day, past chase and digest time


def minutes(n: int, at: datetime) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"] = "员工0021 <p0021@xinghe.cn>", "员工0042 <p0042@xinghe.cn>, 纪要助手 <minutes@xinghe.cn>"
    msg["Subject"], msg["Date"] = f"会议纪要：延迟测试 {n}", format_datetime(at)
    msg["Message-ID"] = f"<latency-{n}-{time.time_ns()}@xinghe.cn>"
    msg.set_content(f"会议主题：延迟测试 {n}\n参会人员：员工0021、员工0042\n\n待办事项：\n"
                    "1. 员工0042：提交评审材料，12月9日前\n2. 员工0021：确认会议室，12月8日前\n")
    return msg.as_bytes()


def recap_sent(db: Path, message_id: str) -> bool:
    with sqlite3.connect(db, timeout=30) as conn:
        return bool(conn.execute(
            "SELECT 1 FROM messages m JOIN outbox o ON o.meeting_id = m.meeting_id WHERE m.message_id = ? "
            "AND o.key LIKE 'recap:%' AND o.status = 'sent'", [message_id]).fetchone())


def measure(count: int, every: float, clock_start: float, db: Path, inbox: Path, out: dict) -> None:
    """Drop `count` mails, one every `every` s from the daemon's start, time each to its recap, then stop the daemon."""
    waiting, latencies, n = {}, [], 0
    next_drop = time.monotonic()
    while True:
        now = time.monotonic()
        if now >= next_drop and n < count:
            raw = minutes(n, START + timedelta(seconds=now - clock_start))
            message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
            (inbox / "tmp" / f"latency-{n}.eml").write_bytes(raw)        # then renamed: never read half-written
            os.replace(inbox / "tmp" / f"latency-{n}.eml", inbox / "new" / f"latency-{n}.eml")
            waiting[message_id], n, next_drop = now, n + 1, now + every
        for message_id, dropped in list(waiting.items()):
            if recap_sent(db, message_id):
                latencies.append(time.monotonic() - dropped)
                del waiting[message_id]
            elif time.monotonic() - dropped > GIVE_UP:
                out["lost"] = out.get("lost", 0) + 1
                del waiting[message_id]
        if n >= count and not waiting:
            break
        time.sleep(0.02)
    out["latencies"] = latencies
    os.kill(os.getpid(), signal.SIGTERM)


def run_daemon(root: Path, count: int, every: float, sliced: bool) -> dict:
    config = config_mod.load(root / "minutebot.toml")
    app = open_app(config)
    inbox_dir = Path(config.inbox_url[len("maildir:"):])
    for sub in ("tmp", "new"):
        (inbox_dir / sub).mkdir(parents=True, exist_ok=True)
    daemon.JOBS_SLICE, daemon.DRAIN_SLICE = (0.5, 0.5) if sliced else (0, 2.0)
    started, out = time.monotonic(), {}
    clock = lambda: START + timedelta(seconds=time.monotonic() - started)          # noqa: E731
    thread = threading.Thread(target=measure, args=(count, every, started, config.db_path, inbox_dir, out))
    thread.start()
    daemon.run(app, connect_inbox(config), connect_transport(config), clock=clock, wait_seconds=0.2)
    thread.join()
    out["chased"] = app.store.db.execute("SELECT count(*) FROM job_runs WHERE job IN ('chase', 'escalate') "
                                         "AND period = ?", [START.date().isoformat()]).fetchone()[0]
    app.close()
    return out


def one_variant(base: Path, size: int, count: int, every: float, sliced: bool) -> str:
    root = base / f"{size}-{'sliced' if sliced else 'whole'}"
    shutil.rmtree(root, ignore_errors=True)
    subprocess.run([sys.executable, str(Path(store_gen.__file__)), str(root), "--items", str(size), "--now",
                    (START - timedelta(hours=1)).isoformat()], check=True, stdout=subprocess.DEVNULL)
    result = run_daemon(root, count, every, sliced)
    found = sorted(result["latencies"])
    p95 = found[min(len(found) - 1, int(len(found) * 0.95))]
    return (f"{size:>8}  {'sliced' if sliced else 'one pass':<9} {len(found):>5} {statistics.median(found):>7.2f} "
            f"{p95:>7.2f} {found[-1]:>7.2f} {result['chased']:>8}" + (f"  {result['lost']} LOST" if "lost" in result
                                                                         else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/minutebot-latency"))
    parser.add_argument("--every", type=float, default=1.0)
    parser.add_argument("--mails", type=int, default=20)
    parser.add_argument("--variants", default="sliced,whole")
    args = parser.parse_args()
    print(f"{'items':>8}  {'daemon':<9} {'mails':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'chased':>8}")
    print(one_variant(args.dir, 20, args.mails, args.every, True) + "  (floor: a store of 20 items)", flush=True)
    for variant in args.variants.split(","):
        print(one_variant(args.dir, args.items, args.mails, args.every, variant == "sliced"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
