#!/usr/bin/env python3
"""heldout11 blind set for minutebot. Deterministic (no clock, no randomness).
    python gen_heldout11.py [OUTDIR]           # write .eml/.json + roster.csv (into this folder when no OUTDIR is given)
    python gen_heldout11.py --check [OUTDIR]   # re-check every gold date against chinese_calendar / rules
(Written in /work/blind/heldout11; copied here as the regression suite's generator, OUTDIR added.)
Run with /work/blind/venv/bin/python (needs chinesecalendar for 2025/2026; 2027 cases use no workday rules)."""
import base64, binascii, calendar, csv, datetime as dt, hashlib, html, io, json, sys
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path
import chinese_calendar as cc

HERE = Path(__file__).resolve().parent
_DIRS = [a for a in sys.argv[1:] if not a.startswith("-")]
OUT = Path(_DIRS[0]).resolve() if _DIRS else HERE      # gen_heldout11.py [OUTDIR] [--check]
TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date.fromisoformat

# ---------------- calendar rules ----------------
def workday(d): return cc.is_workday(d)
def add_wd(s, n):
    d = s
    while n:
        d += dt.timedelta(days=1)
        if workday(d): n -= 1
    return d
def first_wd_after_holiday(s):
    """节后第一个工作日: first working day after the next statutory holiday block after s."""
    d = s + dt.timedelta(days=1)
    while not (cc.is_holiday(d) and cc.get_holiday_detail(d)[1] is not None): d += dt.timedelta(days=1)
    while not workday(d): d += dt.timedelta(days=1)
    return d
def this_or_next(s, wd):
    c = s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=wd)
    return c if c >= s else c + dt.timedelta(days=7)
def next_week(s, wd): return s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=7 + wd)
def month_end(s): return dt.date(s.year, s.month, calendar.monthrange(s.year, s.month)[1])
def next_wd(s):
    d = s + dt.timedelta(days=1)
    while not workday(d): d += dt.timedelta(days=1)
    return d
RULES = {
    "abs": lambda s, a: None,
    "today": lambda s, a: s,
    "tomorrow": lambda s, a: s + dt.timedelta(days=1),
    "wd": lambda s, a: this_or_next(s, a),
    "nw": lambda s, a: next_week(s, a),
    "wk": lambda s, a: add_wd(s, a),
    "afterhol": lambda s, a: first_wd_after_holiday(s),
    "me": lambda s, a: month_end(s),
    "nextwd": lambda s, a: next_wd(s),
    "days": lambda s, a: s + dt.timedelta(days=a),
}

# ---------------- people ----------------
ROSTER = [
    # name, email, department, head?, aliases
    ("周文澜", "zhouwl@jzph.example.org.cn", "医务科", True, "周科长;Zhou Wenlan;周科"),
    ("贺晓鹏", "hexp@jzph.example.org.cn", "医务科", False, "小贺;贺干事;He Xiaopeng"),
    ("杜秋萍", "duqp@jzph.example.org.cn", "护理部", True, "杜主任;杜秋萍主任;Du Qiuping"),
    ("韩雪", "hanxue@jzph.example.org.cn", "护理部", False, "韩护士长;心内科护士长;Han Xue"),
    ("孔令芳", "konglf@jzph.example.org.cn", "护理部", False, "孔护士长;急诊科护士长;Kong Lingfang"),
    ("宋立群", "songlq@jzph.example.org.cn", "信息科", True, "宋科长;Song Liqun"),
    ("邵晨", "shaochen@jzph.example.org.cn", "信息科", False, "邵工;小邵;Shao Chen"),
    ("姜明远", "jiangmy@jzph.example.org.cn", "质控科", True, "姜主任;Jiang Mingyuan"),
    ("梁振东", "liangzd@yuelong-dev.example.cn", "工程部", True, "梁总;梁总监;Liang Zhendong"),
    ("冯嘉豪", "fengjh@yuelong-dev.example.cn", "工程部", False, "冯工;Feng Jiahao;豪哥"),
    ("钟伟强", "zhongwq@yuelong-dev.example.cn", "工程部", False, "小钟;钟工;Zhong Weiqiang"),
    ("潘慧敏", "panhm@yuelong-dev.example.cn", "成本合约部", True, "潘经理;Pan Huimin"),
    ("黎诗琪", "lisq@yuelong-dev.example.cn", "报建部", True, "黎经理;Li Shiqi"),
    ("沈若溪", "shenrx@qhschool.example.cn", "教务处", True, "沈主任;Shen Ruoxi"),
    ("陶静", "taojing@qhschool.example.cn", "初二年级组", True, "陶老师;陶组长;Tao Jing"),
    ("石磊", "shilei@qhschool.example.cn", "初二年级组", False, "石老师;Shi Lei"),
    ("邹建", "zoujian@qhschool.example.cn", "数学教研组", True, "邹老师;邹组长;Zou Jian"),
    ("魏晓婷", "weixt@qhschool.example.cn", "数学教研组", False, "魏老师;婷婷老师;Wei Xiaoting"),
    ("袁芳", "yuanfang@qhschool.example.cn", "英语教研组", True, "袁老师;Yuan Fang;Fiona"),
    ("Priya Raman", "priya.raman@lumora.example.sg", "Engineering", True, "Priya;PR;@priya"),
    ("何俊杰", "junjie.he@lumora.example.sg", "Engineering", False, "Junjie He;Junjie;JJ;@junjie;何工"),
    ("谢子涵", "zihan.xie@lumora.example.sg", "Engineering", False, "Zihan Xie;Zihan;@zihan;子涵"),
    ("蒋雨", "yu.jiang@lumora.example.sg", "QA", True, "Yu Jiang;Yu;@yujiang;雨姐"),
    ("Marcus Lee", "marcus.lee@lumora.example.sg", "Product", True, "Marcus;@marcus;ML"),
    ("罗可欣", "kexin.luo@lumora.example.sg", "Product", False, "Kexin Luo;Kexin;@kexin;可欣"),
    ("Daniel Ong", "daniel.ong@lumora.example.sg", "SRE", True, "Dan;Dan Ong;@dan.ong"),
    ("陈嘉欣", "kayan.chan@lumora.example.sg", "Solutions", True, "Chan Ka Yan;Kayan;陳嘉欣"),
]
P = {r[0]: {"email": r[1], "department": r[2]} for r in ROSTER}
HEAD = {r[2]: r[1] for r in ROSTER if r[3]}
EXT = {"谭国栋": "tangd@hengzheng-jl.example.cn", "曾志勇": "zengzy@suihong-build.example.cn",
       "Tanaka Ken": "k.tanaka@medivue.example.jp", "Wong Siew Ling": "siewling.wong@lumora.example.sg"}
BOTS = {"h": ("院务纪要助手", "jiyao@jzph.example.org.cn"), "d": ("会议纪要机器人", "minutes@yuelong-dev.example.cn"),
        "s": ("教务纪要助手", "jiyao-bot@qhschool.example.cn"), "l": ("Minutes Bot", "minutes@lumora.example.sg")}
def addr(n): return P[n]["email"] if n in P else EXT[n]

# ---------------- gold helpers ----------------
def it(owner, task, due=None, rule=None, arg=None, time=None, flags=(), dept=None, email=None):
    if owner in P: email, dept = P[owner]["email"], P[owner]["department"]
    elif owner in EXT and email is None: email = EXT[owner]
    fl = list(flags)
    if owner is None and "no_owner" not in fl: fl.append("no_owner")
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
            "due_time": time, "flags": fl, "_rule": (rule, arg)}
def fu(date, time=None, rule=None, arg=None): return {"date": date, "time": time, "_rule": (rule, arg)}
def rep(intent, items=(), percent=None, new_due=None, rule=None, arg=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_rule": (rule, arg)}

# ---------------- MIME helpers (adapted from the dev corpus approach) ----------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}
def ew(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    out, cur = [], ""
    def enc(s):
        raw = s.encode(CODEC[label])
        if mode == "B": body = base64.b64encode(raw).decode()
        else: body = "".join(chr(b) if chr(b).isalnum() and b < 128 else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > 66: out.append(enc(cur)); cur = ch
        else: cur += ch
    out.append(enc(cur))
    return "\n ".join(out)
def ha(name, email, label="utf-8", mode="B", quote=False):
    if not name: return email
    if all(ord(c) < 128 for c in name): return '"%s" <%s>' % (name, email) if (" " in name or quote) else "%s <%s>" % (name, email)
    w = ew(name, label, mode).replace("\n ", " ")
    return ('"%s" <%s>' if quote else "%s <%s>") % (w, email)
def has(names, label="utf-8", mode="B", quote=False):
    return ", ".join(ha(n, addr(n), label, mode, quote) if isinstance(n, str) else ha(n[0], n[1], label, mode, quote) for n in names)
def te(data, cte):
    if cte == "base64": return base64.encodebytes(data).decode()
    if cte == "quoted-printable": return binascii.b2a_qp(data, istext=True).decode()
    return data.decode("ascii", "surrogateescape")
def leaf(ctype, text, label, cte, extra=""):
    m = Message(); m["Content-Type"] = '%s; charset="%s"%s' % (ctype, label, extra) if label else ctype
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(te(text.encode(CODEC[label]) if isinstance(text, str) else text, cte)); return m
def multi(sub, parts, b):
    m = Message(); m["Content-Type"] = 'multipart/%s; boundary="%s"' % (sub, b); m.set_payload(parts); m.epilogue = ""; return m
def to_html(text, style="font-family:微软雅黑;font-size:14px"):
    rows, out, tbl = text.split("\n"), [], []
    def flush():
        if tbl:
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
            for r in tbl: out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r.split("\t")) + "</tr>")
            out.append("</table>"); tbl.clear()
    for r in rows:
        if "\t" in r: tbl.append(r); continue
        flush(); out.append("<div>%s</div>" % (html.escape(r) if r.strip() else "<br>"))
    flush()
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body><div style="%s">\n%s\n</div></body></html>\n' % (style, "\n".join(out))
def hx(s, n): return hashlib.sha256(s.encode()).hexdigest()[:n]
def rfc(t):
    o = int(t.utcoffset().total_seconds()) // 60; sg = "+" if o >= 0 else "-"
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (["Mon","Tue","Wed","Thu","Fri","Sat","Sun"][t.weekday()], t.day,
        ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][t.month-1], t.year, t.hour, t.minute, t.second, sg, abs(o)//60, abs(o)%60)

def build(c):
    """c: dict with client, label, cte, frm, to, cc, subj, date (datetime), body, html (bool/str), extra headers."""
    cl, lab, cte = c["client"], c.get("label", "utf-8"), c.get("cte", "base64")
    seed = c["slug"]; t = c["date"]; fdom = c["frm"][1].split("@")[1]
    hmode = c.get("hmode", "B"); hl = c.get("hlabel", lab)
    hdr = [("Return-Path", "<%s>" % c.get("return_path", c["frm"][1])), ("Delivered-To", c["to_bot"]),
           ("Received", "from mail.%s (mail.%s [203.0.113.%d])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (fdom, fdom, int(hx(seed, 2), 16) % 250 + 1, c["to_bot"].split("@")[1], hx(seed, 10).upper(), c["to_bot"], rfc((t + dt.timedelta(seconds=4)).astimezone(TZ8))))]
    hdr += c.get("pre", [])
    hdr += [("Date", rfc(t)), ("From", ha(c["frm"][0], c["frm"][1], hl, hmode, quote=cl in ("outlook", "foxmail"))),
            ("To", has(c["to"], hl, hmode, cl in ("outlook", "foxmail")))]
    if c.get("cc"): hdr.append(("Cc", has(c["cc"], hl, hmode, cl in ("outlook", "foxmail"))))
    hdr.append(("Subject", ew(c["subj"], hl, hmode)))
    hdr.append(("Message-ID", c.get("mid", "<%s@%s>" % (hx(seed, 24), fdom))))
    hdr += c.get("hdrs", [])
    X = {"outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()), ("Content-Language", "zh-cn")],
         "foxmail": [("X-Priority", "3"), ("X-GUID", hx(seed, 8).upper() + "-" + hx(seed + "g", 4).upper()), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
         "qq": [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-mid", "xmsezb" + hx(seed, 30))],
         "gmail": [("X-Google-Smtp-Source", hx(seed, 40))],
         "apple": [("X-Mailer", "Apple Mail (2.3826.500.181)")],
         "iphone": [("X-Mailer", "iPhone Mail (22D72)")],
         "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")],
         "feishu": [("X-Lark-Mail", "1"), ("X-Mailer", "Lark Mail")],
         "dingtalk": [("X-Mailer", "DingTalk Mail")],
         "exmail": [("X-QQ-mid", "bizesmtp" + hx(seed, 20)), ("X-QQ-SSF", "00400000000000F0"), ("X-Mailer", "Tencent Exmail")],
         "raw": []}[cl]
    hdr += X
    body = c["body"]
    if cl in ("apple", "iphone") and not c.get("html"): part = leaf("text/plain", body, lab, c.get("cte", "quoted-printable"))
    elif cl == "thunderbird": part = leaf("text/plain", body, lab, "8bit", "; format=flowed")
    elif c.get("html_only"):
        h = c["html_only"] if isinstance(c["html_only"], str) else to_html(body)
        part = leaf("text/html", h.replace("%CS%", lab), lab, cte)
    elif c.get("plain_only"): part = leaf("text/plain", body, lab, cte)
    else:
        h = c["html"] if isinstance(c.get("html"), str) else to_html(body, "font-family:新細明體;font-size:12pt" if lab == "big5" else ("font-family:Helvetica,Arial;font-size:14px" if lab == "utf-8" else "font-family:微软雅黑;font-size:14px"))
        b = {"outlook": "----=_NextPart_000_%s" % hx(seed, 16).upper(), "foxmail": "----=_001_NextPart%s_=----" % hx(seed, 12),
             "qq": "----=_NextPart_%s_%s" % (hx(seed, 8).upper(), hx(seed+'q', 8).upper()), "gmail": "000000000000%s" % hx(seed, 16)}.get(cl, "Apple-Mail=_%s" % hx(seed, 32).upper())
        part = multi("alternative", [leaf("text/plain", body, lab, cte), leaf("text/html", h.replace("%CS%", lab), lab, cte)], b)
    if c.get("attach"):
        fn, data, ctype = c["attach"]
        a = Message(); a["Content-Type"] = '%s; name="%s"' % (ctype, ew(fn, "utf-8", "B").replace("\n ", " "))
        a["Content-Description"] = ew(fn, "utf-8", "B").replace("\n ", " ")
        a["Content-Disposition"] = 'attachment; filename="%s"' % ew(fn, "utf-8", "B").replace("\n ", " ")
        a["Content-Transfer-Encoding"] = "base64"; a.set_payload(te(data, "base64"))
        part = multi("mixed", [part, a], "----=_NextPart_001_%s" % hx(seed + "m", 16).upper())
    top = Message()
    for k, v in hdr: top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in part.items(): top[k] = v
    top._payload = part._payload; top.epilogue = part.epilogue
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n" if cl in ("outlook", "exmail") else "\n", max_line_length=78)).flatten(top)
    return buf.getvalue()

def docx(paras):
    """Minimal WordprocessingML .docx (raw XML zip, fixed timestamps). paras: str or list-of-rows (table)."""
    import zipfile
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    def p(t): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t)
    body = []
    for x in paras:
        if isinstance(x, str): body.append(p(x))
        else:
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>')
            for row in x: body.append("<w:tr>" + "".join("<w:tc>%s</w:tc>" % p(c) for c in row) + "</w:tr>")
            body.append("</w:tbl>")
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))
    files = {"[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
             "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
             "word/document.xml": doc}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in files.items():
            zi = zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, t.encode("utf-8"))
    return buf.getvalue()

CASES = []
def case(**kw): CASES.append(kw)
def T(s, tz=TZ8): return dt.datetime.fromisoformat(s).replace(tzinfo=tz)
exec(open(HERE / "cases_heldout11.py", encoding="utf-8").read())

def resolve(rule, arg, sent):
    r = RULES[rule](sent, arg)
    return r
def check_and_strip(c):
    sent = c["date"].astimezone(TZ8).date()
    g = c["gold"]; errs = []
    def chk(obj, key, what):
        rule, arg = obj.pop("_rule")
        if obj[key] is None: return
        if rule is None: errs.append("%s %s: no rule" % (c["slug"], what)); return
        if rule == "abs": return
        base = sent
        if isinstance(arg, tuple): base, arg = D(arg[0]), arg[1]
        got = resolve(rule, arg, base)
        if got != D(obj[key]): errs.append("%s %s: gold %s computed %s" % (c["slug"], what, obj[key], got))
    for i, x in enumerate(g["items"]): chk(x, "due_date", "item%d" % (i + 1))
    if g.get("next_followup"): chk(g["next_followup"], "date", "followup")
    if g.get("reply"): chk(g["reply"], "new_due_date", "reply")
    return errs

def main():
    check = "--check" in sys.argv
    errs = []; counts = {}
    for c in CASES:
        g = c["gold"]
        g.setdefault("items", []); g.setdefault("next_followup", None); g.setdefault("reply", None)
        errs += check_and_strip(c)
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        if not check:
            (OUT / (c["slug"] + ".eml")).write_bytes(build(c))
            gj = {"kind": g["kind"], "items": g["items"], "next_followup": g["next_followup"], "reply": g["reply"], "notes": g["notes"]}
            (OUT / (c["slug"] + ".json")).write_text(json.dumps(gj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not check:
        with open(OUT / "roster.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n"); w.writerow(["name", "email", "department", "manager_email", "aliases"])
            for n, e, d, h, a in ROSTER: w.writerow([n, e, d, "" if h else HEAD[d], a])
    nitems = sum(len(c["gold"]["items"]) for c in CASES)
    print("cases", len(CASES), counts, "items", nitems)
    for e in errs: print("ERROR", e)
    sys.exit(1 if errs else 0)
if __name__ == "__main__": main()
