"""Owners named in brackets: '提交方案终稿(王芳)', 'Send the deck (Bob, Friday)', 'Ship the page [Sam]', and a unit
alone in the brackets closing an item ('…（财务）'); steps of owner_steps.OWNER_STEPS."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.model import Person
from parsers.minutes.owning.owners import Owner, leading_owner, read_owner
from parsers.minutes.owning.units import department_of
from parsers.minutes.owning.roles import NAME_TITLE

WRITER = r"我(?:自己)?(?:盯|负责|来|跟)?|本人|me"     # the writer in brackets: '（我，10月15日前）', '曹县基地（我自己盯）'
RESPONSIBLE = re.compile(rf"\s*{NAME_TITLE}?\s*(?:具体|全面|亲自|专人)?\s*(?:负责|牵头|主导|跟进|主责|统筹|协调|对接|会同(?=[\u4e00-\u9fff]))")   # '谢婉清同志具体负责',
# '刘振宇会同财务部测算…' (会同: leads, with another unit)
OBLIGED = re.compile(r"^\s*(?:要(?!求)|须|需要?|应当?|务必|必须|负责(?!人)|牵头(?!人))\s*(?=\S)")   # '各乡镇要…'
RESPONSIBLE_AFTER = re.compile(f"(?:{RESPONSIBLE.pattern})\\s*$")
VERB_AFTER = re.compile(r"\s*(?:具体|全面|亲自|专人)?\s*(?:负责|牵头|主导|跟进|主责|统筹|协调|对接|安排|落实|办理|处理|盯|跟|定稿|审定|把关|拍板|汇总)\s*$")   # '法务
# （许嘉明协调）', '…周三前寄出（阿峰安排）'
NESTED = re.compile(r"[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]")    # '（卢思敏，3月21日（周五）前）': one level inside
UNIT_END = re.compile(r"(?:部|科|局|处|室|股|所|站|队|中心|集团|公司|办)$")
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
SQUARE = re.compile(r"(?<=\S)\s*\[([^\[\]]{1,30})\]")      # 'Ship the pricing page [Sam]'
TRAILING_UNIT = re.compile(r"[(（](?P<who>[^()（）,，、;；:：\d]{1,20})[)）]\s*$")      # the unit alone, no date
FUNCTION = re.compile(r"行政|人事|人力|财务|采购|法务|后勤|总务|工程|技术|研发|市场|销售|客服|品质|品管|质量|安全|物流|"
                      r"仓储|运营|生产|设计|教务|IT")


def in_parens(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'提交方案终稿(王芳)', 'Send the deck (Bob, Friday)', '…（6月24日前，许工）': the rest of the brackets stays for the due."""
    brackets = "(" in text or "（" in text or "[" in text          # (a look before the searches)
    for m in [*NESTED.finditer(text), *SQUARE.finditer(text)] if brackets else ():
        first, _, others = re.sub(r"[,，;；、]", "\0", m.group(1), count=1).partition("\0")
        if ctx.sender and re.fullmatch(rf"\s*(?:{WRITER})\s*", first, re.I):
            first = ctx.sender.email                # '（我，10月15日前）', '曹县基地（我自己盯）': the writer's own item
        titled = VERB_AFTER.sub("", first)                 # '（佟主任负责）': the title may be how we know them
        owner = titled != first and read_owner(titled, ctx.roster, ctx.known, "none")
        first = RESPONSIBLE_AFTER.sub("", first) or first   # '农技推广中心（田家旺同志负责）组织…'
        listed = "、" in m.group(1)                 # '（安全帽、防滑鞋）' lists things: only a person we know owns
        owner = owner if owner and owner.person else read_owner(first, ctx.roster, ctx.known, "none" if listed else "han")
        placed = not (owner and owner.person) and _named_by_place(text, m, first.strip())
        if placed:
            return placed
        if owner and owner.person:
            kept = f"（{others.strip()}）" if others.strip() else ""
            return owner, drop_leading_owner(text[:m.start()] + kept + text[m.end():], ctx)
        last = read_owner(others.strip(), ctx.roster, ctx.known, "none") if others.strip() else None
        if last and last.person and last.person.email:    # '（6月24日前，许工）': the day, then who (the seeds' '(姓名)')
            return last, drop_leading_owner(text[:m.start()] + f"（{first.strip()}）" + text[m.end():], ctx)
    return None


def _named_by_place(text: str, m: re.Match, inside: str) -> tuple[Owner, str] | None:
    """'仓储运营部（朴永吉）负责…', '区气象局（次仁卓嘎）负责…': between a unit and 负责/牵头 the brackets hold its person,
    whatever the name (no common surname: a Korean or Tibetan one); the work is what follows 负责."""
    verb = RESPONSIBLE.match(text, m.end()) if HAN_NAME.fullmatch(inside) and UNIT_END.search(text, 0, m.start()) else None
    return (Owner(Person(inside, None, None), None), text[verb.end():]) if verb else None


def trailing_unit(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """A unit alone in the brackets closing the item, when nothing else names an owner: that unit's (no_owner)."""
    m = TRAILING_UNIT.search(text) if text.rstrip()[-1:] in ")）" else None     # (a look before the search)
    if not m:
        return None
    who = m.group("who").strip()
    owner = read_owner(who, ctx.roster, ctx.known, "none")
    if owner is None and FUNCTION.fullmatch(who):
        owner = Owner(None, department_of(who + "部", ctx.roster), group=True)
    return (owner, text[:m.start()]) if owner and not owner.person else None


def drop_leading_owner(text: str, ctx: Context, labelled: str = "") -> str:
    """'市场部李经理周三前提交…' once the owner is known from a label: the task starts after the name; so after the
    labelled owner itself ('各乡镇要加强…' under '责任单位：各乡镇'), also where it opens a later sentence of the point."""
    asked = re.match(r"(?:请|由|要求)(?=\S)", text)          # '请信息科于…前完成…，责任人：韩雪': the unit is no task
    start = asked.end() if asked else 0
    leading = leading_owner(text[start:], ctx.roster, ctx.known)
    if leading:
        return text[start + leading[1]:]
    named = labelled.strip()
    opens = text.find(f"。{named}", start) + 1 if named else 0    # '排查。各乡镇要对…': the theme, then the unit's work
    start = opens or start
    return OBLIGED.sub("", text[start + len(named):]) if named and text.startswith(named, start) else text
