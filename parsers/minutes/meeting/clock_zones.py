"""Which zone the clock of a meeting is written in: '10:00 CEST', '3pm UTC+2', '10点（日本时间）', and of two clocks for one
slot ('11:00 Muscat time (15:00 Beijing)') the one written in our own zone."""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta, tzinfo

from parsers.dates import due as dates, zones
from parsers.dates.grouping import CLOCK_AFTER

# a zone written right after a clock time ('10:00 CEST', '3pm UTC+2', '9:30am PT', '10点（日本时间）'): the date reader's
# zone words (dates/zones.py), so a next meeting and a deadline written in one zone read the same, daylight saving included
# a place we do not know may name the clock before the offset that says it: '15:00 Casablanca time (GMT+1)', '15:00 卡萨布兰卡时间（UTC+1）'
ZONE = re.compile(r"(?:\d|(?i:am|pm)|点|时|半)\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?i:time)\s*(?=[(（])|[\u4e00-\u9fff]{1,8}时间\s*(?=[(（]))?"
                  r"[～~]?\s*[(（]?\s*(?:" + zones.ZONE_PATTERN + r")(?!" + CLOCK_AFTER.pattern + ")")   # (not '（波兰时间10:00）')
ZONE_LEADS = re.compile(r"(?:(?P<cn>" + zones.alternatives(zones.PLACES_CN) + r")时间|"
                        r"(?P<place>" + zones.alternatives(zones.PLACES_EN) +
                        r")\s+(?P<time>[Tt]ime))\s*[:：]?\s*(?=\d)")      # '（北京时间15:00）': the zone before its clock
# what every match of ZONE or ZONE_LEADS holds: a Latin letter of a zone's name or the 时间 of '日本时间' (a look before ZONE, whose
# names are tried after every digit: ~4 us a line without any)
ZONE_NAME = re.compile(r"[a-z]|时间", re.I)
CLOCKS = re.compile(r"\d{1,2}[:：.]\d{2}|\d{1,2}\s*(?:am|pm)\b|\d{1,2}\s*[点點时時]", re.I)
WRITTEN_CLOCK = re.compile(r"\d\s*(?:[:：点點时時]|am|pm)|[一二三四五六七八九十两兩]\s*[点點]", re.I)


def zone_of_clock(text: str, due: dates.Due, sent: datetime) -> tzinfo | None:
    """The zone written after the meeting's own clock ('Tue 12 May — 10:00 CEST'), not one after another clock further
    on ('15:00 Heihe / 10:00 Helsinki': the place we do not know is ours, Helsinki names the second clock)."""
    m = ZONE.search(text, due.start) if ZONE_NAME.search(text) else None
    stated = m and zones.stated_zone(m.groupdict(), sent)
    clocks = len(CLOCKS.findall(text, due.end, m.start() + 1)) + bool(WRITTEN_CLOCK.search(due.text)) if m else 0
    return stated[0] if stated and clocks <= 1 else None


def own_zone_clock(text: str, due: dates.Due, sent: datetime) -> int | None:
    """'11:00 Muscat time (15:00 Beijing)', '11:00马斯喀特时间（北京时间15:00）': of two clocks for one slot, the one
    written in our own zone is ours, whatever the other's zone: where that clock starts, else None."""
    noon = datetime.combine(due.date, time(12))

    def ours(groups: dict) -> bool:
        stated = zones.stated_zone(groups, sent)
        return bool(stated) and stated[0].utcoffset(noon) == sent.tzinfo.utcoffset(noon)

    after = ZONE.search(text, due.end) if ZONE_NAME.search(text, due.end) else None
    leads = ZONE_LEADS.search(text, due.end) if ZONE_NAME.search(text, due.end) else None
    if after and ours(after.groupdict()):
        clocks = list(CLOCKS.finditer(text, due.end, after.start() + 1))
    elif leads and ours(leads.groupdict()):
        clocks = list(CLOCKS.finditer(text, due.end, leads.start())) + [CLOCKS.match(text, leads.end())]
    else:
        return None
    first = bool(WRITTEN_CLOCK.search(due.text)) or len(clocks) > 1
    return clocks[-1].start() if clocks and clocks[-1] and first else None


def writer_and_ours(text: str, due: dates.Due, sent: datetime, written: timedelta | None) -> int | None:
    """'10:00 Vilnius / 15:00 Yingkou' from a writer whose Date says +0300: of two clocks for one slot in places we do
    not know, the one as far after the other as our zone is ahead of the writer's is ours; from a writer in our zone,
    the second when the first names its place's time: where it starts, else None."""
    pair = SLOT_PAIR.search(text, due.start, due.end + SLOT_REACH) if written is not None and sent.utcoffset() else None
    if not pair:
        return None
    if sent.utcoffset() == written:            # a writer in our zone: '9:00 am Curitiba time (8:00 pm Heyuan)' names
        first = text[pair.start():pair.end("between")]                                   # the other's zone, not ours
        return pair.start("h2") if PLACE_TIME.search(pair.group("between")) and stated_zone(first, sent) is None else None
    first, second = (int(pair.group(h)) * 60 + int(pair.group(m)) for h, m in (("h1", "m1"), ("h2", "m2")))
    ahead = int((sent.utcoffset() - written).total_seconds() // 60)
    if (second - first) % 1440 == ahead % 1440:
        return pair.start("h2")
    return pair.start("h1") if (first - second) % 1440 == ahead % 1440 else None


# two clocks for one slot, each with a word or two after it: '10:00 Vilnius / 15:00 Yingkou', '11:00 Riga (16:00 Huzhou)'
SLOT_PAIR = re.compile(r"(?P<h1>\d{1,2})[:：](?P<m1>\d{2})(?P<between>\s*[^\d/／(（]{0,24}?\s*)[/／(（]\s*(?P<h2>\d{1,2})[:：](?P<m2>\d{2})")
PLACE_TIME = re.compile(r"[A-Za-z]\s+time\b|[\u4e00-\u9fff]时间", re.I)
SLOT_REACH = 40


def stated_zone(text: str, sent: datetime) -> tzinfo | None:
    """The zone a clock time is written in ('10:00 CEST', '3pm UTC+2', '9:30am PT'), read at the send time, else None
    (the default zone)."""
    m = ZONE.search(text) if ZONE_NAME.search(text) else None
    stated = zones.stated_zone(m.groupdict(), sent) if m else None
    return stated[0] if stated else None
