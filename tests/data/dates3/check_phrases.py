#!/usr/bin/env python3
"""Deadline phrases for minutebot (held-out set "dates3").

    python3 check_phrases.py [OUT.tsv]   # check every hand-written answer, then write phrases.tsv (or OUT.tsv)

Each row: phrase, send key, the expected date/time written by hand, a note, and a rule (lambda) that re-computes
the date with the Chinese working-day calendar (chinesecalendar). The TSV is written only when every hand answer
equals the computed one. Conventions: shared/research/dates-eval.md §1 and shared/corpus/README.md (weeks start
Monday; 下周X = weekday X of the next calendar week; bare 周X = next occurrence from the send day; X前 = on X;
上午/中午 -> 12:00, 下午/下班/EOD/COB -> 18:00; month-day in the past by <=90 days keeps the year, more -> next
year; day-only past -> next month; 月初 -> 5th, 中旬 -> 20th; N个工作日 counted from the day after sending).
"""
import datetime as dt
import sys
from pathlib import Path

import chinese_calendar as cc

D = dt.date
TD = dt.timedelta
SEND = {
    "A": "2025-03-12T10:00+08:00",  # Wed
    "B": "2025-04-29T15:00+08:00",  # Tue, before May Day 2025 (05-01..05 off, 04-27 Sun make-up)
    "C": "2025-06-18T09:30+08:00",  # Wed
    "D": "2025-09-26T16:00+08:00",  # Fri, before National Day 2025 (09-28 Sun make-up, 10-01..08 off, 10-11 Sat make-up)
    "E": "2025-10-20T11:00+08:00",  # Mon
    "F": "2025-12-29T14:00+08:00",  # Mon, before New Year 2026 (01-01..03 off, 01-04 Sun make-up)
    "G": "2026-01-28T10:00+08:00",  # Wed
    "H": "2026-02-12T17:30+08:00",  # Thu, before Spring Festival 2026 (02-14 Sat make-up, 02-15..23 off)
    "I": "2026-04-29T09:00+08:00",  # Wed, before May Day 2026 (05-01..05 off, 05-09 Sat make-up)
    "J": "2026-07-10T15:00+08:00",  # Fri
    "K": "2026-09-18T10:00+08:00",  # Fri (09-20 Sun make-up, Mid-Autumn 09-25..27, National Day 10-01..07)
    "L": "2026-11-30T20:00+08:00",  # Mon evening, month end
    "M": "2026-12-28T10:00+08:00",  # Mon, year end (2027 calendar unknown: no 工作日 rows cross into 2027)
    "N": "2026-03-08T20:00+08:00",  # Sun
    "O": "2026-01-10T11:00+08:00",  # Sat
}


def wd(d):
    return cc.is_workday(d)


def addw(s, n):
    d = s
    while n:
        d += TD(1)
        if wd(d):
            n -= 1
    return d


def bare(s, k):  # next occurrence of weekday k (0=Mon) on or after the send day
    return s + TD((k - s.weekday()) % 7)


def tw(s, k):  # this Mon-Sun week
    return s - TD(s.weekday()) + TD(k)


def nw(s, k, weeks=1):
    return s - TD(s.weekday()) + TD(7 * weeks + k)


def mend(y, m):
    return (D(y + m // 12, m % 12 + 1, 1) - TD(1))


def block_start(s, name=None):
    """First day of the next statutory holiday block after s (optionally of a given holiday)."""
    d = s + TD(1)
    while True:
        ok, hname = cc.get_holiday_detail(d)
        if ok and hname and (name is None or hname == name):
            # walk back over weekend days that belong to the same block
            while cc.is_holiday(d - TD(1)):
                d -= TD(1)
            return d
        d += TD(1)


def before(s, name=None):  # 国庆前: last working day before the block
    d = block_start(s, name) - TD(1)
    while not wd(d):
        d -= TD(1)
    return d


def after(s, name=None):  # 节后第一个工作日 / 国庆后
    d = block_start(s, name)
    while not wd(d):
        d += TD(1)
    return d


NAT, SPR, MAY, MID, NY, QM, DB = ("National Day", "Spring Festival", "Labour Day", "Mid-autumn Festival",
                                  "New Year's Day", "Tomb-sweeping Day", "Dragon Boat Festival")
N_ = None
ROWS = [
    # ---- A: Wed 2025-03-12 10:00 -----------------------------------------------------------------------------
    ("周五", "A", "2025-03-14", "", "bare weekday", lambda s: bare(s, 4)),
    ("星期五", "A", "2025-03-14", "", "", lambda s: bare(s, 4)),
    ("礼拜五", "A", "2025-03-14", "", "", lambda s: bare(s, 4)),
    ("本周五", "A", "2025-03-14", "", "", lambda s: tw(s, 4)),
    ("这周五前", "A", "2025-03-14", "", "", lambda s: tw(s, 4)),
    ("下周五", "A", "2025-03-21", "", "下周 = next Mon-Sun week", lambda s: nw(s, 4)),
    ("下周周五", "A", "2025-03-21", "", "", lambda s: nw(s, 4)),
    ("下周的周五", "A", "2025-03-21", "", "", lambda s: nw(s, 4)),
    ("下下周一", "A", "2025-03-24", "", "", lambda s: nw(s, 0, 2)),
    ("next Friday", "A", "2025-03-21", "", "policy: Friday of next week", lambda s: nw(s, 4)),
    ("by Fri", "A", "2025-03-14", "", "", lambda s: bare(s, 4)),
    ("周一前", "A", "2025-03-17", "", "bare weekday already past this week -> next week", lambda s: bare(s, 0)),
    ("3月17日（周日）前", "A", "2025-03-17", "", "2025-03-17 is a Monday: the date wins over the wrong weekday", lambda s: D(2025, 3, 17)),
    ("今天", "A", "2025-03-12", "", "", lambda s: s),
    ("本日内", "A", "2025-03-12", "", "", lambda s: s),
    ("明天", "A", "2025-03-13", "", "", lambda s: s + TD(1)),
    ("后天", "A", "2025-03-14", "", "", lambda s: s + TD(2)),
    ("大后天", "A", "2025-03-15", "", "Saturday; literal calendar day", lambda s: s + TD(3)),
    ("明早", "A", "2025-03-13", "12:00", "早 without an hour read as 上午 -> policy 12:00", lambda s: s + TD(1)),
    ("明晨9点", "A", "2025-03-13", "09:00", "", lambda s: s + TD(1)),
    ("今晚8点", "A", "2025-03-12", "20:00", "晚 -> pm", lambda s: s),
    ("明天上午10点", "A", "2025-03-13", "10:00", "", lambda s: s + TD(1)),
    ("下午3点半", "A", "2025-03-12", "15:30", "time only, later today", lambda s: s),
    ("下午3点1刻", "A", "2025-03-12", "15:15", "1刻 = 15 minutes", lambda s: s),
    ("晚上8点前", "A", "2025-03-12", "20:00", "", lambda s: s),
    ("今天夜里12点", "A", "2025-03-13", "00:00", "夜里12点 = midnight 24:00 -> written as next day 00:00", lambda s: s + TD(1)),
    ("中午12点", "A", "2025-03-12", "12:00", "", lambda s: s),
    ("17:00前", "A", "2025-03-12", "17:00", "time only -> today", lambda s: s),
    ("5pm", "A", "2025-03-12", "17:00", "", lambda s: s),
    ("3:15p", "A", "2025-03-12", "15:15", "p = pm", lambda s: s),
    ("by noon", "A", "2025-03-12", "12:00", "", lambda s: s),
    ("EOD", "A", "2025-03-12", "18:00", "policy EOD -> 18:00", lambda s: s),
    ("COB today", "A", "2025-03-12", "18:00", "close of business = EOD policy", lambda s: s),
    ("3个工作日内", "A", "2025-03-17", "", "", lambda s: addw(s, 3)),
    ("within 5 business days", "A", "2025-03-19", "", "", lambda s: addw(s, 5)),
    ("4小时内", "A", "2025-03-12", "14:00", "send + 4h", lambda s: s),
    ("24h内", "A", "2025-03-13", "10:00", "send + 24h", lambda s: s + TD(1)),
    ("本月底", "A", "2025-03-31", "", "", lambda s: mend(2025, 3)),
    ("月底前", "A", "2025-03-31", "", "", lambda s: mend(2025, 3)),
    ("下月初", "A", "2025-04-05", "", "vague; policy 月初 -> 5th (a Saturday, inside Qingming 04-04..06)", lambda s: D(2025, 4, 5)),
    ("下月中旬", "A", "2025-04-20", "", "vague; policy 中旬 -> 20th", lambda s: D(2025, 4, 20)),
    ("季度末", "A", "2025-03-31", "", "", lambda s: D(2025, 3, 31)),
    ("Q4末", "A", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("年底前", "A", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("上半年", "A", "2025-06-30", "", "period -> its last day", lambda s: D(2025, 6, 30)),
    ("2025年底", "A", "2025-12-31", "", "explicit year", lambda s: D(2025, 12, 31)),
    ("2025年内", "A", "2025-12-31", "", "explicit year", lambda s: D(2025, 12, 31)),
    ("15号前", "A", "2025-03-15", "", "day only, not yet past -> this month", lambda s: D(2025, 3, 15)),
    ("10号前", "A", "2025-04-10", "", "day only, already past -> next month", lambda s: D(2025, 4, 10)),
    ("3月5日前", "A", "2025-03-05", "", "past by 7 days: keep the year (flag past_due)", lambda s: D(2025, 3, 5)),
    ("in two weeks", "A", "2025-03-26", "", "send + 14 days", lambda s: s + TD(14)),
    ("within 3 working days", "A", "2025-03-17", "", "", lambda s: addw(s, 3)),
    ("end of month", "A", "2025-03-31", "", "", lambda s: mend(2025, 3)),
    ("next Tuesday", "A", "2025-03-18", "", "", lambda s: nw(s, 1)),
    ("by Oct 18", "A", "2025-10-18", "", "future month, same year", lambda s: D(2025, 10, 18)),
    ("Oct 18th", "A", "2025-10-18", "", "", lambda s: D(2025, 10, 18)),
    ("18 Oct", "A", "2025-10-18", "", "", lambda s: D(2025, 10, 18)),
    ("2月29日前", "A", "NONE", "", "impossible: 2025 is a common year", N_),
    ("2月30日", "A", "NONE", "", "impossible", N_),
    ("4月31日前", "A", "NONE", "", "impossible", N_),
    ("尽快", "A", "NONE", "", "vague", N_),
    ("近期", "A", "NONE", "", "vague", N_),
    ("ASAP", "A", "NONE", "", "vague", N_),
    ("TBD", "A", "NONE", "", "vague", N_),
    ("待定", "A", "NONE", "", "vague", N_),
    ("清明前", "A", "2025-04-03", "", "Qingming 2025 holiday 04-04..06 -> last working day before", lambda s: before(s, QM)),
    ("五一前", "A", "2025-04-30", "", "May Day 2025 holiday 05-01..05", lambda s: before(s, MAY)),
    # ---- B: Tue 2025-04-29 15:00 -----------------------------------------------------------------------------
    ("3个工作日内", "B", "2025-05-07", "", "04-30, 05-06, 05-07 (05-01..05 off)", lambda s: addw(s, 3)),
    ("两个工作日内", "B", "2025-05-06", "", "", lambda s: addw(s, 2)),
    ("节后第一个工作日", "B", "2025-05-06", "", "", lambda s: after(s)),
    ("劳动节后", "B", "2025-05-06", "", "first working day after the holiday", lambda s: after(s, MAY)),
    ("劳动节前", "B", "2025-04-30", "", "", lambda s: before(s, MAY)),
    ("本周五", "B", "2025-05-02", "", "literal day; a holiday (flag)", lambda s: tw(s, 4)),
    ("下周一", "B", "2025-05-05", "", "literal day; a holiday (flag)", lambda s: nw(s, 0)),
    ("明天下午3点", "B", "2025-04-30", "15:00", "", lambda s: s + TD(1)),
    ("5月6日前", "B", "2025-05-06", "", "", lambda s: D(2025, 5, 6)),
    ("24小时内", "B", "2025-04-30", "15:00", "", lambda s: s + TD(1)),
    ("下个工作日", "B", "2025-04-30", "", "", lambda s: addw(s, 1)),
    ("月底前", "B", "2025-04-30", "", "", lambda s: mend(2025, 4)),
    ("下月初", "B", "2025-05-05", "", "vague 月初 -> 5th (a holiday)", lambda s: D(2025, 5, 5)),
    ("5 business days", "B", "2025-05-09", "", "04-30, 05-06..09", lambda s: addw(s, 5)),
    ("端午前", "B", "2025-05-30", "", "Dragon Boat 2025 holiday 05-31..06-02", lambda s: before(s, DB)),
    # ---- C: Wed 2025-06-18 09:30 -----------------------------------------------------------------------------
    ("上半年内", "C", "2025-06-30", "", "", lambda s: D(2025, 6, 30)),
    ("Q2末", "C", "2025-06-30", "", "", lambda s: D(2025, 6, 30)),
    ("三季度末", "C", "2025-09-30", "", "", lambda s: D(2025, 9, 30)),
    ("下季度末", "C", "2025-09-30", "", "", lambda s: D(2025, 9, 30)),
    ("7月初", "C", "2025-07-05", "", "vague 月初 -> 5th", lambda s: D(2025, 7, 5)),
    ("下月中旬", "C", "2025-07-20", "", "", lambda s: D(2025, 7, 20)),
    ("本月中旬", "C", "2025-06-20", "", "", lambda s: D(2025, 6, 20)),
    ("6月31日", "C", "NONE", "", "impossible", N_),
    ("25年12月1日", "C", "2025-12-01", "", "two-digit year", lambda s: D(2025, 12, 1)),
    ("December 5, 2025", "C", "2025-12-05", "", "", lambda s: D(2025, 12, 5)),
    ("2026-01-15", "C", "2026-01-15", "", "ISO, next year", lambda s: D(2026, 1, 15)),
    ("20251020", "C", "2025-10-20", "", "compact YYYYMMDD", lambda s: D(2025, 10, 20)),
    ("2025.10.20", "C", "2025-10-20", "", "", lambda s: D(2025, 10, 20)),
    ("10/20/2025", "C", "2025-10-20", "", "US M/D/Y", lambda s: D(2025, 10, 20)),
    ("今天上午", "C", "2025-06-18", "12:00", "policy 上午 -> 12:00", lambda s: s),
    ("今天下班前", "C", "2025-06-18", "18:00", "policy 下班 -> 18:00", lambda s: s),
    ("周五下午5点", "C", "2025-06-20", "17:00", "", lambda s: bare(s, 4)),
    ("星期五前", "C", "2025-06-20", "", "", lambda s: bare(s, 4)),
    ("本週五前", "C", "2025-06-20", "", "Traditional", lambda s: tw(s, 4)),
    ("下週五", "C", "2025-06-27", "", "Traditional", lambda s: nw(s, 4)),
    ("兩個工作日內", "C", "2025-06-20", "", "Traditional", lambda s: addw(s, 2)),
    ("下週一上午", "C", "2025-06-23", "12:00", "Traditional; 上午 -> 12:00", lambda s: nw(s, 0)),
    ("by EOD Friday", "C", "2025-06-20", "18:00", "", lambda s: bare(s, 4)),
    ("Jun 20", "C", "2025-06-20", "", "", lambda s: D(2025, 6, 20)),
    ("June 30th", "C", "2025-06-30", "", "", lambda s: D(2025, 6, 30)),
    ("30 June", "C", "2025-06-30", "", "", lambda s: D(2025, 6, 30)),
    ("end of Q2", "C", "2025-06-30", "", "", lambda s: D(2025, 6, 30)),
    ("10个工作日内", "C", "2025-07-02", "", "", lambda s: addw(s, 10)),
    ("一周内", "C", "2025-06-25", "", "send + 7 days", lambda s: s + TD(7)),
    ("12点前", "C", "2025-06-18", "12:00", "time only -> today noon", lambda s: s),
    ("2025年12月1日前", "C", "2025-12-01", "", "", lambda s: D(2025, 12, 1)),
    ("二〇二五年九月三十日", "C", "2025-09-30", "", "Chinese numerals", lambda s: D(2025, 9, 30)),
    ("七月十五号", "C", "2025-07-15", "", "", lambda s: D(2025, 7, 15)),
    ("廿五号前", "C", "2025-06-25", "", "廿 = 20", lambda s: D(2025, 6, 25)),
    # ---- D: Fri 2025-09-26 16:00 -----------------------------------------------------------------------------
    ("3个工作日内", "D", "2025-09-30", "", "09-28 Sun make-up, 09-29, 09-30", lambda s: addw(s, 3)),
    ("5个工作日内", "D", "2025-10-10", "", "+10-09, 10-10 after the 10-01..08 holiday", lambda s: addw(s, 5)),
    ("7个工作日内", "D", "2025-10-13", "", "10-11 Sat make-up is the 6th", lambda s: addw(s, 7)),
    ("国庆前", "D", "2025-09-30", "", "", lambda s: before(s, NAT)),
    ("国庆节后", "D", "2025-10-09", "", "", lambda s: after(s, NAT)),
    ("节后第一个工作日", "D", "2025-10-09", "", "", lambda s: after(s)),
    ("中秋前", "D", "2025-09-30", "", "2025 Mid-Autumn (10-06) falls inside the 10-01..08 block", lambda s: before(s, MID)),
    ("下周一", "D", "2025-09-29", "", "", lambda s: nw(s, 0)),
    ("下周三", "D", "2025-10-01", "", "literal day; a holiday (flag)", lambda s: nw(s, 2)),
    ("周日前", "D", "2025-09-28", "", "a make-up working Sunday", lambda s: bare(s, 6)),
    ("明天", "D", "2025-09-27", "", "", lambda s: s + TD(1)),
    ("后天", "D", "2025-09-28", "", "", lambda s: s + TD(2)),
    ("季度末", "D", "2025-09-30", "", "", lambda s: D(2025, 9, 30)),
    ("下月初", "D", "2025-10-05", "", "vague 月初 -> 5th (a holiday)", lambda s: D(2025, 10, 5)),
    ("下个工作日", "D", "2025-09-28", "", "Sun 09-28 is a make-up working day", lambda s: addw(s, 1)),
    ("10月20日（周日）", "D", "2025-10-20", "", "2025-10-20 is a Monday: the date wins", lambda s: D(2025, 10, 20)),
    ("两周内", "D", "2025-10-10", "", "", lambda s: s + TD(14)),
    ("within 3 working days", "D", "2025-09-30", "", "", lambda s: addw(s, 3)),
    ("5 business days", "D", "2025-10-10", "", "Chinese calendar", lambda s: addw(s, 5)),
    ("72小时内", "D", "2025-09-29", "16:00", "", lambda s: s + TD(3)),
    ("今晚8点前", "D", "2025-09-26", "20:00", "", lambda s: s),
    ("9月30日下午5点前", "D", "2025-09-30", "17:00", "", lambda s: D(2025, 9, 30)),
    ("10/9", "D", "2025-10-09", "", "numeric M/D", lambda s: D(2025, 10, 9)),
    ("Oct 9", "D", "2025-10-09", "", "", lambda s: D(2025, 10, 9)),
    # ---- E: Mon 2025-10-20 11:00 -----------------------------------------------------------------------------
    ("周五", "E", "2025-10-24", "", "", lambda s: bare(s, 4)),
    ("本周五前", "E", "2025-10-24", "", "", lambda s: tw(s, 4)),
    ("下周五", "E", "2025-10-31", "", "", lambda s: nw(s, 4)),
    ("下下周一", "E", "2025-11-03", "", "", lambda s: nw(s, 0, 2)),
    ("next Tuesday", "E", "2025-10-28", "", "", lambda s: nw(s, 1)),
    ("by Friday", "E", "2025-10-24", "", "", lambda s: bare(s, 4)),
    ("周三下午3点", "E", "2025-10-22", "15:00", "", lambda s: bare(s, 2)),
    ("10月18日前", "E", "2025-10-18", "", "past by 2 days: keep the year (flag past_due)", lambda s: D(2025, 10, 18)),
    ("20号前", "E", "2025-10-20", "", "day only = today (not past)", lambda s: D(2025, 10, 20)),
    ("15号前", "E", "2025-11-15", "", "day only, past -> next month", lambda s: D(2025, 11, 15)),
    ("the 21st", "E", "2025-10-21", "", "this month, not past", lambda s: D(2025, 10, 21)),
    ("by the 5th", "E", "2025-11-05", "", "past this month -> next month", lambda s: D(2025, 11, 5)),
    ("下月底", "E", "2025-11-30", "", "", lambda s: mend(2025, 11)),
    ("下月中旬", "E", "2025-11-20", "", "", lambda s: D(2025, 11, 20)),
    ("季度末", "E", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("元旦前", "E", "2025-12-31", "", "New Year 2026 holiday 01-01..03", lambda s: before(s, NY)),
    ("元旦后", "E", "2026-01-04", "", "first working day after: Sun 01-04 make-up", lambda s: after(s, NY)),
    ("春节前", "E", "2026-02-14", "", "Spring Festival 2026 holiday 02-15..23; Sat 02-14 is a make-up working day", lambda s: before(s, SPR)),
    ("by Oct 24", "E", "2025-10-24", "", "", lambda s: D(2025, 10, 24)),
    ("Oct 31st", "E", "2025-10-31", "", "", lambda s: D(2025, 10, 31)),
    ("31 Oct", "E", "2025-10-31", "", "", lambda s: D(2025, 10, 31)),
    ("within 2 business days", "E", "2025-10-22", "", "", lambda s: addw(s, 2)),
    ("11月31日前", "E", "NONE", "", "impossible", N_),
    ("9月31日", "E", "NONE", "", "impossible", N_),
    ("Nov 31", "E", "NONE", "", "impossible", N_),
    ("下午3点1刻前", "E", "2025-10-20", "15:15", "", lambda s: s),
    ("今天5点前", "E", "2025-10-20", "17:00", "5点 sent at 11:00 can only mean 17:00", lambda s: s),
    # ---- F: Mon 2025-12-29 14:00 -----------------------------------------------------------------------------
    ("3个工作日内", "F", "2026-01-04", "", "12-30, 12-31, Sun 01-04 make-up", lambda s: addw(s, 3)),
    ("两个工作日", "F", "2025-12-31", "", "", lambda s: addw(s, 2)),
    ("5个工作日内", "F", "2026-01-06", "", "", lambda s: addw(s, 5)),
    ("年底前", "F", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("本月底", "F", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("下月初", "F", "2026-01-05", "", "vague; 5th", lambda s: D(2026, 1, 5)),
    ("元旦后", "F", "2026-01-04", "", "", lambda s: after(s, NY)),
    ("节后第一个工作日", "F", "2026-01-04", "", "", lambda s: after(s)),
    ("1月10日前", "F", "2026-01-10", "", "month-day in January sent in December -> next year", lambda s: D(2026, 1, 10)),
    ("1月5日", "F", "2026-01-05", "", "", lambda s: D(2026, 1, 5)),
    ("下周一", "F", "2026-01-05", "", "", lambda s: nw(s, 0)),
    ("下周五", "F", "2026-01-09", "", "", lambda s: nw(s, 4)),
    ("本周五", "F", "2026-01-02", "", "literal; a holiday (flag)", lambda s: tw(s, 4)),
    ("周三", "F", "2025-12-31", "", "", lambda s: bare(s, 2)),
    ("大后天", "F", "2026-01-01", "", "literal; a holiday (flag)", lambda s: s + TD(3)),
    ("next Friday", "F", "2026-01-09", "", "", lambda s: nw(s, 4)),
    ("in two weeks", "F", "2026-01-12", "", "", lambda s: s + TD(14)),
    ("2026年内", "F", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("明年上半年", "F", "2026-06-30", "", "", lambda s: D(2026, 6, 30)),
    ("Q1末", "F", "2026-03-31", "", "Q1 2025 ended >90 days ago -> next Q1", lambda s: D(2026, 3, 31)),
    ("下季度末", "F", "2026-03-31", "", "", lambda s: D(2026, 3, 31)),
    ("4小时内", "F", "2025-12-29", "18:00", "", lambda s: s),
    ("今晚8点", "F", "2025-12-29", "20:00", "", lambda s: s),
    ("夜里12点前", "F", "2025-12-30", "00:00", "midnight 24:00 -> next day 00:00", lambda s: s + TD(1)),
    ("EOD", "F", "2025-12-29", "18:00", "", lambda s: s),
    ("春节前", "F", "2026-02-14", "", "", lambda s: before(s, SPR)),
    ("2025年12月31日17:00", "F", "2025-12-31", "17:00", "", lambda s: D(2025, 12, 31)),
    ("12/31", "F", "2025-12-31", "", "", lambda s: D(2025, 12, 31)),
    ("1/9", "F", "2026-01-09", "", "M/D in January sent in December -> next year", lambda s: D(2026, 1, 9)),
    # ---- G: Wed 2026-01-28 10:00 -----------------------------------------------------------------------------
    ("春节前", "G", "2026-02-14", "", "", lambda s: before(s, SPR)),
    ("春节后", "G", "2026-02-24", "", "", lambda s: after(s, SPR)),
    ("节后第一个工作日", "G", "2026-02-24", "", "next holiday block is Spring Festival", lambda s: after(s)),
    ("下月初", "G", "2026-02-05", "", "", lambda s: D(2026, 2, 5)),
    ("下月中旬", "G", "2026-02-20", "", "20th (inside the holiday; flag)", lambda s: D(2026, 2, 20)),
    ("本月底", "G", "2026-01-31", "", "", lambda s: mend(2026, 1)),
    ("2月29日", "G", "NONE", "", "impossible: 2026 is a common year", N_),
    ("2月30日前", "G", "NONE", "", "impossible", N_),
    ("Feb 29", "G", "NONE", "", "impossible in 2026", N_),
    ("15号前", "G", "2026-02-15", "", "day only, past -> next month", lambda s: D(2026, 2, 15)),
    ("3个工作日内", "G", "2026-02-02", "", "", lambda s: addw(s, 3)),
    ("10个工作日内", "G", "2026-02-11", "", "", lambda s: addw(s, 10)),
    ("周五", "G", "2026-01-30", "", "", lambda s: bare(s, 4)),
    ("下周五", "G", "2026-02-06", "", "", lambda s: nw(s, 4)),
    ("下下周一", "G", "2026-02-09", "", "", lambda s: nw(s, 0, 2)),
    ("Feb 13", "G", "2026-02-13", "", "", lambda s: D(2026, 2, 13)),
    ("by Feb 28", "G", "2026-02-28", "", "", lambda s: D(2026, 2, 28)),
    ("2月底", "G", "2026-02-28", "", "", lambda s: mend(2026, 2)),
    ("星期一前", "G", "2026-02-02", "", "", lambda s: bare(s, 0)),
    # ---- H: Thu 2026-02-12 17:30 -----------------------------------------------------------------------------
    ("2个工作日内", "H", "2026-02-14", "", "02-13, Sat 02-14 make-up", lambda s: addw(s, 2)),
    ("3个工作日内", "H", "2026-02-24", "", "then 02-15..23 off", lambda s: addw(s, 3)),
    ("兩個工作日內", "H", "2026-02-14", "", "Traditional", lambda s: addw(s, 2)),
    ("下个工作日", "H", "2026-02-13", "", "", lambda s: addw(s, 1)),
    ("节后第一个工作日", "H", "2026-02-24", "", "", lambda s: after(s)),
    ("春节后", "H", "2026-02-24", "", "", lambda s: after(s, SPR)),
    ("下周一", "H", "2026-02-16", "", "literal; a holiday (flag)", lambda s: nw(s, 0)),
    ("5 business days", "H", "2026-02-26", "", "", lambda s: addw(s, 5)),
    ("今天下班前", "H", "2026-02-12", "18:00", "", lambda s: s),
    ("24小时内", "H", "2026-02-13", "17:30", "", lambda s: s + TD(1)),
    ("月底前", "H", "2026-02-28", "", "Sat 02-28 is a make-up working day", lambda s: mend(2026, 2)),
    ("下月初", "H", "2026-03-05", "", "", lambda s: D(2026, 3, 5)),
    ("本週六", "H", "2026-02-14", "", "Traditional; the make-up Saturday", lambda s: tw(s, 5)),
    ("明天中午", "H", "2026-02-13", "12:00", "", lambda s: s + TD(1)),
    ("星期五前", "H", "2026-02-13", "", "", lambda s: bare(s, 4)),
    # ---- I: Wed 2026-04-29 09:00 -----------------------------------------------------------------------------
    ("五一前", "I", "2026-04-30", "", "May Day 2026 holiday 05-01..05", lambda s: before(s, MAY)),
    ("劳动节前", "I", "2026-04-30", "", "", lambda s: before(s, MAY)),
    ("3个工作日内", "I", "2026-05-07", "", "04-30, 05-06, 05-07", lambda s: addw(s, 3)),
    ("两个工作日", "I", "2026-05-06", "", "", lambda s: addw(s, 2)),
    ("6个工作日内", "I", "2026-05-11", "", "Sat 05-09 make-up is the 5th", lambda s: addw(s, 6)),
    ("节后第一个工作日", "I", "2026-05-06", "", "", lambda s: after(s)),
    ("五一后", "I", "2026-05-06", "", "", lambda s: after(s, MAY)),
    ("下周六", "I", "2026-05-09", "", "the make-up Saturday", lambda s: nw(s, 5)),
    ("下周五", "I", "2026-05-08", "", "", lambda s: nw(s, 4)),
    ("本周五", "I", "2026-05-01", "", "literal; a holiday (flag)", lambda s: tw(s, 4)),
    ("月底", "I", "2026-04-30", "", "", lambda s: mend(2026, 4)),
    ("下月中旬", "I", "2026-05-20", "", "", lambda s: D(2026, 5, 20)),
    ("上半年", "I", "2026-06-30", "", "", lambda s: D(2026, 6, 30)),
    ("端午前", "I", "2026-06-18", "", "Dragon Boat 2026 holiday 06-19..21", lambda s: before(s, DB)),
    ("明天上午10点", "I", "2026-04-30", "10:00", "", lambda s: s + TD(1)),
    ("4/30", "I", "2026-04-30", "", "", lambda s: D(2026, 4, 30)),
    ("上午10点前", "I", "2026-04-29", "10:00", "later today", lambda s: s),
    ("4月31日", "I", "NONE", "", "impossible", N_),
    # ---- J: Fri 2026-07-10 15:00 -----------------------------------------------------------------------------
    ("下周一", "J", "2026-07-13", "", "", lambda s: nw(s, 0)),
    ("下周的周五", "J", "2026-07-17", "", "", lambda s: nw(s, 4)),
    ("周一前", "J", "2026-07-13", "", "", lambda s: bare(s, 0)),
    ("下下周一", "J", "2026-07-20", "", "", lambda s: nw(s, 0, 2)),
    ("本月底", "J", "2026-07-31", "", "", lambda s: mend(2026, 7)),
    ("季度末", "J", "2026-09-30", "", "", lambda s: D(2026, 9, 30)),
    ("Q3末", "J", "2026-09-30", "", "", lambda s: D(2026, 9, 30)),
    ("Q4末", "J", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("下半年", "J", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("年底前", "J", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("中秋前", "J", "2026-09-24", "", "Mid-Autumn 2026 holiday 09-25..27", lambda s: before(s, MID)),
    ("国庆前", "J", "2026-09-30", "", "National Day 2026 holiday 10-01..07", lambda s: before(s, NAT)),
    ("5 business days", "J", "2026-07-17", "", "", lambda s: addw(s, 5)),
    ("in 3 days", "J", "2026-07-13", "", "", lambda s: s + TD(3)),
    ("within a week", "J", "2026-07-17", "", "", lambda s: s + TD(7)),
    ("7/20", "J", "2026-07-20", "", "", lambda s: D(2026, 7, 20)),
    ("20 Jul", "J", "2026-07-20", "", "", lambda s: D(2026, 7, 20)),
    ("July 20th", "J", "2026-07-20", "", "", lambda s: D(2026, 7, 20)),
    ("by Jul 31", "J", "2026-07-31", "", "", lambda s: D(2026, 7, 31)),
    ("8月1号前", "J", "2026-08-01", "", "", lambda s: D(2026, 8, 1)),
    ("1号前", "J", "2026-08-01", "", "day only, past -> next month", lambda s: D(2026, 8, 1)),
    ("by tomorrow noon", "J", "2026-07-11", "12:00", "", lambda s: s + TD(1)),
    ("EOD Monday", "J", "2026-07-13", "18:00", "", lambda s: bare(s, 0)),
    ("5pm Monday", "J", "2026-07-13", "17:00", "", lambda s: bare(s, 0)),
    ("礼拜三下午", "J", "2026-07-15", "18:00", "policy 下午 -> 18:00", lambda s: bare(s, 2)),
    ("近期完成", "J", "NONE", "", "vague", N_),
    ("另行通知", "J", "NONE", "", "no date", N_),
    # ---- K: Fri 2026-09-18 10:00 -----------------------------------------------------------------------------
    ("3个工作日内", "K", "2026-09-22", "", "Sun 09-20 make-up, 09-21, 09-22", lambda s: addw(s, 3)),
    ("5个工作日内", "K", "2026-09-24", "", "", lambda s: addw(s, 5)),
    ("6个工作日内", "K", "2026-09-28", "", "09-25 (Mid-Autumn) off", lambda s: addw(s, 6)),
    ("10个工作日内", "K", "2026-10-09", "", "09-28, 29, 30, then 10-08, 10-09", lambda s: addw(s, 10)),
    ("中秋前", "K", "2026-09-24", "", "", lambda s: before(s, MID)),
    ("国庆前", "K", "2026-09-30", "", "", lambda s: before(s, NAT)),
    ("中秋后", "K", "2026-09-28", "", "", lambda s: after(s, MID)),
    ("节后第一个工作日", "K", "2026-09-28", "", "next block is Mid-Autumn (not National Day)", lambda s: after(s)),
    ("国庆后", "K", "2026-10-08", "", "", lambda s: after(s, NAT)),
    ("下周五", "K", "2026-09-25", "", "literal; a holiday (flag)", lambda s: nw(s, 4)),
    ("下个工作日", "K", "2026-09-20", "", "Sun 09-20 make-up", lambda s: addw(s, 1)),
    ("周日前", "K", "2026-09-20", "", "", lambda s: bare(s, 6)),
    ("下月初", "K", "2026-10-05", "", "vague 5th (a holiday)", lambda s: D(2026, 10, 5)),
    ("季度末", "K", "2026-09-30", "", "", lambda s: D(2026, 9, 30)),
    ("within 3 working days", "K", "2026-09-22", "", "", lambda s: addw(s, 3)),
    ("10月10日（周五）", "K", "2026-10-10", "", "2026-10-10 is a Saturday (make-up day): the date wins", lambda s: D(2026, 10, 10)),
    # ---- L: Mon 2026-11-30 20:00 -----------------------------------------------------------------------------
    ("明天", "L", "2026-12-01", "", "", lambda s: s + TD(1)),
    ("明早9点", "L", "2026-12-01", "09:00", "", lambda s: s + TD(1)),
    ("今晚10点前", "L", "2026-11-30", "22:00", "", lambda s: s),
    ("本月底", "L", "2026-11-30", "", "today", lambda s: mend(2026, 11)),
    ("下月初", "L", "2026-12-05", "", "", lambda s: D(2026, 12, 5)),
    ("2026年底", "L", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("3个工作日内", "L", "2026-12-03", "", "", lambda s: addw(s, 3)),
    ("下周五", "L", "2026-12-11", "", "", lambda s: nw(s, 4)),
    ("周五", "L", "2026-12-04", "", "", lambda s: bare(s, 4)),
    ("1月5日前", "L", "2027-01-05", "", "January sent in late November -> next year", lambda s: D(2027, 1, 5)),
    ("2小时内", "L", "2026-11-30", "22:00", "", lambda s: s),
    ("4小时内", "L", "2026-12-01", "00:00", "crosses midnight", lambda s: s + TD(1)),
    ("by tomorrow noon", "L", "2026-12-01", "12:00", "", lambda s: s + TD(1)),
    ("December 15", "L", "2026-12-15", "", "", lambda s: D(2026, 12, 15)),
    ("下月中旬", "L", "2026-12-20", "", "", lambda s: D(2026, 12, 20)),
    # ---- M: Mon 2026-12-28 10:00 -----------------------------------------------------------------------------
    ("年底前", "M", "2026-12-31", "", "", lambda s: D(2026, 12, 31)),
    ("下周一", "M", "2027-01-04", "", "", lambda s: nw(s, 0)),
    ("下周五", "M", "2027-01-08", "", "", lambda s: nw(s, 4)),
    ("1月10日前", "M", "2027-01-10", "", "", lambda s: D(2027, 1, 10)),
    ("2个工作日内", "M", "2026-12-30", "", "stays inside 2026 (2027 calendar not published)", lambda s: addw(s, 2)),
    ("3个工作日内", "M", "2026-12-31", "", "stays inside 2026", lambda s: addw(s, 3)),
    ("2027年1月15日", "M", "2027-01-15", "", "", lambda s: D(2027, 1, 15)),
    ("明年1月底", "M", "2027-01-31", "", "", lambda s: D(2027, 1, 31)),
    ("Q1末", "M", "2027-03-31", "", "next Q1", lambda s: D(2027, 3, 31)),
    ("in two weeks", "M", "2027-01-11", "", "", lambda s: s + TD(14)),
    ("Jan 8", "M", "2027-01-08", "", "January sent in December -> next year", lambda s: D(2027, 1, 8)),
    # ---- N: Sun 2026-03-08 20:00 -----------------------------------------------------------------------------
    ("下周一", "N", "2026-03-09", "", "weeks start Monday: from a Sunday 下周一 is tomorrow", lambda s: nw(s, 0)),
    ("下周五", "N", "2026-03-13", "", "from a Sunday: Friday of the week starting tomorrow", lambda s: nw(s, 4)),
    ("周五", "N", "2026-03-13", "", "", lambda s: bare(s, 4)),
    ("明天上午", "N", "2026-03-09", "12:00", "", lambda s: s + TD(1)),
    ("3个工作日内", "N", "2026-03-11", "", "", lambda s: addw(s, 3)),
    ("本月底", "N", "2026-03-31", "", "", lambda s: mend(2026, 3)),
    ("清明前", "N", "2026-04-03", "", "Qingming 2026 holiday 04-04..06", lambda s: before(s, QM)),
    # ---- O: Sat 2026-01-10 11:00 -----------------------------------------------------------------------------
    ("周一", "O", "2026-01-12", "", "", lambda s: bare(s, 0)),
    ("下周一", "O", "2026-01-12", "", "", lambda s: nw(s, 0)),
    ("下个工作日", "O", "2026-01-12", "", "", lambda s: addw(s, 1)),
    ("2个工作日内", "O", "2026-01-13", "", "", lambda s: addw(s, 2)),
    ("本周日", "O", "2026-01-11", "", "", lambda s: tw(s, 6)),
    ("by Monday 9am", "O", "2026-01-12", "09:00", "", lambda s: bare(s, 0)),
]


def main():
    errors = 0
    seen = set()
    for phrase, key, exp, tm, note, rule in ROWS:
        if (phrase, key) in seen:
            print("duplicate", phrase, key)
            errors += 1
        seen.add((phrase, key))
        send = dt.datetime.fromisoformat(SEND[key])
        s = send.date()
        if exp == "NONE":
            if rule is not None:
                errors += 1
                print("NONE row with a rule", phrase)
            continue
        got = rule(s).isoformat()
        if got != exp:
            errors += 1
            print("MISMATCH %-20s %s hand=%s computed=%s" % (phrase, key, exp, got))
    # hour rows: check date+time from the send instant
    hours = {("4小时内", "A"): 4, ("24h内", "A"): 24, ("24小时内", "B"): 24, ("72小时内", "D"): 72, ("4小时内", "F"): 4,
             ("24小时内", "H"): 24, ("2小时内", "L"): 2, ("4小时内", "L"): 4}
    for phrase, key, exp, tm, note, rule in ROWS:
        if (phrase, key) in hours:
            t = dt.datetime.fromisoformat(SEND[key]) + TD(hours=hours[(phrase, key)])
            if (t.date().isoformat(), t.strftime("%H:%M")) != (exp, tm):
                errors += 1
                print("HOUR MISMATCH", phrase, key, t, exp, tm)
    if errors:
        print("%d errors; phrases.tsv not written" % errors)
        sys.exit(1)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "phrases.tsv"
    lines = ["phrase\tsend_time\texpected_date\texpected_time_or_blank\tnote"]
    for phrase, key, exp, tm, note, rule in ROWS:
        lines.append("\t".join([phrase, SEND[key], exp, tm, note]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("ok: %d rows (%d NONE) written to %s" % (len(ROWS), sum(r[2] == "NONE" for r in ROWS), out))


if __name__ == "__main__":
    main()
