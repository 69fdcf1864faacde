"""Issue #12, session 21: readings heldout75's misses asked for (scored once on 67fc89c), and five of heldout74's the
previous round read without a test of their own; each tested on a variant written here beside its near miss."""
from dataclasses import replace
from datetime import datetime

import pytest

from minutes_reading import SHANGHAI, MinutesReader
from parsers.dates.due import find_all_dues, resolve
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "程敏,chengm@ex.cn,品控部,,\n韩雪莲,hanxl@ex.cn,电子商务科,,\n崔志刚,cuizg@ex.cn,Engineering,,Kevin Cui;Kevin\n"
    "刘建华,liujh@ex.cn,Quality,,Jianhua Liu;Jianhua;JH\n孙悦,sunyue@ex.cn,Supply Chain,,Yolanda Sun;Yolanda\n"
    "王海燕,wanghy@ex.cn,Production,,Helen Wang;Helen;王经理\n张明,zhangm@ex.cn,Supply Chain,,Simon Zhang;Simon\n"
    "全恩惠,quaneh@ex.cn,外经贸科,,\nTina Hribar,tina@ex.si,Product Development,,Tina\n")
MINUTES = MinutesReader(ROSTER, ())
WED = datetime(2026, 8, 19, 9, 40, tzinfo=SHANGHAI)        # Wednesday 2026-08-19, 09:40


def read_from(sender: Address, text: str, sent: datetime = WED) -> list[tuple]:
    read = read_minutes(text.strip("\n"), replace(MINUTES.context(sent), sender=sender))
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat()) for i in read.items]


def dues(text: str, sent: datetime = WED) -> list[tuple]:
    return [(d.date and d.date.isoformat(), d.vague) for d in find_all_dues(text, sent, WorkdayCalendar())]


def test_a_person_in_brackets_between_a_unit_and_its_duty():
    """'仓储运营部（朴永吉）负责完成地块现状测绘' and '区气象局（次仁卓嘎）负责…': their names have no common surname,
    their place says they are people; '区气象局（含各乡镇站）负责…' names none."""
    got = MINUTES.owners("""
    二、会议议定事项
    （一）由城发物流集团仓储运营部（朴永吉）负责完成地块现状测绘，8月28日前提交。
    （二）区气象局（次仁卓嘎）负责组织乡镇气象信息员培训，8月31日前完成。
    （三）区气象局（含各乡镇站）负责更新预警联系人名单，8月31日前完成。
    """, WED)
    assert [owner for owner, _, _ in got] == ["朴永吉", "次仁卓嘎", None]
    assert got[0][1] == "完成地块现状测绘，提交"


def test_the_writer_closing_a_line_or_a_unit_clause():
    """'品控部内部完成HACCP计划年度评审，我牵头，时间尽快' and '…报州局，我安排科员办理' are the writer's."""
    writer = Address("程敏", "chengm@ex.cn")
    got = read_from(writer, "1. 品控部内部完成HACCP计划年度评审，我牵头，时间尽快\n2. 7月份网络零售额统计，8月25日前报州局，我安排科员办理。\n")
    assert [owner for owner, _, _ in got] == ["程敏", "程敏"]


def test_of_two_people_the_one_a_sentence_calls_lead():
    got = MINUTES.owners("AI: JH/Kevin - requalify the hot-air taping parameters. Kevin leads, Jianhua supports. Due 28 Aug.\n",
                         WED)
    assert got == [("崔志刚", "requalify the hot-air taping parameters", "2026-08-28")]


def test_a_weekday_abbreviation_is_no_surname():
    """'Sun 20 Sep and Sat 10 Oct are working days' names no Sun (孙悦's surname in English)."""
    got = MINUTES.owners("Holidays:\n- Yolanda to confirm the shipping stop with suppliers by 18 Sep.\n"
                         "Mid-Autumn 25-27 Sep is off; Sun 20 Sep and Sat 10 Oct are working days.\n", WED)
    assert [owner for owner, _, _ in got] == ["孙悦"]


def test_a_line_said_in_chinese_then_in_english_is_one_item():
    got = MINUTES.owners("- 王经理：各车间疏散路线图更新并张贴，9月10日前 / Helen: update and post evacuation maps by 10 Sep\n", WED)
    assert got == [("王海燕", "各车间疏散路线图更新并张贴", "2026-09-10")]


def test_a_named_holiday_over_a_bare_break():
    """'节后复工安全检查，国庆节后第一个工作日': the day after National Day, not the 节后 of the check's name; '节后开工当天'
    keeps its 节后 (nothing names a holiday there)."""
    assert resolve("节后复工安全检查，国庆节后第一个工作日", datetime(2026, 8, 28, 15, 0, tzinfo=SHANGHAI),
                   WorkdayCalendar()).date.isoformat() == "2026-10-08"
    assert resolve("节后开工当天", datetime(2025, 1, 24, 19, 45, tzinfo=SHANGHAI), WorkdayCalendar()).date.isoformat() == \
        "2025-02-05"


@pytest.mark.parametrize("text", ["- Canteen contract: nothing to do, renewed on 1 Aug", "- 食堂合同：无需跟进，8月1日续签"])
def test_a_topic_with_nothing_to_do(text):
    """Under a person's heading, 'Canteen contract: nothing to do, renewed on 1 Aug' asks nothing of her."""
    got = MINUTES.owners(f"Sorted by person:\nHelen\n- Line 2 overtime report for July - Monday\n{text}\n", WED)
    assert [task for _, task, _ in got] == ["Line 2 overtime report for July"]


def test_a_chat_highlight_is_no_item():
    """An AI's '精彩片段' quotes what someone said."""
    got = MINUTES.owners("待办事项\n1. 程敏：8月25日前出具活动方案\n精彩片段\n· “冰镇之后口感好很多，年轻人会喜欢。”——程敏（12:05）\n", WED)
    assert [task for _, task, _ in got] == ["出具活动方案"]


@pytest.mark.parametrize("text, due", [
    ("confirm whether line 1 can take 6k extra units without a Saturday shift", []),
    ("we work every Saturday in August", []), ("send the forecast by Saturday", [("2026-08-22", False)]),
    ("与物流商确认五一期间发货安排（节前最后一天的发货时间）", []), ("节前最后一天完成盘点", [("2026-09-24", False)]),
    ("与生产部确认9月12日前的排产能否先用库存料（8月21日前答复）", [("2026-08-21", False)]),
])
def test_a_day_that_names_which_one_is_no_deadline(text, due):
    assert dues(text) == due


def test_a_meeting_by_a_verb_later_today_is_still_to_come():
    """'今天下午5点在品质部碰头看结果' sent at 09:40; '今天上午10:00经营碰头会，本次沟通确认…' is this meeting."""
    assert MINUTES.next_meeting("1. 程敏：立即封存库存\n今天下午5点在品质部碰头看结果。\n", WED) == "2026-08-19 17:00"
    assert MINUTES.next_meeting("今天上午10:00经营碰头会，本次沟通确认2件事：①程敏：8月21日前封存库存。\n", WED) is None


def test_owner_me_in_a_block_and_a_due_remark():
    """'Owner: me' is the writer; 'Due: June 26 (ship from Rizhao by then)' leaves its remark out of the task."""
    got = read_from(Address("Tina Hribar", "tina@ex.si"), """
Actions
1) 50 pre-series samples for the Alps field test
   Owner: Helen Wang
   Due: 26 August (ship from Rizhao by then)
2) Field-test protocol
   Owner: me
   Due: Friday 28 August
""")
    assert got == [("王海燕", "50 pre-series samples for the Alps field test", "2026-08-26"),
                   ("Tina Hribar", "Field-test protocol", "2026-08-28")]


def test_a_support_unit_in_the_unit_cell_makes_its_person_a_helper():
    table = ("序号\t督办事项\t责任单位\t责任人\t完成时限\n"
             "1\t跨境电商产业园招商推介材料编制\t电子商务科（主责）、外经贸科（配合）\t韩雪莲、全恩惠\t8月底前\n"
             "2\t边贸市场政策梳理\t电子商务科、外经贸科\t韩雪莲、全恩惠\t8月底前\n")
    assert [owner for owner, _, _ in MINUTES.owners(table, WED)] == ["韩雪莲", "韩雪莲", "全恩惠"]


# heldout74's readings of the previous round
def test_a_due_label_that_says_none_beats_a_day_in_the_task():
    got = MINUTES.owners("会议待办\n3. 确认400把琴8月15日前完工的排产  负责人：程敏  截止时间：无\n", datetime(2026, 7, 16, 20, 41,
                                                                                                 tzinfo=SHANGHAI))
    assert got == [("程敏", "确认400把琴8月15日前完工的排产", None)]


def test_an_ai_chapter_with_a_clock_and_a_topic_is_no_item():
    got = MINUTES.owners("腾讯会议 · 智能纪要\n会议待办\n1. 跟进定金到账  负责人：程敏  截止时间：7月20日\n章节要点\n"
                         "19:20 交期：王海燕 表示8月要加班才能赶上，需要尽快锁定木料\n纪要由腾讯会议AI生成，仅供参考\n",
                         datetime(2026, 7, 16, 20, 41, tzinfo=SHANGHAI))
    assert [owner for owner, _, _ in got] == ["程敏"]


@pytest.mark.parametrize("cell, vague", [("立即整改", True), ("时间另行安排", True)])
def test_words_that_give_no_day_yet(cell, vague):
    assert resolve(cell, WED, WorkdayCalendar()).vague is vague


def test_immediately_in_a_rule_is_no_deadline():
    assert dues("施工期间每日开展班前安全巡查，发现隐患立即整改") == []


def test_the_remedy_column_and_the_next_inspection():
    """An inspection table's 整改要求 is the task, not its 问题描述; '下次月度安全检查：…' is the next meeting."""
    text = ("序号\t问题描述\t整改要求\t责任人\t整改期限\n1\t2号罐操作平台护栏松动\t紧固2号罐平台护栏并挂牌确认\t程敏\t8月28日前\n"
            "下次月度安全检查：9月15日（周二）上午9:00，集合地点门卫室。\n")
    assert MINUTES.owners(text, WED) == [("程敏", "紧固2号罐平台护栏并挂牌确认", "2026-08-28")]
    assert MINUTES.next_meeting(text, WED) == "2026-09-15 09:00"
