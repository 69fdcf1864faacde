"""`minutebot migrate`: an SQLite deployment copied into an empty PostgreSQL database (a real server on loopback),
every table row for row, sequences past the largest ids; the bot then carries on there as if nothing happened."""
import pytest

from conftest import MINUTES, Bot, mail, store_toml
from minutebot.cli import main
from minutebot.storage.location import Location
from minutebot.storage.store import Store

EXTRA = '[policy]\ndefault_followup = "5 10:00"\n'           # an invitation too: the invites tables hold rows


@pytest.fixture
def old_site(tmp_path, monkeypatch, now):
    """A deployment on SQLite (whatever --store says) with minutes, a reply, an invite and sent mail."""
    monkeypatch.setattr(Bot, "new_store_url", staticmethod(lambda: ""))
    (tmp_path / "old").mkdir()
    bot = Bot(tmp_path / "old", extra=EXTRA)
    bot.drop(mail(MINUTES, subject="会议纪要 产品周会", message_id="<m1@xinghe.cn>"))
    bot.tick(now)
    recap = recap_of(bot.sent())
    bot.drop(mail("第1项已完成。", subject="Re: 会议纪要 产品周会", sender="王芳 <wangfang@xinghe.cn>",
                  message_id="<r1@xinghe.cn>", in_reply_to=recap["Message-ID"], to=recap["Reply-To"]))
    bot.tick(now)
    bot.app.close()
    return bot


def recap_of(mails):
    """The recap among the bot's mail (the invitation to the follow-up is in the same thread)."""
    [recap] = [m for m in mails if m["In-Reply-To"] == "<m1@xinghe.cn>"
               and not any(p.get_content_type() == "text/calendar" for p in m.walk())]
    return recap


def rows(store: Store, table: str) -> list[tuple]:
    return sorted((tuple(r) for r in store.db.execute(f'SELECT * FROM "{table}"')), key=repr)


def test_a_deployment_moves_to_postgresql_whole_and_carries_on_there(old_site, postgres, now, capsys, monkeypatch):
    url = postgres.database()
    source = f"sqlite:///{old_site.config.db_path}"
    assert main(["migrate", "--from", source, "--to", url]) == 0
    out = capsys.readouterr().out
    assert "meetings: 1 row(s)" in out and "items: 3 row(s)" in out and "settings: 2 row(s)" in out
    old, new = Store.open(old_site.config.db_path), Store.open(Location(dsn=url, password=postgres.password))
    try:
        tables = [t for t in old.db.table_names() if not t.startswith(("_", "sqlite"))]
        assert set(tables) == {t for t in new.db.table_names() if not t.startswith("_")}     # same schema
        for table in tables:
            assert rows(new, table) == rows(old, table), table                 # every row, ids and bytes kept
        sequence = new.db.conn.execute("SELECT nextval(pg_get_serial_sequence('items', 'id'))").fetchone()[0]
        assert sequence > max(r[0] for r in rows(old, "items"))                # past the largest id
    finally:
        old.close()
        new.close()
    # the same site on the new store: a reply to the old recap still counts (same secret), nothing is re-sent
    recap = recap_of(old_site.sent())
    sent_before = len(old_site.sent())
    monkeypatch.setattr(Bot, "new_store_url", staticmethod(lambda: url))
    moved = Bot(old_site.root, extra=EXTRA)
    try:
        moved.drop(mail("第2项已完成。", subject="Re: 会议纪要 产品周会", sender="李强 <liqiang@xinghe.cn>",
                        message_id="<r2@xinghe.cn>", in_reply_to=recap["Message-ID"], to=recap["Reply-To"]))
        moved.tick(now)
        assert [i["status"] for i in moved.items(1)][:2] == ["done", "done"]
        assert len(moved.sent()) == sent_before + 1                            # the ack, and nothing sent again
    finally:
        moved.app.close()


def test_a_target_that_holds_a_deployment_is_refused(old_site, postgres, capsys):
    url = postgres.database()
    source = f"sqlite:///{old_site.config.db_path}"
    assert main(["migrate", "--from", source, "--to", url]) == 0
    capsys.readouterr()
    assert main(["migrate", "--from", source, "--to", url]) == 2
    err = capsys.readouterr().err.strip()
    assert "already holds meetings" in err and "\n" not in err


def test_a_password_in_the_url_is_refused_and_not_repeated(capsys):
    assert main(["migrate", "--from", "sqlite:///x.db", "--to", "postgresql://bot:s3cret@db/x"]) == 2
    err = capsys.readouterr().err
    assert "password" in err and "s3cret" not in err


def test_a_source_that_does_not_exist_is_one_line_and_nothing_is_made(tmp_path, capsys):
    missing = tmp_path / "typo.db"
    assert main(["migrate", "--from", f"sqlite:///{missing}", "--to", f"sqlite:///{tmp_path / 'new.db'}"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"minutebot: no database at {missing}") and "\n" not in err
    assert not missing.exists() and not (tmp_path / "new.db").exists()
