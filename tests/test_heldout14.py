"""Minutes from a fourteenth blind set (written by a helper that had not read the parser): tests/data/heldout14 — a
Chengdu game studio, a Shanghai private-equity fund, a Qingdao brewery's production plant and a Kunming travel agency
with Thai and Lao partners, 38 mails (30 minutes with 97 gold items, 4 replies, 2 auto, 2 other). Kept sealed while
the first tuning round read heldout13: on arrival (34edb24) items F1 0.891, due 0.976, flags 0.988, kind 0.947, reply
0.750, follow-up 0.833; after that round (ab423ee) items F1 0.894, kind 1.000, follow-up 0.900. Its misses were then
read on branches tune16a (2501-2518) and tune16b (2519-2538), with variants in tests/test_parsers_minutes_writers17a.py
and 17b.py: items F1 0.984, due 0.989, flags 0.989, kind, reply and follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT14 = Path(__file__).resolve().parent / "data" / "heldout14"
KNOWN = {
    '2512-pe-pipeline-same-task-own-numbering': "item 7 ('和5一起交') would take its day from item 5; it is read without a date (no_due), which the case's notes call defensible",
    '2520-travel-thai-partner-english-bangkok-time': "'Both side please double check …, no rush': an English line with no person and no fixed day is not read as an item (gold: no owner, vague); making such lines items risks extras elsewhere",
    '2526-brew-korean-vendor-english-kst': "'Qingdao plant will share to us. Date is not fixed yet.': the same shape, a plant and no day; not read as an item",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT14, KNOWN)


def test_heldout14_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT14 / "make_heldout14.py", tmp_path, least=28)
