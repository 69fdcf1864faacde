"""Issue #12, session 20: readings heldout63's and heldout64's misses asked for (both scored once on 9014001), each
tested on a variant written here beside its near miss."""
from datetime import datetime
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.pdflayout import PageText, reading_order
from parsers.mail.pdftables import Box
from parsers.minutes.owning.people import Roster
from parsers.mail.addresses import Address
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "纪晓云,jixy@ex.cn,质量部,,晓云;Cloud Ji\n符立军,fulj@ex.cn,设备科,,符科长\n沙海英,shahy@ex.cn,办公室,,\n"
    "乌兰,wulan@ex.cn,统计股,,乌股长\nRoss Hale,ross@ex.co.nz,Sales,,Ross\n")
MINUTES = MinutesReader(ROSTER, (Address("纪晓云", "jixy@ex.cn"), Address("符立军", "fulj@ex.cn"),
                                 Address("Ross Hale", "ross@ex.co.nz")))
MON = datetime(2026, 9, 7, 16, 30, tzinfo=SHANGHAI)          # Monday 2026-09-07


def items(text: str, sent: datetime = MON) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def test_a_recordings_speakers_with_their_minute_are_speech():
    """'纪晓云 02:14：样品我周三前寄出。' after an AI record's 待办: what was said, timed by the recording's minute, is
    no item; a chat line '符立军 14:05' over its message is no recording."""
    assert items("""
    待办
    ☐ 符立军：周五前完成2号线点检
    发言记录
    纪晓云 00:03：先看上周的问题。
    纪晓云 02:14：样品我周三前寄出。
    """) == [("符立军", "完成2号线点检", "2026-09-11")]


def test_rows_typed_with_bars_in_a_pdf_are_not_one_wrapped_line():
    """A PDF whose table is typed as 'No. | Action | Owner | Due' rows, each as wide as the page's widest line: each row
    stays a line (before, each looked wrapped into the next)."""
    rows = ["No. | Action                      | Owner | Due", "1   | Ship the spare seals        | Ross  | 11 Sep 2026",
            "2   | Update the drawing rev C    | Ross  | 18 Sep 2026"]
    boxes = tuple(Box(50.0, 50.0 + 5.4 * len(text), 700.0 + 16 * n, 709.0 + 16 * n, text) for n, text in enumerate(rows))
    text, _ = reading_order([PageText(595.0, 842.0, boxes, ())])
    assert text.splitlines() == rows


def test_a_sign_off_of_a_unit_and_a_job_is_no_item():
    """'沙海英 | 办公室文员' and '纪晓云 质量部检验员' close the mail: who wrote it, not work."""
    assert items("""
    待办
    1. 符立军：周五前完成2号线点检
    沙海英 | 办公室文员
    """) == [("符立军", "完成2号线点检", "2026-09-11")]


def test_this_meetings_hours_in_the_line_that_calls_it_minutes():
    """'今天上午例会（9:30-10:40，三楼）纪要如下' gives the time '下周一同一时间' means, though '例会' + a clock reads like
    a meeting to come; '…9点复盘一次' sets the next one."""
    head = "今天上午例会（9:30-10:40，三楼）纪要如下：\n1. 符立军：周五前完成2号线点检\n"
    assert MINUTES.next_meeting(head + "下周一同一时间再碰。", MON) == "2026-09-14 09:30"
    assert MINUTES.next_meeting(head + "9月14日（周一）下午3点复盘一次。", MON) == "2026-09-14 15:00"


def test_a_closed_column_of_yes_and_no():
    """'是否办结' / 'Closed?' with 是 or Yes: that row is done; 否 / No: still open."""
    assert items("""
    序号\t重点工作\t责任人\t计划完成时间\t是否办结
    1\t设备台账更新\t符立军\t2026/9/4\t是
    2\t质量月活动方案\t纪晓云\t2026/9/15\t否
    """) == [("纪晓云", "质量月活动方案", "2026-09-15")]
    assert items("""
    Action\tOwner\tDue\tClosed?
    Ship the spare seals\tRoss\t11 Sep 2026\tNo
    Update the drawing\tRoss\t4 Sep 2026\tYes
    """) == [("Ross Hale", "Ship the spare seals", "2026-09-11")]


def test_undertaken_by_and_the_time_node():
    """'承办：设备科（符科长）；时间节点：9月15日前' as a 责任人/完成时限 pair; '承办：城投公司、区交通局' lists units none of
    ours: the item stands with no owner."""
    assert items("""
    现将会议议定事项纪要如下：
    （一）锅炉房安全检查。承办：设备科（符科长）；时间节点：9月15日前。
    （二）施工便道临时封闭。承办：城投公司、区交通局；时间节点：尽快。
    """) == [("符立军", "锅炉房安全检查", "2026-09-15"), (None, "施工便道临时封闭", None)]


def test_a_next_meeting_in_a_quarter_yet_undecided():
    """'Next pricing committee: Q4, date TBD' names no day; 'Q4 review: 8 December 2026 (time to be confirmed)' does."""
    head = "Actions\n1. Ross to ship the spare seals by 11 Sep.\n"
    assert MINUTES.next_meeting(head + "Next pricing committee: Q4, date TBD.", MON) is None
    assert MINUTES.next_meeting(head + "下次会议：四季度，时间待定。", MON) is None
    assert MINUTES.next_meeting(head + "Next review (Q4): 8 December 2026, time to be confirmed.", MON)[:10] == "2026-12-08"


def test_work_its_labels_complete_is_no_meeting_to_come():
    """'二是…设备科在国庆节后第一个工作日组织…召开安全现场会' over '责任单位：设备科；责任人：符立军；完成时限：…' is his
    item (the labels say so), not the next meeting."""
    got = MINUTES.read("""
    现将会议议定事项纪要如下：
    二是做好节后复工检查。设备科在国庆节后第一个工作日组织各车间召开安全现场会。
    责任单位：设备科；责任人：符立军；完成时限：国庆节后第一个工作日。
    """, MON)
    assert [(i.owner.name, i.due_date.isoformat()) for i in got.items] == [("符立军", "2026-10-08")]
    assert got.followups == ()


def test_the_steps_of_a_topic_in_one_cell():
    """'冷凝器改造：①确定方案②停机施工' in the task cell: each step says what it is done to."""
    assert items("""
    序号\t事项\t负责人\t完成时间
    1\t冷凝器改造：①确定方案（9月10日前）②停机施工（9月20日前）\t符立军\t见事项
    """) == [("符立军", "冷凝器改造：确定方案", "2026-09-10"), ("符立军", "冷凝器改造：停机施工", "2026-09-20")]


def test_an_open_box_is_work_wherever_it_stands():
    """'[ ] somebody from maintenance to look at the dock light - asap' under a sentence that is no heading: work with no owner;
    '[x] …' is done."""
    assert items("""
    Thanks for the walk today. Follow-ups below, tick them when done.
    [x] @Ross fire door signage (fixed on the spot)
    [ ] @Ross ship the spare seals by Friday
    [ ] somebody from maintenance to look at the dock light - asap
    """) == [("Ross Hale", "ship the spare seals", "2026-09-11"), (None, "maintenance to look at the dock light", None)]


def test_a_units_clauses_after_its_colon_are_all_its_own():
    """'统计股（乌股长）：月报口径保持不变；9月10日前上报8月产值数据。' — the second clause is hers too."""
    assert items("""
    9月7日调度会议定事项如下：
    统计股（乌股长）：整理上月台账；9月10日前上报8月产值数据。
    """) == [("乌兰", "整理上月台账", None), ("乌兰", "上报8月产值数据", "2026-09-10")]


def test_a_site_newsletter_is_no_minutes():
    """'Plant News - September 2026' sent by a person to the staff list: a bulletin, though its lines name people."""
    raw = ("From: 沙海英 <shahy@ex.cn>\nTo: All staff <all@ex.cn>\nCc: minutes@ex.cn\nSubject: Plant News - September 2026\n"
           "Date: Mon, 07 Sep 2026 09:00:00 +0800\nMessage-ID: <news9@ex.cn>\nContent-Type: text/plain; charset=utf-8\n\n"
           "Dear colleagues,\n\nPeople\n- Please welcome our new buyer, Ross Hale, who joins the sales team today.\n"
           "- Autumn outing on Saturday 19 September. Please register with 沙海英 by Friday.\n\nHave a good month!\n").encode()
    read = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@ex.cn")
    assert read.kind == "other" and read.items == ()
