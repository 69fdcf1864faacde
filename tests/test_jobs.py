"""Three simulated weeks across National Day 2024 (holiday 10-01..10-07, make-up working days Sun 09-29 and
Sat 10-12), driven by tick at fixed times of day: exactly the mails a user expects, and nothing on holidays."""
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from conftest import CST, mail, text_of

MINUTES = """
会议主题：国庆前项目周会
参会人员：周华、王芳、李强

待办事项：
1. 王芳：提交渠道活动方案，9月27日前
2. 李强：完成样机固件升级，9月30日前
3. 赵敏：确认物料报价，10月9日前
"""
TIMES = ((9, 0), (10, 0), (17, 0), (18, 30))


@pytest.fixture
def three_weeks(bot):
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>",
                  to="王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>, 赵敏 <zhaomin@xinghe.cn>",
                  date=datetime(2024, 9, 25, 11, 0, tzinfo=CST)))
    by_day = defaultdict(list)
    day = date(2024, 9, 25)
    while day <= date(2024, 10, 15):
        for hour, minute in TIMES:
            now = datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST)
            bot.tick(now)
            bot.tick(now)                                       # a second tick at the same time adds nothing
            for msg in bot.new_mail():
                by_day[day].append((msg["Subject"].split("】")[0].lstrip("【").split(":")[0], _people(msg)))
        day += timedelta(days=1)
    return by_day


def _people(msg):
    to = sorted(a.addr_spec.split("@")[0] for a in msg["To"].addresses)
    cc = sorted(a.addr_spec.split("@")[0] for a in msg["Cc"].addresses) if msg["Cc"] else []
    return (",".join(to), ",".join(cc))


def kinds(by_day, day):
    return sorted(kind for kind, _ in by_day.get(day, []))


def test_nothing_on_the_national_day_holiday(three_weeks):
    for offset in range(7):
        assert kinds(three_weeks, date(2024, 10, 1) + timedelta(days=offset)) == []


def test_the_first_day_recap_then_the_window_result(three_weeks):
    assert kinds(three_weeks, date(2024, 9, 25)) == ["Re", "确认结果"]


def test_reminder_the_working_day_before(three_weeks):
    assert ("到期提醒", ("wangfang", "")) in three_weeks[date(2024, 9, 26)]     # due Fri 09-27
    assert ("到期提醒", ("liqiang", "")) in three_weeks[date(2024, 9, 29)]      # due Mon 09-30: the make-up Sunday
    assert ("到期提醒", ("zhaomin", "")) in three_weeks[date(2024, 10, 8)]      # due Wed 10-09, after the holiday


def test_chase_each_working_day_and_escalate_after_two(three_weeks):
    wang = [(day, kind, cc) for day, mails in sorted(three_weeks.items()) for kind, (to, cc) in mails
            if to == "wangfang" and kind in ("逾期提醒", "逾期升级")]
    assert wang[0] == (date(2024, 9, 29), "逾期提醒", "")                     # 1 working day overdue (make-up Sunday)
    assert wang[1] == (date(2024, 9, 30), "逾期升级", "chenming,zhouhua")     # 2 days: manager and organizer copied
    assert [d for d, _, _ in wang[2:]] == [date(2024, 10, d) for d in (8, 9, 10, 11, 12, 14, 15)]
    assert {k for _, k, _ in wang[2:]} == {"逾期提醒", "逾期升级"}              # escalation repeats on a slower cadence


def test_digest_on_working_days_only_when_something_is_overdue(three_weeks):
    digest_days = [day for day, mails in sorted(three_weeks.items()) for kind, _ in mails if kind == "每日逾期汇总"]
    assert digest_days[0] == date(2024, 9, 29)                                 # nothing overdue before 09-27 18:00
    assert date(2024, 9, 28) not in digest_days                                # a plain Saturday
    assert date(2024, 10, 12) in digest_days                                   # the make-up Saturday
    assert all(not date(2024, 10, 1) <= d <= date(2024, 10, 7) for d in digest_days)
    assert len(digest_days) == len(set(digest_days))


def test_weekly_report_on_fridays(three_weeks):
    weekly_days = [day for day, mails in sorted(three_weeks.items()) for kind, _ in mails if kind == "周度协作报告"]
    assert weekly_days == [date(2024, 9, 27), date(2024, 10, 11)]              # 10-04 is a holiday, no Friday that week


def test_a_department_digest_for_managers_when_configured(tmp_path):
    from conftest import Bot
    bot = Bot(tmp_path, extra="""
        [policy]
        department_digest = true
        """)
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>",
                  to="王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>, 赵敏 <zhaomin@xinghe.cn>",
                  date=datetime(2024, 9, 25, 11, 0, tzinfo=CST)))
    bot.tick(datetime(2024, 9, 25, 11, 5, tzinfo=CST))
    bot.new_mail()
    bot.tick(datetime(2024, 9, 30, 9, 0, tzinfo=CST))          # 王芳 (manager 陈明) is overdue since 09-27
    team = [m for m in bot.new_mail() if m["Subject"].startswith("【部门逾期汇总】")]
    assert [m["To"].addresses[0].addr_spec for m in team] == ["chenming@xinghe.cn"]
    assert "提交渠道活动方案" in text_of(team[0])
    bot.tick(datetime(2024, 9, 30, 9, 30, tzinfo=CST))
    assert [m for m in bot.new_mail() if m["Subject"].startswith("【部门逾期汇总】")] == []
    bot.app.close()


def test_from_november_the_log_says_once_a_day_that_next_years_holidays_are_unknown(bot, caplog):
    from minutebot.timed import jobs
    unknown = max(y for y in range(2020, 2040) if bot.app.calendar.is_known(y)) + 1
    november = datetime(unknown - 1, 11, 3, 9, 0, tzinfo=CST)
    with caplog.at_level("WARNING", logger="minutebot.timed.jobs"):
        jobs.run_due(bot.app, november)
        jobs.run_due(bot.app, november + timedelta(hours=3))
        jobs.run_due(bot.app, datetime(unknown - 1, 10, 31, 9, 0, tzinfo=CST))
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [f"no holiday schedule for {unknown} yet"]


def test_a_later_pass_the_same_day_reads_no_item_already_chased(bot, monkeypatch):
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>", date=datetime(2024, 9, 25, 11, 0, tzinfo=CST)))
    bot.tick(datetime(2024, 9, 25, 11, 5, tzinfo=CST))
    chase_day = datetime(2024, 10, 9, 10, 30, tzinfo=CST)      # items 1 and 2 overdue since before the holiday
    bot.tick(chase_day)
    assert [m["Subject"] for m in bot.new_mail() if "逾期提醒" in m["Subject"] or "逾期升级" in m["Subject"]]
    read = []
    original = bot.app.store.open_ids

    def spy(where, params, *also):
        rows = original(where, params, *also)
        read.append((where, len(rows)))
        return rows
    monkeypatch.setattr(bot.app.store, "open_ids", spy)
    bot.tick(chase_day + timedelta(minutes=30))
    chase_reads = [count for where, count in read if "'chase', 'escalate'" in where]
    # the escalation has no read of its own: it takes its items from the chase's read of each owner's overdue items
    assert chase_reads == [0] and not [w for w, _ in read if "j.job = 'escalate'" in w] and not bot.new_mail()


def test_sent_mail_keeps_its_bytes_for_the_configured_days_then_only_its_record(tmp_path):
    from conftest import Bot
    bot = Bot(tmp_path, extra="""
        [outbox]
        keep_sent_days = 2
        """)
    bot.drop(mail(MINUTES, sender="周华 <zhouhua@xinghe.cn>", date=datetime(2024, 9, 25, 11, 0, tzinfo=CST)))
    bot.tick(datetime(2024, 9, 25, 11, 5, tzinfo=CST))
    raw_of_recap = lambda: bot.app.store.db.execute(
        "SELECT coalesce(sum(length(raw)), 0) FROM outbox_bytes WHERE key = 'recap:1:v1'").fetchone()[0]
    bot.tick(datetime(2024, 9, 26, 11, 0, tzinfo=CST))
    assert raw_of_recap() > 1000                                # one day old: kept
    bot.tick(datetime(2024, 9, 28, 11, 0, tzinfo=CST))
    assert raw_of_recap() == 0                                  # past two days: the bytes are gone, the row stays
    assert bot.app.store.db.execute("SELECT status FROM outbox WHERE key = 'recap:1:v1'").fetchone()[0] == "sent"
    assert len(bot.sent()) == len({m["Message-ID"] for m in bot.sent()})      # and nothing was sent twice
