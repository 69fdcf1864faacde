#!/usr/bin/env python3
"""Write the heldout79 blind set (cases 10701-10738) into this folder, or check it.

    python make_heldout79.py            # (re)write every .eml/.json and roster.csv
    python make_heldout79.py --check    # re-parse every .eml and re-derive every gold date

Cases live in h79_cases_*.py (a few per file); shared helpers in h79_common.py, client shapes in h79_clients.py.
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h79_common import ROSTER, TZ8, resolve  # noqa: E402
import h79_cases_a, h79_cases_b, h79_cases_c, h79_cases_d, h79_cases_e, h79_cases_f  # noqa: E402,E401

MODULES = [h79_cases_a, h79_cases_b, h79_cases_c, h79_cases_d, h79_cases_e, h79_cases_f]
FLAGS = {"vague_due", "no_owner", "no_due"}


def all_cases():
    out = []
    for m in MODULES:
        for fn in m.CASES:
            out.append(fn())
    out.sort(key=lambda c: c["num"])
    return out


def gold_of(c):
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in c.get("items", [])]
    f = c.get("followup")
    return {"kind": c["kind"], "items": items,
            "next_followup": None if f is None else {"date": f["date"], "time": f["time"]},
            "reply": None, "notes": c["notes"]}


def base(c):
    return os.path.join(HERE, "%d-%s" % (c["num"], c["slug"]))


def write():
    cases = all_cases()
    for c in cases:
        with open(base(c) + ".eml", "wb") as f:
            f.write(c["eml"])
        with open(base(c) + ".json", "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)
    print("wrote %d cases" % len(cases))


def _sent(msg):
    return email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(TZ8)


def check_mime(path, msg, c, errs):
    if msg.defects:
        errs.append("%s: message defects %r" % (path, msg.defects))
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %r" % (path, k, v.defects))
    seen_text = 0
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part defects %r" % (path, part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and not part.get_filename():
            cs = part.get_content_charset() or "us-ascii"
            try:
                data.decode(cs, "strict")
                seen_text += 1
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: %s does not decode as %s: %s" % (path, ct, cs, e))
        elif ct.endswith("wordprocessingml.document"):
            import docx
            doc = docx.Document(io.BytesIO(data))
            txt = "\n".join(p.text for p in doc.paragraphs)
            for t in doc.tables:
                for row in t.rows:
                    txt += "\n" + "\t".join(cell.text for cell in row.cells)
            for s in c.get("att_text", []):
                if s not in txt:
                    errs.append("%s: docx lacks %r" % (path, s))
        elif ct == "application/pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            txt = "\n".join(p.extract_text() for p in r.pages)
            norm = " ".join(txt.split())
            for s in c.get("att_text", []):
                if " ".join(s.split()) not in norm:
                    errs.append("%s: pdf text lacks %r" % (path, s))
    if not seen_text and c["kind"] != "auto":
        errs.append("%s: no text part" % path)


def check_dates(path, msg, c, gold, errs):
    sent = _sent(msg)
    if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
        errs.append("%s: non-minutes with items/follow-up" % path)
    if len(gold["items"]) != len(c.get("items", [])):
        errs.append("%s: item count differs from generator" % path)
    for i, (g, it) in enumerate(zip(gold["items"], c.get("items", [])), 1):
        fl = set(g["flags"])
        if not fl <= FLAGS:
            errs.append("%s #%d: unknown flag %r" % (path, i, fl - FLAGS))
        if (g["owner_name"] is None) != ("no_owner" in fl):
            errs.append("%s #%d: owner/no_owner mismatch" % (path, i))
        if g["due_date"] is None and not fl & {"vague_due", "no_due"}:
            errs.append("%s #%d: no date but no vague_due/no_due" % (path, i))
        if g["due_date"] is not None and fl & {"vague_due", "no_due"}:
            errs.append("%s #%d: date and a no-date flag" % (path, i))
        rule = it["_rule"]
        if rule is None:
            if g["due_date"] is not None:
                errs.append("%s #%d: date without rule" % (path, i))
            continue
        want = resolve(rule, sent)
        got = (g["due_date"], g["due_time"])
        if want != got:
            errs.append("%s #%d: %r from %s gives %r, gold has %r" % (path, i, rule, sent.isoformat(), want, got))
    f, gf = c.get("followup"), gold["next_followup"]
    if f is not None and f["_rule"] is not None:
        want = resolve(f["_rule"], sent)[0]
        if (gf["date"], gf["time"]) != (want, f["time"]):
            errs.append("%s: follow-up %r gives %s, gold %r" % (path, f["_rule"], want, gf))
    elif f is not None:
        errs.append("%s: follow-up without rule" % path)


def check():
    errs = []
    cases = all_cases()
    nums = [c["num"] for c in cases]
    if nums != list(range(10701, 10739)):
        errs.append("case numbers are not 10701..10738: %r" % nums)
    kinds = {}
    n_items = 0
    for c in cases:
        path = base(c)
        with open(path + ".eml", "rb") as f:
            raw = f.read()
        if raw != c["eml"]:
            errs.append("%s.eml differs from a fresh build (not deterministic or stale)" % path)
        with open(path + ".json", encoding="utf-8") as f:
            gold = json.load(f)
        if gold != json.loads(json.dumps(gold_of(c), ensure_ascii=False)):
            errs.append("%s.json differs from the generator" % path)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        check_mime(path, msg, c, errs)
        check_dates(path, msg, c, gold, errs)
        if any(len(line) > 998 for line in raw.split(b"\n")):
            errs.append("%s: line over 998 bytes" % path)
        kinds[gold["kind"]] = kinds.get(gold["kind"], 0) + 1
        n_items += len(gold["items"])
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name", "email", "department", "manager_email", "aliases"] or len(rows) != len(ROSTER) + 1:
        errs.append("roster.csv is stale")
    for e in errs:
        print("FAIL", e)
    print("cases %d, kinds %r, items %d, errors %d" % (len(cases), kinds, n_items, len(errs)))
    return not errs


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = outdir[0]
        os.makedirs(HERE, exist_ok=True)
        write()
        sys.exit(0 if check() else 1)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    write()
