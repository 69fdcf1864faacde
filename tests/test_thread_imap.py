"""A whole reply thread on a real mailbox (Dovecot + aiosmtpd on 127.0.0.1): minutes -> recap -> 确认 from one owner,
有异议 from another, silence from a third -> at the deadline the right statuses and one result mail; a stranger's
已完成 and a forged token change nothing. Replies go to the recap's signed Reply-To, as a mail client sends them."""
from datetime import timedelta

from conftest import MINUTES, mail
from test_daemon_tick_imap import site  # noqa: F401  (the fixture: a bot on Dovecot + aiosmtpd)


def answer(recap, body: str, sender: str, when) -> bytes:
    address = recap["Reply-To"].addresses[0].addr_spec
    return mail(body, subject=f"Re: {recap['Subject']}", sender=sender, to=f"纪要助手 <{address}>", cc="",
                in_reply_to=recap["Message-ID"], date=when)


def test_a_thread_of_replies_through_the_real_mailbox(site, dovecot, smtp_sink, now):
    dovecot.append(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    site.tick(now)
    [recap] = [m for m in smtp_sink.mails() if m["In-Reply-To"] == "<m1@xinghe.cn>"]
    dovecot.append(answer(recap, "确认，没问题。", "王芳 <wangfang@xinghe.cn>", now + timedelta(minutes=20)))
    dovecot.append(answer(recap, "第2项有异议：驱动还没到，10月15日完成不了。", "李强 <liqiang@xinghe.cn>",
                          now + timedelta(minutes=25)))
    dovecot.append(answer(recap, "第1项已完成", "赵敏 <zhaomin@xinghe.cn>", now + timedelta(minutes=30)))
    forged = mail("第1项已完成", subject="Re: 别的事", sender="王芳 <wangfang@xinghe.cn>",
                  to="minutes+m1-000000000000@xinghe.cn", cc="", date=now + timedelta(minutes=31))
    dovecot.append(forged)
    before = len(smtp_sink.mails())
    site.tick(now + timedelta(minutes=40))
    statuses = [i["status"] for i in site.app.store.items(None)]
    assert statuses == ["confirmed", "disputed", "pending"]             # the stranger and the forgery changed nothing
    fresh = smtp_sink.mails()[before:]
    to = sorted(a.addr_spec for m in fresh for a in m["To"].addresses)
    # acks to 王芳 and 李强, the objection notice to the organizer, the stranger told why nothing changed
    assert to == ["chenming@xinghe.cn", "liqiang@xinghe.cn", "wangfang@xinghe.cn", "zhaomin@xinghe.cn"]
    assert dovecot.uids("INBOX") == [] and len(dovecot.messages("Processed")) == 5
    before = len(smtp_sink.mails())
    site.tick(now.replace(hour=18, minute=0))                          # the objection deadline
    [result] = smtp_sink.mails()[before:]
    assert result["To"].addresses[0].addr_spec == "chenming@xinghe.cn"
    assert [i["status"] for i in site.app.store.items(None)] == ["confirmed", "disputed", "confirmed"]
    site.tick(now.replace(hour=18, minute=5))
    assert len(smtp_sink.mails()) == before + 1                        # the window closes once
