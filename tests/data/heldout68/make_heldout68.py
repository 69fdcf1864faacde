#!/usr/bin/env python3
"""Generate blind held-out set heldout68 (cases 9601-9638) for minutebot: .eml + gold .json, roster.csv, README.md.

    /work/blind/venv/bin/python make_heldout68.py            # write everything into this folder
    /work/blind/venv/bin/python make_heldout68.py --check    # re-validate the written files

--check re-parses every .eml with email.policy.default (no defects; every text part decodes strictly in its
declared charset; .docx opens; .pdf text extracts), recomputes every gold due date and follow-up from the
message's own Date header with chinesecalendar (Asia/Shanghai) and compares with the .json, checks that each
item's due phrase occurs in the message text, and that a second generation gives identical bytes.
"""
import csv
import html
import io
import json
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
import cases_e  # noqa: E402
from h68_attach import docx_text, pdf_text  # noqa: E402
from h68_common import ROSTER, gold_item, resolve  # noqa: E402
from readme68 import readme_text  # noqa: E402

HERE = Path(__file__).resolve().parent


def all_cases():
    cases = []
    for mod in (cases_a, cases_b, cases_c, cases_d, cases_e):
        cases.extend(mod.CASES)
    cases.sort(key=lambda c: c["num"])
    nums = [c["num"] for c in cases]
    assert nums == list(range(9601, 9639)), nums
    return cases


def sent_of(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return parsedate_to_datetime(str(msg["Date"]))


def gold(case, raw):
    sent = sent_of(raw)
    items = [gold_item(it, sent) for it in case.get("items", [])]
    fu = None
    if case.get("followup"):
        d, t = resolve(case["followup"], sent)
        fu = {"date": d, "time": t}
    return {"kind": case["kind"], "items": items, "next_followup": fu, "reply": None, "notes": case["notes"]}


def name(case):
    return "%d-%s" % (case["num"], case["slug"])


def write_all(out):
    cases = all_cases()
    for c in cases:
        raw = c["build"]()
        (out / (name(c) + ".eml")).write_bytes(raw)
        g = gold(c, raw)
        (out / (name(c) + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)
    (out / "README.md").write_text(readme_text(cases, name), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), out))


def strip_tags(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg, problems, fname):
    """All human-readable text of a message: text parts (strict decode), .docx and .pdf attachments."""
    chunks = []
    for part in msg.walk():
        if part.defects:
            problems.append("%s: part defects %s" % (fname, part.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                text = data.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: %s part does not decode as %s: %s" % (fname, ctype, cs, e))
                continue
            chunks.append(strip_tags(text) if ctype == "text/html" else text)
        elif ctype.endswith("wordprocessingml.document"):
            try:
                chunks.append(docx_text(data))
            except Exception as e:  # noqa: BLE001
                problems.append("%s: docx does not open: %s" % (fname, e))
        elif ctype == "application/pdf":
            try:
                t = pdf_text(data)
                if not t.strip():
                    problems.append("%s: pdf has no text" % fname)
                chunks.append(t)
            except Exception as e:  # noqa: BLE001
                problems.append("%s: pdf does not read: %s" % (fname, e))
    return "\n".join(chunks)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(out):
    problems = []
    cases = all_cases()
    counts = {}
    n_items = 0
    for c in cases:
        fname = name(c)
        raw = (out / (fname + ".eml")).read_bytes()
        if raw != c["build"]():
            problems.append("%s: .eml differs from a fresh generation (not deterministic or stale)" % fname)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            problems.append("%s: message defects %s" % (fname, msg.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if h == "To" and c.get("no_to"):
                continue
            if msg[h] is None:
                problems.append("%s: missing %s" % (fname, h))
            else:
                str(msg[h])
                if getattr(msg[h], "defects", None):
                    problems.append("%s: header %s defects %s" % (fname, h, msg[h].defects))
        text = message_text(msg, problems, fname)
        want = json.loads((out / (fname + ".json")).read_text(encoding="utf-8"))
        got = gold(c, raw)
        if want != got:
            problems.append("%s: gold json differs from recomputation\n  json: %s\n  calc: %s" % (
                fname, json.dumps(want, ensure_ascii=False)[:600], json.dumps(got, ensure_ascii=False)[:600]))
        for it in c.get("items", []):
            if it["phrase"] and squash(it["phrase"]) not in squash(text):
                problems.append("%s: due phrase %r not found in message text" % (fname, it["phrase"]))
        if c["kind"] != "minutes" and (c.get("items") or c.get("followup")):
            problems.append("%s: non-minutes case with items/follow-up" % fname)
        if not c.get("tests"):
            problems.append("%s: no README row" % fname)
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        n_items += len(got["items"])
    extra = sorted(p.name for p in out.glob("96*.*") if p.stem not in {name(c) for c in cases})
    if extra:
        problems.append("stray files: %s" % extra)
    with open(out / "roster.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name", "email", "department", "manager_email", "aliases"] or len(rows) != len(ROSTER) + 1:
        problems.append("roster.csv header/rows wrong")
    if (out / "README.md").read_text(encoding="utf-8") != readme_text(cases, name):
        problems.append("README.md is stale")
    print("cases %d  %s  gold items %d" % (len(cases), counts, n_items))
    for p in problems:
        print("PROBLEM", p)
    print("check:", "FAILED (%d problems)" % len(problems) if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    outdir = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        outdir[0].mkdir(parents=True, exist_ok=True)
        write_all(outdir[0])
        sys.exit(check(outdir[0]))
    if "--check" in sys.argv:
        sys.exit(check(HERE))
    write_all(HERE)
