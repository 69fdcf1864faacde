"""Minutes shapes from heldout16's writers (cases 3001-3020), each tested on a variant written here, not on the case."""
from __future__ import annotations

from datetime import datetime

import pytest

from minutes_reading import SHANGHAI, MinutesReader
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

READER = MinutesReader()


def test_an_end_of_day_word_vouches_for_the_abbreviated_weekday_after_it():
    owners = READER.owners("""
        ## 待办
        - [ ] @nora 首页改版稿出两版，COB Thu
        - [ ] @何斌 压测报告补齐，EOD Fri
        - [ ] @马骁 供应商报价单更新，by 3/14
        """)
    assert owners == [("Nora Lind", "首页改版稿出两版", "2025-03-13"), ("何斌", "压测报告补齐", "2025-03-14"),
                      ("马骁", "供应商报价单更新", "2025-03-14")]


def test_a_bare_abbreviated_weekday_word_in_a_task_is_still_no_deadline():
    owners = READER.owners("""
        待办：
        1. 何斌：把 Sat 版本的安装包归档
        """)
    assert owners == [("何斌", "把 Sat 版本的安装包归档", None)]


@pytest.mark.parametrize("text, expected", [
    ("Re item 2 (packing list), our logistics dept. checked the cartons. This item is completed.", ("done", [2])),
    ("Item 4 (samples): sent by DHL today, tracking no. below. Done.", ("done", [4])),
    ("关于第3项（包装样稿），质检部已经看过新版，没有问题。此项已完成。", ("done", [3])),
    ("Item 2 (packing list) is still open. Done.", ("done", [])),              # no label or topic: which is done?
])
def test_a_gloss_in_brackets_after_the_item_keeps_it_the_paragraphs_topic(text, expected):
    found = parse_reply(text, datetime(2026, 5, 13, 10, 0, tzinfo=SHANGHAI), WorkdayCalendar())
    assert (found.intent, list(found.items)) == expected


def test_a_weekday_of_the_first_week_after_a_holiday_is_that_weeks_day():
    """节后第一周周X: the week (Mon-Sun) of the first working day after the break; a day of it still in the break is
    the next week's."""
    sent = datetime(2025, 9, 26, 15, 0, tzinfo=SHANGHAI)          # Friday; National Day 10-01..10-08, back on Thu 10-09
    assert READER.next_meeting("""
        会议时间：2025年9月26日 15:00
        待办：
        1. 何斌：库存盘点表更新，国庆节前
        下次会议：国庆节后第一周的周五，时间同本次
        """, sent) == "2025-10-10 15:00"
    assert READER.next_meeting("""
        会议时间：2025年9月26日 15:00
        下次例会：节后第一周星期二 上午10点
        """, sent) == "2025-10-14 10:00"
    assert READER.next_meeting("""
        会议时间：2025年9月26日 15:00
        下次例会：节后第一个工作日 上午10点
        """, sent) == "2025-10-09 10:00"


def test_a_part_of_the_day_a_change_sets_for_the_work_is_no_deadline():
    """'改为下午送货': from now on the work is done in the afternoon; the deadline is the day with 前 after it."""
    owners = READER.owners("""
        待办：
        1、马骁：通知三家门店，下周一起改为下午送货，周五前通知到位。
        2、何斌：夜班巡检调整为晚上巡两次，本周四前排好班表。
        3、马骁：截止时间改为明天上午，报价单一并发出。
        """)
    assert [(owner, day) for owner, _, day in owners] == [("马骁", "2025-03-14"), ("何斌", "2025-03-13"),
                                                          ("马骁", "2025-03-13")]


def test_a_lead_in_with_a_comma_before_the_colon_is_no_part_of_the_first_clause():
    """'刚跟物流商通了电话，三件事：A…，B…': the lead-in ends at the colon, whatever commas it holds."""
    owners = READER.owners("刚跟物流商通了个电话，说定两件事：何斌周四前把装箱单核对完，马骁明早10点前把报关资料发过去。")
    assert owners == [("何斌", "把装箱单核对完", "2025-03-13"), ("马骁", "把报关资料发过去", "2025-03-13")]


def test_the_person_marked_lead_in_brackets_owns_the_item_and_the_names_after_do_not():
    owners = READER.owners("""
        （一）关于检验记录
        整理2024年度全部检验记录，补齐签字页。
        责任人：马骁（牵头）、秦海燕
        完成时限：4月10日前

        （二）关于供应商评审
        汇总三家备选供应商的评分表。
        负责人：何斌（主责），马骁（配合）
        完成时限：3月28日
        """)
    assert owners == [("马骁", "整理2024年度全部检验记录，补齐签字页", "2025-04-10"),
                      ("何斌", "汇总三家备选供应商的评分表", "2025-03-28")]


def test_a_person_after_the_short_name_of_their_department_owns_the_work():
    """'品管曲工…' with 品管部 in the roster: the department's name without 部 before a surname + title."""
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n何斌,hebin@ex.cn,工程部,,何工\n"
                                  "马骁,maxiao@ex.cn,仓储科,,马主任\n")
    owners = MinutesReader(roster).owners("""
        3月12日调度会：
        1.工程何工5个工作日内完成来料的检测报告。
        2.仓储马主任周五前把库位图更新。
        3.质检何工周五前复核。
        """)
    assert owners[:2] == [("何斌", "完成来料的检测报告", "2025-03-19"), ("马骁", "把库位图更新", "2025-03-14")]


def test_a_company_in_brackets_after_the_labelled_owner_is_no_part_of_the_name_or_task():
    owners = READER.owners("""
        Action items
         (1) Updated packing spec for the 1kg bag
             Owner: Theo (Brandt GmbH) / Deadline: by 3/20
         (2) Re-run of the drop test
             PIC: Nora Lind / Deadline: 3/18
        """)
    assert owners == [("Theo Brandt", "Updated packing spec for the 1kg bag", "2025-03-20"),
                      ("Nora Lind", "Re-run of the drop test", "2025-03-18")]
