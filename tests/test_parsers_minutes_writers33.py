"""Issue #12, session 14: readings of structure the tuned blind sets' known misses showed, each tested on a variant
written here beside its near miss: a surname and title written after an organisation or a unit no list knows
('前厅梁经理：', '青鸾网络方经理：', '学院周老师：') names that person, found by surname among the mail's people, or a
person we do not know by title alone."""
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader
from test_parsers_minutes_writers25 import ROSTER as ROSTER25, forwarded_minutes

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "梁志华,liangzh@ex.cn,前厅部,,\n麦晓琳,maixl@ex.cn,财务部,,\n方一鸣,fangym@ex.cn,产品部,,\n"
    "庞海,panghai@ex.cn,工程部,,\n")
PEOPLE = (Address("梁志华", "liangzh@ex.cn"), Address("麦晓琳", "maixl@ex.cn"), Address("方一鸣", "fangym@ex.cn"),
          Address("庞海", "panghai@ex.cn"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
THU = datetime(2026, 7, 2, 16, 0, tzinfo=SHANGHAI)          # Thursday 2026-07-02


def items(text: str) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, THU).items]


def test_a_surname_and_title_after_a_unit_no_list_knows_is_that_person():
    """'前厅梁经理' (a short department name, no 部), '云帆科技方经理' (a partner company), '基地周老师' (nobody we know:
    the person by title); '工程部庞工' as before. A task that ends in whom it goes to ('…统计报庞总 —— 麦晓琳') is
    no unit before a title: 庞海 owns nothing there. A title alone after a unit ('前厅经理') names nobody we can find."""
    text = """
    会议纪要如下：
    1. 前厅梁经理：本月底前上线退房后满意度回访短信。
    2. 云帆科技方经理：7月8日前完成平台账号开通。
    3. 基地周老师：下周三前整理实训教室设备清单。
    4. 工程部庞工：7月10日前完成地漏异味整改。
    5. 客房麦总：下周五前提交布草洗涤比价。
    6. 月度客诉统计报庞总 —— 麦晓琳，本周五前
    """
    got = items(text)
    assert [(owner, due) for owner, _, due, _ in got] == [
        ("梁志华", "2026-07-31"), ("方一鸣", "2026-07-08"), ("周老师", "2026-07-08"), ("庞海", "2026-07-10"),
        ("麦晓琳", "2026-07-10"), ("麦晓琳", "2026-07-03")]
    assert [task for _, task, _, _ in got][:2] == ["上线退房后满意度回访短信", "完成平台账号开通"]


def test_a_title_with_no_surname_we_know_after_a_unit_is_no_person_we_know():
    """'前厅经理：' names a role, not a surname: no '厅经理' is invented; '前厅聂经理' (no 聂 among the mail's
    people) is a person we do not know, by title."""
    got = items("""
    纪要：
    1. 前厅经理：本周五前排好暑期班表。
    2. 前厅聂经理：下周一前回复团队客人。
    """)
    assert "厅经理" not in [owner for owner, *_ in got]
    assert ("聂经理", "2026-07-06") in [(owner, due) for owner, _, due, _ in got]


def test_a_unit_after_you_with_the_work_it_does_owns_it_as_a_unit():
    """'…问题由安全环保部督促整改，尽快': after 由, a department with a verb of work owns the item (no_owner), whatever
    stands before 由; '由于财务部审核慢' is a reason and '理由' no 由, so neither makes an item."""
    text = """
    会议纪要如下：
    1. 施工便道扬尘问题由安全环保部督促整改，尽快。
    2. 暑期客流预案由运营中心牵头制定，7月10日前。
    3. 由于财务部审核慢，付款延后一周。
    """
    got = items(text)
    assert [(owner, task, due, flags) for owner, task, due, flags in got] == [
        (None, "施工便道扬尘问题督促整改", None, ("no_owner", "vague_due")),
        (None, "暑期客流预案制定", "2026-07-10", ("no_owner",))]


def test_work_the_writer_gives_themself_after_by_me_keeps_no_by_me_in_its_task():
    """'雨季施工应急预案由我修订，本周五前发给大家' is the sender's, and its task reads '…修订', not '…由我修订'."""
    got = MINUTES.owners_from(Address("庞海", "panghai@ex.cn"), """
    纪要：
    1、雨季施工应急预案由我修订，本周五前发给大家。
    2、客房巡检表，由我负责更新，下周一前。
    """, THU)
    assert got == [("庞海", "雨季施工应急预案修订，发给大家", "2026-07-03"), ("庞海", "客房巡检表更新", "2026-07-06")]


def test_a_person_of_ours_writing_from_a_private_address_is_their_roster_self():
    """'庞海 <panghai1990@163.com>' (the roster has 庞海 at work): 我's items go to panghai@ex.cn, chased where the
    roster says; a stranger writing from a private address stays as written."""
    def mine(sender: Address) -> list[tuple]:
        ctx = replace(MinutesReader(ROSTER, PEOPLE + (sender,)).context(THU), sender=sender)
        return [(i.owner.name, i.owner.email) for i in read_minutes("纪要：\n1、应急预案由我修订，本周五前发给大家。\n", ctx).items]

    assert mine(Address("庞海", "panghai1990@163.com")) == [("庞海", "panghai@ex.cn")]
    assert mine(Address("聂海涛", "niehaitao@163.com")) == [("聂海涛", "niehaitao@163.com")]


def test_a_day_the_work_is_for_is_no_due_when_another_phrase_gives_one():
    """'amenity count for Sunday, tomorrow EOD' (sent Thursday): due tomorrow, and 'for Sunday' stays in the task;
    alone, 'slides for Monday' is still due Monday."""
    got = items("""
    Notes:
    - 麦晓琳: dumpling amenity count for Sunday, tomorrow EOD
    - 庞海: slides for Monday
    - 梁志华: cake order for the 12th, by Tuesday
    """)
    assert got == [("麦晓琳", "dumpling amenity count for Sunday", "2026-07-03", ()),
                   ("庞海", "slides", "2026-07-06", ()), ("梁志华", "cake order for the 12th", "2026-07-07", ())]


def test_a_unit_label_with_its_person_in_brackets_gives_the_item_to_that_person():
    """Formal minutes: the prose gives the point to a unit ('由工程部牵头…', '财务部负责…'), the label below names the
    person in brackets ('主责：工程部（庞海）；配合：前厅部', '责任单位：财务部（麦晓琳）', '…（麦晓琳牵头，前厅部梁志华配合）'):
    the (leading) person owns it; a person in the helper's part ('配合：工程部（庞海）') owns nothing."""
    got = items("""
    二、议定事项
    （一）地漏异味排查。由工程部牵头，前厅部配合，对12-15层卫生间逐间排查，形成整改清单。
    主责：工程部（庞海）；配合：前厅部
    完成时限：7月10日前
    （二）布草比价。财务部负责三家洗涤供应商比价，确保月底前定标。
    责任单位：财务部（麦晓琳）
    完成时限：7月15日前
    （三）满意度回访。由前厅部负责上线退房回访短信。
    主责：前厅部；配合：工程部（庞海）
    完成时限：7月20日前
    （四）测算房价调整方案。结合暑期运营成本，测算客房及餐饮价格调整方案。
    责任单位：财务部（麦晓琳牵头，前厅部梁志华配合）
    完成时限：7月底前
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [
        ("庞海", "2026-07-10"), ("麦晓琳", "2026-07-15"), (None, "2026-07-20"), ("麦晓琳", "2026-07-31")]


def test_sub_tasks_marked_one_two_take_the_due_their_mark_is_given_on_the_label_line():
    """'①修订…；②组织…' over '完成时限：①3个工作日内；②7月15日前': two items, each with its own due (Thursday + 3
    working days = Tuesday 7 July)."""
    got = items("""
    二、议定事项
    （一）点检标准修订及培训。①修订客房区域点检标准；②组织客房岗位人员培训。
    责任单位：工程部（庞海）
    完成时限：①3个工作日内；②7月15日前
    """)
    assert got == [("庞海", "修订客房区域点检标准", "2026-07-07", ()), ("庞海", "组织客房岗位人员培训", "2026-07-15", ())]


def test_a_forwarders_remark_on_an_item_by_number_is_no_item_and_moves_no_day():
    """'贾部长：第2条请重点关注，节后务必落实到位。' above a forward: a remark on item 2 (no item of its own, so the
    forwarded list keeps its written numbers) and an urging, not a new day; '第2条改为9月26日前' still moves it."""
    def parse(preface: str) -> list[tuple]:
        read = parse_message(forwarded_minutes(preface), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER25,
                             calendar=WorkdayCalendar(), bot_address="minutes@ex.cn")
        return [(i.number, i.owner.name, str(i.due_date)) for i in read.items]

    assert parse("纪要助手请跟踪以下事项。\n梁主任：第2条请重点关注，节后务必落实到位。") == [
        (1, "梁文斌", "2025-09-19"), (2, "郑晓红", "2025-09-22")]
    assert parse("纪要助手请跟踪。\n第2条改为9月26日前。") == [(1, "梁文斌", "2025-09-19"), (2, "郑晓红", "2025-09-26")]


def test_a_rule_with_its_paper_already_issued_is_no_item():
    """'节日期间严格执行值班制度，值班表已于4月29日下发。' reports the paper issued; '…，值班表5月6日前下发' asks for it."""
    got = items("""
    待办事项：
    1. 节日期间严格执行值班制度，值班表已于6月29日下发。
    2. 暑期严格执行值班制度，值班表7月6日前下发。责任人：庞海
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("庞海", "2026-07-06")]


def test_a_numbered_unit_with_its_person_in_brackets_owns_the_sub_list_or_the_one_line_under_it():
    """'一、工程部（庞海）' over '（1）…（2）…', '二、财务部（麦晓琳）' over one line of prose: that person's items; a unit
    whose bracket names nobody we know ('三、前厅部（待定）') owns nothing, and a line after the sub-list is not joined."""
    got = items("""
    会议纪要如下：
    一、工程部（庞海）
    （1）整理近12个月地漏维修记录，7月6日前完成；
    （2）对照检查清单开展一次自查，7月10日前形成报告。

    二、财务部（麦晓琳）
    做好布草供应商比价，时间待定。

    三、前厅部（待定）
    （1）上线退房回访短信，7月20日前。
    """)
    assert [(owner, due) for owner, _, due, _ in got][:3] == [("庞海", "2026-07-06"), ("庞海", "2026-07-10"),
                                                              ("麦晓琳", None)]
    assert all(owner is None for owner, *_ in got[3:])


def test_a_chat_pasted_below_the_list_made_from_it_adds_nothing():
    """'整理如下：1、…：蒋工负责，6月6日前…' then '以下是聊天记录原文：' and the messages: the list's items stand (not the
    chat's wording of them), whatever words or day the chat uses ('周五前比出来' for '布草比价', another day: '下周三前'); a
    message giving work to someone the list gives none stays an item."""
    got = items("""
    整理如下：
    1、地漏维修记录整理：庞工负责，7月6日前整理完。
    2、布草比价：麦晓琳负责，周五前完成。

    以下是聊天记录原文：
    梁志华 14:32
    @庞海 地漏维修记录7月6日前能整理完吗
    庞海 14:35
    可以，7月6日前肯定整理完
    梁志华 14:40
    @麦晓琳 周五前比出来
    麦晓琳 14:41
    好的，我下周三前把比价表发群里
    梁志华 14:42
    @方一鸣 下周一前把平台账号开通
    """)
    assert [(owner, task[:5], due) for owner, task, due, _ in got] == [
        ("庞海", "地漏维修记", "2026-07-06"), ("麦晓琳", "布草比价", "2026-07-03"), ("方一鸣", "把平台账号", "2026-07-06")]


def test_a_person_who_leads_after_a_units_colon_owns_the_work():
    """'工程部：庞海牵头组织…，7月10日前完成，…' is 庞海's, and the task keeps no bare '完成' the due left behind;
    '财务部：7月8日前完成预拨' stays the unit's; '工程部：庞海说…' (no lead word) does not make 庞海 the owner."""
    got = items("""
    工作部署
    1. 工程部：庞海牵头组织节前安全大检查，7月10日前完成，检查情况书面报集团。
    2. 财务部：7月8日前完成7月份资金预拨。
    3. 前厅部：梁志华负责暑期排班，7月9日前报送。
    """)
    assert [(owner, due, flags) for owner, _, due, flags in got] == [
        ("庞海", "2026-07-10", ()), (None, "2026-07-08", ("no_owner",)), ("梁志华", "2026-07-09", ())]
    assert got[0][1].startswith("组织") and got[0][1].endswith("安全大检查，检查情况书面报集团")     # no '，完成，'
    assert got[1][1] == "完成7月份资金预拨" and got[2][1] == "暑期排班，报送"


def test_action_points_numbered_ap1_ap2_are_a_list_and_date_tbd_leaves_no_date_word():
    """'AP1 - 庞海: …' / 'A2: …' / 'AI 3 - …' number action points: the code is the list's number, not part of the
    task; '- date TBD' is a vague due and leaves no '- date' behind; a team's point ('Ops team: …') is no person's."""
    got = items("""
    Action points
    AP1 - 庞海: send the updated pump specification - by 8 July
    A2: 麦晓琳 - confirm the linen tender slot - by Wednesday
    AI 3 - Ops team: check the clearance in the existing pit - date TBD
    """)
    assert got == [("庞海", "send the updated pump specification", "2026-07-08", ()),
                   ("麦晓琳", "confirm the linen tender slot", "2026-07-08", ()),
                   (None, "check the clearance in the existing pit", None, ("no_owner", "vague_due"))]


def test_a_helpers_share_of_work_listed_as_its_leads_and_a_point_marked_closed_first_are_no_items():
    """Under '庞海（工程部）：', '② 配合财务部编制比价表' is 麦晓琳（财务部）'s '编制比价表' helped: no item of 庞海's, nor
    is '配合麦工做比价表编制' of 梁志华's (a person helped, then '另外…' his own work);
    where no lead's item lists that work ('② 协助前厅部整理回访名单'), the help is his item; 'AI: 梁志华 – (closed) FAT
    report' is closed, whatever stands before it."""
    got = items("""
    纪要如下：
    庞海（工程部）：
    ① 本周五前向业主提交7月份进度计划
    ② 配合财务部编制比价表
    ③ 协助前厅部整理回访名单，下周一前
    麦晓琳（财务部）：
    ① 编制比价表，下周二前提交
    梁志华（前厅部）：
    配合麦工做比价表编制；另外周五前给出暑期排班初稿
    AI: 梁志华 – (closed) FAT report for the cooling water pumps
    AI: 梁志华 – send the room schedule, by Friday
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [
        ("庞海", "2026-07-03"), ("庞海", "2026-07-06"), ("麦晓琳", "2026-07-07"), ("梁志华", "2026-07-03"),
        ("梁志华", "2026-07-03")]
    assert got[3][1] == "给出暑期排班初稿"


def test_a_holiday_duty_rota_under_its_heading_is_no_item():
    """'三、假期值班' over '7月4日-6日值班：庞工（带班）、梁经理，值班电话…': who is on duty, not work asked."""
    got = items("""
    二、本次会议事项
    1. 工程部庞工：地漏异味整改，7月10日前完成。
    三、假期值班
    7月4日-6日值班：庞工（带班）、梁经理，值班电话0759-1234 5678。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("庞海", "2026-07-10")]


def test_people_joined_by_plus_or_a_list_share_the_task_and_it_names_neither():
    """'Action: 庞海 + 麦晓琳 确认报表字段清单' and '庞海、梁志华 整理回访名单': one item each, the task without the second
    name ('袁芳 确认…' was left before); a task that names a person inside it keeps the name ('…交梁志华审核')."""
    got = items("""
    Actions
    - Action: 庞海 + 麦晓琳 确认报表字段清单，by Thursday
    - 庞海、梁志华 整理回访名单，下周一前
    - 麦晓琳 把比价表交梁志华审核，周五前
    """)
    assert got == [("庞海", "确认报表字段清单", "2026-07-02", ()), ("麦晓琳", "确认报表字段清单", "2026-07-02", ()),
                   ("庞海", "整理回访名单", "2026-07-06", ()), ("梁志华", "整理回访名单", "2026-07-06", ()),
                   ("麦晓琳", "把比价表交梁志华审核", "2026-07-03", ())]


def test_a_person_asked_with_rang_inside_a_sentence_owns_it():
    """'代理机构的合同让梁经理审一下，尽快。' asks 梁志华 (vague); '合同不能让步' asks nobody."""
    got = items("""
    刚才碰的几件事记一下：
    1、代理机构的合同让梁经理审一下，尽快。
    2、合同条款不能让步，下周一前回复对方。
    """)
    assert [(owner, due, flags) for owner, _, due, flags in got][:1] == [("梁志华", None, ("vague_due",))]
    assert "梁志华" not in [owner for owner, *_ in got[1:]]


def test_the_highlights_of_a_newsletter_are_no_items():
    """'二、本周亮点' over '2. …客服部梁志华团队的回访起了作用。': news of what went well, not a task for 梁志华."""
    got = items("""
    一、本周数据
    入住率92%。
    二、本周亮点
    1. 露营套餐上架首周进入类目前50。
    2. 差评率从3.1%降到1.9%，前厅部梁志华团队的回访起了作用。
    四、小贴士
    7月15日起调整部分房型价格。
    """)
    assert got == []


def test_a_place_whose_name_opens_with_hou_does_not_make_the_next_meeting_a_time_after():
    """'下次进度会：7月9日（周四）19:00，后期机房。': 后期 (post-production) is the room, not 'after 19:00'; '…19:00以后再定'
    still gives no time."""
    assert MINUTES.next_meeting("纪要：\n1. 庞海：地漏整改，7月6日前。\n下次进度会：7月9日（周四）19:00，后期机房。\n",
                                THU) == "2026-07-09 19:00"


def test_a_problem_records_remedy_is_its_task_not_the_problem_described():
    """A 问题协调解决记录 ('问题描述：…' / '责任人：…' / '计划解决时间：…' / '解决方案：…'): the remedy is the work, in one
    record with its owner and day; two records with the same labels stay two."""
    got = items("""
    问题描述：12层卫生间地漏返味，住客投诉3次
    责任部门：工程部
    责任人：庞海
    计划解决时间：2026-07-06 18:00
    解决方案：更换存水弯并加装防臭芯，完成后回访住客
    """)
    assert [(owner, task, due) for owner, task, due, _ in got] == [
        ("庞海", "更换存水弯并加装防臭芯，完成后回访住客", "2026-07-06")]


def test_an_outside_worker_called_lao_x_who_takes_the_work_owns_it():
    """'民国街道二期置景：外协老周负责，本月底前完工' is 老周's (a person we do not know, after the party he works for)."""
    got = items("""
    一、置景
    1. 民国街道二期置景：外协老周负责，本月底前完工，完工后通知制片部验收。
    2. 茶馆软装：工程部庞工负责，下周三前。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("老周", "2026-07-31"), ("庞海", "2026-07-08")]


def test_a_date_in_brackets_is_no_person_whose_name_ends_in_a_month_word():
    """'No trial runs over Dragon Boat (19-21 Jun)' with 'Shen Jun' an alias of a person we know: the bracket is a date,
    'Jun' no name after a role; a line of results names nobody."""
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                  "Jason Shen,jason@ex.cn,Process,,Shen Jun;Jason\n")
    reader = MinutesReader(roster, (Address("Jason Shen", "jason@ex.cn"),))
    read = reader.read("### Results\n- No trial runs over Dragon Boat (19-21 Jun); trial #3 after the DOE\n"
                       "### Action items\n- [ ] @jason update the PFMEA for the dispense step by next Wed\n", THU)
    assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [("Jason Shen", "2026-07-08")]


def test_an_arrow_before_the_due_or_a_done_mark_leaves_no_arrow_and_a_done_point_asks_nothing():
    """'- 庞海: book the chamber for the week of Jul 20 -> by tomorrow': due tomorrow, no '->' left in the task;
    '- 麦晓琳: name a contact (was: asap) -> done, Li Zhuo' is done, with a note of who."""
    got = items("""
    Open items
    - 庞海: book the chamber for the week of Jul 20 -> by tomorrow
    - 麦晓琳: name a firmware contact (was: asap) -> done, Li Zhuo
    - 梁志华: ship the 20 units → Jul 15
    """)
    assert got == [("庞海", "book the chamber for the week of Jul 20", "2026-07-03", ()),
                   ("梁志华", "ship the 20 units", "2026-07-15", ())]


def test_time_left_for_a_review_is_no_next_meeting_but_a_day_kept_free_is():
    """'白若曦：…要留出审片时间，建议7月10日前定稿' (a speaker's summary in AI minutes) sets no meeting; '请大家预留下周四
    上午' still does."""
    assert MINUTES.next_meeting("发言总结\n梁志华：强调终版要留出审片时间，建议7月10日前定稿，并希望发布会前两周开始预热。\n"
                                "待办事项\n· 庞海：输出执行方案（7月8日前）\n", THU) is None
    assert MINUTES.next_meeting("待办：\n1. 庞海：执行方案，7月8日前。\n请大家预留下周四上午，复盘方案。\n", THU) == "2026-07-09 09:00"


def test_a_company_name_then_a_surname_and_title_before_a_colon_is_that_person():
    """'海维斯庞工：' and '海维斯梁经理：' (a partner's name in Chinese, then a surname and title): the one person the mail
    goes to with that surname, before a colon only; 'AI (closed): 麦晓琳 - …' is a closed point."""
    got = items("""
    纪要如下：
    1. 海维斯庞工：下周二前提供材质证明样本。
    2. 海维斯梁经理：7月10日前提交修订版技术协议。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("庞海", "2026-07-07"), ("梁志华", "2026-07-10")]
    closed = items("""
    Action items
    AI: 庞海 - send the pump curve - by Friday
    AI (closed): 麦晓琳 - add the linen vendor to the approved list - done during the call
    """)
    assert [(owner, due) for owner, _, due, _ in closed] == [("庞海", "2026-07-03")]


def test_before_an_event_on_a_day_is_due_that_day():
    """'• 庞海 will prepare the inspection checklist before the trial run on 7/15. (庞海)' (a Copilot recap's follow-up
    task): due 7/15, the task without it; 'ship it on 7/15' alone stays no deadline (a bare M/D needs a cue)."""
    got = items("""
    Follow-up tasks
    • 庞海 will prepare the first-article inspection checklist before the trial run on 7/15. (庞海)
    """)
    assert got == [("庞海", "prepare the first-article inspection checklist", "2026-07-15", ())]


def test_work_going_on_as_planned_with_nothing_new_is_no_item():
    """Under '麦晓琳（财务部）：', '布草比价按计划推进，本周无新增事项。' asks nothing new; '…按计划推进，本周五前交报告' does."""
    got = items("""
    按人员整理如下：
    麦晓琳（财务部）：
    布草比价按计划推进，本周无新增事项。
    庞海（工程部）：
    泵房巡检按计划推进，本周五前交报告。
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("庞海", "2026-07-03")]


def test_a_range_of_numbered_lines_is_no_month_and_day():
    """'- Action: 庞海 – Q3 capacity plan for lines 1-3 – EOD Monday': due Monday; 'lines 1-3' names the lines."""
    got = items("""
    Actions
    - Action: 庞海 – Q3 capacity plan for lines 1-3 – EOD Monday
    - Action: 麦晓琳 – rework rooms 3-5 by 7/8
    """)
    assert [(owner, due) for owner, _, due, _ in got] == [("庞海", "2026-07-06"), ("麦晓琳", "2026-07-08")]
    assert "lines 1-3" in got[0][1] and "rooms 3-5" in got[1][1]
