"""Statutory holidays as deadlines: 国庆前, 节后第一个工作日, 过年前, 双节后, 开工第一天, before CNY, after Golden Week,
下个工作日 — each read against the working-day calendar (a make-up Saturday can be 春节前)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.dates.policy import Ctx, Part
from parsers.dates.tokens import cn_number
from parsers.regex_start import start_checked

DOUBLE = ("mid_autumn", "national")                # 双节: 中秋 and 国庆, before the first, after the last
HOLIDAY_KEYS = (("国庆中秋", DOUBLE), ("中秋国庆", DOUBLE),       # 国庆中秋假期后: after the last of the two
                ("国庆", "national"), ("十一", "national"), ("national", "national"), ("golden", "national"),
                ("春节", "spring"), ("过年", "spring"), ("年", "spring"), ("chinese", "spring"), ("cny", "spring"),
                ("spring", "spring"), ("元旦", "new_year"), ("new year", "new_year"), ("五一", "labour"),
                ("劳动", "labour"), ("清明", "qingming"), ("端午", "dragon_boat"), ("中秋", "mid_autumn"),
                ("mid", "mid_autumn"), ("农历新年", "spring"), ("新春", "spring"), ("阳历新年", "new_year"),
                ("新年", "new_year"), ("国际劳动", "labour"), ("lunar", "spring"), ("qingming", "qingming"),
                ("tomb", "qingming"), ("dragon", "dragon_boat"), ("moon", "mid_autumn"), ("may day", "labour"),
                ("labo", "labour"), ("may", "labour"), ("october", "national"), ("双节", DOUBLE))

NAMED = re.compile(r"国庆|十一(?:假期|长假|黄金周)|春节|过年|农历新年|元旦|五一|劳动节|清明|端午|中秋|"
                   r"national\s+day|golden\s+week|chinese\s+new\s+year|lunar\s+new\s+year|spring\s+festival|"
                   r"mid[-\s]autumn|dragon[-\s]boat|qingming", re.I)
NAMED = start_checked(NAMED)        # read over the whole body: tried only where a name can start (regex_start.py)
NAMED_REACH = 31       # days from sending within which the holiday a mail names must begin to be its bare 节


def holiday_named(text: str) -> str:
    """The one statutory holiday a mail names ('国庆节前', '国庆节后10月9日'): its bare 节 ('节后第一个工作日')
    means that one; '' when it names none or several (中秋 and 国庆: the bare word stays the coming break)."""
    keys = set()
    for m in NAMED.finditer(text):
        word = m.group().lower()
        keys.add(next(k for name, k in HOLIDAY_KEYS if word.startswith(name)))
        if len(keys) > 1:
            return ""
    return keys.pop() if keys else ""


def _named_nearby(ctx: Ctx) -> str | None:
    """The holiday the mail names, if its break begins within NAMED_REACH days; else None (the coming break)."""
    block = ctx.calendar.named_holiday(ctx.holiday, ctx.today) if ctx.holiday else None
    return ctx.holiday if block and (block[0] - ctx.today).days <= NAMED_REACH else None


def read_holiday(g: dict, ctx: Ctx) -> Part | None:
    """国庆前, 节后第一个工作日, after National Day, and a bare 国庆/春节 as a deadline (= before it)."""
    name, when = g["name"].lower(), (g.get("when") or "前").lower()
    before = when in ("前", "之前", "以前", "before", "by", "until", "till")
    key = next((k for word, k in HOLIDAY_KEYS if name.startswith(word)), None)
    cal = ctx.calendar
    key = key or _named_nearby(ctx)
    if key is None:
        day = cal.holiday_before(ctx.today) if before else cal.holiday_after(ctx.today)
    else:
        since = date(ctx.year, 1, 1) if ctx.year else ctx.today            # 2023年春节前: that year's
        blocks = [cal.named_holiday(one, since) for one in (key if isinstance(key, tuple) else (key,))]
        if before and not ctx.year:                     # 春节前 written during the break: next year's break
            blocks = [cal.named_holiday(one, b[1] + timedelta(days=1)) if b and b[0] <= ctx.today else b
                      for one, b in zip(key if isinstance(key, tuple) else (key,), blocks)]
        blocks = [block for block in blocks if block]
        day = None if not blocks else cal.previous_workday(min(blocks)[0]) if before else \
            cal.next_workday(max(blocks)[1])
    if day is not None and g.get("hwd") and not before:
        day = _day_of_week_after(day, g["hweek"], g["hwd"])
    elif day is not None and g.get("hfirst") and not before:     # 节后第一个周一: the first Monday once back at work
        day += timedelta(days=(_weekday(g["hfirst"]) - day.weekday()) % 7)
    elif day is not None and g.get("hnth") and not before:       # 节后第二个工作日: counted from the first one
        day = cal.add_workdays(day, (cn_number(g["hnth"]) or 1) - 1)
    return None if day is None else Part(day=day, estimated=cal.spans_unknown_year(ctx.today, day))


def _day_of_week_after(back: date, nth: str, weekday: str) -> date:
    """节后第一周的周四: that day of the n-th Mon-Sun week from the one the break ends in (`back`, the first working
    day); a day of that week still before `back` is the next week's."""
    wd = _weekday(weekday)
    weeks = "一二三".find(nth) if not nth.isdigit() else int(nth) - 1
    day = back - timedelta(days=back.weekday()) + timedelta(days=7 * weeks + wd)
    return day if day >= back else day + timedelta(days=7)


def _weekday(written: str) -> int:
    """0 for 一 or 1 (Monday) … 6 for 日, 天 or 7."""
    return 6 if written in "日天7" else "一二三四五六".find(written) if not written.isdigit() else int(written) - 1


def read_reopen(g: dict, ctx: Ctx) -> Part | None:
    """开工第一天, 复工首日: the first working day after the coming break, as 节后第一个工作日."""
    return read_holiday({"name": "节", "when": "后"}, ctx)


def read_next_workday(g: dict, ctx: Ctx) -> Part:
    day = ctx.calendar.next_workday(ctx.today)
    return Part(day=day, estimated=ctx.calendar.spans_unknown_year(ctx.today, day))
