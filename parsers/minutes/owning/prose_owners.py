"""Owners that prose names in passing: the writer ('我把…发给…'), a colleague asked by given name ('由一帆执笔'),
the lead before 牵头 ('冷库扩容老彭牵头，严工配合'), the subject between topic and verb ('盘点老马继续核对'), a
department asked in a later clause ('…渗水，工程部尽快处理'); patterns and steps of owner_steps.OWNER_STEPS, kept
apart so each module stays small."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import find_all_dues
from parsers.minutes.owning.asked_clause import asked_task
from parsers.minutes.owning.owners import Owner, leading_owner, read_owner
from parsers.minutes.owning.units import OWN_UNIT, UNIT

NEAR_DAY = r"明天|明早|明日|今天|今晚|后天|下?周[一二三四五六日天]"      # a day the writer names before 把: '我明天把…'
ASKING = re.compile(r"由|请|让")   # the words that hand a clause to someone: '由一帆执笔', '请文静核一下'
FIRST_PERSON = re.compile(r"^(?:I(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to)\s+|我(?:来|会|将|负责)|"
                          rf"(?=(?:[^，,。；;我]{{2,12}}?)?我(?:先|{NEAR_DAY})?把)|"   # '节后第一个工作日我把要点发给…', '我明天把PO发过去'
                          r"(?=[^，,。；;我]{2,30}?[，,]?\s*由我(?:本人)?(?:来|负责)?[\u4e00-\u9fff])|"   # '澳门子公司审计进度，由我跟…确认', '…预案由我修订'
                          r"(?=[^我]{4,60}?[，,。；;]\s*由我(?:本人)?(?:负责|牵头)\s*(?:[，,。；;]|$))|"    # '…，7月底前全部完成。由我负责，…'
                          r"(?=[^，,。；;我]{2,12}?我\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:前|之前|以前)\s*[A-Za-z\u4e00-\u9fff])|"   # '产测固件我1月9号前release'
                          r"(?:我(?:这边|本人|方|司)?|^本人)(?:[(（][^()（）]{1,10}[)）])?(?=[^，,。；;把将]{1,12}?(?:前|内|底)\s*(?:把|将|会|来|负责|完成|提交|整理|发|交|给|出(?![差席现去来国]))))"
                          r"(?P<rest>\S.*)$")      # '我周日前把稿子看完': the sender, with the day before the verb
OUR_SIDE_NAMED = re.compile(r"^(?:我[方司]|本司|本公司)\s*[(（](?P<who>[^()（）]{1,12})[)）]")
# after 由, a unit with the work it does ('…问题由安全环保部督促整改', '由药剂科出具…'): no_owner, not 由于/理由
SMALL_UNIT = re.compile(r"(?:^|(?<=[，,；;\s])|(?<=[\u4e00-\u9fff])(?<![理自缘经因来事]))由(?![于此])[\u4e00-\u9fff]{1,8}?(?:科|处|室|股|所|组|部|中心)(?=出具|提供|负责|牵头|开展|组织|"
                        r"制定|起草|整理|汇总|提交|完成|督促|跟进|落实|整改|协调|对接|审核|核实|排查)")
BY_ME = re.compile(r"[，,。；;]?\s*由我(?:本人)?(?:负责|牵头)\s*(?=[，,。；;]|$)|"    # '…全部完成。由我负责': said after the work
                   r"[，,]?\s*由我(?:本人)?(?:来|负责)?(?=[\u4e00-\u9fff])")      # '…预案由我修订': the task is 修订…
# a clause start, or 由/请/让 inside one ('预算部分请文静核一下', '合同让袁经理审一下'), but not '第4项请…' (a reminder of an
# item in the table)
CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;。：:]))\s*(?:(?:也|还|仍|同样)(?:是|由)?|并?由|交由|请|让|报|客户|供应商|对方|甲方|乙方|我方|厂商)?\s*|"
                          r"由|(?<![申邀项条])请|(?<![转出退谦礼忍])让")      # '…上线，也是蒙蒙负责': the same person again
BY_UNIT_END = re.compile(rf"(?:[，,]\s*(?:并?由|交由)|(?:并?由|交由|^|(?<=[。；;，,\s]))[\u4e00-\u9fff]{{1,10}}?{UNIT})$")   # 由, the person's unit
UNIT_INSIDE = re.compile(r"[部科处室局办组](?=.)")     # a unit's last character inside a window read as a name
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3}")
DEMONSTRATIVE = re.compile(r"(?:这个|这件事|这事|此事|该事项?|这块|这项)\s*$")
TITLE_BEFORE_LEAD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:副|常务副?)?(?:局长|主任|处长|科长|部长|经理|院长|校长|总经理)$")
NAMED_LEAD = re.compile(r"(?:牵头|主责|主抓)(?=[，,、；;]|$)")
# a topic, a person, then an adverb that opens what they do: '物业费催缴小韩继续打电话', '年度盘点老马继续核对'
ADVERBS = ("继续", "接着", "先去", "再去", "马上", "抓紧", "尽快", "帮忙", "帮个忙")     # SUBJECT_THEN_ADVERB needs one
SUBJECT_THEN_ADVERB = re.compile(r"^(?P<head>[\u4e00-\u9fff]{4,20}?)(?=(?:继续|接着|先去|再去|马上|抓紧|尽快|(?P<help>帮忙|帮个忙))[\u4e00-\u9fff])")
# a person asked for help ('答辩秘书蔡老师帮忙定一下'): work even without a day, unless it thanks for help given
FRONTED = re.compile(r"一下\s*[。！!～~]*$")                      # '…帮忙定一下' ends the clause: its object came first
HELP_ASKED = re.compile(r"^(?!.*(?:谢谢|感谢|多谢|多亏)).*?(?:帮忙|帮个忙)(?:(?![了过])[\u4e00-\u9fff]){1,6}?一下(?![了过])")
NOT_TOPIC_END = re.compile(r"[给跟和与同让请由把将向对找被叫帮替]$")      # '交给小韩继续…': the name is an object
ME_CLAUSE = re.compile(r"(?:^|(?<=[，,；;]))\s*我(?:们?这边|们?这里|来|负责|牵头|主责)(?!的)(?=[\u4e00-\u9fff，,])|"      # '…那个，我这边联系售后'
                       r"[，,；;]\s*我(?:来(?:办|弄|搞|做|处理)?|来?(?:盯着?|跟进|跟着|督促|负责|处理|牵头|主责)|安排[\u4e00-\u9fff]{1,6})\s*$")     # '…下周一前办好，我盯着',
#                                                                  '…明天加班更换，我负责', '…，我牵头，时间尽快', '…，我安排科员办理': the writer sees to it
ME_AT_CLAUSE = re.compile(r"(?:(?:^|(?<=[，,；;：:]))\s*|(?<=[\u4e00-\u9fff])(?<![把给跟帮找和与同让叫发告诉问被对向请等陪带替为由教催]))"
                          r"我(?![们司方])(?:自己)?\s*")    # '…缺两天，我明天补齐', '国庆排班我今晚发群里' (not 我们/我司, not '发我')
CLAUSE_BREAK = re.compile(r"[，,；;]")
TOPIC_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z\d]*[\u4e00-\u9fff]{4}[：:]")   # '新品开发进度：我节后第一天…' (a topic), not
#                                                          '小王：我…' or '[7:05 PM] Tim: 我…' (a speaker's words)
DONE_IN = re.compile(r"已|了(?![解])|过了")
ANSWER = re.compile(r"[嗯哦噢喔]+|好的?|好嘞|收到|行|可以|没问题|明白|ok|OK|👌|那")
WORK_AFTER_DAY = re.compile(r"\s*(?:之?前|以前)?\s*(?:[\u4e00-\u9fffA-Za-z]{2}|[交发报改做补送签审填寄](?![\u4e00-\u9fff]))")   # (or one verb: '我周五前交')
# '…故障排查，请市局信息中心安排人员到场': a unit asked to act, whoever it is (its work, no person: no_owner)
ASKED_UNIT = re.compile(rf"(?:^|(?<=[，,；;]))\s*请(?P<unit>[\u4e00-\u9fff]{{1,10}}?{OWN_UNIT})(?=安排|派|提供|协助|尽快|负责|组织|"
                        r"出具|核实|确认|处理|排查|落实|反馈|回复|审核|联系|协调|对接|修复|检查|牵头|于|在\d|\d|"
                        r"完成|制定|编制|起草|做好|开展|加派|加强|督促|跟进|汇总|报送|提交|整理|上报|"     # '请财务部于月底前落实资金'
                        r"本周|本月|下周|下月|月底|月末|年底|今[天日晚]|明[天日]|后天|节[前后])")      # '请质检中心本周内加派…'
SIDE_TOPIC = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:那边|这边|方面)\s*(?=[\u4e00-\u9fff])")     # '质检那边…', '财务方面…'
UNIT_ACTS = re.compile(r"\s*(?:尽快|马上|立即|抓紧|负责(?!人)|牵头(?!人)|主责|要(?!求)|须|务必|必须|(?:跟进|跟踪)(?=\s*(?:[，,。；;]|$)))")   # '工程部尽快处理',
# '…年检，采购部跟进，时间待定'
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
    for m in NAMED_LEAD.finditer(text) if "牵" in text or "主" in text else ():
        titled = TITLE_BEFORE_LEAD.search(text, 0, m.start())         # '由臧立伟副局长牵头': the name before the title
        for end, size in [(titled.start(), size) for size in (5, 4, 3, 2) if titled] + [(m.start(), size) for size in (5, 4, 3, 2)]:
            name = text[end - size:end] if end >= size else ""
            owner = name[:1] not in "，,、；; " and not UNIT_INSIDE.search(name) and \
                read_owner(name, ctx.roster, ctx.known, "none")      # not '，邓工', '产部符工' (杨登科 is a name)
            if owner and owner.person:
                before = DEMONSTRATIVE.sub("", text[:end - size])    # '…过一遍，这个 Mia 牵头': the clause before
                before = BY_UNIT_END.sub("", before)         # '…专项检查，由康科长牵头', '节后由规划计划科何科长牵头': before 由
                topic = before.split("，")[-1].split(",")[-1] or before    # '…，10月17号前，邓工牵头': all before it
                rest = HELPER_CLAUSE.sub("", text[m.end():])
                return owner, topic + (rest.lstrip("，,") if topic.endswith(("。", "；", ";")) else rest)   # not '排查。，对…'
    return None


def subject_before_adverb(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'物业费催缴小韩继续打电话，6月10号前把欠费名单更新一版发我': a topic, a person we know, then 继续/抓紧/… and the
    verb: that person, when the text asks for a day. The task keeps the topic and what follows the name."""
    found = _subject(text, ctx)
    dated = found and ctx.sent is not None and find_all_dues(text, ctx.sent, ctx.calendar, ctx.holiday)
    return found if dated else None


def fronted_object(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'答辩秘书蔡老师帮忙定一下': the thing first, then the person asked to help with it ('帮忙V一下' and no object
    after it: the words before the name are its object, not the person's role); no day needed."""
    found = asks_help(text) and FRONTED.search(text) and _subject(text, ctx)
    return found or None


def _subject(text: str, ctx: Context) -> tuple[Owner, str] | None:
    """The person between the topic and the adverb, and the task: the topic and what follows the name (or its 帮忙)."""
    m = SUBJECT_THEN_ADVERB.match(text) if any(word in text for word in ADVERBS) else None    # (a look before the match)
    for size in (4, 3, 2) if m else ():
        who, topic = m.group("head")[-size:], m.group("head")[:-size]
        owner = len(topic) >= 2 and not NOT_TOPIC_END.search(topic) and read_owner(who, ctx.roster, ctx.known, "none")
        if owner and owner.person and owner.person.email:
            return owner, topic + text[m.end() + len(m.group("help") or ""):]
    return None


def asks_help(text: str) -> bool:
    """'答辩秘书蔡老师帮忙定一下': the sentence asks someone's help (no day needed), not '帮忙挑了一下' nor thanks."""
    return "帮" in text and bool(HELP_ASKED.match(text))


def unit_clause(text: str, ctx: Context) -> tuple[Owner, str] | None:
    """'地库B2-17车位附近顶板渗水，工程部尽快处理，…': one of our departments opening a later clause with what it is
    to do (尽快, 负责, 要): that department's (no_owner); the task keeps the clauses around the name. (The roster's
    department names are looked for as written: asking leading_owner at every clause would crowd its cache.)"""
    units = [unit for unit in ctx.roster.departments if unit in text]
    for m in CLAUSE_START.finditer(text) if units else ():
        unit = m.end() > 0 and max((u for u in units if text.startswith(u, m.end())), key=len, default=None)
        if unit and UNIT_ACTS.match(text, m.end() + len(unit)):
            before, rest = text[:m.end()].rstrip("由请让"), re.sub(r"^(?:要|须|应当?)(?=\S)|^\s*(?:跟进|跟踪)\s*[，,]?\s*", "", text[m.end() + len(unit):])   # a whole sentence before the
            return Owner(None, unit, group=True), (before.rpartition("。")[2] if len(rest) > 5 else before) + rest   # unit's is no task
    asked = ASKED_UNIT.search(text) if "请" in text else None
    if not asked:
        return None
    if asked.group("unit") not in ctx.roster.departments:
        return Owner(None, None, group=True), text[:asked.start("unit") - 1] + text[asked.start("unit"):]
    # '会议同意…改造，请储运部于7月24日前编制…方案。改造工作一是…': the 请 clause's sentence (what follows says how)
    work = text[asked.end("unit"):].partition("。")[0]
    return Owner(None, asked.group("unit"), group=True), asked_task(text[:asked.start("unit") - 1], "", "请", work, ctx)


def me_in_clause(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'打印机卡纸那个，我这边联系售后，明天上午弄好': a clause in which the writer (or a chat message's speaker) takes
    the work, when the text asks a day; the task keeps the topic and what follows 我这边."""
    m = ctx.sender and "我" in text and ME_CLAUSE.search(text)
    owner = m and ctx.sent and find_all_dues(text, ctx.sent, ctx.calendar, ctx.holiday) and \
        read_owner(ctx.sender.email, ctx.roster, ctx.known)
    return (owner, text[:m.start()] + text[m.end():]) if owner else None


def me_then_day(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'冷库温度记录表缺两天，我明天补齐', '我礼拜天前统计出来': a clause of the writer's that says when, then what —
    who, a day (read by the date reader, whatever its words), then the work; the writer's item."""
    if not (ctx.sender and ctx.sent):
        return None
    for m in ME_AT_CLAUSE.finditer(text):
        clause = CLAUSE_BREAK.split(text[m.end():], maxsplit=1)[0]
        dues = find_all_dues(clause, ctx.sent, ctx.calendar, ctx.holiday)
        topic = CLAUSE_BREAK.split(text[:m.start()])[-1].strip()
        if topic and (ANSWER.fullmatch(topic) or DONE_IN.search(clause) or topic[-1] in "：:" and not TOPIC_LABEL.fullmatch(topic)):
            continue                    # '嗯嗯我周末先自己练' answers an ask; '样品我昨天已经寄了' reports; '小王：我…' is his
        if not dues and len(clause) <= 10:          # '包装上的喂食量表我重新算，下周一给诗涵': the day opens the next clause
            clause = (CLAUSE_BREAK.split(text[m.end():], maxsplit=2)[1:] or [""])[0]
            dues = find_all_dues(clause, ctx.sent, ctx.calendar, ctx.holiday)
        if dues and dues[0].start == 0 and not dues[0].past and WORK_AFTER_DAY.match(clause, dues[0].end):
            owner = read_owner(ctx.sender.email, ctx.roster, ctx.known)
            return (owner, text[:m.start()] + text[m.end():]) if owner else None
    return None


def small_unit(text: str) -> tuple[Owner, str] | None:
    """'由药剂科出具专项点评报告': after 由, a 科/处/室/股 with the work it does is a unit (no_owner), not 科学."""
    m = SMALL_UNIT.match(text)
    return (Owner(None, None, group=True), text[m.end():]) if m else None


def person_after_side(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'质检那边晓峰安排收购期间…': whose side the work is on, then the person we know who does it."""
    side = SIDE_TOPIC.match(text)
    found = side and leading_owner(text[side.end():], ctx.roster, ctx.known)
    return (found[0], text[side.end() + found[1]:]) if found and found[0].person and found[0].person.email else None


def our_person_named(text: str, ctx: Context) -> bool:
    """'我司（吉海燕）本周内出具…': a person of our side in brackets, not the writer, does it ('我方（恒通）…' names only
    the company: the writer's)."""
    m = OUR_SIDE_NAMED.match(text)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return bool(owner and owner.person and owner.person.email and (not ctx.sender or owner.person.email != ctx.sender.email))
