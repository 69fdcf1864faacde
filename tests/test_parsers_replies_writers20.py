"""Reply structures the seventeenth blind set (replies17, issue #14) found missing, each tried first on variants it does
not hold (other words, the other script, another language of the family), with the counterparts that must change
nothing (negations, plans, questions): a pointing reference with a bare verdict ('此项完成', '这项完成'); a perfective
work verb ('② 已更换', '已校准', '已下单')."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 23, 10, 0, tzinfo=CST)          # Friday


def reply(text, sent=SENT):
    found = parse_reply(new_text(text), sent, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text, expected", [
    ("第2项：样品昨天寄到客户，收货已确认，该项完成。", ("done", [2], None, None)),
    ("选型：确认采用西门子S7-1500，负载都核过了，这项完成。", ("done", [], None, None)),
    ("交期表已经和供应商对过，本项完成", ("done", [], None, None)),
    ("第1項：報價已確認，這項完成了，謝謝", ("done", [1], None, None)),
    ("这一项搞定", ("done", [], None, None)),
    ("这项还没完成", ("unknown", [], None, None)),                   # negated
    ("此项尚未完成，预计下周", ("unknown", [], None, None)),
    ("这项下周完成", ("unknown", [], None, None)),                   # a plan
    ("此项完成后再通知你", ("unknown", [], None, None)),             # a condition of time
    ("这项完成了吗？", ("unknown", [], None, None)),                 # a question
    ("此项完成率90%", ("progress", [], 90, None)),                 # a measure, not done
])
def test_a_pointing_reference_with_a_bare_verdict_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("③ 已校准，偏差在0.02mm以内。", ("done", [3], None, None)),
    ("第1项已安装完毕，试运行正常。", ("done", [1], None, None)),
    ("第4项：备件已下单", ("done", [4], None, None)),
    ("传感器已经更换了，跑了一晚上没报警", ("done", [], None, None)),
    ("第2項已更換，驗證OK", ("done", [2], None, None)),
    ("第3项夹爪已于昨天更换", ("done", [3], None, None)),
    ("第5项已调试，节拍达到12秒", ("done", [5], None, None)),
    ("② 还没更换，备件周一到", ("unknown", [2], None, None)),         # negated
    ("② 未更换", ("unknown", [2], None, None)),
    ("② 明天更换", ("unknown", [2], None, None)),                    # a plan
    ("② 已安排更换", ("unknown", [2], None, None)),                  # arranged, not done
    ("第2项已安排修改", ("unknown", [2], None, None)),
    ("第3项已开始调试", ("unknown", [3], None, None)),               # begun
    ("② 更换了吗？", ("unknown", [2], None, None)),                  # a question
    ("② 已校准50%", ("progress", [2], 50, None)),                  # a share, not the whole
])
def test_a_perfective_work_verb_is_done(text, expected):
    assert reply(text) == expected
