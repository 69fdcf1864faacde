"""Blind set replies25 (issue #14): 59 mails (58 replies, 1 out-of-office) by a writer who never read the parser — a Ningbo kitchen-appliance OEM's export team and its partners, from 18 mail clients. First score on da5f279 (and the same on dce704e, the session's start), before anything was changed for it: reply intent 0.862 (50/58). After the structures it showed were read (tests/test_parsers_replies_writers25.py): 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES25 = Path(__file__).resolve().parent / "data" / "replies25"
KNOWN = {
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES25, KNOWN)


def test_replies25_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES25 / "make_replies25.py", tmp_path, least=59)
