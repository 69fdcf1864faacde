"""The follow-up loop as owners and organizers live it, on a real mailbox (Dovecot + aiosmtpd on 127.0.0.1).

Every mail that invites a reply can take one: a chase, a digest and a weekly report that list items of several
meetings number them 1..N and carry a signed list token, so '第2项已完成' in reply changes the item the reader saw.
An objection is settled only explicitly, and both sides hear how. Dates of another year show their year; an
escalation says whom it copies; acknowledgements show dates as the recap does; subjects do not stack up.
"""
import re
from datetime import datetime, timedelta

from conftest import CST, MINUTES, mail, text_of
from test_daemon_tick_imap import site  # noqa: F401  (the fixture: a bot on Dovecot + aiosmtpd)

SECOND = """
各位好，以下是渠道例会的会议纪要。

会议主题：渠道例会
参会人员：陈明、王芳

待办事项：
1. 王芳：整理渠道反馈，10月12日前
"""


def answer(to_mail, body: str, sender: str, when, subject: str | None = None) -> bytes:
    """A reply as a mail client sends it: to the Reply-To, in the thread, with the subject it had."""
    address = to_mail["Reply-To"].addresses[0].addr_spec
    return mail(body, subject=subject or f"Re: {to_mail['Subject']}", sender=sender, to=f"纪要助手 <{address}>",
                cc="", in_reply_to=to_mail["Message-ID"], date=when)


def sent_to(sink, email: str, since: int = 0) -> list:
    return [m for m in sink.mails()[since:] if any(a.addr_spec == email for a in m["To"].addresses)]


def number_shown(msg, task: str) -> int:
    """The number a listing mail shows for the item with this task ('第2项：task' or '2. task')."""
    found = re.search(rf"(?:第(\d+)项：|(\d+)\. ){re.escape(task)}", text_of(msg))
    assert found, f"{task} not listed in:\n{text_of(msg)}"
    return int(found.group(1) or found.group(2))


def two_meetings(site, dovecot, now):
    """Meeting 1 (产品周会: 王芳 10-12, 李强 10-15, 采购部) and meeting 2 (渠道例会: 王芳 10-12), windows closed."""
    dovecot.append(mail(MINUTES, message_id="<m1@xinghe.cn>", subject="会议纪要：产品周会"))
    dovecot.append(mail(SECOND, message_id="<m2@xinghe.cn>", subject="会议纪要：渠道例会"))
    site.tick(now)
    site.tick(now.replace(hour=18, minute=5))                            # both objection windows close


def item(site, task: str) -> dict:
    [found] = [i for i in site.app.store.items(None) if i["task"] == task]
    return found


def test_a_chase_a_digest_and_a_weekly_report_over_two_meetings_take_replies(site, dovecot, smtp_sink, now):
    two_meetings(site, dovecot, now)
    monday = datetime(2024, 10, 14, 10, 30, tzinfo=CST)                  # both 10-12 items one working day overdue
    before = len(smtp_sink.mails())
    site.tick(monday)
    [chase] = [m for m in sent_to(smtp_sink, "wangfang@xinghe.cn", before) if "逾期提醒" in str(m["Subject"])]
    [digest] = sent_to(smtp_sink, "chenming@xinghe.cn", before)
    assert "+l" in chase["Reply-To"].addresses[0].addr_spec                 # a list token, not one meeting's
    assert "产品周会" in text_of(chase) and "渠道例会" in text_of(chase)
    feedback = number_shown(chase, "整理渠道反馈")

    before = len(smtp_sink.mails())
    dovecot.append(answer(chase, f"第{feedback}项已完成", "王芳 <wangfang@xinghe.cn>", monday + timedelta(minutes=5)))
    site.tick(monday + timedelta(minutes=10))
    assert item(site, "整理渠道反馈")["status"] == "done"
    assert item(site, "提交活动方案终稿")["status"] == "confirmed"       # the other meeting's item is untouched
    [ack] = sent_to(smtp_sink, "wangfang@xinghe.cn", before)
    assert "整理渠道反馈」已标记为完成" in text_of(ack)

    plan = number_shown(digest, "提交活动方案终稿")
    dovecot.append(answer(digest, f"第{plan}项进度50%", "陈明 <chenming@xinghe.cn>", monday + timedelta(minutes=20)))
    site.tick(monday + timedelta(minutes=25))
    assert item(site, "提交活动方案终稿")["percent"] == 50

    friday = datetime(2024, 10, 18, 17, 30, tzinfo=CST)
    before = len(smtp_sink.mails())
    site.tick(friday)
    [weekly] = [m for m in sent_to(smtp_sink, "chenming@xinghe.cn", before) if "周度协作报告" in str(m["Subject"])]
    assert "+l" in weekly["Reply-To"].addresses[0].addr_spec
    plan = number_shown(weekly, "提交活动方案终稿")
    dovecot.append(answer(weekly, f"第{plan}项已完成", "陈明 <chenming@xinghe.cn>", friday + timedelta(minutes=5)))
    site.tick(friday + timedelta(minutes=10))
    assert item(site, "提交活动方案终稿")["status"] == "done"
    assert item(site, "完成样机固件升级")["status"] != "done"


def test_an_objection_is_settled_only_explicitly_and_both_sides_hear_it(site, dovecot, smtp_sink, now):
    dovecot.append(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    [recap] = [m for m in smtp_sink.mails() if m["In-Reply-To"] == "<m1@xinghe.cn>"]
    before = len(smtp_sink.mails())
    dovecot.append(answer(recap, "第2项有异议：驱动还没到。", "李强 <liqiang@xinghe.cn>", now + timedelta(minutes=10)))
    site.tick(now + timedelta(minutes=15))
    [notice] = sent_to(smtp_sink, "chenming@xinghe.cn", before)
    assert "维持原安排：第2项确认" in text_of(notice)                        # says what to write
    assert "第2项延期至" in text_of(notice)

    before = len(smtp_sink.mails())                                       # a bare 确认 settles nothing
    dovecot.append(answer(recap, "确认", "陈明 <chenming@xinghe.cn>", now + timedelta(minutes=20)))
    site.tick(now + timedelta(minutes=25))
    assert item(site, "完成样机固件升级")["status"] == "disputed"
    [ack] = sent_to(smtp_sink, "chenming@xinghe.cn", before)
    assert "有异议尚未处理" in text_of(ack) and "第2项确认" in text_of(ack)
    assert not sent_to(smtp_sink, "liqiang@xinghe.cn", before)

    before = len(smtp_sink.mails())                                       # the organizer confirms that item
    dovecot.append(answer(notice, "第2项确认，驱动明天到。", "陈明 <chenming@xinghe.cn>", now + timedelta(minutes=30)))
    site.tick(now + timedelta(minutes=35))
    assert item(site, "完成样机固件升级")["status"] == "confirmed"
    [settled] = sent_to(smtp_sink, "liqiang@xinghe.cn", before)
    assert "异议已处理" in str(settled["Subject"]) and "维持原安排" in text_of(settled)
    [ack] = sent_to(smtp_sink, "chenming@xinghe.cn", before)
    assert "异议已处理" in text_of(ack)


def test_the_objector_may_withdraw_and_the_organizer_is_told(site, dovecot, smtp_sink, now):
    dovecot.append(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    [recap] = [m for m in smtp_sink.mails() if m["In-Reply-To"] == "<m1@xinghe.cn>"]
    dovecot.append(answer(recap, "第2项有异议：驱动还没到。", "李强 <liqiang@xinghe.cn>", now + timedelta(minutes=10)))
    site.tick(now + timedelta(minutes=15))
    before = len(smtp_sink.mails())
    dovecot.append(answer(recap, "驱动到了，第2项确认。", "李强 <liqiang@xinghe.cn>", now + timedelta(minutes=20)))
    site.tick(now + timedelta(minutes=25))
    assert item(site, "完成样机固件升级")["status"] == "confirmed"
    [notice] = sent_to(smtp_sink, "chenming@xinghe.cn", before)
    assert "异议已撤回" in text_of(notice)


def test_dates_of_another_year_show_the_year_and_an_escalation_names_whom_it_copies(site, dovecot, smtp_sink):
    sent = datetime(2024, 12, 26, 15, 0, tzinfo=CST)
    body = MINUTES.replace("10月12日前", "12月30日前").replace("10月15日17:00前", "12月30日17:00前")
    dovecot.append(mail(body, message_id="<m9@xinghe.cn>", date=sent))
    site.tick(sent + timedelta(minutes=5))
    site.tick(sent.replace(hour=18, minute=5))
    before = len(smtp_sink.mails())
    site.tick(datetime(2025, 1, 2, 10, 30, tzinfo=CST))                  # 01-01 is a holiday: 2 working days late
    [chase] = sent_to(smtp_sink, "wangfang@xinghe.cn", before)
    assert "2024年12月30日（周一）" in text_of(chase)
    [escalation] = sent_to(smtp_sink, "liqiang@xinghe.cn", before)
    copied = sorted(a.addr_spec for a in escalation["Cc"].addresses)
    assert copied == ["chenming@xinghe.cn", "zhouhua@xinghe.cn"]
    assert "现抄送周华、陈明" in text_of(escalation)


def test_an_escalation_with_nobody_to_copy_says_so(site, dovecot, smtp_sink, now):
    body = MINUTES.replace("2. 李强：完成样机固件升级", "2. 陈明：完成样机固件升级")   # the organizer's own item
    dovecot.append(mail(body, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    site.tick(now.replace(hour=18, minute=5))
    before = len(smtp_sink.mails())
    site.tick(datetime(2024, 10, 17, 10, 30, tzinfo=CST))                 # 10-15 17:00 + 2 working days
    [escalation] = [m for m in sent_to(smtp_sink, "chenming@xinghe.cn", before) if "升级" in str(m["Subject"])]
    assert escalation["Cc"] is None
    assert "本邮件只发给您" in text_of(escalation) and "现抄送" not in text_of(escalation)


def test_an_iso_extension_is_acknowledged_as_the_recap_writes_dates_under_one_re(site, dovecot, smtp_sink, now):
    dovecot.append(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    [recap] = [m for m in smtp_sink.mails() if m["In-Reply-To"] == "<m1@xinghe.cn>"]
    before = len(smtp_sink.mails())
    dovecot.append(answer(recap, "第1项延期至2024-10-21", "王芳 <wangfang@xinghe.cn>", now + timedelta(minutes=5),
                          subject="Re: 答复: Re: 会议纪要"))
    site.tick(now + timedelta(minutes=10))
    [ack] = sent_to(smtp_sink, "wangfang@xinghe.cn", before)
    assert str(ack["Subject"]) == "Re: 会议纪要"
    assert "截止日期改为10月21日（周一）" in text_of(ack)


def test_a_bare_done_in_reply_to_a_chase_is_about_the_item_the_chase_listed(site, dovecot, smtp_sink, now):
    body = MINUTES.replace("3. 采购部：确认物料报价，尽快", "3. 王芳：整理渠道反馈，10月25日前")   # 王芳: one late, one not
    dovecot.append(mail(body, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    site.tick(now.replace(hour=18, minute=5))
    monday = datetime(2024, 10, 14, 10, 30, tzinfo=CST)
    before = len(smtp_sink.mails())
    site.tick(monday)
    [chase] = [m for m in sent_to(smtp_sink, "wangfang@xinghe.cn", before) if "逾期提醒" in str(m["Subject"])]
    assert "第1项：提交活动方案终稿" in text_of(chase)                      # the meeting's own number
    dovecot.append(answer(chase, "已完成", "王芳 <wangfang@xinghe.cn>", monday + timedelta(minutes=5)))
    site.tick(monday + timedelta(minutes=10))
    assert item(site, "提交活动方案终稿")["status"] == "done"
    assert item(site, "整理渠道反馈")["status"] == "confirmed"
