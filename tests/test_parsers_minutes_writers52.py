"""Issue #12, session 20: readings heldout69's and heldout70's misses asked for (both scored once on b9fe8a8), each
tested on a variant written here beside its near miss."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.due import find_all_dues
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.mail.letter import is_letter
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "邬春兰,wucl@ex.cn,种植基地,,邬组长\n韦立群,weilq@ex.cn,种植基地,,韦场长\n邰文博,taiwb@ex.cn,研发部,,邰工\n"
    "甄秀英,zhenxy@ex.cn,防御科,,甄工\nIvo Bakker,ivo@ex.cn,Operations,,Ivo\n")
KNOWN = (Address("邬春兰", "wucl@ex.cn"), Address("韦立群", "weilq@ex.cn"), Address("邰文博", "taiwb@ex.cn"),
         Address("甄秀英", "zhenxy@ex.cn"), Address("东湖街道 庞建设", "pangjs@street.example.gov.cn"))
MINUTES = MinutesReader(ROSTER, KNOWN)
FRI = datetime(2026, 7, 10, 7, 55, tzinfo=SHANGHAI)          # Friday 2026-07-10, early morning
WRITER = Address("韦立群", "weilq@ex.cn")


def items(text: str, sent: datetime = FRI) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def test_a_site_with_its_person_over_numbered_steps():
    """'东区苗圃（邬组长）：' over '①…②…' gives her both; '西区苗圃（我自己盯）：' gives the writer his; a line that stops on
    a comma goes on below ('…出一份对比分析，' + '月底前给韦场长。')."""
    read = read_minutes(dedent("""
    两个苗圃分开安排：

    东区苗圃（邬组长）：
    ①完成苗床消毒，下周三前把记录表发我；
    ②秋季扦插用的母株挑选，7月20日前挑完。

    西区苗圃（我自己盯）：
    ①完成苗床消毒，7月17日前；

    研发部邰工：两个苗圃的土样检测结果汇总后出一份对比分析，
    月底前给韦场长。
    """).strip("\n"), replace(MINUTES.context(FRI), sender=WRITER))
    assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [
        ("邬春兰", "2026-07-15"), ("邬春兰", "2026-07-20"), ("韦立群", "2026-07-17"), ("邰文博", "2026-07-31")]


def test_this_mornings_meeting_is_no_meeting_to_come():
    """'今早苗圃碰头会说的事记一下' names the meeting held; '下周五上午8点还在东区苗圃碰头' the next; '今天上午10:00经营
    碰头会，本次沟通确认2件事：…' is this meeting at 10:00, so '下周三同一时间' is 10:00; '今天下午4点在车间碰一下' is still
    one to come."""
    assert MINUTES.next_meeting("今早苗圃碰头会说的事记一下：\n1. 邬组长：下周三前把记录表发我\n下周五上午8点还在东区苗圃碰头。\n", FRI) == \
        "2026-07-17 08:00"
    assert MINUTES.next_meeting("今天上午10:00经营碰头会，本次沟通确认2件事：①苗床消毒（负责人：邬组长，截止时间：7月15日）；"
                                "②土样检测（负责人：邰工，截止时间：月底前）。\n下周三同一时间再碰一次。\n", FRI) == "2026-07-15 10:00"
    assert MINUTES.next_meeting("1. 邰工明天上午10点前提交检测方案；\n今天下午4点在车间办公室碰一下处理结果。\n", FRI) == "2026-07-10 16:00"


def test_a_short_line_of_a_day_a_clock_and_a_meeting():
    """'下周一上午9:30周会。' closing forwarded minutes sets the next one."""
    assert MINUTES.next_meeting("今天销售周会纪要如下：\n1. 邬组长：苗床消毒，周五前；\n下周一上午9:30周会。\n", FRI) == "2026-07-13 09:30"


def test_a_bureau_long_name_and_a_person_shown_after_their_unit():
    """'区水利和湖泊局甄秀英同志对接…' is hers; Cc '东湖街道 庞建设 <…>' is 庞建设 when the minutes name him."""
    assert items("""
    二、工作安排
    （一）区水利和湖泊局甄秀英同志对接安装3处雨量站，7月15日前完成。
    （二）庞建设负责组织网格员开展一次夜间转移演练，7月17日（周五）前完成。
    """) == [("甄秀英", "对接安装3处雨量站", "2026-07-15"), ("庞建设", "组织网格员开展一次夜间转移演练", "2026-07-17")]


def test_a_spice_is_no_day_and_a_question_that_moves_a_call():
    """'锁定9月八角采购价' names star anise, not 8 September; 'Could we move Thursday's audit follow-up call to Friday 10:00
    CST (04:00 CEST)?' to one person is a letter, however long the question."""
    sent = datetime(2026, 8, 18, 9, 0, tzinfo=SHANGHAI)
    assert [d.text for d in find_all_dues("锁定9月八角采购价，中秋节前", sent, WorkdayCalendar())] == ["中秋节前"]
    assert is_letter("Move Thursday's call?", "Hi Ivo,\nCould we move Thursday's audit follow-up call to Friday 10:00 CST "
                     "(04:00 CEST)? Frank is at a customer on Thursday.", ("Ivo Bakker",))


def test_actions_by_their_code_each_over_owner_and_due():
    """'A1  Install …' / 'Owner: … Due: …' / 'A2  Issue …' / 'Owner: … Due: …': two actions, the second no detail of the
    first."""
    raw = ("From: Ivo Bakker <ivo@ex.cn>\nTo: 邰文博 <taiwb@ex.cn>\nCc: minutes@ex.cn\nSubject: Audit follow-up actions\n"
           "Date: Tue, 16 Jun 2026 10:00:00 +0800\nMessage-ID: <a52@ex.cn>\nContent-Type: text/plain; charset=utf-8\n\n"
           "Open actions\nA1  Install a second metal detector after the mill.\nOwner: Ivo Bakker    Due: 31 July 2026\n"
           "A2  Issue the cold store temperature mapping report.\nOwner: 邰文博    Due: 30 June 2026\n").encode()
    read = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@ex.cn")
    assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [("Ivo Bakker", "2026-07-31"), ("邰文博", "2026-06-30")]


def test_a_block_whose_action_is_none_and_a_helper_with_nothing_of_their_own():
    """'Action: none – monitoring only, …' under Owner/Due labels asks nothing; '配合邬组长消毒，无单独事项' neither."""
    assert items("""
    1. Owner: Ivo Bakker
       Action: send the rooting report
       Due: Friday 17 July
    2. Owner: Ivo Bakker
       Action: none – monitoring only, Ivo reports back if rooting drops below 80%.
       Due: -
    """) == [("Ivo Bakker", "send the rooting report", "2026-07-17")]
    assert items("【邰工】\n①土样检测报告，周三前发我；\n【韦场长】\n配合邬组长做苗床消毒，无单独事项。\n") == [("邰文博", "土样检测报告，发我", "2026-07-15")]
