"""A list numbered '1 …', '2 …' (a space, no dot: typed fast on a phone) read as the numbered list it is, when
its lines run 1, 2, 3… one after the other; a lone '3 号冰雕…' or '2 人…' stays text."""
from __future__ import annotations

import re

SPACED = re.compile(r"^(?P<indent> *)(?P<n>\d{1,2}) (?=[^\s\d.．、:：/\-])(?![^\n]*(?:\t| {2}|\u3000|[|｜]))")   # no columns
FIRST = re.compile(r"^ *1 [^\s\d]", re.M)


def dotted(text: str) -> str:
    """Each line of a run of consecutive '1 …', '2 …' lines (two at least) written '1. …', '2. …'; other text as is."""
    if not FIRST.search(text):                      # (a look before the split: most minutes have no such list)
        return text
    lines = text.split("\n")
    for start, end in _runs(lines):
        for at in range(start, end):
            lines[at] = SPACED.sub(lambda m: f"{m.group('indent')}{m.group('n')}. ", lines[at], count=1)
    return "\n".join(lines)


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past-last) line index of each run numbered 1, 2, 3… (blank lines apart are no break)."""
    runs, start, expect, last = [], None, 1, -1
    for at, line in enumerate(lines):
        m = SPACED.match(line)
        if m and int(m.group("n")) == expect:
            start, expect, last = (at if expect == 1 else start), expect + 1, at
        elif m and int(m.group("n")) == 1:
            runs.append((start, last + 1)) if expect > 2 else None
            start, expect, last = at, 2, at
        elif line.strip():
            runs.append((start, last + 1)) if expect > 2 else None
            start, expect = None, 1
    if expect > 2:
        runs.append((start, last + 1))
    return runs
