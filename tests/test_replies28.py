"""Blind set replies28 (issue #14): 50 mails (48 replies, an out-of-office and a bounce) by a writer who never read the
parser — a Kunming tea company and a Xiamen dental-implant maker with partners in Kuala Lumpur, Hong Kong, Taichung and
Hamburg, April-July 2026 around Qingming, Labour Day and Dragon Boat. Scored once on 7e607b0 (its parser the same as at
session 12's start, 86a2053): reply intent 0.917 (44/48), kind 1.000. After its four misses were read
(tests/test_parsers_replies_writers28.py): 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES28 = Path(__file__).resolve().parent / "data" / "replies28"
KNOWN = {
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES28, KNOWN)


def test_replies28_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES28 / "make_replies28.py", tmp_path, least=50)
