#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout53" (cases 8101-8138).

    python make_heldout53.py            write every NNNN-slug.eml/.json, roster.csv and README.md here
    python make_heldout53.py --check    re-parse every .eml with email.policy.default (no defects, every
                                        text part decodes strictly in its declared charset), check that the
                                        files equal what the generator writes now (deterministic), and
                                        recompute every gold date from the message's own Date header in
                                        Asia/Shanghai with chinesecalendar (working days, holidays, make-up days)

No clock and no randomness: boundaries, Message-IDs, dates and attachment timestamps are fixed in the cases.
Needs chinesecalendar and reportlab (the /work/blind/venv has both; pypdf is used by --check if present).
"""
import datetime as dt
import email
import email.policy
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen53 import attach, caldates, model, orgs  # noqa: E402
from gen53 import cases_bureau, cases_tile, cases_hospital, cases_verde  # noqa: E402,F401
from gen53 import readme  # noqa: E402


def all_cases():
    return sorted(model.CASES, key=lambda c: c.num)


def gold_text(c):
    return json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n"


def write_all(out):
    for c in all_cases():
        with open(os.path.join(out, c.name + ".eml"), "wb") as f:
            f.write(c.build())
        with open(os.path.join(out, c.name + ".json"), "w", encoding="utf-8") as f:
            f.write(gold_text(c))
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(orgs.roster_csv())
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(all_cases()))
    print("wrote %d cases to %s" % (len(model.CASES), out))


# ---------------------------------------------------------------- check
ZH_WD = "一二三四五六日"
EN_WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EN_MO = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
RX_ZH = re.compile(r"(?:(20\d\d)\s*[年/.-]\s*)?(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*[日号號]?\s*[（(]\s*"
                   r"(?:周|星期|週|礼拜|禮拜)([一二三四五六日天])\s*[）)]")
RX_EN1 = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+"
                    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)
RX_EN2 = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
                    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b", re.I)


def weekday_errors(text, year=2026):
    errs = []
    for m in RX_ZH.finditer(text):
        y = int(m.group(1) or year)
        try:
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        w = "日" if m.group(4) == "天" else m.group(4)
        if ZH_WD[d.weekday()] != w:
            errs.append("%s is a 周%s" % (m.group(0), ZH_WD[d.weekday()]))
    for rx, order in ((RX_EN1, "dm"), (RX_EN2, "md")):
        for m in rx.finditer(text):
            wd = EN_WD.index(m.group(1).lower()[:3])
            if order == "dm":
                day, mon = int(m.group(2)), EN_MO.index(m.group(3).lower()[:3]) + 1
            else:
                mon, day = EN_MO.index(m.group(2).lower()[:3]) + 1, int(m.group(3))
            try:
                d = dt.date(year, mon, day)
            except ValueError:
                continue
            if d.weekday() != wd:
                errs.append("%r is a %s" % (m.group(0), EN_WD[d.weekday()]))
    return errs


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def check_message(raw):
    """Return (errors, msg, texts)."""
    errs, texts = [], []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for need in ("Return-Path", "Delivered-To", "Received", "Date", "From", "Message-ID", "Subject"):
        if msg[need] is None:
            errs.append("missing header %s" % need)
    for part in msg.walk():
        if part.defects:
            errs.append("defects in %s: %r" % (part.get_content_type(), part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header %s defects: %r" % (k, list(v.defects)))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            data = part.get_payload(decode=True)
            try:
                text = data.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("text part %s does not decode as %s: %s" % (ctype, cs, e))
                continue
            try:
                content = part.get_content()
            except Exception as e:  # noqa: BLE001
                errs.append("get_content failed for %s: %s" % (ctype, e))
                continue
            if "\ufffd" in content:
                errs.append("replacement character in %s" % ctype)
            if ctype == "text/html":
                text = html_to_text(text)
            texts.append(text)
        elif ctype.endswith("wordprocessingml.document"):
            try:
                texts.append(attach.docx_text(part.get_payload(decode=True)))
            except Exception as e:  # noqa: BLE001
                errs.append("docx does not open: %s" % e)
        elif ctype == "application/pdf":
            try:
                texts.append(attach.pdf_text(part.get_payload(decode=True)))
            except ImportError:
                pass
            except Exception as e:  # noqa: BLE001
                errs.append("pdf does not open: %s" % e)
        elif ctype in ("message/delivery-status", "message/rfc822", "text/rfc822-headers"):
            pass
    try:
        when = msg["Date"].datetime
        if when is None or when.tzinfo is None:
            errs.append("Date header has no zone")
    except Exception as e:  # noqa: BLE001
        errs.append("Date header unreadable: %s" % e)
    return errs, msg, texts


def check_dates(c, send, gold):
    errs = []
    loc = caldates.local(send)
    if not (dt.date(2026, 4, 1) <= loc.date() <= dt.date(2026, 7, 31)):
        errs.append("send date %s outside April-July 2026" % loc.date())
    for i, (it, g) in enumerate(zip(c.items, gold["items"]), 1):
        d, t = caldates.resolve(it.rule, send)
        want = d.isoformat() if d else None
        if want != g["due_date"]:
            errs.append("item %d due_date %s, rule %r gives %s" % (i, g["due_date"], it.rule, want))
        if t is not None and t != g["due_time"]:
            errs.append("item %d due_time %s, rule gives %s" % (i, g["due_time"], t))
        if g["due_date"] and not g["due_date"].startswith("2026-"):
            errs.append("item %d date not in 2026" % i)
        if g["due_date"] is None and not ({"vague_due", "no_due"} & set(g["flags"])):
            errs.append("item %d: no date and no vague_due/no_due" % i)
        if g["due_date"] is not None and ({"vague_due", "no_due"} & set(g["flags"])):
            errs.append("item %d: date with vague_due/no_due" % i)
        if g["due_time"] and not re.fullmatch(r"\d\d:\d\d", g["due_time"]):
            errs.append("item %d bad time" % i)
        if g["owner_name"] is None and "no_owner" not in g["flags"]:
            errs.append("item %d: no owner without no_owner" % i)
        if g["owner_name"] is not None:
            r = orgs.ROSTER.get(g["owner_name"])
            if not r or r["email"] != g["owner_email"] or (r["department"] or None) != g["department"]:
                errs.append("item %d owner does not match roster" % i)
    if c.next:
        d, _ = caldates.resolve(c.next.rule, send)
        if d.isoformat() != gold["next_followup"]["date"]:
            errs.append("next_followup %s, rule %r gives %s" % (gold["next_followup"]["date"], c.next.rule, d))
    if c.kind != "minutes" and (gold["items"] or gold["next_followup"]):
        errs.append("non-minutes case with items or follow-up")
    return errs


def check(out):
    cases = all_cases()
    problems = 0
    nums = [c.num for c in cases]
    if nums != list(range(8101, 8139)):
        print("case numbers are not 8101..8138: %s" % nums)
        problems += 1
    for c in cases:
        errs = []
        p_eml = os.path.join(out, c.name + ".eml")
        p_json = os.path.join(out, c.name + ".json")
        if not (os.path.exists(p_eml) and os.path.exists(p_json)):
            print("%s: files missing (run without --check first)" % c.name)
            problems += 1
            continue
        raw = open(p_eml, "rb").read()
        if raw != c.build():
            errs.append(".eml differs from a fresh build (not deterministic or stale)")
        on_disk = open(p_json, encoding="utf-8").read()
        if on_disk != gold_text(c):
            errs.append(".json differs from the generator's gold")
        gold = json.loads(on_disk)
        e2, msg, texts = check_message(raw)
        errs += e2
        if not e2 or msg["Date"] is not None:
            send = msg["Date"].datetime
            errs += check_dates(c, send, gold)
        for t in texts:
            errs += ["weekday: " + e for e in weekday_errors(t)]
        if not c.notes:
            errs.append("no notes")
        for e in errs:
            print("%s: %s" % (c.name, e))
        problems += len(errs)
    stray = sorted(f for f in os.listdir(out) if f.endswith((".eml", ".json"))
                   and f.rsplit(".", 1)[0] not in {c.name for c in cases})
    for f in stray:
        print("stray file %s" % f)
        problems += 1
    for f in ("roster.csv", "README.md"):
        want = orgs.roster_csv() if f == "roster.csv" else readme.render(cases)
        if not os.path.exists(os.path.join(out, f)) or open(os.path.join(out, f), encoding="utf-8").read() != want:
            print("%s is missing or stale" % f)
            problems += 1
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print("%d cases %s; %d problem(s)" % (len(cases), kinds, problems))
    return problems


if __name__ == "__main__":
    out = HERE
    if "--check" in sys.argv[1:]:
        sys.exit(1 if check(out) else 0)
    if sys.argv[1:]:                     # make_heldout53.py OUTDIR: write there, then check what was written
        out = os.path.abspath(sys.argv[1])
        os.makedirs(out, exist_ok=True)
        write_all(out)
        sys.exit(1 if check(out) else 0)
    write_all(out)
