"""Batched IMAP acknowledgement on a real Dovecot: a fetched batch is handled, then moved with one command per
destination folder (UID MOVE by UID set, or UID COPY + STORE + EXPUNGE without MOVE), and a kill between the
commits and the move loses nothing and doubles nothing."""
import collections
import os
import subprocess
import sys

import pytest

from conftest import MINUTES, ROSTER, mail
from mailer.imap import uid_set
from minutebot import config as config_mod
from minutebot.app import open_app
from minutebot.inbound import intake
from minutebot.inbound.connect import connect_inbox
from servers import BOT_ENV, bot_config

BATCH = 50
JUNK = b"\x89PNG not a mail\n"


def minutes(n: int) -> bytes:
    body = MINUTES.replace("产品周会", f"产品周会第{n}次")
    return mail(body, subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>")


class Counted:
    """The bot's IMAP session with every tagged command counted, and the moving commands' UID sets recorded."""

    def __init__(self, inbox):
        self.client, self.tags, self.calls = inbox._conn, 0, []
        imap = self.client._imap
        new_tag = imap._new_tag

        def counting_tag():
            self.tags += 1
            return new_tag()
        imap._new_tag = counting_tag
        for name in ("move", "copy", "add_flags", "uid_expunge"):
            self._record(name)

    def _record(self, name: str) -> None:
        method = getattr(self.client, name)

        def recorded(messages, *args, **kwargs):
            self.calls.append((name, messages))
            return method(messages, *args, **kwargs)
        setattr(self.client, name, recorded)


@pytest.fixture
def site(tmp_path, monkeypatch, store_section, smtp_sink, request):
    for name, value in BOT_ENV.items():
        monkeypatch.setenv(name, value)
    server = request.getfixturevalue(request.param if hasattr(request, "param") else "dovecot")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "minutebot.toml").write_text(bot_config(server, smtp_sink) + store_section, encoding="utf-8")
    return tmp_path, server


def intake_counted(root, now):
    config = config_mod.load(root / "minutebot.toml")
    app, inbox = open_app(config), connect_inbox(config)
    counted = Counted(inbox)
    try:
        outcomes = intake.process_new(inbox, app, now)
    finally:
        inbox.close()
        app.close()
    return outcomes, counted


@pytest.mark.parametrize("site", ["dovecot", "old_dovecot"], indirect=True)
def test_fifty_mails_are_acknowledged_with_one_command_set_per_folder(site, now):
    root, server = site
    server.append_many([minutes(n) for n in range(BATCH - 1)] + [JUNK])
    outcomes, counted = intake_counted(root, now)
    assert len(outcomes) == BATCH - 1
    assert server.uids("INBOX") == []
    filed = collections.Counter(m["Message-ID"] for m in server.messages("Processed"))
    assert filed == {f"<m{n}@xinghe.cn>": 1 for n in range(BATCH - 1)}
    assert len(server.uids("Failed")) == 1
    moving = collections.Counter(name for name, _ in counted.calls)
    if "MOVE" in str(server.client().capabilities()):
        assert moving == {"move": 2}                                  # Processed, Failed: one UID MOVE each
    else:
        assert moving == {"copy": 2, "add_flags": 2, "uid_expunge": 2}
    assert all(uids.count(",") <= 1 for _, uids in counted.calls)     # UID sets ("1:49"), not one UID a command
    # the whole intake, whatever the batch size: NOOP, SEARCH, FETCH, CAPABILITY (once per login), then per folder
    # SEARCH, LIST, CREATE, SUBSCRIBE and MOVE or COPY + STORE + EXPUNGE (one by one: 2 commands a mail at least)
    assert counted.tags <= 4 + 2 * 7, counted.tags


def test_a_kill_between_the_commits_and_the_batched_move_loses_and_doubles_nothing(site, smtp_sink):
    root, server = site
    server.append_many([minutes(n) for n in range(BATCH)])
    env = {**os.environ, **BOT_ENV}
    command = [sys.executable, "-m", "minutebot", "--config", "minutebot.toml", "tick", "--now", "2024-10-10T15:05+08:00"]
    crashed = subprocess.run(command, cwd=root, env={**env, "MINUTEBOT_CRASH_AT": "intake.batch_handled:1"},
                             capture_output=True, text=True, timeout=300)
    assert crashed.returncode == -9, crashed.stderr[-2000:]
    assert "crashing on purpose at intake.batch_handled:1" in crashed.stderr
    assert len(server.uids("INBOX")) == BATCH and server.uids("Processed") == []     # handled, not yet moved
    again = subprocess.run(command, cwd=root, env={**env, "MINUTEBOT_CRASH_AT": ""}, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert server.uids("INBOX") == []
    filed = collections.Counter(m["Message-ID"] for m in server.messages("Processed"))
    assert filed == {f"<m{n}@xinghe.cn>": 1 for n in range(BATCH)}                  # re-read, skipped, moved once
    recaps = collections.Counter(m["In-Reply-To"] for m in smtp_sink.mails() if m["Subject"].startswith("Re: 会议纪要"))
    assert recaps == {f"<m{n}@xinghe.cn>": 1 for n in range(BATCH)}                 # each recap once


def test_uid_sets_are_compact_ranges():
    assert uid_set([7, 1, 2, 3, 3]) == "1:3,7"
    assert uid_set([5]) == "5" and uid_set([]) == ""
    assert uid_set(range(1, 101)) == "1:100"
