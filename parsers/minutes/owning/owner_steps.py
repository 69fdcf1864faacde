"""Where an item's text names its owner, tried in order (owner_of): a 负责人 label, a 'X：' prefix, 'X to …', '@x',
'X - …', a name in brackets, everyone ('请各单位…'), a name or department opening the sentence, a known person or a
department asked to act opening a later clause ('…，由研发中心赵强负责排查'), the subject between topic and verb ('盘点老马继续核对').

    owner_of('', '王芳：提交方案终稿', ctx, strict=False) -> (Owner(王芳), '提交方案终稿')"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from string import ascii_letters

from parsers.context import Context
from parsers.minutes.grids.columns import column_role
from parsers.dates import due as dates
from parsers.dates.due import Due
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.lines.held import chars_held, needs, scan_for
from parsers.minutes.owning.owners import PARENS, Owner, leading_owner, read_owner, unit_person
from parsers.minutes.lines.chat_lines import CHAT_STAMP, asked_by_speaker, mentioned
from parsers.minutes.owning.dash_fields import between_dashes
from parsers.minutes.owning.slash_fields import between_slashes
from parsers.minutes.owning.bracket_owners import RESPONSIBLE, drop_leading_owner, in_parens, trailing_unit
from parsers.minutes.owning.roles import (AFFILIATED_WORK, COMPANY_NAMED, COMPANY_TITLED, HANDED_WORK,
                                          TITLE_AFTER_NAME, WORK_VERB)
from parsers.minutes.owning.asked_clause import asked_task
from parsers.minutes.owning.lead_note import lead_noted
from parsers.minutes.owning.joint_owners import OWN_SIDE, TOPIC_PREFIX, next_person
from parsers.minutes.owning.spaced_owner import spaced_owner
from parsers.minutes.owning.trailing_person import trailing_person
from parsers.minutes.owning.named_owners import (after_affiliation, known_prefix, lead_by_name, listed_units, named_after, named_before_verb, person_after_unit, share_handed,
                                                 titled_label, titled_outsider)
from parsers.minutes.owning.prose_owners import (ASKING, BY_ME, CLAUSE_START, FIRST_PERSON, SMALL_UNIT, fronted_object, given_name, me_in_clause,
                                                 me_then_day, named_lead, our_person_named, person_after_side, small_unit,
                                                 subject_before_adverb, unit_clause)

SELF_LABEL = re.compile(r"\s*(?:我(?:自己)?|本人|(?i:me|myself))\s*")      # the writer as an owner label's value ('我自己：' over ①)
FIRST_CLAUSE = re.compile(r"^[^，,；;。]*[，,；;。]\s*")
OWNER_SPAN = 200               # characters after a clause start that can name its owner
COLON_PREFIX = re.compile(r"^(?P<who>(?:[^：:，,。；;\d(（]|[(（][^)）]{0,20}[)）]){1,30}?)\s*[：:]\s*(?P<rest>\S.*)$")
ENGLISH_OWNER = re.compile(r"^(?!(?:Please|Pls|Plz|Kindly|Also|Then|Thanks|We|I|You|They|All|Everyone)\b)(?P<who>(?:@?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}|@[\w.\-]+)"
                           r"(?:\s*(?:,|and|&)\s*@?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})*)(?:\s*,\s*|\s+)"
                           r"(?:to|will|shall|should|must|needs?\s+to|is\s+to|is\s+going\s+to|has\s+to|"
                           # 'Ben owns the reconciliation', 'Mike is on point for the alert': a verb of owning, then the task
                           r"owns|is\s+on\s+point\s+for|is\s+responsible\s+for|is\s+accountable\s+for|takes|is\s+taking|"
                           r"handles|is\s+handling|drives|is\s+driving|picks\s+up|is\s+picking\s+up|please(?:\s+kindly)?|kindly)"
                           r"\s+(?P<rest>\S.*)$")                          # 'Mr. Jiang Tao please kindly check …'
# a Chinese name or titled surname in English notes, after an optional 'Vendor side:': '何工 to check …', '陈生 to send …'
HAN_TO = re.compile(r"^(?:[A-Za-z][\w\s]{0,30}?\bside\s*[:：]\s*)?(?P<who>[\u4e00-\u9fff]{2,4})\s+to\s+(?P<rest>[a-z]\S*.*)$")
TO_FORM = re.compile(r"\s*,?\s*to\s")        # 'X to do Y': the action-item form (not 'X will …', a statement)
DASH_PREFIX = re.compile(r"^(?P<who>[^-–—－:：,，;；]{2,40}?)\s+[-–—－]{1,2}\s+(?P<rest>\S.*)$")     # 'Lisa Chen (Northwind) - …', 'Kexin － …'
ROLE_ENGLISH = re.compile(r"^(?P<who>[A-Za-z][\w.&/'\-]*(?:\s+[\w.&/'\-]+){1,5}?)\s+(?:to|will)\s+(?P<rest>\S.*)$")
SIDE_TAG = re.compile(r"^[【\[][^】\]\d:：]{1,12}[】\]]\s*(?=[^：:，,。；;【\[]{1,30}[：:])")     # not a chat's '[21:06]'
BRACKET_OWNER = re.compile(r"^[【\[](?P<who>[^】\]]{1,20})[】\]]\s*[:：]?\s*(?P<rest>\S.*)$")
# the topic first, then the writer taking it: '伺服器维护公告我自己跟，尽快出', '道路摸排，我本人负责，周一报'
TOPIC_THEN_ME = re.compile(r"^(?:[^，,。；;：:]{1,8}?上[，,]\s*)?(?P<topic>[^，,。；;：:]{2,30}?)(?:[，,]\s*)?我(?:自己|本人|这边)?"
                           r"(?:(?:跟进?|盯着?|负责|来跟|来搞|来做|来办|搞|来?处理|来弄)(?=[，,。；;\s]|$)|"
                           r"来(?=跟进|负责|处理|办理|对接|协调|推进))(?P<rest>.*)$")    # '尾款我来跟进付款流程，…', '招聘上，两个岗我自己来跟
AT_OWNER = re.compile(r"^(?P<who>@[\w.\-]+)[\s,:：]+(?P<rest>\S.*)$")
AT_FULL_NAME = re.compile(r"^@(?P<who>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,2})[\s,:：]+(?P<rest>\S.*)$")   # '@Mike Sato …'
SAYS = re.compile(r"^(?:那边|这边)?(?:说(?![明服])|表示)?")     # '彭工说五一前来修', '张部长那边出个表': the work follows
RESPONSIBLE_LEAD = re.compile(r"^\s*(?:负责|牵头|主责)(?:[，,]\s*|(?=[\u4e00-\u9fff]{2}))")      # the 牵头 a name leaves behind
HANDED = re.compile(r"负责|牵头|由|请")     # (a look before the clauses are read for a person who takes the work)
ALONE = re.compile(r"$")
CONDITION_FIRST = re.compile(r"(?:若|如果|假如|一旦|如遇|如)[^，,。；;]{1,15}[，,]\s*")   # '若转厂，…': when, not who
LEAD_ROLE = re.compile(r"^\s*(?:同志|老师)?(?:具体)?(?:负责|牵头)(?:[，,、]\s*)?(?:[^，,。；;]{1,12}(?:配合|协助|协同|参与)[，,、：:]\s*)?(?=\S)")
# a request to every unit or everyone ('请各单位于12月30日前报送…', '全体员工…'): owned by nobody in particular
TO_ALL = re.compile(r"^(?:请|要求)?\s*(?:各[\u4e00-\u9fff]{0,4}?(?:单位|部门|部室|处室|科室|项目部|分公司|子公司|公司|中心|小组|医院|学校|门店|店|乡镇|街道|社区|部(?!室))|"
                    r"各[\u4e00-\u9fff]{0,3}?(?:班主任|主任|负责人|老师|教师|经理|组长|店长)|"
                    r"全体(?:[\u4e00-\u9fff]{0,4}?(?:员工|同事|人员|成员|同学)|(?=\s*[:：]))|各位(?:同事|同学|负责人)?|大家|所有人(?=\s*[:：])|"
                    r"[@＠](?:所有人|全体成员|all|everyone))"
                    r"\s*(?:要|须|需|需要|务必|应|应当)?\s*(?=\S)")
VOCATIVE = re.compile(r"^(?:各位|大家)好?\s*[，,！!]\s*(?=\S)")     # the greeting that opens a line, then who does what
AFFILIATED = re.compile(r"^[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2}\s*[(（][^()（）]{2,40}[)）]$")   # 'Klaus Weber (Becker IT)'
NAMED_IN_BRACKETS = re.compile(r"^[^\s()（）]+\s*[(（]\s*[A-ZÀ-Þ][^\s()（）]+\s+[A-ZÀ-Þ][^()（）]*[)）]\s*$")   # 'Ostrava (Petr Novák)': one word, then the name
OWNER_NOTE = re.compile(r"\s*[(（][^()（）\d]{1,12}[)）]")    # '张华（客户）', 'Ryan (Yuanfan)'
HELPS = re.compile(r"\s*(?:配合|协助|协同|协办|参与|支持)")
HELP_ENDS = re.compile(HELPS.pattern + r"\s*(?:[，,。；;：:]|$)")     # a helper's word closing its clause
MINE = re.compile(r"我(?:本人|方|司|们|这边)?|本人|本司|(?i:me|myself)|[^()（）]{1,12}[(（]\s*(?:我|本人|(?i:me))\s*[)）]")   # the writer's
SELF = re.compile(r"^我(?:(?:这边|这里|们这边|本人)(?![们的])|(?=负责|牵头|来|[，,、\s]|$))")   # '发票：我这边7月6日前…'
GENERIC_LABEL = re.compile(r"待办|行动|行动项|措施|要求|结论|备注|任务|说明|事项|内容|工作|下一步|action|todo|to-?do|note|next\s+steps?|"
                           r"(?:会上|会议|大家|双方|经讨论|讨论)?(?:确定|明确|决定|议定|约定|商定|要求|强调|指出|同意|认为|安排|分工)(?:如下)?", re.I)


# the prefix patterns in order, with who may be unknown ("latin": any name outside an action list, else Chinese
# only) and what each needs before it can match at all (a look at the text and its first character): same matches
PREFIXES = ((HAN_TO, "none", lambda text, first: "to" in text),
            (COLON_PREFIX, "han", lambda text, first: "：" in text or ":" in text),
            (ENGLISH_OWNER, "latin", lambda text, first: first == "@" or "A" <= first <= "Z"),
            (AT_FULL_NAME, "none", lambda text, first: first == "@"),
            (AT_OWNER, "latin", lambda text, first: first == "@"),
            (BRACKET_OWNER, "han", lambda text, first: first in ("【", "[")),
            (DASH_PREFIX, "han", lambda text, first: "-" in text or "–" in text or "—" in text or "－" in text),
            (ROLE_ENGLISH, "none", lambda text, first: "A" <= first <= "Z" or "a" <= first <= "z"))   # 'Eng manager Priya to…'
def owner_of(labelled: str, text: str, ctx: Context, strict: bool, inside: bool = True) -> tuple[Owner | None, str]:
    """The owner the text names and the text without that name, trying OWNER_STEPS in order."""
    labelled = ctx.sender.email if labelled and ctx.sender and SELF_LABEL.fullmatch(labelled) else labelled   # 'Owner: me'
    owner = labelled and (read_owner(labelled, ctx.roster, ctx.known) or listed_units(labelled, ctx))
    if owner:
        owner = (unit_person(owner, labelled, ctx.roster, ctx.known) or (owner,))[0]
        named = (None, text) if owner.person else owner_of("", text, ctx, strict, inside)   # '责任单位：财务部' over
        member = named[0] and named[0].person and named[0].department == owner.department  # '由财务部房丽同志负责…'
        return named if member else (owner, drop_leading_owner(text, ctx, labelled))        # names the unit's person
    facts = chars_held(text, STEP_SCAN)            # a step whose needs the text lacks is not tried (STEP_NEEDS)
    for step, step_needs in GATED_STEPS if inside else GATED_UNDER_HINT:
        found = (step_needs is None or not facts.isdisjoint(step_needs)) and step(text, ctx, strict)
        if found:
            return lead_noted(*found, ctx) or unit_person(*found, ctx.roster, ctx.known) or found
    return None, text


def _prefixed(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'王芳：…', 'Li Na to …', '@leo …', '【欧阳】…'. A name nobody knows counts before a colon only when it is
    Chinese ('Decisions:' is no person), and in English only inside an action list."""
    latin = "han" if strict else "any"
    text = CHAT_STAMP.sub("", text) if ":" in text[:4] else text   # '[20:03] 陆志强：@顾晓芸 …': the time a chat line was said
    first = text[:1]
    tagged = SIDE_TAG.match(text) if first in "【[" else None     # '【镜泊】韩振宇：…': a side, then its person
    if tagged and (found := _prefixed(text[tagged.end():], ctx, strict)) and found[0].person:
        return found
    if not (":" in text or "：" in text or "to" in text or "-" in text or "–" in text or "—" in text or "－" in text or
            first in "@【[" or "A" <= first <= "Z" or "a" <= first <= "z"):
        return None                                # (what each may_match below looks for: none of it, no pattern to try)
    for pattern, unknown, may_match in PREFIXES:
        if not may_match(text, first):
            continue
        unknown, m = (latin if unknown == "latin" else unknown), pattern.match(text)
        if m and pattern is DASH_PREFIX and AFFILIATED.match(m.group("who")):
            unknown = latin                        # 'Klaus Weber (Becker IT) - …': a name with its company
        elif m and pattern is COLON_PREFIX and NAMED_IN_BRACKETS.search(m.group("who")):
            unknown = latin                        # 'Ostrava (Petr Novák): …': a site or team, then its person
        elif m and pattern is ENGLISH_OWNER and unknown == "han" and TO_FORM.match(text, m.end("who")):
            unknown = "company"                    # 'Luhai to book …': a company of the headers, in the action form
        mine = m and ctx.sender and MINE.fullmatch(m.group("who").strip())   # '我方：…', '生管部（我）：…'
        owner = m and (read_owner(ctx.sender.email if mine else m.group("who"), ctx.roster, ctx.known, unknown) or
                       pattern is COLON_PREFIX and (titled_label(m.group("who"), ctx) or     # '海维斯顾工：…', '华釉李文涛经理：…'
                                                    (after_affiliation(m.group("who").strip(), ctx, ALONE) or (None,))[0]))
        owner, rest = person_after_unit(owner, m.group("rest"), ctx) if owner and pattern is COLON_PREFIX and \
            not owner.person else (owner, m and m.group("rest"))        # '安全环保部：熊国平牵头组织…'
        dashed = owner and not owner.person and pattern is DASH_PREFIX and between_dashes(text, ctx, strict)
        if dashed and dashed[0].person:            # '…报市场监管局 —— 葛丽娟，7月31日前': the task, then who does it
            continue
        if owner:                                  # '[叶蓁] 坑位费合同 @邹凯 明天…': the speaker asks 邹凯
            mention = pattern in (BRACKET_OWNER, COLON_PREFIX) and asked_by_speaker(rest, ctx, pattern is BRACKET_OWNER)
            notes = "" if mine else "".join(f"（{n}）" for n in PARENS.findall(m.group("who")))   # '张三（10月20日前）：…'
            return mention or (owner, rest + notes)
    return None


def _topic_then_owner(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'人防施工图审查意见回复：苏工，下周三前', '规划许可证补正材料：我这边负责，9月5日前…': the topic before the
    colon is the task, the person right after it its owner (a generic label such as '措施：' is dropped)."""
    m = TOPIC_PREFIX.match(text) if "：" in text or ":" in text else None
    if not m or len(m.group("who").strip()) < 2 or (column_role(m.group("who").strip()) or ("task",))[0] != "task":
        return None                                # '参会人员：赵国庆、…' is a fact of the meeting
    rest = OWN_SIDE.sub("", m.group("rest"))
    me = SELF.match(rest)
    found = (read_owner(ctx.sender.email, ctx.roster, ctx.known), me.end()) if me and ctx.sender else \
        leading_owner(rest, ctx.roster, ctx.known) or known_prefix(rest, ctx)
    if not found or not found[0] or not found[0].person:     # '…：管理局口岸协调科许佳怡负责…', '…：由港顺报关柏琳汇总…'
        led = not me and (HANDED.search(rest) or AFFILIATED_WORK.search(rest, 0, 16)) and \
            (_leading(rest, ctx, strict) or _inside(rest, ctx, strict))
        if not (led and led[0].person):
            return None
        found, rest = (led[0], 0), led[1]
    while rest[found[1]:found[1] + 1] in ("、", "和", "与", "及", "/") and (other := next_person(rest[found[1] + 1:], ctx)):
        found = found[0], found[1] + 1 + other[1]   # '梦琪、子昂…': co_owners
    after = re.sub(r"^(?:跟进|主责|主导|统筹)(?=[，,、。；;]|$)|^\s*side\b", "", LEAD_ROLE.sub("", rest[found[1]:])).lstrip("，,、 ")
    if not OWNER_NOTE.sub("", after).strip():
        return None                                # '主持人：张三', '主持人：周文澜（医务科科长）' ask nothing
    topic = "" if GENERIC_LABEL.fullmatch(m.group("who").strip()) else m.group("who").strip()
    return found[0], "，".join(part for part in (topic, after) if part)



def _first_person(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """"I'll send the forecast by Friday", '我来整理清单', '维护公告我自己跟，尽快出': the sender's own item."""
    if "我" not in text and not text.startswith(("I", "本人")):
        return None                                # (a look before the patterns: each needs 我, an opening I or 本人)
    m = not our_person_named(text, ctx) and FIRST_PERSON.match(text) or TOPIC_THEN_ME.match(text)
    owner = m and ctx.sender and read_owner(ctx.sender.email, ctx.roster, ctx.known)
    return (owner, BY_ME.sub("", "".join(m.groupdict("").get(part, "") for part in ("topic", "rest")))) if owner else None


def _leading(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'市场部王芳10月12日前提交…', '财务部周三下午审核…' (a department only), '张华（客户）提供日志', and
    '由运输部牵头，…' (由 + an owner + 负责/牵头)."""
    by = text.startswith("由")
    found = leading_owner(text[by:], ctx.roster, ctx.known) or \
        AFFILIATED_WORK.search(text, by, by + 16) and after_affiliation(text[by:], ctx, AFFILIATED_WORK) or \
        COMPANY_TITLED.match(text, by) and _outsider(after_affiliation(text[by:], ctx, WORK_VERB), ctx) or \
        COMPANY_NAMED.match(text, by) and after_affiliation(text[by:], ctx) or \
        titled_outsider(text, by)          # '锦纬彭磊出具…', '禾盛杨厂长调整…', '安驰公司邵飞经理负责…', '施工队邵队长尽快…'
    if by and not found:
        return small_unit(text)
    if not found or by and not (RESPONSIBLE.match(text, by + found[1]) or HANDED_WORK.match(text, by + found[1])):
        return None
    rest = text[by + found[1]:]
    if by and not found[0].person:
        return _inside(rest, ctx, strict) or (found[0], LEAD_ROLE.sub("", rest))   # '…，马超牵头' names the person
    if not found[0].person:
        named = _inside(rest, ctx, strict) or me_in_clause(rest, ctx, strict)   # '财务科要在…前完成…，谢婉清同志具体负责', '…，我牵头
        if named and RESPONSIBLE.search(rest) and not HELPS.match(named[1]):   # ('…负责，张利军配合：…': he helps)
            return named
        if named and HELPS.match(rest):        # '河湖科配合做好…，请罗科长…提交…': the unit helps, the one asked does it
            return named[0], FIRST_CLAUSE.sub("", named[1], count=1)
    note = OWNER_NOTE.match(rest := TITLE_AFTER_NAME.sub("", rest))   # '严国栋科长（运营管理科）5月27日前…'
    rest = rest[note.end():] if note else rest
    return found[0], LEAD_ROLE.sub("", rest)


def _outsider(found: tuple[Owner, int] | None, ctx: Context) -> tuple[Owner, int] | None:
    """A person the headers know but the roster does not (the other company's 杨厂长), else None."""
    return found if found and found[0].person and not ctx.roster.find_by_email(found[0].person.email) else None


def _inside(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """A known person opening a later clause: '…闪退，由研发中心赵强负责排查，11月8日前…', '客户张华下周一前提供…'.
    Only a person we know, and only with 负责 after the name or a deadline in the text (not '由周敏主持')."""
    for m in CLAUSE_START.finditer(text):
        found = leading_owner(text[m.end():m.end() + OWNER_SPAN], ctx.roster, ctx.known) or \
            (m.start() > 0 and lead_by_name(text[m.end():])) or \
            (after_affiliation(text[m.end():m.end() + 12], ctx) if "由" in m.group() or "请" in m.group() else None) or \
            (ASKING.search(m.group()) and given_name(text[m.end():m.end() + 3], ctx))   # (a copy of the rest
        # of a long line at every comma would be quadratic; an owner is named within a few characters)
        after = text[m.end() + found[1]:] if found else ""
        if not found or not (found[0].person and (found[0].person.email or RESPONSIBLE.match(after))):
            continue                               # (one we do not know only after their role: '安全员刘春梅负责')
        if HELPS.match(after) and (HELP_ENDS.match(after) or not ASKING.search(m.group())):   # '…，机务技术部祁工配合，刘春梅
            continue                               # 负责': a helper owns nothing (but '请廖老师协助核实…' asks her for it)
        if RESPONSIBLE.match(after) or "由" in m.group() and (after.startswith("同志") or HANDED_WORK.match(after)) or \
                (ctx.sent and all_dues(text, ctx.sent, ctx.calendar)):          # '由刘思远同志每周五汇总…'
            after = RESPONSIBLE_LEAD.sub("", SAYS.sub("", TITLE_AFTER_NAME.sub("", after)))   # '由曾凡老师汇总', '由X副局长牵头，…'
            before = text[:m.end()].rstrip("由请让报")
            if before.rstrip().endswith(("：", ":")):
                return found[0], after
            return found[0], asked_task(before, text[m.end():m.end() + found[1]], m.group(), after, ctx)
    unit = SMALL_UNIT.search(text)          # '…超标的3个科室，由药剂科出具专项点评报告': that unit's (no_owner)
    return (Owner(None, None, group=True), text[:unit.start()] + LEAD_ROLE.sub("", text[unit.end():])) if unit else \
        unit_clause(text, ctx)                     # ('…由运营管理科牵头、口岸协调科配合，研究…': no 牵头 left)


def _to_all(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'请各单位于12月30日前将值班安排报送综合办公室': every unit is asked, so no one owner (no_owner)."""
    m = TO_ALL.match(text) if "各" in text or "全体" in text or "大家" in text or "@" in text or "＠" in text else None
    greeting = m and VOCATIVE.match(text)      # (a look before the match: each of its addressees holds one of those)
    named = greeting and owner_of("", text[greeting.end():], ctx, strict)     # '各位，沈老师会在周五前…': an address
    if named and named[0] is not None and named[0].person:
        return named
    handed = share_handed(text, ctx) if m and not greeting else None
    return handed or ((Owner(None, None, group=True), text[m.end():]) if m else None)


def _after_condition(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'若转厂，由宋主管重新安排入库计划': a condition first, then the person who does the work (the task keeps it)."""
    m = CONDITION_FIRST.match(text)
    found = m and _leading(text[m.end():], ctx, strict)
    return (found[0], text[:m.end()] + found[1]) if found and found[0].person else None


OWNER_STEPS = (_prefixed, _topic_then_owner, mentioned, _first_person, named_after, between_dashes, between_slashes, in_parens,
               _to_all, fronted_object, _leading, person_after_side, _after_condition, named_lead, _inside, me_in_clause, me_then_day, named_before_verb,
               subject_before_adverb, spaced_owner, trailing_unit, trailing_person)   # _inside: skipped under a hint
STEPS_UNDER_HINT = tuple(step for step in OWNER_STEPS if step is not _inside)
# what each step needs (held.py): the characters its look before the patterns asks for, one of which it must find
STEP_NEEDS = {_prefixed: needs(":：-–—－@【[" + ascii_letters), _topic_then_owner: needs(":："), mentioned: needs("@＠"),
              _first_person: needs("我I本"), named_after: needs("tw"), between_dashes: needs("-–—"),     # to, will
              between_slashes: needs("/／"), in_parens: needs("(（["), _to_all: needs("各全大@＠"), fronted_object: needs("帮"),
              named_lead: needs("牵主"), me_in_clause: needs("我"), me_then_day: needs("我"), named_before_verb: needs("定负跟牵拍"),
              subject_before_adverb: needs("继接先再马抓尽帮"), spaced_owner: needs(" "), trailing_unit: needs(")）"),
              trailing_person: needs(",，"), _after_condition: needs("若如假一"), person_after_side: needs("边面")}                   # (_leading and _inside read the roster's names: no need)
STEP_SCAN, GATED_STEPS, GATED_UNDER_HINT = scan_for(STEP_NEEDS.values()), *(tuple(    # (one group each: tested in line)
    (step, STEP_NEEDS[step][0] if step in STEP_NEEDS else None) for step in steps) for steps in (OWNER_STEPS, STEPS_UNDER_HINT))


@lru_cache(maxsize=1024)
def all_dues(text: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> tuple[Due, ...]:
    """Every due phrase of a text; remembered, because owner and due steps both ask about the same text."""
    return tuple(dates.find_all_dues(text, sent, calendar, holiday))
