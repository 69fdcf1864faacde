"""Issue #12, heldout15 round (cases 2801-2838): readings of structure that heldout15 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime
from email.message import EmailMessage
from textwrap import dedent

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "蒋文华,jiangwh@ex.cn,仓储部,,蒋经理\n邵冬梅,shaodm@ex.cn,财务部,,邵会计\n"
    "甘志远,ganzy@ex.cn,运输部,,老甘\n倪晓雯,nixw@ex.cn,客服部,,雯雯\n")
MINUTES = MinutesReader(ROSTER, (Address("蒋文华", "jiangwh@ex.cn"), Address("甘志远", "ganzy@ex.cn")))
MON = datetime(2025, 9, 15, 10, 0, tzinfo=SHANGHAI)


def _mail(subject: str, body: str, *, sender: str = "甘志远 <ganzy@ex.cn>", in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "bot <bot+r5f3a9c@ex.cn>", subject
    msg["Date"] = "Mon, 15 Sep 2025 10:00:00 +0800"
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(dedent(body).strip() + "\n")
    return msg.as_bytes()


def _parse(raw: bytes):
    return parse_message(raw, tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")


RECAP_QUOTE = """
    -----Original Message-----
    From: bot <bot@ex.cn>
    Sent: 2025-09-12 17:01
    Subject: FW: 仓储运输协调会纪要

    已登记本次会议的待办事项：
    | No. | 事项 | 负责人 | 截止 |
    | 1 | 盘点B区库存 | 蒋文华 | 2025-09-16 |
    | 2 | 更新司机排班表 | 甘志远 | 2025-09-15 |
    """


def test_an_answer_in_the_thread_of_a_forward_is_a_reply_not_the_forward():
    """'RE: FW: …' with an In-Reply-To: the outermost prefix is what the mail did — it answers the recap of forwarded
    minutes ('第2项已完成'), so it is a reply, and the recap it quotes gives no items."""
    body = "第2项已完成，排班表已发到车队群。\n\n甘志远\n" + dedent(RECAP_QUOTE)
    parsed = _parse(_mail("RE: FW: 仓储运输协调会纪要", body, in_reply_to="<recap.1@ex.cn>"))
    assert parsed.kind == "reply" and not parsed.items
    assert parsed.reply.intent == "done" and list(parsed.reply.items) == [2]


def test_a_forward_without_a_thread_still_reads_the_forwarded_minutes():
    """A plain 'FW:' of minutes (no In-Reply-To) stays a forward: the quoted minutes are the content."""
    body = """
    转给大家。
    -----Original Message-----
    From: 蒋文华 <jiangwh@ex.cn>
    Sent: 2025-09-12 17:01
    Subject: 仓储运输协调会纪要

    待办：
    1. 蒋文华：盘点B区库存，9月16日前
    2. 甘志远：更新司机排班表，9月18日前
    """
    parsed = _parse(_mail("FW: 仓储运输协调会纪要", body))
    assert parsed.kind == "minutes" and [i.owner.name for i in parsed.items] == ["蒋文华", "甘志远"]


def test_a_greeting_then_prose_minutes_that_name_people_is_minutes_with_their_items():
    """'大家好，刚跟客户开完会，…：…，老甘周三前把…；雯雯…' in one paragraph: '大家好，' greets, it does not hand the work
    to everyone; '开完会' is the meeting just held, not one ahead."""
    body = """
    大家好，刚跟顺达物流开完会，说一下结论：对方同意下月起按新运价结算，但要求先补齐8月的对账单，老甘周三前把8月对账单发给对方；雯雯9月19日前把客户投诉回访做完；我这边月底前把新合同走完审批。
    """
    parsed = _parse(_mail("和顺达物流的会议小结", body, sender="蒋文华 <jiangwh@ex.cn>"))
    assert parsed.kind == "minutes" and parsed.meeting.next_followup is None
    got = [(i.owner.name, i.due_date.isoformat()) for i in parsed.items]
    assert got == [("甘志远", "2025-09-17"), ("倪晓雯", "2025-09-19"), ("蒋文华", "2025-09-30")]
    assert "8月对账单" in parsed.items[0].task and "同意" not in parsed.items[0].task



def test_a_list_numbered_with_a_space_and_no_dot_is_a_numbered_list():
    """'1 老甘 …' / '2 雯雯 …' typed on a phone (a space, no dot), lines running 1, 2, 3: one item each, nickname
    owners; a lone '3 号库…' line is text, not a list."""
    body = """
    今天仓储会说的几件事，整理一下：
    1 老甘 新司机上岗培训 周三前
    2 雯雯 客户投诉回访 9月19日前
    3 蒋经理 B区货架加固 尽快
    另外3 号库的灯坏了，行政已知道。
    """
    parsed = _parse(_mail("仓储会待办", body, sender="蒋文华 <jiangwh@ex.cn>"))
    got = [(i.owner.name, i.task, i.due_date.isoformat() if i.due_date else None) for i in parsed.items]
    assert got == [("甘志远", "新司机上岗培训", "2025-09-17"), ("倪晓雯", "客户投诉回访", "2025-09-19"),
                   ("蒋文华", "B区货架加固", None)]


def test_a_meeting_after_the_holiday_to_be_announced_is_no_follow_up():
    """'节后的复盘会时间待定' / '年后开工例会另行通知': the meeting is named between the time word and the 待定, and no day
    is set; '下周例会通知：周三下午3点' still sets one."""
    from parsers.minutes.meeting.followup import next_followup
    ctx = MINUTES.context(MON)
    assert next_followup(["国庆节后的仓储复盘会时间待定。"], ctx) is None
    assert next_followup(["年后开工例会另行通知。"], ctx) is None
    assert next_followup(["下周例会通知：周三下午3点"], ctx).start.strftime("%Y-%m-%d %H:%M") == "2025-09-24 15:00"


def test_a_role_acronym_written_against_the_name_is_the_persons_title():
    """'QC倪晓雯：…' (a role in capitals, then the name with no space): the person owns the line."""
    body = """
    分工：
    1. QC倪晓雯：复核9月退货批次的检验记录，周五前
    2. TMS蒋文华：导出8月运单差异清单，9月18日前
    """
    parsed = _parse(_mail("质量周会纪要", body, sender="甘志远 <ganzy@ex.cn>"))
    assert [(i.owner.name, i.due_date.isoformat()) for i in parsed.items] == [("倪晓雯", "2025-09-19"),
                                                                             ("蒋文华", "2025-09-18")]
    assert parsed.items[0].task.startswith("复核9月退货批次")
