"""Faults: `minutebot tick` killed (SIGKILL) at 20 points of its work, a database held by another writer, a full disk.

Run with --store postgresql, every site's store is a database of a real PostgreSQL server instead of its SQLite file.

Each kill run sets MINUTEBOT_CRASH_AT=point:n (minutebot/faults.py), so the process dies exactly there, as kill -9
would: between parse, transaction, commit, move, send and mark, and inside the timed jobs. It is then run again
without the hook, and what it leaves must equal a run that never crashed: every mail moved once, every mail the bot
sends in the outbox once (0 lost, 0 doubled), the same items, ledger, job runs and audit events.
"""
import collections
import email
import errno
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import timedelta
from email.policy import default
from pathlib import Path

import pytest

from conftest import MINUTES, ROSTER, mail, store_toml
from mailer import maildir
from minutebot import cli, config as config_mod
from minutebot.errors import StoreError
from minutebot.storage.store import Store

CONFIG = """
[bot]
address = "minutes@xinghe.cn"
roster = "roster.csv"
allowed_domains = ["xinghe.cn"]
"""
DAY1, DAY2 = "2024-10-10T15:05+08:00", "2024-10-14T10:30+08:00"      # minutes and replies; then windows, chases
FOLLOWUP = MINUTES.replace("3. 采购部：确认物料报价，尽快", "3. 李强：输出测试报告，10月11日前\n\n下次会议：10月17日（周四）14:00，3楼大会议室")
INBOX = [
    ("01-m1.eml", mail(MINUTES, subject="会议纪要 产品周会", message_id="<m1@xinghe.cn>")),
    ("02-m2.eml", mail(MINUTES.replace("产品周会", "市场周会"), subject="会议纪要 市场周会", message_id="<m2@xinghe.cn>")),
    ("03-m3.eml", mail(FOLLOWUP, subject="会议纪要 研发周会", message_id="<m3@xinghe.cn>")),
    ("04-junk.eml", b"\x89PNG not a mail\n"),
    ("05-done.eml", mail("第1项已完成。", subject="Re: 会议纪要 产品周会", sender="王芳 <wangfang@xinghe.cn>",
                         message_id="<r1@xinghe.cn>", in_reply_to="<m1@xinghe.cn>")),
    ("06-object.eml", mail("第2项有异议：驱动还没到。", subject="Re: 会议纪要 产品周会", sender="李强 <liqiang@xinghe.cn>",
                           message_id="<r2@xinghe.cn>", in_reply_to="<m1@xinghe.cn>")),
    ("07-stranger.eml", mail("第1项延期至10月20日", subject="Re: 会议纪要 市场周会", sender="赵敏 <zhaomin@xinghe.cn>",
                             message_id="<r3@xinghe.cn>", in_reply_to="<m2@xinghe.cn>")),
    ("08-ooo.eml", mail("我正在休假。", subject="自动回复: 会议纪要", sender="周华 <zhouhua@xinghe.cn>",
                        headers={"Auto-Submitted": "auto-replied"}, message_id="<ooo@xinghe.cn>")),
]
KILL_POINTS = [            # (day, point, nth pass): 16 on the day mail arrives, 4 on the day of the timed jobs
    (DAY1, "intake.fetched", 1), (DAY1, "intake.fetched", 5), (DAY1, "handle.parsed", 1),
    (DAY1, "handle.parsed", 4), (DAY1, "outbox.queued", 1), (DAY1, "outbox.queued", 3),
    (DAY1, "handle.decided", 2), (DAY1, "handle.decided", 5), (DAY1, "handle.committed", 1),
    (DAY1, "handle.committed", 6), (DAY1, "intake.handled", 3), (DAY1, "intake.moved", 2),
    (DAY1, "intake.batch_handled", 1), (DAY1, "pass.intake_done", 1), (DAY1, "outbox.before_send", 2),
    (DAY1, "outbox.sent", 1), (DAY2, "store.claimed", 1), (DAY2, "store.claimed", 3),
    (DAY2, "jobs.done", 2), (DAY2, "outbox.marked", 3),
]


def make_site(root: Path, store: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "minutebot.toml").write_text(CONFIG + store, encoding="utf-8")
    (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    new = root / "minutebot-data" / "inbox" / "new"
    new.mkdir(parents=True)
    for index, (name, raw) in enumerate(INBOX):
        (new / name).write_bytes(raw)
        os.utime(new / name, (1_700_000_000 + index, 1_700_000_000 + index))
    return root


def tick(site: Path, now: str, crash_at: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "MINUTEBOT_SECRET": "fault-tests", "MINUTEBOT_CRASH_AT": crash_at}
    return subprocess.run([sys.executable, "-m", "minutebot", "--config", "minutebot.toml", "tick", "--now", now],
                          cwd=site, env=env, capture_output=True, text=True, timeout=120)


def copy_site(site: Path, to: Path, request) -> Path:
    """A copy of a site (on PostgreSQL, with a copy of its database)."""
    shutil.copytree(site, to)
    config = config_mod.load(to / "minutebot.toml")
    if config.store.url:
        copied = request.getfixturevalue("postgres").copy(config.store.url)
        (to / "minutebot.toml").write_text(CONFIG + store_toml(copied), encoding="utf-8")
    return to


def state(site: Path) -> dict:
    """Everything a crash could lose or double, in a form two runs can be compared by. Message-IDs are unique per
    database (SECURITY.md), so each sent mail is counted under the outbox key its Message-ID was queued with."""
    data = site / "minutebot-data"
    folder = lambda *parts: sorted(p.name for p in data.joinpath(*parts).glob("*"))        # noqa: E731
    store = Store.open(config_mod.load(site / "minutebot.toml").store_location)
    db = store.db
    key_of = dict(db.execute("SELECT message_id, key FROM outbox").fetchall())
    ids = (email.message_from_bytes(p.read_bytes(), policy=default)["Message-ID"]
           for p in (data / "outbox" / "new").glob("*"))
    sent = collections.Counter(key_of.get(mid, mid) for mid in ids)
    try:
        rows = lambda sql: sorted(db.execute(sql).fetchall())                                # noqa: E731
        return {"inbox": folder("inbox", "new") + folder("inbox", "cur"), "processed": folder("inbox", ".Processed", "cur"),
                "failed": folder("inbox", ".Failed", "cur"), "sent": sent,
                "outbox": rows("SELECT key, status, message_id IS NOT NULL FROM outbox"),
                "items": rows("SELECT meeting_id, number, task, status, percent, due_date FROM items"),
                "ledger": rows("SELECT message_id, kind, outcome FROM messages"),
                "job_runs": rows("SELECT job, target, period FROM job_runs"),
                "events": rows("SELECT action, meeting_id, item_id, actor, COUNT(*) FROM events GROUP BY 1, 2, 3, 4"),
                **({} if store.postgres else {"integrity": db.execute("PRAGMA integrity_check").fetchone()[0]})}
    finally:
        store.close()


def new_store(request) -> str:
    """The [store] section of a new site: "" (SQLite), or a new database under --store postgresql."""
    if request.config.getoption("--store") != "postgresql":
        return ""
    return store_toml(request.getfixturevalue("postgres").database())


@pytest.fixture(scope="module")
def reference(tmp_path_factory, request):
    """The run that never crashed: its state after day 1, after day 2, and a copy of the site after day 1."""
    site = make_site(tmp_path_factory.mktemp("reference") / "site", new_store(request))
    assert tick(site, DAY1).returncode == 0
    after_day1 = state(site)
    copy_site(site, site.parent / "after-day1", request)
    assert tick(site, DAY2).returncode == 0
    return {DAY1: after_day1, DAY2: state(site), "day1 site": site.parent / "after-day1"}


def test_the_reference_run_does_what_the_scenario_says(reference):
    day1, day2 = reference[DAY1], reference[DAY2]
    assert day1["inbox"] == [] and day1["failed"] == ["04-junk.eml"] and len(day1["processed"]) == 7
    purposes = collections.Counter(key.split(":")[0] for key, _, _ in day1["outbox"])
    assert purposes == {"recap": 3, "invite": 1, "ack": 2, "stranger": 1, "notice": 1}   # stranger: "not allowed"
    assert all(status == "sent" for _, status, _ in day2["outbox"]) and set(day2["sent"].values()) == {1}
    assert {key.split(":")[0] for key, _, _ in day2["outbox"]} >= {"window", "chase", "digest"}
    assert day2.get("integrity", "ok") == "ok"                 # (SQLite's integrity_check; PostgreSQL: no such)


@pytest.mark.parametrize("day, point, nth", KILL_POINTS, ids=[f"{p}:{n}" for _, p, n in KILL_POINTS])
def test_killed_at_a_point_then_restarted_loses_and_doubles_nothing(reference, tmp_path, day, point, nth, request):
    site = tmp_path / "site"
    if day == DAY1:
        make_site(site, new_store(request))
    else:
        copy_site(reference["day1 site"], site, request)
    crashed = tick(site, day, crash_at=f"{point}:{nth}")
    assert crashed.returncode == -9, crashed.stderr[-2000:]                   # it died by SIGKILL…
    assert f"crashing on purpose at {point}:{nth}" in crashed.stderr          # …at that point, on that pass
    again = tick(site, day)
    assert again.returncode == 0, again.stderr[-2000:]
    assert state(site) == reference[day]


# --- a database held by another writer ---------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_a_database_held_by_another_writer_makes_the_bot_wait_then_carry_on(bot, now):
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    other = sqlite3.connect(bot.config.db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('held-by', 'another program')")
    released = threading.Timer(2.0, lambda: other.execute("COMMIT"))
    released.start()
    result = bot.tick(now)                                  # blocks on the lock until the other writer commits
    released.join()
    other.close()
    assert [o.kind for o in result.outcomes] == ["minutes"]
    assert len(bot.folder("Processed")) == 1 and bot.folder("Failed") == []
    assert len(bot.sent()) == 1


@pytest.mark.postgres_only
def test_the_postgres_writer_lock_held_by_another_makes_the_bot_wait_then_carry_on(bot, now):
    """PostgreSQL's BEGIN IMMEDIATE: another session inside a transaction holding the store's writer lock
    (pg.WRITER_LOCK) makes the bot's transaction wait for it, not fail and not interleave."""
    import psycopg
    from minutebot.storage.pg import WRITER_LOCK
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    other = psycopg.connect(bot.config.store.url, password=os.environ["MINUTEBOT_DB_PASSWORD"], autocommit=True)
    other.execute("BEGIN")
    other.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
    other.execute("INSERT INTO settings (key, value) VALUES ('held-by', 'another program')")
    released = threading.Timer(2.0, lambda: other.execute("COMMIT"))
    released.start()
    result = bot.tick(now)                                  # blocks on the lock until the other writer commits
    released.join()
    other.close()
    assert [o.kind for o in result.outcomes] == ["minutes"]
    assert bot.app.store.setting("held-by") == "another program"
    assert len(bot.folder("Processed")) == 1 and bot.folder("Failed") == [] and len(bot.sent()) == 1


# --- a full disk ---------------------------------------------------------------------------------------------------
def fill_database(store: Store) -> None:
    """From now on the database cannot grow: the next page it needs is 'database or disk is full' (SQLITE_FULL)."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.sqlite_only
def test_a_full_database_stops_the_pass_with_one_line_keeps_the_mail_and_resumes(bot, now):
    bot.tick(now)                                           # the schema exists; now the disk fills up
    fill_database(bot.app.store)
    bot.drop(mail(MINUTES * 40, message_id="<m1@xinghe.cn>"))
    with pytest.raises(StoreError) as failure:
        bot.tick(now)
    message = str(failure.value)
    assert "database or disk is full" in message and "free space" in message and "\n" not in message
    assert len(list((bot.inbox_dir / "new").iterdir())) == 1 and bot.folder("Failed") == []   # the mail waits
    assert bot.sent() == [] and bot.items() == []                                              # nothing half-done
    assert bot.app.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    bot.app.store.db.execute("PRAGMA max_page_count = 1073741823")                           # space is back
    bot.tick(now + timedelta(minutes=1))
    assert len(bot.folder("Processed")) == 1 and len(bot.sent()) == 1 and len(bot.items()) >= 3


@pytest.mark.sqlite_only
def test_tick_on_a_full_database_prints_one_line_and_exits_1(tmp_path, monkeypatch, capsys):
    (tmp_path / "minutebot.toml").write_text(CONFIG.replace('roster = "roster.csv"\n', ""), encoding="utf-8")
    new = tmp_path / "minutebot-data" / "inbox" / "new"
    new.mkdir(parents=True)
    (new / "m1.eml").write_bytes(mail(MINUTES * 40))
    opened = Store.open

    def full(path):
        store = opened(path)
        fill_database(store)
        return store
    monkeypatch.setattr(Store, "open", staticmethod(full))
    code = cli.main(["--config", str(tmp_path / "minutebot.toml"), "tick", "--now", DAY1])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("minutebot: database ") and "database or disk is full" in err[-1]
    assert "Traceback" not in "\n".join(err)
    assert [p.name for p in new.iterdir()] == ["m1.eml"]


def test_an_outbox_on_a_full_disk_delays_mail_and_sends_it_once_space_returns(bot, now, caplog, monkeypatch):
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))

    def no_space(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    with monkeypatch.context() as disk:
        disk.setattr(maildir, "_write", no_space)             # every file the outbox writes: ENOSPC
        result = bot.tick(now)
    assert [o.kind for o in result.outcomes] == ["minutes"]    # the minutes were handled all the same
    assert result.sent.retry == 1 and bot.sent() == []
    [line] = [r.getMessage() for r in caplog.records if "temporary failure" in r.getMessage()]
    assert "cannot write to the outbox" in line and "No space left on device" in line
    assert bot.tick(now + timedelta(seconds=30)).sent.sent == 0             # space is back; it waits out its backoff…
    assert bot.tick(now + timedelta(minutes=2)).sent.sent == 1              # …then goes, once
    assert len(bot.sent()) == 1 and list((bot.outbox_dir / "tmp").iterdir()) == []


@pytest.mark.sqlite_only
def test_the_daemon_on_a_full_database_logs_one_line_a_pass_and_carries_on_when_space_returns(bot, now, caplog):
    from minutebot.inbound import daemon
    from minutebot.inbound.connect import connect_inbox, connect_transport
    bot.tick(now)
    fill_database(bot.app.store)
    bot.drop(mail(MINUTES * 40, message_id="<m1@xinghe.cn>"))
    passes = []

    def clock():                           # each pass asks the time: space returns at the 4th, SIGTERM at the 7th
        passes.append(now)
        if len(passes) == 4:
            bot.app.store.db.execute("PRAGMA max_page_count = 1073741823")
        if len(passes) == 7:
            os.kill(os.getpid(), signal.SIGTERM)
        return now + timedelta(seconds=len(passes))
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with caplog.at_level(logging.INFO, logger="minutebot"):
            code = daemon.run(bot.app, connect_inbox(bot.config), connect_transport(bot.config), clock=clock,
                              wait_seconds=0.01)
    finally:
        for sig, handler in handlers.items():                  # the daemon installed its own
            signal.signal(sig, handler)
    assert code == 0
    failures = [r.getMessage() for r in caplog.records if "cannot be written" in r.getMessage()]
    assert len(failures) == 3 and all("\n" not in line for line in failures)
    assert len(bot.folder("Processed")) == 1 and len(bot.sent()) == 1
