"""Due phrases in Chinese and English -> deadlines.

    find_due('市场部王芳10月12日前提交方案终稿', sent, calendar)  -> Due(date=2024-10-12, text='10月12日前', ...)

Reading a line takes three steps: `tokens` finds date-ish tokens, `rules` says what each means against the send time
and the working-day calendar, and this module joins neighbours into phrases (10月16日（周三）下午5点前 = one phrase), drops
the ones that are no deadline (每周三, 自11月1日起, a meeting's 14:00-15:30, the old date of '由10月13日调整为10月15日') and
picks the one most likely meant as the deadline: a labelled one (截止时间：…) over one with 前/内/by over a bare date, and
any date over a vague word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from parsers.dates.anchored import anchor_spans
from parsers.dates.cues import BRACKETED, judge, phrase_text as _text
from parsers.dates.grouping import GAP, WEEKDAY_RULES, Phrase, group
from parsers.dates.holidays import NAMED as HOLIDAY_NAMED
from parsers.dates.policy import Ctx, Part
from parsers.dates.rules import meanings
from parsers.dates.tokens import MAX_LINE_CHARS, TRIGGER, cn_number, normalise, tokenize
from parsers.dates.workdays import WorkdayCalendar
from parsers.dates.zones import converted
from parsers.regex_start import start_checked
from parsers.frozen import quick_init


@quick_init
@dataclass(frozen=True)
class Due:
    date: date | None          # None for vague phrases
    time: time | None          # written, or a policy time (上午 -> 12:00, 下班前/EOD -> 18:00; see policy_time)
    text: str                  # the phrase as written in the input
    start: int                 # span of the phrase in the searched text
    end: int
    vague: bool = False        # 尽快, 近期, ASAP, 待定, TBD, 11月中旬 (a period without a day)
    estimated: bool = False    # calendar year unknown -> guessed working days
    past: bool = False         # resolved date is before the send date
    policy_time: bool = False  # `time` comes from a word by policy (上午 -> 12:00, 下午 -> 18:00), not a clock
    end_of_day: bool = False   # that word is the end of the working day (下班前, EOD): minutes keep due_time empty
    approx: date | None = None          # for a vague period, the policy guess (中旬 -> 20th, 月初 -> 5th)
    instant: datetime | None = None     # hour phrases (4小时内): the exact moment
    zone: tzinfo | None = field(default=None, repr=False, compare=False)   # the send time's zone
    problem: str = ""          # no_such_day (2月30日: date None) or weekday_mismatch (周五 written with a Sunday)
    zoned: bool = False        # date and time were written in another zone (5pm CET) and are converted into this one


CONNECTOR = re.compile(r"\s*(?:至|到|~|-|–|—|→|->|to|until|(?:调整|改|变更|更改|更新)[为到至]|(?:推迟|延期|延后|顺延|延长|提前)[至到]|延至)\s*", re.I)
CHANGED_TO = re.compile(r"(?:调整|改|变更|更改|更新)[为到至]|(?:推迟|延期|延后|顺延|延长|提前)[至到]|延至")
DISCLAIMER = re.compile(r"误收|误发|保密信息|机密信息|仅供.{0,8}使用|confidential|intended\s+recipient|unsubscribe|退订", re.I)
END_OF_DAY_WORD = re.compile(r"下班|收工|eod|cob|eob|end|close", re.I)
# read on every phrase and line, tried only where a match can start (parsers/regex_start.py): the same matches
DISCLAIMER, CHANGED_TO = map(start_checked, (DISCLAIMER, CHANGED_TO))


def find_due(text: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> Due | None:
    """The deadline phrase in a line of free text, resolved; None when the line holds no deadline."""
    text = text[:MAX_LINE_CHARS]
    norm = normalise(text)
    if not TRIGGER.search(norm) or DISCLAIMER.search(norm):
        return None
    return _best(_phrases(text, norm, Ctx(sent, calendar, holiday=holiday), strict=True))


# 'amenity count for Sunday, tomorrow EOD': the day the work is for, when another phrase says when it is due
PURPOSE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def find_all_dues(text: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> list[Due]:
    """Every deadline phrase of the line, in order of appearance."""
    text = text[:MAX_LINE_CHARS]
    norm = normalise(text)
    if not TRIGGER.search(norm) or DISCLAIMER.search(norm):
        return []
    dues = [due for due, _ in _phrases(text, norm, Ctx(sent, calendar, holiday=holiday), strict=True)]
    purposes = [due for due in dues if PURPOSE.search(text[:due.start])] if len(dues) > 1 else []
    return [due for due in dues if due not in purposes] if len(purposes) < len(dues) else dues


def resolve(phrase: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> Due | None:
    """A whole phrase such as a table cell ('10/28前', '周三17:00', 'Q4'): shapes that free text only
    trusts next to 前/by (10.15, Q4, 12号) are taken here, because the caller says it is a due."""
    phrase = phrase[:MAX_LINE_CHARS]
    norm = normalise(phrase)
    if not TRIGGER.search(norm):
        return None
    return _best(_phrases(phrase, norm, Ctx(sent, calendar, holiday=holiday), strict=False))


def deadline(due: Due, default_time: time) -> datetime | None:
    """The full aware deadline in the send time's zone: the exact instant for hour phrases, else the date at
    its time or `default_time`; None for a vague due."""
    if due.instant is not None:
        return due.instant
    if due.date is None:
        return None
    return datetime.combine(due.date, due.time or default_time, tzinfo=due.zone)


BARE_BREAK = re.compile(r"\s*节[前后]\s*")
UNDECIDED = re.compile(r"(?<!地点)(?<!地址)(?<!会场)(?<!人选)(?<!名单)(?:待定|待[确確][认認]|另行通知|另行[确確]定|另定|未定|择期|择日|\btb[dc]\b)", re.I)   # not yet set, unlike 尽快


def _best(found: list[tuple[Due, tuple[int, bool]]]) -> Due | None:
    """A dated phrase over a vague one (but 节后 gives way to 时间待定), the strongest cue, a written-out date (节后首次例会：
    2月19日), a named holiday's day over a bare 节后 ('节后复工安全检查，国庆节后第一个工作日'; not '节后开工当天'), the first."""
    if not found:
        return None
    undecided = next((due for due, _ in found if due.vague and UNDECIDED.search(due.text)), None)
    if undecided and all(due.vague or cue == (1, False) for due, cue in found):
        return undecided                           # '节后由何科长牵头…对接一次，时间待定': no day is set yet
    named = any(HOLIDAY_NAMED.search(due.text) for due, _ in found)
    return max(found, key=lambda pair: (not pair[0].vague, pair[1], not (named and BARE_BREAK.fullmatch(pair[0].text))))[0]


def _phrases(text: str, norm: str, ctx: Ctx, strict: bool) -> list[tuple[Due, tuple]]:
    """Tokens -> meanings -> phrases -> the ones that may be deadlines, each with its rank for `_best`."""
    tokens = tokenize(norm)
    if not tokens:
        return []                                  # most lines: no date token, so no phrase
    phrases = [p for p in group(norm, meanings(norm, tokens, ctx)) if p.day or p.time or p.whole]   # not a zone alone
    repeats = [t.end for t in tokens if t.kind == "noise" and norm[t.start] in "每隔"]
    for phrase in phrases:
        judge(norm, phrase)
        if any(end <= phrase.start and GAP.fullmatch(norm[end:phrase.start]) for end in repeats):
            phrase.dropped = True                  # 每周一上午10点前: a routine, not a deadline
    anchor_spans(norm, phrases, tokens, ctx)        # 国庆后3个工作日内, 收到样品后3个工作日内
    _drop_replaced(norm, phrases)
    kept = [p for p in phrases if not p.dropped and _trusted(norm, p, strict)]
    dues = [(_due(text, p, ctx), (p.cue, bool(p.day and p.day.explicit))) for p in kept]
    return [(due, cue) for due, cue in dues if due.date or due.vague or due.problem]


def _drop_replaced(text: str, phrases: list[Phrase]) -> None:
    """'由10月13日调整为10月15日', '10月24日至10月31日': the later date stands; '周一至周五' is a schedule."""
    for first, second in zip(phrases, phrases[1:]):
        if CONNECTOR.fullmatch(text[first.end:second.start]):
            first.dropped = True
            if _bare_weekday(text, first) and _bare_weekday(text, second) and not CHANGED_TO.search(
                    text[first.end:second.start]):
                second.dropped = True                  # 周一至周五, but not 由周三改为周五
            _inherit_month(first, second)


def _inherit_month(first: Phrase, second: Phrase) -> None:
    """'11月25日-29日': a bare day after a dated range start is in that month (or the next one)."""
    tok = second.tokens[0]
    if tok.rule != "day_only" or tok.m.groupdict().get("rel") or not (first.day and first.day.day and second.day):
        return
    start, day = first.day.day, cn_number(tok.m.group("d")) or 0
    try:
        end = start.replace(day=day)
        if end < start:
            end = (start.replace(day=1) + timedelta(days=32)).replace(day=day)
    except ValueError:
        return
    second.day, second.linked = replace(second.day, day=end), True


def _bare_weekday(text: str, phrase: Phrase) -> bool:
    tok = phrase.tokens[0]
    return tok.rule in WEEKDAY_RULES and not tok.m.groupdict().get("rel") and len(phrase.tokens) == 1


def _trusted(text: str, phrase: Phrase, strict: bool) -> bool:
    """Free text needs a cue for weak shapes (10.15, Q4, 12号) and for a bare time of day (18:00前)."""
    if not strict or phrase.linked:
        return True
    dated = [t for t in phrase.tokens if t.kind in ("day", "span")]
    if dated and all(t.weak for t in dated) and phrase.cue < 2 and not _weekday_vouches(text, phrase):
        return False
    if not dated and phrase.whole and all(t.weak for t in phrase.tokens) and phrase.cue < 2:
        return False                               # a bare week number (第47周) outside a due cell
    if phrase.day is None and phrase.whole is None:
        return phrase.cue >= 2 or bool(END_OF_DAY_WORD.search(_text(text, phrase)))
    return True


def _weekday_vouches(text: str, phrase: Phrase) -> bool:
    """A weekday alone in brackets ('整理报告(Fri)'), one that agrees with the date beside it ('Mon 27/4') or one
    joined to the end of the working day ('EOD Fri', 'COB Thu'): a date, whatever shape it is written in."""
    if not any(t.rule in WEEKDAY_RULES for t in phrase.tokens):
        return False
    agrees = sum(t.kind == "day" for t in phrase.tokens) >= 2 and not phrase.mismatch
    day_end = any(t.kind == "time" for t in phrase.tokens) and bool(END_OF_DAY_WORD.search(_text(text, phrase)))
    bracketed = bool(BRACKETED.search(text, 0, phrase.start)) and text[phrase.end:].lstrip()[:1] in (")", "）")
    return agrees or day_end or bracketed


def _due(original: str, phrase: Phrase, ctx: Ctx) -> Due:
    part = _nearer_reading(phrase.whole or phrase.day or Part(day=ctx.today), ctx)
    clock, policy = _clock(part, phrase.time)
    day = part.day
    if phrase.whole is None and day is None and phrase.time is not None and phrase.time.time is None:
        day = None                                 # a lone 晚上: no deadline
    problem = "no_such_day" if part.no_such_day else "weekday_mismatch" if phrase.mismatch else ""
    if phrase.zone is not None and phrase.whole is None and day is not None and clock is not None:
        return _zoned(original, phrase, ctx, converted(day, clock, phrase.zone, ctx.sent.tzinfo), problem)
    return Due(date=None if part.vague else day, time=part.time if phrase.whole else clock,
               text=original[phrase.start:phrase.end], start=phrase.start, end=phrase.end,
               vague=part.vague, estimated=part.estimated, past=bool(day and day < ctx.today),
               policy_time=policy, end_of_day=bool(policy and phrase.time.hint == "eod"), approx=part.approx, instant=part.instant, zone=ctx.sent.tzinfo, problem=problem)


def _nearer_reading(part: Part, ctx: Ctx) -> Part:
    """'by 12/5' written on 7 May: the day-first reading (12 May, days ahead) over the month-first one (5 December,
    half a year ahead) when only it is near — a deadline in minutes is weeks away, not seasons."""
    if part.alt and part.day and ctx.today <= part.alt and (part.alt - ctx.today).days <= NEAR_DAYS < (part.day - ctx.today).days / 5:
        return replace(part, day=part.alt, alt=None)
    return part


NEAR_DAYS = 31


def _zoned(original: str, phrase: Phrase, ctx: Ctx, moment: datetime, problem: str) -> Due:
    """A day and time written in another zone ('EOD Friday PST' is 18:00 there), as this zone's clock shows it:
    a time of its own, no longer a policy word of ours."""
    day = moment.date()
    return Due(date=day, time=moment.time().replace(second=0, microsecond=0, tzinfo=None),
               text=original[phrase.start:phrase.end], start=phrase.start, end=phrase.end,
               past=day < ctx.today, zone=ctx.sent.tzinfo, problem=problem, zoned=True)


def _clock(day: Part, when: Part | None) -> tuple[time | None, bool]:
    """The time of day, with 今晚/明早 and the office-hours reading of a bare 3点 (-> 15:00) applied."""
    if when is None or when.time is None:
        return None, False
    hour = when.time.hour
    if (hour, when.time.minute, day.hint) == (12, 0, "pm") and when.hint == "bare":
        return time(23, 59), False                 # 今晚12点: the end of the day, not noon
    if hour < 12 and (day.hint == "pm" and when.hint in ("bare", "colon")
                      or when.hint == "bare" and day.hint != "am" and 1 <= hour <= 6):
        hour += 12
    return when.time.replace(hour=hour), when.policy_time
