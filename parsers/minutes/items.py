"""One action item from one piece of text: who, what, by when.

    read_item('2. 杨帆（销售部）：本月底前汇总各渠道退货原因', ctx)
        -> Item(owner=杨帆, task='汇总各渠道退货原因', due_date=2024-10-31)

The owner is looked for by owner_steps.py (a 负责人：label, a 'X：' prefix, 'X to …', '@x', a name in brackets,
a name or department at the start of the sentence…), and last the hint (a table row's 负责人 owns the items that
name nobody else). The due: a 截止时间：label, the hint (a due cell), then the text itself; what is left is the task.
"""
from __future__ import annotations

import re

from parsers.dates import due as dates
from parsers.context import Context
from parsers.dates.due import Due
from parsers.minutes.lines.asked import asked_work
from parsers.minutes.owning.time_first import time_first
from parsers.minutes.lines.phone_lines import spaced_clauses
from parsers.minutes.lines.inline import is_done, take_labels, topic_labels
from parsers.model import Item, Person
from parsers.minutes.owning.lead_label import lead_after_label
from parsers.minutes.owning.owners import REMINDED, Owner
from parsers.minutes.owning.units import OWN_UNIT
from parsers.minutes.no_work import names_no_work
from parsers.minutes.task_text import clean_task
from parsers.minutes.owning.owner_steps import TO_ALL, all_dues, owner_of
from parsers.regex_start import start_checked

MAX_DUE_PHRASES = 20           # more due phrases in one item is a flood: they stay in its text (each cut is a copy)
ACTION_PREFIX = re.compile(r"^(?:(?:AI|A\.I\.|A/I|AP|action(?:\s+(?:item|point)(?:\s*\d{1,2})?)?|todo|to-do|task|待办|行动项)\s*[:：\-–—]\s*|(?-i:TODO|AI)\s+(?=[A-Z@]))", re.I)
# 'AI (Martin): …', 'ACTION ITEM (Dana): …': the owner in brackets after the action word ('(Hao, Shenzhen studio)':
# the first part; what follows a comma is a note on who they are)
ACTION_OWNER = re.compile(r"^(?:AI|A\.I\.|action(?:\s+item)?|todo|to-do)\s*[(（](?P<who>[^()（）]{1,30})[)）]\s*(?:[:：]|[-–—]{1,2})?\s*", re.I)
LEFT_OVER_BEFORE = re.compile(r"(?:\s*[-–—]+\s*(?:due\s+|target\s+)?date\s*|\s*(?:——|—|--|->|=>|→)\s*)?(?:请|须|需|需要|务必|必须|要|应|应当|最迟|最晚|最好|尽量|大概|大约)?\s*(?:(?:放|定|安排)?(?:于|在))?\s*(?:(?<=\s)for(?:\s+the)?\s*)?$", re.I)
DATE_NOTE = re.compile(r"^\s*[(（][^()（）]{0,16}[)）]")
DONE_WORD_AFTER = re.compile(r"^\s*(?:完成|办结|完工)(?=\s*(?:[，,。；;]|$))")    # a clause of the due alone: nothing to do
STATUS_TAG = re.compile(r"^\s*[【\[](?:action(?:\s+item)?|ai|todo|to-do|进行中|未开始|新增|延期|待办|待启动|跟进中|处理中|高|中|低|紧急|重要|P\d|open|new|"
                        r"in progress|todo)[】\]]\s*", re.I)
# 'owner to be clarified (Juergen / HR)': the people in brackets after it are candidates, not the owner
OWNER_UNDECIDED = re.compile(r"^\s*(?:暂未|尚未|未)(?:指定|分配|明确)(?:负责人)?\s*[:：]|"      # '4. 未指定：评估…' (in a 'name：task' list)
                             r"[(（]\s*(?:(?:(?:未|暂未|尚未)(?:指定|明确|确定)|待定)\s*(?:负责人|责任人|owner)|"   # '（未指定负责人）'
                             r"(?:负责人|责任人|owner)\s*(?:待定|未定|tbd|tbc))\s*[)）]|"     # '（负责人待定）'
                             r"(?:^|(?<=[\s,，;；(（]))(?:owner|assignee|负责人|责任人|(?:谁来|谁负责|谁做|谁跟进?|who)\s*[?？])\s*(?:tbd|tbc|待定|未定|待明确|待确认|待指定|"
                             r"(?:still\s+)?(?:to be|not yet) (?:decided|confirmed|assigned|clarified|defined|determined|named|agreed))"
                             r"(?![\w])\s*[)）]?(?:\s*[(（][^()（）]{0,30}[)）])?|"
                             r"(?:^|(?<=[\s,，;；(（]))(?:owner|assignee|负责人|责任人)\s*[:：]\s*[^()（）,，;；:：]{1,30}?\s*"
                             r"[(（]\s*(?:tbd|tbc|待定|未定|待确认)\s*[)）]", re.I)   # 'Owner: Shipyard (TBD)': whoever they name
INFO_ONLY = re.compile(r"[(（]\s*(?:info(?:rmation)?\s+only|fyi|for\s+(?:your\s+)?info(?:rmation)?|no\s+action(?:\s+needed)?|"
                       r"仅供参考|仅通报|仅告知|知悉即可|无需(?:处理|行动)|status\s+only|决定|决议|已定|decision|decided)\s*[)）]|不再?(?:单列|另列)|不(?:列入|作为)待办|"
                       # '这个不用再跟', '街道不跟踪': the writer says nobody will be chased for it
                       r"(?:不用|无需|不需要|不必|不再)再?(?:跟进|跟踪|跟|追)(?=\s*(?:[。.，,；;！!)）]|$))|不跟踪(?=\s*(?:[。.，,；;)）]|$))|"
                       r"[，,；;]\s*(?:无|暂无|没有)(?:新增|单独)?(?:待办|行动项|跟进项|事项)\s*$|(?:如|若)有异议[^。；;]{0,12}?(?:回复|反馈|提出)|"   # '…，无待办', '如有异议请于今日内回复'
                       r"^(?:fyi|f\.y\.i\.?|供参考|仅供参考|供知悉)\s*[:：,，\-–—]|"   # 'FYI，…': a line to read
                       r"\s[-–—,;]\s*no\s+action\b(?:\s+(?:needed|required|for\s+(?:you|us|now)))?|"   # '… - no action for you yet'
                       r"^\s*(?:(?:actions?|行动|待办)\s*[:：]\s*)?(?:none|n/?a)\s*(?:[-–—,;:]|$)", re.I)   # 'Action: none – monitoring only'
# a month/day or a weekday standing alone on an action item: in brackets anywhere （11/21）, (Fri), or last on the
# line '… @周杰 12.10'
LONE_DATE = re.compile(r"[(（]\s*(?P<a>\d{1,2}\s*[/.]\s*\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|"
                       r"(?:周|星期)[一二三四五六日天])\s*前?\s*[)）]|"
                       r"(?<![\w./-])(?P<b>\d{1,2}\s*[/.]\s*\d{1,2})\s*前?\s*(?:交|提交|交付|给我?|发我?|完成)?\s*$|"   # '3/10 交'
                       r"\s[-–—]{1,2}\s*(?P<c>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)\s*$", re.I)   # '… — Fri'
# what was done, not what is asked: '汇报了…', '介绍了…', 'presented …', 'has completed …'
REPORTED = re.compile(r"^(?:已经?)?[\u4e00-\u9fff]{1,2}了(?![解结])|^(?:会议|会上|本次会议)?(?:已经?)?(?:汇报了?|介绍了|通报了|报告了|说明了|展示了|演示了|分享了|讲解了|总结了|回顾了|听取了|审议了|"
                      r"讨论了|研究了|完成了|反馈了)|^已经?(?:决定|拍板)\s*[:：]|"     # '孙部长已决定：…': what was decided
                      # '就比价结果作了说明', '对方案进行了讨论': a topic in a preposition, then a verb of talking in 了
                      r"^(?:就|对|针对|围绕|向|与|同)[^，,。；;]{1,30}?(?:作|做|进行|开展|提出|给出|发表|作出|做出)了|^(?:presented|reported|shared|demoed|demonstrated|walked\s+(?:us\s+)?through|"
                      r"gave\s+an?\s+(?:update|overview|demo)|ha[sd]\s+(?:completed|finished|presented|shared|reported)|"
                      r"completed|finished|summari[sz]ed|reviewed|announced|"
                      r"(?:confirmed|noted|explained|mentioned|said|stated|pointed\s+out|flagged|clarified|highlighted|observed|"
                      r"indicated|informed\s+us|raised)\b(?!.*\b(?:will|shall|would)\b))\b|"   # 'Annelies confirmed the curve has not changed'
                      r"^(?:更|比较|较)?(?:[倾傾偏]向|偏好|看好)于?|^(?:prefers|leans\s+towards?)\b", re.I)   # 'Zack 傾向 B 案': a view
# the clause an owner was read from, left saying what they did or that they are away: '…的纪要，(文斌主任)发给了参会同志，…'
DID_AFTER_COMMA = re.compile(r"[，,]\s*(?:已经?)?(?:发给|转给|交给|报给|寄给|送给|讲|说|提|发|报|交|做|讲解|汇报|介绍)了(?=[\u4e00-\u9fff])(?!一半|一部分)|"
                             r"[，,]\s*(?:不在|缺席|请假了?|出差了?)(?=[，,。；;]|$)")      # '…纪要，田局不在，结论以此为准'
# a statement that something is done (without a deadline it asks for nothing): '意见已返回', '测完，结果…', 'is installed'
STATED_DONE = re.compile(r"已经?(?:返回|收到|到货|到位|发出|寄出|提交|上传|更换|调整|修复|安装|关闭|固化|发(?:到)?群里?|(?:发|交|报|寄|发送)给|批复|通过)"
                         r"(?![\u4e00-\u9fff]*(?:后|前|再|请|需|要))|(?<=[\u4e00-\u9fff])[测做改写装修跑检]完(?![成善])|"
                         r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?(?:installed|completed|done|finished|"
                         r"sent|delivered|received|fixed|resolved|hired|approved|released|calibrated|uploaded)\b|"
                         r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:finished|completed|sent|delivered|installed|fixed|"
                         r"resolved|uploaded|released|submitted|shared)\b", re.I)
CONDITION = re.compile(r"\b(?:once|when|after|as\s+soon\s+as|if|until|unless)\b[^,;.]*", re.I)   # 'once the LC is received'
# '组织安全大检查。一是对塔吊…；二是对临时用电…': what the task consists of, not part of its name
ENUMERATED = re.compile(r"[。；;：:，,]\s*(?:具体)?(?:一是|其一|第一是)(?=.*(?:二是|其二|第二是)).*$", re.S)
RESTATED = re.compile(r"(?:前|以前|之前|内|之内)$")
# a rule from a day on ('自11月1日起…', 'from now on') or for good ('长期执行', '不得…', '严禁…'): with nobody named it sets no task
AGREED = re.compile(r"^\s*(?:双方|雙方|各方|三方)(?:一致)?(?:确认|確認|同意|商定|约定|約定|议定|議定)\s*[:：，,]|^\s*(?:[一二三四五六七八九十]是)?会议(?:原则)?同意")   # '会议原则同意…'
RULE = re.compile(r"自\s*[^，,。；;\s]{1,15}?起|每(?:天|日|晚|周[一二三四五六日天]?|星期[一二三四五六日天])\s*(?:[上下中]午|早上|晚上)?\s*"
                  r"\d{1,2}\s*[:：点时]|每月\d{1,2}\s*[日号]|起(?:执行|实施|施行|生效)|长期(?:执行|坚持|有效)|常态化(?:执行|开展)?|例行|严禁|禁止|不得|不准|"
                  r"(?:遇有|遇到|如遇|一旦(?:发生|出现|发现))[^，,。；;]{1,12}?(?:及时|立即|第一时间)|"    # '遇有险情及时报告': whenever it happens
                  r"\bfrom now on\b|\beffective\s+(?:from|immediately)\b", re.I)
UNTIL_DONE = re.compile(r"[，,；;][^，,；;。]*?(?:之前|以前|前)(?:严禁|禁止|不得|不准)[^，,；;。]*[。.]?$")
# what a task holds: a topic named by 关于 that leaves nothing else ('关于管网巡检。责任单位：…') is the task itself
TASK_CHARS = re.compile(r"[^\W_]")
# how a sentence opens before its owner: '下一步，区市场监管局要…', '（一）关于仓储安全整改。会议要求对…'
OPENER = re.compile(r"^(?:会议|会上)(?:研究|听取|审议|讨论)了[^。；;]{1,40}[。；;]\s*(?=\S)|"   # '会议研究了X事项。会议同意…，请储运部…'
                    r"^(?:(?:下一步|下阶段|同时|此外|另外|最后|会后|收到|好的|没问题|明白|(?i:also|plus|additionally|finally|one more|ok|okay|noted))[，,：:！!]\s*|关于[^。；;，,]{1,20}[。；;]\s*|"
                    r"[^。；;：:]{0,20}?(?:纪要|如下|要点)[：:]\s*|(?:唯一|还|另外)?(?:需要|要|须|需|待)落实的?(?:事项|事情|工作|是)?[：:]\s*|[^。；;：:]{0,20}?补充?一[条点][：:，,]\s*)+"
                    r"(?:会议(?:要求|强调|明确|指出)[，,：:]?\s*)?|^会议(?:要求|强调|明确|指出|认为|决定)[，,：:]\s*|"
                    r"^(?:会议|会上)?(?:责成|要求|指定)(?=[\u4e00-\u9fff]{2,12}?"
                    r"(?:部|部门|中心|办公室|委员会|局|委|街道|公司|单位|组|科|处)|"
                    r"[\u4e00-\u9fff]{2,8}?(?:在|于|务必|必须|尽快|本周|本月|下周|明天|今天|\d))")   # '会议要求张伟在月底前…'
UNIT_DUTY = re.compile(rf"(?:{OWN_UNIT}|单位|组|科|处|办)\s*(?:要(?!求)|须|需要?|应当?|务必|必须|负责(?!人)|牵头(?!人)|会同(?=[\u4e00-\u9fff]{{2}}))")   # 会同: leads, with another unit
# a line its writer marks as information only ('FYI / no action: …', '仅供参考：…'): nobody is asked for anything
# a named unit or person asked to act at once ('请综合办公室尽快拟定…'), and the same once its 请 is read
URGENT_WORK = re.compile(r"(?!大家|各|全体|所有|相关)[^，,。；;\s]{2,12}?(?:尽快|抓紧|尽早|及时|立即|马上)(?=[\u4e00-\u9fff])")
URGENT_ASK = re.compile("请" + URGENT_WORK.pattern)
NO_ACTION = re.compile(r"(?:fyi|no action|for (?:your )?information|for info|仅供参考|供参考|无需(?:行动|跟进|处理))[^:：]{0,20}[:：]", re.I)
TASK_LABEL = re.compile(r"^[\s\-–—|/]*(?:task|action|item|事项|任务|工作内容)\s*[:：]\s*", re.I)   # 'Owner: X — Task: …'
HANDED_UNIT = re.compile(r"由[^，,。；;由]{1,14}?" + UNIT_DUTY.pattern)     # '…问题，由运营管理科牵头、…配合，…'
DIRECTED = re.compile(r"^\s*(?:会议|会上)?(?:责成|指定)|^\s*(?:会议|会上)要求")   # '会议责成区住建局于…前完成…'
TO_ALL_LABEL = re.compile(r"\s*(?:所有人|全体(?:人员|同事|成员))\s*[:：]")   # '所有人：…': a line addressed to all
OPENING_SPAN = 16              # characters in which a unit and its 要/负责 open a sentence
FROM_NOW = re.compile(r"(?:从|自)?即日起")         # from today on: a state to keep, no work to finish
RULE_IN_FORCE = re.compile(rf"[，,]\s*{FROM_NOW.pattern}(?:执行|实施|施行|生效)\s*$")   # '…提高到5%，即日起执行': a rule, whoever states it
# read on every item, tried only where a match can start (parsers/regex_start.py): the same matches
ASKED_LATER = re.compile(r"[，,]\s*[请由]")      # a later clause that asks someone
LEADS = re.compile(r"(?:^|[，,；;])(?:(?:[^，,；;]{1,8}?(?:牵头|负责|主责)|[^，,；;]{1,20}?(?:继续|持续|负责)跟进)\s*(?:[，,；;]|$)|"
                   r"[^，,；;]{0,8}?由(?![于此衷])[^，,；;由]{1,8}?(?:安排|负责|牵头|跟进|落实))|"
                   r"^[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?\s+to\s+(?!be\b)[a-z]{3,}")   # '张总牵头，…', '…，你负责，…',
#   'GB 30585送检结果许工继续跟进，…', '…，到货后由汪工安排', 'Martin to decide on a second cell once …': handed by name
OWNER_UNDECIDED, INFO_ONLY, STATED_DONE, RULE, LONE_DATE = map(start_checked, (OWNER_UNDECIDED, INFO_ONLY, STATED_DONE, RULE, LONE_DATE))

def read_item(text: str, ctx: Context, *, owner_hint: Owner | None = None, due_hint: str = "",
              due_fallback: str = "", strict: bool = False, need_due: bool = False) -> Item | None:
    """The item `text` asks for, or None. `due_hint` (a due cell) beats a date in the text, `due_fallback`
    (a row's due for one of several items in a cell) does not. `strict`: the text itself must name an
    owner (a line outside any action section); `need_due`: it must also give a deadline (a free sentence)."""
    text = RESTATED_IN_ENGLISH.sub("", text.strip()).rstrip("。.;；!！ ")
    text = time_first(asked_work(text[URGENT_ASK.match(text) is not None:]), ctx)   # '周三前张伟把…' as '张伟把…，周三前'
    if not text or is_done(text) or NO_ACTION.match(text) or (
            need_due and not URGENT_WORK.match(text) and not LEADS.search(text) and
            not (ctx.sent and all_dues(text, ctx.sent, ctx.calendar, ctx.holiday))):
        return None
    if INFO_ONLY.search(text):
        return None                 # 'Two operators hired (info only)', '（仅通报）': news, not a task
    undecided = OWNER_UNDECIDED.search(text)
    if undecided:               # 'owner TBD' says who (nobody yet), not when ('负责人：待定' is a label: take_labels)
        text, owner_hint = text[:undecided.start()] + text[undecided.end():], owner_hint or Owner(None, None, group=True)
    text = lead_after_label(ACTION_OWNER.sub(_bracketed_owner, STATUS_TAG.sub("", text)), ctx)
    labels = take_labels(OPENER.sub("", text := ACTION_PREFIX.sub("", text)))
    labels = topic_labels(text) or labels if not TASK_CHARS.search(labels.rest) else labels   # '关于…。责任单位：…'
    owner, body = owner_of(labels.owner or labels.unit, TASK_LABEL.sub("", labels.rest), ctx, strict, inside=owner_hint is None)
    if owner is None and (spaced := spaced_clauses(body)) != body:     # '地漏返味 彭工说五一前来修': spaces as commas
        found = owner_of(labels.owner or labels.unit, spaced, ctx, strict, inside=owner_hint is None)
        owner, body = found if found[0] is not None else (owner, body)
    if owner is None and labels.due and owner_hint is None:     # '…由曾凡老师汇总（截止：2月14日前）': the labelled
        dated = owner_of("", f"{TASK_LABEL.sub('', labels.rest)}，{labels.due}", ctx, strict)   # due dates it too
        if dated[0] is not None and dated[1].endswith(f"，{labels.due}"):
            owner, body = dated[0], dated[1][:-len(labels.due) - 1]
    if (strict and owner is None and not undecided) or is_done(body) or REPORTED.match(body.strip(" ，,:：")) or \
            owner and owner.person and DID_AFTER_COMMA.search(body) or \
            labels.rest != body and REPORTED.match(labels.rest.strip(" ，,:：")):
        return None
    if owner and owner_hint and owner_hint.person and (not owner.person or not owner.person.email and owner_hint.person.email or
                                                       owner_hint.person.email and not ctx.roster.written_in(owner.person, text)):
        owner, body = owner_hint, body if not owner.person else TASK_LABEL.sub("", labels.rest)   # the row's 负责人 answers
        # for '①研发部评估…' in its cell; 'Introduce PawIsle to…' under 'Owner: Olivia' names no owner we know
    body = UNTIL_DONE.sub("", body)     # '设备组今晚完成光栅维修，维修好之前不得开机': how long it waits, not a standing rule
    asked = owner and owner.department and ASKED_LATER.search(text)      # '会议同意…，请财务部于7月31日前落实资金'
    if (RULE.search(body) or RULE.search(labels.due) or AGREED.match(text) and not asked) and \
            not (owner and owner.person) and not owner_hint:
        return None                     # a standing rule ('完成时限：长期坚持'); '雙方確認：6月份訂單分兩批出貨…', what the sides agreed
    due, body = _due(labels.due or due_hint, body, ctx, due_fallback)
    if due is None and STATED_DONE.search(CONDITION.sub("", body)):
        return None                     # '盲审意见已返回', '样品DSC测完', 'sensor is installed': a report, no date asked
    duty = owner and owner.group and (UNIT_DUTY.search(labels.rest[:OPENING_SPAN]) or DIRECTED.match(text) or
                                      HANDED_UNIT.search(text) or URGENT_WORK.match(text) or
                                      _unit_then_day(labels.rest, owner, due) or due is not None and TO_ALL_LABEL.match(text))
    #                                     '区住建局负责…', '…局要在…', '…，由运营管理科牵头', '所有人：节前把…做完'
    led = owner and owner.person and owner.person.email and LEADS.search(text)     # '张总牵头，…做好…宣传工作': named to lead it
    if need_due and (due is None and not led or due and due.past or
                     not (owner and (owner.person or duty) or undecided or owner_hint and owner_hint.person)):
        return None                     # a free sentence needs a person (or a unit that 要/须/负责, or 'Owner TBD', or the person
    #                                     named before its sub-tasks: '2、黄主任：①…') and a date to come
    if due is None and RULE_IN_FORCE.search(body) or owner is not None and owner.group and (due is None and TO_ALL.match(labels.rest) or
                                              not owner.department and FROM_NOW.search(body)) or \
            due is None and not owner and REMINDED.match(text):
        return None                     # '各部门要持续做好日常巡查', '各单位即日起…', '宋老师提醒：…': a standing rule, not a task
    task = clean_task(ENUMERATED.sub("", body) if "是" in body else body)
    if names_no_work(task, owner, due, ctx):
        return None                                 # a company's or team's name, a signature line, 'nothing this week'
    return make_item(task, owner or owner_hint, due, ctx)


def unit_directive(text: str, ctx: Context) -> Item | None:
    """A point of a directive's enumeration given to a named unit or person ('二是仓储部负责库区夜间巡查'): work even
    without a date. An exhortation to everyone ('二要压实责任', '各部门要…') names nobody and stays none."""
    item = read_item(text, ctx, strict=True)
    return item if item and item.owner and (item.owner.name or item.owner.department) else None


def _bracketed_owner(m: re.Match) -> str:
    """'ACTION ITEM (Hao, Shenzhen studio): ' -> 'Hao：'."""
    return f"{re.split(r'[,，;；]', m.group('who'))[0].strip()}："


def make_item(task: str, owner: Owner | None, due: Due | None, ctx: Context) -> Item:
    """The Item with its flags: no_owner when no person is named, vague_due / no_due for the deadline."""
    person = owner.person if owner else None
    if person is not None:
        written = None if person.email else owner.department     # people with an address: their own dept
        person = Person(person.name, person.email, person.department or written)
    elif owner is not None and owner.department:
        person = Person(None, None, owner.department)
    flags = [] if person and person.name else ["no_owner"]
    if due is None:
        flags.append("no_due")
    elif due.vague:
        flags.append("vague_due")
    elif due.problem:
        flags.append(due.problem)                   # no_such_day (2月30日) or weekday_mismatch
    dated = due is not None and due.date is not None
    return Item(number=0, owner=person, task=task,
                due_date=due.date if dated else None,
                due_time=due.time if dated and not due.end_of_day else None,
                due=dates.deadline(due, ctx.default_due_time) if dated else None,
                due_text=due.text if due else "", flags=tuple(sorted(flags)), estimated=bool(due and due.estimated))


# '王经理：疏散路线图更新并张贴，9月10日前 / Helen: update and post evacuation maps by 10 Sep': one item, said twice
RESTATED_IN_ENGLISH = re.compile(r"(?<=[\u4e00-\u9fff，,。；;）)])\s+/\s+[A-Z][A-Za-z .'\-]{0,30}:\s[\x00-\x7f]{6,}$")
NO_DEADLINE = re.compile(r"无|没有|暂无|none|n/?a", re.I)       # a due label that says there is none
ASIDE_AFTER = re.compile(r"(?<=\S)\s*[(（][^()（）\d]+[)）]\s*$")     # no date of its own: '（初定5月19日）' restates it


def _due(hint: str, text: str, ctx: Context, fallback: str = "") -> tuple[Due | None, str]:
    """The deadline (the hint's when it reads as one, else the text's, else the fallback's) and the text
    without any due phrase."""
    if ctx.sent is None or NO_DEADLINE.fullmatch(hint.strip()):
        return None, text                         # '截止时间：无': none, whatever day the task names ('确认…8月15日前完工的排产')
    found = all_dues(text, ctx.sent, ctx.calendar, ctx.holiday)
    aside = ASIDE_AFTER.search(hint)              # 'due 3/20（郑老师周末前要看）': the label dates it, not the aside
    labelled = aside and dates.resolve(hint[:aside.start()], ctx.sent, ctx.calendar, ctx.holiday)
    due = labelled if labelled and not labelled.vague else dates.resolve(hint, ctx.sent, ctx.calendar, ctx.holiday) if hint else None
    if due is not None and not due.vague:       # a labelled due: the text's date words stay ('节后返岗人员统计')
        found = tuple(d for d in found if d.date == due.date and RESTATED.search(d.text))   # but '周三前' restates it
    if due is None and found:                   # '…before May Day traffic - EOD Wed': the due after the dash
        last = found[-1] if re.search(r"\s[-–—]\s*$", text[:found[-1].start]) and not text[found[-1].end:].strip(" .;") else None
        due = found[0] if len(found) == 1 else last or dates.find_due(text, ctx.sent, ctx.calendar, ctx.holiday)
    if due is None and fallback:
        due = dates.resolve(fallback, ctx.sent, ctx.calendar, ctx.holiday)
    if due is None and not found:
        due, text = _lone_date(text, ctx)
    for phrase in sorted(found, key=lambda d: d.start, reverse=True) if len(found) <= MAX_DUE_PHRASES else ():
        before = LEFT_OVER_BEFORE.sub("", text[:phrase.start])
        after = DATE_NOTE.sub("", text[phrase.end:]) if _is_date_note(text[phrase.end:]) else text[phrase.end:]
        after = DONE_WORD_AFTER.sub("", after) if re.search(r"[，,；;]\s*$", before) else after   # '…，4月30日前完成，…'
        glue = " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isalnum() else ""
        text = before + glue + after
    return due, text


def _lone_date(text: str, ctx: Context) -> tuple[Due | None, str]:
    """A bare month/day is trusted on an action item only: alone in brackets or last on the line it is the
    deadline ('完善理赔流程（11/21）'); in free text the same shape is a fraction or a version ((2/3), 0.23)."""
    m = LONE_DATE.search(text)
    due = dates.resolve(m.group("a") or m.group("b") or m.group("c"), ctx.sent, ctx.calendar) if m else None
    if due is None or due.date is None:
        return None, text
    return due, (text[:m.start()] + text[m.end():]).strip()


def _is_date_note(after: str) -> bool:
    """'（周六调休上班）' right after a date restates the day; '（临时方案）' is part of the task."""
    m = DATE_NOTE.match(after)
    return bool(m and re.search(r"周|星期|调休|上班|休息|工作日|\d", m.group()))


def _unit_then_day(text: str, owner: Owner, due: Due | None) -> bool:
    """'财务部8月中旬前完成银行授信续期': a unit, then at once its day, then the work — a directive to that unit."""
    if due is None or not owner.department or not due.text.endswith(("前", "内", "底")):
        return False                        # (a deadline: '…中心6月10日站务会情况…', '合规部2026年3月10日印发' give none)
    return re.match(rf"\s*{re.escape(owner.department)}\s*(?:要|须|将|应|在|于)?\s*{re.escape(due.text)}\s*[\u4e00-\u9fff]", text) is not None
