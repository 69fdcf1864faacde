"""--check mode of make_heldout51.py (kept in its own file; imported only by it)."""
import csv
import datetime as dt
import email
import email.policy
import io
import json
import os

import h51_lib as L
import h51_mime as M

HERE = os.path.dirname(os.path.abspath(__file__))
FLAGS = ["no_owner", "vague_due", "no_due"]
ITEM_KEYS = ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]
GOLD_KEYS = ["kind", "items", "next_followup", "reply", "notes"]


def _header_defects(part):
    out = []
    for k, v in part.items():
        d = getattr(v, "defects", ())
        if d:
            out.append(f"header {k}: {list(d)}")
    return out


def _addresses(msg):
    res = []
    for h in ("From", "To", "Cc", "Reply-To"):
        v = msg.get(h)
        if v is None:
            continue
        for a in v.addresses:
            res.append((a.display_name, a.addr_spec.lower()))
    return res


def check_message(c, raw, errors, notes):
    tag = c.stem
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errors.append(f"{tag}: message defects {msg.defects}")
    for name in ("Return-Path", "Delivered-To", "Received", "From", "Date", "Message-ID"):
        if msg.get(name) is None and msg.get(name.lower()) is None:
            errors.append(f"{tag}: missing header {name}")
    attachments = []
    n_text = 0
    for part in msg.walk():
        errors.extend(f"{tag}: {e}" for e in _header_defects(part))
        if part.defects:
            errors.append(f"{tag}: part {part.get_content_type()} defects {part.defects}")
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            n_text += 1
            payload = part.get_payload(decode=True)
            if part.defects:
                errors.append(f"{tag}: {part.get_content_type()} decode defects {part.defects}")
            cs = (part.get_content_charset() or "us-ascii").lower()
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                if cs == "gb2312":
                    try:
                        payload.decode("gbk")
                        notes.append(f"{tag}: {part.get_content_type()} labelled gb2312 holds GBK-only characters (decoded as GBK)")
                    except UnicodeDecodeError as e2:
                        errors.append(f"{tag}: {part.get_content_type()} does not decode as {cs}/gbk: {e2}")
                else:
                    errors.append(f"{tag}: {part.get_content_type()} does not decode as {cs}: {e}")
            try:
                part.get_content()
            except Exception as e:  # noqa: BLE001
                errors.append(f"{tag}: get_content() failed on {part.get_content_type()}: {e!r}")
        elif fn:
            data = part.get_payload(decode=True)
            if part.defects:
                errors.append(f"{tag}: attachment decode defects {part.defects}")
            if fn.endswith(".docx"):
                attachments.append((fn, M.docx_text(data)))
            elif fn.endswith(".pdf"):
                attachments.append((fn, M.pdf_text(data)))
            else:
                errors.append(f"{tag}: unexpected attachment {fn}")
    if n_text == 0:
        errors.append(f"{tag}: no text part")
    return msg, attachments


def check_gold(c, gold, msg, roster, attachments, errors):
    tag = c.stem
    if list(gold.keys()) != GOLD_KEYS:
        errors.append(f"{tag}: gold keys {list(gold.keys())}")
        return
    if gold["kind"] != c.kind or gold["kind"] not in ("minutes", "reply", "other", "auto"):
        errors.append(f"{tag}: kind {gold['kind']}")
    if gold["reply"] is not None:
        errors.append(f"{tag}: reply must be null")
    if not isinstance(gold["notes"], str) or len(gold["notes"]) < 40:
        errors.append(f"{tag}: notes missing/too short")
    sent = msg["date"].datetime
    if sent.tzinfo is None:
        errors.append(f"{tag}: Date has no zone")
        return
    local = sent.astimezone(L.SH)
    if not (dt.date(2026, 4, 1) <= local.date() <= dt.date(2026, 7, 31)):
        errors.append(f"{tag}: send date {local} outside April-July 2026")
    if gold["kind"] != "minutes":
        if gold["items"] or gold["next_followup"] is not None:
            errors.append(f"{tag}: non-minutes with items/follow-up")
        if gold["kind"] == "auto":
            auto = (msg.get("Auto-Submitted", "").lower().startswith("auto") or msg.get("Return-Path", "") == "<>"
                    or msg.get("Precedence", "").lower() in ("bulk", "list", "junk"))
            if not auto:
                errors.append(f"{tag}: auto case without an auto header")
        return
    if gold["kind"] == "minutes" and msg.get("Auto-Submitted") is not None:
        errors.append(f"{tag}: minutes carry Auto-Submitted")
    addrs = _addresses(msg)
    items = gold["items"]
    if len(items) != len(c.items):
        errors.append(f"{tag}: {len(items)} gold items vs {len(c.items)} defined")
        return
    for i, (g, it) in enumerate(zip(items, c.items), 1):
        where = f"{tag} item {i}"
        if list(g.keys()) != ITEM_KEYS:
            errors.append(f"{where}: keys {list(g.keys())}")
            continue
        if not g["task"] or not isinstance(g["task"], str):
            errors.append(f"{where}: empty task")
        # --- dates recomputed from this message's own Date header (Asia/Shanghai, chinesecalendar)
        d = L.resolve(it.spec, sent)
        want = d.isoformat() if d else None
        if g["due_date"] != want:
            errors.append(f"{where}: due_date {g['due_date']} but {it.spec} from Date {local:%Y-%m-%d %H:%M %a} gives {want}")
        if g["due_date"] != it.expect:
            errors.append(f"{where}: due_date {g['due_date']} differs from hand-written {it.expect}")
        if g["due_date"]:
            dd = dt.date.fromisoformat(g["due_date"])
            if dd.year != 2026:
                errors.append(f"{where}: due outside 2026")
            if it.spec[0] in ("wdays", "after_hol", "before_hol") and not L.is_workday(dd):
                errors.append(f"{where}: working-day phrase lands on a non-working day {dd}")
        if g["due_time"] != it.time:
            errors.append(f"{where}: due_time {g['due_time']} vs {it.time}")
        if g["due_time"] is not None and (len(g["due_time"]) != 5 or g["due_time"][2] != ":"):
            errors.append(f"{where}: bad time {g['due_time']}")
        if g["due_time"] is not None and g["due_date"] is None:
            errors.append(f"{where}: time without date")
        # --- flags
        fl = g["flags"]
        if any(f not in FLAGS for f in fl) or fl != [f for f in FLAGS if f in fl]:
            errors.append(f"{where}: bad flags {fl}")
        if ("vague_due" in fl or "no_due" in fl) != (g["due_date"] is None):
            errors.append(f"{where}: due/flag mismatch {g['due_date']} {fl}")
        if ("no_owner" in fl) != (g["owner_name"] is None):
            errors.append(f"{where}: owner/flag mismatch")
        # --- owners against the roster file and the headers
        name, mail, dept = g["owner_name"], g["owner_email"], g["department"]
        if name is None:
            if mail is not None:
                errors.append(f"{where}: email without owner")
            if dept is not None and dept not in {r["department"] for r in roster.values()}:
                errors.append(f"{where}: department {dept} is not one of the organisations'")
        elif name in roster:
            r = roster[name]
            if mail != r["email"] or dept != (r["department"] or None):
                errors.append(f"{where}: roster mismatch for {name}: {mail}/{dept} vs {r['email']}/{r['department']}")
        else:
            if dept is not None:
                errors.append(f"{where}: outsider {name} with a department")
            if mail is None:
                if any(dn == name for dn, _ in addrs):
                    errors.append(f"{where}: {name} is in the headers but has no email")
            elif (name, mail.lower()) not in addrs:
                errors.append(f"{where}: outsider {name} <{mail}> not found in From/To/Cc {addrs}")
    nf = gold["next_followup"]
    if (nf is None) != (c.nf is None):
        errors.append(f"{tag}: next_followup presence mismatch")
    elif nf is not None:
        spec, expect, t = c.nf
        d = L.resolve(spec, sent)
        if list(nf.keys()) != ["date", "time"]:
            errors.append(f"{tag}: next_followup keys {list(nf.keys())}")
        if nf["date"] != d.isoformat() or nf["date"] != expect or nf["time"] != t:
            errors.append(f"{tag}: next_followup {nf} vs recomputed {d} {t} / hand-written {expect}")
        if dt.date.fromisoformat(nf["date"]).year != 2026:
            errors.append(f"{tag}: next_followup outside 2026")
    for fn, text in attachments:
        if len(text.strip()) < 50:
            errors.append(f"{tag}: attachment {fn} has no readable text")


def read_roster(errors):
    path = os.path.join(HERE, "roster.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows or list(rows[0].keys()) != L.ROSTER_COLUMNS:
        errors.append("roster.csv: bad header")
    roster, emails, keys = {}, set(), {}
    for r in rows:
        if r["name"] in roster:
            errors.append(f"roster: duplicate name {r['name']}")
        roster[r["name"]] = r
        if r["email"].lower() in emails:
            errors.append(f"roster: duplicate email {r['email']}")
        emails.add(r["email"].lower())
        for k in [r["name"]] + [a for a in r["aliases"].split(";") if a]:
            if k.lower() in keys and keys[k.lower()] != r["name"]:
                errors.append(f"roster: '{k}' names both {keys[k.lower()]} and {r['name']}")
            keys[k.lower()] = r["name"]
    for r in rows:
        if r["manager_email"] and r["manager_email"].lower() not in emails:
            errors.append(f"roster: manager {r['manager_email']} of {r['name']} not in roster")
    return roster


def main(cases, build_all, roster_csv):
    errors, notes = [], []
    files = set(os.listdir(HERE))
    stems = {c.stem for c in cases}
    for ext in (".eml", ".json"):
        have = {f[:-len(ext)] for f in files if f.endswith(ext)}
        if have != stems:
            errors.append(f"{ext} files differ from the case list: missing {sorted(stems - have)}, extra {sorted(have - stems)}")
    roster = read_roster(errors)
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as f:
        if f.read() != roster_csv():
            errors.append("roster.csv differs from a fresh build")
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read() if "README.md" in files else ""
    built = build_all()
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        try:
            raw = open(os.path.join(HERE, c.stem + ".eml"), "rb").read()
            gold = json.load(open(os.path.join(HERE, c.stem + ".json"), encoding="utf-8"))
        except OSError as e:
            errors.append(f"{c.stem}: {e}")
            continue
        msg, atts = check_message(c, raw, errors, notes)
        check_gold(c, gold, msg, roster, atts, errors)
        fresh_raw, fresh_gold = built[c.stem]
        if fresh_raw != raw:
            errors.append(f"{c.stem}: .eml differs from a fresh build (non-deterministic or stale)")
        if fresh_gold != gold:
            errors.append(f"{c.stem}: .json differs from a fresh build")
        if f"| {c.stem} |" not in readme:
            errors.append(f"{c.stem}: no row in README.md")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    n_items = sum(len(c.items) for c in cases)
    print(f"checked {len(cases)} cases ({kinds}), {n_items} items: {len(errors)} error(s)")
    return 1 if errors else 0
