"""`minutebot run` as a process on a real mailbox (Dovecot in, aiosmtpd out): killed with SIGKILL in the middle
of a backlog, the IMAP server restarting under it, and SIGTERM (with --store postgresql, each on a PostgreSQL database)."""
import collections
import os
import signal
import subprocess
import sys
import time

import pytest
from imapclient.exceptions import IMAPClientError

from conftest import MINUTES, ROSTER, mail
from servers import BOT_ENV, bot_config, wait_for

BACKLOG = 200


def minutes(n: int) -> bytes:
    body = MINUTES.replace("产品周会", f"产品周会第{n}次")
    return mail(body, subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>")


class Daemon:
    """`python -m minutebot run` in its own process, its log in a file (a pipe nobody reads could fill up)."""

    def __init__(self, site):
        self.site, self.log = site, site / "daemon.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "minutebot", "--config", "minutebot.toml", "run"],
                                         cwd=self.site, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         env={**os.environ, **BOT_ENV})

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)

    def says(self, text: str) -> bool:
        return text in self.text()

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class Person:
    """Someone looking at the bot's mailbox with their own IMAP connection."""

    def __init__(self, dovecot):
        self.client = dovecot.client()

    def count(self, folder: str) -> int:
        try:
            return self.client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]
        except IMAPClientError:                           # the bot has not made the folder yet
            return 0


def recaps(sink) -> list[str]:
    """In-Reply-To of every recap received, one entry per copy."""
    return [m["In-Reply-To"] for m in sink.mails() if m["Subject"].startswith("Re: 会议纪要")]


@pytest.fixture
def site(tmp_path, dovecot, smtp_sink, store_section):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "minutebot.toml").write_text(bot_config(dovecot, smtp_sink, poll_seconds=5) + store_section,
                                             encoding="utf-8")
    return tmp_path


@pytest.fixture
def daemon(site):
    process = Daemon(site)
    yield process
    if process.proc and process.proc.poll() is None:
        process.kill()


def test_kill_9_twice_in_a_backlog_loses_and_doubles_nothing(daemon, dovecot, smtp_sink):
    dovecot.append_many([minutes(n) for n in range(BACKLOG)])
    person = Person(dovecot)
    for stop_at in (40, 120):
        daemon.start()
        assert wait_for(lambda: person.count("Processed") >= stop_at, 180), daemon.text()[-3000:]
        daemon.kill()
    daemon.start()
    assert wait_for(lambda: person.count("Processed") == BACKLOG and len(set(recaps(smtp_sink))) == BACKLOG, 300), \
        daemon.text()[-3000:]
    time.sleep(1.5)                                       # a little longer: nothing more may arrive
    assert daemon.terminate() == 0                        # a clean stop on SIGTERM
    assert person.count("INBOX") == 0 and person.count("Failed") == 0
    filed = collections.Counter(m["Message-ID"] for m in dovecot.messages("Processed"))
    assert filed == {f"<m{n}@xinghe.cn>": 1 for n in range(BACKLOG)}           # each minutes filed once
    # The kills land while the backlog is read; the outbox is drained after, so no send was cut in half
    # (one cut after the 250 would mean one resend of the same Message-ID).
    assert collections.Counter(recaps(smtp_sink)) == {f"<m{n}@xinghe.cn>": 1 for n in range(BACKLOG)}


def test_the_daemon_reconnects_when_the_imap_server_restarts(daemon, dovecot, smtp_sink):
    daemon.start()
    dovecot.append(minutes(1))
    assert wait_for(lambda: "<m1@xinghe.cn>" in recaps(smtp_sink), 60), daemon.text()[-3000:]
    dovecot.restart()
    dovecot.append(minutes(2))
    assert wait_for(lambda: "<m2@xinghe.cn>" in recaps(smtp_sink), 30), daemon.text()[-3000:]
    assert daemon.says("IMAP reconnected")
    assert daemon.terminate() == 0
    assert sorted(recaps(smtp_sink)) == ["<m1@xinghe.cn>", "<m2@xinghe.cn>"]


def test_sigterm_stops_the_daemon_cleanly_while_it_waits_for_mail(daemon, dovecot, smtp_sink):
    daemon.start()
    dovecot.append(minutes(1))
    assert wait_for(lambda: recaps(smtp_sink) == ["<m1@xinghe.cn>"], 60), daemon.text()[-3000:]
    assert daemon.terminate() == 0
    assert daemon.says("minutebot stopped")


def test_sigterm_stops_the_daemon_cleanly_while_the_server_is_down(daemon, dovecot):
    daemon.start()
    assert wait_for(lambda: daemon.says("minutebot running"), 60), daemon.text()[-3000:]
    dovecot.stop()
    assert wait_for(lambda: daemon.says("IMAP reconnect failed"), 60), daemon.text()[-3000:]
    assert daemon.terminate() == 0
