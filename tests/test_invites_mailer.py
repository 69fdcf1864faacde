"""iMIP invitations as bytes: checked with vobject, an iCalendar parser independent of icalendar (which builds them)."""
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default

import vobject

from mailer.compose import Composer, Envelope, Recipient
from mailer.invites import Attendee, Invite, to_ical

CST = timezone(timedelta(hours=8))
START = datetime(2024, 10, 15, 10, 0, tzinfo=CST)
BOT = Attendee("纪要助手", "minutes@xinghe.cn")


def invite(**extra):
    fields = dict(uid="followup-1-abc@xinghe.cn", sequence=0, organizer=BOT,
                  attendees=(Attendee("王芳, 市场部", "wangfang@xinghe.cn"), Attendee("李强", "liqiang@xinghe.cn"),
                             BOT),
                  start=START, end=START + timedelta(hours=1), summary="跟进会：产品周会\r\nX-Injected: 1",
                  description="1. 提交方案; 2. 升级固件", location="3楼会议室")
    fields.update(extra)
    return Invite(**fields)


def parse(ics: bytes):
    return vobject.readOne(ics.decode("utf-8"))


def test_a_request_has_every_property_rfc_5546_asks_for():
    cal = parse(to_ical(invite(), START - timedelta(days=5)))
    assert cal.method.value == "REQUEST"
    event = cal.vevent
    assert event.uid.value == "followup-1-abc@xinghe.cn"
    assert int(event.sequence.value) == 0
    assert event.dtstart.value == START and event.dtend.value == START + timedelta(hours=1)
    assert event.dtstamp.value.tzinfo is not None
    assert event.organizer.value == "mailto:minutes@xinghe.cn"
    attendees = {a.value: a.params for a in event.attendee_list}
    assert set(attendees) == {"mailto:wangfang@xinghe.cn", "mailto:liqiang@xinghe.cn"}   # never the organizer
    assert attendees["mailto:wangfang@xinghe.cn"]["CN"] == ["王芳, 市场部"]
    assert attendees["mailto:liqiang@xinghe.cn"]["PARTSTAT"] == ["NEEDS-ACTION"]
    assert attendees["mailto:liqiang@xinghe.cn"]["RSVP"] == ["TRUE"]
    assert event.summary.value == "跟进会：产品周会 X-Injected: 1"                    # one line, no new property
    assert event.location.value == "3楼会议室"
    assert event.valarm.trigger.value == timedelta(minutes=-15)


def test_an_update_keeps_the_uid_and_a_cancel_is_cancelled():
    update = parse(to_ical(invite(sequence=1, start=START + timedelta(days=1), end=START + timedelta(days=1, hours=1)),
                           START))
    cancel = parse(to_ical(invite(sequence=2, method="CANCEL"), START))
    assert update.vevent.uid.value == cancel.vevent.uid.value == "followup-1-abc@xinghe.cn"
    assert int(update.vevent.sequence.value) == 1
    assert cancel.method.value == "CANCEL" and cancel.vevent.status.value == "CANCELLED"
    assert int(cancel.vevent.sequence.value) == 2


def test_the_mail_carries_the_calendar_as_alternative_and_attachment():
    ics = to_ical(invite(), START)
    envelope = Envelope(sender=Recipient("纪要助手", "minutes@xinghe.cn"), to=(Recipient("李强", "liqiang@xinghe.cn"),),
                        message_id="<i@x>", date=START, calendar=ics, calendar_method="REQUEST")
    context = {"bot_name": "纪要助手", "title": "产品周会", "method": "REQUEST", "sequence": 0, "location": "",
               "when": "10月15日（周二）10:00", "items": [], "summary": "跟进会：产品周会"}
    msg = message_from_bytes(Composer().compose(envelope, "invite", "zh", context).as_bytes(), policy=default)
    assert msg.get_content_type() == "multipart/mixed"
    alternative = next(p for p in msg.iter_parts() if p.get_content_type() == "multipart/alternative")
    kinds = [p.get_content_type() for p in alternative.iter_parts()]
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    calendar = list(alternative.iter_parts())[2]
    assert calendar.get_param("method") == "REQUEST"
    assert parse(calendar.get_content().encode() if isinstance(calendar.get_content(), str)
                 else calendar.get_content()).vevent.uid.value == "followup-1-abc@xinghe.cn"
    [attachment] = [p for p in msg.iter_attachments() if p.get_filename() == "invite.ics"]
    assert attachment.get_content_type() == "application/ics"
    assert msg["Subject"] == "【会议邀请】跟进会：产品周会"
