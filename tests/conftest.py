"""Shared fixtures: a real SQLite file, Maildir inbox/outbox in a temp folder, and helpers that read like usage.

    def test_x(bot, now):
        bot.drop(minutes_mail(...))
        bot.tick(now)
        [recap] = bot.sent()

`pytest --store postgresql FILES` runs the same tests with every Bot (and `store_section`) on its own fresh
database of a real PostgreSQL server started once for the session (pg_server.py); scripts/test.sh runs the whole
suite on SQLite, then the files that touch the store (PG_FILES there) again on PostgreSQL.
"""
from __future__ import annotations

import os
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from minutebot import config as config_mod
from minutebot.app import open_app
from minutebot.inbound.connect import connect_inbox, connect_transport
from minutebot.inbound.daemon import one_pass
from minutebot.storage.location import Location
from minutebot.storage.store import Store
from servers import dovecot, old_dovecot, postgres, smtp_sink, tls_dovecot, tls_smtp_sink  # noqa: F401  (loopback)

CST = timezone(timedelta(hours=8))
ROSTER = """name,email,department,manager_email,aliases
陈明,chenming@xinghe.cn,产品部,,陈总
王芳,wangfang@xinghe.cn,市场部,chenming@xinghe.cn,王经理;Wendy
李强,liqiang@xinghe.cn,研发部,zhouhua@xinghe.cn,李工
周华,zhouhua@xinghe.cn,研发部,,周总
赵敏,zhaomin@xinghe.cn,采购部,chenming@xinghe.cn,赵主管
"""


def pytest_addoption(parser):
    parser.addoption("--store", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the store every Bot and daemon of the tests uses (postgresql: a real server on loopback)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: tests SQLite's own mechanics (PRAGMA, the file); "
                                       "not run under --store postgresql")
    config.addinivalue_line("markers", "postgres_only: tests a PostgreSQL mechanism; run under --store postgresql")


def pytest_collection_modifyitems(config, items):
    """Under --store postgresql, leave out the tests of SQLite's own mechanics; otherwise, those of PostgreSQL's."""
    postgres = config.getoption("--store") == "postgresql"
    unwanted = "sqlite_only" if postgres else "postgres_only"
    for item in items:
        if item.get_closest_marker(unwanted):
            item.add_marker(pytest.mark.skip(reason=f"{unwanted}: the other backend's mechanics"))


class Bot:
    """A bot on Maildir in/out over a temp folder, driven one `tick` at a time."""
    new_store_url = staticmethod(lambda: "")        # "" (SQLite in the data dir), or a new database (store_section)

    def __init__(self, root: Path, language: str = "zh", extra: str = "", address: str = "minutes@xinghe.cn"):
        self.root = root
        (root / "roster.csv").write_text(ROSTER, encoding="utf-8")
        self.store_section = store_toml(self.new_store_url())      # keep it when rewriting the config
        (root / "minutebot.toml").write_text(textwrap.dedent(f"""
            [bot]
            address = "{address}"
            language = "{language}"
            roster = "roster.csv"
            allowed_domains = ["xinghe.cn"]
            """) + textwrap.dedent(extra) + self.store_section, encoding="utf-8")
        self.config = config_mod.load(root / "minutebot.toml")
        self.inbox_dir = Path(self.config.inbox_url[len("maildir:"):])
        self.outbox_dir = Path(self.config.outbox_url[len("maildir:"):])
        self.app = open_app(self.config)
        self._read = 0

    def drop(self, raw: bytes, name: str | None = None) -> None:
        (self.inbox_dir / "new").mkdir(parents=True, exist_ok=True)
        count = len(list((self.inbox_dir / "new").iterdir()))
        (self.inbox_dir / "new" / (name or f"{count:04d}-{abs(hash(raw))}.eml")).write_bytes(raw)

    def tick(self, now: datetime):
        inbox, transport = connect_inbox(self.config), connect_transport(self.config)
        return one_pass(self.app, inbox, transport, now)

    def sent(self) -> list:
        """Every mail the bot has sent so far, oldest first, parsed."""
        new = self.outbox_dir / "new"
        if not new.exists():
            return []
        files = sorted(new.iterdir(), key=lambda p: (p.stat().st_mtime_ns, p.name))
        return [message_from_bytes(p.read_bytes(), policy=default) for p in files]

    def new_mail(self) -> list:
        """Mail sent since the last call."""
        mails = self.sent()
        fresh, self._read = mails[self._read:], len(mails)
        return fresh

    def items(self, meeting_id: int | None = None) -> list[dict]:
        return self.app.store.items(meeting_id)

    def folder(self, name: str) -> list[Path]:
        path = self.inbox_dir / f".{name}" / "cur"
        return sorted(path.iterdir()) if path.exists() else []


def mail(body: str, *, subject: str = "会议纪要", sender: str = "陈明 <chenming@xinghe.cn>",
         to: str = "王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>", cc: str = "纪要助手 <minutes@xinghe.cn>",
         date: datetime = datetime(2024, 10, 10, 15, 0, tzinfo=CST), message_id: str | None = None,
         in_reply_to: str | None = None, references: str | None = None, headers: dict | None = None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    if cc:
        msg["Cc"] = cc
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="xinghe.cn")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(textwrap.dedent(body).strip() + "\n")
    return msg.as_bytes()


MINUTES = """
各位好，以下是产品周会的会议纪要。

会议主题：产品周会
参会人员：陈明、王芳、李强

待办事项：
1. 王芳：提交活动方案终稿，10月12日前
2. 李强：完成样机固件升级，10月15日17:00前
3. 采购部：确认物料报价，尽快
"""


@pytest.fixture(autouse=True)
def store_section(request, monkeypatch):
    """The [store] section a test's config needs: "" on SQLite (the default); under --store postgresql the url of
    a new database on the session's server (every Bot gets its own), password in MINUTEBOT_DB_PASSWORD."""
    if request.config.getoption("--store") != "postgresql":
        return ""
    server = request.getfixturevalue("postgres")
    monkeypatch.setenv("MINUTEBOT_DB_PASSWORD", server.password)
    monkeypatch.setattr(Bot, "new_store_url", staticmethod(server.database))
    return store_toml(Bot.new_store_url())


def store_toml(url: str) -> str:
    return f'\n[store]\nurl = "{url}"\n' if url else ""


@pytest.fixture
def open_store(tmp_path, store_section):
    """open_store() -> a new Store on the tests' backend: tmp_path/minutebot.db, or a new PostgreSQL database."""
    opened = []

    def make() -> Store:
        url = Bot.new_store_url()
        store = Store.open(Location(dsn=url, password=os.environ["MINUTEBOT_DB_PASSWORD"]) if url
                           else tmp_path / "minutebot.db")
        opened.append(store)
        return store
    yield make
    for store in opened:
        store.close()


@pytest.fixture
def bot(tmp_path):
    instance = Bot(tmp_path)
    yield instance
    instance.app.close()


@pytest.fixture
def now():
    return datetime(2024, 10, 10, 15, 5, tzinfo=CST)


def text_of(msg) -> str:
    return msg.get_body(("plain",)).get_content()
