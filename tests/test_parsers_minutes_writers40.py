"""Issue #12, session 17: readings the blind set heldout50 found missing (scored once on 20bb685), each tested on a
variant written here beside its near miss."""
from datetime import datetime
from email.message import EmailMessage

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "鲍卫东,baowd@ex.cn,检修车间,,鲍工长\n钟静,zhongj@ex.cn,技术科,,\n符明,fum@ex.cn,物资科,,\n"
    "汤凯,tangk@ex.cn,产品技术部,,Kai\n邵思雨,shaosy@ex.cn,产品技术部,,思雨\n")
MINUTES = MinutesReader(ROSTER, (Address("汤凯", "tangk@ex.cn"), Address("邵思雨", "shaosy@ex.cn")))
MON = datetime(2026, 6, 8, 10, 0, tzinfo=SHANGHAI)          # Monday 2026-06-08


def items(text: str, sent: datetime = MON) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_a_column_of_who_does_what_names_the_owner():
    """'责任分工' holding '主责：检修车间（鲍卫东）；配合：物资科' is the owner column: 鲍卫东; '主责：物资科' alone: no_owner."""
    got = items("""
    序号\t工作事项\t责任分工\t完成时限
    1\t完成空调冷凝器清洗\t主责：检修车间（鲍卫东）；配合：物资科\t6月12日前
    2\t落实防暑降温物资发放\t主责：物资科；配合：安全科\t6月底
    """)
    assert [(owner, flags) for owner, _, _, flags in got] == [("鲍卫东", ()), (None, ("no_owner",))]


def test_this_weeks_list_after_last_weeks_is_work():
    """'上周：' ticks what was done; '本周：' below it lists this week's work, items again."""
    got = items("""
    上周：
    - [x] @汤凯 修复回执解析乱码
    本周：
    - [ ] @汤凯 海关申报接口联调，6/12 前
    - [ ] @思雨 清关状态推送 PRD v2，周三前
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("汤凯", "2026-06-12"), ("邵思雨", "2026-06-10")]


def parse(subject: str, body: str):
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "邵思雨 <shaosy@ex.cn>", "汤凯 <tangk@ex.cn>, 钟静 <zhongj@ex.cn>", subject
    mail["Date"] = "Mon, 08 Jun 2026 10:00:00 +0800"
    mail.set_content(body)
    return parse_message(mail.as_bytes(), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar())


def test_a_time_poll_written_as_either_day_is_no_minutes():
    """'想约在6月10日（周三）下午3点或6月11日（周四）上午10点，大家看哪个时间方便？' asks for a time (other); minutes that
    set '6月10日下午3点' for the next review are minutes."""
    body = ("各位：\n下周的需求评审会想约在6月10日（周三）下午3点或6月11日（周四）上午10点，大家看哪个时间方便？\n"
            "会前需要准备的材料：\n- 汤凯：作业痛点清单\n- 钟静：系统对接现状\n")
    assert parse("需求评审会 时间征集", body).kind == "other"
    assert parse("需求评审会纪要", "纪要如下：\n1. 汤凯：6月9日前提交痛点清单\n下次评审：6月10日下午3点。\n").kind == "minutes"


def test_days_counted_from_receiving_these_minutes_count_from_today():
    """'收到本纪要后3个工作日内提交…' counts from the send day; '样品到货后3个工作日内' from a day nobody knows (vague)."""
    got = items("""
    会议议定事项如下：
    一、钟静牵头，收到本纪要后3个工作日内提交空调故障统计分析。
    二、符明负责，样品到货后3个工作日内完成复检。
    """)
    assert [(owner, due, flags) for owner, _, due, flags in got] == [("钟静", "2026-06-11", ()), ("符明", None, ("vague_due",))]


def test_a_central_asian_city_is_a_time_zone():
    """'10:00 Almaty time (13:00 Beijing)' is 13:00 here; '10:00 Tashkent time' alone is 13:00 too."""
    assert MINUTES.next_meeting("Next sync: Tue Jun 9, 10:00 Almaty time (13:00 Beijing)\n", MON) == "2026-06-09 13:00"
    assert MINUTES.next_meeting("Next sync: Tue Jun 9, 10:00 Tashkent time\n", MON) == "2026-06-09 13:00"


def test_a_discussion_carried_out_is_no_next_meeting():
    """'本次会议围绕六一义诊活动展开讨论' (Children's Day, 1 June) names no next meeting; '6月15日再开一次讨论会' does."""
    assert MINUTES.next_meeting("本次会议围绕六一义诊活动展开讨论，会议决定在两家门诊开展义诊。\n", datetime(2026, 5, 20, 18, 0, tzinfo=SHANGHAI)) is None
    assert MINUTES.next_meeting("6月15日下午再开一次讨论会。\n", MON) == "2026-06-15 14:00"


def test_next_then_a_meetings_kind_and_its_day_without_a_comma():
    """'Next: show prep check-in Thursday 11 June, 4 pm' is the next meeting; 'Next: Kai ships the samples Thursday' is
    no meeting."""
    assert MINUTES.next_meeting("Actions:\n- Kai – ship the samples – by Friday\nNext: show prep check-in Thursday 11 June, 4 pm.\n",
                                MON) == "2026-06-11 16:00"
    assert MINUTES.next_meeting("Next: Kai ships the samples Thursday 11 June.\n", MON) is None


def test_a_row_put_off_takes_the_day_its_status_gives():
    """'延期（预计6月19日完成）' in the status column: due the 19th, not the planned 5th; '进行中' keeps the plan."""
    got = items("""
    序号\t事项名称\t责任人\t计划完成时间\t进展情况
    1\t种植体集采价格谈判\t符明\t2026-06-05\t延期（预计6月19日完成）
    2\t电子病历系统升级\t汤凯\t2026-06-12\t进行中
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("符明", "2026-06-19"), ("汤凯", "2026-06-12")]
