#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout50" (cases 7801-7838).

Usage:
    /work/blind/venv/bin/python make_heldout50.py            # (re)write every .eml/.json, roster.csv, README.md
    /work/blind/venv/bin/python make_heldout50.py --check    # re-parse and re-validate what is on disk

Deterministic: no clock, no randomness.  Every message is assembled by hand (headers, boundaries,
transfer encodings) so that it looks like the client it imitates; --check re-parses every .eml with
email.policy.default, requires zero defects and a strict decode of every text part (a "gb2312" label
is decoded as GBK, as every mail reader does), and recomputes every gold date from the message's own
Date header in Asia/Shanghai with the chinesecalendar package.
"""
import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import os
import quopri
import re
import sys
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SH = ZoneInfo("Asia/Shanghai")

# ---------------------------------------------------------------------------------------------
# Roster
# ---------------------------------------------------------------------------------------------
A_DOM = "zyhsr.example.cn"          # 中原高铁运维有限公司 许昌动车运用所 (SOE, HSR maintenance depot)
B_DOM = "dianyue-dental.example.cn"  # 滇悦口腔 (private dental-clinic chain, Kunming)
C_DOM = "tuolinglog.example.cn"     # 驼铃跨境物流 (cross-border logistics start-up, Urumqi)
D_DOM = "maplefrost.example.cn"     # 枫霜酒业（大连）/ Maple Frost Wines (Canadian-owned ice-wine importer)

BOT = {
    "A": ("纪要助手", "jiyao@" + A_DOM),
    "B": ("纪要助手", "jiyao@" + B_DOM),
    "C": ("会议纪要机器人", "minutes@" + C_DOM),
    "D": ("Minutes Bot", "minutes@" + D_DOM),
}

ROSTER_ROWS = [
    # name, local/email, department, manager(name), aliases
    # --- A: 许昌动车运用所
    ("赵振华", "zhaozhenhua@" + A_DOM, "所领导", None, "赵所长;赵所;Zhao Zhenhua"),
    ("孙立军", "sunlijun@" + A_DOM, "所领导", "赵振华", "孙副所长;孙所;Sun Lijun"),
    ("陈晓东", "chenxiaodong@" + A_DOM, "综合办公室", "赵振华", "陈主任;Chen Xiaodong"),
    ("范丽", "fanli@" + A_DOM, "综合办公室", "陈晓东", "小范;Fan Li"),
    ("刘建平", "liujianping@" + A_DOM, "检修车间", "孙立军", "刘主任;Liu Jianping"),
    ("韩卫东", "hanweidong@" + A_DOM, "检修车间", "刘建平", "韩工长;Han Weidong"),
    ("杜鹏", "dupeng@" + A_DOM, "运用车间", "孙立军", "杜主任;Du Peng"),
    ("郭宁", "guoning@" + A_DOM, "运用车间", "杜鹏", "郭指导;Guo Ning"),
    ("王宏伟", "wanghongwei@" + A_DOM, "技术科", "孙立军", "王科长;王工;Wang Hongwei"),
    ("李静", "lijing@" + A_DOM, "技术科", "王宏伟", "李工;Li Jing"),
    ("周海燕", "zhouhaiyan@" + A_DOM, "安全科", "赵振华", "周科长;Zhou Haiyan"),
    ("马骏", "majun@" + A_DOM, "物资科", "孙立军", "马科长;Ma Jun"),
    # --- B: 滇悦口腔
    ("张志远", "zhangzhiyuan@" + B_DOM, "总经办", None, "张总;Zhang Zhiyuan"),
    ("钱慧", "qianhui@" + B_DOM, "医务部", "张志远", "钱老师;钱主任;Qian Hui"),
    ("段晓雯", "duanxiaowen@" + B_DOM, "运营中心", "张志远", "段经理;晓雯;Wendy;Wendy Duan"),
    ("罗婷", "luoting@" + B_DOM, "市场部", "段晓雯", "罗经理;Tina;Tina Luo"),
    ("何佳", "hejia@" + B_DOM, "市场部", "罗婷", "小何;He Jia"),
    ("杞红", "qihong@" + B_DOM, "采购部", "段晓雯", "杞主管;Qi Hong"),
    ("苏明", "suming@" + B_DOM, "信息部", "段晓雯", "苏工;Sam;Su Ming"),
    ("卢芳", "lufang@" + B_DOM, "财务部", "张志远", "卢经理;Lu Fang"),
    ("李春梅", "lichunmei@" + B_DOM, "翠湖门诊", "钱慧", "李护士长;春梅;Li Chunmei"),
    ("普建明", "pujianming@" + B_DOM, "呈贡门诊", "钱慧", "普院长;Pu Jianming"),
    ("王磊", "wanglei@" + B_DOM, "呈贡门诊", "普建明", "王医生;Wang Lei"),
    ("杨晓兰", "yangxiaolan@" + B_DOM, "呈贡门诊", "普建明", "杨护士长;晓兰;Yang Xiaolan"),
    ("林怡君", "yichun.lin@xinchi-dental.example.com.tw", None, None, "林小姐;Yvonne Lin;Lin Yi-chun"),
    # --- C: 驼铃跨境物流
    ("艾尔肯·吐尔洪", "erkin@" + C_DOM, "总裁办", None, "艾总;艾尔肯;Erkin;Erkin Turghun"),
    ("曹毅", "caoyi@" + C_DOM, "运营部", "艾尔肯·吐尔洪", "曹经理;Cao Yi"),
    ("周童", "zhoutong@" + C_DOM, "运营部", "曹毅", "童童;小周;Zhou Tong"),
    ("韦志远", "weizhiyuan@" + C_DOM, "仓储部", "曹毅", "韦主管;老韦;Wei Zhiyuan"),
    ("古丽娜·阿不都", "gulina@" + C_DOM, "关务部", "艾尔肯·吐尔洪", "古丽娜;Gulina;Gulina Abdu"),
    ("徐航", "xuhang@" + C_DOM, "产品技术部", "艾尔肯·吐尔洪", "航哥;Xu Hang"),
    ("邓思雨", "dengsiyu@" + C_DOM, "产品技术部", "徐航", "思雨;Siyu;Siyu Deng"),
    ("吴凯", "wukai@" + C_DOM, "产品技术部", "徐航", "凯哥;Kai;Kai Wu"),
    ("马晓燕", "maxiaoyan@" + C_DOM, "商务部", "艾尔肯·吐尔洪", "马经理;晓燕;Xiaoyan;Xiaoyan Ma"),
    ("Aigerim Nurlanovna", "aigerim.n@steppefreight.example.kz", None, None, "Aigerim;Айгерим"),
    ("阿依古丽", "tsgy_ayiguli@163.com", None, None, "Ayiguli;阿依古丽·买买提"),
    # --- D: Maple Frost Wines
    ("Graham Whitfield", "graham.whitfield@" + D_DOM, "Management", None, "Graham;GW"),
    ("Chloe Tremblay", "chloe.tremblay@" + D_DOM, "Marketing", "Graham Whitfield", "Chloe"),
    ("孙悦", "sun.yue@" + D_DOM, "Supply Chain", "Graham Whitfield", "Sunny;Sunny Sun;Sun Yue;孙经理"),
    ("于海洋", "yu.haiyang@" + D_DOM, "Supply Chain", "孙悦", "Ocean;Ocean Yu;于主管;海洋"),
    ("姜楠", "jiang.nan@" + D_DOM, "Sales", "Graham Whitfield", "Nancy;Nancy Jiang;姜经理"),
    ("曲文博", "qu.wenbo@" + D_DOM, "Sales", "姜楠", "Wilson;Wilson Qu;文博"),
    ("Daniel Kowalski", "daniel.kowalski@" + D_DOM, "Finance", "Graham Whitfield", "Dan;Daniel;Dan Kowalski"),
    ("刘畅", "liu.chang@" + D_DOM, "Finance", "Daniel Kowalski", "Cherry;Cherry Liu;畅畅"),
    ("宋佳琪", "song.jiaqi@" + D_DOM, "Marketing", "Chloe Tremblay", "Kiki;Kiki Song"),
    ("Megan O'Connell", "megan.oconnell@niagarabench.example.ca", None, None, "Megan"),
]
ROSTER = {r[0]: {"email": r[1], "department": r[2], "manager": r[3], "aliases": r[4]} for r in ROSTER_ROWS}


def email_of(name):
    return ROSTER[name]["email"]


# ---------------------------------------------------------------------------------------------
# Date rules (used both to write the gold and, in --check, to recompute it from the Date header)
# ---------------------------------------------------------------------------------------------
def is_work(d):
    return chinese_calendar.is_workday(d)


def resolve(rule, sent):
    """rule -> (date or None, time 'HH:MM' or None).  sent: aware datetime (any zone)."""
    loc = sent.astimezone(SH)
    d0 = loc.date()
    kind, _, arg = rule.partition(":")
    if kind in ("vague", "none"):
        return None, None
    if kind == "abs":                         # abs:M-D
        m, d = arg.split("-")
        return dt.date(2026, int(m), int(d)), None
    if kind == "today":
        return d0, None
    if kind == "tomorrow":
        return d0 + dt.timedelta(1), None
    if kind == "dayafter":
        return d0 + dt.timedelta(2), None
    if kind == "wd":                          # bare weekday: this week's if not past, else next week's
        n = int(arg)
        delta = n - d0.weekday()
        if delta < 0:
            delta += 7
        return d0 + dt.timedelta(delta), None
    if kind == "this":                        # 本周X (must not be past)
        n = int(arg)
        assert n >= d0.weekday(), rule
        return d0 + dt.timedelta(n - d0.weekday()), None
    if kind == "next":                        # 下周X: weekday n of the following calendar week
        n = int(arg)
        monday = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7)
        return monday + dt.timedelta(n), None
    if kind == "wdays":                       # N个工作日内, counted from the day after sending
        n = int(arg)
        d = d0
        while n:
            d += dt.timedelta(1)
            if is_work(d):
                n -= 1
        return d, None
    if kind == "mend":                        # 月底 / 本月底 / end of month (mend or mend:M)
        m = int(arg) if arg else d0.month
        nxt = dt.date(2026, m + 1, 1) if m < 12 else dt.date(2027, 1, 1)
        return nxt - dt.timedelta(1), None
    if kind in ("afterhol", "beforehol"):     # first working day after / last working day before the next holiday block
        d = d0
        while True:                           # find the first statutory holiday day on or after the send date
            on, name = chinese_calendar.get_holiday_detail(d)
            if on and name is not None:
                break
            d += dt.timedelta(1)
        if kind == "beforehol":
            e = d - dt.timedelta(1)
            while not is_work(e):
                e -= dt.timedelta(1)
            return e, None
        e = d
        while not is_work(e):
            e += dt.timedelta(1)
        return e, None
    if kind == "hours":                       # N小时内 from the Date header instant
        t = loc + dt.timedelta(hours=int(arg))
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


# ---------------------------------------------------------------------------------------------
# MIME assembly helpers
# ---------------------------------------------------------------------------------------------
PYCS = {"gb2312": "gbk", "GB2312": "gbk", "GBK": "gbk", "gbk": "gbk", "gb18030": "gb18030",
        "utf-8": "utf-8", "UTF-8": "utf-8", "big5": "big5", "Big5": "big5", "us-ascii": "ascii",
        "iso-8859-1": "latin-1"}


def pycs(label):
    return PYCS.get(label, label)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    if not out.endswith("\n"):
        out += "\n"
    return out


def ew(text, cs="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words (several, separated by a folding space, when long)."""
    pcs = pycs(cs)
    words, cur = [], ""

    def enc_one(chunk):
        raw = chunk.encode(pcs)
        if enc == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?Q?%s?=" % (cs, q)

    for ch in text:
        if len(enc_one(cur + ch)) > maxlen:
            words.append(enc_one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_one(cur))
    return "\n ".join(words)


def needs_enc(s):
    return any(ord(c) > 127 for c in s)


def addr(name, mail, cs="utf-8", quote=False, enc="B"):
    if not name:
        return "<%s>" % mail if quote else mail
    if needs_enc(name):
        w = ew(name, cs, enc)
        return ('"%s" <%s>' % (w, mail)) if quote else ("%s <%s>" % (w, mail))
    if re.search(r'[,.;:@"()<>\[\]]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
    return "%s <%s>" % (name, mail)


def addr_list(items, cs="utf-8", quote=False, enc="B"):
    return ",\n ".join(addr(n, m, cs, quote, enc) for n, m in items)


def person(name):
    return (name, email_of(name))


def subj(text, cs="utf-8", enc="B"):
    return ew(text, cs, enc) if needs_enc(text) else text


class Leaf:
    def __init__(self, ctype, content, charset=None, cte="base64", params="", headers=(), qcs=True):
        self.ctype, self.content, self.charset, self.cte = ctype, content, charset, cte
        self.params, self.headers, self.qcs = params, list(headers), qcs

    def render(self):
        """-> bytes (LF line ends)."""
        data = self.content.encode(pycs(self.charset)) if isinstance(self.content, str) else self.content
        ct = self.ctype
        if self.charset:
            ct += ('; charset="%s"' if self.qcs else "; charset=%s") % self.charset
        ct += self.params
        lines = ["Content-Type: " + ct] + self.headers
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.cte == "base64":
            body = b64(data).encode("ascii")
        elif self.cte == "quoted-printable":
            body = qp(data).encode("ascii")
        else:                                   # 7bit / 8bit: raw bytes
            body = data if data.endswith(b"\n") else data + b"\n"
        return head + body


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params="", headers=()):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.params, self.headers = preamble, params, list(headers)

    def render(self):
        lines = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.params, self.boundary)]
        lines += self.headers
        out = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.preamble:
            out += (self.preamble + "\n").encode("ascii")
        for p in self.parts:
            out += ("\n--" + self.boundary + "\n").encode("ascii") + p.render()
        out += ("\n--" + self.boundary + "--\n").encode("ascii")
        return out


def received(from_clause, dom, qid, date_str, bot_addr):
    return ("Received: from %s\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (from_clause, dom, qid, bot_addr, date_str))


def fmt_date(y, mo, d, h, mi, s, off="+0800", pad=False, suffix=""):
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    out = email.utils.format_datetime(t).replace(" -0000", " +0000")
    if not pad:
        out = re.sub(r"^(\w{3}, )0", r"\1", out)
    return out + suffix, t


def add_secs(date_str, secs, off_label=True):
    """Timestamp of the receiving server (in China, +0800) a few seconds after the Date header."""
    t = (email.utils.parsedate_to_datetime(date_str) + dt.timedelta(seconds=secs)).astimezone(SH)
    s = re.sub(r"^(\w{3}, )0", r"\1", email.utils.format_datetime(t))
    return s + (" (CST)" if off_label else "")


def assemble(top_headers, body_obj, crlf=False):
    """top_headers: list of 'Name: value' strings (already folded, ASCII).  body_obj: Leaf or Multi."""
    rendered = body_obj.render()
    head, _, body = rendered.partition(b"\n\n")
    data = ("\n".join(top_headers) + "\n").encode("ascii") + head + b"\n\n" + body
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text, p_open="<p>", p_close="</p>"):
    out = []
    for line in text.split("\n"):
        out.append(p_open + (esc(line) if line.strip() else "&nbsp;") + p_close)
    return "\n".join(out)


def outlook_html(body_html, cs="utf-8", lang="ZH-CN", font="等线"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
            '\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, font, font, lang, body_html)


def mso_paras(text):
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal"><span style="font-size:11.0pt">%s<o:p></o:p></span></p>' % esc(line))
        else:
            out.append('<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>')
    return "\n".join(out)


def simple_table(rows, attrs='border="1" cellspacing="0" cellpadding="4"', header=True):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Case registry
# ---------------------------------------------------------------------------------------------
CASES = []


def item(owner, task, rule, exp, time=None, flags=(), dept="__roster__", mail="__roster__", name=None, loose=False):
    """owner: roster name, None (no person), or an outsider display name with mail given.
    rule: date rule for --check; exp: the hand-worked expected date (or None)."""
    if owner is None:
        oname, omail = None, None
        odept = None if dept == "__roster__" else dept
    elif owner in ROSTER:
        oname = owner
        omail = ROSTER[owner]["email"] if mail == "__roster__" else mail
        odept = ROSTER[owner]["department"] if dept == "__roster__" else dept
    else:
        oname = owner
        omail = None if mail == "__roster__" else mail
        odept = None if dept == "__roster__" else dept
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.insert(0, "no_owner")
    if rule == "vague" and "vague_due" not in fl:
        fl.append("vague_due")
    if rule == "none" and "no_due" not in fl:
        fl.append("no_due")
    order = ["vague_due", "no_owner", "no_due"]
    fl = sorted(set(fl), key=order.index)
    return {"owner_name": name or oname, "owner_email": omail, "department": odept, "task": task,
            "due_date": exp, "due_time": time, "flags": fl, "_rule": rule, "_loose": loose}


def case(num, slug, kind, eml, items=(), nxt=None, notes="", summary="", tests="", attach_text=None):
    """nxt: None or (rule, expected_date, time)."""
    CASES.append({"num": num, "slug": slug, "kind": kind, "eml": eml, "items": list(items), "next": nxt,
                  "notes": notes, "summary": summary, "tests": tests, "attach_text": attach_text})


def gold_of(c):
    items = []
    for it in c["items"]:
        d = {k: v for k, v in it.items() if not k.startswith("_")}
        items.append(d)
    nf = None
    if c["next"]:
        nf = {"date": c["next"][1], "time": c["next"][2]}
    return {"kind": c["kind"], "items": items, "next_followup": nf, "reply": None, "notes": c["notes"]}


# ==== CASES BEGIN ====


import hashlib


def hx(seed, n=16):
    return hashlib.sha1(str(seed).encode()).hexdigest()[:n]


def tindex(seed):
    return base64.b64encode(hashlib.sha1(("ti" + str(seed)).encode()).digest() + b"\x00\x11")[:30].decode()


def envelope(dom, bot_addr, return_path, from_clause, qid, date_str, delay=3):
    return ["Return-Path: <%s>" % return_path, "Delivered-To: %s" % bot_addr,
            received(from_clause, dom, qid, add_secs(date_str, delay), bot_addr)]


def fold_refs(ids):
    return "\n ".join(ids)


def make_pdf(blocks, title=None):
    """blocks: list of (font_size, text, centered).  Chinese via the STSong-Light CID font; invariant bytes."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        cv.setTitle(title)
    cv.setAuthor("")
    w, h = A4
    y = h - 72
    for size, text, center in blocks:
        cv.setFont("STSong-Light", size)
        width = w - 144
        lines = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if pdfmetrics.stringWidth(cur + ch, "STSong-Light", size) > width:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        for ln in lines:
            if y < 72:
                cv.showPage()
                cv.setFont("STSong-Light", size)
                y = h - 72
            if center:
                cv.drawCentredString(w / 2, y, ln)
            else:
                cv.drawString(72, y, ln)
            y -= size * 1.7
        y -= size * 0.4
    cv.showPage()
    cv.save()
    return buf.getvalue()


def fixed_zip(data):
    """Re-pack a zip (docx) with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(build, author="", when=dt.datetime(2026, 1, 1)):
    import docx
    d = docx.Document()
    build(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def attach_leaf(ctype, data, filename, cs="utf-8", disp="attachment", style="2231"):
    """Attachment part.  style '2047': one RFC 2047 word in quoted params (Outlook, Foxmail, Chinese webmail);
    style '2231': RFC 2231 extended parameters (Gmail, Apple Mail, Thunderbird)."""
    if not needs_enc(filename):
        params = '; name="%s"' % filename
        disp_h = 'Content-Disposition: %s;\n\tfilename="%s"' % (disp, filename)
    elif style == "2047":
        w = "=?%s?B?%s?=" % (cs, base64.b64encode(filename.encode(pycs(cs))).decode())
        params = '; name="%s"' % w
        disp_h = 'Content-Disposition: %s;\n\tfilename="%s"' % (disp, w)
    else:
        from urllib.parse import quote
        pct = quote(filename.encode(pycs(cs)), safe="")
        params = "; name*=%s''%s" % (cs, pct)
        disp_h = "Content-Disposition: %s;\n\tfilename*=%s''%s" % (disp, cs, pct)
    return Leaf(ctype, data, None, "base64", params=params, headers=[disp_h])


# ---------------------------------------------------------------- A: 许昌动车运用所 (SOE depot)
def c7801():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 4, 2, 17, 42, 18)
    frm = person("陈晓东")
    to = [person(n) for n in ("赵振华", "孙立军", "刘建平", "杜鹏", "王宏伟", "周海燕", "马骏")]
    cc = [person("韩卫东"), bot]
    text = """各位领导、各车间、科室：

4月2日（周四）下午，赵振华所长主持召开安全生产例会，孙立军副所长及各车间、科室负责人参加，路局质检组徐喆同志列席。现将会议议定事项纪要如下，请各责任单位抓好落实。

一、会议基本情况
会议听取了检修车间、运用车间3月份安全生产情况汇报，通报了3月份路局动车组质量检查中发现的问题（共11项，已整改9项，其余2项正在整改）。

二、议定事项
（一）关于清明节假期动车组运用保障
一是运用车间要针对清明假期客流高峰，制定假期动车组运用保障方案，报调度室备案。
责任单位：运用车间（杜鹏）
完成时限：4月3日前
二是安全科组织开展节前安全大检查，重点检查库内作业防护和高压设备。
责任单位：安全科
完成时限：4月3日
（二）关于CR400AF-2213车组转向架探伤复检
检修车间要对2213车组转向架进行探伤复检，形成复检报告报技术科。
责任人：韩卫东
完成时限：节后第一个工作日
（三）关于库内作业安全卡控
技术科牵头修订《动车组库内作业安全卡控措施》，检修车间、安全科配合。
责任单位：技术科（王宏伟）
完成时限：4月15日前
（四）关于闸片备品管理
物资科马骏牵头完成闸片、滤网等备品备件盘点，建立月度消耗台账，检修车间配合。
完成时限：4月10日前

三、有关要求
会议要求，各车间、科室要严格落实“三级包保”责任，假期期间各单位负责人手机24小时开机，遇突发情况30分钟内报告所调度。

下次例会：4月9日（周四）15:00，所三楼第一会议室。

综合办公室  陈晓东
2026年4月2日
"""
    html = outlook_html(mso_paras(text), cs="gb2312", font="宋体")
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb2312", "base64"),
        Leaf("text/html", html, "gb2312", "base64"),
    ], "----=_NextPart_000_0017_01DCC26A.5E3A1B20", preamble="This is a multipart message in MIME format.")
    hdr = envelope(A_DOM, bot[1], frm[1], "CHENXD-PC (unknown [10.32.5.18])", "4fM7Qz2c1Bz6KJ", date) + [
        "From: " + addr(*frm, cs="gb2312"),
        "To: " + addr_list(to, cs="gb2312"),
        "Cc: " + addr_list(cc, cs="gb2312"),
        "Subject: " + subj("4月2日安全生产例会会议纪要", "gb2312"),
        "Date: " + date,
        "Message-ID: <000001dcc26a$5e3a1b20$1aae5160$@%s>" % A_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7801),
        "Content-Language: zh-cn",
    ]
    items = [
        item("杜鹏", "制定假期动车组运用保障方案，报调度室备案", "abs:4-3", "2026-04-03"),
        item(None, "组织开展节前安全大检查", "abs:4-3", "2026-04-03", dept="安全科"),
        item("韩卫东", "对2213车组转向架进行探伤复检，形成复检报告报技术科", "afterhol", "2026-04-07"),
        item("王宏伟", "修订《动车组库内作业安全卡控措施》", "abs:4-15", "2026-04-15"),
        item("马骏", "完成闸片、滤网等备品备件盘点，建立月度消耗台账", "abs:4-10", "2026-04-10"),
    ]
    case(7801, "soe-safety-meeting-yishi-ershi-gb2312", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:4-9", "2026-04-09", "15:00"),
         summary="5 items (一是/二是 under （一）, 责任单位/完成时限 labels), next 04-09 15:00",
         tests="Outlook gb2312-labelled minutes carrying GBK-only 喆; 一是/二是 with 责任单位/责任人/完成时限 label lines; 节后第一个工作日 before Qingming; dept-only 安全科; X牵头 + 配合",
         notes=("Formal SOE 安全生产例会纪要 sent Thu 2026-04-02 17:42 (Outlook, charset label gb2312, body contains the GBK-only "
                "character 喆, base64, CRLF). Items are the 议定事项 (一)-(四); (一) has 一是/二是 sub-items, each with its own "
                "责任单位/完成时限 lines. #1 '运用车间（杜鹏）' = the person in brackets owns it; '4月3日前' -> 2026-04-03. "
                "#2 '责任单位：安全科' names no person -> owner null, department 安全科, no_owner; '4月3日' -> 2026-04-03. "
                "#3 '责任人：韩卫东', '节后第一个工作日' = the first working day after Qingming (04-04..04-06) = Tue 2026-04-07. "
                "#4 '技术科（王宏伟）' -> 王宏伟 (检修车间、安全科 are 配合, not owners), 04-15. #5 '物资科马骏牵头…检修车间配合' -> 马骏, 04-10. "
                "Not items: 会议基本情况 (a report: '已整改9项，其余2项正在整改'), 三、有关要求 (standing rules: 手机24小时开机, 30分钟内报告). "
                "下次例会：4月9日（周四）15:00 -> next_followup 2026-04-09 15:00."))


def c7802():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 4, 20, 16, 35, 41, suffix=" (GMT+08:00)")
    frm = person("李静")
    to = [person("王宏伟"), person("孙立军"), person("韩卫东")]
    cc = [person("刘建平"), bot]
    text = """王科长、各位：

今天技术科周例会纪要如下。

一、上周工作回顾
1. 2213车组转向架探伤复检报告已于4月7日提交，结论合格（已完成）。
2. 《动车组库内作业安全卡控措施》修订稿已完成初稿，王科长审核中。

二、本周工作安排
1. 王工负责完成CR400AF空调机组滤网更换周期评估报告，本周五前提交孙所。
2. 李静整理近三个月转向架故障数据，形成分析表，下周二前完成。
3. 韩工长组织检修车间库内作业人员开展卡控措施培训，月底前完成并留存签到记录。
4. 联系车辆制造厂家来所开展空调系统技术交流，负责人：孙所，时间待定。

三、其他
空调滤网备件由物资科统一申领，车间不再自行采购。

下周一上午9点技术科例会照常，地点技术科办公室。

李静
技术科  分机 6127
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
            + "</div>")
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", html, "UTF-8", "base64", qcs=False),
    ], "----=_Part_418273_1603748922.1776674141120")
    hdr = envelope(A_DOM, bot[1], frm[1], "lijing (unknown [10.32.6.77])", "4fQ9Vt0Lm2z9cR", date) + [
        "X-Originating-IP: [10.32.6.77]",
        "Date: " + date,
        "From: " + addr(*frm, cs="UTF-8"),
        "To: " + addr_list(to, cs="UTF-8"),
        "Cc: " + addr_list(cc, cs="UTF-8"),
        "Subject: " + subj("技术科周例会纪要（4月20日）", "UTF-8"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240117(2a9e8e67)",
        " Copyright (c) 2002-2026 www.mailtech.cn mail",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
        "Message-ID: <6a1f0c2e.1b3d.19daf2c41e8.Coremail.lijing@%s>" % A_DOM,
        "X-Coremail-Antispam: 1UD129KBjvJXoW7Kw4rKFW5Ww1DJr4kZr1fCrg_yoW8Xr1kpF",
        "X-CM-TRANSID: AQAAfwDnb2kt6iVovK8DAA--.41372W",
        "X-CM-SenderInfo: 5olmx0hj6k2xh1v6v3pmaqrfhq/1tbiAQARBGgk3c0AAQAAsu",
    ]
    # X-Mailer continuation must be a folded line of the same header
    hdr = [h for h in hdr]
    i = hdr.index(" Copyright (c) 2002-2026 www.mailtech.cn mail")
    hdr[i - 1] = hdr[i - 1] + "\n" + hdr[i]
    del hdr[i]
    items = [
        item("王宏伟", "完成CR400AF空调机组滤网更换周期评估报告", "wd:4", "2026-04-24"),
        item("李静", "整理近三个月转向架故障数据，形成分析表", "next:1", "2026-04-28"),
        item("韩卫东", "组织检修车间库内作业人员开展卡控措施培训", "mend", "2026-04-30"),
        item("孙立军", "联系车辆制造厂家来所开展空调系统技术交流", "vague", None),
    ]
    case(7802, "tech-weekly-coremail-plain", "minutes", assemble(hdr, body), items,
         nxt=("next:0", "2026-04-27", "09:00"),
         summary="4 items (王工/韩工长/孙所 aliases; 本周五前, 下周二前, 月底前, 待定), next Mon 04-27 09:00",
         tests="Plain Coremail webmail weekly minutes: review section of done work is not items; titles 王工/韩工长/孙所 via aliases; '下周一上午9点…例会照常' sentence as next meeting",
         notes=("Ordinary 技术科 weekly minutes from Coremail webmail, sent Mon 2026-04-20 16:35 (Date carries a '(GMT+08:00)' comment). "
                "一、上周工作回顾 reports done/in-progress work (not items). 二、本周工作安排: #1 '王工' = 王宏伟 (roster alias), "
                "'本周五前' -> Fri 2026-04-24 ('提交孙所' is whom to submit to, not an owner). #2 李静, '下周二前' -> 2026-04-28. "
                "#3 '韩工长' = 韩卫东, '月底前' -> 2026-04-30. #4 '负责人：孙所' = 孙立军, '时间待定' -> due null, vague_due. "
                "三、其他 is a standing rule (备件统一申领), not an item. '下周一上午9点技术科例会照常' -> next_followup Mon 2026-04-27 09:00 "
                "(上午9点 = 09:00)."))


def c7803():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 5, 6, 8, 52, 37)
    frm = person("范丽")
    to = [person(n) for n in ("刘建平", "杜鹏", "马骏", "周海燕")]
    cc = [person("陈晓东"), bot]
    text = """各位：

周科长4月30日发的“安全生产月”筹备会纪要当时漏抄了纪要助手，现转发一下，请纪要助手跟踪。
另提醒：本周六（5月9日）调休上班。

范丽
综合办公室

发件人： 周海燕
发送时间： 2026-04-30 16:10
收件人： 刘建平; 杜鹏; 马骏; 韩卫东
抄送： 陈晓东
主题： “安全生产月”筹备会会议纪要

各车间、科室：

4月30日上午召开“安全生产月”筹备会，会议议定事项如下：

1. 编制“安全生产月”活动方案，报所领导审定。
   责任单位：安全科（周海燕）    完成时限：5月8日前
2. 完成库内接触网隔离开关及接地装置专项检查，建立问题清单。
   责任单位：检修车间    责任人：刘建平    完成时限：5月9日（周六，调休上班日）
3. 组织动车组司机、随车机械师开展应急处置演练。
   责任单位：运用车间    完成时限：5月15日
4. 采购库内应急照明灯具20套。
   责任单位：物资科（马骏）    完成时限：5月20日前

下次碰头：5月13日（周三）上午10:00，安全科会议室。

安全科  周海燕
"""
    html_lines = []
    for l in text.split("\n"):
        html_lines.append("<div>%s</div>" % (esc(l).replace("   ", "&nbsp;&nbsp;&nbsp;") if l else "<br>"))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK">'
            '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n' + "\n".join(html_lines) + '\n</body></html>\n')
    body = Multi("alternative", [
        Leaf("text/plain", text, "GBK", "base64", qcs=True),
        Leaf("text/html", html, "GBK", "quoted-printable", qcs=True),
    ], "----=_001_NextPart683524218174_=----")
    hdr = envelope(A_DOM, bot[1], frm[1], "FANLI-PC (unknown [10.32.5.44])", "4fY1Kc5Hn8z2Wd", date) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="GBK"),
        "To: " + addr_list(to, cs="GBK"),
        "Cc: " + addr_list(cc, cs="GBK"),
        "Subject: " + subj("转发: “安全生产月”筹备会会议纪要", "GBK"),
        "X-Priority: 3",
        "X-GUID: 7C1E55B2-0A4F-4E2B-9D3C-6B8E1F0A2D47",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <202605060852372215307@%s>" % A_DOM,
    ]
    items = [
        item("周海燕", "编制“安全生产月”活动方案，报所领导审定", "abs:5-8", "2026-05-08"),
        item("刘建平", "完成库内接触网隔离开关及接地装置专项检查，建立问题清单", "abs:5-9", "2026-05-09"),
        item(None, "组织动车组司机、随车机械师开展应急处置演练", "abs:5-15", "2026-05-15", dept="运用车间"),
        item("马骏", "采购库内应急照明灯具20套", "abs:5-20", "2026-05-20"),
    ]
    case(7803, "forward-foxmail-gbk-preface", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-13", "2026-05-13", "10:00"),
         summary="4 items from the forwarded minutes (one dept-only), next 05-13 10:00",
         tests="Foxmail GBK '转发:' after Labour Day: the forwarder's preface (with a date) is not an item; the items sit below a Foxmail 发件人：/发送时间： block and must not be cut as a quote; 05-09 make-up Saturday due",
         notes=("Foxmail GBK forward sent Wed 2026-05-06 08:52, the first working day after Labour Day (05-01..05-05). 范丽's "
                "preface asks the bot to track minutes that 周海燕 sent on 04-30 without it; the preface line '本周六（5月9日）调休上班' "
                "is a reminder, not an item. The forwarded minutes have only absolute dates, so the forward date and the "
                "original date agree: #1 '安全科（周海燕）' -> 周海燕, 05-08. #2 责任人 刘建平, 05-09 (Saturday make-up working day). "
                "#3 '责任单位：运用车间' with no person -> owner null, department 运用车间, no_owner, 05-15. #4 '物资科（马骏）' -> 马骏, 05-20. "
                "'下次碰头：5月13日（周三）上午10:00' -> next_followup 2026-05-13 10:00."))


def c7804():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 6, 8, 9, 36, 12)
    frm = person("陈晓东")
    to = [person(n) for n in ("赵振华", "孙立军", "刘建平", "杜鹏", "王宏伟", "周海燕", "马骏")]
    cc = [bot]
    text = """各位领导、各车间、科室：

附件为6月5日迎峰度夏暨端午节运输保障专题会议纪要（许动运纪〔2026〕18号），请按分工抓好落实。

综合办公室  陈晓东
电话：0374-2961085
"""
    pdf_blocks = [
        (20, "许昌动车运用所", True),
        (26, "会 议 纪 要", True),
        (12, "许动运纪〔2026〕18号", True),
        (15, "关于迎峰度夏暨端午节运输保障工作的专题会议纪要", True),
        (12, "2026年6月5日下午，孙立军副所长主持召开专题会议，研究迎峰度夏及端午节假期运输保障工作。"
             "检修车间、运用车间、技术科、安全科、物资科负责人参加会议。现将会议议定事项纪要如下：", False),
        (12, "一、关于动车组空调系统专项检修。检修车间（刘建平）牵头，技术科配合，6月18日前完成全部在用车组空调系统专项检修。", False),
        (12, "二、关于高温作业防护。安全科负责，6月12日前完成高温作业防护措施交底，并督促各班组落实作业时间调整。", False),
        (12, "三、关于端午假期运力安排。运用车间杜鹏负责，端午节前报送假期动车组运用计划。", False),
        (12, "四、关于空调故障分析。技术科王宏伟牵头，收到本纪要后3个工作日内提交近两年夏季空调故障统计分析。", False),
        (12, "五、会议强调，各单位要严格落实领导干部带班制度，高温时段库内作业必须两人以上，确保安全。", False),
        (12, "出席：孙立军、刘建平、杜鹏、王宏伟、周海燕、马骏\n记录：陈晓东\n抄送：所领导", False),
        (12, "许昌动车运用所综合办公室                      2026年6月8日印发", False),
    ]
    pdf = make_pdf(pdf_blocks, title="许动运纪〔2026〕18号")
    html = outlook_html(mso_paras(text), cs="utf-8")
    body = Multi("mixed", [
        Multi("alternative", [
            Leaf("text/plain", text, "utf-8", "base64"),
            Leaf("text/html", html, "utf-8", "base64"),
        ], "----=_NextPart_001_0031_01DCF6E4.8B5C2A70"),
        attach_leaf("application/pdf", pdf, "许动运纪〔2026〕18号 专题会议纪要.pdf", cs="utf-8"),
    ], "----=_NextPart_000_0030_01DCF6E4.8B5C2A70", preamble="This is a multipart message in MIME format.")
    hdr = envelope(A_DOM, bot[1], frm[1], "CHENXD-PC (unknown [10.32.5.18])", "4gB2Tw7Rk1z4Nq", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("许动运纪〔2026〕18号 迎峰度夏暨端午节运输保障专题会议纪要"),
        "Date: " + date,
        "Message-ID: <000301dcf6e4$8b5c2a70$a2147f50$@%s>" % A_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7804),
        "Content-Language: zh-cn",
    ]
    items = [
        item("刘建平", "完成全部在用车组空调系统专项检修", "abs:6-18", "2026-06-18"),
        item(None, "完成高温作业防护措施交底，并督促各班组落实作业时间调整", "abs:6-12", "2026-06-12", dept="安全科"),
        item("杜鹏", "报送假期动车组运用计划", "beforehol", "2026-06-18"),
        item("王宏伟", "提交近两年夏季空调故障统计分析", "wdays:3", "2026-06-11"),
    ]
    case(7804, "pdf-attachment-red-header-minutes", "minutes", assemble(hdr, body, crlf=True), items,
         summary="4 items read from the PDF (one dept-only), no next meeting",
         tests="Outlook mail with a short body and the minutes as a PDF (红头 会议纪要, reportlab CID font): items only in the attachment; 端午节前 = last working day before the holiday; 3个工作日内",
         notes=("Outlook UTF-8, sent Mon 2026-06-08 09:36. The body only points to the attached PDF 会议纪要 (许动运纪〔2026〕18号, "
                "meeting held 06-05, issued 06-08); a human reads the PDF and records its 议定事项. #1 '检修车间（刘建平）牵头，技术科配合' "
                "-> 刘建平, 6月18日前 -> 2026-06-18. #2 '安全科负责' names no person -> owner null, department 安全科, no_owner, 06-12. "
                "#3 '运用车间杜鹏负责，端午节前' -> 杜鹏; 端午节前 = before the Dragon Boat holiday (06-19..06-21) = the last working day "
                "before it, Thu 2026-06-18. #4 '王宏伟牵头，收到本纪要后3个工作日内' counted from the mail's Date (Mon 06-08): 06-09, 06-10, "
                "06-11 -> 2026-06-11. 五、会议强调 is a standing rule. No next meeting is given -> null."))


def c7805():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 6, 25, 18, 20, 9)
    frm = person("孙立军")
    to = [person(n) for n in ("刘建平", "韩卫东", "李静", "周海燕")]
    cc = [person("赵振华"), bot]
    old_id = "<000001dcf95c$1f0e3b80$5d2ab280$@%s>" % A_DOM
    new_text = """各位：

今天下午召开了一级修质量专项整治第二次推进会，纪要如下，请抓紧落实：

（一）检修车间韩卫东：6月30日前完成整改清单中剩余7项问题的销号。
（二）技术科李静：下周三前完成一级修质量问题分析系统的数据导出，并做好与路局系统的对接准备。
（三）安全科周海燕：本月底前组织一次夜间作业突击检查，检查结果报所领导。
（四）整改清单第3、5项已于6月24日销号，不再跟踪。

下一次推进会安排在7月2日（周四）下午，具体时间另行通知。

孙立军
"""
    quoted = """发件人: 孙立军 <sunlijun@%s>
发送时间: 2026年6月11日 17:05
收件人: 刘建平 <liujianping@%s>; 韩卫东 <hanweidong@%s>; 李静 <lijing@%s>; 周海燕 <zhouhaiyan@%s>
抄送: 赵振华 <zhaozhenhua@%s>; 纪要助手 <jiyao@%s>
主题: 动车组一级修质量专项整治工作安排

各位：

专项整治首次会议纪要如下：
1. 检修车间刘建平：6月15日前梳理一级修作业质量问题清单。
2. 技术科李静：6月17日前搭建质量问题分析台账。
3. 安全科周海燕：端午节前完成作业现场视频监控死角排查。

下次会议：6月25日（周四）14:30，所二楼会议室。

孙立军
""" % ((A_DOM,) * 7)
    text = new_text + "\n" + quoted
    q_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal"><b><span style="font-size:11.0pt">发件人<span lang="EN-US">:</span></span></b>'
              '<span lang="EN-US" style="font-size:11.0pt"> %s <br></span><b><span style="font-size:11.0pt">发送时间'
              '<span lang="EN-US">:</span></span></b><span lang="EN-US" style="font-size:11.0pt"> 2026年6月11日 17:05<br>'
              '</span><b><span style="font-size:11.0pt">收件人<span lang="EN-US">:</span></span></b><span lang="EN-US" '
              'style="font-size:11.0pt"> %s<br></span><b><span style="font-size:11.0pt">抄送<span lang="EN-US">:</span>'
              '</span></b><span lang="EN-US" style="font-size:11.0pt"> %s<br></span><b><span style="font-size:11.0pt">主题'
              '<span lang="EN-US">:</span></span></b><span lang="EN-US" style="font-size:11.0pt"> 动车组一级修质量专项整治工作安排'
              '<o:p></o:p></span></p>\n</div>\n') % (
        esc("孙立军 <sunlijun@%s>" % A_DOM),
        esc("刘建平 <liujianping@%s>; 韩卫东 <hanweidong@%s>; 李静 <lijing@%s>; 周海燕 <zhouhaiyan@%s>" % ((A_DOM,) * 4)),
        esc("赵振华 <zhaozhenhua@%s>; 纪要助手 <jiyao@%s>" % (A_DOM, A_DOM)))
    old_body = quoted.split("主题: 动车组一级修质量专项整治工作安排\n", 1)[1]
    html = outlook_html(mso_paras(new_text) + '\n<div>\n' + q_html + mso_paras(old_body) + "\n</div>")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html, "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0052_01DD0480.6C1D9E30", preamble="This is a multipart message in MIME format.")
    hdr = envelope(A_DOM, bot[1], frm[1], "SUNLJ-NB (unknown [10.32.5.103])", "4gT6Gm3Vb9z1Yp", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "References: " + old_id,
        "In-Reply-To: " + old_id,
        "Subject: " + subj("RE: 动车组一级修质量专项整治工作安排"),
        "Date: " + date,
        "Message-ID: <004e01dd0480$6c1d9e30$4458da90$@%s>" % A_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AQH0m3wYc1nRvqKp0aZPqN8h2cWxQbQ2kVmA",
        "Content-Language: zh-cn",
    ]
    items = [
        item("韩卫东", "完成整改清单中剩余7项问题的销号", "abs:6-30", "2026-06-30"),
        item("李静", "完成一级修质量问题分析系统的数据导出，并做好与路局系统的对接准备", "next:2", "2026-07-01"),
        item("周海燕", "组织一次夜间作业突击检查，检查结果报所领导", "mend", "2026-06-30"),
    ]
    case(7805, "re-thread-new-minutes-over-old", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:7-2", "2026-07-02", None),
         summary="3 new items (quoted first-session items ignored), next 07-02 without time",
         tests="Outlook 'RE:' whose new text is the second session's minutes; the quoted first minutes (with their own dates and 下次会议) must be ignored; a status line (已销号) is not an item; next meeting date with '具体时间另行通知'",
         notes=("Outlook UTF-8 quoted-printable reply in the thread of the 06-11 minutes, sent Thu 2026-06-25 18:20. Only the new "
                "text above the 发件人/发送时间 block is this meeting: （一）韩卫东 6月30日前 -> 2026-06-30; （二）李静 下周三前 -> Wed of "
                "next week = 2026-07-01; （三）周海燕 本月底前 -> 2026-06-30. （四）'第3、5项已于6月24日销号，不再跟踪' is a status "
                "report, not an item. '下一次推进会安排在7月2日（周四）下午，具体时间另行通知' -> next_followup 2026-07-02 with time "
                "null (下午 alone is not a time of day for the invite). The quoted 06-11 minutes (刘建平/李静/周海燕 items, "
                "下次会议 6月25日 14:30) are old and must not be extracted."))


def c7806():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 7, 14, 10, 15, 26)
    frm = person("刘建平")
    to = [person(n) for n in ("韩卫东", "李静", "马骏", "周海燕", "杜鹏")]
    cc = [person("孙立军"), person("王宏伟"), bot]
    intro = """各位：

7月13日检修车间组织召开暑运高温期检修质量提升会，会议确定的重点工作及分工如下表，请各责任人按时限推进。"""
    rows = [
        ["序号", "工作事项", "责任分工", "完成时限", "备注"],
        ["1", "完成全部在用车组空调冷凝器清洗", "主责：检修车间（韩卫东）；配合：物资科", "7月17日前", "清洗剂已到货"],
        ["2", "编制车顶高压设备高温巡检作业指导书", "主责：技术科（李静）；配合：检修车间", "下周五", ""],
        ["3", "落实库内作业人员防暑降温物资发放", "主责：物资科；配合：安全科", "7月底", "按人头发放"],
        ["4", "完成受电弓碳滑板磨耗专项测量，建立台账", "主责：检修车间（刘建平）；配合：技术科、运用车间", "本周五", ""],
        ["5", "与车辆厂协调空调压缩机备件供货", "主责：物资科（马骏）；协办：技术科", "待定", "视厂家排产情况"],
        ["6", "库内检修库照明改造", "主责：物资科", "已完成", "7月10日已验收"],
    ]
    outro = """
请安全科周科长对第1、4项现场作业加强盯控。

刘建平
检修车间
"""
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    td = ('<td width="%d" valign="top" style="width:%dpt;border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt">'
          '<p class="MsoNormal"><span style="font-size:10.5pt;font-family:宋体">%s<o:p></o:p></span></p></td>')
    widths = [36, 170, 170, 70, 90]
    trs = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, cval in enumerate(r):
            extra = "" if ri == 0 else "border-top:none;"
            if ci > 0:
                extra += "border-left:none;"
            cells.append(td % (widths[ci], widths[ci], extra, esc(cval) if cval else "&nbsp;"))
        trs.append('<tr style="height:18.0pt">\n' + "\n".join(cells) + "\n</tr>")
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>")
    html = outlook_html(mso_paras(intro) + "\n" + table + "\n" + mso_paras(outro), cs="utf-8")
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "base64"),
        Leaf("text/html", html, "utf-8", "base64"),
    ], "----=_NextPart_000_0009_01DD1349.2F6B5A10", preamble="This is a multipart message in MIME format.")
    hdr = envelope(A_DOM, bot[1], frm[1], "LIUJP-PC (unknown [10.32.7.21])", "4h3Lp8Dq2Xz7Mn", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("暑运高温期检修质量提升会议纪要"),
        "Date: " + date,
        "Message-ID: <000801dd1349$2f6b5a10$8e420f30$@%s>" % A_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7806),
        "Content-Language: zh-cn",
    ]
    items = [
        item("韩卫东", "完成全部在用车组空调冷凝器清洗", "abs:7-17", "2026-07-17"),
        item("李静", "编制车顶高压设备高温巡检作业指导书", "next:4", "2026-07-24"),
        item(None, "落实库内作业人员防暑降温物资发放", "mend:7", "2026-07-31", dept="物资科"),
        item("刘建平", "完成受电弓碳滑板磨耗专项测量，建立台账", "this:4", "2026-07-17"),
        item("马骏", "与车辆厂协调空调压缩机备件供货", "vague", None),
    ]
    case(7806, "word-table-zhuze-peihe-cell", "minutes", assemble(hdr, body, crlf=True), items,
         summary="5 items from a Word table (主责/配合 in one cell), 已完成 row skipped, no next meeting",
         tests="Outlook HTML table pasted from Word with '主责：X（姓名）；配合：Y' in one 责任分工 cell; 下周五/7月底/本周五/待定; an 已完成 row; 备注 cells and a closing request are not items",
         notes=("Outlook UTF-8 base64, sent Tue 2026-07-14 10:15; table in HTML, tab-separated rows in the text part. Owner = the "
                "主责 of the 责任分工 cell (配合/协办 units are never owners). #1 主责 检修车间（韩卫东） -> 韩卫东, 7月17日前 -> 2026-07-17. "
                "#2 技术科（李静）, 下周五 -> Fri of next week 2026-07-24. #3 主责 物资科 (no person) -> owner null, department 物资科, "
                "no_owner; 7月底 -> 2026-07-31. #4 检修车间（刘建平）, 本周五 -> 2026-07-17. #5 物资科（马骏）, 待定 -> vague_due. Row 6 "
                "'已完成' is status, not an item. 备注 cells ('清洗剂已到货', '按人头发放') are remarks. '请安全科周科长对第1、4项现场作业加强盯控' "
                "asks for supervision of existing items; AMBIGUOUS, but it has no deliverable or deadline of its own, so a careful assistant "
                "does not add an item for it. No next meeting -> null."))


def c7807():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 6, 3, 16, 48, 55)
    frm = person("杜鹏")
    to = [person(n) for n in ("郭宁", "韩卫东", "李静")]
    cc = [person("孙立军"), bot]
    text = """各位：
今天班组长会用钉钉AI听记做了记录，纪要如下（待办我核对过），请按时完成，纪要助手跟踪一下。

——————————————
运用车间6月班组长会
2026-06-03 14:00 | 时长 62分钟 | 参会人 杜鹏、郭宁、韩卫东、李静等9人

AI摘要
本次会议主要围绕端午假期动车组运用安排、司机作业标准化考核和一级修质量回头看展开。会议指出近期2213、2217车组一级修存在漏检问题，要求检修车间在6月10日前完成回头看；郭宁提出司机作业标准化考核题库需要按新版规章更新；杜鹏强调端午期间要加强出入库联控。

章节速览
00:01 端午假期运力安排
杜鹏介绍端午期间预计加开动车组8列，要求调度室提前排定出入库计划。
00:19 司机作业标准化考核
郭宁汇报5月考核情况，平均分92.6分，3人需补考。
00:41 一级修质量回头看
韩卫东说明2213、2217车组漏检原因，主要是夜间作业交接不清。

待办事项
□ 韩卫东：6月10日前完成2213、2217车组一级修质量回头看
□ 郭宁：下周一前更新并上传司机作业标准化考核题库
□ 杜鹏：6月23日前汇总端午假期动车组运用情况，报所调度
□ 尽快协调调度室调整端午期间夜间出库计划

以上内容由AI生成，仅供参考
——————————————

杜鹏
运用车间

发自网易邮箱大师
"""
    html = ('<div style="font-size:14px;line-height:1.6;font-family:PingFang SC,Microsoft YaHei">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>")
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", html, "UTF-8", "base64", qcs=False),
    ], "----=_Part_1820467_803125599.1780476535512")
    hdr = envelope(A_DOM, bot[1], frm[1], "[192.168.43.17] (unknown [117.158.62.204])", "4gL3Sx1Fc5z8Hb", date) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="UTF-8"),
        "To: " + addr_list(to, cs="UTF-8"),
        "Cc: " + addr_list(cc, cs="UTF-8"),
        "Message-ID: <7b35c6e2.3f1a.19e8c0f64d2.Coremail.dupeng@%s>" % A_DOM,
        "Subject: " + subj("运用车间6月班组长会纪要（钉钉AI听记）", "UTF-8"),
        "MIME-Version: 1.0",
    ]
    items = [
        item("韩卫东", "完成2213、2217车组一级修质量回头看", "abs:6-10", "2026-06-10"),
        item("郭宁", "更新并上传司机作业标准化考核题库", "next:0", "2026-06-08"),
        item("杜鹏", "汇总端午假期动车组运用情况，报所调度", "abs:6-23", "2026-06-23"),
        item(None, "协调调度室调整端午期间夜间出库计划", "vague", None),
    ]
    case(7807, "dingtalk-ai-minutes-mailmaster", "minutes", assemble(hdr, body), items,
         summary="4 items from the 待办事项 section only (one without owner, 尽快), no next meeting",
         tests="DingTalk AI听记 minutes pasted by a person (网易邮箱大师): only 待办事项 count; the AI摘要 restates a to-do and 章节速览 holds facts; an unassigned 待办 with 尽快",
         notes=("Sent Wed 2026-06-03 16:48 from 网易邮箱大师 (UTF-8 base64). The body is a DingTalk AI听记 summary pasted by 杜鹏. "
                "Only the 待办事项 list counts: the AI摘要 repeats the 6月10日 回头看 (same item, not a second one), 章节速览 reports "
                "facts (加开8列, 平均分92.6分). #1 韩卫东 6月10日前 -> 2026-06-10. #2 郭宁 下周一前 -> Mon of next week 2026-06-08. "
                "#3 杜鹏 6月23日前 -> 2026-06-23. #4 has no assignee ('尽快协调调度室…') -> owner null, department null, "
                "[vague_due, no_owner]; 调度室 is the party to coordinate with, not the owner. No next meeting -> null."))


def c7808():
    bot = BOT["A"]
    date, _ = fmt_date(2026, 7, 14, 10, 17, 5, suffix=" (GMT+08:00)")
    frm = person("马骏")
    text = """您好！

我于7月13日至7月17日参加集团公司物资管理业务培训，期间不能及时查看邮件。
紧急事项请联系孙立军副所长（电话0374-2961002），物资领用请联系物资科值班室（电话0374-2961033）。
7月20日返岗后我会尽快回复您的邮件。

马骏
物资科
"""
    body = Leaf("text/plain", text, "UTF-8", "base64", qcs=False)
    recap_id = "<r.202607141016.3be1f0a2c4@%s>" % A_DOM
    hdr = envelope(A_DOM, bot[1], frm[1], "localhost (unknown [127.0.0.1])", "4h3LqB1Rw0z7Pk", date, delay=1) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="UTF-8"),
        "To: " + addr(*bot, cs="UTF-8"),
        "Message-ID: <3c8d21a5.2e07.19f5e7d2a11.Coremail.majun@%s>" % A_DOM,
        "In-Reply-To: " + recap_id,
        "References: " + recap_id,
        "Subject: " + subj("自动回复: Re: 暑运高温期检修质量提升会议纪要", "UTF-8"),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    case(7808, "auto-ooo-coremail-training", "auto", assemble(hdr, body),
         summary="auto-reply (no items)",
         tests="Coremail out-of-office '自动回复:' to the bot's recap of 7806, Auto-Submitted: auto-replied; body has dates, phone numbers and a delegate",
         notes=("Out-of-office auto-reply from 马骏's Coremail mailbox to the bot's recap of the 07-14 minutes (7806), sent Tue "
                "2026-07-14 10:17. Auto-Submitted: auto-replied and the '自动回复:' subject mark it as mail no person wrote: kind auto, "
                "no items, no reply intent. The dates (7月13日至7月17日, 7月20日返岗) and the delegate are not commands."))


# ---------------------------------------------------------------- B: 滇悦口腔 (dental-clinic chain, Kunming)
def exmail_headers(seed, ip):
    h = hx(seed, 40).upper()
    return [
        "X-QQ-FEAT: " + base64.b64encode(bytes.fromhex(h[:30])).decode(),
        "X-QQ-SSF: 00000000000000F0",
        "X-QQ-XMAILINFO: " + base64.b64encode(bytes.fromhex(h[10:34])).decode(),
        "X-HAS-ATTACH: no",
        "X-QQ-BUSINESS-ORIGIN: 2",
        "X-Originating-IP: " + ip,
        "X-QQ-STYLE: ",
        "X-QQ-mid: xmsezb%d-0t%s" % (int(h[0], 16) % 8, h[:20].lower()),
    ]


def qq_html(text, cs):
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
            + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n")))


def c7809():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 4, 9, 16, 5, 33)
    frm = person("段晓雯")
    to = [person(n) for n in ("张志远", "钱慧", "李春梅", "何佳", "苏明", "罗婷")]
    cc = [bot]
    text = """各位：

今天运营周会的纪要如下，有出入的请直接回复我。

会议时间：4月9日（周四）14:00-15:30
地点：翠湖门诊三楼会议室
参会：张总、钱老师、李护士长、罗婷、何佳、苏工、段晓雯

一、清明假期三家门诊接诊量同比增长18%，呈贡门诊种植咨询明显增多。
二、待办：
1. 钱老师明天下午3点前把4月院感自查表发到各门诊。
2. 五一口腔健康月义诊活动由张总牵头，市场部、各门诊配合，4月24日前出方案。
3. 李护士长下周三前完成翠湖门诊消毒供应室流程整改。
4. 小何尽快逐条回复大众点评上的差评，语气统一用模板。
5. 苏工周五前联系厂家上门维修呈贡门诊3号牙椅。

下周四同一时间再碰一次，地点不变。

段晓雯
运营中心
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", qq_html(text, "utf-8"), "utf-8", "base64"),
    ], "----=_NextPart_6E2B9A01_3C7D15F2_2A8E4B90")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg156.qq.com (smtpbg156.qq.com [43.155.80.173])", "4fG2Zr6Tk4z3Lm", date) + \
        exmail_headers(7809, "112.115.162.58") + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("4月9日运营周会纪要"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_6E2B9A013C7D15F22A8E4B90C51D7F3A2808@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    items = [
        item("钱慧", "把4月院感自查表发到各门诊", "tomorrow", "2026-04-10", time="15:00"),
        item("张志远", "五一口腔健康月义诊活动", "abs:4-24", "2026-04-24", loose=True),
        item("李春梅", "完成翠湖门诊消毒供应室流程整改", "next:2", "2026-04-15"),
        item("何佳", "逐条回复大众点评上的差评", "vague", None),
        item("苏明", "联系厂家上门维修呈贡门诊3号牙椅", "wd:4", "2026-04-10"),
    ]
    items[1]["task"] = "出五一口腔健康月义诊活动方案"
    case(7809, "wecom-ops-weekly-titles-same-time", "minutes", assemble(hdr, body), items,
         nxt=("next:3", "2026-04-16", "14:00"),
         summary="5 items (钱老师/张总牵头/李护士长/小何/苏工), next Thu 04-16 14:00 ('下周四同一时间')",
         tests="企业微信 (Exmail) UTF-8 weekly minutes right after Qingming: owners by title (钱老师, 张总牵头 with 配合 units, 李护士长, 小何, 苏工); 明天下午3点前; 下周三前; 尽快; bare 周五; '下周四同一时间再碰一次' needs the meeting time from the header block",
         notes=("Sent Thu 2026-04-09 16:05 (企业微信 mail on Tencent Exmail, UTF-8 base64). 一、 is a fact (接诊量增长18%). 待办: "
                "#1 '钱老师' = 钱慧; '明天下午3点前' -> 2026-04-10 15:00. #2 '由张总牵头，市场部、各门诊配合，4月24日前出方案' -> owner 张志远 "
                "(the 配合 units are not owners), task = the plan for the 五一 义诊 event, 2026-04-24. #3 '李护士长' = 李春梅, 下周三前 -> "
                "2026-04-15. #4 '小何' = 何佳, 尽快 -> vague_due. #5 '苏工' = 苏明, bare '周五前' on a Thursday -> this week's Friday "
                "2026-04-10. '下周四同一时间再碰一次' = next week's Thursday at the time of this meeting (会议时间 14:00-15:30) -> "
                "2026-04-16 14:00."))


def c7810():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 4, 28, 17, 31, 2)
    frm = person("段晓雯")
    to = [person(n) for n in ("罗婷", "普建明", "苏明", "钱慧", "杞红", "卢芳", "李春梅")]
    cc = [person("张志远"), bot]
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
         "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "五一义诊活动物料制作", "市场部", "运营中心", "罗婷", "段晓雯", "2026-04-13", "2026-04-24", "2026-04-24", "已完成", "—"],
        ["2", "呈贡门诊儿牙诊室改造验收", "运营中心", "呈贡门诊", "段晓雯", "普建明", "2026-04-15", "2026-05-08", "-",
         "进行中（已完成70%）", "施工方人手紧张，已要求节后加派2人"],
        ["3", "电子病历系统升级切换", "信息部", "医务部", "苏明", "钱慧", "2026-04-20", "2026-05-09", "-", "进行中",
         "5月9日调休上班当天切换，需医务部安排值守"],
        ["4", "种植体集采价格谈判", "采购部", "财务部", "杞红", "卢芳", "2026-04-01", "2026-04-24", "-",
         "延期（预计5月12日完成）", "供应商报价未到，已催办"],
        ["5", "新员工院感培训", "医务部", "翠湖门诊", "钱慧", "李春梅", "2026-04-27", "2026-04-30", "-", "未开始", "—"],
    ]
    head = """<div style="font-family:微软雅黑;font-size:14px">各位：</div>
<div style="font-family:微软雅黑;font-size:14px">&nbsp;</div>
<div style="font-family:微软雅黑;font-size:14px">节前最后一次跨部门协作跟踪会的跟踪表更新如下，请各责任人按计划完成时间推进，已完成的不再跟踪。</div>
<div style="font-family:微软雅黑;font-size:14px">&nbsp;</div>
<div style="font-family:微软雅黑;font-size:14px"><b>跨部门协作事项跟踪表（2026-04-28更新）</b></div>
"""
    tbl = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:12px;font-family:微软雅黑">']
    for i, r in enumerate(rows):
        bg = ' style="background-color:#DDEBF7"' if i == 0 else ""
        tbl.append("<tr%s>" % bg + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>")
    tbl.append("</table>")
    tail = """<div style="font-family:微软雅黑;font-size:14px">&nbsp;</div>
<div style="font-family:微软雅黑;font-size:14px">下周跟踪会：5月6日（周三）上午10:00，运营中心会议室。</div>
<div style="font-family:微软雅黑;font-size:14px">&nbsp;</div>
<div style="font-family:微软雅黑;font-size:14px">段晓雯<br>运营中心</div>
"""
    html = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + head + "\n".join(tbl) + "\n" + tail
    body = Leaf("text/html", html, "utf-8", "quoted-printable")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg151.qq.com (smtpbg151.qq.com [54.254.200.92])", "4fK8Cw2Xp6z5Rt", date) + \
        exmail_headers(7810, "112.115.162.58") + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("跨部门协作事项跟踪表（4月28日更新）"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_1D4F7A2E58B3C906E7F1A24D3B5C8E7F9A06@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    items = [
        item("段晓雯", "呈贡门诊儿牙诊室改造验收", "abs:5-8", "2026-05-08"),
        item("苏明", "电子病历系统升级切换", "abs:5-9", "2026-05-09"),
        item("杞红", "种植体集采价格谈判", "abs:5-12", "2026-05-12"),
        item("钱慧", "新员工院感培训", "abs:4-30", "2026-04-30"),
    ]
    case(7810, "seed-collab-tracking-table-html-only", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-6", "2026-05-06", "10:00"),
         summary="4 open rows of the 跨部门协作事项跟踪表 (已完成 row skipped), next 05-06 10:00",
         tests="HTML-only Exmail mail with the seed 跨部门协作事项跟踪表 (11 columns, two 责任人 columns); owner = 责任人（发起方）; 已完成 row skipped; 延期 row with a revised date; 05-09 make-up Saturday due",
         notes=("Exmail web, single text/html part (UTF-8 QP), sent Tue 2026-04-28 17:31, the last week before Labour Day. One "
                "item per open row; task = 事项名称; owner = 责任人（发起方） (the 协作方 person supports, like 配合: not an owner, not a "
                "second item; AMBIGUOUS but the table's own name says the 发起方 drives the row); due = 计划完成时间. Row 1 "
                "已完成 (实际完成时间 filled) is status -> skipped. #2 段晓雯 2026-05-08. #3 苏明 2026-05-09 (the Saturday make-up "
                "working day). #4 杞红: planned 2026-04-24 is already past and the row says '延期（预计5月12日完成）'; AMBIGUOUS, a careful "
                "assistant records the revised date 2026-05-12 rather than a date that has already slipped. #5 钱慧 2026-04-30. "
                "风险点 cells ('节后加派2人', '需医务部安排值守') are remarks. '下周跟踪会：5月6日（周三）上午10:00' -> 2026-05-06 10:00."))


def c7811():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 5, 12, 11, 20, 46)
    frm = person("杞红")
    to = [person("段晓雯"), person("卢芳")]
    cc = [person("苏明"), bot]
    text = """段经理、卢经理：

今天上午与欣齒牙材林小姐电话沟通了种植体集采报价，跟进表如下：

沟通编号：EC2026-05-12
沟通日期：2026-05-12
对方单位/联系人：欣齒牙材（台中）/林怡君
我方对接人：采购部/杞红
沟通类型（客户/供应商/合作方）：供应商
核心需求/反馈：对方同意将骨水平种植体单价下调6%，但要求年采购量不低于800颗，并希望5月底前签订框架协议
解决方案/进展：①财务部卢芳测算800颗年采购量的资金占用（5月15日前）②5月18日前反馈供应商我方意见
下次沟通时间：2026-05-14 14:00（视频会议）
负责人：杞红

另：请信息部苏工5月15日前在ERP里新建该供应商编码。

杞红
采购部
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb18030", "base64"),
        Leaf("text/html", qq_html(text, "gb18030"), "gb18030", "base64"),
    ], "----=_NextPart_4A9C2E17_0B6D3F85_61E2A7C4")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg153.qq.com (smtpbg153.qq.com [43.155.65.254])", "4fV3Hd9Js1z6Wq", date) + \
        exmail_headers(7811, "39.129.21.230") + [
        "From: " + addr(*frm, cs="gb18030"),
        "To: " + addr_list(to, cs="gb18030"),
        "Cc: " + addr_list(cc, cs="gb18030"),
        "Subject: " + subj("欣齒牙材种植体报价沟通跟进（EC2026-05-12）", "gb18030"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_4A9C2E170B6D3F8561E2A7C4D90B13E5F708@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    items = [
        item("卢芳", "测算800颗年采购量的资金占用", "abs:5-15", "2026-05-15"),
        item("杞红", "反馈供应商我方意见", "abs:5-18", "2026-05-18"),
        item("苏明", "在ERP里新建该供应商编码", "abs:5-15", "2026-05-15"),
    ]
    case(7811, "seed-external-followup-keyvalue-gb18030", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-14", "2026-05-14", "14:00"),
         summary="3 items (①② of the 外部沟通跟进表 + a request below it), next 05-14 14:00",
         tests="Exmail gb18030 seed 外部沟通跟进表 written as key：value lines: ① names its owner inline, ② falls to the row 负责人; the supplier's wish (5月底前签订) is not ours; an extra request after the table",
         notes=("Exmail web, charset gb18030 base64, sent Tue 2026-05-12 11:20 after a supplier call. ① '财务部卢芳测算…（5月15日前）' "
                "-> 卢芳, 2026-05-15. ② names nobody, so the row's 负责人 杞红 owns it, '5月18日前' -> 2026-05-18. '希望5月底前签订框架协议' "
                "is the supplier's wish in 核心需求/反馈, not a task. The line '另：请信息部苏工5月15日前在ERP里新建该供应商编码' is a "
                "request made in the minutes with owner and date -> item 3, 苏工 = 苏明, 2026-05-15. 下次沟通时间 2026-05-14 14:00 -> "
                "next_followup (the video meeting recorded in 7812). 欣齒 keeps its traditional 齒 (in GB18030)."))


def c7812():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 5, 14, 15, 42, 19)
    frm = ("林怡君", email_of("林怡君"))
    chen = ("陳志豪", "zhihao.chen@xinchi-dental.example.com.tw")
    to = [("杞紅", email_of("杞红"))]
    cc = [("蘇明", email_of("苏明")), chen, ("紀要助手", bot[1])]
    text = """杞主管 您好：

感謝貴司今天撥冗參加視訊會議，會議記錄整理如下，請查收：

會議記錄
日期：2026年5月14日（四）14:00-15:00
與會：滇悅口腔 杞紅主管、蘇明工程師；欣齒牙材 林怡君、陳志豪

一、討論事項
1. 骨水平植體年度採購價格：本公司同意以年採購量800顆為條件，單價下調6%。
2. 貴司ERP供應商主檔建立所需資料。

二、待辦事項
1. 欣齒：林怡君於5/22前提供植體產品註冊證及授權書掃描檔。
2. 滇悅：杞主管於下週一前確認年度採購量。
3. 滇悅：蘇工於3個工作天內提供ERP供應商建檔表格。
4. 欣齒：陳志豪安排技術人員到昆明做植體系統教育訓練，時間待定。

下次會議：5月21日（四）上午10:30，視訊。

如有疑問，歡迎隨時與我聯繫。

林怡君 Yvonne Lin
欣齒牙材股份有限公司 業務部
TEL: +886-4-2359-6618 ext. 215
"""
    html = outlook_html(mso_paras(text), cs="big5", lang="ZH-TW", font="新細明體")
    body = Multi("alternative", [
        Leaf("text/plain", text, "big5", "quoted-printable"),
        Leaf("text/html", html, "big5", "quoted-printable"),
    ], "----=_NextPart_000_0024_01DCE3A1.9C2F6B30", preamble="This is a multipart message in MIME format.")
    hdr = envelope(B_DOM, bot[1], frm[1],
                   "mail.xinchi-dental.example.com.tw (mail.xinchi-dental.example.com.tw [203.69.138.27])",
                   "4fX7Mb4Gq2z1Tn", date, delay=6) + [
        "From: " + addr(*frm, cs="big5"),
        "To: " + addr_list(to, cs="big5"),
        "Cc: " + addr_list(cc, cs="big5"),
        "Subject: " + subj("會議記錄：骨水平植體採購視訊會議（5/14）", "big5"),
        "Date: " + date,
        "Message-ID: <002301dce3a1$9c2f6b30$d48e4190$@xinchi-dental.example.com.tw>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7812),
        "Content-Language: zh-tw",
    ]
    items = [
        item("林怡君", "提供植體產品註冊證及授權書掃描檔", "abs:5-22", "2026-05-22"),
        item("杞红", "確認年度採購量", "next:0", "2026-05-18"),
        item("苏明", "提供ERP供應商建檔表格", "wdays:3", "2026-05-19"),
        item("陳志豪", "安排技術人員到昆明做植體系統教育訓練", "vague", None, mail=chen[1]),
    ]
    case(7812, "supplier-minutes-outlook-zh-tw-big5", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:5-21", "2026-05-21", "10:30"),
         summary="4 items for both sides (traditional Chinese), next 05-21 10:30",
         tests="Outlook zh-TW big5 QP minutes written by a Taiwanese supplier: traditional-character names (杞紅/蘇明 = roster 杞红/苏明), 5/22前, 下週一前, 3個工作天內, 時間待定; external owners from From and Cc",
         notes=("Written by the supplier 欣齒牙材 (林怡君, in the roster as an outsider) in traditional Chinese, Outlook zh-TW, big5 "
                "quoted-printable, sent Thu 2026-05-14 15:42 +0800. 二、待辦事項 are the items; 一、討論事項 are facts/agreements. "
                "#1 林怡君 (the sender) '5/22前' -> 2026-05-22, address from the roster/From, department null. #2 '杞主管' = 杞红 "
                "(written 杞紅), '下週一前' -> Mon of next week 2026-05-18. #3 '蘇工' = 苏明, '3個工作天內' (Taiwanese for 3个工作日内) "
                "from Thu 05-14: 05-15, 05-18, 05-19 -> 2026-05-19. #4 陳志豪 is not in the roster; his address comes from the Cc "
                "display name, department null; '時間待定' -> vague_due. The '欣齒：'/'滇悅：' prefixes name the side, not the owner. "
                "下次會議 5月21日（四）上午10:30 -> 2026-05-21 10:30."))


def c7813():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 5, 20, 18, 10, 4)
    frm = person("段晓雯")
    to = [person(n) for n in ("罗婷", "何佳", "普建明", "苏明")]
    cc = [person("张志远"), person("杞红"), bot]
    text = """各位：
腾讯会议自动生成的纪要转给大家，纪要助手请跟踪下面的待办。涂氟耗材我这边已经让杞红下单了。

段晓雯

----------------------------------------
【腾讯会议】智能纪要：六一儿童口腔健康月活动筹备会
会议时间：2026/05/20 15:00-16:10
会议主持人：段晓雯
参会人员：段晓雯、罗婷、何佳、普建明、苏明

智能总结
本次会议围绕六一儿童口腔健康月活动展开讨论。会议决定6月1日在翠湖、呈贡两家门诊同时开展儿童免费口腔检查和涂氟活动，预计接待300名儿童。罗婷负责活动海报和推文，何佳负责对接合作幼儿园，普建明需协调儿牙医生排班，苏明负责小程序预约入口上线。

分章节
00:00:32 活动方案与预算
预算控制在2.5万元以内，涂氟耗材由采购部统一下单。
00:21:15 幼儿园合作与宣传
何佳已初步联系5所幼儿园，其中2所确认参与。
00:47:40 线上预约与排班
苏明介绍小程序可增加“儿童涂氟”预约类型，开发量约两天。

待办事项
1. 罗婷 6月1日前完成六一儿童口腔检查活动海报及推文
2. 何佳 本周五前联系3所合作幼儿园确认检查时间
3. 普建明 下周一前确认呈贡门诊儿牙医生排班
4. 苏明 尽快上线小程序“儿童涂氟”预约入口

本纪要由AI生成，内容仅供参考
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", qq_html(text, "utf-8"), "utf-8", "base64"),
    ], "----=_NextPart_7F1B3C5D_2E4A6C80_9D0B1E3F")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg156.qq.com (smtpbg156.qq.com [43.155.80.173])", "4fZ5Kq8Wc3z2Hv", date) + \
        exmail_headers(7813, "112.115.162.58") + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("转发：【腾讯会议】智能纪要：六一儿童口腔健康月活动筹备会"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_7F1B3C5D2E4A6C809D0B1E3FA1C25E7B4D09@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    items = [
        item("罗婷", "完成六一儿童口腔检查活动海报及推文", "abs:6-1", "2026-06-01"),
        item("何佳", "联系3所合作幼儿园确认检查时间", "wd:4", "2026-05-22"),
        item("普建明", "确认呈贡门诊儿牙医生排班", "next:0", "2026-05-25"),
        item("苏明", "上线小程序“儿童涂氟”预约入口", "vague", None),
    ]
    case(7813, "tencent-meeting-ai-minutes-forward", "minutes", assemble(hdr, body), items,
         summary="4 items from the 待办事项 of a 腾讯会议 智能纪要, no next meeting",
         tests="企业微信 forward of a 腾讯会议 智能纪要: the 智能总结 restates every owner ('罗婷负责…') and 分章节 holds facts; only 待办事项 count; the forwarder's preface reports done work",
         notes=("Sent Wed 2026-05-20 18:10 by 段晓雯 (企业微信 mail, UTF-8). The preface ('涂氟耗材我这边已经让杞红下单了') reports "
                "something already done -> not an item. The AI 智能总结 names the same owners again and 分章节 gives facts; only the four "
                "待办事项 are items. #1 罗婷 6月1日前 -> 2026-06-01. #2 何佳 本周五前 -> 2026-05-22. #3 普建明 下周一前 -> 2026-05-25. "
                "#4 苏明 尽快 -> vague_due. '会议决定6月1日…开展' is a decision. No next meeting -> null."))


def c7814():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 6, 1, 9, 5, 47)
    frm = person("钱慧")
    to = [person(n) for n in ("李春梅", "普建明", "王磊", "杨晓兰")]
    cc = [person("张志远"), person("苏明"), bot]
    text = """各位主任、护士长：

5月医疗质量与安全管理委员会会议纪要见附件，请各门诊按整改要求落实，6月例会上检查整改情况。

钱慧
医务部

发自网易邮箱大师
"""

    def build(d):
        from docx.shared import Pt
        d.add_heading("滇悦口腔医疗质量与安全管理委员会\n2026年5月会议纪要", level=1)
        d.add_paragraph("会议时间：2026年5月29日（周五）14:30-16:00")
        d.add_paragraph("会议地点：总部二楼会议室")
        d.add_paragraph("主持：钱慧    记录：杨晓兰")
        d.add_paragraph("出席：钱慧、李春梅、普建明、王磊、杨晓兰、苏明")
        d.add_paragraph("一、5月质控情况通报")
        d.add_paragraph("5月抽查病历90份，甲级率96.2%；院感自查合格率100%；患者投诉2起，均已妥善处理。")
        d.add_paragraph("二、问题整改")
        rows = [
            ("序号", "整改事项", "责任人", "完成时限", "备注"),
            ("1", "补齐翠湖门诊根管治疗术前X片影像资料", "李春梅", "6月10日前", ""),
            ("2", "更新呈贡门诊种植手术知情同意书模板", "王医生", "6月15日", "参照省口腔质控中心版本"),
            ("3", "修订《口腔门诊院感防控手册》第三版", "医务部", "本月底", ""),
            ("4", "组织全员开展医疗纠纷防范培训", "钱老师", "6月下旬", "可请律所讲师"),
            ("5", "器械追溯系统试运行", "苏明", "已完成", "5月25日上线"),
        ]
        t = d.add_table(rows=len(rows), cols=5)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
        d.add_paragraph("三、会议决定")
        d.add_paragraph("自6月起，医务部每月抽查各门诊病历不少于30份，结果纳入门诊绩效考核。")
        d.add_paragraph("下次会议：7月初，时间另行通知。")
        d.add_paragraph("医务部  2026年5月29日")

    docx_bytes = make_docx(build, author="qianhui")
    body = Multi("mixed", [
        Multi("alternative", [
            Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
            Leaf("text/html", "<div>" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>",
                 "UTF-8", "base64", qcs=False),
        ], "----=_Part_2093115_1322754043.1780275947219"),
        attach_leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes,
                    "5月医疗质量与安全管理委员会会议纪要.docx", cs="UTF-8"),
    ], "----=_Part_2093114_1763025874.1780275947219")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg152.qq.com (smtpbg152.qq.com [43.155.65.230])", "4gK1Wd6Pb8z3Jx", date) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="UTF-8"),
        "To: " + addr_list(to, cs="UTF-8"),
        "Cc: " + addr_list(cc, cs="UTF-8"),
        "Message-ID: <2f6c91d4.5a17.19e8a1b3c27.qianhui@%s>" % B_DOM,
        "Subject: " + subj("5月医疗质量会议纪要", "UTF-8"),
        "MIME-Version: 1.0",
    ]
    items = [
        item("李春梅", "补齐翠湖门诊根管治疗术前X片影像资料", "abs:6-10", "2026-06-10"),
        item("王磊", "更新呈贡门诊种植手术知情同意书模板", "abs:6-15", "2026-06-15"),
        item(None, "修订《口腔门诊院感防控手册》第三版", "mend", "2026-06-30", dept="医务部"),
        item("钱慧", "组织全员开展医疗纠纷防范培训", "vague", None),
    ]
    case(7814, "docx-attachment-quality-committee", "minutes", assemble(hdr, body), items,
         summary="4 items from the .docx table (dept-only 医务部, 6月下旬 vague, 已完成 row skipped), no next meeting",
         tests="网易邮箱大师 mail whose minutes are a .docx (python-docx table): items only in the attachment; 王医生/钱老师 aliases; 本月底 sent on the 1st; 6月下旬 is vague; '下次会议：7月初，时间另行通知' is no follow-up",
         notes=("Sent Mon 2026-06-01 09:05 from 网易邮箱大师; the body only points to the attached .docx. From its 二、问题整改 table: "
                "#1 李春梅 6月10日前 -> 2026-06-10. #2 '王医生' = 王磊, '6月15日' -> 2026-06-15. #3 责任人 医务部 (a department) -> "
                "owner null, department 医务部, no_owner; 本月底 -> 2026-06-30 (the mail is sent on 06-01, so the month is June). "
                "#4 '钱老师' = 钱慧; '6月下旬' is a period without a date -> due null, vague_due (corpus README: 11月中旬 is vague). "
                "Row 5 已完成 -> skipped. 一、 facts and 三、会议决定 are not items. '6月例会上检查整改情况' in the body and "
                "'下次会议：7月初，时间另行通知' give no date -> next_followup null."))


def c7815():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 6, 12, 21, 30, 14)
    frm = person("张志远")
    to = [person("段晓雯"), person("罗婷"), person("卢芳")]
    cc = [bot]
    text = """晓雯、罗婷、卢芳：

刚才群里定的几件事我整理一下，免得刷屏找不到：
1. 端午节后第一个工作日上线暑期正畸优惠活动，罗婷负责，活动页和海报一起出。
2. 段经理下周三前报送三家门诊6月排班表和端午值班表。
3. 卢芳月底前出5月各门诊成本分析。
4. 呈贡门诊二期装修预算先放一放，7月再说。

下面是聊天记录，供参考：
【滇悦管理群】
段晓雯 20:41
张总，端午值班表我这两天排好发您
张志远 20:43
@段晓雯 6月排班表一起，下周三前给我
罗婷 20:45
正畸活动页我们节后第一天上线可以吗？
张志远 20:46
可以，海报一起出
卢芳 20:52
5月成本分析月底前出
张志远 20:53
[强]

张志远
滇悦口腔
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "\n</body></html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "GBK", "base64"),
        Leaf("text/html", html, "GBK", "base64"),
    ], "----=_001_NextPart415782369083_=----")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg150.qq.com (smtpbg150.qq.com [43.155.65.79])", "4gP9Xc2Rn7z4Bk", date) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="GBK"),
        "To: " + addr_list(to, cs="GBK"),
        "Cc: " + addr_list(cc, cs="GBK"),
        "Subject: " + subj("群里定的几件事（6月12日）", "GBK"),
        "X-Priority: 3",
        "X-GUID: 3E8B2F41-6C7D-4A95-B210-9F4D1C6E8A53",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <2026061221301465412318@%s>" % B_DOM,
    ]
    items = [
        item("罗婷", "上线暑期正畸优惠活动", "afterhol", "2026-06-22"),
        item("段晓雯", "报送三家门诊6月排班表和端午值班表", "next:2", "2026-06-17"),
        item("卢芳", "出5月各门诊成本分析", "mend", "2026-06-30"),
    ]
    case(7815, "chat-paste-foxmail-gbk-evening", "minutes", assemble(hdr, body), items,
         summary="3 items from the boss's list (chat log below restates them), no next meeting",
         tests="Foxmail GBK mail by the general manager summarising a WeChat group chat, sent on a Friday night: the pasted chat log repeats the items and must add none; 端午节后第一个工作日; a postponed topic is not an item",
         notes=("Sent Fri 2026-06-12 21:30 (Foxmail, GBK base64). The numbered list is the record: #1 罗婷负责, '端午节后第一个工作日' "
                "-> the first working day after the Dragon Boat holiday (06-19..06-21) = Mon 2026-06-22. #2 '段经理' = 段晓雯, "
                "下周三前 -> 2026-06-17. #3 卢芳 月底前 -> 2026-06-30. #4 '二期装修预算先放一放，7月再说' is a decision to postpone, "
                "with no owner and no deliverable -> not an item. The chat log under '下面是聊天记录' restates #1-#3 (with '这两天', "
                "'节后第一天') and adds nothing. '[强]' is the WeChat thumbs-up. No next meeting -> null."))


def c7816():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 6, 24, 18, 2, 40)
    frm = person("普建明")
    to = [person("王磊"), person("杨晓兰")]
    cc = [person("钱慧"), bot]
    text = """呈贡门诊周会 6月24日

普院长
1. 联系区卫健委确认口腔诊所校验材料清单，7月3日前

王医生
① 周五前完成种植病例讨论PPT
② 下周一把新版知情同意书打印放到各诊室

杨护士长
1. 护士分层培训计划，7月3日前交医务部钱老师
2. 器械室温湿度记录表补齐（尽快）

前台
1. 暑期儿童预约登记表 月底前

下次周会：7月1日 周三
17:30 门诊二楼会议室

发自我的iPhone
"""
    body = Leaf("text/plain", text, "utf-8", "quoted-printable", qcs=False)
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg154.qq.com (smtpbg154.qq.com [43.155.67.158])", "4gS4Fn7Ky2z9Dc", date) + [
        "From: " + addr(*frm),
        "Mime-Version: 1.0 (1.0)",
        "Date: " + date,
        "Subject: " + subj("呈贡门诊周会"),
        "Message-Id: <A3F29C7E-5B1D-4E88-9C20-7D6E1F4B8A52@%s>" % B_DOM,
        "Cc: " + addr_list(cc),
        "To: " + addr_list(to),
        "X-Mailer: iPhone Mail (23F79)",
    ]
    items = [
        item("普建明", "联系区卫健委确认口腔诊所校验材料清单", "abs:7-3", "2026-07-03"),
        item("王磊", "完成种植病例讨论PPT", "wd:4", "2026-06-26"),
        item("王磊", "把新版知情同意书打印放到各诊室", "next:0", "2026-06-29"),
        item("杨晓兰", "护士分层培训计划", "abs:7-3", "2026-07-03"),
        item("杨晓兰", "器械室温湿度记录表补齐", "vague", None),
        item(None, "暑期儿童预约登记表", "mend", "2026-06-30"),
    ]
    case(7816, "iphone-grouped-by-person-two-line-next", "minutes", assemble(hdr, body), items,
         nxt=("abs:7-1", "2026-07-01", "17:30"),
         summary="6 items under person headings (①② for 王医生, a 前台 team item), next 07-01 17:30 given on two lines",
         tests="iPhone Mail text/plain QP minutes grouped by person heading (普院长/王医生/杨护士长/前台): headings own the lines below; ①② sub-tasks; bare 周五 and 下周一; '下次周会：7月1日 周三' with the time on the next line",
         notes=("Sent Wed 2026-06-24 18:02 from an iPhone, text/plain UTF-8 QP. Each heading owns the lines under it. "
                "'普院长' = 普建明 (the sender): 7月3日前 -> 2026-07-03. '王医生' = 王磊: ① 周五前 -> Fri 2026-06-26; ② 下周一 -> "
                "2026-06-29 (two items). '杨护士长' = 杨晓兰: 1. 7月3日前 -> 2026-07-03 ('交医务部钱老师' says to whom, 钱老师 is not "
                "the owner); 2. '（尽快）' -> vague_due. '前台' is a front-desk team, not a person and not a roster department -> owner "
                "null, department null, no_owner; 月底前 -> 2026-06-30. '下次周会：7月1日 周三' + next line '17:30 门诊二楼会议室' -> "
                "next_followup 2026-07-01 17:30."))


def c7817():
    bot = BOT["B"]
    date, _ = fmt_date(2026, 5, 27, 10, 12, 55)
    frm = person("卢芳")
    to = [person("李春梅"), person("普建明")]
    cc = [person("段晓雯"), bot]
    text = """各门诊：

请于本周五（5月29日）前提交5月耗材盘点表，格式同上月。盘点差异超过2%的请附情况说明。

谢谢！

卢芳
财务部
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb18030", "base64"),
        Leaf("text/html", qq_html(text, "gb18030"), "gb18030", "base64"),
    ], "----=_NextPart_5C3E8A21_7D9F0B46_1A2C4E68")
    hdr = envelope(B_DOM, bot[1], frm[1], "smtpbg151.qq.com (smtpbg151.qq.com [54.254.200.92])", "4g2Rt5Mx8Lz3Qc", date) + \
        exmail_headers(7817, "39.129.40.115") + [
        "From: " + addr(*frm, cs="gb18030"),
        "To: " + addr_list(to, cs="gb18030"),
        "Cc: " + addr_list(cc, cs="gb18030"),
        "Subject: " + subj("请提交5月耗材盘点表", "gb18030"),
        "Mime-Version: 1.0",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_5C3E8A217D9F0B461A2C4E68B3D95F1A0C02@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    case(7817, "other-plain-request-exmail", "other", assemble(hdr, body),
         summary="other: a request with a deadline, not minutes",
         tests="Exmail gb18030 one-paragraph request from finance to the clinics with the bot in Cc by habit: has '本周五（5月29日）前' but no meeting, so kind other",
         notes=("A plain request written by a person (卢芳, Exmail web, gb18030), sent Wed 2026-05-27 10:12, with the bot in Cc out "
                "of habit. It asks the clinics for a stock-count sheet by 本周五（5月29日）前, but there was no meeting and it records "
                "no minutes: kind other, no items, no follow-up (the bot should not send a recap)."))


# ---------------------------------------------------------------- C: 驼铃跨境物流 (cross-border logistics start-up, Urumqi)
def feishu_html(text):
    return ('<html><head><meta charset="utf-8"></head><body><div style="font-size:14px;font-family:-apple-system,'
            'BlinkMacSystemFont,\'PingFang SC\',\'Microsoft YaHei\',sans-serif;line-height:1.6">'
            + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
            + "</div></body></html>")


def feishu_headers(seed, dom):
    return ["Message-Id: <%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + 1, 4), hx(seed + 2, 12), dom)]


def c7818():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 4, 14, 11, 48, 26)
    frm = person("邓思雨")
    to = [person(n) for n in ("韦志远", "古丽娜·阿不都", "吴凯", "徐航")]
    cc = [person("曹毅"), bot]
    text = """Hi all，

昨天（4/13）WMS二期需求评审会的飞书智能纪要贴在下面，待办已按会上分工核对过，纪要机器人帮忙跟进一下～

思雨

==========
智能纪要：霍尔果斯海外仓 WMS 二期需求评审
2026年4月13日 15:00 | 1小时12分钟

总结
会议评审了霍尔果斯海外仓WMS二期的三项核心需求：库位动态分配、哈萨克斯坦清关状态回传、司机端签收拍照。库位动态分配方案达成一致，由韦志远先调整库位编码规则；清关状态回传依赖关务部向哈方索取接口文档；司机端签收拍照由邓思雨补充PRD后再评审。

章节
库位动态分配（00:00:10）
韦志远提出现有库位编码规则无法支撑动态分配，旺季时人工找货平均耗时12分钟。
清关状态回传（00:25:41）
古丽娜表示哈方接口文档需要通过Steppe Freight协调，预计一周内拿到。
司机端签收拍照（00:51:03）
吴凯评估拍照压缩和离线上传的开发量约5人日。

待办
· 完成霍尔果斯仓库位编码规则调整方案  @韦志远  4月17日
· 向哈方索取清关状态接口文档  @古丽娜·阿不都  4月16日
· 完成库位动态分配接口设计  @吴凯  下周三
· 整理近3个月口岸通关时效数据
· 输出司机端签收拍照PRD  @邓思雨  下周五

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", feishu_html(text), "UTF-8", "quoted-printable", qcs=False),
    ], "%s" % hx(7818, 28))
    hdr = envelope(C_DOM, bot[1], frm[1], "out-a7.larkmail.example (unknown [101.45.255.37])", "4fH8Nv3Dq5z2Kj", date) + [
        "Date: " + date,
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("【智能纪要】霍尔果斯海外仓 WMS 二期需求评审"),
        "Mime-Version: 1.0",
    ] + feishu_headers(7818, C_DOM)
    items = [
        item("韦志远", "完成霍尔果斯仓库位编码规则调整方案", "abs:4-17", "2026-04-17"),
        item("古丽娜·阿不都", "向哈方索取清关状态接口文档", "abs:4-16", "2026-04-16"),
        item("吴凯", "完成库位动态分配接口设计", "next:2", "2026-04-22"),
        item(None, "整理近3个月口岸通关时效数据", "none", None),
        item("邓思雨", "输出司机端签收拍照PRD", "next:4", "2026-04-24"),
    ]
    case(7818, "feishu-ai-minutes-todo-only", "minutes", assemble(hdr, body), items,
         summary="5 items from the 飞书智能纪要 待办 list (one unassigned without date), no next meeting",
         tests="Feishu mail with a pasted 飞书智能纪要: 总结/章节 restate owners and facts, only 待办 count; '任务 @负责人 日期' layout with the date as a column (no 前); an unassigned, undated 待办",
         notes=("Sent Tue 2026-04-14 11:48 (Feishu mail, UTF-8) about a meeting held Mon 04-13. Only the 待办 list is extracted; "
                "总结 ('由韦志远先调整…', '由邓思雨补充PRD') and 章节 ('预计一周内拿到', '约5人日') are summary and facts. Each 待办 is "
                "'task @owner date': #1 韦志远 4月17日 -> 2026-04-17. #2 古丽娜·阿不都 4月16日 -> 2026-04-16. #3 吴凯 下周三 -> 2026-04-22 "
                "(the same from the meeting day or the send day). #4 has neither assignee nor date -> owner null, department null, "
                "[no_owner, no_due]. #5 邓思雨 下周五 -> 2026-04-24. No next meeting -> null."))


def c7819():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 4, 20, 19, 22, 8)
    frm = person("徐航")
    to = [person("吴凯"), person("邓思雨"), person("韦志远")]
    cc = [bot]
    text = """周一技术同步（4/20）

上周：
- [x] @吴凯 修复海关申报回执解析乱码
- [x] @思雨 司机端签收 PRD 评审

本周：
- [ ] @吴凯 KZ 海关申报接口联调，4/24 前
- [ ] @思雨 清关状态推送 PRD v2，周三前
- [ ] @Kai 压测报告发群里 EOD
- [ ] @徐航 评估是否把服务迁到乌鲁木齐本地机房，TBD
- [ ] @韦志远 提供霍尔果斯仓现场网络拓扑，周四前

风险：哈方接口文档还没拿到（古丽娜在催）。

Next sync: 下周一 11:00（北京时间）

-- 
徐航 | 驼铃跨境物流 产品技术部
"""
    body = Leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed", qcs=False)
    hdr = envelope(C_DOM, bot[1], frm[1], "[192.168.1.23] (unknown [36.109.214.86])", "4fQ6Bs1Gh9z4Vw", date) + [
        "Message-ID: <5b1e7c40-9d2a-4f63-8e15-c3a7b9d04e21@%s>" % C_DOM,
        "Date: " + date,
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: zh-CN",
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "From: " + addr(*frm),
        "Subject: " + subj("技术周同步 4/20"),
    ]
    items = [
        item("吴凯", "KZ 海关申报接口联调", "abs:4-24", "2026-04-24"),
        item("邓思雨", "清关状态推送 PRD v2", "wd:2", "2026-04-22"),
        item("吴凯", "压测报告发群里", "today", "2026-04-20"),
        item("徐航", "评估是否把服务迁到乌鲁木齐本地机房", "vague", None),
        item("韦志远", "提供霍尔果斯仓现场网络拓扑", "wd:3", "2026-04-23"),
    ]
    case(7819, "thunderbird-checkbox-at-owner", "minutes", assemble(hdr, body), items,
         nxt=("next:0", "2026-04-27", "11:00"),
         summary="5 open '- [ ] @name' items ([x] rows skipped), next Mon 04-27 11:00",
         tests="Thunderbird text/plain format=flowed 8bit: '- [ ] @name' checklist with done '[x]' rows; @思雨/@Kai aliases; 4/24 前, 周三前, EOD, TBD, 周四前; 'Next sync: 下周一 11:00（北京时间）'",
         notes=("Thunderbird plain text (UTF-8, 8bit, format=flowed), sent Mon 2026-04-20 19:22. '上周' rows marked [x] are done -> "
                "skipped. Open rows: #1 @吴凯 '4/24 前' -> 2026-04-24. #2 '@思雨' = 邓思雨, 周三前 -> 2026-04-22. #3 '@Kai' = 吴凯 "
                "(roster alias), EOD -> the send date 2026-04-20, no time. #4 @徐航 (the writer) TBD -> vague_due. #5 @韦志远 周四前 -> "
                "2026-04-23. '风险：…（古丽娜在催）' is a status remark. 'Next sync: 下周一 11:00（北京时间）' -> 2026-04-27 11:00."))


def c7820():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 5, 11, 17, 50, 37)
    frm = person("曹毅")
    to = [person(n) for n in ("韦志远", "古丽娜·阿不都", "周童", "马晓燕")]
    cc = [person("艾尔肯·吐尔洪"), bot]
    text = """各位，本周运营周会纪要如下：

1. 仓储主管韦志远负责在5月15日前完成阿拉山口前置仓的货架加装
   及库位编码，完成后通知关务部。
2. 关务部古丽娜经理本月底前完成中欧班列（乌鲁木齐—阿拉木图）
   报关资料模板的统一。
3. 运营部周童3个工作日内梳理4月份延误订单清单，标注延误原因
   并同步给商务部。
4. 商务部尽快与哈方确认6月运价调整方案。
5. 艾总：5月13日前审批阿拉山口前置仓追加预算。

会议认为：五一期间霍尔果斯口岸通关正常，积压订单已基本消化。

下次会议：5月18日（周一）10:00，三楼小会议室。

曹毅
运营部
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", feishu_html(text), "UTF-8", "quoted-printable", qcs=False),
    ], hx(7820, 28))
    hdr = envelope(C_DOM, bot[1], frm[1], "out-a3.larkmail.example (unknown [101.45.255.33])", "4fW2Lc7Hs4z8Ny", date) + [
        "Date: " + date,
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("运营周会纪要 5/11"),
        "Mime-Version: 1.0",
    ] + feishu_headers(7820, C_DOM)
    items = [
        item("韦志远", "完成阿拉山口前置仓的货架加装及库位编码，完成后通知关务部", "abs:5-15", "2026-05-15"),
        item("古丽娜·阿不都", "完成中欧班列（乌鲁木齐—阿拉木图）报关资料模板的统一", "mend", "2026-05-31"),
        item("周童", "梳理4月份延误订单清单，标注延误原因并同步给商务部", "wdays:3", "2026-05-14"),
        item(None, "与哈方确认6月运价调整方案", "vague", None, dept="商务部"),
        item("艾尔肯·吐尔洪", "审批阿拉山口前置仓追加预算", "abs:5-13", "2026-05-13"),
    ]
    case(7820, "wrapped-items-role-titles-feishu", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-18", "2026-05-18", "10:00"),
         summary="5 items, three wrapped over two lines (仓储主管韦志远, 古丽娜经理, 艾总), next 05-18 10:00",
         tests="Feishu mail where items wrap onto an indented second line; owners with role prefixes (仓储主管韦志远, 关务部古丽娜经理, 运营部周童, 艾总); 本月底前 = a Sunday; 3个工作日内; dept-only 尽快",
         notes=("Sent Mon 2026-05-11 17:50 (Feishu mail, UTF-8). Items #1-#3 continue on an indented second line; the task is the "
                "whole sentence. #1 '仓储主管韦志远' -> 韦志远, 5月15日前 -> 2026-05-15. #2 '关务部古丽娜经理' -> 古丽娜·阿不都, 本月底前 -> "
                "2026-05-31 (a Sunday: month end is kept as written). #3 周童, 3个工作日内 from Mon 05-11 -> 05-12, 05-13, 05-14 -> "
                "2026-05-14. #4 '商务部尽快…' -> owner null, department 商务部, [vague_due, no_owner]. #5 '艾总' = 艾尔肯·吐尔洪, "
                "2026-05-13. '会议认为…' is a finding, not an item. 下次会议 5月18日（周一）10:00 -> 2026-05-18 10:00."))


def c7821():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 5, 9, 16, 40, 11)
    frm = person("古丽娜·阿不都")
    to = [person("周童"), person("马晓燕"), person("吴凯")]
    cc = [person("曹毅"), bot]
    text = """各位：

今天调休上班，下午关务组开了个短会，纪要如下。

一、情况
阿拉山口口岸自5月起查验比例上调至15%，本周已有3票被抽中查验。

二、待办
1）周童：明天把本周报关异常单汇总发我（明天周日我在线）。
2）古丽娜：下周一前向海关提交AEO认证复核材料。
3）马晓燕：2个工作日内通知重点客户查验比例调整的影响。
4）吴凯：今天下班前修复报关单批量导入时的HS编码校验错误。

三、下周二下午4点，关务组再碰一次。

古丽娜·阿不都
关务部
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", feishu_html(text), "UTF-8", "quoted-printable", qcs=False),
    ], hx(7821, 28))
    hdr = envelope(C_DOM, bot[1], frm[1], "out-a5.larkmail.example (unknown [101.45.255.35])", "4fV8Jp2Wm6z1Xs", date) + [
        "Date: " + date,
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("关务组短会纪要（5/9调休日）"),
        "Mime-Version: 1.0",
    ] + feishu_headers(7821, C_DOM)
    items = [
        item("周童", "把本周报关异常单汇总发我", "tomorrow", "2026-05-10"),
        item("古丽娜·阿不都", "向海关提交AEO认证复核材料", "next:0", "2026-05-11"),
        item("马晓燕", "通知重点客户查验比例调整的影响", "wdays:2", "2026-05-12"),
        item("吴凯", "修复报关单批量导入时的HS编码校验错误", "today", "2026-05-09"),
    ]
    case(7821, "makeup-saturday-relative-dates", "minutes", assemble(hdr, body), items,
         nxt=("next:1", "2026-05-12", "16:00"),
         summary="4 items on the 05-09 make-up Saturday (明天=Sunday, 下周一, 2个工作日内, 今天下班前), next Tue 05-12 16:00",
         tests="Minutes sent on Saturday 2026-05-09, a make-up working day: 明天 is a Sunday, 下周一 is the day after, 2个工作日内 skips the Sunday, 今天下班前 = the Saturday; next meeting '下周二下午4点' as a numbered line",
         notes=("Sent Sat 2026-05-09 16:40, the Labour Day make-up working day (Feishu mail, UTF-8). #1 周童 '明天' -> Sun "
                "2026-05-10 (the writer says she is online on Sunday). #2 古丽娜 (the writer) 下周一前 -> 2026-05-11. #3 马晓燕 "
                "2个工作日内 counted from the day after sending: 05-10 is a Sunday (not a working day), so 05-11, 05-12 -> 2026-05-12. "
                "#4 吴凯 今天下班前 -> 2026-05-09, no time. 一、情况 is a fact. '三、下周二下午4点，关务组再碰一次' -> Tue of next week "
                "2026-05-12 16:00."))


def c7822():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 5, 27, 18, 5, 31, off="+0500")
    frm = ("Aigerim Nurlanovna", email_of("Aigerim Nurlanovna"))
    dan = ("Daniyar Seitkali", "daniyar.s@steppefreight.example.kz")
    to = [("Gulina Abdu", email_of("古丽娜·阿不都")), ("Wei Zhiyuan", email_of("韦志远"))]
    cc = [dan, ("Xiaoyan Ma", email_of("马晓燕")), ("Tuoling Minutes", bot[1])]
    text = """Hi all,

Thanks for the call today. Summary below, please correct me if I missed anything.

Attendees: Gulina, Wei Zhiyuan, Xiaoyan (Tuoling); Daniyar, me (Steppe Freight)

Decisions
- Pilot consignment: 2 x 40' containers of auto parts via Dostyk, departing the week of June 8.
- Steppe Freight handles customs on the Kazakh side; Tuoling handles the export declaration in Alashankou.

Action items
1. Gulina \u2013 send the HS code list and the draft invoices for the pilot consignment \u2013 by Friday
2. Daniyar \u2013 confirm the rail slot at Dostyk and share the booking number \u2013 by June 3
3. Wei Zhiyuan \u2013 arrange loading at the Alashankou warehouse and send photos of the sealed containers \u2013 by June 5
4. Steppe Freight ops team \u2013 check whether the SMGS consignment note can be issued electronically \u2013 ASAP
5. Xiaoyan \u2013 share Tuoling's updated rate card for Q3 \u2013 TBD

Next sync: Tue Jun 2, 10:00 Almaty time (13:00 Beijing)

Best regards,
Aigerim Nurlanovna
Operations Manager | Steppe Freight LLP
Almaty, Kazakhstan
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "quoted-printable"),
        Leaf("text/html", html, "UTF-8", "quoted-printable"),
    ], "000000000000a41f7c0619b3e2d5")
    hdr = envelope(C_DOM, bot[1], frm[1], "mail-sor-f41.google.com (mail-sor-f41.google.com\n [209.85.220.41])",
                   "4g1Tz8Kc3Pz6Vd", date, delay=4) + [
        "MIME-Version: 1.0",
        "From: " + addr(*frm),
        "Date: " + date,
        "Message-ID: <CAH7k2Xp9qWz3r_Fv1Lm8tYcN0bQe6sJdK4uG5hA2vR7oTn-M3w@mail.gmail.com>",
        "Subject: Steppe Freight / Tuoling call notes - pilot consignment via Dostyk (May 27)",
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "X-Gm-Features: AQt7F2pL0xY9vBcDq8mWn4sKr1eZj6hT5uGi3oAa7fXy",
    ]
    items = [
        item("古丽娜·阿不都", "send the HS code list and the draft invoices for the pilot consignment", "wd:4", "2026-05-29"),
        item("Daniyar Seitkali", "confirm the rail slot at Dostyk and share the booking number", "abs:6-3", "2026-06-03", mail=dan[1]),
        item("韦志远", "arrange loading at the Alashankou warehouse and send photos of the sealed containers", "abs:6-5", "2026-06-05"),
        item(None, "check whether the SMGS consignment note can be issued electronically", "vague", None),
        item("马晓燕", "share Tuoling's updated rate card for Q3", "vague", None),
    ]
    case(7822, "partner-english-gmail-almaty-tz", "minutes", assemble(hdr, body), items,
         nxt=("abs:6-2", "2026-06-02", "13:00"),
         summary="5 English action items from the Kazakh partner (external owner from Cc, team owner), next 06-02 13:00 Beijing",
         tests="Gmail English minutes from a partner in Almaty (Date +0500): 'Name \u2013 task \u2013 by X' lines, first-name aliases, an external owner resolved from Cc, 'ops team' with ASAP, TBD; Next sync given in Almaty time with the Beijing time in brackets",
         notes=("Written by the Kazakh partner Steppe Freight (Aigerim, in the roster as an outsider), Gmail, sent Wed 2026-05-27 "
                "18:05 +0500 = 21:05 in Shanghai, the same day. Decisions are not items. #1 'Gulina' = 古丽娜·阿不都, 'by Friday' -> "
                "2026-05-29. #2 Daniyar Seitkali is not in the roster: address from the Cc entry, department null; 'by June 3' -> "
                "2026-06-03. #3 'Wei Zhiyuan' = 韦志远, 2026-06-05. #4 'Steppe Freight ops team' is a team of the partner -> owner null, "
                "department null, [vague_due, no_owner] (ASAP). #5 'Xiaoyan' = 马晓燕, TBD -> vague_due. 'Next sync: Tue Jun 2, "
                "10:00 Almaty time (13:00 Beijing)' -> Almaty is UTC+5, so 2026-06-02 13:00 Asia/Shanghai (the bracket agrees)."))


def c7823():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 6, 2, 12, 15, 22, suffix=" (CST)")
    frm = ("阿依古丽", email_of("阿依古丽"))
    to = [person("马晓燕")]
    cc = [person("韦志远"), ("古丽娜", email_of("古丽娜·阿不都")), bot]
    text = """马经理：

你好！今天上午开会说的事情我整理了一下，请你们看看：

1. 我们6月5日前把第一批葡萄干（20吨）的装箱单和产地证发给你们。（阿依古丽）
2. 驼铃这边6月8日前确认霍尔果斯仓的冷库能不能放下这批货。（韦主管）
3. 驼铃关务帮我们再核一下报关的HS编码，下周三前给答复。（古丽娜）
4. 运费结算方式：按票结算，月底统一开票。

下次开会：6月9日上午11点，还是腾讯会议。

谢谢！
阿依古丽
天山果业 外贸部
电话：0991-4627315
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div><br><br>")
    body = Multi("alternative", [
        Leaf("text/plain", text, "GBK", "base64", qcs=False),
        Leaf("text/html", html, "GBK", "base64", qcs=False),
    ], "----=_Part_301846_1958724301.1780373722548")
    hdr = envelope(C_DOM, bot[1], frm[1], "m16.mail.163.com (m16.mail.163.com [220.197.31.4])", "4g4Mw1Yb7Fz2Hr", date) + [
        "X-Originating-IP: [36.109.197.42]",
        "Date: " + date,
        "From: " + addr(*frm, cs="GBK"),
        "To: " + addr_list(to, cs="GBK"),
        "Cc: " + addr_list(cc, cs="GBK"),
        "Subject: " + subj("今天开会的事情（葡萄干出口）", "GBK"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com",
        "X-NTES-SC: AL_Qu2ZBvSbvUkt4SWYY+kfmU0VgOw2XcO5uf8k2oFXOJ17jCTo+TELcG9/NVfR2s6CBRmhpRaoVxJZ1+dGe4N3",
        "MIME-Version: 1.0",
        "Message-ID: <4e7b2a91.3c6f.19e873d1a24.Coremail.tsgy_ayiguli@163.com>",
        "X-Coremail-Locale: zh_CN",
        "X-CM-TRANSID: _____wD3H5bKV3Bo5v4CAA--.21847S2",
        "X-Coremail-Antispam: 1Uf129KBjvJXoW7ur18Jr4rXw48Jr1fGr1rZwb_yoW8XF18pr",
        "X-CM-SenderInfo: xwvc1sx1lxnwxlp6il2tof0z/1tbiRwPhGmhwV-ZxJwAAsA",
    ]
    items = [
        item("阿依古丽", "把第一批葡萄干（20吨）的装箱单和产地证发给你们", "abs:6-5", "2026-06-05"),
        item("韦志远", "确认霍尔果斯仓的冷库能不能放下这批货", "abs:6-8", "2026-06-08"),
        item("古丽娜·阿不都", "再核一下报关的HS编码", "next:2", "2026-06-10"),
    ]
    case(7823, "customer-163-web-gbk-bracket-owner", "minutes", assemble(hdr, body), items,
         nxt=("abs:6-9", "2026-06-09", "11:00"),
         summary="3 items with the owner in brackets at the line end (customer's own item, 韦主管, 古丽娜), next 06-09 11:00",
         tests="163.com webmail (GBK) minutes written by a small customer: owner in brackets after each line, the customer's own item owned by the sender, 下周三前, a settlement rule that is not an item; '下次开会：6月9日上午11点'",
         notes=("Sent Tue 2026-06-02 12:15 by the customer 天山果业 (阿依古丽, a 163.com address, in the roster as an outsider) from "
                "163 webmail, GBK base64. The owner of each line is the name in brackets at its end. #1 '（阿依古丽）' = the sender: "
                "owner 阿依古丽, address from From, department null; 6月5日前 -> 2026-06-05. #2 '（韦主管）' = 韦志远, 6月8日前 -> "
                "2026-06-08. #3 '（古丽娜）' = 古丽娜·阿不都, 下周三前 from Tue 06-02 -> 2026-06-10. #4 '按票结算，月底统一开票' is the "
                "agreed settlement rule, not an item. '下次开会：6月9日上午11点' -> 2026-06-09 11:00."))


def c7824():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 6, 10, 10, 40, 3)
    frm = person("周童")
    to = [person(n) for n in ("韦志远", "吴凯", "马晓燕", "曹毅")]
    cc = [bot]
    rows = [
        ["序号", "事项", "负责人", "截止日期", "状态"],
        ["1", "6月大促备货入仓计划表", "周童", "6/12", "进行中"],
        ["2", "霍尔果斯仓叉车年检", "韦志远", "2026/6/15", "进行中"],
        ["3", "客户投诉工单周报模板优化", "周童", "6/5", "已完成"],
        ["4", "中亚专线时效看板上线", "吴凯", "本周五", "进行中"],
        ["5", "6月对账单发送", "马晓燕", "6月底", "未开始"],
        ["6", "海外仓货物保险续保", "曹毅", "待定", "未开始"],
    ]
    text = ("各位好，\n\n本周运营例会（6/10）跟踪表更新如下（从Excel复制）：\n\n"
            + "\n".join("\t".join(r) for r in rows)
            + "\n\n下次例会：6月17日（周三）10:30\n\n周童\n驼铃跨境物流 运营部\n")
    body = Leaf("text/plain", text, "utf-8", "quoted-printable", qcs=False)
    hdr = envelope(C_DOM, bot[1], frm[1], "smtpclient.apple (unknown [36.109.221.140])", "4g8Vk3Qd5Mz7Fb", date) + [
        "From: " + addr(*frm),
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
        "Subject: " + subj("运营例会跟踪表 6/10"),
        "Message-Id: <8C2E5F71-1B4A-4D93-A6E0-52F8D7C3B914@%s>" % C_DOM,
        "Date: " + date,
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "X-Mailer: Apple Mail (2.3826.600.51.1.1)",
    ]
    items = [
        item("周童", "6月大促备货入仓计划表", "abs:6-12", "2026-06-12"),
        item("韦志远", "霍尔果斯仓叉车年检", "abs:6-15", "2026-06-15"),
        item("吴凯", "中亚专线时效看板上线", "this:4", "2026-06-12"),
        item("马晓燕", "6月对账单发送", "mend:6", "2026-06-30"),
        item("曹毅", "海外仓货物保险续保", "vague", None),
    ]
    case(7824, "excel-tsv-paste-apple-mail", "minutes", assemble(hdr, body), items,
         nxt=("abs:6-17", "2026-06-17", "10:30"),
         summary="5 rows of a tab-separated Excel paste (已完成 row skipped), next 06-17 10:30",
         tests="Apple Mail text/plain QP with an Excel range pasted as tab-separated text: date forms 6/12, 2026/6/15, 本周五, 6月底, 待定; 已完成 row skipped",
         notes=("Apple Mail (macOS) plain text, UTF-8 QP, sent Wed 2026-06-10 10:40. Each row with status other than 已完成 is an "
                "item; task = 事项, owner = 负责人. #1 周童 6/12 -> 2026-06-12. #2 韦志远 2026/6/15 -> 2026-06-15. Row 3 已完成 -> "
                "skipped. #3 吴凯 本周五 -> 2026-06-12. #4 马晓燕 6月底 -> 2026-06-30. #5 曹毅 待定 -> vague_due. "
                "下次例会：6月17日（周三）10:30 -> 2026-06-17 10:30."))


def c7825():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 6, 18, 17, 25, 48)
    frm = person("曹毅")
    to = [person(n) for n in ("韦志远", "周童", "吴凯")]
    cc = [person("艾尔肯·吐尔洪"), bot]
    old_id = "<7d2c1f08.8a41.19e9b2c6e35.caoyi@%s>" % C_DOM
    text = """各位，今天下午第二次碰头，结论和待办如下：

结论：临时堆场确定用霍尔果斯综保区B区，租期一个月。

待办：
1. 韦志远：4小时内把临时堆场的租赁合同签回。
2. 周童：明天下午3点前把积压订单分批出库计划发群里（明天过节，值班的同事辛苦）。
3. 吴凯：节后第一个工作日完成WMS库容预警阈值调整。
4. 曹毅：6月20日前与口岸协调增开夜间查验窗口。

端午节后第一个工作日上午10点再碰一次。

曹毅

---- 回复的原邮件 ----
| 发件人 | 曹毅<caoyi@%s> |
| 日期 | 2026年06月15日 18:02 |
| 收件人 | 韦志远<weizhiyuan@%s>、周童<zhoutong@%s>、吴凯<wukai@%s> |
| 抄送至 | 会议纪要机器人<minutes@%s> |
| 主题 | 6月大促 霍尔果斯仓爆仓应急预案 |
各位，今天第一次碰头的待办：
1. 韦志远：6月16日前联系两家临时堆场报价。
2. 周童：6月17日前统计积压订单明细。
下次：6月18日下午再碰。
曹毅
""" % ((C_DOM,) * 5)
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", "<div>" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>",
             "UTF-8", "base64", qcs=False),
    ], "----=_Part_986412_1103265578.1781774748221")
    hdr = envelope(C_DOM, bot[1], frm[1], "[10.12.0.87] (unknown [36.109.208.15])", "4gH2Pq6Ld9z5Wm", date) + [
        "Date: " + date,
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Message-ID: <1b5e8d32.9f03.19ec7a41b06.caoyi@%s>" % C_DOM,
        "In-Reply-To: " + old_id,
        "References: " + old_id,
        "Subject: " + subj("回复：6月大促 霍尔果斯仓爆仓应急预案"),
        "MIME-Version: 1.0",
    ]
    items = [
        item("韦志远", "把临时堆场的租赁合同签回", "hours:4", "2026-06-18", time="21:25"),
        item("周童", "把积压订单分批出库计划发群里", "tomorrow", "2026-06-19", time="15:00"),
        item("吴凯", "完成WMS库容预警阈值调整", "afterhol", "2026-06-22"),
        item("曹毅", "与口岸协调增开夜间查验窗口", "abs:6-20", "2026-06-20"),
    ]
    case(7825, "re-thread-second-session-mailmaster", "minutes", assemble(hdr, body), items,
         nxt=("afterhol", "2026-06-22", "10:00"),
         summary="4 new items (4小时内, 明天下午3点前 on a holiday, 节后第一个工作日, 6月20日前), next 06-22 10:00; quoted first session ignored",
         tests="网易邮箱大师 '回复：' whose new text is the second session's minutes, above a '---- 回复的原邮件 ----' table quote with the first session's to-dos; 4小时内 -> date+time; 明天 = the Dragon Boat holiday; next meeting '端午节后第一个工作日上午10点'",
         notes=("Sent Thu 2026-06-18 17:25, the last working day before Dragon Boat (06-19..06-21), from 网易邮箱大师 as a reply "
                "in the thread of the 06-15 minutes. Only the new text counts; the quoted first-session to-dos (6月16日前/6月17日前, "
                "'下次：6月18日下午') are old. 结论 is a decision. #1 韦志远 4小时内 -> 17:25 + 4 h = 2026-06-18 21:25. #2 周童 "
                "明天下午3点前 -> 2026-06-19 15:00 (a holiday, but the writer says staff are on duty; the date is kept). #3 吴凯 "
                "节后第一个工作日 -> Mon 2026-06-22. #4 曹毅 (the writer) 6月20日前 -> 2026-06-20. '端午节后第一个工作日上午10点再碰一次' "
                "-> 2026-06-22 10:00."))


def c7826():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 7, 2, 10, 5, 19)
    frm = person("邓思雨")
    to = [person(n) for n in ("韦志远", "古丽娜·阿不都", "吴凯", "徐航", "周童")]
    cc = [bot]
    text = """各位：

下周的WMS三期需求评审会想约在7月8日（周三）下午3点或7月9日（周四）上午10点，大家看哪个时间方便？请今天下班前回我一下，我按多数人的时间发飞书日程。两个时段的会议室我先都占上了。

会前需要准备的材料：
- 韦主管：仓内作业痛点清单
- 古丽娜：关务系统对接现状

思雨
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", feishu_html(text), "UTF-8", "quoted-printable", qcs=False),
    ], hx(7826, 28))
    hdr = envelope(C_DOM, bot[1], frm[1], "out-a2.larkmail.example (unknown [101.45.255.32])", "4gT1Rb5Nw3z8Ls", date) + [
        "Date: " + date,
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("WMS三期需求评审会 时间征集"),
        "Mime-Version: 1.0",
    ] + feishu_headers(7826, C_DOM)
    case(7826, "other-meeting-time-poll-feishu", "other", assemble(hdr, body),
         summary="other: scheduling a future meeting (two candidate times, prep materials)",
         tests="Feishu mail asking when to hold next week's review (two candidate slots, '今天下班前回我', prep materials per person): no meeting has taken place, so not minutes and no follow-up",
         notes=("Sent Thu 2026-07-02 10:05 by 邓思雨. It discusses when to hold a meeting (7月8日下午3点 or 7月9日上午10点) and lists "
                "materials people should bring; no meeting has been held and nothing is recorded, so it is not minutes: kind other, "
                "no items. The candidate times are not a next_followup (only minutes give one), and the bot should not send an "
                "invitation from it."))


def c7827():
    bot = BOT["C"]
    date, _ = fmt_date(2026, 7, 6, 8, 0, 2)
    frm = ("驼铃WMS", "wms-noreply@" + C_DOM)
    to = [("运营部", "ops@" + C_DOM)]
    rows = [
        ["任务编号", "任务", "负责人", "截止时间", "状态"],
        ["HRG-0703-017", "出库复核：KZ-ALA-260703-112", "韦志远", "2026-07-06 12:00", "超时 18h"],
        ["HRG-0704-005", "库位盘点：B区03排", "周童", "2026-07-06 18:00", "进行中"],
        ["HRG-0705-021", "异常件处理：破损2件", "韦志远", "2026-07-07 10:00", "待处理"],
    ]
    text = ("【WMS日报】霍尔果斯仓 2026-07-06 超时及即将到期任务\n\n"
            + "\n".join("\t".join(r) for r in rows)
            + "\n\n本邮件由驼铃WMS系统自动发送，请勿直接回复。如需退订请联系产品技术部。\n")
    html = ('<html><body><h3>【WMS日报】霍尔果斯仓 2026-07-06 超时及即将到期任务</h3>'
            + simple_table(rows) + '<p style="color:#888">本邮件由驼铃WMS系统自动发送，请勿直接回复。如需退订请联系产品技术部。</p></body></html>')
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "base64", qcs=False),
        Leaf("text/html", html, "UTF-8", "base64", qcs=False),
    ], "===============7218845120369941827==")
    hdr = envelope(C_DOM, bot[1], frm[1], "wms-app01.internal (unknown [10.12.3.21])", "4gX6Ht2Kc8z1Qm", date, delay=1)
    hdr[0] = "Return-Path: <bounce-wms@%s>" % C_DOM
    hdr += [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Subject: " + subj("【WMS日报】霍尔果斯仓 2026-07-06 超时及即将到期任务"),
        "Date: " + date,
        "Message-ID: <wms-daily-20260706080002.hrg@%s>" % C_DOM,
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-generated",
        "Precedence: bulk",
        "X-Auto-Response-Suppress: All",
        "List-Id: " + "=?UTF-8?B?" + base64.b64encode("运营部".encode()).decode() + "?= <ops.%s>" % C_DOM,
    ]
    case(7827, "auto-wms-daily-report-list", "auto", assemble(hdr, body),
         summary="auto: system-generated WMS daily report to a list the bot is on",
         tests="System mail (Auto-Submitted: auto-generated, Precedence: bulk, List-Id) with a task table of owners and deadlines: kind auto, no items",
         notes=("Daily report generated by the company's WMS at 08:00 on Mon 2026-07-06 and sent to the 运营部 list (ops@), which "
                "delivers to the bot. No person wrote it: Auto-Submitted: auto-generated, Precedence: bulk, List-Id, a no-reply sender. "
                "The table of 任务/负责人/截止时间 looks like to-dos but is machine output -> kind auto, no items, no follow-up."))


# ---------------------------------------------------------------- D: Maple Frost Wines (Canadian-owned, Dalian)
GRAHAM_SIG = """--
Graham Whitfield | General Manager
Maple Frost Wines (Dalian) Co., Ltd. | 枫霜酒业（大连）有限公司
Tel +86 411 8765 2210"""


def c7828():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 4, 13, 14, 5, 52)
    frm = person("Graham Whitfield")
    to = [("Sunny Sun", email_of("孙悦")), ("Nancy Jiang", email_of("姜楠")), ("Dan Kowalski", email_of("Daniel Kowalski")),
          ("Cherry Liu", email_of("刘畅")), ("Chloe Tremblay", email_of("Chloe Tremblay"))]
    cc = [bot]
    text = """Hi team,

Notes from this morning's leadership sync (Mon 13 Apr, 9:30-10:30, Dalian office + Teams).

Updates
- Q1 sell-in closed at 1,840 cases, 6% above plan.
- The 2025 Vidal ice wine (375 ml) arrived at the Dalian bonded warehouse on 9 Apr; CIQ inspection pending.

Actions

Action 1: Submit the Chinese back-label files for the 2025 Vidal batch to the customs broker
Owner: Sunny
Due: Apr 17

Action 2: Share the Tmall flagship store Q2 promotion calendar
Owner: Nancy Jiang
Due: next Wednesday

Action 3: Reconcile the March distributor rebates
Owner: Dan & Cherry
Due: Apr 20

Action 4: Find a second cold-chain trucking vendor for Beijing and Shanghai
Owner: TBD
Due: end of month

Next leadership sync: Monday 20 April, 9:30 am.

Graham
""" + GRAHAM_SIG + "\n"
    html = outlook_html(mso_paras(text), cs="utf-8", lang="EN-US", font="Calibri")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html, "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0041_01DCCB2F.7A90E4C0", preamble="This is a multipart message in MIME format.")
    hdr = envelope(D_DOM, bot[1], frm[1], "GW-SURFACE (unknown [10.60.1.15])", "4fG7Rt2Bn6z3Cv", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: Leadership sync - notes & actions (13 Apr)",
        "Date: " + date,
        "Message-ID: <004001dccb2f$7a90e4c0$6fb2ae40$@%s>" % D_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7828),
        "Content-Language: en-us",
    ]
    items = [
        item("孙悦", "Submit the Chinese back-label files for the 2025 Vidal batch to the customs broker", "abs:4-17", "2026-04-17"),
        item("姜楠", "Share the Tmall flagship store Q2 promotion calendar", "next:2", "2026-04-22"),
        item("Daniel Kowalski", "Reconcile the March distributor rebates", "abs:4-20", "2026-04-20"),
        item("刘畅", "Reconcile the March distributor rebates", "abs:4-20", "2026-04-20"),
        item(None, "Find a second cold-chain trucking vendor for Beijing and Shanghai", "mend", "2026-04-30"),
    ]
    case(7828, "english-owner-due-blocks-outlook", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:4-20", "2026-04-20", "09:30"),
         summary="5 items from Action/Owner/Due blocks (one two-owner action -> 2 items, Owner TBD), next 04-20 09:30",
         tests="Outlook English minutes in 'Action N: / Owner: / Due:' blocks: English aliases (Sunny, Nancy Jiang, Dan & Cherry), two owners for one action, 'Owner: TBD', 'next Wednesday', 'end of month'; Updates are facts",
         notes=("Outlook (en-US) QP, sent Mon 2026-04-13 14:05 by the Canadian GM. Updates are facts. Each Action block is an item: "
                "#1 'Sunny' = 孙悦, Apr 17 -> 2026-04-17. #2 'Nancy Jiang' = 姜楠, 'next Wednesday' = Wednesday of next week -> "
                "2026-04-22. Action 3 'Owner: Dan & Cherry' -> the same task for two owners gives two items: Daniel Kowalski and "
                "刘畅 (Cherry), both 2026-04-20. Action 4 'Owner: TBD' -> owner null, department null, no_owner; 'end of month' -> "
                "2026-04-30. 'Next leadership sync: Monday 20 April, 9:30 am' -> 2026-04-20 09:30."))


def c7829():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 4, 28, 16, 20, 37)
    frm = person("Chloe Tremblay")
    to = [("Kiki Song", email_of("宋佳琪")), ("Nancy Jiang", email_of("姜楠")), ("Wilson Qu", email_of("曲文博"))]
    cc = [("Graham Whitfield", email_of("Graham Whitfield")), bot]
    text = """Hi all,

Quick recap of today's marketing huddle (Tue Apr 28).

- Mother's Day (May 10) WeChat campaign: creative approved, budget RMB 30k.
- Tmall 618 pre-sale starts May 20.

AI: Kiki - draft the Mother's Day WeChat post and send it to me for review by Friday
AI: Nancy - send the Tmall 618 pre-sale SKU list to the agency, EOD
AI: Chloe - brief the agency on the Dragon Boat gift box design by May 8
AI: Wilson - confirm the Dalian Wanda tasting-event venue - timing TBD with the mall

Next marketing huddle: Wed May 6, 10:00.

Chloe
"""
    body = Leaf("text/plain", text, "us-ascii", "7bit", qcs=False)
    hdr = envelope(D_DOM, bot[1], frm[1], "smtpclient.apple (unknown [10.60.1.42])", "4fK9Dm4Xt1z6Gh", date) + [
        "From: " + addr(*frm),
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
        "Subject: Marketing huddle recap - Apr 28",
        "Message-Id: <E2B7C4A9-31F0-4D6E-8A5B-90C1D3F7E624@%s>" % D_DOM,
        "Date: " + date,
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "X-Mailer: Apple Mail (2.3826.600.51.1.1)",
    ]
    items = [
        item("宋佳琪", "draft the Mother's Day WeChat post and send it to me for review", "wd:4", "2026-05-01"),
        item("姜楠", "send the Tmall 618 pre-sale SKU list to the agency", "today", "2026-04-28"),
        item("Chloe Tremblay", "brief the agency on the Dragon Boat gift box design", "abs:5-8", "2026-05-08"),
        item("曲文博", "confirm the Dalian Wanda tasting-event venue", "vague", None),
    ]
    case(7829, "english-ai-lines-apple-mail-ascii", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-6", "2026-05-06", "10:00"),
         summary="4 'AI:' items (by Friday lands on the May 1 holiday, EOD, by May 8, TBD), next 05-06 10:00",
         tests="Apple Mail us-ascii 7bit English recap with 'AI: Name - task' lines; 'by Friday' written before Labour Day resolves to Fri 05-01 (a holiday); EOD; the writer's own item; timing TBD",
         notes=("Apple Mail (macOS), text/plain us-ascii 7bit, sent Tue 2026-04-28 16:20. Bullets before the AI lines are facts. "
                "#1 'Kiki' = 宋佳琪, 'by Friday' -> this week's Friday 2026-05-01. AMBIGUOUS: 05-01 is the first day of the Labour "
                "Day holiday (05-01..05-05) and the Canadian writer may not have noticed; the gold keeps the literal Friday, as a "
                "careful assistant would record what was written (the bot may flag it). #2 'Nancy' = 姜楠, EOD -> 2026-04-28, no "
                "time. #3 'Chloe' is the writer, 'by May 8' -> 2026-05-08. #4 'Wilson' = 曲文博, 'timing TBD' -> vague_due. "
                "'Next marketing huddle: Wed May 6, 10:00' -> 2026-05-06 10:00."))


def c7830():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 5, 11, 21, 15, 4, off="-0400")
    frm = ("Megan O'Connell", email_of("Megan O'Connell"))
    tom = ("Tom Reimer", "tom.reimer@niagarabench.example.ca")
    to = [("Sunny Sun", email_of("孙悦")), ("Ocean Yu", email_of("于海洋"))]
    cc = [tom, ("Minutes Bot", bot[1])]
    text = """Hi Sunny, Ocean,

Great to catch up tonight (your morning!). Here's what we agreed:

1. Megan: send the revised commercial invoice and the COA for the 2024 Vidal shipment \u2014 by May 15
2. Sunny: confirm the Chinese back-label translation with your customs broker \u2014 by Friday
3. Ocean: export the bonded-warehouse temperature log for April and share it with Tom \u2014 by Wednesday
4. Both teams: agree on the 2026 allocation forecast \u2014 TBD

Next sync: Tue May 19, 9:00 pm EDT (Wed May 20, 9:00 am Beijing)

Cheers,
Megan

--
Megan O'Connell
Export Manager | Niagara Bench Estate Winery
Beamsville, Ontario, Canada
"""
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "quoted-printable"),
        Leaf("text/html", html, "UTF-8", "quoted-printable"),
    ], "0000000000003c81b50619d74a2f")
    hdr = envelope(D_DOM, bot[1], frm[1], "mail-sor-f69.google.com (mail-sor-f69.google.com\n [209.85.220.69])",
                   "4fW5Gx9Kr2z7Jd", date, delay=5) + [
        "MIME-Version: 1.0",
        "From: " + addr(*frm),
        "Date: " + date,
        "Message-ID: <CAJ4x8Qn2v_Rk5tLz9WbE3mYc7pHd1uFs6oGa0iT8eNq4jVx-Lw@mail.gmail.com>",
        "Subject: Niagara Bench / Maple Frost - call notes May 11",
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
    ]
    items = [
        item("Megan O'Connell", "send the revised commercial invoice and the COA for the 2024 Vidal shipment", "abs:5-15", "2026-05-15"),
        item("孙悦", "confirm the Chinese back-label translation with your customs broker", "wd:4", "2026-05-15"),
        item("于海洋", "export the bonded-warehouse temperature log for April and share it with Tom", "wd:2", "2026-05-13"),
        item(None, "agree on the 2026 allocation forecast", "vague", None),
    ]
    case(7830, "winery-partner-gmail-edt-next-sync", "minutes", assemble(hdr, body), items,
         nxt=("abs:5-20", "2026-05-20", "09:00"),
         summary="4 items from the Canadian winery (the writer's own item, Sunny/Ocean aliases, 'Both teams' TBD), next 05-20 09:00 Beijing",
         tests="Gmail minutes from Ontario with Date -0400 (Mon 21:15 = Tue 09:15 in Shanghai): by Friday / by Wednesday resolve from the Shanghai date; 'Next sync' given in EDT with the Beijing time in brackets on the next day",
         notes=("Written by the winery partner (Megan, in the roster as an outsider), Gmail, Date Mon 2026-05-11 21:15 -0400 = "
                "Tue 2026-05-12 09:15 in Shanghai. #1 Megan (the sender) 'by May 15' -> 2026-05-15, address from From, department "
                "null. #2 'Sunny' = 孙悦, 'by Friday' -> Fri 2026-05-15. #3 'Ocean' = 于海洋, 'by Wednesday' -> Wed 2026-05-13 "
                "(from the Shanghai Tuesday; the writer's Monday gives the same day). #4 'Both teams' is no one person -> owner null, "
                "[vague_due, no_owner] (TBD). 'Next sync: Tue May 19, 9:00 pm EDT (Wed May 20, 9:00 am Beijing)' -> 21:00 EDT = "
                "2026-05-20 09:00 Asia/Shanghai."))


def c7831():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 5, 21, 17, 45, 9)
    frm = person("姜楠")
    to = [("Wilson Qu", email_of("曲文博")), ("Cherry Liu", email_of("刘畅"))]
    cc = [("Graham Whitfield", email_of("Graham Whitfield")), ("Sunny Sun", email_of("孙悦")), bot]
    intro = """各位：

今天北区销售例会的跟进事项如下表（Excel粘贴），请大家按时推进，Done的不用再跟。"""
    rows = [
        ["客户", "事项", "负责人", "截止", "状态"],
        ["北京国贸酒窖", "补签2026年度经销协议", "姜楠", "5/29", "进行中"],
        ["天津滨海免税店", "提交冰酒品鉴会方案", "Wilson", "下周三", "进行中"],
        ["大连万达", "确认618堆头位置及费用", "曲文博", "6月中旬", "待定"],
        ["沈阳华润万家", "催收5万元货款", "Cherry", "5月底", "进行中"],
        ["青岛海天酒业", "样品寄送", "曲文博", "5/15", "Done"],
    ]
    outro = """
下次例会：5月28日（周四）16:00

姜楠 Nancy Jiang
Sales Manager, North China
"""
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    trs = []
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        trs.append('<tr height=19 style=\'height:14.25pt\'>\n' + "\n".join(
            "  <td class=%s height=19 style='height:14.25pt'>%s</td>" % (cls, esc(c)) if j == 0 else
            "  <td class=%s style='border-left:none'>%s</td>" % (cls, esc(c)) for j, c in enumerate(r)) + "\n</tr>")
    table = ("<table border=0 cellpadding=0 cellspacing=0 width=520 style='border-collapse:collapse;width:390pt'>\n"
             "<col width=104 span=5 style='width:78pt'>\n" + "\n".join(trs) + "\n</table>")
    style = ("<style>td.xl65 {border:.5pt solid windowtext;font-size:11.0pt;font-family:等线;mso-number-format:\"\\@\";}\n"
             "td.xl66 {border:.5pt solid windowtext;font-weight:700;background:#D9E1F2;font-size:11.0pt;font-family:等线;}</style>")
    html = outlook_html(mso_paras(intro) + "\n" + style + "\n" + table + "\n" + mso_paras(outro), cs="utf-8")
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "base64"),
        Leaf("text/html", html, "utf-8", "base64"),
    ], "----=_NextPart_000_0062_01DCE91C.4B3F27A0", preamble="This is a multipart message in MIME format.")
    hdr = envelope(D_DOM, bot[1], frm[1], "NANCY-LAPTOP (unknown [10.60.1.57])", "4g0Kq3Wv8Nz5Bt", date) + [
        "From: " + addr("姜楠 Nancy Jiang", frm[1]),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: " + subj("北区销售例会跟进事项 5/21"),
        "Date: " + date,
        "Message-ID: <006101dce91c$4b3f27a0$e1bd76e0$@%s>" % D_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7831),
        "Content-Language: zh-cn",
    ]
    items = [
        item("姜楠", "补签2026年度经销协议", "abs:5-29", "2026-05-29"),
        item("曲文博", "提交冰酒品鉴会方案", "next:2", "2026-05-27"),
        item("曲文博", "确认618堆头位置及费用", "vague", None),
        item("刘畅", "催收5万元货款", "mend", "2026-05-31"),
    ]
    case(7831, "excel-html-table-outlook-bilingual", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:5-28", "2026-05-28", "16:00"),
         summary="4 rows of an Excel range pasted into Outlook (Done row skipped; Wilson/Cherry aliases; 6月中旬 vague), next 05-28 16:00",
         tests="Outlook HTML table pasted from Excel (xl65 classes, a 客户 column before the task): English aliases in 负责人 cells, 5/29, 下周三, 6月中旬 (vague per corpus README), 5月底, Done row",
         notes=("Outlook zh-CN, UTF-8 base64, sent Thu 2026-05-21 17:45; Excel range in HTML and as tab-separated text. Task = 事项 "
                "(the 客户 column names the customer). #1 姜楠 (the writer) 5/29 -> 2026-05-29. #2 'Wilson' = 曲文博, 下周三 -> "
                "2026-05-27. #3 曲文博, '6月中旬' is a period without a day -> due null, vague_due (corpus README treats 11月中旬 as "
                "vague). #4 'Cherry' = 刘畅, 5月底 -> 2026-05-31. Row 5 'Done' -> skipped. 下次例会 5月28日（周四）16:00 -> "
                "2026-05-28 16:00."))


def c7832():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 6, 16, 15, 30, 18)
    frm = person("Graham Whitfield")
    to = [("Nancy Jiang", email_of("姜楠")), ("Ocean Yu", email_of("于海洋")), ("Cherry Liu", email_of("刘畅")),
          ("Chloe Tremblay", email_of("Chloe Tremblay")), ("Wilson Qu", email_of("曲文博"))]
    cc = [("Sunny Sun", email_of("孙悦")), bot]
    text = """Hi all,

Attached are the minutes of yesterday's Q2 distributor review. Please check your actions in section 3.

Thanks,
Graham
""" + GRAHAM_SIG + "\n"

    def build(d):
        d.add_heading("Q2 Distributor Review \u2013 Minutes", level=1)
        d.add_paragraph("Date: Monday 15 June 2026, 14:00\u201316:00, Dalian office / Teams")
        d.add_paragraph("Attendees: Graham Whitfield, Nancy Jiang, Wilson Qu, Ocean Yu, Cherry Liu, Chloe Tremblay, Sunny Sun")
        d.add_heading("1. Summary", level=2)
        d.add_paragraph("Q2 sell-in reached 2,260 cases (plan 2,100). Two distributors in Shandong are behind on payments; "
                        "Finance is already in contact with both.")
        d.add_heading("2. Decisions", level=2)
        d.add_paragraph("H2 distributor prices go up 3% from 1 July. The Dragon Boat gift box ships only to the top 5 distributors.")
        d.add_heading("3. Action items", level=2)
        rows = [
            ("#", "Action", "Owner", "Due"),
            ("1", "Send the updated H2 distributor price list to all 12 distributors", "Nancy", "Jun 18"),
            ("2", "Book cold-chain capacity for the Dragon Boat gift-box shipments", "Ocean", "before the Dragon Boat holiday"),
            ("3", "Deliver the H1 rebate statements to distributors", "Cherry", "first working day after the holiday"),
            ("4", "Draft the H2 trade-marketing budget", "Chloe", "end of June"),
            ("5", "Renew the Shenyang distributor contract", "Wilson", "Closed"),
        ]
        t = d.add_table(rows=len(rows), cols=4)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
        d.add_heading("4. Next review", level=2)
        d.add_paragraph("Thursday 9 July, 14:00 (Dalian office / Teams)")

    docx_bytes = make_docx(build, author="Graham Whitfield")
    html = outlook_html(mso_paras(text), cs="utf-8", lang="EN-US", font="Calibri")
    body = Multi("mixed", [
        Multi("alternative", [
            Leaf("text/plain", text, "utf-8", "quoted-printable"),
            Leaf("text/html", html, "utf-8", "quoted-printable"),
        ], "----=_NextPart_001_0075_01DCFD7A.1C6E93B0"),
        attach_leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes,
                    "Q2 Distributor Review - Minutes.docx"),
    ], "----=_NextPart_000_0074_01DCFD7A.1C6E93B0", preamble="This is a multipart message in MIME format.")
    hdr = envelope(D_DOM, bot[1], frm[1], "GW-SURFACE (unknown [10.60.1.15])", "4gM6Zp1Rc4z9Ks", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: Q2 distributor review - minutes attached",
        "Date: " + date,
        "Message-ID: <007301dcfd7a$1c6e93b0$554bbb10$@%s>" % D_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7832),
        "Content-Language: en-us",
    ]
    items = [
        item("姜楠", "Send the updated H2 distributor price list to all 12 distributors", "abs:6-18", "2026-06-18"),
        item("于海洋", "Book cold-chain capacity for the Dragon Boat gift-box shipments", "beforehol", "2026-06-18"),
        item("刘畅", "Deliver the H1 rebate statements to distributors", "afterhol", "2026-06-22"),
        item("Chloe Tremblay", "Draft the H2 trade-marketing budget", "mend", "2026-06-30"),
    ]
    case(7832, "docx-english-action-table", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:7-9", "2026-07-09", "14:00"),
         summary="4 items from the .docx action table (Closed row skipped; before/after the Dragon Boat holiday), next 07-09 14:00",
         tests="Outlook English mail with the minutes in a .docx: action table with 'before the Dragon Boat holiday', 'first working day after the holiday', 'end of June', a Closed row; next review only in the attachment",
         notes=("Outlook en-US, sent Tue 2026-06-16 15:30; the body points to the .docx, whose section 3 holds the actions. #1 "
                "'Nancy' = 姜楠, Jun 18 -> 2026-06-18. #2 'Ocean' = 于海洋, 'before the Dragon Boat holiday' = the last working day "
                "before 06-19..06-21 -> Thu 2026-06-18. #3 'Cherry' = 刘畅, 'first working day after the holiday' -> Mon 2026-06-22. "
                "#4 'Chloe', 'end of June' -> 2026-06-30. Row 5 'Closed' -> skipped. Summary ('Finance is already in contact') and "
                "Decisions are not items. '4. Next review: Thursday 9 July, 14:00' in the attachment -> 2026-07-09 14:00."))


def c7833():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 6, 24, 17, 10, 26)
    frm = person("于海洋")
    to = [person("孙悦"), person("曲文博"), person("刘畅")]
    cc = [bot]
    text = """孙经理、各位：

今天保税仓安全例会纪要如下：
时间：6月24日（周三）15:00-16:00
地点：保税仓办公室

一、端午期间仓库温湿度正常，无异常出入库。
二、待办事项
1. 于海洋：①6月26日前完成冰酒恒温库温控探头校准；②下周一前更新叉车司机持证台账。
2. 孙悦：7月3日前向保税区管委会提交仓库消防年检申请。
3. 曲文博：尽快把6月退货的12箱冰酒拉回保税仓复检。
4. 刘畅、于海洋：7月10日前完成二季度库存盘点差异核对。
三、下周三同一时间再碰一次。

于海洋
保税仓
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
            + "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "\n</body></html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "GBK", "base64"),
        Leaf("text/html", html, "GBK", "quoted-printable"),
    ], "----=_001_NextPart837261054427_=----")
    hdr = envelope(D_DOM, bot[1], frm[1], "WH-PC01 (unknown [10.60.8.11])", "4gS2Nb6Vt1z4Rw", date) + [
        "Date: " + date,
        "From: " + addr(*frm, cs="GBK"),
        "To: " + addr_list(to, cs="GBK"),
        "Cc: " + addr_list(cc, cs="GBK"),
        "Subject: " + subj("保税仓安全例会纪要（6月24日）", "GBK"),
        "X-Priority: 3",
        "X-GUID: 92D4E1B7-5A3C-4F08-B6E2-1C7D9A0F3E85",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <2026062417102647119325@%s>" % D_DOM,
    ]
    items = [
        item("于海洋", "完成冰酒恒温库温控探头校准", "abs:6-26", "2026-06-26"),
        item("于海洋", "更新叉车司机持证台账", "next:0", "2026-06-29"),
        item("孙悦", "向保税区管委会提交仓库消防年检申请", "abs:7-3", "2026-07-03"),
        item("曲文博", "把6月退货的12箱冰酒拉回保税仓复检", "vague", None),
        item("刘畅", "完成二季度库存盘点差异核对", "abs:7-10", "2026-07-10"),
        item("于海洋", "完成二季度库存盘点差异核对", "abs:7-10", "2026-07-10"),
    ]
    case(7833, "foxmail-gbk-subtasks-two-owners-same-time", "minutes", assemble(hdr, body), items,
         nxt=("next:2", "2026-07-01", "15:00"),
         summary="6 items (①② under one owner, one task for two owners), next Wed 07-01 15:00 ('下周三同一时间')",
         tests="Foxmail GBK Chinese minutes at the foreign-owned firm: ①② sub-tasks in one numbered line, '刘畅、于海洋：' = two items, 尽快, '下周三同一时间再碰一次' with 时间 given in the header lines",
         notes=("Foxmail GBK, sent Wed 2026-06-24 17:10 by the bonded-warehouse supervisor. 一、 is a fact. 二、待办事项: line 1 has "
                "two sub-tasks for 于海洋: ① 6月26日前 -> 2026-06-26; ② 下周一前 -> 2026-06-29. #3 孙悦 7月3日前 -> 2026-07-03. "
                "#4 曲文博 尽快 -> vague_due. Line 4 '刘畅、于海洋：' gives the same task to two people -> two items (刘畅 first, as "
                "written), both 2026-07-10. '三、下周三同一时间再碰一次' with 时间 6月24日（周三）15:00-16:00 -> Wed of next week at the "
                "same start time, 2026-07-01 15:00."))


def c7834():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 7, 5, 23, 10, 44, off="+0000")
    frm = person("Graham Whitfield")
    to = [("Sunny Sun", email_of("孙悦")), ("Kiki Song", email_of("宋佳琪")), ("Nancy Jiang", email_of("姜楠")),
          ("Dan Kowalski", email_of("Daniel Kowalski"))]
    cc = [("Chloe Tremblay", email_of("Chloe Tremblay")), ("Minutes Bot", bot[1])]
    text = """Team,

Notes from Saturday's call with the Shanghai wine show organiser, plus what we agreed afterwards. Booth B-217 is confirmed (36 sqm).

Actions:
- Sunny \u2013 get the temporary import permits for the show stock \u2013 within 3 working days
- Kiki \u2013 finish the booth graphics and send them to the printer \u2013 by Wednesday
- Nancy \u2013 confirm the list of VIP buyers we invite to the tasting \u2013 by Jul 10
- Dan \u2013 approve the show budget (RMB 180k) \u2013 today please

Next: show prep check-in Thursday 9 July, 4 pm.

Graham
"""
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
            'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + "\n".join("%s<br>" % esc(l) for l in text.split("\n")) + "\n</div>\n</body>\n</html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", html, "utf-8", "base64"),
    ], "_000_TYZPR03MB71845C2E9A1B4D7F3E60A2B8C4E1TYZPR03MB7184apcp_")
    hdr = envelope(D_DOM, bot[1], frm[1], "TYZPR03MB7184.apcprd03.prod.outlook.com\n (TYZPR03MB7184.apcprd03.prod.outlook.com [40.107.117.92])",
                   "4gZ3Cs8Pn5z2Mh", date, delay=6) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "CC: " + addr_list(cc),
        "Subject: Shanghai wine show - actions from the weekend",
        "Thread-Topic: Shanghai wine show - actions from the weekend",
        "Thread-Index: AQHc7Bz4m1xR0kq8S0eVb6D2fW9nQg==",
        "Date: " + date,
        "Message-ID:\n <TYZPR03MB71845C2E9A1B4D7F3E60A2B8C4E1@TYZPR03MB7184.apcprd03.prod.outlook.com>",
        "Accept-Language: en-US, zh-CN",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ]
    items = [
        item("孙悦", "get the temporary import permits for the show stock", "wdays:3", "2026-07-09"),
        item("宋佳琪", "finish the booth graphics and send them to the printer", "wd:2", "2026-07-08"),
        item("姜楠", "confirm the list of VIP buyers we invite to the tasting", "abs:7-10", "2026-07-10"),
        item("Daniel Kowalski", "approve the show budget (RMB 180k)", "today", "2026-07-06"),
    ]
    case(7834, "owa-utc-date-crosses-midnight", "minutes", assemble(hdr, body, crlf=True), items,
         nxt=("abs:7-9", "2026-07-09", "16:00"),
         summary="4 English items; Date is Sun 23:10 +0000 = Mon 07:10 Shanghai (today/by Wednesday/3 working days from Monday), next 07-09 16:00",
         tests="Outlook on the web (Exchange Online, Date in +0000 on Sunday night = Monday morning in Shanghai): 'today', 'by Wednesday', 'within 3 working days' must use the Shanghai date; '4 pm' next meeting",
         notes=("OWA / Microsoft 365, Date Sun 2026-07-05 23:10:44 +0000 = Mon 2026-07-06 07:10 in Asia/Shanghai; every relative "
                "phrase resolves from Monday 07-06. #1 'Sunny' = 孙悦, 'within 3 working days' from the day after: 07-07, 07-08, "
                "07-09 -> 2026-07-09. #2 'Kiki' = 宋佳琪, 'by Wednesday' -> 2026-07-08. #3 'Nancy' = 姜楠, 'by Jul 10' -> "
                "2026-07-10. #4 'Dan' = Daniel Kowalski, 'today' -> 2026-07-06 (in UTC it would wrongly be Sunday 07-05). The "
                "booth fact is not an item. 'Next: show prep check-in Thursday 9 July, 4 pm' -> 2026-07-09 16:00."))


def c7835():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 7, 3, 16, 32, 7)
    frm = person("刘畅")
    to = [("Dan Kowalski", email_of("Daniel Kowalski")), ("Sunny Sun", email_of("孙悦")), ("Nancy Jiang", email_of("姜楠"))]
    cc = [bot]
    text = """Hi Dan、各位：

今天6月月结复盘会的记录如下：

1. 6月关账已完成，应收余额较5月下降12%。
2. Action：Cherry（刘畅）—— 3个工作日内完成6月经销商返利计提调整。
3. Action：Sunny —— 本月底前提供7月到港批次的报关费用预估。
4. Action：Nancy —— 下周二前催回沈阳华润万家5万元逾期货款。
5. 审计师预计8月初进场，具体时间待定。

下次月结复盘：8月4日（周二）14:00。

刘畅 Cherry Liu
Finance | Maple Frost Wines (Dalian)
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr"><div style="font-family:Aptos,微软雅黑;font-size:12pt">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
            + "</div></div></body></html>")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html, "utf-8", "quoted-printable"),
    ], "B_3866366327_1490733152")
    hdr = envelope(D_DOM, bot[1], frm[1], "[10.60.1.88] (unknown [10.60.1.88])", "4gY8Lr2Dc7z1Pv", date) + [
        "User-Agent: Microsoft-MacOutlook/16.98.26061418",
        "Date: " + date,
        "Subject: " + subj("6月月结复盘会记录"),
        "From: " + addr("刘畅 Cherry Liu", frm[1]),
        "To: " + addr_list(to),
        "CC: " + addr_list(cc),
        "Message-ID: <B4E1D7C2-6A93-4F50-8E2B-3D1C7A9F0E64@%s>" % D_DOM,
        "Thread-Topic: " + subj("6月月结复盘会记录"),
        "Mime-version: 1.0",
    ]
    items = [
        item("刘畅", "完成6月经销商返利计提调整", "wdays:3", "2026-07-08"),
        item("孙悦", "提供7月到港批次的报关费用预估", "mend", "2026-07-31"),
        item("姜楠", "催回沈阳华润万家5万元逾期货款", "next:1", "2026-07-07"),
    ]
    case(7835, "bilingual-action-lines-outlook-mac", "minutes", assemble(hdr, body), items,
         nxt=("abs:8-4", "2026-08-04", "14:00"),
         summary="3 'Action：' items in Chinese with English names (3个工作日内 over a weekend, 本月底前, 下周二前), next 08-04 14:00",
         tests="Outlook for Mac bilingual minutes: 'Action：Name —— task' lines mixed with numbered facts; English aliases; 3个工作日内 from a Friday; a 待定 fact line is not an item",
         notes=("Outlook for Mac, UTF-8 QP, sent Fri 2026-07-03 16:32 by 刘畅 (Cherry). Lines 1 and 5 are facts ('审计师预计8月初进场，"
                "具体时间待定' has 待定 but no owner or task of ours). #1 'Cherry（刘畅）' (the writer), 3个工作日内 from Fri 07-03: "
                "07-06, 07-07, 07-08 -> 2026-07-08. #2 'Sunny' = 孙悦, 本月底前 -> 2026-07-31. #3 'Nancy' = 姜楠, 下周二前 -> "
                "2026-07-07. 下次月结复盘 8月4日（周二）14:00 -> 2026-08-04 14:00."))


def c7836():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 5, 7, 17, 48, 30)
    frm = person("Graham Whitfield")
    to = [("Nancy Jiang", email_of("姜楠")), ("Dan Kowalski", email_of("Daniel Kowalski")), ("Chloe Tremblay", email_of("Chloe Tremblay"))]
    cc = [bot]
    text = """All,

Pricing committee, Thu 7 May.

Decisions:
1. List price of the 2025 Vidal 375 ml stays at RMB 498 for H2.
2. Distributor discount for orders above 100 cases goes from 8% to 10% from June 1.
3. No price changes on the Cabernet Franc ice wine until the new vintage lands.

No action items this time.

Next pricing committee: Thursday 4 June, 3:00 pm.

Graham
""" + GRAHAM_SIG + "\n"
    html = outlook_html(mso_paras(text), cs="utf-8", lang="EN-US", font="Calibri")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", html, "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0019_01DCDDF4.C2A57E10", preamble="This is a multipart message in MIME format.")
    hdr = envelope(D_DOM, bot[1], frm[1], "GW-SURFACE (unknown [10.60.1.15])", "4fT4Hm9Qx2z6Dn", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Cc: " + addr_list(cc),
        "Subject: Pricing committee - decisions (7 May)",
        "Date: " + date,
        "Message-ID: <001801dcddf4$c2a57e10$47f07a30$@%s>" % D_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7836),
        "Content-Language: en-us",
    ]
    case(7836, "decisions-only-no-actions-english", "minutes", assemble(hdr, body, crlf=True), [],
         nxt=("abs:6-4", "2026-06-04", "15:00"),
         summary="minutes with decisions only: zero items, next 06-04 15:00",
         tests="Outlook English minutes that contain only decisions (with dates and numbers) and say 'No action items this time': kind minutes, items empty, next meeting still read",
         notes=("Outlook en-US, sent Thu 2026-05-07 17:48 (the second working day after Labour Day). These are minutes (a meeting "
                "was held and recorded) but they hold only Decisions, whose dates ('for H2', 'from June 1') are policy, not deadlines; "
                "the writer says 'No action items this time' -> kind minutes with an empty item list. 'Next pricing committee: "
                "Thursday 4 June, 3:00 pm' -> 2026-06-04 15:00."))


def tiny_png():
    import struct
    import zlib

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w = h = 16
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes([178, 34, 52]) if (x * y) % 7 else bytes([255, 255, 255]) for x in range(w))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def c7837():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 6, 30, 11, 2, 15)
    frm = person("Chloe Tremblay")
    to = [("All Staff", "all@" + D_DOM)]
    text = """Maple Frost Monthly \u2013 June 2026

Hello everyone!

Here is our little round-up of June.

Sales
Our 618 campaign was the best yet: Tmall sold 2,310 bottles (+41% vs. last year) and JD another 860. Nancy's team will hold the H1 review with distributors on July 8. Well done, North China!

Supply chain
The second batch of 2025 Vidal clears customs in mid-July. Ocean and the warehouse team recounted every pallet after the Dragon Boat holiday \u2013 zero variance. Thank you!

People
Please welcome Zhao Lin, our summer intern in Marketing (with Kiki until August 28).

Dates for your diary
- July 9, 4 pm \u2013 Shanghai wine show prep check-in (show team only)
- July 15, 6:30 pm \u2013 Summer team dinner at Xinghai Square. RSVP to Kiki by July 10.
- July 23-25 \u2013 Shanghai wine show, booth B-217

See you around the office,
Chloe
"""
    html_body = ['<div style="font-family:Georgia,serif;max-width:640px"><img src="cid:mf-logo@maplefrost" alt="Maple Frost" width="16" height="16">']
    for l in text.split("\n"):
        if l in ("Sales", "Supply chain", "People", "Dates for your diary"):
            html_body.append("<h3 style=\"color:#B22234\">%s</h3>" % esc(l))
        elif l.startswith("Maple Frost Monthly"):
            html_body.append("<h1>%s</h1>" % esc(l))
        elif l.startswith("- "):
            html_body.append("<li>%s</li>" % esc(l[2:]))
        elif l.strip():
            html_body.append("<p>%s</p>" % esc(l))
    html_body.append("</div>")
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + "\n".join(html_body) + "</body></html>"
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Multi("related", [
            Leaf("text/html", html, "utf-8", "quoted-printable"),
            Leaf("image/png", tiny_png(), None, "base64", params='; name="image001.png"',
                 headers=['Content-Description: image001.png', 'Content-Disposition: inline; filename="image001.png"',
                          "Content-ID: <mf-logo@maplefrost>"]),
        ], "----=_NextPart_002_0088_01DD0848.5E7A3C90", params=' type="text/html";'),
    ], "----=_NextPart_001_0087_01DD0848.5E7A3C90")
    hdr = envelope(D_DOM, bot[1], frm[1], "CHLOE-MBP (unknown [10.60.1.31])", "4gV9Km3Tb6z8Wc", date) + [
        "From: " + addr(*frm),
        "To: " + addr_list(to),
        "Subject: Maple Frost Monthly - June 2026",
        "Date: " + date,
        "Message-ID: <008601dd0848$5e7a3c90$1b6eb5b0$@%s>" % D_DOM,
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + tindex(7837),
        "Content-Language: en-ca",
    ]
    case(7837, "other-staff-newsletter-by-person", "other", assemble(hdr, body, crlf=True),
         summary="other: a monthly staff newsletter written by a person",
         tests="Outlook HTML newsletter with an inline logo (multipart/related) written by the marketing director to all staff (the bot mailbox is on the all@ group): names, dates, 'RSVP … by July 10' but no list headers and no minutes -> other",
         notes=("An internal monthly newsletter written and sent by Chloe Tremblay on Tue 2026-06-30 to the all-staff group, which "
                "includes the bot mailbox. A person wrote it (no Auto-Submitted, no List-Id, no Precedence), so it is not auto; it "
                "reports news and upcoming dates ('H1 review … on July 8', 'RSVP to Kiki by July 10', the July 9 check-in) but records "
                "no meeting -> kind other, no items, no follow-up."))


def c7838():
    bot = BOT["D"]
    date, _ = fmt_date(2026, 7, 7, 21, 40, 18, off="-0400")
    frm = ("Megan O'Connell", email_of("Megan O'Connell"))
    text = """Hi,

Thanks for your email. I'm on vacation from July 6 to July 20 with limited access to email.

For urgent export matters (documents, shipping, invoices) please contact Tom Reimer at tom.reimer@niagarabench.example.ca or +1 905 555 0148.

I'll reply when I'm back on July 21.

Megan O'Connell
Export Manager | Niagara Bench Estate Winery
"""
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    body = Multi("alternative", [
        Leaf("text/plain", text, "UTF-8", "7bit"),
        Leaf("text/html", html, "UTF-8", "7bit"),
    ], "000000000000f2e8a1061a2c9b44")
    ref = "<r.202607080935.9c4d27e1b8@%s>" % D_DOM
    hdr = envelope(D_DOM, bot[1], frm[1], "mail-sor-f69.google.com (mail-sor-f69.google.com\n [209.85.220.69])",
                   "4h0Bw7Rj3Cz5Ns", date, delay=3) + [
        "MIME-Version: 1.0",
        "From: " + addr(*frm),
        "Date: " + date,
        "Message-ID: <CAJ4x8Qk7aT2m9VbX1oRz5LcWd3eNq8FhYs0uGp6iKj4tBvEw-A@mail.gmail.com>",
        "Subject: Out of office until July 20",
        "To: " + addr("Minutes Bot", bot[1]),
        "In-Reply-To: " + ref,
        "References: " + ref,
        "Auto-Submitted: auto-replied",
    ]
    case(7838, "auto-gmail-vacation-responder", "auto", assemble(hdr, body),
         summary="auto: Gmail vacation auto-reply (no items)",
         tests="Gmail vacation responder (Auto-Submitted: auto-replied, In-Reply-To a bot mail, Date -0400) with dates and a delegate in the body: kind auto",
         notes=("Automatic vacation reply from the winery partner's Gmail to a reminder the bot sent her, Date Tue 2026-07-07 "
                "21:40 -0400 (= 07-08 09:40 Shanghai). Auto-Submitted: auto-replied marks it as mail no person wrote in response: "
                "kind auto, no items, no reply intent; the dates (July 6 to July 20, back July 21) and Tom Reimer's contact are "
                "not commands."))


# ==== CASES END ====


# ---------------------------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------------------------
def fname(c):
    return "%d-%s" % (c["num"], c["slug"])


def write_all():
    for c in CASES:
        with open(os.path.join(HERE, fname(c) + ".eml"), "wb") as f:
            f.write(c["eml"])
        with open(os.path.join(HERE, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for n, m, dep, mgr, al in ROSTER_ROWS:
            w.writerow([n, m, dep or "", email_of(mgr) if mgr else "", al])
    write_readme()
    print("wrote %d cases to %s" % (len(CASES), HERE))


def text_parts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            raw = part.get_payload(decode=True)
            label = part.get_content_charset() or "us-ascii"
            txt = raw.decode(pycs(label))            # strict: raises on a bad byte
            if ct == "text/html":
                txt = re.sub(r"<[^>]+>", " ", txt)
                txt = txt.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append(txt)
    return out


def attachment_texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if part.is_multipart() or not (fn or ct.startswith("application/")):
            continue
        data = part.get_payload(decode=True)
        if ct.endswith("wordprocessingml.document") or fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for r in tb.rows:
                    t.append("\t".join(c.text for c in r.cells))
            out.append("\n".join(t))
        elif ct == "application/pdf" or fn.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            out.append("\n".join(p.extract_text() for p in r.pages))
    return out


def norm(s):
    return re.sub(r"\s+", "", s)


def check():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    by_num = {c["num"]: c for c in CASES}
    if len(files) != len(CASES):
        errors.append("expected %d .eml files, found %d" % (len(CASES), len(files)))
    roster_rows = list(csv.DictReader(open(os.path.join(HERE, "roster.csv"), encoding="utf-8")))
    roster_mail = {r["name"]: r["email"] for r in roster_rows}
    for fn in files:
        num = int(fn.split("-")[0])
        c = by_num.get(num)
        if not c or fname(c) + ".eml" != fn:
            errors.append("%s: no such case in the generator" % fn)
            continue
        data = open(os.path.join(HERE, fn), "rb").read()
        if data != c["eml"]:
            errors.append("%s: bytes on disk differ from the generator (re-run without --check)" % fn)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %r in %s" % (fn, part.defects, part.get_content_type()))
        for part in msg.walk():
            for h, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (fn, h, v.defects))
        for h in ("Return-Path", "Delivered-To", "Received", "Date", "From", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        try:
            texts = text_parts(msg)
        except Exception as e:               # noqa: BLE001
            errors.append("%s: text part does not decode: %s" % (fn, e))
            continue
        try:
            texts += attachment_texts(msg)
        except Exception as e:               # noqa: BLE001
            errors.append("%s: attachment unreadable: %s" % (fn, e))
        alltext = norm("\n".join(texts))
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        loc = sent.astimezone(SH)
        if not (loc.year == 2026 and 4 <= loc.month <= 7):
            errors.append("%s: send date %s outside April-July 2026" % (fn, loc))
        gold = json.load(open(os.path.join(HERE, fn[:-4] + ".json"), encoding="utf-8"))
        if gold != gold_of(c):
            errors.append("%s: gold JSON on disk differs from the generator" % fn)
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append("%s: gold keys %s" % (fn, sorted(gold)))
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errors.append("%s: non-minutes with items/next" % fn)
        for i, (g, it) in enumerate(zip(gold["items"], c["items"]), 1):
            d, t = resolve(it["_rule"], sent)
            ds = d.isoformat() if d else None
            if ds != g["due_date"]:
                errors.append("%s item %d: gold due %s but rule %s from %s gives %s" % (fn, i, g["due_date"], it["_rule"], loc, ds))
            if it["_rule"] == "hours" or it["_rule"].startswith("hours:"):
                if t != g["due_time"]:
                    errors.append("%s item %d: due_time %s, rule gives %s" % (fn, i, g["due_time"], t))
            if d and d.year != 2026:
                errors.append("%s item %d: date outside 2026" % (fn, i))
            fl = g["flags"]
            if (g["due_date"] is None) != ("vague_due" in fl or "no_due" in fl):
                errors.append("%s item %d: flags %s vs due %s" % (fn, i, fl, g["due_date"]))
            if (g["owner_name"] is None) != ("no_owner" in fl):
                errors.append("%s item %d: owner/no_owner mismatch" % (fn, i))
            if g["due_time"] and not re.fullmatch(r"\d\d:\d\d", g["due_time"]):
                errors.append("%s item %d: bad time" % (fn, i))
            if g["owner_name"] in roster_mail and g["owner_email"] != roster_mail[g["owner_name"]]:
                errors.append("%s item %d: owner email differs from roster" % (fn, i))
            if g["owner_email"] and g["owner_name"] not in roster_mail:
                if g["owner_email"].lower() not in data.decode("ascii", "replace").lower():
                    errors.append("%s item %d: outsider address not in the headers" % (fn, i))
            if norm(g["task"]) not in alltext and not it.get("_loose"):
                errors.append("%s item %d: task text %r not found verbatim in the message" % (fn, i, g["task"]))
        if c["next"]:
            d, t = resolve(c["next"][0], sent)
            if d.isoformat() != gold["next_followup"]["date"]:
                errors.append("%s next: gold %s, rule gives %s" % (fn, gold["next_followup"]["date"], d))
    for e in errors:
        print("ERROR:", e)
    print("checked %d messages: %s" % (len(files), "OK" if not errors else "%d problem(s)" % len(errors)))
    return 1 if errors else 0


# ==== README BEGIN ====
CLIENTS = {
    7801: "Outlook 16 zh-CN; multipart/alternative; charset label gb2312 with a GBK-only character (喆); base64; CRLF",
    7802: "Coremail XT5 webmail; UTF-8 base64; plain + simple HTML; Date with '(GMT+08:00)' comment",
    7803: "Foxmail 7.2; GBK; text base64 + HTML quoted-printable; forwarded minutes under a 发件人：/发送时间： block",
    7804: "Outlook 16 zh-CN; multipart/mixed: UTF-8 base64 body + application/pdf (reportlab, STSong-Light CID font, invariant)",
    7805: "Outlook 16 zh-CN; UTF-8 quoted-printable; In-Reply-To/References; Outlook 发件人/发送时间 quote block (text and HTML)",
    7806: "Outlook 16 zh-CN; UTF-8 base64; Word table (MsoTableGrid) in HTML, tab-separated rows in text",
    7807: "网易邮箱大师 on the Coremail account; UTF-8 base64; pasted DingTalk AI听记",
    7808: "Coremail auto-reply; single text/plain UTF-8 base64; Auto-Submitted: auto-replied",
    7809: "企业微信 mail (Tencent Exmail); UTF-8 base64; QQMail/TCMime headers",
    7810: "Tencent Exmail web; single text/html part (no text alternative); UTF-8 quoted-printable",
    7811: "Tencent Exmail web; gb18030 base64 (text + HTML)",
    7812: "Outlook 16 zh-TW (supplier in Taiwan); big5 quoted-printable; CRLF",
    7813: "企业微信 mail (Exmail); UTF-8 base64; forwarded 腾讯会议 智能纪要",
    7814: "网易邮箱大师; UTF-8 base64 body + .docx attachment (python-docx, fixed zip timestamps); RFC 2231 file name",
    7815: "Foxmail 7.2; GBK base64 (text + HTML); pasted WeChat group chat",
    7816: "iPhone Mail; single text/plain UTF-8 quoted-printable; Mime-Version: 1.0 (1.0)",
    7817: "Tencent Exmail web; gb18030 base64",
    7818: "Feishu (Lark) mail; UTF-8 text base64 + HTML quoted-printable; pasted 飞书智能纪要",
    7819: "Thunderbird; single text/plain UTF-8 8bit format=flowed",
    7820: "Feishu mail; UTF-8; items wrapped onto indented continuation lines",
    7821: "Feishu mail; UTF-8; sent on the 05-09 make-up Saturday",
    7822: "Gmail web (partner in Almaty); UTF-8 quoted-printable text + HTML; Date +0500",
    7823: "163.com webmail (Coremail); GBK base64; external customer",
    7824: "Apple Mail (macOS); single text/plain UTF-8 quoted-printable; Excel range pasted as TSV",
    7825: "网易邮箱大师; UTF-8 base64; '---- 回复的原邮件 ----' table-style quote",
    7826: "Feishu mail; UTF-8",
    7827: "system mail (WMS); UTF-8 base64; Auto-Submitted: auto-generated, Precedence: bulk, List-Id",
    7828: "Outlook 16 en-US; UTF-8 quoted-printable; CRLF",
    7829: "Apple Mail (macOS); single text/plain us-ascii 7bit",
    7830: "Gmail web (partner in Ontario); UTF-8 quoted-printable; Date -0400",
    7831: "Outlook 16 zh-CN; UTF-8 base64; Excel range pasted as HTML (xl65 classes) and as TSV",
    7832: "Outlook 16 en-US; UTF-8 quoted-printable body + .docx attachment; CRLF",
    7833: "Foxmail 7.2; GBK text base64 + HTML quoted-printable",
    7834: "Outlook on the web / Exchange Online; UTF-8 base64; Date in +0000; CRLF",
    7835: "Outlook for Mac; UTF-8 quoted-printable; bilingual",
    7836: "Outlook 16 en-US; UTF-8 quoted-printable; CRLF",
    7837: "Outlook 16 en-CA; multipart/alternative with multipart/related (HTML + inline PNG logo); UTF-8 QP",
    7838: "Gmail vacation responder; UTF-8 7bit text + HTML; Auto-Submitted: auto-replied; Date -0400",
}

README_HEAD = """# Blind held-out set "heldout50" (cases 7801-7838)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stored, with Return-Path / Delivered-To / Received)
and their gold answers (`NNNN-slug.json`, the flat schema of `/work/shared/corpus/README.md`), the roster
(`roster.csv`) and the generator `make_heldout50.py`, which is deterministic (no clock, no randomness).

    /work/blind/venv/bin/python make_heldout50.py          # rewrite everything
    /work/blind/venv/bin/python make_heldout50.py --check  # re-parse every .eml (email.policy.default): no MIME or
                                                           # header defects, every text part decodes strictly, every
                                                           # gold date recomputed from the Date header (Asia/Shanghai,
                                                           # chinesecalendar), task text present in the message/attachment

Counts: **minutes 32, other 3, auto 3** (reply 0). Send dates: April-July 2026, around Qingming (04-04..04-06), Labour Day
(05-01..05-05, make-up working day Sat 05-09) and Dragon Boat (06-19..06-21). One next meeting falls in August (7835).

## Organisations

| org | kind | domain | bot address | writers / clients |
| --- | --- | --- | --- | --- |
| 中原高铁运维有限公司 许昌动车运用所 (Xuchang EMU depot) | state-owned HSR maintenance depot | `zyhsr.example.cn` | `jiyao@zyhsr.example.cn` (纪要助手) | formal SOE minutes (一是/二是, （一）（二）, 责任单位/完成时限), Outlook, Coremail webmail, Foxmail, 网易邮箱大师, DingTalk AI minutes |
| 滇悦口腔 (Dianyue Dental, Kunming) | private dental-clinic chain | `dianyue-dental.example.cn` | `jiyao@dianyue-dental.example.cn` (纪要助手) | 企业微信/Tencent Exmail, Foxmail, iPhone, 网易邮箱大师, 腾讯会议 AI minutes, seed tracking tables |
| 驼铃跨境物流 (Tuoling, Urumqi) | cross-border logistics start-up | `tuolinglog.example.cn` | `minutes@tuolinglog.example.cn` (会议纪要机器人) | Feishu mail and 飞书智能纪要, Thunderbird checklists, Apple Mail, 网易邮箱大师 |
| 枫霜酒业（大连） Maple Frost Wines | Canadian-owned ice-wine importer | `maplefrost.example.cn` | `minutes@maplefrost.example.cn` (Minutes Bot) | Canadian and Chinese staff, English and Chinese: Outlook (Windows/Mac/web), Apple Mail, Foxmail, .docx |

Outside writers: 欣齒牙材 (Taiwanese dental-implant supplier, 林怡君, Outlook zh-TW big5), Steppe Freight LLP (Almaty,
Aigerim Nurlanovna, Gmail), 天山果业 (a small dried-fruit exporter, 阿依古丽, 163.com webmail), Niagara Bench Estate Winery
(Ontario, Megan O'Connell, Gmail). Non-writing outsiders who own items (陳志豪, Daniyar Seitkali) are not in the roster and
are resolved from the To/Cc display names. Each organisation runs its own bot; one roster covers all four (a scorer may
load it once). Every bot mailbox is delivered by a Postfix relay `mail.<domain>`, which adds the envelope headers.

## Conventions applied beyond the corpus README (a scorer must know these)

1. **Outsiders who write are in the roster with an empty department** (and no manager): their items get the roster
   address and `department: null`, which is also what the corpus convention gives an outsider resolved from headers.
2. **Team or role owners that are not one of the organisation's departments** (前台, "Steppe Freight ops team",
   "Both teams", "Owner: TBD", an unassigned AI-minutes to-do) -> `owner_name null`, `department null`, `no_owner`.
3. **"X节前" / "before the X holiday"** = the last working day before that holiday block (端午节前 -> 2026-06-18), the
   rule of `research/dates-eval.md` (国庆节前). "节后第一个工作日" / "first working day after the holiday" = the first
   working day after the block.
4. **"下周X同一时间"** = weekday X of next week at the *start* time of the meeting stated in the minutes' own header lines.
5. **Next meeting in a foreign time zone** is converted to Asia/Shanghai (the writers also give the Beijing time in
   brackets; both agree). A next meeting with a date but only "下午 / 具体时间另行通知" gets `time: null`; "7月初，时间另行通知"
   or no next meeting gives `null`.
6. **Periods without a day** (X月中旬, X月下旬, "timing TBD") -> `vague_due`, extending the corpus README's 11月中旬 rule.
7. **Dates are kept even when they land on a non-working day**: 月底 on a Sunday (05-31), 明天 on a Sunday or on the
   Dragon Boat holiday, and "by Friday" written before Labour Day (= Fri 05-01, flagged AMBIGUOUS in 7829).
8. **Tracking tables** (seed 跨部门协作事项跟踪表): one item per open row, task = 事项名称, owner = 责任人（发起方） (the 协作方
   person supports, like 配合), due = 计划完成时间, except a row marked 延期 with a revised expected date, which takes the
   revised date (AMBIGUOUS, 7810). Rows marked 已完成 / Done / Closed / [x] are skipped.
9. **AI-generated minutes** (飞书智能纪要, 钉钉AI听记, 腾讯会议智能纪要): only the 待办 list counts; summaries and chapters that
   restate the same tasks add nothing.
10. **Minutes with decisions only** are still kind `minutes`, with `items: []` (and their next meeting, 7836).
11. **Owner order**: "刘畅、于海洋：task" gives two items in the written order; "Owner: Dan & Cherry" likewise.
12. **Task text** stays in the language and script of the minutes (traditional Chinese in 7812, English in the English
    minutes); owner names are the canonical roster names (杞紅 -> 杞红).
13. **A request for supervision of existing items** ("请周科长对第1、4项现场作业加强盯控") is not an item; a separate request
    with owner and date placed under a seed table ("另：请信息部苏工5月15日前…") is.
14. **kind**: a newsletter written and sent by a person without list headers is `other`; machine mail (Auto-Submitted,
    Precedence: bulk, List-Id, no-reply sender) is `auto`; a mail that only schedules a future meeting is `other`.

## Client and encoding notes

- Display names are written as unquoted RFC 2047 encoded words (Foxmail and Coremail really put them inside quotes,
  but Python's `email.policy.default` reports that as a header defect and the brief asks for none).
- Attachment file names use RFC 2231 (`filename*=UTF-8''...`), for the same reason (RFC 2047 inside a quoted parameter
  is a defect for the strict parser).
- `--check` decodes a part labelled gb2312 as GBK (what every mail reader does); 7801 needs it (喆).
- Vendor headers are modelled on what these clients send (Outlook Thread-Index, Foxmail X-GUID, Exmail X-QQ-*,
  Coremail X-CM-*, Gmail X-Gm-Features, iPhone/Apple Mail-Version strings); Feishu mail is given only a Message-Id and
  a generic outbound host, because its exact header set was not at hand. Transfer encodings used: base64,
  quoted-printable, 8bit, 7bit.
- Line ends: CRLF for the Outlook / Exchange messages, LF for the others (both occur in real Maildirs).

| case | client, charset, structure |
| --- | --- |
"""


def write_readme():
    out = [README_HEAD]
    for c in CASES:
        out.append("| %d | %s |\n" % (c["num"], CLIENTS[c["num"]]))
    out.append("\n## Cases\n\n| case | kind | gold summary | what it tests |\n| --- | --- | --- | --- |\n")
    for c in CASES:
        out.append("| %s | %s | %s | %s |\n" % (fname(c), c["kind"], c["summary"].replace("|", "/"), c["tests"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))


# ==== README END ====


def main():
    global HERE
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("outdir", nargs="?", default=HERE)   # (an OUTDIR: added when the set joined the tests)
    a = ap.parse_args()
    HERE = a.outdir
    for fn in sorted(k for k in globals() if re.fullmatch(r"c78\d\d", k)):
        globals()[fn]()
    if a.check:
        sys.exit(check())
    write_all()
    sys.exit(check())


if __name__ == "__main__":
    main()
