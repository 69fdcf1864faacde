"""OAuth2 logins against real servers: Dovecot whose oauth2 passdb asks a token-introspection server started here,
and aiosmtpd checking XOAUTH2/OAUTHBEARER with the same server. The bot gets its tokens by the refresh-token flow
(or a token_command), keeps them, renews one the server refuses without losing mail, and says in one line when the
refresh token was revoked."""
import subprocess
import sys
import textwrap

import pytest

from conftest import MINUTES, ROSTER, mail
from minutebot import config as config_mod
from minutebot.app import open_app
from minutebot.connect import connect_inbox, connect_transport
from minutebot.daemon import one_pass
from mailer.oauth2 import RENEW_BEFORE, RefreshTokenSource
from oauth_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, OAuthDovecot, OAuthSinkHandler, TokenServer
from smtp_sink import SmtpSink

OAUTH_ENV = {"TEST_OAUTH_ID": CLIENT_ID, "TEST_OAUTH_SECRET": CLIENT_SECRET, "TEST_OAUTH_REFRESH": REFRESH_TOKEN}


@pytest.fixture
def tokens():
    server = TokenServer().start()
    yield server
    server.stop()


@pytest.fixture
def oauth_dovecot(tokens):
    server = OAuthDovecot(tokens)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def oauth_sink(tokens):
    sink = SmtpSink()
    sink.handler = OAuthSinkHandler(tokens)
    sink.start()
    yield sink
    sink.stop()


def oauth_config(dovecot, sink, tokens, mechanism="xoauth2", source=None) -> str:
    source = source or (f'token_url = "{tokens.token_url}"\nclient_id_env = "TEST_OAUTH_ID"\n'
                        'client_secret_env = "TEST_OAUTH_SECRET"\nrefresh_token_env = "TEST_OAUTH_REFRESH"')
    return f"""
[bot]
address = "minutes@xinghe.cn"
roster = "roster.csv"
allowed_domains = ["xinghe.cn"]
[inbox]
url = "imap://bot@127.0.0.1:{dovecot.port}/INBOX"
auth = "oauth2"
password_env = "NO_SUCH_PASSWORD"
[outbox]
url = "smtp://bot@127.0.0.1:{sink.port}"
auth = "oauth2"
password_env = "NO_SUCH_PASSWORD"
[oauth2]
{source}
mechanism = "{mechanism}"
"""


def write_site(root, text: str):
    (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (root / "minutebot.toml").write_text(text, encoding="utf-8")
    return config_mod.load(root / "minutebot.toml")


@pytest.fixture
def oauth_env(monkeypatch):
    for name, value in OAUTH_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("NO_SUCH_PASSWORD", raising=False)


def minutes(n: int) -> bytes:
    return mail(MINUTES.replace("产品周会", f"产品周会第{n}次"), subject=f"会议纪要 {n}", message_id=f"<o{n}@xinghe.cn>")


def tick(config, app, now):
    inbox, transport = connect_inbox(config), connect_transport(config)
    try:
        return one_pass(app, inbox, transport, now)
    finally:
        inbox.close()
        transport.close()


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_imap_and_smtp_log_in_with_a_token_from_the_refresh_flow(tmp_path, tokens, oauth_dovecot, oauth_sink,
                                                               oauth_env, mechanism, now):
    config = write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens, mechanism))
    oauth_dovecot.append(minutes(1))
    app = open_app(config)
    try:
        result = tick(config, app, now)
    finally:
        app.close()
    assert len(result.outcomes) == 1 and result.sent.sent >= 1
    assert oauth_sink.handler.logins and set(oauth_sink.handler.logins) == {f"{mechanism.upper()} bot"}
    assert oauth_dovecot.uids("INBOX") == [] and len(oauth_dovecot.uids("Processed")) == 1
    assert tokens.token_requests == 1                 # one token, shared by the inbox and the outbox
    assert tokens.introspections >= 2                  # Dovecot and the SMTP server both checked it


def test_a_token_the_servers_stop_accepting_is_renewed_and_no_mail_is_lost(tmp_path, tokens, oauth_dovecot,
                                                                           oauth_sink, oauth_env, now):
    config = write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens))
    app = open_app(config)
    try:
        oauth_dovecot.append(minutes(1))
        tick(config, app, now)
        tokens.expire_access_tokens()                   # the provider ends the token before the bot expects
        oauth_dovecot.append(minutes(2))
        result = tick(config, app, now)
    finally:
        app.close()
    assert len(result.outcomes) == 1 and result.sent.sent >= 1
    assert tokens.token_requests == 2                  # the refused token was replaced, once
    assert len(oauth_dovecot.uids("Processed")) == 2 and oauth_dovecot.uids("INBOX") == []
    recaps = {m["In-Reply-To"] for m in oauth_sink.mails()}
    assert {"<o1@xinghe.cn>", "<o2@xinghe.cn>"} <= recaps


def test_the_token_is_renewed_before_it_expires(tokens):
    clock = [1000.0]
    source = RefreshTokenSource(tokens.token_url, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, clock=lambda: clock[0])
    first = source.token()
    clock[0] += 3600 - RENEW_BEFORE - 1               # still comfortably valid: the cached token
    assert source.token() == first and tokens.token_requests == 1
    clock[0] += 2                                      # within RENEW_BEFORE of expiry: a new one, before it fails
    second = source.token()
    assert second != first and tokens.token_requests == 2 and second in tokens.active


def run_cli(config_path, *args, env_extra=None):
    import os
    env = {**os.environ, **OAUTH_ENV, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "minutebot", "--config", str(config_path), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_revoked_refresh_token_is_one_clear_line_in_check_and_in_the_log(tmp_path, tokens, oauth_dovecot,
                                                                             oauth_sink, now):
    write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens))
    oauth_dovecot.append(minutes(1))
    tokens.revoke_refresh_token()
    checked = run_cli(tmp_path / "minutebot.toml", "check")
    assert checked.returncode == 1
    failed = [l for l in checked.stdout.splitlines() if "FAILED" in l]
    assert [l.split(" FAILED")[0] for l in failed] == ["inbox", "outbox"]
    for line in failed:
        assert "refresh token refused" in line and "revoked" in line and "sign in again" in line
    assert "Traceback" not in checked.stdout + checked.stderr

    ticked = run_cli(tmp_path / "minutebot.toml", "tick")
    assert ticked.returncode != 0 and "Traceback" not in ticked.stderr
    said = [l for l in ticked.stderr.splitlines() if "refresh token refused" in l]
    assert len(said) == 1 and "sign in again" in said[0]
    assert oauth_dovecot.uids("INBOX") != []           # the mail waits for the new token; nothing is lost


def test_a_token_command_supplies_the_token(tmp_path, tokens, oauth_dovecot, oauth_sink, monkeypatch, now):
    helper = tmp_path / "get-token.py"
    helper.write_text(textwrap.dedent(f"""
        import json, urllib.parse, urllib.request
        form = urllib.parse.urlencode({{"grant_type": "refresh_token", "refresh_token": "{REFRESH_TOKEN}",
                                        "client_id": "{CLIENT_ID}", "client_secret": "{CLIENT_SECRET}"}}).encode()
        print(json.load(urllib.request.urlopen("{tokens.token_url}", data=form))["access_token"])
    """))
    source = f'token_command = "{sys.executable} {helper}"'
    config = write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens, source=source))
    for name in OAUTH_ENV:
        monkeypatch.delenv(name, raising=False)        # the helper holds the secrets, not the bot
    inbox = connect_inbox(config)
    try:
        assert inbox.check().startswith("IMAP inbox ok")
    finally:
        inbox.close()
    transport = connect_transport(config)
    try:
        assert "with OAuth2 XOAUTH2" in transport.check()
    finally:
        transport.close()
    assert tokens.token_requests == 1


def test_a_broken_token_command_is_one_line(tmp_path, tokens, oauth_dovecot, oauth_sink):
    source = f'token_command = "{sys.executable} -c \'import sys; sys.exit(3)\'"'
    write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens, source=source))
    checked = run_cli(tmp_path / "minutebot.toml", "check")
    failed = [l for l in checked.stdout.splitlines() if "FAILED" in l]
    assert len(failed) == 2 and all("token_command" in l and "printed no token" in l for l in failed)


def test_smtp_alone_renews_a_refused_token(tmp_path, tokens, oauth_dovecot, oauth_sink, oauth_env):
    config = write_site(tmp_path, oauth_config(oauth_dovecot, oauth_sink, tokens, "oauthbearer"))
    first = connect_transport(config)
    first.check()
    first.close()
    tokens.expire_access_tokens()
    again = connect_transport(config)
    try:
        again.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(3))
    finally:
        again.close()
    assert tokens.token_requests == 2 and len(oauth_sink.mails()) == 1
    assert oauth_sink.handler.logins == ["OAUTHBEARER bot", "OAUTHBEARER bot"]
