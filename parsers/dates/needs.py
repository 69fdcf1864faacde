"""Which date patterns a line can match at all, from the characters it holds: one pass over the line, not one search per pattern.

    wanted = Needs([needs of each pattern]).wanted('下周三前')     # indexes of the patterns worth running, in order

Each pattern of tokens.py names its `needs`: mostly a character class ([月], [周期拜], [a-zA-Z]), sometimes a word
(第|最后|最末). A class is read once into a bit per character; the line's characters then give every class it
holds at once, and only the few word needs are searched for, each only when the line holds a character its matches
can start with (parsers/regex_start.py reads those from the pattern).
"""
from __future__ import annotations

import re
from functools import reduce
from itertools import repeat
from operator import or_
from re import _constants as sre, _parser as sre_parse      # the stdlib's own parse of a pattern (Python >= 3.11)

from parsers.regex_start import first_chars

DIGIT = re.compile(r"\d")          # what \d finds: any Unicode decimal digit (str.isdecimal())
RANGE_LIMIT = 256                  # a class range wider than this is searched as a pattern
MAX_REMEMBERED = 4096              # combinations of needs whose pattern indexes are kept (a few dozen occur)


class Needs:
    """The needs of a list of patterns; `wanted(text)` gives the indexes of those whose needs the text holds."""

    def __init__(self, needs: list[re.Pattern]):
        distinct = list({need.pattern: need for need in needs}.values())
        self.patterns_of = [[i for i, need in enumerate(needs) if need.pattern == each.pattern] for each in distinct]
        self.bit_of: dict[str, int] = {}           # character -> the classes (bits) that hold it
        self.digit_bits = 0                        # the classes that hold \d
        self.searched: list[tuple[int, re.Pattern, tuple | None]] = []     # word needs: (bit, pattern, its starts)
        self.indexes: dict[int, tuple[int, ...]] = {}     # needs held (bits) -> pattern indexes: a property of the table
        for index, need in enumerate(distinct):
            chars = _class_chars(need)
            if chars is None:
                self.searched.append((1 << index, need, _starts(need)))
                continue
            literal, digits = chars
            for ch in literal:
                self.bit_of[ch] = self.bit_of.get(ch, 0) | 1 << index
            self.digit_bits |= (1 << index) if digits else 0
        looked_for = {*self.bit_of, *(ch for _, _, starts in self.searched if starts for ch in starts[0])}
        self.scan = re.compile("[" + "".join(map(re.escape, sorted(looked_for))) + "]" if looked_for else "(?!)")

    def wanted(self, text: str) -> list[int]:
        """Indexes (into the list given) of the patterns whose needs `text` holds, in ascending order."""
        chars = set(self.scan.findall(text))           # the characters some need names (a set of all costs ~3 us)
        held = reduce(or_, map(self.bit_of.get, chars, repeat(0, len(chars))), 0)     # (in C: no loop in Python)
        digit = DIGIT.search(text) is not None
        if self.digit_bits and digit:
            held |= self.digit_bits
        for bit, need, starts in self.searched:
            if starts and not (starts[1] and digit) and starts[0].isdisjoint(chars):
                continue                           # no character a match can start with
            if need.search(text):
                held |= bit
        out = self.indexes.get(held)
        if out is None:
            out = self._indexes(held)
            if len(self.indexes) < MAX_REMEMBERED:
                self.indexes[held] = out
        return list(out)

    def _indexes(self, held: int) -> tuple[int, ...]:
        """The pattern indexes of a set of needs (bits), ascending: the same for every line that holds those needs."""
        out: list[int] = []
        while held:
            low = held & -held
            out += self.patterns_of[low.bit_length() - 1]
            held ^= low
        return tuple(sorted(out))


def _starts(need: re.Pattern) -> tuple[frozenset[str], bool] | None:
    """(the characters, whether \\d too) a match of a word need can start with; None when any or unknown."""
    starts = first_chars(need)
    chars = _class_chars(re.compile(f"[{starts}]", need.flags)) if starts else None
    return (frozenset(chars[0]), chars[1]) if chars else None


def _class_chars(need: re.Pattern) -> tuple[str, bool] | None:
    """(the characters, whether \\d too) of a need that is one character class or one character; None otherwise."""
    if need.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    parsed = list(sre_parse.parse(need.pattern, need.flags))
    if len(parsed) != 1:
        return None
    op, av = parsed[0]
    if op is sre.LITERAL:
        return chr(av), False
    if op is not sre.IN:
        return None
    chars, digits = [], False
    for item, value in av:
        if item is sre.LITERAL:
            chars.append(chr(value))
        elif item is sre.RANGE and value[1] - value[0] < RANGE_LIMIT:
            chars.extend(map(chr, range(value[0], value[1] + 1)))
        elif item is sre.CATEGORY and value == sre.CATEGORY_DIGIT:
            digits = True
        else:
            return None                            # a negated class, \w, \s …: searched as it is
    return "".join(chars), digits
