"""Shared helpers for the heldout79 generator: roster, calendar rules, MIME assembly, gold items.

Everything is deterministic: boundaries and Message-IDs come from hashes of the case number.
"""
import base64
import datetime as dt
import hashlib
import quopri
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- organisations and roster
Y = "yunhe-shuju.example.cn"      # 山东运河属具科技有限公司, Liaocheng
NY = "nemunas-yk.example.cn"      # Nemunas Photonics (Yingkou) Co., Ltd.
NL = "nemunas.example.lt"         # Nemunas Photonics UAB, Vilnius
KB = "karnaphuli-acs.example.com.bd"  # Karnaphuli Apparel Cutting Systems, Chattogram (customer of Nemunas)
G = "szqswj.example.gov.cn"       # 酒泉市肃州区水务局
GS = "szgpsh.example.cn"          # 酒泉肃州供排水有限公司 (SOE under the bureau)
C = "antu-helmet.example.cn"      # 常德安途头盔制造有限公司
ZJ = "zijiang-plastic.example.cn"  # 益阳资江塑胶制品 (supplier of 安途)

BOT = {"Y": ("纪要助手", "minutes@" + Y), "N": ("Minutes Bot", "minutes@" + NY),
       "G": ("纪要助手", "minutes@" + G), "C": ("纪要助手", "minutes@" + C)}

# name, email, department, manager_email, aliases
ROSTER = [
    ("孔德顺", "kongdeshun@" + Y, "总经办", "", "孔总;Kong Deshun"),
    ("聂红梅", "niehongmei@" + Y, "技术部", "kongdeshun@" + Y, "聂工;聂部长;Nie Hongmei"),
    ("郝建军", "haojianjun@" + Y, "技术部", "niehongmei@" + Y, "郝工;老郝;Hao Jianjun"),
    ("岳小川", "yuexiaochuan@" + Y, "技术部", "niehongmei@" + Y, "小岳;Yue Xiaochuan"),
    ("宫立新", "gonglixin@" + Y, "生产部", "kongdeshun@" + Y, "宫主任;宫经理;Gong Lixin"),
    ("展鹏", "zhanpeng@" + Y, "生产部", "gonglixin@" + Y, "展班长;Zhan Peng"),
    ("訾文静", "ziwenjing@" + Y, "质量部", "kongdeshun@" + Y, "訾主管;Zi Wenjing"),
    ("牟海燕", "muhaiyan@" + Y, "采购部", "kongdeshun@" + Y, "牟经理;Mu Haiyan"),
    ("伊春来", "yichunlai@" + Y, "销售部", "kongdeshun@" + Y, "伊经理;Yi Chunlai;Kevin Yi"),
    ("冉晓", "ranxiao@" + Y, "销售部", "yichunlai@" + Y, "小冉;Ran Xiao;Ivy Ran"),
    ("于佳宁", "jenny.yu@" + NY, "Operations", "darius.vaitkus@" + NL, "Jenny Yu;Jenny;于总;Yu Jianing"),
    ("谭志远", "leo.tan@" + NY, "Engineering", "jenny.yu@" + NY, "Leo Tan;Leo;谭工;Tan Zhiyuan"),
    ("鲍雪", "snow.bao@" + NY, "Quality", "jenny.yu@" + NY, "Snow Bao;Snow;Bao Xue"),
    ("关明浩", "martin.guan@" + NY, "Supply Chain", "jenny.yu@" + NY, "Martin Guan;Martin;Guan Minghao"),
    ("那英杰", "eric.na@" + NY, "Customer Service", "jenny.yu@" + NY, "Eric Na;Eric;Na Yingjie"),
    ("Darius Vaitkus", "darius.vaitkus@" + NL, "Group Engineering", "", "Darius;DV"),
    ("Rūta Kazlauskienė", "ruta.kazlauskiene@" + NL, "Group Quality", "darius.vaitkus@" + NL,
     "Ruta Kazlauskiene;Rūta;Ruta;RK"),
    ("窦建华", "doujianhua@" + G, "局领导", "", "窦局;窦局长;Dou Jianhua"),
    ("祁玉兰", "qiyulan@" + G, "办公室", "doujianhua@" + G, "祁主任;Qi Yulan"),
    ("魏东升", "weidongsheng@" + G, "水资源管理科", "doujianhua@" + G, "魏科长;Wei Dongsheng"),
    ("俞晓雯", "yuxiaowen@" + G, "水资源管理科", "weidongsheng@" + G, "小俞;Yu Xiaowen"),
    ("达文忠", "dawenzhong@" + G, "农村水利科", "doujianhua@" + G, "达科长;Da Wenzhong"),
    ("芦娜", "luna@" + G, "工程建设科", "doujianhua@" + G, "芦科长;Lu Na"),
    ("邸海波", "dihaibo@" + GS, "供排水公司", "doujianhua@" + G, "邸经理;邸总;Di Haibo"),
    ("韦成", "weicheng@" + GS, "供排水公司", "dihaibo@" + GS, "韦工;Wei Cheng"),
    ("符振华", "fuzhenhua@" + C, "总经理室", "", "符总;Fu Zhenhua"),
    ("龚倩", "gongqian@" + C, "外贸部", "fuzhenhua@" + C, "龚经理;Gong Qian;Cherry Gong;Cherry"),
    ("覃宇", "qinyu@" + C, "外贸部", "gongqian@" + C, "小覃;Qin Yu;Tony Qin;Tony"),
    ("邝志刚", "kuangzhigang@" + C, "研发部", "fuzhenhua@" + C, "邝工;邝经理;Kuang Zhigang"),
    ("向玲", "xiangling@" + C, "研发部", "kuangzhigang@" + C, "向工;Xiang Ling"),
    ("卜海军", "buhaijun@" + C, "生产部", "fuzhenhua@" + C, "卜厂长;Bu Haijun"),
    ("易晓红", "yixiaohong@" + C, "品管部", "fuzhenhua@" + C, "易主管;Yi Xiaohong"),
    ("田蕾", "tianlei@" + C, "财务部", "fuzhenhua@" + C, "田经理;Tian Lei"),
]
R = {r[0]: r for r in ROSTER}
# people outside the roster who appear in mail (resolved only through From/To/Cc display names)
EXT = {
    "Tanvir Rahman": "tanvir.rahman@" + KB,
    "Nusrat Jahan": "nusrat.jahan@" + KB,
    "石磊": "shilei@" + ZJ,
    "贺晓光": "hexiaoguang@" + ZJ,
}


def who(name):
    """(display name, email) for a roster or external person."""
    if name in R:
        return (name, R[name][1])
    return (name, EXT[name])


# ---------------------------------------------------------------- calendar rules
def d(s):
    return dt.date.fromisoformat(s)


def is_work(x):
    return cc.is_workday(x)


def add_workdays(start, n):
    x, k = start, 0
    while k < n:
        x += dt.timedelta(1)
        if is_work(x):
            k += 1
    return x


HOLIDAY_START = {"清明": d("2026-04-04"), "劳动节": d("2026-05-01"), "端午": d("2026-06-19"),
                 "中秋": d("2026-09-25"), "国庆": d("2026-10-01")}


def resolve(rule, sent):
    """Recompute a due date (and time) from a rule and the Shanghai send datetime.
    Returns (date iso, time or None)."""
    kind, *a = rule
    day = sent.date()
    t = None
    if kind == "abs":
        r = d(a[0])
    elif kind == "md":                       # month-day, no year
        r = dt.date(day.year, a[0], a[1])
        if (day - r).days > 90:
            r = dt.date(day.year + 1, a[0], a[1])
    elif kind == "wd":                       # bare weekday: next such day after the send day
        r = day + dt.timedelta(1)
        while r.weekday() != a[0]:
            r += dt.timedelta(1)
    elif kind == "this":                     # 本周X
        r = day - dt.timedelta(day.weekday()) + dt.timedelta(a[0])
    elif kind == "next":                     # 下周X / next Monday
        r = day - dt.timedelta(day.weekday()) + dt.timedelta(7 + a[0])
    elif kind == "wk":                       # N个工作日内
        r = add_workdays(day, a[0])
    elif kind == "days":
        r = day + dt.timedelta(a[0])
    elif kind == "today":
        r = day
    elif kind == "mend":                     # 月底 / 本月底 / end of month; optional month
        m = a[0] if a else day.month
        nxt = dt.date(day.year + (m == 12), m % 12 + 1, 1)
        r = nxt - dt.timedelta(1)
    elif kind == "weekend":                  # 本周内 -> Sunday of this week
        r = day + dt.timedelta(6 - day.weekday())
    elif kind == "pre":                      # 节前 -> last workday before the holiday block
        r = HOLIDAY_START[a[0]] - dt.timedelta(1)
        while not is_work(r):
            r -= dt.timedelta(1)
    elif kind == "post":                     # 节后 -> first workday after the block
        r = HOLIDAY_START[a[0]]
        while not is_work(r):
            r += dt.timedelta(1)
    elif kind == "hours":
        x = sent + dt.timedelta(hours=a[0])
        r, t = x.date(), x.strftime("%H:%M")
    else:
        raise ValueError(rule)
    if kind != "hours" and len(a) and isinstance(a[-1], str) and ":" in a[-1]:
        t = a[-1]
    return r.isoformat(), t


# ---------------------------------------------------------------- gold items
def item(owner, task, due=None, rule=None, time=None, flags=(), dept=None, email=None):
    """owner: roster name, external name, or None (department-only / unnamed).
    due: expected ISO date written by hand; rule: how it follows from the Date header."""
    if owner is None:
        name, mail, dep = None, None, dept
    elif owner in R:
        name, mail, dep = owner, R[owner][1], R[owner][2]
    else:
        name, mail, dep = owner, email if email is not None else EXT.get(owner), None
    return {"owner_name": name, "owner_email": mail, "department": dep, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags), "_rule": rule}


def fu(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}


# ---------------------------------------------------------------- headers
def h(seed, n=12):
    return hashlib.sha256(str(seed).encode()).hexdigest()[:n]


def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        raw = cand.encode(cs)
        if mode == "B":
            enc = base64.b64encode(raw).decode()
        else:
            enc = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                          ("_" if b == 32 else "=%02X" % b) for b in raw)
        if len("=?%s?%s?%s?=" % (cs, mode, enc)) > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    words.append(cur)
    out = []
    for w in words:
        raw = w.encode(cs)
        if mode == "B":
            enc = base64.b64encode(raw).decode()
        else:
            enc = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                          ("_" if b == 32 else "=%02X" % b) for b in raw)
        out.append("=?%s?%s?%s?=" % (cs, mode, enc))
    return "\n ".join(out)


def ht(text, cs="utf-8", mode="B"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return ew(text, cs, mode)


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return "<%s>" % email
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ",.()"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        w = ew(name, cs, mode)
        return "%s <%s>" % (w, email)  # a quoted encoded word is a defect under email.policy.default


def addrs(people, cs="utf-8", mode="B", quote=False):
    return ",\n\t".join(addr(n, e, cs, mode, quote) for n, e in people)


def rfcdate(s):
    """'2026-04-13 08:50:21 +0800' -> RFC 5322 date string."""
    x = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    off = x.strftime("%z")
    return x.strftime("%a, ") + str(x.day) + x.strftime(" %b %Y %H:%M:%S ") + off


# ---------------------------------------------------------------- MIME parts
def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return b64lines(raw).encode()
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def leaf(ctype, text, cs, cte="base64", params="", extra=(), quote=True):
    csv = ('"%s"' % cs) if quote else cs
    hd = [("Content-Type", "%s; charset=%s%s" % (ctype, csv, params)),
          ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hd, body_bytes(text, cs, cte))


def leaf_raw(ctype_full, text, cs, cte, extra=()):
    """Content-Type written exactly as given (client-specific quoting)."""
    return ([("Content-Type", ctype_full), ("Content-Transfer-Encoding", cte)] + list(extra),
            body_bytes(text, cs, cte))


def binpart(ctype, filename, data, cs_name="utf-8", style="both"):
    """Attachment with RFC 2231 and/or RFC 2047 file names."""
    try:
        filename.encode("ascii")
        fn_ct = '; name="%s"' % filename
        fn_cd = '; filename="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        star = "%s''%s" % (cs_name, quote(filename.encode(cs_name)))
        wn = ew(filename, cs_name, "B").replace("\n ", "")
        if style == "2047":
            fn_ct = '; name="%s"' % wn
            fn_cd = '; filename="%s"' % wn
        else:
            fn_ct = '; name="%s"' % wn
            fn_cd = "; filename*=%s" % star
    hd = [("Content-Type", ctype + ";\n\t" + fn_ct[2:]),
          ("Content-Disposition", "attachment;\n\t" + fn_cd[2:]),
          ("Content-Transfer-Encoding", "base64")]
    return (hd, b64lines(data).encode())


def multi(subtype, parts, boundary, preamble=None, params=""):
    hd = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))]
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for ph, pb in parts:
        out.append(b"\n--" + boundary.encode() + b"\n" if out else b"--" + boundary.encode() + b"\n")
        for k, v in ph:
            out.append(("%s: %s\n" % (k, v)).encode())
        out.append(b"\n")
        out.append(pb)
    out.append(b"\n--" + boundary.encode() + b"--\n")
    return (hd, b"".join(out))


def message(headers, part, mime=True):
    """headers: list of (name, value) in client order; the part's own headers follow (MIME-Version first)."""
    ph, pb = part
    lines = []
    for k, v in headers:
        lines.append("%s: %s\n" % (k, v))
    if mime:
        lines.append("MIME-Version: 1.0\n")
    for k, v in ph:
        lines.append("%s: %s\n" % (k, v))
    head = "".join(lines).encode("ascii")
    return head + b"\n" + pb


def received(t, helo, ip, host, rcpt, seed, proto="ESMTPS"):
    return ("Received", "from %s (unknown [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s (CST)"
            % (helo, ip, host, proto, h(seed, 11).upper(), rcpt, rfcdate(t)))


# ---------------------------------------------------------------- plain blocks -> text / html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, style="border-collapse:collapse", td="border:1px solid #999;padding:4px 6px", head=1):
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="%s">' % style]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        out.append("<tr>" + "".join('<%s style="%s">%s</%s>' % (tag, td, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep="\t"):
    return "\n".join(sep.join(c.replace("\n", " ") for c in r) for r in rows)


def paras_html(text, tag="p", style=""):
    st = (' style="%s"' % style) if style else ""
    return "\n".join("<%s%s>%s</%s>" % (tag, st, esc(line) if line else "&nbsp;", tag)
                     for line in text.split("\n"))


def html_doc(inner, cs="utf-8", head_extra="", body_attr=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n'
            '<body%s>\n%s\n</body>\n</html>\n' % (cs, head_extra, body_attr, inner))
