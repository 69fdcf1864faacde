"""A forward's own lines that hand items of the minutes below to the person it is sent to ('第3项…由你跟进')."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.dates.tokens import cn_number
from parsers.minutes.lines.document import RESUME
from parsers.model import Item, Person

NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
HANDED = re.compile(rf"第\s*(?P<list>{NUMBER}(?:\s*[、,，和及]\s*第?\s*{NUMBER})*)\s*[项條条]"
                    r"[^。！!？?\n]{0,24}?(?:由你|请你|你来|交给你)(?:来)?(?:跟进|负责|牵头|处理|落实|办理|对接|跟)")
PREFACE_LINES = 40          # a preface is a few lines above the forwarded header


def handed_numbers(text: str) -> tuple[int, ...]:
    """The item numbers the forwarder's preface hands on ('第3项涉及我们股，由你跟进' -> (3,)); () when the text
    forwards nothing or hands nothing on."""
    lines = text.splitlines()[:PREFACE_LINES]
    header = next((i for i, line in enumerate(lines) if RESUME.match(line.strip())), None)
    if header is None:
        return ()
    preface = "\n".join(lines[:header])
    numbers = (cn_number(n) for m in HANDED.finditer(preface) for n in re.findall(NUMBER, m.group("list")))
    return tuple(dict.fromkeys(n for n in numbers if n))


def hand_over(items: tuple[Item, ...], text: str, addressee: Person | None) -> tuple[Item, ...]:
    """The items the preface hands on, owned by the one person the forward is addressed to."""
    numbers = handed_numbers(text) if addressee else ()
    return tuple(replace(item, owner=addressee, flags=tuple(f for f in item.flags if f != "no_owner"))
                 if item.number in numbers else item for item in items)
