#!/usr/bin/env python3
"""Generate blind held-out set heldout81 (cases 10901-10938) for minutebot.

    /work/blind/venv/bin/python make_heldout81.py           # write every .eml/.json, roster.csv, README.md
    /work/blind/venv/bin/python make_heldout81.py --check   # validate what is on disk

--check re-parses every .eml with email.policy.default (no defects, every text part decodes strictly in its charset,
.docx opens, .pdf text extracts), recomputes every gold date from the Date header (Asia/Shanghai, chinesecalendar) and
compares with the .json, and verifies the files are byte-identical to a fresh generation.
"""
import email
import email.policy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h81lib  # noqa: E402
from h81lib import P, docx_text, pdf_text, resolve, roster_csv, sent_local  # noqa: E402
import h81_cases_a, h81_cases_b, h81_cases_c, h81_cases_d, h81_cases_e, h81_cases_f, h81_cases_g  # noqa: E402
from h81_readme import readme  # noqa: E402

MODULES = [h81_cases_a, h81_cases_b, h81_cases_c, h81_cases_d, h81_cases_e, h81_cases_f, h81_cases_g]


def all_cases():
    cases = []
    for m in MODULES:
        cases.extend(f() for f in m.CASES)
    return cases


def dump(obj):
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def generate(out=HERE):
    cases = all_cases()
    files = {}
    for c in cases:
        files[c.name + ".eml"] = c.raw
        files[c.name + ".json"] = dump(c.gold())
    files["roster.csv"] = roster_csv()
    files["README.md"] = readme(cases).encode("utf-8")
    return cases, files


def write():
    cases, files = generate()
    for name in os.listdir(HERE):
        if name.endswith((".eml", ".json")) and name[:5].isdigit() and name not in files:
            os.remove(os.path.join(HERE, name))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print("wrote %d cases to %s" % (len(cases), HERE))


def _walk_check(msg, errs, tag, attach_texts):
    for d in msg.defects:
        errs.append("%s: message defect %r" % (tag, d))
    for name in ("From", "To", "Cc", "Subject", "Date", "Message-ID", "Content-Type"):
        for v in msg.get_all(name) or []:
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %r" % (tag, name, d))
            if "=?" in str(v):
                errs.append("%s: undecoded encoded word in %s" % (tag, name))
    for p in msg.walk():
        for d in p.defects:
            errs.append("%s: part defect %r in %s" % (tag, d, p.get_content_type()))
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        payload = p.get_payload(decode=True)
        if ct.startswith("text/"):
            cs = p.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: %s part does not decode strictly as %s: %s" % (tag, ct, cs, e))
        elif ct.endswith("wordprocessingml.document"):
            try:
                attach_texts.append(docx_text(payload))
            except Exception as e:  # noqa: BLE001
                errs.append("%s: docx does not open: %s" % (tag, e))
        elif ct == "application/pdf":
            try:
                t = pdf_text(payload)
                if not t.strip():
                    errs.append("%s: pdf has no extractable text" % tag)
                attach_texts.append(t)
            except Exception as e:  # noqa: BLE001
                errs.append("%s: pdf does not read: %s" % (tag, e))


def check():
    cases, files = generate()
    errs = []
    nums = sorted(c.num for c in cases)
    if nums != list(range(10901, 10939)):
        errs.append("case numbers are not 10901..10938: %s" % nums)
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errs.append("missing file " + name)
            continue
        with open(path, "rb") as f:
            if f.read() != data:
                errs.append("file differs from a fresh generation (not deterministic or stale): " + name)
    roster_emails = {v["email"].lower() for v in P.values()}
    kinds = {}
    n_items = 0
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        tag = c.name
        with open(os.path.join(HERE, c.name + ".eml"), "rb") as f:
            raw = f.read()
        with open(os.path.join(HERE, c.name + ".json"), "rb") as f:
            gold = json.loads(f.read().decode("utf-8"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        attach_texts = []
        _walk_check(msg, errs, tag, attach_texts)
        for s in c.attach_expect:
            if not any(s in t for t in attach_texts):
                errs.append("%s: attachment text lacks %r" % (tag, s))
        if c.attach_expect and not attach_texts:
            errs.append("%s: expected an attachment" % tag)
        # recompute dates from the Date header on disk
        sent = sent_local(str(msg["Date"]))
        if gold["kind"] != c.kind:
            errs.append("%s: kind %s != %s" % (tag, gold["kind"], c.kind))
        if len(gold["items"]) != len(c.items):
            errs.append("%s: item count differs" % tag)
        if c.kind != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append("%s: non-minutes case with items or follow-up" % tag)
        addrs = " ".join(str(msg.get(h, "")) for h in ("From", "To", "Cc")).lower()
        for it, g in zip(c.items, gold["items"]):
            n_items += 1
            d, t = resolve(it.rule, sent)
            want_d = d.isoformat() if d else None
            want_t = it.time or t
            if g["due_date"] != want_d or g["due_time"] != want_t:
                errs.append("%s: %s due %s %s != recomputed %s %s" % (tag, g["task"], g["due_date"], g["due_time"], want_d, want_t))
            if (g["due_date"] is None) != (("vague_due" in g["flags"]) or ("no_due" in g["flags"])):
                errs.append("%s: %s due/flags inconsistent" % (tag, g["task"]))
            if (g["owner_name"] is None) != ("no_owner" in g["flags"]):
                errs.append("%s: %s owner/flags inconsistent" % (tag, g["task"]))
            if g["owner_email"]:
                if g["owner_name"] in P:
                    if P[g["owner_name"]]["email"] != g["owner_email"]:
                        errs.append("%s: roster email mismatch for %s" % (tag, g["owner_name"]))
                elif g["owner_email"].lower() not in addrs:
                    errs.append("%s: external owner %s not in From/To/Cc" % (tag, g["owner_email"]))
                elif g["owner_email"].lower() in roster_emails:
                    errs.append("%s: external owner %s is in the roster" % (tag, g["owner_email"]))
            if not g["task"].strip():
                errs.append("%s: empty task" % tag)
        if c.fu:
            d, t = resolve(c.fu[0], sent)
            want = {"date": d.isoformat(), "time": c.fu[1] or t}
            if gold["next_followup"] != want:
                errs.append("%s: follow-up %s != recomputed %s" % (tag, gold["next_followup"], want))
        elif gold["next_followup"] is not None:
            errs.append("%s: unexpected follow-up" % tag)
        if not (4 <= sent.month <= 8 and sent.year == 2026):
            errs.append("%s: send date %s outside April-August 2026" % (tag, sent))
    for e in errs:
        print("FAIL", e)
    print("cases %d  kinds %s  gold items %d" % (len(cases), kinds, n_items))
    if errs:
        print("--check: %d problem(s)" % len(errs))
        return 1
    print("--check: OK")
    return 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = outdir[0]
        os.makedirs(HERE, exist_ok=True)
        write()
        sys.exit(check())
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
