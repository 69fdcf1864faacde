"""Issue #12, session 22: readings the unread blind misses of heldout76 asked for, each tested on a variant written
here beside its near miss."""
from datetime import datetime

from minutes_reading import SHANGHAI, MinutesReader
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "侯丽萍,houlp@ex.cn,综合办,,\n樊建国,fanjg@ex.cn,生产部,,\n邵雨晴,shaoyq@ex.cn,质检部,,\n"
    "Ines Moura,ines@ex.pt,Logistics,,\nTomás Reis,tomas@ex.pt,Engineering,,\n")
MINUTES = MinutesReader(ROSTER, tuple(Address(e.name, e.email) for e in ROSTER.entries))
THU = datetime(2026, 6, 11, 16, 20, tzinfo=SHANGHAI)        # Thursday 2026-06-11, 16:20


def test_a_helper_s_own_step_of_the_lead_s_work_is_kept():
    """Under 【樊建国】, '② 配合邵主管做出厂抽检留样' is his step (留样: the samples); 邵雨晴's '出厂抽检：6月18日前出抽检
    报告' is another step of that work (the report), so both are items."""
    got = MINUTES.owners("二、本周分工\n【樊建国】\n① 6月15日前完成2号线滤芯更换；\n② 配合邵主管做出厂抽检留样，具体时间听邵主管安排。\n"
                         "【邵雨晴】\n出厂抽检：6月18日前出抽检报告。\n", THU)
    assert [owner for owner, _, _ in got] == ["樊建国", "樊建国", "邵雨晴"]


def test_a_helper_s_share_of_the_very_work_the_lead_lists_is_not():
    """'② 配合质检部编制抽检计划' beside 邵雨晴's '编制抽检计划，下周三前': the lead's item says the same work."""
    got = MINUTES.owners("二、本周分工\n【樊建国】\n① 6月15日前完成2号线滤芯更换；\n② 配合质检部编制抽检计划\n"
                         "【邵雨晴】\n编制抽检计划，下周三前提交\n", THU)
    assert [owner for owner, _, _ in got] == ["樊建国", "邵雨晴"]


def test_a_preface_naming_this_morning_s_meeting_in_an_afternoon_forward_asks_nothing():
    """'今天上午…例会的纪要，樊建国发给了参会同志，我转给…' sent at 16:20: this morning is over, so it is no due."""
    text = ("侯主任：\n今天上午生产例会的纪要，樊建国发给了参会同志，我转给您阅示。\n侯丽萍\n-------- 转发邮件信息 --------\n"
            "发件人：樊建国\n主题：生产例会纪要\n1. 滤芯更换：樊建国负责，6月15日前完成。\n")
    got = MINUTES.owners_from(Address("侯丽萍", "houlp@ex.cn"), text, THU)
    assert got == [("樊建国", "滤芯更换", "2026-06-15")]


def test_a_day_still_to_come_in_the_preface_is_still_asked():
    """'请建国主任今天下班前把…发给我' at 16:20: the day is not over, so the preface asks for it."""
    text = ("侯主任：\n请建国主任今天下班前把滤芯更换计划发给我。\n侯丽萍\n-------- 转发邮件信息 --------\n"
            "发件人：樊建国\n主题：生产例会纪要\n1. 滤芯更换：樊建国负责，6月15日前完成。\n")
    got = MINUTES.owners_from(Address("侯丽萍", "houlp@ex.cn"), text, THU)
    assert ("樊建国", "把滤芯更换计划发给我", "2026-06-11") in got


def test_the_next_numbered_topic_ends_the_action_blocks_under_the_one_before():
    """'1. Inbound plan' / 'Action 1' / 'Owner: …' … then '2. Safety' and a report: the topic is no item."""
    text = ("1. Inbound plan\nDecision: June plan frozen.\nAction 1\nOwner: Ines Moura\nTask: Book the July container slots\n"
            "Due: Fri 19 Jun\nAction 2\nOwner: Tomás Reis\nTask: Release the rack drawing rev. C\nDue: 30 June\n"
            "2. Safety\nTomás reported zero incidents in May. No action.\n")
    got = MINUTES.owners(text, THU)
    assert [task for _, task, _ in got] == ["Book the July container slots", "Release the rack drawing rev. C"]


def test_an_action_list_numbered_under_a_numbered_topic_is_still_read():
    """'1. Background' then 'Action items:' over '1. Ines to …' '2. Tomás to …': the list's own numbers, not a topic."""
    text = "1. Background\nThe June plan is frozen.\nAction items:\n1. Ines to book the July container slots by Fri 19 Jun\n" \
           "2. Tomás to release the rack drawing rev. C by 30 June\n"
    got = MINUTES.owners(text, THU)
    assert [owner for owner, _, _ in got] == ["Ines Moura", "Tomás Reis"]


def test_an_item_reported_done_and_closed_asks_nothing():
    """'4. 上周五要报的质检月报已于昨天报出，此项销号': done (报出) and closed (销号), whatever day it names."""
    got = MINUTES.owners("纪要：\n1. 滤芯更换：樊建国负责，6月15日前完成。\n2. 上周五要报的质检月报已于昨天报出，此项销号。\n"
                         "3. 上月的能耗统计表已报送，予以销号\n", THU)
    assert got == [("樊建国", "滤芯更换", "2026-06-15")]


def test_where_a_person_will_be_is_no_item():
    """'侯主任明天要去市里开会' says why a meeting moves; '请樊建国明天把…带上' asks for work."""
    text = "各位：\n原定明天的例会改到周五下午3点。侯主任明天要去市里开会。\n请樊建国明天把滤芯更换计划带上。\n"
    assert MINUTES.owners(text, THU) == [("樊建国", "把滤芯更换计划带上", "2026-06-12")]
