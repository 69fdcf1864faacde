"""Replies written before reading how the parser takes them (tests/data/replies_variants2, make_variants2.py): quote
headers in Japanese, Korean, Portuguese, Italian, Russian, Turkish, Thai and Indonesian, mobile clients, colloquial
verdicts, several items in a sentence, reasons with other dates, questions, percent words, and a variant of each
replies4_tune miss. First score, before any change for them: reply 0.720 (36/50). Now every case as its gold says,
but the known misses below, each named with why.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

VARIANTS2 = Path(__file__).resolve().parent / "data" / "replies_variants2"
KNOWN: dict[str, str] = {
    "609-gaodim-cantonese-hk-outlook": "Cantonese 搞掂咗 is not a done word yet",
    "610-mou-man-tai-cantonese-confirm": "Cantonese 冇問題 is not an acknowledgement yet",
    "611-ok-le-item5-gmail-zh": "'ok了' after an item reads as a confirm",
    "614-item2-sorted-gmail-it": "'sorted' after an item is not a done word yet",
    "615-item4-wrapped-up-outlook-it": "'wrapped up' is not a done word yet",
    "620-both-1-and-5-wrapped-up-gmail-id": "'wrapped up' is not a done word yet",
    "631-da-ban-item4-iphone-zh": "大半 before 做完了 reads as done",
    "648-ok-le-item1-report-sent-outlook-ja": "'ok了' after an item reads as a confirm",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(VARIANTS2, KNOWN)


def test_variants2_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    assert_script_writes_the_stored_cases(VARIANTS2 / "make_variants2.py", tmp_path, least=50)
