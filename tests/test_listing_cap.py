"""Mail for a person to read lists at most lists.LISTED items, the most overdue first, then one line saying how many
more there are and where to see them all; an escalation is one mail per manager and day, grouped by owner."""
import re
from datetime import datetime

import pytest

from conftest import CST, Bot, mail, text_of
from minutebot.workflow.lists import LISTED

HELD = datetime(2024, 9, 2, 11, 0, tzinfo=CST)              # a Monday
MORNING = datetime(2024, 9, 24, 10, 30, tzinfo=CST)         # a Tuesday: every item below is overdue
COUNT = LISTED + 5


def due_day(n: int) -> int:
    """Due days in September scattered over the item numbers, so the most overdue are not simply the first."""
    return 3 + (n * 7) % 17


def minutes(owner: str = "王芳", count: int = COUNT) -> str:
    lines = "\n".join(f"{n}. {owner}：整理第{n}批客户资料，9月{due_day(n)}日前" for n in range(1, count + 1))
    return f"会议主题：客户资料整理会\n参会人员：陈明、王芳、赵敏\n\n待办事项：\n{lines}\n"


def listed_tasks(msg) -> list[int]:
    return [int(n) for n in re.findall(r"整理第(\d+)批客户资料", text_of(msg))]


@pytest.fixture
def morning():
    """(bot, mails of MORNING) for a store where 王芳 has COUNT overdue items of one meeting."""
    def run(tmp_path, language="zh", body=None):
        bot = Bot(tmp_path, language=language)
        bot.drop(mail(body or minutes(), sender="陈明 <chenming@xinghe.cn>", date=HELD))
        bot.tick(HELD.replace(minute=5))
        assert len(bot.items()) == len(re.findall(r"^\d+\. ", body or minutes(), re.M))
        bot.new_mail()
        bot.tick(MORNING)
        return bot, bot.new_mail()
    return run


def test_a_chase_lists_the_most_overdue_and_says_how_many_more(tmp_path, morning):
    bot, sent = morning(tmp_path)
    [chase] = [m for m in sent if m["Subject"].startswith("【逾期提醒】")]
    shown = listed_tasks(chase)
    by_due = sorted(range(1, COUNT + 1), key=due_day)           # stable: ties keep the meeting's order
    assert sorted(shown) == sorted(by_due[:LISTED]) and [due_day(n) for n in shown] == sorted(map(due_day, shown))
    assert f"您有{COUNT}项待办已逾期" in str(chase["Subject"])
    assert "另有5项未列出" in text_of(chase) and "minutebot items --status overdue" in text_of(chase)
    assert "另有<b>5项</b>未列出" in chase.get_body(("html",)).get_content()
    bot.app.close()


def test_a_digest_lists_the_most_overdue_too(tmp_path, morning):
    bot, sent = morning(tmp_path)
    [digest] = [m for m in sent if m["Subject"].startswith("【每日逾期汇总】")]
    assert len(listed_tasks(digest)) == LISTED and f"共{COUNT}项逾期" in str(digest["Subject"])
    assert "另有5项未列出" in text_of(digest)
    bot.app.close()


def test_nothing_is_said_of_more_when_everything_is_listed(tmp_path, morning):
    bot, sent = morning(tmp_path, body=minutes(count=LISTED))
    [chase] = [m for m in sent if m["Subject"].startswith("【逾期提醒】")]
    assert len(listed_tasks(chase)) == LISTED and "未列出" not in text_of(chase)
    bot.app.close()


def test_in_english_the_line_says_the_same(tmp_path, morning):
    bot, sent = morning(tmp_path, language="en")
    [chase] = [m for m in sent if m["To"].addresses[0].addr_spec == "wangfang@xinghe.cn"]
    assert "5 more item(s) not listed here" in text_of(chase)
    assert "minutebot items --status overdue" in chase.get_body(("html",)).get_content()
    bot.app.close()


def test_one_escalation_per_manager_lists_each_owner_of_the_department(tmp_path, morning):
    """王芳 and 赵敏 both report to 陈明: he gets one escalation naming both, and neither owner is copied."""
    body = minutes(count=0) + "1. 王芳：整理第1批客户资料，9月5日前\n2. 赵敏：确认物料报价，9月5日前\n"
    bot, sent = morning(tmp_path, body=body)                  # 12 working days late: 2, then every 5
    escalations = [m for m in sent if m["Subject"].startswith("【逾期升级】")]
    assert [m["To"].addresses[0].addr_spec for m in escalations] == ["chenming@xinghe.cn"]
    [escalation] = escalations
    assert escalation["Cc"] is None and "2位同事" in text_of(escalation)
    assert "王芳" in text_of(escalation) and "赵敏" in text_of(escalation) and "确认物料报价" in text_of(escalation)
    bot.tick(MORNING.replace(minute=45))
    assert not [m for m in bot.new_mail() if m["Subject"].startswith("【逾期升级】")]      # once a day
    bot.app.close()


def test_a_reply_to_an_escalation_by_number_changes_the_item_the_manager_saw(tmp_path, morning):
    body = minutes(count=3) + "4. 赵敏：确认物料报价，9月5日前\n"
    bot, sent = morning(tmp_path, body=body)
    [escalation] = [m for m in sent if m["Subject"].startswith("【逾期升级】")]
    number = int(re.search(r"第(\d+)项：确认物料报价", text_of(escalation))[1])
    address = escalation["Reply-To"].addresses[0].addr_spec
    bot.drop(mail(f"第{number}项已完成", subject=f"Re: {escalation['Subject']}", sender="陈明 <chenming@xinghe.cn>",
                  to=f"纪要助手 <{address}>", cc="", in_reply_to=escalation["Message-ID"],
                  date=MORNING.replace(hour=11)))
    bot.tick(MORNING.replace(hour=11, minute=5))
    status = {i["task"]: i["status"] for i in bot.items()}
    assert status["确认物料报价"] == "done" and list(status.values()).count("done") == 1
    bot.app.close()
