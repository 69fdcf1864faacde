"""Reply structures the composed grid (test_parsers_replies_grid.py) found missing, each tried on variants the grid
does not hold, with negatives: a transfer verb + directional complement (发过去了), a task's name then a percent
(报价单80%吧), an A-not-A question (要不要延期？), an English subject dropped before a past verb ('Sent it over'), a finished
state ending its clause ('is sorted', 'is out'), a noun phrase moved to a date, 'Can item 2 slip?', 'fine with #2',
German modals and infinitives ('sollte … fertig sein'), weekdays and state prepositions of other languages, and
'ca.' (circa), which ends no sentence."""
from datetime import date, datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday


def reply(text):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text, expected", [
    ("合同寄出去了", ("done", [], None, None)),
    ("材料已经交上去了，等审批", ("done", [], None, None)),
    ("第3项文件傳上來了", ("done", [3], None, None)),
    ("明天发过去", ("unknown", [], None, None)),                        # a plan
    ("还没发过去", ("unknown", [], None, None)),                        # negated
    ("发过去了吗？", ("unknown", [], None, None)),                      # a question
])
def test_a_transfer_verb_with_a_directional_complement_in_the_perfective_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("样品测试差不多70%了", ("progress", [], 70, None)),
    ("装箱单目前60%", ("progress", [], 60, None)),
    ("样机大概60%吧，下周出结果", ("progress", [], 60, None)),
    ("价格涨5%", ("unknown", [], None, None)),                          # a figure that moved
    ("良率95%", ("unknown", [], None, None)),                           # a rate
    ("用户反馈95%好评", ("unknown", [], None, None)),
])
def test_a_task_name_then_a_percent_is_the_task_state(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第3项需不需要延期？", ("unknown", [3], None, None)),
    ("是否需要延期第3项？", ("unknown", [3], None, None)),
    ("第3项能否延期到10月20日？", ("extend", [3], None, date(2026, 10, 20))),   # asks permission: a request
    ("是否可以延期？", ("extend", [], None, None)),
])
def test_an_a_not_a_question_asks_an_opinion_not_an_extension(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Booked the room for Thursday.", ("done", [], None, None)),
    ("Paid the invoice yesterday.", ("done", [], None, None)),
    ("Hi all, uploaded item 4 to the portal.", ("done", [4], None, None)),
    ("Fixed price is fine with us.", ("unknown", [], None, None)),       # an adjective, no object after
    ("Our Q4 budget sheet is all sorted now.", ("done", [], None, None)),
    ("The new release is out.", ("done", [], None, None)),
    ("The list is sorted by region.", ("unknown", [], None, None)),      # a state of order, not of the work
    ("The part is out of stock.", ("unknown", [], None, None)),
    ("Item 3 is out of scope.", ("unknown", [3], None, None)),
    ("He is out today.", ("unknown", [], None, None)),
])
def test_english_done_without_a_subject_or_as_a_finished_state(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Could we move our Q4 budget sheet to Oct 30?", ("extend", [], None, date(2026, 10, 30))),
    ("We moved the meeting room to floor 3.", ("unknown", [], None, None)),   # no date: no extension
    ("Could task 3 slip a few days?", ("extend", [3], None, None)),
    ("May item 4 slip to next week?", ("extend", [4], None, None)),
    ("Fine with items 1 and 3.", ("confirm", [1, 3], None, None)),
    ("Could we push action item 4 to Oct 30?", ("extend", [4], None, date(2026, 10, 30))),
    ("Fine with action item 1.", ("confirm", [1], None, None)),
])
def test_english_moves_and_acknowledgements_of_a_named_thing(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We object to action item 3: the budget is not approved.", ("object", [3], None, None)),
    ("I disagree with the action item no. 4, the supplier owns it.", ("object", [4], None, None)),
    ("我不同意第3项，原因是第4项还没开始", ("object", [3], None, None)),     # the reason names another item
])
def test_an_objection_names_the_item_that_starts_right_after_it(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Punkt 3 muss noch erledigt werden.", ("unknown", [3], None, None)),
    ("Punkt 3 dürfte morgen fertig sein.", ("unknown", [3], None, None)),
    ("Punkt 3 ist fertig.", ("done", [3], None, None)),
    ("Punkt 1 bitte auf Donnerstag verschieben.", ("extend", [1], None, date(2026, 10, 15))),
    ("Peut-on reporter le point 2 à vendredi ?", ("extend", [2], None, date(2026, 10, 16))),
    ("Punkt 4 ist ca. bei 60%.", ("progress", [4], 60, None)),
    ("Der Bericht ist zu 70% fertig.", ("progress", [], 70, None)),
])
def test_other_languages_modals_weekdays_and_state_prepositions(text, expected):
    assert reply(text) == expected
