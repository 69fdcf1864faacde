#!/usr/bin/env python3
"""Generator of the heldout16 blind set (cases 3001-3040). Deterministic: no clock, no randomness.
Usage: python make_heldout16.py [OUTDIR]      write NNN-slug.eml/.json (default: this dir)
       python make_heldout16.py --check [DIR]  recompute every gold date and compare (and with the files in DIR)
Needs chinesecalendar (use /work/blind/venv/bin/python)."""
import sys, os, json, re, zipfile, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import *

CASES = []
BOTS = {"kq": ("纪要助手", "jiyao@kangqu-med.example.cn"), "hs": ("会议纪要机器人", "minutes@haisheng-foods.example.cn"),
        "lg": ("todo-bot", "todo-bot@leapgrowth.example.com"), "zq": ("纪要助手", "jiyao@zhuqian-build.example.cn")}
def P(name):
    r = ROSTER[name]; return (name, r["email"])

def mail(client, frm, to, cc, subj, date, text, html=None, cs="utf-8", cte="base64", irt=None, refs=None,
         atts=(), extra=(), tz="+0800", seed="", plain_only=False, html_only=False):
    seed = seed or subj + date
    dom = frm[1].split("@")[1]
    H = []
    hcs = cs if cs.lower() not in ("gbk",) else "GBK"
    mode = "B"
    quote = client in ("foxmail", "qq")
    def A(p): return addrs(p, hcs, mode, quote)
    if html is None and not plain_only:
        html = html_of(text)
        if cs.lower() != "utf-8": html = html.replace("charset=utf-8", "charset=" + cs)
    ptext = text_of_table(text)
    if plain_only:
        body = leaf("text/plain", ptext, cs, cte, "" if client != "thunderbird" else "")
    elif html_only:
        body = leaf("text/html", html, cs, cte)
    else:
        b = {"outlook": "----=_NextPart_000_00%s_01DC%s.%s" % (hx(seed, 2).upper(), hx(seed + "s", 4).upper(), hx(seed + "t", 8).upper()),
             "foxmail": "----=_001_NextPart%s_=----" % str(int(hx(seed, 10), 16))[:12],
             "qq": "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper()),
             "coremail": "----=_Part_%d_%d.%s" % (int(hx(seed, 4), 16), int(hx(seed + "c", 6), 16), "17" + str(int(hx(seed + "z", 8), 16))[:11]),
             "gmail": "000000000000%s" % hx(seed, 16),
             "apple": "Apple-Mail=_%s" % hx(seed, 32).upper(),
             "lark": "%s" % hx(seed, 30),
             "dingtalk": "----=ALIBOUNDARY_%s" % hx(seed, 20),
             }.get(client, "=_" + hx(seed, 24))
        body = multi("alternative", [leaf("text/plain", ptext, cs, cte), leaf("text/html", html, cs, cte)], b)
    if atts:
        body = multi("mixed", [body] + list(atts), "mix_" + hx(seed + "m", 24))
    # header block
    rcv_ip = "10.%d.%d.%d" % tuple(int(hx(seed + k, 2), 16) for k in "abc")
    H.append(f"Received: from mail.{dom} (unknown [{rcv_ip}])\r\n\tby mx.{BOT_OF(to, cc)[1].split('@')[1]} (Postfix) with ESMTPS id {hx(seed,10).upper()}\r\n\tfor <{BOT_OF(to, cc)[1]}>; {rfcdate(date, tz)}")
    if client == "outlook":
        H += [f"From: {A([frm])}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
        if refs: H.append("References: " + "\r\n ".join(refs))
        if irt: H.append("In-Reply-To: " + irt)
        H += [f"Subject: {ew(subj, hcs)}", f"Date: {rfcdate(date, tz)}",
              f"Message-ID: <000001dc{hx(seed,4)}${hx(seed+'a',8)}${hx(seed+'b',8)}$@{dom}>",
              "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
              "Thread-Index: AQH" + hx(seed + "ti", 20) + "==", "Content-Language: zh-cn"]
    elif client == "foxmail":
        H += [f"Date: {rfcdate(date, tz)}", f"From: {A([frm])}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
        H += [f"Subject: {ew(subj, hcs)}"]
        if refs: H.append("References: " + "\r\n ".join(refs))
        if irt: H.append("In-Reply-To: " + irt)
        H += ["X-Priority: 3", f"X-GUID: {hx(seed,8).upper()}-{hx(seed+'g',4).upper()}-{hx(seed+'h',4).upper()}-{hx(seed+'i',4).upper()}-{hx(seed+'j',12).upper()}",
              f"X-Has-Attach: {'yes' if atts else 'no'}", "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0",
              f"Message-ID: <{re.sub(r'[^0-9]', '', date)[:14]}{int(hx(seed,5),16)%10**7:07d}@{dom}>"]
    elif client == "qq":
        H += [f"X-QQ-mid: xmsezb{int(hx(seed,1),16)%9}-0t{int(hx(seed,7),16)}t{hx(seed+'q',7)}",
              f"X-Originating-IP: 183.62.{int(hx(seed,2),16)%250}.{int(hx(seed+'o',2),16)%250}",
              f"From: {A([frm])}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
        H += [f"Subject: {ew(subj, hcs)}", "Mime-Version: 1.0", f"Date: {rfcdate(date, tz)}", "X-Priority: 3",
              f"Message-ID: <tencent_{hx(seed,36).upper()}@qq.com>"]
        if irt: H.append("In-Reply-To: " + irt)
        if refs: H.append("References: " + " ".join(refs))
        H += ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    elif client == "coremail":
        H += [f"Date: {rfcdate(date, tz)}", f"From: {A([frm])}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
        H += [f"Subject: {ew(subj, hcs)}"]
        if irt: H.append("In-Reply-To: " + irt)
        if refs: H.append("References: " + " ".join(refs))
        H += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9fb5c5a4)",
              f"X-Originating-IP: [{rcv_ip}]", f"Message-ID: <{hx(seed,8)}.{int(hx(seed+'n',4),16)}.{hx(seed+'p',12)}.{dom.split('.')[0]}@{dom}>",
              "MIME-Version: 1.0", f"X-Coremail-Locale: zh_CN", f"X-CM-TRANSID: {hx(seed+'tr',22)}--.{hx(seed+'tq',6)}"]
    elif client == "gmail":
        H += ["MIME-Version: 1.0"]
        if refs: H.append("References: " + " ".join(refs))
        if irt: H.append("In-Reply-To: " + irt)
        H += [f"From: {A([frm])}", f"Date: {rfcdate(date, tz)}",
              f"Message-ID: <CA{hx(seed,6).upper()}+{hx(seed+'x',30)}@mail.gmail.com>",
              f"Subject: {ew(subj, 'UTF-8')}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
    elif client == "apple":
        H += [f"From: {A([frm])}"]
        H += [f"Mime-Version: 1.0 (1.0)", f"Date: {rfcdate(date, tz)}", f"Subject: {ew(subj, 'utf-8')}",
              f"Message-Id: <{hx(seed,8).upper()}-{hx(seed+'1',4).upper()}-{hx(seed+'2',4).upper()}-{hx(seed+'3',4).upper()}-{hx(seed+'4',12).upper()}@{dom}>"]
        if refs: H.append("References: " + " ".join(refs))
        if irt: H.append("In-Reply-To: " + irt)
        H += [f"Cc: {A(cc)}"] if cc else []
        H += [f"To: {A(to)}", "X-Mailer: iPhone Mail (22D72)" if "iphone" in seed else "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    elif client == "thunderbird":
        H += [f"Message-ID: <{hx(seed,8)}-{hx(seed+'a',4)}-{hx(seed+'b',4)}-{hx(seed+'c',4)}-{hx(seed+'d',12)}@{dom}>",
              f"Date: {rfcdate(date, tz)}", "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: zh-CN"]
        if refs: H.append("References: " + " ".join(refs))
        if irt: H.append("In-Reply-To: " + irt)
        H += [f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else []) + [f"From: {A([frm])}", f"Subject: {ew(subj, 'UTF-8')}"]
    elif client in ("lark", "dingtalk", "raw"):
        H += [f"From: {A([frm])}", f"To: {A(to)}"] + ([f"Cc: {A(cc)}"] if cc else [])
        H += [f"Subject: {ew(subj, 'UTF-8')}", f"Date: {rfcdate(date, tz)}", "MIME-Version: 1.0",
              f"Message-ID: <{hx(seed,32)}@{dom}>"]
        if irt: H.append("In-Reply-To: " + irt)
        if refs: H.append("References: " + " ".join(refs))
    H += list(extra)
    hdr = "\r\n".join(H).encode("ascii") + b"\r\n"
    return hdr + body

def BOT_OF(to, cc):
    for n, e in list(to) + list(cc or []):
        if e.split("@")[0] in ("jiyao", "minutes", "todo-bot"): return (n, e)
    return ("", "mx@example.invalid")

def mid_of(raw):
    m = re.search(rb"^Message-I[Dd]: (<[^>]+>)", raw, re.M); return m.group(1).decode()

def case(num, slug, kind, raw, notes, items=(), fu=None, reply=None, what=""):
    CASES.append((num, slug, kind, raw, {"kind": kind, "items": list(items), "next_followup": fu, "reply": reply,
                                          "notes": notes}, what))
    return mid_of(raw)

from cases_a import build_a
from cases_b import build_b

def main():
    build_a(globals()); build_b(globals())
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    if ERR:
        print("\n".join(ERR)); sys.exit(1)
    for num, slug, kind, raw, g, what in CASES:
        base = os.path.join(out, f"{num}-{slug}")
        if check:
            for ext, data in ((".eml", raw), (".json", (json.dumps(g, ensure_ascii=False, indent=2) + "\n").encode())):
                if os.path.exists(base + ext) and open(base + ext, "rb").read() != data:
                    ERR.append(f"{base}{ext} differs from the generator")
        else:
            open(base + ".eml", "wb").write(raw)
            open(base + ".json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
    if ERR:
        print("\n".join(ERR)); sys.exit(1)
    from collections import Counter
    print(len(CASES), "cases", dict(Counter(c[2] for c in CASES)),
          sum(len(c[4]["items"]) for c in CASES), "items", "check OK" if check else "written")

if __name__ == "__main__":
    main()
