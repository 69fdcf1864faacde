"""A blind set of 36 mails (30 minutes, 4 replies, 1 out-of-office, 1 other) written in session 8 by a helper that never read the parser: a Wuhan auto-parts tier-1 supplier with German OEM customers, a Hangzhou live-commerce agency, a Hefei hospital administration office, a Shenzhen hardware startup with a Taipei design partner. First scored on 1ebbab6, before anything was changed for it: items F1 0.857, due 0.948, flags 0.958, kind 0.972, follow-up 0.867. Kept sealed while heldout18 was tuned: items F1 0.857, follow-up 0.900. Then tune21 read its misses by structure and kind20 its kind miss: items F1 0.950.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT17 = Path(__file__).resolve().parent / "data" / "heldout17"
KNOWN = {
    '3201-quality-weekly-table-national-day-outlook-gb2312':
        "'3个工作日内' gives 09-26 where gold says the make-up Sunday 09-28 (not checked which is right); the owner cell "
        "read since session 17 (a row's owner wins over a person its task names only by company or in brackets)",
    '3209-wrapped-lines-nested-brackets-thunderbird':
        "hard-wrapped lines with (a)(b) sub-items, a deadline inside nested brackets, and a next meeting split over two "
        "lines (09:00 read, gold 15:00)",
    '3215-items-buried-in-prose-paragraphs':
        "tasks buried in prose paragraphs (3 missed, and an extra '不急'): the prose reader takes the clause with a "
        "deadline, these carry their owner and work across sentences",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT17, KNOWN)


def test_heldout17_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT17 / "gen.py", tmp_path, least=36)
