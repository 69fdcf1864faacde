"""What a text holds, read once before the rules that need it run, and what each rule needs of it.

`needs(...)` declares a rule's needs: groups of characters (or facts), of each of which the text must hold one, or
the rule cannot match; it also records those characters. `held(text)` finds which of the recorded characters the
text holds, in one scan in C (a set of every character of a line would cost ~3 us), plus DIGIT or NO_DIGIT for
what \\d finds. line_facts.py says why and where rules declare their needs.

    allows(held('王芳：提交方案'), needs(':：'))  -> True
"""
from __future__ import annotations

import re

DIGIT, NO_DIGIT = "\0digit", "\0no digit"     # facts beside the characters (no text holds a NUL)
HAS_DIGIT = re.compile(r"\d")                  # (any script's digit, as the rules' \d reads them)
_NAMED: set[str] = set()                       # every character some rule's needs name
_SCAN: list[re.Pattern | None] = [None]        # a class of those characters, made again when one is added


def needs(*groups) -> tuple[frozenset[str], ...]:
    """A rule's needs: each group (a string of characters, or a tuple of facts and characters) one of which the
    text must hold."""
    found = tuple(map(frozenset, groups))
    named = {char for group in found for char in group if len(char) == 1}
    if not named <= _NAMED:
        _NAMED.update(named)
        _SCAN[0] = None
    return found


def held(text: str, *extra: str) -> frozenset[str]:
    """Which characters some rule needs the text holds, with DIGIT or NO_DIGIT (and the `extra` facts given)."""
    scan = _SCAN[0] or _scan()
    return frozenset(scan.findall(text) + [DIGIT if HAS_DIGIT.search(text) else NO_DIGIT, *extra])


def chars_held(text: str) -> frozenset[str]:
    """held() without the digit facts: for rules whose needs are characters only (the owner steps)."""
    return frozenset((_SCAN[0] or _scan()).findall(text))


def hint(chars: str) -> re.Pattern:
    """The needs of a rule that is the only one asked about a text, as one character class: a single search."""
    needs(chars)
    return re.compile("[" + "".join(map(re.escape, sorted(set(chars)))) + "]")


def _scan() -> re.Pattern:
    _SCAN[0] = re.compile("[" + "".join(map(re.escape, sorted(_NAMED))) + "]" if _NAMED else "(?!)")
    return _SCAN[0]


def allows(facts: frozenset[str], rule_needs: tuple[frozenset[str], ...]) -> bool:
    """Does a text holding `facts` hold something of each group a rule needs?"""
    for group in rule_needs:
        if facts.isdisjoint(group):
            return False
    return True
