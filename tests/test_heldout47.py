"""Blind set heldout47 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a prefecture tax bureau in Shangqiu, a motorcycle maker in Bishan (Chongqing), a cross-border pet-food brand in
Xiamen and a Swedish-owned forklift plant in Pinghu, with a wheel supplier, an Australian distributor, a Taiwanese
valve supplier (big5) and the Swedish head office writing too; .docx and PDF minutes among them.
Scored once on ab62543, before anything was changed for it: items F1 0.885 (P 0.866, R 0.906), due 0.983, flags 0.974, kind 0.974, next follow-up 0.781.

Its nineteen misses were read in session 17 (tests/test_parsers_minutes_writers38.py): 1.000 on every metric.

Since then it is a regression suite: every case as its gold says, with no known miss.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT47 = Path(__file__).resolve().parent / "data" / "heldout47"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT47, KNOWN)


def test_heldout47_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT47 / "make_heldout47.py", tmp_path, least=38)
