"""Days written in numbers (2025-03-12, 12/15/2024, 10/28, 27/4, 27-7-3, CW 12): which number is the month.

Month first unless the first number cannot be a month (27/4 is 27 April). When both could be, the other order is
kept as `Part.alt`, so a weekday written beside it can confirm it ('Mon 4/5' in 2026 is Monday 4 May).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from parsers.dates.policy import Ctx, Part, dated

MONTHS = 12


def either_order(ctx: Ctx, first: int, second: int) -> Part:
    """A month-day written in numbers: month first when it can be, with the day-first reading as `alt`."""
    if first > MONTHS >= second:
        return dated(ctx, second, first)
    part = dated(ctx, first, second)
    if first != second and second <= MONTHS:
        return replace(part, alt=dated(ctx, second, first).day)
    return part


def read_month_day(g: dict, ctx: Ctx) -> Part:
    """10/28, 10.15, 10-18, 27/4 (no year)."""
    return either_order(ctx, int(g["m"]), int(g["d"]))



def read_dashed(g: dict, ctx: Ctx) -> Part:
    """Three short numbers with dashes: 27-7-3 is year first (as 2027-7-3 shortened) when the first cannot be a
    month; 3-7-27 is year last, month first; 3-7-12 (every order possible) is no date."""
    a, b, c = int(g["a"]), int(g["b"]), int(g["c"])
    if a > MONTHS:
        return dated(replace(ctx, year=2000 + a), b, c)
    if c > MONTHS:
        return either_order(replace(ctx, year=2000 + c), a, b)
    raise ValueError((a, b, c))


def read_iso_week(g: dict, ctx: Ctx) -> Part | None:
    """'until end of CW 12', 'KW 8': the Friday of that ISO week, this year unless it is half a year gone."""
    week, year = int(g["wk"]), ctx.year or ctx.today.year
    try:
        friday = date.fromisocalendar(year, week, 5)
        if not ctx.year and (ctx.today - friday).days > 182:
            friday = date.fromisocalendar(year + 1, week, 5)
    except ValueError:
        return None
    return Part(day=friday)
