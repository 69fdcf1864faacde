"""The roster and the holiday calendar that a site's config names, read from their files (cheap to import: no mail)."""
from __future__ import annotations

import tomllib

from minutebot.config import Config
from minutebot.errors import ConfigError
from parsers.minutes.people import Roster
from parsers.dates.workdays import WorkdayCalendar

ROSTER_HEADER = "name,email,department,manager_email,aliases\n"


def load_roster(config: Config) -> Roster:
    if not config.bot.roster:
        return Roster.from_csv_text(ROSTER_HEADER)
    path = config.resolve(config.bot.roster)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read roster {path}: {exc}", "fix bot.roster or save the file as UTF-8 CSV") from None
    try:
        return Roster.from_csv_text(text)
    except ValueError as exc:
        raise ConfigError(f"roster {path}: {exc}", f"the header must be {ROSTER_HEADER.strip()}") from None


def load_calendar(config: Config) -> WorkdayCalendar:
    if not config.policy.holidays:
        return WorkdayCalendar()
    path = config.resolve(config.policy.holidays)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return WorkdayCalendar.from_overrides(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"holidays file {path}: {exc}", "see README: [[year]] tables with year, off, work") from None
