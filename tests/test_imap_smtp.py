"""The mailer's IMAP inbox and SMTP transport against real servers on 127.0.0.1: Dovecot and aiosmtpd.

The whole bot on them: test_daemon_tick_imap.py (one pass, `minutebot check`) and test_daemon_imap.py (the
daemon as a process: kill -9, server restarts, SIGTERM).
"""
import logging
import threading

import pytest

from conftest import MINUTES, mail
from mailer.imap import ImapInbox
from mailer.inbox import InboxError, open_inbox
from mailer.transport import PermanentFailure, TemporaryFailure, open_transport
from servers import USERS, free_port, wait_for


def imap_inbox(dovecot, folder="INBOX", password=USERS["bot"]):
    return open_inbox(f"imap://bot@127.0.0.1:{dovecot.port}/{folder}", password)


def minutes(n: int) -> bytes:
    body = MINUTES.replace("产品周会", f"产品周会第{n}次")
    return mail(body, subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>")


def in_thread(fn):
    """Run fn in a thread; returns (thread, box) where box gets the result or the exception."""
    box = {}

    def call():
        try:
            box["result"] = fn()
        except BaseException as exc:            # noqa: BLE001 - handed to the test to look at
            box["error"] = exc
    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    return thread, box


@pytest.fixture
def idling(caplog):
    """True once Dovecot has answered IDLE with its continuation ("+ idling")."""
    caplog.set_level(logging.DEBUG, logger="imapclient")
    return lambda: any(r.getMessage() == "< b'+ idling'" for r in caplog.records)


# --- ImapInbox ---------------------------------------------------------------------------------------------------
def test_new_mail_is_read_without_marking_it_seen(dovecot):
    uid = dovecot.append(minutes(1))
    inbox = imap_inbox(dovecot)
    [msg] = inbox.fetch_new(after_uid=None)
    assert (msg.key, msg.uid) == (str(uid), uid)
    assert b"Message-ID: <m1@xinghe.cn>" in msg.raw
    assert isinstance(inbox.uidvalidity, int) and inbox.uidvalidity == dovecot.uidvalidity()
    with dovecot.client() as people:              # the humans sharing the mailbox still see it as unread
        people.select_folder("INBOX", readonly=True)
        assert b"\\Seen" not in people.get_flags([uid])[uid]
    inbox.close()


def test_only_uids_past_the_checkpoint_come_back(dovecot):
    first, second, third = (dovecot.append(minutes(n)) for n in range(3))
    inbox = imap_inbox(dovecot)
    assert [m.uid for m in inbox.fetch_new(after_uid=first)] == [second, third]
    assert inbox.fetch_new(after_uid=third) == []            # `UID n:*` would still name the last message
    assert [m.uid for m in inbox.fetch_new(after_uid=None, limit=2)] == [first, second]   # oldest first
    inbox.close()


def test_move_makes_the_folder_and_a_second_move_is_harmless(dovecot):
    uid = dovecot.append(minutes(1))
    inbox = imap_inbox(dovecot)
    inbox.move(str(uid), "Processed")
    inbox.move(str(uid), "Processed")                           # a retry after a crash
    assert dovecot.uids("INBOX") == []
    assert [m["Message-ID"] for m in dovecot.messages("Processed")] == ["<m1@xinghe.cn>"]
    inbox.close()


def test_a_server_without_move_and_idle_gets_copy_expunge_and_polling(old_dovecot):
    keep, done = old_dovecot.append(minutes(1)), old_dovecot.append(minutes(2))
    inbox = imap_inbox(old_dovecot)
    assert "no IDLE/MOVE" in inbox.check()
    inbox.move(str(done), "Processed")
    assert old_dovecot.uids("INBOX") == [keep]                  # only that UID expunged, nothing else
    assert [m["Message-ID"] for m in old_dovecot.messages("Processed")] == ["<m2@xinghe.cn>"]
    assert inbox.wait(0.2) is True                              # polling: "look again"
    assert [m.uid for m in inbox.fetch_new(after_uid=done)] == []
    late = old_dovecot.append(minutes(3))
    assert [m.uid for m in inbox.fetch_new(after_uid=done)] == [late]
    inbox.close()


def test_idle_wakes_up_when_mail_arrives(dovecot, idling):
    inbox = imap_inbox(dovecot)
    assert inbox.fetch_new(None) == []
    thread, box = in_thread(lambda: inbox.wait(600))
    assert wait_for(idling)
    dovecot.append(minutes(1))
    thread.join(60)                                             # long before the 10 minutes it may wait
    assert not thread.is_alive() and box == {"result": True}
    assert [m.raw.count(b"<m1@xinghe.cn>") for m in inbox.fetch_new(None)] == [1]
    inbox.close()


def test_idle_is_renewed_before_servers_drop_it(dovecot, caplog, monkeypatch):
    monkeypatch.setattr("mailer.imap.IDLE_RENEW", 0.2)          # nine minutes in production
    caplog.set_level(logging.DEBUG, logger="imapclient")
    inbox = imap_inbox(dovecot)
    assert inbox.wait(1.0) is True                              # nothing came: the timeout ends it
    assert sum(r.getMessage().endswith(" IDLE'") for r in caplog.records) >= 2
    assert inbox.fetch_new(None) == []                          # the session is fine afterwards
    inbox.close()


def test_mail_that_came_while_busy_ends_the_wait_at_once(dovecot, idling):
    inbox = imap_inbox(dovecot)
    assert inbox.fetch_new(None) == []
    dovecot.append(minutes(1))                                  # while the bot was handling something else
    thread, box = in_thread(lambda: inbox.wait(600))
    thread.join(60)
    assert not thread.is_alive() and box == {"result": True}
    assert not idling()                                         # it never needed to IDLE
    inbox.close()


def test_a_dead_connection_is_noticed_and_reconnect_reads_uidvalidity_again(dovecot, idling):
    inbox = imap_inbox(dovecot)
    before = inbox.uidvalidity
    thread, box = in_thread(lambda: inbox.wait(600))
    assert wait_for(idling)
    dovecot.restart()                                           # the server goes away under an IDLE
    thread.join(60)
    assert not thread.is_alive() and isinstance(box.get("error"), (InboxError, OSError))
    dovecot.set_uidvalidity(before + 1000)                      # e.g. the mailbox was restored meanwhile
    inbox.reconnect()
    assert inbox.uidvalidity == before + 1000
    uid = dovecot.append(minutes(1))
    assert [m.uid for m in inbox.fetch_new(None)] == [uid]
    inbox.close()


def test_the_bot_says_who_it_is_with_imap_id(dovecot):
    imap_inbox(dovecot).close()
    assert "ID sent: name=minutebot" in dovecot.log()          # 163/126 refuse SELECT without it


def test_check_is_one_line(dovecot):
    inbox = imap_inbox(dovecot)
    line = inbox.check()
    assert line.startswith("IMAP inbox ok: bot@127.0.0.1") and "IDLE MOVE" in line and "\n" not in line
    inbox.close()


@pytest.mark.parametrize("url_tail, password, says", [
    ("INBOX", "wrong", "IMAP login failed for bot"),
    ("Minutes", USERS["bot"], "IMAP folder 'Minutes' cannot be opened"),
])
def test_login_and_folder_problems_say_what_to_fix(dovecot, url_tail, password, says):
    with pytest.raises(InboxError) as caught:
        open_inbox(f"imap://bot@127.0.0.1:{dovecot.port}/{url_tail}", password)
    assert says in str(caught.value) and "[inbox]" in str(caught.value) and "\n" not in str(caught.value)


def test_connection_problems_say_what_to_fix(dovecot):
    with pytest.raises(InboxError, match="connection refused; check host and port"):
        open_inbox(f"imap://bot@127.0.0.1:{free_port()}/INBOX", "x")
    with pytest.raises(InboxError, match="TLS failed"):           # imaps:// against a plain port
        open_inbox(f"imaps://bot@127.0.0.1:{dovecot.port}/INBOX", "x")
    with pytest.raises(InboxError, match="offers no STARTTLS"):   # what imap:// to a remote host asks for
        ImapInbox("127.0.0.1", dovecot.port, "bot", "x", tls="starttls")


def test_imaps_and_starttls_check_the_server_certificate(tls_dovecot, monkeypatch):
    for tls, port in (("ssl", tls_dovecot.tls_port), ("starttls", tls_dovecot.port)):
        with pytest.raises(InboxError, match="TLS certificate not trusted"):
            ImapInbox("127.0.0.1", port, "bot", USERS["bot"], tls=tls)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_dovecot.certificate.ca))    # the CA is known now
    for tls, port, over in (("ssl", tls_dovecot.tls_port, "over TLS"), ("starttls", tls_dovecot.port, "over STARTTLS")):
        inbox = ImapInbox("localhost", port, "bot", USERS["bot"], tls=tls)
        assert over in inbox.check()
        inbox.close()


# --- SmtpTransport -----------------------------------------------------------------------------------------------
def smtp(sink, password=USERS["bot"]):
    return open_transport(f"smtp://bot@127.0.0.1:{sink.port}", password)


def test_one_connection_carries_many_mails(smtp_sink):
    transport = smtp(smtp_sink)
    for n in range(3):
        transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn", "liqiang@xinghe.cn"], minutes(n))
    transport.close()
    envelopes = smtp_sink.envelopes()
    assert [e.message["Message-ID"] for e in envelopes] == ["<m0@xinghe.cn>", "<m1@xinghe.cn>", "<m2@xinghe.cn>"]
    assert envelopes[0].recipients == ["wangfang@xinghe.cn", "liqiang@xinghe.cn"]
    assert len({e.peer for e in envelopes}) == 1


def test_bare_newlines_go_out_as_crlf(smtp_sink):
    transport = smtp(smtp_sink)
    transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1).replace(b"\r\n", b"\n"))
    transport.close()
    [envelope] = smtp_sink.envelopes()
    assert envelope.raw.count(b"\n") == envelope.raw.count(b"\r\n") > 10   # Postfix refuses a bare LF
    assert envelope.message["Message-ID"] == "<m1@xinghe.cn>"


def test_a_lost_connection_is_replaced_and_a_down_server_is_temporary(smtp_sink):
    transport = smtp(smtp_sink)
    transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    smtp_sink.stop()
    with pytest.raises(TemporaryFailure, match="connection refused"):
        transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(2))
    smtp_sink.start()
    transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(2))
    transport.close()
    assert [e.message["Message-ID"] for e in smtp_sink.envelopes()] == ["<m1@xinghe.cn>", "<m2@xinghe.cn>"]


def test_4xx_is_temporary_and_5xx_for_the_message_is_permanent(smtp_sink):
    transport = smtp(smtp_sink)
    smtp_sink.handler.fail_with = "451 4.3.0 try again later"
    with pytest.raises(TemporaryFailure, match="451"):
        transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    smtp_sink.handler.fail_with = "554 5.6.0 message rejected"
    with pytest.raises(PermanentFailure, match="554"):
        transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    smtp_sink.handler.fail_with = None
    smtp_sink.handler.refuse = {"nobody@xinghe.cn": "550 5.1.1 no such user"}
    with pytest.raises(PermanentFailure, match="nobody@xinghe.cn 550"):
        transport.send("minutes@xinghe.cn", ["nobody@xinghe.cn"], minutes(1))
    transport.send("minutes@xinghe.cn", ["nobody@xinghe.cn", "wangfang@xinghe.cn"], minutes(1))
    transport.close()
    [delivered] = smtp_sink.envelopes()                 # the others still get it
    assert delivered.recipients == ["wangfang@xinghe.cn"]


def test_a_wrong_smtp_password_is_temporary_and_says_what_to_fix(smtp_sink):
    with pytest.raises(TemporaryFailure, match=r"login failed \(535.*password_env"):
        smtp(smtp_sink, password="wrong").send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    assert smtp_sink.envelopes() == []


def test_smtp_check_is_one_line(smtp_sink):
    transport = smtp(smtp_sink)
    assert transport.check() == f"SMTP outbox ok: 127.0.0.1:{smtp_sink.port} over plain text, logged in as bot (NOOP 250)"
    transport.close()


def test_smtps_and_starttls_check_the_server_certificate(tls_smtp_sink, monkeypatch):
    scheme, over = ("smtps", "TLS") if tls_smtp_sink.tls == "ssl" else ("smtp", "STARTTLS")
    url = f"{scheme}://bot@localhost:{tls_smtp_sink.port}"
    with pytest.raises(TemporaryFailure, match="TLS certificate not trusted"):
        open_transport(url, USERS["bot"]).send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_smtp_sink.certificate.ca))  # the CA is known now
    transport = open_transport(url, USERS["bot"])
    transport.send("minutes@xinghe.cn", ["wangfang@xinghe.cn"], minutes(1))
    assert f"over {over}, logged in as bot" in transport.check()
    transport.close()
    assert [e.message["Message-ID"] for e in tls_smtp_sink.envelopes()] == ["<m1@xinghe.cn>"]
