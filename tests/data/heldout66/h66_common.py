"""Shared helpers for the heldout66 generator: calendar rules, roster, MIME byte builders, attachments.

Everything is deterministic: no clock reads, fixed boundaries and Message-IDs, fixed zip/PDF timestamps.
"""
import base64
import datetime as dt
import io
import quopri
import re
import zipfile

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))
D = dt.date

# ----------------------------------------------------------------------------------------------------------
# Roster: key -> (name, email, department, manager_key, aliases)
# ----------------------------------------------------------------------------------------------------------
CM = "changmao-chain.example.cn"       # 安庆长锚链业有限公司
KQ = "kalliste-qz.example.com"         # Kalliste Marine Coatings (Qinzhou) Co., Ltd.
LY = "gxlyj.example.gov.cn"            # 上饶市广信区林业局 (incl. 灵山国有林场)
YY = "yeyun-expo.example.cn"           # 琼海椰韵会展服务有限公司

ROSTER = {
    # 安庆长锚链业
    "zhoujp": ("周建平", f"zhoujp@{CM}", "总经办", None, "周总;Zhou Jianping;周总经理"),
    "baocy": ("鲍春燕", f"baocy@{CM}", "总经办", "zhoujp", "小鲍;Bao Chunyan"),
    "sunlq": ("孙立群", f"sunlq@{CM}", "生产部", "zhoujp", "孙部长;孙部;Sun Liqun"),
    "hezy": ("何志勇", f"hezy@{CM}", "生产部", "sunlq", "何主管;老何;He Zhiyong"),
    "panxd": ("潘晓东", f"panxd@{CM}", "生产部", "sunlq", "潘工;晓东"),
    "wumin": ("吴敏", f"wumin@{CM}", "质量部", "zhoujp", "吴科长;吴科;Wu Min"),
    "wanght": ("汪海涛", f"wanght@{CM}", "质量部", "wumin", "汪工;海涛;Wang Haitao"),
    "fangjing": ("方静", f"fangjing@{CM}", "销售部", "zhoujp", "方经理;Fang Jing;Jessie Fang"),
    "zhangyh": ("章宇航", f"zhangyh@{CM}", "销售部", "fangjing", "小章;Yuhang;Kevin Zhang"),
    "chuwh": ("储卫红", f"chuwh@{CM}", "采购部", "zhoujp", "储主管;储姐;Chu Weihong"),
    "tanwb": ("檀文斌", f"tanwb@{CM}", "技术部", "zhoujp", "檀部长;檀工;Tan Wenbin"),
    "zhali": ("查丽", f"zhali@{CM}", "技术部", "tanwb", "查工;小查;Zha Li"),
    "jiangtao": ("江涛", f"jiangtao@{CM}", "安环部", "zhoujp", "江主任;Jiang Tao"),
    # Kalliste Marine Coatings (Qinzhou)
    "nikos": ("Nikos Papadakis", f"nikos.papadakis@{KQ}", "Management", None, "Nikos;NP;尼科斯"),
    "helen": ("黄海燕", f"huang.haiyan@{KQ}", "Operations", "nikos", "Helen Huang;Helen;黄经理;Huang Haiyan"),
    "dinesh": ("Dinesh Perera", f"dinesh.perera@{KQ}", "Technical Service", "helen", "Dinesh;DP;迪内什"),
    "liangjun": ("梁俊", f"liang.jun@{KQ}", "QA", "helen", "Leo Liang;Liang Jun;梁工"),
    "weiqp": ("韦秋萍", f"wei.qiuping@{KQ}", "Supply Chain", "helen", "Autumn Wei;Qiuping;韦主管"),
    "qinzq": ("覃志强", f"qin.zhiqiang@{KQ}", "Sales", "eleni", "Jack Qin;覃经理;Qin Zhiqiang"),
    "eleni": ("Eleni Karagianni", f"eleni.karagianni@{KQ}", "Commercial", "nikos", "Eleni;EK"),
    "molj": ("莫丽娟", f"mo.lijuan@{KQ}", "HSE", "helen", "Lisa Mo;莫工;Mo Lijuan"),
    # 上饶市广信区林业局
    "zhenggd": ("郑国栋", f"zhenggd@{LY}", "局领导", None, "郑局;郑局长"),
    "lihm": ("李华明", f"lihm@{LY}", "局领导", "zhenggd", "李局;李副局长"),
    "xuxf": ("徐晓芬", f"xuxf@{LY}", "办公室", "zhenggd", "徐主任"),
    "zhukai": ("祝凯", f"zhukai@{LY}", "办公室", "xuxf", "小祝"),
    "wanglp": ("王丽萍", f"wanglp@{LY}", "森林资源管理股", "lihm", "王股长;丽萍"),
    "dengzg": ("邓志刚", f"dengzg@{LY}", "森林防火股", "lihm", "邓股长;老邓"),
    "chenglp": ("程立平", f"chenglp@{LY}", "林业工作站", "lihm", "程站长"),
    "raojx": ("饶建新", f"raojx@{LY}", "林业执法大队", "zhenggd", "饶队;饶大队长"),
    "yeml": ("叶茂林", f"yeml@{LY}", "灵山国有林场", "lihm", "叶场长"),
    "maowt": ("毛文涛", f"maowt@{LY}", "灵山国有林场", "yeml", "毛工;毛科长"),
    # 琼海椰韵会展服务
    "fuhl": ("符海龙", f"fuhailong@{YY}", "总经理室", None, "符总;Fu Hailong"),
    "chenxy": ("陈晓雨", f"chenxiaoyu@{YY}", "项目部", "fuhl", "晓雨;Cherry Chen;陈经理;Cherry"),
    "wangjh": ("王家豪", f"wangjiahao@{YY}", "搭建部", "fuhl", "家豪;王工;Wang Jiahao"),
    "yunfei": ("云菲", f"yunfei@{YY}", "客户部", "fuhl", "云经理;Fiona Yun;Fiona"),
    "jiyn": ("吉亚楠", f"jiyanan@{YY}", "项目部", "chenxy", "亚楠;小吉"),
    "xingjw": ("邢嘉伟", f"xingjiawei@{YY}", "客户部", "yunfei", "嘉伟;Jerry Xing"),
    "linqy": ("林秋月", f"linqiuyue@{YY}", "财务部", "fuhl", "林会计;秋月"),
    "mengsc": ("蒙少聪", f"mengshaocong@{YY}", "搭建部", "wangjh", "蒙工;阿聪"),
}


def roster_rows():
    rows = []
    for key, (name, email, dept, mgr, aliases) in ROSTER.items():
        rows.append([name, email, dept, ROSTER[mgr][1] if mgr else "", aliases])
    return rows


def P(key):
    """(name, email) of a roster person."""
    return ROSTER[key][0], ROSTER[key][1]


# ----------------------------------------------------------------------------------------------------------
# Gold items and date rules
# ----------------------------------------------------------------------------------------------------------
def item(owner, task, due=None, time=None, vague=False, dept=None):
    """owner: roster key | (name, email) external | None (dept-only / nobody). due: rule string or None."""
    return dict(owner=owner, task=task, due=due, time=time, vague=vague, dept=dept)


def parse_date_header(value):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(value).astimezone(SH)


def _workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if _workday(d):
            n -= 1
    return d


def month_end(d):
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(rule, sent):
    """Resolve a due rule against the send datetime (Asia/Shanghai). Returns (date, time-or-None)."""
    day = sent.date()
    kind, _, arg = rule.partition(":")
    if kind == "abs":                      # explicit date written with a month (and maybe year)
        return D.fromisoformat(arg), None
    if kind == "today":                    # 今日内 / 今天下班前 / EOD
        return day, None
    if kind == "days":                     # 明天 (1) / 后天 (2) / N天内
        return day + dt.timedelta(days=int(arg)), None
    if kind == "wd":                       # N个工作日内: count from the day after sending
        return add_workdays(day, int(arg)), None
    if kind == "wk":                       # bare weekday: next occurrence after the send day (never the same day here)
        delta = (int(arg) - day.weekday()) % 7
        if delta == 0:
            raise ValueError("bare weekday on the send day is ambiguous between conventions; avoid it")
        return day + dt.timedelta(days=delta), None
    if kind == "bz":                       # 本周X / this X
        monday = day - dt.timedelta(days=day.weekday())
        return monday + dt.timedelta(days=int(arg)), None
    if kind == "nw":                       # 下周X / next X
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=int(arg)), None
    if kind == "me":                       # 月底 / 本月底 / end of month
        return month_end(day), None
    if kind == "hours":                    # N小时内: send instant + N
        t = sent + dt.timedelta(hours=int(arg))
        return t.date(), t.strftime("%H:%M")
    if kind == "before":                   # 节前: last workday before the holiday whose first day is arg
        d = D.fromisoformat(arg) - dt.timedelta(days=1)
        while not _workday(d):
            d -= dt.timedelta(days=1)
        return d, None
    if kind == "after":                    # 节后 / 节后第一个工作日: first workday after the off-block
        d = D.fromisoformat(arg)
        while not _workday(d):
            d += dt.timedelta(days=1)
        return d, None
    raise ValueError(rule)


def gold_item(it, sent):
    owner = it["owner"]
    flags = []
    if owner is None:
        name = email = None
        dept = it["dept"]
        flags.append("no_owner")
    elif isinstance(owner, tuple):
        name, email = owner
        dept = it["dept"]
    else:
        name, email, dept = ROSTER[owner][0], ROSTER[owner][1], ROSTER[owner][2]
    due_date = due_time = None
    if it["due"]:
        d, t = resolve(it["due"], sent)
        due_date = d.isoformat()
        due_time = it["time"] or t
    elif it["vague"]:
        flags.append("vague_due")
    else:
        flags.append("no_due")
    return {"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
            "due_date": due_date, "due_time": due_time, "flags": flags}


def gold_followup(fu, sent):
    if not fu:
        return None
    rule, time = fu
    d, _ = resolve(rule, sent)
    return {"date": d.isoformat(), "time": time}


# ----------------------------------------------------------------------------------------------------------
# Header / body encoding
# ----------------------------------------------------------------------------------------------------------
def ew(text, charset="utf-8", enc="B", chunk=45):
    """RFC 2047 encoded-words (uppercase B/Q as most clients write), folded with CRLF-free '\n '."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > chunk:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ("_" if b == 32 else "=%02X" % b) for b in raw)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B", quote_ascii=False):
    if name is None:
        return f"<{email}>" if not quote_ascii else email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if (quote_ascii or "," in name or "." in name) else f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def addrs(people, charset="utf-8", enc="B", sep=",\n\t", quote_ascii=False):
    out = []
    for p in people:
        if isinstance(p, str):
            p = P(p)
        out.append(addr(p[0], p[1], charset, enc, quote_ascii))
    return sep.join(out)


def b64(raw, width=76):
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp(raw):
    return quopri.encodestring(raw).decode("ascii")


def text_part(text, subtype="plain", charset="utf-8", cte="base64", extra="", flowed=False):
    raw = text.encode(charset)
    ct = f'text/{subtype}; charset="{charset}"' if charset != "us-ascii" or True else ""
    if flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed"
    if cte == "base64":
        body = b64(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    else:
        body = raw.decode(charset)
    hdr = f"Content-Type: {ct}{extra}\nContent-Transfer-Encoding: {cte}\n"
    return hdr + "\n" + body.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts, preamble=None):
    head = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n'
    body = ""
    if preamble:
        body += preamble + "\n"
    for p in parts:
        body += f"\n--{boundary}\n" + p
    body += f"\n--{boundary}--\n"
    return head + "\n" + body


def attachment(raw, ctype, filename, charset="utf-8", style="2047"):
    if all(ord(c) < 128 for c in filename):
        fn = f'"{filename}"'
        nm = fn
    elif style == "2231":
        from urllib.parse import quote
        nm = f'"{ew(filename, charset)}"'
        fn = None
        q = quote(filename.encode(charset))
        disp = f"Content-Disposition: attachment;\n filename*={charset}''{q}\n"
        return f"Content-Type: {ctype};\n name={nm}\n{disp}Content-Transfer-Encoding: base64\n\n{b64(raw)}\n"
    else:
        nm = fn = '"' + ew(filename, charset).replace("\n ", "") + '"'
    return (f"Content-Type: {ctype};\n name={nm}\nContent-Disposition: attachment;\n filename={fn}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(raw)}\n")


def message(headers, body_part, crlf=False):
    """headers: list of (name, value) with value already encoded/folded; body_part: 'Content-Type...\\n\\nbody'."""
    lines = [f"{k}: {v}" for k, v in headers]
    raw = "\n".join(lines) + "\n" + body_part
    raw = re.sub(r"\n{3,}$", "\n", raw)
    data = raw.encode("utf-8") if any(ord(c) > 127 for c in raw) else raw.encode("ascii")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def fmt_date(y, mo, d, h, mi, s, tz="+0800"):
    t = dt.datetime(y, mo, d, h, mi, s)
    return t.strftime("%a, ") + f"{t.day} " + t.strftime("%b %Y %H:%M:%S ") + tz


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, border=1, style="border-collapse:collapse", cell=""):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4" style="{style}">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}{cell}>{html_escape(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------
# Attachments: deterministic .docx and .pdf
# ----------------------------------------------------------------------------------------------------------
FIXED = dt.datetime(2026, 1, 1, 8, 0, 0)


def _fix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, when, author):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows)."""
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "p":
            doc.add_paragraph(val)
        else:
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue(), when)


def make_pdf(lines, title, author):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 800
    for ln in lines:
        size = 13 if ln.startswith("#") else 10
        c.setFont("Helvetica-Bold" if size == 13 else "Helvetica", size)
        c.drawString(50, y, ln.lstrip("# "))
        y -= 18 if size == 13 else 14
        if y < 60:
            c.showPage()
            y = 800
    c.showPage()
    c.save()
    return buf.getvalue()


def mso_html(blocks, font="宋体", lang="ZH-CN", charset="gb2312"):
    """Outlook/Word-flavoured HTML. blocks: str lines and ('table', rows) entries."""
    out = [f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           f'xmlns="http://www.w3.org/TR/REC-html40">',
           f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">',
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)">',
           '<style><!--p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:等线;}--></style></head>',
           f'<body lang={lang} link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class=WordSection1>']
    for b in blocks:
        if isinstance(b, tuple):
            rows = b[1]
            out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                       'style="border-collapse:collapse;border:none">')
            for r in rows:
                out.append("<tr>" + "".join(
                    f'<td valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                    f'<p class=MsoNormal><span style="font-family:{font}">{html_escape(c)}</span></p></td>'
                    for c in r) + "</tr>")
            out.append("</table>")
        elif b == "":
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            out.append(f'<p class=MsoNormal><span style="font-family:{font}">{html_escape(b)}</span></p>')
    out.append("</div></body></html>")
    return "\n".join(out)


def simple_html(blocks, wrapper='<div style="font-family:Microsoft YaHei;font-size:14px">'):
    out = ["<html><head><meta charset=\"utf-8\"></head><body>", wrapper]
    for b in blocks:
        if isinstance(b, tuple):
            out.append(html_table(b[1]))
        elif b == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{html_escape(b)}</div>")
    out.append("</div></body></html>")
    return "\n".join(out)


def tab_text(rows):
    return "\n".join("\t".join(r) for r in rows)
