"""Reply structures the blind set replies28 (issue #14) found missing, each tried on variants it does not hold beside
the counterparts that must change nothing: work reported after the writer says it cannot be finished in time is the
reason for the extension asked next, not a done ('…今天交不了，供应商昨天才把数据发过来了，申请顺延…'); a share written
after any work verb in the perfective ('初稿写了一半', '说明书翻译了七成') is progress, not time or money used up ('时间过了
一半', '预算用了一半') nor 'past half' ('改了一半多'); a confirmation the writer still needs time for ('需要多一点时间确认')
is no confirm; and a reply typed onto the attribution line of a plain part, which the HTML part sets apart from the
quote block, keeps its words."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 6, 10, 10, 0, tzinfo=CST)          # a Wednesday, the week before Dragon Boat (Jun 19-21)


def reply(text: str):
    found = parse_reply(text, SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date and found.new_due_date.isoformat()


@pytest.mark.parametrize("text, expected", [
    ("第3项这周做不完，模具昨天才到货了，申请延期到下周五。", ("extend", [3], None, "2026-06-19")),
    ("第2项报价单今天交不了，供应商的数据昨天才发过来了，申请顺延到6月15日。", ("extend", [2], None, "2026-06-15")),
    ("第1项来不及，样品上周已经寄出了但卡在海关，申请延期至6月17日", ("extend", [1], None, "2026-06-17")),
])
def test_work_told_after_saying_it_cannot_be_finished_is_the_reason_for_the_extension(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("第4项赶不上了。", "unknown"),                              # no request: nothing to apply
    ("第2项已经校准了，周五前出报告。", "done"),                  # no inability: the report stands
])
def test_without_both_an_inability_and_a_request_a_report_stays_what_it_was(text, expected):
    assert reply(text)[0] == expected


@pytest.mark.parametrize("text, percent", [
    ("初稿写了一半，其他章节本周收尾。", 50),
    ("说明书翻译了七成", 70),
    ("第2项测了三分之二", 67),
    ("WMS规则这块改了一半多，冷藏区还在测，整体进度60%左右。", 60),
])
def test_a_share_after_a_work_verb_in_the_perfective_is_progress(text, percent):
    intent, _, got, _ = reply(text)
    assert (intent, got) == ("progress", percent)


@pytest.mark.parametrize("text", ["时间过了一半", "预算用了一半", "价格降了一半", "第1项少了一半", "第1项完成了一半多"])
def test_a_share_used_up_or_past_half_is_no_figure(text):
    assert reply(text)[2] is None


@pytest.mark.parametrize("text, expected", [
    ("需要多一点时间确认。", "unknown"),
    ("给我们一点时间确认一下", "unknown"),
    ("這部分我們工廠需要多一點時間確認，第2項延後到下週三前提供可以嗎？", "extend"),
    ("确认，没问题", "confirm"),
    ("会议时间确认", "confirm"),
])
def test_a_confirmation_the_writer_still_needs_time_for_is_no_confirm(text, expected):
    assert reply(text)[0] == expected


QUOTED = "\n".join(["", "> 各位好：", ">", "> | 序号 | 事项 | 负责人 | 截止时间 |", "> | 2 | 提交样品清单 | 林志鹏 | 2026-06-12 |"])
HTML = ('<div dir="ltr">{}<div class="gmail_quote"><span class="gmail_attr">纪要助手 &lt;minutes@x.cn&gt; 于2026年6月10日周三 '
        '09:33写道：</span><blockquote class="gmail_quote"><div>各位好：</div></blockquote></div></div>')


def test_words_typed_onto_the_attribution_line_are_kept_from_the_html_quote_block():
    said = "第2项已完成，样品清单下午发林工"
    plain = said + "纪要助手 <minutes@x.cn> 于2026年6月10日周三 09:33写道：\n" + QUOTED
    assert new_text(plain, HTML.format(said)) == said
    assert parse_reply(new_text(plain, HTML.format(said)), SENT, WorkdayCalendar()).intent == "done"


def test_a_plain_part_with_its_own_words_is_still_read_before_the_html():
    plain = "第2项已完成\n\n纪要助手 <minutes@x.cn> 于2026年6月10日周三 09:33写道：\n" + QUOTED
    assert new_text(plain, HTML.format("第2项已完成 ")) == "第2项已完成"
