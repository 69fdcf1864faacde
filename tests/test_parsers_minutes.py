"""Minutes as text -> items: one line of each shape people write, read under an action heading.

The roster is another company's (tests/data/minutes/roster.csv) so nothing here leans on the dev corpus.
"""
from datetime import datetime
from pathlib import Path
from textwrap import dedent
from zoneinfo import ZoneInfo

import pytest

from parsers.context import Context
from parsers.mail.addresses import Address
from parsers.minutes.reader import read_minutes
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar

ROSTER = Roster.from_csv_text((Path(__file__).parent / "data" / "minutes" / "roster.csv").read_text(encoding="utf-8"))
KNOWN = (Address("Simon Chen", "chensy@qinghe.example.com"), Address("马超", "machao@qinghe.example.com"),
         Address("张华", "zhanghua@yuanhang.example.com"), Address("Carol White", "carol@partner.example.com"))
MON = datetime(2024, 11, 4, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))      # Monday 2024-11-04 10:00


def read(text: str, sent: datetime = MON, tables=()):
    return read_minutes(dedent(text).strip("\n"), Context(sent, WorkdayCalendar(), ROSTER, KNOWN), tables)


def summary(item):
    """(owner name, owner email, task, due date, due time, flags)."""
    owner = item.owner
    return (owner.name if owner else None, owner.email if owner else None, item.task,
            item.due_date.isoformat() if item.due_date else None,
            item.due_time.strftime("%H:%M") if item.due_time else None, list(item.flags))


Q = "@qinghe.example.com"
LINES = [
    ("1. 刘晓峰：11月8日前完成支付模块联调",
     ("刘晓峰", "liuxf" + Q, "完成支付模块联调", "2024-11-08", None, [])),
    ("2、刘工：明天下午3点前提交压测报告",
     ("刘晓峰", "liuxf" + Q, "提交压测报告", "2024-11-05", "15:00", [])),
    ("（3）梳理入职流程；负责人：孙经理；完成时间：11月12日",
     ("孙丽", "sunli" + Q, "梳理入职流程", "2024-11-12", None, [])),
    ("④ 研发中心赵强本周五前修复登录Bug",
     ("赵强", "zhaoqiang" + Q, "修复登录Bug", "2024-11-08", None, [])),
    ("- 产品部：整理需求池，尽快",
     (None, None, "整理需求池", None, None, ["no_owner", "vague_due"])),
    ("- 法务部：审阅合同模板",
     (None, None, "审阅合同模板", None, None, ["no_due", "no_owner"])),
    ("5. 双方：11月中旬完成联调验收",
     (None, None, "完成联调验收", None, None, ["no_owner", "vague_due"])),
    ("6. 由研发中心刘晓峰负责审批系统对接，11月22日前完成",
     ("刘晓峰", "liuxf" + Q, "审批系统对接", "2024-11-22", None, [])),
    ("7. 更新官网新闻稿（大伟，11月6日）",
     ("王大伟", "wangdw" + Q, "更新官网新闻稿", "2024-11-06", None, [])),
    ("8. 【欧阳】审核NDA，下周一前",
     ("欧阳雪", "ouyangxue" + Q, "审核NDA", "2024-11-11", None, [])),
    ("9. 马经理：输出需求文档V2，待定",
     ("马超", "machao" + Q, "输出需求文档V2", None, None, ["vague_due"])),
    ("10. 张华：下周三前提供设备日志",
     ("张华", "zhanghua@yuanhang.example.com", "提供设备日志", "2024-11-13", None, [])),
    ("11. 王建国：2个工作日内确认报价",                          # outside the roster and the mail: name kept
     ("王建国", None, "确认报价", "2024-11-06", None, [])),
    ("- Leo to renew the SSL certificates by Friday.",
     ("刘晓峰", "liuxf" + Q, "renew the SSL certificates", "2024-11-08", None, [])),
    ("- @Rain please update the onboarding checklist by Nov 15",
     ("周雨", "zhouyu" + Q, "update the onboarding checklist", "2024-11-15", None, [])),
    ("- AI: Carol to draft the joint FAQ (due 11/20)",
     ("Carol White", "carol@partner.example.com", "draft the joint FAQ", "2024-11-20", None, [])),
    ("- Owner TBD: evaluate a load-testing tool, target ASAP",
     (None, None, "evaluate a load-testing tool", None, None, ["no_owner", "vague_due"])),
    ("- QA team: review the regression suite",
     (None, None, "review the regression suite", None, None, ["no_due", "no_owner"])),
    ("* Snow: send the NDA to the vendor by EOD",
     ("欧阳雪", "ouyangxue" + Q, "send the NDA to the vendor", "2024-11-04", None, [])),
    ("1. 刘晓峰：4小时内回滚到稳定版本（临时方案）",
     ("刘晓峰", "liuxf" + Q, "回滚到稳定版本", "2024-11-04", "14:00", [])),
]


@pytest.mark.parametrize("line, expected", LINES, ids=[line for line, _ in LINES])
def test_one_item_line(line, expected):
    [item] = read(f"待办事项：\n{line}").items
    assert summary(item) == expected


def test_several_items_on_one_line_are_split_in_order():
    text = ("本次沟通确认3件事：①市场部大伟周三前提交活动方案（负责人：大伟，截止时间：周三17:00）；"
            "②客户成功部林静同步客户反馈（负责人：静静，截止时间：周二12:00）；③法务部审核合同条款。")
    items = read(text).items
    assert [summary(i)[0] for i in items] == ["王大伟", "林静", None]
    assert [(i.due_date.isoformat() if i.due_date else None, i.number) for i in items] == [
        ("2024-11-06", 1), ("2024-11-05", 2), (None, 3)]
    assert items[0].task == "提交活动方案" and items[2].flags == ("no_due", "no_owner")


def test_a_row_owner_owns_the_inline_items_that_name_nobody():
    text = "解决方案：①研发中心赵强评估开发难度(11月6日前)②11月8日反馈客户评估结果\n负责人：林静"
    assert [summary(i)[:4] for i in read(text).items] == [
        ("赵强", "zhaoqiang" + Q, "评估开发难度", "2024-11-06"),
        ("林静", "linjing" + Q, "反馈客户评估结果", "2024-11-08")]


def test_block_format_records():
    text = """
        事项一：发布会场地确认
        负责人：王大伟
        截止时间：2024年11月8日
        状态：进行中

        事项二：直播推流测试
        负责人：研发中心
        截止时间：11月12日前
        状态：未开始

        事项三：媒体名单
        负责人：孙丽
        截止时间：11月1日
        状态：已完成
    """
    assert [summary(i) for i in read(text).items] == [
        ("王大伟", "wangdw" + Q, "发布会场地确认", "2024-11-08", None, []),
        (None, None, "直播推流测试", "2024-11-12", None, ["no_owner"])]


def test_a_repeated_task_is_its_own_item_and_keeps_its_written_number():
    text = "待办事项：\n1. 刘工：周五前联调\n2. 周雨：周五前评审\n3. 刘工：周五前联调"
    items = read(text).items
    assert [(i.number, i.task) for i in items] == [(1, "联调"), (2, "评审"), (3, "联调")]


def test_the_minutes_own_numbers_are_kept_when_a_done_line_sits_between():
    text = "行动项：\n1. 刘工：周五前联调\n2. 周雨：评审――已完成\n3. 周雨：11月8日前提交报告"
    assert [(i.number, i.task) for i in read(text).items] == [(1, "联调"), (3, "提交报告")]


def test_numbers_run_in_order_when_the_written_ones_repeat():
    text = "一、仓储\n1. 刘工：周五前联调\n二、运输\n1. 周雨：11月8日前提交报告"
    assert [i.number for i in read(text).items] == [1, 2]


def test_due_is_the_full_deadline_with_the_default_time():
    [item] = read("待办事项：\n1. 刘工：11月8日前联调").items
    assert item.due == datetime(2024, 11, 8, 18, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert item.due_text == "11月8日前"


def test_without_a_date_header_nothing_is_resolved():
    ctx = Context(None, WorkdayCalendar(), ROSTER, KNOWN)
    [item] = read_minutes("待办事项：\n1. 刘工：明天联调", ctx).items
    assert item.due_date is None and "no_due" in item.flags


def test_an_indented_bullet_under_a_numbered_item_is_a_detail():
    text = """
        待办事项：
        1. 刘工：11月8日前完成接口联调
           - 包括登录和支付两个模块
           - 周雨：11月6日前提供接口文档
        2. 何工：补充回归用例
    """
    assert [(i.owner.name, i.task) for i in read(text).items] == [
        ("刘晓峰", "完成接口联调"), ("周雨", "提供接口文档"), ("何志明", "补充回归用例")]


def test_owner_and_due_on_the_line_below_the_item():
    text = "待办事项：\n1. 完成接口联调\n   负责人：刘工  截止时间：11月8日\n2. 补充回归用例"
    assert [summary(i)[:4] for i in read(text).items] == [
        ("刘晓峰", "liuxf" + Q, "完成接口联调", "2024-11-08"), (None, None, "补充回归用例", None)]


def test_each_sentence_of_a_paragraph_is_read_on_its_own():
    text = "会上确定：刘工本周五前完成报价单；周雨下周一前完成排期。其余事项下次再议。"
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in read(text).items] == [
        ("刘晓峰", "完成报价单", "2024-11-08"), ("周雨", "完成排期", "2024-11-11")]


def test_several_english_owners_each_get_the_item():
    items = read("Action items:\n- Leo and Rain to finalize the budget by Friday").items
    assert [(item.owner.name, item.task) for item in items] == [("刘晓峰", "finalize the budget"), ("周雨", "finalize the budget")]


@pytest.mark.parametrize("line, expected", [
    ("1. 刘工（11月8日前）：完成接口联调", ("刘晓峰", "完成接口联调", "2024-11-08")),
    ("2. 【进行中】周雨：下周一前评审需求", ("周雨", "评审需求", "2024-11-11")),
    ("3. 接口联调由研发中心赵强负责，周五前完成", ("赵强", "接口联调完成", "2024-11-08")),
])
def test_owner_notes_status_tags_and_by_whom(line, expected):
    [item] = read(f"待办事项：\n{line}").items
    assert (item.owner.name, item.task, item.due_date.isoformat()) == expected


def test_a_bare_time_column_of_an_item_table_is_the_due():
    [item] = read("事项\t负责人\t时间\n完成接口联调\t刘工\t11月8日").items
    assert (item.owner.name, item.due_date.isoformat()) == ("刘晓峰", "2024-11-08")


@pytest.mark.parametrize("text", [
    "各部门负责人请于11月8日前提交值班表。",            # a notice to departments, not someone's task
    "王大伟：第2项已完成，比原定11月8日提前。",           # a status report
    "刘工评估时请同步考虑安卓和iOS两端的工作量。",         # a remark without a date
])
def test_free_sentences_that_are_no_items(text):
    assert read(text).items == ()


def test_background_prose_with_names_and_dates_is_no_item():
    text = "一、背景\n刘工于11月1日提出支付模块需要重构，周雨下周一前会先评估影响。\n二、待办事项\n1. 周雨：下周一前评估影响"
    assert [(i.owner.name, i.task) for i in read(text).items] == [("周雨", "评估影响")]


def test_a_free_sentence_about_the_past_is_no_item():
    assert read("刘工11月1日前已提交了初版方案，效果不错").items == ()


def test_directives_that_set_work_with_a_deadline_are_items():
    """议定事项 written as prose: a line that assigns work and gives a date is a task; the rest are decisions."""
    text = ("三、议定事项\n（一）由产品部牵头，研发中心配合，梳理需求池，周五前完成。\n（二）方案B通过，不再追加预算。\n"
            "（三）研发中心刘工负责落实压测环境，11月8日前完成。")
    items = read(text).items
    assert [(i.owner.name, i.owner.department, i.task, i.due_date.isoformat(), list(i.flags)) for i in items] == [
        (None, "产品部", "梳理需求池", "2024-11-08", ["no_owner"]),
        ("刘晓峰", "研发中心", "落实压测环境", "2024-11-08", [])]


def test_a_request_to_every_unit_under_an_action_heading_has_no_owner():
    [item] = read("工作安排：\n请各单位于11月8日前将值班表报送人力资源部。").items
    assert (item.owner, item.due_date.isoformat(), item.flags) == (None, "2024-11-08", ("no_owner",))


def test_owner_tbd_after_the_task_is_no_owner_and_no_vague_date():
    [item] = read("Action items:\n- [ ] vendor quote for localization, owner TBD").items
    assert (item.owner, item.task, item.flags) == (None, "vendor quote for localization", ("no_due", "no_owner"))


@pytest.mark.parametrize("line, task", [("1. 周雨：整理评审意见，下次组会前发出。", "整理评审意见，发出"),
                                        ("- Rain to draft the FAQ before the next meeting", "draft the FAQ")])
def test_before_the_next_meeting_is_due_on_the_next_meeting_day(line, task):
    text = f"待办事项：\n{line}\n\n下次组会：11月11日（周一）下午3点"
    [item] = read(text).items
    assert (item.task, item.due_date.isoformat(), item.flags) == (task, "2024-11-11", ())


def test_before_the_next_meeting_without_a_next_meeting_has_no_due():
    [item] = read("待办事项：\n1. 周雨：整理评审意见，下次组会前发出。").items
    assert item.due_date is None and item.flags == ("no_due",)
