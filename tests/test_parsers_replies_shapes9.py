"""Reply structures a second round of the composed grid (test_parsers_replies_grid.py) found missing, each tried on
variants the grid does not hold, with negatives: the result complement 妥 (办妥了), a hand-over to someone (已同步给客户),
完事了, 过半了, 拖到 + a date, an English intransitive past or state after its subject ('went out', 'shipped', 'is
live', 'is fine'), 'not ours', the German verb-final participle after haben ('habe ich gestern verschickt'), 'ist
raus', 'zur Hälfte fertig' and 'brauche noch zwei Tage'; work still under way (还在改, 仍在调试), about
half (大概一半), a verb reaching a figure (推进到60%) and 'everything is sorted'."""
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
    ("合同已签妥", ("done", [], None, None)),
    ("手续办妥了", ("done", [], None, None)),
    ("手续还没办妥", ("unknown", [], None, None)),                     # negated
    ("纪要已转交给法务", ("done", [], None, None)),
    ("明天转给客户", ("unknown", [], None, None)),                     # a plan
    ("已安排给小王跟进", ("unknown", [], None, None)),                  # assigned, not handed over
    ("第4项完事了", ("done", [4], None, None)),
    ("第3项已经过半了", ("progress", [3], None, None)),
    ("第3项可能要拖到10月30日", ("extend", [3], None, date(2026, 10, 30))),
    ("拖到现在还没做", ("unknown", [], None, None)),                    # no date: no extension
])
def test_chinese_complements_hand_overs_and_moves(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The invoice went out this morning.", ("done", [], None, None)),
    ("The new site went live on Monday.", ("done", [], None, None)),
    ("The order shipped today.", ("done", [], None, None)),
    ("Our team went out for lunch.", ("unknown", [], None, None)),
    ("Action item 3 is fine.", ("confirm", [3], None, None)),
    ("The printer is fine now.", ("unknown", [], None, None)),        # a state of something else, not a verdict
    ("Item 5 is not ours, purchasing owns it.", ("object", [5], None, None)),
])
def test_english_states_after_their_subject(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Rechnung haben wir gestern bezahlt.", ("done", [], None, None)),
    ("Punkt 4 hat Herr Li schon eingereicht.", ("done", [4], None, None)),
    ("Punkt 4 habe ich noch nicht verschickt.", ("unknown", [4], None, None)),
    ("Wenn ich Punkt 2 verschickt habe, melde ich mich.", ("unknown", [2], None, None)),
    ("Punkt 3 ist raus.", ("done", [3], None, None)),
    ("Punkt 3 ist zur Hälfte erledigt.", ("progress", [3], 50, None)),
    ("Für Punkt 1 benötigen wir noch eine Woche.", ("extend", [1], None, None)),
])
def test_german_participles_halves_and_more_days(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第4项还在改，估计一半吧", ("progress", [4], 50, None)),              # still at work, about half
    ("样品还在测试", ("progress", [], None, None)),
    ("第2项仍在调试中", ("progress", [2], None, None)),
    ("我还在外地出差", ("unknown", [], None, None)),                      # the writer, not the work
    ("一半的人没来", ("unknown", [], None, None)),                         # a half of something else
    ("第3项大约一半了", ("progress", [3], 50, None)),
    ("样品测试推进到60%了", ("progress", [], 60, None)),                  # a verb reaching a figure
    ("库存清到30%", ("progress", [], 30, None)),
    ("价格降到80%", ("unknown", [], None, None)),                         # a figure that moved
    ("All is sorted now.", ("done", [], None, None)),
    ("All of us are out today.", ("unknown", [], None, None)),
])
def test_work_still_under_way_about_half_and_everything_sorted(text, expected):
    assert reply(text) == expected


def commands(text):
    return [(c.intent, list(c.items), c.percent) for c in parse_reply(text, SENT, WorkdayCalendar()).commands]


@pytest.mark.parametrize("text, expected", [
    ("第2项还在改，要再延3个工作日", [("extend", [2], None)]),             # the work under way is the reason
    ("Still working on it, need two more days.", [("extend", [], None)]),
    ("第2项还在改，第3项要再延3天", [("progress", [2], None), ("extend", [3], None)]),   # another item: both stand
    ("第2项进度50%，申请延期到10月20日", [("progress", [2], 50), ("extend", [2], None)]),  # a figure is news of its own
])
def test_work_under_way_beside_an_extension_of_the_same_items_is_its_reason(text, expected):
    assert commands(text) == expected
