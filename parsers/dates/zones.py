"""The time zone a deadline is written in ('by Friday 5pm CET', '周五17:00（德国时间）', 'Thu 9am (London)', '美东时间周三上午10点').

A standard-time abbreviation names its region's clock: people write CET and PST all year, so '5pm CET' in October
is 17:00 on Berlin's clock (CEST), the region's own daylight-saving dates (zoneinfo) deciding; so do ET, PT, a
city or country ('London', '德国时间'). A summer-time name (CEST, BST, PDT, EDT) says the writer chose summer time:
it is that fixed offset. An ambiguous abbreviation (CST: US Central, China, Taiwan; IST: India, Ireland, Israel;
BST: Britain, Bangladesh) is the reading that keeps the configured zone's offset on the day (in an Asia/Shanghai
mail CST is China Standard Time), else its first reading below. A place named without "time" ('9am (London)',
'4pm Tokyo') counts only after a clock.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from parsers.dates.policy import Ctx, Part

H = 60                                  # minutes: a summer-time name is its fixed offset
ABBREVIATIONS = {
    "UTC": ("UTC",), "GMT": ("UTC",), "WET": ("Europe/Lisbon",), "WEST": (1 * H,), "BST": (1 * H, "Asia/Dhaka"),
    "IST": ("Asia/Kolkata", 1 * H, "Asia/Jerusalem"), "CET": ("Europe/Berlin",), "CEST": (2 * H,),
    "MEZ": ("Europe/Berlin",), "MESZ": (2 * H,), "EET": ("Europe/Athens",), "EEST": (3 * H,), "MSK": ("Europe/Moscow",),
    "GST": ("Asia/Dubai",), "ICT": ("Asia/Bangkok",), "WIB": ("Asia/Jakarta",), "SGT": ("Asia/Singapore",),
    "HKT": ("Asia/Hong_Kong",), "PHT": ("Asia/Manila",), "BJT": ("Asia/Shanghai",), "JST": ("Asia/Tokyo",),
    "KST": ("Asia/Seoul",), "AEST": ("Australia/Sydney",), "AEDT": (11 * H,), "NZST": ("Pacific/Auckland",),
    "NZDT": (13 * H,), "EST": ("America/New_York",), "EDT": (-4 * H,), "ET": ("America/New_York",),
    "CST": ("America/Chicago", "Asia/Shanghai", "Asia/Taipei"), "CDT": (-5 * H,), "CT": ("America/Chicago",),
    "MST": ("America/Denver",), "MDT": (-6 * H,), "MT": ("America/Denver",), "PST": ("America/Los_Angeles",),
    "PDT": (-7 * H,), "PT": ("America/Los_Angeles",),
}
PLACES_EN = {
    "London": "Europe/London", "UK": "Europe/London", "Dublin": "Europe/Dublin", "Lisbon": "Europe/Lisbon",
    "Berlin": "Europe/Berlin", "Germany": "Europe/Berlin", "Munich": "Europe/Berlin", "Frankfurt": "Europe/Berlin",
    "Paris": "Europe/Paris", "France": "Europe/Paris", "Amsterdam": "Europe/Amsterdam", "Madrid": "Europe/Madrid",
    "Milan": "Europe/Rome", "Rome": "Europe/Rome", "Zurich": "Europe/Zurich", "Stockholm": "Europe/Stockholm",
    "Helsinki": "Europe/Helsinki", "Moscow": "Europe/Moscow", "Dubai": "Asia/Dubai", "India": "Asia/Kolkata",
    "Bangalore": "Asia/Kolkata", "Mumbai": "Asia/Kolkata", "Bangkok": "Asia/Bangkok", "Singapore": "Asia/Singapore",
    "Hong Kong": "Asia/Hong_Kong", "Beijing": "Asia/Shanghai", "Shanghai": "Asia/Shanghai", "Shenzhen": "Asia/Shanghai",
    "China": "Asia/Shanghai", "Taipei": "Asia/Taipei", "Tokyo": "Asia/Tokyo", "Japan": "Asia/Tokyo",
    "Seoul": "Asia/Seoul", "Korea": "Asia/Seoul", "Sydney": "Australia/Sydney", "Melbourne": "Australia/Melbourne",
    "New York": "America/New_York", "NYC": "America/New_York", "Boston": "America/New_York",
    "Eastern": "America/New_York", "Chicago": "America/Chicago", "Central": "America/Chicago",
    "Denver": "America/Denver", "Mountain": "America/Denver", "Pacific": "America/Los_Angeles",
    "Los Angeles": "America/Los_Angeles", "San Francisco": "America/Los_Angeles", "Seattle": "America/Los_Angeles",
    "Silicon Valley": "America/Los_Angeles",
}
PLACES_CN = {
    "北京": "Asia/Shanghai", "中国": "Asia/Shanghai", "东八区": "Asia/Shanghai", "香港": "Asia/Hong_Kong",
    "台北": "Asia/Taipei", "东京": "Asia/Tokyo", "日本": "Asia/Tokyo", "首尔": "Asia/Seoul", "韩国": "Asia/Seoul",
    "新加坡": "Asia/Singapore", "曼谷": "Asia/Bangkok", "泰国": "Asia/Bangkok", "越南": "Asia/Ho_Chi_Minh",
    "印度": "Asia/Kolkata", "迪拜": "Asia/Dubai", "莫斯科": "Europe/Moscow", "德国": "Europe/Berlin",
    "柏林": "Europe/Berlin", "慕尼黑": "Europe/Berlin", "法国": "Europe/Paris", "巴黎": "Europe/Paris",
    "中欧": "Europe/Berlin", "欧洲中部": "Europe/Berlin", "英国": "Europe/London", "伦敦": "Europe/London",
    "格林尼治": "UTC", "格林威治": "UTC", "悉尼": "Australia/Sydney", "澳洲东部": "Australia/Sydney",
    "美东": "America/New_York", "美国东部": "America/New_York", "纽约": "America/New_York",
    "美中": "America/Chicago", "美国中部": "America/Chicago", "美西": "America/Los_Angeles",
    "美国西部": "America/Los_Angeles", "太平洋": "America/Los_Angeles", "洛杉矶": "America/Los_Angeles",
    "硅谷": "America/Los_Angeles", "旧金山": "America/Los_Angeles",
}
MAX_OFFSET = timedelta(hours=14)


def _alternatives(names) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


# the zone token's pattern (tokens.py, case-sensitive): an abbreviation, a UTC/GMT offset, a place with or without
# "time", 北京时间
ZONE_PATTERN = (r"(?<![A-Za-z])(?:(?P<abbr>" + _alternatives(ABBREVIATIONS) + r")(?![A-Za-z+\-−]|\d)|"
                r"(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<mi>[0-5]\d))?(?!\d)|"
                r"(?P<place>" + _alternatives(PLACES_EN) + r")(?P<time>\s+[Tt]ime)?(?![A-Za-z]))|"
                r"(?P<cn>" + _alternatives(PLACES_CN) + r")时间")


def read_zone(g: dict, ctx: Ctx) -> Part:
    """A zone token: a Part holding only the zone; hinted "after_clock" when it may not lead a phrase."""
    stated = stated_zone(g, ctx.sent)
    if stated is None:
        raise ValueError(g["_all"])
    zone, leads = stated
    return Part(zone=zone, hint="" if leads else "after_clock")


def stated_zone(groups: dict, sent: datetime) -> tuple[tzinfo, bool] | None:
    """(the zone, whether it may lead the phrase) of a zone token's groups, read at the send time; None for an
    offset no zone has (UTC+20). A bare place ('(London)') may only follow a clock."""
    if groups.get("cn"):
        return ZoneInfo(PLACES_CN[groups["cn"]]), True
    if groups.get("place"):
        return ZoneInfo(PLACES_EN[groups["place"]]), bool(groups.get("time"))
    if groups.get("abbr"):
        return _reading(ABBREVIATIONS[groups["abbr"]], sent), True
    offset = timedelta(hours=int(groups["h"]), minutes=int(groups.get("mi") or 0))
    if offset > MAX_OFFSET:
        return None
    return timezone(-offset if groups["sign"] in "-−" else offset), True


def _reading(readings: tuple[str | int, ...], sent: datetime) -> tzinfo:
    """The reading of an abbreviation: the one that keeps the configured zone's offset at the send time (CST in an
    Asia/Shanghai mail is China's), else the first (most common) one."""
    zones = [ZoneInfo(r) if isinstance(r, str) else timezone(timedelta(minutes=r)) for r in readings]
    return next((zone for zone in zones if sent.astimezone(zone).utcoffset() == sent.utcoffset()), zones[0]) \
        if len(zones) > 1 else zones[0]


def converted(day, clock, zone: tzinfo, here: tzinfo) -> datetime:
    """The moment of `day` at `clock` in `zone`, as the configured zone's clock shows it (the day moves across
    midnight)."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(here)
