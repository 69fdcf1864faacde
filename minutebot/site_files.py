"""The roster and the holiday calendar that a site's config names, read from their files (cheap to import: no mail)."""
from __future__ import annotations

import csv
import io
import tomllib
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from minutebot.config import Config
from minutebot.errors import ConfigError
from parsers.dates.workdays import WorkdayCalendar

if TYPE_CHECKING:
    from parsers.minutes.owning.people import Roster

ROSTER_HEADER = "name,email,department,manager_email,aliases\n"


def load_roster(config: Config) -> Roster:
    from parsers.minutes.owning.people import Roster         # names and aliases: not imported by a CSV listing
    return _read_roster(config, Roster.from_csv_text)


def load_departments(config: Config) -> "Departments":
    """The roster's departments by address (what `items --format csv` reads of it), from the same file."""
    return _read_roster(config, Departments.from_csv_text)


def _read_roster(config: Config, parse):
    if not config.bot.roster:
        return parse(ROSTER_HEADER)
    path = config.resolve(config.bot.roster)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read roster {path}: {exc}", "fix bot.roster or save the file as UTF-8 CSV") from None
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError(f"roster {path}: {exc}", f"the header must be {ROSTER_HEADER.strip()}") from None


class Department(NamedTuple):
    department: str


class Departments:
    """Roster.find_by_email's answer with only the department in it, read with csv alone, row for row as
    Roster.from_csv_text reads the file (tests/test_site_files.py compares them): importing the name parsers and
    building a Roster cost a CSV listing of a big store ~0.08 s of CPU."""

    def __init__(self, by_email: dict[str, Department]):
        self._by_email = by_email

    @classmethod
    def from_csv_text(cls, text: str) -> "Departments":
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        header = [" ".join(unicodedata.normalize("NFKC", h or "").split()).lower() for h in reader.fieldnames or ()]
        if "name" not in header or "email" not in header:
            raise ValueError(f"the header must name the columns {ROSTER_HEADER.strip()}")
        reader.fieldnames = header
        by_email = {}
        for row in reader:
            email = (row.get("email") or "").strip().lower()
            if (row.get("name") or "").strip() and email:
                by_email[email] = Department((row.get("department") or "").strip())
        return cls(by_email)

    def find_by_email(self, email: str | None) -> Department | None:
        return self._by_email.get((email or "").strip().lower())


def load_calendar(config: Config) -> WorkdayCalendar:
    if not config.policy.holidays:
        return WorkdayCalendar()
    path = config.resolve(config.policy.holidays)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return WorkdayCalendar.from_overrides(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"holidays file {path}: {exc}", "see README: [[year]] tables with year, off, work") from None
