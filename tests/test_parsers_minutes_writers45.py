"""Issue #12, session 19: readings heldout57's and heldout58's misses asked for (both scored once on 810c30d), each
tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.grids.tables import read_table
from parsers.minutes.lines.inline import take_labels
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "冉秋实,ranqs@ex.cn,工程部,,\n伍佩玲,wupl@ex.cn,客房部,,伍主管\n蓝志坚,lanzj@ex.cn,执法大队,,\n"
    "Aoife Walsh,aoife@ex.ie,Quality,,Aoife\n")
SENDER = Address("冉秋实", "ranqs@ex.cn")
MINUTES = MinutesReader(ROSTER, (SENDER, Address("伍佩玲", "wupl@ex.cn")))
TUE = datetime(2026, 8, 11, 10, 0, tzinfo=SHANGHAI)          # Tuesday 2026-08-11


def items(text: str, sent: datetime = TUE) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_an_issue_row_with_no_solution_yet_is_its_problem():
    """问题协调解决记录表: the task is the 解决方案 cell; a row whose 解决方案 is still empty (or '-') is the
    问题描述 (before, such a row was no item at all)."""
    rows = (("问题编号", "问题描述", "责任人", "计划解决时间", "解决方案"),
            ("Q1", "前台热水忽冷忽热", "冉秋实", "8月12日", "更换恒温阀"),
            ("Q2", "差评需回复", "伍佩玲", "8月13日", "-"),
            ("Q3", "客房补偿方案", "伍佩玲", "8月14日"))
    got = [(i.owner.name, i.task) for i in read_table(rows, MINUTES.context(TUE)).items]
    assert got == [("冉秋实", "更换恒温阀"), ("伍佩玲", "差评需回复"), ("伍佩玲", "客房补偿方案")]


def test_a_header_cell_that_runs_the_index_into_the_next_label_is_two_cells():
    """'序号 事项 | 负责人 | 完成时间' (a PDF's narrow 序号 column run into 事项): the rows below keep their
    columns; '序号 备注' would not be split into a task column, having no role."""
    rows = (("序号 事项", "负责人", "完成时间", "备注"),
            ("1", "上架新品详情页", "冉秋实", "8月25日前"),
            ("2", "核对退货原因统计", "伍主管", "8月18日", "等平台通知"))
    got = [(i.owner.name, i.task, i.due_date.isoformat()) for i in read_table(rows, MINUTES.context(TUE)).items]
    assert got == [("冉秋实", "上架新品详情页", "2026-08-25"), ("伍佩玲", "核对退货原因统计", "2026-08-18")]


def test_a_label_bracket_may_hold_a_bracket_of_its_own():
    """'责任人：X（完成时限：6月26日前（遇假期不顺延））' and '责任人：X〔执法大队〕；时限：…〔具体日期待定〕': the labels
    are read through a bracket inside theirs, and 〔〕 is a bracket as （） is."""
    labels = take_labels("验收资料归档。责任人：冉秋实（完成时限：8月26日前（遇假期不顺延））")
    assert (labels.owner, labels.due, labels.rest) == ("冉秋实", "8月26日前（遇假期不顺延）", "验收资料归档")
    got = items("""
    明确如下：
    （一）验收资料归档。责任人：冉秋实（完成时限：8月26日前（遇假期不顺延））。
    （二）工程质量第三方抽检（责任人：蓝志坚〔执法大队〕；时限：9月上旬〔具体日期待定〕）。
    """)
    assert got == [("冉秋实", "验收资料归档", "2026-08-26", ()), ("蓝志坚", "工程质量第三方抽检", None, ("vague_due",))]


def test_the_writers_own_side_and_a_line_that_says_nothing_is_to_do():
    """'我们这边每天…，记录表周五发给黄工' is the writer's; '我们这边的事项请大家…' is not (a possessive); '阳江片区：
    试料正常，无待办' holds no item."""
    got = MINUTES.owners_from(SENDER, """
    纪要：
    1. 伍主管：周四前把报价发过来
    2. 我们这边每天早晚各测一次溶氧，记录表周五发给伍主管。
    3. 阳江片区：新客户试料正常，无待办。
    """, TUE)
    assert [(owner, due) for owner, _, due in got] == [("伍佩玲", "2026-08-13"), ("冉秋实", "2026-08-14")]


def test_the_next_meeting_as_before_or_to_go_over_progress():
    """'下周一下午4点照旧。', '下周一晚上8点线上过一下进度。' and '…下午4点在小会议室过一遍进度' set the next meeting;
    '周五前把报价过一遍' is work."""
    head = "纪要：\n1. 伍主管：周五前把报价过一遍\n"
    assert MINUTES.next_meeting(head + "下周一下午4点照旧。", TUE) == "2026-08-17 16:00"
    assert MINUTES.next_meeting(head + "下周一晚上8点线上过一下进度。", TUE) == "2026-08-17 20:00"
    assert MINUTES.next_meeting(head + "下周五（8月21日）下午4点在小会议室过一遍进度，各责任人请提前更新表格。", TUE) == "2026-08-21 16:00"
    assert MINUTES.next_meeting(head, TUE) is None


def test_a_partners_city_and_a_chinese_city_beside_two_clocks():
    """'15:00 Galway / 22:00 Changzhou': the Irish clock read in Dublin's zone; '9:00 Suzhou time' is Beijing time;
    'Lyon room' after a clock is a room, not Lyon's zone."""
    head = "Actions\n1. Customer 8D response - Aoife - 14-Aug-2026\n"
    assert MINUTES.next_meeting(head + "Next 8D review: Mon 17 Aug, 15:00 Galway / 22:00 Changzhou.", TUE) == "2026-08-17 22:00"
    assert MINUTES.next_meeting(head + "Next review: Mon 17 Aug, 9:00 Suzhou time.", TUE) == "2026-08-17 09:00"
    assert MINUTES.next_meeting(head + "Next meeting: Friday 21 Aug, 10:00, Lyon room (audit dry run).", TUE) == "2026-08-21 10:00"
