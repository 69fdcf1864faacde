"""Helpers for make_heldout71.py: roster, date rules, MIME building, docx/pdf attachments.

Everything is deterministic: no clock reads, no randomness; ids are hashes of the case slug.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import quopri
import re
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")

# ---------------------------------------------------------------- organisations and roster
ORGS = {
    "A": ("郴州市北湖区民政局", "bhqmzj.example.gov.cn"),
    "B": ("白山松泉矿泉水饮品有限公司", "songquan-water.example.cn"),
    "C": ("Tatra Brzdy (Shaoguan) Co., Ltd. 塔特拉制动（韶关）有限公司", "tatrabrzdy-sg.example.cn"),
    "D": ("吴忠鑫源滩羊食品有限公司", "xinyuan-tanyang.example.cn"),
}
DA, DB, DC, DD = (ORGS[k][1] for k in "ABCD")
HQ = "tatrabrzdy.example.sk"
PARS = "parszagros.example.ir"

# key: (name, email, department, manager key, aliases)
_R = [
    # A 郴州市北湖区民政局
    ("tan", "谭志刚", "tanzhigang@" + DA, "局领导", "", "谭局;谭局长"),
    ("cao", "曹丽萍", "caoliping@" + DA, "办公室", "tan", "曹主任;丽萍"),
    ("kuang", "邝建华", "kuangjianhua@" + DA, "养老服务股", "tan", "邝股长;建华"),
    ("hew", "何雯", "hewen@" + DA, "养老服务股", "kuang", "何老师;小何"),
    ("lei", "雷振宇", "leizhenyu@" + DA, "社会救助股", "tan", "雷股长;振宇"),
    ("liao", "廖春燕", "liaochunyan@" + DA, "社会救助股", "lei", "春燕;廖老师"),
    ("xiao", "肖卫东", "xiaoweidong@" + DA, "社会事务股", "tan", "肖股长"),
    ("lix", "李湘", "lixiang@" + DA, "规划财务股", "tan", "李会计;湘湘"),
    ("xu", "许国平", "xuguoping@" + DA, "燕泉街道民政办", "", "许主任"),
    # B 白山松泉矿泉水饮品
    ("jin", "金永山", "jinyongshan@" + DB, "总经理办公室", "", "金总"),
    ("piao", "朴成哲", "piaochengzhe@" + DB, "生产部", "jin", "朴经理;老朴"),
    ("sun", "孙丽娟", "sunlijuan@" + DB, "质量部", "jin", "孙主管;丽娟"),
    ("jiang", "姜涛", "jiangtao@" + DB, "设备部", "piao", "姜工"),
    ("cui", "崔明浩", "cuiminghao@" + DB, "销售部", "jin", "崔经理"),
    ("gao", "高雪", "gaoxue@" + DB, "采购部", "jin", "小高"),
    ("yu", "于海波", "yuhaibo@" + DB, "综合办", "jin", "于主任;小于"),
    ("wang", "王红梅", "wanghongmei@" + DB, "财务部", "jin", "王会计;红梅"),
    # C Tatra Brzdy (Shaoguan) + HQ Zilina
    ("marek", "Marek Kováč", "marek.kovac@" + DC, "Management", "", "Marek;MK;Kováč;Marek Kovac"),
    ("zuzana", "Zuzana Horváthová", "zuzana.horvathova@" + HQ, "Group Quality", "", "Zuzana;ZH;Zuzana Horvathova"),
    ("peter", "Peter Novák", "peter.novak@" + HQ, "Group Engineering", "", "Peter;PN"),
    ("zhong", "钟伟明", "zhongweiming@" + DC, "Engineering", "marek", "William Zhong;William;Weiming;钟工"),
    ("deng", "邓嘉欣", "dengjiaxin@" + DC, "Supply Chain", "marek", "Cathy Deng;Cathy;嘉欣"),
    ("huang", "黄振邦", "huangzhenbang@" + DC, "Production", "marek", "Ben Huang;Ben;黄主管"),
    ("luo", "罗慧", "luohui@" + DC, "Quality", "marek", "Lydia Luo;Lydia;罗工"),
    ("wen", "温志强", "wenzhiqiang@" + DC, "HR & Admin", "marek", "Kevin Wen;Kevin"),
    # D 吴忠鑫源滩羊食品
    ("ma", "马建国", "majianguo@" + DD, "总经理室", "", "马总"),
    ("ding", "丁秀兰", "dingxiulan@" + DD, "品控部", "ma", "丁经理;秀兰;Ding Xiulan"),
    ("yang", "杨文博", "yangwenbo@" + DD, "外贸部", "ma", "Wenbo Yang;Bob Yang;Bob;文博"),
    ("sa", "撒海燕", "sahaiyan@" + DD, "生产部", "ma", "撒主管;海燕"),
    ("na", "纳晓东", "naxiaodong@" + DD, "冷链物流部", "ma", "纳工;晓东"),
    ("suo", "锁凤琴", "suofengqin@" + DD, "财务部", "ma", "锁会计"),
    ("maxl", "马小龙", "maxiaolong@" + DD, "采购部", "ma", "小马;小龙"),
]
P = {k: {"name": n, "email": e, "department": d, "manager": m, "aliases": a} for k, n, e, d, m, a in _R}


def roster_rows():
    rows = [["name", "email", "department", "manager_email", "aliases"]]
    for k, n, e, d, m, a in _R:
        rows.append([n, e, d, P[m]["email"] if m else "", a])
    return rows


# ---------------------------------------------------------------- date rules
def is_work(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(1)
        if is_work(d):
            n -= 1
    return d


def resolve(rule, sent):
    """rule -> (date or None, time or None). sent is an aware datetime in Asia/Shanghai."""
    d = sent.date()
    k = rule[0]
    if k == "abs":
        return dt.date.fromisoformat(rule[1]), None
    if k == "day":              # 今天/明天/后天 = send date + n
        return d + dt.timedelta(rule[1]), None
    if k == "wd":               # N个工作日内: counted from the day after sending
        return add_workdays(d, rule[1]), None
    if k == "wkday":            # bare weekday: next such day after the send day (never the send day itself here)
        assert d.weekday() != rule[1], "bare weekday equal to the send day is ambiguous; avoid"
        return d + dt.timedelta((rule[1] - d.weekday()) % 7 or 7), None
    if k == "benzhou":          # 本周X: this Mon-Sun week
        return d - dt.timedelta(d.weekday()) + dt.timedelta(rule[1]), None
    if k == "next":             # 下周X: the following Mon-Sun week
        return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + rule[1]), None
    if k == "weekend":          # 本周内: end of this calendar week (Sunday)
        return d - dt.timedelta(d.weekday()) + dt.timedelta(6), None
    if k == "monthend":
        nxt = (d.replace(day=28) + dt.timedelta(4)).replace(day=1)
        return nxt - dt.timedelta(1), None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    if k == "after_hol":        # 节后第一个工作日: first working day after the holiday that covers rule[1]
        x = dt.date.fromisoformat(rule[1])
        assert not is_work(x)
        while not is_work(x):
            x += dt.timedelta(1)
        return x, None
    if k == "before_hol":       # X节前: last working day before the holiday that starts at rule[1]
        x = dt.date.fromisoformat(rule[1])
        assert not is_work(x)
        x -= dt.timedelta(1)
        while not is_work(x):
            x -= dt.timedelta(1)
        return x, None
    raise ValueError(rule)


def sent_of(date_header):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date_header).astimezone(SH)


# ---------------------------------------------------------------- gold items
class Item:
    def __init__(self, owner, task, rule=None, expect=None, time=None, dept=None, name=None, email=None):
        """owner: roster key, or None (no_owner), or 'ext' with name/email. rule: date rule tuple,
        'vague' or None (no due). expect: the hand-worked ISO date (checked against rule)."""
        self.owner, self.task, self.rule, self.expect, self.time = owner, task, rule, expect, time
        self.dept, self.name, self.email = dept, name, email

    def gold(self):
        flags = []
        if self.rule == "vague":
            flags.append("vague_due")
        if self.owner is None:
            flags.append("no_owner")
        if self.rule is None:
            flags.append("no_due")
        if self.owner in P:
            p = P[self.owner]
            on, oe, od = p["name"], p["email"], p["department"]
        elif self.owner == "ext":
            on, oe, od = self.name, self.email, None
        else:
            on, oe, od = None, None, self.dept
        return {"owner_name": on, "owner_email": oe, "department": od, "task": self.task,
                "due_date": self.expect, "due_time": self.time, "flags": flags}


I = Item


class Case:
    def __init__(self, num, slug, kind, date, eml, notes, tests, items=(), followup=None,
                 task_check=True, attach_text=None):
        self.num, self.slug, self.kind, self.date, self.eml = num, slug, kind, date, eml
        self.notes, self.tests, self.items, self.followup = notes, tests, list(items), followup
        self.task_check = task_check
        self.attach_text = attach_text or []      # strings that must be found in attachments

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def gold(self):
        fu = None
        if self.followup:
            fu = {"date": self.followup[1], "time": self.followup[2]}
        return {"kind": self.kind, "items": [i.gold() for i in self.items], "next_followup": fu,
                "reply": None, "notes": self.notes}


# ---------------------------------------------------------------- ids
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, n=16):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()


def upper_hx(seed, n):
    return hx(seed, n).upper()


# ---------------------------------------------------------------- headers
def ew(text, cs="utf-8", mode="B", maxlen=60):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in text) and cs.lower() in ("utf-8", "us-ascii") and mode == "raw":
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        enc = trial.encode(cs)
        size = len(base64.b64encode(enc)) if mode == "B" else len(_qword(enc))
        if size > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            out.append("=?%s?Q?%s?=" % (cs, _qword(b)))
    return "\n ".join(out)


def _qword(b):
    s = ""
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            s += c
        elif c == " ":
            s += "_"
        else:
            s += "=%02X" % x
    return s


def addr(name, email, cs="utf-8", mode="B", quote=True):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:@()<>\[\]\"]", name) or quote:
            return '"%s" <%s>' % (name.replace('"', ""), email)
        return "%s <%s>" % (name, email)
    try:
        name.encode(cs)
    except UnicodeEncodeError:          # clients fall back to UTF-8 for names outside the charset
        cs = "utf-8"
    return "%s <%s>" % (ew(name, cs, mode), email)


def who(key):
    return P[key]["name"], P[key]["email"]


def en(key):
    """(English display name, email) for staff who go by an English name."""
    p = P[key]
    for a in p["aliases"].split(";"):
        if " " in a and all(ord(c) < 128 for c in a):
            return a, p["email"]
    return p["name"], p["email"]


def addrs(people, cs="utf-8", mode="B", quote=True):
    """people: list of roster keys or (name, email)."""
    out = []
    for p in people:
        n, e = who(p) if isinstance(p, str) else p
        out.append(addr(n, e, cs, mode, quote))
    return ",\n ".join(out)


def rfc_date(s):
    return s


# ---------------------------------------------------------------- bodies
def b64lines(data):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def qp(data):
    out = quopri.encodestring(data, quotetabs=False)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def encode_body(text, cs, cte):
    data = text.encode(cs) if isinstance(text, str) else text
    if cte == "base64":
        return b64lines(data)
    if cte == "quoted-printable":
        return qp(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


class Ent:
    """A MIME entity: header lines + body bytes."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode() + self.body


def text(ctype, body, cs="utf-8", cte="base64", params="", extra=(), csq=True):
    csv_ = '"%s"' % cs if csq else cs
    h = ["Content-Type: %s; charset=%s%s" % (ctype, csv_, params), "Content-Transfer-Encoding: " + cte]
    return Ent(h + list(extra), encode_body(body, cs, cte))


def binary(ctype, data, filename, cs="utf-8", disp="attachment", extra=(), rfc2231=False):
    if all(ord(c) < 128 for c in filename):
        fn_ct = '; name="%s"' % filename
        fn_cd = '; filename="%s"' % filename
    elif rfc2231:
        from urllib.parse import quote
        fn_ct = "; name*=%s''%s" % (cs, quote(filename.encode(cs)))
        fn_cd = "; filename*=%s''%s" % (cs, quote(filename.encode(cs)))
    else:
        enc = ew(filename, cs)
        fn_ct = '; name="%s"' % enc
        fn_cd = '; filename="%s"' % enc
    h = ["Content-Type: %s%s" % (ctype, fn_ct), "Content-Transfer-Encoding: base64",
         "Content-Disposition: %s%s" % (disp, fn_cd)]
    return Ent(h + list(extra), b64lines(data))


def multi(subtype, boundary, parts, preamble=None, params=""):
    h = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    if not preamble:
        body = body[1:]
    return Ent(h, body)


def message(headers, ent, mime_version="MIME-Version: 1.0"):
    hs = list(headers)
    if mime_version:
        hs.append(mime_version)
    if "@CT" in hs:                      # entity headers where the client puts them
        i = hs.index("@CT")
        hs[i:i + 1] = ent.headers
    else:
        hs += ent.headers
    return ("\n".join(hs) + "\n\n").encode() + ent.body


def server_time(date, secs=3):
    from email.utils import format_datetime, parsedate_to_datetime
    t = parsedate_to_datetime(date).astimezone(SH) + dt.timedelta(seconds=secs)
    return format_datetime(t) + " (CST)"


def received(by_host, from_host, ip, date, seed, rcpt):
    date = server_time(date)
    return ("Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (from_host, ip, by_host, upper_hx(seed, 11), rcpt, date))


def envelope(sender, rcpt, by_host, from_host, ip, date, seed):
    return ["Return-Path: <%s>" % sender, "Delivered-To: " + rcpt,
            received(by_host, from_host, ip, date, seed, rcpt)]


# ---------------------------------------------------------------- html helpers
def esc(s):
    return html.escape(s, quote=False)


def table_html(rows, head=1, style='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"',
               cell_style=""):
    out = ["<table %s>" % style]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        cs = (' style="%s"' % cell_style) if cell_style else ""
        out.append("<tr>" + "".join("<%s%s>%s</%s>" % (tag, cs, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_tabs(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ---------------------------------------------------------------- documents
FIXED = dt.datetime(2026, 1, 1, 8, 0, 0)


def normalize_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paras_before, table_rows, paras_after, author, when, font=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(11)
    d.add_heading(title, level=1)
    for p in paras_before:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    for p in paras_after:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append("\t".join(c.text for c in r.cells))
    return "\n".join(parts)


def make_pdf(title, lines, table_rows, after, author):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author=author,
                            creator="Microsoft Word", producer="ReportLab")
    ss = getSampleStyleSheet()
    flow = [Paragraph(esc(title), ss["Title"])]
    for l in lines:
        flow.append(Paragraph(esc(l), ss["Normal"]))
    flow.append(Spacer(1, 8))
    if table_rows:
        body = [[Paragraph(esc(c), ss["Normal"]) for c in r] for r in table_rows]
        t = Table(body, colWidths=[28, 230, 100, 110])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        flow.append(t)
    flow.append(Spacer(1, 8))
    for l in after:
        flow.append(Paragraph(esc(l), ss["Normal"]))
    doc.build(flow)
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)


def lines_html(text, tag="div", style="", blank="<br>"):
    """Plain text -> one element per line, as webmail editors write it."""
    st = (' style="%s"' % style) if style else ""
    out = []
    for line in text.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, st, esc(line) if line.strip() else blank, tag))
    return "\n".join(out)
