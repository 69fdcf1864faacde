"""Chinese working days: statutory holidays and 调休 make-up days.

Three sources, in order of trust: the override table (the State Council notice typed in by the operator),
chinesecalendar for the years it ships, and for years nobody knows yet a guess (Mon–Fri minus the fixed
statutory days and Spring Festival). Callers ask `is_known(year)` and mark results that used a guess as
estimated; nothing here ever raises for an unknown year, because the daemon must keep running.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

import chinese_calendar
from chinese_calendar import constants as _cc

ONE_DAY = timedelta(days=1)
PACKAGE_YEARS = range(min(_cc.holidays).year, max(_cc.holidays).year + 1)
# Fixed-date statutory days (全国年节及纪念日放假办法, as amended 2024): 元旦, 劳动节 1–2, 国庆 1–3.
FIXED_HOLIDAYS = ((1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3))
# 正月初一; the statutory Spring Festival days are 除夕 .. 初三 (four days since 2025).
LUNAR_NEW_YEAR = {
    2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
    2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
    2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3), 2031: date(2031, 1, 23),
    2032: date(2032, 2, 11), 2033: date(2033, 1, 31), 2034: date(2034, 2, 19), 2035: date(2035, 2, 8),
}
FIXED_ANCHORS = {"new_year": (1, 1), "labour": (5, 1), "national": (10, 1)}
PACKAGE_NAMES = {"spring": "Spring Festival", "qingming": "Tomb-sweeping Day", "dragon_boat": "Dragon Boat Festival",
                 "mid_autumn": "Mid-autumn Festival"}
SEARCH_DAYS = 400   # a holiday block is never further away than this


class WorkdayCalendar:
    """Chinese working days: chinesecalendar for the years it knows, an override table on top, and a flagged
    Mon–Fri-minus-fixed-holidays guess for years nobody knows yet (never raises)."""

    def __init__(self, off: Iterable[date] = (), work: Iterable[date] = (), known_years: Iterable[int] = ()):
        self._off = frozenset(off)
        self._work = frozenset(work)
        self._known = frozenset(known_years)
        self._cache: dict[date, bool] = {}
        self._counts: dict[int, list[int]] = {}    # year -> working days from 1 January up to each day, inclusive

    @classmethod
    def from_overrides(cls, data: dict) -> "WorkdayCalendar":
        """Build from a parsed override TOML: [[year]] tables with year, complete, off, work.
        Raises ValueError/KeyError/TypeError on a malformed table (the core reports them as config errors)."""
        off: list[date] = []
        work: list[date] = []
        known: list[int] = []
        for table in data.get("year", []):
            year = int(table["year"])
            off += [d for item in table.get("off", []) for d in _parse_days(item)]
            work += [d for item in table.get("work", []) for d in _parse_days(item)]
            if table.get("complete", False):
                known.append(year)
        return cls(off, work, known)

    def is_known(self, year: int) -> bool:
        """True when the official schedule of `year` is here (package or a complete override)."""
        return year in self._known or year in PACKAGE_YEARS

    def is_workday(self, d: date) -> bool:
        hit = self._cache.get(d)
        if hit is None:
            hit = self._cache[d] = self._lookup(d)
        return hit

    def _lookup(self, d: date) -> bool:
        if d in self._work:
            return True
        if d in self._off:
            return False
        if d.year in PACKAGE_YEARS:
            return chinese_calendar.is_workday(d)
        return d.weekday() < 5 and not _guessed_holiday(d)

    def next_workday(self, d: date, include: bool = False) -> date:
        """First workday after d (or d itself when include and d is a workday)."""
        day = d if include else d + ONE_DAY
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def previous_workday(self, d: date) -> date:
        """Last workday strictly before d."""
        day = d - ONE_DAY
        while not self.is_workday(day):
            day -= ONE_DAY
        return day

    def add_workdays(self, d: date, n: int) -> date:
        """The n-th workday strictly after d (n >= 1): '3个工作日内' sent on d is due on add_workdays(d, 3)."""
        if n < 1:
            raise ValueError(f"n must be >= 1, got {n}")
        day = d
        for _ in range(n):
            day = self.next_workday(day)
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Workdays in (start, end]; 0 when end is not after start. From per-year running counts: a lookup or two
        per year spanned, not a step per day (chase and the digest ask this for every overdue item)."""
        if end <= start:
            return 0
        count = self._upto(end) - self._upto(start)
        for year in range(start.year, end.year):
            count += self._year_counts(year)[-1]
        return count

    def _upto(self, d: date) -> int:
        """Workdays from 1 January of d's year to d, inclusive."""
        return self._year_counts(d.year)[d.timetuple().tm_yday - 1]

    def _year_counts(self, year: int) -> list[int]:
        counts = self._counts.get(year)
        if counts is None:
            day, total, counts = date(year, 1, 1), 0, []
            while day.year == year:
                total += self.is_workday(day)
                counts.append(total)
                day += ONE_DAY
            self._counts[year] = counts
        return counts

    def missing_next_year(self, today: date) -> bool:
        """From 1 November on, True while next year's schedule is in neither the package nor the overrides."""
        return today >= date(today.year, 11, 1) and not self.is_known(today.year + 1)

    def spans_unknown_year(self, a: date, b: date) -> bool:
        """True when any year from a to b (either order) had to be guessed: results over it are estimates."""
        low, high = sorted((a.year, b.year))
        return any(not self.is_known(y) for y in range(low, high + 1))

    def holiday_block(self, d: date) -> tuple[date, date] | None:
        """The run of rest days around d if it is a holiday (holds a Mon–Fri rest day), not a plain weekend."""
        if self.is_workday(d):
            return None
        first, last = d, d
        while not self.is_workday(first - ONE_DAY):
            first -= ONE_DAY
        while not self.is_workday(last + ONE_DAY):
            last += ONE_DAY
        days = (first + ONE_DAY * i for i in range((last - first).days + 1))
        return (first, last) if any(day.weekday() < 5 for day in days) else None

    def next_holiday_block(self, d: date) -> tuple[date, date] | None:
        """The holiday block holding d, else the next one after d."""
        for offset in range(SEARCH_DAYS):
            block = self.holiday_block(d + ONE_DAY * offset)
            if block:
                return block
        return None

    def holiday_after(self, d: date) -> date | None:
        """First workday after the holiday holding or following d: 节后第一个工作日."""
        block = self.next_holiday_block(d)
        return self.next_workday(block[1]) if block else None

    def holiday_before(self, d: date) -> date | None:
        """Last workday before the holiday holding or following d: 节前."""
        block = self.next_holiday_block(d)
        return self.previous_workday(block[0]) if block else None

    def named_holiday(self, name: str, today: date) -> tuple[date, date] | None:
        """The block of a named holiday ('national', 'spring', 'labour', 'new_year', 'mid_autumn', ...) that has
        not ended by `today`: this year's, else next year's."""
        for year in (today.year, today.year + 1):
            anchor = _holiday_day(name, year)
            block = self.holiday_block(anchor) if anchor else None
            if block and block[1] >= today:
                return block
        return None


def _holiday_day(name: str, year: int) -> date | None:
    """One day that belongs to the named holiday in `year`, or None when we cannot tell."""
    if name in FIXED_ANCHORS:
        return date(year, *FIXED_ANCHORS[name])
    if name == "spring" and year in LUNAR_NEW_YEAR:
        return LUNAR_NEW_YEAR[year]
    wanted = PACKAGE_NAMES.get(name)                  # the package's Spring Festival for years outside our table
    days = sorted(d for d, holiday in _cc.holidays.items() if d.year == year and holiday == wanted)
    return days[len(days) // 2] if days else None


def _guessed_holiday(d: date) -> bool:
    """Statutory rest days we can predict without the notice: fixed dates and 除夕..初三."""
    if (d.month, d.day) in FIXED_HOLIDAYS:
        return True
    new_year = LUNAR_NEW_YEAR.get(d.year)
    return new_year is not None and -1 <= (d - new_year).days <= 2


def _parse_days(item: str) -> list[date]:
    """'2027-01-01' or an inclusive range '2027-02-05..2027-02-11'."""
    if not isinstance(item, str):
        raise TypeError(f"expected a date string like 2027-01-01, got {item!r}")
    first, _, last = item.partition("..")
    start = date.fromisoformat(first.strip())
    end = date.fromisoformat(last.strip()) if last else start
    if end < start:
        raise ValueError(f"range {item!r} ends before it starts")
    return [start + ONE_DAY * i for i in range((end - start).days + 1)]
