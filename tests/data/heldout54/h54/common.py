"""Shared helpers for the heldout54 generator: roster, MIME assembly, gold items, date rules.

Everything here is deterministic: no clock, no randomness.  Raw messages are assembled by hand
(headers exactly as each client writes them) and the encodings come from the standard library
(base64, quopri, email.header / email.charset), so the bytes are stable from run to run.
"""
import base64
import calendar
import datetime as dt
import html
import io
import quopri
import re
import zipfile
from email.utils import parsedate_to_datetime
from urllib.parse import quote as urlquote
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")

# --------------------------------------------------------------------------------------------
# Organisations and roster
# --------------------------------------------------------------------------------------------
ORGS = {
    "A": dict(name="江城轨道交通运营有限公司", en="Jiangcheng Rail Transit Operation Co., Ltd. (Wuhan metro operator, SOE)",
              domain="jcmetro.example.cn", bot="minutes@jcmetro.example.cn", bot_name="纪要助手",
              mx="mx.jcmetro.example.cn"),
    "B": dict(name="绥化市北垦飞防植保专业合作社", en="Beiken Drone Crop-Protection Co-operative (Suihua, Heilongjiang)",
              domain="bkfeifang.example.cn", bot="minutes@bkfeifang.example.cn", bot_name="合作社纪要助手",
              mx="mx.bkfeifang.example.cn"),
    "C": dict(name="西安长译语言服务有限公司", en="Xi'an Chang'an Language Services Co., Ltd. (translation agency)",
              domain="changyi.example.cn", bot="minutes@changyi.example.cn", bot_name="纪要助手",
              mx="mx.changyi.example.cn"),
    "D": dict(name="东莞卢索软木制品有限公司", en="Lusocork (Dongguan) Cork Products Co., Ltd. (Portuguese-owned)",
              domain="lusocork-dg.example.com", bot="minutes@lusocork-dg.example.com", bot_name="Minutes Bot",
              mx="mx.lusocork-dg.example.com"),
}

A, B, C, D = (ORGS[k]["domain"] for k in "ABCD")

# name, email, department, manager_email, aliases
ROSTER = [
    # --- A: 江城轨道交通运营有限公司 (metro operations SOE, Wuhan) ---
    ("彭建军", f"pengjianjun@{A}", "公司领导", "", "彭总;彭副总;Peng Jianjun"),
    ("谭国华", f"tanguohua@{A}", "综合办公室", f"pengjianjun@{A}", "谭主任;Tan Guohua"),
    ("熊丽君", f"xionglijun@{A}", "综合办公室", f"tanguohua@{A}", "小熊;Xiong Lijun"),
    ("柯文静", f"kewenjing@{A}", "运营调度中心", f"pengjianjun@{A}", "柯主任;Ke Wenjing"),
    ("龚晨", f"gongchen@{A}", "运营调度中心", f"kewenjing@{A}", "龚工;Gong Chen"),
    ("万志刚", f"wanzhigang@{A}", "车辆部", f"pengjianjun@{A}", "万部长;万部;Wan Zhigang"),
    ("喻晓峰", f"yuxiaofeng@{A}", "车辆部", f"wanzhigang@{A}", "喻工;Yu Xiaofeng"),
    ("付红梅", f"fuhongmei@{A}", "客运部", f"pengjianjun@{A}", "付部长;Fu Hongmei"),
    ("雷鸣", f"leiming@{A}", "客运部", f"fuhongmei@{A}", "雷主管;Lei Ming"),
    ("严俊", f"yanjun@{A}", "安全监察部", f"pengjianjun@{A}", "严部长;Yan Jun"),
    ("邵建平", f"shaojianping@{A}", "信号通信部", f"pengjianjun@{A}", "邵部长;Shao Jianping"),
    ("桂文斌", f"guiwenbin@{A}", "信号通信部", f"shaojianping@{A}", "桂工;Gui Wenbin"),
    ("聂海涛", f"niehaitao@{A}", "供电部", f"pengjianjun@{A}", "聂部长;Nie Haitao"),
    ("胡蓉", f"hurong@{A}", "供电部", f"niehaitao@{A}", "胡工;Hu Rong"),
    ("鲁卫东", f"luweidong@{A}", "物资设备部", f"pengjianjun@{A}", "鲁部长;Lu Weidong"),
    ("詹志远", f"zhanzhiyuan@{A}", "物资设备部", f"luweidong@{A}", "詹主管;Zhan Zhiyuan"),
    # --- B: 北垦飞防植保专业合作社 (drone crop-protection co-operative, Suihua) ---
    ("于长海", f"yuchanghai@{B}", "理事会", "", "于理事长;老于;于总;Yu Changhai"),
    ("关淑芬", f"guanshufen@{B}", "财务室", f"yuchanghai@{B}", "关会计;Guan Shufen"),
    ("刘大鹏", f"liudapeng@{B}", "作业队", f"yuchanghai@{B}", "刘队;大鹏;Liu Dapeng"),
    ("白雪", f"baixue@{B}", "作业队", f"liudapeng@{B}", "小白;Bai Xue"),
    ("隋宝林", f"suibaolin@{B}", "机务组", f"yuchanghai@{B}", "隋师傅;老隋;Sui Baolin"),
    ("孟凡旭", f"mengfanxu@{B}", "技术组", f"yuchanghai@{B}", "小孟;孟技术员;Meng Fanxu"),
    # --- C: 西安长译语言服务有限公司 (translation agency, Xi'an) ---
    ("寇欣", f"kouxin@{C}", "总经办", "", "寇总;Kou Xin"),
    ("来宏伟", f"laihongwei@{C}", "销售部", f"kouxin@{C}", "来总;Lai Hongwei;Henry Lai"),
    ("贺嘉怡", f"hejiayi@{C}", "项目部", f"kouxin@{C}", "贺经理;Joy He;Joy"),
    ("苗雨晴", f"miaoyuqing@{C}", "项目部", f"hejiayi@{C}", "小苗;Sunny Miao;Sunny"),
    ("段文轩", f"duanwenxuan@{C}", "译审部", f"kouxin@{C}", "段老师;Duan Wenxuan;Dr. Duan"),
    ("屈婷", f"quting@{C}", "译审部", f"duanwenxuan@{C}", "屈老师;Qu Ting"),
    ("杜泽宇", f"duzeyu@{C}", "本地化技术部", f"kouxin@{C}", "杜工;Zeyu Du;Du Zeyu;Zeyu"),
    ("党博", f"dangbo@{C}", "口译部", f"kouxin@{C}", "党老师;Dang Bo"),
    ("闫晓蕾", f"yanxiaolei@{C}", "人事行政部", f"kouxin@{C}", "闫姐;Yan Xiaolei"),
    # --- D: 东莞卢索软木制品有限公司 / Lusocork (Dongguan) (Portuguese-owned cork plant) ---
    ("Rui Figueiredo", f"rui.figueiredo@{D}", "Management", "", "Rui;RF"),
    ("Inês Carvalho", f"ines.carvalho@{D}", "Quality", f"rui.figueiredo@{D}", "Inês;Ines;Ines Carvalho"),
    ("Tiago Mendes", f"tiago.mendes@{D}", "Production", f"rui.figueiredo@{D}", "Tiago;TM"),
    ("叶伟明", f"wilson.ye@{D}", "Production", f"tiago.mendes@{D}", "Wilson;Wilson Yip;Wilson Ye;叶主管"),
    ("陈家豪", f"kenny.chen@{D}", "Warehouse", f"tiago.mendes@{D}", "Kenny;Kenny Chan;阿豪"),
    ("冼志强", f"jason.xian@{D}", "Purchasing", f"rui.figueiredo@{D}", "Jason;Jason Sin"),
    ("何美玲", f"mandy.he@{D}", "Sales", f"rui.figueiredo@{D}", "Mandy;Mandy Ho"),
    ("邝海燕", f"fiona.kuang@{D}", "EHS", f"rui.figueiredo@{D}", "Fiona;Fiona Kwong"),
    ("梁嘉欣", f"karen.liang@{D}", "HR & Admin", f"rui.figueiredo@{D}", "Karen;Karen Leung"),
    # --- outsiders who write to the bot (department empty: not one of ours) ---
    ("卓凯", "zhuokai@zhongxin-signal.example.com", "", "", "卓工;Zhuo Kai"),
    ("曲晓东", "quxiaodong@nongji-beilin.example.gov.cn", "", "", "曲科长;Qu Xiaodong"),
    ("林佩君", "peichun.lin@dingsheng.example.com.tw", "", "", "Peggy Lin;Peggy;林經理"),
    ("Joana Pereira", "joana.pereira@lusocork.example.pt", "", "", "Joana"),
    ("Tom Kelly", "tom.kelly@barossaridge.example.com.au", "", "", "Tom"),
]
BY_NAME = {r[0]: r for r in ROSTER}
ROSTER_EMAILS = {r[1] for r in ROSTER}
DEPARTMENTS = {r[2] for r in ROSTER if r[2]}


def em(name):
    """Roster e-mail of a person (KeyError if unknown: catches typos in the cases)."""
    return BY_NAME[name][1]


def roster_csv():
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Gold items
# --------------------------------------------------------------------------------------------
_UNSET = object()


def item(owner, task, due=None, time=None, flags=(), rule=None, dept=_UNSET, email=_UNSET, anchor=None):
    """One gold item.  owner: roster name, or an outsider's name (then give email=), or None.
    rule: how the due date is derived from the Date header (re-checked by --check)."""
    if owner is not None and owner in BY_NAME and email is _UNSET:
        r = BY_NAME[owner]
        o_email = r[1]
        o_dept = r[2] or None
    else:
        o_email = None if email is _UNSET else email
        o_dept = None
    if dept is not _UNSET:
        o_dept = dept
    flags = list(flags)
    if owner is None and "no_owner" not in flags:
        flags.append("no_owner")
    order = ["vague_due", "no_owner", "no_due"]
    flags = sorted(set(flags), key=order.index)
    return {
        "owner_name": owner, "owner_email": o_email, "department": o_dept, "task": task,
        "due_date": due, "due_time": time, "flags": flags,
        "_rule": rule, "_anchor": anchor if anchor is not None else task,
    }


def followup(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}


# --------------------------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec_of(label):
    return CODEC[label.lower()]


def ew(s, charset="utf-8", enc="B", label=None):
    """RFC 2047 encoded words for s (or s itself when ASCII).  Splits on character boundaries so
    that no word is longer than 75 characters; words are joined with a folding space."""
    if all(ord(c) < 128 for c in s):
        return s
    label = label or charset
    codec = codec_of(charset)
    words, cur = [], ""

    def enc_chunk(chunk):
        raw = chunk.encode(codec)
        if enc.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(
                c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "=%02X" % ord(c))
                for c in raw.decode("latin-1"))
        return f"=?{label}?{enc}?{body}?="

    for ch in s:
        if len(enc_chunk(cur + ch)) > 75:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B", quote=False, label=None):
    if not name:
        return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r"[,.;:()<>@\[\]\"']", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    # encoded words are never put inside quotes (RFC 2047 section 5; policy.default flags it)
    return f"{ew(name, charset, enc, label)} <{email}>"


def addrs(pairs, charset="utf-8", enc="B", quote=False, sep=",\n\t", label=None):
    return sep.join(addr(n, e, charset, enc, quote, label) for n, e in pairs)


def received_chain(org_key, sender_host, sender_ip, date_hdr, qid, envelope_from, extra=(), delay=3,
                   rcpt=None):
    """Return-Path / Delivered-To / Received lines added by the receiving server (Postfix)."""
    o = ORGS[org_key]
    rcpt = rcpt or o["bot"]
    t = parsedate_to_datetime(date_hdr).astimezone(SH) + dt.timedelta(seconds=delay)
    stamp = t.strftime("%a, %d %b %Y %H:%M:%S +0800 (CST)")
    lines = [
        ("Return-Path", f"<{envelope_from}>" if envelope_from else "<>"),
        ("Delivered-To", rcpt),
        ("Received", f"from {sender_host} ({sender_host} [{sender_ip}])\n\tby {o['mx']} (Postfix) with ESMTPS id {qid}"
                     f"\n\tfor <{rcpt}>; {stamp}"),
    ]
    for h in extra:
        lines.append(h)
    return lines


# --------------------------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------------------------
def _fold_params(ctype, params):
    s = ctype
    for k, v in params:
        if v is None:
            continue
        s += f";\n\t{k}=\"{v}\"" if not k.endswith("*") else f";\n\t{k}={v}"
    return s


class Leaf:
    """A single body part.  text + charset for text parts, data for binary parts."""

    def __init__(self, ctype, text=None, charset="utf-8", cte="base64", data=None, params=(),
                 headers=(), filename=None, disposition=None, fn_style="rfc2231", fn_charset="utf-8",
                 label=None, inline_params=False):
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.data, self.params, self.headers = data, list(params), list(headers)
        self.filename, self.disposition, self.fn_style, self.fn_charset = filename, disposition, fn_style, fn_charset
        self.label = label or charset
        self.inline_params = inline_params

    def raw(self):
        if self.data is not None:
            return self.data
        return self.text.encode(codec_of(self.charset))

    def render(self):
        raw = self.raw()
        params = []
        if self.text is not None and self.charset:
            params.append(("charset", self.label))
        params += self.params
        name_param = None
        if self.filename:
            if self.fn_style == "rfc2231":
                fn = "utf-8''" + urlquote(self.filename.encode("utf-8"), safe="")
                name_param = ("name*", fn)
                disp_fn = ("filename*", fn)
            elif self.fn_style == "rfc2047":
                e = ew(self.filename, self.fn_charset, "B").replace("\n ", "")
                name_param = ("name", e)
                disp_fn = ("filename", e)
            else:
                name_param = ("name", self.filename)
                disp_fn = ("filename", self.filename)
            params.append(name_param)
        if self.inline_params:
            ct = self.ctype + "".join(
                f"; {k}={v}" if (k.endswith("*") or re.fullmatch(r"[A-Za-z0-9._-]+", v)) else f'; {k}="{v}"'
                for k, v in params)
        else:
            ct = _fold_params(self.ctype, params)
        out = [("Content-Type", ct)]
        out.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            d = self.disposition
            if self.filename:
                k, v = disp_fn
                d += f";\n\t{k}=\"{v}\"" if not k.endswith("*") else f";\n\t{k}={v}"
            out.append(("Content-Disposition", d))
        out += self.headers
        if self.cte == "base64":
            body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:  # 7bit / 8bit
            body = raw if raw.endswith(b"\n") else raw + b"\n"
        return _hdr_bytes(out) + b"\n" + body


class Multi:
    def __init__(self, subtype, parts, boundary, params=(), preamble=None, headers=()):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble, self.headers = list(params), preamble, list(headers)

    def render(self):
        ct = f"multipart/{self.subtype};\n\t" + ";\n\t".join(
            [f"{k}=\"{v}\"" for k, v in self.params] + [f"boundary=\"{self.boundary}\""])
        out = _hdr_bytes([("Content-Type", ct)] + self.headers) + b"\n"
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n" + p.render()
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


class Raw:
    """A part whose headers and body are given verbatim (message/delivery-status, rfc822-headers)."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        b = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        return _hdr_bytes(self.headers) + b"\n" + b


def _hdr_bytes(pairs):
    out = b""
    for k, v in pairs:
        line = f"{k}: {v}\n"
        out += line.encode("ascii")
    return out


def build(headers, body, crlf=False):
    """headers: list of (name, value) in order, values already encoded.  body: Leaf/Multi."""
    b = _hdr_bytes(headers) + body.render()
    if crlf:
        b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return b


# --------------------------------------------------------------------------------------------
# Body text helpers
# --------------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def to_html(text, style="div", font=None):
    """Rich-text rendering of a plain body the way web/desktop editors do it: one block a line."""
    lines = text.rstrip("\n").split("\n")
    if style == "div":  # Coremail, Exmail, 163, Feishu
        inner = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        f = font or "微软雅黑"
        return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                f"<body><div style=\"font-family:{f};font-size:14px;line-height:1.7\">{inner}</div></body></html>\n")
    if style == "gmail":
        inner = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        return f"<div dir=\"ltr\">{inner}</div>\n"
    if style == "outlook":
        inner = "".join(
            f"<p class=MsoNormal>{esc(l) if l.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in lines)
        return OUTLOOK_HTML_HEAD + "<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n" \
            "<div class=WordSection1>\n" + inner + "</div>\n</body>\n</html>\n"
    if style == "foxmail":
        inner = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\">"
                "<style>body { line-height: 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; "
                "color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n" + inner + "\n</body></html>\n")
    if style == "apple":
        inner = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                + inner + "</body></html>\n")
    raise ValueError(style)


OUTLOOK_HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:等线; panose-1:2 1 6 0 3 1 1 1 1 1;}
@font-face {font-family:"Calibri"; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt; font-family:等线;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:等线; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:等线;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
"""


def html_to_text(h):
    """Rough plain-text alternative of an HTML body (what clients put in text/plain)."""
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?is)<!--.*?-->", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|li|h\d|table|blockquote)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    h = html.unescape(h).replace("\xa0", " ")
    lines = [l.rstrip(" \t") for l in h.split("\n")]
    out, blank = [], 0
    for l in lines:
        if not l.strip():
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(l)
    return "\n".join(out).strip("\n") + "\n"


def normalize_for_search(s):
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", "", s)


# --------------------------------------------------------------------------------------------
# Attachments: .docx (python-docx, re-zipped with fixed timestamps) and PDF (reportlab, invariant)
# --------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def rezip_fixed(blob, when=FIXED_ZIP_TIME):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author, created, title):
    """blocks: list of ('h', text) | ('p', text) | ('table', [[cells]...])."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 2
    cp.comments = ""
    cp.title = title
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return rezip_fixed(buf.getvalue())


def docx_text(blob):
    import docx
    d = docx.Document(io.BytesIO(blob))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def make_pdf(lines, title, author):
    """lines: list of (style, text) with style in 'title', 'p', 'row' (row = list of cells)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    w, h = A4
    y = h - 60
    for style, val in lines:
        if style == "title":
            c.setFont("STSong-Light", 15)
            c.drawCentredString(w / 2, y, val)
            y -= 30
        elif style == "p":
            c.setFont("STSong-Light", 10.5)
            c.drawString(56, y, val)
            y -= 18
        elif style == "row":
            c.setFont("STSong-Light", 10)
            xs = [56, 86, 300, 420]
            for x, cell in zip(xs, val):
                c.drawString(x, y, cell)
            y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Date rules (used by --check to recompute every gold date from the Date header)
# --------------------------------------------------------------------------------------------
def sent_local(date_hdr):
    return parsedate_to_datetime(date_hdr).astimezone(SH)


def resolve(rule, date_hdr):
    """Return (date 'YYYY-MM-DD' or None, time 'HH:MM' or None) for a rule tuple."""
    import chinese_calendar as cc
    t0 = sent_local(date_hdr)
    d0 = t0.date()
    kind = rule[0]
    args = list(rule[1:])
    tm = None

    def fmt(d):
        return d.isoformat()

    if kind in ("vague", "none"):
        return None, None
    if kind == "abs":  # explicit date in the text, optionally with the weekday the text gives
        d = dt.date.fromisoformat(args[0])
        if len(args) > 1 and args[1] is not None:
            assert d.isoweekday() == args[1], (rule, "weekday written in the text does not match")
        tm = args[2] if len(args) > 2 else None
    elif kind == "md":  # month-day without a year: the year of the send date
        d = dt.date(d0.year, args[0], args[1])
        tm = args[2] if len(args) > 2 else None
    elif kind == "wd":  # bare weekday: this week's if not yet past, else next week's
        n = args[0]
        w = d0.isoweekday()
        d = d0 + dt.timedelta(days=(n - w) if n >= w else (7 - w + n))
        tm = args[1] if len(args) > 1 else None
    elif kind == "this_wd":
        d = d0 - dt.timedelta(days=d0.isoweekday() - 1) + dt.timedelta(days=args[0] - 1)
        tm = args[1] if len(args) > 1 else None
    elif kind == "next_wd":
        d = d0 - dt.timedelta(days=d0.isoweekday() - 1) + dt.timedelta(days=7 + args[0] - 1)
        tm = args[1] if len(args) > 1 else None
    elif kind == "wdays":  # N个工作日内: counted from the day after sending
        n, d = args[0], d0
        while n:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n -= 1
    elif kind == "month_end":
        d = dt.date(d0.year, d0.month, calendar.monthrange(d0.year, d0.month)[1])
    elif kind == "today":
        d = d0
        tm = args[0] if args else None
    elif kind == "tomorrow":
        d = d0 + dt.timedelta(days=1)
        tm = args[0] if args else None
    elif kind == "hours":
        t = t0 + dt.timedelta(hours=args[0])
        d, tm = t.date(), t.strftime("%H:%M")
    elif kind in ("after_hol", "before_hol"):
        name = args[0]
        d = d0
        for _ in range(120):
            on, hname = cc.get_holiday_detail(d)
            if on and hname and str(hname) == name and not cc.is_workday(d):
                break
            d += dt.timedelta(days=1)
        else:
            raise AssertionError(f"holiday {name} not found after {d0}")
        if kind == "after_hol":
            while not cc.is_workday(d):
                d += dt.timedelta(days=1)
        else:
            d -= dt.timedelta(days=1)
            while not cc.is_workday(d):
                d -= dt.timedelta(days=1)
            assert d >= d0, "before_hol already past"
    elif kind == "tz":  # a stated date and time in another zone -> Asia/Shanghai
        day, hm, offset_min = args
        t = dt.datetime.fromisoformat(f"{day}T{hm}:00").replace(
            tzinfo=dt.timezone(dt.timedelta(minutes=offset_min))).astimezone(SH)
        d, tm = t.date(), t.strftime("%H:%M")
    else:
        raise ValueError(rule)
    return fmt(d), tm
