#!/usr/bin/env python3
"""Generator of the blind held-out set "heldout46" (cases 7401-7438) for minutebot.

    python make_heldout46.py            # write every .eml/.json, roster.csv and README.md here
    python make_heldout46.py --check    # re-parse and re-validate what is on disk

Deterministic: no clock, no randomness.  Case content lives in h46_cases_[abcd].py,
MIME/client details in h46clients.py and h46lib.py, the roster in h46people.py.
Needs: chinesecalendar, python-docx, reportlab, pypdf (all in /work/blind/venv).
"""
import csv  # noqa: I001
import sys as _sys
_sys.dont_write_bytecode = True
import io
import json
import os
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h46lib as L  # noqa: E402
from h46people import ROSTER, BY_NAME  # noqa: E402
import h46clients as C  # noqa: E402


def all_cases():
    import h46_cases_a, h46_cases_b, h46_cases_c, h46_cases_d  # noqa: E401
    cases = h46_cases_a.CASES + h46_cases_b.CASES + h46_cases_c.CASES + h46_cases_d.CASES
    return sorted(cases, key=lambda c: c.num)


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------

def write_roster(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    with open(path, "w", encoding="utf-8") as f:
        f.write(buf.getvalue())


def build(out):
    import h46_docs
    cases = all_cases()
    for c in cases:
        with open(os.path.join(out, c.name + ".eml"), "wb") as f:
            f.write(c.eml)
        with open(os.path.join(out, c.name + ".json"), "w", encoding="utf-8") as f:
            json.dump(c.gold(), f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster(os.path.join(out, "roster.csv"))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(h46_docs.readme(cases))
    print("wrote %d cases to %s" % (len(cases), out))


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------
ITEM_KEYS = ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]
TOP_KEYS = ["kind", "items", "next_followup", "reply", "notes"]
FLAGS = {"no_owner", "vague_due", "no_due"}


def check_mime(msg, errs, name):
    if msg.defects:
        errs.append("%s: message defects %r" % (name, msg.defects))
    n_text = 0
    for part in msg.walk():
        if part is not msg and part.defects:
            errs.append("%s: part defects %r" % (name, part.defects))
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d:
                errs.append("%s: header %s defects %r" % (name, k, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            try:
                txt = part.get_content()
                cs = part.get_content_charset() or "us-ascii"
                raw = part.get_payload(decode=True)
                raw.decode(L.codec(cs) if cs.lower() in L.CODECS else cs, errors="strict")
                if "\ufffd" in txt:
                    errs.append("%s: replacement char in %s" % (name, ctype))
                n_text += 1
            except Exception as e:  # noqa: BLE001
                errs.append("%s: text part %s does not decode: %s" % (name, ctype, e))
        elif ctype.endswith("wordprocessingml.document"):
            import docx
            doc = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            if not any(p.text.strip() for p in doc.paragraphs):
                errs.append("%s: empty docx" % name)
        elif ctype == "application/pdf":
            import pypdf
            rd = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
            if "Owner" not in "".join(pg.extract_text() for pg in rd.pages):
                errs.append("%s: pdf text not extractable" % name)
    if n_text == 0 and msg.get_content_type() != "multipart/report":
        errs.append("%s: no text part" % name)


def check_gold(c, gold, ref, errs, addrs):
    name = c.name
    if list(gold.keys()) != TOP_KEYS:
        errs.append("%s: top keys %r" % (name, list(gold.keys())))
    if gold["kind"] not in ("minutes", "other", "auto", "reply"):
        errs.append("%s: bad kind" % name)
    if gold["reply"] is not None:
        errs.append("%s: reply must be null" % name)
    if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
        errs.append("%s: non-minutes with items/followup" % name)
    if gold["kind"] == "minutes" and not gold["items"]:
        errs.append("%s: minutes without items" % name)
    if not gold["notes"] or len(gold["notes"]) < 40:
        errs.append("%s: notes too short" % name)
    if len(gold["items"]) != len(c.items):
        errs.append("%s: item count differs from generator" % name)
    for i, (it, spec) in enumerate(zip(gold["items"], c.items), 1):
        tag = "%s item %d" % (name, i)
        if list(it.keys()) != ITEM_KEYS:
            errs.append("%s: keys %r" % (tag, list(it.keys())))
        fl = set(it["flags"])
        if not fl <= FLAGS:
            errs.append("%s: bad flags %r" % (tag, it["flags"]))
        if ("no_owner" in fl) != (it["owner_name"] is None):
            errs.append("%s: no_owner flag vs owner mismatch" % tag)
        if it["owner_name"] is None and it["owner_email"] is not None:
            errs.append("%s: email without owner" % tag)
        if it["due_date"] is None:
            if len(fl & {"vague_due", "no_due"}) != 1:
                errs.append("%s: undated item needs exactly one of vague_due/no_due" % tag)
            if it["due_time"] is not None:
                errs.append("%s: time without date" % tag)
            if spec["rule"]:
                errs.append("%s: rule for undated item" % tag)
        else:
            if fl & {"vague_due", "no_due"}:
                errs.append("%s: dated item flagged undated" % tag)
            try:
                d, t = L.resolve(spec["rule"], ref)
            except Exception as e:  # noqa: BLE001
                errs.append("%s: rule error %s" % (tag, e))
                continue
            if d != it["due_date"] or t != it["due_time"]:
                errs.append("%s: gold %s %s but rule %r from Date gives %s %s"
                            % (tag, it["due_date"], it["due_time"], spec["rule"], d, t))
        if it["owner_email"]:
            r = [x for x in ROSTER if x[1] == it["owner_email"]]
            if r:
                if r[0][0] != it["owner_name"] or (r[0][2] or None) != it["department"]:
                    errs.append("%s: owner fields differ from roster" % tag)
            elif it["owner_email"].lower() not in addrs:
                errs.append("%s: non-roster owner %s not in From/To/Cc" % (tag, it["owner_email"]))
            elif it["department"] is not None:
                errs.append("%s: non-roster owner with department" % tag)
    nf = gold["next_followup"]
    if nf is not None:
        if list(nf.keys()) != ["date", "time"]:
            errs.append("%s: next_followup keys" % name)
        try:
            d, t = L.resolve(c.nf[2], ref)
            if d != nf["date"] or t != nf["time"]:
                errs.append("%s: next_followup gold %s %s but rule gives %s %s" % (name, nf["date"], nf["time"], d, t))
        except Exception as e:  # noqa: BLE001
            errs.append("%s: next_followup rule error %s" % (name, e))
    elif c.nf is not None:
        errs.append("%s: next_followup missing" % name)


def check(out):
    errs = []
    cases = all_cases()
    nums = [c.num for c in cases]
    if nums != list(range(7401, 7439)):
        errs.append("case numbers are not 7401..7438: %r" % nums)
    seen_ids = set()
    roster_path = os.path.join(out, "roster.csv")
    with open(roster_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name", "email", "department", "manager_email", "aliases"]:
        errs.append("roster header")
    emails = {r[1] for r in rows[1:]}
    for r in rows[1:]:
        if r[3] and r[3] not in emails:
            errs.append("roster: manager %s of %s unknown" % (r[3], r[0]))
    files = sorted(os.listdir(out))
    for c in cases:
        p_eml = os.path.join(out, c.name + ".eml")
        p_json = os.path.join(out, c.name + ".json")
        if not (os.path.exists(p_eml) and os.path.exists(p_json)):
            errs.append("%s: missing files" % c.name)
            continue
        raw = open(p_eml, "rb").read()
        if raw != c.eml:
            errs.append("%s: .eml on disk differs from generator output" % c.name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        check_mime(msg, errs, c.name)
        mid = msg["Message-ID"]
        if not mid or mid in seen_ids:
            errs.append("%s: missing/duplicate Message-ID" % c.name)
        seen_ids.add(mid)
        if msg["Delivered-To"] != C.BOTS[c.org]:
            errs.append("%s: Delivered-To is not the org bot" % c.name)
        addrs = {a.lower() for _, a in getaddresses([str(msg.get(h, "")) for h in ("From", "To", "Cc")])}
        if c.kind in ("minutes", "other") and C.BOTS[c.org] not in addrs and not c.via_list:
            errs.append("%s: bot not in To/Cc" % c.name)
        ref = parsedate_to_datetime(msg["Date"]).astimezone(L.SH)
        if ref.year != 2026 or not (4 <= ref.month <= 7):
            errs.append("%s: send date %s outside Apr-Jul 2026" % (c.name, ref))
        gold = json.load(open(p_json, encoding="utf-8"))
        if gold != c.gold():
            errs.append("%s: .json on disk differs from generator" % c.name)
        check_gold(c, gold, ref, errs, addrs)
    expected = {c.name + ext for c in cases for ext in (".eml", ".json")}
    stray = [f for f in files if (f.endswith(".eml") or f.endswith(".json")) and f not in expected]
    if stray:
        errs.append("stray files: %r" % stray)
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    for e in errs:
        print("ERROR:", e)
    print("checked %d cases %r: %d error(s)" % (len(cases), kinds, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    out = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)   # (an OUTDIR: added when the set joined the tests)
    if "--check" in sys.argv[1:]:
        sys.exit(check(out))
    build(out)
    sys.exit(check(out))
