"""The parser on a tenth held-out set, written blind (by a helper that had not read the parser): tests/data/heldout10 —
a Suzhou EMS contract manufacturer, a Beijing law firm, a Hangzhou live-streaming e-commerce company and a Hong Kong
freight forwarder (36 mails: 29 minutes with 106 items, 4 replies, 2 auto, 1 other).

Scores: first, on main (f0f2c58) before anything was changed for it, items F1 0.800, due 0.910, owner 0.986, flags
0.923, kind 0.972, reply 1.000, follow-up 0.828; after issue #12's heldout10 round (branch tune11, each rule written
on a variant of its own first: tests/test_parsers_minutes_writers12.py) items F1 0.986, due 0.971, owner 1.000, flags
0.990, kind 1.000, reply 1.000, follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong and why.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT10 = Path(__file__).resolve().parent / "data" / "heldout10"
KNOWN = {
    '1815-live-one-line-manager-after-midnight': "due 2026-11-13 09:00 != 2026-11-12 09:00 (ROI周报发群里): 明早 in a "
        "mail sent at 01:20; the gold reads the writer's day as the evening before (the set's README lists it as a "
        "judgement call), the parser reads the calendar day: no rule fitted to it",
    '1817-hk-cantonese-rotterdam-followup': "missed item 黃志偉: submit SI; extra item 黃志偉: SI cut-off 係，要喺之前submit晒: "
        "'SI cut-off 係7月8號 (Tue) 中午12點，偉哥要喺之前submit晒' — owner and due are right, but the task is a topic "
        "clause plus 'submit' with its object left out (之前 points back at the cut-off): too far from 'submit SI'",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT10, KNOWN)


def test_heldout10_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT10 / "make_heldout10.py", tmp_path, least=30)
