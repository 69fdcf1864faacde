#!/usr/bin/env python3
"""Write (or --check) the heldout70 blind set: 38 raw .eml cases with gold .json, roster.csv and README.md.

Usage: python make_heldout70.py [--check] [--out DIR]
Run with /work/blind/venv/bin/python (chinesecalendar, python-docx, reportlab, pypdf).
"""
import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from email import policy
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h70_common import ROSTER, gold_item, parse_date, resolve, rfc_date_of, strip_html, message  # noqa: E402
from h70_clients import headers  # noqa: E402
from h70_docs import docx_text, pdf_text  # noqa: E402
import h70_people  # noqa: E402,F401
import h70_cases_1, h70_cases_2, h70_cases_3, h70_cases_4, h70_cases_5, h70_cases_6  # noqa: E402,E401

CASES = (h70_cases_1.CASES + h70_cases_2.CASES + h70_cases_3.CASES + h70_cases_4.CASES + h70_cases_5.CASES
         + h70_cases_6.CASES)
HERE = Path(__file__).resolve().parent


def gold(c, sent):
    fu = None
    if c.followup:
        d, t = resolve(c.followup, sent)
        fu = {"date": d, "time": t}
    return {"kind": c.kind, "items": [gold_item(i, sent) for i in c.items], "next_followup": fu,
            "reply": None, "notes": c.notes}


def raw_of(c):
    ct = "Content-Type: %s" % c.root.ctype
    return message(headers(c, ct), c.root)


def write(out):
    out.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        raw = raw_of(c)
        (out / (c.name + ".eml")).write_bytes(raw)
        g = gold(c, parse_date(c.date))
        (out / (c.name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for p in ROSTER:
        w.writerow([p.name, p.email, p.dept, p.mgr, p.aliases])
    (out / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")
    import h70_readme
    (out / "README.md").write_text(h70_readme.render(CASES, gold, parse_date), encoding="utf-8")
    print("wrote %d cases to %s" % (len(CASES), out))


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).lower()


def full_text(msg, problems, name):
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = data.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: %s part does not decode strictly as %s: %s" % (name, ct, cs, e))
                continue
            texts.append(strip_html(t) if ct == "text/html" else t)
        elif ct.endswith("wordprocessingml.document"):
            try:
                texts.append(docx_text(data))
            except Exception as e:  # noqa: BLE001
                problems.append("%s: docx does not open: %s" % (name, e))
        elif ct == "application/pdf":
            t = pdf_text(data)
            if len(t.strip()) < 20:
                problems.append("%s: pdf text does not extract" % name)
            texts.append(t)
        elif ct == "message/rfc822" or ct == "message/delivery-status":
            pass
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            texts.append(full_text(inner, problems, name + "[rfc822]"))
    return "\n".join(texts)


def check(out):
    problems = []
    kinds, nitems = {}, 0
    for c in CASES:
        eml, js = out / (c.name + ".eml"), out / (c.name + ".json")
        if not eml.exists() or not js.exists():
            problems.append("%s: missing file" % c.name)
            continue
        raw = eml.read_bytes()
        if raw != raw_of(c):
            problems.append("%s: .eml differs from generator output" % c.name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %s in %s" % (c.name, part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append("%s: header %s defects %s" % (c.name, k, v.defects))
        text = full_text(msg, problems, c.name)
        nt = norm(text)
        for it in c.items:
            key = it.src or it.task
            if norm(key) not in nt:
                problems.append("%s: task anchor not in mail text: %s" % (c.name, key))
            if it.dt_text and norm(it.dt_text) not in nt:
                problems.append("%s: due text not in mail text: %s" % (c.name, it.dt_text))
        sent = rfc_date_of(raw)
        if sent != parse_date(c.date):
            problems.append("%s: Date header does not round-trip" % c.name)
        g = json.loads(js.read_text(encoding="utf-8"))
        want = gold(c, sent)
        if g != want:
            problems.append("%s: gold .json differs from recomputation" % c.name)
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            problems.append("%s: non-minutes with items/follow-up" % c.name)
        if g["kind"] == "minutes" and msg.get("Date") is None:
            problems.append("%s: no Date" % c.name)
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        nitems += len(g["items"])
    names = [c.name for c in CASES]
    if len(set(names)) != len(names) or len({c.num for c in CASES}) != len(CASES):
        problems.append("duplicate case numbers")
    for p in problems:
        print("FAIL", p)
    print("cases %d %s, gold items %d, problems %d" % (len(CASES), kinds, nitems, len(problems)))
    return not problems


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=str(HERE))
    ap.add_argument("outdir", nargs="?", help="write the set there, then check what was written")
    a = ap.parse_args()
    if a.outdir:
        Path(a.outdir).mkdir(parents=True, exist_ok=True)
        write(Path(a.outdir))
        sys.exit(0 if check(Path(a.outdir)) else 1)
    if a.check:
        sys.exit(0 if check(Path(a.out)) else 1)
    write(Path(a.out))
