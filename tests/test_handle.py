"""A message's whole path on the embedded default: minutes in, recap out; replies; the objection window."""
from datetime import timedelta

from conftest import MINUTES, mail, text_of


def test_minutes_in_recap_out_threaded(bot, now):
    minutes = mail(MINUTES, message_id="<m1@xinghe.cn>")
    bot.drop(minutes)
    result = bot.tick(now)
    assert [o.kind for o in result.outcomes] == ["minutes"]
    [recap] = bot.sent()
    assert recap["In-Reply-To"] == "<m1@xinghe.cn>"
    assert "<m1@xinghe.cn>" in recap["References"]
    assert recap["Subject"] == "Re: 会议纪要"
    assert recap["Auto-Submitted"] == "auto-generated"
    assert recap["Reply-To"].addresses[0].addr_spec.startswith("minutes+m1-")
    text = text_of(recap)
    assert "如有异议请于今日内（18:00前）回复" in text
    assert "提交活动方案终稿" in text and "完成样机固件升级" in text
    assert "第3项没有明确的负责人" in text and "第3项的截止时间不明确" in text
    recipients = {a.addr_spec for h in ("To", "Cc") if recap[h] for a in recap[h].addresses}
    assert recipients == {"chenming@xinghe.cn", "wangfang@xinghe.cn", "liqiang@xinghe.cn"}
    assert [i["status"] for i in bot.items()] == ["pending"] * 3
    assert len(bot.folder("Processed")) == 1


def test_after_the_cutoff_the_deadline_is_the_next_working_day(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now.replace(hour=18, minute=30))          # Thursday evening -> Friday 18:00
    assert "如有异议请于10月11日（周五）18:00前回复" in text_of(bot.sent()[0])


def test_tick_twice_sends_nothing_twice(bot, now):
    minutes = mail(MINUTES)
    bot.drop(minutes)
    bot.tick(now)
    bot.drop(minutes, name="same-again.eml")           # the same message delivered twice
    bot.tick(now)
    bot.tick(now + timedelta(minutes=1))
    assert len(bot.sent()) == 1
    assert len(bot.items()) == 3


def test_a_corrected_resend_updates_instead_of_duplicating(bot, now):
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    bot.tick(now)
    corrected = MINUTES.replace("10月15日17:00前", "10月16日17:00前").replace("3. 采购部：确认物料报价，尽快\n", "")
    bot.drop(mail(corrected, subject="【更正】会议纪要", message_id="<m2@xinghe.cn>", in_reply_to="<m1@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=10))
    items = bot.items()
    assert [(i["number"], i["status"]) for i in items] == [(1, "pending"), (2, "pending"), (3, "cancelled")]
    assert items[1]["due_date"] == "2024-10-16"
    assert len(bot.sent()) == 2                        # the recap of version 2, saying what changed
    text = text_of(bot.sent()[1])
    assert "本次更正（第2版）" in text
    assert "第2项「完成样机固件升级」：截止时间由“10月15日（周二） 17:00”改为“10月16日（周三） 17:00”" in text
    assert "取消第3项「确认物料报价」" in text


def test_a_correction_that_replaces_an_item_cancels_and_adds(bot, now):
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    bot.tick(now)
    replaced = MINUTES.replace("3. 采购部：确认物料报价，尽快", "3. 李强：整理测试报告，10月18日前")
    bot.drop(mail(replaced, subject="【更正】会议纪要", message_id="<m2@xinghe.cn>", in_reply_to="<m1@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=10))
    assert [(i["task"], i["status"]) for i in bot.items()][2:] == [("确认物料报价", "cancelled"), ("整理测试报告", "pending")]
    text = text_of(bot.sent()[1])
    assert "新增第3项「整理测试报告」" in text and "取消第3项「确认物料报价」" in text


def test_auto_replies_own_mail_and_strangers_get_no_answer(bot, now):
    bot.drop(mail("我正在休假，10月20日返回。", subject="自动回复: 会议纪要",
                  headers={"Auto-Submitted": "auto-replied"}))
    bot.drop(mail(MINUTES, sender="纪要助手 <minutes@xinghe.cn>"))
    bot.drop(mail(MINUTES, sender="Mallory <mallory@evil.example>"))
    result = bot.tick(now)
    assert len(result.outcomes) == 3
    assert all(o.action.startswith("dropped") for o in result.outcomes)
    assert bot.sent() == []
    assert bot.items() == []


def test_unreadable_mail_is_parked_and_the_next_one_still_handled(bot, now):
    bot.drop(b"", name="0000-empty.eml")
    bot.drop(mail(MINUTES), name="0001-minutes.eml")
    result = bot.tick(now)
    assert len(result.outcomes) == 1
    assert len(bot.folder("Failed")) == 1 and len(bot.folder("Processed")) == 1
    assert len(bot.sent()) == 1


def reply(bot, body, sender, recap, when):
    """A reply to the recap, sent to its signed Reply-To address, as mail clients do."""
    address = recap["Reply-To"].addresses[0].addr_spec
    return mail(body, subject="Re: 会议纪要", sender=sender, to=f"纪要助手 <{address}>", cc="",
                in_reply_to=recap["Message-ID"], date=when)


def test_confirm_object_and_silence_then_the_window_closes(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply(bot, "确认，没问题。", "王芳 <wangfang@xinghe.cn>", recap, now + timedelta(minutes=20)))
    bot.drop(reply(bot, "第2项有异议：固件要等供应商的驱动，10月15日完成不了。", "李强 <liqiang@xinghe.cn>", recap,
                   now + timedelta(minutes=30)))
    bot.tick(now + timedelta(minutes=40))
    acks_and_notices = bot.new_mail()
    assert len(acks_and_notices) == 3                  # an ack to each, one notice of the objection to the organizer
    assert [i["status"] for i in bot.items()] == ["confirmed", "disputed", "pending"]
    bot.tick(now.replace(hour=18, minute=0))           # the objection deadline
    [result] = bot.new_mail()
    assert result["To"].addresses[0].addr_spec == "chenming@xinghe.cn"
    assert "供应商的驱动" in text_of(result)
    assert [i["status"] for i in bot.items()] == ["confirmed", "disputed", "confirmed"]
    bot.tick(now.replace(hour=18, minute=5))
    assert bot.new_mail() == []                        # the window closes once


def test_a_strangers_done_changes_nothing_and_they_are_told(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply(bot, "第1项已完成", "赵敏 <zhaomin@xinghe.cn>", recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    [answer] = bot.new_mail()
    assert "只有负责人、会议发起人或负责人的上级可以修改" in text_of(answer)
    assert bot.items()[0]["status"] == "pending"


def test_the_owner_and_the_manager_may_change_an_item(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply(bot, "第1项已完成", "王芳 <wangfang@xinghe.cn>", recap, now + timedelta(minutes=5)))
    bot.drop(reply(bot, "第2项进度80%", "周华 <zhouhua@xinghe.cn>", recap, now + timedelta(minutes=6)))
    bot.tick(now + timedelta(minutes=10))
    first, second, _ = bot.items()
    assert first["status"] == "done" and second["percent"] == 80
    history = bot.app.store.events(first["id"])
    assert history[-1]["action"] == "done" and history[-1]["actor"] == "wangfang@xinghe.cn"


def test_a_forged_token_and_no_thread_matches_nothing(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    bot.new_mail()
    forged = mail("第1项已完成", subject="Re: 别的事情", sender="王芳 <wangfang@xinghe.cn>",
                  to="minutes+m1-000000000000@xinghe.cn", cc="")
    bot.drop(forged)
    bot.tick(now + timedelta(minutes=10))
    assert bot.items()[0]["status"] == "pending"


def test_an_extension_by_a_span_moves_the_due_date(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply(bot, "第1项申请延期两个工作日", "王芳 <wangfang@xinghe.cn>", recap, now + timedelta(minutes=5)))
    bot.drop(reply(bot, "第2项延期3天，等供应商驱动", "李强 <liqiang@xinghe.cn>", recap, now + timedelta(minutes=6)))
    bot.tick(now + timedelta(minutes=10))
    first, second, _ = bot.items()
    assert first["due_date"] == "2024-10-15"         # due Sat 10-12 + 2 working days after it: Mon 10-14, Tue 10-15
    assert (second["due_date"], second["due_time"]) == ("2024-10-18", "17:00")     # 10-15 + 3 calendar days


def test_a_span_is_counted_from_the_stored_due_date_not_the_one_the_quoted_recap_shows(bot, now):
    """The parse output dates 'two more days' from the quoted recap; the core counts again from what it stored."""
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply(bot, "第1项延期至10月18日", "王芳 <wangfang@xinghe.cn>", recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    bot.new_mail()
    quote = "\n".join("> " + line for line in text_of(recap).splitlines())      # still shows the old due, 10-12
    bot.drop(reply(bot, f"第1项再延两天\n\n在 2024年10月10日 15:00，纪要助手 写道：\n{quote}", "王芳 <wangfang@xinghe.cn>",
                   recap, now + timedelta(minutes=20)))
    bot.tick(now + timedelta(minutes=30))
    assert bot.items()[0]["due_date"] == "2024-10-20"      # 10-18 + 2 calendar days
