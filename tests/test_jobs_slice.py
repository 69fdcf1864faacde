"""The daemon's timed work in slices: a big store's morning stops when its slice is spent, the inbox is read, and the
next pass goes on where it stopped — every owner chased once, nothing twice, a reply handled in between."""
from collections import Counter
from datetime import datetime, timedelta

from conftest import CST, mail
from minutebot.inbound.connect import connect_inbox, connect_transport
from minutebot.inbound.daemon import one_pass
from minutebot.timed import jobs
from minutebot.timed.budget import Budget

MINUTES = """
会议主题：季度复盘会
参会人员：周华、王芳、李强、赵敏

待办事项：
1. 王芳：提交渠道活动方案，10月11日前
2. 李强：完成样机固件升级，10月11日前
3. 赵敏：确认物料报价，10月11日前
"""
HELD = datetime(2024, 10, 9, 11, 0, tzinfo=CST)
MORNING = datetime(2024, 10, 15, 10, 30, tzinfo=CST)         # a Tuesday: all three items overdue


def chased_today(bot) -> Counter:
    """Owner -> chase or escalation mails queued for MORNING's day."""
    keys = [row[0] for row in bot.app.store.db.execute("SELECT key FROM outbox").fetchall()]
    return Counter(key.split(":")[1] for key in keys
                   if key.split(":")[0] in ("chase", "escalate") and MORNING.date().isoformat() in key)


def pass_of(bot, now, jobs_seconds):
    return one_pass(bot.app, connect_inbox(bot.config), connect_transport(bot.config), now, jobs_seconds=jobs_seconds)


def test_a_spent_budget_stops_the_jobs_after_one_unit_and_the_next_pass_goes_on(bot):
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>", date=HELD))
    bot.tick(HELD + timedelta(minutes=5))
    passes = []
    while not passes or passes[-1][0].cut:
        spent = Budget(stop_at=0)                               # spent from the start: one unit a pass, then stop
        passes.append((spent, jobs.run_due(bot.app, MORNING, spent)))
        assert len(passes) < 20
    first = passes[0][1]
    assert sum(first.values()) == 1 and first["close_objection_windows"] == 1 and first["chase"] == 0
    assert [done["chase"] for _, done in passes if done["chase"]] == [1, 1, 1]     # one owner a pass
    assert set(chased_today(bot).values()) == {1} and len(chased_today(bot)) == 3
    assert jobs.run_due(bot.app, MORNING)["chase"] == 0        # and nothing is left to do twice


def test_mail_arriving_during_a_long_morning_is_handled_between_slices(bot):
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>", date=HELD))
    bot.tick(HELD + timedelta(minutes=5))
    recap = bot.new_mail()[0]
    first = pass_of(bot, MORNING, jobs_seconds=1e-9)            # the slice is over after the first unit
    assert first.jobs_more and first.more and sum(first.jobs.values()) == 1
    address = recap["Reply-To"].addresses[0].addr_spec
    bot.drop(mail("第2项进度50%", subject="Re: 会议纪要", sender="李强 <liqiang@xinghe.cn>",
                  to=f"纪要助手 <{address}>", cc="", in_reply_to=recap["Message-ID"],
                  date=MORNING + timedelta(seconds=10)))
    second = pass_of(bot, MORNING + timedelta(seconds=20), jobs_seconds=1e-9)
    assert len(second.outcomes) == 1                            # read before the chasing went on
    assert [i["percent"] for i in bot.items() if i["number"] == 2] == [50]
    passes = 2
    while pass_of(bot, MORNING + timedelta(seconds=30 + passes), jobs_seconds=1e-9).more:
        passes += 1
        assert passes < 20
    assert set(chased_today(bot).values()) == {1} and len(chased_today(bot)) == 3
