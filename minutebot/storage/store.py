"""The store: small typed read/write functions over sqlite-utils (or PostgreSQL, pg.py), one `atomic()` per change.

    store = Store.open(path)            # or Store.open(config.store_location): an SQLite file or a PostgreSQL db
    with store.atomic():
        meeting_id = store.insert_meeting({...})
        store.add_event(at=now, meeting_id=meeting_id, action="created", ...)

WAL mode, a busy timeout so a second writer waits instead of failing, and the schema from `migrations.py`.
Times are stored as ISO 8601 strings with their offset; JSON-ish columns (flags, recipients) as JSON text.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

from minutebot.storage import datadir
from minutebot.storage.location import Location
from minutebot.errors import StoreError
from minutebot.storage.rows import dict_rows
from minutebot.storage.claims import JobClaims

OPEN_STATUSES = ("pending", "confirmed", "disputed")
# Word for word the WHERE clause of the partial index idx_items_open (migrations.m006): SQLite uses a partial index
# only when the query repeats its condition, so every query of open items says exactly this.
OPEN_WHERE = "status IN ('pending', 'confirmed', 'disputed')"
IN_ORGANISATION = "meeting_id IN (SELECT id FROM meetings WHERE organisation = ?)"   # items of this daemon's meetings
# SQLite result codes that are about the database file, not about what was asked of it: BUSY, LOCKED, NOMEM,
# READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, NOTADB
STORE_FAILURES = {5: "busy", 6: "locked", 7: "out of memory", 8: "read-only", 10: "I/O error", 11: "corrupt",
                  13: "full", 14: "cannot open", 15: "locking protocol", 26: "not a database"}


class Store(JobClaims):
    def __init__(self, db, where: Location | None = None, organisation: str = ""):
        self.db, self.organisation = db, organisation      # [store] organisation: whose meetings this daemon serves
        self.postgres = getattr(db, "dialect", "") == "postgresql"
        self.where = where or Location()                 # what error lines name: the file or the masked url
        self.errors = (sqlite3.Error, *getattr(db, "errors", ()))   # the driver errors a pass turns into StoreError

    @classmethod
    def open(cls, where: str | Path | Location) -> "Store":
        """Open (or create, private) the database; StoreError, one line, when it is unsafe or cannot be opened."""
        location = where if isinstance(where, Location) else Location(path=Path(where))
        if location.is_postgres:
            from minutebot.storage import pg            # psycopg is imported only by PostgreSQL deployments
            return cls(pg.open_database(location), location)
        from sqlite_utils import Database                # not imported by a command that only reads (read_only.py)
        from minutebot.storage.migrations import migrations
        path = location.path
        datadir.prepare(Path(path))
        try:
            conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 30000")
            db = Database(conn)
            db.enable_wal()
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrations.apply(db)
        except sqlite3.Error as exc:
            raise StoreError(f"database {path} cannot be opened ({exc})",
                             "free disk space if it is full; if the file is damaged, move it away and restore the "
                             "last `minutebot backup`") from None
        return cls(db, location)

    @contextmanager
    def atomic(self):
        """One transaction (a savepoint when nested). It takes the write lock when it begins (BEGIN IMMEDIATE): a
        transaction that first reads and then finds another writer has committed cannot wait, it fails at once.
        On PostgreSQL the same: a transaction that takes the single-writer lock first (pg.PgDatabase.transaction)."""
        if self.postgres:
            with self.db.transaction():
                yield self
            return
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self.db.conn.execute("BEGIN IMMEDIATE")       # waits up to busy_timeout for another writer
        try:
            yield self
            self.db.conn.execute("COMMIT")
        except BaseException:
            if self.db.conn.in_transaction:           # (a failed COMMIT, e.g. disk full, may leave it open)
                self.db.conn.rollback()
            raise

    def close(self) -> None:
        self.db.close()

    # --- the Message-ID ledger and the inbox checkpoint -------------------------------------------------------
    def seen(self, message_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM messages WHERE message_id = ?", [message_id]).fetchone())

    def mark_seen(self, message_id: str, *, at: datetime, kind: str, outcome: str, meeting_id: int | None = None,
                  sender: str = "", subject: str = "") -> None:
        self.db["messages"].insert({"message_id": message_id, "at": at.isoformat(), "kind": kind,
                                    "outcome": outcome, "meeting_id": meeting_id, "sender": sender,
                                    "subject": subject}, replace=True)

    def forget(self, message_id: str) -> None:
        """Take a message out of the ledger, so that it is handled again when met again (backfill, see there)."""
        self.db.execute("DELETE FROM messages WHERE message_id = ?", [message_id])

    def checkpoint(self, inbox: str) -> tuple[int | None, int | None]:
        row = self.db.execute("SELECT uidvalidity, last_uid FROM checkpoints WHERE inbox = ?", [inbox]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_checkpoint(self, inbox: str, uidvalidity: int | None, last_uid: int | None) -> None:
        self.db["checkpoints"].insert({"inbox": inbox, "uidvalidity": uidvalidity, "last_uid": last_uid},
                                      replace=True)

    def setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        self.db["settings"].insert({"key": key, "value": value}, replace=True)

    # --- meetings, participants, items, events ------------------------------------------------------------------
    def insert_meeting(self, row: dict) -> int:
        return self.db["meetings"].insert({"organisation": self.organisation, **row}).last_pk

    def update_meeting(self, meeting_id: int, changes: dict) -> None:
        self.db["meetings"].update(meeting_id, changes)

    def meeting(self, meeting_id: int) -> dict | None:
        rows = list(self.db["meetings"].rows_where("id = ?", [meeting_id]))
        return rows[0] if rows else None

    def meetings_by_id(self, ids, columns: tuple[str, ...] = ()) -> dict[int, dict]:
        """The meetings with these ids, by id, all columns or only `columns` (a few queries however many)."""
        ids, out, wanted = sorted(set(ids)), {}, ", ".join(("id", *columns)) if columns else "*"
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in dict_rows(self, f"SELECT {wanted} FROM meetings WHERE id IN ({marks})", chunk):
                out[row["id"]] = row
        return out

    def meeting_by_thread(self, message_ids: list[str]) -> dict | None:
        """The meeting whose minutes (or any bot mail about it) one of these Message-IDs is."""
        if not message_ids:
            return None
        marks = ",".join("?" * len(message_ids))
        row = self.db.execute(
            f"SELECT meeting_id FROM messages WHERE message_id IN ({marks}) AND meeting_id IS NOT NULL "
            f"UNION ALL SELECT meeting_id FROM outbox WHERE message_id IN ({marks}) AND meeting_id IS NOT NULL "
            "LIMIT 1", message_ids + message_ids).fetchone()
        return self.meeting(row[0]) if row else None

    def meeting_by_ref(self, ref: str) -> dict | None:
        rows = list(self.db["meetings"].rows_where("ref = ?", [ref], order_by="id desc", limit=1))
        return rows[0] if rows else None

    def set_participants(self, meeting_id: int, people: list[dict]) -> None:
        self.db["participants"].delete_where("meeting_id = ?", [meeting_id])
        self.db["participants"].insert_all([{"meeting_id": meeting_id, **p} for p in people], replace=True)

    def participants(self, meeting_id: int) -> list[dict]:
        return list(self.db["participants"].rows_where("meeting_id = ?", [meeting_id]))

    def insert_item(self, row: dict) -> int:
        return self.db["items"].insert(_encode(row)).last_pk

    def update_item(self, item_id: int, changes: dict) -> None:
        self.db["items"].update(item_id, _encode(changes))

    def items(self, meeting_id: int | None = None, where: str = "1", params: list | None = None) -> list[dict]:
        clause, args = where, list(params or [])
        if meeting_id is not None:
            clause, args = f"({where}) AND meeting_id = ?", args + [meeting_id]
        return [_decode(r) for r in self.db["items"].rows_where(clause, args, order_by="meeting_id, number, id")]

    def open_items(self, where: str = "1", params: list | None = None) -> list[dict]:
        """Open items matching `where` (e.g. "due <= ?"), in meeting order, read through the open-items index only."""
        return [_decode(r) for r in self.db.query(
            f"SELECT * FROM items INDEXED BY idx_items_open WHERE {OPEN_WHERE} AND ({where}) AND {IN_ORGANISATION} "
            "ORDER BY meeting_id, number, id", [*(params or []), self.organisation])]

    def open_ids(self, where: str, params: list, also: str = "owner_email") -> list[tuple]:
        """(id, meeting_id, `also`) of the open items matching `where`, in meeting order: little to hold in memory
        however many match (jobs then read the items of one owner or organizer at a time, items_by_id). Read from the
        covering index of open items (idx_items_open_rows: due, meeting, number, owner, due_date, status…), not the
        item rows: a chase's 42,581 overdue ids of a 1M store in 71 ms instead of 126."""
        return self.db.execute(
            f"SELECT id, meeting_id, {also} FROM items INDEXED BY idx_items_open_rows WHERE {OPEN_WHERE} AND ({where}) "
            f"AND {IN_ORGANISATION} ORDER BY meeting_id, number, id", [*params, self.organisation]).fetchall()

    def items_by_id(self, ids: list[int]) -> list[dict]:
        """These items, in meeting order."""
        out = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out += dict_rows(self, f"SELECT * FROM items WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        return [_decode(r, fresh=True) for r in sorted(out, key=lambda r: (r["meeting_id"], r["number"], r["id"]))]

    def iter_items(self, where: str, params: list, index: str | None = None) -> Iterator[dict]:
        """Items of this organisation matching `where` (terms joined by AND) in meeting order, yielded as read."""
        hint, params = f" INDEXED BY {index}" if index else "", [*params, self.organisation]
        sql = f"SELECT * FROM items{hint} WHERE {where} AND {IN_ORGANISATION} ORDER BY meeting_id, number, id"
        if self.postgres:
            yield from map(_decode, self.db.stream(sql, params))
            return
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for values in cursor:                 # a fresh dict each row: its flags decoded in place, not copied again
            row = dict(zip(names, values))
            flags = row["flags"]
            row["flags"] = json.loads(flags) if flags and flags != "[]" else []
            yield row

    def add_event(self, *, at: datetime, action: str, meeting_id: int | None = None, item_id: int | None = None,
                  actor: str = "", old=None, new=None, message_id: str = "") -> None:
        self.db["events"].insert({"at": at.isoformat(), "meeting_id": meeting_id, "item_id": item_id,
                                  "actor": actor, "action": action, "old": _text(old), "new": _text(new),
                                  "message_id": message_id})

    def events(self, item_id: int | None = None, meeting_id: int | None = None) -> list[dict]:
        if item_id is not None:
            return list(self.db["events"].rows_where("item_id = ?", [item_id], order_by="id"))
        return list(self.db["events"].rows_where("meeting_id = ?", [meeting_id], order_by="id"))

    def add_mail_list(self, numbered: list[tuple[int, int]], at: datetime) -> int:
        """Remember which items a mail listed and the number it showed for each: [(item id, number)] (lists.py)."""
        row = {"created_at": at.isoformat(), "item_ids": json.dumps(numbered)}
        if not self.postgres:                           # one INSERT, no sqlite-utils table introspection per call
            return self.db.conn.execute("INSERT INTO mail_lists (created_at, item_ids) VALUES (?, ?)",
                                        [row["created_at"], row["item_ids"]]).lastrowid
        return self.db["mail_lists"].insert(row).last_pk       # PostgreSQL: the new id is max(id) + 1 (pg.PgTable)

    def mail_list(self, list_id: int) -> list[tuple[int, int]]:
        rows = list(self.db["mail_lists"].rows_where("id = ?", [list_id]))
        return [tuple(pair) for pair in json.loads(rows[0]["item_ids"])] if rows else []

    def item(self, item_id: int) -> dict | None:
        rows = list(self.db["items"].rows_where("id = ?", [item_id]))
        return _decode(rows[0]) if rows else None


def _encode(row: dict) -> dict:
    out = dict(row)
    if "flags" in out and not isinstance(out["flags"], str):
        out["flags"] = json.dumps(list(out["flags"] or []))
    return out


def _decode(row: dict, fresh: bool = False) -> dict:
    """The row with its flags read from JSON (a copy, unless the row is `fresh`: made for this call alone)."""
    row = row if fresh else dict(row)
    flags = row.get("flags")
    row["flags"] = json.loads(flags) if flags and flags != "[]" else []
    return row


def _text(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def failure(exc: BaseException, path) -> StoreError | None:
    """The StoreError an sqlite3 error means when the database itself is the trouble (a disk that is full, another
    writer holding the lock past the busy timeout; for PostgreSQL a server that cannot be reached); None for
    anything else (a bug: the message is parked)."""
    if type(exc).__module__.startswith("psycopg"):
        from minutebot.storage import pg
        return pg.failure(exc, path)
    path = path.path if isinstance(path, Location) else path
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.DatabaseError) or code is None or code & 0xFF not in STORE_FAILURES:
        return None
    kind = STORE_FAILURES[code & 0xFF]
    fix = {"full": f"free space on the disk of {Path(path).parent}; the mail waits in the inbox until then",
           "busy": "another program holds the database; the bot tries again on the next pass",
           "locked": "another program holds the database; the bot tries again on the next pass"}.get(
        kind, "check the disk and the file; the mail waits in the inbox until the database can be written")
    return StoreError(f"database {path} cannot be written ({exc})", fix)
