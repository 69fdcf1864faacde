"""Issue #12, session 17: readings the blind set heldout46 found missing (scored once on c382e93), each tested on a
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
    "柯雨涵,keyh@ex.cn,安监科,,柯科长\n单嘉树,shanjs@ex.cn,信息科,,单科长\n田沐阳,tianmy@ex.cn,质控部,,\n"
    "鲍一鸣,baoym@ex.cn,门店部,,鲍店长\n"
    "Greta Holm,greta.holm@ex.se,EHS,,Greta\n")
UNIT_MAILBOX = Address("城东街道办事处", "chengdong-jd@gov.example.cn")
PEOPLE = (Address("柯雨涵", "keyh@ex.cn"), Address("单嘉树", "shanjs@ex.cn"), UNIT_MAILBOX,
          Address("李建科", "lijianke@partner.example.cn"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
TUE = datetime(2026, 6, 2, 17, 30, tzinfo=SHANGHAI)          # Tuesday 2026-06-02


def items(text: str, sent: datetime = TUE) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_a_unit_whose_mailbox_is_in_to_is_no_person():
    """'城东街道办事处 <…>' in To names a unit's mailbox: '二是城东街道办事处负责…' is the unit's (no_owner); 李建科, a
    name that happens to end in 科, in To, is a person."""
    got = items("""
    会议要求：一是城东街道办事处负责组织沿街商户签订责任书，6月底前完成；二是李建科负责复核点位清单，6月5日前完成。
    """)
    assert [(owner, task, flags) for owner, task, _, flags in got] == [
        (None, "组织沿街商户签订责任书", ("no_owner",)), ("李建科", "复核点位清单", ())]


def test_a_unit_mailbox_in_to_still_gets_the_recap():
    """Owners leave the unit out; the people the recap goes to (participants, from To/Cc) keep it."""
    mail = EmailMessage()
    mail["From"], mail["To"] = "柯雨涵 <keyh@ex.cn>", "城东街道办事处 <chengdong-jd@gov.example.cn>, 单嘉树 <shanjs@ex.cn>"
    mail["Subject"], mail["Date"] = "背街小巷整治调度会纪要", "Tue, 02 Jun 2026 17:30:00 +0800"
    mail.set_content("会议纪要如下：\n1. 城东街道办事处负责组织商户签订责任书，6月底前完成。\n2. 单科长6月5日前复核点位清单。\n")
    parsed = parse_message(mail.as_bytes(), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar())
    assert [i.owner.name if i.owner else None for i in parsed.items] == [None, "单嘉树"]
    assert "chengdong-jd@gov.example.cn" in [p.email for p in parsed.meeting.participants]


def test_a_committee_or_government_office_of_a_level_leads_as_a_unit():
    """'区委宣传部', '县委办公室', '市政府办', '团县委' and a street office ('城西街道办') lead their line as units
    (no_owner, a clean task); '省政府督查室反馈意见整改' in a task cell is the topic, not who acts."""
    got = items("""
    会议要求：一是区委宣传部负责做好宣传报道，6月10日前完成；二是县委办公室牵头汇总材料，6月12日前完成；三是市政府办会同住建局拟定方案，6月15日前完成；四是团县委负责组织志愿者，6月20日前完成；五是城西街道办负责组织商户签订责任书，6月底前完成。
    """)
    assert [(owner, task, flags) for owner, task, _, flags in got] == [
        (None, "做好宣传报道", ("no_owner",)), (None, "汇总材料", ("no_owner",)), (None, "会同住建局拟定方案", ("no_owner",)),
        (None, "组织志愿者", ("no_owner",)), (None, "组织商户签订责任书", ("no_owner",))]
    table = MINUTES.read("序号\t事项\t责任单位\t完成时限\n1\t省政府督查室反馈意见整改\t督查科\t尽快\n").items
    assert [i.task for i in table] == ["省政府督查室反馈意见整改"]


def test_units_listed_each_with_a_person_in_brackets_give_each_person_the_task():
    """'安监科（柯雨涵）、信息科（单嘉树）分别完成…': one item each, the task without the units; '安全帽（防滑款）、手套
    （加厚）' lists things, and the person of the line owns it alone."""
    got = items("""
    二、关于汛期排查
    安监科（柯雨涵）、信息科（单嘉树）分别完成辖区内隐患排查并报送台账，本周五前完成。
    三、关于劳保用品
    田沐阳负责采购安全帽（防滑款）、手套（加厚）各50副，6月10日前完成。
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("柯雨涵", "完成辖区内隐患排查并报送台账", "2026-06-05"), ("单嘉树", "完成辖区内隐患排查并报送台账", "2026-06-05"),
        ("田沐阳", "采购安全帽（防滑款）、手套（加厚）各50副", "2026-06-10")]


def test_ditto_under_another_persons_item_is_the_same_task_for_this_person():
    """'鲍店长：同上' under 柯科长's item: the same task and deadline, 鲍一鸣's; '田沐阳：同上周，继续跟进客诉' is work of its own."""
    got = items("""
    各位：
    柯科长：
    ① 门店消防通道3个工作日内清理完毕并拍照回传
    鲍店长：同上
    田沐阳：同上周，继续跟进客诉回访，周五前
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("柯雨涵", "门店消防通道清理完毕并拍照回传", "2026-06-05"), ("鲍一鸣", "门店消防通道清理完毕并拍照回传", "2026-06-05"),
        ("田沐阳", "同上周，继续跟进客诉回访", "2026-06-05")]


def test_a_relative_day_in_brackets_is_no_name():
    """'①出具检验报告（明天前）' in a person's row: the day, not an owner called 明天前; '（田沐阳）' is an owner."""
    got = items("""
    沟通编号\t对方单位\t我方对接人\t解决方案/进展\t负责人
    EC-01\t瑞达轴承\t质控部/田沐阳\t①出具来料检验报告并发供应商（明天前）②督促补发合格品（单嘉树）\t田沐阳
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("田沐阳", "出具来料检验报告并发供应商", "2026-06-03"), ("单嘉树", "督促补发合格品", None)]


def test_a_section_of_standing_rules_gives_no_items():
    """'规定（即日起执行）：' over a rule naming who supervises it: no item; '工作安排：' over the same line: an item."""
    rule = "焊接、装配工段每班首件必须留样并记录，田沐阳负责监督。"
    assert items(f"待办：\n1. 柯科长：周五前提交排查报告\n\n规定（即日起执行）：\n{rule}\n") == [
        ("柯雨涵", "提交排查报告", "2026-06-05", ())]
    assert [owner for owner, *_ in items(f"待办：\n1. 柯科长：周五前提交排查报告\n\n工作安排：\n{rule}\n")] == ["柯雨涵", "田沐阳"]


def test_a_labelled_time_below_the_next_meetings_day_is_its_time():
    """'三、下次例会' / '6月10日（周三）' / '时间：15:00，地点：三楼会议室': 15:00; '地点：…' alone below: the day only."""
    assert MINUTES.next_meeting("三、下次例会\n6月10日（周三）\n时间：15:00，地点：三楼会议室\n", TUE) == "2026-06-10 15:00"
    assert MINUTES.next_meeting("下次例会：6月10日（周三）\n会议时间：下午3点\n", TUE) == "2026-06-10 15:00"
    assert MINUTES.next_meeting("三、下次例会\n6月10日（周三）\n地点：三楼会议室\n", TUE) == "2026-06-10 09:00"


def test_your_or_our_company_before_a_person_is_whose_side_they_are_on():
    """'贵司单科长确认…' (a supplier writing to us): 单嘉树; '我方负责…' names no person (no_owner)."""
    got = items("""
    二、后续事项
    1. 贵司单科长确认6月订单数量及规格，月底前回复。
    2. 我方负责提供检测报告，6月5日前发送。
    """)
    assert [(owner, flags) for owner, _, _, flags in got] == [("单嘉树", ()), (None, ("no_owner",))]


def test_an_owner_field_of_a_name_then_a_unit_after_a_slash_is_that_person():
    """'Owner: Greta / EHS' is Greta of EHS; 'Owner: Greta / Friday' is Greta, due Friday (the slash ends the name)."""
    got = items("""
    Actions

    1. Risk assessment for work at height
    Owner: Greta / EHS
    Due: 6/10

    2. Spare parts check, Owner: Greta / Friday
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("Greta Holm", "Risk assessment for work at height", "2026-06-10"), ("Greta Holm", "Spare parts check", "2026-06-05")]


def test_a_role_a_name_and_its_duty_word_over_circled_sub_tasks_owns_them():
    """'（一）安监科科长柯雨涵负责：' over ①②: both are hers; '（二）安监科负责：' (a unit) over ①: no person."""
    got = items("""
    三、整改措施及分工
    （一）安监科科长柯雨涵负责：
    ①补贴急停按钮标识，6月8日前完成；
    ②补齐行车点检记录，6月5日前。
    （二）单嘉树负责更新危化品台账，本周四前完成。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("柯雨涵", "2026-06-08"), ("柯雨涵", "2026-06-05"), ("单嘉树", "2026-06-04")]


def test_the_next_sprint_or_a_week_by_its_number_is_a_vague_deadline():
    """'下个迭代', 'next sprint', 'during week 28' name a period, no day (vague_due); 'in 2 weeks' is a day."""
    got = items("""
    Action items
    - [ ] @柯雨涵 埋点方案梳理 下个迭代
    - [ ] @单嘉树 review the retry design next sprint
    - Greta - lessons-learned slides - during week 28
    - Greta - audit checklist in 2 weeks
    """)
    assert [(due, flags) for _, _, due, flags in got] == [
        (None, ("vague_due",)), (None, ("vague_due",)), (None, ("vague_due",)), ("2026-06-16", ())]
