"""TLS as a company runs it: a server certificate from a private CA trusted through ca_file (no system-wide
install), and STARTTLS required unless the config allows plain text. Real Dovecot and aiosmtpd on 127.0.0.1."""
import pytest

from minutebot import config as config_mod
from minutebot.checkup import check_all
from mailer.imap import ImapInbox
from mailer.inbox import InboxError
from mailer.transport import TemporaryFailure, open_transport
from servers import USERS


@pytest.fixture(autouse=True)
def no_global_ca(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)       # the CA is trusted through ca_file only


def imaps_config(tmp_path, dovecot, ca_file: str = "") -> config_mod.Config:
    (tmp_path / "minutebot.toml").write_text(f"""
[bot]
address = "minutes@xinghe.cn"
[inbox]
url = "imaps://bot@localhost:{dovecot.tls_port}/INBOX"
password_env = "TEST_IMAP_PASSWORD"
ca_file = "{ca_file}"
""", encoding="utf-8")
    return config_mod.load(tmp_path / "minutebot.toml")


def inbox_line(config, now, capsys) -> str:
    check_all(config, now)
    out = capsys.readouterr().out
    return next((l for l in out.splitlines() if l.startswith(("inbox", "IMAP inbox"))), out)


def test_a_self_signed_server_is_trusted_through_ca_file_only(tmp_path, tls_dovecot, monkeypatch, now, capsys):
    monkeypatch.setenv("TEST_IMAP_PASSWORD", USERS["bot"])
    line = inbox_line(imaps_config(tmp_path, tls_dovecot), now, capsys)
    assert line.startswith("inbox FAILED") and "not trusted" in line and "[inbox] ca_file" in line
    (tmp_path / "company-ca.pem").write_bytes(tls_dovecot.certificate.ca.read_bytes())
    line = inbox_line(imaps_config(tmp_path, tls_dovecot, "company-ca.pem"), now, capsys)   # relative to the file
    assert line.startswith("IMAP inbox ok") and "over TLS" in line


def test_starttls_with_ca_file_and_a_missing_ca_file_is_a_config_error(tmp_path, tls_dovecot):
    inbox = ImapInbox("localhost", tls_dovecot.port, "bot", USERS["bot"], tls="starttls",
                      ca_file=str(tls_dovecot.certificate.ca))
    try:
        assert "over STARTTLS" in inbox.check()
    finally:
        inbox.close()
    with pytest.raises(config_mod.ConfigError, match="inbox.ca_file"):
        imaps_config(tmp_path, tls_dovecot, "nowhere.pem")


def test_imap_without_starttls_is_refused_unless_allowed(dovecot):
    with pytest.raises(InboxError, match="offers no STARTTLS.*allow_plaintext"):
        ImapInbox("127.0.0.1", dovecot.port, "bot", USERS["bot"], tls="starttls")
    inbox = ImapInbox("127.0.0.1", dovecot.port, "bot", USERS["bot"], tls="starttls", allow_plaintext=True)
    try:
        assert "plain text" in inbox.check()
    finally:
        inbox.close()


def test_smtp_without_starttls_is_refused_even_without_a_login_unless_allowed(smtp_sink, monkeypatch, minutes_mail):
    monkeypatch.setattr("mailer.smtp.LOOPBACK", ())          # as if the sink were another host on the network
    url = f"smtp://127.0.0.1:{smtp_sink.port}"                 # no user: before, this fell back to plain silently
    refused = "offers no STARTTLS, so the mail would travel in clear.*allow_plaintext"
    with pytest.raises(TemporaryFailure, match=refused):
        open_transport(url).send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes_mail)
    assert smtp_sink.mails() == []
    transport = open_transport(url, allow_plaintext=True)
    transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes_mail)
    transport.close()
    assert len(smtp_sink.mails()) == 1


def test_smtp_starttls_to_a_private_ca_server(tls_smtp_sink, monkeypatch, minutes_mail):
    monkeypatch.setattr("mailer.smtp.LOOPBACK", ())
    scheme = "smtps" if tls_smtp_sink.tls == "ssl" else "smtp"
    url = f"{scheme}://bot@127.0.0.1:{tls_smtp_sink.port}"
    with pytest.raises(TemporaryFailure, match="not trusted.*\\[outbox\\] ca_file"):
        open_transport(url, USERS["bot"]).check()
    transport = open_transport(url, USERS["bot"], ca_file=str(tls_smtp_sink.certificate.ca))
    try:
        assert ("over TLS" if scheme == "smtps" else "over STARTTLS") in transport.check()
        transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes_mail)
    finally:
        transport.close()
    assert len(tls_smtp_sink.mails()) == 1


@pytest.fixture
def minutes_mail():
    from conftest import MINUTES, mail
    return mail(MINUTES, subject="会议纪要", message_id="<tls1@xinghe.cn>")
