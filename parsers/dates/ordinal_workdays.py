"""Working days counted inside a period: 'the first working day of January', 'last business day of the quarter',
下个月第一个工作日, 本季度最后一个工作日, 下周第一个工作日 — an ordinal, the working day, and the period, each read as a part."""
from __future__ import annotations

from datetime import date, timedelta

from parsers.dates.policy import Ctx, Part, month_end, shift_month, year_of
from parsers.dates.tokens import cn_number

ORDINALS_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
               "fifth": 5, "5th": 5}
LAST = ("last", "final", "最后", "最末")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NEXT = ("next", "coming", "下", "明", "次")


def read_ordinal_workday(g: dict, ctx: Ctx) -> Part:
    """The n-th (or last) working day of a month, quarter or year, on the working-day calendar."""
    first, last = _period(g, ctx)
    cal = ctx.calendar
    ordinal = (g.get("n") or g.get("nlast") or "").lower()
    if ordinal in LAST:
        day = cal.previous_workday(last + timedelta(days=1))
    else:
        day = cal.next_workday(first, include=True)
        count = ORDINALS_EN.get(ordinal) or cn_number(ordinal) or 0
        if count < 1:
            raise ValueError(ordinal)
        if count > 1:
            day = cal.add_workdays(day, count - 1)
    if not first <= day <= last:
        raise ValueError("no such working day in the period")
    return Part(day=day, estimated=cal.spans_unknown_year(ctx.today, day))


def _period(g: dict, ctx: Ctx) -> tuple[date, date]:
    """(first day, last day) of the period named: a month by name or number, or this/next week, month, quarter, year."""
    unit = (g.get("unit") or "").lower()
    month = _month_number(unit, g.get("m"))
    if month:
        year = int(g["y"]) if g.get("y") else year_of(ctx, month, 31)
        return date(year, month, 1), month_end(year, month)
    ahead = 1 if (g.get("rel") or "").lower() in NEXT else 0
    if unit in ("month", "月"):
        year, month = shift_month(ctx.today, ahead)
        return date(year, month, 1), month_end(year, month)
    if unit in ("week", "周", "星期"):                # '下周第一个工作日': Monday to Sunday of that week
        monday = ctx.today - timedelta(days=ctx.today.weekday()) + timedelta(weeks=ahead)
        return monday, monday + timedelta(days=6)
    if unit in ("quarter", "季度", "季"):
        start = ((ctx.today.month - 1) // 3 + ahead) * 3
        year, month = shift_month(date(ctx.today.year, 1, 1), start)
        end_year, end_month = shift_month(date(year, month, 1), 2)
        return date(year, month, 1), month_end(end_year, end_month)
    year = ctx.today.year + ahead
    return date(year, 1, 1), date(year, 12, 31)


def _month_number(unit: str, written: str | None) -> int:
    """January -> 1, '3' or '三' (3月) -> 3; 0 when the period is no month by name."""
    if written:
        number = cn_number(written)
        if number is None or not 1 <= number <= 12:
            raise ValueError(written)
        return number
    return MONTHS.index(unit[:3]) + 1 if unit[:3] in MONTHS else 0
