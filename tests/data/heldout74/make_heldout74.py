#!/usr/bin/env python3
"""Write (or --check) the blind held-out set heldout74: cases 10201-10238 for minutebot's parser.

    /work/blind/venv/bin/python make_heldout74.py          # write every file into this folder, then check
    /work/blind/venv/bin/python make_heldout74.py --check  # only validate what is on disk

The check re-parses every .eml with email.policy.default (no defects; every text part decodes strictly in its
declared charset; .docx opens; .pdf text extracts), recomputes every gold date from the message's own Date
header in Asia/Shanghai with chinesecalendar, compares it with the .json and with the hand-worked date in the
case definition, and confirms that the files on disk are exactly what the generator writes.
"""
import csv
import email
import io
import json
import re
import sys
from email import policy
from email.utils import getaddresses
from pathlib import Path

import h74_lib as L
import h74_docs as D
import h74_readme
import h74_cases_a
import h74_cases_b
import h74_cases_c
import h74_cases_d
import h74_cases_e
import h74_cases_f
import h74_cases_g

HERE = Path(__file__).resolve().parent
MODULES = [h74_cases_a, h74_cases_b, h74_cases_c, h74_cases_d, h74_cases_e, h74_cases_f,
           h74_cases_g]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}$")


def all_cases():
    cases = [f() for m in MODULES for f in m.CASES]
    nos = [c["no"] for c in cases]
    assert nos == list(range(10201, 10201 + len(cases))), nos
    return cases


def stem(c):
    return "%d-%s" % (c["no"], c["slug"])


def gold(c, sent_hdr=None):
    sent = L.sent_local(c["sent"]) if sent_hdr is None else sent_hdr
    g = {"kind": c["kind"], "items": [it.gold(sent) for it in c["items"]], "next_followup": None,
         "reply": None, "notes": c["notes"]}
    if c["follow"]:
        d, t = L.resolve(c["follow"][0], sent)
        g["next_followup"] = {"date": d, "time": t}
    return g


def hand_errors(c):
    """The generator's resolved dates must equal the dates worked out by hand in the case definition."""
    errs = []
    sent = L.sent_local(c["sent"])
    for i, it in enumerate(c["items"], 1):
        hd, ht = it.hand()
        if hd is None:
            continue
        d, t = L.resolve(it.due, sent)
        if (d, t) != (hd, ht):
            errs.append("item %d: rule gives %s %s, hand-worked %s %s" % (i, d, t, hd, ht))
    if c["follow"]:
        d, t = L.resolve(c["follow"][0], sent)
        p = c["follow"][1].split(" ")
        if (d, t) != (p[0], p[1] if len(p) > 1 else None):
            errs.append("next_followup: rule gives %s %s, hand-worked %s" % (d, t, c["follow"][1]))
    return errs


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(L.ROSTER_COLS)
    for r in L.ROSTER:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def outputs():
    cases = all_cases()
    files = {}
    for c in cases:
        files[stem(c) + ".eml"] = c["raw"]
        files[stem(c) + ".json"] = (json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    files["roster.csv"] = roster_csv()
    files["README.md"] = h74_readme.render(cases, gold).encode("utf-8")
    return cases, files


def write():
    cases, files = outputs()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print("wrote %d files (%d cases)" % (len(files), len(cases)))


# ---------------------------------------------------------------- check
def _decode_strict(part):
    cs = part.get_content_charset() or "us-ascii"
    return part.get_payload(decode=True).decode(cs, "strict")


def visible_text(msg, errors, name):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            try:
                t = _decode_strict(part)
                part.get_content()
            except Exception as e:  # noqa: BLE001
                errors.append("%s: text part %s does not decode strictly: %s" % (name, ct, e))
                continue
            out.append(L.html_strip(t) if ct == "text/html" else t)
        elif ct.endswith("wordprocessingml.document"):
            try:
                out.append(D.docx_text(part.get_payload(decode=True)))
            except Exception as e:  # noqa: BLE001
                errors.append("%s: docx does not open: %s" % (name, e))
        elif ct == "application/pdf":
            try:
                t = D.pdf_text(part.get_payload(decode=True))
                if len(t.strip()) < 40:
                    errors.append("%s: pdf text too short" % name)
                out.append(t)
            except Exception as e:  # noqa: BLE001
                errors.append("%s: pdf text does not extract: %s" % (name, e))
    return "\n".join(out)


def _norm(s):
    return re.sub(r"\s+", "", s)


def schema_errors(g, depts):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys %s" % sorted(g))
    if g["kind"] not in ("minutes", "other", "auto"):
        e.append("kind %r" % g["kind"])
    if len(g["notes"]) < 40:
        e.append("notes too short")
    if g["items"] and g["kind"] != "minutes":
        e.append("items only for minutes")
    if g["kind"] == "minutes" and not g["items"]:
        e.append("minutes without items")
    for i, it in enumerate(g["items"], 1):
        fl = it["flags"]
        if it["due_date"] is not None and not DATE_RE.match(it["due_date"]):
            e.append("item %d due_date" % i)
        if it["due_time"] is not None and (not TIME_RE.match(it["due_time"]) or it["due_date"] is None):
            e.append("item %d due_time" % i)
        if not set(fl) <= {"vague_due", "no_owner", "no_due"} or len(set(fl)) != len(fl):
            e.append("item %d flags" % i)
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & set(fl)):
            e.append("item %d: due null <=> vague_due/no_due" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e.append("item %d: owner null <=> no_owner" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e.append("item %d: email without owner" % i)
        if it["department"] is not None and it["owner_email"] is None and it["department"] not in depts:
            e.append("item %d: department %r unknown" % (i, it["department"]))
    nf = g["next_followup"]
    if nf is not None and (g["kind"] != "minutes" or not DATE_RE.match(nf["date"])):
        e.append("next_followup %r" % nf)
    if g["reply"] is not None:
        e.append("reply must be null in this set")
    return e


def check():
    errors, counts, nitems = [], {}, 0
    cases, files = outputs()
    for name, data in files.items():
        p = HERE / name
        if not p.exists() or p.read_bytes() != data:
            errors.append("%s: missing or differs from what the generator writes" % name)
    roster = {r["email"]: r for r in csv.DictReader(open(HERE / "roster.csv", encoding="utf-8"))}
    depts = {r["department"] for r in roster.values()}
    for r in roster.values():
        if r["manager_email"] and r["manager_email"] not in roster:
            errors.append("roster: manager of %s not in roster" % r["name"])
    aliases = {}
    for r in roster.values():
        for a in [r["name"]] + [x for x in r["aliases"].split(";") if x]:
            if a in aliases and aliases[a] != r["email"]:
                errors.append("roster: alias %s used twice" % a)
            aliases[a] = r["email"]
    by_no = {c["no"]: c for c in cases}
    emls = sorted(HERE.glob("102[0-9][0-9]-*.eml"))
    if len(emls) != 38:
        errors.append("expected 38 .eml, found %d" % len(emls))
    for f in emls:
        name = f.stem
        c = by_no[int(name[:5])]
        errors += ["%s: %s" % (name, e) for e in hand_errors(c)]
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            for k in part.keys():
                for v in part.get_all(k):
                    if getattr(v, "defects", None):
                        errors.append("%s: header %s defects %s" % (name, k, v.defects))
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: no %s header" % (name, h))
        sent = msg["Date"].datetime.astimezone(L.CST)
        if msg["Date"].datetime.utcoffset() is None:
            errors.append("%s: Date without offset" % name)
        if not ("2026-04-01" <= sent.date().isoformat() <= "2026-08-31"):
            errors.append("%s: send date outside April-August 2026" % name)
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        errors += ["%s: %s" % (name, e) for e in schema_errors(g, depts)]
        fresh = gold(c, sent)           # dates recomputed from the Date header on disk
        if fresh != g:
            errors.append("%s: gold differs from dates recomputed from the Date header" % name)
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        nitems += len(g["items"])
        vis = _norm(visible_text(msg, errors, name))
        heads = [str(msg[h]) for h in ("From", "To", "Cc") if msg[h]]
        addrs = {a.lower() for _, a in getaddresses(heads)}
        for it in g["items"]:
            if _norm(it["task"]) not in vis:
                errors.append("%s: task %r not in the message text" % (name, it["task"]))
            em = it["owner_email"]
            if em and em not in roster and em.lower() not in addrs:
                errors.append("%s: owner_email %s neither in roster nor in From/To/Cc" % (name, em))
            if em in roster and (roster[em]["name"] != it["owner_name"] or
                                 roster[em]["department"] != it["department"]):
                errors.append("%s: owner/department disagree with roster" % name)
            if it["owner_name"] and em is None and it["owner_name"] in aliases:
                errors.append("%s: roster person %s without email" % (name, it["owner_name"]))
    return errors, counts, nitems


def main(argv):
    if "--check" not in argv:
        write()
    errors, counts, nitems = check()
    for e in errors:
        print("ERROR", e)
    print("cases: %s, gold items: %d" % (", ".join("%s %d" % kv for kv in sorted(counts.items())), nitems))
    print("check: %s" % ("FAILED (%d errors)" % len(errors) if errors else "OK"))
    return 1 if errors else 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        sys.exit(main([a for a in sys.argv[1:] if a.startswith("--")]))
    sys.exit(main(sys.argv[1:]))
