"""Issue #12, heldout16 round (cases 3021-3040): readings of structure that heldout16 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "严可馨,yankx@ex.cn,品牌部,,可馨\n鲍志成,baozc@ex.cn,渠道部,,鲍工\n"
    "费立群,feilq@ex.cn,渠道部,,费总\n")
MINUTES = MinutesReader(ROSTER, (Address("严可馨", "yankx@ex.cn"), Address("鲍志成", "baozc@ex.cn")))
TUE = datetime(2025, 11, 4, 18, 0, tzinfo=SHANGHAI)


def test_a_bare_fuze_label_on_a_continuation_line_names_the_owner():
    """'2. 经销商返利政策复盘' then '   负责：鲍志成' and '   截止：11月7日': the bare '负责：' label (no 人) on its own
    line under the item is the owner, like '负责人：'."""
    text = """
    行动项：
    1. 双十一直播脚本定稿，严可馨，11月6日前
    2. 经销商返利政策复盘
       负责：鲍志成
       截止：11月7日（周五）
    """
    assert MINUTES.owners(text, TUE) == [("严可馨", "双十一直播脚本定稿", "2025-11-06"),
                                         ("鲍志成", "经销商返利政策复盘", "2025-11-07")]


def test_a_person_who_is_responsible_inside_a_sentence_is_no_label():
    """'费总负责：先…再…' is a person then the verb; the work after the colon is no owner's name."""
    text = """
    行动项：
    1. 渠道价格体系梳理，费总负责：先出华东区的，11月10日前
    """
    owners = MINUTES.owners(text, TUE)
    assert [o for o, _, _ in owners] == ["费立群"]


def test_a_reference_mark_before_the_next_meeting_label_still_sets_the_meeting():
    """'※次回ミーティング…' style notes: '※下轮对接会：11月12日（水）10:00，3楼小会议室。' under the table — the ※ marks a
    note, the label after it is still the next meeting's (with a Japanese weekday in brackets)."""
    text = """
    行动项：
    1. 双十一直播脚本定稿，严可馨，11月6日前

    ※展会日：11月20日（木）全天。
    ※下轮对接会：11月12日（水）10:00，3楼小会议室。
    """
    assert MINUTES.next_meeting(text, TUE) == "2025-11-12 10:00"


def test_a_same_time_line_below_the_next_meeting_day_gives_its_clock():
    """'下轮碰头' over '11月11日（周二）' over '上午老时间（9:30），会议室另约': the day and the line below it are one
    value; the clock in the bracket after '老时间' is the meeting's time (this meeting's time is written nowhere)."""
    text = """
    行动项：
    - 严可馨：双十一直播脚本定稿，11月6日前

    下轮碰头
    11月11日（周二）
    上午老时间（9:30），会议室另约
    """
    assert MINUTES.next_meeting(text, TUE) == "2025-11-11 09:30"


def test_a_node_date_column_is_the_due_column():
    """'序号 | 工作内容 | 责任人 | 节点日期': 节点日期 (the milestone's day) is when the row is due, as 时间节点 is; ①② in the
    work cell with ①② days in the date cell give each sub-task its own day."""
    text = """
    二、本周安排：

    序号\t工作内容\t责任人\t节点日期
    1\t①门店陈列图更新；②促销物料下发\t严可馨\t①11月7日前；②11月12日前
    2\t经销商库存盘点\t鲍志成\t11月14日
    """
    assert MINUTES.owners(text, TUE) == [("严可馨", "门店陈列图更新", "2025-11-07"),
                                         ("严可馨", "促销物料下发", "2025-11-12"),
                                         ("鲍志成", "经销商库存盘点", "2025-11-14")]


def test_a_known_person_alone_in_the_last_field_owns_an_undated_item():
    """'8. 年会场地预订，鲍志成' (no date) in continued numbering: the person we know, alone after the last comma, owns
    the task before it, as '…，鲍志成，11月7日前' does; a word there that names nobody we know stays in the task."""
    text = """
    7. 门店陈列图更新，严可馨，11月7日前
    8. 年会场地预订，鲍志成
    9. 样品寄回，顺丰到付
    """
    assert MINUTES.owners(text, TUE)[:2] == [("严可馨", "门店陈列图更新", "2025-11-07"),
                                             ("鲍志成", "年会场地预订", None)]
    assert all(owner is None for owner, task, _ in MINUTES.owners(text, TUE) if task.startswith("样品"))
