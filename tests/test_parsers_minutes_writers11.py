"""Issue #12, heldout9 design-agency round: readings of structure that heldout9's agency mails showed broken, each
tested on a variant written here (other words, trades, layouts and clients than the held-out mails)."""
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from textwrap import dedent

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "蘇雅琪,sophie.su@ex.tw,營運部,,Sophie;苏雅琪\n"
    "林志明,ming.lin@ex.tw,工程部,,Ming;林志明;阿明\n"
    "吳承恩,ken.wu@ex.tw,工程部,,Ken;吴承恩\n")
CLIENTS = (Address("Oliver Grant", "o.grant@harbourline.example.com"), Address("山本 美咲", "m.yamamoto@sakura.example.jp"),
           Address("吴承恩", "ken.wu@ex.tw"), Address("林志明", "ming.lin@ex.tw"))
MINUTES = MinutesReader(ROSTER, CLIENTS)
TUE = datetime(2026, 3, 10, 18, 30, tzinfo=SHANGHAI)          # Tuesday 2026-03-10
THU = datetime(2027, 3, 4, 11, 0, tzinfo=SHANGHAI)            # Thursday 2027-03-04


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


ACTIONS_AFTER_DECISIONS = """
Thanks all for the time today. Summary below.

Decisions
- Launch date stays 14 April.
- The loyalty card is dropped from phase 1.

Action item (Oliver): send the store opening hours for all 6 sites - by Thursday
Action item (Ken): wire-frames for the booking flow - by 3/17
Action item (Sophie, ops): confirm the courier rate card - ASAP

Next review: Monday 16 March, 10:00am London time.
"""


def test_action_item_lines_after_a_decisions_list_are_items_not_decisions():
    """'Action item (Name): …' labels itself as work: it is an item even when the list above it was a Decisions
    list and no action heading came between; the decisions stay decisions."""
    assert MINUTES.owners(ACTIONS_AFTER_DECISIONS, TUE) == [
        ("Oliver Grant", "send the store opening hours for all 6 sites", "2026-03-12"),
        ("吳承恩", "wire-frames for the booking flow", "2026-03-17"),
        ("蘇雅琪", "confirm the courier rate card", None)]
    assert next_meeting(ACTIONS_AFTER_DECISIONS, TUE) == "2026-03-16 18:00"     # London GMT in March: +8h


def test_a_chinese_todo_label_among_decisions_is_an_item_too():
    """'待办（吴承恩）：…' among '决议' lines: the label says it is work."""
    text = """
    会议决议：
    1. 官网改版预算维持不变。
    待办（吴承恩）：3月20日前提交首页线框图
    2. 第二期暂缓。
    """
    assert MINUTES.owners(text, TUE) == [("吳承恩", "提交首页线框图", "2026-03-20")]


FULL_WIDTH_TABLE = """
■ 决定事项
・样品改用哑光纸。

■ 课题一览
No.｜内容｜担当｜期限
1｜包装结构图修订｜吴承恩｜3/9（火）
2｜日文说明书校对｜山本様｜3/12（金）
3｜物流报价汇总｜林志明・吴承恩｜未定

■ 次回
3/11（木）14:00（日本时间）
"""


def test_a_table_whose_cells_are_split_by_full_width_bars_is_a_table():
    """'No.｜内容｜担当｜期限' (full-width bars, as Chinese and Japanese input methods type them) heads a table like
    '|' does; 山本様 is the one person of the mail named 山本 (様 is a title, like さん); '林志明・吴承恩' is two people,
    the first owns it; 未定 is a vague due."""
    read = MINUTES.read(FULL_WIDTH_TABLE, THU).items
    assert [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None, sorted(i.flags))
            for i in read] == [("吳承恩", "包装结构图修订", "2027-03-09", []),
                               ("山本 美咲", "日文说明书校对", "2027-03-12", []),
                               ("林志明", "物流报价汇总", None, ["vague_due"])]
    assert next_meeting(FULL_WIDTH_TABLE, THU) == "2027-03-11 13:00"          # Japan time is an hour ahead


def test_one_full_width_bar_is_a_title_not_a_table_row():
    """'会议纪要｜门店改造周会' names the minutes; it is no row of a one-row table."""
    text = "会议纪要｜门店改造周会\n\n待办：\n1. 吴承恩：3月13日前提交施工图\n"
    read = MINUTES.read(text, TUE)
    assert [(i.owner.name, i.task) for i in read.items] == [("吳承恩", "提交施工图")]
    assert "table" not in read.evidence


def _mail(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Sophie Su <sophie.su@ex.tw>", "Oliver Grant <o.grant@harbourline.example.com>"
    msg["Cc"], msg["Subject"] = "Ken Wu <ken.wu@ex.tw>, bot <bot@ex.tw>", subject
    msg["Date"] = "Tue, 10 Mar 2026 18:30:00 +0800"
    msg.set_content(dedent(body).strip() + "\n")
    return msg.as_bytes()


def test_mail_of_action_item_lines_or_a_full_width_table_is_minutes_without_the_word():
    """Neither subject says minutes ('wrap-up & next steps', '定例会 3/4'); what makes them minutes is the work
    they hand out."""
    for subject, body in (("Harbourline x Ex - wrap-up & next steps", ACTIONS_AFTER_DECISIONS),
                          ("包装改版 定例会 3/4", FULL_WIDTH_TABLE)):
        parsed = parse_message(_mail(subject, body), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(),
                               bot_address="bot@ex.tw")
        assert (parsed.kind, len(parsed.items)) == ("minutes", 3), subject


def test_miss_mister_and_madam_after_a_surname_are_titles_not_part_of_a_given_name():
    """'霞飛（李小姐）' is Miss Li: the one 李 of the mail's people, never a roster 李小燕 whose name starts with 李小;
    '吳先生' and '林女士' likewise."""
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                  "林女玲,nvling@ex.tw,營運部,,\n吳先豪,xianhao@ex.tw,工程部,,\n"
                                  "陳小美,xiaomei@ex.tw,營運部,,\n")
    client = MinutesReader(roster, (Address("陳怡君", "yijun.chen@client.example.tw"),
                                    Address("吳建宏", "jh.wu@client.example.tw"), Address("林雅惠", "yh.lin@client.example.tw")))
    text = """
    待辦事項
    1. 客戶（陳小姐）：提供門市平面圖，週五前。
    2. 吳先生：確認招牌尺寸，3/13前。
    3. 林女士：回覆色票選擇，盡快。
    """
    assert [o for o, _, _ in client.owners(text, TUE)] == ["陳怡君", "吳建宏", "林雅惠"]


def test_a_weekday_mark_of_one_character_in_brackets_keeps_the_day_and_its_time_together():
    """'3/13（五）下午三点前' (Taiwan's 週五 written as （五）) and Japanese-style '（金）': the bracket restates the
    day, so the time after it is that day's time, in a deadline and in the next meeting over two lines."""
    text = """
    待辦事項
    1. 吳承恩：提交招牌施工圖，3/13（五）下午三點前。
    2. 林志明：確認燈具規格，3/16（月）10:30前。

    下次會議：
    3月18日（三）
    下午兩點半，視訊。
    """
    assert MINUTES.dues(text, TUE) == [("2026-03-13", "15:00"), ("2026-03-16", "10:30")]
    assert next_meeting(text, TUE) == "2026-03-18 14:30"


def test_prose_after_a_meeting_gives_the_writers_own_work_and_a_request_asked_as_a_question():
    """A follow-up written as paragraphs: '窗帘样布我自己处理，周四前会寄给…' is the writer's own item (the topic, then
    我自己处理); '阿明可以帮忙从东莞带两盏样灯过来吗？最好3月13日前到公司，不然…' asks 阿明 for the thing inside the
    question, due on the day the next sentence gives (the 不然 clause is the reason, not the work); the client's
    feedback is no item."""
    text = """
    阿明、小周：

    今天跟客户开会，他们对样板间的软装方案基本认可，只是客厅窗帘想换浅一点的颜色。

    窗帘样布我自己处理，周四前会寄给陈经理。

    灯具的部分，客户想看实物。阿明可以帮忙从东莞带两盏样灯过来吗？最好 3 月 13 日前到公司，不然赶不上他们的评审会。
    """
    ctx = replace(MINUTES.context(TUE), sender=Address("Sophie Su", "sophie.su@ex.tw"))
    read = read_minutes(dedent(text).strip(), ctx).items
    assert [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None)
            for i in read] == [("蘇雅琪", "窗帘样布，会寄给陈经理", "2026-03-12"),
                               ("林志明", "从东莞带两盏样灯过来，到公司", "2026-03-13")]
