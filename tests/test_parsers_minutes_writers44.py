"""Issue #12, session 19: readings heldout56's unread misses asked for (scored once on fd1b374), each tested on a
variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "喻俊峰,yujf@ex.cn,计划部,,\n甘秀英,ganxy@ex.cn,仓储部,,\n卜志强,buzq@ex.cn,公司领导,,卜总\n"
    "龙晓燕,longxy@ex.cn,设备部,,\n财务部主管,cwb@ex.cn,财务部,,\n")
MINUTES = MinutesReader(ROSTER, (Address("戴文", "daiwen@ex.cn"),))
MON = datetime(2026, 8, 10, 16, 0, tzinfo=SHANGHAI)          # Monday 2026-08-10


def items(text: str, sent: datetime = MON) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.owner.department if i.owner else None, i.task,
             i.due_date and i.due_date.isoformat(), i.flags) for i in MINUTES.read(text, sent).items]


def test_a_person_who_works_with_another_unit_leads_the_work():
    """'计划部喻俊峰会同财务部测算…' under a '责任单位：计划部' label: 喻俊峰 leads (会同: with another unit), as
    '…负责' would; a unit that only helps ('财务部配合') owns nothing."""
    got = items("""
    三、会议明确以下工作事项：
    （一）备件资金测算。计划部喻俊峰会同财务部测算四季度备件资金需求，形成书面报告。
    责任单位：计划部
    完成时限：8月20日前
    （二）库位调整。仓储部甘秀英负责，财务部配合，完成A区库位调整。
    责任单位：仓储部
    完成时限：8月21日前
    """)
    assert [(owner, due) for owner, _, _, due, _ in got] == [("喻俊峰", "2026-08-20"), ("甘秀英", "2026-08-21")]


def test_a_lead_clause_names_the_owner_of_work_with_no_date():
    """'卜总牵头，综合办配合，做好…工作。' under a heading: a named lead makes it his item, dated or not (no_due); a
    sentence that only mentions who is in charge of something ('卜总负责的项目进展顺利') or closes the minutes
    ('请各责任人按期完成，甘秀英负责验证') is no item."""
    got = items("""
    一、关于安全宣传
    卜总牵头，综合办配合，做好汛期安全宣传工作。
    二、关于其他
    卜总负责的项目进展顺利。
    请各责任人按期完成，甘秀英负责验证。
    """)
    assert [(owner, flags) for owner, _, _, _, flags in got] == [("卜志强", ("no_due",))]


def test_a_unit_that_follows_up_owns_the_topic_before_it():
    """'烘干机年检，设备部跟进，时间待定': the unit's (no_owner, vague), the task the topic without '跟进'; so with a
    day after it ('…，仓储部跟进，周五前修好')."""
    got = items("""
    简单记一下：
    1. 烘干机年检，设备部跟进，时间待定
    2. 仓库漏雨，仓储部跟进，周五前修好
    """)
    assert [(dept, task, due, flags) for _, dept, task, due, flags in got] == [
        ("设备部", "烘干机年检", None, ("no_owner", "vague_due")),
        ("仓储部", "仓库漏雨，修好", "2026-08-14", ("no_owner",))]


def test_a_unit_asked_with_qing_after_a_decision_owns_that_clause():
    """'会议同意…改造，请计划部于8月24日前编制改造方案，报分管领导审定。改造工作一是…': the asked unit's work is
    the 请 clause's sentence (the decision before it and the requirements after it are no task); '请仓储部本周内…'
    and '请财务部于月底前…' are asked as much; '会议同意仓储部提出的方案。' asks no one."""
    got = items("""
    现将会议议定事项纪要如下：
    一、会议研究了库房改造事项。会议同意对3号库实施改造，请计划部于8月24日前编制改造方案，报分管领导审定。改造工作一是要确保安全，二是要控制成本。
    二、会议同意采购两台叉车，请财务部于月底前落实资金。
    三、鉴于入库量大，请仓储部本周内加派装卸人员。
    四、会议同意仓储部提出的库位调整方案。
    """)
    assert [(dept, task, due) for _, dept, task, due, _ in got] == [
        ("计划部", "编制改造方案，报分管领导审定", "2026-08-24"), ("财务部", "落实资金", "2026-08-31"),
        ("仓储部", "加派装卸人员", "2026-08-16")]


def test_a_day_asked_about_is_no_deadline_when_another_day_is():
    """'评估…能否在9月10日前交付，明天给我答复': the day asked about is what is weighed, tomorrow the deadline; with no
    other day it is still read ('核实能否在月底前完成验收')."""
    got = items("""
    几件事：
    1. 龙晓燕评估新订单能否在9月10日前交付，明天给我答复
    2. 甘秀英确认供应商是否于8月25日前到货，周三反馈
    3. 喻俊峰核实能否在月底前完成验收
    """)
    assert [due for _, _, _, due, _ in got] == ["2026-08-11", "2026-08-12", "2026-08-31"]


def test_a_deadline_clause_that_only_repeats_the_verb_leaves_nothing_behind():
    """'…发给受影响的6家客户，下周三前发完': '发完' says the work again; the task ends at the work."""
    got = items("""
    几件事：
    1. 甘秀英把调价通知发给受影响的6家客户，
    下周三前发完
    2. 龙晓燕整理故障记录，周五前弄好
    """)
    assert [task for _, _, task, _, _ in got] == ["把调价通知发给受影响的6家客户", "整理故障记录"]


def test_the_next_meeting_in_a_we_will_sentence_and_in_more_zones():
    """'We will review on Thursday at 9:30.' sets the next meeting ('We will review the figures by Friday.' is a
    deadline); '10:00 CLT (22:00 Beijing)' is Chile's 10:00, '3pm EAT' Nairobi's; 'PET bottles' names no zone."""
    head = "Action items\n- [ ] @喻俊峰 reconcile the LC charges by Aug 14\n"
    assert MINUTES.next_meeting(head + "We will review on Thursday at 9:30.", MON) == "2026-08-13 09:30"
    assert MINUTES.next_meeting(head + "We'll check in on Friday at 3pm to see where we are.", MON) == "2026-08-14 15:00"
    assert MINUTES.next_meeting(head + "We will review the figures by Friday.", MON) is None
    assert MINUTES.next_meeting(head + "Next sync: Tue Aug 18, 10:00 CLT (22:00 Beijing)", MON) == "2026-08-18 22:00"
    assert MINUTES.next_meeting(head + "Next sync: Tue Aug 18, 3pm EAT", MON) == "2026-08-18 20:00"
    got = items("Action items\n- [ ] @喻俊峰 send the PET bottle samples by Aug 14\n")
    assert [(task, due) for _, _, task, due, _ in got] == [("send the PET bottle samples", "2026-08-14")]


def test_the_next_meeting_set_by_meeting_again_or_leaving_things_to_it():
    """heldout57: '明天上午8:30再次会商' and '其他事下周一例会再说' set the next meeting ('这个问题不再讨论，以后再说'
    sets none); "we pick up again on Fri 21 Aug, 16:30" too; ', finish by …' leaves no 'finish' in the task."""
    head = "会议要求：\n一是喻俊峰今天下班前将人员底数报区防指。\n"
    assert MINUTES.next_meeting(head + "根据台风路径，明天上午8:30再次会商。", MON) == "2026-08-11 08:30"
    assert MINUTES.next_meeting(head + "其他事下周一例会再说。", MON) == "2026-08-17 09:00"
    assert MINUTES.next_meeting(head + "这个问题不再讨论，以后再说。", MON) is None
    english = "Still to do:\n- 喻俊峰: PQ runs 2 and 3 on the steriliser, finish by 14 Aug.\n"
    assert MINUTES.next_meeting(english + "No meeting next week; we pick up again on Fri 21 Aug, 16:30.", MON) == "2026-08-21 16:30"
    assert [task for _, _, task, _, _ in items(english)] == ["PQ runs 2 and 3 on the steriliser"]
