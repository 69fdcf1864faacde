"""Owners that prose names in passing: the writer ('我把…发给…'), a colleague asked by given name ('由一帆执笔'),
the lead before 牵头 ('冷库扩容老彭牵头，严工配合'); patterns and two steps of owner_steps.OWNER_STEPS, kept apart so
each module stays small."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owners import Owner, read_owner

ASKING = re.compile(r"由|请|让")   # the words that hand a clause to someone: '由一帆执笔', '请文静核一下'
FIRST_PERSON = re.compile(r"^(?:I(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to)\s+|我(?:来|会|将|负责)|"
                          r"(?=(?:[^，,。；;我]{2,12}?)?我先?把)|"   # '节后第一个工作日我把要点发给…'
                          r"我(?:这边|本人)?(?=[^，,。；;把将]{1,12}?(?:前|内|底)\s*(?:把|将|会|来|负责|完成|提交|整理|发|交|给)))"
                          r"(?P<rest>\S.*)$")      # '我周日前把稿子看完': the sender, with the day before the verb
# a clause start, or 由/请 inside one ('预算部分请文静核一下'), but not '第4项请…' (a reminder of an item in the table)
CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?:并?由|交由|请|让|客户|供应商|对方|甲方|乙方|我方|厂商)?\s*|由|(?<![申邀项条])请")
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3}")
DEMONSTRATIVE = re.compile(r"(?:这个|这件事|这事|此事|该事项?|这块|这项)\s*$")
NAMED_LEAD = re.compile(r"(?:牵头|主责|主抓)(?=[，,、；;]|$)")
HELPER_CLAUSE = re.compile(r"[，,、][^，,。；;]{1,8}(?:配合|协助|协办)(?=[，,。；;]|$)")


def given_name(text: str, ctx: Context) -> tuple[Owner, int] | None:
    """'由一帆执笔', '请文静核一下': a colleague the mail is sent to, asked by given name (何一帆 -> 一帆)."""
    for address in ctx.known:
        name = (address.name or "").replace(" ", "")
        owner = len(name) == 3 and HAN_NAME.fullmatch(name) and text.startswith(name[1:]) and \
            read_owner(name, ctx.roster, ctx.known, "han")
        if owner:
            return owner, 2
    return None


def named_lead(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'冷库扩容老彭牵头，严工配合，…方案': the person written right before 牵头/主责 owns it, not the one who helps.
    The task keeps the topic before the name and what follows the lead and helper clauses."""
    for m in NAMED_LEAD.finditer(text):
        for size in (4, 3, 2):
            name = text[m.start() - size:m.start()] if m.start() >= size else ""
            owner = name[:1] not in "，,、；; " and read_owner(name, ctx.roster, ctx.known, "none")   # not '，邓工'
            if owner and owner.person:
                before = DEMONSTRATIVE.sub("", text[:m.start() - size])    # '…过一遍，这个 Mia 牵头': the clause before
                topic = before.split("，")[-1].split(",")[-1] or before    # '…，10月17号前，邓工牵头': all before it
                return owner, topic + HELPER_CLAUSE.sub("", text[m.end():])
    return None
