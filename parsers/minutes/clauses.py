"""A free sentence that gives work to two people in turn, split into their clauses:
'小林明天中午前把草单发我，雅婷周四前跟船公司把免柜期确认掉' -> ['小林明天中午前把草单发我', '雅婷周四前跟船公司把免柜期确认掉']."""
from __future__ import annotations

import re
import unicodedata

from parsers.context import Context
from parsers.minutes.owner_steps import all_dues
from parsers.mail.hant import fold
from parsers.minutes.owners import TITLE_START, person_prefix

COMMA = re.compile(r"[，,]")
NAME_SPAN = 24                 # characters after a comma in which a clause names its person
_LAST: list = [(None, None, {})]   # (roster, people, their names by initial) last asked for


def person_clauses(sentence: str, ctx: Context) -> list[str]:
    """The sentence cut before each comma clause that opens with a person we know and gives its own deadline, when
    the sentence itself opens with a person too (parallel assignments); else the sentence whole."""
    if ctx.sent is None or "，" not in sentence and "," not in sentence:
        return [sentence]
    initials = _initials(ctx)                                  # (a cheap look first: a clause may open with a name)
    opening = [c for c in COMMA.finditer(sentence) if _may_name(sentence[c.end():c.end() + 3].lstrip(), initials)]
    if not opening or not _may_name(sentence.lstrip(), initials) or not _person_at(sentence, ctx):
        return [sentence]
    parts, start = [], 0
    for comma in opening:
        length = _person_at(sentence[comma.end():comma.end() + NAME_SPAN], ctx)
        clause = COMMA.split(sentence[comma.end() + length:], maxsplit=1)[0] if length else ""
        if clause and all_dues(clause, ctx.sent, ctx.calendar, ctx.holiday):
            parts.append(sentence[start:comma.start()])
            start = comma.end()
    return [*parts, sentence[start:]]


def _initials(ctx: Context) -> dict:
    """roster.names_by_initial for this message's people, remembered for the same roster and people (by identity:
    hashing the people on every sentence costs more than the look it saves)."""
    roster, known, initials = _LAST[0]                  # (one tuple, replaced whole: safe across threads)
    if roster is not ctx.roster or known is not ctx.known:
        initials = ctx.roster.names_by_initial(ctx.known)
        _LAST[0] = (ctx.roster, ctx.known, initials)
    return initials


def _may_name(text: str, initials: dict) -> bool:
    """Could a person's name or alias, or a surname + title, open `text`?"""
    return fold(unicodedata.normalize("NFKC", text[:1]).lower()) in initials or bool(TITLE_START.match(text))


def _person_at(text: str, ctx: Context) -> int:
    """How many characters the known person (with an address) opening `text` takes; 0 when none does."""
    found = person_prefix(text.lstrip()[:NAME_SPAN], ctx.roster, ctx.known)
    return found[1] + len(text) - len(text.lstrip()) if found and found[0].email else 0
