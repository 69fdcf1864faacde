#!/usr/bin/env python3
"""Generate (or --check) the blind held-out set heldout57 (cases 8501-8538).

    python make_heldout57.py            # write every .eml/.json, roster.csv, README.md here
    python make_heldout57.py --check    # re-parse and re-verify what is on disk
"""
import csv, email, io, json, os, sys
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h57_lib import ROSTER, resolve  # noqa: E402
import h57_people  # noqa: E402,F401  (fills ROSTER)
import h57_cases_a, h57_cases_b, h57_cases_c, h57_cases_d, h57_cases_e, h57_cases_f  # noqa: E402
import h57_readme  # noqa: E402

MODULES = [h57_cases_a, h57_cases_b, h57_cases_c, h57_cases_d, h57_cases_e, h57_cases_f]


def all_cases():
    out = []
    for m in MODULES:
        for fn in m.CASES:
            out.append(fn())
    out.sort(key=lambda c: c["n"])
    return out


def gold_of(c):
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in c["items"]]
    fu = None if c["fu"] is None else {"date": c["fu"]["date"], "time": c["fu"]["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": fu, "reply": None, "notes": c["notes"]}


def base(c):
    return os.path.join(HERE, "%d-%s" % (c["n"], c["slug"]))


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for p in ROSTER.values():
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def generate():
    cases = all_cases()
    for c in cases:
        with open(base(c) + ".eml", "wb") as f:
            f.write(c["raw"])
        with open(base(c) + ".json", "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster(os.path.join(HERE, "roster.csv"))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(h57_readme.render(cases))
    print("wrote %d cases" % len(cases))


# ---------------------------------------------------------------- check
def walk_check(msg, errs, where, found):
    for d in msg.defects:
        errs.append("%s: defect %r" % (where, d))
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %r" % (where, k, v.defects))
        str(v)
    if msg.is_multipart():
        for p in msg.iter_parts():
            walk_check(p, errs, where, found)
        return
    ct = msg.get_content_type()
    payload = msg.get_payload(decode=True)
    if msg.get_content_maintype() == "text":
        cs = msg.get_content_charset() or "us-ascii"
        try:
            txt = payload.decode(cs, "strict")
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("%s: %s does not decode strictly as %s: %s" % (where, ct, cs, e))
            return
        found["text"].append(txt)
        if ct == "text/calendar":
            found["cal"] += 1
    elif ct.endswith("wordprocessingml.document"):
        import docx
        d = docx.Document(io.BytesIO(payload))
        t = "\n".join(p.text for p in d.paragraphs)
        t += "\n".join(c.text for tb in d.tables for row in tb.rows for c in row.cells)
        if len(t) < 20:
            errs.append("%s: docx has no text" % where)
        found["text"].append(t)
    elif ct == "application/pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(payload))
        t = "\n".join(pg.extract_text() for pg in r.pages)
        if len(t) < 20:
            errs.append("%s: pdf text does not extract" % where)
        found["text"].append(t)
    elif msg.get_content_maintype() == "message" or ct == "message/delivery-status":
        pass


def check():
    errs = []
    cases = all_cases()
    nums = [c["n"] for c in cases]
    if nums != list(range(8501, 8539)):
        errs.append("case numbers are not 8501..8538: %r" % nums)
    kinds = {}
    emails = {p["email"] for p in ROSTER.values()}
    n_items = 0
    for c in cases:
        where = "%d-%s" % (c["n"], c["slug"])
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        try:
            raw = open(base(c) + ".eml", "rb").read()
            gold = json.load(open(base(c) + ".json", encoding="utf-8"))
        except OSError as e:
            errs.append("%s: missing file %s" % (where, e)); continue
        if raw != c["raw"]:
            errs.append("%s: .eml differs from a fresh generation (not deterministic?)" % where)
        if gold != gold_of(c):
            errs.append("%s: .json differs from a fresh generation" % where)
        msg = email.message_from_bytes(raw, policy=policy.default)
        found = {"text": [], "cal": 0}
        walk_check(msg, errs, where, found)
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errs.append("%s: no %s header" % (where, h))
        sent = parsedate_to_datetime(str(msg["Date"]))
        hdr_mail = set()
        for h in ("From", "To", "Cc"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    hdr_mail.add(a.addr_spec.lower())
        body = "".join(found["text"]).replace("\n", "").replace("\r", "")
        if c["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append("%s: non-minutes with items/follow-up" % where)
        if c["kind"] == "minutes" and not gold["items"]:
            errs.append("%s: minutes without items" % where)
        for i, (it, g) in enumerate(zip(c["items"], gold["items"]), 1):
            n_items += 1
            if it["_rule"] is not None:
                d, tm = resolve(it["_rule"], sent)
                if d != g["due_date"] or tm != g["due_time"]:
                    errs.append("%s item %d: gold due %s %s but rule %r from Date gives %s %s" % (
                        where, i, g["due_date"], g["due_time"], it["_rule"], d, tm))
            elif g["due_date"] is not None:
                errs.append("%s item %d: due without a rule" % (where, i))
            if g["due_date"] is None and not ({"vague_due", "no_due"} & set(g["flags"])):
                errs.append("%s item %d: no due and no flag" % (where, i))
            if g["owner_email"] and g["owner_email"].lower() not in emails | hdr_mail:
                errs.append("%s item %d: owner email %s neither in roster nor headers" % (where, i, g["owner_email"]))
            if g["owner_name"] is None and "no_owner" not in g["flags"]:
                errs.append("%s item %d: no owner and no flag" % (where, i))
            key = g["task"][:6]
            if key not in body:
                errs.append("%s item %d: task start %r not found in any text part" % (where, i, key))
        if c["fu"] is not None:
            d, tm = resolve(c["fu"]["_rule"], sent)
            if (d, tm) != (gold["next_followup"]["date"], gold["next_followup"]["time"]):
                errs.append("%s: follow-up gold %s but rule gives %s %s" % (where, gold["next_followup"], d, tm))
    for f in ("roster.csv", "README.md"):
        if not os.path.exists(os.path.join(HERE, f)):
            errs.append("missing " + f)
    for e in errs:
        print("FAIL", e)
    print("%d cases %s, %d items; %s" % (len(cases), kinds, n_items, "OK" if not errs else "%d problems" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if sys.argv[1:]:            # OUTDIR: write the set there, then check what was written
        HERE = os.path.abspath(sys.argv[1])
        os.makedirs(HERE, exist_ok=True)
        generate()
        sys.exit(check())
    generate()
