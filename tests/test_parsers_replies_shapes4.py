"""Reply shapes of the replies9 misses (issue 14), each rule beside variants it was not written from and a negative:
a part of the item done and the whole at a percent ('… - about 70% overall', '整体大概40%'), a vague day restated
exactly in the next clause ('延期到节后，2月25日前'), an extension word ending its clause and a day promised later in
the sentence ('可能要延期，要等…，最晚4月22日给结论')."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.naming import items_named
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
BEFORE_HOLIDAY = datetime(2026, 9, 29, 10, 0, tzinfo=CST)   # Tuesday; National Day 2026 is off 10-01..10-07
CALENDAR = WorkdayCalendar()


def reply(text, sent=SENT):
    found = parse_reply(text, sent, CALENDAR)
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text, expected", [
    ("Item 1: the HU version is finished, the EN translation is with the technical writer - about 70% overall.",
     ("progress", [1], 70, None)),                                                         # replies9 2013
    ("Item 2: slides are finished, the handout is not - around 70% overall.", ("progress", [2], 70, None)),
    ("#4 — first batch shipped; 50% in total.", ("progress", [4], 50, None)),
    ("第1项：数据采完了，报告还在写，总体上大约60%。", ("progress", [1], 60, None)),
    ("第3項：圖紙畫好了，整體差不多80%", ("progress", [3], 80, None)),
    ("第3项已完成，整体合格率99%。", ("done", [3], None, None)),                              # a measurement
    ("Item 1 is finished, overall 90% of users approved it.", ("done", [1], None, None)),
])
def test_a_part_done_and_the_whole_at_a_percent_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第2项延期到节后，10月9日前。", ("extend", [2], None, "2026-10-09")),
    ("Can we move item 5 to after the holiday, i.e. 10 October?", ("extend", [5], None, "2026-10-10")),
    ("第4項延到下個月，11月3日前吧。", ("extend", [4], None, "2026-11-03")),
    ("第3项延期到节后，10月1日起工厂放假。", ("extend", [3], None, "2026-10-08")),              # the clause is a reason
])
def test_a_vague_day_restated_exactly_in_the_next_clause_is_the_exact_day(text, expected):
    assert reply(text, BEFORE_HOLIDAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("第2项可能要延期，等客户确认，最晚10月20日给。", ("extend", [2], None, "2026-10-20")),
    ("I'm afraid item 4 needs an extension; the supplier is late, we'll send it by 23 October.",
     ("extend", [4], None, "2026-10-23")),
    ("第5項恐怕得延期，設備還沒到，最遲10月30日交。", ("extend", [5], None, "2026-10-30")),
    ("第1项可能要延期，因为客户10月20日才回复。", ("extend", [1], None, None)),                 # inside a reason
    ("第1项可能要延期，我问问客户，明天答复。", ("extend", [1], None, None)),                   # an answer promised
])
def test_a_day_promised_after_a_bare_extension_word_is_the_ask(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, tasks, named", [
    ("隔膜抽检做完了，3批都合格，报告明天发群里。", {3: "来料隔膜批次抽检（3批）", 5: "跟进隔膜供应商8D整改回复"}, (3,)),  # 2005
    ("合同审核好了，法务没意见。", {1: "签订供货合同", 2: "审核供货合同条款"}, (2,)),
    ("樣品檢測報告改好了", {4: "样品送检", 6: "修改样品检测报告"}, (6,)),
    ("隔膜那个搞定了", {3: "来料隔膜批次抽检（3批）", 5: "跟进隔膜供应商8D整改回复"}, (3, 5)),          # a tie: ask
])
def test_the_topic_word_shared_by_two_items_names_the_one_sharing_more(text, tasks, named):
    assert items_named(text, tasks) == named


@pytest.mark.parametrize("text, second", [
    ("第1项已完成，另外申请延期", ("extend", ())),                 # a new matter: which item is asked
    ("第1項已完成，此外想申請延期", ("extend", ())),
    ("Item 1 is done; apart from that, can we extend?", ("extend", ())),
    ("Item 1 is done and I need more time on another one.", ("extend", ())),
    ("第1项已完成，申请延期到10月20日", ("extend", (1,))),           # no new matter: the item before
])
def test_another_matter_takes_no_item_from_the_command_before(text, second):
    commands = parse_reply(text, SENT, CALENDAR).commands
    assert (commands[0].intent, commands[0].items) == ("done", (1,))
    assert (commands[1].intent, commands[1].items) == second
