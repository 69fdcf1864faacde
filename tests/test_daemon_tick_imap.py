"""One pass of the bot (what `minutebot tick` runs) on a real mailbox, and `minutebot check`.

The config is the production shape: [inbox] url = "imap://bot@127.0.0.1:PORT/INBOX", [outbox] url =
"smtp://bot@127.0.0.1:PORT", passwords from the environment variables it names. Dovecot and aiosmtpd on 127.0.0.1.
"""
from datetime import timedelta

import pytest

from conftest import MINUTES, ROSTER, mail
from minutebot import config as config_mod
from minutebot.app import open_app
from minutebot.cli import main
from minutebot.inbound.connect import connect_inbox, connect_transport
from minutebot.inbound.daemon import one_pass
from servers import BOT_ENV, bot_config


def minutes(n: int) -> bytes:
    body = MINUTES.replace("产品周会", f"产品周会第{n}次")
    return mail(body, subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>")


class MailSite:
    """A bot configured like production: IMAP inbox, SMTP outbox, passwords from the environment."""

    def __init__(self, root, dovecot, sink, folder="INBOX"):
        self.dovecot, self.sink, self.folder = dovecot, sink, folder
        (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
        (root / "minutebot.toml").write_text(bot_config(dovecot, sink, folder), encoding="utf-8")
        self.config = config_mod.load(root / "minutebot.toml")
        self.app = open_app(self.config)

    def tick(self, now):
        inbox, transport = connect_inbox(self.config), connect_transport(self.config)
        try:
            return one_pass(self.app, inbox, transport, now)
        finally:
            inbox.close()
            transport.close()

    def recaps(self) -> list[str]:
        """In-Reply-To of every recap received so far (one entry per copy received)."""
        return [m["In-Reply-To"] for m in self.sink.mails() if m["Subject"].startswith("Re: 会议纪要")]


@pytest.fixture
def site(tmp_path, dovecot, smtp_sink, monkeypatch):
    for name, value in BOT_ENV.items():
        monkeypatch.setenv(name, value)
    instance = MailSite(tmp_path, dovecot, smtp_sink)
    yield instance
    instance.app.close()


def test_minutes_in_the_mailbox_get_a_threaded_recap_and_move_to_processed(site, dovecot, smtp_sink, now):
    dovecot.append(minutes(1))
    result = site.tick(now)
    assert len(result.outcomes) == 1 and result.sent.sent >= 1
    [recap] = [m for m in smtp_sink.mails() if m["In-Reply-To"] == "<m1@xinghe.cn>"]
    assert recap["Subject"] == "Re: 会议纪要 1" and "<m1@xinghe.cn>" in recap["References"]
    assert recap["Auto-Submitted"] == "auto-generated"
    assert dovecot.uids("INBOX") == []
    assert [m["Message-ID"] for m in dovecot.messages("Processed")] == ["<m1@xinghe.cn>"]
    sent = len(smtp_sink.envelopes())
    site.tick(now + timedelta(minutes=1))                      # nothing new: nothing more
    assert len(smtp_sink.envelopes()) == sent


def test_uids_at_or_below_the_checkpoint_are_left_alone(site, dovecot, smtp_sink, now):
    old, new = dovecot.append(minutes(1)), dovecot.append(minutes(2))
    site.app.store.save_checkpoint(site.config.inbox_url, dovecot.uidvalidity(), old)   # as a last run left it
    site.tick(now)
    assert site.recaps() == ["<m2@xinghe.cn>"]
    assert dovecot.uids("INBOX") == [old]
    assert site.app.store.checkpoint(site.config.inbox_url) == (dovecot.uidvalidity(), new)


def test_a_restored_folder_with_a_new_uidvalidity_is_read_again_and_the_ledger_skips_known_mail(
        tmp_path, dovecot, smtp_sink, monkeypatch, now):
    for name, value in BOT_ENV.items():
        monkeypatch.setenv(name, value)
    site = MailSite(tmp_path, dovecot, smtp_sink, folder="Minutes")
    for n in (1, 2, 3):
        dovecot.append(minutes(n), folder="Minutes")
    site.tick(now)
    old_validity = dovecot.uidvalidity("Minutes")
    with dovecot.client() as admin:                   # the folder is restored: same old mail, UIDs from 1 again
        admin.delete_folder("Minutes")
    dovecot.append(minutes(1), folder="Minutes")
    dovecot.append(minutes(4), folder="Minutes")      # UID 2, below the checkpoint (3) of the old folder
    assert dovecot.uidvalidity("Minutes") != old_validity
    site.tick(now + timedelta(minutes=1))
    assert sorted(site.recaps()) == ["<m1@xinghe.cn>", "<m2@xinghe.cn>", "<m3@xinghe.cn>", "<m4@xinghe.cn>"]
    assert dovecot.uids("Minutes") == []
    site.app.close()


def test_an_smtp_outage_delays_mail_but_loses_and_doubles_none(site, dovecot, smtp_sink, now):
    for n in (1, 2, 3):
        dovecot.append(minutes(n))
    smtp_sink.handler.fail_with = "451 4.3.0 try again later"
    first = site.tick(now)
    assert len(first.outcomes) == 3 and first.sent.sent == 0 and first.sent.retry >= 3
    assert dovecot.uids("INBOX") == []                          # handled and filed; the mail waits in the outbox
    smtp_sink.stop()                                            # now the server is gone altogether
    assert site.tick(now + timedelta(seconds=61)).sent.sent == 0
    smtp_sink.handler.fail_with = None
    smtp_sink.start()
    for minutes_later in (2, 10, 30, 60, 120):                  # past the outbox's growing backoff
        site.tick(now + timedelta(minutes=minutes_later))
    assert sorted(site.recaps()) == ["<m1@xinghe.cn>", "<m2@xinghe.cn>", "<m3@xinghe.cn>"]


# --- minutebot check ---------------------------------------------------------------------------------------------
def test_check_passes_on_a_good_config_and_names_a_wrong_password(site, monkeypatch, capsys):
    path = str(site.config.path)
    assert main(["--config", path, "check"]) == 0
    out = capsys.readouterr().out
    assert "IMAP inbox ok" in out and "SMTP outbox ok" in out
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "wrong")
    assert main(["--config", path, "check"]) != 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "FAILED" in line]
    assert line.startswith("inbox FAILED: IMAP login failed for bot") and "password_env" in line
    monkeypatch.setenv("TEST_IMAP_PASSWORD", BOT_ENV["TEST_IMAP_PASSWORD"])
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
    assert main(["--config", path, "check"]) != 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "FAILED" in line]
    assert line.startswith("outbox FAILED:") and "login failed (535" in line and "[outbox] password_env" in line
