"""Blind set replies30 (issue #14): 50 mails (48 replies, an out-of-office and a delay notice) by a writer who never
read the parser — a Yantai shipyard, a Haikou pharmacy chain, a Zhuhai law firm, an Urumqi dairy and a Luoyang
university office, with partners in Taiwan, Hong Kong, Germany, Japan and the US, April-July 2026 around Qingming,
Labour Day and Dragon Boat. Scored once on 1fb9ecb, before anything was changed for it: reply intent and items 0.896
(43/48), kind 1.000. After its misses were read (tests/test_parsers_replies_writers29.py): 1.000.

Since then it is a regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES30 = Path(__file__).resolve().parent / "data" / "replies30"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES30, KNOWN)


def test_replies30_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES30 / "make_replies30.py", tmp_path, least=50)
