"""Issue #12, heldout11 round: readings of structure that heldout11 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "唐晓雯,tang.xw@ex.cn,运营部,,Tang;@xiaowen.t;晓雯\n邓凯,dengkai@ex.cn,运营部,,Kai;@kaid\n"
    "付明,fuming@ex.cn,仓储部,,老付\n")
KNOWN = (Address("邓凯", "dengkai@ex.cn"), Address("Lim Bee Hoon", "beehoon@partner.example.my"),
         Address("严志刚", "yanzg@build.example.cn"))
MINUTES = MinutesReader(ROSTER, KNOWN)
owners = MINUTES.owners
THU = datetime(2026, 3, 12, 16, 0, tzinfo=SHANGHAI)


def owners_from(sender: Address, text: str, sent: datetime) -> list[tuple]:
    return MINUTES.owners_from(sender, text, sent)


def test_a_roster_alias_written_as_a_handle_is_the_handle_in_the_minutes():
    """The roster may write an alias with its '@' ('@xiaowen.t'); the minutes' '@xiaowen.t' is that person."""
    text = """
    Action items
    - [ ] @xiaowen.t refresh the returns dashboard, by Fri
    - [ ] @kaid 对齐618备货计划, 3/20
    """
    assert owners(text, THU) == [("唐晓雯", "refresh the returns dashboard", "2026-03-13"),
                                 ("邓凯", "对齐618备货计划", "2026-03-20")]


def test_a_fullwidth_dash_after_the_owner_parts_owner_and_task():
    """'Name － task' with the fullwidth '－' (a Big5/GBK keyboard's '-'): a roster alias, a name from the headers and
    本人 (the writer) own the line as they do before '-' or '—'."""
    text = """
    跟进事项：
    1. 老付 － 盘点退货区，下周三前。
    2. Bee Hoon － 提供马来西亚仓报价，3月20日前。
    3. 本人 － 整理供应商名单，月底前发出。
    """
    sender = Address("邓凯", "dengkai@ex.cn")
    assert owners_from(sender, text, THU) == [("付明", "盘点退货区", "2026-03-18"),
                                              ("Lim Bee Hoon", "提供马来西亚仓报价", "2026-03-20"),
                                              ("邓凯", "整理供应商名单，发出", "2026-03-31")]


def test_a_jira_summary_column_is_the_task():
    """A tracker range pasted as tab-separated text: 'Summary' heads the task column (Key, Assignee, Due date beside
    it); a Done row is no item; TBD is a vague due."""
    text = ("工单导出如下：\n\nIssue key\tSummary\tAssignee\tDue date\tStatus\n"
            "OPS-88\tRe-label bay 4 pallets\t老付\t2026/3/16\tOpen\n"
            "OPS-91\tSwap the broken dock leveller\tTang\t3/20\tDone\n"
            "OPS-95\tCount cycle stock, aisle C\tKai\tTBD\tOpen\n")
    assert owners(text, THU) == [("付明", "Re-label bay 4 pallets", "2026-03-16"),
                                 ("邓凯", "Count cycle stock, aisle C", None)]
    assert MINUTES.read(text, THU).items[1].flags == ("vague_due",)


def test_emoji_checkboxes_are_open_items_and_me_before_a_colon_is_the_writer():
    """⬜/🔲/🔳 open an item as '[ ]' does (✅ is done, ⚠️ a rule); 'me:' before the task is the writer."""
    text = """
    仓库周会小结

    ✅ 叉车年检 - done
    ⬜ @kaid: 复核三月退货单 by Fri
    🔳 me: 出一版盘点排班表，3月20日前
    ⚠️ reminder: 3月15日起夜班不收货
    """
    assert owners_from(Address("唐晓雯", "tang.xw@ex.cn"), text, THU) == [
        ("邓凯", "复核三月退货单", "2026-03-13"), ("唐晓雯", "出一版盘点排班表", "2026-03-20")]


def test_an_arrow_points_at_the_due_day():
    """'… -> Thu', '… → Fri', '… => next Tue': the day after an arrow is the deadline, and the arrow leaves the task."""
    text = """
    Actions
    - @kaid: 复核四月退货单 → Fri
    - @kaid: 复核五月退货单 -> 3/20
    - @kaid: review the June returns => next Tue
    - Tang: re-slot the fast movers -> Mon
    """
    assert owners(text, THU) == [("邓凯", "复核四月退货单", "2026-03-13"), ("邓凯", "复核五月退货单", "2026-03-20"),
                                 ("邓凯", "review the June returns", "2026-03-17"),
                                 ("唐晓雯", "re-slot the fast movers", "2026-03-16")]


def test_name_lines_over_task_lines_in_a_run_are_owner_and_task():
    """An AI's 待办 as name / task pairs ('付明' over '盘点二号库退货区 3月16日'): each name owns the line below,
    the last pair too; a signature (one name over the company line) is no such run."""
    text = """
    待办
    付明
    盘点二号库退货区 3月16日
    唐晓雯
    更新退货看板 3月18日
    邓凯
    给出夜班收货方案
    """
    assert owners(text, THU) == [("付明", "盘点二号库退货区", "2026-03-16"), ("唐晓雯", "更新退货看板", "2026-03-18"),
                                 ("邓凯", "给出夜班收货方案", None)]
    signed = """
    老付、Tang：

    盘点表见附件，请查收。有问题直接找我。

    邓凯
    运营部 华南仓
    """
    assert owners(signed, THU) == []


def test_a_topic_column_beside_owner_and_due_is_the_task():
    """'| Owner | Topic | Due |' with no task column: the topic is the task (a retro's action table)."""
    text = """
    Retro actions

    | Owner | Topic | Due |
    |---|---|---|
    | Tang | Dock door rota for the peak | 3/20 |
    | @kaid | 夜班收货交接单 | next Tue |
    """
    assert owners(text, THU) == [("唐晓雯", "Dock door rota for the peak", "2026-03-20"),
                                 ("邓凯", "夜班收货交接单", "2026-03-17")]


def test_a_numbered_roll_call_is_no_item():
    """'1. Participant : Kai, Tang, 老付' (a numbered list of minutes' parts) names who came: no item for anyone."""
    text = """
    Dear all,

    1. Participant : Kai, Tang, 老付

    2. To-do
     - Tang : re-slot the fast movers until 3/20.
    """
    assert owners(text, THU) == [("唐晓雯", "re-slot the fast movers", "2026-03-20")]


def test_the_whole_group_of_a_unit_is_nobody_in_particular():
    """'全科医生：…', '全年级老师：…' (the whole department, grade or group) own no item: no_owner, not a person '全科'."""
    text = """
    二、分工及待办：
    1. 付明：盘点二号库，3月16日前。
    2. 全科医生：本周五前各自提交一份病例讨论材料到共享盘。
    3. 全年级老师：3月20日前完成家访记录。
    """
    assert owners(text, THU) == [("付明", "盘点二号库", "2026-03-16"), (None, "各自提交一份病例讨论材料到共享盘", "2026-03-13"),
                                 (None, "完成家访记录", "2026-03-20")]
    assert [item.flags for item in MINUTES.read(text, THU).items[1:]] == [("no_owner",), ("no_owner",)]


def test_a_meeting_role_with_the_persons_title_in_brackets_asks_nothing():
    """'二、主持人：付明（仓储部经理）': who chaired, the bracket only their title; no item '主持人' for 付明."""
    text = """
    一、会议时间：2026年3月12日 14:00
    二、主持人：付明（仓储部经理）
    三、待办事项
    1. 付明：盘点二号库，3月16日前。
    """
    assert owners(text, THU) == [("付明", "盘点二号库", "2026-03-16")]


def test_a_contract_party_before_a_person_is_no_owner_of_its_own():
    """'施工方严经理负责…', '总包严经理负责…': the party names the side, the surname + title after it the person (严志刚,
    known from the headers only)."""
    text = """
    1. 退货区货架松动：施工方严经理负责加固，3月20日前完成。
    2. 总包严经理负责更换灯具，3月22日前完成。
    """
    assert owners(text, THU) == [("严志刚", "退货区货架松动，加固", "2026-03-20"), ("严志刚", "更换灯具", "2026-03-22")]


def test_an_evening_hour_of_the_next_meeting_is_after_noon():
    """'下周二同一时间（晚7点）', '下周四傍晚6点半': 晚/傍晚 before the hour make it an evening's (19:00, 18:30)."""
    ctx = MINUTES.context(THU)
    starts = [next_followup([text], ctx).start for text in ("下次例会下周二同一时间（晚7点）。", "下次碰头下周四傍晚6点半。")]
    assert [start.isoformat() for start in starts] == ["2026-03-17T19:00:00+08:00", "2026-03-19T18:30:00+08:00"]


def test_what_was_demoed_is_no_item():
    """A 'Demos'/'Demoed' section lists work shown and accepted: '- OPS-12 pallet scanner app (Kai) - accepted' is
    no item for Kai; the action items below still are."""
    text = """
    Notes from the ops review.

    Demos
    - OPS-12 pallet scanner app (Kai) - accepted
    - OPS-15 returns kiosk - accepted with changes

    Action items
    - Tang to re-slot the fast movers by 3/20
    """
    assert owners(text, THU) == [("唐晓雯", "re-slot the fast movers", "2026-03-20")]
