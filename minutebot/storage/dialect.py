"""The few places where SQLite's SQL and PostgreSQL's differ, as one rewrite of a statement written for SQLite.

    to_postgres("SELECT id FROM items INDEXED BY idx_items_open WHERE due <= ?")
        -> "SELECT id FROM items WHERE due <= %s"

The store's SQL is written once, in the SQLite spelling the embedded default runs unchanged; on PostgreSQL each
statement goes through this rewrite once (cached): `?` placeholders become `%s` (and a literal `%` becomes `%%`),
`INDEXED BY` hints vanish (the planner picks the partial index by itself), `INSERT OR IGNORE` becomes
`ON CONFLICT DO NOTHING`, `IS NOT column` becomes `IS DISTINCT FROM column`, `X''` an empty bytea and a bare `1` condition
(`WHERE 1`, `(1)`) `TRUE`. String literals are left as they are, except for the `%` doubling psycopg needs.
"""
from __future__ import annotations

import re
from functools import lru_cache

LITERAL = re.compile(r"('(?:[^']|'')*')")
REWRITES = (
    (re.compile(r"\s+INDEXED BY \w+", re.I), ""),
    (re.compile(r"\bIS NOT (?!NULL\b)(\w+(?:\.\w+)?)", re.I), r"IS DISTINCT FROM \1"),
    (re.compile(r"(\bAND|\bOR|\bWHERE|\()\s*\(\s*1\s*\)", re.I), r"\1 (TRUE)"),
    (re.compile(r"\bWHERE 1(?=\s+(?:AND|OR|ORDER|GROUP|LIMIT)\b|\s*$)", re.I), "WHERE TRUE"),
    (re.compile(r"\?"), "%s"),
)
IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.I)
EMPTY_BLOB = re.compile(r"\bX''")


@lru_cache(maxsize=512)
def to_postgres(sql: str) -> str:
    """The PostgreSQL spelling of one statement written for SQLite (see the module docstring)."""
    sql = EMPTY_BLOB.sub("'\\\\x'::bytea", sql)
    parts = LITERAL.split(sql)
    out = []
    for n, part in enumerate(parts):
        if n % 2:                                        # a string literal: only % needs doubling
            out.append(part.replace("%", "%%"))
            continue
        part = part.replace("%", "%%")
        for pattern, replacement in REWRITES:
            part = pattern.sub(replacement, part)
        out.append(part)
    text = "".join(out)
    if IGNORE.match(text):
        text = IGNORE.sub("INSERT INTO", text) + " ON CONFLICT DO NOTHING"
    return text


def quote(name: str) -> str:
    """A table or column name quoted the way both dialects accept."""
    return '"' + name.replace('"', '""') + '"'
