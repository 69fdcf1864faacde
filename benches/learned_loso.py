"""Leave-one-set-out measure of the line model (issue #12): for each held-out set, train without it, then score
the rules alone against rules + the model on it, item by item, and the model alone as a line classifier.

Usage: .venv/bin/python benches/learned_loso.py [--sets heldout13,heldout14,...] [--thresholds 0.5,0.8,0.9]
           [--rules-from TREE] [--dump] [--write-model FILE]
--rules-from: the rules' items from another source tree's parse (a worktree of the commit before a set was seen);
--dump: each item the model adds, GAIN or WRONG; --write-model: train on every set and write the model as JSON.
Results and what they mean: docs/research/learned-second-opinion.md.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from dataclasses import replace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from line_model import opinion, training as lm     # noqa: E402

DEFAULT_SETS = "heldout13,heldout14,heldout15,heldout16,heldout10,heldout11,heldout12"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=DEFAULT_SETS)
    ap.add_argument("--thresholds", default="0.5,0.7,0.8,0.9,0.95")
    ap.add_argument("--gate", default="none", choices=("none", "owned", "neighbour", "empty", "drop"),
                    help="where the model may add an item (line_model/opinion.py), or 'drop': it only removes rule "
                         "items whose line it gives less than the threshold")
    ap.add_argument("--residual", action="store_true", help="train only on the lines the rules left")
    ap.add_argument("--dump", action="store_true", help="print each item the model adds")
    ap.add_argument("--write-model", help="train on every set and write the model here as JSON, then stop")
    ap.add_argument("--rules-from", help="a source tree (e.g. a worktree of an older commit) whose parse gives the "
                    "rules' items instead of this tree's: the rules as they were before a set was seen")
    a = ap.parse_args()
    start = time.process_time()
    mails = lm.read_sets(lm.training_sets())
    print(f"read {len(mails)} minutes mails ({sum(m.aligned for m in mails)} aligned) "
          f"in {time.process_time() - start:.0f} s CPU")
    if a.write_model:
        Path(a.write_model).write_text(lm.as_json(lm.train(mails, 0.9), [p.name for p in lm.training_sets()]),
                                       encoding="utf-8")
        return 0
    thresholds = [float(t) for t in a.thresholds.split(",")]
    totals = {t: [0, 0, 0, 0, 0, 0] for t in thresholds}
    for held in a.sets.split(","):
        model = lm.train([m for m in mails if m.set != held], 2.0, a.residual)
        test = [m for m in mails if m.set == held]
        if a.rules_from:
            test = _rules_of(a.rules_from, held, test)
        _lines(held, model, test)
        for t in thresholds:
            row = _items(test, replace(model, take_above=t), a.gate, a.dump)
            totals[t] = [x + y for x, y in zip(totals[t], row)]
            print(f"  {held} take>{t}: " + _row(row))
    for t in thresholds:
        print(f"ALL take>{t}: " + _row(totals[t]))
    return 0


def _rules_of(tree: str, held: str, test: list) -> list:
    """`test` with the rule items another tree's `minutebot parse` gives (subprocess, its own sources first)."""
    folder = lm.DATA / held
    files = [str(folder / f"{m.name}.eml") for m in test]
    argv = [sys.executable, "-m", "minutebot", "parse", "--jsonl", "--roster", str(folder / "roster.csv"), *files]
    out = subprocess.run(argv, cwd=tree, env={**os.environ, "PYTHONPATH": tree}, capture_output=True, text=True)
    parsed = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return [replace(m, rule_items=tuple(_Read(i) for i in p.get("items") or ())) for m, p in zip(test, parsed)]


class _Read:
    """An item as another tree's parse printed it: what the hook and the scoring read of an Item."""

    def __init__(self, data: dict):
        self.data, self.task, self.number = data, data["task"], data["number"]

    def as_json(self) -> dict:
        return self.data


def _items(test, model, gate: str, dump: bool = False):
    """[gold, rule preds, rule matched, model preds, model matched, added]"""
    out = [0] * 6
    for m in test:
        known = dict(zip(m.lines, m.feats))
        both = opinion.drop_below(m.text, m.rule_items, model, model.take_above, known, m.ctx) if gate == "drop" \
            else opinion.second_opinion(m.text, m.rule_items, m.ctx, model, known, gate)
        g, p, k = lm.item_counts(m, m.rule_items)
        _, p2, k2 = lm.item_counts(m, both)
        if dump:
            _dump(m, both, gate)
        out = [x + y for x, y in zip(out, (g, p, k, p2, k2, len(both) - len(m.rule_items)))]
    return out


def _dump(m, both, gate: str) -> None:
    """Each item the model adds (GAIN: it matches a gold item the rules missed) or drops (LOST: it was right)."""
    base = lm.item_counts(m, m.rule_items)[2]
    changed = [i for i in m.rule_items if i not in both] if gate == "drop" else list(both[len(m.rule_items):])
    for item in changed:
        if gate == "drop":
            right = lm.item_counts(m, tuple(i for i in m.rule_items if i is not item))[2] == base
            verdict = "DROPPED-RIGHTLY" if right else "LOST"
        else:
            verdict = "GAIN" if lm.item_counts(m, (*m.rule_items, item))[2] > base else "WRONG"
        owner = (item.as_json().get("owner") or {}).get("name")
        print(f"    {m.set}/{m.name[:36]} {verdict} {owner}: {item.task[:70]}")


def _row(r):
    g, p, k, p2, k2, added = r
    return (f"rules F1 {_f1(g, p, k):.3f} (P {k / max(p, 1):.3f} R {k / max(g, 1):.3f}) -> +model F1 {_f1(g, p2, k2):.3f} "
            f"(P {k2 / max(p2, 1):.3f} R {k2 / max(g, 1):.3f}); items {added:+d}: matched {k2 - k:+d}, "
            f"unmatched {added - (k2 - k):+d}")


def _f1(g, p, k):
    return 2 * k / (g + p) if g + p else 1.0


def _lines(held, model, test):
    """The model alone as a line classifier on the held-out set's aligned mails, at 0.5."""
    tp = fp = fn = 0
    for m in test:
        if not m.aligned:
            continue
        for feats, label in zip(m.feats, m.labels):
            said = model.probability(feats) > 0.5
            tp, fp, fn = tp + (said and label), fp + (said and not label), fn + (label and not said)
    print(f"{held}: line classifier P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} "
          f"({tp + fn} item lines)")


if __name__ == "__main__":
    sys.exit(main())
