"""A known person named after the item's topic, owning it: in a closing 'X to …' clause ('Vendor audit date - TBD,
Anna to coordinate'), right before the verb that hands it over ('试卖门店名单陈总定', '样品寄送何斌负责'), or handed
their unit's share by name ('柳沟镇由王建军同志负责…'), a clause of a name and 负责 alone ('…，李强负责，…'), or the whole of a field ('—— 总务Winnie');
and a label that lists units ('承办：城投公司、区城管局').

    named_before_verb('样品寄送何斌负责', ctx, strict=False) -> (Owner(何斌), '样品寄送')
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.bracket_owners import RESPONSIBLE
from parsers.minutes.owning.owners import NOT_NAMES, Owner, leading_owner, read_owner
from parsers.minutes.owning.people import looks_like_name
from parsers.minutes.owning.roles import HANDED_WORK, OUTSIDER_TITLED, TITLE_AFTER_NAME
from parsers.model import Person

# 'Audit date for the Suzhou site - TBD, Anna to coordinate': the owner named last, in a clause of their own
NAMED_AFTER = re.compile(r"^(?P<rest>.+?)[,，;；]\s*(?P<who>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})\s+"
                         r"(?:to|will|is\s+to)\s+[a-z]\S*(?:\s+\S+){0,8}\s*$")
# a surname and title ending a label before its colon, after a company's name ('海维斯顾工：', 'Hvidsten' in Chinese)
TITLED_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?P<who>[\u4e00-\u9fff](?:经理|总监|总工|总|工|老师|主任|主管|律师|博士))$")
NAMED_LEAD = re.compile(r"\s*(?P<who>[\u4e00-\u9fff]{2,3}?)(?:负责|牵头)(?=[，,。；;]|$)")    # '，李强负责，'
HANDED_TO = re.compile(r"由(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志|老师)?(?:负责|牵头)[，,]?")   # work handed to someone by name
PERSON_THEN_VERB = re.compile(r"^(?P<head>(?:[\u4e00-\u9fff]|[A-Za-z0-9][A-Za-z0-9 .\-]*)[\u4e00-\u9fffA-Za-z0-9 .\-]{3,29}?(?<=[\u4e00-\u9fff]))"
                              r"(?:继续|持续|具体)?(?:定|负责|跟进|牵头|拍板)(?P<rest>(?=[，,。；;\s]|$).*)$")   # 'GB 30585送检结果许工继续跟进'


def named_after(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'Vendor audit date - TBD, Anna to coordinate': a person we know, named in a closing 'X to …' clause."""
    m = NAMED_AFTER.match(text) if "to" in text or "will" in text else None     # (a look before the match)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return (owner, m.group("rest")) if owner and owner.person else None


def named_before_verb(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'试卖门店名单陈总定，时间待定', '样品寄送何斌负责': the topic, a person we know, the verb handing it to them."""
    m = PERSON_THEN_VERB.match(text) if "定" in text or "负责" in text or "跟进" in text or "牵头" in text or "拍板" in text else None
    for size in (4, 3, 2) if m else ():       # (a look before the match: its verb must be there)
        who, topic = m.group("head")[-size:], m.group("head")[:-size]
        owner = len(topic) >= 2 and read_owner(who, ctx.roster, ctx.known, "none")
        if owner and owner.person and owner.person.email:
            return owner, re.sub(r"(?<=\S)(?:由|交由|交给|归)$", "", topic) + m.group("rest")   # '上市物料由蔡经理负责'
    return None


def person_after_unit(owner: Owner, rest: str, ctx: Context) -> tuple[Owner, str]:
    """'安全环保部：熊国平牵头组织节前安全大检查': after a unit's colon, a person we know who leads the work owns it (the
    unit's own item otherwise)."""
    found = leading_owner(rest, ctx.roster, ctx.known)
    lead = found and found[0].person and found[0].person.email and RESPONSIBLE.match(rest, found[1])
    return (found[0], rest[lead.end():]) if lead else (owner, rest)


def titled_label(label: str, ctx: Context) -> Owner | None:
    """'海维斯顾工：…': before a colon, a company's name no list knows, then a surname and title that is one person the
    mail is sent to or copied to; None otherwise."""
    m = TITLED_LABEL.match(label.strip())
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return owner if owner and owner.person and owner.person.email else None


def share_handed(text: str, ctx: Context) -> tuple[Owner, str] | None:
    """'各乡镇衔接资金项目完工验收。柳沟镇由王建军同志负责，5个工作日内完成本镇…': a topic for every unit, then one
    person handed their share by name: theirs, and the task is that sentence's work ('柳沟镇…完成本镇…')."""
    handed = HANDED_TO.search(text)
    owner = handed and read_owner(handed.group("who"), ctx.roster, ctx.known, "none")
    if not (owner and owner.person and owner.person.email):
        return None
    start = max(text.rfind(stop, 0, handed.start()) for stop in "。；;") + 1
    return Owner(owner.person, owner.person.department), text[start:handed.start()] + text[handed.end():]


def lead_by_name(clause: str) -> tuple[Owner, int] | None:
    """'…清掏，李强负责，今天下班前…': a clause of a name nobody knows and 负责/牵头 alone: that person, by name."""
    m = NAMED_LEAD.match(clause)
    name = m and m.group("who")
    return (Owner(Person(name, None, None)), len(name)) if name and looks_like_name(name) and name not in NOT_NAMES else None


def known_person_alone(text: str, ctx: Context) -> Owner | None:
    """'总务Winnie', '注塑车间黄主任': the whole text one person we know (with an address), maybe after their unit."""
    found = leading_owner(text, ctx.roster, ctx.known)
    return found[0] if found and found[1] == len(text) and found[0].person and found[0].person.email else None


def known_prefix(text: str, ctx: Context) -> tuple[Owner, int] | None:
    """The longest person of the roster or headers opening the text, as a given name or title ('梦琪…', '汪经理…'); the
    whole text only when it is a way they are written ('云瞳信息晏飞：' -> 晏飞, not '全体店长' -> 何店长)."""
    for size in (4, 3, 2):
        if len(text) < size or len(text) == size and not _written(text, ctx) or \
                re.search(r"[、,，;；&+＋/\s]", text[:size]) or re.fullmatch(r"[A-Za-z]{2}", text[size - 1:size + 1]):
            continue                               # ('Han' of 'Hanbit' is no name: a word is not cut)
        owner = read_owner(text[:size], ctx.roster, ctx.known, "none")
        if owner and owner.person and owner.person.email:
            return owner, size
    return None


def _written(name: str, ctx: Context) -> bool:
    """Is `name` a name or alias of the roster, or a display name of the headers, exactly as written?"""
    return ctx.roster.is_written_name(name) or any(a.name == name for a in ctx.known)


def after_affiliation(text: str, ctx: Context, then: re.Pattern = HANDED_WORK) -> tuple[Owner, int] | None:
    """'由迅策孟凡提供…': a person we know with their company's short name before them (the vendor's engineer), then
    (their title and) the work; `then` ALONE: their title at most ('华釉李文涛经理' before a colon)."""
    for skip in range(2, 7):
        if not re.fullmatch(r"[\u4e00-\u9fff]+", text[:skip]):
            return None
        found = known_prefix(text[skip:], ctx)
        if found and TITLE_AFTER_NAME.fullmatch(text[skip:skip + found[1]]):
            continue                               # '办公室陈主任': 主任 is 陈's title, not the one 主任 we know
        if found and then.match(TITLE_AFTER_NAME.sub("", text[skip + found[1]:])):
            return found[0], skip + found[1]
    return None


def listed_units(labelled: str, ctx: Context) -> Owner | None:
    """'承办：城投公司、区城管局': of the units a label lists, the first we can read (a person or our unit first); a
    unit that is none of ours leaves the item its units' (no person, no department)."""
    parts = [read_owner(part, ctx.roster, ctx.known) for part in re.split(r"[、，,/／和及]", labelled) if part.strip()]
    found = [owner for owner in parts if owner]
    if len(parts) < 2 or not found:
        return None
    return next((owner for owner in found if owner.person or owner.department), found[0])


def titled_outsider(text: str, by: int = 0) -> tuple[Owner, int] | None:
    """'施工队邵队长尽快整改…': a person nobody we know has, by surname and title, asked for the work at once; the
    owner and the length read from `by`."""
    m = OUTSIDER_TITLED.match(text, by)
    return (Owner(Person(m.group("who"), None, None)), m.end() - by) if m else None
