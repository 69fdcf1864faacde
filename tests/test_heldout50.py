"""Blind set heldout50 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a high-speed-rail maintenance depot (SOE) in Xuchang, a dental-clinic chain in Kunming, a cross-border logistics
start-up in Urumqi and a Canadian-owned ice-wine importer in Dalian, with a Taiwanese implant supplier (big5), a freight
partner in Almaty, a customer on 163.com and an Ontario winery writing too; .docx, PDF and AI-written minutes among them.
Scored once on 20bb685, before anything was changed for it: items F1 0.943 (P 0.953, R 0.932), due 0.984, flags 0.992, kind 0.947, next follow-up 0.875.

Its eight misses were read in session 17 (tests/test_parsers_minutes_writers40.py): 1.000 on every metric.

Since then it is a regression suite: every case as its gold says, with no known miss.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT50 = Path(__file__).resolve().parent / "data" / "heldout50"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT50, KNOWN)


def test_heldout50_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT50 / "make_heldout50.py", tmp_path, least=38)
