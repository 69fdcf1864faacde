"""Issue #12, session 16: readings of structure the blind set heldout42 found missing (scored once on 4e48425), each
tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "葛文静,gewj@ex.cn,运维部,,葛工\n邵明轩,shaomx@ex.cn,设备部,,\n贾若兰,jiarl@ex.cn,东河水厂,,贾厂长\n"
    "鲁海涛,luht@ex.cn,质量部,,\n严可心,yankx@ex.cn,运维部,,\n")
PEOPLE = tuple(Address(name, email) for name, email in (
    ("葛文静", "gewj@ex.cn"), ("邵明轩", "shaomx@ex.cn"), ("贾若兰", "jiarl@ex.cn"), ("鲁海涛", "luht@ex.cn"),
    ("严可心", "yankx@ex.cn")))
MINUTES = MinutesReader(ROSTER, PEOPLE)
WED = datetime(2026, 6, 10, 17, 5, tzinfo=SHANGHAI)          # Wednesday 2026-06-10


def items(text: str, sent: datetime = WED) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_an_ai_assistants_chapters_are_no_items():
    """'智能章节' (Feishu's chapters: a recording time and a title, then what was said) retells the meeting; only
    the 待办 section of minutes an AI wrote counts."""
    got = items("""
    智能纪要：管网巡检排期会 2026年6月10日

    总结
    本次会议讨论了管网巡检的排期。

    待办
    - 葛文静：本周五前完成东区管网压力数据复核
    - 邵明轩：6月15日前提交二号泵站检修方案

    智能章节
    00:03 东区管网压力
    葛文静指出东区夜间压力偏低，周五前完成数据复核。
    18:40 二号泵站检修
    邵明轩将在6月15日前提交检修方案，贾若兰提出检修期间需保障供水。

    以上内容由 AI 生成，仅供参考
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("葛文静", "2026-06-12"), ("邵明轩", "2026-06-15")]


def test_chapters_in_english_are_no_items_either():
    got = items("""
    AI-generated meeting notes

    Action items
    - 葛文静：本周五前完成东区管网压力数据复核

    Chapters
    00:03:10 Pressure in the east network
    邵明轩将在6月15日前提交检修方案。
    """)
    assert [owner for owner, *_ in got] == ["葛文静"]


def test_an_agenda_of_clock_times_heads_no_items_and_the_action_list_below_still_counts():
    """The near miss: times over titles under '会议议程' are the agenda (information), and the 待办 list after it is
    read as ever, in minutes no AI wrote."""
    got = items("""
    会议纪要

    会议议程
    09:00 东区管网压力
    09:40 二号泵站检修

    待办：
    1. 葛文静：本周五前完成东区管网压力数据复核
    2. 邵明轩：6月15日前提交二号泵站检修方案
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("葛文静", "2026-06-12"), ("邵明轩", "2026-06-15")]


def test_an_item_line_that_ends_in_a_comma_goes_on_at_the_margin():
    """'…检查表补齐，' then '报安监部备案。' at the left margin, shorter than the line above (no fixed-width wrap):
    the clause after the comma is the same item's, not an item of the person it names."""
    got = items("""
    待办：
    1.葛文静：①6月12日前完成东区管网压力数据复核并出具复核报告；②6月15日前提交二号泵站双电源切换
    试验记录。
    2.邵明轩：本周五前把加药间的安全检查表补齐，
    报质量部鲁海涛备案。
    3.我这边：6月19日前组织全厂设备自查。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [
        ("葛文静", "2026-06-12"), ("葛文静", "2026-06-15"), ("邵明轩", "2026-06-12"), (None, "2026-06-19")]
    assert got[2][1].endswith("报质量部鲁海涛备案")


def test_an_item_line_that_ends_in_a_full_stop_does_not_go_on():
    """The near miss: the item ends in '。', so the next line at the margin is a line of its own."""
    got = items("""
    待办：
    1.邵明轩：本周五前把加药间的安全检查表补齐。
    鲁海涛6月16日前完成加药间的验收。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("邵明轩", "2026-06-12"), ("鲁海涛", "2026-06-16")]


def test_a_unit_leads_and_the_person_after_it_only_helps():
    """'东河水厂负责，设备部邵明轩配合：…': the unit answers for it (no_owner); 配合 names a helper, never the owner."""
    got = items("""
    待办：
    1.东河水厂负责，设备部邵明轩配合：6月19日前完成二号泵站制动系统检测。
    2.东河水厂负责，邵明轩协助，6月22日前完成加药泵检测。
    """)
    assert [(owner, due, flags) for owner, _, due, flags in got] == [
        (None, "2026-06-19", ("no_owner",)), (None, "2026-06-22", ("no_owner",))]


def test_a_person_in_a_later_clause_who_leads_still_owns_it():
    """The near miss: the later clause's person is the one with 负责 ('…，鲁海涛负责'), or the line states a fact
    first and then gives the work ('…有偏差，邵明轩6月12日前复测')."""
    got = items("""
    待办：
    1.加药间验收要在6月16日前完成，鲁海涛负责。
    2.二号泵站压力数据有偏差，邵明轩6月12日前复测。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("鲁海涛", "2026-06-16"), ("邵明轩", "2026-06-12")]
