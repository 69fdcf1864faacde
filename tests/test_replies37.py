"""Blind set replies37 (issue #14): 50 mails (48 replies, an out-of-office and a delayed-delivery notice) by a writer
who never read the parser — a pig-farming group in Nanyang and a cinema chain in Wuhan, with a Thai fruit trader, a
Taiwanese feed-additive supplier, a Hong Kong film distributor and a Shenzhen projector vendor, April-July 2026 around
Qingming, Labour Day and Dragon Boat. Scored once on 9e041fe, before anything was changed for it: reply intent and
items 0.958 (46/48), kind 1.000. After its two misses were read (tests/test_parsers_replies_writers33.py,
tests/test_parsers_quotes_apple.py): 1.000.

Since then it is a regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES37 = Path(__file__).resolve().parent / "data" / "replies37"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES37, KNOWN)


def test_replies37_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES37 / "make_replies37.py", tmp_path, least=50)
