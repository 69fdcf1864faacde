"""A regex tried only where one of its matches can start, so a line costs one character test per position, not every alternative.

    INLINE = start_checked(re.compile(...))     # same matches; 3-4x faster on a Chinese line

Python's regex engine has no fast scan for a pattern that opens with a lookbehind, an alternation of many words or
case-blind letters: it runs the whole pattern at every position of the line. A lookahead on the characters a match
can start with (read from the parsed pattern, so it follows any later change of the pattern) drops the other
positions at once. `CHECKED` keeps each (pattern, checked) pair: tests/test_regex_start.py checks on the corpus
lines and on random text that the two find the same matches.
"""
from __future__ import annotations

import re
from re import _compiler as sre_compile, _constants as sre, _parser as sre_parse   # the stdlib's own (Python >= 3.11)

CHECKED: list[tuple[re.Pattern, re.Pattern]] = []
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
               sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def start_checked(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead on the characters its matches start with; itself when any character may start one
    (or none: an empty match), or when the engine already skips to its starts (a literal or character-set prefix,
    which a lookahead in front would hide from it)."""
    starts = first_chars(pattern)
    if not starts or _scans_fast(pattern):
        return pattern
    try:
        checked = re.compile(f"(?=[{starts}])(?:{pattern.pattern})", pattern.flags)
    except re.error:                                # '(?i)…': global flags must open the pattern
        return pattern
    CHECKED.append((pattern, checked))
    return checked


def _scans_fast(pattern: re.Pattern) -> bool:
    """Whether the compiled pattern opens with a literal or a character set the engine searches for by itself."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    try:
        return bool(sre_compile._get_literal_prefix(parsed, pattern.flags)[0] or
                    sre_compile._get_charset_prefix(parsed, pattern.flags))
    except (AttributeError, TypeError):            # another Python's internals: the lookahead is still correct
        return False


def first_chars(pattern: re.Pattern) -> str | None:
    """The body of a character class that holds the first character of every match (read with the pattern's flags),
    or None when that is any character or a match may be empty."""
    chars, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    return "".join(sorted(chars)) if chars is not None and not empty else None


def _first(sequence) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence may match empty); None for 'any character'."""
    found: set[str] = set()
    for op, av in sequence:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {_char(av)}, False
    if op is sre.IN:
        return _class(av), False
    if op in _ZERO_WIDTH:
        return set(), True                          # a lookaround or an anchor: the next item starts the match
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return _first(inner) if not (add_flags or del_flags) else (None, False)   # (?i:…) inside: not ours to read
    if op is sre.BRANCH:
        parts = [_first(branch) for branch in av[1]]
        if any(chars is None for chars, _ in parts):
            return None, False
        return set().union(*(chars for chars, _ in parts)), any(empty for _, empty in parts)
    if op in _REPEATS:
        chars, empty = _first(av[2])
        return chars, empty or av[0] == 0
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    return None, False                              # '.', a negated character, a backreference: anything


def _class(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(_char(av))
        elif op is sre.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            return None                             # a negated class ([^…]) starts almost anywhere
    return out


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isalnum() and ch.isprintable() else f"\\x{code:02x}" if code < 0x100 else \
        f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
