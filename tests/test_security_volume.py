"""Amplification (issue 16, point 4): one sender's minutes reach a bounded number of people, and mail caused by other
people's minutes never uses up someone's daily quota. Driven as a user would: minutes in, tick, read the outbox."""
from datetime import timedelta

from conftest import MINUTES, mail
from test_security import configure, reply

ORGANIZER = "chenming@xinghe.cn"


def crowd(count: int, start: int = 0) -> str:
    return ", ".join(f"同事{n} <colleague{n}@xinghe.cn>" for n in range(start, start + count))


def addresses(msg) -> list[str]:
    return [a.addr_spec for header in ("To", "Cc") if msg[header] for a in msg[header].addresses]


def test_a_recap_goes_to_at_most_max_recipients_per_minutes_organizer_and_owners_first(bot, now):
    configure(bot, policy__max_recipients_per_minutes=10)
    bot.drop(mail(MINUTES.replace("参会人员：陈明、王芳、李强\n", ""), to=crowd(80)))   # no 参会人员: To/Cc take part
    bot.tick(now)
    [recap] = bot.sent()
    to = addresses(recap)
    assert len(to) == 10 and to[:3] == [ORGANIZER, "wangfang@xinghe.cn", "liqiang@xinghe.cn"]


def test_one_senders_minutes_reach_a_bounded_number_of_people_a_day(bot, now):
    configure(bot, policy__max_recap_recipients_per_sender_per_day=25)
    for n in range(6):
        bot.drop(mail(MINUTES.replace("产品周会", f"产品周会{n}").replace("参会人员：陈明、王芳、李强\n", ""),
                      subject=f"会议纪要 {n}", to=crowd(10, 10 * n), message_id=f"<flood{n}@xinghe.cn>"))
    bot.tick(now)
    recaps = bot.sent()
    assert len(recaps) == 6                                              # every organizer still gets an answer
    others = [a for recap in recaps for a in addresses(recap) if a != ORGANIZER]
    [last] = [recap for recap in recaps if recap["In-Reply-To"] == "<flood5@xinghe.cn>"]   # (files written in one
    assert len(others) <= 25 and addresses(last) == [ORGANIZER]      # clock tick share an mtime: found by its thread)
    bot.drop(mail(MINUTES.replace("产品周会", "次日周会"), subject="会议纪要 次日", message_id="<next-day@xinghe.cn>",
                  date=now + timedelta(days=1)))
    bot.new_mail()
    bot.tick(now + timedelta(days=1))
    [recap] = [m for m in bot.new_mail() if m["In-Reply-To"] == "<next-day@xinghe.cn>"]
    assert len(addresses(recap)) == 3                                   # a new day: room again


def test_other_peoples_minutes_do_not_use_up_a_colleagues_daily_quota(bot, now):
    """赵敏 sends five sets of minutes naming 王芳 as owner: 王芳 gets the five recaps, and her own mail still goes."""
    configure(bot, policy__max_mails_per_recipient_per_day=3)
    bot.drop(mail(MINUTES, message_id="<real@xinghe.cn>"))
    bot.tick(now)
    recap = bot.new_mail()[0]
    for n in range(5):
        bot.drop(mail(MINUTES.replace("产品周会", f"杂事{n}"), subject=f"会议纪要 杂事{n}", sender="赵敏 <zhaomin@xinghe.cn>",
                      message_id=f"<noise{n}@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=1))
    assert len([m for m in bot.new_mail() if "wangfang@xinghe.cn" in addresses(m)]) == 5
    bot.drop(reply("第1项进度50%", "王芳 <wangfang@xinghe.cn>", to=recap["Reply-To"].addresses[0].addr_spec,
                   in_reply_to=recap["Message-ID"], when=now + timedelta(minutes=2)))
    bot.tick(now + timedelta(minutes=3))
    assert [addresses(m) for m in bot.new_mail()] == [["wangfang@xinghe.cn"]]       # her ack: not held
