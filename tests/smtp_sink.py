"""aiosmtpd on 127.0.0.1 in a thread of the test process: keeps what it accepts, or answers errors on demand."""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from email import message_from_bytes
from email.policy import default

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from loopback import USERS, Certificate, free_port


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: list[str]
    raw: bytes
    peer: tuple                                  # the client's (host, port): one per SMTP connection

    @property
    def message(self):
        return message_from_bytes(self.raw, policy=default)


class SinkHandler:
    """Keeps every message it accepts; `fail_with` makes it answer an error instead (a server in trouble)."""

    def __init__(self):
        self.received: list[Envelope] = []
        self.fail_with: str | None = None          # e.g. "451 4.3.0 try again later"
        self.refuse: dict[str, str] = {}           # recipient -> RCPT reply, e.g. "550 5.1.1 no such user"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.fail_with:
            return self.fail_with
        self.received.append(Envelope(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content,
                                      tuple(session.peer)))
        return "250 OK"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login == b"bot" and auth_data.password == USERS["bot"].encode()
    return AuthResult(success=ok, handled=False)


class SmtpSink:
    """aiosmtpd on 127.0.0.1 in a thread of the test process. AUTH is offered (bot/botpw) but not required.
    With a certificate it speaks TLS from the start (tls="ssl") or offers STARTTLS (tls="starttls")."""

    def __init__(self, tls: str | None = None, certificate: Certificate | None = None):
        self.port = free_port()
        self.handler = SinkHandler()
        self.controller: Controller | None = None
        self.tls, self.certificate = tls, certificate

    def start(self) -> None:
        options = {}
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.certificate.cert, self.certificate.key)
            options = {"ssl_context": context} if self.tls == "ssl" else {"tls_context": context}
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     authenticator=_authenticate, auth_require_tls=False, **options)
        self.controller.start()

    def stop(self) -> None:
        """The server goes away: connections are refused until start()."""
        if self.controller:
            self.controller.stop()
            self.controller = None

    def envelopes(self) -> list[Envelope]:
        return list(self.handler.received)

    def mails(self) -> list:
        return [e.message for e in self.handler.received]
