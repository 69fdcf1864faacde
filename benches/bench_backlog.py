"""A backlog of minutes mails in a real Dovecot INBOX -> handled and moved: one-by-one and batched acknowledgement
side by side, against the floor of fetch+parse measured in the same run.

    .venv/bin/python benches/bench_backlog.py [--mails 1000] [--runs 1]

A throwaway Dovecot (tests/dovecot_server.py, on loopback) gets `--mails` minutes mails for each variant:
- floor: fetch in batches of 100 (BODY.PEEK[]) past the last UID and parse each (parsers.message), nothing stored;
- one by one: the old intake loop: each mail handled (its transaction), then its own SEARCH + UID MOVE, checkpoint;
- batched: intake.process_new: the batch handled, then one UID MOVE by UID set per folder, one checkpoint;
- delivered: what `tick` does (daemon.one_pass): the batched intake, the timed jobs, then the outbox drained over
  one SMTP connection to an aiosmtpd server in its own process (a sink that counts what it accepted), timed until
  the last recap was accepted by that server.
Each handling variant starts from a new SQLite store (batched and one by one only queue the recaps). Prints mails/s,
the share of the floor, the batched/one-by-one ratio, the IMAP commands each variant sent, and for delivered the
recaps the SMTP server accepted.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import MINUTES, ROSTER, mail                 # noqa: E402
from dovecot_server import Dovecot                         # noqa: E402
from loopback import USERS                                 # noqa: E402
from minutebot import config as config_mod                 # noqa: E402
from minutebot.app import open_app                         # noqa: E402
from minutebot.inbound import intake                       # noqa: E402
from minutebot.inbound.connect import connect_inbox, connect_transport  # noqa: E402
from minutebot.inbound.daemon import one_pass              # noqa: E402
from minutebot.inbound.handle import parse                 # noqa: E402

NOW = datetime(2024, 10, 10, 15, 5, tzinfo=timezone(timedelta(hours=8)))
CONFIG = """
[bot]
address = "minutes@xinghe.cn"
roster = "roster.csv"
allowed_domains = ["xinghe.cn"]
[inbox]
url = "imap://bot@127.0.0.1:{port}/INBOX"
password_env = "BENCH_IMAP_PASSWORD"
[outbox]
url = "{outbox}"
[policy]
max_recap_recipients_per_sender_per_day = 0     # a backlog of one sender's minutes: every recap composed in full
"""


def minutes(run: str, n: int) -> bytes:
    body = MINUTES.replace("产品周会", f"产品周会{run}第{n}次")
    return mail(body, subject=f"会议纪要 {run} {n}", message_id=f"<{run}-{n}@xinghe.cn>")


SINK = """
import sys, threading
from aiosmtpd.controller import Controller
class Count:
    accepted = 0
    async def handle_DATA(self, server, session, envelope):
        Count.accepted += 1
        return "250 OK"
controller = Controller(Count(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
sys.stdin.read()                                      # until the bench closes our stdin
controller.stop()
print(Count.accepted, flush=True)
"""


class SmtpCounter:
    """aiosmtpd in its own process (not competing with the bot for this process's GIL), counting accepted mail."""

    def __init__(self):
        from loopback import free_port
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-c", SINK, str(self.port)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def accepted(self) -> int:
        """Stop the server; how many mails it accepted."""
        out, _ = self.proc.communicate("")
        return int(out.split()[-1])


def new_site(base: Path, name: str, port: int, outbox: str = ""):
    root = base / name
    root.mkdir()
    (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    outbox = outbox or f"maildir:{root / 'outbox'}"
    (root / "minutebot.toml").write_text(CONFIG.format(port=port, outbox=outbox), encoding="utf-8")
    config = config_mod.load(root / "minutebot.toml")
    return config, open_app(config)


def count_commands(inbox) -> list[int]:
    """A counter of the tagged IMAP commands this session sends from now on."""
    imap, counter = inbox._conn._imap, [0]
    new_tag = imap._new_tag

    def counting():
        counter[0] += 1
        return new_tag()
    imap._new_tag = counting
    return counter


def floor(config, app) -> None:
    """Fetch every mail past the last UID in batches of 100 and parse it (the daemon's parse): what any intake does."""
    inbox, after = connect_inbox(config), 0
    while batch := inbox.fetch_new(after, 100):
        for incoming in batch:
            parse(incoming.raw, app)
        after = batch[-1].uid
    inbox.close()


def one_by_one(inbox, app) -> None:
    """The intake before batching: handle, then SEARCH + UID MOVE for this mail alone, then its checkpoint."""
    name = intake.inbox_name(app)
    while True:
        messages = inbox.fetch_new(intake._after_uid(inbox, app, name), 100)
        for incoming in messages:
            _, folder = intake._handle_one(incoming, app, NOW)
            inbox.move(incoming.key, folder)
            app.store.save_checkpoint(name, inbox.uidvalidity, incoming.uid)
        if len(messages) < 100:
            return


def batched(inbox, app) -> None:
    intake.process_new(inbox, app, NOW)


def delivered(config, app) -> int:
    """One tick: intake, jobs, the drain through SMTP; the recaps sent."""
    inbox, transport = connect_inbox(config), connect_transport(config)
    try:
        return one_pass(app, inbox, transport, NOW).sent.sent
    finally:
        transport.close()
        inbox.close()


def timed_handling(config, app, work) -> tuple[float, int]:
    inbox = connect_inbox(config)
    commands = count_commands(inbox)
    started = time.perf_counter()
    work(inbox, app)
    seconds = time.perf_counter() - started
    left = len(inbox.fetch_new(None, 10**6))
    inbox.close()
    if left:
        raise SystemExit(f"{left} mail(s) left in INBOX after a handling run")
    return seconds, commands[0]


def one_run(dovecot: Dovecot, base: Path, count: int, run: int) -> None:
    results = {}
    for name, work in (("floor", None), ("one by one", one_by_one), ("batched", batched)):
        dovecot.append_many([minutes(f"r{run}{name[0]}", n) for n in range(count)])
        config, app = new_site(base, f"run{run}-{name.replace(' ', '-')}", dovecot.port)
        if work is None:
            started = time.perf_counter()
            floor(config, app)
            results[name] = (time.perf_counter() - started, 0)
            expunge_all(dovecot)
        else:
            results[name] = timed_handling(config, app, work)
        app.close()
    fetch_parse = count / results["floor"][0]
    print(f"run {run}: {count} mails   fetch+parse floor {fetch_parse:7.0f} mails/s")
    for name in ("one by one", "batched"):
        seconds, commands = results[name]
        rate = count / seconds
        print(f"  {name:<11} {rate:7.0f} mails/s  ({rate / fetch_parse:5.1%} of the floor)  {commands:6} IMAP commands")
    print(f"  batched / one by one: {results['one by one'][0] / results['batched'][0]:.2f}x")
    seconds, sent, accepted = delivered_run(dovecot, base, count, run)
    rate = count / seconds
    print(f"  delivered   {rate:7.0f} mails/s  ({rate / fetch_parse:5.1%} of the floor)  {sent} recaps sent, "
          f"{accepted} accepted by the SMTP server  (delivered / batched queued: "
          f"{results['batched'][0] / seconds:.2f}x)")


def delivered_run(dovecot: Dovecot, base: Path, count: int, run: int) -> tuple[float, int, int]:
    """Seconds from the first fetch to the last recap accepted by the SMTP server, recaps sent, mails it accepted."""
    dovecot.append_many([minutes(f"r{run}d", n) for n in range(count)])
    sink = SmtpCounter()
    try:
        config, app = new_site(base, f"run{run}-delivered", dovecot.port, f"smtp://127.0.0.1:{sink.port}")
        started = time.perf_counter()
        sent = delivered(config, app)
        seconds = time.perf_counter() - started
        app.close()
    finally:
        accepted = sink.accepted()
    return seconds, sent, accepted


def expunge_all(dovecot: Dovecot) -> None:
    with dovecot.client() as client:
        client.select_folder("INBOX")
        uids = client.search("ALL")
        if uids:
            client.delete_messages(uids)
            client.expunge()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)            # the junk-free backlog logs one line a mail otherwise
    os.environ["BENCH_IMAP_PASSWORD"] = USERS["bot"]
    os.environ.setdefault("MINUTEBOT_SECRET", "bench-backlog")
    base = Path(tempfile.mkdtemp(prefix="minutebot-backlog-"))
    dovecot = Dovecot()
    try:
        dovecot.start()
        for run in range(1, args.runs + 1):
            one_run(dovecot, base, args.mails, run)
    finally:
        dovecot.cleanup()
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
