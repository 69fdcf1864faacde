# -*- coding: utf-8 -*-
"""Helpers for make_heldout40.py: roster, header/body encoders, MIME assembly,
HTML flavours of common mail clients, .docx/.pdf builders, date rules and checks.

Deterministic: no clock, no randomness. Every id is derived from the case number.
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

SH = ZoneInfo("Asia/Shanghai")

# ---------------------------------------------------------------------------
# Organisations and roster
# ---------------------------------------------------------------------------
ORGS = {
    "A": dict(name="襄阳市城市环境卫生管理局", short="市环卫局", domain="xyhw.example.gov.cn",
              bot="minutes@xyhw.example.gov.cn", bot_name="纪要助手",
              mx="mx.xyhw.example.gov.cn", mxip="10.31.2.5", kind="government office (city sanitation bureau), Xiangyang"),
    "B": dict(name="宁波甬纶服饰进出口有限公司", short="甬纶服饰", domain="yonglun.example.com",
              bot="minutes@yonglun.example.com", bot_name="纪要助手",
              mx="mx.yonglun.example.com", mxip="203.0.113.21", kind="private garment exporter, Ningbo"),
    "C": dict(name="上海燧火电子竞技俱乐部有限公司", short="燧火电竞", domain="flintfire.example.cn",
              bot="minutes@flintfire.example.cn", bot_name="纪要机器人",
              mx="mx.flintfire.example.cn", mxip="198.51.100.40", kind="e-sports club (internet/services), Shanghai"),
    "D": dict(name="Brivio Coffee Machines (Suzhou) Co., Ltd. / 苏州布里维奥咖啡机有限公司", short="Brivio Suzhou",
              domain="brivio-sz.example.com", bot="minutes@brivio-sz.example.com", bot_name="Minutes Bot",
              mx="mx.brivio-sz.example.com", mxip="192.0.2.77", kind="Italian-owned coffee-machine plant, Suzhou"),
}

A_, B_, C_, D_ = (ORGS[k]["domain"] for k in "ABCD")

# name, email, department, manager_email, aliases, org
ROSTER = [
    # --- A: 襄阳市城市环境卫生管理局
    ("严卫东", f"yanweidong@{A_}", "局领导", "", "严局;严局长;严副局长;Yan Weidong", "A"),
    ("赵国强", f"zhaoguoqiang@{A_}", "办公室", f"yanweidong@{A_}", "赵主任;Zhao Guoqiang", "A"),
    ("孟晓雯", f"mengxiaowen@{A_}", "办公室", f"zhaoguoqiang@{A_}", "小孟;晓雯;Meng Xiaowen", "A"),
    ("鲁建平", f"lujianping@{A_}", "环卫作业科", f"yanweidong@{A_}", "鲁科长;鲁科;Lu Jianping", "A"),
    ("简红梅", f"jianhongmei@{A_}", "环卫作业科", f"lujianping@{A_}", "简工;红梅;Jian Hongmei", "A"),
    ("汪立新", f"wanglixin@{A_}", "垃圾分类指导科", f"yanweidong@{A_}", "汪科长;汪科;Wang Lixin", "A"),
    ("柯雨欣", f"keyuxin@{A_}", "垃圾分类指导科", f"wanglixin@{A_}", "小柯;雨欣;Ke Yuxin", "A"),
    ("蔡振华", f"caizhenhua@{A_}", "设施建设科", f"yanweidong@{A_}", "蔡科长;Cai Zhenhua", "A"),
    ("闵浩", f"minhao@{A_}", "设施建设科", f"caizhenhua@{A_}", "闵工;小闵;Min Hao", "A"),
    ("龚丽萍", f"gongliping@{A_}", "计划财务科", f"yanweidong@{A_}", "龚科长;Gong Liping", "A"),
    ("付春燕", f"fuchunyan@{A_}", "计划财务科", f"gongliping@{A_}", "小付;春燕;Fu Chunyan", "A"),
    ("邓永胜", f"dengyongsheng@{A_}", "安全监管科", f"yanweidong@{A_}", "邓科长;Deng Yongsheng", "A"),
    ("田茂林", f"tianmaolin@{A_}", "樊城区环卫所", f"yanweidong@{A_}", "田所长;田所;Tian Maolin", "A"),
    ("聂文斌", f"niewenbin@{A_}", "襄城区环卫所", f"yanweidong@{A_}", "聂所长;聂所;Nie Wenbin", "A"),
    ("鄢庆", f"yanqing@{A_}", "固废处置中心", f"yanweidong@{A_}", "鄢主任;Yan Qing", "A"),
    ("章海涛", "qingyuan_zht@126.com", "", "", "章经理;Zhang Haitao", "A-ext"),
    # --- B: 宁波甬纶服饰进出口有限公司
    ("应国栋", f"yingguodong@{B_}", "总经办", "", "应总;Ying Guodong;George Ying", "B"),
    ("俞佳琪", f"yujiaqi@{B_}", "业务一部", f"yingguodong@{B_}", "俞经理;佳琪;Jessica Yu;Jessica", "B"),
    ("邬雪", f"wuxue@{B_}", "业务一部", f"yujiaqi@{B_}", "小邬;Snow Wu;Snow", "B"),
    ("翁立群", f"wengliqun@{B_}", "业务二部", f"yingguodong@{B_}", "翁经理;Leo Weng", "B"),
    ("卓雅", f"zhuoya@{B_}", "业务二部", f"wengliqun@{B_}", "小卓;Joy Zhuo", "B"),
    ("陈静怡", f"chenjingyi@{B_}", "跟单部", f"yingguodong@{B_}", "陈主管;静怡;Jenny Chen", "B"),
    ("孙晓波", f"sunxiaobo@{B_}", "跟单部", f"chenjingyi@{B_}", "晓波;小孙;Sun Xiaobo", "B"),
    ("钱美芳", f"qianmeifang@{B_}", "技术部", f"yingguodong@{B_}", "钱老师;钱师傅;Qian Meifang", "B"),
    ("竺海燕", f"zhuhaiyan@{B_}", "品控部", f"yingguodong@{B_}", "竺经理;Helen Zhu;Helen", "B"),
    ("毛建军", f"maojianjun@{B_}", "品控部", f"zhuhaiyan@{B_}", "毛工;老毛;Mao Jianjun", "B"),
    ("韦志远", f"weizhiyuan@{B_}", "仓储物流部", f"yingguodong@{B_}", "韦主管;Wei Zhiyuan", "B"),
    ("史超", f"shichao@{B_}", "船务部", f"yingguodong@{B_}", "小史;Chris Shi;Chris", "B"),
    ("董丽", f"dongli@{B_}", "采购部", f"yingguodong@{B_}", "董经理;Dong Li", "B"),
    ("包晓燕", f"baoxiaoyan@{B_}", "财务部", f"yingguodong@{B_}", "包经理;Bao Xiaoyan", "B"),
    ("Emma Lindqvist", "emma.lindqvist@fjallgard.example.se", "", "", "Emma", "B-ext"),
    ("Oskar Berg", "oskar.berg@fjallgard.example.se", "", "", "Oskar", "B-ext"),
    ("彭磊", "penglei@jinwei-textile.example.com", "", "", "彭经理;Peng Lei", "B-ext"),
    ("林佩君", "peichun.lin@dingchang-zipper.example.com.tw", "", "", "Peggy Lin;林小姐", "B-ext"),
    # --- C: 上海燧火电子竞技俱乐部有限公司
    ("贺峻", f"hejun@{C_}", "总经办", "", "贺总;He Jun;Jun He", "C"),
    ("蒋一鸣", f"jiangyiming@{C_}", "赛训部", f"hejun@{C_}", "蒋指导;一鸣;Jiang Yiming", "C"),
    ("骆晨", f"luochen@{C_}", "赛训部", f"jiangyiming@{C_}", "小骆;Luo Chen", "C"),
    ("焦阳", f"jiaoyang@{C_}", "赛训部", f"jiangyiming@{C_}", "焦老师;Jiao Yang", "C"),
    ("于可欣", f"yukexin@{C_}", "商务部", f"hejun@{C_}", "于经理;可欣;Cathy Yu;Cathy", "C"),
    ("杭宇", f"hangyu@{C_}", "商务部", f"yukexin@{C_}", "小杭;Hang Yu", "C"),
    ("林栩", f"linxu@{C_}", "内容部", f"hejun@{C_}", "林主编;Xu Lin;Lin Xu", "C"),
    ("邵晴", f"shaoqing@{C_}", "内容部", f"linxu@{C_}", "晴晴;小邵;Shao Qing", "C"),
    ("苗壮", f"miaozhuang@{C_}", "运营部", f"hejun@{C_}", "苗经理;Miao Zhuang", "C"),
    ("程茜", f"chengqian@{C_}", "运营部", f"miaozhuang@{C_}", "茜茜;Cheng Qian", "C"),
    ("秦露", f"qinlu@{C_}", "人事行政部", f"hejun@{C_}", "露露;Lucy Qin;Lucy", "C"),
    ("冯一凡", f"fengyifan@{C_}", "青训部", f"hejun@{C_}", "冯教练;Feng Yifan", "C"),
    ("闫蕾", "yanlei@jinyue.example.com", "", "", "闫经理;Yan Lei", "C-ext"),
    ("Minji Kim", "minji.kim@keyforge.example.kr", "", "", "Kim Minji;Kim Min-ji;김민지", "C-ext"),
    # --- D: Brivio Coffee Machines (Suzhou)
    ("Marco Ferrante", f"marco.ferrante@{D_}", "Management", "", "Marco;马可", "D"),
    ("Davide Conti", f"davide.conti@{D_}", "Production", f"marco.ferrante@{D_}", "Davide", "D"),
    ("周嘉伟", f"jiawei.zhou@{D_}", "Production", f"davide.conti@{D_}", "Kevin Zhou;Kevin;Jiawei Zhou;小周", "D"),
    ("Giulia Rinaldi", f"giulia.rinaldi@{D_}", "Quality", f"marco.ferrante@{D_}", "Giulia", "D"),
    ("顾婷", f"ting.gu@{D_}", "Quality", f"giulia.rinaldi@{D_}", "Tina Gu;Tina;Ting Gu", "D"),
    ("Luca Moretti", f"luca.moretti@{D_}", "Engineering", f"marco.ferrante@{D_}", "Luca", "D"),
    ("沈浩然", f"haoran.shen@{D_}", "Engineering", f"luca.moretti@{D_}", "Howard Shen;Howard;Haoran Shen", "D"),
    ("陆敏", f"min.lu@{D_}", "Supply Chain", f"marco.ferrante@{D_}", "Amy Lu;Amy;Min Lu", "D"),
    ("施云飞", f"yunfei.shi@{D_}", "Supply Chain", f"min.lu@{D_}", "Fred Shi;Fred;Yunfei Shi", "D"),
    ("钱佩玲", f"peiling.qian@{D_}", "HR & Admin", f"marco.ferrante@{D_}", "Penny Qian;Penny", "D"),
    ("吴晓东", f"xiaodong.wu@{D_}", "EHS", f"marco.ferrante@{D_}", "Sean Wu;Sean;Xiaodong Wu", "D"),
    ("Alessandro Galli", "alessandro.galli@brivio.example.it", "", "", "Alessandro", "D-ext"),
    ("Sabine Krause", "sabine.krause@heizwerk.example.de", "", "", "Sabine", "D-ext"),
]
BY_NAME = {r[0]: r for r in ROSTER}
BY_EMAIL = {r[1]: r for r in ROSTER}
DEPARTMENTS = {r[2] for r in ROSTER if r[2]}


def P(name):
    """(display name, email) of a roster person."""
    return (name, BY_NAME[name][1])


def email_of(name):
    return BY_NAME[name][1]


# ---------------------------------------------------------------------------
# Deterministic ids
# ---------------------------------------------------------------------------
def hx(seed, n=16):
    return hashlib.sha256(str(seed).encode()).hexdigest()[:n]


def thread_index(seed, parent=None):
    """Outlook Thread-Index: 22 bytes for a new thread, plus 5 bytes per reply level."""
    head = b"\x01\xdc" + hashlib.sha256(str(parent if parent is not None else seed).encode()).digest()[:20]
    if parent is not None:
        head += hashlib.sha256(f"child{seed}".encode()).digest()[:5]
    return base64.b64encode(head).decode()


def outlook_mid(seed, domain):
    h = hx(seed, 28)
    return f"<000001dc{h[:4]}${h[4:12]}${h[12:20]}$@{domain}>"


def hx_upper(seed, n=16):
    return hx(seed, n).upper()


# ---------------------------------------------------------------------------
# Header encoding
# ---------------------------------------------------------------------------
def _ew_one(s, cs, enc):
    data = s.encode(cs)
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return f"=?{cs}?Q?{''.join(out)}?="


def ew(s, cs="utf-8", enc="B", first_room=75, fold="\n "):
    """RFC 2047 encoded words, split on character boundaries, each word <= 75 chars."""
    words, cur = [], ""
    room = first_room
    for ch in s:
        if cur and len(_ew_one(cur + ch, cs, enc)) > room:
            words.append(_ew_one(cur, cs, enc))
            cur = ch
            room = 75
        else:
            cur += ch
    if cur:
        words.append(_ew_one(cur, cs, enc))
    return fold.join(words)


def hval(s, cs="utf-8", enc="B", label_len=9):
    """Header value: raw if ASCII, else encoded words."""
    if s.isascii():
        return s
    return ew(s, cs, enc, first_room=max(30, 76 - label_len - 2))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, cs="utf-8", enc="B", quote_ascii=False, quote_encoded=False):
    if not name:
        return f"<{email}>" if quote_ascii else email
    if name.isascii():
        if quote_ascii or _SPECIALS.search(name):
            n = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        else:
            n = name
        return f"{n} <{email}>"
    w = ew(name, cs, enc, first_room=60, fold=" ")
    if quote_encoded:
        w = f'"{w}"'
    return f"{w} <{email}>"


def addrs(people, cs="utf-8", enc="B", sep=",\n ", **kw):
    return sep.join(addr(n, e, cs, enc, **kw) for n, e in people)


# ---------------------------------------------------------------------------
# Body transfer encodings
# ---------------------------------------------------------------------------
def b64lines(data, width=76):
    """base64 body in 76-character lines (email.base64mime, as the email package encodes bodies)."""
    import email.base64mime
    out = email.base64mime.body_encode(data, maxlinelen=width, eol="\n")
    return out if out.endswith("\n") else out + "\n"


def qp(data):
    # quopri keeps line structure, escapes '=', 8-bit bytes and trailing blanks,
    # soft-breaks at 76 without splitting an escape.
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def encode_body(text, charset, cte, eol="\n"):
    """text -> (transfer-encoded str or bytes)."""
    t = text.replace("\r\n", "\n")
    if eol != "\n" and cte == "base64":  # CRLF text inside base64 (Windows clients); QP/8bit use the file's line ends
        t = t.replace("\n", eol)
    data = t.encode(charset)
    if cte == "base64":
        return b64lines(data)
    if cte == "quoted-printable":
        # quopri treats \r\n line ends; encode \r explicitly to keep CRLF text intact
        return qp(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


# ---------------------------------------------------------------------------
# MIME tree
# ---------------------------------------------------------------------------
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings (may contain folded lines)
        self.body = body        # str or bytes, already transfer-encoded


class Multi:
    def __init__(self, ctype_line, boundary, parts, preamble=None, epilogue="", headers=None):
        self.ctype_line = ctype_line  # e.g. 'multipart/alternative;\n\tboundary="{b}"'
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.epilogue = epilogue
        self.headers = headers or []


def text_leaf(text, subtype="plain", charset="utf-8", cte="base64", ct_style="plain",
              extra_params="", eol="\n", extra_headers=None, label=None):
    """label: charset name written in the header (e.g. 'gb2312' while bytes are GBK)."""
    lab = label or charset
    if ct_style == "outlook":
        ct = f'Content-Type: text/{subtype};\n\tcharset="{lab}"{extra_params}'
    elif ct_style == "quoted":
        ct = f'Content-Type: text/{subtype}; charset="{lab}"{extra_params}'
    else:
        ct = f"Content-Type: text/{subtype}; charset={lab}{extra_params}"
    hs = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra_headers or [])
    return Leaf(hs, encode_body(text, charset, cte, eol))


def attach_leaf(data, mime, filename, cs="utf-8", extra_headers=None, fold="\n\t", inline=False):
    """Attachment with RFC 2231 parameters (name*= and filename*=, continued when long). RFC 2047 words inside
    quoted parameters, which several clients write, are flagged as defects by Python, so they are not used."""
    from urllib.parse import quote
    if filename.isascii():
        fn_ct = f'name="{filename}"'
        fn_cd = f'filename="{filename}"'
    else:
        q = quote(filename.encode(cs), safe="")
        chunks, cur = [], ""
        for ch in filename:
            e = quote(ch.encode(cs), safe="")
            if cur and len(cur) + len(e) > 54:
                chunks.append(cur)
                cur = ""
            cur += e
        chunks.append(cur)

        def cont(param):
            if len(chunks) == 1:
                return f"{param}*={cs}''{q}"
            return (";" + fold).join((f"{param}*{i}*={cs}''{c}" if i == 0 else f"{param}*{i}*={c}")
                                     for i, c in enumerate(chunks))
        fn_ct, fn_cd = cont("name"), cont("filename")
    disp = "inline" if inline else "attachment"
    hs = [f"Content-Type: {mime};{fold}{fn_ct}",
          f"Content-Disposition: {disp};{fold}{fn_cd}",
          "Content-Transfer-Encoding: base64"] + (extra_headers or [])
    return Leaf(hs, b64lines(data))


def _to_bytes(x):
    return x if isinstance(x, bytes) else x.encode("ascii")


def serialize(node):
    out = b""
    if isinstance(node, Leaf):
        out += "\n".join(node.headers).encode("ascii") + b"\n\n"
        out += _to_bytes(node.body)
        return out
    hs = [node.ctype_line.replace("{b}", node.boundary)] + node.headers
    out += "\n".join(hs).encode("ascii") + b"\n\n"
    out += serialize_body(node)
    return out


def serialize_body(node):
    out = b""
    if node.preamble is not None:
        out += node.preamble.encode("ascii") + b"\n"
    for p in node.parts:
        out += b"\n--" + node.boundary.encode() + b"\n" if out else b"--" + node.boundary.encode() + b"\n"
        sp = serialize(p)
        if not sp.endswith(b"\n"):
            sp += b"\n"
        out += sp
    out += b"\n--" + node.boundary.encode() + b"--\n"
    if node.epilogue:
        out += node.epilogue.encode("ascii")
    return out


def build_message(headers, root, crlf=False):
    """headers: list of 'Name: value' strings (trace headers first). root: Leaf or Multi.
    The root's content headers are appended after the given headers."""
    if isinstance(root, Leaf):
        allh = headers + root.headers
        body = _to_bytes(root.body)
    else:
        allh = headers + [root.ctype_line.replace("{b}", root.boundary)] + root.headers
        body = serialize_body(root)
    raw = "\n".join(allh).encode("ascii") + b"\n\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------------------
# Dates in headers
# ---------------------------------------------------------------------------
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(y, m, d, hh, mm, ss, tz="+0800", pad_day=False, suffix=""):
    off = int(tz[:3]) * 60 + (1 if tz[0] == "+" else -1) * int(tz[3:])
    t = dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(dt.timedelta(minutes=off)))
    day = f"{t.day:02d}" if pad_day else str(t.day)
    return f"{WD_EN[t.weekday()]}, {day} {MON_EN[t.month-1]} {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {tz}{suffix}", t


def shift(t, seconds, tz="+0800"):
    off = int(tz[:3]) * 60 + (1 if tz[0] == "+" else -1) * int(tz[3:])
    u = (t + dt.timedelta(seconds=seconds)).astimezone(dt.timezone(dt.timedelta(minutes=off)))
    return f"{WD_EN[u.weekday()]}, {u.day} {MON_EN[u.month-1]} {u.year} {u.hour:02d}:{u.minute:02d}:{u.second:02d} {tz}"


def trace(case_no, org, sent_t, src=None, more=(), return_path=None, delay=3, rcpt=None):
    """Return-Path / Delivered-To / Received added by the receiving server (the bot's Postfix),
    then the sender-side Received values given in `more` (newest first)."""
    o = ORGS[org]
    rcpt = rcpt or o["bot"]
    qid = hx_upper(f"q{case_no}", 11)
    rdate = shift(sent_t, delay)
    lines = [f"Return-Path: {return_path}"] if return_path is not None else []
    lines.append(f"Delivered-To: {rcpt}")
    src = src or f"{o['mx']} ({o['mx']} [{o['mxip']}])"
    lines.append(f"Received: from {src}\n\tby bot.{o['domain']} (Postfix) with ESMTPS id {qid}\n"
                 f"\tfor <{rcpt}>; {rdate} (CST)")
    for h in more:
        lines.append("Received: " + h)
    return lines


def epoch_ms(t):
    return int(t.timestamp() * 1000)


# ---------------------------------------------------------------------------
# Content blocks and HTML flavours
# ---------------------------------------------------------------------------
class T:
    """A table block. rows: list of lists of cell strings. text: optional plain-text rendering."""

    def __init__(self, header, rows, text=None, widths=None, rowspans=None):
        self.header = header
        self.rows = rows
        self.text = text
        self.widths = widths
        self.rowspans = rowspans or {}


class Q:
    """A quoted / forwarded section: header lines then inner blocks."""

    def __init__(self, style, head_lines, blocks, sep_line=None, prefix=""):
        self.style = style
        self.head_lines = head_lines
        self.blocks = blocks
        self.sep_line = sep_line
        self.prefix = prefix


def render_text(blocks, table_sep="\t"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, T):
            if b.text is not None:
                out.append(b.text)
            else:
                rows = ([b.header] if b.header else []) + b.rows
                out.append("\n".join(table_sep.join(c.replace("\n", " ") for c in r) for r in rows))
        elif isinstance(b, Q):
            inner = render_text(b.blocks, table_sep)
            parts = []
            if b.sep_line:
                parts.append(b.sep_line)
            parts += b.head_lines
            txt = "\n".join(parts) + "\n\n" + inner
            if b.prefix:
                txt = "\n".join((b.prefix + l).rstrip() if l else b.prefix.rstrip() for l in txt.split("\n"))
            out.append(txt)
    return "\n\n".join(out) + "\n"


def esc(s):
    return html.escape(s, quote=False)


FLAVOURS = {}


def flavour(name):
    def deco(f):
        FLAVOURS[name] = f
        return f
    return deco


def _generic_table(t, style='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"',
                   th_style="", td_style=""):
    h = [f"<table {style}>"]
    if t.header:
        h.append("<tr>" + "".join(f"<th{th_style}>{esc(c)}</th>" for c in t.header) + "</tr>")
    for ri, r in enumerate(t.rows):
        cells = []
        for ci, c in enumerate(r):
            if c is None:
                continue
            rs = t.rowspans.get((ri, ci))
            rsa = f' rowspan="{rs}"' if rs else ""
            cells.append(f"<td{rsa}{td_style}>{esc(c).replace(chr(10), '<br>')}</td>")
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def _lines_html(blocks, line_fn, blank, table_fn, quote_fn):
    out = []
    first = True
    for b in blocks:
        if not first:
            out.append(blank)
        first = False
        if isinstance(b, str):
            for line in b.split("\n"):
                out.append(line_fn(line))
        elif isinstance(b, T):
            out.append(table_fn(b))
        elif isinstance(b, Q):
            out.append(quote_fn(b))
    return "\n".join(out)


def html_body(flavour_name, blocks, charset="utf-8", **kw):
    return FLAVOURS[flavour_name](blocks, charset, **kw)


def _nbsp_lead(line):
    m = re.match(r"^( +)", line)
    if not m:
        return esc(line)
    return "&nbsp;" * len(m.group(1)) + esc(line[len(m.group(1)):])


@flavour("outlook")
def _outlook(blocks, charset, lang="ZH-CN", font="等线", **kw):
    def line(l):
        if not l.strip():
            return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        return f"<p class=MsoNormal><span style='font-family:{font}'>{_nbsp_lead(l)}</span><span lang=EN-US><o:p></o:p></span></p>"

    def table(t):
        rows = ([t.header] if t.header else []) + t.rows
        h = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
        for ri, r in enumerate(rows):
            cells = []
            for c in r:
                b1, b2 = ("<b>", "</b>") if (t.header and ri == 0) else ("", "")
                inner = "".join(f"<p class=MsoNormal><span style='font-family:{font}'>{b1}{esc(x)}{b2}</span></p>"
                                for x in c.split("\n"))
                cells.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                             + inner + "</td>")
            h.append("<tr>" + "".join(cells) + "</tr>")
        h.append("</table>")
        return "\n".join(h)

    def quote(q):
        head = "".join(
            (f"<p class=MsoNormal><b><span style='font-family:{font}'>{esc(l.split(':',1)[0])}:</span></b>"
             f"<span style='font-family:{font}'>{esc(l.split(':',1)[1]) if ':' in l else ''}</span></p>")
            for l in q.head_lines)
        inner = _lines_html(q.blocks, line, line(""), table, quote)
        return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>" + head
                + "</div>\n" + line("") + "\n" + inner)

    body = _lines_html(blocks, line, line(""), table, quote)
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:" + font + ";\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
            "\tfont-size:10.5pt;\n\tfont-family:" + font + ";}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>\n"
            f"<div class=WordSection1>\n{body}\n</div>\n</body>\n</html>\n")


@flavour("div")
def _div(blocks, charset, wrap_style="", head=True, table_style=None, quote_style="blockquote", **kw):
    def line(l):
        return f"<div>{_nbsp_lead(l)}</div>" if l.strip() else "<div><br></div>"

    def table(t):
        return _generic_table(t, table_style) if table_style else _generic_table(t)

    def quote(q):
        head_html = "".join(f"<div>{esc(l)}</div>" for l in ([q.sep_line] if q.sep_line else []) + q.head_lines)
        inner = _lines_html(q.blocks, line, "<div><br></div>", table, quote)
        if quote_style == "blockquote":
            return (f'<div>{head_html}</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                    f'padding-left:1ex">\n{inner}\n</blockquote>')
        return f"<div>{head_html}<div><br></div>\n{inner}</div>"

    body = _lines_html(blocks, line, "<div><br></div>", table, quote)
    inner = f'<div style="{wrap_style}">\n{body}\n</div>' if wrap_style else body
    if head:
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
                f"<body>\n{inner}\n</body></html>\n")
    return inner + "\n"


@flavour("coremail")
def _coremail(blocks, charset, **kw):
    return _div(blocks, charset, wrap_style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial",
                head=False, **kw)


@flavour("foxmail")
def _foxmail(blocks, charset, signature=None, **kw):
    def line(l):
        return f"<div><span></span>{_nbsp_lead(l)}</div>" if l.strip() else "<div><br></div>"

    body = _lines_html(blocks, line, "<div><br></div>", _generic_table, lambda q: "")
    sig = ""
    if signature:
        sig = ('<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
               '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>'
               + "<br>".join(esc(x) for x in signature) + "</div></div></span></div>")
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}">'
            "<style>body { line-height: 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; "
            "color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n"
            f"{body}\n{sig}\n</body></html>\n")


@flavour("gmail")
def _gmail(blocks, charset, **kw):
    def line(l):
        return f"<div>{_nbsp_lead(l)}</div>" if l.strip() else "<div><br></div>"

    def quote(q):
        inner = _lines_html(q.blocks, line, "<div><br></div>", _generic_table, quote)
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(" ".join(q.head_lines))}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')

    return '<div dir="ltr">' + _lines_html(blocks, line, "<div><br></div>", _generic_table, quote) + "</div>\n"


@flavour("apple")
def _apple(blocks, charset, **kw):
    def line(l):
        return f"<div>{_nbsp_lead(l)}</div>" if l.strip() else "<div><br></div>"

    body = _lines_html(blocks, line, "<div><br></div>", _generic_table, lambda q: "")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{body}</body></html>\n")


@flavour("owa")
def _owa(blocks, charset, **kw):
    st = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
          "font-size: 12pt; color: rgb(0, 0, 0);")

    def line(l):
        return (f'<div class="elementToProof" style="{st}">{_nbsp_lead(l)}</div>' if l.strip()
                else f'<div class="elementToProof" style="{st}"><br></div>')

    def table(t):
        return _generic_table(t, 'style="border-collapse: collapse; border: 1px solid rgb(0, 0, 0);"',
                              ' style="border: 1px solid rgb(0, 0, 0); padding: 4px; text-align: left;"',
                              ' style="border: 1px solid rgb(0, 0, 0); padding: 4px; vertical-align: top;"')

    body = _lines_html(blocks, line, line(""), table, lambda q: "")
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{body}\n</body>\n</html>\n')


@flavour("feishu")
def _feishu(blocks, charset, **kw):
    def line(l):
        return (f'<p style="margin:0;line-height:1.6">{_nbsp_lead(l)}</p>' if l.strip()
                else '<p style="margin:0;line-height:1.6"><br></p>')

    def table(t):
        return _generic_table(t, 'style="border-collapse:collapse;table-layout:fixed" border="1" cellpadding="6"',
                              ' style="background:#f5f6f7;border:1px solid #dee0e3"',
                              ' style="border:1px solid #dee0e3"')

    def quote(q):
        head_html = "".join(f'<p style="margin:0">{esc(l)}</p>' for l in ([q.sep_line] if q.sep_line else []) + q.head_lines)
        inner = _lines_html(q.blocks, line, line(""), table, quote)
        return f'<div style="border-left:2px solid #dee0e3;padding-left:8px">{head_html}{line("")}{inner}</div>'

    body = _lines_html(blocks, line, line(""), table, quote)
    return ('<html><head><meta charset="utf-8"></head><body><div style="font-family:-apple-system,'
            'BlinkMacSystemFont,&quot;PingFang SC&quot;,&quot;Microsoft YaHei&quot;,sans-serif;font-size:14px;'
            f'color:#1f2329;word-break:break-word">\n{body}\n</div></body></html>\n')


@flavour("alimail")
def _alimail(blocks, charset, **kw):
    sp = 'font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14.0px;color:#000000;'

    def line(l):
        return (f'<div style="clear:both;"><span style="{sp}">{_nbsp_lead(l)}</span></div>' if l.strip()
                else f'<div style="clear:both;"><span style="{sp}"><br></span></div>')

    def quote(q):
        head_html = "".join(f'<div style="clear:both;"><span style="{sp}">{esc(l)}</span></div>'
                            for l in ([q.sep_line] if q.sep_line else []) + q.head_lines)
        inner = _lines_html(q.blocks, line, line(""), _generic_table, quote)
        return f'<blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">{head_html}{line("")}{inner}</blockquote>'

    body = _lines_html(blocks, line, line(""), _generic_table, quote)
    return (f'<div class="__aliyun_email_body_block">{body}</div>\n')


@flavour("exmail")
def _exmail(blocks, charset, **kw):
    sp = 'font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 14px;'

    def line(l):
        return f'<div><span style="{sp}">{_nbsp_lead(l)}</span></div>' if l.strip() else "<div><br></div>"

    def table(t):
        return _generic_table(t, 'border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse"',
                              ' style="border:1px solid #000;padding:2px 6px"', ' style="border:1px solid #000;padding:2px 6px"')

    def quote(q):
        head = "".join(f"<div>{esc(l)}</div>" for l in q.head_lines)
        inner = _lines_html(q.blocks, line, "<div><br></div>", table, quote)
        return ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
                f'{esc(q.sep_line or "")}</div><div style="font-size: 12px;background:#efefef;padding:8px;">{head}</div>'
                f"<div><br></div>{inner}")

    body = _lines_html(blocks, line, "<div><br></div>", table, quote)
    return f"{body}\n"


@flavour("thunderbird")
def _thunderbird(blocks, charset, **kw):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("    <p>" + "<br>\n      ".join(_nbsp_lead(l) for l in b.split("\n")) + "</p>")
        elif isinstance(b, T):
            out.append(_generic_table(b))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; '
            f'charset={charset}">\n  </head>\n  <body>\n' + "\n".join(out) + "\n  </body>\n</html>\n")


# ---------------------------------------------------------------------------
# Attachments: .docx and .pdf
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(paragraphs, table=None, table_after=None, title=None, author="", when=None, font_east="宋体"):
    """paragraphs: list of (style, text) with style in {'title','heading','normal','center','right'}.
    table: (header, rows) inserted after the paragraph whose index is table_after."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_east)

    def add_table():
        header, rows = table
        t = d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = h
        for ri, r in enumerate(rows):
            for ci, c in enumerate(r):
                t.rows[ri + 1].cells[ci].text = c

    for i, (style, text) in enumerate(paragraphs):
        if style == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(18)
        elif style == "heading":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif style == "center":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "right":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            d.add_paragraph(text)
        if table is not None and table_after == i:
            add_table()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ""
    cp.revision = 1
    w = when or dt.datetime(2026, 1, 1)
    cp.created = w
    cp.modified = w
    cp.last_printed = w
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def _rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            lines.append("\t".join(c.text for c in r.cells))
    return "\n".join(lines)


def make_pdf(lines, title="", author=""):
    """lines: list of (size, text, indent). Chinese via the built-in STSong-Light CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pagesize=(595.27, 841.89))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word")
    y = 790
    for size, text, indent in lines:
        if y < 60:
            c.showPage()
            y = 790
        if text:
            c.setFont("STSong-Light", size)
            c.drawString(56 + indent, y, text)
        y -= size + 9
    c.save()
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
