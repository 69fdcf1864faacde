"""Issue #12, heldout18 round (cases 3319-3336): readings of structure that heldout18 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

import pytest

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "骆云帆,luoyf@ex.cn,制作部,,Yvonne\n韦思成,weisc@ex.cn,测试部,,Sean\n"
    "卜佳宁,bujn@ex.cn,运营部,,Jenny\n车立伟,chelw@ex.cn,运营部,,Leo;车工\n")
MINUTES = MinutesReader(ROSTER, (Address("骆云帆", "luoyf@ex.cn"), Address("Studio Tasks", "tasks@ex.cn")))
WED = datetime(2025, 6, 18, 17, 30, tzinfo=SHANGHAI)          # Wednesday 2025-06-18


def test_action_item_lines_with_a_dash_after_the_bracketed_owner_are_items_after_an_updates_list():
    """'ACTION ITEM (Sean) — 回归测试 by Friday' says itself that it is an action item, its owner in brackets and a dash
    before the task (as 'ACTION ITEM (Sean): …' does with a colon); it ends the 'Updates' list above it, and the
    '☐ @Jenny …' checkboxes below it are this meeting's work too."""
    text = """
    Hi all,

    Status
    - 1.3 版本已提审，崩溃率 0.2%
    - 两个关卡美术延期，已跟进

    ACTION ITEM (Sean) — 回归测试 1.3.1 热更包 by Friday
    ACTION ITEM (Yvonne) — 更新发版说明 EOD
    ☐ @Jenny 确认6月活动排期 by 6/25
    ☐ @Leo 补充服务器扩容预算 ASAP
    """
    assert MINUTES.owners(text, WED) == [("韦思成", "回归测试 1.3.1 热更包", "2025-06-20"),
                                         ("骆云帆", "更新发版说明", "2025-06-18"),
                                         ("卜佳宁", "确认6月活动排期", "2025-06-25"),
                                         ("车立伟", "补充服务器扩容预算", None)]


def test_lines_under_a_discussed_heading_are_what_was_said_and_an_r_and_d_team_owns_no_item_by_name():
    """'2. Discussed' titles what was talked over (as 'Discussion' does): 'Studio requested … The vendor will …' there
    is a finding, even when its first word looks like a name in the headers ('Studio Tasks', the bot's own display
    name). Under 'To do', 'Vendor R&D team : …' is a team (the & of R&D joins no two people): no owner, and the
    label is not left in the task."""
    text = """
    1. Attendee : Studio - Yvonne / Vendor - Mr. Kim

    2. Discussed
     - Studio requested a lighter rig for the boss model. Vendor R&D will rework the skeleton.
     - Unit price is USD 1,200 per model as agreed before.

    3. To do
     - Vendor R&D team : deliver 2 revised rigs until 6/27
     - Sean : confirm the animation list until next Monday
    """
    assert MINUTES.owners(text, WED) == [(None, "deliver 2 revised rigs", "2025-06-27"),
                                         ("韦思成", "confirm the animation list", "2025-06-23")]


def test_a_prose_line_that_opens_with_owner_tbd_is_an_item_without_an_owner():
    """In prose notes ('Sean to …', 'Jenny to …'), 'Owner TBD — the capacity test plan, by Friday.' is work whose
    owner is still open: an item with no owner (a free sentence otherwise needs a person); the question put to
    someone after it ('Leo, can you find someone?') is a note, not part of the task."""
    text = """
    Quick notes from this afternoon's launch check.

    We agreed to keep the soft launch on 1 July. No change to the pricing.

    Sean to rerun the payment smoke tests by Friday.
    Owner TBD – capacity test plan for the login servers, by 6/24. Leo, can you find someone?
    """
    assert MINUTES.owners(text, WED) == [("韦思成", "rerun the payment smoke tests", "2025-06-20"),
                                         (None, "capacity test plan for the login servers", "2025-06-24")]


def test_a_numeric_day_that_ends_its_sentence_inside_a_line_is_still_the_deadline():
    """'… by 7/2. Ping me if blocked.': the stop after 7/2 ends the sentence (a stop followed by a space or the end of
    the line); '7/2.5' and '1.2.3' stay no day."""
    text = """
    Action items:
    - Jenny: draft the July event calendar by 7/2. Ping me if blocked.
    - Leo: rack the new build servers by 7/2.5 release
    """
    assert MINUTES.dues(text, WED) == [("2025-07-02", None), (None, None)]


def test_a_person_handed_the_work_by_name_owns_it_though_the_topic_opens_with_every_unit():
    """'（一）各门店消防设施年检。东区由车立伟同志负责，…': the topic names every store (各门店…), the next sentence hands
    the work to one person by name (由X负责): that person owns it, and their share is the task; '各门店要在…前更换…'
    with nobody named stays no one's."""
    text = """
    现将会议议定事项纪要如下：
    （一）各门店消防设施年检。东区由车立伟同志负责，3个工作日内完成本区门店的自查。
    （二）各门店要在6月30日前完成灭火器更换。
    """
    assert MINUTES.owners(text, WED) == [("车立伟", "东区完成本区门店的自查", "2025-06-23"),
                                         (None, "完成灭火器更换", "2025-06-30")]


def test_a_next_meeting_label_with_its_day_gets_the_clock_that_opens_the_line_below():
    """'下轮排期会：6月27日（周五）' over '上午10点半，老地方。': the day and the clock that opens the next line are one
    value (as with a '时间：' label below)."""
    text = """
    待办：
    1. 卜佳宁：确认6月活动排期，6月25日前

    下轮排期会：6月27日（周五）
    上午10点半，老地方。
    """
    assert MINUTES.next_meeting(text, WED) == "2025-06-27 10:30"


def test_an_emoji_before_the_next_meeting_label_is_a_mark_like_a_note_sign():
    """'🗓️ 下轮排期会：下礼拜一 下昼 2 点' under emoji-titled sections: the pictograph marks the line as '※' does;
    the label after it still sets the next meeting (下昼 = 下午)."""
    text = """
    ✅ 跟进事项
    • Jenny：6月活动排期，礼拜五前

    🗓️ 下轮排期会：下礼拜一 下昼 2 点，老地方
    """
    assert MINUTES.next_meeting(text, WED) == "2025-06-23 14:00"


def test_soon_after_a_holiday_break_is_a_vague_due_not_the_first_working_day():
    """'端午节后尽快完成…': the break's end is when the work may start, 尽快 its deadline (vague); '端午节后提交' alone
    and '节后第一个工作日尽快…' stay dated."""
    text = """
    待办：
    1. 车立伟：服务器机房巡检，端午节后尽快完成
    2. 卜佳宁：活动复盘报告，端午节后提交
    3. 韦思成：回归用例补齐，节后第一个工作日尽快给出
    """
    sent = datetime(2025, 5, 28, 10, 0, tzinfo=SHANGHAI)        # Wednesday; 端午 2025-05-31..06-02
    assert MINUTES.dues(text, sent) == [(None, None), ("2025-06-03", None), ("2025-06-03", None)]
    assert MINUTES.read(text, sent).items[0].flags == ("vague_due",)


@pytest.mark.parametrize("mark", ["⏰", "⌚️", "➡️", "⭐", "📌", "🔔"])
def test_any_symbol_or_pictograph_before_the_next_meeting_label_is_a_mark(mark):
    """heldout19 3511 wrote '⏰ 下次碰头：…' (⏰ is a technical symbol, outside the emoji block the first rule knew)."""
    text = f"""
    待办
    1. Jenny：6月活动排期，周五前

    {mark} 下次碰头：周五下午4点，老地方
    """
    assert MINUTES.next_meeting(text, WED) == "2025-06-20 16:00"
