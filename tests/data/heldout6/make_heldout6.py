#!/usr/bin/env python3
"""Generate the blind held-out set heldout6 for minutebot: raw .eml + gold .json pairs (cases 1001..), roster.csv.

    python make_heldout6.py [OUTDIR]     # write (default: this script's folder)
    python make_heldout6.py --check      # re-check every gold date against the calendar, write nothing

Deterministic: no clock, no randomness. Every gold date is written by hand in the case and carries a rule
(working days, weekday, month end, ...) that --check recomputes with `chinese_calendar` (2025-2026 data).
Cases sent in 2027 only use rules that need no holiday data (absolute dates, weekdays); --check refuses any
working-day rule in 2027 because the calendar package has no 2027 data.
"""
import base64, binascii, csv, email, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WZ = "一二三四五六日"

# ------------------------------------------------------------------------------------------------ calendar
def is_workday(d):
    import chinese_calendar
    if d.year > 2026:
        raise SystemExit("no holiday data for %s: a working-day rule may not be used in 2027" % d)
    return chinese_calendar.is_workday(d)

def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d

def rule_date(sent, rule):
    """sent: Shanghai datetime. Returns (date iso, time or None)."""
    k = rule[0]
    d = sent.date()
    if k == "abs":
        return rule[1], (rule[2] if len(rule) > 2 else None)
    if k == "wd":
        return add_workdays(d, rule[1]).isoformat(), None
    if k == "this":   # corpus README: nearest such weekday on/after the send date in this week, else next week's
        wd = rule[1]
        x = d + dt.timedelta(days=wd - d.weekday())
        if x < d:
            x += dt.timedelta(days=7)
        return x.isoformat(), None
    if k == "next":
        x = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + rule[1])
        return x.isoformat(), None
    if k == "days":
        return (d + dt.timedelta(days=rule[1])).isoformat(), None
    if k == "hours":
        x = sent + dt.timedelta(hours=rule[1])
        return x.date().isoformat(), x.strftime("%H:%M")
    if k == "monthend":
        m = D(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)
        return m.isoformat(), None
    if k == "yearend":
        return D(rule[1], 12, 31).isoformat(), None
    if k == "before":  # last working day before the given day (节前 / 连休前)
        x = D.fromisoformat(rule[1])
        while True:
            x -= dt.timedelta(days=1)
            if is_workday(x):
                return x.isoformat(), None
    if k == "after":  # first working day after the given day (节后第一个工作日)
        x = D.fromisoformat(rule[1])
        while True:
            x += dt.timedelta(days=1)
            if is_workday(x):
                return x.isoformat(), None
    raise ValueError(rule)

# ------------------------------------------------------------------------------------------------ people
ROSTER = [
    # 洋帆跨境 (Shenzhen cross-border e-commerce)
    ("陈思远", "chensiyuan@yangfan-ec.example.cn", "运营部", "", "陈总;Simon Chen;Simon;思远"),
    ("梁嘉欣", "liangjiaxin@yangfan-ec.example.cn", "运营部", "chensiyuan@yangfan-ec.example.cn", "嘉欣;Kiki Liang;Kiki"),
    ("黄俊杰", "huangjunjie@yangfan-ec.example.cn", "运营部", "chensiyuan@yangfan-ec.example.cn", "阿杰;Jay Huang;Jay"),
    ("吴婷婷", "wutingting@yangfan-ec.example.cn", "运营部", "chensiyuan@yangfan-ec.example.cn", "婷婷;Tina Wu;Tina"),
    ("邓志强", "dengzhiqiang@yangfan-ec.example.cn", "仓储物流部", "", "邓工;老邓;Johnny Deng;Johnny"),
    ("罗小燕", "luoxiaoyan@yangfan-ec.example.cn", "仓储物流部", "dengzhiqiang@yangfan-ec.example.cn", "小燕;Yan Luo"),
    ("方雨桐", "fangyutong@yangfan-ec.example.cn", "设计部", "", "方总监;Tong Fang;Tong;桐姐"),
    ("钟浩", "zhonghao@yangfan-ec.example.cn", "设计部", "fangyutong@yangfan-ec.example.cn", "小钟;Hao Zhong;Howard"),
    ("叶佩珊", "yepeishan@yangfan-ec.example.cn", "财务部", "", "叶姐;Pearl Ye;Pearl"),
    # 国网江临市供电公司 (provincial grid SOE branch)
    ("许志远", "xuzhiyuan@jlpower.example.cn", "公司领导", "", "许总;许志远副总经理"),
    ("高红梅", "gaohongmei@jlpower.example.cn", "办公室", "", "高主任"),
    ("蒋涛", "jiangtao@jlpower.example.cn", "办公室", "gaohongmei@jlpower.example.cn", "小蒋"),
    ("刘国栋", "liuguodong@jlpower.example.cn", "运维检修部", "", "刘主任"),
    ("孙卫东", "sunweidong@jlpower.example.cn", "运维检修部", "liuguodong@jlpower.example.cn", "孙工;孙专责"),
    ("何静", "hejing@jlpower.example.cn", "营销部", "", "何主任"),
    ("马骏", "majun@jlpower.example.cn", "营销部", "hejing@jlpower.example.cn", "马工;小马"),
    ("唐建平", "tangjianping@jlpower.example.cn", "安全监察部", "", "唐主任"),
    ("郑凯", "zhengkai@jlpower.example.cn", "发展策划部", "", "郑主任"),
    ("袁立新", "yuanlixin@jlpower.example.cn", "调度控制中心", "", "袁主任"),
    # 启明星教育 (K-12 after-school, Hangzhou campuses)
    ("杜雪梅", "duxuemei@qmx-edu.example.cn", "教学部", "", "杜校;杜老师;Sherry Du;Sherry"),
    ("曾凡", "zengfan@qmx-edu.example.cn", "教学部", "duxuemei@qmx-edu.example.cn", "曾老师"),
    ("任芳菲", "renfangfei@qmx-edu.example.cn", "教学部", "duxuemei@qmx-edu.example.cn", "任老师;Phoebe Ren;Phoebe"),
    ("彭丽", "pengli@qmx-edu.example.cn", "滨江校区", "", "彭校长;彭校;彭老师"),
    ("覃晓东", "qinxiaodong@qmx-edu.example.cn", "西湖校区", "", "覃校长;覃校;覃老师;东哥"),
    ("宋佳", "songjia@qmx-edu.example.cn", "市场部", "", "宋经理;Joy Song;Joy"),
    ("贺子豪", "hezihao@qmx-edu.example.cn", "市场部", "songjia@qmx-edu.example.cn", "小贺;豪哥"),
    ("卢婧", "lujing@qmx-edu.example.cn", "教务部", "", "卢老师;婧婧"),
    # 苏州三和精电 (Japanese-invested electronics factory)
    ("佐藤健一", "k.sato@sanwa-sz.example.com", "总经理室", "", "佐藤;佐藤总;Sato;Kenichi Sato;Sato-san"),
    ("山本由纪", "y.yamamoto@sanwa-sz.example.com", "品质保证部", "", "山本;山本部长;Yamamoto;Yuki Yamamoto"),
    ("高桥诚", "m.takahashi@sanwa-sz.example.com", "生产技术部", "", "高桥;高桥部长;Takahashi;Makoto Takahashi"),
    ("周建华", "zhoujianhua@sanwa-sz.example.com", "生产技术部", "m.takahashi@sanwa-sz.example.com", "周工;Jianhua Zhou;JH Zhou"),
    ("林志豪", "lin.zhihao@sanwa-sz.example.com", "生产技术部", "m.takahashi@sanwa-sz.example.com", "林工;Jason Lin;Jason"),
    ("沈丽", "shenli@sanwa-sz.example.com", "品质保证部", "y.yamamoto@sanwa-sz.example.com", "小沈;Lily Shen;Lily"),
    ("顾明", "guming@sanwa-sz.example.com", "采购部", "", "顾课长;Ming Gu;Gu-san"),
    ("钱磊", "qianlei@sanwa-sz.example.com", "生产管理部", "", "钱课长;Ray Qian;Ray"),
]
P = {r[0]: {"email": r[1], "department": r[2]} for r in ROSTER}
EXT = {
    "张立群": "kevin.zhang@haimaotong-log.example.com",
    "Kevin Zhang": "kevin.zhang@haimaotong-log.example.com",
    "刘婉婷": "liuwt@chengxin-print.example.com",
    "Tanaka Hiroshi": "h.tanaka@sanwa-denki.example.co.jp",
    "蔡志明": "caizm@weili-pcb.example.com",
    "Emma Clarke": "emma.clarke@thamesbridge-camps.example.co.uk",
}
BOTS = {
    "yf": ("会议纪要助手", "jiyao@yangfan-ec.example.cn"),
    "jl": ("纪要督办助手", "hyjy@jlpower.example.cn"),
    "qm": ("纪要小助手", "minutes@qmx-edu.example.cn"),
    "sw": ("Minutes Bot", "minutes-bot@sanwa-sz.example.com"),
}

def who(x):
    if isinstance(x, tuple):
        return x
    if x in P:
        return (x, P[x]["email"])
    if x in BOTS:
        return BOTS[x]
    return (x, EXT[x])

def item(owner, task, due=None, time=None, flags=(), rule=None, department=None, email=None):
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    it = {"owner_name": owner, "owner_email": email, "department": department, "task": task,
          "due_date": due, "due_time": time, "flags": list(flags)}
    it["_rule"] = rule
    return it

def fu(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}

def rep(intent, items=(), percent=None, new_due=None, rule=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_rule": rule}

# ------------------------------------------------------------------------------------------------ MIME helpers
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}

def codec(label):
    return CODEC[label.lower()]

def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()

def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, mins // 60, mins % 60)

def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur = [], ""
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:  # a name the message charset cannot carry: clients fall back to UTF-8 for it
        label = "utf-8"
    cs = codec(label)
    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words

def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))

def haddr(p, label="utf-8", mode="B", quote=False):
    name, email = who(p)
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"

def haddrs(ps, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(p, label, mode, quote) for p in ps)

def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")

def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), crlf=False, quote=True):
    m = Message()
    ct = ctype
    if label:
        ct += ('; charset="%s"' if quote else "; charset=%s") % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m

def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    m.preamble = preamble
    m.epilogue = ""
    return m

def envelope(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
    return top

def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()

def esc(s):
    return html.escape(s, quote=False)

def text_html(text, tag="div"):
    """Plain text -> the HTML a rich editor would send: one block per line, empty lines as <br>."""
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<%s><br></%s>" % (tag, tag))
        else:
            lead = len(line) - len(line.lstrip(" "))
            out.append("<%s>%s%s</%s>" % (tag, "&nbsp;" * lead, esc(line.lstrip(" ")), tag))
    return "\n".join(out)

def table_html(rows, head=True, style="border-collapse:collapse"):
    h = ['<table border="1" cellspacing="0" cellpadding="4" style="%s">' % style]
    for i, r in enumerate(rows):
        cells = []
        for c in r:
            tagn = "th" if (head and i == 0) else "td"
            if isinstance(c, tuple):   # (text, attrs)
                cells.append('<%s %s>%s</%s>' % (tagn, c[1], esc(c[0]).replace("\n", "<br>"), tagn))
            else:
                cells.append("<%s>%s</%s>" % (tagn, esc(c).replace("\n", "<br>"), tagn))
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</table>")
    return "\n".join(h)

def table_text(rows):
    return "\n".join("\t".join((c[0] if isinstance(c, tuple) else c).replace("\n", " ") for c in r) for r in rows)

def received(t, host, ip, rcpt, dom, seed):
    t2 = t + dt.timedelta(seconds=2)
    return ("Received", "from %s (unknown [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
            % (host, ip, dom, hx(seed, 9).upper(), rcpt, rfc_date(t2.astimezone(TZ8))))

def attachment(filename, data, ctype, label="utf-8", style="rfc2047"):
    m = Message()
    if all(ord(c) < 128 for c in filename):
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    elif style == "rfc2047":
        w = "".join(encoded_words(filename, label, "B", limit=200))
        m["Content-Type"] = '%s; name="%s"' % (ctype, w)
        m["Content-Disposition"] = 'attachment; filename="%s"' % w
    else:
        pct = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else
                      "".join("%%%02X" % b for b in ch.encode(codec(label))) for ch in filename)
        m["Content-Type"] = '%s; name="%s"' % (ctype, "".join(encoded_words(filename, label, "B", limit=200)))
        m["Content-Disposition"] = "attachment; filename*=%s''%s" % (label, pct)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m

def docx(paragraphs, tables=()):
    """A minimal but valid .docx (WordprocessingML) built from raw XML: paragraphs then tables."""
    def run(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)
    body = "".join(run(p) for p in paragraphs)
    for rows in tables:
        body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        for r in rows:
            body += "<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>"
                                       % "".join(run(x) for x in c.split("\n")) for c in r) + "</w:tr>"
        body += "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.'
           'org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
         'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
         'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
         '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+'
         'xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in files:
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), t)
    return buf.getvalue()

def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()

def _thr(irt, refs):
    h = []
    if refs:
        h.append(("References", "\n ".join(refs)))
    if irt:
        h.append(("In-Reply-To", irt))
    return h

# ------------------------------------------------------------------------------------------------ mail clients
# Each takes the case dict c: frm, to, cc, subject, t (aware datetime as the client stamps it), text, html (inner
# body HTML; None = derived from text), seed, irt, refs, att (attachments), cs (charset label), dom (receiving domain).

def _dom(p):
    return who(p)[1].split("@")[1]

def outlook(c):
    """Outlook 2016/365 desktop (Windows, zh-CN): gb2312 label, base64, Word HTML, NextPart boundaries, Thread-Index."""
    cs = c.get("cs", "gb2312")
    seed = c["seed"]
    st = hx(seed, 12).upper()
    inner = c["html"] if c.get("html") is not None else text_html(c["text"], "p class=MsoNormal").replace(
        "</p class=MsoNormal>", "</p>")
    doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;'
           'text-align:justify;font-size:10.5pt;font-family:%s;} --></style></head><body lang=ZH-CN link="#0563C1" '
           'vlink="#954F72" style="text-justify-trim:punctuation"><div class=WordSection1>\n%s\n</div></body></html>\n'
           % (cs, "新細明體" if cs == "big5" else "等线", inner))
    body = multi("alternative", [leaf("text/plain", c["text"], cs, c.get("cte", "base64"), crlf=True),
                                 leaf("text/html", doc, cs, c.get("cte", "base64"), crlf=True)],
                 "----=_NextPart_%03d_0001_01DC%s.%s" % (1 if c.get("att") else 0, st[:4], st[4:12]))
    if c.get("att"):
        body = multi("mixed", [body] + list(c["att"]), "----=_NextPart_000_0000_01DC%s.%s" % (st[:4], st[4:12]))
    body.preamble = "This is a multipart message in MIME format."
    fe = who(c["frm"])[1]
    hdrs = [("From", haddr(c["frm"], cs)), ("To", haddrs(c["to"], cs))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"], cs)))
    hdrs += _thr(c.get("irt"), c.get("refs"))
    hdrs += [("Subject", htext(c["subject"], cs)), ("Date", rfc_date(c["t"])),
             ("Message-ID", c.get("mid") or "<000001dc%s$%s$%s@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                                        fe.split("@")[1])),
             ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", thread_index(seed)), ("Content-Language", "zh-cn")]
    return envelope(hdrs, body)

def exchange_online(c):
    """Outlook for Microsoft 365 via Exchange Online: Date in +0000, utf-8 base64, _000_ boundaries."""
    cs = "utf-8"
    mid = "TYZPR06MB%s%s" % (hx(c["seed"], 4).upper(), hx(c["seed"] + "m", 20).upper())
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
           'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class='
           '"elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
           'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div></body></html>\n' % inner)
    body = multi("alternative", [leaf("text/plain", c["text"], cs, "base64", crlf=True),
                                 leaf("text/html", doc, cs, "base64", crlf=True)], "_000_%s_" % mid)
    if c.get("att"):
        body = multi("mixed", [body] + list(c["att"]), "_004_%s_" % mid)
    hdrs = [("From", haddr(c["frm"], cs)), ("To", haddrs(c["to"], cs))]
    if c.get("cc"):
        hdrs.append(("CC", haddrs(c["cc"], cs)))
    topic = re.sub(r"^((RE|Re|FW|Fw|答复|回复|转发):\s*)+", "", c["subject"])
    hdrs += [("Subject", htext(c["subject"], cs)), ("Thread-Topic", htext(topic, cs)),
             ("Thread-Index", thread_index(c["seed"])), ("Date", rfc_date(c["t"].astimezone(UTC))),
             ("Message-ID", c.get("mid") or "<%s@%s.apcprd06.prod.outlook.com>" % (mid, mid[:13]))]
    hdrs += _thr(c.get("irt"), c.get("refs"))
    hdrs += [("Accept-Language", "zh-CN, en-US"), ("Content-Language", c.get("lang", "zh-CN")),
             ("X-MS-Has-Attach", "yes" if c.get("att") else ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return envelope(hdrs, body)

def foxmail(c):
    cs = c.get("cs", "GBK")
    n = int(hx(c["seed"], 6), 16)
    b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
           'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
           '</head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
           '<div><span>%s</span></div></body></html>' % (cs, inner, esc(c.get("sig", who(c["frm"])[0]))))
    text = c["text"] + "\n\n\n\n" + c.get("sig", who(c["frm"])[0]) + "\n"
    body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                 leaf("text/html", doc, cs, "base64", crlf=True)], b,
                 preamble="This is a multi-part message in MIME format.")
    if c.get("att"):
        body = multi("mixed", [body] + list(c["att"]), "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                     preamble="This is a multi-part message in MIME format.")
    fe = who(c["frm"])[1]
    hdrs = [("Date", rfc_date(c["t"])), ("From", haddr(c["frm"], cs, quote=True)), ("To", haddrs(c["to"], cs, quote=True))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"], cs, quote=True)))
    hdrs += [("Subject", htext(c["subject"], cs))] + _thr(c.get("irt"), c.get("refs"))
    hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(c["seed"], 8).upper(), hx(c["seed"], 12)[8:].upper(),
                                                                hx(c["seed"] + "g", 4).upper(), hx(c["seed"] + "h", 4).upper(),
                                                                hx(c["seed"] + "i", 12).upper())),
             ("X-Has-Attach", "yes" if c.get("att") else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
             ("Mime-Version", "1.0"),
             ("Message-ID", c.get("mid") or "<%s%07d@%s>" % (c["t"].strftime("%Y%m%d%H%M%S"), n % 10 ** 7, fe.split("@")[1]))]
    return envelope(hdrs, body)

def exmail(c):
    """Tencent Exmail (企业微信邮箱) web: gb18030 base64, X-QQ-* headers."""
    cs = c.get("cs", "gb18030")
    seed = c["seed"]
    b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    doc = '<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>%s</div>' % (cs, inner)
    body = multi("alternative", [leaf("text/plain", c["text"], cs, "base64"), leaf("text/html", doc, cs, "base64")], b,
                 preamble="This is a multi-part message in MIME format.")
    hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"), ("X-HAS-ATTACH", "no"),
            ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "113.%d.%d.%d" % (int(hx(seed, 2), 16) % 250, 41,
                                                                                 int(hx(seed, 4)[2:], 16) % 250)),
            ("X-QQ-STYLE", ""), ("X-QQ-mid", "bizmail%dt%dt%s" % (int(hx(seed, 1), 16) % 9, int(c["t"].timestamp()),
                                                                   hx(seed + "q", 7))),
            ("From", haddr(c["frm"], cs, quote=True)), ("To", haddrs(c["to"], cs, quote=True))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"], cs, quote=True)))
    hdrs += [("Subject", htext(c["subject"], cs)), ("Mime-Version", "1.0"), ("Date", rfc_date(c["t"])),
             ("X-Priority", "3"), ("Message-ID", c.get("mid") or "<tencent_%s@exmail.qq.com>" % hx(seed, 36).upper()),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    hdrs += _thr(c.get("irt"), c.get("refs"))
    return envelope(hdrs, body)

def coremail(c):
    cs = c.get("cs", "UTF-8")
    seed = c["seed"]
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(c["t"].timestamp() * 1000))
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    doc = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>' % inner
    cte = c.get("cte", "base64")
    body = multi("alternative", [leaf("text/plain", c["text"], cs, cte), leaf("text/html", doc, cs, cte)], b)
    if c.get("att"):
        body = multi("mixed", [body] + list(c["att"]), "----=_Part_%d_%d.%d" % (int(hx(seed, 5), 16), 7,
                                                                                 int(c["t"].timestamp() * 1000)))
    fe = who(c["frm"])[1]
    hdrs = [("Date", rfc_date(c["t"])), ("From", haddr(c["frm"], cs, quote=True)), ("To", haddrs(c["to"], cs, quote=True))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"], cs, quote=True)))
    hdrs += [("Subject", htext(c["subject"], cs))] + _thr(c.get("irt"), c.get("refs"))
    hdrs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20240820(b7a7d9a5)"),
             ("X-Coremail-Locale", "zh_CN"), ("MIME-Version", "1.0"),
             ("Message-ID", c.get("mid") or "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe)),
             ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-")),
             ("X-CM-SenderInfo", "x%s" % hx(seed + "s", 12))]
    return envelope(hdrs, body)

def gmail(c):
    seed = c["seed"]
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    body = multi("alternative", [leaf("text/plain", c["text"], "UTF-8", "quoted-printable", quote=False),
                                 leaf("text/html", '<div dir="ltr">%s</div>\n' % inner, "UTF-8", "quoted-printable",
                                      quote=False)], "000000000000%s" % hx(seed, 14))
    if c.get("att"):
        body = multi("mixed", [body] + list(c["att"]), "000000000000%s" % hx(seed + "m", 14))
    hdrs = [("MIME-Version", "1.0")] + _thr(c.get("irt"), c.get("refs"))
    hdrs += [("From", haddr(c["frm"])), ("Date", rfc_date(c["t"])),
             ("Message-ID", c.get("mid") or "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(c["subject"])), ("To", haddrs(c["to"]))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"])))
    return envelope(hdrs, body)

def apple(c):
    """Apple Mail (macOS) / iPhone Mail: utf-8 QP, Apple-Mail boundary, Mime-Version with the build."""
    seed = c["seed"]
    ua = c.get("ua", "Apple Mail (2.3826.400.131.1.6)")
    if c.get("plain_only"):
        body = leaf("text/plain", c["text"], "utf-8", "quoted-printable", quote=False)
    else:
        inner = c["html"] if c.get("html") is not None else text_html(c["text"])
        doc = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
               '</body></html>' % inner)
        body = multi("alternative", [leaf("text/plain", c["text"], "utf-8", "quoted-printable", quote=False),
                                     leaf("text/html", doc, "utf-8", "quoted-printable", quote=False)],
                     "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "x", 4).upper(),
                                                     hx(seed + "y", 4).upper(), hx(seed + "z", 12).upper()))
    fe = who(c["frm"])[1]
    hdrs = [("From", haddr(c["frm"])), ("Content-Type", None)] if False else [("From", haddr(c["frm"]))]
    hdrs += [("Mime-Version", "1.0 (1.0)" if "iPhone" in ua else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
             ("Subject", htext(c["subject"])), ("Date", rfc_date(c["t"]))]
    hdrs += _thr(c.get("irt"), c.get("refs"))
    hdrs += [("To", haddrs(c["to"]))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"])))
    hdrs += [("Message-Id", c.get("mid") or "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                                    hx(seed + "3", 4).upper(), hx(seed + "4", 4).upper(),
                                                                    hx(seed + "2", 12).upper(), fe.split("@")[1])),
             ("X-Mailer", ua.replace("Apple Mail", "Apple Mail") if "iPhone" not in ua else ua)]
    return envelope(hdrs, body)

def thunderbird(c):
    """Thunderbird: 8bit UTF-8 plain text, format=flowed, User-Agent header."""
    seed = c["seed"]
    body = leaf("text/plain", c["text"], "UTF-8", "8bit", quote=False, params=())
    body.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    fe = who(c["frm"])[1]
    hdrs = [("Message-ID", c.get("mid") or "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "a", 4), hx(seed + "b", 12),
                                                             fe.split("@")[1])),
            ("Date", rfc_date(c["t"])), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")]
    hdrs += [("To", haddrs(c["to"]))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"])))
    hdrs += [("From", haddr(c["frm"])), ("Subject", htext(c["subject"]))] + _thr(c.get("irt"), c.get("refs"))
    return envelope(hdrs, body)

def feishu(c):
    """Feishu (Lark) Mail: utf-8 base64 multipart/alternative (header shape approximated: no verified raw sample)."""
    seed = c["seed"]
    inner = c["html"] if c.get("html") is not None else text_html(c["text"])
    body = multi("alternative", [leaf("text/plain", c["text"], "UTF-8", "base64"),
                                 leaf("text/html", "<div>%s</div>" % inner, "UTF-8", "base64")], hx(seed, 64))
    hdrs = [("Content-Type", None)] if False else []
    hdrs += [("Subject", htext(c["subject"])), ("Mime-Version", "1.0"),
             ("From", haddr(c["frm"], quote=True)), ("To", haddrs(c["to"], quote=True))]
    if c.get("cc"):
        hdrs.append(("Cc", haddrs(c["cc"], quote=True)))
    hdrs += [("Date", rfc_date(c["t"])),
             ("Message-Id", c.get("mid") or "<%s.%s@%s>" % (hx(seed, 16), hx(seed + "l", 24), who(c["frm"])[1].split("@")[1]))]
    hdrs += _thr(c.get("irt"), c.get("refs"))
    return envelope(hdrs, body)

CLIENTS = {"outlook": outlook, "exo": exchange_online, "foxmail": foxmail, "exmail": exmail, "coremail": coremail,
           "gmail": gmail, "apple": apple, "thunderbird": thunderbird, "feishu": feishu}

# ------------------------------------------------------------------------------------------------ cases
CASES = []

def T(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)

def case(num, slug, client, kind, what, c, items=(), followup=None, reply=None, notes=""):
    c.setdefault("seed", "h6-%d" % num)
    CASES.append({"num": num, "slug": slug, "client": client, "kind": kind, "what": what, "c": c,
                  "gold": {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}})

YF = lambda: BOTS["yf"]
JL = lambda: BOTS["jl"]
QM = lambda: BOTS["qm"]
SW = lambda: BOTS["sw"]

# ---- 1001 洋帆: ordinary numbered 待办 (Foxmail GBK) ------------------------------------------------------------
case(1001, "yf-amazon-weekly-numbered-foxmail", "foxmail", "minutes",
     "Ordinary Foxmail GBK weekly minutes, numbered 待办 lines 'N. 姓名：事项，期限': 下周二前, 3个工作日内, 月底前, 3月21日（周五）前, 尽快; next meeting date+time after a label",
     dict(frm="陈思远", to=["梁嘉欣", "黄俊杰", "罗小燕", "钟浩"], cc=[YF()], t=T("2025-03-14 18:20:41"),
          subject="Amazon美国站周会纪要 3.14",
          text="""各位好，

今天周会的纪要如下，有问题今天回我。

时间：2025年3月14日（周五）16:00-17:10
地点：3楼会议室 + 腾讯会议
参会：陈思远、梁嘉欣、黄俊杰、罗小燕、钟浩
记录：陈思远

一、本周数据
美国站本周销售额 $48,320，环比 +6.1%；ACoS 31.4%，比上周高 2 个点，主要是春季大促前抢位。
保温杯系列 BSR 回到小类第 23。

二、待办
1. 梁嘉欣：春季大促（Big Spring Sale）广告预算表，按 ASIN 拆到天，下周二前给我
2. 黄俊杰：处理 3 个 ASIN listing 被抑制（Suppressed）的问题，3个工作日内搞定
3. 罗小燕：美西仓 FBA 补货计划，月底前提交
4. 钟浩：新款 316 保温杯 A+ 页面设计稿，3月21日（周五）前出初稿
5. 黄俊杰：跟海贸通确认 4 月海运舱位，尽快

三、其他
大促期间客服回复时效按 12 小时执行（已定，不用再讨论）。

下次周会：3月21日 16:00，同一会议室。

陈思远"""),
     [item("梁嘉欣", "春季大促（Big Spring Sale）广告预算表，按 ASIN 拆到天", "2025-03-18", rule=("next", 1)),
      item("黄俊杰", "处理 3 个 ASIN listing 被抑制（Suppressed）的问题", "2025-03-19", rule=("wd", 3)),
      item("罗小燕", "美西仓 FBA 补货计划", "2025-03-31", rule=("monthend",)),
      item("钟浩", "新款 316 保温杯 A+ 页面设计稿初稿", "2025-03-21", rule=("abs", "2025-03-21")),
      item("黄俊杰", "跟海贸通确认 4 月海运舱位", None, flags=["vague_due"])],
     fu("2025-03-21", "16:00"),
     notes="Sent Fri 2025-03-14 18:20 +0800. 下周二前 -> next calendar week's Tuesday 03-18. 3个工作日内 from Fri: Mon 17, Tue 18, Wed 19 -> 03-19 (no holiday). 月底前 -> 03-31. 3月21日（周五）前 -> 03-21 (a Friday). 尽快 -> vague_due. The 12-hour customer-service line is a decision (marked 已定), not an item; '有问题今天回我' is a request for objections, not an item. Next meeting '3月21日 16:00'.")

# ---- 1002 洋帆: design review grouped by person headings, before National Day 2025 (Feishu) --------------------
case(1002, "yf-design-review-person-headings-feishu", "feishu", "minutes",
     "Feishu Mail UTF-8, minutes grouped under 【person】 headings (a done line under a heading is not an item); 节前 = last working day before National Day 2025; 节后第一个工作日 = 10-09; next meeting '10月9日（周四）同一时间' with the time only in the header",
     dict(frm="方雨桐", to=["钟浩", "吴婷婷"], cc=["陈思远", YF()], t=T("2025-09-26 17:42:05"),
          subject="Shopee 双11 视觉评审 会议记录",
          text="""Hi all，今天评审的记录，按人列一下：

会议：Shopee 双11 大促视觉评审
时间：9月26日（周五）15:00–16:20
参加：方雨桐、钟浩、吴婷婷、陈思远（后半场）

【钟浩】
· 主图 5 张重做，白底图和场景图各一套，9月28日（周日，调休上班）前交我看
· 双11 店铺首页视频封面，节前出完
· 马来站的 banner 上周已经改完上线了，不用再动

【吴婷婷】
· 马来站、菲律宾站双11 活动报名截图发群里备档，9月29日前
· 台湾站报名已经提交（9/25），等平台审核

【方雨桐】
· 品牌 VI 规范 v2 终审，节后第一个工作日给出结论

结论：主色沿用今年春节款的橙红，不再换。

下次评审放到节后，10月9日（周四）同一时间。

--
方雨桐 | 设计部
洋帆跨境 · 深圳市南山区"""),
     [item("钟浩", "主图 5 张重做，白底图和场景图各一套", "2025-09-28", rule=("abs", "2025-09-28")),
      item("钟浩", "双11 店铺首页视频封面", "2025-09-30", rule=("before", "2025-10-01")),
      item("吴婷婷", "马来站、菲律宾站双11 活动报名截图发群里备档", "2025-09-29", rule=("abs", "2025-09-29")),
      item("方雨桐", "品牌 VI 规范 v2 终审", "2025-10-09", rule=("after", "2025-10-08"))],
     fu("2025-10-09", "15:00", rule=("abs", "2025-10-09")),
     notes="Sent Fri 2025-09-26. National Day 2025: holiday 10-01..10-08, make-up working days Sun 09-28 and Sat 10-11. '节前' = last working day before the holiday = Tue 09-30. '节后第一个工作日' = Thu 10-09. 09-28 is the make-up Sunday, written explicitly. Lines reporting done work (马来站 banner 已上线, 台湾站报名已经提交) are status, not items. '结论' is a decision. Next meeting: 10月9日（周四）'同一时间' = the start time of this meeting (15:00, from the 时间 line).")

# ---- 1003 洋帆: English/Chinese checkbox list with @handles (Gmail, Google Workspace) ----------------------------
case(1003, "yf-shopee-checkbox-handles-gmail", "gmail", "minutes",
     "Mixed zh/en minutes from Google Workspace: '- [ ] @Kiki … by Thu (Fri is 端午)', EOD, 'by 6/24', a ticked [x] line (done), 'owner TBD, ASAP'; 'Next sync 6/24 (Wed) 11:00'",
     dict(frm="吴婷婷", to=["梁嘉欣", "黄俊杰", "邓志强", "方雨桐"], cc=[YF()], t=T("2026-06-17 11:05:37"),
          subject="notes - 618 wrap-up / Shopee SG",
          text="""Quick notes from this morning (10:00-10:50), 有漏的直接补充

Context: 618 GMV 完成目标 104%，SG 站 free shipping 活动 ROI 偏低

Action items
- [ ] @Kiki 整理 618 大促复盘数据 (traffic / CVR / ad spend by SKU), by Thu (Fri is 端午)
- [ ] @Jay reply to Amazon Seller Support case re: 品牌备案, EOD
- [ ] @Johnny confirm 海外仓 inbound slot for the 7/3 container, by 6/24
- [x] @Tong 新 banner 已上线
- [ ] Shopee SG 运费模板 update - owner TBD, ASAP

Next sync 6/24 (Wed) 11:00, same room

Tina"""),
     [item("梁嘉欣", "整理 618 大促复盘数据 (traffic / CVR / ad spend by SKU)", "2026-06-18", rule=("this", 3)),
      item("黄俊杰", "reply to Amazon Seller Support case re: 品牌备案", "2026-06-17", rule=("days", 0)),
      item("邓志强", "confirm 海外仓 inbound slot for the 7/3 container", "2026-06-24", rule=("abs", "2026-06-24")),
      item(None, "Shopee SG 运费模板 update", None, flags=["no_owner", "vague_due"])],
     fu("2026-06-24", "11:00"),
     notes="Sent Wed 2026-06-17. Handles via roster aliases: Kiki = 梁嘉欣, Jay = 黄俊杰, Johnny = 邓志强, Tong = 方雨桐. 'by Thu' -> this week's Thursday 06-18 (06-19 is the Dragon Boat holiday, which the writer mentions). EOD -> the send date. 'by 6/24' -> 2026-06-24. The [x] line is done, not an item. 'owner TBD, ASAP' -> no_owner + vague_due. 'Next sync 6/24 (Wed) 11:00'.")

# ---- 1004 洋帆: forwarded minutes written by the forwarder company, with a preface (Outlook gb2312) ----------------
_fw_1004 = """各位，海贸通 Kevin 整理的纪要，我核对过了没问题，转给大家按这个执行。小燕那条比较急，辛苦。

思远

-----邮件原件-----
发件人: 张立群 <kevin.zhang@haimaotong-log.example.com>
发送时间: 2025年12月26日 17:12
收件人: 陈思远 <chensiyuan@yangfan-ec.example.cn>
抄送: 邓志强 <dengzhiqiang@yangfan-ec.example.cn>; 罗小燕 <luoxiaoyan@yangfan-ec.example.cn>
主题: 会议纪要-洋帆/海贸通 2026年Q1 美线出货沟通

陈总好，

今天下午沟通的内容整理如下，请查阅：

1. 海贸通（张立群）：提供 2026 年 Q1 美西/美东 海运报价（含快船、普船），2026年1月5日前发出。
2. 洋帆（罗小燕）：春节前最后一柜（1月中旬出运）的装箱单和申报资料，12月31日前提交海贸通。
3. 洋帆（邓志强）：确认 1 月中旬美西仓收货排期。
4. 双方：春节期间停收货的具体时间，待定。

另：海贸通 1 月起 美西快船 加收旺季附加费 USD 300/柜（已告知，洋帆知悉）。

下次沟通：1月7日（周三）上午10点，电话会。

张立群 Kevin Zhang
海贸通国际物流 | 销售经理
M: 138-xxxx-2281"""
case(1004, "yf-forwarded-forwarder-minutes-outlook", "outlook", "minutes",
     "Outlook gb2312 '转发:' of minutes written by the freight forwarder (external author, items owned by both companies) under an Outlook '-----邮件原件-----' block, with the forwarder's own preface that carries no item; dept-style '双方 … 待定'; '1月中旬' vague",
     dict(frm="陈思远", to=["邓志强", "罗小燕"], cc=["张立群", YF()], t=T("2025-12-29 09:31:12"),
          subject="转发: 会议纪要-洋帆/海贸通 2026年Q1 美线出货沟通", text=_fw_1004),
     [item("张立群", "提供 2026 年 Q1 美西/美东 海运报价（含快船、普船）", "2026-01-05", rule=("abs", "2026-01-05")),
      item("罗小燕", "春节前最后一柜的装箱单和申报资料提交海贸通", "2025-12-31", rule=("abs", "2025-12-31")),
      item("邓志强", "确认 1 月中旬美西仓收货排期", None, flags=["no_due"]),
      item(None, "春节期间停收货的具体时间", None, flags=["no_owner", "vague_due"])],
     fu("2026-01-07", "10:00"),
     notes="Sent Mon 2025-12-29. The forward's preface ('小燕那条比较急') adds no item. The minutes were written by Kevin (张立群, 海贸通, external): his own item resolves to the Cc entry 张立群 <kevin.zhang@...> (not in the roster, department null). '1 月中旬' inside item 3 is the time of the shipments being scheduled, not a deadline for the task -> no_due (a reader could also read it as a vague deadline; no date either way). '双方 … 待定' -> no_owner + vague_due. The surcharge line is information. Next: 1月7日（周三）上午10点 -> 2026-01-07 10:00.")

# ---- 1005 洋帆: Tencent Meeting AI minutes pasted before Spring Festival 2026 (Exmail gb18030) ------------------
case(1005, "yf-tencent-ai-minutes-spring-festival-exmail", "exmail", "minutes",
     "腾讯会议 智能纪要 pasted into Exmail gb18030: 摘要/章节 with time stamps and 'X提到需要…' sentences are not items; only 待办 counts; 3个工作日内 from Wed 02-11 lands on the 02-14 make-up Saturday; 节后第一个工作日 = 02-24; 'AI生成' footer",
     dict(frm="陈思远", to=["吴婷婷", "邓志强", "黄俊杰", "梁嘉欣"], cc=[YF()], t=T("2026-02-11 19:08:52"),
          subject="春节店铺安排 会议纪要（腾讯会议智能纪要）",
          text="""大家看下，腾讯会议自动生成的，我只删了几句闲聊。

【腾讯会议】智能纪要
会议主题：春节店铺及仓库安排
会议时间：2026/02/11 14:00-14:46
参会人：陈思远、吴婷婷、邓志强、黄俊杰、梁嘉欣

会议摘要
本次会议主要讨论春节期间各平台店铺的运营安排、仓库值班及节后广告恢复。陈思远强调春节期间以稳为主，不做大促。梁嘉欣提到需要在春节前把亚马逊的库存健康报告过一遍，邓志强表示仓库 2 月 14 日后停止发货。

章节速览
00:00:41 春节期间店铺安排
  吴婷婷介绍 Shopee 各站点春节期间的休假模式设置方法，建议提前开启。
00:12:09 仓库值班
  邓志强说明仓库值班人员和停发货时间，黄俊杰询问退货处理。
00:31:55 节后广告恢复
  讨论节后广告恢复节奏，陈思远要求先恢复核心 ASIN。

待办
1. 吴婷婷：Shopee 各站点设置春节休假模式，2月13日前完成
2. 邓志强：仓库春节值班表，3个工作日内发出
3. 黄俊杰：节后第一个工作日恢复核心 ASIN 广告投放

以上内容由AI生成，仅供参考"""),
     [item("吴婷婷", "Shopee 各站点设置春节休假模式", "2026-02-13", rule=("abs", "2026-02-13")),
      item("邓志强", "仓库春节值班表", "2026-02-14", rule=("wd", 3)),
      item("黄俊杰", "恢复核心 ASIN 广告投放", "2026-02-24", rule=("after", "2026-02-23"))],
     None,
     notes="Sent Wed 2026-02-11. Spring Festival 2026: holiday 02-15..02-23, make-up working days Sat 02-14 and Sat 02-28. 3个工作日内: Thu 12, Fri 13, Sat 14 (make-up) -> 02-14. 节后第一个工作日 -> Tue 02-24. Summary and chapter lines ('梁嘉欣提到需要…', '陈思远要求先恢复核心 ASIN', '2 月 14 日后停止发货') are the AI's narrative, not items; only the 待办 section counts. No next meeting.")

# ---- 1006 洋帆: new minutes posted as RE: in last week's thread (Outlook utf-8 QP) -------------------------------
_old_1006 = """发件人: 陈思远 <chensiyuan@yangfan-ec.example.cn>
发送时间: 2026年7月13日 10:05
收件人: 黄俊杰 <huangjunjie@yangfan-ec.example.cn>; 梁嘉欣 <liangjiaxin@yangfan-ec.example.cn>; 叶佩珊 <yepeishan@yangfan-ec.example.cn>
抄送: 会议纪要助手 <jiyao@yangfan-ec.example.cn>
主题: 【周会纪要】7月13日 运营周会

1. 黄俊杰：Prime Day 广告预算追加申请，7月15日前
2. 梁嘉欣：Prime Day 秒杀（Lightning Deal）提报，7月14日
3. 叶佩珊：6 月回款对账，7月17日前

下次：7月20日 9:30"""
case(1006, "yf-new-minutes-in-old-re-thread-outlook", "outlook", "minutes",
     "New week's minutes posted as 'RE:' in last week's thread (In-Reply-To/References): only the new items count, the quoted old minutes below the Outlook 发件人 block are not items; 本周四前, 7/24, 月底; '下周一同一时间' with this meeting's time in the header",
     dict(frm="陈思远", to=["黄俊杰", "梁嘉欣", "叶佩珊"], cc=[YF()], t=T("2026-07-20 10:12:33"), cs="utf-8",
          cte="quoted-printable",
          subject="RE: 【周会纪要】7月13日 运营周会",
          irt="<000001dc11aa$2b3c4d5e$6f7a8b9c@yangfan-ec.example.cn>",
          refs=["<000001dc11aa$2b3c4d5e$6f7a8b9c@yangfan-ec.example.cn>"],
          text="""本周（7/20）周会纪要，直接回在这个线程里了，上周的在下面。
时间：7月20日 9:30-10:00

1. 黄俊杰：Prime Day 复盘报告，本周四前
2. 梁嘉欣：下架 12 个滞销 SKU 并提交移除订单，7/24
3. 叶佩珊：核对 6 月欧洲站 VAT 申报数据，月底

上周的 1、2 已完成；3 佩珊说本周内搞定。

下周一同一时间。

""" + _old_1006),
     [item("黄俊杰", "Prime Day 复盘报告", "2026-07-23", rule=("this", 3)),
      item("梁嘉欣", "下架 12 个滞销 SKU 并提交移除订单", "2026-07-24", rule=("abs", "2026-07-24")),
      item("叶佩珊", "核对 6 月欧洲站 VAT 申报数据", "2026-07-31", rule=("monthend",))],
     fu("2026-07-27", "09:30", rule=("next", 0)),
     notes="Sent Mon 2026-07-20 as RE: in the 07-13 thread. Only the three new lines are items; the quoted 07-13 minutes (below '发件人:/发送时间:') are the old meeting, and '上周的 1、2 已完成；3 佩珊说本周内搞定' is status of old items. 本周四前 -> 07-23; 7/24 -> 2026-07-24; 月底 -> 07-31. '下周一同一时间' -> Mon 07-27 at 09:30 (this meeting's start on the 时间 line).")

# ---- 1007 洋帆: warehouse minutes with the same task for two owners, own numbering with a gap (Thunderbird 8bit) --
case(1007, "yf-warehouse-same-task-two-owners-thunderbird", "thunderbird", "minutes",
     "Thunderbird 8bit plain text: the same task text '提交盘点差异说明' under two warehouse headings for two owners (two items); the minutes' own numbering skips 4; 明天 on a Friday (Saturday overtime), 下周二前, 下周五, 尽快",
     dict(frm="邓志强", to=["罗小燕", "钟浩"], cc=["陈思远", YF()], t=T("2025-08-29 17:55:10"),
          subject="仓库月度盘点会 纪要",
          text="""8月盘点会（8/29 下午）纪要：

东莞仓：
 1. 提交盘点差异说明 —— 罗小燕，下周二前
 2. 退货区明天（周六）加班盘点 —— 罗小燕
美西海外仓：
 3. 提交盘点差异说明 —— 邓志强，下周五
其他：
 5. 库位标签模板按新 SKU 规则重新出 —— 钟浩，尽快

（第4条跟采购有关，已经挪到采购会上讨论，这里不记。）

邓志强
仓储物流部
"""),
     [item("罗小燕", "提交盘点差异说明", "2025-09-02", rule=("next", 1)),
      item("罗小燕", "退货区加班盘点", "2025-08-30", rule=("days", 1)),
      item("邓志强", "提交盘点差异说明", "2025-09-05", rule=("next", 4)),
      item("钟浩", "库位标签模板按新 SKU 规则重新出", None, flags=["vague_due"])],
     None,
     notes="Sent Fri 2025-08-29. Two items share the task text '提交盘点差异说明' (different owners and warehouses): both must be kept. The writer's numbering skips 4 (explained in the text); item order follows the text. 下周二前 -> 09-02; 明天（周六） -> 08-30; 下周五 -> 09-05; 尽快 -> vague_due. The line about 第4条 is not an item.")

# ---- 1008 国网: 一是…二是… formal meeting minutes (Outlook gb2312) --------------------------------------------
case(1008, "jl-summer-peak-yishi-ershi-outlook", "outlook", "minutes",
     "SOE 专题会议纪要 (gb2312) with 会议要求 '一是…二是…三是…四是…' prose: a 牵头 person owns one, departments own others (no_owner), 四是 is a general requirement; 会议指出/认为 paragraphs are not items; 本周五前",
     dict(frm="蒋涛", to=["刘国栋", "何静", "唐建平", "袁立新"], cc=["许志远", "高红梅", JL()], t=T("2025-06-16 16:48:20"),
          subject="迎峰度夏工作专题会议纪要（〔2025〕第12期）",
          text="""各位主任：
    现将6月16日迎峰度夏工作专题会议纪要印发给你们，请认真贯彻落实。

迎峰度夏工作专题会议纪要
〔2025〕第12期

    2025年6月16日上午，公司副总经理许志远在二楼会议室主持召开迎峰度夏工作专题会议，运维检修部、营销部、安全监察部、调度控制中心等部门负责人参加会议。现纪要如下：

    会议听取了运维检修部关于迎峰度夏准备工作情况的汇报。会议指出，今年夏季全市最高负荷预计同比增长7%以上，部分重载线路存在过载风险，各部门要进一步提高政治站位，压紧压实责任。

    会议要求：一是运维检修部由刘国栋同志牵头，于6月30日前完成35千伏及以上变电站迎峰度夏设备特巡特护，建立重过载设备台账。二是营销部要修订完善有序用电方案，7月5日前报送修订稿。三是安全监察部要在本周五前下发迎峰度夏期间安全生产督查工作方案。四是各部门要严格执行24小时值班和领导带班制度，确保信息报送及时准确。

    参加人员：许志远、刘国栋、何静、唐建平、袁立新
    记录：蒋涛

国网江临市供电公司办公室
2025年6月16日"""),
     [item("刘国栋", "完成35千伏及以上变电站迎峰度夏设备特巡特护，建立重过载设备台账", "2025-06-30", rule=("abs", "2025-06-30")),
      item(None, "修订完善有序用电方案，报送修订稿", "2025-07-05", flags=["no_owner"], department="营销部", rule=("abs", "2025-07-05")),
      item(None, "下发迎峰度夏期间安全生产督查工作方案", "2025-06-20", flags=["no_owner"], department="安全监察部", rule=("this", 4))],
     None,
     notes="Sent Mon 2025-06-16. 一是: 运维检修部 with 刘国栋 牵头 -> owner 刘国栋 (the named lead). 二是/三是 name only a department -> owner null, no_owner, department as written (营销部, 安全监察部). 四是 is a standing requirement (24小时值班) for all departments, not an item. 会议指出 paragraph is a finding. 本周五前 -> 06-20. No next meeting.")

# ---- 1009 国网: 督办事项表 with 责任单位/责任人/完成时限 (Coremail GBK HTML table) on the eve of National Day -----
_rows_1009 = [["序号", "督办事项", "责任单位", "责任人", "完成时限", "备注"],
              ["1", "完成10千伏城南线、滨河线、工业园Ⅱ线隐患消缺", "运维检修部", "孙卫东", "节后3个工作日内", ""],
              ["2", "报送四季度配网投资计划调整建议", "发展策划部", "郑凯", "10月15日", ""],
              ["3", "编制高压客户节后复工用电检查方案", "营销部", "马骏", "节后第一个工作日", ""],
              ["4", "国庆假期值班安排及带班表", "办公室", "蒋涛", "9月29日", "已完成"],
              ["5", "组织开展冬季安全大检查", "安全监察部", "", "另行通知", "待省公司文件"]]
case(1009, "jl-supervision-table-national-day-coremail", "coremail", "minutes",
     "Coremail GBK HTML 督办事项表 (责任单位/责任人/完成时限/备注) sent 09-30: 节后3个工作日内 ends on the 10-11 make-up Saturday; 节后第一个工作日 = 10-09; a 已完成 row is not an item; empty 责任人 + 另行通知 -> no_owner + vague_due",
     dict(frm="高红梅", to=["刘国栋", "郑凯", "何静", "唐建平", "孙卫东", "马骏"], cc=["许志远", JL()],
          t=T("2025-09-30 16:31:07"), cs="GBK",
          subject="9月30日公司周例会督办事项",
          text="各部门：\n    9月30日公司周例会确定的督办事项如下，请各责任单位按时限落实，完成情况报办公室。\n\n"
               + table_text(_rows_1009) + "\n\n    下次督办会：10月13日（周一）上午9:00，三楼第一会议室。\n\n办公室 高红梅\n",
          html="<div>各部门：</div><div>&nbsp;&nbsp;&nbsp;&nbsp;9月30日公司周例会确定的督办事项如下，请各责任单位按时限落实，完成情况报办公室。</div><div><br></div>"
               + table_html(_rows_1009) + "<div><br></div><div>&nbsp;&nbsp;&nbsp;&nbsp;下次督办会：10月13日（周一）上午9:00，三楼第一会议室。</div><div><br></div><div>办公室 高红梅</div>"),
     [item("孙卫东", "完成10千伏城南线、滨河线、工业园Ⅱ线隐患消缺", "2025-10-11", rule=("wd", 3)),
      item("郑凯", "报送四季度配网投资计划调整建议", "2025-10-15", rule=("abs", "2025-10-15")),
      item("马骏", "编制高压客户节后复工用电检查方案", "2025-10-09", rule=("after", "2025-10-08")),
      item(None, "组织开展冬季安全大检查", None, flags=["no_owner", "vague_due"], department="安全监察部")],
     fu("2025-10-13", "09:00"),
     notes="Sent Tue 2025-09-30 (last working day before National Day 2025: holiday 10-01..10-08, make-up Sat 10-11). '节后3个工作日内': the three working days after the send date are 10-09, 10-10, 10-11 (make-up Saturday) -> 10-11; counting from the end of the holiday gives the same. 节后第一个工作日 -> 10-09. Row 4 备注 已完成 -> status. Row 5: empty 责任人, 责任单位 安全监察部 -> no_owner, department 安全监察部; 另行通知 -> vague_due. Next: 10-13 09:00.")

# ---- 1010 国网: （一）（二） sections, wrapped lines, sub-numbering inside brackets (Exchange Online, +0000) ------
case(1010, "jl-spring-safety-sections-wrapped-exo", "exo", "minutes",
     "Exchange Online (Date in +0000) SOE minutes with （一）（二）（三） sections: 牵头/配合 in prose, deadline in brackets on a wrapped continuation line, two sub-tasks numbered 1./2. inside brackets with their own dates, 清明节后第一个工作日; next meeting 'X日（星期四）下午召开，具体时间另行通知' (half day only)",
     dict(frm="蒋涛", to=["刘国栋", "唐建平", "何静", "马骏", "袁立新"], cc=["许志远", "高红梅", JL()],
          t=T("2026-04-02 07:52:18", UTC),
          subject="关于春季安全生产检查及营销数据治理工作的会议纪要",
          text="""各位领导、同事：
根据许总要求，4月2日上午专题会议纪要如下，请各部门抓好落实。

一、会议议定事项
（一）关于配网带电作业安全管控。由运维检修部（刘国栋）牵头，安全监察部（唐建平）配合，对全市
12个带电作业班组开展专项督查，形成督查报告（于4月17日前报分管
领导）。
（二）关于营销“一户一档”数据治理。营销部马骏负责，完成城区存量客户档案核查（其中：1.高压
客户档案于4月15日前完成；2.低压居民客户档案于4月30日前完成）。
（三）关于清明假期电网运行分析。调度控制中心袁立新负责，清明节后第一个工作日形成节日期间电网
运行分析报告。

二、会议要求
各部门要坚持“安全第一、预防为主、综合治理”方针，严禁无票作业、超范围作业。

下次专题会定于4月16日（星期四）下午召开，具体时间另行通知。

办公室 蒋涛
2026年4月2日"""),
     [item("刘国栋", "对全市12个带电作业班组开展专项督查，形成督查报告报分管领导", "2026-04-17", rule=("abs", "2026-04-17")),
      item("马骏", "高压客户档案核查", "2026-04-15", rule=("abs", "2026-04-15")),
      item("马骏", "低压居民客户档案核查", "2026-04-30", rule=("abs", "2026-04-30")),
      item("袁立新", "形成清明节期间电网运行分析报告", "2026-04-07", rule=("after", "2026-04-06"))],
     fu("2026-04-16", None, rule=("abs", "2026-04-16")),
     notes="Date header Thu 2026-04-02 07:52 +0000 = 15:52 Shanghai. （一）: 运维检修部（刘国栋）牵头 + 安全监察部（唐建平）配合 -> owner 刘国栋 (the lead); the deadline sits inside brackets on the wrapped continuation line. （二）: one section with two sub-tasks numbered inside the bracket, each with its own date -> recorded as two items of 马骏 (a reader could record one item due 4-30; the sub-dates are explicit, so two). （三）: Qingming 2026 holiday 04-04..04-06 -> 清明节后第一个工作日 = Tue 04-07. 会议要求 is policy. Next meeting: 4月16日 下午, time not given -> date 2026-04-16, time null.")

# ---- 1011 国网: minutes as a .docx attachment, body only says see attachment (Outlook gb2312) --------------------
_docx_1011 = docx(
    ["营销部11月经营分析会会议纪要", "时间：2025年11月11日 9:00-11:30    地点：营销部会议室", "主持：何静    记录：马骏",
     "一、会议听取了10月电费回收、业扩报装、95598工单情况汇报。10月电费回收率100%，同比持平。",
     "二、议定事项", "1. 欠费大户催收", "责任单位：营销部（马骏）", "完成时限：11月25日",
     "2. 分布式光伏并网台账与发展策划部规划数据核对", "责任单位：发展策划部", "完成时限：11月底",
     "3. 10月95598重复投诉工单整改回访", "责任单位：营销部 马骏", "完成时限：本周五",
     "三、下次例会：12月9日 9:30"])
case(1011, "jl-marketing-minutes-docx-attachment-outlook", "outlook", "minutes",
     "Outlook gb2312 mail whose body only says the minutes are attached: the items are in a .docx (raw WordprocessingML) as 责任单位：/完成时限： blocks: 11月底, 本周五, a department-only owner; next meeting in the document",
     dict(frm="何静", to=["马骏", "郑凯"], cc=["许志远", JL()], t=T("2025-11-11 14:06:44"),
          subject="营销部11月经营分析会会议纪要",
          text="马骏、郑主任：\n\n    附件为11月经营分析会会议纪要，请查收，按议定事项的完成时限落实。\n\n何静\n营销部\n",
          att=[attachment("营销部11月经营分析会会议纪要.docx", _docx_1011,
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "gb2312")]),
     [item("马骏", "欠费大户催收", "2025-11-25", rule=("abs", "2025-11-25")),
      item(None, "分布式光伏并网台账与发展策划部规划数据核对", "2025-11-30", flags=["no_owner"], department="发展策划部",
           rule=("monthend",)),
      item("马骏", "10月95598重复投诉工单整改回访", "2025-11-14", rule=("this", 4))],
     fu("2025-12-09", "09:30"),
     notes="Sent Tue 2025-11-11. The mail body has no items ('按议定事项的完成时限落实' is a general request); the minutes are the attached .docx. 11月底 -> 11-30 (a Sunday; the date is kept). 本周五 -> 11-14. 责任单位 发展策划部 with no person -> no_owner. Next: 12月9日 9:30 from the document. A parser that does not read attachments finds no items; the gold records what a human assistant would.")

# ---- 1012 启明星: teachers by surname + title, one not in the roster (Exmail gb18030) ----------------------------
case(1012, "qm-summer-term-teacher-titles-exmail", "exmail", "minutes",
     "Exmail gb18030 teaching meeting: owners written 曾老师/彭校/覃校长/小贺/任老师/陈老师; 陈老师 is only in To (陈晓雯, not in the roster); 主讲/配合 in one line; 明天中午12点前, 下周三下班前, 周四前, 尽快; next meeting '下周二同一时间（下午2点）'",
     dict(frm="卢婧", to=["杜雪梅", "曾凡", "彭丽", "覃晓东", "任芳菲", ("陈晓雯", "chenxiaowen@qmx-edu.example.cn")],
          cc=["贺子豪", QM()], t=T("2025-07-08 16:37:29"),
          subject="暑期班第一次教研会 会议纪要（7.8）",
          text="""各位老师好：
今天下午（7月8日 14:00-15:30）暑期班第一次教研会纪要如下：

1、曾老师：初二数学暑期讲义第3-6讲定稿，本周五前发卢老师排版
2、彭校：滨江校区暑期教室排课表，明天中午12点前
3、覃校长：西湖校区302、305空调维修跟物业确认，尽快
4、小贺：暑期续报海报，下周三下班前出稿
5、家长会PPT：任老师主讲，曾老师配合，7月18日前
6、陈老师：英语自然拼读试听课教案，周四前

另：暑期班每节课后需在系统里填写课堂反馈，这个从下周起执行。

下周二同一时间（下午2点）继续教研。

卢婧
教务部 | 启明星教育"""),
     [item("曾凡", "初二数学暑期讲义第3-6讲定稿，发卢老师排版", "2025-07-11", rule=("this", 4)),
      item("彭丽", "滨江校区暑期教室排课表", "2025-07-09", "12:00", rule=("days", 1)),
      item("覃晓东", "西湖校区302、305空调维修跟物业确认", None, flags=["vague_due"]),
      item("贺子豪", "暑期续报海报", "2025-07-16", rule=("next", 2)),
      item("任芳菲", "家长会PPT", "2025-07-18", rule=("abs", "2025-07-18")),
      item("陈晓雯", "英语自然拼读试听课教案", "2025-07-10", rule=("this", 3), email="chenxiaowen@qmx-edu.example.cn")],
     fu("2025-07-15", "14:00", rule=("next", 1)),
     notes="Sent Tue 2025-07-08. Owners through aliases: 曾老师 = 曾凡, 彭校 = 彭丽, 覃校长 = 覃晓东, 小贺 = 贺子豪, 任老师 = 任芳菲. 陈老师 is not in the roster: the only 陈 in To/Cc is 陈晓雯 <chenxiaowen@...> -> owner 陈晓雯 with that address, department null. Item 5: 任老师主讲, 曾老师配合 -> owner 任芳菲. 本周五前 -> 07-11; 明天中午12点前 -> 07-09 12:00; 下周三下班前 -> 07-16 (no time); 周四前 -> this Thursday 07-10. The 课堂反馈 line is a rule. Next: 下周二 07-15 14:00.")

# ---- 1013 启明星: seed-style tracking table (Outlook gb2312 HTML) --------------------------------------------------
_rows_1013 = [["序号", "协作事项", "负责人", "计划完成时间", "进展情况"],
              ["1", "寒假班招生方案（含早鸟价）", "宋佳", "12月10日", "进行中"],
              ["2", "寒假班课表及教室安排", "卢婧", "12月5日", "进行中，约60%"],
              ["3", "期末家长会组织", "彭丽（主责）/覃晓东（配合）", "12月20日", "未开始"],
              ["4", "教师期末考核评分", "杜雪梅", "11月28日", "已完成"],
              ["5", "各校区消防设施检查", "各校区", "待定", "未开始"]]
case(1013, "qm-collab-tracking-table-outlook", "outlook", "minutes",
     "Outlook gb2312 HTML 跨部门协作事项跟踪表 like the seed guides: 进展情况 '约60%' is status (not a reply), 已完成 row excluded, '彭丽（主责）/覃晓东（配合）' in one cell, '各校区' + 待定 -> no_owner + vague_due",
     dict(frm="杜雪梅", to=["宋佳", "卢婧", "彭丽", "覃晓东"], cc=[QM()], t=T("2025-12-01 09:47:03"),
          subject="12月第1周 跨部门协作事项跟踪",
          text="各位：\n本周协作事项跟踪如下，请负责人按时推进。\n\n" + table_text(_rows_1013)
               + "\n\n下次跟踪：12月8日（周一）17:00\n\n杜雪梅\n",
          html='<p class=MsoNormal>各位：</p><p class=MsoNormal>本周协作事项跟踪如下，请负责人按时推进。</p>'
               + table_html(_rows_1013, style="border-collapse:collapse;border:none;font-size:10.5pt")
               + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>下次跟踪：12月8日（周一）17:00</p><p class=MsoNormal>杜雪梅</p>'),
     [item("宋佳", "寒假班招生方案（含早鸟价）", "2025-12-10", rule=("abs", "2025-12-10")),
      item("卢婧", "寒假班课表及教室安排", "2025-12-05", rule=("abs", "2025-12-05")),
      item("彭丽", "期末家长会组织", "2025-12-20", rule=("abs", "2025-12-20")),
      item(None, "各校区消防设施检查", None, flags=["no_owner", "vague_due"])],
     fu("2025-12-08", "17:00"),
     notes="Sent Mon 2025-12-01. Row 3: 彭丽（主责）/覃晓东（配合） -> owner 彭丽. Row 4 已完成 -> not an item. Row 5: '各校区' is not one person nor a department of ours -> owner null, department null, no_owner; 待定 -> vague_due. '约60%' is the table's status, not a progress command. Next: 12-08 17:00.")

# ---- 1014 启明星: DingTalk AI 听记 pasted into Apple Mail before Mid-Autumn 2026 --------------------------------
case(1014, "qm-dingtalk-ai-notes-mid-autumn-apple", "apple", "minutes",
     "Apple Mail UTF-8 QP: 钉钉 AI听记 pasted with 摘要/章节速览 (time stamps, 'X表示已完成…') and a 待办 section; writer's own preface; 中秋节前 = last working day before 09-25; 3个工作日内 over the 09-20 make-up Sunday; 下周三; 'AI 生成' footer",
     dict(frm="宋佳", to=["贺子豪", "彭丽", "覃晓东"], cc=["杜雪梅", QM()], t=T("2026-09-18 18:12:40"),
          subject="国庆研学营筹备会 纪要（钉钉AI听记）",
          text="""AI 听记整理的，我看了一下待办基本没问题，名字我手动改对了。

会议纪要｜国庆研学营筹备会
时间：2026-09-18 16:00
参会人：宋佳、贺子豪、彭丽、覃晓东

【摘要】
会议围绕国庆研学营的报名、宣传和带队安排展开。覃晓东表示西湖校区已完成场地踏勘；彭丽提出带队老师需持急救证；宋佳希望本周末前报名人数达到60人。

【章节速览】
00:02 报名进度：目前已报名41人，滨江校区占七成。
08:15 宣传物料：讨论H5和朋友圈海报的发布节奏。
19:40 带队安排：每12名学生配1名带队老师。

【待办事项】
· 宋佳：跟进国庆研学营报名及缴费，中秋节前完成
· 贺子豪：研学营宣传H5，3个工作日内上线
· 彭丽：确认带队老师名单，下周三

内容由 AI 生成，请注意甄别

发自我的 Mac"""),
     [item("宋佳", "跟进国庆研学营报名及缴费", "2026-09-24", rule=("before", "2026-09-25")),
      item("贺子豪", "研学营宣传H5上线", "2026-09-22", rule=("wd", 3)),
      item("彭丽", "确认带队老师名单", "2026-09-23", rule=("next", 2))],
     None,
     notes="Sent Fri 2026-09-18. Mid-Autumn 2026: 09-25 (Fri) holiday, make-up Sun 09-20. 中秋节前 -> the last working day before it, Thu 09-24. 3个工作日内: Sun 09-20 (make-up), Mon 21, Tue 22 -> 09-22. 下周三 -> 09-23. The 摘要/章节速览 sentences ('覃晓东表示已完成', '宋佳希望本周末前…') are narrative, not items. No next meeting.")

# ---- 1015 启明星: table with ①② sub-tasks in one cell, first working day after Spring Festival 2026 (Foxmail GBK) --
_rows_1015 = [["负责人", "事项", "时间"],
              ["覃晓东", "①春季班开班物资清点\n②新教师入职培训安排", "①2月27日前\n②3月2日"],
              ["彭丽", "滨江校区春季招生地推", "2月28日（周六，调休上班）"],
              ["卢婧", "春季学期教学日历", "本周五"],
              ["曾凡", "初中数学题库升级", "3月中旬"]]
case(1015, "qm-spring-term-cell-subtasks-foxmail", "foxmail", "minutes",
     "Foxmail GBK HTML table where one cell holds ①② sub-tasks and the date cell ①② dates (two items); the 02-28 make-up Saturday written out; 本周五; '3月中旬' vague",
     dict(frm="杜雪梅", to=["覃晓东", "彭丽", "卢婧", "曾凡"], cc=[QM()], t=T("2026-02-24 15:20:09"),
          subject="开学筹备会纪要 2.24", sig="杜雪梅 | 启明星教育 教学部",
          text="各位新年好！今天开学筹备会的分工如下：\n\n" + table_text(_rows_1015)
               + "\n\n下次会议：3月3日（周二）上午9点\n",
          html="<div>各位新年好！今天开学筹备会的分工如下：</div><div><br></div>" + table_html(_rows_1015)
               + "<div><br></div><div>下次会议：3月3日（周二）上午9点</div>"),
     [item("覃晓东", "春季班开班物资清点", "2026-02-27", rule=("abs", "2026-02-27")),
      item("覃晓东", "新教师入职培训安排", "2026-03-02", rule=("abs", "2026-03-02")),
      item("彭丽", "滨江校区春季招生地推", "2026-02-28", rule=("abs", "2026-02-28")),
      item("卢婧", "春季学期教学日历", "2026-02-27", rule=("this", 4)),
      item("曾凡", "初中数学题库升级", None, flags=["vague_due"])],
     fu("2026-03-03", "09:00"),
     notes="Sent Tue 2026-02-24, the first working day after Spring Festival 2026 (make-up Sat 02-28). One cell with ①② sub-tasks and a matching ①② date cell -> two items of 覃晓东. 本周五 -> 02-27. '3月中旬' -> vague_due (no exact date). Next: 3月3日 上午9点 -> 2026-03-03 09:00.")

# ---- 1016 三和: English Action/Owner/Due blocks, Exchange Online +0000 ------------------------------------------
case(1016, "sw-weekly-owner-due-blocks-exo", "exo", "minutes",
     "Exchange Online English minutes from the Japanese GM: 'Action n' blocks with Owner:/Due: lines; owners as Zhou Jianhua / Lily / Gu-san (aliases); 'EOD Wednesday', '3/27', ASAP, 'Owner: TBD'; 'same time next Monday (9:00 CST)'",
     dict(frm="佐藤健一", to=["周建华", "沈丽", "顾明", "钱磊"], cc=["高桥诚", "山本由纪", SW()],
          t=T("2026-03-16 01:31:02", UTC), lang="en-US",
          subject="Weekly production meeting 3/16 - minutes",
          text="""All,

Minutes of today's weekly production meeting (09:00-09:25, 2F meeting room).

Status
- Line 3 OEE last week: 71% (target 78%). Main loss: changeover.
- Customer complaint from Sanwa Denki Japan (solder bridge, lot 2603-044): containment done, 2,400 pcs sorted.

Action 1
  Reduce SMT line 3 changeover time to under 25 min
  Owner: Zhou Jianhua
  Due: 3/27

Action 2
  Submit 8D report (D4-D8) to Tanaka-san
  Owner: Lily
  Due: EOD Wednesday

Action 3
  Get second-source quotation for MLCC 0402 100nF
  Owner: Gu-san
  Due: ASAP

Action 4
  Update April production plan with the new forecast
  Owner: TBD
  Due: next Monday

Next meeting: same time next Monday (9:00 CST).

Best regards,
Kenichi Sato
General Manager, Sanwa Seiden (Suzhou) Co., Ltd."""),
     [item("周建华", "Reduce SMT line 3 changeover time to under 25 min", "2026-03-27", rule=("abs", "2026-03-27")),
      item("沈丽", "Submit 8D report (D4-D8) to Tanaka-san", "2026-03-18", rule=("this", 2)),
      item("顾明", "Get second-source quotation for MLCC 0402 100nF", None, flags=["vague_due"]),
      item(None, "Update April production plan with the new forecast", "2026-03-23", flags=["no_owner"], rule=("next", 0))],
     fu("2026-03-23", "09:00", rule=("next", 0)),
     notes="Date header Mon 2026-03-16 01:31 +0000 = 09:31 Shanghai (Monday). Owners: 'Zhou Jianhua' (alias of 周建华), 'Lily' (alias of 沈丽), 'Gu-san' (alias of 顾明). 'EOD Wednesday' -> this Wednesday 03-18 (the EOD means the end of that day, no time). 'next Monday' -> 03-23. 'Owner: TBD' -> no_owner. Status lines (containment done) are not items. 'same time next Monday (9:00 CST)' -> 2026-03-23 09:00 (CST here = China Standard Time).")

# ---- 1017 三和: Japanese manager writing Chinese (X桑, 为止, 连休), on the 04-27 make-up Sunday (Outlook utf-8) ----
case(1017, "sw-quality-meeting-japanese-style-chinese-outlook", "outlook", "minutes",
     "Japanese QA manager's Chinese minutes (Outlook utf-8) sent on the 2025-04-27 make-up Sunday: owners '沈桑/周桑/林桑/顾桑' (surname + 桑), '4月29日为止' (= by), '连休前（4/30）', 3个工作日内 from a Sunday, '连休后第一天' = 05-06; next meeting '5月7日（水）10:00' with a Japanese weekday",
     dict(frm="山本由纪", to=["沈丽", "周建华", "林志豪", "顾明"], cc=["佐藤健一", "高桥诚", SW()],
          t=T("2025-04-27 17:26:51"), cs="utf-8",
          subject="【议事录】品质会议 4/27",
          text="""各位辛苦了。
今天品质会议的议事录如下。请确认。

1. 客户投诉品（批号2504-118，连锡不良）
   → 沈桑：不良解析报告，4月29日为止提出。
2. 治具磨损引起的定位偏移
   → 周桑：治具改造方案，连休前（4/30）提出。
   → 林桑：AOI程序修正，3个工作日内完成。
3. 供应商审核
   → 顾桑：东莞2家供应商的审核日程调整，连休后第一天回复。

※ 连休期间（5/1～5/5）如有紧急品质问题，请联系山本（手机）。

下次品质会议：5月7日（水）10:00～

山本 由纪
品质保证部"""),
     [item("沈丽", "客户投诉品（批号2504-118）不良解析报告", "2025-04-29", rule=("abs", "2025-04-29")),
      item("周建华", "治具改造方案", "2025-04-30", rule=("before", "2025-05-01")),
      item("林志豪", "AOI程序修正", "2025-04-30", rule=("wd", 3)),
      item("顾明", "东莞2家供应商的审核日程调整回复", "2025-05-06", rule=("after", "2025-05-05"))],
     fu("2025-05-07", "10:00", rule=("abs", "2025-05-07")),
     notes="Sent Sun 2025-04-27, a make-up working day (May Day 2025: holiday 05-01..05-05). '桑' is the Japanese さん written in Chinese: 沈桑 = 沈丽, 周桑 = 周建华, 林桑 = 林志豪, 顾桑 = 顾明 (only one person of each surname in To). '为止' = by. 连休前（4/30） -> 04-30 (= last working day before the holiday). 3个工作日内 from Sunday: Mon 28, Tue 29, Wed 30 -> 04-30. 连休后第一天 -> first working day after the holiday, Tue 05-06. The ※ line is an instruction for the holiday, not an item. '5月7日（水）' uses the Japanese weekday 水 = Wednesday; 2025-05-07 is a Wednesday.")

# ---- 1018 三和: Taiwanese engineer, Traditional Chinese in Big5, wrapped items (Outlook big5) ---------------------
case(1018, "sw-line-meeting-big5-wrapped-outlook", "outlook", "minutes",
     "Outlook Big5 Traditional Chinese minutes: owners written 周建華/錢磊 (traditional forms of roster names), deadlines on wrapped continuation lines '（10/8 前）', '預計 10/10（六，補班）前', '9/30 下班前' before Mid-Autumn + National Day 2026",
     dict(frm="林志豪", to=["周建华", "钱磊"], cc=["高桥诚", SW()], t=T("2026-09-24 17:03:15"), cs="big5",
          subject="SMT 回焊製程檢討會議 記錄 (9/24)",
          text="""各位好，

今日 SMT 回焊製程檢討會議記錄如下：

一、檢討結果
  BGA 空焊率上週 1.8%，主因為爐溫曲線偏移。

二、待辦
  1. 周建華：回焊爐 3 號機爐溫曲線重新量測，並將 profile 上傳
     MES 系統（10/8 前）
  2. 林志豪：BGA 治具支撐 pin 重新配置，
     完成時間：9/30 下班前
  3. 錢磊：10 月生產計畫因中秋、國慶連假調整後重新發佈，
     預計 10/10（六，補班）前

三、下次會議
  10/9（五）14:00，2F 會議室

Jason 林志豪
生產技術部"""),
     [item("周建华", "回焊爐 3 號機爐溫曲線重新量測，並將 profile 上傳 MES 系統", "2026-10-08", rule=("abs", "2026-10-08")),
      item("林志豪", "BGA 治具支撐 pin 重新配置", "2026-09-30", rule=("abs", "2026-09-30")),
      item("钱磊", "10 月生產計畫調整後重新發佈", "2026-10-10", rule=("abs", "2026-10-10"))],
     fu("2026-10-09", "14:00", rule=("abs", "2026-10-09")),
     notes="Sent Thu 2026-09-24, charset big5. 周建華 / 錢磊 are the traditional forms of roster names 周建华 / 钱磊 -> canonical roster names (林志豪 is the same in both scripts). Deadlines are on wrapped continuation lines. 10/8 -> 2026-10-08 (first working day after National Day 2026, holiday 10-01..10-07). 9/30 下班前 -> 09-30, no time. 10/10（六，補班） -> 2026-10-10, a make-up Saturday. Next: 10/9（五）14:00 -> 2026-10-09 (a Friday) 14:00.")

# ---- 1019 三和: ■ person headings, Japanese weekday marks, 2027 (Outlook utf-8) -----------------------------------
case(1019, "sw-new-line-layout-person-headings-2027-outlook", "outlook", "minutes",
     "Japanese production-engineering manager's minutes (Outlook utf-8, 2027) grouped under ■ person headings; 主责/配合 ('和钱课长调整，周工主责'), '1/15（金）' Japanese weekday, '下周中' vague, '■ 全员' no_owner; next meeting '次回：1月20日（水）13:30～ 同会议室'",
     dict(frm="高桥诚", to=["周建华", "林志豪", "钱磊"], cc=["佐藤健一", SW()], t=T("2027-01-13 11:48:00"), cs="utf-8",
          subject="新线体导入会议 1/13 会议记录",
          text="""各位

1/13 新线体导入会议的记录。

■ 周建华
 ・新线体 layout 图（含安全通道），1/20前提交
 ・设备移设 schedule，和钱课长调整，周工主责，下周中

■ 林志豪
 ・AOI 误判率改善报告，1/15（金）

■ 全员
 ・春节前 5S 大扫除，2/3前完成

※ 新线体 4 月量产的方针不变。

次回：1月20日（水）13:30～ 同会议室

高桥"""),
     [item("周建华", "新线体 layout 图（含安全通道）", "2027-01-20", rule=("abs", "2027-01-20")),
      item("周建华", "设备移设 schedule（和钱课长调整）", None, flags=["vague_due"]),
      item("林志豪", "AOI 误判率改善报告", "2027-01-15", rule=("abs", "2027-01-15")),
      item(None, "春节前 5S 大扫除", "2027-02-03", flags=["no_owner"], rule=("abs", "2027-02-03"))],
     fu("2027-01-20", "13:30", rule=("abs", "2027-01-20")),
     notes="Sent Wed 2027-01-13 (no working-day arithmetic: the holiday calendar for 2027 is not used). Items sit under ■ person headings; the second 周建华 item names 钱课长 (钱磊) as the one to coordinate with and 周工 as 主责 -> owner 周建华. '下周中' -> vague_due. 1/15（金） -> 2027-01-15, a Friday (金 = Japanese Friday). '■ 全员' -> no_owner. The ※ line is a decision. Next: 1月20日（水）13:30.")

# ---- 1020 三和: customer (Japan HQ) English minutes with 'X to do Y by Z', ACTION ITEM (name), JST -----------------
case(1020, "sw-hq-audit-prep-name-to-do-jst-outlook", "outlook", "minutes",
     "Outlook (Japan HQ, utf-8) English minutes from an external sender, Date +0900: 'Zhou to share … by Friday', 'Lily to send … by 11/12', 'ACTION ITEM (Gu Ming): … by EOD Monday', ACTION ITEM for the sender without a date; decisions with dates; 'Next call: Thursday Nov 12, 10:00 JST (9:00 Suzhou time)'",
     dict(frm="Tanaka Hiroshi", to=["周建华", "沈丽", "顾明"], cc=["山本由纪", "佐藤健一", SW()],
          t=T("2026-11-05 10:02:44", dt.timezone(dt.timedelta(hours=9))), cs="utf-8",
          subject="Audit preparation call - notes (Nov 5)",
          mid="<TYCPR01MB8842A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@TYCPR01MB8842.jpnprd01.prod.outlook.com>",
          text="""Hello everyone,

Thank you for joining today. Notes below.

Decisions
- The process audit will be held at Suzhou on Dec 8-9.
- Audit scope: SMT, final inspection and incoming inspection of resin parts.

Actions
- Zhou to share the updated control plan for line 3 by Friday.
- Lily to send the revised 8D for lot 2610-017 by 11/12.
- ACTION ITEM (Gu Ming): confirm resin lot traceability with the supplier, by EOD Monday.
- ACTION ITEM (Tanaka): arrange the audit team's travel and hotel.

Next call: Thursday Nov 12, 10:00 JST (9:00 Suzhou time).

Best regards,
Hiroshi Tanaka
Quality Management Dept., Sanwa Denki Co., Ltd."""),
     [item("周建华", "share the updated control plan for line 3", "2026-11-06", rule=("this", 4)),
      item("沈丽", "send the revised 8D for lot 2610-017", "2026-11-12", rule=("abs", "2026-11-12")),
      item("顾明", "confirm resin lot traceability with the supplier", "2026-11-09", rule=("this", 0)),
      item("Tanaka Hiroshi", "arrange the audit team's travel and hotel", None, flags=["no_due"])],
     fu("2026-11-12", "09:00", rule=("abs", "2026-11-12")),
     notes="Date header Thu 2026-11-05 10:02 +0900 = 09:02 Shanghai, Thursday. Zhou = 周建华 (only Zhou in To), Lily = 沈丽 (alias), Gu Ming = 顾明 (roster name in pinyin; also his To entry). 'by Friday' -> 11-06. 'by 11/12' -> 2026-11-12. 'by EOD Monday' -> the next Monday on or after the send date = 11-09, no time. Tanaka is the sender (external, not in the roster): owner 'Tanaka Hiroshi' with the From address, department null, no date -> no_due. Decisions (Dec 8-9 audit) are not items. Next call 10:00 JST = 09:00 Asia/Shanghai on Thu 11-12.")

# ---- 1021 三和: ordinary numbered 待办 of the PMC planning meeting, first day after National Day 2025 (Outlook gb2312) -
case(1021, "sw-pmc-plan-numbered-after-national-day-outlook", "outlook", "minutes",
     "Ordinary Outlook gb2312 planning-meeting minutes on 2025-10-09 (first day after National Day): '本周六（10/11 调休上班）前', '明天上午10点前', 下周三, '10月15日前'; next meeting after a label",
     dict(frm="钱磊", to=["顾明", "周建华", "沈丽"], cc=["高桥诚", SW()], t=T("2025-10-09 17:36:20"),
          subject="10月第2周生产计划会 会议纪要",
          text="""各位：

节后第一次计划会纪要如下。

【待办】
1. 顾明：缺料清单中3项IC（U12/U15/U31）跟催，本周六（10/11 调休上班）前回复交期
2. 周建华：3号线换线计划（A23→B07），明天上午10点前发出
3. 沈丽：10月首件检验记录整理归档，下周三
4. 钱磊：11月 forecast 更新并发各部门，10月15日前

【备注】
10月出货计划按节前版本执行，不做调整。

下次计划会：10月16日（周四）16:00

钱磊
生产管理部（PMC）"""),
     [item("顾明", "缺料清单中3项IC（U12/U15/U31）跟催，回复交期", "2025-10-11", rule=("abs", "2025-10-11")),
      item("周建华", "3号线换线计划（A23→B07）", "2025-10-10", "10:00", rule=("days", 1)),
      item("沈丽", "10月首件检验记录整理归档", "2025-10-15", rule=("next", 2)),
      item("钱磊", "11月 forecast 更新并发各部门", "2025-10-15", rule=("abs", "2025-10-15"))],
     fu("2025-10-16", "16:00"),
     notes="Sent Thu 2025-10-09. 本周六（10/11 调休上班）前 -> Sat 10-11, a make-up working day. 明天上午10点前 -> 10-10 10:00. 下周三 -> 10-15. 10月15日前 -> 10-15. 备注 line is a decision. Next: 10-16 16:00.")

# ---- 1022 洋帆: ordinary table on the 2026-01-04 make-up Sunday (Exmail gb18030) ----------------------------------
_rows_1022 = [["事项", "负责人", "截止", "备注"],
              ["Shopee 1.15 年货节大促报名（MY/PH/SG）", "吴婷婷", "1月6日", ""],
              ["马来站物流渠道切换测试（J&T→SPX）", "罗小燕", "本周五", "先测20单"],
              ["泰国站主图本地化（泰语卖点）", "钟浩", "下周一", ""],
              ["越南站开店资料准备", "陈思远", "待定", "等平台招商经理回复"]]
case(1022, "yf-shopee-table-makeup-sunday-exmail", "exmail", "minutes",
     "Exmail gb18030 HTML table minutes sent on the 2026-01-04 make-up Sunday: '本周五' (this Mon-Sun week's Friday 01-02 is past -> 01-09), '下周一' = tomorrow 01-05, 1月6日, 待定",
     dict(frm="吴婷婷", to=["罗小燕", "钟浩", "陈思远"], cc=[YF()], t=T("2026-01-04 11:26:37"),
          subject="Shopee组 新年第一次周会 纪要",
          text="元旦后第一次周会（今天调休上班），纪要如下：\n\n" + table_text(_rows_1022) + "\n\n婷婷\n",
          html="<div>元旦后第一次周会（今天调休上班），纪要如下：</div><div><br></div>" + table_html(_rows_1022)
               + "<div><br></div><div>婷婷</div>"),
     [item("吴婷婷", "Shopee 1.15 年货节大促报名（MY/PH/SG）", "2026-01-06", rule=("abs", "2026-01-06")),
      item("罗小燕", "马来站物流渠道切换测试（J&T→SPX）", "2026-01-09", rule=("this", 4)),
      item("钟浩", "泰国站主图本地化（泰语卖点）", "2026-01-05", rule=("next", 0)),
      item("陈思远", "越南站开店资料准备", None, flags=["vague_due"])],
     None,
     notes="Sent Sun 2026-01-04, a make-up working day after New Year (holiday 01-01..01-03). By the corpus rule a Sunday belongs to the week starting Mon 12-29, whose Friday (01-02, a holiday) is past -> 本周五 = 01-09; a human reads it the same way. 下周一 -> the following calendar week's Monday 01-05 (= tomorrow). 待定 -> vague_due. No next meeting.")

# ---- 1023 国网: year-end safety weekly, ordinary numbered list (Coremail UTF-8 QP) --------------------------------
case(1023, "jl-year-end-safety-weekly-coremail", "coremail", "minutes",
     "Ordinary Coremail UTF-8 QP safety weekly: '2026年底前', '元旦前' (last working day before 2027-01-01), 下周一, '12月25日17:00前'",
     dict(frm="唐建平", to=["孙卫东", "马骏", "袁立新", "蒋涛"], cc=["刘国栋", JL()], t=T("2026-12-21 16:10:02"),
          cte="quoted-printable",
          subject="安全监察部周安全例会纪要（12月21日）",
          text="""各位：
12月21日周安全例会纪要如下：

一、上周安全情况
上周无人身、电网、设备事件。现场督查发现违章3起（均已整改闭环）。

二、本周工作安排
1. 孙卫东：冬季防冰冻、防风隐患排查，2026年底前完成并报送排查台账。
2. 马骏：重要客户冬季用电安全检查，元旦前完成。
3. 袁立新：迎峰度冬电网运行方式调整说明，12月25日17:00前报安监部。
4. 蒋涛：年度安全工作总结初稿，下周一提交。

三、下次例会
12月28日（周一）15:00，安监部会议室。

唐建平
安全监察部"""),
     [item("孙卫东", "冬季防冰冻、防风隐患排查，报送排查台账", "2026-12-31", rule=("yearend", 2026)),
      item("马骏", "重要客户冬季用电安全检查", "2026-12-31", rule=("before", "2027-01-01")),
      item("袁立新", "迎峰度冬电网运行方式调整说明报安监部", "2026-12-25", "17:00", rule=("abs", "2026-12-25")),
      item("蒋涛", "年度安全工作总结初稿", "2026-12-28", rule=("next", 0))],
     fu("2026-12-28", "15:00"),
     notes="Sent Mon 2026-12-21. 2026年底前 -> 12-31. 元旦前 -> last working day before New Year 2027 = Thu 12-31 (a normal working day; the 2027 New Year holiday itself is not needed). 12月25日17:00前 -> 12-25 17:00. 下周一 -> 12-28. 上周安全情况 (违章已整改闭环) is a report, not items. Next: 12-28 15:00.")

# ---- 1024 国网: decisions-only minutes (all 会议明确/会议要求), 2027 (Outlook gb2312) ------------------------------
case(1024, "jl-grid-planning-decisions-only-outlook", "outlook", "minutes",
     "Outlook gb2312 SOE minutes with only 会议认为/会议明确/会议要求 paragraphs (dates inside decisions and standing rules, '各部门要…'), no responsible person or deadline for a task -> zero items; '下次会议时间另行通知' -> no follow-up",
     dict(frm="郑凯", to=["刘国栋", "何静", "袁立新"], cc=["许志远", JL()], t=T("2027-03-10 17:20:45"),
          subject="2027年配电网规划编制工作协调会会议纪要",
          text="""各部门：
    3月10日，公司在三楼第二会议室召开2027年配电网规划编制工作协调会，许志远副总经理主持。现将会议主要精神纪要如下：

    一、会议认为，2027年配电网规划编制工作时间紧、任务重，规划质量直接关系“十五五”电网投资效益。

    二、会议明确，规划编制工作由发展策划部统筹，规划基础数据以2026年12月31日营销系统和PMS系统数据为准；规划成果按省公司要求于6月30日前上报。

    三、会议要求，各部门要高度重视，主要负责人亲自抓，确保数据真实、准确、完整；凡涉及新增变电站布点的，须经公司专题会审定。

    下次会议时间另行通知。

发展策划部
2027年3月10日"""),
     [], None,
     notes="Sent Wed 2027-03-10. Every paragraph is a finding (会议认为), a decision (会议明确: who coordinates, the data cut-off date, the 6月30日 submission to the provincial company stated as a fact of the process) or a standing rule (会议要求). No person or department is given a task with a deadline in this meeting, so there are no items; a reader might want '6月30日前上报' as an item of 发展策划部, but it is stated as the schedule the decision fixes, not assigned in the 议定事项 form — gold keeps zero items (genuinely borderline). '下次会议时间另行通知' -> null.")

# ---- 1025 启明星: May Day 2026, next meeting as a sentence split over lines (Gmail? no: Coremail GBK) --------------
case(1025, "qm-may-day-next-meeting-sentence-coremail", "coremail", "minutes",
     "Coremail GBK minutes before May Day 2026: '五一后第一个工作日' = 05-06, '5月9日（周六补班）', 明早9点; the next meeting written as a sentence whose day is on one line and time on the next ('定在5月6日（周三）\\n下午三点半')",
     dict(frm="覃晓东", to=["卢婧", "曾凡", "宋佳"], cc=["杜雪梅", QM()], t=T("2026-04-30 18:40:11"), cs="GBK",
          subject="西湖校区 五一前碰头会 记录",
          text="""几位老师：

今天碰头会说的几件事记一下——

卢老师负责五一后第一个工作日把5月课表调整通知发给家长（假期停课3次，补课时间要写清楚）；
曾老师把期中测试卷的讲评课件做好，5月9日（周六补班）上课要用；
宋经理这边，明早9点前把五一体验课的报名名单发我，我安排教室。

五一回来我们再碰一次，
定在5月6日（周三）
下午三点半，还是三楼小会议室。

覃晓东
西湖校区"""),
     [item("卢婧", "5月课表调整通知发给家长", "2026-05-06", rule=("after", "2026-05-05")),
      item("曾凡", "期中测试卷讲评课件", "2026-05-09", rule=("abs", "2026-05-09")),
      item("宋佳", "五一体验课报名名单发覃校", "2026-05-01", "09:00", rule=("days", 1))],
     fu("2026-05-06", "15:30", rule=("after", "2026-05-05")),
     notes="Sent Thu 2026-04-30 18:40. May Day 2026: holiday 05-01..05-05, make-up Sat 05-09. Items are sentences, owners by 卢老师 (卢婧), 曾老师 (曾凡), 宋经理 (宋佳). 五一后第一个工作日 -> Wed 05-06. 5月9日（周六补班） -> 05-09 (the writer gives the date; it is the class that needs the courseware, read as the deadline). 明早9点前 -> 05-01 09:00 even though 05-01 is a holiday (the writer asks for it; it is an emailed list). The next meeting is a sentence over three lines: 5月6日 下午三点半 -> 2026-05-06 15:30.")

# ---- 1026 启明星: winter camp, nested brackets and sub-numbering, sent on the 2025-02-08 make-up Saturday (Gmail) ---
case(1026, "qm-winter-makeup-saturday-nested-brackets-gmail", "gmail", "minutes",
     "Gmail (UTF-8 QP) minutes sent on the 2025-02-08 make-up Saturday: deadlines in nested brackets '（截止：2月14日（周五）前）', sub-numbering (1)(2) inside one bracket, a wrapped item whose '3个工作日内' is on the continuation line (-> 02-12), 下周一",
     dict(frm="任芳菲", to=["曾凡", "卢婧", "贺子豪"], cc=["杜雪梅", QM()], t=T("2025-02-08 12:15:48"),
          subject="寒假集训营收尾会议纪要",
          text="""各位老师，今天上午收尾会议的纪要：

1. 集训营学员学习报告（含三次测评成绩对比）由曾凡老师汇总（截止：2月14日（周五）前）。
2. 春季班续报：（1）卢婧负责老学员续报名单核对（下周一前）；（2）贺子豪负责续报优惠券后台配置（2月12日前）。
3. 任芳菲负责集训营教学反思与春季课程调整建议，
   3个工作日内提交杜校。
4. 结营证书已全部发放完毕。

任芳菲"""),
     [item("曾凡", "集训营学员学习报告（含三次测评成绩对比）汇总", "2025-02-14", rule=("abs", "2025-02-14")),
      item("卢婧", "老学员续报名单核对", "2025-02-10", rule=("next", 0)),
      item("贺子豪", "续报优惠券后台配置", "2025-02-12", rule=("abs", "2025-02-12")),
      item("任芳菲", "集训营教学反思与春季课程调整建议提交杜校", "2025-02-12", rule=("wd", 3))],
     None,
     notes="Sent Sat 2025-02-08, a make-up working day after Spring Festival 2025. Item 1's deadline is inside nested brackets. Item 2 holds two sub-tasks (1)(2) with their own owners and dates -> two items. 下周一前 -> Mon 02-10. Item 3 wraps; 3个工作日内 from Sat 02-08: Mon 10, Tue 11, Wed 12 -> 02-12. Item 4 is a report of work done. No next meeting.")

# ---- 1027 三和: 8D follow-up table, 主责/配合 in one cell and own numbering No.3-1 (Foxmail GBK) on 05-09 make-up Sat
_rows_1027 = [["No.", "对策内容", "担当（主责/配合）", "期限", "状态"],
              ["3-1", "回流焊炉温曲线每日点检纳入作业指导书", "主责：周建华\n配合：林志豪", "5/15", "进行中"],
              ["3-2", "AOI 连锡判定阈值重新设定", "林志豪", "5/12", "已完成"],
              ["4-1", "来料锡膏批次追溯表", "主责：顾明 / 配合：沈丽", "5/20", "进行中"],
              ["4-2", "客户8D报告 D7/D8 提交", "沈丽", "5/22（金）", "未着手"]]
case(1027, "sw-8d-countermeasure-table-makeup-saturday-foxmail", "foxmail", "minutes",
     "Foxmail GBK 8D countermeasure table sent on the 2026-05-09 make-up Saturday: the minutes' own numbers 3-1/3-2/4-1/4-2, '主责：X 配合：Y' in one cell, a 已完成 row excluded, Japanese weekday '5/22（金）'",
     dict(frm="沈丽", to=["周建华", "林志豪", "顾明"], cc=["山本由纪", SW()], t=T("2026-05-09 16:58:02"),
          subject="8D对策跟进会议 记录 5/9", sig="沈丽 Lily Shen | 品质保证部",
          text="各位：\n今天8D对策跟进会的记录如下，期限请遵守。\n\n" + table_text(_rows_1027) + "\n\n下次跟进：5/16（周六）不开，改为5/18（周一）10:00。\n",
          html="<div>各位：</div><div>今天8D对策跟进会的记录如下，期限请遵守。</div><div><br></div>" + table_html(_rows_1027)
               + "<div><br></div><div>下次跟进：5/16（周六）不开，改为5/18（周一）10:00。</div>"),
     [item("周建华", "回流焊炉温曲线每日点检纳入作业指导书", "2026-05-15", rule=("abs", "2026-05-15")),
      item("顾明", "来料锡膏批次追溯表", "2026-05-20", rule=("abs", "2026-05-20")),
      item("沈丽", "客户8D报告 D7/D8 提交", "2026-05-22", rule=("abs", "2026-05-22"))],
     fu("2026-05-18", "10:00", rule=("abs", "2026-05-18")),
     notes="Sent Sat 2026-05-09 (make-up working day after May Day 2026). Rows carry the minutes' own numbers (3-1, 4-1 ...); row 3-2 is 已完成 -> not an item. '主责：周建华 配合：林志豪' / '主责：顾明 / 配合：沈丽' -> owner = 主责. '5/22（金）' = Friday 2026-05-22. Next meeting: the 5/16 slot is cancelled, '改为5/18（周一）10:00' -> 2026-05-18 10:00.")

# ---- 1028 洋帆: finance meeting on the 2025-09-28 make-up Sunday (Outlook gb2312) ----------------------------------
case(1028, "yf-finance-makeup-sunday-outlook", "outlook", "minutes",
     "Ordinary Outlook gb2312 finance minutes on the 2025-09-28 make-up Sunday: 明早9点, '国庆后第一个工作日', '10月17日（周五）17:00', '2025年底', '3个工作日内' across National Day (-> 10-09)",
     dict(frm="叶佩珊", to=["陈思远", "梁嘉欣", "邓志强"], cc=[YF()], t=T("2025-09-28 17:45:36"),
          subject="9月财务对账会 会议纪要",
          text="""各位：

今天（9/28 调休上班）财务对账会纪要：

待办：
1）梁嘉欣：9月亚马逊结算报告（美/加/墨三站）导出给我，明早9点前
2）邓志强：海外仓9月仓储费账单核对，3个工作日内回复差异
3）陈思远：Q4 广告预算审批，国庆后第一个工作日
4）叶佩珊：9月管理报表，10月17日（周五）17:00前发各位
5）叶佩珊：跨境电商综试区出口退税备案，2025年底前办完

说明：节前最后一次打款安排在9月30日，之后的付款申请节后统一处理。

佩珊"""),
     [item("梁嘉欣", "9月亚马逊结算报告（美/加/墨三站）导出", "2025-09-29", "09:00", rule=("days", 1)),
      item("邓志强", "海外仓9月仓储费账单核对，回复差异", "2025-10-09", rule=("wd", 3)),
      item("陈思远", "Q4 广告预算审批", "2025-10-09", rule=("after", "2025-10-08")),
      item("叶佩珊", "9月管理报表发各位", "2025-10-17", "17:00", rule=("abs", "2025-10-17")),
      item("叶佩珊", "跨境电商综试区出口退税备案", "2025-12-31", rule=("yearend", 2025))],
     None,
     notes="Sent Sun 2025-09-28, a make-up working day (National Day 2025: holiday 10-01..10-08, make-ups 09-28 and Sat 10-11). 明早9点前 -> Mon 09-29 09:00. 3个工作日内 counted from the day after sending: Mon 09-29 (1), Tue 09-30 (2), holiday 10-01..10-08, Thu 10-09 (3) -> 10-09. 国庆后第一个工作日 -> 10-09. 10月17日（周五）17:00 -> 10-17 17:00. 2025年底前 -> 12-31. The 说明 line is a payment rule.")

# ------------------------------------------------------------------------------------------------ replies
def recap_text(bot, rows, deadline, lang="zh"):
    """The bot's recap as a recipient sees it (what a reply quotes)."""
    if lang == "en":
        lines = ["Hello,", "", "The following action items were recorded from the minutes:", "",
                 "No. | Action | Owner | Due"]
        lines += ["%d | %s | %s | %s" % (i + 1, a, b, c) for i, (a, b, c) in enumerate(rows)]
        lines += ["", "If you disagree, please reply by %s." % deadline,
                  "Reply to this mail to update an item: 确认 / 有异议 + reason / 已完成 / 进度80% / 延期至10月20日 "
                  "(item numbers: 第2项, #2, item 2).", "", bot[0]]
    else:
        lines = ["各位好：", "", "根据会议纪要，已登记以下待办事项：", "", "序号 | 事项 | 负责人 | 截止时间"]
        lines += ["%d | %s | %s | %s" % (i + 1, a, b, c) for i, (a, b, c) in enumerate(rows)]
        lines += ["", "如有异议请于今日内回复（%s前）。" % deadline,
                  "直接回复本邮件即可更新事项：确认 / 有异议+原因 / 已完成 / 进度80% / 延期至10月20日（可写第2项、②、#2）。",
                  "", bot[0], "（本邮件由系统自动发送）"]
    return "\n".join(lines)

def quote_ios(frm, t, text):
    attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, frm[0], frm[1])
    return "\n\n> " + attr + "\n>\n" + "".join("> " + l + "\n" if l else ">\n" for l in text.split("\n"))

def quote_qq(frm, to, t, subject, text):
    part = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    h12 = t.hour if t.hour <= 12 else t.hour - 12
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WZ[t.weekday()], part, h12, t.minute)
    tos = "".join('"%s"<%s>;' % who(x) for x in to)
    return ("\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n".replace("&nbsp;", " ") +
            "发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n主题: %s\n\n\n\n%s" % (frm[0], frm[1], when, tos, subject, text))

def quote_outlook(frm, to, t, subject, text, en=False):
    tos = "; ".join("%s <%s>" % who(x) for x in to)
    if en:
        when = "%s, %s %d, %d %d:%02d %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][t.weekday()],
                                             ["January", "February", "March", "April", "May", "June", "July", "August",
                                              "September", "October", "November", "December"][t.month - 1], t.day, t.year,
                                             t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
        return "\n\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm[0], frm[1], when, tos, subject, text)
    when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    return "\n\n发件人: %s <%s>\n发送时间: %s\n收件人: %s\n主题: %s\n\n%s" % (frm[0], frm[1], when, tos, subject, text)

def quote_gmail_zh(frm, t, text):
    attr = "%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (frm[0], frm[1], t.year, t.month, t.day, WZ[t.weekday()], t.hour, t.minute)
    return "\n\n" + attr + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in text.split("\n"))

def bot_mid(key, dom):
    return "<mb.%s@%s>" % (hx(key, 16), dom)

# ---- 1029 洋帆: iPhone reply 'done' to the recap of 1001 ------------------------------------------------------
_r1029_t = T("2025-03-14 18:21:30")
_r1029_rec = recap_text(BOTS["yf"], [("春季大促（Big Spring Sale）广告预算表，按 ASIN 拆到天", "梁嘉欣", "2025-03-18 18:00"),
                                     ("处理 3 个 ASIN listing 被抑制（Suppressed）的问题", "黄俊杰", "2025-03-19 18:00"),
                                     ("美西仓 FBA 补货计划", "罗小燕", "2025-03-31 18:00"),
                                     ("新款 316 保温杯 A+ 页面设计稿初稿", "钟浩", "2025-03-21 18:00"),
                                     ("跟海贸通确认 4 月海运舱位", "黄俊杰", "未定（尽快）")], "2025-03-17 18:00")
case(1029, "yf-reply-done-iphone", "apple", "reply",
     "iPhone Mail reply '第3项搞定了…' (done) + '发自我的iPhone', quoted with '> 在 …写道：'; the quoted recap lists every command word",
     dict(frm="罗小燕", to=[YF()], cc=["陈思远"], t=T("2025-03-27 21:14:08"), ua="iPhone Mail (22D82)",
          subject="回复：Amazon美国站周会纪要 3.14",
          irt=bot_mid("1001", "yangfan-ec.example.cn"), parent=1001,
          text="第3项搞定了，美西仓补货计划已经发陈总邮箱，系统里也建好货件了。\n\n发自我的iPhone" +
               quote_ios(BOTS["yf"], _r1029_t, _r1029_rec)),
     reply=rep("done", [3]),
     notes="Reply from the owner of item 3 (罗小燕) to the recap of 1001. '第3项搞定了' = done (colloquial for 已完成). The quoted recap contains 确认/有异议/已完成/进度80%/延期至 and must be ignored.")

# ---- 1030 启明星: Exmail reply with progress to the recap of 1012 ----------------------------------------------
_r1030_t = T("2025-07-08 16:38:10")
_r1030_rec = recap_text(BOTS["qm"], [("初二数学暑期讲义第3-6讲定稿，发卢老师排版", "曾凡", "2025-07-11 18:00"),
                                     ("滨江校区暑期教室排课表", "彭丽", "2025-07-09 12:00"),
                                     ("西湖校区302、305空调维修跟物业确认", "覃晓东", "未定（尽快）"),
                                     ("暑期续报海报", "贺子豪", "2025-07-16 18:00"),
                                     ("家长会PPT", "任芳菲", "2025-07-18 18:00"),
                                     ("英语自然拼读试听课教案", "陈晓雯", "2025-07-10 18:00")], "2025-07-08 18:00")
case(1030, "qm-reply-progress-exmail", "exmail", "reply",
     "Exmail gb18030 reply '讲义那项现在进度70%…周五能交' with no item number -> the sender's only item; QQ '原始邮件' quote",
     dict(frm="曾凡", to=[QM()], cc=["卢婧"], t=T("2025-07-10 09:02:51"),
          subject="回复：暑期班第一次教研会 会议纪要（7.8）",
          irt=bot_mid("1012", "qmx-edu.example.cn"), parent=1012,
          text="讲义那项现在进度70%，第5讲例题还在换，周五能交给卢老师。" + quote_qq(BOTS["qm"], ["曾凡", "彭丽", "覃晓东"], _r1030_t,
                                                                                "Re: 暑期班第一次教研会 会议纪要（7.8）", _r1030_rec)),
     reply=rep("progress", [], 70),
     notes="曾凡 owns item 1 of 1012 (讲义) and also 配合 on item 5 (owned by 任芳菲), so he owns exactly one item; the reply names it by content ('讲义那项'), no number -> items [] as written, percent 70. '周五能交' restates the existing deadline, not an extension.")

# ---- 1031 国网: Outlook '答复:' objecting to item 2 of the 1008 recap -----------------------------------------
_r1031_t = T("2025-06-16 16:49:30")
_r1031_rec = recap_text(BOTS["jl"], [("完成35千伏及以上变电站迎峰度夏设备特巡特护，建立重过载设备台账", "刘国栋", "2025-06-30 18:00"),
                                     ("修订完善有序用电方案，报送修订稿", "营销部（未指定负责人）", "2025-07-05 18:00"),
                                     ("下发迎峰度夏期间安全生产督查工作方案", "安全监察部（未指定负责人）", "2025-06-20 18:00")],
                        "2025-06-16 18:00")
case(1031, "jl-reply-object-item2-outlook", "outlook", "reply",
     "Outlook gb2312 '答复:' from a department head: '对第2项有异议' with a reason that mentions dates (7月初, 7月15日) -> object, not extend; Outlook 发件人/发送时间 quote",
     dict(frm="何静", to=[JL()], cc=["蒋涛", "高红梅"], t=T("2025-06-16 17:36:02"),
          subject="答复: 迎峰度夏工作专题会议纪要（〔2025〕第12期）",
          irt=bot_mid("1008", "jlpower.example.cn"), parent=1008,
          text="对第2项有异议：有序用电方案须待省公司7月初下发新版编制模板后方能修订，7月5日前报送修订稿不具备条件；"
               "建议完成时限调整为7月15日，并由营销部会同调度控制中心共同负责。请办公室协调。\n\n何静\n营销部"
               + quote_outlook(BOTS["jl"], ["刘国栋", "何静", "唐建平", "袁立新"], _r1031_t,
                               "Re: 迎峰度夏工作专题会议纪要（〔2025〕第12期）", _r1031_rec)),
     reply=rep("object", [2]),
     notes="何静 heads 营销部, the department owning item 2. She writes 有异议 with a reason; the reason proposes 7月15日, but the command is an objection (the organizer must settle it), so intent object, new_due_date null (a reader could argue extend; the explicit 有异议 decides).")

# ---- 1032 三和: English Outlook reply asking to extend item 1 of the 1016 recap ---------------------------------
_r1032_t = T("2026-03-16 09:32:10")
_r1032_rec = recap_text(BOTS["sw"], [("Reduce SMT line 3 changeover time to under 25 min", "Zhou Jianhua", "2026-03-27 18:00"),
                                     ("Submit 8D report (D4-D8) to Tanaka-san", "Lily Shen", "2026-03-18 18:00"),
                                     ("Get second-source quotation for MLCC 0402 100nF", "Ming Gu", "not set (ASAP)"),
                                     ("Update April production plan with the new forecast", "(no owner)", "2026-03-23 18:00")],
                        "2026-03-16 18:00", lang="en")
case(1032, "sw-reply-extend-item1-english-outlook", "outlook", "reply",
     "Outlook utf-8 English reply 'Item 1 - please extend to 4/3 …' with the reason (dates 3/31) and an Outlook 'From:/Sent:' quote of the English recap",
     dict(frm="周建华", to=[SW()], cc=["佐藤健一"], t=T("2026-03-25 14:20:41"), cs="utf-8",
          subject="RE: Weekly production meeting 3/16 - minutes",
          irt=bot_mid("1016", "sanwa-sz.example.com"), parent=1016,
          text="Hi,\n\nItem 1 - please extend to 4/3. The new feeder carts only arrive on 3/31, we can finish the "
               "changeover trial in the first week of April.\n\nThanks,\nJianhua Zhou\nProduction Engineering"
               + quote_outlook(BOTS["sw"], ["周建华", "沈丽", "顾明", "钱磊"], _r1032_t,
                               "Re: Weekly production meeting 3/16 - minutes", _r1032_rec, en=True)),
     reply=rep("extend", [1], new_due="2026-04-03", rule=("abs", "2026-04-03")),
     notes="Sent Wed 2026-03-25. 'Item 1 - please extend to 4/3' -> extend item 1 to 2026-04-03; '3/31' and 'first week of April' are the reason.")

# ---- 1033 洋帆: Gmail zh reply 'confirm' to the recap of 1003 ------------------------------------------------
_r1033_t = T("2026-06-17 11:06:20")
_r1033_rec = recap_text(BOTS["yf"], [("整理 618 大促复盘数据 (traffic / CVR / ad spend by SKU)", "梁嘉欣", "2026-06-18 18:00"),
                                     ("reply to Amazon Seller Support case re: 品牌备案", "黄俊杰", "2026-06-17 18:00"),
                                     ("confirm 海外仓 inbound slot for the 7/3 container", "邓志强", "2026-06-24 18:00"),
                                     ("Shopee SG 运费模板 update", "（未指定）", "未定（ASAP）")], "2026-06-17 18:00")
case(1033, "yf-reply-confirm-gmail-zh", "gmail", "reply",
     "Gmail (zh UI) one-line reply '收到，没问题👌 下午就回' under 'X <a> 于…写道：' -> confirm with no item number",
     dict(frm="黄俊杰", to=[YF()], cc=["吴婷婷"], t=T("2026-06-17 11:40:03"),
          subject="Re: notes - 618 wrap-up / Shopee SG",
          irt=bot_mid("1003", "yangfan-ec.example.cn"), parent=1003,
          text="收到，没问题👌 下午就回\n" + quote_gmail_zh(BOTS["yf"], _r1033_t, _r1033_rec)),
     reply=rep("confirm", []),
     notes="'收到，没问题' = confirm (无异议). '下午就回' refers to his task (reply to the support case), not a progress or done command.")

# ------------------------------------------------------------------------------------------------ auto
def raw_case(num, slug, kind, what, headers, body, notes, t):
    CASES.append({"num": num, "slug": slug, "client": "raw", "kind": kind, "what": what,
                  "c": {"headers": headers, "body": body, "t": t, "seed": "h6-%d" % num},
                  "gold": {"kind": kind, "items": [], "next_followup": None, "reply": None, "notes": notes}})

# ---- 1034 三和: Exchange out-of-office from the Japanese GM (Japanese mailbox language) -----------------------
_t1034 = T("2025-04-29 01:00:12", UTC)
_b1034 = multi("alternative", [
    leaf("text/plain", "Thank you for your email.\n\nI am out of the office from April 29 to May 6 (Golden Week) with "
         "limited access to email. I will reply after May 7.\nFor urgent matters please contact Ms. Yamamoto "
         "(y.yamamoto@sanwa-sz.example.com).\n\n4月29日～5月6日は不在にしております。5月7日以降に返信いたします。\n"
         "4月29日至5月6日休假，5月7日起回复。急事请联系山本。\n\nKenichi Sato", "utf-8", "base64", crlf=True),
    leaf("text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         "<div>Thank you for your email.</div><div>I am out of the office from April 29 to May 6 (Golden Week) with limited "
         "access to email. I will reply after May 7.</div><div>4月29日～5月6日は不在にしております。5月7日以降に返信いたします。"
         "</div><div>4月29日至5月6日休假，5月7日起回复。急事请联系山本。</div><div>Kenichi Sato</div></body></html>",
         "utf-8", "base64", crlf=True)], "_000_TYZPR06MB7712OOF%s_" % hx("1034", 12).upper())
raw_case(1034, "sw-auto-ooo-exchange-japanese", "auto",
         "Exchange Online out-of-office '自動応答: Re: 【议事录】…' (Japanese mailbox), Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, body with dates in three languages",
         [("From", haddr("佐藤健一")), ("To", haddr(SW())),
          ("Subject", htext("自動応答: Re: 【议事录】品质会议 4/27")), ("Thread-Topic", htext("【议事录】品质会议 4/27")),
          ("Thread-Index", thread_index("1034")), ("Date", rfc_date(_t1034)),
          ("Message-ID", "<TYZPR06MB7712%s@TYZPR06MB7712.apcprd06.prod.outlook.com>" % hx("1034m", 24).upper()),
          ("In-Reply-To", bot_mid("1017", "sanwa-sz.example.com")), ("References", bot_mid("1017", "sanwa-sz.example.com")),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "k.sato@sanwa-sz.example.com"), ("Content-Language", "ja-JP"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")], _b1034,
         "Out-of-office auto-reply of 佐藤健一 (Japanese Outlook: '自動応答:') to a bot mail in the 1017 thread (e.g. the reminder sent 04-29 09:00 Shanghai; Date 01:00 +0000). Dates (4/29-5/6, 5月7日) are about his absence. kind auto.", _t1034)

# ---- 1035 启明星: Exmail vacation auto-reply ----------------------------------------------------------------
_t1035 = T("2025-07-08 16:38:12")
_b1035 = leaf("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=gb18030"><div>您好，邮件已收到。'
              '暑期我在滨江校区带班，上课时间不便查看邮件，会在24小时内回复。</div><div>急事请拨打校区前台电话：0571-8xxx-2061。</div>'
              '<div>——彭丽（本邮件为自动回复）</div>', "gb18030", "base64")
raw_case(1035, "qm-auto-vacation-reply-exmail", "auto",
         "Tencent Exmail vacation auto-reply '自动回复: Re: 暑期班第一次教研会…' (single text/html gb18030 part) with '24小时内回复' in the body; Auto-Submitted header",
         [("X-QQ-mid", "bizmail7t%dt%s" % (int(_t1035.timestamp()), hx("1035q", 7))),           ("From", haddr("彭丽", "gb18030", quote=True)), ("To", haddr(QM(), "gb18030", quote=True)),
          ("Subject", htext("自动回复: Re: 暑期班第一次教研会 会议纪要（7.8）", "gb18030")), ("Mime-Version", "1.0"),
          ("Date", rfc_date(_t1035)), ("Message-ID", "<tencent_%s@exmail.qq.com>" % hx("1035", 36).upper()),
          ("In-Reply-To", bot_mid("1012", "qmx-edu.example.cn")), ("Auto-Submitted", "auto-replied"),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")], _b1035,
         "Exmail vacation responder of 彭丽 answering the recap of 1012 two seconds after it was sent. '24小时内回复' is not a task. kind auto.", _t1035)

# ---- 1036 洋帆: bulk marketplace newsletter with dates and numbered lines ------------------------------------
_t1036 = T("2026-05-20 02:00:14", UTC)
_b1036 = multi("alternative", [
    leaf("text/plain", """卖家您好，

2026 年 Prime 会员日报名通道已开启。请注意以下时间节点：

① 秒杀（Lightning Deal）提报：6月5日前
② 优惠券（Coupon）设置：6月20日前完成
③ 入仓截止：FBA 货件须于6月25日前送达运营中心

负责人提示：请店铺管理员尽快完成品牌备案信息核对。

此邮件为系统发送，请勿直接回复。
退订：https://sellers.example-marketplace.com/unsubscribe?u=8f3a""", "utf-8", "quoted-printable", quote=False),
    leaf("text/html", "<html><body><p>卖家您好，</p><p>2026 年 Prime 会员日报名通道已开启。请注意以下时间节点：</p><ol>"
         "<li>秒杀（Lightning Deal）提报：6月5日前</li><li>优惠券（Coupon）设置：6月20日前完成</li><li>入仓截止：FBA 货件须于6月25日前送达运营中心"
         "</li></ol><p>负责人提示：请店铺管理员尽快完成品牌备案信息核对。</p><p style=\"color:#888\">此邮件为系统发送，请勿直接回复。"
         "<a href=\"https://sellers.example-marketplace.com/unsubscribe?u=8f3a\">退订</a></p></body></html>",
         "utf-8", "quoted-printable", quote=False)], "b1_%s" % hx("1036", 32))
raw_case(1036, "yf-auto-marketplace-bulk-newsletter", "auto",
         "Marketplace bulk notice to a team alias that includes the bot (Precedence: bulk, List-Unsubscribe + One-Click, Feedback-ID): ①②③ lines with 前 dates, '负责人提示…尽快' -> kind auto, no items",
         [("Return-Path", "<bounces+8f3a@em.sellers.example-marketplace.com>"),
          ("From", haddr(("卖家平台 Seller Central", "no-reply@sellers.example-marketplace.com"), quote=True)),
          ("To", "ops-team@yangfan-ec.example.cn"), ("Subject", htext("【重要】2026 Prime 会员日报名已开启，请关注截止时间")),
          ("Date", rfc_date(_t1036)), ("Message-ID", "<0100018f%s@email.sellers.example-marketplace.com>" % hx("1036", 40)),
          ("MIME-Version", "1.0"), ("Precedence", "bulk"),
          ("List-Unsubscribe", "<https://sellers.example-marketplace.com/unsubscribe?u=8f3a>, <mailto:unsub-8f3a@sellers.example-marketplace.com>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Feedback-ID", "1.us-west-2.%s:AmazonSES" % hb64("1036f", 12)),
          ("X-SES-Outgoing", "2026.05.20-54.240.27.11")], _b1036,
         "Bulk marketplace notice delivered to the ops-team alias (the bot is a member of the alias). Numbered dated lines and '负责人' are not minutes. kind auto, no items, no follow-up.", _t1036)

# ------------------------------------------------------------------------------------------------ other
# ---- 1037 国网: holiday + duty notice (a 通知, not minutes) ---------------------------------------------------
case(1037, "jl-other-holiday-duty-notice-outlook", "outlook", "other",
     "Outlook gb2312 office notice 关于中秋、国庆放假安排及值班工作的通知 with a request '请各部门于9月22日前报送值班表' and date ranges: a notice, not minutes -> other, no items",
     dict(frm="高红梅", to=[("公司各部门", "all-dept@jlpower.example.cn")], cc=[JL()], t=T("2026-09-15 10:20:33"),
          subject="关于2026年中秋节、国庆节放假安排及值班工作的通知",
          text="""各部门：
    根据国务院办公厅通知精神，结合公司实际，现将2026年中秋节、国庆节放假安排及值班工作通知如下：

    一、放假时间
    中秋节：9月25日（星期五）至27日放假，共3天。9月20日（星期日）上班。
    国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。

    二、值班要求
    各部门要严格落实24小时值班和领导带班制度，请各部门于9月22日前将节日值班表报办公室。

    三、其他
    节日期间如遇重大事项，须第一时间报告公司值班室。

特此通知。

国网江临市供电公司办公室
2026年9月15日"""),
     notes="A 通知 (notice) from the office to all departments, not minutes of a meeting: kind other, no items, no follow-up. The request '于9月22日前将节日值班表报办公室' is addressed to every department as a standing instruction of the notice. (Borderline for a tool that treats any dated request as an item; a human assistant would not file a notice as meeting minutes.)")

# ---- 1038 三和: agenda mail before a meeting (presenters, prepare by …) -----------------------------------------
case(1038, "sw-other-agenda-before-review-outlook", "outlook", "other",
     "Outlook utf-8 agenda for tomorrow's monthly quality review (mixed zh/en): 'Presenter:' lines and '请…明天上午9点前把资料发我' -> not minutes (the meeting has not happened) -> other",
     dict(frm="山本由纪", to=["沈丽", "周建华", "顾明"], cc=["佐藤健一", SW()], t=T("2026-06-29 17:05:12"), cs="utf-8",
          subject="6月度品质月报会议 Agenda (6/30)",
          text="""各位

明天的品质月报会议 agenda 如下。

日时：6/30（火）10:00-11:30  2F大会议室

1. 6月品质KPI（Presenter: 沈丽）
2. 客户投诉 2 件的对策进展（Presenter: 周建华）
3. 供应商来料不良 Top5（Presenter: 顾明）
4. 其他

请各位明天上午9点前把资料发我，我合并成一个文件。

山本"""),
     notes="An agenda for a meeting that has not taken place: Presenter lines are not action items and 'please send materials by 9:00 tomorrow' is a request in ordinary mail. kind other, no items, and no next_followup (only minutes carry one).")

# ---- 1039 国网: DSN bounce of a bot mail ------------------------------------------------------------------
_t1039 = T("2025-06-16 16:49:33")
_dsn_txt = """This is the mail system at host mx.jlpower.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<yuanlx@jlpower.example.cn>: host 10.112.8.21[10.112.8.21] said: 550 5.1.1
    <yuanlx@jlpower.example.cn>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
"""
_dsn_status = ("Reporting-MTA: dns; mx.jlpower.example.cn\nX-Postfix-Queue-ID: 4ZJL2K0QxYz9\nX-Postfix-Sender: rfc822; "
               "hyjy@jlpower.example.cn\nArrival-Date: Mon, 16 Jun 2025 16:49:31 +0800 (CST)\n\nFinal-Recipient: rfc822; "
               "yuanlx@jlpower.example.cn\nOriginal-Recipient: rfc822;yuanlx@jlpower.example.cn\nAction: failed\nStatus: 5.1.1\n"
               "Remote-MTA: dns; 10.112.8.21\nDiagnostic-Code: smtp; 550 5.1.1 <yuanlx@jlpower.example.cn>: Recipient address\n"
               "    rejected: User unknown in local recipient table\n")
_orig_hdrs = ("From: =?utf-8?B?%s?= <hyjy@jlpower.example.cn>\nTo: yuanlx@jlpower.example.cn\nSubject: =?utf-8?B?%s?=\n"
              "Date: Mon, 16 Jun 2025 16:49:30 +0800\nMessage-ID: %s\nAuto-Submitted: auto-generated\n"
              % (base64.b64encode("纪要督办助手".encode()).decode(), base64.b64encode("Re: 迎峰度夏工作专题会议纪要（〔2025〕第12期）".encode()).decode(),
                 bot_mid("1008", "jlpower.example.cn")))
_p1 = Message()
_p1["Content-Description"] = "Notification"
_p1["Content-Type"] = "text/plain; charset=us-ascii"
_p1.set_payload(_dsn_txt)
_pm, _pr = _dsn_status.split("\n\n")
_p2 = Message()
_p2["Content-Description"] = "Delivery report"
_p2["Content-Type"] = "message/delivery-status"
_p2.set_payload([email.message_from_string(_pm + "\n\n", policy=compat32),
                 email.message_from_string(_pr + "\n", policy=compat32)])
_p3 = Message()
_p3["Content-Description"] = "Undelivered Message Headers"
_p3["Content-Type"] = "text/rfc822-headers"
_p3.set_payload(_orig_hdrs)
_b1039 = multi("report", [_p1, _p2, _p3], "4ZJL2K0QxYz9.1750063773/mx.jlpower.example.cn",
               preamble="This is a MIME-encapsulated message.", params=[("report-type", "delivery-status")])
raw_case(1039, "jl-auto-dsn-unknown-user", "auto",
         "Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON) for the bot's recap of 1008 sent to a mistyped internal address; the returned headers carry the minutes' subject",
         [("From", "MAILER-DAEMON@mx.jlpower.example.cn (Mail Delivery System)"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "hyjy@jlpower.example.cn"), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
          ("Message-Id", "<20250616084933.4ZJL2K0QxYz9@mx.jlpower.example.cn>"), ("Date", rfc_date(_t1039))], _b1039,
         "Bounce of a bot mail (Return-Path <>): kind auto, no items even though the returned subject is a minutes subject.", _t1039)

# ---- 1040 启明星: English minutes with a UK partner, next call in London time (Gmail) -------------------------
case(1040, "qm-uk-summer-camp-partner-london-time-gmail", "gmail", "minutes",
     "English minutes from an external UK partner (Gmail, Date +0100): 'Joy to send … by 7/24', 'by end of July', 'next Wednesday', a line for the writer herself; next call 'Thursday 6 August, 9:00 London time (16:00 Beijing)' -> Shanghai time",
     dict(frm="Emma Clarke", to=["宋佳", "任芳菲"], cc=["杜雪梅", QM()],
          t=T("2026-07-15 10:42:19", dt.timezone(dt.timedelta(hours=1))),
          subject="Summer camp 2026 - call notes 15 July",
          text="""Hi Joy, hi Phoebe,

Thanks for the call this morning. My notes:

- Group size confirmed: 24 students + 3 teachers, arriving Heathrow on 10 August.
- Joy to send the final student list with passport copies by 7/24.
- I'll confirm all homestay families by end of July.
- Phoebe to prepare the pre-departure briefing deck (parents' version) by next Wednesday.
- Insurance: already covered by your policy, nothing to do on our side.

Next call: Thursday 6 August, 9:00 London time (16:00 Beijing).

Best wishes,
Emma

--
Emma Clarke
Programme Manager, Thames Bridge Summer Camps"""),
     [item("宋佳", "send the final student list with passport copies", "2026-07-24", rule=("abs", "2026-07-24")),
      item("Emma Clarke", "confirm all homestay families", "2026-07-31", rule=("monthend",)),
      item("任芳菲", "prepare the pre-departure briefing deck (parents' version)", "2026-07-22", rule=("next", 2))],
     fu("2026-08-06", "16:00", rule=("abs", "2026-08-06")),
     notes="Date header Wed 2026-07-15 10:42 +0100 = 17:42 Shanghai, same day. Joy = 宋佳, Phoebe = 任芳菲 (aliases). 'I'll confirm …' is the writer's own item -> owner Emma Clarke (From, external, department null). 'by 7/24' -> 2026-07-24; 'by end of July' -> 07-31; 'next Wednesday' -> 07-22. The arrival date and the insurance line are facts. Next call 9:00 London (BST, UTC+1) = 16:00 Asia/Shanghai on Thu 08-06.")

# ---- 1041 洋帆: 'AI:' lines with role/title before the name, on the 2026-10-10 make-up Saturday (Apple Mail) -----
case(1041, "yf-q4-peak-ai-lines-role-titles-apple", "apple", "minutes",
     "Apple Mail (macOS) mixed zh/en minutes with 'AI:' lines where the role comes before the name ('运营主管 Kiki', '设计 小钟', '仓库 邓工', '财务 叶姐'); sent on the 2026-10-10 make-up Saturday: 'EOD Friday' (this week's Friday is past -> 10-16), 3个工作日内 -> 10-14, 'by 10/20', ASAP; FYI line not an item; 'Next sync → Mon 10/19, 10am'",
     dict(frm="黄俊杰", to=["梁嘉欣", "钟浩", "邓志强", "叶佩珊"], cc=["陈思远", YF()], t=T("2026-10-10 15:47:33"),
          subject="Q4旺季准备会 notes (10/10)",
          text="""Q4 旺季准备会 notes，今天补班大家辛苦 🙏

AI: 运营主管 Kiki — 黑五/网一广告结构调整方案（campaign 拆分 + 预算分配），EOD Friday
AI: 设计 小钟 — 黑五主图 + coupon 图（US/CA 两站），3个工作日内
AI: 仓库 邓工 — 10 月第二柜入仓预约（ONT8），by 10/20
AI: 财务 叶姐 — Q4 广告预算追加审批，ASAP

FYI: 海外仓仓储费 11 月起上调 8%，已经在成本表里更新了。

Next sync → Mon 10/19, 10am

Jay"""),
     [item("梁嘉欣", "黑五/网一广告结构调整方案（campaign 拆分 + 预算分配）", "2026-10-16", rule=("this", 4)),
      item("钟浩", "黑五主图 + coupon 图（US/CA 两站）", "2026-10-14", rule=("wd", 3)),
      item("邓志强", "10 月第二柜入仓预约（ONT8）", "2026-10-20", rule=("abs", "2026-10-20")),
      item("叶佩珊", "Q4 广告预算追加审批", None, flags=["vague_due"])],
     fu("2026-10-19", "10:00", rule=("abs", "2026-10-19")),
     notes="Sent Sat 2026-10-10, a make-up working day after National Day 2026. Roles precede the names: 运营主管 Kiki = 梁嘉欣, 设计 小钟 = 钟浩, 仓库 邓工 = 邓志强, 财务 叶姐 = 叶佩珊 (aliases). 'EOD Friday': the Friday of the current Mon-Sun week (10-09) is past -> 10-16, no time. 3个工作日内 from Saturday: Mon 12, Tue 13, Wed 14 -> 10-14. 'by 10/20' -> 2026-10-20. ASAP -> vague_due. The FYI line is information. 'Next sync → Mon 10/19, 10am' -> 2026-10-19 10:00.")

# ------------------------------------------------------------------------------------------------ README
README_HEAD = '# minutebot blind held-out set: heldout6\n\nN_PLACEHOLDER raw messages (`NNNN-slug.eml`, the bytes a mail server stores, with Return-Path/Delivered-To/Received added by\nthe receiving MTA) and gold answers (`NNNN-slug.json`, the dev corpus schema unchanged), cases 1001-LAST_PLACEHOLDER, the\nroster (`roster.csv`, same columns as the dev corpus) and the generator (`make_heldout6.py`).\n\n- Rebuild: `/work/blind/venv/bin/python make_heldout6.py [OUTDIR]` (deterministic; identical bytes each run).\n- Check: `/work/blind/venv/bin/python make_heldout6.py --check [DIR]` recomputes every gold due date, follow-up date\n  and reply date from a rule stored with it (working days via `chinese_calendar`, weekdays, month/year ends,\n  first working day after / last working day before a holiday) and, with DIR, also compares the files on disk\n  with a fresh build. Exit 0 = all good.\n- Counts: COUNTS_PLACEHOLDER\n\nWritten blind: the author never saw the bot\'s code or tests; only SPEC.md, the dev corpus README/gold files and\ngenerator helpers, the seed guides and the date research note were read.\n\n## Organisations (none appears in the dev corpus)\n\n| org | domain | bot address (in To/Cc) | people |\n| --- | --- | --- | --- |\n| 洋帆跨境 (Shenzhen cross-border e-commerce seller: Amazon/Shopee operations, warehouse, design, finance) | `yangfan-ec.example.cn` | `jiyao@yangfan-ec.example.cn` (会议纪要助手) | 运营部 陈思远(head)/梁嘉欣 Kiki/黄俊杰 Jay/吴婷婷 Tina; 仓储物流部 邓志强(head, 邓工/Johnny)/罗小燕; 设计部 方雨桐(head)/钟浩 小钟; 财务部 叶佩珊 叶姐. External: freight forwarder 海贸通 张立群 (Kevin Zhang), `kevin.zhang@haimaotong-log.example.com` |\n| 国网江临市供电公司 (provincial grid SOE branch, formal style) | `jlpower.example.cn` | `hyjy@jlpower.example.cn` (纪要督办助手) | 公司领导 许志远; 办公室 高红梅/蒋涛; 运维检修部 刘国栋/孙卫东; 营销部 何静/马骏; 安全监察部 唐建平; 发展策划部 郑凯; 调度控制中心 袁立新 |\n| 启明星教育 (K-12 after-school company, Hangzhou campuses) | `qmx-edu.example.cn` | `minutes@qmx-edu.example.cn` (纪要小助手) | 教学部 杜雪梅(杜校)/曾凡/任芳菲 Phoebe; 滨江校区 彭丽(彭校); 西湖校区 覃晓东(覃校长); 市场部 宋佳 Joy/贺子豪 小贺; 教务部 卢婧. Not in roster: teacher 陈晓雯 `chenxiaowen@qmx-edu.example.cn` (only in To of 1012); UK partner Emma Clarke `emma.clarke@thamesbridge-camps.example.co.uk` |\n| 苏州三和精电 (Japanese-invested electronics factory, Suzhou) | `sanwa-sz.example.com` | `minutes-bot@sanwa-sz.example.com` (Minutes Bot) | 总经理室 佐藤健一 (GM, Japanese); 品质保证部 山本由纪 (Japanese)/沈丽 Lily; 生产技术部 高桥诚 (Japanese)/周建华/林志豪 Jason (Taiwanese, writes Big5); 采购部 顾明 Gu-san; 生产管理部 钱磊. External: Japan HQ Tanaka Hiroshi `h.tanaka@sanwa-denki.example.co.jp` |\n\nAll four organisations share one `roster.csv` (the bot under test may be configured per organisation; `parse`\nonly needs the roster). Send dates run from 2025-02-08 to 2027-03-10.\n\n## Calendar used (from `chinese_calendar`, never guessed)\n\n2025: Spring Festival off 01-28..02-04, make-up Sun 01-26 and **Sat 02-08** (1026 is sent on it); May Day off\n05-01..05-05, make-up **Sun 04-27** (1017); Dragon Boat 05-31..06-02; National Day + Mid-Autumn off 10-01..10-08,\nmake-up **Sun 09-28** (1028) and **Sat 10-11** (1009, 1021). 2026: New Year off 01-01..01-03, make-up **Sun 01-04**\n(1022); Spring Festival off 02-15..02-23, make-up **Sat 02-14** and Sat 02-28 (1005, 1015); Qingming 04-04..04-06\n(1010); May Day off 05-01..05-05, make-up **Sat 05-09** (1025, 1027); Dragon Boat 06-19 (1003); Mid-Autumn 09-25,\nmake-up Sun 09-20 (1014, 1018); National Day 10-01..10-07, make-up **Sat 10-10** (1018, 1041). The package has no\n2027 data, so the 2027 cases (1019, 1024) use no working-day arithmetic; 1023\'s 元旦前 (sent 2026-12-21) only needs\n2026-12-31 to be a working day.\n\n## Conventions applied beyond the dev corpus README (a scorer must know these)\n\n1. **Weekdays** follow the corpus rule exactly: a bare or 本周 weekday (周四, 本周五, by Friday, EOD Wednesday,\n   Japanese marks like （金）/（水）) is that day of the Mon-Sun week containing the send date, or next week\'s if it\n   is already past; 下周X / next Monday = the following calendar week. A mail sent on a make-up Saturday/Sunday\n   belongs to the week that started the Monday before it (1022 本周五 on Sun 01-04 -> 01-09; 1041 EOD Friday on Sat\n   10-10 -> 10-16).\n2. **Holiday words**: 节前 / 连休前 / 中秋节前 / 元旦前 = the last working day before the holiday; 节后第一个工作日 /\n   连休后第一天 / 五一后第一个工作日 / 清明节后第一个工作日 = the first working day after it. N个工作日内 counts from\n   the day after sending (corpus rule); \'节后3个工作日内\' is used only in 1009, where both readings give the same day.\n3. **Times**: EOD / 下班前 give the date only; 明天上午10点前 -> 10:00, 明早9点 -> 09:00, 中午12点前 -> 12:00, explicit\n   17:00 kept. No time is invented for 上午/下午 alone.\n4. **Vague**: 尽快, ASAP, 待定, 另行通知, 3月中旬, 1月中旬, 下周中 -> due null + `vague_due` (the corpus README treats\n   \'11月中旬\' as vague; this set follows it, not the research note\'s \'中旬 = 20th\').\n5. **Period ends**: 月底 / 11月底 / end of July -> the last day of that month; 2025年底 / 2026年底前 -> 12-31. A\n   period end that falls on a weekend is kept as is.\n6. **Owners**: with 主责/配合 or 牵头/配合 (in a cell or a sentence) the 主责/牵头 person owns the item. Japanese\n   \'桑\' (X桑 = X-san) and Chinese titles (X老师, X校, X工, X总, X主任, 小X) resolve through roster aliases, or, when\n   the person is not in the roster, through the single To/Cc entry with that surname (1012 陈老师 -> 陈晓雯,\n   department null). Traditional-script names (周建華, 錢磊) map to the canonical roster names. Role words before\n   a name (运营主管 Kiki, 设计 小钟) are decoration. The writer\'s own item ("I\'ll …", ACTION ITEM (Tanaka)) belongs\n   to the From person. \'全员\', \'各校区\', \'Owner: TBD\' -> owner null, `no_owner`, department null; a department of\n   ours written alone (营销部, 安全监察部, 发展策划部) -> owner null, `no_owner`, department as written.\n7. **Splitting**: ①② in one cell, (1)(2) in one item, or 1./2. inside a bracket, each with its own date -> separate\n   items in text order. The same task text for two owners -> two items (1007).\n8. **Not items**: done lines/rows (已完成, [x], 已上线, 已发放), status (进展 约60%), AI-minutes summaries and chapter\n   lines (only the 待办 section counts), decisions (结论, 会议明确, Decisions, 备注 lines), standing rules (会议要求,\n   四是各部门要…), FYI lines, the forwarder\'s preface, quoted old minutes under a reply header, signatures.\n9. **next_followup**: \'同一时间\' = the start time on this meeting\'s 时间 line; a time zone is converted to\n   Asia/Shanghai (9:00 CST = 09:00; 10:00 JST -> 09:00; 9:00 London BST -> 16:00); a day with 下午 only -> time\n   null (1010); a cancelled slot replaced by a new one -> the new one (1027); a sentence over several lines counts\n   (1025); \'另行通知\'/\'时间待定\' -> null.\n10. **Minutes in an attachment** (1011): the .docx is a real WordprocessingML zip; its items are the gold. The mail\n    body only points to it.\n11. **Replies**: `items` lists numbers only as written; a reply naming its item by content has `items: []` (1030).\n    A reply that says 有异议 and proposes a date stays `object` with `new_due_date` null (1031). The bot recaps\n    being replied to are quoted with invented bot Message-IDs (`<mb.HASH@domain>`); the References header also\n    carries the real Message-ID of the minutes case.\n12. **Task text** is the deliverable as written, lightly trimmed of owner/date decoration (and, where a sentence\n    carries a verb + destination, kept in the writer\'s words); compare it fuzzily, as for the dev corpus.\n13. **Mail-client shapes**: Outlook desktop (gb2312 label with GBK bytes, big5 for 1018 with UTF-8 encoded-words\n    for names Big5 cannot carry), Exchange Online (+0000 Date), Foxmail GBK, Exmail gb18030, Coremail (GBK/UTF-8,\n    base64/QP), Gmail QP, Apple Mail / iPhone Mail QP, Thunderbird 8bit flowed. The Feishu Mail header shape\n    (1002) is approximate (no verified raw sample was available); its MIME body is ordinary UTF-8 base64.\n\n## Genuinely ambiguous cases (the gold picks what a careful assistant would record)\n\n- 1004 item 3: \'确认 1 月中旬美西仓收货排期\' — 1月中旬 describes the shipments, recorded as `no_due` (a reader\n  might say `vague_due`; either way no date).\n- 1010 （二）: two sub-tasks of one section recorded as two items (one item due 04-30 is the other reading).\n- 1024: zero items although \'规划成果…于6月30日前上报\' has a date (it is stated as part of a decision).\n- 1025 item 2: the 5月9日 class date read as the courseware deadline.\n- 1031: objection that proposes a new date -> object, not extend.\n- 1037: an office notice that asks departments to file a duty roster by a date -> `other`, not minutes.\n\n## Cases\n\n'


def readme():
    import collections
    kinds = collections.Counter(k["kind"] for k in CASES)
    n_items = sum(len(k["gold"]["items"]) for k in CASES)
    n_fu = sum(1 for k in CASES if k["gold"]["next_followup"])
    counts = ("minutes %d, reply %d, auto %d, other %d; %d gold items, %d next_followup values"
              % (kinds["minutes"], kinds["reply"], kinds["auto"], kinds["other"], n_items, n_fu))
    out = README_HEAD.replace("COUNTS_PLACEHOLDER", counts).replace("N_PLACEHOLDER", str(len(CASES))).replace(
        "LAST_PLACEHOLDER", str(CASES[-1]["num"]))
    out += "| case | kind | what it tests |\n| --- | --- | --- |\n"
    for k in CASES:
        out += "| %d-%s | %s | %s |\n" % (k["num"], k["slug"], k["kind"], k["what"].replace("|", "\\|"))
    return out


# ------------------------------------------------------------------------------------------------ build
ORG = {"yf": ("yangfan-ec.example.cn", "14.23.%d.%d"), "jl": ("jlpower.example.cn", "10.112.%d.%d"),
       "qm": ("qmx-edu.example.cn", "115.236.%d.%d"), "sw": ("sanwa-sz.example.com", "58.210.%d.%d")}

def strip_rules(x):
    if isinstance(x, dict):
        return {k: strip_rules(v) for k, v in x.items() if k != "_rule"}
    if isinstance(x, list):
        return [strip_rules(v) for v in x]
    return x

def build(cs):
    mids, out = {}, []
    for k in cs:
        c = k["c"]
        org = k["slug"][:2]
        dom, ipf = ORG[org]
        bot = BOTS[org][1]
        if k["client"] == "raw":
            body = c["body"]
            msg = envelope(c["headers"], body)
            mm = re.search(r"<([^>]+)>", dict(c["headers"]).get("From", ""))
            sender = mm.group(1) if mm else dict(c["headers"])["From"].split()[0]
        else:
            if c.get("parent"):
                c["refs"] = [mids[c["parent"]], c["irt"]]
            msg = CLIENTS[k["client"]](c)
            sender = who(c["frm"])[1]
        mid = msg["Message-ID"] or msg["Message-Id"]
        mids[k["num"]] = mid
        seed = c["seed"]
        ip = ipf % (int(hx(seed, 2), 16) % 250 + 1, int(hx(seed, 4)[2:], 16) % 250 + 1)
        if k["slug"].startswith("sw-auto") or k["slug"].startswith("yf-auto-marketplace"):
            host = "mail-outbound.example.net"
        elif "dsn" in k["slug"]:
            host = "localhost"
        else:
            host = "smtp.%s" % sender.split("@")[1]
        top = Message()
        if "dsn" in k["slug"]:
            top["Return-Path"] = "<>"
        elif k["slug"].startswith("yf-auto-marketplace"):
            top["Return-Path"] = dict(c["headers"])["Return-Path"]
        else:
            top["Return-Path"] = "<%s>" % sender
        top["Delivered-To"] = bot
        if "dsn" in k["slug"]:
            top["Received"] = "by mx.%s (Postfix)\n\tid 4ZJL2K0QxYz9; %s (CST)" % (dom, rfc_date(c["t"].astimezone(TZ8)))
        else:
            top["Received"] = received(c["t"], host, ip, bot, dom, seed)[1]
        for hk, hv in msg.items():
            if hk == "Return-Path":
                continue
            top[hk] = hv
        top._payload = msg._payload
        top.preamble, top.epilogue = msg.preamble, msg.epilogue
        crlf = k["client"] in ("outlook", "exo")
        out.append((k, serialize(top, crlf=False)))
    return out

def check():
    bad = 0
    for k in CASES:
        sent = k["c"]["t"].astimezone(TZ8)
        g = k["gold"]
        for i, it in enumerate(g["items"]):
            r = it.get("_rule")
            if it["due_date"] is None:
                if r:
                    print("%d item %d: rule but no date" % (k["num"], i + 1)); bad += 1
                if not ({"vague_due", "no_due"} & set(it["flags"])):
                    print("%d item %d: no date without vague_due/no_due" % (k["num"], i + 1)); bad += 1
                continue
            if not r:
                print("%d item %d: date without rule" % (k["num"], i + 1)); bad += 1
                continue
            d, t = rule_date(sent, r)
            if d != it["due_date"] or (r[0] == "hours" and t != it["due_time"]):
                print("%d item %d: gold %s %s, computed %s %s (%s)" % (k["num"], i + 1, it["due_date"], it["due_time"], d, t, r))
                bad += 1
            if (it["owner_name"] is None) != ("no_owner" in it["flags"]):
                print("%d item %d: no_owner flag mismatch" % (k["num"], i + 1)); bad += 1
        f = g["next_followup"]
        if f and f.get("_rule"):
            d, t = rule_date(sent, f["_rule"])
            if d != f["date"]:
                print("%d follow-up: gold %s computed %s" % (k["num"], f["date"], d)); bad += 1
        rp = g["reply"]
        if rp and rp.get("new_due_date"):
            d, t = rule_date(sent, rp["_rule"])
            if d != rp["new_due_date"]:
                print("%d reply new date: gold %s computed %s" % (k["num"], rp["new_due_date"], d)); bad += 1
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            print("%d: non-minutes with items/follow-up" % k["num"]); bad += 1
        if (g["kind"] == "reply") != (g["reply"] is not None):
            print("%d: reply block mismatch" % k["num"]); bad += 1
    # every working-day rule must fall on a working day
    print("checked %d cases, %d problems" % (len(CASES), bad))
    return bad

def main():
    args = sys.argv[1:]
    if "--check" in args:
        bad = check()
        outdir = Path([a for a in args if a != "--check"][0]) if len(args) > 1 else None
        if outdir:  # also compare files on disk with a fresh build
            for k, data in build(CASES):
                name = "%d-%s" % (k["num"], k["slug"])
                if not (outdir / (name + ".eml")).exists():
                    print("missing:", name); bad += 1
                    continue
                if (outdir / (name + ".eml")).read_bytes() != data:
                    print("differs:", name); bad += 1
                if json.loads((outdir / (name + ".json")).read_text("utf-8")) != strip_rules(k["gold"]):
                    print("gold differs:", name); bad += 1
        sys.exit(1 if bad else 0)
    outdir = Path(args[0]) if args else Path(__file__).resolve().parent
    if check():
        sys.exit("gold dates do not match the calendar; nothing written")
    outdir.mkdir(parents=True, exist_ok=True)
    for k, data in build(CASES):
        name = "%d-%s" % (k["num"], k["slug"])
        (outdir / (name + ".eml")).write_bytes(data)
        (outdir / (name + ".json")).write_text(json.dumps(strip_rules(k["gold"]), ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    with open(outdir / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)
    (outdir / "README.md").write_text(readme(), encoding="utf-8")
    print("wrote %d cases to %s" % (len(CASES), outdir))

if __name__ == "__main__":
    main()
