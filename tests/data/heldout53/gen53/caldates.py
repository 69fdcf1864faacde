"""Date rules used by the gold. Every rule is resolved against the send instant in Asia/Shanghai.

A rule is a tuple:
  ('date', 'YYYY-MM-DD')   absolute date written in the text (X月X日前, Jul 10, 2026-05-20 ...)
  ('wd', n)                bare weekday (周三, by Friday): this week's if not yet past (today counts), else next week's
  ('next_wd', n)           下周X / next Monday: weekday n of the next calendar week (weeks start Monday)
  ('workdays', n)          N个工作日内: the n-th Chinese working day counted from the day after sending
  ('today',) ('tomorrow',) ('day_after',)
  ('month_end',)           本月底 / 月底前 / end of month: last day of the send month
  ('after_holiday', name)  节后第一个工作日: first working day after the next holiday block named `name`
  ('hours', n)             N小时内: send instant + n hours (gives a date and a time)
weekday numbers: 0 = Monday ... 6 = Sunday.
"""
import calendar
import datetime as dt
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")


def local(send):
    """send: aware datetime -> aware datetime in Asia/Shanghai."""
    return send.astimezone(SH)


def resolve(rule, send):
    """Return (date or None, 'HH:MM' or None) for a rule; time is only given by the 'hours' rule."""
    loc = local(send)
    d0 = loc.date()
    kind = rule[0]
    if kind == "none":
        return None, None
    if kind == "date":
        return dt.date.fromisoformat(rule[1]), None
    if kind == "wd":
        delta = (rule[1] - d0.weekday()) % 7
        return d0 + dt.timedelta(days=delta), None
    if kind == "next_wd":
        monday_next = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7)
        return monday_next + dt.timedelta(days=rule[1]), None
    if kind == "workdays":
        n, d = rule[1], d0
        while n:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n -= 1
        return d, None
    if kind == "today":
        return d0, None
    if kind == "tomorrow":
        return d0 + dt.timedelta(days=1), None
    if kind == "day_after":
        return d0 + dt.timedelta(days=2), None
    if kind == "month_end":
        last = calendar.monthrange(d0.year, d0.month)[1]
        return dt.date(d0.year, d0.month, last), None
    if kind == "after_holiday":
        name = rule[1]
        d = d0
        # find the first day of the named holiday block on or after the send date
        for _ in range(60):
            is_h, hname = cc.get_holiday_detail(d)
            if is_h and hname == name and not cc.is_workday(d):
                break
            d += dt.timedelta(days=1)
        else:
            raise ValueError("holiday %s not found after %s" % (name, d0))
        while not cc.is_workday(d):
            d += dt.timedelta(days=1)
        return d, None
    if kind == "hours":
        t = loc + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError("unknown rule %r" % (rule,))


WEEKDAY_ZH = "一二三四五六日"


def weekday_zh(d):
    return WEEKDAY_ZH[d.weekday()]
