"""Shared helpers for the heldout63 generator: people, dates, MIME building, attachments.

Everything is deterministic: no clock reads, no randomness (ids are hashes of a seed string).
"""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8), "CST")
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------------------------------------------------
# Organisations and people
# ---------------------------------------------------------------------------------------------------------
ORGS = {
    "A": ("巴彦淖尔市临河区农牧局", "lhnmj.example.gov.cn", "纪要助手"),
    "B": ("萍乡瓷峰化工填料有限公司", "cifeng-packing.example.cn", "纪要助手"),
    "C": ("Tiszavölgy Sealing Technologies (Quzhou) Co., Ltd. / 蒂萨密封科技（衢州）有限公司",
          "tiszaseal.example.com", "Minutes Bot"),
    "D": ("张掖甘泉脱水蔬菜有限公司", "ganquan-veg.example.cn", "纪要助手"),
}

# name, org, local part, department, head (True) or None, aliases
ROSTER = [
    ("乔振国", "A", "qiaozhenguo", "局领导", True, "乔局;乔局长;Qiao Zhenguo"),
    ("白玉兰", "A", "baiyulan", "办公室", True, "白主任;Bai Yulan"),
    ("刘婷婷", "A", "liutingting", "办公室", False, "小刘;婷婷;Liu Tingting"),
    ("苏和", "A", "suhe", "种植业股", True, "苏股长;苏和股长;Su He"),
    ("杜文静", "A", "duwenjing", "种植业股", False, "杜老师;小杜;Du Wenjing"),
    ("其木格", "A", "qimuge", "畜牧兽医股", True, "其股长;其木格股长;Qimuge"),
    ("贺建军", "A", "hejianjun", "农机推广站", True, "贺站长;老贺;He Jianjun"),
    ("闫海", "A", "yanhai", "综合执法大队", True, "闫队长;闫队;Yan Hai"),
    ("王俊峰", "A", "wangjunfeng", "综合执法大队", False, "王俊峰科员;小王;Wang Junfeng"),
    ("钟志鹏", "B", "zhongzhipeng", "总经办", True, "钟总;钟总经理;Zhong Zhipeng"),
    ("彭丽华", "B", "penglihua", "销售部", True, "彭经理;彭总监;Peng Lihua;Lisa Peng"),
    ("欧阳帆", "B", "ouyangfan", "销售部", False, "小欧;欧阳;Ouyang Fan;Fan Ouyang"),
    ("刘建波", "B", "liujianbo", "生产部", True, "刘主管;刘厂长;Liu Jianbo"),
    ("文超", "B", "wenchao", "技术部", True, "文工;文经理;Wen Chao"),
    ("易晓琴", "B", "yixiaoqin", "品管部", True, "易主管;晓琴;Yi Xiaoqin"),
    ("钟敏", "B", "zhongmin", "采购部", True, "敏姐;钟主管;Zhong Min"),
    ("黄秀兰", "B", "huangxiulan", "财务部", True, "黄会计;黄姐;Huang Xiulan"),
    ("Zoltán Kovács", "C", "zoltan.kovacs", "Management", True, "Zoltan;Zoltán;Kovács;科瓦奇"),
    ("方卫东", "C", "frank.fang", "Operations", False, "Frank;Frank Fang;方经理;Fang Weidong"),
    ("祝丽", "C", "lily.zhu", "Quality", False, "Lily;Lily Zhu;祝经理;Zhu Li"),
    ("Péter Szabó", "C", "peter.szabo", "Engineering", False, "Péter;Peter;Peter Szabo;Szabó"),
    ("郑雨桐", "C", "rain.zheng", "Supply Chain", False, "Rain;Rain Zheng;郑雨桐;小郑"),
    ("毛佳", "C", "jia.mao", "HR & Admin", False, "Jia;Jia Mao;毛老师"),
    ("徐建平", "C", "jianping.xu", "Production", False, "徐工;Xu Jianping;JP;JP Xu"),
    ("马文斌", "D", "mawenbin", "总经理室", True, "马总;Ma Wenbin"),
    ("张晓雯", "D", "zhangxiaowen", "外贸部", True, "Vivian;Vivian Zhang;晓雯;张经理"),
    ("窦志强", "D", "douzhiqiang", "品控部", True, "窦工;窦主管;Dou Zhiqiang;Mr. Dou"),
    ("安国庆", "D", "anguoqing", "原料基地部", True, "安师傅;老安;安经理;An Guoqing"),
    ("祁红梅", "D", "qihongmei", "仓储物流部", True, "祁主管;红梅;Qi Hongmei"),
    ("鲁永福", "D", "luyongfu", "生产部", True, "鲁厂长;老鲁;Lu Yongfu"),
    ("任佳琪", "D", "renjiaqi", "外贸部", False, "佳琪;Kiki;Kiki Ren"),
]
HQ_C = "tiszaseal.example.hu"
MANAGERS = {"A": "qiaozhenguo", "B": "zhongzhipeng", "C": "zoltan.kovacs", "D": "mawenbin"}
BY_NAME = {r[0]: r for r in ROSTER}


def email_of(name):
    r = BY_NAME[name]
    return "%s@%s" % (r[2], ORGS[r[1]][1])


def person(name):
    """(display name, address) of a roster person."""
    return (name, email_of(name))


def bot(org):
    return (ORGS[org][2], "minutes@" + ORGS[org][1])


def roster_rows():
    rows = [("name", "email", "department", "manager_email", "aliases")]
    for name, org, local, dept, head, aliases in ROSTER:
        if head:
            mgr = "" if local == MANAGERS[org] else "%s@%s" % (MANAGERS[org], ORGS[org][1])
        else:
            heads = [r for r in ROSTER if r[1] == org and r[3] == dept and r[4]]
            mgr_local = heads[0][2] if heads else MANAGERS[org]
            mgr = "%s@%s" % (mgr_local, ORGS[org][1])
        rows.append((name, "%s@%s" % (local, ORGS[org][1]), dept, mgr, aliases))
    return rows


# ---------------------------------------------------------------------------------------------------------
# Dates: every gold date is a rule re-computed from the Date header (Asia/Shanghai)
# ---------------------------------------------------------------------------------------------------------
def ts(s, offset_hours=8):
    tz = TZ8 if offset_hours == 8 else dt.timezone(dt.timedelta(hours=offset_hours))
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)


def sh(t):
    return t.astimezone(TZ8)


def is_workday(d):
    return cc.is_workday(d)


def holiday_block(d0, name):
    """First and last day of the next block of the named holiday on/after d0."""
    d = d0
    for _ in range(400):
        on, hname = cc.get_holiday_detail(d)
        if on and hname == name and not cc.is_workday(d):
            start = d
            while True:
                n = d + dt.timedelta(1)
                on2, h2 = cc.get_holiday_detail(n)
                if not (on2 and not cc.is_workday(n)):
                    return start, d
                d = n
        d += dt.timedelta(1)
    raise ValueError(name)


HOLIDAY = {"清明": "Tomb-sweeping Day", "劳动节": "Labour Day", "端午": "Dragon Boat Festival",
           "中秋": "Mid-autumn Festival", "国庆": "National Day"}


def resolve(rule, sent):
    """rule: tuple; sent: aware datetime. Returns (date or None, 'HH:MM' or None)."""
    t = sh(sent)
    d = t.date()
    kind, args = rule[0], rule[1:]
    if kind == "abs":
        return dt.date.fromisoformat(args[0]), None
    if kind == "today":
        return d, None
    if kind == "plus":                      # 明天 = ("plus", 1); 两周内 = ("plus", 14)
        return d + dt.timedelta(args[0]), None
    if kind == "wd":                        # bare weekday: this week if not past, else next week
        k = args[0]
        delta = k - d.weekday()
        return d + dt.timedelta(delta if delta >= 0 else delta + 7), None
    if kind == "this":                      # 本周X
        return d + dt.timedelta(args[0] - d.weekday()), None
    if kind == "next":                      # 下周X
        return d + dt.timedelta(7 - d.weekday() + args[0]), None
    if kind == "week_end":                  # 本周内 -> Sunday of the send week
        return d + dt.timedelta(6 - d.weekday()), None
    if kind == "workdays":                  # N个工作日内, counted from the day after sending
        n, x = args[0], d
        while n:
            x += dt.timedelta(1)
            if is_workday(x):
                n -= 1
        return x, None
    if kind == "next_workday":
        x = d + dt.timedelta(1)
        while not is_workday(x):
            x += dt.timedelta(1)
        return x, None
    if kind == "month_end":                 # 月底 / 本月底 / ("month_end", m) = m月底
        m = args[0] if args else d.month
        first_next = dt.date(d.year + (m == 12), m % 12 + 1, 1)
        return first_next - dt.timedelta(1), None
    if kind == "after_holiday":             # 节后 = first workday after the block
        _, end = holiday_block(d, HOLIDAY[args[0]])
        x = end + dt.timedelta(1)
        while not is_workday(x):
            x += dt.timedelta(1)
        return x, None
    if kind == "before_holiday":            # 节前 = last workday before the block
        start, _ = holiday_block(d, HOLIDAY[args[0]])
        x = start - dt.timedelta(1)
        while not is_workday(x):
            x -= dt.timedelta(1)
        return x, None
    if kind == "hours":
        x = t + dt.timedelta(hours=args[0])
        return x.date(), x.strftime("%H:%M")
    if kind in ("vague", "none"):
        return None, None
    raise ValueError(rule)


# ---------------------------------------------------------------------------------------------------------
# Encoding helpers
# ---------------------------------------------------------------------------------------------------------
def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def _word(chunk, cs, mode):
    raw = chunk.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(text, cs="utf-8", mode="B", limit=75):
    """RFC 2047 encoded words, split on character boundaries, joined by folding whitespace."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_word(cur + ch, cs, mode)) > limit:
            words.append(_word(cur, cs, mode))
            cur = ""
        cur += ch
    if cur:
        words.append(_word(cur, cs, mode))
    return "\n ".join(words)


def htext(text, cs="utf-8", mode="B"):
    return text if all(ord(c) < 128 for c in text) else ew(text, cs, mode)


def addr(p, cs="utf-8", mode="B", quote=False):
    name, email = p
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if (quote or "," in name or "." in name) else "%s <%s>" % (name, email)
    # encoded words are never put inside a quoted string (RFC 2047 section 5; a defect for strict parsers)
    return "%s <%s>" % (ew(name, cs, mode), email)


def addrs(people, cs="utf-8", mode="B", quote=False):
    return ",\n ".join(addr(p, cs, mode, quote) for p in people)


def b64body(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qpbody(data):
    data = data.replace(b"\r\n", b"\n")      # QP line breaks stand for CRLF already
    return quopri.encodestring(data).decode("ascii") + ("" if data.endswith(b"\n") else "\n")


def leaf(ctype, text=None, cs="utf-8", cte="base64", data=None, params="", headers=(), cs_quote=True):
    """One MIME leaf as text: its headers, blank line, encoded body."""
    raw = data if data is not None else text.encode(cs)
    if text is not None:
        csv = '"%s"' % cs if cs_quote else cs
        ct = "%s; charset=%s%s" % (ctype, csv, params)
    else:
        ct = ctype + params
    if cte == "base64":
        body = b64body(raw)
    elif cte == "quoted-printable":
        body = qpbody(raw)
    else:
        body = raw.decode(cs) + ("" if raw.endswith(b"\n") else "\n")
    lines = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + ["%s: %s" % h for h in headers]
    return "\n".join(lines) + "\n\n" + body


def multi(subtype, parts, boundary, preamble=None, params=""):
    out = ['Content-Type: multipart/%s;\n boundary="%s"%s' % (subtype, boundary, params), ""]
    if preamble:
        out.append(preamble)
        out.append("")
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--%s--" % boundary)
    return "\n".join(out) + "\n"


def attachment(filename, data, ctype, cs="utf-8", inline=False):
    if all(ord(c) < 128 for c in filename):
        ct = '%s;\n name="%s"' % (ctype, filename)
        cd = '%s;\n filename="%s"' % ("inline" if inline else "attachment", filename)
    else:
        from urllib.parse import quote
        ct = "%s;\n name*=%s''%s" % (ctype, cs, quote(filename.encode(cs)))
        cd = "attachment;\n filename*=%s''%s" % (cs, quote(filename.encode(cs)))
    return "Content-Type: %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s\n\n%s" % (
        ct, cd, b64body(data))


def message(headers, body, eight_bit_cs=None):
    """headers: list of (name, value); body: MIME entity text starting with its Content-Type header."""
    head = "\n".join("%s: %s" % h for h in headers)
    txt = head + "\n" + body
    return txt.encode(eight_bit_cs or "ascii")


def delivery(org, sender_email, t, helo, ip, seed, rcpt=None):
    dom = ORGS[org][1]
    t2 = sh(t) + dt.timedelta(seconds=2)
    return [("Return-Path", "<%s>" % sender_email),
            ("Delivered-To", rcpt or bot(org)[1]),
            ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
             % (helo, helo, ip, dom, hx(seed, 10).upper(), rcpt or bot(org)[1], rfc_date(t2)))]


# ---------------------------------------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, border=1, style="border-collapse:collapse", cell=""):
    out = ['<table border="%d" cellspacing="0" cellpadding="4" style="%s">' % (border, style)]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join('<%s%s>%s</%s>' % (tag, cell, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras_html(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else "<br>", tag))
    return "\n".join(out)


def tab_table(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


# ---------------------------------------------------------------------------------------------------------
# Attachments: docx and pdf with fixed timestamps
# ---------------------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _rezip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paragraphs, tables=(), when=dt.datetime(2026, 4, 28, 17, 0), author="lhnmj"):
    """paragraphs: list of str; tables: list of (position index, rows). Deterministic bytes."""
    import docx
    doc = docx.Document()
    doc.add_heading(title, level=1)
    tables = dict(tables)
    for i, p in enumerate(paragraphs):
        if i in tables:
            _add_table(doc, tables.pop(i))
        doc.add_paragraph(p)
    for rows in tables.values():
        _add_table(doc, rows)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue(), (when.year, when.month, when.day, when.hour, when.minute, 0))


def _add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c


def make_pdf(lines, cjk=True, title="minutes"):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    font = "Helvetica"
    if cjk:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pagesize=(595, 842))
    c.setTitle(title)
    y = 800
    for line in lines:
        size = 15 if line.startswith("#") else 10.5
        c.setFont(font, size)
        c.drawString(50, y, line.lstrip("# "))
        y -= 22 if size > 11 else 17
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append("\t".join(c.text for c in r.cells))
    return "\n".join(parts)


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)
