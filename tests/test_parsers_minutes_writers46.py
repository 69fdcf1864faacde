"""Issue #12, session 19: readings heldout59's and heldout60's misses asked for (both scored once on 7b10c9a), each
tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.mail.letter import is_letter
from parsers.minutes.grids.columns import column_role
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "宁秀梅,ningxm@ex.cn,营运部,,秀梅\n祝海峰,zhuhf@ex.cn,品控部,,海峰\n骆文斌,luowb@ex.cn,外贸部,,\n"
    "Aino Laaksonen,aino@ex.fi,Group Engineering,,Aino\n")
MINUTES = MinutesReader(ROSTER, (Address("宁秀梅", "ningxm@ex.cn"), Address("祝海峰", "zhuhf@ex.cn"),
                                 Address("阎立群", "yanlq@partner.example.cn")))
TUE = datetime(2026, 8, 11, 21, 0, tzinfo=SHANGHAI)          # Tuesday 2026-08-11


def items(text: str, sent: datetime = TUE) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def test_a_request_to_move_a_meeting_is_a_letter():
    """'…的评审会能不能改到周四下午3点？' to one person: a letter about a meeting to come, though it names the meeting;
    a note that reports on a meeting held ('今天的评审会定了…') is none."""
    assert is_letter("下周三评审会改期", "祝工，下周三的设计评审会能不能改到周四下午3点？我那天要去合作社。", ("祝海峰",))
    assert is_letter("Thursday review", "Hi Aino, could we move Thursday's review to Friday 3pm?", ("Aino Laaksonen",))
    assert not is_letter("评审会", "祝工，今天的评审会定了三件事：…", ("祝海峰",))


def test_a_side_tag_before_a_person_and_a_colon():
    """'【客户】阎立群：…' and '【我方】产品负责人（Product owner）宁秀梅：…': the tag names a side, the person after
    it owns the item; a chat's '[21:06] 宁秀梅：…' is no side."""
    got = items("""
    二、行动项
    1. 【客户】阎立群：提供样车运输计划，8月20日前
    2. 【我方】产品负责人（Product owner）宁秀梅：独占时段排期方案，8月底前
    """)
    assert [(owner, due) for owner, _, due in got] == [("阎立群", "2026-08-20"), ("宁秀梅", "2026-08-31")]


def test_a_column_of_units_and_their_people():
    """'责任股室及人员', '承办科室及人员', '责任部门和负责人': the column names a unit or its person, the person when one is
    named ('主责：宁秀梅；配合：祝海峰' -> 宁秀梅); '问题及解决方案' stays a task column."""
    assert column_role("责任股室及人员") == column_role("责任部门和负责人") == column_role("承办科室及人员") == ("owner", 0)
    assert column_role("责任股室") == ("dept", 0) and column_role("问题及解决方案") == ("task", 3)
    got = items("""
    序号\t工作事项\t责任股室及人员\t完成时限
    1\t制定活动实施方案\t主责：宁秀梅；配合：祝海峰\t8月20日前
    2\t宣传展板设计制作\t主责：营运部；配合：各股室\t8月底
    """)
    assert [(owner, due) for owner, _, due in got] == [("宁秀梅", "2026-08-20"), (None, "2026-08-31")]


def test_steps_under_a_line_that_names_who_leads():
    """'客户已确认款式，骆文斌负责推进，分三步：' over '① 8月20日前  与客户确认尺码表' …: each step is his item."""
    got = items("""
    一、芬兰订单
    客户已确认款式，骆文斌负责推进，分三步：
      ① 8月20日前  与客户确认尺码表和洗标内容
      ② 8月24日前  报价单定稿发客户
    二、出口退税
    宁秀梅：二季度退税资料整理，月底前报税务局。
    """)
    assert got == [("骆文斌", "与客户确认尺码表和洗标内容", "2026-08-20"), ("骆文斌", "报价单定稿发客户", "2026-08-24"),
                   ("宁秀梅", "二季度退税资料整理，报税务局", "2026-08-31")]


def test_whose_side_then_who():
    """'质检那边海峰安排…' and '营运方面秀梅…': the side, then the person (by given name) who does the work."""
    got = items("""
    刚才碰了一下，定了这几条：
    质检那边海峰安排每个收购点派一个人，名单明天报上来
    营运方面秀梅8月20号前把收购资金到位情况报我
    """)
    assert [(owner, due) for owner, _, due in got] == [("祝海峰", "2026-08-12"), ("宁秀梅", "2026-08-20")]


def test_the_next_meetings_zone_is_the_one_after_its_own_clock():
    """'15:00 Heihe / 10:00 Helsinki': Helsinki names the second clock, the first (a place we do not know) is ours;
    'Tue 18 Aug — 10:00 CEST' still reads CEST."""
    head = "Actions\nAI: 宁秀梅 to send the draft contracts by Friday\n"
    assert MINUTES.next_meeting(head + "Next check-in: Tue 18 Aug, 15:00 Heihe / 10:00 Helsinki.", TUE) == "2026-08-18 15:00"
    assert MINUTES.next_meeting(head + "Next check-in: Tue 18 Aug — 10:00 CEST", TUE) == "2026-08-18 16:00"


def test_the_next_meetings_day_is_the_one_it_is_set_to():
    """'节后生产调度会定在下周三同一时间（下午2点半）': 下周三, not the 节后 of the meeting's name; '…再碰一次，时间定在
    8点' keeps the day before it."""
    head = "纪要如下：\n一、宁秀梅：抽检方案，8月20日前交车经理。\n"
    assert MINUTES.next_meeting(head + "节后生产调度会定在下周三同一时间（下午2点半），地点不变。", TUE) == "2026-08-19 14:30"
    assert MINUTES.next_meeting(head + "下周二晚上我们再碰一次，\n时间定在8点，还是大会议室。", TUE) == "2026-08-18 20:00"


def test_an_ai_records_start_is_when_the_meeting_was_held():
    """A Feishu record's '2026年8月11日 14:30 | 1小时10分钟' (or its day and hour alone on a line) is this meeting's
    time, so '下周二同一时间' is 14:30."""
    text = """各位，下午会议的智能纪要转过来。
    下周二同一时间再碰一次进度。

    “蝴蝶妈妈”系列新品开发会
    2026年8月11日 14:30 | 1小时10分钟
    参会人：宁秀梅、祝海峰

    待办
    □ 宁秀梅  完成第二版设计稿  8月14日
    """
    assert MINUTES.next_meeting(text, TUE) == "2026-08-18 14:30"


def _forward(preface: str, to: str) -> bytes:
    return (f"From: Mikko Laaksonen <mikko@ex.fi>\nTo: {to}\nCc: minutes@ex.cn\nSubject: FW: Minutes: supplier visit\n"
            "Date: Mon, 10 Aug 2026 09:12:40 +0800\nMessage-ID: <fw1@ex.fi>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{preface}\nMikko\n________________________________\nFrom: Aino Laaksonen <aino@ex.fi>\n"
            "Sent: Friday, August 7, 2026 6:20 PM\nTo: 骆文斌 <luowb@ex.cn>\nSubject: Minutes: supplier visit\n\n"
            "Minutes:\n1. 骆文斌 to arrange a trial order of 20 valve blocks by Friday 14 August.\n"
            "2. Aino to update the hydraulic schematic by Wednesday 12 August.\n").encode()


def test_a_forward_hands_an_item_to_the_person_it_names():
    """'Wenbin, item 2 is yours now - Aino is on leave.' in a forward To two people: item 2 is his (by his roster name,
    though the mail shows 'Wenbin Luo'), and the preface line is no item; 'please take over items 1 and 2' to one
    person hands both on; a preface that names nobody of the To line hands nothing."""
    from zoneinfo import ZoneInfo
    from parsers import parse_message
    from parsers.dates.workdays import WorkdayCalendar

    def owners(preface: str, to: str) -> list[tuple]:
        read = parse_message(_forward(preface, to), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER,
                             calendar=WorkdayCalendar(), bot_address="minutes@ex.cn")
        return [(i.number, i.owner.name if i.owner else None) for i in read.items]
    two = "Wenbin Luo <luowb@ex.cn>, Aino Laaksonen <aino@ex.fi>"
    assert owners("Wenbin, item 2 is yours now - Aino is on leave.", two) == [(1, "骆文斌"), (2, "骆文斌")]
    assert owners("Please take over items 1 and 2 while Aino is away.", "Ning <ningxm@ex.cn>") == [(1, "宁秀梅"), (2, "宁秀梅")]
    assert owners("Somebody, item 2 is yours now.", two) == [(1, "骆文斌"), (2, "Aino Laaksonen")]


def test_a_forward_gives_an_item_to_another_person_by_name():
    """'待办我核过了，第2条改成秀梅负责，海峰配合。' over forwarded minutes: item 2 is 宁秀梅's (配合 names a helper); a
    name nobody knows ('第1条改成小李负责') changes nothing."""
    from zoneinfo import ZoneInfo
    from parsers import parse_message
    from parsers.dates.workdays import WorkdayCalendar

    def owners(preface: str) -> list[tuple]:
        raw = _forward(preface, "骆文斌 <luowb@ex.cn>, 宁秀梅 <ningxm@ex.cn>")
        read = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                             bot_address="minutes@ex.cn")
        return [(i.number, i.owner.name if i.owner else None) for i in read.items]
    assert owners("待办我核过了，第2条改成秀梅负责，海峰配合。") == [(1, "骆文斌"), (2, "宁秀梅")]
    assert owners("待办我核过了，第1条改成小李负责。") == [(1, "骆文斌"), (2, "Aino Laaksonen")]


def test_this_week_before_the_work_and_the_writer_who_sees_to_it():
    """'祝工这周把降温设备配齐' is due this Sunday, as '这周内' is ('本周完成情况如下' and '本周例会取消' ask nothing);
    '质检的事（…）我自己盯，月底前出新的检验规程' is the writer's."""
    from parsers.dates.due import find_all_dues
    from parsers.dates.workdays import WorkdayCalendar
    assert [(d.text, d.date.isoformat()) for d in find_all_dues("祝工这周把降温设备配齐", TUE, WorkdayCalendar())] == [
        ("这周", "2026-08-16")]
    assert find_all_dues("本周完成情况如下", TUE, WorkdayCalendar()) == [] == find_all_dues("本周例会取消", TUE, WorkdayCalendar())
    got = MINUTES.owners_from(Address("骆文斌", "luowb@ex.cn"), """
    几件事记一下：
    1. 质检的事（抽检比例从5%提到10%）我自己盯，月底前出新的检验规程。
    """, TUE)
    assert got == [("骆文斌", "质检的事（抽检比例从5%提到10%），出新的检验规程", "2026-08-31")]
