"""Helpers for make_heldout81.py: roster, MIME byte assembly, attachments, due-date rules, gold building."""
import base64
import binascii
import datetime as dt
import email.utils
import io
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")

# ---------------------------------------------------------------- roster
# name, email, department, manager_email, aliases
ROSTER = [
    # A 乌海市海勃湾区城市管理综合行政执法局 (government)
    ("郝建军", "haojianjun@hbwzf.example.gov.cn", "局领导", "", "郝局;郝局长"),
    ("乔慧敏", "qiaohuimin@hbwzf.example.gov.cn", "办公室", "haojianjun@hbwzf.example.gov.cn", "乔主任;慧敏"),
    ("贾志刚", "jiazhigang@hbwzf.example.gov.cn", "市容环境卫生科", "haojianjun@hbwzf.example.gov.cn", "贾科长;贾科;老贾"),
    ("苏日娜", "surina@hbwzf.example.gov.cn", "市容环境卫生科", "jiazhigang@hbwzf.example.gov.cn", "娜娜;Surina;小苏"),
    ("巴特尔", "bateer@hbwzf.example.gov.cn", "执法一中队", "haojianjun@hbwzf.example.gov.cn", "巴队;巴中队长"),
    ("吉日格拉", "jirigela@hbwzf.example.gov.cn", "执法二中队", "haojianjun@hbwzf.example.gov.cn", "吉队;吉中队长"),
    ("温雅琴", "wenyaqin@hbwzf.example.gov.cn", "法制科", "haojianjun@hbwzf.example.gov.cn", "温科长;温科"),
    ("任国栋", "renguodong@hbwzf.example.gov.cn", "市政设施科", "haojianjun@hbwzf.example.gov.cn", "任科;任科长;任工"),
    ("闫晓峰", "yanxiaofeng@hbwzf.example.gov.cn", "数字城管指挥中心", "haojianjun@hbwzf.example.gov.cn", "闫主任;晓峰"),
    # B 梅州客都金柚食品有限公司
    ("钟伟雄", "zhongweixiong@kedujinyou.example.cn", "总经办", "", "钟总;Wilson Zhong;Wilson"),
    ("曾嘉欣", "zengjiaxin@kedujinyou.example.cn", "外贸部", "zhongweixiong@kedujinyou.example.cn", "曾经理;Cindy Zeng;Cindy"),
    ("叶晓彤", "yexiaotong@kedujinyou.example.cn", "外贸部", "zengjiaxin@kedujinyou.example.cn", "彤彤;Tina Ye;Tina"),
    ("张嘉豪", "zhangjiahao@kedujinyou.example.cn", "销售部", "zhongweixiong@kedujinyou.example.cn", "张经理;Jason Zhang;豪哥"),
    ("廖志强", "liaozhiqiang@kedujinyou.example.cn", "生产部", "zhongweixiong@kedujinyou.example.cn", "廖主管;强哥"),
    ("丘美玲", "qiumeiling@kedujinyou.example.cn", "品管部", "zhongweixiong@kedujinyou.example.cn", "丘经理;邱美玲;Ms Qiu;Meiling Qiu"),
    ("罗锦辉", "luojinhui@kedujinyou.example.cn", "研发部", "zhongweixiong@kedujinyou.example.cn", "罗工;Kevin Luo;Kevin"),
    ("黄秋菊", "huangqiuju@kedujinyou.example.cn", "采购部", "zhongweixiong@kedujinyou.example.cn", "黄主管;秋菊姐"),
    ("刘振东", "liuzhendong@kedujinyou.example.cn", "仓储物流部", "zhongweixiong@kedujinyou.example.cn", "刘经理;东哥"),
    ("李慧珍", "lihuizhen@kedujinyou.example.cn", "财务部", "zhongweixiong@kedujinyou.example.cn", "李经理;慧珍"),
    # C Gulet Marine Refit (Hainan) Co., Ltd. 古莱特游艇修造（海南）
    ("Emre Aydın", "emre.aydin@guletmarine-hn.example.cn", "Management", "", "Emre;Emre Aydin;艾姆雷;Mr. Aydın"),
    ("符海生", "haisheng.fu@guletmarine-hn.example.cn", "Yard Operations", "emre.aydin@guletmarine-hn.example.cn", "Harry Fu;Harry;符工;阿生;Fu Haisheng"),
    ("吴振宇", "zhenyu.wu@guletmarine-hn.example.cn", "Engineering", "emre.aydin@guletmarine-hn.example.cn", "Zack Wu;Zack;吴工;Wu Zhenyu"),
    ("林晓雯", "xiaowen.lin@guletmarine-hn.example.cn", "Procurement", "emre.aydin@guletmarine-hn.example.cn", "Wendy Lin;Wendy;Lin Xiaowen"),
    ("云志坚", "zhijian.yun@guletmarine-hn.example.cn", "QHSE", "emre.aydin@guletmarine-hn.example.cn", "George Yun;George;云工;Yun Zhijian"),
    ("Selin Koç", "selin.koc@guletmarine-hn.example.cn", "Customer Projects", "emre.aydin@guletmarine-hn.example.cn", "Selin;Selin Koc;瑟琳"),
    ("陈美娇", "meijiao.chen@guletmarine-hn.example.cn", "Finance", "emre.aydin@guletmarine-hn.example.cn", "Maggie Chen;Maggie;Chen Meijiao"),
    ("Kerem Yıldız", "kerem.yildiz@guletmarine.example.com.tr", "Group Engineering", "", "Kerem;Kerem Yildiz"),
    # D 河源恒拓智能锁业有限公司
    ("邓国华", "dengguohua@hengtuo-lock.example.cn", "总经办", "", "邓总;Mr. Deng"),
    ("骆文斌", "luowenbin@hengtuo-lock.example.cn", "研发中心", "dengguohua@hengtuo-lock.example.cn", "骆总监;Robin Luo;Robin;骆工"),
    ("缪启航", "miaoqihang@hengtuo-lock.example.cn", "研发中心", "luowenbin@hengtuo-lock.example.cn", "缪工;启航"),
    ("何俊杰", "hejunjie@hengtuo-lock.example.cn", "研发中心", "luowenbin@hengtuo-lock.example.cn", "阿杰;Jay He;Jay;何组长"),
    ("蓝宇航", "lanyuhang@hengtuo-lock.example.cn", "研发中心", "luowenbin@hengtuo-lock.example.cn", "蓝经理;Yuhang Lan;小蓝"),
    ("朱丽萍", "zhuliping@hengtuo-lock.example.cn", "品质部", "dengguohua@hengtuo-lock.example.cn", "朱经理;萍姐"),
    ("谢思远", "xiesiyuan@hengtuo-lock.example.cn", "品质部", "zhuliping@hengtuo-lock.example.cn", "谢工;小谢;Simon Xie"),
    ("黎永强", "liyongqiang@hengtuo-lock.example.cn", "生产部", "dengguohua@hengtuo-lock.example.cn", "黎厂长;强叔"),
    ("彭晓燕", "pengxiaoyan@hengtuo-lock.example.cn", "采购部", "dengguohua@hengtuo-lock.example.cn", "彭主管;燕子"),
    ("赖诗琪", "laishiqi@hengtuo-lock.example.cn", "海外销售部", "dengguohua@hengtuo-lock.example.cn", "赖经理;Sophie Lai;Sophie"),
]
P = {r[0]: {"email": r[1], "dept": r[2], "mgr": r[3], "aliases": r[4]} for r in ROSTER}


def roster_csv():
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------- header encoding
def ew(text, cs="utf-8", enc="B", maxchars=None):
    """RFC 2047 encoded word(s) for text; ASCII text is returned as is. Long text is split into
    several words joined by a folding space."""
    if all(ord(c) < 128 for c in text):
        return text
    if maxchars is None:
        maxchars = 12 if enc == "B" else 8
    words = []
    for i in range(0, len(text), maxchars):
        chunk = text[i:i + maxchars].encode(cs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(chunk).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ("_" if b == 32 else "=%02X" % b) for b in chunk)
            words.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(words)


def ad(name, addr, cs="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % addr if quote else addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()<>@;:\""):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, enc, maxchars=20), addr)


def pa(name, cs="utf-8", enc="B"):
    """address of a roster person"""
    return ad(name, P[name]["email"], cs, enc)


def alist(addrs):
    return ",\n ".join(addrs)


# ---------------------------------------------------------------- body encoding
def qp(text, cs="utf-8"):
    data = text.replace("\r\n", "\n").encode(cs)
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data)


def b64_ln(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode()


def part(headers, body):
    """headers: list of 'Name: value' strings (value may hold folded lines); body: bytes"""
    h = "\n".join(headers).encode("ascii")
    if isinstance(body, str):
        body = body.encode("ascii")
    return h + b"\n\n" + body


def tpart(text, cs="utf-8", cte="base64", sub="plain", params="", quote_cs=True, extra=()):
    csv = '"%s"' % cs if quote_cs else cs
    ct = "Content-Type: text/%s; charset=%s%s" % (sub, csv, params)
    if cte == "base64":
        body = b64(text.encode(cs))
    elif cte == "quoted-printable":
        body = qp(text, cs)
    elif cte in ("8bit", "7bit"):
        body = text.replace("\r\n", "\n").encode(cs)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        raise ValueError(cte)
    return part([ct, "Content-Transfer-Encoding: " + cte, *extra], body)


def multipart(sub, boundary, parts, preamble="", epilogue="", params=""):
    """Returns (content-type header value, body bytes)."""
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    if epilogue:
        out += epilogue.encode()
    ctype = 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)
    return ctype, out.lstrip(b"\n") if not preamble else out


def attach(data, ctype, filename, cs="utf-8", disp="attachment"):
    if all(ord(c) < 128 for c in filename):
        fn = '"%s"' % filename
        fn_h = 'name="%s"' % filename
    else:
        fn = '"%s"' % ew(filename, cs, "B", maxchars=30).replace("\n ", "")
        fn_h = 'name="%s"' % ew(filename, cs, "B", maxchars=30).replace("\n ", "")
    return part(["Content-Type: %s;\n\t%s" % (ctype, fn_h),
                 "Content-Transfer-Encoding: base64",
                 "Content-Disposition: %s;\n\tfilename=%s" % (disp, fn)], b64_ln(data))


def message(headers, body, crlf=False):
    """headers: list of (name, value); body: bytes. Returns raw bytes."""
    lines = []
    for n, v in headers:
        lines.append("%s: %s" % (n, v))
    raw = ("\n".join(lines)).encode("ascii") + b"\n\n" + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def htmlesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- attachments (deterministic)
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paras_before, table_rows, paras_after, author, when):
    """table_rows: list of lists (first row header) or None."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    d.add_heading(title, level=1)
    for p in paras_before:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    for p in paras_after:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append("\t".join(c.text for c in r.cells))
    return "\n".join(parts)


_FONTS = {}


def _font(kind):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind not in _FONTS:
        if kind == "zh":
            pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
            _FONTS[kind] = "WQY"
        else:
            pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            _FONTS[kind] = "DejaVu"
    return _FONTS[kind]


def make_pdf(lines, kind="zh", title="", author=""):
    """lines: list of (size, text). Simple top-down layout with wrapping by character count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = _font(kind)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word" if kind == "zh" else "Microsoft Word for Microsoft 365")
    w, h = A4
    y = h - 60
    from reportlab.pdfbase.pdfmetrics import stringWidth
    maxw = w - 100
    for size, text in lines:
        chunks, rest = [], text
        while stringWidth(rest, font, size) > maxw:
            n = len(rest)
            while stringWidth(rest[:n], font, size) > maxw:
                n -= 1
            brk = max(rest.rfind(p, 0, n) for p in "，。；、 ,;")
            if brk >= n * 0.6:
                n = brk + 1
            chunks.append(rest[:n])
            rest = rest[n:].lstrip(" ")
        chunks.append(rest)
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = h - 60
            c.setFont(font, size)
            c.drawString(50, y, ch)
            y -= size + 7
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join((p.extract_text() or "") for p in r.pages)


# ---------------------------------------------------------------- dates
def sent_local(date_header):
    return email.utils.parsedate_to_datetime(date_header).astimezone(SH)


def _monday(d):
    return d - dt.timedelta(days=d.weekday())


def resolve(rule, sent):
    """rule -> (date|None, time|None). sent: aware datetime in Asia/Shanghai."""
    d = sent.date()
    kind, _, arg = rule.partition(":")
    if kind in ("vague", "none"):
        return None, None
    if kind == "abs":
        return dt.date.fromisoformat(arg), None
    if kind in ("today", "eod"):
        return d, None
    if kind == "rel":
        return d + dt.timedelta(days=int(arg)), None
    if kind == "wd":  # bare weekday: the nearest such day on or after the send date
        k = int(arg)
        return d + dt.timedelta(days=(k - d.weekday()) % 7), None
    if kind == "this":
        r = _monday(d) + dt.timedelta(days=int(arg))
        assert r >= d, (rule, sent)
        return r, None
    if kind == "next":
        return _monday(d) + dt.timedelta(days=7 + int(arg)), None
    if kind == "weekend":
        return _monday(d) + dt.timedelta(days=6), None
    if kind == "workdays":
        n, cur = int(arg), d
        while n:
            cur += dt.timedelta(days=1)
            if cc.is_workday(cur):
                n -= 1
        return cur, None
    if kind == "hours":
        t = sent + dt.timedelta(hours=int(arg))
        return t.date(), t.strftime("%H:%M")
    if kind == "monthend":
        nm = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nm - dt.timedelta(days=1), None
    if kind == "qend":
        q_last = {1: 3, 2: 6, 3: 9, 4: 12}[(d.month - 1) // 3 + 1]
        nm = dt.date(d.year + (q_last == 12), q_last % 12 + 1, 1)
        return nm - dt.timedelta(days=1), None
    if kind == "before":  # last working day before the holiday that starts on arg
        cur = dt.date.fromisoformat(arg) - dt.timedelta(days=1)
        while not cc.is_workday(cur):
            cur -= dt.timedelta(days=1)
        return cur, None
    if kind == "after":  # first working day after the holiday block containing arg
        cur = dt.date.fromisoformat(arg)
        assert not cc.is_workday(cur), rule
        while not cc.is_workday(cur):
            cur += dt.timedelta(days=1)
        return cur, None
    raise ValueError(rule)


class It:
    """One gold item. owner: roster name | ('ext', name, email) | ('dept', dept) | None."""

    def __init__(self, owner, task, rule, time=None):
        self.owner, self.task, self.rule, self.time = owner, task, rule, time

    def gold(self, sent):
        flags = []
        if isinstance(self.owner, str):
            name, mail, dept = self.owner, P[self.owner]["email"], P[self.owner]["dept"]
        elif isinstance(self.owner, tuple) and self.owner[0] == "ext":
            name, mail, dept = self.owner[1], self.owner[2], None
        elif isinstance(self.owner, tuple) and self.owner[0] == "dept":
            name, mail, dept = None, None, self.owner[1]
        else:
            name, mail, dept = None, None, None
        date, tm = resolve(self.rule, sent)
        if self.rule.startswith("vague"):
            flags.append("vague_due")
        if name is None:
            flags.append("no_owner")
        if self.rule.startswith("none"):
            flags.append("no_due")
        if self.time:
            tm = self.time
        return {"owner_name": name, "owner_email": mail, "department": dept, "task": self.task,
                "due_date": date.isoformat() if date else None, "due_time": tm, "flags": flags}


class Case:
    def __init__(self, num, slug, kind, raw, items=(), fu=None, notes="", tests="", attach_expect=()):
        self.num, self.slug, self.kind, self.raw = num, slug, kind, raw
        self.items, self.fu, self.notes, self.tests = list(items), fu, notes, tests
        self.attach_expect = list(attach_expect)  # substrings that must be in docx/pdf text

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def date_header(self):
        import email
        import email.policy
        m = email.message_from_bytes(self.raw, policy=email.policy.compat32)
        return m["Date"]

    def gold(self, sent=None):
        sent = sent or sent_local(self.date_header())
        fu = None
        if self.fu:
            rule, tm = self.fu
            d, t = resolve(rule, sent)
            fu = {"date": d.isoformat(), "time": tm or t}
        return {"kind": self.kind, "items": [i.gold(sent) for i in self.items], "next_followup": fu,
                "reply": None, "notes": self.notes}


# ---------------------------------------------------------------- client helpers
def received(helo, ip, server, qid, when, rcpt, proto="ESMTPS"):
    return ("from %s (unknown [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (helo, ip, server, proto, qid, rcpt, when))


def outlook_html(lines, cs, lang="ZH-CN", font="等线"):
    """Word-generated HTML as Outlook for Windows writes it."""
    body = []
    for ln in lines:
        if not ln.strip():
            body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            body.append("<p class=MsoNormal><span style='font-family:%s'>%s</span></p>" % (font, htmlesc(ln)))
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:等线;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:等线;}\n"
            "--></style></head><body lang=%s link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>"
            "<div class=WordSection1>\n%s\n</div></body></html>\n" % (cs, lang, "\n".join(body)))


def div_html(lines, style="font-family:微软雅黑;font-size:14px", wrap="div"):
    out = []
    for ln in lines:
        out.append("<%s>%s</%s>" % (wrap, htmlesc(ln) if ln.strip() else "<br>", wrap))
    return "<html><head><meta charset=\"utf-8\"></head><body><div style=\"%s\">\n%s\n</div></body></html>\n" % (
        style, "\n".join(out))


def table_html(rows, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"'):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlesc(c), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def flow(text, width=72):
    """format=flowed wrapping (RFC 3676): soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = width - 1
                out.append(line[:cut] + " ")
                line = line[cut:]
            else:
                out.append(line[:cut + 1])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)
