"""Shared helpers for the heldout58 generator: calendar rules, roster, gold items, raw MIME building.

Everything is deterministic: no clock reads, no randomness. Raw messages are assembled byte by byte (LF line
ends, as a Maildir stores them) so that every client's charset, transfer encoding, boundary and header style
can be chosen exactly.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import quopri
import re
import zipfile

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date
DAY = dt.timedelta(days=1)

# ----------------------------------------------------------------------------------------------------------
# Calendar rules.  A gold date is never typed by hand: each item carries a rule that is evaluated against the
# Date header of the generated message (converted to Asia/Shanghai), both when writing and in --check.
# ----------------------------------------------------------------------------------------------------------


def is_workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    """N个工作日内: the Nth working day counted from the day after sending."""
    while n:
        d += DAY
        if is_workday(d):
            n -= 1
    return d


def _is_holiday(d):
    return cc.get_holiday_detail(d)[1] is not None and not is_workday(d)


def holiday_block_after(d):
    """First and last day of the next statutory holiday block that starts after d (or contains d)."""
    x = d
    while not _is_holiday(x):
        x += DAY
    start = x
    while _is_holiday(x + DAY) or (not is_workday(x + DAY) and _is_holiday(x + 2 * DAY)):
        x += DAY
    return start, x


def resolve(rule, sent):
    """rule -> (date or None, 'HH:MM' or None). sent: aware datetime in Asia/Shanghai."""
    if rule is None:
        return None, None
    day = sent.date()
    kind, *a = rule if isinstance(rule, tuple) else (rule,)
    t = None
    if kind == "abs":
        d = D.fromisoformat(a[0])
    elif kind == "today":
        d = day
    elif kind == "tomorrow":
        d = day + DAY
    elif kind == "days":
        d = day + a[0] * DAY
    elif kind == "wd":
        d = add_workdays(day, a[0])
    elif kind == "next_workday":
        d = add_workdays(day, 1)
    elif kind == "wk":  # bare weekday: this week's if still ahead, else next week's (never the send day itself)
        k = a[0]
        assert k != day.weekday(), "bare weekday equal to the send day is ambiguous; avoid it"
        d = day + ((k - day.weekday()) % 7) * DAY
    elif kind == "this":  # 本周X / 这周X
        d = day - day.weekday() * DAY + a[0] * DAY
        assert d >= day, "本周X already past"
    elif kind == "next":  # 下周X
        d = day - day.weekday() * DAY + (7 + a[0]) * DAY
    elif kind == "week_end":  # 本周内: Sunday of this week
        d = day - day.weekday() * DAY + 6 * DAY
    elif kind == "month_end":
        nxt = D(day.year + (day.month == 12), day.month % 12 + 1, 1)
        d = nxt - DAY
    elif kind == "hours":
        x = sent + dt.timedelta(hours=a[0])
        d, t = x.date(), x.strftime("%H:%M")
    elif kind == "post_holiday":  # 节后第一个工作日
        _s, e = holiday_block_after(day)
        d = e + DAY
        while not is_workday(d):
            d += DAY
    elif kind == "pre_holiday":  # 节前 = last working day before the block
        s, _e = holiday_block_after(day)
        d = s - DAY
        while not is_workday(d):
            d -= DAY
    else:
        raise ValueError(rule)
    return d, t


# ----------------------------------------------------------------------------------------------------------
# Roster
# ----------------------------------------------------------------------------------------------------------
T = "tidewell-zj.example.cn"      # 潮汇水产饲料（湛江）有限公司 Tidewell Aquafeed (Zhanjiang), Norwegian-owned
TN = "tidewell.example.no"        # Tidewell AS head office, Bergen
G = "ldnyj.example.gov.cn"        # 丽水市莲都区农业农村局
L = "dengyao-lantern.example.cn"  # 自贡灯耀彩灯文化有限公司
K = "xykite.example.cn"           # 潍坊翔鸢风筝制品有限公司

ROSTER = [
    # name, email, department, manager_email, aliases
    ("Lars Øvrebø", "lars.ovrebo@" + T, "总经办", "", "Lars;Lars Ovrebo;GM;欧总"),
    ("陈嘉怡", "jiayi.chen@" + T, "生产部", "lars.ovrebo@" + T, "陈经理;Jenny Chen;Jenny;嘉怡"),
    ("符永康", "yongkang.fu@" + T, "生产部", "jiayi.chen@" + T, "符班长;Yongkang Fu;阿康"),
    ("梁志强", "zhiqiang.liang@" + T, "品管部", "lars.ovrebo@" + T, "梁工;Kevin Liang;Kevin"),
    ("吴海燕", "haiyan.wu@" + T, "采购部", "lars.ovrebo@" + T, "吴主管;Helen Wu;Helen;海燕"),
    ("黄俊", "jun.huang@" + T, "技术服务部", "guodong.pang@" + T, "黄工;Jun Huang;Dr. Huang;黄博"),
    ("庞国栋", "guodong.pang@" + T, "销售部", "lars.ovrebo@" + T, "庞总;Peter Pang;Peter"),
    ("莫晓玲", "xiaoling.mo@" + T, "销售部", "guodong.pang@" + T, "小莫;Ling Mo;Linda Mo"),
    ("关丽萍", "liping.guan@" + T, "财务部", "lars.ovrebo@" + T, "关经理;Liping Guan;Grace Guan"),
    ("Ingrid Haugen", "ingrid.haugen@" + TN, "Group Quality", "", "Ingrid;I. Haugen"),
    ("叶卫东", "yeweidong@" + G, "局领导", "", "叶局;叶副局长;叶局长"),
    ("蓝晓芬", "lanxiaofen@" + G, "办公室", "yeweidong@" + G, "蓝主任;晓芬"),
    ("雷志刚", "leizhigang@" + G, "产业发展科", "yeweidong@" + G, "雷科长;雷科;老雷"),
    ("钟丽娟", "zhonglijuan@" + G, "产业发展科", "leizhigang@" + G, "小钟;丽娟"),
    ("季国华", "jiguohua@" + G, "农田建设科", "yeweidong@" + G, "季科长;季科"),
    ("潘慧", "panhui@" + G, "乡村发展科", "yeweidong@" + G, "潘科长;潘科"),
    ("毛建军", "maojianjun@" + G, "执法大队", "yeweidong@" + G, "毛队;毛大队长"),
    ("吕芳", "lvfang@" + G, "计划财务科", "yeweidong@" + G, "吕科长;吕科"),
    ("罗永红", "luoyonghong@" + L, "总经办", "", "罗总;罗总经理"),
    ("曾晓雯", "zengxiaowen@" + L, "设计部", "luoyonghong@" + L, "曾主管;Vivian Zeng;Vivian;晓雯"),
    ("邓宇", "dengyu@" + L, "设计部", "zengxiaowen@" + L, "小邓;Deng Yu"),
    ("刘德贵", "liudegui@" + L, "制作车间", "luoyonghong@" + L, "刘师傅;刘主任;老刘"),
    ("何晨阳", "hechenyang@" + L, "项目部", "luoyonghong@" + L, "何经理;Sunny He;Chenyang He;Sunny"),
    ("宋佳", "songjia@" + L, "外联部", "hechenyang@" + L, "Jessica Song;Jessica;佳佳"),
    ("王德明", "wangdeming@" + L, "安全部", "luoyonghong@" + L, "王工;德明"),
    ("谢雨", "xieyu@" + L, "财务部", "luoyonghong@" + L, "谢会计;小谢"),
    ("孙海涛", "sunhaitao@" + K, "总经办", "", "孙总;海涛"),
    ("于晓彤", "yuxiaotong@" + K, "外贸部", "sunhaitao@" + K, "于经理;Tina Yu;Tina"),
    ("赵一鸣", "zhaoyiming@" + K, "外贸部", "yuxiaotong@" + K, "小赵;Ethan Zhao;Ethan"),
    ("张庆福", "zhangqingfu@" + K, "生产部", "sunhaitao@" + K, "张厂长;老张;Zhang Qingfu"),
    ("崔丽", "cuili@" + K, "品质部", "sunhaitao@" + K, "崔主管;Cui Li"),
    ("高明", "gaoming@" + K, "采购部", "sunhaitao@" + K, "高工;小高"),
    ("郑璐", "zhenglu@" + K, "电商部", "sunhaitao@" + K, "璐璐;Lulu Zheng"),
]
BY_NAME = {r[0]: r for r in ROSTER}
DEPTS = {r[2] for r in ROSTER}

# external people (not in the roster; resolvable only through To/Cc display names)
EXT = {
    "Hannah Ridley": "hannah.ridley@glowtrail.example.co.uk",
    "Owen Pryce": "owen.pryce@glowtrail.example.co.uk",
    "Mark Tolley": "mark@skylarkkites.example.com.au",
    "Priya Nair": "priya@skylarkkites.example.com.au",
    "邝志雄": "kuangzhixiong@haifeng-shrimp.example.cn",
    "Bjørn Lie": "bjorn.lie@" + TN,
}


def person(name):
    """(display name, email) of a roster or external person."""
    if name in BY_NAME:
        return name, BY_NAME[name][1]
    return name, EXT[name]


# ----------------------------------------------------------------------------------------------------------
# Gold items
# ----------------------------------------------------------------------------------------------------------
class It:
    """One gold item. owner: roster name | external name | None. dept: written department for no-owner items.
    due: calendar rule, 'vague' or None. src: the deadline words as they appear in the mail (checked)."""

    def __init__(self, owner, task, due=None, src=None, time=None, dept=None, note=None):
        self.owner, self.task, self.due, self.src, self.time, self.dept = owner, task, due, src, time, dept

    def gold(self, sent):
        flags = []
        if self.owner is None:
            name = email = None
            dept = self.dept if self.dept in DEPTS else None
            flags.append("no_owner")
        elif self.owner in BY_NAME:
            r = BY_NAME[self.owner]
            name, email, dept = r[0], r[1], r[2]
        else:
            name, email, dept = self.owner, EXT[self.owner], None
        if self.due == "vague":
            d, t = None, None
            flags.append("vague_due")
        elif self.due is None:
            d, t = None, None
            flags.append("no_due")
        else:
            d, t = resolve(self.due, sent)
            if self.time:
                t = self.time
        flags.sort(key=["vague_due", "no_owner", "no_due"].index)
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": d.isoformat() if d else None, "due_time": t, "flags": flags}


class Case:
    def __init__(self, num, slug, kind, what, notes, build, items=(), followup=None):
        """build: function () -> (raw bytes, attachments-for-check). followup: (rule, 'HH:MM'|None) or None."""
        self.num, self.slug, self.kind, self.what, self.notes = num, slug, kind, what, notes
        self.build, self.items, self.followup = build, list(items), followup

    @property
    def name(self):
        return f"{self.num}-{self.slug}"

    def gold(self, sent):
        fu = None
        if self.followup:
            d, t = resolve(self.followup[0], sent)
            fu = {"date": d.isoformat(), "time": self.followup[1] or t}
        return {"kind": self.kind, "items": [i.gold(sent) for i in self.items], "next_followup": fu,
                "reply": None, "notes": self.notes}


# ----------------------------------------------------------------------------------------------------------
# Header helpers
# ----------------------------------------------------------------------------------------------------------
def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hxu(seed, n):
    return hx(seed, n).upper()


def b64s(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def rfc_date(t, tz=None):
    """t: aware datetime; rendered in tz (default its own offset)."""
    if tz is not None:
        t = t.astimezone(tz)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
    return f"{days}, {t.day} {mon} {t.year} {t:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"


def ts(s, off=8):
    """'2026-04-02 16:05:11' -> aware datetime at UTC+off."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ewords(text, cs="utf-8", mode="B", limit=75):
    """RFC 2047 encoded words, split on character boundaries, each at most `limit` characters."""
    if is_ascii(text):
        return [text]
    try:
        text.encode(cs)
    except UnicodeEncodeError:  # clients switch to UTF-8 for a header their charset cannot carry
        cs = "utf-8"
    label = cs
    out, cur = [], ""

    def enc(s):
        b = s.encode(cs)
        if mode == "B":
            return f"=?{label}?B?{base64.b64encode(b).decode()}?="
        q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}") for x in b)
        return f"=?{label}?Q?{q}?="

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            out.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(enc(cur))
    return out


def htext(text, cs="utf-8", mode="B"):
    return "\n ".join(ewords(text, cs, mode))


def haddr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return f"<{email}>" if quote else email
    if is_ascii(name):
        if quote or re.search(r"[^\w .-]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    # Outlook and Foxmail put quotes around encoded words; RFC 2047 forbids it and strict parsers flag it as a
    # defect, so the encoded display name is written bare (what those clients send after their 2016+ updates).
    return f"{htext(name, cs, mode)} <{email}>"


def haddrs(people, cs="utf-8", mode="B", quote=False, sep=",\n\t"):
    return sep.join(haddr(n, e, cs, mode, quote) for n, e in people)


# ----------------------------------------------------------------------------------------------------------
# Body helpers
# ----------------------------------------------------------------------------------------------------------
def qp(data, flowed=False):
    """Quoted-printable (LF line ends); may split a multibyte character across a soft break, as clients do."""
    return quopri.encodestring(data, quotetabs=False).replace(b"\r\n", b"\n")


def b64(data, width=76):
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\n"


def flow(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("-- ") and line.strip() == "--":
            out.append(line)
            continue
        while len(line.encode("utf-8")) > width * 2 and " " in line[: width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[: cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


class Part:
    """A leaf MIME part. text: str (encoded with cs) or data: bytes."""

    def __init__(self, ctype, text=None, cs=None, cte="base64", data=None, params="", headers=(),
                 cs_label=None, cs_quote=True):
        self.ctype, self.cs, self.cte, self.params, self.headers = ctype, cs, cte, params, list(headers)
        self.data = data if data is not None else text.replace("\r\n", "\n").encode(cs)
        self.cs_label = cs_label or cs
        self.cs_quote = cs_quote

    def render(self):
        ct = self.ctype
        if self.cs:
            ct += f'; charset="{self.cs_label}"' if self.cs_quote else f"; charset={self.cs_label}"
        ct += self.params
        hs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {self.cte}"] + self.headers
        if self.cte == "base64":
            body = b64(self.data)
        elif self.cte == "quoted-printable":
            body = qp(self.data)
        else:
            body = self.data if self.data.endswith(b"\n") else self.data + b"\n"
        return ("\n".join(hs) + "\n\n").encode("ascii") + body


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=""):
        self.subtype, self.parts, self.boundary, self.preamble, self.params = subtype, parts, boundary, preamble, params

    def head(self):
        return f'Content-Type: multipart/{self.subtype};{self.params}\n\tboundary="{self.boundary}"'

    def render(self):
        return (self.head() + "\n\n").encode() + self.body()

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += f"\n--{self.boundary}\n".encode() + p.render()
        out += f"\n--{self.boundary}--\n".encode()
        return out


def message(headers, body):
    """headers: list of 'Name: value' strings (already encoded/folded). body: Part or Multi."""
    top = "\n".join(headers) + "\n"
    if isinstance(body, Multi):
        return (top + "MIME-Version: 1.0\n").encode("ascii") + body.render()
    return (top + "MIME-Version: 1.0\n").encode("ascii") + body.render()


def attach(filename, data, ctype, cs="utf-8", style="2231"):
    """Attachment part; non-ASCII names the way the client writes them."""
    if is_ascii(filename):
        return Part(ctype, data=data, params=f'; name="{filename}"',
                    headers=[f'Content-Disposition: attachment; filename="{filename}"'])
    if style == "2231":
        from urllib.parse import quote
        q = quote(filename.encode(cs))
        name_w = htext(filename, cs, "B").replace("\n ", "")
        return Part(ctype, data=data, params=f'; name="{name_w}"',
                    headers=[f"Content-Disposition: attachment;\n\tfilename*={cs}''{q}"])
    w = htext(filename, cs, "B").replace("\n ", "")
    return Part(ctype, data=data, params=f'; name="{w}"',
                headers=[f'Content-Disposition: attachment;\n\tfilename="{w}"'])


def received(t, helo, ip, host, rcpt, seed):
    return (f"Received: from {helo} (unknown [{ip}])\n\tby {host} (Postfix) with ESMTPS id {hxu(seed, 11)}\n"
            f"\tfor <{rcpt}>; {rfc_date(t, TZ8)} (CST)")


def envelope(sender, t, rcpt, helo, ip, host, seed):
    return [f"Return-Path: <{sender}>", f"Delivered-To: {rcpt}", received(t, helo, ip, host, rcpt, seed)]


# ----------------------------------------------------------------------------------------------------------
# HTML / text rendering helpers
# ----------------------------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def html_table(rows, head=1, style="border-collapse:collapse", td="border:1px solid #999;padding:4px 6px",
               attrs='border="1" cellspacing="0" cellpadding="0"'):
    out = [f'<table {attrs} style="{style}">']
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        cells = "".join(f'<{tag} style="{td}">{esc(c).replace(chr(10), "<br>")}</{tag}>' for c in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def tab_table(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def paras_html(text, tag="p", style=""):
    st = f' style="{style}"' if style else ""
    return "\n".join(f"<{tag}{st}>{esc(x) if x else '&nbsp;'}</{tag}>" for x in text.split("\n"))


def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ----------------------------------------------------------------------------------------------------------
# Deterministic office files
# ----------------------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(paragraphs, tables=(), when=dt.datetime(2026, 1, 1), author="", title=""):
    """paragraphs: list of str or ('h', str) for a heading; tables: list of (after_paragraph_index, rows).
    The zip is rewritten with fixed member timestamps so the bytes never change."""
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.created = cp.modified = when
    cp.last_printed = when
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    tmap = {}
    for idx, rows in tables:
        tmap.setdefault(idx, []).append(rows)
    for i, p in enumerate(paragraphs):
        if isinstance(p, tuple):
            doc.add_heading(p[1], level=1)
        else:
            doc.add_paragraph(p)
        for rows in tmap.get(i, []):
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    raw = io.BytesIO()
    doc.save(raw)
    return rezip(raw.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(title, lines, table=None):
    """A small Chinese PDF (reportlab, invariant=1 so the bytes are fixed). table: list of rows or None."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    w, h = A4
    y = h - 60
    c.setFont("STSong-Light", 15)
    c.drawCentredString(w / 2, y, title)
    y -= 30
    c.setFont("STSong-Light", 10.5)
    for ln in lines:
        if ln == "<TABLE>" and table:
            colw = [28, 150, 90, 80, 130]
            for row in table:
                x = 50
                for j, cell in enumerate(row):
                    c.drawString(x + 2, y, cell)
                    x += colw[j] if j < len(colw) else 80
                y -= 18
            continue
        c.drawString(50, y, ln)
        y -= 17
    c.showPage()
    c.save()
    return buf.getvalue()
