"""Lines that speak about the list rather than add to it. A group chat pasted above its own 待办 list: '@楼俊 明天中午前
把出价方案调一版发我' said in the chat and '1. 阿俊 出价方案调整 明天中午前' in the list below it are one item, kept as
the list writes it. A forward's preface remarking on an item by its number ('贾部长：第3项请重点关注') adds none, nor
does a helper's share of work listed as its lead's ('配合质量部编制检验试验计划')."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.model import Item
from parsers.minutes.lines.chat_lines import speaker
from parsers.minutes.lines.preface import NAMED_ITEM, preface_of

# work that only helps the unit or person who leads it ('配合质量部编制检验试验计划', '配合温工做…打样'), when the lead's
# own item is listed too
HELPS = re.compile(r"^(?:配合|协助|协同)(?=[\u4e00-\u9fffA-Za-z])")
WORD_CHARS = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")
CLAUSE_END = re.compile(r"[，,；;。]")
TRAILING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）][\s，,。；;]*$")


def not_new(items: list[Item], text: str, ctx: Context, chat: set[int] = frozenset()) -> set[int]:
    """The items that only restate another (restated_after_chat; `chat`: those read from a chat's messages), remark
    on a forwarded item (remarks) or help with work listed as its lead's (helpers)."""
    return restated_after_chat(items, text, ctx, chat) | remarks(items, text) | helpers(items)


def helpers(items: list[Item]) -> set[int]:
    """The items that help with work another item gives its lead: '② 配合质量部编制检验试验计划' beside 覃春燕（质量部）'s
    '编制检验试验计划（ITP）', '配合温工做碳纤维管供应商打样' beside 温晓峰's '与供应链确认碳纤维管新供应商打样'."""
    found = set()
    for index, item in enumerate(items):
        m = HELPS.match(item.task)
        if m and any(not HELPS.match(other.task) and _same_work(item.task[m.end():], other.task)
                     and _ends_in(item.task, other.task) for other in items):
            found.add(index)
    return found


def _ends_in(helper: str, lead: str) -> bool:
    """Does the lead's task hold the last words of the helper's work, in any order? ('…编制检验试验计划（ITP）' and
    '编制检验试验计划' do; '配合杨主管做溃疡病复查采样' and '溃疡病复查：出复查结论' do not: sampling is his own step of
    the work, as '做好…现场复核' beside '出具…复核意见' is)"""
    clause = TRAILING_ASIDE.sub("", CLAUSE_END.split(helper, 1)[0])
    tail = WORD_CHARS.findall(clause.lower())[-4:]
    return set(tail) <= set(WORD_CHARS.findall(lead.lower()))     # ('做比价表编制' beside '编制比价表': the same words)


def remarks(items: list[Item], text: str) -> set[int]:
    """The items read from a forward's preface that name an item below by its number ('第3项请重点关注，…', 'Kevin
    请注意第2条，下周二前要给到客户')."""
    preface = preface_of(text) if "第" in text else ""
    if not preface:
        return set()
    return {index for index, item in enumerate(items) if NAMED_ITEM.search(item.task) and item.task[:6] in preface}


def restated_after_chat(items: list[Item], text: str, ctx: Context, chat: set[int] = frozenset()) -> set[int]:
    """When the text holds a pasted chat ('沈佳怡 20:33' over each message): the items a later item restates (same
    owner, same due, tasks sharing most of their words); and when the chat is pasted below the list made from it
    ('以下是聊天记录原文：'), the messages' items (`chat`) of people the list gives work. None otherwise."""
    if not any(line.rstrip()[-3:-2] == ":" and speaker(line, ctx) for line in text.splitlines()):
        return set()
    restated = {index for index, item in enumerate(items) if item.owner and any(
        later.owner == item.owner and later.due == item.due and _same_work(item.task, later.task)
        for later in items[index + 1:])}
    listed = [index for index in range(len(items)) if index not in chat]
    if not chat or not listed or max(listed) > min(chat):
        return restated                            # (a chat above its list: the list's later items restate it)
    listed_owners = {items[index].owner for index in listed if items[index].owner}
    return {index for index in chat if items[index].owner in listed_owners} | (restated & chat)


def _same_work(one: str, other: str) -> bool:
    """Do two task texts share at least half the characters (Latin: words) of the shorter one, and two at least?
    ('问一下二供的交期' and '二供交期确认': the chat says it in its words, the list in a short heading)"""
    first, second = _words(one), _words(other)
    shared = len(first & second)
    return shared >= 2 and shared * 2 >= min(len(first), len(second))


def _words(text: str) -> set[str]:
    return set(WORD_CHARS.findall(text.lower())) - FILLER


FILLER = set("的了把一下个发我给和")
