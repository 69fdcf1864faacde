"""`minutebot items` as an admin uses it: filters, and every format read back with the library that reads it."""
import csv
import io
import json
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from conftest import CST, MINUTES, mail
from minutebot.admin import export_formats, exports
from minutebot.cli import main


def reply(body, sender, recap, when):
    address = recap["Reply-To"].addresses[0].addr_spec
    return mail(body, subject="Re: 会议纪要", sender=sender, to=f"纪要助手 <{address}>", cc="",
                in_reply_to=recap["Message-ID"], date=when)


@pytest.fixture
def tracked(bot, now):
    """Product weekly (陈明, 产品部): item 1 done by 王芳, item 2 disputed by 李强, item 3 (采购部) confirmed by
    silence when the objection window closed."""
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    bot.drop(reply("第2项有异议：要等供应商的驱动", "李强 <liqiang@xinghe.cn>", recap, now + timedelta(minutes=20)))
    bot.drop(reply("第1项已完成", "王芳 <wangfang@xinghe.cn>", recap, now + timedelta(days=1)))
    bot.tick(now + timedelta(days=1, minutes=5))
    return bot


def select(bot, when, **filters):
    view = exports.View(bot.app.roster, bot.app.calendar, "zh", 2)
    return exports.select_items(bot.app.store, exports.Filters(**filters), view=view, now=when)


WED_16 = datetime(2024, 10, 16, 10, 0, tzinfo=CST)          # item 2 was due Tue 10-15 17:00


def test_status_filters(tracked):
    numbers = lambda rows: [r["number"] for r in rows]
    assert numbers(select(tracked, WED_16, status="all")) == [1, 2, 3]
    assert numbers(select(tracked, WED_16, status="open")) == [2, 3]
    assert numbers(select(tracked, WED_16, status="done")) == [1]
    assert numbers(select(tracked, WED_16, status="disputed")) == [2]
    assert numbers(select(tracked, WED_16, status="overdue")) == [2]
    assert numbers(select(tracked, WED_16 - timedelta(days=2), status="overdue")) == []


def test_owner_department_meeting_and_due_range_filters(tracked):
    numbers = lambda rows: [r["number"] for r in rows]
    assert numbers(select(tracked, WED_16, status="all", owner="LiQiang@xinghe.cn")) == [2]
    assert numbers(select(tracked, WED_16, status="all", owner="王芳")) == [1]
    assert numbers(select(tracked, WED_16, status="all", department="研发部")) == [2]
    assert numbers(select(tracked, WED_16, status="all", department="产品部")) == [1, 2, 3]   # the organizer's
    assert numbers(select(tracked, WED_16, status="all", meeting=1)) == [1, 2, 3]
    assert numbers(select(tracked, WED_16, status="all", meeting=2)) == []
    assert numbers(select(tracked, WED_16, status="all", since=date(2024, 10, 13))) == [2]
    assert numbers(select(tracked, WED_16, status="all", until=date(2024, 10, 12))) == [1]
    assert numbers(select(tracked, WED_16, status="all", since=date(2024, 10, 12), until=date(2024, 10, 15))) == [1, 2]


def test_rows_say_how_late_and_what_is_at_risk(tracked):
    first, second, third = select(tracked, WED_16, status="all")
    assert first["progress"] == "已完成" and first["done_at"].startswith("2024-10-11")
    assert second["overdue"] and second["overdue_workdays"] == 1
    assert second["progress"] == "有异议，逾期1个工作日"
    assert "有异议：要等供应商的驱动" in second["risk"] and "每个工作日催办" in second["risk"]
    assert third["risk"] == "未指定负责人，截止时间不明确（尽快）" and not third["overdue"]
    assert third["progress"] == "已确认"                                    # by silence at the objection deadline
    assert second["organizer_department"] == "产品部" and second["department"] == "研发部"
    assert [e["action"] for e in second["history"]] == ["item_created", "object"]


def test_table_colours_only_when_asked(tracked):
    rows = select(tracked, WED_16, status="all")
    plain, coloured = io.StringIO(), io.StringIO()
    export_formats.write_table(rows, plain)
    export_formats.write_table(rows, coloured, color=True)
    assert "\x1b[" not in plain.getvalue()
    lines = plain.getvalue().splitlines()
    assert lines[0].split() == ["会议", "序号", "事项", "负责人", "部门", "截止", "状态", "逾期"]
    assert "已逾期" in lines[2] and lines[2].rstrip().endswith("1")          # item 2: overdue by one working day
    assert "\x1b[31;1m已逾期" in coloured.getvalue() and "\x1b[32m已完成" in coloured.getvalue()
    positions = {export_formats.width(line[:line.index(word)]) for line, word in zip(lines, ("状态", "已完成", "已逾期"))}
    assert len(positions) == 1                                              # CJK-aware: the columns line up


def test_every_format_through_the_command(tracked, tmp_path, capsys):
    config = str(tracked.root / "minutebot.toml")
    assert main(["--config", config, "items", "--status", "all", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["task"] for r in rows] == ["提交活动方案终稿", "完成样机固件升级", "确认物料报价"]
    assert rows[1]["history"][1]["action"] == "object"

    assert main(["--config", config, "items", "--status", "all", "--format", "csv", "-o", str(tmp_path / "i.csv")]) == 0
    raw = (tmp_path / "i.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                                # Excel reads the Chinese as UTF-8
    records = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["number"], r["status"], r["department"]) for r in records] == \
        [("1", "done", "市场部"), ("2", "disputed", "研发部"), ("3", "confirmed", "采购部")]

    assert main(["--config", config, "items", "--department", "研发部", "--format", "csv"]) == 0
    assert [r["task"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["完成样机固件升级"]


def test_xlsx_follows_the_tracking_table(tracked, tmp_path):
    path = tmp_path / "items.xlsx"
    assert main(["--config", str(tracked.root / "minutebot.toml"), "items", "--status", "all", "--format", "xlsx",
                 "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "跨部门协作事项跟踪表"
    header = [c.value for c in sheet[2]]
    assert header[:10] == ["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划开始时间", "计划完成时间",
                           "实际完成时间", "进展情况", "风险点及应对措施"]
    assert header[10:] == ["所属会议", "状态记录"]
    rows = [dict(zip(header, (c.value for c in line))) for line in sheet.iter_rows(min_row=3)]
    assert [r["序号"] for r in rows] == [1, 2, 3]
    first, second, third = rows
    assert (first["事项名称"], first["发起部门"], first["协作部门"], first["责任人"]) == ("提交活动方案终稿", "产品部", "市场部", "王芳")
    assert first["计划完成时间"] == datetime(2024, 10, 12, 18, 0)          # a real date cell, default due time
    assert first["实际完成时间"].date() == date(2024, 10, 11)
    assert second["计划完成时间"] == datetime(2024, 10, 15, 17, 0)
    assert second["风险点及应对措施"].startswith("有异议：要等供应商的驱动")
    assert third["计划完成时间"] == "尽快" and third["责任人"] == "（未指定）" and third["协作部门"] == "采购部"
    assert "创建" in first["状态记录"] and "完成 王芳" in first["状态记录"]              # the roster name, not the address
    assert first["所属会议"].startswith("产品周会")
    history = book["变更记录"]
    changes = [[c.value for c in line] for line in history.iter_rows(min_row=2)]
    assert [(c[0], c[5]) for c in changes] == [(1, "创建"), (1, "完成"), (2, "创建"), (2, "提出异议"), (3, "创建"),
                                             (3, "视为无异议")]


def history_sheet(path):
    sheet = openpyxl.load_workbook(path)["变更记录"]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, (c.value for c in line))) for line in sheet.iter_rows(min_row=2)]


def test_xlsx_without_status_holds_the_whole_meeting_and_says_each_change_in_words(tracked, tmp_path):
    path = tmp_path / "whole.xlsx"
    assert main(["--config", str(tracked.root / "minutebot.toml"), "items", "--format", "xlsx", "-o", str(path)]) == 0
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[c.value for c in line] for line in sheet.iter_rows(min_row=3)]
    assert [r[1] for r in rows] == ["提交活动方案终稿", "完成样机固件升级", "确认物料报价"]   # the done item too
    assert rows[0][7].date() == date(2024, 10, 11)                                     # so 实际完成时间 is filled
    changes = history_sheet(path)
    created, done = changes[0], changes[1]
    assert (done["操作人"], done["动作"], done["原值"]) == ("王芳", "完成", "状态：待确认")
    assert done["新值"] == "状态：已完成；进度：100%；完成时间：2024-10-11 15:10"
    assert (created["操作人"], created["原值"]) == ("系统", None)                  # an empty cell
    assert created["新值"] == "事项：提交活动方案终稿；负责人：王芳；部门：市场部；截止：2024-10-12 18:00"
    objection = changes[3]
    assert (objection["操作人"], objection["原值"], objection["新值"]) == \
        ("李强", "状态：待确认", "状态：有异议；说明：要等供应商的驱动")
    silence = changes[5]
    assert (silence["操作人"], silence["原值"], silence["新值"]) == ("系统", "待确认", "已确认")
    assert not any("{" in (c["原值"] or "") + (c["新值"] or "") or "@" in (c["操作人"] or "") for c in changes)
    assert main(["--config", str(tracked.root / "minutebot.toml"), "items", "--status", "open", "--format", "xlsx",
                 "-o", str(path)]) == 0                                             # an explicit filter still filters
    assert [c.value for c in openpyxl.load_workbook(path).worksheets[0]["B"][2:]] == ["完成样机固件升级", "确认物料报价"]


def test_history_words_in_english_and_for_a_changed_deadline():
    from minutebot.admin.export_words import change_words
    assert change_words('{"status": "disputed", "note": "waiting"}', "en") == "status: disputed; note: waiting"
    moved = '{"due_date": "2024-10-20", "due": "2024-10-20T17:00:00+08:00", "flags": [], "note": "驱动晚到"}'
    assert change_words(moved, "zh") == "截止：2024-10-20 17:00；说明：驱动晚到"
    assert change_words('{"due_date": "2024-10-20"}', "zh") == "截止：2024-10-20"
    assert change_words('{"percent": 60}', "en") == "progress: 60%"
    assert change_words("cancelled", "zh") == "已取消" and change_words(None, "zh") == ""
    assert change_words("{not json", "en") == "{not json"


def test_rows_read_in_small_batches_are_the_rows_read_at_once(tracked, monkeypatch):
    whole = select(tracked, WED_16, status="all")
    monkeypatch.setattr(exports, "BATCH", 2)                 # meetings and history fetched per batch of two
    assert select(tracked, WED_16, status="all") == whole
    assert [r["history"][0]["action"] for r in whole] == ["item_created"] * 3


def test_a_csv_without_history_still_names_an_extension(tracked, now):
    """CSV and table rows read only an item's extensions (the one change their risk line names), not its history."""
    recap = tracked.sent()[0]
    tracked.drop(reply("第3项延期至10月25日", "陈明 <chenming@xinghe.cn>", recap, now + timedelta(days=1, hours=1)))
    tracked.tick(now + timedelta(days=1, hours=1, minutes=5))
    view = exports.View(tracked.app.roster, tracked.app.calendar, "zh", 2)
    full, brief = (list(exports.iter_items(tracked.app.store, exports.Filters("all"), view=view, now=WED_16,
                                           history=history)) for history in (True, False))
    assert [r["risk"] for r in brief] == [r["risk"] for r in full]
    assert "已延期至2024-10-25" in full[2]["risk"]
    assert [e["action"] for e in brief[2]["history"]] == ["extend"]
    assert len(full[2]["history"]) > 1
