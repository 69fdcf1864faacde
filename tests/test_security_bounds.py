"""Hostile long lines cost a bounded amount of work: each line read as minutes stops at max_line_chars, the text at
max_minutes_chars, and the 参会人员 line is read without a look-up per name already found (issue 16, point 3).

No timing here: each test checks that the reading was cut where the limit says, and that what comes before the cut
is still read. benches/bench_fuzz.py measures the time and memory of the same mails against the 1 s / 100 MB budget.
"""
from zoneinfo import ZoneInfo

import pytest

from conftest import MINUTES, ROSTER, mail
from hostile import PATHOLOGICAL, long_dates, long_participants, url_flood
from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.limits import Limits
from parsers.minutes.owning.people import Roster

PEOPLE = Roster.from_csv_text(ROSTER)


def read(raw: bytes, limits: Limits = Limits()):
    return parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=PEOPLE, calendar=WorkdayCalendar(),
                         bot_address="minutes@xinghe.cn", limits=limits)


@pytest.mark.parametrize("build, cut_by", [
    (long_participants, "max_line_chars"),
    (url_flood, "max_line_chars"),
    (long_dates, "max_minutes_chars"),
])
def test_a_hostile_long_text_is_read_only_up_to_its_limit(build, cut_by):
    parsed = read(build())
    assert any(f"({cut_by})" in warning for warning in parsed.warnings), parsed.warnings
    assert parsed.kind == "minutes" and parsed.items[0].owner.name == "王芳"      # what comes first is still read


def test_the_hostile_long_texts_are_benchmarked():
    for name in ("参会人员 line of 1 MB", "http://a.b/ x 350,000 on one line", "3,000 items with long dates"):
        assert name in PATHOLOGICAL


def test_a_long_participant_line_is_read_up_to_max_line_chars():
    """Names past the cut are not read, those before it are, each once."""
    names = "、".join(f"张{chr(0x4e00 + n)}{chr(0x4e01 + n)}" for n in range(3000))          # 3 characters + 、each
    parsed = read(mail(MINUTES.replace("参会人员：陈明、王芳、李强", "参会人员：陈明、王芳、" + names)))
    people = parsed.meeting.participants
    assert len(people) == len(set(people))
    assert 100 < len(people) <= Limits().max_line_chars // 4 + 2
    assert people[:2] == tuple(p for p in people if p.email in ("chenming@xinghe.cn", "wangfang@xinghe.cn"))


def test_a_participant_named_again_is_listed_once():
    """王芳 is in the roster with a department: named three times (once by her alias) she is one participant."""
    parsed = read(mail(MINUTES.replace("参会人员：陈明、王芳、李强", "参会人员：陈明、王芳、李强、王芳、Wendy")))
    assert [p.email for p in parsed.meeting.participants] == [
        "chenming@xinghe.cn", "wangfang@xinghe.cn", "liqiang@xinghe.cn"]


def test_line_and_text_limits_are_the_callers_to_choose():
    line = "1. 王芳：提交活动方案终稿，10月12日前，" + "备注" * 200
    [item] = read(mail(f"会议纪要\n待办事项：\n{line}\n"), Limits(max_line_chars=30)).items
    assert item.task.startswith("提交活动方案终稿") and len(item.task) < 30 and item.due_date is not None
    many = "会议纪要\n待办事项：\n" + "".join(f"{n}. 王芳：提交第{n}版方案，10月12日前\n" for n in range(1, 41))
    assert len(read(mail(many)).items) == 40
    cut = read(mail(many), Limits(max_minutes_chars=300))
    assert 1 <= len(cut.items) < 40 and any("(max_minutes_chars)" in w for w in cut.warnings)
