"""`minutebot check`: is everything the daemon needs in place? One line per check or per problem, so an admin reads
what failed and how to fix it (auth failed, TLS, folder missing, a roster row); non-zero exit on any failure.

The mailbox lines are the mailer's own messages (InboxError, TransportError, Temporary/PermanentFailure), which
already say what and how; here they are only kept to one line each.
"""
from __future__ import annotations

import re
from datetime import datetime

from mailer.inbox import InboxError
from mailer.transport import PermanentFailure, TemporaryFailure, TransportError
from minutebot.storage import datadir
from minutebot.app import load_calendar, load_roster
from minutebot.config import Config
from minutebot.errors import MinutebotError
from minutebot.admin.providers import login_hint
from minutebot.admin.roster_check import roster_problems

EXPLAINED = (MinutebotError, InboxError, TransportError, TemporaryFailure, PermanentFailure)


def check_all(config: Config, now: datetime, out=None) -> int:
    """Run every check, print one line each (more for a roster with several bad rows); 1 when any failed."""
    from minutebot.inbound.connect import connect_inbox, connect_transport
    checks = (("config", lambda: [f"config ok: {config.path or 'embedded default'}"]),
              ("roster", lambda: _roster_lines(config)),
              ("calendar", lambda: [_calendar_line(config, now)]),
              ("data dir", lambda: [_data_dir_line(config)]),
              ("store", lambda: [_store_line(config)]),
              ("inbox", lambda: [_reach(connect_inbox(config))]),
              ("outbox", lambda: [_reach(connect_transport(config))]))
    failed = 0
    for name, check in checks:
        try:
            lines = check()
        except EXPLAINED as exc:
            lines = [f"{name} FAILED: {exc}{_provider_hint(config, name, str(exc))}"]
        except Exception as exc:             # a check must report, never crash
            own = type(exc).__module__.startswith("mailer.")      # mailer errors already say what and how to fix
            lines = [f"{name} FAILED: {exc}" if own else f"{name} FAILED: {type(exc).__name__}: {exc}"]
        failed += any(" FAILED: " in line for line in lines)
        for line in lines:
            print(one_line(line), file=out)
    return 1 if failed else 0


def _provider_hint(config: Config, name: str, problem: str) -> str:
    """A failed login at Microsoft 365, Gmail, 腾讯/阿里/网易企业邮箱 …: what that provider needs."""
    url = {"inbox": config.inbox_url, "outbox": config.outbox_url}.get(name, "")
    return login_hint(url, problem) if url else ""


def _roster_lines(config: Config) -> list[str]:
    roster = load_roster(config)                     # unreadable file or header: ConfigError, one line
    if not config.bot.roster:
        return ["roster ok: none configured (people are known by the names in To/Cc only)"]
    path = config.resolve(config.bot.roster)
    errors, warnings = roster_problems(path.read_text(encoding="utf-8-sig"))
    lines = [f"roster FAILED: {path.name} {e}" for e in errors] + [f"roster WARNING: {path.name} {w}" for w in warnings]
    return lines or [f"roster ok: {len(roster.entries)} people"]


def _data_dir_line(config: Config) -> str:
    found = datadir.problem(config.db_path)
    if found:
        return f"data dir FAILED: {found}; {datadir.fix_for(config.db_path)}"
    return f"data dir ok: {config.data_dir}" + ("" if config.data_dir.exists() else " (made private at first start)")


def _store_line(config: Config) -> str:
    """A PostgreSQL store: can it be reached, with this login, and is its schema current (opening brings it up to
    date). The SQLite file is the data dir line's."""
    location = config.store_location
    if not location.is_postgres:
        return f"store ok: {location}"
    from minutebot.storage.store import Store
    store = Store.open(location)                     # StoreError, one line, when the server says no
    try:
        schema = store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        store.close()
    return f"store ok: {location} (schema {schema})"


def _reach(box) -> str:
    try:
        return box.check()
    finally:
        box.close()


def _calendar_line(config: Config, now: datetime) -> str:
    today = now.astimezone(config.tz).date()
    calendar = load_calendar(config)
    if calendar.missing_next_year(today):
        return (f"calendar WARNING: no holiday schedule for {today.year + 1} yet; working days will be estimated "
                "(add it to the policy.holidays file when the State Council publishes it)")
    return f"calendar ok: working days known for {today.year}"


def one_line(text: str) -> str:
    """Server answers can span lines; a check line never does."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(text)).strip()
