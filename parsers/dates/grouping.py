"""Step 3 of reading a due phrase: neighbouring tokens joined into one phrase (10月16日（周三）下午5点前, Mon 27/4
10:00, 23 April 2026 — 10:30), a weekday written beside a date checked against it."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import tzinfo

from parsers.dates.policy import Part
from parsers.dates.tokens import Token

GAP = re.compile(r"[\s,，、]*[(（]?\s*|[^()（）\d]{0,10}[)）][\s,，]*(?:(?:at|@)\s*)?|[\s,，]*(?:at|@)\s*|"   # 'June 2 (Tue) at 2:30 PM'
                 r"\s*[(（]\s*[一二三四五六日天月火水木金土]\s*[)）][\s,，]*", re.I)   # '12月9日（三）下午两点半', '1/22（金）15時'
DAY_TIME_DASH = re.compile(r"[)）]?\s*[-–—]{1,2}\s*")               # '23 April 2026 — 10:30', '28日（周五）——17:00'
DAY_TIME_WORD = re.compile(r"\s*(?:before|by|until|till)\s+", re.I)     # '下周三 before noon', 'Fri by 3pm'
WEEKDAY_RULES = ("weekday", "weekday_en")
RANGE_DASH = re.compile(r"\s*(?:[-–—~～至到]|to)\s*")
CUE_BEFORE_ZONE = re.compile(r"\s*(?:之前|以前|前)\s*[(（]\s*$")


@dataclass
class Phrase:
    """Neighbouring tokens read as one phrase, while it is being built."""
    start: int
    end: int
    tokens: list[Token]
    day: Part | None = None
    time: Part | None = None
    whole: Part | None = None      # a span or vague token: a complete deadline on its own
    cue: int = 1
    dropped: bool = False
    linked: bool = False           # the end of a range whose start was a trusted date (2月10日-17日)
    mismatch: bool = False         # a weekday written with the date names another day
    zone: tzinfo | None = None     # the zone its day and time are written in ('周五17:00（德国时间）')


def group(text: str, parts: list[tuple[Token, Part]]) -> list[Phrase]:
    """Tokens with their meanings, left to right -> phrases: a token joins the one before when only a separator
    lies between and the two fit together (a day and its time, a date and its weekday)."""
    phrases: list[Phrase] = []
    for tok, part in parts:
        last = phrases[-1] if phrases else None
        if tok.kind == "zone":
            _add_zone(text, phrases, tok, part)
            continue
        gap = text[last.end:tok.start] if last else ""
        if last is None or not _adjacent(gap, last, tok) or _aside_ends(text, phrases, gap) or not _join(last, tok, part, text):
            phrases.append(Phrase(tok.start, tok.end, [tok]))
            _join(phrases[-1], tok, part, text)
        else:
            last.end = tok.end
            last.tokens.append(tok)
    return phrases


CLOCK_AFTER = re.compile(r"\s*[:：]?\s*\d{1,2}\s*[:：点]")   # '16:00（波兰时间10:00）': that zone leads its own clock


def _add_zone(text: str, phrases: list[Phrase], tok: Token, part: Part) -> None:
    """A zone closes the phrase it follows ('5pm CET', '17:00（德国时间）', a bare place only right after a clock:
    '9am (London)') or opens the next one ('美东时间周三上午10点', '（波兰时间10:00）' after our own clock); elsewhere it
    says nothing."""
    last = phrases[-1] if phrases else None
    after_clock = bool(last and last.tokens[-1].kind == "time" and last.time and last.time.time)
    gap = text[last.end:tok.start] if last else ""
    cue = CUE_BEFORE_ZONE.match(gap)                # '周五下班前（美西时间）': the zone of the phrase the cue ends
    if last and last.zone is None and (last.day or last.time) and (GAP.fullmatch(gap) or cue) \
            and (part.hint != "after_clock" or after_clock) and not CLOCK_AFTER.match(text, tok.end):
        last.zone = part.zone
        if not cue:
            last.end = tok.end
            last.tokens.append(tok)
    elif part.hint != "after_clock":
        phrases.append(Phrase(tok.start, tok.end, [tok], zone=part.zone))


def _adjacent(gap: str, phrase: Phrase, tok: Token) -> bool:
    """Nothing but a separator between the phrase and the token; a dash or 'by' only between a day and its time."""
    return bool(GAP.fullmatch(gap) or tok.kind == "time" and phrase.day and not phrase.time
                and (DAY_TIME_DASH.fullmatch(gap) or DAY_TIME_WORD.fullmatch(gap)))


def _aside_ends(text: str, phrases: list[Phrase], gap: str) -> bool:
    """'（初定12月28日），下周一前', '(tentatively Dec 28), by Monday': a bracket that holds words of its own before its
    first phrase is an aside, and its closing bracket ends the phrase ('(Mon) 27/4' and '明天（10日，周六上班）上午10点',
    whose bracket opens on a date, stay one phrase); so does a bracket that holds a range ('（6月12日-14日），6月8日前':
    when something happens)."""
    phrase = phrases[-1]
    opened = text.rfind("(", 0, phrase.start) if ")" in gap else -1
    if opened < 0 or ")" in text[opened:phrase.start]:
        return False
    ranged = len(phrases) > 1 and opened < phrases[-2].start and RANGE_DASH.fullmatch(text[phrases[-2].end:phrase.start])
    return bool(ranged) or bool(text[opened + 1:phrase.start].strip()) and \
        not any(opened < earlier.start for earlier in phrases[:-1])


def _join(phrase: Phrase, tok: Token, part: Part, text: str) -> bool:
    """Add the token's meaning to the phrase if the two fit together; False when it starts a new phrase."""
    if phrase.whole is not None:
        return False
    if tok.kind in ("span", "vague"):
        if phrase.day or phrase.time:
            return False
        phrase.whole = part
    elif tok.kind == "time":
        if phrase.time is not None and phrase.time.time is not None:
            if not (phrase.time.policy_time and phrase.time.hint != "eod" and part.time and not part.policy_time):
                return False
            part = _within(part, phrase.time)       # 'Monday morning, 9:00': the clock in that part of the day
        phrase.time = part                          # a clock after a bare part of the day: 'evening 8pm' 
    elif phrase.day is None:
        phrase.day = part
    elif tok.rule in WEEKDAY_RULES and (phrase.day.explicit or "(" in text[phrase.end:tok.start].replace("（", "(")):
        phrase.day = _confirmed(phrase.day, part)          # 10月15日(周二), Thursday 17 October: a restatement
        phrase.mismatch |= _contradicts(phrase.day, part)
    elif (part.explicit or tok.rule == "day_only" and phrase.day.weekday is not None) and not phrase.day.explicit:
        day = _confirmed(part, phrase.day)                  # 周日, 10月20日: the written date wins (Thursday the 26th too)
        phrase.mismatch |= _contradicts(day, phrase.day)
        phrase.day = replace(day, hint=part.hint or phrase.day.hint)
    else:
        return False
    return True


def _within(clock: Part, part_of_day: Part) -> Part:
    """A clock written after a part of the day whose time is our policy ('afternoon, 3:00'): an hour before noon
    after an afternoon or evening word is that afternoon's."""
    late = part_of_day.time.hour > 12 and clock.time.hour < 12
    return replace(clock, time=clock.time.replace(hour=clock.time.hour + 12)) if late else clock


def _confirmed(day: Part, weekday: Part) -> Part:
    """A numeric date whose weekday is another day's, but whose day-first reading has it: 'Mon 4/5' is 4 May."""
    if _contradicts(day, weekday) and day.alt and day.alt.weekday() == weekday.weekday:
        return replace(day, day=day.alt, alt=None)
    return day


def _contradicts(day: Part, weekday: Part) -> bool:
    """Does a weekday written next to a day name another day of the week?"""
    return day.day is not None and weekday.weekday is not None and day.day.weekday() != weekday.weekday
