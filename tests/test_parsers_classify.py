"""The kind of a mail from the facts found about it: auto, calendar answers, replies, minutes, other."""
import pytest

from parsers.mail.classify import Signals, calendar_reply, classify, is_forward, looks_like_minutes
from parsers.minutes.reader import MinutesRead
from parsers.model import Item


def signals(subject="会议纪要", opening="各位：以下是会议纪要", *, auto=None, method="", replying=False,
            correction=False):
    return Signals(auto, method, replying, correction, subject, opening)


def read(items=0, evidence=(), facts=None):
    found = tuple(Item(number=n + 1, owner=None, task=f"任务{n}") for n in range(items))
    return MinutesRead(found, facts or {}, (), frozenset(evidence))


@pytest.mark.parametrize("sig, found, kind", [
    (signals(auto="Auto-Submitted: auto-replied"), read(3, {"action"}), "auto"),   # whatever the body says
    (signals(method="REPLY"), read(), "other"),                                     # an attendee's answer
    (signals(), read(2, {"action", "list"}), "minutes"),
    (signals(subject="样机借用", opening="周五前还你"), read(), "other"),              # chat with deadlines
    (signals(subject="费用制度说明会 纪要"), read(0, {"decision"}, {"held": "10月15日"}), "minutes"),
    (signals(subject="Re: 周会纪要", replying=True), read(), "reply"),
    (signals(subject="Re: 周会纪要", replying=True), read(1, {"list"}), "minutes"),    # new items in a reply
    (signals(subject="【更正】周会纪要", replying=True, correction=True), read(0, {"table"}), "minutes"),
    (signals(subject="Q4评审会", opening="议题：", method="REQUEST"), read(0, {"info"}), "other"),  # invitation
    (signals(subject="纪要的事", opening="纪要我晚点发"), read(), "other"),              # says 纪要, has none
])
def test_classify(sig, found, kind):
    assert classify(sig, found) == kind


def test_minutes_need_a_name_and_a_shape():
    assert looks_like_minutes(signals(), read(0, {"decision"}))
    assert not looks_like_minutes(signals(), read(0, {"info"}))
    assert not looks_like_minutes(signals(subject="周五安排", opening="大家好"), read(0, {"decision"}))


@pytest.mark.parametrize("subject, forward", [
    ("转发: 【会议纪要】新品评审会", True), ("FW: minutes", True), ("Fwd: notes", True), ("Re: FW: x", True),
    ("Re: 周会纪要", False), ("回复：Re: 纪要", False), ("会议纪要", False),
])
def test_is_forward(subject, forward):
    assert is_forward(subject) is forward


ICS = """BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:minutebot-42@xinghe.cn\r\nSEQUENCE:2\r\n
ATTENDEE;PARTSTAT=ACCEPTED;CN=王芳:mailto:WangFang@xinghe.c\r\n n\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n""".replace("\r\n\n", "\r\n")


def test_calendar_reply_fields():
    assert calendar_reply(ICS) == {"uid": "minutebot-42@xinghe.cn", "attendee": "wangfang@xinghe.cn",
                                   "partstat": "ACCEPTED", "sequence": 2}


def test_calendar_reply_without_uid_is_none():
    assert calendar_reply("BEGIN:VCALENDAR\nMETHOD:REPLY\nEND:VCALENDAR") is None


@pytest.mark.parametrize("subject, opening", [
    ("Invitation: Budget review @ Tue Mar 3, 2026 10am (minutes@corp.example.com)", "Agenda:\n1. Q2 budget (Ana)"),
    ("邀请：月度经营分析会 @ 3月5日 14:00 (meeting-minutes@corp.example.cn)", "议程：\n1. 销售数据（李娜）"),
    ("Updated invitation: Sprint planning", "Notes go to minutes@corp.example.com afterwards. Agenda: …"),
])
def test_an_address_that_says_minutes_does_not_make_an_invitation_minutes(subject, opening):
    assert classify(signals(subject, opening, method="REQUEST"), read(3, {"list"})) == "other"


def test_an_invitation_that_says_it_carries_minutes_in_words_is_still_minutes():
    sig = signals("Invitation: follow-up — minutes of last review attached", "Minutes below.", method="REQUEST")
    assert classify(sig, read(2, {"action", "list"})) == "minutes"
