"""Reply structures the blind sets replies33 and replies34 (issue #14) found missing, tried on variants they do not hold
beside the counterparts that must change nothing: work handed out or collected in full is done ('告家长书已全部发放',
'回执今天下午收齐了'); a confirm followed by an item to be carried out on its day ('第3项按6月10日执行') confirms that
item; a request that points back with 'it' at the one item the reply named ('…cannot finish item 4 by tomorrow. …
Could we move it to next Tuesday?') is about that item; a day that says which thing ('按省分公司5月初下发的新模板改') is
no day asked for. Answers typed in colour into a quoted row's own cell are in test_parsers_replies_languages.py."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 4, 29, 10, 0, tzinfo=CST)          # a Wednesday before Labour Day (May 1-5; Sat May 9 works)


def reply(text: str):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text, expected", [
    ("安全告知书已全部分发到各班，回执周一收齐了。", ("done", [], None, None)),
    ("第2项：体检通知已派发。", ("done", [2], None, None)),
    ("第4项的材料都备齐了，下午送过去。", ("done", [4], None, None)),
    # the near misses: not yet, or a plan
    ("回执还没收齐，周五前补上。", ("unknown", [], None, None)),
    ("明天发放告家长书。", ("unknown", [], None, None)),
])
def test_work_handed_out_or_collected_in_full_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("确认无异议。第2项按5月8日执行。", ("confirm", [2], None, None)),
    ("没问题，确认。第1项照常推进。", ("confirm", [1], None, None)),
    # the near miss: the day is hard to keep, so nothing is confirmed of item 2
    ("确认。第2项按5月8日完成有困难。", ("confirm", [], None, None)),
])
def test_a_confirm_then_an_item_carried_out_on_its_day_confirms_that_item(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We cannot finish item 3 by Friday. The supplier is still closed for the holiday.\nCould we push it to May 8?",
     ("extend", [3], None, "2026-05-08")),
    ("第2项周五前完不成。检测机构节假日不出报告。能否把它延到5月8日？", ("extend", [2], None, "2026-05-08")),
    # the near misses: two items named, or no pronoun pointing back
    ("Items 2 and 3 are late. The lab is closed. Could we push it to May 8?", ("extend", [], None, "2026-05-08")),
])
def test_a_request_that_points_back_with_it_is_about_the_one_item_named(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第3项申请延期，预案要按省分公司5月初下发的新模板改，5个工作日内提交。", ("extend", [3], None, "2026-05-09")),
    ("第1项申请延期，报价要按集团4月30日印发的新标准重算，延到5月8日。", ("extend", [1], None, "2026-05-08")),
])
def test_a_day_that_says_which_thing_is_no_day_asked_for(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第1项申请延期，二号库还有四十多卷没过磅，5月8日前完成。", ("extend", [1], None, "2026-05-08")),
    ("第2项申请延期，3号泵和1号罐还没检修完，延到5月8日。", ("extend", [2], None, "2026-05-08")),
    ("第1项延期到二号。", ("extend", [1], None, "2026-05-02")),        # the near miss: a day of the month
])
def test_a_numbered_store_pump_or_tank_is_no_day_of_the_month(text, expected):
    """'二号库' (warehouse No. 2), '3号泵', '1号罐' name a place or a machine, as '3号楼' does; '延期到二号' is a day."""
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("文创新品今天已经全部上架，门店和小程序同步。", ("done", [], None, None)),
    ("第3项：值班表已印发各科室。", ("done", [3], None, None)),
    ("培训通知已经挂网了。", ("done", [], None, None)),
    # the near misses: a plan, a step that only sets it going, a share
    ("新品下周一上架。", ("unknown", [], None, None)),
    ("已安排上架。", ("unknown", [], None, None)),
])
def test_work_put_on_sale_or_published_is_done(text, expected):
    """replies36 6493: '…今天已经全部上架' (put on the shelves: the work was getting the goods on sale) is done, as
    印发 (issued) and 挂网 (posted on line) are."""
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Noted with thanks. 我方确认纪要内容无误。", ("confirm", [], None, None)),
    ("确认会议纪要无异议。", ("confirm", [], None, None)),
    # the near misses: a confirm of something wrong in the minutes, a request to confirm them
    ("确认纪要里的日期有误，第2项应为5月8日。", ("unknown", [2], None, None)),
    ("请确认纪要。", ("unknown", [], None, None)),
])
def test_confirming_the_minutes_content_is_a_confirm(text, expected):
    """replies37 6793: '我方確認紀要內容無誤' (the minutes named between 确认 and 无误) confirms them."""
    assert reply(text) == expected
