"""Reply shapes of the replies12 misses (issue 14), each rule beside variants it was not written from and negatives:
any verb in the perfective before a percent says where the work stands ('退款工单清了98%'), unless the verb moves a
figure ('涨了5%', '省了20%')."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply
from parsers.replies.splitters import split_inline_attribution

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday


def reply(text):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent


@pytest.mark.parametrize("text, expected", [
    ("退款工单清了98%，还剩3单客户一直没回电话", ("progress", [], 98)),
    ("报关单录了60%，剩下的明天补", ("progress", [], 60)),
    ("旧库存卖了约40%，剩下的下周清", ("progress", [], 40)),
    ("第2項樣書校了85%。", ("progress", [2], 85)),
    ("价格涨了5%，我们再看看", ("unknown", [], None)),                                  # a figure that moved
    ("这次省了20%的运费", ("unknown", [], None)),
    ("退货率高了3%", ("unknown", [], None)),
])
def test_any_verb_in_the_perfective_before_a_percent_is_progress(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第2项供应商名单已定。此项关闭。", ("done", [2], None)),
    ("第4項樣書已寄出。該項可以關了。", ("done", [4], None)),
    ("第2项可以销项了", ("done", [2], None)),
    ("Item 3: courier booked. This one is done.", ("done", [3], None)),
    ("第2项先不要关闭，等客户回复", ("unknown", [2], None)),                  # a request not to close
    ("这项还不能关", ("unknown", [], None)),
])
def test_an_item_closed_by_its_writer_is_done_and_this_item_points_back(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("运费报价确认下来了，见共享盘。", ("done", [], None)),
    ("第1项的预算批下来了", ("done", [1], None)),
    ("价格还没定下来", ("unknown", [], None)),
])
def test_a_thing_settled_with_xialai_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Should-cost model is about 70% there, still waiting on freight quotes.", ("progress", [], 70)),
    ("May 5 lot is 80% done.", ("progress", [], 80)),
    ("Should we move item 2 to Friday?", ("extend", [2], None)),                    # a real question, a request
])
def test_an_auxiliary_in_a_compound_or_a_month_opens_no_question(text, expected):
    assert reply(text)[:2] == expected[:2] and reply(text)[2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    ("包装稿确认没问题了，上午已跟印厂对完，这项可以关了。", ("done", [], None)),
    ("Checked with the lab, all fine - this one can be closed, done.", ("done", [], None)),
    ("确认，谢谢。", ("confirm", [], None)),
])
def test_a_confirm_naming_no_item_beside_a_done_naming_none_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("确认，各项按表执行。纪要助手 <minutes+r6b@ex.cn> 于2025年10月27日周一 18:10写道：",
     ["确认，各项按表执行。", "纪要助手 <minutes+r6b@ex.cn> 于2025年10月27日周一 18:10写道："]),
    ("第2项搞定了！Mia Chen <mia@ex.cn> 于2025年10月27日周一 18:10写道：",
     ["第2项搞定了！", "Mia Chen <mia@ex.cn> 于2025年10月27日周一 18:10写道："]),
    ("请联系王芳，邮箱 <wf@ex.cn> 于周一前回复：", ["请联系王芳，邮箱 <wf@ex.cn> 于周一前回复："]),   # no attribution
])
def test_a_gmail_zh_attribution_right_after_the_replys_last_stop_is_cut_there(line, expected):
    assert split_inline_attribution(line) == expected


@pytest.mark.parametrize("text, expected", [
    ("we do not agree with the deadline of item 1. The revised plan needs the new spec first.", ("object", [1], None)),
    ("We object to the proposed owner for #3 - Lisa is on leave.", ("object", [3], None)),
    ("I object to item 2: the date is too tight for the lab of item 4.", ("object", [2], None)),   # item 4: the reason
])
def test_an_objection_to_what_of_an_item_names_that_item(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("样衣那个下周三才能寄，面料还差一色。", ("extend", [], "2026-10-21")),
    ("第2项10月20日才能交", ("extend", [2], "2026-10-20")),
    ("第2项今天才能开始弄", ("unknown", [2], None)),                                  # a start, not a later due
    ("第3项要等客户确认后才能寄", ("unknown", [3], None)),                              # a condition, no day
    ("样衣周五才能到，到了我再确认", ("unknown", [], None)),                           # an input arriving
    ("这样才能保证质量", ("unknown", [], None)),
    ("第2项进度60%，剩下的周一才能装完", ("progress", [2], None)),                    # beside a command: a forecast
])
def test_a_day_right_before_cai_neng_puts_the_work_off_to_that_day(text, expected):
    found = parse_reply(text, SENT, WorkdayCalendar())
    due = found.new_due_date.isoformat() if found.new_due_date else None
    assert (found.intent, list(found.items), due) == expected
