#!/usr/bin/env python3
"""Generator of the blind held-out set "heldout54" (cases 8201-8238) for minutebot.

    /work/blind/venv/bin/python make_heldout54.py            # (re)write every .eml/.json, roster.csv, README.md
    /work/blind/venv/bin/python make_heldout54.py --check    # validate what is on disk (exit 1 on any error)

Deterministic: no clock, no randomness.  The case texts live in h54/cases_*.py, shared helpers in h54/common.py,
the README text in h54/readme.py.

--check: re-parses every .eml with email.policy.default (no defects anywhere, every text part decodes strictly
with its declared charset - gb2312 read as GBK, as mail clients do), opens .docx/.pdf attachments, validates every
gold JSON against the corpus schema, recomputes every due date / follow-up from the message's own Date header in
Asia/Shanghai with chinesecalendar (working days, holidays, make-up days), checks that every item's anchor text is
in the message (or its attachment), that owner e-mails are in the roster or in From/To/Cc, and that regenerating
gives byte-identical files.
"""
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the output folder free of __pycache__

from h54 import common  # noqa: E402
from h54 import cases_a, cases_b, cases_c, cases_d  # noqa: E402

FIRST, LAST = 8201, 8238
GOLD_KEYS = ["kind", "items", "next_followup", "reply", "notes"]
ITEM_KEYS = ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]
FLAGS = {"vague_due", "no_owner", "no_due"}


def all_cases():
    out = []
    for mod in (cases_a, cases_b, cases_c, cases_d):
        for fn in mod.CASES:
            c = fn()
            c.setdefault("attach_text", "")
            out.append(c)
    out.sort(key=lambda c: c["num"])
    return out


def gold_of(c):
    items = [{k: it[k] for k in ITEM_KEYS} for it in c["items"]]
    nf = None
    if c["next"] is not None:
        nf = {"date": c["next"]["date"], "time": c["next"]["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": nf, "reply": None, "notes": c["notes"]}


def fname(c, ext):
    return f"{c['num']}-{c['slug']}.{ext}"


def render_all():
    """Return {filename: bytes} for everything the generator writes."""
    from h54 import readme
    cases = all_cases()
    files = {}
    for c in cases:
        files[fname(c, "eml")] = c["eml"]
        files[fname(c, "json")] = (json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    files["roster.csv"] = common.roster_csv().encode("utf-8")
    files["README.md"] = readme.render(cases).encode("utf-8")
    return cases, files


def write():
    cases, files = render_all()
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"wrote {len(cases)} cases to {HERE}: {kinds}")


# ------------------------------------------------------------------------------------------------
# --check
# ------------------------------------------------------------------------------------------------
def strict_decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    codec = {"gb2312": "gbk", "us-ascii": "ascii"}.get(cs, cs)
    return raw.decode(codec)  # raises on any undecodable byte


def check_message(path, errors):
    """Return (msg, combined text of the body parts and attachments)."""
    with open(path, "rb") as f:
        data = f.read()
    msg = BytesParser(policy=policy.default).parsebytes(data)
    texts = []
    name = os.path.basename(path)
    for ln in data.split(b"\n"):
        if len(ln) > 998:
            errors.append(f"{name}: a line longer than 998 octets")
            break
    for required in ("Date", "From", "Message-ID"):
        if msg[required] is None and not (required == "Message-ID" and False):
            errors.append(f"{name}: missing {required}")
    for part in msg.walk():
        if part.defects:
            errors.append(f"{name}: part {part.get_content_type()} defects {part.defects}")
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d:
                errors.append(f"{name}: header {k} defects {d}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disp = part.get_content_disposition()
        if ctype.startswith("text/") and disp != "attachment":
            try:
                s = part.get_content()
                strict = strict_decode(part)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{name}: {ctype} does not decode: {e}")
                continue
            if "\ufffd" in s:
                errors.append(f"{name}: {ctype} decodes with replacement characters")
            texts.append(strict)
        elif ctype == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            try:
                texts.append(common.docx_text(part.get_payload(decode=True)))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{name}: .docx attachment unreadable: {e}")
        elif ctype == "application/pdf":
            try:
                import io
                from pypdf import PdfReader
                r = PdfReader(io.BytesIO(part.get_payload(decode=True)))
                texts.append("".join(p.extract_text() or "" for p in r.pages))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{name}: PDF attachment unreadable: {e}")
        elif ctype in ("message/delivery-status", "text/rfc822-headers", "message/rfc822"):
            pass
    return msg, "\n".join(texts)


def check_gold(c, gold, msg, text, errors):
    name = fname(c, "json")
    if list(gold.keys()) != GOLD_KEYS:
        errors.append(f"{name}: keys {list(gold.keys())}")
    if gold["kind"] not in ("minutes", "reply", "other", "auto"):
        errors.append(f"{name}: bad kind")
    if gold["reply"] is not None:
        errors.append(f"{name}: reply must be null in this set")
    if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
        errors.append(f"{name}: non-minutes with items/follow-up")
    if not gold["notes"] or len(gold["notes"]) < 40:
        errors.append(f"{name}: notes too short")
    date_hdr = str(msg["Date"])
    addr_book = {}
    for h in ("From", "To", "Cc"):
        for v in msg.get_all(h, []):
            for n, a in getaddresses([str(v)]):
                addr_book[a.lower()] = n
    norm_text = common.normalize_for_search(text)
    norm_text_s = common.normalize_for_search(c.get("attach_text", ""))
    for i, (it, spec) in enumerate(zip(gold["items"], c["items"]), 1):
        where = f"{name} item {i}"
        if list(it.keys()) != ITEM_KEYS:
            errors.append(f"{where}: keys {list(it.keys())}")
        if not set(it["flags"]) <= FLAGS:
            errors.append(f"{where}: bad flags {it['flags']}")
        if (it["owner_name"] is None) != ("no_owner" in it["flags"]):
            errors.append(f"{where}: no_owner flag vs owner_name")
        if it["owner_name"] is None and it["owner_email"] is not None:
            errors.append(f"{where}: email without owner")
        if it["department"] is not None and it["department"] not in common.DEPARTMENTS:
            errors.append(f"{where}: department {it['department']} is not one of the organisations'")
        if it["owner_name"] in common.BY_NAME:
            r = common.BY_NAME[it["owner_name"]]
            if it["owner_email"] != r[1] or it["department"] != (r[2] or None):
                errors.append(f"{where}: roster mismatch for {it['owner_name']}")
        elif it["owner_email"] is not None:
            if it["owner_email"].lower() not in addr_book:
                errors.append(f"{where}: {it['owner_email']} neither in the roster nor in From/To/Cc")
        if ("vague_due" in it["flags"] or "no_due" in it["flags"]) and (it["due_date"] or it["due_time"]):
            errors.append(f"{where}: vague/no_due with a date")
        if "vague_due" in it["flags"] and "no_due" in it["flags"]:
            errors.append(f"{where}: both vague_due and no_due")
        if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
            errors.append(f"{where}: no date and no vague_due/no_due flag")
        if it["due_date"] and not it["due_date"].startswith("2026-"):
            errors.append(f"{where}: date outside 2026")
        if it["due_time"] and not re.fullmatch(r"\d\d:\d\d", it["due_time"]):
            errors.append(f"{where}: bad time")
        rule = spec["_rule"]
        if rule is None:
            errors.append(f"{where}: no date rule")
        else:
            try:
                d, t = common.resolve(rule, date_hdr)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{where}: rule {rule} failed: {e}")
            else:
                if (d, t) != (it["due_date"], it["due_time"]):
                    errors.append(f"{where}: gold {it['due_date']} {it['due_time']} but rule {rule} gives {d} {t}")
                if rule[0] == "vague" and "vague_due" not in it["flags"]:
                    errors.append(f"{where}: vague rule without vague_due")
                if rule[0] == "none" and "no_due" not in it["flags"]:
                    errors.append(f"{where}: none rule without no_due")
        anchor = common.normalize_for_search(spec["_anchor"])
        if anchor not in norm_text and anchor not in norm_text_s:
            errors.append(f"{where}: anchor {spec['_anchor']!r} not found in the message")
    nf = gold["next_followup"]
    if nf is not None:
        rule = c["next"]["_rule"]
        try:
            d, t = common.resolve(rule, date_hdr)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name} next_followup: rule failed {e}")
        else:
            if (d, t) != (nf["date"], nf["time"]):
                errors.append(f"{name} next_followup: gold {nf} but rule {rule} gives {d} {t}")
        if not nf["date"].startswith("2026-"):
            errors.append(f"{name} next_followup outside 2026")
    # the send date itself must be April-July 2026 in Shanghai
    sent = common.sent_local(date_hdr)
    if not (sent.year == 2026 and 4 <= sent.month <= 7):
        errors.append(f"{name}: send date {sent} outside April-July 2026")


def check():
    errors = []
    cases, files = render_all()
    nums = [c["num"] for c in cases]
    if nums != list(range(FIRST, LAST + 1)):
        errors.append(f"case numbers {nums[:3]}... are not {FIRST}-{LAST}")
    # byte-identical regeneration (determinism) and nothing stale on disk
    for n, data in files.items():
        p = os.path.join(HERE, n)
        if not os.path.exists(p):
            errors.append(f"missing {n} (run without --check first)")
            continue
        with open(p, "rb") as f:
            if f.read() != data:
                errors.append(f"{n} differs from a fresh generation")
    on_disk = {f for f in os.listdir(HERE) if re.match(r"\d{4}-.*\.(eml|json)$", f)}
    stale = on_disk - set(files)
    if stale:
        errors.append(f"stale files: {sorted(stale)}")
    for c in cases:
        p = os.path.join(HERE, fname(c, "eml"))
        if not os.path.exists(p):
            continue
        msg, text = check_message(p, errors)
        with open(os.path.join(HERE, fname(c, "json")), encoding="utf-8") as f:
            gold = json.load(f)
        check_gold(c, gold, msg, text, errors)
        # at least one bot address must be in To/Cc for minutes/other (auto mail goes to the bot directly)
        rcpts = " ".join(str(v) for h in ("To", "Cc") for v in msg.get_all(h, []))
        if "minutes@" not in rcpts:
            errors.append(f"{fname(c, 'eml')}: the bot is not in To/Cc")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(cases)} cases {kinds}: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if sys.argv[1:]:                     # make_heldout54.py OUTDIR: write there, then check what was written
        HERE = os.path.abspath(sys.argv[1])
        os.makedirs(HERE, exist_ok=True)
        write()
        sys.exit(check())
    write()
