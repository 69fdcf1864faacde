#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout44" (cases 7201-7238).

Deterministic: no clock, no randomness. Every id, boundary and timestamp is derived
from the case number. Run:
    python make_heldout44.py            # (re)write every .eml/.json, roster.csv, README.md
    python make_heldout44.py --check    # re-parse and re-verify everything on disk
Needs: chinesecalendar, python-docx, reportlab, pypdf (the venv /work/blind/venv has them).
"""
import base64
import csv
import hashlib
import io
import json
import os
import quopri
import re
import sys
import zipfile
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SH = ZoneInfo("Asia/Shanghai")
CST = timezone(timedelta(hours=8))
UTC = timezone.utc
CEST = timezone(timedelta(hours=2))

# --------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------
ORGS = {
    "rj": dict(name="瑞金市教育局", en="Ruijin Municipal Education Bureau (Ganzhou, Jiangxi)",
               domain="rjjyj.example.gov.cn", kind="county-level government office",
               bot=("纪要助手", "jiyao@rjjyj.example.gov.cn")),
    "hf": dict(name="新乡市禾丰速冻食品有限公司", en="Hefeng Frozen Foods (Xinxiang, Henan)",
               domain="hefengfood.example.cn", kind="private manufacturer (frozen dumplings)",
               bot=("纪要机器人", "minutes@hefengfood.example.cn")),
    "lx": dict(name="北京律衡科技有限公司", en="LexHeng Technology (Haidian, Beijing)",
               domain="lexheng.example.cn", kind="legal-tech start-up (internet/services)",
               bot=("Minutebot", "minutebot@lexheng.example.cn")),
    "os": dict(name="橄榄阳光（漳州）贸易有限公司", en="Oliva Sol Trading (Zhangzhou) Co., Ltd.",
               domain="olivasol.example.cn", kind="Spanish-owned olive-oil importer (foreign-invested)",
               bot=("Minutes Bot", "minutes@olivasol.example.cn")),
}

# key: (name, email, department, manager_key, aliases, org)
_P = [
    # 瑞金市教育局
    ("zhongwenhua", "钟文华", "zhongwenhua@rjjyj.example.gov.cn", "局领导", None, "钟局;钟局长;钟文华局长", "rj"),
    ("laichunsheng", "赖春生", "laichunsheng@rjjyj.example.gov.cn", "局领导", "zhongwenhua", "赖局;赖副局长", "rj"),
    ("liuhuimin", "刘慧敏", "liuhuimin@rjjyj.example.gov.cn", "办公室", "laichunsheng", "刘主任;慧敏", "rj"),
    ("xieyuting", "谢雨婷", "xieyuting@rjjyj.example.gov.cn", "办公室", "liuhuimin", "小谢", "rj"),
    ("yangjianjun", "杨建军", "yangjianjun@rjjyj.example.gov.cn", "基础教育股", "laichunsheng", "杨股长;杨股", "rj"),
    ("huangliping", "黄丽萍", "huangliping@rjjyj.example.gov.cn", "基础教育股", "yangjianjun", "小黄;丽萍", "rj"),
    ("zengdeming", "曾德明", "zengdeming@rjjyj.example.gov.cn", "计划财务股", "laichunsheng", "曾股长", "rj"),
    ("wenyue", "温玥", "wenyue@rjjyj.example.gov.cn", "计划财务股", "zengdeming", "小温", "rj"),
    ("zhuguoqing", "朱国庆", "zhuguoqing@rjjyj.example.gov.cn", "安全稳定股", "laichunsheng", "朱股长", "rj"),
    ("qiuhaibo", "邱海波", "qiuhaibo@rjjyj.example.gov.cn", "后勤装备股", "laichunsheng", "邱股长", "rj"),
    ("chenminghui", "陈明辉", "chenminghui@rjjyj.example.gov.cn", "教研室", "laichunsheng", "陈主任", "rj"),
    ("qianxiulan", "钱秀兰", "qianxiulan@rjjyj.example.gov.cn", "教研室", "chenminghui", "钱老师", "rj"),
    ("yanguifang", "严桂芳", "yanguifang@rjjyj.example.gov.cn", "人事股", "laichunsheng", "严股长", "rj"),
    ("yemingliang", "叶明亮", "ye_mingliang@163.example.com", "", None, "叶校长", "rj-ext"),
    # 禾丰速冻食品
    ("niujianguo", "牛建国", "niujianguo@hefengfood.example.cn", "总经办", None, "牛总;Niu Jianguo", "hf"),
    ("songjia", "宋佳", "songjia@hefengfood.example.cn", "总经办", "niujianguo", "小宋", "hf"),
    ("houzhenyu", "侯振宇", "houzhenyu@hefengfood.example.cn", "生产部", "niujianguo", "侯经理", "hf"),
    ("shenxiaodong", "申晓东", "shenxiaodong@hefengfood.example.cn", "生产部", "houzhenyu", "申主任", "hf"),
    ("gaolijuan", "郜丽娟", "gaolijuan@hefengfood.example.cn", "品控部", "niujianguo", "郜经理;郜姐", "hf"),
    ("wangdesheng", "王德胜", "wangdesheng@hefengfood.example.cn", "设备部", "niujianguo", "王工;老王", "hf"),
    ("zhaochong", "赵翀", "zhaochong@hefengfood.example.cn", "设备部", "wangdesheng", "小赵", "hf"),
    ("changqiuju", "常秋菊", "changqiuju@hefengfood.example.cn", "采购部", "niujianguo", "常经理", "hf"),
    ("mengfanchao", "孟凡超", "mengfanchao@hefengfood.example.cn", "仓储物流部", "niujianguo", "孟主管;仓储主管", "hf"),
    ("shiguodong", "史国栋", "shiguodong@hefengfood.example.cn", "销售部", "niujianguo", "史总", "hf"),
    ("jiasiyu", "贾思雨", "jiasiyu@hefengfood.example.cn", "销售部", "shiguodong", "小贾", "hf"),
    ("fanwenjing", "范文静", "fanwenjing@hefengfood.example.cn", "研发中心", "niujianguo", "范工", "hf"),
    ("qinxiaoyan", "秦晓燕", "qinxiaoyan@hefengfood.example.cn", "财务部", "niujianguo", "秦会计", "hf"),
    # 律衡科技
    ("shenyiming", "沈一鸣", "shenyiming@lexheng.example.cn", "总裁办", None, "沈总;Yiming;一鸣", "lx"),
    ("lukexin", "陆可欣", "lukexin@lexheng.example.cn", "产品部", "shenyiming", "可欣;Kexin", "lx"),
    ("hejun", "何俊", "hejun@lexheng.example.cn", "产品部", "lukexin", "Jun He;俊哥", "lx"),
    ("weizihan", "魏子涵", "weizihan@lexheng.example.cn", "研发部", "shenyiming", "子涵;Zihan", "lx"),
    ("denghao", "邓浩", "denghao@lexheng.example.cn", "研发部", "weizihan", "浩子;Hao Deng", "lx"),
    ("xunuo", "许诺", "xunuo@lexheng.example.cn", "算法组", "weizihan", "诺诺;Nuo", "lx"),
    ("tangyue", "唐悦", "tangyue@lexheng.example.cn", "客户成功部", "fangzhiqiang", "唐经理;Yue Tang", "lx"),
    ("fangzhiqiang", "方志强", "fangzhiqiang@lexheng.example.cn", "客户成功部", "shenyiming", "方总;老方", "lx"),
    ("chengxue", "程雪", "chengxue@lexheng.example.cn", "法务合规部", "shenyiming", "程律;Xue Cheng", "lx"),
    ("bailu", "白露", "bailu@lexheng.example.cn", "市场部", "shenyiming", "Lulu", "lx"),
    ("handong", "韩东", "handong@lexheng.example.cn", "销售部", "shenyiming", "东哥", "lx"),
    ("qilei", "齐磊", "qilei@jiaxinlaw.example.com", "", None, "齐工", "lx-ext"),
    # Oliva Sol (Zhangzhou)
    ("javier", "Javier Moreno", "javier.moreno@olivasol.example.cn", "Management", None, "Javier;JM;莫总", "os"),
    ("lucia", "Lucía Fernández", "lucia.fernandez@olivasol.example.cn", "Supply Chain", "javier", "Lucía;Lucia;Lucia Fernandez", "os"),
    ("ben", "Ben Zhuang", "ben.zhuang@olivasol.example.cn", "Supply Chain", "lucia", "Ben;庄文斌", "os"),
    ("kevin", "Kevin Cai", "kevin.cai@olivasol.example.cn", "Customs & Compliance", "javier", "Kevin;蔡志明;蔡工", "os"),
    ("maggie", "Maggie Guo", "maggie.guo@olivasol.example.cn", "Finance", "javier", "Maggie;郭美玲", "os"),
    ("vivian", "Vivian Lin", "vivian.lin@olivasol.example.cn", "Sales", "javier", "Vivian;林曉薇;林晓薇", "os"),
    ("pablo", "Pablo Ruiz", "pablo.ruiz@olivasol.example.cn", "Marketing", "javier", "Pablo", "os"),
    ("tina", "Tina Su", "tina.su@olivasol.example.cn", "Quality", "javier", "Tina;苏婷", "os"),
    ("carmen", "Carmen Ortega", "carmen.ortega@sierrasur.example.es", "", None, "Carmen", "os-ext"),
    ("diego", "Diego Navarro", "diego.navarro@sierrasur.example.es", "", None, "Diego", "os-ext"),
]
PEOPLE = {}
for _k, _n, _e, _d, _m, _a, _o in _P:
    PEOPLE[_k] = dict(key=_k, name=_n, email=_e, dept=_d or None, manager=_m, aliases=_a, org=_o)


class Ext:
    """A person outside the roster, resolvable from a From/To/Cc display name."""
    def __init__(self, name, email):
        self.name, self.email = name, email


# Outsiders who do not write to the bot (so not in the roster) but own items or get mail.
LISHENG = Ext("李昇", "lisheng@yubeimianye.example.cn")          # 豫北面业 (flour supplier)
ZHOUQIAN = Ext("周倩", "zhouqian@xianhuiduo.example.com")        # 鲜惠多超市 (customer)
KONGLY = Ext("孔令仪", "konglingyi@jiaxinlaw.example.com")       # 嘉信律师事务所 partner
ANOUK = Ext("Anouk de Vries", "anouk.devries@vandijk-forwarding.example.nl")  # forwarder


def who(k):
    """(display name, email) for a roster key or an Ext."""
    if isinstance(k, Ext):
        return (k.name, k.email)
    p = PEOPLE[k]
    return (p["name"], p["email"])


def bot(org):
    return ORGS[org]["bot"]


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for p in PEOPLE.values():
            mgr = PEOPLE[p["manager"]]["email"] if p["manager"] else ""
            w.writerow([p["name"], p["email"], p["dept"] or "", mgr, p["aliases"]])


# --------------------------------------------------------------------------------------------
# Date rules (the gold is recomputed from these and the message's own Date header)
# --------------------------------------------------------------------------------------------
def is_work(d):
    return chinese_calendar.is_workday(d)


def holiday_name(d):
    on, name = chinese_calendar.get_holiday_detail(d)
    return name if (on and not is_work(d)) else None


def holiday_block(d0, name):
    """First and last day of the first holiday block called `name` that ends on/after d0."""
    d = d0
    for _ in range(400):
        if holiday_name(d) == name:
            start = d
            while holiday_name(start - timedelta(1)) == name:
                start -= timedelta(1)
            end = d
            while holiday_name(end + timedelta(1)) == name:
                end += timedelta(1)
            return start, end
        d += timedelta(1)
    raise ValueError("no holiday block %s after %s" % (name, d0))


HOL = {"清明": "Tomb-sweeping Day", "劳动节": "Labour Day", "端午": "Dragon Boat Festival"}


def resolve(rule, sent):
    """rule -> (date or None, 'HH:MM' or None). `sent` is an aware datetime in Asia/Shanghai."""
    d = sent.date()
    kind = rule[0]
    if kind == "abs":                       # ('abs', 'YYYY-MM-DD'[, weekday-written])
        r = date.fromisoformat(rule[1])
        if len(rule) > 2 and rule[2] is not None:
            assert r.weekday() == rule[2], ("written weekday does not match", rule)
        return r, None
    if kind == "today":
        return d, None
    if kind == "tomorrow":
        return d + timedelta(1), None
    if kind == "dayafter":
        return d + timedelta(2), None
    if kind == "wd":                        # N个工作日内: count from the day after sending
        n, r = rule[1], d
        while n:
            r += timedelta(1)
            if is_work(r):
                n -= 1
        return r, None
    if kind == "bare":                      # bare weekday: this week's if not past, else next week's
        k = rule[1]
        mon = d - timedelta(d.weekday())
        r = mon + timedelta(k)
        if r < d:
            r += timedelta(7)
        return r, None
    if kind == "this":                      # 本周X: must not be past
        k = rule[1]
        r = d - timedelta(d.weekday()) + timedelta(k)
        assert r >= d, ("本周X already past", rule, d)
        return r, None
    if kind == "next":                      # 下周X / next Monday: the following calendar week
        k = rule[1]
        return d - timedelta(d.weekday()) + timedelta(7 + k), None
    if kind == "monthend":                  # 本月底 / 月底 / end of month
        m = rule[1] if len(rule) > 1 else d.month
        nxt = date(d.year + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(1), None
    if kind == "qend":                      # 季度末
        qm = ((d.month - 1) // 3 + 1) * 3
        nxt = date(d.year + (qm == 12), qm % 12 + 1, 1)
        return nxt - timedelta(1), None
    if kind == "after_hol":                 # 节后第一个工作日
        _, end = holiday_block(d, HOL[rule[1]])
        r = end + timedelta(1)
        while not is_work(r):
            r += timedelta(1)
        return r, None
    if kind == "before_hol":                # 五一前 / 端午节前 / 节前最后一个工作日
        start, _ = holiday_block(d, HOL[rule[1]])
        r = start - timedelta(1)
        while not is_work(r):
            r -= timedelta(1)
        assert r >= d
        return r, None
    if kind == "hours":                     # N小时内, from the Date header instant
        t = sent + timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


def due(rule, sent, tm=None):
    r, t = resolve(rule, sent)
    return r, (t or tm)


# --------------------------------------------------------------------------------------------
# Deterministic ids
# --------------------------------------------------------------------------------------------
def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def dnum(seed, n):
    return "".join(str(int(ch, 16) % 10) for ch in hx(seed, n))


def uuid_(seed, upper=False):
    h = hx(seed, 32)
    u = "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return u.upper() if upper else u


# --------------------------------------------------------------------------------------------
# RFC 2047 and addresses
# --------------------------------------------------------------------------------------------
def _qword(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(text, label="utf-8", codec=None, enc="B", maxlen=75):
    """Encoded words for `text` (never splitting a character), each at most maxlen long."""
    codec = codec or label

    def make(s):
        b = s.encode(codec)
        p = base64.b64encode(b).decode() if enc == "B" else _qword(b)
        return "=?%s?%s?%s?=" % (label, enc, p)
    words, cur = [], ""
    for ch in text:
        if cur and len(make(cur + ch)) > maxlen:
            words.append(make(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(make(cur))
    return words


def subj(text, label="utf-8", codec=None, enc="B", keep_prefix=True, fold="\n "):
    """Subject header value. ASCII stays as is; a leading ASCII 'Re: '/'Fwd: ' may stay plain."""
    if text.isascii():
        return text
    m = re.match(r"^((?:(?:Re|RE|Fwd|FW|Fw|AW):\s*)+)(.*)$", text) if keep_prefix else None
    if m:
        return m.group(1) + fold.join(ew(m.group(2), label, codec, enc))
    return fold.join(ew(text, label, codec, enc))


def mbox(name, email, label="utf-8", codec=None, enc="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if name.isascii():
        if quote or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(ew(name, label, codec, enc)), email)


def alist(pairs, sep=",\n\t", **kw):
    return sep.join(mbox(n, e, **kw) for n, e in pairs)


# --------------------------------------------------------------------------------------------
# MIME tree and serialisation
# --------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers, self.body, self.parts = list(headers), body, parts
        self.boundary, self.preamble, self.epilogue = boundary, preamble, epilogue


def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "".join(s[i:i + width] + "\n" for i in range(0, len(s), width))


def qp(data):
    if not data.endswith(b"\n"):
        data += b"\n"
    return quopri.encodestring(data).decode("ascii")


def leaf(ctype, text, label="utf-8", codec=None, cte="base64", quoted=True, extra=(),
         cte_first=False, params=""):
    codec = codec or label
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(codec)
    if cte == "base64":
        body = b64lines(data).encode()
    elif cte == "quoted-printable":
        body = qp(data).encode()
    else:
        body = data
    cs = 'charset="%s"' % label if quoted else "charset=%s" % label
    ct = ("Content-Type", "%s; %s%s" % (ctype, cs, params))
    te = ("Content-Transfer-Encoding", cte)
    hs = [te, ct] if cte_first else [ct, te]
    return Part(hs + list(extra), body=body)


def binpart(ctype_value, disp_value, data, extra=()):
    return Part([("Content-Type", ctype_value), ("Content-Transfer-Encoding", "base64")]
                + list(extra) + [("Content-Disposition", disp_value)], body=b64lines(data).encode())


def multi(subtype, parts, boundary, preamble=None, params="", style="tab"):
    sep = ";\n\t" if style == "tab" else "; "
    ct = 'multipart/%s%sboundary="%s"%s' % (subtype, sep, boundary, params)
    return Part([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble)


def _hdrs(hs):
    out = []
    for k, v in hs:
        line = "%s: %s\n" % (k, v)
        assert line.isascii(), (k, v)
        out.append(line)
    return "".join(out).encode("ascii")


def _body(p):
    if p.parts is None:
        b = p.body
        return b if b.endswith(b"\n") else b + b"\n"
    bd = p.boundary.encode()
    out = b""
    if p.preamble:
        out += p.preamble.encode() + b"\n"
    for c in p.parts:
        out += b"--" + bd + b"\n" + _hdrs(c.headers) + b"\n" + _body(c)
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + bd + b"--\n"
    if p.epilogue:
        out += p.epilogue.encode()
    return out


def render(headers, root, crlf=False):
    """headers: full ordered header list; the root part's own headers are spliced in where
    the placeholder ('@ROOT', None) stands (or appended at the end)."""
    hs = []
    placed = False
    for k, v in headers:
        if k == "@ROOT":
            hs += root.headers
            placed = True
        elif v is not None:
            hs.append((k, v))
    if not placed:
        hs += root.headers
    raw = _hdrs(hs) + b"\n" + _body(root)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# --------------------------------------------------------------------------------------------
# Dates in headers
# --------------------------------------------------------------------------------------------
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(dt, pad=False, suffix=""):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % dt.day
    return "%s, %s %s %d %02d:%02d:%02d %s%02d%02d%s" % (
        DOW[dt.weekday()], day, MON[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60, suffix)


def at(y, mo, d, h, mi, s=0, tz=CST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


# --------------------------------------------------------------------------------------------
# Receiving-server trace headers (Return-Path, Delivered-To, Received)
# --------------------------------------------------------------------------------------------
def trace(org, c, sender, dt, helo, ip, rcpt=None, extra_received=(), ret=None):
    rcpt = rcpt or bot(org)[1]
    ret = sender if ret is None else ret
    local = dt.astimezone(CST) + timedelta(seconds=2 + int(hx(c, 1), 16) % 5)
    if org == "rj":
        rec = ("from %s (unknown [%s])\n\tby mail.rjjyj.example.gov.cn (Coremail) with SMTP id "
               "%s\n\tfor <%s>; %s" % (helo, ip, "AQAAfwC" + hx((c, "cm"), 17).upper(), rcpt,
                                       rfcdate(local, suffix=" (CST)")))
    elif org == "hf":
        rec = ("from %s (unknown [%s])\n\tby bizesmtp.qq.example.com (ESMTP) with SMTP id %s\n"
               "\tfor <%s>; %s" % (helo, ip, "0" + dnum((c, "qq"), 9), rcpt,
                                   rfcdate(local, suffix=" (CST)")))
    elif org == "lx":
        rec = ("from %s (unknown [%s])\n\tby mx1.lexheng.example.cn (Postfix) with ESMTPS id %s\n"
               "\tfor <%s>; %s" % (helo, ip, hx((c, "pf"), 11).upper(), rcpt,
                                   rfcdate(local, suffix=" (CST)")))
    else:  # Exchange Online
        u = dt.astimezone(UTC) + timedelta(seconds=2 + int(hx(c, 1), 16) % 5)
        rec = ("from %s (%s)\n by TYZPR06MB6219.apcprd06.prod.outlook.com (2603:1096:400:31e::8) "
               "with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
               "id 15.20.8722.21; %s" % (helo, ip, rfcdate(u)))
    hs = [("Return-Path", "<%s>" % ret), ("Delivered-To", rcpt), ("Received", rec)]
    for r in extra_received:
        hs.append(("Received", r))
    return hs


def mid(client, c, dom, dt=None, email=None):
    s = (c, client)
    if client == "outlook":
        return "<%s$%s$%s$@%s>" % ("0000" + hx(s, 8), hx((s, 1), 8), hx((s, 2), 8), dom)
    if client == "owa":
        box = "SG2PR06MB" + dnum(s, 4)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (box, hx(s, 22).upper(), box)
    if client == "gmail":
        t = base64.b64encode(bytes.fromhex(hx(s, 44))).decode().replace("/", "_").replace("=", "")
        return "<CA%s@mail.gmail.com>" % t[:48]
    if client == "apple":
        return "<%s@%s>" % (uuid_(s, upper=True), dom)
    if client == "thunderbird":
        return "<%s@%s>" % (uuid_(s), dom)
    if client == "foxmail":
        return "<%s%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), dnum(s, 7), dom)
    if client == "coremail":
        return "<%s.%s.%s.Coremail.%s>" % (hx(s, 8), hx((s, 1), 4), hx((s, 2), 11), email)
    if client == "exmail":
        return "<tencent_%s@exmail.qq.example.com>" % hx(s, 36).upper()
    if client == "alimail":
        return "<%s.%s@%s>" % (uuid_(s), dnum(s, 13), dom)
    if client == "feishu":
        return "<%s@%s>" % (hx(s, 32), dom)
    if client == "mailmaster":
        return "<%s.%s.%s@%s>" % (hx(s, 6).upper(), dnum(s, 5), hx((s, 3), 10), dom)
    return "<%s@%s>" % (hx(s, 24), dom)


def outlook_bd(c, n=0):
    h = hx((c, "olbd", n), 16).upper()
    return "----=_NextPart_000_%s_%s.%s" % (h[:4], h[4:12], h[8:16])


def thread_index(c):
    return base64.b64encode(bytes.fromhex("01dc" + hx((c, "ti"), 40))).decode()


# --------------------------------------------------------------------------------------------
# Cases, items and gold
# --------------------------------------------------------------------------------------------
CASES = {}
KEEP = object()
FLAG_ORDER = ["no_owner", "vague_due", "no_due"]


class I:
    """One gold item. owner: roster key, Ext, or None (unit/nobody). rule: a resolve() rule,
    'vague' (尽快/待定/TBD...) or None (no deadline at all). find: strings that must occur in
    the decoded mail (body or attachment) - a sanity check that the gold matches the text."""
    def __init__(self, owner, task, rule=None, tm=None, dept=KEEP, find=()):
        self.owner, self.task, self.rule, self.tm, self.dept = owner, task, rule, tm, dept
        self.find = list(find)


class NF:
    def __init__(self, rule, tm=None, find=()):
        self.rule, self.tm, self.find = rule, tm, list(find)


def case(num, slug, kind, org, client, summary, tests):
    def deco(fn):
        CASES[num] = dict(num=num, slug=slug, kind=kind, org=org, client=client,
                          summary=summary, tests=tests, fn=fn)
        return fn
    return deco


def gold_for(meta, built, sent):
    items = []
    for it in built.get("items", []):
        flags = []
        if it.owner is None:
            name = email = None
            dept = None if it.dept is KEEP else it.dept
            flags.append("no_owner")
        elif isinstance(it.owner, Ext):
            name, email, dept = it.owner.name, it.owner.email, None
        else:
            p = PEOPLE[it.owner]
            name, email, dept = p["name"], p["email"], p["dept"]
        if it.dept is not KEEP and it.owner is not None:
            dept = it.dept
        if it.rule == "vague":
            dd, tt = None, None
            flags.append("vague_due")
        elif it.rule is None:
            dd, tt = None, None
            flags.append("no_due")
        else:
            dd, tt = due(it.rule, sent, it.tm)
            dd = dd.isoformat()
        items.append({"owner_name": name, "owner_email": email, "department": dept,
                      "task": it.task, "due_date": dd, "due_time": tt,
                      "flags": [f for f in FLAG_ORDER if f in flags]})
    nf = built.get("nf")
    nfo = None
    if nf is not None:
        d, t = due(nf.rule, sent, nf.tm)
        nfo = {"date": d.isoformat(), "time": t}
    return {"kind": meta["kind"], "items": items, "next_followup": nfo, "reply": None,
            "notes": built["notes"]}


# --------------------------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def divs(text, tag="div", blank="<div><br></div>", attr=""):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append(blank)
        else:
            out.append("<%s%s>%s</%s>" % (tag, attr, esc(line).replace("  ", "&nbsp; "), tag))
    return "\n".join(out)


def table(rows, attrs='border="1" cellspacing="0" cellpadding="4"', th=True, cell_attr=None):
    """rows: list of lists. A cell may be a tuple (text, attrs) for rowspan/colspan, or None
    for a cell swallowed by a span."""
    out = ["<table %s>" % attrs, "<tbody>"]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            if cell is None:
                continue
            a = ""
            if isinstance(cell, tuple):
                cell, a = cell
                a = " " + a
            tag = "th" if (th and r == 0) else "td"
            ca = (" " + cell_attr) if cell_attr else ""
            out.append("<%s%s%s>%s</%s>" % (tag, a, ca, esc(cell).replace("\n", "<br>"), tag))
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join("" if c is None else (c[0] if isinstance(c, tuple) else c)
                                for c in row) for row in rows)


def html_outlook(inner, charset, lang="ZH-CN"):
    font = {"ZH-CN": "\u7b49\u7ebf", "ZH-TW": "\u65b0\u7d30\u660e\u9ad4"}.get(lang, "Calibri")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
            '\tfont-size:10.5pt;\n\tfont-family:%s;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, font, font, lang, inner))


def mso_paras(text, lang_en=True):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append('<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>' % esc(line))
    return "\n".join(out)


def html_coremail(inner):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
            '<br>' % inner)


def html_gmail(inner):
    return '<div dir="ltr">%s</div>\n' % inner


def html_apple(inner):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>' % inner)


def html_owa(inner):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            '%s\n</div>\n</body>\n</html>\n' % inner)


def html_foxmail(inner, charset):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; '
            'font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n%s\n</body></html>' % (charset, inner))


def html_exmail(inner):
    return '<div style="font-family:微软雅黑;font-size:14px">%s</div>' % inner


def html_feishu(inner):
    return ('<html><head><meta charset="utf-8"></head><body><div style="font-family: -apple-system, '
            'BlinkMacSystemFont, &quot;PingFang SC&quot;, sans-serif; font-size: 14px; line-height: 1.6;">'
            '%s</div></body></html>' % inner)


# --------------------------------------------------------------------------------------------
# Client profiles (header sets as the sending clients write them)
# --------------------------------------------------------------------------------------------
def _opt(name, value):
    return (name, value) if value else (name, None)


def coremail_msg(c, org, frm, to, cc, subject, dt, root, label="GBK", codec="gbk", ip="10.36.8.21",
                 host="ajax-webmail-mail.rjjyj.example.gov.cn", brand="rjjyj", irt=None, refs=None,
                 tr=None, prio=True):
    sender = frm[1]
    kw = dict(label=label, codec=codec)
    hs = tr if tr is not None else trace(org, c, sender, dt, "ajax-webmail-mail.rjjyj.example.gov.cn", "10.36.8.5")
    hs = hs + [
        ("Received", "from %s ( [%s] ) by\n %s (Coremail) ; %s" % (
            sender.replace("@", "$"), ip, host, rfcdate(dt, suffix=" (GMT+08:00)"))),
        ("Date", rfcdate(dt, suffix=" (GMT+08:00)")),
        ("From", mbox(*frm, **kw)),
        ("To", alist(to, **kw)),
        _opt("Cc", alist(cc, **kw) if cc else None),
        ("Subject", subj(subject, label, codec)),
        ("X-Priority", "3" if prio else None),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240520(3a7c9b1e)\n"
                     " Copyright (c) 2002-2026 www.mailtech.cn %s" % brand),
        _opt("In-Reply-To", irt), _opt("References", refs),
        ("@ROOT", None),
        ("MIME-Version", "1.0"),
        ("Message-ID", mid("coremail", c, None, email=sender)),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "AQAAf%s--.%s" % (hx((c, "tr"), 14), hx((c, "tr2"), 5))),
        ("X-CM-SenderInfo", "%s" % hx((c, "si"), 20)),
    ]
    return render(hs, root)


def coremail_bd(dt, c):
    return "----=_Part_%s_%s.%d" % (dnum((c, "b1"), 6), dnum((c, "b2"), 9), int(dt.timestamp() * 1000) + 37)


def exmail_msg(c, org, frm, to, cc, subject, dt, root, label="utf-8", codec=None, ip="115.56.87.142",
               irt=None, refs=None, xmailer="QQMail 2.x", extra=()):
    kw = dict(label=label, codec=codec)
    dom = frm[1].split("@")[1]
    hs = trace(org, c, frm[1], dt, "[10.20.1.%d]" % (20 + int(hx(c, 2), 16) % 200), ip)
    hs += [
        ("X-QQ-mid", "bizesmtpweb%st%dt%s" % (dnum((c, "m"), 8), int(dt.timestamp()), hx((c, "m2"), 6))),
        ("X-QQ-Originating-IP", base64.b64encode(ip.encode()).decode()),
        ("From", mbox(*frm, **kw)),
        ("To", alist(to, **kw)),
        _opt("Cc", alist(cc, **kw) if cc else None),
        ("Subject", subj(subject, label, codec)),
        ("Mime-Version", "1.0"),
        ("@ROOT", None),
        ("Content-Transfer-Encoding", "8Bit" if root.parts is not None else None),
        ("Date", rfcdate(dt)),
        ("X-Priority", "3"),
        ("Message-ID", mid("exmail", c, dom)),
        _opt("In-Reply-To", irt), _opt("References", refs),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", xmailer),
        ("X-QQ-Mailer", xmailer),
    ] + list(extra)
    return render(hs, root)


def exmail_bd(dt, c):
    return "----=_NextPart_%08X_%s_%s" % (int(dt.timestamp()), hx((c, "e1"), 8).upper(), hx((c, "e2"), 8).upper())


def feishu_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None):
    dom = frm[1].split("@")[1]
    hs = trace(org, c, frm[1], dt, "out-%d.mail.feishu.example.cn" % (10 + int(hx(c, 2), 16) % 80), "101.126.%d.%d" % (
        int(hx((c, 1), 2), 16) % 250, int(hx((c, 2), 2), 16) % 250))
    hs += [
        ("Content-Type", None),
        ("From", mbox(*frm, label="UTF-8")),
        ("To", alist(to, label="UTF-8")),
        _opt("Cc", alist(cc, label="UTF-8") if cc else None),
        ("Subject", subj(subject, "UTF-8")),
        ("Date", rfcdate(dt, pad=True)),
        ("Message-Id", mid("feishu", c, dom)),
        _opt("In-Reply-To", irt), _opt("References", refs),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
        ("X-Lms-Return-Path", "<lba+2%s+%s@%s>" % (hx((c, "lr"), 10), frm[1].split("@")[0], dom)),
        ("@ROOT", None),
    ]
    return render(hs, root)


def outlook_msg(c, org, frm, to, cc, subject, dt, root, label="gb2312", codec="gbk", lang="zh-cn",
                irt=None, refs=None, helo=None, ip="10.20.3.45", enc="B", extra=(), hlabel=None, crlf=False):
    if hlabel:
        label, codec = hlabel, hlabel
    kw = dict(label=label, codec=codec, enc=enc)
    dom = frm[1].split("@")[1]
    helo = helo or (frm[1].split("@")[0].split(".")[0].upper() + "-PC")
    if org == "os":
        tr = trace(org, c, frm[1], dt, "SG2PR06MB5071.apcprd06.prod.outlook.com", "2603:1096:4:1a2::10")
    else:
        tr = trace(org, c, frm[1], dt, helo, ip)
    hs = tr + [
        ("From", mbox(*frm, **kw)),
        ("To", alist(to, **kw)),
        _opt("Cc", alist(cc, **kw) if cc else None),
        _opt("References", refs), _opt("In-Reply-To", irt),
        ("Subject", subj(subject, label, codec, enc)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid("outlook", c, dom)),
        ("MIME-Version", "1.0"),
        ("@ROOT", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(c)),
        ("Content-Language", lang),
    ] + list(extra)
    return render(hs, root, crlf=crlf)


def foxmail_msg(c, org, frm, to, cc, subject, dt, root, label="GBK", codec="gbk", irt=None, refs=None,
                has_attach="no", ip="10.36.9.77", tr=None):
    kw = dict(label=label, codec=codec)
    dom = frm[1].split("@")[1]
    hs = tr if tr is not None else trace(org, c, frm[1], dt, "DESKTOP-%s" % hx((c, "dk"), 7).upper(), ip)
    hs = hs + [
        ("Date", rfcdate(dt)),
        ("From", mbox(*frm, **kw)),
        ("To", alist(to, **kw)),
        _opt("Cc", alist(cc, **kw) if cc else None),
        ("Subject", subj(subject, label, codec)),
        _opt("References", refs), _opt("In-Reply-To", irt),
        ("X-Priority", "3"),
        ("X-GUID", uuid_((c, "guid"), upper=True)),
        ("X-Has-Attach", has_attach),
        ("X-Mailer", "Foxmail 7.2.25.331[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid("foxmail", c, dom, dt=dt)),
        ("@ROOT", None),
    ]
    return render(hs, root)


def foxmail_bd(c):
    return "----=_001_NextPart%s_=----" % dnum((c, "fx"), 12)


def thunderbird_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None, lang="zh-CN"):
    dom = frm[1].split("@")[1]
    hs = trace(org, c, frm[1], dt, "[192.168.31.%d]" % (2 + int(hx(c, 2), 16) % 200), "123.113.%d.%d" % (
        int(hx((c, 3), 2), 16) % 250, int(hx((c, 4), 2), 16) % 250))
    hs += [
        ("Message-ID", mid("thunderbird", c, dom)),
        ("Date", rfcdate(dt)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        _opt("Reply-To", None),
        ("Content-Language", lang),
        _opt("In-Reply-To", irt), _opt("References", refs),
        ("To", alist(to, label="UTF-8", sep=",\n ")),
        _opt("Cc", alist(cc, label="UTF-8", sep=",\n ") if cc else None),
        ("From", mbox(*frm, label="UTF-8")),
        ("Subject", subj(subject, "UTF-8")),
        ("@ROOT", None),
    ]
    return render(hs, root)


# --------------------------------------------------------------------------------------------
# Cases 7201-7207
# --------------------------------------------------------------------------------------------
RJ_SIG = "\n--\n谢雨婷\n瑞金市教育局办公室  0797-2528316\n"


@case(7201, "rj-qingming-safety-yishi-ershi-coremail-gbk", "minutes", "rj", "Coremail webmail",
      "4 items: unit(person) owners, unit-only no_owner, 牵头 owner, 节后第一个工作日=04-07",
      "Formal government minutes 一是…四是… with 责任单位/完成时限 labels, GBK base64; 配合 unit ignored; 会议强调 rule not an item; no next meeting")
def c7201():
    c, dt = 7201, at(2026, 4, 2, 17, 40, 12)
    text = (
        "各股室、各学校：\n\n"
        "　　现将4月2日下午局清明节假期校园安全工作专题会议纪要印发给你们，请认真抓好落实。\n\n"
        "瑞金市教育局\n清明节假期校园安全工作专题会议纪要\n\n"
        "　　4月2日下午，赖春生副局长主持召开清明节假期校园安全工作专题会议，办公室、基础教育股、安全稳定股、"
        "后勤装备股负责同志参加会议。会议听取了安全稳定股关于一季度校园安全工作情况的汇报，分析了当前防溺水、"
        "交通安全和森林防火形势。现将会议议定事项纪要如下：\n\n"
        "　　一是开展假期前校园安全隐患大排查。对校舍、食堂、消防设施逐校排查，形成问题清单并跟踪整改。\n"
        "　　责任单位：安全稳定股（朱国庆）\n"
        "　　完成时限：4月3日前\n\n"
        "　　二是做好清明假期安全提醒。通过《致家长的一封信》和班级群向全体家长推送防溺水、文明祭扫、森林防火安全提醒。\n"
        "　　责任单位：基础教育股\n"
        "　　完成时限：4月3日前\n\n"
        "　　三是抓好节后返校安全检查。对寄宿制学校、校车逐一检查，发现问题立即整改。\n"
        "　　责任单位：后勤装备股（邱海波牵头），安全稳定股配合\n"
        "　　完成时限：节后第一个工作日\n\n"
        "　　四是报送一季度校园安全工作台账。\n"
        "　　责任单位：办公室（谢雨婷）\n"
        "　　完成时限：4月10日前\n\n"
        "　　会议强调，假期期间各学校要严格落实24小时值班和领导带班制度，值班电话保持畅通，遇重大情况须在1小时内报告。\n\n"
        "瑞金市教育局办公室\n2026年4月2日\n" + RJ_SIG)
    bd = coremail_bd(dt, c)
    root = multi("alternative", [
        leaf("text/plain", text, "GBK", "gbk", "base64", quoted=False),
        leaf("text/html", html_coremail(divs(text)), "GBK", "gbk", "base64", quoted=False)], bd, style="sp")
    to = [who(k) for k in ("zhuguoqing", "yangjianjun", "qiuhaibo", "liuhuimin")]
    cc = [who("laichunsheng"), bot("rj")]
    eml = coremail_msg(c, "rj", who("xieyuting"), to, cc, "清明节假期校园安全工作专题会议纪要", dt, root)
    items = [
        I("zhuguoqing", "开展假期前校园安全隐患大排查，形成问题清单并跟踪整改", ("abs", "2026-04-03"),
          find=["安全稳定股（朱国庆）", "4月3日前"]),
        I(None, "通过致家长的一封信和班级群向全体家长推送清明假期安全提醒", ("abs", "2026-04-03"), dept="基础教育股",
          find=["责任单位：基础教育股"]),
        I("qiuhaibo", "节后返校安全检查（寄宿制学校、校车逐一检查）", ("after_hol", "清明"),
          find=["邱海波牵头", "节后第一个工作日"]),
        I("xieyuting", "报送一季度校园安全工作台账", ("abs", "2026-04-10"), find=["办公室（谢雨婷）", "4月10日前"]),
    ]
    notes = ("Coremail webmail, GBK base64, multipart/alternative: formal government minutes with 一是…四是… and "
             "责任单位/完成时限 labels. Sent Thu 2026-04-02 17:40 +0800, two days before Qingming (04-04..04-06 off, no "
             "make-up day). 一是: the person in brackets after the unit owns it -> 朱国庆, 4月3日前 -> 2026-04-03. 二是: a unit "
             "only -> owner null, no_owner, department 基础教育股, 2026-04-03. 三是: 邱海波牵头 is the owner; '安全稳定股配合' is "
             "support and gives no owner and no extra item; 节后第一个工作日 = first working day after Qingming = Tue "
             "2026-04-07. 四是: 办公室（谢雨婷） -> 谢雨婷, 2026-04-10. '会议强调…24小时值班…1小时内报告' is a standing rule, "
             "not an item (the 1小时内 must not become a deadline). No next meeting is stated -> next_followup null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7202, "hf-production-weekly-exmail-web", "minutes", "hf", "Tencent Exmail web",
      "5 items: 本周五, 3个工作日内, 明天下午3点前, X月X日前; next = 下周二同一时间 (9:30)",
      "Plain common factory minutes; owners by title (仓储主管孟凡超, 王工, 郜经理, 常经理, 申主任); next meeting as a sentence '下周二同一时间' whose time comes from 会议时间")
def c7202():
    c, dt = 7202, at(2026, 4, 7, 11, 20, 31)
    text = (
        "各位：\n\n今天上午生产例会的纪要如下，请各负责人对照落实。\n\n"
        "会议时间：4月7日（周二）9:30-10:40\n地点：办公楼二楼会议室\n"
        "参会：牛总、侯经理、申主任、郜经理、王工、孟凡超、常经理\n记录：宋佳\n\n"
        "一、清明假期生产及库存情况\n"
        "侯经理通报：假期三天累计产出速冻水饺186吨，完成计划的97%；冷库库容目前用到82%。\n\n"
        "二、待办事项\n"
        "1. 仓储主管孟凡超：本周五前把冷库B区过期包材清出来，腾出货位。\n"
        "2. 王工：二号线速冻隧道蒸发器除霜程序调整，3个工作日内完成并出记录。\n"
        "3. 郜经理：明天下午3点前把3月份客诉汇总发给牛总。\n"
        "4. 常经理：4月15日前完成二季度猪肉、面粉框架合同续签。\n"
        "5. 申主任：一号线包装机换型时间压缩到40分钟以内的方案，4月13日前报侯经理。\n\n"
        "三、其他\n牛总强调：食品安全培训记录纳入月度考核，各车间不得漏签。\n\n"
        "下周二同一时间再碰一次，地点不变。\n\n"
        "宋佳\n总经理办公室\n新乡市禾丰速冻食品有限公司\n")
    bd = exmail_bd(dt, c)
    root = multi("alternative", [
        leaf("text/plain", text, "utf-8", cte="base64"),
        leaf("text/html", html_exmail(divs(text)), "utf-8", cte="base64")], bd,
        preamble="This is a multi-part message in MIME format.")
    to = [who(k) for k in ("niujianguo", "houzhenyu", "shenxiaodong", "gaolijuan", "wangdesheng",
                           "mengfanchao", "changqiuju")]
    eml = exmail_msg(c, "hf", who("songjia"), to, [bot("hf")], "4月7日生产例会纪要", dt, root)
    items = [
        I("mengfanchao", "把冷库B区过期包材清出来，腾出货位", ("this", 4), find=["仓储主管孟凡超", "本周五前"]),
        I("wangdesheng", "二号线速冻隧道蒸发器除霜程序调整并出记录", ("wd", 3), find=["王工", "3个工作日内"]),
        I("gaolijuan", "把3月份客诉汇总发给牛总", ("tomorrow",), "15:00", find=["明天下午3点前"]),
        I("changqiuju", "完成二季度猪肉、面粉框架合同续签", ("abs", "2026-04-15"), find=["4月15日前"]),
        I("shenxiaodong", "一号线包装机换型时间压缩到40分钟以内的方案报侯经理", ("abs", "2026-04-13"),
          find=["4月13日前报侯经理"]),
    ]
    notes = ("Exmail web, UTF-8 base64: plain factory weekly minutes. Sent Tue 2026-04-07 11:20 (first working day after "
             "Qingming). Owners by title: 仓储主管孟凡超, 王工 = 王德胜, 郜经理 = 郜丽娟, 常经理 = 常秋菊, 申主任 = 申晓东 "
             "(roster aliases). 本周五前 -> 2026-04-10. 3个工作日内 counted from Wed 04-08: 04-08, 04-09, 04-10 -> "
             "2026-04-10. 明天下午3点前 -> 2026-04-08 15:00. 4月15日前 -> 2026-04-15. 4月13日前 -> 2026-04-13. The 通报 "
             "(186吨, 97%, 82%) are facts and '牛总强调…' is a standing rule: no items. '下周二同一时间再碰一次' -> next "
             "calendar week's Tuesday 2026-04-14 at the meeting's own start time 9:30 (会议时间 9:30-10:40) -> 09:30.")
    return dict(eml=eml, items=items, nf=NF(("next", 1), "09:30", find=["下周二同一时间"]), notes=notes)


@case(7203, "lx-feishu-ai-minutes-todo-only", "minutes", "lx", "Feishu/Lark Mail",
      "4 items from the 待办 block only (one 本周五, one with no date); summary/chapters ignored",
      "飞书智能纪要 shared by mail, HTML-only UTF-8 base64: summary and 章节 restate tasks ('本周内完成') that are not items; @name owners; item without date -> no_due")
def c7203():
    c, dt = 7203, at(2026, 4, 8, 16, 5, 47)
    inner = (
        '<div>何俊 分享了智能纪要，抄送 Minutebot 归档，待办以纪要里的为准。</div><br>\n'
        '<div style="border:1px solid #dee0e3;border-radius:8px;padding:16px">\n'
        '<h2 style="font-size:18px">智能纪要：合同审查模型v2上线评审 2026年4月8日</h2>\n'
        '<div style="color:#646a73">参会人：陆可欣、魏子涵、许诺、邓浩、何俊、唐悦</div>\n'
        '<h3>总结</h3>\n'
        '<p>本次会议评审了合同审查模型v2的上线准备情况。许诺介绍v2在违约条款识别上的召回率从81%提升到89%，'
        '但50页以上的长合同样本不足；魏子涵建议灰度先从3家律所开始，回滚方案需要在预发环境演练；唐悦提到嘉信律所'
        '希望下周就能试用。会议决定4月20日开始灰度。</p>\n'
        '<h3>章节</h3>\n<ul>\n'
        '<li>00:00 开场与议程</li>\n'
        '<li>03:12 模型效果回顾：许诺建议补一轮长合同回归测试，本周内完成</li>\n'
        '<li>15:40 灰度范围与回滚：邓浩负责回滚脚本</li>\n'
        '<li>28:05 客户沟通安排：唐悦对接嘉信律所</li>\n</ul>\n'
        '<h3>待办</h3>\n<ul style="list-style:none;padding-left:0">\n'
        '<li>☐ 补充100份长合同（50页以上）的回归测试 @许诺 截止：4月14日</li>\n'
        '<li>☐ 灰度开关和回滚脚本上线到预发环境 @邓浩 截止：4月16日</li>\n'
        '<li>☐ 跟嘉信律所确认试用名单与联系人 @唐悦 截止：本周五</li>\n'
        '<li>☐ 更新v2版本对外说明文档 @陆可欣</li>\n</ul>\n'
        '<div style="color:#8f959e;font-size:12px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>\n</div>')
    root = leaf("text/html", html_feishu(inner), "UTF-8", cte="base64", quoted=False)
    to = [who(k) for k in ("lukexin", "weizihan", "xunuo", "denghao", "tangyue")]
    eml = feishu_msg(c, "lx", who("hejun"), to, [bot("lx")], "【智能纪要】合同审查模型v2上线评审 2026年4月8日", dt, root)
    items = [
        I("xunuo", "补充100份长合同（50页以上）的回归测试", ("abs", "2026-04-14"), find=["@许诺 截止：4月14日"]),
        I("denghao", "灰度开关和回滚脚本上线到预发环境", ("abs", "2026-04-16"), find=["@邓浩 截止：4月16日"]),
        I("tangyue", "跟嘉信律所确认试用名单与联系人", ("this", 4), find=["@唐悦 截止：本周五"]),
        I("lukexin", "更新v2版本对外说明文档", None, find=["更新v2版本对外说明文档 @陆可欣"]),
    ]
    notes = ("Feishu/Lark 智能纪要 shared as a single text/html part (UTF-8 base64). Sent Wed 2026-04-08 16:05. Only the "
             "待办 block counts: the 总结 and 章节 restate work ('补一轮长合同回归测试，本周内完成', '邓浩负责回滚脚本') that "
             "are not separate items, and '会议决定4月20日开始灰度' is a decision. 待办: 4月14日 -> 2026-04-14; 4月16日 -> "
             "2026-04-16; 本周五 -> 2026-04-10; the @陆可欣 item has no date -> no_due. No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


OS_SIG_LUCIA = "Lucía Fernández | Supply Chain Manager\nOliva Sol Trading (Zhangzhou) Co., Ltd.\nMobile +86 138 5960 2174\n"


@case(7204, "os-supply-sync-ai-lines-outlook-en", "minutes", "os", "Outlook 365 (Windows, English)",
      "4 items (by Friday, by Apr 17, EOD, ASAP -> vague); next 'Thu Apr 16, 10:00 CEST (16:00 Beijing)'",
      "English 'AI: name - task - due' lines, UTF-8 QP, Q-encoded accented sender name; dates inside task text (30 May) are not deadlines; external HQ owner from roster")
def c7204():
    c, dt = 7204, at(2026, 4, 9, 18, 10, 4)
    text = (
        "Hi all,\n\nMinutes of today's supply chain sync below.\n\n"
        "Attendees: Javier, Lucía, Kevin, Ben, Maggie; Diego (Jaén) on Teams\n\n"
        "1. Container status\n"
        "- MSKU 4471203 (EVOO 5L tins, 1,680 cartons) arrived at Xiamen Haicang on 7 Apr; customs inspection is booked for 13 Apr.\n"
        "- The May container (500 ml glass) loads in Algeciras next week.\n\n"
        "2. Labelling\n"
        "- Chinese back labels for the 500 ml SKU were approved by Quality on 8 Apr.\n\n"
        "Action items\n"
        "AI: Kevin - submit the import licence renewal documents to Xiamen customs by Friday\n"
        "AI: Ben - book 60 pallet positions at the Zhangzhou bonded warehouse for the May container, by Apr 17\n"
        "AI: Maggie - confirm the LC amendment (latest shipment date 30 May) with the bank EOD\n"
        "AI: Diego - send the updated HQ price list ASAP\n\n"
        "Next sync: Thu Apr 16, 10:00 CEST (16:00 Beijing)\n\n"
        "Thanks,\nLucía\n\n" + OS_SIG_LUCIA)
    root = multi("alternative", [
        leaf("text/plain", text, "utf-8", cte="quoted-printable"),
        leaf("text/html", html_outlook(mso_paras(text), "utf-8", "EN-US"), "utf-8", cte="quoted-printable")],
        outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("javier", "kevin", "ben", "maggie", "diego")]
    eml = outlook_msg(c, "os", who("lucia"), to, [bot("os")], "Minutes - Weekly Supply Chain Sync (9 Apr)", dt, root,
                      label="utf-8", codec="utf-8", lang="en-US", enc="Q",
                      extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    items = [
        I("kevin", "submit the import licence renewal documents to Xiamen customs", ("bare", 4), find=["customs by Friday"]),
        I("ben", "book 60 pallet positions at the Zhangzhou bonded warehouse for the May container", ("abs", "2026-04-17"),
          find=["by Apr 17"]),
        I("maggie", "confirm the LC amendment with the bank", ("today",), find=["with the bank EOD"]),
        I("diego", "send the updated HQ price list", "vague", find=["price list ASAP"]),
    ]
    notes = ("Outlook 365 (English), UTF-8 quoted-printable, sender name Q-encoded (Lucía Fernández). Sent Thu 2026-04-09 "
             "18:10 +0800. 'AI:' lines are the items. Kevin 'by Friday' -> this week's Friday 2026-04-10. Ben 'by Apr 17' "
             "-> 2026-04-17. Maggie 'EOD' -> the send date 2026-04-09 with no time; '(latest shipment date 30 May)' is part "
             "of the task, not its deadline. Diego (HQ, outsider listed in the roster, department null) 'ASAP' -> vague_due. "
             "The container facts (7 Apr, 13 Apr, 8 Apr) are not items. 'Next sync: Thu Apr 16, 10:00 CEST (16:00 "
             "Beijing)' -> 2026-04-16 16:00 Asia/Shanghai (CEST = UTC+2).")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-04-16", 3), "16:00", find=["16:00 Beijing"]), notes=notes)


@case(7205, "rj-teaching-research-by-person-foxmail-gb2312-qp", "minutes", "rj", "Foxmail 7.2",
      "4 items grouped by person, ①② under one owner; 下周三, 3个工作日内 over a weekend, 本月底前; next 04-24 15:00",
      "Minutes grouped by person (【name】 headings), gb2312 quoted-printable; ① ② sub-tasks are separate items; a fact line (阅卷已完成) is not an item")
def c7205():
    c, dt = 7205, at(2026, 4, 10, 16, 30, 8)
    text = (
        "陈主任、各位同事：\n\n今天教研室例会的分工按人整理如下，请大家核对。\n\n"
        "【钱秀兰】\n①整理初三一模质量分析报告，4月17日前交陈主任；\n②组织物理学科中心组到象湖中学听课，下周三。\n"
        "【黄丽萍】（基础教育股）\n统计各校参加“红色研学”课程展示的报名表，3个工作日内。\n"
        "【陈明辉】\n审定下半学期教研计划，本月底前。\n\n"
        "另：一模阅卷已于4月8日全部完成，成绩已下发各校。\n\n"
        "下次例会：4月24日（周五）下午3:00，教研室会议室。\n\n"
        "钱秀兰\n瑞金市教育局教研室\n")
    bd = foxmail_bd(c)
    html = html_foxmail(divs(text, blank="<div><br></div>"), "gb2312")
    root = multi("alternative", [
        leaf("text/plain", text, "gb2312", cte="quoted-printable"),
        leaf("text/html", html, "gb2312", cte="quoted-printable")], bd, preamble="This is a multi-part message in MIME format.")
    to = [who(k) for k in ("chenminghui", "huangliping")]
    eml = foxmail_msg(c, "rj", who("qianxiulan"), to, [bot("rj")], "教研室4月10日例会纪要（按人分工）", dt, root,
                      label="gb2312", codec="gb2312")
    items = [
        I("qianxiulan", "整理初三一模质量分析报告交陈主任", ("abs", "2026-04-17"), find=["①整理初三一模质量分析报告，4月17日前"]),
        I("qianxiulan", "组织物理学科中心组到象湖中学听课", ("next", 2), find=["②组织物理学科中心组到象湖中学听课，下周三"]),
        I("huangliping", "统计各校参加红色研学课程展示的报名表", ("wd", 3), find=["3个工作日内"]),
        I("chenminghui", "审定下半学期教研计划", ("monthend",), find=["本月底前"]),
    ]
    notes = ("Foxmail, charset gb2312, quoted-printable (soft breaks inside multibyte characters), minutes grouped by "
             "person under 【name】 headings. Sent Fri 2026-04-10 16:30. 钱秀兰 has ① and ② -> two items: 4月17日前 -> "
             "2026-04-17; 下周三 -> next calendar week's Wednesday 2026-04-15. 黄丽萍 (of 基础教育股, roster department): "
             "3个工作日内 from Fri: Mon 04-13, Tue 04-14, Wed 04-15 -> 2026-04-15. 陈明辉: 本月底前 -> 2026-04-30. "
             "'一模阅卷已于4月8日全部完成' reports work done: not an item. 下次例会：4月24日（周五）下午3:00 -> 2026-04-24 15:00.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-04-24", 4), "15:00", find=["4月24日（周五）下午3:00"]), notes=notes)


@case(7206, "hf-supplier-followup-table-outlook-gb2312-gbk", "minutes", "hf", "Outlook 2016 zh-CN",
      "3 items from one 外部沟通跟进表 row: inline owners, external owner, row 负责人 for the undated ③ (no_due); next 2026-04-20",
      "Seed 外部沟通跟进表 as an HTML table (plus tab text), charset label gb2312 carrying the GBK-only 昇; supplier contact resolved from To; conditional item without a date -> no_due")
def c7206():
    c, dt = 7206, at(2026, 4, 13, 10, 5, 26)
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-04-10", "2026-04-10", "豫北面业/李昇", "采购部/常秋菊", "供应商",
             "3月下旬两批高筋粉蛋白含量低于合同约定（≥12.5%），饺子皮破损率上升",
             "①品控部郜丽娟4月15日前出具近三批次检测对比报告 ②李昇4月17日前提交原料麦配比调整及改进措施 ③视改进情况启动备选供应商询价",
             "2026-04-20", "常秋菊"]]
    head = "李总、郜经理：\n\n上周五（4月10日）和豫北面业的电话沟通，跟进表整理如下，请核对。\n\n外部沟通跟进表\n"
    tail = "\n如有出入请今天回复我。\n\n常秋菊\n采购部\n新乡市禾丰速冻食品有限公司\n电话：0373-5589213\n"
    text = head + tsv(rows) + "\n" + tail
    inner = (mso_paras(head.rstrip("\n")) + "\n" +
             table(rows, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"') +
             "\n" + mso_paras(tail))
    root = multi("alternative", [
        leaf("text/plain", text, "gb2312", "gbk", "quoted-printable"),
        leaf("text/html", html_outlook(inner, "gb2312"), "gb2312", "gbk", "quoted-printable")],
        outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(LISHENG), who("gaolijuan")]
    cc = [who("houzhenyu"), bot("hf")]
    eml = outlook_msg(c, "hf", who("changqiuju"), to, cc, "豫北面业高筋粉质量问题沟通跟进（EC2026-04-10）", dt, root,
                      hlabel="utf-8", crlf=True)
    items = [
        I("gaolijuan", "出具近三批次检测对比报告", ("abs", "2026-04-15"), find=["品控部郜丽娟4月15日前"]),
        I(LISHENG, "提交原料麦配比调整及改进措施", ("abs", "2026-04-17"), find=["李昇4月17日前"]),
        I("changqiuju", "视改进情况启动备选供应商询价", None, find=["③视改进情况启动备选供应商询价"]),
    ]
    notes = ("Outlook zh-CN, Content-Type charset gb2312 but the bytes are GBK (the supplier contact 李昇 has the GBK-only "
             "昇; decode as GBK/GB18030), quoted-printable, HTML table plus a tab-separated plain part. Seed 外部沟通跟进表, "
             "supplier row. Sent Mon 2026-04-13 10:05. ① names 品控部郜丽娟 inline: 4月15日前 -> 2026-04-15. ② names the "
             "supplier's 李昇 (not in the roster; address from the To display name, department null): 4月17日前 -> "
             "2026-04-17. ③ names nobody, so the row's 负责人 常秋菊 owns it; it is conditional and has no date -> no_due. "
             "'核心需求/反馈' is the problem statement, not a task. 下次沟通时间 2026-04-20 (no time) -> next_followup. "
             "'如有出入请今天回复我' is a request, not an item. CRLF line ends.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-04-20"), None, find=["2026-04-20"]), notes=notes,
                label_lies=True)


@case(7207, "lx-standup-checklist-thunderbird-8bit", "minutes", "lx", "Thunderbird",
      "4 open checklist items ([x] row skipped): by 4/17, 下周一, EOD, 待定; next '周四 10:30'",
      "Markdown checklist '- [ ] @name task due' with a done '- [x]' row and ticket keys, text/plain UTF-8 8bit format=flowed, sent late evening (EOD = send date)")
def c7207():
    c, dt = 7207, at(2026, 4, 14, 21, 40, 18)
    text = (
        "Hi all，今晚加的站会，记一下：\n\n"
        "进展\n- 批量导入超时问题已修（邓浩），线上观察中\n- 评测集扩到1,200份\n\n"
        "待办\n"
        "- [x] @邓浩 修复批量导入超时 LEX-311\n"
        "- [ ] @邓浩 合同比对接口加分页 LEX-318 by 4/17\n"
        "- [ ] @许诺 条款抽取F1评测报告（含长合同） 下周一\n"
        "- [ ] @何俊 PRD v0.3 评审稿 EOD\n"
        "- [ ] @唐悦 约嘉信律所做UAT，时间待定\n\n"
        "Next sync: 周四 10:30，还是在小会议室2\n\n"
        "-- \n何俊 | 产品经理\n北京律衡科技有限公司\n")
    root = leaf("text/plain", text, "UTF-8", cte="8bit", quoted=False, params="; format=flowed")
    to = [who(k) for k in ("denghao", "xunuo", "tangyue", "weizihan", "lukexin")]
    eml = thunderbird_msg(c, "lx", who("hejun"), to, [bot("lx")], "[纪要] 合同比对 sprint 14 站会 04-14", dt, root)
    items = [
        I("denghao", "合同比对接口加分页", ("abs", "2026-04-17"), find=["合同比对接口加分页 LEX-318 by 4/17"]),
        I("xunuo", "条款抽取F1评测报告（含长合同）", ("next", 0), find=["条款抽取F1评测报告（含长合同） 下周一"]),
        I("hejun", "PRD v0.3 评审稿", ("today",), find=["PRD v0.3 评审稿 EOD"]),
        I("tangyue", "约嘉信律所做UAT", "vague", find=["时间待定"]),
    ]
    notes = ("Thunderbird, text/plain UTF-8 8bit format=flowed. Sent Tue 2026-04-14 21:40. The '- [x]' row (LEX-311) is "
             "done: not an item; the 进展 lines are reports. Open rows: 邓浩 'by 4/17' -> 2026-04-17 (task without the "
             "ticket key LEX-318); 许诺 下周一 -> 2026-04-20; 何俊 (the writer) EOD -> the send date 2026-04-14, no time; "
             "唐悦 '时间待定' -> vague_due. 'Next sync: 周四 10:30' -> bare weekday from Tuesday = 2026-04-16 10:30.")
    return dict(eml=eml, items=items, nf=NF(("bare", 3), "10:30", find=["Next sync: 周四 10:30"]), notes=notes)


def gmail_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None, helo="mail-wr1-f45.google.com",
              ip="209.85.221.45"):
    tr = trace(org, c, frm[1], dt, helo, ip)
    hs = tr + [
        ("MIME-Version", "1.0"),
        _opt("References", refs), _opt("In-Reply-To", irt),
        ("From", mbox(*frm, label="UTF-8")),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid("gmail", c, None)),
        ("Subject", subj(subject, "UTF-8")),
        ("To", alist(to, label="UTF-8", sep=",\n\t")),
        _opt("Cc", alist(cc, label="UTF-8", sep=",\n\t") if cc else None),
        ("@ROOT", None),
    ]
    return render(hs, root)


def gmail_bd(c):
    return "000000000000" + hx((c, "gm"), 16)


def apple_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None, iphone=None):
    dom = frm[1].split("@")[1]
    tr = trace(org, c, frm[1], dt, "[192.168.1.%d]" % (2 + int(hx(c, 2), 16) % 200), "111.197.%d.%d" % (
        int(hx((c, 5), 2), 16) % 250, int(hx((c, 6), 2), 16) % 250))
    if iphone:
        hs = tr + [("@ROOT", None),
                   ("From", mbox(*frm, label="utf-8")),
                   ("Mime-Version", "1.0 (1.0)"),
                   ("Date", rfcdate(dt)),
                   ("Subject", subj(subject, "utf-8")),
                   ("Message-Id", mid("apple", c, dom)),
                   _opt("References", refs), _opt("In-Reply-To", irt),
                   _opt("Cc", alist(cc, label="utf-8") if cc else None),
                   ("To", alist(to, label="utf-8")),
                   ("X-Mailer", "iPhone Mail (%s)" % iphone)]
    else:
        hs = tr + [("From", mbox(*frm, label="utf-8")),
                   ("@ROOT", None),
                   ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                   ("Subject", subj(subject, "utf-8")),
                   ("Date", rfcdate(dt)),
                   _opt("References", refs), _opt("In-Reply-To", irt),
                   ("To", alist(to, label="utf-8")),
                   _opt("Cc", alist(cc, label="utf-8") if cc else None),
                   ("Message-Id", mid("apple", c, dom)),
                   ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return render(hs, root)


def apple_bd(c):
    return "Apple-Mail=_" + uuid_((c, "ap"), upper=True)


def mailmaster_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None):
    dom = frm[1].split("@")[1]
    tr = trace(org, c, frm[1], dt, "[10.20.6.%d]" % (10 + int(hx(c, 2), 16) % 200), "223.104.%d.%d" % (
        int(hx((c, 7), 2), 16) % 250, int(hx((c, 8), 2), 16) % 250))
    hs = tr + [("Date", rfcdate(dt)),
               ("From", mbox(*frm, label="UTF-8")),
               ("To", alist(to, label="UTF-8")),
               _opt("Cc", alist(cc, label="UTF-8") if cc else None),
               ("Message-ID", mid("mailmaster", c, dom)),
               _opt("In-Reply-To", irt), _opt("References", refs),
               ("Subject", subj(subject, "UTF-8")),
               ("MIME-Version", "1.0"),
               ("@ROOT", None),
               ("X-Mailer", "MailMaster_iOS_7.19.4"),
               ("X-Priority", "3")]
    return render(hs, root)


# --------------------------------------------------------------------------------------------
# Cases 7208-7214
# --------------------------------------------------------------------------------------------
@case(7208, "os-auto-ooo-exchange-online", "auto", "os", "Exchange Online (automatic reply)",
      "auto: out-of-office reply to a bot recap; no items",
      "Exchange Online OOF 'Automatic reply:' with Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, +0000 Date; bilingual body full of dates and a delegate")
def c7208():
    c, dt = 7208, at(2026, 4, 16, 8, 31, 2, UTC)
    botmid = "<minutebot.%s@olivasol.example.cn>" % hx((c, "botmid"), 20)
    text = ("Hi,\n\nI am on annual leave from 16 April to 20 April with limited access to email, and will be back on "
            "Tuesday 21 April.\nFor urgent payments or LC matters please contact Javier Moreno "
            "(javier.moreno@olivasol.example.cn).\n\n您好，我于4月16日至4月20日休假，4月21日返岗。紧急付款或信用证事宜请联系"
            "Javier Moreno。\n\nThanks,\nMaggie\n")
    html = html_owa("<div>" + divs(text, blank="<div><br></div>") + "</div>")
    root = multi("alternative", [leaf("text/plain", text, "utf-8", cte="base64"),
                                 leaf("text/html", html, "utf-8", cte="base64")],
                 "_000_%s_" % ("SG2PR06MB5071" + hx((c, "b"), 20).upper()), style="sp")
    tr = trace("os", c, "", dt, "SG2PR06MB5071.apcprd06.prod.outlook.com", "::1", ret="")
    hs = tr + [
        ("From", mbox("Maggie Guo", "maggie.guo@olivasol.example.cn")),
        ("To", mbox(*bot("os"))),
        ("Subject", "Automatic reply: RE: Minutes - Weekly Supply Chain Sync (16 Apr)"),
        ("Thread-Topic", "Minutes - Weekly Supply Chain Sync (16 Apr)"),
        ("Thread-Index", thread_index(c)),
        ("Date", rfcdate(dt)),
        ("Message-ID", mid("owa", c, None)),
        ("References", botmid),
        ("In-Reply-To", botmid),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Has-Attach", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "maggie.guo@olivasol.example.cn"),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-parent-message-id", botmid),
        ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
        ("Content-Language", "en-US"),
        ("@ROOT", None),
        ("MIME-Version", "1.0"),
    ]
    eml = render(hs, root, crlf=True)
    notes = ("Exchange Online out-of-office reply (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, "
             "X-Auto-Response-Suppress, Return-Path <>, 'Automatic reply:' subject) to a recap the bot sent. Date "
             "08:31 +0000 = 16:31 Shanghai. The body has dates (16-20 April, back 21 April) and a delegate; none of it is "
             "an item or a command. kind auto, no items, no follow-up; the bot must not answer it. CRLF line ends.")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7209, "rj-collab-tracking-table-coremail-html", "minutes", "rj", "Coremail webmail",
      "3 items from a 跨部门协作事项跟踪表: 计划完成时间 dates, 待定 -> vague; 已完成 row skipped",
      "Seed 跨部门协作事项跟踪表 (责任人 发起方/协作方 columns) as an HTML table, UTF-8 base64; the 发起方 person owns, the 协作方 person supports; remarks cells are not items")
def c7209():
    c, dt = 7209, at(2026, 4, 17, 17, 50, 33)
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "义务教育招生报名系统联调测试", "基础教育股", "办公室（信息中心）", "杨建军", "谢雨婷", "2026-04-13",
             "2026-04-24", "-", "进行中（已完成60%）", "学校端账号开通较慢，已协调信息中心集中开通"],
            ["2", "暑期校舍维修项目预算编制", "后勤装备股", "计划财务股", "邱海波", "曾德明", "2026-04-07", "2026-04-17",
             "2026-04-16", "已完成", "-"],
            ["3", "教师资格定期注册材料初审", "人事股", "各学校", "严桂芳", "-", "2026-04-20", "2026-05-08", "-", "未开始",
             "受五一假期影响，提前布置到各校"],
            ["4", "校园食堂食材溯源平台上线", "后勤装备股", "安全稳定股", "邱海波", "朱国庆", "2026-04-20", "待定", "-",
             "延期（等待平台供应商排期）", "已发函催办，下周再跟"]]
    head = "各股室：\n\n本周跨部门协作事项跟踪表更新如下，请各责任人核对，如有变化请直接回复。\n\n跨部门协作事项跟踪表（4月17日更新）\n"
    tail = "\n办公室 刘慧敏\n0797-2528301\n"
    text = head + tsv(rows) + "\n" + tail
    inner = divs(head.rstrip("\n")) + "\n" + table(rows, attrs='border="1" cellspacing="0" cellpadding="3" '
                                                   'style="border-collapse:collapse;font-size:13px"') + "\n" + divs(tail)
    bd = coremail_bd(dt, c)
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64", quoted=False),
                                 leaf("text/html", html_coremail(inner), "UTF-8", cte="base64", quoted=False)], bd, style="sp")
    to = [who(k) for k in ("yangjianjun", "qiuhaibo", "yanguifang", "zengdeming", "zhuguoqing", "xieyuting")]
    eml = coremail_msg(c, "rj", who("liuhuimin"), to, [who("laichunsheng"), bot("rj")],
                       "跨部门协作事项跟踪表（4月17日更新）", dt, root, label="UTF-8", codec="utf-8", ip="10.36.8.12")
    items = [
        I("yangjianjun", "义务教育招生报名系统联调测试", ("abs", "2026-04-24"), find=["义务教育招生报名系统联调测试"]),
        I("yanguifang", "教师资格定期注册材料初审", ("abs", "2026-05-08"), find=["教师资格定期注册材料初审"]),
        I("qiuhaibo", "校园食堂食材溯源平台上线", "vague", find=["校园食堂食材溯源平台上线"]),
    ]
    notes = ("Coremail, UTF-8 base64, seed 跨部门协作事项跟踪表 as an HTML table (tab text alternative). Sent Fri 2026-04-17 "
             "17:50. Each open row is one item owned by 责任人（发起方）; the 责任人（协作方） (谢雨婷, 朱国庆, 曾德明) supports "
             "and is neither owner nor extra item. Row 1 杨建军, 计划完成时间 2026-04-24. Row 2 is 已完成 (实际完成时间 04-16): "
             "status, not an item. Row 3 严桂芳, 2026-05-08 (a Friday, working day). Row 4 邱海波, 计划完成时间 待定 -> "
             "vague_due. 进展情况 and 风险点 cells ('已发函催办，下周再跟') are remarks, not items; the intro's '如有变化请"
             "直接回复' is a request to everyone. No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7210, "hf-new-minutes-in-old-thread-foxmail-gbk", "minutes", "hf", "Foxmail 7.2",
      "5 items of the new minutes (五一前 -> 04-30, 本周五前, customer owner); quoted old minutes ignored; next 04-27 10:00",
      "New minutes written as 'Re:' on top of last week's minutes in the same thread (Foxmail 发件人：/发送时间： quote block, GBK base64); old items and old next meeting must not be read")
def c7210():
    c, dt = 7210, at(2026, 4, 20, 17, 15, 22)
    old_dt = at(2026, 4, 13, 16, 12, 5)
    old_mid = mid("foxmail", 7210.5, "hefengfood.example.cn", dt=old_dt)
    new = (
        "周经理、各位：\n\n今天下午和鲜惠多第二次沟通了五一备货，纪要如下（上周的纪要在下面，已过期的不再跟踪）：\n\n"
        "一、鲜惠多五一档期确认增加三鲜水饺、猪肉白菜水饺两个单品的堆头，门店范围为新乡、焦作共23家门店。\n"
        "二、待办：\n"
        "1. 贾思雨：4月24日前与鲜惠多确认堆头位置和数量，并回传门店清单\n"
        "2. 侯经理：五一前完成三鲜、猪肉白菜水饺各2万袋加产\n"
        "3. 孟主管：4月28日前协调冷库腾出300个托盘位\n"
        "4. 秦晓燕：本周五前核对鲜惠多一季度对账单差异\n"
        "5. 周经理（鲜惠多）：4月22日前提供各门店五一期间收货时间窗口\n"
        "三、下次沟通：4月27日（周一）上午10点，视频会\n\n"
        "贾思雨\n新乡市禾丰速冻食品有限公司 销售部 KA经理\n")
    old = (
        "周经理、各位：\n\n今天和鲜惠多沟通了五一备货，纪要如下：\n"
        "1. 贾思雨：4月17日前提供五一促销装报价\n"
        "2. 孟凡超：4月20日前确认冷链车辆排班\n"
        "3. 周经理（鲜惠多）：4月16日前提供五一各门店预估销量\n"
        "下次沟通：4月20日下午\n\n贾思雨\n")
    qhead = ("发件人： 贾思雨\n发送时间： 2026-04-13 16:12\n收件人： 周倩\n抄送： 侯振宇; 孟凡超; 史国栋; 纪要机器人\n"
             "主题： 鲜惠多五一备货沟通纪要\n")
    text = new + "\n\n" + qhead + old
    html = html_foxmail(
        divs(new) + '\n<div><br></div><blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; '
        'margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm '
        '0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
        'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">' +
        "".join("<div><b>%s</b>&nbsp;%s</div>" % (esc(l.split(" ", 1)[0]), esc(l.split(" ", 1)[1]))
                for l in qhead.strip().split("\n")) +
        '</div></div><div>' + divs(old) + '</div></blockquote>', "GBK")
    root = multi("alternative", [leaf("text/plain", text, "GBK", cte="base64"),
                                 leaf("text/html", html, "GBK", cte="base64")], foxmail_bd(c))
    to = [who(ZHOUQIAN), who("houzhenyu"), who("mengfanchao"), who("qinxiaoyan")]
    cc = [who("shiguodong"), bot("hf")]
    eml = foxmail_msg(c, "hf", who("jiasiyu"), to, cc, "Re: 鲜惠多五一备货沟通纪要", dt, root, irt=old_mid, refs=old_mid)
    items = [
        I("jiasiyu", "与鲜惠多确认堆头位置和数量，并回传门店清单", ("abs", "2026-04-24"), find=["4月24日前与鲜惠多确认堆头位置"]),
        I("houzhenyu", "完成三鲜、猪肉白菜水饺各2万袋加产", ("before_hol", "劳动节"), find=["侯经理：五一前"]),
        I("mengfanchao", "协调冷库腾出300个托盘位", ("abs", "2026-04-28"), find=["孟主管：4月28日前"]),
        I("qinxiaoyan", "核对鲜惠多一季度对账单差异", ("this", 4), find=["本周五前核对"]),
        I(ZHOUQIAN, "提供各门店五一期间收货时间窗口", ("abs", "2026-04-22"), find=["4月22日前提供各门店"]),
    ]
    notes = ("Foxmail GBK base64. New minutes written as 'Re:' in last week's thread (In-Reply-To the 04-13 minutes); the "
             "old minutes sit below Foxmail's 发件人：/发送时间： block and are quoted: their items (4月17日, 4月20日, 4月16日) "
             "and their '下次沟通：4月20日下午' must not be read. Sent Mon 2026-04-20 17:15. New items: 贾思雨 4月24日前 -> "
             "2026-04-24; 侯经理 = 侯振宇, 五一前 = the last working day before the Labour Day block (05-01..05-05) -> "
             "Thu 2026-04-30; 孟主管 = 孟凡超, 2026-04-28; 秦晓燕 本周五前 -> 2026-04-24; 周经理（鲜惠多） = 周倩, the "
             "customer (not in the roster; address from the To display name 周倩, department null), 2026-04-22. Point 一 "
             "is a decision. 下次沟通：4月27日（周一）上午10点 -> 2026-04-27 10:00.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-04-27", 0), "10:00", find=["下次沟通：4月27日（周一）上午10点"]),
                notes=notes)


@case(7211, "lx-forwarded-tencent-ai-minutes-apple-mail", "minutes", "lx", "Apple Mail (macOS)",
      "4 items from the forwarded 腾讯会议 智能纪要 待办事项 (下周二前, 尽快, an outsider owner from the roster); preface and summary ignored",
      "Apple Mail forward ('开始转发的邮件：') of a Tencent Meeting AI-minutes mail with a short preface, UTF-8 QP; only the 待办事项 block counts")
def c7211():
    c, dt = 7211, at(2026, 4, 22, 19, 30, 14)
    pre = "各位，嘉信那边的会用的腾讯会议，智能纪要转过来，待办我核对过了没问题。抄送 Minutebot 归档。\n\n何俊\n"
    fwd = ("开始转发的邮件：\n\n"
           "发件人: 腾讯会议 <noreply@meeting.tencent.example.com>\n"
           "主题: 【腾讯会议】智能纪要：嘉信律所UAT反馈会\n"
           "日期: 2026年4月22日 GMT+8 17:02:11\n"
           "收件人: 何俊 <hejun@lexheng.example.cn>\n\n")
    ai = ("智能纪要｜嘉信律所UAT反馈会\n会议时间：2026/04/22 15:30-16:45\n参会人：孔令仪、齐磊、何俊、魏子涵、唐悦\n\n"
          "全文摘要\n本次会议嘉信律所反馈了UAT第一周的使用情况。孔令仪律师对合同比对结果的准确率表示满意，但希望4月底前能看到"
          "私有化部署的演示；齐磊提出律所内网无法访问外网模型服务，需要确认部署方式。双方同意先做一次离线部署验证。\n\n"
          "章节速览\n00:02:15 UAT使用情况反馈\n00:18:40 私有化部署需求\n00:41:03 后续安排\n\n"
          "待办事项\n"
          "1. 何俊：整理嘉信律所UAT反馈问题清单并同步给研发，4月24日前\n"
          "2. 魏子涵：评估私有化部署所需服务器配置，下周二前给出方案\n"
          "3. 唐悦：与齐磊确认律所内网环境和访问策略，尽快\n"
          "4. 齐磊：提供内网服务器的操作系统和GPU型号信息，4月27日\n\n"
          "以上内容由AI生成，仅供参考\n")
    text = pre + "\n" + fwd + ai
    hfwd = ('<div><br><blockquote type="cite"><div>开始转发的邮件：</div><br class="Apple-interchange-newline">' +
            "".join('<div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, '
                    'Helvetica, sans-serif;"><b>%s</b> %s</span></div>' % (esc(l.split(" ", 1)[0]), esc(l.split(" ", 1)[1]))
                    for l in fwd.strip().split("\n")[2:]) +
            "<br><div>" + divs(ai) + "</div></blockquote></div>")
    html = html_apple(divs(pre) + hfwd)
    root = multi("alternative", [leaf("text/plain", text, "utf-8", cte="quoted-printable", quoted=False, cte_first=True),
                                 leaf("text/html", html, "utf-8", cte="quoted-printable", quoted=False, cte_first=True)],
                 apple_bd(c))
    to = [who(k) for k in ("weizihan", "tangyue", "denghao", "lukexin")]
    tmid = "<%s@meeting.tencent.example.com>" % hx((c, "tm"), 24)
    eml = apple_msg(c, "lx", who("hejun"), to, [bot("lx")], "Fwd: 【腾讯会议】智能纪要：嘉信律所UAT反馈会", dt, root, refs=tmid)
    items = [
        I("hejun", "整理嘉信律所UAT反馈问题清单并同步给研发", ("abs", "2026-04-24"), find=["同步给研发，4月24日前"]),
        I("weizihan", "评估私有化部署所需服务器配置，给出方案", ("next", 1), find=["下周二前给出方案"]),
        I("tangyue", "与齐磊确认律所内网环境和访问策略", "vague", find=["访问策略，尽快"]),
        I("qilei", "提供内网服务器的操作系统和GPU型号信息", ("abs", "2026-04-27"), find=["GPU型号信息，4月27日"]),
    ]
    notes = ("Apple Mail (macOS) forward, UTF-8 quoted-printable, of a Tencent Meeting 智能纪要 mail, with a one-line "
             "preface (not an item). Only the 待办事项 block counts; 全文摘要 ('希望4月底前能看到私有化部署的演示', '双方同意…') "
             "and 章节速览 timestamps are not items or dates. Forwarded on Wed 2026-04-22 19:30 (same day as the meeting). "
             "何俊 4月24日前 -> 2026-04-24; 魏子涵 下周二前 -> 2026-04-28; 唐悦 尽快 -> vague_due; 齐磊 (the law firm's IT "
             "lead, listed in the roster as an outsider, department null) 4月27日 -> 2026-04-27. No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7212, "os-hq-owner-due-blocks-gmail-cest", "minutes", "os", "Gmail web (Google Workspace)",
      "4 Owner/Task/Due blocks (Monday, April 30, by Tuesday, TBD); next 'Thursday 7 May, 09:30 Madrid time' = 15:30",
      "English Owner:/Task:/Due: blocks written in Spain: Date 23:40 +0200 is already Friday in Shanghai; weekday dues resolve from the Shanghai date; next meeting given in Madrid time")
def c7212():
    c, dt = 7212, at(2026, 4, 23, 23, 40, 0, CEST)
    text = (
        "Hi team,\n\nThanks for the call this afternoon. My notes below; please correct me if I got anything wrong.\n\n"
        "Summary\n- 618 will be the main push for the 5L tins, on the JD and Tmall flagship stores.\n"
        "- HQ agrees to keep FOB prices flat until the end of Q3.\n\n"
        "Action items\n\n"
        "Owner: Vivian Lin\nTask: share the 618 promotion forecast for the 5L tins (by SKU and channel)\nDue: Monday\n\n"
        "Owner: Kevin Cai\nTask: check whether the new GB 7718 labelling rules apply to the June shipment\nDue: April 30\n\n"
        "Owner: Diego Navarro\nTask: send the B/L draft and COA for the May container\nDue: by Tuesday\n\n"
        "Owner: Javier\nTask: approve the 5% distributor rebate for Q2\nDue: TBD\n\n"
        "Next call: Thursday 7 May, 09:30 Madrid time (15:30 in Zhangzhou)\n\n"
        "Un saludo,\nCarmen\n\n--\nCarmen Ortega\nExport Director | Aceites Sierra Sur S.A.\nJaén, España\n")
    html = html_gmail(divs(text, blank="<div><br></div>"))
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="quoted-printable"),
                                 leaf("text/html", html, "UTF-8", cte="quoted-printable")], gmail_bd(c), style="sp")
    to = [who(k) for k in ("vivian", "kevin", "javier")]
    eml = gmail_msg(c, "os", who("carmen"), to, [who("diego"), bot("os")],
                    "Minutes: Q2 channel call with Zhangzhou (23 Apr)", dt, root)
    items = [
        I("vivian", "share the 618 promotion forecast for the 5L tins (by SKU and channel)", ("bare", 0),
          find=["Due: Monday"]),
        I("kevin", "check whether the new GB 7718 labelling rules apply to the June shipment", ("abs", "2026-04-30"),
          find=["Due: April 30"]),
        I("diego", "send the B/L draft and COA for the May container", ("bare", 1), find=["Due: by Tuesday"]),
        I("javier", "approve the 5% distributor rebate for Q2", "vague", find=["Due: TBD"]),
    ]
    notes = ("Gmail web from the Spanish parent (Carmen Ortega, roster outsider), UTF-8 QP, Owner:/Task:/Due: blocks. Date "
             "Thu 23 Apr 2026 23:40 +0200 = Fri 2026-04-24 05:40 Asia/Shanghai; dates resolve from the Shanghai date "
             "(here the weekday answers are the same from either side). 'Due: Monday' -> 2026-04-27; 'April 30' -> "
             "2026-04-30; 'by Tuesday' -> 2026-04-28 (Diego, roster outsider, department null); 'TBD' -> vague_due (Javier "
             "= Javier Moreno by alias). The Summary lines are decisions. 'Next call: Thursday 7 May, 09:30 Madrid time "
             "(15:30 in Zhangzhou)' -> 2026-05-07 15:30 (CEST = UTC+2, Shanghai = UTC+8).")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-05-07", 3), "15:30", find=["09:30 Madrid time (15:30 in Zhangzhou)"]),
                notes=notes)


@case(7213, "hf-foreign-matter-complaint-mailmaster", "minutes", "hf", "NetEase MailMaster (iOS)",
      "4 items: 今天下班前, 明天上午10点前, 5个工作日内 across Labour Day -> 05-08, unit-only 节后第一个工作日; next 05-06 09:00",
      "Plain quality-incident minutes from 网易邮箱大师, UTF-8 base64; 5个工作日内 skips 05-01..05-05; 节后第一个工作日 for both an item and the next meeting")
def c7213():
    c, dt = 7213, at(2026, 4, 28, 16, 40, 11)
    text = (
        "各位领导、同事：\n\n今天下午鲜惠多金属异物客诉专题会纪要如下：\n\n"
        "一、问题：4月24日鲜惠多新乡平原店顾客投诉猪肉白菜水饺（批号20260418-2）内发现金属丝。\n"
        "二、初步原因：二号线和面机刮刀磨损，金属探测仪灵敏度偏低。\n"
        "三、措施及分工：\n"
        "1、申晓东：今天下班前完成二号线金属探测仪灵敏度复核，留存记录；\n"
        "2、王工：明天上午10点前更换二号线磨损刮刀；\n"
        "3、郜丽娟：5个工作日内向鲜惠多提交8D报告；\n"
        "4、品控部：节后第一个工作日组织全员异物防控培训。\n"
        "四、下次会议：节后第一个工作日上午9点复盘。\n\n"
        "郜丽娟\n\n发自 网易邮箱大师\n")
    html = ('<div style="font-size:14px;">' + divs(text) + "</div>")
    bd = "----=_Part_%s_%s.%d" % (dnum((c, 1), 6), dnum((c, 2), 9), int(dt.timestamp() * 1000) + 211)
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64", quoted=False),
                                 leaf("text/html", html, "UTF-8", cte="base64", quoted=False)], bd, style="sp")
    to = [who(k) for k in ("niujianguo", "houzhenyu", "shenxiaodong", "wangdesheng", "jiasiyu")]
    eml = mailmaster_msg(c, "hf", who("gaolijuan"), to, [bot("hf")], "金属异物客诉专题会纪要（4.28）", dt, root)
    items = [
        I("shenxiaodong", "完成二号线金属探测仪灵敏度复核，留存记录", ("today",), find=["今天下班前完成二号线"]),
        I("wangdesheng", "更换二号线磨损刮刀", ("tomorrow",), "10:00", find=["王工：明天上午10点前"]),
        I("gaolijuan", "向鲜惠多提交8D报告", ("wd", 5), find=["5个工作日内向鲜惠多提交8D报告"]),
        I(None, "组织全员异物防控培训", ("after_hol", "劳动节"), dept="品控部", find=["品控部：节后第一个工作日"]),
    ]
    notes = ("网易邮箱大师 (iOS) UTF-8 base64, plain incident minutes. Sent Tue 2026-04-28 16:40, three days before Labour "
             "Day (05-01..05-05 off, Sat 05-09 a make-up working day). 今天下班前 -> the send date 2026-04-28, no time. 王工 = "
             "王德胜: 明天上午10点前 -> 2026-04-29 10:00. 5个工作日内 from 04-29: 04-29, 04-30, (holiday), 05-06, 05-07, "
             "05-08 -> 2026-05-08. 品控部 alone -> no_owner, department 品控部; 节后第一个工作日 -> Wed 2026-05-06. The "
             "complaint date (4月24日) and batch number are facts. 下次会议：节后第一个工作日上午9点 -> 2026-05-06 09:00.")
    return dict(eml=eml, items=items, nf=NF(("after_hol", "劳动节"), "09:00", find=["下次会议：节后第一个工作日上午9点"]),
                notes=notes)


@case(7214, "lx-corrected-checklist-resend-in-thread", "minutes", "lx", "Thunderbird",
      "4 open items of the corrected list (下周二, a new 周五前 item, [x] rows skipped); next '周四 10:30' unchanged",
      "Corrected re-send of 7207 in the same thread (In-Reply-To, '> ' quote of the old list); only the new list counts; an item now marked [x] drops out")
def c7214():
    c, dt = 7214, at(2026, 4, 15, 9, 5, 40)
    prev = mid("thunderbird", 7207, "lexheng.example.cn")
    new = (
        "更正一下昨晚的纪要：许诺的评测报告改到下周二（长合同样本周末才能标完），另外漏了程雪的一条。完整待办以这封为准：\n\n"
        "- [x] @邓浩 修复批量导入超时 LEX-311\n"
        "- [ ] @邓浩 合同比对接口加分页 LEX-318 by 4/17\n"
        "- [ ] @许诺 条款抽取F1评测报告（含长合同） 下周二\n"
        "- [x] @何俊 PRD v0.3 评审稿（昨晚已发）\n"
        "- [ ] @唐悦 约嘉信律所做UAT，时间待定\n"
        "- [ ] @程雪 审一下UAT数据使用授权书模板 周五前\n\n"
        "Next sync 不变：周四 10:30\n\n")
    old = ("Hi all，今晚加的站会，记一下：\n\n待办\n"
           "- [x] @邓浩 修复批量导入超时 LEX-311\n"
           "- [ ] @邓浩 合同比对接口加分页 LEX-318 by 4/17\n"
           "- [ ] @许诺 条款抽取F1评测报告（含长合同） 下周一\n"
           "- [ ] @何俊 PRD v0.3 评审稿 EOD\n"
           "- [ ] @唐悦 约嘉信律所做UAT，时间待定\n\n"
           "Next sync: 周四 10:30，还是在小会议室2\n")
    text = new + "在 2026/4/14 21:40, 何俊 写道:\n" + "".join("> " + l + "\n" if l else ">\n" for l in old.rstrip("\n").split("\n"))
    root = leaf("text/plain", text, "UTF-8", cte="8bit", quoted=False, params="; format=flowed")
    to = [who(k) for k in ("denghao", "xunuo", "tangyue", "weizihan", "lukexin", "chengxue")]
    eml = thunderbird_msg(c, "lx", who("hejun"), to, [bot("lx")], "[纪要][更正] 合同比对 sprint 14 站会 04-14", dt, root,
                          irt=prev, refs=prev)
    items = [
        I("denghao", "合同比对接口加分页", ("abs", "2026-04-17"), find=["- [ ] @邓浩 合同比对接口加分页 LEX-318 by 4/17"]),
        I("xunuo", "条款抽取F1评测报告（含长合同）", ("next", 1), find=["条款抽取F1评测报告（含长合同） 下周二"]),
        I("tangyue", "约嘉信律所做UAT", "vague", find=["约嘉信律所做UAT，时间待定"]),
        I("chengxue", "审UAT数据使用授权书模板", ("bare", 4), find=["审一下UAT数据使用授权书模板 周五前"]),
    ]
    notes = ("Corrected re-send of 7207 in the same thread (In-Reply-To/References = 7207's Message-ID), Thunderbird "
             "UTF-8 8bit. Sent Wed 2026-04-15 09:05. Only the new list counts; the '> ' quoted old list is not read. [x] rows "
             "(LEX-311, and 何俊's PRD now '昨晚已发') are done. 邓浩 by 4/17 -> 2026-04-17; 许诺 moved to 下周二 -> "
             "2026-04-21; 唐悦 时间待定 -> vague_due; new item 程雪 周五前 -> 2026-04-17. Next sync 周四 10:30 from "
             "Wednesday -> 2026-04-16 10:30 (same meeting as in 7207).")
    return dict(eml=eml, items=items, nf=NF(("bare", 3), "10:30", find=["Next sync 不变：周四 10:30"]), notes=notes)


# --------------------------------------------------------------------------------------------
# Attachments: .docx (python-docx, zip timestamps pinned) and PDF (reportlab, invariant=1)
# --------------------------------------------------------------------------------------------
def pin_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author, when, title):
    """blocks: list of ('title'|'center'|'para'|'right', text)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime(*when)
    cp.modified = datetime(*when)
    cp.last_printed = datetime(*when)
    cp.revision = 3
    for kind, text in blocks:
        p = d.add_paragraph()
        r = p.add_run(text)
        font = "仿宋_GB2312"
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.font.size = Pt(22)
            font = "方正小标宋简体"
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.font.size = Pt(16)
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r.font.size = Pt(16)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            r.font.size = Pt(16)
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    bio = io.BytesIO()
    d.save(bio)
    return pin_zip(bio.getvalue(), when)


def make_pdf(title, paras, rows, author):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, invariant=1, title=title, author=author, creator="Microsoft Word",
                            producer="Microsoft: Print To PDF")
    ss = getSampleStyleSheet()
    story = [Paragraph(esc(title), ss["Title"])]
    for kind, text in paras:
        if kind == "h":
            story.append(Paragraph(esc(text), ss["Heading2"]))
        elif kind == "table":
            cell = ss["BodyText"]
            data = [[Paragraph(esc(x), cell) for x in r] for r in rows]
            t = Table(data, colWidths=[22, 190, 120, 90, 50])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6D5")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(esc(text), ss["BodyText"]))
    doc.build(story)
    return bio.getvalue()


def rfc2231(name, charset="UTF-8", codec=None):
    from urllib.parse import quote
    return "%s''%s" % (charset, quote(name.encode(codec or charset), safe=""))


# --------------------------------------------------------------------------------------------
# Cases 7215-7221
# --------------------------------------------------------------------------------------------
@case(7215, "rj-bureau-meeting-docx-attachment-coremail", "minutes", "rj", "Coremail webmail",
      "3 items read from the .docx (牵头 in brackets, 五一假期前 -> 04-30, 5月底前 -> 05-31); next 05-12 08:30 from the docx",
      "Formal 局务会议纪要 as a real .docx attachment (（一）（二）…, 仿宋 fonts) with a two-line GBK body; a report heard (汇报) and a rule (会议强调) are not items")
def c7215():
    c, dt = 7215, at(2026, 4, 29, 10, 20, 41)
    body = ("各股室：\n\n　　现将4月28日局务会议纪要（瑞教纪〔2026〕5号）印发给你们，详见附件，请认真抓好落实。\n\n"
            "办公室 谢雨婷\n2026年4月29日\n")
    blocks = [
        ("title", "瑞金市教育局"), ("title", "局务会议纪要"), ("center", "瑞教纪〔2026〕5号"),
        ("para", "2026年4月28日下午，钟文华局长主持召开局务会议。会议听取了基础教育股关于春季学期学籍管理情况的汇报，"
                 "研究了以下事项："),
        ("para", "（一）关于暑期教师培训方案。会议原则同意教研室提出的培训思路。由教研室牵头（陈明辉），人事股配合，"
                 "5月15日前拿出培训方案初稿，提交局务会审议。"),
        ("para", "（二）关于校车安全专项整治。由安全稳定股负责，五一假期前完成全市校车安全检查，检查结果报局办公室。"),
        ("para", "（三）关于学生营养改善计划资金拨付。由计划财务股曾德明同志负责，5月底前将一季度补助资金拨付到位。"),
        ("para", "（四）会议强调，各股室要严格执行请销假制度，五一假期期间外出须提前报备。"),
        ("para", "下次局务会议定于5月12日（星期二）上午8:30召开。"),
        ("para", "出席：钟文华　赖春生"),
        ("para", "列席：刘慧敏　杨建军　曾德明　朱国庆　陈明辉"),
        ("para", "记录：谢雨婷"),
        ("right", "瑞金市教育局办公室"), ("right", "2026年4月28日印发"),
    ]
    data = make_docx(blocks, "谢雨婷", (2026, 4, 29, 9, 58, 0), "局务会议纪要")
    fn = "局务会议纪要（瑞教纪〔2026〕5号）.docx"
    alt = multi("alternative", [leaf("text/plain", body, "GBK", "gbk", "base64", quoted=False),
                                leaf("text/html", html_coremail(divs(body)), "GBK", "gbk", "base64", quoted=False)],
                coremail_bd(dt, (c, "alt")), style="sp")
    att = binpart("application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname*=%s" % rfc2231(fn, "GBK", "gbk"),
                  "attachment;\n\tfilename*=%s" % rfc2231(fn, "GBK", "gbk"), data)
    root = multi("mixed", [alt, att], coremail_bd(dt, c), style="sp")
    to = [who(k) for k in ("chenminghui", "zhuguoqing", "zengdeming", "yangjianjun", "yanguifang", "liuhuimin")]
    cc = [who("zhongwenhua"), who("laichunsheng"), bot("rj")]
    eml = coremail_msg(c, "rj", who("xieyuting"), to, cc, "关于印发4月28日局务会议纪要的通知", dt, root)
    items = [
        I("chenminghui", "拿出暑期教师培训方案初稿，提交局务会审议", ("abs", "2026-05-15"), find=["由教研室牵头（陈明辉）", "5月15日前"]),
        I(None, "完成全市校车安全检查，检查结果报局办公室", ("before_hol", "劳动节"), dept="安全稳定股",
          find=["由安全稳定股负责，五一假期前"]),
        I("zengdeming", "将一季度学生营养改善计划补助资金拨付到位", ("monthend", 5), find=["计划财务股曾德明同志负责，5月底前"]),
    ]
    notes = ("Coremail, GBK base64 two-line body; the minutes are in a real .docx attachment (filename RFC 2231-encoded in "
             "GBK). Record what a reader of the attachment records. Sent Wed 2026-04-29 10:20. （一）教研室牵头（陈明辉）: "
             "陈明辉 owns, 人事股配合 is support; 5月15日前 -> 2026-05-15. （二）安全稳定股 alone -> no_owner, department "
             "安全稳定股; 五一假期前 -> last working day before the 05-01..05-05 block = Thu 2026-04-30. （三）曾德明 owns; "
             "5月底前 -> 2026-05-31 (a Sunday: the written month end is kept). The 汇报 heard and （四）会议强调 are not items. "
             "下次局务会议定于5月12日（星期二）上午8:30 -> 2026-05-12 08:30.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-05-12", 1), "08:30", find=["5月12日（星期二）上午8:30"]), notes=notes)


@case(7216, "hf-labour-day-tsv-table-wecom-plain", "minutes", "hf", "WeCom (企业微信) mail",
      "4 items from a tab-separated table: 今天下班前, 节后第一个工作日, 5月8日, make-up Saturday 5月9日; 已完成 row skipped; next 05-06 08:30",
      "Table pasted from Excel into a text/plain UTF-8 base64 mail (tabs); 主责/配合 columns and '范文静（主责）/申晓东（配合）' in one cell; 备注 cells not items")
def c7216():
    c, dt = 7216, at(2026, 4, 30, 15, 0, 52)
    rows = [["序号", "事项", "主责", "配合", "完成时间", "备注"],
            ["1", "假期值班表报总经办", "宋佳", "", "今天下班前", ""],
            ["2", "节后复工设备点检", "王工", "申晓东", "节后第一个工作日", "重点是速冻隧道和制冷机组"],
            ["3", "5月原料采购计划", "常秋菊", "秦晓燕", "5月8日", ""],
            ["4", "鲜惠多五一促销补货", "贾思雨", "孟凡超", "4月29日", "已完成"],
            ["5", "酸汤水饺新品试产", "范文静（主责）/申晓东（配合）", "", "5月9日（周六调休上班）", "试产量500公斤"]]
    text = ("各位：\n\n五一假期安排和节后待办如下（从排班表里直接贴出来的）：\n\n" + tsv(rows) +
            "\n\n假期期间一号线正常生产，二号线5月1日至3日停线保养。\n"
            "节后复工会：5月6日早上8:30，车间二楼会议室。\n\n侯振宇\n生产部\n")
    root = leaf("text/plain", text, "utf-8", cte="base64")
    to = [who(k) for k in ("songjia", "wangdesheng", "shenxiaodong", "changqiuju", "qinxiaoyan", "jiasiyu",
                           "mengfanchao", "fanwenjing")]
    eml = exmail_msg(c, "hf", who("houzhenyu"), to, [who("niujianguo"), bot("hf")], "五一假期生产安排及节后复工待办", dt, root,
                     xmailer="WXWork Mail 4.1.36", ip="171.8.172.19")
    items = [
        I("songjia", "假期值班表报总经办", ("today",), find=["假期值班表报总经办\t宋佳"]),
        I("wangdesheng", "节后复工设备点检", ("after_hol", "劳动节"), find=["节后复工设备点检\t王工\t申晓东\t节后第一个工作日"]),
        I("changqiuju", "5月原料采购计划", ("abs", "2026-05-08"), find=["5月原料采购计划\t常秋菊"]),
        I("fanwenjing", "酸汤水饺新品试产", ("abs", "2026-05-09"), find=["范文静（主责）/申晓东（配合）", "5月9日（周六调休上班）"]),
    ]
    notes = ("企业微信 (WeCom) mail, single text/plain UTF-8 base64 part with a tab-separated table pasted from Excel. Sent "
             "Thu 2026-04-30 15:00, the last working day before Labour Day (05-01..05-05; Sat 05-09 is a make-up working "
             "day). 主责 owns, 配合 never does. Row 1 宋佳 今天下班前 -> 2026-04-30, no time. Row 2 王工 = 王德胜, 节后第一个"
             "工作日 -> 2026-05-06. Row 3 常秋菊 5月8日 -> 2026-05-08. Row 4 is 已完成 (备注): not an item. Row 5 the 主责 cell "
             "holds both roles: 范文静（主责） owns, 申晓东（配合） does not; 5月9日 -> 2026-05-09, the make-up Saturday "
             "(a working day). The line about line 2 stopping 5月1日至3日 is a plan/fact. 节后复工会：5月6日早上8:30 -> "
             "2026-05-06 08:30.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-05-06"), "08:30", find=["节后复工会：5月6日早上8:30"]), notes=notes)


@case(7217, "lx-chat-paste-then-todo-iphone", "minutes", "lx", "iPhone Mail",
      "3 items from the 待办 list after a pasted group chat (下周三前, 本周六 = make-up Saturday, 5月15日前); no next meeting",
      "Chat log pasted above the list restates the tasks (not items); text/plain UTF-8 QP from iPhone; 本周六 05-09 is a working day")
def c7217():
    c, dt = 7217, at(2026, 5, 7, 8, 15, 3)
    text = (
        "昨晚跟嘉信孔律师电话聊完，又在群里对了一下。群聊记录贴在下面，待办以最后那段为准。\n\n"
        "【群聊记录】\n"
        "沈一鸣 22:41\n孔律师希望6月前正式上线，演示环境下周要能用\n"
        "何俊 22:43\n收到，演示环境我来搭，下周三前\n"
        "程雪 22:45\n数据处理协议我这周六出初稿，反正调休上班\n"
        "韩东 22:50\n报价单我15号前发孔律师\n\n"
        "【待办】\n"
        "1. 何俊：下周三前搭好嘉信演示环境\n"
        "2. 程雪：本周六前出数据处理协议初稿\n"
        "3. 韩东：5月15日前把正式报价单发给孔律师\n\n"
        "发自我的iPhone\n")
    root = leaf("text/plain", text, "utf-8", cte="quoted-printable", quoted=False)
    root.headers[0] = ("Content-Type", "text/plain;\n\tcharset=utf-8")
    to = [who(k) for k in ("hejun", "chengxue", "handong")]
    eml = apple_msg(c, "lx", who("shenyiming"), to, [who("lukexin"), bot("lx")], "嘉信电话会待办", dt, root, iphone="22F76")
    items = [
        I("hejun", "搭好嘉信演示环境", ("next", 2), find=["何俊：下周三前搭好嘉信演示环境"]),
        I("chengxue", "出数据处理协议初稿", ("this", 5), find=["程雪：本周六前出数据处理协议初稿"]),
        I("handong", "把正式报价单发给孔律师", ("abs", "2026-05-15"), find=["5月15日前把正式报价单"]),
    ]
    notes = ("iPhone Mail, single text/plain UTF-8 QP. Sent Thu 2026-05-07 08:15. The pasted group chat restates the same "
             "tasks ('下周三前', '这周六', '15号前') and '孔律师希望6月前正式上线' is the client's wish: none of it is an item; "
             "the writer says the 【待办】 block is authoritative. 何俊 下周三前 -> next calendar week's Wednesday "
             "2026-05-13. 程雪 本周六前 -> Sat 2026-05-09, the Labour Day make-up working day. 韩东 5月15日前 -> 2026-05-15. "
             "No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7218, "os-qbr-minutes-pdf-attachment-outlook", "minutes", "os", "Outlook 365 (Windows, English)",
      "4 items read from the PDF action table (lead/support cell, 5 working days over the 05-09 make-up Saturday, end of May); Closed row skipped; next 06-05 16:00",
      "Minutes only in a PDF attachment (reportlab) with a short English body; 'Owner (lead), X (support)' cell; 'within 5 working days' counts Sat 05-09")
def c7218():
    c, dt = 7218, at(2026, 5, 8, 17, 30, 45)
    body = ("Hi all,\n\nPlease find attached the minutes of today's Q2 business review with Carmen and Diego. "
            "Let me know by Monday if I missed anything.\n\nBest,\nPablo\n\n"
            "Pablo Ruiz | Marketing Manager\nOliva Sol Trading (Zhangzhou) Co., Ltd.\n")
    rows = [["#", "Action", "Owner", "Due", "Status"],
            ["1", "Finalise the 618 promotion calendar for JD and Tmall", "Vivian Lin", "May 15", "Open"],
            ["2", "Re-quote ocean freight Valencia-Xiamen for Q3", "Lucía Fernández (lead), Ben Zhuang (support)",
             "May 20", "Open"],
            ["3", "Submit the label filing for the new 500 ml bottle", "Kevin Cai", "within 5 working days", "Open"],
            ["4", "Send the revised H2 marketing budget", "Pablo Ruiz", "May 6", "Closed"],
            ["5", "Confirm the July shipment allocation", "Carmen Ortega (HQ)", "end of May", "Open"]]
    paras = [("p", "Date: 8 May 2026, 14:00-16:30 (Beijing). Attendees: Javier Moreno, Carmen Ortega, Diego Navarro, "
                   "Vivian Lin, Lucía Fernández, Kevin Cai, Pablo Ruiz."),
             ("h", "Decisions"),
             ("p", "1. The 5L tin stays the hero SKU for 618; no new SKU before September."),
             ("p", "2. Distributor rebate for Q2 approved at 5%."),
             ("h", "Action items"), ("table", None),
             ("h", "Next review"),
             ("p", "Friday 5 June 2026, 16:00 Beijing time (10:00 Madrid), Teams.")]
    pdf = make_pdf("Q2 Business Review - Minutes", paras, rows, "Pablo Ruiz")
    alt = multi("alternative", [leaf("text/plain", body, "us-ascii", cte="7bit"),
                                leaf("text/html", html_outlook(mso_paras(body), "us-ascii", "EN-US"), "us-ascii",
                                     cte="quoted-printable")], outlook_bd(c, 1))
    att = binpart('application/pdf;\n\tname="QBR_Minutes_2026-05-08.pdf"',
                  'attachment;\n\tfilename="QBR_Minutes_2026-05-08.pdf"', pdf)
    root = multi("mixed", [alt, att], outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("javier", "lucia", "ben", "kevin", "vivian", "carmen", "diego")]
    eml = outlook_msg(c, "os", who("pablo"), to, [bot("os")], "Q2 Business Review - minutes (PDF)", dt, root,
                      label="utf-8", codec="utf-8", lang="en-US", extra=[("X-MS-Has-Attach", "yes")])
    items = [
        I("vivian", "Finalise the 618 promotion calendar for JD and Tmall", ("abs", "2026-05-15"), find=["Finalise the 618 promotion calendar"]),
        I("lucia", "Re-quote ocean freight Valencia-Xiamen for Q3", ("abs", "2026-05-20"), find=["Ben Zhuang (support)"]),
        I("kevin", "Submit the label filing for the new 500 ml bottle", ("wd", 5), find=["within 5 working days"]),
        I("carmen", "Confirm the July shipment allocation", ("monthend",), find=["Confirm the July shipment allocation"]),
    ]
    notes = ("Outlook 365 English, written by Pablo Ruiz, short 7bit body; the minutes are only in a PDF attachment (reportlab). Sent Fri "
             "2026-05-08 17:30. Action table: 1 Vivian Lin May 15 -> 2026-05-15. 2 'Lucía Fernández (lead), Ben Zhuang "
             "(support)': the lead owns, the supporter is not an owner -> Lucía, 2026-05-20. 3 Kevin Cai 'within 5 working "
             "days' from Sat 05-09 (Labour Day make-up working day) = 1, Mon 05-11 = 2, 05-12, 05-13, Thu 05-14 = 5 -> "
             "2026-05-14 (a Mon-Fri count gives 05-15). 4 is Closed: not an item. 5 Carmen Ortega (HQ; roster outsider, "
             "department null) 'end of May' -> 2026-05-31. Decisions are not items; the body's 'Let me know by Monday' is "
             "a request. Next review Friday 5 June 2026 16:00 Beijing -> 2026-06-05 16:00.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-06-05", 4), "16:00", find=["16:00 Beijing time"]), notes=notes)


@case(7219, "rj-school-principal-163-webmail-gbk", "minutes", "rj", "163 webmail (Coremail)",
      "4 items: 杨股长牵头, 钱老师 下周一前, the outsider writer 本月底, 各校教务主任 3个工作日内 (no_owner); 6月上旬 next -> null",
      "Minutes written by an outsider (school principal on 163.com webmail, GBK base64); owners by title (杨股长, 钱老师); a group of school staff -> no_owner with department null; vague next meeting")
def c7219():
    c, dt = 7219, at(2026, 5, 11, 12, 10, 45)
    text = (
        "杨股长、钱老师，各位校长：\n\n5月9日（周六）学区联席会议纪要整理如下，请审阅。\n\n"
        "一、会议情况\n5月9日上午在沙洲坝镇中心小学召开学区联席会议，市教育局基础教育股杨建军股长、教研室钱秀兰老师到会指导，"
        "学区7所小学校长、教务主任参加。\n\n"
        "二、议定事项\n"
        "1．学区小学毕业班质量监测方案：杨股长牵头修改完善，5月15日前定稿下发。\n"
        "2．“红色研学”校本课程展示课：钱老师负责统筹各校课例，下周一前把展示课安排表发到各校。\n"
        "3．学区教师交流轮岗名单：叶明亮负责汇总，本月底报局人事股。\n"
        "4．各校教务主任：3个工作日内上报期中考试成绩分析。\n\n"
        "三、下次学区联席会：6月上旬，具体时间另行通知。\n\n"
        "叶明亮\n瑞金市沙洲坝镇中心小学\n")
    bd = coremail_bd(dt, c)
    root = multi("alternative", [leaf("text/plain", text, "GBK", "gbk", "base64", quoted=False),
                                 leaf("text/html", html_coremail(divs(text)), "GBK", "gbk", "base64", quoted=False)], bd,
                 style="sp")
    to = [who("yangjianjun"), who("qianxiulan")]
    cc = [who("yanguifang"), bot("rj")]
    tr = trace("rj", c, "ye_mingliang@163.example.com", dt, "m16112.mail.163.example.com", "220.181.16.112")
    eml = coremail_msg(c, "rj", who("yemingliang"), to, cc, "沙洲坝学区5月联席会议纪要", dt, root, ip="117.44.203.57",
                       host="ajax-webmail-wmsvr112.163.example.com", brand="163com", tr=tr)
    items = [
        I("yangjianjun", "修改完善学区小学毕业班质量监测方案，定稿下发", ("abs", "2026-05-15"), find=["杨股长牵头修改完善，5月15日前"]),
        I("qianxiulan", "统筹各校课例，把展示课安排表发到各校", ("next", 0), find=["钱老师负责统筹各校课例，下周一前"]),
        I("yemingliang", "汇总学区教师交流轮岗名单报局人事股", ("monthend",), find=["叶明亮负责汇总，本月底"]),
        I(None, "上报期中考试成绩分析", ("wd", 3), dept=None, find=["各校教务主任：3个工作日内"]),
    ]
    notes = ("163.com webmail (Coremail) from an outsider, the principal 叶明亮 (roster outsider, department null), GBK "
             "base64. Sent Mon 2026-05-11 12:10 about a meeting held on the make-up Saturday 05-09. 杨股长 = 杨建军 "
             "(牵头), 5月15日前 -> 2026-05-15. 钱老师 = 钱秀兰, 下周一前 -> 2026-05-18. 叶明亮 (the writer) 本月底 -> "
             "2026-05-31. 各校教务主任 is a group of school staff, not a person and not a unit of the bureau -> owner null, "
             "no_owner, department null; 3个工作日内 from Tue 05-12: 05-12, 05-13, 05-14 -> 2026-05-14. '下次学区联席会：6月"
             "上旬，具体时间另行通知' has no date -> next_followup null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7220, "hf-other-sample-request-exmail-gb18030", "other", "hf", "Tencent Exmail web",
      "other: a person-to-person request with the bot in Cc by habit; no items",
      "Plain request mail (周三前 寄样品) in GB18030 base64 with the bot in Cc: not minutes, so no items even though it has a task and a deadline")
def c7220():
    c, dt = 7220, at(2026, 5, 12, 10, 32, 15)
    text = ("常经理：\n\n鲜惠多采购周倩想要酸汤水饺新品的样品，麻烦周三前从成品库调20袋寄到鲜惠多新乡总部"
            "（新乡市红旗区平原路118号，周倩收，电话0373-3061257），运费走销售部。孟主管那边我已经打过招呼了。\n\n"
            "谢谢！\n贾思雨\n")
    bd = exmail_bd(dt, c)
    root = multi("alternative", [leaf("text/plain", text, "gb18030", cte="base64"),
                                 leaf("text/html", html_exmail(divs(text)), "gb18030", cte="base64")], bd,
                 preamble="This is a multi-part message in MIME format.")
    eml = exmail_msg(c, "hf", who("jiasiyu"), [who("changqiuju")], [who("mengfanchao"), bot("hf")],
                     "麻烦帮忙寄样品", dt, root, label="gb18030")
    notes = ("Tencent Exmail web, GB18030 base64 (headers too). Sent Tue 2026-05-12. A one-to-one request ('麻烦周三前…寄到"
             "鲜惠多') with the bot in Cc by address-book habit. It is not meeting minutes, so kind other: no items, no "
             "follow-up, even though it names a task, a person and a deadline.")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7221, "lx-dev-weekly-wrapped-lines-feishu", "minutes", "lx", "Feishu/Lark Mail",
      "4 items: 主责/配合 pair, an item wrapped over two lines with （下周五）, one task for two owners -> two items; 上次待办回顾 skipped; next 下周三同一时间",
      "Items wrapped over two lines in text and HTML; '何俊、唐悦：分别整理…' gives two items; done review section; next meeting '下周三（5/20）同一时间' with the time from the header")
def c7221():
    c, dt = 7221, at(2026, 5, 13, 18, 45, 20)
    text = (
        "时间：5月13日 17:00-18:00\n参会：魏子涵、邓浩、许诺、何俊、唐悦\n记录：魏子涵\n\n"
        "一、上周待办回顾\n- 批量导入超时：已完成（邓浩）\n- 条款抽取评测报告：已完成（许诺），F1 0.87\n\n"
        "二、本周待办\n"
        "1. 魏子涵（主责）、邓浩（配合）：完成私有化部署安装包的\n   离线签名与校验脚本，5月20日前\n"
        "2. 许诺：把条款抽取模型迁到新GPU集群，训练完成后\n   给出新旧集群对比报告（下周五）\n"
        "3. 何俊、唐悦：分别整理各自负责客户的续费风险名单，周五前\n\n"
        "三、下次周会：下周三（5/20）同一时间\n")
    html = html_feishu(divs(text).replace("&nbsp; &nbsp;", "&nbsp;&nbsp;&nbsp;"))
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                 leaf("text/html", html, "UTF-8", cte="base64")], "----==_lark_%s" % hx(c, 24), style="sp")
    to = [who(k) for k in ("denghao", "xunuo", "hejun", "tangyue")]
    eml = feishu_msg(c, "lx", who("weizihan"), to, [who("shenyiming"), bot("lx")], "研发周会纪要 0513", dt, root)
    items = [
        I("weizihan", "完成私有化部署安装包的离线签名与校验脚本", ("abs", "2026-05-20"), find=["离线签名与校验脚本，5月20日前"]),
        I("xunuo", "把条款抽取模型迁到新GPU集群，训练完成后给出新旧集群对比报告", ("next", 4), find=["给出新旧集群对比报告（下周五）"]),
        I("hejun", "整理各自负责客户的续费风险名单", ("bare", 4), find=["何俊、唐悦：分别整理各自负责客户的续费风险名单，周五前"]),
        I("tangyue", "整理各自负责客户的续费风险名单", ("bare", 4), find=["续费风险名单，周五前"]),
    ]
    notes = ("Feishu mail, UTF-8 base64 text+HTML. Sent Wed 2026-05-13 18:45. 上周待办回顾 lists done work: not items. "
             "1: 魏子涵（主责） owns, 邓浩（配合） is support; the task wraps to a second line and ends with 5月20日前 -> "
             "2026-05-20. 2: wraps too; （下周五） -> 2026-05-22. 3: '何俊、唐悦：分别整理…' is the same task for two owners "
             "-> two items, 周五前 from Wednesday -> 2026-05-15. 下次周会：下周三（5/20）同一时间 -> 2026-05-20 at the "
             "meeting's start time 17:00 (时间：5月13日 17:00-18:00).")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-05-20", 2), "17:00", find=["下周三（5/20）同一时间"]), notes=notes)


def owa_msg(c, org, frm, to, cc, subject, dt, root, irt=None, refs=None, accept="en-US, es-ES"):
    tr = trace(org, c, frm[1], dt, "SG2PR06MB5071.apcprd06.prod.outlook.com", "2603:1096:4:1a2::10")
    hs = tr + [
        ("From", mbox(*frm, label="utf-8", enc="Q")),
        ("To", alist(to, label="utf-8", enc="Q")),
        _opt("CC", alist(cc, label="utf-8", enc="Q") if cc else None),
        ("Subject", subj(subject, "utf-8")),
        ("Thread-Topic", subj(re.sub(r"^(RE|FW|Re|Fwd): ", "", subject), "utf-8")),
        ("Thread-Index", thread_index(c)),
        ("Date", rfcdate(dt.astimezone(UTC))),
        ("Message-ID", mid("owa", c, None)),
        _opt("References", refs), _opt("In-Reply-To", irt),
        ("Accept-Language", accept),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
        ("@ROOT", None),
        ("MIME-Version", "1.0"),
    ]
    return render(hs, root, crlf=True)


def alimail_msg(c, org, frm, to, cc, subject, dt, root):
    dom = frm[1].split("@")[1]
    tr = trace(org, c, frm[1], dt, "out30-%d.mail.aliyun.example.com" % (100 + int(hx(c, 2), 16) % 30),
               "115.124.30.%d" % (100 + int(hx(c, 3), 16) % 30))
    hs = tr + [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R151e4;CH=green;DM=||false|;DS=||;\n FP=0|-1|-1|-1|0|-1|-1|-1;"
                               "HT=maildocker-contentspam033045%d;\n MF=%s;NM=1;PH=DS;RN=5;SR=0;TI=W4_%s" % (
                                   int(hx(c, 1), 16), frm[1], dnum((c, "w4"), 7))),
        ("Date", rfcdate(dt, pad=True)),
        ("From", mbox(*frm, label="UTF-8")),
        ("To", alist(to, label="UTF-8")),
        _opt("Cc", alist(cc, label="UTF-8") if cc else None),
        ("Reply-To", mbox(*frm, label="UTF-8")),
        ("Message-ID", mid("alimail", c, dom)),
        ("Subject", subj(subject, "UTF-8")),
        ("X-Mailer", "[Alimail-Mailagent revision 1][W4_%s][DingTalk]" % dnum((c, "w4"), 7)),
        ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", "W4_%s_DingTalk_%s" % (dnum((c, "w4"), 7), hx((c, "cr"), 12))),
        ("@ROOT", None),
    ]
    return render(hs, root)


# --------------------------------------------------------------------------------------------
# Cases 7222-7231
# --------------------------------------------------------------------------------------------
@case(7222, "lx-auto-dsn-mailbox-full", "auto", "lx", "Postfix DSN",
      "auto: delivery status notification for a bot reminder; no items",
      "multipart/report; report-type=delivery-status from MAILER-DAEMON with Return-Path <>; the returned headers carry a Chinese reminder subject")
def c7222():
    c, dt = 7222, at(2026, 5, 14, 10, 0, 44)
    qid = hx((c, "q"), 10).upper()
    bd = "%s.%d/mx1.lexheng.example.cn" % (qid, int(dt.timestamp()))
    rem_dt = at(2026, 5, 14, 10, 0, 41)
    note = ("This is the mail system at host mx1.lexheng.example.cn.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
            "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned "
            "message.\n\n                   The mail system\n\n"
            "<qilei@jiaxinlaw.example.com>: host mx.jiaxinlaw.example.com[203.0.113.45] said:\n"
            "    552 5.2.2 <qilei@jiaxinlaw.example.com>: Mailbox quota exceeded (in reply to\n    RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.lexheng.example.cn\nX-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; minutebot@lexheng.example.cn\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; qilei@jiaxinlaw.example.com\n"
              "Original-Recipient: rfc822;qilei@jiaxinlaw.example.com\nAction: failed\nStatus: 5.2.2\n"
              "Remote-MTA: dns; mx.jiaxinlaw.example.com\n"
              "Diagnostic-Code: smtp; 552 5.2.2 <qilei@jiaxinlaw.example.com>: Mailbox quota\n    exceeded\n") % (
                  qid, rfcdate(rem_dt, suffix=" (CST)"))
    botmid = "<minutebot.%s@lexheng.example.cn>" % hx((c, "bm"), 20)
    orig = _hdrs([
        ("Return-Path", "<minutebot@lexheng.example.cn>"),
        ("Received", "from localhost (localhost [127.0.0.1])\n\tby mx1.lexheng.example.cn (Postfix) with ESMTP id %s\n"
                     "\tfor <qilei@jiaxinlaw.example.com>; %s" % (qid, rfcdate(rem_dt, suffix=" (CST)"))),
        ("From", "Minutebot <minutebot@lexheng.example.cn>"),
        ("To", mbox("齐磊", "qilei@jiaxinlaw.example.com")),
        ("Subject", subj("【提醒】待办已逾期：提供内网服务器的操作系统和GPU型号信息")),
        ("Date", rfcdate(rem_dt)),
        ("Message-ID", botmid),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "OOF, AutoReply"),
        ("Reply-To", "minutebot+r.%s@lexheng.example.cn" % hx((c, "tok"), 16)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative; boundary="===============%s=="' % dnum((c, "ob"), 19)),
    ]).decode()
    parts = [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
             body=note.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             body=status.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             body=orig.encode()),
    ]
    root = Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bd),
                 ("Content-Transfer-Encoding", "7bit")], parts=parts, boundary=bd,
                preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"), ("Delivered-To", "minutebot@lexheng.example.cn"),
          ("Received", "by mx1.lexheng.example.cn (Postfix)\n\tid %s; %s" % (hx((c, "q2"), 10).upper(),
                                                                            rfcdate(dt, suffix=" (CST)"))),
          ("Date", rfcdate(dt, suffix=" (CST)")),
          ("From", "MAILER-DAEMON@mx1.lexheng.example.cn (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "minutebot@lexheng.example.cn"),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"),
          ("@ROOT", None),
          ("Message-Id", "<%s.%s@mx1.lexheng.example.cn>" % (dt.astimezone(UTC).strftime("%Y%m%d%H%M%S"),
                                                             hx((c, "q2"), 10).upper()))]
    eml = render(hs, root)
    notes = ("Postfix delivery status notification (multipart/report; report-type=delivery-status, From MAILER-DAEMON, "
             "Return-Path <>, Auto-Submitted: auto-replied) for an overdue reminder the bot sent to the law firm's 齐磊 "
             "(mailbox over quota, 5.2.2). Sent Thu 2026-05-14 10:00. No person wrote it: kind auto, no items, no reply. "
             "The returned headers include the bot's own Chinese reminder subject and Auto-Submitted: auto-generated.")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7223, "os-management-action-lines-owa-utc", "minutes", "os", "Outlook on the web (Microsoft 365)",
      "5 items: by Wednesday, 3 working days, two owners for one task, an outsider's EOD; Decisions skipped; next 06-02 16:00",
      "OWA minutes with a +0000 Date (01:20 UTC = 09:20 Shanghai), iso-8859-1 QP; 'Action: X & Y - task' gives two items; forwarder owner from the Cc display name")
def c7223():
    c, dt = 7223, at(2026, 5, 18, 1, 20, 41, UTC)
    text = (
        "Hi all,\n\nQuick minutes from this morning's management meeting.\n\n"
        "Decisions\n- We keep CIF Xiamen as the Incoterm for Q3 shipments.\n"
        "- No price increase for distributors before 1 July.\n\n"
        "Actions\n"
        "Action: Lucía - confirm with Van Dijk the revised ETD for container #4 - by Wednesday\n"
        "Action: Tina - arrange a third-party lab test (acidity and peroxide value) for lot 2604 - within 3 working days\n"
        "Action: Maggie & Vivian - reconcile the April distributor rebates - by Friday 22 May\n"
        "Action: Anouk (Van Dijk) - send the updated freight quote for Q3 - EOD\n\n"
        "Next sync: Tue Jun 2, 10:00 CEST (16:00 Beijing)\n\n"
        "Best regards,\nJavier\n\nJavier Moreno\nGeneral Manager | Oliva Sol Trading (Zhangzhou) Co., Ltd.\n")
    html = html_owa(divs(text, blank="<div><br></div>"))
    bd = "_000_%s_" % ("SG2PR06MB5071" + hx((c, "b"), 20).upper())
    root = multi("alternative", [leaf("text/plain", text, "iso-8859-1", cte="quoted-printable"),
                                 leaf("text/html", html, "iso-8859-1", cte="quoted-printable")], bd, style="sp")
    root.parts[1].body = root.parts[1].body.replace(b'charset=3Dutf-8', b'charset=3Diso-8859-1')
    to = [who(k) for k in ("lucia", "tina", "maggie", "vivian", "kevin", "ben")]
    cc = [who(ANOUK), bot("os")]
    eml = owa_msg(c, "os", who("javier"), to, cc, "Minutes - management meeting 18 May", dt, root)
    items = [
        I("lucia", "confirm with Van Dijk the revised ETD for container #4", ("bare", 2), find=["container #4 - by Wednesday"]),
        I("tina", "arrange a third-party lab test (acidity and peroxide value) for lot 2604", ("wd", 3),
          find=["lot 2604 - within 3 working days"]),
        I("maggie", "reconcile the April distributor rebates", ("abs", "2026-05-22", 4), find=["Maggie & Vivian"]),
        I("vivian", "reconcile the April distributor rebates", ("abs", "2026-05-22", 4), find=["by Friday 22 May"]),
        I(ANOUK, "send the updated freight quote for Q3", ("today",), find=["Anouk (Van Dijk)", "quote for Q3 - EOD"]),
    ]
    notes = ("Outlook on the web (Microsoft 365), iso-8859-1 quoted-printable, CRLF. Date Mon 18 May 2026 01:20:41 +0000 = "
             "09:20 Monday in Shanghai: resolve from 2026-05-18. 'Action:' lines are the items; the Decisions (CIF, 'before "
             "1 July') are not. Lucía 'by Wednesday' -> 2026-05-20. Tina 'within 3 working days' -> 05-19, 05-20, 05-21 -> "
             "2026-05-21. 'Maggie & Vivian' -> the same task for two owners = two items, 'by Friday 22 May' -> 2026-05-22. "
             "Anouk (Van Dijk forwarder, not in the roster; address from the Cc display name Anouk de Vries, department "
             "null) 'EOD' -> the Shanghai send date 2026-05-18, no time. 'Next sync: Tue Jun 2, 10:00 CEST (16:00 Beijing)' "
             "-> 2026-06-02 16:00.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-06-02", 1), "16:00", find=["(16:00 Beijing)"]), notes=notes)


@case(7224, "rj-exam-coordination-outlook-gb2312-date-time-split", "minutes", "rj", "Outlook 2016 zh-CN",
      "4 items: 主责 unit (no_owner), 具体负责 person, 牵头 person with an outside 配合单位, 端午节前 -> 06-18 (no_owner); next date and time on two lines",
      "Formal （一）（二） minutes with 责任单位/完成时限 in Word HTML, gb2312 QP; the next meeting's date is on one line and its time on the next")
def c7224():
    c, dt = 7224, at(2026, 5, 22, 17, 5, 9)
    text = (
        "各相关股室、各考点学校：\n\n现将5月22日中考考务工作协调会议纪要印发如下，请遵照执行。\n\n"
        "2026年中考考务工作协调会会议纪要\n\n"
        "5月22日上午，赖春生副局长主持召开2026年中考考务工作协调会。会议通报了今年中考报名情况（全市报名考生6412人，"
        "设考点9个），研究部署了考务准备工作。纪要如下：\n\n"
        "（一）考点标准化考场设备检测。\n责任单位：后勤装备股（主责）、各考点学校（配合）\n完成时限：6月5日前\n\n"
        "（二）考务人员培训。\n责任单位：基础教育股，黄丽萍同志具体负责\n完成时限：6月10日前\n\n"
        "（三）考试期间交通疏导和安全保卫协调。\n责任单位：安全稳定股（朱国庆牵头），配合单位：市公安局交警大队\n"
        "完成时限：6月16日前\n\n"
        "（四）考务经费预算编报。\n责任单位：计划财务股\n完成时限：端午节前\n\n"
        "下一次协调会时间：6月12日（星期五）\n下午3:30，地点：局三楼会议室\n\n"
        "安全稳定股 朱国庆\n")
    root = multi("alternative", [leaf("text/plain", text, "gb2312", cte="quoted-printable"),
                                 leaf("text/html", html_outlook(mso_paras(text), "gb2312"), "gb2312", cte="quoted-printable")],
                 outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("qiuhaibo", "huangliping", "zengdeming", "yangjianjun")]
    cc = [who("laichunsheng"), who("liuhuimin"), bot("rj")]
    eml = outlook_msg(c, "rj", who("zhuguoqing"), to, cc, "2026年中考考务工作协调会会议纪要", dt, root, codec="gb2312",
                      ip="10.36.12.88", crlf=True)
    items = [
        I(None, "考点标准化考场设备检测", ("abs", "2026-06-05"), dept="后勤装备股", find=["后勤装备股（主责）", "6月5日前"]),
        I("huangliping", "考务人员培训", ("abs", "2026-06-10"), find=["黄丽萍同志具体负责", "6月10日前"]),
        I("zhuguoqing", "考试期间交通疏导和安全保卫协调", ("abs", "2026-06-16"), find=["朱国庆牵头", "6月16日前"]),
        I(None, "考务经费预算编报", ("before_hol", "端午"), dept="计划财务股", find=["责任单位：计划财务股", "端午节前"]),
    ]
    notes = ("Outlook 2016 zh-CN, gb2312 quoted-printable, Word HTML plus text. Formal minutes with （一）…（四） and "
             "责任单位/完成时限 lines. Sent Fri 2026-05-22 17:05. （一）后勤装备股（主责） is a unit: owner null, no_owner, "
             "department 后勤装备股; 各考点学校（配合） is support; 6月5日前 -> 2026-06-05. （二）黄丽萍同志具体负责 -> "
             "黄丽萍, 2026-06-10. （三）朱国庆牵头 -> 朱国庆 (the outside 配合单位 is support), 2026-06-16. （四）计划财务股 "
             "alone -> no_owner; 端午节前 = the last working day before the Dragon Boat block (06-19..06-21) -> Thu "
             "2026-06-18. The 报名情况 numbers are facts. Next meeting: '下一次协调会时间：6月12日（星期五）' and on the next "
             "line '下午3:30' -> 2026-06-12 15:30. CRLF line ends.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-06-12", 4), "15:30", find=["6月12日（星期五）\n下午3:30"]), notes=notes)


def mso_list_paras(text):
    """Like mso_paras, but lines starting with ①/② become Word list paragraphs (supportLists markup)."""
    out = []
    for line in text.split("\n"):
        if line and line[0] in "①②③④":
            out.append('<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                       '<![if !supportLists]><span lang="EN-US">%s<span style="font:7.0pt &quot;Times New Roman&quot;">'
                       '&nbsp;&nbsp; </span></span><![endif]>%s<span lang="EN-US"><o:p></o:p></span></p>'
                       % (line[0], esc(line[1:])))
        elif not line.strip():
            out.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append('<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>' % esc(line))
    return "\n".join(out)


@case(7225, "hf-dragon-boat-sales-ops-outlook-utf8-lists", "minutes", "hf", "Outlook 365 zh-CN",
      "6 items: ①② under one owner, one task for two owners, 节前最后一个工作日 -> 06-18, 史总牵头 with 配合, 下周一; next 节后第一个工作日下午2点",
      "Outlook UTF-8 base64 with Word list markup (<![if !supportLists]>) for ①②; 'X、Y：各自…' -> two items; a decision line with a date range is not an item")
def c7225():
    c, dt = 7225, at(2026, 5, 25, 18, 20, 37)
    text = (
        "各位：\n\n今天端午产销协调会纪要如下，牛总已审阅。\n\n"
        "一、侯经理：\n①6月5日前完成端午礼盒装水饺包装打样；\n②6月12日前完成首批5000箱礼盒装生产。\n"
        "二、郜经理、范工：各自提交端午新品的风险评估报告，5月29日前。\n"
        "三、孟凡超：节前最后一个工作日完成所有端午订单发运。\n"
        "四、史总牵头，贾思雨配合：端午档期促销方案报牛总审批，下周一。\n"
        "会议确定：端午期间（6月19日—21日）一号线不停产，二号线停线检修。\n\n"
        "下次会议：端午节后第一个工作日下午2点，开总结会。\n\n宋佳\n总经理办公室\n")
    root = multi("alternative", [leaf("text/plain", text, "utf-8", cte="base64"),
                                 leaf("text/html", html_outlook(mso_list_paras(text), "utf-8"), "utf-8", cte="base64")],
                 outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("houzhenyu", "gaolijuan", "fanwenjing", "mengfanchao", "shiguodong", "jiasiyu")]
    cc = [who("niujianguo"), bot("hf")]
    eml = outlook_msg(c, "hf", who("songjia"), to, cc, "端午产销协调会纪要（5月25日）", dt, root, label="utf-8", codec="utf-8")
    items = [
        I("houzhenyu", "完成端午礼盒装水饺包装打样", ("abs", "2026-06-05"), find=["①6月5日前完成端午礼盒装水饺包装打样"]),
        I("houzhenyu", "完成首批5000箱礼盒装生产", ("abs", "2026-06-12"), find=["②6月12日前完成首批5000箱"]),
        I("gaolijuan", "提交端午新品的风险评估报告", ("abs", "2026-05-29"), find=["郜经理、范工：各自提交"]),
        I("fanwenjing", "提交端午新品的风险评估报告", ("abs", "2026-05-29"), find=["风险评估报告，5月29日前"]),
        I("mengfanchao", "完成所有端午订单发运", ("before_hol", "端午"), find=["节前最后一个工作日完成所有端午订单发运"]),
        I("shiguodong", "端午档期促销方案报牛总审批", ("next", 0), find=["史总牵头，贾思雨配合", "审批，下周一"]),
    ]
    notes = ("Outlook 365 zh-CN, UTF-8 base64, HTML with Word list markup (<![if !supportLists]>①) and a text part. Sent "
             "Mon 2026-05-25 18:20. 一 侯经理 = 侯振宇 has ① and ② -> two items: 2026-06-05 and 2026-06-12. 二 '郜经理、范工："
             "各自提交…' -> the same task for two owners: 郜丽娟 and 范文静 (范工), 5月29日前 -> 2026-05-29. 三 孟凡超 节前最后"
             "一个工作日 -> last working day before Dragon Boat (06-19..06-21) = Thu 2026-06-18. 四 史总牵头 -> 史国栋 owns, "
             "贾思雨配合 is support; 下周一 -> 2026-06-01. '会议确定：端午期间（6月19日—21日）…' is a decision. 下次会议：端午节后"
             "第一个工作日下午2点 -> Mon 2026-06-22 14:00.")
    return dict(eml=eml, items=items, nf=NF(("after_hol", "端午"), "14:00", find=["端午节后第一个工作日下午2点"]), notes=notes)


@case(7226, "lx-other-reschedule-review-thread-feishu", "other", "lx", "Feishu/Lark Mail",
      "other: discussion about moving a review meeting; no items, no follow-up",
      "A reply in a meeting-scheduling thread (asks to move 周四 15:00 to 周五 14:00) with the bot in Cc: not minutes, so no next_followup either")
def c7226():
    c, dt = 7226, at(2026, 5, 27, 14, 12, 50)
    prev = mid("feishu", 7226.5, "lexheng.example.cn")
    text = (
        "周四下午我要去嘉信现场，V3需求评审会能不能挪到周五下午2点？大家看下时间，没问题我就改日历邀请，"
        "会议室我先订了（3号会议室）。\n\n可欣\n\n"
        "> 2026年5月26日 18:02，何俊 <hejun@lexheng.example.cn> 写道：\n"
        "> V3需求评审会定在本周四（5/28）下午3点，议程：\n> 1. 批量比对需求回顾\n> 2. 私有化部署版本的功能裁剪\n"
        "> 3. 排期\n> 请各位提前看一下PRD v0.5。\n")
    html = html_feishu(divs(text.split("\n\n> ")[0]) + '<blockquote style="border-left:2px solid #dee0e3;padding-left:8px;'
                       'color:#646a73">' + divs("\n".join(l[2:] for l in text.split("\n") if l.startswith("> "))) +
                       "</blockquote>")
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64"),
                                 leaf("text/html", html, "UTF-8", cte="base64")], "----==_lark_%s" % hx(c, 24), style="sp")
    to = [who(k) for k in ("hejun", "weizihan", "tangyue", "xunuo")]
    eml = feishu_msg(c, "lx", who("lukexin"), to, [bot("lx")], "Re: V3需求评审会（本周四下午3点）", dt, root, irt=prev, refs=prev)
    notes = ("Feishu mail, UTF-8 base64. Sent Wed 2026-05-27. 陆可欣 asks to move a review meeting (quoted invitation: 本周四 "
             "5/28 下午3点; proposal: 周五下午2点). A scheduling discussion with the bot in Cc, not minutes: kind other, no "
             "items, and no next_followup (next meetings are read only from minutes).")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7227, "os-sales-weekly-notes-outlook-zh-tw-big5", "minutes", "os", "Outlook 2019 zh-TW",
      "4 items: by Wed, due June 10, tomorrow 3pm -> 15:00, TBD -> vague; no next meeting",
      "English notes written in a Traditional-Chinese Outlook: charset big5 quoted-printable with Traditional product names and signature; 'To do:' dash list with first-name owners")
def c7227():
    c, dt = 7227, at(2026, 6, 1, 17, 40, 26)
    text = (
        "Hi team,\n\nNotes from today's sales weekly:\n\n"
        "- 618 pre-sale starts 2 Jun 20:00 on Tmall; JD on 3 Jun.\n"
        "- 特級初榨橄欖油 5L (SKU EV5L) stock is enough for 618.\n\n"
        "To do:\n"
        "- Ben: ship the replacement cartons to the Fuzhou distributor by Wed\n"
        "- Kevin: renew the import food filing for the 250ml spray SKU, due June 10\n"
        "- Vivian: prepare the 618 livestream price sheet - tomorrow 3pm\n"
        "- Pablo: book the venue for the Xiamen tasting event - TBD\n\n"
        "Thanks\nVivian\n\n林曉薇 Vivian Lin | 業務經理 Sales Manager\n橄欖陽光（漳州）貿易有限公司\n")
    root = multi("alternative", [leaf("text/plain", text, "big5", cte="quoted-printable"),
                                 leaf("text/html", html_outlook(mso_paras(text), "big5", "ZH-TW"), "big5",
                                      cte="quoted-printable")], outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("ben", "kevin", "pablo", "javier")]
    eml = outlook_msg(c, "os", who("vivian"), to, [bot("os")], "Sales weekly notes - 1 Jun", dt, root, label="big5",
                      codec="big5", lang="zh-tw")
    items = [
        I("ben", "ship the replacement cartons to the Fuzhou distributor", ("bare", 2), find=["Fuzhou distributor by Wed"]),
        I("kevin", "renew the import food filing for the 250ml spray SKU", ("abs", "2026-06-10"), find=["due June 10"]),
        I("vivian", "prepare the 618 livestream price sheet", ("tomorrow",), "15:00", find=["tomorrow 3pm"]),
        I("pablo", "book the venue for the Xiamen tasting event", "vague", find=["tasting event - TBD"]),
    ]
    notes = ("Outlook 2019 with a Traditional-Chinese UI (Content-Language zh-tw): English notes in charset big5, "
             "quoted-printable, with Traditional product names and signature (林曉薇 = Vivian Lin by alias). Sent Mon "
             "2026-06-01 17:40. Ben 'by Wed' -> 2026-06-03. Kevin 'due June 10' -> 2026-06-10. Vivian 'tomorrow 3pm' -> "
             "2026-06-02 15:00. Pablo 'TBD' -> vague_due. The pre-sale dates (2 Jun 20:00, 3 Jun) are facts. No next "
             "meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7228, "rj-enrolment-huddle-plain-coremail-text", "minutes", "rj", "Coremail webmail (text mode)",
      "4 items: X月X日前, 明天下班前 (no time), 月底前, 尽快 -> vague; next '下周三同一时间再碰一次' -> 06-10 09:00",
      "Plain common minutes in a single text/plain UTF-8 base64 part; next meeting as a sentence with the time taken from the 时间 line")
def c7228():
    c, dt = 7228, at(2026, 6, 2, 11, 30, 17)
    text = (
        "各位：\n\n今天上午招生工作碰头会，简要纪要如下。\n\n"
        "时间：6月2日上午9:00\n参加：杨建军、黄丽萍、严桂芳、温玥\n记录：黄丽萍\n\n"
        "1. 杨股长：6月5日前把城区学位预测数据报局领导。\n"
        "2. 黄丽萍：明天下班前在公众号发布招生政策解读。\n"
        "3. 严桂芳：月底前完成随迁子女入学资格审核。\n"
        "4. 温玥：尽快测算城区新增学位所需经费。\n\n"
        "下周三同一时间再碰一次。\n\n黄丽萍\n基础教育股\n")
    root = leaf("text/plain", text, "UTF-8", cte="base64", quoted=False)
    to = [who(k) for k in ("yangjianjun", "yanguifang", "wenyue")]
    eml = coremail_msg(c, "rj", who("huangliping"), to, [bot("rj")], "招生工作碰头会纪要（6月2日）", dt, root,
                       label="UTF-8", codec="utf-8", ip="10.36.8.47")
    items = [
        I("yangjianjun", "把城区学位预测数据报局领导", ("abs", "2026-06-05"), find=["杨股长：6月5日前"]),
        I("huangliping", "在公众号发布招生政策解读", ("tomorrow",), find=["明天下班前在公众号"]),
        I("yanguifang", "完成随迁子女入学资格审核", ("monthend",), find=["月底前完成随迁子女"]),
        I("wenyue", "测算城区新增学位所需经费", "vague", find=["尽快测算"]),
    ]
    notes = ("Coremail in plain-text mode: one text/plain UTF-8 base64 part. Sent Tue 2026-06-02 11:30. 杨股长 = 杨建军, "
             "6月5日前 -> 2026-06-05. 黄丽萍 明天下班前 -> 2026-06-03 with no time (下班前 gives no clock time, like "
             "今天下班前). 严桂芳 月底前 -> 2026-06-30. 温玥 尽快 -> vague_due. '下周三同一时间再碰一次' -> 2026-06-10 at the "
             "meeting's time 9:00 (时间：6月2日上午9:00) -> 09:00.")
    return dict(eml=eml, items=items, nf=NF(("next", 2), "09:00", find=["下周三同一时间再碰一次"]), notes=notes)


@case(7229, "hf-forwarded-business-review-outlook-preface", "minutes", "hf", "Outlook 365 zh-CN",
      "3 items of the forwarded minutes (X月X日前, 下周一前); the forwarder's '周五前都回复进度' is not an item; no next meeting",
      "Outlook '转发:' with a preface above the 发件人/发送时间 block; the items sit below the header block and must not be cut as a quote")
def c7229():
    c, dt = 7229, at(2026, 6, 4, 9, 10, 33)
    pre = "各位，秦会计昨天发的经营分析会纪要转给大家，牛总要求周五前都回复一下进度。抄送纪要机器人登记。\n\n宋佳\n"
    hdr = ("发件人: 秦晓燕 <qinxiaoyan@hefengfood.example.cn>\n发送时间: 2026年6月3日 18:30\n"
           "收件人: 牛建国 <niujianguo@hefengfood.example.cn>; 史国栋 <shiguodong@hefengfood.example.cn>; "
           "常秋菊 <changqiuju@hefengfood.example.cn>\n主题: 5月经营分析会纪要\n")
    orig = ("牛总、各位：\n\n今天下午5月经营分析会纪要如下：\n\n"
            "一、5月销售额2860万元，同比增长6.2%；毛利率21.4%，环比下降0.8个百分点，主要是猪肉价格上涨。\n"
            "二、待办\n"
            "1. 秦晓燕：6月10日前出5月分产品线毛利分析报表；\n"
            "2. 常秋菊：下周一前提交三季度猪肉原料锁价方案；\n"
            "3. 史国栋：6月15日前完成华中区经销商二季度返利核算。\n\n秦晓燕\n财务部\n")
    text = pre + "\n________________________________\n" + hdr + "\n" + orig
    hblock = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">' +
              "<br>".join("<b>%s</b>%s" % (esc(l.split(" ", 1)[0]), " " + esc(l.split(" ", 1)[1])) for l in hdr.strip().split("\n")) +
              "<o:p></o:p></p></div>")
    html = html_outlook(mso_paras(pre) + "\n" + hblock + "\n" + mso_paras(orig), "utf-8")
    root = multi("alternative", [leaf("text/plain", text, "utf-8", cte="quoted-printable"),
                                 leaf("text/html", html, "utf-8", cte="quoted-printable")], outlook_bd(c),
                 preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("qinxiaoyan", "changqiuju", "shiguodong", "houzhenyu", "gaolijuan")]
    cc = [who("niujianguo"), bot("hf")]
    eml = outlook_msg(c, "hf", who("songjia"), to, cc, "转发: 5月经营分析会纪要", dt, root, label="utf-8", codec="utf-8",
                      refs=mid("outlook", 7229.5, "hefengfood.example.cn"))
    items = [
        I("qinxiaoyan", "出5月分产品线毛利分析报表", ("abs", "2026-06-10"), find=["秦晓燕：6月10日前"]),
        I("changqiuju", "提交三季度猪肉原料锁价方案", ("next", 0), find=["常秋菊：下周一前"]),
        I("shiguodong", "完成华中区经销商二季度返利核算", ("abs", "2026-06-15"), find=["史国栋：6月15日前"]),
    ]
    notes = ("Outlook 365 '转发:' (UTF-8 QP). Preface by the forwarder 宋佳 ('牛总要求周五前都回复一下进度' is an instruction "
             "in a preface: not an item), then Outlook's 发件人/发送时间/收件人/主题 block and the original minutes of Wed "
             "06-03 18:30, which are the content and must not be stripped as a quote. Forward sent Thu 2026-06-04 09:10. "
             "秦晓燕 6月10日前 -> 2026-06-10. 常秋菊 下周一前 -> 2026-06-08 (the same from the original's Wednesday and the "
             "forward's Thursday). 史国栋 6月15日前 -> 2026-06-15. Point 一 is facts. No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7230, "lx-client-dingtalk-ai-minutes-html-only", "minutes", "lx", "DingTalk mail (Alimail)",
      "4 items from the 待办事项 of a 钉钉AI听记 sent by the client: 6月12日前, 本周五, 6月15日, owner 待定 with no date (no_owner+no_due)",
      "AI minutes written by the client's DingTalk (single text/html UTF-8 base64); summary, keywords and speaker views are not items; unassigned undated item")
def c7230():
    c, dt = 7230, at(2026, 6, 8, 16, 20, 37)
    inner = (
        "<div>唐经理，附上今天对接会的钉钉AI听记纪要，请查收。孔律师说待办按这个推进。</div><div><br></div>"
        "<div>齐磊<br>北京嘉信律师事务所 信息技术部</div><div><br></div>"
        '<div style="border:1px solid #e5e6eb;border-radius:6px;padding:12px">'
        '<div style="font-size:16px;font-weight:bold">AI听记｜律衡私有化部署对接会</div>'
        "<div>2026-06-08 14:00 ｜ 时长 1小时12分 ｜ 参与人：孔令仪、齐磊、唐悦、邓浩</div>"
        "<h4>摘要</h4><div>双方确认私有化部署采用律所机房两台GPU服务器。孔令仪律师希望6月底前正式上线，并在上线前完成一次"
        "数据迁移演练；律衡方面建议上线后第一个月安排驻场支持。</div>"
        "<h4>关键词</h4><div>私有化部署、数据迁移、内网、验收</div>"
        "<h4>待办事项</h4><ul>"
        "<li>唐悦：6月12日前提供私有化部署验收清单</li>"
        "<li>齐磊：准备内网测试服务器并开通VPN账号，本周五</li>"
        "<li>邓浩：6月15日完成历史合同数据迁移演练</li>"
        "<li>待定：确认律所内部培训时间</li></ul>"
        "<h4>发言人观点</h4><div>孔令仪：上线后第一个月需要驻场支持，最好每周两天。</div>"
        "<div>邓浩：迁移演练需要律所先提供脱敏后的样本合同。</div>"
        '<div style="color:#86909c;font-size:12px">以上内容由AI生成，仅供参考</div></div>')
    html = '<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:tahoma,arial;font-size:14px">%s</div></div>' % inner
    root = leaf("text/html", html, "UTF-8", cte="base64")
    to = [who("tangyue"), who("denghao")]
    cc = [who(KONGLY), bot("lx")]
    eml = alimail_msg(c, "lx", who("qilei"), to, cc, "钉钉AI听记｜律衡私有化部署对接会 纪要", dt, root)
    items = [
        I("tangyue", "提供私有化部署验收清单", ("abs", "2026-06-12"), find=["唐悦：6月12日前提供私有化部署验收清单"]),
        I("qilei", "准备内网测试服务器并开通VPN账号", ("this", 4), find=["开通VPN账号，本周五"]),
        I("denghao", "完成历史合同数据迁移演练", ("abs", "2026-06-15"), find=["邓浩：6月15日完成"]),
        I(None, "确认律所内部培训时间", None, dept=None, find=["待定：确认律所内部培训时间"]),
    ]
    notes = ("DingTalk mail (Alimail) from the client's IT lead 齐磊 (roster outsider), single text/html UTF-8 base64 with a "
             "钉钉AI听记 block. Sent Mon 2026-06-08 16:20. Only 待办事项 counts: 摘要 ('6月底前正式上线', '驻场支持'), 关键词 and "
             "发言人观点 are not items. 唐悦 6月12日前 -> 2026-06-12; 齐磊 本周五 -> 2026-06-12; 邓浩 6月15日 -> 2026-06-15; "
             "'待定：确认律所内部培训时间' has no owner and no date -> owner null, department null, flags no_owner + no_due "
             "(待定 here is the owner slot, not a deadline word). No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7231, "os-action-tracker-excel-html-outlook", "minutes", "os", "Outlook 365 (Windows, English)",
      "4 open rows of an Excel-pasted tracker (date 2026/6/16, 'before the Dragon Boat holiday' -> 06-18, TBC, lead cell); Done row skipped; next 'next Wednesday at 10am'",
      "HTML table pasted from Excel (Owner / Support / Due / Status / Remarks) with a tab text part; Support and Remarks never give owners or items; next review as a sentence")
def c7231():
    c, dt = 7231, at(2026, 6, 10, 10, 5, 58)
    rows = [["#", "Item", "Owner", "Support", "Due", "Status", "Remarks"],
            ["1", "Dragon Boat gift-box orders for Fuzhou & Quanzhou distributors", "Vivian Lin", "Ben Zhuang", "2026/6/16",
             "In progress", ""],
            ["2", "Bank guarantee renewal (customs bond)", "Maggie Guo", "", "2026/6/12", "Done", "renewed 8 Jun"],
            ["3", "Re-test lot 2605 peroxide value at the third-party lab", "Tina Su", "", "before the Dragon Boat holiday",
             "Open", ""],
            ["4", "Customs classification ruling for truffle-infused oil", "Kevin Cai", "Diego Navarro", "TBC", "Open",
             "waiting for HQ spec sheet"],
            ["5", "Update price list on the distributor portal", "Pablo Ruiz (lead), Vivian Lin", "", "Jun 15", "Open",
             "Vivian to double-check the 618 prices before upload"]]
    head = "Hi all,\n\nUpdated tracker below (copied from the shared Excel). Please update your rows before our review.\n"
    tail = ("\nWe will go through the tracker again next Wednesday at 10am (Beijing), same Teams link.\n\n"
            "Thanks,\nLucía\n\n" + OS_SIG_LUCIA)
    text = head + "\n" + tsv(rows) + "\n" + tail
    xl = table(rows, attrs='border="0" cellpadding="0" cellspacing="0" width="900" style="border-collapse:collapse;width:675pt"',
               th=False, cell_attr='class="xl65" style="border:.5pt solid windowtext;font-size:11.0pt;font-family:Calibri"')
    html = html_outlook(mso_paras(head) + "\n" + xl + "\n" + mso_paras(tail), "utf-8", "EN-US")
    root = multi("alternative", [leaf("text/plain", text, "utf-8", cte="quoted-printable"),
                                 leaf("text/html", html, "utf-8", cte="quoted-printable")], outlook_bd(c),
                 preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("vivian", "maggie", "tina", "kevin", "pablo", "ben", "javier")]
    cc = [who("diego"), bot("os")]
    eml = outlook_msg(c, "os", who("lucia"), to, cc, "Cross-team action tracker - wk24", dt, root, label="utf-8",
                      codec="utf-8", lang="en-US", enc="Q")
    items = [
        I("vivian", "Dragon Boat gift-box orders for Fuzhou & Quanzhou distributors", ("abs", "2026-06-16"), find=["2026/6/16"]),
        I("tina", "Re-test lot 2605 peroxide value at the third-party lab", ("before_hol", "端午"),
          find=["before the Dragon Boat holiday"]),
        I("kevin", "Customs classification ruling for truffle-infused oil", "vague", find=["TBC"]),
        I("pablo", "Update price list on the distributor portal", ("abs", "2026-06-15"), find=["Pablo Ruiz (lead), Vivian Lin"]),
    ]
    notes = ("Outlook 365 English, UTF-8 QP; an Excel range pasted as an HTML table (class xl65 cells) plus a tab text "
             "part. Sent Wed 2026-06-10 10:05. Row 1 Vivian Lin, 2026/6/16 -> 2026-06-16 (Ben in Support is not an owner). "
             "Row 2 is Done: not an item. Row 3 Tina Su 'before the Dragon Boat holiday' -> last working day before "
             "06-19..06-21 = 2026-06-18. Row 4 Kevin Cai 'TBC' -> vague_due (Diego in Support is not an owner). Row 5 "
             "'Pablo Ruiz (lead), Vivian Lin' -> Pablo owns, 'Jun 15' -> 2026-06-15; the Remarks ('Vivian to double-check "
             "…') are not items. 'We will go through the tracker again next Wednesday at 10am (Beijing)' -> 2026-06-17 "
             "10:00.")
    return dict(eml=eml, items=items, nf=NF(("next", 2), "10:00", find=["next Wednesday at 10am (Beijing)"]), notes=notes)


def outlook_mac_msg(c, org, frm, to, cc, subject, dt, root):
    dom = frm[1].split("@")[1]
    tr = trace(org, c, frm[1], dt, "[172.20.10.%d]" % (2 + int(hx(c, 2), 16) % 12), "111.199.%d.%d" % (
        int(hx((c, 9), 2), 16) % 250, int(hx((c, 10), 2), 16) % 250))
    hs = tr + [
        ("User-Agent", "Microsoft-MacOutlook/16.86.24061617"),
        ("Date", rfcdate(dt)),
        ("Subject", subj(subject, "UTF-8")),
        ("From", mbox(*frm, label="UTF-8")),
        ("To", alist(to, label="UTF-8")),
        _opt("CC", alist(cc, label="UTF-8") if cc else None),
        ("Message-ID", mid("apple", c, dom)),
        ("Thread-Topic", subj(subject, "UTF-8")),
        ("Mime-version", "1.0"),
        ("@ROOT", None),
    ]
    return render(hs, root)


# --------------------------------------------------------------------------------------------
# Cases 7232-7238
# --------------------------------------------------------------------------------------------
@case(7232, "rj-other-person-written-bulletin", "other", "rj", "Coremail webmail",
      "other: an office bulletin (简报) a person sent to the staff list that includes the bot; no items",
      "Person-written newsletter with 下一步工作 lines carrying deadlines (6月底前, 7月10日前) and no list headers: kind other, not minutes, not auto")
def c7232():
    c, dt = 7232, at(2026, 6, 12, 16, 0, 21)
    text = (
        "教育工作简报\n2026年第12期（总第147期）\n瑞金市教育局办公室编　　2026年6月12日\n\n"
        "【工作动态】\n"
        "◆ 6月5日，市教育局召开2026年中考考务工作推进会，对考点设置、考务培训、安全保卫等工作再部署。\n"
        "◆ 6月8日至10日，教研室组织初三物理、化学实验操作考试模拟演练，覆盖全市9个考点。\n"
        "◆ 全市义务教育招生报名系统于6月10日上线试运行，截至11日已有1236名家长完成网上登记。\n\n"
        "【基层风采】\n◆ 沙洲坝镇中心小学开展“红色研学”校本课程展示活动，7所学区小学的12节展示课获得好评。\n\n"
        "【下一步工作】\n各校要在6月底前完成学期末安全隐患自查，7月10日前组织开展暑期防溺水安全教育“最后一课”。\n\n"
        "（报：市委、市政府分管领导　送：各股室、各学校）\n")
    inner = divs(text).replace("<div>教育工作简报</div>",
                               '<div style="text-align:center;color:#c00000;font-size:26px;font-weight:bold">教育工作简报</div>')
    bd = coremail_bd(dt, c)
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="base64", quoted=False),
                                 leaf("text/html", html_coremail(inner), "UTF-8", cte="base64", quoted=False)], bd, style="sp")
    eml = coremail_msg(c, "rj", who("liuhuimin"), [("全局干部", "quanju@rjjyj.example.gov.cn")], [bot("rj")],
                       "教育工作简报（2026年第12期）", dt, root, label="UTF-8", codec="utf-8", ip="10.36.8.12")
    notes = ("Coremail, UTF-8 base64. The office's bulletin (简报), written and sent by 刘慧敏 to the staff list with the bot "
             "in Cc. Sent Fri 2026-06-12. It reports events and ends with 下一步工作 lines with deadlines (6月底前, 7月10日前) "
             "addressed to all schools. It is not meeting minutes: kind other, no items, no follow-up. It has no "
             "Precedence/List-Id headers and a person wrote it, so it is not auto either.")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7233, "rj-auto-oa-document-notification", "auto", "rj", "OA system (auto-generated)",
      "auto: workflow notification with a 办理时限; no items",
      "System notification from the office-automation platform (Auto-Submitted: auto-generated, Precedence: bulk, noreply sender) with a task-like line and a deadline")
def c7233():
    c, dt = 7233, at(2026, 6, 15, 8, 30, 2)
    inner = ("<p>【待办提醒】</p><p>您有1件公文待办理：《关于做好2026年汛期学校安全工作的通知》（赣市教字〔2026〕41号）</p>"
             "<p>来文单位：赣州市教育局</p><p>办理时限：2026年6月19日前</p>"
             "<p>请登录协同办公平台（http://oa.rjjyj.example.gov.cn）及时办理。</p>"
             '<p style="color:#999">此邮件由系统自动发送，请勿直接回复。</p>')
    root = leaf("text/html", "<html><body>%s</body></html>" % inner, "UTF-8", cte="base64")
    tr = trace("rj", c, "oa-noreply@rjjyj.example.gov.cn", dt, "oa.rjjyj.example.gov.cn", "10.36.2.15")
    hs = tr + [
        ("Date", rfcdate(dt)),
        ("From", mbox("瑞金市协同办公平台", "oa-noreply@rjjyj.example.gov.cn")),
        ("To", mbox("全局干部", "quanju@rjjyj.example.gov.cn")),
        ("Message-ID", "<%s.%d.JavaMail.oa@oa.rjjyj.example.gov.cn>" % (dnum((c, "jm"), 8), int(dt.timestamp() * 1000))),
        ("Subject", subj("【待办提醒】关于做好2026年汛期学校安全工作的通知")),
        ("MIME-Version", "1.0"),
        ("@ROOT", None),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-Mailer", "RJ-OA Notifier 8.1"),
    ]
    eml = render(hs, root)
    notes = ("Office-automation platform notification: From oa-noreply@, Auto-Submitted: auto-generated, Precedence: bulk, "
             "a JavaMail Message-ID, single text/html part. Sent Mon 2026-06-15 08:30 to the staff list that includes the "
             "bot. It announces a document to handle with '办理时限：2026年6月19日前', but no person wrote it: kind auto, no "
             "items, no follow-up, never answered.")
    return dict(eml=eml, items=[], nf=None, notes=notes)


@case(7234, "hf-cold-room-incident-table-hours-outlook-gb2312", "minutes", "hf", "Outlook 2016 zh-CN",
      "4 items from a 问题协调解决记录表: 4小时内 -> 21:30, 24小时内 -> next day 17:30, 明天上午10点前, an outside vendor (no_owner); row with 实际解决时间 skipped; next 明天下午4点",
      "Seed 问题协调解决记录表 as an HTML table, charset label gb2312 with the GBK-only 翀, base64; hour deadlines count from the Date header instant")
def c7234():
    c, dt = 7234, at(2026, 6, 22, 17, 30, 12)
    rows = [["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"],
            ["0622-01", "二号冷库压缩机高压跳停", "孟凡超", "2026-06-22 14:05", "高", "设备部", "赵翀", "4小时内", "",
             "清洗冷凝器并复测高压"],
            ["0622-02", "二号库温度超过-15℃区域的成品需转移", "孟凡超", "2026-06-22 14:05", "高", "仓储物流部",
             "仓储主管孟凡超", "24小时内", "", "转移至一号库、三号库并做好批次记录"],
            ["0622-03", "转移产品质量放行", "郜丽娟", "2026-06-22 15:30", "中", "品控部", "郜经理", "明天上午10点前", "",
             "抽检并出具放行意见"],
            ["0622-04", "高压开关损坏需更换", "王德胜", "2026-06-22 15:40", "高", "冰山冷机售后", "—", "24小时内", "",
             "厂家派工程师到场更换高压开关"],
            ["0622-05", "备用机组临时启用", "王德胜", "2026-06-22 14:20", "高", "设备部", "王德胜", "2026-06-22 15:00",
             "2026-06-22 14:50", "已启用，库温回落至-17℃"]]
    head = "牛总、侯经理：\n\n今天下午二号冷库制冷机组跳停，协调会记录如下，按紧急程度处理：\n\n问题协调解决记录表\n"
    tail = "\n明天下午4点现场复查，请相关人员到场。\n\n王德胜\n设备部\n"
    text = head + tsv(rows) + "\n" + tail
    inner = (mso_paras(head.rstrip("\n")) + "\n" +
             table(rows, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"') +
             "\n" + mso_paras(tail))
    root = multi("alternative", [leaf("text/plain", text, "gb2312", "gbk", "base64"),
                                 leaf("text/html", html_outlook(inner, "gb2312"), "gb2312", "gbk", "base64")],
                 outlook_bd(c), preamble="This is a multipart message in MIME format.")
    to = [who(k) for k in ("niujianguo", "houzhenyu", "mengfanchao", "gaolijuan")]
    cc = [who("zhaochong"), bot("hf")]
    eml = outlook_msg(c, "hf", who("wangdesheng"), to, cc, "二号冷库制冷机组故障问题协调记录（6月22日）", dt, root, hlabel="utf-8",
                      crlf=True)
    items = [
        I("zhaochong", "清洗冷凝器并复测高压（二号冷库压缩机高压跳停）", ("hours", 4), find=["4小时内", "清洗冷凝器并复测高压"]),
        I("mengfanchao", "将二号库温度超过-15℃区域的成品转移至一号库、三号库并做好批次记录", ("hours", 24),
          find=["仓储主管孟凡超"]),
        I("gaolijuan", "对转移产品抽检并出具放行意见", ("tomorrow",), "10:00", find=["明天上午10点前"]),
        I(None, "派工程师到场更换高压开关", ("hours", 24), dept=None, find=["冰山冷机售后"]),
    ]
    notes = ("Outlook zh-CN, charset label gb2312 over GBK bytes (赵翀's GBK-only 翀; decode as GBK/GB18030), base64, seed "
             "问题协调解决记录表 as an HTML table. Sent Mon 2026-06-22 17:30:12, the first working day after Dragon Boat. "
             "Each open row is an item owned by its 责任人. 0622-01 赵翀 4小时内 -> 2026-06-22 21:30. 0622-02 仓储主管孟凡超 "
             "24小时内 -> 2026-06-23 17:30. 0622-03 郜经理 = 郜丽娟, 明天上午10点前 -> 2026-06-23 10:00. 0622-04 belongs to "
             "the outside vendor 冰山冷机售后 with no person ('—') -> owner null, no_owner, department null, 24小时内 -> "
             "2026-06-23 17:30. 0622-05 has an 实际解决时间 (done): not an item. '明天下午4点现场复查' -> next_followup "
             "2026-06-23 16:00. CRLF line ends.")
    return dict(eml=eml, items=items, nf=NF(("tomorrow",), "16:00", find=["明天下午4点现场复查"]), notes=notes,
                label_lies=True)


@case(7235, "lx-compliance-review-outlook-mac-no-next", "minutes", "lx", "Outlook for Mac",
      "3 items: X月X日前, 下周一前, 季度末前 (unit -> no_owner); 结论 skipped; no next meeting",
      "Plain minutes with 【结论】 and 【待办】 sections from Outlook for Mac (UTF-8 QP, MIME preamble); 季度末 -> 06-30; no next meeting")
def c7235():
    c, dt = 7235, at(2026, 6, 25, 15, 10, 22)
    text = (
        "各位好，\n\n今天合规评审会的纪要如下：\n\n"
        "【结论】\n1. 合同审查模型训练数据中的客户合同，一律脱敏后使用，原文不出内网。\n"
        "2. 隐私政策需同步新版个人信息保护合规审计要求，7月1日起对外生效。\n\n"
        "【待办】\n1. 程雪：6月30日前更新隐私政策第4.2条（数据保存期限）。\n"
        "2. 白露：核对官网ICP备案和算法备案信息，下周一前。\n"
        "3. 法务合规部：季度末前完成数据出境风险自评估。\n\n"
        "谢谢！\n程雪\n法务合规部 | 北京律衡科技有限公司\n")
    bd = "B_%s_%s" % (dnum((c, "m1"), 10), dnum((c, "m2"), 9))
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="quoted-printable"),
                                 leaf("text/html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                      "charset=utf-8\"></head><body>" + divs(text) + "</body></html>", "UTF-8",
                                      cte="quoted-printable")], bd,
                 preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                          "this format, some or all of this message may not be legible.\n")
    for p in root.parts:
        p.headers = [("Content-type", p.headers[0][1].replace('text/plain; charset="UTF-8"', 'text/plain;\n\tcharset="UTF-8"')
                      .replace('text/html; charset="UTF-8"', 'text/html;\n\tcharset="UTF-8"')),
                     ("Content-transfer-encoding", "quoted-printable")]
    root.headers = [("Content-type", 'multipart/alternative;\n\tboundary="%s"' % bd)]
    to = [who(k) for k in ("bailu", "weizihan", "xunuo", "lukexin")]
    eml = outlook_mac_msg(c, "lx", who("chengxue"), to, [who("shenyiming"), bot("lx")], "合规评审会纪要 | 6月25日", dt, root)
    items = [
        I("chengxue", "更新隐私政策第4.2条（数据保存期限）", ("abs", "2026-06-30"), find=["程雪：6月30日前更新隐私政策第4.2条"]),
        I("bailu", "核对官网ICP备案和算法备案信息", ("next", 0), find=["算法备案信息，下周一前"]),
        I(None, "完成数据出境风险自评估", ("qend",), dept="法务合规部", find=["法务合规部：季度末前"]),
    ]
    notes = ("Outlook for Mac, UTF-8 quoted-printable, multipart/alternative with the Mac Outlook MIME preamble. Sent Thu "
             "2026-06-25 15:10. 【结论】 lines are decisions (including '7月1日起对外生效'): not items. 程雪 6月30日前 -> "
             "2026-06-30. 白露 下周一前 -> 2026-06-29. 法务合规部 alone -> owner null, no_owner, department 法务合规部; 季度末前 "
             "-> end of Q2 = 2026-06-30. No next meeting -> null.")
    return dict(eml=eml, items=items, nf=None, notes=notes)


@case(7236, "os-hq-shipments-notes-gmail-app-timezone", "minutes", "os", "Gmail app (Android)",
      "4 items: 'within 2 working days' counted from the Shanghai date (07-01 -> 07-03), by Friday, ASAP, by July 10; next 07-07 16:00",
      "Written in Spain on Tue evening (18:45 +0200) = Wed 00:45 in Shanghai: working days count from the Shanghai date (AMBIGUOUS for a reader in Spain); facts with dates (ETA 8 Aug) are not items")
def c7236():
    c, dt = 7236, at(2026, 6, 30, 18, 45, 10, CEST)
    text = (
        "Hi all,\n\nNotes from today's call on the July shipments:\n\n"
        "- Container #6 (MSCU 5530817, 1L glass) sailed from Valencia on 27 Jun, ETA Xiamen 8 Aug.\n"
        "- Container #7 will be split 60% 5L tins / 40% 500 ml.\n\n"
        "Action items\n"
        "1. Lucía: confirm the receiving slot at the Zhangzhou bonded warehouse for container #6, within 2 working days\n"
        "2. Ben: send the updated stock forecast for 5L tins by Friday\n"
        "3. Kevin: check the new CIQ sampling rule for glass bottles - ASAP\n"
        "4. Diego: send the final packing list for container #7 by July 10\n\n"
        "Next sync: Tue Jul 7, 10:00 CEST (16:00 Beijing)\n\nSaludos,\nDiego\n")
    html = html_gmail(divs(text, blank="<div><br></div>"))
    root = multi("alternative", [leaf("text/plain", text, "UTF-8", cte="quoted-printable"),
                                 leaf("text/html", html, "UTF-8", cte="quoted-printable")], gmail_bd(c), style="sp")
    to = [who(k) for k in ("lucia", "ben", "kevin")]
    eml = gmail_msg(c, "os", who("diego"), to, [who("carmen"), bot("os")], "Notes - July shipments call", dt, root,
                    helo="mail-ej1-f52.google.com", ip="209.85.218.52")
    items = [
        I("lucia", "confirm the receiving slot at the Zhangzhou bonded warehouse for container #6", ("wd", 2),
          find=["container #6, within 2 working days"]),
        I("ben", "send the updated stock forecast for 5L tins", ("bare", 4), find=["5L tins by Friday"]),
        I("kevin", "check the new CIQ sampling rule for glass bottles", "vague", find=["glass bottles - ASAP"]),
        I("diego", "send the final packing list for container #7", ("abs", "2026-07-10"), find=["by July 10"]),
    ]
    notes = ("Gmail (Android app) from HQ's Diego Navarro (roster outsider), UTF-8 QP. Date Tue 30 Jun 2026 18:45 +0200 = "
             "Wed 2026-07-01 00:45 Asia/Shanghai, and the set's rule is to resolve from the Shanghai date. AMBIGUOUS: "
             "Lucía 'within 2 working days' counted from Thu 07-02: 07-02, 07-03 -> 2026-07-03 (Diego, counting from his "
             "Tuesday, would mean 07-02). Ben 'by Friday' -> 2026-07-03 (same either way). Kevin ASAP -> vague_due. Diego "
             "'by July 10' -> 2026-07-10. The container facts (27 Jun, ETA 8 Aug) are not items. 'Next sync: Tue Jul 7, "
             "10:00 CEST (16:00 Beijing)' -> 2026-07-07 16:00.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-07-07", 1), "16:00", find=["(16:00 Beijing)"]), notes=notes)


@case(7237, "hf-sunday-gm-todo-iphone-base64", "minutes", "hf", "iPhone Mail",
      "5 items sent on a Sunday: 明天, 2个工作日内 -> 07-07, 周三前 -> 07-08 (this week's is past), 7月10日前, 待定 -> vague; next 下周一 = tomorrow 08:00",
      "Minutes sent on a Sunday night (text/plain UTF-8 base64 from iPhone): 下周一 is the next day, a bare 周三 rolls to the coming week, working days start on Monday")
def c7237():
    c, dt = 7237, at(2026, 7, 5, 21, 30, 48)
    text = (
        "各位：\n\n昨天年中总结会定下来的几件事，大家抓紧：\n\n"
        "1、侯振宇：明天把下半年产能规划初稿发我。\n"
        "2、史国栋：2个工作日内报下半年分区域销售目标。\n"
        "3、常秋菊：周三前拿出面粉、猪肉下半年采购策略。\n"
        "4、郜丽娟：7月10日前完成SC证复审材料。\n"
        "5、范文静：新品酸汤水饺全国上市方案，时间待定，等华中区试销数据出来再说。\n\n"
        "下周一早上8点开会过一遍。\n\n牛建国\n\n发自我的iPhone\n")
    root = leaf("text/plain", text, "utf-8", cte="base64", quoted=False)
    root.headers[0] = ("Content-Type", "text/plain;\n\tcharset=utf-8")
    to = [who(k) for k in ("houzhenyu", "shiguodong", "changqiuju", "gaolijuan", "fanwenjing")]
    eml = apple_msg(c, "hf", who("niujianguo"), to, [who("songjia"), bot("hf")], "周六年中总结会待办", dt, root,
                    iphone="22F76")
    items = [
        I("houzhenyu", "把下半年产能规划初稿发牛总", ("tomorrow",), find=["侯振宇：明天把下半年产能规划初稿发我"]),
        I("shiguodong", "报下半年分区域销售目标", ("wd", 2), find=["史国栋：2个工作日内"]),
        I("changqiuju", "拿出面粉、猪肉下半年采购策略", ("bare", 2), find=["常秋菊：周三前"]),
        I("gaolijuan", "完成SC证复审材料", ("abs", "2026-07-10"), find=["郜丽娟：7月10日前"]),
        I("fanwenjing", "新品酸汤水饺全国上市方案", "vague", find=["时间待定"]),
    ]
    notes = ("iPhone Mail, single text/plain UTF-8 base64, sent by the general manager on Sun 2026-07-05 21:30. 明天 -> "
             "Mon 2026-07-06. 2个工作日内 from Mon: 07-06, 07-07 -> 2026-07-07. 周三前 is a bare weekday: this week's "
             "Wednesday (07-01) is past, so the coming one -> 2026-07-08. 7月10日前 -> 2026-07-10. 时间待定 -> vague_due. "
             "'发我' = to 牛总 (the writer). 下周一早上8点 -> the Monday of the following calendar week = 2026-07-06 08:00 "
             "(weeks start Monday, so from a Sunday 下周一 is the next day).")
    return dict(eml=eml, items=items, nf=NF(("next", 0), "08:00", find=["下周一早上8点开会"]), notes=notes)


@case(7238, "rj-summer-repairs-rowspan-table-coremail-gb18030", "minutes", "rj", "Coremail webmail",
      "4 items from a table with rowspan-merged 责任单位/负责人 (two rows share 邱海波), 7月底 -> 07-31; 已完成 row skipped; next 07-23 09:30",
      "HTML table with rowspan cells (the plain part leaves the merged cells empty), gb18030 base64; 备注 cells are not items")
def c7238():
    c, dt = 7238, at(2026, 7, 9, 17, 20, 5)
    hdr = ["序号", "工作事项", "责任单位", "负责人", "完成时限", "备注"]
    rows_html = [hdr,
                 ["1", "象湖中学教学楼屋面防水维修", ("后勤装备股", 'rowspan="2"'), ("邱海波", 'rowspan="2"'), "8月14日前",
                  "已完成招标，7月13日进场"],
                 ["2", "红都小学食堂改造", None, None, "8月20日前", ""],
                 ["3", "暑期防溺水安全教育“最后一课”", "安全稳定股", "朱国庆", "7月10日前", "各校放假前完成"],
                 ["4", "维修资金第一批拨付", "计划财务股", "温玥", "7月底", ""],
                 ["5", "校园周边安全隐患排查", "安全稳定股", "朱国庆", "7月3日", "已完成"]]
    rows_text = [hdr,
                 ["1", "象湖中学教学楼屋面防水维修", "后勤装备股", "邱海波", "8月14日前", "已完成招标，7月13日进场"],
                 ["2", "红都小学食堂改造", "", "", "8月20日前", ""],
                 ["3", "暑期防溺水安全教育“最后一课”", "安全稳定股", "朱国庆", "7月10日前", "各校放假前完成"],
                 ["4", "维修资金第一批拨付", "计划财务股", "温玥", "7月底", ""],
                 ["5", "校园周边安全隐患排查", "安全稳定股", "朱国庆", "7月3日", "已完成"]]
    head = "各位：\n\n今天下午暑期校舍维修及安全教育推进会，工作安排如下表，请对照落实。\n\n"
    tail = "\n下次推进会：7月23日（周四）上午9:30，地点不变。\n\n邱海波\n后勤装备股\n"
    text = head + tsv(rows_text) + "\n" + tail
    inner = divs(head.rstrip("\n")) + "\n" + table(rows_html, attrs='border="1" cellspacing="0" cellpadding="4" '
                                                   'style="border-collapse:collapse"') + "\n" + divs(tail)
    bd = coremail_bd(dt, c)
    root = multi("alternative", [leaf("text/plain", text, "gb18030", cte="base64", quoted=False),
                                 leaf("text/html", html_coremail(inner), "gb18030", cte="base64", quoted=False)], bd,
                 style="sp")
    to = [who(k) for k in ("zhuguoqing", "wenyue", "zengdeming")]
    cc = [who("laichunsheng"), bot("rj")]
    eml = coremail_msg(c, "rj", who("qiuhaibo"), to, cc, "暑期校舍维修及安全教育推进会纪要", dt, root, label="gb18030",
                       codec="gb18030", ip="10.36.9.31")
    items = [
        I("qiuhaibo", "象湖中学教学楼屋面防水维修", ("abs", "2026-08-14"), find=["象湖中学教学楼屋面防水维修", "8月14日前"]),
        I("qiuhaibo", "红都小学食堂改造", ("abs", "2026-08-20"), find=["红都小学食堂改造", "8月20日前"]),
        I("zhuguoqing", "暑期防溺水安全教育“最后一课”", ("abs", "2026-07-10"), find=["7月10日前"]),
        I("wenyue", "维修资金第一批拨付", ("monthend",), find=["维修资金第一批拨付", "7月底"]),
    ]
    notes = ("Coremail, gb18030 base64 (温玥's 玥 is outside GB2312), HTML table whose 责任单位 and 负责人 cells span rows 1-2 "
             "(rowspan=2); the text part leaves the merged cells of row 2 empty, as a copy of the table would. Sent Thu "
             "2026-07-09 17:20. Row 1 and row 2 are both owned by 邱海波: 8月14日前 -> 2026-08-14, 8月20日前 -> "
             "2026-08-20. Row 3 朱国庆 7月10日前 -> 2026-07-10. Row 4 温玥 7月底 -> 2026-07-31. Row 5 is 已完成: not an "
             "item. 备注 ('已完成招标，7月13日进场', '各校放假前完成') are remarks, not items or deadlines. 下次推进会：7月23日"
             "（周四）上午9:30 -> 2026-07-23 09:30.")
    return dict(eml=eml, items=items, nf=NF(("abs", "2026-07-23", 3), "09:30", find=["下次推进会：7月23日（周四）上午9:30"]),
                notes=notes)


# === END OF CASES ===
# --------------------------------------------------------------------------------------------
# Build, write, check
# --------------------------------------------------------------------------------------------
from email import policy  # noqa: E402
from email.parser import BytesParser  # noqa: E402
import html as _html  # noqa: E402

CODECS = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
          "us-ascii": "ascii", "iso-8859-1": "latin-1"}
FIRST, LAST = 7201, 7238


def fname(meta):
    return "%d-%s" % (meta["num"], meta["slug"])


def parse(raw):
    return BytesParser(policy=policy.default).parsebytes(raw)


def sent_of(msg):
    return msg["Date"].datetime.astimezone(SH)


def build_all():
    out = {}
    for num in sorted(CASES):
        meta = CASES[num]
        built = meta["fn"]()
        eml = built["eml"]
        g = gold_for(meta, built, sent_of(parse(eml)))
        out[num] = (meta, built, eml, g)
    return out


def dump_json(g):
    return json.dumps(g, ensure_ascii=False, indent=2) + "\n"


def write_all():
    allc = build_all()
    for num, (meta, built, eml, g) in allc.items():
        base = os.path.join(HERE, fname(meta))
        with open(base + ".eml", "wb") as f:
            f.write(eml)
        with open(base + ".json", "w", encoding="utf-8") as f:
            f.write(dump_json(g))
    write_roster(os.path.join(HERE, "roster.csv"))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(allc))
    print("wrote %d cases to %s" % (len(allc), HERE))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", "\t", xml)
    return _html.unescape(re.sub(r"<[^>]+>", "", xml))


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)


def html_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    return _html.unescape(re.sub(r"<[^>]+>", "", s))


def squash(s):
    return re.sub(r"\s+", "", s)


def check():
    errors, warns = [], []
    E = errors.append
    allc = build_all()
    roster = list(csv.DictReader(open(os.path.join(HERE, "roster.csv"), encoding="utf-8")))
    remails = {r["email"].lower(): r for r in roster}
    if len(remails) != len(roster):
        E("roster: duplicate emails")
    for r in roster:
        if r["manager_email"] and r["manager_email"].lower() not in remails:
            E("roster: manager %s of %s unknown" % (r["manager_email"], r["email"]))
    buf = io.StringIO()
    write_roster_to = buf
    if sorted(CASES) != list(range(FIRST, LAST + 1)):
        E("case numbers are not exactly %d..%d: %s" % (FIRST, LAST, sorted(CASES)))
    expected = {"roster.csv", "README.md"} | ({"make_heldout44.py"} & set(os.listdir(HERE)))   # (an OUTDIR holds no script)
    for num, (meta, built, eml, g) in allc.items():
        expected |= {fname(meta) + ".eml", fname(meta) + ".json"}
    present = {f for f in os.listdir(HERE) if not f.startswith((".", "__"))}
    for f in sorted(present - expected):
        E("unexpected file %s" % f)
    for f in sorted(expected - present):
        E("missing file %s" % f)
    kinds = {}
    for num, (meta, built, eml, g) in allc.items():
        tag = fname(meta)
        kinds[meta["kind"]] = kinds.get(meta["kind"], 0) + 1
        p_eml = os.path.join(HERE, tag + ".eml")
        p_json = os.path.join(HERE, tag + ".json")
        if not (os.path.exists(p_eml) and os.path.exists(p_json)):
            continue
        raw = open(p_eml, "rb").read()
        if raw != eml:
            E("%s: .eml on disk differs from the generator output (run without --check)" % tag)
        for i, line in enumerate(raw.split(b"\n")):
            if len(line) > 998:
                E("%s: line %d longer than 998 octets" % (tag, i + 1))
        msg = parse(raw)
        for k in ("Return-Path", "Delivered-To", "Received", "Date", "From", "Message-ID"):
            if msg[k] is None:
                E("%s: missing %s" % (tag, k))
        if msg.defects:
            E("%s: message defects %r" % (tag, msg.defects))
        for k, v in msg.items():
            if getattr(v, "defects", None):
                E("%s: header %s defects %r" % (tag, k, v.defects))
        texts = []
        for part in msg.walk():
            if part.defects:
                E("%s: part %s defects %r" % (tag, part.get_content_type(), part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    E("%s: part header %s defects %r" % (tag, k, v.defects))
            names = [k.lower() for k in part.keys()]
            for k in ("content-type", "content-transfer-encoding", "content-disposition", "date", "from", "to", "cc",
                      "subject", "message-id", "mime-version", "in-reply-to", "references", "return-path", "delivered-to"):
                if names.count(k) > 1:
                    E("%s: duplicate header %s" % (tag, k))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct == "message/delivery-status":
                continue
            payload = part.get_payload(decode=True)
            if ct.startswith("text/"):
                cs = (part.get_content_charset() or "us-ascii").lower()
                codec = CODECS.get(cs, cs)
                try:
                    t = payload.decode(codec)
                except UnicodeDecodeError:
                    if built.get("label_lies"):
                        t = payload.decode("gb18030")
                    else:
                        E("%s: %s part does not decode as %s" % (tag, ct, cs))
                        continue
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    E("%s: get_content() failed on %s: %s" % (tag, ct, e))
                if "\ufffd" in t:
                    E("%s: replacement character in %s" % (tag, ct))
                texts.append(html_text(t) if ct == "text/html" else t)
            elif "wordprocessingml" in ct:
                texts.append(docx_text(payload))
            elif ct == "application/pdf":
                texts.append(pdf_text(payload))
        full = "\n".join(texts)
        sfull = squash(full)
        for it in built.get("items", []):
            for f in it.find:
                if f not in full and squash(f) not in sfull:
                    E("%s: find-string %r not in the mail text" % (tag, f))
        if built.get("nf") is not None:
            for f in built["nf"].find:
                if f not in full and squash(f) not in sfull:
                    E("%s: next-followup find-string %r not in the mail text" % (tag, f))
        for f in built.get("find", []):
            if f not in full and squash(f) not in sfull:
                E("%s: find-string %r not in the mail text" % (tag, f))
        # gold on disk: schema and dates recomputed from this message's own Date header
        disk = json.load(open(p_json, encoding="utf-8"))
        if disk != g:
            E("%s: .json on disk differs from the generator output" % tag)
        if list(disk.keys()) != ["kind", "items", "next_followup", "reply", "notes"]:
            E("%s: top-level keys %r" % (tag, list(disk.keys())))
        if disk["kind"] not in ("minutes", "reply", "other", "auto"):
            E("%s: bad kind" % tag)
        if disk["reply"] is not None:
            E("%s: reply must be null in this set" % tag)
        sent = sent_of(msg)
        if sent.year != 2026:
            E("%s: send date not in 2026" % tag)
        if disk["kind"] != "minutes" and (disk["items"] or disk["next_followup"]):
            E("%s: non-minutes with items or next_followup" % tag)
        if disk["kind"] == "minutes" and not built.get("items") and not built.get("zero_ok"):
            E("%s: minutes without items" % tag)
        hdr_addrs = {}
        for h in ("From", "To", "Cc"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    hdr_addrs[a.addr_spec.lower()] = a.display_name
        for idx, (it, gi) in enumerate(zip(built.get("items", []), disk["items"])):
            where = "%s item %d" % (tag, idx + 1)
            if list(gi.keys()) != ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]:
                E("%s: item keys %r" % (where, list(gi.keys())))
            fl = gi["flags"]
            if any(f not in FLAG_ORDER for f in fl) or len(set(fl)) != len(fl):
                E("%s: bad flags %r" % (where, fl))
            if ("no_owner" in fl) != (gi["owner_name"] is None):
                E("%s: no_owner flag inconsistent" % where)
            if ("vague_due" in fl or "no_due" in fl) != (gi["due_date"] is None):
                E("%s: due flags inconsistent" % where)
            if "vague_due" in fl and "no_due" in fl:
                E("%s: both vague_due and no_due" % where)
            if gi["due_time"] is not None and gi["due_date"] is None:
                E("%s: time without date" % where)
            if gi["owner_email"]:
                em = gi["owner_email"].lower()
                if em in remails:
                    r = remails[em]
                    if r["name"] != gi["owner_name"]:
                        E("%s: owner name %s != roster %s" % (where, gi["owner_name"], r["name"]))
                    if (r["department"] or None) != gi["department"]:
                        E("%s: department %s != roster %s" % (where, gi["department"], r["department"]))
                elif em in hdr_addrs:
                    if hdr_addrs[em] != gi["owner_name"]:
                        E("%s: owner %s != header display name %s" % (where, gi["owner_name"], hdr_addrs[em]))
                    if gi["department"] is not None:
                        E("%s: outsider with a department" % where)
                else:
                    E("%s: owner email %s neither in roster nor in From/To/Cc" % (where, em))
            if isinstance(it.rule, tuple):
                d, t = due(it.rule, sent, it.tm)
                if gi["due_date"] != d.isoformat() or gi["due_time"] != t:
                    E("%s: due %s %s, recomputed %s %s" % (where, gi["due_date"], gi["due_time"], d, t))
                if d < sent.date():
                    E("%s: due date before the send date" % where)
                if d.year != 2026:
                    E("%s: due date outside 2026" % where)
                if not is_work(d) and d.isoformat()[5:] not in built["notes"]:
                    warns.append("%s: due on a non-working day %s" % (where, d))
                if d.isoformat() not in disk["notes"]:
                    E("%s: notes do not mention %s" % (where, d.isoformat()))
                if t and t not in disk["notes"]:
                    E("%s: notes do not mention the time %s" % (where, t))
            if not gi["task"].strip():
                E("%s: empty task" % where)
        if len(built.get("items", [])) != len(disk["items"]):
            E("%s: item count mismatch" % tag)
        nf = built.get("nf")
        if nf is not None:
            d, t = due(nf.rule, sent, nf.tm)
            if disk["next_followup"] != {"date": d.isoformat(), "time": t}:
                E("%s: next_followup %r, recomputed %s %s" % (tag, disk["next_followup"], d, t))
            if d < sent.date():
                E("%s: next_followup before the send date" % tag)
            if d.isoformat() not in disk["notes"]:
                E("%s: notes do not mention next_followup date %s" % (tag, d))
        elif disk["next_followup"] is not None:
            E("%s: unexpected next_followup" % tag)
        if len(disk["notes"]) < 60:
            E("%s: notes too short" % tag)
    for w in warns:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("checked %d cases (%s); %d errors, %d warnings" % (
        len(allc), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), len(errors), len(warns)))
    return 1 if errors else 0


def readme(allc):
    return README_HEAD + "\n" + readme_table(allc) + "\n"


def readme_table(allc):
    lines = ["| case | kind | client | gold summary | what it tests |", "| --- | --- | --- | --- | --- |"]
    for num, (meta, built, eml, g) in allc.items():
        lines.append("| %s | %s | %s | %s | %s |" % (fname(meta), meta["kind"], meta["client"],
                                                   meta["summary"].replace("|", "/"), meta["tests"].replace("|", "/")))
    return "\n".join(lines)


README_HEAD = """# heldout44: blind held-out set, cases 7201-7238

38 raw messages (`NNNN-slug.eml`, the bytes a mail server stores, with the Return-Path/Delivered-To/Received
lines the receiving server added) and their gold (`NNNN-slug.json`), plus `roster.csv` and the generator
`make_heldout44.py`. Counts: **minutes 32, other 3, auto 3, reply 0**.

* `python3 make_heldout44.py` rewrites every file. It uses no clock and no randomness: ids, boundaries and
  timestamps come from the case number, the .docx has pinned zip timestamps, and the PDF is built with reportlab
  `invariant=1`.
* `python3 make_heldout44.py --check` rebuilds everything in memory and checks it against the files on disk. It
  re-parses every .eml with `email.policy.default`: no message, part or header defects, no duplicate singleton
  headers, no line over 998 octets, and every text part decodes strictly with its declared charset. 7206 and 7234
  are labelled gb2312 but carry GBK bytes, and they are checked as GBK/GB18030. The check also reads the .docx
  and PDF attachments. It recomputes every `due_date`/`due_time` and `next_followup` from the message's own
  `Date` header in Asia/Shanghai, using `chinesecalendar` 1.11 for working days, holidays and make-up days. It
  checks the gold schema and flag consistency, and that each owner appears in the roster or in the
  From/To/Cc display names. It checks that the phrases the gold relies on occur in the decoded text, and that
  every gold date appears in `notes`.

The gold follows `/work/shared/corpus/README.md` exactly: flat items with `owner_name`, `owner_email`,
`department`, `task`, `due_date`, `due_time` and `flags`, plus `next_followup` and `reply` (always null
here). All send dates and due dates are in 2026 (April to August). The weeks covered include Qingming
(04-04..04-06 off, no make-up day), Labour Day (05-01..05-05 off, Saturday 05-09 a make-up working day) and
Dragon Boat (06-19..06-21 off).

## Organisations (all invented)

| org | kind | domain / mail system | bot address (its own minutebot) | people |
| --- | --- | --- | --- | --- |
| 瑞金市教育局 (Ruijin, Ganzhou, Jiangxi) | county-level education bureau (government office) | `rjjyj.example.gov.cn`, Coremail | 纪要助手 `jiyao@rjjyj.example.gov.cn` | 局领导, 办公室, 基础教育股, 计划财务股, 安全稳定股, 后勤装备股, 教研室, 人事股; outsider writer 叶明亮 (principal of 沙洲坝镇中心小学, 163.com webmail) |
| 新乡市禾丰速冻食品有限公司 (Xinxiang, Henan) | private manufacturer of frozen dumplings | `hefengfood.example.cn`, Tencent Exmail (Foxmail, WeCom, Outlook, MailMaster, iPhone as clients) | 纪要机器人 `minutes@hefengfood.example.cn` | 总经办, 生产部, 品控部, 设备部, 采购部, 仓储物流部, 销售部, 研发中心, 财务部; outsiders who are not in the roster: 李昇 (豫北面业, flour supplier), 周倩 (鲜惠多超市, customer) |
| 北京律衡科技有限公司 (Haidian, Beijing) | legal-tech start-up (internet/services) | `lexheng.example.cn`, Feishu mail with a Postfix MX | Minutebot `minutebot@lexheng.example.cn` | 总裁办, 产品部, 研发部, 算法组, 客户成功部, 法务合规部, 市场部, 销售部; client 北京嘉信律师事务所: 齐磊 (IT lead, roster outsider, writes 7230) and 孔令仪 (partner, not in the roster) |
| 橄榄阳光（漳州）贸易有限公司 / Oliva Sol Trading (Zhangzhou) | Spanish-owned olive-oil importer (foreign-invested); staff write English | `olivasol.example.cn`, Microsoft 365 | Minutes Bot `minutes@olivasol.example.cn` | Management, Supply Chain, Customs & Compliance, Finance, Sales, Marketing, Quality; foreign partners: parent company Aceites Sierra Sur S.A. (Jaén, Spain), with Carmen Ortega and Diego Navarro (roster outsiders who write 7212 and 7236), and forwarder Van Dijk Forwarding (Rotterdam), with Anouk de Vries (not in the roster) |

Each organisation runs its own bot (its own address, `allowed_domains` = its own domain). One `roster.csv`
covers all four. It lists staff and the outsiders who write mail in the set. Outsiders have an empty
`department` and `manager_email`. In the Oliva Sol rows the canonical names are the English working names
(`Vivian Lin`, with aliases `林曉薇;林晓薇;Vivian`).

## Conventions applied beyond the corpus README and SPEC

1. **Before a holiday.** 五一前, 五一假期前, 端午节前, 节前最后一个工作日 and "before the Dragon Boat holiday" mean
   the last working day before that holiday block: 2026-04-30 for Labour Day, 2026-06-18 for Dragon Boat. This
   follows `dates-eval.md` (国庆节前 = last workday before it).
2. **明天下班前 and 下班前.** 明天下班前 gives tomorrow's date with no time. 下班前 never gives a clock time (the same
   as 今天下班前 and EOD).
3. **"同一时间".** In "下周二同一时间再碰一次" the time is the start time of the current meeting as the minutes
   state it (会议时间 9:30-10:40 gives 09:30).
4. **Time zones.** Times given in another zone (CEST, "Madrid time") are converted to Asia/Shanghai. When the
   text gives both ("10:00 CEST (16:00 Beijing)"), they agree.
5. **Date header in another zone.** When the Date header is in a writer's own zone (+0200, +0000), every
   relative phrase resolves from the Shanghai date of that instant, even when it differs from the writer's local
   date. In 7236 (Tue 18:45 +0200 = Wed 00:45 Shanghai), "within 2 working days" is counted from Wednesday. This
   case is marked AMBIGUOUS in its notes.
6. **Sent on a Sunday.** 下周一 is the Monday of the following calendar week, which is the next day. A bare 周三
   whose day this week has already passed means the coming Wednesday (7237).
7. **Make-up working days are working days.** A make-up Saturday counts in N个工作日 counts, 本周六 can name it, and
   a due date on it is kept (7216, 7217, 7218).
8. **Month end on a weekend.** A month end (5月底前, end of May) that falls on a weekend is kept as written
   (2026-05-31). 季度末 is the last day of the quarter.
9. **跨部门协作事项跟踪表.** 责任人（发起方） owns the row. 责任人（协作方） supports, in the same way as 配合. A
   "Support" column in an English tracker is treated the same way.
10. **Lead and support in one cell.** "X（主责）/Y（配合）" and "X (lead), Y (support)" in one cell are owned by the
    lead only.
11. **Outsiders.** Every outsider gets department null, whether they come from the roster (outsider rows have
    an empty department) or from a To/Cc display name.
12. **Groups that are not a unit of the organisation.** 各校教务主任 and an outside vendor (冰山冷机售后) give owner
    null, flag no_owner and department null. A unit of the organisation (品控部, 计划财务股, 法务合规部) gives
    department = that unit.
13. **待定 as the owner.** An item whose owner slot reads 待定 and that has no date gets flags no_owner + no_due.
    Here 待定 fills the owner slot, so it is not a vague deadline (7230).
14. **Hour deadlines.** N小时内 counts from the Date header instant. due_time is HH:MM of the result, with seconds
    dropped (7234).
15. **Attachments.** Minutes that arrive as .docx or PDF with a short body are graded on what the attachment
    says. The body holds no items.
16. **Forwarded AI minutes.** In a forwarded AI-minutes mail (腾讯会议/飞书/钉钉 智能纪要 or AI听记), only the
    待办 block counts, even inside a forward. The forwarder's preface is never an item, and neither are the
    instructions in it.
17. **Corrected re-sends.** A re-send in the same thread (7214) is graded on its own full list. Rows it now marks
    [x] drop out.
18. **Vague next meetings.** A next meeting with no day ("6月上旬，具体时间另行通知") gives next_followup null. A
    sentence such as "We will go through the tracker again next Wednesday at 10am" counts as the next follow-up.
19. **Task text.** Task text stays in the language of the minutes. Ticket keys (LEX-318) and owner/date
    decorations are dropped. Scorers should match it loosely.

## Clients, charsets and transfer encodings

* Clients: Coremail webmail (gov) and 163.com webmail; Foxmail 7.2; Tencent Exmail web and WeCom mail; Outlook
  2016/365 zh-CN; Outlook 2019 zh-TW; Outlook 365 en (Windows); Outlook on the web (M365); Outlook for Mac;
  Gmail web and Gmail Android app; Apple Mail (macOS) and iPhone Mail; Thunderbird; 网易邮箱大师 (iOS); Feishu/Lark
  mail; DingTalk mail (Alimail). Machine senders: Exchange Online OOF, Postfix DSN, and an OA workflow notifier.
* Charsets: UTF-8 (most); GBK (7201, 7210, 7215, 7219); gb2312 that is really GB2312 (7205, 7224); gb2312 label
  over GBK bytes (7206 with 昇, 7234 with 翀; decode as GBK/GB18030; their headers use UTF-8 encoded words);
  gb18030 (7220, 7238); big5 (7227); iso-8859-1 (7223); us-ascii (7218 body, 7222).
* Transfer encodings: base64, quoted-printable (soft breaks inside multibyte characters), 8bit (7207 and 7214,
  format=flowed) and 7bit.
* Structure: text/plain only (7207, 7214, 7216, 7217, 7228, 7237); text/html only (7203, 7230, 7233);
  multipart/alternative (most); multipart/mixed with a real .docx (7215, filename RFC 2231-encoded in GBK) or a
  PDF (7218); multipart/report (7222). CRLF line ends in 7206, 7208, 7223, 7224 and 7234; LF elsewhere.
* Header encodings: RFC 2047 B and Q words in UTF-8, GBK, gb2312 and gb18030. An accented Spanish name is
  Q-encoded (7204, 7223, 7231).

## Cases
"""

if __name__ == "__main__":
    HERE = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)   # (an OUTDIR: added when the set joined the tests)
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
    sys.exit(check())
