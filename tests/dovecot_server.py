"""A real Dovecot on 127.0.0.1 for the tests: config from tests/data/dovecot.conf.in under a short /tmp folder
(unix socket paths are limited to 108 bytes), its own process group, stopped with SIGKILL to the group.

Runs as root (mail uid 5000: Dovecot refuses uid 0) or, without root, entirely as the current user.
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import string
import subprocess
import tempfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from imapclient import IMAPClient

from loopback import USERS, free_port, make_certificate, missing, wait_for

TEMPLATE = Path(__file__).parent / "data" / "dovecot.conf.in"
MAIL_UID = 5000                          # no /etc/passwd entry is needed; the mail root is chowned to it
NO_MOVE_NO_IDLE = "imap_capability = IMAP4rev1 LITERAL+ UIDPLUS"     # an old-fashioned server


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None)
    if found:
        return found                                      # (/usr/sbin is not on every user's PATH)
    missing("dovecot is not installed; run scripts/install-dovecot.sh (Debian: dovecot-core dovecot-imapd)")


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
        """Without a certificate, ssl = no: otherwise Dovecot would offer a STARTTLS it cannot do."""
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


def _unprivileged_settings() -> str:
    """Dovecot runs without root when its internal and login users are the current user."""
    if os.geteuid() == 0:
        return ""
    user, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
    return (f"\ndefault_internal_user = {user}\ndefault_login_user = {user}\n"
            f"default_internal_group = {group}\n"
            "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n")    # chroot needs root
