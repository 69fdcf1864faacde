"""A forward's own lines about items of the minutes below: handed to the person it is sent to ('第3项…由你跟进'), or
given a new deadline ('补充：第3项…改为6月13日前交，以这个为准')."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.context import Context
from parsers.dates.due import deadline, find_all_dues
from parsers.dates.tokens import cn_number
from parsers.minutes.lines.document import RESUME
from parsers.model import Item, Person

NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
HANDED = re.compile(rf"第\s*(?P<list>{NUMBER}(?:\s*[、,，和及]\s*第?\s*{NUMBER})*)\s*[项條条]"
                    r"[^。！!？?\n]{0,24}?(?:由你|请你|你来|交给你)(?:来)?(?:跟进|负责|牵头|处理|落实|办理|对接|跟)")
PREFACE_LINES = 40          # a preface is a few lines above the forwarded header
# what a preface asks of everyone about the forwarded items ('确认各自事项', '回复一下进度', '对照落实', '第（二）项…落实')
ABOUT_THE_MINUTES = re.compile(rf"各自|各项|都回复|回复[^，,。]{{0,4}}进度|进展|对照落实|落实情况|第\s*[（(]?{NUMBER}[)）]?\s*[项條条]")
NAMED_ITEM = re.compile(rf"第\s*(?P<n>{NUMBER})\s*[项條条]")      # '第3项', '第4条'
SENTENCE = re.compile(r"[^。！!？?\n]+")
# a new deadline is given by words that change one ('改为', '缓一周，按…算', '以这个为准'), not by an urging ('节后务必落实')
CHANGED = re.compile(r"改|调整|变更|更改|延|推迟|顺延|缓|提前|为准|按[^，,。]{0,12}算|\b(?:move[ds]?|changed?|push(?:ed)?|now)\b", re.I)


def preface_of(text: str) -> str:
    """The forwarder's own lines above the forwarded header; '' when the text forwards nothing."""
    lines = text.splitlines()[:PREFACE_LINES]
    header = next((i for i, line in enumerate(lines) if RESUME.match(line.strip())), None)
    return "\n".join(lines[:header]) if header is not None else ""


def preface_asks(items: list[Item], text: str, read) -> set[int]:
    """The indexes of `items` that are a forward's preface asking about the minutes it forwards ('各部门请于5月8日前
    在OA上确认各自事项', '周五前都回复一下进度'): no items of their own (`read` reads the preface alone). A new task the
    preface gives a named person ('Kevin 下周一前把黑五的广告预算方案报给我') stays an item."""
    preface = preface_of(text)
    asked = read(preface) if preface.strip() else ()
    if not asked or len(items) <= len(asked) or [i.task for i in items[:len(asked)]] != [i.task for i in asked]:
        return set()
    return {n for n, item in enumerate(asked)
            if ABOUT_THE_MINUTES.search(item.task) or not (item.owner and item.owner.email)}


def handed_numbers(preface: str) -> tuple[int, ...]:
    """The item numbers a forwarder's preface hands on ('第3项涉及我们股，由你跟进' -> (3,)); () when it hands
    nothing on."""
    numbers = (cn_number(n) for m in HANDED.finditer(preface) for n in re.findall(NUMBER, m.group("list")))
    return tuple(dict.fromkeys(n for n in numbers if n))


def hand_over(items: tuple[Item, ...], preface: str, addressee: Person | None) -> tuple[Item, ...]:
    """The items the preface (preface_of) hands on, owned by the one person the forward is addressed to."""
    numbers = handed_numbers(preface) if addressee else ()
    return tuple(replace(item, owner=addressee, flags=tuple(f for f in item.flags if f != "no_owner"))
                 if item.number in numbers else item for item in items)


def moved_by_preface(items: tuple[Item, ...], preface: str, ctx: Context) -> tuple[Item, ...]:
    """The items whose deadline the preface (preface_of) changes ('另外第4条，客户…可以缓一周，按12月12日算'): the day
    the sentence names after the item's number, with the deadline's time as a minutes' item gets it."""
    moved = {}
    for sentence in SENTENCE.findall(preface if ctx.sent else ""):
        named = NAMED_ITEM.search(sentence)
        changed = named and CHANGED.search(sentence, named.end())
        dues = [d for d in find_all_dues(sentence[named.end():], ctx.sent, ctx.calendar) if d.date] if changed else []
        if dues and not dues[-1].vague:
            moved[cn_number(named.group("n"))] = dues[-1]
    return tuple(_due_on(item, moved[item.number], ctx) if item.number in moved else item for item in items)


def _due_on(item: Item, due, ctx: Context) -> Item:
    """The item with the preface's deadline in place of its own."""
    return replace(item, due_date=due.date, due_text=due.text, due_time=None if due.end_of_day else due.time,
                   due=deadline(due, ctx.default_due_time),
                   flags=tuple(f for f in item.flags if f not in ("no_due", "vague_due")))
