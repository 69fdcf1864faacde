"""Issue #12, session 20: more readings heldout67's and heldout68's misses asked for, each tested on a variant written
here beside its near miss."""
from datetime import datetime
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "阿依古丽,ayiguli@ex.cn,生产技术部,,阿部长\n满都拉图,mandula@ex.cn,管网所,,满所长\n裴晓东,peixd@ex.cn,学前教育股,,裴股长\n"
    "Ruth Kemp,ruth@ex.cn,Group Product,,Ruth\n")
MINUTES = MinutesReader(ROSTER, (Address("阿依古丽", "ayiguli@ex.cn"), Address("满都拉图", "mandula@ex.cn"),
                                 Address("裴晓东", "peixd@ex.cn"), Address("Ruth Kemp", "ruth@ex.cn")))
MON = datetime(2026, 8, 17, 18, 0, tzinfo=SHANGHAI)          # Monday 2026-08-17


def items(text: str, sent: datetime = MON) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def _mail(subject: str, body: str) -> bytes:
    return (f"From: 裴晓东 <peixd@ex.cn>\nTo: 阿依古丽 <ayiguli@ex.cn>, 满都拉图 <mandula@ex.cn>\nCc: minutes@ex.cn\n"
            f"Subject: {subject}\nDate: Mon, 17 Aug 2026 18:00:00 +0800\nMessage-ID: <m51@ex.cn>\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()


def _parse(raw: bytes):
    return parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@ex.cn")


def test_a_dated_report_asked_under_a_persons_heading_is_no_heading():
    """'【裴股长】' over '1) 下周一上报全区小学开学准备情况': his item, though '…情况' could title a section."""
    assert items("今天局务会上的分工，我按人整理了一下。\n【满所长】\n1) 月底前完成二号管网验收\n【裴股长】\n"
                 "1) 下周一上报全区小学开学准备情况\n") == [
        ("满都拉图", "完成二号管网验收", "2026-08-31"), ("裴晓东", "上报全区小学开学准备情况", "2026-08-24")]


def test_a_forwards_preface_that_hands_out_the_points():
    """'第一项请阿部长牵头落实，第二项满所长负责，第三项是住建局自己的事': points one and two go to them, three stays."""
    read = _parse(_mail("转发: 供热管网改造专题会议纪要", "阿部长、满所长：\n转发区住建局专题会议纪要。第一项请阿部长牵头落实，第二项满所长负责，"
                        "第三项是住建局自己的事。\n裴晓东\n________________________________\n发件人: 石磊 <shilei@zjj.example.cn>\n"
                        "主题: 供热管网改造专题会议纪要\n会议议定：\n一是热力公司8月31日前完成12个小区管网改造主体工程。\n"
                        "二是热力公司9月15日前完成改造管网注水试压。\n三是区住建局负责协调管线迁改，8月20日前完成。\n"))
    assert [(i.number, i.owner.name if i.owner else None) for i in read.items] == [(1, "阿依古丽"), (2, "满都拉图"), (3, None)]


def test_a_note_that_moves_a_meeting_is_no_minutes():
    """'本周例会改期' / '…的生产例会改到周五下午两点' to the team: a notice about a meeting to come."""
    read = _parse(_mail("本周例会改期", "各位，\n本周四（8月20日）的生产例会改到周五下午两点，还是三楼会议室。阿部长周四要去包头见客户。\n"))
    assert read.kind == "other" and read.items == ()


def test_a_title_line_and_a_long_name_before_its_lead_mark():
    """'EV-2 Product Review - Minutes' titles the PDF, no item; '…组织冷态试运行，阿依古丽牵头' is hers (a five-character
    name before 牵头 too: '满都拉图牵头' has four); '培训放在9月20日' leaves no '放'."""
    assert items("EV-2 Product Review - Minutes\n# | Action | Owner | Due\n1 | Finalise the spec sheet | Ruth | 24 Aug 2026\n") == [
        ("Ruth Kemp", "Finalise the spec sheet", "2026-08-24")]
    assert items("""
    二、待办：
    （1）国庆节后第一个工作日组织冷态试运行，阿依古丽牵头；
    （2）全员安全培训放在9月20日（周日，调休上班），满都拉图组织。
    """) == [("阿依古丽", "组织冷态试运行", "2026-10-08"), ("满都拉图", "全员安全培训，组织", "2026-09-20")]


def test_labels_over_the_work_that_names_its_own_day():
    """'主责：生产技术部（阿依古丽）；配合：管网所（满都拉图）。' over '梳理…清单，劳动节前报公司。': hers, due the day the
    work names."""
    assert items("""
    现将议定事项纪要如下：
    三、关于老旧管网改造项目清单
    主责：生产技术部（阿依古丽）；配合：管网所（满都拉图）。
    梳理列入明年改造计划的管网项目清单，国庆节前报公司。
    """) == [("阿依古丽", "梳理列入明年改造计划的管网项目清单，报公司", "2026-09-30")]


def test_a_meeting_brought_forward():
    """'周会提前到9月24日（周四）下午4点' (the Friday is a holiday) sets the next meeting."""
    head = "本周跟踪表更新如下。\n1. 裴晓东：周五前完成托育机构排查\n"
    assert MINUTES.next_meeting(head + "9月25日中秋放假，周会提前到9月24日（周四）下午4点。", MON) == "2026-09-24 16:00"
