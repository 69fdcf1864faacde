#!/usr/bin/env python3
"""Write the heldout72 blind set (cases 10001-10038) into this folder, or --check it.

    python make_heldout72.py           # write every .eml/.json, roster.csv and README.md
    python make_heldout72.py --check   # re-parse every .eml, re-derive every gold date from its Date header

Helper modules: h72_lib.py (calendar, people, MIME, gold), h72_cases_1..5.py (the cases), h72_readme.py (README text).
"""
import email
import io
import json
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import h72_lib as L
import h72_cases_1
import h72_cases_2
import h72_cases_3
import h72_cases_4
import h72_cases_5
import h72_readme

HERE = Path(__file__).resolve().parent
MODULES = [h72_cases_1, h72_cases_2, h72_cases_3, h72_cases_4, h72_cases_5]
INFRA = ("mail.gmail.com", "prod.outlook.com", "localhost")  # real mail-infrastructure ids, not organisations


def build():
    cases = []
    for m in MODULES:
        for fn in m.CASES:
            cases.append(fn())
    nums = [c.num for c in cases]
    assert nums == list(range(10001, 10001 + len(cases))), nums
    return cases


def gold_json(c):
    return json.dumps(L.strip_private(c.gold), ensure_ascii=False, indent=2) + "\n"


def write(cases):
    for c in cases:
        (HERE / (c.name + ".eml")).write_bytes(c.eml)
        (HERE / (c.name + ".json")).write_text(gold_json(c), encoding="utf-8")
    (HERE / "roster.csv").write_text(L.roster_csv(), encoding="utf-8")
    (HERE / "README.md").write_text(h72_readme.render(cases), encoding="utf-8")
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print("wrote %d cases %s, %d gold items" % (len(cases), kinds, sum(len(c.gold["items"]) for c in cases)))


def check_mime(path, errors, texts=None):
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append("%s: defects %s in %s" % (path.name, part.defects, part.get_content_type()))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %s" % (path.name, k, v.defects))
            if "=?" in str(v):
                errors.append("%s: undecoded encoded-word in %s" % (path.name, k))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if ctype.startswith("text/"):
            label = part.get_content_charset() or "us-ascii"
            try:
                if texts is not None:
                    texts.append(data.decode(L.codec(label), errors="strict"))
                data.decode(L.codec(label), errors="strict")
            except (UnicodeDecodeError, KeyError) as e:
                errors.append("%s: %s part does not decode as %s: %s" % (path.name, ctype, label, e))
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            if cte == "base64":
                body = part.get_payload()
                if re.sub(r"\s", "", body) and len(re.sub(r"\s", "", body)) % 4:
                    errors.append("%s: bad base64 length" % path.name)
        elif ctype.endswith("wordprocessingml.document"):
            import docx
            d = docx.Document(io.BytesIO(data))
            text = "\n".join(p.text for p in d.paragraphs) + "".join(
                c.text for t in d.tables for r in t.rows for c in r.cells)
            if len(text) < 40:
                errors.append("%s: docx has no text" % path.name)
        elif ctype == "application/pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            text = "".join(pg.extract_text() or "" for pg in r.pages)
            if len(text) < 40:
                errors.append("%s: pdf text does not extract" % path.name)
    for h in ("Message-ID", "Date", "From", "Subject"):
        if msg[h] is None:
            errors.append("%s: missing %s" % (path.name, h))
    return msg


def check(cases):
    errors = []
    by_name = {c.name: c for c in cases}
    emls = sorted(HERE.glob("1*.eml"))
    jsons = sorted(HERE.glob("1*.json"))
    if [p.stem for p in emls] != [p.stem for p in jsons] or len(emls) != len(cases):
        errors.append("eml/json files do not pair up with the %d cases" % len(cases))
    excluded = ""           # (the list of earlier sets' domains it was written against lives outside the repository)
    counts, n_items = {}, 0
    for path in emls:
        c = by_name.get(path.stem)
        if c is None:
            errors.append("%s: not produced by the generator" % path.name)
            continue
        if path.read_bytes() != c.eml:
            errors.append("%s: bytes differ from the generator (not deterministic?)" % path.name)
        texts = []
        msg = check_mime(path, errors, texts)
        scan = re.sub(rb"=\r?\n", b"", path.read_bytes()).decode("latin-1") + "\n".join(texts)
        g = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if g != L.strip_private(c.gold):
            errors.append("%s: json differs from the generator" % path.name)
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        n_items += len(g["items"])
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errors.append("%s: non-minutes case with items or follow-up" % path.name)
        sent = parsedate_to_datetime(str(msg["Date"]))
        rules = L.rules_of(c.gold)
        for (rule, _, _), it in zip(rules["items"], g["items"]):
            d, t = L.resolve(rule, sent)
            if d != it["due_date"]:
                errors.append("%s: %s: rule %s from Date gives %s, gold %s" % (path.name, it["task"], rule, d,
                                                                            it["due_date"]))
            if t and t != it["due_time"]:
                errors.append("%s: %s: time %s, gold %s" % (path.name, it["task"], t, it["due_time"]))
            if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
                errors.append("%s: %s: no date but no vague_due/no_due flag" % (path.name, it["task"]))
            if it["owner_name"] is None and "no_owner" not in it["flags"]:
                errors.append("%s: %s: no owner but no no_owner flag" % (path.name, it["task"]))
            if it["owner_name"] in L.P and it["owner_email"] != L.P[it["owner_name"]]["email"]:
                errors.append("%s: %s: roster email mismatch" % (path.name, it["task"]))
            if it["owner_email"] and it["owner_name"] not in L.P:
                if it["owner_email"].lower() not in path.read_bytes().decode("latin-1").lower():
                    errors.append("%s: external owner email not in the message" % path.name)
        if g["next_followup"]:
            d, _ = L.resolve(rules["followup"], sent)
            if d != g["next_followup"]["date"]:
                errors.append("%s: follow-up rule gives %s, gold %s" % (path.name, d, g["next_followup"]["date"]))
        for dom in set(re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]+)", scan)):
            dom = dom.lower()
            if dom.endswith(INFRA):
                continue
            if not re.search(r"(^|\.)example\.", dom):
                errors.append("%s: non-example domain %s" % (path.name, dom))
            elif ("@" + dom) in excluded:
                errors.append("%s: excluded domain %s" % (path.name, dom))
    roster = (HERE / "roster.csv").read_text(encoding="utf-8")
    if roster != L.roster_csv():
        errors.append("roster.csv differs from the generator")
    for e in errors:
        print("FAIL", e)
    print("checked %d cases %s, %d gold items: %s" % (len(emls), counts, n_items,
                                                       "OK" if not errors else "%d errors" % len(errors)))
    return not errors


def main(argv):
    cases = build()
    if "--check" in argv:
        return 0 if check(cases) else 1
    write(cases)
    return 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        sys.argv = [sys.argv[0]]
        main([])
        sys.exit(main(["--check"]))
    sys.exit(main(sys.argv[1:]))
