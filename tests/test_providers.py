"""`minutebot check` names the provider's fix when a login fails there: the real failure texts of Dovecot and an
SMTP server, put against the hosts of Microsoft 365, Gmail and the Chinese business mail services."""
from pathlib import Path

import pytest

from mailer.inbox import InboxError, open_inbox
from mailer.transport import TemporaryFailure, open_transport
from minutebot.providers import PROVIDERS, login_hint, provider_for

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("url, name", [
    ("imaps://bot%40xinghe.cn@outlook.office365.com/INBOX", "Microsoft 365"),
    ("smtp://bot%40xinghe.cn@smtp.office365.com:587", "Microsoft 365"),
    ("imaps://bot@imap.gmail.com/INBOX", "Gmail"),
    ("smtps://bot@smtp.exmail.qq.com", "腾讯企业邮箱"),
    ("imaps://bot@imap.qiye.aliyun.com/INBOX", "阿里企业邮箱"),
    ("imaps://bot@imaphz.qiye.163.com/INBOX", "网易企业邮箱"),
    ("imaps://bot@imap.163.com/INBOX", "网易邮箱 (163/126)"),
])
def test_each_provider_is_known_by_its_hosts(url, name):
    assert provider_for(url).name == name


def test_a_lookalike_or_own_server_is_no_provider():
    assert provider_for("imaps://bot@mail.xinghe.cn/INBOX") is None
    assert provider_for("imaps://bot@notgmail.com/INBOX") is None          # a suffix match needs the dot


def test_a_real_imap_login_failure_gets_the_providers_fix(dovecot):
    with pytest.raises(InboxError) as caught:
        open_inbox(f"imap://bot@127.0.0.1:{dovecot.port}/INBOX", "wrong")
    problem = str(caught.value)
    assert "Gmail" in login_hint("imaps://bot@imap.gmail.com/INBOX", problem)
    assert 'auth = "oauth2"' in login_hint("imaps://x@outlook.office365.com/INBOX", problem)
    assert login_hint("imaps://bot@mail.xinghe.cn/INBOX", problem) == ""     # own server: the line says enough


def test_a_real_smtp_login_failure_gets_the_providers_fix(smtp_sink):
    with pytest.raises(TemporaryFailure) as caught:
        open_transport(f"smtp://bot@127.0.0.1:{smtp_sink.port}", "wrong").check()
    assert "客户端专用密码" in login_hint("smtps://bot@smtp.exmail.qq.com", str(caught.value))


def test_other_failures_get_no_provider_hint(smtp_sink):
    smtp_sink.stop()
    with pytest.raises(TemporaryFailure) as caught:
        open_transport(f"smtp://bot@127.0.0.1:{smtp_sink.port}", "x").check()
    assert login_hint("smtps://bot@smtp.gmail.com", str(caught.value)) == ""


def test_the_provider_table_in_the_docs_names_every_provider_and_host():
    text = (ROOT / "docs" / "providers.md").read_text(encoding="utf-8")
    for provider in PROVIDERS:
        if provider.name.startswith(("QQ", "网易邮箱")):
            continue                                    # personal mailboxes: the hint only
        assert provider.name.split(" (")[0] in text, provider.name


def test_check_puts_the_fix_on_the_failed_login_line(tmp_path, dovecot, smtp_sink, monkeypatch, now, capsys):
    from minutebot import config as config_mod
    from minutebot.checkup import check_all
    from minutebot.providers import Provider
    here = Provider("Loopback Mail", ("127.0.0.1",), "Loopback Mail: log in with the app password")
    monkeypatch.setattr("minutebot.providers.PROVIDERS", (here,))          # as if Dovecot were that provider
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "wrong")
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
    (tmp_path / "minutebot.toml").write_text(f"""
[bot]
address = "minutes@xinghe.cn"
[inbox]
url = "imap://bot@127.0.0.1:{dovecot.port}/INBOX"
password_env = "TEST_IMAP_PASSWORD"
[outbox]
url = "smtp://bot@127.0.0.1:{smtp_sink.port}"
password_env = "TEST_SMTP_PASSWORD"
""", encoding="utf-8")
    assert check_all(config_mod.load(tmp_path / "minutebot.toml"), now) == 1
    failed = [l for l in capsys.readouterr().out.splitlines() if "FAILED" in l]
    assert [l.split(" FAILED")[0] for l in failed] == ["inbox", "outbox"]
    assert all(l.endswith("; Loopback Mail: log in with the app password") for l in failed)
