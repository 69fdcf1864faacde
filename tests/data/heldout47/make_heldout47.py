#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout47" (cases 7501-7538).

Writes NNNN-slug.eml (raw message bytes as the receiving server stores them),
NNNN-slug.json (gold), roster.csv and README.md into the folder of this script.

    python3 make_heldout47.py            # (re)write every file
    python3 make_heldout47.py --check    # re-parse every .eml with email.policy.default,
                                         # recompute every gold date from the Date header

Deterministic: no clock, no randomness. Dates are 2026 only. The check needs
chinesecalendar (and python-docx / pypdf to read the attachments):
    /work/blind/venv/bin/python make_heldout47.py --check
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SH = ZoneInfo("Asia/Shanghai")

# --------------------------------------------------------------------------------------
# Organisations and roster
# --------------------------------------------------------------------------------------
ORGS = {
    "A": dict(name="国家税务总局商丘市税务局", en="Shangqiu Municipal Tax Service (prefecture-level tax bureau)",
              domain="sqtax.example.gov.cn", bot=("纪要助手", "jiyao@sqtax.example.gov.cn"),
              mx="mail.sqtax.example.gov.cn"),
    "B": dict(name="重庆璧驰摩托车制造有限公司", en="Bichi Motorcycle, Bishan district, Chongqing (private maker)",
              domain="bichimoto.example.cn", bot=("纪要机器人", "minutes@bichimoto.example.cn"),
              mx="mx.bichimoto.example.cn"),
    "C": dict(name="厦门毛岛宠物食品科技有限公司 (PawIsle)", en="PawIsle, cross-border pet-food brand, Xiamen",
              domain="pawisle.example.com", bot=("会议纪要助手", "minutebot@pawisle.example.com"),
              mx="mx.pawisle.example.com"),
    "D": dict(name="诺德力物料搬运设备（平湖）有限公司 / Nordlyft Material Handling (Pinghu)",
              en="Swedish-owned forklift plant, Pinghu (Jiaxing), staff write English",
              domain="nordlyft.example.com", bot=("Minutes Bot", "minutes.pinghu@nordlyft.example.com"),
              mx="mx.nordlyft.example.com"),
}

# key, name, email, department, manager_key, aliases
_A = "sqtax.example.gov.cn"
_B = "bichimoto.example.cn"
_C = "pawisle.example.com"
_D = "nordlyft.example.com"
ROSTER_ROWS = [
    # --- A: 国家税务总局商丘市税务局 -------------------------------------------------
    ("时培林", "shipeilin@" + _A, "局领导", "", "时局;时局长;时副局长;时培林副局长"),
    ("孟庆华", "mengqinghua@" + _A, "办公室", "", "孟主任"),
    ("葛晓婷", "gexiaoting@" + _A, "办公室", "mengqinghua@" + _A, "小葛;晓婷"),
    ("翟建军", "zhaijianjun@" + _A, "纳税服务科", "", "翟科长;翟科"),
    ("宋雨萌", "songyumeng@" + _A, "纳税服务科", "zhaijianjun@" + _A, "小宋;雨萌"),
    ("范志刚", "fanzhigang@" + _A, "征收管理科", "", "范科长;范科"),
    ("闫冬梅", "yandongmei@" + _A, "征收管理科", "fanzhigang@" + _A, "冬梅;闫科员"),
    ("郜亮", "gaoliang@" + _A, "信息中心", "", "郜主任"),
    ("苗运来", "miaoyunlai@" + _A, "信息中心", "gaoliang@" + _A, "苗工"),
    ("祁红霞", "qihongxia@" + _A, "法制科", "", "祁科长"),
    ("常宏伟", "changhongwei@" + _A, "税收经济分析科", "", "常科长"),
    ("牛文静", "niuwenjing@" + _A, "财务管理科", "", "牛科长"),
    ("谷海燕", "guhaiyan@" + _A, "人事科", "", "谷科长"),
    ("臧立伟", "zangliwei@" + _A, "梁园区税务局", "", "臧局;臧局长;臧副局长"),
    ("鲁晨", "luchen@" + _A, "梁园区税务局", "zangliwei@" + _A, "小鲁"),
    # --- B: 重庆璧驰摩托车制造有限公司 ----------------------------------------------
    ("冉启明", "ranqiming@" + _B, "总经办", "", "冉总"),
    ("幸丽", "xingli@" + _B, "总经办", "ranqiming@" + _B, "幸秘书;Lily"),
    ("蒲建华", "pujianhua@" + _B, "生产部", "ranqiming@" + _B, "蒲经理"),
    ("向东", "xiangdong@" + _B, "生产部", "pujianhua@" + _B, "向主任"),
    ("代明", "daiming@" + _B, "仓储物流部", "ranqiming@" + _B, "代经理"),
    ("韦志远", "weizhiyuan@" + _B, "仓储物流部", "daiming@" + _B, "韦主管;仓储主管"),
    ("母红梅", "muhongmei@" + _B, "质量部", "ranqiming@" + _B, "母经理;Mu Hongmei"),
    ("况勇", "kuangyong@" + _B, "质量部", "muhongmei@" + _B, "况工"),
    ("王成刚", "wangchenggang@" + _B, "研发中心", "ranqiming@" + _B, "王工;王主任"),
    ("敖天宇", "aotianyu@" + _B, "研发中心", "wangchenggang@" + _B, "敖工;小敖"),
    ("邓晓琳", "dengxiaolin@" + _B, "采购部", "ranqiming@" + _B, "邓经理"),
    ("钟毅", "zhongyi@" + _B, "采购部", "dengxiaolin@" + _B, "小钟"),
    ("张永福", "zhangyongfu@" + _B, "营销中心", "ranqiming@" + _B, "张总;Zhang Yongfu"),
    ("石磊", "shilei@" + _B, "营销中心", "zhangyongfu@" + _B, "石经理"),
    ("喻佳", "yujia@" + _B, "营销中心", "zhangyongfu@" + _B, "Jessica;Jessica Yu;Yu Jia"),
    ("付娟", "fujuan@" + _B, "财务部", "ranqiming@" + _B, "付经理"),
    ("黎波", "libo@" + _B, "设备部", "pujianhua@" + _B, "黎工"),
    # --- C: PawIsle ---------------------------------------------------------------------
    ("苏敏", "sumin@" + _C, "总裁办", "", "苏总;Sumin"),
    ("林雅琪", "linyaqi@" + _C, "跨境运营部", "sumin@" + _C, "雅琪;Yaki;Lin Yaqi"),
    ("洪少杰", "hongshaojie@" + _C, "跨境运营部", "linyaqi@" + _C, "少杰;Jay;Jay Hung;Hong Shaojie"),
    ("蔡佩珊", "caipeishan@" + _C, "跨境运营部", "linyaqi@" + _C, "佩珊;Peggy"),
    ("叶婉清", "yewanqing@" + _C, "跨境运营部", "linyaqi@" + _C, "婉清;Wanqing"),
    ("陈一帆", "chenyifan@" + _C, "品牌市场部", "sumin@" + _C, "一帆;Evan;Evan Chen"),
    ("黄诗涵", "huangshihan@" + _C, "品牌市场部", "chenyifan@" + _C, "诗涵;Cici"),
    ("郑宏达", "zhenghongda@" + _C, "供应链部", "sumin@" + _C, "郑哥;Hongda;Zheng Hongda"),
    ("许晓东", "xuxiaodong@" + _C, "供应链部", "zhenghongda@" + _C, "晓东;Tony;Tony Xu"),
    ("钱雨桐", "qianyutong@" + _C, "产品研发部", "sumin@" + _C, "钱老师;雨桐"),
    ("庄文博", "zhuangwenbo@" + _C, "品控部", "sumin@" + _C, "庄工;文博;Wenbo"),
    ("吴佳慧", "wujiahui@" + _C, "客服部", "sumin@" + _C, "佳慧;Joy;Joy Wu;客服主管"),
    ("柯振宇", "kezhenyu@" + _C, "财务部", "sumin@" + _C, "振宇;Kevin;柯会计"),
    # --- D: Nordlyft Pinghu -------------------------------------------------------------
    ("Erik Lindqvist", "erik.lindqvist@" + _D, "Management", "", "Erik;EL"),
    ("Anna Holm", "anna.holm@" + _D, "Finance", "erik.lindqvist@" + _D, "Anna"),
    ("Karin Sjöberg", "karin.sjoberg@" + _D, "Quality", "erik.lindqvist@" + _D, "Karin;Karin Sjoberg"),
    ("Johan Berg", "johan.berg@" + _D, "Engineering", "erik.lindqvist@" + _D, "Johan;@johan.berg"),
    ("沈建平", "jason.shen@" + _D, "Production", "erik.lindqvist@" + _D, "Jason;Jason Shen;沈经理;@jason.shen"),
    ("倪俊", "nick.ni@" + _D, "Production", "jason.shen@" + _D, "Nick;Nick Ni;@nick.ni"),
    ("陆晓峰", "steven.lu@" + _D, "Supply Chain", "erik.lindqvist@" + _D, "Steven;Steven Lu;陸曉峰"),
    ("姚佳", "joyce.yao@" + _D, "Supply Chain", "steven.lu@" + _D, "Joyce;Joyce Yao"),
    ("戴文杰", "wayne.dai@" + _D, "Engineering", "johan.berg@" + _D, "Wayne;Wayne Dai;@wayne.dai"),
    ("曹蕾", "celine.cao@" + _D, "Quality", "karin.sjoberg@" + _D, "Celine;Celine Cao"),
    ("朱海峰", "henry.zhu@" + _D, "EHS", "erik.lindqvist@" + _D, "Henry;Henry Zhu;@henry.zhu"),
    ("金梦", "mona.jin@" + _D, "HR", "erik.lindqvist@" + _D, "Mona;Mona Jin"),
    ("徐乐", "leo.xu@" + _D, "Maintenance", "jason.shen@" + _D, "Leo;Leo Xu"),
    # --- outsiders who write ------------------------------------------------------------
    ("陈卫东", "chenweidong_yx@126.example.com", "", "", "陈经理;Chen Weidong"),
    ("Olivia Grant", "olivia.grant@harbourside.example.com.au", "", "", "Olivia"),
    ("張志豪", "jack.chang@yongchang-hyd.example.com.tw", "", "", "张志豪;Jack Chang;張經理"),
    ("Magnus Ek", "magnus.ek@nordlyft.example.se", "", "", "Magnus"),
]
ROSTER = {r[0]: dict(name=r[0], email=r[1], department=r[2] or None, manager=r[3], aliases=r[4])
          for r in ROSTER_ROWS}


def P(key):
    """A roster person."""
    return ROSTER[key]


# --------------------------------------------------------------------------------------
# Due / follow-up specs (recomputed by --check from the Date header)
# --------------------------------------------------------------------------------------
class Spec:
    def __init__(self, kind, *args):
        self.kind, self.args = kind, args

    def __repr__(self):
        return "%s%r" % (self.kind, self.args)


def ABS(s):            # an absolute date written in the text
    return Spec("abs", s)


def WD(k):             # bare weekday (0=Mon): this week's if not yet past, else next week's
    return Spec("wd", k)


def THIS(k):           # 本周X
    return Spec("this", k)


def NEXT(k):           # 下周X / next Monday / Friday next week
    return Spec("next", k)


def REL(n):            # 今天(0) / 明天(1) / 后天(2); EOD = REL(0)
    return Spec("rel", n)


def WDAYS(n):          # N个工作日内, counted from the day after sending
    return Spec("wdays", n)


def MEND():            # 月底 / 本月底 / end of month
    return Spec("mend")


def QEND():            # 季度末
    return Spec("qend")


def AFTER(h):          # 节后第一个工作日 (h = chinesecalendar holiday name)
    return Spec("after", h)


def BEFORE(h):         # before the holiday = last working day before the block
    return Spec("before", h)


def HOURS(n):          # N小时内 = send instant + N hours (gives a time)
    return Spec("hours", n)


def AT(spec, hhmm):    # spec with an explicit time of day
    return Spec("at", spec, hhmm)


def TZAT(local, tzname):  # a wall time in another zone, converted to Asia/Shanghai
    return Spec("tzat", local, tzname)


VAGUE = Spec("vague")
NODUE = Spec("none")


def resolve(spec, sent):
    """-> (date 'YYYY-MM-DD' or None, time 'HH:MM' or None). sent: aware datetime in Asia/Shanghai."""
    import chinese_calendar as cc
    d = sent.date()
    k = spec.kind
    if k == "abs":
        return spec.args[0], None
    if k == "wd":
        return str(d + dt.timedelta((spec.args[0] - d.weekday()) % 7)), None
    if k == "this":
        r = d - dt.timedelta(d.weekday()) + dt.timedelta(spec.args[0])
        assert r >= d, "本周X already past"
        return str(r), None
    if k == "next":
        return str(d - dt.timedelta(d.weekday()) + dt.timedelta(7 + spec.args[0])), None
    if k == "rel":
        return str(d + dt.timedelta(spec.args[0])), None
    if k == "wdays":
        n, x = spec.args[0], d
        while n:
            x += dt.timedelta(1)
            if cc.is_workday(x):
                n -= 1
        return str(x), None
    if k == "mend":
        nm = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return str(nm - dt.timedelta(1)), None
    if k == "qend":
        qm = ((d.month - 1) // 3 + 1) * 3
        nm = dt.date(d.year + (qm == 12), qm % 12 + 1, 1)
        return str(nm - dt.timedelta(1)), None
    if k in ("after", "before"):
        x = d
        while not (cc.is_holiday(x) and cc.get_holiday_detail(x)[1] == spec.args[0]):
            x += dt.timedelta(1)
            assert x.year == d.year
        if k == "after":
            while not cc.is_workday(x):
                x += dt.timedelta(1)
        else:
            while not cc.is_workday(x):
                x -= dt.timedelta(1)
            assert x >= d
        return str(x), None
    if k == "hours":
        t = sent + dt.timedelta(hours=spec.args[0])
        return str(t.date()), t.strftime("%H:%M")
    if k == "at":
        return resolve(spec.args[0], sent)[0], spec.args[1]
    if k == "tzat":
        t = dt.datetime.strptime(spec.args[0], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(spec.args[1]))
        t = t.astimezone(SH)
        return str(t.date()), t.strftime("%H:%M")
    if k in ("vague", "none"):
        return None, None
    raise ValueError(spec)


# --------------------------------------------------------------------------------------
# Items and gold
# --------------------------------------------------------------------------------------
class Unit:
    """A unit/department/organisation that owns an item (no person)."""
    def __init__(self, dept):
        self.dept = dept


class Ext:
    """A person outside the roster: name as written, address from To/Cc (or None)."""
    def __init__(self, name, email=None):
        self.name, self.email = name, email


def item(owner, task, spec, date=None, time=None, anchor=None):
    """owner: roster key (str), Unit or Ext. date/time: the hand-worked gold, checked against spec."""
    if isinstance(owner, str):
        p = ROSTER[owner]
        on, oe, dep = p["name"], p["email"], p["department"]
    elif isinstance(owner, Unit):
        on, oe, dep = None, None, owner.dept
    else:
        on, oe, dep = owner.name, owner.email, None
    flags = []
    if on is None:
        flags.append("no_owner")
    if spec.kind == "vague":
        flags.append("vague_due")
    if spec.kind == "none":
        flags.append("no_due")
    g = {"owner_name": on, "owner_email": oe, "department": dep, "task": task,
         "due_date": date, "due_time": time, "flags": flags}
    return dict(gold=g, spec=spec, anchor=anchor if anchor is not None else task)


def follow(spec, date, time=None):
    return dict(spec=spec, gold={"date": date, "time": time})


# --------------------------------------------------------------------------------------
# MIME building (raw bytes; the email package is used for the encodings and the check)
# --------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def enc(text, charset):
    return text.encode(CODEC[charset.lower()])


def ew(text, charset="utf-8", mode="B", first=0):
    """RFC 2047 encoded words for a header value, folded to stay under 76 columns."""
    if all(ord(c) < 128 for c in text):
        return text
    lab = charset if charset.lower() != "utf-8" else charset
    words, cur = [], ""
    limit = 75 - len(lab) - 7

    def wlen(s):
        b = enc(s, charset)
        if mode.upper() == "B":
            return (len(b) + 2) // 3 * 4
        return sum(1 if (32 < c < 127 and chr(c) not in '=?_"') or c == 32 else 3 for c in b)
    for ch in text:
        if wlen(cur + ch) > limit - (first if not words else 0):
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    out = []
    for w in words:
        b = enc(w, charset)
        if mode.upper() == "B":
            out.append("=?%s?%s?%s?=" % (lab, mode, base64.b64encode(b).decode()))
        else:
            q = "".join("_" if c == 32 else (chr(c) if 32 < c < 127 and chr(c) not in '=?_"' else "=%02X" % c)
                        for c in b)
            out.append("=?%s?%s?%s?=" % (lab, mode, q))
    return "\n ".join(out)


def mbox(name, email, charset="utf-8", mode="B", quote=False):
    """Display name + address, the way clients write it."""
    if name is None:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r'[^\w !#$%&\'*+/=?^`{|}~-]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    # encoded words are never put inside quotes (RFC 2047 5.3; email.policy.default flags it)
    return "%s <%s>" % (ew(name, charset, mode), email)


def addrlist(pairs, **kw):
    return ",\n ".join(mbox(n, e, **kw) for n, e in pairs)


def who(key):
    p = ROSTER[key]
    return (p["name"], p["email"])


def b64body(data, crlf=True, width=76):
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode()


def qpbody(data):
    out = quopri.encodestring(data)
    return out if out.endswith(b"\n") else out + b"\n"


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def raw(self):
        return ("\n".join(self.headers)).encode("ascii") + b"\n\n" + self.body


def textpart(subtype, text, charset, cte, label=None, extra=(), crlf=True, ct=None, fmt_flowed=False):
    """A text/* leaf. label: the charset parameter as the client writes it (e.g. GB2312)."""
    data = enc(text, charset)
    lab = label or charset
    if ct is None:
        ct = 'text/%s; charset="%s"' % (subtype, lab)
        if fmt_flowed:
            ct = "text/%s; charset=%s; format=flowed" % (subtype, lab)
    if cte == "base64":
        body = b64body(data, crlf)
    elif cte == "quoted-printable":
        body = qpbody(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra), body)


def binpart(ctype, data, filename, charset_fn="utf-8", disp="attachment", fn_style="2231", extra=()):
    if all(ord(c) < 128 for c in filename):
        fnp = 'name="%s"' % filename
        dfn = 'filename="%s"' % filename
    elif fn_style == "2047":           # Foxmail / Outlook / QQ style (not RFC compliant, very common)
        w = ew(filename, charset_fn).replace("\n ", "")
        fnp, dfn = 'name="%s"' % w, 'filename="%s"' % w
    else:                               # RFC 2231
        from urllib.parse import quote
        q = quote(filename.encode(charset_fn), safe="")
        fnp = "name*=%s''%s" % (charset_fn, q)
        dfn = "filename*=%s''%s" % (charset_fn, q)
    return Part(["Content-Type: %s;\n\t%s" % (ctype, fnp), "Content-Transfer-Encoding: base64",
                 "Content-Disposition: %s;\n\t%s" % (disp, dfn)] + list(extra), b64body(data, crlf=False))


def multipart(subtype, boundary, parts, preamble=None, params="", extra=()):
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.raw()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    if body.startswith(b"\n"):
        body = body[1:]
    return Part([ct] + list(extra), body)


def fmt_date(t, style="std"):
    """t: aware datetime. Clients differ in how they write Date."""
    s = format_datetime(t)              # 'Thu, 02 Apr 2026 16:42:18 +0800'
    if style in ("std", "coremail", "cst"):
        s = re.sub(r", 0(\d) ", r", \1 ", s)
    if style == "coremail":
        s += " (GMT+08:00)"
    elif style == "cst":
        s += " (CST)"
    return s


def T(s, tz="Asia/Shanghai"):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(tz))


def server_headers(org, sender_email, t, client_host, client_ip, qid, rcpt=None, helo_note="", extra_hops=()):
    """Return-Path / Delivered-To / Received as added by the receiving org's server."""
    o = ORGS[org]
    rcpt = rcpt or o["bot"][1]
    recv_t = (t + dt.timedelta(seconds=3)).astimezone(SH)
    hs = ["Return-Path: <%s>" % sender_email if sender_email else "Return-Path: <>",
          "Delivered-To: %s" % rcpt]
    hs.append("Received: from %s (%s [%s])%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (client_host, client_host if "." in client_host else "unknown", client_ip, helo_note,
                 o["mx"], qid, rcpt, fmt_date(recv_t, "cst")))
    hs.extend(extra_hops)
    return hs


def message(top_headers, part):
    """top_headers: list of header strings; the part's own headers go where None is."""
    out = []
    for h in top_headers:
        if h is None:
            out.extend(part.headers)
        else:
            out.append(h)
    if None not in top_headers:
        out.extend(part.headers)
    return ("\n".join(out)).encode("ascii") + b"\n\n" + part.body


# --------------------------------------------------------------------------------------
# Body helpers: plain lines -> client HTML
# --------------------------------------------------------------------------------------
class Table:
    def __init__(self, rows, header=True, style="word"):
        self.rows, self.header, self.style = rows, header, style


def text_of(blocks, tab="\t"):
    out = []
    for b in blocks:
        if isinstance(b, Table):
            for r in b.rows:
                out.append(tab.join(r))
        else:
            out.append(b)
    return "\n".join(out) + "\n"


def esc(s):
    return html.escape(s, quote=False)


def table_html(t, cls=""):
    if t.style == "excel":
        rows = []
        for i, r in enumerate(t.rows):
            cells = "".join('<td class=xl%d style="border:.5pt solid windowtext">%s</td>' % (65 + (i == 0), esc(c))
                            for c in r)
            rows.append('<tr height=19 style="height:14.25pt">%s</tr>' % cells)
        return ('<table border=0 cellpadding=0 cellspacing=0 width=760 style="border-collapse:collapse;'
                'width:570pt">\n%s\n</table>' % "\n".join(rows))
    rows = []
    for i, r in enumerate(t.rows):
        tag = "th" if (t.header and i == 0) else "td"
        cells = "".join('<%s style="border:1px solid #999;padding:4px 6px">%s</%s>'
                        % (tag, esc(c).replace("\n", "<br>"), tag) for c in r)
        rows.append("<tr>%s</tr>" % cells)
    return ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;%s">\n%s\n</table>'
            % (cls, "\n".join(rows)))


def html_lines(blocks, line="<div>%s</div>", empty="<div><br></div>"):
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out.append(table_html(b))
        elif b.strip() == "":
            out.append(empty)
        else:
            out.append(line % esc(b).replace("  ", "&nbsp; "))
    return "\n".join(out)


def outlook_html(blocks, charset, lang="ZH-CN", font="等线"):
    inner = html_lines(blocks, line='<p class=MsoNormal><span lang=EN-US>%s</span></p>',
                       empty='<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:%s;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">'
            '<div class=WordSection1>\n%s\n</div></body></html>\n' % (charset, font, font, lang, inner))


def foxmail_html(blocks, charset="GB2312"):
    inner = html_lines(blocks)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }div.FoxDiv20260101 { }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }'
            '</style></head><body>\n%s\n</body></html>\n' % (charset, inner))


def coremail_html(blocks):
    inner = html_lines(blocks)
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>\n' % inner)


def gmail_html(blocks):
    inner = html_lines(blocks, line="<div>%s</div>", empty="<div><br></div>")
    return '<div dir="ltr">%s</div>\n' % inner


def apple_html(blocks):
    inner = html_lines(blocks, line="<div>%s</div>", empty="<div><br></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>\n' % inner)


def plain_html(blocks, charset="utf-8"):
    inner = html_lines(blocks)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>\n'
            % (charset, inner))


# --------------------------------------------------------------------------------------
# Case registry
# --------------------------------------------------------------------------------------
CASES = []


def case(num, slug, kind, client, summary, tests):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, client=client, summary=summary, tests=tests, fn=fn))
        return fn
    return deco


def gold_of(kind, items, fu, notes):
    return {"kind": kind, "items": [i["gold"] for i in items],
            "next_followup": fu["gold"] if fu else None, "reply": None, "notes": notes}


# ======================================================================================
# CASES
# ======================================================================================

# ---- attachments: a minimal OOXML .docx with fixed zip timestamps ------------------------------
def _x(s):
    return html.escape(s, quote=False)


def docx_bytes(blocks, title="", author="", when="2026-01-01T00:00:00Z", font_ea="宋体"):
    """blocks: str (paragraph; '#' prefix = bold centred title, '##' = bold) or Table."""
    body = []
    rpr = '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="%s"/>%s</w:rPr>'
    for b in blocks:
        if isinstance(b, Table):
            rows = []
            for i, r in enumerate(b.rows):
                cells = "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t>'
                    '</w:r></w:p></w:tc>' % (rpr % (font_ea, "<w:b/>" if i == 0 else ""), _x(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
            continue
        ppr, bold, t = "", "", b
        if b.startswith("##"):
            bold, t = "<w:b/>", b[2:].strip()
        elif b.startswith("#"):
            ppr, bold, t = '<w:pPr><w:jc w:val="center"/></w:pPr>', "<w:b/><w:sz w:val=\"32\"/>", b[1:].strip()
        if not t:
            body.append("<w:p/>")
            continue
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % (ppr, rpr % (font_ea, bold), _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
           'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/_rels/document.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="%s" w:hAnsi="Calibri"/>'
         '<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
         '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
         '</w:styles>' % font_ea),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
         '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>3</cp:revision>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
         % (_x(title), _x(author), _x(author), when, when)),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>'),
    ]
    bio = io.BytesIO()
    stamp = tuple(int(x) for x in re.split(r"[-T:Z]", when)[:6])
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


def pdf_bytes(lines, title="", author=""):
    """A PDF with the built-in STSong-Light CID font (reportlab, invariant=1: no clock in the bytes)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    w, h = A4
    y = h - 60
    for ln in lines:
        if isinstance(ln, Table):          # a ruled table; cells wrap by width
            widths = ln.style
            x0 = 50
            for ri, row in enumerate(ln.rows):
                wrapped = []
                for cell, cw in zip(row, widths):
                    out, cur = [], ""
                    for ch in cell:
                        if pdfmetrics.stringWidth(cur + ch, "STSong-Light", 10) > cw - 8:
                            out.append(cur)
                            cur = ch
                        else:
                            cur += ch
                    out.append(cur)
                    wrapped.append(out)
                nl = max(len(x) for x in wrapped)
                rh = 14 * nl + 6
                if y - rh < 60:
                    c.showPage()
                    y = h - 60
                x = x0
                c.setLineWidth(0.5)
                for cell, cw in zip(wrapped, widths):
                    c.rect(x, y - rh, cw, rh)
                    c.setFont("STSong-Light", 10)
                    for li, tl in enumerate(cell):
                        c.drawString(x + 4, y - 14 - 14 * li, tl)
                    x += cw
                y -= rh
            y -= 12
            continue
        size = 11
        if ln.startswith("#"):
            ln, size = ln[1:].strip(), 15
        c.setFont("STSong-Light", size)
        if size == 15:
            c.drawCentredString(w / 2, y, ln)
            y -= 28
        else:
            c.drawString(56, y, ln)
            y -= 18
        if y < 60:
            c.showPage()
            y = h - 60
    c.showPage()
    c.save()
    return bio.getvalue()


def coremail_recv(org, login, ip, t, extra_before=()):
    o = ORGS[org]
    return list(extra_before) + [
        "Received: from %s ( [%s] ) by ajax-webmail-%s (Coremail) ; %s"
        % (login.replace("@", "$"), ip, o["mx"], fmt_date(t, "coremail"))]


def coremail_mid(t, login, salt):
    ms = int(t.timestamp() * 1000)
    return "<%08x.%04x.%x.Coremail.%s>" % ((salt * 2654435761) & 0xFFFFFFFF, salt * 37 & 0xFFFF, ms, login)


def coremail_boundary(t, salt):
    return "----=_Part_%d_%d.%d" % (salt * 7919, (salt * 104729) % 2000000000, int(t.timestamp() * 1000))


# ---------------------------------------------------------------- A: 商丘市税务局 -----------
SIG_GXT = ["", "葛晓婷", "国家税务总局商丘市税务局办公室", "电话：0370-3218061"]


@case(7501, "tax-special-meeting-yishi-coremail-gbk", "minutes",
      "Coremail webmail, GBK base64, multipart/alternative",
      "", "formal 专题会议纪要: 一是/二是 inside 一、二、 headings, （责任单位：…（人）；完成时限：…） labels; unit-only owners; "
      "3个工作日内 over Qingming; 清明节后第一个工作日; 4月底前; reports, 会议认为 and standing rules are not items")
def c7501():
    t = T("2026-04-02 16:42:18")
    login = "gexiaoting@" + _A
    text = [
        "各位领导、各科室：",
        "",
        "现将4月2日专题会议纪要发送如下，请各责任单位按分工抓好落实，落实情况及时报办公室。",
        "",
        "关于推进办税服务厅“潮汐窗口”改革的专题会议纪要",
        "",
        "4月2日上午，市局党委委员、副局长时培林在四楼第二会议室主持召开专题会议，研究办税服务厅“潮汐窗口”改革及一季度欠税清理有关工作。纳税服务科、征收管理科、信息中心、办公室负责同志参加会议。现将会议议定事项纪要如下：",
        "",
        "一、关于“潮汐窗口”改革",
        "会议认为，一季度办税服务厅高峰时段平均等候时长较去年同期增加6分钟，推行“潮汐窗口”动态调配十分必要。会议要求：一是制定潮汐窗口设置方案，明确高峰时段认定标准和人员调配办法（责任单位：纳税服务科（翟建军）；完成时限：4月10日前）。二是对叫号系统进行改造并完成联调测试（责任单位：信息中心；配合单位：纳税服务科；完成时限：3个工作日内）。",
        "",
        "二、关于一季度欠税清理",
        "会议听取了征收管理科关于一季度欠税清理情况的汇报，截至3月底全市欠税余额较年初下降11.3%。会议要求：一是逐户核实欠税台账，对新增欠税户依法下发催缴文书（责任单位：征收管理科；完成时限：清明节后第一个工作日）。二是对欠税500万元以上的重点户，由范志刚同志牵头，会同第一稽查局研究提出分类处置意见，报局领导审定（完成时限：4月底前）。",
        "",
        "三、有关要求",
        "各科室要严格落实首问责任制和限时办结制，对纳税人反映的排队问题做到即接即办，不得推诿扯皮。会议议定事项由办公室纳入督办台账，实行销号管理。",
        "",
        "参会人员：时培林、孟庆华、翟建军、范志刚、郜亮、闫冬梅、宋雨萌",
        "记录：葛晓婷",
    ] + SIG_GXT
    b = coremail_boundary(t, 7501)
    alt = multipart("alternative", b, [
        textpart("plain", text_of(text), "gbk", "base64", label="GBK", crlf=False),
        textpart("html", coremail_html(text), "gbk", "base64", label="GBK", crlf=False)])
    hs = ["Return-Path: <%s>" % login, "Delivered-To: " + ORGS["A"]["bot"][1]] + coremail_recv("A", login, "10.61.8.23", t) + [
        "Date: " + fmt_date(t, "coremail"),
        "From: " + mbox("葛晓婷", login, "GBK", quote=True),
        "To: " + addrlist([who(k) for k in ("时培林", "翟建军", "范志刚", "郜亮")], charset="GBK", quote=True),
        "Cc: " + addrlist([who("孟庆华"), ORGS["A"]["bot"]], charset="GBK", quote=True),
        "Subject: " + ew("关于推进办税服务厅“潮汐窗口”改革的专题会议纪要", "GBK"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        "X-Originating-IP: [10.61.8.23]",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
        "Message-ID: " + coremail_mid(t, login, 7501),
        None,
        "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==",
        "X-CM-TRANSID: AQAAf0Bp7kZrG85p0M0LAA--.30571S2",
        "X-CM-SenderInfo: 5jh0xtpwj6d3ohr0x0ghpdqfmvuhbpfxhlg/",
    ]
    items = [
        item("翟建军", "制定潮汐窗口设置方案，明确高峰时段认定标准和人员调配办法", ABS("2026-04-10"), "2026-04-10"),
        item(Unit("信息中心"), "对叫号系统进行改造并完成联调测试", WDAYS(3), "2026-04-08"),
        item(Unit("征收管理科"), "逐户核实欠税台账，对新增欠税户依法下发催缴文书", AFTER("Tomb-sweeping Day"), "2026-04-07"),
        item("范志刚", "对欠税500万元以上的重点户研究提出分类处置意见，报局领导审定", MEND(), "2026-04-30",
             anchor="研究提出分类处置意见，报局领导审定"),
    ]
    notes = ("Formal government minutes, sent Thu 2026-04-02 16:42 (Coremail, GBK base64, text+HTML). Items are the 一是/二是 "
             "clauses after 会议要求 under each heading. #1 '责任单位：纳税服务科（翟建军）' -> the person in brackets owns it; "
             "'4月10日前' -> 2026-04-10. #2 unit-only 信息中心 (配合单位 纳税服务科 is not an owner) -> no_owner; '3个工作日内' counted "
             "from Fri 04-03: 04-03 (1), Qingming 04-04..04-06 skipped, 04-07 (2), 04-08 (3). #3 unit-only 征收管理科; "
             "'清明节后第一个工作日' = Tue 2026-04-07. #4 '由范志刚同志牵头，会同第一稽查局' -> 范志刚 (会同 = 配合); '4月底前' -> 2026-04-30. "
             "Not items: '会议认为…' (assessment), '会议听取了…汇报' (report), section 三 (standing rules: 首问责任制, 督办台账). "
             "No next meeting.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7502, "tax-bureau-meeting-docx-foxmail", "minutes",
      "Foxmail 7.2 (gb2312 label, base64) + .docx attachment (RFC 2231 filename)",
      "", "局务会议纪要 in a .docx with a short body; （一）（二） under 一、二、三、; 牵头/配合; 下周三前; 月底前; "
      "五一节后第一个工作日前; '下次局务会议拟于5月中旬召开，具体时间另行通知' -> no follow-up")
def c7502():
    t = T("2026-04-22 17:25:40")
    login = "gexiaoting@" + _A
    body = ["各位领导、各科室负责同志：", "",
            "    2026年第5次局务会议纪要已经局领导审签，详见附件。请各责任单位按时限要求抓好落实，落实情况于完成时限前报办公室。",
            "", "", "", "葛晓婷", "国家税务总局商丘市税务局办公室", "0370-3218061"]
    doc = [
        "#国家税务总局商丘市税务局",
        "#局务会议纪要",
        "〔2026〕5号",
        "",
        "    4月21日下午，局长主持召开2026年第5次局务会议，研究“便民办税春风行动”推进、二季度税收收入预测和公务用车管理等事项。现纪要如下：",
        "##一、关于“便民办税春风行动”",
        "    会议听取了纳税服务科关于“便民办税春风行动”开展情况的汇报，第一批28条便民措施已全部落地。会议要求：",
        "    （一）纳税服务科牵头，信息中心配合，于下周三前完成第二批便民措施清单的梳理，提交局长办公会审议。",
        "    （二）办公室负责编发“春风行动”工作简报，月底前报市政府办公室。",
        "##二、关于二季度税收收入预测",
        "    会议要求：",
        "    （一）由常宏伟同志牵头，征收管理科配合，于五一节后第一个工作日前报送二季度税收收入预测分析报告。",
        "    （二）各县区局要加强收入监测，坚持依法依规组织收入，做到应收尽收。",
        "##三、关于公务用车管理",
        "    会议审议通过了《商丘市税务局公务用车管理办法（修订）》。会议要求，财务管理科（牛文静）于4月30日前将办法印发全局执行。",
        "##四、其他",
        "    下次局务会议拟于5月中旬召开，具体时间另行通知。",
        "",
        "出席：局领导班子成员",
        "列席：孟庆华、翟建军、范志刚、常宏伟、牛文静、郜亮",
        "记录：葛晓婷",
        "",
        "国家税务总局商丘市税务局办公室        2026年4月22日印发",
    ]
    fn = "2026年第5次局务会议纪要.docx"
    data = docx_bytes(doc, title="局务会议纪要", author="葛晓婷", when="2026-04-22T08:58:00Z", font_ea="仿宋_GB2312")
    mixed_b = "----=_001_NextPart413627551804_=----"
    alt_b = "----=_002_NextPart548201937715_=----"
    html_blocks = body
    alt = multipart("alternative", alt_b, [
        textpart("plain", text_of(body), "gb2312", "base64", label="gb2312"),
        textpart("html", foxmail_html(html_blocks, "gb2312"), "gb2312", "base64", label="gb2312")])
    att = binpart("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data, fn,
                  charset_fn="utf-8")
    mixed = multipart("mixed", mixed_b, [alt, att], preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % login, "Delivered-To: " + ORGS["A"]["bot"][1]] + [
        "Received: from GEXIAOTING-PC (unknown [10.61.8.23])\n\tby mail.sqtax.example.gov.cn (Coremail) with SMTP id "
        "AQAAfwDnlz1VlehpCtIAAA--.21877S2;\n\t" + fmt_date(t + dt.timedelta(seconds=2), "coremail"),
        "Date: " + fmt_date(t),
        "From: " + mbox("葛晓婷", login, "gb2312", quote=True),
        "To: " + addrlist([who(k) for k in ("翟建军", "常宏伟", "牛文静", "孟庆华")], charset="gb2312", quote=True),
        "Cc: " + addrlist([who("时培林"), who("郜亮"), ORGS["A"]["bot"]], charset="gb2312", quote=True),
        "Subject: " + ew("2026年第5次局务会议纪要", "gb2312"),
        "X-Priority: 3",
        "X-GUID: 5A1C9E2B-7D3F-4E21-8B6A-2F0C9D1E3A47",
        "X-Has-Attach: yes",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <202604221725401623811@sqtax.example.gov.cn>",
        None,
    ]
    items = [
        item(Unit("纳税服务科"), "完成第二批便民措施清单的梳理，提交局长办公会审议", NEXT(2), "2026-04-29"),
        item(Unit("办公室"), "编发“春风行动”工作简报，报市政府办公室", MEND(), "2026-04-30", anchor="编发“春风行动”工作简报"),
        item("常宏伟", "报送二季度税收收入预测分析报告", AFTER("Labour Day"), "2026-05-06"),
        item("牛文静", "将《公务用车管理办法（修订）》印发全局执行", ABS("2026-04-30"), "2026-04-30", anchor="将办法印发全局执行"),
    ]
    notes = ("The minutes are only in the .docx attachment (局务会议纪要〔2026〕5号); the Foxmail body just points to it. Sent Wed "
             "2026-04-22 17:25. 一（一） '纳税服务科牵头，信息中心配合' names units only -> no_owner, department 纳税服务科; '下周三前' -> "
             "Wed 2026-04-29 (the meeting on Tue 04-21 gives the same week). 一（二） 办公室 unit-only; '月底前' -> 2026-04-30. "
             "二（一） '由常宏伟同志牵头，征收管理科配合' -> 常宏伟; '五一节后第一个工作日前' -> Labour Day 05-01..05-05, first working "
             "day Wed 2026-05-06. 二（二） is a standing requirement (应收尽收), not an item. 三 '会议审议通过了…' is a decision; "
             "the following '财务管理科（牛文静）于4月30日前…' is an item owned by the person in brackets. '下次局务会议拟于5月中旬召开，"
             "具体时间另行通知' has no date -> next_followup null. The attachment name is RFC 2047-encoded gb2312 inside the "
             "parameter, as Foxmail writes it.")
    return dict(eml=message(hs, mixed), items=items, followup=None, notes=notes)


@case(7503, "tax-collab-tracking-table-outlook-gb2312", "minutes",
      "Outlook 2016 zh-CN, gb2312 quoted-printable, multipart/alternative (HTML table)",
      "", "seed 跨部门协作事项跟踪表 (11 columns): 已完成 row skipped, 责任人（发起方） owns, 责任人（协作方） is support; "
      "a date on the 2026-05-09 make-up Saturday; ①② lines after the table with '2个工作日内' from a Friday before the make-up "
      "Saturday and 主责/配合 in one phrase; '下周五上午9点…继续碰'")
def c7503():
    t = T("2026-05-08 11:06:52")
    frm = who("宋雨萌")
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [head,
            ["1", "第二批便民措施清单梳理", "纳税服务科", "信息中心", "翟建军", "苗运来", "2026-04-23", "2026-04-29",
             "2026-04-29", "已完成", "—"],
            ["2", "电子税务局“一键代办”功能上线测试", "信息中心", "纳税服务科", "郜亮", "宋雨萌", "2026-04-27", "2026-05-11",
             "—", "进行中（已完成70%）", "测试账号不足，已向省局申请增配"],
            ["3", "办税服务厅延时服务公告制作及张贴", "纳税服务科", "办公室", "宋雨萌", "葛晓婷", "2026-05-06", "2026-05-09",
             "—", "进行中", "5月9日（周六）调休上班，当天上午张贴"],
            ["4", "延期申报业务风险排查", "征收管理科", "第一稽查局", "范志刚", "—", "2026-04-20", "2026-05-15", "—",
             "延期（原定4月30日）", "涉及户数多，已抽调2名骨干"]]
    blocks = ["各位同事：", "",
              "本周“春风行动”跨部门协作碰头会已开，跟踪表更新如下（已完成事项保留备查）：", "",
              "跨部门协作事项跟踪表（截至5月8日）", Table(rows), "",
              "会上临时增加两项：",
              "①宋雨萌2个工作日内把延时服务排班表发各分局；",
              "②4月份新办户清单：征收管理科闫冬梅主责、纳税服务科配合，下周一前提供。", "",
              "下周五上午9点在三楼小会议室继续碰，请各位带上最新进展。", "",
              "宋雨萌", "纳税服务科", "电话：0370-3218135"]
    b = "----=_NextPart_000_0047_01DCDEC3.2F7A8B10"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "gb2312", "quoted-printable", label="gb2312"),
        textpart("html", outlook_html(blocks, "gb2312"), "gb2312", "quoted-printable", label="gb2312")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["A"]["bot"][1],
          "Received: from SONGYUMENG-PC (unknown [10.61.9.57])\n\tby mail.sqtax.example.gov.cn (Coremail) with SMTP id "
          "AQAAfwCX1pXEDf1pE0QBAA--.40611S2;\n\t" + fmt_date(t + dt.timedelta(seconds=2), "coremail"),
          "From: " + mbox(*frm, charset="gb2312", quote=True),
          "To: " + addrlist([who(k) for k in ("翟建军", "郜亮", "范志刚", "闫冬梅", "葛晓婷")], charset="gb2312", quote=True),
          "Cc: " + addrlist([who("苗运来"), ORGS["A"]["bot"]], charset="gb2312", quote=True),
          "Subject: " + ew("【跟踪表】“春风行动”跨部门协作事项跟踪（5月8日更新）", "gb2312"),
          "Date: " + fmt_date(t),
          "Message-ID: <004701dcdec3$2f7a8b10$8e6fa130$@sqtax.example.gov.cn>",
          "MIME-Version: 1.0", None,
          "X-Mailer: Microsoft Outlook 16.0",
          "Thread-Index: AdzewyDIbRV9A4mJSx6V0W7b3k4ZtA==",
          "Content-Language: zh-cn"]
    items = [
        item("郜亮", "电子税务局“一键代办”功能上线测试", ABS("2026-05-11"), "2026-05-11"),
        item("宋雨萌", "办税服务厅延时服务公告制作及张贴", ABS("2026-05-09"), "2026-05-09"),
        item("范志刚", "延期申报业务风险排查", ABS("2026-05-15"), "2026-05-15"),
        item("宋雨萌", "把延时服务排班表发各分局", WDAYS(2), "2026-05-11"),
        item("闫冬梅", "提供4月份新办户清单", NEXT(0), "2026-05-11", anchor="4月份新办户清单"),
    ]
    fu = follow(AT(NEXT(4), "09:00"), "2026-05-15", "09:00")
    notes = ("Sent Fri 2026-05-08 11:06, the day before the Labour Day make-up Saturday 05-09. Table rows: row 1 已完成 -> not an "
             "item. Rows 2-4 are open: the owner is 责任人（发起方） (the lead); 责任人（协作方） is the supporting person and never an "
             "owner; due = 计划完成时间 (row 3 falls on the make-up Saturday 2026-05-09, a working day; row 4 is 延期 with the new "
             "plan date 05-15). ① '2个工作日内' from Fri 05-08: Sat 05-09 (make-up working day) = 1, Mon 05-11 = 2 -> "
             "2026-05-11. ② '征收管理科闫冬梅主责、纳税服务科配合' -> 闫冬梅; '下周一前' -> 2026-05-11. '下周五上午9点…继续碰' -> "
             "next_followup 2026-05-15 09:00. 风险点 cells and 进展情况 are status, not items.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7504, "district-minutes-as-reply-coremail-utf8", "minutes",
      "Coremail XT6 webmail, UTF-8 base64, text+HTML, 'Re:Re:' with a Coremail quote",
      "", "new minutes written as 'Re:Re:' in an old thread: the quoted request (with its own dates) is not items; 本周四下班前; "
      "端午节后第一个工作日 (Dragon Boat Jun 19-21); unit owner + 时间待定; an 已完成 line; '下次推进会：6月23日（周二）上午9:00'")
def c7504():
    t = T("2026-06-16 18:12:05")
    login = "luchen@" + _A
    new = ["孟主任、翟科长：", "",
           "今天下午区局召开了办税服务厅整改推进会，纪要如下：",
           "一、自助办税区设备老化问题，由臧立伟副局长牵头，本周四下班前提出设备更换方案报市局纳服科。",
           "二、导税人员业务培训由区局办公室鲁晨负责组织，端午节后第一个工作日开展首场培训。",
           "三、叫号系统重复叫号故障排查，请市局信息中心安排人员到场，时间待定。",
           "四、整改计划已于6月12日报送市局（已完成）。",
           "下次推进会：6月23日（周二）上午9:00，区局三楼会议室。", "",
           "鲁晨", "国家税务总局商丘市梁园区税务局办公室", "电话：0370-2601127"]
    q2 = ["收到，区局马上组织整改，整改计划6月12日前报送。", "", "鲁晨"]
    q1 = ["鲁晨：", "上周督查发现梁园区局办税服务厅存在以下问题，请区局抓紧整改：",
          "1. 自助办税终端3台故障未及时报修；", "2. 导税人员对“一键代办”业务不熟悉；", "3. 叫号系统偶发重复叫号。",
          "请于6月12日前报送整改计划，6月底前整改到位。", "", "翟建军", "纳税服务科"]
    text = ("\n".join(new) + "\n\n\n\n\n在 2026-06-10 08:47:19，\"鲁晨\" <%s> 写道：\n" % login
            + "\n".join(">" + x if x else ">" for x in q2)
            + "\n>\n>在 2026-06-09 10:21:33，\"翟建军\" <%s> 写道：\n" % who("翟建军")[1]
            + "\n".join(">>" + x if x else ">>" for x in q1) + "\n")
    h_new = html_lines(new)
    h_q1 = html_lines(q1)
    h_q2 = html_lines(q2)
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s<br><br><br>'
           '<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
           '<pre><br>在 2026-06-10 08:47:19，"鲁晨" &lt;%s&gt; 写道：<br></pre><blockquote id="isReplyContent" '
           'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s<br>'
           '<pre><br>在 2026-06-09 10:21:33，"翟建军" &lt;%s&gt; 写道：<br></pre><blockquote '
           'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s</blockquote>'
           '</blockquote></div>\n' % (h_new, login, h_q2, who("翟建军")[1], h_q1))
    b = coremail_boundary(t, 7504)
    alt = multipart("alternative", b, [
        textpart("plain", text, "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % login, "Delivered-To: " + ORGS["A"]["bot"][1]] + coremail_recv("A", login, "10.63.2.14", t) + [
        "Date: " + fmt_date(t, "coremail"),
        "From: " + mbox("鲁晨", login, "UTF-8", quote=True),
        "To: " + addrlist([who("孟庆华"), who("翟建军")], charset="UTF-8", quote=True),
        "Cc: " + addrlist([who("臧立伟"), who("郜亮"), ORGS["A"]["bot"]], charset="UTF-8", quote=True),
        "Subject: " + ew("Re:Re: 梁园区局办税服务厅整改工作对接", "UTF-8"),
        "In-Reply-To: <4c2e81f7.1b9a.19e0a6c5e21.Coremail.luchen@sqtax.example.gov.cn>",
        "References: <2b7d11c0.3f02.19e05f7a5c3.Coremail.zhaijianjun@sqtax.example.gov.cn>\n"
        " <4c2e81f7.1b9a.19e0a6c5e21.Coremail.luchen@sqtax.example.gov.cn>",
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version 2024.2-cmXT6 build 20250224(f2a8e5d1)",
        "X-Originating-IP: [10.63.2.14]",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
        "Message-ID: " + coremail_mid(t, login, 7504),
        None,
        "X-CM-TRANSID: BwAAf0Cn4AptIgdqhbcBAA--.1217W",
    ]
    items = [
        item("臧立伟", "提出自助办税区设备更换方案报市局纳服科", THIS(3), "2026-06-18", anchor="本周四下班前提出设备更换方案报市局纳服科"),
        item("鲁晨", "组织导税人员业务培训，开展首场培训", AFTER("Dragon Boat Festival"), "2026-06-22", anchor="开展首场培训"),
        item(Unit("信息中心"), "叫号系统重复叫号故障排查（安排人员到场）", VAGUE, anchor="叫号系统重复叫号故障排查"),
    ]
    fu = follow(AT(ABS("2026-06-23"), "09:00"), "2026-06-23", "09:00")
    notes = ("New minutes written as a 'Re:Re:' reply in an old Coremail thread, sent Tue 2026-06-16 18:12 (UTF-8 base64). The "
             "quoted mails below '在 … 写道：' (a request with 6月12日前/6月底前 and an acknowledgement) are old text, not items. "
             "一 '由臧立伟副局长牵头' -> 臧立伟; '本周四下班前' -> Thu 2026-06-18 (no time: 下班前 is not a clock time). 二 '区局办公室鲁晨负责' "
             "-> 鲁晨 (the sender); '端午节后第一个工作日' -> Dragon Boat 06-19..06-21, first working day Mon 2026-06-22. 三 '请市局信息中心"
             "安排人员' names a unit only -> no_owner, department 信息中心 (one of the bureau's units); '时间待定' -> vague_due. 四 is "
             "reported as done (已完成) -> not an item. '下次推进会：6月23日（周二）上午9:00' -> 2026-06-23 09:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7505, "tax-rectification-html-only-coremail-qp", "minutes",
      "Coremail webmail, text/html only, GBK quoted-printable",
      "", "HTML-only formal minutes: 一是/二是/三是 paragraphs with an item wrapped over two lines by <br>; '由法制科牵头…（责任人：祁红霞）'; "
      "'由时局牵头、征收管理科具体落实' -> title alias; 本月底前; '7月下旬' -> vague; 举一反三 rule not an item; next meeting date with "
      "'时间另行通知' -> time null")
def c7505():
    t = T("2026-07-06 17:48:10")
    login = "gexiaoting@" + _A
    ps = [
        "各位领导、各科室：",
        "现将上半年督察内审发现问题整改工作推进会议纪要印发给你们，请认真抓好落实。",
        "<b>关于2026年上半年督察内审发现问题整改工作推进会的会议纪要</b>",
        "7月6日下午，市局党委委员、副局长时培林主持召开上半年督察内审发现问题整改工作推进会。法制科、征收管理科、人事科、"
        "办公室负责同志参加会议。会议听取了法制科关于上半年督察内审情况的通报，共发现问题23个，其中涉及征管质量的9个。",
        "会议强调，各单位要把问题整改作为一项政治任务，切实扛起整改主体责任。会议要求：",
        "一是抓紧建立问题整改台账。由法制科牵头，对上半年督察内审发现的23个问题逐项<br>明确整改措施、责任人和整改时限，7月10日前"
        "报局领导审定（责任人：祁红霞）。",
        "二是对涉及征管质量的9个问题，由时局牵头、征收管理科具体落实，本月底前<br>全部整改到位。",
        "三是人事科要结合整改情况，7月下旬组织一次执法风险专题培训。",
        "四是各科室要举一反三，建立健全长效机制，防止问题反弹。",
        "下次推进会议安排在7月20日（周一），时间另行通知。",
        "参会人员：时培林、孟庆华、祁红霞、范志刚、谷海燕、葛晓婷",
        "记录：葛晓婷",
    ]
    body = "".join('<p style="text-indent:2em;margin:0 0 6px 0">%s</p>\n' % p if i > 1 else "<p>%s</p>\n" % p
                   for i, p in enumerate(ps))
    sig = ('<p><br></p><div style="color:#909090;font-family:Arial Narrow;font-size:12px">------------------</div>'
           '<div style="color:#909090;font-size:14px">葛晓婷<br>国家税务总局商丘市税务局办公室<br>电话：0370-3218061</div>')
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">\n%s%s</div>\n' % (body, sig))
    part = textpart("html", htm, "gbk", "quoted-printable", label="GBK")
    hs = ["Return-Path: <%s>" % login, "Delivered-To: " + ORGS["A"]["bot"][1]] + coremail_recv("A", login, "10.61.8.23", t) + [
        "Date: " + fmt_date(t, "coremail"),
        "From: " + mbox("葛晓婷", login, "GBK"),
        "To: " + addrlist([who(k) for k in ("时培林", "祁红霞", "范志刚", "谷海燕")], charset="GBK"),
        "Cc: " + addrlist([who("孟庆华"), ORGS["A"]["bot"]], charset="GBK"),
        "Subject: " + ew("关于2026年上半年督察内审发现问题整改工作推进会的会议纪要", "GBK"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        "X-Originating-IP: [10.61.8.23]",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
        "Message-ID: " + coremail_mid(t, login, 7505),
        None,
        "X-CM-TRANSID: AQAAf0Dn0r1pPWtqY2kTAA--.9421S2",
    ]
    items = [
        item("祁红霞", "建立问题整改台账，对23个问题逐项明确整改措施、责任人和整改时限，报局领导审定", ABS("2026-07-10"), "2026-07-10",
             anchor="对上半年督察内审发现的23个问题逐项明确整改措施、责任人和整改时限"),
        item("时培林", "涉及征管质量的9个问题全部整改到位", MEND(), "2026-07-31", anchor="全部整改到位"),
        item(Unit("人事科"), "组织一次执法风险专题培训", VAGUE),
    ]
    fu = follow(ABS("2026-07-20"), "2026-07-20", None)
    notes = ("HTML-only (no text/plain alternative), GBK quoted-printable, sent Mon 2026-07-06 17:48. Items are 一是/二是/三是; 一是 "
             "and 二是 wrap over two lines with <br> inside the sentence. 一是 '由法制科牵头…（责任人：祁红霞）' -> the named 责任人 祁红霞; "
             "'7月10日前' -> 2026-07-10. 二是 '由时局牵头、征收管理科具体落实' -> 时局 = 时培林 (roster alias; 牵头 owns); '本月底前' -> "
             "2026-07-31. 三是 人事科 unit-only -> no_owner; '7月下旬' is a period, not a date -> vague_due (like 11月中旬 in the "
             "corpus). 四是 '举一反三，建立健全长效机制' is a standing requirement, not an item. AMBIGUOUS: '会议强调' / '会议听取了…通报' are "
             "not items. '下次推进会议安排在7月20日（周一），时间另行通知' -> next_followup 2026-07-20 with time null.")
    return dict(eml=message(hs, part), items=items, followup=fu, notes=notes)


@case(7506, "tax-taxpayer-visit-followup-outlook-utf8-qp", "minutes",
      "Outlook 2019 zh-CN, UTF-8 quoted-printable, multipart/alternative",
      "", "seed 外部沟通跟进表 as 'key：value' lines (taxpayer visit): ①②③ with the person inside the brackets; "
      "an outside owner (the taxpayer's CFO, in Cc) with no date; the enterprise's wish is not an item; "
      "'下次沟通时间：2026-06-10 下午3点'")
def c7506():
    t = T("2026-06-03 17:05:44")
    frm = who("闫冬梅")
    kong = ("孔令军", "konglingjun@huaguan-food.example.cn")
    blocks = ["范科长、雨萌：", "",
              "今天上午走访华冠面业的情况整理成跟进表，请审阅。孔总监也在抄送里，企业那边需要准备的材料请孔总按表中安排。", "",
              "外部沟通跟进表",
              "沟通编号：EC2026-06-03",
              "沟通日期：2026-06-03",
              "对方单位/联系人：商丘华冠面业有限公司/财务总监 孔令军",
              "我方对接人：征收管理科/闫冬梅",
              "沟通类型：纳税人走访（重点税源企业）",
              "核心需求/反馈：企业反映增值税留抵退税申请材料两次被退回，希望6月内办结",
              "解决方案/进展：①征收管理科出具退回原因清单并一次性告知企业（6月5日前，闫冬梅）②纳税服务科宋雨萌安排专人辅导企业重新申报（下周二前）③企业补齐2025年四季度进项发票清单（孔令军）",
              "下次沟通时间：2026-06-10 下午3点",
              "负责人：闫冬梅", "",
              "闫冬梅",
              "征收管理科",
              "0370-3218217"]
    b = "----=_NextPart_000_0103_01DCF357.5C8E2A40"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable"),
        textpart("html", outlook_html(blocks, "utf-8"), "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["A"]["bot"][1],
          "Received: from YANDONGMEI-PC (unknown [10.61.9.88])\n\tby mail.sqtax.example.gov.cn (Coremail) with SMTP id "
          "AQAAfwB3kq7M7R9qRxsFAA--.1720S2;\n\t" + fmt_date(t + dt.timedelta(seconds=2), "coremail"),
          "From: " + mbox(*frm),
          "To: " + addrlist([who("范志刚"), who("宋雨萌")]),
          "Cc: " + addrlist([kong, ORGS["A"]["bot"]]),
          "Subject: " + ew("华冠面业留抵退税走访沟通跟进表（EC2026-06-03）"),
          "Date: " + fmt_date(t),
          "Message-ID: <010301dcf357$5c8e2a40$15b47ec0$@sqtax.example.gov.cn>",
          "MIME-Version: 1.0", None,
          "X-Mailer: Microsoft Outlook 16.0",
          "Thread-Index: AdzzVygT4xfvh1yCTWaPZ3KxQ5D1Ng==",
          "Content-Language: zh-cn"]
    items = [
        item("闫冬梅", "出具退回原因清单并一次性告知企业", ABS("2026-06-05"), "2026-06-05"),
        item("宋雨萌", "安排专人辅导企业重新申报", NEXT(1), "2026-06-09"),
        item(Ext(*kong), "补齐2025年四季度进项发票清单", NODUE),
    ]
    fu = follow(AT(ABS("2026-06-10"), "15:00"), "2026-06-10", "15:00")
    notes = ("Seed 外部沟通跟进表 written as key：value lines, sent Wed 2026-06-03 17:05 (Outlook UTF-8 QP). ① names 闫冬梅 inside the "
             "bracket with '6月5日前' -> 2026-06-05. ② '纳税服务科宋雨萌…（下周二前）' -> 宋雨萌, Tue 2026-06-09. ③ the taxpayer's CFO "
             "孔令军 (not in the roster) owns it: address from the Cc display name, department null; no date -> no_due. The row "
             "负责人 闫冬梅 owns nothing extra because each ①②③ names its own person. '希望6月内办结' is the taxpayer's wish in "
             "核心需求/反馈, not an item. '下次沟通时间：2026-06-10 下午3点' -> 2026-06-10 15:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7507, "auto-coremail-bounce-to-bot", "auto",
      "Coremail system bounce (系统退信), multipart/report, GBK HTML notice",
      "", "a 系统退信 from postmaster for the bot's recap of 7506 sent to the taxpayer: Return-Path <>, Auto-Submitted, "
      "delivery-status; the returned headers carry the minutes subject -> kind auto")
def c7507():
    t = T("2026-06-03 17:06:31")
    bot = ORGS["A"]["bot"]
    orig_subj = "[纪要确认] 华冠面业留抵退税走访沟通跟进表（EC2026-06-03）"
    notice = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body>"
              "<div style=\"font-size:14px;line-height:1.7\"><p><b>很抱歉，您的邮件没有发送成功。</b></p>"
              "<p>收件人：konglingjun@huaguan-food.example.cn</p>"
              "<p>邮件主题：%s</p>"
              "<p>发送时间：2026-06-03 17:06:27</p>"
              "<p>退信原因：对方服务器拒绝接收（收件人地址不存在）。<br>"
              "对方服务器返回：550 5.1.1 &lt;konglingjun@huaguan-food.example.cn&gt;: Mailbox not found</p>"
              "<p>建议解决方案：请核实收件人地址是否正确，或通过其他方式联系收件人。</p>"
              "<p style=\"color:#888\">此邮件为系统自动发送，请勿直接回复。</p></div></body></html>\n" % esc(orig_subj))
    ds = ("Reporting-MTA: dns; mail.sqtax.example.gov.cn\n"
          "Arrival-Date: " + fmt_date(t - dt.timedelta(seconds=4)) + "\n\n"
          "Final-Recipient: rfc822; konglingjun@huaguan-food.example.cn\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mx.huaguan-food.example.cn\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <konglingjun@huaguan-food.example.cn>: Mailbox not found\n")
    orig = ("Return-Path: <%s>\n" % bot[1]
            + "From: %s\n" % mbox(*bot)
            + "To: %s\n" % mbox("孔令军", "konglingjun@huaguan-food.example.cn")
            + "Cc: %s\n" % addrlist([who("闫冬梅"), who("范志刚"), who("宋雨萌")])
            + "Subject: %s\n" % ew(orig_subj)
            + "Date: " + fmt_date(t - dt.timedelta(seconds=4)) + "\n"
            + "Message-ID: <r.20260603170627.7f3a2c91@sqtax.example.gov.cn>\n"
            + "In-Reply-To: <010301dcf357$5c8e2a40$15b47ec0$@sqtax.example.gov.cn>\n"
            + "Auto-Submitted: auto-generated\n"
            + "X-Auto-Response-Suppress: OOF, AutoReply\n"
            + "MIME-Version: 1.0\n")
    b = "----=_Part_DSN_1780477591000_2207"
    rep = multipart("report", b, [
        textpart("html", notice, "gbk", "base64", label="GBK", crlf=False),
        Part(["Content-Type: message/delivery-status"], ds.encode()),
        Part(["Content-Type: text/rfc822-headers"], orig.encode())], params="; report-type=delivery-status")
    hs = ["Return-Path: <>", "Delivered-To: " + bot[1],
          "Received: from localhost (unknown [127.0.0.1])\n\tby mail.sqtax.example.gov.cn (Coremail) with SMTP id "
          "AQAAfwB3kq4XLh9qTwUFAA--.1776S3;\n\t" + fmt_date(t, "coremail"),
          "Date: " + fmt_date(t, "coremail"),
          "From: " + mbox("postmaster", "postmaster@sqtax.example.gov.cn"),
          "To: " + bot[1],
          "Subject: " + ew("系统退信", "GBK"),
          "Message-ID: <dsn.1780477591.2207@mail.sqtax.example.gov.cn>",
          "Auto-Submitted: auto-replied",
          "X-Coremail-Bounce: 1",
          "MIME-Version: 1.0", None]
    notes = ("A Coremail non-delivery notice (系统退信) from postmaster with Return-Path <>, Auto-Submitted: auto-replied and a "
             "multipart/report delivery-status: the bot's own recap of case 7506 could not reach the taxpayer's address. The "
             "human-readable part repeats the minutes subject and a date; nobody wrote it -> kind auto, no items, no reply.")
    return dict(eml=message(hs, rep), items=[], followup=None, notes=notes)


# ---------------------------------------------------------------- B: 璧驰摩托 ---------------
def tencent_hdrs(t, mid_tag, ip="183.230.12.77"):
    return ["X-QQ-mid: bizesmtp%dt%dt%s" % (t.timestamp() % 100000, t.timestamp(), mid_tag),
            "X-QQ-Originating-IP: " + ip,
            "X-QQ-SSF: 00400000000000F0",
            "X-QQ-GoodBg: 1"]


def recv_from(org, host, ip, t, qid, rcpt=None):
    return server_headers(org, None, t, host, ip, qid, rcpt)[2:]


@case(7508, "production-weekly-by-person-foxmail-gbk", "minutes",
      "Foxmail 7.2 (charset GBK), base64, multipart/alternative",
      "", "plain common production minutes grouped by person ('蒲经理：' then 1. 2.): titles resolve through aliases; 周三前 / "
      "本周五前 / 4月20日前 / 下周二前 / 今天下班前 / 待定; facts not items; '下周一例会照常，时间改为早上8点'")
def c7508():
    t = T("2026-04-13 10:36:27")
    frm = who("幸丽")
    blocks = ["各位：", "",
              "今天早上生产周例会纪要如下，请各自跟进。", "",
              "会议时间：2026年4月13日（周一）08:30-09:40",
              "地点：办公楼二楼会议室",
              "主持：冉总",
              "参会：蒲建华、向东、母红梅、邓晓琳、代明、王成刚、幸丽", "",
              "一、上周情况",
              "上周总装下线CG150系列2860台，计划达成率95%；整车返修率1.8%，比前一周下降0.4个百分点。清明放假一天，产量已在周六补回。", "",
              "二、本周工作安排",
              "蒲经理：",
              "1. 周三前排出4月下半月总装排产计划，报冉总审批；",
              "2. 协调涂装线周末加班，本周五前确认加班人员名单。",
              "母经理：",
              "1. 针对上周油箱焊缝渗漏问题组织8D分析，4月20日前提交报告。",
              "向主任：",
              "1. 总装二线扭矩枪全部送检校验，下周二前完成。",
              "邓经理：",
              "1. 跟渝兴确认CG150前轮毂到货时间，今天下班前回复蒲经理；",
              "2. 二季度钢材锁价，时间待定（看月底行情再定）。", "",
              "三、其他",
              "下周一例会照常，时间改为早上8点。", "", "", "",
              "幸丽",
              "重庆璧驰摩托车制造有限公司 总经办",
              "电话：023-41428806  手机：139 8327 5146"]
    b = "----=_001_NextPart236117489521_=----"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "gbk", "base64", label="GBK"),
        textpart("html", foxmail_html(blocks, "GBK"), "gbk", "base64", label="GBK")],
        preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "smtpbgsg2.qq.com", "54.254.200.92", t, "4fR2kQ1x9zz4x3N") + tencent_hdrs(t, "a3f91e27") + [
        "Date: " + fmt_date(t),
        "From: " + mbox(*frm, charset="GBK"),
        "To: " + addrlist([who(k) for k in ("蒲建华", "向东", "母红梅", "邓晓琳", "代明", "王成刚")], charset="GBK"),
        "Cc: " + addrlist([who("冉启明"), ORGS["B"]["bot"]], charset="GBK"),
        "Subject: " + ew("4月13日生产周例会纪要", "GBK"),
        "X-Priority: 3",
        "X-GUID: 0C7B1E84-2F3A-4D9E-B1C5-7E0D4A2F9B63",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: <202604131036271458302@bichimoto.example.cn>", None]
    items = [
        item("蒲建华", "排出4月下半月总装排产计划，报冉总审批", WD(2), "2026-04-15"),
        item("蒲建华", "协调涂装线周末加班，确认加班人员名单", THIS(4), "2026-04-17", anchor="确认加班人员名单"),
        item("母红梅", "针对油箱焊缝渗漏问题组织8D分析，提交报告", ABS("2026-04-20"), "2026-04-20", anchor="油箱焊缝渗漏问题组织8D分析"),
        item("向东", "总装二线扭矩枪全部送检校验", NEXT(1), "2026-04-21"),
        item("邓晓琳", "跟渝兴确认CG150前轮毂到货时间，回复蒲经理", REL(0), "2026-04-13", anchor="跟渝兴确认CG150前轮毂到货时间"),
        item("邓晓琳", "二季度钢材锁价", VAGUE),
    ]
    fu = follow(AT(NEXT(0), "08:00"), "2026-04-20", "08:00")
    notes = ("Minutes grouped by person, sent Mon 2026-04-13 10:36 (Foxmail, GBK base64). Each 'X经理：/X主任：' heading owns the "
             "numbered lines under it: 蒲经理 = 蒲建华, 母经理 = 母红梅, 向主任 = 向东, 邓经理 = 邓晓琳 (roster aliases). '周三前' -> "
             "Wed 2026-04-15; '本周五前' -> 2026-04-17; '4月20日前' -> 2026-04-20; '下周二前' -> 2026-04-21; '今天下班前' -> the "
             "send date 2026-04-13 without a time; '时间待定（看月底行情再定）' -> vague_due (月底 here is when the decision is "
             "taken, not a deadline). '报冉总审批' / '回复蒲经理' name the recipient, not the owner. Section 一 is facts. "
             "'下周一例会照常，时间改为早上8点' -> next_followup Mon 2026-04-20 08:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7509, "quality-issue-record-dingtalk-html-labour-eve", "minutes",
      "DingTalk mail (Alimail), text/html only, UTF-8 base64",
      "", "seed 问题协调解决记录表 (HTML table) + 会后待办 on the eve of Labour Day: '4小时内' -> time from the Date header; "
      "今天下班前 next to a 节后 phrase that belongs to the supplier; 3个工作日内 across May 1-5; a holiday date written out; "
      "unit owner + 时间待定; '仓储主管韦志远' role prefix")
def c7509():
    t = T("2026-04-30 14:20:03")
    frm = who("况勇")
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
             "实际解决时间", "解决方案"],
            ["QI-2604-017", "CG150后减震器行驶中异响（批次2604A）", "售后 谢雨", "2026-04-29 16:40", "高",
             "在库约600支、已下线整车约320台", "质量部", "况勇", "2026-05-08", "—", "见会后待办"]]
    blocks = ["各位：", "",
              "今天中午CG150后减震异响问题协调会记录如下。", "",
              "问题协调解决记录表", Table(rows), "",
              "会后待办：",
              "1. 仓储主管韦志远：4小时内完成在库后减震（批次2604A）隔离并挂牌；",
              "2. 采购部邓经理：今天下班前通知供应商停发2604A批次，并要求其节后第一个工作日到厂联合分析；",
              "3. 质量部况勇：3个工作日内出具失效分析报告；",
              "4. 总装车间向主任：假期安排专人复检已下线整车（约320台），5月5日前完成；",
              "5. 营销中心：评估已发往经销商的车辆是否需要召回排查，时间待定。", "",
              "节后视分析结果再定是否召开第二次协调会。", "",
              "况勇  质量部 QE",
              "重庆璧驰摩托车制造有限公司"]
    htm = ('<div class="__aliyun_email_body_block"><div style="line-height:20px;clear:both;font-family:Tahoma,Arial;'
           'font-size:14px;color:#000000;">%s</div></div>\n' % html_lines(blocks))
    part = textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "out30-118.freemail.mail.aliyun.com", "115.124.30.118", t, "4fR8Qv3tL6z2yWm") + [
        "X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R181e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037026112;MF=kuangyong@bichimoto.example.cn;NM=1;PH=DS;RN=8;SR=0;TI=SMTPD_---0WZ3kBqL_1777530003;",
        "Date: " + fmt_date(t, "cst"),
        "From: " + mbox(*frm, quote=True),
        "To: " + addrlist([who(k) for k in ("韦志远", "邓晓琳", "向东", "张永福", "母红梅")]),
        "Cc: " + addrlist([who("蒲建华"), who("代明"), ORGS["B"]["bot"]]),
        "Message-ID: <a8c41f0e-2b77-4d0c-9e35-61f2d7b0c4a9.kuangyong@bichimoto.example.cn>",
        "Subject: " + ew("【质量问题】CG150后减震异响问题协调会记录"),
        "X-Mailer: DingTalk Mail (Alimail-Mailagent revision 2718)",
        "MIME-Version: 1.0",
        "x-aliyun-im-through: {\"version\":\"v1.0\"}",
        "x-aliyun-mail-creator: W4_5464327_xMTTW96NqsV3AoTWfHjqB8m5Ew==", None]
    items = [
        item("韦志远", "完成在库后减震（批次2604A）隔离并挂牌", HOURS(4), "2026-04-30", "18:20"),
        item("邓晓琳", "通知供应商停发2604A批次，并要求其节后第一个工作日到厂联合分析", REL(0), "2026-04-30",
             anchor="通知供应商停发2604A批次"),
        item("况勇", "出具失效分析报告", WDAYS(3), "2026-05-08"),
        item("向东", "复检已下线整车（约320台）", ABS("2026-05-05"), "2026-05-05", anchor="复检已下线整车（约320台）"),
        item(Unit("营销中心"), "评估已发往经销商的车辆是否需要召回排查", VAGUE),
    ]
    notes = ("HTML-only DingTalk mail, sent Thu 2026-04-30 14:20:03 (eve of Labour Day, holiday 05-01..05-05, make-up Sat 05-09). "
             "The 问题协调解决记录表 row is the issue record (its 责任人/计划解决时间 repeat 待办 #3; 解决方案 says '见会后待办'), so the "
             "items are the five 会后待办 lines. #1 '仓储主管韦志远' -> 韦志远 (role prefix); '4小时内' -> 14:20 + 4 h = 2026-04-30 "
             "18:20. #2 邓经理 = 邓晓琳; her deadline is '今天下班前' = 2026-04-30 without a time; '节后第一个工作日' is what the "
             "supplier must do and stays in the task. #3 '3个工作日内' -> 05-06 (1), 05-07 (2), 05-08 (3) = 2026-05-08. #4 向主任 = "
             "向东; '5月5日前' is a holiday but written out by the minutes -> 2026-05-05 as written. #5 营销中心 unit-only -> "
             "no_owner, '时间待定' -> vague_due. '节后视分析结果再定是否召开第二次协调会' has no date -> next_followup null.")
    return dict(eml=message(hs, part), items=items, followup=None, notes=notes)


@case(7510, "supplier-followup-kv-exmail-gb18030", "minutes",
      "Tencent Exmail web (QQ企业邮), gb18030 base64, multipart/alternative",
      "", "seed 外部沟通跟进表 (supplier) as key：value lines: the row 负责人 owns ① and the conditional ③ (no_due); ② owned by "
      "the supplier's contact (outsider in roster, in Cc) with '明天下午3点前'; the delay facts are not items; 下次沟通时间 with a time")
def c7510():
    t = T("2026-05-12 16:05:31")
    frm = who("钟毅")
    cwd = who("陈卫东")
    blocks = ["邓经理、蒲经理：", "",
              "下午和渝兴轮毂陈经理电话沟通了前轮毂延期交付的事，跟进表如下：", "",
              "外部沟通跟进表",
              "沟通编号：EC2026-05-12",
              "沟通日期：2026-05-12",
              "对方单位/联系人：重庆渝兴轮毂有限公司/陈卫东（销售经理）",
              "我方对接人：采购部/钟毅",
              "沟通类型：供应商",
              "核心需求/反馈：原定5月15日交付的CG150前轮毂（3000套）因压铸机故障，需推迟至5月22日交付",
              "解决方案/进展：①与生产部确认CG150排产能否后移（5月13日前）②渝兴陈经理提供压铸机维修计划及每日产能（明天下午3点前）③如渝兴无法按新日期交付，启动备选供应商询价",
              "下次沟通时间：2026-05-15 10:00",
              "负责人：钟毅", "",
              "陈经理也在抄送里，麻烦按时反馈，谢谢！", "",
              "钟毅",
              "采购部",
              "手机：158 2306 4417"]
    b = "----=_NextPart_6A02DE1B_5E8C3F70_2D71A64C"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "gb18030", "base64", label="gb18030"),
        textpart("html", '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>' + html_lines(blocks)[5:] + "\n",
                 "gb18030", "base64", label="gb18030")],
        preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "smtpbg153.qq.com", "54.254.200.128", t, "4fT2Hn0QxKz5cWp") + [
        "X-QQ-FEAT: 3pJKv9yXq0nCZc1ftPGD5K0bWf8h7J4o5Xy2rN6s",
        "X-QQ-SSF: 00400000000000F0",
        "X-QQ-XMAILINFO: NQR8rbASCMZIIy0k/2Vb0nY5s1Q2Q7JmJ0b3Yk4V",
        "X-HAS-ATTACH: no",
        "X-QQ-BUSINESS-ORIGIN: 2",
        "X-Originating-IP: 183.230.12.77",
        "X-QQ-STYLE: ",
        "X-QQ-mid: bizmailvip9t1778573131t6b2e19",
        "From: " + mbox(*frm, charset="gb18030", quote=True),
        "To: " + addrlist([who("邓晓琳"), who("蒲建华")], charset="gb18030"),
        "Cc: " + addrlist([cwd, ORGS["B"]["bot"]], charset="gb18030"),
        "Subject: " + ew("渝兴轮毂交期协调沟通记录（EC2026-05-12）", "gb18030"),
        "Mime-Version: 1.0",
        "Date: " + fmt_date(t),
        "X-Priority: 3",
        "Message-ID: <tencent_6A02DE1B5E8C3F702D71A64C9B1E@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x", None]
    items = [
        item("钟毅", "与生产部确认CG150排产能否后移", ABS("2026-05-13"), "2026-05-13"),
        item("陈卫东", "提供压铸机维修计划及每日产能", AT(REL(1), "15:00"), "2026-05-13", "15:00"),
        item("钟毅", "如渝兴无法按新日期交付，启动备选供应商询价", NODUE, anchor="启动备选供应商询价"),
    ]
    fu = follow(AT(ABS("2026-05-15"), "10:00"), "2026-05-15", "10:00")
    notes = ("Seed 外部沟通跟进表 (supplier row) as key：value lines, sent Tue 2026-05-12 16:05 (Exmail, gb18030 base64). ① names no "
             "person -> the row 负责人 钟毅 (the sender); '(5月13日前)' -> 2026-05-13. ② '渝兴陈经理' = 陈卫东 (outsider listed in the "
             "roster, also in Cc) -> his address, department null; '明天下午3点前' -> 2026-05-13 15:00. ③ is conditional with no "
             "date -> 钟毅, no_due (as in the corpus). The 5月15日/5月22日 dates in 核心需求/反馈 describe the delay (facts). "
             "'下次沟通时间：2026-05-15 10:00' -> next_followup.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7511, "warehouse-excel-paste-wecom", "minutes",
      "WeCom (企业微信) mail on Tencent Exmail, UTF-8 base64, text (tab-separated) + HTML (Excel paste)",
      "", "a table pasted from Excel: tab-separated rows in text/plain, an Excel-styled HTML table; '仓储主管韦志远' / '财务部付经理' / "
      "'设备部黎工' in the owner cell; 5月22日前 / 本月底 / 5/25 / 待定; an 已完成 row; no next meeting")
def c7511():
    t = T("2026-05-20 17:40:12")
    frm = who("代明")
    rows = [["序号", "事项", "负责人", "完成时间", "状态"],
            ["1", "核对CG150车架号差异12台，出差异说明", "仓储主管韦志远", "5月22日前", "进行中"],
            ["2", "呆滞物料（2年以上）清单报财务", "韦志远", "本月底", "进行中"],
            ["3", "线边库与总库系统账调平", "财务部付经理", "5/25", "未开始"],
            ["4", "叉车年检", "设备部黎工", "5月18日", "已完成"],
            ["5", "WMS扫码枪采购（10把）", "采购部", "待定", "未开始"]]
    blocks = ["各位，", "",
              "下午5月盘点差异处理会的待办整理如下（从盘点表里直接贴过来的）：", "",
              Table(rows, style="excel"), "",
              "差异明细见共享盘“仓储/2026盘点/5月”。下个月盘点时间另行通知。", "",
              "代明", "仓储物流部"]
    htm = ('<div style="font-family:微软雅黑;font-size:14px">%s</div>\n' % html_lines(blocks))
    b = "----=_NextPart_6A0CC1AC_0B7E4D21_3C95E8F2"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="utf-8"),
        textpart("html", htm, "utf-8", "base64", label="utf-8")],
        preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "smtpbgjp3.qq.com", "54.92.39.34", t, "4fW3Jd2mR9z6pNq") + [
        "X-QQ-mid: bizesmtp31t1779270012t4c8e2a",
        "X-QQ-Originating-IP: 2nUq0fB9xwV3Mh4qZb6x0JpP8KcR0u3V2yT9h6eQmE8=",
        "X-QQ-SSF: 00400000000000F0",
        "X-QQ-GoodBg: 1",
        "X-BIZMAIL-ID: 11207385441827736501",
        "From: " + mbox(*frm),
        "To: " + addrlist([who("韦志远"), who("付娟"), who("黎波"), who("邓晓琳")]),
        "Cc: " + addrlist([who("蒲建华"), ORGS["B"]["bot"]]),
        "Subject: " + ew("5月仓库盘点差异处理会议待办"),
        "Mime-Version: 1.0",
        "Date: " + fmt_date(t),
        "Message-ID: <tencent_6A0CC1AC0B7E4D213C95E8F2A77B@qq.com>",
        "X-Mailer: WXWork Mail 4.1.33",
        "X-QQ-MIME: TCMime 1.0 by Tencent", None]
    items = [
        item("韦志远", "核对CG150车架号差异12台，出差异说明", ABS("2026-05-22"), "2026-05-22"),
        item("韦志远", "呆滞物料（2年以上）清单报财务", MEND(), "2026-05-31"),
        item("付娟", "线边库与总库系统账调平", ABS("2026-05-25"), "2026-05-25"),
        item(Unit("采购部"), "WMS扫码枪采购（10把）", VAGUE),
    ]
    notes = ("A table pasted from Excel, sent Wed 2026-05-20 17:40: the text/plain part has tab-separated rows, the HTML part an "
             "Excel-styled table. Owner cells: '仓储主管韦志远' and '韦志远' -> 韦志远; '财务部付经理' -> 付娟 (alias 付经理); row 4 "
             "(设备部黎工) is 已完成 -> not an item; row 5 '采购部' unit-only -> no_owner. Dates: '5月22日前' -> 2026-05-22; '本月底' "
             "-> 2026-05-31 (a Sunday, kept as the month end); '5/25' -> 2026-05-25; '待定' -> vague_due. '下个月盘点时间另行通知' "
             "-> no next meeting.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7512, "dealer-conf-chat-paste-mailmaster", "minutes",
      "NetEase Mail Master (Android), UTF-8 base64, multipart/alternative",
      "", "minutes from an evening call with the WeChat group chat pasted below: the chat restates the list and is not items; "
      "'研发中心王工' and '张总牵头，营销中心全员配合'; 6月5日前 / 6月15日前 / 下周三前 from a Friday / 尽快; no next meeting")
def c7512():
    t = T("2026-05-29 21:15:46")
    frm = who("石磊")
    blocks = ["各位领导，", "",
              "今晚电话会关于经销商大会的几件事记一下，群里聊的也贴在下面了，以这里整理的为准：", "",
              "1、大会场地：石磊负责，6月5日前跟璧山宾馆签场地合同；",
              "2、BC250展车：研发中心王工安排2台，6月15日前运到会场；",
              "3、大会议程和邀请函：张总牵头，营销中心全员配合，下周三前定稿；",
              "4、经销商返利政策：财务部付经理测算，尽快。", "",
              "------",
              "【群聊记录】璧驰2026经销商大会筹备群",
              "石磊 20:41",
              "场地我来，6月5号前把合同签了",
              "王成刚 20:43",
              "展车2台没问题，15号前运过去",
              "张永福 20:44",
              "议程和邀请函我牵头，下周三前定",
              "石磊 20:46",
              "@付娟 付经理，返利政策麻烦尽快测一下",
              "付娟 20:52",
              "好的收到",
              "------", "",
              "发自网易邮箱大师"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="line-height:1.7;font-size:14px;font-family:arial;">%s</div></body></html>\n' % html_lines(blocks))
    b = "----=_Part_3820194_1175432061.1780060546000"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "m16.mail.163.com", "220.197.31.4", t, "4fZ1Mx7rK2z8bTd") + [
        "Date: " + fmt_date(t),
        "From: " + mbox(*frm, quote=True),
        "To: " + addrlist([who("张永福"), who("王成刚"), who("付娟")]),
        "Cc: " + addrlist([who("冉启明"), who("喻佳"), ORGS["B"]["bot"]]),
        "Message-ID: <2c9e4b1a.6f3d.19f1f5a7b0e@bichimoto.example.cn>",
        "Subject: " + ew("经销商大会筹备电话会纪要（5月29日）"),
        "X-Mailer: NetEase Mail Master (Android 7.19.4)",
        "MIME-Version: 1.0", None]
    items = [
        item("石磊", "跟璧山宾馆签场地合同", ABS("2026-06-05"), "2026-06-05"),
        item("王成刚", "安排BC250展车2台运到会场", ABS("2026-06-15"), "2026-06-15", anchor="6月15日前运到会场"),
        item("张永福", "大会议程和邀请函定稿", NEXT(2), "2026-06-03", anchor="大会议程和邀请函"),
        item("付娟", "经销商返利政策测算", VAGUE, anchor="经销商返利政策：财务部付经理测算"),
    ]
    notes = ("Sent Fri 2026-05-29 21:15 from NetEase Mail Master. The four numbered lines are the items; the pasted 群聊记录 between "
             "the '------' rules restates them and is not items. #1 石磊 is the sender; '6月5日前' -> 2026-06-05. #2 '研发中心王工' = "
             "王成刚 (alias 王工) -> 2026-06-15. #3 '张总牵头，营销中心全员配合' -> 张永福 (牵头 owns; 全员配合 is support); '下周三前' "
             "from Fri 05-29 -> Wed 2026-06-03. #4 '财务部付经理' = 付娟; '尽快' -> vague_due. No next meeting.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7513, "english-actions-colombia-outlook", "minutes",
      "Outlook 365 (en-US), UTF-8 quoted-printable, multipart/alternative",
      "", "English 'Action: name - task - due' lines written late in the evening: by Friday / by June 10 / by Jun 12 / ASAP / TBD; "
      "owners by English renderings of Chinese names (roster aliases) and outsiders by first name (To/Cc display names); "
      "'Next sync: Tue Jun 9, 9:00 am Bogotá time (22:00 Beijing)'")
def c7513():
    t = T("2026-06-03 22:48:05")
    frm = who("喻佳")
    carlos = ("Carlos Rojas", "carlos.rojas@motosandinas.example.co")
    andres = ("Andrés Mejía", "andres.mejia@motosandinas.example.co")
    blocks = ["Hi Carlos,", "",
              "Thanks for your time tonight. Please find below the minutes of our call.", "",
              "Attendees: Carlos Rojas, Andrés Mejía (Motos Andinas); Zhang Yongfu, Mu Hongmei, Jessica Yu (Bichi)", "",
              "Discussed",
              "- CKD kit order for Q3: 1,200 sets of BC150, split in two shipments (August and September).",
              "- Colombian homologation: the BC250 test report is still missing the noise test.",
              "- Warranty claims for May: 14 claims, 9 of them related to the regulator/rectifier.", "",
              "Action items",
              "Action: Jessica - send the revised proforma invoice for the Q3 CKD order - by Friday",
              "Action: Carlos - confirm the port of discharge (Buenaventura or Cartagena) - by June 10",
              "Action: Mu Hongmei (QA) - root-cause report on the regulator/rectifier failures - by Jun 12",
              "Action: Andrés - ship the 3 failed regulators back to Chongqing for analysis - ASAP",
              "Action: Zhang Yongfu - decide on the 2% warranty allowance - TBD", "",
              "Next sync: Tue Jun 9, 9:00 am Bogotá time (22:00 Beijing).", "",
              "Best regards,",
              "Jessica Yu",
              "Overseas Sales | Chongqing Bichi Motorcycle Manufacturing Co., Ltd.",
              "Tel: +86 23 4142 8851 | WhatsApp: +86 139 8327 0461"]
    b = "----=_NextPart_000_00A1_01DCF3D2.8B4E5F60"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable"),
        textpart("html", outlook_html(blocks, "utf-8", lang="EN-US", font="Calibri"), "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "smtpbgau1.qq.com", "54.206.16.166", t, "4fZ9Rk3vW1z2nQs") + [
        "From: " + mbox("Jessica Yu", frm[1]),
        "To: " + addrlist([carlos]),
        "Cc: " + addrlist([andres, ("Zhang Yongfu", who("张永福")[1]), ("Mu Hongmei", who("母红梅")[1]),
                           ORGS["B"]["bot"]]),
        "Subject: Minutes - Bichi x Motos Andinas call 3 Jun (CKD kits / homologation)",
        "Date: " + fmt_date(t),
        "Message-ID: <00a101dcf3d2$8b4e5f60$21ebe620$@bichimoto.example.cn>",
        "MIME-Version: 1.0", None,
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzzzoJ6W2Hn8ZgSRr6m1hD1d0WkbA==",
        "Content-Language: en-us"]
    items = [
        item("喻佳", "send the revised proforma invoice for the Q3 CKD order", WD(4), "2026-06-05"),
        item(Ext(*carlos), "confirm the port of discharge (Buenaventura or Cartagena)", ABS("2026-06-10"), "2026-06-10"),
        item("母红梅", "root-cause report on the regulator/rectifier failures", ABS("2026-06-12"), "2026-06-12"),
        item(Ext(*andres), "ship the 3 failed regulators back to Chongqing for analysis", VAGUE),
        item("张永福", "decide on the 2% warranty allowance", VAGUE),
    ]
    fu = follow(TZAT("2026-06-09 09:00", "America/Bogota"), "2026-06-09", "22:00")
    notes = ("English minutes sent by our export sales (Jessica Yu = 喻佳) to a Colombian distributor, Wed 2026-06-03 22:48 +0800. "
             "'Jessica' is the sender (alias); 'Mu Hongmei' and 'Zhang Yongfu' are pinyin aliases of 母红梅/张永福 (also their Cc "
             "display names). 'Carlos' and 'Andrés' are outsiders: names and addresses from To/Cc (Carlos Rojas, Andrés Mejía), "
             "department null. 'by Friday' -> Fri 2026-06-05; 'by June 10' / 'by Jun 12' -> as written; 'ASAP' and 'TBD' -> "
             "vague_due. 'Discussed' bullets are facts. 'Next sync: Tue Jun 9, 9:00 am Bogotá time (22:00 Beijing)' -> Bogotá is "
             "UTC-5, so 2026-06-09 22:00 in Asia/Shanghai (the text says so too).")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7514, "trial-run-review-pdf-qqmail", "minutes",
      "Tencent Exmail web, UTF-8 base64 body + PDF attachment (reportlab, CJK CID font)",
      "", "minutes only in a PDF: a ruled 遗留问题 table with 责任人/完成时间 cells (6月18日, 端午节后第一个工作日, 下周三, "
      "'研发中心（王工牵头，敖天宇配合）'); the 评审结论 is a decision; the next review's day on one line and its time on the next")
def c7514():
    t = T("2026-06-16 11:20:37")
    frm = who("敖天宇")
    body = ["各位领导、同事：", "",
            "附件为6月15日BC250小批量试产评审会会议纪要，请查阅。遗留问题请各责任人按时关闭，有问题直接找我。", "",
            "敖天宇", "研发中心 整车集成", "023-41428872"]
    tbl = Table([["序号", "问题", "措施", "责任人", "完成时间"],
                 ["1", "线束与油箱干涉", "修改线束走向并更新图纸", "敖天宇", "6月18日"],
                 ["2", "后尾灯进水", "供应商更改密封圈结构", "采购部钟毅", "端午节后第一个工作日"],
                 ["3", "排气管焊缝外观不良", "更新焊接作业指导书，培训焊工", "总装车间向东", "下周三"],
                 ["4", "仪表盘偶发黑屏", "软件排查", "研发中心（王工牵头，敖天宇配合）", "6月24日"]],
                style=[34, 110, 150, 130, 80])
    lines = ["#BC250小批量试产评审会会议纪要",
             "时间：2026年6月15日 14:00-16:30        地点：研发中心一楼评审室",
             "主持：王成刚        记录：敖天宇",
             "参加：蒲建华、母红梅、向东、邓晓琳、钟毅、况勇、敖天宇",
             "",
             "一、评审结论",
             "试产50台，一次下线合格率86%，未达到90%的目标。会议决定量产评审推迟一周。",
             "",
             "二、遗留问题及措施",
             tbl,
             "三、下次评审",
             "量产评审会定于6月23日（周二）",
             "下午14:30，地点不变。",
             "",
             "研发中心  2026年6月16日"]
    pdf = pdf_bytes(lines, title="BC250小批量试产评审会会议纪要", author="敖天宇")
    b1 = "----=_NextPart_6A30BFA5_0E2B7C44_51F3D9A0"
    b2 = "----=_NextPart_6A30BFA5_0E2B7C44_7C1A2E36"
    alt = multipart("alternative", b2, [
        textpart("plain", text_of(body), "utf-8", "base64", label="utf-8"),
        textpart("html", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + html_lines(body) + "\n",
                 "utf-8", "base64", label="utf-8")])
    att = binpart("application/pdf", pdf, "BC250试产评审会会议纪要0615.pdf", charset_fn="utf-8")
    mixed = multipart("mixed", b1, [alt, att], preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "smtpbg156.qq.com", "54.254.200.135", t, "4fhP2z6kLqz7Tyb") + [
        "X-QQ-FEAT: oHWrrGTW1dDnJ9Z1G8kq0f5sVb3L0aY8eNw2P4Xm",
        "X-QQ-SSF: 00400000000000F0",
        "X-HAS-ATTACH: yes",
        "X-QQ-BUSINESS-ORIGIN: 2",
        "X-Originating-IP: 183.230.12.81",
        "X-QQ-mid: bizmailvip5t1781580037t5d7c2e",
        "From: " + mbox(*frm, quote=True),
        "To: " + addrlist([who(k) for k in ("王成刚", "蒲建华", "母红梅", "向东", "邓晓琳", "钟毅", "况勇")]),
        "Cc: " + addrlist([ORGS["B"]["bot"]]),
        "Subject: " + ew("BC250试产评审会会议纪要（6月15日）"),
        "Mime-Version: 1.0",
        "Date: " + fmt_date(t),
        "X-Priority: 3",
        "Message-ID: <tencent_6A30BFA50E2B7C4451F3D9A0E117@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x", None]
    items = [
        item("敖天宇", "修改线束走向并更新图纸", ABS("2026-06-18"), "2026-06-18"),
        item("钟毅", "推动供应商更改后尾灯密封圈结构", AFTER("Dragon Boat Festival"), "2026-06-22", anchor="供应商更改密封圈结构"),
        item("向东", "更新焊接作业指导书，培训焊工", NEXT(2), "2026-06-24"),
        item("王成刚", "仪表盘偶发黑屏软件排查", ABS("2026-06-24"), "2026-06-24", anchor="软件排查"),
    ]
    fu = follow(AT(ABS("2026-06-23"), "14:30"), "2026-06-23", "14:30")
    notes = ("The minutes are in the PDF attachment (drawn with reportlab's STSong-Light CID font; text is extractable). Mail "
             "sent Tue 2026-06-16 11:20. 遗留问题 table rows: #1 敖天宇 '6月18日' -> 2026-06-18. #2 '采购部钟毅' -> 钟毅; the "
             "measure is the supplier's but our buyer owns the row; '端午节后第一个工作日' -> Dragon Boat 06-19..06-21 -> Mon "
             "2026-06-22. #3 '总装车间向东'; '下周三' from Tue 06-16 -> 2026-06-24. #4 '研发中心（王工牵头，敖天宇配合）' -> 王成刚 "
             "(王工 alias, 牵头), 敖天宇 supports; 2026-06-24. 评审结论 (推迟量产评审一周) is a decision. The next review is written "
             "as '6月23日（周二）' on one line and '下午14:30' on the next -> 2026-06-23 14:30.")
    return dict(eml=message(hs, mixed), items=items, followup=fu, notes=notes)


@case(7515, "dingtalk-ai-minutes-todo-only", "minutes",
      "DingTalk mail (Alimail), UTF-8 base64, multipart/alternative; pasted 钉钉AI听记",
      "", "钉钉 AI 听记 minutes: the AI 摘要 and 章节速览 restate commitments with dates and are not items; only the 待办 list "
      "counts; '（①与环评单位对接 ②设备选型比价）' -> two items; 7月24日前 / 本月底前 / 下周五前 / 尽快; next meeting 时间待定")
def c7515():
    t = T("2026-07-13 16:02:55")
    frm = who("幸丽")
    blocks = ["各位领导：", "",
              "下午经营分析会的钉钉AI听记纪要转发给大家，待办我核对过了，请按时完成。", "",
              "【钉钉AI听记】7月生产经营分析会",
              "会议时间：2026-07-13 14:00-15:45",
              "参会人：冉启明、蒲建华、张永福、付娟、母红梅、邓晓琳、幸丽", "",
              "AI摘要",
              "会议回顾了上半年产销情况：上半年整车销量同比增长12%，出口占比提升到31%。冉总要求下半年重点抓经销商激励和成本控制；"
              "张总表示激励方案7月下旬前出；蒲建华提到涂装线VOCs改造要在8月前完成环评对接；付娟将在月底前完成上半年成本分析。", "",
              "章节速览",
              "00:02  上半年经营回顾",
              "00:31  下半年销售目标与经销商激励",
              "01:05  涂装线VOCs治理改造",
              "01:27  出口欧盟车型认证", "",
              "待办事项",
              "□ 张永福：牵头制定下半年经销商激励方案，7月24日前提交总经办",
              "□ 付娟：上半年成本分析报告，本月底前",
              "□ 蒲建华：涂装线VOCs治理改造方案（①与环评单位对接 ②设备选型比价），下周五前",
              "□ 母红梅：尽快完成出口欧盟车型E-mark认证资料整理", "",
              "下次会议：8月经营分析会（时间待定）", "",
              "以上内容由AI生成，仅供参考", "",
              "幸丽", "总经办"]
    htm = ('<div class="__aliyun_email_body_block"><div style="line-height:20px;clear:both;font-family:Tahoma,Arial;'
           'font-size:14px;color:#000000;">%s</div></div>\n' % html_lines(blocks))
    b = "----=ALIBOUNDARY_48213_7f2c1d9a3b60_6a548c7f_2c1e4"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "out30-101.freemail.mail.aliyun.com", "115.124.30.101", t, "4fqB7n1sXkz9mRc") + [
        "Date: " + fmt_date(t, "cst"),
        "From: " + mbox(*frm, quote=True),
        "To: " + addrlist([who(k) for k in ("冉启明", "蒲建华", "张永福", "付娟", "母红梅", "邓晓琳")]),
        "Cc: " + addrlist([ORGS["B"]["bot"]]),
        "Message-ID: <5e2d7a91-0c3b-4f6e-8d21-a94b3c7e1f05.xingli@bichimoto.example.cn>",
        "Subject: " + ew("7月生产经营分析会纪要（钉钉AI听记）"),
        "X-Mailer: DingTalk Mail (Alimail-Mailagent revision 2718)",
        "MIME-Version: 1.0", None]
    items = [
        item("张永福", "牵头制定下半年经销商激励方案，提交总经办", ABS("2026-07-24"), "2026-07-24", anchor="牵头制定下半年经销商激励方案"),
        item("付娟", "上半年成本分析报告", MEND(), "2026-07-31", anchor="付娟：上半年成本分析报告"),
        item("蒲建华", "涂装线VOCs治理改造方案：与环评单位对接", NEXT(4), "2026-07-24", anchor="①与环评单位对接"),
        item("蒲建华", "涂装线VOCs治理改造方案：设备选型比价", NEXT(4), "2026-07-24", anchor="②设备选型比价"),
        item("母红梅", "完成出口欧盟车型E-mark认证资料整理", VAGUE),
    ]
    notes = ("钉钉 AI 听记 minutes pasted into a DingTalk mail, sent Mon 2026-07-13 16:02. Only the 待办事项 list counts: the AI摘要 "
             "restates some of the same commitments with other wordings and dates (7月下旬前, 8月前, 月底前) and 章节速览 are chapter "
             "titles - neither gives items. #1 '7月24日前' -> 2026-07-24. #2 '本月底前' -> 2026-07-31. #3/#4: ①② sub-tasks under "
             "one owner are separate items, both due '下周五前' -> Fri 2026-07-24. #5 '尽快' -> vague_due. '下次会议：8月经营分析会"
             "（时间待定）' -> null.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7516, "supplier-written-minutes-126-web", "minutes",
      "126.com webmail (Coremail), GBK base64, multipart/alternative, external sender",
      "", "minutes written by the supplier from a free 126 mailbox: '我方（渝兴）' = the From person; '贵司质量部况工' / "
      "'贵司采购部' (unit); 下周一前 from a Thursday; 7月底前; a standing agreement (每月第一周对账) is not an item; '8月初，具体时间再约'")
def c7516():
    t = T("2026-07-16 09:30:18")
    frm = who("陈卫东")
    blocks = ["邓经理、钟毅：", "",
              "你们好！昨天贵司来我厂做过程审核，辛苦了。审核后沟通的事项纪要如下，请确认：", "",
              "1. 我方（渝兴）在7月24日前完成压铸机备用模具的制作，避免再出现5月份的断供；",
              "2. 贵司质量部况工下周一前发送轮毂外观检验标准（新版），我们按新标准培训检验员；",
              "3. 贵司采购部7月底前提供三季度滚动需求预测；",
              "4. 双方约定每月第一周做一次质量对账。", "",
              "下次沟通：8月初，具体时间再约。", "",
              "如有出入请回复。", "",
              "陈卫东",
              "重庆渝兴轮毂有限公司 销售部",
              "手机：136 5237 0918"]
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br>'
           '<span title="neteasefooter"><p>&nbsp;</p></span>\n' % html_lines(blocks))
    b = "----=_Part_517203_1498376017.1784165418120"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "gbk", "base64", label="GBK", crlf=False),
        textpart("html", htm, "gbk", "base64", label="GBK", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["B"]["bot"][1]] + recv_from(
        "B", "m15-112.126.example.com", "220.181.15.112", t, "4fs1Lk0bYtz3hJm") + [
        "Received: from chenweidong_yx$126.example.com ( [117.59.84.201] ) by ajax-webmail-wmsvr-40-118\n"
        " (Coremail) ; " + fmt_date(t, "coremail"),
        "X-Originating-IP: [117.59.84.201]",
        "Date: " + fmt_date(t, "coremail"),
        "From: " + mbox(*frm, charset="GBK", quote=True),
        "To: " + addrlist([who("邓晓琳"), who("钟毅")], charset="GBK"),
        "Cc: " + addrlist([who("况勇"), ORGS["B"]["bot"]], charset="GBK"),
        "Subject: " + ew("渝兴轮毂过程审核沟通纪要（7月15日）", "GBK"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 "
        "www.mailtech.cn 126com",
        "X-NTES-SC: AL_Qu2cAf2Yt0ot4SmcZekfmk0Qg+w9Ucu4vPUk34RWOpF8jC7r9h0=",
        "MIME-Version: 1.0",
        "Message-ID: <5b1f9d27.2c84.19f6a1e53c8.Coremail.chenweidong_yx@126.example.com>",
        None,
        "X-Coremail-Locale: zh_CN",
        "X-CM-TRANSID: dCgvCgBnCjqKP3hqQ0gAAA--.8812W",
        "X-CM-SenderInfo: xfkh0wplgr0ih1rbqiqvrtcpzu1q6rwrhk"]
    items = [
        item("陈卫东", "完成压铸机备用模具的制作", ABS("2026-07-24"), "2026-07-24"),
        item("况勇", "发送轮毂外观检验标准（新版）", NEXT(0), "2026-07-20"),
        item(Unit("采购部"), "提供三季度滚动需求预测", MEND(), "2026-07-31"),
    ]
    notes = ("Minutes written by the supplier's sales manager 陈卫东 from a free 126.com mailbox (an outsider listed in the "
             "roster), sent Thu 2026-07-16 09:30. #1 '我方（渝兴）' is the writer's own company -> owned by the From person 陈卫东 "
             "(corpus convention for a customer's/supplier's own item); '7月24日前' -> 2026-07-24. #2 '贵司质量部况工' = 况勇; "
             "'下周一前' -> Mon 2026-07-20. #3 '贵司采购部' unit-only -> no_owner, department 采购部 (ours); '7月底前' -> 2026-07-31. "
             "#4 is a standing agreement, not an item. '下次沟通：8月初，具体时间再约' has no date -> null. (The sender's domain is "
             "outside allowed_domains; that matters to the workflow, not to parse.)")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


# ---------------------------------------------------------------- C: PawIsle ------------------
def feishu_hdrs(t, frm, to, cc, subject, mid):
    return [
        "Date: " + fmt_date(t),
        "From: " + mbox(*frm),
        "To: " + addrlist(to),
        "Cc: " + addrlist(cc) if cc else None,
        "Subject: " + ew(subject),
        "Message-Id: " + mid,
        "Mime-Version: 1.0",
        "X-Mailer: Feishu Mail",
        "X-Lms-Return-Path: <lba+26a1c8e2f%s+%s>" % (frm[1].split("@")[0], frm[1].replace("@", "=")),
    ]


def gmail_boundary(seed):
    return "000000000000%014x" % (seed * 2862933555777941757 % (1 << 56))


@case(7517, "feishu-ai-minutes-todo-only", "minutes",
      "Feishu (Lark) Mail, text/html only, UTF-8 base64; 飞书智能纪要",
      "", "飞书智能纪要 (总结 / 智能章节 / 待办): the 总结 restates who does what with other dates and is not items; only 待办 counts; "
      "'截止：4月9日' / 下周一 after Qingming; a 待办 without a date (no_due)")
def c7517():
    t = T("2026-04-07 15:31:20")
    frm = who("林雅琪")
    summary = ["本次会议主要讨论了Prime Day提报准备、Shopee 4.4大促复盘以及美西海外仓补货三件事。",
               "• Prime Day提报：洪少杰表示秒杀提报清单本周内可以整理完，ASIN共37个。",
               "• Shopee 4.4复盘：蔡佩珊介绍大促GMV达成率108%，复盘报告本周五前出。",
               "• 海外仓补货：郑宏达提到美西仓冻干系列库存只够5周，需尽快确认柜期。"]
    todos = [("洪少杰", "完成Prime Day秒杀提报清单（ASIN、价格、库存）", "截止：4月9日"),
             ("蔡佩珊", "输出Shopee 4.4大促复盘报告", "截止：4月10日"),
             ("郑宏达", "确认美西海外仓补货柜期", "截止：下周一"),
             ("叶婉清", "搭建Prime Day实时数据看板", "")]
    li = "".join('<li style="margin:4px 0">%s</li>' % esc(s.lstrip("• ")) for s in summary[1:])
    td = "".join('<div style="margin:6px 0">☐ <span style="color:#3370ff">@%s</span>&nbsp;&nbsp;%s%s</div>'
                 % (esc(n), esc(x), ("&nbsp;&nbsp;<span style=\"color:#8f959e\">%s</span>" % esc(d)) if d else "")
                 for n, x, d in todos)
    htm = ('<html><head><meta charset="utf-8"></head><body><div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei">'
           '<div>大家好，今天跨境运营周会的飞书智能纪要如下，待办请按时完成～</div><div><br></div>'
           '<div style="border:1px solid #dee0e3;border-radius:8px;padding:16px">'
           '<div style="font-size:18px;font-weight:600">跨境运营周会 的智能纪要</div>'
           '<div style="color:#8f959e">2026年4月7日 14:00 | 62分钟 | 林雅琪</div>'
           '<div style="color:#8f959e">参会人：林雅琪、洪少杰、蔡佩珊、叶婉清、郑宏达</div>'
           '<div style="font-weight:600;margin-top:12px">总结</div><div>%s</div><ul>%s</ul>'
           '<div style="font-weight:600;margin-top:12px">智能章节</div>'
           '<div>00:00 Prime Day提报准备</div><div>21:35 Shopee 4.4大促复盘</div><div>43:10 美西海外仓补货</div>'
           '<div style="font-weight:600;margin-top:12px">待办</div>%s'
           '<div style="color:#8f959e;font-size:12px;margin-top:12px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>'
           '<div style="font-size:12px"><a href="https://pawisle.feishu.example/minutes/obcn7x2k4m9q1w8e5r3t">查看妙记</a></div>'
           '</div><div><br></div><div>林雅琪 Yaki | 跨境运营部</div></div></body></html>\n'
           % (esc(summary[0]), li, td))
    part = textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "va-1-112.ptr.blmpb.example.com", "209.127.231.112", t, "4dQ7Hc5wGmz1pXk") + feishu_hdrs(
        t, frm, [who(k) for k in ("洪少杰", "蔡佩珊", "叶婉清", "郑宏达")], [ORGS["C"]["bot"]],
        "跨境运营周会 智能纪要 4/7", "<2f9a1c7e8b3d4f60a5e2c1d7b8f04a93@pawisle.example.com>") + [None]
    items = [
        item("洪少杰", "完成Prime Day秒杀提报清单（ASIN、价格、库存）", ABS("2026-04-09"), "2026-04-09"),
        item("蔡佩珊", "输出Shopee 4.4大促复盘报告", ABS("2026-04-10"), "2026-04-10"),
        item("郑宏达", "确认美西海外仓补货柜期", NEXT(0), "2026-04-13"),
        item("叶婉清", "搭建Prime Day实时数据看板", NODUE),
    ]
    notes = ("飞书智能纪要 forwarded in an HTML-only Feishu mail, sent Tue 2026-04-07 15:31 (first working day after Qingming). Only "
             "the 待办 block counts; the 总结 bullets restate the same work with other deadlines (本周内, 本周五前, 尽快) and 智能章节 "
             "are chapter titles - none of these are items or due dates. 待办: '截止：4月9日' -> 2026-04-09; '4月10日' -> "
             "2026-04-10; '截止：下周一' -> Mon 2026-04-13; 叶婉清's 待办 has no date -> no_due. No next meeting.")
    return dict(eml=message(hs, part), items=items, followup=None, notes=notes)


@case(7518, "brand-weekly-checkbox-gmail-zh", "minutes",
      "Gmail web (zh-CN UI), UTF-8 base64, multipart/alternative",
      "", "'- [ ] @name' / '- [x]' checkboxes in Chinese minutes; Decisions section; 周三前 / 4/24 / 下周一 / 本月底; "
      "'下次周会：4/27（周一）16:00'")
def c7518():
    t = T("2026-04-20 18:02:41")
    frm = who("陈一帆")
    blocks = ["周会纪要 4/20（品牌市场部）", "",
              "参会：一帆、诗涵、雅琪（前半段）、钱老师", "",
              "Decisions",
              "- 五月主推冻干系列，预算不追加，从直通车预算里挪",
              "- 小红书投放以腰部达人为主，单篇报价不超过3000", "",
              "TODO",
              "- [ ] @黄诗涵 出5月冻干系列的小红书内容排期，周三前",
              "- [ ] @钱雨桐 提供冻干系列的营养成分说明（给内容组用）4/24",
              "- [x] @陈一帆 品牌手册V2定稿",
              "- [ ] @林雅琪 Amazon A+页面改版需求提给设计，下周一",
              "- [ ] @陈一帆 跟KOL代理谈Q2框架合同，本月底", "",
              "下次周会：4/27（周一）16:00", "",
              "--",
              "陈一帆 Evan Chen",
              "品牌市场部 | PawIsle 毛岛"]
    b = gmail_boundary(7518)
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", gmail_html(blocks), "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "mail-pl1-f170.google.com", "209.85.214.170", t, "4dS2Vn6qLhz3wBd") + [
        "Received: by mail-pl1-f170.google.com with SMTP id d9443c01a7336-2b2e6f1a0c4so41231475ad.3\n"
        "        for <minutebot@pawisle.example.com>; " + format_datetime(t.astimezone(ZoneInfo("America/Los_Angeles"))) + " (PDT)",
        "MIME-Version: 1.0",
        "From: " + mbox(*frm, charset="UTF-8"),
        "Date: " + fmt_date(t),
        "Message-ID: <CAJr8mWq0x5pV3nYd6bGk2F1s9ZcT4hQe7Lu0oRw2aXy8Kp3N4g@mail.gmail.com>",
        "Subject: " + ew("周会纪要 4/20（品牌市场部）", "UTF-8"),
        "To: " + addrlist([who("黄诗涵"), who("钱雨桐"), who("林雅琪")], charset="UTF-8"),
        "Cc: " + addrlist([who("苏敏"), ORGS["C"]["bot"]], charset="UTF-8"), None]
    items = [
        item("黄诗涵", "出5月冻干系列的小红书内容排期", WD(2), "2026-04-22"),
        item("钱雨桐", "提供冻干系列的营养成分说明（给内容组用）", ABS("2026-04-24"), "2026-04-24"),
        item("林雅琪", "Amazon A+页面改版需求提给设计", NEXT(0), "2026-04-27"),
        item("陈一帆", "跟KOL代理谈Q2框架合同", MEND(), "2026-04-30"),
    ]
    fu = follow(AT(ABS("2026-04-27"), "16:00"), "2026-04-27", "16:00")
    notes = ("Gmail minutes with Markdown-style checkboxes, sent Mon 2026-04-20 18:02. '- [x]' (品牌手册V2定稿) is done -> not an "
             "item. @mentions are roster names. '周三前' -> Wed 2026-04-22; '4/24' -> 2026-04-24; '下周一' -> 2026-04-27; '本月底' -> "
             "2026-04-30. The Decisions bullets (budget, 单篇报价不超过3000) are not items. '下次周会：4/27（周一）16:00' -> "
             "2026-04-27 16:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7519, "tencent-meeting-ai-minutes-forwarded-apple", "minutes",
      "Apple Mail (macOS, zh-CN), UTF-8 quoted-printable, multipart/alternative; forwarded 腾讯会议智能纪要",
      "", "a forward with a preface ('开始转发的邮件：'): the items are in the forwarded 腾讯会议 智能纪要 待办; the preface corrects an "
      "owner that the corrected line already shows; an outside owner with no address; 5月15日前 / 5月11日前 / 下周三前 / 尽快; "
      "'试产完成后再约' -> no follow-up")
def c7519():
    t = T("2026-05-07 21:14:05")
    frm = who("林雅琪")
    pre = ["@钱老师 @庄工 @郑哥", "",
           "下面是今天下午跟禾盛开会的腾讯会议智能纪要，转给大家。AI记的待办我核对过了，第3条AI把负责人识别成了钱老师，实际是庄工，"
           "我已经在下面改过来了。", "",
           "雅琪", ""]
    fwd_hdr = ["开始转发的邮件：", "",
               "发件人: 腾讯会议 <noreply@wemeet.example.com>",
               "主题: 【智能纪要】新配方OEM试产沟通（禾盛）",
               "日期: 2026年5月7日 GMT+8 16:32:10",
               "收件人: 林雅琪 <linyaqi@pawisle.example.com>", ""]
    fwd = ["智能纪要",
           "会议主题：新配方OEM试产沟通（禾盛）",
           "会议时间：2026/05/07 15:00-16:10",
           "参会人：林雅琪、钱雨桐、庄文博、郑宏达、杨建新（禾盛）", "",
           "会议摘要",
           "双方就三文鱼冻干新配方的试产安排达成一致。禾盛表示产线5月中旬可以排出，试产量200kg；钱雨桐将提供工艺参数；"
           "检验方案由品控负责；包材需尽快到位。", "",
           "待办事项",
           "1. 杨建新：5月15日前安排三文鱼冻干小批量试产（200kg）",
           "2. 钱雨桐：提供新配方工艺参数表（含熟化温度曲线），5月11日前",
           "3. 庄文博（AI原识别为钱雨桐，已更正）：制定试产批次检验方案，下周三前",
           "4. 郑宏达：确认试产包材到货，尽快", "",
           "下次会议：试产完成后再约", "",
           "本纪要由腾讯会议AI助手生成，仅供参考。"]
    text = "\n".join(pre + fwd_hdr + fwd) + "\n"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           '%s<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div></body></html>\n'
           % (html_lines(pre), "<br>".join(esc(x) if x else "" for x in fwd_hdr), html_lines(fwd)))
    b = "Apple-Mail=_6B0E4C1A-9D2F-4B37-8E51-3A7C0F2D9E84"
    alt = multipart("alternative", b, [
        textpart("plain", text, "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8"),
        textpart("html", htm, "utf-8", "quoted-printable", ct="text/html;\n\tcharset=utf-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "smtp.pawisle.example.com", "10.20.0.15", t, "4dX9Jb1rPqz6sMn") + [
        "Content-Type: multipart/alternative;\n\tboundary=\"%s\"" % b,
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
        "Subject: " + ew("Fwd: 【智能纪要】新配方OEM试产沟通（禾盛）", "utf-8"),
        "From: " + mbox(*frm, charset="utf-8"),
        "In-Reply-To: <wemeet.20260507163210.9f2c7a1e@wemeet.example.com>",
        "Date: " + fmt_date(t),
        "Cc: " + addrlist([ORGS["C"]["bot"]], charset="utf-8"),
        "Message-Id: <8B3E2F71-4C0A-4E9D-A6B5-1F7C2D9E0A38@pawisle.example.com>",
        "References: <wemeet.20260507163210.9f2c7a1e@wemeet.example.com>",
        "To: " + addrlist([who("钱雨桐"), who("庄文博"), who("郑宏达")], charset="utf-8"),
        "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    alt.headers = []
    items = [
        item(Ext("杨建新"), "安排三文鱼冻干小批量试产（200kg）", ABS("2026-05-15"), "2026-05-15"),
        item("钱雨桐", "提供新配方工艺参数表（含熟化温度曲线）", ABS("2026-05-11"), "2026-05-11"),
        item("庄文博", "制定试产批次检验方案", NEXT(2), "2026-05-13"),
        item("郑宏达", "确认试产包材到货", VAGUE),
    ]
    notes = ("Apple Mail forward, sent Thu 2026-05-07 21:14. The preface (above '开始转发的邮件：') is not items; it explains that "
             "the forwarder already corrected item 3's owner in the forwarded text. The items are the 待办事项 of the forwarded "
             "腾讯会议 智能纪要 (its 会议摘要 restates them and is not items). #1 杨建新 is the OEM factory's manager: outside the "
             "roster and not in To/Cc -> owner_email null, department null; '5月15日前' -> 2026-05-15. #2 '5月11日前' -> "
             "2026-05-11. #3 owner 庄文博 (the corrected line; the bracket says the AI had 钱雨桐); '下周三前' -> 2026-05-13. #4 '尽快' "
             "-> vague_due. '下次会议：试产完成后再约' -> null.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7520, "harbourside-owner-due-blocks-gmail-aest", "minutes",
      "Gmail web (en-AU), UTF-8 quoted-printable, multipart/alternative; Date header in +1000",
      "", "minutes written by an Australian distributor: numbered 'Owner: / Due: / task' blocks; the Date header is +1000 "
      "(Fri 08:10 in Sydney = Thu 06:10 in Shanghai); Due: Fri 22 May / next Wednesday / end of month / TBC; owners by "
      "pinyin names and a Cc outsider; 'Next catch-up: Thursday 28 May, 11:00 AEST (9:00 Beijing)'")
def c7520():
    t = T("2026-05-15 08:10:37", "Australia/Sydney")
    frm = who("Olivia Grant")
    sam = ("Sam Whitfield", "sam.whitfield@harbourside.example.com.au")
    blocks = ["Hi Yaki, Jay,", "",
              "Thanks again for the call yesterday. Notes and actions below - shout if I've missed anything.", "",
              "Attendees: Olivia Grant, Sam Whitfield (Harbourside); Lin Yaqi, Hong Shaojie, Zheng Hongda (PawIsle)", "",
              "Key points",
              "- Harbourside will range the freeze-dried salmon bites in 120 independent pet stores from July.",
              "- The DAFF biosecurity import permit for the chicken-based SKUs is the main risk to the July date.",
              "- Launch RRP agreed in principle at AUD 24.95.", "",
              "Actions",
              "1. Owner: Zheng Hongda",
              "   Due: Fri 22 May",
              "   Send the DAFF import permit documents and the heat-treatment certificate",
              "2. Owner: Sam Whitfield",
              "   Due: next Wednesday",
              "   Share the planogram and the shelf-ready packaging specs",
              "3. Owner: Hong Shaojie",
              "   Due: end of month",
              "   Confirm launch pricing and the promo calendar for July-August",
              "4. Owner: Olivia Grant",
              "   Due: TBC",
              "   Introduce PawIsle to our New Zealand distribution partner", "",
              "Next catch-up: Thursday 28 May, 11:00 AEST (9:00 Beijing).", "",
              "Cheers,",
              "Olivia", "",
              "--",
              "Olivia Grant | Category Manager, Pet",
              "Harbourside Pet Supply Pty Ltd | Alexandria NSW 2015",
              "M +61 412 555 019"]
    b = gmail_boundary(7520)
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable", label="UTF-8"),
        textpart("html", gmail_html(blocks), "utf-8", "quoted-printable", label="UTF-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "mail-yw1-f180.google.com", "209.85.128.180", t, "4dYc6m0vFtz8kRw") + [
        "Received: by mail-yw1-f180.google.com with SMTP id 00721157ae682-71e5b2e9a3dso18273977b3.2;\n"
        "        " + format_datetime(t.astimezone(ZoneInfo("America/Los_Angeles"))) + " (PDT)",
        "MIME-Version: 1.0",
        "From: " + mbox(*frm),
        "Date: " + fmt_date(t),
        "Message-ID: <CAN7yP2hR5k0xTq3mW8vB1dZc6Lf9sJ4aEo0uNi2Yg7Kb5Vx1Qw@mail.gmail.com>",
        "Subject: Harbourside x PawIsle - notes & actions (14 May call)",
        "To: " + addrlist([("Lin Yaqi", who("林雅琪")[1]), ("Hong Shaojie", who("洪少杰")[1])]),
        "Cc: " + addrlist([("Zheng Hongda", who("郑宏达")[1]), sam, ("PawIsle Minutes", ORGS["C"]["bot"][1])]), None]
    items = [
        item("郑宏达", "Send the DAFF import permit documents and the heat-treatment certificate", ABS("2026-05-22"), "2026-05-22"),
        item(Ext(*sam), "Share the planogram and the shelf-ready packaging specs", NEXT(2), "2026-05-20"),
        item("洪少杰", "Confirm launch pricing and the promo calendar for July-August", MEND(), "2026-05-31"),
        item("Olivia Grant", "Introduce PawIsle to our New Zealand distribution partner", VAGUE),
    ]
    fu = follow(TZAT("2026-05-28 11:00", "Australia/Brisbane"), "2026-05-28", "09:00")
    notes = ("English minutes from the Australian distributor (Olivia Grant, an outsider in the roster), Gmail, Date 'Fri, 15 May "
             "2026 08:10:37 +1000' = Thu 2026-05-14 06:10 in Asia/Shanghai, which is the reference day. Owner/Due blocks: "
             "'Zheng Hongda' / 'Hong Shaojie' are pinyin aliases (and Cc/To display names) of 郑宏达/洪少杰; 'Sam Whitfield' is an "
             "outsider from Cc (department null); 'Olivia Grant' is the sender (roster, department empty). 'Fri 22 May' -> "
             "2026-05-22; 'next Wednesday' -> the Wednesday of next week = 2026-05-20 (the same from Thursday in Shanghai or "
             "Friday in Sydney); 'end of month' -> 2026-05-31; 'TBC' -> vague_due. Key points are facts. 'Next catch-up: "
             "Thursday 28 May, 11:00 AEST (9:00 Beijing)' -> AEST = UTC+10 (no DST in May) -> 2026-05-28 09:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7521, "tasting-notes-iphone-makeup-saturday", "minutes",
      "iPhone Mail, text/plain only, UTF-8 quoted-printable",
      "", "short plain minutes typed on a phone on the 2026-05-09 make-up Saturday: '庄工2个工作日内' (Mon, Tue), "
      "'我…下周一' (the sender owns it), bare '周三前' from a Saturday -> next week's; '下周三上午10点再试一轮'")
def c7521():
    t = T("2026-05-09 12:40:22")
    frm = who("钱雨桐")
    text = ("上午新配方试吃会（10点开始）几点记一下：\n"
            "1. 适口性数据还差两组，庄工2个工作日内补测完；\n"
            "2. 包装上的喂食量表我重新算，下周一给诗涵；\n"
            "3. 成本核算请振宇出一版，周三前。\n"
            "猫组的数据整体比上一版好，狗组持平。\n"
            "下周三上午10点再试一轮，地点还是研发室。\n\n"
            "发自我的iPhone\n")
    part = textpart("plain", text, "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "smtp.pawisle.example.com", "10.20.0.15", t, "4dZ0Xq3hBnz7yLc") + [
        None,
        "From: " + mbox(*frm, charset="utf-8"),
        "Mime-Version: 1.0 (1.0)",
        "Date: " + fmt_date(t),
        "Subject: " + ew("新配方试吃会小结", "utf-8"),
        "Message-Id: <5C2E9A10-7B34-4F1D-9E6A-0D8B3C71F2A5@pawisle.example.com>",
        "Cc: " + addrlist([who("庄文博"), who("柯振宇"), ORGS["C"]["bot"]], charset="utf-8"),
        "To: " + addrlist([who("黄诗涵"), who("苏敏")], charset="utf-8"),
        "X-Mailer: iPhone Mail (23E261)"]
    items = [
        item("庄文博", "补测适口性数据（还差两组）", WDAYS(2), "2026-05-12", anchor="适口性数据还差两组"),
        item("钱雨桐", "重新计算包装上的喂食量表，给诗涵", NEXT(0), "2026-05-11", anchor="包装上的喂食量表我重新算"),
        item("柯振宇", "出一版成本核算", WD(2), "2026-05-13", anchor="成本核算请振宇出一版"),
    ]
    fu = follow(AT(NEXT(2), "10:00"), "2026-05-13", "10:00")
    notes = ("iPhone plain-text minutes sent on Sat 2026-05-09 12:40, a Labour Day make-up working day. #1 庄工 = 庄文博; '2个工作日内' "
             "counted from the day after sending: Sun 05-10 is off, Mon 05-11 (1), Tue 05-12 (2) -> 2026-05-12. #2 '我重新算' -> the "
             "sender 钱雨桐 owns it (诗涵 is the recipient); '下周一' -> 2026-05-11. #3 '请振宇出一版' -> 柯振宇 (alias 振宇); bare "
             "'周三前' from a Saturday: this week's Wednesday is past -> 2026-05-13. The 猫组/狗组 line is a fact. '下周三上午10点再"
             "试一轮' -> 2026-05-13 10:00.")
    return dict(eml=message(hs, part), items=items, followup=fu, notes=notes)


@case(7522, "oem-followup-table-wecom-html", "minutes",
      "WeCom (企业微信) mail, UTF-8 base64, multipart/alternative with a one-row HTML table",
      "", "seed 外部沟通跟进表 as a one-row HTML table (OEM factory): '禾盛杨厂长' resolves to the Cc outsider; '品控部庄工'; "
      "③ is a decision (水分标准不放宽); the factory's wish is not an item; 下次沟通时间 in its own cell")
def c7522():
    t = T("2026-06-10 17:30:09")
    frm = who("郑宏达")
    yang = ("杨建新", "yangjianxin@hesheng-pet.example.cn")
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
             "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-06-10", "2026-06-10", "漳州禾盛宠物食品厂/杨建新（厂长）", "供应链部/郑宏达", "供应商",
             "三文鱼冻干试产批次水分超标（实测8.2%，标准≤7%），禾盛希望放宽到7.5%",
             "①禾盛杨厂长调整冻干曲线后重新试产（6月16日前）②品控部庄工到厂跟产并出具跟产报告（6月17日前）③水分标准不放宽（已与钱老师确认）",
             "2026-06-17 15:00", "郑宏达"]]
    blocks = ["各位好，", "", "今天和禾盛电话沟通试产水分超标的问题，跟进表如下：", "",
              "外部沟通跟进表", Table(rows), "",
              "杨厂长，重新试产的排期定了请在群里说一声。", "",
              "郑宏达 | 供应链部", "PawIsle 毛岛 · 厦门市湖里区"]
    htm = '<div style="font-family:微软雅黑;font-size:14px">%s</div>\n' % html_lines(blocks)
    b = "----=_NextPart_6A29A4C1_3F0B7E52_1C84D6A9"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="utf-8"),
        textpart("html", htm, "utf-8", "base64", label="utf-8")],
        preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "smtpbgbr2.qq.com", "54.207.22.56", t, "4dh3Wk8pTcz2vFn") + [
        "X-QQ-mid: bizesmtp47t1781083809t7e3b1c",
        "X-QQ-Originating-IP: q7Hn2uX0cB5wZr8mP3kL9dF1vT6yA4sE0gJ2hN7oQ5I=",
        "X-QQ-SSF: 00400000000000F0",
        "X-QQ-GoodBg: 1",
        "X-BIZMAIL-ID: 9803356217440712904",
        "From: " + mbox(*frm),
        "To: " + addrlist([who("庄文博"), who("许晓东")]),
        "Cc: " + addrlist([yang, who("钱雨桐"), ORGS["C"]["bot"]]),
        "Subject: " + ew("禾盛三文鱼冻干试产水分超标沟通跟进（EC2026-06-10）"),
        "Mime-Version: 1.0",
        "Date: " + fmt_date(t),
        "Message-ID: <tencent_6A29A4C13F0B7E521C84D6A9B902@qq.com>",
        "X-Mailer: WXWork Mail 4.1.33",
        "X-QQ-MIME: TCMime 1.0 by Tencent", None]
    items = [
        item(Ext(*yang), "调整冻干曲线后重新试产", ABS("2026-06-16"), "2026-06-16"),
        item("庄文博", "到厂跟产并出具跟产报告", ABS("2026-06-17"), "2026-06-17"),
    ]
    fu = follow(AT(ABS("2026-06-17"), "15:00"), "2026-06-17", "15:00")
    notes = ("Seed 外部沟通跟进表 as a one-row HTML table (text part: tab-separated), sent Wed 2026-06-10 17:30. ① '禾盛杨厂长' -> "
             "杨建新 (the 对方联系人, in Cc with that display name; outsider, department null); '6月16日前' -> 2026-06-16. ② '品控部"
             "庄工' = 庄文博; '6月17日前' -> 2026-06-17. ③ is a decision (标准不放宽), not an item. '禾盛希望放宽到7.5%' is the "
             "supplier's wish. The row 负责人 郑宏达 owns nothing extra since ①② name their people. The closing request to 杨厂长 "
             "('排期定了…说一声') has no deliverable date and repeats ①; not a separate item. 下次沟通时间 '2026-06-17 15:00' -> "
             "next_followup.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7523, "other-internal-newsletter-feishu", "other",
      "Feishu (Lark) Mail to an all-staff group, UTF-8 base64, multipart/alternative",
      "", "an internal newsletter a person wrote (毛岛内刊) to all@, no list headers: deadlines, 负责人-like names and a holiday "
      "notice inside, but it is not minutes -> other, no items")
def c7523():
    t = T("2026-06-12 18:20:44")
    frm = who("黄诗涵")
    blocks = ["毛岛内刊｜2026年6月第2期", "",
              "【本期看点】",
              "① 618大促战报：截至6月11日，全渠道GMV达成目标的83%，Amazon美国站冻干品类排名第7；",
              "② 新品预告：三文鱼冻干试产进行中，预计7月中旬上市，内部试吃报名请找钱老师；",
              "③ 人物｜客服部吴佳慧：一年回复差评1200条，她总结了“三句话原则”。", "",
              "【业务快报】",
              "- 跨境运营部：Prime Day（7月7日-10日）秒杀提报已完成，负责人洪少杰；",
              "- 供应链部：美西海外仓第二柜已到港，6月20日前完成上架；",
              "- 品牌市场部：小红书“夏日冻干”话题累计阅读量破300万。", "",
              "【行政通知】",
              "- 端午节放假安排：6月19日（周五）至21日（周日）放假，共3天，22日（周一）正常上班；",
              "- 上半年工作总结请各部门于6月30日前交到总裁办；",
              "- 下周三（6月17日）中午12点食堂有粽子DIY活动，欢迎报名。", "",
              "有想上内刊的故事，随时找我～",
              "诗涵 | 品牌市场部"]
    b = "----=_Part_Feishu_7f1d2c9e4b3a_1781259644"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", '<html><head><meta charset="utf-8"></head><body><div style="font-size:14px">%s</div></body></html>\n'
                 % html_lines(blocks), "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "va-1-114.ptr.blmpb.example.com", "209.127.231.114", t, "4dk0Sg4nHwz1qPb") + feishu_hdrs(
        t, frm, [("全体员工", "all@pawisle.example.com")], None, "毛岛内刊｜2026年6月第2期",
        "<6b4d0e2a9c1f47e3b8a5d2f0c7e91b34@pawisle.example.com>")
    hs = [h for h in hs if h is not None] + [None]
    notes = ("An internal newsletter that a colleague wrote and sent to the all-staff group (the bot is a member, so it arrives "
             "with Delivered-To the bot). No Auto-Submitted, no List-Id/Precedence: a person wrote it, so kind other, not auto. "
             "It mentions deadlines (6月20日前, 6月30日前), a 负责人 and the Dragon Boat holiday, but there are no minutes, no "
             "owners assigned in a meeting and no follow-up -> no items.")
    return dict(eml=message(hs, alt), items=[], followup=None, notes=notes)


@case(7524, "prime-day-minutes-as-reply-gmail-app", "minutes",
      "Gmail app (Android), UTF-8 base64, multipart/alternative, 'Re:' with a gmail_quote",
      "", "new minutes written as a reply in an older thread: the quoted earlier conclusions (with their own dates and names) are "
      "not items; first names via aliases (少杰/婉清/晓东/佩珊); a decision line; 明天下班前; '下周四同一时间再过一次' with the meeting "
      "time stated above")
def c7524():
    t = T("2026-06-25 11:25:31")
    frm = who("洪少杰")
    new = ["刚开完的Prime Day冲刺会（6/25 10:00-11:00，线上），纪要直接回在这个邮件里了：", "",
           "1. 广告预算：Prime Day周期（7/7-7/10）广告预算上调到2.8万美金，雅琪已批。",
           "2. 少杰：7月1日前完成全部秒杀ASIN的价格和库存二次核对",
           "3. 婉清：Prime Day实时看板7月3日前上线，要能按小时看ACoS",
           "4. 晓东：FBA入库最后一票（两柜）确认6月30日前上架，每天在群里同步状态",
           "5. 佩珊：Shopee 7.7大促的活动报名，明天下班前", "",
           "下周四同一时间再过一次。", "",
           "少杰"]
    quote = ["Prime Day 备货与广告预算讨论结论：",
             "1. 少杰：6月20日前提交Prime Day最终秒杀ASIN清单",
             "2. 晓东：FBA最后一票6月22日前发出",
             "3. 广告预算待苏总审批", "",
             "下周四上午10点开Prime Day冲刺会，会议链接另发。", "",
             "雅琪"]
    attr = "林雅琪 <%s> 于2026年6月18日周四 18:05写道：" % who("林雅琪")[1]
    text = "\n".join(new) + "\n\n" + attr + "\n\n" + "\n".join("> " + x if x else ">" for x in quote) + "\n"
    htm = ('<div dir="auto">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           '%s<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
           '%s</blockquote></div>\n' % (html_lines(new), esc(attr), html_lines(quote)))
    b = gmail_boundary(7524)
    alt = multipart("alternative", b, [
        textpart("plain", text, "utf-8", "base64", label="UTF-8", crlf=False),
        textpart("html", htm, "utf-8", "base64", label="UTF-8", crlf=False)])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "mail-ej1-f44.google.com", "209.85.218.44", t, "4dn7Bv2cQkz5tHr") + [
        "MIME-Version: 1.0",
        "References: <CAK3vR9pT2wz7Lq0mXn5cB8dY1hF6sJ4gE9oUa2iVk7Nt3Qe0Rw@mail.gmail.com>",
        "In-Reply-To: <CAK3vR9pT2wz7Lq0mXn5cB8dY1hF6sJ4gE9oUa2iVk7Nt3Qe0Rw@mail.gmail.com>",
        "From: " + mbox(*frm, charset="UTF-8"),
        "Date: " + fmt_date(t),
        "Message-ID: <CAPx4hQ0nW7kV2tR9mL3bZ6cF1yD8sJ5gA0eUo4iTq2Nv7Kh3Xp@mail.gmail.com>",
        "Subject: " + ew("Re: Prime Day 备货与广告预算", "UTF-8"),
        "To: " + addrlist([who("林雅琪")], charset="UTF-8"),
        "Cc: " + addrlist([who("叶婉清"), who("许晓东"), who("蔡佩珊"), who("苏敏"), ORGS["C"]["bot"]], charset="UTF-8"),
        None]
    items = [
        item("洪少杰", "完成全部秒杀ASIN的价格和库存二次核对", ABS("2026-07-01"), "2026-07-01"),
        item("叶婉清", "Prime Day实时看板上线，要能按小时看ACoS", ABS("2026-07-03"), "2026-07-03", anchor="Prime Day实时看板7月3日前上线"),
        item("许晓东", "FBA入库最后一票（两柜）确认上架，每天在群里同步状态", ABS("2026-06-30"), "2026-06-30",
             anchor="FBA入库最后一票（两柜）确认6月30日前上架"),
        item("蔡佩珊", "Shopee 7.7大促的活动报名", REL(1), "2026-06-26"),
    ]
    fu = follow(AT(NEXT(3), "10:00"), "2026-07-02", "10:00")
    notes = ("New minutes written as 'Re:' in an older thread from the Gmail app, sent Thu 2026-06-25 11:25 (after Dragon Boat). "
             "The quoted mail under '林雅琪 … 于2026年6月18日周四 18:05写道：' holds last week's conclusions (6月20日前, 6月22日前) - "
             "old text, not items. #1 is a decision (budget raised, approved) -> not an item. #2 少杰 = 洪少杰 (the sender) -> "
             "2026-07-01. #3 婉清 = 叶婉清 -> 2026-07-03. #4 晓东 = 许晓东 -> 2026-06-30 (每天同步 is part of the task). #5 佩珊 = "
             "蔡佩珊; '明天下班前' -> Fri 2026-06-26 without a time. '下周四同一时间再过一次' -> the meeting was 6/25 10:00, so "
             "Thu 2026-07-02 10:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7525, "cs-review-actions-feishu-qp-quarter-end", "minutes",
      "Feishu (Lark) Mail, UTF-8 quoted-printable, multipart/alternative",
      "", "行动项 with owners by role ('品控部庄工', '钱老师', '客服部负责'); '7月3日（周五）中午12点前' -> a time; 3个工作日内; "
      "'季度末前' from Jun 29 = Jun 30; 尽快; facts under 结论; '下次复盘：7月底，时间另约' -> null")
def c7525():
    t = T("2026-06-29 17:05:50")
    frm = who("吴佳慧")
    blocks = ["各位，今天差评复盘会的纪要：", "",
              "会议：6月差评复盘会",
              "时间：6/29 15:00-16:00",
              "参会：吴佳慧、庄文博、洪少杰、蔡佩珊、钱雨桐", "",
              "结论：",
              "1. 6月整体差评率1.9%，比5月上升0.4个百分点，主要集中在“颗粒变硬”和“包装漏气”；",
              "2. “颗粒变硬”集中在6月第2周生产的批次。", "",
              "行动项：",
              "1. 品控部庄工：抽检6月批次颗粒硬度，出检测报告，7月3日（周五）中午12点前；",
              "2. Amazon差评逐条回复模板更新：客服部负责，3个工作日内；",
              "3. 钱老师评估配方中保湿剂用量能否调整，季度末前给结论；",
              "4. 佩珊：Shopee差评商品的详情页补充储存说明，尽快。", "",
              "下次复盘：7月底，时间另约。", "",
              "吴佳慧 Joy | 客服部"]
    b = "----=_Part_Feishu_2c8e5a1b7d90_1782723950"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable", label="UTF-8"),
        textpart("html", '<html><head><meta charset="utf-8"></head><body><div style="font-size:14px">%s</div></body></html>\n'
                 % html_lines(blocks), "utf-8", "quoted-printable", label="UTF-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "va-1-113.ptr.blmpb.example.com", "209.127.231.113", t, "4dq2Lp7sNfz3xCv") + feishu_hdrs(
        t, frm, [who(k) for k in ("庄文博", "洪少杰", "蔡佩珊", "钱雨桐")], [who("苏敏"), ORGS["C"]["bot"]],
        "6月差评复盘会纪要", "<9d3f1a6c2e8b4075a1c4e7b20f5d8c61@pawisle.example.com>") + [None]
    items = [
        item("庄文博", "抽检6月批次颗粒硬度，出检测报告", AT(ABS("2026-07-03"), "12:00"), "2026-07-03", "12:00"),
        item(Unit("客服部"), "Amazon差评逐条回复模板更新", WDAYS(3), "2026-07-02"),
        item("钱雨桐", "评估配方中保湿剂用量能否调整，给结论", QEND(), "2026-06-30", anchor="评估配方中保湿剂用量能否调整"),
        item("蔡佩珊", "Shopee差评商品的详情页补充储存说明", VAGUE),
    ]
    notes = ("Sent Mon 2026-06-29 17:05 (Feishu, UTF-8 QP). 结论 lines are facts. #1 '品控部庄工' = 庄文博; '7月3日（周五）中午12点前' "
             "-> 2026-07-03 12:00. #2 '客服部负责' names the unit only -> no_owner, department 客服部. AMBIGUOUS: the writer heads "
             "客服部, but the minutes assign the unit, so no person is recorded. '3个工作日内' -> 06-30 (1), 07-01 (2), 07-02 (3) = "
             "2026-07-02. #3 钱老师 = 钱雨桐; '季度末前' -> end of Q2 = 2026-06-30 (the next day). #4 佩珊 = 蔡佩珊; '尽快' -> "
             "vague_due. '下次复盘：7月底，时间另约' has no date -> null.")
    return dict(eml=message(hs, alt), items=items, followup=None, notes=notes)


@case(7526, "other-plain-request-apple-mail", "other",
      "Apple Mail (macOS), UTF-8 quoted-printable, multipart/alternative",
      "", "a plain person-to-person request with the bot in Cc: '周五前' and a fallback request, no minutes -> other")
def c7526():
    t = T("2026-07-01 10:12:33")
    frm = who("叶婉清")
    blocks = ["振宇，", "",
              "麻烦周五前把6月各平台的回款明细（按店铺）导一份给我，做上半年ROI复盘要用。如果Shopee那边还没结算完，先给Amazon和TikTok Shop的也行，Shopee的下周补。", "",
              "谢谢！", "婉清"]
    b = "Apple-Mail=_C41A7E2D-0B9F-4D63-A8E5-2F61D0B7C935"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8"),
        textpart("html", apple_html(blocks), "utf-8", "quoted-printable", ct="text/html;\n\tcharset=utf-8")])
    alt_hdr = alt.headers
    alt.headers = []
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "smtp.pawisle.example.com", "10.20.0.15", t, "4dr5Yd1gWmz8nJs") + alt_hdr + [
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
        "Subject: " + ew("6月回款明细", "utf-8"),
        "From: " + mbox(*frm, charset="utf-8"),
        "Date: " + fmt_date(t),
        "Cc: " + addrlist([ORGS["C"]["bot"]], charset="utf-8"),
        "Message-Id: <1F8D4B27-93C6-4A0E-B5D1-7E2A9C6F0B48@pawisle.example.com>",
        "To: " + addrlist([who("柯振宇")], charset="utf-8"),
        "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    notes = ("A one-to-one request from 叶婉清 to 柯振宇 with the bot in Cc (she copies it out of habit). It asks for data '周五前' "
             "and mentions '下周补', but there is no meeting, no minutes and no recap to reply to -> kind other, no items, no "
             "follow-up.")
    return dict(eml=message(hs, alt), items=[], followup=None, notes=notes)


@case(7527, "auto-gmail-vacation-responder", "auto",
      "Gmail vacation responder (en-AU), UTF-8 7bit text+HTML, Auto-Submitted: auto-replied",
      "", "an out-of-office auto-reply from the Australian partner to a bot recap: dates and a delegate in the body -> auto")
def c7527():
    t = T("2026-07-06 10:03:12", "Australia/Sydney")
    frm = who("Olivia Grant")
    blocks = ["Hi there,", "",
              "Thanks for your email. I'm on annual leave from Monday 6 July and back in the office on Monday 20 July, "
              "with limited access to email.", "",
              "For anything urgent on orders or deliveries please contact Sam Whitfield (sam.whitfield@harbourside.example.com.au) "
              "or call the office on +61 2 9555 0140.", "",
              "Cheers,", "Olivia"]
    b = gmail_boundary(7527)
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "7bit", label="UTF-8"),
        textpart("html", gmail_html(blocks), "utf-8", "7bit", label="UTF-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["C"]["bot"][1]] + recv_from(
        "C", "mail-qt1-f198.google.com", "209.85.160.198", t, "4dt8Qc5kXpz2mWd") + [
        "Received: by mail-qt1-f198.google.com with SMTP id d75a77b69052e-4b0f5e7d2a1so11876651cf.2\n"
        "        for <minutebot@pawisle.example.com>; " + format_datetime(t.astimezone(ZoneInfo("America/Los_Angeles"))) + " (PDT)",
        "MIME-Version: 1.0",
        "From: " + mbox(*frm),
        "Date: " + fmt_date(t),
        "Message-ID: <CAN7yP2gVacation9x1Kq4mB7wT3zL0cR8dF5sJ2aE6oUi1Nh4Yb@mail.gmail.com>",
        "Subject: Annual leave - back Monday 20 July",
        "To: " + mbox("PawIsle Minutes", ORGS["C"]["bot"][1]),
        "In-Reply-To: <r.20260706080114.4c1e9a2b@pawisle.example.com>",
        "References: <r.20260706080114.4c1e9a2b@pawisle.example.com>",
        "Auto-Submitted: auto-replied", None]
    notes = ("Gmail vacation responder (Auto-Submitted: auto-replied, In-Reply-To a bot recap) from the Australian partner. The body "
             "has dates (6 July, 20 July) and a delegate; no person wrote this message -> kind auto, no items, no reply.")
    return dict(eml=message(hs, alt), items=[], followup=None, notes=notes)


# ---------------------------------------------------------------- D: Nordlyft Pinghu ---------
def en(key):
    """English display name used in the plant's mail for a roster person."""
    p = ROSTER[key]
    if all(ord(c) < 128 for c in p["name"]) or key in ("Karin Sjöberg",):
        return (p["name"], p["email"])
    eng = [a for a in p["aliases"].split(";") if " " in a and all(ord(c) < 128 for c in a)]
    return (eng[0], p["email"])


@case(7528, "weekly-production-ai-lines-outlook-en", "minutes",
      "Outlook 365 (en-US), UTF-8 quoted-printable, multipart/alternative",
      "", "English 'AI: Name - task - due' lines under numbered topics; 'Steven/Joyce' -> two items; by Wed / by Monday from a "
      "Friday; ISO date; ASAP; report and Decision lines are not items; 'Next meeting: Friday 17 April, 14:00, same room'")
def c7528():
    t = T("2026-04-10 17:12:40")
    frm = en("沈建平")
    blocks = ["Hi all,", "",
              "Minutes from this afternoon's weekly production meeting (10 Apr, 14:00-15:00, meeting room Göteborg).", "",
              "Attendees: Erik Lindqvist, Jason Shen, Nick Ni, Steven Lu, Joyce Yao, Karin Sjöberg, Wayne Dai", "",
              "1. Output",
              "Week 15 output was 212 trucks vs. plan 220 (Qingming holiday on Monday).",
              "AI: Nick - rebalance the mast assembly line to recover the 8 trucks - by Wed", "",
              "2. Material shortage",
              "Hydraulic valve blocks from Yong Chang are late again (3rd time this quarter).",
              "AI: Steven - get a firm ETA from Yong Chang and escalate if later than 17 Apr - by Monday",
              "AI: Steven/Joyce - qualify a second source for the valve block - ASAP", "",
              "3. Quality",
              "Karin reported that the paint adhesion issue on the overhead guard is closed.",
              "AI: Wayne - update the PFMEA for the new counterweight casting - 2026-04-24", "",
              "4. AOB",
              "Decision: Saturday overtime approved for 11 and 18 April (assembly only).", "",
              "Next meeting: Friday 17 April, 14:00, same room.", "",
              "BR/Jason", "",
              "Jason Shen | Production Manager",
              "Nordlyft Material Handling (Pinghu) Co., Ltd."]
    b = "----=_NextPart_000_0062_01DCC8E4.3A9F2B10"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable"),
        textpart("html", outlook_html(blocks, "utf-8", lang="EN-US", font="Aptos"), "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-sezapc01on2112.outbound.protection.outlook.example", "40.107.255.112", t, "4cK1Tn3wZbz9rQx") + [
        "From: " + mbox(*frm),
        "To: " + addrlist([en(k) for k in ("倪俊", "陆晓峰", "姚佳", "Karin Sjöberg", "戴文杰")]),
        "Cc: " + addrlist([en("Erik Lindqvist"), ORGS["D"]["bot"]]),
        "Subject: Weekly production meeting - minutes 10 Apr",
        "Date: " + fmt_date(t),
        "Message-ID: <006201dcc8e4$3a9f2b10$afdd8130$@nordlyft.example.com>",
        "MIME-Version: 1.0", None,
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzI4zBkpQX7h1k8Q8uL3aZ0n5w1Fg==",
        "Content-Language: en-us"]
    items = [
        item("倪俊", "rebalance the mast assembly line to recover the 8 trucks", WD(2), "2026-04-15"),
        item("陆晓峰", "get a firm ETA from Yong Chang and escalate if later than 17 Apr", WD(0), "2026-04-13"),
        item("陆晓峰", "qualify a second source for the valve block", VAGUE),
        item("姚佳", "qualify a second source for the valve block", VAGUE),
        item("戴文杰", "update the PFMEA for the new counterweight casting", ABS("2026-04-24"), "2026-04-24"),
    ]
    fu = follow(AT(ABS("2026-04-17"), "14:00"), "2026-04-17", "14:00")
    notes = ("English minutes at the Swedish-owned plant, sent Fri 2026-04-10 17:12. 'AI:' lines are the items; owners by English "
             "names (Nick = 倪俊, Steven = 陆晓峰, Joyce = 姚佳, Wayne = 戴文杰; roster aliases). 'by Wed' from a Friday -> next "
             "week's Wed 2026-04-15; 'by Monday' -> 2026-04-13 (the '17 Apr' inside the task is a condition, not the due); "
             "'Steven/Joyce - … - ASAP' is one task for two owners -> two items, both vague_due; '2026-04-24' as written. Topic "
             "facts, 'Karin reported…' and 'Decision:' lines are not items. 'Next meeting: Friday 17 April, 14:00' -> "
             "2026-04-17 14:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7529, "quality-review-owa-utc-date-table", "minutes",
      "Outlook on the web (Microsoft 365), UTF-8 base64/QP, multipart/alternative, Date in +0000",
      "", "OWA mail from Sweden with Date 'Tue 18:30 +0000' = Wed 02:30 in Shanghai: 'within 2 working days' / 'Friday' / "
      "'next Monday' must use the Shanghai date; HTML action table (# / Action / Owner / Due) with 'X (Y support)'; "
      "'Next review: Wednesday 20 May, 09:00 CEST / 15:00 China'")
def c7529():
    t = dt.datetime(2026, 5, 12, 18, 30, 12, tzinfo=dt.timezone.utc)
    frm = en("Karin Sjöberg")
    rows = [["#", "Action", "Owner", "Due"],
            ["1", "Containment: 100% check of mast chains in stock (lot 26-04)", "Celine Cao", "within 2 working days"],
            ["2", "Send 8D D3-D4 to HQ quality", "Celine Cao", "Friday"],
            ["3", "Update the control plan for the chain elongation check", "Wayne Dai", "next Monday"],
            ["4", "Decide on shipment hold for trucks built with lot 26-04", "Karin Sjöberg (Erik Lindqvist support)", "15 May"]]
    blocks = ["Hi team,", "",
              "Summary of today's quality review with HQ (I'm still in Växjö this week, so sending this late your time).", "",
              "Findings",
              "- Chain elongation above 2% found on 3 trucks at a customer in Ningbo, all built with mast chain lot 26-04.",
              "- HQ lab confirms a heat-treatment deviation at the chain supplier.", "",
              "Actions", Table(rows), "",
              "Next review: Wednesday 20 May, 09:00 CEST / 15:00 China.", "",
              "Best regards,", "Karin", "",
              "Karin Sjöberg | Quality Manager | Nordlyft Material Handling (Pinghu)"]
    htm = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
           'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
           'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n' % html_lines(blocks))
    b = "_000_DB9PR03MB71484E2A6C1F9B3D7E5A0C8BDB9PR03MB7148eurp_"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="utf-8"),
        textpart("html", htm, "utf-8", "quoted-printable", label="utf-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-db8eur05on2081.outbound.protection.outlook.example", "40.107.20.81", t, "4cS7Wb0mKqz4hDy") + [
        "Received: from DB9PR03MB7148.eurprd03.prod.outlook.com ([fe80::5c1:8e3a:41f2:9b07]) by\n"
        " DB9PR03MB7148.eurprd03.prod.outlook.com ([fe80::5c1:8e3a:41f2:9b07%4]) with mapi id\n"
        " 15.20.9094.021; " + format_datetime(t),
        "From: " + mbox(*frm),
        "To: " + addrlist([en("曹蕾"), en("戴文杰"), en("沈建平")]),
        "CC: " + addrlist([en("Erik Lindqvist"), en("Johan Berg"), ORGS["D"]["bot"]]),
        "Subject: Quality review 12 May - mast chain lot 26-04 - actions",
        "Thread-Topic: Quality review 12 May - mast chain lot 26-04 - actions",
        "Thread-Index: AQHc4k7Ff1s9bZ0a3U2p8mWcQ2n7Xg==",
        "Date: " + format_datetime(t),
        "Message-ID:\n <DB9PR03MB71484E2A6C1F9B3D7E5A0C8BDB9PR03MB7148@DB9PR03MB7148.eurprd03.prod.outlook.com>",
        "Accept-Language: en-US, sv-SE",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "msip_labels: ",
        None,
        "MIME-Version: 1.0"]
    items = [
        item("曹蕾", "Containment: 100% check of mast chains in stock (lot 26-04)", WDAYS(2), "2026-05-15"),
        item("曹蕾", "Send 8D D3-D4 to HQ quality", WD(4), "2026-05-15"),
        item("戴文杰", "Update the control plan for the chain elongation check", NEXT(0), "2026-05-18"),
        item("Karin Sjöberg", "Decide on shipment hold for trucks built with lot 26-04", ABS("2026-05-15"), "2026-05-15"),
    ]
    fu = follow(TZAT("2026-05-20 09:00", "Europe/Stockholm"), "2026-05-20", "15:00")
    notes = ("OWA mail with Date 'Tue, 12 May 2026 18:30:12 +0000' = Wed 2026-05-13 02:30 in Asia/Shanghai, the reference day "
             "(the writer was in Sweden on Tuesday evening). #1 'within 2 working days' counted from the day after the Shanghai "
             "send date: Thu 05-14 (1), Fri 05-15 (2) -> 2026-05-15 (AMBIGUOUS only in that a Swedish reading would give 05-14; "
             "the convention is Shanghai). #2 'Friday' -> 2026-05-15. #3 'next Monday' -> 2026-05-18. #4 '15 May'; owner cell "
             "'Karin Sjöberg (Erik Lindqvist support)' -> Karin, the supporter is not an owner. Celine Cao = 曹蕾, Wayne Dai = "
             "戴文杰 (aliases). Findings are facts. 'Next review: Wednesday 20 May, 09:00 CEST / 15:00 China' -> 2026-05-20 15:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7530, "ecb-minutes-thunderbird-flowed-8bit", "minutes",
      "Thunderbird 140 (Linux), text/plain only, UTF-8 8bit, format=flowed",
      "", "engineering change board minutes: 'Action: X to …, by …' lines, one soft-wrapped by format=flowed so that "
      "'by Friday' ends a line and 'next week.' starts the next; an HQ outsider in the roster; decisions (Approved/Rejected); "
      "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'")
def c7530():
    t = T("2026-06-03 16:45:20")
    frm = en("Johan Berg")
    text = ("ECB #23 - minutes\n"
            "\n"
            "Date: 2026-06-03 (Wed), 14:00-15:30, room Malmö\n"
            "Participants: Johan Berg, Wayne Dai, Steven Lu, Celine Cao; Magnus Ek \n"
            "(HQ Växjö, via Teams)\n"
            "\n"
            "ECR-0412 Counterweight casting change (GG25 -> GJS-400)\n"
            "   Approved for Pinghu. Effective from serial 26P-08000.\n"
            "   Action: Wayne to release drawing rev. C in PDM by 2026-06-05.\n"
            "   Action: Steven to align piece price and tooling cost with the foundry, by Friday \n"
            "next week.\n"
            "\n"
            "ECR-0415 LED work light supplier change\n"
            "   Rejected - wait for the HQ global sourcing decision.\n"
            "\n"
            "ECR-0418 Seat switch wiring harness\n"
            "   Action: Magnus to send the updated global harness spec, by June 8.\n"
            "   Action: Celine to plan the PPAP run at the harness supplier, date TBD.\n"
            "\n"
            "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing).\n"
            "\n"
            "/Johan\n"
            "\n"
            "-- \n"
            "Johan Berg\n"
            "Engineering Manager, Nordlyft Material Handling (Pinghu) Co., Ltd.\n")
    part = textpart("plain", text, "utf-8", "8bit", fmt_flowed=True, label="UTF-8")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "smtp.nordlyft.example.com", "10.40.1.25", t, "4fe0Hk2nRsz7pLb") + [
        "Message-ID: <b7c2e91a-4f3d-4a60-9d1e-2c8f5a7b30d4@nordlyft.example.com>",
        "Date: " + fmt_date(t),
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-US",
        "To: " + addrlist([en("戴文杰"), en("陆晓峰"), en("曹蕾")]),
        "Cc: " + addrlist([who("Magnus Ek"), ORGS["D"]["bot"]]),
        "From: " + mbox(*frm),
        "Subject: ECB #23 minutes (ECR-0412 / 0415 / 0418)",
        None]
    items = [
        item("戴文杰", "release drawing rev. C in PDM", ABS("2026-06-05"), "2026-06-05"),
        item("陆晓峰", "align piece price and tooling cost with the foundry", NEXT(4), "2026-06-12"),
        item("Magnus Ek", "send the updated global harness spec", ABS("2026-06-08"), "2026-06-08"),
        item("曹蕾", "plan the PPAP run at the harness supplier", VAGUE),
    ]
    fu = follow(TZAT("2026-06-09 10:00", "Europe/Stockholm"), "2026-06-09", "16:00")
    notes = ("Thunderbird plain text (format=flowed, raw 8bit UTF-8), sent Wed 2026-06-03 16:45. Action lines: Wayne = 戴文杰, "
             "'by 2026-06-05'. Steven = 陆晓峰: the line is soft-wrapped (trailing space, format=flowed) so it reads 'by Friday next "
             "week' -> Fri 2026-06-12, not this Friday 06-05. Magnus = Magnus Ek (HQ, outsider in the roster, in Cc) -> "
             "2026-06-08. Celine = 曹蕾, 'date TBD' -> vague_due. 'Approved…'/'Rejected…' are decisions. 'Next sync: Tue Jun 9, "
             "10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00.")
    return dict(eml=message(hs, part), items=items, followup=fu, notes=notes)


@case(7531, "taiwan-supplier-minutes-outlook-big5", "minutes",
      "Outlook 2016 zh-TW, big5 base64, multipart/alternative",
      "", "Traditional-Chinese minutes written by the Taiwanese supplier: 待辦事項 with 負責人 after the task; the writer's own item; "
      "a supplier colleague from Cc; our people written in traditional characters (陸曉峰) and by English name in brackets; "
      "下週一 / 儘快; '下次會議：6月11日（週四）下午2點'")
def c7531():
    t = T("2026-06-04 15:20:33")
    frm = who("張志豪")
    lin = ("林佩君", "peggy.lin@yongchang-hyd.example.com.tw")
    blocks = ["各位好：", "",
              "今日視訊會議記錄如下，如有遺漏請補充。", "",
              "會議主題：閥塊交期延誤與品質改善",
              "時間：2026年6月4日 13:30~14:40",
              "與會：詠昌 張志豪、林佩君；Nordlyft 陸曉峰(Steven)、姚佳(Joyce)、曹蕾(Celine)", "",
              "一、交期",
              "詠昌6月份訂單（VB-220，800件）因熱處理爐檢修延誤，雙方同意分兩批出貨。", "",
              "二、品質",
              "平湖廠5月份反映的閥塊內漏不良共11件，詠昌已初步判斷為O型環尺寸偏差。", "",
              "三、待辦事項",
              "1. 第一批400件VB-220於6月12日前出貨 — 負責人：張志豪",
              "2. 提供閥塊內漏不良的8D報告 — 負責人：林佩君 — 6月10日前",
              "3. 提供平湖廠近三個月的退貨數據與照片 — 負責人：曹蕾（Celine） — 下週一",
              "4. 確認第三季預測量 — 負責人：姚佳（Joyce） — 儘快", "",
              "下次會議：6月11日（週四）下午2點，同一個會議連結。", "",
              "張志豪 Jack Chang",
              "業務經理 | 詠昌液壓股份有限公司",
              "台中市大里區仁化路 / TEL: +886-4-2491-3375"]
    b = "----=_NextPart_000_0019_01DCF3F0.6E4B1A20"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "big5", "base64", label="big5"),
        textpart("html", outlook_html(blocks, "big5", lang="ZH-TW", font="新細明體"), "big5", "base64", label="big5")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail.yongchang-hyd.example.com.tw", "61.216.88.41", t, "4ff2Cx6bVtz1kRw") + [
        "From: " + mbox(*frm, charset="big5"),
        "To: " + addrlist([("陸曉峰", who("陆晓峰")[1]), ("姚佳", who("姚佳")[1])], charset="big5"),
        "Cc: " + addrlist([("曹蕾", who("曹蕾")[1]), lin, ORGS["D"]["bot"]], charset="big5"),
        "Subject: " + ew("會議記錄：閥塊交期延誤與品質改善（6/4）", "big5"),
        "Date: " + fmt_date(t),
        "Message-ID: <001901dcf3f0$6e4b1a20$4ae14e60$@yongchang-hyd.example.com.tw>",
        "MIME-Version: 1.0", None,
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzzlH5w0X7k3pQ9T2e3b1ZkPq8c6A==",
        "Content-Language: zh-tw"]
    items = [
        item("張志豪", "第一批400件VB-220出貨", ABS("2026-06-12"), "2026-06-12", anchor="第一批400件VB-220於6月12日前出貨"),
        item(Ext(*lin), "提供閥塊內漏不良的8D報告", ABS("2026-06-10"), "2026-06-10"),
        item("曹蕾", "提供平湖廠近三個月的退貨數據與照片", NEXT(0), "2026-06-08"),
        item("姚佳", "確認第三季預測量", VAGUE),
    ]
    fu = follow(AT(ABS("2026-06-11"), "14:00"), "2026-06-11", "14:00")
    notes = ("Traditional-Chinese minutes from the Taiwanese supplier's sales manager (張志豪, an outsider in the roster), Outlook "
             "zh-TW, big5 base64, sent Thu 2026-06-04 15:20. 待辦事項 put 負責人 after the task. #1 the writer's own item -> 張志豪, "
             "'6月12日前' -> 2026-06-12. #2 林佩君 (supplier colleague, in Cc) -> her Cc address, department null; 2026-06-10. #3 "
             "曹蕾（Celine） -> roster 曹蕾; '下週一' -> Mon 2026-06-08. #4 姚佳（Joyce）; '儘快' (traditional 尽快) -> vague_due. "
             "Sections 一/二 are facts ('雙方同意分兩批出貨' is an agreement, detailed by item 1). '下次會議：6月11日（週四）下午2點' -> "
             "2026-06-11 14:00. Task texts are kept in traditional characters as written.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7532, "ehs-monthly-tracking-zhucai-peihe-outlook", "minutes",
      "Outlook 365 zh-CN, UTF-8 base64, multipart/alternative (HTML table)",
      "", "Chinese-language EHS minutes at the foreign plant: 整改跟踪表 with 主责/配合 written inside one cell in three "
      "styles, a Closed row, a unit-only owner (EHS) with 待定; 6月10日前 / 6/15 / 本周五; roster departments are English")
def c7532():
    t = T("2026-05-25 17:20:15")
    frm = en("朱海峰")
    rows = [["序号", "问题", "整改措施", "责任部门/人", "完成时限", "状态"],
            ["1", "试车区行人闯入（未遂事件）", "增设硬隔离护栏和声光报警", "生产部（主责：沈建平）/EHS（配合：朱海峰）", "6月10日前", "Open"],
            ["2", "喷涂房消防喷淋覆盖不足", "增加2个喷头并做联动测试", "工程部：戴文杰主责，朱海峰配合", "6/15", "Open"],
            ["3", "化学品柜GHS标签缺失", "重新张贴GHS标签", "质量部曹蕾", "5/20", "Closed"],
            ["4", "新员工三级安全教育记录不全", "补齐4月入职18人的三级安全教育记录", "HR金梦主责", "本周五", "Open"],
            ["5", "焊接烟尘浓度未检测", "委托第三方检测焊接烟尘", "EHS", "待定", "Open"]]
    blocks = ["各位：", "",
              "5月EHS月度例会（5/25 14:00，培训室）纪要及整改跟踪表如下。", "",
              "一、本月情况",
              "无可记录工伤事故；叉车试车区发生1起未遂事件（行人闯入试车区）。", "",
              "二、整改跟踪表", Table(rows), "",
              "三、下次例会：6月29日（周一）14:00，培训室。", "",
              "Henry Zhu 朱海峰",
              "EHS Specialist | Nordlyft Material Handling (Pinghu)"]
    b = "----=_NextPart_000_0088_01DCEC1D.7B2E5C40"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "base64", label="utf-8"),
        textpart("html", outlook_html(blocks, "utf-8", font="等线"), "utf-8", "base64", label="utf-8")],
        preamble="This is a multipart message in MIME format.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-sezapc01on2098.outbound.protection.outlook.example", "40.107.255.98", t, "4cY5Rk9nMdz3wTq") + [
        "From: " + mbox(*frm),
        "To: " + addrlist([en(k) for k in ("沈建平", "戴文杰", "曹蕾", "金梦")]),
        "Cc: " + addrlist([en("Erik Lindqvist"), ORGS["D"]["bot"]]),
        "Subject: " + ew("5月EHS月度例会纪要及整改跟踪表"),
        "Date: " + fmt_date(t),
        "Message-ID: <008801dcec1d$7b2e5c40$71891a40$@nordlyft.example.com>",
        "MIME-Version: 1.0", None,
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzsHGqW1Yk3Hf2xS0qQm5E7b0z9Ow==",
        "Content-Language: zh-cn"]
    items = [
        item("沈建平", "增设硬隔离护栏和声光报警", ABS("2026-06-10"), "2026-06-10"),
        item("戴文杰", "增加2个喷头并做联动测试", ABS("2026-06-15"), "2026-06-15"),
        item("金梦", "补齐4月入职18人的三级安全教育记录", THIS(4), "2026-05-29"),
        item(Unit("EHS"), "委托第三方检测焊接烟尘", VAGUE),
    ]
    fu = follow(AT(ABS("2026-06-29"), "14:00"), "2026-06-29", "14:00")
    notes = ("Chinese minutes at the Swedish-owned plant, sent Mon 2026-05-25 17:20. 整改跟踪表: row 1 '生产部（主责：沈建平）/EHS"
             "（配合：朱海峰）' -> 沈建平; '6月10日前' -> 2026-06-10. Row 2 '工程部：戴文杰主责，朱海峰配合' -> 戴文杰; '6/15' -> "
             "2026-06-15. Row 3 is Closed -> not an item. Row 4 'HR金梦主责' -> 金梦; '本周五' -> 2026-05-29. Row 5 'EHS' unit-only "
             "-> no_owner, department EHS (the roster's department name); '待定' -> vague_due. Departments in the gold are the "
             "roster's (Production, Engineering, HR), not the Chinese words in the cells. '三、下次例会：6月29日（周一）14:00' -> "
             "2026-06-29 14:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7533, "line-move-checkboxes-thunderbird-holiday", "minutes",
      "Thunderbird 128 (Windows), text/plain only, UTF-8 7bit, Markdown checkboxes",
      "", "'- [ ] @handle task - due' Markdown list (pasted from a notes app) before Dragon Boat: 'before the holiday' = last "
      "working day before the block; EOD; 'tomorrow 12:00'; 'first working day after the holiday'; a '[x]' line; "
      "'Next check-in: Monday 22 June 08:30'")
def c7533():
    t = T("2026-06-17 15:22:09")
    frm = en("戴文杰")
    text = ("## Line 2 layout change - kickoff (2026-06-17)\n"
            "\n"
            "Attendees: @johan.berg @jason.shen @nick.ni @henry.zhu @wayne.dai\n"
            "\n"
            "### Decisions\n"
            "- Move the mast sub-assembly cell to bay C during the Dragon Boat shutdown (Jun 19-21).\n"
            "- Overtime for the move crew is approved by Erik.\n"
            "\n"
            "### Actions\n"
            "- [x] @wayne.dai circulate layout drawing rev. B (done in the meeting)\n"
            "- [ ] @nick.ni empty bay C and relocate the WIP racks - before the holiday\n"
            "- [ ] @henry.zhu hot-work permit + risk assessment for the move - EOD\n"
            "- [ ] @jason.shen confirm the shutdown crew list (12 people) - tomorrow 12:00\n"
            "- [ ] @johan.berg sign off the new cell layout - 2026-06-22\n"
            "- [ ] @wayne.dai update the line balancing sheet - first working day after the holiday\n"
            "\n"
            "Next check-in: Monday 22 June 08:30 at bay C.\n"
            "\n"
            "-- \n"
            "Wayne Dai | Process Engineer\n")
    part = textpart("plain", text, "utf-8", "7bit", fmt_flowed=True, label="UTF-8")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "smtp.nordlyft.example.com", "10.40.1.25", t, "4fk8Pq3xWdz6bNs") + [
        "Message-ID: <3e0a7d52-91c4-4b8f-a6d2-5f1b9c0e7a34@nordlyft.example.com>",
        "Date: " + fmt_date(t),
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-US",
        "To: " + addrlist([en(k) for k in ("Johan Berg", "沈建平", "倪俊", "朱海峰")]),
        "Cc: " + addrlist([ORGS["D"]["bot"]]),
        "From: " + mbox(*frm),
        "Subject: Line 2 layout change - kickoff notes & actions",
        None]
    items = [
        item("倪俊", "empty bay C and relocate the WIP racks", BEFORE("Dragon Boat Festival"), "2026-06-18"),
        item("朱海峰", "hot-work permit + risk assessment for the move", REL(0), "2026-06-17"),
        item("沈建平", "confirm the shutdown crew list (12 people)", AT(REL(1), "12:00"), "2026-06-18", "12:00"),
        item("Johan Berg", "sign off the new cell layout", ABS("2026-06-22"), "2026-06-22"),
        item("戴文杰", "update the line balancing sheet", AFTER("Dragon Boat Festival"), "2026-06-22"),
    ]
    fu = follow(AT(ABS("2026-06-22"), "08:30"), "2026-06-22", "08:30")
    notes = ("Markdown-style notes in a Thunderbird plain-text mail, sent Wed 2026-06-17 15:22. '@handle' = the roster handle "
             "aliases (@nick.ni = 倪俊 etc.). '[x]' line is done -> not an item. 'before the holiday' -> the last working day before "
             "Dragon Boat (06-19..06-21) = Thu 2026-06-18. 'EOD' -> the send date 2026-06-17 without a time. 'tomorrow 12:00' -> "
             "2026-06-18 12:00. '2026-06-22' as written. 'first working day after the holiday' -> Mon 2026-06-22. Decisions are not "
             "items. 'Next check-in: Monday 22 June 08:30' -> 2026-06-22 08:30.")
    return dict(eml=message(hs, part), items=items, followup=fu, notes=notes)


@case(7534, "hq-minutes-forwarded-apple-mail", "minutes",
      "Apple Mail (macOS, en), UTF-8 quoted-printable, multipart/alternative; 'Begin forwarded message:'",
      "", "HQ minutes forwarded by the plant manager with a preface (whose 'Tuesday staff meeting' is not the minutes' next "
      "meeting); 'Site (Name): task, due 10 July' lines incl. another plant's person with no address; 'Next GPM: Friday "
      "24 July, 10:00 CEST' -> Shanghai time")
def c7534():
    t = T("2026-06-29 08:05:40")
    frm = en("Erik Lindqvist")
    magnus = who("Magnus Ek")
    pre = ["Team,", "",
           "FYI - minutes from Friday's global product meeting. Two of the actions are ours in Pinghu, please pick them up. "
           "Let's go through them at the Tuesday staff meeting.", "",
           "Erik", ""]
    fh = ["Begin forwarded message:", "",
          "From: Magnus Ek <magnus.ek@nordlyft.example.se>",
          "Subject: Minutes – Global Product Meeting 26 June",
          "Date: 26 June 2026 at 16:12:40 CEST",
          "To: GPM <gpm@nordlyft.example.se>", ""]
    fw = ["Hi all,", "",
          "Minutes from today's GPM (Växjö + Teams).", "",
          "Decisions",
          "- The 2.5t lithium counterbalance truck (NL25Li) is released for local production in Pinghu and Ostrava from Q4.",
          "- Global LED work light sourcing stays with HQ.", "",
          "Actions",
          "- Pinghu (Johan Berg): localise the NL25Li BOM and report the local content %, due 10 July.",
          "- Pinghu (Karin Sjöberg): PPAP status for the battery tray, due 3 July.",
          "- Ostrava (Petr Novák): pilot line readiness report, due 10 July.",
          "- Global sourcing (Magnus Ek): decision on the LED work light supplier, due 17 July.", "",
          "Next GPM: Friday 24 July, 10:00 CEST.", "",
          "Regards,", "Magnus", "",
          "Magnus Ek | Global Product Engineering | Nordlyft AB, Växjö"]
    text = "\n".join(pre + fh + fw) + "\n"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           '%s<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div></body></html>\n'
           % (html_lines(pre), "<br>".join(esc(x) for x in fh), html_lines(fw)))
    b = "Apple-Mail=_9E27B4C0-3F1A-4D85-B6E2-70C9A1F5D348"
    alt = multipart("alternative", b, [
        textpart("plain", text, "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8"),
        textpart("html", htm, "utf-8", "quoted-printable", ct="text/html;\n\tcharset=utf-8")])
    ah = alt.headers
    alt.headers = []
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "smtp.nordlyft.example.com", "10.40.1.25", t, "4fp1Gm5vYcz2rKd") + ah + [
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
        "Subject: Fwd: Minutes =?utf-8?Q?=E2=80=93?= Global Product Meeting 26 June",
        "From: " + mbox(*frm),
        "In-Reply-To: <7A1C9E3F-2B48-4D06-8F5E-C1A0B7D92E63@nordlyft.example.se>",
        "Date: " + fmt_date(t),
        "Cc: " + addrlist([ORGS["D"]["bot"]]),
        "Message-Id: <F3B19C64-58E2-4A7D-9C01-2E6B8D4A7F15@nordlyft.example.com>",
        "References: <7A1C9E3F-2B48-4D06-8F5E-C1A0B7D92E63@nordlyft.example.se>",
        "To: " + addrlist([en("Johan Berg"), en("Karin Sjöberg"), en("沈建平"), en("陆晓峰")]),
        "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    items = [
        item("Johan Berg", "localise the NL25Li BOM and report the local content %", ABS("2026-07-10"), "2026-07-10"),
        item("Karin Sjöberg", "PPAP status for the battery tray", ABS("2026-07-03"), "2026-07-03"),
        item(Ext("Petr Novák"), "pilot line readiness report", ABS("2026-07-10"), "2026-07-10"),
        item("Magnus Ek", "decision on the LED work light supplier", ABS("2026-07-17"), "2026-07-17"),
    ]
    fu = follow(TZAT("2026-07-24 10:00", "Europe/Stockholm"), "2026-07-24", "16:00")
    notes = ("HQ minutes forwarded by the plant manager, sent Mon 2026-06-29 08:05 (Apple Mail, UTF-8 QP). The preface above "
             "'Begin forwarded message:' is not items, and its 'Tuesday staff meeting' is Erik's own plan, not the minutes' next "
             "meeting. The items are all four Actions of the forwarded minutes. AMBIGUOUS: Erik says only two are Pinghu's; a "
             "careful assistant still records the minutes as written, so the Ostrava item (Petr Novák, not in the roster and "
             "not in any header -> email null) and the HQ item (Magnus Ek, outsider in the roster) are kept. The 'Site (Name)' "
             "form: the person in brackets owns it. Dues 'due 10 July' / '3 July' / '17 July' as written. Decisions are not "
             "items. 'Next GPM: Friday 24 July, 10:00 CEST' -> CEST = UTC+2 -> 2026-07-24 16:00 in Asia/Shanghai.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


@case(7535, "management-review-docx-outlook-en", "minutes",
      "Outlook 365 (en-GB), UTF-8 quoted-printable body + .docx attachment (actions table)",
      "", "minutes only in a .docx: KPI table and decisions, then an actions table (Owner/Due/Status) with a Closed row; "
      "'17 Jul' / 'end of July' / 'within 3 working days'; next review on 13 October with no time")
def c7535():
    t = T("2026-07-07 18:40:22")
    frm = en("Anna Holm")
    body = ["Dear all,", "",
            "Please find attached the minutes of today's Q2 management review. The actions are in section 3 - "
            "please check your owner lines and let me know of any corrections by Thursday.", "",
            "Kind regards,", "Anna", "",
            "Anna Holm | Finance Controller",
            "Nordlyft Material Handling (Pinghu) Co., Ltd. | No. 8 Xinmin Road, Pinghu Economic Development Zone"]
    doc = ["#Nordlyft Pinghu – Q2 2026 Management Review",
           "Date: 7 July 2026, 13:30–17:00    Chair: Erik Lindqvist    Minutes: Anna Holm",
           "Present: Erik Lindqvist, Johan Berg, Karin Sjöberg, Jason Shen, Steven Lu, Mona Jin, Henry Zhu, Anna Holm",
           "",
           "##1. KPIs Q2",
           Table([["KPI", "Target", "Q2 actual"], ["On-time delivery", "95%", "91%"], ["Customer PPM", "300", "410"],
                  ["LTIR", "0", "0"], ["Trucks shipped", "2,450", "2,386"]]),
           "##2. Decisions",
           "The hiring freeze for assembly is lifted (up to 14 operators). Capex for the bay C conveyor is approved in "
           "principle (SEK 2.1m), subject to the request form.",
           "##3. Actions",
           Table([["No", "Action", "Owner", "Due", "Status"],
                  ["1", "Q3 headcount plan for assembly", "Mona Jin", "2026-07-17", "Open"],
                  ["2", "Capex request form for the bay C conveyor", "Wayne Dai", "17 Jul", "Open"],
                  ["3", "Customer complaint trend report H1", "Karin Sjöberg", "end of July", "Open"],
                  ["4", "Close the Q1 audit finding on scrap reporting", "Anna Holm", "2026-06-30", "Closed"],
                  ["5", "Supplier on-time delivery recovery plan (Yong Chang)", "Steven Lu", "within 3 working days", "Open"]]),
           "##4. Next review",
           "Q3 management review: 13 October 2026 (time to be confirmed)."]
    data = docx_bytes(doc, title="Q2 2026 Management Review - Minutes", author="Anna Holm", when="2026-07-07T10:31:00Z",
                      font_ea="DengXian")
    b1 = "_004_AM0PR03MB6324B7E1C2D3F4A5B6C7D8E9AM0PR03MB6324eurp_"
    b2 = "_000_AM0PR03MB6324B7E1C2D3F4A5B6C7D8E9AM0PR03MB6324eurp_"
    alt = multipart("alternative", b2, [
        textpart("plain", text_of(body), "utf-8", "quoted-printable", label="utf-8"),
        textpart("html", outlook_html(body, "utf-8", lang="EN-GB", font="Aptos"), "utf-8", "quoted-printable", label="utf-8")])
    att = binpart("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data,
                  "Q2 2026 Management Review - Minutes.docx")
    mixed = multipart("mixed", b1, [alt, att])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-sezapc01on2105.outbound.protection.outlook.example", "40.107.255.105", t, "4fq6Ls8dZhz4yMp") + [
        "From: " + mbox(*frm),
        "To: " + addrlist([en(k) for k in ("Erik Lindqvist", "Johan Berg", "Karin Sjöberg", "沈建平", "陆晓峰", "金梦",
                                           "朱海峰", "戴文杰")]),
        "CC: " + addrlist([ORGS["D"]["bot"]]),
        "Subject: Q2 Management Review - minutes",
        "Thread-Topic: Q2 Management Review - minutes",
        "Thread-Index: AdzvQm8h2cV1sY0pTk6x9RzW3bL5Hg==",
        "Date: " + fmt_date(t),
        "Message-ID:\n <AM0PR03MB6324B7E1C2D3F4A5B6C7D8E9AM0PR03MB6324@AM0PR03MB6324.eurprd03.prod.outlook.com>",
        "Accept-Language: en-GB, en-US",
        "Content-Language: en-GB",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator: ",
        None,
        "MIME-Version: 1.0"]
    items = [
        item("金梦", "Q3 headcount plan for assembly", ABS("2026-07-17"), "2026-07-17"),
        item("戴文杰", "Capex request form for the bay C conveyor", ABS("2026-07-17"), "2026-07-17"),
        item("Karin Sjöberg", "Customer complaint trend report H1", MEND(), "2026-07-31"),
        item("陆晓峰", "Supplier on-time delivery recovery plan (Yong Chang)", WDAYS(3), "2026-07-10"),
    ]
    fu = follow(ABS("2026-10-13"), "2026-10-13", None)
    notes = ("The minutes are in the .docx; the body only points to it (its 'by Thursday' asks for corrections and is not an "
             "action of the meeting). Sent Tue 2026-07-07 18:40. Actions table: #1 Mona Jin = 金梦, 2026-07-17; #2 Wayne Dai = "
             "戴文杰 (not present, still the owner), '17 Jul' -> 2026-07-17; #3 Karin Sjöberg, 'end of July' -> 2026-07-31; #4 is "
             "Closed -> not an item; #5 Steven Lu = 陆晓峰, 'within 3 working days' -> 07-08 (1), 07-09 (2), 07-10 (3) = "
             "2026-07-10. KPIs and Decisions are not items. 'Q3 management review: 13 October 2026 (time to be confirmed)' -> "
             "next_followup 2026-10-13 with time null.")
    return dict(eml=message(hs, mixed), items=items, followup=fu, notes=notes)


@case(7536, "other-invite-reschedule-outlook-en", "other",
      "Outlook 365 (en-US), UTF-8 quoted-printable, multipart/alternative; 'RE:' to a meeting invitation",
      "", "a person discussing a training invitation (asks to move it, requests a list by Monday) over the quoted invitation's "
      "When/Where block -> other, no items, no follow-up")
def c7536():
    t = T("2026-07-15 09:30:11")
    frm = en("金梦")
    new = ["Hi Henry,", "",
           "Thursday 23 July 14:00 clashes with the HR town hall. Could we move the refresher training to Friday 24 July, "
           "09:00-11:00? Training room 2 is free then, I checked.", "",
           "Nick, could you send me the list of operators whose licence expires before September by Monday? Then I can "
           "prepare the certificates.", "",
           "Thanks,", "Mona", "",
           "Mona Jin | HR Manager | Nordlyft Material Handling (Pinghu)"]
    quote = ["From: Henry Zhu <henry.zhu@nordlyft.example.com>",
             "Sent: Tuesday, July 14, 2026 4:02 PM",
             "To: Mona Jin <mona.jin@nordlyft.example.com>; Nick Ni <nick.ni@nordlyft.example.com>; Jason Shen "
             "<jason.shen@nordlyft.example.com>",
             "Cc: Minutes Bot <minutes.pinghu@nordlyft.example.com>",
             "Subject: Forklift operator refresher training - Q3",
             "When: Thursday, July 23, 2026 2:00 PM-4:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.",
             "Where: Training room 2", "",
             "Hi all,", "",
             "Annual refresher for forklift operators (theory 1 h + practical 1 h). Please nominate the operators from your "
             "teams by Friday.", "",
             "Henry"]
    blocks = new + ["", "________________________________"] + quote
    b = "_000_SEZPR03MB70129A4C2E1B3D5F7A8C0E2SEZPR03MB7012apcp_"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable", label="utf-8"),
        textpart("html", outlook_html(blocks, "utf-8", lang="EN-US", font="Aptos"), "utf-8", "quoted-printable", label="utf-8")])
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-sezapc01on2101.outbound.protection.outlook.example", "40.107.255.101", t, "4fs9Tn2kBwz5hQr") + [
        "From: " + mbox(*frm),
        "To: " + addrlist([en("朱海峰")]),
        "CC: " + addrlist([en("倪俊"), en("沈建平"), ORGS["D"]["bot"]]),
        "Subject: RE: Forklift operator refresher training - Q3",
        "Thread-Topic: Forklift operator refresher training - Q3",
        "Thread-Index: AQHc9Bf0t1mQ2x8PR0aV5j3WcK7n1QAl9y3g",
        "Date: " + fmt_date(t),
        "Message-ID:\n <SEZPR03MB70129A4C2E1B3D5F7A8C0E2@SEZPR03MB7012.apcprd03.prod.outlook.com>",
        "References:\n <SEZPR03MB70125D8B1A0C2E4F6B7D9E1@SEZPR03MB7012.apcprd03.prod.outlook.com>",
        "In-Reply-To:\n <SEZPR03MB70125D8B1A0C2E4F6B7D9E1@SEZPR03MB7012.apcprd03.prod.outlook.com>",
        "Accept-Language: en-US, zh-CN",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        None,
        "MIME-Version: 1.0"]
    notes = ("A reply to a meeting invitation (the quoted Outlook header carries 'When:'/'Where:'). Mona proposes a new time and "
             "asks Nick for a list 'by Monday'; Henry's quoted invite asks for nominations 'by Friday'. This is a discussion "
             "about a meeting that has not happened, not minutes and not a reply to a recap -> kind other, no items, no "
             "follow-up.")
    return dict(eml=message(hs, alt), items=[], followup=None, notes=notes)


@case(7537, "auto-m365-ndr-undeliverable", "auto",
      "Exchange Online NDR ('Undeliverable:'), multipart/report, UTF-8 base64 HTML + delivery-status",
      "", "Microsoft 365 non-delivery report for a bot recap sent to a former employee: From postmaster, Return-Path <>, "
      "Auto-Submitted, X-MS-Exchange-Message-Is-Ndr -> auto")
def c7537():
    t = dt.datetime(2026, 7, 16, 3, 12, 45, tzinfo=dt.timezone.utc)
    bot = ORGS["D"]["bot"]
    human = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<div style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">"
             "<p style=\"color:#c00000;font-size:18px\">Your message to tom.wang@nordlyft.example.com couldn't be delivered.</p>"
             "<p><b>tom.wang</b> wasn't found at nordlyft.example.com.</p>"
             "<p>minutes.pinghu &nbsp;&nbsp; Office 365 &nbsp;&nbsp; tom.wang<br>Action Required: Recipient</p>"
             "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: "
             "retype the recipient's address, then resend the message; if you continue to get this message, contact the "
             "recipient by some other means (by phone, for example).</p>"
             "<p style=\"color:#666;font-size:12px\">Original Message Details<br>Created Date: 7/16/2026 3:12:40 AM<br>"
             "Sender Address: minutes.pinghu@nordlyft.example.com<br>Recipient Address: tom.wang@nordlyft.example.com<br>"
             "Subject: [Minutes] Recap - 5S audit follow-up (please confirm by 18:00 today)</p>"
             "<p style=\"color:#666;font-size:12px\">Error Details<br>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
             "not found by SMTP address lookup</p></div></body></html>\n")
    ds = ("Reporting-MTA: dns;SEZPR03MB7012.apcprd03.prod.outlook.com\n"
          "Received-From-MTA: dns;mx.nordlyft.example.com\n"
          "Arrival-Date: " + format_datetime(t - dt.timedelta(seconds=5)) + "\n\n"
          "Final-Recipient: rfc822;tom.wang@nordlyft.example.com\n"
          "Action: failed\n"
          "Status: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    orig = ("From: %s\n" % mbox(*bot)
            + "To: Tom Wang <tom.wang@nordlyft.example.com>\n"
            + "Subject: [Minutes] Recap - 5S audit follow-up (please confirm by 18:00 today)\n"
            + "Date: " + format_datetime(t - dt.timedelta(seconds=5)) + "\n"
            + "Message-ID: <r.20260716111240.2b7f0c4e@nordlyft.example.com>\n"
            + "Auto-Submitted: auto-generated\n"
            + "X-Auto-Response-Suppress: OOF, AutoReply\n"
            + "MIME-Version: 1.0\n"
            + "Content-Type: multipart/alternative; boundary=\"=_mb_7f0c4e\"\n")
    b = "0d9f6b2a-31c4-4e8a-b7d5-2f1e0c9a8b63"
    rep = multipart("report", b, [
        textpart("html", human, "utf-8", "base64", label="utf-8"),
        Part(["Content-Type: message/delivery-status"], ds.encode()),
        Part(["Content-Type: text/rfc822-headers"], orig.encode())], params="; report-type=delivery-status")
    hs = ["Return-Path: <>", "Delivered-To: " + bot[1]] + recv_from(
        "D", "mail-sezapc01on2119.outbound.protection.outlook.example", "40.107.255.119", t, "4ft3Vb7pKgz9nXs") + [
        "From: " + mbox("Microsoft Outlook", "postmaster@nordlyft.example.com"),
        "To: " + mbox("Minutes Bot", bot[1]),
        "Date: " + format_datetime(t),
        "Content-Language: en-US",
        None,
        "Message-ID:\n <9a3e7c10-5b2d-4f8e-a1c6-0d7b2e4f9a85@SEZPR03MB7012.apcprd03.prod.outlook.com>",
        "In-Reply-To: <r.20260716111240.2b7f0c4e@nordlyft.example.com>",
        "References: <r.20260716111240.2b7f0c4e@nordlyft.example.com>",
        "MIME-Version: 1.0",
        "Subject: Undeliverable: [Minutes] Recap - 5S audit follow-up (please confirm by 18:00 today)",
        "Auto-Submitted: auto-replied",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "X-MS-Exchange-Organization-SCL: -1"]
    notes = ("Exchange Online non-delivery report (From postmaster 'Microsoft Outlook', Return-Path <>, Auto-Submitted: "
             "auto-replied, X-MS-Exchange-Message-Is-Ndr, multipart/report delivery-status) for a bot recap sent to a former "
             "employee. The notice contains a subject with 'by 18:00 today' and dates; no person wrote it -> kind auto.")
    return dict(eml=message(hs, rep), items=[], followup=None, notes=notes)


@case(7538, "fives-audit-followup-outlook-mac-plain", "minutes",
      "Outlook for Mac (en), UTF-8 quoted-printable, multipart/alternative",
      "", "plain, common English notes: 'Name: task - by …' lines; by next Friday / Jul 29 / by Monday; a team owner with no "
      "date (Maintenance team -> no_owner + no_due); 'Next 5S walk: Thursday 30 July, 14:00'")
def c7538():
    t = T("2026-07-23 16:10:05")
    frm = en("沈建平")
    blocks = ["Hi all,", "",
              "Notes from today's 5S audit follow-up walk (assembly hall, bays B and C). Overall score 3.4/5, up from 2.9 in June.", "",
              "Actions:",
              "- Nick: fix the floor markings in bay C - by next Friday",
              "- Henry: re-audit areas B and C with the new checklist - Jul 29",
              "- Joyce: order 20 shadow boards for the tool stations - by Monday",
              "- Maintenance team: repair dock door #3 (doesn't close fully)", "",
              "Next 5S walk: Thursday 30 July, 14:00.", "",
              "Thanks,", "Jason"]
    b = "B_3867725405_1907584312"
    alt = multipart("alternative", b, [
        textpart("plain", text_of(blocks), "utf-8", "quoted-printable", label="UTF-8"),
        textpart("html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Aptos,sans-serif;font-size:12pt">%s</div></body></html>\n' % html_lines(blocks),
                 "utf-8", "quoted-printable", label="UTF-8")],
        preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                 "this format, some or all of this message may not be legible.")
    hs = ["Return-Path: <%s>" % frm[1], "Delivered-To: " + ORGS["D"]["bot"][1]] + recv_from(
        "D", "mail-sezapc01on2094.outbound.protection.outlook.example", "40.107.255.94", t, "4fw6Hc0sMdz1pTq") + [
        "User-Agent: Microsoft-MacOutlook/16.99.26071214",
        "Date: " + fmt_date(t),
        "Subject: 5S audit follow-up - notes & actions",
        "From: " + mbox(*frm),
        "To: " + addrlist([en("倪俊"), en("朱海峰"), en("姚佳"), en("徐乐")]),
        "CC: " + addrlist([en("Erik Lindqvist"), ORGS["D"]["bot"]]),
        "Message-ID: <5C8E1F3A-2D7B-4A96-B0E4-9F6C3A1D7E52@nordlyft.example.com>",
        "Thread-Topic: 5S audit follow-up - notes & actions",
        "Mime-version: 1.0", None]
    items = [
        item("倪俊", "fix the floor markings in bay C", NEXT(4), "2026-07-31"),
        item("朱海峰", "re-audit areas B and C with the new checklist", ABS("2026-07-29"), "2026-07-29"),
        item("姚佳", "order 20 shadow boards for the tool stations", WD(0), "2026-07-27"),
        item(Unit("Maintenance"), "repair dock door #3 (doesn't close fully)", NODUE),
    ]
    fu = follow(AT(ABS("2026-07-30"), "14:00"), "2026-07-30", "14:00")
    notes = ("Plain English notes, sent Thu 2026-07-23 16:10 (Outlook for Mac). Nick = 倪俊: 'by next Friday' -> Friday of next "
             "week 2026-07-31 (dates-eval convention for next + weekday). Henry = 朱海峰: 'Jul 29' -> 2026-07-29. Joyce = 姚佳: "
             "'by Monday' -> 2026-07-27. 'Maintenance team' names a team (the roster department Maintenance) and no date -> "
             "no_owner + no_due, department Maintenance. The score line is a fact. 'Next 5S walk: Thursday 30 July, 14:00' -> "
             "2026-07-30 14:00.")
    return dict(eml=message(hs, alt), items=items, followup=fu, notes=notes)


# ===== END OF CASES =====


# --------------------------------------------------------------------------------------
# Writing, README, check
# --------------------------------------------------------------------------------------
def build_all():
    out = []
    for c in sorted(CASES, key=lambda c: c["num"]):
        r = c["fn"]()
        c = dict(c)
        c.update(r)
        c["gold"] = gold_of(c["kind"], r.get("items", []), r.get("followup"), r["notes"])
        c["base"] = "%d-%s" % (c["num"], c["slug"])
        out.append(c)
    return out


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("name,email,department,manager_email,aliases\n")
        for r in ROSTER_ROWS:
            f.write(",".join(r) + "\n")


def gold_summary(g):
    if g["kind"] != "minutes":
        return "no items"
    n = len(g["items"])
    parts = ["%d item%s" % (n, "s" if n != 1 else "")]
    fl = {}
    for it in g["items"]:
        for f in it["flags"]:
            fl[f] = fl.get(f, 0) + 1
    if fl:
        parts.append(", ".join("%s×%d" % (k, v) for k, v in sorted(fl.items())))
    fu = g["next_followup"]
    parts.append("next %s%s" % (fu["date"], " " + fu["time"] if fu["time"] else "") if fu else "no next")
    return "; ".join(parts)


def write_all():
    cases = build_all()
    for c in cases:
        with open(os.path.join(HERE, c["base"] + ".eml"), "wb") as f:
            f.write(c["eml"])
        with open(os.path.join(HERE, c["base"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c["gold"], f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("wrote %d cases: %s" % (len(cases), kinds))


# ---- check ---------------------------------------------------------------------------
def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)


def norm(s):
    return re.sub(r"\s+", "", s)


def check():
    problems = []
    cases = build_all()
    nums = [c["num"] for c in cases]
    if nums != list(range(7501, 7539)):
        problems.append("case numbers are not 7501..7538: %s" % nums)
    bots = {o["bot"][1] for o in ORGS.values()}
    roster_emails = {p["email"] for p in ROSTER.values()}
    for c in cases:
        tag = c["base"]
        ep = os.path.join(HERE, tag + ".eml")
        jp = os.path.join(HERE, tag + ".json")
        if not (os.path.exists(ep) and os.path.exists(jp)):
            problems.append("%s: missing files" % tag)
            continue
        raw = open(ep, "rb").read()
        if raw != c["eml"]:
            problems.append("%s: .eml on disk differs from the generator output" % tag)
        gold = json.load(open(jp, encoding="utf-8"))
        if gold != c["gold"]:
            problems.append("%s: .json on disk differs from the generator output" % tag)
        # headers: ASCII only, line length
        head = raw.split(b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            problems.append("%s: non-ASCII bytes in the top-level header" % tag)
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                problems.append("%s: line longer than 998 octets" % tag)
                break
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts, bodies = [], []
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects in %s: %r" % (tag, part.get_content_type(), part.defects))
            for k in part.keys():
                try:
                    hv = part[k]
                    if getattr(hv, "defects", None):
                        problems.append("%s: header %s defects %r" % (tag, k, hv.defects))
                except Exception as e:  # noqa
                    problems.append("%s: header %s unparsable: %s" % (tag, k, e))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if part.get_content_maintype() == "text":
                try:
                    t = part.get_content()
                except Exception as e:
                    problems.append("%s: %s does not decode: %s" % (tag, ct, e))
                    continue
                if "\ufffd" in t:
                    problems.append("%s: %s decodes with replacement characters" % (tag, ct))
                cs = part.get_content_charset()
                if cs:
                    try:
                        part.get_payload(decode=True).decode(CODEC.get(cs.lower(), cs))
                    except Exception as e:
                        problems.append("%s: %s not valid %s (%s)" % (tag, ct, cs, e))
                texts.append(html_to_text(t) if ct == "text/html" else t)
                if ct in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
                    bodies.append(norm(texts[-1]))
            elif ct.endswith("wordprocessingml.document"):
                texts.append(docx_text(part.get_payload(decode=True)))
            elif ct == "application/pdf":
                texts.append(pdf_text(part.get_payload(decode=True)))
            elif ct in ("message/rfc822",):
                pass
        alltext = norm("\n".join(texts))
        for h in ("Date", "From", "Message-ID", "MIME-Version", "Return-Path", "Delivered-To", "Received"):
            if msg[h] is None:
                problems.append("%s: no %s header" % (tag, h))
        if str(msg["Delivered-To"]) not in bots:
            problems.append("%s: Delivered-To is not a bot address" % tag)
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            problems.append("%s: send date %s outside Apr-Jul 2026" % (tag, sent))
        hdr_addrs = set()
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in (msg.get_all(h) or []):
                for ad in a.addresses:
                    hdr_addrs.add(ad.addr_spec.lower())
        # gold schema
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            problems.append("%s: gold keys %s" % (tag, sorted(gold)))
        if gold["kind"] != c["kind"] or gold["reply"] is not None or not gold["notes"]:
            problems.append("%s: kind/reply/notes" % tag)
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            problems.append("%s: non-minutes with items or follow-up" % tag)
        if gold["kind"] == "minutes" and not gold["items"]:
            problems.append("%s: minutes without items (intended?)" % tag)
        for i, (it, g) in enumerate(zip(c.get("items", []), gold["items"]), 1):
            if set(g) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                problems.append("%s #%d: item keys" % (tag, i))
            if not set(g["flags"]) <= {"no_owner", "vague_due", "no_due"}:
                problems.append("%s #%d: flags" % (tag, i))
            d, tm = resolve(it["spec"], sent)
            if (d, tm) != (g["due_date"], g["due_time"]):
                problems.append("%s #%d: gold due %s %s but Date header gives %s %s (%r)"
                                % (tag, i, g["due_date"], g["due_time"], d, tm, it["spec"]))
            if d:
                dd = dt.date.fromisoformat(d)
                if dd.year != 2026:
                    problems.append("%s #%d: due outside 2026" % (tag, i))
            if g["owner_email"] and g["owner_email"] not in roster_emails and g["owner_email"].lower() not in hdr_addrs:
                problems.append("%s #%d: owner email %s neither in roster nor in headers" % (tag, i, g["owner_email"]))
            if g["owner_name"] is None and "no_owner" not in g["flags"]:
                problems.append("%s #%d: no owner but no flag" % (tag, i))
            if norm(it["anchor"]) not in alltext:
                problems.append("%s #%d: anchor %r not found in the message text" % (tag, i, it["anchor"]))
            inb = [norm(it["anchor"]) in bt for bt in bodies]
            if any(inb) and not all(inb):
                problems.append("%s #%d: anchor %r in one body alternative but not the other" % (tag, i, it["anchor"]))
        fu = c.get("followup")
        if fu:
            d, tm = resolve(fu["spec"], sent)
            if (d, tm) != (gold["next_followup"]["date"], gold["next_followup"]["time"]):
                problems.append("%s: follow-up gold %s but Date header gives %s %s"
                                % (tag, gold["next_followup"], d, tm))
            if "anchor" in fu and norm(fu["anchor"]) not in alltext:
                problems.append("%s: follow-up anchor %r not found" % (tag, fu["anchor"]))
        for a in c.get("absent", []):       # strings that must be present (non-item noise the case relies on)
            if norm(a) not in alltext:
                problems.append("%s: expected text %r not found" % (tag, a))
    # roster file
    rp = os.path.join(HERE, "roster.csv")
    import csv
    with open(rp, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if [r["name"] for r in rows] != [r[0] for r in ROSTER_ROWS]:
        problems.append("roster.csv out of date")
    for r in rows:
        if r["manager_email"] and r["manager_email"] not in roster_emails:
            problems.append("roster: manager %s of %s not in roster" % (r["manager_email"], r["name"]))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d cases: %s" % (len(cases), "OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


def readme(cases):
    return README_HEAD + "\n".join(
        "| %s | %s | %s | %s | %s |" % (c["base"], c["kind"], c["client"], gold_summary(c["gold"]), c["tests"])
        for c in cases) + "\n"


README_HEAD = """# Blind held-out set "heldout47" (cases 7501-7538)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with its Return-Path / Delivered-To /
Received) and their gold answers (`NNNN-slug.json`), the roster (`roster.csv`) and the generator
(`make_heldout47.py`). Counts: **minutes 32, other 3, auto 3** (no replies). All send dates are April-July 2026.

    /work/blind/venv/bin/python make_heldout47.py           # rewrite everything (deterministic: no clock, no randomness)
    /work/blind/venv/bin/python make_heldout47.py --check   # re-parse every .eml with email.policy.default (no defects,
                                                            # every text part and attachment decodes), recompute every
                                                            # gold date from the message's own Date header in
                                                            # Asia/Shanghai with chinesecalendar, check owners/anchors

The gold follows the corpus README schema exactly (flat item fields, `next_followup` `{date, time}` or null, `reply`
null, `notes`). Every case's `notes` gives the send day and the reasoning; debatable calls are marked AMBIGUOUS.

## Organisations (all invented; one roster.csv covers all four)

| org | what | domain | bot address (in To/Cc, = Delivered-To) | writers' clients |
| --- | --- | --- | --- | --- |
| A | 国家税务总局商丘市税务局 - prefecture-level tax bureau in Shangqiu (科室 + 梁园区税务局 as units) | sqtax.example.gov.cn | 纪要助手 <jiyao@sqtax.example.gov.cn> | Coremail webmail (GBK / UTF-8), Foxmail, Outlook zh-CN |
| B | 重庆璧驰摩托车制造有限公司 - private motorcycle maker in Bishan, Chongqing | bichimoto.example.cn | 纪要机器人 <minutes@bichimoto.example.cn> | Foxmail, Tencent Exmail/QQ, WeCom mail, DingTalk mail, NetEase Mail Master, Outlook en; supplier on 126 webmail |
| C | 厦门毛岛宠物食品科技有限公司 (PawIsle) - cross-border pet-food brand, Xiamen | pawisle.example.com | 会议纪要助手 <minutebot@pawisle.example.com> | Feishu/Lark mail, Gmail web and app, Apple Mail, iPhone, WeCom mail |
| D | 诺德力物料搬运设备（平湖）有限公司 / Nordlyft Material Handling (Pinghu) - Swedish-owned forklift plant; Swedish and Chinese staff write English | nordlyft.example.com | Minutes Bot <minutes.pinghu@nordlyft.example.com> | Outlook 365 en/zh-CN, Outlook on the web, Outlook for Mac, Thunderbird, Apple Mail |

Outsiders who write (listed in the roster with an empty department): 陈卫东 (重庆渝兴轮毂, B's wheel supplier, writes from
126 webmail), Olivia Grant (Harbourside Pet Supply, C's Australian distributor), 張志豪 (詠昌液壓, D's Taiwanese valve
supplier, writes big5), Magnus Ek (Nordlyft AB HQ in Växjö). Other outsiders appear only as owners and are resolved from
To/Cc display names (Carlos Rojas / Andrés Mejía of Motos Andinas, Colombia; Sam Whitfield; 孔令军; 杨建新; 林佩君) or,
when they are in no header, get owner_email null (杨建新 in 7519, Petr Novák in 7534).

Each organisation runs its own bot; the scorer should run the parser with this single `roster.csv`. Department names
are the roster's: Chinese for A-C, English for D (Production, Quality, Engineering, Supply Chain, EHS, HR, Finance,
Maintenance, Management). Roster aliases carry titles and role words (翟科长, 时局, 王工, 钱老师, 张总, 仓储主管, 庄工),
English names (Jason Shen, Celine Cao), pinyin (Zhang Yongfu, Mu Hongmei), traditional spellings (陸曉峰) and @handles
(@nick.ni).

Holidays used (chinesecalendar 2026): Qingming 04-04..04-06 (no make-up day); Labour Day 05-01..05-05 with the
make-up working day Sat 05-09; Dragon Boat 06-19..06-21 (no make-up day).

## Conventions applied beyond the corpus README (a scorer must know these)

- **Reference time**: the Date header converted to Asia/Shanghai, whatever zone it was written in (7520 +1000 Friday =
  Thursday in Shanghai; 7529 +0000 Tuesday evening = Wednesday in Shanghai; 7537 +0000). Working-day counts start on the
  day after that Shanghai date.
- **Next-meeting times written in another zone** (CEST, AEST, Bogotá) are converted to Asia/Shanghai; where the text also
  gives the Beijing time the two agree. A next meeting with a date but '时间另行通知' / 'time to be confirmed' -> that date
  with time null; a period only ('5月中旬', '7月底，时间另约', '8月初', '试产完成后再约', '时间待定') -> null.
- **'下周X同一时间' / 'same time'** -> the start time of the meeting as stated in the same minutes (7524).
- **N小时内** -> send instant + N hours, due_time HH:MM (seconds dropped). Explicit clock times (中午12点前, 下午3点前,
  tomorrow 12:00) give due_time; 下班前 / EOD give the date only.
- **Holiday-relative**: '节后第一个工作日' / 'first working day after the holiday' -> first working day after that holiday
  block; 'before the holiday' -> the last working day before the block (dates-eval's 国庆节前 rule).
- **Period ends**: 本月底 / 月底前 / X月底前 / end of month / end of July -> the last calendar day of that month even on a
  weekend (2026-05-31 is a Sunday); 季度末 -> last day of the calendar quarter. 'X月下旬' / 'X月中旬' -> vague_due (a
  period, as the corpus treats 11月中旬).
- **English weekdays**: 'by Friday' / 'by Wed' / 'by Monday' = bare weekday (this week's if not past, else next week's);
  'next Monday', 'next Wednesday', 'by next Friday', 'by Friday next week' = that day of the next calendar week (下周X).
  TBD / TBC / ASAP -> vague_due.
- **A date written on a holiday** ('5月5日前' in a plant working through Labour Day) is kept as written.
- **A date inside a condition or inside the task** is not the due ('escalate if later than 17 Apr - by Monday' -> Monday;
  '如渝兴无法按新日期交付，启动备选供应商询价' -> no_due; '要求其节后第一个工作日到厂' inside a task due 今天下班前).
- **Owners**: role/title prefixes name the person ('仓储主管韦志远', '品控部庄工', '财务部付经理', '研发中心（王工牵头，敖天宇配合）',
  'Karin Sjöberg (Erik Lindqvist support)'); '我' = the sender; in minutes written by a supplier, '我方（公司）' = the From
  person (corpus rule for a customer's own item); 'Site (Name): task' -> Name. One task for 'A/B' -> one item per owner.
- **Unit owners**: '客服部负责', 'Maintenance team', 'EHS', '贵司采购部', '营销中心' -> owner null + no_owner, department =
  the roster department when the unit is the organisation's own (English name for D), else null.
- **Seed tracking tables**: in 跨部门协作事项跟踪表 the owner is 责任人（发起方）; 责任人（协作方） is support; due =
  计划完成时间 (a 延期 row uses the current plan date); 已完成 / Closed / [x] rows are skipped. In 外部沟通跟进表 each
  ①②③ with its own person is owned by that person; the row 负责人 owns only the ones that name nobody. A
  问题协调解决记录表 row followed by a 会后待办 list: the items are the 待办 lines (7509).
- **AI-generated minutes** (飞书智能纪要, 钉钉AI听记, 腾讯会议智能纪要): only the 待办 section; summaries and chapters are
  never items, even when they name people and dates. A forwarder's correction that is already applied in the forwarded
  待办 line is taken as written (7519).
- **Forwarded minutes**: every item of the forwarded minutes is kept, also for people at other sites, even when the
  forwarder says only some are 'ours' (AMBIGUOUS, 7534); a meeting mentioned only in the preface is not next_followup.
- **Attachments**: when the minutes are in a .docx or PDF, the gold is what a person reading the attachment records; the
  short body's own requests ('let me know of corrections by Thursday') are not items.
- **Task text** keeps the writer's language and script (traditional Chinese in 7531, English in D); scorers match loosely.
- **kind**: a newsletter written by a colleague to an all-staff group, without List-Id/Precedence/Auto-Submitted, is
  `other` (7523); a person discussing an invitation is `other` (7536); bounces and vacation replies are `auto`.

## Client and encoding notes

- Line endings in the stored files are LF. Base64 bodies from Windows clients (Outlook, Foxmail, Exmail) encode CRLF
  inside; Coremail, DingTalk, Gmail and Feishu bodies encode LF.
- Charsets: UTF-8, GBK (Coremail, Foxmail, 126), gb2312 label (Foxmail 7502, Outlook 7503), gb18030 (Exmail 7510), big5
  (Outlook zh-TW 7531). Transfer encodings: base64, quoted-printable (Outlook, Apple Mail, iPhone, Feishu, Gmail), 8bit
  (Thunderbird 7530) and 7bit.
- Structures: text-only (7521, 7530, 7533), HTML-only (7505, 7509, 7517), multipart/alternative, multipart/mixed with a
  .docx (7502, 7535; minimal OOXML zip with fixed timestamps) or a PDF (7514; reportlab `invariant=1`, STSong-Light CID
  font, text extractable with pypdf), multipart/report (7507, 7537).
- Encoded words in display names are never put inside quotes and attachment names use RFC 2231, so that
  `email.policy.default` reports no defects (real Foxmail/Coremail often quote them; that variant is left out on purpose).
- Quote headers used: Coremail '在 2026-06-10 08:47:19，"鲁晨" <…> 写道：' with '>' lines (7504), Gmail zh
  'X <a@b> 于2026年6月18日周四 18:05写道：' (7524), Apple Mail '开始转发的邮件：' / 'Begin forwarded message:' (7519, 7534),
  Outlook en 'From: / Sent: / When: / Where:' (7536).

## Cases

| case | kind | client / encoding | gold summary | what it tests |
| --- | --- | --- | --- | --- |
"""

if __name__ == "__main__":
    HERE = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)   # (an OUTDIR: added when the set joined the tests)
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
    sys.exit(check())
