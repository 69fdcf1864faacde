#!/usr/bin/env python3
"""Write (or --check) the blind held-out set heldout77: cases 10501-10538 for the minutebot parser.

    /work/blind/venv/bin/python make_heldout77.py            # write every file into this folder
    /work/blind/venv/bin/python make_heldout77.py --check    # re-parse and re-verify what is on disk

Case definitions live in hk77_cases_*.py; MIME and date helpers in hk77_lib.py, client headers in hk77_clients.py.
"""
import csv
import email
import io
import json
import os
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hk77_cases_a  # noqa: E402
import hk77_cases_b  # noqa: E402
import hk77_cases_c  # noqa: E402
import hk77_cases_d  # noqa: E402
import hk77_cases_e  # noqa: E402
import hk77_cases_f  # noqa: E402
from hk77_lib import ROSTER, ROSTER_ROWS, finish_gold  # noqa: E402
from hk77_readme import README_HEAD  # noqa: E402

MODULES = [hk77_cases_a, hk77_cases_b, hk77_cases_c, hk77_cases_d, hk77_cases_e, hk77_cases_f]


def all_cases():
    cases = []
    for m in MODULES:
        for fn in m.CASES:
            c = fn()
            c["slug"] = c["slug"]
            cases.append(c)
    nums = [int(c["slug"][:5]) for c in cases]
    assert nums == list(range(10501, 10539)), nums
    return cases


def date_header(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    return str(msg["Date"])


def gold_of(case):
    return finish_gold(case, date_header(case["eml"]))


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER_ROWS:
        w.writerow(r)
    return buf.getvalue()


def readme(cases):
    kinds = {}
    n_items = 0
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        n_items += len(c.get("items", []))
    out = README_HEAD.replace("@COUNTS@", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
                              f"; {n_items} gold items")
    out += "\n| case | kind | org | what it tests |\n| --- | --- | --- | --- |\n"
    for c in cases:
        out += f"| {c['slug']} | {c['kind']} | {c['org']} | {c['what']} |\n"
    return out


def write():
    cases = all_cases()
    for c in cases:
        with open(os.path.join(HERE, c["slug"] + ".eml"), "wb") as f:
            f.write(c["eml"])
        with open(os.path.join(HERE, c["slug"] + ".json"), "w", encoding="utf-8") as f:
            f.write(dump(gold_of(c)))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print(f"wrote {len(cases)} cases")


# ----------------------------------------------------------------------------------------------
def check_mime(slug, raw, case, errs):
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"{slug}: defects {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append(f"{slug}: header {k} defects {v.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"{slug}: {ct} does not decode as {cs}: {e}")
        elif ct.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(payload))
            text = "\n".join(p.text for p in d.paragraphs) + "\n".join(
                c.text for t in d.tables for r in t.rows for c in r.cells)
            if case.get("attach_marker") and case["attach_marker"] not in text:
                errs.append(f"{slug}: docx lacks {case['attach_marker']!r}")
        elif ct == "application/pdf":
            import pypdf
            text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(payload)).pages)
            if not text.strip() or (case.get("attach_marker") and case["attach_marker"] not in text):
                errs.append(f"{slug}: pdf text missing {case.get('attach_marker')!r}")
    # external owners must be reachable through From/To/Cc
    people = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc")).lower()
    roster_mails = {r[1] for r in ROSTER_ROWS}
    for it in case.get("items", []):
        m = it["owner_email"]
        if m and m not in roster_mails and m.lower() not in people:
            errs.append(f"{slug}: external owner {m} not in From/To/Cc")
        if it["owner_name"] and it["owner_name"] in ROSTER and ROSTER[it["owner_name"]][1] != m:
            errs.append(f"{slug}: roster email mismatch for {it['owner_name']}")
    return msg


def check():
    cases = all_cases()
    errs = []
    for c in cases:
        slug = c["slug"]
        pe, pj = os.path.join(HERE, slug + ".eml"), os.path.join(HERE, slug + ".json")
        if not (os.path.exists(pe) and os.path.exists(pj)):
            errs.append(f"{slug}: missing files")
            continue
        raw = open(pe, "rb").read()
        if raw != c["eml"]:
            errs.append(f"{slug}: .eml on disk differs from the generator (not deterministic?)")
        msg = check_mime(slug, raw, c, errs)
        want = finish_gold(c, str(msg["Date"]))  # dates recomputed from the parsed Date header
        have = json.load(open(pj, encoding="utf-8"))
        if have != want:
            errs.append(f"{slug}: gold differs from recomputation:\n  have {have}\n  want {want}")
        if c["kind"] != "minutes" and (have["items"] or have["next_followup"]):
            errs.append(f"{slug}: non-minutes with items/follow-up")
    if open(os.path.join(HERE, "roster.csv"), encoding="utf-8").read() != roster_csv():
        errs.append("roster.csv differs")
    if open(os.path.join(HERE, "README.md"), encoding="utf-8").read() != readme(cases):
        errs.append("README.md differs")
    extra = sorted(f for f in os.listdir(HERE) if f.endswith((".eml", ".json"))
                   and f[:-5 if f.endswith(".json") else -4] not in {c["slug"] for c in cases})
    if extra:
        errs.append(f"stray files: {extra}")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("kinds:", kinds, "items:", sum(len(c.get("items", [])) for c in cases))
    for e in errs:
        print("FAIL", e)
    print("check:", "OK" if not errs else f"{len(errs)} problem(s)")
    return 0 if not errs else 1


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = outdir[0]
        os.makedirs(HERE, exist_ok=True)
        write()
        sys.exit(check())
    sys.exit(check() if "--check" in sys.argv else write())
