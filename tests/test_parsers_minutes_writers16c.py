"""Issue #12, heldout12 second round (tune15c): readings of structure that heldout12 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the mail had."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent

from parsers.dates.due import find_due
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

CAL = WorkdayCalendar()
ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\nPriya Nair,priya@ex.cn,工程部,,Priya\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"), Address("罗永庆", "luo@qq.example.com"),
                                 Address("Priya Nair", "priya@ex.cn")))
TUE = datetime(2025, 6, 10, 10, 0, tzinfo=SHANGHAI)
MAXIAO = Address("马骁", "maxiao@ex.cn")


def items_from(sender: Address, text: str, sent: datetime) -> list[tuple]:
    """(owner name, task, due day) of each item of minutes that `sender` sent."""
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(sent), sender=sender))
    return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None) for i in read.items]


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


def test_a_week_named_by_its_first_day_is_a_period_not_that_day():
    """'week of 23 Nov', 'w/c 16 June', '6月16日那周': a week, no day in it chosen -> vague, never the day written."""
    for line in ("Due: week of 16 June", "Due: the week commencing June 16th (exact date TBC)", "Due: w/c 16/6",
                 "期限：6月16日那周", "6月16号当周内完成"):
        due = find_due(line, TUE, CAL)
        assert due is not None and due.vague and due.date is None, line
    assert find_due("Due: 16 June", TUE, CAL).date.isoformat() == "2025-06-16"
    assert find_due("6月16日周一前完成", TUE, CAL).date.isoformat() == "2025-06-16"


def test_a_next_meeting_moved_to_a_day_is_that_day_not_the_one_it_left():
    """'6/19 放假 → 下次周会改到 Wed 6/18, 10:00': the day after the move (改到/提前到/推迟到/moved to/→) is the
    meeting's; the day before it is the one given up."""
    assert next_meeting("待办：\n1. 何斌：更新库位表，周五前\n\n## 下次\n6/19 端午放假 → 下次周会提前到 **Wed 6/18, 10:00**。\n",
                        TUE) == "2025-06-18 10:00"
    assert next_meeting("待办：\n1. 何斌：更新库位表，周五前\n\n下次会议：原定6月17日，推迟到6月19日（周四）下午3点。\n",
                        TUE) == "2025-06-19 15:00"
    assert next_meeting("Actions\n1. Ben: update the bin map by Friday\n\nNext meeting: 6/17 clashes with the audit, "
                        "moved to Thu 6/19, 2pm.\n", TUE) == "2025-06-19 14:00"
    assert next_meeting("待办：\n1. 何斌：更新库位表，周五前\n\n下次会议：6月17日（周二）15:00\n", TUE) == "2025-06-17 15:00"


def test_a_standups_today_list_is_the_work_and_its_done_list_is_not():
    """A stand-up: 'done:' / 'Yesterday' report, 'today:' / '今天：' plan; '- [x]' and '- [ ] @handle' checkboxes; the
    next one 'tmrw 9:30' is tomorrow."""
    text = """
    standup 6/10

    done:
    - [x] @ben bin map uploaded
    blocked: @helen waiting on the calibration cert

    today:
    - [ ] @ben recount aisle 3 - EOD
    - [ ] @helen sample audit, report by Thu

    next standup tmrw 9:30 as usual
    """
    assert [(who, due) for who, _, due in items_from(MAXIAO, text, TUE)] == [("何斌", "2025-06-10"), ("秦海燕", "2025-06-12")]
    assert next_meeting(text, TUE) == "2025-06-11 09:30"
    chinese = "站会 6/10\n\n昨天：\n- 何斌 库位表已上传\n\n今天：\n- 何斌 盘点3号通道，下班前\n- 小孔 退货区划线，周四前\n"
    assert [(who, due) for who, _, due in items_from(MAXIAO, chinese, TUE)] == [("何斌", "2025-06-10"), ("孔令辉", "2025-06-12")]
    assert find_due("ship it 2moro", TUE, CAL).date.isoformat() == "2025-06-11"


def test_an_opening_that_sums_up_todays_meeting_with_names_in_brackets_is_no_item():
    """'Quick summary of today's PPAP kick-off with Vorland (Jonas Keller, 刘建平).': the sentence is about the
    meeting; today is when it was held and the bracket lists who came."""
    for opening in ("Quick summary of today's bin audit with Kongs (Ben, 马骁).",
                    "Notes from today's recount call with the 3PL (Ben, Helen).",
                    "Short recap of today's sync with the forwarder (Helen, 小孔)."):
        text = f"{opening}\n\nActions :\n• Ben - recount aisle 3, by 6/13\n"
        assert [(who, due) for who, _, due in items_from(MAXIAO, text, TUE)] == [("何斌", "2025-06-13")], opening


def test_an_entry_without_labels_among_labelled_directive_entries_is_a_rule():
    """'（一）… 责任单位：… 完成时限：…' entries, and between them '（二）…实行…制度，发现…须30分钟内上报': the entry that
    names no unit and no time limit, on it or below it, is a standing rule, not a task, whatever span its words hold."""
    text = """
    一、会议议定事项
    （一）开展仓库消防隐患排查。对全部库区的喷淋、消防通道开展排查，建立台账。
    责任单位：仓储部（孔令辉）
    完成时限：6月20日前
    （二）严格执行动火审批。动火作业实行审批制度，发现违规须30分钟内上报安环部。
    （三）更新应急预案并组织演练。
    责任单位：质量部（秦海燕）
    完成时限：3个工作日内
    （四）仓储部牵头修订《库区巡检制度》，完成时限：6月底前。
    二、参会人员
    马骁、何斌、孔令辉、秦海燕
    """
    got = items_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("孔令辉", "2025-06-20"), ("秦海燕", "2025-06-13"), (None, "2025-06-30")]


def test_a_chat_speakers_own_promise_with_a_day_is_their_item():
    """A pasted chat: under 'Name HH:MM' (an English name too: 'Priya Nair 20:40'), '收到，我明天把…发过去' and
    '<topic>我<date>前<verb>' are the speaker's own work; an acknowledgement (收到/好的/OK) opens the message."""
    text = """
    刚才群里说好的，贴一下：

    马骁 20:31
    好，那就这么定：库位表先改一版
    何斌 20:32
    收到，我明天把新库位表发过去
    Priya Nair 20:40
    盘点表我6月20号前更新，来得及
    """
    got = items_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("何斌", "2025-06-11"), ("Priya Nair", "2025-06-20")]
    assert "库位表" in got[0][1] and "盘点表" in got[1][1]


def test_arrow_lines_under_a_status_line_are_its_items_led_by_its_topic():
    """'1、topic：where it stands' over '→ who, what, when': the arrow lines are the work, each task led by the topic;
    the status line above names people and days of what happened ('何工说…', '供应商答应…前'), and asks for nothing."""
    text = """
    周会纪要如下：

    1、二号线 冲压模具点检：外协厂答应6月13日前返修完，何工说问题不大。
       → 何工：6月16日前复核返修件尺寸
    2、库位调整：小孔说新货架基本到齐了。
       → 小孔 周五前 完成A区上架，并更新库位表
       → 秦工 下周三前 抽检上架准确率
    3、安全月活动——已办完，本条关闭。
    """
    got = items_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("何斌", "2025-06-16"), ("孔令辉", "2025-06-13"), ("秦海燕", "2025-06-18")]
    assert got[0][1].startswith("二号线 冲压模具点检") and "复核返修件尺寸" in got[0][1]
    assert all(task.startswith("库位调整") for _, task, _ in got[1:])


def test_the_one_of_several_people_who_owns_the_work_owns_the_line():
    """'AI Ben / Helen: <task>. Helen owns the test report, due 6/20': the later sentence picks the owner among the
    people before the colon; the task is what the line asked, with the deliverable; no item of its own for 'the report'."""
    text = """
    Minutes of the DC layout review.

    2) Racking - load test
    We agreed to re-test bay 3 after the repair.
    AI Ben / Helen: on-site load test (3 bays, 1 day) at the Kunshan DC. Helen owns the test report, due 6/20.

    3) Labels
    Action Max, Ben: reprint the bin labels. Max is responsible for the vendor order, by Friday.
    """
    got = items_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("秦海燕", "2025-06-20"), ("马骁", "2025-06-13")]
    assert got[0][1].startswith("on-site load test") and "test report" in got[0][1]
    assert got[1][1].startswith("reprint the bin labels")


def test_a_wrapped_item_left_in_an_open_bracket_takes_the_label_line_and_by_me_is_the_writer():
    """'4. 仓库盘点差异，由我跟小孔确认（A区，' + '   时间：周四前）。': the bracket left open takes the label line below
    into the item; 由我 is the writer (as 我 is)."""
    text = """
    今天仓储碰头，记录如下：

    1. 退货区重新划线，由何斌负责，6月20日
       前完成。
    2. 仓库盘点差异复核，由我跟小孔确认（A区，
       时间：周四前）。
    """
    got = items_from(MAXIAO, text, TUE)
    assert [(who, due) for who, _, due in got] == [("何斌", "2025-06-20"), ("马骁", "2025-06-12")]
    assert "仓库盘点差异" in got[1][1] and "小孔" in got[1][1]


def test_a_quarter_end_written_with_q_is_its_last_day():
    """'Q2末前', 'Q3底', 'end of Q3': the quarter's last day, in prose too ('…维持。小孔 Q2末前完成…')."""
    assert find_due("Q2末前完成供应商审核", TUE, CAL).date.isoformat() == "2025-06-30"
    assert find_due("Q3底上线", TUE, CAL).date.isoformat() == "2025-09-30"
    assert find_due("close the audit by end of Q3", TUE, CAL).date.isoformat() == "2025-09-30"
    text = "O1 库存准确\n🟡 KR2 盘点差异 ≤ 0.5%：目前 0.8%。小孔 Q2末前做完第二轮全盘（≥3个库区）并出报告。\n"
    assert [(who, due) for who, _, due in items_from(MAXIAO, text, TUE)] == [("孔令辉", "2025-06-30")]
