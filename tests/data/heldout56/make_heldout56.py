#!/usr/bin/env python3
"""Generator for blind set heldout56 (cases 8401-8438).

    python make_heldout56.py            # write every .eml/.json, roster.csv, README.md into this folder
    python make_heldout56.py --check    # re-parse every .eml and re-derive every gold date

Deterministic: no clock, no randomness. Needs chinesecalendar (and python-docx, reportlab for attachments).
"""
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import cases_1  # noqa: E402,F401
import cases_2  # noqa: E402,F401
import cases_3  # noqa: E402,F401
import cases_4  # noqa: E402,F401
import readme  # noqa: E402


def fname(c, ext):
    return os.path.join(HERE, f"{c['num']}-{c['slug']}.{ext}")


def write():
    for c in sorted(G.CASES, key=lambda c: c["num"]):
        with open(fname(c, "eml"), "wb") as f:
            f.write(c["eml"])
        with open(fname(c, "json"), "w", encoding="utf-8") as f:
            json.dump(G.gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(G.roster_csv())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(G))
    print(f"wrote {len(G.CASES)} cases")


STRICT = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
          "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def check():
    errors = []
    nums = sorted(c["num"] for c in G.CASES)
    if nums != list(range(8401, 8439)):
        errors.append(f"case numbers are not 8401..8438: {nums}")
    for c in sorted(G.CASES, key=lambda c: c["num"]):
        tag = f"{c['num']}-{c['slug']}"
        path = fname(c, "eml")
        if not os.path.exists(path):
            errors.append(f"{tag}: missing .eml")
            continue
        raw = open(path, "rb").read()
        if raw != c["eml"]:
            errors.append(f"{tag}: .eml on disk differs from the generator output (re-run without --check)")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{tag}: defects {part.defects} in {part.get_content_type()}")
            for hname, hval in part.items():
                if getattr(hval, "defects", None):
                    errors.append(f"{tag}: header {hname} defects {hval.defects}")
            if part.get_content_maintype() == "text":
                cs = (part.get_content_charset() or "us-ascii").lower()
                data = part.get_payload(decode=True)
                try:
                    data.decode(STRICT.get(cs, cs), errors="strict")
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{tag}: text part {part.get_content_type()} does not decode as {cs}: {e}")
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{tag}: get_content failed: {e}")
            fn = part.get_filename()
            if fn and fn.endswith(".docx"):
                import io
                import docx
                docx.Document(io.BytesIO(part.get_payload(decode=True)))
            if fn and fn.endswith(".pdf"):
                import io
                from pypdf import PdfReader
                txt = "".join(p.extract_text() for p in PdfReader(io.BytesIO(part.get_payload(decode=True))).pages)
                if "Action" not in txt:
                    errors.append(f"{tag}: pdf text not extractable")
        for h in ("Date", "From", "Message-ID", "Return-Path", "Delivered-To", "Received"):
            if msg[h] is None:
                errors.append(f"{tag}: missing {h}")
        # dates re-derived from the message's own Date header
        sent = G.sent_of(msg["Date"])
        if sent.astimezone(G.SH).year != 2026:
            errors.append(f"{tag}: not sent in 2026")
        gpath = fname(c, "json")
        gold = json.load(open(gpath, encoding="utf-8"))
        if gold["kind"] != c["kind"]:
            errors.append(f"{tag}: kind mismatch")
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append(f"{tag}: gold keys {sorted(gold)}")
        if c["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errors.append(f"{tag}: non-minutes with items/next_followup")
        if len(gold["items"]) != len(c["items"]):
            errors.append(f"{tag}: item count differs")
        for i, (it, g) in enumerate(zip(c["items"], gold["items"]), 1):
            d = G.resolve(it["rule"], sent)
            d = d.isoformat() if d else None
            if d != g["due_date"]:
                errors.append(f"{tag} item {i}: recomputed {d} != gold {g['due_date']}")
            if it["expect"] != d:
                errors.append(f"{tag} item {i}: hand-written {it['expect']} != computed {d}")
            if d and not d.startswith("2026-"):
                errors.append(f"{tag} item {i}: date outside 2026")
            fl = set(g["flags"])
            if not fl <= {"no_owner", "vague_due", "no_due"}:
                errors.append(f"{tag} item {i}: bad flags {fl}")
            if ("vague_due" in fl or "no_due" in fl) != (g["due_date"] is None):
                errors.append(f"{tag} item {i}: due/flags inconsistent")
            if ("no_owner" in fl) != (g["owner_name"] is None):
                errors.append(f"{tag} item {i}: owner/flags inconsistent")
            if g["due_time"] is not None and g["due_date"] is None:
                errors.append(f"{tag} item {i}: time without date")
            if g["owner_email"]:
                addrs_in = str(msg.get("From", "")) + str(msg.get("To", "")) + str(msg.get("Cc", ""))
                in_roster = any(r["email"] == g["owner_email"] for r in G.ROSTER.values()) or \
                    any(o["email"] == g["owner_email"] for o in G.OUTSIDERS.values())
                if not in_roster and g["owner_email"] not in addrs_in:
                    errors.append(f"{tag} item {i}: owner address not resolvable")
        if c["nf"] and c["kind"] == "minutes":
            d = G.resolve(c["nf"]["rule"], sent).isoformat()
            if d != c["nf"]["expect"] or gold["next_followup"] != {"date": d, "time": c["nf"]["time"]}:
                errors.append(f"{tag}: next_followup mismatch {d} {gold['next_followup']}")
        elif gold["next_followup"] is not None:
            errors.append(f"{tag}: unexpected next_followup")
        if not gold["notes"]:
            errors.append(f"{tag}: empty notes")
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(G.CASES)} cases, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if sys.argv[1:]:                     # make_heldout56.py OUTDIR: write there, then check what was written
        HERE = os.path.abspath(sys.argv[1])
        os.makedirs(HERE, exist_ok=True)
        write()
        sys.exit(check())
    write()
