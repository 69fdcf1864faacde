"""A list number written with no stop ('2 段哥…' between '1.…' and '3、…'): read as '2. …' when a neighbour line is
numbered next to it, so a sloppy list keeps every item; a line that merely opens with a number ('10 人参加') stays."""
from __future__ import annotations

import re

from parsers.minutes.inline import marker_number

BARE = re.compile(r"^(\s*)(\d{1,2})[ \t\u3000]+(?=[^\s\d.．、:：%％])")


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
