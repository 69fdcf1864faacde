#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the blind set "replies36" (cases 6451-6500): replies to minutebot's recaps.

    /work/blind/venv/bin/python make_replies36.py            # (re)write every file in this folder
    /work/blind/venv/bin/python make_replies36.py --check    # re-parse and re-verify everything

Deterministic: no clock, no randomness.  Needs chinesecalendar (working days) and reportlab (one PDF).
"""
import calendar
import datetime as dt
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from r36lib import (MEETINGS, PEOPLE, SH, CODEC, item_due, objection_cutoff, is_workday, roster_csv,  # noqa: E402
                    png_bytes, pdf_bytes)
from r36clients import BUILDERS  # noqa: E402
from r36cases_a import CASES_A  # noqa: E402
from r36cases_b import CASES_B  # noqa: E402
from r36cases_c import CASES_C  # noqa: E402

CASES = CASES_A + CASES_B + CASES_C


def attachments():
    return {
        "pdf_karen": ("application/pdf", "HFAL_Transport_Plan_KFM_v1.pdf",
                      pdf_bytes("借展文物運輸方案 v1（開封市汴京城市博物館）",
                                ["委託方：開封市汴京城市博物館", "承運方：Harbour Fine Art Logistics Ltd.",
                                 "一、包裝：獨立防震木箱，內襯無酸紙及記憶棉", "二、運輸：恆溫恆濕廂式車，全程GPS及溫濕度記錄",
                                 "三、押運：雙方各派押運員一名", "四、保險：釘到釘（nail to nail）全程保險"])),
        "png_receipt": ("image/png", "receipt_0616.png", png_bytes(320, 120, 16)),
    }


# ---------------------------------------------------------------- date rules (convention 5)
def resolve(rule, sent_sh, mid):
    """New due date from a rule and the reply's send time in Asia/Shanghai."""
    import chinese_calendar as cc
    kind = rule[0]
    today = sent_sh.date()
    if kind == "abs":
        return dt.date.fromisoformat(rule[1])
    if kind == "dom":                                    # '15号' / 'the 21st'
        day = rule[1]
        if day >= today.day:
            return today.replace(day=day)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return dt.date(y, m, day)
    if kind == "next_week":                              # '下周三' / 'next Tuesday'
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=rule[1])
    if kind == "workdays":                               # 'N个工作日', from the day after sending
        d, n = today, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if is_workday(d):
                n += 1
        return d
    if kind == "after_holiday":                          # '节后第一个工作日'
        d = today
        while True:
            on, name = cc.get_holiday_detail(d)
            if on and name is not None and not cc.is_workday(d):
                break
            d += dt.timedelta(days=1)
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return d
    if kind == "month_end":                              # '月底'
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if kind == "plus_due":                               # 'two more days' / '还要两天'
        return item_due(mid, rule[2]) + dt.timedelta(days=rule[1])
    raise ValueError(rule)


def case_kind(c):
    return c.get("kind", "reply")


def gold(c):
    if case_kind(c) == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    due = None
    if c["rule"] is not None:
        sent = dt.datetime.strptime(c["date"], "%Y-%m-%d %H:%M:%S %z").astimezone(SH)
        due = resolve(c["rule"], sent, c["m"]).isoformat()
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": c["intent"], "items": sorted(set(c["items"])), "percent": c["percent"],
                      "new_due_date": due},
            "notes": c["notes"]}


def build(c, atts):
    c = dict(c)
    if isinstance(c.get("att"), str):
        c["att"] = [atts[c["att"]]]
    return BUILDERS[c["client"]](c)


def fname(c):
    return "%d-%s" % (c["n"], c["slug"])


def write_all():
    atts = attachments()
    for c in CASES:
        raw = build(c, atts)
        with open(os.path.join(HERE, fname(c) + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    from r36readme import readme
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(CASES, gold))
    print("wrote %d cases to %s" % (len(CASES), HERE))


# ---------------------------------------------------------------- --check
def check():
    errors = []
    err = errors.append
    atts = attachments()
    nums = [c["n"] for c in CASES]
    if nums != list(range(6451, 6501)):
        err("case numbers are not exactly 6451..6500 in order")
    # meetings: recap cut-off, dates in 2026, due dates present
    for m in MEETINGS.values():
        cut = objection_cutoff(m["recap_at"])
        if not is_workday(cut.date()):
            err("%s: cut-off on a non-working day" % m["id"])
        for n, _t, o, due in m["items"]:
            if not due.startswith("2026-") or o not in PEOPLE:
                err("%s item %d: bad due/owner" % (m["id"], n))
    counts = {}
    for c in CASES:
        base = os.path.join(HERE, fname(c))
        try:
            raw = open(base + ".eml", "rb").read()
            g = json.load(open(base + ".json", encoding="utf-8"))
        except OSError as e:
            err("%s: %s" % (fname(c), e))
            continue
        # deterministic regeneration
        if raw != build(c, atts):
            err("%s: .eml differs from a fresh build" % fname(c))
        if g != json.loads(json.dumps(gold(c), ensure_ascii=False)):
            err("%s: .json differs from a fresh build" % fname(c))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        # no defects anywhere (message, parts, headers)
        for part in msg.walk():
            if part.defects:
                err("%s: defects %r in %s" % (fname(c), part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err("%s: header %s defects %r" % (fname(c), k, v.defects))
        # every text part decodes with its declared charset (gb2312 label read as GBK)
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            cs = (part.get_content_charset() or "us-ascii").lower()
            try:
                part.get_payload(decode=True).decode(CODEC.get(cs, cs))
                part.get_content()
            except Exception as e:  # noqa: BLE001
                err("%s: text part %s (%s) does not decode: %s" % (fname(c), part.get_content_type(), cs, e))
        for h in ("Date", "From", "Subject", "Message-ID" if "Message-ID" in msg else "Message-Id"):
            if msg[h] is None:
                err("%s: missing %s" % (fname(c), h))
        for h in ("Return-Path", "Delivered-To", "Received"):
            if msg[h] is None:
                err("%s: missing trace header %s" % (fname(c), h))
        m = MEETINGS[c["m"]]
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026:
            err("%s: not a 2026 date" % fname(c))
        if sent < m["recap_at"]:
            err("%s: sent before the recap" % fname(c))
        if (msg["In-Reply-To"] or "").strip() != m["recap_mid"] and case_kind(c) == "reply":
            err("%s: In-Reply-To is not the recap" % fname(c))
        kind = case_kind(c)
        counts[kind if kind == "auto" else g["reply"]["intent"]] = counts.get(
            kind if kind == "auto" else g["reply"]["intent"], 0) + 1
        if g["kind"] != kind or g["items"] != [] or g["next_followup"] is not None:
            err("%s: bad top-level gold" % fname(c))
        if kind == "auto":
            if g["reply"] is not None:
                err("%s: auto with a reply" % fname(c))
            continue
        if m["reply_addr"] not in str(msg["To"]):
            err("%s: To is not the signed reply address" % fname(c))
        r = g["reply"]
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            err("%s: bad intent" % fname(c))
        if r["items"] != sorted(set(r["items"])):
            err("%s: items not sorted/unique" % fname(c))
        for n in r["items"]:
            if n not in [i[0] for i in m["items"]]:
                err("%s: item %d not in %s" % (fname(c), n, m["id"]))
        if (r["percent"] is not None) != (r["intent"] == "progress"):
            err("%s: percent only (and always) for progress here" % fname(c))
        if (c["rule"] is not None) != (r["intent"] == "extend"):
            err("%s: a date rule only (and always) for extend" % fname(c))
        if r["intent"] in ("unknown",) and (r["percent"] is not None or r["new_due_date"]):
            err("%s: unknown with percent/date" % fname(c))
        if c["rule"] is not None:
            due = resolve(c["rule"], sent, c["m"]).isoformat()
            if due != r["new_due_date"] or due != c["new_due"]:
                err("%s: new_due_date %s, recomputed %s, hand-written %s"
                    % (fname(c), r["new_due_date"], due, c["new_due"]))
            if not due.startswith("2026-"):
                err("%s: due outside 2026" % fname(c))
            if due not in g["notes"]:
                err("%s: notes do not state the new date" % fname(c))
        elif r["new_due_date"] is not None:
            err("%s: date without rule" % fname(c))
        if r["intent"] == "done" and not r["items"] and "content-match" not in g["notes"]:
            err("%s: done without items must explain content-match/ambiguity" % fname(c))
    # the README and roster are current
    from r36readme import readme
    if open(os.path.join(HERE, "README.md"), encoding="utf-8").read() != readme(CASES, gold):
        err("README.md is stale")
    if open(os.path.join(HERE, "roster.csv"), encoding="utf-8").read() != roster_csv():
        err("roster.csv is stale")
    for e in errors:
        print("FAIL", e)
    print("cases: %d  by kind/intent: %s" % (len(CASES), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    print("check %s" % ("FAILED (%d problems)" % len(errors) if errors else "passed"))
    return 1 if errors else 0


if __name__ == "__main__":
    if [a for a in sys.argv[1:] if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        HERE = [a for a in sys.argv[1:] if not a.startswith("--")][0]
        os.makedirs(HERE, exist_ok=True)
        write_all()
        sys.exit(check())
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
