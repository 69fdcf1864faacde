"""Mail for a person to read lists at most lists.LISTED items, the most overdue first, then one line saying how many
more there are and where to see them all. An escalation goes to the owner, copying their manager, and the organizer
when every item it lists is of that organizer's meetings (SPEC 5; docs/reference.md), capped the same way; it is the
owner's one mail of the day: their other overdue items, chased the same day, are folded into it (listed below the
escalated ones), never sent as a second mail, whichever organizers' meetings they come from."""
import re
from datetime import date, datetime
from email import message_from_bytes

import pytest

from conftest import CST, Bot, mail, text_of
from minutebot.timed.escalation import on_cadence
from minutebot.workflow.lists import LISTED

HELD = datetime(2024, 9, 2, 11, 0, tzinfo=CST)              # a Monday
MORNING = datetime(2024, 9, 24, 10, 30, tzinfo=CST)         # a Tuesday: every item below is overdue
COUNT = LISTED + 5
NEVER = 99                                                  # escalate_after_workdays that no item here reaches


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
    """(bot, mails of MORNING) for a store where 王芳 has COUNT overdue items of one meeting. The chase tests escalate
    nothing (escalate_after=NEVER): an item escalated today is in the escalation, not in that day's chase."""
    def run(tmp_path, language="zh", body=None, sender="陈明 <chenming@xinghe.cn>", more=(), escalate_after=2):
        bot = Bot(tmp_path, language=language, extra=f"[policy]\nescalate_after_workdays = {escalate_after}\n")
        texts = [(t, sender) if isinstance(t, str) else t for t in (body or minutes(), *more)]   # (minutes, organizer)
        for n, (text, organizer) in enumerate(texts):
            bot.drop(mail(text, sender=organizer, date=HELD, subject=f"会议纪要 {n}", message_id=f"<cap{n}@xinghe.cn>"))
        bot.tick(HELD.replace(minute=5))
        assert len(bot.items()) == sum(len(re.findall(r"^\d+\. ", t, re.M)) for t, _ in texts)
        bot.new_mail()
        bot.tick(MORNING)
        return bot, bot.new_mail()
    return run


def test_a_chase_lists_the_most_overdue_and_says_how_many_more(tmp_path, morning):
    bot, sent = morning(tmp_path, escalate_after=NEVER)
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
    bot, sent = morning(tmp_path, body=minutes(count=LISTED), escalate_after=NEVER)
    [chase] = [m for m in sent if m["Subject"].startswith("【逾期提醒】")]
    assert len(listed_tasks(chase)) == LISTED and "未列出" not in text_of(chase)
    bot.app.close()


def test_in_english_the_line_says_the_same(tmp_path, morning):
    bot, sent = morning(tmp_path, language="en", escalate_after=NEVER)
    [chase] = [m for m in sent if m["To"].addresses[0].addr_spec == "wangfang@xinghe.cn"]
    assert "5 more item(s) not listed here" in text_of(chase)
    assert "minutebot items --status overdue" in chase.get_body(("html",)).get_content()
    bot.app.close()


def addresses(msg, header: str) -> list[str]:
    return sorted(a.addr_spec for a in msg[header].addresses) if msg[header] else []


def escalated_today(bot, task: str) -> bool:
    """Whether the item of `task` is on today's escalation cadence (read from the bot's calendar, not assumed)."""
    [item] = [i for i in bot.items() if i["task"] == task]
    return on_cadence(bot.app, bot.app.calendar.workdays_between(date.fromisoformat(item["due_date"]), MORNING.date()))


def test_an_escalation_goes_to_the_owner_copying_manager_and_organizer_and_is_capped(tmp_path, morning):
    """周华 organized; 王芳's COUNT items are 12 working days late (2, then every 5): she gets one escalation listing
    the LISTED due first, copying her manager 陈明 and the organizer 周华; no chase repeats those items today."""
    body = re.sub(r"，9月\d+日前", "，9月5日前", minutes())
    bot, sent = morning(tmp_path, body=body, sender="周华 <zhouhua@xinghe.cn>")
    assert all(escalated_today(bot, f"整理第{n}批客户资料") for n in range(1, COUNT + 1))
    [escalation] = [m for m in sent if m["Subject"].startswith("【逾期升级】")]
    assert addresses(escalation, "To") == ["wangfang@xinghe.cn"]
    assert addresses(escalation, "Cc") == ["chenming@xinghe.cn", "zhouhua@xinghe.cn"]
    assert f"王芳有{COUNT}项待办逾期未完成" in str(escalation["Subject"]) and "现抄送陈明、周华" in text_of(escalation)
    assert len(listed_tasks(escalation)) == LISTED and "另有5项未列出" in text_of(escalation)
    assert "另有<b>5项</b>未列出" in escalation.get_body(("html",)).get_content()
    assert not [m for m in sent if m["Subject"].startswith("【逾期提醒】")]        # every item escalated: no chase
    bot.tick(MORNING.replace(minute=45))
    assert not [m for m in bot.new_mail() if m["Subject"].startswith("【逾期升级】")]      # once a day
    bot.app.close()


FOLDED = "以下待办也已逾期，一并列出："                        # the line between escalated and merely overdue items


def test_an_escalation_lists_what_is_due_for_it_first_and_folds_in_the_same_organizers_chase(tmp_path, morning):
    """The same owner's items of one organizer split by the cadence, read from the calendar: one mail, the escalated
    items first (said to be escalated), then the merely overdue ones; no separate chase."""
    bot, sent = morning(tmp_path, body=minutes(count=12), sender="周华 <zhouhua@xinghe.cn>")
    [escalation] = [m for m in sent if m["Subject"].startswith("【逾期升级】")]
    assert not [m for m in sent if m["Subject"].startswith("【逾期提醒】")]
    due = {n for n in range(1, 13) if escalated_today(bot, f"整理第{n}批客户资料")}
    assert due and len(due) < 12
    text = text_of(escalation)
    above, _, below = text.partition(FOLDED)
    assert set(listed_tasks_in(above)) == due and set(listed_tasks_in(below)) == set(range(1, 13)) - due
    assert "已逾期多个工作日，已升级，现抄送陈明、周华" in above and "王芳有12项待办逾期未完成" in str(escalation["Subject"])
    html = escalation.get_body(("html",)).get_content()
    assert html.index("已升级，现抄送") < html.index("整理第") < html.index(FOLDED) < html.rindex("整理第")
    assert addresses(escalation, "Cc") == ["chenming@xinghe.cn", "zhouhua@xinghe.cn"]
    today = MORNING.date().isoformat()
    claims = bot.app.store.db.execute("SELECT job, count(*) FROM job_runs WHERE job IN ('chase', 'escalate') "
                                      "AND period = ? GROUP BY job ORDER BY job", [today]).fetchall()
    assert [tuple(c) for c in claims] == [("chase", 12 - len(due)), ("escalate", len(due))]   # each item once
    assert to_wangfang(sent) == [escalation]
    bot.tick(MORNING.replace(minute=50))
    assert not to_wangfang(bot.new_mail())                                         # a later pass sends nothing twice
    bot.app.close()


def test_a_restart_the_same_day_sends_no_folded_item_again(tmp_path, morning):
    bot, sent = morning(tmp_path, body=minutes(count=12), sender="周华 <zhouhua@xinghe.cn>")
    assert len(to_wangfang(sent)) == 1
    bot.app.close()
    again = Bot(tmp_path, extra="[policy]\nescalate_after_workdays = 2\n")     # a new process on the same store
    again._read = len(again.sent())
    again.tick(MORNING.replace(hour=14))
    assert not to_wangfang(again.new_mail())
    again.app.close()


def test_items_of_several_organizers_go_in_one_mail_copying_the_manager_only(tmp_path, morning):
    """王芳 has escalated and merely overdue items of 周华's meeting, and one overdue item of 李强's: one mail lists
    them all, copying her manager 陈明 but neither organizer (each would see the other's item), and says the
    organizers see theirs in their digests; 周华's digest that morning marks his escalated items, 李强's shows his
    own item and nothing of 周华's meeting."""
    other = ("会议主题：采购会\n参会人员：李强、王芳\n\n待办事项：\n1. 王芳：确认物料报价，9月23日前\n", "李强 <liqiang@xinghe.cn>")
    bot, sent = morning(tmp_path, body=minutes(count=12), sender="周华 <zhouhua@xinghe.cn>", more=(other,))
    [escalation] = to_wangfang(sent)
    assert escalation["Subject"].startswith("【逾期升级】") and "王芳有13项待办逾期未完成" in str(escalation["Subject"])
    assert set(listed_tasks(escalation)) == set(range(1, 13)) and "确认物料报价" in text_of(escalation)
    assert addresses(escalation, "Cc") == ["chenming@xinghe.cn"]
    assert "现抄送陈明（所列待办来自多位发起人的会议，各发起人会在每日逾期汇总中看到自己会议的待办）" in text_of(escalation)
    [zhouhua] = digests_to(sent, "zhouhua@xinghe.cn")
    [liqiang] = digests_to(sent, "liqiang@xinghe.cn")
    due = {n for n in range(1, 13) if escalated_today(bot, f"整理第{n}批客户资料")}
    marked = {int(n) for n in re.findall(r"整理第(\d+)批客户资料[^\n]*（已升级）", text_of(zhouhua))}
    assert due <= marked == set(range(1, 13))             # every item past the threshold: escalated today or before
    assert "确认物料报价" in text_of(liqiang) and "整理第" not in text_of(liqiang)
    bot.app.close()


def test_in_english_an_escalation_of_several_organizers_items_says_where_they_see_them(tmp_path, morning):
    other = ("会议主题：采购会\n参会人员：李强、王芳\n\n待办事项：\n1. 王芳：确认物料报价，9月23日前\n", "李强 <liqiang@xinghe.cn>")
    bot, sent = morning(tmp_path, language="en", body=minutes(count=12), sender="周华 <zhouhua@xinghe.cn>", more=(other,))
    [escalation] = to_wangfang(sent)
    assert "copied: 陈明 (they come from several organizers' meetings: each organizer sees their own in the daily " \
           "digest)" in " ".join(text_of(escalation).split())
    [digest] = digests_to(sent, "zhouhua@xinghe.cn")
    assert "working day(s) overdue (escalated)" in text_of(digest)
    assert ", escalated" in digest.get_body(("html",)).get_content()
    bot.app.close()


def digests_to(sent: list, organizer: str) -> list:
    return [m for m in sent if addresses(m, "To") == [organizer] and m["Subject"].startswith(("【每日逾期汇总】",
                                                                                             "[Daily overdue digest]"))]


def to_wangfang(sent: list) -> list:
    return [m for m in sent if addresses(m, "To") == ["wangfang@xinghe.cn"]]


def listed_tasks_in(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"整理第(\d+)批客户资料", text)]


def test_in_english_an_escalation_names_whom_it_copies_and_how_many_more(tmp_path, morning):
    body = re.sub(r"，9月\d+日前", "，9月5日前", minutes())
    bot, sent = morning(tmp_path, language="en", body=body, sender="周华 <zhouhua@xinghe.cn>")
    [escalation] = [m for m in sent if m["Subject"].startswith("[Escalation]")]
    assert addresses(escalation, "To") == ["wangfang@xinghe.cn"]
    assert "copied: 陈明, 周华" in text_of(escalation) and "5 more item(s) not listed here" in text_of(escalation)
    bot.app.close()


def test_a_reply_to_an_escalation_by_number_changes_the_item_the_reader_saw(tmp_path, morning):
    """Two meetings of 周华 give 王芳 items due for escalation: one mail lists both, numbered 1..N, and the manager's
    '第N项已完成' reaches exactly the item listed as N (not the item with that number in its own meeting)."""
    first = "会议主题：资料会\n参会人员：周华、王芳\n\n待办事项：\n1. 王芳：整理客户资料，9月5日前\n2. 王芳：核对合同，9月5日前\n"
    second = "会议主题：采购会\n参会人员：周华、王芳\n\n待办事项：\n1. 王芳：确认物料报价，9月5日前\n"
    bot, sent = morning(tmp_path, body=first, more=(second,), sender="周华 <zhouhua@xinghe.cn>")
    [escalation] = [m for m in sent if m["Subject"].startswith("【逾期升级】")]
    assert addresses(escalation, "Cc") == ["chenming@xinghe.cn", "zhouhua@xinghe.cn"]
    number = int(re.search(r"第(\d+)项：确认物料报价", text_of(escalation))[1])
    assert number != 1                                  # numbered across the two meetings, not by its meeting's own
    address = escalation["Reply-To"].addresses[0].addr_spec
    bot.drop(mail(f"第{number}项已完成", subject=f"Re: {escalation['Subject']}", sender="陈明 <chenming@xinghe.cn>",
                  to=f"纪要助手 <{address}>", cc="", in_reply_to=escalation["Message-ID"],
                  date=MORNING.replace(hour=11)))
    bot.tick(MORNING.replace(hour=11, minute=5))
    status = {i["task"]: i["status"] for i in bot.items()}
    assert status["确认物料报价"] == "done" and list(status.values()).count("done") == 1
    bot.app.close()


GMAIL_CLIP = 102 * 1024                   # Gmail shows '[Message clipped]' for a message over this many bytes


def test_a_digest_of_several_owners_is_one_table_with_a_row_naming_each_owner(tmp_path, morning):
    """The digest groups by owner inside one item table: its header once, a row naming each owner (and department)
    just above that owner's items; the text part keeps its owner headings."""
    other = ("会议主题：采购会\n参会人员：陈明、李强\n\n待办事项：\n1. 李强：确认物料报价，9月3日前\n", "陈明 <chenming@xinghe.cn>")
    bot, sent = morning(tmp_path, more=(other,), escalate_after=NEVER)
    [digest] = [m for m in sent if m["Subject"].startswith("【每日逾期汇总】")]
    html = digest.get_body(("html",)).get_content()
    assert html.count("<table") == 3 and html.count(">事项</th>") == 1          # the frame's two and one item table
    wangfang, liqiang = html.index("<b>王芳</b>"), html.index("<b>李强</b>")
    assert wangfang < html.index("整理第") and liqiang < html.index("确认物料报价")
    assert (liqiang < wangfang) == (html.index("确认物料报价") < html.index("整理第"))   # each row under its owner
    assert re.search(r"<td colspan=\"6\"[^>]*><b>王芳</b>", html)
    assert "王芳" in text_of(digest).split("整理第")[0] and "李强" in text_of(digest).split("确认物料报价")[0]
    bot.app.close()


def test_a_full_chase_and_digest_stay_well_below_the_size_at_which_gmail_clips(tmp_path, morning):
    """LISTED rows of a chase or a digest (an owner of their own for each row, the digest's worst case: owners not in
    the roster, so only the digest lists them) are ~50 KB, not the ~100-200 KB they were:
    each cell's style is short, and a digest's owners are rows of one table, not a table each."""
    many = "".join(f"{n}. 员工{n:02d}：整理第{n}批客户资料，9月{due_day(n)}日前\n" for n in range(1, COUNT + 1))
    bot, sent = morning(tmp_path, escalate_after=NEVER,
                        more=((f"会议主题：分工会\n参会人员：陈明\n\n待办事项：\n{many}", "陈明 <chenming@xinghe.cn>"),))
    [digest] = [m for m in sent if m["Subject"].startswith("【每日逾期汇总】")]
    [chase] = [m for m in sent if m["Subject"].startswith("【逾期提醒】") and addresses(m, "To") == ["wangfang@xinghe.cn"]]
    assert len(listed_tasks(digest)) == LISTED and len(listed_tasks(chase)) == LISTED
    sizes = {message_from_bytes(p.read_bytes())["Message-ID"]: p.stat().st_size
             for p in (bot.outbox_dir / "new").iterdir()}
    assert sizes[digest["Message-ID"]] < GMAIL_CLIP * 2 // 3 > sizes[chase["Message-ID"]], sizes
    bot.app.close()
