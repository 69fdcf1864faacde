"""Task text that asks for no work: a company's or team's name alone, a signature line read as a row, the owner's
own name, a sign-off ('蒋小雨 记录'), a pointer to the list below ('见会后待办'), 'Nothing this week' / '本周暂无' / '无新增，继续…'. read_item asks names_no_work last, on the cleaned task."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import Due
from parsers.minutes.owning.owners import Owner
from parsers.minutes.owning.units import UNIT
from parsers.minutes.owning.people import norm

SIGNED = re.compile(r"(?:会议)?(?:记录人?|纪要整理|整理人?|执笔|记)|minutes\s+taken\s+by|(?:taken\s+)?by|notes", re.I)   # '蒋小雨 记录': who wrote it
WORD = re.compile(r"[\w\u4e00-\u9fff]")
LETTER = re.compile(r"[^\W\d_]")
ACRONYM = re.compile(r"[A-Z]{2,5}")                 # 'SQE' alone names a team, asks nothing
# a line that says there is nothing to do: 'Nothing this week', 'No actions for now', '本周暂无', '无新增事项'; a topic's
# 'Canteen contract: nothing to do, renewed on 1 Aug' (NOTHING_HERE)
YES_NO = re.compile(r"[吗嘛][？?]?\s*$")     # '明天早场还是小鹿播吗' (a question in a pasted chat) asks nobody for work,
CAN_YOU = re.compile(r"能|可以|可否|来得及|方便")   # but '…@宋琪 明天中午前能出吗' asks 宋琪 for it
NOTHING = re.compile(r"(?:nothing|none|no\s+(?:new\s+)?(?:actions?|action items?|tasks?|items?|updates?))"
                     r"(?:\s+(?:new|to report|to do|pending|open|for now|yet|this (?:week|time|round|sprint|month)|"
                     r"from (?:me|him|her|them)))*|n/?a|(?:本周|本次|本月|目前|暂时?|近期)*(?:无|暂无|没有)"
                     r"(?:新增?|其他|待办|具体)*(?:事项|任务|工作|安排|待办)?", re.I)
NOTHING_HERE = re.compile(r"[:：]\s*(?:nothing\s+to\s+do|no\s+action(?:s)?(?:\s+(?:needed|required))?|无需(?:跟进|处理|行动)|不用跟)\b", re.I)
# a remark on the minutes themselves, done already: '纪要转到邮件里了', '纪要我核对过了，待办没问题', '这份纪要周六发给我的'
ON_THE_MINUTES = re.compile(r"纪要?[^，,。；;]{0,12}?(?:转|发|贴|核对|核|抄送)[^，,。；;]{0,8}?(?:了|过|的)(?:[，,。；;]|$)|待办(?:没问题|已核)")
# the minutes themselves, named with no verb ('农普办第一次工作例会的纪要' from '今天上午…例会的纪要，文斌主任发给了…')
MINUTES_NAMED = re.compile(r"(?!整理|发|写|起草|报|提交|上传|完善|修改|补|出|形成|印发|下发|转|核)[^，,。；;]{0,24}?(?:会|会议)的?(?:简要)?纪要")
RECORDED_BY = re.compile(r"(?:minutes|notes|minuted\s+by|recorded\s+by|记录|记录人|纪要|整理)", re.I)   # 'Minutes: Jiaqi Shen, 25 June'
NOTHING_NOTED = re.compile(r"[(（]\s*(?:本周|本次|目前|暂时?)*(?:无|暂无|没有)(?:新增?|其他)(?:事项|任务|工作|待办)?\s*[)）]")   # '（无新增事项）…'
# nothing new from this person, who goes on with what they had: '无新增，继续跟 v3.2 回归', '冇新增，跟返上次嘅倉租單'
NOTHING_NEW = re.compile(r"(?:(?:本周|本次|目前|暂时?)*(?:无|無|冇|暂无|暫無|没有|沒有)(?:新增?|其他|其它)(?:事项|事項|任务|任務|待办|待辦)?|"
                         r"nothing\s+new|no\s+new\s+(?:items?|actions?|tasks?))\s*[，,；;。.:：]\s*"
                         r"(?:继续|繼續|接着|接著|跟返|仍然?|还是|還是|持续|持續|照常|continu|still\b|keep)", re.I)
# the work going on as planned, nothing new this week: '电力设备春检按计划推进，本周无新增事项'
GOING_ON = re.compile(r"(?:按计划|按期|照常|正常)(?:推进|进行|开展)[^，,；;]{0,4}[，,；;]\s*(?:本周|本次|目前)?(?:无|暂无|没有)新增(?:事项|任务|工作)?\s*[。.]?$")
ORGANISATION = re.compile(r"[^，,。；;：:!！?？]{2,40}?(?:有限责任公司|有限公司|股份公司|集团|公司|事务所|研究院|医院|合作社|联合社|协会|商会|"
                          r"(?:co\.?,?\s*)?ltd\.?|limited|inc\.?|llc|corp(?:oration)?\.?|gmbh)", re.I)
ORGANISATION_END = "司团所院社会.dDcCpPnNhH"   # the last character of any ORGANISATION match: a cheap look first
SENT_TO = re.compile(r"(?:[报交送递寄到至回给]|报送|提交|上报|发给?|带回)(?:集团|公司|总部)$")   # the verb before: where the work goes ('寄…到公司')
TEAM_ONLY = re.compile(rf"[\u4e00-\u9fff]{{0,7}}(?<![排值加上下换倒轮跟早晚夜中])(?:班组|班|车间|工段|{UNIT})"
                       r"(?:\s+[A-Z]{2,5}|\s*[\u4e00-\u9fff]{0,3}(?:工程师|经理|主管|主任|专员|助理|文员|员|师))?")   # '制造部 冲压班',
#                                                              '质量部 QE', '生产部计划员' (a sign-off)
# a decision that something stays as it is ('水分标准不放宽', '价格维持不变'): nobody is asked to do anything
KEPT_AS_IS = re.compile(r"[^，,。；;]{2,20}?(?:不|不予|不再|暂不)(?:放宽|调整|变更?|改变|延期|增加|降低|接受|考虑|退回)|"
                        r"[^，,。；;]{2,20}?(?:维持|保持)(?:原[^，,。；;]{0,6}?|现状)?不变")
# a forwarded message's header line read as a row ('发件人: 腾讯会议 <noreply@…>' -> '发件人，<noreply@…>')
HEADER_LINE = re.compile(r"^(?:发件人|發件人|寄件者|收件人|收件者|抄送|副本|from|to|cc)\s*[:：，,].{0,200}?@[\w-]+\.|"
                         r"^[^，,。.;；]{0,40}?[-–—|:：]\s*(?:minutes|meeting\s+notes|notes|recap|会议纪要|纪要)\s*$", re.I)   # a title:
#                                                                  'EV-1400 Product Review - Minutes'
# where a person will be, not work they are asked for: '朱局明天要去市里开会' (why a meeting moves), '王科下周出差'
AWAY = re.compile(r"(?:要|将|得|需要?)?(?:去|到|赴)[^，,。；;]{1,10}?(?:开会|参会|出差|学习|培训|考察)|(?:要|将)?(?:出差|休假|请假|休年假|调休)")
# a cell that points elsewhere for the work: '见会后待办', '详见附件', 'see action items below'
POINTER = re.compile(r"(?:详|具体)?见(?:下文|下方|下表|下列|以下|下|上文|上表|附件|后附|会后待办|待办(?:事项)?|行动项)[^，,。；;]{0,8}?[。.]?|"
                     r"see\s+(?:below|above|attached|(?:the\s+)?action\s+items?(?:\s+below)?)\.?", re.I)


def names_no_work(task: str, owner: Owner | None, due: Due | None, ctx: Context) -> bool:
    """Whether `task` names something rather than asks for work: a company's or team's name (a signature line,
    '汤敏 | 食品安全部' read as a row; '蒋涛 SQE'), the owner's own name, a line saying there is nothing to do, a
    yes/no question that asks for no work."""
    return (not two_words(task) or not LETTER.search(task) or _organisation(task) or NOTHING.fullmatch(task) is not None
            or SIGNED.fullmatch(task) is not None or YES_NO.search(task) is not None and not CAN_YOU.search(task)
            or NOTHING_NEW.match(task) is not None or NOTHING_NOTED.match(task) is not None or NOTHING_HERE.search(task) is not None or ON_THE_MINUTES.search(task) is not None or RECORDED_BY.fullmatch(task) is not None or GOING_ON.search(task) is not None or POINTER.fullmatch(task) is not None or HEADER_LINE.match(task) is not None or AWAY.fullmatch(task) is not None or MINUTES_NAMED.fullmatch(task) is not None or due is None and KEPT_AS_IS.fullmatch(task) is not None
            or (due is None and ACRONYM.fullmatch(task) is not None) or _names_only(task, owner, ctx)
            or (due is None and TEAM_ONLY.fullmatch(task) is not None
                and (not (owner and owner.person) or _own_unit(task, owner))))


def two_words(text: str) -> bool:
    """At least two word characters (WORD): found by two searches, not by listing them all."""
    first = WORD.search(text)
    return first is not None and WORD.search(text, first.end()) is not None


def _organisation(task: str) -> bool:
    """A company's name alone ('星河电子有限公司', 'Acme Ltd.'); '资金计划报集团' sends work to one, it names none."""
    return task[-1:] in ORGANISATION_END and ORGANISATION.fullmatch(task) is not None and not SENT_TO.search(task)


def _own_unit(task: str, owner: Owner) -> bool:
    """'汤敏 | 食品安全部' (a signature read as a row): the 'task' is the department its person belongs to; '鲜丰超市物流部
    何志平', an outsider's sign-off: a unit is all it says."""
    return not owner.person.department or norm(owner.person.department) in norm(task)   # (an outsider's: theirs)


def _names_only(task: str, owner: Owner | None, ctx: Context) -> bool:
    """'Jason 林志豪': the owner's own name is all the task says."""
    named = ctx.roster.resolve(task, ctx.known) if owner and owner.person and len(task) <= 30 else None
    return bool(named) and (named.email, named.name) == (owner.person.email, owner.person.name)
