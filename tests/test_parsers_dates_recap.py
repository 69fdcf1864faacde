"""Deadlines through the whole path: a day that cannot be real, or whose weekday contradicts its date, reaches the
organizer as a problem in the recap (zh and en), never as a silently shifted day; a due label holding brackets and a
Traditional phrase in a Simplified mail are read whole."""
from conftest import Bot, mail, text_of

BAD_DAYS = """
会议纪要

待办事项：
1. 王芳：提交活动方案终稿，2月30日前
2. 李强：完成样机固件升级，周五, 10月20日前
3. 李强：整理测试报告，10月18日（周五）前
4. 完成接口联调（负责人：李强，截止时间：10月18日（周五）17:00）
5. 王芳：方案下週五前提交给市场部
"""


def test_the_recap_names_a_day_that_does_not_exist_and_a_weekday_that_contradicts_its_date(bot, now):
    bot.drop(mail(BAD_DAYS))
    bot.tick(now)
    text = text_of(bot.sent()[0])
    assert "第1项的截止日期不存在（“2月30日前”）" in text
    assert "第2项的截止日期与星期不符（“周五, 10月20日前”）" in text
    assert "第3项的截止" not in text                                   # 10-18 is a Friday: no problem
    first, second, third, fourth, fifth = bot.items()
    assert (first["due_date"], first["flags"]) == (None, ["no_such_day"])
    assert (second["due_date"], second["flags"]) == ("2024-10-20", ["weekday_mismatch"])    # the date wins
    assert (third["due_date"], third["flags"]) == ("2024-10-18", [])
    assert (fourth["task"], fourth["due_date"], fourth["due_time"]) == ("完成接口联调", "2024-10-18", "17:00")
    assert (fifth["task"], fifth["due_date"]) == ("方案提交给市场部", "2024-10-18")


def test_the_english_recap_says_the_same(tmp_path, now):
    bot = Bot(tmp_path, language="en")
    try:
        bot.drop(mail(BAD_DAYS))
        bot.tick(now)
        text = " ".join(text_of(bot.sent()[0]).split())
    finally:
        bot.app.close()
    assert "Item 1 has a deadline on a day that does not exist (\"2月30日前\")" in text
    assert "Item 2 has a deadline whose weekday does not match its date (\"周五, 10月20日前\")" in text
