"""Real mail servers on 127.0.0.1 for the tests: Dovecot for IMAP, aiosmtpd for SMTP.

    def test_x(dovecot, smtp_sink):
        dovecot.append(mail(MINUTES))           # into bot's INBOX, as if delivered
        ...
        [recap] = smtp_sink.mails()

No fakes: the mailer talks to the same servers it meets in production. Without a `dovecot` binary the IMAP tests
skip (run scripts/install-dovecot.sh), except under CI=true, where a missing server is a failure, not a skip.
"""
from __future__ import annotations

import os
import pwd
import grp
import shutil
import signal
import socket
import ssl
import string
import subprocess
import tempfile
import time
from dataclasses import dataclass
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from imapclient import IMAPClient

TEMPLATE = Path(__file__).parent / "data" / "dovecot.conf.in"
USERS = {"bot": "botpw", "alice": "alicepw"}
MAIL_UID = 5000                          # Dovecot refuses uid 0 for mail; no /etc/passwd entry is needed
NO_MOVE_NO_IDLE = "imap_capability = IMAP4rev1 LITERAL+ UIDPLUS"     # an old-fashioned server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds: float = 30.0, step: float = 0.02) -> bool:
    """Poll `condition` until it is true or `seconds` pass (a bound for waiting, never a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or next((p for p in ("/usr/sbin/dovecot",) if os.access(p, os.X_OK)), None)
    if found:
        return found
    message = "dovecot is not installed; run scripts/install-dovecot.sh (Debian: dovecot-core dovecot-imapd)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


class Dovecot:
    """One Dovecot master in its own process group, config and mail under a short /tmp folder."""

    def __init__(self, imap_extra: str = "", tls: bool = False):
        self.binary = dovecot_binary()
        self.root = Path(tempfile.mkdtemp(prefix="mb-", dir="/tmp"))
        self.root.chmod(0o755)                # Dovecot's auth process (user dovecot) reads the users file
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.certificate = make_certificate(self.root) if tls else None
        self.imap_extra = imap_extra
        self.proc: subprocess.Popen | None = None
        self._write_config()

    def _ssl_settings(self) -> str:
        """ssl = no: no certificate, and STARTTLS is then not advertised either."""
        if not self.certificate:
            return "ssl = no"
        return f"ssl = yes\nssl_cert = <{self.certificate.cert}\nssl_key = <{self.certificate.key}"

    def _write_config(self) -> None:
        uid, gid = (MAIL_UID, MAIL_UID) if os.geteuid() == 0 else (os.getuid(), os.getgid())
        (self.root / "mail").mkdir()
        if os.geteuid() == 0:
            os.chown(self.root / "mail", uid, gid)
        (self.root / "users").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in USERS.items()))
        text = string.Template(TEMPLATE.read_text()).substitute(
            root=self.root, imap_port=self.port, imaps_port=self.tls_port, ssl_settings=self._ssl_settings(),
            mail_uid=uid, mail_gid=gid, imap_extra=self.imap_extra)
        self.conf = self.root / "dovecot.conf"
        self.conf.write_text(text + _unprivileged_settings())

    def start(self) -> None:
        self.proc = subprocess.Popen([self.binary, "-F", "-c", str(self.conf)], start_new_session=True,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if not wait_for(self._answers, 20):
            self.stop()
            raise RuntimeError(f"dovecot did not start: {self.log()[-2000:]}")

    def _answers(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"dovecot exited {self.proc.returncode}: {self.proc.stderr.read().decode()}"
                               f"{self.log()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                return sock.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        """SIGKILL to the whole group: instant, leaves no orphans, and the port is free again at once."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)      # also when the master is gone: its children may not be
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.proc.stderr.close()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # --- what a user's mail client would do ------------------------------------------------------------------
    def client(self, user: str = "bot") -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(user, USERS[user])
        return client

    def append(self, raw: bytes, folder: str = "INBOX", user: str = "bot") -> int:
        """Deliver one message into a folder; returns its UID."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw)
        return int(response.split(b"[APPENDUID ")[1].split(b" ")[1].rstrip(b"]"))

    def append_many(self, raws: list[bytes], folder: str = "INBOX", user: str = "bot") -> None:
        with self.client(user) as client:
            for raw in raws:
                client.append(folder, raw)

    def uids(self, folder: str = "INBOX", user: str = "bot") -> list[int]:
        with self.client(user) as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def messages(self, folder: str = "INBOX", user: str = "bot") -> list:
        """The messages in a folder, parsed, in UID order."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            data = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return [message_from_bytes(data[u][b"BODY[]"], policy=default) for u in uids]

    def uidvalidity(self, folder: str = "INBOX", user: str = "bot") -> int:
        with self.client(user) as client:
            return client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"]

    def set_uidvalidity(self, value: int, folder: str = "INBOX", user: str = "bot") -> None:
        """What a server restore or migration does: every UID in the folder means something new."""
        subprocess.run(["doveadm", "-c", str(self.conf), "mailbox", "update", "-u", user, "--uid-validity",
                        str(value), folder], check=True, capture_output=True)


@dataclass(frozen=True)
class Certificate:
    ca: Path            # what a client must trust (SSL_CERT_FILE=ca)
    cert: Path          # the server's certificate for localhost and 127.0.0.1, signed by ca
    key: Path


def make_certificate(folder: Path) -> Certificate:
    """A throwaway CA and a server certificate it signed, made with the openssl command."""
    if not shutil.which("openssl"):
        pytest.skip("the openssl command is needed to make a test certificate")
    ca, ca_key, cert, key = (folder / n for n in ("ca.pem", "ca.key", "cert.pem", "key.pem"))
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    (folder / "ext.cnf").write_text("basicConstraints = critical, CA:FALSE\nkeyUsage = digitalSignature\n"
                                    "extendedKeyUsage = serverAuth\nsubjectAltName = DNS:localhost, IP:127.0.0.1\n")
    for command in (
            ["req", "-x509", *ec, "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=minutebot test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
            ["req", *ec, "-keyout", key, "-out", folder / "req.csr", "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", folder / "req.csr", "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
             "-out", cert, "-days", "2", "-extfile", folder / "ext.cnf"]):
        subprocess.run(["openssl", *map(str, command)], check=True, capture_output=True)
    return Certificate(ca, cert, key)


def _unprivileged_settings() -> str:
    """Dovecot runs without root when its internal and login users are the current user."""
    if os.geteuid() == 0:
        return ""
    user, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
    return (f"\ndefault_internal_user = {user}\ndefault_login_user = {user}\n"
            f"default_internal_group = {group}\n")


@pytest.fixture
def dovecot():
    server = Dovecot()
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def old_dovecot():
    """A server without MOVE and IDLE: the inbox must copy + expunge and poll."""
    server = Dovecot(imap_extra=NO_MOVE_NO_IDLE)
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def tls_dovecot():
    """A server with a certificate: imaps on `tls_port`, STARTTLS on `port`; trust `certificate.ca` to verify."""
    server = Dovecot(tls=True)
    server.start()
    yield server
    server.cleanup()


# --- SMTP ----------------------------------------------------------------------------------------------------
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


@pytest.fixture
def smtp_sink():
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture(params=["ssl", "starttls"])
def tls_smtp_sink(request, tmp_path):
    """The sink behind TLS (smtps) or offering STARTTLS; trust `certificate.ca` to verify it."""
    sink = SmtpSink(tls=request.param, certificate=make_certificate(tmp_path))
    sink.start()
    yield sink
    sink.stop()


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
