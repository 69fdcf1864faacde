"""Issue #12, heldout9 round: readings of structure that heldout9 showed broken or missing, each tested on a variant
written here first (other words, trades and layouts than the held-out mails), then on the shape the held-out mail had."""
from datetime import datetime
from email.message import EmailMessage
from textwrap import dedent

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,秦工\n何斌,hebin@ex.cn,工程部,,何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n邱文博,qiuwenbo@ex.cn,安环部,,小邱\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"), Address("罗永庆", "luo@qq.example.com")))
owners = MINUTES.owners
WED = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)


def next_meeting(text: str, sent: datetime = WED) -> str | None:
    meeting = next_followup(list(MINUTES.read(text, sent).followups), MINUTES.context(sent))
    return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None


def _parse(subject: str, body: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "马骁 <maxiao@ex.cn>", "何斌 <hebin@ex.cn>, bot <bot@ex.cn>", subject
    msg["Date"] = "Wed, 12 Mar 2025 16:00:00 +0800"
    msg.set_content(dedent(body).strip() + "\n")
    return parse_message(msg.as_bytes(), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")


def test_minutes_of_requirements_headed_by_what_the_meeting_pointed_out_are_minutes_without_items():
    """A paragraph ending '会议指出：' heads the numbered requirements below it (一要…二要…): that is the shape of
    formal minutes, even when none of it is work for one person (dates in rules are no deadlines)."""
    body = """
    3月12日下午，公司召开安全生产专题学习会，传达上级文件精神。会议指出：
    一要提高认识，把安全生产责任落实到每个岗位；
    二要对照年度目标逐项排查，确保6月30日前全部整改到位；
    三要规范报送，自即日起各车间隐患台账一律于每周五下班前报安环部。

    安环部
    """
    parsed = _parse("安全生产专题学习会纪要", body)
    assert (parsed.kind, parsed.items) == ("minutes", ())


def test_a_unit_with_its_person_in_brackets_is_that_persons_item():
    """'工程部（牵头，何斌）' and '仓储部：…（孔令辉）': the unit says where, the person named with it is the owner;
    a unit alone stays no owner."""
    text = """
    3月12日，公司召开设备管理推进会，马骁主持。会议明确以下工作：
    （一）修订设备点检规程。责任单位：工程部（牵头，何斌）、质量部（配合）；完成时限：3月28日前。
    （二）开展消防器材月检。责任单位：安环部；完成时限：3月20日前。
    三、下步工作
    3.1 仓储部：完成月台货架加固（孔令辉），3月25日前
    3.2 质量部：修订取样规程，3月31日前
    """
    assert owners(text) == [("何斌", "修订设备点检规程", "2025-03-28"), (None, "开展消防器材月检", "2025-03-20"),
                            ("孔令辉", "完成月台货架加固", "2025-03-25"), (None, "修订取样规程", "2025-03-31")]


def test_what_is_left_over_from_last_month_is_work_and_what_was_done_is_not():
    """'三、遗留问题' (issues still open) holds work even in prose, while '一、…完成情况' above it reports what was done,
    names and dates included."""
    text = """
    一、2月工作完成情况
    1. 完成仓库温湿度记录仪年度校准（孔令辉），2月20日完成。
    2. 完成新员工安全培训（邱文博）。
    二、遗留问题
    叉车年检资料仍未提交，由安环部邱文博跟进，3月19日前报行政部。
    """
    assert [(owner, task[:6], due) for owner, task, due in owners(text)] == [("邱文博", "叉车年检资料", "2025-03-19")]


def test_a_meeting_named_by_its_kind_with_a_day_after_its_colon_is_the_next_meeting():
    """'评审会：3月20日（周四）14:30' under '后续安排': a meeting named by its kind (…会) then its day is the next one."""
    assert next_meeting("后续安排\n评审会：3月20日（周四）14:30，2号会议室") == "2025-03-20 14:30"
    assert next_meeting("待办\n- 何斌：提交图纸\n\n碰头会：下周一 9:30") == "2025-03-17 09:30"
    assert next_meeting("复审会：2月28日（周六，调休上班）10:00", datetime(2026, 2, 13, 18, 0, tzinfo=SHANGHAI)) == \
        "2026-02-28 10:00"
    assert next_meeting("本周例会：3月12日 14:00\n\n待办\n- 何斌：提交图纸，周五前") is None   # this meeting


def test_a_directive_that_gives_each_point_to_a_named_unit_sets_work_even_without_a_date():
    """'会议要求，一是由安环部牵头…；二是仓储部负责…；三是质量部于…前…': each point names the unit that does it, so
    each is work (no owner, the unit as department), dated or not; '一要…二要…' to everyone names no unit."""
    text = """
    一、关于节前安全生产工作
    会议要求，一是由安环部牵头，对全厂12个危化品库房开展专项检查，3月20日前完成；二是仓储部负责节假日期间库区夜间巡查，每日巡查记录存档；三是质量部于明天下班前报送复工检验计划。
    二、关于其他事项
    会议要求，一要提高认识；二要对照年度目标逐项排查，确保6月30日前全部整改到位。
    """
    items = MINUTES.read(text).items
    assert [(i.owner.name, i.owner.department, i.task[:8], i.due_date and i.due_date.isoformat(), i.flags)
            for i in items] == [
        (None, "安环部", "对全厂12个危化", "2025-03-20", ("no_owner",)),
        (None, "仓储部", "节假日期间库区夜", None, ("no_due", "no_owner")),
        (None, "质量部", "报送复工检验计划", "2025-03-13", ("no_owner",))]


def test_a_numbered_line_that_says_its_owner_is_undecided_is_work_with_no_owner():
    """Outside an action section a line must name its owner; '责任人待定' names the owner as not chosen yet, which
    still says it is work (no owner, no date), while a bare report line stays none."""
    text = """
    会议时间：3月12日14:00　参会：何斌、秦海燕
    1. 更换空压机滤芯，何工负责，3月14日前。
    2. 二号仓库屋顶漏水维修，责任人待定，等预算批下来再排期。
    3. 上周产量达标。
    """
    assert [(owner, task[:10], due) for owner, task, due in owners(text)] == [
        ("何斌", "更换空压机滤芯", "2025-03-14"), (None, "二号仓库屋顶漏水维修", None)]


def test_one_sentence_that_gives_two_people_their_own_work_and_day_is_two_items():
    """'何工明天中午前把…发我，小孔周五前跟…定下来': a comma clause that opens with another person we know and gives its
    own day is that person's item; a clause naming a helper or no day of its own stays part of the first."""
    text = "何工明天中午前把空压机的维修报价发我，小孔周五前跟物流公司把提货时间定下来。就这些。"
    assert owners(text) == [("何斌", "把空压机的维修报价发我", "2025-03-13"), ("孔令辉", "跟物流公司把提货时间定下来", "2025-03-14")]
    assert owners("何工周五前把空压机维修报价发我，秦工帮忙核一下数量。") == [
        ("何斌", "把空压机维修报价发我，秦工帮忙核一下数量", "2025-03-14")]


def test_a_closing_clause_that_sums_up_the_numbered_points_dates_each_of_them():
    """'（1）…；（2）…，以上两项均须在3月20日前完成' (wrapped over two lines): the clause sums up the points before it, so
    each has that deadline, and it is no part of the last task; a point's own day is not overridden by another line."""
    text = """
    2、（1）何工负责联系厂家更换冷却塔填料；（2）秦工负责对到货填料的质检报告进行审核，以上两项均须在3月20日前
       完成。
    3、孔令辉：盘点月台库存，周五前
    """
    assert owners(text) == [("何斌", "联系厂家更换冷却塔填料", "2025-03-20"),
                            ("秦海燕", "对到货填料的质检报告进行审核", "2025-03-20"), ("孔令辉", "盘点月台库存", "2025-03-14")]
    april = datetime(2026, 4, 24, 13, 0, tzinfo=SHANGHAI)    # 五一节前: the last working day before the May Day break
    assert [due for _, _, due in owners("1. ①何工负责催货；②秦工负责审核放行文件，上述两项都要在五一节前完成。", april)] == \
        ["2026-04-30", "2026-04-30"]


def _forward(body: str, subject: str = "转发：3月驻厂检验沟通纪要") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "马骁 <maxiao@ex.cn>", "何斌 <hebin@ex.cn>, bot <bot@ex.cn>", subject
    msg["Date"] = "Wed, 12 Mar 2025 16:00:00 +0800"
    msg.set_content(dedent(body).strip() + "\n")
    return msg.as_bytes()


def test_a_forwarded_writer_is_known_by_the_address_in_the_forwarded_header():
    """Minutes an outsider wrote, forwarded: the forwarded header block ('From: "Jens Olsen" <…>', '发件人：…') names
    people with their addresses, so an owner named there gets that address; the forwarder's own words are no item."""
    body = """
    转给大家，我下周出差，有事找何工。

    ---------- Forwarded message ---------
    From: "Jens Olsen" <jens.olsen@nordkontrol.example.dk>
    Date: Tue, 11 Mar 2025 17:40
    To: 马骁 <maxiao@ex.cn>; Anna Berg <anna@nordkontrol.example.dk>
    Subject: 3月驻厂检验沟通纪要

    1. Jens Olsen：出具2月批次的第三方检验报告，周五前
    2. 何斌：提供灌装线的校准记录，下周一前
    3. Anna Berg：确认4月驻厂检验日程，3月20日前
    """
    parsed = parse_message(_forward(body), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    assert [(i.owner.name, i.owner.email, i.due_date.isoformat()) for i in parsed.items] == [
        ("Jens Olsen", "jens.olsen@nordkontrol.example.dk", "2025-03-14"), ("何斌", "hebin@ex.cn", "2025-03-17"),
        ("Anna Berg", "anna@nordkontrol.example.dk", "2025-03-20")]
    assert [p.email for p in parsed.meeting.participants] == ["hebin@ex.cn"]     # the people the mail was sent to


def test_every_unit_of_a_kind_as_the_responsible_unit_is_no_owner_and_an_ongoing_duty_has_no_date():
    """'责任单位：各车间' / '各社区居委会' is every such unit (no one owner), and '完成时限：长期坚持' is a standing duty:
    no task to chase. (Session 18: two later writers drop such an entry, heldout49 7722 and heldout22 4422; the writer
    this test was first written from marked keeping it AMBIGUOUS, heldout9 1617.)"""
    text = """
    3月12日，公司召开安全生产月推进会，马骁主持。会议明确以下工作：
    （一）落实班前安全喊话。责任单位：各车间；完成时限：长期坚持。
    （二）更新应急疏散图。责任单位：安环部（牵头，邱文博）；完成时限：3月31日前。
    """
    items = MINUTES.read(text).items
    assert [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags) for i in items] == [
        ("邱文博", "更新应急疏散图", "2025-03-31", ())]


def test_the_writers_company_as_owner_is_no_owner_and_a_day_naming_a_thing_is_no_deadline():
    """'Harbourline to arrange …' (the company of an address in the headers) is work for nobody in particular, also
    under a heading that is no action section; 'the 3/18 shipment' names which shipment, it asks for nothing by then."""
    reader = MinutesReader(ROSTER, (Address("Ben He", "hebin@ex.cn"), Address("Dana Kerr", "dana@harbourline.example.com")))
    text = """
    Quick recap of what we agreed:
    - Ben to confirm the booking by 3/14.
    - Harbourline to arrange the trucking for the 3/18 shipment once the customs release is out.
    """
    items = reader.read(text).items
    assert [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags) for i in items] == [
        ("何斌", "confirm the booking", "2025-03-14", ()),
        (None, "arrange the trucking for the 3/18 shipment once the customs release is out", None, ("no_due", "no_owner"))]
    assert [i.due_date.isoformat() for i in reader.read("- Ben to meet the 3/20 deadline for the audit pack").items] == \
        ["2025-03-20"]
    notes = """
    Quick notes:
    - Harbourline will handle the customs broker on their side.

    Actions
    - Ben to confirm the booking by 3/14
    """
    assert [i.owner.name for i in reader.read(notes).items] == ["何斌"]     # 'will …' outside the actions: a statement
