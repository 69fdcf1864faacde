"""Reply structures the thirteenth blind set (tests/data/replies13) found missing, each tried on variants it does not
hold (other words, the other script, another client), with negatives: a talk verb with a result complement (谈妥了,
敲定了, 已议定: the deal is made, so the item is done; not 还没谈好, 能谈好, 谈好了明天交, 说好了周五交); a question that
asks for a later date with 'make it' + a weekday, or with a Cantonese/English mix 'push 去 / 改去 + date'; and a bottom
post under a quote with no '>' marks, which ends at the bot's own sign-off line."""
from datetime import date, datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday


def reply(text):
    found = parse_reply(new_text(text), SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text, expected", [
    ("版权合同谈妥了", ("done", [], None, None)),
    ("第3项印刷报价已经谈好了，合同周三寄出", ("done", [3], None, None)),
    ("封面方案敲定了。", ("done", [], None, None)),
    ("封面方案已敲定", ("done", [], None, None)),
    ("第2項授權費談妥了，合約下週寄出", ("done", [2], None, None)),
    ("The 发行折扣 都议定了", ("done", [], None, None)),
    ("版权还没谈好", ("unknown", [], None, None)),                     # negated
    ("周五前能谈好", ("unknown", [], None, None)),                     # a forecast
    ("谈好了明天交", ("unknown", [], None, None)),                     # the clause goes on: a plan
    ("说好了周五交", ("unknown", [], None, None)),                     # an arrangement, not a result
    ("价格商量好了吗？", ("unknown", [], None, None)),                 # a question
])
def test_a_talk_verb_with_its_result_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Item 3: the printer is booked solid; can we make it next Wednesday?", ("extend", [3], None, date(2026, 10, 21))),
    ("Could we make it Thursday instead? The proofs are late.", ("extend", [], None, date(2026, 10, 15))),
    ("Can we make it on time?", ("unknown", [], None, None)),          # no date: no move
    ("We'll make it on Friday.", ("unknown", [], None, None)),         # a promise, not a question
    ("報價單可唔可以改去下星期五?", ("extend", [], None, date(2026, 10, 23))),
    ("Item 2 可唔可以 push 到 10月30号?", ("extend", [2], None, date(2026, 10, 30))),
    ("第3项 push 去 10月30日", ("extend", [3], None, date(2026, 10, 30))),
    ("我们 move 到会议室B", ("unknown", [], None, None)),               # a move without a date is no extension
])
def test_a_question_asking_for_a_later_date_is_an_extension(text, expected):
    assert reply(text) == expected


ZH_RECAP = ("------------------ 原始邮件 ------------------\n发件人: \"纪要助手\"<minutes@xinghe.example.cn>;\n"
            "发送时间: 2026年10月12日(星期一) 上午9:00\n收件人: \"王芳\"<wangf@xinghe.example.cn>;\n主题: 周会纪要\n\n"
            "| 序号 | 事项 | 负责人 | 截止时间 |\n| 1 | 与客户确认交期 | 王芳 | 2026-10-14 |\n"
            "| 2 | 向客户发送报价单 | 王芳 | 2026-10-16 |\n\n直接回复本邮件即可更新事项，例如：\n"
            "  确认 / 第2项有异议：原因… / 第1项已完成 / 第3项进度80% / 第2项延期至10月20日\n\n—— 纪要助手（自动发送）\n")
EN_RECAP = ("-----Original Message-----\nFrom: Minutes Bot <minutes@xinghe.example.cn>\nSent: Monday, October 12, 2026 9:00 AM\n"
            "To: Tom Becker <tom@brightmart.example.com>\nSubject: Weekly sync - minutes\n\n"
            "1. Send the updated price list to BrightMart - Tom Becker - Oct 16\n\n"
            "Reply to this mail to update an item, for example:\n"
            "  confirm / object to item 2: reason... / item 1 done / item 3 progress 80% / extend item 2 to Oct 20\n\n"
            "-- Minutes Bot (sent automatically)\n")


@pytest.mark.parametrize("body, words, expected", [
    ("\n" + ZH_RECAP + "\n第2项报价单发过去了。\n\n王芳\n", "第2项报价单发过去了。", ("done", [2], None, None)),
    (EN_RECAP + "\nItem 1 is 60% done.\n\nTom\n", "Item 1 is 60% done.", ("progress", [1], 60, None)),
    ("第1项确认。\n\n" + ZH_RECAP, "第1项确认。", ("confirm", [1], None, None)),   # a top post: the quote runs to the end
    ("\n" + ZH_RECAP, "", ("unknown", [], None, None)),                             # nothing written: nothing read
])
def test_a_bottom_post_under_an_unmarked_quote_is_read(body, words, expected):
    assert new_text(body).split("\n\n")[0] == words
    assert reply(body) == expected
