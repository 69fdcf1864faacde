"""The PostgreSQL side of the store: a psycopg 3 connection behind the few sqlite-utils calls the store makes.

    db = PgDatabase.connect("postgresql://minutebot@db.example.cn:5432/minutebot", password)
    db.execute("SELECT 1 FROM messages WHERE message_id = ?", [mid]).fetchone()
    db["settings"].insert({"key": "k", "value": "v"}, replace=True)
    with db.transaction():
        ...

Every statement is written in SQLite's spelling and rewritten once by dialect.to_postgres. The connection is in
autocommit mode, like the SQLite one (isolation_level=None): a statement outside `transaction()` commits at once.
`transaction()` is the store's BEGIN IMMEDIATE: READ COMMITTED plus a transaction-level advisory lock that every
writer takes first, so writers run one at a time (as on SQLite) and a read-then-write never races another writer.
Nested, it is a savepoint.
"""
from __future__ import annotations

import itertools
from contextlib import contextmanager

import psycopg
from psycopg.rows import dict_row
from psycopg.types.string import StrDumperUnknown

from minutebot.errors import StoreError
from minutebot.storage import pg_schema
from minutebot.storage.dialect import quote, to_postgres
from minutebot.storage.location import Location
from minutebot.storage.pg_schema import PgSchema

WRITER_LOCK = 0x6D62_0001          # pg_advisory_xact_lock key: the store's single-writer lock ("mb" 1)
_streams = itertools.count(1)      # names of server-side cursors


def open_database(location: Location) -> "PgDatabase":
    """Connect and bring the schema up to date; StoreError, one line, when the server says no."""
    from minutebot.storage.migrations import migrations
    try:
        db = PgDatabase.connect(location.dsn, location.password)
        pg_schema.apply(db, migrations)
    except psycopg.Error as exc:
        raise StoreError(f"database {location} cannot be opened ({_first_line(exc)})",
                         "check that the server runs and accepts this user from this host, and that the password "
                         "is in the variable named by store.password_env") from None
    return db


def failure(exc: BaseException, where) -> StoreError | None:
    """The StoreError a psycopg error means when the server is the trouble (gone, restarting, out of disk, a lock
    held too long); None for anything else (a bug: the message is parked)."""
    if isinstance(exc, (psycopg.OperationalError, psycopg.errors.DiskFull, psycopg.errors.LockNotAvailable)):
        return StoreError(f"database {where} cannot be written ({_first_line(exc)})",
                          "the bot tries again on the next pass; check the PostgreSQL server and its disk")
    return None


def _store_nul_as_replacement(conn: psycopg.Connection) -> None:
    """PostgreSQL text cannot hold NUL, which mail can carry (=00 in a quoted-printable line): each string sent
    on `conn` has its NULs written as U+FFFD, the character an export shows for any other control character."""
    conn.adapters.register_dumper(str, _NulSafeStr)


class _NulSafeStr(StrDumperUnknown):
    """psycopg's default string dumper (unknown oid, text format), NUL written as U+FFFD."""

    def dump(self, obj: str):
        return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class PgDatabase:
    """What Store (and the few raw queries around it) ask of a database, on one psycopg connection."""

    dialect = "postgresql"
    errors = (psycopg.Error,)

    def __init__(self, connect):
        self._connect = connect
        self._conn = connect()
        self._depth = 0                 # transactions open on this connection (nested: savepoints)
        self.generation = 1             # +1 each time the session is new (lease.py: session locks went with it)
        self._tables: dict[str, PgTable] = {}

    @classmethod
    def connect(cls, dsn: str, password: str | None) -> "PgDatabase":
        extra = {"password": password} if password else {}

        def session() -> psycopg.Connection:
            conn = psycopg.connect(dsn, autocommit=True, connect_timeout=10, application_name="minutebot", **extra)
            _store_nul_as_replacement(conn)
            return conn
        return cls(session)

    @property
    def conn(self) -> psycopg.Connection:
        """The session; a lost one (server restart, network cut) is replaced, but never inside a transaction:
        there the statement fails and the transaction with it."""
        if self._conn.closed and not self._depth:
            self._conn = self._connect()
            self.generation += 1
        return self._conn

    def execute(self, sql: str, params=()) -> psycopg.Cursor:
        return self.conn.execute(to_postgres(sql), list(params or ()))

    def executemany(self, sql: str, rows) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(to_postgres(sql), rows)

    def query(self, sql: str, params=()):
        """Rows as dicts, like sqlite-utils' Database.query."""
        with self.conn.cursor(row_factory=dict_row) as cursor:
            cursor.execute(to_postgres(sql), list(params or ()))
            yield from cursor

    def stream(self, sql: str, params=()):
        """Rows as dicts fetched in batches from a server-side cursor: bounded memory however many match."""
        with self.conn.cursor(name=f"minutebot_{next(_streams)}", row_factory=dict_row, withhold=True) as cursor:
            cursor.itersize = 2000
            cursor.execute(to_postgres(sql), list(params or ()))
            yield from cursor

    def __getitem__(self, name: str) -> "PgTable":
        if name not in self._tables:
            self._tables[name] = PgTable(self, name)
        return self._tables[name]

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @contextmanager
    def transaction(self):
        """One transaction (a savepoint when nested); the outermost takes the single-writer lock first."""
        outermost = not self.in_transaction
        conn = self.conn
        self._depth += 1
        try:
            with conn.transaction():
                if outermost:
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
                yield
        finally:
            self._depth -= 1

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")]

    def close(self) -> None:
        self._conn.close()


class PgTable(PgSchema):
    """One table: insert (optionally replacing on its primary key), update by id, rows_where, delete_where."""

    def __init__(self, db: PgDatabase, name: str):
        self.db, self.name = db, name
        self.last_pk = None
        self._pk: tuple[str, ...] | None = None

    @property
    def pks(self) -> tuple[str, ...]:
        if self._pk is None:
            self._pk = tuple(r[0] for r in self.db.conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", [quote(self.name)]))
        return self._pk

    def insert(self, row: dict, replace: bool = False) -> "PgTable":
        """Insert one row; an `id` table's new row takes max(id) + 1 under the writer lock, as SQLite's rowid does,
        so a crashed transaction leaves no gap (a sequence would) and both stores number alike."""
        if self.pks != ("id",) or row.get("id") is not None:
            return self._insert(row, replace)
        if self.db.in_transaction:                      # the writer lock is held already
            return self._insert({**row, "id": self._next_id()}, replace)
        with self.db.transaction():
            return self._insert({**row, "id": self._next_id()}, replace)

    def _next_id(self) -> int:
        return self.db.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {quote(self.name)}").fetchone()[0]

    def _insert(self, row: dict, replace: bool) -> "PgTable":
        columns = list(row)
        sql = (f"INSERT INTO {quote(self.name)} ({', '.join(map(quote, columns))}) "
               f"VALUES ({', '.join(['%s'] * len(columns))}){self._on_conflict(columns, replace)}")
        self.db.conn.execute(sql, [row[c] for c in columns])
        self.last_pk = row.get("id") if self.pks == ("id",) else None
        return self

    def insert_all(self, rows: list[dict], replace: bool = False) -> "PgTable":
        for row in rows:
            self.insert(row, replace=replace)
        return self

    def _on_conflict(self, columns: list[str], replace: bool) -> str:
        if not replace or not self.pks:
            return ""
        changed = [c for c in columns if c not in self.pks]
        if not changed:
            return f" ON CONFLICT ({', '.join(map(quote, self.pks))}) DO NOTHING"
        sets = ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in changed)
        return f" ON CONFLICT ({', '.join(map(quote, self.pks))}) DO UPDATE SET {sets}"

    def update(self, pk_value, changes: dict) -> "PgTable":
        if changes:
            sets = ", ".join(f"{quote(c)} = %s" for c in changes)
            self.db.conn.execute(f"UPDATE {quote(self.name)} SET {sets} WHERE {quote(self.pks[0])} = %s",
                                 [*changes.values(), pk_value])
        return self

    def rows_where(self, where: str | None = None, params=(), order_by: str | None = None, limit: int | None = None):
        sql = f"SELECT * FROM {quote(self.name)}"
        if where:
            sql += f" WHERE ({where})"
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.query(sql, params)

    @property
    def rows(self):
        return self.rows_where()

    @property
    def count(self) -> int:
        return self.db.conn.execute(f"SELECT count(*) FROM {quote(self.name)}").fetchone()[0]

    def delete_where(self, where: str, params=()) -> "PgTable":
        self.db.execute(f"DELETE FROM {quote(self.name)} WHERE ({where})", params)
        return self

    def exists(self) -> bool:
        return self.db.conn.execute("SELECT to_regclass(%s) IS NOT NULL", [quote(self.name)]).fetchone()[0]
