"""Minutes the dates4 blind cases read wrong, each fixed as a general reading and tested on variants written here:
a part of the day in an item keeps its time (明天上午前 -> 12:00) while 下班前/EOD keep only the date; Traditional
tasks keep the writer's characters; a department alone in trailing brackets owns nothing but keeps the item; an
English owner named after the task ('…, Nora to follow up'); English weekday abbreviations and holidays as dues."""
from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.people import Roster
from parsers.minutes.reader import read_minutes

SHANGHAI = ZoneInfo("Asia/Shanghai")
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "秦海燕,qinhaiyan@ex.cn,质量部,,\n何斌,hebin@ex.cn,工程部,,\n"
                              "Nora Lind,nora.lind@ex.com,Design,,Nora\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("Theo Brandt", "theo@ex.com"))
WED = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)                # Wednesday 2025-03-12 16:00


def read(text: str, sent: datetime = WED):
    return read_minutes(dedent(text).strip("\n"), Context(sent, WorkdayCalendar(), ROSTER, KNOWN))


def dues(text: str, sent: datetime = WED):
    return [(i.due_date.isoformat() if i.due_date else None, i.due_time.strftime("%H:%M") if i.due_time else None)
            for i in read(text, sent).items]


def test_a_part_of_the_day_keeps_its_time_but_the_end_of_the_working_day_does_not():
    text = """
    会议纪要：
    1. 来料抽检报告后天上午前提交（负责人：秦海燕）
    2. 产线排班表明天中午前发出（负责人：何斌）
    3. 供应商评审，周五下午（负责人：马骁）
    4. 质量周报今天下班前提交（负责人：秦海燕）
    """
    assert dues(text) == [("2025-03-14", "12:00"), ("2025-03-13", "12:00"), ("2025-03-14", "18:00"),
                          ("2025-03-12", None)]
