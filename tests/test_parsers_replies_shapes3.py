"""Reply shapes of the replies8 misses (issue 14), each rule beside variants it was not written from and a negative:
a work verb in the perfective (已更新), a Japanese delivery verb in the polite past (発送しました), 'need N more days'
with 再 inside (需要再多两天), an extension whose item carries its name in brackets, a percent right after a result
complement (跑完了 80%)."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
CALENDAR = WorkdayCalendar()


def reply(text):
    found = parse_reply(text, SENT, CALENDAR)
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text, expected", [
    ("爬坡计划表已更新，新版放项目群文件里了，麻烦王经理看下", ("done", [], None, None)),       # replies8 1704
    ("第2项的操作手册已经修订，放在共享盘。", ("done", [2], None, None)),
    ("驗收清單已補齊。", ("done", [], None, None)),
    ("第1项的图纸修改了。", ("done", [1], None, None)),
    ("第3项长交期物料清单更新好了。", ("done", [3], None, None)),                            # replies8 1739 stays done
    ("第2项还没更新，周三前给。", ("unknown", [2], None, None)),
    ("第2项要更新吗？", ("unknown", [2], None, None)),
    ("第1项我明天修订。", ("unknown", [1], None, None)),
    ("第2项已更新进度，见表格。", ("unknown", [2], None, None)),                               # the state updated, not the work
])
def test_a_work_verb_in_the_perfective_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("#1のデモウエハー、本日DHLで発送しました（AWB 1234567890）。完了です。", ("done", [1], None, None)),  # replies8 1720
    ("2番の見積書を提出いたしました。", ("done", [2], None, None)),
    ("#3の図面、先方に共有しました。", ("done", [3], None, None)),
    ("#3の図面は明日送付します。", ("unknown", [3], None, None)),
    ("#3の図面はもう送付しましたか？", ("unknown", [3], None, None)),
])
def test_a_japanese_delivery_verb_in_the_polite_past_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text", ["Item 2 需要再多两天，slides 已经好了。", "第2项还要再多两天。", "第2項得再多兩天",
                                  "第2项可能需要再多2个工作日"])
def test_need_n_more_days_with_zai_is_an_extension(text):                                  # replies8 1722
    assert reply(text)[:2] == ("extend", [2])


def test_no_need_for_more_days_is_no_extension():
    assert reply("第2项不需要再多两天，今天就交。")[0] == "unknown"


@pytest.mark.parametrize("text, due", [
    ("can we move item 1 (ALD process window report) to 31 October?", "2026-10-31"),          # replies8 1725
    ("Could we push #1 [the SOP] back to Oct 30?", "2026-10-30"),
    ("Please shift task 1 (site survey) to 10/28.", "2026-10-28"),
    ("We need to delay item 1 (ALD report) until 29 October.", "2026-10-29"),
])
def test_an_item_named_in_brackets_may_be_moved_to_a_date(text, due):
    assert reply(text) == ("extend", [1], None, due)


@pytest.mark.parametrize("text", ["We moved item 1 (ALD report) to the shared folder.",
                                  "I moved it to the new template, item 1 is otherwise unchanged."])
def test_a_move_without_a_date_is_no_extension(text):
    assert reply(text)[0] != "extend"


@pytest.mark.parametrize("text, expected", [
    ("SECS/GEM 回归测试跑完了 80%，剩下的明天收尾。", ("progress", [], 80, None)),               # replies8 1730
    ("第3项数据录完了60%。", ("progress", [3], 60, None)),
    ("問卷收完了 45%", ("progress", [], 45, None)),
    ("样品测完了，合格率98%。", ("done", [], None, None)),                                      # a rate, not progress
])
def test_a_percent_right_after_a_result_complement_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, intent", [
    ("报价发了", "done"), ("合同已签。", "done"), ("样品寄了，单号见附件", "done"),     # a one-character verb, perfective
    ("我发了邮件催供应商", "unknown"), ("合同签了字就寄", "unknown"),                 # not ending its clause
    ("the quotation is sent", "done"), ("The deck has been uploaded.", "done"),      # the passive of a delivery verb
    ("The list is sorted by region.", "unknown"), ("the date is fixed", "unknown"),  # a state
    ("the rig is booked until the 16th", "unknown"),
    ("When the budget is updated I will tell you.", "unknown"),                      # under a condition
])
def test_a_task_named_then_a_bare_delivery_verb_is_done(text, intent):
    assert reply(text)[0] == intent
