"""A numbered topic over deeper lines that each name their own owner: the topic tells what was discussed, the lines
below are the work.

    '2. 雨欣的 XRD 精修结果有问题，郑老师建议换软件重做。'      a topic: no item
    '   苗雨欣：用 GSAS-II 重新精修，下周组会前给结果'           an item of 苗雨欣's, as in an action list
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.lines.cues import ACTION_LINE
from parsers.minutes.lines.inline import list_marker
from parsers.minutes.owning.owners import read_owner

NAME_COLON = re.compile(r"^(?P<who>[^：:，,。；;()（）\s\d]{2,12})\s*[:：]\s*\S")


def topic_over_owned_lines(raw: str, after, ctx: Context) -> bool:
    """Is `raw` a topic whose deeper lines below ('   苗雨欣：…', '   Action: 付子豪 — …', '   AI (Lukas): …') each
    name who does the work? (Owner labels under an item, '   负责人：刘工', are that item's, not their own work.)"""
    indent = _indent(raw)
    below = []
    for line in after():
        if not line.strip() or _indent(line) <= indent:
            break
        below.append(line.strip())
    return bool(below) and all(_names_owner(line, ctx) for line in below if not list_marker(line)[0]) and \
        any(_names_owner(line, ctx) for line in below)


def deeper(raw: str, topic_indent: int | None) -> bool:
    """Is the line indented under the topic that was set apart?"""
    return topic_indent is not None and bool(raw.strip()) and _indent(raw) > topic_indent


def _names_owner(line: str, ctx: Context) -> bool:
    if ACTION_LINE.match(line):
        return True
    m = NAME_COLON.match(line)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return bool(owner and owner.person and owner.person.email)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
