"""Shared helpers for make_heldout68.py: roster, due-phrase resolution (chinesecalendar), MIME serialisation.

Everything is deterministic: no clock reads, no randomness; ids are derived from hashes of fixed seeds.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
from email.utils import format_datetime

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# ------------------------------------------------------------------------------------------------ roster
# name, email, department, manager_email, aliases
ROSTER = [
    # A 娄底市娄星区人力资源和社会保障局 (government unit, Loudi, Hunan)
    ("邓建华", "dengjianhua@lxrsj.example.gov.cn", "局领导", "", "邓局;邓副局长;邓局长"),
    ("曾国平", "zengguoping@lxrsj.example.gov.cn", "办公室", "dengjianhua@lxrsj.example.gov.cn", "曾主任;Zeng Guoping"),
    ("肖敏", "xiaomin@lxrsj.example.gov.cn", "办公室", "zengguoping@lxrsj.example.gov.cn", "小肖;肖敏同志"),
    ("彭丽娟", "penglijuan@lxrsj.example.gov.cn", "就业促进股", "dengjianhua@lxrsj.example.gov.cn", "彭股长;丽娟"),
    ("谢志刚", "xiezhigang@lxrsj.example.gov.cn", "劳动保障监察大队", "dengjianhua@lxrsj.example.gov.cn", "谢队;谢大队长;谢队长"),
    ("贺晓雯", "hexiaowen@lxrsj.example.gov.cn", "社会保险股", "dengjianhua@lxrsj.example.gov.cn", "小贺;贺股长"),
    ("罗文斌", "luowenbin@lxrsj.example.gov.cn", "职业能力建设股", "dengjianhua@lxrsj.example.gov.cn", "罗股长;文斌"),
    ("朱海波", "zhuhaibo@lxrsj.example.gov.cn", "信息中心", "zengguoping@lxrsj.example.gov.cn", "朱工;海波"),
    ("胡春燕", "huchunyan@lxrsj.example.gov.cn", "劳动保障监察大队", "xiezhigang@lxrsj.example.gov.cn", "胡春燕同志;小胡"),
    # B Ergolz Mikrotechnik (Taizhou) Co., Ltd. (Swiss-owned watch-component maker, Taizhou, Jiangsu)
    ("Martin Baumgartner", "martin.baumgartner@ergolz-tz.example.com", "总经办", "", "Martin;MB;包总;鲍姆加特纳"),
    ("钱雅琴", "vivian.qian@ergolz-tz.example.com", "质量部", "martin.baumgartner@ergolz-tz.example.com", "Vivian Qian;Vivian;Yaqin Qian;钱经理"),
    ("陆振宇", "jason.lu@ergolz-tz.example.com", "生产部", "martin.baumgartner@ergolz-tz.example.com", "Jason Lu;Jason;Zhenyu Lu;陆经理"),
    ("蒋立新", "leo.jiang@ergolz-tz.example.com", "工程部", "martin.baumgartner@ergolz-tz.example.com", "Leo Jiang;Leo;Lixin Jiang;蒋经理"),
    ("顾嘉伟", "kevin.gu@ergolz-tz.example.com", "工程部", "leo.jiang@ergolz-tz.example.com", "Kevin Gu;Kevin;Jiawei Gu;顾工"),
    ("沈佳怡", "joy.shen@ergolz-tz.example.com", "供应链部", "martin.baumgartner@ergolz-tz.example.com", "Joy Shen;Joy;Jiayi Shen;沈主管"),
    ("吉晓峰", "ji.xiaofeng@ergolz-tz.example.com", "财务部", "martin.baumgartner@ergolz-tz.example.com", "Xiaofeng Ji;Ji Xiaofeng;Frank Ji;吉会计"),
    ("吴桂兰", "wu.guilan@ergolz-tz.example.com", "生产部", "jason.lu@ergolz-tz.example.com", "Guilan Wu;Wu Guilan;吴班长;桂兰"),
    # C 江门市锐焰燃气具有限公司 (gas-stove maker and exporter, Jiangmen, Guangdong)
    ("梁志强", "liangzq@ruiyan-gas.example.cn", "总经办", "", "梁总;Liang Zhiqiang;强哥"),
    ("黄嘉欣", "cindy.huang@ruiyan-gas.example.cn", "外贸部", "liangzq@ruiyan-gas.example.cn", "黄经理;Cindy Huang;Cindy"),
    ("区文杰", "au.wenjie@ruiyan-gas.example.cn", "外贸部", "cindy.huang@ruiyan-gas.example.cn", "文杰;Jack Au;Wenjie;区生"),
    ("伍家豪", "wujiahao@ruiyan-gas.example.cn", "研发部", "liangzq@ruiyan-gas.example.cn", "伍经理;Howard Ng;家豪"),
    ("谭永康", "tanyongkang@ruiyan-gas.example.cn", "研发部", "wujiahao@ruiyan-gas.example.cn", "谭工;Tan Yongkang;永康"),
    ("冯淑仪", "fengshuyi@ruiyan-gas.example.cn", "品质部", "liangzq@ruiyan-gas.example.cn", "冯主管;Shirley Feng;淑仪"),
    ("甄国栋", "zhenguodong@ruiyan-gas.example.cn", "生产部", "liangzq@ruiyan-gas.example.cn", "甄经理;阿栋;Zhen Guodong"),
    ("麦晓琳", "maixiaolin@ruiyan-gas.example.cn", "采购部", "liangzq@ruiyan-gas.example.cn", "麦主管;晓琳;Mak Xiaolin"),
    ("司徒敏", "situmin@ruiyan-gas.example.cn", "财务部", "liangzq@ruiyan-gas.example.cn", "司徒;司徒会计;Situ Min"),
    # D 绥化禾润寒地稻米有限公司 (rice mill + e-commerce, Suihua, Heilongjiang)
    ("于洪涛", "yuhongtao@herun-rice.example.cn", "总经理办公室", "", "于总;Yu Hongtao"),
    ("孙桂芬", "sunguifen@herun-rice.example.cn", "品控部", "yuhongtao@herun-rice.example.cn", "孙经理;桂芬姐;Sun Guifen"),
    ("王立国", "wangliguo@herun-rice.example.cn", "收储部", "yuhongtao@herun-rice.example.cn", "王部长;老王;Wang Liguo"),
    ("赵雪", "zhaoxue@herun-rice.example.cn", "电商部", "fuxiaodong@herun-rice.example.cn", "小雪;Snow Zhao;雪儿"),
    ("付晓东", "fuxiaodong@herun-rice.example.cn", "电商部", "yuhongtao@herun-rice.example.cn", "付经理;东哥;Fu Xiaodong"),
    ("姜宏伟", "jianghongwei@herun-rice.example.cn", "加工车间", "yuhongtao@herun-rice.example.cn", "姜主任;Jiang Hongwei"),
    ("崔明", "cuiming@herun-rice.example.cn", "销售部", "yuhongtao@herun-rice.example.cn", "崔经理;Cui Ming;明哥"),
    ("范玉梅", "fanyumei@herun-rice.example.cn", "财务部", "yuhongtao@herun-rice.example.cn", "范会计;玉梅;Fan Yumei"),
]
ROSTER_BY_NAME = {r[0]: r for r in ROSTER}

# people outside the roster who own items (resolved from From/To/Cc display names)
EXT = {
    "Sabine Keller": "sabine.keller@ergolz.example.ch",
    "Reto Fischer": "reto.fischer@ergolz.example.ch",
    "Amani Mwakyusa": "amani@msasani-appliances.example.co.tz",
    "Neema Kisanga": "neema.kisanga@msasani-appliances.example.co.tz",
    "杜海峰": "duhaifeng@hjbz-pack.example.cn",
}

BOTS = {
    "A": ("纪要助手", "minutes@lxrsj.example.gov.cn"),
    "B": ("Minutes Bot", "minutes@ergolz-tz.example.com"),
    "C": ("纪要助手", "minutes@ruiyan-gas.example.cn"),
    "D": ("纪要小助手", "minutes@herun-rice.example.cn"),
}


def P(name):
    """(display name, email) of a roster or external person."""
    if name in ROSTER_BY_NAME:
        return (name, ROSTER_BY_NAME[name][1])
    return (name, EXT[name])


# ------------------------------------------------------------------------------------------------ dates
def parse_iso(s):
    return dt.datetime.fromisoformat(s).astimezone(SH)


def workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def resolve(spec, sent):
    """Resolve a due spec against the send instant (aware datetime). Returns (date_iso|None, time|None)."""
    if spec is None or spec[0] == "vague":
        return None, None
    local = sent.astimezone(SH)
    today = local.date()
    kind, args = spec[0], list(spec[1:])
    t = None
    if kind == "abs":
        d = dt.date.fromisoformat(args[0])
        t = args[1] if len(args) > 1 else None
    elif kind == "rel":
        d = today + dt.timedelta(days=args[0])
        t = args[1] if len(args) > 1 else None
    elif kind == "wd":  # bare weekday: next occurrence after the send day (never the send weekday itself)
        assert args[0] != today.weekday(), ("bare weekday equals send weekday", spec, today)
        d = today + dt.timedelta(days=(args[0] - today.weekday()) % 7)
        t = args[1] if len(args) > 1 else None
    elif kind == "this_wd":
        d = today + dt.timedelta(days=args[0] - today.weekday())
        assert d >= today, ("本周X already past", spec, today)
        t = args[1] if len(args) > 1 else None
    elif kind == "next_wd":
        d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 + args[0])
        t = args[1] if len(args) > 1 else None
    elif kind == "wdays":
        d = add_workdays(today, args[0])
    elif kind == "days":
        d = today + dt.timedelta(days=args[0])
    elif kind == "hours":
        x = local + dt.timedelta(hours=args[0])
        d, t = x.date(), x.strftime("%H:%M")
    elif kind == "month_end":
        y, m = today.year, today.month + (args[0] if args else 0)
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        d = nxt - dt.timedelta(days=1)
    elif kind == "quarter_end":
        q = (today.month - 1) // 3
        m = q * 3 + 3
        d = dt.date(today.year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == "week_end":
        d = today + dt.timedelta(days=6 - today.weekday())
    elif kind == "before_hol":  # last working day before the holiday starting on args[0]
        d = dt.date.fromisoformat(args[0]) - dt.timedelta(days=1)
        assert not workday(dt.date.fromisoformat(args[0]))
        while not workday(d):
            d -= dt.timedelta(days=1)
    elif kind == "after_hol":  # first working day after the holiday ending on args[0]
        d = dt.date.fromisoformat(args[0])
        assert not workday(d)
        d = add_workdays(d, 1)
        t = args[1] if len(args) > 1 else None
    elif kind == "next_workday":
        d = add_workdays(today, 1)
    else:
        raise ValueError(spec)
    return d.isoformat(), t


# ------------------------------------------------------------------------------------------------ gold items
def item(owner, task, due, phrase, dept=None, extra_flags=()):
    """owner: roster/external name or None (department-only, give dept). due: spec, ("vague",) or None."""
    return dict(owner=owner, task=task, due=due, phrase=phrase, dept=dept, extra=tuple(extra_flags))


def gold_item(it, sent):
    d, t = resolve(it["due"], sent)
    flags = []
    if it["due"] is not None and it["due"][0] == "vague":
        flags.append("vague_due")
    if it["due"] is None:
        flags.append("no_due")
    o = it["owner"]
    if o is None:
        flags.append("no_owner")
        name, email, dept = None, None, it["dept"]
    elif o in ROSTER_BY_NAME:
        r = ROSTER_BY_NAME[o]
        name, email, dept = r[0], r[1], r[2]
    else:
        name, email, dept = o, EXT[o], None
    flags.extend(it["extra"])
    return {"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
            "due_date": d, "due_time": t, "flags": sorted(set(flags), key=flags.index)}


# ------------------------------------------------------------------------------------------------ ids
def hx(seed, n=8):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()


def rfc_date(iso):
    """'2026-04-14T10:22:31+08:00' -> RFC 5322 date in that offset."""
    return format_datetime(dt.datetime.fromisoformat(iso))


# ------------------------------------------------------------------------------------------------ headers
def enc_words(text, cs="utf-8", mode="B", first=0):
    """Encode text as RFC 2047 words (<=75 chars each), never splitting a character."""
    words, cur = [], ""

    def w(s):
        b = s.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = "".join(chr(c) if (48 <= c < 58 or 65 <= c < 91 or 97 <= c < 123) else "=%02X" % c for c in b)
        return "=?%s?Q?%s?=" % (cs, q)

    for ch in text:
        if len(w(cur + ch)) > (75 - (first if not words else 0)):
            words.append(w(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(w(cur))
    return "\n ".join(words)


def htext(text, cs="utf-8", mode="B", name=""):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return enc_words(text, cs, mode, first=len(name) + 2)


def haddr(person, cs="utf-8", mode="B", quote=False):
    name, email = person
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ',.;:()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_words(name, cs, mode), email)


def haddrs(people, cs="utf-8", mode="B", quote=False):
    return ",\n ".join(haddr(p, cs, mode, quote) for p in people)


# ------------------------------------------------------------------------------------------------ bodies
def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def cte_encode(data, cte):
    if cte == "base64":
        return b64lines(data).encode()
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", headers=(), crlf=False, name=None,
         disposition=None, csq=True):
    """One MIME leaf as bytes (headers + blank line + encoded body)."""
    if text is not None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(cs)
    h = ["Content-Type: %s" % ctype]
    if cs:
        h[0] += ('; charset="%s"' if csq else "; charset=%s") % cs
    if params:
        h[0] += params
    if name:
        h[0] += ';\n\tname="%s"' % name
    h.append("Content-Transfer-Encoding: %s" % cte)
    for x in headers:
        h.append(x)
    if disposition:
        h.append(disposition)
    return ("\n".join(h) + "\n\n").encode() + cte_encode(data, cte)


def multi(subtype, parts, boundary, preamble=None, params=""):
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)).encode()]
    if preamble:
        out.append((preamble + "\n").encode())
    for p in parts:
        out.append(("--%s\n" % boundary).encode())
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode())
    return b"".join(out)


def envelope(trace, headers, body):
    """trace + client headers (list of 'Name: value' strings) + body bytes (which starts with Content-Type)."""
    head = "\n".join(trace + headers) + "\n"
    return head.encode("ascii") + body


def trace(sent_iso, sender, host, ip, mx, rcpt, seed):
    t = dt.datetime.fromisoformat(sent_iso) + dt.timedelta(seconds=3)
    return ["Return-Path: <%s>" % sender, "Delivered-To: %s" % rcpt,
            "Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                host, ip, mx, hx(seed, 11).upper(), rcpt, format_datetime(t))]


def esc(s):
    return html.escape(s, quote=False)


def html_table(rows, head=True, style="border-collapse:collapse", td="border:1px solid #999;padding:4px 6px"):
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="%s">' % style]
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join('<%s style="%s">%s</%s>' % (tag, td, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras_html(text, tag="div"):
    return "\n".join("<%s>%s</%s>" % (tag, esc(l) if l.strip() else "<br>", tag) for l in text.split("\n"))


def deliver(org, sent, sender, headers, body, seed, host="unknown", ip="10.20.1.15", rcpt=None):
    """Full stored message: server trace (Return-Path/Delivered-To/Received) + client headers + MIME body."""
    rcpt = rcpt or BOTS[org][1]
    mx = "mx." + BOTS[org][1].split("@")[1]
    return envelope(trace(sent, sender, host, ip, mx, rcpt, seed), headers, body)
