"""Issue #12, heldout13 round (cases 2419-2436): readings of structure that heldout13 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent

from parsers.mail.addresses import Address
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
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


def test_numbered_no_lines_with_tanto_and_kigen_below_are_items():
    """'No.1 <task>' over an indented '担当：X　期限：Y' line (the Japanese-chain habit): one item each, 担当 its owner;
    期限：即日 is the send day ('即日起' is a start, no deadline); '次回确认' heads the next visit."""
    text = """
    ■ 指摘事项
    1. 冷柜温度记录缺两天
    ■ 对策（担当／期限）
    No.1 冷柜温度记录表改为每班签字
    　　担当：卢燕　期限：6/14
    No.2 品控抽检频次加到每周两次
    　　担当：覃少波　期限：6月末
    No.3 过期酱料即日下架
    　　担当：卢燕　期限：即日
    ■ 次回确认
    6/19（周四）晚市前复查
    以上
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("卢燕", "2025-06-14"), ("覃少波", "2025-06-30"), ("卢燕", "2025-06-12")]
    assert got[0][1].startswith("冷柜温度记录表改为每班签字") and "担当" not in got[0][1]
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(THU), sender=QIN))
    assert next_followup(list(read.followups), MINUTES.context(THU)).start.date().isoformat() == "2025-06-19"


def test_slash_separated_task_owner_deadline_lines_give_the_owner_field():
    """'<task> / <who> / <when>': the field that is a person we know (by alias: 简部长, 龚工) owns the line, the task
    keeps no name, a unit opening the task is not the owner; '待…后定' is a vague deadline; a date '6/20' is no field."""
    text = """
    【本周待办】
    1. 空压机房漏气点复查并出整改单 / 龚工 / 6/20
    2. 财务部核对三季度设备折旧 / 简部长 / 月底
    3. 与供应商确认滤芯到货日期 / 龚立新 / 待供应商回复后定
    4. 门店冷柜巡检 / 我 / 下周二
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("龚立新", "2025-06-20"), ("简爱华", "2025-06-30"), ("龚立新", None),
                                                   ("覃少波", "2025-06-17")]
    assert [task for _, task, _ in got[:2]] == ["空压机房漏气点复查并出整改单", "核对三季度设备折旧"]
    assert "/" not in got[2][1] and "龚" not in got[2][1]
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(THU), sender=QIN))
    assert [i.flags for i in read.items[:3]] == [(), (), ("vague_due",)]


def test_a_task_cell_that_starts_with_the_owners_unit_or_ends_where_the_work_goes_is_a_task():
    """A row's task is no unit because its words open with the owner's store and end in a 处/科 character
    ('门店冷柜异响投诉处理'), and no company because it says where the work goes ('备件采购清单报总部', '…报集团');
    a company's name alone in the task cell still asks nothing."""
    text = """
    待办事项
    序号\t事项\t负责人\t完成时间\t备注
    1\t门店冷柜异响投诉处理\t卢燕\t下周三\t物业已回复
    2\t三季度备件采购清单报集团\t龚立新\t6月20日\t
    3\t星河电子有限公司\t简爱华\t6月25日\t
    """
    got = owners_from(QIN, text)
    assert [(who, task, due) for who, task, due in got] == [
        ("卢燕", "门店冷柜异响投诉处理", "2025-06-18"), ("龚立新", "三季度备件采购清单报集团", "2025-06-20")]


def test_a_bare_report_heading_holds_reports_not_items():
    """'一、汇报' lists what each person reported ('覃少波：抽检完成80%'); only '二、待办' asks for work."""
    text = """
    周例会纪要 6月12日 14:00
    一、汇报
    1. 覃少波：二季度抽检完成80%，两批次复检合格。
    2. 龚立新：空压机更换滤芯。
    二、待办
    1. 龚立新：提交空压机保养记录，6月16日前
    """
    assert [(who, due) for who, _, due in owners_from(QIN, text)] == [("龚立新", "2025-06-16")]


def test_a_unit_between_dashes_with_its_lead_person_in_brackets_is_that_persons():
    """'<task> —— 设备部（龚立新牵头）—— <when>': the person who leads the unit owns it, as '（牵头：X）' does."""
    text = """
    工作安排：
    (1) 冷库制冷机组年检 —— 设备部（龚立新牵头）—— 6月20日前
    (2) 年检费用报批 —— 财务部（牵头：简爱华）—— 6月25日前
    (3) 年检期间备用冷柜调配 —— 品控部 —— 6月18日前
    """
    assert [(who, due) for who, _, due in owners_from(QIN, text)] == [
        ("龚立新", "2025-06-20"), ("简爱华", "2025-06-25"), (None, "2025-06-18")]


def test_a_next_meeting_given_as_a_month_only_has_no_day():
    """'下次评审：2025年9月' names a month, not a day to invite to; '下次评审：9月5日' does."""
    context = MINUTES.context(THU)
    assert next_followup(["2025年9月"], context) is None and next_followup(["9月份"], context) is None
    assert next_followup(["9月5日"], context).start.date().isoformat() == "2025-09-05"


def test_a_rule_sentence_before_the_units_own_sentence_is_not_its_task():
    """'会议强调，<a rule for everyone>。<unit>要牵头<work>，完成时限：<day>': the unit's sentence is the task; the rule
    sentence before it, ended by '。', is no part of it."""
    text = """
    二、关于食品安全。会议强调，夏季各门店严格执行留样制度，任何人不得擅自缩短留样时间。品控部要牵头开展冷链抽检，完成时限：6月30日前。
    """
    got = owners_from(QIN, text)
    assert len(got) == 1 and got[0][0] is None and got[0][2] == "2025-06-30"
    assert got[0][1].startswith("牵头开展冷链抽检") or got[0][1].startswith("开展冷链抽检")
    assert "留样" not in got[0][1]


def _mail(subject: str, body: str) -> bytes:
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"], message["To"] = "覃少波 <qinsb@ex.cn>", "龚立新 <gonglx@ex.cn>, bot <bot@ex.cn>"
    message["Subject"], message["Date"] = subject, "Thu, 12 Jun 2025 15:00:00 +0800"
    message["Message-ID"] = "<notice-16b@ex.cn>"
    message.set_content(dedent(body).strip("\n"))
    return bytes(message)


def test_a_notice_that_hands_out_work_is_minutes_and_one_that_calls_a_meeting_is_not():
    """'…督办通知' with units, owners and deadlines assigns work (minutes); '关于召开…会议的通知' calls a meeting (other)."""
    from zoneinfo import ZoneInfo
    from parsers.dates.workdays import WorkdayCalendar
    from parsers.message import parse_message
    body = """
    各部门：
    现将夏季设备安全检查工作分解如下：
    （一）设备部：
        1. 制冷机组年检（责任人：龚立新，完成时限：6月20日前）；
    （二）品控部：
        1. 冷链抽检方案（责任人：覃少波；完成时限：6月30日前）。
    """
    parse = lambda subject, text: parse_message(_mail(subject, text), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER,
                                                calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    assigned = parse("关于夏季设备安全检查工作的督办通知", body)
    assert assigned.kind == "minutes" and [i.owner.name for i in assigned.items] == ["龚立新", "覃少波"]
    called = parse("关于召开夏季设备安全检查会议的通知", "各部门：\n定于6月20日14:00召开检查会议，请设备部龚立新6月18日前提交材料。\n")
    assert called.kind == "other"


def test_an_item_buried_in_prose_is_the_clause_that_gives_its_deadline():
    """A paragraph that tells a story around the work: the task is the comma clause with the deadline, or the clause
    before a bare deadline clause ('…报上来，最晚周四，…'); the story and the writer's own purpose stay out."""
    text = """
    今天碰头会时间短，我写成一段。设备这块龚工说二号线的灌装机密封圈只够用一周，这个拖不得，备件的采购单周五之前必须下掉，龚工盯一下。小覃这周把新供应商的抽检报告交上来，最晚周四，我要跟客户那边对一下。
    """
    got = owners_from(Address("简爱华", "jianah@ex.cn"), text)
    assert [(who, due) for who, _, due in got] == [("龚立新", "2025-06-13"), ("覃少波", "2025-06-12")]
    assert "密封圈" not in got[0][1] and "采购单" in got[0][1]
    assert "客户" not in got[1][1] and "抽检报告" in got[1][1]


def test_no_more_talk_about_a_dated_fact_sets_no_meeting():
    """'展会日期定在9月3-5日，展位费已经付了，不再讨论': '不再讨论' ends a topic, it sets no next meeting; '周五再讨论' does."""
    settled = MINUTES.read("展会日期定在9月3-5日，展位费已经付了，不再讨论。\n小覃周五前把样品清单发我。\n", THU)
    assert next_followup(list(settled.followups), MINUTES.context(THU)) is None
    again = MINUTES.read("展会日期的事，下周五上午10点再讨论。\n小覃周五前把样品清单发我。\n", THU)
    assert next_followup(list(again.followups), MINUTES.context(THU)).start.isoformat() == "2025-06-20T10:00:00+08:00"


def test_everyone_asked_to_keep_a_state_from_today_on_is_a_rule_not_an_item():
    """'气象部门通报…，各单位即日起进入高温防暑状态' asks every unit to keep a state from today on: no item (nor the
    weather office's); the dated work on the next line, for a named person, is one."""
    text = """
    1、气象部门通报6月下旬持续高温，各单位即日起进入高温防暑状态。
    2、冷柜巡检表更新 —— 卢燕 —— 6月18日前
    """
    assert [(who, due) for who, _, due in owners_from(QIN, text)] == [("卢燕", "2025-06-18")]


def test_the_period_a_booking_is_for_is_no_deadline():
    """'reserve the test bench for the week after the holiday' says when the bench is wanted, not by when to book it
    (no_due); 'by the Friday after the holiday' is a deadline."""
    text = """
    Action items:
    - Helen to reserve the climate chamber for the week after the holiday.
    - Helen to send the test plan by June 20.
    """
    read = read_minutes(dedent(text).strip("\\n"), replace(MINUTES.context(THU), sender=QIN))
    assert [(i.due_date and i.due_date.isoformat(), i.flags) for i in read.items] == [(None, ("no_due",)), ("2025-06-20", ())]


def test_a_clause_that_only_hands_the_work_over_dates_the_clause_before_it():
    """'…要全部列出来，Coco负责，本周五' (the merge of two readers left '负责' as the task): when the clause before a bare
    deadline only hands the work to someone ('小覃负责', '龚工牵头'), the work is the clause before that one."""
    text = """
    另外说一下，冷库电费下月起上调，超过半年没动的库存要全部清点出来，小覃负责，本周五。
    还有，二号线换季保养，停机窗口提前排好，龚工牵头，下周三。
    """
    got = owners_from(Address("简爱华", "jianah@ex.cn"), text)
    assert [(who, due) for who, _, due in got] == [("覃少波", "2025-06-13"), ("龚立新", "2025-06-18")]
    assert "清点" in got[0][1] and "电费" not in got[0][1] and "负责" not in got[0][1]
    assert "停机窗口" in got[1][1] and "牵头" not in got[1][1]
