"""What a text holds, read once before the rules that need it run: its characters, and DIGIT or NO_DIGIT for
what \\d finds (`held`), and a rule's needs (`needs`): groups of characters or facts, each of which the text must
hold one of, or the rule cannot match. line_facts.py says why and where rules declare their needs.

    allows(held('王芳：提交方案'), needs(':：'))  -> True
"""
from __future__ import annotations

import re

DIGIT, NO_DIGIT = "\0digit", "\0no digit"     # facts beside the characters (no text holds a NUL)
HAS_DIGIT = re.compile(r"\d")                  # (any script's digit, as the rules' \d reads them)


def held(text: str, *extra: str) -> frozenset[str]:
    """The characters of a text, with DIGIT or NO_DIGIT (and the `extra` facts the caller found)."""
    return frozenset(text).union((DIGIT if HAS_DIGIT.search(text) else NO_DIGIT, *extra))


def needs(*groups) -> tuple[frozenset[str], ...]:
    """A rule's needs: each group (a string of characters, or a tuple of facts and characters) one of which the
    text must hold."""
    return tuple(map(frozenset, groups))


def allows(facts: frozenset[str], rule_needs: tuple[frozenset[str], ...]) -> bool:
    """Does a text holding `facts` hold something of each group a rule needs?"""
    for group in rule_needs:
        if facts.isdisjoint(group):
            return False
    return True
