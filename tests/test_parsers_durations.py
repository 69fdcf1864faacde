"""Spans asked for in extension replies, and the date they ask for: after the current due date, or today when later."""
from datetime import date

import pytest

from parsers.dates.durations import Extension, counted_from, extension
from parsers.dates.workdays import WorkdayCalendar


@pytest.mark.parametrize("text, expected", [
    ("第2项延期3天", Extension(3)), ("申请延期两个工作日", Extension(2, workdays=True)), ("推迟一周", Extension(7)),
    ("再给两周时间", Extension(14)), ("need 2 more days", Extension(2)), ("3 business days please", Extension(3, True)),
    ("one more week", Extension(7)), ("延期十天", Extension(10)),
])
def test_spans(text, expected):
    assert extension(text) == expected


@pytest.mark.parametrize("text", ["申请延期", "半天", "延期到10月20日", "need more time", "延期999天"])
def test_no_span(text):
    assert extension(text) is None


@pytest.mark.parametrize("span, due, today, expected", [
    (Extension(2), date(2025, 11, 11), date(2025, 11, 11), date(2025, 11, 13)),              # 'two more days on item 4'
    (Extension(3), date(2025, 5, 9), date(2025, 4, 24), date(2025, 5, 12)),                 # 往后推3天: from the due
    (Extension(2, workdays=True), date(2025, 4, 25), date(2025, 4, 24), date(2025, 4, 28)),  # make-up Sunday 04-27 counts
    (Extension(3, workdays=True), date(2025, 12, 31), date(2025, 12, 31), date(2026, 1, 6)),  # across New Year 2026
    (Extension(2), date(2025, 4, 1), date(2025, 4, 24), date(2025, 4, 26)),                  # due passed: from today
    (Extension(1, workdays=True), None, date(2025, 4, 30), date(2025, 5, 6)),                # no due: from today
])
def test_a_span_is_counted_from_the_due_date_or_today_when_later(span, due, today, expected):
    assert counted_from(span, due, today, WorkdayCalendar()) == expected
