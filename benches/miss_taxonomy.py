"""Sort every item miss of `minutebot parse` on gold corpora into the causes of issue #12's miss taxonomy.

Usage: miss_taxonomy.py DIR [DIR...] [--cmd "minutebot parse"] [--scorer PATH] [-v]

(a) the gold item's line was never taken as an item; (b) a non-item line was taken; (c) the line was taken but
the owner disagrees; (d) the task text differs too much (similarity < 0.5: owner/date left in, truncated, two
items merged); (e) other: the mail was not read as minutes. A (c) or (d) miss is one missed gold item and one
extra predicted item; both are counted. Matching is the scorer's own (imported from --scorer).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

SCORER = "/work/shared/tools/score_corpus.py"
NEAR = 0.3          # a task this similar (but < 0.5) to an unmatched gold task is the same line read badly


def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("score_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def owner_of(pred: dict) -> str:
    return (pred.get("owner") or {}).get("name") or ""


def sort_mail(sc, gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """(category, 'missed'|'extra', text) for each item miss of one mail."""
    gi, pi = gold.get("items") or [], pred.get("items") or []
    pairs = sc.match_items(gi, pi)
    matched_g, matched_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    missed = [g for g in gi if id(g) not in matched_g]
    extra = [p for p in pi if id(p) not in matched_p]
    out, used = [], set()
    if gi and pred.get("kind") != "minutes":
        return [("e", "missed", g.get("task") or "") for g in missed] + [("e", "extra", p.get("task") or "") for p in extra]
    for g in missed:
        best = max(((sc.similar(g.get("task"), p.get("task")), k) for k, p in enumerate(extra) if k not in used),
                   default=(0.0, -1))
        if best[0] >= 0.5:
            cat = "c"
        elif best[0] >= NEAR or best[1] >= 0 and _merged(sc, g, extra[best[1]]):
            cat = "d"
        else:
            out.append(("a", "missed", f"{g.get('owner_name')}: {g.get('task')}"))
            continue
        used.add(best[1])
        p = extra[best[1]]
        out.append((cat, "missed", f"{g.get('owner_name')}: {g.get('task')}  <->  {owner_of(p)}: {p.get('task')}"))
        out.append((cat, "extra", f"{owner_of(p)}: {p.get('task')}"))
    for k, p in enumerate(extra):
        if k not in used:
            out.append(("b", "extra", f"{owner_of(p)}: {p.get('task')}"))
    return out


def _merged(sc, g: dict, p: dict) -> bool:
    """The gold task sits inside a longer predicted one (two items merged, or the story around it kept)."""
    a, b = sc.norm(g.get("task")), sc.norm(p.get("task"))
    return bool(a) and len(a) >= 4 and a in b


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--cmd", default="minutebot parse")
    ap.add_argument("--scorer", default=SCORER)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    sc = load_scorer(a.scorer)
    total = Counter()
    for d in map(Path, a.dirs):
        files = sorted(d.glob("*.eml"))
        golds = [json.loads(f.with_suffix(".json").read_text(encoding="utf-8")) for f in files]
        preds = sc.run(a.cmd, d, files, 600)
        counts = Counter()
        for f, g, p in zip(files, golds, preds):
            for cat, side, text in sort_mail(sc, g, p):
                counts[cat, side] += 1
                if a.v:
                    print(f"  {d.name}/{f.stem[:40]} ({cat}) {side}: {text}")
        total.update(counts)
        print(d.name, _row(counts))
    print("total", _row(total))
    return 0


def _row(counts: Counter) -> str:
    return "  ".join(f"{c}: {counts[c, 'missed']} missed + {counts[c, 'extra']} extra" for c in "abcde")


if __name__ == "__main__":
    sys.exit(main())
