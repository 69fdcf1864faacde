"""Reply structures a second round of the composed grid (test_parsers_replies_grid.py) found missing, each tried on
variants the grid does not hold, with negatives: the result complement 妥 (办妥了), a hand-over to someone (已同步给客户),
完事了, 过半了, 拖到 + a date, an English intransitive past or state after its subject ('went out', 'shipped', 'is
live', 'is fine'), 'not ours', the German verb-final participle after haben ('habe ich gestern verschickt'), 'ist
raus', 'zur Hälfte fertig' and 'brauche noch zwei Tage'."""
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
