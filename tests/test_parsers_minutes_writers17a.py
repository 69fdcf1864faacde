"""Issue #12, heldout14 round (cases 2501-2518): readings of structure that heldout14 showed broken or missing, each
tested on a variant written here (other words, layouts and trades than the held-out mails)."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"),))
owners = MINUTES.owners
THU = datetime(2025, 11, 13, 17, 0, tzinfo=SHANGHAI)


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


def test_a_verb_with_the_result_complement_wan_after_yi_reports_finished_work():
    """'何工已修完', '冷库门封条秦工已换完。': 已 + verb + 完 (the work is over) is a done report, whatever the verb;
    '已交' likewise; a line still asking for the rest stays an item."""
    text = """
    1、孔令辉：月台照明线路整改，11月20日前。
    2、上周报的叉车充电桩跳闸，何工已修完。
    3、冷库门封条秦工已换完。
    4、Helen：本周暂无新增，抽检汇总已交
    5、马骁：初稿已写完，终稿下周三前交
    6、二号线称重模块漂移，何工已经调试完了。
    """
    assert owners(text, THU) == [("孔令辉", "月台照明线路整改", "2025-11-20"),
                                 ("马骁", "初稿已写完，终稿交", "2025-11-19")]


def test_a_next_label_naming_the_meeting_in_a_latin_word_sets_the_next_meeting():
    """'下次triage：', '下次standup：' name the next meeting as '下次例会：' does, in a borrowed word."""
    assert next_meeting("评审纪要\n\n1、何斌：接口文档补全，周五\n\n下次triage：下周二下午3点", THU) == "2025-11-18 15:00"
    assert next_meeting("1、何斌：接口文档补全，周五\n\n下次 standup: 11月17日 9:30", THU) == "2025-11-17 09:30"


def test_a_side_named_with_nabian_owns_the_line_as_a_group_or_as_the_person_named():
    """'——仓库那边' / '车队那边' after the task: that side answers for it (no person: no_owner); '老马那边' is 马骁's,
    '仓储部那边：' the 仓储部's."""
    text = """
    检修会纪要

    1. 冷却塔填料更换——何工负责，11月20日完成。
    2. 备件库存盘点——仓库那边，时间待定。
    3. 叉车年检——车队那边，下周五前。
    4. 货架标签更新——老马那边，时间待定。
    5. 仓储部那边：月台划线，周五前。
    """
    read = MINUTES.read(text, THU).items
    assert [(i.owner.name if i.owner else None, i.owner.department if i.owner else None, i.task,
             i.due_date.isoformat() if i.due_date else None, i.flags) for i in read[1:]] == [
        (None, None, "备件库存盘点", None, ("no_owner", "vague_due")),
        (None, None, "叉车年检", "2025-11-21", ("no_owner",)),
        ("马骁", "工程部", "货架标签更新", None, ("vague_due",)),
        (None, "仓储部", "月台划线", "2025-11-14", ("no_owner",))]


def test_a_unit_of_the_headers_in_a_responsibility_label_keeps_the_numbered_point_an_item():
    """'二是…。责任单位：区发改委；完成时限：…' sent by 区发改委 itself: the label names the sender's office, which
    asks nothing more of the clause; the point stays an item (no person: no_owner)."""
    sender = MinutesReader(ROSTER, (Address("区发改委", "office@fgw.example.gov.cn"), Address("孔令辉", "kong@ex.cn")))
    text = """
    会议要求：
    一是抓紧上报冬季保供方案。责任单位：仓储部（孔令辉）；完成时限：11月28日前。
    二是做好项目验收资料归档。责任单位：区发改委；完成时限：12月底。
    三是各单位要持续做好安全巡查。
    """
    assert sender.owners(text, THU) == [("孔令辉", "抓紧上报冬季保供方案", "2025-11-28"),
                                        (None, "做好项目验收资料归档", "2025-12-31")]


def test_a_line_opening_with_fyi_is_information_even_with_a_name_and_a_day():
    """'FYI，Helen周一整理的巡检记录…' tells what someone did or wrote; it asks nothing, though it names a person and
    a weekday; the numbered lines below still do."""
    text = """
    FYI，Helen周一整理的巡检记录，抄送存档。
    1. 何工：冷凝器清洗，周五前
    2. FYI: Max will be on leave Thursday.
    """
    assert owners(text, THU) == [("何斌", "冷凝器清洗", "2025-11-14")]


def test_a_known_person_written_between_the_task_and_its_date_with_spaces_owns_it():
    """A terse list 'task NAME date' with no colon or dash: a person of the roster or the headers standing just
    before the date owns the task; a word nobody knows makes no owner. With more than a date after the name
    ('设备台账 何工 下周三 报批') the spaces are read as commas (phone_lines.py): the known person then opens a clause
    that has a day, and owns it. A dated line of work naming nobody, in a list whose lines above were work
    ('新版 SOP 发布 11/30'), is work nobody owns yet (no_owner), since session 11."""
    text = """
    周例会（接上周编号）

    5. 盘点表 孔令辉 11/20
    6. 年度预算 Helen 周五
    7. 新版 SOP 客户回访 Max 11月28日前
    8. 设备台账 何工 下周三 报批
    9. 新版 SOP 发布 11/30
    """
    assert owners(text, THU) == [("孔令辉", "盘点表", "2025-11-20"), ("秦海燕", "年度预算", "2025-11-14"),
                                 ("马骁", "新版 SOP 客户回访", "2025-11-28"), ("何斌", "设备台账，报批", "2025-11-19"),
                                 (None, "新版 SOP 发布", "2025-11-30")]


def test_a_holiday_time_that_describes_a_thing_is_no_deadline_and_the_date_after_it_is():
    """'节前那批样品的复测报告周三前交', '节后的排班表周五给我': 节前/节后 + 那批/的 says which thing, not by when;
    '节后的第一个工作日' is still a day (after New Year 2026: the 01-04 make-up Sunday)."""
    text = """
    1、@秦海燕 节前那批样品的复测报告周三前交
    2、@孔令辉 节后的排班表周五给我
    3、@何斌 冷库验收，节后的第一个工作日
    """
    after_national_day = datetime(2025, 10, 11, 9, 0, tzinfo=SHANGHAI)      # a make-up Saturday
    assert [due for _, _, due in owners(text, after_national_day)] == ["2025-10-15", "2025-10-17", "2026-01-04"]
