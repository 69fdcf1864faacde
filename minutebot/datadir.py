"""The data dir and its database file: made private, and refused when someone else could have planted or swapped them.

    prepare(Path("minutebot-data/minutebot.db"))    # mkdir 0700, database file 0600; StoreError when unsafe
    problem(Path("minutebot-data/minutebot.db"))    # 'data dir … can be written by others (mode 0777)' or None

The database holds the signing secret, the queued mail and everyone's items. A folder others can write lets them
plant a database (its queued mail would be sent) or put a symlink where the database goes (the bot would then write
over the file it points to), so the bot refuses such a folder at start and `minutebot check` says why, in one line.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from minutebot.errors import StoreError

SIDE_FILES = ("", "-wal", "-shm", "-journal")          # SQLite's own files beside the database


def prepare(db_path: Path) -> None:
    """Create the data dir (0700) and the database file (0600) when missing; StoreError when either is unsafe."""
    folder = db_path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = problem(db_path)
        if found:
            raise StoreError(found, fix_for(db_path))
        if not db_path.exists():
            os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600))
    except OSError as exc:
        raise StoreError(f"data dir {folder} cannot be prepared ({exc.strerror or exc})",
                         "check that the bot's user can create and write it, and that the disk has space") from None


def problem(db_path: Path) -> str | None:
    """Why this data dir or database must not be used, or None: writable by others, owned by another user, or a
    database (or its -wal/-shm/-journal file) that is a symlink."""
    folder = db_path.parent
    if folder.exists():
        info = folder.stat()
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return f"data dir {folder} can be written by others (mode {stat.S_IMODE(info.st_mode):04o})"
        if info.st_uid not in (os.geteuid(), 0):
            return f"data dir {folder} belongs to another user (uid {info.st_uid})"
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.is_symlink():
            return f"database file {side} is a symlink (to {os.readlink(side)})"
    return None


def fix_for(db_path: Path) -> str:
    return (f"make {db_path.parent} the bot's own (chown to its user; chmod 700), remove any symlink or database you "
            "did not put there, then start again")
