"""Maildir inbox and outbox: the embedded default, the demo and most tests.

A user drops .eml files into `inbox/new` (or `inbox/cur`, or just `inbox/`), and reads what the bot sent in
`outbox/new`. Handled mail is moved to the `.Processed` / `.Failed` sub-folders (Maildir++ naming) so it is never
fetched twice even without the store's ledger.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from pathlib import Path

from mailer.inbox import Incoming
from mailer.transport import TemporaryFailure


class MaildirInbox:
    uidvalidity = None                      # Maildir has no UIDs: the ledger alone keeps it exactly-once

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        _make_maildir(self.path)

    def fetch_new(self, after_uid: int | None = None, limit: int = 100) -> list[Incoming]:
        """Messages waiting in new/, cur/ and loose files dropped straight into the folder, oldest first."""
        self._adopt_loose_files()
        found = []
        for sub in ("new", "cur"):
            for entry in os.scandir(self.path / sub):
                if entry.is_file() and not entry.name.startswith("."):
                    found.append((entry.stat().st_mtime, f"{sub}/{entry.name}"))
        found.sort()
        return [Incoming(key, (self.path / key).read_bytes()) for _, key in found[:limit]]

    def move(self, key: str, folder: str) -> None:
        """Move a message into the `.folder` sub-Maildir; moving twice is harmless (a crash may repeat it)."""
        target = self.path / f".{folder}" / "cur"
        for sub in ("tmp", "new", "cur"):
            (target.parent / sub).mkdir(parents=True, exist_ok=True)
        source = self.path / key
        if source.exists():
            os.replace(source, target / Path(key).name)

    def move_many(self, keys: list[str], folder: str) -> None:
        """Move messages into the `.folder` sub-Maildir: one rename each (a folder has no batch command)."""
        for key in keys:
            self.move(key, folder)

    def wait(self, timeout: float) -> bool:
        """Maildir has no push: sleep, then say there may be something new."""
        time.sleep(timeout)
        return True

    def reconnect(self) -> None:
        """Nothing to reconnect: a folder does not go away (and if it did, the next pass says so)."""
        time.sleep(1.0)

    def check(self) -> str:
        count = len(self.fetch_new(limit=10**9))
        return f"Maildir inbox ok: {self.path} ({count} waiting)"

    def close(self) -> None:
        pass

    def _adopt_loose_files(self) -> None:
        """People drop .eml files into the folder itself; give them a proper place in new/."""
        for entry in os.scandir(self.path):
            if entry.is_file() and not entry.name.startswith("."):
                os.replace(entry.path, self.path / "new" / entry.name)


class MaildirTransport:
    """'Sends' by writing each message into a Maildir (outbox/new), one file per message.

    The file name comes from the Message-ID, so sending the same mail again (a crash between send and the outbox
    marking it sent) rewrites the same file instead of adding a copy. Written with bare os calls on path strings made
    once: pathlib's write_bytes opens a buffered file (an isatty ioctl, a seek, an fstat more a file), and a big
    store's first morning writes ~11,000 files. Sending a mail again is a no-op (`resend_is_noop`): the outbox may mark
    its sent mails a batch to a transaction, as a crash before the commit only makes it find them delivered.
    """

    resend_is_noop = True

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        _make_maildir(self.path)
        self._tmp, self._new, self._cur = (os.path.join(str(self.path), sub) for sub in ("tmp", "new", "cur"))
        self._read = _CurNames(self._cur)

    def send(self, sender: str, recipients: list[str], raw: bytes) -> None:
        name = _file_name(raw)
        final = os.path.join(self._new, name)
        if os.path.exists(final) or name in self._read:
            return                                  # already delivered: a retry after a crash
        tmp = os.path.join(self._tmp, name)
        try:
            _write(tmp, raw)
            os.replace(tmp, final)
        except OSError as exc:                      # a full disk, a folder made read-only: try again later
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise TemporaryFailure(f"cannot write to the outbox {self.path}: {exc.strerror or exc}") from None

    def check(self) -> str:
        return f"Maildir outbox ok: {self.path}"

    def close(self) -> None:
        pass


def _write(path: str, data: bytes) -> None:
    """The whole of `data` into a new file at `path` (mode 0666 less the umask, as open() would make it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


class _CurNames:
    """The names in cur/ (where a reader's client moves what it has read, adding an info suffix ':2,S'), without the
    suffix, listed again only when the folder has changed since: a reader keeps thousands of files there, and a scan
    on every send cost ~4 ms a mail with 10,000 (a morning's 11,000 mails: 45 s). A change is seen in cur/'s mtime;
    one within the last RACY_NS of it is not trusted (a coarse clock may give two changes the same mtime)."""

    RACY_NS = 2_000_000_000

    def __init__(self, cur: str):
        self.cur, self.stamp, self.names = cur, None, frozenset()

    def __contains__(self, name: str) -> bool:
        """Whether a file in cur/ starts with `name` (one of _file_name's, all NAME_LENGTH long)."""
        stamp = os.stat(self.cur).st_mtime_ns
        if stamp != self.stamp or time.time_ns() - stamp < self.RACY_NS:
            with os.scandir(self.cur) as entries:
                self.names = frozenset(entry.name[:NAME_LENGTH] for entry in entries)
            self.stamp = stamp
        return name in self.names


def _make_maildir(path: Path) -> None:
    """tmp/new/cur, also inside a folder that already exists (people create the folder and drop files in)."""
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)


NAME_LENGTH = 24 + len(".minutebot")


def _file_name(raw: bytes) -> str:
    """The same name for the same Message-ID (the outbox never reuses one for different mail)."""
    head = _before(_before(raw, b"\r\n\r\n"), b"\n\n")
    found = re.search(rb"^Message-ID:\s*(\S+)", head, re.IGNORECASE | re.MULTILINE)
    digest = hashlib.sha256(found.group(1) if found else raw).hexdigest()[:24]
    return f"{digest}.minutebot"


def _before(data: bytes, separator: bytes) -> bytes:
    """`data` up to the first `separator`, or all of it: only that part is copied (a split copies the rest too, and
    a digest's body is up to ~70 KB)."""
    end = data.find(separator)
    return data if end < 0 else data[:end]
