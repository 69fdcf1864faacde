"""The calendar the held-out gold dates were worked out with (chinesecalendar directly, not the parser's
wrapper), and the record of each hand-written gold date next to what the rule computes, checked by --check and
by the held-out tests. Shared by make_heldout.py, ../heldout2/make_heldout2.py and ../minutes2..9."""
from __future__ import annotations

import datetime as dt

import chinese_calendar


def add_workdays(sent: dt.date, n: int) -> dt.date:
    day = sent
    while n:
        day += dt.timedelta(days=1)
        n -= chinese_calendar.is_workday(day)
    return day


def next_weekday(sent: dt.date, weekday: int) -> dt.date:
    """下周X / next X: weekday X of the following Monday-Sunday week."""
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + weekday)


def this_or_next(sent: dt.date, weekday: int) -> dt.date:
    return sent + dt.timedelta(days=(weekday - sent.weekday()) % 7)


def workday_after(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not chinese_calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day


def workday_before(day: dt.date) -> dt.date:
    day -= dt.timedelta(days=1)
    while not chinese_calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


CHECKS: list[tuple[str, dt.date, str]] = []


def expect(what: str, computed: dt.date, iso: str) -> str:
    """Record that the hand-written gold date `iso` equals what the calendar rule computes."""
    CHECKS.append((what, computed, iso))
    return iso


def check_dates() -> list[str]:
    return [f"{what}: computed {computed} != gold {iso}" for what, computed, iso in CHECKS if computed.isoformat() != iso]
