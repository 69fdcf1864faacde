"""Shared helpers for the heldout73 generator: calendar rules, people, MIME assembly, attachments, gold records.

Everything is deterministic: no clock reads, no randomness. Messages are assembled by hand (not with
email.generator) so that each client's charset, transfer encoding, boundary and header style is exactly the
one chosen for the case.
"""
import base64
import datetime as dt
import io
import quopri
import zipfile

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date

# ----------------------------------------------------------------------------------------------------------
# Calendar rules (product policy, corpus README + research/dates-eval.md)
# ----------------------------------------------------------------------------------------------------------
HOLIDAY_START = {  # first day of each 2026 statutory holiday block
    "清明": D(2026, 4, 4), "劳动节": D(2026, 5, 1), "端午": D(2026, 6, 19),
    "中秋": D(2026, 9, 25), "国庆": D(2026, 10, 1),
}


def is_workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    """N个工作日内: count working days starting the day after sending; due at the end of the Nth."""
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def _monday(d):
    return d - dt.timedelta(days=d.weekday())


def resolve(rule, sent):
    """rule -> (date or None, 'HH:MM' or None). sent: aware datetime already in Asia/Shanghai."""
    if rule is None:
        return None, None
    k, a = rule[0], rule[1:]
    s = sent.date()
    if k == "date":                       # explicit date (with or without year; all ours are this year)
        return D.fromisoformat(a[0]), None
    if k == "wd":                         # bare weekday: on or after the send date in this week, else next week
        c = _monday(s) + dt.timedelta(days=a[0])
        return (c if c >= s else c + dt.timedelta(days=7)), None
    if k == "thisweek":                   # 本周X / this Friday
        return _monday(s) + dt.timedelta(days=a[0]), None
    if k == "nextweek":                   # 下周X / next Monday
        return _monday(s) + dt.timedelta(days=7 + a[0]), None
    if k == "weekend":                    # 本周内 / this week -> Sunday of this week
        return _monday(s) + dt.timedelta(days=6), None
    if k == "today":
        return s, None
    if k == "days":                       # 明天 = days 1, 后天 = days 2, 一周内 = days 7
        return s + dt.timedelta(days=a[0]), None
    if k == "workdays":
        return add_workdays(s, a[0]), None
    if k == "next_workday":
        return add_workdays(s, 1), None
    if k == "hours":
        t = sent + dt.timedelta(hours=a[0])
        return t.date(), t.strftime("%H:%M")
    if k == "month_end":                  # 本月底 / 月底前 / end of month
        nxt = D(s.year + (s.month == 12), s.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1), None
    if k == "after_holiday":              # 节后第一个工作日 / 节后
        d = HOLIDAY_START[a[0]]
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return d, None
    if k == "before_holiday":             # 节前 / 端午节前: last working day before the block
        d = HOLIDAY_START[a[0]] - dt.timedelta(days=1)
        while not is_workday(d):
            d -= dt.timedelta(days=1)
        return d, None
    raise ValueError(rule)


# ----------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------
ORGS = {
    "A": "hlpipefit.example.cn",          # 沧州恒澜管件有限公司 (Mengcun, Cangzhou, Hebei)
    "B": "jcqhyj.example.gov.cn",         # 宁德市蕉城区海洋与渔业局 (Ningde, Fujian)
    "C": "kbrattan-wz.example.cn",        # Kinabalu Rattan Furniture (Wuzhou) Co., Ltd.
    "CH": "kinabalu-rattan.example.com.my",  # its head office, Kota Kinabalu, Sabah, Malaysia
    "D": "moling-graphite.example.cn",    # 鸡西墨岭石墨新材料有限公司 (municipal SOE, Jixi, Heilongjiang)
}
BOT = {k: ("纪要助手", "minutes@" + v) for k, v in ORGS.items() if k != "CH"}
BOT["C"] = ("Minutes Bot", "minutes@" + ORGS["C"])

# name, local, org, department, is_head, aliases
ROSTER = [
    ("田国栋", "tianguodong", "A", "总经办", True, "田总;Tian Guodong;田总经理"),
    ("孟庆海", "mengqinghai", "A", "销售部", True, "孟经理;Meng Qinghai;海哥"),
    ("白雪梅", "baixuemei", "A", "销售部", False, "小白;Bai Xuemei;白内勤"),
    ("马占良", "mazhanliang", "A", "生产部", True, "马厂长;Ma Zhanliang;老马"),
    ("刘俊峰", "liujunfeng", "A", "生产部", False, "刘班长;Liu Junfeng;俊峰"),
    ("哈文静", "hawenjing", "A", "质检部", True, "哈部长;Ha Wenjing;哈姐"),
    ("沙宏伟", "shahongwei", "A", "质检部", False, "沙工;Sha Hongwei;宏伟"),
    ("米晓燕", "mixiaoyan", "A", "采购部", True, "米经理;Mi Xiaoyan"),
    ("杨振", "yangzhen", "A", "技术部", True, "杨总工;杨工;Yang Zhen"),
    ("丁一鸣", "dingyiming", "A", "技术部", False, "小丁;丁工;Ding Yiming"),
    ("穆丽", "muli", "A", "财务部", True, "穆经理;穆会计;Mu Li"),
    ("郑宗明", "zhengzongming", "B", "局领导", True, "郑局;郑局长;Zheng Zongming"),
    ("陈清泉", "chenqingquan", "B", "局领导", False, "陈局;陈副局长;Chen Qingquan"),
    ("黄碧霞", "huangbixia", "B", "办公室", True, "黄主任;Huang Bixia"),
    ("林秀娟", "linxiujuan", "B", "办公室", False, "小林;Lin Xiujuan"),
    ("缪建新", "miaojianxin", "B", "渔业科", True, "缪科长;Miao Jianxin"),
    ("阮小芳", "ruanxiaofang", "B", "渔业科", False, "小阮;Ruan Xiaofang"),
    ("雷振华", "leizhenhua", "B", "渔政执法大队", True, "雷队;雷大队长;Lei Zhenhua"),
    ("钟立诚", "zhonglicheng", "B", "渔政执法大队", False, "小钟;Zhong Licheng"),
    ("兰海燕", "lanhaiyan", "B", "海域管理科", True, "兰科长;Lan Haiyan"),
    ("甘文彬", "ganwenbin", "B", "计划财务科", True, "甘科长;Gan Wenbin"),
    ("Jason Liew", "jason.liew", "C", "Management", True, "Jason;刘俊杰;Liew;刘总"),
    ("覃志强", "kevin.qin", "C", "Production", True, "Kevin Qin;Kevin;覃厂长;Qin Zhiqiang"),
    ("蒙小勇", "andy.meng", "C", "Production", False, "Andy Meng;Andy;小蒙;Meng Xiaoyong"),
    ("黄丽萍", "linda.huang", "C", "Quality", True, "Linda Huang;Linda;黄经理;Huang Liping"),
    ("莫海燕", "helen.mo", "C", "Supply Chain", True, "Helen Mo;Helen;莫经理;Mo Haiyan"),
    ("韦春花", "spring.wei", "C", "Supply Chain", False, "Spring Wei;Spring;小韦;Wei Chunhua"),
    ("梁志华", "ricky.liang", "C", "Finance", True, "Ricky Liang;Ricky;梁会计;Liang Zhihua"),
    ("Aisyah Rahman", "aisyah.rahman", "CH", "Group Sales", True, "Aisyah;Puan Aisyah;Aisyah binti Rahman"),
    ("Daniel Chong", "daniel.chong", "CH", "Group Design", True, "Daniel;张文达;Chong"),
    ("王振东", "wangzhendong", "D", "经理层", True, "王总;王总经理;Wang Zhendong"),
    ("于海波", "yuhaibo", "D", "综合办公室", True, "于主任;Yu Haibo"),
    ("曲丽娜", "qulina", "D", "综合办公室", False, "小曲;Qu Lina"),
    ("隋永刚", "suiyonggang", "D", "生产技术部", True, "隋部长;Sui Yonggang"),
    ("姜涛", "jiangtao", "D", "生产技术部", False, "姜工;Jiang Tao;Tao Jiang"),
    ("宫晓峰", "gongxiaofeng", "D", "安全环保部", True, "宫部长;Gong Xiaofeng"),
    ("谭静", "tanjing", "D", "市场营销部", True, "谭部长;Tan Jing;Jing Tan"),
    ("邹宇", "zouyu", "D", "市场营销部", False, "小邹;Zou Yu;Eric Zou;Eric"),
    ("房立军", "fanglijun", "D", "物资供应部", True, "房部长;Fang Lijun"),
    ("初雪", "chuxue", "D", "财务部", True, "初部长;Chu Xue"),
]
P = {}
_heads = {(org if org != "CH" else "C", dep): (local, org) for name, local, org, dep, head, _ in ROSTER if head}
for name, local, org, dep, head, aliases in ROSTER:
    email = f"{local}@{ORGS[org]}"
    mgr = ""
    if not head:
        hl, ho = _heads[(org, dep)]
        mgr = f"{hl}@{ORGS[ho]}"
    P[name] = {"name": name, "email": email, "department": dep, "manager_email": mgr, "aliases": aliases}
# B: 陈清泉 reports to 郑宗明 (already via 局领导 head); C: HQ heads have no manager in this roster.

EXT = {
    "任广亮": "renguangliang@bhwpec.example.cn",        # 渤海湾石化工程有限公司 采购部 (customer of A)
    "赵立新": "zhaolixin@bhwpec.example.cn",
    "吴永平": "wuyongping@sandu.example.gov.cn",         # 蕉城区三都镇人民政府 副镇长
    "Rita Figueiredo": "rita.figueiredo@casalentejo.example.pt",  # Casa Alentejo Móveis, Évora (customer of C)
    "Ingrid Solberg": "ingrid.solberg@fjellkraft.example.no",    # Fjellkraft Battery AS, Mo i Rana (customer of D)
    "Magnus Haugen": "magnus.haugen@fjellkraft.example.no",
}


def email_of(name):
    if name in P:
        return P[name]["email"]
    return EXT[name]


# ----------------------------------------------------------------------------------------------------------
# Gold records. Each item keeps its date rule in "_rule" (stripped before writing; used by --check).
# ----------------------------------------------------------------------------------------------------------
def it(owner, task, rule=None, due=None, time=None, flags=(), dept=None, email=None):
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    flags = list(flags)
    if owner is None and "no_owner" not in flags:
        flags.insert(0, "no_owner")
    if rule is None and due is None and "vague_due" not in flags and "no_due" not in flags:
        flags.append("no_due")
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": flags, "_rule": rule}


def fu(rule, date, time=None):
    return {"date": date, "time": time, "_rule": rule}


def case(num, slug, kind, eml, notes, items=(), followup=None, what=""):
    return {"num": num, "slug": slug, "kind": kind, "eml": eml, "items": list(items), "followup": followup,
            "notes": notes, "what": what}


def public_gold(c):
    items = [{k: v for k, v in i.items() if k != "_rule"} for i in c["items"]]
    f = c["followup"]
    if f is not None:
        f = {"date": f["date"], "time": f["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": f, "reply": None, "notes": c["notes"]}


# ----------------------------------------------------------------------------------------------------------
# MIME assembly
# ----------------------------------------------------------------------------------------------------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def t8(s, offset_hours=8):
    tz = TZ8 if offset_hours == 8 else dt.timezone(dt.timedelta(hours=offset_hours))
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t, paren=""):
    off = int(t.utcoffset().total_seconds()) // 60
    sign = "+" if off >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD[t.weekday()], t.day, MON[t.month - 1], t.year, t.hour,
                                                   t.minute, t.second, sign, abs(off) // 60, abs(off) % 60)
    return s + (" " + paren if paren else "")


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s (a list of words if long); ASCII stays as is."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        raw = trial.encode(charset)
        size = len(base64.b64encode(raw)) if enc == "B" else len(_q(raw))
        if size > 45 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        body = base64.b64encode(raw).decode() if enc == "B" else _q(raw)
        out.append(f"=?{charset}?{enc}?{body}?=")
    return "\n ".join(out)


def _q(raw):
    out = []
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def addr(name, email, charset="utf-8", enc="B", quote_ascii=False):
    if not name:
        return f"<{email}>" if quote_ascii else email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote_ascii or "," in name else f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def addrs(people, charset="utf-8", enc="B", quote_ascii=False):
    """people: list of names (roster/external) or (name, email) tuples."""
    out = []
    for p in people:
        if isinstance(p, tuple):
            n, e = p
        else:
            n, e = p, email_of(p)
        out.append(addr(n, e, charset, enc, quote_ascii))
    return ",\n\t".join(out)


class Part:
    def __init__(self, ctype, body=b"", params=None, cte=None, headers=None, parts=None, boundary=None):
        self.ctype, self.body, self.params = ctype, body, dict(params or {})
        self.cte, self.headers, self.parts, self.boundary = cte, list(headers or []), parts, boundary

    def header_lines(self):
        p = "".join(f';\n\t{k}="{v}"' if k in ("boundary", "name", "filename") or " " in v
                    else f";\n\t{k}={v}" if k.endswith("*") else f"; {k}={v}"
                    for k, v in self.params.items())
        h = [f"Content-Type: {self.ctype}{p}"]
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        return h + self.headers

    def render(self):
        lines = "\n".join(self.header_lines()) + "\n\n"
        if self.parts is None:
            return lines.encode("ascii") + self.body
        out = lines.encode("ascii")
        for sp in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + sp.render()
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def b64lines(raw, width=76):
    s = base64.b64encode(raw).decode("ascii")
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode("ascii")


def encode_body(text, charset, cte, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(charset)
    if cte == "base64":
        return b64lines(raw)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        raw = raw.replace(b"\r\n", b"\n")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text_part(text, charset="utf-8", cte="base64", subtype="plain", extra_params=None, crlf=False):
    params = {"charset": charset}
    params.update(extra_params or {})
    return Part(f"text/{subtype}", encode_body(text, charset, cte, crlf), params, cte)


def multipart(subtype, boundary, parts, params=None):
    pr = {"boundary": boundary}
    pr.update(params or {})
    return Part(f"multipart/{subtype}", params=pr, parts=parts, boundary=boundary)


def attachment(data, ctype, filename, charset="utf-8", enc="B", inline=False):
    """Non-ASCII filenames use RFC 2231 (name*/filename*), which email.policy.default parses without defects."""
    import urllib.parse
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        return Part(ctype, b64lines(data), {"name": filename}, "base64",
                    headers=[f'Content-Disposition: {disp};\n\tfilename="{filename}"'])
    v = f"{charset}''" + urllib.parse.quote(filename.encode(charset), safe="")
    return Part(ctype, b64lines(data), {"name*": v}, "base64",
                headers=[f"Content-Disposition: {disp};\n\tfilename*={v}"])


def message(headers, body, preamble=None):
    """headers: list of (name, value) in client order; body: Part (its Content-Type etc. become headers)."""
    out = "".join(f"{k}: {v}\n" for k, v in headers)
    out += "\n".join(body.header_lines()) + "\n\n"
    raw = out.encode("ascii")
    if body.parts is None:
        return raw + body.body
    if preamble:
        raw += preamble.encode("ascii") + b"\n"
    for sp in body.parts:
        raw += b"\n--" + body.boundary.encode() + b"\n" + sp.render()
    raw += b"\n--" + body.boundary.encode() + b"--\n"
    return raw


def received(frm_host, frm_ip, by_host, t, idstr, rcpt, with_="ESMTPS"):
    return ("Received", f"from {frm_host} (unknown [{frm_ip}])\n\tby {by_host} (Postfix) with {with_} id {idstr}\n"
                        f"\tfor <{rcpt}>; {rfc_date(t)}")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text, style=""):
    """Plain text -> simple <p>/<br> HTML body content."""
    st = f' style="{style}"' if style else ""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(f"<p{st}>" + "<br>\n".join(html_escape(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def html_table(rows, border=1, attrs='cellpadding="4" cellspacing="0"', head=True, cell_style=""):
    cs = f' style="{cell_style}"' if cell_style else ""
    out = [f'<table border="{border}" {attrs}>']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}{cs}>{html_escape(c).replace(chr(10), '<br>')}</{tag}>" for c in r)
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------
# Attachments (deterministic bytes)
# ----------------------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="", when=None, font="宋体"):
    """paragraphs: list of str (before the table); table: list of rows (first = header) or None."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    when = when or dt.datetime(2026, 1, 1)
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def make_pdf(title, lines, author=""):
    """English-only PDF (Helvetica) so its text extracts cleanly; reportlab invariant mode."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 28
    for ln in lines:
        bold = ln.startswith("**")
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(50, y, ln.strip("*"))
        y -= 15
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()
