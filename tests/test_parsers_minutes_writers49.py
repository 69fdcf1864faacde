"""Issue #12, session 20: readings heldout65's and heldout66's misses asked for (both scored once on 53fa0a0), each
tested on a variant written here beside its near miss."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address, quoted_writer
from parsers.mail.letter import is_letter
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "郜振华,gaozh@ex.cn,生产部,,郜主管\n喻小凤,yuxf@ex.cn,品管部,,喻工\n甘国栋,gangd@ex.cn,仓储部,,老甘\n"
    "卜佳宁,bujn@ex.cn,办公室,,卜主任\nTheo Marsh,theo@ex.cn,Sales,,Theo\n")
MINUTES = MinutesReader(ROSTER, (Address("郜振华", "gaozh@ex.cn"), Address("喻小凤", "yuxf@ex.cn"),
                                 Address("甘国栋", "gangd@ex.cn"), Address("Theo Marsh", "theo@ex.cn")))
TUE = datetime(2026, 9, 8, 17, 0, tzinfo=SHANGHAI)          # Tuesday 2026-09-08
WRITER = Address("喻小凤", "yuxf@ex.cn")


def items(text: str, sent: datetime = TUE) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def written_by(text: str, sender: Address = WRITER) -> list[tuple]:
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(TUE), sender=sender))
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat()) for i in read.items]


def test_bullets_under_a_persons_heading_after_a_numbered_list():
    """'一、本周情况' with '1. …' lines, then '【郜主管】' over ' - …': the bullets are his items, not details of the
    numbered line above the heading."""
    assert items("""
    一、本周情况
    1. 3号线本周完成试产，已入库。
    二、待办（按人）
    【郜主管】
     - 3号线工装点检，周五前出报告
    【老甘】
     - 成品库盘点表下周一前报郜主管
    """) == [("郜振华", "3号线工装点检，出报告", "2026-09-11"), ("甘国栋", "成品库盘点表报郜主管", "2026-09-14")]


def test_the_writer_as_benren_and_at_me():
    """'4、本人9月11日前出8D报告' and '[ ] @me - ask the carrier for a quote - Friday' are the writer's."""
    assert written_by("""
    处理安排：
    1、老甘今天下班前把隔离品挪到待检区；
    2、本人9月11日前出8D报告（先完成D1-D4）。
    """) == [("甘国栋", "把隔离品挪到待检区", "2026-09-08"), ("喻小凤", "出8D报告", "2026-09-11")]
    assert written_by("To do\n[ ] @me - ask the carrier for a quote - Friday\n", Address("Theo Marsh", "theo@ex.cn")) == [
        ("Theo Marsh", "ask the carrier for a quote", "2026-09-11")]


def test_a_decision_taken_a_pointer_and_who_sees_to_it_later():
    """'卜主任已决定：…' is what was decided; a '见下' cell points below; '到货后由老甘安排' hands the work to him with no
    day."""
    assert items("""
    问题编号\t问题描述\t责任人\t计划解决时间\t解决方案
    QC-09\t来料色差超标\t喻工\t见下\t见下
    卜主任已决定：同批次来料暂停使用，复检后再定。
    另：换批次后到货要重新抽检，到货后由老甘安排。
    """) == [("甘国栋", "另：换批次后到货要重新抽检，到货后安排", None)]


def test_enumerations_that_open_on_a_day_and_an_ai_chapter_with_its_summary():
    """'二是9月20日（星期日，调休上班）组织…清点' is the second point; '00:02 展位结构：王家豪说明…' is an AI record's
    chapter, not work, whatever day it names."""
    assert items("""
    会议要求：
    一是全面排查仓库消防隐患，中秋节前完成。（责任人：甘国栋）
    二是9月20日（星期日，调休上班）组织应急物资清点。（责任人：郜振华）
    """) == [("甘国栋", "全面排查仓库消防隐患", "2026-09-24"), ("郜振华", "组织应急物资清点", "2026-09-20")]
    assert items("""
    分段纪要
    00:02 展位结构：郜主管说明特装展位需做结构计算，设计院要求中秋前给齐资料。
    待办事项
    1. @郜振华 9月18日前提交结构计算书
    """) == [("郜振华", "提交结构计算书", "2026-09-18")]


def test_a_mail_master_quote_names_the_writer_it_answers():
    """NetEase Mail Master quotes the header as table rows ('| 发件人 | 李婷<liting@…> |'): whose mail it answers."""
    quoted = "好的，我们周五进场。\n---- 回复的原邮件 ----\n| 发件人 | 李婷<liting@hotel.example.cn> |\n| 日期 | 2026年09月08日 |\n"
    assert quoted_writer(quoted) == Address("李婷", "liting@hotel.example.cn")


def test_a_phone_calls_conclusions_are_minutes_and_the_objection_window_is_no_item():
    """'卜主任您好，根据今天电话沟通内容，…如有异议请于今日内回复：' then '本次沟通确认2件事：①…；②…': a call's record,
    not a letter, and the objection window asks nobody for work."""
    opening = "卜主任您好，根据今天上午电话沟通内容，现将结论整理如下，如有异议请于今日内回复："
    assert not is_letter("电话沟通结论：仓库改造", opening, ("卜佳宁",))
    assert items(opening + "\n本次沟通确认2件事：①生产部周三前提交改造方案（负责人：郜振华，截止时间：周三17:00）；"
                 "②仓储部周四前腾空B区（负责人：甘国栋，截止时间：周四12:00）。") == [
        ("郜振华", "提交改造方案", "2026-09-09"), ("甘国栋", "腾空B区", "2026-09-10")]


def test_a_duty_handed_under_other_matters():
    """'四、其他事项' holds what the meeting stressed ('各部门要严格执行…'), and a unit that 负责 a task by a day is work
    even there."""
    assert items("""
    现将会议议定事项纪要如下：
    一、关于仓库改造
    由仓储部甘国栋牵头，于9月30日前完成B区货架更换。
    四、其他事项
    会议强调，各部门要严格执行出入库登记制度，急件当日办结。
    办公室负责将本次会议精神报集团，9月11日前完成。
    """) == [("甘国栋", "完成B区货架更换", "2026-09-30"), (None, "本次会议精神报集团", "2026-09-11")]


def test_nothing_new_a_report_and_a_weekday_after_a_dash():
    """'…运行正常，无新增事项' and 'Theo raised the carton damage again; nothing further needed' ask for nothing; '— Fri'
    closing an open box is its day."""
    assert items("""
    【郜振华】
    - 包装线运行正常，无新增事项
    【甘国栋】
    - 明天下班前把盘点差异表发群里
    """) == [("甘国栋", "把盘点差异表发群里", "2026-09-09")]
    assert items("""
    To do
    [ ] @Theo courier the samples to the customer — Fri
    - Theo raised the carton damage again; the retest passed, nothing further needed.
    """) == [("Theo Marsh", "courier the samples to the customer", "2026-09-11")]


def test_a_reply_in_a_venue_thread_is_no_reply_to_the_bot():
    """A reply in a person's thread (Mail Master's '| 发件人 |' rows quote the hotel), with the bot copied: other."""
    raw = ("From: 郜振华 <gaozh@ex.cn>\nTo: 李婷 <liting@hotel.example.cn>\nCc: minutes@ex.cn\nSubject: Re:B馆布展时间确认\n"
           "Date: Tue, 08 Sep 2026 21:00:00 +0800\nMessage-ID: <r1@ex.cn>\nIn-Reply-To: <h1@hotel.example.cn>\n"
           "Content-Type: text/plain; charset=utf-8\n\n好的，那我们9月10日晚上8点后进场，9月11日中午前把地毯铺完。\n郜振华\n"
           "---- 回复的原邮件 ----\n| 发件人 | 李婷<liting@hotel.example.cn> |\n| 日期 | 2026年09月08日 17:12 |\n"
           "| 主题 | B馆布展时间确认 |\n郜工您好：酒店这边确认，B馆9月10日晚8点以后可以进场布展。\n").encode()
    read = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@ex.cn")
    assert read.kind == "other"
