"""Reply shapes of the replies10 misses (issue 14), each rule beside variants it was not written from and a negative:
a share of the work that is ready beside a thing booked for a day ('… booked for 30 Oct, about 60% of the checklist is
ready'), 计划 as a noun before 已 ('付款计划已更新完毕'), a work verb in the perfective before a percent ('更新了80%'),
'N% there', a confirm and a done of the same item ('ist bestätigt. Erledigt.'), and a span that is a deadline from
now ('3个工作日内交', 'within 2 business days') against a shift of the due date ('顺延3个工作日'), and 'push item 5
back' as a request to extend (not 'pushed back on the price')."""
from datetime import date, datetime, timedelta, timezone

import pytest

from parsers.dates.durations import Extension, counted_from, extension
from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
CALENDAR = WorkdayCalendar()


def reply(text):
    found = parse_reply(text, SENT, CALENDAR)
    return found.intent, list(found.items), found.percent


@pytest.mark.parametrize("text, expected", [
    ("Item 2 - the venue is booked for 20 Oct, about 40% of the invitations are ready.", ("progress", [2], 40)),
    ("#4: courier booked for Friday, 30% of the cartons are packed and 30% of the labels are done.", ("progress", [4], 30)),
    ("Item 1 is uploaded; 90% of the reviewers approved it.", ("done", [1], None)),       # a measurement
    ("the rig is booked until the 16th", ("unknown", [], None)),                       # 976c31c's state stays
])
def test_a_share_of_the_work_ready_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第3项排产计划已修订完毕。", ("done", [3], None)),
    ("預算計劃已更新了。", ("done", [], None)),
    ("第1项计划周五完成。", ("unknown", [1], None)),                                   # a plan
    ("第2项计划提交。", ("unknown", [2], None)),
])
def test_jihua_before_yi_is_a_noun(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("物料清单录入了70%，其余周三前补齐。", ("progress", [], 70)),
    ("第2項報價單修訂了大概50%。", ("progress", [2], 50)),
    ("The report is 60% there.", ("progress", [], 60)),
    ("第1项已完成，良率提升了3%。", ("done", [1], None)),                               # a measurement
])
def test_a_percent_after_a_work_verb_or_before_there_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Punkt 2: Termin mit dem Lieferanten ist bestätigt. Erledigt.", ("done", [2], None)),
    ("第4项：场地已确认，这项已完成。", ("done", [4], None)),
    ("Item 3 confirmed, item 5 done.", ("confirm", [3], None)),                         # different items
])
def test_a_confirm_and_a_done_of_the_same_item_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("3个工作日内交", Extension(3, workdays=True, within=True)), ("两周之内给", Extension(14, within=True)),
    ("within 2 business days", Extension(2, workdays=True, within=True)), ("in the next 5 days", Extension(5, within=True)),
    ("申请顺延3个工作日", Extension(3, workdays=True)), ("2 more days", Extension(2)),
])
def test_a_span_within_is_a_deadline_from_now(text, expected):
    assert extension(text) == expected


def test_a_deadline_from_now_counts_from_today_not_the_due_date():
    today, due = date(2025, 12, 30), date(2025, 12, 31)       # New Year 2026 off 01-01..01-03, Sun 01-04 worked
    assert counted_from(extension("3个工作日内交"), due, today, CALENDAR) == date(2026, 1, 5)
    assert counted_from(extension("顺延3个工作日"), due, today, CALENDAR) == date(2026, 1, 6)


@pytest.mark.parametrize("text, expected", [
    ("We have to push item 3 back, the lab is full.", ("extend", [3], None)),
    ("Push #2 back a few days please.", ("extend", [2], None)),
    ("I pushed back on the supplier's price, item 5 is done.", ("done", [5], None)),    # 'push back on': argue
    ("We pushed it back at the vendor; they will re-quote.", ("unknown", [], None)),
])
def test_push_an_item_back_is_a_request_to_extend(text, expected):
    assert reply(text) == expected
