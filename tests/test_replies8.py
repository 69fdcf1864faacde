"""Replies on an eighth blind set (written by a helper that had not read the parser), kept sealed while replies were tuned on
other sets: tests/data/replies8 — a semiconductor equipment maker in Wuxi, Hsinchu, Penang, Austin and Dresden, 48 mails
from about 21 clients. Scores, none tuned for it: at the session's start (21610bd) reply 0.848; first score when it was
written (25fabc8) reply 0.891 (intent 41/46); at the session's end (7ba5329) reply 0.891 (intent 41/46). Its misses were
not read.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES8 = Path(__file__).resolve().parent / "data" / "replies8"
KNOWN = {
    '1704-mailmaster-done-task-named': "not read yet (blind miss, no rule written for it): reply ['intent']: got {'intent': 'unknown', 'items': [], 'percent': None, 'new_due_date': None, 'text': '爬坡计划表已更新，新版放项目群文件里了，麻烦王经理看下'} want {'inten...",
    '1720-gmail-ja-done-fullwidth': "not read yet (blind miss, no rule written for it): reply ['items']: got {'intent': 'done', 'items': [], 'percent': None, 'new_due_date': None, 'text': 'Mikeさん\\n\\n#1のデモウエハー、本日DHLで発送しました（AWB 123456789...",
    '1722-gmail-android-two-more-days': "not read yet (blind miss, no rule written for it): reply ['intent', 'new_due']: got {'intent': 'done', 'items': [2], 'percent': None, 'new_due_date': None, 'text': 'Mike, Item 2 需要再多两天，recipe 在 Dres...",
    '1725-outlook-nl-extend-oct31': "not read yet (blind miss, no rule written for it): reply ['intent', 'new_due']: got {'intent': 'unknown', 'items': [1], 'percent': None, 'new_due_date': None, 'text': 'Hi Klaus,\\n\\nWe lost two wafer...",
    '1730-dingtalk-progress-task-named': "not read yet (blind miss, no rule written for it): reply ['intent', 'percent']: got {'intent': 'unknown', 'items': [], 'percent': None, 'new_due_date': None, 'text': '丁工，SECS/GEM 回归测试跑完了 80%，剩下 S6F1...",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES8, KNOWN)


def test_replies8_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES8 / "gen.py", tmp_path, least=45)
