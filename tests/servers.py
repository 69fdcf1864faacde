"""Real mail servers on 127.0.0.1 as pytest fixtures: Dovecot for IMAP, aiosmtpd for SMTP.

    def test_x(dovecot, smtp_sink):
        dovecot.append(mail(MINUTES))           # into bot's INBOX, as if delivered
        ...
        [recap] = smtp_sink.mails()

No fakes: the mailer talks to the same servers it meets in production (and the store to a real PostgreSQL,
pg_server.py, when the tests run with --store postgresql). Without a `dovecot` binary the IMAP tests
skip (run scripts/install-dovecot.sh), except under CI=true, where a missing server is a failure, not a skip.
"""
from __future__ import annotations

import os

import pytest

from dovecot_server import NO_MOVE_NO_IDLE, Dovecot
from loopback import USERS, free_port, make_certificate, wait_for  # noqa: F401  (for the tests)
from pg_server import Postgres
from smtp_sink import SmtpSink


def serve(server: Dovecot):
    """Start a Dovecot for one test and clean it up after, even when starting it fails half-way."""
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def dovecot():
    yield from serve(Dovecot())


@pytest.fixture
def old_dovecot():
    """A server without MOVE and IDLE: the inbox must copy + expunge and poll."""
    yield from serve(Dovecot(imap_extra=NO_MOVE_NO_IDLE))


@pytest.fixture
def tls_dovecot():
    """A server with a certificate: imaps on `tls_port`, STARTTLS on `port`; trust `certificate.ca` to verify."""
    yield from serve(Dovecot(tls=True))


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the session; `postgres.database()` is a fresh database's store url. Its password
    is in MINUTEBOT_DB_PASSWORD for the session (the daemons the tests start inherit it)."""
    server = Postgres()
    saved = os.environ.get("MINUTEBOT_DB_PASSWORD")
    try:
        server.start()
        os.environ["MINUTEBOT_DB_PASSWORD"] = server.password
        yield server
    finally:
        server.cleanup()
        if saved is None:
            os.environ.pop("MINUTEBOT_DB_PASSWORD", None)
        else:
            os.environ["MINUTEBOT_DB_PASSWORD"] = saved


# --- SMTP ------------------------------------------------------------------------------------------------------
def run_sink(sink: SmtpSink):
    """Start an SMTP sink for one test and stop it after."""
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_sink():
    yield from run_sink(SmtpSink())


@pytest.fixture(params=["ssl", "starttls"])
def tls_smtp_sink(request, tmp_path):
    """The sink behind TLS (smtps) or offering STARTTLS; trust `certificate.ca` to verify it."""
    yield from run_sink(SmtpSink(tls=request.param, certificate=make_certificate(tmp_path)))


def bot_config(dovecot: Dovecot, sink: SmtpSink, folder: str = "INBOX", poll_seconds: int = 5) -> str:
    """minutebot.toml for a bot reading `folder` of user bot over IMAP and sending through the sink.
    The passwords come from the environment variables it names (see BOT_ENV)."""
    return f"""
[bot]
address = "minutes@xinghe.cn"
roster = "roster.csv"
allowed_domains = ["xinghe.cn"]
[inbox]
url = "imap://bot@127.0.0.1:{dovecot.port}/{folder}"
password_env = "TEST_IMAP_PASSWORD"
poll_seconds = {poll_seconds}
[outbox]
url = "smtp://bot@127.0.0.1:{sink.port}"
password_env = "TEST_SMTP_PASSWORD"
"""


BOT_ENV = {"TEST_IMAP_PASSWORD": USERS["bot"], "TEST_SMTP_PASSWORD": USERS["bot"]}
