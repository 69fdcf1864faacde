"""Issue #12, session 22: readings heldout81's blind misses asked for (scored once on 3727ba3), each tested on a
variant written here beside its near miss."""
from datetime import datetime

from minutes_reading import SHANGHAI, MinutesReader
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "黎永强,lyq@ex.cn,生产部,,\n彭晓燕,pxy@ex.cn,采购部,,\n丘美玲,qml@ex.cn,品管部,,\n廖志强,lzq@ex.cn,生产部,,\n"
    "罗锦辉,ljh@ex.cn,生产部,,\n刘振东,lzd@ex.cn,仓储部,,\n")
MINUTES = MinutesReader(ROSTER, tuple(Address(e.name, e.email) for e in ROSTER.entries))
MON = datetime(2026, 8, 17, 10, 0, tzinfo=SHANGHAI)         # Monday 2026-08-17


def test_a_horizontal_bar_before_the_owner():
    """'二号线自动化改造验收――黎永强，月底前' (U+2015, as some input methods type ——): his, by the month's end."""
    got = MINUTES.owners("下周重点：\n1）二号线自动化改造验收――黎永强，月底前\n2）锁芯供应商年度审核――彭晓燕，8月28日前\n", MON)
    assert got == [("黎永强", "二号线自动化改造验收", "2026-08-31"), ("彭晓燕", "锁芯供应商年度审核", "2026-08-28")]


def test_our_clock_then_the_other_side_s_in_brackets():
    """'下次沟通：2026-08-25 16:00（波兰时间10:00）': 16:00 is ours; the zone in brackets leads its own clock."""
    assert MINUTES.next_meeting("下次沟通：2026-08-25 16:00（波兰时间10:00）\n", MON) == "2026-08-25 16:00"


def test_a_line_addressed_to_everyone_with_a_day():
    """'所有人：节前把各自区域的5S做完' among @-mentions: work for all (no owner) by a day; '中秋节后第一个工作日的头批
    发货车辆' leaves no '的' before the task once its day is read."""
    read = MINUTES.read("今晚碰头几件事：\n@刘振东 中秋节后第一个工作日的头批发货车辆提前联系好，别到时候没车\n"
                        "所有人：本周五前把各自区域的5S做完\n", MON)
    assert [(i.owner.name if i.owner else None, i.task, i.flags) for i in read.items] == \
        [("刘振东", "头批发货车辆提前联系好，别到时候没车", ()), (None, "把各自区域的5S做完", ("no_owner",))]


def test_an_unlabelled_point_among_labelled_ones_that_says_who_and_when():
    """'3.区住建局提供…图纸，节后第一个工作日提供。' between points labelled '（负责人：…）': still an item (no owner)."""
    text = ("二、议定事项\n1.我公司负责完成12处雨水篦子清掏，8月21日前完成。（负责人：黎永强）\n"
            "2.区住建局提供老旧小区雨污管网图纸，8月24日前提供。\n3.严格执行值班制度。\n")
    assert [(owner, due) for owner, _, due in MINUTES.owners(text, MON)] == [("黎永强", "2026-08-21"), (None, "2026-08-24")]


def test_a_measures_column_over_the_problem_and_one_owner_each_step():
    """'问题/事项 | 具体措施 | 主责/配合': the measures are the work; '①丘美玲/廖志强 ②廖志强/罗锦辉' gives step ① to 丘美玲
    and step ② to 廖志强 (each the lead of their pair)."""
    read = MINUTES.read("序号\t问题/事项\t具体措施\t主责/配合\t完成时间\n"
                        "1\t结块原因分析\t①留样复检水分、糖度指标；②调整灌装温度参数并小批量试产\t①丘美玲/廖志强；②廖志强/罗锦辉\t"
                        "①8月20日前；②8月24日前\n", MON)
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in read.items] == \
        [("丘美玲", "留样复检水分、糖度指标", "2026-08-20"), ("廖志强", "调整灌装温度参数并小批量试产", "2026-08-24")]


def test_a_meeting_sentence_with_its_place_after_it():
    """'下周五（8月28日）下午4点项目例会，地点二楼会议室。' under a tracking table: the next meeting."""
    assert MINUTES.next_meeting("跨部门协作事项跟踪表\n下周五（8月28日）下午4点项目例会，地点二楼会议室。\n", MON) == "2026-08-28 16:00"
