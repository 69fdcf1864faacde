"""Reply shapes of the replies12 misses (issue 14), each rule beside variants it was not written from and negatives:
any verb in the perfective before a percent says where the work stands ('退款工单清了98%'), unless the verb moves a
figure ('涨了5%', '省了20%')."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday


def reply(text):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent


@pytest.mark.parametrize("text, expected", [
    ("退款工单清了98%，还剩3单客户一直没回电话", ("progress", [], 98)),
    ("报关单录了60%，剩下的明天补", ("progress", [], 60)),
    ("旧库存卖了约40%，剩下的下周清", ("progress", [], 40)),
    ("第2項樣書校了85%。", ("progress", [2], 85)),
    ("价格涨了5%，我们再看看", ("unknown", [], None)),                                  # a figure that moved
    ("这次省了20%的运费", ("unknown", [], None)),
    ("退货率高了3%", ("unknown", [], None)),
])
def test_any_verb_in_the_perfective_before_a_percent_is_progress(text, expected):
    assert reply(text) == expected
