#!/usr/bin/env python3
"""heldout14 generator: writes NNN-slug.eml/.json into this directory (or argv dir).
   --check re-validates every gold date against the computed one (chinesecalendar).
   Run with /work/blind/venv/bin/python. Deterministic: no clock, no randomness."""
import sys, os, json, csv, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_lib import *

ROSTER = {}
for r in csv.DictReader(open(os.path.join(HERE, "roster.csv"), encoding="utf-8")):
    ROSTER[r["name"]] = r
def P(name):
    r = ROSTER[name]; return (name, r["email"])

CHECKS = []   # (case, what, gold, computed)
CASES = []

def it(owner, task, due=None, time=None, flags=(), calc=None, email=None, dept=None):
    if owner in ROSTER:
        email = ROSTER[owner]["email"]; dept = ROSTER[owner]["department"]
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags), "_calc": calc}

def fu(date, time=None, calc=None): return {"date": date, "time": time, "_calc": calc}
def rep(intent, items=(), percent=None, new_due=None, calc=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_calc": calc}

def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")

MAILERS = {
 "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: {subj}", "Content-Language: zh-cn"],
 "foxmail": ["X-Priority: 3", "X-GUID: {guid}", "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.375[cn]"],
 "feishu": ["X-Lms-Return-Path: <lba+{h8}@larksuite.example>", "X-Mailer: Lark Mail"],
 "gmail": [],
 "qq": ["X-QQ-mid: xmsezb{h8}", "X-QQ-XMAILINFO: {h16}", "X-Mailer: QQMail 2.x"],
 "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
 "iphone": ["X-Mailer: iPhone Mail (22F76)"],
 "dingtalk": ["X-Mailer: DingTalk Mail"],
 "mailmaster": ["X-Mailer: NetEase Mail Master (Android 7.19.6)"],
 "postfix": ["Auto-Submitted: auto-replied (failure)"],
 "coremail": ["X-Mailer: Coremail Webmail Server Version XT5.0.14"],
 "thunderbird": ["User-Agent: Mozilla Thunderbird"],
}
MSGID = {"outlook": "<{h16}@{dom}>", "gmail": "<CAF{h16}{h8}@mail.gmail.com>", "apple": "<{H8}-{H4}-4C1E-{H4}-{H12}@{dom}>",
         "iphone": "<{H8}-{H4}-4D22-{H4}-{H12}@{dom}>", "foxmail": "<{dt14}{h8}@{dom}>", "qq": "<tencent_{H16}@qq.example>",
         "feishu": "<{h8}-{h4}-{h4}-{h12}@larksuite.example>", "dingtalk": "<{h16}.dingtalk@{dom}>",
         "mailmaster": "<{h8}.{h4}.{h12}@mailmaster.example>", "postfix": "<20{h8}.{H8}@mx.{dom}>", "coremail": "<{h8}.{h4}.{h12}@{dom}>", "thunderbird": "<{h8}-{h4}-{h4}@{dom}>"}

def build(client, frm, to, cc, subj, t, text, html=None, cs="utf-8", cte="base64", irt=None, attach=None,
          extra=(), hmode="B", slug="x"):
    seed = slug + subj
    fmt = dict(h4=hx(seed+"4", 4), h8=hx(seed+"8", 8), h12=hx(seed+"c", 12), h16=hx(seed+"g", 16),
               H4=hx(seed+"4").upper()[:4], H8=hx(seed+"8").upper()[:8], H12=hx(seed+"c").upper()[:12],
               H16=hx(seed+"g").upper()[:16], guid=hx(seed+"u", 8).upper()+"-"+hx(seed+"v", 4).upper(),
               dom=frm[1].split("@")[1], subj=subj, dt14=t.strftime("%Y%m%d%H%M%S"))
    h = []
    h.append("Received: from %s (unknown [10.%d.%d.%d])\r\n\tby mx.%s (Postfix) with ESMTPS id %s;\r\n\t%s" % (
        fmt["dom"], int(fmt["h4"][:2], 16) % 250, int(fmt["h4"][2:], 16) % 250, 17, to[0][1].split("@")[1] if to else "example",
        fmt["H8"], format_datetime(t)))
    h.append("Date: " + format_datetime(t))
    h.append("From: " + addr(frm[0], frm[1], cs if cs != "utf-8" else "utf-8", hmode))
    if to: h.append("To: " + addrs(to, cs, hmode))
    if cc: h.append("Cc: " + addrs(cc, cs, hmode))
    h.append("Subject: " + hdr(subj, cs, hmode))
    h.append("Message-ID: " + MSGID[client].format(**fmt))
    if irt:
        h.append("In-Reply-To: " + irt); h.append("References: " + irt)
    for x in MAILERS[client]:
        x = x.format(**fmt)
        if x.startswith("Thread-Topic:"): x = "Thread-Topic: " + hdr(subj, cs, hmode)
        h.append(x)
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    if html is not None:
        html = html.replace("charset=utf-8", "charset=" + cs)
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)],
                     "----=_NextPart_%s" % fmt["h12"])
    else:
        body = leaf("text/plain", text, cs, cte)
    if attach:
        fn, ctype, data = attach
        inner = body
        body = multi("mixed", [inner, binleaf(ctype, data, fn)], "----=_Mixed_%s" % fmt["h8"])
    return ("\r\n".join(h) + "\r\n" + body).encode("latin-1") if False else ("\r\n".join(h) + "\r\n" + body)

def case(num, slug, kind, what, mail, items=(), followup=None, reply=None, notes=""):
    CASES.append(dict(num=num, slug=slug, kind=kind, what=what, mail=mail, items=list(items),
                      followup=followup, reply=reply, notes=notes))

def docx_bytes(paragraphs):
    import zipfile, io, html as H
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % H.escape(p) for p in paragraphs)
    files = {
     "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
     "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
     "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(files):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[n])
    return buf.getvalue()

exec(open(os.path.join(HERE, "cases_heldout14.py"), encoding="utf-8").read())

def main():
    out = HERE
    args = [a for a in sys.argv[1:] if a != "--check"]
    if args: out = args[0]
    check = "--check" in sys.argv
    bad = 0
    for c in CASES:
        name = "%d-%s" % (c["num"], c["slug"])
        for i, x in enumerate(c["items"]):
            if x["due_date"] is not None or x["_calc"] is not None:
                comp = x["_calc"].isoformat() if x["_calc"] else None
                if comp != x["due_date"]:
                    print("MISMATCH", name, "item", i+1, x["due_date"], comp); bad += 1
        for blk in (c["followup"],):
            if blk:
                comp = blk["_calc"].isoformat() if blk["_calc"] else None
                if comp != blk["date"]: print("MISMATCH", name, "followup", blk["date"], comp); bad += 1
        if c["reply"] and c["reply"]["new_due_date"]:
            comp = c["reply"]["_calc"].isoformat() if c["reply"]["_calc"] else None
            if comp != c["reply"]["new_due_date"]: print("MISMATCH", name, "new_due", comp); bad += 1
        if check: continue
        items = [{k: v for k, v in x.items() if k != "_calc"} for x in c["items"]]
        fuv = {k: v for k, v in c["followup"].items() if k != "_calc"} if c["followup"] else None
        rp = {k: v for k, v in c["reply"].items() if k != "_calc"} if c["reply"] else None
        g = {"kind": c["kind"], "items": items, "next_followup": fuv, "reply": rp, "notes": c["notes"]}
        raw = c["mail"]
        data = raw.encode("latin-1") if isinstance(raw, str) else raw
        # headers/bodies are ASCII except 8bit parts, which were built as str of the charset's bytes
        with open(os.path.join(out, name + ".eml"), "wb") as f: f.write(data)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    kinds = {}
    for c in CASES: kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("cases", len(CASES), kinds, "items", sum(len(c["items"]) for c in CASES), "mismatches", bad)
    if not check:
        with open(os.path.join(out, "CASES_TABLE.md"), "w", encoding="utf-8") as f:
            f.write("| case | kind | what it tests |\n| --- | --- | --- |\n")
            for c in CASES: f.write("| %d-%s | %s | %s |\n" % (c["num"], c["slug"], c["kind"], c["what"]))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
