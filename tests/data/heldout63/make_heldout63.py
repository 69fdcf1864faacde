#!/usr/bin/env python3
"""Write (default) or verify (--check) the heldout63 blind set: cases 9101-9138.

    /work/blind/venv/bin/python make_heldout63.py            # write every file into this folder
    /work/blind/venv/bin/python make_heldout63.py --check    # re-parse and re-verify what is on disk

--check: every .eml parses with email.policy.default without defects; every text part decodes strictly in its
declared charset; every header decodes; .docx attachments open and .pdf attachments give text; every gold date
is recomputed with chinesecalendar from the mail's own Date header (Asia/Shanghai) and compared with the .json;
the files on disk are byte-identical to a fresh generation (determinism); roster.csv matches.
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

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
import cases_e  # noqa: E402
from hl63_lib import docx_text, pdf_text, roster_rows  # noqa: E402
from readme63 import readme  # noqa: E402

MODULES = [cases_a, cases_b, cases_c, cases_d, cases_e]


def all_cases():
    out = []
    for m in MODULES:
        for f in m.CASES:
            out.append(f())
    out.sort(key=lambda c: c.num)
    nums = [c.num for c in out]
    assert nums == list(range(9101, 9139)), nums
    return out


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in roster_rows():
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def gold_bytes(g):
    return (json.dumps(g, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write(cases):
    for c in cases:
        (HERE / (c.name + ".eml")).write_bytes(c.eml)
        (HERE / (c.name + ".json")).write_bytes(gold_bytes(c.gold()))
    (HERE / "roster.csv").write_bytes(roster_bytes())
    (HERE / "README.md").write_text(readme(cases), encoding="utf-8")
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    n_items = sum(len(c.items) for c in cases)
    print("wrote %d cases %s, %d gold items" % (len(cases), kinds, n_items))


def check_mail(path, data, case, problems):
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            problems.append("%s: defects %r in %s" % (path.name, part.defects, part.get_content_type()))
        for k, v in part.items():
            try:
                str(v)
            except Exception as e:  # noqa: BLE001
                problems.append("%s: header %s: %s" % (path.name, k, e))
            if getattr(v, "defects", None):
                problems.append("%s: header %s defects %r" % (path.name, k, v.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: %s does not decode as %s: %s" % (path.name, ctype, cs, e))
        fn = part.get_filename() or ""
        if fn.endswith(".docx"):
            try:
                if len(docx_text(payload)) < 20:
                    problems.append("%s: docx %s has no text" % (path.name, fn))
            except Exception as e:  # noqa: BLE001
                problems.append("%s: docx %s: %s" % (path.name, fn, e))
        if fn.endswith(".pdf"):
            try:
                if len(pdf_text(payload).strip()) < 20:
                    problems.append("%s: pdf %s has no text" % (path.name, fn))
            except Exception as e:  # noqa: BLE001
                problems.append("%s: pdf %s: %s" % (path.name, fn, e))
    for h in ("From", "Date", "Message-ID", "Subject"):
        if msg[h] is None:
            problems.append("%s: no %s header" % (path.name, h))
    sent = msg["Date"].datetime
    return sent


def check(cases):
    problems = []
    for c in cases:
        eml, js = HERE / (c.name + ".eml"), HERE / (c.name + ".json")
        if not eml.exists() or not js.exists():
            problems.append("%s: missing file" % c.name)
            continue
        data = eml.read_bytes()
        if data != c.eml:
            problems.append("%s: .eml differs from a fresh generation (not deterministic?)" % c.name)
        sent = check_mail(eml, data, c, problems)
        if sent.utcoffset() is None:
            problems.append("%s: Date without zone" % c.name)
            continue
        disk = json.loads(js.read_text(encoding="utf-8"))
        try:
            recomputed = c.gold(sent=sent)
        except AssertionError as e:
            problems.append(str(e))
            continue
        if disk != recomputed:
            problems.append("%s: gold on disk differs from the one recomputed from the Date header" % c.name)
        if disk["kind"] == "minutes" and not disk["items"] and "zero items" not in disk["notes"]:
            problems.append("%s: minutes without items must say so in notes" % c.name)
    extra = sorted(p.name for p in HERE.glob("9*.eml") if p.stem not in {c.name for c in cases})
    if extra:
        problems.append("stray files: %s" % extra)
    if (HERE / "roster.csv").read_bytes() != roster_bytes():
        problems.append("roster.csv differs")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from a fresh generation")
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    for p in problems:
        print("FAIL", p)
    print("%d cases %s, %d gold items: %s" % (len(cases), kinds, sum(len(c.items) for c in cases),
                                             "OK" if not problems else "%d problems" % len(problems)))
    return not problems


def main():
    cases = all_cases()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(cases) else 1)
    write(cases)


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        sys.argv = [sys.argv[0]]
        main()
        sys.argv = [sys.argv[0], "--check"]
    main()
