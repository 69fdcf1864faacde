"""What the bot shows to whom (issue 16, points 5-7): an escalation copies only organizers of the meetings it lists;
exports keep text as text (no formulas) and survive control characters."""
from datetime import timedelta

from conftest import MINUTES, mail, text_of

SECRET_TASK = "核对并购尽调报告"


def test_an_escalation_shows_each_organizer_only_the_items_of_their_own_meetings(bot, now):
    """赵敏 makes up minutes giving 李强 an item: when 李强 is escalated, 赵敏 is copied on her own meeting's item
    only, never on the item of 陈明's confidential meeting (李强's manager 周华 may see both)."""
    bot.drop(mail(MINUTES.replace("完成样机固件升级", SECRET_TASK), message_id="<secret@xinghe.cn>"))
    bot.drop(mail(MINUTES.replace("产品周会", "随便聊聊").replace("完成样机固件升级", "整理杂物"), subject="会议纪要 杂事",
                  sender="赵敏 <zhaomin@xinghe.cn>", message_id="<bait@xinghe.cn>"))
    bot.tick(now)
    for day in range(1, 15):
        bot.tick(now.replace(hour=10, minute=30) + timedelta(days=day))
    escalations = [m for m in bot.sent() if "liqiang@xinghe.cn" in str(m["To"]) and m["Cc"]
                   and "升级" in m["Subject"]]
    assert escalations, [m["Subject"] for m in bot.sent()]
    to_zhaomin = [m for m in bot.sent() if "zhaomin@xinghe.cn" in str(m["To"]) + str(m["Cc"] or "")]
    assert any("整理杂物" in text_of(m) for m in to_zhaomin)
    assert not any(SECRET_TASK in text_of(m) or SECRET_TASK in m.get_body(("html",)).get_content() for m in to_zhaomin)
    to_chenming = [m for m in escalations if "chenming@xinghe.cn" in str(m["Cc"])]
    assert to_chenming and all("整理杂物" not in text_of(m) for m in to_chenming)
