#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout36" (cases 6401-6438).

Deterministic: no clock, no randomness.  Every byte of every .eml, .json, roster.csv
comes from the literals in this file.

    /work/blind/venv/bin/python make_heldout36.py            # (re)write the set next to this script
    /work/blind/venv/bin/python make_heldout36.py --check    # re-parse every .eml and re-derive every gold date

--check: every .eml is parsed with email.policy.default; no message/part/header defects are allowed;
every text part must decode strictly with its declared charset; attachments (.docx/.pdf) must open and
contain the probe strings; every gold due date/time and next_followup is recomputed from the message's
own Date header in Asia/Shanghai with the `chinesecalendar` package (working days, holidays, make-up days)
from a machine-readable rule kept next to each item below, and compared with the hand-written gold.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import sys
import zipfile
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# Roster: staff of the four organisations and the outsiders who write mail in this set.
# ----------------------------------------------------------------------------------------------
BB = "bbgongjiao.example.cn"      # 蚌埠市公共交通集团有限公司 (SOE, city buses, Bengbu)
MZY = "muzhiyuan.example.cn"      # 赣州南康木之源家居有限公司 (private furniture maker, Nankang)
ZQ = "zhanqiao.example.cn"        # 成都栈桥科技有限公司 (restaurant SaaS start-up, Chengdu)
AS = "zq-asahiro.example.cn"      # 肇庆朝宏车灯有限公司 (Japanese-owned auto-lamp plant, Zhaoqing)

ROSTER = [
    # name, email, department, manager_email, aliases
    ("邵国庆", f"shaoguoqing@{BB}", "公司领导", "", "邵总;邵副总;Shao Guoqing"),
    ("孙立军", f"sunlijun@{BB}", "集团办公室", f"shaoguoqing@{BB}", "孙主任;Sun Lijun"),
    ("蒋雯", f"jiangwen@{BB}", "集团办公室", f"sunlijun@{BB}", "小蒋;Jiang Wen"),
    ("陶建华", f"taojianhua@{BB}", "运营管理部", f"shaoguoqing@{BB}", "陶部长;Tao Jianhua"),
    ("葛春燕", f"gechunyan@{BB}", "运营管理部", f"taojianhua@{BB}", "葛主管;葛科长;Ge Chunyan"),
    ("褚明", f"chuming@{BB}", "机务部", f"shaoguoqing@{BB}", "褚部长;Chu Ming"),
    ("窦海涛", f"douhaitao@{BB}", "机务部", f"chuming@{BB}", "窦工;Dou Haitao"),
    ("顾晓峰", f"guxiaofeng@{BB}", "安全技术部", f"shaoguoqing@{BB}", "顾部长;Gu Xiaofeng"),
    ("房丽", f"fangli@{BB}", "财务部", f"shaoguoqing@{BB}", "房部长;Fang Li"),
    ("臧宇", f"zangyu@{BB}", "信息中心", f"shaoguoqing@{BB}", "臧主任;Zang Yu"),
    ("卜文斌", f"buwenbin@{BB}", "信息中心", f"zangyu@{BB}", "卜工;Bu Wenbin"),
    ("柏静", f"baijing@{BB}", "第一分公司", f"shaoguoqing@{BB}", "柏经理;Bai Jing"),
    ("芮志刚", f"ruizhigang@{BB}", "第二分公司", f"shaoguoqing@{BB}", "芮经理;Rui Zhigang"),
    ("钱卫东", "qwd_bengbu@126.com", "", "", "钱老师;钱教授;Qian Weidong"),

    ("刘德旺", f"liudewang@{MZY}", "总经办", "", "刘总;刘董;Liu Dewang;Mr. Liu"),
    ("曾美玲", f"zengmeiling@{MZY}", "总经办", f"liudewang@{MZY}", "小曾;Meiling;Meiling Zeng"),
    ("钟国平", f"zhongguoping@{MZY}", "生产部", f"liudewang@{MZY}", "钟厂长;Zhong Guoping;Mr. Zhong"),
    ("赖春生", f"laichunsheng@{MZY}", "生产部", f"zhongguoping@{MZY}", "赖主任;老赖;Lai Chunsheng"),
    ("肖勇", f"xiaoyong@{MZY}", "生产部", f"zhongguoping@{MZY}", "肖师傅;设备员肖勇;Xiao Yong"),
    ("谢永红", f"xieyonghong@{MZY}", "采购部", f"liudewang@{MZY}", "谢经理;Xie Yonghong"),
    ("韦志远", f"weizhiyuan@{MZY}", "仓储物流部", f"zhongguoping@{MZY}", "韦主管;仓储主管韦志远;Wei Zhiyuan"),
    ("温晓丽", f"wenxiaoli@{MZY}", "品质部", f"liudewang@{MZY}", "温经理;Shirley Wen;Wen Xiaoli"),
    ("王建新", f"wangjianxin@{MZY}", "研发设计部", f"liudewang@{MZY}", "王工;Wang Jianxin"),
    ("邱芳", f"qiufang@{MZY}", "外贸部", f"liudewang@{MZY}", "邱经理;Fiona;Fiona Qiu"),
    ("陈子豪", f"chenzihao@{MZY}", "电商部", f"liudewang@{MZY}", "子豪;Howie;Howie Chen"),
    ("蓝秀英", f"lanxiuying@{MZY}", "财务部", f"liudewang@{MZY}", "蓝经理;蓝会计;Lan Xiuying"),
    ("Jennifer Cole", "jennifer.cole@maplefinch.example.com", "", "", "Jen;Jennifer"),
    ("Markus Weber", "markus.weber@kessler-holztechnik.example.de", "", "", "Markus"),

    ("何俊", f"hejun@{ZQ}", "总经办", "", "何总;老何;Jun He"),
    ("罗雪", f"luoxue@{ZQ}", "产品部", f"hejun@{ZQ}", "雪姐;Snow;Snow Luo"),
    ("田野", f"tianye@{ZQ}", "研发部", f"hejun@{ZQ}", "田哥;Tian Ye;tianye"),
    ("蒲小川", f"puxiaochuan@{ZQ}", "研发部", f"tianye@{ZQ}", "小川;Chuan;Chuan Pu;puxiaochuan"),
    ("卿雨桐", f"qingyutong@{ZQ}", "研发部", f"tianye@{ZQ}", "雨桐;Tong;Yutong Qing;qingyutong"),
    ("龚俊杰", f"gongjunjie@{ZQ}", "研发部", f"tianye@{ZQ}", "杰哥;JJ;Junjie Gong;gongjunjie"),
    ("冉峰", f"ranfeng@{ZQ}", "运维部", f"tianye@{ZQ}", "冉工;Feng Ran;ranfeng"),
    ("雷梦琪", f"leimengqi@{ZQ}", "客户成功部", f"hejun@{ZQ}", "梦琪;Maggie;Maggie Lei"),
    ("付晓", f"fuxiao@{ZQ}", "客户成功部", f"leimengqi@{ZQ}", "小付;Xiao Fu"),
    ("苟思远", f"gousiyuan@{ZQ}", "销售部", f"hejun@{ZQ}", "苟总;Leo;Leo Gou"),
    ("母婷", f"muting@{ZQ}", "市场部", f"hejun@{ZQ}", "婷婷;Tina;Tina Mu"),
    ("税佳", f"shuijia@{ZQ}", "财务部", f"hejun@{ZQ}", "税姐;Jia Shui"),
    ("Lena Hoffmann", "lena.hoffmann@kassenwerk.example.de", "", "", "Lena"),

    ("田中健一", f"k.tanaka@{AS}", "总经理室", "", "Tanaka;Tanaka-san;Kenichi Tanaka;田中总;田中"),
    ("佐藤美咲", f"m.sato@{AS}", "品质保证部", f"k.tanaka@{AS}", "Sato;Sato-san;Misaki Sato;佐藤部长;佐藤"),
    ("山本拓也", f"t.yamamoto@{AS}", "生产技术部", f"k.tanaka@{AS}", "Yamamoto;Yamamoto-san;Takuya Yamamoto;山本部长;山本"),
    ("梁家豪", f"kelvin.liang@{AS}", "制造部", f"k.tanaka@{AS}", "Kelvin;Kelvin Liang;梁经理"),
    ("莫俊杰", f"jacky.mo@{AS}", "制造部", f"kelvin.liang@{AS}", "Jacky;Jacky Mo;莫组长"),
    ("冯倩", f"chloe.feng@{AS}", "品质保证部", f"m.sato@{AS}", "Chloe;Chloe Feng;冯工"),
    ("何嘉欣", f"cindy.he@{AS}", "品质保证部", f"m.sato@{AS}", "Cindy;Cindy He"),
    ("区志明", f"jimmy.ou@{AS}", "生产技术部", f"t.yamamoto@{AS}", "Jimmy;Jimmy Ou;区工;區工;區志明"),
    ("谭慧敏", f"grace.tan@{AS}", "采购部", f"k.tanaka@{AS}", "Grace;Grace Tan;谭经理"),
    ("黎振华", f"vincent.li@{AS}", "营业部", f"k.tanaka@{AS}", "Vincent;Vincent Li;黎经理"),
    ("苏婉仪", f"winnie.su@{AS}", "总务部", f"k.tanaka@{AS}", "Winnie;Winnie Su"),
    ("中村浩二", "k.nakamura@asahiro.example.co.jp", "", "", "Nakamura;Nakamura-san;Koji Nakamura;中村"),
    ("林冠宇", "linguanyu@hongjun-mold.example.com.tw", "", "", "林經理;Kevin Lin"),
]
PEOPLE = {r[0]: r for r in ROSTER}

BOT = {
    "BB": ("会议纪要助手", f"minutes@{BB}"),
    "MZY": ("纪要助手", f"minutes@{MZY}"),
    "ZQ": ("minutebot", f"minutes@{ZQ}"),
    "AS": ("Minutes Bot", f"minutes@{AS}"),
}


def addr(name):
    """email of a roster person"""
    return PEOPLE[name][1]


# ----------------------------------------------------------------------------------------------
# Gold helpers
# ----------------------------------------------------------------------------------------------
class R:
    """A machine-readable due rule, recomputed by --check from the Date header (Asia/Shanghai).

    kinds: abs(YYYY-MM-DD[, wd]) · weekday(n) this week's if not past else next week's ·
    next_week(n) · workdays(N) counted from the day after sending · month_end · today · tomorrow ·
    after_holiday (first working day after the next statutory holiday block) · hours(N) ·
    tz('YYYY-MM-DD HH:MM', 'Zone') a wall-clock time in another zone converted to Shanghai.
    n: 0=Monday .. 6=Sunday.  time='HH:MM' adds a written time of day.
    """

    def __init__(self, kind, *args, time=None, wd=None):
        self.kind, self.args, self.time, self.wd = kind, args, time, wd


def item(owner, task, due=None, time=None, flags=(), rule=None, email=None, dept=None):
    """owner: a roster name, an outsider's display name (with email=...), or None (no_owner)."""
    if owner is not None and owner in PEOPLE and email is None:
        email = PEOPLE[owner][1]
        dept = PEOPLE[owner][2] or None
    return {
        "owner_name": owner,
        "owner_email": email,
        "department": dept,
        "task": task,
        "due_date": due,
        "due_time": time,
        "flags": list(flags),
        "_rule": rule,
    }


def unit(deptname, task, due=None, time=None, flags=(), rule=None):
    """A unit/department owns the item: owner null, flag no_owner, department = the unit if ours."""
    fl = ["no_owner"] + [f for f in flags if f != "no_owner"]
    return {
        "owner_name": None,
        "owner_email": None,
        "department": deptname,
        "task": task,
        "due_date": due,
        "due_time": time,
        "flags": fl,
        "_rule": rule,
    }


# ----------------------------------------------------------------------------------------------
# MIME helpers (raw bytes, so that every client's own charset/encoding choice is kept)
# ----------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
         "utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "us-ascii": "ascii"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def _enc_word(s, cs, enc):
    raw = s.encode(CODEC[cs.lower()])
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return f"=?{cs}?Q?{''.join(out)}?="


def ew(s, cs="utf-8", enc="B", fold="\n "):
    """RFC 2047 encoded words (folded) for a non-ASCII header text; ASCII text is returned as is."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if cur and len(_enc_word(trial, cs, enc)) > 75:
            words.append(_enc_word(cur, cs, enc))
            cur = ch
        else:
            cur = trial
    words.append(_enc_word(cur, cs, enc))
    return fold.join(words)


def mb(name, email, cs="utf-8", enc="B"):
    """a mailbox: display name (encoded when needed) + address"""
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"') or " " in name:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, enc)} <{email}>"


def alist(boxes, sep=",\n\t"):
    return sep.join(boxes)


def P(name, cs="utf-8", enc="B", display=None):
    return mb(display or name, addr(name), cs, enc)


def body_bytes(text, cs, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(CODEC[cs.lower()])


def b64lines(data):
    return base64.encodebytes(data)


def qplines(data):
    return quopri.encodestring(data)


class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of str (already folded)
        self.body = body         # bytes


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", extra=(), crlf=False, fmt_flowed=False):
    if data is None:
        data = body_bytes(text, cs, crlf)
    ct = ctype
    if cs:
        ct += f'; charset="{cs}"' if not fmt_flowed else f"; charset={cs}; format=flowed"
    ct += params
    hdrs = [f"Content-Type: {ct}"]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs += list(extra)
    if cte == "base64":
        payload = b64lines(data)
    elif cte == "quoted-printable":
        payload = qplines(data)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = data if data.endswith(b"\n") else data + b"\n"
    return Part(hdrs, payload)


def multi(subtype, boundary, parts, params="", preamble=None, extra=()):
    hdrs = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'] + list(extra)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode() + b"\n\n"
        out += p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part(hdrs, out)


def message(headers, root):
    """headers: list of 'Name: value' strings (value may contain folded lines)."""
    raw = "\n".join(headers + root.headers).encode("ascii") + b"\n\n" + root.body
    return raw


def rfcdate(y, mo, d, hh, mi, ss=0, tz="+0800"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime(y, mo, d, hh, mi, ss, tzinfo=dt.timezone(off))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {t.day} {mons[t.month-1]} {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {tz}", t


def rcv_date(t, later=3):
    """the receiving server's own timestamp, in +0800 (CST)"""
    u = (t + dt.timedelta(seconds=later)).astimezone(SH)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[u.weekday()]}, {u.day} {mons[u.month-1]} {u.year} {u.hour:02d}:{u.minute:02d}:{u.second:02d} +0800 (CST)"


def trace(rp, bot, t, hops):
    """Return-Path/Delivered-To/Received lines as the receiving server writes them.
    hops: list of (from_clause, by_clause, with_clause) newest first."""
    lines = [f"Return-Path: <{rp}>" if rp else "Return-Path: <>", f"Delivered-To: {bot}"]
    for i, (frm, by, wth) in enumerate(hops):
        rid = h(f"{rp}{bot}{t.isoformat()}{i}", 11).upper()
        lines.append(f"Received: from {frm}\n\tby {by} with {wth} id {rid}\n\tfor <{bot}>; {rcv_date(t, 1 + len(hops) - i)}")
    return lines


# --- simple HTML renderers for the alternative parts ------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_outlook(text, lang="ZH-CN", font="等线", extra_head=""):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
        else:
            paras.append(f'<p class=MsoNormal><span style=\'font-family:"{font}"\'>{esc(line)}<span lang=EN-US><o:p></o:p></span></span></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:' + font + ';}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n\tfont-family:' + font + ';}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>' + extra_head +
            f'</head><body lang={lang} link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>' + "\n".join(paras) + '</div></body></html>\n')


def html_divs(text, wrap_open="<div>", wrap_close="</div>", head="", foot=""):
    out = []
    for line in text.split("\n"):
        out.append(f"{wrap_open}{esc(line) if line.strip() else '<br>'}{wrap_close}")
    return head + "\n".join(out) + foot + "\n"


def table_html(rows, attrs='border="1" cellspacing="0" cellpadding="4"', head_style="", cell_style=""):
    out = [f"<table {attrs}>"]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for c in row:
            tag = "th" if i == 0 else "td"
            st = head_style if i == 0 else cell_style
            out.append(f"<{tag}{st}>{esc(c) if c else '&nbsp;'}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_text(rows):
    return "\n".join("\t".join(r) for r in rows)


# ----------------------------------------------------------------------------------------------
# deterministic OOXML / PDF
# ----------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 6, 8, 9, 30, 0)


def docx_bytes(paragraphs, title, author, when):
    """paragraphs: list of (style, text) with style in {'title','p','h','table'}; table = list of rows."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 3
    for style, text in paragraphs:
        if style == "title":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = 1
        elif style == "h":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif style == "table":
            t = d.add_table(rows=len(text), cols=len(text[0]))
            t.style = "Table Grid"
            for i, row in enumerate(text):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        else:
            d.add_paragraph(text)
    raw = io.BytesIO()
    d.save(raw)
    # re-zip with fixed timestamps and a fixed order so the bytes never depend on the clock
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append("\t".join(c.text for c in r.cells))
    return "\n".join(parts)


def pdf_bytes(lines, title, author):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word - 质量异常处理会议纪要.docx")
    y = 800
    for style, text in lines:
        if style == "title":
            c.setFont("STSong-Light", 16)
            c.drawCentredString(297, y, text)
            y -= 34
        else:
            c.setFont("STSong-Light", 10.5)
            c.drawString(62 if style == "p" else 80, y, text)
            y -= 20
    c.showPage()
    c.save()
    return b.getvalue()


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)


CASES = []


def case(num, slug, kind, what, summary=None):
    def deco(fn):
        CASES.append((num, slug, kind, what, summary, fn))
        return fn
    return deco


def std_headers(trace_lines, frm, to, cc, subject, date, msgid, pre=(), post=(), mime=True):
    L = list(trace_lines) + list(pre)
    L.append(f"From: {frm}")
    if to:
        L.append(f"To: {to}")
    if cc:
        L.append(f"Cc: {cc}")
    L.append(f"Subject: {subject}")
    L.append(f"Date: {date}")
    L.append(f"Message-ID: {msgid}")
    L += list(post)
    if mime:
        L.append("MIME-Version: 1.0")
    return L


def outlook_ids(seed, domain):
    x = h(seed, 24)
    return (f"<000001{x[:6]}${x[6:14]}${x[14:22]}$@{domain}>",
            f"----=_NextPart_000_0001_01{x[:6].upper()}.{x[6:14].upper()}",
            base64.b64encode(bytes.fromhex(h(seed + 'ti', 32))).decode()[:-2] + "==")


SIG_JW = """--
蒋雯
蚌埠市公共交通集团有限公司 集团办公室
电话：0552-2046817　传真：0552-2046800
地址：安徽省蚌埠市龙子湖区东海大道2188号"""

# ==============================================================================================
# Org A: 蚌埠市公共交通集团有限公司 (state-owned city bus group, Bengbu)
# ==============================================================================================


@case(6401, "bb-formal-charging-station-minutes-gb2312", "minutes",
      "Outlook zh-CN gb2312 base64 formal SOE 专题会议纪要 (（一）…（五）, 责任单位/完成时限 labels, 牵头/配合, unit-only owners); 节后第一个工作日 and 3个工作日内 across Qingming 04-04..06; 4月底前; 下次会议 sentence with weekday and time")
def c6401():
    date, t = rfcdate(2026, 4, 2, 16, 45, 12)
    mid, bnd, ti = outlook_ids("6401", BB)
    text = """各位领导、各部门：

现将《关于新能源公交充电场站扩容工作的专题会议纪要》发给大家，请按议定事项抓好落实。

关于新能源公交充电场站扩容工作的专题会议纪要
蚌公交纪〔2026〕12号

4月2日上午，集团副总经理邵国庆在集团三楼会议室主持召开新能源公交充电场站扩容工作专题会议，运营管理部、机务部、安全技术部、财务部、信息中心主要负责同志参加会议。会议听取了机务部关于现有4座场站充电负荷情况的汇报，研究部署了扩容相关工作。现纪要如下：

一、会议认为，随着今年新增纯电动公交车86台陆续交付，现有场站夜间充电负荷已接近上限，扩容工作十分紧迫。各部门要提高认识、加强协同，力争6月底前新增充电桩40个。

二、会议议定事项
（一）关于场站选址。由运营管理部牵头，机务部配合，对东海大道、龙湖西路两处备选场地开展实地踏勘，形成比选意见报集团。
责任单位：运营管理部（陶建华）　配合单位：机务部
完成时限：4月10日前

（二）关于电力增容报装。机务部负责与供电部门对接，提交电力增容报装申请。
责任单位：机务部
完成时限：节后第一个工作日

（三）关于投资测算。由财务部房丽同志负责，会同运营管理部测算扩容投资及运营成本，报邵总审定。
责任单位：财务部
完成时限：3个工作日内

（四）关于消防安全评估。安全技术部负责组织第三方机构开展消防安全评估，出具评估报告。
责任单位：安全技术部（顾晓峰）
完成时限：4月底前

（五）关于充电监控平台接入。信息中心负责新场站充电桩接入集团充电监控平台，待场站方案确定后实施。
责任单位：信息中心
完成时限：待定

三、下次会议
下次专题会议定于4月9日（星期四）上午9:00在集团三楼会议室召开，请各责任单位汇报工作进展。

出席：邵国庆
列席：陶建华、褚明、顾晓峰、房丽、臧宇、葛春燕
记录：蒋雯

集团办公室
2026年4月2日

""" + SIG_JW + "\n"
    root = multi("alternative", bnd, [
        leaf("text/plain", text, "gb2312", "base64", crlf=True),
        leaf("text/html", html_outlook(text), "gb2312", "base64", crlf=True),
    ])
    cs = "gb2312"
    hd = std_headers(
        trace(addr("蒋雯"), BOT["BB"][1], t, [("JIANGWEN-PC (unknown [10.20.1.37])", f"mail.{BB} (Coremail)", "SMTP")]),
        P("蒋雯", cs), P("邵国庆", cs),
        alist([P(n, cs) for n in ["陶建华", "褚明", "顾晓峰", "房丽", "臧宇", "葛春燕", "孙立军"]] + [mb(*BOT["BB"], cs=cs)]),
        ew("关于新能源公交充电场站扩容工作的专题会议纪要", cs), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: zh-cn"])
    items = [
        item("陶建华", "对东海大道、龙湖西路两处备选场地开展实地踏勘，形成比选意见", "2026-04-10", rule=R("abs", "2026-04-10", wd=4)),
        unit("机务部", "与供电部门对接，提交电力增容报装申请", "2026-04-07", rule=R("after_holiday")),
        item("房丽", "测算扩容投资及运营成本，报邵总审定", "2026-04-08", rule=R("workdays", 3)),
        item("顾晓峰", "组织第三方机构开展消防安全评估，出具评估报告", "2026-04-30", rule=R("month_end")),
        unit("信息中心", "新场站充电桩接入集团充电监控平台", flags=["vague_due"]),
    ]
    notes = ("Formal SOE minutes, sent Thu 2026-04-02 16:45 +0800, the last working day before Qingming (04-04..04-06 off; "
             "04-03 Fri is a working day; no make-up day). Decision paragraph 一、会议认为… (86台, 6月底前新增充电桩40个) is not an item. "
             "（一）运营管理部牵头/机务部配合 with '责任单位：运营管理部（陶建华）' -> the person in brackets, 陶建华, owns it; 机务部 (配合) is not an owner; '4月10日前' -> 2026-04-10. "
             "（二）only a unit (机务部) -> owner null, no_owner, department 机务部; '节后第一个工作日' -> first working day after Qingming = Tue 2026-04-07. "
             "（三）'由财务部房丽同志负责' names the person -> 房丽; '3个工作日内' counted from the day after sending: 04-03 (1), 04-04..06 holiday, 04-07 (2), 04-08 (3) -> 2026-04-08 "
             "(a Mon-Fri count that ignores the holiday gives 04-07). 报邵总 makes 邵总 the recipient, not an owner. "
             "（四）安全技术部（顾晓峰） -> 顾晓峰; '4月底前' -> 2026-04-30. "
             "（五）unit only + '完成时限：待定' -> owner null, department 信息中心, [no_owner, vague_due]. "
             "三、下次会议 4月9日（星期四）上午9:00 -> 2026-04-09 09:00 (Thursday, checked). Body gb2312 base64 with CRLF, multipart/alternative (Outlook HTML MsoNormal).")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-09", "time": "09:00"},
                               "_next_rule": R("abs", "2026-04-09", wd=3, time="09:00"), "notes": notes}


def word_table_html(rows, widths=None):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for i, row in enumerate(rows):
        out.append(f"<tr style='mso-yfti-irow:{i}'>")
        for j, c in enumerate(row):
            w = widths[j] if widths else 90
            b = " style='font-weight:bold'" if i == 0 else ""
            out.append(f"<td width={w} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal><span{b}>{esc(c) if c else '&nbsp;'}<span lang=EN-US><o:p></o:p></span></span></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_outlook_blocks(blocks, font="等线"):
    """blocks: list of str (text paragraphs, '\\n' separated) or ('table', html)"""
    body = []
    for b in blocks:
        if isinstance(b, tuple):
            body.append(b[1])
        else:
            for line in b.split("\n"):
                if line.strip() == "":
                    body.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
                else:
                    body.append(f'<p class=MsoNormal><span style=\'font-family:"{font}"\'>{esc(line)}<span lang=EN-US><o:p></o:p></span></span></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n'
            'table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;\n\tfont-size:10.5pt;}\n--></style></head>'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'><div class=WordSection1>'
            + "\n".join(body) + "</div></body></html>\n")


def coremail_html(blocks):
    body = []
    for b in blocks:
        if isinstance(b, tuple):
            body.append(b[1])
        else:
            for line in b.split("\n"):
                body.append(f"<div>{esc(line) if line.strip() else '<br>'}</div>")
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "\n".join(body) + "</div><br><br><span title=\"neteasefooter\"><p>&nbsp;</p></span>\n")


def att(filename, ctype, data):
    from urllib.parse import quote
    q = quote(filename.encode("utf-8"), safe="")
    return leaf(ctype, data=data, cte="base64", params=f";\n\tname*=utf-8''{q}",
                extra=[f"Content-Disposition: attachment;\n\tfilename*=utf-8''{q}"])


@case(6402, "bb-collab-tracking-table-coremail-qp", "minutes",
      "Coremail webmail UTF-8 QP HTML 跨部门协作事项跟踪表 (seed columns): 已完成 rows excluded, 责任人（发起方） owns and 协作方 does not; 节后第一个工作日 in a cell = 05-06; 5个工作日内 across Labour Day ends on the 05-09 make-up Saturday; 待定 -> vague; 下次例会 label with 下午3点")
def c6402():
    date, t = rfcdate(2026, 4, 29, 17, 20, 41)
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "驾驶员疲劳驾驶监测设备安装（一期80台）", "安全技术部", "机务部", "顾晓峰", "窦海涛", "2026-04-20", "2026-04-24", "已完成（延期4天，设备到货晚）", "二期安装提前锁定供货"],
        ["2", "五一假期客流高峰运力调配方案", "运营管理部", "第一分公司、第二分公司", "葛春燕", "柏静、芮志刚", "2026-04-30", "-", "进行中（已完成80%）", "加班线路需向市交通运输局报备"],
        ["3", "站台电子站牌故障排查（23块）", "信息中心", "运营管理部", "卜文斌", "葛春燕", "节后第一个工作日", "-", "进行中", "备件待到货，先修主干线站牌"],
        ["4", "车载灭火器年检及过期更换", "安全技术部", "机务部", "顾晓峰", "窦海涛", "2026-05-09（周六调休上班）", "-", "未开始", "分批进场，不影响早高峰"],
        ["5", "夜班线路安全巡查排班", "运营管理部", "安全技术部", "陶建华", "顾晓峰", "待定", "-", "未开始", "待五一后客流数据确定"],
        ["6", "维修车间消防通道整改", "机务部", "安全技术部", "褚明", "顾晓峰", "2026-04-28", "2026-04-28", "已完成", "-"],
    ]
    intro = """各位：

4月29日下午召开了4月份安全生产例会，顾部长主持，各部门负责人参加。会议通报了4月份安全生产情况：全月发生一般行车事故1起、无责擦碰3起，无人员伤亡。

跨部门协作事项跟踪表如下（已完成事项保留一周后删除）："""
    outro = """另：请机务部窦工在5个工作日内报送4月份车辆故障统计表（含故障类型、停运时长）。

会议要求：五一假期期间各分公司严格执行领导带班制度，发生险情第一时间上报集团总值班室。

下次例会：5月27日（周三）下午3点，地点不变（集团二楼会议室）。

葛春燕
运营管理部"""
    text = intro + "\n\n跨部门协作事项跟踪表\n" + table_text(rows) + "\n\n" + outro + "\n"
    html = coremail_html([intro, ("table", "<div><b>跨部门协作事项跟踪表</b></div>" + table_html(
        rows, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:13px"')), outro])
    bnd = f"----=_Part_{int(h('6402b', 6), 16)}_{int(h('6402c', 7), 16)}.1777454441021"
    root = multi("alternative", bnd, [
        leaf("text/plain", text, "UTF-8", "quoted-printable"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
    ])
    hd = std_headers(
        trace(addr("葛春燕"), BOT["BB"][1], t, [("ajax-webmail-mail (unknown [10.20.3.15])", f"mail.{BB} (Coremail)", "HTTP")]),
        P("葛春燕"), alist([P(n) for n in ["顾晓峰", "陶建华", "褚明", "臧宇", "柏静", "芮志刚"]]),
        alist([P("窦海涛"), P("卜文斌"), mb(*BOT["BB"])]),
        ew("4月份安全生产例会纪要及协作事项跟踪"), date,
        f"<{h('6402m', 8)}.{h('6402n', 4)}.19dd7a3e5c1.Coremail.gechunyan@{BB}>",
        post=["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn bbgongjiao",
              "X-Originating-IP: [10.20.3.15]", "X-Coremail-Locale: zh_CN", f"X-CM-TRANSID:{h('6402t', 20)}"])
    items = [
        item("葛春燕", "五一假期客流高峰运力调配方案", "2026-04-30", rule=R("abs", "2026-04-30", wd=3)),
        item("卜文斌", "站台电子站牌故障排查（23块）", "2026-05-06", rule=R("after_holiday")),
        item("顾晓峰", "车载灭火器年检及过期更换", "2026-05-09", rule=R("abs", "2026-05-09", wd=5)),
        item("陶建华", "夜班线路安全巡查排班", flags=["vague_due"]),
        item("窦海涛", "报送4月份车辆故障统计表（含故障类型、停运时长）", "2026-05-09", rule=R("workdays", 5)),
    ]
    notes = ("Coremail webmail HTML table (UTF-8 quoted-printable; the text/plain alternative is tab-separated). Sent Wed 2026-04-29 17:20, "
             "just before Labour Day (05-01..05-05 off, Sat 05-09 make-up working day). Seed 跨部门协作事项跟踪表: the row owner is 责任人（发起方）; "
             "责任人（协作方） are supporting people (配合) and never owners. Rows 1 and 6 are 已完成 (with 实际完成时间) -> not items. "
             "Row 2 -> 葛春燕 2026-04-30; row 3 '节后第一个工作日' -> Wed 2026-05-06; row 4 '2026-05-09（周六调休上班）' -> 2026-05-09; "
             "row 5 '待定' -> vague_due. The line below the table '请机务部窦工在5个工作日内报送…' is an item: 窦工 = 窦海涛 (alias); "
             "5 working days from the day after sending: 04-30 (1), 05-01..05 holiday, 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up (5) -> 2026-05-09 "
             "(a Mon-Fri count gives 05-11; one that ignores the holiday gives 05-06). The 会议要求 (领导带班制度) is a standing rule, the accident counts are facts. "
             "下次例会 5月27日（周三）下午3点 -> 2026-05-27 15:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-27", "time": "15:00"},
                               "_next_rule": R("abs", "2026-05-27", wd=2, time="15:00"), "notes": notes}


@case(6403, "bb-dingtalk-ai-minutes-todo-only", "minutes",
      "DingTalk mail client, UTF-8 base64: 钉钉AI听记 minutes pasted under a preface; only the 待办事项 section counts (AI摘要/章节速览 mention 尽快/下周内 but are not items); a unit-only 待办; 下周三前; 6月底前 from May; '下次评审会时间另行通知' -> null")
def c6403():
    date, t = rfcdate(2026, 5, 12, 18, 5, 37)
    text = """臧主任、各位：

下午智能调度系统二期需求评审会的纪要由钉钉AI听记生成，待办事项我已逐条核对。二期计划6月底前上线，下次评审会时间另行通知。

卜文斌
信息中心

======== 以下为AI听记内容 ========
智能调度系统二期需求评审会
2026-05-12 14:30 | 1小时38分钟 | 集团四楼信息中心会议室
参与人：臧宇、陶建华、葛春燕、窦海涛、卜文斌、厂家项目经理（线上）

AI摘要
本次会议围绕智能调度系统二期需求展开评审。运营管理部提出高峰时段动态发车、驾驶员排班与考勤联动两项核心需求；机务部关注车载终端兼容问题，现有终端约三分之一为2019年前的型号；信息中心介绍了二期接口方案以及与一卡通系统的数据对接思路。会议明确二期分两个阶段实施：6月底前完成排班模块上线，8月完成动态发车试点。厂家表示报价将在一周内给出。

章节速览
00:00:12 项目背景与一期运行情况
一期系统上线以来日均下发调度指令1.2万条，人工干预率降至8%。
00:21:40 运营管理部需求
葛春燕提出高峰时段按客流自动调整发车间隔，下周内把需求整理出来。
00:52:05 车载终端兼容
窦海涛说明老旧终端需要升级固件或者更换。
01:15:30 报价与进度
臧宇要求厂家尽快报价，并明确上线时间节点。

待办事项（5）
1. 葛春燕：5月15日前提供各线路高峰时段发车间隔需求表
2. 卜文斌：下周三前完成调度排班接口技术方案
3. 臧宇：5月22日前与厂家确认二期报价
4. 窦海涛：提供车载终端型号及数量清单
5. 运营管理部：6月底前完成新排班规则试运行

以上内容由AI生成，仅供参考
"""
    html = html_divs(text, '<div style="font-size:14px;">', "</div>",
                     head='<html><head><meta charset="utf-8"></head><body><div style="font-family:PingFang SC,Microsoft YaHei;">',
                     foot="</div></body></html>")
    bnd = f"--=_DingTalkMail_{h('6403b', 20)}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"),
                                      leaf("text/html", html, "utf-8", "base64")])
    hd = std_headers(
        trace(addr("卜文斌"), BOT["BB"][1], t, [("out30-133.freemail.mail.aliyun.com (out30-133.freemail.mail.aliyun.com [115.124.30.133])",
                                             f"mail.{BB} (Coremail)", "ESMTPS")]),
        P("卜文斌"), alist([P(n) for n in ["臧宇", "陶建华", "葛春燕", "窦海涛"]]), mb(*BOT["BB"]),
        ew("智能调度系统二期需求评审会纪要（钉钉AI听记）"), date, f"<{h('6403m', 8)}-{h('6403n', 4)}-{h('6403o', 12)}@dingtalk.com>",
        post=["X-Mailer: DingTalk Mail 7.6.30", "X-Priority: 3"])
    items = [
        item("葛春燕", "提供各线路高峰时段发车间隔需求表", "2026-05-15", rule=R("abs", "2026-05-15")),
        item("卜文斌", "完成调度排班接口技术方案", "2026-05-20", rule=R("next_week", 2)),
        item("臧宇", "与厂家确认二期报价", "2026-05-22", rule=R("abs", "2026-05-22")),
        item("窦海涛", "提供车载终端型号及数量清单", flags=["no_due"]),
        unit("运营管理部", "完成新排班规则试运行", "2026-06-30", rule=R("month_end", 6)),
    ]
    notes = ("钉钉AI听记 minutes pasted by the organizer, sent Tue 2026-05-12 18:05. Only the 待办事项 list is recorded: the AI摘要 "
             "(6月底前上线, 8月试点, 一周内报价) and 章节速览 (下周内整理需求, 尽快报价) restate or summarise and are not items; nor is the preface. "
             "#1 5月15日前 -> 2026-05-15. #2 '下周三前' -> Wednesday of next calendar week = 2026-05-20. #3 -> 2026-05-22. "
             "#4 no deadline -> no_due. #5 owned by a unit -> owner null, department 运营管理部, no_owner; '6月底前' -> 2026-06-30. "
             "The preface says '下次评审会时间另行通知' -> next_followup null. Sent from the DingTalk mail client through the group's Coremail server.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6404, "bb-dragon-boat-minutes-docx-attachment", "minutes",
      "Outlook zh-CN, short gb2312 QP body + a real .docx (python-docx) holding the formal 一是…五是… minutes; (责任人：X) after each point; 节后第一个工作日 after Dragon Boat 06-19..21 = 06-22; a unit owner; 各分公司要… standing rule; '总结会时间另行通知' -> null")
def c6404():
    date, t = rfcdate(2026, 6, 8, 10, 12, 5)
    mid, bnd, ti = outlook_ids("6404", BB)
    body = "各位领导、各部门：\n\n6月5日端午节假期运输保障工作会议纪要见附件，请按分工抓好落实。\n\n" + SIG_JW + "\n"
    paras = [
        ("title", "关于做好2026年端午节假期运输保障工作的会议纪要"),
        ("p", "6月5日下午，集团副总经理邵国庆主持召开端午节假期运输保障工作会议，集团办公室、运营管理部、机务部、安全技术部、信息中心及各分公司负责同志参加。会议分析了今年端午假期（6月19日至21日）客流特点，对运输保障工作作出部署。现纪要如下："),
        ("p", "一是加强运力调配。运营管理部负责制定端午假期运力调配方案，重点保障龙子湖景区、蚌埠南站、张公山公园周边线路，6月12日前报集团审定。（责任人：葛春燕）"),
        ("p", "二是做好车辆安全检查。机务部牵头，各分公司配合，6月18日前完成全部运营车辆例保检查，重点检查制动、轮胎和空调系统。（责任人：褚明）"),
        ("p", "三是落实节日值班值守。集团办公室负责编排节日期间领导带班和值班表，6月16日前印发。"),
        ("p", "四是做好假期客流统计分析。信息中心负责，节后第一个工作日报送假期客流数据及分析。（责任人：臧宇）"),
        ("p", "五是严格落实安全管理制度。各分公司要严格执行驾驶员出车前酒精检测制度，假期期间每日17时前向集团总值班室报告当日运营情况。"),
        ("p", "节后将召开假期运输保障工作总结会，时间另行通知。"),
        ("p", "出席：邵国庆"),
        ("p", "列席：孙立军、陶建华、葛春燕、褚明、顾晓峰、臧宇、柏静、芮志刚"),
        ("p", "记录：蒋雯"),
        ("p", "蚌埠市公共交通集团有限公司集团办公室　2026年6月5日"),
    ]
    fname = "端午节假期运输保障工作会议纪要.docx"
    data = docx_bytes(paras, "端午节假期运输保障工作会议纪要", "蒋雯", dt.datetime(2026, 6, 5, 17, 20))
    root = multi("mixed", bnd.replace("_000_", "_000_0000_"), [
        multi("alternative", bnd, [leaf("text/plain", body, "gb2312", "quoted-printable", crlf=True),
                                   leaf("text/html", html_outlook(body), "gb2312", "quoted-printable", crlf=True)]),
        att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data),
    ], preamble="This is a multipart message in MIME format.")
    cs = "gb2312"
    hd = std_headers(
        trace(addr("蒋雯"), BOT["BB"][1], t, [("JIANGWEN-PC (unknown [10.20.1.37])", f"mail.{BB} (Coremail)", "SMTP")]),
        P("蒋雯", cs), alist([P("邵国庆", cs), P("孙立军", cs)]),
        alist([P(n, cs) for n in ["陶建华", "葛春燕", "褚明", "顾晓峰", "臧宇", "柏静", "芮志刚"]] + [mb(*BOT["BB"], cs=cs)]),
        ew("端午节假期运输保障工作会议纪要", cs), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: zh-cn", "X-MS-Has-Attach: yes"])
    items = [
        item("葛春燕", "制定端午假期运力调配方案，报集团审定", "2026-06-12", rule=R("abs", "2026-06-12", wd=4)),
        item("褚明", "完成全部运营车辆例保检查", "2026-06-18", rule=R("abs", "2026-06-18", wd=3)),
        unit("集团办公室", "编排节日期间领导带班和值班表并印发", "2026-06-16", rule=R("abs", "2026-06-16")),
        item("臧宇", "报送端午假期客流数据及分析", "2026-06-22", rule=R("after_holiday")),
    ]
    notes = ("The minutes are only in the .docx attachment (a real OOXML file); the body is a two-line cover note. Sent Mon 2026-06-08 10:12. "
             "Recorded as a human reading the attachment would: 一是 -> 葛春燕 (责任人 in brackets; 运营管理部 is her unit), 6月12日前 -> 2026-06-12. "
             "二是 机务部牵头/各分公司配合, 责任人 褚明 -> 2026-06-18. 三是 names only 集团办公室 -> owner null, department 集团办公室, no_owner, 2026-06-16. "
             "四是 '节后第一个工作日' -> Dragon Boat holiday 06-19..06-21, first working day after = Mon 2026-06-22. "
             "五是 '各分公司要严格执行…每日17时前报告' is a standing rule for the holiday, not an item. '总结会时间另行通知' -> next_followup null. "
             "Attachment name is RFC 2231 encoded (filename*=utf-8''…).")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes,
                               "_probes": {fname: ["6月12日前报集团审定", "节后第一个工作日", "（责任人：褚明）"]}}


@case(6405, "bb-grouped-by-person-thunderbird-8bit", "minutes",
      "Thunderbird text/plain format=flowed 8bit UTF-8: minutes grouped by person (陶部长/钱老师/卜工/柏经理、芮经理/我这边) with ①② sub-tasks; one task for two owners -> two items; 我 = the sender; 本月底前; 时间另定 -> vague; 下次研讨会时间待定 -> null")
def c6405():
    date, t = rfcdate(2026, 7, 2, 17, 40, 3)
    text = """各位：

今天下午召开了线网优化方案第二次研讨会，邵总参加并讲话，蚌埠学院钱卫东老师介绍了OD客流分析的初步结果。按人员分工整理如下，请各位对照落实：

陶部长：
①7月10日前确定3条试点线路（3路、101路、K5路）调整方案；
②下周三前与市交通运输局客运科沟通线路调整报批程序。

钱老师：
①本月底前提交OD客流分析报告终稿；
②对试点线路站点撤并提出专家意见（时间另定）。

卜工：
①7月7日前从IC卡系统导出6月份刷卡数据，提供给钱老师。

柏经理、芮经理：
分别组织本分公司驾驶员座谈，收集线路调整意见，7月15日前报运营管理部。

我这边：汇总各方意见，7月17日前形成线网优化方案初稿。

邵总强调：试点线路调整要坚持稳妥有序，调整前须在站台张贴公告不少于7天。

下次研讨会时间待定。

-- 
葛春燕
运营管理部 调度科
0552-2046835
"""
    root = leaf("text/plain", text, "UTF-8", "8bit", fmt_flowed=True)
    hd = std_headers(
        trace(addr("葛春燕"), BOT["BB"][1], t, [("[10.20.3.15] (unknown [10.20.3.15])", f"mail.{BB} (Coremail)", "ESMTPSA")]),
        P("葛春燕"), alist([P("邵国庆"), P("陶建华"), P("钱卫东"), P("卜文斌"), P("柏静"), P("芮志刚")]), mb(*BOT["BB"]),
        ew("线网优化方案第二次研讨会纪要"), date, f"<{h('6405a', 8)}-{h('6405b', 4)}-4c1e-9a7d-{h('6405c', 12)}@{BB}>",
        post=["User-Agent: Mozilla Thunderbird", "Content-Language: zh-CN"])
    hd.remove("MIME-Version: 1.0")
    hd.insert(hd.index(next(x for x in hd if x.startswith("Date:"))) + 0, "MIME-Version: 1.0")
    items = [
        item("陶建华", "确定3条试点线路（3路、101路、K5路）调整方案", "2026-07-10", rule=R("abs", "2026-07-10")),
        item("陶建华", "与市交通运输局客运科沟通线路调整报批程序", "2026-07-08", rule=R("next_week", 2)),
        item("钱卫东", "提交OD客流分析报告终稿", "2026-07-31", rule=R("month_end")),
        item("钱卫东", "对试点线路站点撤并提出专家意见", flags=["vague_due"]),
        item("卜文斌", "从IC卡系统导出6月份刷卡数据，提供给钱老师", "2026-07-07", rule=R("abs", "2026-07-07")),
        item("柏静", "组织本分公司驾驶员座谈，收集线路调整意见，报运营管理部", "2026-07-15", rule=R("abs", "2026-07-15")),
        item("芮志刚", "组织本分公司驾驶员座谈，收集线路调整意见，报运营管理部", "2026-07-15", rule=R("abs", "2026-07-15")),
        item("葛春燕", "汇总各方意见，形成线网优化方案初稿", "2026-07-17", rule=R("abs", "2026-07-17")),
    ]
    notes = ("Minutes grouped by person, sent Thu 2026-07-02 17:40. Owners by title: 陶部长 = 陶建华, 钱老师 = 钱卫东 (outside consultant, in the roster "
             "with his 126.com address, no department), 卜工 = 卜文斌, 柏经理 = 柏静, 芮经理 = 芮志刚. ①② under one person are separate items. "
             "'下周三前' -> 2026-07-08; '本月底前' -> 2026-07-31; '（时间另定）' -> vague_due. The 柏经理、芮经理 line is one task for two owners -> two items "
             "with the same text. '我这边' = the sender 葛春燕 -> 2026-07-17. 邵总强调… (公告不少于7天) is a standing rule. "
             "'下次研讨会时间待定' -> null. text/plain only, format=flowed, 8bit UTF-8, '-- ' signature.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6406, "bb-other-consultant-request-126-gbk", "other",
      "126.com webmail (Coremail 126com) GBK base64 multipart/alternative from the outside consultant: a plain data request ('周三前补发') and a wish to move next week's meeting; no minutes -> other, no follow-up")
def c6406():
    date, t = rfcdate(2026, 7, 6, 21, 14, 33)
    text = """葛主管、卜工：

你们好！卜工上周发来的6月份刷卡数据已收到，谢谢。核对时发现3路和101路缺6月15日至21日一周的数据，麻烦周三前帮忙补发一下。

另外，原定下周的研讨会我周三下午要上课，能否调整到周四上午？请葛主管协调一下，谢谢。

钱卫东
蚌埠学院 管理学院
手机：13955206618
"""
    html = coremail_html([text])
    bnd = f"----=_Part_{int(h('6406b', 6), 16)}_{int(h('6406c', 7), 16)}.1783343673412"
    root = multi("alternative", bnd, [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")])
    cs = "GBK"
    hd = std_headers(
        trace(addr("钱卫东"), BOT["BB"][1], t, [("m16.mail.126.com (m16.mail.126.com [220.181.12.16])", f"mail.{BB} (Coremail)", "ESMTP")]),
        mb("钱卫东", addr("钱卫东"), cs), alist([P("葛春燕", cs), P("卜文斌", cs)]), alist([P("陶建华", cs), mb(*BOT["BB"], cs=cs)]),
        ew("6月份刷卡数据及下周研讨会时间", cs), date, f"<{h('6406m', 8)}.{h('6406n', 4)}.19dd8e7f3a1.Coremail.qwd_bengbu@126.com>",
        post=["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com",
              "X-Originating-IP: [112.29.176.41]", f"X-CM-TRANSID:{h('6406t', 20)}", "X-Coremail-Antispam: 1Uf129KBjDUn29KB7ZKAUJUUUU8529EdanIXcx71UUUUU7v73",
              "X-NTES-SC: AL_Qu2ZBfaYu0ov4iWdYOkfmUwVgOo+W8e0u/4k3IRSPp96jBrp7y8DcnJvMkD17de9C7Ja"])
    notes = ("A person-to-person request from the outside consultant (126.com webmail, GBK), with the bot in Cc because the minutes thread always copies it; "
             "it is not a reply to any bot mail (no In-Reply-To) and holds no minutes. '周三前补发', '6月15日至21日' and the wish to move the meeting to 周四上午 "
             "are requests and facts -> kind other, no items, no follow-up.")
    return message(hd, root), {"kind": "other", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


@case(6407, "bb-auto-coremail-dsn-bounce", "auto",
      "Coremail postmaster DSN (multipart/report; delivery-status; Return-Path <>; Auto-Submitted: auto-replied) for the bot's own recap to a full 126.com mailbox; the human part lists dates and office hours -> auto")
def c6407():
    date, t = rfcdate(2026, 7, 2, 17, 43, 10)
    human = """您好，

这是 mail.bbgongjiao.example.cn 的邮件系统自动发送的退信通知。

很抱歉，您于 2026-07-02 17:42:05 发送的邮件未能投递到以下收件人：

    qwd_bengbu@126.com
    原因：对方邮箱空间已满，服务器返回 552 Requested mail action aborted: exceeded storage allocation

原邮件主题：【待确认】线网优化方案第二次研讨会纪要（8项待办，如有异议请于今日18:00前回复）

系统将不再重试投递。如需帮助，请在工作日8:30-17:30联系信息中心（电话0552-2046866）。
此邮件由系统自动发送，请勿直接回复。
"""
    status = f"""Reporting-MTA: dns; mail.{BB}
Arrival-Date: Thu, 2 Jul 2026 17:42:05 +0800 (CST)

Final-Recipient: rfc822; qwd_bengbu@126.com
Original-Recipient: rfc822;qwd_bengbu@126.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.mail.126.com
Diagnostic-Code: smtp; 552 Requested mail action aborted: exceeded storage allocation
"""
    orig = f"""Return-Path: <minutes@{BB}>
From: {ew('会议纪要助手')} <minutes@{BB}>
To: {ew('葛春燕')} <gechunyan@{BB}>
Cc: {ew('钱卫东')} <qwd_bengbu@126.com>
Subject: {ew('【待确认】线网优化方案第二次研讨会纪要（8项待办，如有异议请于今日18:00前回复）')}
Date: Thu, 2 Jul 2026 17:42:05 +0800
Message-ID: <r.20260702174205.6a1f03c9@{BB}>
In-Reply-To: <{h('6405a', 8)}-{h('6405b', 4)}-4c1e-9a7d-{h('6405c', 12)}@{BB}>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
"""
    bnd = f"{h('6407b', 12).upper()}.1782985390/mail.{BB}"
    root = multi("report", bnd, [
        leaf("text/plain", human, "utf-8", "base64", extra=["Content-Description: Notification"]),
        leaf("message/delivery-status", status, cte=None, data=status.encode(), extra=["Content-Description: Delivery report"]),
        leaf("text/rfc822-headers", orig, cte=None, data=orig.encode(), extra=["Content-Description: Undelivered Message Headers"]),
    ], params=" report-type=delivery-status;")
    hd = std_headers(
        trace("", BOT["BB"][1], t, [(f"localhost (localhost [127.0.0.1])", f"mail.{BB} (Coremail)", "LMTP")]),
        f"postmaster@{BB} ({ew('系统管理员')})", f"minutes@{BB}", None,
        ew("系统退信：【待确认】线网优化方案第二次研讨会纪要"), date, f"<20260702094310.{h('6407m', 10).upper()}@mail.{BB}>",
        post=["Auto-Submitted: auto-replied"])
    notes = ("Delivery status notification for a recap the bot itself sent (Return-Path <>, From postmaster, Auto-Submitted: auto-replied, "
             "multipart/report; report-type=delivery-status). The human-readable part has a date, times, 18:00前 and 8:30-17:30 and the original subject "
             "mentions 8项待办, but no person wrote it -> kind auto; the bot must not answer it.")
    return message(hd, root), {"kind": "auto", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


@case(6408, "bb-branch-weekly-foxmail-plain", "minutes",
      "Foxmail gb2312 base64 plain branch-office 例会纪要 (common, plain): owner outside the roster and not in headers (车队长吕大伟 -> email null), owner outside the roster but in Cc (张倩 -> Cc address), 窦工 alias; standing rule and done report not items; 下周一前 from a Friday; 下次例会 label")
def c6408():
    date, t = rfcdate(2026, 4, 17, 16, 30, 12)
    text = """陶部长、各位：

本周班组长例会于4月17日下午3点在一分公司调度室召开，纪要如下：

1. 11路、15路春季踏青客流加班车排班方案，车队长吕大伟负责，下周一前报分公司。
2. 站务员服务礼仪培训，由分公司综合办张倩负责组织，4月24日前完成。
3. 驾驶员每日出车前酒精检测，各车队严格执行，不得漏检。
4. 报修的8辆车空调，请机务部窦工4月22日前安排检修。
5. 上周提出的场站夜间照明问题已整改完毕。

下次例会：4月24日（周五）15:00，地点不变。

柏静
第一分公司
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + html_divs(text) + '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>柏静</div></div></span></div></body></html>')
    bnd = f"----=_001_NextPart{int(h('6408b', 8), 16) % 10**12:012d}_=----"
    root = multi("alternative", bnd, [leaf("text/plain", text, "gb2312", "base64", crlf=True),
                                      leaf("text/html", html, "gb2312", "base64", crlf=True)])
    cs = "gb2312"
    hd = std_headers(
        trace(addr("柏静"), BOT["BB"][1], t, [("BAIJING-PC (unknown [10.20.8.21])", f"mail.{BB} (Coremail)", "ESMTPA")]),
        P("柏静", cs), P("陶建华", cs), alist([P("窦海涛", cs), mb("张倩", f"zhangqian@{BB}", cs), mb(*BOT["BB"], cs=cs)]),
        ew("一分公司4月17日班组长例会纪要", cs), date, f"<2026041716301205{int(h('6408m', 6), 16) % 10**6:06d}@{BB}>",
        post=["X-Priority: 3", "X-GUID: " + h('6408g', 8).upper() + "-" + h('6408h', 4).upper() + "-4A2B-9C1D-" + h('6408i', 12).upper(),
              "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.228[cn]"])
    items = [
        item("吕大伟", "11路、15路春季踏青客流加班车排班方案报分公司", "2026-04-20", rule=R("next_week", 0)),
        item("张倩", "组织站务员服务礼仪培训", "2026-04-24", rule=R("abs", "2026-04-24"), email=f"zhangqian@{BB}"),
        item("窦海涛", "安排报修的8辆车空调检修", "2026-04-22", rule=R("abs", "2026-04-22")),
    ]
    notes = ("Plain branch minutes from Foxmail (gb2312 base64), sent Fri 2026-04-17 16:30. #1 车队长吕大伟 is not in the roster and not in any header -> "
             "owner_name 吕大伟, email null, department null; '下周一前' -> 2026-04-20. #2 综合办张倩 is not in the roster but is in Cc as 张倩 -> that address, "
             "department null (corpus convention for people outside the roster); 2026-04-24. Line 3 (酒精检测, 严格执行) is a standing rule; line 5 reports done work. "
             "#3 '机务部窦工' = 窦海涛 -> 2026-04-22. 下次例会 4月24日（周五）15:00 -> 2026-04-24 15:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-24", "time": "15:00"},
                               "_next_rule": R("abs", "2026-04-24", wd=4, time="15:00"), "notes": notes}


@case(6409, "bb-word-table-zhuze-peihe-outlook", "minutes",
      "Outlook zh-CN UTF-8 QP with a Word table: 主责/配合 in one 责任部门/责任人 cell, '邵总牵头，…配合' (title owner), unit-only 主责, an 已完成 row, 7月底前 and 3个工作日内; monthly reporting rule not an item; next meeting '7月上旬…另行通知' -> null")
def c6409():
    date, t = rfcdate(2026, 6, 23, 11, 5, 48)
    mid, bnd, ti = outlook_ids("6409", BB)
    rows = [
        ["序号", "工作事项", "责任部门/责任人", "完成时限", "备注"],
        ["1", "编制下半年线网调整计划", "运营管理部 陶建华（主责）；信息中心（配合）", "7月10日", "结合线网优化研讨成果"],
        ["2", "推进新能源公交车辆采购招标", "邵总牵头，机务部、财务部配合", "7月底前", "首批60台"],
        ["3", "开展暑期学生专线需求调研", "第一分公司（柏静）主责，运营管理部配合", "6月30日前", ""],
        ["4", "完成上半年安全生产考核", "安全技术部主责", "7月3日前", "考核结果与绩效挂钩"],
        ["5", "驾驶员排班系统权限调整", "信息中心 卜文斌", "已完成", "6月18日已上线"],
        ["6", "梳理票款收缴流程风险点", "财务部 房丽（主责）；第一分公司、第二分公司（配合）", "3个工作日内", ""],
    ]
    intro = """各位领导、各部门：

6月22日下午，邵总主持召开上半年重点工作推进会，会议梳理了上半年重点工作完成情况，对下半年工作进行了部署。会议确定的重点工作任务分解如下，请各部门认真落实。"""
    outro = """会议强调，各部门要对照时间节点倒排工期，每月25日前向集团办公室报送进展情况。

下次推进会拟于7月上旬召开，具体时间另行通知。

孙立军
集团办公室"""
    text = intro + "\n\n" + table_text(rows) + "\n\n" + outro + "\n"
    html = html_outlook_blocks([intro, ("table", word_table_html(rows, [40, 160, 180, 80, 120])), outro])
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True),
                                      leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)])
    hd = std_headers(
        trace(addr("孙立军"), BOT["BB"][1], t, [("SUNLIJUN-PC (unknown [10.20.1.12])", f"mail.{BB} (Coremail)", "SMTP")]),
        P("孙立军"), alist([P("邵国庆"), P("陶建华"), P("柏静"), P("顾晓峰"), P("房丽")]),
        alist([P(n) for n in ["褚明", "臧宇", "卜文斌", "芮志刚", "蒋雯"]] + [mb(*BOT["BB"])]),
        ew("上半年重点工作推进会任务分解"), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: zh-cn"])
    items = [
        item("陶建华", "编制下半年线网调整计划", "2026-07-10", rule=R("abs", "2026-07-10", wd=4)),
        item("邵国庆", "推进新能源公交车辆采购招标", "2026-07-31", rule=R("month_end", 7)),
        item("柏静", "开展暑期学生专线需求调研", "2026-06-30", rule=R("abs", "2026-06-30")),
        unit("安全技术部", "完成上半年安全生产考核", "2026-07-03", rule=R("abs", "2026-07-03")),
        item("房丽", "梳理票款收缴流程风险点", "2026-06-26", rule=R("workdays", 3)),
    ]
    notes = ("Word table in Outlook (UTF-8 QP; text alternative tab-separated), sent Tue 2026-06-23 11:05, the day after the Dragon Boat holiday. "
             "Row 1 '运营管理部 陶建华（主责）；信息中心（配合）' -> 陶建华, '7月10日' -> 2026-07-10. Row 2 '邵总牵头，机务部、财务部配合' -> 邵总 = 邵国庆 "
             "(department 公司领导), '7月底前' -> 2026-07-31. Row 3 '第一分公司（柏静）主责' -> 柏静, 2026-06-30. Row 4 only a unit -> owner null, "
             "department 安全技术部, no_owner, 2026-07-03. Row 5 已完成 -> not an item. Row 6 房丽（主责）, '3个工作日内' from the day after sending: "
             "06-24, 06-25, 06-26 -> 2026-06-26. 配合 units are never owners. '每月25日前…报送进展情况' is a standing rule; '7月上旬召开，具体时间另行通知' -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


# ==============================================================================================
# Org B: 赣州南康木之源家居有限公司 (private furniture maker, Nankang, Ganzhou) — Tencent Exmail
# ==============================================================================================
EXMAIL_RCV = "mx1.qq.com (NewMx)"


def qq_html(text, cs="GB18030"):
    return (f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            + html_divs(text, '<div><font face="微软雅黑" size="3">', "</font></div>") )


@case(6410, "mzy-weekly-tabbed-excel-foxmail-gbk", "minutes",
      "Foxmail text/plain GBK base64 with a tab-separated table pasted from Excel: owners with role/title (钟厂长, 设备员肖勇, 仓储主管韦志远, 王工, 子豪), 本周五前/下周三/待定/4月28日前, an 已完成 row, a remarks column with a date; daily rule not an item; 下次周会 label")
def c6410():
    date, t = rfcdate(2026, 4, 13, 11, 20, 7)
    text = """各位好，

今天上午8:30生产周会纪要如下（表格从Excel复制，格式可能有点乱）：

序号	事项	负责人	完成时间	备注
1	F-26系列餐椅外贸订单（2个柜）排产	钟厂长	4月17日	客户验货定在4月22日
2	油漆车间排风设备检修	设备员肖勇	本周五前	
3	成品仓库货位重新规划，腾出外贸备货区	仓储主管韦志远	下周三	需借用叉车2台
4	新款岩板餐桌打样	王工	待定	等供应商岩板到货
5	3月份客诉返修件处理	温经理	已完成	共12件，已全部寄回
6	五一前电商备货盘点	子豪	4月28日前	

其他：
刘总要求各车间严格执行“谁使用谁保养”，设备点检表每天下班前交生产部。

下次周会：4月20日（周一）上午8:30，三楼会议室。

曾美玲
总经办
赣州南康木之源家居有限公司
电话：0797-6688123
"""
    root = leaf("text/plain", text, "GBK", "base64", crlf=True)
    cs = "GBK"
    hd = std_headers(
        trace(addr("曾美玲"), BOT["MZY"][1], t, [("smtpbg151.qq.com (unknown [183.3.226.151])", EXMAIL_RCV, "SMTP")]),
        mb("曾美玲", addr("曾美玲"), cs),
        alist([mb(n, addr(n), cs) for n in ["刘德旺", "钟国平", "肖勇", "韦志远", "王建新", "温晓丽", "陈子豪"]]),
        mb(*BOT["MZY"], cs=cs), ew("4月13日生产周会纪要", cs), date,
        f"<2026041311200712{int(h('6410m', 6), 16) % 10**6:06d}@{MZY}>",
        post=["X-Priority: 3", f"X-GUID: {h('6410g', 8).upper()}-{h('6410h', 4).upper()}-4E55-8B1A-{h('6410i', 12).upper()}",
              "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.375[cn]", f"X-QQ-mid: bizesmtp{int(h('6410q', 8), 16)}t1776050407t{h('6410r', 8)}"])
    items = [
        item("钟国平", "F-26系列餐椅外贸订单（2个柜）排产", "2026-04-17", rule=R("abs", "2026-04-17", wd=4)),
        item("肖勇", "油漆车间排风设备检修", "2026-04-17", rule=R("weekday", 4)),
        item("韦志远", "成品仓库货位重新规划，腾出外贸备货区", "2026-04-22", rule=R("next_week", 2)),
        item("王建新", "新款岩板餐桌打样", flags=["vague_due"]),
        item("陈子豪", "五一前电商备货盘点", "2026-04-28", rule=R("abs", "2026-04-28")),
    ]
    notes = ("Plain-text Foxmail (GBK base64, CRLF) with a table pasted from Excel as tab-separated lines; sent Mon 2026-04-13 11:20. "
             "Owners written with titles: 钟厂长 = 钟国平, 设备员肖勇 = 肖勇, 仓储主管韦志远 = 韦志远, 王工 = 王建新, 子豪 = 陈子豪 (roster aliases). "
             "'4月17日' -> 2026-04-17 (Fri); '本周五前' -> 2026-04-17; '下周三' -> 2026-04-22; '待定' -> vague_due; '4月28日前' -> 2026-04-28. "
             "Row 5 is 已完成 -> not an item. The 备注 '客户验货定在4月22日' is a remark, not a deadline. 刘总要求… 每天下班前交 is a standing rule. "
             "下次周会 4月20日（周一）上午8:30 -> 2026-04-20 08:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-20", "time": "08:30"},
                               "_next_rule": R("abs", "2026-04-20", wd=0, time="08:30"), "notes": notes}


@case(6411, "mzy-export-review-chat-paste-exmail-gb18030", "minutes",
      "Tencent Exmail web gb18030 base64 minutes on the first day after Labour Day + a pasted WeChat group chat restating the items with other dates (周五前) that must not count; 3个工作日内 ends on the 05-09 make-up Saturday; 明天下午3点前; unit owner 外贸部; 会议认为 decision; no next meeting")
def c6411():
    date, t = rfcdate(2026, 5, 6, 10, 40, 19)
    text = """钟厂长、谢经理、志远：

今天早上外贸订单评审会（节后第一天），确认以下事项：

1、Maple & Finch 第二批订单（PO#MF-2605，F-26餐椅1,200把）交期确认：生产部钟厂长3个工作日内给出排产计划；
2、仓储主管韦志远明天下午3点前把五一期间到货的包材清点表发群里；
3、采购部谢经理5月9日（周六，调休上班）前落实橡木指接板第二批到货时间；
4、报关资料（装箱单、发票、原产地证）由外贸部5月13日前准备好。

会议认为：PO#MF-2605按原价执行，不接受客户提出的3%折让；如客户坚持，由刘总出面沟通。

下面是会后群里的确认，供参考：
—————— 微信群聊“外贸订单协调群” ——————
钟国平 10:21
收到，周五前出排产计划
韦志远 10:23
好的，明天下午三点前发群里
谢永红 10:30
我今天下午就问森泰，最迟周六回复
邱芳 10:31
[OK]
————————————————————————

邱芳 Fiona Qiu
外贸部经理 | 赣州南康木之源家居有限公司
Tel: +86 797 6688 126 | WeChat: fiona_mzy
"""
    bnd = f"----=_NextPart_{h('6411a', 8).upper()}_{h('6411b', 8).upper()}_{h('6411c', 8).upper()}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "gb18030", "base64"),
                                      leaf("text/html", qq_html(text), "gb18030", "base64")])
    cs = "gb18030"
    hd = std_headers(
        trace(addr("邱芳"), BOT["MZY"][1], t, [("smtpbg153.qq.com (unknown [183.3.226.153])", EXMAIL_RCV, "SMTP")]),
        mb("邱芳", addr("邱芳"), cs), alist([mb(n, addr(n), cs) for n in ["钟国平", "谢永红", "韦志远"]]),
        alist([mb("刘德旺", addr("刘德旺"), cs), mb(*BOT["MZY"], cs=cs)]),
        ew("外贸订单评审会纪要（5月6日）", cs), date, f"<tencent_{h('6411m', 24).upper()}@exmail.qq.com>",
        post=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x",
              f"X-QQ-mid: bizmail{int(h('6411q', 8), 16)}t1778035219t{h('6411r', 8)}"])
    items = [
        item("钟国平", "给出PO#MF-2605第二批订单排产计划（交期确认）", "2026-05-09", rule=R("workdays", 3)),
        item("韦志远", "把五一期间到货的包材清点表发群里", "2026-05-07", "15:00", rule=R("tomorrow", time="15:00")),
        item("谢永红", "落实橡木指接板第二批到货时间", "2026-05-09", rule=R("abs", "2026-05-09", wd=5)),
        unit("外贸部", "准备报关资料（装箱单、发票、原产地证）", "2026-05-13", rule=R("abs", "2026-05-13")),
    ]
    notes = ("Exmail web (gb18030 base64), sent Wed 2026-05-06 10:40, the first working day after Labour Day (05-01..05-05); Sat 05-09 is a make-up working day. "
             "#1 钟厂长 = 钟国平; '3个工作日内' from the day after sending: 05-07 (1), 05-08 (2), Sat 05-09 (3) -> 2026-05-09 (a Mon-Fri count gives 05-11). "
             "#2 仓储主管韦志远, '明天下午3点前' -> 2026-05-07 15:00. #3 谢经理 = 谢永红, '5月9日（周六，调休上班）前' -> 2026-05-09. "
             "#4 '由外贸部…准备好' names only a unit -> owner null, department 外贸部, no_owner, 2026-05-13 (even though the sender heads 外贸部). "
             "'会议认为…' is a decision. The pasted WeChat group chat restates the items (钟国平 says '周五前' = 05-08, 谢永红 '最迟周六') and is not a source of items "
             "or dates: the minutes' own deadlines stand. No next meeting -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6412, "mzy-us-customer-ai-lines-gmail-edt", "minutes",
      "Gmail (Google Workspace) English minutes from a US customer, Date -0400 (Tue evening ET = Wed morning Shanghai): 'AI: Name - task by Thursday/by Monday/by April 30/ASAP', a conditional task without date (no_due), Decisions section; 'Next call: Thu May 7, 8:00 PM ET / Fri May 8, 8:00 AM Beijing'")
def c6412():
    date, t = rfcdate(2026, 4, 21, 22, 32, 10, tz="-0400")
    text = """Hi Fiona, Mr. Zhong,

Thanks for joining the call tonight (your morning!). Quick notes below - shout if I missed anything.

Attendees: Jennifer Cole, Dan Whitaker (M&F); Fiona Qiu, Zhong Guoping (Muzhiyuan)

Decisions
- Oak finish: go with sample B (matte). No further lacquer test needed.
- FOB Shenzhen stays for this season; we won't switch to Xiamen.
- PO MF-2605 quantity confirmed at 1,200 chairs, ship window May 25 - Jun 5.

Action items
AI: Fiona - send the revised quotation for the F-26 dining chair (incl. new carton spec) by Thursday
AI: Mr. Zhong - share the production schedule for PO MF-2605 by Monday
AI: Dan - confirm the drop-test standard (ISTA 3A vs 2A) with our QA by April 30
AI: Jen - send the updated assembly-instruction artwork ASAP
AI: Fiona - arrange the third-party pre-shipment inspection before container #1 is loaded

Next call: Thu May 7, 8:00 PM ET / Fri May 8, 8:00 AM Beijing

Thanks,
Jen

--
Jennifer Cole
Senior Sourcing Manager | Maple & Finch Home
Columbus, OH | +1 614 555 0142
"""
    html = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in text.split("\n--\n")[0].split("\n"))
            + '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
            + "<br>".join(esc(x) for x in text.split("\n--\n")[1].strip().split("\n")) + "</div></div>\n")
    bnd = f"000000000000{h('6412b', 12)}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                      leaf("text/html", html, "UTF-8", "quoted-printable")])
    jc = "jennifer.cole@maplefinch.example.com"
    hd = std_headers(
        trace(jc, BOT["MZY"][1], t, [("mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])", EXMAIL_RCV, "ESMTPS")]),
        '"Jennifer Cole" <jennifer.cole@maplefinch.example.com>',
        alist(['"Fiona Qiu" <qiufang@muzhiyuan.example.cn>', f"{ew('钟国平')} <{addr('钟国平')}>"]),
        alist(['"Dan Whitaker" <dan.whitaker@maplefinch.example.com>', f"{ew('纪要助手')} <{BOT['MZY'][1]}>"]),
        "Muzhiyuan / Maple & Finch - weekly call notes 4/21", date, f"<CAJ{h('6412m', 30)}+{h('6412n', 8)}@mail.gmail.com>",
        pre=["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=maplefinch.example.com; s=google; t=1776825130; x=1777429930;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;\n        bh=" + base64.b64encode(bytes.fromhex(h('6412k', 64))).decode() + ";\n        b=" + base64.b64encode(bytes.fromhex(h('6412l', 40) * 3)).decode(),
             "X-Google-Smtp-Source: AGHT+IF" + h('6412s', 40)],
        mime=False)
    hd.insert(len(hd) - 6, "MIME-Version: 1.0")
    items = [
        item("邱芳", "send the revised quotation for the F-26 dining chair (incl. new carton spec)", "2026-04-23", rule=R("weekday", 3)),
        item("钟国平", "share the production schedule for PO MF-2605", "2026-04-27", rule=R("weekday", 0)),
        item("Dan Whitaker", "confirm the drop-test standard (ISTA 3A vs 2A) with our QA", "2026-04-30", rule=R("abs", "2026-04-30"),
             email="dan.whitaker@maplefinch.example.com"),
        item("Jennifer Cole", "send the updated assembly-instruction artwork", flags=["vague_due"]),
        item("邱芳", "arrange the third-party pre-shipment inspection before container #1 is loaded", flags=["no_due"]),
    ]
    notes = ("English minutes written by the US customer in Gmail. Date Tue 2026-04-21 22:32 -0400 = Wed 2026-04-22 10:32 Asia/Shanghai, the anchor. "
             "'by Thursday' -> this week's Thursday 2026-04-23; 'by Monday' -> this week's Monday (04-20) is past -> 2026-04-27 (both are the same from the "
             "writer's Tuesday). 'by April 30' -> 2026-04-30; 'ASAP' -> vague_due. Fiona = 邱芳 (roster alias, To display 'Fiona Qiu'); 'Mr. Zhong' = 钟国平; "
             "'Dan' = Cc 'Dan Whitaker' (outsider, department null); 'Jen' = the sender Jennifer Cole (roster outsider, department null). "
             "The fifth AI has a condition ('before container #1 is loaded') but no date -> no_due. Decisions (sample B, FOB Shenzhen, ship window May 25 - Jun 5) are not items. "
             "'Next call: Thu May 7, 8:00 PM ET / Fri May 8, 8:00 AM Beijing' -> 2026-05-08 08:00 (20:00 EDT = 08:00 next day in Shanghai).")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-08", "time": "08:00"},
                               "_next_rule": R("tz", "2026-05-07 20:00", "America/New_York"), "notes": notes}


def wrap_cjk(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


@case(6413, "mzy-quality-minutes-pdf-mailmaster", "minutes",
      "NetEase Mail Master (UTF-8 base64) cover note + a PDF (reportlab, CID font) holding the minutes: department+name owners, 6月12日下班前 (date, no time), 端午节后第一个工作日, 品质部 unit owner with 6月底前, a standing 管理要求; 下次会议 6月17日（周三）下午2点")
def c6413():
    date, t = rfcdate(2026, 6, 11, 15, 2, 44)
    body = "刘总、各位：\n\n6月10日质量异常处理会议纪要见附件（PDF），请相关负责人按时完成。\n\n温晓丽\n品质部\n\n发自网易邮箱大师\n"
    lines = [("title", "质量异常处理会议纪要"),
             ("p", "会议时间：2026年6月10日 14:00-15:30　　地点：品质部会议室"),
             ("p", "主持/记录：温晓丽"),
             ("p", "参加人员：钟国平、赖春生、谢永红、王建新、韦志远"),
             ("p", "一、问题描述")]
    for s in ["F-26餐椅（批次LOT260603）成品抽检发现椅腿榫接处开裂12件，不良率2.4%。",
              ]:
        lines += [("pi", x) for x in wrap_cjk(s, 40)]
    lines.append(("p", "二、原因分析"))
    lines += [("pi", x) for x in wrap_cjk("板材含水率超标（实测13.8%，标准≤12%），烘干时间不足。", 40)]
    lines.append(("p", "三、处理措施及分工"))
    for s in ["1. 采购部谢永红：6月15日前向森泰板业发出质量索赔函，并要求其提供本批含水率检测报告。",
              "2. 生产部赖春生：已隔离的剩余480件逐件复检，6月12日下班前完成。",
              "3. 研发设计部王工：评估椅腿榫接结构加固方案，端午节后第一个工作日提交。",
              "4. 品质部：6月底前修订《板材进料检验规范》。"]:
        lines += [("pi", x) for x in wrap_cjk(s, 40)]
    lines.append(("p", "四、管理要求"))
    lines += [("pi", x) for x in wrap_cjk("自即日起，仓库对入库板材逐批测量含水率并记录，超标批次一律退货。", 40)]
    lines.append(("p", "五、下次会议"))
    lines += [("pi", "6月17日（周三）下午2点，品质部会议室，复盘整改进度。")]
    fname = "质量异常处理会议纪要0610.pdf"
    data = pdf_bytes(lines, "质量异常处理会议纪要", "温晓丽")
    html = ('<div style="font-family: PingFang SC; font-size: 14px;">' + "".join(
        f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n")) + "</div>\n")
    b1 = f"NetEase-MailMaster-{h('6413a', 8)}-{h('6413b', 4)}"
    root = multi("mixed", b1 + "-mixed", [
        multi("alternative", b1, [leaf("text/plain", body, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")]),
        att(fname, "application/pdf", data)])
    hd = std_headers(
        trace(addr("温晓丽"), BOT["MZY"][1], t, [("smtpbg156.qq.com (unknown [183.3.226.156])", EXMAIL_RCV, "SMTP")]),
        P("温晓丽"), alist([P(n) for n in ["刘德旺", "钟国平", "赖春生", "谢永红", "王建新", "韦志远"]]), mb(*BOT["MZY"]),
        ew("质量异常处理会议纪要（F-26椅腿开裂）"), date, f"<{h('6413m', 8)}.{h('6413n', 4)}.{h('6413o', 11)}.MailMaster@{MZY}>",
        post=["X-Mailer: NetEase Mail Master/7.19.3 (iPhone; iOS 18.5)", "X-Priority: 3"])
    items = [
        item("谢永红", "向森泰板业发出质量索赔函，并要求其提供本批含水率检测报告", "2026-06-15", rule=R("abs", "2026-06-15")),
        item("赖春生", "对已隔离的剩余480件逐件复检", "2026-06-12", rule=R("abs", "2026-06-12")),
        item("王建新", "评估椅腿榫接结构加固方案并提交", "2026-06-22", rule=R("after_holiday")),
        unit("品质部", "修订《板材进料检验规范》", "2026-06-30", rule=R("month_end")),
    ]
    notes = ("The minutes are only in the PDF attachment (text extractable; lines wrapped at 40 characters as in a real layout); the body is a cover note "
             "from Mail Master. Sent Thu 2026-06-11 15:02. 三、处理措施及分工: #1 采购部谢永红 -> 2026-06-15; #2 生产部赖春生 '6月12日下班前' -> 2026-06-12 "
             "with no time (下班前 gives no clock time, as 今天下班前 in the corpus); #3 研发设计部王工 = 王建新, '端午节后第一个工作日' -> Dragon Boat 06-19..21 "
             "-> Mon 2026-06-22; #4 only 品质部 -> owner null, department 品质部, no_owner, '6月底前' -> 2026-06-30. 四、管理要求 (自即日起…) is a standing rule. "
             "Facts (不良率2.4%, 含水率13.8%) are not items. 五、下次会议 6月17日（周三）下午2点 -> 2026-06-17 14:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-06-17", "time": "14:00"},
                               "_next_rule": R("abs", "2026-06-17", wd=2, time="14:00"), "notes": notes,
                               "_probes": {fname: ["处理措施及分工", "6月17日（周三）下午2点"]}}


@case(6414, "mzy-re-thread-new-minutes-kessler-cest", "minutes",
      "Outlook zh-CN UTF-8 QP 'RE:' in an old thread carrying NEW minutes on top (mixed Chinese/English lines) over the quoted old minutes (Outlook 发件人/发送时间 block; their items and next meeting must not count); 'by Friday (June 5)'; 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'")
def c6414():
    date, t = rfcdate(2026, 6, 2, 17, 55, 26)
    mid, bnd, ti = outlook_ids("6414", MZY)
    old_mid = outlook_ids("6414-old", MZY)[0]
    mk = "markus.weber@kessler-holztechnik.example.de"
    new = """Markus, 各位：

今天下午与Kessler视频会（Markus Weber、钟厂长、肖勇、谢经理），新一轮纪要如下。上次（5月20日）的纪要附在下面，仅供参考，其中的事项今天已逐条过完。

1. Markus: send the updated PLC program (V2.3) and the parameter list – by Friday (June 5)
2. 肖勇：6月4日前完成设备地基水平复测，并把复测记录发给Markus
3. 谢经理：跟进备件（刀具、真空吸盘）报关进度，6月5日前给出预计到厂时间
4. 钟厂长：6月8日前确定参加Kessler远程培训的两名操作工名单并发给Markus

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards / 此致
曾美玲 Meiling Zeng
总经办 | 赣州南康木之源家居有限公司
"""
    old_hdr = f"""发件人: 曾美玲 <{addr('曾美玲')}>
发送时间: 2026年5月20日 18:02
收件人: Markus Weber <{mk}>; 钟国平 <{addr('钟国平')}>; 肖勇 <{addr('肖勇')}>; 谢永红 <{addr('谢永红')}>
抄送: 刘德旺 <{addr('刘德旺')}>; 纪要助手 <{BOT['MZY'][1]}>
主题: 【纪要】Kessler CNC加工中心安装调试协调会"""
    old = """各位：

今天与Kessler关于CNC加工中心（KH-5X 2600）安装调试的协调会纪要如下：
1. 肖勇：5月25日前完成设备地基浇筑及养护记录
2. 谢经理：5月22日前向货代确认设备到港时间（预计5月28日到蛇口港）
3. Markus: share the installation manual (EN/DE) by May 22
4. 钟厂长：5月29日前安排设备进场吊装方案

下次会议：6月2日（周二）16:00（柏林时间10:00）

曾美玲
总经办
"""
    text = new + "\n" + old_hdr + "\n\n" + old
    html = html_outlook_blocks([new]).replace("</div></body></html>\n", "") + (
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
        + "<br>".join(f"<b>{esc(l.split(': ', 1)[0])}:</b> {esc(l.split(': ', 1)[1])}" for l in old_hdr.split("\n"))
        + "</p></div>" + "".join(f"<p class=MsoNormal>{esc(l) if l.strip() else '&nbsp;'}</p>" for l in old.split("\n"))
        + "</div></body></html>\n")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True),
                                      leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)])
    hd = std_headers(
        trace(addr("曾美玲"), BOT["MZY"][1], t, [("smtpbg150.qq.com (unknown [183.3.226.150])", EXMAIL_RCV, "SMTP")]),
        P("曾美玲"), alist(['"Markus Weber" <' + mk + ">", P("钟国平"), P("肖勇"), P("谢永红")]),
        alist([P("刘德旺"), mb(*BOT["MZY"])]),
        ew("RE: 【纪要】Kessler CNC加工中心安装调试协调会"), date, mid,
        post=[f"In-Reply-To: {old_mid}", f"References: {old_mid}", "X-Mailer: Microsoft Outlook 16.0",
              f"Thread-Index: {ti}", "Content-Language: zh-cn"])
    items = [
        item("Markus Weber", "send the updated PLC program (V2.3) and the parameter list", "2026-06-05", rule=R("weekday", 4)),
        item("肖勇", "完成设备地基水平复测，并把复测记录发给Markus", "2026-06-04", rule=R("abs", "2026-06-04")),
        item("谢永红", "跟进备件（刀具、真空吸盘）报关进度，给出预计到厂时间", "2026-06-05", rule=R("abs", "2026-06-05", wd=4)),
        item("钟国平", "确定参加Kessler远程培训的两名操作工名单并发给Markus", "2026-06-08", rule=R("abs", "2026-06-08")),
    ]
    notes = ("'RE:' in the thread of the 2026-05-20 minutes (In-Reply-To/References), but the new text on top is a new set of minutes -> kind minutes, "
             "not a reply to the bot. Sent Tue 2026-06-02 17:55. Only the four new items count; the quoted old minutes below the Outlook 发件人/发送时间 "
             "block (5月22日/25日/29日 items and their '下次会议：6月2日') are history. Whether the store files it as a new version of the thread's meeting is not what this case tests; parse must return these four items. #1 Markus = Markus Weber (To; roster outsider, department null), "
             "'by Friday (June 5)' -> 2026-06-05. #3 谢经理 = 谢永红. #4 钟厂长 = 钟国平. "
             "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 Asia/Shanghai (CEST = UTC+2).")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-06-09", "time": "16:00"},
                               "_next_rule": R("tz", "2026-06-09 10:00", "Europe/Berlin", wd=1), "notes": notes}


@case(6415, "mzy-ec-supplier-followup-table-outlook-gb2312", "minutes",
      "Outlook zh-CN gb2312 QP with the seed 外部沟通跟进表 as a Word table (supplier row): ①②③ in one cell, '(4月27日前，钟厂长)' names another owner, the row 负责人 owns the rest; a conditional item with a date; 下次沟通时间 column (date only); supplier's promise not an item")
def c6415():
    date, t = rfcdate(2026, 4, 23, 16, 10, 2)
    mid, bnd, ti = outlook_ids("6415", MZY)
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-04-23", "2026-04-23", "江西森泰板业/廖主管", "采购部/谢永红", "供应商（交期协调）",
             "原定4月25日到货的橡木指接板（18mm，60立方米）因烘干窑检修，需推迟至5月8日到货",
             "①与生产部确认F-26订单能否调整排产顺序（4月27日前，钟厂长）②若无法调整，启动备选供应商询价（4月30日前）③催促森泰提供烘干窑检修完成证明（5月6日前）",
             "2026-04-28", "谢永红"]]
    intro = "刘总、钟厂长：\n\n今天下午与森泰板业廖主管电话沟通了橡木指接板交期问题，跟进表如下："
    outro = "廖主管表示五一期间工厂会安排加班，争取提前到5月6日发货，但不做承诺。\n\n谢永红\n采购部"
    text = intro + "\n\n外部沟通跟进表\n" + table_text(rows) + "\n\n" + outro + "\n"
    html = html_outlook_blocks([intro, "", "外部沟通跟进表", ("table", word_table_html(rows, [70, 70, 90, 80, 70, 150, 220, 70, 50])), "", outro])
    cs = "gb2312"
    root = multi("alternative", bnd, [leaf("text/plain", text, cs, "quoted-printable", crlf=True),
                                      leaf("text/html", html, cs, "quoted-printable", crlf=True)])
    hd = std_headers(
        trace(addr("谢永红"), BOT["MZY"][1], t, [("smtpbg152.qq.com (unknown [183.3.226.152])", EXMAIL_RCV, "SMTP")]),
        P("谢永红", cs), alist([P("刘德旺", cs), P("钟国平", cs)]), alist([P("邱芳", cs), P("曾美玲", cs), mb(*BOT["MZY"], cs=cs)]),
        ew("森泰板业交期协调沟通记录（EC2026-04-23）", cs), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: zh-cn"])
    items = [
        item("钟国平", "与生产部确认F-26订单能否调整排产顺序", "2026-04-27", rule=R("abs", "2026-04-27")),
        item("谢永红", "若无法调整，启动备选供应商询价", "2026-04-30", rule=R("abs", "2026-04-30")),
        item("谢永红", "催促森泰提供烘干窑检修完成证明", "2026-05-06", rule=R("abs", "2026-05-06")),
    ]
    notes = ("Seed 外部沟通跟进表, supplier row, Outlook Word table in gb2312 QP (text alternative tab-separated); sent Thu 2026-04-23 16:10. "
             "①'（4月27日前，钟厂长）' names its owner -> 钟国平, 2026-04-27. ② and ③ name no one -> the row 负责人 谢永红 owns them; ② is conditional "
             "('若无法调整') but has a date -> 2026-04-30, no flag; ③ -> 2026-05-06. 核心需求/反馈 dates (4月25日, 5月8日) are facts. "
             "下次沟通时间 2026-04-28 -> next_followup 2026-04-28, time null. The closing line (廖主管… 争取5月6日发货) is the supplier's promise, not our item.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-28", "time": None},
                               "_next_rule": R("abs", "2026-04-28"), "notes": notes}


@case(6416, "mzy-tencent-meeting-ai-minutes-wecom", "minutes",
      "企业微信 (WeCom) mail UTF-8 base64: 腾讯会议 智能纪要 forwarded-as-text with preface; 会议摘要 and 章节要点 carry 7月中旬前/尽快 and are not items; only 待办事项: 本周五前 (first week after Dragon Boat), 月底前, 尽快 -> vague; no next meeting")
def c6416():
    date, t = rfcdate(2026, 6, 22, 18, 30, 55)
    text = """各位：

今天618复盘会的腾讯会议智能纪要转给大家，待办我核对过了，有问题群里说。

—— 以下内容来自腾讯会议 ——
会议主题：618大促复盘会
会议时间：2026/06/22 14:00-15:20 (GMT+08:00)
参会人：陈子豪、刘德旺、韦志远、蓝秀英、王建新、曾美玲

智能纪要

会议摘要
本次会议复盘了618大促整体表现：全渠道GMV 386万元，同比增长22%；退货率6.8%，高于去年同期1.5个百分点，主要集中在岩板餐桌和F-26餐椅。刘德旺要求7月中旬前完成退货原因分析并落实改进，大件物流成本需下降10%以上。

章节要点
00:02:15 大促数据总览
陈子豪通报各平台销售数据，天猫占比58%，抖音增长最快。
00:18:40 物流及仓储问题
韦志远反映大促期间日均发货量是平时的4倍，有37单因包装破损被退回；刘德旺要求尽快与快递重新谈判。
00:41:05 客户评价
王建新分析差评，“安装复杂”占差评的31%。
00:58:30 费用结算
蓝秀英说明平台佣金和推广费尚未完全结算。

待办事项
陈子豪：6月24日前输出退货原因分析报告（含TOP10退货SKU）
韦志远：本周五前与三家快递重新谈判大件物流报价
王建新：7月3日前出简化版安装视频脚本
蓝秀英：月底前核对618平台佣金及推广费用结算
曾美玲：尽快整理大促期间客服话术问题清单

智能纪要由AI生成，请注意甄别
腾讯会议 · 会议纪要

陈子豪 Howie
电商部
"""
    bnd = f"----=_NextPart_{h('6416a', 8).upper()}_{h('6416b', 8).upper()}_{h('6416c', 8).upper()}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"),
                                      leaf("text/html", qq_html(text, "UTF-8"), "utf-8", "base64")])
    hd = std_headers(
        trace(addr("陈子豪"), BOT["MZY"][1], t, [("smtpbg154.qq.com (unknown [183.3.226.154])", EXMAIL_RCV, "SMTP")]),
        P("陈子豪"), alist([P(n) for n in ["刘德旺", "韦志远", "蓝秀英", "王建新", "曾美玲"]]), mb(*BOT["MZY"]),
        ew("618大促复盘会 - 腾讯会议智能纪要"), date, f"<tencent_{h('6416m', 24).upper()}@exmail.qq.com>",
        post=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: WeCom Mail 4.1.36", f"X-QQ-mid: wxwork{int(h('6416q', 8), 16)}t1782124255"])
    items = [
        item("陈子豪", "输出退货原因分析报告（含TOP10退货SKU）", "2026-06-24", rule=R("abs", "2026-06-24")),
        item("韦志远", "与三家快递重新谈判大件物流报价", "2026-06-26", rule=R("weekday", 4)),
        item("王建新", "出简化版安装视频脚本", "2026-07-03", rule=R("abs", "2026-07-03")),
        item("蓝秀英", "核对618平台佣金及推广费用结算", "2026-06-30", rule=R("month_end")),
        item("曾美玲", "整理大促期间客服话术问题清单", flags=["vague_due"]),
    ]
    notes = ("Tencent Meeting AI minutes pasted into a WeCom mail by the organizer; sent Mon 2026-06-22 18:30, the first working day after Dragon Boat. "
             "Only 待办事项 counts; the 会议摘要 ('7月中旬前完成退货原因分析') and 章节要点 ('尽快与快递重新谈判') restate or summarise and are not items. "
             "'6月24日前' -> 2026-06-24; '本周五前' -> 2026-06-26; '7月3日前' -> 2026-07-03; '月底前' -> 2026-06-30; '尽快' -> vague_due. No next meeting -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6417, "mzy-iphone-makeup-saturday-plain", "minutes",
      "iPhone Mail (Exmail account) UTF-8 QP plain, sent on the 05-09 make-up Saturday: 下周二前 (next calendar week), bare 周一前 (this week's Monday past -> 05-11), 我负责 = sender, 各班组长 (no person) with 今天下班前, 3个工作日内 from a make-up Saturday")
def c6417():
    date, t = rfcdate(2026, 5, 9, 12, 10, 31)
    text = """钟厂长：

今天早上油漆车间开了安全整改会，记录如下：

1.喷漆房排风管道清理，肖勇负责，下周二前完成。
2.危废暂存间标识重新张贴，我负责，周一前。
3.消防器材点检表补签，各班组长负责，今天下班前。
4.防毒面具滤盒采购，采购部谢经理负责，3个工作日内到货。

赖春生

发自我的iPhone
"""
    root = leaf("text/plain", text, "utf-8", "quoted-printable")
    hd = std_headers(
        trace(addr("赖春生"), BOT["MZY"][1], t, [("smtpbg155.qq.com (unknown [183.3.226.155])", EXMAIL_RCV, "SMTP")]),
        P("赖春生"), P("钟国平"), alist([P("肖勇"), P("谢永红"), mb(*BOT["MZY"])]),
        ew("油漆车间安全整改会记录"), date, f"<{h('6417a', 8).upper()}-{h('6417b', 4).upper()}-4F0B-A1C3-{h('6417c', 12).upper()}@{MZY}>",
        mime=False)
    hd.insert(len(hd) - 1, "Mime-Version: 1.0 (1.0)")
    hd.append("X-Mailer: iPhone Mail (22F76)")
    items = [
        item("肖勇", "喷漆房排风管道清理", "2026-05-12", rule=R("next_week", 1)),
        item("赖春生", "危废暂存间标识重新张贴", "2026-05-11", rule=R("weekday", 0)),
        unit(None, "消防器材点检表补签", "2026-05-09", rule=R("today")),
        item("谢永红", "防毒面具滤盒采购到货", "2026-05-13", rule=R("workdays", 3)),
    ]
    notes = ("Short plain minutes from an iPhone, sent on Sat 2026-05-09, a make-up working day after Labour Day (week of Mon 05-04). "
             "#1 '下周二前' -> Tuesday of the next calendar week = 2026-05-12. #2 '我负责' = the sender 赖春生; bare '周一前': this week's Monday (05-04) is past "
             "-> next Monday 2026-05-11. #3 '各班组长' names no person and no department of the roster -> owner null, department null, no_owner; "
             "'今天下班前' -> the send date 2026-05-09, no time. #4 谢经理 = 谢永红; '3个工作日内' from the day after sending: Sun 05-10 rest, 05-11 (1), "
             "05-12 (2), 05-13 (3) -> 2026-05-13. No next meeting -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6418, "mzy-auto-industry-newsletter-bulk", "auto",
      "Bulk industry newsletter (Precedence: bulk, List-Id, List-Unsubscribe + One-Click, Feedback-ID, bounce Return-Path) whose body has ①②③ lines with 负责人, 前 and dates -> auto, no items")
def c6418():
    date, t = rfcdate(2026, 5, 15, 8, 0, 4)
    text = """家居产业周刊 | 第2026-19期 | 2026年5月15日

本期要点
① 南康家具产业园二期招商启动，入园申请5月29日前截止（负责人：园区招商办）
② 部分出口市场调整木制家具关税，外贸企业请在6月1日前完成报关商品编码复核
③ 第十三届中国（赣州）家具产业博览会6月16日至18日举办，展位预订请尽快

行业数据
4月全国家具制造业营业收入同比增长3.2%，出口交货值同比下降1.8%。

会议预告
“实木家具智能制造研讨会”将于5月28日（周四）14:00在南康家居小镇举行，报名请于5月25日前回复本邮件。

您收到此邮件是因为订阅了《家居产业周刊》。
退订：https://jiajuzhoukan.example.cn/unsubscribe?u=8f3a21c7&l=weekly
"""
    html = ('<html><body style="margin:0;background:#f4f4f4"><table width="640" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Microsoft YaHei,Arial"><tr><td style="padding:24px">'
            + "".join(f"<p style=\"margin:0 0 8px\">{esc(l)}</p>" if l.strip() else "" for l in text.split("\n"))
            + '<img src="https://edm.jiajuzhoukan.example.cn/o/8f3a21c7.gif" width="1" height="1" alt="">'
            '</td></tr></table></body></html>\n')
    bnd = f"=_edm_{h('6418b', 24)}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")])
    hd = std_headers(
        trace(f"bounce+8f3a21c7-{h('6418r', 6)}@edm.jiajuzhoukan.example.cn", BOT["MZY"][1], t,
              [("edm.jiajuzhoukan.example.cn (unknown [47.112.31.9])", EXMAIL_RCV, "ESMTPS")]),
        f"{ew('家居产业周刊')} <newsletter@jiajuzhoukan.example.cn>", f"minutes@{MZY}", None,
        ew("家居产业周刊第2026-19期：南康家具产业园二期招商启动"), date, f"<edm.{h('6418m', 20)}@edm.jiajuzhoukan.example.cn>",
        post=["Precedence: bulk", "List-Id: =?utf-8?B?5a625bGF5Lqn5Lia5ZGo5YiK?= <weekly.jiajuzhoukan.example.cn>",
              "List-Unsubscribe: <https://jiajuzhoukan.example.cn/unsubscribe?u=8f3a21c7&l=weekly>,\n <mailto:unsubscribe@jiajuzhoukan.example.cn?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Feedback-ID: weekly:jiajuzhoukan:edm", "X-Mailer: EDM Sender 3.2"])
    notes = ("Bulk mail from an industry newsletter the bot address was subscribed to (Precedence: bulk, List-Id, List-Unsubscribe with One-Click, Feedback-ID, "
             "VERP bounce Return-Path). The body imitates an action list (①②③ with 前, dates, 负责人：园区招商办, a 会议预告 with 5月28日（周四）14:00); "
             "headers make it auto -> no items, no follow-up, never answered.")
    return message(hd, root), {"kind": "auto", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


# ==============================================================================================
# Org C: 成都栈桥科技有限公司 (restaurant SaaS start-up, Chengdu) — domain hosted on Feishu/Lark Mail
# ==============================================================================================
LARK_RCV = "mx1.feishu.cn (Lark Mail)"


@case(6419, "zq-eng-sync-markdown-checkboxes-mutt", "minutes",
      "NeoMutt text/plain 8bit UTF-8 markdown notes with '- [ ] @handle task — due' and '- [x]' done lines; @handles are roster email local parts; ticket keys; by Fri 4/10, next Wed, by 4/28, EOD tomorrow, TBD; 'Next eng sync: Thu 4/16 19:30'")
def c6419():
    date, t = rfcdate(2026, 4, 9, 20, 15, 38)
    text = """Hi all,

Notes from tonight's eng sync (Thu 4/9). Markdown, sorry.

## Eng sync 2026-04-09
Attendees: @tianye @puxiaochuan @qingyutong @ranfeng @gongjunjie

### Done since last week
- [x] @ranfeng migrate staging DB to PG16
- [x] @gongjunjie quarantine the flaky e2e tests (ZQ-1398)

### Discussion
- The order-sync retry storm on 4/7 hit 3 tenants; root cause is unbounded retries in the webhook consumer.
- Menu editor v2 is feature-complete; ship behind a flag first.
- May Day on-call: 5/1-5/5, two people per shift.

### Action items
- [ ] @puxiaochuan fix the order-sync retry storm (ZQ-1432) — by Fri 4/10
- [ ] @qingyutong ship the new menu editor behind a feature flag — next Wed
- [ ] @ranfeng set up the May Day on-call rotation and escalation policy — by 4/28
- [ ] @gongjunjie regression suite for payment callbacks (ZQ-1440) — EOD tomorrow
- [ ] @tianye RFC for multi-tenant rate limiting — TBD

Next eng sync: Thu 4/16 19:30, same Feishu room.

-- 
田野 | Tian Ye
CTO, 栈桥科技 Zhanqiao Tech
"""
    root = leaf("text/plain", text, "utf-8", "8bit")
    hd = std_headers(
        trace(addr("田野"), BOT["ZQ"][1], t, [("tianye-mbp.local (unknown [171.221.146.20])", LARK_RCV, "ESMTPSA")]),
        P("田野", display="Tian Ye"),
        alist([f"{ew(n)} <{addr(n)}>" for n in ["蒲小川", "卿雨桐", "冉峰", "龚俊杰"]]), mb(*BOT["ZQ"]),
        "[eng-sync] 2026-04-09 notes", date, f"<20260409121538.{h('6419m', 12)}@tianye-mbp.local>",
        post=["User-Agent: NeoMutt/20240425"])
    hd.remove("MIME-Version: 1.0")
    hd.insert(len(hd) - 1, "MIME-Version: 1.0")
    items = [
        item("蒲小川", "fix the order-sync retry storm", "2026-04-10", rule=R("abs", "2026-04-10", wd=4)),
        item("卿雨桐", "ship the new menu editor behind a feature flag", "2026-04-15", rule=R("next_week", 2)),
        item("冉峰", "set up the May Day on-call rotation and escalation policy", "2026-04-28", rule=R("abs", "2026-04-28")),
        item("龚俊杰", "regression suite for payment callbacks", "2026-04-10", rule=R("tomorrow")),
        item("田野", "RFC for multi-tenant rate limiting", flags=["vague_due"]),
    ]
    notes = ("Engineering notes in markdown from NeoMutt (8bit UTF-8), sent Thu 2026-04-09 20:15. Owners are @handles = roster email local parts "
             "(@puxiaochuan = 蒲小川 …; the roster lists them as aliases). '- [x]' lines are done -> not items; Discussion lines are facts. "
             "Task text drops the ticket keys. 'by Fri 4/10' -> 2026-04-10; 'next Wed' -> Wednesday of next week 2026-04-15 (also the coming Wednesday, "
             "so both readings agree); 'by 4/28' -> 2026-04-28; 'EOD tomorrow' -> 2026-04-10 with no time (EOD gives no clock time); 'TBD' -> vague_due. "
             "'Next eng sync: Thu 4/16 19:30' -> 2026-04-16 19:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-16", "time": "19:30"},
                               "_next_rule": R("abs", "2026-04-16", wd=3, time="19:30"), "notes": notes}


@case(6420, "zq-feishu-ai-minutes-html-only", "minutes",
      "Feishu Mail single-part text/html (UTF-8 base64): 飞书智能纪要 with 总结 / 待办 / 智能章节; only 待办 counts ('截止 下周二', '3个工作日内', an item without date); the 总结 mentions 下周三前定稿 and must not yield items or a follow-up")
def c6420():
    date, t = rfcdate(2026, 5, 20, 17, 48, 2)
    todo = [("补充积分过期规则的PRD说明", "罗雪", "截止 5月22日"),
            ("评估积分流水表分库方案", "蒲小川", "截止 下周二"),
            ("完成积分商城前端改版", "卿雨桐", "截止 5月29日"),
            ("输出积分模块测试用例", "龚俊杰", "3个工作日内"),
            ("和蓉记确认积分兑换规则", "雷梦琪", "")]
    lis = "".join(f'<li style="margin:4px 0"><span>☐ {esc(a)}</span> <span style="color:#3370ff">@{esc(b)}</span>'
                  + (f' <span style="color:#646a73">· {esc(c)}</span>' if c else "") + "</li>" for a, b, c in todo)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#1f2329">
<p>各位，会员积分需求评审的飞书智能纪要如下，待办已确认。</p>
<p>雪</p>
<div style="border:1px solid #dee0e3;border-radius:8px;padding:16px;margin-top:12px">
<h2 style="font-size:18px;margin:0 0 8px">智能纪要：V3.2 会员积分需求评审 2026年5月20日</h2>
<p style="color:#646a73">参会人：罗雪、田野、蒲小川、卿雨桐、龚俊杰、雷梦琪</p>
<h3 style="font-size:16px">总结</h3>
<p>会议评审了V3.2会员积分需求。积分有效期定为12个月，过期前30天短信提醒；兑换比例100积分抵1元，单笔最多抵扣订单金额的20%。积分流水表预计一年新增约2亿行，需要评估分库。罗雪计划下周三前定稿PRD，6月中旬提测。</p>
<h3 style="font-size:16px">待办</h3>
<ul style="list-style:none;padding-left:0">{lis}</ul>
<h3 style="font-size:16px">智能章节</h3>
<p>00:00 需求背景：蓉记等大客户希望积分能跨门店通用</p>
<p>12:35 过期规则：12个月有效期，讨论是否按自然年清零，结论是不清零</p>
<p>31:10 技术方案：积分流水分库、幂等扣减</p>
<p>48:20 排期：前端改版工作量约8人日</p>
<p style="color:#8f959e;font-size:12px">该智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</p>
</div>
<p style="font-size:12px;color:#8f959e">相关链接：会议录制（飞书妙记）</p>
</div></body></html>
"""
    root = leaf("text/html", html, "UTF-8", "base64")
    hd = std_headers(
        trace(addr("罗雪"), BOT["ZQ"][1], t, [("smtp-out.feishu.cn (unknown [101.126.50.17])", LARK_RCV, "ESMTPS")]),
        P("罗雪"), alist([P(n) for n in ["田野", "蒲小川", "卿雨桐", "龚俊杰", "雷梦琪"]]), mb(*BOT["ZQ"]),
        ew("【飞书智能纪要】V3.2 会员积分需求评审"), date, f"<{h('6420m', 32)}@{ZQ}>",
        post=["X-Mailer: Feishu Mail", "X-Lms-Return-Path: <lba+" + h('6420r', 16) + f"@{ZQ}>"])
    items = [
        item("罗雪", "补充积分过期规则的PRD说明", "2026-05-22", rule=R("abs", "2026-05-22")),
        item("蒲小川", "评估积分流水表分库方案", "2026-05-26", rule=R("next_week", 1)),
        item("卿雨桐", "完成积分商城前端改版", "2026-05-29", rule=R("abs", "2026-05-29")),
        item("龚俊杰", "输出积分模块测试用例", "2026-05-25", rule=R("workdays", 3)),
        item("雷梦琪", "和蓉记确认积分兑换规则", flags=["no_due"]),
    ]
    notes = ("Feishu 智能纪要 sent as a single text/html part (no plain alternative), Wed 2026-05-20 17:48. Only 待办 is recorded; 总结 ('下周三前定稿PRD', "
             "'6月中旬提测') and 智能章节 are summary. '截止 5月22日' -> 2026-05-22; '截止 下周二' -> 2026-05-26; '截止 5月29日' -> 2026-05-29; "
             "'3个工作日内' -> 05-21, 05-22, 05-25 -> 2026-05-25; the last 待办 has no date -> no_due. No next meeting line (the 总结 is not one) -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6421, "zq-sales-weekly-outlook-mac-before-mayday", "minutes",
      "Outlook for Mac UTF-8 QP sales weekly ('事项 —— 负责人，期限' lines) before Labour Day: English nicknames and 苟总/税姐 aliases, 牵头/配合, 本月底前, 周四前, a unit owner with 节后第一个工作日前, 尽快; closed carry-over not an item; 下次周会 label")
def c6421():
    date, t = rfcdate(2026, 4, 27, 19, 10, 55)
    text = """各位：

今天销售周会纪要如下（五一前最后一次周会）：

1. 蓉记火锅续约合同终稿确认 —— 苟总，本月底前
2. 梳理Q2重点客户名单（门店数≥50）—— Maggie牵头，付晓配合，周四前
3. 五一期间客户值班 —— 客户成功部，节后第一个工作日前提交值班记录
4. 成都国际餐饮展（5月下旬）展位预订 —— Tina，尽快
5. 蓉记一季度服务费回款跟进 —— 税姐，5月8日前确认到账

上周遗留：川渝小馆试用转正式 —— 已签约，关闭。

下次周会：5月6日（周三）上午10点（节后第一天）

付晓
客户成功部 | 栈桥科技
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap:break-word;-webkit-nbsp-mode:space;line-break:after-white-space"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt">{esc(l) if l.strip() else "&nbsp;"}</span></p>' for l in text.split("\n"))
            + "</div></body></html>\n")
    bnd = f"B_3860{int(h('6421b', 6), 16) % 10**6:06d}_{int(h('6421c', 6), 16)}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                      leaf("text/html", html, "UTF-8", "quoted-printable")])
    hd = std_headers(
        trace(addr("付晓"), BOT["ZQ"][1], t, [("[192.168.31.77] (unknown [171.221.146.33])", LARK_RCV, "ESMTPSA")]),
        P("付晓"), alist([P(n) for n in ["苟思远", "雷梦琪", "母婷", "税佳"]]), alist([P("何俊"), mb(*BOT["ZQ"])]),
        ew("销售周会纪要 4.27"), date, f"<{h('6421m', 8).upper()}-{h('6421n', 4).upper()}-4D2A-9E6B-{h('6421o', 12).upper()}@{ZQ}>",
        post=["User-Agent: Microsoft-MacOutlook/16.96.25041326", "Thread-Topic: " + ew("销售周会纪要 4.27"),
              f"Thread-Index: {base64.b64encode(bytes.fromhex(h('6421t', 32))).decode()}", "Content-Language: zh-CN"])
    items = [
        item("苟思远", "蓉记火锅续约合同终稿确认", "2026-04-30", rule=R("month_end")),
        item("雷梦琪", "梳理Q2重点客户名单（门店数≥50）", "2026-04-30", rule=R("weekday", 3)),
        unit("客户成功部", "五一期间客户值班，提交值班记录", "2026-05-06", rule=R("after_holiday")),
        item("母婷", "成都国际餐饮展（5月下旬）展位预订", flags=["vague_due"]),
        item("税佳", "蓉记一季度服务费回款跟进，确认到账", "2026-05-08", rule=R("abs", "2026-05-08")),
    ]
    notes = ("Sales weekly from Outlook for Mac (UTF-8 QP), sent Mon 2026-04-27 19:10, the last weekly meeting before Labour Day (05-01..05-05). "
             "#1 苟总 = 苟思远, '本月底前' -> 2026-04-30. #2 'Maggie牵头，付晓配合' -> owner 雷梦琪 (Maggie); 付晓 (配合, and the writer) is not an owner; "
             "'周四前' -> 2026-04-30. #3 only 客户成功部 -> owner null, department 客户成功部, no_owner; '节后第一个工作日前' -> Wed 2026-05-06. "
             "#4 Tina = 母婷, '尽快' -> vague_due ('5月下旬' describes the fair, not the deadline). #5 税姐 = 税佳 -> 2026-05-08. "
             "'上周遗留…已签约，关闭' is closed. 下次周会 5月6日（周三）上午10点 -> 2026-05-06 10:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-06", "time": "10:00"},
                               "_next_rule": R("abs", "2026-05-06", wd=2, time="10:00"), "notes": notes}


@case(6422, "zq-incident-review-hours-makeup-saturday-thunderbird", "minutes",
      "Thunderbird multipart/alternative 8bit UTF-8 incident review on the 05-09 make-up Saturday: seed 问题协调解决记录表 row already resolved (not an item) + 后续改进项 with 4小时内 (-> 15:30 from the Date header), 今天下班前, 下周一上午10点前, 2个工作日内 from a Saturday, 时间待定; 复盘跟进会 label")
def c6422():
    date, t = rfcdate(2026, 5, 9, 11, 30, 0)
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"],
            ["INC-20260509-01", "订单同步服务消费积压，门店小程序订单无法同步到后厨打印", "客服 付晓", "2026-05-09 09:12", "高",
             "17家门店，约1,200单", "运维部", "冉峰", "2026-05-09 10:30", "2026-05-09 10:05", "扩容消费者实例并清理死信队列"]]
    intro = "各位：\n\n今天上午订单同步服务中断，10:05已恢复，复盘如下。"
    follow = """后续改进项：
1. 冉峰：4小时内补齐故障期间漏同步的订单（约1,200单），逐店核对
2. 蒲小川：今天下班前提交消息队列消费者重试逻辑修复PR
3. 雷梦琪：下周一上午10点前向受影响的17家门店发送故障说明
4. 龚俊杰：2个工作日内补充订单同步服务的压测用例
5. 田野：评估是否引入消息积压告警（时间待定）

复盘跟进会：5月11日（周一）14:00，线上。

-- 
冉峰 | SRE
栈桥科技"""
    text = intro + "\n\n问题协调解决记录表\n" + table_text(rows) + "\n\n" + follow + "\n"
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
            + "".join(f"    <p>{esc(l)}</p>\n" if l.strip() else "" for l in intro.split("\n"))
            + "    <p><b>问题协调解决记录表</b></p>\n" + table_html(rows, attrs='border="1" cellspacing="2" cellpadding="2" width="100%"')
            + "\n" + "".join(f"    <p>{esc(l)}</p>\n" if l.strip() else "" for l in follow.split("\n-- \n")[0].split("\n"))
            + '    <div class="moz-signature">-- <br>冉峰 | SRE<br>栈桥科技</div>\n  </body>\n</html>\n')
    bnd = f"------------{h('6422b', 24)}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "UTF-8", "8bit", fmt_flowed=True),
                                      leaf("text/html", html, "UTF-8", "8bit")], preamble="This is a multi-part message in MIME format.")
    hd = std_headers(
        trace(addr("冉峰"), BOT["ZQ"][1], t, [("[10.8.0.14] (unknown [171.221.146.41])", LARK_RCV, "ESMTPSA")]),
        P("冉峰"), alist([P(n) for n in ["田野", "蒲小川", "雷梦琪", "龚俊杰", "付晓"]]), alist([P("何俊"), mb(*BOT["ZQ"])]),
        ew("【故障复盘】5月9日上午订单同步服务中断"), date, f"<{h('6422a', 8)}-{h('6422b2', 4)}-4a7e-b3c2-{h('6422c', 12)}@{ZQ}>",
        post=["User-Agent: Mozilla Thunderbird", "Content-Language: zh-CN"])
    items = [
        item("冉峰", "补齐故障期间漏同步的订单（约1,200单），逐店核对", "2026-05-09", "15:30", rule=R("hours", 4)),
        item("蒲小川", "提交消息队列消费者重试逻辑修复PR", "2026-05-09", rule=R("today")),
        item("雷梦琪", "向受影响的17家门店发送故障说明", "2026-05-11", "10:00", rule=R("next_week", 0, time="10:00")),
        item("龚俊杰", "补充订单同步服务的压测用例", "2026-05-12", rule=R("workdays", 2)),
        item("田野", "评估是否引入消息积压告警", flags=["vague_due"]),
    ]
    notes = ("Incident review from Thunderbird (8bit UTF-8, format=flowed text + HTML table), sent Sat 2026-05-09 11:30:00 +0800, a make-up working day. "
             "The seed 问题协调解决记录表 row has 实际解决时间 2026-05-09 10:05 -> resolved, not an item (its 计划解决时间 is history). 后续改进项: "
             "#1 '4小时内' -> 11:30 + 4 h = 2026-05-09 15:30; #2 '今天下班前' -> 2026-05-09, no time; #3 '下周一上午10点前' -> 2026-05-11 10:00; "
             "#4 '2个工作日内' from the day after sending: Sun 05-10 rest, 05-11 (1), 05-12 (2) -> 2026-05-12; #5 '时间待定' -> vague_due. "
             "复盘跟进会 5月11日（周一）14:00 -> 2026-05-11 14:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-11", "time": "14:00"},
                               "_next_rule": R("abs", "2026-05-11", wd=0, time="14:00"), "notes": notes}


@case(6423, "zq-customer-blocks-apple-mail-before-dragon-boat", "minutes",
      "Apple Mail (macOS) UTF-8 QP customer minutes in 【事项N】/负责人/截止时间 blocks, sent the day before Dragon Boat: 节后第一个工作日 = 06-22, customer owner '蓉记 邓总' resolved to the To entry 邓强, 小川 alias, '6月下旬' -> vague; holiday on-call notice not an item; 下次沟通 label")
def c6423():
    date, t = rfcdate(2026, 6, 18, 18, 20, 9)
    dq = "dengqiang@rongji-hotpot.example.com"
    text = """邓总、雪姐：

今天下午在蓉记总部的需求沟通纪要如下，请邓总这边确认一下~

【事项1】门店自助点餐小程序增加“锅底辣度”选项
负责人：罗雪（产品）
截止时间：节后第一个工作日给出方案

【事项2】提供近3个月各门店点单数据导出
负责人：蓉记 邓总
截止时间：6月24日前

【事项3】会员数据迁移测试
负责人：小川
截止时间：6月下旬

【事项4】合同补充协议（新增模块报价）
负责人：苟总
截止时间：6月30日前

端午（6月19日-21日）期间如有紧急问题，请拨打我们的值班电话 400-028-6600。

下次沟通：6月25日（周四）下午2:30，蓉记总部

雷梦琪 Maggie
客户成功经理 | 栈桥科技
"""
    html = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in text.split("\n")) + "</body></html>\n")
    bnd = f"Apple-Mail={h('6423b', 8).upper()}-{h('6423c', 4).upper()}-4B1D-8E2F-{h('6423d', 12).upper()}"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                      leaf("text/html", html, "utf-8", "quoted-printable")])
    hd = std_headers(
        trace(addr("雷梦琪"), BOT["ZQ"][1], t, [("smtpclient.apple (unknown [117.176.22.80])", LARK_RCV, "ESMTPSA")]),
        P("雷梦琪"), alist([f"{ew('邓强')} <{dq}>", P("罗雪")]), alist([P("蒲小川"), P("苟思远"), mb(*BOT["ZQ"])]),
        ew("蓉记火锅 × 栈桥 需求沟通纪要（6/18）"), date, f"<{h('6423m', 8).upper()}-{h('6423n', 4).upper()}-4C0E-A5D1-{h('6423o', 12).upper()}@{ZQ}>",
        mime=False, post=["X-Mailer: Apple Mail (2.3826.600.51.1.1)"])
    hd.insert(len(hd) - 1, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))")
    items = [
        item("罗雪", "门店自助点餐小程序增加“锅底辣度”选项，给出方案", "2026-06-22", rule=R("after_holiday")),
        item("邓强", "提供近3个月各门店点单数据导出", "2026-06-24", rule=R("abs", "2026-06-24"), email=dq),
        item("蒲小川", "会员数据迁移测试", flags=["vague_due"]),
        item("苟思远", "合同补充协议（新增模块报价）", "2026-06-30", rule=R("abs", "2026-06-30")),
    ]
    notes = ("Customer-meeting minutes in labelled blocks from Apple Mail (UTF-8 QP), sent Thu 2026-06-18 18:20, the eve of Dragon Boat (06-19..06-21). "
             "#1 罗雪（产品）, '节后第一个工作日' -> Mon 2026-06-22. #2 '蓉记 邓总' is the customer's 邓强, the only 邓 among the recipients (To: 邓强) -> "
             "owner_name 邓强 with that address, department null (outsider, not in the roster). #3 小川 = 蒲小川; '6月下旬' is a period, not a date -> vague_due. "
             "#4 苟总 = 苟思远 -> 2026-06-30. The holiday on-call line is a notice. 下次沟通 6月25日（周四）下午2:30 -> 2026-06-25 14:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-06-25", "time": "14:30"},
                               "_next_rule": R("abs", "2026-06-25", wd=3, time="14:30"), "notes": notes}


@case(6424, "zq-other-invitation-reschedule-iphone", "other",
      "iPhone reply inside a person's meeting-invitation thread ('Re: 会议邀请：V3.3 需求评审…') asking to move the review to Friday 10:00; quoted invitation with agenda; no minutes, not a reply to the bot -> other")
def c6424():
    date, t = rfcdate(2026, 6, 9, 11, 5, 40)
    inv_mid = f"<{h('6424inv', 32)}@{ZQ}>"
    text = """田哥，周四下午我和蓉记有个会走不开，评审能不能挪到周五（6月12日）上午10点？需求文档我今晚更新到V0.9，明早发大家。

发自我的iPhone

> 2026年6月8日 20:41，田野 <tianye@zhanqiao.example.cn> 写道：
> 
> 各位，
> 
> V3.3需求评审定在6月11日（周四）14:00-15:30，3楼大会议室 / 飞书会议。请提前看完PRD。
> 
> 议程：
> 1. 会员积分二期（雪姐）
> 2. 多门店库存同步（小川）
> 3. 排期
> 
> 田野
"""
    root = leaf("text/plain", text, "utf-8", "quoted-printable")
    hd = std_headers(
        trace(addr("罗雪"), BOT["ZQ"][1], t, [("smtpclient.apple (unknown [117.176.30.12])", LARK_RCV, "ESMTPSA")]),
        P("罗雪"), P("田野"), alist([P("卿雨桐"), P("蒲小川"), P("雷梦琪"), mb(*BOT["ZQ"])]),
        ew("Re: 会议邀请：V3.3 需求评审（6月11日 周四 14:00）"), date,
        f"<{h('6424a', 8).upper()}-{h('6424b', 4).upper()}-4E7A-9C3B-{h('6424c', 12).upper()}@{ZQ}>",
        mime=False, post=[f"In-Reply-To: {inv_mid}", f"References: {inv_mid}", "X-Mailer: iPhone Mail (22F76)"])
    hd.insert(len(hd) - 3, "Mime-Version: 1.0 (1.0)")
    notes = ("A person's reply in a thread started by a colleague's meeting invitation (the invitation copied the bot, so reply-all does too). "
             "It asks to move the review to 周五（6月12日）上午10点 and promises a document update; the quote is the invitation's agenda. "
             "No minutes and not a reply to any bot mail (In-Reply-To is the colleague's invitation) -> kind other, no items, no follow-up.")
    return message(hd, root), {"kind": "other", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


@case(6425, "zq-german-partner-owa-utc-owner-due-blocks", "minutes",
      "Outlook on the web (Microsoft 365, Germany) English Owner:/Due: blocks, Date +0000 (08:47Z = 16:47 Shanghai): 'Fri 26 June', German '24.06.2026', 'end of June', a partner team as owner (no_owner, department null), TBD; holiday FYI; 'Next sync: Wed 1 July, 09:30 CEST' must be converted to 15:30")
def c6425():
    date, t = rfcdate(2026, 6, 18, 8, 47, 13, tz="+0000")
    lh = "lena.hoffmann@kassenwerk.example.de"
    text = """Hi Snow, hi Chuan,

thanks for today's call. Here is my summary of the action items – please correct me if I got something wrong.

Action items

1. POS printer driver for the Kassenwerk K7 terminals
   Owner: Chuan (Zhanqiao)
   Due: Fri 26 June

2. Certification test plan (EN/DE receipts)
   Owner: Lena
   Due: 24.06.2026

3. Ship 5 demo terminals to Chengdu
   Owner: Kassenwerk logistics
   Due: end of June

4. Review of the Chinese receipt template
   Owner: Snow
   Due: TBD

FYI: your team is off 19–21 June (Dragon Boat Festival), so we won't expect answers on those days.

Next sync: Wed 1 July, 09:30 CEST

Best regards
Lena

Lena Hoffmann
Partner Integrations | Kassenwerk GmbH
Torstraße 118, 10119 Berlin
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            + "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                      f'font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n' for l in text.split("\n"))
            + "</body>\n</html>\n")
    bnd = f"_000_AM9PR04MB8345{h('6425b', 16).upper()}AM9PR04MB8345eurp_"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")])
    mid = f"<AM9PR04MB8345{h('6425m', 24).upper()}@AM9PR04MB8345.eurprd04.prod.outlook.com>"
    hd = std_headers(
        trace(lh, BOT["ZQ"][1], t, [("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2072.outbound.protection.outlook.com [40.107.22.72])",
                                     LARK_RCV, "ESMTPS")]),
        '"Lena Hoffmann" <lena.hoffmann@kassenwerk.example.de>',
        alist(['"Snow Luo" <luoxue@zhanqiao.example.cn>', '"Chuan Pu" <puxiaochuan@zhanqiao.example.cn>']),
        alist([f"{ew('田野')} <{addr('田野')}>", f"minutebot <{BOT['ZQ'][1]}>"]),
        "Kassenwerk x Zhanqiao - action items 18 June", date, mid,
        post=["Thread-Topic: Kassenwerk x Zhanqiao - action items 18 June", f"Thread-Index: Ad{h('6425t', 20)}==",
              "Accept-Language: de-DE, en-US", "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
              "msip_labels: "])
    items = [
        item("蒲小川", "POS printer driver for the Kassenwerk K7 terminals", "2026-06-26", rule=R("abs", "2026-06-26", wd=4)),
        item("Lena Hoffmann", "Certification test plan (EN/DE receipts)", "2026-06-24", rule=R("abs", "2026-06-24")),
        unit(None, "Ship 5 demo terminals to Chengdu", "2026-06-30", rule=R("month_end")),
        item("罗雪", "Review of the Chinese receipt template", flags=["vague_due"]),
    ]
    notes = ("Minutes from the German partner in Outlook on the web. Date Thu 2026-06-18 08:47:13 +0000 = 16:47 Asia/Shanghai (same date). "
             "Owner/Due blocks: 'Chuan (Zhanqiao)' = 蒲小川 (roster alias Chuan; To 'Chuan Pu'), 'Fri 26 June' -> 2026-06-26; 'Lena' = the sender "
             "Lena Hoffmann (roster outsider, department null), '24.06.2026' is DD.MM.YYYY -> 2026-06-24; 'Kassenwerk logistics' is a team of the partner -> "
             "owner null, department null, no_owner, 'end of June' -> 2026-06-30; 'Snow' = 罗雪, 'TBD' -> vague_due. The FYI line is a notice. "
             "'Next sync: Wed 1 July, 09:30 CEST' -> 09:30 UTC+2 = 15:30 in Shanghai -> 2026-07-01 15:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-07-01", "time": "15:30"},
                               "_next_rule": R("tz", "2026-07-01 09:30", "Europe/Berlin", wd=2), "notes": notes}


@case(6426, "zq-forwarded-okr-minutes-foxmail-preface", "minutes",
      "Foxmail '转发：' of minutes with a one-line preface from the CEO: items under the Foxmail 发件人/发送时间 block; 一、结论 are decisions; 三、上次遗留 已完成 not an item; 本周五前 (same answer from either anchor); 报何总审批 not an owner; 下次会议 label")
def c6426():
    date, t = rfcdate(2026, 4, 21, 9, 15, 20)
    fwd = f"""发件人： 罗雪
发送时间： 2026-04-20 18:30
收件人： 何俊; 田野; 苟思远; 母婷; 税佳
主题： Q2 OKR对齐会纪要"""
    orig = """各位：

今天下午Q2 OKR对齐会纪要：

一、结论
1. Q2北极星指标：付费门店数从1,850提升到2,300。
2. 海外（德国）合作以Kassenwerk试点为主，不再新增渠道。

二、待办
1. 罗雪：4月30日前输出Q2产品路线图终版
2. 田野：本周五前确认研发人力分配（含外包2人）
3. 苟思远：4月24日前把Q2新签目标拆解到人
4. 母婷：5月8日前提交5月成都餐博会物料预算，报何总审批

三、上次遗留
税佳：Q1账务结账 —— 已完成

下次会议：5月11日（周一）上午9:30

罗雪
"""
    pre = "转给纪要助手跟踪。各位按时完成，周会上我会过。\n\n何俊\n"
    text = pre + "\n \n" + fwd + "\n" + orig
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; '
            'color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n' + html_divs(pre)
            + '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; '
            'FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            + "".join(f"<div><b>{esc(l.split('： ', 1)[0])}：</b>&nbsp;{esc(l.split('： ', 1)[1])}</div>" for l in fwd.split("\n"))
            + "</div></div><div>&nbsp;</div>" + html_divs(orig) + "</blockquote></body></html>\n")
    bnd = f"----=_001_NextPart{int(h('6426b', 8), 16) % 10**12:012d}_=----"
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64", crlf=True),
                                      leaf("text/html", html, "utf-8", "base64", crlf=True)])
    hd = std_headers(
        trace(addr("何俊"), BOT["ZQ"][1], t, [("HEJUN-PC (unknown [171.221.146.10])", LARK_RCV, "ESMTPSA")]),
        P("何俊"), alist([P(n) for n in ["罗雪", "田野", "苟思远", "母婷", "税佳"]]), mb(*BOT["ZQ"]),
        ew("转发：Q2 OKR对齐会纪要"), date, f"<2026042109152084{int(h('6426m', 6), 16) % 10**6:06d}@{ZQ}>",
        post=["X-Priority: 3", f"X-GUID: {h('6426g', 8).upper()}-{h('6426h', 4).upper()}-4C3D-B2E1-{h('6426i', 12).upper()}",
              "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.375[cn]"])
    items = [
        item("罗雪", "输出Q2产品路线图终版", "2026-04-30", rule=R("abs", "2026-04-30")),
        item("田野", "确认研发人力分配（含外包2人）", "2026-04-24", rule=R("weekday", 4)),
        item("苟思远", "把Q2新签目标拆解到人", "2026-04-24", rule=R("abs", "2026-04-24")),
        item("母婷", "提交5月成都餐博会物料预算，报何总审批", "2026-05-08", rule=R("abs", "2026-05-08")),
    ]
    notes = ("The CEO forwards (Foxmail, UTF-8 base64) minutes that 罗雪 sent on Mon 2026-04-20 18:30 without the bot; the forward is Tue 2026-04-21 09:15. "
             "The preface ('转给纪要助手跟踪…周会上我会过') is not an item; the minutes sit below Foxmail's 发件人：/发送时间：/收件人：/主题： block and must not be "
             "cut as a quote. 一、结论 are decisions. 二、待办: 2026-04-30; '本周五前' -> 2026-04-24 from either anchor (Mon 04-20 or Tue 04-21, same week); "
             "2026-04-24; 2026-05-08 (报何总审批: 何总 approves, not an owner). 三、上次遗留 …已完成 -> not an item. 下次会议 5月11日（周一）上午9:30 -> 2026-05-11 09:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-11", "time": "09:30"},
                               "_next_rule": R("abs", "2026-05-11", wd=0, time="09:30"), "notes": notes}


def excel_table_html(rows):
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=620 style=\'border-collapse:collapse;width:465pt\'>',
           '<col width=40><col width=260><col width=80><col width=120><col width=70>']
    for i, row in enumerate(rows):
        out.append("<tr height=19 style='height:14.25pt'>")
        for j, c in enumerate(row):
            cls = "xl66" if i == 0 else "xl65"
            xs = " x:str" if i > 0 and j == 3 else ""
            out.append(f"<td class={cls}{xs} style='border:.5pt solid windowtext;mso-number-format:\"\\@\"'>{esc(c)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


@case(6427, "zq-release-checklist-excel-paste-outlook-en", "minutes",
      "Outlook (en-US UI) UTF-8 QP with an Excel-pasted HTML table (x:str, mso-number-format): Owner nicknames (Tina, JJ, Maggie, Snow), Due '7/6', '7/7 14:00', 'EOD'; a Closed row; a date inside a task text is not its due; 'Go/No-Go会' as next meeting")
def c6427():
    date, t = rfcdate(2026, 7, 3, 17, 30, 16)
    mid, bnd, ti = outlook_ids("6427", ZQ)
    rows = [["#", "事项", "Owner", "Due", "Status"],
            ["1", "灰度发布方案评审", "田野", "7/6", "Open"],
            ["2", "回滚脚本演练（staging）", "冉峰", "7/7 14:00", "Open"],
            ["3", "帮助中心文档更新", "Tina", "7/8", "Open"],
            ["4", "性能压测报告", "JJ", "7/2", "Closed"],
            ["5", "灰度名单内12家客户的通知邮件", "Maggie", "7/9", "Open"],
            ["6", "发布窗口确认（拟7/9 周四 22:00）", "Snow", "EOD", "Open"]]
    intro = "Hi all,\n\n今天下午V3.3上线准备会，checklist如下（从Excel贴过来的）："
    outro = "Go/No-Go会：7月9日（周四）16:00，3楼大会议室。\n\nThanks,\nJunjie\n\n龚俊杰 | QA Lead\n栈桥科技 Zhanqiao Tech"
    text = intro + "\n\n" + table_text(rows) + "\n\n" + outro + "\n"
    html = html_outlook_blocks([intro, ("table", excel_table_html(rows)), "", outro], font="Calibri").replace("lang=ZH-CN", "lang=EN-US")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True),
                                      leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)])
    hd = std_headers(
        trace(addr("龚俊杰"), BOT["ZQ"][1], t, [("GONGJJ-LAPTOP (unknown [171.221.146.52])", LARK_RCV, "ESMTPSA")]),
        P("龚俊杰", display="Gong Junjie"),
        alist([P(n) for n in ["田野", "冉峰", "母婷", "雷梦琪", "罗雪"]]), alist([P("何俊"), mb(*BOT["ZQ"])]),
        ew("V3.3 上线准备会 - 会议纪要"), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}", "Content-Language: en-us"])
    items = [
        item("田野", "灰度发布方案评审", "2026-07-06", rule=R("abs", "2026-07-06")),
        item("冉峰", "回滚脚本演练（staging）", "2026-07-07", "14:00", rule=R("abs", "2026-07-07", time="14:00")),
        item("母婷", "帮助中心文档更新", "2026-07-08", rule=R("abs", "2026-07-08")),
        item("雷梦琪", "灰度名单内12家客户的通知邮件", "2026-07-09", rule=R("abs", "2026-07-09")),
        item("罗雪", "发布窗口确认（拟7/9 周四 22:00）", "2026-07-03", rule=R("today")),
    ]
    notes = ("Release checklist pasted from Excel into Outlook (English UI, UTF-8 QP), sent Fri 2026-07-03 17:30. Due cells are M/D: '7/6' -> 2026-07-06, "
             "'7/7 14:00' -> 2026-07-07 14:00, '7/8' -> 2026-07-08, '7/9' -> 2026-07-09, 'EOD' -> the send date 2026-07-03 with no time. "
             "Row 4 is Closed -> not an item. Owners: Tina = 母婷, JJ = 龚俊杰 (closed row), Maggie = 雷梦琪, Snow = 罗雪. In row 6 '拟7/9 周四 22:00' is part "
             "of the deliverable (the proposed window), not its deadline. 'Go/No-Go会：7月9日（周四）16:00' is the next meeting -> 2026-07-09 16:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-07-09", "time": "16:00"},
                               "_next_rule": R("abs", "2026-07-09", wd=3, time="16:00"), "notes": notes}


@case(6428, "zq-expo-prep-wrapped-lines-same-time-qqmail", "minutes",
      "QQ Mail app (iOS) UTF-8 base64 plain: items wrapped over two lines (the 负责人 on the next line), 苟总牵头/销售部配合, 下周三 and 本周五前; next meeting as a sentence '下周三同一时间再碰一次' with the time from the meeting header line")
def c6428():
    date, t = rfcdate(2026, 5, 26, 16, 40, 28)
    text = """各位，

成都餐博会筹备会纪要（时间：5月26日 15:00-16:00，3楼小会议室）

1. 展位搭建方案（含灯箱、LED屏）与搭建商确认最终报价并签合同，
   负责人：母婷，6月5日前
2. 展会演示账号和demo门店数据准备，负责人：
   卿雨桐，下周三
3. 展会当天销售排班（6月12日-14日），苟总牵头，销售部各位配合，6月8日前出排班表
4. 宣传物料印刷（易拉宝×4、折页2000份），母婷本周五前下单

展位号：3号馆 C-218（已确认）

下周三同一时间再碰一次，过一遍搭建效果图。

母婷 Tina
市场部 | 栈桥科技
"""
    root = leaf("text/plain", text, "utf-8", "base64")
    hd = std_headers(
        trace(addr("母婷"), BOT["ZQ"][1], t, [("smtpbguseast2.qq.com (unknown [54.204.34.130])", LARK_RCV, "ESMTPS")]),
        P("母婷"), alist([P(n) for n in ["卿雨桐", "苟思远", "何俊"]]), mb(*BOT["ZQ"]),
        ew("成都餐博会筹备会纪要"), date, f"<tencent_{h('6428m', 24).upper()}@qq.com>",
        post=["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail iPhone/6.6.4", f"X-QQ-mid: iphone{int(h('6428q', 8), 16)}t1779784828"])
    items = [
        item("母婷", "与搭建商确认展位搭建方案（含灯箱、LED屏）最终报价并签合同", "2026-06-05", rule=R("abs", "2026-06-05")),
        item("卿雨桐", "展会演示账号和demo门店数据准备", "2026-06-03", rule=R("next_week", 2)),
        item("苟思远", "出展会当天销售排班表", "2026-06-08", rule=R("abs", "2026-06-08")),
        item("母婷", "宣传物料印刷下单（易拉宝×4、折页2000份）", "2026-05-29", rule=R("weekday", 4)),
    ]
    notes = ("Plain minutes from the QQ Mail app (UTF-8 base64), sent Tue 2026-05-26 16:40. Items 1 and 2 wrap: the owner/deadline continue on the next "
             "line. #1 母婷 -> 2026-06-05. #2 负责人 on the next line: 卿雨桐, '下周三' -> 2026-06-03. #3 '苟总牵头，销售部各位配合' -> 苟思远 "
             "('6月12日-14日' are the fair days), 2026-06-08. #4 母婷, '本周五前' -> 2026-05-29. '展位号…已确认' is a fact. "
             "'下周三同一时间再碰一次' -> next Wednesday 2026-06-03 at this meeting's start time, given in the header line (15:00) -> 2026-06-03 15:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-06-03", "time": "15:00"},
                               "_next_rule": R("next_week", 2, time="15:00"), "notes": notes}


# ==============================================================================================
# Org D: 肇庆朝宏车灯有限公司 / Zhaoqing Asahiro Auto Lamp Co., Ltd. (Japanese-owned) — Microsoft 365
# ==============================================================================================
M365_RCV = "SEZPR06MB7120.apcprd06.prod.outlook.com (2603:1096:101:e3::12)"
M365_WITH = "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"


def m365_ids(seed):
    x = h(seed, 28).upper()
    return (f"<SEZPR06MB{x[:4]}{x[4:]}@SEZPR06MB{x[:4]}.apcprd06.prod.outlook.com>",
            f"_000_SEZPR06MB{x[:4]}{x[4:20]}SEZPR06MB{x[:4]}apcp_",
            base64.b64encode(bytes.fromhex(h(seed + 'ti', 32))).decode())


def m365_trace(sender, t, host):
    return trace(sender, BOT["AS"][1], t, [(f"{host}.apcprd06.prod.outlook.com (2603:1096:4:1a5::7)", M365_RCV, M365_WITH),
                                           (f"{host}.apcprd06.prod.outlook.com ([fe80::2c41:8d1a:6e0b:93f4])", f"{host}.apcprd06.prod.outlook.com", "mapi")])


@case(6429, "as-weekly-production-action-lines-outlook-en", "minutes",
      "Outlook (en-US) UTF-8 QP English minutes by a Chinese manager: 'Action: Name to … before 4/10 / by tomorrow noon / once ETA confirmed / within 3 working days / by Mon 4/13'; 'All line leaders' (no person); first working day after Qingming; 'Next meeting: Monday 13 April, 4:30 pm'")
def c6429():
    date, t = rfcdate(2026, 4, 7, 17, 20, 36)
    mid, bnd, ti = m365_ids("6429")
    text = """Dear all,

Please find below the minutes of today's weekly production meeting.

1. Output review
   March OEE 78.5% (target 80%). Line 3 lost 6 hrs due to the aiming machine failure.

2. Line 3 headlamp aiming defect
   Action: Jimmy to adjust the aiming fixture and submit the verification data before 4/10.

3. Material shortage - LED module (P/N 81150-ZQ220)
   Action: Grace to confirm the air shipment ETA with the supplier by tomorrow noon.
   Action: Jacky to rearrange the Line 2 schedule once the ETA is confirmed.

4. 5S audit
   Score 82 (last month 85).
   Action: All line leaders to close their 5S findings within 3 working days.

5. Customer visit
   Yuejun Motor will visit the plant on 4/16 (Thu).
   Action: Vincent to prepare the plant tour plan and share it by Mon 4/13.

Next meeting: Monday 13 April, 4:30 pm, Meeting Room B.

Best regards,
Kelvin Liang
Manufacturing Manager
Zhaoqing Asahiro Auto Lamp Co., Ltd.
"""
    html = html_outlook(text, lang="EN-US", font="Calibri")
    root = multi("alternative", bnd, [leaf("text/plain", text, "us-ascii", "quoted-printable", crlf=True),
                                      leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)])
    hd = std_headers(
        m365_trace(addr("梁家豪"), t, "SEZPR06MB6944"),
        '"Kelvin Liang" <kelvin.liang@zq-asahiro.example.cn>',
        alist(['"Jimmy Ou" <jimmy.ou@zq-asahiro.example.cn>', '"Grace Tan" <grace.tan@zq-asahiro.example.cn>',
               '"Jacky Mo" <jacky.mo@zq-asahiro.example.cn>', '"Vincent Li" <vincent.li@zq-asahiro.example.cn>']),
        alist(['"Kenichi Tanaka" <k.tanaka@zq-asahiro.example.cn>', '"Takuya Yamamoto" <t.yamamoto@zq-asahiro.example.cn>',
               f'"Minutes Bot" <{BOT["AS"][1]}>']),
        "Minutes - Weekly Production Meeting (7 Apr)", date, mid,
        post=["Thread-Topic: Minutes - Weekly Production Meeting (7 Apr)", f"Thread-Index: {ti}", "Accept-Language: en-US, zh-CN",
              "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("区志明", "adjust the aiming fixture and submit the verification data", "2026-04-10", rule=R("abs", "2026-04-10")),
        item("谭慧敏", "confirm the air shipment ETA of the LED module with the supplier", "2026-04-08", "12:00", rule=R("tomorrow", time="12:00")),
        item("莫俊杰", "rearrange the Line 2 schedule once the ETA is confirmed", flags=["no_due"]),
        unit(None, "close the 5S findings", "2026-04-10", rule=R("workdays", 3)),
        item("黎振华", "prepare the plant tour plan for the Yuejun visit and share it", "2026-04-13", rule=R("abs", "2026-04-13", wd=0)),
    ]
    notes = ("English minutes from Outlook (text us-ascii QP, HTML UTF-8 QP), sent Tue 2026-04-07 17:20, the first working day after Qingming. Owners by English name through roster "
             "aliases: Jimmy = 区志明, Grace = 谭慧敏, Jacky = 莫俊杰, Vincent = 黎振华. 'before 4/10' -> 2026-04-10; 'by tomorrow noon' -> 2026-04-08 12:00 "
             "(noon is a clock time); 'once the ETA is confirmed' is a condition, no date -> no_due; 'All line leaders' is no person and no roster department -> "
             "owner null, department null, no_owner; 'within 3 working days' -> 04-08, 04-09, 04-10 -> 2026-04-10; 'by Mon 4/13' -> 2026-04-13. "
             "OEE, 5S score and the 4/16 visit are facts. 'Next meeting: Monday 13 April, 4:30 pm' -> 2026-04-13 16:30.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-04-13", "time": "16:30"},
                               "_next_rule": R("abs", "2026-04-13", wd=0, time="16:30"), "notes": notes}


@case(6430, "as-8d-owner-due-blocks-iso2022jp", "minutes",
      "Japanese manager's English 8D minutes, Outlook ja-JP text/plain iso-2022-jp 7bit, Date +0900: (1)…(5) Owner/Due blocks with 'Sato (me)', a customer SQE as owner (Cc display name), '4/30, before the holiday', 'within 5 working days' over Labour Day to the 05-09 make-up Saturday; Japanese signature")
def c6430():
    date, t = rfcdate(2026, 4, 29, 19, 40, 21, tz="+0900")
    mid = m365_ids("6430")[0]
    qz = "qin.zhenyu@yuejun-motor.example.cn"
    text = """Dear all,

Thank you for attending the 8D meeting today. Below is the minutes.

■ Issue
 Water ingress of rear combination lamp (RCL, P/N 26550-YJR5), 3 pcs returned from Yuejun.

■ Root cause (tentative)
 Gasket compression is not enough at the lower corner (design 30%, measured 18-22%).

■ Action items
(1) Containment - sorting of finished goods in our warehouse
    Owner : Cindy
    Due   : 4/30 (Thu)
(2) Gasket compression study (DOE)
    Owner : Chloe
    Due   : 5/8 (Fri)
(3) 8D report D1-D4 submission to Yuejun
    Owner : Sato (me)
    Due   : 4/30, before the holiday
(4) Check the sealing of stock at the Yuejun warehouse
    Owner : Yuejun SQE (Mr. Qin)
    Due   : TBD
(5) Horizontal deployment to the headlamp line
    Owner : Yamamoto-san
    Due   : within 5 working days

■ Next 8D meeting
 5/7 (Thu) 10:00, QA meeting room

Best regards,

佐藤 美咲 (Misaki Sato)
品質保証部 部長
朝宏車灯(肇慶)有限公司 / Zhaoqing Asahiro Auto Lamp Co., Ltd.
"""
    root = leaf("text/plain", text, "iso-2022-jp", "7bit", crlf=True)
    cs = "iso-2022-jp"
    hd = std_headers(
        m365_trace(addr("佐藤美咲"), t, "TYCPR01MB8837"),
        mb("佐藤 美咲", addr("佐藤美咲"), cs),
        alist(['"Cindy He" <cindy.he@zq-asahiro.example.cn>', '"Chloe Feng" <chloe.feng@zq-asahiro.example.cn>',
               mb("山本 拓也", addr("山本拓也"), cs)]),
        alist([f'"Qin Zhenyu" <{qz}>', mb("田中 健一", addr("田中健一"), cs), '"Kelvin Liang" <kelvin.liang@zq-asahiro.example.cn>',
               f'"Minutes Bot" <{BOT["AS"][1]}>']),
        "[QA] 8D meeting minutes - Yuejun RCL water ingress", date, mid,
        post=["Thread-Topic: [QA] 8D meeting minutes - Yuejun RCL water ingress", f"Thread-Index: {m365_ids('6430')[2]}",
              "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("何嘉欣", "Containment - sorting of finished goods in our warehouse", "2026-04-30", rule=R("abs", "2026-04-30", wd=3)),
        item("冯倩", "Gasket compression study (DOE)", "2026-05-08", rule=R("abs", "2026-05-08", wd=4)),
        item("佐藤美咲", "8D report D1-D4 submission to Yuejun", "2026-04-30", rule=R("abs", "2026-04-30")),
        item("Qin Zhenyu", "Check the sealing of stock at the Yuejun warehouse", flags=["vague_due"], email=qz),
        item("山本拓也", "Horizontal deployment to the headlamp line", "2026-05-09", rule=R("workdays", 5)),
    ]
    notes = ("English 8D minutes by the Japanese QA manager, text/plain iso-2022-jp 7bit (Japanese signature), Date Wed 2026-04-29 19:40 +0900 = 18:40 Asia/Shanghai "
             "(same date). Owner blocks: Cindy = 何嘉欣, Chloe = 冯倩, 'Sato (me)' = the sender 佐藤美咲, Yamamoto-san = 山本拓也; 'Yuejun SQE (Mr. Qin)' is the "
             "customer's engineer, in Cc as 'Qin Zhenyu' -> owner_name Qin Zhenyu with that address, department null. Dues: '4/30 (Thu)' -> 2026-04-30; "
             "'5/8 (Fri)' -> 2026-05-08; '4/30, before the holiday' -> 2026-04-30; 'TBD' -> vague_due; 'within 5 working days' from the day after sending: "
             "04-30 (1), 05-01..05 holiday, 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up (5) -> 2026-05-09. Issue/root cause are facts. "
             "Next 8D meeting '5/7 (Thu) 10:00' -> 2026-05-07 10:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-07", "time": "10:00"},
                               "_next_rule": R("abs", "2026-05-07", wd=3, time="10:00"), "notes": notes}


@case(6431, "as-audit-prep-owa-utc-previous-day", "minutes",
      "Outlook on the web, Date Thu 23:52 +0000 = Fri 07:52 in Shanghai: 周一前, '我' = sender with 2个工作日内 (Fri anchor -> 05-19; the UTC date would give 05-18), 主责/配合 in one line with 下周三, unit-only 总务部 without date; 审核前预演会 label")
def c6431():
    date, t = rfcdate(2026, 5, 14, 23, 52, 7, tz="+0000")
    mid, bnd, ti = m365_ids("6431")
    text = """各位早：

昨天下午IATF 16949监督审核准备会的纪要补发一下（审核日期5月21日-22日）：

1. 文件审查：控制计划、PFMEA版本与现场一致性核对 —— 区工，周一前
2. 内审不符合项（3项）关闭证据整理 —— 我，2个工作日内
3. 现场5S及标识整改 —— 制造部梁经理（主责）、莫组长（配合），下周三
4. 校准记录补齐（12件量具过期）—— Cindy，5月19日前
5. 审核日程确认及接待安排（含午餐、会议室）—— 总务部

审核前预演会：5月20日（周三）14:00，2楼会议室。

冯倩 Chloe Feng
品质保证部 QE
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n'
            + "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                      f'font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l.strip() else "<br>"}</div>\n' for l in text.split("\n"))
            + "</body>\n</html>\n")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")])
    hd = std_headers(
        m365_trace(addr("冯倩"), t, "SEZPR06MB5521"),
        f"{ew('冯倩')} <{addr('冯倩')}>",
        alist([P(n) for n in ["区志明", "梁家豪", "莫俊杰", "何嘉欣", "苏婉仪"]]),
        alist([P("佐藤美咲"), f'"Minutes Bot" <{BOT["AS"][1]}>']),
        ew("IATF 16949 监督审核准备会纪要"), date, mid,
        post=["Thread-Topic: " + ew("IATF 16949 监督审核准备会纪要"), f"Thread-Index: {ti}", "Accept-Language: zh-CN, en-US",
              "Content-Language: zh-CN", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "x-ms-reactions: allow"])
    items = [
        item("区志明", "文件审查：控制计划、PFMEA版本与现场一致性核对", "2026-05-18", rule=R("weekday", 0)),
        item("冯倩", "内审不符合项（3项）关闭证据整理", "2026-05-19", rule=R("workdays", 2)),
        item("梁家豪", "现场5S及标识整改", "2026-05-20", rule=R("next_week", 2)),
        item("何嘉欣", "校准记录补齐（12件量具过期）", "2026-05-19", rule=R("abs", "2026-05-19")),
        unit("总务部", "审核日程确认及接待安排（含午餐、会议室）", flags=["no_due"]),
    ]
    notes = ("Outlook on the web writes the Date in UTC: Thu 2026-05-14 23:52:07 +0000 = Fri 2026-05-15 07:52 Asia/Shanghai, the anchor (the meeting was "
             "'昨天下午' = Thursday). #1 区工 = 区志明, bare '周一前' -> 2026-05-18. #2 '我' = the sender 冯倩; '2个工作日内' from the day after Friday: 05-18 (1), "
             "05-19 (2) -> 2026-05-19 (anchoring on the UTC date Thursday would give 05-18). #3 '制造部梁经理（主责）、莫组长（配合）' -> 梁家豪; '下周三' -> 2026-05-20. "
             "#4 Cindy = 何嘉欣 -> 2026-05-19. #5 only 总务部 and no deadline -> owner null, department 总务部, [no_owner, no_due]. The audit dates 5月21日-22日 are facts. "
             "审核前预演会 5月20日（周三）14:00 -> 2026-05-20 14:00.")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-05-20", "time": "14:00"},
                               "_next_rule": R("abs", "2026-05-20", wd=2, time="14:00"), "notes": notes}


@case(6432, "as-hq-dfm-review-jst-next-meeting-two-lines", "minutes",
      "Parent-company engineer in Japan (Outlook ja-JP, From display name iso-2022-jp encoded, body UTF-8 base64, Date +0900): '- [Name] task : due' lines with 5/29 (Fri), by June 5, next Monday, ASAP, early June (vague); Decisions; next meeting with the day on one line and '15:00-16:00 JST (14:00 China time)' on the next")
def c6432():
    date, t = rfcdate(2026, 5, 27, 18, 10, 45, tz="+0900")
    mid, bnd, ti = m365_ids("6432-jp")
    nk = "k.nakamura@asahiro.example.co.jp"
    text = """Dear Yamamoto-san, Jimmy-san, Grace-san, Kelvin-san,

Thank you for the DFM review meeting today (TV conference, Tokyo - Zhaoqing).
I summarized the action items as follows.

[Action items]
- [Nakamura] Send HQ standard for lens hard-coating thickness : 5/29 (Fri)
- [Yamamoto] Mold trial schedule of housing (T1) : by June 5
- [Jimmy Ou] Check gate location proposal with mold maker (Hongjun) : next Monday
- [Grace Tan] Quotation of aluminizing outsourcing : ASAP
- [Kelvin] Line layout for YJ-H7 pilot run : early June

[Decisions]
- Lens material: PC, HQ-approved grade AS-PC12 only.
- SOP target: December 2026 (no change).

[Next meeting]
June 3 (Wed)
15:00-16:00 JST (14:00 China time)

Best regards,
Koji Nakamura
Asahiro Lighting Co., Ltd. / Production Engineering Div.
中村 浩二
"""
    html = html_outlook(text, lang="JA", font="Meiryo UI")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")])
    cs = "iso-2022-jp"
    hd = std_headers(
        trace(nk, BOT["AS"][1], t, [("JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on2119.outbound.protection.outlook.com [40.107.114.119])",
                                     M365_RCV.split(' ')[0], M365_WITH)]),
        mb("中村 浩二", nk, cs),
        alist([mb("山本 拓也", addr("山本拓也"), cs), '"Jimmy Ou" <jimmy.ou@zq-asahiro.example.cn>',
               '"Grace Tan" <grace.tan@zq-asahiro.example.cn>', '"Kelvin Liang" <kelvin.liang@zq-asahiro.example.cn>']),
        alist([mb("田中 健一", addr("田中健一"), cs), f'"Minutes Bot" <{BOT["AS"][1]}>']),
        "New model headlamp YJ-H7 DFM review - minutes (5/27)", date, mid.replace("SEZPR06", "TYCPR01").replace("apcprd06", "jpnprd01"),
        post=["Thread-Topic: New model headlamp YJ-H7 DFM review - minutes (5/27)", f"Thread-Index: {ti}", "Accept-Language: ja-JP, en-US",
              "Content-Language: ja-JP", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("中村浩二", "Send HQ standard for lens hard-coating thickness", "2026-05-29", rule=R("abs", "2026-05-29", wd=4)),
        item("山本拓也", "Mold trial schedule of housing (T1)", "2026-06-05", rule=R("abs", "2026-06-05")),
        item("区志明", "Check gate location proposal with mold maker (Hongjun)", "2026-06-01", rule=R("next_week", 0)),
        item("谭慧敏", "Quotation of aluminizing outsourcing", flags=["vague_due"]),
        item("梁家豪", "Line layout for YJ-H7 pilot run", flags=["vague_due"]),
    ]
    notes = ("Minutes from the parent company's engineer in Japan: From display name iso-2022-jp encoded, body UTF-8, Date Wed 2026-05-27 18:10 +0900 = "
             "17:10 Asia/Shanghai (same date). [Nakamura] = the sender 中村浩二 (roster outsider, department null) -> '5/29 (Fri)' 2026-05-29; [Yamamoto] = 山本拓也 "
             "-> 'by June 5' 2026-06-05; [Jimmy Ou] = 区志明 -> 'next Monday' = Monday of next week 2026-06-01; [Grace Tan] = 谭慧敏 -> ASAP, vague_due; "
             "[Kelvin] = 梁家豪 -> 'early June' is a period, no date -> vague_due. Decisions (material, SOP December 2026) are not items. "
             "Next meeting: 'June 3 (Wed)' on one line and '15:00-16:00 JST (14:00 China time)' on the next -> 2026-06-03 14:00 (15:00 JST = 14:00 Shanghai).")
    return message(hd, root), {"kind": "minutes", "items": items,
                               "next_followup": {"date": "2026-06-03", "time": "14:00"},
                               "_next_rule": R("tz", "2026-06-03 15:00", "Asia/Tokyo", wd=2), "notes": notes}


@case(6433, "as-customer-visit-html-table-outlook", "minutes",
      "Outlook zh-CN UTF-8 base64 HTML table of a customer visit: reviewer in brackets is not the owner (冯倩（佐藤部长审核）), customer owner '覃振宇（粤骏）' from To, a decision row with '—', M/D dues incl. the day before Dragon Boat and 节后第一个工作日; '7月上旬回访，时间待定' -> null")
def c6433():
    date, t = rfcdate(2026, 6, 12, 17, 5, 50)
    mid, bnd, ti = m365_ids("6433")
    qz = "qin.zhenyu@yuejun-motor.example.cn"
    rows = [["序号", "议题", "结论/措施", "负责人", "完成日期"],
            ["1", "YJ-R5后组合灯PPAP提交", "提交PPAP全套文件", "冯倩（佐藤部长审核）", "6/30"],
            ["2", "年度降价", "客户要求年降3%，我方回复降价方案", "黎振华", "6/18"],
            ["3", "包装改善", "提供新料架图纸", "覃振宇（粤骏）", "6/17"],
            ["4", "交付", "7月起周交付量由8,000套调整为9,500套", "—", "—"],
            ["5", "样件", "寄送试装样件20套", "梁家豪", "节后第一个工作日"]]
    intro = "覃工、各位：\n\n感谢粤骏一行今天来访，会议纪要如下，如有出入请指正。"
    outro = "下次会议：粤骏方7月上旬回访，时间待定。\n\n黎振华 Vincent Li\n营业部 | 肇庆朝宏车灯有限公司"
    text = intro + "\n\n" + table_text(rows) + "\n\n" + outro + "\n"
    html = html_outlook_blocks([intro, ("table", word_table_html(rows, [40, 150, 230, 130, 90])), "", outro], font="微软雅黑")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")])
    hd = std_headers(
        m365_trace(addr("黎振华"), t, "SEZPR06MB3390"),
        f"{ew('黎振华')} <{addr('黎振华')}>",
        alist([f"{ew('覃振宇')} <{qz}>", P("冯倩"), P("梁家豪")]),
        alist([P("佐藤美咲"), P("田中健一"), f'"Minutes Bot" <{BOT["AS"][1]}>']),
        ew("粤骏汽车来访会议纪要（6月12日）"), date, mid,
        post=["Thread-Topic: " + ew("粤骏汽车来访会议纪要（6月12日）"), f"Thread-Index: {ti}", "Accept-Language: zh-CN, en-US",
              "Content-Language: zh-CN", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("冯倩", "提交YJ-R5后组合灯PPAP全套文件", "2026-06-30", rule=R("abs", "2026-06-30")),
        item("黎振华", "回复年度降价方案", "2026-06-18", rule=R("abs", "2026-06-18", wd=3)),
        item("覃振宇", "提供新料架图纸", "2026-06-17", rule=R("abs", "2026-06-17"), email=qz),
        item("梁家豪", "寄送试装样件20套", "2026-06-22", rule=R("after_holiday")),
    ]
    notes = ("Customer-visit minutes as an Outlook table (UTF-8 base64), sent Fri 2026-06-12 17:05. Row 1 '冯倩（佐藤部长审核）': 冯倩 does it, 佐藤 only reviews "
             "(like 配合) -> owner 冯倩, '6/30' -> 2026-06-30. Row 2 -> 黎振华 2026-06-18, the last working day before Dragon Boat. Row 3 '覃振宇（粤骏）' is the "
             "customer's engineer, in To -> that address, department null; 2026-06-17. Row 4 has no owner and no date ('—') and states a decision "
             "(交付量调整) -> not an item. Row 5 '节后第一个工作日' -> Dragon Boat 06-19..21 -> 2026-06-22. '7月上旬回访，时间待定' -> next_followup null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6434, "as-morning-meeting-outlook-ios-plain", "minutes",
      "Outlook for iOS (UTF-8 QP text + HTML), a plain common morning-meeting note: '—— 我，今天下班前', '总务Winnie', 'Cindy，周四前'; no next meeting")
def c6434():
    date, t = rfcdate(2026, 6, 2, 9, 10, 25)
    mid, bnd, ti = m365_ids("6434")
    text = """Kelvin, 各位:

早会记录 6/2：
1. 2号线LED模组余料盘点 —— 我，今天下班前
2. 叉车年检 —— 总务Winnie，6月5日前
3. 成品仓温湿度计更换 —— Cindy，周四前

Jacky

Get Outlook for iOS
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + "".join(f'<div dir="ltr">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n")[:-2])
            + '<div class="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></body></html>\n')
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")])
    hd = std_headers(
        m365_trace(addr("莫俊杰"), t, "SEZPR06MB4410"),
        '"Jacky Mo" <jacky.mo@zq-asahiro.example.cn>',
        alist(['"Kelvin Liang" <kelvin.liang@zq-asahiro.example.cn>', '"Winnie Su" <winnie.su@zq-asahiro.example.cn>',
               '"Cindy He" <cindy.he@zq-asahiro.example.cn>']),
        f'"Minutes Bot" <{BOT["AS"][1]}>', ew("早会记录 6/2"), date, mid,
        post=["Thread-Topic: " + ew("早会记录 6/2"), f"Thread-Index: {ti}", "Accept-Language: en-US, zh-CN", "Content-Language: zh-CN",
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("莫俊杰", "2号线LED模组余料盘点", "2026-06-02", rule=R("today")),
        item("苏婉仪", "叉车年检", "2026-06-05", rule=R("abs", "2026-06-05")),
        item("何嘉欣", "成品仓温湿度计更换", "2026-06-04", rule=R("weekday", 3)),
    ]
    notes = ("A short, plain morning-meeting note from Outlook for iOS, sent Tue 2026-06-02 09:10. #1 '我' = the sender 莫俊杰 (Jacky), '今天下班前' -> "
             "2026-06-02 with no time. #2 '总务Winnie' = 苏婉仪 -> 2026-06-05. #3 Cindy = 何嘉欣, '周四前' -> 2026-06-04. No next meeting -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6435, "as-teams-copilot-recap-follow-up-tasks", "minutes",
      "Outlook (en-US) HTML: a Microsoft Teams/Copilot recap pasted by the organizer; 'Meeting notes' bullets (with 7/20, 7/6) are summary, only 'Follow-up tasks' count: by Friday, next Tuesday, before the trial run on 7/15, no date")
def c6435():
    date, t = rfcdate(2026, 7, 9, 16, 30, 12)
    mid, bnd, ti = m365_ids("6435")
    text = """Hi team,

Sharing the Copilot recap of today's meeting. I checked the follow-up tasks.

Hot-plate welding machine – trial run preparation
Thu 9 Jul 2026, 14:00–15:00 (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi

Meeting notes (generated by Copilot)
• Machine status: installation finished on 7/6; Tanaka-san asked that the machine be released for mass production by 7/20.
• Jimmy Ou explained that the PFMEA needs new failure modes for plate temperature drift.
• Kelvin Liang said operators from Line 4 will be trained first.
• Chloe Feng pointed out that the first-article checklist must include the burst test.

Follow-up tasks
• Jimmy Ou will update the PFMEA for the new hot-plate welding machine by Friday. (Jimmy Ou)
• Kelvin Liang will arrange operator training on the welding machine next Tuesday. (Kelvin Liang)
• Chloe Feng will prepare the first-article inspection checklist before the trial run on 7/15. (Chloe Feng)
• Grace Tan will follow up with the equipment vendor on the spare heating plates. (Grace Tan)

AI-generated content may be incorrect.

Kelvin
"""
    html = html_outlook(text, lang="EN-US", font="Aptos")
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True),
                                      leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)])
    hd = std_headers(
        m365_trace(addr("梁家豪"), t, "SEZPR06MB6944"),
        '"Kelvin Liang" <kelvin.liang@zq-asahiro.example.cn>',
        alist(['"Jimmy Ou" <jimmy.ou@zq-asahiro.example.cn>', '"Chloe Feng" <chloe.feng@zq-asahiro.example.cn>',
               '"Grace Tan" <grace.tan@zq-asahiro.example.cn>']),
        alist(['"Kenichi Tanaka" <k.tanaka@zq-asahiro.example.cn>', f'"Minutes Bot" <{BOT["AS"][1]}>']),
        "Recap: Hot-plate welding machine - trial run preparation", date, mid,
        post=["Thread-Topic: Recap: Hot-plate welding machine - trial run preparation", f"Thread-Index: {ti}", "Accept-Language: en-US, zh-CN",
              "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    items = [
        item("区志明", "update the PFMEA for the new hot-plate welding machine", "2026-07-10", rule=R("weekday", 4)),
        item("梁家豪", "arrange operator training on the welding machine", "2026-07-14", rule=R("next_week", 1)),
        item("冯倩", "prepare the first-article inspection checklist", "2026-07-15", rule=R("abs", "2026-07-15", wd=2)),
        item("谭慧敏", "follow up with the equipment vendor on the spare heating plates", flags=["no_due"]),
    ]
    notes = ("A Teams/Copilot recap pasted into Outlook, sent Thu 2026-07-09 16:30. Treated like 飞书/钉钉/腾讯会议 AI minutes: the 'Meeting notes' bullets "
             "(7/6 installation, 'released by 7/20') are summary; only 'Follow-up tasks' count. 'by Friday' -> 2026-07-10; 'next Tuesday' -> Tuesday of next "
             "week 2026-07-14 (the training is arranged for that day, so it is the deadline); 'before the trial run on 7/15' -> 2026-07-15; the last task has "
             "no date -> no_due. Owners by English roster aliases (Jimmy Ou = 区志明, Kelvin Liang = 梁家豪, Chloe Feng = 冯倩, Grace Tan = 谭慧敏). "
             "No next meeting -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6436, "as-taiwan-mold-maker-big5-grouped", "minutes",
      "Outlook zh-TW big5 base64 minutes written by a Taiwanese mold maker (traditional characters): grouped by person with ①②, 區工/區志明 (traditional alias) and 山本部長, the writer's own items, 下週三前, no-date and 暫定6月初 (vague); next meeting 'T1試模當天' without a date -> null")
def c6436():
    date, t = rfcdate(2026, 5, 18, 19, 30, 4)
    x = h("6436", 24).upper()
    mid = f"<{x[:8]}{x[8:]}@hongjun-mold.example.com.tw>"
    bnd = f"----=_NextPart_000_0013_01DCE6B1.{x[:8]}"
    text = """區工、山本部長 您好：

今日T0試模檢討會議記錄如下，請查閱。

一、試模結果
燈殼T0樣品尺寸量測共32項，其中5項超差（卡扣位置偏0.3mm），外觀有縮痕2處。

二、待辦事項
林冠宇（鴻鈞模具）：
①5/22前完成澆口位置修改；
②T1試模前提供模流分析報告（下週三前）。
區工：
①5/20前確認產品拔模角度變更；
②提供T1試模用料（PC料50kg）。
山本部長：
①確認T1試模日期（暫定6月初）。

三、下次會議
T1試模當天於鴻鈞模具廠現場檢討。

林冠宇
鴻鈞模具工業股份有限公司 業務部
TEL: +886-2-2298-6617
"""
    root = multi("alternative", bnd, [leaf("text/plain", text, "big5", "base64", crlf=True),
                                      leaf("text/html", html_outlook(text, lang="ZH-TW", font="新細明體"), "big5", "base64", crlf=True)])
    cs = "big5"
    lg = "linguanyu@hongjun-mold.example.com.tw"
    hd = std_headers(
        trace(lg, BOT["AS"][1], t, [("HJ-SALES03 (61-216-88-19.hinet-ip.example.net [61.216.88.19])", M365_RCV.split(' ')[0], M365_WITH)]),
        mb("林冠宇", lg, cs), alist([mb("區志明", addr("区志明"), cs), mb("山本拓也", addr("山本拓也"), cs)]),
        alist([mb("Kelvin Liang", addr("梁家豪")), f'"Minutes Bot" <{BOT["AS"][1]}>']),
        ew("YJ-H7 燈殼模具 T0試模檢討會議記錄", cs), date, mid,
        post=["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {base64.b64encode(bytes.fromhex(h('6436t', 32))).decode()}", "Content-Language: zh-tw"])
    items = [
        item("林冠宇", "完成澆口位置修改", "2026-05-22", rule=R("abs", "2026-05-22")),
        item("林冠宇", "T1試模前提供模流分析報告", "2026-05-27", rule=R("next_week", 2)),
        item("区志明", "確認產品拔模角度變更", "2026-05-20", rule=R("abs", "2026-05-20")),
        item("区志明", "提供T1試模用料（PC料50kg）", flags=["no_due"]),
        item("山本拓也", "確認T1試模日期", flags=["vague_due"]),
    ]
    notes = ("Minutes written by the Taiwanese mold maker in traditional characters (Outlook zh-TW, big5 base64), sent Mon 2026-05-18 19:30. Grouped by person "
             "with ①②: 林冠宇 is the sender (roster outsider, department null): ① '5/22前' -> 2026-05-22, ② '（下週三前）' -> Wednesday of next week 2026-05-27. "
             "區工 = 区志明 (traditional 區 is a roster alias; To display 區志明): ① '5/20前' -> 2026-05-20, ② no date -> no_due. 山本部長 = 山本拓也: "
             "'暫定6月初' is tentative and a period -> vague_due. Task text keeps the writer's traditional characters. 試模結果 lines are facts. "
             "'下次會議：T1試模當天…' has no date -> null.")
    return message(hd, root), {"kind": "minutes", "items": items, "next_followup": None, "_next_rule": None, "notes": notes}


@case(6437, "as-other-staff-newsletter-inline-image", "other",
      "Outlook zh-CN HTML newsletter written by the general-affairs officer to the all-staff group (multipart/related with an inline logo): holiday dates, a drill with '请各部门负责人提前组织', a birthday party time; no List headers, a person wrote it -> other")
def c6437():
    date, t = rfcdate(2026, 6, 18, 10, 0, 33)
    mid, bnd, ti = m365_ids("6437")
    text = """各位同事：

《朝宏肇庆通讯》2026年6月号

一、端午节放假安排
6月19日（周五）至21日（周日）放假，共3天，6月22日（周一）正常上班。放假期间生产安排以制造部通知为准。

二、消防演练
6月26日（周五）下午3点全厂消防疏散演练，请各部门负责人提前组织本部门人员熟悉疏散路线。

三、食堂新菜单
7月1日起食堂增加粤式早餐窗口，早餐供应时间7:00-8:15。

四、员工关怀
6月份生日会将于6月25日（周四）下午4点在二楼活动室举行，请寿星准时参加。

五、温馨提示
端午假期出行请注意交通安全，返程请避开高峰。

总务部 苏婉仪 Winnie Su
分机 8012
"""
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR4nGP8z4AKGBkYGP4zMDAwMDIwMDL8Z2BgYGBgYGD4DwAvQgT8n8n2lAAAAABJRU5ErkJggg==")
    cid = f"image001.png@01DCFEB2.{h('6437c', 8).upper()}"
    html = html_outlook(text).replace('<div class=WordSection1>',
                                      f'<div class=WordSection1><p class=MsoNormal><img width=120 height=40 src="cid:{cid}" alt="Asahiro"></p>')
    rel_b = bnd.replace("_000_", "_004_")
    root = multi("related", rel_b, [
        multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")]),
        leaf("image/png", data=png, cte="base64", params='; name="image001.png"',
             extra=["Content-Description: image001.png", 'Content-Disposition: inline; filename="image001.png"', f"Content-ID: <{cid}>"]),
    ], params=' type="multipart/alternative";')
    hd = std_headers(
        m365_trace(addr("苏婉仪"), t, "SEZPR06MB2278"),
        f"{ew('苏婉仪')} <{addr('苏婉仪')}>", f"{ew('全体员工')} <all-staff@{AS}>", None,
        ew("《朝宏肇庆通讯》2026年6月号"), date, mid,
        post=["Thread-Topic: " + ew("《朝宏肇庆通讯》2026年6月号"), f"Thread-Index: {ti}", "Accept-Language: zh-CN, en-US",
              "Content-Language: zh-CN", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: "])
    notes = ("An internal newsletter written by a person (总务部 苏婉仪) to the all-staff distribution group, which includes the bot address; no List-Id, "
             "Precedence or Auto-Submitted. It lists the Dragon Boat holiday, a fire drill ('请各部门负责人提前组织'), a menu change and a birthday party with dates and times, "
             "but it is no meeting record -> kind other, no items, no follow-up. multipart/related with an inline PNG logo.")
    return message(hd, root), {"kind": "other", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


@case(6438, "as-auto-exchange-ooo-golden-week", "auto",
      "Exchange Online out-of-office 'Automatic reply:' (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, Date +0000) from the Japanese GM to the bot's recap of the 8D minutes; English + Japanese body with dates and a deputy -> auto")
def c6438():
    date, t = rfcdate(2026, 4, 29, 10, 42, 30, tz="+0000")
    mid, bnd, ti = m365_ids("6438")
    text = """Thank you for your email.
I am out of the office from 4/29 (Wed) to 5/6 (Wed) for the Golden Week holidays, with limited access to email.
For urgent matters, please contact Kelvin Liang (kelvin.liang@zq-asahiro.example.cn) by 5/6.

メールありがとうございます。
4月29日（水）から5月6日（水）までゴールデンウィーク休暇のため不在にしております。
お急ぎの場合は梁（kelvin.liang@zq-asahiro.example.cn）までご連絡ください。

田中 健一
"""
    root = multi("alternative", bnd, [leaf("text/plain", text, "utf-8", "base64"),
                                      leaf("text/html", html_outlook(text, lang="JA", font="Meiryo UI"), "utf-8", "base64")])
    recap = f"<r.20260429184205.3c9a71e2@{AS}>"
    hd = std_headers(
        m365_trace(addr("田中健一"), t, "TYCPR01MB1120"),
        f"{ew('田中 健一', 'iso-2022-jp')} <{addr('田中健一')}>", f'"Minutes Bot" <minutes+r7f3c91ad02e6b5a4@{AS}>', None,
        "Automatic reply: Re: [QA] 8D meeting minutes - Yuejun RCL water ingress", date, mid,
        post=["Thread-Topic: Re: [QA] 8D meeting minutes - Yuejun RCL water ingress", f"Thread-Index: {ti}",
              f"In-Reply-To: {recap}", "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP", "X-MS-Has-Attach: ",
              "X-MS-TNEF-Correlator: ", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
              f"X-MS-Exchange-Inbox-Rules-Loop: {addr('田中健一')}", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"])
    notes = ("Out-of-office auto-reply from Exchange Online to the bot's recap (In-Reply-To the recap, To the signed reply address). Auto-Submitted: auto-replied, "
             "X-Auto-Response-Suppress, X-MS-Exchange-Inbox-Rules-Loop and 'Automatic reply:' mark it; the bilingual body has dates (4/29-5/6) and names a deputy. "
             "Date 10:42 +0000 = 18:42 Asia/Shanghai. No person wrote it -> kind auto; never answered, nothing changes.")
    return message(hd, root), {"kind": "auto", "items": [], "next_followup": None, "_next_rule": None, "notes": notes}


# ==============================================================================================
# writing and checking
# ==============================================================================================
def sent_at(raw):
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.default)
    return msg["Date"].datetime.astimezone(SH)


def resolve(rule, sent):
    """(date, time) for a rule, from the send instant in Asia/Shanghai."""
    import chinese_calendar as cc
    d0 = sent.date()
    monday = d0 - dt.timedelta(days=d0.weekday())
    k, a = rule.kind, rule.args
    tm = rule.time
    if k == "abs":
        d = dt.date.fromisoformat(a[0])
    elif k == "weekday":
        d = monday + dt.timedelta(days=a[0])
        if d < d0:
            d += dt.timedelta(days=7)
    elif k == "next_week":
        d = monday + dt.timedelta(days=7 + a[0])
    elif k == "workdays":
        d, n = d0, 0
        while n < a[0]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n += 1
    elif k == "month_end":
        base = d0.replace(month=a[0], day=1) if a else d0
        nxt = (base.replace(day=28) + dt.timedelta(days=4))
        d = nxt - dt.timedelta(days=nxt.day)
    elif k == "today":
        d = d0
    elif k == "tomorrow":
        d = d0 + dt.timedelta(days=1)
    elif k == "after_holiday":
        d = d0
        while not (not cc.is_workday(d) and cc.get_holiday_detail(d)[1] is not None):
            d += dt.timedelta(days=1)
        while not cc.is_workday(d):
            d += dt.timedelta(days=1)
    elif k == "hours":
        x = sent + dt.timedelta(hours=a[0])
        d, tm = x.date(), x.strftime("%H:%M")
    elif k == "tz":
        x = dt.datetime.strptime(a[0], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(a[1])).astimezone(SH)
        d, tm = x.date(), x.strftime("%H:%M")
    else:
        raise ValueError(k)
    if rule.wd is not None and d.weekday() != rule.wd:
        raise AssertionError(f"{d} is weekday {d.weekday()}, text says {rule.wd}")
    return d.isoformat(), tm


def public_gold(g):
    items = [{k: it[k] for k in ("owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags")}
             for it in g["items"]]
    return {"kind": g["kind"], "items": items, "next_followup": g["next_followup"], "reply": None, "notes": g["notes"]}


def build():
    out = []
    for num, slug, kind, what, summary, fn in sorted(CASES):
        raw, gold = fn()
        assert gold["kind"] == kind, (num, kind)
        out.append((num, slug, kind, what, raw, gold))
    return out


def roster_csv():
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return b.getvalue()


def gold_summary(g):
    if g["kind"] != "minutes":
        return "no items"
    parts = []
    for it in g["items"]:
        o = it["owner_name"] or (f"[{it['department']}]" if it["department"] else "[-]")
        d = it["due_date"] or ("vague" if "vague_due" in it["flags"] else "none")
        if it["due_time"]:
            d += " " + it["due_time"]
        parts.append(f"{o} {d}")
    nf = g["next_followup"]
    nxt = f"next {nf['date']}{' ' + nf['time'] if nf['time'] else ''}" if nf else "next null"
    return f"{len(g['items'])} items: " + "; ".join(parts) + f"; {nxt}"


def write():
    built = build()
    for num, slug, kind, what, raw, gold in built:
        base = os.path.join(HERE, f"{num}-{slug}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(public_gold(gold), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    rows = []
    for num, slug, kind, what, raw, gold in built:
        rows.append(f"| {num}-{slug} | {kind} | {gold_summary(gold)} | {what} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.replace("@@TABLE@@", "\n".join(rows)).replace("@@COUNTS@@", counts(built)))
    print(f"wrote {len(built)} cases to {HERE}")


def counts(built):
    c = {}
    for b in built:
        c[b[2]] = c.get(b[2], 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: -x[1]))


def check():
    import email
    from email import policy
    errors = []
    built = build()
    nums = [b[0] for b in built]
    if nums != list(range(6401, 6439)):
        errors.append(f"case numbers {nums[0]}..{nums[-1]} ({len(nums)}) are not 6401..6438")
    for num, slug, kind, what, raw, gold in built:
        base = os.path.join(HERE, f"{num}-{slug}")
        tag = f"{num}-{slug}"
        try:
            disk = open(base + ".eml", "rb").read()
            dgold = json.load(open(base + ".json", encoding="utf-8"))
        except OSError as e:
            errors.append(f"{tag}: {e}")
            continue
        if disk != raw:
            errors.append(f"{tag}: .eml on disk differs from the generator output")
        if dgold != public_gold(gold):
            errors.append(f"{tag}: .json on disk differs from the generator output")
        msg = email.message_from_bytes(disk, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{tag}: defects {part.defects} in {part.get_content_type()}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{tag}: header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(CODEC.get(cs.lower(), cs), "strict")
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append(f"{tag}: text part {part.get_content_type()} ({cs}) does not decode: {e}")
            fn = part.get_filename()
            if fn:
                data = part.get_payload(decode=True)
                txt = docx_text(data) if fn.endswith(".docx") else pdf_text(data) if fn.endswith(".pdf") else None
                for probe in gold.get("_probes", {}).get(fn, []):
                    if txt is None or probe not in txt:
                        errors.append(f"{tag}: attachment {fn} lacks probe {probe!r}")
        for hname in ("From", "Date", "Message-ID", "Subject"):
            if msg[hname] is None:
                errors.append(f"{tag}: missing {hname}")
        if not disk.startswith(b"Return-Path:") or b"\nDelivered-To:" not in disk or b"\nReceived:" not in disk:
            errors.append(f"{tag}: no Return-Path/Delivered-To/Received trace")
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            errors.append(f"{tag}: sent {sent} outside April-July 2026")
        # schema
        g = dgold
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"} or g["reply"] is not None:
            errors.append(f"{tag}: bad top-level keys")
        if g["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errors.append(f"{tag}: non-minutes with items/follow-up")
        if "AMBIGUOUS" not in g["notes"] and "ambiguous" in g["notes"].lower():
            errors.append(f"{tag}: write AMBIGUOUS in capitals")
        for i, (it, src) in enumerate(zip(g["items"], gold["items"]), 1):
            fl = set(it["flags"])
            if not fl <= {"no_owner", "vague_due", "no_due"}:
                errors.append(f"{tag} #{i}: bad flags {fl}")
            if (it["owner_name"] is None) != ("no_owner" in fl):
                errors.append(f"{tag} #{i}: owner/no_owner mismatch")
            if it["owner_name"] is None and it["owner_email"] is not None:
                errors.append(f"{tag} #{i}: email without owner")
            if it["owner_name"] in PEOPLE and it["owner_email"] != PEOPLE[it["owner_name"]][1]:
                errors.append(f"{tag} #{i}: roster email mismatch")
            if it["owner_email"] and it["owner_name"] not in PEOPLE:
                if it["owner_email"].lower().encode() not in disk.lower():
                    errors.append(f"{tag} #{i}: outsider email {it['owner_email']} not in the message")
            if it["due_date"] is None:
                if not ({"vague_due", "no_due"} & fl) or ({"vague_due", "no_due"} <= fl):
                    errors.append(f"{tag} #{i}: no date needs exactly one of vague_due/no_due")
                if src["_rule"] is not None or it["due_time"] is not None:
                    errors.append(f"{tag} #{i}: rule/time without date")
            else:
                if {"vague_due", "no_due"} & fl:
                    errors.append(f"{tag} #{i}: date with vague_due/no_due")
                if src["_rule"] is None:
                    errors.append(f"{tag} #{i}: date without a rule")
                else:
                    try:
                        d, tm = resolve(src["_rule"], sent)
                    except AssertionError as e:
                        errors.append(f"{tag} #{i}: {e}")
                        continue
                    if (d, tm) != (it["due_date"], it["due_time"]):
                        errors.append(f"{tag} #{i}: gold {it['due_date']} {it['due_time']} but rule gives {d} {tm}")
        nf = g["next_followup"]
        if nf is None:
            if gold.get("_next_rule") is not None:
                errors.append(f"{tag}: next rule without next_followup")
        else:
            try:
                d, tm = resolve(gold["_next_rule"], sent)
                if (d, tm) != (nf["date"], nf["time"]):
                    errors.append(f"{tag}: next_followup {nf} but rule gives {d} {tm}")
            except AssertionError as e:
                errors.append(f"{tag}: next: {e}")
    if open(os.path.join(HERE, "roster.csv"), encoding="utf-8").read() != roster_csv():
        errors.append("roster.csv differs from the generator output")
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(built)} cases ({counts(built)}): {'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


README = r'''# heldout36 — blind held-out test set for minutebot (cases 6401–6438)

38 raw messages (`NNNN-slug.eml`, the bytes a receiving mail server stores, with its Return-Path/Delivered-To/Received),
their gold answers (`NNNN-slug.json`, schema of `/work/shared/corpus/README.md`, followed exactly: flat items with
owner_name/owner_email/department/task/due_date/due_time/flags, `next_followup` {date,time} or null, `reply` null, `notes`),
the roster (`roster.csv`) and the deterministic generator `make_heldout36.py`.

Counts: @@COUNTS@@ (no replies in this set). All send dates are April–July 2026.

    /work/blind/venv/bin/python make_heldout36.py            # rewrite every file (byte-identical on every run)
    /work/blind/venv/bin/python make_heldout36.py --check    # validate

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects; every text part decodes
strictly with its declared charset; .docx/.pdf attachments open and contain probe strings), verifies the files on disk are
exactly what the generator writes, checks the gold schema and flag rules, and recomputes every gold `due_date`/`due_time`
and `next_followup` from the message's own `Date` header in Asia/Shanghai with `chinesecalendar` (working days, statutory
holidays and make-up days) from a machine-readable rule kept next to each item in the generator. The gold itself was written
by hand; the rules only re-derive it. The set was not scored against any parser.

2026 calendar facts used (chinesecalendar 1.11): Qingming 04-04..04-06 off (04-03 Fri works, no make-up day); Labour Day
05-01..05-05 off, **Sat 05-09 is a make-up working day**; Dragon Boat 06-19..06-21 off (no make-up day).

## Organisations (all invented; domains under example.*)

| org | domain | bot address | kind | mail host / typical clients |
| --- | --- | --- | --- | --- |
| 蚌埠市公共交通集团有限公司 (city bus group, Bengbu) | bbgongjiao.example.cn | 会议纪要助手 minutes@bbgongjiao.example.cn | state-owned enterprise: formal 纪要, 责任单位/完成时限 | own Coremail server; Outlook zh-CN, Coremail webmail, Foxmail, Thunderbird, DingTalk mail client |
| 赣州南康木之源家居有限公司 (furniture maker, Nankang, Ganzhou) | muzhiyuan.example.cn | 纪要助手 minutes@muzhiyuan.example.cn | private manufacturer: Excel pastes, chat pastes, titles as owners | Tencent Exmail; Foxmail, Exmail web, WeCom, Outlook zh-CN, iPhone Mail, NetEase Mail Master |
| 成都栈桥科技有限公司 (restaurant SaaS start-up, Chengdu) | zhanqiao.example.cn | minutebot minutes@zhanqiao.example.cn | internet company: English nicknames, markdown, AI minutes | Feishu/Lark Mail; NeoMutt, Feishu Mail, Outlook for Mac, Thunderbird, Apple Mail, iPhone, Foxmail, Outlook (en), QQ Mail app |
| 肇庆朝宏车灯有限公司 / Zhaoqing Asahiro Auto Lamp Co., Ltd. (Japanese-owned) | zq-asahiro.example.cn | Minutes Bot minutes@zq-asahiro.example.cn | foreign-invested: Japanese and Chinese staff writing English | Microsoft 365; Outlook en/zh-CN/ja-JP/zh-TW, Outlook on the web, Outlook for iOS |

Outsiders who write (in the roster, department empty): 钱卫东 (university consultant to the bus group, 126.com), Jennifer Cole (US
customer Maple & Finch Home, Gmail/Google Workspace), Markus Weber (German machine supplier Kessler Holztechnik), Lena Hoffmann (Berlin
POS partner Kassenwerk GmbH, Outlook on the web), 中村浩二 (parent company Asahiro Lighting in Japan), 林冠宇 (Taiwanese mold maker
鴻鈞模具, Outlook zh-TW big5). Outsiders who only appear as owners in headers (Dan Whitaker, 邓强 of 蓉记火锅, Qin Zhenyu/覃振宇 of
粤骏汽车, 张倩) are deliberately **not** in the roster.

One roster serves all four organisations (they never share names). A scorer runs `minutebot parse --roster roster.csv`; the bot
address differs per organisation (each org would run its own instance).

## Conventions applied beyond the corpus README (a scorer must know them)

1. **"我 / 我这边 / 我负责 / (me)"** as owner = the sender of the mail (6405, 6417, 6430, 6431, 6434).
2. **@handles** (`@puxiaochuan`) are roster email local parts; the roster also lists them as aliases (6419).
3. **Traditional characters**: 區工/區志明 are roster aliases of 区志明; task text is kept in the writer's own script and language (English tasks stay English) (6436).
4. **Outsiders not in the roster**: owner_name is the From/To/Cc display name the text points at ('蓉记 邓总' → To 邓强; 'Yuejun SQE (Mr. Qin)' → Cc 'Qin Zhenyu'; 'Dan' → Cc 'Dan Whitaker'), owner_email from that header, department null. A staff member of our own domain who is missing from the roster is treated the same (张倩, 6408). A named person found in no header and not in the roster: owner_name as written, email null, department null (吕大伟, 6408).
5. **Groups that are neither a person nor one of the organisation's departments** (各班组长, 'All line leaders', 'Kassenwerk logistics') → owner null, department null, flag no_owner. A unit that is one of ours (机务部, 外贸部, 品质部, 总务部, 客户成功部 …) → owner null, department = that unit, no_owner — even when the sender heads that unit.
6. **Not owners**: 配合/协作方 people (also '责任人（协作方）' in the seed 跨部门协作事项跟踪表, whose row owner is 责任人（发起方）), reviewers/approvers in brackets ('冯倩（佐藤部长审核）'), and recipients ('报邵总审定', '报何总审批').
7. **"X日下班前"** = day X with no time (same as 今天下班前); **"noon"** = 12:00; **EOD / EOD tomorrow** = that date with no time.
8. **Time zones**: the send date is the Date header converted to Asia/Shanghai (-0400, +0000 and +0900 Date headers occur). A next-meeting time written in another zone is converted to Asia/Shanghai (ET → +12 h, CEST → +6 h, JST → −1 h); where the text also gives Beijing/China time the two agree.
9. **Date formats**: German DD.MM.YYYY ('24.06.2026'), M/D in Excel cells ('7/6', '7/7 14:00'), 'end of June' = the last day of June, 'Fri 26 June'.
10. **Periods and tentative dates** ('6月下旬', 'early June', '暂定6月初', '时间另定', '时间待定', 'TBD') → due null + vague_due (like 11月中旬 in the corpus).
11. **Condition without a date** ('once the ETA is confirmed', 'before container #1 is loaded') → no_due. A conditional item that has a date keeps it ('若无法调整…（4月30日前）').
12. **"下周三同一时间再碰一次"**: the time is the start time stated in the minutes' own header line (6428).
13. **'next Wed' / 'next Monday' / 'next Tuesday'** = that day of the next calendar week (the 下周X rule). In this set every such phrase gives the same date under the "coming weekday" reading too, so the case does not hinge on that policy.
14. **AI minutes**: Teams/Copilot 'Follow-up tasks' are treated like the 待办 of 飞书/钉钉/腾讯会议 智能纪要; summaries, chapters and 'Meeting notes' never give items or a next meeting, nor does the forwarder's preface.
15. **Attachment-only minutes** (.docx 6404, .pdf 6413): the items are those a human reading the attachment records; the short body gives none.
16. **Forwarded minutes** (6426): relative deadlines were chosen so that the forward's Date and the original send time give the same answer; gold uses the Date header.
17. **"RE:" carrying new minutes** (6414) is kind minutes; quoted older minutes (their items and their next meeting) are history.
18. **kind other**: a reply among people in a colleague's invitation thread (not to bot mail) (6424); a person-written newsletter sent to an all-staff distribution group with no List-*/Precedence/Auto-Submitted headers (6437); a plain request (6406). **kind auto**: DSN bounce, bulk newsletter with List-* headers, Exchange out-of-office.
19. Standing rules ('每天下班前交…', '自即日起…', '每月25日前报送…', '各分公司要严格执行…'), 会议认为/结论/Decisions, facts and remarks cells are never items (as in the corpus).

## Client and encoding notes

- Charsets: gb2312 (6401, 6404, 6408, 6415), GBK (6406, 6410), gb18030 (6411), big5 (6436), iso-2022-jp (6430 body; display names in 6430, 6432, 6438), us-ascii (6429 text), UTF-8 elsewhere. Every text part decodes strictly with its label (no GBK-only characters under a gb2312 label in this set).
- Transfer encodings: base64, quoted-printable (including soft breaks inside multibyte characters), 8bit (6405, 6419, 6422), 7bit (6430; report parts of 6407).
- Structures: text/plain only (6405, 6410, 6417, 6419, 6424, 6428, 6430), text/html only (6420), multipart/alternative (most), multipart/mixed with .docx (6404) and .pdf (6413), multipart/related with an inline PNG (6437), multipart/report DSN (6407). CRLF line ends inside Outlook/Foxmail bodies.
- Attachment names use RFC 2231 (`filename*=utf-8''…`) rather than Outlook's quoted RFC 2047 form, because `email.policy.default` records the latter as a header defect and the brief requires none.
- The .docx is written with python-docx and re-zipped with fixed timestamps; the PDF with reportlab (`invariant=1`, CID font STSong-Light, text extractable with pypdf). Message-IDs, DKIM values, Thread-Index values are synthetic (derived from hashes of the case number, so stable); no real signatures.

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
@@TABLE@@
'''

if __name__ == "__main__":
    if [a for a in sys.argv[1:] if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        HERE = [a for a in sys.argv[1:] if not a.startswith("--")][0]
        os.makedirs(HERE, exist_ok=True)
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
    sys.exit(check())
