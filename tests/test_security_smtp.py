"""SMTP that takes the whole message and then drops the connection (issue 16, point 11): the mail may have arrived,
so it is sent at most MAX_UNCERTAIN_SENDS times, not once per retry. A real SMTP conversation on 127.0.0.1."""
import socket
import threading
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from loopback import free_port
from mailer.smtp import SmtpTransport
from minutebot import outbox
from minutebot.store import Store


class DroppingServer:
    """Speaks just enough SMTP to take a message, counts it, then closes without the final 250."""

    def __init__(self):
        self.port, self.received = free_port(), 0
        self.sock = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, conn.makefile("rb") as lines:
                conn.sendall(b"220 dropper ESMTP\r\n")
                for line in lines:
                    verb = line[:4].upper()
                    if verb == b"DATA":
                        conn.sendall(b"354 go ahead\r\n")
                        for body in lines:
                            if body == b".\r\n":
                                break
                        self.received += 1
                        break                                   # drop the connection: no 250
                    conn.sendall(b"221 bye\r\n" if verb == b"QUIT" else b"250 ok\r\n")

    def close(self):
        self.sock.close()


def test_a_server_that_drops_the_connection_after_the_data_gets_at_most_two_copies(tmp_path):
    server = DroppingServer()
    store = Store.open(tmp_path / "data" / "minutebot.db")
    now = datetime(2024, 10, 10, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "minutes@xinghe.cn", "wangfang@xinghe.cn", "x", "<x@y>"
    msg.set_content("recap")
    transport = SmtpTransport("127.0.0.1", server.port, tls="starttls", timeout=10)
    try:
        with store.atomic():
            outbox.queue(store, "recap:1:v1", msg, now=now, sender="minutes@xinghe.cn", recipients=["wangfang@xinghe.cn"])
        for hour in range(12):                                  # every retry the backoff allows, and more
            outbox.drain(store, transport, now + timedelta(hours=hour * 5))
        status, error = store.db.execute("SELECT status, last_error FROM outbox").fetchone()
        assert server.received == 2                             # not once per retry
        assert outbox.MAX_UNCERTAIN_SENDS == 2
        assert status == "sent" and error.startswith("delivery uncertain (2): ") and "may have been delivered" in error
    finally:
        transport.close()
        store.close()
        server.close()


# --- source-routed recipients (point 14) ------------------------------------------------------------------------------
ROUTED = ["victim%gmail.com@xinghe.cn", "gmail.com!victim@xinghe.cn", "@relay.example:victim@xinghe.cn",
          "victim@gmail.com@xinghe.cn"]


def test_source_routed_recipients_are_never_handed_to_smtp(smtp_sink):
    import pytest
    from mailer.transport import PermanentFailure
    transport = SmtpTransport("127.0.0.1", smtp_sink.port, tls="starttls", timeout=10)
    raw = b"From: minutes@xinghe.cn\r\nTo: wangfang@xinghe.cn\r\nSubject: x\r\nMessage-ID: <r@y>\r\n\r\nrecap\r\n"
    try:
        transport.send("minutes@xinghe.cn", [*ROUTED, "wangfang@xinghe.cn", "zhou.hua+x@xinghe.cn"], raw)
        [envelope] = smtp_sink.handler.received
        assert envelope.recipients == ["wangfang@xinghe.cn", "zhou.hua+x@xinghe.cn"]
        with pytest.raises(PermanentFailure, match="source-routed"):
            transport.send("minutes@xinghe.cn", ROUTED, raw)
        assert len(smtp_sink.handler.received) == 1
    finally:
        transport.close()
