"""Sending over SMTP: one connection reused across messages, every failure sorted into retry-later or give-up.

    transport = SmtpTransport("mail.example.cn", 465, "minutes@example.cn", password, tls="ssl")
    transport.send("minutes@example.cn", ["wangfang@example.cn"], raw)   # TemporaryFailure / PermanentFailure

A 4xx reply, a refused or broken connection, a timeout and a failed login are temporary: the outbox tries again
later with the same bytes. Only a 5xx for the message itself (every recipient, the sender or the data) is permanent.
A connection that breaks after the whole message went out, before the server's answer, is DeliveryUnknown: the mail
may have arrived, and the outbox caps how often it sends it again.
"""
from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
import time

from mailer.oauth2 import OAuth2Error, OAuth2Login
from mailer.smtp_oauth2 import smtp_oauth2_login
from mailer.transport import DeliveryUnknown, PermanentFailure, TemporaryFailure

log = logging.getLogger("mailer.smtp")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
REUSE_SECONDS = 120            # an older idle connection is replaced, not probed: a dead NAT path would hang a RSET
# a local part with % or ! (victim%gmail.com@inside, gmail.com!victim@inside), an RFC 821 route (@relay:user@host) or
# a second @: relays that still honour these would forward the mail to a host the address does not name
SOURCE_ROUTED = re.compile(r"^@|[%!]|@.*@")
BARE_LF = re.compile(rb"(?<!\r)\n")     # smtplib sends bytes as they are; Postfix and Exchange refuse bare LF


class SmtpTransport:
    def __init__(self, host: str, port: int, user: str | None = None, password: str | None = None, *,
                 tls: str = "ssl", timeout: float = 60.0, oauth: OAuth2Login | None = None,
                 ca_file: str | None = None, allow_plaintext: bool = False):
        if tls not in ("ssl", "starttls"):
            raise ValueError(f"tls must be ssl or starttls, not {tls!r}")
        self.host, self.port, self.user, self.password = host, port, user, password
        self.oauth, self.ca_file, self.allow_plaintext = oauth, ca_file, allow_plaintext
        self.tls, self.timeout = tls, timeout
        self._smtp: smtplib.SMTP | None = None
        self._used = 0.0                          # time.monotonic() of the connection's last use
        self._security = ""                       # how the open connection is protected, for check()

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, sender: str, recipients: list[str], raw: bytes) -> None:
        """Send one message as it is (the bytes carry their own Message-ID), never to a source-routed address."""
        routed = [r for r in recipients if SOURCE_ROUTED.search(r)]
        if routed:
            log.warning("SMTP %s: not sending to source-routed address(es) %s", self.where, ", ".join(routed))
            recipients = [r for r in recipients if r not in routed]
            if not recipients:
                raise PermanentFailure(f"every recipient is source-routed ({', '.join(routed)}); not sent")
        smtp = self._connection()
        smtp.data = lambda msg: _data(smtp, msg, self.where)      # tells a lost answer from a lost message
        try:
            refused = smtp.sendmail(sender, recipients, BARE_LF.sub(b"\r\n", raw))
        except smtplib.SMTPRecipientsRefused as exc:
            raise _refused_all(exc.recipients) from None
        except smtplib.SMTPSenderRefused as exc:
            raise _reply_failure(f"sender {sender} refused", exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPDataError as exc:
            raise _reply_failure("message refused", exc.smtp_code, exc.smtp_error) from None
        except DeliveryUnknown:
            self._forget()
            raise
        except (smtplib.SMTPException, OSError) as exc:
            self._forget()
            raise TemporaryFailure(f"SMTP {self.where}: {_describe(exc)}") from None
        if refused:                              # the others have it; a retry would send them a second copy
            log.warning("SMTP %s refused some recipients: %s", self.where, _codes(refused))

    def check(self) -> str:
        """One line for `minutebot check`: reachable, secured as configured, login accepted."""
        smtp = self._connection()
        code, _ = smtp.noop()
        login = f"logged in as {self.user}" if self._logs_in else "no login"
        if self.oauth is not None:
            login += f" with OAuth2 {self.oauth.mechanism.upper()}"
        return f"SMTP outbox ok: {self.where} over {self._security}, {login} (NOOP {code})"

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None

    # --- the connection ---------------------------------------------------------------------------------------
    def _connection(self) -> smtplib.SMTP:
        """The open connection if it was used lately and still answers (RSET), else a new one."""
        if self._smtp is not None and time.monotonic() - self._used > REUSE_SECONDS:
            self._forget()
        if self._smtp is not None:
            try:
                if self._smtp.rset()[0] == 250:
                    self._used = time.monotonic()
                    return self._smtp
            except (smtplib.SMTPException, OSError):
                pass
            self._forget()
        try:
            self._smtp = self._open()
        except OAuth2Error as exc:
            raise TemporaryFailure(str(exc)) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise TemporaryFailure(_connect_problem(exc, self.host, self.port, self.tls)) from None
        self._used = time.monotonic()
        return self._smtp

    def _open(self) -> smtplib.SMTP:
        context = ssl.create_default_context(cafile=self.ca_file or None)   # smtplib verifies nothing without one
        if self.tls == "ssl":
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            self._security = "TLS" if self.tls == "ssl" else self._starttls_if_offered(smtp, context)
            if self.oauth is not None:
                smtp_oauth2_login(smtp, self.oauth, self.user or "", self.host, self.port)
            elif self.user and self.password:
                smtp.login(self.user, self.password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    @property
    def _logs_in(self) -> bool:
        return bool(self.oauth is not None or (self.user and self.password))

    def _starttls_if_offered(self, smtp: smtplib.SMTP, context: ssl.SSLContext) -> str:
        """STARTTLS is required, except on loopback (nothing leaves the machine) or with allow_plaintext."""
        smtp.ehlo()
        if smtp.has_extn("starttls"):
            smtp.starttls(context=context)
            smtp.ehlo()
            return "STARTTLS"
        if self.host not in LOOPBACK and not self.allow_plaintext:
            what = "the login and the mail" if self._logs_in else "the mail"
            raise smtplib.SMTPNotSupportedError(f"the server offers no STARTTLS, so {what} would travel in clear")
        if self.host not in LOOPBACK:
            log.warning("SMTP %s offers no STARTTLS: plain text, as [outbox] allow_plaintext says", self.where)
        return "plain text"

    def _forget(self) -> None:
        """Drop a connection that failed; the next send opens a new one."""
        if self._smtp is not None:
            try:
                self._smtp.close()
            except OSError:
                pass
            self._smtp = None


def _data(smtp: smtplib.SMTP, msg: bytes, where: str) -> tuple[int, bytes]:
    """smtplib's DATA, except that a connection lost after the final '.' is DeliveryUnknown, not a plain failure."""
    code, reply = smtp.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    body = re.sub(rb"(?m)^\.", b"..", msg)
    smtp.send(body + (b"" if body.endswith(b"\r\n") else b"\r\n") + b".\r\n")
    try:
        return smtp.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise DeliveryUnknown(f"SMTP {where}: the connection broke after the message was sent, before the server "
                              f"answered ({_describe(exc)}); it may have been delivered") from None


def _refused_all(recipients: dict) -> Exception:
    """Every recipient refused: permanent only if every refusal is 5xx."""
    text = f"every recipient refused: {_codes(recipients)}"
    if all(500 <= code < 600 for code, _ in recipients.values()):
        return PermanentFailure(text)
    return TemporaryFailure(text)


def _reply_failure(what: str, code: int, reply: bytes) -> Exception:
    """4xx: later. 5xx: never, except 530 (the server wants a login: a config problem, fixed by the admin)."""
    text = f"{what}: {code} {_decode(reply)}"
    if 500 <= code < 600 and code != 530:
        return PermanentFailure(text)
    return TemporaryFailure(text)


def _connect_problem(exc: Exception, host: str, port: int, tls: str) -> str:
    where = f"SMTP server {host}:{port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (f"{where}: login failed ({exc.smtp_code} {_decode(exc.smtp_error)}); check the user in [outbox] "
                "url and the password in the variable named by [outbox] password_env")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return (f"{where}: {exc}; use smtps:// (port 465) in [outbox] url, or set [outbox] allow_plaintext = true "
                "for a relay on a network you trust")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"{where}: TLS certificate not trusted ({exc.verify_message}); use the host name the certificate "
                "is for in [outbox] url, or name the CA that signed it in [outbox] ca_file")
    if isinstance(exc, ssl.SSLError):
        hint = "smtps:// needs the TLS port (usually 465)" if tls == "ssl" else "check the port in [outbox] url"
        return f"{where}: TLS failed ({exc.reason or exc}); {hint}"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where}: connection refused; check host and port in [outbox] url and that the server is running"
    if isinstance(exc, socket.gaierror):
        return f"SMTP host {host!r} not found ({exc.strerror}); check the host in [outbox] url"
    return f"{where}: {_describe(exc)}; check [outbox] url and the network"


def _describe(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_decode(exc.smtp_error)}"
    if isinstance(exc, TimeoutError):
        return "no answer (timed out)"
    return " ".join(str(exc).split()) or type(exc).__name__


def _codes(refused: dict) -> str:
    return "; ".join(f"{rcpt} {code} {_decode(reply)}" for rcpt, (code, reply) in refused.items())


def _decode(reply) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())
