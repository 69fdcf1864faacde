"""Issue #12, session 18: readings heldout49's eight unread misses asked for, each tested on a variant written here
beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "符志坚,fuzj@ex.cn,生产部,,符工;Fu\n简志华,jianzh@ex.cn,采购部,,Jian\n柏雨桐,baiyt@ex.cn,编辑部,,雨桐\n"
    "甘佳怡,ganjy@ex.cn,美术设计部,,Gan\n")
MINUTES = MinutesReader(ROSTER, (Address("柏雨桐", "baiyt@ex.cn"),))
FRI = datetime(2026, 5, 8, 18, 0, tzinfo=SHANGHAI)          # Friday 2026-05-08


def items(text: str, sent: datetime = FRI) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_a_clause_handing_a_person_the_work_drops_what_was_settled_before_it():
    """'报价已确认为12万元，由简志华…走完合同审批流程': the settled clause is no part of the task; a problem that gives the
    work its object stays ('客户反馈发票抬头有误，请简志华…重新开具')."""
    got = items("""
    会议议定事项：
    一、报价已确认为12万元，由简志华于下周一前走完合同审批流程。
    二、客户反馈发票抬头有误，请简志华5月12日前重新开具。
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("简志华", "走完合同审批流程", "2026-05-11"), ("简志华", "客户反馈发票抬头有误，重新开具", "2026-05-12")]


def test_an_object_written_before_the_ask_is_the_tasks_object():
    """'校对意见请甘佳怡…反馈' -> '反馈校对意见'; '排班表由符志坚…发出' -> '发出排班表', the sentences before them left out;
    '以上由符志坚负责' and '（局内由符志坚具体负责）' front no object."""
    got = items("""
    会议议定事项：
    一、样书已印出，校对意见请甘佳怡于5月13日前反馈。
    二、六月排班实行双人制，排班表由符志坚于明天中午12点前发出。
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("甘佳怡", "反馈校对意见", "2026-05-13"), ("符志坚", "发出排班表", "2026-05-09")]
    above = items("""
    会议议定事项：
    一、模具图纸补全，试模报告补齐。以上由符志坚负责，完成时限：5月15日前。
    二、县局牵头制定出口订单排产方案，5月20日前报集团。（局内由符志坚具体负责）
    """)
    assert [owner for owner, *_ in above] == ["符志坚", "符志坚"]
    assert above[0][1].startswith("模具图纸补全，试模报告补齐") and above[1][1] == "制定出口订单排产方案，报集团"


def test_a_unit_that_helps_leaves_the_work_to_the_person_asked():
    """'编辑部配合做好书展筹备，请甘佳怡…提交…' is hers; '编辑部负责书展筹备，甘佳怡配合' is not (she helps)."""
    got = items("""
    会议议定事项：
    一、编辑部配合做好书展筹备，请甘佳怡5月底前提交展位设计初稿。
    二、编辑部负责书展筹备，5月底前完成，甘佳怡配合。
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("甘佳怡", "提交展位设计初稿", "2026-05-31"), (None, "书展筹备", "2026-05-31")]


def test_a_day_only_implied_gives_way_to_time_to_be_set():
    """'节后由…牵头，组织供应商再对一次账，时间待定' is vague (no day is set); '节后第一个工作日由符工牵头对账' and
    '节后尽快对账' keep the day after the holiday."""
    got = items("""
    会议议定事项：
    一、节后由生产部符工牵头，组织供应商再对一次账，时间待定。
    二、节后第一个工作日由符工牵头对账。
    """)
    assert got == [("符志坚", "组织供应商再对一次账", None, ("vague_due",)), ("符志坚", "对账", "2026-06-22", ())]


def test_a_day_in_a_condition_is_no_deadline():
    """'若样品晚于5月20日到货，启动备选供应商询价' sets no day; '不晚于5月20日' does."""
    got = items("""
    序号\t事项\t负责人\t完成时间
    1\t若样品晚于5月20日到货，启动备选供应商询价\t简志华\t
    2\t不晚于5月20日提交供应商名单\t简志华\t
    """)
    assert [(task, due, flags) for _, task, due, flags in got] == [
        ("若样品晚于5月20日到货，启动备选供应商询价", None, ("no_due",)), ("提交供应商名单", "2026-05-20", ())]


def test_a_chapter_of_the_recording_is_no_action_section_whatever_its_title():
    """In AI minutes, '02 六月排产计划（00:18-00:35）' is a chapter (计划 in its title): what is said there is no item."""
    got = items("""
    【腾讯会议】智能纪要
    分段纪要
    01 设备检修（00:02-00:18）
    符志坚介绍2号线已检修完毕，简志华要求本周五前补交验收记录。
    02 六月排产计划（00:18-00:35）
    符志坚表示六月各周排产计划周五前可以给到。
    待办
    1. 符志坚：5月15日前提供六月各周排产计划
    """)
    assert [(owner, task) for owner, task, _, _ in got] == [("符志坚", "提供六月各周排产计划")]


def test_what_is_forbidden_until_the_work_is_done_does_not_make_it_a_rule():
    """'设备组今晚完成传感器更换，更换好之前不得开机' is work for tonight; '严禁在通道堆放物料' and '当天填写，不得补记'
    are rules."""
    got = items("""
    二、整改要求
    1. 2号线立即停机，设备组今晚完成传感器更换，更换好之前不得开机。
    2. 各车间严禁在通道堆放物料。
    3. 巡检记录要当天填写，不得补记。
    """)
    assert got == [(None, "2号线立即停机，设备组完成传感器更换", "2026-05-08", ("no_owner",))]


def test_a_duty_for_whenever_it_happens_is_no_task():
    """'信息报送由办公室负责，遇有险情及时报告' is standing; '发现问题及时整改，5月15日前由符志坚完成复查' is his."""
    got = items("""
    会议要求：
    一是加强信息报送。信息报送由办公室负责，遇有险情及时报告。
    二是抓好隐患整改。发现问题及时整改，5月15日前由符志坚完成复查。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("符志坚", "2026-05-15")]


def test_a_time_limit_held_for_good_makes_a_units_entry_a_rule():
    """'责任单位：各科室；完成时限：长期坚持' asks for no task; a dated entry under the same labels does."""
    got = items("""
    （一）巡查记录按月上传。责任单位：各科室；完成时限：长期坚持。
    （二）消防器材更换。责任单位：生产部（符志坚）；完成时限：5月20日前。
    """)
    assert got == [("符志坚", "消防器材更换", "2026-05-20", ())]


def test_where_the_writer_marks_each_action_the_other_lines_are_notes():
    """With two 'Action:' lines, 'Fu confirmed …' and 'Line 2 stops from May 11 … (approved by Bai)' are notes;
    'Gan to send …' hands her the work without the mark and stays."""
    got = items("""
    Minutes of the line meeting (May 8).

    1. Mould change
    - Fu confirmed the new mould has passed the trial run.
    - Action: Fu to book the mould supplier for the second trial by Wednesday.

    2. Packaging
    - Line 2 stops from May 11; line 1 runs May 12-13 for the export order (overtime approved by Bai).
    - Action: Jian - order 2,000 cartons before 5/15.
    - Gan to send the carton artwork by Friday.
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("符志坚", "2026-05-13"), ("简志华", "2026-05-15"), ("甘佳怡", "2026-05-08")]


def test_a_person_who_confirmed_or_noted_something_reports_it():
    """'Jian confirmed the supplier has shipped the parts' reports; 'Jian confirmed he will send …' promises work."""
    got = items("""
    Notes of the line meeting (May 8).
    - Jian confirmed the supplier has shipped the parts.
    - Gan noted the carton artwork is with the printer.
    - Fu confirmed he will send the trial report by Tuesday.
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("符志坚", "2026-05-12")]
