"""Shared helpers for make_heldout51.py: calendar + due-phrase resolver, raw MIME builder, roster.

Deterministic: no clock reads, no randomness.  Everything here is used both to build the set and,
in --check mode, to recompute the gold from the stored .eml bytes.
"""
import base64
import datetime as dt
import io
import quopri
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")
D = dt.date

# ---------------------------------------------------------------- calendar

def is_workday(d):
    if d.year != 2026:
        raise ValueError(f"date outside 2026: {d}")
    return cc.is_workday(d)


def holiday_name(d):
    on, name = cc.get_holiday_detail(d)
    return name if on else None


def _holiday_block(start, name):
    """First day >= start (or the block containing start) whose holiday name is `name`; returns (first, last)."""
    d = start
    # if we are inside the block already, walk back to its first day
    while holiday_name(d) == name and holiday_name(d - dt.timedelta(1)) == name:
        d -= dt.timedelta(1)
    for _ in range(200):
        if holiday_name(d) == name and not is_workday(d):
            first = d
            last = d
            while holiday_name(last + dt.timedelta(1)) == name and not is_workday(last + dt.timedelta(1)):
                last += dt.timedelta(1)
            return first, last
        d += dt.timedelta(1)
    raise ValueError(f"no holiday block {name} after {start}")


def add_workdays(d, n):
    """N个工作日内: counted from the day after d; the Nth working day."""
    k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_workday(d):
            k += 1
    return d


def resolve(spec, sent):
    """Resolve a due spec against `sent` (an aware datetime).  Returns a date or None.

    spec forms:
      ("ymd", y, m, d)     absolute date          ("md", m, d)   month-day in the send year
      ("wd", k)            bare weekday (0=Mon): this week's if today or later, else next week's
      ("this", k)          本周X / this Friday: this Mon-Sun week (must not be past)
      ("next", k)          下周X / next Monday: that weekday of the following calendar week
      ("today",) ("tomorrow",) ("days", n)
      ("wdays", n)         N个工作日内 / within N working days
      ("month_end",)       本月底 / 月底前 / end of month
      ("after_hol", name)  节后第一个工作日 / first working day after the holiday
      ("before_hol", name) 端午节前 / before the holiday: last working day before the block
      ("hours", n)         N小时内 (date of send instant + n hours)
      ("vague",) ("none",) no date
    """
    local = sent.astimezone(SH)
    today = local.date()
    kind = spec[0]
    if kind == "ymd":
        return D(spec[1], spec[2], spec[3])
    if kind == "md":
        return D(today.year, spec[1], spec[2])
    if kind == "wd":
        delta = (spec[1] - today.weekday()) % 7
        return today + dt.timedelta(delta)
    if kind == "this":
        delta = spec[1] - today.weekday()
        if delta < 0:
            raise ValueError("本周X already past")
        return today + dt.timedelta(delta)
    if kind == "next":
        monday_next = today - dt.timedelta(today.weekday()) + dt.timedelta(7)
        return monday_next + dt.timedelta(spec[1])
    if kind == "today":
        return today
    if kind == "tomorrow":
        return today + dt.timedelta(1)
    if kind == "days":
        return today + dt.timedelta(spec[1])
    if kind == "wdays":
        return add_workdays(today, spec[1])
    if kind == "month_end":
        first_next = D(today.year + (today.month == 12), today.month % 12 + 1, 1)
        return first_next - dt.timedelta(1)
    if kind == "after_hol":
        _, last = _holiday_block(today, spec[1])
        d = last + dt.timedelta(1)
        while not is_workday(d):
            d += dt.timedelta(1)
        return d
    if kind == "before_hol":
        first, _ = _holiday_block(today, spec[1])
        d = first - dt.timedelta(1)
        while not is_workday(d):
            d -= dt.timedelta(1)
        return d
    if kind == "hours":
        return (local + dt.timedelta(hours=spec[1])).date()
    if kind in ("vague", "none"):
        return None
    raise ValueError(f"unknown spec {spec}")


def flags_for(spec, owner_is_person):
    f = []
    if not owner_is_person:
        f.append("no_owner")
    if spec[0] == "vague":
        f.append("vague_due")
    if spec[0] == "none":
        f.append("no_due")
    return f

# ---------------------------------------------------------------- roster

ROSTER_COLUMNS = ["name", "email", "department", "manager_email", "aliases"]
ROSTER = []          # filled by make_heldout51.py from the org modules
ROSTER_BY_NAME = {}


def add_people(rows):
    for r in rows:
        name, email, dept, mgr, aliases = r
        assert name not in ROSTER_BY_NAME, name
        ROSTER.append(r)
        ROSTER_BY_NAME[name] = r


# ---------------------------------------------------------------- RFC 2047 / headers

def _chunks_for_words(text, codec, per_word_limit):
    """Split text into runs whose encoded bytes fit per_word_limit bytes, never splitting a character."""
    out, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(codec)) > per_word_limit and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def ew(text, charset="utf-8", enc="B", codec=None, label_case=None):
    """RFC 2047 encoded-words for `text`, folded with '\n ' between words (each word <= 75 chars)."""
    codec = codec or charset
    label = label_case or charset
    words = []
    if enc.upper() == "B":
        overhead = len(f"=?{label}?B??=")
        max_b64 = 75 - overhead
        per = (max_b64 // 4) * 3
        for run in _chunks_for_words(text, codec, per):
            words.append(f"=?{label}?B?{base64.b64encode(run.encode(codec)).decode()}?=")
    else:
        overhead = len(f"=?{label}?Q??=")
        def qenc(b):
            s = ""
            for x in b:
                c = chr(x)
                if c == " ":
                    s += "_"
                elif c.isalnum() and x < 128:
                    s += c
                elif c in "!*+-/" and x < 128:
                    s += c
                else:
                    s += "=%02X" % x
            return s
        runs, cur = [], ""
        for ch in text:
            if len(qenc((cur + ch).encode(codec))) + overhead > 75 and cur:
                runs.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            runs.append(cur)
        for run in runs:
            words.append(f"=?{label}?Q?{qenc(run.encode(codec))}?=")
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B", codec=None, label_case=None, quote_ascii=False):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if quote_ascii or any(c in name for c in ',.()<>@;:"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc, codec, label_case)} <{email}>"


def addr_list(pairs, sep=",\n\t", **kw):
    return sep.join(addr(n, e, **kw) for n, e in pairs)


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(d, pad=False, tzname=None):
    """d is an aware datetime.  pad=True gives '01 Apr' (Gmail/Postfix style), False gives '1 Apr' (Outlook)."""
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{d.day:02d}" if pad else str(d.day)
    s = (f"{WEEKDAYS[d.weekday()]}, {day} {MONTHS[d.month - 1]} {d.year} "
         f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")
    if tzname:
        s += f" ({tzname})"
    return s


def when(y, mo, d, h, mi, s=0, offset_hours=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=offset_hours)))

