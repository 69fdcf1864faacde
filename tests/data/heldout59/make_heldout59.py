#!/usr/bin/env python3
"""Write (default) or validate (--check) the heldout59 blind set: cases 8701-8738.

Usage: python make_heldout59.py [--out DIR] [--check]
Run with /work/blind/venv/bin/python (needs chinesecalendar, python-docx, reportlab, pypdf).
"""
import argparse
import csv
import email
import email.policy
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h59_base as B  # noqa: E402
from h59_readme import readme_text  # noqa: E402

MODULES = ["h59_cases_a", "h59_cases_b", "h59_cases_c", "h59_cases_c2", "h59_cases_d", "h59_cases_d2", "h59_cases_f", "h59_cases_e"]


def all_cases():
    out = []
    for m in MODULES:
        mod = __import__(m)
        out.extend(f() for f in mod.CASES)
    out.sort(key=lambda c: c["n"])
    return out


def fname(c, ext):
    return "%d-%s.%s" % (c["n"], c["slug"], ext)


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in B.ROSTER:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def gold_bytes(c):
    return (json.dumps(B.gold(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write(out, cases):
    out.mkdir(parents=True, exist_ok=True)
    for c in cases:
        (out / fname(c, "eml")).write_bytes(c["eml"])
        (out / fname(c, "json")).write_bytes(gold_bytes(c))
    (out / "roster.csv").write_bytes(roster_bytes())
    (out / "README.md").write_text(readme_text(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), out))


def walk_text(msg, errs, tag):
    """Strictly decode every text part; open docx/pdf attachments."""
    texts = []
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: part defect %r" % (tag, d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %r" % (tag, k, d))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        raw = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(raw.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: %s does not decode as %s: %s" % (tag, ctype, cs, e))
        elif ctype.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(raw))
            t = "\n".join(p.text for p in d.paragraphs)
            t += "\n".join(c.text for tb in d.tables for row in tb.rows for c in row.cells)
            if len(t) < 50:
                errs.append("%s: docx has no text" % tag)
            texts.append(t)
        elif ctype == "application/pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(raw))
            t = "\n".join(p.extract_text() for p in r.pages)
            if len(t) < 50:
                errs.append("%s: pdf text did not extract" % tag)
            texts.append(t)
        elif ctype == "message/delivery-status" or ctype.startswith("message/"):
            pass
    return texts


def check(out, cases):
    errs = []
    roster_mails = {r[1] for r in B.ROSTER}
    kinds = {}
    n_items = 0
    if (out / "roster.csv").read_bytes() != roster_bytes():
        errs.append("roster.csv differs from generator")
    for c in cases:
        tag = fname(c, "eml")
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        p = out / tag
        if not p.exists():
            errs.append("%s missing" % tag)
            continue
        raw = p.read_bytes()
        if raw != c["eml"]:
            errs.append("%s: bytes differ from a fresh generation (not deterministic?)" % tag)
        g = json.loads((out / fname(c, "json")).read_text(encoding="utf-8"))
        if g != json.loads(gold_bytes(c)):
            errs.append("%s: json differs from generator" % tag)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for need in ("From", "Date", "Message-ID", "Subject"):
            if msg[need] is None:
                errs.append("%s: no %s header" % (tag, need))
        walk_text(msg, errs, tag)
        sent = B.sent_local(str(msg["Date"]))
        seen = set()
        for h in ("From", "To", "Cc", "Reply-To", "Sender"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    seen.add(a.addr_spec.lower())
        if c["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errs.append("%s: non-minutes case with items/next" % tag)
        for i, (item, gi) in enumerate(zip(c["items"], g["items"]), 1):
            n_items += 1
            where = "%s item %d" % (tag, i)
            rule = item["_rule"]
            if rule:
                d, t = B.resolve_any(rule, sent)
                if gi["due_date"] != d:
                    errs.append("%s: due %s but rule %s gives %s" % (where, gi["due_date"], rule, d))
                if t and gi["due_time"] != t:
                    errs.append("%s: time %s but rule gives %s" % (where, gi["due_time"], t))
            elif gi["due_date"] is not None:
                errs.append("%s: due date without a rule" % where)
            fl = set(gi["flags"])
            if fl - {"vague_due", "no_owner", "no_due"}:
                errs.append("%s: bad flags %s" % (where, fl))
            if gi["due_date"] is None and not fl & {"vague_due", "no_due"}:
                errs.append("%s: no date but no vague_due/no_due flag" % where)
            if gi["due_date"] is not None and fl & {"vague_due", "no_due"}:
                errs.append("%s: date and a no-date flag" % where)
            if (gi["owner_name"] is None) != ("no_owner" in fl):
                errs.append("%s: owner/no_owner mismatch" % where)
            em = gi["owner_email"]
            if em and em.lower() not in roster_mails and em.lower() not in seen:
                errs.append("%s: owner email %s neither in roster nor in headers" % (where, em))
            if em and em in roster_mails:
                r = [x for x in B.ROSTER if x[1] == em][0]
                if gi["owner_name"] != r[0] or gi["department"] != r[2]:
                    errs.append("%s: roster name/department mismatch" % where)
        if c["next"] and c["next"]["_rule"]:
            d, t = B.resolve_any(c["next"]["_rule"], sent)
            if d != g["next_followup"]["date"]:
                errs.append("%s: next_followup %s but rule gives %s" % (tag, g["next_followup"]["date"], d))
        if not 4 <= sent.month <= 8 or sent.year != 2026:
            errs.append("%s: send date %s outside April-August 2026" % (tag, sent))
    expected = {fname(c, e) for c in cases for e in ("eml", "json")}
    for f in out.iterdir():
        if f.suffix in (".eml", ".json") and f.name not in expected:
            errs.append("stray file %s" % f.name)
    if (out / "README.md").read_text(encoding="utf-8") != readme_text(cases):
        errs.append("README.md differs from generator")
    for e in errs:
        print("FAIL", e)
    print("cases %d  kinds %s  gold items %d  errors %d" % (len(cases), kinds, n_items, len(errs)))
    return not errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", nargs="?", help="write the set there, then check what was written")
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = all_cases()
    nums = [c["n"] for c in cases]
    if len(set(nums)) != len(nums):
        sys.exit("duplicate case numbers")
    out = Path(a.outdir or a.out)
    if a.outdir:
        out.mkdir(parents=True, exist_ok=True)
        write(out, cases)
        sys.exit(0 if check(out, cases) else 1)
    if a.check:
        sys.exit(0 if check(out, cases) else 1)
    write(out, cases)


if __name__ == "__main__":
    main()
