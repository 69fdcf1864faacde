#!/usr/bin/env python3
"""Generate blind held-out set heldout71 (cases 9901-9938) for the minutebot parser.

    python make_heldout71.py            # write every .eml/.json, roster.csv and README.md into this folder
    python make_heldout71.py --check    # validate what is on disk (see check() below)

Deterministic: re-running writes identical bytes. Case content lives in cases71_*.py, helpers in lib71.py.
"""
import csv
import email
import io
import json
import re
import sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib71 as L  # noqa: E402
import cases71_a, cases71_b, cases71_c, cases71_d, cases71_e, cases71_f  # noqa: E402,E401

MODULES = [cases71_a, cases71_b, cases71_c, cases71_d, cases71_e, cases71_f]


def all_cases():
    cases = []
    for m in MODULES:
        for fn in m.CASES:
            cases.append(fn())
    nums = [c.num for c in cases]
    assert nums == list(range(9901, 9939)), nums
    return cases


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in L.roster_rows():
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def gold_bytes(c):
    return (json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def readme_bytes(cases):
    import readme71
    return readme71.render(cases).encode("utf-8")


def outputs():
    cases = all_cases()
    files = {"roster.csv": roster_bytes(), "README.md": readme_bytes(cases)}
    for c in cases:
        files[c.name + ".eml"] = c.eml
        files[c.name + ".json"] = gold_bytes(c)
    return cases, files


def write():
    cases, files = outputs()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print("wrote %d cases %s, %d gold items" % (len(cases), kinds, sum(len(c.items) for c in cases)))


# ---------------------------------------------------------------- check
def norm(s):
    return re.sub(r"\s+", "", s).lower()


def check():
    errors = []
    cases, files = outputs()
    for name, data in files.items():
        p = HERE / name
        if not p.exists():
            errors.append("missing " + name)
        elif p.read_bytes() != data:
            errors.append("stale (re-run the generator): " + name)
    for c in cases:
        raw = (HERE / (c.name + ".eml")).read_bytes()
        gold = json.loads((HERE / (c.name + ".json")).read_text("utf-8"))
        e = lambda m: errors.append("%s: %s" % (c.name, m))  # noqa: E731
        if b"\r" in raw:
            e("CR in stored message")
        msg = email.message_from_bytes(raw, policy=policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                e("defects %r in %s" % (part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    e("header %s defects %r" % (k, v.defects))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            data = part.get_payload(decode=True)
            if part.get_content_maintype() == "text" or ct == "message/delivery-status":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    t = data.decode(cs, errors="strict")
                except (UnicodeDecodeError, LookupError) as ex:
                    e("text part %s does not decode as %s: %s" % (ct, cs, ex))
                    continue
                if ct == "text/html":
                    t = L.html_to_text(t)
                texts.append(t)
            elif ct.endswith("wordprocessingml.document"):
                try:
                    texts.append(L.docx_text(data))
                except Exception as ex:  # noqa: BLE001
                    e("docx does not open: %s" % ex)
            elif ct == "application/pdf":
                try:
                    t = L.pdf_text(data)
                except Exception as ex:  # noqa: BLE001
                    e("pdf does not open: %s" % ex)
                    continue
                if len(t.strip()) < 50:
                    e("pdf text did not extract")
                texts.append(t)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                e("no %s header" % h)
        alltext = norm("\n".join(texts) + "\n" + str(msg["Subject"]))
        for s in c.attach_text:
            if norm(s) not in alltext:
                e("attachment text not found: %s" % s)
        # gold vs case
        if gold["kind"] != c.kind:
            e("kind mismatch")
        if c.kind != "minutes" and (gold["items"] or gold["next_followup"]):
            e("non-minutes case with items/follow-up")
        sent = L.sent_of(str(msg["Date"]))
        if L.sent_of(c.date) != sent:
            e("Date header differs from case date")
        for it, g in zip(c.items, gold["items"]):
            if c.task_check and norm(it.task) not in alltext:
                e("task text not in mail: %s" % it.task)
            if it.rule in (None, "vague"):
                if g["due_date"] is not None or it.expect is not None:
                    e("undated item has a date: %s" % it.task)
                continue
            d, t = L.resolve(it.rule, sent)
            if d.isoformat() != g["due_date"] or d.isoformat() != it.expect:
                e("due %s: rule %r from %s gives %s, gold %s" % (it.task, it.rule, sent, d, g["due_date"]))
            if t and t != g["due_time"]:
                e("due time %s: rule gives %s, gold %s" % (it.task, t, g["due_time"]))
            if g["owner_email"] and c.kind == "minutes" and it.owner == "ext":
                if g["owner_email"].lower() not in raw.decode("latin-1").lower():
                    e("external owner address not in headers/body: %s" % g["owner_email"])
        if len(c.items) != len(gold["items"]):
            e("item count mismatch")
        if c.followup:
            rule, exp_d, exp_t = c.followup
            d, t = L.resolve(rule, sent)
            if d.isoformat() != exp_d or gold["next_followup"]["date"] != exp_d:
                e("follow-up: rule %r gives %s, gold %s" % (rule, d, exp_d))
            if gold["next_followup"]["time"] != exp_t:
                e("follow-up time mismatch")
        for g in gold["items"]:
            if g["due_date"] and not g["due_date"].startswith("2026-"):
                e("due outside 2026")
        if not sent.year == 2026 or not 4 <= sent.month <= 8:
            e("send date outside April-August 2026: %s" % sent)
        if "AMBIGUOUS" in c.notes and "AMBIGUOUS:" not in c.notes:
            e("AMBIGUOUS note must be written 'AMBIGUOUS: ...'")
    # roster sanity
    rows = list(csv.reader(io.StringIO((HERE / "roster.csv").read_text("utf-8"))))
    emails = {r[1] for r in rows[1:]}
    for r in rows[1:]:
        if r[3] and r[3] not in emails:
            errors.append("roster: manager %s unknown" % r[3])
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print("check OK: %d cases %s, %d gold items" % (len(cases), kinds, sum(len(c.items) for c in cases)))
    return 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        sys.argv = [sys.argv[0]]
        write()
        sys.exit(check())
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
