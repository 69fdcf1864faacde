"""Who may do what by mail, and what a hostile sender cannot do: spoofing, forged tokens, injection, mail loops.

Each test drives the bot as a user would (mail in, tick, read the outbox) and checks that nothing changed and
nobody was mailed, or exactly what the trust model in SECURITY.md allows. test_handle.py has the basic cases
(an outsider's minutes, a roster member who is not the owner, a forged token with no thread); these go further.
"""
import base64
import logging
from dataclasses import replace
from datetime import timedelta
from email import message_from_bytes
from email.policy import default

import pytest
import vobject

from conftest import MINUTES, mail, text_of
from minutebot.workflow import tokens
from parsers.mail.auth import AuthResult, dmarc_failure, parse_header

OWNER, STRANGER = "王芳 <wangfang@xinghe.cn>", "赵敏 <zhaomin@xinghe.cn>"


def configure(bot, **changes):
    """The running bot with some config keys changed (section.key=value)."""
    config = bot.config
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        config = replace(config, **{section: replace(getattr(config, section), **{key: value})})
    bot.config, bot.app = config, replace(bot.app, config=config)


def recap_of(bot, now, minutes=MINUTES, **headers):
    bot.drop(mail(minutes, message_id="<m1@xinghe.cn>", **headers))
    bot.tick(now)
    [recap] = bot.new_mail()
    return recap


def reply(body, sender, *, to="纪要助手 <minutes@xinghe.cn>", subject="Re: 会议纪要", in_reply_to=None, when=None,
          headers=None):
    extra = {"date": when} if when else {}
    return mail(body, subject=subject, sender=sender, to=to, cc="", in_reply_to=in_reply_to, headers=headers, **extra)


def ledger(bot) -> list[str]:
    """The ledger's outcomes in the order they were written (PostgreSQL has no rowid; a new row version's ctid
    follows the last one's in a table this small, as a replaced row's new rowid does on SQLite)."""
    order = "ctid" if bot.app.store.postgres else "rowid"
    return [row[0] for row in bot.app.store.db.execute(f"SELECT outcome FROM messages ORDER BY {order}")]


def statuses(bot) -> list[str]:
    return [item["status"] for item in bot.items()]


# --- spoofing: the sender's domain --------------------------------------------------------------------------------
@pytest.mark.parametrize("sender", [
    "陈明 <chenming@xinghe.cn.evil.example>",              # the allowed domain as a sub-domain of another
    "陈明 <chenming@evilxinghe.cn>",                        # a longer name ending in it
    '"chenming@xinghe.cn" <mallory@evil.example>',         # the allowed address as the display name
    "陈明 <chenming@xinghe.cn@evil.example>",               # two @
    "陈明 <chenming@хinghe.cn>",                            # a Cyrillic х
    "",                                                    # no From at all
])
def test_minutes_from_outside_allowed_domains_change_nothing_and_get_no_answer(bot, now, sender):
    bot.drop(mail(MINUTES, sender=sender))
    bot.tick(now)
    assert bot.items() == [] and bot.sent() == []
    outcome = ledger(bot)[0]                              # an address no reader can agree on is an unclear sender
    assert outcome.startswith("dropped: unclear sender: ") or (
        outcome.startswith("dropped: sender") and "outside allowed_domains" in outcome)


def test_an_outsider_holding_a_valid_reply_token_changes_nothing(bot, now):
    recap = recap_of(bot, now)
    token_address = recap["Reply-To"].addresses[0].addr_spec
    bot.drop(reply("第1项已完成", "Mallory <mallory@evil.example>", to=token_address,
                   in_reply_to=recap["Message-ID"]))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot) == ["pending"] * 3 and bot.new_mail() == []


# --- forged and borrowed tokens -------------------------------------------------------------------------------------
def forged_tokens(bot, meeting_id: int) -> dict[str, str]:
    good = tokens.make_token(bot.app.secret, meeting_id)
    return {"another secret": tokens.make_token("not-the-secret", meeting_id),
            "another meeting's mac": f"m{meeting_id}-{tokens.make_token(bot.app.secret, meeting_id + 1).split('-')[1]}",
            "one hex digit changed": good[:-1] + ("0" if good[-1] != "0" else "1"),
            "mac cut short": good[:-2],
            "a digit added to the id": f"m1{good[1:]}"}


def test_forged_tokens_in_the_address_or_the_thread_match_no_meeting(bot, now):
    recap_of(bot, now)
    for n, (name, token) in enumerate(forged_tokens(bot, 1).items()):
        address = tokens.reply_address("minutes@xinghe.cn", token)
        bot.drop(reply("第1项已完成", OWNER, to=address, subject="Re: 别的事情", when=now + timedelta(minutes=n)))
        bot.drop(reply("第2项进度80%", OWNER, subject="Re: 另一件事", in_reply_to=f"<mb.{token}.0011223344556677@xinghe.cn>",
                       when=now + timedelta(minutes=n, seconds=30)))
    bot.tick(now + timedelta(hours=1))
    assert statuses(bot) == ["pending"] * 3 and [i["percent"] for i in bot.items()] == [None] * 3
    assert all(outcome == "reply to no known meeting: nothing changed" for outcome in ledger(bot)[1:])
    assert bot.new_mail() == []


def test_a_token_locates_a_meeting_but_gives_no_rights_in_it(bot, now):
    """王芳 owns items in meeting 1; with meeting 2's genuine token she still may not touch meeting 2's items."""
    recap_of(bot, now)
    other = MINUTES.replace("产品周会", "采购周会").replace("王芳：提交活动方案终稿", "李强：比价")
    bot.drop(mail(other, subject="采购会议纪要", message_id="<m2@xinghe.cn>", to="李强 <liqiang@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=1))
    bot.new_mail()
    address = tokens.reply_address("minutes@xinghe.cn", tokens.make_token(bot.app.secret, 2))
    bot.drop(reply("第1项已完成", OWNER, to=address, subject="Re: 采购会议纪要"))
    bot.tick(now + timedelta(minutes=5))
    assert [i["status"] for i in bot.items(2)] == ["pending"] * 3
    [notice] = bot.new_mail()
    assert "只有负责人、会议发起人或负责人的上级可以修改" in text_of(notice)


def test_a_stranger_gets_one_notice_a_day_however_many_replies_they_send(bot, now):
    recap = recap_of(bot, now)
    address = recap["Reply-To"].addresses[0].addr_spec
    for n in range(12):
        bot.drop(reply(("第1项已完成", "第2项延期至10月30日", "收到", "?")[n % 4], STRANGER, to=address,
                       when=now + timedelta(minutes=n)))
    bot.tick(now + timedelta(minutes=30))
    assert statuses(bot) == ["pending"] * 3
    [notice] = bot.new_mail()
    assert notice["To"].addresses[0].addr_spec == "zhaomin@xinghe.cn"
    bot.drop(reply("第1项已完成", STRANGER, to=address, when=now + timedelta(days=1)))
    bot.tick(now + timedelta(days=1, minutes=5))
    assert len([m for m in bot.new_mail() if "zhaomin" in str(m["To"])]) == 1      # a new day: one more notice


# --- DMARC through trusted Authentication-Results -------------------------------------------------------------------
FAIL = "mx.xinghe.cn; spf=softfail smtp.mailfrom=xinghe.cn; dkim=none; dmarc=fail (p=reject dis=none) header.from=xinghe.cn"


@pytest.mark.parametrize("value, results", [
    (FAIL, [("mx.xinghe.cn", "spf", "softfail"), ("mx.xinghe.cn", "dkim", "none"), ("mx.xinghe.cn", "dmarc", "fail")]),
    ("mx19; spf=pass; dkim=pass", [("mx19", "spf", "pass"), ("mx19", "dkim", "pass")]),            # Coremail: no dmarc
    ("MX.Example.CN 1; none", []),
    ("mx.example.cn (our boundary; trust it); dmarc=fail (\"quoted; semicolon\") header.from=a.cn",
     [("mx.example.cn", "dmarc", "fail")]),
    ("mx.example.cn; dkim/1=pass header.d=a.cn; dmarc = fail", [("mx.example.cn", "dkim", "pass"),
                                                             ("mx.example.cn", "dmarc", "fail")]),
    ("", []), (";;;", []), ("(((", []),
])
def test_authentication_results_are_read_per_method(value, results):
    assert [(r.authserv_id, r.method, r.result) for r in parse_header(value)] == results


def test_only_a_trusted_servers_dmarc_fail_counts():
    fail = AuthResult("mx.xinghe.cn", "dmarc", "fail", "header.from=xinghe.cn")
    assert dmarc_failure((fail,), ["MX.xinghe.cn"]) == "dmarc=fail (header.from=xinghe.cn) reported by mx.xinghe.cn"
    assert dmarc_failure((fail,), []) is None                              # none trusted: A-R not used
    assert dmarc_failure((replace(fail, authserv_id="mx.evil.example"),), ["mx.xinghe.cn"]) is None
    assert dmarc_failure((replace(fail, result="pass"),), ["mx.xinghe.cn"]) is None


def test_minutes_failing_dmarc_at_our_own_server_change_nothing_and_are_logged(bot, now, caplog):
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    bot.drop(mail(MINUTES, headers={"Authentication-Results": FAIL}))
    with caplog.at_level(logging.INFO, logger="minutebot"):
        bot.tick(now)
    assert bot.items() == [] and bot.sent() == []
    [outcome] = ledger(bot)
    assert outcome.startswith("dropped: spoofed sender chenming@xinghe.cn: dmarc=fail") and "mx.xinghe.cn" in outcome
    assert any("spoofed sender" in r.getMessage() for r in caplog.records)
    assert len(bot.folder("Processed")) == 1                                  # filed, not answered


def test_a_reply_failing_dmarc_changes_nothing(bot, now):
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    recap = recap_of(bot, now)
    bot.drop(reply("第1项已完成", OWNER, to=recap["Reply-To"].addresses[0].addr_spec,
                   headers={"Authentication-Results": FAIL}))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot) == ["pending"] * 3 and bot.new_mail() == []


@pytest.mark.parametrize("header", [
    None,                                                                     # QQ: no A-R at all = unknown
    "mx.evil.example; dmarc=fail header.from=xinghe.cn",                      # not our server: anyone can write it
    "mx.xinghe.cn; spf=pass; dkim=pass; dmarc=pass header.from=xinghe.cn",
    "mx19; spf=pass; dkim=pass",                                              # Coremail: no dmarc result
])
def test_mail_without_a_trusted_dmarc_fail_is_handled(bot, now, header):
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    bot.drop(mail(MINUTES, headers={"Authentication-Results": header} if header else None))
    bot.tick(now)
    assert len(bot.items()) == 3 and len(bot.sent()) == 1


# --- injection --------------------------------------------------------------------------------------------------------
def encoded(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def test_cr_lf_in_names_and_subjects_cannot_add_headers_to_bot_mail(bot, now):
    evil = "\r\nBcc: victim@evil.example\r\nX-Injected: yes"
    head = (f"From: {encoded('陈明' + evil)} <chenming@xinghe.cn>\r\n"
            f"To: {encoded('王芳' + evil)} <wangfang@xinghe.cn>, {encoded('李强' + evil)} <liqiang@xinghe.cn>\r\n"
            f"Cc: minutes@xinghe.cn\r\nSubject: {encoded('会议纪要' + evil)}\r\n"
            "Date: Thu, 10 Oct 2024 15:00:00 +0800\r\nMessage-ID: <inject@xinghe.cn>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    bot.drop(head.encode() + MINUTES.replace("\n", "\r\n").encode())
    bot.tick(now)
    raw = (bot.outbox_dir / "new").iterdir().__next__().read_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0].lower() for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]
    assert b"bcc" not in names and b"x-injected" not in names
    recap = message_from_bytes(raw, policy=default)
    assert recap["Bcc"] is None and recap["X-Injected"] is None
    assert "victim@evil.example" not in {a.addr_spec for h in ("To", "Cc") if recap[h] for a in recap[h].addresses}
    assert "Bcc: victim" in recap["Subject"]                 # kept as text on one line, harmless
    [row] = bot.app.store.db.execute("SELECT recipients FROM outbox").fetchall()
    assert "evil" not in row[0]


def test_html_and_script_in_minutes_are_escaped_in_the_html_recap(bot, now):
    hostile = MINUTES.replace("提交活动方案终稿", "<script>alert('x')</script>提交<b onmouseover=alert(1)>方案</b>")
    bot.drop(mail(hostile, subject='<img src=x onerror="alert(1)">会议纪要',
                  sender='"<a href=//evil.example>陈明</a>" <chenming@xinghe.cn>'))
    bot.tick(now)
    [recap] = bot.sent()
    html = recap.get_body(("html",)).get_content()
    assert "<script" not in html.lower() and "<img src=x" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html and "&lt;b onmouseover=alert(1)&gt;" in html
    assert "<a href=//evil.example>" not in html
    assert "<script>alert('x')</script>" in text_of(recap)  # the text part shows it as written


def test_sql_like_text_is_stored_verbatim(bot, now):
    nasty = "Robert'); DROP TABLE items;--"
    bot.drop(mail(MINUTES.replace("提交活动方案终稿", f"核对{nasty}的名单"), subject=f"会议纪要 {nasty}",
                  sender=f'"{nasty}" <chenming@xinghe.cn>'))
    bot.tick(now)
    assert bot.items()[0]["task"] == f"核对{nasty}的名单"
    meeting = bot.app.store.meeting(1)
    assert nasty in meeting["subject"] and meeting["organizer_name"] == nasty
    assert {"items", "meetings", "messages", "outbox"} <= set(bot.app.store.db.table_names())
    assert bot.app.store.db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 3


def test_calendar_text_is_escaped_in_the_invitation(bot, now):
    minutes = MINUTES.replace("会议主题：产品周会", "会议主题：产品周会, 第3次; 评审\\定稿") + \
        "\n下次会议：10月17日（周四）14:00，地点：3楼A\\B区:大会议室\n"
    minutes = minutes.replace("提交活动方案终稿", "提交方案, 含预算; 和排期\\附件")
    bot.drop(mail(minutes, to='"Wang, Fang; x\\y" <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>'))
    bot.tick(now)
    invite = next(m for m in bot.sent() if m.get_content_type() == "multipart/mixed" and
                  any(p.get_content_type() == "text/calendar" for p in m.walk()))
    ics = next(p for p in invite.walk() if p.get_content_type() == "text/calendar").get_content()
    calendar = vobject.readOne(ics)
    [event] = calendar.vevent_list
    assert calendar.method.value == "REQUEST" and ics.count("BEGIN:VEVENT") == 1
    assert event.summary.value.endswith("产品周会, 第3次; 评审\\定稿")
    assert event.location.value == "3楼A\\B区:大会议室"
    assert "提交方案, 含预算; 和排期\\附件" in event.description.value
    attendees = sorted(a.value.lower() for a in event.attendee_list)
    assert attendees == ["mailto:chenming@xinghe.cn", "mailto:liqiang@xinghe.cn", "mailto:wangfang@xinghe.cn"]


# --- loops --------------------------------------------------------------------------------------------------------------
def storm(recap, sent_raw: bytes) -> list[bytes]:
    """What comes back when a bot's mail meets out-of-office rules, bounces and mailing lists."""
    thread = {"in_reply_to": recap["Message-ID"]}
    ooo = "我正在休假，10月20日返回，急事请联系周华。"
    mails = [
        mail(ooo, subject="自动回复: 会议纪要", sender=OWNER, headers={"Auto-Submitted": "auto-replied"}, **thread),
        mail(ooo, subject="自动答复: 会议纪要", sender=OWNER, **thread),                      # subject only
        mail(ooo, subject="Automatic reply: 会议纪要", sender=OWNER, headers={
            "X-MS-Exchange-Inbox-Rules-Loop": "wangfang@xinghe.cn", "X-Auto-Response-Suppress": "All"}, **thread),
        mail(ooo, subject="Re: 会议纪要", sender=OWNER, headers={"X-Autoreply": "yes"}, **thread),
        mail(ooo, subject="Re: 会议纪要", sender=OWNER, headers={"Precedence": "bulk"}, **thread),
        mail("已完成", subject="Re: 会议纪要", sender=OWNER, headers={"List-Id": "<team.xinghe.cn>"}, **thread),
        mail("已完成", subject="Re: 会议纪要", sender=OWNER, headers={"X-Loop": "minutebot"}, **thread),
        mail("第1项已完成", subject="Re: 会议纪要", sender=OWNER, headers={"Return-Path": "<>"}, **thread),
        mail("退信", subject="系统退信", sender="postmaster@xinghe.cn", **thread),
        mail("Delivery failed", subject="Undeliverable: 会议纪要", sender="MAILER-DAEMON@xinghe.cn", **thread),
        b"From: Mail Delivery System <MAILER-DAEMON@xinghe.cn>\r\nTo: minutes@xinghe.cn\r\nSubject: Returned mail\r\n"
        b"Date: Thu, 10 Oct 2024 15:10:00 +0800\r\nMessage-ID: <dsn1@xinghe.cn>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\n"
        b"550 5.1.1 User unknown\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        b"Final-Recipient: rfc822; gone@xinghe.cn\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--r\r\n"
        b"Content-Type: message/rfc822\r\n\r\n" + sent_raw + b"\r\n--r--\r\n",
        sent_raw,                                                                         # its own mail, back again
    ]
    return [m for m in mails for _ in range(4)]             # and each of them four times over


def test_a_storm_of_auto_replies_and_bounces_to_the_bots_mail_gets_no_answer(bot, now):
    recap = recap_of(bot, now)
    sent_raw = next((bot.outbox_dir / "new").iterdir()).read_bytes()
    for n, raw in enumerate(storm(recap, sent_raw)):
        bot.drop(raw.replace(b"Message-ID: <", b"Message-ID: <s%d." % n, 1), name=f"{n:03d}-storm.eml")
    result = bot.tick(now + timedelta(minutes=10))
    assert len(result.outcomes) == 48
    assert all(o.action.startswith("dropped: auto mail") or o.action == "dropped: the bot's own mail"
               for o in result.outcomes), [o.action for o in result.outcomes]
    assert bot.new_mail() == [] and statuses(bot) == ["pending"] * 3


def test_an_autoresponder_that_slips_past_every_rule_is_stopped_by_the_daily_cap(bot, now, caplog):
    """A broken responder answers every mail, unmarked and in words the bot reads as a reply: each answer gets the
    bot's 'unclear' help. The loop runs until the cap; the rest waits for the next day, held, not lost."""
    recap = recap_of(bot, now)
    address = recap["Reply-To"].addresses[0].addr_spec
    when = now
    with caplog.at_level(logging.WARNING, logger="minutebot"):
        for _ in range(30):
            when += timedelta(minutes=1)
            bot.drop(reply("我正在休假，10月20日返回。", OWNER, to=address, when=when))
            bot.tick(when)
    to_owner = [m for m in bot.sent() if "wangfang@xinghe.cn" in str(m["To"])]
    assert len(to_owner) == 21                                 # the recap (not counted) and 20 answers; then the cap
    held = bot.app.store.db.execute("SELECT COUNT(*), MIN(last_error) FROM outbox WHERE status = 'queued'").fetchone()
    assert held[0] == 10 and held[1].startswith("held until 2024-10-11: 20 mails already sent today")
    assert len([r for r in caplog.records if "daily cap" in r.getMessage()]) == 1         # logged once
    bot.tick(now.replace(hour=0, minute=5) + timedelta(days=1))
    assert len([m for m in bot.sent() if "wangfang@xinghe.cn" in str(m["To"])]) == 31      # the next day, once each


def test_mail_over_the_cap_waits_for_the_next_day_and_is_sent_exactly_once(bot, now):
    configure(bot, policy__max_mails_per_recipient_per_day=3)
    recap = recap_of(bot, now)
    address = recap["Reply-To"].addresses[0].addr_spec
    for n in range(6):
        bot.drop(reply(f"第1项进度{10 * (n + 1)}%", OWNER, to=address, when=now + timedelta(minutes=n + 1)))
    bot.tick(now + timedelta(minutes=10))
    assert len(bot.new_mail()) == 3                            # the recap did not count: three acks go, three wait
    assert bot.items()[0]["percent"] == 60                     # the changes themselves are not held
    for day in (1, 2, 3):                                      # then three a day (a reminder joins the queue)
        bot.tick(now + timedelta(days=day, hours=-5))
    per_day = bot.app.store.db.execute("SELECT day, sent FROM daily_sends WHERE recipient = 'wangfang@xinghe.cn' "
                                       "ORDER BY day").fetchall()
    assert per_day[0] == ("2024-10-10", 3) and all(sent <= 3 for _, sent in per_day)
    acks = bot.app.store.db.execute("SELECT status, COUNT(*) FROM outbox WHERE key LIKE 'ack:%' GROUP BY 1").fetchall()
    assert acks == [("sent", 6)]                               # none lost
    ids = [message_from_bytes(p.read_bytes(), policy=default)["Message-ID"] for p in (bot.outbox_dir / "new").iterdir()]
    assert len(ids) == len(set(ids)) == bot.app.store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE status = 'sent'").fetchone()[0]           # none doubled


def test_new_minutes_are_answered_even_over_the_cap(bot, now):
    configure(bot, policy__max_mails_per_recipient_per_day=2)
    for n in range(4):
        bot.drop(mail(MINUTES.replace("产品周会", f"产品周会{n}"), subject=f"会议纪要 {n}", message_id=f"<m{n}@xinghe.cn>"))
    bot.tick(now)
    assert len(bot.sent()) == 4                                # a recap per minutes, the day they came


# --- corrections ---------------------------------------------------------------------------------------------------
SHORTER = MINUTES.replace("3. 采购部：确认物料报价，尽快\n", "").replace("2. 李强：完成样机固件升级，10月15日17:00前\n", "")


def test_only_the_organizer_may_correct_the_minutes(bot, now):
    recap_of(bot, now)
    bot.drop(mail(SHORTER, subject="【更正】会议纪要", sender=OWNER, message_id="<m2@xinghe.cn>", in_reply_to="<m1@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot) == ["pending"] * 3 and bot.new_mail() == []         # nothing cancelled, nobody mailed
    assert ledger(bot)[-1] == "minutes v2 refused: only the organizer may correct them"
    assert bot.app.store.events(meeting_id=1)[-1]["action"] == "correction_refused"
    bot.drop(mail(SHORTER, subject="【更正】会议纪要", message_id="<m3@xinghe.cn>", in_reply_to="<m1@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=10))
    assert statuses(bot) == ["pending", "cancelled", "cancelled"]             # the organizer may


def test_the_same_meeting_number_from_someone_else_is_another_meeting(bot, now):
    numbered = MINUTES.replace("会议主题：产品周会", "会议主题：产品周会（NC2024-10-10）")
    bot.drop(mail(numbered, subject="会议纪要 NC2024-10-10", message_id="<m1@xinghe.cn>"))
    bot.drop(mail(numbered.replace("王芳：提交活动方案终稿", "王芳：更新价目表"), subject="会议纪要 NC2024-10-10",
                  sender="李强 <liqiang@xinghe.cn>", message_id="<m2@xinghe.cn>"))
    bot.tick(now)
    assert [i["meeting_id"] for i in bot.items()] == [1, 1, 1, 2, 2, 2]
    assert [i["status"] for i in bot.items(1)] == ["pending"] * 3


def test_security_md_explains_every_limit_and_check():
    from dataclasses import fields
    from pathlib import Path
    from minutebot.inbound.checks import PRECHECKS
    from parsers.limits import Limits
    text = (Path(__file__).resolve().parent.parent / "SECURITY.md").read_text(encoding="utf-8")
    for field in fields(Limits):
        assert f"| `{field.name}` | {field.default:,} |" in text, field.name
    for key in ("bot.authserv_ids", "bot.allowed_domains", "policy.max_mails_per_recipient_per_day"):
        assert f"`{key}`" in text, key
    assert "PRECHECKS" in text and len([line for line in text.splitlines() if line[:3] in {f"{n}. " for n in range(
        1, 10)}]) == len(PRECHECKS)


# --- one sender: a From that every reader reads the same (issue 16, point 1) -----------------------------------------
def with_from(raw: bytes, *froms: str) -> bytes:
    """The mail with its From field(s) replaced by these, written as raw header lines."""
    head, body = raw.split(b"\n\n", 1) if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)
    lines = [line for line in head.replace(b"\r\n", b"\n").split(b"\n") if not line.lower().startswith(b"from:")]
    return b"\r\n".join([*(f"From: {value}".encode() for value in froms), *lines]) + b"\r\n\r\n" + body


AMBIGUOUS_FROMS = [
    ("wangfang@xinghe.cn (王芳) <attacker@evil.example>",),      # clients and DMARC read the angle address
    ("wangfang@xinghe.cn <attacker@evil.example>",),
    ("王芳 <wangfang@xinghe.cn>", "attacker@evil.example"),       # two From fields
    ("wangfang@xinghe.cn, attacker@evil.example",),              # two mailboxes
    ("attacker@evil.example, wangfang@xinghe.cn",),
    ("市场部: wangfang@xinghe.cn;",),                              # group syntax
    ("Team: wangfang@xinghe.cn, attacker@evil.example;",),
]


@pytest.mark.parametrize("froms", AMBIGUOUS_FROMS)
def test_a_reply_whose_from_is_not_one_clear_mailbox_changes_nothing(bot, now, froms):
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    recap = recap_of(bot, now)
    passed_elsewhere = "mx.xinghe.cn; spf=pass; dkim=pass; dmarc=pass header.from=evil.example"
    raw = reply("第1项已完成", OWNER, to=recap["Reply-To"].addresses[0].addr_spec, in_reply_to=recap["Message-ID"],
                headers={"Authentication-Results": passed_elsewhere})
    bot.drop(with_from(raw, *froms))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot) == ["pending"] * 3 and bot.new_mail() == []
    assert ledger(bot)[-1].startswith("dropped: unclear sender: "), ledger(bot)[-1]


@pytest.mark.parametrize("froms", AMBIGUOUS_FROMS[:4])
def test_minutes_whose_from_is_not_one_clear_mailbox_are_refused(bot, now, froms):
    bot.drop(with_from(mail(MINUTES.replace("王芳", "陈明")), *[f.replace("wangfang", "chenming") for f in froms]))
    bot.tick(now)
    assert bot.items() == [] and bot.sent() == []
    assert ledger(bot)[0].startswith("dropped: unclear sender: ")


def test_a_from_that_dmarc_did_not_check_is_a_spoofed_sender(bot, now):
    """A trusted dmarc=pass about evil.example says nothing for a From we read as xinghe.cn: refused."""
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    recap = recap_of(bot, now)
    bot.drop(reply("第1项已完成", OWNER, to=recap["Reply-To"].addresses[0].addr_spec, in_reply_to=recap["Message-ID"],
                   headers={"Authentication-Results": "mx.xinghe.cn; dmarc=pass header.from=evil.example"}))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot) == ["pending"] * 3 and bot.new_mail() == []
    assert "checked header.from=evil.example, not xinghe.cn" in ledger(bot)[-1]


@pytest.mark.parametrize("sender", ["wangfang@xinghe.cn (王芳)", "王芳 <wangfang@xinghe.cn> (市场部)", '"王芳" <wangfang@xinghe.cn>',
                                    "=?utf-8?b?546L6Iqz?= <WangFang@xinghe.cn>"])
def test_one_clear_mailbox_with_comments_or_quotes_is_the_sender(bot, now, sender):
    configure(bot, bot__authserv_ids=("mx.xinghe.cn",))
    recap = recap_of(bot, now)
    raw = reply("第1项已完成", OWNER, to=recap["Reply-To"].addresses[0].addr_spec, in_reply_to=recap["Message-ID"],
                headers={"Authentication-Results": "mx.xinghe.cn; dmarc=pass header.from=xinghe.cn"})
    bot.drop(with_from(raw, sender))
    bot.tick(now + timedelta(minutes=5))
    assert statuses(bot)[0] == "done"


# --- a stolen Message-ID (issue 16, point 10) -----------------------------------------------------------------------
def test_a_refused_mail_with_a_stolen_message_id_does_not_pre_empt_the_real_minutes(bot, now):
    bot.drop(mail("随便写点什么", subject="会议纪要", sender="Mallory <mallory@evil.example>", message_id="<m1@xinghe.cn>"),
             name="0000-first.eml")
    bot.tick(now)
    assert ledger(bot) == ["dropped: sender mallory@evil.example is outside allowed_domains"]
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"), name="0001-real.eml")
    bot.tick(now + timedelta(minutes=1))
    assert len(bot.items()) == 3 and len(bot.sent()) == 1                  # the real minutes are handled
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"), name="0002-again.eml")
    bot.tick(now + timedelta(minutes=2))
    assert len(bot.items()) == 3 and len(bot.sent()) == 1                  # and, once handled, only once


# --- a From without an address, every domain allowed (issue 16, point 15) -------------------------------------------
@pytest.mark.parametrize("sender", ["undisclosed-recipients:;", "陈明", "=?utf-8?b?6ZmI5piO?="])
def test_a_from_without_an_address_is_dropped_even_with_every_domain_allowed(bot, now, sender, caplog):
    configure(bot, bot__allowed_domains=())
    bot.drop(with_from(mail(MINUTES), sender))
    with caplog.at_level(logging.ERROR, logger="minutebot"):
        bot.tick(now)
        result = bot.tick(now + timedelta(days=1, hours=4))               # the objection-window job and the rest
    assert ledger(bot) == ["dropped: sender has no address"] and bot.items() == [] and bot.sent() == []
    assert len(bot.folder("Processed")) == 1 and bot.folder("Failed") == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR] and all(n == 0 for n in result.jobs.values())


@pytest.mark.parametrize("value", ['王芳 <wangfang@xinghe.cn>', '"Wang, Fang" <wangfang@xinghe.cn>', 'wangfang@xinghe.cn',
                                   'J. Smith <js@x.com>', '"a@b.cn" <c@d.cn>', '  李强   <liqiang@xinghe.cn> '])
def test_the_fast_path_for_a_plain_mailbox_agrees_with_the_strict_reader(value):
    from parsers.mail.sender import SIMPLE, _strict
    simple = SIMPLE.match(value.strip())
    assert simple and _strict(" ".join(value.split()))[0] == (simple.group("angle") or simple.group("bare")).lower()
