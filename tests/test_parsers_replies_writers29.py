"""Reply structures the blind set replies29 (issue #14) found missing, tried on variants it does not hold beside the
counterparts that must change nothing: a confirmation that names no item, followed by a sentence that names items as
kept on time ('確認無異議。第1項割接方案會如期於4/30前提供'), confirms those items."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 6, 10, 10, 0, tzinfo=CST)          # a Wednesday


def reply(text: str):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text, expected", [
    ("没问题，确认。第2项样机会按计划在6月20日前寄出。", ("confirm", [2], None, None)),
    ("收到，無異議。第3項報價會準時提供。", ("confirm", [3], None, None)),
    ("确认无误。第1、4项都会如期完成。", ("confirm", [1, 4], None, None)),
    # the near misses: no on-time words, or a done before them, name nothing for the confirm
    ("确认。第2项我下周再看看。", ("confirm", [], None, None)),
    ("已完成。第1项会如期提交。", ("done", [], None, None)),
])
def test_a_confirmation_then_items_named_as_kept_on_time_confirms_those_items(text, expected):
    assert reply(text) == expected
