"""heldout82 helpers: raw MIME building, roster, due-date rules (chinesecalendar), gold building, checks.

Everything here is deterministic: fixed boundaries, fixed Message-IDs, fixed zip/pdf timestamps.
"""
import base64
import datetime as dt
import io
import zipfile
from email import quoprimime

import chinese_calendar as cc

CST = dt.timezone(dt.timedelta(hours=8))
CRLF = "\r\n"

# ---------------------------------------------------------------- roster
ROSTER_ROWS = [
    # name, email, department, manager_email, aliases
    # 扬州润帆游艇制造有限公司 (Runfan Yachts, Yangzhou)
    ("邵振宇", "shaozhenyu@runfan-yacht.example.cn", "总经办", "", "邵总;Shao Zhenyu;Leo Shao"),
    ("钱文博", "qianwenbo@runfan-yacht.example.cn", "设计研发部", "shaozhenyu@runfan-yacht.example.cn", "钱工;钱经理;Qian Wenbo;Bob Qian"),
    ("蒋雨桐", "jiangyutong@runfan-yacht.example.cn", "设计研发部", "qianwenbo@runfan-yacht.example.cn", "小蒋;Jiang Yutong;Tina Jiang"),
    ("韦国栋", "weiguodong@runfan-yacht.example.cn", "生产部", "shaozhenyu@runfan-yacht.example.cn", "韦经理;Wei Guodong"),
    ("苗志强", "miaozhiqiang@runfan-yacht.example.cn", "生产部", "weiguodong@runfan-yacht.example.cn", "苗工;苗主管;Miao Zhiqiang"),
    ("卞海燕", "bianhaiyan@runfan-yacht.example.cn", "品质部", "shaozhenyu@runfan-yacht.example.cn", "卞主管;Bian Haiyan;Helen Bian;Helen"),
    ("戴立群", "dailiqun@runfan-yacht.example.cn", "采购部", "shaozhenyu@runfan-yacht.example.cn", "戴经理;Dai Liqun;Daisy Dai"),
    ("柏欣然", "baixinran@runfan-yacht.example.cn", "外贸部", "shaozhenyu@runfan-yacht.example.cn", "柏经理;Bai Xinran;Cindy Bai;Cindy"),
    ("管春雷", "guanchunlei@runfan-yacht.example.cn", "售后服务部", "weiguodong@runfan-yacht.example.cn", "管工;Guan Chunlei"),
    # Sialkot Precision Instruments (Weihai) Co., Ltd. 锡亚精密器械（威海）, Pakistani-owned, writes English
    ("Faisal Qureshi", "faisal.qureshi@sialkot-wh.example.cn", "Management", "", "Faisal;Mr. Qureshi;FQ;费总"),
    ("于海鹏", "peter.yu@sialkot-wh.example.cn", "Production", "faisal.qureshi@sialkot-wh.example.cn", "Yu Haipeng;Peter Yu;Peter;于经理"),
    ("曲志刚", "qu.zhigang@sialkot-wh.example.cn", "Production", "peter.yu@sialkot-wh.example.cn", "Qu Zhigang;曲工;ZG"),
    ("隋立新", "sui.lixin@sialkot-wh.example.cn", "Quality", "faisal.qureshi@sialkot-wh.example.cn", "Sui Lixin;Lixin;隋工"),
    ("谭婷", "tan.ting@sialkot-wh.example.cn", "Quality", "sui.lixin@sialkot-wh.example.cn", "Tan Ting;Tina Tan;小谭"),
    ("冷佳慧", "grace.leng@sialkot-wh.example.cn", "Regulatory", "faisal.qureshi@sialkot-wh.example.cn", "Leng Jiahui;Grace Leng;Grace;冷主管"),
    ("宫晓宁", "nina.gong@sialkot-wh.example.cn", "Supply Chain", "faisal.qureshi@sialkot-wh.example.cn", "Gong Xiaoning;Nina Gong;Nina;宫经理"),
    ("栾月", "yvonne.luan@sialkot-wh.example.cn", "Finance", "faisal.qureshi@sialkot-wh.example.cn", "Luan Yue;Yvonne Luan;Yvonne"),
    ("Ayesha Malik", "ayesha.malik@sialkot-precision.example.com.pk", "Group Quality", "", "Ayesha;Ms. Malik"),
    ("Usman Tariq", "usman.tariq@sialkot-precision.example.com.pk", "Export Sales", "", "Usman;UT"),
    # 大庆市住房公积金管理中心 (public institution, Daqing)
    ("房德胜", "fangdesheng@dqgjj.example.gov.cn", "中心领导", "", "房主任;Fang Desheng"),
    ("常玉梅", "changyumei@dqgjj.example.gov.cn", "中心领导", "fangdesheng@dqgjj.example.gov.cn", "常副主任;Chang Yumei"),
    ("那春艳", "nachunyan@dqgjj.example.gov.cn", "办公室", "fangdesheng@dqgjj.example.gov.cn", "那主任;Na Chunyan"),
    ("富德明", "fudeming@dqgjj.example.gov.cn", "归集管理科", "changyumei@dqgjj.example.gov.cn", "富科长;Fu Deming"),
    ("鞠红梅", "juhongmei@dqgjj.example.gov.cn", "贷款管理科", "changyumei@dqgjj.example.gov.cn", "鞠科长;Ju Hongmei"),
    ("佟博", "tongbo@dqgjj.example.gov.cn", "贷款管理科", "juhongmei@dqgjj.example.gov.cn", "小佟;Tong Bo"),
    ("臧丽娟", "zanglijuan@dqgjj.example.gov.cn", "财务核算科", "fangdesheng@dqgjj.example.gov.cn", "臧科长;Zang Lijuan"),
    ("初永辉", "chuyonghui@dqgjj.example.gov.cn", "信息科", "fangdesheng@dqgjj.example.gov.cn", "初科长;Chu Yonghui"),
    ("关英杰", "guanyingjie@dqgjj.example.gov.cn", "稽核审计科", "fangdesheng@dqgjj.example.gov.cn", "关科长;Guan Yingjie"),
    ("么晓丹", "yaoxiaodan@dqgjj.example.gov.cn", "让胡路管理部", "changyumei@dqgjj.example.gov.cn", "么主任;Yao Xiaodan"),
    # 丽江雪岭酒店管理有限公司 (Xueling Hotels, Lijiang)
    ("和志华", "hezhihua@xueling-hotel.example.cn", "总经理室", "", "和总;He Zhihua;Kevin He"),
    ("木丽娟", "mulijuan@xueling-hotel.example.cn", "前厅部", "hezhihua@xueling-hotel.example.cn", "木经理;Mu Lijuan;Lily Mu"),
    ("余小川", "yuxiaochuan@xueling-hotel.example.cn", "前厅部", "mulijuan@xueling-hotel.example.cn", "小余;Yu Xiaochuan"),
    ("段春燕", "duanchunyan@xueling-hotel.example.cn", "客房部", "hezhihua@xueling-hotel.example.cn", "段经理;Duan Chunyan;Cherry Duan"),
    ("普建国", "pujianguo@xueling-hotel.example.cn", "餐饮部", "hezhihua@xueling-hotel.example.cn", "普师傅;普厨;行政总厨;Pu Jianguo"),
    ("习文涛", "xiwentao@xueling-hotel.example.cn", "工程部", "hezhihua@xueling-hotel.example.cn", "习工;Xi Wentao"),
    ("丁思雨", "dingsiyu@xueling-hotel.example.cn", "销售部", "hezhihua@xueling-hotel.example.cn", "丁经理;Amy Ding;Amy;Ding Siyu"),
    ("彭晓雯", "pengxiaowen@xueling-hotel.example.cn", "人力资源部", "hezhihua@xueling-hotel.example.cn", "彭主管;Peng Xiaowen;Wendy Peng"),
    ("施玉兰", "shiyulan@xueling-hotel.example.cn", "财务部", "hezhihua@xueling-hotel.example.cn", "施经理;Shi Yulan"),
]
ROSTER = {r[0]: r for r in ROSTER_ROWS}

BOTS = {
    "rf": ("纪要助手", "jiyao@runfan-yacht.example.cn"),
    "sp": ("Minutes Bot", "minutes@sialkot-wh.example.cn"),
    "dq": ("督办助手", "duban@dqgjj.example.gov.cn"),
    "xl": ("纪要助手", "jiyao@xueling-hotel.example.cn"),
}


def P(name):
    """(display name, email) of a roster person."""
    r = ROSTER[name]
    return (r[0], r[1])


# ---------------------------------------------------------------- dates
WD = "一二三四五六日"


def monday(d):
    return d - dt.timedelta(days=d.weekday())


def is_work(d):
    return cc.is_workday(d)


def resolve(rule, sent):
    """rule string -> (date, time or None). sent: aware datetime in CST."""
    d = sent.date()
    kind, _, arg = rule.partition(":")
    if kind == "abs":
        return dt.date.fromisoformat(arg), None
    if kind == "today":
        return d, None
    if kind == "d":          # 明天 d:1, 后天 d:2, 一周内 d:7
        return d + dt.timedelta(days=int(arg)), None
    if kind == "wd":         # bare weekday: next occurrence after the send day
        k = int(arg)
        ahead = (k - d.weekday()) % 7
        if ahead == 0:
            raise ValueError("bare weekday equal to the send day is avoided in this set")
        return d + dt.timedelta(days=ahead), None
    if kind == "this":       # 本周X
        return monday(d) + dt.timedelta(days=int(arg)), None
    if kind == "next":       # 下周X
        return monday(d) + dt.timedelta(days=7 + int(arg)), None
    if kind == "wk":         # N个工作日内, counted from the day after sending
        n, cur = int(arg), d
        while n:
            cur += dt.timedelta(days=1)
            if is_work(cur):
                n -= 1
        return cur, None
    if kind == "me":         # 月底 / 本月底
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1), None
    if kind == "week":       # 本周内 -> Sunday of this week
        return monday(d) + dt.timedelta(days=6), None
    if kind == "h":          # N小时内 from the Date header
        t = sent + dt.timedelta(hours=int(arg))
        return t.date(), t.strftime("%H:%M")
    if kind == "pre":        # 节前: last working day before the holiday that starts at arg
        cur = dt.date.fromisoformat(arg) - dt.timedelta(days=1)
        while not is_work(cur):
            cur -= dt.timedelta(days=1)
        return cur, None
    if kind == "post":       # 节后(第一个工作日): first working day after the holiday block containing arg
        cur = dt.date.fromisoformat(arg)
        assert not is_work(cur)
        while not is_work(cur):
            cur += dt.timedelta(days=1)
        return cur, None
    raise ValueError(rule)


def sent_cst(date_header_value):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(date_header_value).astimezone(CST)


# ---------------------------------------------------------------- gold
class Item:
    def __init__(self, owner, task, due=None, time=None, vague=False, dept=None, note=None):
        self.owner, self.task, self.due, self.time, self.vague, self.dept = owner, task, due, time, vague, dept

    def gold(self, sent):
        if isinstance(self.owner, str):
            r = ROSTER[self.owner]
            name, email, dept = r[0], r[1], r[2]
        elif isinstance(self.owner, tuple):
            name, email = self.owner
            dept = self.dept
        else:
            name = email = None
            dept = self.dept
        flags = []
        due_date = due_time = None
        if self.due:
            exp, rule = self.due
            got, t = resolve(rule if rule != "abs" else "abs:" + exp, sent)
            if got.isoformat() != exp:
                raise AssertionError(f"{self.task}: rule {rule} gives {got}, hand answer {exp}")
            due_date = exp
            due_time = self.time or t
            if t and self.time and t != self.time:
                raise AssertionError(f"{self.task}: time {t} != {self.time}")
        elif self.vague:
            flags.append("vague_due")
        if name is None:
            flags.append("no_owner")
        if not self.due and not self.vague:
            flags.append("no_due")
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": due_date, "due_time": due_time, "flags": flags}


class Case:
    def __init__(self, num, slug, kind, eml, items=(), followup=None, notes="", tests=""):
        self.num, self.slug, self.kind, self.eml = num, slug, kind, eml
        self.items, self.followup, self.notes, self.tests = list(items), followup, notes, tests

    @property
    def stem(self):
        return f"{self.num}-{self.slug}"

    def gold(self, sent):
        fu = None
        if self.followup:
            exp, rule, tm = self.followup
            got, _ = resolve(rule if rule != "abs" else "abs:" + exp, sent)
            if got.isoformat() != exp:
                raise AssertionError(f"{self.stem}: follow-up rule {rule} gives {got}, hand answer {exp}")
            fu = {"date": exp, "time": tm}
        return {"kind": self.kind, "items": [i.gold(sent) for i in self.items], "next_followup": fu,
                "reply": None, "notes": self.notes}


# ---------------------------------------------------------------- MIME building
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body   # headers: list of "Name: value" str (pre-folded); body: bytes


def _qword(b):
    out = []
    for byte in b:
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def ew(text, charset="utf-8", q=False, name=None):
    """RFC 2047 encode if non-ASCII (charset label kept as given), words <= 75 chars, folded with CRLF SP."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""

    def enc(s):
        b = s.encode(charset)
        body = _qword(b) if q else base64.b64encode(b).decode("ascii")
        return f"=?{charset}?{'Q' if q else 'B'}?{body}?="

    for ch in text:
        limit = 75 if words or not name else 76 - len(name) - 2
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(enc(cur))
    return (CRLF + " ").join(words)


def addr(name, email, charset="utf-8", q=False, quote=False):
    if not name:
        return f"<{email}>" if quote else email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.;:()<>@\"") or quote:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, q)} <{email}>"


def addrs(pairs, charset="utf-8", q=False, quote=False):
    return ("," + CRLF + " ").join(addr(n, e, charset, q, quote) for n, e in pairs)


def _crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def _b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def text_part(subtype, text, charset, cte, params="", quote_cs=False, extra=()):
    raw = _crlf(text).encode(charset)     # strict: fails loudly on a character the charset lacks
    if cte == "base64":
        body = _b64(raw)
    elif cte == "quoted-printable":
        body = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol=CRLF).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    elif cte in ("8bit", "7bit"):
        body = raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    else:
        raise ValueError(cte)
    cs = f'"{charset}"' if quote_cs else charset
    ct = f"Content-Type: text/{subtype}; charset={cs}"
    if params:
        ct += "; " + params
    return Part([ct, f"Content-Transfer-Encoding: {cte}"] + list(extra), body)


def text_part_q(subtype, text, charset, cte, extra=()):
    """charset quoted (charset="gb2312"), as Outlook writes it."""
    return text_part(subtype, text, charset, cte, quote_cs=True, extra=extra)


def _rfc2231(value):
    from urllib.parse import quote
    return "utf-8''" + quote(value.encode("utf-8"), safe="")


def bin_part(ctype, data, filename, inline=False, cid=None, extra=()):
    """Attachment; a non-ASCII file name is written as RFC 2231 name*= / filename*= (as Outlook and Gmail do)."""
    try:
        filename.encode("ascii")
        name_p, file_p = f'name="{filename}"', f'filename="{filename}"'
    except UnicodeEncodeError:
        name_p, file_p = f"name*={_rfc2231(filename)}", f"filename*={_rfc2231(filename)}"
    hs = [f"Content-Type: {ctype};{CRLF}\t{name_p}"]
    if cid:
        hs.append(f"Content-ID: <{cid}>")
    disp = "inline" if inline else "attachment"
    hs.append(f"Content-Disposition: {disp};{CRLF}\t{file_p}")
    hs.append("Content-Transfer-Encoding: base64")
    hs += list(extra)
    return Part(hs, _b64(data))


def multipart(subtype, parts, boundary, params="", preamble=None):
    ct = f'Content-Type: multipart/{subtype};{CRLF}\tboundary="{boundary}"'
    if params:
        ct += ";" + CRLF + "\t" + params
    out = []
    if preamble:
        out.append(preamble + CRLF + CRLF)
    for p in parts:
        out.append(f"--{boundary}{CRLF}")
        out.append(CRLF.join(p.headers) + CRLF + CRLF)
        out.append(p.body.decode("latin-1"))
    out.append(f"--{boundary}--{CRLF}")
    return Part([ct], "".join(out).encode("latin-1"))


def message(headers, part):
    """headers: list of (name, value) with value already encoded/folded. Content headers come from part."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines += part.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + part.body


def received(by_host, from_desc, queue_id, for_addr, date_str, proto="ESMTPS"):
    return ("Received", f"from {from_desc}{CRLF}\tby {by_host} (Postfix) with {proto} id {queue_id}{CRLF}"
            f"\tfor <{for_addr}>; {date_str}")


# ---------------------------------------------------------------- HTML helpers
def html_table(rows, border=1, header=True, style="border-collapse:collapse", cell_style="padding:4px"):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="0" style="{style}">']
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join(f'<{tag} style="{cell_style}">{c}</{tag}>' for c in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text, tag="p", style=""):
    st = f' style="{style}"' if style else ""
    return "\n".join(f"<{tag}{st}>{esc(l) if l else '&nbsp;'}</{tag}>" for l in text.split("\n"))


# ---------------------------------------------------------------- attachments
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def docx_bytes(build, title, author, when):
    """build(doc) fills a python-docx Document; timestamps fixed so bytes are deterministic."""
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = when.replace(tzinfo=None)
    cp.revision = 1
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(lines, title, author):
    """English text PDF (Helvetica), invariant mode so bytes are deterministic."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 800
    for ln in lines:
        font, size = ("Helvetica-Bold", 13) if ln.startswith("# ") else ("Helvetica", 10)
        c.setFont(font, size)
        c.drawString(50, y, ln[2:] if ln.startswith("# ") else ln)
        y -= 18 if size == 13 else 14
        if y < 60:
            c.showPage()
            y = 800
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- header helpers
def dstr(y, mo, d, h, mi, s, tz=8, tzm=0):
    from email.utils import format_datetime
    off = dt.timedelta(hours=tz, minutes=tzm if tz >= 0 else -tzm)
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(off)))


def inbound(bot, mx, client, qid, date, sender):
    """Return-Path, Delivered-To and one Received line as the receiving Postfix stores them."""
    return [("Return-Path", f"<{sender}>"), ("Delivered-To", bot),
            received(mx, client, qid, bot, date)]


def std(frm, to, cc, subj, date, mid, cs="utf-8", q=False, pre=(), post=(), irt=None, refs=None, mime=True):
    h = list(pre)
    h.append(("From", addr(*frm, charset=cs, q=q)))
    h.append(("To", addrs(to, cs, q)))
    if cc:
        h.append(("Cc", addrs(cc, cs, q)))
    h.append(("Subject", ew(subj, cs, q, "Subject")))
    h.append(("Date", date))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    if mime:
        h.append(("MIME-Version", "1.0"))
    h += list(post)
    return h


def html_doc(body, charset="utf-8", kind="plain", font="宋体"):
    if kind == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face {font-family:等线;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;'
                'font-family:等线;}\n.MsoChpDefault {mso-style-type:export-only;}\n--></style></head>\n'
                '<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def mso_paras(text):
    return "\n".join(f'<p class="MsoNormal"><span style="font-family:等线">{esc(l) if l else "<o:p>&nbsp;</o:p>"}'
                     f"</span></p>" for l in text.split("\n"))


def div_lines(text):
    return "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in text.split("\n"))
