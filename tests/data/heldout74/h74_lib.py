"""Helpers for make_heldout74.py: roster, raw MIME building, due-date specs, gold items.

Everything here is deterministic: no clock reads, no randomness.
"""
import base64
import datetime as dt
import hashlib
import quopri
import re

import chinese_calendar as cc

CST = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- roster
# name, email, department, manager_email, aliases
ROSTER = [
    # 林芝市气象局 (Nyingchi Municipal Meteorological Bureau, Tibet) - government unit
    ("次仁旺堆", "cirenwangdui@nyqx.example.gov.cn", "局领导", "", "次仁局长;旺堆局长;次局"),
    ("张海燕", "zhanghaiyan@nyqx.example.gov.cn", "局领导", "cirenwangdui@nyqx.example.gov.cn", "张局;张副局长;海燕副局长"),
    ("格桑卓玛", "gesangzhuoma@nyqx.example.gov.cn", "办公室", "zhanghaiyan@nyqx.example.gov.cn", "格桑主任;卓玛主任"),
    ("刘建军", "liujianjun@nyqx.example.gov.cn", "办公室", "gesangzhuoma@nyqx.example.gov.cn", "小刘;建军"),
    ("杜明远", "dumingyuan@nyqx.example.gov.cn", "气象台", "zhanghaiyan@nyqx.example.gov.cn", "杜台;杜台长"),
    ("拉巴次仁", "labaciren@nyqx.example.gov.cn", "气象台", "dumingyuan@nyqx.example.gov.cn", "拉巴;拉巴首席"),
    ("孙倩", "sunqian@nyqx.example.gov.cn", "观测与网络科", "zhanghaiyan@nyqx.example.gov.cn", "孙科长;孙科"),
    ("尼玛扎西", "nimazhaxi@nyqx.example.gov.cn", "观测与网络科", "sunqian@nyqx.example.gov.cn", "尼玛工;扎西工"),
    ("韩冬梅", "handongmei@nyqx.example.gov.cn", "防雷中心", "zhanghaiyan@nyqx.example.gov.cn", "韩主任;冬梅主任"),
    ("白玛央金", "baimayangjin@nyqx.example.gov.cn", "财务科", "cirenwangdui@nyqx.example.gov.cn", "白玛科长;央金"),
    # Kvist Enzymes (Chuzhou) Co., Ltd. 克维斯特酶制剂（滁州） - Danish-owned
    ("Mette Sørensen", "mette.sorensen@kvist-cz.example.cn", "Management", "", "Mette;MKS;索伦森"),
    ("周立群", "zhouliqun@kvist-cz.example.cn", "Production", "mette.sorensen@kvist-cz.example.cn", "周经理;Liqun Zhou;Liqun;LQ"),
    ("潘晓东", "panxiaodong@kvist-cz.example.cn", "Production", "zhouliqun@kvist-cz.example.cn", "潘工;Xiaodong Pan;Xiaodong"),
    ("吴静", "wujing@kvist-cz.example.cn", "Quality", "mette.sorensen@kvist-cz.example.cn", "吴经理;Jing Wu;Jenny Wu;Jenny"),
    ("葛文涛", "gewentao@kvist-cz.example.cn", "Quality", "wujing@kvist-cz.example.cn", "葛工;Wentao Ge;Wentao"),
    ("程蕾", "chenglei@kvist-cz.example.cn", "Application Lab", "mette.sorensen@kvist-cz.example.cn", "程博;Lei Cheng;Lily Cheng;Lily"),
    ("方志远", "fangzhiyuan@kvist-cz.example.cn", "Supply Chain", "mette.sorensen@kvist-cz.example.cn", "方经理;Zhiyuan Fang;Frank Fang;Frank"),
    ("何雨桐", "heyutong@kvist-cz.example.cn", "Supply Chain", "fangzhiyuan@kvist-cz.example.cn", "小何;Yutong He;Tina He;Tina"),
    ("陶卫国", "taoweiguo@kvist-cz.example.cn", "EHS", "mette.sorensen@kvist-cz.example.cn", "陶工;Weiguo Tao;Weiguo"),
    ("汪蓓", "wangbei@kvist-cz.example.cn", "Sales", "mette.sorensen@kvist-cz.example.cn", "汪经理;Bei Wang;Bella Wang;Bella"),
    # 吉安庐陵琴韵乐器有限公司 (acoustic guitars, Ji'an, Jiangxi)
    ("罗家明", "luojiaming@qinyun-guitar.example.cn", "总经办", "", "罗总;Jiaming Luo"),
    ("曾慧", "zenghui@qinyun-guitar.example.cn", "外贸部", "luojiaming@qinyun-guitar.example.cn", "曾经理;Hui Zeng;Sunny Zeng;Sunny"),
    ("肖俊", "xiaojun@qinyun-guitar.example.cn", "外贸部", "zenghui@qinyun-guitar.example.cn", "小肖;Jun Xiao;Kevin Xiao;Kevin"),
    ("邹国平", "zouguoping@qinyun-guitar.example.cn", "生产部", "luojiaming@qinyun-guitar.example.cn", "邹主管;老邹"),
    ("欧阳雪", "ouyangxue@qinyun-guitar.example.cn", "品质部", "luojiaming@qinyun-guitar.example.cn", "欧阳主管;欧阳;Snow Ouyang"),
    ("胡斌", "hubin@qinyun-guitar.example.cn", "木材部", "zouguoping@qinyun-guitar.example.cn", "胡工;斌哥"),
    ("刘晓琳", "liuxiaolin@qinyun-guitar.example.cn", "研发部", "luojiaming@qinyun-guitar.example.cn", "刘工;晓琳;Xiaolin Liu"),
    ("彭志强", "pengzhiqiang@qinyun-guitar.example.cn", "采购部", "luojiaming@qinyun-guitar.example.cn", "彭经理;志强"),
    # 铁岭安驰专用车制造有限公司 (fire-fighting trucks, Tieling, Liaoning)
    ("高志刚", "gaozhigang@anchi-fire.example.cn", "总经理办公室", "", "高总;志刚总"),
    ("于海波", "yuhaibo@anchi-fire.example.cn", "技术部", "gaozhigang@anchi-fire.example.cn", "于部长;于工;海波;Yu Haibo"),
    ("隋亮", "suiliang@anchi-fire.example.cn", "技术部", "yuhaibo@anchi-fire.example.cn", "隋工;小隋;Sui Liang"),
    ("常红", "changhong@anchi-fire.example.cn", "生产部", "gaozhigang@anchi-fire.example.cn", "常部长;红姐"),
    ("关树林", "guanshulin@anchi-fire.example.cn", "生产部", "changhong@anchi-fire.example.cn", "关主任;老关"),
    ("姜慧敏", "jianghuimin@anchi-fire.example.cn", "质量部", "gaozhigang@anchi-fire.example.cn", "姜部长;慧敏"),
    ("邵飞", "shaofei@anchi-fire.example.cn", "销售部", "gaozhigang@anchi-fire.example.cn", "邵经理;飞哥;Shao Fei"),
    ("那春雨", "nachunyu@anchi-fire.example.cn", "售后服务部", "gaozhigang@anchi-fire.example.cn", "那主管;春雨"),
    ("穆晓光", "muxiaoguang@anchi-fire.example.cn", "采购部", "gaozhigang@anchi-fire.example.cn", "穆经理;晓光"),
]
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
BY_NAME = {r[0]: r for r in ROSTER}
EMAIL = {r[0]: r[1] for r in ROSTER}


def E(name):
    """Roster e-mail of a canonical name."""
    return BY_NAME[name][1]


# ---------------------------------------------------------------- dates
def sent_local(s):
    """'2026-04-30 10:32:15 +0800' -> aware datetime converted to Asia/Shanghai (UTC+8, no DST)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z").astimezone(CST)


def _next_workday(d):
    d += dt.timedelta(1)
    while not cc.is_workday(d):
        d += dt.timedelta(1)
    return d


def _holiday_block(name, d0):
    """First and last day of the next block of statutory days off for holiday `name` on/after d0."""
    d = d0
    for _ in range(400):
        off, hname = cc.get_holiday_detail(d)
        if off and hname and hname.lower().startswith(name.lower()):
            start = d
            while True:
                n = d + dt.timedelta(1)
                o2, h2 = cc.get_holiday_detail(n)
                if not (o2 and h2):
                    break
                d = n
            return start, d
        d += dt.timedelta(1)
    raise ValueError(name)


def resolve(spec, sent):
    """Due spec -> (date, time or None), from the send instant in Asia/Shanghai.

    Conventions of the corpus README: bare weekday = on/after the send date in this week, else next week;
    下周X = weekday X of next Mon-Sun week; N个工作日内 counts Chinese working days from the day after sending;
    EOD/下班前/今日内 = send date without a time; X前 = due on X."""
    d0 = sent.date()
    k = spec[0]
    t = None
    if k == "md":                       # ("md", month, day[, "HH:MM"])
        d = dt.date(d0.year, spec[1], spec[2])
        t = spec[3] if len(spec) > 3 else None
    elif k == "wd":                     # bare weekday (0=Mon)
        delta = spec[1] - d0.weekday()
        d = d0 + dt.timedelta(delta if delta >= 0 else delta + 7)
        t = spec[2] if len(spec) > 2 else None
    elif k == "this_wd":                # 本周X
        d = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(spec[1])
        t = spec[2] if len(spec) > 2 else None
    elif k == "next_wd":                # 下周X / next Monday
        d = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7 + spec[1])
        t = spec[2] if len(spec) > 2 else None
    elif k == "days":                   # 今天 0 / 明天 1 / 后天 2 / 一周内 7 / 两周内 14
        d = d0 + dt.timedelta(spec[1])
        t = spec[2] if len(spec) > 2 else None
    elif k == "workdays":
        d = d0
        for _ in range(spec[1]):
            d = _next_workday(d)
    elif k == "month_end":              # ("month_end", offset)
        y, m = d0.year, d0.month + spec[1]
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)
    elif k == "week_end":               # 本周内 -> Sunday of this week
        d = d0 + dt.timedelta(6 - d0.weekday())
    elif k == "after_hol":              # 节后 / 节后第一个工作日
        d = _next_workday(_holiday_block(spec[1], d0)[1])
        t = spec[2] if len(spec) > 2 else None
    elif k == "before_hol":             # 节前 (last working day before the block)
        d = _holiday_block(spec[1], d0)[0] - dt.timedelta(1)
        while not cc.is_workday(d):
            d -= dt.timedelta(1)
    elif k == "hours":                  # N小时内 from the Date header
        x = sent + dt.timedelta(hours=spec[1])
        d, t = x.date(), x.strftime("%H:%M")
    elif k == "tz":                     # ("tz", "2026-07-16 15:00", utc_offset_hours) -> Shanghai time
        x = dt.datetime.strptime(spec[1], "%Y-%m-%d %H:%M").replace(
            tzinfo=dt.timezone(dt.timedelta(hours=spec[2]))).astimezone(CST)
        d, t = x.date(), x.strftime("%H:%M")
    else:
        raise ValueError(spec)
    return d.isoformat(), t


# ---------------------------------------------------------------- gold items
VAGUE = "vague"


class It:
    """One gold item. due: a spec tuple, VAGUE, or None (no deadline). exp: hand-worked 'YYYY-MM-DD[ HH:MM]'."""

    def __init__(self, owner, task, due=None, exp=None, email=None, dept=None):
        self.owner, self.task, self.due, self.exp = owner, task, due, exp
        self.email, self.dept = email, dept
        if isinstance(due, tuple) and not exp:
            raise ValueError("hand-worked date missing for %r" % task)

    def gold(self, sent):
        flags = []
        if self.owner is None:
            name = email = None
            dept = self.dept
            flags.append("no_owner")
        elif self.owner in BY_NAME:
            name, email, dept = self.owner, BY_NAME[self.owner][1], BY_NAME[self.owner][2]
        else:
            name, email, dept = self.owner, self.email, None
        date = time = None
        if self.due == VAGUE:
            flags.append("vague_due")
        elif self.due is None:
            flags.append("no_due")
        else:
            date, time = resolve(self.due, sent)
        flags.sort(key=["vague_due", "no_owner", "no_due"].index)
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": date, "due_time": time, "flags": flags}

    def hand(self):
        if not isinstance(self.due, tuple):
            return None, None
        p = self.exp.split(" ")
        return p[0], (p[1] if len(p) > 1 else None)


# ---------------------------------------------------------------- headers
def ew(text, charset="utf-8", mode="B", first=0):
    """RFC 2047 encoded words, split on character boundaries, folded with '\n '."""
    words, chunk = [], ""
    limit = 42 if mode == "B" else 60

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (charset, q)
    for ch in text:
        if len((chunk + ch).encode(charset)) * (1.37 if mode == "B" else 3) > limit and chunk:
            words.append(enc(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc(chunk))
    return "\n ".join(words)


def subj(text, charset="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return ew(text, charset, mode)


def addr(name, email, charset="utf-8", mode="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode), email)   # never inside quotes (RFC 2047 5.3)


def addrs(pairs, sep=",\n\t", **kw):
    return sep.join(addr(n, e, **kw) for n, e in pairs)


def rfcdate(s, suffix=""):
    """Date with a one-digit day where possible (Gmail/Apple/Postfix style)."""
    x = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return x.strftime("%a, ") + str(x.day) + x.strftime(" %b %Y %H:%M:%S %z") + suffix


def rfcdate0(s, suffix=""):
    """Date with a two-digit day (Outlook/Coremail style)."""
    x = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return x.strftime("%a, %d %b %Y %H:%M:%S %z") + suffix


def hexid(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def HEXID(seed, n=16):
    return hexid(seed, n).upper()


def b64id(seed, n=40):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("/", "_")[:n]


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def flow(text, width=72):
    """format=flowed: soft-break long lines at spaces (trailing space), space-stuff where needed."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "From ", ">")) and not line.startswith(">"):
            line = " " + line
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text(s, charset="utf-8", cte="base64", subtype="plain", flowed=False, extra=(), ct_extra=""):
    if flowed:
        s = flow(s)
    data = s.encode(charset)            # strict: raises if a character is not in the charset
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if flowed:
        ct += "; format=flowed"
    ct += ct_extra
    hdr = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdr, encode_body(data, cte))


def text_q(s, charset="utf-8", cte="base64", subtype="plain", quoted_cs=True, **kw):
    """Like text() but charset="..." quoted, as Outlook and Foxmail write it."""
    p = text(s, charset, cte, subtype, **kw)
    p.headers[0] = ("Content-Type", "text/%s; charset=\"%s\"" % (subtype, charset)
                    + ("; format=flowed" if kw.get("flowed") else ""))
    return p


def attachment(data, mime, filename, inline=False, cid=None, extra=()):
    ascii_name = all(ord(c) < 128 for c in filename)
    if ascii_name:
        ct = '%s; name="%s"' % (mime, filename)
        cd = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
    else:
        from urllib.parse import quote
        ct = "%s;\n name*=utf-8''%s" % (mime, quote(filename))
        cd = "%s;\n filename*=utf-8''%s" % ("inline" if inline else "attachment", quote(filename))
    hdr = [("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
    if cid:
        hdr.append(("Content-ID", "<%s>" % cid))
    return Part(hdr + list(extra), base64.encodebytes(data))


def multi(subtype, children, boundary, preamble=None, params=""):
    return Part([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))],
                children=children, boundary=boundary, preamble=preamble)


def _ser(part, top_headers=()):
    lines = [("%s: %s" % kv) for kv in list(top_headers) + part.headers]
    out = ("\n".join(lines) + "\n\n").encode("ascii")
    if part.children is None:
        return out + part.body
    if part.preamble:
        out += part.preamble.encode("ascii") + b"\n"
    for ch in part.children:
        out += b"\n--" + part.boundary.encode() + b"\n" + _ser(ch)
    out += b"\n--" + part.boundary.encode() + b"--\n"
    return out


def message(headers, root, mime_version="1.0"):
    """headers: list of (name, value) in the order the receiving server stores them (ASCII only)."""
    hs = list(headers)
    if mime_version and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", mime_version))
    return _ser(root, hs)


def html_strip(h):
    import html as _h
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?is)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return _h.unescape(h)


def esc(s):
    import html as _h
    return _h.escape(s, quote=False)
