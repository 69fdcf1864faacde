#!/usr/bin/env python3
"""Write the blind held-out set heldout75 (cases 10301-10338) for minutebot's parser.

    python make_heldout75.py            # (re)write every .eml/.json, roster.csv and README.md beside this file
    python make_heldout75.py --check    # validate what is on disk (see check())

Deterministic: no clock, no randomness. Case definitions live in cases_a.py .. cases_e.py; MIME helpers in
mime75.py/clients75.py; roster and date rules in lib75.py.
"""
import csv
import datetime as dt
import re
import email
import email.policy
import io
import json
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: E402
from lib75 import BY_NAME, ROSTER, resolve, VAGUE  # noqa: E402
from readme75 import README_HEAD, README_TAIL  # noqa: E402

CASES = sorted(cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES + cases_e.CASES,
               key=lambda c: c["num"])


def gold_of(case):
    items = [g for g, _ in case.get("items", [])]
    fu = case.get("followup")
    return {"kind": case["kind"], "items": items, "next_followup": fu[0] if fu else None, "reply": None,
            "notes": case["notes"]}


def stem(case):
    return f"{case['num']}-{case['slug']}"


def sent_of(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return parsedate_to_datetime(str(msg["Date"]))


def date_errors(case, gold, raw):
    """Recompute every gold date of `gold` (as read from disk) from the .eml Date header."""
    errs = []
    sent = sent_of(raw)
    rules = [r for _, r in case.get("items", [])]
    if len(rules) != len(gold["items"]):
        return [f"{stem(case)}: {len(gold['items'])} items on disk, {len(rules)} defined"]
    for n, (it, rule) in enumerate(zip(gold["items"], rules), 1):
        if rule is None or rule == VAGUE:
            if it["due_date"] is not None or it["due_time"] is not None:
                errs.append(f"{stem(case)} item {n}: undated rule but due {it['due_date']}")
            want = "vague_due" if rule == VAGUE else "no_due"
            if want not in it["flags"]:
                errs.append(f"{stem(case)} item {n}: flag {want} missing")
            continue
        d, t = resolve(rule, sent)
        if d != it["due_date"]:
            errs.append(f"{stem(case)} item {n}: gold {it['due_date']} but {rule} from {sent} gives {d}")
        if t is not None and t != it["due_time"]:
            errs.append(f"{stem(case)} item {n}: gold time {it['due_time']} but rule gives {t}")
    fu = case.get("followup")
    if fu and fu[1] is not None:
        d, t = resolve(fu[1], sent)
        g = gold["next_followup"]
        if d != g["date"] or (t is not None and t != g["time"]):
            errs.append(f"{stem(case)} followup: gold {g} but {fu[1]} gives {d} {t}")
    return errs


def write_all():
    for case in CASES:
        raw = case["build"](case)
        gold = gold_of(case)
        errs = date_errors(case, gold, raw)
        if errs:
            raise SystemExit("\n".join(errs))
        (HERE / f"{stem(case)}.eml").write_bytes(raw)
        (HERE / f"{stem(case)}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    (HERE / "roster.csv").write_text(roster_csv(), encoding="utf-8")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {HERE}")


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    w.writerows(ROSTER)
    return buf.getvalue()


def counts():
    k = {}
    for c in CASES:
        k[c["kind"]] = k.get(c["kind"], 0) + 1
    return k, sum(len(c.get("items", [])) for c in CASES)


def readme():
    k, n = counts()
    rows = "\n".join(f"| {stem(c)} | {c['kind']} | {len(c.get('items', []))} | {c['tests']} |" for c in CASES)
    head = README_HEAD.format(minutes=k.get("minutes", 0), other=k.get("other", 0), auto=k.get("auto", 0),
                              items=n, total=len(CASES))
    return head + "\n| case | kind | items | what it tests |\n| --- | --- | --- | --- |\n" + rows + "\n" + README_TAIL


# ----------------------------------------------------------------------------------------------------- check
def strict_text(part, where, errs):
    cs = part.get_content_charset() or "us-ascii"
    data = part.get_payload(decode=True)
    try:
        return data.decode(cs, "strict")
    except (UnicodeDecodeError, LookupError) as e:
        errs.append(f"{where}: {part.get_content_type()} does not decode as {cs}: {e}")
        return ""


def check_eml(case, raw, errs):
    where = stem(case)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append(f"{where}: MIME defects {part.defects} in {part.get_content_type()}")
        for h, v in part.items():
            if getattr(v, "defects", None):
                errs.append(f"{where}: header {h} defects {v.defects}")
        ctype = part.get_content_type()
        if part.is_multipart() or ctype == "message/delivery-status":
            continue
        fn = part.get_filename()
        data = part.get_payload(decode=True)
        if fn and fn.lower().endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            body = "\n".join(p.text for p in d.paragraphs)
            body += "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
            texts.append(body)
            if len(body) < 50:
                errs.append(f"{where}: docx {fn} has no text")
        elif fn and fn.lower().endswith(".pdf"):
            from pypdf import PdfReader
            body = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
            texts.append(body)
            if len(body) < 50:
                errs.append(f"{where}: pdf {fn} has no text")
        elif part.get_content_maintype() == "text":
            texts.append(strict_text(part, where, errs))
    sent = sent_of(raw).astimezone(__import__("lib75").SH)
    if not ("2026-04-01" <= sent.date().isoformat() <= "2026-08-31"):
        errs.append(f"{where}: send date {sent} outside April-August 2026")
    wd = "一二三四五六日"
    for t in texts:                            # every written weekday next to a date must be right
        for mo, dy, w in re.findall(r"(\d{1,2})月(\d{1,2})[日号]\s*[（(](?:周|星期)([一二三四五六日天])", t):
            real = dt.date(2026, int(mo), int(dy)).weekday()
            if wd[real] != w.replace("天", "日"):
                errs.append(f"{where}: {mo}月{dy}日 is 周{wd[real]}, text says 周{w}")
    for probe in case.get("probes", []):       # phrases the gold relies on must really be in the mail
        if not any(probe in t.replace('\r', '').replace('\n', '') for t in texts):
            errs.append(f"{where}: probe {probe!r} not found in any text part")
    return msg


def check():
    errs = []
    seen_ids = set()
    for case in CASES:
        p, j = HERE / f"{stem(case)}.eml", HERE / f"{stem(case)}.json"
        if not p.exists() or not j.exists():
            errs.append(f"{stem(case)}: files missing")
            continue
        raw = p.read_bytes()
        if raw != case["build"](case):
            errs.append(f"{stem(case)}: .eml on disk differs from a fresh build (not deterministic?)")
        msg = check_eml(case, raw, errs)
        mid = str(msg["Message-ID"] or "").strip()
        if mid in seen_ids:
            errs.append(f"{stem(case)}: duplicate Message-ID")
        seen_ids.add(mid)
        gold = json.loads(j.read_text(encoding="utf-8"))
        if gold != gold_of(case):
            errs.append(f"{stem(case)}: .json on disk differs from the case definition")
        errs += date_errors(case, gold, raw)
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append(f"{stem(case)}: non-minutes with items/followup")
        hdr_addrs = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc"))
        for n, it in enumerate(gold["items"], 1):
            if it["owner_name"] in BY_NAME:
                r = BY_NAME[it["owner_name"]]
                if (it["owner_email"], it["department"]) != (r[1], r[2]):
                    errs.append(f"{stem(case)} item {n}: owner fields disagree with roster")
            elif it["owner_email"] and it["owner_email"] not in hdr_addrs:
                errs.append(f"{stem(case)} item {n}: outsider {it['owner_email']} not in From/To/Cc")
            if it["owner_name"] is None and "no_owner" not in it["flags"]:
                errs.append(f"{stem(case)} item {n}: no owner but no flag")
    if (HERE / "roster.csv").read_text(encoding="utf-8") != roster_csv():
        errs.append("roster.csv differs from lib75.ROSTER")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme():
        errs.append("README.md differs from the generated one")
    k, n = counts()
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        return 1
    print(f"OK: {len(CASES)} cases ({k}), {n} gold items; every gold date recomputed from its Date header")
    return 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        write_all()
        sys.exit(check())
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
