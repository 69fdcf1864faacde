"""Reply structures the twenty-second and twenty-third blind sets (replies22, replies23, issue #14) found missing, each
tried on variants it does not hold beside the counterparts that must change nothing: work put where it goes and
reported so ('已经放到 FTP /release/ 了', '已上传到共享盘了') is done, while '已推到下周' still asks to move a day; an
object longer than sixteen characters between 已 and 了 still closes the clause; '这项算完成' counts the item done."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.message import hant
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2025, 11, 5, 10, 0, tzinfo=CST)          # Wednesday


def reply(text: str):
    found = parse_reply(hant.fold(text) if hant.is_traditional(text) else text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.new_due_date


@pytest.mark.parametrize("text", [
    "安装包已经放到共享盘 /release/2025-11/installer/ 了，麻烦测一下",
    "第2项：图纸已经上传到PLM系统里了",
    "固件已經部署到測試環境了",
    "第3项的报价我已经存到项目群文件里了",
])
def test_work_put_where_it_goes_and_reported_is_done(text):
    assert reply(text)[0] == "done"


@pytest.mark.parametrize("text, expected", [
    ("第2项已经推到下周五了", ("extend", [2], "2025-11-14")),
    ("第2项放到11月20日", ("extend", [2], "2025-11-20")),
    ("安装包放到共享盘哪个目录？", ("unknown", [], None)),
])
def test_a_day_after_the_move_word_still_asks_to_move_it(text, expected):
    intent, items, day = reply(text)
    assert (intent, items, day.isoformat() if day else None) == expected


@pytest.mark.parametrize("text, intent", [
    ("第3项：船期10月2日，S/O在嘉怡邮箱里，这项算完成。", "done"),
    ("第3项这个不算完成，还差报关资料。", "unknown"),
])
def test_a_writer_who_counts_the_item_done_reports_it_done(text, intent):
    assert reply(text)[0] == intent


@pytest.mark.parametrize("text, expected", [
    ("Item 3 is not right: the samples only leave Ningbo after the 20th, so the 12th is impossible for us.", ("object", [3])),
    ("#2's not correct, please correct the owner.", ("object", [2])),
    ("第4项不合理，模具还没到，周五出不了样。", ("object", [4])),
    ("Item 3 is done, that's right.", ("done", [3])),
])
def test_an_objection_without_the_word_object_is_an_objection(text, expected):
    assert reply(text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("第3项需要延期：供应商说模具要到节后才能修好。申请延期至11月20日。", ("extend", [3], "2025-11-20")),
    ("Item 2 needs more time: the lab only reopens next Monday. Please extend it to Nov 21.", ("extend", [2], "2025-11-21")),
    ("第3项需要延期：供应商的模具要到11月18日才能修好。", ("extend", [3], "2025-11-18")),
])
def test_the_day_asked_after_a_reason_beats_a_day_inside_the_reason(text, expected):
    intent, items, day = reply(text)
    assert (intent, items, day.isoformat() if day else None) == expected
