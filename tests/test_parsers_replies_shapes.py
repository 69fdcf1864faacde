"""Reply shapes of the replies6 misses (issue 14), each rule beside a variant it was not written from and a negative:
a name-first attribution after the reply on one line, labels and topics, a percent in a labelled paragraph, a day
named after a span, delivery verbs, a step done inside an item at a percent, the deliverable attached, an item named
in one sentence and the verdict in the next."""
from datetime import date, datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.named_date import named_after
from parsers.replies.overall import delivered
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply
from parsers.replies.splitters import split_inline_attribution

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
CALENDAR = WorkdayCalendar()


def reply(text):
    found = parse_reply(text, SENT, CALENDAR)
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("line, head", [
    ("第1项已经弄好了，图片都传上去了 纪要助手 <minutes@senya.example.cn> 于2026年5月6日周三 15:10写道：",
     "第1项已经弄好了，图片都传上去了"),
    ("第2項已完成 紀要助手 <minutes@x.cn> 於 2025年4月24日 週四 上午10:05寫道：", "第2項已完成"),
    ('确认，没问题 "纪要助手" <minutes@x.cn> 于2025年4月24日 10:05写道：', "确认，没问题"),
    ("Item 4 is at 70% now 纪要助手 <minutes@x.cn> 于2025年4月24日周四 10:05写道：", "Item 4 is at 70% now"),
    ("Item 4 is done 2025년 4월 24일 (목) 오전 10:05, 纪要助手 <minutes@x.cn>님이 작성:", "Item 4 is done"),
    ("第1项已完成 2025年4月24日(木) 10:05 纪要助手 <minutes@x.cn>:", "第1项已完成"),
])
def test_a_reply_typed_before_a_name_first_attribution_is_split_off_at_the_name(line, head):
    assert split_inline_attribution(line)[0] == head


@pytest.mark.parametrize("line", [
    "纪要助手 <minutes@x.cn> 于2025年4月24日周四 10:05写道：",             # the attribution alone: nothing before it
    "请把第2项发给 王芳 <wangfang@x.cn> 于周五前确认",                      # no quote verb and colon at the end
    '在 2024-10-11 18:06:00，"纪要助手" <m@x.cn> 写道：',                   # the year after the attribution's own 在
    "2025년 4월 24일 (목) 오전 10:05, 纪要助手 <minutes@x.cn>님이 작성:",
])
def test_a_line_that_is_no_reply_plus_attribution_stays_whole(line):
    assert split_inline_attribution(line) == [line]


def test_the_new_text_of_a_reply_on_the_attribution_line():
    plain = ("第5项整理好了 纪要助手 <minutes@x.cn> 于2025年4月24日周四 10:05写道：\n\n> 各位好，\n> | 5 | 整理客户反馈 | 陈喆 |\n"
             "> 回复“确认”“第N项已完成”即可。\n")
    assert new_text(plain) == "第5项整理好了"


@pytest.mark.parametrize("text, expected", [
    ("For item 3 – the free zone office wants the lease first. Could we extend it to October 20?",
     ("extend", [3], None, date(2026, 10, 20))),
    ("Regarding item 5 – two accounts are travelling. Can we push it to Oct 28?", ("extend", [5], None, date(2026, 10, 28))),
    ("关于第2项，总部的审批还没下来。申请延期到10月30日。", ("extend", [2], None, date(2026, 10, 30))),
    ("As for #3, the supplier signed today. All done.", ("done", [3], None, None)),
    ("On item 1 - the lab emailed the report. It's done.", ("done", [1], None, None)),
    ("Zu Punkt 3: der Lieferant hat heute unterschrieben. Erledigt.", ("done", [3], None, None)),
    ("Sobre el punto 5, los comentarios ya están en la wiki. Ya está listo.", ("done", [5], None, None)),
    ("第2项的话，渠道那边还在核对。申请延期到10月30日。", ("extend", [2], None, date(2026, 10, 30))),
])
def test_a_topic_label_names_the_items_of_its_paragraph(text, expected):
    assert reply(text) == expected


def test_a_topic_ends_at_the_paragraph():
    assert reply("Regarding item 5, see below.\n\nDone.")[1] == []


@pytest.mark.parametrize("text, item, percent", [
    ("#2 - answered 3 of the 5 negative reviews. I'd say we're at 60%.", 2, 60),
    ("#2 - 12 of the 17 distributors have it. I'd put it at 70%.", 2, 70),
    ("第4项：课件写了25页，配图还没做。目前60%左右。", 4, 60),
    ("Item 4: slides drafted, trainer booked.\nAbout 60% overall.", 4, 60),
])
def test_a_percent_in_a_labelled_paragraph_is_the_items_progress(text, item, percent):
    assert reply(text)[:3] == ("progress", [item], percent)


@pytest.mark.parametrize("text", ["Item 2: price list sent to all channels. Done. Margin is down 5% though.",
                                  "第2项已完成，渠道回收率80%。"])
def test_a_measured_percent_does_not_turn_done_into_progress(text):
    assert reply(text)[:2] == ("done", [2])


def test_a_count_after_a_labels_dash_is_no_range_of_items():
    assert reply("#2 - 12 of the 17 are updated.")[1] == [2]
    assert reply("Items 1 - 3 are done.")[:2] == ("done", [1, 2, 3])


@pytest.mark.parametrize("rest, expected", [
    (" two more days. You will have the report by Monday, 19 October at the latest.", date(2026, 10, 19)),
    ("两天，最晚10月23日交。", date(2026, 10, 23)),
    (" two more days - the lab is closed until Monday.", None),                 # a weekday the writer waits for
    ("2天，因为检测机构10月29日才出报告。", None),                               # a date inside a reason
    ("3天吧，培训室10月28号被占了。", None),                                     # a date nobody promised
    (" it to October 20", None),                                                  # no span: asked_date reads that
    ("两天，10月19日交。", date(2026, 10, 19)),                                    # promised by its verb
    (" 3 more days. Will send it on 22 October.", date(2026, 10, 22)),
])
def test_a_day_named_and_promised_after_a_span_wins(rest, expected):
    assert named_after(rest, SENT, CALENDAR) == expected


@pytest.mark.parametrize("text, span", [("第1项要多两天。", "两天"), ("第3项需要多2天，原因是样品还没到。", "2天")])
def test_a_span_said_with_duo_is_an_extension(text, span):
    found = parse_reply(text, SENT, CALENDAR)
    assert found.intent == "extend" and found.new_due_date is None and span in found.commands[0].reason


def test_the_named_day_is_the_extensions_new_date():
    text = "regarding item 2: the rig is booked until the 16th, so I need two more days. You will have it by 19 October."
    assert reply(text) == ("extend", [2], None, date(2026, 10, 19))


@pytest.mark.parametrize("text, items", [
    ("客诉US-0917已经回复客户了，回复内容见附件。", []),
    ("客户反馈已经答复各门店了。", []),
    ("新价格已经通知到所有经销商了。", []),
    ("1月货款已经结清了", []),
    ("I've replied to all five key accounts, item 5 can be closed.", [5]),
])
def test_a_delivery_verb_after_yijing_or_ive_is_done(text, items):
    assert reply(text)[:2] == ("done", items)


@pytest.mark.parametrize("text", ["请回复第2项的价格口径。", "回复内容见下文，第2项还在做"])
def test_a_request_to_reply_is_no_done(text):
    assert reply(text)[0] != "done"


@pytest.mark.parametrize("text, expected", [
    ("第1項的影片已經拍好，正在剪輯，大概完成了九成，週五前給你。", ("progress", [1], 90)),
    ("Item 4: the first half of the slides is finished, overall we're at 60%.", ("progress", [4], 60)),
    ("第5项门店反馈都收集好了，整理到七成了。", ("progress", [5], 70)),
    ("Item 1 done, 100% of samples passed.", ("done", [1], None)),
    ("第4项已完成，共培训32人，满意度95%。", ("done", [4], None)),
])
def test_a_step_done_inside_an_item_at_a_stated_percent_is_progress(text, expected):
    assert reply(text)[:3] == expected


@pytest.mark.parametrize("text, expected", [
    ("Please find attached the VOC test report for our lacquer (item 2).", True),
    ("Attached is the sample test report for item 1.", True),
    ("第1项的检测报告见附件。", True),
    ("第1项检测报告如附件，请查收。", True),
    ("Please see the attached test report for item 1.", True),
    ("I'm attaching the final price list for item 2.", True),
    ("附件是第4项课件的初稿，请问格式可以吗？", False),
    ("已完成的部分见附件", False),
    ("Attached the draft slides for item 4.", False),
    ("Thanks, I will look at it.", False),
])
def test_the_deliverable_handed_over(text, expected):
    assert delivered(text) is expected


def test_a_reply_that_hands_over_the_deliverable_is_done_and_one_with_a_percent_is_progress():
    assert reply("Please find enclosed the updated price list (item 2).")[:2] == ("done", [2])
    assert reply("Attached the draft slides for item 4, we're at 50%.")[:3] == ("progress", [4], 50)


@pytest.mark.parametrize("text, expected", [
    ("收到。\n第1项明天上午提交。没问题。", ("confirm", [1])),
    ("Item 3 will be signed on Monday. Confirmed.", ("confirm", [3])),
    ("承知しました。\n第1項は明日提出します。問題ありません。", ("confirm", [1])),
    ("議事録の件、承知いたしました。\n第1項は12月8日までに提出いたします。問題ございません。", ("confirm", [1])),
    ("Peggy, item 3 will slip - the data came in today. Can I have until Thursday?", ("extend", [3])),
    ("第2项的报价还在等总部。其他都没问题。", ("confirm", [])),
    ("Item 1: samples went out. Item 2 is open. Done.", ("done", [])),
    ("第1项明天提交。\n\n没问题。", ("confirm", [])),
])
def test_an_item_named_in_one_sentence_is_the_subject_of_a_verdict_alone_in_the_next(text, expected):
    assert reply(text)[:2] == expected
