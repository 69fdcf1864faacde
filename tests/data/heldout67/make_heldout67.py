#!/usr/bin/env python3
"""Generate the blind held-out set heldout67 (cases 9501-9538) for minutebot.

    /work/blind/venv/bin/python make_heldout67.py            # write every file into this folder, then check
    /work/blind/venv/bin/python make_heldout67.py --check    # only validate what is on disk

Deterministic: no clock, no randomness; .docx zip entries and the PDF (reportlab invariant mode) have fixed stamps.
--check re-parses every .eml with email.policy.default (no defects, every text part decodes strictly in its
declared charset, .docx opens, .pdf text extracts), recomputes every gold date from the Date header with
chinesecalendar, validates the gold schema, and compares the files with a fresh in-memory generation.
"""
import csv
import email
import io
import json
import re
import sys
from email import policy
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cases_edu  # noqa: E402
import cases_edu2  # noqa: E402
import cases_lx  # noqa: E402
import cases_lx2  # noqa: E402
import cases_eg  # noqa: E402
import cases_eg2  # noqa: E402
import cases_hr  # noqa: E402
import cases_hr2  # noqa: E402
from h67_core import DEPTS, P, ROSTER_COLS, resolve  # noqa: E402
from h67_readme import readme  # noqa: E402

HERE = Path(__file__).resolve().parent
MODULES = [cases_edu, cases_edu2, cases_lx, cases_lx2, cases_eg, cases_eg2, cases_hr, cases_hr2]
STRICT = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
          "iso-8859-1": "latin-1"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}$")
FLAGS = {"vague_due", "no_owner", "no_due"}


def all_cases():
    out = []
    for m in MODULES:
        for name in sorted(dir(m)):
            if re.fullmatch(r"c95\d\d", name) and getattr(m, name).__module__ == m.__name__:
                out.append(getattr(m, name)())
    out.sort(key=lambda c: c.num)
    nums = [c.num for c in out]
    assert nums == list(range(9501, 9539)), nums
    return out


def files_for(cases):
    files = {}
    for c in cases:
        files[c.name + ".eml"] = c.eml
        files[c.name + ".json"] = (json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ROSTER_COLS)
    for v in P.values():
        w.writerow([v[k] for k in ROSTER_COLS])
    files["roster.csv"] = buf.getvalue().encode("utf-8")
    files["README.md"] = readme(cases).encode("utf-8")
    return files


def generate(out):
    for name, data in files_for(all_cases()).items():
        (out / name).write_bytes(data)


def check_mime(path, errs):
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: defect %r" % (path.name, d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %r" % (path.name, k, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            label = (part.get_param("charset") or "us-ascii").lower()
            try:
                data.decode(STRICT[label], "strict")
            except (UnicodeDecodeError, KeyError) as e:
                errs.append("%s: %s part not strict %s: %s" % (path.name, ctype, label, e))
        elif ctype.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(data))
            if not d.tables and not d.paragraphs:
                errs.append("%s: empty docx" % path.name)
        elif ctype == "application/pdf":
            import pypdf
            txt = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
            if "Owner" not in txt:
                errs.append("%s: pdf text not extracted" % path.name)
    return msg


def check_gold(name, g, msg, case, errs):
    e = lambda s: errs.append("%s: %s" % (name, s))  # noqa: E731
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e("gold keys %s" % sorted(g))
    if g["kind"] not in ("minutes", "other", "auto"):
        e("kind %r" % g["kind"])
    if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
        e("items/follow-up outside minutes")
    if g["reply"] is not None:
        e("reply must be null")
    heads = " ".join(str(msg.get(h, "")) for h in ("From", "To", "Cc"))
    people = {a.lower() for _, a in getaddresses([heads])}
    sent = parsedate_to_datetime(str(msg["Date"]))
    rules = dict(case.rules())
    for i, it in enumerate(g["items"], 1):
        fl = set(it["flags"])
        if not fl <= FLAGS:
            e("item %d flags %s" % (i, fl))
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & fl) or {"vague_due", "no_due"} <= fl:
            e("item %d due/flags mismatch" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e("item %d owner/no_owner mismatch" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e("item %d email without owner" % i)
        if it["owner_name"] in P and it["owner_email"] != P[it["owner_name"]]["email"]:
            e("item %d roster email" % i)
        if it["owner_email"] and it["owner_name"] not in P and it["owner_email"].lower() not in people:
            e("item %d external owner %s not in From/To/Cc" % (i, it["owner_email"]))
        if it["department"] is not None and it["owner_name"] is None and it["department"] not in DEPTS:
            e("item %d unknown department %r" % (i, it["department"]))
        if it["due_time"] is not None and not TIME_RE.match(it["due_time"]):
            e("item %d due_time %r" % (i, it["due_time"]))
        rule = rules.get("item %d" % i)
        if it["due_date"] is not None:
            if rule is None:
                e("item %d has a date but no rule" % i)
                continue
            d, t = resolve(rule, sent)
            if d.isoformat() != it["due_date"]:
                e("item %d: Date header gives %s by %r, gold %s" % (i, d, rule, it["due_date"]))
            if t is not None and t != it["due_time"]:
                e("item %d: time %s vs gold %s" % (i, t, it["due_time"]))
    nf = g["next_followup"]
    if nf is not None:
        if set(nf) != {"date", "time"} or not DATE_RE.match(nf["date"]) or \
                (nf["time"] is not None and not TIME_RE.match(nf["time"])):
            e("next_followup %r" % nf)
        d, _ = resolve(rules["next_followup"], sent)
        if d.isoformat() != nf["date"]:
            e("next_followup: Date header gives %s, gold %s" % (d, nf["date"]))


def check(out):
    errs, counts, nitems = [], {}, 0
    cases = {c.name: c for c in all_cases()}
    fresh = files_for(list(cases.values()))
    for fname, data in fresh.items():
        p = out / fname
        if not p.exists():
            errs.append("missing %s" % fname)
        elif p.read_bytes() != data:
            errs.append("%s differs from a fresh generation (not deterministic?)" % fname)
    for name, case in cases.items():
        ep, jp = out / (name + ".eml"), out / (name + ".json")
        if not ep.exists() or not jp.exists():
            continue
        msg = check_mime(ep, errs)
        g = json.loads(jp.read_text(encoding="utf-8"))
        check_gold(name, g, msg, case, errs)
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        nitems += len(g["items"])
    with open(out / "roster.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows or list(rows[0]) != ROSTER_COLS:
        errs.append("roster columns")
    return errs, counts, nitems, len(cases)


def main(argv):
    outdir = [a for a in argv if not a.startswith("--")]
    out = Path(outdir[0]) if outdir else HERE      # OUTDIR: write the set there, then check what was written
    out.mkdir(parents=True, exist_ok=True)
    if "--check" not in argv:
        generate(out)
    errs, counts, nitems, n = check(out)
    for x in errs:
        print("ERROR", x)
    print("cases: %d  %s  gold items: %d  roster: %d" % (
        n, "  ".join("%s: %d" % (k, counts.get(k, 0)) for k in ("minutes", "other", "auto")), nitems, len(P)))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
