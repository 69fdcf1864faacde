"""An owner in a dash-separated field: 'Book the venue - David - by Friday', '…整改 —— 李建军（车站部分），…': the field
that is a person or team we know (or '我', the writer, or an @handle) owns the line; a field that says where the work
goes ('—— 节后第一个工作日交质控办') is no owner."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.named_owners import known_person_alone
from parsers.minutes.owning.owners import Owner, read_owner
from parsers.minutes.owning.units import department_of

DASH_OWNER = re.compile(r"(?:\s[-–—]{1,2}|——)\s*(?P<who>[^-–—,，;；()（）]{2,30}?)\s*(?P<note>[(（][^()（）]{1,20}[)）]\s*)?"   # '— 李建军（车站部分），'
                        r"(?:(?<=[)）])\s*(?:负责|牵头|主责))?(?:[-–—]{1,2}\s|[,，;；]\s*|$)")    # '— 林佳怡（品质部）负责，'
DASH_FIELD = re.compile(r"\s[-–—]|——")         # where a ' - who - ' field may start
DESIGNATES = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:指定|指派|委派|安排|让|叫)(?P<rest>[\u4e00-\u9fff]{2,}.*)$")
CLAUSE_AFTER_NAME = re.compile(r"\s(?:[^\s\u4e00-\u9fff]*[\u4e00-\u9fff]){3}")    # '小王 月底前带…', not '各 team lead'
WHERE_IT_GOES = re.compile(r"(?:交|报|发|送|递|寄|提交|上报|报送|给)(?:到|至|给)?[\u4e00-\u9fff]{1,8}$")   # '…交质控办'


def between_dashes(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'Book the venue - David - by Friday': only a person or team we know."""
    if "-" not in text and "–" not in text and "—" not in text:
        return None                                # (a look before the search: most lines hold no dash)
    for m in filter(None, (DASH_OWNER.match(text, d.start()) for d in DASH_FIELD.finditer(text))):   # each field
        if WHERE_IT_GOES.search(m.group("who")):
            continue                               # '—— 节后第一个工作日交质控办': where the work goes, not who does it
        named = _designated(m.group("who"), ctx)    # '―― 冉部长指定小谭先问两家': the one designated
        if named:
            return named, text[:m.start()] + " " + text[m.end():]
        mine = ctx.sender and re.fullmatch(r"\s*(?:我|本人|me)\s*", m.group("who"), re.I)    # '—— 我 —— 本周四'
        owner = read_owner(ctx.sender.email if mine else undated(m.group("who"), m.group("note")), ctx.roster, ctx.known, "none") \
            or _handle(m.group("who"), ctx) or known_person_alone(m.group("who").strip(), ctx)   # '—— 总务Winnie，…'
        if owner and not owner.person and CLAUSE_AFTER_NAME.search(m.group("who").strip()):
            continue                               # '—— 小王 月底前带他们去办': a clause, not a team's name
        if owner:                                  # '——孟凡（上诉期届满前，即10月9日）': the note keeps its day
            return owner, text[:m.start()] + " " + (m.group("note") if re.search(r"\d", m.group("note") or "") else "") + text[m.end():]
    return None


def _designated(who: str, ctx: Context) -> Owner | None:
    """'冉部长指定小谭先问两家', '王总安排李娜跟进': a person someone designates, known to us, in a field of its own."""
    m = DESIGNATES.match(who.strip())
    for size in (3, 2) if m else ():
        owner = read_owner(m.group("rest")[:size], ctx.roster, ctx.known, "none")
        if owner and owner.person:
            return owner
    return None


def undated(who: str, note: str | None) -> str:
    """A field and the bracket beside it, when neither gives a day ('调度指挥中心（孟庆山牵头）': the bracket may name the
    person); else the field alone ('target 2025年底 (Yutong)' is a deadline, not an owner)."""
    return who if not note or re.search(r"\d", who + note) else who + note


def _handle(who: str, ctx: Context) -> Owner | None:
    """'— @外部审计 —': an @ marks the owner's field even for a handle nobody knows (a team: no person)."""
    handle = who.strip()[1:].strip() if who.strip().startswith("@") else ""
    return (read_owner(handle, ctx.roster, ctx.known, "any") or Owner(None, department_of(handle, ctx.roster), group=True)) \
        if handle else None
