"""When the meeting was held and when the next one is: '会议时间：2024年9月26日14:00-15:00',
'下次会议：10月9日（周三）14:00 项目周会，3楼大会议室。', 'Next sync: Tuesday, Oct 22, 10:00 SGT'.

    next_followup(['10月9日（周三）14:00 项目周会，3楼大会议室。'], ctx)
        -> FollowUp(2024-10-09 14:00+08:00, None, '3楼大会议室')
    next_followup(['时间待定，另行通知'], ctx) -> None

A meeting time is a moment, not a deadline, so a range (14:00-15:00) gives the end instead of being
dropped, and a day without a time starts at the start of the working day.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from parsers.dates import due as dates
from parsers.dates.tokens import cn_number
from parsers.context import Context
from parsers.minutes.meeting.clock_zones import (WRITTEN_CLOCK, ZONE, own_zone_clock, stated_zone, writer_and_ours,
                                                zone_of_clock)
from parsers.minutes.lines.held import DIGIT, allows, held as held_chars, needs, scan_for
from parsers.model import FollowUp

DAY_START = time(9, 0)          # a follow-up day without a time: the invite starts at 09:00
PART_OF_DAY = (("下午", time(14, 0)), ("晚上", time(19, 0)), ("中午", time(12, 0)), ("afternoon", time(14, 0)))
MONTH_ONLY = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?")     # '下次专题会：2026年3月': a month is no day to invite to
UNDECIDED = re.compile(r"待定|未定|另行通知|再定|再议|[再另]约|待通知|[看视]情况|到时候?再说|tbd|tbc|to be (?:decided|confirmed|scheduled|announced)", re.I)
PERIOD_ONLY = re.compile(r"(?:季度?|月|年)(?:底|末|初|中)|[上中下]旬|end of (?:the )?(?:month|quarter|year)|\bQ[1-4]\b|"
                         r"第?[一二三四1-4]季度|下个?(?:月|季度)|\b(?:next|this)\s+(?:month|quarter)\b", re.I)   # 'Q4, date TBD'
LATER_DECIDED = re.compile(r"(?:年后|节后|假期?后|开学后|之后|以后|下周|下个?月|近期|后面|回头|到时候?)\s*(?:(?:再|另)?\s*"
                           r"(?:定|议|约|通知|待定|另行通知)|的?[\u4e00-\u9fff]{0,6}?会议?(?:时间)?\s*"    # '年后开工例会另行通知'
                           r"(?:(?:再|另)\s*(?:定|议|约|通知)|待定|另行通知))(?![\u4e00-\u9fff])|"
                           r"[视看][\u4e00-\u9fff]{1,10}?再定是否|(?:再定|待定|再决定)是否(?:召开|开|举行|再)")   # '视结果再定是否召开…'
ABSOLUTE = re.compile(r"(?:(?P<y>\d{4})\s*[年/.\-]\s*)?(?P<m>\d{1,2})\s*[月/.\-]\s*(?P<d>\d{1,2})\s*[日号]?")
CLOCK = re.compile(r"(?P<part>上午|下午|晚上|晚间|傍晚|(?<!最)晚|中午|早上)?\s*(?P<h>\d{1,2}|(?<=[午上])(?:十[一二]?|[一二两三四五六七八九]))\s*"
                   r"(?:[:：点时](?P<min>\d{2})?(?:\s*(?P<ampm2>am|pm)\b)?|(?P<ampm>am|pm))", re.I)      # '下午三点', '11:00 PM'
HOUR_SPAN = re.compile(r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*[-–~]\s*\d{1,2}(?::\d{2})?\s*(?P<ampm>am|pm)\b", re.I)
RANGE = re.compile(r"(?P<h1>\d{1,2})[:：](?P<m1>\d{2})\s*(?:[-~–—至到]|to)\s*(?P<h2>\d{1,2})[:：](?P<m2>\d{2})")
LOCATION_LABEL = re.compile(r"(?:地点|会议室|location|venue|where|room)\s*[:：]\s*(?P<place>[^，,；;。\n]+)", re.I)
NEXT_WEEK_SAME = re.compile(r"下周(?:的)?(?:同一|同样|相同|老)时间|(?:同一|老)时间下周|下周同一天|"
                            r"same\s+time\s+next\s+week|next\s+week,?\s+same\s+time", re.I)
NEXT_WEEK_THEN_DAY = re.compile(r"(下周[^，,。；;周下]{1,8}?(?:[，,]\s*)?)(周[一二三四五六日天])")   # 下周例会照旧，周四…
DAY_DASH_TIME = re.compile(r"\s+[—–-]{1,2}\s+(?=\d{1,2}[:：.]\d{2}|\d{1,2}\s*(?:am|pm)\b)", re.I)
NAMED_DAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
                       r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"     # or a day of an English
                       r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)   # month: '13 October 2026'
SAME_TIME = re.compile(r"同一时间|这个时间|這個時間|这个点|同个时间|同时刻|同時刻|同样时间|相同时间|老时间|原时间|时间同(?:本次|上次|今天|此次)|时间(?:不变|照旧)|"
                       r"same time|usual time|regular time|same slot", re.I)
NAMES_DAY = re.compile(r"[周期拜][一二三四五六日天]|[月号日天节]|\d[/.-]\d|(?i:mon|tue|wed|thu|fri|sat|sun|today|tomorrow)")
SET_AT = re.compile(r"(?:定在|定于|安排在|改在|改到|改为|挪到|放在)(?=\s*[下本这今明后节\d０-９])")
TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]{1,40}[)）][\s.。;；]*$")
# the meeting moved: the day after the move word is the meeting's, any day before it the one given up
MOVED_TO = re.compile(r"(?:提前|推迟|延后|顺延|改|挪|调整?|换|移)(?:到|至|在|为)|→|⇒|->|"
                      r"\b(?:moved|pushed|postponed|brought\s+forward|rescheduled|shifted)\s+(?:back\s+)?(?:to|for|until)\b", re.I)
EVENT_VERB = re.compile(r"召开|举行|举办|开会|见面|碰头|进行|开始")      # 开始: '上午9:00开始', when the meeting starts
EVERY_WEEKDAY = re.compile(r"每(?=周[一二三四五六日天])")
KOREAN_DAY = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")
PLACE = re.compile(r"会议室|室|楼|厅|馆|中心|园区|腾讯会议|飞书|钉钉|企业微信|zoom|teams|webex|视频|线上|电话|online|room|office|"
                   r"floor|building|hall", re.I)

# the text as the date reader is to read it, in order, each rewrite with what it needs (held.py): dates/due.py reads
# '14:00-15:30' and '10点召开' as events, not deadlines; here the event is what we want, and '地点：2号会议室' must not
# be read as the 2nd. (No rewrite adds a character a later one needs: the text's facts are found once, before them.)
REWRITES = ((needs("待未另再看视到tT"), lambda text: UNDECIDED.sub("", text)),   # its words: 待定, 未定, 另行通知, 看情况, tbd…
            (needs("地会lLvVwWrR", ":："), lambda text: LOCATION_LABEL.sub("", text)),
            (needs((DIGIT,), ":：", "-~–—至到t"), lambda text: RANGE.sub(lambda m: f"{m.group('h1')}:{m.group('m1')}", text)),
            (needs("—–-"), lambda text: DAY_DASH_TIME.sub(", ", text)),       # '23 April 2026 — 10:30': one moment
            (needs("每"), lambda text: EVERY_WEEKDAY.sub("", text)),         # '每周一上午9点': the next Monday at 9
            (needs("월"), lambda text: KOREAN_DAY.sub(r"\1月\2日", text)),    # Korean '10월 16일(금)': 10月16日
            (needs("下"), lambda text: NEXT_WEEK_THEN_DAY.sub(r"\1下\2", text)))   # '下周例会改到周二下午4点': next week's Tuesday
MOVE_NEEDS = needs("到至在为→⇒>tTfF")       # MOVED_TO: 改到/提前至…, an arrow, moved to / pushed for / postponed until
REWRITE_SCAN = scan_for([rewrite_needs for rewrite_needs, _ in REWRITES], [MOVE_NEEDS])


def next_followup(candidates: list[str], ctx: Context, held: datetime | None = None) -> FollowUp | None:
    """The first candidate text that holds a date; None when the first that says anything says 待定. `held` is when
    this meeting took place: '下周三同一时间' is next Wednesday at that time."""
    for text in candidates:
        if LATER_DECIDED.search(text) or UNDECIDED.search(text) and PERIOD_ONLY.search(text) and \
                not (ABSOLUTE.search(text) or NAMED_DAY.search(text)):
            return None                             # '年后再定', '拟于第四季度末召开，具体时间另行通知': no day yet
        start = _moment(_restated_apart(text), ctx, held)
        if start is not None:
            return FollowUp(start, _end(text, start), location(text))
        if UNDECIDED.search(text):
            return None
    return None


def _restated_apart(text: str) -> str:
    """'Tuesday 7/1 at 6pm PT (Wednesday 9am Beijing)': a moment with its zone, restated in brackets in another zone,
    is read once, without the brackets."""
    aside = TRAILING_ASIDE.search(text)
    return text[:aside.start()] if aside and ZONE.search(aside.group()) and ZONE.search(text, 0, aside.start()) else text


def held_at(text: str, ctx: Context) -> datetime | None:
    """When the meeting took place ('2024年2月8日 14:00-15:30' -> 14:00), in the send time's zone."""
    if ctx.sent is None:
        return None
    m = ABSOLUTE.search(text)
    if not m:
        due = dates.resolve(text, ctx.sent, ctx.calendar)
        return _combine(due.date, due.time, ctx) if due and due.date else held_in_sentence(text, ctx)   # '时间：19:00-19:50'
    year = int(m.group("y")) if m.group("y") else ctx.sent.year
    try:
        day = date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:                              # '19:00-19:50' read as month 0, day 19: a clock span, today
        return held_in_sentence(text, ctx)
    if not m.group("y") and day > ctx.sent.date() + timedelta(days=31):
        day = day.replace(year=year - 1)            # written in January about a December meeting
    return _combine(day, _clock(text[m.end():]), ctx)


def location(text: str) -> str | None:
    """'地点：2号会议室' or the part of the text that names a room or a meeting app."""
    labelled = LOCATION_LABEL.search(text)
    if labelled:
        return labelled.group("place").strip(" .") or None
    parts = [p.strip(" .") for p in re.split(r"[，,；;。]", text) if p.strip(" .")]
    return next((p for p in parts[1:] if PLACE.search(p) and not re.search(r"\d{1,2}[:：]\d{2}", p)), None)


def _moment(text: str, ctx: Context, held: datetime | None = None) -> datetime | None:
    if ctx.sent is None:
        return None
    if NEXT_WEEK_SAME.search(text) and not NAMED_DAY.search(text):   # '下周同一时间': this meeting + 7 days
        base = held.astimezone(ctx.sent.tzinfo) if held else _combine(ctx.sent.date(), None, ctx)
        return base + timedelta(days=7)
    facts = held_chars(text, REWRITE_SCAN)
    for rewrite_needs, rewrite in REWRITES:           # each only where the text holds what it needs
        text = rewrite(text) if allows(facts, rewrite_needs) else text
    # ('地点另行通知' leaves the day standing; with no day, next_followup reads the 待定 and gives None)
    text = _after_move(text, ctx) if allows(facts, MOVE_NEEDS) else text
    set_at = SET_AT.search(text)                # '节后生产调度会定在下周三同一时间': the day after 定在, not the 节后 of
    placed = set_at and dates.resolve(text[set_at.end():], ctx.sent, ctx.calendar)        # the meeting's name
    text = text[set_at.end():] if placed and placed.date and NAMES_DAY.search(placed.text) else text   # (not
    #                                                                         '…再碰一次，时间定在8点': the day is before it)
    written = ABSOLUTE.search(text)              # '5月19日下午召开节前安全检查总结会': the day before the verb, not the
    verb = written and EVENT_VERB.search(text, written.end())        # 节前 in the meeting's name
    head = verb and dates.resolve(text[:verb.start()], ctx.sent, ctx.calendar)    # (a prefix: its places hold in text)
    due = head if head and head.date else \
        dates.resolve(text, ctx.sent, ctx.calendar) or dates.resolve(EVENT_VERB.sub("，", text), ctx.sent, ctx.calendar)
    if due is not None and due.date is not None and not MONTH_ONLY.fullmatch(due.text.strip()):
        clock = None if due.policy_time else due.time
        if clock is not None and held is not None and SAME_TIME.search(text) and not WRITTEN_CLOCK.search(due.text):
            clock = None                               # '下周一晚上这个时间': the hour this meeting was held, not 晚上's
        if clock is None:
            clock = _later_in_day(_clock_after(text[due.end:]), due.text)
        same = SAME_TIME.search(text)
        if clock is None and same:                     # 'same slot (Tue 4pm) in two weeks, 4 May': the slot's hour, written
            clock = _clock_after(text[same.start():])  # beside the words that name it
        if clock is None and held is not None and same:
            clock = held.astimezone(ctx.sent.tzinfo).time()
        if clock is None:
            clock = next((t for word, t in PART_OF_DAY if word in due.text.lower()), None)
        own = None if clock is None else own_zone_clock(text, due, ctx.sent)   # '(15:00 Beijing)', '09:00 IST / 16:00
        own = writer_and_ours(text, due, ctx.sent, ctx.written_offset) if own is None and clock is not None else own
        if own is not None and (written := _clock(text[own:])):                # Beijing time': ours, whatever the other
            return _combine(due.date, written, ctx)
        zone = None if due.zoned or clock is None else zone_of_clock(text, due, ctx.sent)   # '10:00 CEST' the date
        if zone is not None:                                                                 # reader left unread
            return datetime.combine(due.date, clock, tzinfo=zone).astimezone(ctx.sent.tzinfo)
        return _combine(due.date, clock, ctx)
    return None


def _after_move(text: str, ctx: Context) -> str:
    """The text from its last move word on when a day follows it ('9/25 放假 → 提前到 9/24'), else all of it (a time
    alone after it moves the hour of the day before: '下周一例会照常，时间改为早上8点')."""
    moves = list(MOVED_TO.finditer(text))
    if not moves or not any(m.start() for m in moves):
        return text
    rest = text[moves[-1].start():]
    moved = dates.resolve(rest, ctx.sent, ctx.calendar)
    return rest if moved and not CLOCK.fullmatch(moved.text.strip()) else text   # '时间改为早上8点': the day stays


def _end(text: str, start: datetime) -> datetime | None:
    m = RANGE.search(text)
    if not m:
        return None
    try:
        end = start.replace(hour=int(m.group("h2")), minute=int(m.group("m2")))
    except ValueError:
        return None
    return end if end > start else None


MORNING = re.compile(r"凌晨|早上|早晨|清早|上午|早会|\b(?:am|a\.m\.)", re.I)


def meeting_held(facts: dict[str, str], ctx: Context) -> datetime | None:
    """When this meeting took place: its 会议时间 label, else the sentence that introduced the minutes."""
    if facts.get("held"):
        return held_at(facts["held"], ctx)
    return held_in_sentence(facts["held_sentence"], ctx) if facts.get("held_sentence") else None


def held_in_sentence(text: str, ctx: Context) -> datetime | None:
    """This meeting's time from the sentence that introduces the minutes ('本周例会（9/26 周五下午3点，…）纪要如下',
    "notes from today's sync (4-5pm, B312)"): its written day, else the day the mail was sent."""
    if ctx.sent is None:
        return None
    span = HOUR_SPAN.search(text)
    clock = _hour_span(span) if span else _clock(text, len(text))
    if clock is None:
        return None
    if 1 <= clock.hour <= 6 and not MORNING.search(text):
        clock = clock.replace(hour=clock.hour + 12)    # '今天4点的会': nobody meets at 4 a.m.
    day = ctx.sent.date()
    m = ABSOLUTE.search(text)
    if m and re.search(r"[月/]", m.group()):
        try:
            day = date(int(m.group("y") or ctx.sent.year), int(m.group("m")), int(m.group("d")))
        except ValueError:
            pass
    zone = stated_zone(text, ctx.sent)             # "today's call (10:30 CET)": that zone's 10:30, here
    if zone is not None:
        return datetime.combine(day, clock, tzinfo=zone).astimezone(ctx.sent.tzinfo)
    return _combine(day, clock, ctx)


def _hour_span(m: re.Match) -> time | None:
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    if m.group("ampm").lower() == "pm" and hour < 12:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _clock_after(text: str) -> time | None:
    """A clock time in the same clause after the day ('下周四同一时间（14:00）', 'Wednesday next week, same time
    (16:00)', '节后第一天早会照常7:50开始')."""
    clause = re.split(r"[。；;！!？?\n]|\.(?:\s|$)", text, maxsplit=1)[0][:40]
    m = CLOCK.search(clause)
    return _clock(clause[m.start():]) if m else None


def _later_in_day(clock: time | None, day_text: str) -> time | None:
    """'下周二晚上…，时间定在8点': a bare hour after a day written with 下午/晚上 is that afternoon's or evening's."""
    if clock and clock.hour < 12 and re.search(r"下午|晚上|傍晚|evening|afternoon|tonight", day_text, re.I):
        return clock.replace(hour=clock.hour + 12)
    return clock


def _clock(text: str, reach: int = 24) -> time | None:
    m = CLOCK.search(text[:reach])
    if not m:
        return None
    hour, minute = cn_number(m.group("h")) or 0, int(m.group("min") or (30 if text[m.end():m.end() + 1] == "半" else 0))
    pm = (m.group("ampm") or m.group("ampm2") or "").lower() == "pm"
    if (m.group("part") in ("下午", "晚上", "晚间", "傍晚", "晚") or pm) and hour < 12:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _combine(day: date, clock: time | None, ctx: Context) -> datetime:
    return datetime.combine(day, clock or DAY_START, tzinfo=ctx.sent.tzinfo)
