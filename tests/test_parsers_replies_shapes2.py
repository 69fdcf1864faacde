"""Reply shapes of the replies7 misses (issue 14), each rule beside a variant it was not written from and a negative:
a percent alone in the sentence after the one naming the item, a result complement followed by a bracketed item
number, the item number as a sentence of its own after the verdict (a span named by task words: test_parsers_replies)."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply
from parsers.replies.words import bare_percent, item_alone

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
CALENDAR = WorkdayCalendar()


def reply(text):
    found = parse_reply(text, SENT, CALENDAR)
    return found.intent, list(found.items), found.percent


@pytest.mark.parametrize("text, expected", [
    ("3番、4名中2名の採用が決まりました。50%です。", ("progress", [3], 50)),         # replies7 1528
    ("第3项样品在路上。80%了。", ("progress", [3], 80)),
    ("Item 2 - samples arrived from 3 of 4 labs. About 75%.", ("progress", [2], 75)),
    ("2번은 가격표 초안을 만들었습니다. 50% 정도입니다.", ("progress", [2], 50)),
    ("第4項的課件講師已看過初稿。目前大約六成。", ("progress", [4], 60)),
    ("第2项的折扣方案已出。优惠20%。", ("unknown", [2], None)),                       # a discount, not progress
    ("第2项还在跟。90%的客户已回访。", ("unknown", [2], None)),                       # a share of customers
    ("Item 3 is with legal. 100%?", ("unknown", [3], None)),                         # a question
    ("Item 3 is with legal.\n\n60% of the budget is spent.", ("unknown", [3], None)),  # says more than its percent
])
def test_a_percent_alone_after_the_sentence_naming_the_item_is_its_progress(text, expected):
    assert reply(text) == expected


def test_a_bare_percent_is_the_whole_sentence():
    assert bare_percent("大概七成吧。").percent == 70 and bare_percent("Around 40% now.").percent == 40
    assert bare_percent("40% of the rooms.") is None and bare_percent("同比增长5%。") is None


@pytest.mark.parametrize("text, expected", [
    ("嘉賓名單已整理好（第1項），共128位，已放在共享盤。", ("done", [1], None)),        # replies7 1535
    ("第1项已经弄好（附件），请查收。", ("done", [1], None)),
    ("海报已经印好【第2项】", ("done", [2], None)),
    ("課件已準備好(第4項)，講師也看過了。", ("done", [4], None)),
    ("方案還沒定好(第3項)。", ("unknown", [3], None)),                                # not yet
    ("第2项报告说好（下周）再看。", ("unknown", [2], None)),                           # 说好: agreed, not done
])
def test_a_result_complement_before_a_bracket_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("超訂預案已完成，已發各前台經理。第一項。", ("done", [1], None)),                   # replies7 1547
    ("报价单已经发给客户了。第4项。", ("done", [4], None)),
    ("Training deck is done and shared with the trainers. Item 4.", ("done", [4], None)),
    ("検査報告書は完了しました。1番です。", ("done", [1], None)),
    ("已完成。\n第2项：样品下周到。", ("done", [], None)),            # a label for what follows, not the verdict's item
    ("已完成。第3项还在谈。", ("done", [], None)),                     # says more about item 3
    ("完了です。\n\n2番。", ("done", [], None)),                       # another paragraph
    ("检测报告还没完成。第1项。", ("unknown", [1], None)),              # no verdict to attach to
    ("第1项已完成。第2项。", ("done", [1], None)),                     # the verdict named its item already
])
def test_the_item_number_as_a_sentence_of_its_own_names_the_verdict_before(text, expected):
    assert reply(text) == expected


def test_an_item_alone_is_the_whole_sentence():
    assert item_alone("第一项。") == (1,) and item_alone("That's item 3.") == (3,) and item_alone("1番です。") == (1,)
    assert item_alone("第2项：") == () and item_alone("第3项还在谈。") == () and item_alone("好的。") == ()


def test_a_sentence_of_many_percents_is_read_for_progress_cues_once(monkeypatch):
    """Hostile input costs bounded time: whether a sentence speaks of an item is read once, not once per percent
    (3,000 percents in one 12,000-character sentence took 30 s when it was read per percent)."""
    from parsers.replies import percents, words
    calls = []
    real = percents.references
    monkeypatch.setattr(percents, "references", lambda text: calls.append(len(text)) or real(text))
    sentence = "we are at " + ", ".join(f"{n % 100}%" for n in range(3000))
    found = words._percents(sentence)
    assert len(calls) == 1 and len(found) == 1                   # the first, after 'at'; the rest measure nothing
    assert [m.percent for m in words._percents("第2项进度" + "，".join(f"{n % 100}%" for n in range(300)))][:3] == [0, 1, 2]
