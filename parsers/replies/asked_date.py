"""The new date an extension asks for: the first date after the word, in its clause or the next clause that is no
reason, resolved against the reply's own Date; or, where the verb comes last, the date right before it.

    asked_date(' item 5 to Dec 4 - line 4 is stopped until Thursday', sent, cal)  -> (2026-12-04, ' - line 4 is …')
    date_before('Punkt 3 bitte auf den 4. Dezember ', sent, cal)                  -> 2026-12-04

A span ('延期两天', 'two more days') gives no date here: spans.py counts it from the quoted due date. Dates of other
languages are read through lexicon.english_dates ('4 décembre', '4 de diciembre', '12월 4일').
"""
from __future__ import annotations

import re
from datetime import date, datetime

from parsers.dates.due import find_due, resolve
from parsers.dates.durations import SPAN, extension
from parsers.replies import lexicon

REASON_WORD = re.compile(r"^\W*(?:原因|因为|由于|理由|主要是|because|since|due\s+to|as)\b|^\W*(?:原因|因为|由于|理由)|才", re.I)
DASH_REASON = re.compile(r"\s[-–—]+\s")      # 'to Dec 4 - line 4 is stopped until Thursday': after the dash, a reason
CLAUSE = re.compile(r"[，,；;]")
DURATION = re.compile(r"^\s*(?:\d+|[一二三两几半])\s*(?:个\s*)?(?:工作日|天|日|周|星期|礼拜|个月|days?|weeks?|months?)", re.I)
VERB_GAP = 12                 # characters between a date and a verb that comes last ('로 연기', ' bitte verschieben')


def asked_date(rest: str, sent: datetime, calendar) -> tuple[date | None, str]:
    """(the date asked for or None, the text after it as the reason) from the text after the extension word."""
    if DURATION.match(rest):                              # 延期两天: relative to the old due date (spans.py)
        return None, rest
    clauses = CLAUSE.split(DASH_REASON.split(rest, maxsplit=1)[0])[:2]
    for index, clause in enumerate(clauses):
        if index and (REASON_WORD.search(clause) or extension(clauses[0])):
            break                                         # 'two more days, … until Wednesday': the span is the ask
        read = lexicon.english_dates(clause).rstrip(". ")   # 'to 10/20.' ends a sentence
        due = find_due(read, sent, calendar) or resolve(read, sent, calendar)
        if due and due.date and not SPAN.search(read[:due.start]):
            return due.date, rest[rest.find(clause) + len(clause):] if read != clause else rest[rest.find(clause) + due.end:]
        if due and due.date:
            break                                         # 'two more days on item 4 - … arrives Wednesday'
    return None, rest


def date_before(head: str, sent: datetime, calendar) -> date | None:
    """A date right before the word, in its clause: the verb comes last in German, Japanese and Korean
    ('auf den 4. Dezember verschieben', '10月20日まで延長', '10월 20일로 연기')."""
    clause = lexicon.english_dates(re.split(r"[，,；;]|\s[-–—]+\s", head)[-1])
    due = find_due(clause, sent, calendar) or resolve(clause, sent, calendar)
    return due.date if due and due.date and len(clause[due.end:].strip()) <= VERB_GAP else None
