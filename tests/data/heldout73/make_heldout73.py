#!/usr/bin/env python3
"""Generate the minutebot blind held-out set heldout73 (cases 10101-10138).

    python make_heldout73.py            # write every .eml/.json, roster.csv and README.md next to this script
    python make_heldout73.py --check    # validate what is on disk (and that regeneration gives the same bytes)

Deterministic: no clock reads, no randomness; attachments are built with fixed timestamps.
The check re-parses every .eml with email.policy.default (no defects; every text part decodes strictly in its
declared charset; .docx opens; .pdf text extracts) and recomputes every gold date from the mail's own Date
header in Asia/Shanghai with chinesecalendar, comparing with the .json on disk.
"""
import csv
import io
import json
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h73_cases_a  # noqa: E402
import h73_cases_a2  # noqa: E402
import h73_cases_b  # noqa: E402
import h73_cases_b2  # noqa: E402
import h73_cases_c  # noqa: E402
import h73_cases_c2  # noqa: E402
import h73_cases_d  # noqa: E402
import h73_cases_d2  # noqa: E402
import h73_cases_d3  # noqa: E402
from h73_common import EXT, ORGS, P, ROSTER, TZ8, public_gold, resolve  # noqa: E402
from h73_readme import readme_text  # noqa: E402

MODULES = [h73_cases_a, h73_cases_a2, h73_cases_b, h73_cases_b2, h73_cases_c, h73_cases_c2, h73_cases_d,
           h73_cases_d2, h73_cases_d3]


def all_cases():
    cases = []
    for m in MODULES:
        for name in sorted(dir(m)):
            if name.startswith("c1") and name[1:].isdigit() and getattr(m, name).__module__ == m.__name__:
                cases.append(getattr(m, name)())
    cases.sort(key=lambda c: c["num"])
    nums = [c["num"] for c in cases]
    assert nums == list(range(10101, 10139)), nums
    return cases


def stem(c):
    return f"{c['num']}-{c['slug']}"


def sent_of(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return msg["Date"].datetime.astimezone(TZ8)


def self_check(c):
    """Gold dates must equal the calendar rules applied to the mail's own Date header."""
    sent = sent_of(c["eml"])
    for i in c["items"]:
        d, tm = resolve(i["_rule"], sent)
        got = d.isoformat() if d else None
        if got != i["due_date"]:
            raise AssertionError(f"{c['num']} {i['task']}: rule {i['_rule']} gives {got}, gold {i['due_date']}")
        if tm is not None and tm != i["due_time"]:
            raise AssertionError(f"{c['num']} {i['task']}: rule time {tm}, gold {i['due_time']}")
    f = c["followup"]
    if f is not None:
        d, _ = resolve(f["_rule"], sent)
        if d.isoformat() != f["date"]:
            raise AssertionError(f"{c['num']} followup: rule gives {d}, gold {f['date']}")


def roster_rows():
    rows = []
    for name, local, org, dep, head, aliases in ROSTER:
        p = P[name]
        rows.append([name, p["email"], dep, p["manager_email"], aliases])
    return rows


def write_all(out):
    cases = all_cases()
    for c in cases:
        self_check(c)
        (out / f"{stem(c)}.eml").write_bytes(c["eml"])
        (out / f"{stem(c)}.json").write_text(json.dumps(public_gold(c), ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    w.writerows(roster_rows())
    (out / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")
    (out / "README.md").write_text(readme_text(cases, stem), encoding="utf-8")
    k = {}
    for c in cases:
        k[c["kind"]] = k.get(c["kind"], 0) + 1
    print(f"wrote {len(cases)} cases to {out}: {k}, items {sum(len(c['items']) for c in cases)}")


# ------------------------------------------------------------------------------------------------------------
def check_mime(path, raw, errors):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    n_text = 0
    for part in msg.walk():
        for d in part.defects:
            errors.append(f"{path.name}: defect {type(d).__name__} in {part.get_content_type()}")
        for k in part.keys():
            for h in part.get_all(k):
                for d in getattr(h, "defects", ()):
                    errors.append(f"{path.name}: header {k} defect {type(d).__name__}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True)
        if ctype.startswith("text/") and part.get_content_disposition() != "attachment":
            cs = part.get_content_charset() or "us-ascii"
            try:
                data.decode(cs, "strict")
                part.get_content()
                n_text += 1
            except (UnicodeDecodeError, LookupError) as e:
                errors.append(f"{path.name}: {ctype} does not decode as {cs}: {e}")
        elif ctype.endswith("wordprocessingml.document"):
            import docx
            doc = docx.Document(io.BytesIO(data))
            txt = "\n".join(p.text for p in doc.paragraphs) + "".join(
                c.text for t in doc.tables for r in t.rows for c in r.cells)
            if len(txt) < 50:
                errors.append(f"{path.name}: docx has almost no text")
        elif ctype == "application/pdf":
            from pypdf import PdfReader
            txt = "".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)
            if len(txt) < 50:
                errors.append(f"{path.name}: pdf text does not extract")
    if n_text == 0 and msg.get_content_type() != "multipart/report":
        errors.append(f"{path.name}: no readable text part")
    if msg["Date"] is None or msg["Message-ID"] is None or msg["From"] is None:
        errors.append(f"{path.name}: missing Date/Message-ID/From")


def check(out):
    errors = []
    cases = all_cases()
    known = {p["email"] for p in P.values()} | set(EXT.values())
    for c in cases:
        base = out / stem(c)
        eml_p, json_p = base.with_suffix(".eml"), base.with_suffix(".json")
        if not eml_p.exists() or not json_p.exists():
            errors.append(f"{stem(c)}: missing files")
            continue
        raw = eml_p.read_bytes()
        if raw != c["eml"]:
            errors.append(f"{eml_p.name}: bytes differ from a fresh generation (not deterministic?)")
        check_mime(eml_p, raw, errors)
        g = json.loads(json_p.read_text(encoding="utf-8"))
        if g != json.loads(json.dumps(public_gold(c), ensure_ascii=False)):
            errors.append(f"{json_p.name}: differs from the generator's gold")
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append(f"{json_p.name}: wrong keys")
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errors.append(f"{json_p.name}: non-minutes with items/follow-up")
        sent = sent_of(raw)
        if not (sent.year == 2026 and 4 <= sent.month <= 8):
            errors.append(f"{eml_p.name}: send date {sent} outside April-August 2026")
        if len(g["items"]) != len(c["items"]):
            errors.append(f"{json_p.name}: item count differs")
            continue
        for gi, ci in zip(g["items"], c["items"]):
            d, tm = resolve(ci["_rule"], sent)
            want = d.isoformat() if d else None
            if gi["due_date"] != want:
                errors.append(f"{json_p.name}: '{gi['task']}' due {gi['due_date']} but {ci['_rule']} from "
                              f"{sent.isoformat()} gives {want}")
            if tm is not None and gi["due_time"] != tm:
                errors.append(f"{json_p.name}: '{gi['task']}' time {gi['due_time']} but rule gives {tm}")
            if gi["due_date"] is None and not ({"vague_due", "no_due"} & set(gi["flags"])):
                errors.append(f"{json_p.name}: '{gi['task']}' has no date and no flag")
            if gi["owner_name"] is None and "no_owner" not in gi["flags"]:
                errors.append(f"{json_p.name}: '{gi['task']}' has no owner and no flag")
            if gi["owner_email"] and gi["owner_email"] not in known:
                errors.append(f"{json_p.name}: unknown owner address {gi['owner_email']}")
        f = g["next_followup"]
        if f is not None:
            d, _ = resolve(c["followup"]["_rule"], sent)
            if f["date"] != d.isoformat():
                errors.append(f"{json_p.name}: follow-up {f['date']} but rule gives {d}")
    expected = {f"{stem(c)}{ext}" for c in cases for ext in (".eml", ".json")}
    on_disk = {p.name for p in out.iterdir() if p.suffix in (".eml", ".json")}
    for extra in sorted(on_disk - expected):
        errors.append(f"stray file {extra}")
    for name in ("roster.csv", "README.md"):
        if not (out / name).exists():
            errors.append(f"missing {name}")
    rows = list(csv.reader((out / "roster.csv").open(encoding="utf-8")))
    if rows and rows[0] != ["name", "email", "department", "manager_email", "aliases"]:
        errors.append("roster.csv header")
    for r in rows[1:]:
        if not any(r[1].endswith("@" + d) for d in ORGS.values()):
            errors.append(f"roster address outside our domains: {r[1]}")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    for e in errors:
        print("FAIL", e)
    print(f"checked {len(cases)} cases {kinds}, {sum(len(c['items']) for c in cases)} items: "
          f"{'OK' if not errors else str(len(errors)) + ' problem(s)'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        target = Path(outdir[0])
        target.mkdir(parents=True, exist_ok=True)
        write_all(target)
        sys.exit(check(target))
    if "--check" in sys.argv[1:]:
        sys.exit(check(HERE))
    write_all(HERE)
