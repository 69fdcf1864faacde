"""The parser on mail it was not written for: tests/data/heldout (another company, other clients, 繁體 big5,
English start-up minutes, a hospital's and a law firm's) scored by the shared scorer through `minutebot parse`.

The first score of this set, before any rule was written for it, was items F1 0.824, due 0.941, owner 1.000,
flags 0.926, kind 0.900, reply 0.857, follow-up 0.900: that is the honest estimate for mail nobody has seen.
The targets below sit under what the parser reaches now, so a rule that breaks one of these mails fails here.
"""
from pathlib import Path

import pytest

from gold import assert_script_writes_the_stored_cases
from test_corpus import SCORER, SHARED, score

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
TARGETS = {"item_f1": 0.95, "due_acc": 0.95, "owner_email_acc": 0.95, "flags_acc": 0.93, "kind_acc": 0.96,
           "reply_acc": 0.85, "followup_acc": 0.9}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_heldout_meets_the_targets():
    metrics = score(HELDOUT)
    assert metrics["errors"] == 0
    assert metrics["cases"] >= 30
    below = {name: metrics[name] for name, target in TARGETS.items() if metrics[name] < target}
    assert not below, f"below target: {below}"


def test_heldout_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    assert_script_writes_the_stored_cases(HELDOUT / "make_heldout.py", tmp_path, least=30)
