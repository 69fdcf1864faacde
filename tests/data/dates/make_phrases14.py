"""Writes phrases14.tsv: issue #13's phrases (English ordinal working days and day-of-month forms, Cantonese day
words, a tentative date in a bracketed aside, the day a change takes effect), each expected day computed here with
chinesecalendar and datetime alone, never with parsers/dates.  python make_phrases14.py [--check]"""
from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).with_name("phrases14.tsv")
HEADER = "phrase\tsend_time\texpected_date\texpected_time_or_blank\texpected_problem\tkind"
ONE = timedelta(days=1)


def workday(d: date) -> bool:
    return chinese_calendar.is_workday(d)


def nth_workday(first: date, last: date, n: int) -> date:
    """The n-th working day from `first` on (n = -1: the last one up to `last`)."""
    if n < 0:
        d = last
        while not workday(d):
            d -= ONE
        return d
    d, seen = first, 0
    while True:
        if workday(d):
            seen += 1
            if seen == n:
                return d
        d += ONE


def policy_year(sent: date, month: int, day: int) -> int:
    """SPEC's year of a month-day written without one: this year's, unless more than 90 days back."""
    return sent.year + 1 if (sent - date(sent.year, month, day)).days > 90 else sent.year


def month_last(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - ONE


def weekday_in_week(sent: date, weekday: int, weeks: int) -> date:
    """Weekday of the Mon-Sun week `weeks` after the send day's week."""
    return sent - timedelta(days=sent.weekday()) + timedelta(weeks=weeks, days=weekday)


def on_or_after(sent: date, weekday: int) -> date:
    return sent + timedelta(days=(weekday - sent.weekday()) % 7)


def rows() -> list[tuple[str, str, str, str, str, str]]:
    out = []

    def add(phrase, sent, day, at="", kind="", problem=""):
        out.append((phrase, sent.isoformat(timespec="minutes"), day.isoformat() if day else "NONE", at, problem, kind))

    # English: the n-th / last working day of a month, next month, the quarter
    for sent in (datetime.fromisoformat("2025-12-31T17:31+08:00"), datetime.fromisoformat("2025-11-20T10:00+08:00")):
        s = sent.date()
        jan = date(policy_year(s, 1, 31), 1, 1)
        add("on the first working day of January", sent, nth_workday(jan, month_last(jan.year, 1), 1), kind="en_workday")
        add("by the second business day of January", sent, nth_workday(jan, month_last(jan.year, 1), 2), kind="en_workday")
        nxt = date(s.year + s.month // 12, s.month % 12 + 1, 1)
        add("the first business day of next month", sent, nth_workday(nxt, month_last(nxt.year, nxt.month), 1),
            kind="en_workday")
        add("by the last working day of next month", sent, nth_workday(nxt, month_last(nxt.year, nxt.month), -1),
            kind="en_workday")
        this = date(s.year, s.month, 1)
        add("the last working day of the month", sent, nth_workday(this, month_last(s.year, s.month), -1),
            kind="en_workday")
        q_end = month_last(s.year, (s.month - 1) // 3 * 3 + 3)
        add("by the last business day of the quarter", sent, nth_workday(this, q_end, -1), kind="en_workday")
        oct1 = date(policy_year(s, 10, 31), 10, 1)
        add("the first working day of October", sent, nth_workday(oct1, month_last(oct1.year, 10), 1),
            kind="en_workday")
        add("the third working day of October", sent, nth_workday(oct1, month_last(oct1.year, 10), 3),
            kind="en_workday")
    # Chinese: the same parts
    for sent in (datetime.fromisoformat("2025-12-31T17:31+08:00"), datetime.fromisoformat("2025-11-20T10:00+08:00")):
        s = sent.date()
        nxt = date(s.year + s.month // 12, s.month % 12 + 1, 1)
        add("下个月第一个工作日前", sent, nth_workday(nxt, month_last(nxt.year, nxt.month), 1), kind="zh_workday")
        add("下月最后一个工作日", sent, nth_workday(nxt, month_last(nxt.year, nxt.month), -1), kind="zh_workday")
        add("本月最后一个工作日前", sent, nth_workday(date(s.year, s.month, 1), month_last(s.year, s.month), -1),
            kind="zh_workday")
        q_end = month_last(s.year, (s.month - 1) // 3 * 3 + 3)
        add("本季度最后一个工作日", sent, nth_workday(s, q_end, -1), kind="zh_workday")
        year = policy_year(s, 10, 31)
        add("10月第二个工作日", sent, nth_workday(date(year, 10, 1), month_last(year, 10), 2), kind="zh_workday")
    # English day-of-month forms
    for sent in (datetime.fromisoformat("2025-10-26T10:00+08:00"), datetime.fromisoformat("2026-03-22T09:00+08:00")):
        s = sent.date()
        year = s.year
        year = policy_year(s, 12, 4)
        add("by the 4th of December", sent, date(year, 12, 4), kind="en_day")
        add("the 21st of April", sent, date(policy_year(s, 4, 21), 4, 21), kind="en_day")
        add("Dec 4th", sent, date(year, 12, 4), kind="en_day")
        add("4th Dec", sent, date(year, 12, 4), kind="en_day")
        day21 = date(year, s.month, 21) if s.day <= 21 else date(year + s.month // 12, s.month % 12 + 1, 21)
        add("by the 21st", sent, day21, kind="en_day")
        add("by end of next week", sent, weekday_in_week(s, 4, 1), kind="en_day")
        add("COB Thursday", sent, on_or_after(s, 3), "18:00", kind="en_day")
        add("by mid-March", sent, None, kind="en_day")
    # Cantonese (zh-HK) day words and weeks
    for sent in (datetime.fromisoformat("2026-01-21T15:05+08:00"), datetime.fromisoformat("2025-11-28T09:30+08:00")):
        s = sent.date()
        add("聽朝10點前", sent, s + ONE, "10:00", kind="yue")
        add("聽朝早9點半", sent, s + ONE, "09:30", kind="yue")
        add("聽日", sent, s + ONE, kind="yue")
        add("聽晚8點前", sent, s + ONE, "20:00", kind="yue")
        add("今朝11點前", sent, s, "11:00", kind="yue")
        add("今晚黑之前", sent, s, kind="yue")
        add("後日", sent, s + 2 * ONE, kind="yue")
        add("大後日之前", sent, s + 3 * ONE, kind="yue")
        add("下個禮拜三前", sent, weekday_in_week(s, 2, 1), kind="yue")
        add("禮拜五前", sent, on_or_after(s, 4), kind="yue")
        add("呢個禮拜六", sent, on_or_after(s, 5), kind="yue")
        add("下個禮拜一下晝3點", sent, weekday_in_week(s, 0, 1), "15:00", kind="yue")
    # a bracketed aside with its own words (a tentative date) ends at its bracket
    for sent in (datetime.fromisoformat("2025-12-02T10:00+08:00"), datetime.fromisoformat("2026-06-10T10:00+08:00")):
        s = sent.date()
        add("（初定12月28日），下周一前", sent, weekday_in_week(s, 0, 1), kind="aside")
        add("（暂定1月9日）周四前", sent, on_or_after(s, 3), kind="aside")
        add("(tentatively Dec 28), by Friday", sent, on_or_after(s, 4), kind="aside")
        add("（预计3月1日），下周三前", sent, weekday_in_week(s, 2, 1), kind="aside")
    return out


def text() -> str:
    return "\n".join([HEADER, *("\t".join(row) for row in rows())]) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text() else 1)
    OUT.write_text(text(), encoding="utf-8")
    print(f"{len(rows())} rows -> {OUT}")
