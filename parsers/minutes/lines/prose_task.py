"""The task of an item read from a free sentence of prose: from the comma clause that carries its deadline (or the
clause before a bare deadline clause, '…报上来，最晚周三，…') up to a clause that opens with the writer or a person, not
the story around it ('库存方面…只够卖12天，这个不能等，补货的柜子周五之前必须订好舱位，叶工盯一下' -> '补货的柜子必须订好舱位')."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.context import Context
from parsers.minutes.items import read_item
from parsers.minutes.owning.owners import Owner, person_prefix
from parsers.model import Item

CLAUSE = re.compile(r"[，；;]")
HAN, LATIN = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")
MIN_CLAUSES = 3                # a shorter sentence is the task as it stands
HANDED = re.compile(r"负责|牵头|执笔|主笔|主责|主导|统筹|跟进")   # a clause that gives the work to someone
BARE_DUE = 4                   # a clause this short once its deadline is gone only dates the clause before it


def dated_clause(sentence: str, item: Item, ctx: Context) -> Item:
    """`item` with the task read from the clause of `sentence` that gives its deadline, when the sentence has
    several clauses and exactly one gives that deadline; else `item` unchanged."""
    if len(HAN.findall(sentence)) < len(LATIN.findall(sentence)):
        return item                # English prose: its commas join one sentence ('(cut-over, rollback) and share it')
    clauses = [c.strip() for c in CLAUSE.split(sentence) if c.strip()]
    dated = [i for i, clause in enumerate(clauses) if item.due_text and item.due_text in clause]
    if len(clauses) < MIN_CLAUSES or len(dated) != 1:
        return item
    index = dated[0]
    bare = index > 0 and len(clauses[index].replace(item.due_text, "")) <= BARE_DUE   # '最晚周三' alone: the work is
    start = index - 1 if bare else index                                              # the clause before it
    handing = bare and start > 0 and _hands_only(clauses[start], ctx)     # '…列出来，Coco负责，本周五': the work is
    start -= handing                                                     # the clause before 'Coco负责'
    end = next((i for i in range(index + 1, len(clauses)) if _someone_else(clauses[i], ctx)), len(clauses))
    if start == 0 and end == len(clauses) and not handing or re.match(r"我|咱", clauses[start]) or \
            any(HANDED.search(clause) for clause in clauses[:start]):
        return item                # nothing told around it, the writer's wish ('…治具，我希望18号前到位'), or the work
    # handed out in an earlier clause ('冷库扩容老彭牵头，…，下个月9号前给我个方案'): the sentence as read
    parts = [clause for i, clause in enumerate(clauses[start:end], start)
             if not (bare and i == index) and not (handing and i == start + 1)]
    read = read_item("，".join(parts), ctx, owner_hint=Owner.of(item.owner))
    return replace(item, task=read.task) if read and read.task else item


def _someone_else(clause: str, ctx: Context) -> bool:
    """A clause that opens with the writer or a person ('我要跟 Jessica 那边对一下', '叶工盯一下'): no more of the task."""
    return bool(re.match(r"我|咱", clause)) or person_prefix(clause, ctx.roster, ctx.known) is not None


def _hands_only(clause: str, ctx: Context) -> bool:
    """'Coco负责', '老彭牵头': a person and the word that hands them the work, and no work of its own."""
    opening = person_prefix(clause, ctx.roster, ctx.known)
    return opening is not None and HANDED.fullmatch(clause[opening[1]:].strip()) is not None
