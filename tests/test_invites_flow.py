"""The follow-up invitation's whole life through the bot: REQUEST to every participant, an update when corrected
minutes move it, CANCEL when they drop it, and attendees' answers recorded without a word back. Every invite is
read with vobject, a parser independent of the icalendar package that wrote it."""
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import vobject

from conftest import CST, mail

FOLLOWUP = """
会议主题：渠道合作周会
参会人员：陈明、王芳、李强

待办事项：
1. 王芳：提交渠道方案，10月14日前
2. 李强：完成样机固件升级，10月16日前

下次沟通时间：{when}，3楼会议室
"""
PEOPLE = "王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>"


def invites(msgs):
    """(method, vobject calendar, mail) of each mail that carries a calendar part."""
    out = []
    for msg in msgs:
        part = next((p for p in msg.walk() if p.get_content_type() == "text/calendar"), None)
        if part is not None:
            cal = vobject.readOne(part.get_content())
            out.append((cal.method.value, cal, msg))
    return out


def calendar_answer(uid: str, attendee: str, partstat: str, *, sequence: int = 0, shape: str = "outlook") -> bytes:
    """An iTIP REPLY as Outlook (text/calendar alone in multipart/alternative) or Gmail (with an .ics) sends it."""
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:" + ("Microsoft Exchange Server 2010" if shape == "outlook" else
                                        "-//Google Inc//Google Calendar 70.9054//EN"),
        "VERSION:2.0", "METHOD:REPLY", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}",
        f"ATTENDEE;PARTSTAT={partstat};CN=\"{attendee}\":mailto:{attendee}",
        "ORGANIZER:mailto:minutes@xinghe.cn", "DTSTAMP:20241011T020000Z", "END:VEVENT", "END:VCALENDAR", ""])
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"] = attendee, "纪要助手 <minutes@xinghe.cn>"
    msg["Subject"] = ("已接受: " if partstat == "ACCEPTED" else "Declined: ") + "跟进会：渠道合作周会"
    msg["Date"] = format_datetime(datetime(2024, 10, 11, 10, 0, tzinfo=CST))
    msg["Message-ID"] = f"<answer-{attendee}-{partstat}@xinghe.cn>"
    msg.set_content(f"{attendee} {partstat.lower()} this invitation.")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    if shape == "gmail":
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    return msg.as_bytes()


def test_minutes_with_a_next_meeting_invite_every_participant_once(bot, now):
    bot.drop(mail(FOLLOWUP.format(when="10月17日（周四）14:00-15:00"), to=PEOPLE, message_id="<f1@xinghe.cn>"))
    bot.tick(now)
    bot.tick(now + timedelta(minutes=5))
    [(method, cal, msg)] = invites(bot.sent())
    event = cal.vevent
    assert method == "REQUEST" and msg.get_content_type() == "multipart/mixed"
    assert event.dtstart.value == datetime(2024, 10, 17, 14, 0, tzinfo=CST)
    assert event.dtend.value == datetime(2024, 10, 17, 15, 0, tzinfo=CST)
    assert event.location.value == "3楼会议室"
    assert event.organizer.value == "mailto:minutes@xinghe.cn"
    assert {a.value for a in event.attendee_list} == {
        "mailto:chenming@xinghe.cn", "mailto:wangfang@xinghe.cn", "mailto:liqiang@xinghe.cn"}
    assert "提交渠道方案" in event.description.value and "完成样机固件升级" in event.description.value
    assert [a.get_filename() for a in msg.iter_attachments()] == ["invite.ics"]


def test_a_correction_moves_it_and_another_drops_it(bot, now):
    bot.drop(mail(FOLLOWUP.format(when="10月17日 14:00"), to=PEOPLE, message_id="<f1@xinghe.cn>"))
    bot.tick(now)
    bot.drop(mail(FOLLOWUP.format(when="10月18日 10:00"), to=PEOPLE, subject="【更正】会议纪要",
                  message_id="<f2@xinghe.cn>", in_reply_to="<f1@xinghe.cn>"))
    bot.tick(now + timedelta(hours=1))
    bot.drop(mail(FOLLOWUP.split("下次沟通时间")[0], to=PEOPLE, subject="【更正】会议纪要",
                  message_id="<f3@xinghe.cn>", in_reply_to="<f2@xinghe.cn>", references="<f1@xinghe.cn> <f2@xinghe.cn>"))
    bot.tick(now + timedelta(hours=2))
    sent = invites(bot.sent())
    assert [(m, int(c.vevent.sequence.value)) for m, c, _ in sent] == [("REQUEST", 0), ("REQUEST", 1), ("CANCEL", 2)]
    assert len({c.vevent.uid.value for _, c, _ in sent}) == 1
    assert sent[1][1].vevent.dtstart.value == datetime(2024, 10, 18, 10, 0, tzinfo=CST)
    assert sent[2][1].vevent.status.value == "CANCELLED"
    assert bot.app.store.db["meetings"].count == 1


def test_answers_are_recorded_per_attendee_and_never_answered(bot, now):
    bot.drop(mail(FOLLOWUP.format(when="10月17日 14:00"), to=PEOPLE, message_id="<f1@xinghe.cn>"))
    bot.tick(now)
    [(_, cal, _)] = invites(bot.new_mail())
    uid = cal.vevent.uid.value
    bot.drop(calendar_answer(uid, "wangfang@xinghe.cn", "ACCEPTED", shape="outlook"))
    bot.drop(calendar_answer(uid, "liqiang@xinghe.cn", "DECLINED", shape="gmail"))
    bot.drop(calendar_answer(uid, "zhaomin@xinghe.cn", "DECLINED"))          # not invited: ignored
    bot.tick(now + timedelta(hours=1))
    answers = {r["email"]: r["partstat"] for r in bot.app.store.db["invite_responses"].rows}
    assert answers == {"wangfang@xinghe.cn": "ACCEPTED", "liqiang@xinghe.cn": "DECLINED"}
    answered = [m for m in bot.new_mail() if {"wangfang@xinghe.cn", "liqiang@xinghe.cn", "zhaomin@xinghe.cn"} &
                {a.addr_spec for a in m["To"].addresses}]
    assert answered == []                                                  # no acknowledgement, no "unclear" reply


def test_an_answer_from_someone_else_than_the_attendee_changes_nothing(bot, now):
    bot.drop(mail(FOLLOWUP.format(when="10月17日 14:00"), to=PEOPLE, message_id="<f1@xinghe.cn>"))
    bot.tick(now)
    [(_, cal, _)] = invites(bot.new_mail())
    forged = calendar_answer(cal.vevent.uid.value, "wangfang@xinghe.cn", "DECLINED").replace(
        b"From: wangfang@xinghe.cn", b"From: liqiang@xinghe.cn")
    bot.drop(forged)
    bot.tick(now + timedelta(hours=1))
    assert list(bot.app.store.db["invite_responses"].rows) == []


def test_the_organizer_sees_who_declined_in_the_digest(bot, now):
    bot.drop(mail(FOLLOWUP.format(when="10月17日 14:00"), to=PEOPLE, message_id="<f1@xinghe.cn>"))
    bot.tick(now)
    [(_, cal, _)] = invites(bot.new_mail())
    bot.drop(calendar_answer(cal.vevent.uid.value, "liqiang@xinghe.cn", "DECLINED"))
    bot.tick(now + timedelta(hours=1))
    bot.tick(datetime(2024, 10, 11, 9, 30, tzinfo=CST))                    # Friday, digest time
    digests = [m for m in bot.new_mail() if "每日" in m["Subject"]]
    assert len(digests) == 1 and digests[0]["To"].addresses[0].addr_spec == "chenming@xinghe.cn"
    assert "李强" in digests[0].get_body(("plain",)).get_content()
    bot.tick(datetime(2024, 10, 14, 9, 30, tzinfo=CST))                    # told once, not every day
    assert [m for m in bot.new_mail() if "每日" in m["Subject"]] == []


def test_a_default_follow_up_is_a_config_choice(tmp_path, now):
    from conftest import Bot
    bot = Bot(tmp_path, extra="""
        [policy]
        default_followup = "3 10:00"
        """)
    bot.drop(mail(FOLLOWUP.split("下次沟通时间")[0], to=PEOPLE))
    bot.tick(now)                       # Thu 10-10 + 3 working days (Fri, the make-up Sat 10-12, Mon) = Mon 10-14
    [(method, cal, _)] = invites(bot.sent())
    assert method == "REQUEST" and cal.vevent.dtstart.value == datetime(2024, 10, 14, 10, 0, tzinfo=CST)
    bot.app.close()


def test_no_follow_up_no_invitation_by_default(bot, now):
    bot.drop(mail(FOLLOWUP.split("下次沟通时间")[0], to=PEOPLE))
    bot.tick(now)
    assert invites(bot.sent()) == []
