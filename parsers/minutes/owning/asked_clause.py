"""The work a '由/请' clause hands a person, without the sentences before it that say what was done or decided.

    asked_task('预付版税改为两期，', '', '由', '于下周三前提供新版付款条款', ctx) -> '于下周三前提供新版付款条款'
    asked_task('审阅完毕，', '修改意见请版权部刘经理', '', '于5/29前回复', ctx) -> '于5/29前回复修改意见'
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import find_all_dues

ASSIGNS = re.compile(r"由|请")          # a clause that hands a person the work
FRONTED_ASK = re.compile(r"(?P<object>[\u4e00-\u9fff]{2,8}?)请")
NOT_OBJECT = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:并|再|另|统一|均|都|仍|则|即|暂|拟|今后|此后|后续|具体|最终|然后|届时|同时|另外|此外|分别|继续|全部|一律)|"
                        r"以上|上述|此项|该项|这些|这项|此事|该事项?|[^()（）]*[()（）].*|"   # '以上由汪工负责': what it refers to
                        r".*(?:研究|商议|讨论|协商|商定|决定|同意|要求|明确)|"         # '经研究由周建国…': how it was decided
                        r".*(?:后|前|时|期间|以来)")           # '备件到货后由高工组织': when, not what
DUTY_WORDS = re.compile(r"具体负责|负责|牵头|主责|配合")
SETTLED = re.compile(r"已经?|完毕|改[为成]|定为|确定|无异议|同意|(?:研究|听取|讨论)了")     # a clause of what was done or decided
CLAUSE_BREAK = re.compile(r"(?<=[，,；;。])")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _asked_of(before: str, after: str, ctx: Context) -> str:
    """The work a '由/请' clause hands a person, without the sentences before it that say what was done or decided:
    '预付版税改为两期，由张家豪于下周三前提供新版付款条款' -> '提供新版付款条款'; an object fronted before the 请 stays:
    '审阅完毕，修改意见请刘经理于5/29前回复' -> '回复修改意见'. A bare verb keeps them all ('APP闪退，由赵强负责排查')."""
    *said, topic = CLAUSE_BREAK.split(before)
    work = after
    for due in sorted(find_all_dues(after, ctx.sent, ctx.calendar, ctx.holiday), key=lambda d: -d.start) if ctx.sent else ():
        work = work[:due.start] + work[due.end:]
    work = DUTY_WORDS.sub("", work)                # '（局内由杨登科具体负责）': no work of its own
    verb_only, fronted = len(HAN.findall(work)) < 4, _fronted_object(topic, ctx)
    if not said or not HAN.search(work) or not (fronted or all(SETTLED.search(clause) for clause in said)) or \
            verb_only and not topic.strip():
        return before + after
    return after + topic.strip() if verb_only else topic + after


def _fronted_object(topic: str, ctx: Context) -> bool:
    """'值班表' of '…制度，值班表由陈主任于明天中午前印发': the thing the work is about, written before 由/请 (not
    '并', '统一', '节后')."""
    topic = topic.strip()
    return len(HAN.findall(topic)) >= 2 and not NOT_OBJECT.fullmatch(topic) and not (
        ctx.sent and find_all_dues(topic, ctx.sent, ctx.calendar, ctx.holiday))


def asked_task(before: str, owner_span: str, marker: str, after: str, ctx: Context) -> str:
    """The task of a clause that names its owner: `before` it, the `owner_span` read as the owner (which may open
    with the object: '修改意见请…刘经理'), the clause's `marker` ('由', '请', ''), and what follows the owner."""
    fronted = FRONTED_ASK.match(owner_span)
    if fronted:
        before += fronted.group("object")
    return _asked_of(before, after, ctx) if fronted or ASSIGNS.search(marker) else before + after
