"""A reply that names its item by task words, not by number, changes that item only; one that changes nothing asks
its sender which item, or which date, in one line, once (real Maildir inbox and outbox, real SQLite file)."""
from datetime import timedelta

import pytest

from conftest import Bot, mail, text_of
from parsers.replies.naming import items_named
from test_handle import reply

MINUTES = """
各位好，以下是客户项目周会的会议纪要。

会议主题：客户项目周会
参会人员：陈明、王芳、李强

待办事项：
1. 王芳：向客户发送报价单，10月12日前
2. 王芳：更新预算表，10月15日前
3. 王芳：与供应商确认交期，10月16日前
4. 李强：完成样机固件升级，10月15日17:00前
"""
WANG, LI = "王芳 <wangfang@xinghe.cn>", "李强 <liqiang@xinghe.cn>"


def _recap(bot, now):
    bot.drop(mail(MINUTES))
    bot.tick(now)
    [recap] = bot.new_mail()
    return recap


@pytest.mark.parametrize("text, done", [("报价单那个已经发给客户了", 1), ("预算表搞定了", 2), ("交期和供应商确认好了，已完成", 3),
                                        ("預算表搞定了", 2), ("the quotation is sent", 1), ("the budget sheet is updated", 2),
                                        ("报价发了", 1)])
def test_the_task_named_is_the_item_changed(bot, now, text, done):
    recap = _recap(bot, now)
    bot.drop(reply(bot, text, WANG, recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    assert [i["number"] for i in bot.items() if i["status"] == "done"] == [done]
    [ack] = bot.new_mail()
    assert "已标记为完成" in text_of(ack)


def test_a_task_named_by_one_word_opening_the_sentence_is_moved(bot, now):
    recap = _recap(bot, now)
    bot.drop(reply(bot, "交期那件事延到10月25日", WANG, recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    assert [i["due_date"] for i in bot.items()] == ["2024-10-12", "2024-10-15", "2024-10-25", "2024-10-15"]


def test_no_number_and_no_task_words_asks_which_item_once(bot, now):
    recap = _recap(bot, now)
    bot.drop(reply(bot, "已完成", WANG, recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    assert all(i["status"] == "pending" for i in bot.items())
    [answer] = bot.new_mail()
    text = text_of(answer)
    assert "请问是哪一项？" in text and "第1项 向客户发送报价单" in text and "第3项 与供应商确认交期" in text
    assert "完成样机固件升级" not in text                     # not one of hers
    bot.tick(now + timedelta(minutes=20))
    assert bot.new_mail() == []


def test_the_senders_only_item_needs_no_number(bot, now):
    recap = _recap(bot, now)
    bot.drop(reply(bot, "已完成", LI, recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    assert [i["number"] for i in bot.items() if i["status"] == "done"] == [4]


def test_an_extension_without_a_date_asks_which_date(bot, now):
    recap = _recap(bot, now)
    bot.drop(reply(bot, "第4项申请延期", LI, recap, now + timedelta(minutes=5)))
    bot.tick(now + timedelta(minutes=10))
    assert bot.items()[3]["due_date"] == "2024-10-15"
    [answer] = bot.new_mail()
    assert "请问延期到哪一天？" in text_of(answer) and "第4项延期至" in text_of(answer)


def test_two_items_named_as_much_as_each_other_are_asked_about():
    tasks = {1: "向客户发送报价单", 2: "向客户发送样品报价单", 3: "更新预算表"}
    assert items_named("报价单发了", tasks) == (1, 2)
    assert items_named("已完成", tasks) == ()
    assert items_named("样品报价单已发", tasks) == (2,)
    assert items_named("the vendor one is done", {1: "Send the vendor quotes", 2: "Book the venue"}) == (1,)
    assert items_named("quotes sent", {1: "Send the vendor quote", 2: "Book the venue"}) == (1,)


def test_english_requests_move_the_due_date(bot, now):
    recap = _recap(bot, now)                                       # sent Thu 2024-10-10
    bot.drop(reply(bot, "Need two more days on item 4", LI, recap, now + timedelta(minutes=5)))
    bot.drop(reply(bot, "Could we move #2 to the 21st?", WANG, recap, now + timedelta(minutes=6)))
    bot.tick(now + timedelta(minutes=10))
    items = bot.items()
    assert items[3]["due_date"] == "2024-10-17"                     # 10-15 + two calendar days
    assert items[1]["due_date"] == "2024-10-21"                     # the 21st of this month, not yet passed


def test_an_english_acknowledgement_asks_what_it_could_not_apply_once(tmp_path, now):
    bot = Bot(tmp_path, language="en")
    try:
        recap = _recap(bot, now)
        bot.drop(reply(bot, "Item 1 is done; apart from that, can we extend?", WANG, recap, now + timedelta(minutes=5)))
        bot.tick(now + timedelta(minutes=10))
        assert [i["status"] for i in bot.items()] == ["done", "pending", "pending", "pending"]
        [ack] = bot.new_mail()
        text, html = text_of(ack), ack.get_body(("html",)).get_content()
        asked = text[text.index("which item?"):]
        assert text.count("which item?") == 1 and "2. 更新预算表" in asked and "1. 向客户发送报价单" not in asked
        assert "which item?" in html and "更新预算表" in html
        bot.tick(now + timedelta(minutes=20))
        assert bot.new_mail() == []
    finally:
        bot.app.close()
