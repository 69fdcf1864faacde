"""One task given to several people ('梦琪、子昂本月底前完成报名', '冯博 + 袁芳 确认报表字段清单', '安监科（A）、信息科（B）分别…',
'古队：同上' under another's item): an item each, and the task without the names that share it."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.context import Context
from parsers.model import Item, Person
from parsers.minutes.owning.joint_owners import JOINT, co_owners
from parsers.minutes.owning.owners import read_owner

LEFT_OF_LIST = re.compile(r"(?<=[，,；;])\s*、[^，,；;、]{1,5}?(?=分工|负责|牵头|共同|一起|各自)")
# '执法一中队（赖振华）、执法二中队（古月明）分别完成…': units listed with their person in brackets, each person an owner
UNIT_WITH_PERSON = re.compile(r"\s*(?P<unit>[\u4e00-\u9fffA-Za-z]{2,12}?)[（(]\s*(?P<who>[^()（）、,，;；:：\d\s]{2,8})\s*[)）]\s*")
OWNER_LABEL = re.compile(r"(?:责任人|负责人|责任单位|责任部门|责任科室|承办单位|牵头单位|主责单位)\s*[:：]\s*(?P<who>[^；;。\n]+)")
DITTO = re.compile(r"(?:同上|同前|同上一?[项条]|ditto|same as (?:above|the above))[。.！!]?", re.I)   # '古队：同上'
JOINED = re.compile(r"[)）]、|[\u4e00-\u9fff](?:、|和|与|及|/|\s*[+＋]\s*)[\u4e00-\u9fff]|[a-z]\s*(?:&|/|\+|\band\b)\s*[A-Z]")


# a unit leading with another that helps ('归集管理科牵头，会同让胡路管理部'): the second name is the helper's
LEAD_WITH_HELP = re.compile(r"牵头[^。；;]{0,6}?[，,、]\s*(?:会同|配合|协同)|(?:会同|配合|协同)[^。；;]{1,12}?牵头")


def with_co_owners(item: Item, text: str, ctx: Context) -> list[Item]:
    """One task given to several people: one item each, none of them named in its task."""
    if not (item.owner and item.owner.name) or not JOINED.search(text):
        return [item]
    named = co_owners(text.strip(), ctx) or _listed_later(text, item.owner.name, ctx) or _units_with_people(text, ctx) or \
        _labelled(text, ctx)
    others = list(dict.fromkeys(o.person for o in named if o.person.name != item.owner.name))
    if LEAD_WITH_HELP.search(text) and len(others) == 1:
        return [item]                          # '…牵头，会同让胡路管理部，…（责任人：富德明、么晓丹）': the lead's person
    task = item.task
    for person in others:                      # '袁芳 确认…' after 冯博 was taken: the task starts after the names
        task = re.sub(rf"(?:^|(?<=[，,；;]))\s*(?:{JOINT.pattern})?\s*(?:[\u4e00-\u9fffA-Za-z]{{2,12}}?[（(]\s*)?"
                      rf"{re.escape(person.name)}\s*(?:[)）]\s*)?", "", task, count=1)
    task = re.sub(r"^(?:分别|各自)?(?:负责|牵头)?(?=[\u4e00-\u9fff]{2})", "", task) if task != item.task else task   # '分别完成…'
    task = LEFT_OF_LIST.sub("", task)           # '…，、单科长分工完成': what the first owner's name left of the list
    shared = replace(item, task=task or item.task)
    return [shared, *(replace(shared, owner=Person(p.name, p.email, p.department)) for p in others)]


def _listed_later(text: str, first: str, ctx: Context) -> list:
    """'等保整改项第二批，郝宇航、单科长分工完成，月底前完成': the owner listed with others in a later clause ('、' only:
    '郝宇航与厂家对接' names a partner, not a second owner)."""
    at = text.find(first + "、", 1)
    return co_owners(text[at:], ctx) if at > 0 and text[at - 1] in "，,；;" else []


def _units_with_people(text: str, ctx: Context) -> list:
    """'执法一中队（赖振华）、执法二中队（古月明）分别完成…': the people after the first of units listed with a person each."""
    people, end = [], 0
    while m := UNIT_WITH_PERSON.match(text, end):
        owner = read_owner(m.group("who"), ctx.roster, ctx.known, "none")
        if not (owner and owner.person):
            break
        people.append(owner)
        if text[m.end():m.end() + 1] != "、":
            break                                  # the list ends where no 、 follows
        end = m.end() + 1
    return people[1:]


def _labelled(text: str, ctx: Context) -> list:
    """'责任单位：信息技术部（王斌）、稽查部（常莉）', '责任人：简志华、符志坚': the people after the first in the label's value
    (not a '配合单位：' label's: helpers own nothing)."""
    m = OWNER_LABEL.search(text)
    return (co_owners(m.group("who").strip(), ctx) or _units_with_people(m.group("who"), ctx)) if m else []


def as_above(items: list[Item]) -> list[Item]:
    """'古队：同上' (ditto) under another owner's item: the same task and deadline, this owner's."""
    out: list[Item] = []
    for item in items:
        if out and DITTO.fullmatch(item.task.strip()):
            above = out[-1]
            owner_flags = tuple(f for f in item.flags if f == "no_owner")
            item = replace(item, task=above.task, due_date=above.due_date, due_time=above.due_time, due=above.due,
                           due_text=above.due_text, estimated=above.estimated,
                           flags=(*owner_flags, *(f for f in above.flags if f != "no_owner")))
        out.append(item)
    return out
