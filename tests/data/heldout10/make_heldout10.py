#!/usr/bin/env python3
"""heldout10 generator: writes NNN-slug.eml/.json pairs + roster.csv into this folder.
   python make_heldout10.py [OUTDIR]           # write (into this folder when no OUTDIR is given)
   python make_heldout10.py --check [OUTDIR]   # only re-check every gold date against chinese_calendar / weekday rules
(Written as gen.py in /work/blind/heldout10; copied here as the regression suite's generator, OUTDIR added.)
Deterministic: no clock, no randomness. Needs chinesecalendar (2004-2026 data); 2027 cases use no
holiday-dependent phrase (weekday/explicit dates only), checked with plain weekday arithmetic."""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.message import Message
from email.generator import BytesGenerator
from email.policy import compat32
from pathlib import Path
import chinese_calendar as cc

HERE = Path(__file__).resolve().parent
_DIRS = [a for a in sys.argv[1:] if not a.startswith("-")]
OUT = Path(_DIRS[0]).resolve() if _DIRS else HERE      # make_heldout10.py [OUTDIR] [--check]
D = dt.date
def TZ(h): return dt.timezone(dt.timedelta(hours=h))
TZ8 = TZ(8)

# ---------------------------------------------------------------- calendar
def is_workday(d):
    if d.year >= 2027:
        return d.weekday() < 5  # never used across a 2027 holiday (see README)
    return cc.is_workday(d)
def add_workdays(s, n):
    d = s
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d): n -= 1
    return d
def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d): d += dt.timedelta(days=1)
    return d
def last_workday_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d): d -= dt.timedelta(days=1)
    return d
def this_or_next(s, wd):
    c = s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=wd)
    return c if c >= s else c + dt.timedelta(days=7)
def next_week(s, wd):
    return s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=7 + wd)
def month_end(s):
    n = D(s.year + (s.month == 12), s.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

def compute(spec, s):
    """spec -> date, s = Shanghai send date"""
    k = spec[0]
    if k == "abs": return D.fromisoformat(spec[1])
    if k == "today": return s
    if k == "plus": return s + dt.timedelta(days=spec[1])
    if k == "wd": return add_workdays(s, spec[1])
    if k == "this": return this_or_next(s, spec[1])
    if k == "next": return next_week(s, spec[1])
    if k == "eom": return month_end(s)
    if k == "after": return first_workday_after(D.fromisoformat(spec[1]))   # 节后第一个工作日: spec[1] = last holiday day
    if k == "before": return last_workday_before(D.fromisoformat(spec[1]))  # 节前: spec[1] = first holiday day
    raise ValueError(spec)

# ---------------------------------------------------------------- people
ORGS = {
 "ems": ("ruiqi-ems.example.cn", ("纪要助手", "jiyao@ruiqi-ems.example.cn")),
 "law": ("hengzheng-law.example.cn", ("案件待办助手", "docket@hengzheng-law.example.cn")),
 "live": ("chengyu-live.example.cn", ("待办小橙", "todo-bot@chengyu-live.example.cn")),
 "hk": ("haisheng-hk.example.com", ("Minutes Bot", "minutes@haisheng-hk.example.com")),
}
ROSTER = [  # org, name, local, dept, head, aliases
 ("ems","沈建明","shenjm","生产部",True,"沈总;沈经理;Shen Jianming"),
 ("ems","顾晓芸","guxy","生产部",False,"顾工;小顾;Gu Xiaoyun;Cindy Gu;Cindy"),
 ("ems","陆志强","luzq","生产部",False,"陆线长;老陆;Lu Zhiqiang"),
 ("ems","钱磊","qianlei","生产部",False,"钱班长;Qian Lei"),
 ("ems","吴静怡","wujy","品质部",True,"吴经理;Wu Jingyi;Jenny Wu;Jenny"),
 ("ems","蒋涛","jiangtao","品质部",False,"蒋工;Jiang Tao;Tom Jiang"),
 ("ems","许文博","xuwb","工程部",True,"许工;许总工;Xu Wenbo"),
 ("ems","杜鹏","dupeng","工程部",False,"杜工;小杜;Du Peng"),
 ("ems","周子涵","zhouzh","业务部",True,"周经理;Zhou Zihan;Zoe Zhou;Zoe"),
 ("ems","金敏","jinmin","业务部",False,"Kim Min;金小姐;敏敏"),
 ("ems","潘立","panli","采购部",True,"潘经理;Pan Li"),
 ("law","宋怀远","songhy","诉讼部",True,"宋律师;宋律;宋老师;Song Huaiyuan"),
 ("law","韩雪","hanxue","诉讼部",False,"韩律师;韩律;Han Xue"),
 ("law","孟凡","mengfan","诉讼部",False,"小孟;孟助理;Meng Fan"),
 ("law","秦可欣","qinkx","合规部",True,"秦律师;Qin Kexin;Karen Qin"),
 ("law","曹宇航","caoyh","合规部",False,"曹律师;Cao Yuhang;Leo Cao"),
 ("law","白露","bailu","合规部",False,"小白;Bai Lu"),
 ("live","叶蓁","yezhen","运营部",True,"蓁姐;叶子;Ye Zhen"),
 ("live","林一诺","linyn","运营部",False,"一诺;诺诺;Lin Yinuo"),
 ("live","方浩然","fanghr","投放部",True,"浩然;方哥;Fang Haoran"),
 ("live","何苗","hemiao","投放部",False,"苗苗;He Miao"),
 ("live","唐小鱼","tangxy","主播部",True,"小鱼;鱼鱼;Tang Xiaoyu"),
 ("live","邹凯","zoukai","选品部",True,"凯哥;Zou Kai"),
 ("live","姚佳","yaojia","选品部",False,"佳佳;Yao Jia"),
 ("hk","梁家豪","leungkh","操作部",True,"豪哥;KH;KH Leung;Leung Ka Ho;Kevin Leung"),
 ("hk","陳詠詩","chanws","操作部",False,"詠詩;Winnie;Winnie Chan;Chan Wing Sze"),
 ("hk","黃志偉","wongcw","海運部",True,"偉哥;Raymond;Raymond Wong;Wong Chi Wai"),
 ("hk","何嘉欣","hoky","客戶服務部",True,"嘉欣;Kayan;Kayan Ho"),
 ("hk","李卓然","leecy","財務部",True,"卓然;Jason;Jason Lee"),
]
P = {}
heads = {(o, d): l for o, n, l, d, h, a in ROSTER if h}
for o, n, l, d, h, a in ROSTER:
    dom = ORGS[o][0]
    P[n] = dict(name=n, email=f"{l}@{dom}", department=d,
                manager_email="" if h else f"{heads[(o, d)]}@{dom}", aliases=a)
EXT = {
 "山田健太": "k.yamada@kawanaka-denki.example.jp",
 "Park Ji-hoon": "jh.park@hanbit-mobility.example.kr",
 "王国栋": "wanggd@hongxing-hw.example.cn",
 "赵倩": "zhaoqian@lanshan-tech.example.cn",
 "孙立伟": "sunlw@beiyuan-energy.example.cn",
 "Pieter de Vries": "p.devries@maasport.example.nl",
 "Maria Gonzalez": "mgonzalez@pacificcrest.example.com",
}
def who(n):
    for o, (dom, bot) in ORGS.items():
        if n == bot[0]: return bot
    return (n, P[n]["email"] if n in P else EXT[n])

# ---------------------------------------------------------------- gold
def it(owner, task, due=None, spec=None, time=None, flags=(), dept=None):
    """due: the hand-written gold date; spec: how it is computed (checked in --check and on every write)."""
    email = None
    if owner in P: email, dept = P[owner]["email"], P[owner]["department"]
    elif owner: email = EXT.get(owner)
    if (due is None) != (spec is None): raise ValueError("due and spec go together: " + task)
    return {"_spec": spec, "owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags)}

# ---------------------------------------------------------------- MIME helpers (adapted from the dev corpus idea)
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}
def cdc(l): return CODEC[l.lower()]
def ew(text, label="utf-8", mode="B", limit=66):
    out, cur = [], ""
    def enc(s):
        raw = s.encode(cdc(label))
        if mode == "B": body = base64.b64encode(raw).decode()
        else: body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit: out.append(enc(cur)); cur = ch
        else: cur += ch
    if cur: out.append(enc(cur))
    return out
def htext(t, label="utf-8", mode="B"):
    return t if all(ord(c) < 128 for c in t) else "\n ".join(ew(t, label, mode))
def haddr(name, email, label="utf-8", mode="B", quote=False):
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if (quote or re.search(r"[^\w ]", name)) else f"{name} <{email}>"
    w = " ".join(ew(name, label, mode, 75))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"
def haddrs(ppl, label="utf-8", mode="B", quote=False):
    return ", ".join(haddr(*(who(p) if isinstance(p, str) else p), label=label, mode=mode, quote=quote) for p in ppl)
def tenc(data, cte):
    if cte == "base64": return base64.encodebytes(data).decode()
    if cte == "quoted-printable": return binascii.b2a_qp(data, istext=True).decode()
    return data.decode("ascii", "surrogateescape")
def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), quote_cs=True, crlf=False):
    m = Message(); ct = ctype
    if label: ct += ('; charset="%s"' if quote_cs else "; charset=%s") % label
    for k, v in params: ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers: m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf: text = text.replace("\n", "\r\n")
        data = text.encode(cdc(label))
    m.set_payload(tenc(data, cte)); return m
def multi(sub, parts, boundary, params=()):
    m = Message(); ct = 'multipart/%s; boundary="%s"' % (sub, boundary)
    for k, v in params: ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct; m.set_payload(list(parts)); m.epilogue = ""; return m
def envelope(headers, body):
    top = Message()
    for k, v in headers: top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items(): top[k] = v
    top._payload = body._payload; top.preamble = body.preamble; top.epilogue = body.epilogue
    return top
def serialize(m, crlf=False):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, policy=compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)).flatten(m)
    return b.getvalue()
def hx(s, n): return hashlib.sha256(s.encode()).hexdigest()[:n]
WD = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]; MO = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
def rfc(t):
    o = int(t.utcoffset().total_seconds()) // 60; sg = "+" if o >= 0 else "-"; o = abs(o)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[t.weekday()], t.day, MO[t.month-1], t.year, t.hour, t.minute, t.second, sg, o//60, o%60)

def text_to_html(text, font="微软雅黑", wrap="p"):
    """Render plain text to the HTML a client would send: lines -> paragraphs, pipe/tab tables -> <table>."""
    out, rows = [], []
    def flush():
        if rows:
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c.strip()), tag) for c in r) + "</tr>")
            t.append("</table>"); out.append("\n".join(t)); rows.clear()
    for line in text.split("\n"):
        if line.startswith("|") and line.rstrip().endswith("|"):
            cells = line.strip().strip("|").split("|")
            if all(re.fullmatch(r"\s*:?-+:?\s*", c) for c in cells): continue
            rows.append(cells); continue
        if "\t" in line and line.count("\t") >= 2:
            rows.append(line.split("\t")); continue
        flush()
        if wrap == "p":
            out.append('<p class="MsoNormal"><span style="font-family:%s">%s</span></p>' % (font, html.escape(line) if line else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (html.escape(line) if line else "<br>"))
    flush()
    return "\n".join(out)

def received(t, host, ip, rcpt, dom, seed):
    return ("Received", "from %s (unknown [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, ip, dom, hx(seed, 10).upper(), rcpt, rfc((t + dt.timedelta(seconds=4)).astimezone(TZ8))))

def build(client, org, frm, to, cc_, subject, t, text, seed, irt=None, refs=None, html_body=None,
          attachments=(), extra=(), cs=None):
    dom, bot = ORGS[org]
    fe = who(frm)[1] if isinstance(frm, str) else frm[1]
    fdom = fe.split("@")[1]
    hd = [("Return-Path", "<%s>" % fe), ("Delivered-To", bot[1]),
          received(t, "mail." + fdom, "203.0.113.%d" % (int(hx(seed, 2), 16) % 200 + 20), bot[1], dom, seed)]
    cs = cs or {"outlook": "gb2312", "foxmail": "GBK", "qq": "gb18030"}.get(client, "utf-8")
    mid = "<%s@%s>" % (hx(seed, 24), fdom)
    if client in ("outlook", "outlook_big5"):
        mid = "<%s$%s$%s@%s>" % (hx(seed, 12), hx(seed + "a", 8), hx(seed + "b", 8), fdom.split(".")[0] + ".com")
    if client == "foxmail": mid = "<%s@%s>" % (dt_stamp(t) + hx(seed, 10), fdom)
    if client == "gmail": mid = "<CA%s+%s@mail.gmail.com>" % (hx(seed, 20), hx(seed + "g", 12))
    if client in ("apple", "iphone"): mid = "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 4).upper(), hx(seed + "x", 12).upper(), fdom)
    if client == "feishu": mid = "<%s@larksuite.com>" % hx(seed, 32)
    subj = htext(subject, cs if client in ("outlook", "foxmail", "qq", "outlook_big5") else "utf-8")
    fname, femail = who(frm) if isinstance(frm, str) else frm
    hcs = cs if client in ("outlook", "foxmail", "qq", "outlook_big5") else "utf-8"
    h = []
    if client in ("outlook", "outlook_big5", "exo"):
        h += [("From", haddr(fname, femail, hcs)), ("To", haddrs(to, hcs))]
        if cc_: h.append(("Cc", haddrs(cc_, hcs)))
        h += [("Subject", subj), ("Date", rfc(t)), ("Message-ID", mid)]
        if irt: h += [("References", refs or irt), ("In-Reply-To", irt)]
        h += [("Thread-Topic", htext(re.sub(r"^(RE|答复|回复|FW|转发): ?", "", subject), hcs)),
              ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
              ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN" if client != "outlook_big5" else "zh-HK")]
        if client == "exo":
            h += [("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Has-Attach", "yes" if attachments else ""),
                  ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-CrossTenant-originalarrivaltime", t.strftime("%d %b %Y %H:%M:%S.0000 (UTC)"))]
        else:
            h += [("X-Mailer", "Microsoft Outlook 16.0")]
        txt = leaf("text/plain", text, cs, "base64", crlf=True)
        hb = html_body or ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body lang="ZH-CN" style="tab-interval:21.0pt"><div class="WordSection1">\n%s\n</div></body></html>' % (cs, text_to_html(text, "微软雅黑" if client != "outlook_big5" else "新細明體")))
        body = multi("alternative", [txt, leaf("text/html", hb, cs, "base64", crlf=True)], "_000_%s_" % hx(seed, 20).upper())
        crlf = True
    elif client == "foxmail":
        h += [("Date", t.strftime("%a, %d %b %Y %H:%M:%S ") + rfc(t)[-5:]), ("From", haddr(fname, femail, "GBK", quote=True)),
              ("To", haddrs(to, "GBK", quote=True))]
        if cc_: h.append(("Cc", haddrs(cc_, "GBK", quote=True)))
        if irt: h += [("References", refs or irt), ("In-Reply-To", irt)]
        h += [("Subject", subj), ("X-Priority", "3"), ("X-GUID", hx(seed, 8).upper() + "-" + hx(seed, 4).upper()),
              ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Message-ID", mid)]
        hb = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"><style>body { line-height: 1.5; }</style></head><body>\n" + text_to_html(text, wrap="div") + "\n</body></html>"
        body = multi("alternative", [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", hb, "GBK", "base64")],
                     "----=_001_NextPart%s_=----" % hx(seed, 12).upper())
        crlf = False
    elif client == "qq":
        h += [("X-QQ-mid", "bizesmtp%st%sz%s" % (hx(seed, 3), hx(seed, 6), hx(seed, 4))), ("From", haddr(fname, femail, "gb18030", quote=True)),
              ("To", haddrs(to, "gb18030", quote=True))]
        if cc_: h.append(("Cc", haddrs(cc_, "gb18030", quote=True)))
        h += [("Subject", subj), ("Date", rfc(t)), ("Message-ID", mid)]
        if irt: h += [("In-Reply-To", irt), ("References", refs or irt)]
        h += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
        hb = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">" + text_to_html(text, wrap="div")
        body = multi("alternative", [leaf("text/plain", text, "gb18030", "base64"), leaf("text/html", hb, "gb18030", "base64")],
                     "----=_NextPart_%s_%s" % (hx(seed, 8).upper(), hx(seed + "q", 16).upper()))
        crlf = False
    elif client == "gmail":
        h += [("MIME-Version", None)] if False else []
        h += [("Date", rfc(t)), ("Message-ID", mid)]
        if irt: h += [("In-Reply-To", irt), ("References", refs or irt)]
        h += [("Subject", subj), ("From", haddr(fname, femail)), ("To", haddrs(to))]
        if cc_: h.append(("Cc", haddrs(cc_)))
        hb = '<div dir="ltr">' + text_to_html(text, wrap="div") + "</div>\n"
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", quote_cs=True),
                                     leaf("text/html", hb, "UTF-8", "quoted-printable")], "0000000000%s" % hx(seed, 18))
        crlf = False
    elif client == "feishu":
        h += [("From", haddr(fname, femail)), ("To", haddrs(to))]
        if cc_: h.append(("Cc", haddrs(cc_)))
        h += [("Subject", subj), ("Date", rfc(t)), ("Message-Id", mid)]
        if irt: h += [("In-Reply-To", irt), ("References", refs or irt)]
        hb = html_body or ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + text_to_html(text, wrap="div") + "</div>")
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", hb, "UTF-8", "base64")],
                     "%s" % hx(seed, 60))
        crlf = False
    elif client in ("apple", "iphone"):
        h += [("From", haddr(fname, femail)), ("Content-Type", None)] if False else [("From", haddr(fname, femail))]
        h += [("Subject", subj), ("Date", rfc(t))]
        if cc_: h.append(("Cc", haddrs(cc_)))
        h += [("To", haddrs(to)), ("Message-Id", mid)]
        if irt: h += [("In-Reply-To", irt), ("References", refs or irt)]
        h += [("X-Mailer", "Apple Mail (2.3774.600.62)" if client == "apple" else "iPhone Mail (22D82)")]
        body = leaf("text/plain", text, "utf-8", "quoted-printable", quote_cs=False)
        crlf = False
    elif client == "thunderbird":
        h += [("Message-ID", mid), ("Date", rfc(t)), ("User-Agent", "Mozilla Thunderbird")]
        h += [("Content-Language", "zh-CN"), ("To", haddrs(to))]
        if cc_: h.append(("Cc", haddrs(cc_)))
        if irt: h += [("References", refs or irt), ("In-Reply-To", irt)]
        h += [("From", haddr(fname, femail)), ("Subject", subj)]
        body = leaf("text/plain", text, "UTF-8", "8bit", params=(("format", "flowed"),), quote_cs=False)
        crlf = False
    else:
        raise ValueError(client)
    h += list(extra)
    if attachments:
        parts = [body] + list(attachments)
        body = multi("mixed", parts, "mix_%s" % hx(seed + "m", 20))
    return serialize(envelope(hd + h, body), crlf=crlf), mid

def dt_stamp(t): return t.strftime("%Y%m%d%H%M%S")

# ---------------------------------------------------------------- cases
CASES = []
def case(num, slug, kind, what, send, client, org, frm, to, cc_, subject, text, items=(), fu=None, reply=None,
         notes="", **kw):
    CASES.append(dict(num=num, slug=slug, kind=kind, what=what, send=send, client=client, org=org, frm=frm, to=to,
                      cc=cc_, subject=subject, text=text, items=list(items), fu=fu, reply=reply, notes=notes, kw=kw))
def T(s, h=8): return dt.datetime.fromisoformat(s).replace(tzinfo=TZ(h))
def FU(d, tm=None, spec=None): return {"date": d, "time": tm, "_spec": spec}
def R(intent, items=(), pct=None, new=None, spec=None):
    return {"intent": intent, "items": list(items), "percent": pct, "new_due_date": new, "_spec": spec}

exec(open(HERE / "cases.py", encoding="utf-8").read())

# ---------------------------------------------------------------- write / check
def gold_of(c, check_only=False):
    s = c["send"].astimezone(TZ8).date()
    items, errs = [], []
    for i in c["items"]:
        g = {k: v for k, v in i.items() if k != "_spec"}
        spec = i["_spec"]
        if spec:
            got = compute(spec, s).isoformat()
            if got != g["due_date"]: errs.append("%s: gold %s computed %s" % (g["task"], g["due_date"], got))
        items.append(g)
    rep = None
    if c["reply"]:
        rep = {k: v for k, v in c["reply"].items() if k != "_spec"}
        if c["reply"]["_spec"]:
            got = compute(c["reply"]["_spec"], s).isoformat()
            if got != rep["new_due_date"]: errs.append("reply new_due %s != %s" % (rep["new_due_date"], got))
    fu = None
    if c["fu"]:
        fu = {"date": c["fu"]["date"], "time": c["fu"]["time"]}
        if c["fu"]["_spec"] is None: errs.append("follow-up without spec")
        else:
            got = compute(c["fu"]["_spec"], s).isoformat()
            if got != fu["date"]:
                errs.append("follow-up %s computed %s" % (fu["date"], got))
    return {"kind": c["kind"], "items": items, "next_followup": fu, "reply": rep, "notes": c["notes"]}, errs

MIDS = {}
DOCX_PARAS = ["星辰物流案二审准备会会议纪要", "时间：2026年10月9日 14:00", "参会：宋怀远、韩雪、孟凡",
    "一、会议决定：二审以程序违法为主要上诉理由，不再申请鉴定。", "二、待办事项",
    "1. 韩雪：起草二审答辩状，10月16日前提交宋律师审定；",
    "2. 孟凡：复印并整理一审卷宗，明天（周六，调休上班）完成。", "记录：宋怀远"]
def docx_bytes():
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(x) for x in DOCX_PARAS)
    files = {
     "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
     "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
     "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body,
    }
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 10, 9, 17, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, t.encode("utf-8"))
    return b.getvalue()
def docx_part():
    fn = "星辰物流案二审准备会纪要.docx"
    enc = "=?gb2312?B?%s?=" % base64.b64encode(fn.encode("gbk")).decode()
    return leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=docx_bytes(), cte="base64",
                params=(("name", enc),), headers=(("Content-Description", enc), ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (enc, len(docx_bytes())))))

def main():
    check = "--check" in sys.argv
    bad = 0
    for c in CASES:
        g, errs = gold_of(c)
        # every written gold date in the case must equal the computed one
        for i, gi in zip(c["items"], g["items"]):
            if gi["due_date"] is None and not ({"vague_due", "no_due"} & set(gi["flags"])):
                errs.append("%s: no date but no flag" % gi["task"])
            if gi["owner_name"] is None and "no_owner" not in gi["flags"]:
                errs.append("%s: no owner but no flag" % gi["task"])
        if c["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errs.append("non-minutes with items/followup")
        for e in errs:
            print("FAIL %d %s" % (c["num"], e)); bad += 1
        name = "%d-%s" % (c["num"], c["slug"])
        if check:
            p = OUT / (name + ".json")
            if p.exists():
                onfile = json.loads(p.read_text(encoding="utf-8"))
                if onfile != g: print("FAIL %d json on disk differs from generator" % c["num"]); bad += 1
            continue
        kw = dict(c["kw"])
        if isinstance(kw.get("irt"), int): kw["irt"] = MIDS[kw["irt"]]
        if kw.get("attachments") == "DOCX_1835": kw["attachments"] = [docx_part()]
        raw, mid = build(c["client"], c["org"], c["frm"], c["to"], c["cc"], c["subject"], c["send"], c["text"],
                         name, **kw)
        MIDS[c["num"]] = mid
        (OUT / (name + ".eml")).write_bytes(raw)
        (OUT / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not check:
        with open(OUT / "roster.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(["name", "email", "department", "manager_email", "aliases"])
            for o, n, l, d, hh, a in ROSTER:
                w.writerow([n, P[n]["email"], d, P[n]["manager_email"], a])
    print("%d cases, %d items, %d problems" % (len(CASES), sum(len(c["items"]) for c in CASES), bad))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
