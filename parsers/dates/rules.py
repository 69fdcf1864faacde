"""Step 2 of reading a due phrase: what one token means, given the send time and the working-day calendar.

The deadline policy lives here (research/dates-eval.md section 1, corpus README where they differ):
a month-day without a year is this year's unless that is more than 90 days past; a bare weekday is the
nearest one on or after the send date, 本周X too (past -> next week's), 下周X is in the next Mon–Sun week;
上午/中午 -> 12:00 and 下午/下班/EOD -> 18:00 as policy times; 中旬/月初 are vague with a guess.
"""
from __future__ import annotations

import calendar as _months
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from parsers.dates.tokens import Token, cn_number
from parsers.dates.workdays import WorkdayCalendar

PAST_KEEP_DAYS = 90
WEEKDAY_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}
MONTH_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_EN = ("mo", "tu", "we", "th", "fr", "sa", "su")    # then one function per token rule, named in RULES
EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty-four": 24}
MONTH_OFFSET = {None: 0, "": 0, "本": 0, "这": 0, "这个": 0, "今": 0, "当": 0, "下": 1, "下个": 1, "次": 1,
                "下下": 2, "下下个": 2, "上": -1, "上个": -1}
VAGUE_PART_DAY = {"初": 5, "上旬": 10, "中": 15, "中旬": 20, "下旬": 31}
HOLIDAY_KEYS = (("国庆", "national"), ("十一", "national"), ("national", "national"), ("golden", "national"),
                ("春节", "spring"), ("过年", "spring"), ("年", "spring"), ("chinese", "spring"), ("cny", "spring"),
                ("spring", "spring"), ("元旦", "new_year"), ("new year", "new_year"), ("五一", "labour"),
                ("劳动", "labour"), ("清明", "qingming"), ("端午", "dragon_boat"), ("中秋", "mid_autumn"))
NOON, END_OF_DAY = time(12, 0), time(18, 0)


@dataclass(frozen=True)
class Ctx:
    sent: datetime
    calendar: WorkdayCalendar

    @property
    def today(self) -> date:
        return self.sent.date()


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


def interpret(tok: Token, ctx: Ctx) -> Part | None:
    """The meaning of one token, or None when its numbers are no real date (13月, 2月30日)."""
    groups = tok.m.groupdict() | {"_all": tok.m.group(0)}
    try:
        return RULES[tok.rule](groups, ctx)
    except (ValueError, OverflowError, TypeError):
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, _months.monthrange(year, month)[1])


def shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def infer_year(today: date, month: int, day: int) -> date:
    """This year's date, unless it lies more than 90 days back: then next year's (1月10日 written in December)."""
    candidate = date(today.year, month, min(day, _months.monthrange(today.year, month)[1]))
    if (today - candidate).days > PAST_KEEP_DAYS:
        return date(today.year + 1, month, min(day, _months.monthrange(today.year + 1, month)[1]))
    return candidate


def week_day(today: date, weekday: int, weeks_ahead: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead, days=weekday)


def on_or_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _num(s: str | None) -> int:
    value = cn_number(s or "")
    if value is None:
        raise ValueError(s)
    return value


def _ymd(g: dict, ctx: Ctx) -> Part:
    return Part(day=date(_num(g["y"]), _num(g["m"]), _num(g["d"])), explicit=True)


def _mdy(g: dict, ctx: Ctx) -> Part:
    """12/15/2024 (US) or 15/12/2024: month first unless the first number cannot be a month."""
    a, b = int(g["a"]), int(g["b"])
    month, day = (a, b) if a <= 12 else (b, a)
    return Part(day=date(int(g["y"]), month, day), explicit=True)


def _md(g: dict, ctx: Ctx) -> Part:
    month, day = _num(g["m"]), _num(g["d"])
    date(2024, month, day)                               # validates (a leap year accepts 2月29日)
    return Part(day=infer_year(ctx.today, month, day), explicit=True)


def _month_part(g: dict, ctx: Ctx) -> Part:
    part = g["part"]
    if g.get("m"):
        month = _num(g["m"])
        year = infer_year(ctx.today, month, 31).year
    else:
        year, month = shift_month(ctx.today, MONTH_OFFSET[g["rel"]])
    if part in ("底", "末", "内"):
        return Part(day=month_end(year, month))
    guess = min(VAGUE_PART_DAY[part], month_end(year, month).day)
    return Part(vague=True, approx=date(year, month, guess))


def _day_only(g: dict, ctx: Ctx) -> Part:
    day = _num(g["d"])
    if g.get("rel") is not None:
        year, month = shift_month(ctx.today, MONTH_OFFSET[g["rel"]])
    else:
        year, month = shift_month(ctx.today, 0 if day >= ctx.today.day else 1)
    return Part(day=date(year, month, day))


def _weekday(g: dict, ctx: Ctx) -> Part:
    wd = g["wd"]
    weekday = int(wd) - 1 if wd.isdigit() else WEEKDAY_CN[wd]
    return Part(day=_pick_week(ctx.today, weekday, g.get("rel") or ""))


def _weekday_en(g: dict, ctx: Ctx) -> Part:
    weekday = WEEKDAY_EN.index(g["wd"].lower()[:2])
    rel = {"next": "下", "this": "本"}.get((g.get("rel") or "").lower(), "")
    return Part(day=_pick_week(ctx.today, weekday, rel))


def _pick_week(today: date, weekday: int, rel: str) -> date:
    """下周X: next Mon–Sun week; 上周X: last week; 本周X and a bare weekday: on or after today."""
    weeks = {"下": 1, "下下": 2, "上": -1}.get(rel)
    return week_day(today, weekday, weeks) if weeks is not None else on_or_after(today, weekday)


def _week_end(g: dict, ctx: Ctx) -> Part:
    return Part(day=week_day(ctx.today, 6, 1 if g.get("rel") == "下" else 0))


def _relative(g: dict, ctx: Ctx) -> Part:
    word = " ".join(g["_all"].lower().split())
    offset = 3 if word.startswith("大后") else 2 if word.startswith(("后", "the day after")) else \
        1 if word.startswith(("明", "次", "翌", "tomorrow", "tmr")) else 0
    hint = "pm" if word.endswith(("晚", "night")) else "am" if word.endswith("早") else ""
    return Part(day=ctx.today + timedelta(days=offset), hint=hint)


def _quarter(g: dict, ctx: Ctx) -> Part:
    q = g.get("q") or g.get("q2") or g.get("q3")
    if g.get("y"):
        return Part(day=month_end(int(g["y"]), _num(q) * 3))
    if q:
        return Part(day=infer_year(ctx.today, _num(q) * 3, 31))
    current = (ctx.today.month - 1) // 3 + MONTH_OFFSET.get(g.get("rel"), 0)
    year, month = shift_month(date(ctx.today.year, 1, 1), current * 3 + 2)
    return Part(day=month_end(year, month))


def _year_end(g: dict, ctx: Ctx) -> Part:
    return Part(day=date(ctx.today.year + {"明": 1, "去": -1}.get(g.get("rel") or "", 0), 12, 31))


def _holiday(g: dict, ctx: Ctx) -> Part | None:
    name, before = g["name"].lower(), g["when"].lower() in ("前", "之前", "以前", "before")
    key = next((k for word, k in HOLIDAY_KEYS if name.startswith(word)), None)
    cal = ctx.calendar
    if key is None:
        day = cal.holiday_before(ctx.today) if before else cal.holiday_after(ctx.today)
    else:
        block = cal.named_holiday(key, ctx.today)
        day = None if block is None else cal.previous_workday(block[0]) if before else cal.next_workday(block[1])
    return None if day is None else Part(day=day, estimated=cal.spans_unknown_year(ctx.today, day))


def _shopping(g: dict, ctx: Ctx) -> Part:
    """双十一 / 双12: the shopping festivals on 11-11 and 12-12."""
    month = _num(g["m"])
    return Part(day=infer_year(ctx.today, month, month))


def _next_workday(g: dict, ctx: Ctx) -> Part:
    day = ctx.calendar.next_workday(ctx.today)
    return Part(day=day, estimated=ctx.calendar.spans_unknown_year(ctx.today, day))


def _span(g: dict, ctx: Ctx) -> Part | None:
    raw, unit = g["n"].lower(), g["unit"].lower()
    if raw == "几":
        return Part(vague=True)
    amount = 0.5 if raw in ("半", "half a", "half an") else EN_NUMBERS.get(raw) or _num(raw)
    amount += 0.5 if g.get("half") else 0
    if unit == "日" and (g.get("suf") or "内").endswith("后"):
        return None                                      # 12日后 = after the 12th, not a duration
    return _after(amount, unit, ctx)


def _after(amount: float, unit: str, ctx: Ctx) -> Part | None:
    """The deadline `amount` units after sending: calendar-aware for working days, exact for hours."""
    if unit.startswith(("工作日", "business", "working", "work")):
        if amount != int(amount) or amount < 1:
            return None
        day = ctx.calendar.add_workdays(ctx.today, int(amount))
        return Part(day=day, estimated=ctx.calendar.spans_unknown_year(ctx.today, day))
    if unit.startswith(("小时", "钟头", "hour", "hr", "分钟", "minute", "min")):
        minutes = amount * (1 if unit.startswith(("分", "min")) else 60)
        at = ctx.sent + timedelta(minutes=minutes)
        return Part(day=at.date(), time=time(at.hour, at.minute), instant=at)
    if unit.startswith(("月", "month")):
        if amount != int(amount):
            return Part(day=ctx.today + timedelta(days=15 * amount / 0.5))
        year, month = shift_month(ctx.today, int(amount))
        return Part(day=date(year, month, min(ctx.today.day, month_end(year, month).day)))
    per_unit = 7 if unit.startswith(("周", "星期", "礼拜", "week")) else 1
    return Part(day=ctx.today + timedelta(days=round(amount * per_unit)))


def _en_date(g: dict, ctx: Ctx) -> Part:
    month, day = MONTH_EN.index(g["mon"].lower()[:3]) + 1, int(g["d"])
    if g.get("y"):
        return Part(day=date(int(g["y"]), month, day), explicit=True)
    date(2024, month, day)
    return Part(day=infer_year(ctx.today, month, day), explicit=True)


def _period_en(g: dict, ctx: Ctx) -> Part:
    unit = (g.get("unit") or {"eom": "month", "eow": "week", "eoq": "quarter", "eoy": "year"}[g["abbr"].lower()])
    unit, nxt = unit.lower(), (g.get("rel") or "").lower() == "next"
    if unit == "week":
        return Part(day=week_day(ctx.today, 4, int(nxt) + (ctx.today.weekday() > 4)))
    if unit == "year":
        return Part(day=date(ctx.today.year + nxt, 12, 31))
    if unit == "quarter" or unit[1:].isdigit():
        return _quarter({"q3": unit[1:] if unit[1:].isdigit() else None, "rel": "下" if nxt else None}, ctx)
    if unit == "month":
        return Part(day=month_end(*shift_month(ctx.today, int(nxt))))
    month = MONTH_EN.index(unit[:3]) + 1
    return Part(day=infer_year(ctx.today, month, 31))


def _clock(g: dict, ctx: Ctx) -> Part:
    hour = _num(g.get("h") or g["h2"])
    minute = 30 if g.get("half") else _num(g.get("mi") or g.get("mi2") or g.get("mi3") or "0")
    per = g.get("per") or ""
    if per in ("下午", "傍晚", "晚上", "夜里", "晚") and hour < 12 or per == "中午" and hour < 4:
        hour += 12
    hint = "" if per else "colon" if g.get("mi") else "bare"
    return _at(hour, minute, hint)


def _clock_en(g: dict, ctx: Ctx) -> Part | None:
    word = (g.get("word") or "").lower()
    if word:
        return Part(time=time(23, 59) if word == "midnight" else NOON)
    hour, minute, pm = int(g["h"]), int(g.get("mi") or 0), g["ap"].lower().startswith("p")
    if hour > 12:
        return None
    return _at(hour % 12 + 12 * pm, minute, "")


def _at(hour: int, minute: int, hint: str) -> Part:
    """24:00 is the last minute of the day; a bad hour raises ValueError, which `interpret` turns into None."""
    return Part(time=time(23, 59) if (hour, minute) == (24, 0) else time(hour, minute), hint=hint)


def _policy_time(g: dict, ctx: Ctx) -> Part:
    word = g["_all"].lower()
    if word == "晚上":
        return Part(hint="pm")
    noon = word in ("上午", "早上", "中午", "午饭")
    return Part(time=NOON if noon else END_OF_DAY, policy_time=True)


RULES = {
    "ymd": _ymd, "mdy": _mdy, "md": _md, "month_part": _month_part, "day_only": _day_only, "weekday": _weekday,
    "weekday_en": _weekday_en, "week_end": _week_end, "quarter": _quarter, "year_end": _year_end,
    "holiday": _holiday, "holiday_en": _holiday, "next_workday": _next_workday, "shopping": _shopping,
    "span": _span, "span_en": _span,
    "en_md": _en_date, "en_dm": _en_date, "period_en": _period_en, "clock": _clock, "clock_en": _clock_en,
    "relative": _relative, "relative_en": _relative, "policy_time": _policy_time,
    "vague": lambda g, ctx: Part(vague=True),
}
