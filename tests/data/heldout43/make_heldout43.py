#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout43" (cases 7101-7138).

    python3 make_heldout43.py            # (re)write every .eml/.json, roster.csv and README.md here
    python3 make_heldout43.py --check    # verify the files on disk (see check())

Deterministic: no clock, no randomness. Needs chinesecalendar (and python-docx, reportlab, pypdf
for the attachment cases): /work/blind/venv/bin/python make_heldout43.py --check
"""
import html
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h43_lib as L  # noqa: E402
import h43_cases_a  # noqa: E402,F401
import h43_cases_b  # noqa: E402,F401
import h43_cases_c  # noqa: E402,F401
import h43_cases_d  # noqa: E402,F401
import h43_readme  # noqa: E402

FLAGS = {"no_owner", "vague_due", "no_due"}


def cases():
    return sorted(L.CASES, key=lambda c: c["num"])


def fname(c, ext):
    return "%d-%s.%s" % (c["num"], c["slug"], ext)


def gold_bytes(c):
    return (json.dumps(L.gold(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write(outdir):
    for c in cases():
        with open(os.path.join(outdir, fname(c, "eml")), "wb") as f:
            f.write(c["raw"])
        with open(os.path.join(outdir, fname(c, "json")), "wb") as f:
            f.write(gold_bytes(c))
    with open(os.path.join(outdir, "roster.csv"), "wb") as f:
        f.write(L.roster_csv())
    with open(os.path.join(outdir, "README.md"), "wb") as f:
        f.write(h43_readme.render(cases()).encode("utf-8"))
    print("wrote %d cases to %s" % (len(cases()), outdir))


# ----------------------------------------------------------------------------
# check
# ----------------------------------------------------------------------------
def _strict_decode(payload, charset):
    cs = (charset or "us-ascii").lower()
    try:
        return payload.decode(cs)
    except UnicodeDecodeError:
        if cs in ("gb2312", "gbk"):
            # mail clients (and Outlook/Foxmail senders) treat a gb2312 label as GBK
            return payload.decode("gbk")
        raise


def _html_text(s):
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def _attachment_text(part):
    ctype = part.get_content_type()
    data = part.get_payload(decode=True)
    if ctype.endswith("wordprocessingml.document"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append("\t".join(c.text for c in r.cells))
        return "\n".join(out)
    if ctype == "application/pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() for p in r.pages)
    if ctype in ("application/zip",) or data[:2] == b"PK":
        zipfile.ZipFile(io.BytesIO(data)).testzip()
    return ""


def _norm(s):
    return re.sub(r"\s+", "", s).lower()


def check(outdir):
    errors = []

    def err(c, msg):
        errors.append("%s: %s" % (fname(c, "eml") if c else "-", msg))

    cs = cases()
    nums = [c["num"] for c in cs]
    if nums != list(range(7101, 7139)):
        err(None, "case numbers are not 7101..7138: %s" % nums)
    roster_emails = {r[1].lower() for r in L.ROSTER}
    names = set()
    for r in L.ROSTER:
        if r[0] in names:
            err(None, "duplicate roster name %s" % r[0])
        names.add(r[0])
    with open(os.path.join(outdir, "roster.csv"), "rb") as f:
        if f.read() != L.roster_csv():
            err(None, "roster.csv differs from the generator")
    with open(os.path.join(outdir, "README.md"), "rb") as f:
        if f.read() != h43_readme.render(cs).encode("utf-8"):
            err(None, "README.md differs from the generator")
    on_disk = sorted(x for x in os.listdir(outdir) if re.match(r"\d{4}-", x))
    expected = sorted([fname(c, "eml") for c in cs] + [fname(c, "json") for c in cs])
    if on_disk != expected:
        err(None, "files on disk differ: extra %s missing %s" % (
            sorted(set(on_disk) - set(expected)), sorted(set(expected) - set(on_disk))))

    for c in cs:
        p = os.path.join(outdir, fname(c, "eml"))
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        if raw != c["raw"]:
            err(c, ".eml bytes differ from the generator (not deterministic?)")
        gp = os.path.join(outdir, fname(c, "json"))
        g = json.load(open(gp, encoding="utf-8"))
        if open(gp, "rb").read() != gold_bytes(c):
            err(c, ".json differs from the generator")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        # --- defects, headers, text parts
        alltext = []
        for part in msg.walk():
            if part.defects:
                err(c, "MIME defects %r in %s" % (part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(c, "header %s defects %r" % (k, v.defects))
                if k.lower() in ("from", "to", "cc", "subject", "reply-to"):
                    alltext.append(str(v))
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    s = _strict_decode(part.get_payload(decode=True), part.get_content_charset())
                except Exception as e:  # noqa: BLE001
                    err(c, "text part does not decode: %s" % e)
                    continue
                if "\ufffd" in s:
                    err(c, "replacement character in a text part")
                alltext.append(_html_text(s) if part.get_content_subtype() == "html" else s)
            else:
                try:
                    alltext.append(_attachment_text(part))
                except Exception as e:  # noqa: BLE001
                    err(c, "attachment %s unreadable: %s" % (part.get_content_type(), e))
        blob = _norm("\n".join(alltext))
        for h in ("Return-Path", "Delivered-To", "Received", "From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                err(c, "missing header %s" % h)
        sent = msg["Date"].datetime
        if sent is None or sent.tzinfo is None:
            err(c, "Date header without zone")
            continue
        loc = L.send_local(sent)
        if not (loc.year == 2026 and 4 <= loc.month <= 7):
            err(c, "send date %s outside Apr-Jul 2026" % loc.date())
        addrs = set()
        for h in ("From", "To", "Cc", "Reply-To", "Sender"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    addrs.add(a.addr_spec.lower())
        # --- gold schema
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
            err(c, "gold keys %s" % sorted(g))
        if g["kind"] != c["kind"] or g["kind"] not in ("minutes", "other", "auto"):
            err(c, "kind %s" % g["kind"])
        if g["reply"] is not None:
            err(c, "reply must be null")
        if not g["notes"] or len(g["notes"]) < 40:
            err(c, "notes too short")
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"] is not None):
            err(c, "non-minutes with items or follow-up")
        if g["kind"] == "minutes" and not g["items"] and "AMBIGUOUS" not in g["notes"] and "zero items" not in g["notes"]:
            err(c, "minutes without items must say why (zero items)")
        for it, spec in zip(g["items"], c["items"]):
            if set(it) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                err(c, "item keys %s" % sorted(it))
            fl = set(it["flags"])
            if not fl <= FLAGS:
                err(c, "bad flags %s" % fl)
            if ("no_owner" in fl) != (it["owner_name"] is None):
                err(c, "no_owner flag vs owner_name mismatch in %s" % it["task"])
            if it["due_date"] is None:
                if spec["rule"] is not None or it["due_time"] is not None:
                    err(c, "undated item with a rule/time: %s" % it["task"])
                if len(fl & {"vague_due", "no_due"}) != 1:
                    err(c, "undated item needs exactly one of vague_due/no_due: %s" % it["task"])
            else:
                if fl & {"vague_due", "no_due"}:
                    err(c, "dated item flagged undated: %s" % it["task"])
                if spec["rule"] is None:
                    err(c, "dated item without a rule: %s" % it["task"])
                else:
                    try:
                        d, t = L.resolve(spec["rule"], sent)
                    except Exception as e:  # noqa: BLE001
                        err(c, "rule %r failed: %s" % (spec["rule"], e))
                        continue
                    if d != it["due_date"]:
                        err(c, "due %s but rule %r gives %s (%s)" % (it["due_date"], spec["rule"], d, it["task"]))
                    if t is not None and t != it["due_time"]:
                        err(c, "due_time %s but rule gives %s (%s)" % (it["due_time"], t, it["task"]))
                    if not it["due_date"].startswith("2026-"):
                        err(c, "due date outside 2026")
            if it["due_time"] is not None and not re.fullmatch(r"\d\d:\d\d", it["due_time"]):
                err(c, "bad due_time")
            if it["owner_email"] is not None:
                e = it["owner_email"].lower()
                if e not in roster_emails and e not in addrs:
                    err(c, "owner email %s neither in roster nor in the headers" % e)
            if it["owner_name"] is not None and it["owner_name"] in L.ROSTER_BY_NAME:
                r = L.ROSTER_BY_NAME[it["owner_name"]]
                if it["owner_email"] != r[1] or it["department"] != (r[2] or None):
                    err(c, "owner %s does not match the roster" % it["owner_name"])
                forms = [r[0]] + [a for a in r[4].split(";") if a]
                if not any(_norm(f) in blob for f in forms) and r[1].split("@")[0] not in blob:
                    err(c, "owner %s not mentioned" % r[0])
            if _norm(it["task"]) not in blob:
                err(c, "task text not found in the mail: %s" % it["task"])
        if len(g["items"]) != len(c["items"]):
            err(c, "item count mismatch")
        nf = g["next_followup"]
        if nf is not None:
            if set(nf) != {"date", "time"}:
                err(c, "next_followup keys")
            rule = c["next"]["rule"]
            if rule is None:
                err(c, "next_followup without a rule")
            else:
                d, t = L.resolve(rule, sent)
                if d != nf["date"]:
                    err(c, "next_followup %s but rule %r gives %s" % (nf["date"], rule, d))
                if t is not None and t != nf["time"]:
                    err(c, "next_followup time %s but rule gives %s" % (nf["time"], t))
    kinds = {}
    for c in cs:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("cases: %d  kinds: %s  plain: %d" % (len(cs), kinds, sum(1 for c in cs if c["plain"])))
    for e in errors:
        print("ERROR", e)
    print("check: %d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    out = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)   # (an OUTDIR: added when the set joined the tests)
    if "--check" in sys.argv[1:]:
        sys.exit(check(out))
    write(out)
    sys.exit(check(out))
