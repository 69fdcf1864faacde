"""Issue #12, heldout12 round: readings of structure that heldout12 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"), Address("罗永庆", "luo@qq.example.com")))
owners = MINUTES.owners
TUE = datetime(2025, 6, 10, 10, 0, tzinfo=SHANGHAI)
MAXIAO = Address("马骁", "maxiao@ex.cn")


def owners_from(sender: Address, text: str, sent: datetime) -> list[tuple]:
    return MINUTES.owners_from(sender, text, sent)


def test_the_writer_taking_a_topic_in_a_clause_of_its_own_owns_it():
    """'<topic>，我本人负责，<date and rest>': the writer's own item, the topic and what follows kept as its text."""
    text = """
    下步安排
    1. 仓库货架承重复核，我本人负责，6月20日前报安环部。
    2. 消防通道标线重刷，我负责，月底前完成。
    """
    got = owners_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("马骁", "2025-06-20"), ("马骁", "2025-06-30")]
    assert got[0][1].startswith("仓库货架承重复核") and "安环部" in got[0][1] and "我" not in got[0][1]


def test_a_place_in_brackets_then_a_titled_person_heads_that_persons_list():
    """'【二车间】何工' over '- …' lines: the bracket names where, the title after it names who owns the list; a
    titled surname the roster does not spell (孔站长, 何厂长) is the one person of that surname in the roster."""
    text = """
    周会按车间分工：

    【二车间】何厂长
    - 6月20日前完成冲压线模具点检
    - 月底前报送备件清单

    【成品库】孔站长
    - 退货区重新划线，下周三前

    下次周会另行通知。
    """
    assert [(who, due) for who, _, due in owners_from(MAXIAO, text, TUE)] == [
        ("何斌", "2025-06-20"), ("何斌", "2025-06-30"), ("孔令辉", "2025-06-18")]
    # '全体站长' is everyone holding that title, not a person surnamed 全体
    assert [(who, due) for who, _, due in owners_from(MAXIAO, "待办：\n1. 全体站长：6月20日前提交巡检记录\n", TUE)] == [
        (None, "2025-06-20")]


def test_a_chinese_name_or_titled_surname_before_to_in_english_notes_owns_the_action():
    """English notes naming a Chinese colleague ('何工 to check …', 'Vendor side: 罗生 to send …'; 罗生 is Cantonese
    for Mr 罗, the 罗永庆 of the headers): the person owns the action, and 'to' is not part of the task."""
    text = """
    Action items:
    - 何工 to check the fixture drawings by Friday.
    - Vendor side: 罗生 to send the revised quote, next Monday.
    """
    assert owners_from(MAXIAO, text, TUE) == [("何斌", "check the fixture drawings", "2025-06-13"),
                                             ("罗永庆", "send the revised quote", "2025-06-16")]


def test_a_person_named_responsible_in_brackets_after_a_unit_owns_the_line():
    """'设备科（何斌同志牵头）组织…' (公文 style): the person in the brackets, with his 同志负责/牵头, owns the work."""
    text = """
    会议议定事项如下：
    一、关于消防安全。设备科（何斌同志牵头）组织全厂消防演练，6月底前完成。
    二、关于仓储。仓储部（孔令辉负责）清理过期物料，6月20日前完成。
    """
    assert [(who, due) for who, _, due in owners_from(MAXIAO, text, TUE)] == [
        ("何斌", "2025-06-30"), ("孔令辉", "2025-06-20")]


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


def test_a_bare_small_hour_for_the_meeting_just_held_is_the_afternoon():
    """'今天3点的会定了：…，下周二同一时间' — nobody meets at 3 a.m.: a bare hour 1-6 for this meeting is the
    afternoon's, unless the text says morning (上午/早上/am)."""
    text = "今天3点的复盘会定了：何斌 周五前更新库位表。下周二同一时间再碰。\n"
    assert next_meeting(text, TUE.replace(hour=18)) == "2025-06-17 15:00"
    early = "今天早上6点的盘点会定了：何斌 周五前更新库位表。下周二同一时间再碰。\n"
    assert next_meeting(early, TUE.replace(hour=18)) == "2025-06-17 06:00"


def test_a_person_in_any_field_of_a_dash_separated_line_owns_it():
    """'task —— where —— who —— when': the owner may be the third field, after a place or counterparty field."""
    text = """
    各位，接上期编号：

    5. 取得供应商对账函回函 —— 华南五金 —— 何斌 —— 6月23日
    6. 取得供应商对账函回函 —— 东莞塑胶厂 —— 孔令辉 —— 6月23日
    """
    assert [(who, due) for who, _, due in owners_from(MAXIAO, text, TUE)] == [
        ("何斌", "2025-06-23"), ("孔令辉", "2025-06-23")]


def test_a_bare_next_label_with_a_day_is_the_next_meeting():
    """'下次：6月17日 周二 15:00' — 下次 alone before the colon names the next meeting, as '下次会议：' does."""
    text = "待办：\n1. 何斌：更新库位表，周五前\n\n下次：6月17日 周二 15:00\n"
    assert next_meeting(text, TUE) == "2025-06-17 15:00"


def test_a_title_with_its_day_and_hour_in_brackets_gives_the_same_time():
    """'Q2 roadmap review（6/10 周二 14:30）' as the first line: this meeting's hour, which '两周后同一时间' takes."""
    text = "Q2 roadmap review（6/10 周二 14:30）\n\n待办：\n1. 何斌：更新库位表，周五前\n\n两周后同一时间再 review。\n"
    assert next_meeting(text, TUE.replace(hour=17)) == "2025-06-24 14:30"
