"""Blind set replies36 (issue #14): 50 mails (48 replies, an out-of-office and a delayed-delivery notice) by a writer
who never read the parser — a municipal museum in Kaifeng and a logistics park in Linyi, with an Indian IT partner, a
German AGV vendor, a Taiwan exhibition designer and a Hong Kong art shipper, April-July 2026 around Qingming, Labour Day
and Dragon Boat. Scored once on 706df8b, before anything was changed for it: reply intent and items 0.979 (47/48), kind
1.000. After its one miss (6493: '…今天已经全部上架' read as no answer) was read (tests/test_parsers_replies_writers33.py):
1.000.

Since then it is a regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES36 = Path(__file__).resolve().parent / "data" / "replies36"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES36, KNOWN)


def test_replies36_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES36 / "make_replies36.py", tmp_path, least=50)
