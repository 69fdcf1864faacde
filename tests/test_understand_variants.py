"""Mail written before reading the rules it tests (issues #12 and #14): tests/data/minutes10 (29 minutes from a
hospital and a logistics company) and tests/data/replies_variants (40 replies to their recaps), asserted case by
case. minutes10 is also asserted item by item, with the minutes' own numbers, in test_parsers_minutes_new_writers.py.

First scores, before any rule was changed for them: minutes10 items F1 0.938 (precision 0.974, recall 0.905),
owner 0.987, kind 0.931, follow-up 0.966, due and flags 1.000; replies_variants reply 0.875 (35 of 40). After the
general fixes of this round (a 下次X / Next X label, '@First Last' owners, a bracket of helpers in an owner cell,
责任单位：unit（person）, a cell listing ①② actions beside a topic cell, 协作事项 as a task column; result
complements such as 盘点完了/换好了 as done, 'N号事项', '1、2都OK', a reply starting with a number above an
attribution): every case right.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
@pytest.mark.parametrize("corpus", ["minutes10", "replies_variants"])
def test_every_case_is_right(corpus):
    assert_every_case(DATA / corpus)


@pytest.mark.parametrize("corpus,script,least", [("minutes10", "make_minutes10.py", 25),
                                                 ("replies_variants", "make_replies_variants.py", 30)])
def test_mails_are_what_the_script_writes(corpus, script, least, tmp_path):
    """The script re-checks its weekday gold dates against chinesecalendar and writes the bytes that are stored."""
    assert_script_writes_the_stored_cases(DATA / corpus / script, tmp_path, least)
