"""Blind set heldout32 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
state-owned city investment group in Ganzhou, a tyre maker in Weihai, a game publisher in Mianyang and a
foreign-invested hotel group in Zhanjiang, April-July 2026 around Qingming, Labour Day and Dragon Boat; a .docx and a
PDF among them. Scored once on f381db1, before anything was changed for it: items F1 0.955 (P 0.951, R 0.959), due
0.983, flags 0.991, kind 0.974, next follow-up 0.938. After its misses were read (tests/test_parsers_minutes_writers29.py,
tests/test_parsers_kind22.py): items F1 0.959, follow-up 1.000, the rest as before.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT32 = Path(__file__).resolve().parent / "data" / "heldout32"
UNREAD = "not read yet (a blind miss of heldout32): "
KNOWN = {
    "6004-soe-yishi-ershi-dragonboat-foxmail-gbk": UNREAD + "in a run-on '会议明确：一是…；…四是…' paragraph, the fourth "
        "point given to 各部门 (no one unit) is not read as an item",
    "6008-grouped-by-person-exmail-gb18030": UNREAD + "under a person's heading, a target set for the month ('排产目标定为"
        "12.5万条…，各车间按此分解') is taken as that person's item",
    "6020-ec-partner-followup-outlook-table": UNREAD + "in a 外部沟通跟进表 cell, '②橙子应用商店冯蕾反馈首页Banner档期' "
        "(the partner's company, then its person) is given to the row's 负责人 母浩",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT32, KNOWN)


def test_heldout32_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT32 / "make_heldout32.py", tmp_path, least=38)
