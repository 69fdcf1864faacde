"""A store opened only to read (`minutebot items`): a bare sqlite3 connection when its schema is current, so the
command never imports sqlite-utils (~80 ms of CPU, a sixth of a listing of a big store); otherwise Store.open."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from minutebot.storage import datadir
from minutebot.storage.location import Location
from minutebot.storage.store import Store

LATEST_MIGRATION = "m011_claims_by_period"   # migrations.py's last one (tests/test_store_read_only.py checks)


class BareDatabase:
    """What reading asks of sqlite-utils' Database: the connection, execute() and close()."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def open_to_read(location: Location) -> Store:
    """The store at `location` for reading: bare on an SQLite file in WAL mode with every migration applied, else
    Store.open (PostgreSQL, a store to migrate, a file it cannot read: its one-line StoreError)."""
    if location.is_postgres:
        return Store.open(location)
    datadir.prepare(Path(location.path))
    conn = None
    try:
        conn = sqlite3.connect(str(location.path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        if _current(conn):
            return Store(BareDatabase(conn), location)
    except sqlite3.Error:
        pass
    if conn is not None:
        conn.close()
    return Store.open(location)


def _current(conn: sqlite3.Connection) -> bool:
    """True when the file is in WAL mode and holds the latest migration (they are applied in order)."""
    latest = conn.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'minutebot' AND name = ?",
                          [LATEST_MIGRATION]).fetchone()
    return bool(latest) and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
