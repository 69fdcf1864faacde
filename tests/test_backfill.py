"""`minutebot backfill`: a folder of past mail is imported as it happened, and nobody is mailed about it."""
import io
import os
import textwrap
from datetime import date, datetime, timedelta

from conftest import CST, mail
from minutebot.admin.backfill import Progress, backfill
from minutebot.cli import main
from minutebot.inbound.connect import connect_inbox
from servers import BOT_ENV

SEPT = """
会议主题：九月项目例会
参会人员：陈明、王芳、李强

待办事项：
1. 王芳：提交渠道活动方案，9月6日前
2. 李强：完成样机固件升级，9月10日前
3. 赵敏：确认物料报价，10月31日前
"""
OCT = """
会议主题：十月项目例会
参会人员：陈明、李强

待办事项：
1. 李强：输出测试报告，10月18日前
"""


def at(month, day, hour=10):
    return datetime(2024, month, day, hour, 0, tzinfo=CST)


ARCHIVE = [        # (file name, mail), oldest first
    ("01-sept.eml", mail(SEPT, subject="会议纪要：九月项目例会", message_id="<sept@xinghe.cn>", date=at(9, 2),
                         to="王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>, 赵敏 <zhaomin@xinghe.cn>")),
    ("02-objection.eml", mail("第2项有异议：驱动还没到，9月10日完成不了。", subject="Re: 会议纪要：九月项目例会",
                              sender="李强 <liqiang@xinghe.cn>", message_id="<obj@xinghe.cn>", date=at(9, 2, 16),
                              in_reply_to="<sept@xinghe.cn>")),
    ("03-done.eml", mail("第1项已完成。", subject="Re: 会议纪要：九月项目例会", sender="王芳 <wangfang@xinghe.cn>",
                         message_id="<done@xinghe.cn>", date=at(9, 5), in_reply_to="<sept@xinghe.cn>")),
    ("04-ooo.eml", mail("我正在休假。", subject="自动回复: 会议纪要：九月项目例会", sender="赵敏 <zhaomin@xinghe.cn>",
                        date=at(9, 5, 11), headers={"Auto-Submitted": "auto-replied"})),
    ("05-oct.eml", mail(OCT, subject="会议纪要：十月项目例会", message_id="<oct@xinghe.cn>", date=at(10, 8))),
]


def archive(bot, folder="Archive", mails=ARCHIVE):
    """Past mail in a Maildir++ sub-folder of the bot's inbox, file times in the order it arrived."""
    cur = bot.inbox_dir / f".{folder}" / "cur"
    for sub in ("cur", "new", "tmp"):
        (cur.parent / sub).mkdir(parents=True, exist_ok=True)
    for index, (name, raw) in enumerate(mails):
        (cur / name).write_bytes(raw)
        os.utime(cur / name, (1_700_000_000 + index, 1_700_000_000 + index))
    return cur


def outbox_purposes(bot):
    return [row[0] for row in bot.app.store.db.execute("SELECT purpose FROM outbox ORDER BY created_at, key")]


NOW = at(10, 10, 15)


def test_past_mail_is_stored_as_it_happened_and_nothing_is_queued(bot):
    folder = archive(bot)
    result = backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW)
    assert (result.read, result.handled, result.failed, result.windows_closed, result.archived) == (5, 5, 0, 2, 1)
    assert outbox_purposes(bot) == []                                      # no recap, ack, invite or window mail
    assert len(list(folder.iterdir())) == 5                                # the folder is only read
    sept, oct_ = (bot.app.store.meeting(1), bot.app.store.meeting(2))
    assert (sept["title"], oct_["title"]) == ("九月项目例会", "十月项目例会")
    items = bot.items(1)
    assert [i["status"] for i in items] == ["done", "archived", "confirmed"]   # reply, objection then archived, silence
    assert [e["action"] for e in bot.app.store.events(items[1]["id"])] == ["item_created", "object", "archived"]
    assert items[1]["note"] == "驱动还没到，9月10日完成不了"                   # the objection is kept with it
    assert items[0]["done_at"] == at(9, 5).isoformat()                     # when the reply was written
    assert items[2]["created_at"] == at(9, 2).isoformat()
    silence = bot.app.store.events(items[2]["id"])[-1]
    assert silence["action"] == "confirmed_by_silence" and silence["at"] == "2024-09-02T18:00:00+08:00"


def test_a_second_backfill_and_the_daemon_change_nothing(bot):
    archive(bot)
    backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW)
    before = [dict(i) for i in bot.items()]
    again = backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW + timedelta(hours=1))
    assert (again.read, again.handled, again.already) == (5, 0, 5)
    assert bot.items() == before
    assert bot.app.store.db["meetings"].count == 2 and bot.app.store.db["messages"].count == 5


def test_with_keep_open_chasing_starts_from_now_on(bot):
    archive(bot)
    backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW, keep_open=True)
    bot.tick(NOW)                                                          # the daemon's first pass after the import
    purposes = outbox_purposes(bot)
    assert "recap" not in purposes and "window_result" not in purposes and "invite" not in purposes
    chased = [m for m in bot.sent() if "逾期" in m["Subject"] and m["To"].addresses[0].username == "liqiang"]
    assert len(chased) == 1                                                 # today's chase, none owed for September
    bot.tick(NOW + timedelta(minutes=5))
    assert len(outbox_purposes(bot)) == len(purposes)                       # and once a day, as for any item


def test_a_maildir_copied_in_any_order_is_read_in_date_order(bot):
    archive(bot, mails=list(reversed(ARCHIVE)))                             # file times newest first
    backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW, keep_open=True)
    assert [i["status"] for i in bot.items(1)] == ["done", "disputed", "confirmed"]


def test_since_skips_older_mail(bot):
    archive(bot)
    result = backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW, since=date(2024, 10, 1))
    assert (result.older, result.handled) == (4, 1)
    assert [m["title"] for m in bot.app.store.db["meetings"].rows] == ["十月项目例会"]


def test_a_reply_whose_minutes_come_with_a_later_backfill_still_counts(bot):
    archive(bot)
    backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW, since=date(2024, 9, 3))   # minutes left out
    assert bot.app.store.db["meetings"].count == 1                          # October only
    wider = backfill(bot.app, connect_inbox(bot.config, "Archive"), now=NOW, keep_open=True)
    assert (wider.handled, wider.already) == (3, 2)                         # September, its objection, the reply again
    assert [i["status"] for i in bot.items(2)] == ["done", "disputed", "confirmed"]


def test_progress_bar_on_a_terminal_and_counts_elsewhere():
    class Terminal(io.StringIO):
        def isatty(self):
            return True
    bar, plain = Terminal(), io.StringIO()
    for out, tty in ((bar, True), (plain, False)):
        progress = Progress(out, tty=tty, width=10)
        progress.start(200)
        for done in range(1, 201):
            progress.step(done)
        progress.finish(200)
    assert "\r" in bar.getvalue() and bar.getvalue().rstrip().endswith("[##########] 200/200 100%")
    assert "[#####-----] 100/200  50%" in bar.getvalue()
    assert plain.getvalue().splitlines() == ["backfill: 200 message(s) to read", "backfill: 100/200 read",
                                             "backfill: 200/200 read", "backfill: 200 read"]


def test_the_command(bot, capsys, caplog):
    archive(bot)
    config = str(bot.root / "minutebot.toml")
    caplog.set_level("INFO", logger="minutebot.admin.backfill")
    assert main(["--config", config, "backfill", "--folder", "Archive", "--since", "2024-09-01"]) == 0
    captured = capsys.readouterr()
    assert "5 handled" in captured.out and "no mail queued" in captured.out
    assert "backfill: 5 message(s) to read" in captured.err                 # plain counts: stderr is no terminal
    assert len([r for r in caplog.records if r.name == "minutebot.admin.backfill"]) == 5
    assert main(["--config", config, "backfill", "--folder", "Archiv"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no Maildir folder 'Archiv'" in err and "Archive" in err


def test_an_imap_folder_is_read_in_place(dovecot, tmp_path, monkeypatch):
    from conftest import Bot
    bot = Bot(tmp_path)
    (bot.root / "minutebot.toml").write_text(textwrap.dedent(f"""
        [bot]
        address = "minutes@xinghe.cn"
        roster = "roster.csv"
        allowed_domains = ["xinghe.cn"]
        [inbox]
        url = "imap://bot@127.0.0.1:{dovecot.port}/INBOX"
        password_env = "TEST_IMAP_PASSWORD"
        """) + bot.store_section, encoding="utf-8")
    for name, value in BOT_ENV.items():
        monkeypatch.setenv(name, value)
    dovecot.client().create_folder("会议纪要")
    for _, raw in ARCHIVE:
        dovecot.append(raw, folder="会议纪要")
    uids = dovecot.uids("会议纪要")
    assert main(["--config", str(bot.root / "minutebot.toml"), "backfill", "--folder", "会议纪要"]) == 0
    assert bot.app.store.db["messages"].count == 5 and outbox_purposes(bot) == []
    assert dovecot.uids("会议纪要") == uids                                  # nothing moved
    bot.app.close()
