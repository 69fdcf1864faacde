#!/usr/bin/env python3
"""Generate the heldout19 blind set: NNN-slug.eml + NNN-slug.json.
Usage: python make_heldout19.py [--check]   (deterministic; --check recomputes every gold date)."""
import sys, json, datetime as dt, io, zipfile
from pathlib import Path
sys.path.insert(0, __import__("os").path.dirname(__file__))
from gen_base import *

BOTS = {"qnep": ("纪要助手", "minutes@qnep.example.cn"),
        "qimu": ("Minutes Bot", "minutebot@qimu-studio.example.com"),
        "ever": ("會議紀錄助手", "minutes@everlink-hk.example.com"),
        "jc7z": ("教研纪要", "jiaoyan@jc7z.example.edu.cn")}
def P(name):  # roster person -> (display, email)
    r = ROSTER[name]; return (name, r["email"])
EXT = {"才让东智": ("才让东智", "cairang.dz@hhsolar-owner.example.cn"),
       "孙立新": ("孙立新", "sunlixin@xbjianli.example.cn"),
       "钱建国": ("钱建国", "qianjg@keqiao-textile.example.cn"),
       "Peter Lau": ("Peter Lau", "peter.lau@lumen-home.example.hk")}

CASES = []
def case(n, slug, kind, sent, org, frm, to, subject, text, cc=(), cs="utf-8", cte="base64", client="outlook",
         html_body=None, items=(), fu=None, reply=None, notes="", date_tz=None, extra=(), irt=None, attach=None,
         html_only=False, hcs=None, mode="B"):
    CASES.append(dict(n=n, slug=slug, kind=kind, sent=sent, org=org, frm=frm, to=list(to), cc=list(cc),
                      subject=subject, text=text, cs=cs, cte=cte, client=client, html=html_body, items=list(items),
                      fu=fu, reply=reply, notes=notes, date_tz=date_tz, extra=list(extra), irt=irt, attach=attach,
                      html_only=html_only, hcs=hcs or cs, mode=mode))
def T(y, mo, d, h, mi, s=0, tz=TZ8): return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

from cases_a import add_cases
add_cases(case, T, P, EXT, BOTS)

MAILERS = {"outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")],
           "outlook-hk": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-hk")],
           "foxmail": [("X-Priority", "3"), ("X-GUID", None), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
           "qq": [("X-QQ-mid", None), ("X-QQ-SSF", "00000000000000F000000000000000Z")],
           "feishu": [("X-Lms-Return-Path", None), ("X-Mailer", "Feishu Mail")],
           "dingtalk": [("X-Mailer", "DingTalk Mail")],
           "gmail": [],
           "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
           "iphone": [("X-Mailer", "iPhone Mail (22F76)")],
           "coremail": [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)")],
           "exchange": [("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1")],
           "plain": []}

def build(c):
    sent = c["sent"]; org = c["org"]; seed = "%d-%s" % (c["n"], c["slug"])
    dom = BOTS[org][1].split("@")[1]
    fdom = c["frm"][1].split("@")[1]
    hs = [("Return-Path", "<%s>" % c["frm"][1] if c["kind"] != "auto" or "MAILER" not in c["frm"][1] else "<>"),
          ("Received", "from mx.%s (mx.%s [10.%d.%d.%d])\r\n\tby mail.%s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
              fdom, fdom, c["n"] % 200, 17, 40 + c["n"] % 100, dom, hx(seed, 10), BOTS[org][1], rfc_date(sent + dt.timedelta(seconds=3))))]
    hs.append(("Date", rfc_date(sent, c["date_tz"])))
    hs.append(("From", addr(c["frm"][0], c["frm"][1], c["cs"] if c["cs"] != "us-ascii" else "utf-8", c["mode"])))
    hcs = c["cs"] if c["cs"] not in ("us-ascii",) else "utf-8"
    hs.append(("To", addrs(c["to"], hcs, c["mode"])))
    if c["cc"]: hs.append(("Cc", addrs(c["cc"], hcs, c["mode"])))
    hs.append(("Subject", ew(c["subject"], hcs, c["mode"])))
    mid = "<%s.%s@%s>" % (hx(seed, 12).upper(), hx(seed + "m", 8), fdom)
    if c["client"] == "gmail": mid = "<CA%s+%s@mail.gmail.com>" % (hx(seed, 20), hx(seed + "g", 12))
    hs.append(("Message-ID", mid))
    if c["irt"]:
        hs.append(("In-Reply-To", c["irt"])); hs.append(("References", c["irt"]))
    for k, v in MAILERS.get(c["client"], []):
        hs.append((k, v if v is not None else hx(seed + k, 24)))
    hs.extend(c["extra"])
    text = c["text"]
    if c["html"]:   # text_to_html() head + appended tables: close the document once, at the end
        hb = c["html"]; tail = "</div></body></html>"
        if tail in hb and not hb.rstrip().endswith(tail):
            c["html"] = hb.replace(tail, "", 1) + "\n" + tail
    if c["html_only"]:
        part = leaf("text/html", c["html"].replace("{cs}", c["hcs"]), c["hcs"], c["cte"])
    elif c["html"]:
        part = multi("alternative", [leaf("text/plain", text, c["cs"], c["cte"]),
                                     leaf("text/html", c["html"].replace("{cs}", c["hcs"]), c["hcs"], c["cte"])],
                     "----=_NextPart_%s" % hx(seed + "b", 20))
    else:
        extra = '; format=flowed' if c["client"] in ("apple", "iphone") and c["cte"] != "base64" else ""
        part = leaf("text/plain", text, c["cs"], c["cte"], extra)
    if c["attach"]:
        fname, ctype, data = c["attach"]
        part = multi("mixed", [part, leaf_bin(ctype, data, fname)], "----=_Mixed_%s" % hx(seed + "x", 18))
    return envelope(hs, part)

def gold(c):
    def clean(d):
        return {k: v for k, v in d.items() if not k.startswith("_")} if d else d
    return {"kind": c["kind"], "items": [clean(i) for i in c["items"]], "next_followup": clean(c["fu"]),
            "reply": clean(c["reply"]), "notes": c["notes"]}

def check(c):
    errs = []
    sent = c["sent"].astimezone(TZ8).date()
    objs = [("item%d" % (k + 1), i, "due_date") for k, i in enumerate(c["items"])]
    if c["fu"]: objs.append(("next_followup", c["fu"], "date"))
    if c["reply"] and c["reply"].get("new_due_date"): objs.append(("reply", c["reply"], "new_due_date"))
    for what, o, key in objs:
        if o[key] is None:
            if o.get("_spec"): errs.append("%s: spec given but date null" % what)
            continue
        if not o.get("_spec"):
            errs.append("%s: no spec to recompute %s" % (what, o[key])); continue
        got = compute(o["_spec"], sent).isoformat()
        if got != o[key]: errs.append("%s: gold %s but computed %s from %s" % (what, o[key], got, o["_spec"]))
    if c["kind"] != "minutes" and (c["items"] or c["fu"]): errs.append("non-minutes with items/followup")
    if c["kind"] == "reply" and not c["reply"]: errs.append("reply without reply block")
    return errs

def main():
    out = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), HERE))   # OUTDIR (the regression test's)
    bad = 0
    for c in CASES:                            # every gold date recomputed before anything is written
        for x in check(c): print("%d-%s: %s" % (c["n"], c["slug"], x)); bad += 1
    if bad:
        sys.exit(1)
    if "--check" in sys.argv:
        for c in CASES:
            e = check(c)
            for x in e: print("%d-%s: %s" % (c["n"], c["slug"], x)); bad += 1
        print("checked %d cases, %d problems" % (len(CASES), bad)); sys.exit(1 if bad else 0)
    for c in CASES:
        name = "%d-%s" % (c["n"], c["slug"])
        (out / (name + ".eml")).write_bytes(build(c))
        (out / (name + ".json")).write_text(json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote %d cases" % len(CASES))

if __name__ == "__main__":
    main()
