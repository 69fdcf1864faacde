"""Reads as lists of dicts, straight from the cursor on SQLite: sqlite-utils' query() wraps every read in a
savepoint (SAVEPOINT + RELEASE), and a big store's morning reads items and meetings thousands of times."""
from __future__ import annotations


def dict_rows(store, sql: str, params: list) -> list[dict]:
    """The rows of `sql` as dicts (column name -> value); PostgreSQL's through its own query()."""
    if store.postgres:
        return list(store.db.query(sql, params))
    cursor = store.db.conn.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row)) for row in cursor]
