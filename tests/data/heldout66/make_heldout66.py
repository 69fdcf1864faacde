#!/usr/bin/env python3
"""Write the heldout66 blind set (cases 9401-9438) for minutebot, or check it.

    python make_heldout66.py            # (re)write every .eml/.json, roster.csv and the case table in README.md
    python make_heldout66.py --check    # re-parse every .eml and recompute every gold date from its Date header

Deterministic: no clock reads, no randomness. Helpers live in h66_common.py, cases in h66_cases_*.py.
"""
import csv
import email
import email.policy
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h66_common as C  # noqa: E402
import h66_cases_a1, h66_cases_a2, h66_cases_b1, h66_cases_b2  # noqa: E402,E401
import h66_cases_c1, h66_cases_c2, h66_cases_d1, h66_cases_d2  # noqa: E402,E401

MODULES = [h66_cases_a1, h66_cases_a2, h66_cases_b1, h66_cases_b2, h66_cases_c1, h66_cases_c2, h66_cases_d1,
           h66_cases_d2]


def all_cases():
    cases = [fn() for m in MODULES for fn in m.CASES]
    nums = [c["num"] for c in cases]
    assert nums == list(range(9401, 9439)), nums
    return cases


def sent_of(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return C.parse_date_header(str(msg["Date"]))


def gold(case, raw):
    sent = sent_of(raw)
    items = [C.gold_item(it, sent) for it in case["items"]] if case["kind"] == "minutes" else []
    fu = C.gold_followup(case["followup"], sent) if case["kind"] == "minutes" else None
    return {"kind": case["kind"], "items": items, "next_followup": fu, "reply": None, "notes": case["notes"]}


def write(out=HERE):
    cases = all_cases()
    for c in cases:
        stem = f"{c['num']}-{c['slug']}"
        (out / f"{stem}.eml").write_bytes(c["eml"])
        (out / f"{stem}.json").write_text(json.dumps(gold(c, c["eml"]), ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        w.writerows(C.roster_rows())
    readme = out / "README.md"
    table = ["| case | kind | items | what it tests |", "| --- | --- | --- | --- |"]
    for c in cases:
        n = len(c["items"]) if c["kind"] == "minutes" else 0
        table.append(f"| {c['num']}-{c['slug']} | {c['kind']} | {n} | {c['tests']} |")
    head = readme.read_text(encoding="utf-8").split("<!-- CASES -->")[0] if readme.exists() else "# heldout66\n\n"
    readme.write_text(head + "<!-- CASES -->\n" + "\n".join(table) + "\n", encoding="utf-8")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"wrote {len(cases)} cases {kinds}, items {sum(len(c['items']) for c in cases if c['kind'] == 'minutes')}")


def check_part(part, where, errs):
    if part.defects:
        errs.append(f"{where}: part defects {part.defects}")
    ctype = part.get_content_type()
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        raw = part.get_payload(decode=True)
        try:
            raw.decode(cs, "strict")
        except (UnicodeDecodeError, LookupError) as e:
            errs.append(f"{where}: {ctype} does not decode as {cs}: {e}")
    elif ctype.endswith("wordprocessingml.document"):
        import docx
        d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
        txt = "\n".join(p.text for p in d.paragraphs) + "".join(c.text for t in d.tables for r in t.rows for c in r.cells)
        if len(txt) < 50:
            errs.append(f"{where}: docx has almost no text")
    elif ctype == "application/pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        if len(txt) < 50:
            errs.append(f"{where}: pdf text does not extract")


def check(out=HERE):
    errs = []
    cases = all_cases()
    seen_ids = set()
    for c in cases:
        stem = f"{c['num']}-{c['slug']}"
        raw = (out / f"{stem}.eml").read_bytes()
        if raw != c["eml"]:
            errs.append(f"{stem}: .eml on disk differs from the generator (not deterministic or stale)")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errs.append(f"{stem}: message defects {msg.defects}")
        for k in msg.keys():
            for v in msg.get_all(k):
                if getattr(v, "defects", None):
                    errs.append(f"{stem}: header {k} defects {v.defects}")
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errs.append(f"{stem}: missing {h}")
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            errs.append(f"{stem}: duplicate Message-ID")
        seen_ids.add(mid)
        for i, part in enumerate(msg.walk()):
            check_part(part, f"{stem} part {i}", errs)
        sent = sent_of(raw)
        if not (C.D(2026, 4, 1) <= sent.date() <= C.D(2026, 8, 31)):
            errs.append(f"{stem}: send date {sent} outside April-August 2026")
        on_disk = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        want = gold(c, raw)
        if on_disk != want:
            errs.append(f"{stem}: gold json differs from the recomputation")
        for a, b in zip(on_disk["items"], want["items"]):
            if (a["due_date"], a["due_time"]) != (b["due_date"], b["due_time"]):
                errs.append(f"{stem}: due {a['due_date']} {a['due_time']} != recomputed {b['due_date']} {b['due_time']}")
        for it in on_disk["items"]:
            if it["owner_email"] and it["owner_email"].lower() not in raw.decode("utf-8", "replace").lower():
                if not any(r[1] == it["owner_email"] for r in C.roster_rows()):
                    errs.append(f"{stem}: owner email {it['owner_email']} neither in headers nor roster")
        if c["kind"] != "minutes" and on_disk["items"]:
            errs.append(f"{stem}: non-minutes with items")
    with open(out / "roster.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name", "email", "department", "manager_email", "aliases"]:
        errs.append("roster.csv header")
    emails = {r[1] for r in rows[1:]}
    for r in rows[1:]:
        if r[3] and r[3] not in emails:
            errs.append(f"roster: manager {r[3]} of {r[0]} not in roster")
    for e in errs:
        print("ERROR", e)
    print(f"checked {len(cases)} cases: {'OK' if not errs else str(len(errs)) + ' errors'}")
    return 1 if errs else 0


if __name__ == "__main__":
    outdir = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        outdir[0].mkdir(parents=True, exist_ok=True)
        write(outdir[0])
        sys.exit(check(outdir[0]))
    if "--check" in sys.argv:
        sys.exit(check())
    write()
