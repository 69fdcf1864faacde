"""Blind set replies20 (issue #14): 48 replies by a writer who never read the parser — a Ningbo kitchenware OEM, its suppliers and buyers in Germany, Poland, Vietnam, Japan, Korea and Chile, from 30 mail clients. First score on d076393, before any change: reply 0.915 (43/47).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES20 = Path(__file__).resolve().parent / "data" / "replies20"
KNOWN = {
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES20, KNOWN)


def test_replies20_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES20 / "gen.py", tmp_path, least=48)
