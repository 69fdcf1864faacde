"""A group chat pasted above its own 待办 list: '@楼俊 明天中午前把出价方案调一版发我' said in the chat and '1. 阿俊 出价方案调整
明天中午前' in the list below it are one item, kept as the list writes it."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.model import Item
from parsers.minutes.lines.chat_lines import speaker

WORD_CHARS = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")


def restated_after_chat(items: list[Item], text: str, ctx: Context) -> set[int]:
    """The items a later item restates (same owner, same due, tasks sharing most of their words), when the text
    holds a pasted chat ('沈佳怡 20:33' over each message); none otherwise."""
    if not any(line.rstrip()[-3:-2] == ":" and speaker(line, ctx) for line in text.splitlines()):
        return set()
    return {index for index, item in enumerate(items) if item.owner and any(
        later.owner == item.owner and later.due == item.due and _same_work(item.task, later.task)
        for later in items[index + 1:])}


def _same_work(one: str, other: str) -> bool:
    """Do two task texts share at least half the characters (Latin: words) of the shorter one, and two at least?
    ('问一下二供的交期' and '二供交期确认': the chat says it in its words, the list in a short heading)"""
    first, second = _words(one), _words(other)
    shared = len(first & second)
    return shared >= 2 and shared * 2 >= min(len(first), len(second))


def _words(text: str) -> set[str]:
    return set(WORD_CHARS.findall(text.lower())) - FILLER


FILLER = set("的了把一下个发我给和")
