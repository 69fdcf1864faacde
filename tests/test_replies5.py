"""Replies on a fifth blind set (written by a helper that had not read the parser), kept sealed while replies were
tuned on other sets: tests/data/replies5 — a pharmaceutical distributor in Shanghai, Taipei, Singapore and Munich,
60 mails from more than 20 clients. First score: reply 0.797 (intent 51/59); after the session's work, with this set
unseen: reply 0.881 (intent 53/59). Its misses were then read and their structures fixed, each first written as
variants of my own (tests/data/replies_variants3): reply 1.000 (intent 59/59).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES5 = Path(__file__).resolve().parent / "data" / "replies5"
KNOWN: dict[str, str] = {}   # the 7 misses read right since issue 14's round (lexicon.py, inline.py, glued attribution)


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES5, KNOWN)


def test_replies5_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES5 / "make_replies5.py", tmp_path, least=45)
