"""The new date an extension asks for: the first date after the word, in its clause or the next clause that is no
reason, resolved against the reply's own Date (a vague day restated exactly in the next clause, '延期到节后，2月25日前', is the
exact one); or, where the verb comes last, the date right before it.

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
from parsers.replies import lexicon, words
from parsers.replies.named_date import MONTH_DAY

REASON_WORD = re.compile(r"^\W*(?:原因|因为|由于|理由|主要是|because|since|due\s+to|as)\b|^\W*(?:原因|因为|由于|理由)|才", re.I)
DASH_REASON = re.compile(r"\s[-–—]+\s")      # 'to Dec 4 - line 4 is stopped until Thursday': after the dash, a reason
CLAUSE = re.compile(r"[，,；;]")
DURATION = re.compile(r"^\s*(?:\d+|[一二三两几半])\s*(?:个\s*)?(?:工作日|天|日|周|星期|礼拜|个月|days?|weeks?|months?)", re.I)
RESTATED_REST = re.compile(r"^(?:\W|前|之前|以前|为止|為止|吧|左右|最晚|最迟|最遲|也就是|即|\bi\.e\.|\b(?:at\s+the\s+latest|latest|by|"
                           r"before|or\s+so|that\s+is|on)\b)*$", re.I)   # what may stand around a restated day
DAY_ASIDE = re.compile(r"(?<=[日号\d])\s*[(（][^()（）\d]{1,12}[)）]")   # '9月30日（节前）': the written day, not the aside
VERB_GAP = 12                 # characters between a date and a verb that comes last ('로 연기', ' bitte verschieben')
RUNS_TO = re.compile(r"到\s*$")  # the day the work runs to, ending the clause before the word: '可能要到节后第一个工作日了，'
RUNS_TO_END = re.compile(r"\s*(?:了|啦|吧|左右|去了)?\s*$")  # ('要到9月30日才发货' goes on: the day of something else)
HOLIDAY_OFF = re.compile(r"(?:节|假期|春节|国庆|清明|五一|劳动节|端午|中秋|元旦)[^，,；;]{0,4}(?:放假|休假|休息|停工|不上班)")   # a reason
ONLY_THEN = re.compile(r"\s*(?:前|之前)?\s*才")   # '延到6月3日才出': the day a delay lands on, told as a reason…
ASKED_LATER = re.compile(r"申请|(?:延期|推迟|顺延|延|推|改)(?:到|至)")   # … when an extension is asked after it
LEAD = 6                      # characters of a clause that only leads to the word: '先', '只能先', '所以'
CLAUSES = re.compile(r"[，,；;]|\s[-–—]+\s")


def asked_date(rest: str, sent: datetime, calendar) -> tuple[date | None, str]:
    """(the date asked for or None, the text after it as the reason) from the text after the extension word."""
    if DURATION.match(rest):                              # 延期两天: relative to the old due date (spans.py)
        return None, rest
    clauses = CLAUSE.split(DASH_REASON.split(rest, maxsplit=1)[0])[:3]
    for index, clause in enumerate(clauses):
        if index and extension(clauses[0]) or index == 2 and not REASON_WORD.search(clauses[1]):
            break                                         # 'two more days, … until Wednesday': the span is the ask
        if index and REASON_WORD.search(clause) or HOLIDAY_OFF.search(clause):
            continue                                      # '需要延期，日志昨天才传全，节后第一个工作日给结论', '申请延期：
            #                                               供应商清明节放假，…': the day after it
        read = DAY_ASIDE.sub("", lexicon.english_dates(clause).rstrip(". "))   # 'to 10/20.' ends a sentence
        due = find_due(read, sent, calendar) or resolve(read, sent, calendar)
        if due and due.date and not index and ONLY_THEN.match(read, due.end) and ASKED_LATER.search(rest, len(clause)):
            return None, rest                             # '报告延到6月3日才出，…申请延期到下周三': that day is a reason
        if due and due.date and not SPAN.search(read[:due.start]):
            if not index and len(clauses) > 1 and not MONTH_DAY.search(read[due.start:due.end]):
                exact = _restated(clauses[1], sent, calendar)     # '延期到节后，2月25日前': the next clause's day
                if exact:
                    return exact, rest[rest.find(clauses[1]) + len(clauses[1]):]
            return due.date, rest[rest.find(clause) + len(clause):] if read != clause else rest[rest.find(clause) + due.end:]
        if due and due.date:
            break                                         # 'two more days on item 4 - … arrives Wednesday'
    return None, rest


def dated_first(rest: str, sent: datetime, calendar) -> str:
    """`rest` when its first clause holds the date a move word needs ('改到10月20日，…'), else '' ('拔模角度改到1.5°，
    9号前搞定': the day of another clause is no date of this move)."""
    return rest if asked_date(CLAUSES.split(rest, maxsplit=1)[0], sent, calendar)[0] else ""


def _restated(clause: str, sent: datetime, calendar) -> date | None:
    """The day of a clause that is only a day with its month and a cue ('2月25日前', 'May 8 at the latest'): the exact
    day a vague one before it means (节后, after the holiday); '5月1日起渠道放假' says more and is a reason."""
    read = lexicon.english_dates(clause)
    due = find_due(read, sent, calendar) or resolve(read, sent, calendar)
    if not (due and due.date and MONTH_DAY.search(read[due.start:due.end])):
        return None
    return due.date if RESTATED_REST.match(read[:due.start]) and RESTATED_REST.match(read[due.end:]) else None


def date_before(head: str, sent: datetime, calendar) -> date | None:
    """A date right before the word, in its clause: the verb comes last in German, Japanese and Korean
    ('auf den 4. Dezember verschieben', '10月20日まで延長', '10월 20일로 연기'); or, when that clause only leads to the word,
    the day the clause before says the work runs to ('我这项可能要到节后第一个工作日了，先申请延期')."""
    clauses = CLAUSES.split(head)
    clause = lexicon.english_dates(clauses[-1])
    due = find_due(clause, sent, calendar) or resolve(clause, sent, calendar)
    if due and due.date:
        return due.date if len(clause[due.end:].strip()) <= VERB_GAP else None
    leads = len(clauses) > 1 and len(clauses[-1].strip()) <= LEAD and not words.references(clauses[-1])
    return _runs_to(clauses[-2], sent, calendar) if leads else None


def _runs_to(clause: str, sent: datetime, calendar) -> date | None:
    """The day a clause ends on after 到: '可能要到节后第一个工作日了', '得拖到9月30日了'; not '要到9月30日才发货', nor an
    extension of its own ('第1项延期到下周五，第2项再多两天')."""
    if words.EXTEND.search(clause) or words.RESCHEDULE.search(clause):
        return None
    due = find_due(clause, sent, calendar)
    if due and due.date and RUNS_TO.search(clause[:due.start]) and RUNS_TO_END.fullmatch(clause[due.end:]):
        return due.date
    return None
