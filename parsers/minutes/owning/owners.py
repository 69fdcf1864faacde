"""What an owner cell or prefix says: a person, a department only, a group, or no owner at all.

    read_owner('财务部小罗', ...)     -> Owner(罗晓燕, department='财务部')
    read_owner('星河电子 技术部', ...) -> Owner(None, '技术部', group=True)     (department-only: flag no_owner)
    read_owner('QA team', ...)       -> Owner(None, None, group=True)
    read_owner('评审结论', ...)       -> None                                  (a topic, not an owner)

`leading_owner` finds a name at the start of a sentence ('市场部王芳10月12日前提交…').
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass

from parsers.mail.hant import fold
from parsers.mail.addresses import Address
from parsers.model import Person
from parsers.minutes.owning.people import HAN, NOT_NAMES, Roster, looks_like_name
from parsers.minutes.owning.units import DEPT_ONLY, DEPT_PREFIX, department_of, own_unit, department_stem, unit_name
from parsers.minutes.owning.roles import ROLE_ONLY, TITLED_NAME, lead_part, role_heads, role_length, name_tails

GROUP = re.compile(r"^(?:各\s*(?:team\s*)?leads?|各[\u4e00-\u9fff]{0,6}?(?:车间|班组|门店|社区|居委会|村委会|分公司|子公司|项目部|单位|科室|处室|部室|"
                   r"乡镇|乡|镇|村|县区|区县|县|区|网点|分行|支行|园区|片区)|各[\u4e00-\u9fff]{0,5}?(?:长|主任|主管|经理|负责人|联络员|专员)|all\s+team\s+leads|(?:双方|雙方|各方|三方|多方)[\u4e00-\u9fff]{0,6}|全体|全员|所有人|全(?:组|科|室|处|年级|班|校|院|队)(?:老师|教师|同事|成员|人员|医生|护士)?|各部门|各组|各位|大家|相关部门|相关人员|相关同事|各负责人|待定|待确认|"
                   r"我方|对方|甲方|乙方|客户|客户方|供应商|厂家|厂商|vendor|customer|client|supplier|the customer|"
                   r"未定|暂无|无|tbd|tbc|n/?a|none|all|everyone|everybody|both|both sides|both teams|all teams|"
                   r"owner\s*(?:tbd|tbc|to be (?:decided|confirmed|assigned))|to be (?:decided|confirmed|assigned)|"
                   r"unassigned|待分配|待指定|owner to be assigned|to be assigned|"
                   r"finance|marketing|sales|legal|hr|it|ops|operations|engineering|dev|qa|support|procurement|purchasing|"
                   r"product|design|admin|r&d|logistics|customer service|management|leadership)$", re.I)
EVERYONE_IN = re.compile(r"(?<=[部组科处室队])(?:全体|全部|所有)?(?:同事|员工|人员|成员|同仁)们?$|(?<=[部组科处室队])全体$")
SIDE_THEN_PERSON = re.compile(r"^[^-–—:：()（）]{2,30}?(?:\s+[-–—]\s+|\s*[:：]\s*)(?P<who>\S[^-–—:：]{1,30})$")   # '长译：段文轩' too
COMPANY_FUNCTION = re.compile(r"^(?P<side>[A-Z][\w&.\-]*)\s+(?P<team>(?i:it|hr|qa|r&d|finance|legal|sales|marketing|ops|operations|"
                              r"procurement|purchasing|logistics|compliance|tax|treasury|security|engineering|admin)(?:\s(?:team|dept))?)$")
SIDE = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,8}?)(?:那边|这边|那头|方面)$|^(?P<party>商户|客户|供应商|厂家|业主|施工|监理|建设|设计|"
                  r"合作|平台|品牌|渠道|代理|经销商|租户|物业|总包|分包|[甲乙丙对双])方$")    # '仓库那边': the warehouse's side; '商户方
LEAD_MARK = re.compile(r"[(（]\s*(?:主|主责|牵头|lead)\s*[)）]", re.I)       # '杜工・許工（主）': the lead
JOINER_IN_NAME = re.compile(r"[和及与]")   # JOINERS: 'A、B', 'A & B' join people; the & of 'R&D team', 'P&L owner' nothing
JOINERS = re.compile(r"[、,，;；+＋]|(?<![A-Z])&|&(?![A-Z])|(?<=[\u4e00-\u9fff）)])・(?=[\u4e00-\u9fff])|\s+(?:and|&)\s+|和|及|与")
DECORATION = re.compile(r"^(?:负责人|责任人|主责人?|牵头人?|owner)\s*[:：]\s*|(?:负责|牵头|主责|跟进|主导)(?:落实|实施|推进|组织|协调|统筹)?$", re.I)
HELPER_NOTE = re.compile(r"\s*[(（]\s*(?![^()（）]*(?:牵头|主责))(?:(?:配合|协助|协办)\s*[:：][^()（）]*|[^()（）:：]{1,20}?(?:配合|协助|协办))[)）]")     # '苏婉（配合：汪静）': 苏婉
PHONE = re.compile(r"\s*(?:(?:tel|phone|电话|手机)\s*[:：]?\s*)?\+?\d[\d\- ]{6,}\d", re.I)   # '郑凯 13800001111'
PARENS = re.compile(r"[(（]([^()（）]*)[)）]")
LEAD_WORD = re.compile(r"^(?:牵头|负责人?|主责)\s*[:：，,]?\s*|\s*(?:牵头|负责|主责)$")
UNIT_PERSON = re.compile(r"[(（]\s*(?:(?:牵头|负责|主责)(?:人)?\s*[，,、:：]?\s*)?(?P<who>[^()（）,，、;；:：\d\s]{2,12}?)\s*(?:[，,、]?\s*"
                         r"(?:牵头|负责|主责))?(?:[，,、；;]\s*[^()（）]{1,16}?(?:配合|协助|协办))?[)）]")     # '（孔令辉）', '（蒋文斌牵头，许佳怡配合）'
SPEAKS = re.compile(r"\s*(?:提醒|强调|指出|通报|重申|说)(?:大家|各位|全组|全体)?\s*[:：]")
REMINDED = re.compile(r"[^：:，,。；;\s]{1,8}?" + SPEAKS.pattern)     # '宋老师提醒：…' opening a line
LATIN_WORD = re.compile(r"[A-Z][a-z]{1,15}\b")
FULL_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž'\-]+){1,2}$")      # 'Klaus Weber', 'Mary Ann Lee'
TITLE_START = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:桑|さん|様|さま|殿|小姐|先生|女士|太太|课长|課長|总监|总工|经理|主管|主任|老板|厂长|局长|处长|科长|"
                         r"部长|院长|校长|所长|站长|队长|店长|组长|行长|书记|会计|医生|教授|律师|博士|师傅|总|工|老师)|^[小老阿][\u4e00-\u9fff]")


@dataclass(frozen=True)
class Owner:
    person: Person | None          # the one person responsible (roster, mail address, or the name as written)
    department: str | None = None  # a roster department named with or instead of the person
    group: bool = False            # a department, team or 双方 without a person: no_owner

    @classmethod
    def of(cls, person: Person | None) -> "Owner | None":
        """The owner an item already has (its person and their department), or None."""
        return cls(person, person.department) if person else None

HONORIFIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*(?:様|さま|さん|殿|老师|先生|女士)$")   # after a full name only: '王先生' keeps
WORKSHOP = re.compile(r"^(?!各)[\u4e00-\u9fff]{1,8}?(?:车间|班组|工段|产线)\s*")
PARTY_ROLE, HAN_ONLY = 3, re.compile(r"[\u4e00-\u9fff]*")     # a role word of up to 3 characters between 贵司 and the person
DAY_NAMED = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day)?\.?,?\s+\d")     # a weekday, not 孙悦 ('Sun 20 Sep')
PARTY = re.compile(r"(?:贵(?:司|方|校|院|局|公司|单位|厂|行|所|中心)|我司|我方|本司|对方|甲方|乙方)(?=[\u4e00-\u9fff])")   # whose side
ROLE_ACRONYM = re.compile(r"^[A-Z]{2,4}(?=[\u4e00-\u9fff]{2,4}$)")     # 'CRA吴昊': a role written before the name


LAST_BRACKET = re.compile(r"[(（]([^()（）]{2,30})[)）]$")


@lru_cache(maxsize=4096)
def read_owner(text: str, roster: Roster, known: tuple[Address, ...], unknown: str = "any") -> Owner | None:
    """An owner cell/prefix read as a person, a department or a group; None when it is no owner at all.
    `unknown` says which names nobody knows may still be taken as a person: "any" (an owner cell, where
    only a name can stand), "han" (a 'X：' prefix, where 'Decisions:' must not become a person), "company" (as "han",
    and a company of the headers' addresses: 'Luhai to book …') or "none"."""
    if JOINER_IN_NAME.search(text or "") and (whole := roster.resolve(text.strip(), known)):
        return Owner(whole, whole.department)    # '苏和', '王和平': a name we know that holds a joiner (和: no 'and')
    text = PHONE.sub("", DECORATION.sub("", lead_part(HELPER_NOTE.sub("", " ".join((text or "").split()))))).strip(" ：:，,。.-—")
    if text[:2] in ("全体", "所有", "全部", "每位") and ROLE_ONLY.search(text):
        return Owner(None, None, group=True)     # '全体站长': everyone who holds that title, no person surnamed 全体
    named = HONORIFIC.search(text) and read_owner(HONORIFIC.sub("", text), roster, known, "none")   # '刘畅様', '刘畅さん'
    if named and named.person:                   # (the full name we know, before its honorific)
        return named
    if not text or len(text) > (254 if "@" in text else 40):       # an address may be long
        return None
    if side := SIDE.match(text):    # '仓库那边', '老马那边': whoever is named, else that side (a group, no person)
        return Owner(None, None, group=True) if side.group("party") else read_owner(side.group("who"), roster, known, "none") or \
            Owner(None, department_of(side.group("who"), roster), group=True)
    dashed = SIDE_THEN_PERSON.match(text)
    person = dashed and read_owner(dashed.group("who"), roster, known, unknown)
    if person and person.person:
        return person                   # 'Huayue – Helen Zhou': the company, then its person
    last = LAST_BRACKET.search(text)
    inside = last and last.start() and PARENS.search(text).start() == last.start() and \
        read_owner(last.group(1), roster, known, "none")       # (one bracket only: not 'A部（王斌）、B部（常莉）')
    if inside and inside.person and inside.person.email:
        return inside                              # 'HR & Admin (Nina Lv 吕娜)': the person we know, whatever the unit
    parts = [part.strip() for part in JOINERS.split(text) if part and part.strip()]
    first = next((part for part in parts if LEAD_MARK.search(part)), None) or _first_part(text)    # '杜工・許工（主）'
    if first != text:
        return read_owner(first, roster, known, unknown)   # 'A、B' -> the first person named is the owner
    titled = ROLE_ACRONYM.match(text)                         # 'CRA吴昊', 'QA顾婷': the role, then the person
    named = titled and read_owner(text[titled.end():], roster, known, unknown)
    if named and named.person:
        return named
    inside = _bracketed(text, roster, known, unknown == "any")     # 'PMO (Emma)': the person, not the team
    return (Owner(inside, inside.department) if inside else None) or _unit_then_person(text, roster, known) or \
        _as_group(text, roster) or \
        (unknown in ("any", "company") and _mail_company(text, roster, known)) or _as_person(text, roster, known, unknown)


def _unit_then_person(text: str, roster: Roster, known: tuple[Address, ...]) -> Owner | None:
    """'产业发展股 杨登科', '信息科赵文科', '管网管理所蓝所长' (a roster unit, whatever its last word), '总装车间向东': a
    unit, then a person we know (whose name may end like a unit: 科)."""
    m, whole = DEPT_PREFIX.match(text), max((d for d in roster.departments if text.startswith(d)), key=len, default="")
    shop = WORKSHOP.match(text)                    # '总装车间向东': a workshop (no unit word of ours), then the person
    for dept, rest in ((m.group("dept"), m.group("rest")) if m else ("", ""), (whole, text[len(whole):] if whole else ""),
                       (shop.group(), text[shop.end():]) if shop else ("", "")):
        person = roster.resolve(rest.strip(), known) if rest.strip() else None
        if person:
            return Owner(person, person.department or department_of(dept, roster))
    return None


def _first_part(text: str) -> str:
    """'A、B' -> 'A': the text before its first joiner outside brackets ('安环部（牵头，邱文博）' stays whole)."""
    depth = 0
    for i, char in enumerate(text):
        depth += (char in "(（") - (char in ")）")
        if depth <= 0 and (char in "、,，;；&+＋・和及与 ") and JOINERS.match(text, i) and text[:i].strip():
            return text[:i].strip()
    return text.strip() if text.strip() else text


def unit_person(owner: Owner, text: str, roster: Roster, known: tuple[Address, ...]) -> tuple[Owner, str] | None:
    """'平安办（牵头，刘卫东）', '仓储部：…货架加固（孔令辉）': a unit with a person we know named in brackets beside it
    is that person's (a bracket that says 配合 names a helper); gives the person and the text without that bracket."""
    if owner.person or not owner.group:
        return None
    m = UNIT_PERSON.search(text)
    person = roster.resolve(m.group("who"), known) if m else None
    if not (person and person.email):
        return None
    return Owner(person, person.department or owner.department), text[:m.start()] + text[m.end():]



@lru_cache(maxsize=4096)
def leading_owner(text: str, roster: Roster, known: tuple[Address, ...]) -> tuple[Owner, int] | None:
    """The owner named at the very start of a sentence and the length it takes:
    '技术部刘洋评估开发难度' -> (刘洋, 5); '财务部周三下午审核…' -> (财务部 only, 3); '提交方案' -> None."""
    party = PARTY.match(text)                      # '贵司赵主管确认…': your company's 赵主管; '贵司品保褚先生…': after
    for skip in range(0, PARTY_ROLE + 1) if party else ():          # a short role word ('品保') we do not know
        found = HAN_ONLY.fullmatch(text, party.end(), party.end() + skip) and \
            leading_owner(text[party.end() + skip:], roster, known)
        if found and found[0].person and (not skip or found[0].person.email):
            return found[0], party.end() + skip + found[1]
    name = _name_prefix(text, roster, known)
    person = roster.resolve(name, known) if name else None
    if person and (SPEAKS.match(text, len(name)) or DAY_NAMED.match(text)):
        return None                                # '宋老师提醒：所有气瓶…': who said it, not who does it; 'Sun 20 Sep'
    if person:                                     # '小潘协助客服中心…', '彭博组织…': a person, not a unit
        return Owner(person, person.department), len(name)
    stem = department_stem(text, roster)          # '品管曲工…' (品管部): a person after their department's short name
    name = _name_prefix(text[stem:], roster, known) if stem else None
    person = roster.resolve(name, known) if name else None
    if person:
        return Owner(person, person.department), stem + len(name)
    dept_match = DEPT_PREFIX.match(text)
    if dept_match and not unit_name(dept_match.group("dept"), roster):
        dept_match = None                          # '接口联调由研发中心…' is a sentence, not a department
    start, dept = (dept_match.start("rest"), dept_match.group("dept")) if dept_match else (0, None)
    named = start + role_length(text[start:])      # '教务处副主任周敏…', '设备工程师汤文斌负责…'
    rest = text[named:]
    name = _name_prefix(rest, roster, known) or (_unknown_after_role(rest) if named else None)
    head = None if name or named == start else _name_prefix(text[start:named], roster, known)
    if head and roster.resolve(head, known):       # '市容科吴海燕科长负责…': the name before its role word
        person = roster.resolve(head, known)
        return Owner(person, person.department or department_of(dept or "", roster)), named
    if name:
        person = roster.resolve(name, known) or (Person(name, None, None) if named else None)
        if person:
            return Owner(person, person.department or department_of(dept or "", roster)), named + len(name)
    if dept and (department_of(dept, roster) or own_unit(dept)):
        return Owner(None, department_of(dept, roster), group=True), start
    return None


def person_prefix(text: str, roster: Roster, known: tuple[Address, ...]) -> tuple[Person, int] | None:
    """The person of the roster or headers whose name or alias (or surname + title) opens `text`, and its length."""
    name = _name_prefix(text, roster, known)
    person = roster.resolve(name, known) if name else None
    return (person, len(name)) if person else None


def _unknown_after_role(text: str) -> str | None:
    """A name nobody knows right after a role word, when 负责/牵头/a colon follows it: '汤文斌负责编写…' -> 汤文斌."""
    for size in (3, 2):
        name = text[:size]
        if HAN.match(name) and looks_like_name(name) and name not in NOT_NAMES and \
                re.match(r"\s*(?:负责|牵头|主责|[:：])", text[size:]):
            return name
    return None




def _as_group(text: str, roster: Roster) -> Owner | None:
    bare = EVERYONE_IN.sub("", PARENS.sub("", text).strip()) or text    # '操作部全体同事': the department
    function = COMPANY_FUNCTION.match(bare)        # 'Huayue IT', 'Client Finance': a company's team, no person
    if GROUP.match(bare) or function and not roster.resolve(function.group("side")):
        return Owner(None, department_of(bare, roster), group=True)
    if (DEPT_ONLY.match(bare) or bare in roster.departments) and not roster.is_written_name(bare):
        return Owner(None, department_of(bare, roster), group=True)   # (黄处 = 处长 黄志强 is no 处)
    return None


def _mail_company(text: str, roster: Roster, known: tuple[Address, ...]) -> Owner | None:
    """'Hengyue', 'DQH Bank': the company of a mail address in the headers (hengyue-auto…, dqhbank…) names nobody
    (unless it is somebody's name: Lisa of lisa-studio.com)."""
    letters = re.sub(r"[^a-z]", "", text.lower())
    if len(letters) < 4 or not text.isascii() or roster.resolve(text, known):
        return None
    companies = {re.sub(r"[^a-z]", "", a.email.split("@")[-1].split(".")[0].lower()) for a in known if "@" in a.email}
    return Owner(None, None, group=True) if any(c.startswith(letters) for c in companies) else None


def _as_person(text: str, roster: Roster, known: tuple[Address, ...], unknown: str) -> Owner | None:
    """'杨帆（销售部）', '销售部/杨帆', '华锐科技 陈立新', '技术部刘工', 'Frank Lin', or an unknown 王建华."""
    notes = " ".join(PARENS.findall(text))
    bare = PARENS.sub("", text).strip()
    for candidate in _name_candidates(bare):
        person = roster.resolve(candidate, known)
        if person:
            return Owner(person, person.department or department_of(bare + notes, roster))
    tails = [t for t in name_tails(bare) if HAN.match(t) and looks_like_name(t)]     # '设备工程师汤文斌'
    name = bare if FULL_NAME.match(bare) else tails[0] if tails else _name_candidates(bare)[-1]   # 'Klaus Weber' whole
    if unknown != "none" and looks_like_name(name) and name not in NOT_NAMES and (unknown == "any" or HAN.match(name)):
        return Owner(Person(name, None, None), department_of(bare + notes, roster))
    return None


def _name_candidates(text: str) -> list[str]:
    """The whole text, then what follows a department or company ('财务部小罗' -> '小罗'), then each '/' part
    ('销售部/杨帆', '张三/李四'), then the last word ('华锐科技 陈立新')."""
    out = [text]
    dept = DEPT_PREFIX.match(text)
    if dept and dept.group("rest"):
        out.append(dept.group("rest").strip())
    parts = [p.strip() for p in re.split(r"[/／]", text) if p.strip()]
    if len(parts) > 1:
        out.extend(parts)
    words = text.split()
    if len(words) > 1 and HAN.match(words[-1]):
        out.append(words[-1])
    out.extend(name_tails(text))              # '仓储主管韦志远', 'QA lead Marco Rossi', '前厅梁经理': the name after a role
    for candidate in list(out):
        out.extend(role_heads(candidate))     # '孟凡工程师': the name before the role
    return list(dict.fromkeys(out))


def _bracketed(text: str, roster: Roster, known: tuple[Address, ...], full_name: bool = False) -> Person | None:
    """'PMO (Emma)', '财务部（程雪）', 'SQE (Mr. Qin)': a team or company with its person in brackets (by title), or
    one we do not know by a full name ('Ostrava (Petr Novák)') where any name counts (`full_name`: an action list)."""
    outer = PARENS.sub("", text).strip()           # not 'Hugo Marchand (Maison Verre)', 'Khamla（Mekong Gate）'
    full_name = full_name and not FULL_NAME.match(outer) and not roster.resolve(outer, known)
    for inner in PARENS.findall(text):
        inner = LEAD_WORD.sub("", inner.strip())           # '调度指挥中心（孟庆山牵头）', '（牵头：孟庆山）'
        titled = inner and TITLED_NAME.fullmatch(inner) and (read_owner(inner, roster, known, "none") or Owner(None)).person
        person = inner and (roster.resolve(inner, known) or (titled if titled and titled.email else
                                                             (TITLED_NAME.fullmatch(inner) or full_name and FULL_NAME.match(inner))
                                                             and Person(inner, None, None)))
        if person:
            return person                                  # ('Huicheng (Mr. Xu)': one we do not know, by title)
    return None


NAME_SPAN = 64                 # characters a name (or alias) at the start of a text can take


def _name_prefix(text: str, roster: Roster, known: tuple[Address, ...]) -> str | None:
    """The longest known way of writing a person that `text` starts with (a Latin name must end at a word
    boundary), else a surname + title such as 王总 or 小罗 that resolves."""
    low = fold(unicodedata.normalize("NFKC", text[:NAME_SPAN]).lower())     # a name is short: not the whole line
    for form in roster.names_by_initial(known).get(low[:1], ()):
        after = low[len(form):len(form) + 1]       # ('Coco负责': a Han character after a Latin name ends it)
        if low.startswith(form) and (HAN.match(form[-1]) or not after.isalnum() or not after.isascii()):
            return text[:len(form)]
    title = TITLE_START.match(text) or LATIN_WORD.match(text)      # '王总', or 'Pieter' of Pieter de Vries in Cc
    if title and roster.resolve(title.group(), known):
        return title.group()
    return None
