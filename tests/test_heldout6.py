"""The parser on a sixth held-out set, written blind (by someone who had not read the parser): tests/data/heldout6 —
a Shenzhen cross-border e-commerce seller, a provincial grid SOE branch, a K-12 after-school company and a
Japanese-invested factory in Suzhou: Japanese-style Chinese (沈桑, 连休前, 担当, 次回：, （金）), Big5 wrapped lines,
person headings drawn with ■ and 【】, 8D and 督办 tables, a .docx attachment, decisions-only minutes, English
minutes from external writers, make-up working days of 2025-2026 and a 2027 mail.

Its first score, before anything was changed for it: items F1 0.848, due 0.946, flags 0.935, kind 0.951,
follow-up 0.733. On main after other work: items F1 0.888, due 0.929, flags 0.919, kind 0.976, follow-up 0.833.
Issue #12's heldout6 round (general readings, each tested on variants in tests/test_parsers_minutes_writers6.py):
items F1 0.991, due 1.000, owner 1.000, flags 0.991, kind 1.000, reply 1.000, follow-up 1.000. Since then it is a
regression suite: every case as its gold says, but the known misses below, each named with why it still fails.
Since tune15c ('1、topic：status' over '→ action' lines: the arrow lines are the items, led by the topic; written for
heldout12 2203) 1017 is right too: items F1 1.000.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT6 = Path(__file__).resolve().parent / "data" / "heldout6"
KNOWN = {
    '1004-yf-forwarded-forwarder-minutes-outlook': "'确认 1 月中旬美西仓收货排期': 1月中旬 is read as a vague due; the gold "
                                                   "calls it part of the task (no_due), and its README says either reading "
                                                   "is fair",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT6, KNOWN)


def test_heldout6_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT6 / "make_heldout6.py", tmp_path, least=41)
