"""heldout64 core: people, date rules, MIME helpers, client envelopes, docx/pdf, Case type.

Everything here is deterministic: no clock reads, no randomness (ids come from hashes of the slug).
"""
import base64
import datetime as dt
import hashlib
import io
import zipfile
from dataclasses import dataclass, field

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- organisations and people
ORGS = {
    "A": ("坦迪尔农机（齐齐哈尔）有限公司 / Tandil Agro Implements (Qiqihar) Co., Ltd.", "tandil-qqhr.example.cn"),
    "B": ("固原市原州区住房和城乡建设局", "yzqzjj.example.gov.cn"),
    "C": ("宝鸡钛源精工有限公司 / Baoji Tiyuan Precision Titanium", "tiyuan-bj.example.cn"),
    "D": ("库尔勒孔雀河棉纺有限公司 / Korla Kongquehe Cotton Spinning", "kqh-cotton.example.cn"),
}
BOT = {k: ("纪要助手", "minutes@" + v[1]) for k, v in ORGS.items()}

# key: (name, local part, org, department, manager key, aliases)
_PEOPLE = [
    ("martin", "Martín Etchegaray", "martin.etchegaray", "A", "总经理办公室", None, "Martin;Martín;Etchegaray;马丁;马总"),
    ("haibo", "于海波", "yuhaibo", "A", "生产部", "martin", "于经理;于部长;Yu Haibo;Haibo Yu;Haibo"),
    ("wenjing", "曲文静", "quwenjing", "A", "生产部", "haibo", "小曲;Qu Wenjing;Wenjing Qu;Wendy Qu;Wendy"),
    ("nancy", "孙晓楠", "sunxiaonan", "A", "质量部", "martin", "孙经理;Sun Xiaonan;Xiaonan Sun;Nancy Sun;Nancy"),
    ("xuefeng", "白雪峰", "baixuefeng", "A", "质量部", "nancy", "白工;Bai Xuefeng;Xuefeng Bai;Sean Bai"),
    ("lixin", "郭立新", "guolixin", "A", "工程部", "martin", "郭工;郭总工;Guo Lixin;Lixin Guo;Leo Guo;Leo"),
    ("zhigang", "宋志刚", "songzhigang", "A", "工程部", "lixin", "宋工;Song Zhigang;Zhigang Song;Zack Song;Zack"),
    ("ruby", "张蕊", "zhangrui", "A", "采购部", "martin", "张主管;Zhang Rui;Rui Zhang;Ruby Zhang;Ruby"),
    ("handong", "韩冬", "handong", "A", "销售服务部", "martin", "韩经理;Han Dong;Dong Han;Don Han;Don"),
    ("kiki", "刘佳琪", "liujiaqi", "A", "财务部", "martin", "刘经理;Liu Jiaqi;Jiaqi Liu;Kiki Liu;Kiki"),
    ("mayf", "马永福", "mayongfu", "B", "局领导", None, "马局;马局长;马副局长"),
    ("yanghui", "杨慧", "yanghui", "B", "办公室", "mayf", "杨主任;杨慧主任"),
    ("haijun", "海军", "haijun", "B", "城建科", "mayf", "海科长;海军科长;老海"),
    ("tianbo", "田博", "tianbo", "B", "城建科", "haijun", "小田;田工"),
    ("suyl", "苏玉兰", "suyulan", "B", "房产管理科", "mayf", "苏科长;玉兰科长"),
    ("suojp", "锁建平", "suojianping", "B", "建筑业管理科", "mayf", "锁科长"),
    ("fengrong", "冯蓉", "fengrong", "B", "质量安全监督站", "mayf", "冯站长"),
    ("lixiang", "李想", "lixiang", "B", "办公室", "yanghui", "小李;李想同志"),
    ("leizh", "雷振华", "leizhenhua", "C", "总经办", None, "雷总;Lei Zhenhua"),
    ("dangxy", "党晓燕", "dangxiaoyan", "C", "销售部", "leizh", "党经理;党姐;Dang Xiaoyan;Sharon Dang;Sharon"),
    ("quanpeng", "权鹏", "quanpeng", "C", "技术质量部", "leizh", "权工;权部长;Quan Peng;Peter Quan"),
    ("heting", "贺婷", "heting", "C", "技术质量部", "quanpeng", "贺工;小贺;He Ting;Tina He"),
    ("tongjj", "同建军", "tongjianjun", "C", "熔炼车间", "leizh", "同主任;老同"),
    ("huiwd", "惠卫东", "huiweidong", "C", "锻造车间", "leizh", "惠主任;惠师傅"),
    ("fanning", "樊宁", "fanning", "C", "精整车间", "leizh", "樊主任"),
    ("xuelin", "薛琳", "xuelin", "C", "采购部", "leizh", "薛主管;Xue Lin"),
    ("kousy", "寇思远", "kousiyuan", "C", "销售部", "dangxy", "小寇;Kou Siyuan;Simon Kou;Simon"),
    ("chelina", "车丽娜", "chelina", "C", "财务部", "leizh", "车会计;车经理"),
    ("erkin", "艾尔肯·买买提", "aierken", "D", "总经办", None, "艾总;艾尔肯;Erkin"),
    ("wangjj", "王建疆", "wangjianjiang", "D", "生产技术部", "erkin", "王部长;王工;Wang Jianjiang"),
    ("gulmira", "古丽米拉·吐尔逊", "gulimila", "D", "供销部", "erkin", "古丽米拉;古经理;Gulmira"),
    ("sandy", "刘珊", "liushan", "D", "供销部", "gulmira", "小刘;Liu Shan;Shan Liu;Sandy Liu;Sandy"),
    ("zhaohm", "赵红梅", "zhaohongmei", "D", "质检中心", "erkin", "赵主任;红梅;Zhao Hongmei"),
    ("chengang", "陈刚", "chengang", "D", "细纱车间", "wangjj", "陈主任;Chen Gang"),
    ("maxj", "马晓军", "maxiaojun", "D", "前纺车间", "wangjj", "马主任;Ma Xiaojun"),
    ("turhun", "吐尔洪·阿不都", "tuerhong", "D", "设备动力部", "erkin", "吐尔洪;吐工;Turhun"),
    ("jiawb", "贾文博", "jiawenbo", "D", "安全环保部", "erkin", "贾部长;Jia Wenbo"),
    ("zhouning", "周宁", "zhouning", "D", "人事行政部", "erkin", "周主管;Zhou Ning"),
]
P = {}
for key, name, local, org, dept, mgr, aliases in _PEOPLE:
    P[key] = {"name": name, "email": f"{local}@{ORGS[org][1]}", "org": org, "dept": dept, "mgr": mgr, "aliases": aliases}

# people outside the roster (customers, head office, SOE counterpart, suppliers)
X = {
    "lucia": ("Lucía Ferreyra", "lucia.ferreyra@tandil-maq.example.com.ar"),
    "diego": ("Diego Bustos", "diego.bustos@tandil-maq.example.com.ar"),
    "jiangtao": ("姜涛", "jiangtao@hecheng-forge.example.cn"),
    "huyq": ("虎永强", "huyongqiang@yzct.example.cn"),
    "olivia": ("Olivia Brennan", "olivia.brennan@southreef.example.com.au"),
    "tom": ("Tom Whitaker", "tom.whitaker@southreef.example.com.au"),
    "youssef": ("Youssef El Amrani", "y.elamrani@souss-tex.example.ma"),
    "salma": ("Salma Benali", "s.benali@souss-tex.example.ma"),
}


def roster_rows():
    rows = []
    for key, name, local, org, dept, mgr, aliases in _PEOPLE:
        rows.append([name, P[key]["email"], dept, P[mgr]["email"] if mgr else "", aliases])
    return rows


def who(key):
    """(display name, address) of a roster person, an outside person or a bot."""
    if key in P:
        return P[key]["name"], P[key]["email"]
    if key in X:
        return X[key]
    if key.startswith("bot"):
        return BOT[key[3:]]
    raise KeyError(key)


# ---------------------------------------------------------------- date rules (the gold is computed from these)
def workday(d):
    return cc.is_workday(d)


def resolve(rule, sent):
    """rule -> (date iso | None, time | None). sent: aware datetime. See README 'date rules'."""
    if rule is None or rule == "vague":
        return None, None
    s = sent.astimezone(SH)
    d0 = s.date()
    kind, args = rule[0], list(rule[1:])
    tm = None
    if kind == "date":
        d = dt.date.fromisoformat(args[0]); tm = args[1] if len(args) > 1 else None
    elif kind == "wd":            # bare weekday: on or after the send date
        d = d0 + dt.timedelta((args[0] - d0.weekday()) % 7); tm = args[1] if len(args) > 1 else None
    elif kind == "this":          # 本周X
        d = d0 + dt.timedelta(args[0] - d0.weekday()); tm = args[1] if len(args) > 1 else None
    elif kind == "next":          # 下周X / next <weekday>
        d = d0 + dt.timedelta(7 - d0.weekday() + args[0]); tm = args[1] if len(args) > 1 else None
    elif kind == "rel":           # 今天/明天/后天
        d = d0 + dt.timedelta(args[0]); tm = args[1] if len(args) > 1 else None
    elif kind == "days":          # N天内 / 两周内
        d = d0 + dt.timedelta(args[0])
    elif kind == "work":          # N个工作日内, counted from the day after sending
        d, n = d0, args[0]
        while n:
            d += dt.timedelta(1)
            if workday(d):
                n -= 1
    elif kind == "hours":
        e = s + dt.timedelta(hours=args[0])
        d, tm = e.date(), e.strftime("%H:%M")
    elif kind == "mend":          # 本月底 / end of month
        nxt = (d0.replace(day=28) + dt.timedelta(4)).replace(day=1)
        d = nxt - dt.timedelta(1)
    elif kind == "sunday":        # 本周内 = end of the calendar week
        d = d0 + dt.timedelta(6 - d0.weekday())
    elif kind == "before_hol":    # 节前 = last working day before the holiday block containing args[0]
        d = dt.date.fromisoformat(args[0]) - dt.timedelta(1)
        while not workday(d):
            d -= dt.timedelta(1)
        tm = args[1] if len(args) > 1 else None
    elif kind == "after_hol":     # 节后第一个工作日
        d = dt.date.fromisoformat(args[0])
        while not workday(d):
            d += dt.timedelta(1)
        tm = args[1] if len(args) > 1 else None
    else:
        raise ValueError(rule)
    return d.isoformat(), tm


# ---------------------------------------------------------------- case model
@dataclass
class It:
    owner: object          # roster key, ("ext", key) for outside people, or None (department-only / nobody)
    task: str
    rule: object = None    # None = no deadline written, "vague" = 尽快/ASAP/待定, else a resolve() rule
    dept: str = None       # department for department-only owners


@dataclass
class Case:
    num: int
    slug: str
    kind: str
    tests: str
    sent: dt.datetime
    build: object          # callable(case) -> bytes
    items: list = field(default_factory=list)
    followup: object = None
    notes: str = ""
    attach_check: object = None   # optional (filename, must-contain text)

    @property
    def name(self):
        return f"{self.num}-{self.slug}"

    def gold(self):
        out = []
        for it in self.items:
            d, t = resolve(it.rule, self.sent)
            flags = []
            if it.owner is None:
                name = email = None; dept = it.dept; flags.append("no_owner")
            elif isinstance(it.owner, tuple):
                name, email = X[it.owner[1]]; dept = None
                if it.owner[0] == "extname":      # named, but not in this mail's From/To/Cc
                    email = None
            else:
                name, email, dept = P[it.owner]["name"], P[it.owner]["email"], P[it.owner]["dept"]
            if it.rule == "vague":
                flags.append("vague_due")
            elif it.rule is None:
                flags.append("no_due")
            out.append({"owner_name": name, "owner_email": email, "department": dept, "task": it.task,
                        "due_date": d, "due_time": t, "flags": flags})
        fu = None
        if self.followup:
            d, t = resolve(self.followup, self.sent)
            fu = {"date": d, "time": t}
        return {"kind": self.kind, "items": out, "next_followup": fu, "reply": None, "notes": self.notes}


# ---------------------------------------------------------------- MIME helpers
def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def rfc_date(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset()
    m = int(off.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return (f"{days[t.weekday()]}, {t.day} {mons[t.month - 1]} {t.year} {t:%H:%M:%S} "
            f"{sign}{m // 60:02d}{m % 60:02d}")


def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def words(text, cs="utf-8", mode="B", limit=60):
    """RFC 2047 encoded words, split on character boundaries."""
    res, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode(cs)
        size = len(base64.b64encode(raw)) if mode == "B" else len(_qword(raw))
        if size > limit and cur:
            res.append(cur); cur = ch
        else:
            cur = trial
    if cur:
        res.append(cur)
    enc = []
    for w in res:
        raw = w.encode(cs)
        body = base64.b64encode(raw).decode() if mode == "B" else _qword(raw)
        enc.append(f"=?{cs}?{mode}?{body}?=")
    return enc


def htext(text, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\r\n ".join(words(text, cs, mode))


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"') or quote:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    enc = " ".join(words(name, cs, mode, limit=70))
    return f"{enc} <{email}>"   # never inside quotes: that is a defect under email.policy.default


def addrs(keys, cs="utf-8", mode="B", quote=False):
    return ",\r\n ".join(addr(*who(k), cs=cs, mode=mode, quote=quote) for k in keys)


def qp(data):
    """quoted-printable of bytes whose lines end in CRLF; soft breaks at 76."""
    out = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "="); cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def leaf(ctype, text, cs, cte="base64", params="", extra=()):
    data = crlf(text).encode(cs)
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode(cs)
    ct = f'{ctype}; charset="{cs}"' if ctype.startswith("text/") else ctype
    if params:
        ct += params
    hdr = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\r\n".join(hdr) + "\r\n\r\n" + body + ("" if body.endswith("\r\n") else "\r\n"), cs


def attach(data, ctype, filename, cs="utf-8"):
    if all(ord(c) < 128 for c in filename):
        fn = f'filename="{filename}"'; nm = f'name="{filename}"'
    else:
        from urllib.parse import quote
        fn = f"filename*={cs}''{quote(filename.encode(cs))}"
        nm = f"name*={cs}''{quote(filename.encode(cs))}"
    hdr = [f"Content-Type: {ctype};\r\n {nm}", "Content-Transfer-Encoding: base64",
           f"Content-Disposition: attachment;\r\n {fn}"]
    return "\r\n".join(hdr) + "\r\n\r\n" + b64(data) + "\r\n", None


def multi(subtype, parts, boundary, params="", preamble=None):
    out = [f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"{params}', "", ""]
    s = "\r\n".join(out)
    if preamble:
        s += preamble + "\r\n\r\n"
    for p in parts:
        body = p[0] if isinstance(p, tuple) else p
        s += f"--{boundary}\r\n" + body + "\r\n"
    s += f"--{boundary}--\r\n"
    return s, None


def message(headers, part):
    """headers: list of already-encoded header lines; part: (text incl. its own headers, cs).
    8bit bodies are only used with utf-8 parts, so the whole message is utf-8 bytes."""
    body = part[0] if isinstance(part, tuple) else part
    return ("\r\n".join(headers) + "\r\n" + body).encode("utf-8")


def received(host, ip, bot_domain, t, sid):
    loc = t.astimezone(SH) + dt.timedelta(seconds=3)
    return (f"Received: from {host} ({host if '.' in host else 'unknown'} [{ip}])\r\n"
            f"\tby mail.{bot_domain} (Postfix) with ESMTPS id {sid}\r\n"
            f"\tfor <minutes@{bot_domain}>; {rfc_date(loc)} (CST)")


# ---------------------------------------------------------------- attachments
def docx_bytes(build):
    """build(document) fills a python-docx Document; returns deterministic .docx bytes."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2026, 1, 1, 8, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = "user"; cp.last_modified_by = "user"; cp.revision = 1
    build(d)
    raw = io.BytesIO(); d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist(), key=lambda x: (x != "[Content_Types].xml", x)):
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    return out.getvalue()


def pdf_bytes(lines, title="Minutes"):
    """lines: list of (style, text) with style in h1/h2/p/row; English text only. invariant output."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor("Tiyuan QA"); c.setCreator("Microsoft Word")
    y = 800
    for style, text in lines:
        size = {"h1": 15, "h2": 12, "p": 10, "row": 9}[style]
        font = "Helvetica-Bold" if style in ("h1", "h2") else ("Courier" if style == "row" else "Helvetica")
        c.setFont(font, size)
        if y < 60:
            c.showPage(); y = 800; c.setFont(font, size)
        c.drawString(50, y, text)
        y -= size + 7
    c.showPage(); c.save()
    return buf.getvalue()
