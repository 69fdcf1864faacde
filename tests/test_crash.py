"""Nothing lost, nothing doubled: `minutebot run` killed with SIGKILL in the middle of a backlog, then restarted
(on SQLite; with --store postgresql, on a PostgreSQL database)."""
import os
import signal
import subprocess
import sys
import time
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from conftest import MINUTES, ROSTER, mail

BACKLOG = 200
CONFIG = """
[bot]
address = "minutes@xinghe.cn"
roster = "roster.csv"
allowed_domains = ["xinghe.cn"]
[inbox]
poll_seconds = 1
"""


@pytest.fixture
def site(tmp_path, store_section):
    (tmp_path / "minutebot.toml").write_text(CONFIG + store_section, encoding="utf-8")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    new = tmp_path / "minutebot-data" / "inbox" / "new"
    new.mkdir(parents=True)
    for n in range(BACKLOG):
        body = MINUTES.replace("产品周会", f"产品周会第{n}次")
        (new / f"{n:04d}.eml").write_bytes(mail(body, subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>"))
    return tmp_path


def start(site: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "minutebot", "run"], cwd=site, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "MINUTEBOT_CONFIG": ""})


def processed(site: Path) -> int:
    path = site / "minutebot-data" / "inbox" / ".Processed" / "cur"
    return len(list(path.iterdir())) if path.exists() else 0


def wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def daemons():
    """Every daemon a test starts is killed at its end, also when an assertion failed half-way."""
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_kill_9_twice_in_a_backlog_loses_and_doubles_nothing(site, daemons):
    for stop_at in (40, 120):
        proc = start(site)
        daemons.append(proc)
        assert wait_for(lambda: processed(site) >= stop_at), proc.stderr.read1().decode() if proc.poll() else ""
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    proc = start(site)
    daemons.append(proc)
    sent_dir = site / "minutebot-data" / "outbox" / "new"
    assert wait_for(lambda: processed(site) == BACKLOG and sent_dir.exists()
                    and len(list(sent_dir.iterdir())) >= BACKLOG)
    # (timed jobs may add chase mail for these 2024 items when the real clock is on a working day)
    time.sleep(1.5)                                     # a full poll cycle more: nothing else may appear
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0                   # a clean stop on SIGTERM
    recaps = [message_from_bytes(p.read_bytes(), policy=default) for p in sent_dir.iterdir()]
    answered = sorted(r["In-Reply-To"] for r in recaps if r["Subject"].startswith("Re: 会议纪要"))
    assert answered == sorted(f"<m{n}@xinghe.cn>" for n in range(BACKLOG))      # each once, none missing
    assert list((site / "minutebot-data" / "inbox" / "new").iterdir()) == []
