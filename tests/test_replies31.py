"""Blind set replies31 (issue #14): 50 mails (48 replies, an out-of-office and a delay notice) by a writer who never
read the parser — a Wuhu fashion brand and a Baotou wind farm with a customs broker in Zhanjiang, a fabric mill in
Taipei, a design studio in Milan, a retailer in Hong Kong, a contractor in Xining and a turbine vendor in Denmark,
April-July 2026 around Qingming, Labour Day and Dragon Boat. Scored once on d0ac641, before anything was changed for
it: reply intent and items 1.000 (48/48), kind 1.000.

A regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES31 = Path(__file__).resolve().parent / "data" / "replies31"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES31, KNOWN)


def test_replies31_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES31 / "make_replies31.py", tmp_path, least=50)
