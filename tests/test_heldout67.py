"""Blind set heldout67 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
忻州市忻府区教育科技局 (Shanxi), 三明岚溪新材料 (Fujian, nonwovens), Egeskov Ventilation (Jiaxing, Danish-owned), 赤峰红山热力 (Inner
Mongolia, district heating). Scored once on a1b946c (items F1 0.938: P 0.934, R 0.942; due 0.982, flags 0.982, kind
0.974, next follow-up 0.967; the same on 07e1344, the session's start).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers51.py; since then items F1 0.975,
due 0.991, flags 0.991, kind 1.000, next follow-up 1.000. The misses left are named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT67 = Path(__file__).resolve().parent / "data" / "heldout67"
UNREAD = "not read yet (a blind miss of heldout67): "
READ = "read, not fixed: "
KNOWN = {
    "9501-edu-yishi-erxi-coremail-gbk": READ + "a closing point that names no unit ('对上述工作落实情况跟踪督办') is read as the meeting's general demand: missed item None: 对上述工作落实情况跟踪督办",
    "9508-lx-foxmail-gbk-mayday-wrapped": READ + "a rule to follow ('节日期间值班安排按行政通知执行') in a wrapped list is read as an unowned item: extra item None: 节日期间值班安排按行政通知执行",
    "9526-eg-outlook-x-to-actions": READ + "a condition to wait on ('once the firmware is out') is no due here; this gold calls it vague_due: flags ['no_due'] != ['vague_due'] (check whether VFD firmware 2.4 fixes the restart issue)",
    "9527-eg-applemail-dd-mm-grouped": READ + "a writer's 'nothing new this week, keep going on …' under his name is read as an item; '1/9' is read month-first (the gold reads D/M from a Danish writer): extra item 蒋磊: nothing new this week, keep going on the VFD firmware; due 2027-01-09 None != 2026-09-01 None (prepare the Q4 sales forecast)",
    "9533-hr-tencent-meeting-ai-minutes": READ + "an AI record's unowned 待办 ('整理会议资料并归档') with no date is dropped: missed item None: 整理会议资料并归档",
    "9538-hr-outlook-makeup-saturday": READ + "the task keeps the writer's word order ('活动方案修改后印发'), below the scorer's likeness to the gold's '修改并印发…活动方案': missed item 韩冬梅: 修改并印发“安全生产月”活动方案; extra item 韩冬梅: 活动方案修改后印发",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT67, KNOWN)


def test_heldout67_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT67 / "make_heldout67.py", tmp_path, least=38)
