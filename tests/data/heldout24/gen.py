#!/usr/bin/env python3
"""heldout24 generator: raw .eml + gold .json pairs, roster.csv.

    /work/blind/venv/bin/python gen.py            # write everything next to this script
    /work/blind/venv/bin/python gen.py --check    # rebuild in memory, re-check every gold date against the
                                                  # calendar computation, and compare with the files on disk
Deterministic: no clock, no randomness. Working days come from chinesecalendar (2025-2026); 2027 cases use no
working-day arithmetic (the package has no 2027 data), only weekdays and absolute dates.
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
import sys
from pathlib import Path
import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date
OUT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), Path(__file__).resolve().parent))   # [OUTDIR]

# ------------------------------------------------------------------ calendar helpers (gold checks)
def is_workday(d):
    if d.year >= 2027:
        raise RuntimeError("no calendar data for %s: do not use working-day arithmetic in 2027 cases" % d)
    return chinese_calendar.is_workday(d)

def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d

def wk(sent, wd):          # 周X / 本周X / by Friday: this week's if not past, else next week's
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)

def nwk(sent, wd):         # 下周X
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + wd)

def _holiday_start(sent):
    d = sent
    while is_workday(d) or chinese_calendar.get_holiday_detail(d)[1] is None:
        d += dt.timedelta(days=1)
    return d

def first_workday_after_holiday(sent):
    """节后第一个工作日: first working day after the next statutory-holiday block."""
    d = _holiday_start(sent)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d

def last_workday_before_holiday(sent):
    """节前 / 国庆前: the last working day before the next holiday block."""
    d = _holiday_start(sent) - dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d

def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

CHECKS = []
def due(iso, computed, what=""):
    if iso != computed.isoformat():
        raise AssertionError("gold %s != computed %s (%s)" % (iso, computed, what))
    CHECKS.append((iso, what))
    return iso

# ------------------------------------------------------------------ MIME helpers (adapted from the dev corpus)
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii", "big5": "big5"}
def codec(label): return CODEC[label.lower()]

def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur, cs = [], "", codec(label)
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
    if cur: words.append(enc(cur))
    return words

def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))

def haddr(p, label="utf-8", mode="B", quote=False):
    name, email = p
    if not name: return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote or re.search(r"[^\w ]", name) else "%s <%s>" % (name, email)
    w = " ".join(encoded_words(name, label, mode))
    return '"%s" <%s>' % (w, email) if quote else "%s <%s>" % (w, email)

def haddrs(ps, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(p, label, mode, quote) for p in ps)

def transfer_encode(data, cte):
    if cte == "base64": return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable": return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")

def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), crlf=False, quote_cs=True):
    m = Message()
    ct = ctype
    if label: ct += ('; charset="%s"' if quote_cs else "; charset=%s") % label
    for k, v in params: ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers: m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf and cte == "base64": text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m

def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params: ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    if preamble: m.preamble = preamble
    m.epilogue = ""
    return m

def envelope(headers, body):
    top = Message()
    for k, v in headers:
        if v is not None: top[k] = v
    for k, v in body.items(): top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
    return top

def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(msg)
    return buf.getvalue()

def hx(seed, n): return hashlib.sha256(seed.encode()).hexdigest()[:n]

WEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEN[t.weekday()], t.day, MEN[t.month - 1], t.year, t.hour,
                                                      t.minute, t.second, "+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)

def ts(s, tz=TZ8): return dt.datetime.fromisoformat(s).replace(tzinfo=tz)

def esc(s): return html.escape(s, quote=False)

def text_to_html(text, font="微软雅黑"):
    """Lines -> <div>s; runs of '|' lines -> a table; tab-separated runs -> a table."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        l = lines[i]
        if l.strip().startswith("|") or ("\t" in l and l.count("\t") >= 2):
            rows = []
            while i < len(lines) and (lines[i].strip().startswith("|") or lines[i].count("\t") >= 2):
                r = lines[i].strip()
                if r.startswith("|"):
                    cells = [c.strip() for c in r.strip("|").split("|")]
                    if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells): rows.append(cells)
                else:
                    rows.append(lines[i].strip(" ").split("\t"))
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' + "".join(
                "<tr>" + "".join(("<th>%s</th>" if n == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
                for n, r in enumerate(rows)) + "</table>")
            continue
        out.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
        i += 1
    return "\n".join(out)

# ------------------------------------------------------------------ mail clients
def mail(client, frm, to, cc, subject, t, text, html_body=None, cs=None, irt=None, refs=None, attachments=(),
         extra=(), seed=""):
    """Build one message the way `client` writes it. frm/to/cc are (name, address) pairs."""
    seed = seed or subject + t.isoformat()
    dom = frm[1].split("@")[1]
    thread = []
    if irt: thread.append(("In-Reply-To", irt))
    if refs: thread.append(("References", "\n ".join(refs)))
    if client in ("outlook", "outlook_big5"):
        cs = cs or ("big5" if client == "outlook_big5" else "gb2312")
        stamp = hx(seed, 12).upper()
        hb = html_body if html_body is not None else text_to_html(text)
        hdoc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=%s"><meta name="Generator" content="Microsoft Word 15 (filtered '
                'medium)"></head><body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                '<div class="WordSection1">\n%s\n</div></body></html>' % (cs, hb))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hdoc, cs, "base64", crlf=True)],
                     "----=_NextPart_%03d_0001_01DC%s.%s" % (1 if attachments else 0, stamp[:4], stamp[4:]))
        if attachments:
            body = multi("mixed", [body] + list(attachments), "----=_NextPart_000_0000_01DC%s.%s" % (stamp[:4], stamp[4:]))
        body.preamble = "This is a multipart message in MIME format."
        hdrs = [("From", haddr(frm, cs)), ("To", haddrs(to, cs))] + ([("Cc", haddrs(cc, cs))] if cc else []) + \
            thread + [("Subject", htext(subject, cs)), ("Date", rfc_date(t)),
                      ("Message-ID", "<000001dc%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), dom)),
                      ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
                      ("Thread-Index", base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()),
                      ("Content-Language", "zh-tw" if client == "outlook_big5" else "zh-cn")]
    elif client == "foxmail":
        cs = cs or "GBK"
        n = int(hx(seed, 6), 16)
        hb = html_body if html_body is not None else text_to_html(text)
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
                '</style></head><body>\n%s\n</body></html>' % (cs, hb))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hdoc, cs, "base64", crlf=True)],
                     "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12), preamble="This is a multi-part message in MIME format.")
        if attachments:
            body = multi("mixed", [body] + list(attachments), "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                         preamble="This is a multi-part message in MIME format.")
        hdrs = [("Date", rfc_date(t)), ("From", haddr(frm, cs, quote=True)), ("To", haddrs(to, cs, quote=True))] + \
            ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + [("Subject", htext(subject, cs))] + thread + \
            [("X-Priority", "3"), ("X-Has-Attach", "yes" if attachments else "no"),
             ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
             ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, dom))]
    elif client == "exmail":   # Tencent Exmail / WeCom mail web
        cs = cs or "gb18030"
        hb = html_body if html_body is not None else text_to_html(text)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hb, cs, "base64")],
                     "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "x", 8).upper(), hx(seed + "y", 8).upper()))
        hdrs = [("X-QQ-mid", "xmsezb%s-t%d" % (hx(seed, 22), int(t.timestamp()))), ("X-QQ-XMAILINFO", hx(seed + "q", 40)),
                ("From", haddr(frm, cs, quote=True)), ("To", haddrs(to, cs, quote=True))] + \
            ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + [("Subject", htext(subject, cs))] + thread + \
            [("Mime-Version", "1.0"), ("Date", rfc_date(t)), ("X-Priority", "3"),
             ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 40).upper()), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
             ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    elif client in ("gmail", "feishu", "alimail"):
        cs = cs or "UTF-8"
        hb = html_body if html_body is not None else text_to_html(text)
        if client == "gmail":
            b = "000000000000" + hx(seed, 16)
            hb = '<div dir="ltr">%s</div>' % hb
            parts = [leaf("text/plain", text, cs, "quoted-printable"), leaf("text/html", hb, cs, "quoted-printable")]
        else:
            b = ("----=ALIBOUNDARY_%s" % hx(seed, 10)) if client == "alimail" else hx(seed, 32)
            parts = [leaf("text/plain", text, cs, "base64"), leaf("text/html", "<html><body>%s</body></html>" % hb, cs, "base64")]
        body = multi("alternative", parts, b)
        if attachments:
            body = multi("mixed", [body] + list(attachments), "000000000000" + hx(seed + "m", 16))
        hdrs = [("MIME-Version", "1.0")] + thread + [("From", haddr(frm, cs)), ("Date", rfc_date(t))]
        if client == "gmail":
            hdrs += [("Message-ID", "<CA%s@mail.gmail.com>" % base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
                      .replace("/", "_").replace("+", "-")[:40])]
        elif client == "feishu":
            hdrs += [("Message-ID", "<%s@feishu.cn>" % hx(seed, 32)), ("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(seed, 12), dom)),
                     ("X-Mailer", "Feishu Mail")]
        else:
            hdrs += [("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "a", 6), dom)),
                     ("X-Mailer", "Alimail-Mailagent revision %d" % (int(hx(seed, 4), 16) % 9000)),
                     ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07436282|-1;CH=green;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033045220186;MF=%s;NM=1;PH=DS;RN=%d;SR=0;TI=SMTPD_---%s_1" % (frm[1], len(to) + len(cc), hx(seed, 10)))]
        hdrs += [("Subject", htext(subject, "UTF-8")), ("To", haddrs(to, "UTF-8"))] + ([("Cc", haddrs(cc, "UTF-8"))] if cc else [])
    elif client == "iphone":
        cs = "utf-8"
        body = leaf("text/plain", text, cs, "quoted-printable", quote_cs=False)
        hdrs = [("From", haddr(frm, "utf-8")), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
                ("Subject", htext(subject, "utf-8"))] + thread + [
            ("Message-Id", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "z", 12).upper(), dom)),
            ("To", haddrs(to, "utf-8"))] + ([("Cc", haddrs(cc, "utf-8"))] if cc else []) + [("X-Mailer", "iPhone Mail (22D82)")]
    elif client == "thunderbird":
        cs = cs or "UTF-8"
        body = leaf("text/plain", text, cs, "8bit", params=[("format", "flowed")])
        hdrs = [("Message-ID", "<%s-%s@%s>" % (hx(seed, 8), hx(seed + "t", 4), dom)), ("Date", rfc_date(t)),
                ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"),
                ("To", haddrs(to, cs))] + ([("Cc", haddrs(cc, cs))] if cc else []) + [
            ("From", haddr(frm, cs)), ("Subject", htext(subject, cs))] + thread
    elif client == "coremail":
        cs = cs or "GBK"
        hb = html_body if html_body is not None else text_to_html(text)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"),
                                     leaf("text/html", '<div style="line-height:1.7;color:#000000;font-size:14px;'
                                          'font-family:Arial">%s</div>' % hb, cs, "base64")],
                     "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 8), 16), int(t.timestamp() * 1000)))
        if attachments:
            body = multi("mixed", [body] + list(attachments), "----=_Part_%d_%d.%d" % (int(hx(seed, 5), 16), int(hx(seed + "q", 8), 16), int(t.timestamp() * 1000) + 1))
        hdrs = [("Date", t.strftime("%a, %-d %b %Y %H:%M:%S +0800 (CST)")), ("From", haddr(frm, cs, quote=True)),
                ("To", haddrs(to, cs, quote=True))] + ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + [
            ("Subject", htext(subject, cs))] + thread + [
            ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
            ("X-Coremail-Locale", "zh_CN"), ("MIME-Version", "1.0"),
            ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 6), hx(seed, 10)[6:], hx(seed + "c", 8), dom)),
            ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    else:
        raise ValueError(client)
    hdrs += list(extra)
    rcv = [("Return-Path", "<%s>" % frm[1]),
           ("Received", "from %s (unknown [10.%d.%d.%d])\n\tby mx.%s (Postfix) with ESMTPS id 4%s\n\t; %s"
            % ("mail." + dom, int(hx(seed, 2), 16) % 200, int(hx(seed, 4)[2:], 16) % 200, 20 + int(hx(seed, 6)[4:], 16) % 200,
               dom, hx(seed, 10).upper(), rfc_date((t + dt.timedelta(seconds=4)).astimezone(TZ8))))]
    return envelope(rcv + hdrs, body)

def docx(paragraphs):
    """A minimal but valid .docx (WordprocessingML) with the given paragraphs; rows given as lists become a table."""
    def run(t): return '<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
                "<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % run(c) for c in r) + "</w:tr>"
                for r in p) + "</w:tbl>")
        else:
            body.append(run(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
              'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
              'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
              'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
             ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
             ("word/document.xml", doc)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files:
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), c)
    return buf.getvalue()

def attachment(filename, data, ctype, label="utf-8", style="rfc2047"):
    m = Message()
    w = "".join(encoded_words(filename, label, "B", limit=200)) if not filename.isascii() else filename
    m["Content-Type"] = '%s; name="%s"' % (ctype, w)
    m["Content-Disposition"] = 'attachment; filename="%s"' % w
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m

# ------------------------------------------------------------------ organisations and people
SB, SK, HX, DX = "sbgear.example.cn", "suikang-med.example.cn", "hxslj.example.cn", "dingxin-ems.example.com"
BOTS = {SB: ("纪要助手", "jiyao@" + SB), SK: ("会议跟进助手", "followup@" + SK), HX: ("督办助手", "duban@" + HX),
        DX: ("Action Tracker", "ai-tracker@" + DX)}
ROSTER = [
    # 沈北传动装备有限公司 (Shenyang, gearboxes)
    ("韩志刚", "hanzhigang", SB, "设备科", None, "韩科;韩科长;老韩"),
    ("于海洋", "yuhaiyang", SB, "设备科", "hanzhigang", "于工;小于"),
    ("曲文博", "quwenbo", SB, "设备科", "hanzhigang", "曲工;文博"),
    ("佟立新", "tonglixin", SB, "二车间", None, "佟主任;老佟"),
    ("关雪松", "guanxuesong", SB, "二车间", "tonglixin", "关班长;老关"),
    ("孟凡宇", "mengfanyu", SB, "生产部", None, "孟调度;孟部长"),
    ("白露", "bailu", SB, "精益办", None, "白主管;Lulu"),
    ("付春雷", "fuchunlei", SB, "质量部", None, "付部长"),
    ("贾明哲", "jiamingzhe", SB, "质量部", "fuchunlei", "贾工;小贾"),
    # 穗康医疗集团 (Guangzhou private hospitals)
    ("梁嘉欣", "kayla.liang", SK, "品牌市场部", None, "Kayla;欣姐;Kayla Leung"),
    ("麦子豪", "howard.mai", SK, "品牌市场部", "kayla.liang", "阿豪;豪仔;Howard"),
    ("冯绮雯", "vivian.feng", SK, "品牌市场部", "kayla.liang", "阿雯;Vivian"),
    ("区美玲", "meiling.ou", SK, "患者服务中心", None, "玲姐;区主任;Meiling"),
    ("黎伟强", "weiqiang.li", SK, "患者服务中心", "meiling.ou", "强哥;阿强"),
    ("苏志明", "zhiming.su", SK, "医务部", None, "苏主任;苏医生"),
    # 河西水利建设管理局 项目办 (Lanzhou)
    ("鲁振华", "luzhenhua", HX, "项目办", None, "鲁主任"),
    ("蒲小军", "puxiaojun", HX, "项目办", "luzhenhua", "蒲工;小蒲"),
    ("马国栋", "maguodong", HX, "建设管理处", None, "马处;马处长"),
    ("杨晓东", "yangxiaodong", HX, "规划计划处", None, "杨处;杨处长"),
    ("陈建平", "chenjianping", HX, "防汛抗旱处", None, "陈处;陈处长"),
    ("祁海燕", "qihaiyan", HX, "防汛抗旱处", "chenjianping", "祁科长;海燕"),
    ("魏红", "weihong", HX, "办公室", None, "魏主任"),
    ("达娃", "dawa", HX, "建设管理处", "maguodong", "达工"),
    # 昆山鼎鑫電子 (Kunshan, Taiwanese EMS)
    ("林志宏", "jason.lin", DX, "总经理室", None, "林總;林总;Jason;Jason Lin"),
    ("陳怡君", "eva.chen", DX, "品保部", None, "陈怡君;陳協理;陈协理;Eva;Eva Chen"),
    ("周磊", "leo.zhou", DX, "工程部", None, "周经理;周經理;Leo;Leo Zhou"),
    ("邵明", "sam.shao", DX, "工程部", "leo.zhou", "邵工;Sam;Sam Shao;sam.shao"),
    ("蒋婷", "tina.jiang", DX, "品保部", "eva.chen", "蔣婷;Tina;Tina Jiang"),
    ("胡一凡", "ivan.hu", DX, "信息部", None, "Ivan;Ivan Hu;小胡"),
    ("钱小芸", "yvonne.qian", DX, "采购部", None, "钱经理;錢小芸;錢經理;Yvonne;Yvonne Qian"),
    ("王俊杰", "jerry.wang", DX, "生产部", None, "王課長;王课长;Jerry;Jerry Wang"),
]
P = {}
for name, local, dom, dep, mgr, al in ROSTER:
    P[name] = {"name": name, "email": "%s@%s" % (local, dom), "department": dep,
               "manager_email": ("%s@%s" % (mgr, dom)) if mgr else "", "aliases": al}
EXT = {  # people not in the roster (resolved from To/Cc display names only)
    "邹德胜": "zoudesheng@" + SB, "戴秀芬": "daixiufen@" + SB,
    "Cherry Wong": "cherry@hkbloom-agency.example.com", "卢颖诗": "winnie.lu@" + SK,
    "Mike Kowalski": "mike.kowalski@verdant-audio.example.com", "Priya Natarajan": "priya.n@verdant-audio.example.com",
    "張家豪": "chiahao.chang@" + DX, "冉涛": "rantao@" + HX,
}

def pp(name):
    if name in P: return (name, P[name]["email"])
    if name in EXT: return (name, EXT[name])
    raise KeyError(name)

def A(*names): return [pp(n) if isinstance(n, str) else n for n in names]

def item(owner, task, due_date=None, time=None, flags=(), department=None, email=None):
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": due_date, "due_time": time, "flags": list(flags)}

def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}

def fu(date, time=None): return {"date": date, "time": time}
def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

CASES = []
def case(slug, kind, readme):
    def deco(fn):
        CASES.append((slug, kind, readme, fn)); return fn
    return deco

# ================================================================== 沈北传动 (Shenyang)
@case("4801-sb-shift-handover-makeup-sunday", "minutes",
      "Foxmail GBK 班组交接班记录 sent on the 2025-01-26 make-up Sunday: done work is reported (not items); 今天下班前; 节前 = last working day before Spring Festival; next-shift duty without a person (no_owner)")
def c4801():
    t = ts("2025-01-26 07:52:10"); sent = t.date()
    text = """二车间 滚齿/磨齿工段 交接班记录
日期：2025.1.26（周日，调休上班）  夜班→白班
交班：关雪松   接班：邹德胜

一、本班生产
  滚齿 JG-450 齿轮轴 完成 46 件，磨齿 28 件，合格率 100%。
  2#行车钢丝绳已更换完毕，试吊正常。（设备科曲工夜里来弄的，辛苦）

二、设备状况
  3#滚齿机液压站又开始渗油，接油盘半夜倒了一次。
  磨齿机砂轮库存只剩2片，按现在的量撑不过一周。

三、需要跟进
  1. 3#滚齿机液压站渗油 —— 请于工今天下班前处理，处理不了要提前说，白班好调机床。
  2. 砂轮（WA60KV 400×40）请小于联系采购催货，节前必须到厂，放假期间热处理不停。
  3. 热处理炉2#温控曲线夜里有两次超上限，白班继续观察并记录，有异常马上报质量部。

四、安全
  无事故。叉车通道有油污已清理。

关雪松
"""
    g = gold("minutes", "Shift handover from 班组长 关雪松, Foxmail GBK. Sent Sun 2025-01-26, a make-up working day "
             "(春节调休). '2#行车钢丝绳已更换完毕' is work done, not an item. Item 1: 于工 = 于海洋 (roster alias), "
             "'今天下班前' = send date 2025-01-26, no time. Item 2: 小于 = 于海洋 again; '节前' = last working day before "
             "the Spring Festival block (2025-01-28..02-04) = Mon 2025-01-27. Item 3 is addressed to '白班' (the next "
             "shift, no person) with no date: owner null, no_owner + no_due. The 接班 person 邹德胜 is not named for item 3, "
             "so a careful assistant would not guess him.",
             [item("于海洋", "处理3#滚齿机液压站渗油", due("2025-01-26", sent, "今天下班前")),
              item("于海洋", "联系采购催砂轮（WA60KV 400×40）到货", due("2025-01-27", last_workday_before_holiday(sent), "节前")),
              item(None, "继续观察并记录热处理炉2#温控曲线，异常报质量部", flags=["no_owner", "no_due"])])
    return mail("foxmail", pp("关雪松"), A("佟立新", "于海洋"), A("邹德胜", BOTS[SB]), "交接班记录 1月26日 夜班→白班",
                t, text), g


@case("4802-sb-dispatch-meeting-national-day", "minutes",
      "Outlook gb2312 formal 生产调度会纪要 with an HTML table (序号/事项/责任部门/责任人/完成时间/备注) on the 2025-09-28 make-up Sunday: 3个工作日内 across the 8-day National Day, 节后第一个工作日, 国庆前, dept-only row; next meeting after the holiday as a sentence")
def c4802():
    t = ts("2025-09-28 16:40:05"); sent = t.date()
    rows = [["序号", "事项", "责任部门", "责任人", "完成时间", "备注"],
            ["1", "JG-450风电齿轮箱10台节前装配入库", "二车间", "佟立新", "9月30日", "缺件清单已发采购"],
            ["2", "5#立车主轴异响检修，出具检修报告", "设备科", "曲文博", "3个工作日内", "节日期间不安排生产"],
            ["3", "节日期间值班表报生产部", "各车间", "", "9月29日前", ""],
            ["4", "10月份生产计划（含出口订单）下发", "生产部", "孟凡宇", "节后第一个工作日", ""],
            ["5", "热处理外协质量问题8D回复", "质量部", "贾明哲", "10月15日前", "外协厂已承认"]]
    tbl = "\n".join("\t".join(r) for r in rows)
    text = """生产调度会纪要

会议时间：2025年9月28日（星期日）14:00-15:30
会议地点：办公楼三楼调度室
主持：孟凡宇
参加：佟立新、韩志刚、曲文博、付春雷、贾明哲、白露及各车间调度
记录：戴秀芬

一、9月份生产完成情况
9月累计完成齿轮箱总装 86 台，完成月计划 94%%。风电箱体加工仍是瓶颈。

二、会议决定
1. 国庆放假10月1日至8日，9月30日下午16:00全厂停机断电检查。
2. 节日期间热处理连续炉不停炉，由设备科安排值守。

三、工作安排
%s

下一次调度会放在节后第一个工作日上午8:30，地点不变，各单位主要负责人参加。

生产部
2025年9月28日
""" % tbl
    g = gold("minutes", "Formal 生产调度会纪要 sent on Sun 2025-09-28, a make-up working day, just before the 8-day "
             "National Day (10-01..10-08; make-up 09-28 and 10-11). Decisions (放假/停机/不停炉) are not items. Row 2 "
             "'3个工作日内' counts 09-29, 09-30, then 10-09 (first working day after the holiday) = 2025-10-09. Row 3 is "
             "owned by '各车间' with no person: no_owner, department null (not one roster department). Row 4 "
             "'节后第一个工作日' = 2025-10-09. Row 1 '9月30日' = 2025-09-30. Next meeting sentence '节后第一个工作日"
             "上午8:30' -> 2025-10-09 08:30. The plain part is tab-separated, the HTML part a table.",
             [item("佟立新", "JG-450风电齿轮箱10台节前装配入库", due("2025-09-30", D(2025, 9, 30))),
              item("曲文博", "5#立车主轴异响检修，出具检修报告", due("2025-10-09", add_workdays(sent, 3), "3个工作日内")),
              item(None, "节日期间值班表报生产部", due("2025-09-29", D(2025, 9, 29)), flags=["no_owner"]),
              item("孟凡宇", "10月份生产计划（含出口订单）下发", due("2025-10-09", first_workday_after_holiday(sent), "节后第一个工作日")),
              item("贾明哲", "热处理外协质量问题8D回复", due("2025-10-15", D(2025, 10, 15)))],
             fu(due("2025-10-09", first_workday_after_holiday(sent)), "08:30"))
    return mail("outlook", ("戴秀芬", EXT["戴秀芬"]), A("佟立新", "韩志刚", "曲文博", "付春雷", "贾明哲", "白露", "孟凡宇"),
                A(BOTS[SB]), "生产调度会纪要（9月28日）", t, text), g


@case("4803-sb-6s-audit-person-headings", "minutes",
      "精益办 6S 检查 minutes grouped under person headings (【佟主任】/【关班长】/【设备科 于工】), DingTalk/Alimail UTF-8, sent on the 2026-05-09 make-up Saturday: 下周三, 5月15日前, 月底; findings are not items")
def c4803():
    t = ts("2026-05-09 11:18:44"); sent = t.date()
    text = """各位：
今天上午6S联合检查（二车间、热处理、设备库房），问题照片已传钉盘「6S/2026-05」。按人整理如下，请各自认领。

【佟主任】
· 二车间东侧通道划线磨损严重，重新划线，下周三前完成。
· 工位器具定置图更新后张贴到每个班组看板。5月15日前

【关班长】
· 滚齿工段工具柜形迹管理缺 7 处，补齐形迹板
  —— 月底前
· 班前会记录本连续3天没填（这条已经当场说了，不用回复）

【设备科 于工】
· 设备库房备件无标识，按ABC分类贴标签，5月15日前完成
· 空压站点检表挂在外面淋雨了，换透明防护盒（本周内吧，不急）

本次检查得分：二车间 82分，热处理 76分，设备库房 71分。下次复查时间另行通知。

白露
精益改善办公室
"""
    g = gold("minutes", "6S audit from 白露 grouped by person headings: every bullet under a heading belongs to that "
             "person (佟主任 = 佟立新, 关班长 = 关雪松, 设备科 于工 = 于海洋). Sent Sat 2026-05-09 (make-up working day "
             "for May Day). '下周三前' = Wed of the following week = 2026-05-13. '5月15日前' = 2026-05-15. '月底前' = "
             "2026-05-31. '班前会记录本…(这条已经当场说了，不用回复)' is a remark already dealt with on the spot: not "
             "recorded (ambiguous; a careful assistant leaves it out). '本周内吧' said on the Saturday: this week ends "
             "Sunday 2026-05-10; treated as 2026-05-10 (本周内 = end of this week). Scores are facts; '下次复查时间另行"
             "通知' -> no follow-up.",
             [item("佟立新", "二车间东侧通道重新划线", due("2026-05-13", nwk(sent, 2), "下周三")),
              item("佟立新", "更新工位器具定置图并张贴到每个班组看板", due("2026-05-15", D(2026, 5, 15))),
              item("关雪松", "补齐滚齿工段工具柜形迹板（缺7处）", due("2026-05-31", month_end(sent), "月底前")),
              item("于海洋", "设备库房备件按ABC分类贴标签", due("2026-05-15", D(2026, 5, 15))),
              item("于海洋", "空压站点检表换透明防护盒", due("2026-05-10", wk(sent, 6), "本周内"))])
    return mail("alimail", pp("白露"), A("佟立新", "关雪松", "于海洋"), A("韩志刚", BOTS[SB]),
                "【6S检查】5月9日联合检查问题清单", t, text), g


@case("4804-sb-tpm-lead-assist-cell-spring-festival", "minutes",
      "设备科 TPM meeting, Outlook gb2312 HTML table where one cell holds 主责/配合 (owner = 主责) and one cell holds ①② sub-tasks with their own dates; sent 2026-02-13 before Spring Festival with the 02-14 make-up Saturday: 2个工作日内, 节后第一个工作日, '2月14日（周六）'")
def c4804():
    t = ts("2026-02-13 17:26:31"); sent = t.date()
    rows = [["序号", "设备/问题", "措施", "主责/配合", "时间节点"],
            ["1", "3#滚齿机液压站", "更换主泵密封及油管接头", "于海洋（主）\n关雪松（配合）", "2个工作日内"],
            ["2", "热处理连续炉", "①放假前降温保温方案报设备科\n②节日期间每日两次巡检记录", "曲文博（主）/ 二车间值班（配合）", "①2月14日（周六）\n②假期内每日"],
            ["3", "5#立车", "主轴轴承备件询价", "采购部 牵头，设备科协办", "节后第一个工作日"],
            ["4", "全厂", "春节停机前设备断电确认表签字", "韩志刚", "已完成"]]
    tbl = "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)
    text = "设备科TPM周例会（2月13日）\n\n参加：韩志刚、于海洋、曲文博、关雪松\n\n%s\n\n节后第一次例会时间另定。\n\n设备科 韩志刚\n" % tbl
    htm = ('<p>设备科TPM周例会（2月13日）</p><p>参加：韩志刚、于海洋、曲文博、关雪松</p><table border="1" cellspacing="0" '
           'cellpadding="4" style="border-collapse:collapse">' + "".join(
               "<tr>" + "".join("<td>%s</td>" % esc(c).replace("\n", "<br>") for c in r) + "</tr>" for r in rows) +
           '</table><p>节后第一次例会时间另定。</p><p>设备科 韩志刚</p>')
    g = gold("minutes", "Sent Fri 2026-02-13 17:26; Spring Festival 2026-02-15..02-23, make-up Saturdays 02-14 and 02-28. "
             "Row 1: 主责 于海洋 owns it; '2个工作日内' counts 02-14 (make-up Sat) and then 02-24 = 2026-02-24. Row 2 has "
             "two sub-tasks ①② in one cell with their own dates: ① '2月14日（周六）' = 2026-02-14 (曲文博 主责); ② '假期内"
             "每日' is a recurring duty with no deadline: recorded as an item of 曲文博 with no_due (a careful assistant "
             "keeps it, it is a named duty). Row 3: '采购部 牵头' -> department-only, no_owner, department null (采购部 "
             "is not a roster department of this company); '节后第一个工作日' = 2026-02-24. Row 4 is 已完成 -> not an "
             "item. '时间另定' -> no follow-up.",
             [item("于海洋", "3#滚齿机液压站更换主泵密封及油管接头", due("2026-02-24", add_workdays(sent, 2), "2个工作日内")),
              item("曲文博", "热处理连续炉放假前降温保温方案报设备科", due("2026-02-14", D(2026, 2, 14))),
              item("曲文博", "热处理连续炉节日期间每日两次巡检记录", flags=["no_due"]),
              item(None, "5#立车主轴轴承备件询价", due("2026-02-24", first_workday_after_holiday(sent), "节后第一个工作日"), flags=["no_owner"])])
    return mail("outlook", pp("韩志刚"), A("于海洋", "曲文博", "关雪松"), A(BOTS[SB]), "设备科TPM周例会纪要 2.13", t, text, htm), g


@case("4805-sb-new-minutes-in-old-re-thread", "minutes",
      "New 调度会 minutes typed on top of an Outlook 'RE:' of last meeting's minutes (In-Reply-To/References); the quoted old minutes' items must not be extracted; sent on the 2026-10-10 make-up Saturday: 10月16日（周五）前, 下周一上午10点前, 2个工作日内")
def c4805():
    t = ts("2026-10-10 15:05:12"); sent = t.date()
    old = """生产调度会纪要（9月22日）
一、风电箱体加工瓶颈：曲文博9月24日前完成4#镗床精度恢复。
二、国庆期间值班安排：各车间9月23日前报生产部。
三、出口订单包装：关雪松国庆前完成木箱熏蒸证明收集。
下次调度会：节后上班第一周周六。"""
    text = """各位，今天调度会要点接着这个邮件发，方便对照上次的。

10月10日调度会（调休上班）
1、国庆前遗留：4#镗床精度已恢复，验收合格（关闭）。
2、风电箱体上周交付延误2台，原因是外协热处理返工。
   → 曲文博10月16日（周五）前拿出4#、6#镗床双班运行的人员和保养方案。
3、孟调度下周一上午10点前把10月滚动计划更新版发各车间。
4、二车间在2个工作日内把延误2台的补产计划报生产部（佟主任负责）。
5、明天（周日）正常休息，不加班。

孟凡宇

发件人: 孟凡宇 <mengfanyu@sbgear.example.cn>
发送时间: 2026年9月22日 16:12
收件人: 佟立新 <tonglixin@sbgear.example.cn>; 曲文博 <quwenbo@sbgear.example.cn>; 关雪松 <guanxuesong@sbgear.example.cn>
抄送: 纪要助手 <jiyao@sbgear.example.cn>
主题: 生产调度会纪要（9月22日）

""" + old + "\n"
    g = gold("minutes", "New minutes written above an Outlook quote of the 09-22 minutes (same thread, RE:). Only the "
             "new part counts: the quoted 曲文博/各车间/关雪松 items of 09-22 are not items of this mail, nor is the "
             "quoted '下次调度会' line. Line 1 is closed (关闭) -> status, not an item. Line 5 is a decision. Sent Sat "
             "2026-10-10 (make-up working day after National Day). '10月16日（周五）前' = 2026-10-16. '下周一上午10点前' "
             "= 2026-10-12 10:00 (孟调度 = 孟凡宇). '2个工作日内' from 10-10: 10-12, 10-13 = 2026-10-13; owner in "
             "brackets '佟主任负责' = 佟立新 (二车间 is his department). No next meeting in the new part.",
             [item("曲文博", "拿出4#、6#镗床双班运行的人员和保养方案", due("2026-10-16", D(2026, 10, 16))),
              item("孟凡宇", "10月滚动计划更新版发各车间", due("2026-10-12", nwk(sent, 0), "下周一"), "10:00"),
              item("佟立新", "延误2台风电箱体的补产计划报生产部", due("2026-10-13", add_workdays(sent, 2), "2个工作日内"))])
    irt = "<000001dc7a1e$5d02b1c0$1708153c$@sbgear.example.cn>"
    return mail("outlook", pp("孟凡宇"), A("佟立新", "曲文博", "关雪松"), A(BOTS[SB]), "RE: 生产调度会纪要（9月22日）", t, text,
                irt=irt, refs=[irt]), g


@case("4806-sb-director-oneliner-iphone", "minutes",
      "Two-sentence minutes from a 车间主任 on his iPhone (2027): 周四前, 明早9点前, next meeting '下周一同一时间' where the time is the 早会 time stated in the first clause")
def c4806():
    t = ts("2027-03-16 08:12:40"); sent = t.date()
    text = "早会（7:40）定了：曲工周四前把5号线跑合台扭矩传感器标定完，关班长明早9点前报夜班缺员名单。下周一同一时间再碰。\n\n发自我的iPhone\n"
    g = gold("minutes", "Busy manager's one-line minutes (iPhone, QP UTF-8), sent Tue 2027-03-16. No working-day arithmetic "
             "needed (2027). 曲工 = 曲文博 (alias), '周四前' = 2027-03-18. 关班长 = 关雪松, '明早9点前' = 2027-03-17 09:00. "
             "'下周一同一时间' = Monday of next week at the same time as this 早会 (7:40) = 2027-03-22 07:40.",
             [item("曲文博", "5号线跑合台扭矩传感器标定", due("2027-03-18", wk(sent, 3), "周四前")),
              item("关雪松", "报夜班缺员名单", due("2027-03-17", sent + dt.timedelta(days=1), "明早"), "09:00")],
             fu(due("2027-03-22", nwk(sent, 0), "下周一"), "07:40"))
    return mail("iphone", pp("佟立新"), A("曲文博", "关雪松"), A(BOTS[SB]), "早会", t, text), g


@case("4807-sb-quality-meeting-yishi-erhsi-new-year", "minutes",
      "SOE-style 质量专题会 纪要 in prose '一是…二是…三是…' with 责任部门/责任人 in brackets; sent Mon 2025-12-29 before New Year 2026 (01-01..03, make-up Sun 01-04): 3个工作日内 lands on the make-up Sunday, 元旦后第一个工作日, 年底前")
def c4807():
    t = ts("2025-12-29 18:02:17"); sent = t.date()
    text = """质量专题会会议纪要
〔2025〕第12期

2025年12月29日下午，付春雷部长主持召开四季度质量专题会，质量部、二车间、设备科、生产部有关人员参加。会议通报了风电齿轮箱客户投诉（齿面点蚀）调查进展，研究了下一步整改工作。现纪要如下：

会议认为，本次投诉暴露出磨齿工序过程控制不到位、首件检验流于形式等问题，各单位要高度重视，举一反三。

会议要求：一是质量部牵头完成8D报告D4根本原因分析，3个工作日内报公司（责任人：贾明哲）；二是二车间对在制的12台同批次齿轮箱全部复检齿面硬度和粗糙度，年底前出具复检记录（责任人：佟立新）；三是设备科对磨齿机砂轮修整器进行精度检定，元旦后第一个工作日报检定结果（责任人：曲文博）；四是各车间要加强首件“三检”制度执行，质量部不定期抽查。

出席：付春雷、贾明哲、佟立新、关雪松、曲文博、孟凡宇
记录：贾明哲

质量部
2025年12月29日
"""
    g = gold("minutes", "Formal prose minutes; items are the 一是/二是/三是 clauses with 责任人 in brackets. 四是 is a standing "
             "rule (加强…制度执行，不定期抽查) -> not an item. Sent Mon 2025-12-29; New Year holiday 2026-01-01..01-03 "
             "with make-up working day Sun 2026-01-04. 一是 '3个工作日内' = 12-30, 12-31, 01-04 -> 2026-01-04. 二是 "
             "'年底前' = 2025-12-31. 三是 '元旦后第一个工作日' = 2026-01-04 (the make-up Sunday). No next meeting.",
             [item("贾明哲", "完成8D报告D4根本原因分析报公司", due("2026-01-04", add_workdays(sent, 3), "3个工作日内")),
              item("佟立新", "在制12台同批次齿轮箱复检齿面硬度和粗糙度，出具复检记录", due("2025-12-31", D(2025, 12, 31))),
              item("曲文博", "磨齿机砂轮修整器精度检定，报检定结果", due("2026-01-04", first_workday_after_holiday(sent), "元旦后第一个工作日"))])
    return mail("coremail", pp("贾明哲"), A("付春雷", "佟立新", "关雪松", "曲文博", "孟凡宇"), A(BOTS[SB]),
                "质量专题会会议纪要〔2025〕第12期", t, text), g


@case("4808-sb-dingtalk-ai-minutes-todo-only", "minutes",
      "DingTalk 智能纪要 mail: 摘要, timestamped 发言 transcript and 章节 with dates (not items), a 待办 section with '@name 日期' lines that are the only items, '内容由AI生成' footer; sent 2026-06-18 before Dragon Boat (06-19..21): 节后, 6月24日")
def c4808():
    t = ts("2026-06-18 16:31:02"); sent = t.date()
    text = """【钉钉智能纪要】设备科 端午节前安全检查布置会
会议时间：2026-06-18 15:00 - 15:42 | 时长 42分钟
参会人：韩志刚、于海洋、曲文博、关雪松

■ 会议摘要
会议主要围绕端午节前设备安全检查展开。韩志刚强调节前必须完成行车、压力容器、空压站三项专项检查；于海洋汇报了行车年检资料准备情况，预计月底前全部完成；曲文博提出热处理炉需要在节日期间安排值守。

■ 章节速览
00:01 节前安全检查范围
  韩志刚说明本次检查覆盖全部起重设备和压力容器，要求明天前完成自查。
08:35 行车年检资料
  于海洋：特检院6月24日来现场，资料还差3台行车的载荷试验记录。
21:10 热处理炉值守
  曲文博建议节日期间每天两班巡检，关雪松同意从二车间抽人。

■ 待办事项
☐ @于海洋 6月24日前补齐3台行车载荷试验记录，迎接特检院检验
☐ @曲文博 今天下班前排出端午节期间热处理炉值守表
☐ @关雪松 节后第一天把二车间压力容器自查表交设备科

以上内容由AI生成，仅供参考
来自钉钉智能会议纪要 · 查看完整纪要
"""
    g = gold("minutes", "DingTalk AI meeting summary. Only the 待办事项 section holds items; the 摘要 and timestamped 章节 "
             "mention 月底前 / 明天前 / 6月24日 but are summaries, not assignments. Sent Thu 2026-06-18; Dragon Boat "
             "holiday 2026-06-19..06-21. '6月24日前' = 2026-06-24; '今天下班前' = 2026-06-18; '节后第一天' = first "
             "working day after the holiday = Mon 2026-06-22. The '内容由AI生成' footer is boilerplate.",
             [item("于海洋", "补齐3台行车载荷试验记录，迎接特检院检验", due("2026-06-24", D(2026, 6, 24))),
              item("曲文博", "排出端午节期间热处理炉值守表", due("2026-06-18", sent, "今天下班前")),
              item("关雪松", "二车间压力容器自查表交设备科", due("2026-06-22", first_workday_after_holiday(sent), "节后第一天"))])
    return mail("alimail", pp("韩志刚"), A("于海洋", "曲文博", "关雪松"), A(BOTS[SB]),
                "转发智能纪要：设备科 端午节前安全检查布置会", t, text), g

# ================================================================== 穗康医疗 (Guangzhou)
@case("4809-sk-xhs-weekly-cantonese", "minutes",
      "新媒体周会 notes with Cantonese wording (听日, 礼拜五, 下个礼拜二, 搞掂, 阿豪/阿雯 nicknames), Exmail gb18030: owners by nickname aliases, a '搞掂咗' done line, Xiaohongshu/Douyin items")
def c4809():
    t = ts("2025-03-12 19:47:26"); sent = t.date()
    text = """今日新媒体周会记录（3/12）

上周：
- 小红书「口腔种植科普」系列第3篇已发，阅读1.2w，搞掂咗
- 抖音账号蓝V认证资料仲未批，等平台

今周要跟进：
1）阿豪：听日交小红书「妇科体检套餐」3篇笔记初稿俾Kayla睇
2）阿雯：礼拜五前同医务部确认抖音科普视频嘅医生出镜名单，记得要苏主任签字
3）阿豪 + 外包：下个礼拜二之前出4月份达人合作报价（预算上限8万）
4）Kayla：跟进蓝V认证，有消息喺群度讲

唔该大家～
Vivian
"""
    g = gold("minutes", "Cantonese-flavoured team notes by 冯绮雯 (Vivian). Sent Wed 2025-03-12 19:47. 上周 lines are status "
             "(搞掂咗 = done; 仲未批 = pending with the platform) -> not items. 1) 阿豪 = 麦子豪; '听日' = tomorrow = "
             "2025-03-13. 2) 阿雯 = 冯绮雯; '礼拜五前' = this Friday 2025-03-14. 3) '阿豪 + 外包' -> owner 麦子豪 (the "
             "agency is a helper); '下个礼拜二之前' = 下周二 = 2025-03-18. 4) Kayla = 梁嘉欣, no date -> no_due.",
             [item("麦子豪", "交小红书「妇科体检套餐」3篇笔记初稿", due("2025-03-13", sent + dt.timedelta(days=1), "听日")),
              item("冯绮雯", "同医务部确认抖音科普视频医生出镜名单（苏主任签字）", due("2025-03-14", wk(sent, 4), "礼拜五前")),
              item("麦子豪", "出4月份达人合作报价（预算上限8万）", due("2025-03-18", nwk(sent, 1), "下个礼拜二")),
              item("梁嘉欣", "跟进抖音蓝V认证", flags=["no_due"])])
    return mail("exmail", pp("冯绮雯"), A("梁嘉欣", "麦子豪"), A(BOTS[SK]), "新媒体周会 3/12", t, text), g


@case("4810-sk-complaint-table-odd-columns", "minutes",
      "投诉处理周会 Outlook gb2312 table whose columns run 状态|优先级|投诉事项|备注|完成时限|跟进人: 已结案 rows are status; 10月15日（周三）17:00, 3个工作日内 from the 2025-10-11 make-up Saturday, 尽快 (vague)")
def c4810():
    t = ts("2025-10-11 12:20:09"); sent = t.date()
    rows = [["状态", "优先级", "投诉事项", "备注", "完成时限", "跟进人"],
            ["已结案", "中", "天河院区停车收费投诉（患者王女士）", "已退款并致歉", "—", "黎伟强"],
            ["处理中", "高", "番禺院区产科VIP病房空调噪音，家属投诉到12345", "工程部已到场", "10月15日（周三）17:00", "黎伟强"],
            ["处理中", "高", "体检报告延迟出具（国庆期间3例）", "需医务部出书面说明", "3个工作日内", "苏志明"],
            ["待处理", "中", "大众点评差评回复（2条，涉及导诊态度）", "回复口径先给玲姐看", "尽快", "卢颖诗"],
            ["待处理", "低", "投诉台账模板改版", "", "10月底", "区美玲"]]
    text = "患者服务中心 投诉处理周会（10/11 调休上班）\n\n" + "\n".join("\t".join(r) for r in rows) + \
        "\n\n备注：12345工单必须在回访期内闭环，逾期扣分。\n\n区美玲\n"
    g = gold("minutes", "Complaint tracking table with columns in an unusual order (状态 first, 跟进人 last). Row 1 "
             "已结案 -> not an item. Sent Sat 2025-10-11, a make-up working day. Row 2 '10月15日（周三）17:00' -> "
             "2025-10-15 17:00. Row 3 '3个工作日内' = 10-13, 10-14, 10-15 -> 2025-10-15, owner 苏志明 (医务部). Row 4 "
             "'尽快' -> vague_due, owner 卢颖诗 is not in the roster: resolved from the Cc display name, department null. "
             "Row 5 '10月底' = 2025-10-31. The 备注 line is a rule.",
             [item("黎伟强", "番禺院区产科VIP病房空调噪音投诉处理（12345工单）", due("2025-10-15", D(2025, 10, 15)), "17:00"),
              item("苏志明", "体检报告延迟出具（国庆期间3例）出书面说明", due("2025-10-15", add_workdays(sent, 3), "3个工作日内")),
              item("卢颖诗", "大众点评差评回复（2条，涉及导诊态度）", flags=["vague_due"]),
              item("区美玲", "投诉台账模板改版", due("2025-10-31", month_end(sent), "10月底"))])
    return mail("outlook", pp("区美玲"), A("黎伟强", "苏志明"), A("卢颖诗", BOTS[SK]), "投诉处理周会纪要 10.11", t, text), g


@case("4811-sk-feishu-markdown-douyin-live", "minutes",
      "Feishu-doc export pasted as Markdown (headings, '- [ ]' / '- [x]' with @handles, a pipe table of the live-stream schedule that is not a task list), first working day after Spring Festival 2026; 3月1日前, 本周五 EOD, 下周一")
def c4811():
    t = ts("2026-02-24 10:05:55"); sent = t.date()
    text = """# 3月「女神节」抖音直播复盘&筹备会

> 2026-02-24 · 品牌市场部 · 记录人 @冯绮雯

## 背景
- 春节档直播 GMV 31.6万，核销率 58%，低于目标（70%）

## 直播排期（已定）
| 日期 | 主题 | 主播 |
|---|---|---|
| 3/6 | 女性体检套餐 | 机构号主播 |
| 3/8 | HPV疫苗预约 | 苏主任出镜 |

## Todo
- [x] @梁嘉欣 确认3月直播预算（已批）
- [ ] @麦子豪 3月1日前提交两场直播脚本+话术
- [ ] @冯绮雯 本周五 EOD 前整理春节档核销不足的原因分析
- [ ] @区美玲 下周一给出直播间客服承接排班（需3人）
- [ ] 投流素材 —— 谁来做还没定

## 下次会议
3月2日（周一）下午两点半，同一个会议室
"""
    g = gold("minutes", "Markdown export from a Feishu doc. Sent Tue 2026-02-24 (first working day after Spring Festival "
             "2026-02-15..02-23). The pipe table is a decided schedule, not tasks. '- [x]' is done -> not an item. "
             "'3月1日前' = 2026-03-01 (a Sunday; kept as written). '本周五 EOD 前' = 2026-02-27 (no clock time: EOD gives "
             "the date only). '下周一' = 2026-03-02. '投流素材 —— 谁来做还没定': no owner, no date -> no_owner + "
             "no_due. Next meeting '3月2日（周一）下午两点半' under a heading -> 2026-03-02 14:30.",
             [item("麦子豪", "提交两场直播脚本+话术", due("2026-03-01", D(2026, 3, 1))),
              item("冯绮雯", "整理春节档核销不足的原因分析", due("2026-02-27", wk(sent, 4), "本周五")),
              item("区美玲", "给出直播间客服承接排班（需3人）", due("2026-03-02", nwk(sent, 0), "下周一")),
              item(None, "投流素材", flags=["no_owner", "no_due"])],
             fu("2026-03-02", "14:30"))
    return mail("feishu", pp("冯绮雯"), A("梁嘉欣", "麦子豪", "区美玲"), A("苏志明", BOTS[SK]),
                "3月女神节抖音直播复盘&筹备会 会议记录", t, text), g


@case("4812-sk-forwarded-minutes-with-preface", "minutes",
      "Outlook '转发:' of 医务部 minutes with the forwarder's own preface that adds a deadline change for one item; sent Tue 2025-06-03 after Dragon Boat: items are below the 发件人/发送时间 block; the preface's change wins")
def c4812():
    t = ts("2025-06-03 09:14:33"); sent = t.date()
    text = """@纪要助手 帮手跟进下面几项。
补充：第3项苏主任会上同意放宽，改为6月13日前交，以这个为准。
——玲姐

发件人: 苏志明 <zhiming.su@suikang-med.example.cn>
发送时间: 2025年5月30日 17:48
收件人: 区美玲 <meiling.ou@suikang-med.example.cn>; 黎伟强 <weiqiang.li@suikang-med.example.cn>; 梁嘉欣 <kayla.liang@suikang-med.example.cn>
主题: 医患沟通专项会 会议纪要

医患沟通专项会 会议纪要（5月30日）
参会：苏志明、区美玲、黎伟强、梁嘉欣

待办：
1. 黎伟强：6月6日前整理5月份涉及医生态度的投诉清单，按科室分类。
2. 梁嘉欣：6月9日前出「就医指引」短视频脚本（3条）。
3. 区美玲：6月10日前交医患沟通培训课件初稿。
4. 医务部：6月份安排两场医患沟通培训，时间待定。

下次会议：6月20日（周五）16:00
"""
    g = gold("minutes", "A forward of 05-30 minutes with a preface by 区美玲 (玲姐). The forwarded minutes are the "
             "content: items and next meeting come from them, resolved against the forward's own Date (Tue "
             "2025-06-03; absolute dates are unaffected). The preface changes item 3 to '6月13日前' -> 2025-06-13 "
             "(what a careful assistant records). Item 2 '6月9日前' = 2025-06-09. Item 4 is "
             "department-only (医务部, a roster department) with '时间待定' -> no_owner + vague_due. Next meeting "
             "2025-06-20 16:00.",
             [item("黎伟强", "整理5月份涉及医生态度的投诉清单，按科室分类", due("2025-06-06", D(2025, 6, 6))),
              item("梁嘉欣", "出「就医指引」短视频脚本（3条）", due("2025-06-09", D(2025, 6, 9))),
              item("区美玲", "交医患沟通培训课件初稿", due("2025-06-13", D(2025, 6, 13))),
              item(None, "6月份安排两场医患沟通培训", department="医务部", flags=["no_owner", "vague_due"])],
             fu("2025-06-20", "16:00"))
    return mail("outlook", pp("区美玲"), A(BOTS[SK]), A("苏志明", "黎伟强", "梁嘉欣"), "转发: 医患沟通专项会 会议纪要", t, text), g


@case("4813-sk-wechat-group-paste-mid-autumn", "minutes",
      "Minutes pasted from a WeChat group chat ('姓名 HH:MM' lines, stickers, chit-chat) sent 2026-09-24 before Mid-Autumn (09-25..27): 节后第一日, 国庆前 = last working day before National Day; only assignments accepted in the chat count")
def c4813():
    t = ts("2026-09-24 18:36:12"); sent = t.date()
    text = """由于今日会开得急，直接把群聊记录贴过来，大家按这个跟。

——「穗康品牌部🌟」群聊记录 2026-09-24——
梁嘉欣 17:02
中秋国庆两个节点唔好撞，先定中秋
梁嘉欣 17:03
@冯绮雯 中秋节后第一日交「团圆体检」小红书投放复盘，要有CPE
冯绮雯 17:05
收到👌
梁嘉欣 17:06
@麦子豪 国庆前把抖音「国庆不打烊」门诊信息图发我审，要附各院区排班
麦子豪 17:08
[OK]
麦子豪 17:09
话说楼下新开咗间糖水铺🤣
区美玲 17:15
客服这边国庆排班我今晚发群里
梁嘉欣 17:16
好，另外官网banner边个整？上次嗰个供应商好慢
梁嘉欣 17:20
先咁，散会
——————

Kayla
"""
    g = gold("minutes", "WeChat group chat pasted into a mail by 梁嘉欣 (Kayla). Sent Thu 2026-09-24; Mid-Autumn holiday "
             "2026-09-25..09-27; National Day 10-01..10-07 (make-up Sun 09-20 and Sat 10-10). Items are the two "
             "@assignments: 冯绮雯 '中秋节后第一日' = Mon 2026-09-28; 麦子豪 '国庆前' = last working day before National "
             "Day = Wed 2026-09-30. 区美玲's '我今晚发群里' is a self-commitment said in passing: a careful assistant "
             "records it (今晚 = the send date 2026-09-24). The banner question has no owner decided and is only a "
             "question -> not an item (ambiguous; left out). Chit-chat ignored.",
             [item("冯绮雯", "交「团圆体检」小红书投放复盘（含CPE）", due("2026-09-28", first_workday_after_holiday(sent), "中秋节后第一日")),
              item("麦子豪", "抖音「国庆不打烊」门诊信息图发审（附各院区排班）", due("2026-09-30", last_workday_before_holiday(D(2026, 9, 28)), "国庆前")),
              item("区美玲", "发客服国庆排班", due("2026-09-24", sent, "今晚"))])
    return mail("exmail", pp("梁嘉欣"), A("冯绮雯", "麦子豪", "区美玲"), A(BOTS[SK]), "中秋国庆节点会（群聊记录）", t, text), g


@case("4814-sk-agency-english-mixed", "minutes",
      "Gmail from a Hong Kong agency account manager, English with zh names: 'Action:' lines, 'Name to do X by Friday', EOD Friday, by 3/20, ASAP; owners by English alias and by display name; next call in HKT stated as a sentence (2027)")
def c4814():
    t = ts("2027-03-17 21:03:48"); sent = t.date()
    text = """Hi Kayla and team,

Thanks for the time this afternoon. Quick recap of the Xiaohongshu Q2 KOL plan call:

We agreed the budget split (60% KOC seeding / 40% two mid-tier KOLs) and that all medical claims go through Dr. Su before posting - no exceptions.

Action: Cherry to send the shortlist of 12 KOCs with rate cards - EOD Friday.
Action: Howard to share last quarter's note performance export from the brand account by 3/20.
Action: Vivian to get the 3 clinic shoot locations approved by the hospital admin ASAP.
Kayla to confirm the final budget number with finance by next Wednesday.

Let's reconvene next Tuesday, 3pm HKT (same Teams link).

Best,
Cherry Wong
Account Director | Bloom Digital HK
"""
    g = gold("minutes", "English recap from the agency (external sender). Sent Wed 2027-03-17 21:03 +08:00 (HKT = Shanghai "
             "time). The budget split and the review rule are decisions. Cherry Wong is the sender (external, From "
             "address); 'EOD Friday' = 2027-03-19, no time. Howard = 麦子豪 (alias), 'by 3/20' = 2027-03-20. Vivian = "
             "冯绮雯, ASAP -> vague_due. Kayla = 梁嘉欣, 'by next Wednesday' = 2027-03-24. Next call 'next Tuesday, "
             "3pm HKT' = 2027-03-23 15:00 (HKT equals Asia/Shanghai).",
             [item("Cherry Wong", "send the shortlist of 12 KOCs with rate cards", due("2027-03-19", wk(sent, 4), "EOD Friday")),
              item("麦子豪", "share last quarter's note performance export from the brand account", due("2027-03-20", D(2027, 3, 20))),
              item("冯绮雯", "get the 3 clinic shoot locations approved by the hospital admin", flags=["vague_due"]),
              item("梁嘉欣", "confirm the final budget number with finance", due("2027-03-24", nwk(sent, 2), "next Wednesday"))],
             fu(due("2027-03-23", nwk(sent, 1), "next Tuesday"), "15:00"))
    return mail("gmail", pp("Cherry Wong"), A("梁嘉欣", "麦子豪", "冯绮雯"), A(BOTS[SK]),
                "Recap - XHS Q2 KOL plan", t, text), g


@case("4815-sk-patient-service-numbered-new-year-eve", "minutes",
      "Ordinary 会议纪要 template (会议主题/时间/参会人/会议内容/待办事项 numbered lines) sent 2025-12-31: 元旦后第一个工作日 = the make-up Sunday 2026-01-04, 1月9日前, 下周二 across the year boundary; 下次会议 after a label")
def c4815():
    t = ts("2025-12-31 11:42:00"); sent = t.date()
    text = """会议纪要

会议主题：2026年患者满意度提升计划启动会
会议时间：2025年12月31日 10:00-11:20
会议地点：天河院区 5楼小会议室
主持人：区美玲
参会人员：苏志明、梁嘉欣、黎伟强、冯绮雯
记录人：黎伟强

一、会议内容
1. 2025年全年投诉 214 宗，同比下降 11%，满意度 93.2%。
2. 2026年目标：满意度 95%，投诉首次响应 2 小时内。

二、待办事项
1. 黎伟强 元旦后第一个工作日前提交2026年满意度调查问卷修订稿
2. 冯绮雯 1月9日前完成公众号「服务承诺」专栏排版
3. 苏志明 下周二前确定各科室满意度联络员名单
4. 梁嘉欣 负责「服务之星」评选方案，1月底前

三、下次会议时间：2026年1月14日（周三）上午10:00
"""
    g = gold("minutes", "Standard template. Sent Wed 2025-12-31 (New Year 2026-01-01..03; make-up working day Sun 01-04). "
             "'首次响应2小时内' is a target, not an item. 1) '元旦后第一个工作日前' = 2026-01-04. 2) '1月9日前' written in "
             "December = next year 2026-01-09. 3) '下周二前' = Tue of the following calendar week = 2026-01-06. 4) "
             "'1月底前' = 2026-01-31. Next meeting 2026-01-14 10:00.",
             [item("黎伟强", "提交2026年满意度调查问卷修订稿", due("2026-01-04", first_workday_after_holiday(sent), "元旦后第一个工作日")),
              item("冯绮雯", "完成公众号「服务承诺」专栏排版", due("2026-01-09", D(2026, 1, 9))),
              item("苏志明", "确定各科室满意度联络员名单", due("2026-01-06", nwk(sent, 1), "下周二")),
              item("梁嘉欣", "「服务之星」评选方案", due("2026-01-31", D(2026, 1, 31)))],
             fu("2026-01-14", "10:00"))
    return mail("outlook", pp("黎伟强"), A("区美玲", "苏志明", "梁嘉欣", "冯绮雯"), A(BOTS[SK]), "会议纪要-2026年患者满意度提升计划启动会", t, text), g

# ================================================================== 河西水利建设管理局 项目办 (Lanzhou)
@case("4816-hx-flood-control-formal-jiyao", "minutes",
      "Very formal 防汛工作专题会议纪要 (Coremail GBK) with （一）（二） sections, each ending '责任处室：… 完成时限：…' on its own lines; sent Fri 2025-05-30 before Dragon Boat: 端午节后第一个工作日, 6月10日前, 汛期内 (ongoing: no_due); decisions")
def c4816():
    t = ts("2025-05-30 17:55:40"); sent = t.date()
    text = """河西水利建设管理局
防汛工作专题会议纪要
〔2025〕7号

2025年5月29日，局党组成员、副局长主持召开防汛工作专题会议，听取了防汛抗旱处关于今年汛前检查情况的汇报，研究部署了主汛期防汛准备工作。项目办、建设管理处、规划计划处、防汛抗旱处、办公室负责同志参加会议。现将会议议定事项纪要如下：

一、会议认为，今年汛前检查发现问题32项，已整改24项，整改进度总体符合要求。会议同意《2025年在建水利工程安全度汛方案》，由防汛抗旱处印发执行。

二、会议议定事项
（一）关于在建工程度汛隐患整改。剩余8项隐患要逐项销号，形成整改台账报局办公室。
责任处室：建设管理处（马国栋）
完成时限：2025年6月10日前

（二）关于防汛物资储备。对各项目部防汛物资储备情况进行再检查，重点核查编织袋、块石、抢险照明设备，检查结果报局防汛办。
责任处室：防汛抗旱处（祁海燕）
完成时限：端午节后第一个工作日

（三）关于值班值守。主汛期严格执行24小时领导带班和关键岗位值班制度。
责任处室：办公室
完成时限：汛期内

（四）关于应急预案修订。结合新建渠首工程，修订超标准洪水应急预案，提交局长办公会审议。
责任处室：项目办（蒲小军）、防汛抗旱处配合
完成时限：2025年6月底

出席：马国栋、杨晓东、陈建平、祁海燕、鲁振华、蒲小军、魏红
记录：冉涛

河西水利建设管理局办公室
2025年5月30日印发
"""
    g = gold("minutes", "Formal government 纪要. Part 一 is conclusions/decisions (同意…印发执行) -> not an item. Each （一）-（四） "
             "is an item; the person in brackets after 责任处室 is the owner. Sent Fri 2025-05-30; Dragon Boat holiday "
             "05-31..06-02. （一） 马国栋, '2025年6月10日前'. （二） 祁海燕, '端午节后第一个工作日' = Tue 2025-06-03. （三） "
             "办公室 only, '汛期内' is a standing duty period, not a deadline: owner null, department 办公室 (a roster "
             "department), flags no_owner + no_due (an assistant might also call it vague; recorded as no_due because "
             "it is a period of duty). （四） 蒲小军 with 防汛抗旱处 配合; '2025年6月底' = 2025-06-30.",
             [item("马国栋", "剩余8项度汛隐患逐项销号，形成整改台账报局办公室", due("2025-06-10", D(2025, 6, 10))),
              item("祁海燕", "再检查各项目部防汛物资储备，检查结果报局防汛办", due("2025-06-03", first_workday_after_holiday(sent), "端午节后第一个工作日")),
              item(None, "主汛期执行24小时领导带班和关键岗位值班制度", department="办公室", flags=["no_owner", "no_due"]),
              item("蒲小军", "修订超标准洪水应急预案，提交局长办公会审议", due("2025-06-30", month_end(D(2025, 6, 1)), "6月底"))])
    return mail("coremail", ("冉涛", EXT["冉涛"]), A("马国栋", "杨晓东", "陈建平", "祁海燕", "鲁振华", "蒲小军", "魏红"), A(BOTS[HX]),
                "防汛工作专题会议纪要〔2025〕7号", t, text), g


@case("4817-hx-duban-yishi-national-day", "minutes",
      "督查督办 notice of a held 局长办公会 (titled 通知 but it conveys the meeting's assignments -> minutes; contrast 4839) written as '一是…二是…三是…' prose with 责任单位 per clause, sent Wed 2026-09-30 before National Day (make-up Sat 10-10): 国庆节后第一个工作日, 10月10日（星期六）前, 5个工作日内")
def c4817():
    t = ts("2026-09-30 11:20:03"); sent = t.date()
    text = """各处室：

9月29日局长办公会听取了重点水利工程建设督查督办情况汇报。现将督办事项通知如下，请抓好落实，按时报送办理结果。

会议指出，当前引水干渠三标段进度滞后约15%，征地拆迁遗留问题尚未解决，国庆期间施工不得停工。

会议要求：一是建设管理处督促三标段施工单位增加作业面，国庆节后第一个工作日报送赶工计划（责任人：马国栋）；二是规划计划处对接省发改委，10月10日（星期六）前报送2027年中央预算内投资项目储备清单（责任人：杨晓东）；三是项目办会同地方政府梳理征地遗留问题，5个工作日内形成专题报告（责任人：鲁振华，蒲小军具体承办）；四是各处室要严格落实节日期间安全生产责任。

督办事项办理情况实行周报制，每周五下班前报局办公室。

办公室（督查督办科）
2026年9月30日
"""
    g = gold("minutes", "Titled 通知, but it records what the 9月29日 局长办公会 decided and assigned, with owners and dates -> "
             "minutes (contrast 4839, a notice of a future meeting). Sent Wed 2026-09-30; National Day 2026-10-01..10-07; make-up Sat 2026-10-10. 一是 '国庆节后第一个"
             "工作日' = 2026-10-08. 二是 '10月10日（星期六）前' = 2026-10-10 (a make-up working day). 三是 '5个工作日内' = "
             "10-08, 10-09, 10-10, 10-12, 10-13 -> 2026-10-13; 责任人 鲁振华 (蒲小军 具体承办 is the helper; the "
             "responsible leader is recorded). 四是 is a general requirement -> not an item. The weekly-report rule "
             "(每周五下班前) is a standing rule -> not an item. '国庆期间施工不得停工' is a decision.",
             [item("马国栋", "督促三标段施工单位增加作业面，报送赶工计划", due("2026-10-08", first_workday_after_holiday(sent), "国庆节后第一个工作日")),
              item("杨晓东", "报送2027年中央预算内投资项目储备清单", due("2026-10-10", D(2026, 10, 10))),
              item("鲁振华", "梳理征地遗留问题，形成专题报告", due("2026-10-13", add_workdays(sent, 5), "5个工作日内"))])
    return mail("coremail", pp("魏红"), A("马国栋", "杨晓东", "鲁振华", "蒲小军"), A(BOTS[HX]),
                "关于局长办公会督办事项的通知（9月29日）", t, text), g


@case("4818-hx-qingshi-request-not-minutes", "other",
      "A 请示 (request for instructions) from 项目办 to the bureau leaders with the bot in Cc: proposed dates and '拟由…负责' but no meeting held -> kind other, no items")
def c4818():
    t = ts("2026-03-18 09:40:00")
    text = """局领导：

关于渠首枢纽工程闸门启闭机采购事宜的请示

渠首枢纽工程闸门启闭机原定4月中旬到货，因供货商产能调整，预计推迟至5月20日前后。为不影响汛前调试，项目办拟采取以下措施：
一、拟由蒲小军同志于3月25日前赴供货商工厂驻厂督造；
二、拟于4月10日前完成备用供货商比选；
三、相关费用约4.6万元，拟从项目管理费中列支。

以上妥否，请批示。

项目办 鲁振华
2026年3月18日
"""
    g = gold("other", "A 请示 to leaders asking for approval: everything is proposed (拟), nothing is decided or assigned "
             "at a meeting. Bot in Cc by habit. Kind other, no items, no follow-up.")
    return mail("coremail", pp("鲁振华"), [("局领导", "juzhang@" + HX)], A("魏红", BOTS[HX]),
                "关于渠首枢纽工程闸门启闭机采购事宜的请示", t, text), g


@case("4819-hx-weekly-tracking-table-makeup-saturday", "minutes",
      "Ordinary 项目办 周例会 with a seed-style 跨部门协作事项跟踪表 (序号/事项/牵头处室/负责人/计划完成时间/进展情况); 已完成 rows skipped; sent on the 2025-02-08 make-up Saturday: 下周一, 2月底, 待定")
def c4819():
    t = ts("2025-02-08 16:12:47"); sent = t.date()
    rows = [["序号", "事项", "牵头处室", "负责人", "计划完成时间", "进展情况"],
            ["1", "渠首枢纽初步设计审查意见回复", "项目办", "蒲小军", "2025-02-14", "进行中，已回复12条/共20条"],
            ["2", "2025年度投资计划建议上报", "规划计划处", "杨晓东", "2025-01-24", "已完成"],
            ["3", "三标段变更设计（隧洞衬砌）审批", "建设管理处", "达娃", "下周一", "待补充地勘资料"],
            ["4", "工程档案数字化招标文件编制", "办公室", "魏红", "2月底", "未开始"],
            ["5", "与市水务局联合调研", "项目办", "鲁振华", "待定", "等市局回复时间"]]
    text = ("项目办周例会纪要（2月8日 调休上班）\n\n跨部门协作事项跟踪表\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\n下周例会时间不变（周六调休后恢复周一上午9:00）。\n\n蒲小军\n")
    g = gold("minutes", "Weekly tracking table, sent Sat 2025-02-08 (make-up working day after Spring Festival). Row 2 "
             "已完成 -> not an item. Row 1 '2025-02-14'. Row 3 '下周一' = 2025-02-10. Row 4 '2月底' = 2025-02-28. Row 5 "
             "'待定' -> vague_due. '下周例会时间不变（…恢复周一上午9:00）' -> next meeting Mon 2025-02-10 09:00 (the "
             "regular Monday meeting of next week).",
             [item("蒲小军", "渠首枢纽初步设计审查意见回复", due("2025-02-14", D(2025, 2, 14))),
              item("达娃", "三标段变更设计（隧洞衬砌）审批", due("2025-02-10", nwk(sent, 0), "下周一")),
              item("魏红", "工程档案数字化招标文件编制", due("2025-02-28", month_end(sent), "2月底")),
              item("鲁振华", "与市水务局联合调研", flags=["vague_due"])],
             fu(due("2025-02-10", nwk(sent, 0)), "09:00"))
    return mail("coremail", pp("蒲小军"), A("鲁振华", "杨晓东", "达娃", "魏红"), A(BOTS[HX]), "项目办周例会纪要（2月8日）", t, text), g


@case("4820-hx-supervision-wrapped-nested-brackets", "minutes",
      "督查督办 minutes where items wrap over lines, deadlines sit on continuation lines and in nested brackets '（完成时限：11月底前（以省厅批复为准））', sub-numbering '（1）（2）' inside one item, Foxmail GB2312")
def c4820():
    t = ts("2025-11-04 15:33:20"); sent = t.date()
    text = """11月4日 重点工程督查调度会 纪要

一、引洮配套二期（马国栋处长牵头）
    1. 隧洞TBM掘进进度滞后，建设管理处督促施工单位制定追赶计划并报项目办备案，
       完成时限：11月12日前。
    2. 冬季施工方案须经监理审核后报局里，由达娃同志负责，（完成时限：11月底前
       （以省厅批复时间为准））。

二、渠首枢纽（鲁振华主任牵头）
    3. 闸门安装质量问题整改，分两步：（1）本周五前完成缺陷检测报告；（2）下周五前
       完成整改并组织复验。责任人：蒲小军。

三、资金
    4. 规划计划处核实二期工程中央资金到位情况，
       于11月下旬向局党组专题汇报。（杨晓东）

下次督查调度会：12月2日（星期二）
上午9时30分，二楼会议室。

办公室 魏红
"""
    g = gold("minutes", "Items wrap over lines; the deadline of item 1 is on its continuation line; item 2's deadline is in "
             "nested brackets across a line break: '11月底前（以省厅批复时间为准）' -> 2025-11-30 (the bracket note is a "
             "caveat). Item 3 holds two sub-tasks (1)(2) with their own dates, owner on the next line (蒲小军): "
             "sent Tue 2025-11-04, '本周五前' = 2025-11-07, '下周五前' = 2025-11-14 -> two items. Item 4 '11月下旬' -> "
             "vague_due (no day given), owner 杨晓东 in trailing brackets. Item 1 names only 建设管理处 but the section "
             "head says 马国栋处长牵头 (he heads 建设管理处) -> owner 马国栋. Next meeting: the date is on one line and "
             "the time on the next: 2025-12-02 09:30.",
             [item("马国栋", "督促施工单位制定隧洞TBM掘进追赶计划并报项目办备案", due("2025-11-12", D(2025, 11, 12))),
              item("达娃", "冬季施工方案经监理审核后报局里", due("2025-11-30", month_end(sent), "11月底前")),
              item("蒲小军", "完成闸门安装缺陷检测报告", due("2025-11-07", wk(sent, 4), "本周五前")),
              item("蒲小军", "完成闸门安装质量问题整改并组织复验", due("2025-11-14", nwk(sent, 4), "下周五前")),
              item("杨晓东", "核实二期工程中央资金到位情况，向局党组专题汇报", flags=["vague_due"])],
             fu("2025-12-02", "09:30"))
    return mail("foxmail", pp("魏红"), A("马国栋", "鲁振华", "杨晓东"), A("达娃", "蒲小军", BOTS[HX]),
                "11月4日重点工程督查调度会纪要", t, text, cs="GB2312"), g


@case("4821-hx-minutes-in-docx-attachment", "minutes",
      "Minutes only in a .docx attachment (table 序号/工作任务/责任处室/责任人/完成时限), the body is a two-line cover note; Coremail with an RFC 2047 attachment name; 2026-04-30 before May Day: 节后3个工作日内, 5月15日前")
def c4821():
    t = ts("2026-04-30 10:08:19"); sent = t.date()
    paras = ["河西水利建设管理局", "安全生产月活动筹备会议纪要", "2026年4月29日",
             "4月29日下午，在局三楼会议室召开安全生产月活动筹备会议，会议确定今年活动主题为“人人讲安全、个个会应急”。",
             "会议议定任务分工如下：",
             [["序号", "工作任务", "责任处室", "责任人", "完成时限"],
              ["1", "制定安全生产月活动实施方案", "建设管理处", "马国栋", "节后3个工作日内"],
              ["2", "组织在建工地应急演练（防坍塌、防溺水）", "建设管理处", "达娃", "6月20日前"],
              ["3", "安全生产宣传展板及微信公众号专栏", "办公室", "魏红", "5月15日前"]],
             "下次筹备会视方案起草情况另行通知。", "河西水利建设管理局办公室"]
    data = docx(paras)
    text = "各位领导：\n    安全生产月活动筹备会议纪要见附件，请查收并按分工落实。\n\n项目办 冉涛\n"
    g = gold("minutes", "The minutes are only in the .docx attachment (3-row table); the body is a cover note. Sent Thu "
             "2026-04-30; May Day holiday 2026-05-01..05-05, make-up Sat 05-09. Row 1 '节后3个工作日内': counting from "
             "after the holiday: 05-06, 05-07, 05-08 -> 2026-05-08 (counting from the send day gives the same result, "
             "since 05-01..05 are all off). Row 2 '6月20日前' = 2026-06-20. Row 3 '5月15日前' = 2026-05-15. '另行通知' -> "
             "no follow-up. A bot that does not open attachments will find no items here.",
             [item("马国栋", "制定安全生产月活动实施方案", due("2026-05-08", add_workdays(sent, 3), "节后3个工作日内")),
              item("达娃", "组织在建工地应急演练（防坍塌、防溺水）", due("2026-06-20", D(2026, 6, 20))),
              item("魏红", "安全生产宣传展板及微信公众号专栏", due("2026-05-15", D(2026, 5, 15)))])
    att = attachment("安全生产月筹备会议纪要.docx", data,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "GBK")
    return mail("coremail", ("冉涛", EXT["冉涛"]), A("马国栋", "达娃", "魏红"), A("鲁振华", BOTS[HX]),
                "安全生产月活动筹备会议纪要", t, text, attachments=[att]), g


@case("4822-hx-same-task-twice-own-numbering", "minutes",
      "Minutes continuing their own numbering (七-十) where two items share the same task text 报送月度形象进度 for two different owners; 2027 dates: 5月7日前, 2027年底前, 下周四")
def c4822():
    t = ts("2027-04-23 17:10:36"); sent = t.date()
    text = """各位：
今天项目协调会接着上次纪要编号往下记（1-6项见4月9日纪要）。

七、报送月度形象进度 —— 建设管理处 马国栋，5月7日前
八、报送月度形象进度 —— 项目办 蒲小军，5月7日前
    （两边口径不一样，建设管理处报工程量，项目办报投资完成额，都要报）
九、二期工程竣工验收技术资料整编 —— 达娃，2027年底前
十、渠首管理房装修方案比选 —— 鲁振华主任，下周四

另：之前第三项（水土保持监测）已办结，不再跟踪。

蒲小军
"""
    g = gold("minutes", "Continues its own numbering (七-十); the bot may renumber but the four items must all be kept. "
             "Items 七 and 八 have the same task text and the same date for two different owners — both are items, "
             "not duplicates. Sent Fri 2027-04-23 (no working-day arithmetic used: 2027). '5月7日前' = 2027-05-07; "
             "'2027年底前' = 2027-12-31; '下周四' = 2027-04-29. The note on old item 三 (已办结) is status.",
             [item("马国栋", "报送月度形象进度", due("2027-05-07", D(2027, 5, 7))),
              item("蒲小军", "报送月度形象进度", due("2027-05-07", D(2027, 5, 7))),
              item("达娃", "二期工程竣工验收技术资料整编", due("2027-12-31", D(2027, 12, 31))),
              item("鲁振华", "渠首管理房装修方案比选", due("2027-04-29", nwk(sent, 3), "下周四"))])
    return mail("coremail", pp("蒲小军"), A("马国栋", "达娃", "鲁振华"), A(BOTS[HX]), "项目协调会纪要（续）4月23日", t, text), g

# ================================================================== 昆山鼎鑫電子 (Kunshan, Taiwanese EMS)
@case("4823-dx-8d-meeting-big5-traditional", "minutes",
      "Taiwanese QA director's 8D meeting minutes in Traditional Chinese, Outlook big5 (body and headers): 負責人/完成日 in D-step lines, owners written in Traditional forms (蔣婷) or English names, dates like 1/6(二), 本週五; sent on the 2026-01-04 make-up Sunday")
def c4823():
    t = ts("2026-01-04 14:47:52"); sent = t.date()
    text = """Dear all,

客訴 #VA-2512-07（Verdant 音箱主板 U12 冷焊）8D 會議記錄如下，請各負責人依時程回覆。

D1 小組：陳怡君（組長）、周磊、邵明、蔣婷、王俊杰
D2 問題描述：客戶端 FCT 不良 37 pcs / 2,400 pcs，集中在 12/15、12/16 兩天生產批。
D3 臨時對策：
  - 庫存品及在途品全檢（X-Ray 抽 U12），負責人：蔣婷，完成日：1/6(二)
  - 客戶端不良品 RMA 回廠分析，負責人：Tina 協同 Mike（客戶）安排寄回，完成日：本週五
D4 根本原因：初判回焊爐 Zone 6 溫度飄移，待驗證。
  - 爐溫曲線重測＋熱電偶校正，負責人：邵明，完成日：1/7(三)
D5/D6 永久對策：鋼網開孔修改（ECN），負責人：周磊，完成日：1/16
D7 預防再發：PFMEA 更新，待 D4 確認後再排時程。

下次 8D 追蹤會：1/8(四) 09:30，品保會議室。

Eva
品保部 陳怡君
"""
    g = gold("minutes", "Traditional Chinese 8D minutes in big5 from the Taiwanese QA director, sent Sun 2026-01-04 (a "
             "make-up working day). D2/D4 statements are facts. Items: D3 蔣婷 (roster alias of 蒋婷) '1/6(二)' = "
             "2026-01-06; D3 second line 'Tina 協同 Mike' -> owner Tina = 蒋婷, '本週五' = 2026-01-09; D4 邵明 '1/7(三)' "
             "= 2026-01-07; D5/D6 周磊 '1/16' = 2026-01-16. D7 'PFMEA 更新，待 D4 確認後再排時程' has no owner and no "
             "date: a careful assistant records it as an open item with no_owner + no_due (ambiguous: it may also be "
             "read as a plan note). Next 8D meeting 2026-01-08 09:30.",
             [item("蒋婷", "庫存品及在途品全檢（X-Ray 抽 U12）", due("2026-01-06", D(2026, 1, 6))),
              item("蒋婷", "客戶端不良品 RMA 回廠分析，安排寄回", due("2026-01-09", wk(sent, 4) if sent.weekday() < 4 else nwk(sent, 4), "本週五")),
              item("邵明", "爐溫曲線重測＋熱電偶校正", due("2026-01-07", D(2026, 1, 7))),
              item("周磊", "鋼網開孔修改（ECN）", due("2026-01-16", D(2026, 1, 16))),
              item(None, "PFMEA 更新", flags=["no_owner", "no_due"])],
             fu("2026-01-08", "09:30"))
    return mail("outlook_big5", ("陳怡君", P["陳怡君"]["email"]),
                [("周磊", P["周磊"]["email"]), ("邵明", P["邵明"]["email"]), ("蔣婷", P["蒋婷"]["email"]), ("王俊杰", P["王俊杰"]["email"])],
                [("林志宏", P["林志宏"]["email"]), BOTS[DX]], "客訴VA-2512-07 8D會議記錄", t, text), g


@case("4824-dx-us-customer-qbr-english", "minutes",
      "English minutes of a QBR with a US customer (Outlook UTF-8): 'AI:' lines, 'ACTION ITEM (Mike)', an Owner:/Due: block, 'by 11/13', 'next Monday', TBD; the next call is given in PST only and must be converted to Shanghai time")
def c4824():
    t = ts("2026-11-05 10:26:40"); sent = t.date()
    text = """Hi Mike, Priya,

Thanks for joining the Q4 business review last night. Minutes below - please shout if I missed anything.

Attendees: Mike Kowalski, Priya Natarajan (Verdant Audio); Jason Lin, Leo Zhou, Eva Chen, Yvonne Qian (Dingxin)

1. Quality
   FPY on the VA-200 main board is 98.7% in October (target 98.5%). The U12 cold-solder 8D is closed.
   AI: Eva - send the closed 8D report with the 3-month monitoring data by 11/13.

2. Supply
   Codec IC allocation for Q1 is still at 70%. Dingxin proposed a pin-compatible alternate.
   ACTION ITEM (Mike): get Verdant engineering approval for the alternate codec IC - target next Monday.
   AI: Yvonne - buffer stock proposal for the codec IC (qty + cost) by Friday.

3. NPI - VA-300 soundbar
   Owner: Leo Zhou
   Action: DFM report on the VA-300 Rev B layout
   Due: Nov 20

   Owner: Priya
   Action: share the final test spec for VA-300
   Due: TBD (waiting on their acoustic lab)

Next call: Wednesday Nov 11, 5:00 PM PST.

Regards,
Jerry Wang
Production / Customer Program, Dingxin Electronics (Kunshan)
"""
    g = gold("minutes", "English QBR minutes sent Thu 2026-11-05 by 王俊杰 (Jerry). Facts (FPY, 8D closed, allocation) are "
             "not items. Eva = 陳怡君 (roster alias), 'by 11/13' = 2026-11-13. 'ACTION ITEM (Mike)' -> external owner Mike "
             "Kowalski from To; 'next Monday' = 2026-11-09. Yvonne = 钱小芸, 'by Friday' = 2026-11-06. Owner/Due blocks: "
             "Leo Zhou = 周磊, 'Nov 20' = 2026-11-20; Priya Natarajan (external, from To), 'TBD' -> vague_due. Next call "
             "'Wednesday Nov 11, 5:00 PM PST' = 2026-11-12 01:00 UTC = Thu 2026-11-12 09:00 Asia/Shanghai (PST = "
             "UTC-8 after DST ended on 2026-11-01); the gold records the Shanghai date and time.",
             [item("陳怡君", "send the closed 8D report with the 3-month monitoring data", due("2026-11-13", D(2026, 11, 13))),
              item("Mike Kowalski", "get Verdant engineering approval for the alternate codec IC", due("2026-11-09", nwk(sent, 0), "next Monday")),
              item("钱小芸", "buffer stock proposal for the codec IC (qty + cost)", due("2026-11-06", wk(sent, 4), "by Friday")),
              item("周磊", "DFM report on the VA-300 Rev B layout", due("2026-11-20", D(2026, 11, 20))),
              item("Priya Natarajan", "share the final test spec for VA-300", flags=["vague_due"])],
             fu("2026-11-12", "09:00"))
    return mail("outlook", pp("王俊杰"), A("Mike Kowalski", "Priya Natarajan"), A("林志宏", "周磊", "陳怡君", "钱小芸", BOTS[DX]),
                "Minutes - Q4 Business Review (Verdant x Dingxin)", t, text, cs="utf-8"), g


@case("4825-dx-ecn-review-checkboxes-national-day", "minutes",
      "ECN review in mixed zh/en from an engineer: '[ ] @sam.shao …' checkbox lines with handles, one '[x]' done, 节后第一个工作日 and '10/11(六)调休' around the 8-day National Day 2025; Gmail-style UTF-8 QP from the company's Google Workspace")
def c4825():
    t = ts("2025-09-30 15:58:27"); sent = t.date()
    text = """ECN-2509-031 (VA-200 Rev C 鋼網/BOM change) review - 9/30

Decision: ECN approved, 切換點 = 第一批 Rev C PCB 到料 (預計 10/15)，舊料用完為止 (use-up).

[x] @leo.zhou ECN 表單簽核 (done today)
[ ] @sam.shao 新鋼網 (0.10mm, U12 開孔 -10%) 打樣 + SPI 驗證, 節後第一個工作日給結果
[ ] @tina.jiang 首件檢驗規範更新 (FAI checklist), 10/11(六)調休上班當天完成
[ ] @ivan.hu MES 料號 mapping & 防錯規則上線 before 10/15 切換
[ ] @yvonne.qian 通知 PCB 廠 Rev C 交期, ASAP

Sam
"""
    g = gold("minutes", "Checkbox list with @handles (handle = email local part of a roster person: leo.zhou, sam.shao, "
             "tina.jiang, ivan.hu, yvonne.qian). Sent Tue 2025-09-30; National Day 10-01..10-08, make-up Sat 10-11. "
             "'[x]' line is done -> not an item. The Decision line (切換點 10/15) is not an item. 邵明 '節後第一個工作日' "
             "= 2025-10-09. 蒋婷 '10/11(六)調休上班當天' = 2025-10-11. 胡一凡 'before 10/15' = 2025-10-15. 钱小芸 ASAP -> "
             "vague_due.",
             [item("邵明", "新鋼網 (0.10mm, U12 開孔 -10%) 打樣 + SPI 驗證", due("2025-10-09", first_workday_after_holiday(sent), "節後第一個工作日")),
              item("蒋婷", "首件檢驗規範更新 (FAI checklist)", due("2025-10-11", D(2025, 10, 11))),
              item("胡一凡", "MES 料號 mapping & 防錯規則上線", due("2025-10-15", D(2025, 10, 15))),
              item("钱小芸", "通知 PCB 廠 Rev C 交期", flags=["vague_due"])])
    return mail("gmail", ("Sam Shao", P["邵明"]["email"]), A("周磊", "蒋婷", "胡一凡", "钱小芸"), A(BOTS[DX]),
                "ECN-2509-031 review notes", t, text), g


@case("4826-dx-mes-rollout-excel-paste", "minutes",
      "MES rollout meeting where the action list is an Excel range pasted as tab-separated text (No/Item/Owner/Due/Status/Remark, Owner as English names, Due as 9/24, 10/8, 'W41'), sent on the 2026-09-20 make-up Sunday; Status=Closed rows skipped")
def c4826():
    t = ts("2026-09-20 18:20:00"); sent = t.date()
    rows = [["No", "Item", "Owner", "Due", "Status", "Remark"],
            ["1", "SMT 線 MES 上料防錯 (Feeder scan) 試運行", "Ivan", "9/24", "Open", "L3/L4 先行"],
            ["2", "報工 APP 與 ERP 工單同步", "Ivan", "10/8", "Open", "IT 外包配合"],
            ["3", "條碼規則 (SN) 客戶確認", "Jerry", "9/18", "Closed", "Verdant 已回覆 OK"],
            ["4", "產線操作員 MES 培訓 (3 班)", "Jerry", "9/30", "Open", ""],
            ["5", "MES 不良代碼對照表", "Tina", "W41", "Open", "需品保確認"]]
    text = ("各位，今天 MES 週會的 action list 直接從 Excel 貼過來：\n\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\n下週日不開（中秋）, 下次 9/28（一）同一時間 17:00。\n\n胡一凡\n")
    g = gold("minutes", "Excel range pasted as TSV; HTML part is a table. Sent Sun 2026-09-20 (a make-up working day). "
             "Row 3 Closed -> not an item. Ivan = 胡一凡, Jerry = 王俊杰, Tina = 蒋婷. '9/24' = 2026-09-24; '10/8' = "
             "2026-10-08; '9/30' = 2026-09-30. 'W41' = ISO week 41 of 2026 (10-05..10-11): no single day is given -> "
             "vague_due (ambiguous; a week number is not a date). Next meeting '9/28（一）同一時間 17:00' = 2026-09-28 "
             "17:00.",
             [item("胡一凡", "SMT 線 MES 上料防錯 (Feeder scan) 試運行", due("2026-09-24", D(2026, 9, 24))),
              item("胡一凡", "報工 APP 與 ERP 工單同步", due("2026-10-08", D(2026, 10, 8))),
              item("王俊杰", "產線操作員 MES 培訓 (3 班)", due("2026-09-30", D(2026, 9, 30))),
              item("蒋婷", "MES 不良代碼對照表", flags=["vague_due"])],
             fu("2026-09-28", "17:00"))
    return mail("exmail", pp("胡一凡"), A("王俊杰", "蒋婷", "周磊"), A(BOTS[DX]), "MES週會 action list 9/20", t, text, cs="utf-8"), g


@case("4827-dx-gm-oneliner-traditional-iphone", "minutes",
      "One-line minutes from the Taiwanese GM on his iPhone in Traditional Chinese (2027): owners by English name, 下週三前, 月底前; no follow-up")
def c4827():
    t = ts("2027-05-12 20:41:09"); sent = t.date()
    text = "今天經營會結論：Leo 下週三前把二線AOI誤判率降到3%以下的方案交給我；Ivan 月底前MES報工全廠上線，不再延。\n\nJason\n從我的iPhone傳送\n"
    g = gold("minutes", "Two assignments in one line from the GM (林志宏), Traditional Chinese, sent Wed 2027-05-12. Leo "
             "= 周磊, '下週三前' = 2027-05-19. Ivan = 胡一凡, '月底前' = 2027-05-31. '不再延' is emphasis.",
             [item("周磊", "二線AOI誤判率降到3%以下的方案", due("2027-05-19", nwk(sent, 2), "下週三前")),
              item("胡一凡", "MES報工全廠上線", due("2027-05-31", month_end(sent), "月底前"))])
    return mail("iphone", pp("林志宏"), A("周磊", "胡一凡"), A("陳怡君", BOTS[DX]), "經營會", t, text), g


@case("4828-dx-japanese-style-tanto-kigen", "minutes",
      "Minutes by a production-control staffer trained at a Japanese EMS: 'No./内容/担当/期限' table, 期限 like '7/18（金）', '即日', '継続'; 担当 as 姓+さん/课长; Foxmail UTF-8 (the text has ・ and 継 which GBK cannot carry)")
def c4828():
    t = ts("2025-07-15 17:32:11"); sent = t.date()
    rows = [["No.", "内容", "担当", "期限", "备注"],
            ["1", "回流焊炉 N2 流量异常 原因调查", "邵さん", "7/18（金）", ""],
            ["2", "夜班抛料率日报 追加到MES看板", "胡さん", "7/25（金）", ""],
            ["3", "锡膏回温管理记录 检查表改订", "蒋さん", "即日", "今天内提交"],
            ["4", "产线5S 巡检", "王课长", "継続", "每周一次"]]
    text = ("生产技术联络会 议事录\n日时：2025年7月15日（火）16:00～17:00\n场所：2F 会议室B\n出席者：王俊杰课长、邵明、胡一凡、蒋婷、周磊（记）\n\n"
            "【决定事项】\n・7月起SMT各线抛料率目标 0.3% 以下\n\n【课题】\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\n次回：7月22日（火）16:00～　同场所\n\n以上\n周磊\n")
    g = gold("minutes", "Japanese-company style 议事录 (日时/出席者/决定事项/课题/次回/以上). 担当 with さん and 课长: 邵さん = "
             "邵明, 胡さん = 胡一凡, 蒋さん = 蒋婷 (surname + さん resolved from the attendee list / To), 王课长 = 王俊杰 "
             "(roster alias). Sent Tue 2025-07-15. '7/18（金）' = Fri 2025-07-18; '7/25（金）' = "
             "2025-07-25; '即日' with 备注 '今天内提交' = the send date 2025-07-15. Row 4 '継続' (ongoing, weekly): "
             "a standing duty -> item with no_due (ambiguous; a careful assistant keeps it as an undated item of 王俊杰). "
             "决定事项 is a decision. 次回 '7月22日（火）16:00～' -> 2025-07-22 16:00.",
             [item("邵明", "回流焊炉 N2 流量异常 原因调查", due("2025-07-18", D(2025, 7, 18))),
              item("胡一凡", "夜班抛料率日报 追加到MES看板", due("2025-07-25", D(2025, 7, 25))),
              item("蒋婷", "锡膏回温管理记录 检查表改订", due("2025-07-15", sent, "即日")),
              item("王俊杰", "产线5S 巡检（每周一次）", flags=["no_due"])],
             fu("2025-07-22", "16:00"))
    return mail("foxmail", pp("周磊"), A("王俊杰", "邵明", "胡一凡", "蒋婷"), A(BOTS[DX]), "生产技术联络会 议事录（7/15）", t, text, cs="UTF-8"), g


@case("4829-dx-tencent-meeting-ai-minutes", "minutes",
      "腾讯会议 智能纪要 pasted into a mail: 会议摘要, 分段纪要 with time stamps and speaker attributions with dates, a 待办 section (the only items) and an 'AI生成' footer; 本周四, 11月30日前, one 待办 without an owner")
def c4829():
    t = ts("2026-11-24 15:12:39"); sent = t.date()
    text = """Hi all, 會議 AI 紀要如下，待辦請各自確認。 —— Leo

【腾讯会议 · 智能纪要】
会议主题：VA-300 试产（PVT）准备会
会议时间：2026/11/24 13:30-14:25

会议摘要
本次会议确认 VA-300 PVT 定于12月7日开线，数量 500 套。周磊介绍了治具准备情况，邵明提到 ICT 治具供应商承诺11月28日交货；钱小芸表示主芯片已到料 80%，剩余部分预计月底前到齐。

分段纪要
13:31 周磊：PVT 目标直通率 95%，低于 90% 不转 MP。
13:48 邵明：ICT 治具 11/28 交货，到货后两天调试。
14:05 钱小芸：主芯片剩余 20% 月底前到齐，供应商已书面承诺。
14:17 蒋婷：PVT 检验标准沿用 EVT，增加外观 A 面检查。

待办
1. 邵明：本周四前与治具供应商确认 ICT 治具 FAT 时间
2. 蒋婷：11月30日前发布 VA-300 PVT 检验作业指导书
3. 确认 PVT 物料齐套表（未指定负责人）

以上内容由 AI 生成，仅供参考，请注意甄别
"""
    g = gold("minutes", "Tencent Meeting AI minutes forwarded by 周磊 (Leo). Summary and time-stamped segments mention "
             "11月28日/月底前/12月7日 but are reports, not assignments. Only the 待办 section counts. Sent Tue 2026-11-24: "
             "邵明 '本周四前' = 2026-11-26; 蒋婷 '11月30日前' = 2026-11-30; item 3 '未指定负责人', no date -> no_owner + "
             "no_due. The AI footer is boilerplate.",
             [item("邵明", "与治具供应商确认 ICT 治具 FAT 时间", due("2026-11-26", wk(sent, 3), "本周四前")),
              item("蒋婷", "发布 VA-300 PVT 检验作业指导书", due("2026-11-30", D(2026, 11, 30))),
              item(None, "确认 PVT 物料齐套表", flags=["no_owner", "no_due"])])
    return mail("outlook", pp("周磊"), A("邵明", "蒋婷", "钱小芸"), A(BOTS[DX]), "FW: VA-300 PVT准备会 智能纪要", t, text, cs="utf-8"), g


@case("4830-dx-items-buried-in-prose", "minutes",
      "Engineering manager's minutes as three prose paragraphs: assignments buried in sentences ('…这个让邵明周五之前搞定', '钱经理那边答应下周二给报价'), reports and opinions around them; Thunderbird 8bit UTF-8")
def c4830():
    t = ts("2025-08-20 19:05:44"); sent = t.date()
    text = """各位，

今天下午跟 Eva、Yvonne、Sam 过了一下 L3 线回流焊炉更换的事。旧炉子（2014年的）上个月宕机三次，维修费已经超过残值的一半，大家都同意今年换掉，这一点林总上周也拍板了，不再讨论。

技术上主要是两个问题：一是新炉子 10 温区还是 12 温区，Sam 倾向 12 温区，理由是 VA-300 板子厚、铜多；二是氮气要不要上。氮气这块的耗气量测算我们现在没有数据，这个让邵明周五之前搞定，顺便把三家供应商的炉温均匀性测试报告对比一下。

商务上，钱经理那边答应下周二给三家的正式报价，含三年保养。品保的意见是换炉后必须重新做 PPAP 相关的工艺验证，Eva 会在月底前把验证计划初稿发出来。另外安装窗口我倾向放在国庆长假，到时候再定。

Leo
"""
    g = gold("minutes", "Prose minutes by 周磊 (Leo). Sent Wed 2025-08-20. The purchase decision (林总拍板) and the "
             "technical opinions are not items. Buried items: 邵明 '周五之前' = 2025-08-22 (氮气耗气量测算 + 炉温均匀性"
             "报告对比, one sentence, recorded as one item); 钱经理 = 钱小芸 '下周二' = 2025-08-26; Eva = 陳怡君 '月底前' = "
             "2025-08-31. '安装窗口…到时候再定' is an open question with no owner -> not recorded (ambiguous).",
             [item("邵明", "氮气耗气量测算，对比三家供应商炉温均匀性测试报告", due("2025-08-22", wk(sent, 4), "周五之前")),
              item("钱小芸", "提供三家回流焊炉正式报价（含三年保养）", due("2025-08-26", nwk(sent, 1), "下周二")),
              item("陳怡君", "发出换炉工艺验证计划初稿", due("2025-08-31", month_end(sent), "月底前"))])
    return mail("thunderbird", pp("周磊"), A("陳怡君", "钱小芸", "邵明"), A("林志宏", BOTS[DX]), "L3 回流焊炉更换 讨论纪要", t, text), g


@case("4831-dx-wecom-emoji-bullets-may-day", "minutes",
      "WeCom (企业微信邮箱) minutes with emoji bullets (✅ done, 📌 todo, ⏰ deadline, 👤 owner on separate lines) sent 2026-04-30 before May Day: 节后第一天, 5/9(六)调休, 下周内")
def c4831():
    t = ts("2026-04-30 16:45:10"); sent = t.date()
    text = """📋 SMT 车间 周例会 4/30

✅ L2 贴片机吸嘴清洗保养 —— 已完成
✅ 4 月份抛料率 0.27%（目标 0.3%）达成

📌 L1 印刷机刮刀更换
   👤 邵明
   ⏰ 节后第一天

📌 五一期间 L3/L4 停线 PM 保养记录汇总
   👤 王俊杰
   ⏰ 5/9（六）调休上班当天

📌 MES 看板增加 CPK 实时显示
   👤 胡一凡
   ⏰ 下周内

🗓 下次例会：5/7（四）10:00
"""
    g = gold("minutes", "Emoji-structured minutes; owner and deadline on their own lines under each 📌. ✅ lines are done "
             "-> not items. Sent Thu 2026-04-30; May Day 2026-05-01..05-05, make-up Sat 05-09. 邵明 '节后第一天' = "
             "2026-05-06. 王俊杰 '5/9（六）' = 2026-05-09. 胡一凡 '下周内' = within next week -> end of next week; the "
             "next calendar week is 05-04..05-10 -> 2026-05-10 (ambiguous: some would record the week's last working day "
             "05-09; 下周内 ends Sunday as written, recorded 2026-05-10). Next meeting 2026-05-07 10:00.",
             [item("邵明", "L1 印刷机刮刀更换", due("2026-05-06", first_workday_after_holiday(sent), "节后第一天")),
              item("王俊杰", "五一期间 L3/L4 停线 PM 保养记录汇总", due("2026-05-09", D(2026, 5, 9))),
              item("胡一凡", "MES 看板增加 CPK 实时显示", due("2026-05-10", nwk(sent, 6), "下周内"))],
             fu("2026-05-07", "10:00"))
    return mail("exmail", pp("王俊杰"), A("邵明", "胡一凡"), A("周磊", BOTS[DX]), "SMT车间周例会 4/30", t, text, cs="utf-8"), g

# ================================================================== replies, auto, other
RESULTS = {}   # slug -> (message, gold, time), filled in while building

def recap_text(g, dom, lang="zh"):
    lines = ["各位好：", "", "%s已登记本次会议的待办事项：" % BOTS[dom][0], "", "| 序号 | 事项 | 负责人 | 截止时间 |", "|---|---|---|---|"]
    for n, it in enumerate(g["items"], 1):
        due_s = (it["due_date"] + (" " + it["due_time"] if it["due_time"] else "")) if it["due_date"] else "未明确"
        lines.append("| %d | %s | %s | %s |" % (n, it["task"], it["owner_name"] or "（未指定）", due_s))
    lines += ["", "如有异议请于今日内回复（截止 18:00，逾期视为无异议）。",
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
              "—— %s（系统自动发送）" % BOTS[dom][0]]
    return "\n".join(lines)

def recap_meta(slug, minutes_later=4):
    t0, subj, dom = META[slug]
    return t0 + dt.timedelta(minutes=minutes_later, seconds=11), "Re: " + subj, \
        "<recap.%s.%s@%s>" % (t0.strftime("%Y%m%d%H%M"), hx(slug, 10), dom)

META = {}  # slug -> (time, subject, domain) of the minutes


@case("4832-reply-sb-progress-foxmail-gbk", "reply",
      "Foxmail GBK reply to the bot's recap of 4801: '第2项进度60%' plus dates in the explanation, Foxmail 发件人：/发送时间： quote of the recap")
def c4832():
    rt, subj, rid = recap_meta("4801-sb-shift-handover-makeup-sunday")
    t = ts("2025-01-26 10:31:08")
    q = recap_text(RESULTS["4801-sb-shift-handover-makeup-sunday"][1], SB)
    text = ("第2项进度60%%，采购已下单，砂轮厂家说明天上午发货，27号下午能到。液压站的下班前弄完。\n\n于海洋\n设备科\n\n"
            " \n发件人： 纪要助手\n发送时间： %s\n收件人： 关雪松; 佟立新; 于海洋\n抄送： 邹德胜\n主题： %s\n%s\n"
            % (rt.strftime("%Y-%m-%d %H:%M"), subj, q))
    g = gold("reply", "Progress on item 2 (砂轮催货) at 60%. The explanation has dates (明天上午, 27号) and mentions the "
             "other item ('液压站的下班前弄完' is a promise, not a command on item 1). Quote below Foxmail's header block.",
             reply=rep("progress", [2], 60))
    return mail("foxmail", pp("于海洋"), [BOTS[SB]], A("关雪松"), "回复：" + subj, t, text, irt=rid, refs=[rid]), g


@case("4833-reply-dx-extend-big5-outlook-tw", "reply",
      "Traditional Chinese Outlook (zh-TW, UTF-8 since the quoted recap is simplified; quote header 寄件者/寄件日期/收件者/主旨) reply to the recap of 4823: '第2項…申請延期至1/13(二)' with a reason containing 週四")
def c4833():
    slug = "4823-dx-8d-meeting-big5-traditional"
    rt, subj, rid = recap_meta(slug)
    t = ts("2026-01-05 09:12:44")
    q = recap_text(RESULTS[slug][1], DX)
    text = ("第2項 RMA 分析申請延期至1/13(二)，客戶不良品週四才從美國寄出，預計下週一到廠。\n其他項目照原時程。\n\nEva\n\n"
            "寄件者: Action Tracker <%s>\n寄件日期: 2026年1月4日 下午 %d:%02d\n收件者: 陳怡君 <%s>; 周磊; 邵明; 蔣婷; 王俊杰\n"
            "副本: 林志宏\n主旨: %s\n\n%s\n" % (BOTS[DX][1], rt.hour - 12, rt.minute, P["陳怡君"]["email"], subj, q))
    g = gold("reply", "Extension request for item 2 to '1/13(二)' = 2026-01-13; the reason mentions 週四 and 下週一 which "
             "are not the new date. Sent by the organizer (陳怡君) on behalf of the owner 蒋婷. Outlook "
             "zh-TW chose UTF-8 because the quoted simplified recap cannot be carried in big5.",
             reply=rep("extend", [2], None, "2026-01-13"))
    return mail("outlook_big5", ("陳怡君", P["陳怡君"]["email"]), [BOTS[DX]], [("蔣婷", P["蒋婷"]["email"])], "回覆: " + subj, t,
                text, cs="utf-8", irt=rid, refs=[RESULTS[slug][0]["Message-ID"], rid]), g


@case("4834-reply-sk-done-iphone-cantonese", "reply",
      "iPhone (zh-HK) reply to the recap of 4809 in Cantonese: '第1項搞掂咗' with an emoji, quote '於 … 寫道：'")
def c4834():
    slug = "4809-sk-xhs-weekly-cantonese"
    rt, subj, rid = recap_meta(slug)
    t = ts("2025-03-13 11:02:51")
    q = recap_text(RESULTS[slug][1], SK)
    text = ("第1項搞掂咗，三篇初稿已經send咗俾Kayla 🙏 第3項報價仲等緊外包\n\n從我的 iPhone 傳送\n\n> 於 %d年%d月%d日 %d:%02d，"
            "会议跟进助手 <%s> 寫道：\n>\n" % (rt.year, rt.month, rt.day, rt.hour, rt.minute, BOTS[SK][1]) +
            "".join("> " + l + "\n" if l else ">\n" for l in q.split("\n")))
    g = gold("reply", "Done for item 1 (搞掂咗 = done, Cantonese). The mention of 第3項 is status only (仲等緊 = still "
             "waiting), no command. Quote in iOS zh-HK form.", reply=rep("done", [1]))
    return mail("iphone", ("麦子豪", P["麦子豪"]["email"]), [BOTS[SK]], [], "Re: " + subj, t, text, irt=rid, refs=[rid]), g


@case("4835-reply-hx-confirm-coremail", "reply",
      "Formal one-line confirmation from a 处长 (Coremail GBK) to the recap of 4817: '收到，第1项按要求落实，无异议。' with the Coremail -----原始邮件----- quote")
def c4835():
    slug = "4817-hx-duban-yishi-national-day"
    rt, subj, rid = recap_meta(slug)
    t = ts("2026-09-30 14:06:30")
    q = recap_text(RESULTS[slug][1], HX)
    text = ("收到，第1项按要求落实，无异议。\n\n马国栋\n建设管理处\n\n\n-----原始邮件-----\n发件人:\"督办助手\" <%s>\n"
            "发送时间:%s (星期三)\n收件人:\"魏红\" <%s>\n抄送:\n主题:%s\n\n%s\n"
            % (BOTS[HX][1], rt.strftime("%Y-%m-%d %H:%M:%S"), P["魏红"]["email"], subj, q))
    g = gold("reply", "Confirmation by the owner of item 1 (无异议). items [1] as written.", reply=rep("confirm", [1]))
    return mail("coremail", pp("马国栋"), [BOTS[HX]], [], "Re:" + subj, t, text, irt=rid, refs=[rid]), g


@case("4836-reply-dx-object-exmail", "reply",
      "Exmail (UTF-8) reply from an engineer objecting to item 1 of the recap of 4825 with a reason full of dates ('10/8', '最早10/10'); QQ-style 原始邮件 quote")
def c4836():
    slug = "4825-dx-ecn-review-checkboxes-national-day"
    rt, subj, rid = recap_meta(slug)
    t = ts("2025-09-30 17:21:05")
    q = recap_text(RESULTS[slug][1], DX)
    text = ("第1项有异议：钢网厂国庆放假到10/8，节后第一个工作日只能收到钢网，SPI验证结果最早10/10，请Leo定一下。\n\n邵明\n\n\n"
            "------------------ 原始邮件 ------------------\n发件人: \"Action Tracker\"<%s>;\n发送时间: %d年%d月%d日(星期二) 下午%d:%02d\n"
            "收件人: \"邵明\"<%s>;\n主题: %s\n\n\n\n%s\n" % (BOTS[DX][1], rt.year, rt.month, rt.day, rt.hour - 12, rt.minute,
                                                       P["邵明"]["email"], subj, q))
    g = gold("reply", "Objection to item 1 with a reason; the dates in the reason are not an extension request (he asks "
             "the manager to decide) -> intent object, new_due_date null.", reply=rep("object", [1]))
    return mail("exmail", pp("邵明"), [BOTS[DX]], A("周磊"), "回复：" + subj, t, text, cs="utf-8", irt=rid, refs=[rid]), g


@case("4837-auto-ooo-exchange-english", "auto",
      "Exchange Online out-of-office 'Automatic reply:' from the US customer to the recap of 4824 (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, +0000 Date); body with dates, 'ASAP' and a delegate")
def c4837():
    slug = "4824-dx-us-customer-qbr-english"
    rt, subj, rid = recap_meta(slug)
    t = dt.datetime(2026, 11, 5, 2, 31, 2, tzinfo=UTC)
    text = ("Thank you for your email. I am out of the office from Nov 5 through Nov 16 with limited access to email.\n"
            "For anything urgent on VA-200/VA-300 quality or supply, please contact Priya Natarajan "
            "(priya.n@verdant-audio.example.com) and she will respond ASAP.\n\nBest regards,\nMike\n")
    mid = "BY5PR04MB%s" % hx("ooo4837", 24).upper()
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", "<html><body><p>%s</p></body></html>" % esc(text).replace("\n", "<br>"), "us-ascii", "7bit")],
                 "_000_%s_" % mid)
    hdrs = [("Return-Path", "<>"), ("From", "Mike Kowalski <%s>" % EXT["Mike Kowalski"]), ("To", "Action Tracker <%s>" % BOTS[DX][1]),
            ("Subject", "Automatic reply: " + subj), ("Thread-Topic", subj[4:]), ("Date", rfc_date(t)),
            ("Message-ID", "<%s@%s.namprd04.prod.outlook.com>" % (mid, mid[:9])), ("In-Reply-To", rid), ("References", rid),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", EXT["Mike Kowalski"]), ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", "en-US"), ("MIME-Version", "1.0")]
    g = gold("auto", "Out-of-office auto-reply (Auto-Submitted: auto-replied, Return-Path <>, Exchange rules-loop "
             "header). Dates and ASAP in the body must not matter. Date is +0000 (10:31 in Shanghai).")
    return envelope(hdrs, body), g


@case("4838-auto-oa-duban-reminder", "auto",
      "OA system (泛微 e-cology) 督办到期提醒 sent to the bot's mailbox by a mail rule: From a no-reply address, Auto-Submitted: auto-generated, Precedence: bulk; its body is a table of 事项/责任人/完成时限 that looks like minutes")
def c4838():
    t = ts("2026-10-12 08:00:04")
    text = """【督办到期提醒】

您关注的以下督办事项将在3日内到期，请及时督促办理：

序号	督办事项	责任处室	责任人	完成时限	办理状态
1	梳理征地遗留问题，形成专题报告	项目办	鲁振华	2026-10-13	办理中
2	报送2027年中央预算内投资项目储备清单	规划计划处	杨晓东	2026-10-10	已逾期

请登录OA系统（督查督办模块）查看详情。本邮件由系统自动发送，请勿直接回复。
"""
    body = leaf("text/html", "<html><body>%s</body></html>" % text_to_html(text), "UTF-8", "base64")
    hdrs = [("Return-Path", "<oa-noreply@%s>" % HX), ("From", "%s <oa-noreply@%s>" % (htext("OA系统"), HX)),
            ("To", BOTS[HX][1]), ("Subject", htext("【督办到期提醒】您关注的2项督办事项即将到期")), ("Date", rfc_date(t)),
            ("Message-ID", "<1760227204004.%s.JavaMail.ecology@oa.%s>" % (int(hx("oa", 6), 16), HX)),
            ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
            ("X-Mailer", "e-cology mail sender"), ("X-Auto-Response-Suppress", "All")]
    g = gold("auto", "Machine-generated OA reminder (no-reply sender, Auto-Submitted: auto-generated, Precedence: bulk, "
             "'本邮件由系统自动发送'). The table has owners and dates but nobody wrote minutes: kind auto, no items.")
    return envelope(hdrs, body), g


@case("4839-other-meeting-notice-hx", "other",
      "Official 会议通知 (Coremail GBK) for an upcoming 防汛 meeting with the bot in Cc: time, place, attendees, '请于6月5日前报送参会回执' -> kind other, no items, no follow-up")
def c4839():
    t = ts("2025-06-03 16:20:45")
    text = """各处室、各项目部：

经局领导同意，定于2025年6月9日（星期一）上午9:00在局四楼会议室召开2025年主汛期防汛工作部署会议。现将有关事项通知如下：

一、参会人员：局领导，各处室主要负责同志，各项目部经理。
二、会议议程：（一）通报汛前检查情况；（二）部署主汛期防汛工作；（三）签订防汛责任书。
三、有关要求：请各单位于6月5日前将参会回执报局办公室（联系人：冉涛，0931-8xxxxxx）。

河西水利建设管理局办公室
2025年6月3日
"""
    g = gold("other", "A meeting notice, not minutes: the meeting is in the future and the only request (报送参会回执) is a "
             "notice requirement to all units. Kind other, no items, next_followup null (it is an invitation, not "
             "minutes).")
    return mail("coremail", pp("魏红"), [("各处室", "all-depts@" + HX)], A(BOTS[HX]), "关于召开2025年主汛期防汛工作部署会议的通知", t, text), g


@case("4840-other-complaint-handoff-sk", "other",
      "Person-to-person handoff of one patient complaint (Outlook gb2312) with the bot in Cc by habit: a single request '今日内回复患者' and a forwarded complaint text -> kind other")
def c4840():
    t = ts("2026-07-08 10:12:33")
    text = """阿强，
下面这个投诉你跟一下，今日内先电话回复患者，态度要好，费用问题我已经同财务讲咗，可以先办退款。
处理完在台账登记。

玲姐

患者留言（官网 2026-07-07 22:41）：
7月5日在番禺院区做胃镜，说好无痛，结果麻醉费另外收了680元，事先没人告诉我。请给个说法，否则投诉到卫健委。
"""
    g = gold("other", "A one-to-one handoff of a single complaint, not meeting minutes, even though it contains a request "
             "with a deadline (今日内). Bot in Cc by habit. Kind other, no items.")
    return mail("outlook", pp("区美玲"), A("黎伟强"), A(BOTS[SK]), "转：番禺院区无痛胃镜收费投诉", t, text), g



README_HEAD = """# heldout24: blind held-out set for minutebot

40 raw messages (`NNN-slug.eml`, the bytes a mail server stores) with gold answers (`NNN-slug.json`, the dev
corpus's gold schema, unchanged), `roster.csv` (same columns as the dev corpus) and `gen.py`, the deterministic
generator. `/work/blind/venv/bin/python gen.py` rewrites everything; `/work/blind/venv/bin/python gen.py --check`
rebuilds in memory, re-computes every gold date from the Chinese working-day calendar (chinesecalendar 1.11.0) and
compares with the files on disk. Written without reading the bot's code.

Counts: COUNTS. Gold items: NITEMS (DATES gold dates checked against a computed date).

## Organisations (all invented; none appears in the dev corpus)

| org | domain | bot address | who writes |
| --- | --- | --- | --- |
| 沈北传动装备 (Shenyang, heavy gearboxes): 设备科, 二车间, 生产部, 精益办, 质量部 | `sbgear.example.cn` | `jiyao@sbgear.example.cn` (纪要助手) | 班组长 handover notes, formal 生产调度会, 6S/TPM, SOE-style 质量专题会, DingTalk AI minutes, a 车间主任 on his iPhone |
| 穗康医疗集团 (Guangzhou private hospitals): 品牌市场部 (新媒体), 患者服务中心 (投诉), 医务部 | `suikang-med.example.cn` | `followup@suikang-med.example.cn` (会议跟进助手) | Cantonese-flavoured notes, Feishu Markdown, WeChat group pastes, a Hong Kong agency (`hkbloom-agency.example.com`) in English |
| 河西水利建设管理局 项目办 (Lanzhou, provincial water projects): 项目办, 建设管理处, 规划计划处, 防汛抗旱处, 办公室 | `hxslj.example.cn` | `duban@hxslj.example.cn` (督办助手) | formal 纪要 with 责任处室/完成时限, 督办 notices, a 请示, an OA system |
| 昆山鼎鑫電子 (Kunshan, Taiwanese-invested EMS): 总经理室, 品保部, 工程部, 信息部, 采购部, 生产部 | `dingxin-ems.example.com` | `ai-tracker@dingxin-ems.example.com` (Action Tracker) | Taiwanese managers in Traditional Chinese (big5), mainland staff in Simplified, English with the US customer Verdant Audio (`verdant-audio.example.com`) |

People outside the roster (resolved only from From/To/Cc display names): 邹德胜, 戴秀芬 (SB), 卢颖诗 (SK), 冉涛 (HX),
Cherry Wong (agency), Mike Kowalski and Priya Natarajan (US customer).

## Conventions applied beyond the corpus README

- Send dates span 2025-01 .. 2027-05. 2025 and 2026 dates use the State Council schedules as shipped in
  chinesecalendar 1.11.0 (e.g. 2025 Spring Festival 01-28..02-04 with make-up 01-26/02-08; National Day 2025
  10-01..10-08 with make-up 09-28/10-11; New Year 2026 01-01..03 with make-up Sun 01-04; Spring Festival 2026
  02-15..02-23 with make-up 02-14/02-28; May Day 2026 05-01..05 with make-up 05-09; Mid-Autumn 2026 09-25..27;
  National Day 2026 10-01..07 with make-up 09-20/10-10). **2027 cases (4806, 4814, 4822, 4827) contain no
  working-day or holiday phrase**: the 2027 schedule is not known to the calendar package, so only weekdays and
  absolute dates are used there.
- 节前 / 国庆前 = the last working day before the next holiday block; 节后第一个工作日 / 节后第一天 / 元旦后第一个
  工作日 / 中秋节后第一日 = the first working day after the next holiday block (may be a make-up Sunday, 4807/4815).
- "N个工作日内" and "节后N个工作日内" count working days after the send day (make-up days count).
- 本周内 / 下周内 = the last day (Sunday) of that week (4803, 4831; both marked ambiguous in notes).
- Month-end phrases (月底, 10月底, 6月底, 2月底) = last day of that month; 年底 / 2027年底 = 12-31. '11月下旬',
  'W41' (a week number), 'TBD', '待定', '尽快', 'ASAP', '时间待定' -> due null + vague_due.
- 今晚 / 即日 / 今日内 / 今天下班前 / EOD give the send date without a time; 明早9点 gives 09:00 of the next day.
- Standing duties with no deadline (汛期内, 継続 weekly, 假期内每日) are kept as items with no_due when a person or
  office is named for them; general requirements addressed to everybody (四是各车间要…, 各处室要严格落实…) are
  rules, not items.
- 主责/配合, 牵头/协办, 'A + 外包', 'X 具体承办': the 主责/牵头/responsible leader is the owner. 'Owner' given only as
  a department or group (各车间, 采购部 when it is not a roster department of that company, 白班) -> owner null,
  no_owner; department is filled only when the written department is a roster department of that org (办公室,
  医务部).
- A `@handle` (sam.shao) is the email local part of a roster person; surname + さん and surname + 课长 resolve
  through the attendee list and roster aliases.
- Forwarded minutes: the forwarded minutes are the content; a change stated in the forwarder's preface overrides
  the quoted line (4812). New minutes typed above a quoted old thread: only the new part counts (4805).
- AI meeting summaries (DingTalk 4808, Tencent Meeting 4829): only the 待办 section holds items.
- next_followup is converted to Asia/Shanghai when the minutes state another zone (4824: 5:00 PM PST -> next day
  09:00); HKT (4814) equals Shanghai time. '同一时间' takes the time of the current meeting stated in the mail.
- Reply items are numbered as in the bot's recap, which lists the gold items in gold order (the recaps quoted in
  4832-4836 are rendered by gen.py from the gold).
- Task strings are the deliverable as written (original script, Traditional or Simplified, English left in
  English); a scorer should compare them loosely.
- Genuinely ambiguous choices are explained in each case's `notes` (search for "ambiguous").

## Cases

| case | kind | what it tests |
| --- | --- | --- |
"""

# ------------------------------------------------------------------ build / check / README
def build():
    out = []
    RESULTS.clear(); META.clear(); CHECKS.clear()
    for slug, kind, readme, fn in CASES:
        msg, g = fn()
        assert g["kind"] == kind, slug
        RESULTS[slug] = (msg, g)
        subj = str(msg["Subject"])
        from email.header import decode_header, make_header
        subj = str(make_header(decode_header(subj.replace("\n ", ""))))
        date = dt.datetime.strptime(re.sub(r" \(CST\)$", "", msg["Date"]), "%a, %d %b %Y %H:%M:%S %z")
        dom = next((d for d in BOTS if BOTS[d][1] in str(msg["To"]) + str(msg["Cc"]) + str(msg["CC"])), None)
        META[slug] = (date.astimezone(TZ8), subj, dom)
        for it in g["items"]:
            assert set(it["flags"]) <= {"vague_due", "no_owner", "no_due"}, slug
            assert bool(it["owner_name"]) != ("no_owner" in it["flags"]), (slug, it)
            if it["due_date"] is None:
                assert {"vague_due", "no_due"} & set(it["flags"]), (slug, it)
        out.append((slug, kind, readme, serialize(msg), g))
    return out


def write_roster(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for name, *_ in ROSTER:
        r = P[name]
        w.writerow([r["name"], r["email"], r["department"], r["manager_email"], r["aliases"]])
    return buf.getvalue().encode("utf-8")


def main():
    check = "--check" in sys.argv
    built = build()
    bad = 0
    files = {"roster.csv": write_roster(None)}
    kinds0 = {}
    for _, k, *_ in built: kinds0[k] = kinds0.get(k, 0) + 1
    head = (README_HEAD.replace("COUNTS", ", ".join("%s %d" % (k, v) for k, v in kinds0.items()))
            .replace("NITEMS", str(sum(len(x[4]["items"]) for x in built))).replace("DATES", str(len(CHECKS))))
    files["README.md"] = (head + "".join("| %s | %s | %s |\n" % (slug, kind, readme.replace("|", "\\|"))
                                         for slug, kind, readme, _, _ in built)).encode("utf-8")
    for slug, kind, readme, eml, g in built:
        files[slug + ".eml"] = eml
        files[slug + ".json"] = (json.dumps(g, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    for name, data in files.items():
        p = OUT / name
        if check:
            if not p.exists() or p.read_bytes() != data:
                print("MISMATCH", name); bad += 1
        else:
            p.write_bytes(data)
    kinds = {}
    for _, k, *_ in built: kinds[k] = kinds.get(k, 0) + 1
    n_items = sum(len(x[4]["items"]) for x in built)
    print("%d cases %s, %d gold items, %d gold dates checked against the calendar%s"
          % (len(built), kinds, n_items, len(CHECKS), ", files OK" if check and not bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
