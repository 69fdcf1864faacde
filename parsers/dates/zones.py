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
    "NZDT": (13 * H,), "IDT": (3 * H,), "AWST": ("Australia/Perth",), "ACST": ("Australia/Adelaide",),
    "EST": ("America/New_York",), "EDT": (-4 * H,), "ET": ("America/New_York",),
    "CST": ("America/Chicago", "Asia/Shanghai", "Asia/Taipei"), "CDT": (-5 * H,), "CT": ("America/Chicago",),
    "MST": ("America/Denver",), "MDT": (-6 * H,), "MT": ("America/Denver",), "PST": ("America/Los_Angeles",),
    "PDT": (-7 * H,), "PT": ("America/Los_Angeles",), "AKST": ("America/Anchorage",), "AKDT": (-8 * H,),
    "HST": ("Pacific/Honolulu",), "AST": ("Asia/Riyadh", "America/Halifax"), "ADT": (-3 * H,), "NST": ("America/St_Johns",),
    "CLT": ("America/Santiago",), "CLST": (-3 * H,), "ART": ("America/Argentina/Buenos_Aires",), "BRT": ("America/Sao_Paulo",),
    "COT": ("America/Bogota",), "PET": ("America/Lima",), "VET": ("America/Caracas",), "WAT": ("Africa/Lagos",),
    "CAT": ("Africa/Maputo",), "EAT": ("Africa/Nairobi",), "SAST": ("Africa/Johannesburg",), "TRT": ("Europe/Istanbul",),
    "PKT": ("Asia/Karachi",), "NPT": ("Asia/Kathmandu",), "MYT": ("Asia/Kuala_Lumpur",), "WITA": ("Asia/Makassar",),
    "IRST": ("Asia/Tehran",), "ACDT": (10 * H + 30,), "AWDT": (9 * H,), "CHST": ("Pacific/Guam",),
}
WORDS_TOO = {"AST", "ART", "CAT", "COT", "EAT", "HST", "NST", "PET", "VET", "WAT"}   # '…PET bottles…': a zone only after a clock
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
    "Silicon Valley": "America/Los_Angeles", "Riyadh": "Asia/Riyadh", "Jeddah": "Asia/Riyadh", "Saudi": "Asia/Riyadh",
    "Doha": "Asia/Qatar", "Qatar": "Asia/Qatar", "Abu Dhabi": "Asia/Dubai", "UAE": "Asia/Dubai", "Tel Aviv": "Asia/Jerusalem",
    "Istanbul": "Europe/Istanbul", "Turkey": "Europe/Istanbul", "Cairo": "Africa/Cairo", "Casablanca": "Africa/Casablanca",
    "Morocco": "Africa/Casablanca", "Lagos": "Africa/Lagos", "Nairobi": "Africa/Nairobi", "Johannesburg": "Africa/Johannesburg",
    "Warsaw": "Europe/Warsaw", "Poland": "Europe/Warsaw", "Vienna": "Europe/Vienna", "Brussels": "Europe/Brussels",
    "Oslo": "Europe/Oslo", "Copenhagen": "Europe/Copenhagen", "Prague": "Europe/Prague", "Budapest": "Europe/Budapest",
    "Athens": "Europe/Athens", "Kyiv": "Europe/Kyiv", "Jakarta": "Asia/Jakarta", "Indonesia": "Asia/Jakarta",
    "Kuala Lumpur": "Asia/Kuala_Lumpur", "Malaysia": "Asia/Kuala_Lumpur", "Penang": "Asia/Kuala_Lumpur",
    "Manila": "Asia/Manila", "Philippines": "Asia/Manila", "Ho Chi Minh": "Asia/Ho_Chi_Minh", "Hanoi": "Asia/Ho_Chi_Minh",
    "Vietnam": "Asia/Ho_Chi_Minh", "Delhi": "Asia/Kolkata", "Karachi": "Asia/Karachi", "Dhaka": "Asia/Dhaka",
    "Osaka": "Asia/Tokyo", "Macau": "Asia/Macau", "Auckland": "Pacific/Auckland", "New Zealand": "Pacific/Auckland",
    "Toronto": "America/Toronto", "Vancouver": "America/Vancouver", "Mexico City": "America/Mexico_City",
    "Monterrey": "America/Monterrey", "Sao Paulo": "America/Sao_Paulo", "São Paulo": "America/Sao_Paulo",
    "Brazil": "America/Sao_Paulo", "Buenos Aires": "America/Argentina/Buenos_Aires", "Bogota": "America/Bogota", "Bogotá": "America/Bogota",
    "Colombia": "America/Bogota", "Medellín": "America/Bogota", "Medellin": "America/Bogota", "Zürich": "Europe/Zurich",
    "Lima": "America/Lima", "Almaty": "Asia/Almaty", "Astana": "Asia/Almaty", "Kazakhstan": "Asia/Almaty",
    "Tashkent": "Asia/Tashkent", "Bishkek": "Asia/Bishkek", "Ulaanbaatar": "Asia/Ulaanbaatar", "Kathmandu": "Asia/Kathmandu",
    "Yangon": "Asia/Yangon", "Phnom Penh": "Asia/Phnom_Penh", "Vientiane": "Asia/Vientiane", "Colombo": "Asia/Colombo",
    "Tehran": "Asia/Tehran", "Baku": "Asia/Baku", "Tbilisi": "Asia/Tbilisi", "Santiago": "America/Santiago", "Chile": "America/Santiago",
    # a country's adjective, as in '9:00 Italian time' (alone, as every place here, only right after a clock)
    "Italy": "Europe/Rome", "Italian": "Europe/Rome", "German": "Europe/Berlin", "French": "Europe/Paris",
    "Dutch": "Europe/Amsterdam", "Netherlands": "Europe/Amsterdam", "Swiss": "Europe/Zurich",
    "Switzerland": "Europe/Zurich", "Swedish": "Europe/Stockholm", "Sweden": "Europe/Stockholm",
    "Danish": "Europe/Copenhagen", "Denmark": "Europe/Copenhagen", "Spanish": "Europe/Madrid", "Spain": "Europe/Madrid",
    "Japanese": "Asia/Tokyo", "Korean": "Asia/Seoul", "Indian": "Asia/Kolkata", "Chinese": "Asia/Shanghai",
    "Israel": "Asia/Jerusalem", "Israeli": "Asia/Jerusalem", "Jerusalem": "Asia/Jerusalem", "Brisbane": "Australia/Brisbane",
    "Queensland": "Australia/Brisbane", "Perth": "Australia/Perth", "Adelaide": "Australia/Adelaide",
    "Portugal": "Europe/Lisbon", "Portuguese": "Europe/Lisbon", "Porto": "Europe/Lisbon", "Norway": "Europe/Oslo",
    "Norwegian": "Europe/Oslo", "Mexico": "America/Mexico_City", "Mexican": "America/Mexico_City", "Thailand": "Asia/Bangkok",
    "Thai": "Asia/Bangkok", "Belgium": "Europe/Brussels", "Belgian": "Europe/Brussels", "Austria": "Europe/Vienna",
    "Austrian": "Europe/Vienna", "Finland": "Europe/Helsinki", "Finnish": "Europe/Helsinki", "Ireland": "Europe/Dublin",
    "Irish": "Europe/Dublin", "British": "Europe/London", "Chilean": "America/Santiago", "Galway": "Europe/Dublin",
    "Cork": "Europe/Dublin", "Limerick": "Europe/Dublin", "Manchester": "Europe/London", "Edinburgh": "Europe/London",
    "Hamburg": "Europe/Berlin", "Stuttgart": "Europe/Berlin", "Rotterdam": "Europe/Amsterdam", "Lyon": "Europe/Paris",
    "Barcelona": "Europe/Madrid", "Gothenburg": "Europe/Stockholm", "Bergen": "Europe/Oslo", "Geneva": "Europe/Zurich",
    "Houston": "America/Chicago", "Dallas": "America/Chicago", "Atlanta": "America/New_York", "Detroit": "America/Detroit",
    # the Chinese cities a foreign partner names beside its own ('15:00 Galway / 22:00 Changzhou')
    **dict.fromkeys(("Guangzhou", "Hangzhou", "Suzhou", "Nanjing", "Wuhan", "Chengdu", "Chongqing", "Tianjin", "Xiamen",
                     "Qingdao", "Dalian", "Ningbo", "Xi'an", "Xian", "Shenyang", "Harbin", "Kunming", "Zhuhai", "Dongguan",
                     "Foshan", "Wuxi", "Changzhou", "Hefei", "Changsha", "Zhengzhou", "Jinan", "Fuzhou", "Nanning",
                     "Haikou", "Urumqi", "Hohhot", "Lanzhou", "Guiyang", "Nanchang", "Taiyuan", "Shijiazhuang",
                     "Zhanjiang", "Weifang", "Yantai", "Wenzhou", "Jiaxing", "Shaoxing", "Kunshan", "Nantong"), "Asia/Shanghai"),
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
    "硅谷": "America/Los_Angeles", "旧金山": "America/Los_Angeles", "利雅得": "Asia/Riyadh", "沙特": "Asia/Riyadh",
    "吉达": "Asia/Riyadh", "多哈": "Asia/Qatar", "卡塔尔": "Asia/Qatar", "阿联酋": "Asia/Dubai", "阿布扎比": "Asia/Dubai",
    "以色列": "Asia/Jerusalem", "伊斯坦布尔": "Europe/Istanbul", "土耳其": "Europe/Istanbul", "开罗": "Africa/Cairo",
    "埃及": "Africa/Cairo", "卡萨布兰卡": "Africa/Casablanca", "摩洛哥": "Africa/Casablanca", "拉各斯": "Africa/Lagos",
    "尼日利亚": "Africa/Lagos", "肯尼亚": "Africa/Nairobi", "内罗毕": "Africa/Nairobi", "南非": "Africa/Johannesburg",
    "约翰内斯堡": "Africa/Johannesburg", "华沙": "Europe/Warsaw", "波兰": "Europe/Warsaw", "维也纳": "Europe/Vienna",
    "奥地利": "Europe/Vienna", "布鲁塞尔": "Europe/Brussels", "比利时": "Europe/Brussels", "荷兰": "Europe/Amsterdam",
    "阿姆斯特丹": "Europe/Amsterdam", "意大利": "Europe/Rome", "米兰": "Europe/Rome", "罗马": "Europe/Rome",
    "西班牙": "Europe/Madrid", "马德里": "Europe/Madrid", "葡萄牙": "Europe/Lisbon", "里斯本": "Europe/Lisbon",
    "瑞士": "Europe/Zurich", "苏黎世": "Europe/Zurich", "瑞典": "Europe/Stockholm", "挪威": "Europe/Oslo",
    "丹麦": "Europe/Copenhagen", "芬兰": "Europe/Helsinki", "捷克": "Europe/Prague", "匈牙利": "Europe/Budapest",
    "希腊": "Europe/Athens", "乌克兰": "Europe/Kyiv", "雅加达": "Asia/Jakarta", "印尼": "Asia/Jakarta",
    "吉隆坡": "Asia/Kuala_Lumpur", "马来西亚": "Asia/Kuala_Lumpur", "槟城": "Asia/Kuala_Lumpur", "马尼拉": "Asia/Manila",
    "菲律宾": "Asia/Manila", "胡志明": "Asia/Ho_Chi_Minh", "河内": "Asia/Ho_Chi_Minh", "孟买": "Asia/Kolkata",
    "新德里": "Asia/Kolkata", "巴基斯坦": "Asia/Karachi", "孟加拉": "Asia/Dhaka", "大阪": "Asia/Tokyo", "澳门": "Asia/Macau",
    "台湾": "Asia/Taipei", "新西兰": "Pacific/Auckland", "奥克兰": "Pacific/Auckland", "多伦多": "America/Toronto",
    "温哥华": "America/Vancouver", "加拿大东部": "America/Toronto", "墨西哥": "America/Mexico_City",
    "蒙特雷": "America/Monterrey", "圣保罗": "America/Sao_Paulo", "巴西": "America/Sao_Paulo",
    "布宜诺斯艾利斯": "America/Argentina/Buenos_Aires", "阿根廷": "America/Argentina/Buenos_Aires",
    "波哥大": "America/Bogota", "哥伦比亚": "America/Bogota", "利马": "America/Lima", "秘鲁": "America/Lima",
    "圣地亚哥": "America/Santiago", "智利": "America/Santiago", "墨尔本": "Australia/Melbourne",
    "布里斯班": "Australia/Brisbane", "珀斯": "Australia/Perth", "特拉维夫": "Asia/Jerusalem", "耶路撒冷": "Asia/Jerusalem",
}
MAX_OFFSET = timedelta(hours=14)


def alternatives(names) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


# the zone token's pattern (tokens.py, case-sensitive): an abbreviation, a UTC/GMT offset, a place with or without
# "time", 北京时间
ZONE_PATTERN = (r"(?<![A-Za-z])(?:(?P<abbr>" + alternatives(ABBREVIATIONS) + r")(?![A-Za-z+\-−]|\d)|"
                r"(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<mi>[0-5]\d))?(?!\d)|"
                r"(?P<place>" + alternatives(PLACES_EN) + r")(?P<time>\s+[Tt]ime)?(?![A-Za-z])"
                r"(?!\s+(?:[Rr]oom|[Hh]all|[Oo]ffice|[Bb]uilding|[Ss]ite|[Pp]lant|[Cc]ampus|[Ff]loor|[Ll]ab|[Ss]uite)\b))|"   # 'Lyon room'
                r"(?P<cn>" + alternatives(PLACES_CN) + r")时间")


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
        return _reading(ABBREVIATIONS[groups["abbr"]], sent), groups["abbr"] not in WORDS_TOO
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
