"""How much longer someone asks for, when a reply names a span instead of a date: 延期3天, 再给两个工作日,
推迟一周, 2 more days, one week.

    extension("申请延期两个工作日")  -> Extension(2, workdays=True)
    extension("延期一周")            -> Extension(7, workdays=False)

`counted_from` adds the span to the item's current due date (working days through the holiday calendar), or to
today when the item has no due date, it has passed, or the span is a deadline from now ('3个工作日内', 'within 5 days'): the parser with the due date the quoted recap shows, the
core with the stored one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from parsers.dates.tokens import cn_number

NUMBER = r"(\d{1,3}|[一二两三四五六七八九十半]{1,3}|a|an|one|two|three|four|five|six|seven|ten)"
UNIT = (r"(个?工作日|个?自然日|天|日|个?(?:星期|礼拜)|周|"
        r"(?:business|working|work)\s+days?|days?|weeks?)")
SPAN = re.compile(r"(?<![月到至/\-.\d])" + NUMBER + r"\s*(?:more\s+|extra\s+|additional\s+)?" + UNIT, re.I)
ENGLISH = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
MAX_DAYS = 366
WITHIN_BEFORE = re.compile(r"\b(?:within|in\s+the\s+next)\s+$", re.I)
WITHIN_AFTER = re.compile(r"\s*(?:内|以内|之内)")


@dataclass(frozen=True)
class Extension:
    days: int
    workdays: bool = False
    within: bool = False          # '3个工作日内交', 'within 5 days': a deadline from today, not a shift of the due date


def extension(text: str) -> Extension | None:
    """The first span in `text`, or None. Half units and absurd spans are no answer; '到20日' is a date."""
    found = SPAN.search(text or "")
    if not found:
        return None
    word, unit = found.group(1).lower(), found.group(2).lower()
    count = ENGLISH.get(word) or (int(word) if word.isdigit() else cn_number(word))
    if not count or count > MAX_DAYS:
        return None
    within = bool(WITHIN_BEFORE.search(text[:found.start()]) or WITHIN_AFTER.match(text, found.end()))
    if "工作日" in unit or re.search(r"[営营][業业]日", unit) or re.match(r"(business|working|work)\s", unit):
        return Extension(count, workdays=True, within=within)
    if unit.endswith(("周", "星期", "礼拜")) or unit.startswith("week"):
        return Extension(count * 7, within=within)
    return Extension(count, within=within)


def counted_from(span: Extension, due: date | None, today: date, calendar) -> date:
    """The date `span` asks for: after the current due date, or after today when there is none, it has passed, or the
    span is a deadline from now ('3个工作日内交')."""
    start = max(due, today) if due and not span.within else today
    return calendar.add_workdays(start, span.days) if span.workdays else start + timedelta(days=span.days)
