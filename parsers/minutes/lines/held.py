"""What a text holds, read once before the rules that need it run, and what each rule needs of it.

`needs(...)` declares a rule's needs: groups of characters (or facts), of each of which the text must hold one, or
the rule cannot match. `held(text, scan)` finds which of the characters a table of rules needs the text holds, in
one scan in C (`scan_for(table)`: a set of every character of a line would cost ~3 us), plus DIGIT or NO_DIGIT for
what \\d finds. line_facts.py says why and where rules declare their needs.

    allows(held('王芳：提交方案', scan_for([needs(':：')])), needs(':：'))  -> True
"""
from __future__ import annotations

import re
from collections.abc import Iterable

DIGIT, NO_DIGIT = "\0digit", "\0no digit"     # facts beside the characters (no text holds a NUL)
HAS_DIGIT = re.compile(r"\d")                  # (any script's digit, as the rules' \d reads them)


def needs(*groups) -> tuple[frozenset[str], ...]:
    """A rule's needs: each group (a string of characters, or a tuple of facts and characters) one of which the
    text must hold."""
    return tuple(map(frozenset, groups))


def scan_for(*tables: Iterable[tuple[frozenset[str], ...]]) -> re.Pattern:
    """One character class of every character the rules' needs in `tables` name (facts aside)."""
    chars = sorted({char for table in tables for rule_needs in table for group in rule_needs for char in group
                    if len(char) == 1})
    return re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)")


def held(text: str, scan: re.Pattern, *extra: str) -> frozenset[str]:
    """Which of the characters `scan` looks for the text holds, with DIGIT or NO_DIGIT (and the `extra` facts)."""
    return frozenset(scan.findall(text) + [DIGIT if HAS_DIGIT.search(text) else NO_DIGIT, *extra])


def chars_held(text: str, scan: re.Pattern) -> frozenset[str]:
    """held() without the digit facts: for rules whose needs are characters only (the owner steps)."""
    return frozenset(scan.findall(text))


def hint(chars: str) -> re.Pattern:
    """The needs of a rule that is the only one asked about a text, as one character class: a single search."""
    return re.compile("[" + "".join(map(re.escape, sorted(set(chars)))) + "]")


def allows(facts: frozenset[str], rule_needs: tuple[frozenset[str], ...]) -> bool:
    """Does a text holding `facts` hold something of each group a rule needs?"""
    for group in rule_needs:
        if facts.isdisjoint(group):
            return False
    return True
