"""Issue #12, second round: readings of structure that heldout3 showed missing, each tested on variants written
here and not taken from the held-out mails (units ending in 队, ...).
"""
from datetime import datetime

import pytest

from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.meeting.followup import next_followup
from minutes_reading import MinutesReader, KNOWN, ROSTER, SHANGHAI, WED

MINUTES = MinutesReader()
read, owners = MINUTES.read, MINUTES.owners


def test_a_unit_ending_in_dui_before_a_name_is_a_unit_not_part_of_the_name():
    text = """
    会议分工如下：
    1. 消防中队何斌：3月14日前完成消防通道排查。
    2. 运输车队马骁：下周一前提交车辆检修计划。
    3. 交警大队秦海燕负责路口疏导方案，3月20日前报送。
    """
    assert owners(text) == [("何斌", "完成消防通道排查", "2025-03-14"),
                            ("马骁", "提交车辆检修计划", "2025-03-17"),
                            ("秦海燕", "路口疏导方案，报送", "2025-03-20")]


def test_a_person_with_nothing_to_do_gets_no_item():
    english = """
    Actions by owner:

    Nora
      - Update the onboarding flow mock-ups by Friday
    Theo
      - No new actions for now
    Marco
      - N/A
    """
    assert owners(english) == [("Nora Lind", "Update the onboarding flow mock-ups", "2025-03-14")]
    chinese = """
    会后分工：
    1. 秦海燕：3月14日前完成来料抽检报告
    2. 何斌：本周暂无
    3. 马骁：无新增事项
    """
    assert owners(chinese) == [("秦海燕", "完成来料抽检报告", "2025-03-14")]


def test_a_task_that_only_starts_with_none_is_still_a_task():
    text = """
    Action items:
    - Theo: None of the old API keys may stay active; rotate them by Friday
    """
    assert [owner for owner, _, _ in owners(text)] == ["Theo Brandt"]


def next_meeting(text: str):
    return next_followup(list(read(text).followups), Context(WED, WorkdayCalendar(), ROSTER, KNOWN))


@pytest.mark.parametrize("label,start", [("下月例会：4月9日（周三）14:30，2楼会议室", datetime(2025, 4, 9, 14, 30)),
                                         ("清明节后第一次周会：4月7日 9:30", datetime(2025, 4, 7, 9, 30)),
                                         ("下季度评审会：7月2日上午10点", datetime(2025, 7, 2, 10, 0))])
def test_a_label_naming_a_later_meeting_gives_the_next_meeting(label, start):
    text = f"待办：\n1. 何斌：3月14日前提交报价\n\n{label}\n\n马骁"
    assert next_meeting(text).start == start.replace(tzinfo=SHANGHAI)
    assert [owner for owner, _, _ in owners(text)] == ["何斌"]


def test_this_meeting_called_the_first_after_a_holiday_is_no_next_meeting():
    text = "春节后第一次部门例会，分工如下：\n1. 何斌：3月14日前提交报价\n下次例会：3月19日（周三）10:00"
    assert next_meeting(text).start == datetime(2025, 3, 19, 10, 0, tzinfo=SHANGHAI)


def test_a_name_nobody_knows_with_its_company_in_brackets_before_a_dash_is_the_owner():
    text = """
    Next steps:
    - Theo Brandt (Northwind) - send the signed NDA, due Mar 14
    - Helga Sommer (Nordwind GmbH) - share the API sandbox keys, due Mar 17
    - Tom Reyes (Acme IT) – whitelist our IP range by Friday
    - Pricing page (v2) - ship the new layout by Friday
    """
    assert owners(text) == [("Theo Brandt", "send the signed NDA", "2025-03-14"),
                            ("Helga Sommer", "share the API sandbox keys", "2025-03-17"),
                            ("Tom Reyes", "whitelist our IP range", "2025-03-14"),
                            (None, "Pricing page (v2) - ship the new layout", "2025-03-14")]


@pytest.mark.parametrize("below,start", [("4月2日（周三）\n14:30，3楼会议室", datetime(2025, 4, 2, 14, 30)),
                                         ("3月18日（周二）\n下午3点，腾讯会议", datetime(2025, 3, 18, 15, 0)),
                                         ("Tue Mar 18\n3pm, Zoom", datetime(2025, 3, 18, 15, 0)),
                                         ("3月19日 10:00\n15点前请提交材料", datetime(2025, 3, 19, 10, 0)),
                                         ("3月19日（周三）\n请各位提前准备材料", datetime(2025, 3, 19, 9, 0))])
def test_a_next_meeting_heading_with_the_day_and_its_time_on_two_lines_below(below, start):
    text = f"待办：\n1. 何斌：3月14日前提交报价\n\n三、下次会议\n{below}\n\n马骁"
    assert next_meeting(text).start == start.replace(tzinfo=SHANGHAI)


def test_a_person_heading_with_a_role_in_brackets_or_before_the_name_owns_the_list_below():
    text = """
    二、分工
    何斌（工程部副经理）
    1. 提交产线改造方案，3月20日前。
    质检专员秦海燕
    1. 完成来料抽检报告，3月14日前。
    【马骁（客服组长）】
    1. 整理客户投诉清单，下周一前。
    注意事项（重要）
    1. 周五前清理仓库通道。
    """
    assert owners(text)[:3] == [("何斌", "提交产线改造方案", "2025-03-20"), ("秦海燕", "完成来料抽检报告", "2025-03-14"),
                                ("马骁", "整理客户投诉清单", "2025-03-17")]
    assert owners(text)[3][0] is None


def test_owner_and_due_lines_under_a_title_keep_a_due_with_its_clock_time_or_year():
    text = """
    Items

    1. Freeze the release branch
    Owner: Theo Brandt
    Due: Mar 14, 12:00

    2. Archive the old dashboards
    Owner: Nora Lind
    Due: Mar 18, 2025

    3. Book the venue
    Owner: Theo
    Due: Mar 20, 3 pm
    """
    got = read(text).items
    assert [(i.owner.name, i.task, str(i.due_date), str(i.due_time)) for i in got] == [
        ("Theo Brandt", "Freeze the release branch", "2025-03-14", "12:00:00"),
        ("Nora Lind", "Archive the old dashboards", "2025-03-18", "None"),
        ("Theo Brandt", "Book the venue", "2025-03-20", "15:00:00")]


def test_an_also_line_after_the_list_that_names_a_person_with_a_role_is_an_item():
    text = """
    Action items:
    1. Nora: update the mock-ups by Friday

    Also: QA lead Theo - rerun the smoke tests by Mar 17.
    Plus, Nora Lind - send the survey link by Mar 19.
    Also: the vendor confirmed the new price.
    """
    assert owners(text) == [("Nora Lind", "update the mock-ups", "2025-03-14"),
                            ("Theo Brandt", "rerun the smoke tests", "2025-03-17"),
                            ("Nora Lind", "send the survey link", "2025-03-19")]


def test_a_unit_then_a_name_with_its_role_after_it_gives_the_named_person():
    text = """
    会议议定事项如下：
    （一）关于来料检验。质量部秦海燕科长负责修订来料检验规程。完成时限：3月21日前。
    （二）关于产线改造。工程部何斌工程师负责，3月20日前提交产线改造方案。
    （三）关于物流外包。物流集团马骁负责比选三家承运商报价，3月19日前报分管领导。
    """
    got = owners(text)
    assert [(owner, due) for owner, _, due in got] == [("秦海燕", "2025-03-21"), ("何斌", "2025-03-20"),
                                                       ("马骁", "2025-03-19")]
    assert got[0][1] == "修订来料检验规程"


def test_a_unit_and_a_role_without_a_name_is_still_the_unit_only():
    text = "待办：\n1. 质量部科长负责修订来料检验规程，3月21日前。"
    item, = read(text).items
    assert item.owner.name is None and item.owner.department == "质量部" and item.flags == ("no_owner",)


def test_what_the_meeting_heard_or_reviewed_from_a_unit_is_a_report_not_an_item():
    text = """
    待办事项：
    1. 会议听取了质量部关于来料检验情况的汇报，原则同意整改思路。
    2. 会上审议了工程部提交的产线改造方案。
    3. 本次会议研究了物流外包比选结果。
    4. 质量部3月21日前修订来料检验规程。
    """
    got = read(text).items
    assert [(i.owner.department, i.task, str(i.due_date)) for i in got] == [("质量部", "修订来料检验规程", "2025-03-21")]


def test_a_medical_role_before_a_name_or_a_surname_with_title_in_an_owner_cell():
    text = "任务分工：\n序号\t事项\t负责人\t完成时限\n1\t补充急救药品\t厂医秦海燕\t3月14日前\n" \
           "2\t组织队员体检\t队医马老师\t3月20日前\n3\t更新过敏药物清单\t药师何斌\t3月21日前\n"
    assert [owner for owner, _, _ in owners(text)] == ["秦海燕", "马骁", "何斌"]


@pytest.mark.parametrize("lines,start", [
    (["一、运动会定于3月20日上午进行，全体员工参加。", "请大家预留下周三下午，再碰一次。"], datetime(2025, 3, 19, 14, 0)),
    (["一、验收定于3月21日进行。", "评审会定于3月18日上午10点进行。"], datetime(2025, 3, 18, 10, 0)),
])
def test_an_event_fixed_for_a_day_is_no_meeting_but_a_meeting_fixed_for_a_day_is(lines, start):
    text = "\n".join([*lines, "待办：", "1. 何斌：3月14日前提交报价"])
    assert next_meeting(text).start == start.replace(tzinfo=SHANGHAI)


@pytest.mark.parametrize("opening,closing,start", [
    ("17:30在值班室召开紧急协调会，纪要如下：", "明天上午10点开复盘会。", datetime(2025, 3, 13, 10, 0)),
    ("今晚20:00召开线上评审会，会议要点如下：", "下周一上午10点继续讨论。", datetime(2025, 3, 17, 10, 0)),
])
def test_the_sentence_that_introduces_these_minutes_is_this_meeting_not_the_next(opening, closing, start):
    text = f"{opening}\n1. 何斌：3月14日前提交报价\n{closing}"
    assert next_meeting(text).start == start.replace(tzinfo=SHANGHAI)


def test_an_outside_person_written_after_their_company_in_a_list_of_named_items():
    text = """
    待办事项：
    1. 秦海燕：3月14日前完成来料抽检报告。
    2. 华锐科技陈立新：3月17日前提供样机。
    3. 何斌：3月20日前提交产线改造方案。
    4. 星河物流周建：3月19日前确认发货批次。
    5. 资金使用计划：3月21日前报财务审核。
    """
    assert owners(text) == [("秦海燕", "完成来料抽检报告", "2025-03-14"), ("陈立新", "提供样机", "2025-03-17"),
                            ("何斌", "提交产线改造方案", "2025-03-20"), ("周建", "确认发货批次", "2025-03-19"),
                            (None, "资金使用计划：报财务审核", "2025-03-21")]


def test_without_named_items_around_it_a_company_and_name_label_is_left_as_written():
    text = "待办事项：\n1. 华锐科技陈立新：3月17日前提供样机。\n2. 质量部：3月21日前修订规程。"
    assert [owner for owner, _, _ in owners(text)] == [None, None]
