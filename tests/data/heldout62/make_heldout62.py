#!/usr/bin/env python3
"""Write the heldout62 blind set (cases 9001-9038) into this folder, or --check it.

Usage: make_heldout62.py [--out DIR]        write every .eml/.json, roster.csv and the README case table
       make_heldout62.py --check [DIR]      re-parse and re-verify what is on disk

Run with /work/blind/venv/bin/python (chinesecalendar, python-docx, reportlab, pypdf).
"""
import argparse
import email
import email.policy
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h62_lib as L  # noqa: E402

MODULES = ["h62_cases_a", "h62_cases_b", "h62_cases_c", "h62_cases_d", "h62_cases_e", "h62_cases_f",
           "h62_cases_g"]


def all_cases():
    import importlib
    out = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        out += [fn() for fn in mod.CASES]
    out.sort(key=lambda c: c["num"])
    return out


def gold(c):
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in c["items"]]
    fu = c.get("followup")
    if fu:
        fu = {"date": fu["date"], "time": fu["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": fu, "reply": None, "notes": c["notes"]}


def write(out):
    out.mkdir(parents=True, exist_ok=True)
    cases = all_cases()
    nums = [c["num"] for c in cases]
    assert len(nums) == len(set(nums)), "duplicate case numbers"
    for c in cases:
        stem = "%d-%s" % (c["num"], c["slug"])
        (out / (stem + ".eml")).write_bytes(c["eml"])
        (out / (stem + ".json")).write_text(json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        # the spec each gold date was resolved from, for --check
        c["_stem"] = stem
    specs = {c["_stem"]: {"items": [it["_spec"] for it in c["items"]],
                          "followup": (c["followup"] or {}).get("_spec"),
                          "must": c.get("must", [])} for c in cases}
    (out / "specs.json").write_text(json.dumps(specs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "roster.csv").write_text(L.roster_csv(), encoding="utf-8")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    from h62_readme import HEAD
    rows = ["| %s | %s | %d | %s |" % ("%d-%s" % (c["num"], c["slug"]), c["kind"], len(c["items"]), c["tests"])
            for c in cases]
    counts = ", ".join("%s %d" % (k, kinds[k]) for k in ("minutes", "other", "auto") if k in kinds)
    head = HEAD.format(counts=counts, items=sum(len(c["items"]) for c in cases))
    (out / "README.md").write_text(head + "| case | kind | items | what it tests |\n| --- | --- | --- | --- |\n"
                                   + "\n".join(rows) + "\n", encoding="utf-8")
    print("wrote %d cases %s, %d gold items -> %s" % (len(cases), kinds, sum(len(c["items"]) for c in cases), out))


# ------------------------------------------------------------------ check
def walk_text(msg, errs, name):
    """Decode every text part strictly; return concatenated text (plus attachment text)."""
    out = []
    for p in msg.walk():
        if p.defects:
            errs.append("%s: part defects %s" % (name, p.defects))
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        data = p.get_payload(decode=True)
        fn = p.get_filename() or ""
        if data is None:
            continue
        if ct.startswith("text/") and not fn:
            cs = p.get_content_charset() or "us-ascii"
            try:
                out.append(data.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: %s part not %s: %s" % (name, ct, cs, e))
        elif ct == "message/delivery-status" or ct == "message/rfc822":
            out.append(str(p.get_payload()))
        elif fn.endswith(".docx"):
            try:
                out.append(L.docx_text(data))
            except Exception as e:  # noqa: BLE001
                errs.append("%s: docx does not open: %s" % (name, e))
        elif fn.endswith(".pdf"):
            try:
                t = L.pdf_text(data)
                if len(t.strip()) < 40:
                    errs.append("%s: pdf text too short" % name)
                out.append(t)
            except Exception as e:  # noqa: BLE001
                errs.append("%s: pdf text does not extract: %s" % (name, e))
    return "\n".join(out)


def check(d):
    errs = []
    specs = json.loads((d / "specs.json").read_text(encoding="utf-8"))
    emls = sorted(d.glob("*.eml"))
    roster = {}
    import csv
    with open(d / "roster.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            roster[r["name"]] = r
    emails = {r["email"] for r in roster.values()}
    counts, nitems = {}, 0
    for f in emls:
        name = f.stem
        raw = f.read_bytes()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            if b"Content-Transfer-Encoding: 8bit" not in raw:
                errs.append("%s: 8-bit bytes without an 8bit part" % name)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errs.append("%s: message defects %s" % (name, msg.defects))
        for k in ("From", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                errs.append("%s: no %s header" % (name, k))
        for k, v in msg.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %s" % (name, k, v.defects))
        text = walk_text(msg, errs, name)
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        nitems += len(g["items"])
        sp = specs.get(name)
        if sp is None:
            errs.append("%s: no specs entry" % name)
            continue
        sent = L.shanghai(msg["Date"])
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errs.append("%s: non-minutes case with items or follow-up" % name)
        if len(sp["items"]) != len(g["items"]):
            errs.append("%s: specs/items length differ" % name)
        for i, (it, spec) in enumerate(zip(g["items"], sp["items"])):
            dd, tt = L.resolve(spec, sent)
            if dd != it["due_date"]:
                errs.append("%s #%d: due %s but %s resolves to %s" % (name, i + 1, it["due_date"], spec, dd))
            if spec and spec.startswith("hours") and tt != it["due_time"]:
                errs.append("%s #%d: due_time %s but %s gives %s" % (name, i + 1, it["due_time"], spec, tt))
            if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
                errs.append("%s #%d: no date and no flag" % (name, i + 1))
            if it["due_date"] and ({"vague_due", "no_due"} & set(it["flags"])):
                errs.append("%s #%d: date and a no-date flag" % (name, i + 1))
            if (it["owner_name"] is None) != ("no_owner" in it["flags"]):
                errs.append("%s #%d: owner/no_owner mismatch" % (name, i + 1))
            on = it["owner_name"]
            if on in roster:
                r = roster[on]
                if it["owner_email"] != r["email"] or it["department"] != r["department"]:
                    errs.append("%s #%d: owner fields differ from roster" % (name, i + 1))
            elif on is not None:
                if it["owner_email"] and it["owner_email"] in emails:
                    errs.append("%s #%d: outside owner with a roster address" % (name, i + 1))
                if it["owner_email"] and it["owner_email"] not in raw.decode("ascii", "replace"):
                    errs.append("%s #%d: outside owner's address not in the headers" % (name, i + 1))
            if not it["task"]:
                errs.append("%s #%d: empty task" % (name, i + 1))
        fu, fs = g["next_followup"], sp["followup"]
        if bool(fu) != bool(fs):
            errs.append("%s: follow-up / spec presence differ" % name)
        elif fu:
            dd, _ = L.resolve(fs, sent)
            if dd != fu["date"]:
                errs.append("%s: follow-up %s but %s resolves to %s" % (name, fu["date"], fs, dd))
        for m in sp.get("must", []):
            if m not in text:
                errs.append("%s: text lacks %r" % (name, m))
        if not g["notes"]:
            errs.append("%s: no notes" % name)
        if not (L.dt.date(2026, 4, 1) <= sent.date() <= L.dt.date(2026, 8, 31)):
            errs.append("%s: send date %s out of April-August 2026" % (name, sent.date()))
    for e in errs:
        print("FAIL", e)
    print("%d cases %s, %d gold items: %s" % (len(emls), counts, nitems, "FAILED" if errs else "ok"))
    return 1 if errs else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", nargs="?", const=str(HERE), default=None)
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("outdir", nargs="?", help="write the set there, then check what was written")
    a = ap.parse_args()
    if a.outdir:
        Path(a.outdir).mkdir(parents=True, exist_ok=True)
        write(Path(a.outdir))
        sys.exit(check(Path(a.outdir)))
    if a.check is not None:
        sys.exit(check(Path(a.check)))
    write(Path(a.out))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
