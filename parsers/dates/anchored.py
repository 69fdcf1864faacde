"""Spans counted from another day than the send day: from a day the line gives (国庆后3个工作日内, 10月8日后一周内,
节后5个工作日内; 节后尽快 is vague) or from an event the mail does not date (收到样品后3个工作日内, 合同签订后一周内, within 5 days of
receiving the PO, 发生险情须在1小时内: no date, a vague deadline)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from parsers.dates.grouping import Phrase
from parsers.dates.policy import Ctx, Part
from parsers.dates.rules import interpret

EVENT_THEN = re.compile(r"(?<![今此然随会稍])(?:之|以)?后\s*[,，]?\s*$")   # 收到样品后3个工作日内, not 会后/今后
EVENT_OF = re.compile(r"\s+(?:of|after|from|following)\s+(?!(?:today|now|this|the\s+(?:meeting|call)|sending)(?![a-z]))",
                      re.I)                                                   # within 5 days of receiving the PO
THIS_MAIL = re.compile(r"(?:收到|接到|收悉)(?:(?:本|此|该)?(?:会议)?纪要|(?:本|此|该)?邮件|(?:本|此)通知)(?:之|以)?后\s*[,，]?\s*$")
AFTER_DAY = re.compile(r"\s*(?:之后|以后|后)\s*[,，]?\s*")                        # 10月8日后3个工作日内
HOLIDAY_RULES = ("holiday", "holiday_en", "reopen")
SOON = re.compile(r"尽快|尽早|尽速|asap|as soon as possible", re.I)     # not 五一后第一周 (a week, a start)
LOOK = 4                      # characters before a span in which its 后 is looked for
# a condition opening the span's clause: '发生险情须在1小时内上报', '如遇停电，须在2小时内恢复'
CONDITION = re.compile(r"(?:发生|出现|如遇|遇有|一旦|如有|如发现)[^，,。；;]{0,12}?[，,]?\s*(?:则|须|需|要|应|必须)?\s*(?:在|于)?\s*$")
CONDITION_LOOK = 24           # characters before a span in which its condition is looked for


def anchor_spans(text: str, phrases: list[Phrase], tokens: list, ctx: Ctx) -> None:
    """Re-read each day-count span that follows '<day>后' from that day, and make one that follows '<event>后'
    vague."""
    for before, span in zip([None, *phrases], phrases):
        if _soon_after_break(text, before, span):
            before.dropped = True                  # 清明假期后尽快: the break's end starts the work, 尽快 is its due
        if span.whole is None or span.tokens[0].kind != "span" or span.whole.vague:
            continue
        base = _day_before(text, before, span)
        if base is not None:
            part = interpret(span.tokens[0], replace(ctx, sent=datetime.combine(base, ctx.sent.timetz())))
            if part is not None and part.day is not None and part.instant is None:
                span.whole, span.start, before.dropped = part, before.start, True   # one phrase: 国庆后3个工作日内
        elif _counted_from_event(text, span, tokens):
            span.whole = Part(vague=True)


def _day_before(text: str, before: Phrase | None, span: Phrase):
    """The day a span counts from when a dated phrase and 后 stand right before it: the date itself (10月8日后: the
    count starts the day after), or for a holiday the day before its first working day (国庆后: that day is the 1st)."""
    if before is None or before.day is None or before.day.day is None or before.whole is not None:
        return None
    gap = text[before.end:span.start]
    if before.tokens[-1].rule in HOLIDAY_RULES and not gap.strip() and text[before.start:before.end].endswith("后"):
        return before.day.day - timedelta(days=1)
    return before.day.day if AFTER_DAY.fullmatch(gap) else None


def _counted_from_event(text: str, span: Phrase, tokens: list) -> bool:
    """收到样品后3个工作日内, within 5 days of receiving the PO: the span counts from an event, not from the send
    day (a 后 that belongs to a date token, as in 节后, is no event)."""
    if CONDITION.search(text[max(0, span.start - CONDITION_LOOK):span.start]):
        return True                                # '发生险情须在1小时内上报': counted from the event, whenever it comes
    then = EVENT_THEN.search(text[max(0, span.start - LOOK):span.start])
    if then and THIS_MAIL.search(text[max(0, span.start - 3 * LOOK):span.start]):
        return False                               # '收到本纪要后3个工作日内': receiving this mail is its sending
    if then:
        at = max(0, span.start - LOOK) + then.start()
        return not any(t.start <= at < t.end for t in tokens)
    return span.tokens[0].rule == "span_en" and bool(EVENT_OF.match(text, span.tokens[0].end))


def _soon_after_break(text: str, before: Phrase | None, span: Phrase) -> bool:
    """'清明假期后尽快落实', '节后尽早': a holiday's 后 right before a vague word says when the work starts, not its due."""
    return before is not None and span.whole is not None and span.whole.vague and \
        before.tokens[-1].rule in HOLIDAY_RULES and text[before.start:before.end].endswith("后") and \
        not text[before.end:span.start].strip(" ,，") and bool(SOON.match(text, span.start))
