"""After an extension word: a span asked, or nothing (the word ends its clause), then a day named for the work — the
named day wins over the span counted from the old due date.

    named_after(' two more days. You will have the report by Monday, 19 October at the latest.', sent, cal)
        -> 2026-10-19
    named_after('两天，最晚5月6日交。', sent, cal)                    -> 2025-05-06
    named_after(' two more days - the lab is closed until Monday.', sent, cal)     -> None (a weekday: the reason)
    named_after('2天，因为检测机构4月29日才出报告。', sent, cal)      -> None (inside a reason)
    named_after('，要等BMS供应商的数据，最晚4月22日给结论。', sent, cal)  -> 2026-04-22 ('可能要延期，…')

Only a day with its month, promised ('by 19 October', '最晚5月6日', '5月13日交', 'will send it on 19 Oct'), counts: a
bare weekday or 'the 16th' after a span is what the writer waits for, and '培训室5月8号被占了' is a reason, not the day
asked. The clause of the span itself and reason clauses are skipped.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from parsers.dates.due import find_due
from parsers.dates.durations import extension

MAX_READ = 300           # characters after the span read for the named day (the rest of its paragraph)
CLAUSE = re.compile(r"[，,；;。.!！?？\n]|\s[-–—]\s")
PARAGRAPH = re.compile(r"\n\s*\n")
REASON = re.compile(r"^\W*(?:原因|因为|由于|理由|主要是|because|since|due\s+to|as)\b|^\W*(?:原因|因为|由于|理由)|才|\buntil\b|\btill\b",
                    re.I)
# what the word is about, ending its clause: 'need more time on this one', '…on item 2', '这项'
WHICH_ONE = re.compile(r"^\s*(?:(?:on|for|with)\s+(?:this|that|it|item\s*\d{1,2}|#\s*\d{1,2})(?:\s+one)?|这项|这个|此项)\s*$", re.I)
PROMISE = re.compile(r"\bby\b|\bbefore\b|no\s+later\s+than|\blatest\b|前|最晚|最迟|截止|"
                     r"\b(?:say|make\s+it|how\s+about|what\s+about)\b|(?:可以|行|好)吗|"     # a day proposed: 'Can we say Nov 7?'
                     r"(?:日|号|號)\s*(?:一定|肯定|保证|能|可以)?\s*(?:交|给|提交|发|寄|完成|搞定)|"          # '5月13日交'
                     r"\b(?:will|I'll|we'll)\s+(?:send|deliver|submit|finish|have)\b|\byou(?:'ll|\s+will)\s+have\b",
                     re.I)   # a day promised for the work; '培训室5月8号被占了' is none
COUNTED_WITHIN = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两])\s*个?\s*工作日内")
WORK_DONE = re.compile(r"\s*(?:完成|交|给|提交|发|寄|出|搞定|补齐|补录)")   # what is promised within the days
MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}|\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                       r"nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)


def named_after(rest: str, sent: datetime, calendar) -> date | None:
    """The day named for the work after a span or a bare extension word ('…two more days. You will have it by
    19 October', '可能要延期，…最晚4月22日给结论', '申请延期。…3个工作日内完成'), else None."""
    rest = rest[:MAX_READ]
    paragraph = PARAGRAPH.search(rest)
    rest = rest[:paragraph.start()] if paragraph else rest
    clauses = CLAUSE.split(rest)
    if extension(clauses[0]) is None and clauses[0].strip() and not WHICH_ONE.match(clauses[0]):
        return None                                       # no span asked: 'extend it to …' found its own date
    for clause in clauses[1:]:
        if not clause or REASON.search(clause):
            continue
        due = find_due(clause, sent, calendar)
        if due and due.date and (MONTH_DAY.search(clause[due.start:due.end]) and PROMISE.search(clause) or
                                 COUNTED_WITHIN.search(clause[due.start:due.end]) and WORK_DONE.search(clause, due.end)):
            return due.date                           # '…申请延期。…，深度清洁计划需要3个工作日内完成': counted from the reply
    return None
