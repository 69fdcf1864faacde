"""Replies on a tenth blind set (written by a helper that had not read the parser): tests/data/replies10 — a fashion
brand with its head office in Guangzhou, sourcing in Dhaka and Ho Chi Minh City, design in Milan, a warehouse in Los
Angeles and finance in Hong Kong, 52 mails (48 replies, 4 auto-replies) from ~30 client setups. Scores while it was
sealed: on f0f2c58 (the tuning session's start) reply 0.896 (43/48); after that session's tuning on other sets
(de1acea) 0.875 (42/48) — 2114 'item 2 - BSCI audit is booked for 30 Oct, about 60% of the pre-audit checklist is
ready' turned done when 976c31c read 'is booked' as a delivery. Its six misses were read on branch tuner10 (issue 14)
as structures, with variants written first (tests/data/replies_variants8): reply 0.875 -> 1.000 (48/48).

Since then it is a regression suite: every case as its gold says. Its task-named replies are run through the workflow
in tests/test_replies10_named.py. Where this set's gold could contradict older golds, it does not here: 2105 'two more
days on item 3' is counted in calendar days from the due date, as replies8 1722 and replies_variants6 do (replies9
2017 counts working days and stays in its KNOWN); 2129 and 2143, questions naming an item, keep the number (items as
written), as replies8 1713 does (replies9 2045 stays in its KNOWN).
"""
import subprocess
import sys
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

REPLIES10 = Path(__file__).resolve().parent / "data" / "replies10"
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(REPLIES10, KNOWN)


def test_replies10_mails_are_what_the_script_writes(tmp_path):
    assert_script_writes_the_stored_cases(REPLIES10 / "make_replies10.py", tmp_path, least=40)


def test_replies10_gold_dates_follow_the_calendar(tmp_path):
    """The script's --check recomputes every new_due_date with chinesecalendar and re-reads every .eml."""
    script = REPLIES10 / "make_replies10.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True, timeout=300)
    done = subprocess.run([sys.executable, str(script), "--check", str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and "all gold dates re-computed" in done.stdout, done.stdout[-2000:]
