"""Issue #12, session 20: readings heldout67's and heldout68's misses asked for (both scored once on a1b946c), each
tested on a variant written here beside its near miss."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.due import find_due
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "卢建平,lujp@ex.cn,设备部,,卢主任\n汤慧敏,tanghm@ex.cn,办公室,,汤主任\n詹志勇,zhanzy@ex.cn,仓储部,,詹部长\n"
    "Ingrid Holm,ingrid@ex.cn,Quality,,Ingrid\nOscar Lind,oscar@ex.cn,Operations,,Oscar\n")
MINUTES = MinutesReader(ROSTER, (Address("卢建平", "lujp@ex.cn"), Address("汤慧敏", "tanghm@ex.cn"),
                                 Address("詹志勇", "zhanzy@ex.cn"), Address("Ingrid Holm", "ingrid@ex.cn"),
                                 Address("Oscar Lind", "oscar@ex.cn")))
SAT = datetime(2026, 5, 9, 17, 0, tzinfo=SHANGHAI)           # Saturday 2026-05-09, a make-up working day
MON = datetime(2026, 7, 6, 17, 0, tzinfo=SHANGHAI)           # Monday 2026-07-06


def items(text: str, sent: datetime = MON) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def test_the_writer_takes_it_in_a_closing_clause():
    """'1、3号空压机滤芯堵了，明天（周日）加班更换，我负责。' and '…周一前装好，我来。' are the writer's."""
    read = read_minutes(dedent("""
    今天车间例会纪要：
    1、3号空压机滤芯堵了，明天（周日）加班更换，我负责。
    2、备件库货架标识，周一前贴好，我来。
    3、月度能耗统计，2个工作日内报送（汤主任）。
    """).strip("\n"), replace(MINUTES.context(SAT), sender=Address("卢建平", "lujp@ex.cn")))
    assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [
        ("卢建平", "2026-05-10"), ("卢建平", "2026-05-11"), ("汤慧敏", "2026-05-12")]


def test_the_hour_in_the_line_that_hands_out_the_decisions():
    """'7月6日下午3点局务会议定事项，按责任人整理如下' gives the time '下周一同一时间' means; 'Next S&OP is on 27 Aug, same
    slot (14:00)' in a forward's preface is the next meeting."""
    text = "各位：\n7月6日下午3点局务会议定事项，按责任人整理如下。\n【詹部长】\n  1. 成品库盘点，7月15日前完成。\n下周一同一时间继续调度。\n"
    assert MINUTES.next_meeting(text, MON) == "2026-07-13 15:00"
    preface = "Hi all,\nsharing the recap of today's S&OP below. Next S&OP is on 27 Aug, same slot (14:00).\n"
    assert MINUTES.next_meeting(preface + "Follow-up tasks\n- Oscar Lind will book the audit by Aug 7.\n", MON) == "2026-08-27 14:00"


def test_a_bracket_of_labels_alone_on_the_line_below_a_point():
    """'二是9月10日前公布值班表。' over '（责任单位：办公室；责任人：汤慧敏）': hers; '会议要求，…' after the labels is what the
    meeting asks of all, not a detail of the point above."""
    assert items("""
    会议议定：
    一是开展仓库消防全覆盖排查，8月底前完成。
    （责任单位：仓储部；责任人：詹志勇）
    二是9月10日前公布节日期间值班电话及值班表。
    （责任单位：办公室；责任人：汤慧敏）
    会议要求，节日期间严格执行领导带班和24小时值班制度。
    """, datetime(2026, 8, 19, 10, 0, tzinfo=SHANGHAI)) == [
        ("詹志勇", "开展仓库消防全覆盖排查", "2026-08-31"), ("汤慧敏", "公布节日期间值班电话及值班表", "2026-09-10")]


def test_a_person_named_to_a_task_with_no_day_and_a_rule_in_force():
    """'Oscar to decide on a second line once the trial results are in.' is his, with no day; '品质部：出货抽检比例提高到
    5%，即日起执行。' is a rule now in force, not a task."""
    assert items("""
    Notes from this morning's review.
    Ingrid to update the control plan by 10 July.
    Oscar to decide on a second line once the trial results are in.
    """) == [("Ingrid Holm", "update the control plan", "2026-07-10"),
             ("Oscar Lind", "decide on a second line once the trial results are in", None)]
    assert items("二、本周安排\n1. 成品库盘点，周三前完成（詹部长）；\n2. 卢主任：出货前抽检比例提高到5%，即日起执行。\n") == [
        ("詹志勇", "成品库盘点", "2026-07-08")]


def test_a_holiday_that_is_theirs_or_a_festival_break():
    """'before your May Day holiday', 'before the Dragon Boat Festival break': the last working day before it."""
    calendar, sent = WorkdayCalendar(), datetime(2026, 4, 27, 22, 30, tzinfo=SHANGHAI)
    assert find_due("book the container before your May Day holiday", sent, calendar).date.isoformat() == "2026-04-30"
    assert find_due("update it before the Dragon Boat Festival break", sent, calendar).date.isoformat() == "2026-06-18"


def test_a_forwards_preface_that_corrects_an_owner():
    """'第2条负责人应该是詹部长，不是卢主任，AI听错了' in the preface of forwarded AI minutes: item 2 is 詹志勇's."""
    raw = ("From: 汤慧敏 <tanghm@ex.cn>\nTo: 卢建平 <lujp@ex.cn>, 詹志勇 <zhanzy@ex.cn>\nCc: minutes@ex.cn\n"
           "Subject: 转发: 【智能纪要】包装对接会\nDate: Mon, 11 May 2026 09:00:00 +0800\nMessage-ID: <f2@ex.cn>\n"
           "Content-Type: text/plain; charset=utf-8\n\n卢主任：\n对接会的AI纪要，第2条负责人应该是詹部长，不是卢主任，AI听错了。\n汤慧敏\n"
           "-------- 转发邮件信息 --------\n发件人：\"腾讯会议\" <noreply@meeting.example.com>\n发送时间：2026年5月8日 15:12\n"
           "主题：【智能纪要】包装对接会\n待办事项\n1. 汤慧敏：确认发货时效要求，5月13日前\n2. 卢建平：仓库封口机电源改造，5月20日前完成\n"
           "以上内容由AI生成，请注意甄别\n").encode()
    read = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@ex.cn")
    assert [(i.number, i.owner.name) for i in read.items] == [(1, "汤慧敏"), (2, "詹志勇")]
