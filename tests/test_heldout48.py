"""Blind set heldout48 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a county hospital in Kangding, a mushroom co-operative in Gutian, a private-equity fund in Lujiazui and an
Austrian-owned ski-lift service company in Chongli, with a Hong Kong co-investor (big5), a German rope supplier, a
Japanese importer and a customer ski resort writing too; .docx, PDF and AI-written minutes among them.
Scored once on ab62543, before anything was changed for it: items F1 0.946 (P 0.932, R 0.961), due 1.000, flags 0.984, kind 0.974, next follow-up 0.969.

Its eight misses were read in session 17 (tests/test_parsers_minutes_writers39.py): 1.000 on every metric.

Since then it is a regression suite: every case as its gold says, with no known miss.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT48 = Path(__file__).resolve().parent / "data" / "heldout48"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT48, KNOWN)


def test_heldout48_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT48 / "make_heldout48.py", tmp_path, least=38)
