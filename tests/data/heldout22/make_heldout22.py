#!/usr/bin/env python3
"""heldout22 generator: raw .eml + gold .json pairs, roster.csv.

    /work/blind/venv/bin/python make_heldout22.py [OUTDIR]     # write everything (default: this folder)
    /work/blind/venv/bin/python make_heldout22.py --check [DIR] # recompute every gold date and compare with files

Deterministic: no clock, no randomness. Working days come from chinesecalendar (2004-2026 only); no 2027 case
uses a working-day or holiday computation (2027 cases use absolute dates, weekdays and month/year ends only).
"""
import base64, binascii, csv, datetime as dt, hashlib, io, json, re, sys, zipfile, html as htmlmod
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path
import chinese_calendar

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


# ---------------------------------------------------------------- calendar
def is_wd(d):
    if d.year > 2026:
        raise RuntimeError("no official calendar for %d: do not compute working days" % d.year)
    return chinese_calendar.is_workday(d)


def add_wd(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wk(sent, wd):
    """bare/本周 weekday: this week's if not past, else next week's."""
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)


def nwk(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + wd)


def first_wd_after(d):
    """first working day after the holiday block that contains/follows d."""
    d += dt.timedelta(days=1)
    while not is_wd(d):
        d += dt.timedelta(days=1)
    return d


def last_wd_before(d):
    d -= dt.timedelta(days=1)
    while not is_wd(d):
        d -= dt.timedelta(days=1)
    return d


def month_end(y, m):
    return (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


CHECKS = []


def dd(iso, computed, what=""):
    """hand-written gold date must equal the computation."""
    CHECKS.append((iso, computed, what))
    if computed != D.fromisoformat(iso):
        raise AssertionError("%s: gold %s, computed %s" % (what, iso, computed))
    return iso


WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WZH = "一二三四五六日"


def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(off))


def sh(t):
    return t.astimezone(TZ8)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


# ---------------------------------------------------------------- people
ORGS = {
    "shuguo": ("shuguo-hotpot.example.cn", ("纪要助手", "jiyao@shuguo-hotpot.example.cn")),
    "yimou": ("yimou-tech.example.com", ("Action Bot", "actions@yimou-tech.example.com")),
    "churen": ("churen-hospital.example.org.cn", ("会议纪要助手", "huiyi-bot@churen-hospital.example.org.cn")),
    "chile": ("chilechuan-coop.example.cn", ("纪要助手", "jiyao@chilechuan-coop.example.cn")),
}
ROSTER = [
    # org, name, local, dept, head?, aliases
    ("shuguo", "邓红梅", "denghongmei", "运营部", True, "邓总;邓经理;梅姐;Deng Hongmei"),
    ("shuguo", "何志刚", "hezhigang", "运营部", False, "何督导;刚哥;He Zhigang"),
    ("shuguo", "曾丽", "zengli", "运营部", False, "曾店长;丽丽;Zeng Li"),
    ("shuguo", "黄鹏", "huangpeng", "运营部", False, "黄店长;鹏哥;Huang Peng"),
    ("shuguo", "罗军", "luojun", "食品安全部", True, "罗经理;老罗;Luo Jun"),
    ("shuguo", "蒋小雨", "jiangxiaoyu", "食品安全部", False, "小蒋;蒋专员;小雨;Jiang Xiaoyu"),
    ("shuguo", "苏婷", "suting", "采购部", True, "苏经理;Su Ting"),
    ("shuguo", "彭涛", "pengtao", "工程部", True, "彭工;彭师傅;Peng Tao"),
    ("yimou", "林子轩", "kevin.lin", "硬件部", True, "Kevin;Kevin Lin;林工;林子軒;林經理;@kevin"),
    ("yimou", "吴思源", "sean.wu", "硬件部", False, "Sean;Sean Wu;吳思源;@sean"),
    ("yimou", "马骁", "max.ma", "固件部", True, "Max;Max Ma;马工;@max"),
    ("yimou", "欧阳倩", "chloe.ouyang", "供应链部", True, "Chloe;Chloe Ouyang;欧阳总;@chloe"),
    ("yimou", "郑凯", "kai.zheng", "供应链部", False, "Kai;Kai Zheng;鄭凱;小郑;@kai"),
    ("yimou", "许文博", "bob.xu", "认证测试部", True, "Bob;Bob Xu;许工;@bob"),
    ("yimou", "谭雅", "tanya.tan", "产品部", True, "Tanya;Tanya Tan;@tanya"),
    ("churen", "周国华", "zhouguohua", "医务处", True, "周处长;周处;周国华处长"),
    ("churen", "刘敏", "liumin", "医务处", False, "刘科长;刘老师"),
    ("churen", "田甜", "tiantian", "质控科", True, "田老师;田科长;小田"),
    ("churen", "王静", "wangjing", "护理部", True, "王主任;王静主任"),
    ("churen", "陈春燕", "chenchunyan", "护理部", False, "陈老师;陈春燕老师"),
    ("churen", "袁媛", "yuanyuan", "护理部", False, "袁护士长"),
    ("churen", "吕秋霞", "lvqiuxia", "护理部", False, "吕护士长"),
    ("churen", "赵立新", "zhaolixin", "院感科", True, "赵科长;赵老师"),
    ("churen", "孙建", "sunjian", "心血管内科", True, "孙主任"),
    ("churen", "付晓东", "fuxiaodong", "信息科", True, "付工;付科长"),
    ("churen", "韩东", "handong", "麻醉科", True, "韩主任"),
    ("chile", "巴特尔", "bateer", "理事会", True, "巴理事长;理事长;Bater;Baatar"),
    ("chile", "乌云其其格", "wuyunqiqige", "奶源部", True, "其其格;乌云;其其格部长;Qiqige"),
    ("chile", "那日苏", "narisu", "牧场管理部", True, "老那;那场长;Narisu"),
    ("chile", "苏和", "suhe", "技术部", True, "小苏;苏和技术员;Sukh;Suhe"),
    ("chile", "王秀兰", "wangxiulan", "财务部", True, "王会计;秀兰;Wang Xiulan"),
    ("chile", "张海", "zhanghai", "冷链部", True, "张部长;海子;Zhang Hai"),
]
P = {}
_heads = {}
for org, name, local, dep, head, al in ROSTER:
    if head:
        _heads[(org, dep)] = local + "@" + ORGS[org][0]
for org, name, local, dep, head, al in ROSTER:
    mgr = "" if head else _heads[(org, dep)]
    P[name] = {"name": name, "email": local + "@" + ORGS[org][0], "department": dep, "manager_email": mgr,
               "aliases": al, "org": org}

EXT = {
    "Jason Miller": "jason.miller@skyreach-dist.example.com",
    "Katrin Vogel": "k.vogel@nordwerk-pruef.example.de",
    "Liam O'Connor": "liam.oconnor@kaimai-dairy.example.co.nz",
    "Aroha Ngata": "aroha.ngata@kaimai-dairy.example.co.nz",
    "蔡明哲": "mingche.tsai@hongxiang-motor.example.com.tw",
    "葉佳蓉": "chiajung.yeh@hongxiang-motor.example.com.tw",
    "黄丽萍": "huangliping.jx@churen-hospital.example.org.cn",
    "王小川": "wangxiaochuan1998@qq.example.com",
    "孟晓岚": "yuanban@churen-hospital.example.org.cn",
}


def who(x, org=None):
    if isinstance(x, tuple):
        return x
    if x in P:
        return (x, P[x]["email"])
    if x == "BOT":
        return ORGS[org][1]
    return (x, EXT[x])


def it(owner, task, due=None, time=None, flags=(), dept=None, email=None):
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
            "due_time": time, "flags": list(flags)}


def gold(kind, notes, items=(), fu=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": fu, "reply": reply, "notes": notes}


def FU(date, time=None):
    return {"date": date, "time": time}


def REP(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


# ---------------------------------------------------------------- header / MIME helpers (adapted from dev corpus)
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, org, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*who(p, org), label=label, mode=mode, quote=quote) for p in people)


def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v) if ct_quote else "; %s=%s" % (k, v)
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
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body, mime=True):
    top = Message()
    for k, v in headers:
        if v is not None:
            top[k] = v
    if mime:
        top["MIME-Version"] = "1.0"
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


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()


def received(t, org, helo, ip, seed, rcpt):
    t2 = sh(t) + dt.timedelta(seconds=4)
    return ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Q%s\n\tfor <%s>; %s (CST)"
            % (helo, helo, ip, ORGS[org][0], hx(seed, 9).upper(), rcpt, rfc_date(t2)))


def thr(irt, refs):
    h = []
    if refs:
        h.append(("References", "\n ".join(refs)))
    if irt:
        h.append(("In-Reply-To", irt))
    return h


def esc(s):
    return htmlmod.escape(s, quote=False)


def auto_html(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else "<br>", tag))
    return "\n".join(out)


def html_table(rows, style='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"'):
    h = ["<table %s>" % style]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def docx_bytes(paragraphs, table=None, tail=()):
    """A minimal valid .docx (raw WordprocessingML in a zip)."""
    def run(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)
    body = "".join(run(p) for p in paragraphs)
    if table:
        trs = ""
        for r in table:
            trs += "<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"2400\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % run(c)
                                      for c in r) + "</w:tr>"
        body += '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % trs
    body += "".join(run(p) for p in tail)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
           '.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxml'
            'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, s in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(n, date_time=(2027, 4, 14, 20, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, s)
    return buf.getvalue()


def attachment_docx(filename, data, label="GBK"):
    enc = "=?%s?B?%s?=" % (label, base64.b64encode(filename.encode(codec(label))).decode())
    return leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data, cte="base64",
                params=[("name", enc)], headers=[("Content-Disposition", 'attachment; filename="%s"' % enc)])


# ---------------------------------------------------------------- mail clients
class Mail:
    def __init__(self, org, frm, to, cc, subject, t, text, html=None, seed="x", irt=None, refs=None,
                 attachments=(), cs=None):
        self.org, self.frm, self.to, self.cc, self.subject, self.t = org, who(frm, org), to, cc, subject, t
        self.text, self.html, self.seed, self.irt, self.refs = text, html, seed, irt, refs
        self.attachments, self.cs = list(attachments), cs
        self.dom = self.frm[1].split("@")[1]


def _deliver(m, msg, ip, helo=None):
    bot = ORGS[m.org][1][1]
    out = Message()
    out["Return-Path"] = "<%s>" % m.frm[1]
    out["Delivered-To"] = bot
    k, v = received(m.t, m.org, helo or ("mail." + m.dom), ip, m.seed, bot)
    out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


def outlook(m, ip="10.20.1.15"):
    cs = m.cs or "gb2312"
    stamp = hx(m.seed, 12).upper()
    html = m.html or auto_html(m.text, "p")
    html_doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/'
                'omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:10.5pt;font-family:%s;}\n--></style>'
                '</head><body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;text-justify-trim:'
                'punctuation\'><div class=WordSection1>\n%s\n</div></body></html>'
                % (cs, "新細明體" if cs == "big5" else "等线", html.replace("<p>", '<p class=MsoNormal>')))
    body = multi("alternative", [leaf("text/plain", m.text, cs, "base64", crlf=True),
                                 leaf("text/html", html_doc, cs, "base64", crlf=True)],
                 "----=_NextPart_%03d_0001_01DC%s.%s" % (1 if m.attachments else 0, stamp[:4], stamp[4:]))
    if m.attachments:
        body = multi("mixed", [body] + m.attachments, "----=_NextPart_000_0000_01DC%s.%s" % (stamp[:4], stamp[4:]))
    body.preamble = "This is a multipart message in MIME format."
    hdrs = [("From", haddr(*m.frm, label=cs)), ("To", haddrs(m.to, m.org, cs))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org, cs)))
    hdrs += thr(m.irt, m.refs)
    hdrs += [("Subject", htext(m.subject, cs)), ("Date", rfc_date(m.t)),
             ("Message-ID", "<000001dc%s$%s$%s$@%s>" % (hx(m.seed, 4), hx(m.seed + "a", 8), hx(m.seed + "b", 8), m.dom))]
    msg = envelope(hdrs, body)
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Thread-Index"] = thread_index(m.seed)
    msg["Content-Language"] = "zh-cn" if cs != "big5" else "zh-tw"
    return _deliver(m, msg, ip)


def exo(m):
    """Outlook 365 via Exchange Online: Date in +0000."""
    cs = "utf-8"
    mid = "TYZPR06MB%s%s" % (hx(m.seed, 4).upper(), hx(m.seed + "m", 24).upper())
    html = m.html or auto_html(m.text)
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 11pt;">%s</div></body>'
                '</html>' % html)
    body = multi("alternative", [leaf("text/plain", m.text, cs, "base64", crlf=True),
                                 leaf("text/html", html_doc, cs, "base64", crlf=True)], "_000_%s_" % mid)
    hdrs = [("From", haddr(*m.frm)), ("To", haddrs(m.to, m.org))]
    if m.cc:
        hdrs.append(("CC", haddrs(m.cc, m.org)))
    topic = re.sub(r"^(RE|Re|FW|答复|回复|转发):\s*", "", m.subject)
    hdrs += [("Subject", htext(m.subject)), ("Thread-Topic", htext(topic)), ("Thread-Index", thread_index(m.seed)),
             ("Date", rfc_date(m.t.astimezone(UTC))),
             ("Message-ID", "<%s@TYZPR06MB%s.apcprd06.prod.outlook.com>" % (mid, hx(m.seed, 4).upper()))]
    hdrs += thr(m.irt, m.refs)
    hdrs += [("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", "")]
    return _deliver(m, envelope(hdrs, body), "40.107.255.%d" % (int(hx(m.seed, 2), 16) % 200),
                    helo="mail-%s.outbound.protection.outlook.com" % hx(m.seed, 6))


def foxmail(m):
    cs = m.cs or "GBK"
    n = int(hx(m.seed, 6), 16)
    b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height:'
                ' 1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height:'
                ' 1.5; }</style></head><body>\n%s\n</body></html>' % (cs, m.html or auto_html(m.text)))
    body = multi("alternative", [leaf("text/plain", m.text, cs, "base64", crlf=True),
                                 leaf("text/html", html_doc, cs, "base64", crlf=True)], b,
                 preamble="This is a multi-part message in MIME format.")
    if m.attachments:
        body = multi("mixed", [body] + m.attachments, "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                     preamble="This is a multi-part message in MIME format.")
    hdrs = [("Date", rfc_date(m.t)), ("From", haddr(*m.frm, label=cs, quote=True)),
            ("To", haddrs(m.to, m.org, cs, quote=True))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org, cs, quote=True)))
    hdrs += [("Subject", htext(m.subject, cs))] + thr(m.irt, m.refs)
    hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(m.seed, 8).upper(), hx(m.seed, 12)[8:].upper(),
                                                                hx(m.seed + "g", 4).upper(), hx(m.seed + "h", 4).upper(),
                                                                hx(m.seed + "i", 12).upper())),
             ("X-Has-Attach", "yes" if m.attachments else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
             ("Mime-Version", "1.0"),
             ("Message-ID", "<%s%07d@%s>" % (sh(m.t).strftime("%Y%m%d%H%M%S"), n % 10 ** 7, m.dom))]
    return _deliver(m, envelope(hdrs, body, mime=False), "112.%d.%d.%d" % (n % 200, n % 97, n % 251),
                    helo="smtp.%s" % m.dom)


def qq(m):
    cs = m.cs or "gb18030"
    b = "----=_NextPart_%s_%s_%s" % (hx(m.seed, 8).upper(), hx(m.seed + "1", 8).upper(), hx(m.seed + "2", 8).upper())
    html_doc = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs, m.html or auto_html(m.text))
    body = multi("alternative", [leaf("text/plain", m.text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")],
                 b, preamble="This is a multi-part message in MIME format.")
    hdrs = [("X-QQ-FEAT", hb64(m.seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
            ("X-QQ-XMAILINFO", hb64(m.seed + "x", 24)), ("X-HAS-ATTACH", "no"), ("X-QQ-BUSINESS-ORIGIN", "2"),
            ("X-Originating-IP", "125.71.%d.%d" % (int(hx(m.seed, 2), 16) % 250, int(hx(m.seed, 4)[2:], 16) % 250)),
            ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(m.seed, 1), 16) % 9, int(m.t.timestamp()),
                                                                    hx(m.seed + "q", 7))),
            ("From", haddr(*m.frm, label=cs, quote=True)), ("To", haddrs(m.to, m.org, cs, quote=True))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org, cs, quote=True)))
    hdrs += [("Subject", htext(m.subject, cs))] + thr(m.irt, m.refs)
    hdrs += [("Mime-Version", "1.0"), ("Date", rfc_date(m.t)), ("X-Priority", "3"),
             ("Message-ID", "<tencent_%s@qq.com>" % hx(m.seed, 36).upper()),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    return _deliver(m, envelope(hdrs, body, mime=False), "43.163.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 7),
                    helo="smtpbg%d.qq.com" % (int(hx(m.seed, 3), 16) % 200))


def coremail(m, cte="base64"):
    cs = m.cs or "UTF-8"
    b = "----=_Part_%d_%d.%d" % (int(hx(m.seed, 6), 16), int(hx(m.seed + "p", 7), 16), int(m.t.timestamp() * 1000))
    html_doc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>'
                % (m.html or auto_html(m.text)))
    body = multi("alternative", [leaf("text/plain", m.text, cs, cte), leaf("text/html", html_doc, cs, cte)], b)
    hdrs = [("Date", rfc_date(m.t)), ("From", haddr(*m.frm, label=cs, quote=True)),
            ("To", haddrs(m.to, m.org, cs, quote=True))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org, cs, quote=True)))
    hdrs += [("Subject", htext(m.subject, cs))] + thr(m.irt, m.refs)
    hdrs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20240905(d1a2b1b3)"),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(m.seed + "c", 33)), ("MIME-Version", "1.0"),
             ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(m.seed, 8), hx(m.seed + "2", 4), hx(m.seed + "3", 11),
                                                          m.frm[1])),
             ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
             ("X-CM-TRANSID", hb64(m.seed + "t", 18).replace("+", "_").replace("/", "-"))]
    return _deliver(m, envelope(hdrs, body, mime=False), "59.172.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 21),
                    helo="mail.%s" % m.dom)


def gmail(m):
    b1 = "000000000000%s" % hx(m.seed, 14)
    html_doc = '<div dir="ltr">%s</div>' % (m.html or auto_html(m.text))
    body = multi("alternative", [leaf("text/plain", m.text, "UTF-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
    hdrs = [("MIME-Version", "1.0")] + thr(m.irt, m.refs)
    hdrs += [("From", haddr(*m.frm)), ("Date", rfc_date(m.t)),
             ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(m.seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(m.subject)), ("To", haddrs(m.to, m.org))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org)))
    hdrs += [("X-Gm-Features", "AQt7F2" + hx(m.seed + "gm", 30))]
    return _deliver(m, envelope(hdrs, body, mime=False), "209.85.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 47),
                    helo="mail-%s.google.com" % hx(m.seed, 5))


def iphone(m):
    """iOS Mail, plain text only, UTF-8 quoted-printable."""
    body = leaf("text/plain", m.text, "utf-8", "quoted-printable", ct_quote=False)
    hdrs = [("From", haddr(*m.frm)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(m.t)),
            ("Subject", htext(m.subject)), ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (
                hx(m.seed, 8).upper(), hx(m.seed, 12)[8:].upper(), hx(m.seed + "i", 4).upper(),
                hx(m.seed + "j", 4).upper(), hx(m.seed + "k", 12).upper(), m.dom))]
    hdrs += thr(m.irt, m.refs)
    hdrs += [("Cc", haddrs(m.cc, m.org) if m.cc else None), ("To", haddrs(m.to, m.org)),
             ("X-Mailer", "iPhone Mail (22D72)")]
    msg = envelope(hdrs, body, mime=False)
    return _deliver(m, msg, "117.136.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 9), helo="smtp.%s" % m.dom)


def applemail(m):
    u = "%s-%s-%s-%s-%s" % (hx(m.seed, 8).upper(), hx(m.seed, 12)[8:].upper(), hx(m.seed + "a", 4).upper(),
                            hx(m.seed + "b", 4).upper(), hx(m.seed + "c", 12).upper())
    html_doc = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
                'after-white-space;">%s</body></html>' % (m.html or auto_html(m.text)))
    body = multi("alternative", [leaf("text/plain", m.text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)],
                 "Apple-Mail=_%s" % u)
    hdrs = [("From", haddr(*m.frm)), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("Subject", htext(m.subject)), ("Date", rfc_date(m.t))]
    hdrs += thr(m.irt, m.refs)
    hdrs += [("Cc", haddrs(m.cc, m.org) if m.cc else None), ("To", haddrs(m.to, m.org)),
             ("Message-Id", "<%s@%s>" % (u, m.dom)), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    return _deliver(m, envelope(hdrs, body, mime=False), "113.116.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 3))


def lark(m):
    """Feishu/Lark mail web: utf-8, base64 text + html."""
    b = "%s" % hx(m.seed, 32)
    html_doc = '<div style="font-size:14px;">%s</div>' % (m.html or auto_html(m.text))
    body = multi("alternative", [leaf("text/plain", m.text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(m.t)), ("From", haddr(*m.frm)), ("To", haddrs(m.to, m.org))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org)))
    hdrs += [("Subject", htext(m.subject)), ("Mime-Version", "1.0"),
             ("Message-Id", "<%s@%s>" % (hx(m.seed, 40), m.dom))] + thr(m.irt, m.refs)
    hdrs += [("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(m.seed + "r", 24), m.dom))]
    return _deliver(m, envelope(hdrs, body, mime=False), "101.126.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 12),
                    helo="va-2-%d.ptr.blmpb.com" % (int(hx(m.seed, 2), 16) % 60))


def alimail(m):
    """Alibaba Mail (used with DingTalk): utf-8 base64 text + html."""
    b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(m.seed, 5), 16), hx(m.seed + "a", 8), hx(m.seed + "b", 8))
    html_doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,'
                'STHeiti,SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % (m.html or auto_html(m.text)))
    body = multi("alternative", [leaf("text/plain", m.text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(m.t)), ("From", haddr(*m.frm, quote=True)), ("To", haddrs(m.to, m.org, quote=True))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org, quote=True)))
    hdrs += [("Message-ID", "<%s.%s@%s>" % (hx(m.seed, 12), hx(m.seed + "z", 8), m.dom)),
             ("Subject", htext(m.subject)), ("MIME-Version", "1.0")] + thr(m.irt, m.refs)
    hdrs += [("x-aliyun-mail-creator", "W4_5%s" % hb64(m.seed + "al", 20))]
    return _deliver(m, envelope(hdrs, body, mime=False), "47.88.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 5))


def mailmaster(m):
    b = "----=_Part_%d_%d.%d" % (int(hx(m.seed, 6), 16), int(hx(m.seed + "p", 7), 16), int(m.t.timestamp() * 1000))
    body = multi("alternative", [leaf("text/plain", m.text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", '<div>%s</div>' % (m.html or auto_html(m.text)), "UTF-8", "base64",
                                      ct_quote=False)], b)
    hdrs = [("Date", rfc_date(m.t)), ("From", haddr(*m.frm)), ("To", haddrs(m.to, m.org))]
    if m.cc:
        hdrs.append(("Cc", haddrs(m.cc, m.org)))
    hdrs += [("Message-ID", "<%s.%s@%s>" % (hx(m.seed, 10), hx(m.seed + "y", 6), m.dom)),
             ("Subject", htext(m.subject)), ("MIME-Version", "1.0")] + thr(m.irt, m.refs)
    hdrs += [("X-Mailer", "NetEase Mail Master 5.3.2")]
    return _deliver(m, envelope(hdrs, body, mime=False), "223.104.%d.%d" % (int(hx(m.seed, 2), 16) % 250, 77))


def recap_text(rows, cutoff, lang="zh"):
    if lang == "en":
        t = "Hello all,\n\nAction Bot has recorded the following action items:\n\n| # | Action item | Owner | Due |\n"
        t += "".join("| %s | %s | %s | %s |\n" % r for r in rows)
        t += ("\nIf you disagree, please reply today (by %s); otherwise the items are confirmed.\nReply with "
              "\"confirm\", \"object: reason\", \"item N done\", \"progress 80%%\" or \"extend to Oct 20\".\n\n"
              "-- Action Bot (automated message)\n" % cutoff)
        return t
    t = "各位好：\n\n纪要助手已登记本次会议的待办事项：\n\n| 序号 | 事项 | 负责人 | 截止时间 |\n"
    t += "".join("| %s | %s | %s | %s |\n" % r for r in rows)
    t += ("\n如有异议请于今日内回复（截止 %s，逾期视为无异议）。\n回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”"
          "“进度80%%”“延期至10月20日”即可。\n\n—— 纪要助手（系统自动发送，请勿修改主题）\n" % cutoff)
    return t


# ================================================================ cases
CASES = []


def case(n, slug, kind_what):
    def deco(f):
        CASES.append((n, slug, kind_what, f))
        return f
    return deco


# ---------------------------------------------------------------- 蜀锅记 (Chengdu hotpot chain)
@case(4401, "hotpot-weekly-numbered-qq-gb18030", "Exmail gb18030 周例会 with numbered 本周待办 'task——name，date' lines; 本周五（3/14）, 周三 from a Monday, department-only 尽快; 上周情况 facts not items")
def c4401():
    t = T("2025-03-10 17:42:10")
    s = t.date()
    text = """各位好，
今天上午周例会纪要如下，请查收：

会议时间：2025年3月10日（周一）10:00-11:30
地点：总部三楼会议室
参会：邓总、罗经理、苏经理、何督导、彭工、蒋小雨（记录）

一、上周情况
1. 3月上旬营业额环比上升6%，春熙路店翻台率最高（4.2）。
2. 高新店油烟净化器已更换完毕，验收合格。

二、本周待办
1. 春熙路店排烟罩深度清洗——彭涛，本周五（3/14）前
2. 新毛肚供应商送检报告收集——苏婷，3月17日前
3. 各门店晨检表模板更新并下发——蒋小雨，周三前
4. 3月门店神秘顾客检查——何志刚，3月20日前出排期
5. 春季菜单成本测算——运营部，尽快

三、下次例会
3月17日（周一）上午10:00，地点不变。

蒋小雨
食品安全部 | 蜀锅记餐饮管理有限公司
"""
    m = Mail("shuguo", "蒋小雨", ["邓红梅", "罗军", "苏婷", "何志刚", "彭涛"], ["BOT"], "周例会纪要（3月10日）", t, text,
             seed="4401")
    g = gold("minutes", "Ordinary weekly minutes. 本周五（3/14）-> 2025-03-14; 3月17日前 -> 03-17; 周三前 sent Mon 03-10 -> "
             "03-12; '3月20日前出排期' -> 03-20 (task: the schedule); '运营部，尽快' -> department-only, no_owner + vague_due. "
             "上周情况 lines are reports, not items. Next meeting 3月17日 10:00.",
             [it("彭涛", "春熙路店排烟罩深度清洗", dd("2025-03-14", wk(s, 4))),
              it("苏婷", "新毛肚供应商送检报告收集", dd("2025-03-17", D(2025, 3, 17))),
              it("蒋小雨", "各门店晨检表模板更新并下发", dd("2025-03-12", wk(s, 2))),
              it("何志刚", "3月门店神秘顾客检查出排期", dd("2025-03-20", D(2025, 3, 20))),
              it(None, "春季菜单成本测算", None, flags=["no_owner", "vague_due"], dept="运营部")],
             FU(dd("2025-03-17", D(2025, 3, 17)), "10:00"))
    return qq(m), g


@case(4402, "hotpot-store-patrol-iphone-makeup-sunday", "Store manager's iPhone plain-text patrol notes sent on the 2025-04-27 make-up Sunday: '我' = sender, 明天, 五一前 (last working day before May Day), 下周一 from a Sunday = tomorrow, status line, dept-only line")
def c4402():
    t = T("2025-04-27 22:13:40")
    s = t.date()
    text = """何督导 罗经理
今天巡店几个问题记一下

1 冷库温度记录表缺25 26号两天 我明天补齐
2 后厨地漏返味 彭工说五一前来修
3 两个服务员健康证过期了 下周一前办好 我盯着
4 消毒柜坏了一台 已经报修了
5 员工餐台面不锈钢板翘起来了 报工程部

下次巡店月中吧

黄鹏
发自我的iPhone
"""
    m = Mail("shuguo", "黄鹏", ["何志刚", "罗军"], ["BOT", "彭涛"], "高新店巡店问题 4.27", t, text, seed="4402")
    mayday = D(2025, 5, 1)
    g = gold("minutes", "Phone-typed patrol notes, no punctuation. Sent Sunday 2025-04-27, a 调休 make-up working day "
             "(chinesecalendar). '我明天补齐' -> owner = sender 黄鹏, 04-28. '彭工说五一前来修' -> 彭涛; 五一 (05-01) is a "
             "holiday (05-01..05-05), so '五一前' is recorded as the last working day before it, 04-30 (dates-eval: "
             "国庆节前 -> last workday before; a literal 'X前 = X' reading would give 05-01). '下周一前' from a Sunday = "
             "the Monday of the following calendar week = 04-28 (tomorrow). Line 4 '已经报修了' is status. Line 5 "
             "'报工程部' = department-only (工程部), no date -> no_owner + no_due (could also be read as 黄鹏 reporting it; "
             "a careful assistant records the 工程部 repair). '下次巡店月中吧' is vague -> next_followup null.",
             [it("黄鹏", "补齐冷库温度记录表（缺25、26号两天）", dd("2025-04-28", s + dt.timedelta(days=1))),
              it("彭涛", "维修后厨地漏返味", dd("2025-04-30", last_wd_before(mayday))),
              it("黄鹏", "办好两名服务员健康证", dd("2025-04-28", nwk(s, 0))),
              it(None, "员工餐台面不锈钢板翘起维修", None, flags=["no_owner", "no_due"], dept="工程部")])
    return iphone(m), g


@case(4403, "hotpot-foodsafety-table-odd-columns-foxmail", "Foxmail GBK HTML 整改跟踪表 with columns 序号|状态|完成时限|问题描述|整改措施|责任人|备注 (odd order); 已完成 row excluded; 3个工作日内 over the 2025-09-28 make-up Sunday; 节后第一个工作日; 待定 dept row")
def c4403():
    t = T("2025-09-26 18:05:33")
    s = t.date()
    rows = [["序号", "状态", "完成时限", "问题描述", "整改措施", "责任人", "备注"],
            ["1", "已完成", "9月24日", "春熙路店冷藏柜生熟未分层", "重新分区贴标", "曾丽", "9/25已复查"],
            ["2", "整改中", "3个工作日内", "高新店留样记录不全（缺48小时留样）", "补齐留样记录并对后厨培训", "黄鹏", ""],
            ["3", "未开始", "节后第一个工作日", "太古里店虫害防治合同到期", "续签虫控服务合同", "苏婷", "需三家比价"],
            ["4", "未开始", "10月15日", "各店自查表仍为纸质", "食安月度自查表线上化", "蒋小雨", "各店长配合"],
            ["5", "待定", "待定", "春熙路店排水沟无盖", "加装不锈钢盖板", "工程部", "等报价"]]
    intro = "各位：\n\n今天是节前最后一次食安例会，本月巡检整改跟踪表如下，请各责任人按时限完成。\n"
    outro = "\n下次食安例会：10月10日（周五）下午2点，总部三楼。\n\n罗军\n食品安全部\n"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = auto_html(intro) + html_table(rows) + auto_html(outro)
    m = Mail("shuguo", "罗军", ["曾丽", "黄鹏", "苏婷", "蒋小雨", "彭涛"], ["邓红梅", "BOT"],
             "9月食安巡检整改跟踪（节前）", t, text, html, seed="4403")
    g = gold("minutes", "Tracking table whose columns run 状态 -> 完成时限 -> 问题 -> 措施 -> 责任人. Row 1 已完成 is status, "
             "not an item. Sent Fri 2025-09-26 before National Day/Mid-Autumn (10-01..10-08 off; 09-28 Sun and 10-11 "
             "Sat are make-up working days): 3个工作日内 = 09-28, 09-29, 09-30 -> 09-30. 节后第一个工作日 -> 10-09. "
             "Row 5: 责任人 工程部 with 待定 -> no_owner + vague_due, department 工程部. Task = 整改措施 (the deliverable), "
             "the problem column may be folded in by a scorer's fuzzy match. '各店长配合' is support, not a separate "
             "item. Next meeting 10月10日（周五）下午2点 -> 2025-10-10 14:00.",
             [it("黄鹏", "补齐高新店留样记录并对后厨培训", dd("2025-09-30", add_wd(s, 3))),
              it("苏婷", "续签太古里店虫控服务合同", dd("2025-10-09", first_wd_after(D(2025, 10, 1)))),
              it("蒋小雨", "食安月度自查表线上化", dd("2025-10-15", D(2025, 10, 15))),
              it(None, "春熙路店排水沟加装不锈钢盖板", None, flags=["no_owner", "vague_due"], dept="工程部")],
             FU(dd("2025-10-10", D(2025, 10, 10)), "14:00"))
    return foxmail(m), g


@case(4404, "hotpot-wechat-group-paste-spring-festival", "Exmail: a WeChat group chat pasted as minutes (name + time lines, @mentions); 明天 = the 2026-02-14 make-up Saturday; 3个工作日内 across Spring Festival 2026; 初三前; '节后第一个周一下午' meeting")
def c4404():
    t = T("2026-02-13 21:40:05")
    s = t.date()
    text = """邓总，群里刚才定的几件事我整理了一下，抄送纪要助手跟进。

—————  蜀锅记运营管理群 的聊天记录  —————
邓红梅  20:31
春节这几天春熙路、太古里两家照常营业，高新店初一到初三歇业
邓红梅  20:32
@曾丽 明天把春节排班表发群里
曾丽  20:33
收到👌
罗军  20:35
节前食安检查我明天带蒋小雨去春熙路店
邓红梅  20:36
好。@苏婷 节后备货计划3个工作日内给我
苏婷  20:40
[OK]
邓红梅  20:41
@彭涛 高新店歇业那几天把空调外机清洗做了，初三前弄完
彭涛  20:45
好的邓总
邓红梅  20:47
节后第一个周一下午开个会，大家复盘一下春节
—————————————————————

何志刚
"""
    m = Mail("shuguo", "何志刚", ["邓红梅"], ["曾丽", "罗军", "苏婷", "彭涛", "BOT"], "群里定的春节安排（请跟进）", t, text,
             seed="4404", cs="utf-8")
    cny = D(2026, 2, 17)  # 正月初一 2026 (fact, not a calendar computation); 初三 = +2
    g = gold("minutes", "Chat log pasted by 何志刚 (sent Fri 2026-02-13 21:40). Spring Festival 2026: 02-15..02-23 off, "
             "02-14 (Sat) and 02-28 (Sat) make-up working days (chinesecalendar). '@曾丽 明天把春节排班表发群里' -> 曾丽, "
             "02-14 (a make-up Saturday). 罗军 commits himself: '节前食安检查我明天带蒋小雨去' -> 罗军, 02-14. '@苏婷 … "
             "3个工作日内' -> 02-14, 02-24, 02-25 -> 02-25. '@彭涛 … 初三前' -> 正月初三 = 2026-02-19 (正月初一 is "
             "2026-02-17). The first line (store opening plan) is a decision. '节后第一个周一下午': the holiday ends on Mon "
             "02-23, so the first Monday after it is 03-02; only a half day -> time null (ambiguous: someone might read "
             "02-23 or 02-24; recorded 03-02).",
             [it("曾丽", "春节排班表发群里", dd("2026-02-14", s + dt.timedelta(days=1))),
              it("罗军", "春熙路店节前食安检查", dd("2026-02-14", s + dt.timedelta(days=1))),
              it("苏婷", "节后备货计划", dd("2026-02-25", add_wd(s, 3))),
              it("彭涛", "高新店空调外机清洗", dd("2026-02-19", cny + dt.timedelta(days=2)))],
             FU(dd("2026-03-02", wk(first_wd_after(D(2026, 2, 15)), 0)), None))
    return qq(m), g


@case(4405, "hotpot-emoji-store-meeting-dragon-boat", "NetEase Mail Master (phone) emoji-bullet 店务会: ✅ done lines, 1️⃣ items with '——owner deadline', 小王 resolved from Cc display name, standing rule not an item, 端午 节后第一个工作日, '7月1号 同一时间' with only 上午")
def c4405():
    t = T("2026-06-17 11:20:48")
    s = t.date()
    text = """📍春熙路店 6月店务会（6/17 上午）

✅ 灭火器年检 已经搞定
✅ 洗碗机保养 已做

🔥 这次要做的：
1️⃣ 端午三天预订爆满 加开2个临时工 —— 我来招 明天之前
2️⃣ 员工健康证 3个人7月初到期 —— 小王 月底前带他们统一去办
3️⃣ 锅底出品温度抽检 每天两次 —— 值班经理 长期执行
4️⃣ 包间空调有异响 —— 报彭工 端午节后第一个工作日来看
5️⃣ 端午营业数据复盘 —— 我 6/24前交给邓总

下次店务会 7月1号 同一时间 😊

曾丽 春熙路店
"""
    m = Mail("shuguo", "曾丽", ["邓红梅", "何志刚"], ["彭涛", ("王小川", EXT["王小川"]), "BOT"], "春熙路店6月店务会", t,
             text, seed="4405")
    g = gold("minutes", "Emoji bullets. ✅ lines are done. '我' = sender 曾丽. 明天之前 (sent Wed 2026-06-17) -> 06-18. 小王 "
             "is the Cc entry 王小川 (personal address, not on the roster) -> owner_email from Cc, department null; 月底前 "
             "-> 06-30. Item 3 is a standing rule (每天两次 长期执行), not an item. Dragon Boat 2026 is 06-19..06-21, no "
             "make-up day: '端午节后第一个工作日' -> 06-22. Next: '7月1号 同一时间' = the same half day (上午) -> "
             "2026-07-01, time null.",
             [it("曾丽", "招2名端午临时工", dd("2026-06-18", s + dt.timedelta(days=1))),
              it("王小川", "带3名员工统一办理健康证", dd("2026-06-30", month_end(2026, 6))),
              it("彭涛", "检修包间空调异响", dd("2026-06-22", first_wd_after(D(2026, 6, 19)))),
              it("曾丽", "端午营业数据复盘交邓总", dd("2026-06-24", D(2026, 6, 24)))],
             FU(dd("2026-07-01", D(2026, 7, 1)), None))
    return mailmaster(m), g


@case(4406, "hotpot-person-headings-new-year-foxmail", "Foxmail GBK minutes grouped under 【person】 headings (titles only: 邓总/罗经理/苏经理); 元旦前, a date on the 2026-01-04 make-up Sunday, '同上' deadline, 本周五 that is a holiday")
def c4406():
    t = T("2025-12-29 16:02:11")
    s = t.date()
    text = """各位领导：

年终食安专项会（12月29日上午）会后分工如下，按人列：

【邓总】
· 审批2026年第三方检测预算（元旦前）

【罗经理】
· 牵头修订《门店食品安全管理手册》2026版，1月15日前出初稿
· 元旦假期值班表排定（12月31日前）

【苏经理】
· 牛油、辣椒供应商年度审核，2026年1月4日（周日调休上班）前提交审核报告
· 配合罗经理修订手册中“采购验收”章节（同上，1月15日前）

【蒋小雨】
· 汇总12月各店自查问题清单，本周五前

蒋小雨 记录
"""
    m = Mail("shuguo", "蒋小雨", ["邓红梅", "罗军", "苏婷"], ["BOT"], "年终食安专项会 分工", t, text, seed="4406")
    g = gold("minutes", "Person headings with titles only; owners via roster aliases (邓总=邓红梅, 罗经理=罗军, 苏经理=苏婷). "
             "Sent Mon 2025-12-29. 元旦 2026 = 01-01..01-03 off, 01-04 (Sun) is a make-up working day. '元旦前' -> last "
             "working day before it, 12-31 (a literal reading gives 01-01, a holiday). 1月15日前 -> 2026-01-15 (year "
             "rolls: clearly future). 1月4日 -> 2026-01-04. 苏婷's second line is her own item with the same date as "
             "罗军's (同上). 本周五 from Mon 12-29 -> 2026-01-02, which is a holiday: recorded as written (a bot may flag "
             "it).",
             [it("邓红梅", "审批2026年第三方检测预算", dd("2025-12-31", last_wd_before(D(2026, 1, 1)))),
              it("罗军", "牵头修订《门店食品安全管理手册》2026版出初稿", dd("2026-01-15", D(2026, 1, 15))),
              it("罗军", "元旦假期值班表排定", dd("2025-12-31", D(2025, 12, 31))),
              it("苏婷", "牛油、辣椒供应商年度审核并提交审核报告", dd("2026-01-04", D(2026, 1, 4))),
              it("苏婷", "配合修订手册中“采购验收”章节", dd("2026-01-15", D(2026, 1, 15))),
              it("蒋小雨", "汇总12月各店自查问题清单", dd("2026-01-02", wk(s, 4)))])
    return foxmail(m), g


@case(4407, "hotpot-new-minutes-in-old-thread-qq", "Exmail '回复：' of last week's minutes thread carrying new minutes on top; the QQ '原始邮件' quote holds last week's items (not items); 3月底前, 下周二前, '同一时间（上午10点）'")
def c4407():
    t = T("2026-03-16 17:10:27")
    s = t.date()
    old = """3月9日周例会纪要：
1、高新店地漏返味——彭工，3月13日前修复；
2、太古里店门头翻新方案——何督导，3月16日前对接装修方；
3、春季新品试吃——苏经理，下周一前定时间。
下次例会3月16日上午10点。
蒋小雨"""
    new = """各位，本周例会（3月16日）纪要直接回在这个邮件里：

1、上周遗留的高新店地漏问题，彭工已修复，关闭。
2、太古里店4月门头翻新：何督导负责对接装修方，3月25日前出效果图；
3、春季新品“藤椒鱼锅底”试吃会：苏经理牵头，3月底前办完；
4、3月食安抽检结果通报：蒋小雨下周二前发各店。

下次例会3月23日同一时间（上午10点）。
蒋小雨
"""
    quote = ("\n\n------------------ 原始邮件 ------------------\n发件人: \"蒋小雨\"<%s>;\n发送时间: 2026年3月9日(星期一) "
             "下午5:31\n收件人: \"邓红梅\"<%s>;\"何志刚\"<%s>;\"苏婷\"<%s>;\"彭涛\"<%s>;\n主题: 周例会纪要（3月9日）\n\n"
             % (P["蒋小雨"]["email"], P["邓红梅"]["email"], P["何志刚"]["email"], P["苏婷"]["email"], P["彭涛"]["email"])
             + old + "\n")
    text = new + quote
    m = Mail("shuguo", "蒋小雨", ["邓红梅", "何志刚", "苏婷", "彭涛"], ["BOT"], "回复：周例会纪要（3月9日）", t, text,
             seed="4407", irt="<tencent_%s@qq.com>" % hx("4407old", 36).upper(),
             refs=["<tencent_%s@qq.com>" % hx("4407old", 36).upper()], cs="utf-8")
    g = gold("minutes", "New minutes posted as a reply in last week's thread (subject '回复：周例会纪要（3月9日）'). Only the text "
             "above the QQ '------------------ 原始邮件 ------------------' line counts; the quoted 3月9日 items are old. "
             "Line 1 is a closure (已修复，关闭). Sent Mon 2026-03-16: 3月25日前 -> 03-25; 3月底前 -> 03-31; 下周二前 -> "
             "03-24. Next: 3月23日同一时间（上午10点） -> 2026-03-23 10:00.",
             [it("何志刚", "太古里店4月门头翻新对接装修方出效果图", dd("2026-03-25", D(2026, 3, 25))),
              it("苏婷", "春季新品“藤椒鱼锅底”试吃会", dd("2026-03-31", month_end(2026, 3))),
              it("蒋小雨", "3月食安抽检结果通报发各店", dd("2026-03-24", nwk(s, 1)))],
             FU(dd("2026-03-23", D(2026, 3, 23)), "10:00"))
    return qq(m), g


@case(4408, "hotpot-one-line-boss", "One-paragraph minutes from a busy director (Exmail UTF-8): two items inline, 周四前 / 下周二前, '下周同一时间再碰' with the meeting time given as 今天下午3点")
def c4408():
    t = T("2026-04-08 16:42:55")
    s = t.date()
    text = ("今天下午3点跟苏婷、何志刚碰了新品锅底：苏婷周四前定供应商，何志刚下周二前出试点门店名单。下周同一时间再碰。\n\n"
            "邓红梅\n")
    m = Mail("shuguo", "邓红梅", ["苏婷", "何志刚"], ["BOT"], "新品锅底", t, text, seed="4408", cs="utf-8")
    g = gold("minutes", "A one-line minutes mail. Sent Wed 2026-04-08: 周四前 -> 04-09; 下周二前 -> 04-14. '下周同一时间' "
             "refers to today's meeting time 下午3点 (not the 16:42 send time) -> 2026-04-15 15:00.",
             [it("苏婷", "确定新品锅底供应商", dd("2026-04-09", wk(s, 3))),
              it("何志刚", "出新品锅底试点门店名单", dd("2026-04-14", nwk(s, 1)))],
             FU(dd("2026-04-15", s + dt.timedelta(days=7)), "15:00"))
    return qq(m), g


@case(4409, "hotpot-reply-extend-iphone", "reply: iPhone reply to the bot's recap of 4408, '第2项申请延期到4月17号' with a reason mentioning 周四")
def c4409():
    t = T("2026-04-13 08:51:02")
    rec = recap_text([("1", "确定新品锅底供应商", "苏婷", "2026-04-09"),
                      ("2", "出新品锅底试点门店名单", "何志刚", "2026-04-14")], "2026-04-08 18:00")
    parent_id = "<mb.20260408165%s@shuguo-hotpot.example.cn>" % hx("4408r", 8)
    text = ("第2项申请延期到4月17号，有两家试点店的店长周四才休假回来，要跟他们当面对一下。\n\n发自我的iPhone\n\n"
            "> 在 2026年4月8日，16:43，纪要助手 <jiyao@shuguo-hotpot.example.cn> 写道：\n>\n"
            + "".join("> " + l + "\n" if l else ">\n" for l in rec.rstrip("\n").split("\n")))
    m = Mail("shuguo", "何志刚", [("纪要助手", "jiyao+h7Qz2pX@shuguo-hotpot.example.cn")], ["邓红梅"],
             "Re: 新品锅底", t, text, seed="4409", irt=parent_id, refs=[parent_id])
    g = gold("reply", "Extension request for item 2 of the recap of 4408; '4月17号' -> 2026-04-17 (the reason's 周四 is not "
             "the new date). The quoted recap lists every command word.", reply=REP("extend", [2], None, "2026-04-17"))
    return iphone(m), g


# ---------------------------------------------------------------- 翼眸科技 (Shenzhen drone start-up)
@case(4410, "drone-evt-ai-lines-gmail-pt-timezone", "Gmail English 'AI: Name - task, by X' lines (Sean/Kai/Max/Chloe aliases, external Jason in Cc), by Friday / by 7/23 / EOD Thursday / ASAP / by end of month; next sync given in Shenzhen and PT")
def c4410():
    t = T("2025-07-16 21:35:12")
    s = t.date()
    text = """Hi all,

Notes from today's EVT2 review (Kevin / Sean / Max / Kai / Chloe, Jason dialed in).

Summary
- EVT2 units: 38/40 passed flight test; 2 failed on gimbal drift after ~12 min.
- Decided: keep the 5000mAh pack for DVT. BOM cost target unchanged ($212).
- FW-477 (compass cal) verified fixed on 1.0.9.

AI: Sean - rerun gimbal thermal soak on the 2 failed units, share data by Friday
AI: Kai - RFQ for the alternate gimbal motor (2 vendors min), by 7/23
AI: Max - fix OTA rollback bug (FW-482), EOD Thursday
AI: Chloe - confirm DVT build slot with the EMS, ASAP
AI: Jason - send US retail packaging requirements by end of month

Next sync with Jason: Thu 7/24 8am Shenzhen / Wed 7/23 5pm PT.

Thanks,
Kevin
"""
    m = Mail("yimou", "林子轩", ["吴思源", "马骁", "郑凯", "欧阳倩"], ["Jason Miller", "BOT"],
             "EVT2 review notes + AIs", t, text, seed="4410")
    g = gold("minutes", "English AI lines; owners by English alias (Sean=吴思源, Kai=郑凯, Max=马骁, Chloe=欧阳倩) and the Cc "
             "display name Jason Miller (external). Sent Wed 2025-07-16 21:35 +08:00: by Friday -> 07-18; by 7/23 -> "
             "07-23; EOD Thursday -> 07-17 (no time); ASAP -> vague_due; by end of month -> 07-31. Summary lines "
             "(Decided…, FW-477 verified) are not items. Next sync: Thu 7/24 8am Shenzhen (= Wed 5pm PDT) -> "
             "2025-07-24 08:00.",
             [it("吴思源", "rerun gimbal thermal soak on the 2 failed units, share data", dd("2025-07-18", wk(s, 4))),
              it("郑凯", "RFQ for the alternate gimbal motor (2 vendors min)", dd("2025-07-23", D(2025, 7, 23))),
              it("马骁", "fix OTA rollback bug (FW-482)", dd("2025-07-17", wk(s, 3))),
              it("欧阳倩", "confirm DVT build slot with the EMS", None, flags=["vague_due"]),
              it("Jason Miller", "send US retail packaging requirements", dd("2025-07-31", month_end(2025, 7)))],
             FU(dd("2025-07-24", sh(dt.datetime(2025, 7, 23, 17, 0, tzinfo=tz(-7))).date()), "08:00"))
    return gmail(m), g


@case(4411, "drone-notion-markdown-apple-mail", "Apple Mail: Notion page pasted as Markdown (# headings, **bold**, '- [x]' done and '- [ ] @handle' open items, mixed zh/en), 'due 2025-11-14', 下周三前, 'due: Nov 20', 'by Fri', owner TBD; Decisions not items; next '11/17'")
def c4411():
    t = T("2025-11-11 10:05:40")
    s = t.date()
    text = """# DVT Build Review — 2025/11/10

**Attendees:** @Tanya @Kevin @Sean @Chloe @Bob
**Status:** 🟡 At risk

## Context
DVT build 1 done at EMS (120 units). Yield 91.7%，主要不良在 arm hinge 装配。

## Decisions
- Arm hinge 改用 0.3mm 垫片，DVT2 执行
- CE RED 送测 sample 从 DVT2 抽，不用 DVT1

## Action Items
- [x] @Sean 出 DVT1 failure analysis 报告 (done 11/10)
- [ ] @Sean hinge 垫片方案验证 — due 2025-11-14
- [ ] @Chloe 垫片 supplier 打样，下周三前到料
- [ ] @Bob 和 Nordwerk 确认 CE RED 送测排期 — due: Nov 20
- [ ] @Kevin DVT2 build plan v2 (reviewer: Tanya) — by Fri
- [ ] 包装跌落测试方案 — owner TBD

## Next
Weekly DVT sync 周一 10:30 as usual → next one 11/17

--
Tanya Tan | Product | Yimou Tech
"""
    m = Mail("yimou", "谭雅", ["林子轩", "吴思源", "欧阳倩", "许文博"], ["BOT"], "DVT build review notes (Notion export)",
             t, text, seed="4411")
    g = gold("minutes", "Notion export as Markdown. '- [x]' is done (not an item). @handles are roster aliases (@Sean=吴思源, "
             "@Chloe=欧阳倩, @Bob=许文博, @Kevin=林子轩; 'reviewer: Tanya' is not an owner). Sent Tue 2025-11-11: 下周三前 -> "
             "11-19; due: Nov 20 -> 11-20; by Fri -> 11-14. 'owner TBD' with no date -> no_owner + no_due. Decisions are "
             "not items. Next: '周一 10:30 … next one 11/17' -> 2025-11-17 10:30.",
             [it("吴思源", "hinge 垫片方案验证", dd("2025-11-14", D(2025, 11, 14))),
              it("欧阳倩", "垫片 supplier 打样到料", dd("2025-11-19", nwk(s, 2))),
              it("许文博", "和 Nordwerk 确认 CE RED 送测排期", dd("2025-11-20", D(2025, 11, 20))),
              it("林子轩", "DVT2 build plan v2", dd("2025-11-14", wk(s, 4))),
              it(None, "包装跌落测试方案", None, flags=["no_owner", "no_due"])],
             FU(dd("2025-11-17", nwk(s, 0)), "10:30"))
    return applemail(m), g


@case(4412, "drone-cert-owner-due-blocks-exchange-utc", "Exchange Online (Date +0000 Sunday 23:50 = Monday in Shanghai) English minutes in numbered Owner:/Due: blocks with a German lab; by 3/20, EOD Friday, 'tomorrow' (Shanghai date), conditional deadline, external owner from To; next call in CET")
def c4412():
    t = T("2026-03-15 23:50:21", 0)
    s = sh(t).date()
    text = """Hi Katrin, team,

Minutes - CE RED / EN 18031 pre-assessment call, Fri 13 Mar

1) Radio test samples
   Owner: Kai Zheng
   Due: by 3/20
   Ship 3 DVT2 samples + 2 spare batteries to Nordwerk (DHL, incl. Li-ion declaration)

2) Cybersecurity documentation (EN 18031-1)
   Owner: Max
   Due: EOD Friday
   Fill in the asset list and the secure-update description, upload to the lab portal

3) Test plan sign-off
   Owner: Dr. Katrin Vogel
   Due: within 5 working days after receipt of samples

4) Label artwork (CE mark, WEEE bin)
   Owner: Tanya
   Due: Mar 27

5) Antenna gain report (chamber data)
   Owner: Sean
   Due: tomorrow
   Send to Katrin directly

Next call: Thursday 26 March, 15:00 CET (22:00 Shenzhen).

Best regards,
Bob Xu
Certification & Test | Yimou Tech
"""
    m = Mail("yimou", "许文博", ["Katrin Vogel", "郑凯", "马骁"], ["谭雅", "吴思源", "BOT"],
             "Minutes: CE RED / EN 18031 pre-assessment", t, text, seed="4412")
    g = gold("minutes", "Date header Sun 2026-03-15 23:50 +0000 = Mon 2026-03-16 07:50 Shanghai. Owner:/Due: blocks; the task "
             "is the line under them (the block title is context). by 3/20 -> 03-20; EOD Friday -> 03-20; Mar 27 -> "
             "03-27; 'tomorrow' -> 03-17 (Shanghai date; a UTC reading gives 03-16). Item 3 is owned by the external "
             "Dr. Katrin Vogel (To display name 'Katrin Vogel'); its deadline depends on an event -> due null, no_due. "
             "Next call 26 March 15:00 CET (Europe switches to CEST on 03-29) = 22:00 +08:00 -> 2026-03-26 22:00.",
             [it("郑凯", "Ship 3 DVT2 samples + 2 spare batteries to Nordwerk", dd("2026-03-20", D(2026, 3, 20))),
              it("马骁", "Fill in the asset list and the secure-update description, upload to the lab portal",
                 dd("2026-03-20", wk(s, 4))),
              it("Katrin Vogel", "Test plan sign-off", None, flags=["no_due"]),
              it("谭雅", "Label artwork (CE mark, WEEE bin)", dd("2026-03-27", D(2026, 3, 27))),
              it("吴思源", "Send antenna gain report (chamber data) to Katrin", dd("2026-03-17", s + dt.timedelta(days=1)))],
             FU(dd("2026-03-26", sh(dt.datetime(2026, 3, 26, 15, 0, tzinfo=tz(1))).date()), "22:00"))
    return exo(m), g


@case(4413, "drone-feishu-ai-minutes-forward", "Feishu mail: forwarded 飞书智能纪要 (总结, 章节 with time stamps, ✅ 待办, 'AI 生成' footer): only the 待办 section counts; 下周一前, 2个工作日内 ending on the 2026-05-09 make-up Saturday, undated item")
def c4413():
    t = T("2026-05-07 19:20:14")
    s = t.date()
    text = """转给 Action Bot 跟一下待办，其他部分仅供参考。

智能纪要：PVT 量产准备周会 2026年5月7日

📝 总结
本次会议讨论了 PVT 量产准备进度、包材交付风险及美国渠道首批订单。马骁说明固件将于5月15日冻结；欧阳倩提到彩盒供应商产能紧张，需要尽快锁定；谭雅转达 SkyReach 要求6月10日前到洛杉矶仓。

📖 章节
00:00:12 开场与进度回顾
林子轩回顾了 DVT2 遗留问题，云台漂移已于上周关闭，剩余2个P2问题。
00:06:40 固件冻结
马骁：5月15日冻结 v1.2.0，冻结后只修 P0。
00:15:03 包材与交付
欧阳倩：彩盒供应商5月只能给8k，要求我们下周一前下 PO。
00:24:51 美国首批订单
谭雅：Jason 那边要求6月10日前到 LA 仓，海运要倒排。

✅ 待办
· 欧阳倩：下周一前对彩盒供应商下 PO 锁定产能
· 马骁：5月15日前完成固件 v1.2.0 冻结并出 release note
· 郑凯：2个工作日内确认海运船期（需满足6月10日前到 LA 仓）
· 林子轩：输出 PVT 试产报告

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    m = Mail("yimou", "谭雅", ["BOT"], ["欧阳倩", "马骁", "郑凯", "林子轩"], "转发: 智能纪要：PVT 量产准备周会 2026年5月7日",
             t, text, seed="4413")
    g = gold("minutes", "Forwarded Feishu AI minutes. The 总结 and 章节 parts repeat dates (5月15日, 6月10日, 下周一前) and must "
             "not produce items; only the ✅ 待办 section does. Sent Thu 2026-05-07: 下周一前 -> 05-11; 5月15日前 -> 05-15; "
             "2个工作日内 -> 05-08 (Fri), 05-09 (Sat, May Day make-up working day) -> 05-09; the bracket '6月10日前到 LA 仓' "
             "is a constraint, not the due date. 林子轩's item has no date -> no_due. No next meeting.",
             [it("欧阳倩", "对彩盒供应商下 PO 锁定产能", dd("2026-05-11", nwk(s, 0))),
              it("马骁", "完成固件 v1.2.0 冻结并出 release note", dd("2026-05-15", D(2026, 5, 15))),
              it("郑凯", "确认海运船期", dd("2026-05-09", add_wd(s, 2))),
              it("林子轩", "输出 PVT 试产报告", None, flags=["no_due"])])
    return lark(m), g


@case(4414, "drone-bom-excel-tsv-outlook-mid-autumn", "Outlook gb2312 BOM review with an Excel range pasted as tab-separated text (No./P/N/Description/Issue/Owner/Due/Status/Remark); Closed row; 9/23, 3个工作日内 over the 2026-09-20 make-up Sunday, 中秋前, ASAP, TBD/TBD")
def c4414():
    t = T("2026-09-18 18:30:44")
    s = t.date()
    rows = [["No.", "P/N", "Description", "Issue", "Owner", "Due", "Status", "Remark"],
            ["1", "310-00412", "IMU (BMI270)", "交期20周，需找替代料", "郑凯", "9/23", "Open", ""],
            ["2", "310-00588", "Gimbal motor", "二供样品已到，待测", "吴思源", "3个工作日内", "Open", "寿命测试100h"],
            ["3", "420-01007", "电芯", "UN38.3 报告过期，需更新", "许文博", "中秋前", "Open", ""],
            ["4", "510-00230", "彩盒", "报价超目标8%，重新议价", "Chloe", "ASAP", "Open", ""],
            ["5", "310-00102", "GPS module", "EOL通知", "郑凯", "9/15", "Closed", "已切 u-blox M10"],
            ["6", "600-00001", "Screw kit", "料号重复，需合并", "TBD", "TBD", "Open", ""]]
    text = ("各位：\n\n今天 BOM 评审（9/18 14:00）open issue 直接从 Excel 贴过来了，格式可能有点乱：\n\n"
            + "\n".join("\t".join(r) for r in rows)
            + "\n\n下次 BOM review：9月24日（周四）14:00，还是 3F 大会议室。\n\nChloe\n")
    html = (auto_html("各位：\n\n今天 BOM 评审（9/18 14:00）open issue 直接从 Excel 贴过来了，格式可能有点乱：\n", "p")
            + html_table(rows, 'border=0 cellspacing=0 cellpadding=0 width=900 style="width:675pt;border-collapse:collapse"')
            + auto_html("\n下次 BOM review：9月24日（周四）14:00，还是 3F 大会议室。\n\nChloe", "p"))
    m = Mail("yimou", "欧阳倩", ["郑凯", "吴思源", "许文博", "林子轩"], ["BOT"], "BOM review 0918 open issues", t, text,
             html, seed="4414")
    g = gold("minutes", "Excel paste (tabs in text/plain, a table in HTML). Row 5 Closed -> not an item. Sent Fri 2026-09-18; "
             "Mid-Autumn 2026 = 09-25..09-27 off, 09-20 (Sun) make-up working day. 9/23 -> 09-23; 3个工作日内 -> 09-20, "
             "09-21, 09-22 -> 09-22; 中秋前 -> last working day before the holiday, 09-24; 'Chloe' = 欧阳倩 (the sender), "
             "ASAP -> vague_due; row 6 Owner TBD / Due TBD -> no_owner + vague_due. Task = Description + Issue. Next "
             "BOM review 9月24日（周四）14:00.",
             [it("郑凯", "IMU (BMI270) 找替代料", dd("2026-09-23", D(2026, 9, 23))),
              it("吴思源", "Gimbal motor 二供样品测试", dd("2026-09-22", add_wd(s, 3))),
              it("许文博", "电芯 UN38.3 报告更新", dd("2026-09-24", last_wd_before(D(2026, 9, 25)))),
              it("欧阳倩", "彩盒重新议价（报价超目标8%）", None, flags=["vague_due"]),
              it(None, "Screw kit 料号重复合并", None, flags=["no_owner", "vague_due"])],
             FU(dd("2026-09-24", D(2026, 9, 24)), "14:00"))
    return outlook(m), g


@case(4415, "drone-re-thread-action-item-national-day", "Outlook English 'RE:' weekly thread: new 'ACTION ITEM (Name):' lines on top, last week's minutes quoted under an Outlook From/Sent block; by 10/9, within 2 working days and 'first working day after the holiday' across National Day 2026; negative line")
def c4415():
    t = T("2026-09-29 17:45:09")
    s = t.date()
    old = """Minutes 9/22:
Action: Sean - rework 10 gimbals with the new shim, by 9/28
Action: Kai - ask the motor vendor for PPAP docs, by 9/25
Action: Max - FW-511 damping patch, by 9/25
Next: 9/29 10:00"""
    text = """All,

Today's update (9/29):

ACTION ITEM (Sean): ship the 10 reworked gimbals to the EMS for DVT3 - by 10/9
ACTION ITEM (Kai): get the 2nd-source motor PPAP docs - within 2 working days
ACTION ITEM (Kevin): decide firmware damping patch vs. hardware shim - first working day after the holiday
No action for Max this week, FW-511 closed.

Next: 10/8 (Thu) 10:00, same Teams link.

Sean

From: Sean Wu <%s>
Sent: Tuesday, September 22, 2026 6:02 PM
To: Kevin Lin <%s>; Max Ma <%s>; Kai Zheng <%s>
Cc: Action Bot <%s>
Subject: Gimbal drift - weekly

%s
""" % (P["吴思源"]["email"], P["林子轩"]["email"], P["马骁"]["email"], P["郑凯"]["email"], ORGS["yimou"][1][1], old)
    m = Mail("yimou", ("Sean Wu", P["吴思源"]["email"]), [("Kevin Lin", P["林子轩"]["email"]),
                                                         ("Max Ma", P["马骁"]["email"]), ("Kai Zheng", P["郑凯"]["email"])],
             ["BOT"], "RE: Gimbal drift - weekly", t, text, seed="4415", cs="utf-8",
             irt="<000001dc%s$%s$%s$@yimou-tech.example.com>" % (hx("4415o", 4), hx("4415oa", 8), hx("4415ob", 8)))
    g = gold("minutes", "New minutes on top of an Outlook 'RE:' in the weekly thread; the quoted 9/22 'Action:' lines below the "
             "From:/Sent: block are last week's and are not items. Sent Tue 2026-09-29; National Day 2026 = 10-01..10-07 "
             "off, 10-10 (Sat) make-up. by 10/9 -> 10-09; within 2 working days -> 09-30, 10-08 -> 10-08; first working "
             "day after the holiday -> 10-08. 'No action for Max' is not an item. Next 10/8 (Thu) 10:00.",
             [it("吴思源", "ship the 10 reworked gimbals to the EMS for DVT3", dd("2026-10-09", D(2026, 10, 9))),
              it("郑凯", "get the 2nd-source motor PPAP docs", dd("2026-10-08", add_wd(s, 2))),
              it("林子轩", "decide firmware damping patch vs. hardware shim",
                 dd("2026-10-08", first_wd_after(D(2026, 10, 1))))],
             FU(dd("2026-10-08", D(2026, 10, 8)), "10:00"))
    return outlook(m), g


@case(4416, "drone-us-distributor-minutes-pst-2027", "Gmail minutes written by the US distributor (From external, Date -0800 = next day in Shanghai): 'Name to … by 3/20', 'We (SkyReach) will…' (owner = sender), end of month, ASAP, agreed-terms line not an item; next call in Pacific time")
def c4416():
    t = T("2027-03-09 08:15:30", -8)
    s = sh(t).date()
    text = """Hi Chloe, Tanya,

Thanks for the call yesterday. My notes below - shout if I missed anything.

- Chloe to send the updated Q2 dealer price list by 3/20.
- Tanya will share the retail demo video + 3 hero images by Friday.
- We (SkyReach) will run the FCC ID listing check and file the Amazon brand registry by end of month.
- Kai to confirm ocean freight for the 2nd PO (1,200 units) ASAP.
- Warranty: agreed 12 months parts & labor, no action needed.

Let's touch base again Monday March 22, same time (5pm Pacific).

Best,
Jason Miller
SkyReach Distribution | Portland, OR
"""
    m = Mail("yimou", "Jason Miller", ["欧阳倩", "谭雅"], ["郑凯", "BOT"], "Call notes 3/8 - Q2 pricing & launch", t,
             text, seed="4416")
    g = gold("minutes", "Minutes by the external distributor. Date Tue 2027-03-09 08:15 -0800 = Wed 2027-03-10 00:15 Shanghai "
             "(no working-day arithmetic needed in 2027). Chloe=欧阳倩 by 3/20 -> 2027-03-20; Tanya by Friday -> 03-12 (same "
             "Friday from either date); 'We (SkyReach) will …' -> owner Jason Miller (From), by end of month -> 03-31; "
             "Kai=郑凯 ASAP -> vague_due. Warranty line is a decision. Next: Monday March 22, 5pm Pacific (PDT from "
             "03-14, UTC-7) = Tue 2027-03-23 08:00 Shanghai (ambiguous: a reader in Portland writes 03-22 17:00).",
             [it("欧阳倩", "send the updated Q2 dealer price list", dd("2027-03-20", D(2027, 3, 20))),
              it("谭雅", "share the retail demo video + 3 hero images", dd("2027-03-12", wk(s, 4))),
              it("Jason Miller", "run the FCC ID listing check and file the Amazon brand registry",
                 dd("2027-03-31", month_end(2027, 3))),
              it("郑凯", "confirm ocean freight for the 2nd PO (1,200 units)", None, flags=["vague_due"])],
             FU(dd("2027-03-23", sh(dt.datetime(2027, 3, 22, 17, 0, tzinfo=tz(-7))).date()), "08:00"))
    return gmail(m), g


@case(4417, "drone-pvt-table-lead-support-subtasks-2027", "Outlook gb2312 HTML table: 责任人 cell '主责：X；配合：Y' / 'X（主）/Y（协）' / 'X 牵头，Y 协办', one 事项 cell with ①② sub-tasks and ①② dates, 已完成 row; next '下周二同一时间'")
def c4417():
    t = T("2027-06-08 19:02:31")
    s = t.date()
    rows = [["序号", "事项", "责任人（主责/配合）", "完成时间", "备注"],
            ["1", "PVT 试产导入：\n①SMT 钢网更新\n②整机治具验收", "主责：吴思源；配合：郑凯", "①6月11日\n②6月15日", ""],
            ["2", "量产固件 v1.3 签发", "马骁（主）/许文博（协）", "6月18日前", "含 CE/FCC 版本号"],
            ["3", "首批 2,000 台出货计划", "欧阳倩 牵头，谭雅 协办", "6月底", ""],
            ["4", "产线 FCT 测试程序", "马骁", "已完成", "6/5 已导入"]]
    intro = "各位：\n\nPVT 准备会（2027年6月8日 14:00-15:30）纪要如下。\n\n会议结论：PVT 按 6月21日开线，不再推迟。\n\n待办：\n"
    outro = "\n下周二同一时间继续过进度。\n\n林子轩\n硬件部\n"
    text = intro + "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows) + "\n" + outro
    html = auto_html(intro, "p") + html_table(rows) + auto_html(outro, "p")
    m = Mail("yimou", "林子轩", ["吴思源", "郑凯", "马骁", "许文博", "欧阳倩", "谭雅"], ["BOT"], "PVT准备会纪要 0608",
             t, text, html, seed="4417")
    g = gold("minutes", "主责/配合 in one cell: the owner is the lead (主责/主/牵头); 配合/协/协办 people are not owners. Row 1 "
             "holds two sub-tasks ①② with their own dates -> two items owned by 吴思源. Row 4 已完成 -> not an item. 2027 "
             "send date: only absolute dates used (06-11, 06-15, 06-18, 6月底 -> 06-30). The conclusion line (开线 6月21日) "
             "is a decision. Next: 下周二同一时间 -> the meeting began 14:00 on Tue 06-08 -> 2027-06-15 14:00.",
             [it("吴思源", "PVT 试产导入：SMT 钢网更新", dd("2027-06-11", D(2027, 6, 11))),
              it("吴思源", "PVT 试产导入：整机治具验收", dd("2027-06-15", D(2027, 6, 15))),
              it("马骁", "量产固件 v1.3 签发", dd("2027-06-18", D(2027, 6, 18))),
              it("欧阳倩", "首批 2,000 台出货计划", dd("2027-06-30", month_end(2027, 6)))],
             FU(dd("2027-06-15", nwk(s, 1)), "14:00"))
    return outlook(m), g


@case(4418, "drone-taiwan-supplier-big5-outlook", "Outlook big5 (Traditional Chinese) minutes from a Taiwanese motor supplier: 負責人 in traditional characters (吳思源 = roster 吴思源), external owner from Cc, 雙方 (no_owner), 本週五前, 下週三, 7/24（五）前; next 7/28（二）")
def c4418():
    t = T("2026-07-14 16:20:03")
    s = t.date()
    text = """林經理、Sean 您好：

感謝今日視訊會議，會議記錄整理如下，請查收。

會議主題：雲台馬達二供導入
與會人員：翼眸 林子軒、吳思源、鄭凱；宏翔 蔡明哲、葉佳蓉

一、結論
1. 樣品 B 版通過初步振動測試，可進入壽命測試。

二、待辦事項
1. 宏翔提供 100 小時壽命測試報告 — 負責人：葉佳蓉，7/24（五）前
2. 翼眸提供 DVT3 整機振動頻譜資料 — 負責人：吳思源，本週五前
3. 雙方確認 PPAP 文件清單 — 7月底前
4. 更新報價（含 MOQ 5k）— 負責人：蔡明哲，下週三

下次會議：7/28（二）上午10:00，同一會議連結。

蔡明哲 Ming-Che Tsai
宏翔精密馬達股份有限公司 業務工程部
新竹縣湖口鄉光復北路 12 號
"""
    m = Mail("yimou", "蔡明哲", [("林子軒", P["林子轩"]["email"]), ("吳思源", P["吴思源"]["email"])],
             [("鄭凱", P["郑凯"]["email"]), "葉佳蓉", "BOT"], "雲台馬達二供導入 會議記錄 (7/14)", t, text,
             seed="4418", cs="big5")
    g = gold("minutes", "big5 body and headers. Owners: 葉佳蓉 (external, Cc display name), 吳思源 -> roster 吴思源 (alias "
             "吳思源), 雙方 -> no_owner, 蔡明哲 (the sender, external). Sent Tue 2026-07-14: 7/24（五）前 -> 07-24; "
             "本週五前 -> 07-17; 7月底前 -> 07-31; 下週三 -> 07-22. 結論 line is not an item; the address line in the "
             "signature is noise. Next 7/28（二）上午10:00 -> 2026-07-28 10:00.",
             [it("葉佳蓉", "提供 100 小時壽命測試報告", dd("2026-07-24", D(2026, 7, 24))),
              it("吴思源", "提供 DVT3 整機振動頻譜資料", dd("2026-07-17", wk(s, 4))),
              it(None, "確認 PPAP 文件清單", dd("2026-07-31", month_end(2026, 7)), flags=["no_owner"]),
              it("蔡明哲", "更新報價（含 MOQ 5k）", dd("2026-07-22", nwk(s, 2)))],
             FU(dd("2026-07-28", D(2026, 7, 28)), "10:00"))
    return outlook(m, ip="211.75.163.%d" % 42), g


@case(4419, "drone-reply-done-english-gmail", "reply: the US distributor's Gmail reply to the English recap of 4416: 'Item 3 - done.' with the recap quoted under 'On … wrote:'")
def c4419():
    t = T("2027-03-25 09:40:12", -7)
    rec = recap_text([("1", "send the updated Q2 dealer price list", "欧阳倩", "2027-03-20"),
                      ("2", "share the retail demo video + 3 hero images", "谭雅", "2027-03-12"),
                      ("3", "run the FCC ID listing check and file the Amazon brand registry", "Jason Miller",
                       "2027-03-31"),
                      ("4", "confirm ocean freight for the 2nd PO", "郑凯", "ASAP (no date)")], "2027-03-10 18:00",
                     "en")
    pid = "<r.202703100016.%s@yimou-tech.example.com>" % hx("4416r", 10)
    text = ("Item 3 - done. FCC ID listing check came back clean and the brand registry was filed this morning.\n\n"
            "Jason\n\nOn Tue, Mar 9, 2027 at 9:16 AM Action Bot <actions@yimou-tech.example.com> wrote:\n\n"
            + "".join("> " + l + "\n" if l else ">\n" for l in rec.rstrip("\n").split("\n")))
    m = Mail("yimou", "Jason Miller", [("Action Bot", "actions+Jm4kq@yimou-tech.example.com")], ["欧阳倩"],
             "Re: Call notes 3/8 - Q2 pricing & launch", t, text, seed="4419", irt=pid, refs=[pid])
    g = gold("reply", "Done for item 3, written by its owner (external). The quoted recap contains 'progress 80%' and 'extend "
             "to Oct 20' as instructions; they are quoted and must not change the intent.",
             reply=REP("done", [3]))
    return gmail(m), g


@case(4420, "drone-auto-jira-notification", "auto: Jira Cloud notification (Auto-Submitted: auto-generated, Precedence: bulk, List-style headers) with Assignee/Due date fields and an 'Action' comment")
def c4420():
    t = T("2025-07-17 03:12:44", 0)
    text = """Max Ma updated FW-482

OTA rollback fails after power loss during flash
Change By: Max Ma
Status: In Progress -> In Review
Assignee: Max Ma
Due date: 17/Jul/25
Priority: High

Comment by Sean Wu:
Action: please attach the serial log before Friday, I will re-test on EVT2 unit #14 tomorrow.

View issue: https://yimou.atlassian.example.net/browse/FW-482

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100285-rev:3a1c2e8)
Manage notifications: https://yimou.atlassian.example.net/jira/settings/personal/notifications
"""
    b = "----=_Part_%d_%d.%d" % (int(hx("4420", 6), 16), int(hx("4420p", 7), 16), int(t.timestamp() * 1000))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit", ct_quote=False),
                                 leaf("text/html", '<html><body>%s</body></html>' % auto_html(text), "UTF-8", "7bit",
                                      ct_quote=False)], b)
    hdrs = [("Return-Path", "<bounces+%s@em.atlassian.example.net>" % hx("4420b", 16)),
            ("Delivered-To", ORGS["yimou"][1][1]),
            ("Date", rfc_date(t)), ("From", '"Max Ma (Jira)" <jira@yimou.atlassian.example.net>'),
            ("To", "Action Bot <%s>" % ORGS["yimou"][1][1]),
            ("Message-ID", "<JIRA.10482.%s@Atlassian.JIRA>" % hx("4420m", 16)),
            ("In-Reply-To", "<JIRA.10482.1752580000000@Atlassian.JIRA>"),
            ("References", "<JIRA.10482.1752580000000@Atlassian.JIRA>"),
            ("Subject", "[JIRA] (FW-482) OTA rollback fails after power loss during flash"),
            ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", hx("4420f", 32)),
            ("List-Unsubscribe", "<https://yimou.atlassian.example.net/jira/settings/personal/notifications>")]
    g = gold("auto", "Machine notification from Jira (Auto-Submitted: auto-generated, Precedence: bulk); the Due date field and "
             "the 'Action:' comment are not minutes. No items.")
    return envelope(hdrs, body), g


@case(4421, "drone-auto-ooo-german-lab", "auto: Exchange out-of-office in German and English from the test lab ('Automatische Antwort: RE: Minutes …'), dates in the body")
def c4421():
    t = T("2026-03-16 00:51:03", 0)
    text = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 3. April 2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Lukas Brandt (l.brandt@nordwerk-pruef.example.de).

Dear Sender,
I am out of the office until 3 April 2026 with limited access to e-mail. Test samples can still be shipped to the lab; for urgent matters please contact Lukas Brandt.

Mit freundlichen Grüßen / Best regards
Dr. Katrin Vogel
Nordwerk Prüfinstitut GmbH
"""
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable", ct_quote=False),
                                 leaf("text/html", "<html><body>%s</body></html>" % auto_html(text), "iso-8859-1",
                                      "quoted-printable", ct_quote=False)], "_000_FR3P281MB%s_" % hx("4421", 12).upper())
    hdrs = [("Return-Path", "<k.vogel@nordwerk-pruef.example.de>"), ("Delivered-To", ORGS["yimou"][1][1]),
            ("From", "Katrin Vogel <k.vogel@nordwerk-pruef.example.de>"),
            ("To", "Bob Xu <%s>" % P["许文博"]["email"]),
            ("CC", "Action Bot <%s>" % ORGS["yimou"][1][1]),
            ("Subject", "Automatische Antwort: Minutes: CE RED / EN 18031 pre-assessment"),
            ("Thread-Topic", "Minutes: CE RED / EN 18031 pre-assessment"),
            ("Date", rfc_date(t)),
            ("Message-ID", "<%s@FR3P281MB%s.DEUP281.PROD.OUTLOOK.COM>" % (hx("4421m", 32).upper(), hx("4421", 4).upper())),
            ("In-Reply-To", "<TYZPR06MB%s%s@TYZPR06MB%s.apcprd06.prod.outlook.com>" % (
                hx("4412", 4).upper(), hx("4412m", 24).upper(), hx("4412", 4).upper())),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "k.vogel@nordwerk-pruef.example.de"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "de-DE")]
    g = gold("auto", "German/English out-of-office (Auto-Submitted: auto-replied, Exchange inbox-rules loop header) in answer to "
             "4412; dates and 'please contact' requests in it are not items or commands.")
    return envelope(hdrs, body), g


# ---------------------------------------------------------------- 楚仁医院 (Wuhan tertiary hospital)
@case(4422, "hosp-quality-committee-yishi-erishi-outlook", "Outlook gb2312 formal 委员会会议纪要 in 一是…二是… paragraphs with （责任科室：…；完成时限：…）: department-only owner, 长期坚持 standing requirement (not an item), 10个工作日内 across National Day 2025, '另行通知'")
def c4422():
    t = T("2025-09-30 16:10:37")
    s = t.date()
    text = """楚仁医院医疗质量与安全管理委员会
2025年第三季度会议纪要

时间：2025年9月29日（星期一）下午3:00
地点：行政楼四楼第二会议室
主持：周国华（医务处处长）
出席：委员会委员、各临床科室主任、护士长
记录：刘敏

会议听取了医务处关于第三季度医疗质量核心指标的通报，审议了《病历书写质量专项整治方案》。现将会议议定事项纪要如下：

一是加强病历书写质量管理。由医务处牵头，对三季度终末病历开展专项抽查，抽查比例不低于5%，国庆节后第一个工作日启动。（责任科室：医务处；完成时限：2025年10月31日）

二是严格落实三级查房制度。各临床科室主任要严格执行三级查房，护理部配合做好护理查房记录。（责任科室：各临床科室、护理部；完成时限：长期坚持）

三是规范院感防控。院感科在10个工作日内完成对ICU、血透室的专项督查并形成书面报告。（责任科室：院感科；责任人：赵立新）

四是推进质控信息化建设。信息科付晓东负责完成质控平台病历评分模块上线，2025年12月底前完成。

会议强调，各科室要提高政治站位，把医疗质量安全作为医院高质量发展的生命线。

下次会议拟于第四季度末召开，具体时间另行通知。

医务处
2025年9月30日
"""
    m = Mail("churen", "周国华", ["刘敏", "王静", "赵立新", "付晓东", "孙建", "田甜"], ["BOT"],
             "医疗质量与安全管理委员会2025年第三季度会议纪要", t, text, seed="4422")
    g = gold("minutes", "Government-style 一是…二是… paragraphs. 一: department-only (责任科室：医务处) -> no_owner, department "
             "医务处; the due date is the 完成时限 2025-10-31, not the start date (国庆节后第一个工作日启动). 二: '完成时限：长期坚持' "
             "is a standing requirement -> not an item. 三: 赵立新, 10个工作日内 from Tue 09-30 with 10-01..10-08 off and "
             "10-11 (Sat) a make-up day: 10-09, 10-10, 10-11, 10-13 … 10-21 -> 10-21. 四: 付晓东, 2025年12月底前 -> 12-31. "
             "'会议强调…' is exhortation. '具体时间另行通知' -> next_followup null.",
             [it(None, "对三季度终末病历开展专项抽查（抽查比例不低于5%）", dd("2025-10-31", D(2025, 10, 31)),
                 flags=["no_owner"], dept="医务处"),
              it("赵立新", "完成ICU、血透室院感专项督查并形成书面报告", dd("2025-10-21", add_wd(s, 10))),
              it("付晓东", "完成质控平台病历评分模块上线", dd("2025-12-31", month_end(2025, 12)))])
    return outlook(m), g


@case(4423, "hosp-nursing-rounds-spring-festival-coremail", "Coremail GBK 护理质控查房纪要 with （一）（二）（三） sections, '——责任人：X护士长，deadline': 春节前 (last working day before, 2025), 5个工作日内 across the 01-26 and 02-08 make-up days, 节后第一个工作日, plural 各病区护士长 owner")
def c4423():
    t = T("2025-01-24 17:30:22")
    s = t.date()
    text = """护理部关于2025年1月护理质控查房的会议纪要

1月23日下午，护理部组织对心血管内科、重症医学科等6个病区开展护理质量三级查房，会后召开讲评会。纪要如下：

（一）查房发现的主要问题
1. 心血管内科病区：跌倒/压力性损伤高危患者评估表填写不全，3份未按时复评。
2. 重症医学科：中心静脉导管维护记录缺项，敷料更换时间记录不规范。
3. 部分病区急救车物品交接签字不及时。

（二）整改要求
1. 心血管内科高危评估表补录并组织全科培训——责任人：袁护士长，春节前完成；
2. ICU中心静脉导管维护记录整改——责任人：吕护士长，5个工作日内完成；
3. 修订全院护理质量检查表（2025版）——责任人：陈春燕，节后第一个工作日提交护理部；
4. 春节期间护理值班表报护理部——各病区护士长，1月26日前。

（三）下次查房安排
2月14日（周五）上午9:00，护理部组织复查。

护理部
2025年1月24日
"""
    m = Mail("churen", "陈春燕", ["王静", "袁媛", "吕秋霞"], ["BOT"], "护理部1月护理质控查房会议纪要", t, text,
             seed="4423", cs="GBK")
    cny_off = D(2025, 1, 28)
    g = gold("minutes", "（一） lists findings (not items); （二） the 整改 items. Spring Festival 2025: 01-28..02-04 off, 01-26 (Sun) "
             "and 02-08 (Sat) make-up working days. 袁护士长 -> 袁媛, 春节前 -> last working day before the holiday = 01-27. "
             "吕护士长 -> 吕秋霞, 5个工作日内 from Fri 01-24: 01-26, 01-27, 02-05, 02-06, 02-07 -> 02-07. 陈春燕, "
             "节后第一个工作日 -> 02-05. '各病区护士长' is a group -> no_owner, department null, 1月26日前 -> 01-26. Next: "
             "2月14日（周五）上午9:00 -> 2025-02-14 09:00.",
             [it("袁媛", "心血管内科高危评估表补录并组织全科培训", dd("2025-01-27", last_wd_before(cny_off))),
              it("吕秋霞", "ICU中心静脉导管维护记录整改", dd("2025-02-07", add_wd(s, 5))),
              it("陈春燕", "修订全院护理质量检查表（2025版）并提交护理部", dd("2025-02-05", first_wd_after(cny_off))),
              it(None, "春节期间护理值班表报护理部", dd("2025-01-26", D(2025, 1, 26)), flags=["no_owner"])],
             FU(dd("2025-02-14", D(2025, 2, 14)), "09:00"))
    return coremail(m), g


@case(4424, "hosp-infection-titles-from-to-cc", "Outlook gb2312 院感例会: owners written as 孙主任/吕护士长/黄老师/田老师 only; 黄老师 is a non-roster To entry (黄丽萍); 下周一前, 2个工作日内 over the 2026-05-09 make-up Saturday; next '5月22日（周五）下午4点'")
def c4424():
    t = T("2026-05-08 17:05:18")
    s = t.date()
    text = """各位老师：

今天院感例会简要记录如下：
1、心内科导管相关血流感染（CRBSI）2例，孙主任组织病例讨论，下周一前交分析报告；
2、ICU 4月手卫生依从性仅78%，吕护士长2个工作日内拿出整改方案；
3、多重耐药菌隔离标识不统一，请黄老师按新模板重新制作，5月15日前发到各病区；
4、5月院感质控数据上报，田老师负责，按省平台要求月底前完成。

下次例会：5月22日（周五）下午4点，院感科示教室。

赵立新
院感科
"""
    m = Mail("churen", "赵立新", ["孙建", "吕秋霞", "黄丽萍"], ["田甜", "BOT"], "院感例会记录（5月8日）", t, text,
             seed="4424")
    g = gold("minutes", "Owners by surname + title only. 孙主任 -> 孙建, 吕护士长 -> 吕秋霞, 田老师 -> 田甜 (roster aliases); 黄老师 "
             "is not on the roster: the To entry 黄丽萍 is the only 黄 -> owner 黄丽萍 with her To address, department null. "
             "Sent Fri 2026-05-08: 下周一前 -> 05-11; 2个工作日内 -> 05-09 (Sat, make-up working day), 05-11 -> 05-11; 5月15日前 "
             "-> 05-15; 月底前 -> 05-31. Next 5月22日 16:00.",
             [it("孙建", "组织CRBSI病例讨论并交分析报告", dd("2026-05-11", nwk(s, 0))),
              it("吕秋霞", "拿出ICU手卫生依从性整改方案", dd("2026-05-11", add_wd(s, 2))),
              it("黄丽萍", "按新模板重新制作多重耐药菌隔离标识并发到各病区", dd("2026-05-15", D(2026, 5, 15))),
              it("田甜", "5月院感质控数据上报", dd("2026-05-31", month_end(2026, 5)))],
             FU(dd("2026-05-22", D(2026, 5, 22)), "16:00"))
    return outlook(m), g


@case(4425, "hosp-forwarded-minutes-with-preface", "Outlook '转发:' of a 院办 专题会议纪要 with the forwarder's own preface that adds one assignment (本周四前); forwarded （一）（二） items with 责任部门/责任人/完成时限 fields; Outlook 发件人/发送时间 block must not be stripped")
def c4425():
    t = T("2026-06-16 09:20:41")
    s = t.date()
    fwd = """关于落实2026年国家医疗质量安全改进目标的专题会议纪要

6月15日上午，院长主持召开专题会议，研究部署国家医疗质量安全改进目标落实工作。会议议定：

一、总体要求
各责任部门要对照目标逐项制定落实方案，纳入科室绩效考核。

二、任务分工
（一）提高急性ST段抬高型心肌梗死再灌注治疗率。责任部门：心血管内科、医务处；责任人：孙建；完成时限：2026年9月30日。
（二）降低住院患者静脉输液使用率。责任部门：医务处、药学部；责任人：刘敏；完成时限：2026年7月31日。
（三）提高医疗质量安全不良事件报告率，建立月度通报机制。责任部门：质控科；责任人：田甜；完成时限：2026年6月30日。
（四）降低血管内导管相关血流感染发生率。责任部门：院感科、护理部；责任人：赵立新；完成时限：2026年12月31日。

院长办公室
2026年6月15日"""
    text = ("刘敏、田甜：\n\n院办纪要转来，涉及我处的第（二）、（三）条请按分工落实，会议纪要助手跟踪。另：刘敏请于本周四前把我处"
            "落实方案报我。\n\n周国华\n\n"
            "发件人: 孟晓岚 <yuanban@churen-hospital.example.org.cn>\n发送时间: 2026年6月15日 18:02\n"
            "收件人: 周国华 <%s>; 孙建 <%s>; 田甜 <%s>; 赵立新 <%s>\n主题: 关于落实2026年国家医疗质量安全改进目标的专题会议纪要\n\n"
            % (P["周国华"]["email"], P["孙建"]["email"], P["田甜"]["email"], P["赵立新"]["email"]) + fwd + "\n")
    m = Mail("churen", "周国华", ["刘敏", "田甜"], ["BOT"], "转发: 关于落实2026年国家医疗质量安全改进目标的专题会议纪要", t,
             text, seed="4425")
    g = gold("minutes", "Forwarded minutes with a preface. The forwarded 任务分工 （一）–（四） are the meeting's items (all four; "
             "the preface singles out （二）（三） for his staff but does not cancel the others). The preface itself adds an "
             "assignment '刘敏请于本周四前把我处落实方案报我' -> 刘敏, Thu 2026-06-18 (sent Tue 06-16); ambiguous whether a "
             "forwarder's instruction belongs to the minutes - a careful assistant tracks it since the bot was asked to. "
             "Owner = 责任人 (the 责任部门 lists are context). 一、总体要求 is policy.",
             [it("刘敏", "把医务处落实方案报周处长", dd("2026-06-18", wk(s, 3))),
              it("孙建", "提高急性ST段抬高型心肌梗死再灌注治疗率", dd("2026-09-30", D(2026, 9, 30))),
              it("刘敏", "降低住院患者静脉输液使用率", dd("2026-07-31", D(2026, 7, 31))),
              it("田甜", "提高医疗质量安全不良事件报告率，建立月度通报机制", dd("2026-06-30", D(2026, 6, 30))),
              it("赵立新", "降低血管内导管相关血流感染发生率", dd("2026-12-31", D(2026, 12, 31)))])
    return outlook(m), g


@case(4426, "hosp-wrapped-lines-nested-brackets-coremail-qp", "Coremail GBK quoted-printable 处务会纪要 pasted from Word with hard wraps: owner and deadline on continuation lines, （1）（2） sub-numbering, nested brackets '7月底前（含排班方案）', a training date and a follow-up check as two items, 本周五前 group item")
def c4426():
    t = T("2026-07-06 18:00:09")
    s = t.date()
    text = """医务处7月第一周处务会纪要

一、关于日间手术扩容
   （1）日间手术中心拟新增眼科、骨科病种目录，由刘敏
负责起草目录及准入标准，报院长办公会审议（7月
17日前）；
   （2）麻醉科评估日间手术麻醉人力（责任人：韩主任，
完成时限：7月底前（含排班方案））；
二、关于病案首页质控
   病案首页主要诊断选择错误率仍高于3%。质控科田甜牵头开展专项
   培训（时间：7月22日（周三）下午，地点另定），并于培训后
   一周内（即7月29日前）完成复查。
三、其他
   周处长要求各临床科室本周五前完成上半年医疗纠纷台账核对，报
   医务处。

记录：刘敏
"""
    m = Mail("churen", "刘敏", ["周国华", "田甜", "韩东"], ["BOT"], "医务处7月第一周处务会纪要", t, text, seed="4426",
             cs="GBK")
    g = gold("minutes", "Hard-wrapped text: the owner 刘敏 ends a line and '（7月\\n17日前）' splits the date across lines -> 07-17. "
             "（2）: 韩主任 -> 韩东, '7月底前（含排班方案）' nested bracket -> 07-31. 二: 田甜 leads a training held on 07-22 "
             "(afternoon only, time null) and a re-check 'within a week after, i.e. 7月29日前' -> two items (a reader may "
             "merge them; the re-check is the deliverable with a deadline). 三: '各临床科室' group -> no_owner, department "
             "null, 本周五前 from Mon 07-06 -> 07-10. No next meeting.",
             [it("刘敏", "起草日间手术新增病种目录及准入标准，报院长办公会审议", dd("2026-07-17", D(2026, 7, 17))),
              it("韩东", "评估日间手术麻醉人力（含排班方案）", dd("2026-07-31", month_end(2026, 7))),
              it("田甜", "开展病案首页主要诊断选择专项培训", dd("2026-07-22", D(2026, 7, 22))),
              it("田甜", "培训后完成病案首页复查", dd("2026-07-29", D(2026, 7, 22) + dt.timedelta(days=7))),
              it(None, "完成上半年医疗纠纷台账核对，报医务处", dd("2026-07-10", wk(s, 4)), flags=["no_owner"])])
    return coremail(m, cte="quoted-printable"), g


@case(4427, "hosp-same-task-twice-own-numbering", "Coremail UTF-8 minutes whose 待办 numbering continues from the last meeting (starts at 7); two items with the same task text for different owners and dates; 下周五, 3个工作日内, department-only 待定")
def c4427():
    t = T("2026-11-18 17:20:50")
    s = t.date()
    text = """11月医疗质量管理小组会议纪要（第11次）

接第10次例会待办第6项，本次待办自第7项起连续编号：

7. 提交科室质控自查报告 —— 心血管内科 孙建 —— 11月25日前
8. 提交科室质控自查报告 —— 重症医学科 吕秋霞 —— 11月27日前
9. DRG 病组费用异常病例核查 —— 医务处 刘敏 —— 下周五
10. 质控例会材料模板统一 —— 质控科 —— 待定
11. 不良事件上报系统离职人员账号清理 —— 信息科 付晓东 —— 3个工作日内

附：第1-6项完成情况见上次纪要，本次不再列出。

质控科 田甜
"""
    m = Mail("churen", "田甜", ["孙建", "吕秋霞", "刘敏", "付晓东"], ["周国华", "BOT"], "11月医疗质量管理小组会议纪要", t, text,
             seed="4427")
    g = gold("minutes", "Own numbering 7-11 (the bot numbers its items 1-5; the gold lists them in order). Items 7 and 8 share the "
             "task text '提交科室质控自查报告' but have different owners and dates: both must be kept. Sent Wed 2026-11-18: "
             "下周五 -> 11-27; 3个工作日内 -> 11-19, 11-20, 11-23 -> 11-23. Item 10: 质控科 only -> no_owner + vague_due, "
             "department 质控科. 'department + name' cells: the name is the owner.",
             [it("孙建", "提交科室质控自查报告", dd("2026-11-25", D(2026, 11, 25))),
              it("吕秋霞", "提交科室质控自查报告", dd("2026-11-27", D(2026, 11, 27))),
              it("刘敏", "DRG 病组费用异常病例核查", dd("2026-11-27", nwk(s, 4))),
              it(None, "质控例会材料模板统一", None, flags=["no_owner", "vague_due"], dept="质控科"),
              it("付晓东", "不良事件上报系统离职人员账号清理", dd("2026-11-23", add_wd(s, 3)))])
    return coremail(m), g


@case(4428, "hosp-next-meeting-sentence-two-lines", "Outlook gb2312 护士长例会: next meeting as a closing sentence whose date is on one line and its time on the next; items with 负责/牵头 in prose lines, 下周三前, 12月底前")
def c4428():
    t = T("2026-11-20 16:00:27")
    s = t.date()
    text = """护理部护士长例会纪要

一、通报事项
10月全院护理不良事件上报23例，较9月下降4例；压力性损伤院内发生率0.12%。

二、工作安排
1. 各病区12月1日起执行新版SBAR交接班模板，陈春燕负责下周三前完成全院培训；
2. 袁护士长牵头制定冬季心衰患者居家护理随访方案，12月10日前交护理部；
3. 吕护士长负责ICU护士夜班弹性排班试点，试点期一个月，12月底前提交评估报告。

下次护士长例会定于12月3日（星期四）
下午2:30在门诊楼六楼护理部会议室召开，请各位护士长准时参加。

护理部 王静
"""
    m = Mail("churen", "王静", ["陈春燕", "袁媛", "吕秋霞"], ["BOT"], "护士长例会纪要（11月20日）", t, text, seed="4428")
    g = gold("minutes", "Next meeting written as a sentence, date on one line (12月3日（星期四）) and time on the next (下午2:30) "
             "-> 2026-12-03 14:30. '12月1日起执行' is a rule; the item is 陈春燕's training, 下周三前 from Fri 11-20 -> 11-25. "
             "袁护士长 -> 袁媛, 12-10. 吕护士长 -> 吕秋霞, 12月底前 -> 12-31 ('试点期一个月' is not a deadline). 通报事项 are "
             "facts.",
             [it("陈春燕", "完成新版SBAR交接班模板全院培训", dd("2026-11-25", nwk(s, 2))),
              it("袁媛", "制定冬季心衰患者居家护理随访方案交护理部", dd("2026-12-10", D(2026, 12, 10))),
              it("吕秋霞", "ICU护士夜班弹性排班试点并提交评估报告", dd("2026-12-31", month_end(2026, 12)))],
             FU(dd("2026-12-03", D(2026, 12, 3)), "14:30"))
    return outlook(m), g


@case(4429, "hosp-tencent-meeting-ai-minutes-2027", "Forwarded 腾讯会议智能纪要 (Coremail): 会议摘要 and time-stamped 分段纪要 are not items, only 【待办事项】; 下周三下班前 (date only), 3月31日前, 4月15日前, 2027年底前; AI-generated footer")
def c4429():
    t = T("2027-03-10 11:30:15")
    s = t.date()
    text = """周处长，昨天的推进会腾讯会议自动出了纪要，转过来，待办请纪要助手跟踪。

刘敏

---------- 转发的邮件 ----------
腾讯会议 智能纪要
会议主题：三级医院评审迎评准备推进会
会议时间：2027/03/09 15:00-16:10（GMT+08:00）

【会议摘要】
会议通报了评审自评进度：18个职能科室中12个已完成自评表；信息系统数据接口尚未联调。周国华要求各科室在3月底前完成自查整改，4月中旬组织模拟评审。

【分段纪要】
15:02 周国华：目前自评表完成率67%，下周三前必须全部交齐。
15:18 付晓东：数据接口供应商3月下旬到场，3月31日前可以联调完。
15:40 王静：护理质量指标汇编正在整理，4月15日前定稿。
16:02 周国华：迎评工作年底要有总结。

【待办事项】
1. 刘敏：下周三下班前汇总各科室自评表
2. 付晓东：3月31日前完成评审信息系统数据接口联调
3. 王静：4月15日前护理质量指标汇编定稿
4. 周国华：2027年底前形成迎评工作总结报告

以上内容由AI智能生成，仅供参考
"""
    m = Mail("churen", "刘敏", ["周国华"], ["付晓东", "王静", "BOT"], "Fw: 腾讯会议智能纪要：三级医院评审迎评准备推进会", t, text,
             seed="4429")
    g = gold("minutes", "Tencent Meeting AI minutes forwarded. 会议摘要 ('3月底前完成自查整改', '4月中旬组织模拟评审') and the "
             "time-stamped 分段纪要 must not produce items; only 【待办事项】 does. Sent Wed 2027-03-10 (no working-day "
             "arithmetic needed): 下周三下班前 -> 03-17, no time (下班前 gives the date only, like 今天下班前); 3月31日前 -> "
             "03-31; 4月15日前 -> 04-15; 2027年底前 -> 12-31. No next meeting.",
             [it("刘敏", "汇总各科室自评表", dd("2027-03-17", nwk(s, 2))),
              it("付晓东", "完成评审信息系统数据接口联调", dd("2027-03-31", D(2027, 3, 31))),
              it("王静", "护理质量指标汇编定稿", dd("2027-04-15", D(2027, 4, 15))),
              it("周国华", "形成迎评工作总结报告", dd("2027-12-31", D(2027, 12, 31)))])
    return coremail(m), g


@case(4430, "hosp-reply-done-outlook-quote", "reply: Outlook '答复:' from a head nurse to the recap of 4424, '第2项…已完成' over an Outlook 发件人/发送时间 quote")
def c4430():
    t = T("2026-05-11 10:26:40")
    rec = recap_text([("1", "组织CRBSI病例讨论并交分析报告", "孙建", "2026-05-11"),
                      ("2", "拿出ICU手卫生依从性整改方案", "吕秋霞", "2026-05-11"),
                      ("3", "按新模板重新制作多重耐药菌隔离标识并发到各病区", "黄丽萍", "2026-05-15"),
                      ("4", "5月院感质控数据上报", "田甜", "2026-05-31")], "2026-05-11 18:00")
    bot = ORGS["churen"][1]
    text = ("第2项ICU手卫生整改方案已完成，周六已发赵科长邮箱。\n\n吕秋霞\n重症医学科\n\n"
            "发件人: %s <%s>\n发送时间: 2026年5月8日 17:06\n收件人: 赵立新 <%s>; 孙建 <%s>; 吕秋霞 <%s>; 黄丽萍 <%s>\n"
            "抄送: 田甜 <%s>\n主题: Re: 院感例会记录（5月8日）\n\n" % (bot[0], bot[1], P["赵立新"]["email"], P["孙建"]["email"],
                                                         P["吕秋霞"]["email"], EXT["黄丽萍"], P["田甜"]["email"]) + rec)
    pid = "<r.202605081706.%s@churen-hospital.example.org.cn>" % hx("4424r", 10)
    m = Mail("churen", "吕秋霞", [(bot[0], "huiyi-bot+Lq7s2@churen-hospital.example.org.cn")], ["赵立新"],
             "答复: 院感例会记录（5月8日）", t, text, seed="4430", irt=pid, refs=[pid])
    g = gold("reply", "Owner reports item 2 done; '周六' in the reason is not a date command. The quoted recap lists all commands.",
             reply=REP("done", [2]))
    return outlook(m), g


# ---------------------------------------------------------------- 敕勒川牧联 (Hohhot dairy cooperative)
@case(4431, "dairy-village-meeting-semi-literate-qq", "QQ Mail gb18030 notes from a ranch manager after a 嘎查 village meeting: no punctuation, 礼拜五之前 / 月底前 / 礼拜天前 / 9月1号前, titles 王会计/张部长, '时间再定' vague, '九月初 看情况' no follow-up")
def c4431():
    t = T("2025-08-19 21:50:36")
    s = t.date()
    text = """理事长 部长们
今天嘎查开会的事情记一下 我字打的不好见谅

来了十七户 主要说了奶价的事 大家意见多
1 奶站那个储奶罐制冷不行 苏和礼拜五之前找人修好
2 7月奶款 王会计月底前打到各户卡上 不能再拖了
3 今年青贮每户报个数 我礼拜天前统计出来
4 巴特尔理事长说下个月请兽医站来讲布病防疫 时间再定
5 冷链车排班 张部长那边出个表 9月1号前

下回开会九月初 看情况

那日苏
"""
    m = Mail("chile", "那日苏", ["巴特尔", "乌云其其格", "张海"], ["苏和", "王秀兰", "BOT"], "嘎查会议", t, text,
             seed="4431")
    g = gold("minutes", "Semi-literate notes typed on a phone. Sent Tue 2025-08-19: 礼拜五之前 -> 08-22; 王会计 = 王秀兰, 月底前 -> "
             "08-31; '我礼拜天前统计' -> sender 那日苏, Sunday 08-24; item 4: owner 巴特尔 (he will invite the vet station), "
             "'下个月 … 时间再定' -> vague_due; 张部长 = 张海, 9月1号前 -> 09-01. '来了十七户…' is a report. '九月初 看情况' -> "
             "next_followup null.",
             [it("苏和", "找人修好奶站储奶罐制冷", dd("2025-08-22", wk(s, 4))),
              it("王秀兰", "7月奶款打到各户卡上", dd("2025-08-31", month_end(2025, 8))),
              it("那日苏", "统计各户青贮数量", dd("2025-08-24", wk(s, 6))),
              it("巴特尔", "请兽医站来讲布病防疫", None, flags=["vague_due"]),
              it("张海", "出冷链车排班表", dd("2025-09-01", D(2025, 9, 1)))])
    return qq(m), g


@case(4432, "dairy-nz-supplier-english-nzst", "Outlook (Date +1200) English minutes from the New Zealand equipment supplier: '— Name — by …' bullets, NZ day-first 16/6, 'dispatch by Friday 19 June (NZT)', ASAP, roster aliases Zhang Hai/Sukh/Bater; next call in NZST with an offered alternative")
def c4432():
    t = T("2026-06-11 14:30:02", 12)
    s = sh(t).date()
    text = """Kia ora team,

Thanks for the call this afternoon. Summary of actions for the Dalai Nur milk station rotary upgrade:

- Replacement gaskets for the plate heat exchanger (PHE-2) - Liam - dispatch by Friday 19 June (NZT)
- Commissioning checklist v3 to Zhang Hai - Aroha - ASAP
- Confirm cold room internal dimensions + door width - Zhang Hai - by Tue 16/6
- Photos of the CIP dosing pump nameplate - Sukh - by Monday
- Sign variation order VO-07 (NZD 18,400) - Bater - by end of June

Noted: the 40-bail rotary stays on the original shipping plan (ETA Tianjin 28/7).

Next call: Tuesday 23 June, 9:00am NZST (5:00am Hohhot - happy to move to 2pm NZST / 10am your time if that suits better, just let me know).

Nga mihi,
Liam O'Connor
Project Engineer | Kaimai Dairy Systems Ltd | Hamilton, NZ
"""
    m = Mail("chile", "Liam O'Connor", ["张海", "苏和", "巴特尔"], ["Aroha Ngata", "BOT"],
             "Dalai Nur rotary upgrade - call summary 11/6", t, text, seed="4432", cs="utf-8")
    msg = outlook(m, ip="203.97.14.%d" % 33)
    g = gold("minutes", "Date Thu 2026-06-11 14:30 +1200 = 10:30 Shanghai (same date). Owners after the task: Liam (From), Aroha "
             "Ngata (Cc, external), Zhang Hai = 张海, Sukh = 苏和, Bater = 巴特尔 (roster aliases). Friday 19 June -> "
             "2026-06-19 (the NZ date; it is also the Dragon Boat holiday in China, irrelevant for a NZ dispatch); ASAP -> "
             "vague_due; 'Tue 16/6' is day/month -> 06-16; by Monday -> 06-15; by end of June -> 06-30. The 'Noted' line is "
             "information. Next call Tue 23 June 09:00 NZST (UTC+12) = 05:00 Shanghai on 2026-06-23; the offered 10am "
             "alternative is not agreed (ambiguous).",
             [it("Liam O'Connor", "dispatch replacement gaskets for the plate heat exchanger (PHE-2)",
                 dd("2026-06-19", D(2026, 6, 19))),
              it("Aroha Ngata", "send commissioning checklist v3 to Zhang Hai", None, flags=["vague_due"]),
              it("张海", "confirm cold room internal dimensions + door width", dd("2026-06-16", D(2026, 6, 16))),
              it("苏和", "send photos of the CIP dosing pump nameplate", dd("2026-06-15", nwk(s, 0))),
              it("巴特尔", "sign variation order VO-07 (NZD 18,400)", dd("2026-06-30", month_end(2026, 6)))],
             FU(dd("2026-06-23", sh(dt.datetime(2026, 6, 23, 9, 0, tzinfo=tz(12))).date()), "05:00"))
    return msg, g


@case(4433, "dairy-quality-meeting-lead-support-foxmail", "Foxmail GBK 合作社 专题会议纪要: 会议决定 (decisions with dates) vs 工作分工 （一）（二）… with 责任人：X（牵头），Y（配合）; 本周五前, 12月底前, 2026年1月15日前; next meeting in a numbered section")
def c4433():
    t = T("2025-12-10 15:00:44")
    s = t.date()
    text = """敕勒川牧联奶业专业合作社
第四季度奶源质量专题会议纪要

时间：2025年12月9日上午
地点：合作社二楼会议室
参加：巴特尔、乌云其其格、那日苏、苏和、王秀兰、张海及各嘎查奶户代表

一、会议决定
（一）自2026年1月1日起，收奶体细胞数上限调整为40万/mL，超标按新价表扣款。
（二）冬季收奶时间调整为早6:30、晚18:30两次。

二、工作分工
（一）奶源部牵头、技术部配合，12月20日前完成全部42户奶牛乳房炎筛查。责任人：乌云其其格（牵头），苏和（配合）。
（二）牧场管理部负责各牧场挤奶设备清洗记录检查，每周一次，由那日苏负责，首次检查本周五前完成。
（三）财务部王秀兰负责新价表测算，12月底前报理事长审定。
（四）冷链部张海负责奶罐车GPS温控设备加装，2026年1月15日前完成。

三、下次会议
2026年1月7日（星期三）上午9时，合作社二楼会议室。

记录：乌云其其格
"""
    m = Mail("chile", "乌云其其格", ["巴特尔", "那日苏", "苏和", "王秀兰", "张海"], ["BOT"],
             "第四季度奶源质量专题会议纪要", t, text, seed="4433")
    g = gold("minutes", "一、会议决定 are decisions (dates inside them are not deadlines). 工作分工: （一） owner = the lead "
             "乌云其其格 (苏和 配合 is support), 12-20; （二） 那日苏, weekly check, first one 本周五前 from Wed 12-10 -> 12-12 "
             "(the weekly repetition is a rule); （三） 王秀兰 12-31; （四） 张海 2026-01-15. Next meeting in section 三 -> "
             "2026-01-07 09:00.",
             [it("乌云其其格", "完成全部42户奶牛乳房炎筛查", dd("2025-12-20", D(2025, 12, 20))),
              it("那日苏", "完成首次各牧场挤奶设备清洗记录检查", dd("2025-12-12", wk(s, 4))),
              it("王秀兰", "新价表测算报理事长审定", dd("2025-12-31", month_end(2025, 12))),
              it("张海", "奶罐车GPS温控设备加装", dd("2026-01-15", D(2026, 1, 15)))],
             FU(dd("2026-01-07", D(2026, 1, 7)), "09:00"))
    return foxmail(m), g


@case(4434, "dairy-ranch-inspection-excel-paste-outlook", "Outlook gb2312 牧场巡查问题跟踪 pasted from Excel as tab-separated rows (牧场/问题/整改人/期限/状态/备注): 2026/2/6, 2月10号, 春节前 = the 2026-02-14 make-up Saturday, 年后 (vague), 已整改 row")
def c4434():
    t = T("2026-01-30 17:00:19")
    s = t.date()
    rows = [["牧场", "问题", "整改人", "期限", "状态", "备注"],
            ["白音牧场", "挤奶厅地面破损积水", "那日苏", "2026/2/6", "未整改", ""],
            ["乌兰牧场", "奶罐温度计失灵", "苏和", "2月10号", "未整改", "已订货"],
            ["哈达图牧场", "消毒池未及时换液", "那日苏", "1/28", "已整改", "1/28复查合格"],
            ["白音牧场", "犊牛岛防寒不足", "巴特尔", "春节前", "整改中", "需采购棉帘"],
            ["合作社奶站", "CIP清洗记录不全", "张海", "年后", "未整改", ""]]
    intro = "各位：\n\n1月牧场巡查问题表贴在下面，按期限整改，整改完在群里说一声。\n\n"
    text = intro + "\n".join("\t".join(r) for r in rows) + "\n\n苏和\n技术部\n"
    html = auto_html(intro, "p") + html_table(rows, 'border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse"') \
        + auto_html("\n苏和\n技术部", "p")
    m = Mail("chile", "苏和", ["那日苏", "巴特尔", "张海"], ["乌云其其格", "BOT"], "1月牧场巡查问题跟踪", t, text, html,
             seed="4434")
    cny_off = D(2026, 2, 15)
    g = gold("minutes", "Excel range pasted (tabs / HTML table). 已整改 row is status. Sent Fri 2026-01-30; Spring Festival 2026 "
             "= 02-15..02-23 off with 02-14 (Sat) a make-up working day: 春节前 -> last working day before the holiday = "
             "02-14. 2026/2/6 -> 02-06; 2月10号 -> 02-10; 年后 -> vague_due. 巴特尔 owns a row although he chairs the "
             "cooperative.",
             [it("那日苏", "白音牧场挤奶厅地面破损积水整改", dd("2026-02-06", D(2026, 2, 6))),
              it("苏和", "乌兰牧场奶罐温度计失灵整改", dd("2026-02-10", D(2026, 2, 10))),
              it("巴特尔", "白音牧场犊牛岛防寒不足整改", dd("2026-02-14", last_wd_before(cny_off))),
              it("张海", "合作社奶站CIP清洗记录不全整改", None, flags=["vague_due"])])
    return outlook(m), g


@case(4435, "dairy-dingtalk-ai-minutes-makeup-saturday", "Alimail: forwarded 钉钉闪记 智能纪要 (摘要, 发言要点 with time stamps, ☐ 待办 'owner｜task｜截止' rows, AI footer): 截止 2026-10-10 (make-up Saturday), 下周一, 10月底前, 待定")
def c4435():
    t = T("2026-10-09 18:20:55")
    s = t.date()
    text = """转给纪要助手，按钉钉里的待办跟。

【钉钉闪记】合作社秋季收奶价格协调会 智能纪要
会议时间：2026-10-09 14:00　时长：1小时12分
发言人：巴特尔、乌云其其格、张海、王秀兰、嘎查代表3人

🔷 会议摘要
本次会议主要讨论了秋季收奶价格、冷链车辆调度及十月奶款发放。会议确认十月收奶价维持3.65元/公斤；国庆期间两台冷链车故障需尽快修复；九月奶款已按时发放。

🔷 发言要点
00:02:15 巴特尔：收奶价维持3.65元，十月不调。
00:14:40 张海：国庆期间冷链车坏了两台，明天前修好，不影响收奶。
00:31:02 王秀兰：九月奶款9月30日已经发完了。
00:48:30 乌云其其格：跟乳企收奶站的供货协议年底到期，这个月要续上。

🔷 待办事项
☐ 张海｜完成2台冷链车维修｜截止 2026-10-10
☐ 王秀兰｜十月奶款发放明细表｜截止 下周一
☐ 乌云其其格｜与乳企收奶站续签供货协议｜截止 10月底前
☐ 巴特尔｜召开嘎查奶户代表大会｜截止 待定

⚠️ 以上内容由AI生成，请注意甄别
"""
    m = Mail("chile", "巴特尔", ["BOT"], ["张海", "王秀兰", "乌云其其格"], "转发：合作社秋季收奶价格协调会 智能纪要", t, text,
             seed="4435")
    g = gold("minutes", "DingTalk AI minutes forwarded by 巴特尔. 摘要 and 发言要点 (with 明天前, 9月30日, 年底, 这个月) are not "
             "items; only the ☐ 待办 rows. Sent Fri 2026-10-09: '截止 2026-10-10' is the Saturday make-up working day "
             "after National Day; 下周一 -> 10-12; 10月底前 -> 10-31; 待定 -> vague_due. No next meeting.",
             [it("张海", "完成2台冷链车维修", dd("2026-10-10", D(2026, 10, 10))),
              it("王秀兰", "十月奶款发放明细表", dd("2026-10-12", nwk(s, 0))),
              it("乌云其其格", "与乳企收奶站续签供货协议", dd("2026-10-31", month_end(2026, 10))),
              it("巴特尔", "召开嘎查奶户代表大会", None, flags=["vague_due"])])
    assert is_wd(D(2026, 10, 10))
    return alimail(m), g


@case(4436, "dairy-docx-attachment-board-minutes-2027", "Foxmail GBK two-line cover note with the 理事会会议纪要 as a .docx attachment (RFC 2047 GBK filename); items only inside the docx table: 4月30日前, 4月20日, 5月中旬 (vague), two owners in one cell; next meeting half day only")
def c4436():
    t = T("2027-04-15 10:00:31")
    s = t.date()
    paras = ["敕勒川牧联奶业专业合作社理事会会议纪要", "时间：2027年4月14日下午", "地点：合作社二楼会议室",
             "主持：巴特尔　记录：王秀兰",
             "一、会议审议通过了2026年度合作社财务决算和盈余分配方案，按交奶量返还。",
             "二、工作安排（见下表）"]
    table = [["序号", "事项", "负责人", "完成时间"],
             ["1", "春季牧草种子统一采购", "那日苏", "4月30日前"],
             ["2", "2026年度财务决算张榜公示", "王秀兰", "4月20日"],
             ["3", "新西兰转盘挤奶机现场验收", "张海、Liam O'Connor", "5月中旬"]]
    tail = ["三、下次理事会定于5月12日上午召开。", "敕勒川牧联奶业专业合作社理事会", "2027年4月14日"]
    text = "各位理事：\n\n昨天理事会的纪要在附件里，请纪要助手登记一下。\n\n王秀兰\n财务部\n"
    m = Mail("chile", "王秀兰", ["巴特尔", "那日苏", "张海"], ["BOT"], "理事会会议纪要（4月14日）", t, text, seed="4436",
             attachments=[attachment_docx("理事会会议纪要（2027-04-14）.docx", docx_bytes(paras, table, tail))])
    g = gold("minutes", "The body is a cover note; the minutes are in the .docx (word/document.xml: paragraphs and a table; the "
             "next-meeting sentence sits in the table's last row because the clerk typed it there). 2027: absolute dates "
             "only. 4月30日前 -> 04-30; 4月20日 -> 04-20; 5月中旬 -> vague_due (corpus convention: X月中旬 is vague). Row 3 "
             "names 张海 and the NZ engineer: owner = the first named, 张海 (ambiguous; a scorer may accept either). "
             "一 is a decision. Next: 5月12日上午 -> 2027-05-12, half day only -> time null.",
             [it("那日苏", "春季牧草种子统一采购", dd("2027-04-30", D(2027, 4, 30))),
              it("王秀兰", "2026年度财务决算张榜公示", dd("2027-04-20", D(2027, 4, 20))),
              it("张海", "新西兰转盘挤奶机现场验收", None, flags=["vague_due"])],
             FU(dd("2027-05-12", D(2027, 5, 12)), None))
    return foxmail(m), g


@case(4437, "dairy-reply-progress-qq", "reply: QQ Mail reply to the recap of 4433, '第1项进度80%…下周能完' over the QQ 原始邮件 quote")
def c4437():
    t = T("2025-12-17 20:12:09")
    bot = ORGS["chile"][1]
    rec = recap_text([("1", "完成全部42户奶牛乳房炎筛查", "乌云其其格", "2025-12-20"),
                      ("2", "完成首次各牧场挤奶设备清洗记录检查", "那日苏", "2025-12-12"),
                      ("3", "新价表测算报理事长审定", "王秀兰", "2025-12-31"),
                      ("4", "奶罐车GPS温控设备加装", "张海", "2026-01-15")], "2025-12-10 18:00")
    text = ("第1项进度80%%，42户筛了34户，还剩白音嘎查8户，下周能完。\n\n\n"
            "------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: 2025年12月10日(星期三) 下午3:01\n"
            "收件人: \"乌云其其格\"<%s>;\n主题: Re: 第四季度奶源质量专题会议纪要\n\n\n\n" % (bot[0], bot[1],
                                                                            P["乌云其其格"]["email"]) + rec)
    pid = "<r.202512101501.%s@chilechuan-coop.example.cn>" % hx("4433r", 10)
    m = Mail("chile", "乌云其其格", [(bot[0], "jiyao+Wq9x1@chilechuan-coop.example.cn")], [], "回复：Re: 第四季度奶源质量专题会议纪要",
             t, text, seed="4437", irt=pid, refs=[pid])
    g = gold("reply", "Progress 80% on item 1; '34户' and '8户' are counts, not percentages; '下周能完' is not an extension request.",
             reply=REP("progress", [1], 80))
    return qq(m), g


@case(4438, "dairy-other-personal-request", "other: person-to-person request from the accountant to the chairman with the bot in Cc (habit), '周五前能不能签字' - not minutes")
def c4438():
    t = T("2026-06-24 09:12:40")
    text = ("巴理事长：\n\n新西兰那边 VO-07 的发票到了，NZD 18,400，您看周五前能不能签个字，我好安排下周一付汇。\n"
            "发票扫描件我放在共享盘“设备改造”文件夹里了。\n\n秀兰\n")
    m = Mail("chile", "王秀兰", ["巴特尔"], ["BOT"], "VO-07发票签字", t, text, seed="4438")
    g = gold("other", "A single personal request with a deadline; no meeting, no minutes. kind other, no items.")
    return qq(m), g


@case(4439, "hotpot-auto-qq-vacation-reply", "auto: QQ Mail holiday auto-reply ('自动回复:' subject, Auto-Submitted: auto-replied) from a store manager, body mentions a return date")
def c4439():
    t = T("2026-02-14 08:03:12")
    text = "您好，我正在休春节假，2月24日（正月初八）返岗。门店急事请联系春熙路店值班经理 028-8xxx6631。\n\n这是来自QQ邮箱的假期自动回复邮件。\n"
    body = multi("alternative", [leaf("text/plain", text, "gb18030", "base64"),
                                 leaf("text/html", auto_html(text), "gb18030", "base64")],
                 "----=_NextPart_%s_%s" % (hx("4439", 8).upper(), hx("4439b", 8).upper()))
    hdrs = [("Return-Path", "<%s>" % P["曾丽"]["email"]), ("Delivered-To", ORGS["shuguo"][1][1]),
            ("From", haddr("曾丽", P["曾丽"]["email"], "gb18030", quote=True)),
            ("To", haddr("纪要助手", ORGS["shuguo"][1][1], "gb18030", quote=True)),
            ("Subject", htext("自动回复: Re: 群里定的春节安排（请跟进）", "gb18030")),
            ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
            ("Message-ID", "<tencent_%s@qq.com>" % hx("4439", 36).upper()),
            ("Auto-Submitted", "auto-replied"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-AUTOREPLY", "1")]
    g = gold("auto", "QQ/Exmail vacation auto-reply to the recap of 4404 (Auto-Submitted: auto-replied, '这是来自QQ邮箱的假期自动回复"
             "邮件'); kind auto, nothing changes.")
    return envelope(hdrs, body, mime=False), g


# ================================================================ writer
def build_all():
    out = []
    for n, slug, what, f in CASES:
        CHECKS.clear()
        msg, g = f()
        kind = g["kind"]
        out.append((n, slug, what, kind, serialize(msg), g))
    return out


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for org, name, local, dep, head, al in ROSTER:
        p = P[name]
        w.writerow([name, p["email"], dep, p["manager_email"], al])
    return buf.getvalue()


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else Path(__file__).resolve().parent
    built = build_all()  # raises AssertionError if any hand-written gold date disagrees with the calendar
    nums = [b[0] for b in built]
    assert nums == sorted(nums) and len(set(nums)) == len(nums)
    for n, slug, what, kind, raw, g in built:
        # structural checks on the gold
        assert kind in ("minutes", "reply", "auto", "other")
        if kind != "minutes":
            assert not g["items"] and g["next_followup"] is None
        for i in g["items"]:
            if i["owner_name"] is None:
                assert "no_owner" in i["flags"], (n, i)
            if i["due_date"] is None:
                assert ("vague_due" in i["flags"]) != ("no_due" in i["flags"]), (n, i)
            else:
                assert not {"vague_due", "no_due"} & set(i["flags"]), (n, i)
        name = "%d-%s" % (n, slug)
        gj = json.dumps(g, ensure_ascii=False, indent=2) + "\n"
        if check:
            if (outdir / (name + ".eml")).read_bytes() != raw:
                raise SystemExit("eml differs: " + name)
            if json.loads((outdir / (name + ".json")).read_text("utf-8")) != g:
                raise SystemExit("gold differs: " + name)
        else:
            (outdir / (name + ".eml")).write_bytes(raw)
            (outdir / (name + ".json")).write_text(gj, "utf-8")
    if check:
        if (outdir / "roster.csv").read_text("utf-8") != roster_csv():
            raise SystemExit("roster differs")
    else:
        (outdir / "roster.csv").write_text(roster_csv(), "utf-8")
    kinds = {}
    for b in built:
        kinds[b[3]] = kinds.get(b[3], 0) + 1
    nitems = sum(len(b[5]["items"]) for b in built)
    print("%s %d cases %s, %d gold items, %d follow-ups" % ("checked" if check else "wrote", len(built), kinds, nitems,
                                                          sum(1 for b in built if b[5]["next_followup"])))
    if "--table" in argv:
        for n, slug, what, kind, raw, g in built:
            print("| %d-%s | %s | %s |" % (n, slug, kind, what.replace("|", "\\|")))


if __name__ == "__main__":
    main(sys.argv[1:])
