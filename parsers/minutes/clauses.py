"""A free sentence that gives work to two people in turn, split into their clauses:
'小林明天中午前把草单发我，雅婷周四前跟船公司把免柜期确认掉' -> ['小林明天中午前把草单发我', '雅婷周四前跟船公司把免柜期确认掉']."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owner_steps import all_dues
from parsers.minutes.owners import leading_owner

COMMA = re.compile(r"[，,]")
NAME_SPAN = 24                 # characters after a comma in which a clause names its person


def person_clauses(sentence: str, ctx: Context) -> list[str]:
    """The sentence cut before each comma clause that opens with a person we know and gives its own deadline, when
    the sentence itself opens with a person too (parallel assignments); else the sentence whole."""
    if ctx.sent is None or "，" not in sentence and "," not in sentence or not _person_at(sentence, ctx):
        return [sentence]
    parts, start = [], 0
    for comma in COMMA.finditer(sentence):
        length = _person_at(sentence[comma.end():comma.end() + NAME_SPAN], ctx)
        clause = COMMA.split(sentence[comma.end() + length:], maxsplit=1)[0] if length else ""
        if clause and all_dues(clause, ctx.sent, ctx.calendar, ctx.holiday):
            parts.append(sentence[start:comma.start()])
            start = comma.end()
    return [*parts, sentence[start:]]


def _person_at(text: str, ctx: Context) -> int:
    """How many characters the known person (with an address) opening `text` takes; 0 when none does."""
    found = leading_owner(text.lstrip()[:NAME_SPAN], ctx.roster, ctx.known)
    return found[1] + len(text) - len(text.lstrip()) if found and found[0].person and found[0].person.email else 0
