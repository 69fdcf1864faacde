"""Reply structures the blind set replies25 (issue #14) found missing, each tried on variants it does not hold beside
the counterparts that must change nothing: any work reported in the perfective ('已经走完审批了', '已经送到检测所了')
or handed on where it goes ('已寄客户') is done, whatever its verb; a confirmation someone else still has to give
('还在等客户确认') is no confirm; a share of the work ('完成一半吧50%') beside a part done is progress; an English item
reference then a past participle ('#4 resent', 'Item 2: shipped') is done; an approval with the signed file attached is
the work done; '节后第10个工作日' counts ten working days; a clock ('8:40已发…') is no item number."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2025, 9, 24, 10, 0, tzinfo=CST)          # Wednesday, a week before National Day


def reply(text: str):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text", [
    "第2项 合同已经走完法务流程了",
    "样件昨天已经拉到检测所了",
    "模具已经运回厂里了",
    "第3项：样品已寄客户，单号SF1234567890",
])
def test_work_reported_in_the_perfective_is_done_whatever_its_verb(text):
    assert reply(text)[0] == "done"


@pytest.mark.parametrize("text, expected", [
    ("第2项已经收到了，谢谢", "confirm"),
    ("第3项已经安排了，周五前弄好", "unknown"),
    ("第3项已经过期了，怎么办？", "unknown"),
    ("第1项已经做了50%了", "progress"),
])
def test_receiving_planning_or_being_late_in_the_perfective_is_not_done(text, expected):
    assert reply(text)[0] != "done"


def test_a_confirmation_someone_else_still_has_to_give_is_no_confirm():
    assert reply("第4项：外箱唛头还在等客户确认，目前大概70%吧") == ("progress", [4], 70, None)
    assert reply("第4项：外箱唛头待甲方确认后再下单") == ("unknown", [4], None, None)


def test_a_share_said_beside_a_part_done_is_progress():
    assert reply("第2项 巴西的报价已经发了，墨西哥的还在算，算完成一半吧，50%") == ("progress", [2], 50, None)


@pytest.mark.parametrize("text, expected", [
    ("#2 re-sent with the corrected invoice", ("done", [2])),
    ("Item 3: shipped yesterday via DHL", ("done", [3])),
    ("#3 will be sent tomorrow", ("unknown", [3])),
])
def test_an_item_reference_then_a_past_participle_is_done(text, expected):
    assert reply(text)[:2] == expected


def test_an_approval_with_the_signed_file_attached_is_the_work_done():
    assert reply("Item 5 - drawings approved, signed PDF attached.")[:2] == ("done", [5])
    assert reply("Item 5 approved.")[:2] == ("confirm", [5])


def test_the_nth_working_day_after_a_holiday_counts_that_many():
    assert reply("第5项需要延期至节后第10个工作日") == ("extend", [5], None, "2025-10-21")
    assert reply("第5项延期至国庆后第十二个工作日") == ("extend", [5], None, "2025-10-23")


def test_a_clock_before_a_report_is_no_item_number():
    assert reply("第1项已完成，报告今早8:40已发客户。")[:2] == ("done", [1])


def test_the_day_asked_comes_after_the_reason_between():
    """'第5项需要延期，越南那边日志昨天才传全，节后第一个工作日给结论': the reason clause (才) sits between the word and the day
    asked; a reason alone gives no day ('因为客户10月9日才回复，我们再跟进')."""
    sent = datetime(2026, 9, 29, 9, 5, tzinfo=CST)       # between Mid-Autumn and National Day
    found = parse_reply("第5项需要延期，越南那边日志昨天才传全，节后第一个工作日给结论。", sent, WorkdayCalendar())
    assert (found.intent, found.items, found.new_due_date.isoformat()) == ("extend", (5,), "2026-10-08")
    found = parse_reply("第5项需要延期，因为客户10月9日才回复，我们再跟进。", sent, WorkdayCalendar())
    assert (found.intent, found.new_due_date) == ("extend", None)


def test_an_attachment_handed_over_with_a_request_to_act_is_no_done():
    """'附件是我们公司新的开票信息，麻烦转财务更新一下': the file asks the reader to act; '第3项的报告见附件，请查收' hands
    the work over."""
    assert reply("谢谢吴经理把纪要发出来。附件是我们公司新的开票信息，麻烦转财务更新一下。")[0] == "unknown"
    assert reply("第3项的报告见附件，请查收。")[:2] == ("done", [3])


def test_a_place_closed_for_a_while_is_a_state_not_the_item_closed():
    """"the showroom is closed for inventory this week … Can we move it to March 19?": 'closed for …' says how a place
    is, so the request to move the item is the command; 'Item 2 closed.' still closes it."""
    sent = datetime(2026, 3, 11, 23, 12, tzinfo=CST)
    found = parse_reply("Regarding item 4 - the buyer's showroom is closed for inventory this week, so I can't take "
                        "the photos before Thursday. Can we move it to March 19 please?", sent, WorkdayCalendar())
    assert (found.intent, found.items, found.new_due_date.isoformat()) == ("extend", (4,), "2026-03-19")
    assert reply("Item 2 closed.")[:2] == ("done", [2])


@pytest.mark.parametrize("text, expected", [
    ("第2项展车10台已装柜出运，提单号 NGB26101988。", ("done", [2])),
    ("第3项明天装柜出运", ("unknown", [3])),
    ("The samples for item 1 were picked up by DHL this morning, AWB 7789 3345 1021.", ("done", [1])),
    ("For item 4 we still need HQ approval – could we do next Tuesday instead?", ("extend", [4])),
    ("Could we do a quick call on item 2?", ("unknown", [2])),
])
def test_goods_shipped_or_collected_are_done_and_could_we_do_a_day_asks_to_move_it(text, expected):
    assert reply(text)[:2] == expected
