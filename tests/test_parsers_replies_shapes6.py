"""Reply shapes of the replies11 misses (issue 14), each rule beside variants it was not written from and a negative:
a percent that is a clause of its own after the task ('标签样稿改了大部分，70%吧，…', 'Risk file: 60%, waiting on …'),
a thank-you that opens with thanks and adds an 'OK' / 'looks good' (a courtesy, no command), and a bare command sentence ('Confirmed.') whose items the next sentence names in passing ('… schedule (item 3) …')."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
CALENDAR = WorkdayCalendar()


def reply(text):
    found = parse_reply(text, SENT, CALENDAR)
    return found.intent, list(found.items), found.percent


@pytest.mark.parametrize("text, expected", [
    ("标签样稿改了大部分，70%吧，剩下的韩文部分下周补。", ("progress", [], 70)),
    ("Risk file excerpts: 60%, waiting on the translator's glossary.", ("progress", [], 60)),
    ("Handbuch: ca. 30%, der Rest folgt.", ("progress", [], 30)),
    ("第2项：大概40%，等供应商回复。", ("progress", [2], 40)),
    ("客户满意度：95%，比上季度高。", ("unknown", [], None)),                         # a measurement, not the work
    ("Discount: 20%, see the price list.", ("unknown", [], None)),
])
def test_a_percent_standing_as_its_own_clause_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Confirmed. We will send the MFDS schedule (item 3) before 9 Oct.", ("confirm", [3], None)),
    ("Bestätigt. Die Übersetzung (Punkt 5) schicke ich bis Freitag.", ("confirm", [5], None)),
    ("确认。CAPA分析（第2项）我这边周五前给出。", ("confirm", [2], None)),
    ("Confirmed. The translation of item 3 is still with the agency.", ("confirm", [], None)),   # not a gloss
    ("Confirmed. Item 3 is done as well.", ("done", [3], None)),                      # the next sentence has its own command
])
def test_a_bare_command_takes_the_items_the_next_sentence_names(text, expected):
    assert reply(text)[:2] == expected[:2]


@pytest.mark.parametrize("text, expected", [
    ("Thanks all, looks good. K.", ("unknown", [], None)),
    ("Thank you everyone, sounds good!", ("unknown", [], None)),
    ("谢谢各位，没问题。", ("unknown", [], None)),
    ("Thanks, item 2 looks good to me.", ("confirm", [2], None)),                   # an item named: a confirm
    ("Looks good, thanks.", ("confirm", [], None)),                                 # the OK first, as replies8 1723
    ("Confirmed, thanks all.", ("confirm", [], None)),                              # replies9 2020
])
def test_a_thank_you_with_an_ok_is_a_courtesy_not_a_confirm(text, expected):
    assert reply(text) == expected
