"""List numbers written with no stop, read as the list they are: '2 段哥…' between '1.…' and '3、…' (a neighbour line is
numbered next to it), and a run '1 大鹏 …', '2 张队 …' (a space, no dot: typed fast on a phone; lines running 1, 2, 3…
one after the other; '2 7月奶款…' too). A line that merely opens with a number ('10 人参加', a lone '3 号冰雕…') stays text."""
from __future__ import annotations

import re

from parsers.minutes.lines.inline import marker_number

BARE = re.compile(r"^(\s*)(\d{1,2})[ \t\u3000]+(?=[^\s\d.．、:：%％])")
SPACED = re.compile(r"^(?P<indent> *)(?P<n>\d{1,2}) (?=[^\s\d.．、:：/\-]|\d{1,2}月)(?![^\n]*(?:\t| {2}|\u3000|[|｜]))")   # no columns
FIRST = re.compile(r"^ *1 [^\s\d]", re.M)


def with_bare_numbers(lines: list[str]) -> list[str]:
    """The lines, each bare-numbered one between numbered neighbours given a stop after its number."""
    if not any(BARE.match(line) for line in lines):
        return lines
    out = list(lines)
    for index, line in enumerate(lines):
        bare = BARE.match(line)
        if bare and _numbered_next_to(lines, index, int(bare.group(2))):
            out[index] = f"{bare.group(1)}{bare.group(2)}. {line[bare.end():]}"
    return out


def _numbered_next_to(lines: list[str], index: int, number: int) -> bool:
    """The nearest written line above is numbered number-1, or the nearest below number+1."""
    above = next((line for line in reversed(lines[:index]) if line.strip()), "")
    below = next((line for line in lines[index + 1:] if line.strip()), "")
    return marker_number(above) == number - 1 or marker_number(below) == number + 1


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
