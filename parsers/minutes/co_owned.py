"""One task given to several people ('梦琪、子昂本月底前完成报名', '冯博 + 袁芳 确认报表字段清单'): an item each, and
the task without the names that share it."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.context import Context
from parsers.model import Item, Person
from parsers.minutes.owning.owner_steps import JOINT, co_owners

LEFT_OF_LIST = re.compile(r"(?<=[，,；;])\s*、[^，,；;、]{1,5}?(?=分工|负责|牵头|共同|一起|各自)")
JOINED = re.compile(r"[\u4e00-\u9fff](?:、|和|与|及|/|\s*[+＋]\s*)[\u4e00-\u9fff]|[a-z]\s*(?:&|/|\+|\band\b)\s*[A-Z]")


def with_co_owners(item: Item, text: str, ctx: Context) -> list[Item]:
    """One task given to several people: one item each, none of them named in its task."""
    if not (item.owner and item.owner.name) or not JOINED.search(text):
        return [item]
    named = co_owners(text.strip(), ctx) or _listed_later(text, item.owner.name, ctx)
    others = list(dict.fromkeys(o.person for o in named if o.person.name != item.owner.name))
    task = item.task
    for person in others:                      # '袁芳 确认…' after 冯博 was taken: the task starts after the names
        task = re.sub(rf"(?:^|(?<=[，,；;]))\s*(?:{JOINT.pattern})?\s*{re.escape(person.name)}\s*", "", task, count=1)
    task = LEFT_OF_LIST.sub("", task)           # '…，、单科长分工完成': what the first owner's name left of the list
    shared = replace(item, task=task or item.task)
    return [shared, *(replace(shared, owner=Person(p.name, p.email, p.department)) for p in others)]


def _listed_later(text: str, first: str, ctx: Context) -> list:
    """'等保整改项第二批，郝宇航、单科长分工完成，月底前完成': the owner listed with others in a later clause ('、' only:
    '郝宇航与厂家对接' names a partner, not a second owner)."""
    at = text.find(first + "、", 1)
    return co_owners(text[at:], ctx) if at > 0 and text[at - 1] in "，,；;" else []
