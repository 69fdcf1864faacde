"""Replies on a fourth blind set (written by a helper that had not read the parser): tests/data/replies4 — 71 replies
from more than 20 clients and ten languages' quote headers. Its first score: reply 0.855 (intent 63/69). One half
(odd cases) was then used for tuning; the other half stayed sealed: sealed half reply 0.818 -> 0.879, intent 28/33 ->
31/33; tuned half 0.889 -> 1.000. Whole set after: reply 0.942.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES4 = Path(__file__).resolve().parent / "data" / "replies4"
KNOWN = {
    '744-done-by-task-two-items-gmail-zh': "not read yet (blind miss, no rule written for it): reply ['intent']: got {'intent': 'unknown', 'items': [], 'percent': None, 'new_due_date': None, 'text': '访谈纪要整理好了，已放飞书文档。\\n\\n小郑'} want {'intent': '...",
    '750-extend-two-days-gmail-app': "not read yet (blind miss, no rule written for it): reply ['new_due']: got {'intent': 'extend', 'items': [1], 'percent': None, 'new_due_date': None, 'text': '胡经理，活动页开发完成了一半，明天来不及，第1项往后推两天'} want {'in...",
    '752-confirm-shoudao-wecom': "not read yet (blind miss, no rule written for it): reply ['intent']: got {'intent': 'unknown', 'items': [], 'percent': None, 'new_due_date': None, 'text': '收到'} want {'intent': 'confirm', 'items': [...",
    '764-extend-dec4-thunderbird-en': "not read yet (blind miss, no rule written for it): reply ['new_due']: got {'intent': 'extend', 'items': [5], 'percent': None, 'new_due_date': '2026-12-03', 'text': 'Please extend item 5 to Dec 4 - l...",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES4, KNOWN)


def test_replies4_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES4 / "make_replies4.py", tmp_path, least=60)
