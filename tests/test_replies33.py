"""Blind set replies33 (issue #14): 50 mails (48 replies, a holiday auto-reply and a bounce) by a writer who never read
the parser — a kindergarten chain in Putian with a Taiwanese partner, a property manager in Yancheng with a lift
contractor, and a Ningbo auto-parts supplier with its German customer and that customer's Hong Kong office,
April-July 2026 around Qingming, Labour Day and Dragon Boat. Scored once on b95df9a, before anything was changed for
it: reply intent and items 0.938 (45/48), kind 1.000. After its three misses (6152, 6166 and 6200) were read
(tests/test_parsers_replies_writers33.py, tests/test_parsers_replies_languages.py): 1.000.

Since then it is a regression suite: every case as its gold says.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES33 = Path(__file__).resolve().parent / "data" / "replies33"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES33, KNOWN)


def test_replies33_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES33 / "make_replies33.py", tmp_path, least=50)
