"""Issue #12, second round: readings of structure that heldout3 showed missing, each tested on variants written
here and not taken from the held-out mails (units ending in 队, ...).
"""
from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.mime import Address
from parsers.minutes.people import Roster
from parsers.minutes.reader import read_minutes

SHANGHAI = ZoneInfo("Asia/Shanghai")
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "秦海燕,qinhaiyan@ex.cn,质量部,,\n何斌,hebin@ex.cn,工程部,,\n"
                              "Nora Lind,nora.lind@ex.com,Design,,\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("Theo Brandt", "theo@ex.com"))
WED = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)                # Wednesday 2025-03-12 16:00


def read(text: str, sent: datetime = WED):
    return read_minutes(dedent(text).strip("\n"), Context(sent, WorkdayCalendar(), ROSTER, KNOWN))


def owners(text: str, sent: datetime = WED):
    return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None)
            for i in read(text, sent).items]


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
