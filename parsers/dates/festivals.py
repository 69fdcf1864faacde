"""Days that are named, not numbered: festivals on a fixed day (圣诞节, 教师节), on the n-th weekday of a month
(母亲节, 感恩节), counted from Easter (复活节, 耶稣受难日: `churchdays`), and on a lunar day (元宵, 七夕, 腊八, 除夕, 正月十五, 农历八月十五, 腊月初十).

A festival that is no day off is due on the day itself (圣诞节前 = by 12-25, like 10月12日前); the statutory
holidays with days off (国庆, 春节 …) are read by `rules._holiday` against the working-day calendar instead.
Lunar days go through lunar-python (imported on first use): it converts any lunar year, leap months included,
where our own table only knows each year's 正月初一.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from parsers.dates.churchdays import NAMES as CHURCH_DAYS, church_day, is_church_day
from parsers.dates.policy import Ctx, Part, PAST_KEEP_DAYS, dated

SOLAR = {"情人节": (2, 14), "妇女节": (3, 8), "三八节": (3, 8), "植树节": (3, 12), "愚人节": (4, 1),
         "青年节": (5, 4), "儿童节": (6, 1), "六一": (6, 1), "建党节": (7, 1), "建军节": (8, 1),
         "教师节": (9, 10), "万圣节": (10, 31), "光棍节": (11, 11), "平安夜": (12, 24), "圣诞节": (12, 25),
         "圣诞": (12, 25), "八一建军节": (8, 1), "圣瓦伦丁节": (2, 14), "女生节": (3, 7), "消费者权益日": (3, 15),
         "国际消费者权益日": (3, 15), "三一五": (3, 15), "国际妇女节": (3, 8), "国际儿童节": (6, 1), "澳门回归纪念日": (12, 20),
         "香港回归纪念日": (7, 1)}
NTH_WEEKDAY = {"母亲节": (5, 2, 6), "父亲节": (6, 3, 6), "感恩节": (11, 4, 3)}      # month, n-th, weekday
LUNAR = {"元宵节": (1, 15), "元宵": (1, 15), "七夕节": (7, 7), "七夕": (7, 7), "中元节": (7, 15),
         "重阳节": (9, 9), "重阳": (9, 9), "腊八节": (12, 8), "腊八": (12, 8), "小年": (12, 23)}
NEW_YEARS_EVE = ("除夕", "大年三十", "年三十")
LUNAR_NEW_YEARS_DAY = ("正月朔日", "正月正时")                  # old names of 正月初一: the day itself, as 大年初一
SOLAR_TERMS = ("立春", "雨水", "惊蛰", "春分", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑",
               "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒")   # 清明 is a holiday
SOLAR_TERM_NAMES = "|".join(SOLAR_TERMS)
ENGLISH = {"christmas eve": "平安夜", "christmas": "圣诞节", "xmas": "圣诞节", "valentine": "情人节", "halloween": "万圣节",
           "thanksgiving": "感恩节", "mother": "母亲节", "father": "父亲节", "children": "儿童节"}
FESTIVALS_EN = r"christmas\s+eve|christmas(?:\s+day)?|xmas|valentine'?s\s+day|halloween|thanksgiving(?:\s+day)?|" \
               r"mother'?s\s+day|father'?s\s+day|children'?s\s+day"
LUNAR_YEARS = 10
FESTIVAL_NAMES = "|".join(sorted([*SOLAR, *NTH_WEEKDAY, *LUNAR, *NEW_YEARS_EVE, *LUNAR_NEW_YEARS_DAY, *CHURCH_DAYS], key=len, reverse=True))
LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
LUNAR_DAY = {"初": 0, "十": 10, "廿": 20, "二十": 20, "三十": 30}


def read_festival(g: dict, ctx: Ctx) -> Part | None:
    """圣诞节, 母亲节, 元宵节, 除夕: the day, in the year written before it or the next one to come. 除夕前 when 除夕 is
    a statutory day off (since 2025 the break starts on it): the last working day before the break, as 春节前. Other
    festivals keep their day (儿童节前 is by 06-01, even when 06-01 falls in the Dragon Boat break)."""
    name = g["fest"].lower()
    name = next((cn for en, cn in ENGLISH.items() if name.startswith(en)), g["fest"])    # 'before Christmas'
    part = _festival_day(name, ctx)
    off = g.get("when") and name in NEW_YEARS_EVE and part.day
    block = ctx.calendar.holiday_block(part.day) if off else None
    return replace(part, day=ctx.calendar.previous_workday(block[0])) if block else part


def _festival_day(name: str, ctx: Ctx) -> Part:
    if name in SOLAR:
        return dated(ctx, *SOLAR[name])
    if name in NTH_WEEKDAY:
        month, nth, weekday = NTH_WEEKDAY[name]
        return Part(day=_upcoming(ctx, lambda year: _nth_weekday(year, month, nth, weekday)))
    if name in NEW_YEARS_EVE:
        return Part(day=_upcoming(ctx, lambda year: _lunar(year, 1, 1) - timedelta(days=1), lunar=True))
    if name in LUNAR_NEW_YEARS_DAY:
        return Part(day=_upcoming(ctx, lambda year: _lunar(year, 1, 1), lunar=True))
    if name in SOLAR_TERMS:
        return Part(day=_upcoming(ctx, lambda year: _solar_term(year, name)))
    if is_church_day(name):
        return Part(day=_upcoming(ctx, lambda year: church_day(name, year)))
    return Part(day=_upcoming(ctx, lambda year: _lunar(year, *LUNAR[name]), lunar=True))


def read_lunar_date(g: dict, ctx: Ctx) -> Part | None:
    """正月十五, 腊月初十, 农历八月十五, 大年初三: a lunar month and day; no such day -> the no-such-day problem."""
    if g.get("big"):
        month, written = 1, g["big"]
    else:
        written_month = g.get("lm") or g.get("lm2") or g["lm3"]
        month, written = LUNAR_MONTHS.get(written_month) or _chinese(written_month), g.get("ld") or g.get("ld2") or g["ld3"]
    day = lunar_day(written)
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError((month, day))
    if ctx.year is not None and abs(ctx.year - ctx.today.year) > LUNAR_YEARS:
        raise ValueError(ctx.year)                              # no date at all, not a day that does not exist
    try:
        return Part(day=_upcoming(ctx, lambda year: _lunar(year, month, day), lunar=True), explicit=True)
    except ValueError:
        return Part(no_such_day=True, explicit=True)        # 腊月三十 in a year whose 腊月 has 29 days


def read_shopping(g: dict, ctx: Ctx) -> Part:
    """双十一 / 双12: the shopping festivals on 11-11 and 12-12."""
    month = _chinese(g["m"])
    return dated(ctx, month, month)


def lunar_day(text: str) -> int:
    """'初八' 8, '十五' 15, '廿三' 23, '二十' 20, '三十' 30, '初十' 10, '15' 15."""
    if text.isdigit():
        return int(text)
    if text.startswith("初"):
        return 10 if text == "初十" else _chinese(text[1:])
    head = next((k for k in ("二十", "三十", "廿", "十") if text.startswith(k)), None)
    if head is None:
        raise ValueError(text)
    rest = text[len(head):]
    return LUNAR_DAY[head] + (_chinese(rest) if rest else 0)


def _chinese(text: str) -> int:
    digits = "一二三四五六七八九"
    if text in ("十", "十一", "十二"):
        return 10 + (digits.index(text[1]) + 1 if len(text) == 2 else 0)
    if len(text) == 1 and text in digits:
        return digits.index(text) + 1
    if text.isdigit():
        return int(text)
    raise ValueError(text)


def _upcoming(ctx: Ctx, day_in, lunar: bool = False) -> date:
    """The day in the year written before it, else this (lunar) year's unless that is more than 90 days past.
    A lunar day is looked for within LUNAR_YEARS of now: no deadline is further, and each year costs a table."""
    if ctx.year is not None:
        if lunar and not -LUNAR_YEARS <= ctx.year - ctx.today.year <= LUNAR_YEARS:
            raise ValueError(ctx.year)
        return day_in(ctx.year)
    first = ctx.today.year - 1 if lunar else ctx.today.year       # 腊月 of lunar year N falls in January N+1
    for year in range(first, ctx.today.year + 2):
        day = day_in(year)
        if (ctx.today - day).days <= PAST_KEEP_DAYS:
            return day
    raise ValueError("no such day ahead")


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)


def _lunar(year: int, month: int, day: int) -> date:
    """The solar date of a lunar day; ValueError when that lunar month is shorter."""
    first, count = _lunar_months(year).get(month, (None, 0))
    if first is None or not 1 <= day <= count:
        raise ValueError((year, month, day))
    return first + timedelta(days=day - 1)


def _solar_term(year: int, name: str) -> date:
    """The day of a solar term (芒种, 冬至) in a solar year, from lunar-python's table of the lunar year of that
    number (its 冬至 is the year before's: take the next lunar year's)."""
    from lunar_python import Lunar
    solar = Lunar.fromYmd(year + (name == "冬至"), 1, 1).getJieQiTable()[name]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=32)
def _lunar_months(year: int) -> dict[int, tuple[date, int]]:
    """Each (non-leap) month of a lunar year: its first solar day and its length, from lunar-python (~5 ms a year,
    imported on first use). A line of 200 lunar dates costs one table a year, not one conversion each."""
    from lunar_python import LunarYear, Solar
    months = {}
    for month in LunarYear.fromYear(year).getMonths():
        if month.getYear() == year and month.getMonth() > 0:
            solar = Solar.fromJulianDay(month.getFirstJulianDay())
            months[month.getMonth()] = (date(solar.getYear(), solar.getMonth(), solar.getDay()), month.getDayCount())
    return months
