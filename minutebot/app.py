"""Everything a pass needs, opened once from the config: store, roster, calendar, composer, secret.

Passed explicitly to every step (no module globals), so tests build one App over a temporary folder.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from mailer.compose import Composer
from minutebot.config import Config
from minutebot.site_files import load_calendar, load_roster
from minutebot.storage.store import Store
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar


@dataclass(frozen=True)
class App:
    config: Config
    store: Store
    roster: Roster
    calendar: WorkdayCalendar
    composer: Composer
    secret: str
    quiet: bool = False          # backfill: record what past mail did, queue no mail (see mails.send)

    @property
    def tz(self) -> ZoneInfo:
        return self.config.tz

    def slot_passed(self, now: datetime, key: str) -> bool:
        """A working day, and `now` at or past the policy time `key` ("chase_time", "digest_time")."""
        return self.calendar.is_workday(now.date()) and now.time() >= self.config.time_of(key)

    def close(self) -> None:
        self.store.close()


def open_app(config: Config) -> App:
    store = Store.open(config.store_location)
    store.organisation = config.store.organisation       # whose meetings this daemon serves ([store] organisation)
    return App(config, store, load_roster(config), load_calendar(config), Composer(), _secret(config, store))


def _secret(config: Config, store: Store) -> str:
    """The key of reply tokens, Message-IDs and invite UIDs: the secret (from the named environment variable, else
    one generated and kept in the store) joined with this database's random instance id, so a new database, whose
    meeting ids start at 1 again, never repeats a Message-ID or honours another database's tokens."""
    return f"{config.secret(config.bot.secret_env) or _kept(store, 'secret', 32)}:{_kept(store, 'instance_id', 8)}"


def _kept(store: Store, key: str, size: int) -> str:
    """A random value made once per database and kept in its settings (read and made under the write lock: two
    daemons starting at once on a new shared database must not each keep their own)."""
    with store.atomic():
        kept = store.setting(key)
        if not kept:
            kept = secrets.token_hex(size)
            store.set_setting(key, kept)
    return kept
