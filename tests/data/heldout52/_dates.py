"""Date rules for heldout52 gold, resolved against a message's Date header in Asia/Shanghai with the
chinesecalendar package (statutory holidays and make-up working days).

A rule is a dict {"r": kind, ...}.  Kinds:
  abs        y/m/d given in full (m, d, y)               md        month-day, year of the send date
  wd         bare weekday (this week's if not past, else next week's)
  this_wd    本周X / this week's X (must not be past)    next_wd   下周X / next X = weekday of next week
  today / tomorrow / day_after                           days      send date + n calendar days
  workdays   N个工作日内: Nth working day counted from the day after sending
  hours      send instant + n hours (gives the time)     month_end last day of the send month
  after_hol  first working day after the named holiday block (节后第一个工作日)
  before_hol last working day before the named holiday block (节前 / 端午节前)
  vague      尽快/待定/TBD -> no date, flag vague_due     none      no deadline -> no date, flag no_due
Optional keys: time "HH:MM" (a time written in the text), wd (weekday written next to an absolute
date, 0=Mon, checked), note.
"""
import datetime as _dt
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")
WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


# ----------------------------------------------------------------------- rule constructors
def _r(kind, time=None, **kw):
    d = {"r": kind}
    d.update(kw)
    if time:
        d["time"] = time
    return d


def ABS(y, m, d, time=None, wd=None):
    return _r("abs", time, y=y, m=m, d=d, wd=wd)


def MD(m, d, time=None, wd=None):
    return _r("md", time, m=m, d=d, wd=wd)


def WDAY(w, time=None):
    return _r("wd", time, w=WD[w] if isinstance(w, str) else w)


def THIS(w, time=None):
    return _r("this_wd", time, w=WD[w] if isinstance(w, str) else w)


def NEXT(w, time=None):
    return _r("next_wd", time, w=WD[w] if isinstance(w, str) else w)


def TODAY(time=None):
    return _r("today", time)


def TOMORROW(time=None):
    return _r("tomorrow", time)


def DAYS(n):
    return _r("days", None, n=n)


def WORKDAYS(n):
    return _r("workdays", None, n=n)


def HOURS(n):
    return _r("hours", None, n=n)


def MONTH_END():
    return _r("month_end")


def AFTER(hol, time=None):
    return _r("after_hol", time, hol=hol)


def BEFORE(hol, time=None):
    return _r("before_hol", time, hol=hol)


VAGUE = {"r": "vague"}
NONE = {"r": "none"}

HOLIDAY_NAMES = {"qingming": "Tomb-sweeping Day", "labour": "Labour Day", "dragon": "Dragon Boat Festival"}


# ----------------------------------------------------------------------- resolution
def sent_sh(date_header):
    dt = parsedate_to_datetime(date_header)
    if dt.tzinfo is None:
        raise ValueError("Date header without zone: %r" % date_header)
    return dt.astimezone(SH)


def is_workday(d):
    return cc.is_workday(d)


def _holiday_block(name, start):
    """The holiday block named ``name`` that contains ``start`` or comes first after it."""
    en = HOLIDAY_NAMES[name]
    d = start
    for _ in range(400):
        is_h, hname = cc.get_holiday_detail(d)
        if is_h and hname == en and not cc.is_workday(d):
            first = d
            while True:
                p = first - _dt.timedelta(days=1)
                ph, pn = cc.get_holiday_detail(p)
                if ph and pn == en and not cc.is_workday(p):
                    first = p
                else:
                    break
            last = d
            while True:
                n = last + _dt.timedelta(days=1)
                nh, nn = cc.get_holiday_detail(n)
                if nh and nn == en and not cc.is_workday(n):
                    last = n
                else:
                    break
            return first, last
        d += _dt.timedelta(days=1)
    raise ValueError("no holiday block %s after %s" % (name, start))


def resolve(rule, sent):
    """Return (date or None, 'HH:MM' or None) for ``rule`` against the aware datetime ``sent``
    (already in Asia/Shanghai)."""
    k = rule["r"]
    d0 = sent.date()
    t = rule.get("time")
    if k in ("vague", "none"):
        return None, None
    if k == "abs":
        d = _dt.date(rule["y"], rule["m"], rule["d"])
    elif k == "md":
        d = _dt.date(d0.year, rule["m"], rule["d"])
    elif k == "wd":
        w = rule["w"]
        delta = (w - d0.weekday()) % 7
        d = d0 + _dt.timedelta(days=delta)
    elif k == "this_wd":
        monday = d0 - _dt.timedelta(days=d0.weekday())
        d = monday + _dt.timedelta(days=rule["w"])
        if d < d0:
            raise ValueError("本周X already past")
    elif k == "next_wd":
        monday = d0 - _dt.timedelta(days=d0.weekday())
        d = monday + _dt.timedelta(days=7 + rule["w"])
    elif k == "today":
        d = d0
    elif k == "tomorrow":
        d = d0 + _dt.timedelta(days=1)
    elif k == "day_after":
        d = d0 + _dt.timedelta(days=2)
    elif k == "days":
        d = d0 + _dt.timedelta(days=rule["n"])
    elif k == "workdays":
        n = rule["n"]
        d = d0
        while n:
            d += _dt.timedelta(days=1)
            if is_workday(d):
                n -= 1
    elif k == "hours":
        x = sent + _dt.timedelta(hours=rule["n"])
        d = x.date()
        t = x.strftime("%H:%M")
    elif k == "month_end":
        nxt = _dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
        d = nxt - _dt.timedelta(days=1)
    elif k == "after_hol":
        first, last = _holiday_block(rule["hol"], d0)
        d = last + _dt.timedelta(days=1)
        while not is_workday(d):
            d += _dt.timedelta(days=1)
    elif k == "before_hol":
        first, last = _holiday_block(rule["hol"], d0)
        d = first - _dt.timedelta(days=1)
        while not is_workday(d):
            d -= _dt.timedelta(days=1)
    else:
        raise ValueError(k)
    if rule.get("wd") is not None and d.weekday() != rule["wd"]:
        raise ValueError("weekday written next to %s does not match (%s)" % (d, rule))
    return d, t


def flags_for(rule):
    return {"vague": ["vague_due"], "none": ["no_due"]}.get(rule["r"], [])
