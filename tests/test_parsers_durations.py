"""Spans asked for in extension replies: the core adds them to the current due date."""
import pytest

from parsers.dates.durations import Extension, extension


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
