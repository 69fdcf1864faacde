"""`minutebot items` opens the store only to read (storage/read_only.py): a bare connection on a current SQLite file,
without importing sqlite-utils; Store.open, which migrates, for anything else."""
import sqlite3
import subprocess
import sys

import pytest

from conftest import MINUTES, mail
from minutebot.storage import migrations, read_only
from minutebot.storage.location import Location

pytestmark = pytest.mark.sqlite_only


def test_the_latest_migration_it_checks_is_the_last_one_migrations_has():
    assert read_only.LATEST_MIGRATION == migrations.migrations._migrations[-1].name


def test_a_current_store_is_read_bare_and_lists_the_same_items(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    store = read_only.open_to_read(Location(path=bot.app.config.db_path))
    try:
        assert isinstance(store.db, read_only.BareDatabase)
        tasks = [r["task"] for r in store.iter_items("1 = 1", [])]
        assert tasks == [i["task"] for i in bot.app.store.items()] and len(tasks) == 3
    finally:
        store.close()


def test_the_items_command_never_imports_sqlite_utils(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    script = ("import sys; from minutebot.cli import main; "
              f"code = main(['--config', {str(bot.root / 'minutebot.toml')!r}, 'items', '--format', 'csv', '-o', "
              f"{str(bot.root / 'i.csv')!r}]); print(code, 'sqlite_utils' in sys.modules, 'jinja2' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False", "False"]
    assert (bot.root / "i.csv").read_text(encoding="utf-8-sig").count("\n") == 4


@pytest.mark.parametrize("state", ["empty file", "old schema", "not wal"])
def test_a_store_that_is_not_current_is_opened_by_store_open(tmp_path, state):
    path = tmp_path / "data" / "minutebot.db"
    path.parent.mkdir(mode=0o700)
    if state != "empty file":
        read_only.Store.open(path).close()
        conn = sqlite3.connect(path)
        if state == "old schema":
            conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [read_only.LATEST_MIGRATION])
            conn.execute("DROP INDEX idx_items_open_rows")
            conn.execute("DROP INDEX idx_events_extend")
        else:
            conn.execute("PRAGMA journal_mode = delete")
        conn.commit()
        conn.close()
    path.touch(mode=0o600)
    store = read_only.open_to_read(Location(path=path))
    try:
        assert not isinstance(store.db, read_only.BareDatabase)
        assert store.db.conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?",
                                     [read_only.LATEST_MIGRATION]).fetchone()
    finally:
        store.close()
