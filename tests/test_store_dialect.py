"""The rewrite of the store's SQLite spelling into PostgreSQL's (storage/dialect.py), statement by statement, and the
store url's checks (storage/location.py). The statements are the store's own kinds; the PostgreSQL runs of the store
tests (--store postgresql) then check that the rewritten statements do what the SQLite ones do."""
import pytest

from minutebot.errors import ConfigError
from minutebot.storage.dialect import to_postgres
from minutebot.storage.location import StoreConfig, masked, validate


@pytest.mark.parametrize("sqlite, postgres", [
    ("SELECT 1 FROM messages WHERE message_id = ?", "SELECT 1 FROM messages WHERE message_id = %s"),
    ("SELECT id FROM items INDEXED BY idx_items_open WHERE status IN ('pending') AND (due <= ?) ORDER BY id",
     "SELECT id FROM items WHERE status IN ('pending') AND (due <= %s) ORDER BY id"),
    ("INSERT OR IGNORE INTO job_runs (job, target) VALUES (?, ?)",
     "INSERT INTO job_runs (job, target) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
    ("SELECT key FROM outbox WHERE key LIKE 'recap:%' AND next_attempt <= ?",
     "SELECT key FROM outbox WHERE key LIKE 'recap:%%' AND next_attempt <= %s"),
    ("UPDATE outbox SET raw = X'' WHERE length(raw) > 0", "UPDATE outbox SET raw = '\\x'::bytea WHERE length(raw) > 0"),
    ("CREATE INDEX i ON meetings(d) WHERE window_closed IS NOT version",
     "CREATE INDEX i ON meetings(d) WHERE window_closed IS DISTINCT FROM version"),
    ("SELECT * FROM meetings AS m WHERE m.window_closed IS NOT m.version AND m.x IS NOT NULL",
     "SELECT * FROM meetings AS m WHERE m.window_closed IS DISTINCT FROM m.version AND m.x IS NOT NULL"),
    ("SELECT * FROM items WHERE 1 ORDER BY meeting_id", "SELECT * FROM items WHERE TRUE ORDER BY meeting_id"),
    ("SELECT * FROM items WHERE ((1) AND meeting_id = ?)", "SELECT * FROM items WHERE ( (TRUE) AND meeting_id = %s)"),
    ("SELECT count(1) FROM t WHERE a = 1", "SELECT count(1) FROM t WHERE a = 1"),           # a 1 that is a value
    ("INSERT INTO t (a) VALUES (1)", "INSERT INTO t (a) VALUES (1)"),
    ("SELECT 'what?' AS q, x FROM t WHERE y = ?", "SELECT 'what?' AS q, x FROM t WHERE y = %s"),  # ? in a literal
    ("SELECT 'it''s' FROM t WHERE y = ?", "SELECT 'it''s' FROM t WHERE y = %s"),
])
def test_each_sqlite_spelling_has_its_postgresql_one(sqlite, postgres):
    assert to_postgres(sqlite) == postgres


@pytest.mark.parametrize("url", ["", "sqlite:///minutebot.db", "sqlite:////var/lib/minutebot/minutebot.db",
                                 "postgresql://minutebot@db.example.cn:5432/minutebot",
                                 "postgres://minutebot@10.0.0.5/minutebot?sslmode=verify-full"])
def test_store_urls_that_are_accepted(url):
    validate(StoreConfig(url=url))


@pytest.mark.parametrize("url, says", [
    ("mysql://bot@db/minutebot", "is not a store url"),
    ("sqlite:///", "names no file"),
    ("/var/lib/minutebot.db", "is not a store url"),
    ("postgresql://bot:hunter2@db/minutebot", "carries a password"),
])
def test_store_urls_that_are_refused_say_why_and_never_repeat_a_password(url, says):
    with pytest.raises(ConfigError) as refused:
        validate(StoreConfig(url=url))
    assert says in str(refused.value) and "hunter2" not in str(refused.value)


def test_a_password_is_masked():
    assert masked("postgresql://bot:hunter2@db/x") == "postgresql://bot:***@db/x"
    assert masked("postgresql://bot@db/x") == "postgresql://bot@db/x"
