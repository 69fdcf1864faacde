"""Writes phrases15.tsv: deadlines written in another time zone ('by Friday 5pm CET', '周五17:00（德国时间）', 'EOD Friday
PST') and lunar month-days written with a Chinese-numeral month and no 日/号 ('五月廿二', '八月初三'), next to their
solar look-alikes ('五月廿二日', '5月22号'). Each expected day and time is computed here with zoneinfo and lunar-python
alone, never with parsers/dates.  python make_phrases15.py [--check]

Columns: the phrase, the send time, the configured zone the parse is given, the expected day and time there."""
from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from lunar_python import Lunar

OUT = Path(__file__).with_name("phrases15.tsv")
HEADER = "phrase\tsend_time\tzone\texpected_date\texpected_time_or_blank\texpected_problem\tkind"
ONE = timedelta(days=1)
SHANGHAI = "Asia/Shanghai"
# send times around the daylight-saving changes: both sides on summer time, both on winter time, the weeks in
# March and at the end of October when the US and Europe have switched and the other has not
SENDS = ("2024-10-10T15:00+08:00", "2025-01-15T10:00+08:00", "2025-03-12T10:00+08:00", "2025-10-29T09:30+08:00")
LUNAR_PAST_DAYS = 90


def on_or_after(sent: date, weekday: int) -> date:
    return sent + timedelta(days=(weekday - sent.weekday()) % 7)


def next_week(sent: date, weekday: int) -> date:
    return sent - timedelta(days=sent.weekday()) + timedelta(weeks=1, days=weekday)


def there(day: date, clock: time, zone: str, here: str) -> datetime:
    """`clock` on `day` in `zone`, as the configured zone's clock shows it."""
    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(here))


def lunar_day(sent: date, month: int, day: int, year: int | None = None) -> date:
    """The solar day of a lunar month-day: in the lunar year written, else the first one not more than 90 days past."""
    if year is not None:
        return _solar(year, month, day)
    for lunar_year in range(sent.year - 1, sent.year + 2):
        solar = _solar(lunar_year, month, day)
        if (sent - solar).days <= LUNAR_PAST_DAYS:
            return solar
    raise ValueError((month, day))


def _solar(year: int, month: int, day: int) -> date:
    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def solar_day(sent: date, month: int, day: int) -> date:
    """SPEC's year of a month-day written without one: this year's, unless more than 90 days back."""
    return date(sent.year + ((sent - date(sent.year, month, day)).days > 90), month, day)


# (phrase, the day it names from the send day, the clock there, the zone it is written in, kind)
ZONED = [
    ("by Friday 5pm CET", lambda s: on_or_after(s, 4), time(17), "Europe/Berlin", "zone_en"),
    ("4pm CET", lambda s: s, time(16), "Europe/Berlin", "zone_en"),
    ("10:00 CEST", lambda s: s, time(10), "Etc/GMT-2", "zone_en"),             # a summer name: its offset
    ("Thu 9:00 BST", lambda s: on_or_after(s, 3), time(9), "Etc/GMT-1", "zone_en"),
    ("Wed 2pm GMT", lambda s: on_or_after(s, 2), time(14), "UTC", "zone_en"),
    ("next Monday 9am ET", lambda s: next_week(s, 0), time(9), "America/New_York", "zone_en"),
    ("Friday 3pm New York time", lambda s: on_or_after(s, 4), time(15), "America/New_York", "zone_en"),
    ("EOD Friday PST", lambda s: on_or_after(s, 4), time(18), "America/Los_Angeles", "zone_eod"),
    ("COB Thursday EST", lambda s: on_or_after(s, 3), time(18), "America/New_York", "zone_eod"),
    ("by end of day Monday CET", lambda s: on_or_after(s, 0), time(18), "Europe/Berlin", "zone_eod"),
    ("周五下班前（美西时间）", lambda s: on_or_after(s, 4), time(18), "America/Los_Angeles", "zone_eod"),
    ("周五17:00（德国时间）前", lambda s: on_or_after(s, 4), time(17), "Europe/Berlin", "zone_cn"),
    ("下午3点（东京时间）", lambda s: s, time(15), "Asia/Tokyo", "zone_cn"),
    ("美东时间周三上午10点", lambda s: on_or_after(s, 2), time(10), "America/New_York", "zone_cn"),
    ("下周二上午9点（美西时间）前", lambda s: next_week(s, 1), time(9), "America/Los_Angeles", "zone_cn"),
    ("明天下午2点（伦敦时间）", lambda s: s + ONE, time(14), "Europe/London", "zone_cn"),
    ("周四晚上8点（日本时间）", lambda s: on_or_after(s, 3), time(20), "Asia/Tokyo", "zone_cn"),
    ("Thu 9am (London)", lambda s: on_or_after(s, 3), time(9), "Europe/London", "zone_place"),
    ("by Monday 10:00 (Tokyo)", lambda s: on_or_after(s, 0), time(10), "Asia/Tokyo", "zone_place"),
    ("tomorrow 8am Sydney time", lambda s: s + ONE, time(8), "Australia/Sydney", "zone_place"),
    ("by Tuesday 11:00 UTC+2", lambda s: on_or_after(s, 1), time(11), "Etc/GMT-2", "zone_offset"),
    ("周三下午4点 GMT+9", lambda s: on_or_after(s, 2), time(16), "Etc/GMT-9", "zone_offset"),
    ("Friday 6pm UTC-5", lambda s: on_or_after(s, 4), time(18), "Etc/GMT+5", "zone_offset"),
    ("tomorrow 9am IST", lambda s: s + ONE, time(9), "Asia/Kolkata", "zone_en"),
]
# an ambiguous abbreviation: the reading that keeps the configured zone's offset, else the first one
AMBIGUOUS = [
    ("by Friday 5pm CST", SHANGHAI, "Asia/Shanghai"), ("by Friday 5pm CST", "Europe/Berlin", "America/Chicago"),
    ("by Friday 5pm CST", "America/Chicago", "America/Chicago"), ("by Friday 5pm CST", "Asia/Taipei", "Asia/Taipei"),
]
LUNAR = [("五月廿二", 5, 22, None), ("九月廿二", 9, 22, None), ("后年九月廿二", 9, 22, 2), ("八月初三", 8, 3, None),
         ("十月廿五前", 10, 25, None), ("明年三月初八", 3, 8, 1), ("十一月廿九", 11, 29, None), ("六月廿六之前", 6, 26, None)]
SOLAR = [("五月廿二日", 5, 22), ("5月22号", 5, 22), ("五月二十二日", 5, 22), ("5月廿二", 5, 22), ("九月三十前", 9, 30),
         ("十月廿五号前", 10, 25)]


def rows() -> list[tuple[str, ...]]:
    out = []

    def add(phrase, sent, zone, day, at, kind):
        out.append((phrase, sent.isoformat(timespec="minutes"), zone, day.isoformat(), at, "", kind))

    for iso in SENDS:
        sent = datetime.fromisoformat(iso)
        local = sent.astimezone(ZoneInfo(SHANGHAI))
        for phrase, day_of, clock, zone, kind in ZONED:
            moment = there(day_of(local.date()), clock, zone, SHANGHAI)
            add(phrase, sent, SHANGHAI, moment.date(), moment.strftime("%H:%M"), kind)
        for phrase, here, reading in AMBIGUOUS:
            mine = sent.astimezone(ZoneInfo(here))
            moment = there(on_or_after(mine.date(), 4), time(17), reading, here)
            add(phrase, sent, here, moment.date(), moment.strftime("%H:%M"), "zone_ambiguous")
        add("by Friday CET", sent, SHANGHAI, on_or_after(local.date(), 4), "", "zone_no_time")
    for iso in SENDS[:2]:
        sent = datetime.fromisoformat(iso)
        s = sent.astimezone(ZoneInfo(SHANGHAI)).date()
        for phrase, month, day, years in LUNAR:
            add(phrase, sent, SHANGHAI, lunar_day(s, month, day, None if years is None else s.year + years), "", "lunar")
        for phrase, month, day in SOLAR:
            add(phrase, sent, SHANGHAI, solar_day(s, month, day), "", "solar")
    return out


def text() -> str:
    return "\n".join([HEADER, *("\t".join(row) for row in rows())]) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text() else 1)
    OUT.write_text(text(), encoding="utf-8")
    print(f"{len(rows())} rows -> {OUT}")
