"""Issue #12, heldout8 round: readings of structure that heldout8 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"), Address("罗永庆", "luo@qq.example.com")))
owners = MINUTES.owners
FRI = datetime(2025, 9, 26, 10, 0, tzinfo=SHANGHAI)          # the Friday before National Day 2025


def test_a_meeting_that_makes_clear_sets_work_and_its_units_lead_without_a_person():
    """'会议明确：' opens what the meeting decided to do (a directive), not background: a numbered line whose
    责任单位 is a unit (牵头) with a 完成时限 is an item with no owner, and a line naming a person is that person's."""
    text = """
    一、关于秋季安全生产检查
    会议明确：
    （一）编制秋检方案，报分管领导审定。责任单位：设备部（牵头），安环部（配合）；完成时限：9月30日前。
    （二）仓库消防通道清理。责任人：孔令辉；完成时限：10月15日前。
    二、其他事项
    会议强调，各部门要落实安全生产责任制。
    """
    assert owners(text, FRI) == [(None, "编制秋检方案，报分管领导审定", "2025-09-30"),
                                 ("孔令辉", "仓库消防通道清理", "2025-10-15")]


def test_the_two_holidays_written_together_end_after_the_later_one():
    """'国庆中秋假期后第一个工作日' (and '中秋国庆…') is after the whole double break, not before 国庆."""
    text = """
    待办：
    1. 孔令辉：盘点月台库存，国庆中秋假期后第一个工作日
    2. 何斌：更新巡检路线，中秋国庆节后第一个工作日
    """
    assert [due for _, _, due in owners(text, FRI)] == ["2025-10-09", "2025-10-09"]
    in_2026 = datetime(2026, 9, 10, 10, 0, tzinfo=SHANGHAI)   # 中秋 9-25, 国庆 10-01..07: two breaks, the later one
    assert [due for _, _, due in owners(text, in_2026)] == ["2026-10-08", "2026-10-08"]


def test_a_task_column_whose_header_also_says_repair_request_stays_the_task():
    """'报修内容/处理事项' is the work (a 报修人 column is whose request it was, never the owner's); a done row is no item."""
    text = """
    状态\t单号\t报修内容/处理事项\t备注\t责任人\t期限
    已完成\tR-01\t3号楼电梯轿厢照明更换\t\t何工\t9/25
    处理中\tR-02\t地库排水沟清淤\t等车\t何工\t9/30
    未开始\tR-03\t东门岗亭空调维修\t\t罗师傅\t10/10
    """
    assert owners(text, FRI) == [("何斌", "地库排水沟清淤", "2025-09-30"), ("罗永庆", "东门岗亭空调维修", "2025-10-10")]


def test_a_lead_written_after_the_task_and_its_date_owns_the_whole_sentence():
    """'…，10月17号前，邓工牵头' (a chat line): the person before 牵头 owns what was said before the date."""
    text = """
    马骁 10:02
    仓库货架加固方案报安环部，10月10号前，何工牵头
    何斌 10:03
    好的
    """
    assert owners(text, FRI) == [("何斌", "仓库货架加固方案报安环部", "2025-10-10")]


def test_this_one_led_by_someone_points_back_to_the_clause_before():
    """'…重新过一遍，这个老马牵头，月底前给结论': 这个 is the work of the clause before, not a task of its own."""
    text = "审计那边提醒供应商准入材料要按新版制度重新过一遍，这个老马牵头，10月底前给结论。"
    assert owners(text, FRI) == [("马骁", "审计那边提醒供应商准入材料要按新版制度重新过一遍，给结论", "2025-10-31")]


def test_who_will_do_it_undecided_is_no_owner_and_no_date():
    """'—— 谁来？待定' answers who (nobody yet): no owner, and no vague deadline either."""
    text = """
    待办
    - @何斌 更新排班表，周二前
    - 仓库盘点培训 —— 谁负责？待定
    """
    read = MINUTES.read(text, FRI).items
    assert [(i.owner.name if i.owner else None, i.due_date, sorted(i.flags)) for i in read] == \
        [("何斌", datetime(2025, 9, 30).date(), []), (None, None, ["no_due", "no_owner"])]
