"""Issue #12, session 15: readings of structure the tuned blind sets' known misses (heldout35, heldout36) showed, each
tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.lines.document import excel_rows
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "严可欣,yankx@ex.cn,财务部,,严部长\n邹明,zouming@ex.cn,运营部,,\n卓一凡,zhuoyf@ex.cn,第一分公司,,卓经理\n"
    "白晓燕,baixy@ex.cn,第二分公司,,白经理\n宁波,ningbo@ex.cn,运营部,,宁工\n梅雪,meixue@ex.cn,行政部,,Sherry\n"
    "Anders Holt,anders@ex.dk,,,Anders\n曲静,qujing@ex.cn,采购部,,Jing;Jing Qu\n")
PEOPLE = (Address("严可欣", "yankx@ex.cn"), Address("邹明", "zouming@ex.cn"), Address("卓一凡", "zhuoyf@ex.cn"),
          Address("白晓燕", "baixy@ex.cn"), Address("宁波", "ningbo@ex.cn"), Address("梅雪", "meixue@ex.cn"),
          Address("Anders Holt", "anders@ex.dk"), Address("曲静", "qujing@ex.cn"),
          Address("Lin Haoran", "lin.haoran@partner.example.com"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
TUE = datetime(2026, 6, 16, 16, 0, tzinfo=SHANGHAI)          # Tuesday 2026-06-16


def items(text: str, sent: datetime = TUE) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, sent).items]


def test_an_action_word_then_a_persons_latin_name_and_a_colon_is_an_action_line():
    """'AI Anders: …' under a topic is an action as 'AI: Anders to …' is; 'AI Summary: …' (an AI tool's recap) is none."""
    got = items("""
    Minutes of today's call:

    1. Drawing rev. C: comments received.
       AI Anders: send the revised drawing rev. D by 19.06.2026
    2. PO release once the drawing is approved.
       AI Jing: release the PO after drawing approval
    AI Summary: the team reviewed the drawing and the PO.
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("Anders Holt", "2026-06-19"), ("曲静", None)]
    assert got[1][1] == "release the PO after drawing approval"


def test_a_tab_row_whose_quoted_cell_holds_a_line_break_is_one_row():
    """Excel copies a cell with a line break inside quotes: the row ends where the quote closes; the break is closed up
    (a space between Latin words); a quote that never closes joins nothing."""
    assert excel_rows(['客户\t"续签框架合同', '（价格按5月公示价）"\t邹明\t6/24', 'x']) == \
        ["客户\t续签框架合同（价格按5月公示价）\t邹明\t6/24", "x"]
    assert excel_rows(['1\t"Ship the', 'new part"\tAnders']) == ["1\tShip the new part\tAnders"]
    assert excel_rows(['1\t"never closed', 'next\trow']) == ['1\t"never closed', 'next\trow']
    got = items('重点事项（从Excel贴过来的）：\n\n事项\t负责人\t截止\n"组织经销商座谈会，\n确定下半年返利政策"\t卓一凡\t6/22\n'
                '复核5月对账单\t严可欣\t本周五\n')
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("卓一凡", "组织经销商座谈会，确定下半年返利政策", "2026-06-22"), ("严可欣", "复核5月对账单", "2026-06-19")]


def test_the_next_meeting_follows_things_up_in_a_sentence_or_returns_to_the_site_at_a_clock_time():
    """'…，下周五例会继续跟踪' sets the next meeting on Friday next week; '6月22日上午9:30严部长再到现场复查' at its clock
    time. '下周五例会前提交材料' (a due) and '下午4点前完成复查' (a task with a time) set none."""
    assert MINUTES.next_meeting("情况如下，延期事项请责任人抓紧推进，下周五例会继续跟踪。\n1. 邹明：补报计划，6月18日前\n",
                                TUE) == "2026-06-26 09:00"
    assert MINUTES.next_meeting("纪要如下：\n1. 宁工：6月19日前完成临时修补。\n\n6月22日（周一）上午9:30严部长再到现场复查。\n",
                                TUE) == "2026-06-22 09:30"
    assert MINUTES.next_meeting("纪要如下：\n1. 邹明：整理台账，下周五例会前提交材料。\n", TUE) is None
    assert MINUTES.next_meeting("纪要如下：\n1. 宁工：周五下午4点前完成复查。\n", TUE) is None


def test_a_unit_label_over_a_point_that_names_one_of_that_units_people_gives_that_person():
    """'责任单位：财务部' over '由财务部严可欣同志负责，会同…' is 严可欣's (her unit's label), with no 同志负责 in the task;
    over a point that names a person of another unit (whose papers it uses) the label's unit stands."""
    got = items("""
    二、会议议定事项
    （一）关于投资测算。由财务部严可欣同志负责，会同运营部测算扩容投资。
    责任单位：财务部
    完成时限：3个工作日内
    （二）关于场站租金。根据运营部邹明提供的两处场地资料，测算年租金。
    责任单位：财务部
    完成时限：6月30日前
    """)
    assert [(owner, task[:8]) for owner, task, _, _ in got][0] == ("严可欣", "会同运营部测算扩")
    assert got[1][0] is None and got[1][3] == ("no_owner",)


def test_a_units_label_with_its_person_ends_before_a_helper_label_after_one_wide_space():
    """'责任单位：运营部（邹明）　配合单位：行政部' (one full-width space): 邹明 owns it, the task keeps no bracket."""
    got = items("""
    （一）关于场站选址。对两处备选场地开展实地踏勘，形成比选意见报集团。
    责任单位：运营部（邹明）　配合单位：行政部
    完成时限：6月26日前
    """)
    assert got == [("邹明", "对两处备选场地开展实地踏勘，形成比选意见报集团", "2026-06-26", ())]


def test_people_who_each_do_one_line_of_work_under_their_shared_heading_get_an_item_each():
    """'卓经理、白经理：' over '分别组织…' among people's headings: one item each; 'A、B：…' on one line too, with 各自 or
    without it: each named person is chased for it."""
    got = items("""
    按人员分工整理如下：

    宁工：
    ①6月19日前导出刷卡数据。

    卓经理、白经理：
    分别组织本分公司驾驶员座谈，收集意见，6月26日前报运营部。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("宁波", "2026-06-19"), ("卓一凡", "2026-06-26"),
                                                           ("白晓燕", "2026-06-26")]
    got = items("待办：\n1. 卓经理、白经理：各自整理本公司线路意见，6月26日前。\n2. 宁工、邹明：核对站点清单，周五前。\n")
    assert [owner for owner, _, _, _ in got] == ["卓一凡", "白晓燕", "宁波", "邹明"]


def test_a_dash_field_of_a_unit_then_a_person_we_know_names_that_person():
    """'—— 行政Sherry，…' (a short unit, then an alias) is 梅雪's; '—— 行政梅雪' too; '—— 行政部' is the unit's."""
    got = items("早会记录：\n1. 叉车年检 —— 行政Sherry，6月19日前\n2. 灭火器检查 —— 行政梅雪，周五前\n"
                "3. 会议室预订 —— 行政部，周四前\n")
    assert [(owner, flags) for owner, _, _, flags in got] == [("梅雪", ()), ("梅雪", ()), (None, ("no_owner",))]


def test_an_owner_label_naming_a_team_with_a_titled_surname_in_brackets_is_the_mails_person_of_that_surname():
    """'Owner : Partner SQE (Mr. Lin)' is Lin Haoran of the mail's Cc; 'Owner : Partner SQE (Mr. Vogel)', nobody we
    know, is Mr. Vogel by title."""
    got = items("""
    Action items
    (1) Check the sealing of stock at the partner warehouse
        Owner : Partner SQE (Mr. Lin)
        Due   : 6/19
    (2) Re-test the returned lamps
        Owner : Partner SQE (Mr. Vogel)
        Due   : 6/22
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("Lin Haoran", "2026-06-19"), ("Mr. Vogel", "2026-06-22")]


def test_a_lead_mark_and_a_helper_after_the_dash_leave_the_due_that_follows():
    """'—— 运营部邹明（主责）、宁工（配合），下周三': 邹明's, due Wednesday next week; the helper is no item."""
    got = items("准备会纪要：\n1. 文件核对 —— 宁工，周五前\n2. 现场5S整改 —— 运营部邹明（主责）、宁工（配合），下周三\n"
                "3. 标识更新 —— 梅雪（牵头），周四\n")
    assert [(owner, due) for owner, _, due, _ in got] == [("宁波", "2026-06-19"), ("邹明", "2026-06-24"),
                                                           ("梅雪", "2026-06-18")]


def test_a_numbered_line_whose_words_name_a_section_is_an_item_when_a_dash_field_names_its_owner():
    """'2. 审核日程确认及接待安排 —— 行政部' is an item of that unit (安排 names no section there); '2. 后续安排 - 待定'
    names nobody, and stays a heading over the list below it."""
    got = items("待办：\n1. 文件审查 —— 宁工，周五前\n2. 审核日程确认及接待安排 —— 行政部\n")
    assert [(owner, task, flags) for owner, task, _, flags in got][1] == (None, "审核日程确认及接待安排", ("no_due", "no_owner"))
    got = items("2. 后续安排 - 待定\n- 邹明：提交方案，周五前\n")
    assert [(owner, task) for owner, task, _, _ in got] == [("邹明", "提交方案")]


def test_a_range_in_brackets_says_when_something_happens_and_the_due_after_it_stands():
    """'展会当天销售排班（6月26日-28日），6月22日前出排班表' is due 22 June, not the show's last day; a range alone
    ('…（6月26日-28日）完成布展') still ends on its last day."""
    got = items("待办：\n1. 销售排班（6月26日-28日），卓经理牵头，6月22日前出排班表\n2. 白经理：展位布展（6月24日-25日）完成\n")
    assert [due for _, _, due, _ in got] == ["2026-06-22", "2026-06-25"]


def test_a_meeting_named_in_latin_letters_or_by_what_it_reviews_then_a_day_and_time_is_the_next_meeting():
    """'Go/No-Go会：6月25日（周四）16:00' and '上线评审会：…' set the next meeting; '上次评审会：…' names the last one."""
    for line, meeting in (("Go/No-Go会：6月25日（周四）16:00，3楼大会议室。", "2026-06-25 16:00"),
                          ("上线评审会：6月25日（周四）16:00。", "2026-06-25 16:00"),
                          ("上次评审会：6月9日（周二）16:00。", None)):
        assert MINUTES.next_meeting(f"纪要：\n1. 邹明：提交方案，6月19日前。\n\n{line}\n", TUE) == meeting, line
