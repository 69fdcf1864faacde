"""A backfill of 2024 mail, then the first working day of 2026, on a real mailbox (Dovecot IMAP + an SMTP server).

The policy (docs/usage.md, "Importing past mail"): items still open whose due date is before the backfill day are
imported as archived — never reminded, chased, escalated or put in a digest, still listed by `items --status all` —
unless `backfill --keep-open`. The first chase slot after a backfill logs one line and mails each organizer of
imported meetings one notice of what will be chased and what was archived; the imported overdue items it chases are
capped (policy.backfill_chase_cap, most recently due first) and the rest are archived then.
"""
import json
from datetime import datetime, timedelta

import pytest

from conftest import CST, mail
from minutebot.admin.backfill import backfill
from minutebot.cli import main
from minutebot.inbound.connect import connect_inbox
from servers import BOT_ENV
from test_daemon_tick_imap import MailSite

PEOPLE = {"陈明": "chenming", "王芳": "wangfang", "李强": "liqiang", "周华": "zhouhua", "赵敏": "zhaomin"}
# (organizer, month, day, [(owner, task, due)]): four 2024 meetings of three organizers, 11 items for 5 owners
MEETINGS = [
    ("陈明", 9, 2, [("王芳", "提交渠道活动方案", "9月6日前"), ("李强", "完成样机固件升级", "9月10日前"),
                   ("赵敏", "确认物料报价", "9月13日前")]),
    ("周华", 10, 8, [("李强", "输出测试报告", "10月18日前"), ("王芳", "整理用户访谈纪要", "10月16日前"),
                    ("赵敏", "联系备选供应商", "10月25日前")]),
    ("王芳", 11, 5, [("赵敏", "更新采购台账", "11月15日前"), ("陈明", "审批市场预算", "11月8日前"),
                    ("李强", "修复登录超时问题", "11月20日前")]),
    ("陈明", 12, 3, [("周华", "评审年度研发计划", "12月13日前"), ("王芳", "准备年会物料", "12月20日前")]),
]
BACKFILL_DAY = datetime(2026, 12, 4, 16, 0, tzinfo=CST)          # a Friday: the admin imports last year's mail
FIRST_DAY = datetime(2026, 12, 7, 10, 30, tzinfo=CST)            # Monday, past digest_time and chase_time


def address(name):
    return f"{name} <{PEOPLE[name]}@xinghe.cn>"


def archive_2024() -> list[bytes]:
    """The minutes, then two replies: 王芳 finished her September item, 李强 objected to his."""
    mails = []
    for number, (organizer, month, day, items) in enumerate(MEETINGS, start=1):
        lines = "\n".join(f"{n}. {owner}：{task}，{due}" for n, (owner, task, due) in enumerate(items, start=1))
        title = f"项目例会第{number}次"
        people = "、".join(dict.fromkeys([organizer, *(o for o, _, _ in items)]))
        body = f"会议主题：{title}\n参会人员：{people}\n\n待办事项：\n{lines}\n"
        mails.append(mail(body, subject=f"会议纪要：{title}", sender=address(organizer),
                          message_id=f"<m{number}@xinghe.cn>", to=", ".join(address(o) for o, _, _ in items),
                          date=datetime(2024, month, day, 10, tzinfo=CST)))
    mails.append(mail("第1项已完成。", subject="Re: 会议纪要：项目例会第1次", sender=address("王芳"),
                      date=datetime(2024, 9, 5, 10, tzinfo=CST), in_reply_to="<m1@xinghe.cn>"))
    mails.append(mail("第2项有异议：驱动还没到。", subject="Re: 会议纪要：项目例会第1次", sender=address("李强"),
                      date=datetime(2024, 9, 2, 16, tzinfo=CST), in_reply_to="<m1@xinghe.cn>"))
    return mails


@pytest.fixture
def site(tmp_path, dovecot, smtp_sink, monkeypatch):
    for name, value in BOT_ENV.items():
        monkeypatch.setenv(name, value)
    instance = MailSite(tmp_path, dovecot, smtp_sink)
    dovecot.client().create_folder("Archive")
    dovecot.append_many(archive_2024(), folder="Archive")
    yield instance
    instance.app.close()


def import_archive(site, **options):
    inbox = connect_inbox(site.config, "Archive")
    try:
        return backfill(site.app, inbox, now=BACKFILL_DAY, **options)
    finally:
        inbox.close()


def statuses(site):
    return {(i["meeting_id"], i["number"]): i["status"] for i in site.app.store.items()}


def subjects(mails):
    return [m["Subject"] for m in mails]


def to_of(message):
    return [a.username for a in message["To"].addresses]


def text_of(message):
    return message.get_body(("plain",)).get_content()


def with_policy(site, text):
    """The same site with extra [policy] keys (the app reopened on the new config)."""
    from minutebot import config as config_mod
    from minutebot.app import open_app
    path = site.config.path
    path.write_text(path.read_text(encoding="utf-8") + f"[policy]\n{text}\n", encoding="utf-8")
    site.app.close()
    site.config = config_mod.load(path)
    site.app = open_app(site.config)


def test_keep_open_with_no_cap_is_the_old_flood_plus_the_notices(site, smtp_sink):
    """What this archive and day sent before the policy (a chase or an escalation to each of 5 owners, 3 digests, about
    items two years overdue) is still there for an admin who asks for it: --keep-open and backfill_chase_cap = 0."""
    with_policy(site, "backfill_chase_cap = 0")
    import_archive(site, keep_open=True)
    site.tick(FIRST_DAY)
    kinds = [s[:s.index("】") + 1] for s in subjects(smtp_sink.mails())]
    assert sorted(set(kinds)) == ["【历史纪要已导入】", "【每日逾期汇总】", "【逾期升级】", "【逾期提醒】"]
    assert [kinds.count(k) for k in ("【历史纪要已导入】", "【逾期提醒】", "【逾期升级】", "【每日逾期汇总】")] == [3, 3, 2, 3]


def test_a_2024_backfill_then_the_first_2026_working_day_sends_one_notice_per_organizer(site, smtp_sink, caplog):
    caplog.set_level("INFO", logger="minutebot.admin.backfill")
    result = import_archive(site)
    assert (result.handled, result.failed, result.archived) == (6, 0, 10)
    assert "10 item(s) due before today archived" in str(result)
    assert list(statuses(site).values()).count("archived") == 10 and statuses(site)[(1, 1)] == "done"
    site.tick(FIRST_DAY - timedelta(days=2))                # Saturday: no slot, nothing yet
    site.tick(FIRST_DAY.replace(hour=8))                    # Monday before digest_time: nothing yet
    assert smtp_sink.mails() == []
    site.tick(FIRST_DAY)
    mails = smtp_sink.mails()
    assert len(mails) == 3                                  # one notice per organizer; no chase, escalation, digest
    assert all(s.startswith("【历史纪要已导入】") for s in subjects(mails))
    by_organizer = {to_of(m)[0]: m for m in mails}
    assert sorted(by_organizer) == ["chenming", "wangfang", "zhouhua"]
    chen = by_organizer["chenming"]
    assert chen["Subject"] == "【历史纪要已导入】2个会议：今日起催办0项，已归档4项" and not chen["Cc"]
    body = text_of(chen)
    assert "「项目例会第1次」（2024年9月2日）：2项" in body and "「项目例会第4次」（2024年12月3日）：2项" in body
    assert "导入的事项中没有需要催办的" in body and "第2项延期至下周五" in body
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("first run after the backfill")]
    assert line.startswith("first run after the backfill of 2026-12-04: 0 imported overdue item(s) chased from today")
    assert "10 item(s) archived in all; 3 organizer notice(s)" in line
    for later in (timedelta(days=1), timedelta(days=4, hours=7), timedelta(days=7)):    # Tue, Fri 17:30, next Mon
        site.tick(FIRST_DAY + later)
    assert len(smtp_sink.mails()) == 3                      # archived items stay quiet: no chase, digest, weekly


def test_archived_items_are_listed_and_a_reply_with_a_new_date_reopens_one(site, smtp_sink, dovecot, capsys):
    import_archive(site)
    site.tick(FIRST_DAY)
    config = str(site.config.path)
    assert main(["--config", config, "items", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"                                 # nothing open
    assert main(["items", "--status", "archived", "--format", "json", "--config", config]) == 0
    archived = json.loads(capsys.readouterr().out)
    assert len(archived) == 10 and archived[0]["progress"] == "已归档"
    assert archived[0]["history"][-1] == {**archived[0]["history"][-1], "action": "archived", "old": "disputed",
                                           "new": "archived", "by": "系统"}
    assert main(["--config", config, "items", "--status", "all", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 11
    dovecot.append(mail("第2项延期至12月18日，年会改期了。", subject="Re: 会议纪要：项目例会第4次", sender=address("陈明"),
                        date=FIRST_DAY + timedelta(hours=1), in_reply_to="<m4@xinghe.cn>"))
    site.tick(FIRST_DAY + timedelta(hours=1, minutes=5))
    item = next(i for i in site.app.store.items(4) if i["number"] == 2)
    assert (item["status"], item["due_date"]) == ("confirmed", "2026-12-18")
    assert [to_of(m) for m in smtp_sink.mails()[3:]] == [["chenming"]]            # his acknowledgement only
    site.tick(datetime(2026, 12, 17, 10, 30, tzinfo=CST))                         # the day before the new date
    [reminder] = smtp_sink.mails()[4:]
    assert to_of(reminder) == ["wangfang"] and "准备年会物料" in text_of(reminder)


def test_keep_open_chases_from_the_first_day_but_only_up_to_the_cap(site, smtp_sink):
    with_policy(site, "backfill_chase_cap = 4")
    result = import_archive(site, keep_open=True)
    assert result.archived is None and "kept open" in str(result)
    assert "archived" not in statuses(site).values()
    site.tick(FIRST_DAY)
    kept = {"准备年会物料", "评审年度研发计划", "修复登录超时问题", "更新采购台账"}      # the 4 most recently due
    assert sorted(s for s in statuses(site).values()) == ["archived"] * 6 + ["confirmed"] * 4 + ["done"]
    mails = smtp_sink.mails()
    notices = [m for m in mails if m["Subject"].startswith("【历史纪要已导入】")]
    about_items = [m for m in mails if m not in notices]
    assert len(notices) == 3 and len(mails) == 3 + 4 + 2     # notices, one mail per owner kept, digests of 2 organizers
    told = "".join(text_of(m) for m in about_items)
    assert all(task in told for task in kept)
    capped = {task for *_, items in MEETINGS for _, task, _ in items} - kept - {"提交渠道活动方案"}
    assert len(capped) == 6 and not any(task in told for task in capped)
    chen = next(m for m in notices if to_of(m) == ["chenming"])
    assert "最多催办4项" in text_of(chen) and "您的会议中超出的2项已归档" in text_of(chen)   # his 2 Sept. items
    assert "已归档的2项" in text_of(chen) and "「项目例会第1次」（2024年9月2日）：2项" in text_of(chen)
    assert "「项目例会第4次」第2项 准备年会物料（王芳，截止2024年12月20日" in text_of(chen)


def test_the_command_takes_keep_open(tmp_path, monkeypatch, capsys):
    from conftest import Bot
    from test_backfill import ARCHIVE, archive
    bot = Bot(tmp_path)
    archive(bot)
    config = str(bot.root / "minutebot.toml")
    assert main(["--config", config, "backfill", "--folder", "Archive", "--keep-open"]) == 0
    assert "kept open (--keep-open)" in capsys.readouterr().out
    assert "archived" not in {i["status"] for i in bot.items()} and len(ARCHIVE) == 5
    bot.app.close()
