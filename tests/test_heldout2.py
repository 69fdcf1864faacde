"""The parser on a second held-out set written after the first was tuned: tests/data/heldout2 (a state-owned
construction group, a Hangzhou e-commerce company, a Suzhou factory and its Taiwanese supplier, a university
lab, an insurer, a game studio; replies in many forms, machine mail, other mail), scored through the shared scorer.

Its first score, before any rule was written for it, was items F1 0.821, due 0.792, owner 1.000, flags 0.792,
kind 1.000, reply 0.750, follow-up 0.846: the honest estimate for mail nobody has seen. The targets sit a little
under what the parser reaches now, so a rule that breaks one of these mails fails here.
"""
from pathlib import Path

import pytest

from gold import assert_script_writes_the_stored_cases
from test_corpus import SCORER, score

HELDOUT2 = Path(__file__).resolve().parent / "data" / "heldout2"
TARGETS = {"item_f1": 0.97, "due_acc": 0.97, "owner_email_acc": 0.97, "flags_acc": 0.96, "kind_acc": 0.96,
           "reply_acc": 0.95, "followup_acc": 0.9}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_heldout2_meets_the_targets():
    metrics = score(HELDOUT2)
    assert metrics["errors"] == 0
    assert metrics["cases"] >= 25
    below = {name: metrics[name] for name, target in TARGETS.items() if metrics[name] < target}
    assert not below, f"below target: {below}"


def test_heldout2_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    assert_script_writes_the_stored_cases(HELDOUT2 / "make_heldout2.py", tmp_path, least=25)
