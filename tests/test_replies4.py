"""Replies on a fourth blind set (written by a helper that had not read the parser): tests/data/replies4 — 71 replies
from more than 20 clients and ten languages' quote headers. Its first score: reply 0.855 (intent 63/69). One half
(odd cases) was then used for tuning; the other half stayed sealed: sealed half reply 0.818 -> 0.879, intent 28/33 ->
31/33; tuned half 0.889 -> 1.000. Whole set after: reply 0.942. Its misses then read (issue 14): 744, 750, 764 fixed -> reply 0.986 (intent 68/69).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES4 = Path(__file__).resolve().parent / "data" / "replies4"
KNOWN = {
    '752-confirm-shoudao-wecom': "a bare '收到' is recorded confirm here, but unknown by tests/data/replies 204 ('收到，谢谢！' "
                                 "-> 'an acknowledgement, not a confirmation') and test_parsers_replies: the two golds "
                                 "disagree, the older rule is kept (it changes nothing the cut-off would not)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES4, KNOWN)


def test_replies4_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(REPLIES4 / "make_replies4.py", tmp_path, least=60)
