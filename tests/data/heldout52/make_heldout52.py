#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout52" (cases 8001-8038): minutes mails CC'd to minutebot,
plus a few `other` and `auto` mails, from four invented organisations, April-July 2026.

    python make_heldout52.py            write every NNNN-slug.eml/.json, roster.csv, README.md here
    python make_heldout52.py --check    re-validate what is on disk (see check() for the list)

Deterministic: no clock, no randomness (ids come from sha256 of fixed seeds).  Needs the packages
chinesecalendar, python-docx, reportlab and pypdf (the /work/blind/venv has them).
The parts live in the sibling modules _kit.py (MIME), _people.py (roster), _dates.py (date rules),
_case.py (case model, header styles) and _cases_1.._cases_4.py (the cases).
"""
import html
import html.parser
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import _case  # noqa: E402
from _case import CASES  # noqa: E402
from _dates import resolve, sent_sh  # noqa: E402
from _kit import codec_for  # noqa: E402
from _people import ROSTER, check_aliases_unique, roster_csv  # noqa: E402

import _cases_1  # noqa: E402,F401
import _cases_2  # noqa: E402,F401
import _cases_3  # noqa: E402,F401
import _cases_4  # noqa: E402,F401

FIRST, LAST = 8001, 8038


def gold_text(case):
    return json.dumps(case.gold(), ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------- writing
def write(outdir):
    check_aliases_unique()
    for c in CASES:
        with open(os.path.join(outdir, c.name + ".eml"), "wb") as f:
            f.write(c.eml)
        with open(os.path.join(outdir, c.name + ".json"), "w", encoding="utf-8") as f:
            f.write(gold_text(c))
    with open(os.path.join(outdir, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    import _readme
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(_readme.render(CASES))
    print("wrote %d cases to %s" % (len(CASES), outdir))


# ----------------------------------------------------------------------------- text extraction
class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr", "li", "table"):
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def attachment_text(part):
    data = part.get_payload(decode=True)
    fn = (part.get_filename() or "").lower()
    if fn.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(out)
    if fn.endswith(".pdf"):
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(pg.extract_text() or "" for pg in r.pages)
    return ""


def norm(s):
    s = html.unescape(s)
    return re.sub(r"[\s\u3000\xa0]+", "", s)


# ----------------------------------------------------------------------------- checking
def check(outdir):
    from email import policy
    from email.parser import BytesParser
    from email.utils import getaddresses

    errors = []

    def err(name, msg):
        errors.append("%s: %s" % (name, msg))

    check_aliases_unique()
    by_name = {c.name: c for c in CASES}
    nums = sorted(c.num for c in CASES)
    if nums != list(range(FIRST, LAST + 1)):
        err("set", "case numbers are not %d..%d: %s" % (FIRST, LAST, nums))
    emls = sorted(f[:-4] for f in os.listdir(outdir) if f.endswith(".eml"))
    jsons = sorted(f[:-5] for f in os.listdir(outdir) if f.endswith(".json"))
    if emls != jsons:
        err("set", ".eml and .json files do not pair up")
    if sorted(by_name) != emls:
        err("set", "files on disk differ from the generator's cases: %s"
            % sorted(set(emls) ^ set(by_name)))
    roster_emails = {p["email"].lower() for p in ROSTER}
    with open(os.path.join(outdir, "roster.csv"), encoding="utf-8") as f:
        if f.read() != roster_csv():
            err("roster.csv", "differs from the generator")

    kinds = {}
    for name in emls:
        case = by_name.get(name)
        raw = open(os.path.join(outdir, name + ".eml"), "rb").read()
        gold = json.load(open(os.path.join(outdir, name + ".json"), encoding="utf-8"))
        kinds[gold.get("kind")] = kinds.get(gold.get("kind"), 0) + 1
        if case is not None:
            if raw != case.eml:
                err(name, ".eml differs from what the generator writes (not deterministic?)")
            if json.dumps(gold, ensure_ascii=False, indent=2) + "\n" != gold_text(case):
                err(name, ".json differs from what the generator writes")
        # -- parse with the modern policy: no defects anywhere
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(name, "defects in part %s: %r" % (part.get_content_type(), part.defects))
            for k, v in part.items():
                d = getattr(v, "defects", ())
                if d:
                    err(name, "header %s defects: %r" % (k, d))
        for req in ("Return-Path", "Delivered-To", "Received", "From", "Date", "Message-ID", "Subject"):
            if msg[req] is None:
                err(name, "missing header " + req)
        # -- every text part decodes (strictly, with the declared charset)
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                if part.get_content_maintype() in ("application",) and part.get_filename():
                    try:
                        texts.append(attachment_text(part))
                    except Exception as e:  # noqa: BLE001
                        err(name, "attachment %s unreadable: %s" % (part.get_filename(), e))
                continue
            try:
                content = part.get_content()
            except Exception as e:  # noqa: BLE001
                err(name, "text part does not decode: %s" % e)
                continue
            cs = part.get_content_charset() or "us-ascii"
            try:
                # strict, with the label's practical codec (a gb2312 label is read as GBK, as MUAs do)
                content = part.get_payload(decode=True).decode(codec_for(cs), "strict")
            except Exception as e:  # noqa: BLE001
                err(name, "text part is not valid %s: %s" % (cs, e))
            texts.append(html_text(content) if part.get_content_subtype() == "html" else content)
        alltext = norm("\n".join(texts))
        # -- the date
        try:
            sent = sent_sh(msg["Date"])
        except Exception as e:  # noqa: BLE001
            err(name, "bad Date: %s" % e)
            continue
        if not ("2026-04-01" <= sent.date().isoformat() <= "2026-07-31"):
            err(name, "sent outside April-July 2026: %s" % sent)
        # -- gold schema
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            err(name, "gold keys %s" % sorted(gold))
            continue
        if gold["kind"] not in ("minutes", "other", "auto"):
            err(name, "kind %r" % gold["kind"])
        if gold["reply"] is not None:
            err(name, "reply must be null")
        if not isinstance(gold["notes"], str) or len(gold["notes"]) < 40:
            err(name, "notes missing or too short")
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            err(name, "non-minutes with items or follow-up")
        if gold["kind"] == "minutes" and not gold["items"]:
            err(name, "minutes without items (intended?)")
        addrs = {a.lower() for _, a in getaddresses(
            [str(v) for k in ("From", "To", "Cc") for v in (msg.get_all(k) or [])])}
        for n, it in enumerate(gold["items"], 1):
            where = "%s item %d" % (name, n)
            if set(it) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                errors.append("%s: item keys %s" % (where, sorted(it)))
                continue
            fl = it["flags"]
            if not set(fl) <= {"no_owner", "vague_due", "no_due"} or len(set(fl)) != len(fl):
                errors.append("%s: bad flags %s" % (where, fl))
            if (it["owner_name"] is None) != ("no_owner" in fl):
                errors.append("%s: no_owner flag inconsistent" % where)
            if it["due_date"] is None:
                if ("vague_due" in fl) == ("no_due" in fl):
                    errors.append("%s: a missing date needs exactly one of vague_due/no_due" % where)
                if it["due_time"] is not None:
                    errors.append("%s: time without date" % where)
            else:
                if "vague_due" in fl or "no_due" in fl:
                    errors.append("%s: date given but flagged undated" % where)
                if not re.fullmatch(r"2026-\d\d-\d\d", it["due_date"]):
                    errors.append("%s: due_date not a 2026 date: %s" % (where, it["due_date"]))
            if it["due_time"] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", it["due_time"]):
                errors.append("%s: bad due_time" % where)
            if it["owner_email"] and it["owner_email"].lower() not in roster_emails | addrs:
                errors.append("%s: owner_email %s neither in roster nor in From/To/Cc" % (where, it["owner_email"]))
            if not it["task"]:
                errors.append("%s: empty task" % where)
        # -- recompute every date from this message's own Date header
        if case is not None:
            if len(case.items) != len(gold["items"]):
                err(name, "item count differs from the generator")
            for n, (it, g) in enumerate(zip(case.items, gold["items"]), 1):
                d, t = resolve(it.rule, sent)
                got = (d.isoformat() if d else None, t)
                if got != (g["due_date"], g["due_time"]):
                    err(name, "item %d date: gold %s %s, recomputed %s %s"
                        % (n, g["due_date"], g["due_time"], *got))
                if it.check_task and norm(g["task"]) not in alltext:
                    err(name, "item %d task text not found in the message: %r" % (n, g["task"]))
            if case.nxt is None:
                if gold["next_followup"] is not None:
                    err(name, "next_followup should be null")
            else:
                d, t = resolve(case.nxt, sent)
                if gold["next_followup"] != {"date": d.isoformat(), "time": t}:
                    err(name, "next_followup: gold %s, recomputed %s %s" % (gold["next_followup"], d, t))
    if not os.path.exists(os.path.join(outdir, "README.md")):
        err("set", "README.md missing")
    for e in errors:
        print("ERROR", e)
    print("checked %d cases (%s): %s" % (len(emls), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                         "OK" if not errors else "%d errors" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check(HERE))
    if sys.argv[1:]:                     # make_heldout52.py OUTDIR: write there, then check what was written
        out = os.path.abspath(sys.argv[1])
        os.makedirs(out, exist_ok=True)
        write(out)
        sys.exit(check(out))
    write(HERE)
