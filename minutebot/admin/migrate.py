"""`minutebot migrate --from URL --to URL`: copy a deployment's store into an empty one (SQLite to PostgreSQL, or back).

Both are opened through Store.open, so both have the current schema first. Every table of the source is copied
row for row, ids kept, in one transaction on the target, parents before children (the foreign keys); then every
identity sequence of a PostgreSQL target is set past the largest id copied. The settings (the signing secret, the
instance id) come along, so reply addresses and Message-IDs stay valid. A target that already holds meetings,
messages or mail is refused: two deployments are never mixed. Stop the daemon first: rows written meanwhile stay behind.
"""
from __future__ import annotations

from minutebot.errors import UsageError
from minutebot.storage.dialect import quote
from minutebot.storage.location import Location
from minutebot.storage.store import Store

FIRST = ("meetings",)                         # parents first: participants, items, invites refer to meetings
SKIP = ("_sqlite_migrations", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4")   # each store keeps its own
BATCH = 2000


def migrate(source: Location, target: Location) -> str:
    """Copy every row of `source` into the empty `target`; one line a table saying how many rows went over."""
    if not source.is_postgres and not source.path.is_file():
        raise UsageError(f"no database at {source.path}",
                         "check the path: sqlite:////absolute/path, or sqlite:///path relative to this folder")
    src, dst = Store.open(source), Store.open(target)
    try:
        _refuse_unless_empty(dst, target)
        tables = _tables(src)
        with dst.atomic():
            counts = {table: _copy(src, dst, table) for table in tables}
            if dst.postgres:
                for table in tables:
                    _set_sequence(dst, table)
        if dst.postgres:
            dst.db.execute("ANALYZE")                # the planner's statistics of the rows just loaded
    finally:
        src.close()
        dst.close()
    return "\n".join([f"migrated {source} -> {target}:"] + [f"  {t}: {n} row(s)" for t, n in counts.items()])


def _refuse_unless_empty(dst: Store, target: Location) -> None:
    for table in ("meetings", "messages", "outbox"):
        if dst.db.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1").fetchone():
            raise UsageError(f"{target} already holds {table}", "migrate into a new, empty database")


def _tables(store: Store) -> list[str]:
    names = [n for n in store.db.table_names() if n not in SKIP]
    return [n for n in FIRST if n in names] + sorted(n for n in names if n not in FIRST)


def _columns(store: Store, table: str) -> list[str]:
    return [d[0] for d in store.db.execute(f"SELECT * FROM {quote(table)} LIMIT 0").description]


def _copy(src: Store, dst: Store, table: str) -> int:
    """Rows of one table, in batches; only the columns both sides have (a newer target may have more)."""
    columns = [c for c in _columns(src, table) if c in set(_columns(dst, table))]
    names = ", ".join(map(quote, columns))
    insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"
    cursor, count = src.db.execute(f"SELECT {names} FROM {quote(table)}"), 0
    while rows := cursor.fetchmany(BATCH):
        _insert_many(dst, insert, rows)
        count += len(rows)
    return count


def _insert_many(dst: Store, sql: str, rows) -> None:
    if dst.postgres:
        dst.db.executemany(sql, rows)
    else:
        dst.db.conn.executemany(sql, rows)


def _set_sequence(dst: Store, table: str) -> None:
    """An identity column's sequence set past the largest id, so the next default id is new."""
    sequence = dst.db.conn.execute("SELECT pg_get_serial_sequence(%s, 'id')", [quote(table)]).fetchone()[0] \
        if "id" in _columns(dst, table) else None
    if sequence:
        dst.db.conn.execute(f"SELECT setval(%s, (SELECT coalesce(max(id), 0) + 1 FROM {quote(table)}), false)",
                            [sequence])
