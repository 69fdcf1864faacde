"""Blind set replies35 (issue #14): 50 mails (48 replies, a big5 out-of-office and a delayed-delivery notice) by a
writer who never read the parser — a vocational college in Luzhou, a cold-rolled steel trader in Tangshan and a
Guangzhou cosmetics brand with its Singapore partner (staff in Singapore, Taipei, Hong Kong and Malaysia), April-July
2026 around Qingming, Labour Day and Dragon Boat. Scored once on 439ec1b, before anything was changed for it: reply
intent and items 0.979 (47/48), kind 1.000. After its one miss (6365: '二号库' read as the 2nd) was read
(tests/test_parsers_replies_writers33.py): 1.000.

Since then it is a regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES35 = Path(__file__).resolve().parent / "data" / "replies35"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES35, KNOWN)


def test_replies35_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES35 / "make_replies35.py", tmp_path, least=50)
