"""parse_message end to end on our own test mails (tests/data/minutes): kind, meeting facts, items, JSON."""
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.mail.mime import MailError
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar

DATA = Path(__file__).parent / "data" / "minutes"
SH = ZoneInfo("Asia/Shanghai")
ROSTER = Roster.from_csv_text((DATA / "roster.csv").read_text(encoding="utf-8"))
BOT = "minutes@qinghe.example.com"


def parse(name: str, **options):
    raw = (DATA / f"{name}.eml").read_bytes()
    return parse_message(raw, tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT, **options)


def test_minutes_with_facts_and_followup():
    msg = parse("103-task-division-labels")
    assert msg.kind == "minutes" and msg.reply is None
    meeting = msg.meeting
    assert meeting.title == "入职流程与合同模板专题会会议纪要"
    assert meeting.held_at == datetime(2024, 11, 5, 14, 0, tzinfo=SH)
    assert [p.name for p in meeting.participants] == ["陈思远", "刘晓峰", "周雨", "孙丽", "欧阳雪"]
    assert meeting.next_followup is None                      # 时间待定
    assert [i.number for i in msg.items] == [1, 2, 3, 4]


def test_meeting_ref_and_title_from_the_subject():
    meeting = parse("109-record-table-followup-actions").meeting
    assert meeting.ref == "QH-2024-1107"
    assert meeting.title == "远航物流二期需求"                   # the 主题 column
    assert meeting.next_followup.start == datetime(2024, 11, 18, 15, 0, tzinfo=SH)


def test_participants_default_to_to_and_cc_without_the_bot():
    meeting = parse("102-html-table-reordered-headers").meeting
    emails = [p.email for p in meeting.participants]
    assert "liuxf@qinghe.example.com" in emails and BOT not in emails


def test_followup_location_and_time():
    followup = parse("108-english-html-action-table").meeting.next_followup
    assert (followup.start, followup.location) == (datetime(2024, 11, 15, 11, 0, tzinfo=SH), "Room 5B")


def test_default_due_time_fills_the_full_deadline():
    item = parse("102-html-table-reordered-headers", default_due_time=time(17, 30)).items[0]
    assert item.due == datetime(2024, 11, 15, 17, 30, tzinfo=SH) and item.due_time is None


def test_items_in_a_docx_attachment():
    msg = parse("104-docx-attachment-minutes")
    assert msg.kind == "minutes"
    assert [i.task for i in msg.items] == ["完成来料检验标准修订", "提交供应商现场审核报告", "与客户确认整改费用分摊"]


@pytest.mark.parametrize("name, kind", [("106-other-chat-mentions-minutes", "other"),
                                        ("107-reply-quoting-minutes", "reply"),
                                        ("116-calendar-accept-reply", "other")])
def test_kinds_without_items(name, kind):
    msg = parse(name)
    assert (msg.kind, msg.items, msg.meeting) == (kind, (), None)


def test_a_reply_carries_the_reply_and_no_meeting():
    msg = parse("107-reply-quoting-minutes")
    assert msg.reply is not None and "第2项" in msg.reply.text and "原始邮件" not in msg.reply.text


def test_a_calendar_answer_is_recorded():
    assert parse("116-calendar-accept-reply").calendar_reply == {
        "uid": "minutebot-7f3a@qinghe.example.com", "attendee": "wangdw@qinghe.example.com",
        "partstat": "ACCEPTED", "sequence": 1}


def test_json_is_spec_section_5():
    data = parse("115-utc-date-weekdays").as_json()
    assert data["kind"] == "minutes" and data["sent_at"] == "2024-11-18T07:50:00+08:00"
    assert data["from"] == {"name": "林静", "email": "linjing@qinghe.example.com"}
    assert data["items"][0] == {
        "number": 1, "owner": {"name": "王大伟", "email": "wangdw@qinghe.example.com", "department": "市场部"},
        "task": "提交客户案例稿", "due_date": "2024-11-22", "due_time": None, "due": "2024-11-22T18:00:00+08:00",
        "due_text": "本周五前", "flags": []}
    assert data["meeting"]["next_followup"] == {"start": "2024-11-25T09:30:00+08:00", "end": None, "location": None}


@pytest.mark.parametrize("raw", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"])
def test_bytes_that_are_not_mail_raise_mail_error(raw):
    with pytest.raises(MailError):
        parse_message(raw, tz=SH, roster=ROSTER, calendar=WorkdayCalendar())


def test_a_body_that_cannot_be_read_degrades_to_other_with_a_warning(monkeypatch):
    from parsers import message as parsers          # the reading stack behind parsers.parse_message

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(parsers, "read_minutes", broken)
    msg = parse("103-task-division-labels")
    assert msg.kind == "other" and msg.items == () and "boom" in msg.warnings[-1]
    assert msg.sender.email == "sunli@qinghe.example.com"      # the headers are still there
