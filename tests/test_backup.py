"""`minutebot backup FILE`: an online copy of the live database, consistent while another connection is writing,
checked, never overwriting; and the documented restore brings the bot back with the same items."""
import sqlite3
import subprocess
import sys

from conftest import MINUTES, Bot, mail
from minutebot.cli import main
from minutebot.store import Store


def site(tmp_path) -> Bot:
    (tmp_path / "site").mkdir(exist_ok=True)
    return Bot(tmp_path / "site")


def test_backup_while_a_writer_holds_a_transaction_copies_what_was_committed(tmp_path, now, capsys):
    bot = site(tmp_path)
    bot.drop(mail(MINUTES, message_id="<b1@xinghe.cn>"))
    bot.tick(now)
    items = bot.items()
    assert items
    writer = sqlite3.connect(bot.config.db_path, isolation_level=None, timeout=30)   # the daemon, mid-change
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE items SET task = 'half-written' WHERE id = ?", (items[0]["id"],))
    try:
        code = main(["--config", str(bot.config.path), "backup", str(tmp_path / "copy.db")])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("backup ok:") and f"{len(items)} items" in line and "\n" not in line
    copy = Store.open(tmp_path / "copy.db")
    try:
        assert [i["task"] for i in copy.items()] == [i["task"] for i in items]     # not the uncommitted change
    finally:
        copy.close()
    assert not (tmp_path / "copy.db-wal").exists() or (tmp_path / "copy.db-wal").stat().st_size == 0
    bot.app.close()


def test_restore_as_documented_brings_the_items_back(tmp_path, now):
    bot = site(tmp_path)
    bot.drop(mail(MINUTES, message_id="<b2@xinghe.cn>"))
    bot.tick(now)
    before = [(i["number"], i["task"], i["status"]) for i in bot.items()]
    assert main(["--config", str(bot.config.path), "backup", str(tmp_path / "b.db")]) == 0
    bot.app.close()
    db = bot.config.db_path
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):   # the disk is lost
        path.unlink(missing_ok=True)
    (tmp_path / "b.db").replace(db)                    # docs/operations.md: copy the backup over minutebot.db
    restored = site(tmp_path)
    try:
        assert [(i["number"], i["task"], i["status"]) for i in restored.items()] == before
        restored.drop(mail(MINUTES, message_id="<b2@xinghe.cn>"))    # the ledger came back too: no double
        restored.tick(now)
        assert len(restored.items()) == len(before)
    finally:
        restored.app.close()


def test_backup_problems_are_one_line(tmp_path):
    bot = site(tmp_path)
    bot.app.close()
    (tmp_path / "taken.db").write_bytes(b"x")
    for target, says in ((tmp_path / "taken.db", "already exists"), (tmp_path / "no" / "x.db", "no folder")):
        done = subprocess.run([sys.executable, "-m", "minutebot", "--config", str(bot.config.path), "backup",
                               str(target)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert (tmp_path / "taken.db").read_bytes() == b"x"
