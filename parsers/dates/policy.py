"""The deadline policy shared by the date rules: what a token's meaning holds (Part), what it is read against
(Ctx), and the calendar arithmetic every rule uses (month ends, which year a month-day is in, which week).

The policy (research/dates-eval.md section 1, corpus README where they differ): a month-day without a year is
this year's unless that is more than 90 days past; a bare weekday is the nearest one on or after the send date,
本周X too (past -> next week's), 下周X is in the next Mon–Sun week; 上午/中午 -> 12:00 and 下午/下班/EOD -> 18:00
as policy times; 月初 -> the 5th; 中旬 and the like are vague with a guess.
"""
from __future__ import annotations

import calendar as _months
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from parsers.dates.workdays import WorkdayCalendar
from parsers.frozen import quick_init

PAST_KEEP_DAYS = 90


@quick_init
@dataclass(frozen=True)
class Ctx:
    """What a token is read against: the send time, the working-day calendar and a year written before it."""
    sent: datetime
    calendar: WorkdayCalendar
    year: int | None = None        # '2025年' just before the token: its month-days are in that year
    holiday: str = ""              # the one holiday the mail names (国庆): what a bare 节后 there means

    @property
    def today(self) -> date:
        return self.sent.date()


@quick_init
@dataclass(frozen=True)
class Part:
    """What a token says: a day, a time of day, or a whole deadline (span), possibly vague."""
    day: date | None = None
    time: time | None = None
    policy_time: bool = False      # the time is our policy for a word (下班 -> 18:00), not written
    instant: datetime | None = None
    approx: date | None = None     # the policy guess for a vague period (中旬 -> 20th)
    vague: bool = False
    estimated: bool = False
    hint: str = ""                 # "am"/"pm" from 明早/今晚/晚上; "bare" for an hour with no am/pm word
    explicit: bool = False         # a calendar date written out (beats a weekday written next to it)
    weekday: int | None = None     # the weekday a 周X token names (0 = Monday), to check a date written with it
    no_such_day: bool = False      # 2月30日, 2月29日 in a common year: no date, a problem to show
    year: int | None = None        # a year token (2025年, 明年) that names the year of what follows
    alt: date | None = None        # the day-first reading of a numeric date (4/5 -> 4 May), for a weekday to confirm
    zone: tzinfo | None = None     # a zone token's zone (CET, 东京时间): the phrase's day and time are that zone's


def month_end(year: int, month: int) -> date:
    return date(year, month, _months.monthrange(year, month)[1])


def shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def year_of(ctx: Ctx, month: int, day: int) -> int:
    """The year of a month-day: the one written before it, else this year unless more than 90 days back."""
    if ctx.year is not None:
        return ctx.year
    today = ctx.today
    candidate = date(today.year, month, min(day, _months.monthrange(today.year, month)[1]))
    return today.year + 1 if (today - candidate).days > PAST_KEEP_DAYS else today.year


def dated(ctx: Ctx, month: int, day: int) -> Part:
    """A written month-day as a Part: the day in its year, or the no-such-day problem (2月30日, 2月29日 of 2025)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError((month, day))
    year = year_of(ctx, month, day)
    if day > _months.monthrange(year, month)[1]:
        return Part(no_such_day=True, explicit=True)
    return Part(day=date(year, month, day), explicit=True)


def week_day(today: date, weekday: int, weeks_ahead: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead, days=weekday)


def on_or_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)
