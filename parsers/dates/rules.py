"""Step 2 of reading a due phrase: what one token means, given the send time and the working-day calendar.

One reader per token rule (named in RULES); each reads the token's parts (year, month, day, weekday, holiday,
count) and leaves the combining to `due`. The policy and the calendar arithmetic are in `policy`, times of day
in `clock`.
"""
from __future__ import annotations

from datetime import date, time, timedelta
from dataclasses import replace

from parsers.dates.clock import read_clock, read_clock_en, read_policy_time
from parsers.dates.festivals import read_festival, read_lunar_date, read_shopping
from parsers.dates.holidays import read_holiday, read_next_workday, read_reopen
from parsers.dates.ordinal_workdays import read_ordinal_workday
from parsers.dates.numeric import either_order, read_dashed, read_iso_week, read_month_day
from parsers.dates.policy import Ctx, Part, dated, month_end, on_or_after, shift_month, week_day, year_of
from parsers.dates.tokens import Token, cn_number
from parsers.dates.zones import read_zone

WEEKDAY_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}
MONTH_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_EN = ("mo", "tu", "we", "th", "fr", "sa", "su")
EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty-four": 24}
MONTH_OFFSET = {None: 0, "": 0, "本": 0, "同": 0, "这": 0, "这个": 0, "今": 0, "当": 0, "下": 1, "下个": 1, "次": 1,
                "下下": 2, "下下个": 2, "上": -1, "上个": -1, "本个": 0, "今个": 0, "当个": 0, "同个": 0}     # 今个月, 今個月尾: Cantonese for 本月
YEAR_OFFSET = {"今": 0, "本": 0, "明": 1, "后": 2, "去": -1}
VAGUE_PART_DAY = {"上旬": 10, "中": 15, "中旬": 20, "下旬": 31}
MIN_YEAR, MAX_YEAR = 1970, 2200                     # a written year outside is no deadline's
EARLY_MONTH_DAY = 5                                 # 月初, 下月初: a period end, the 5th by policy


def interpret(tok: Token, ctx: Ctx) -> Part | None:
    """The meaning of one token, or None when its numbers are no date at all (13月, 25点); a month-day that
    does not exist in its year (2月30日) is a Part with `no_such_day`."""
    groups = tok.m.groupdict() | {"_all": tok.m.group(0)}
    try:
        return RULES[tok.rule](groups, ctx)
    except (ValueError, OverflowError, TypeError):
        return None


def meanings(text: str, tokens: list[Token], ctx: Ctx) -> list[tuple[Token, Part]]:
    """Each token's meaning; a year token (2025年, 明年) is read into the day token right after it, which then
    starts where the year does; a year with no day after it says nothing."""
    out: list[tuple[Token, Part]] = []
    year: tuple[Token, int] | None = None
    for tok in tokens:
        if tok.kind == "noise":
            year = None
            continue
        if year and tok.kind == "day" and not text[year[0].end:tok.start].strip(" 的"):
            part = interpret(tok, replace(ctx, year=year[1])) if year[1] else None
            tok = replace(tok, start=year[0].start)
        else:
            part = interpret(tok, ctx)
        year = None
        if tok.kind == "year":
            year = (tok, part.year if part else 0)         # 0: a year no deadline has (9999年): nor the day after it
        elif part is not None:
            out.append((tok, part))
    return out


def _num(s: str | None) -> int:
    value = cn_number(s or "")
    if value is None:
        raise ValueError(s)
    return value


def _year(raw: str | None) -> int:
    """'2025', '25', '二〇二五', '二五' -> 2025; a two-digit year from 70 on is last century's ('98年')."""
    year = _num(raw)
    if year >= 100 or len(raw or "") == 4:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(year)                       # 0000年, 9999年: no deadline
        return year
    return year + (1900 if year >= 70 else 2000)


def _read_year(g: dict, ctx: Ctx) -> Part:
    """2025年, 25年, 明年: only the year, for the token after it."""
    rel = g.get("rel")
    return Part(year=ctx.today.year + YEAR_OFFSET[rel] if rel else _year(g["y"]))


def _ymd(g: dict, ctx: Ctx) -> Part:
    return dated(replace(ctx, year=_year(g["y"])), _num(g["m"]), _num(g["d"]))


def _mdy(g: dict, ctx: Ctx) -> Part:
    """12/15/2024 (US) or 15/12/2024: month first unless the first number cannot be a month; with dots
    (01.07.2026) the day comes first, as nobody writes a month first between dots."""
    ctx = replace(ctx, year=_year(g["y"]))
    if g.get("s") == "." and int(g["b"]) <= 12:
        return dated(ctx, int(g["b"]), int(g["a"]))
    return either_order(ctx, int(g["a"]), int(g["b"]))


def _dm_dot(g: dict, ctx: Ctx) -> Part:
    """'05.03.': the 5th of March."""
    return dated(ctx, int(g["m"]), int(g["d"]))


def _md(g: dict, ctx: Ctx) -> Part:
    return dated(ctx, _num(g["m"]), _num(g["d"]))


def _month(g: dict, ctx: Ctx) -> tuple[int, int]:
    """(year, month) of a month written as a number (10月) or relative to now (本月, 下个月)."""
    if g.get("m"):
        month = _num(g["m"])
        return year_of(ctx, month, 31), month
    return shift_month(ctx.today, MONTH_OFFSET[g.get("rel")])


def _month_part(g: dict, ctx: Ctx) -> Part:
    part = g["part"]
    year, month = _month(g, ctx)
    if part in ("底", "末", "内", "尾"):
        return Part(day=month_end(year, month))
    if part in ("初", "头"):
        return Part(day=date(year, month, EARLY_MONTH_DAY))
    guess = min(VAGUE_PART_DAY[part], month_end(year, month).day)
    return Part(vague=True, approx=date(year, month, guess))


def _month_start_en(g: dict, ctx: Ctx) -> Part:
    """early April: as 4月初, the start of a month is a period end (SPEC 5 lists 下月初), the 5th by policy."""
    return _month_part({"m": str(MONTH_EN.index(g["mon"].lower()[:3]) + 1), "part": "初"}, ctx)


def _nth_weekday(g: dict, ctx: Ctx) -> Part:
    """十月第一个星期一, 下个月最后一个周五: counted in that month."""
    year, month = _month(g, ctx)
    weekday = _weekday_number(g["wd"])
    if g.get("last"):
        end = month_end(year, month)
        return Part(day=end - timedelta(days=(end.weekday() - weekday) % 7))
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=_num(g["n"]) - 1)
    if day.month != month:
        raise ValueError("no fifth such weekday")
    return Part(day=day)


def _day_only(g: dict, ctx: Ctx) -> Part:
    """12号: this month's if not yet past, else next month's; 30号 written in February: the next month that has it.
    本月31日 in a 30-day month is the no-such-day problem."""
    day = _num(g["d"])
    if not 1 <= day <= 31:
        raise ValueError(day)
    if g.get("rel") is not None:
        year, month = shift_month(ctx.today, MONTH_OFFSET[g["rel"]])
        return Part(day=date(year, month, day)) if day <= month_end(year, month).day else Part(no_such_day=True)
    ahead = 0 if day >= ctx.today.day else 1
    year, month = shift_month(ctx.today, ahead)
    while day > month_end(year, month).day:
        ahead += 1
        year, month = shift_month(ctx.today, ahead)
    return Part(day=date(year, month, day))


def _weekday_number(wd: str) -> int:
    return int(wd) - 1 if wd.isdigit() else WEEKDAY_CN[wd]


def _weekday(g: dict, ctx: Ctx) -> Part:
    weekday = _weekday_number(g["wd"])
    return Part(day=_pick_week(ctx.today, weekday, g.get("rel") or ""), weekday=weekday)


def _weekday_en(g: dict, ctx: Ctx) -> Part:
    weekday = WEEKDAY_EN.index(g["wd"].lower()[:2])
    rel = {"next": "下", "this": "本"}.get((g.get("rel") or g.get("week") or "").lower(), "")
    return Part(day=_pick_week(ctx.today, weekday, rel), weekday=weekday)


def _pick_week(today: date, weekday: int, rel: str) -> date:
    """下周X: next Mon–Sun week; 上周X: last week; 本周X and a bare weekday: on or after today."""
    weeks = {"下": 1, "下下": 2, "上": -1, "上上": -2}.get(rel)
    return week_day(today, weekday, weeks) if weeks is not None else on_or_after(today, weekday)


def _week_end(g: dict, ctx: Ctx) -> Part:
    return Part(day=week_day(ctx.today, 6, 1 if g.get("rel") == "下" else 0))


def _relative(g: dict, ctx: Ctx) -> Part:
    word = " ".join(g["_all"].lower().split())
    offset = 4 if word.startswith("大大后") else 3 if word.startswith("大后") else \
        2 if word.startswith(("后", "the day after")) else \
        1 if word.startswith(("明", "次", "翌", "听", "tomorrow", "tomorow", "tmr", "tmw", "2mo")) else \
        -1 if word.startswith("昨") else -2 if word.startswith("前") else -3 if word.startswith("大前") else 0
    hint = "pm" if word.endswith(("晚", "夜", "黑", "night")) else "am" if word.endswith(("早", "晨", "朝")) else ""
    return Part(day=ctx.today + timedelta(days=offset), hint=hint)


def _nth_day(g: dict, ctx: Ctx) -> Part:
    """第二天 (the next day), 第三天: counted from the send day as the first; after a year (2025年第一天) from its 1 January."""
    n = _num(g["n"])
    if not 1 <= n <= 31:
        raise ValueError(n)
    return Part(day=(date(ctx.year, 1, 1) if ctx.year else ctx.today) + timedelta(days=n - 1), explicit=bool(ctx.year))


def _quarter(g: dict, ctx: Ctx) -> Part:
    q = g.get("q") or g.get("q2") or g.get("q3")
    if g.get("y") or (q and ctx.year):
        return Part(day=month_end(int(g.get("y") or ctx.year), _num(q) * 3))
    if q:
        return Part(day=month_end(year_of(ctx, _num(q) * 3, 31), _num(q) * 3))
    current = (ctx.today.month - 1) // 3 + MONTH_OFFSET.get(g.get("rel"), 0)
    year, month = shift_month(date(ctx.today.year, 1, 1), current * 3 + 2)
    return Part(day=month_end(year, month))


def _year_end(g: dict, ctx: Ctx) -> Part:
    """年底, 明年底, 2025年底, 25年内: the last day of that year; 上半年 / H1 June 30th; 年初 vague (January)."""
    g = g | {"y": g.get("y") or g.get("y2")}                  # H1 2027: the year written after the half
    year = _year(g["y"]) if g.get("y") else ctx.year or ctx.today.year + YEAR_OFFSET.get(g.get("rel") or "", 0)
    if g.get("start"):
        return Part(vague=True, approx=date(year, 1, 31))
    first_half = g.get("half") == "上" or g.get("h") == "1"
    return Part(day=date(year, 6, 30) if first_half else date(year, 12, 31), explicit=bool(g.get("y")))


def _month_alone(g: dict, ctx: Ctx) -> Part:
    """2026年3月, 27年1月, 明年3月: a month with its year written is due at the month's end, as 3月底; a month
    without a year (3月启动) says no deadline."""
    if ctx.year is None:
        raise ValueError("a month alone")
    return Part(day=month_end(ctx.year, _num(g["m"])))


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
    if unit.startswith(("工作日", "工作天", "営業日", "営业日", "营业日", "business", "working", "work")):   # 3営業日内 (Japanese)
        if amount != int(amount) or amount < 1:
            return None
        day = ctx.calendar.add_workdays(ctx.today, int(amount))
        return Part(day=day, estimated=ctx.calendar.spans_unknown_year(ctx.today, day))
    if unit.startswith(("小时", "钟头", "hour", "hr", "分钟", "minute", "min", "刻钟")) or unit == "h":
        minutes = amount * (1 if unit.startswith(("分", "min")) else 15 if unit == "刻钟" else 60)
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
    month, day, year = MONTH_EN.index(g["mon"].lower()[:3]) + 1, int(g["d"]), int(g.get("y") or 0) or 2000 + int(g.get("yy") or -2000)
    return dated(replace(ctx, year=year) if year else ctx, month, day)


def _period_en(g: dict, ctx: Ctx) -> Part:
    unit = (g.get("unit") or {"eom": "month", "eow": "week", "eoq": "quarter", "eoy": "year"}[g["abbr"].lower()])
    unit, nxt = unit.lower(), (g.get("rel") or "").lower() == "next"
    if unit == "week":          # 'within this week', 'this week': its Sunday, as 本周内; 'end of (next) week', 'EOW': its Friday
        return Part(day=week_day(ctx.today, 6, int(nxt)) if g.get("within") is not None else
                    week_day(ctx.today, 4, 1 if nxt else int(ctx.today.weekday() > 4)))   # next: next Mon–Sun
    if unit == "year":
        return Part(day=date(ctx.today.year + nxt, 12, 31))
    if unit == "quarter" or unit[1:].isdigit():
        return _quarter({"q3": unit[1:] if unit[1:].isdigit() else None, "rel": "下" if nxt else None}, ctx)
    if unit == "month":
        return Part(day=month_end(*shift_month(ctx.today, int(nxt))))
    month = MONTH_EN.index(unit[:3]) + 1
    return Part(day=month_end(year_of(ctx, month, 31), month))


RULES = {
    "ymd": _ymd, "mdy": _mdy, "dm_dot": _dm_dot, "md": _md, "md_num": read_month_day, "dashed": read_dashed, "month_part": _month_part, "day_only": _day_only, "weekday": _weekday,
    "weekday_en": _weekday_en, "week_end": _week_end, "quarter": _quarter, "year_end": _year_end,
    "holiday": read_holiday, "holiday_en": read_holiday, "reopen": read_reopen, "month_alone": _month_alone,
    "next_workday": read_next_workday, "ordinal_workday": read_ordinal_workday, "shopping": read_shopping,
    "span": _span, "span_en": _span, "year": _read_year, "nth_weekday": _nth_weekday,
    "festival": read_festival, "lunar": read_lunar_date, "nth_day": _nth_day,
    "en_md": _en_date, "en_dm": _en_date, "month_start_en": _month_start_en, "period_en": _period_en, "iso_week": read_iso_week, "clock": read_clock, "clock_en": read_clock_en,
    "relative": _relative, "relative_en": _relative, "policy_time": read_policy_time,
    "vague": lambda g, ctx: Part(vague=True), "zone": read_zone,
}
