#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the heldout27 blind set: NNN-slug.eml / NNN-slug.json pairs and roster.csv.

  python gen_heldout27.py [OUTDIR]          write everything (default: this script's folder)
  python gen_heldout27.py --check [OUTDIR]  recompute every gold date from the calendar and compare; also
                                             re-check that files on disk equal what would be generated
Deterministic: no clock, no randomness. Needs chinesecalendar (working days / holidays 2025-2026).
"""
import os, sys, json, csv, io
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_cases6 import CASES, ROSTER_ROWS, D, dt

def gold_of(c):
    items = [{k: v for k, v in it.items() if k != "_calc"} for it in c["items"]]
    fu = None if c["fu"] is None else {"date": c["fu"]["date"], "time": c["fu"]["time"]}
    rep = None if c["reply"] is None else {k: v for k, v in c["reply"].items() if k != "_calc"}
    return {"kind": c["kind"], "items": items, "next_followup": fu, "reply": rep, "notes": c["notes"]}

def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER_ROWS:
        w.writerow(r)
    return buf.getvalue()

def check():
    bad = 0; n = 0
    for c in CASES:
        def cmp(label, lit, calc):
            nonlocal bad, n
            if lit is None:
                if calc is not None:
                    print("CALC WITHOUT DATE", c["n"], label); bad += 1
                return
            n += 1
            if calc is None:
                print("NO CALC", c["n"], label, lit); bad += 1; return
            got = calc().isoformat()
            if got != lit:
                print("MISMATCH", c["n"], label, "gold", lit, "computed", got); bad += 1
        for i, it in enumerate(c["items"], 1):
            cmp("item%d" % i, it["due_date"], it["_calc"])
            if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
                print("NULL DUE WITHOUT FLAG", c["n"], i); bad += 1
            if it["owner_name"] is None and "no_owner" not in it["flags"]:
                print("NULL OWNER WITHOUT FLAG", c["n"], i); bad += 1
        if c["fu"]:
            cmp("followup", c["fu"]["date"], c["fu"]["_calc"])
        if c["reply"]:
            cmp("reply", c["reply"]["new_due_date"], c["reply"]["_calc"])
        if c["kind"] != "minutes" and (c["items"] or c["fu"]):
            print("NON-MINUTES WITH ITEMS", c["n"]); bad += 1
    return bad, n

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else HERE
    if "--check" in sys.argv:
        bad, n = check()
        for c in CASES:
            base = os.path.join(out, "%d-%s" % (c["n"], c["slug"]))
            if os.path.exists(base + ".eml"):
                if open(base + ".eml", "rb").read() != c["eml"]:
                    print("EML DIFFERS", base); bad += 1
                if json.load(open(base + ".json", encoding="utf-8")) != gold_of(c):
                    print("JSON DIFFERS", base); bad += 1
        print("checked %d gold dates in %d cases: %s" % (n, len(CASES), "OK" if not bad else "%d problems" % bad))
        sys.exit(1 if bad else 0)
    bad, n = check()                     # (tests/data copy: the dates are checked when writing too)
    if bad:
        print("%d gold dates differ from the calendar" % bad); sys.exit(1)
    os.makedirs(out, exist_ok=True)
    for c in CASES:
        base = os.path.join(out, "%d-%s" % (c["n"], c["slug"]))
        open(base + ".eml", "wb").write(c["eml"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2); f.write("\n")
    open(os.path.join(out, "roster.csv"), "w", encoding="utf-8").write(roster_csv())
    print("wrote %d cases to %s" % (len(CASES), out))

if __name__ == "__main__":
    main()
