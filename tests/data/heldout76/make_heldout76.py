#!/usr/bin/env python3
"""Write the blind held-out set heldout76 (cases 10401-10438) into this folder, or validate it.

    python make_heldout76.py            # write every .eml/.json, roster.csv and README.md
    python make_heldout76.py --check    # re-parse every .eml, recompute every gold date, compare with the .json
"""
import csv
import io
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h76_common as C  # noqa: E402
import h76_cases_a  # noqa: E402,F401
import h76_cases_b  # noqa: E402,F401
import h76_cases_c  # noqa: E402,F401
import h76_cases_d  # noqa: E402,F401
import h76_cases_e  # noqa: E402,F401
import h76_cases_f  # noqa: E402,F401
import h76_cases_g  # noqa: E402,F401
from h76_readme import README_HEAD  # noqa: E402

FLAGS = {"vague_due", "no_owner", "no_due"}


def gold_of(c):
    items = [{k: v for k, v in i.items() if not k.startswith("_")} for i in c["items"]]
    f = c["followup"]
    return {"kind": c["kind"], "items": items,
            "next_followup": None if f is None else {"date": f["date"], "time": f["time"]},
            "reply": None, "notes": c["notes"]}


def outputs():
    files = {}
    cases = sorted(C.CASES, key=lambda c: c["num"])
    for c in cases:
        base = "%d-%s" % (c["num"], c["slug"])
        files[base + ".eml"] = c["build"]()
        files[base + ".json"] = (json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in C.ROSTER:
        w.writerow(r)
    files["roster.csv"] = buf.getvalue().encode("utf-8")
    counts = {}
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    n_items = sum(len(c["items"]) for c in cases)
    rows = ["| case | kind | items | what it tests |", "| --- | --- | --- | --- |"]
    for c in cases:
        rows.append("| %d-%s | %s | %d | %s |" % (c["num"], c["slug"], c["kind"], len(c["items"]), c["readme"]))
    summary = ("Counts: %d cases: minutes %d, other %d, auto %d; %d gold items.\n"
               % (len(cases), counts.get("minutes", 0), counts.get("other", 0), counts.get("auto", 0), n_items))
    files["README.md"] = (README_HEAD + "\n" + summary + "\n## Cases\n\n" + "\n".join(rows) + "\n").encode("utf-8")
    return files


def check_mail(name, raw, problems):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in msg.keys():
        for v in msg.get_all(h):
            if getattr(v, "defects", None):
                problems.append("%s: header %s defects %s" % (name, h, v.defects))
    texts, blobs = [], []
    for part in msg.walk():
        if part.defects:
            problems.append("%s: part %s defects %s" % (name, part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(C.codec(cs), "strict"))
            except (UnicodeDecodeError, KeyError) as e:
                problems.append("%s: %s does not decode as %s: %s" % (name, part.get_content_type(), cs, e))
        elif part.get_filename():
            blobs.append((part.get_filename(), payload))
    for fn, data in blobs:
        if fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            t = "\n".join(p.text for p in d.paragraphs) + "".join(
                c.text for tb in d.tables for r in tb.rows for c in r.cells)
            if len(t) < 50:
                problems.append("%s: docx %s has no text" % (name, fn))
            texts.append(t)
        elif fn.endswith(".pdf"):
            import pypdf
            t = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
            if len(t) < 50:
                problems.append("%s: pdf %s has no extractable text" % (name, fn))
            texts.append(t)
    return msg, "\n".join(texts)


def check(files):
    problems = []
    on_disk = {f: open(os.path.join(HERE, f), "rb").read() for f in files if os.path.exists(os.path.join(HERE, f))}
    for f, data in files.items():
        if on_disk.get(f) != data:
            problems.append("%s: missing or differs from the generator output" % f)
    roster_mail = {r[1].lower() for r in C.ROSTER}
    for c in sorted(C.CASES, key=lambda c: c["num"]):
        base = "%d-%s" % (c["num"], c["slug"])
        raw = on_disk.get(base + ".eml")
        gold = json.loads(on_disk.get(base + ".json", b"null") or b"null")
        if raw is None or gold is None:
            continue
        msg, body = check_mail(base, raw, problems)
        sent = C.parse_date_header(str(msg["Date"]))
        header_mail = {a.lower() for _, a in getaddresses(
            [str(v) for h in ("From", "To", "Cc", "Reply-To") for v in (msg.get_all(h) or [])])}
        if gold["kind"] != c["kind"] or gold["kind"] not in ("minutes", "other", "auto"):
            problems.append("%s: kind %s" % (base, gold["kind"]))
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            problems.append("%s: non-minutes with items/follow-up" % base)
        if len(gold["items"]) != len(c["items"]):
            problems.append("%s: item count differs" % base)
        for gi, ci in zip(gold["items"], c["items"]):
            d, t = C.resolve(ci["_rule"], sent)
            if gi["due_date"] != d:
                problems.append("%s: %s due %s, rule %s gives %s" % (base, gi["task"], gi["due_date"], ci["_rule"], d))
            if t and gi["due_time"] != t:
                problems.append("%s: %s time %s, rule gives %s" % (base, gi["task"], gi["due_time"], t))
            if set(gi["flags"]) - FLAGS:
                problems.append("%s: bad flags %s" % (base, gi["flags"]))
            if (gi["due_date"] is None) != bool({"vague_due", "no_due"} & set(gi["flags"])):
                problems.append("%s: %s: null due needs vague_due/no_due and vice versa" % (base, gi["task"]))
            if (gi["owner_name"] is None) != ("no_owner" in gi["flags"]):
                problems.append("%s: %s: no_owner flag mismatch" % (base, gi["task"]))
            em = (gi["owner_email"] or "").lower()
            if em and em not in roster_mail and em not in header_mail:
                problems.append("%s: owner email %s neither in roster nor headers" % (base, em))
            if gi["owner_email"] and gi["owner_email"].lower() in roster_mail:
                rr = [r for r in C.ROSTER if r[1].lower() == em][0]
                if rr[0] != gi["owner_name"] or rr[2] != gi["department"]:
                    problems.append("%s: owner %s does not match roster" % (base, gi["owner_name"]))
        f, cf = gold["next_followup"], c["followup"]
        if cf:
            d, t = C.resolve(cf["_rule"], sent)
            if not f or f["date"] != d or (t and f["time"] != t):
                problems.append("%s: follow-up %s, rule gives %s %s" % (base, f, d, t))
        elif f:
            problems.append("%s: follow-up without rule" % base)
        if not body.strip():
            problems.append("%s: no readable text" % base)
    n = len(C.CASES)
    nums = sorted(c["num"] for c in C.CASES)
    if nums != list(range(10401, 10439)):
        problems.append("case numbers are %s" % nums)
    return problems, n


def main():
    files = outputs()
    if "--check" in sys.argv[1:]:
        problems, n = check(files)
        for p in problems:
            print("FAIL", p)
        print("%d cases, %d problems" % (n, len(problems)))
        sys.exit(1 if problems else 0)
    for f, data in files.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = outdir[0]
        os.makedirs(HERE, exist_ok=True)
        sys.argv = [sys.argv[0]]
        main()
        sys.argv = [sys.argv[0], "--check"]
    main()
