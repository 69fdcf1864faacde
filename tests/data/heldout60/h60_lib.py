"""Shared helpers for make_heldout60.py: calendar rules, roster, MIME building, gold records.

Everything is deterministic: no clock reads, no randomness. Messages are assembled as raw bytes so that each
client's header order, charsets, transfer encodings and boundaries can be chosen exactly.
"""
import base64
import binascii
import datetime as dt
import hashlib
import html
import io
import zipfile

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date

# ----------------------------------------------------------------------------------------------------------------
# date rules (conventions of the corpus README + research/dates-eval.md)
# ----------------------------------------------------------------------------------------------------------------


def is_wd(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    """N个工作日内: count working days starting the day after sending."""
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def hol_block(d):
    """The contiguous run of non-working days containing date d (d must be a holiday)."""
    assert not is_wd(d), d
    a = b = d
    while not is_wd(a - dt.timedelta(days=1)):
        a -= dt.timedelta(days=1)
    while not is_wd(b + dt.timedelta(days=1)):
        b += dt.timedelta(days=1)
    return a, b


def month_end(y, m):
    nxt = D(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(spec, sent):
    """spec -> (date, time or None); sent is an aware datetime in Asia/Shanghai."""
    s = sent.date()
    kind, _, arg = spec.partition(":")
    monday = s - dt.timedelta(days=s.weekday())
    if kind == "abs":
        return D.fromisoformat(arg), None
    if kind == "wd":        # bare weekday: on or after the send date
        c = monday + dt.timedelta(days=int(arg))
        return (c if c >= s else c + dt.timedelta(days=7)), None
    if kind == "tw":        # 本周X / this week
        return monday + dt.timedelta(days=int(arg)), None
    if kind == "nw":        # 下周X / next <weekday>
        return monday + dt.timedelta(days=7 + int(arg)), None
    if kind == "today":
        return s, None
    if kind == "days":      # 明天 = days:1, 后天 = days:2, 一周内 = days:7
        return s + dt.timedelta(days=int(arg)), None
    if kind == "bd":
        return add_workdays(s, int(arg)), None
    if kind == "nextwd":
        return add_workdays(s, 1), None
    if kind == "hours":
        t = sent + dt.timedelta(hours=float(arg))
        return t.date(), t.strftime("%H:%M")
    if kind == "mend":
        return month_end(s.year, s.month), None
    if kind == "nmend":
        y, m = (s.year + 1, 1) if s.month == 12 else (s.year, s.month + 1)
        return month_end(y, m), None
    if kind == "weekend":   # 本周内: Sunday of the calendar week
        return monday + dt.timedelta(days=6), None
    if kind == "prehol":    # 节前: last working day before the holiday block containing arg
        a, _ = hol_block(D.fromisoformat(arg))
        d = a - dt.timedelta(days=1)
        while not is_wd(d):
            d -= dt.timedelta(days=1)
        return d, None
    if kind == "posthol":   # 节后 / 节后第一个工作日
        _, b = hol_block(D.fromisoformat(arg))
        d = b + dt.timedelta(days=1)
        while not is_wd(d):
            d += dt.timedelta(days=1)
        return d, None
    raise ValueError(spec)


def parse_date_header(v):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(v).astimezone(TZ8)


def ts(s):
    """'2026-04-02 10:05:31 +0800' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc_date(t, dayname=True):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%d %s %d %02d:%02d:%02d %s%02d%02d" % (t.day, months[t.month - 1], t.year, t.hour, t.minute, t.second,
                                                sign, mins // 60, mins % 60)
    return (days[t.weekday()] + ", " + s) if dayname else s


# ----------------------------------------------------------------------------------------------------------------
# organisations and roster
# ----------------------------------------------------------------------------------------------------------------
QY = "qiyuan-goji.example.cn"
KA = "kaarna-mdj.example.cn"
FI = "kaarna.example.fi"
MJ = "tsmjjt.example.gov.cn"
SL = "shanlan-dive.example.cn"

BOTS = {"A": ("纪要助手", "minutes@" + QY), "B": ("Minutes Bot", "minutes@" + KA),
        "C": ("纪要助手", "minutes@" + MJ), "D": ("纪要助手", "minutes@" + SL)}

ROSTER = [
    # A 宁夏中宁杞源枸杞生物科技有限公司
    ("马海东", "mahaidong@" + QY, "总经办", "", "马总;Ma Haidong"),
    ("杨晓燕", "yangxiaoyan@" + QY, "总经办", "mahaidong@" + QY, "杨主任;Yang Xiaoyan"),
    ("田国栋", "tianguodong@" + QY, "生产部", "mahaidong@" + QY, "田经理;田厂长;Tian Guodong"),
    ("李俊", "lijun@" + QY, "生产部", "tianguodong@" + QY, "李班长;Li Jun"),
    ("苏婷", "suting@" + QY, "品控部", "mahaidong@" + QY, "苏主管;Su Ting"),
    ("纳静", "najing@" + QY, "品控部", "suting@" + QY, "纳工;Na Jing"),
    ("丁文博", "dingwenbo@" + QY, "销售部", "mahaidong@" + QY, "丁经理;Wenbo;Ding Wenbo"),
    ("何蕾", "helei@" + QY, "电商部", "mahaidong@" + QY, "蕾蕾;Lily He;何经理"),
    ("冯志刚", "fengzhigang@" + QY, "采购部", "mahaidong@" + QY, "冯主管;Feng Zhigang"),
    ("韩雪梅", "hanxuemei@" + QY, "财务部", "mahaidong@" + QY, "韩会计;韩姐;Han Xuemei"),
    # B Kaarna Heilong Forestry Machinery (Mudanjiang) + Kaarna Oy (Tampere)
    ("Mikko Laaksonen", "mikko.laaksonen@" + KA, "Management", "", "Mikko;ML;米科"),
    ("王立新", "wanglixin@" + KA, "Production", "mikko.laaksonen@" + KA, "Wang Lixin;Lixin;王厂长"),
    ("赵春燕", "zhaochunyan@" + KA, "Quality", "mikko.laaksonen@" + KA, "Spring Zhao;Spring;赵经理"),
    ("孙浩", "sunhao@" + KA, "Supply Chain", "mikko.laaksonen@" + KA, "Howard Sun;Howard"),
    ("刘雨桐", "liuyutong@" + KA, "Engineering", "mikko.laaksonen@" + KA, "Tina Liu;Tina;刘工"),
    ("曲丽娟", "qulijuan@" + KA, "HR & Admin", "mikko.laaksonen@" + KA, "Joanna Qu;Joanna"),
    ("张德胜", "zhangdesheng@" + KA, "Production", "wanglixin@" + KA, "Zhang Desheng;Desheng;老张"),
    ("Aino Virtanen", "aino.virtanen@" + FI, "Product Management", "", "Aino;AV"),
    ("Jussi Heikkinen", "jussi.heikkinen@" + FI, "Global Service", "aino.virtanen@" + FI, "Jussi;JH"),
    # C 天水市麦积区交通运输局
    ("张建华", "zhangjianhua@" + MJ, "局领导", "", "张局;张局长;Zhang Jianhua"),
    ("蒲志强", "puzhiqiang@" + MJ, "局领导", "zhangjianhua@" + MJ, "蒲局;蒲副局长"),
    ("王芸", "wangyun@" + MJ, "办公室", "puzhiqiang@" + MJ, "王主任"),
    ("康宁", "kangning@" + MJ, "办公室", "wangyun@" + MJ, "小康"),
    ("雷鸣", "leiming@" + MJ, "规划建设股", "puzhiqiang@" + MJ, "雷股长"),
    ("赵敏", "zhaomin@" + MJ, "公路管理股", "puzhiqiang@" + MJ, "赵股长"),
    ("何军", "hejun@" + MJ, "运输管理股", "puzhiqiang@" + MJ, "何股长"),
    ("石磊", "shilei@" + MJ, "安全监督股", "zhangjianhua@" + MJ, "石股长"),
    ("吕娜", "lvna@" + MJ, "财务股", "zhangjianhua@" + MJ, "吕股长"),
    # D 三亚珊澜潜水度假有限公司
    ("林涛", "lintao@" + SL, "总经办", "", "林总;Tao Lin"),
    ("符晓琳", "fuxiaolin@" + SL, "运营部", "lintao@" + SL, "符总监;Sherry;Sherry Fu"),
    ("陈海波", "chenhaibo@" + SL, "潜水中心", "fuxiaolin@" + SL, "波哥;陈教练;Haibo"),
    ("吉雅", "jiya@" + SL, "客服部", "fuxiaolin@" + SL, "吉主管;Jiya"),
    ("王梓萱", "wangzixuan@" + SL, "市场部", "lintao@" + SL, "萱萱;Zoe;Zoe Wang"),
    ("黎明辉", "liminghui@" + SL, "工程部", "fuxiaolin@" + SL, "黎工;Li Minghui"),
    ("邢丽", "xingli@" + SL, "财务部", "lintao@" + SL, "邢会计"),
    ("羊春花", "yangchunhua@" + SL, "客服部", "jiya@" + SL, "春花"),
]
P = {r[0]: {"name": r[0], "email": r[1], "dept": r[2]} for r in ROSTER}

# people outside the roster who appear as senders/recipients/owners
EXT = {
    "白玉兰": "baiyulan@saishang-youpin.example.cn",
    "郝建军": "haojianjun@helan-print.example.cn",
    "高峰": "gaofeng@longjiang-hyd.example.cn",
    "韦国庆": "weiguoqing@mjjtjt.example.cn",
    "郑帆": "zhengfan@lanjiao-boat.example.cn",
    "Elina Mäkelä": "elina.makela@" + FI,
}


def addr_of(name):
    return P[name]["email"] if name in P else EXT[name]


# ----------------------------------------------------------------------------------------------------------------
# gold records
# ----------------------------------------------------------------------------------------------------------------
class It:
    """One gold item. who: roster/EXT name or None (department-only). due: rule spec, 'vague' or None."""

    def __init__(self, who, task, due=None, exp=None, time=None, dept=None, extra_flags=()):
        self.who, self.task, self.due, self.exp, self.time, self.dept = who, task, due, exp, time, dept
        self.extra_flags = tuple(extra_flags)

    def gold(self, sent):
        flags = []
        if self.who is None:
            name = email = None
            dept = self.dept
            flags.append("no_owner")
        elif self.who in P:
            name, email, dept = self.who, P[self.who]["email"], P[self.who]["dept"]
        else:
            name, email, dept = self.who, EXT.get(self.who), None
        date = tm = None
        if self.due == "vague":
            flags.append("vague_due")
        elif self.due is None:
            flags.append("no_due")
        else:
            d, t = resolve(self.due, sent)
            if d.isoformat() != self.exp:
                raise AssertionError("rule %s gives %s, hand value %s (%s)" % (self.due, d, self.exp, self.task))
            date = d.isoformat()
            tm = t or self.time
            if t and self.time and t != self.time:
                raise AssertionError("time mismatch %s %s" % (t, self.time))
        flags.extend(self.extra_flags)
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": date, "due_time": tm, "flags": flags}


class Fu:
    def __init__(self, due, exp, time=None):
        self.due, self.exp, self.time = due, exp, time

    def gold(self, sent):
        d, t = resolve(self.due, sent)
        if d.isoformat() != self.exp:
            raise AssertionError("follow-up rule %s gives %s, hand value %s" % (self.due, d, self.exp))
        return {"date": d.isoformat(), "time": t or self.time}


# ----------------------------------------------------------------------------------------------------------------
# header encoding
# ----------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-8859-1": "latin-1", "big5": "big5"}


def codec(label):
    return CODEC[label.lower()]


def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (each <= 75 chars, never splitting a character); joined with a single space."""
    label = cs.upper() if cs.lower() in ("utf-8",) else cs
    words, cur = [], ""

    def enc(s):
        b = s.encode(codec(cs))
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (label, q)

    for ch in text:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return " ".join(words)


def needs(s):
    return any(ord(c) > 127 for c in s)


def subj(text, cs="utf-8", mode="B"):
    return ew(text, cs, mode) if needs(text) else text


def A(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return email
    if needs(name):
        n = ew(name, cs, mode)
        n = '"%s"' % n if quote else n
    else:
        n = '"%s"' % name if (quote or any(c in name for c in ",.()")) else name
    return "%s <%s>" % (n, email)


def AL(people, cs="utf-8", mode="B", quote=False, sep=", "):
    """people: list of (name, email) or roster names."""
    out = []
    for p in people:
        if isinstance(p, str):
            p = (p, addr_of(p))
        out.append(A(p[0], p[1], cs, mode, quote))
    return sep.join(out)


ADDR_HEADERS = ("from", "to", "cc", "reply-to", "bcc")


def fold(name, value, width=76):
    """Fold a header: address lists after commas, other headers at spaces, keeping lines within width."""
    if name.lower() in ADDR_HEADERS and ", " in value:
        toks, joiner = value.split(", "), ","
    else:
        toks, joiner = value.split(" "), ""
    lines, line = [], name + ": " + toks[0]
    for tok in toks[1:]:
        if len(line) + len(joiner) + 1 + len(tok) > width:
            lines.append(line + joiner)
            line = " " + tok
        else:
            line += joiner + " " + tok
    lines.append(line)
    return lines


# ----------------------------------------------------------------------------------------------------------------
# MIME parts: (header_lines, body_bytes)
# ----------------------------------------------------------------------------------------------------------------
def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode()


def qp(data):
    return binascii.b2a_qp(data)


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft breaks keep a trailing space; space-stuff ' ' and 'From '."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        while True:
            if line.startswith((" ", "From ")):
                line = " " + line
            if len(line) <= width or " " not in line[1:width]:
                break
            cut = line.rfind(" ", 1, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", headers=(), name=None,
         disposition=None, cs_quote=True):
    if text is not None:
        text = text.replace("\r\n", "\n")
        data = text.encode(codec(cs))
    h = "Content-Type: " + ctype
    if cs:
        h += '; charset="%s"' % cs if cs_quote else "; charset=%s" % cs
    if params:
        h += ";" + params if params.startswith("\n") else "; " + params
    if name:
        h += ';\n\tname="%s"' % name
    lines = h.split("\n")
    lines.append("Content-Transfer-Encoding: " + cte)
    if disposition:
        lines.extend(disposition.split("\n"))
    lines.extend(headers)
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = qp(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return (lines, body)


def multi(subtype, parts, boundary, params="", preamble=None, headers=()):
    lines = ['Content-Type: multipart/%s;' % subtype]
    if params:
        lines.append("\t" + params + ";")
    lines.append('\tboundary="%s"' % boundary)
    lines.extend(headers)
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for ph, pb in parts:
        body += b"\n--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
    body += b"\n--" + boundary.encode() + b"--\n"
    return (lines, body.lstrip(b"\n") if not preamble else body)


def message(headers, part, crlf=False, mime=True):
    """headers: list of (name, value) or raw lines; the part's own headers follow MIME-Version."""
    out = []
    for h in headers:
        if isinstance(h, str):
            out.extend(h.split("\n"))
        else:
            k, v = h
            if "\n" in v:
                first, *rest = v.split("\n")
                out.append(k + ": " + first)
                out.extend(rest)
            else:
                out.extend(fold(k, v))
    if mime:
        out.append("MIME-Version: 1.0")
    out.extend(part[0])
    raw = ("\n".join(out)).encode("ascii") + b"\n\n" + part[1]
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def hxu(seed, n=16):
    return hx(seed, n).upper()


def received(by_host, frm_host, frm_ip, t, rcpt, seed, proto="ESMTPS"):
    return ("Received: from %s (unknown [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (frm_host, frm_ip, by_host, proto, hxu(seed, 11), rcpt, rfc_date(t.astimezone(TZ8)) + " (CST)"))


# ----------------------------------------------------------------------------------------------------------------
# HTML helpers
# ----------------------------------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def table(rows, head=1, style="border-collapse:collapse", td="border:1px solid #999;padding:4px 6px"):
    out = ['<table style="%s" cellspacing="0" cellpadding="0">' % style]
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            tag = "th" if i < head else "td"
            out.append('<%s style="%s">%s</%s>' % (tag, td, esc(c).replace("\n", "<br>"), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras(text, tag="p", style=""):
    st = ' style="%s"' % style if style else ""
    return "\n".join("<%s%s>%s</%s>" % (tag, st, esc(l) if l else "&nbsp;", tag) for l in text.split("\n"))


def text_table(rows, sep="\t"):
    return "\n".join(sep.join(r).replace("\n", " ") for r in rows)


# ----------------------------------------------------------------------------------------------------------------
# attachments with fixed bytes
# ----------------------------------------------------------------------------------------------------------------
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def renormalize_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author, when):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows)."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        else:
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return renormalize_zip(buf.getvalue(), when)


def make_pdf(lines, title, author):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 790
    for ln in lines:
        size = 15 if ln.startswith("#") else 10.5
        c.setFont("STSong-Light", size)
        c.drawString(56, y, ln.lstrip("#"))
        y -= 22 if size > 12 else 17
        if y < 60:
            c.showPage()
            y = 790
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, kind, what):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "kind": kind, "what": what, "fn": fn})
        return fn
    return deco


def bot(org, cs="utf-8", mode="B"):
    n, e = BOTS[org]
    return A(n, e, cs, mode)
