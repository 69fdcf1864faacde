#!/usr/bin/env python3
"""Blind held-out set heldout51 for minutebot: 38 mails CC'd to the bot (32 minutes, 3 other, 3 auto), cases 7901-7938.

    python make_heldout51.py            write NNNN-slug.eml/.json, roster.csv and README.md next to this script
    python make_heldout51.py --check    re-parse every .eml (email.policy.default: no defects, every text part decodes),
                                        recompute every gold date from the message's own Date header in Asia/Shanghai
                                        with chinesecalendar, validate the gold schema and the roster, and verify the
                                        files are byte-identical to a fresh build (deterministic: no clock, no randomness)

Needs: chinesecalendar, python-docx, reportlab, pypdf (the /work/blind/venv interpreter has them).
"""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h51_lib as L            # noqa: E402
import h51_case as HC          # noqa: E402
import cases_a                 # noqa: E402
import cases_b                 # noqa: E402
import cases_c                 # noqa: E402
import cases_d                 # noqa: E402

MODULES = [cases_a, cases_b, cases_c, cases_d]
for _m in MODULES:
    L.add_people(_m.PEOPLE)
CASES = [c for m in MODULES for c in m.CASES]
assert [c.num for c in CASES] == list(range(7901, 7939)), [c.num for c in CASES]


def build_all():
    """Returns {stem: (eml_bytes, gold_dict)} computed from the case definitions."""
    import email
    import email.policy
    out = {}
    for c in CASES:
        raw = c.build()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sent = msg["date"].datetime
        out[c.stem] = (raw, HC.gold(c, sent))
    return out


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(L.ROSTER_COLUMNS)
    for r in L.ROSTER:
        w.writerow(r)
    return buf.getvalue()


def write_all():
    import make_readme
    built = build_all()
    for stem, (raw, gold) in built.items():
        with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(roster_csv())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(make_readme.readme(CASES, built))
    kinds = {}
    for c in CASES:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print(f"wrote {len(CASES)} cases to {HERE}: {kinds}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        import check_heldout51
        sys.exit(check_heldout51.main(CASES, build_all, roster_csv))
    if sys.argv[1:]:                     # make_heldout51.py OUTDIR: write there, then check what was written
        import check_heldout51
        HERE = check_heldout51.HERE = os.path.abspath(sys.argv[1])
        os.makedirs(HERE, exist_ok=True)
        write_all()
        sys.exit(check_heldout51.main(CASES, build_all, roster_csv))
    write_all()
