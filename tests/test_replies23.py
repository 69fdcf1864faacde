"""Blind set replies23 (issue #14): 51 mails (50 replies, 1 auto-reply) by a writer who never read the parser — a Hangzhou robot-vacuum maker and its partners, ~35 client and language styles. Sealed like heldout23: reply intent 0.920 (46/50) on 249772f and on aad0bb8 alike.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES23 = Path(__file__).resolve().parent / "data" / "replies23"
KNOWN = {
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES23, KNOWN)


def test_replies23_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES23 / "gen.py", tmp_path, least=50)
