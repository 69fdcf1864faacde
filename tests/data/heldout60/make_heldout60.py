#!/usr/bin/env python3
"""Generate blind held-out set heldout60 (cases 8801-8838) for the minutebot parser.

    python make_heldout60.py            # (re)write every .eml/.json, roster.csv and README.md here
    python make_heldout60.py --check    # validate what is on disk

Deterministic: re-running writes identical bytes. Case definitions live in h60_cases*.py; shared helpers
(calendar rules, roster, MIME building) in h60_lib.py. Gold dates are hand-written in each case and
re-derived from the message's own Date header (Asia/Shanghai) with chinesecalendar both when writing and in --check.
"""
import csv
import io
import json
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h60_lib as L  # noqa: E402
import h60_cases1, h60_cases2, h60_cases3, h60_cases4, h60_cases5, h60_cases6  # noqa: E402,F401
from h60_readme import README_HEAD  # noqa: E402


def build(c):
    r = c["fn"]()
    msg = BytesParser(policy=policy.default).parsebytes(r["raw"])
    sent = L.parse_date_header(msg["Date"])
    gold = {"kind": c["kind"],
            "items": [i.gold(sent) for i in r.get("items", [])],
            "next_followup": r["fu"].gold(sent) if r.get("fu") else None,
            "reply": None,
            "notes": r["notes"]}
    return r, gold


def name(c):
    return "%d-%s" % (c["num"], c["slug"])


def write():
    for c in sorted(L.CASES, key=lambda c: c["num"]):
        r, gold = build(c)
        (HERE / (name(c) + ".eml")).write_bytes(r["raw"])
        (HERE / (name(c) + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for row in L.ROSTER:
        w.writerow(row)
    (HERE / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")
    rows = ["| case | kind | items | what it tests |", "| --- | --- | --- | --- |"]
    counts = {}
    nitems = 0
    for c in sorted(L.CASES, key=lambda c: c["num"]):
        _, gold = build(c)
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        nitems += len(gold["items"])
        rows.append("| %s | %s | %d | %s |" % (name(c), c["kind"], len(gold["items"]), c["what"].replace("|", "\\|")))
    summary = "Counts: %d cases; minutes %d, other %d, auto %d; %d gold items." % (
        len(L.CASES), counts.get("minutes", 0), counts.get("other", 0), counts.get("auto", 0), nitems)
    (HERE / "README.md").write_text(README_HEAD.replace("{SUMMARY}", summary) + "\n".join(rows) + "\n",
                                    encoding="utf-8")
    print(summary)


def walk(part):
    yield part
    if part.is_multipart():
        for p in part.iter_parts() if part.get_content_maintype() == "multipart" else [part.get_payload(0)]:
            yield from walk(p)


def check():
    errors = []
    seen = set()
    roster_emails = {r[1] for r in L.ROSTER}
    for c in sorted(L.CASES, key=lambda c: c["num"]):
        n = name(c)
        seen.add(n)
        e = HERE / (n + ".eml")
        j = HERE / (n + ".json")
        if not e.exists() or not j.exists():
            errors.append(n + ": missing file")
            continue
        raw = e.read_bytes()
        r, gold = build(c)
        if raw != r["raw"]:
            errors.append(n + ": .eml differs from generator output")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for k, v in msg.items():
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %s" % (n, k, v.defects))
        for p in walk(msg):
            if p.defects:
                errors.append("%s: part %s defects %s" % (n, p.get_content_type(), p.defects))
            for k, v in p.items():
                if getattr(v, "defects", None):
                    errors.append("%s: part header %s defects %s" % (n, k, v.defects))
            ct = p.get_content_type()
            if p.get_content_maintype() == "text":
                cs = p.get_content_charset() or "us-ascii"
                data = p.get_payload(decode=True)
                try:
                    data.decode(L.codec(cs), "strict")
                except (UnicodeDecodeError, KeyError) as ex:
                    errors.append("%s: %s does not decode as %s: %s" % (n, ct, cs, ex))
                p.get_content()
            elif ct.endswith("wordprocessingml.document"):
                import docx
                d = docx.Document(io.BytesIO(p.get_payload(decode=True)))
                text = "\n".join(x.text for x in d.paragraphs) + "\n".join(
                    cell.text for t in d.tables for row in t.rows for cell in row.cells)
                for must in r.get("attach_has", []):
                    if must not in text:
                        errors.append("%s: docx lacks %r" % (n, must))
            elif ct == "application/pdf":
                import pypdf
                pdf = pypdf.PdfReader(io.BytesIO(p.get_payload(decode=True)))
                text = "\n".join(pg.extract_text() for pg in pdf.pages)
                for must in r.get("attach_has", []):
                    if must not in text:
                        errors.append("%s: pdf lacks %r" % (n, must))
        # gold: recompute every date from the Date header, compare with the file
        on_disk = json.loads(j.read_text(encoding="utf-8"))
        sent = L.parse_date_header(msg["Date"])
        if not (4 <= sent.month <= 8 and sent.year == 2026):
            errors.append(n + ": send date outside April-August 2026")
        if on_disk != gold:
            errors.append(n + ": .json differs from gold recomputed from the Date header")
        if on_disk["kind"] != c["kind"] or (c["kind"] != "minutes" and (on_disk["items"] or on_disk["next_followup"])):
            errors.append(n + ": kind/items inconsistent")
        for spec, item in zip(r.get("items", []), on_disk["items"]):
            if spec.due not in (None, "vague"):
                d, t = L.resolve(spec.due, sent)
                if item["due_date"] != d.isoformat() or (t and item["due_time"] != t):
                    errors.append("%s: %s due %s != %s" % (n, item["task"], item["due_date"], d))
        heads = " ".join(str(msg.get_all(h, [])) for h in ("From", "To", "Cc"))
        for item in on_disk["items"]:
            em = item["owner_email"]
            if em and em not in roster_emails and em not in heads:
                errors.append("%s: external owner %s not in From/To/Cc" % (n, em))
            if item["owner_name"] is None and "no_owner" not in item["flags"]:
                errors.append(n + ": ownerless item without no_owner")
        if "(" in n or " " in n:
            errors.append(n + ": bad file name")
    for f in HERE.glob("*.eml"):
        if f.stem not in seen:
            errors.append("stray file " + f.name)
    nums = sorted(c["num"] for c in L.CASES)
    if nums != list(range(8801, 8839)):
        errors.append("case numbers are not 8801..8838: %s" % nums)
    for er in errors:
        print("FAIL", er)
    print("checked %d cases: %s" % (len(L.CASES), "OK" if not errors else "%d problems" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    if sys.argv[1:] and "--check" not in sys.argv:     # OUTDIR: write the set there, then check what was written
        HERE = Path(sys.argv[1]).resolve()
        HERE.mkdir(parents=True, exist_ok=True)
        write()
        sys.exit(check())
    sys.exit(check() if "--check" in sys.argv else write())
