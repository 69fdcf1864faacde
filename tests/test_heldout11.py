"""The parser on an eleventh held-out set, written blind (by a helper that had not read the parser): tests/data/heldout11
— a provincial hospital, a Guangzhou real-estate project company with its 监理 and 总包, a K-12 school and a Singapore
SaaS company with a Chengdu R&D centre (40 mails: 31 minutes with 101 items, 4 replies, 3 auto, 2 other).

Scores: first, on main (f0f2c58) before anything was changed for it, items F1 0.796, due 0.923, owner 0.971, flags
0.923, kind 0.950, reply 1.000, follow-up 0.935; on main after tuning on other sets (de1acea), still sealed, items F1
0.812, due 0.925, owner 1.000, flags 0.925, kind 0.950, reply 1.000, follow-up 0.935; after issue #12's heldout11
round (branch tune13, each rule written on a variant of its own first: tests/test_parsers_minutes_writers14.py)
items F1 0.950, due 0.938, owner 1.000, flags 0.938, kind 0.950, reply 1.000, follow-up 0.968; with tune12 merged (the
older sets' round) items F1 0.956, kind 0.975.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong and why.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT11 = Path(__file__).resolve().parent / "data" / "heldout11"
KNOWN = {
    '1912-dev-wechat-group-paste-iphone': "policy (session 19): '其他的明天早会再说' leaves the rest to tomorrow's 早会, the next "
        "meeting, as heldout57 8524's gold reads '其他事下周一例会再说'; this gold calls it ambiguous and records none: "
        "next_followup {'start': '2025-08-21T09:00:00+08:00', 'end': None, 'location': None} != None",
    '1902-hosp-zhikong-yishi-erishi-foxmail': "due 2026-06-30 != None, flags lack vague_due (修订《护理交接班制度》): "
        "'完成时限：2026年6月' — a month without a day; the set's README calls it vague (and lets a scorer accept 06-30), "
        "the parser reads the month's last day as 月底 is read: a judgement call, no rule fitted to it",
    '1903-hosp-nursing-newyear-makeup-sunday': "extra item 各病区护士长: '1、元旦期间护理安全：各病区护士长假期保持"
        "通讯畅通，严格执行交接班。' — a standing requirement to a group, no deliverable and no date; the parser reads a "
        "topic：group + verb line as an item and '各病区护士长' as a name (not a known group word)",
    '1904-hosp-info-dingtalk-ai-minutes': "due 2026-05-09 != None (与厂商书面确认5月9日晚停机窗口): the date inside the "
        "task is its subject (the downtime window to confirm), not a deadline; the parser has no cue to tell a date "
        "that is the object of 确认 from a bare deadline at the end of a 待办 line",
    '1908-hosp-vendor-tantou-kigen-table': "missed item Tanaka Ken / extra item 田中 (迁移脚本验证报告提交): the vendor "
        "writes his name in kanji (田中) in the 担当 cell and signs '田中 健 / Tanaka Ken'; nothing in the roster or "
        "headers ties 田中 to Tanaka Ken, and a signature line as an alias source is not read. Also flags no_due != "
        "vague_due for the 期限 cell '確認中' (being confirmed): not one of the vague words, and the vague-word token "
        "is the dates developer's area (tried: adding 确认中 there did not reach the cell)",
    '1910-dev-forward-before-spring-festival': "due 2026-02-14 != 2026-02-13 (临边防护缺失7处整改完毕并报监理复查): "
        "'2个工作日内' in minutes forwarded a day later; the gold counts from the original minutes' date (02-11), "
        "the parser from the mail's Date (02-12): a judgement call the set's README names as ambiguous",
    '1913-dev-supervisor-minutes-jiafang-yifang': "missed item None: 明确地下车库交付标准: '3、甲方：尽快明确地下车库交付"
        "标准，以便乙方安排施工。' gives no item at all: a party label (甲方) before the colon, 尽快 as the only date "
        "word and a second party in the purpose clause; not traced in this round",
    '1915-dev-zhuze-peihe-extra-columns': "extra item 冯嘉豪: 漏签证补办: '①现场签证单集中清理 ②漏签证补办' in one cell "
        "with one owner and date: the parser splits ①② into two items (as other sets' gold wants), this set wants one "
        "(its README: splitting is acceptable for a lenient scorer) — a judgement call, no rule fitted to it",
    '1918-school-grade-jiazhanghui-person-headings-foxmail': "due 2026-04-23 != 2026-04-29 (汇总各班期中成绩分析): "
        "'考试结束后3个工作日内完成' anchored on the exam end stated on the next line in brackets ('按24日结束算'); the "
        "parser counts from the send day. Also missed item None: 提前一周通知家长 under the heading 【各班主任】 — a "
        "group heading: the person-heading reader only takes persons",
    '1919-school-jiaowu-yishi-2027-qq': "extra item 陶静: 作业公示…起执行: '（一）作业公示。各年级组每周五将下周作业计划公示，"
        "由陶静老师负责初二年级，3月6日起执行。' — a standing rule with a named person; the parser keeps it as 陶静's "
        "item due 03-06 ('起执行' marks when a rule starts, but 由…负责 makes it read as assigned work)",
    '1920-school-prose-paragraphs-outlook': "kind other != minutes, missed 袁芳's two items: minutes in two paragraphs "
        "of first-person prose ('我负责在下周三下班前整理出…', '我和教务处商量后月底前给出定稿') with no list, heading or "
        "meeting word the classifier counts; prose-only minutes were not reached in this round",
    '1937-dev-next-meeting-two-lines-and-correction-outlook': "due None != 2026-01-04 (人防工程竣工验收备案): the "
        "correction '时间由原定1月5日调整为元旦后第一个工作日' on a wrapped line: the old day is dropped as it should be, "
        "but the new one stays in the task unread ('时间由元旦后第一个工作日'); and flags no_due != vague_due (规划条件核实): "
        "'暂无时间' is not one of the vague words (the dates developer's area)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT11, KNOWN)


def test_heldout11_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT11 / "gen_heldout11.py", tmp_path, least=30)
