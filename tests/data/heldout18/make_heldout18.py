#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes the heldout18 blind set (NNN-slug.eml + .json) into this directory.
Deterministic: no clock, no randomness.  `--check` re-computes every gold date and compares.
Run with /work/blind/venv/bin/python (needs chinesecalendar)."""
import csv, json, sys, datetime as dt
from pathlib import Path
from gen_base import *

OUT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), Path(__file__).resolve().parent))   # OUTDIR
P = {r["name"]: r for r in csv.DictReader(open(Path(__file__).resolve().parent / "roster.csv", encoding="utf-8"))}
BOTS = {"A": ("纪要助手", "jiyao@xlcm.example.cn"), "B": ("Minutes Bot", "minutes@huhenglaw.example.com"),
        "C": ("督办助手", "dbzs@ycx.example.gov.cn"), "D": ("Keman Todo", "todo@kemanbeauty.example.com")}
EXT = {"Helen Zhou": "helen.zhou@huayue-med.example.com", "周海伦": "helen.zhou@huayue-med.example.com",
       "Park Ji-won": "jwpark@hanbitcos.example.co.kr", "Lee Min-seo": "mslee@hanbitcos.example.co.kr",
       "县委农办": "nb@ycx.example.gov.cn", "Amy Lin": "amy.lin@starlinkmcn.example.com"}
CASES = []
CHECKS = []  # (case, what, gold, computed)

def who(n):
    if n in P:
        return (n, P[n]["email"])
    for b in BOTS.values():
        if n == b[0]:
            return b
    return (n, EXT[n])

def I(owner, task, due=None, time=None, flags=(), calc=None, dept=None):
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner:
        email = EXT[owner]
    else:
        email = None
    it = {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
          "due_time": time, "flags": list(flags)}
    it["_calc"] = calc
    return it

def FU(date, time=None, calc=None):
    return {"date": date, "time": time, "_calc": calc}

def REP(intent, items=(), percent=None, new_due=None, calc=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_calc": calc}

def t8(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ8)

def sd(c):
    return c["t"].astimezone(TZ8).date()

# ------------------------------------------------------------------ client shapes
def build(c):
    t = c["t"]; cs = c.get("cs", "utf-8"); hl = c.get("hcs", cs if cs != "gbk" else "GBK")
    client = c["client"]; seed = c["id"]
    frm = haddr(*who(c["frm"]), label=hl); to = ", ".join(haddr(*who(x), label=hl) for x in c["to"])
    ccs = ", ".join(haddr(*who(x), label=hl) for x in c.get("cc", []))
    dom = who(c["frm"])[1].split("@")[1]
    text = c["text"]; htm = c.get("html")
    if htm is None and client in ("outlook", "foxmail", "exmail", "coremail", "gmail", "feishu", "dingtalk", "wecom"):
        htm = text_to_html(text, font=c.get("font", "微软雅黑"))
    cte = c.get("cte", "base64")
    if htm is not None:
        if client == "outlook":
            htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                   '<head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator '
                   'content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN link="#0563C1" '
                   'style="text-align:justify;text-justify:inter-ideograph"><div class=WordSection1>\n%s\n</div></body></html>'
                   % (cs, htm))
        else:
            htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>' % (cs, htm)
        body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=c.get("crlf", False)),
                                     leaf("text/html", htm, cs, cte, crlf=c.get("crlf", False))],
                     c.get("boundary", "----=_NextPart_%s" % hx(seed, 20)))
    else:
        body = leaf("text/plain", text, cs, cte, params=c.get("tparams", ()))
    if c.get("attach"):
        fname, data, ctype = c["attach"]
        att = leaf(ctype, data=data, cte="base64", params=(("name", htext(fname, "utf-8")),),
                   headers=(("Content-Disposition", 'attachment; filename="%s"' % htext(fname, "utf-8")),))
        body = multi("mixed", [body, att], "----=_Mixed_%s" % hx(seed + "m", 16))
    H = [("Received", "from %s (unknown [10.%d.%d.%d])\n\tby mx.%s with ESMTPS id %s;\n\t%s" %
          (c.get("host", "mail." + dom), int(hx(seed, 2), 16) % 250, int(hx(seed + "a", 2), 16) % 250,
           int(hx(seed + "b", 2), 16) % 250, BOTS[c["org"]][1].split("@")[1], hx(seed + "r", 12).upper(),
           rfc_date(t + dt.timedelta(seconds=3))))]
    mid = c.get("mid")
    if client in ("outlook", "outlook_en"):
        mid = mid or "<%s$%s$%s@%s>" % (hx(seed, 12), hx(seed + "1", 8), hx(seed + "2", 8), dom)
        H += [("From", frm), ("To", to)] + ([("Cc", ccs)] if ccs else []) + [("Subject", htext(c["subj"], hl)),
             ("Date", rfc_date(t)), ("Message-ID", mid)]
        if c.get("irt"):
            H += [("In-Reply-To", c["irt"]), ("References", c["irt"])]
        H += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", hb64(seed, 22)),
              ("Content-Language", c.get("lang", "zh-cn"))]
    elif client == "foxmail":
        mid = mid or "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(seed, 10), dom)
        H += [("Date", t.strftime("%a, %d %b %Y %H:%M:%S +0800")), ("From", frm), ("To", to)] + \
             ([("Cc", ccs)] if ccs else []) + [("Subject", htext(c["subj"], hl))]
        if c.get("irt"):
            H += [("References", c["irt"]), ("In-Reply-To", c["irt"])]
        H += [("X-Priority", "3"), ("X-GUID", hx(seed, 8).upper() + "-" + hx(seed + "g", 4).upper()),
              ("X-Has-Attach", "yes" if c.get("attach") else "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
              ("Mime-Version", "1.0"), ("Message-ID", mid)]
    elif client in ("exmail", "wecom"):
        mid = mid or "<tencent_%s@qq.com>" % hx(seed, 40).upper() if client == "exmail" else mid or \
              "<tencent_%s@exmail.qq.com>" % hx(seed, 40).upper()
        H += [("X-QQ-mid", "bizesmtp%st%sto%s" % (hx(seed, 3), int(t.timestamp()), hx(seed + "q", 4))),
              ("X-QQ-SSF", "00000000000000F0"), ("From", frm), ("To", to)] + ([("Cc", ccs)] if ccs else []) + \
             [("Subject", htext(c["subj"], hl)), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
              ("X-Priority", "3"), ("Message-ID", mid)]
        if c.get("irt"):
            H += [("In-Reply-To", c["irt"]), ("References", c["irt"])]
        H += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    elif client == "coremail":
        mid = mid or "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "c", 4), hx(seed + "d", 4), dom)
        H += [("Date", rfc_date(t)), ("From", frm), ("To", to)] + ([("Cc", ccs)] if ccs else []) + \
             [("Subject", htext(c["subj"], hl)), ("X-Priority", "3"),
              ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240129(c6e7b5f4)"),
              ("X-Coremail-Locale", "zh_CN"), ("MIME-Version", "1.0"), ("Message-ID", mid)]
        if c.get("irt"):
            H += [("In-Reply-To", c["irt"]), ("References", c["irt"])]
    elif client == "gmail":
        mid = mid or "<CA%s+%s@mail.gmail.com>" % (hx(seed, 12), hb64(seed, 18).replace("/", "_"))
        H += [("MIME-Version", "1.0"), ("From", frm), ("Date", rfc_date(t)), ("Message-ID", mid)]
        if c.get("irt"):
            H += [("In-Reply-To", c["irt"]), ("References", c["irt"])]
        H += [("Subject", htext(c["subj"], hl)), ("To", to)] + ([("Cc", ccs)] if ccs else [])
    elif client in ("apple", "iphone"):
        mid = mid or "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(), hx(seed + "5", 12).upper(), dom)
        H += [("From", frm), ("Mime-Version", "1.0 (1.0)" if client == "iphone" else
               "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"), ("Subject", htext(c["subj"], hl)),
              ("Date", rfc_date(t)), ("Message-Id", mid)]
        if c.get("irt"):
            H += [("References", c["irt"]), ("In-Reply-To", c["irt"])]
        H += [("To", to)] + ([("Cc", ccs)] if ccs else []) + \
             [("X-Mailer", "iPhone Mail (22F76)" if client == "iphone" else "Apple Mail (2.3826.300.87.4.3)")]
    elif client in ("feishu", "dingtalk"):
        mid = mid or "<%s@%s>" % (hx(seed, 32), "larksuite.com" if client == "feishu" else "dingtalk.com")
        H += [("Date", rfc_date(t)), ("From", frm), ("To", to)] + ([("Cc", ccs)] if ccs else []) + \
             [("Subject", htext(c["subj"], hl)), ("Message-ID", mid), ("MIME-Version", "1.0")]
        if c.get("irt"):
            H += [("In-Reply-To", c["irt"]), ("References", c["irt"])]
    H += c.get("extra", [])
    msg = envelope(H, body)
    c["mid_out"] = mid
    return serialize(msg, crlf=c.get("crlf", False))

def case(**c):
    CASES.append(c)
    return c

def fmt_recap(org, items, subj):
    """The bot's recap as it appears quoted in replies (plain text)."""
    lines = ["【%s】会议纪要待办确认：%s" % (BOTS[org][0], subj), "", "序号 | 事项 | 负责人 | 截止时间"]
    for n, (task, owner, due) in enumerate(items, 1):
        lines.append("%d | %s | %s | %s" % (n, task, owner, due))
    lines += ["", "如有异议请于今日内回复。回复“确认”/“有异议+原因”/“已完成”/“进度80%”/“延期至X月X日”即可更新。"]
    return lines

exec(open(Path(__file__).resolve().parent / "cases_heldout18.py", encoding="utf-8").read())

def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k != "_calc"}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o

def check_gold(c):
    g = c["gold"]; errs = []
    for it in g["items"]:
        if it["due_date"] is None:
            if "vague_due" not in it["flags"] and "no_due" not in it["flags"]:
                errs.append("%s: null due without flag: %s" % (c["id"], it["task"]))
            if it["_calc"] is not None:
                errs.append("%s: calc for null due" % c["id"])
        else:
            if it["_calc"] is None or str(it["_calc"]) != it["due_date"]:
                errs.append("%s: %s gold %s computed %s" % (c["id"], it["task"], it["due_date"], it["_calc"]))
        if it["owner_name"] is None and "no_owner" not in it["flags"]:
            errs.append("%s: null owner without flag" % c["id"])
    for key in ("next_followup", "reply"):
        v = g.get(key)
        if v:
            d = v.get("date") if key == "next_followup" else v.get("new_due_date")
            if d is not None and str(v["_calc"]) != d:
                errs.append("%s: %s gold %s computed %s" % (c["id"], key, d, v["_calc"]))
    if g["kind"] != "minutes" and g["items"]:
        errs.append("%s: items on non-minutes" % c["id"])
    return errs

def main():
    check = "--check" in sys.argv
    errs = []
    for c in CASES:
        data = build(c)
        errs += check_gold(c)
        name = "%s-%s" % (c["id"], c["slug"])
        if not check:
            (OUT / (name + ".eml")).write_bytes(data)
            (OUT / (name + ".json")).write_text(json.dumps(strip(c["gold"]), ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")
        else:
            p = OUT / (name + ".eml")
            if not p.exists() or p.read_bytes() != data:
                errs.append("%s: .eml differs from generator output" % name)
    for e in errs:
        print("ERROR", e)
    kinds = {}
    for c in CASES:
        kinds[c["gold"]["kind"]] = kinds.get(c["gold"]["kind"], 0) + 1
    print("%d cases %s, %d items; %s" % (len(CASES), kinds, sum(len(c["gold"]["items"]) for c in CASES),
                                        "OK" if not errs else "FAILED"))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
