"""One working daemon per mailbox: a lock that belongs to the daemon's process and dies with it.

    lease = MailboxLease(app.store, config.inbox_url)
    while not lease.take():          # another daemon works on this mailbox: stand by, ask again
        sleep(STANDBY_SECONDS)

On PostgreSQL the lock is a session-level advisory lock on the store's connection (key: a hash of the mailbox url),
so it is the server that knows who works: when the working daemon's process dies (crash, kill -9) its connection
closes and the server drops the lock at once; a standby on another host takes it at its next try. On SQLite (one host)
it is an flock on a file beside the database, which the kernel drops when the process dies.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from minutebot.errors import StoreError

STANDBY_SECONDS = 2.0          # how often a standby daemon asks again (the takeover takes at most about this long)


class MailboxLease:
    """The right to work on one mailbox, held until the process ends."""

    def __init__(self, store, mailbox: str):
        self.store, self.mailbox = store, mailbox
        self.held = False
        self._fd: int | None = None
        self._session = 0                               # PostgreSQL: the session (generation) that holds it

    @property
    def key(self) -> int:
        """A signed 64-bit advisory-lock key for this mailbox."""
        digest = hashlib.sha256(f"minutebot mailbox {self.mailbox}".encode()).digest()
        return int.from_bytes(digest[:8], "big", signed=True)

    def take(self) -> bool:
        """True when this process now works on the mailbox (also when it already did); False: another one does."""
        if self.held and self.store.postgres:
            self.store.db.conn                          # a session found lost is replaced here (a new generation)
            if self._session != self.store.db.generation:
                self.held = False                       # the session that held it is gone, and the lock with it
        if not self.held:
            self.held = self._take_postgres() if self.store.postgres else self._take_file()
        return self.held

    def _take_postgres(self) -> bool:
        conn = self.store.db.conn                       # (a new session when the last one was lost)
        self._session = self.store.db.generation
        return bool(conn.execute("SELECT pg_try_advisory_lock(%s)", [self.key]).fetchone()[0])

    def _take_file(self) -> bool:
        path = self.lock_path()
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:                          # (a symlink planted there: ELOOP)
            raise StoreError(f"lock file {path} cannot be opened ({exc.strerror or exc})",
                             "remove it if it is a symlink or not the bot's own, then start again") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd                                   # kept open: closing it would let the lock go
        return True

    def lock_path(self) -> Path:
        db = Path(self.store.where.path)
        return db.with_name(f"{db.name}.{self.key & 0xFFFFFFFF:08x}.lock")

    def release(self) -> None:
        if not self.held:
            return
        if self.store.postgres:
            try:
                self.store.db.conn.execute("SELECT pg_advisory_unlock(%s)", [self.key])
            except self.store.errors:                   # the connection is gone, and the lock with it
                pass
        elif self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.held = False
