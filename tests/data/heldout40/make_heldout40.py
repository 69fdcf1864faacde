#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the blind held-out set "heldout40" (cases 6801-6838) for minutebot.

    python3 make_heldout40.py [OUTDIR]          write every .eml/.json, roster.csv (default: this folder)
    python3 make_heldout40.py --check [OUTDIR]  re-parse every .eml with email.policy.default (no defects, every
                                                text part decodes), recompute every gold date from the message's
                                                own Date header in Asia/Shanghai with chinesecalendar, and compare

Deterministic: no clock, no randomness. Needs chinesecalendar, python-docx, reportlab, pypdf
(/work/blind/venv/bin/python).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h40gold  # noqa: E402
import h40_cases_a  # noqa: E402,F401

for _m in ("h40_cases_b", "h40_cases_c", "h40_cases_d"):
    try:
        __import__(_m)
    except ModuleNotFoundError as e:
        if e.name != _m:
            raise


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    out = os.path.abspath(args[0]) if args else HERE
    if check:
        ok = h40gold.check_all(out)
        sys.exit(0 if ok else 1)
    h40gold.write_all(out)
    print(f"wrote {len(h40gold.CASES)} cases to {out}")
    sys.exit(0 if h40gold.check_all(out) else 1)    # (added when the set joined the tests: write, then check)


if __name__ == "__main__":
    main(sys.argv[1:])
