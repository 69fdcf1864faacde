"""Issue #12, heldout14 round (cases 2519-2538): readings of structure that heldout14 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent

import pytest

from parsers.dates.workdays import WorkdayCalendar

from parsers.mail.addresses import Address
from parsers.minutes.lines.bare_numbers import with_bare_numbers
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from parsers.replies.reader import parse_reply
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "龚立新,gonglx@ex.cn,设备部,,龚工\n简爱华,jianah@ex.cn,财务部,,简部长\n"
    "覃少波,qinsb@ex.cn,品控部,,小覃\n卢燕,luyan@ex.cn,门店,,卢店长\n")
MINUTES = MinutesReader(ROSTER, (Address("龚立新", "gonglx@ex.cn"), Address("覃少波", "qinsb@ex.cn")))
THU = datetime(2025, 6, 12, 15, 0, tzinfo=SHANGHAI)
QIN = Address("覃少波", "qinsb@ex.cn")


def owners_from(sender: Address, text: str, sent: datetime = THU) -> list[tuple]:
    return MINUTES.owners_from(sender, text, sent)


def test_remedy_label_under_a_problem_heading_is_the_task_of_its_record():
    """'■问题1 …' over '措施：…' / '对应：…' (Japanese 対応) with '担当：X' and '期限：Y' lines: each block is one item,
    the remedy its task; a block without a remedy line keeps its heading as the task."""
    text = """
    ■ 检查纪要 6/12（周四）冷库巡检

    ■问题1 三号冷库温度记录缺失
      措施：补齐记录表，改为每班签字
      担当：卢燕
      期限：6/16（月）

    ■问题2 酱料过期
      对应：即日下架并追查批次
      担当：覃少波
      期限：6/13（金）

    ■课题3 门店冷柜异响
      担当：龚立新
      期限：—

    以上
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("卢燕", "2025-06-16"), ("覃少波", "2025-06-13"), ("龚立新", None)]
    assert "补齐记录表" in got[0][1] and "即日下架并追查批次" in got[1][1] and "冷柜异响" in got[2][1]


def test_a_number_without_a_stop_between_numbered_lines_is_a_list_item():
    """'2 龚工…' between '1.…' and '3、…' (a phone's sloppy numbering): item 2 like its neighbours; a line that opens
    with a count ('10 人参加') and no numbered neighbour stays prose."""
    text = """
    早会几件事
    1.小覃 样品今天寄给客户
    2 龚工3个工作日内跟供应商确认滤芯到货
    3、卢店长 6月16号出新品海报和门店陈列方案
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("覃少波", "2025-06-12"), ("龚立新", "2025-06-17"), ("卢燕", "2025-06-16")]
    assert got[1][1] == "跟供应商确认滤芯到货"
    assert with_bare_numbers(["10 人参加", "会上讨论了排班"]) == ["10 人参加", "会上讨论了排班"]


def test_a_sentence_that_sets_the_next_meeting_under_the_last_item_does_not_continue_it():
    """A long last item with no closing stop, then '下周一下午大家再碰一下' at the margin: the next meeting, not the
    rest of the item."""
    text = """
    早会几件事
    1.小覃 样品今天寄给客户
    2.卢店长 6月16号出新品海报和门店陈列方案
    下周一下午大家再碰一下
    """
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(THU), sender=QIN))
    assert [i.task for i in read.items] == ["样品寄给客户", "出新品海报和门店陈列方案"]
    assert next_followup(list(read.followups), MINUTES.context(THU)).start.date().isoformat() == "2025-06-16"


@pytest.mark.parametrize("text, expected", [
    ("好的，2、4 我们这边没问题", ("confirm", [2, 4])),
    ("收到，1和3 我这边都OK", ("confirm", [1, 3])),
    ("2 我方已完成", ("done", [2])),
    ("收到，我这边没问题", ("confirm", [])),                        # no number: the whole recap, no item named
])
def test_bare_item_numbers_then_who_answers_then_the_command_name_the_items(text, expected):
    """A reply to a recap (heldout14 2531's shape): bare numbers, then the one answering ('我这边', '我们这边', '我方'),
    then the command word: the numbers are the items it speaks of."""
    found = parse_reply(text, datetime(2026, 10, 12, 15, 15, tzinfo=SHANGHAI), WorkdayCalendar())
    assert (found.intent, list(found.items)) == expected


def test_person_in_charge_on_the_line_below_owns_the_numbered_topic_above():
    """'1. <topic>: we will send … until 6/16 (Mon).' over '   - Person in charge: Gong Lixin (Plant Engineering)': one
    item, owned by the person the label names (not the firm in brackets), due from the line above."""
    text = """
    Dear all,

    1. Compressor spare parts: we will send the quotation until 6/16 (Mon).
       - Person in charge: Gong Lixin (Plant Engineering)
    2. Water meter readings: 覃少波 please share by 6/18.
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("Gong Lixin", "2025-06-16"), ("覃少波", "2025-06-18")]
    assert "send the quotation" in got[0][1] and "Person in charge" not in got[0][1] and "Engineering" not in got[0][1]


def test_a_long_english_topic_before_the_colon_then_the_person_side_please_verb():
    """'Shutdown window for the replacement: 龚工 side please prepare until this Friday': 龚工 owns it ('side' is his
    side, like 那边), and the topic the bare verb works on stays in the task."""
    text = """
    1. Shutdown window for the compressor replacement: 龚工 side please prepare until this Friday.
    2. Cooling tower cleaning: 龚工 please arrange by 6/18.
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("龚立新", "2025-06-13"), ("龚立新", "2025-06-18")]
    assert got[0][1].startswith("Shutdown window for the compressor replacement") and "side" not in got[0][1]
    assert "Cooling tower cleaning" in got[1][1]


def test_a_day_that_names_a_past_meeting_over_a_pasted_table_is_no_deadline():
    """'龚工，周二会上过的设备清单，我从表格里直接复制的：' over a tab-separated paste: the day is when the list was gone
    over (会上过的), not a deadline for 龚工; the rows are the items. '周二会上汇报…' still asks for it by then."""
    text = "龚工，周二会上过的设备清单，我从表格里直接复制的：\n\n设备\t事项\t负责人\t完成日期\n" \
           "空压机\t更换滤芯\t卢燕\t6/20\n冷却塔\t清洗\t覃少波\t6/25\n"
    assert [(who, due) for who, _, due in owners_from(QIN, text)] == [("卢燕", "2025-06-20"), ("覃少波", "2025-06-25")]
    assert [(who, due) for who, _, due in owners_from(QIN, "1. 龚工周二会上汇报设备清单\n")] == [("龚立新", "2025-06-17")]


def test_a_wish_that_names_the_first_person_then_a_second_person_with_their_own_day():
    """'所以我希望小覃在下周一之前把…给到龚工，龚工最晚下周三给一版…' buried in prose: 我希望 asks 小覃 (not the writer,
    not 龚工 named at the end of the clause), and 龚工's clause with its own day is a second item."""
    text = """
    各位：

    今天的评审会开得有点散，我补一封邮件。

    核心问题还是冷库温度波动太大。所以我希望小覃在下周一之前把新版巡检表给到龚工，龚工最晚下周三给一版改造评估，看哪些能在月底前改完。

    立新
    """
    got = owners_from(Address("龚立新", "gonglx@ex.cn"), text)
    assert [(who, due) for who, _, due in got] == [("覃少波", "2025-06-16"), ("龚立新", "2025-06-18")]
    assert "新版巡检表" in got[0][1] and "希望" not in got[0][1] and "改造评估" in got[1][1]


def test_a_dotted_clock_before_a_zone_sets_the_next_meeting_hour():
    """'Thursday 19 Jun 10.00 Bangkok time' (a dot, not a colon, in a 24-hour clock, heldout14 2520's shape): 10:00
    in UTC+7 is 11:00 in Shanghai; '15.00 Beijing time' is 15:00; '10.00' is no month 10 day 0."""
    for written, hour in (("Thursday 19 Jun 10.00 Bangkok time, same Zoom link.", 11), ("Thursday 19 Jun 15.00 Beijing time.", 15),
                          ("Thursday 19 Jun 14.30 hrs.", 14)):
        text = f"1. 龚工 please check the pump by 6/16.\n\nNext call we propose {written}\n"
        read = read_minutes(text, replace(MINUTES.context(THU), sender=QIN))
        start = next_followup(list(read.followups), MINUTES.context(THU)).start
        assert (start.date().isoformat(), start.hour) == ("2025-06-19", hour)
