"""Issue #12, session 13: readings of structure heldout28's known misses showed, each tested on a variant written here
beside its near miss: one task given to people each written after their unit ('技术部何帆、质量部宋佳，…') is one item
each, and a line marked done after a dash with a note of how ('– done, sent today') asks for nothing."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "梅长青,meicq@ex.cn,东湖水厂,,梅厂长\n宋佳,songjia@ex.cn,质量部,,\n何帆,hefan@ex.cn,技术部,,何工\n"
    "Maria Lund,maria@ex.no,Sales,,Maria\nTom Berg,tom@ex.no,Supply,,Tom\n")
PEOPLE = (Address("梅长青", "meicq@ex.cn"), Address("宋佳", "songjia@ex.cn"), Address("何帆", "hefan@ex.cn"),
          Address("Maria Lund", "maria@ex.no"), Address("Tom Berg", "tom@ex.no"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
TUE = datetime(2026, 5, 12, 15, 0, tzinfo=SHANGHAI)          # Tuesday 2026-05-12


def items(text: str) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, TUE).items]


def test_people_each_after_their_unit_share_one_task():
    """'泵房巡检记录电子化：技术部何帆、质量部宋佳，5月20日前上线': both own it; a unit among the names names nobody more."""
    text = """
    会议纪要如下：
    1. 泵房巡检记录电子化：技术部何帆、质量部宋佳，5月20日前上线。
    2. 水质月报模板修订：东湖水厂梅长青和质量部宋佳，本周五前。
    3. 应急预案演练：技术部何帆、质量部，下周三前。
    """
    got = items(text)
    assert [(owner, due) for owner, _, due, _ in got] == [
        ("何帆", "2026-05-20"), ("宋佳", "2026-05-20"), ("梅长青", "2026-05-15"), ("宋佳", "2026-05-15"),
        ("何帆", "2026-05-20")]
    assert all("质量部" not in task and "宋佳" not in task for _, task, _, _ in got[:4])


def test_a_line_marked_done_after_a_dash_with_a_note_of_how_is_no_item():
    """'– done, shared in Teams' reports the work finished; '– done, the rest by Friday' still asks for the rest."""
    text = """
    Actions
    1. Maria – send the price list to the distributor – done, shared in Teams
    2. Tom – book the container for June – done, the balance by Friday
    3. Tom – confirm the pallet count with the warehouse, by Thursday
    4. 宋佳 – 更新质检记录模板——已关闭，已归档
    """
    got = items(text)
    assert [(owner, due) for owner, _, due, _ in got] == [("Tom Berg", "2026-05-15"), ("Tom Berg", "2026-05-14")]


def next_meeting(text: str) -> str | None:
    return MINUTES.next_meeting(text, TUE)


def test_a_next_meeting_section_whose_time_line_says_when_it_starts():
    """'三、下次培训' over '5月26日（周二）' and '下午两点开始，线上': 开始 says when the meeting starts (in a due it would
    say from when work starts, which is no deadline)."""
    text = """
    二、下一步安排
    1. 培训签到表：宋佳汇总，本周五前。

    三、下次培训
    5月26日（周二）
    下午两点开始，线上
    """
    assert next_meeting(text) == "2026-05-26 14:00"


def test_a_closing_sentence_that_sets_a_clock_and_a_meeting_word_is_the_next_meeting():
    """'周四上午10:30在二楼会议室碰头。' ends the minutes: the next meeting; '明天下午4点前完成复盘' is a deadline."""
    assert next_meeting("""
    会议纪要：
    1. 何工：对阀板做金相分析，明天下午3点前出结论。
    2. 宋佳：明天下午4点前完成复盘报告。

    周四上午10:30在二楼会议室复盘。
    """) == "2026-05-14 10:30"
    assert next_meeting("""
    会议纪要：
    1. 何工：对阀板做金相分析，明天下午3点前出结论。
    2. 宋佳：明天下午4点前完成复盘。
    """) is None
