"""Generate (and with --check, validate) blind held-out set heldout65: cases 9301-9338.

Usage: python make_heldout65.py [--check] [OUTDIR]   (OUTDIR defaults to this file's folder)
"""
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import os
import sys

import h65_lib as L
from h65_roster import roster_csv, ORGS
import importlib

MODULES = ["h65_cases_h1", "h65_cases_h2", "h65_cases_h3", "h65_cases_g1", "h65_cases_g2",
           "h65_cases_a1", "h65_cases_a2", "h65_cases_s1", "h65_cases_s2"]
for _m in MODULES:          # each module registers its cases with h65_lib.case
    importlib.import_module(_m)
import h65_readme  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def build(c):
    r = c["fn"]()
    g = {"kind": c["kind"], "items": [i.gold() for i in r.get("items", [])],
         "next_followup": r["followup"].gold() if r.get("followup") else None,
         "reply": None, "notes": r["notes"]}
    return r, g


def name(c):
    return f"{c['num']}-{c['slug']}"


def write(out):
    for c in sorted(L.CASES, key=lambda c: c["num"]):
        r, g = build(c)
        with open(os.path.join(out, name(c) + ".eml"), "wb") as f:
            f.write(r["eml"])
        with open(os.path.join(out, name(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(h65_readme.render(sorted(L.CASES, key=lambda c: c["num"]), build))


def check_case(out, c):
    errs = []
    r, g = build(c)
    raw = open(os.path.join(out, name(c) + ".eml"), "rb").read()
    if raw != r["eml"]:
        errs.append("eml bytes differ from generator (not deterministic?)")
    gj = json.load(open(os.path.join(out, name(c) + ".json"), encoding="utf-8"))
    if gj != json.loads(json.dumps(g, ensure_ascii=False)):
        errs.append("json differs from generator")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects in {part.get_content_type()}: {part.defects}")
        for k in part.keys():
            try:
                str(part[k])
            except Exception as e:  # noqa: BLE001
                errs.append(f"header {k}: {e}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if ct.startswith("text/") and part.get_filename() is None:
            cs = part.get_content_charset() or "us-ascii"
            try:
                data.decode(L.codec(cs), errors="strict")
            except Exception as e:  # noqa: BLE001
                errs.append(f"{ct} does not decode as {cs}: {e}")
        elif ct.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(data))
            txt = "\n".join(p.text for p in d.paragraphs) + "\n".join(
                cell.text for t in d.tables for row in t.rows for cell in row.cells)
            for s in r.get("attach_has", []):
                if s not in txt:
                    errs.append(f"docx lacks {s!r}")
        elif ct == "application/pdf":
            import pypdf
            txt = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
            for s in r.get("attach_has", []):
                if s not in txt:
                    errs.append(f"pdf lacks {s!r}")
    # dates: recompute from the Date header (Asia/Shanghai) with chinesecalendar
    sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
    for n, (it, gi) in enumerate(zip(r.get("items", []), gj["items"]), 1):
        d, t = L.resolve(it.rule, sent)
        if d != it.due or d != gi["due_date"]:
            errs.append(f"item {n}: rule {it.rule} gives {d}, gold {gi['due_date']}, hand {it.due}")
        if t is not None and (t != it.time or t != gi["due_time"]):
            errs.append(f"item {n}: rule time {t}, gold {gi['due_time']}")
        if gi["owner_email"] is not None and gi["owner_email"] not in raw.decode("latin-1") \
                and gi["owner_name"] not in [p for p in L.P]:
            errs.append(f"item {n}: external owner email not in the message")
    if len(r.get("items", [])) != len(gj["items"]):
        errs.append("item count mismatch")
    fu = r.get("followup")
    if fu:
        d, t = L.resolve(fu.rule, sent)
        if d != fu.date or d != gj["next_followup"]["date"] or (t and t != fu.time):
            errs.append(f"followup rule {fu.rule} gives {d} {t}, gold {gj['next_followup']}")
    if c["kind"] != "minutes" and (gj["items"] or gj["next_followup"]):
        errs.append("non-minutes case with items or follow-up")
    if not (dt.date(2026, 4, 1) <= sent.astimezone(L.SH).date() <= dt.date(2026, 8, 31)):
        errs.append(f"send date out of range: {sent}")
    return errs


def check(out):
    bad = 0
    nums = sorted(c["num"] for c in L.CASES)
    if nums != list(range(9301, 9339)):
        print("case numbers:", nums)
        bad += 1
    kinds = {}
    items = 0
    for c in sorted(L.CASES, key=lambda c: c["num"]):
        errs = check_case(out, c)
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        items += len(json.load(open(os.path.join(out, name(c) + ".json"), encoding="utf-8"))["items"])
        for e in errs:
            print(f"{name(c)}: {e}")
        bad += bool(errs)
    print(f"{len(L.CASES)} cases {kinds}, {items} gold items; {'OK' if not bad else str(bad) + ' failing'}")
    return 0 if not bad else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--check"]
    out = args[0] if args else HERE
    if "--check" in sys.argv:
        sys.exit(check(out))
    os.makedirs(out, exist_ok=True)
    write(out)
    print(f"wrote {len(L.CASES)} cases to {out}")
    if args:                                    # written to OUTDIR: check what was written there
        sys.exit(check(out))
