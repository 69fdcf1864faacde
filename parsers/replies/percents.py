"""Percents and fractions in a reply sentence, and whether each says where an item's work stands (进度80%, 更新了80%,
'we're at 60%', '90% there', 八成) or measures something else (目标的92%, 12% growth, 20% off).

    found('第2项进度80%')         -> [Mention('progress', 5, 8, percent=80)]
    bare_percent('Around 40% now.') -> Mention('progress', 7, 10, percent=40)
"""
from __future__ import annotations

import re

from parsers.dates.tokens import cn_number
from parsers.replies import lexicon
from parsers.replies.references import Mention, references

QUANTITY_CHANGE = "涨跌降升增减省亏赚多少高低超占折"   # '涨了5%', '省了20%': a figure that moved, not work done
WORKED = (r"[\u4e00-\u9fff](?<![" + QUANTITY_CHANGE + r"])了\s*(?:约|大约|大概|将近)?")   # a verb in the perfective
#   before the percent: '交期跟踪表更新了80%', '退款工单清了98%'
PERCENT = re.compile(r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|％|\s*percent\b|\s*per\s*cent\b|\s*pct\b)|百分之(?P<cn>[一二三四五六七八九十百]+|\d+)",
                     re.I)
SPENT = "过用花去剩耗"                              # '时间过了一半', '预算用了一半': what was used up, not work done
FRACTION = re.compile(r"(?:完成了?|做了|进度|进展|完成度|done|complete|[\u4e00-\u9fff](?<![" + QUANTITY_CHANGE + SPENT + r"])了)"
                      r"\s*(?:约|大约|大概|将近|近|about|around)?\s*"   # '初稿写了一半', '翻译了七成'
                      r"(?P<frac>一半(?!多|以上)|半数|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|"
                      r"(?P<tenth>[一二三四五六七八九])成)|"                # '改了一半多': past half, no figure
                      r"\b(?P<half>half|zur\s+hälfte|halb)\s+(?:done|complete|finished|fertig|erledigt)\b|\b(?:about\s+|around\s+)?halfway\b|"
                      r"(?P<tenth2>[一二三四五六七八九])成(?=了|吧|左右|$|[，,。.！!])|"   # '第1项七成了'
                      r"(?:大概|大约|约|差不多|估计)\s*一半(?=了|吧|左右|$|[，,。.！!])", re.I)   # '…还在弄，大概一半。'
KPI_BEFORE = re.compile(r"(?:目标|满意|指标|增长|同比|环比|占比|比例|比重|(?<!完成)(?<!进)率|折扣|优惠|打折|税|利润|毛利|份额|预算|成本|上涨|下降|降低|提升|提高|减少|"
                        r"增加|超出|高于|低于|好评|退货|转化|\b(?:discount|growth|rate|margin|share|tax|increase|decrease|"
                        r"target|budget|yoy|mom|up|down|off|of\s+(?:the\s+)?(?:target|goal|budget))\b)[^，,。;；]{0,6}$", re.I)
KPI_AFTER = re.compile(r"\s*(?:的(?:用户|客户|顾客|人|门店|订单|产品|预算|市场)|off\b|of\s+(?:the\s+)?(?:target|goal|budget|users|customers)|"
                       r"折|增长|提升|growth|increase|discount)", re.I)
LABELLED_PROGRESS = re.compile(r"(?<!执行)(?:进度|进展)\s*(?:是|为|已?达到?|[:：])?\s*$")   # not '预算执行进度'
PROGRESS_CUE = re.compile(r"进度|进展|完成|做了|推进|progress|done|complete|finish|booked|ready|through|update|status|"
                          + lexicon.PROGRESS_CUE, re.I)
STATE_AT = re.compile(r"\b(?:at|to|bei|zu|à|al|op)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|maybe\s+)?$|(?:目前|现在|现已|已经?|大概|大约|约)\s*$|"
                      r"[\u4e00-\u9fff]完了?\s*$|" + WORKED + r"\s*$|" + WORKED.replace("了", "到") + r"\s*$", re.I)
#   "we're at 60%", '目前60%', '跑完了 80%', '更新了80%', '进行到80%' (a verb reaching a figure; not '降到80%')
STATE_AFTER = re.compile(r"\s*(?:there|done|complete|finished|through)\b", re.I)   # 'Sketches are 90% there': where the work stands
BARE_FILLER = re.compile(r"(?:[\W_]|目前|现在|暂时|大概|大约|约|估计|差不多|已经?|完成|是|为|达到?|左右|吧|了|啦|です|だ|程度|くらい|"
                         r"ぐらい|정도|입니다|이에요|예요|쯤|about|around|roughly|approximately|now|currently|so\s+far|it's|"
                         r"it\s+is|we're|we\s+are|at)*", re.I)     # what a sentence may say around its bare percent
CLAUSE = re.compile(r"[^，,：:;；。！!？?\n]*")   # one clause: what commas, colons and stops leave between them
CLAUSE_FILLER = re.compile(r"(?:ca\.?|circa|etwa|environ|khoảng|" + BARE_FILLER.pattern + r")*", re.I)
TOPIC = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=(?:目前|现在|差不多|大概|大约|约|估计|已经?|完成|到了|是|为|达到?|\s)*$)")
TOPIC_REACH = 16         # characters: a task's name and its filler before a percent
CLAUSE_REACH = 60        # characters: a clause that is only a percent is short; hostile text costs no more
MAX_ALONE = 40            # characters: a sentence that is only a percent or an item number is short


def found(text: str, about_item: bool = False) -> list[Mention]:
    """Numbers with %/％/percent/百分之, and 一半 / 三分之二 / 八成 after a progress word; `about_item`: the sentence
    stands in a paragraph an item label opens ('#2 - … I'd say we're at 60%.'), so a percent needs no progress word."""
    percents, about = [], [about_item or None]          # whether the sentence speaks of progress: read once, if asked
    for match in PERCENT.finditer(text):
        value = _percent_value(match)
        if value is not None and _progress_percent(text, match.start(), match.end(), about):
            percents.append(Mention("progress", match.start(), match.end(), percent=value))
    for match in FRACTION.finditer(text):
        percents.append(Mention("progress", match.start(), match.end(), percent=_fraction_value(match)))
    return percents


def _percent_value(match: re.Match) -> int | None:
    raw = match.group("n") or match.group("cn")
    value = float(raw) if re.fullmatch(r"[\d.]+", raw) else cn_number(raw.replace("百", "一百") if raw == "百" else raw)
    return round(value) if value is not None and 0 <= value <= 100 else None


def _fraction_value(match: re.Match) -> int:
    if match.group("den"):
        return round(100 * cn_number(match.group("num")) / cn_number(match.group("den")))
    if match.group("tenth") or match.group("tenth2"):
        return 10 * cn_number(match.group("tenth") or match.group("tenth2"))
    return 50


def _progress_percent(text: str, start: int, end: int, about: list) -> bool:
    """A percent is an item's progress unless it measures something else (目标的92%, 12% growth, 20% off). `about`
    holds whether the whole sentence is about progress or an item, worked out at its first percent only: a sentence
    of thousands of percents costs one reading of it, not one per percent."""
    before = text[max(0, start - 12):start]
    if KPI_BEFORE.search(before) and not LABELLED_PROGRESS.search(before) or KPI_AFTER.match(text, end):
        return False                               # ('推广预算初稿进度80%': the draft's progress, named as such)
    if STATE_AT.search(text[max(0, start - 30):start]) or STATE_AFTER.match(text, end):
        return True
    if _clause_alone(text, start, end) or _topic_then_percent(text, start, end):
        return True
    if about[0] is None:
        about[0] = bool(PROGRESS_CUE.search(text) or references(text))
    return about[0]


def _clause_alone(text: str, start: int, end: int) -> bool:
    """A percent that is a clause of its own after the task ('MES模板改了一大半了，80%吧，…', 'Usability protocol: 80%,
    waiting on …'): the state of the work, as a sentence of only a percent is; not a figure in a list ('0%, 1%, 2%')."""
    before = max(text.rfind("\n", max(0, start - CLAUSE_REACH), start) + 1, start - CLAUSE_REACH)
    head = max((text.rfind(mark, before, start) for mark in "，,：:;；。！!？?"), default=-1) + 1
    clause = text[max(head, before):start] + " " + CLAUSE.match(text[end:end + CLAUSE_REACH]).group()
    told = text[max(0, head - CLAUSE_REACH):max(head - 1, 0)]          # the clause before: the task, not a figure
    told = told[max(told.rfind(mark) for mark in "，,：:;；。！!？?\n") + 1:]
    return bool(CLAUSE_FILLER.fullmatch(clause)) and not PERCENT.search(told)


def _topic_then_percent(text: str, start: int, end: int) -> bool:
    """A clause that is a task's name and a percent ('报价单80%吧', '報價單差不多80%了'): the task is the topic, the percent
    its state; not a figure that moved ('价格涨5%') nor one the KPI words name (良率3%: read before)."""
    head = text[max(0, start - TOPIC_REACH):start]
    head = head[max(head.rfind(mark) for mark in "，,：:;；。！!？?\n") + 1:].lstrip()
    topic = TOPIC.match(head)
    if not topic or any(char in QUANTITY_CHANGE for char in topic.group()):
        return False
    rest = head[topic.end():] + " " + CLAUSE.match(text[end:end + CLAUSE_REACH]).group()
    return bool(BARE_FILLER.fullmatch(rest))


def bare_percent(text: str) -> Mention | None:
    """The percent a sentence consists of ('60%吧。', 'Around 40% now.', '75%です。', '目前大约六成。'): the state of the
    item the sentence before named; None when the sentence says more, or the figure measures something else."""
    if len(text) > MAX_ALONE:
        return None
    for match in (*PERCENT.finditer(text), *FRACTION.finditer(text)):
        rest = text[:match.start()] + " " + text[match.end():]
        if BARE_FILLER.fullmatch(rest) and not KPI_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            value = _percent_value(match) if match.re is PERCENT else _fraction_value(match)
            return Mention("progress", match.start(), match.end(), percent=value) if value is not None else None
    return None


def labelled_percents(text: str) -> list[Mention]:
    """The progress percents of a sentence in a labelled paragraph (see `found`)."""
    return [m for m in found(text, about_item=True) if m.percent is not None]
