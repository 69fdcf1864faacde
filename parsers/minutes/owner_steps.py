"""Where an item's text names its owner, tried in order (owner_of): a 负责人 label, a 'X：' prefix, 'X to …',
'@x', 'X - …', a name in brackets, everyone ('请各单位…'), a name or department opening the sentence, and last a
known person opening a later clause ('…，由研发中心赵强负责排查').

    owner_of('', '王芳：提交方案终稿', ctx, strict=False) -> (Owner(王芳), '提交方案终稿')
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from parsers.context import Context
from parsers.dates import due as dates
from parsers.dates.due import Due
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owners import PARENS, Owner, department_of, leading_owner, read_owner

OWNER_SPAN = 200               # characters after a clause start that can name its owner
COLON_PREFIX = re.compile(r"^(?P<who>(?:[^：:，,。；;\d(（]|[(（][^)）]{0,20}[)）]){1,30}?)\s*[：:]\s*(?P<rest>\S.*)$")
ENGLISH_OWNER = re.compile(r"^(?P<who>(?:@?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}|@[\w.\-]+)"
                           r"(?:\s*(?:,|and|&)\s*@?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})*)(?:\s*,\s*|\s+)"
                           r"(?:to|will|shall|should|must|needs?\s+to|is\s+to|is\s+going\s+to|has\s+to|"
                           # 'Ben owns the reconciliation', 'Mike is on point for the alert': a verb of owning, then the task
                           r"owns|is\s+on\s+point\s+for|is\s+responsible\s+for|is\s+accountable\s+for|takes|is\s+taking|"
                           r"handles|is\s+handling|drives|is\s+driving|picks\s+up|is\s+picking\s+up)\s+(?P<rest>\S.*)$")
DASH_PREFIX = re.compile(r"^(?P<who>[^-–—:：,，;；]{2,40}?)\s+[-–—]{1,2}\s+(?P<rest>\S.*)$")     # 'Lisa Chen (Northwind) - …'
ROLE_ENGLISH = re.compile(r"^(?P<who>[A-Za-z][\w.&/'\-]*(?:\s+[\w.&/'\-]+){1,5}?)\s+(?:to|will)\s+(?P<rest>\S.*)$")
BRACKET_OWNER = re.compile(r"^[【\[](?P<who>[^】\]]{1,20})[】\]]\s*[:：]?\s*(?P<rest>\S.*)$")
DASH_OWNER = re.compile(r"(?:\s[-–—]{1,2}|——)\s*(?P<who>[^-–—,，;；()（）]{2,30}?)\s*(?:[-–—]{1,2}\s|[,，;；]\s*|$)")
MENTION = re.compile(r"(?:^|(?<=[\s(（,，;；:：]))[@＠](?=\S)")
FIRST_PERSON = re.compile(r"^(?:I(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to)\s+|我(?:来|会|将|负责))"
                          r"(?P<rest>\S.*)$")
AT_OWNER = re.compile(r"^@(?P<who>[\w.\-]+)[\s,:：]+(?P<rest>\S.*)$")
AT_FULL_NAME = re.compile(r"^@(?P<who>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,2})[\s,:：]+(?P<rest>\S.*)$")   # '@Mike Sato …'

CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?:并?由|交由|请|让|客户|供应商|对方|甲方|乙方|我方|厂商)?\s*|由")
LEAD_ROLE = re.compile(r"^\s*(?:负责|牵头)(?:[，,、]\s*)?(?:[^，,。；;]{1,12}(?:配合|协助|协同|参与)[，,、]\s*)?(?=\S)")
# a request to every unit or everyone ('请各单位于12月30日前报送…', '全体员工…'): owned by nobody in particular
TO_ALL = re.compile(r"^(?:请|要求)?\s*(?:各[\u4e00-\u9fff]{0,4}?(?:单位|部门|部室|处室|科室|项目部|分公司|子公司|公司|中心|小组)|"
                    r"各[\u4e00-\u9fff]{0,3}?(?:班主任|主任|负责人|老师|教师|经理|组长|店长)|"
                    r"全体[\u4e00-\u9fff]{0,4}?(?:员工|同事|人员|成员|同学)|各位(?:同事|同学|负责人)?|大家|[@＠](?:所有人|全体成员|all|everyone))"
                    r"\s*(?:要|须|需|需要|务必|应|应当)?\s*(?=\S)")
# a capitalised full name followed by its company or team in brackets: 'Klaus Weber (Becker Logistik IT)'
AFFILIATED = re.compile(r"^[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2}\s*[(（][^()（）]{2,40}[)）]$")
OWNER_NOTE = re.compile(r"\s*[(（][^()（）\d]{1,12}[)）]")    # '张华（客户）', 'Ryan (Yuanfan)'
SQUARE = re.compile(r"(?<=\S)\s*\[([^\[\]]{1,30})\]")      # 'Ship the pricing page [Sam]'
RESPONSIBLE = re.compile(r"\s*(?:同志|老师|主任|经理|科长)?\s*(?:具体|全面|亲自|专人)?\s*(?:负责|牵头|主导|跟进|主责|统筹)")   # '谢婉清同志具体负责'
# 'Audit date for the Suzhou site - TBD, Anna to coordinate': the owner named last, in a clause of their own
NAMED_AFTER = re.compile(r"^(?P<rest>.+?)[,，;；]\s*(?P<who>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})\s+"
                         r"(?:to|will|is\s+to)\s+[a-z]\S*(?:\s+\S+){0,8}\s*$")
# a unit in brackets closing the item: '监理月报及整改回复，10/15前（工程部）', '空调报修跟进（行政）' — a department
# named without 部 too, as writers shorten their own functions
TRAILING_UNIT = re.compile(r"[(（](?P<who>[^()（）,，、;；:：\d]{1,20})[)）]\s*$")      # the unit alone, no date
FUNCTION = re.compile(r"行政|人事|人力|财务|采购|法务|后勤|总务|工程|技术|研发|市场|销售|客服|品质|品管|质量|安全|物流|"
                      r"仓储|运营|生产|设计|教务|IT")


def owner_of(labelled: str, text: str, ctx: Context, strict: bool, inside: bool = True) -> tuple[Owner | None, str]:
    """The owner the text names and the text without that name, trying OWNER_STEPS in order."""
    if labelled:
        owner = read_owner(labelled, ctx.roster, ctx.known)
        if owner:
            return owner, drop_leading_owner(text, ctx)
    for step in OWNER_STEPS if inside else [step for step in OWNER_STEPS if step is not _inside]:
        found = step(text, ctx, strict)
        if found:
            return found
    return None, text


def _prefixed(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'王芳：…', 'Li Na to …', '@leo …', '【欧阳】…'. A name nobody knows counts before a colon only when it is
    Chinese ('Decisions:' is no person), and in English only inside an action list."""
    latin = "han" if strict else "any"
    for pattern, unknown in ((COLON_PREFIX, "han"), (ENGLISH_OWNER, latin), (AT_FULL_NAME, "none"), (AT_OWNER, latin),
                             (BRACKET_OWNER, "han"),
                             (DASH_PREFIX, "han"), (ROLE_ENGLISH, "none")):   # 'Eng manager Priya to …': known only
        m = pattern.match(text)
        if m and pattern is DASH_PREFIX and AFFILIATED.match(m.group("who")):
            unknown = latin                        # 'Klaus Weber (Becker IT) - …': a name with its company
        owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, unknown)
        if owner:
            notes = "".join(f"（{n}）" for n in PARENS.findall(m.group("who")))   # '张三（10月20日前）：…'
            return owner, m.group("rest") + notes
    return None


def _mentioned(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'完成接口联调 @邵宇 10月24日' (Feishu, DingTalk, Slack): a person we know, @-mentioned anywhere."""
    for m in MENTION.finditer(text):
        found = leading_owner(text[m.end():], ctx.roster, ctx.known)
        if found and found[0].person:
            return found[0], text[:m.start()] + " " + text[m.end() + found[1]:]
    return None


def _first_person(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """"I'll send the forecast by Friday", '我来整理清单': the sender's own item."""
    m = FIRST_PERSON.match(text)
    owner = m and ctx.sender and read_owner(ctx.sender.email, ctx.roster, ctx.known)
    return (owner, m.group("rest")) if owner else None


def _between_dashes(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'Book the venue - David - by Friday': only a person or team we know."""
    for m in DASH_OWNER.finditer(text):
        owner = read_owner(m.group("who"), ctx.roster, ctx.known, "none")
        if owner:
            return owner, text[:m.start()] + " " + text[m.end():]
    return None


def _in_parens(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'提交方案终稿(王芳)', 'Send the deck (Bob, Friday)': the rest of the brackets stays for the due."""
    for m in [*PARENS.finditer(text), *SQUARE.finditer(text)]:
        first, _, others = re.sub(r"[,，;；、]", "\0", m.group(1), count=1).partition("\0")
        owner = read_owner(first, ctx.roster, ctx.known, "han")
        if owner and owner.person:
            kept = f"（{others.strip()}）" if others.strip() else ""
            return owner, drop_leading_owner(text[:m.start()] + kept + text[m.end():], ctx)
    return None


def _leading(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'市场部王芳10月12日前提交…', '财务部周三下午审核…' (a department only), '张华（客户）提供日志', and
    '由运输部牵头，…' (由 + an owner + 负责/牵头)."""
    by = text.startswith("由")
    found = leading_owner(text[by:], ctx.roster, ctx.known)
    if not found or by and not RESPONSIBLE.match(text, by + found[1]):
        return None
    rest = text[by + found[1]:]
    if by and not found[0].person:
        return _inside(rest, ctx, strict) or (found[0], LEAD_ROLE.sub("", rest))   # '…，马超牵头' names the person
    if not found[0].person:
        named = _inside(rest, ctx, strict)     # '财务科要在…前完成4月结算，谢婉清同志具体负责': the person answers for it
        if named and RESPONSIBLE.search(rest):
            return named
    note = OWNER_NOTE.match(rest)
    rest = rest[note.end():] if note else rest
    return found[0], LEAD_ROLE.sub("", rest)


def _inside(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """A known person opening a later clause: '…闪退，由研发中心赵强负责排查，11月8日前…', '客户张华下周一前提供…'.
    Only a person we know, and only with 负责 after the name or a deadline in the text (not '由周敏主持')."""
    for m in CLAUSE_START.finditer(text):
        found = leading_owner(text[m.end():m.end() + OWNER_SPAN], ctx.roster, ctx.known)   # (a copy of the rest
        # of a long line at every comma would be quadratic; an owner is named within a few characters)
        if not found or not (found[0].person and found[0].person.email):
            continue
        after = text[m.end() + found[1]:]
        if RESPONSIBLE.match(after) or (ctx.sent and all_dues(text, ctx.sent, ctx.calendar)):
            before = text[:m.end()].rstrip("由请让")
            return found[0], ("" if before.rstrip().endswith(("：", ":")) else before) + after
    return None


def _to_all(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'请各单位于12月30日前将值班安排报送综合办公室': every unit is asked, so no one owner (no_owner)."""
    m = TO_ALL.match(text)
    return (Owner(None, None, group=True), text[m.end():]) if m else None


def _named_after(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'Vendor audit date - TBD, Anna to coordinate': a person we know, named in a closing 'X to …' clause."""
    m = NAMED_AFTER.match(text)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return (owner, m.group("rest")) if owner and owner.person else None


def _trailing_unit(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """A department or team alone in the brackets that close the item, when nothing else names an owner: the
    item is that unit's (no_owner; its department when it is one of ours)."""
    m = TRAILING_UNIT.search(text)
    if not m:
        return None
    who = m.group("who").strip()
    owner = read_owner(who, ctx.roster, ctx.known, "none")
    if owner is None and FUNCTION.fullmatch(who):
        owner = Owner(None, department_of(who + "部", ctx.roster), group=True)
    return (owner, text[:m.start()]) if owner and not owner.person else None


OWNER_STEPS = (_prefixed, _mentioned, _first_person, _named_after, _between_dashes, _in_parens, _to_all, _leading,
               _inside, _trailing_unit)                               # _inside: skipped under a hint


def drop_leading_owner(text: str, ctx: Context) -> str:
    """'市场部李经理周三前提交…' once the owner is known from a label: the task starts after the name."""
    asked = re.match(r"(?:请|由|要求)(?=\S)", text)          # '请信息科于…前完成…，责任人：韩雪': the unit is no task
    start = asked.end() if asked else 0
    leading = leading_owner(text[start:], ctx.roster, ctx.known)
    return text[start + leading[1]:] if leading else text


@lru_cache(maxsize=1024)
def all_dues(text: str, sent: datetime, calendar: WorkdayCalendar) -> tuple[Due, ...]:
    """Every due phrase of a text; remembered, because owner and due steps both ask about the same text."""
    return tuple(dates.find_all_dues(text, sent, calendar))
