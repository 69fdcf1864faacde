"""Helpers for make_heldout62.py: roster, date rules, raw-MIME builders, docx/pdf.

Everything here is deterministic: no clock reads, no random numbers.
"""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from email.header import Header

import chinese_calendar as cc

CST = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- roster
QS = "qingsi-hair.example.cn"          # 邵阳青丝发制品有限公司 (Shaoyang, Hunan)
MV = "morava-traction.example.cn"      # Morava Traction Systems (Zhuzhou), Czech-owned
MVCZ = "morava-trakce.example.cz"      # parent Morava Trakce a.s., Brno
SQ = "sqwgl.example.gov.cn"            # 承德市双桥区文化广电和旅游局 (Chengde, Hebei)
TL = "talang-sports.example.cn"        # 晋江踏浪运动用品有限公司 (Jinjiang, Fujian)

ROSTER = [
    # name, email, department, manager_email, aliases
    ("邓国梁", "denggl@" + QS, "总经办", "", "邓总;Deng Guoliang;老邓"),
    ("曾雅琴", "zengyq@" + QS, "外贸部", "denggl@" + QS, "曾经理;Zeng Yaqin;Tina Zeng;Tina"),
    ("刘思远", "liusy@" + QS, "外贸部", "zengyq@" + QS, "Liu Siyuan;思远;Sean Liu;Sean"),
    ("彭建华", "pengjh@" + QS, "生产部", "denggl@" + QS, "彭厂长;Peng Jianhua;彭主任"),
    ("谢小兰", "xiexl@" + QS, "生产部", "pengjh@" + QS, "小兰;谢组长;Xie Xiaolan"),
    ("尹红梅", "yinhm@" + QS, "品管部", "denggl@" + QS, "尹主管;Yin Hongmei;红梅"),
    ("蒋卫东", "jiangwd@" + QS, "采购部", "denggl@" + QS, "蒋经理;老蒋;Jiang Weidong"),
    ("罗佳", "luojia@" + QS, "电商部", "denggl@" + QS, "Luo Jia;佳佳;Jia Luo"),
    ("贺文静", "hewj@" + QS, "财务部", "denggl@" + QS, "贺会计;He Wenjing;文静"),

    ("Tomáš Dvořák", "tomas.dvorak@" + MV, "Management", "", "Tomas Dvorak;Tomas;TD;德总;Tomáš"),
    ("周立新", "zhou.lixin@" + MV, "Engineering", "tomas.dvorak@" + MV, "Zhou Lixin;Lixin;周工;Lee Zhou"),
    ("文博", "wen.bo@" + MV, "Engineering", "zhou.lixin@" + MV, "Wen Bo;Bo Wen;Bob Wen;Bob;文工"),
    ("谭慧", "tan.hui@" + MV, "Quality", "tomas.dvorak@" + MV, "Tan Hui;Helen Tan;Helen;谭经理"),
    ("龙海涛", "long.haitao@" + MV, "Supply Chain", "tomas.dvorak@" + MV, "Long Haitao;Harry Long;Harry;龙经理"),
    ("易欣", "yi.xin@" + MV, "Project Management", "tomas.dvorak@" + MV, "Yi Xin;Cindy Yi;Cindy;易工"),
    ("欧阳舟", "ouyang.zhou@" + MV, "Production", "tomas.dvorak@" + MV, "Ouyang Zhou;Joe Ouyang;Joe;欧阳主任"),
    ("Petra Horáková", "petra.horakova@" + MVCZ, "Group Quality", "", "Petra Horakova;Petra;Horáková"),
    ("Jakub Novák", "jakub.novak@" + MVCZ, "Group Engineering", "", "Jakub Novak;Jakub;Kuba"),

    ("孟庆和", "mengqh@" + SQ, "局领导", "", "孟局;孟局长;孟副局长"),
    ("齐振宇", "qizy@" + SQ, "办公室", "mengqh@" + SQ, "齐主任;振宇"),
    ("冯雪", "fengxue@" + SQ, "办公室", "qizy@" + SQ, "小冯;冯雪同志"),
    ("韩立军", "hanlj@" + SQ, "文物保护科", "mengqh@" + SQ, "韩科长;韩科;立军"),
    ("付晓东", "fuxd@" + SQ, "产业发展科", "mengqh@" + SQ, "付科长;晓东"),
    ("宋佳怡", "songjy@" + SQ, "产业发展科", "fuxd@" + SQ, "佳怡;小宋"),
    ("白志刚", "baizg@" + SQ, "文化市场综合执法大队", "mengqh@" + SQ, "白队;白大队长;志刚"),
    ("常慧", "changhui@" + SQ, "公共服务科", "mengqh@" + SQ, "常科长;常科"),

    ("施明辉", "shimh@" + TL, "总经办", "", "施总;Ming Shi;Ming;明辉"),
    ("洪雅婷", "hongyt@" + TL, "产品中心", "shimh@" + TL, "洪总监;Tiffany Hong;Tiffany;雅婷"),
    ("许志强", "xuzq@" + TL, "研发部", "shimh@" + TL, "许工;Xu Zhiqiang;志强"),
    ("王嘉欣", "wangjx@" + TL, "研发部", "xuzq@" + TL, "嘉欣;Cathy Wang;Cathy"),
    ("苏晓峰", "suxf@" + TL, "供应链部", "shimh@" + TL, "苏经理;阿峰;Su Xiaofeng"),
    ("陈雨桐", "chenyt@" + TL, "电商运营部", "shimh@" + TL, "雨桐;陈主管;Yutong Chen"),
    ("蔡俊杰", "caijj@" + TL, "品牌部", "shimh@" + TL, "蔡经理;JJ;Cai Junjie"),
    ("林秋燕", "linqy@" + TL, "财务部", "shimh@" + TL, "秋燕;林会计;Lin Qiuyan"),
]
BY_NAME = {r[0]: r for r in ROSTER}


def email_of(name):
    return BY_NAME[name][1]


def dept_of(name):
    return BY_NAME[name][2]


def roster_csv():
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- dates
WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def shanghai(date_header):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date_header).astimezone(CST)


def next_workday(d):
    d += dt.timedelta(1)
    while not cc.is_workday(d):
        d += dt.timedelta(1)
    return d


def holiday_block(name, start):
    """First day and last day of the named statutory holiday on/after start."""
    d = start
    for _ in range(400):
        if not cc.is_workday(d):
            on, n = cc.get_holiday_detail(d)
            if on and n and n.lower() == name.lower():
                first = d
                while True:
                    nd = d + dt.timedelta(1)
                    if cc.is_workday(nd):
                        return first, d
                    d = nd
        d += dt.timedelta(1)
    raise ValueError(name)


def resolve(spec, sent):
    """Resolve a due spec against the send instant (aware datetime in Asia/Shanghai).

    Returns (date_iso | None, time 'HH:MM' | None).  Rules: corpus README + research/dates-eval.md.
    """
    if spec is None:
        return None, None
    day = sent.date()
    kind, _, arg = spec.partition(":")
    if kind == "abs":                       # 2026-04-15 written with its year
        return arg, None
    if kind == "md":                        # 4-15 written without a year: current year (90-day rule)
        m, d = map(int, arg.split("-"))
        cand = dt.date(day.year, m, d)
        if (day - cand).days > 90:
            cand = dt.date(day.year + 1, m, d)
        return cand.isoformat(), None
    if kind == "wd":                        # bare weekday 周X / by Friday: on or after the send day
        t = int(arg) - 1
        return (day + dt.timedelta((t - day.weekday()) % 7)).isoformat(), None
    if kind == "this":                      # 本周X
        t = int(arg) - 1
        return (day + dt.timedelta(t - day.weekday())).isoformat(), None
    if kind == "next":                      # 下周X / next Monday
        t = int(arg) - 1
        return (day + dt.timedelta(7 - day.weekday() + t)).isoformat(), None
    if kind == "today":
        return day.isoformat(), None
    if kind == "plus":                      # 明天=plus:1, 后天=plus:2, 一周内=plus:7
        return (day + dt.timedelta(int(arg))).isoformat(), None
    if kind == "wdays":                     # N个工作日内, 下个工作日 = wdays:1
        d = day
        for _ in range(int(arg)):
            d = next_workday(d)
        return d.isoformat(), None
    if kind == "hours":
        t = sent + dt.timedelta(hours=float(arg))
        return t.date().isoformat(), t.strftime("%H:%M")
    if kind == "monthend":                  # 月底 / 本月底 / end of month
        nm = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return (nm - dt.timedelta(1)).isoformat(), None
    if kind == "mend":                      # 8月底前 / end of June: last day of that month
        m = int(arg)
        y = day.year + (1 if m < day.month - 3 else 0)
        nm = dt.date(y + m // 12, m % 12 + 1, 1)
        return (nm - dt.timedelta(1)).isoformat(), None
    if kind == "weekend":                   # 本周内 -> Sunday of this week
        return (day + dt.timedelta(6 - day.weekday())).isoformat(), None
    if kind == "after":                     # 节后 / 节后第一个工作日
        first, last = holiday_block(arg, day)
        return next_workday(last).isoformat(), None
    if kind == "before":                    # 节前 / 国庆节前: last working day before the block
        first, last = holiday_block(arg, day)
        d = first - dt.timedelta(1)
        while not cc.is_workday(d):
            d -= dt.timedelta(1)
        return d.isoformat(), None
    raise ValueError(spec)


# ---------------------------------------------------------------- MIME pieces
def h(s, charset="utf-8", enc="B"):
    """RFC 2047 encode a header value (only when it is not ASCII)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        hd = Header(s, charset, header_name="Subject")
        if enc == "Q":
            from email import charset as _cs
            c = _cs.Charset(charset)
            c.header_encoding = _cs.QP
            hd = Header(s, c, header_name="Subject")
        out = hd.encode(linesep="\n")
        if charset != charset.lower():      # keep the client's own spelling: =?GBK?B? / =?UTF-8?B?
            for e in ("b", "q"):
                out = out.replace("=?%s?%s?" % (charset.lower(), e), "=?%s?%s?" % (charset, e.upper()))
        return out


def addr(name, email, charset="utf-8", enc="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        w = h(name, charset, enc)
        if quote:
            w = '"%s"' % w
        return "%s <%s>" % (w, email)


def addrs(pairs, charset="utf-8", enc="B", quote=False):
    return ",\n ".join(addr(n, e, charset, enc, quote) for n, e in pairs)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n")


def flowed(text, width=72):
    """format=flowed: wrap long lines with a trailing space (soft break)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or " " not in line:
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def part(text, subtype="plain", charset="utf-8", cte="base64", extra="", params=""):
    """One leaf text part: headers + encoded body (str, LF line ends)."""
    data = text.encode(charset)          # strict: a char outside the charset raises here
    hdr = "Content-Type: text/%s; charset=%s%s\n" % (subtype, charset if cte != "qpq" else charset, params)
    if cte == "qpq":
        cte = "quoted-printable"
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = data.decode(charset) + ("" if text.endswith("\n") else "\n")
    return hdr + "Content-Transfer-Encoding: %s\n%s\n%s" % (cte, extra, body)


def quoted_charset_part(text, subtype, charset, cte, quote_cs=True, extra=""):
    """Like part() but writes charset="x" in quotes (Outlook, Foxmail style)."""
    p = part(text, subtype, charset, cte, extra)
    return p.replace("charset=%s" % charset, 'charset="%s"' % charset, 1)


def binary_part(data, ctype, filename, disposition="attachment", extra=""):
    fn = h(filename)
    return ("Content-Type: %s;\n\tname=\"%s\"\nContent-Transfer-Encoding: base64\n"
            "Content-Disposition: %s;\n\tfilename=\"%s\"\n%s\n%s" % (ctype, fn, disposition, fn, extra, b64(data)))


def multipart(subtype, parts, boundary, preamble="", params=""):
    out = "Content-Type: multipart/%s;\n\tboundary=\"%s\"%s\n\n" % (subtype, boundary, params)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n")
    out += "--%s--\n" % boundary
    return out


def message(headers, body, crlf=False):
    """headers: list of 'Name: value' strings (values may be pre-folded). body: str from part()/multipart()."""
    txt = "\n".join(headers) + "\n" + body
    if "MIME-Version" not in txt.split("\n\n", 1)[0] and "Mime-Version" not in txt.split("\n\n", 1)[0]:
        raise ValueError("no MIME-Version")
    if crlf:
        txt = txt.replace("\n", "\r\n")
    return txt.encode("ascii")


def hexid(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def rfcdate(iso):
    """'2026-04-13T10:20:31+08:00' -> 'Mon, 13 Apr 2026 10:20:31 +0800'."""
    d = dt.datetime.fromisoformat(iso)
    from email.utils import format_datetime
    return format_datetime(d)


def received(by, frm, iso, qid, helo=None, via="ESMTPS", rcpt=None):
    d = rfcdate(iso)
    lines = "Received: from %s (%s)\n\tby %s (Postfix) with %s id %s\n" % (helo or frm, frm, by, via, qid)
    if rcpt:
        lines += "\tfor <%s>; %s\n" % (rcpt, d)
    else:
        lines += "\t; %s\n" % d
    return lines.rstrip("\n")


def html_page(inner, charset="utf-8", head_extra=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>'
            '<body>\n%s\n</body></html>\n' % (charset, head_extra, inner))


def html_table(rows, border=1, header=True, style=""):
    out = ['<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse;%s">' % (border, style)]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = []
        for c in r:
            if isinstance(c, tuple):       # (text, attrs)
                cells.append("<%s %s>%s</%s>" % (tag, c[1], c[0], tag))
            else:
                cells.append("<%s>%s</%s>" % (tag, c, tag))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_to_html(text):
    import html
    return "\n".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n"))


# ---------------------------------------------------------------- attachments
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paragraphs, tables=(), author="", when=None):
    """paragraphs: list of str (a str starting with '#' is a heading). tables: list of (after_index, rows)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    stamp = when or dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    tabs = dict(tables)
    d.add_heading(title, level=1)
    for i, p in enumerate(paragraphs):
        if p.startswith("#"):
            d.add_heading(p.lstrip("# "), level=2)
        else:
            d.add_paragraph(p)
        if i in tabs:
            rows = tabs[i]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def make_pdf(lines, title="", author=""):
    """English-only PDF (Helvetica), deterministic (invariant=1)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 800
    for ln in lines:
        if ln.startswith("#"):
            c.setFont("Helvetica-Bold", 12)
            ln = ln.lstrip("# ")
        else:
            c.setFont("Helvetica", 10)
        c.drawString(50, y, ln)
        y -= 16
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)


# ---------------------------------------------------------------- gold helpers
def I(owner, task, spec=None, due=None, time=None, flags=(), dept=None, email=None):
    """One gold item. spec = the rule the check re-resolves from the Date header; due = the date worked out by hand."""
    flags = list(flags)
    if owner in BY_NAME:
        email, dept = email_of(owner), dept_of(owner)
    elif owner is not None:
        dept = None                       # outside the roster: department unknown
    if owner is None and "no_owner" not in flags:
        flags.append("no_owner")
    if due is None and "vague_due" not in flags and "no_due" not in flags:
        flags.append("no_due")
    order = ["vague_due", "no_owner", "no_due"]
    flags.sort(key=order.index)
    return {"owner_name": owner, "owner_email": email if owner else None, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": flags, "_spec": spec}


def FU(spec, date, time=None):
    return {"date": date, "time": time, "_spec": spec}
