#!/usr/bin/env python3
"""Write the heldout78 blind set (cases 10601-10638) into this folder, or validate it.

    python make_heldout78.py            # write every .eml/.json, roster.csv and README.md, then check
    python make_heldout78.py --check    # only validate what is on disk
"""
import csv
import datetime as dt
import email
import html
import io
import json
import re
import sys
from email import policy
from email.utils import getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hl78_common as C  # noqa: E402
import hl78_cases_a  # noqa: E402,F401
import hl78_cases_b  # noqa: E402,F401
import hl78_cases_c  # noqa: E402,F401
import hl78_cases_d  # noqa: E402,F401
import hl78_cases_e  # noqa: E402,F401
import hl78_cases_f  # noqa: E402,F401
import hl78_cases_g  # noqa: E402,F401
from hl78_readme import README_HEAD  # noqa: E402

ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}$")
REMAP = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030"}


def built():
    out = []
    for c in sorted(C.CASES, key=lambda c: c["num"]):
        r = c["fn"]()
        out.append(dict(c, **r))
    return out


def gold_of(c):
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in c.get("items", [])]
    nf = c.get("next")
    nf = {"date": nf["date"], "time": nf["time"]} if nf else None
    return {"kind": c["kind"], "items": items, "next_followup": nf, "reply": None, "notes": c["notes"]}


def name_of(c):
    return "%d-%s" % (c["num"], c["slug"])


def write(cases):
    for old in list(HERE.glob("106[0-9][0-9]-*.eml")) + list(HERE.glob("106[0-9][0-9]-*.json")):
        old.unlink()
    for c in cases:
        (HERE / (name_of(c) + ".eml")).write_bytes(c["eml"])
        (HERE / (name_of(c) + ".json")).write_text(
            json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(HERE / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for r in C.ROSTER:
            w.writerow(r)
    counts = {}
    nitems = 0
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        nitems += len(c.get("items", []))
    rows = ["| case | kind | items | what it tests |", "| --- | --- | --- | --- |"]
    for c in cases:
        rows.append("| %s | %s | %d | %s |" % (name_of(c), c["kind"], len(c.get("items", [])), c["tests"].replace("|", "\\|")))
    head = README_HEAD.format(n=len(cases), counts=", ".join("%s %d" % kv for kv in sorted(counts.items())),
                              nitems=nitems)
    (HERE / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- check
def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def _norm(s):
    return re.sub(r"[\s\W_]+", "", html.unescape(s or "")).lower()


def _attachment_text(part):
    fn = (part.get_filename() or "").lower()
    data = part.get_payload(decode=True) or b""
    if fn.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        chunks = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                chunks.extend(cell.text for cell in row.cells)
        return "\n".join(chunks)
    if fn.endswith(".pdf"):
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() or "" for p in r.pages)
    return ""


def _visible(msg, errors, name):
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html") \
                and not part.get_filename():
            s = _decode(part)
            if part.get_content_subtype() == "html":
                s = C.strip_html(s)
            chunks.append(s)
        elif part.get_filename():
            try:
                t = _attachment_text(part)
            except Exception as e:  # noqa: BLE001
                errors.append("%s: attachment %s unreadable: %s" % (name, part.get_filename(), e))
                continue
            if part.get_filename().lower().endswith((".docx", ".pdf")) and len(t.strip()) < 40:
                errors.append("%s: attachment %s has no text" % (name, part.get_filename()))
            chunks.append(t)
    return "\n".join(chunks)


def schema_errors(g):
    e = []
    if list(g) != ["kind", "items", "next_followup", "reply", "notes"]:
        e.append("top-level keys %s" % list(g))
    if g["kind"] not in ("minutes", "other", "auto"):
        e.append("kind %r" % g["kind"])
    if len(g["notes"]) < 20:
        e.append("notes too short")
    if g["items"] and g["kind"] != "minutes":
        e.append("items only for minutes")
    if g["next_followup"] and g["kind"] != "minutes":
        e.append("next_followup only for minutes")
    if g["reply"] is not None:
        e.append("reply must be null in this set")
    for i, it in enumerate(g["items"], 1):
        if list(it) != ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]:
            e.append("item %d keys" % i)
            continue
        if it["due_date"] is not None:
            if not DATE_RE.match(it["due_date"]):
                e.append("item %d due_date %r" % (i, it["due_date"]))
            dt.date.fromisoformat(it["due_date"])
        if it["due_time"] is not None and (not TIME_RE.match(it["due_time"]) or it["due_date"] is None):
            e.append("item %d due_time %r" % (i, it["due_time"]))
        fl = it["flags"]
        if not set(fl) <= {"vague_due", "no_owner", "no_due"} or len(set(fl)) != len(fl):
            e.append("item %d flags %r" % (i, fl))
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & set(fl)):
            e.append("item %d: due null <=> vague_due/no_due" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e.append("item %d: owner null <=> no_owner" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e.append("item %d: email without owner" % i)
        if it["department"] is not None and it["department"] not in C.DEPTS:
            e.append("item %d: department %r unknown" % (i, it["department"]))
    return e


def check(cases):
    errors = []
    roster = {r["email"]: r for r in csv.DictReader(open(HERE / "roster.csv", encoding="utf-8"))}
    for r in roster.values():
        if list(r) != ROSTER_COLS:
            errors.append("roster columns")
            break
        if r["manager_email"] and r["manager_email"] not in roster:
            errors.append("roster: manager of %s unknown" % r["name"])
    on_disk = sorted(p.stem for p in HERE.glob("106[0-9][0-9]-*.eml"))
    if on_disk != [name_of(c) for c in cases]:
        errors.append("eml files on disk differ from the case list")
    if sorted(p.stem for p in HERE.glob("106[0-9][0-9]-*.json")) != on_disk:
        errors.append("json/eml files differ")
    counts, nitems = {}, 0
    for c in cases:
        name = name_of(c)
        raw = (HERE / (name + ".eml")).read_bytes()
        if raw != c["eml"]:
            errors.append("%s: eml on disk differs from the generator (not deterministic?)" % name)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %s" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    _decode(part)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part does not decode strictly: %s" % (name, e))
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                errors.append("%s: no %s header" % (name, h))
        sent = msg["Date"].datetime
        if sent is None or sent.tzinfo is None:
            errors.append("%s: bad Date" % name)
            continue
        sh = sent.astimezone(C.SH)
        if not (dt.date(2026, 4, 1) <= sh.date() <= dt.date(2026, 8, 31)):
            errors.append("%s: send date %s outside April-August 2026" % (name, sh.date()))
        g = json.loads((HERE / (name + ".json")).read_text(encoding="utf-8"))
        if g != gold_of(c):
            errors.append("%s: gold json on disk differs from the generator" % name)
        errors += ["%s: %s" % (name, e) for e in schema_errors(g)]
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        nitems += len(g["items"])
        addrs = {a.lower() for _, a in getaddresses([str(msg[h]) for h in ("From", "To", "Cc") if msg[h]])}
        vis_raw = _visible(msg, errors, name)
        vis = _norm(vis_raw)
        errors += ["%s: %s" % (name, e) for e in weekday_errors(vis_raw)]
        for i, (it, src) in enumerate(zip(g["items"], c.get("items", [])), 1):
            if it["owner_email"] and it["owner_email"] not in roster and it["owner_email"].lower() not in addrs:
                errors.append("%s: item %d owner_email not in roster nor From/To/Cc" % (name, i))
            if it["owner_email"] in roster and (roster[it["owner_email"]]["name"] != it["owner_name"] or
                                                roster[it["owner_email"]]["department"] != it["department"]):
                errors.append("%s: item %d owner/department disagree with roster" % (name, i))
            if _norm(it["task"]) not in vis:
                errors.append("%s: item %d task %r not in the message text" % (name, i, it["task"]))
            errors += ["%s: item %d %s" % (name, i, e) for e in date_errors(src["_rule"], sent, it)]
            errors += ["%s: item %d %s" % (name, i, e) for e in literal_errors(src["_rule"], vis_raw)]
        nf, src_nf = g["next_followup"], c.get("next")
        if nf:
            errors += ["%s: next_followup %s" % (name, e) for e in date_errors(src_nf["_rule"], sent, {
                "due_date": nf["date"], "due_time": nf["time"]}, is_next=True)]
            errors += ["%s: next_followup %s" % (name, e) for e in literal_errors(src_nf["_rule"], vis_raw)]
    return errors, counts, nitems


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = "一二三四五六日"


def literal_errors(rule, vis):
    """An 'abs:' rule must match a date actually written in the message."""
    if not rule.startswith("abs:"):
        return []
    d = dt.date.fromisoformat(rule[4:])
    m, day, mon = d.month, d.day, MONTHS[d.month - 1]
    pats = ["%d月%d日" % (m, day), "%d月%d号" % (m, day), "%d/%d" % (m, day), d.isoformat(),
            "%d %s" % (day, mon[:3]), "%s %d" % (mon[:3], day), "%s %d" % (mon, day)]
    flat = re.sub(r"\s+", " ", vis)
    if any(p in flat for p in pats):
        return []
    return ["literal date %s not written in the message" % d]


def weekday_errors(vis):
    """Every '5月21日（周四）' written in a message must name the right 2026 weekday."""
    e = []
    for m, d, w in re.findall(r"(\d{1,2})月(\d{1,2})日[（(](?:周|星期)([一二三四五六日])[）)]", vis):
        if WEEKDAYS[dt.date(2026, int(m), int(d)).weekday()] != w:
            e.append("text says %s月%s日 is 周%s" % (m, d, w))
    for wd, day, mon in re.findall(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep)",
                                   vis):
        x = dt.date(2026, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"].index(mon) + 1, int(day))
        if x.strftime("%a") != wd:
            e.append("text says %s %s %s" % (wd, day, mon))
    return e


def date_errors(rule, sent, it, is_next=False):
    e = []
    try:
        r = C.resolve(rule, sent)
    except Exception as ex:  # noqa: BLE001
        return ["rule %s: %s" % (rule, ex)]
    if r is None:
        if it["due_date"] is not None:
            e.append("rule %s wants no date, gold has %s" % (rule, it["due_date"]))
        return e
    if r[0] == "abs":
        if it["due_date"] != r[1]:
            e.append("literal %s != gold %s" % (r[1], it["due_date"]))
        return e
    d, t = r
    if it["due_date"] != d.isoformat():
        e.append("rule %s from %s gives %s, gold has %s" % (rule, sent.astimezone(C.SH).isoformat(), d,
                                                           it["due_date"]))
    if t is not None and it["due_time"] != t:
        e.append("rule %s gives time %s, gold has %s" % (rule, t, it["due_time"]))
    return e


def main(argv):
    cases = built()
    nums = [c["num"] for c in cases]
    if nums != list(range(10601, 10639)):
        print("case numbers are not 10601..10638: %s" % nums)
        return 1
    if "--check" not in argv:
        write(cases)
    errors, counts, nitems = check(cases)
    for e in errors:
        print("ERROR", e)
    print("%d cases (%s), %d gold items: %s" % (len(cases), ", ".join("%s %d" % kv for kv in sorted(counts.items())),
                                               nitems, "FAIL" if errors else "OK"))
    return 1 if errors else 0


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
    sys.exit(main(sys.argv[1:]))
