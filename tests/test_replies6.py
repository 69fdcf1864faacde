"""Replies on a sixth blind set (written by a helper that had not read the parser): tests/data/replies6 — a furniture
maker in Foshan with offices in Los Angeles, Dubai and Ho Chi Minh City and suppliers in Germany, Japan, Korea and
the Netherlands, 53 mails from more than 30 client setups and 8 quote-header languages. First score, on main before
anything changed for it: reply 0.765 (intent 39/51). Then tuned on it (issue 14; each miss first written again as a
variant in tests/data/replies_variants4, which failed, then fixed by its structure), with the lexicon of the
replfix branch merged: reply 0.980 (intent 51/51, items 50/51).

Since then it is a regression suite: every case as its gold says, but the known miss below, named with why.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES6 = Path(__file__).resolve().parent / "data" / "replies6"
KNOWN = {
    "1411-coremail-question-unknown": "gold convention differs: a question that names 第4项 is intent unknown with "
    "items [] in this set (README convention 1), but [as written] in replies4 730/737, replies5 1147/1151, "
    "variants2 626-629 and 13 golds in all; the parser keeps the items a question names (unknown changes nothing "
    "either way)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES6, KNOWN)


def test_replies6_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES6 / "gen_replies6.py", tmp_path, least=45)
