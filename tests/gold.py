"""Gold corpora scored case by case: every case right, or a known miss named with its reason.

A corpus we have tuned on is a regression suite, not an estimate: an average with room for misses would let a rule
that one case needs be deleted unnoticed. So each case must come out exactly as its gold says (each item, owner,
date, flag, follow-up, reply), except the misses a test names, each with why; a known miss that gets fixed must be
taken off its list too, so the list stays true.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_corpus.py"


def misses_by_case(corpus: Path) -> tuple[dict, dict[str, list[str]]]:
    """(metrics, {case: [what the scorer found wrong]}) for `minutebot parse` on one corpus."""
    command = f"{sys.executable} -m minutebot parse"
    done = subprocess.run([sys.executable, str(SCORER), str(corpus), "--cmd", command, "-v", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    lines = done.stdout.strip().splitlines()
    misses = defaultdict(list)
    for line in lines:
        if line.startswith("MISS "):
            case, _, what = line[5:].partition(": ")
            misses[case].append(what)
    return json.loads(lines[-1]), dict(misses)


def assert_every_case(corpus: Path, known: dict[str, str] | None = None) -> dict:
    """Every case of `corpus` right but the `known` misses ({case: reason}); returns the metrics."""
    known = known or {}
    metrics, misses = misses_by_case(corpus)
    assert metrics["errors"] == 0
    unexpected = {case: found for case, found in misses.items() if case not in known}
    fixed = sorted(set(known) - set(misses))
    assert not unexpected, "cases that are wrong:\n" + "\n".join(
        f"{case}: {what}" for case, found in sorted(unexpected.items()) for what in found)
    assert not fixed, f"known misses that now pass (take them off the list): {fixed}"
    return metrics
