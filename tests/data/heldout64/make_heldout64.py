#!/usr/bin/env python3
"""Write blind held-out set heldout64 (cases 9201-9238) for minutebot, or --check it.

usage: python make_heldout64.py [--check] [DIR]      (DIR defaults to this file's folder)
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hl64_core import ORGS, SH, X, P, resolve, roster_rows  # noqa: E402
import hl64_cases_a, hl64_cases_a2  # noqa: E402,F401
import hl64_cases_b, hl64_cases_b2, hl64_cases_c, hl64_cases_c2, hl64_cases_d, hl64_cases_d2  # noqa: E402,F401

MODULES = [hl64_cases_a, hl64_cases_a2, hl64_cases_b, hl64_cases_b2, hl64_cases_c, hl64_cases_c2, hl64_cases_d, hl64_cases_d2]


def all_cases():
    cases = list(hl64_cases_a.CASES)   # every module registers through hl64_cases_a.case
    cases.sort(key=lambda c: c.num)
    return cases


def readme(cases):
    from hl64_readme import TEXT
    kinds = {}
    n_items = 0
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        n_items += len(c.items)
    rows = "\n".join(f"| {c.name} | {c.kind} | {len(c.items)} | {c.tests} |" for c in cases)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return TEXT.format(counts=counts, n=len(cases), n_items=n_items, rows=rows)


def write(out):
    out.mkdir(parents=True, exist_ok=True)
    cases = all_cases()
    for c in cases:
        (out / f"{c.name}.eml").write_bytes(c.build(c))
        (out / f"{c.name}.json").write_text(json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        w.writerows(roster_rows())
    (out / "README.md").write_text(readme(cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {out}")


# ---------------------------------------------------------------- check
def fail(errs, c, msg):
    errs.append(f"{c.name}: {msg}")


def check_mime(c, raw, errs):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            fail(errs, c, f"defects {part.defects}")
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d:
                fail(errs, c, f"header {k} defects {d}")
    for hname in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
        if hname in ("From", "Date", "Message-ID", "Subject") and msg[hname] is None:
            fail(errs, c, f"missing {hname}")
    found_att = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") and part.get_filename() is None:
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs, "strict")
            except Exception as e:  # noqa: BLE001
                fail(errs, c, f"text part {ct} does not decode as {cs}: {e}")
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True)
            found_att.append(fn)
            if fn.endswith(".docx"):
                import docx
                d = docx.Document(io.BytesIO(data))
                txt = "\n".join(p.text for p in d.paragraphs) + "\n".join(
                    cell.text for t in d.tables for r in t.rows for cell in r.cells)
                if len(txt) < 50:
                    fail(errs, c, "docx text too short")
            elif fn.endswith(".pdf"):
                import pypdf
                r = pypdf.PdfReader(io.BytesIO(data))
                txt = "".join(pg.extract_text() for pg in r.pages)
                if "Action" not in txt and "Owner" not in txt:
                    fail(errs, c, "pdf text not extracted")
    return msg


def check(out):
    errs = []
    cases = all_cases()
    nums = [c.num for c in cases]
    if nums != list(range(9201, 9239)):
        errs.append(f"case numbers {nums}")
    ex = ""                 # (the list of earlier sets' domains it was written against lives outside the repository)
    doms = {v[1] for v in ORGS.values()} | {e.split("@")[1] for _, e in X.values()}
    for d in doms:
        if "@" + d in ex:
            errs.append(f"domain {d} is in excluded.txt")
    for c in cases:
        p = out / f"{c.name}.eml"
        raw = p.read_bytes()
        if raw != c.build(c):
            fail(errs, c, "eml bytes differ from a fresh build (not deterministic or stale)")
        msg = check_mime(c, raw, errs)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent != c.sent:
            fail(errs, c, f"Date header {sent} != case send time {c.sent}")
        gold = json.loads((out / f"{c.name}.json").read_text(encoding="utf-8"))
        if gold["kind"] != c.kind:
            fail(errs, c, "kind")
        if len(gold["items"]) != len(c.items):
            fail(errs, c, "item count")
        heads = " ".join(str(msg.get(hh, "")) for hh in ("From", "To", "Cc")).lower()
        for it, g in zip(c.items, gold["items"]):
            d, t = resolve(it.rule, sent)
            if (g["due_date"], g["due_time"]) != (d, t):
                fail(errs, c, f"item '{g['task']}': gold {g['due_date']} {g['due_time']} != recomputed {d} {t}")
            if d and d not in gold["notes"]:
                fail(errs, c, f"date {d} not explained in notes")
            if d:
                dd = dt.date.fromisoformat(d)
                if not (dt.date(2026, 3, 1) <= dd <= dt.date(2026, 12, 31)):
                    fail(errs, c, f"odd date {d}")
            em = g["owner_email"]
            if em and em not in {v["email"] for v in P.values()} and em.lower() not in heads:
                fail(errs, c, f"external owner {em} not in From/To/Cc")
            fl = set(g["flags"])
            if ("no_owner" in fl) != (g["owner_name"] is None):
                fail(errs, c, "no_owner flag")
            if ("vague_due" in fl or "no_due" in fl) != (g["due_date"] is None):
                fail(errs, c, "due flags")
        if c.followup:
            d, t = resolve(c.followup, sent)
            if gold["next_followup"] != {"date": d, "time": t}:
                fail(errs, c, f"followup {gold['next_followup']} != {d} {t}")
            if d not in gold["notes"]:
                fail(errs, c, f"followup date {d} not in notes")
        elif gold["next_followup"] is not None:
            fail(errs, c, "followup should be null")
        if c.kind != "minutes" and (c.items or c.followup):
            fail(errs, c, "non-minutes with items")
        sh = sent.astimezone(SH)
        if not (dt.date(2026, 4, 1) <= sh.date() <= dt.date(2026, 8, 31)):
            fail(errs, c, f"send date {sh} outside April-August 2026")
    roster = list(csv.DictReader(open(out / "roster.csv", encoding="utf-8")))
    if [r["email"] for r in roster] != [r[1] for r in roster_rows()]:
        errs.append("roster.csv stale")
    if (out / "README.md").read_text(encoding="utf-8") != readme(cases):
        errs.append("README.md stale")
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    for e in errs:
        print("FAIL", e)
    print(f"{len(cases)} cases, kinds {kinds}, items {sum(len(c.items) for c in cases)}; "
          f"{'OK' if not errs else str(len(errs)) + ' problems'}")
    return not errs


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else HERE
    if "--check" in sys.argv:
        sys.exit(0 if check(out) else 1)
    if args:                                    # write the set to OUTDIR, then check what was written there
        out.mkdir(parents=True, exist_ok=True)
        write(out)
        sys.exit(0 if check(out) else 1)
    write(out)
