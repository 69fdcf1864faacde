"""`minutebot backup FILE`: a consistent copy of the database, taken with SQLite's online backup while the daemon
keeps running (WAL mode: the copy reads one snapshot, writers are not blocked), checked before it is kept.

Restore (docs/operations.md): stop the daemon, copy FILE over <data_dir>/minutebot.db, delete minutebot.db-wal and
minutebot.db-shm beside it, start the daemon.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from minutebot.errors import MinutebotError, UsageError


def backup(db_path: Path, target: Path) -> str:
    """Copy the live database at `db_path` to `target` (which must not exist); one line saying what was kept."""
    if not db_path.is_file():
        raise UsageError(f"no database at {db_path}", "check bot.data_dir, or run `minutebot tick` first")
    if target.exists():
        raise UsageError(f"{target} already exists", "give a new file name; a backup never overwrites")
    if not target.parent.is_dir():
        raise UsageError(f"no folder {target.parent}", "create it first")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(db_path, partial)
        counts = _check(partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise MinutebotError(f"backup of {db_path} failed: {exc}") from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise MinutebotError(f"cannot write {target}: {exc.strerror or exc}") from None
    return (f"backup ok: {target} ({target.stat().st_size} bytes; {counts['meetings']} meetings, "
            f"{counts['items']} items; schema {counts['schema']})")


def _copy(db_path: Path, partial: Path) -> None:
    source = sqlite3.connect(db_path, timeout=30)     # only reads; a read-only open could not join the WAL
    try:
        source.execute("PRAGMA busy_timeout = 30000")
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)                          # all pages in one step: one consistent snapshot
            copy.execute("PRAGMA journal_mode = DELETE")   # one self-contained file, no -wal beside it
        finally:
            copy.close()
    finally:
        source.close()


def _check(path: Path) -> dict:
    """The copy opens, passes integrity_check, and says what it holds."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"the copy fails integrity_check: {verdict}")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        schema = (db.execute("SELECT name FROM _sqlite_migrations ORDER BY id DESC LIMIT 1").fetchone()
                  if "_sqlite_migrations" in tables else None)
        return {"meetings": _count(db, tables, "meetings"), "items": _count(db, tables, "items"),
                "schema": schema[0] if schema else "none"}
    finally:
        db.close()


def _count(db: sqlite3.Connection, tables: set[str], table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] if table in tables else 0
