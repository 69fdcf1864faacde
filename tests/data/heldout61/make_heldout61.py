#!/usr/bin/env python3
"""Write (default) or verify (--check) the blind held-out set heldout61: cases 8901-8938.

  python make_heldout61.py            # writes NNNN-slug.eml/.json, roster.csv into this folder
  python make_heldout61.py --check    # re-parses every .eml, recomputes every gold date from its Date header
"""
import datetime as dt
import io
import json
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import h61_readme
import h61_cases_a, h61_cases_b, h61_cases_c, h61_cases_d, h61_cases_e, h61_cases_f
from h61_lib import CST, gold, resolve, gold_item
from h61_roster import PEOPLE, roster_csv

HERE = Path(__file__).resolve().parent
MODULES = [h61_cases_a, h61_cases_b, h61_cases_c, h61_cases_d, h61_cases_e, h61_cases_f]


def all_cases():
    cases = []
    for m in MODULES:
        cases.extend(m.CASES)
    cases.sort(key=lambda c: c["num"])
    nums = [c["num"] for c in cases]
    assert nums == list(range(8901, 8939)), nums
    return cases


def sent_from_eml(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return msg, msg["Date"].datetime


def describe(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    agent = msg.get("X-Mailer") or msg.get("User-Agent") or ""
    if "MAILER-DAEMON" in str(msg.get("From", "")):
        agent = "Postfix DSN"
    if not agent and "mail.gmail.com" in str(msg.get("Message-ID", "")):
        agent = "Gmail (Google Workspace)"
    if not agent and "outlook.com" in str(msg.get("Message-ID", "")).lower():
        agent = "Exchange Online"
    agent = str(agent).split(" build")[0].split(" Copyright")[0]
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    cs = sorted({p.get_content_charset() for p in leaves if p.get_content_maintype() == "text" and p.get_content_charset()})
    shape = msg.get_content_type()
    extra = [p.get_content_type().split("/")[1].split(".")[-1] for p in leaves if p.get_content_maintype() == "application"]
    return f"{agent}; {shape}; {'/'.join(cs)}" + (f"; +{'+'.join(extra)}" if extra else "")


def readme_text(cases, counts, n_items):
    head = h61_readme.HEAD.format(counts=", ".join(f"{k} {v}" for k, v in counts.items()), n_items=n_items)
    rows = [f"| {c['num']}-{c['slug']} | {c['kind']} | {describe(c['eml'])} | {c['tests']} |" for c in cases]
    return head + "\n".join(rows) + "\n"


def write():
    for c in all_cases():
        stem = f"{c['num']}-{c['slug']}"
        raw = c["eml"]
        (HERE / f"{stem}.eml").write_bytes(raw)
        _, sent = sent_from_eml(raw)
        g = gold(c, sent)
        (HERE / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "roster.csv").write_text(roster_csv(), encoding="utf-8")
    cases = all_cases()
    counts, n = {"minutes": 0, "other": 0, "auto": 0}, 0
    for c in cases:
        counts[c["kind"]] += 1
        n += len(c.get("items", []))
    (HERE / "README.md").write_text(readme_text(cases, counts, n), encoding="utf-8")
    print("wrote", len(cases), "cases")


def walk_defects(msg, errs, stem):
    for part in msg.walk():
        for d in part.defects:
            errs.append(f"{stem}: MIME defect {type(d).__name__} in {part.get_content_type()}")
        for k in part.keys():
            for v in part.get_all(k):
                for d in getattr(v, "defects", ()):
                    errs.append(f"{stem}: header defect {k}: {type(d).__name__}")


def check():
    errs = []
    counts = {"minutes": 0, "other": 0, "auto": 0}
    n_items = 0
    roster = {p[1]: p for p in PEOPLE.values()}
    for c in all_cases():
        stem = f"{c['num']}-{c['slug']}"
        p_eml, p_json = HERE / f"{stem}.eml", HERE / f"{stem}.json"
        if not p_eml.exists() or not p_json.exists():
            errs.append(f"{stem}: missing files")
            continue
        raw = p_eml.read_bytes()
        if raw != c["eml"]:
            errs.append(f"{stem}: .eml differs from generator output (non-deterministic?)")
        msg, sent = sent_from_eml(raw)
        walk_defects(msg, errs, stem)
        for h in ("From", "Date", "Message-ID", "Subject", "MIME-Version"):
            if msg[h] is None:
                errs.append(f"{stem}: no {h}")
        for h in ("From", "To", "Cc", "Date", "Message-ID", "Subject", "MIME-Version", "Content-Type"):
            if len(msg.get_all(h) or []) > 1:
                errs.append(f"{stem}: duplicate top-level {h}")
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            data = part.get_payload(decode=True) or b""
            for hname in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition"):
                if len(part.get_all(hname) or []) > 1:
                    errs.append(f"{stem}: duplicate {hname} in {ct}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    t = data.decode(cs, "strict")
                    if part.get_param("format") == "flowed":
                        t = t.replace(" \r\n", " ")
                    texts.append(t)
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append(f"{stem}: {ct} does not decode strictly as {cs}: {e}")
            elif ct.endswith("wordprocessingml.document"):
                import docx
                d = docx.Document(io.BytesIO(data))
                t = "\n".join(p.text for p in d.paragraphs)
                t += "\n".join(cell.text for tb in d.tables for row in tb.rows for cell in row.cells)
                texts.append(t)
                if not t.strip():
                    errs.append(f"{stem}: empty docx")
            elif ct == "application/pdf":
                import pypdf
                t = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
                texts.append(t)
                if not t.strip():
                    errs.append(f"{stem}: pdf text does not extract")
        alltext = "\n".join(texts).replace("\r\n", "\n")
        for probe in c.get("probes", []):
            if probe not in alltext:
                errs.append(f"{stem}: probe text {probe!r} not found in decoded parts")
        g = json.loads(p_json.read_text(encoding="utf-8"))
        counts[g["kind"]] += 1
        n_items += len(g["items"])
        if g["kind"] != c["kind"]:
            errs.append(f"{stem}: kind mismatch")
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errs.append(f"{stem}: non-minutes with items/follow-up")
        if len(g["items"]) != len(c.get("items", [])):
            errs.append(f"{stem}: item count mismatch")
        for gi, it in zip(g["items"], c.get("items", [])):
            want = gold_item(it, sent)
            for k in ("due_date", "due_time", "flags", "owner_email", "owner_name", "task"):
                if gi[k] != want[k]:
                    errs.append(f"{stem}: item {gi['task']}: {k} json={gi[k]} recomputed={want[k]}")
            if gi["owner_email"] in roster:
                p = roster[gi["owner_email"]]
                if p[0] != gi["owner_name"] or p[2] != gi["department"]:
                    errs.append(f"{stem}: owner {gi['owner_name']} does not match roster")
            elif gi["owner_email"]:
                addrs = " ".join(str(msg.get(h, "")) for h in ("From", "To", "Cc"))
                if gi["owner_email"] not in addrs:
                    errs.append(f"{stem}: external owner {gi['owner_email']} not in From/To/Cc")
            if gi["due_date"]:
                d = dt.date.fromisoformat(gi["due_date"])
                s = sent.astimezone(CST).date()
                if not (dt.date(2026, 3, 1) <= d <= dt.date(2026, 12, 31)):
                    errs.append(f"{stem}: implausible due {d}")
        fu = c.get("followup")
        if fu:
            d, t = resolve(fu["due"], sent)
            want = {"date": d, "time": t or fu["time"]}
            if g["next_followup"] != want:
                errs.append(f"{stem}: follow-up json={g['next_followup']} recomputed={want}")
        elif g["next_followup"]:
            errs.append(f"{stem}: unexpected follow-up")
        s = sent.astimezone(CST)
        if not (dt.datetime(2026, 4, 1, tzinfo=CST) <= s < dt.datetime(2026, 9, 1, tzinfo=CST)):
            errs.append(f"{stem}: send date {s} outside April-August 2026")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme_text(all_cases(), counts, n_items):
        errs.append("README.md differs from generator output")
    roster_file = HERE / "roster.csv"
    if roster_file.read_text(encoding="utf-8") != roster_csv():
        errs.append("roster.csv differs")
    for e in errs:
        print("FAIL", e)
    print(f"cases {sum(counts.values())}: {counts}; gold items {n_items}; errors {len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if sys.argv[1:]:            # OUTDIR: write the set there, then check what was written
        HERE = Path(sys.argv[1]).resolve()
        HERE.mkdir(parents=True, exist_ok=True)
        write()
        sys.exit(check())
    write()
