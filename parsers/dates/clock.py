"""Times of day in a due phrase: 17:00, 下午3点, 3点1刻, 夜里12点, 3pm, 3:15p, noon, and the policy words
(上午 -> 12:00, 下班/傍晚/EOD -> 18:00). Each reader turns one token's groups into a Part holding a time."""
from __future__ import annotations

from datetime import time

from parsers.dates.policy import Ctx, Part
from parsers.dates.tokens import cn_number

NOON, END_OF_DAY, LAST_MINUTE = time(12, 0), time(18, 0), time(23, 59)
CANTONESE_WORDS = ("晏昼", "下昼", "朝早")                # zh-HK parts of day: the clock after them is Cantonese
CANTONESE_STEPS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一")   # 晏昼三点四 = :20; 3点4 stays
PM_WORDS = ("晏昼", "下昼", "下午", "午后", "傍晚", "晚上", "夜里", "夜间", "晚")
NIGHT_WORDS = ("夜里", "夜间", "半夜", "深夜", "午夜", "晚上", "晚")      # 夜里12点: the end of the day


def _num(s: str | None) -> int:
    value = cn_number(s or "")
    if value is None:
        raise ValueError(s)
    return value


def read_clock(g: dict, ctx: Ctx) -> Part:
    """下午3点, 15:30, 3点半, 3点1刻, 十点二十, 夜里12点: the part of day word and the clock combined."""
    hour = _num(g.get("h") or g["h2"])
    per = g.get("per") or ""
    minute = _minute(g, per)
    if per in NIGHT_WORDS and (hour, minute) == (12, 0):
        return Part(time=LAST_MINUTE)
    if per in PM_WORDS and hour < 12 or per == "中午" and hour < 4:
        hour += 12
    hint = "" if per else "colon" if g.get("mi") else "bare"
    return at(hour, minute, hint)


def _minute(g: dict, per: str) -> int:
    """半 30, 1刻 15, Cantonese 字 of five minutes (三点踏三, 三点三个字, 晏昼三点三 = :15), else the minutes written."""
    quarter = g.get("quarter") or g.get("quarter2")
    if g.get("half") or g.get("half2") or quarter:
        return 30 if not quarter else 15 * _num(quarter)
    steps = g.get("step") or g.get("zi")
    if steps or g.get("mi2") in CANTONESE_STEPS and per in CANTONESE_WORDS and not g.get("fen"):
        return 5 * _num(steps or g["mi2"])
    return _num(g.get("mi") or g.get("mi2") or g.get("mi3") or "0")


def read_clock_en(g: dict, ctx: Ctx) -> Part | None:
    """3pm, 10:30 a.m., 3:15p, noon, midnight, 10.00 Bangkok time."""
    word = (g.get("word") or "").lower()
    if word:
        return Part(time=LAST_MINUTE if word == "midnight" else NOON)
    if g.get("h4"):
        return at(int(g["h4"]), int(g["mi4"]), "colon")      # '10.00 Bangkok time': a 24-hour clock with a dot
    hour = int(g.get("h") or g["h3"])
    minute = int(g.get("mi") or g.get("mi3") or 0)
    pm = (g.get("ap") or g["ap3"]).lower().startswith("p")
    if hour > 12:
        return None
    return at(hour % 12 + 12 * pm, minute, "")


def at(hour: int, minute: int, hint: str) -> Part:
    """24:00 is the last minute of the day; a bad hour raises ValueError, which `interpret` turns into None."""
    return Part(time=LAST_MINUTE if (hour, minute) == (24, 0) else time(hour, minute), hint=hint)


def read_policy_time(g: dict, ctx: Ctx) -> Part:
    """A part of the day without a clock: 上午/中午/morning -> 12:00, 下午/下班/傍晚/EOD/afternoon -> 18:00, 晚上/evening
    only a hint. The end of the working day (下班, 收工, EOD, COB) is hinted "eod": no time the writer chose."""
    word = g["_all"].lower()
    if word in ("晚上", "evening"):
        return Part(hint="pm")
    noon = word in ("上午", "午前", "早上", "一早", "中午", "午饭", "morning")     # 午前: Japanese 'before noon'
    day_end = word in ("下班", "收工") or word.isascii() and word not in ("afternoon", "morning")
    return Part(time=NOON if noon else END_OF_DAY, policy_time=True, hint="eod" if day_end else "")
