"""Shared helpers for the heldout72 generator: calendar rules, people, MIME assembly, gold builders, attachments.

Everything is deterministic: no clock reads, no random numbers; ids come from hashes of fixed seeds.
"""
import base64
import binascii
import datetime as dt
import hashlib
import html as _html
import io
import re
import zipfile

import chinese_calendar

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ------------------------------------------------------------------------------------------------ time & calendar
def ts(s, off=8):
    """'2026-04-09 16:20:11' at UTC+off -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, off // 60, off % 60)


def sh(t):
    return t.astimezone(TZ8)


def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """N个工作日内: count working days starting the day after d."""
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def month_end(y, m):
    nxt = D(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(rule, sent):
    """Resolve a due rule against the send instant (any tz) -> (iso date or None, 'HH:MM' or None).

    abs:YYYY-MM-DD  stated date            today / tmr / days:N   calendar days from the send date
    wd:N            N个工作日内             wk:K  bare weekday (K=0 Mon): this week's if not past, else next week's
    tw:K            本周X (this week)       nw:K  下周X (weekday of next calendar week)
    mend / mend:M   end of send month / of month M     hrs:N  send instant + N hours (date and time)
    after:DATE      first working day on/after DATE (DATE inside a holiday block: 节后第一个工作日)
    before:DATE     last working day before DATE (DATE = first holiday day: 节前)
    wkend           本周内 -> Sunday of the send week      nwd  下个工作日
    hwd:DATE:N      节后N个工作日内 (DATE inside the holiday; the first working day after it is day 1)
    """
    loc = sh(sent)
    d0 = loc.date()
    if rule is None:
        return None, None
    kind, _, arg = rule.partition(":")
    if kind == "abs":
        return arg, None
    if kind == "today":
        return d0.isoformat(), None
    if kind == "tmr":
        return (d0 + dt.timedelta(days=1)).isoformat(), None
    if kind == "days":
        return (d0 + dt.timedelta(days=int(arg))).isoformat(), None
    if kind == "wd":
        return add_workdays(d0, int(arg)).isoformat(), None
    if kind in ("wk", "tw", "nw"):
        k = int(arg)
        monday = d0 - dt.timedelta(days=d0.weekday())
        cand = monday + dt.timedelta(days=k)
        if kind == "nw":
            cand += dt.timedelta(days=7)
        elif kind == "wk" and cand < d0:
            cand += dt.timedelta(days=7)
        return cand.isoformat(), None
    if kind == "mend":
        m = int(arg) if arg else d0.month
        return month_end(d0.year, m).isoformat(), None
    if kind == "hrs":
        t = loc + dt.timedelta(hours=float(arg))
        return t.date().isoformat(), t.strftime("%H:%M")
    if kind == "after":
        d = D.fromisoformat(arg)
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return d.isoformat(), None
    if kind == "before":
        d = D.fromisoformat(arg) - dt.timedelta(days=1)
        while not is_workday(d):
            d -= dt.timedelta(days=1)
        return d.isoformat(), None
    if kind == "hwd":  # 节后N个工作日内: the first working day on/after DATE is day 1
        day, n = arg.split(":")
        d = D.fromisoformat(day)
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return add_workdays(d, int(n) - 1).isoformat(), None
    if kind == "wkend":
        return (d0 + dt.timedelta(days=6 - d0.weekday())).isoformat(), None
    if kind == "nwd":
        return add_workdays(d0, 1).isoformat(), None
    raise ValueError(rule)


# ------------------------------------------------------------------------------------------------ people
A_DOM = "lsszqsjj.example.gov.cn"      # 乐山市市中区数据局
B_DOM = "bloemhof-yx.example.cn"       # Bloemhof Genetics (Yuxi)
B_NL = "bloemhof.example.nl"           # Bloemhof Genetics B.V., Aalsmeer
C_DOM = "chunhe-vinegar.example.cn"    # 镇江醇和醋业
D_DOM = "muge-beef.example.cn"         # 通辽科尔沁牧歌肉业

BOTS = {"A": ("数据局纪要助手", "minutes@" + A_DOM), "B": ("Minutes Bot", "minutes@" + B_DOM),
        "C": ("纪要助手", "minutes@" + C_DOM), "D": ("纪要助手", "minutes@" + D_DOM)}

# name, email, department, is_head, aliases
ROSTER = [
    ("邓海鹰", "denghaiying@" + A_DOM, "局领导", True, "邓局;邓副局长;Deng Haiying"),
    ("罗婉清", "luowanqing@" + A_DOM, "办公室", True, "罗主任;Luo Wanqing;婉清"),
    ("苟晓东", "gouxiaodong@" + A_DOM, "办公室", False, "小苟;Gou Xiaodong"),
    ("税建军", "shuijianjun@" + A_DOM, "数据资源科", True, "税科长;税科;Shui Jianjun"),
    ("龚雪", "gongxue@" + A_DOM, "数据资源科", False, "小龚;Gong Xue"),
    ("杜鹏飞", "dupengfei@" + A_DOM, "数字基础设施科", True, "杜科长;杜科;Du Pengfei"),
    ("宋佳怡", "songjiayi@" + A_DOM, "数字基础设施科", False, "佳怡;Song Jiayi"),
    ("彭珂", "pengke@" + A_DOM, "政务数据应用科", True, "彭科长;Peng Ke"),
    ("雷鸣", "leiming@" + A_DOM, "区大数据中心", True, "雷主任;Lei Ming"),
    ("熊亚楠", "xiongyanan@" + A_DOM, "区大数据中心", False, "熊工;亚楠;Xiong Yanan"),
    ("Maarten de Wit", "maarten.dewit@" + B_DOM, "Management", True, "Maarten;MdW;德维特"),
    ("普丽华", "pu.lihua@" + B_DOM, "Propagation", True, "Lily Pu;Lily;普经理"),
    ("段俊杰", "duan.junjie@" + B_DOM, "Propagation", False, "Jay Duan;Jay;段工"),
    ("罗建波", "luo.jianbo@" + B_DOM, "Propagation", False, "Bob Luo;Bob;罗工"),
    ("李艳", "li.yan@" + B_DOM, "Quality", True, "Yan Li;Yan;李主管"),
    ("杨春燕", "yang.chunyan@" + B_DOM, "Sales & Logistics", True, "Cherry Yang;Cherry;杨经理"),
    ("赵永康", "zhao.yongkang@" + B_DOM, "Admin & HR", True, "Kevin Zhao;赵主管"),
    ("Femke Visser", "femke.visser@" + B_NL, "Group Breeding", True, "Femke;F. Visser"),
    ("Joost Bakker", "joost.bakker@" + B_NL, "Group Finance", True, "Joost;J. Bakker"),
    ("眭国平", "suiguoping@" + C_DOM, "总经办", True, "眭总;Sui Guoping"),
    ("冷思雨", "lengsiyu@" + C_DOM, "总经办", False, "小冷;Leng Siyu"),
    ("殷小军", "yinxiaojun@" + C_DOM, "酿造车间", True, "殷主任;Yin Xiaojun"),
    ("钱立", "qianli@" + C_DOM, "酿造车间", False, "钱师傅;Qian Li"),
    ("笪红梅", "dahongmei@" + C_DOM, "品控部", True, "笪经理;红梅;Da Hongmei"),
    ("解文涛", "xiewentao@" + C_DOM, "销售部", True, "解经理;Vincent Xie;Vincent;Xie Wentao"),
    ("濮珺", "pujun@" + C_DOM, "电商部", True, "小濮;Pu Jun"),
    ("贡建华", "gongjianhua@" + C_DOM, "采购部", True, "贡主管;Gong Jianhua"),
    ("於春生", "yuchunsheng@" + C_DOM, "设备部", True, "於工;Yu Chunsheng"),
    ("包文生", "baowensheng@" + D_DOM, "总经理办公室", True, "包总;Bao Wensheng"),
    ("乌日娜", "wurina@" + D_DOM, "国际贸易部", True, "乌经理;Urna;Wu Rina"),
    ("其木格", "qimuge@" + D_DOM, "国际贸易部", False, "小其;Chimeg;Qimuge"),
    ("白音", "baiyin@" + D_DOM, "品控部", True, "白主管;Bayin;Bai Yin"),
    ("韩志强", "hanzhiqiang@" + D_DOM, "冷链物流部", True, "韩经理;Han Zhiqiang"),
    ("刘振东", "liuzhendong@" + D_DOM, "分割车间", True, "刘主任;Liu Zhendong"),
    ("田宝山", "tianbaoshan@" + D_DOM, "屠宰车间", True, "田主任;Tian Baoshan"),
    ("孟庆丰", "mengqingfeng@" + D_DOM, "设备动力部", True, "孟工;Meng Qingfeng"),
    ("那仁", "naren@" + D_DOM, "养殖基地", True, "那场长;Naren"),
]
TOP = {A_DOM: "denghaiying@" + A_DOM, B_DOM: "maarten.dewit@" + B_DOM, C_DOM: "suiguoping@" + C_DOM,
       D_DOM: "baowensheng@" + D_DOM}
P = {}
_heads = {dep: em for n, em, dep, h, _ in ROSTER if h}
for _n, _em, _dep, _h, _al in ROSTER:
    _dom = _em.split("@")[1]
    if not _h:
        mgr = _heads[_dep]
    elif _dom in TOP and TOP[_dom] != _em:
        mgr = TOP[_dom]
    else:
        mgr = ""
    P[_n] = {"name": _n, "email": _em, "department": _dep, "manager_email": mgr, "aliases": _al}

EXT = {
    "郑凯文": "zhengkaiwen@jzdigital.example.cn", "何敏": "hemin@jzdigital.example.cn",
    "张桂兰": "zhangguilan@sujizhen.example.gov.cn",
    "He Dong": "hedong@skycold-yx.example.cn",
    "Park Ji-hoon": "jh.park@daonfood.example.kr", "Kim Soo-min": "soomin.kim@daonfood.example.kr",
    "束志勇": "shuzy@jingrun-glass.example.cn", "吉海燕": "jihy@jingrun-glass.example.cn",
    "Salim Al-Harthy": "salim.harthy@soharfresh.example.om", "Aisha Al-Balushi": "aisha.balushi@soharfresh.example.om",
}


def who(name):
    if name in P:
        return (name, P[name]["email"])
    if name in BOTS:
        return BOTS[name]
    return (name, EXT[name])


def roster_csv():
    out = io.StringIO()
    out.write("name,email,department,manager_email,aliases\n")
    for n, em, dep, h, al in ROSTER:
        p = P[n]
        out.write(",".join([n, em, dep, p["manager_email"], al]) + "\n")
    return out.getvalue()


# ------------------------------------------------------------------------------------------------ gold
def item(owner, task, due=None, rule=None, time=None, flags=(), department=None, email=None):
    """Gold item; `due` is written by hand and must equal what `rule` gives from the Date header."""
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags), "_rule": rule}


def fu(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}


def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}


def strip_private(g):
    g = dict(g)
    g["items"] = [{k: v for k, v in it.items() if not k.startswith("_")} for it in g["items"]]
    if g["next_followup"]:
        g["next_followup"] = {k: v for k, v in g["next_followup"].items() if not k.startswith("_")}
    return g


def rules_of(g):
    return {"items": [(it.get("_rule"), it["due_date"], it["due_time"]) for it in g["items"]],
            "followup": (g["next_followup"] or {}).get("_rule")}


def verify(g, sent, label):
    """Generation-time guard: every hand-written date equals the rule computed from the send instant."""
    for it in g["items"]:
        r = it.get("_rule")
        if it["due_date"] is None:
            assert r is None, (label, it["task"], "null due with a rule")
            continue
        assert r is not None, (label, it["task"], "dated item without a rule")
        d, t = resolve(r, sent)
        assert d == it["due_date"], (label, it["task"], r, d, it["due_date"])
        if t:
            assert t == it["due_time"], (label, it["task"], r, t, it["due_time"])
    f = g["next_followup"]
    if f:
        d, _ = resolve(f["_rule"], sent)
        assert d == f["date"], (label, "followup", d, f["date"])


class Case:
    def __init__(self, num, slug, kind, sent, eml, g, readme):
        self.num, self.slug, self.kind, self.sent, self.eml, self.gold, self.readme = (
            num, slug, kind, sent, eml, g, readme)
        assert g["kind"] == kind
        verify(g, sent, f"{num}-{slug}")

    @property
    def name(self):
        return f"{self.num}-{self.slug}"


# ------------------------------------------------------------------------------------------------ headers
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-8859-1": "latin-1", "euc-kr": "euc-kr"}


def codec(label):
    return CODEC[label.lower()]


def ewords(text, label="utf-8", mode="B", limit=72):
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(ewords(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if (quote or re.search(r"[^\w ]", name)) else f"{name} <{email}>"
    w = " ".join(ewords(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=",\n\t"):
    return sep.join(haddr(*(who(p) if isinstance(p, str) else p), label=label, mode=mode, quote=quote)
                    for p in people)


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()


def received(t, bot_email, helo, rdns, ip, seed):
    dom = bot_email.split("@")[1]
    t2 = sh(t + dt.timedelta(seconds=2))
    return ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (CST)"
            % (helo, rdns, ip, dom, hx(seed, 9).upper(), bot_email, rfc_date(t2)))


def delivery(t, sender, bot_email, helo, ip, seed, rdns=None):
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", bot_email),
            received(t, bot_email, helo, rdns or helo, ip, seed)]


# ------------------------------------------------------------------------------------------------ MIME assembly
class Part:
    """A MIME entity: header lines (already folded) and a body of bytes."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def to_bytes(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def b64lines(data, crlf=False):
    s = base64.encodebytes(data)
    return s.replace(b"\n", b"\r\n") if crlf else s


def qp(data):
    return binascii.b2a_qp(data, istext=True) + (b"" if data.endswith(b"\n") else b"\n")


def text_part(subtype, text, label="utf-8", cte="base64", quote_cs=True, params="", extra=(), crlf_src=False):
    """text/<subtype> leaf. crlf_src: the encoded text itself uses CRLF line ends (Windows clients)."""
    if crlf_src:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(codec(label))
    cs = '"%s"' % label if quote_cs else label
    ct = "text/%s; charset=%s%s" % (subtype, cs, params)
    if cte == "base64":
        body = b64lines(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    elif cte in ("8bit", "7bit"):
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def bin_part(ctype, data, filename, label="utf-8", disposition="attachment", extra=()):
    if all(ord(c) < 128 for c in filename):
        fn = '"%s"' % filename
        ct = '%s;\n\tname="%s"' % (ctype, filename)
        cd = '%s;\n\tfilename=%s' % (disposition, fn)
    else:  # RFC 2231 parameter encoding (RFC 2047 words inside quoted parameters are not valid MIME)
        from urllib.parse import quote as _q
        v = "%s''%s" % (label, _q(filename.encode(codec(label)), safe=""))
        ct = '%s;\n\tname*=%s' % (ctype, v)
        cd = '%s;\n\tfilename*=%s' % (disposition, v)
    return Part([("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
                + list(extra), b64lines(data))


def multipart(subtype, boundary, parts, preamble=None, params=""):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.to_bytes()
    body += b"\n--" + boundary.encode() + b"--\n"
    if not preamble:
        body = body[1:]
    return Part([("Content-Type", ct)], body)


def message(headers, body, mime=True, crlf=False):
    """Top-level message: headers in order (MIME-Version inserted where 'MIME-Version' is given or before CT)."""
    hs = list(headers)
    if mime and not any(k == "MIME-Version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += body.headers
    out = Part(hs, body.body).to_bytes()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


# ------------------------------------------------------------------------------------------------ body helpers
def esc(s):
    return _html.escape(s, quote=False)


def html_lines(text, tag="div", style=""):
    """Each text line -> one <div>; blank lines -> <div><br></div>."""
    st = ' style="%s"' % style if style else ""
    out = []
    for ln in text.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, st, esc(ln) if ln.strip() else "<br>", tag))
    return "\n".join(out)


def html_table(rows, border=True, head=True, style="border-collapse:collapse", cell_style="", excel=False):
    b = ' border="1" cellspacing="0" cellpadding="4"' if border else ""
    out = ['<table%s style="%s">' % (b, style)]
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            tag = "th" if head and i == 0 and not excel else "td"
            cs = ' style="%s"' % cell_style if cell_style else ""
            if excel:
                cs = ' class="xl65" style="height:18.0pt"'
            txt = "<br>".join(esc(x) for x in str(c).split("\n"))
            out.append("<%s%s>%s</%s>" % (tag, cs, txt or "&nbsp;", tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def plain_table(rows, sep="\t"):
    return "\n".join(sep.join(str(c).replace("\n", " ") for c in r) for r in rows)


def outlook_html(inner, lang="ZH-CN", cs="gb2312"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:10.5pt;font-family:DengXian;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;'
            'text-justify-trim:punctuation">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, lang, inner))


def mso_paras(text):
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            out.append('<p class="MsoNormal"><span style="font-family:DengXian">%s<o:p></o:p></span></p>' % esc(ln))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed (RFC 3676, DelSp=no): long lines wrapped at spaces, soft breaks end in a space."""
    out = []
    for ln in text.split("\n"):
        ln = ln.rstrip(" ")
        if ln.startswith((" ", "From ", ">")) and not ln.startswith(">"):
            ln = " " + ln
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ attachments
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def docx_bytes(build, when, author):
    """build(document) fills a python-docx Document; zip entries and core properties get fixed timestamps."""
    import docx
    doc = docx.Document()
    build(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 2
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(lines, title, author, font="STSong-Light", size=11):
    """A simple one-or-more page PDF of text lines (CID font for Chinese); invariant=1 -> deterministic bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 800
    for ln in lines:
        fs = size + 5 if ln.startswith("# ") else size
        txt = ln[2:] if ln.startswith("# ") else ln
        if y < 60:
            c.showPage()
            y = 800
        c.setFont(font, fs)
        if ln.startswith("# "):
            c.drawCentredString(297, y, txt)
        else:
            c.drawString(56, y, txt)
        y -= fs + 9
    c.save()
    return buf.getvalue()


def png_1x1():
    import struct
    import zlib

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x2e\x7d\x32")) + chunk(b"IEND", b""))


def hdrs(org, sent, frm, to, cc, subject, msgid, relay, label="utf-8", mode="B", pre=(), post=(), quote=False,
         order=("From", "To", "Cc", "Subject", "Date", "Message-ID"), seed=None):
    """Common header block: delivery trace, client `pre` headers, the address/subject/date block, client `post`."""
    bot = BOTS[org][1]
    f = who(frm) if isinstance(frm, str) else frm
    helo, ip = relay
    out = delivery(sent, f[1], bot, helo, ip, seed or msgid)
    out += list(pre)
    block = {"From": haddr(*f, label=label, mode=mode, quote=quote),
             "To": haddrs(to, label, mode, quote) if to else None,
             "Cc": haddrs(cc, label, mode, quote) if cc else None,
             "Subject": htext(subject, label, mode), "Date": rfc_date(sent), "Message-ID": msgid}
    for k in order:
        if block.get(k):
            out.append((k, block[k]))
    out += list(post)
    return out
