# -*- coding: utf-8 -*-
"""Gold model, date rules (recomputed from the Date header with chinesecalendar), writer and checker."""
import calendar
import csv
import datetime as dt
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re

import chinese_calendar as cc

from h40lib import BY_EMAIL, BY_NAME, DEPARTMENTS, ROSTER, SH, docx_text, pdf_text

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
FLAG_ORDER = ["no_owner", "vague_due", "no_due"]


# ---------------------------------------------------------------------------
# Date rules
# ---------------------------------------------------------------------------
def _is_work(d):
    return cc.is_workday(d)


def resolve(rule, sent):
    """rule -> (date, time or None); sent is an aware datetime in Asia/Shanghai."""
    d0 = sent.date()
    k = rule[0]
    if k == "abs":
        d = dt.date.fromisoformat(rule[1])
        if len(rule) > 2 and d.weekday() != WD[rule[2]]:
            raise AssertionError(f"{rule}: {d} is not a {rule[2]}")
        return d, None
    if k == "today":
        return d0, None
    if k == "tomorrow":
        return d0 + dt.timedelta(days=1), None
    if k == "wd":  # bare weekday: this week's if not yet past (on or after the send date), else next week's
        delta = (WD[rule[1]] - d0.weekday()) % 7
        return d0 + dt.timedelta(days=delta), None
    if k == "thisweek":
        return d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=WD[rule[1]]), None
    if k == "nextweek":  # 下周X / next X: weekday X of the following calendar week (weeks start Monday)
        return d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7 + WD[rule[1]]), None
    if k == "workdays":  # N个工作日内: count working days from the day after sending
        n, d = rule[1], d0
        while n:
            d += dt.timedelta(days=1)
            if _is_work(d):
                n -= 1
        return d, None
    if k == "month_end":
        m = rule[1] if len(rule) > 1 else d0.month
        return dt.date(d0.year, m, calendar.monthrange(d0.year, m)[1]), None
    if k == "after_holiday":  # 节后第一个工作日: first working day after the named holiday block
        name = rule[1]
        d = d0
        for _ in range(60):
            on, hname = cc.get_holiday_detail(d)
            if hname == name and not _is_work(d):
                break
            d += dt.timedelta(days=1)
        else:
            raise AssertionError(f"no {name} holiday within 60 days of {d0}")
        while not _is_work(d):
            d += dt.timedelta(days=1)
        return d, None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


# ---------------------------------------------------------------------------
# Gold model
# ---------------------------------------------------------------------------
class I:
    def __init__(self, task, owner=None, due=None, time=None, vague=False, dept=None, name=None, email=None,
                 src=None):
        self.task, self.due, self.time, self.vague, self.src = task, due, time, vague, src
        if owner is not None:
            r = BY_NAME[owner]
            self.name, self.email, self.dept = r[0], r[1], (r[2] or None)
        else:
            self.name, self.email, self.dept = name, email, dept

    def gold(self, sent):
        d, t = (None, None)
        if self.due is not None:
            d, t = resolve(self.due, sent)
        if self.time is not None:
            t = self.time
        flags = []
        if self.name is None:
            flags.append("no_owner")
        if d is None:
            flags.append("vague_due" if self.vague else "no_due")
        return {"owner_name": self.name, "owner_email": self.email, "department": self.dept, "task": self.task,
                "due_date": d.isoformat() if d else None, "due_time": t, "flags": flags}


class Case:
    def __init__(self, num, slug, kind, org, build, items=(), nxt=None, notes="", summary="", tests="",
                 client="", enc="", gbk_in_gb2312=False):
        self.num, self.slug, self.kind, self.org, self.build = num, slug, kind, org, build
        self.items, self.nxt, self.notes = list(items), nxt, notes
        self.summary, self.tests, self.client, self.enc = summary, tests, client, enc
        self.gbk_in_gb2312 = gbk_in_gb2312

    @property
    def stem(self):
        return f"{self.num}-{self.slug}"

    def gold(self, sent):
        nf = None
        if self.nxt is not None:
            rule, tm = self.nxt
            d, t = resolve(rule, sent)
            nf = {"date": d.isoformat(), "time": tm if tm is not None else t}
        return {"kind": self.kind, "items": [i.gold(sent) for i in self.items], "next_followup": nf,
                "reply": None, "notes": self.notes}


CASES = []


def case(num, slug, kind, org, **kw):
    def deco(fn):
        CASES.append(Case(num, slug, kind, org, fn, **kw))
        return fn
    return deco


def sent_at(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg["Date"].datetime.astimezone(SH)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def write_roster(out):
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r[:5])


def write_all(out):
    os.makedirs(out, exist_ok=True)
    for c in sorted(CASES, key=lambda c: c.num):
        raw = c.build()
        with open(os.path.join(out, c.stem + ".eml"), "wb") as f:
            f.write(raw)
        g = c.gold(sent_at(raw))
        with open(os.path.join(out, c.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster(out)
    from h40readme import readme
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(CASES))


# ---------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------
def _strict_decode(part, allow_gbk):
    payload = part.get_payload(decode=True)
    cs = (part.get_content_charset() or "us-ascii").lower()
    try:
        return payload.decode(cs)
    except UnicodeDecodeError:
        if allow_gbk and cs == "gb2312":
            return payload.decode("gb18030")
        raise


def _html_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def _norm(s):
    return re.sub(r"\s+", "", s)


def check_case(c, out):
    errs = []
    p_eml = os.path.join(out, c.stem + ".eml")
    p_js = os.path.join(out, c.stem + ".json")
    raw = open(p_eml, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append(f"part defects {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append(f"header defects {k}: {v.defects}")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            try:
                texts.append(_strict_decode(part, c.gbk_in_gb2312))
                part.get_content()
            except Exception as e:  # noqa
                errs.append(f"text part {part.get_content_type()} does not decode: {e!r}")
            if part.get_content_subtype() == "html" and texts:
                texts.append(_html_text(texts[-1]))
        elif part.get_content_type().endswith("wordprocessingml.document"):
            texts.append(docx_text(part.get_payload(decode=True)))
        elif part.get_content_type() == "application/pdf":
            texts.append(pdf_text(part.get_payload(decode=True)))
    for h in ("From", "Date", "Message-ID", "Subject"):
        if msg[h] is None:
            errs.append(f"missing {h}")
    for h in ("Return-Path", "Delivered-To", "Received"):
        if msg[h] is None:
            errs.append(f"missing trace header {h}")
    sent = msg["Date"].datetime.astimezone(SH)
    if sent.year != 2026:
        errs.append(f"send date not in 2026: {sent}")
    g = json.load(open(p_js, encoding="utf-8"))
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        errs.append(f"gold keys {sorted(g)}")
    if g["kind"] != c.kind or g["kind"] not in ("minutes", "reply", "other", "auto"):
        errs.append(f"kind {g['kind']}")
    if g["reply"] is not None:
        errs.append("reply must be null")
    if not g["notes"] or not isinstance(g["notes"], str):
        errs.append("notes missing")
    if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
        errs.append("non-minutes case with items/next_followup")
    exp = c.gold(sent)
    if exp["items"] != g["items"]:
        errs.append("items differ from the recomputed gold:\n  exp " + json.dumps(exp["items"], ensure_ascii=False)
                    + "\n  got " + json.dumps(g["items"], ensure_ascii=False))
    if exp["next_followup"] != g["next_followup"]:
        errs.append(f"next_followup {g['next_followup']} != recomputed {exp['next_followup']}")
    addrs = {a.addr_spec.lower() for h in ("From", "To", "Cc") for a in (msg[h].addresses if msg[h] else [])}
    full = _norm("\n".join(texts))
    for i, (it, spec) in enumerate(zip(g["items"], c.items), 1):
        keys = ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]
        if list(it) != keys:
            errs.append(f"item {i} keys {list(it)}")
        if not set(it["flags"]) <= set(FLAG_ORDER):
            errs.append(f"item {i} flags {it['flags']}")
        if ("no_owner" in it["flags"]) != (it["owner_name"] is None):
            errs.append(f"item {i} no_owner flag inconsistent")
        if ("vague_due" in it["flags"] or "no_due" in it["flags"]) != (it["due_date"] is None):
            errs.append(f"item {i} due flags inconsistent")
        if it["due_time"] and not re.fullmatch(r"\d\d:\d\d", it["due_time"]):
            errs.append(f"item {i} due_time {it['due_time']}")
        if it["due_date"]:
            d = dt.date.fromisoformat(it["due_date"])
            if d.year != 2026:
                errs.append(f"item {i} due not in 2026")
        em = it["owner_email"]
        if em:
            if em in BY_EMAIL:
                r = BY_EMAIL[em]
                if it["owner_name"] != r[0] or it["department"] != (r[2] or None):
                    errs.append(f"item {i} owner/department do not match the roster")
            elif em.lower() not in addrs:
                errs.append(f"item {i} owner email {em} neither in roster nor in From/To/Cc")
        if it["owner_name"] is None and it["department"] is not None and it["department"] not in DEPARTMENTS:
            errs.append(f"item {i} department {it['department']} is not one of the roster departments")
        src = spec.src or it["task"]
        if _norm(src) not in full:
            errs.append(f"item {i} task/src not found in the message text: {src}")
    nf = g["next_followup"]
    if nf is not None:
        if dt.date.fromisoformat(nf["date"]).year != 2026:
            errs.append("next_followup not in 2026")
        if nf["time"] is not None and not re.fullmatch(r"\d\d:\d\d", nf["time"]):
            errs.append("next_followup time format")
    return errs


def check_all(out, regenerate_compare=True):
    bad = 0
    names = set(os.listdir(out))
    for c in sorted(CASES, key=lambda c: c.num):
        for ext in (".eml", ".json"):
            if c.stem + ext not in names:
                print(f"{c.stem}{ext}: MISSING")
                bad += 1
        if c.stem + ".eml" not in names or c.stem + ".json" not in names:
            continue
        errs = check_case(c, out)
        if regenerate_compare:
            raw = open(os.path.join(out, c.stem + ".eml"), "rb").read()
            if raw != c.build():
                errs.append("eml on disk differs from a fresh (deterministic) build")
        for e in errs:
            print(f"{c.stem}: {e}")
        bad += bool(errs)
    stems = {c.stem for c in CASES}
    for n in names:
        m = re.match(r"^(\d{4}-.+)\.(eml|json)$", n)
        if m and m.group(1) not in stems:
            print(f"{n}: stray case file")
            bad += 1
    nums = sorted(c.num for c in CASES)
    if nums != list(range(6801, 6839)):
        print(f"case numbers are not 6801..6838: {nums}")
        bad += 1
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r[:5])
    if open(os.path.join(out, "roster.csv"), encoding="utf-8").read() != buf.getvalue():
        print("roster.csv differs from the generator's roster")
        bad += 1
    from h40readme import readme
    if open(os.path.join(out, "README.md"), encoding="utf-8").read() != readme(CASES):
        print("README.md differs from the generator's README")
        bad += 1
    seen = {}
    for r in ROSTER:
        for a in [r[0]] + [x for x in r[4].split(";") if x]:
            if a in seen and seen[a] != r[0]:
                print(f"alias {a} used by {seen[a]} and {r[0]}")
                bad += 1
            seen[a] = r[0]
    kinds = {}
    for c in CASES:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print(f"{len(CASES)} cases {kinds}; {'OK' if not bad else str(bad) + ' problem(s)'}")
    return bad == 0
