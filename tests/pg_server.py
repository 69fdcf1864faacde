"""A real PostgreSQL server on 127.0.0.1 for the tests: initdb into a /tmp folder, `postgres` on a free port in its own
process group, password login (scram) for the user `minutebot`, one fresh database per test, SIGKILL to the group
at the end.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user the Debian package
creates (the server is started as that user); without root it runs as the current user. Without the server binaries
(scripts/install-postgresql.sh) the tests that need it skip, except under CI=true, where that is a failure.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from loopback import free_port, missing, wait_for

USER, PASSWORD = "minutebot", "pg-test-pw"
SETTINGS = ("-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off", "-c", "max_connections=60", "-c", "shared_buffers=16MB")
_names = itertools.count(1)


def bin_dir() -> Path:
    """The folder of initdb and postgres (Debian keeps them off PATH, under /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    postgres = shutil.which("postgres")
    if postgres and shutil.which("initdb"):
        return Path(os.path.realpath(postgres)).parent
    missing("PostgreSQL is not installed; run scripts/install-postgresql.sh (Debian: postgresql)")


def _as_owner():
    """preexec_fn: become the cluster's owner when running as root."""
    if os.geteuid() != 0:
        return None
    owner = pwd.getpwnam("postgres")

    def demote():
        os.setgid(owner.pw_gid)
        os.setuid(owner.pw_uid)
    return demote


class Postgres:
    """One PostgreSQL cluster in a temp folder; `database()` gives each test its own empty database's url."""

    password = PASSWORD

    def __init__(self):
        self.bin = bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="mbpg-", dir="/tmp"))
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        data, pwfile = self.root / "data", self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            os.chown(pwfile, owner.pw_uid, owner.pw_gid)
        subprocess.run([self.bin / "initdb", "-D", data, "-U", USER, "--pwfile", pwfile, "--auth", "scram-sha-256",
                        "-E", "UTF8", "--no-locale", "--no-sync"], check=True, capture_output=True,
                       preexec_fn=_as_owner(), cwd=self.root)
        self.log = open(self.root / "postgres.log", "wb")
        self.proc = subprocess.Popen([self.bin / "postgres", "-D", data, "-p", str(self.port), "-k", self.root,
                                      *SETTINGS], start_new_session=True, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_as_owner(), cwd=self.root)
        if not wait_for(self._answers, 30, step=0.1):
            self.stop()
            raise RuntimeError(f"postgres did not start: {(self.root / 'postgres.log').read_text()[-2000:]}")

    def _answers(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"postgres exited {self.proc.returncode}: "
                               f"{(self.root / 'postgres.log').read_text()[-2000:]}")
        return self.psql("SELECT 1", check=False).returncode == 0

    def psql(self, sql: str, database: str = "postgres", check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, "-d", database,
                               "-v", "ON_ERROR_STOP=1", "-qAtc", sql], capture_output=True, text=True, check=check,
                              env={**os.environ, "PGPASSWORD": PASSWORD, "PGCONNECT_TIMEOUT": "5"})

    def url(self, database: str) -> str:
        """The store url of a database (no password: that is in MINUTEBOT_DB_PASSWORD)."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        """A new empty database; its store url."""
        name = f"mb_{os.getpid()}_{next(_names)}"
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def copy(self, url: str) -> str:
        """A new database that is a copy of the one at `url` (nobody may be connected to it meanwhile)."""
        name = f"mb_{os.getpid()}_{next(_names)}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {url.rsplit('/', 1)[1]}")
        return self.url(name)

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.log.close()
        self.proc = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
