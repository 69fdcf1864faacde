"""Replies written before reading how the parser takes them (tests/data/replies_variants2, make_variants2.py): quote
headers in Japanese, Korean, Portuguese, Italian, Russian, Turkish, Thai and Indonesian, mobile clients, colloquial
verdicts, several items in a sentence, reasons with other dates, questions, percent words, and a variant of each
replies4_tune miss. First score, before any change for them: reply 0.720 (36/50); after: 1.000. Every case as its gold says,
but the known misses below, each named with why.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

VARIANTS2 = Path(__file__).resolve().parent / "data" / "replies_variants2"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(VARIANTS2, KNOWN)


def test_variants2_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    assert_script_writes_the_stored_cases(VARIANTS2 / "make_variants2.py", tmp_path, least=50)
