"""heldout76 helpers: roster, date rules (chinesecalendar), raw MIME building, gold items."""
import base64
import binascii
import datetime as dt
import hashlib
import io
import zipfile

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------------------------------------------------
# Organisations and roster (name, email, department, manager_email, aliases)
# ----------------------------------------------------------------------------------------------------------
WM = "wumeng-fruit.example.cn"        # 六盘水乌蒙果业有限公司 (kiwifruit grower/packer, Liupanshui, Guizhou)
KD = "kdtjj.example.gov.cn"           # 平凉市崆峒区统计局 (district statistics bureau, Pingliang, Gansu)
KP = "kumasauna-pt.example.cn"        # 库玛桑拿设备（莆田）有限公司 Kuma Sauna Equipment (Putian), Estonian-owned
KE = "kumasauna.example.ee"           # Kuma Saun OÜ, Tallinn head office
YS = "yinshan-oats.example.cn"        # 乌兰察布阴山燕麦产业集团有限公司 (municipal SOE, Jining district, Ulanqab)

BOTS = {WM: "minutes@" + WM, KD: "minutes@" + KD, KP: "minutes@" + KP, YS: "minutes@" + YS}
BOT_NAME = {WM: "纪要助手", KD: "会议纪要助手", KP: "Minutes Bot", YS: "纪要助手"}

ROSTER = [
    # 乌蒙果业
    ("罗建军", "luojianjun@" + WM, "总经办", "", "罗总;Luo Jianjun"),
    ("龙秀英", "longxiuying@" + WM, "基地管理部", "luojianjun@" + WM, "龙经理;龙姐;Long Xiuying"),
    ("安志强", "anzhiqiang@" + WM, "基地管理部", "longxiuying@" + WM, "安工;小安;An Zhiqiang"),
    ("杨梅", "yangmei@" + WM, "品控部", "luojianjun@" + WM, "杨主管;Yang Mei"),
    ("吴德勇", "wudeyong@" + WM, "品控部", "yangmei@" + WM, "吴工;德勇;Wu Deyong"),
    ("陈露", "chenlu@" + WM, "销售部", "luojianjun@" + WM, "陈经理;Lucy Chen;Lucy;露露"),
    ("胡海涛", "huhaitao@" + WM, "销售部", "chenlu@" + WM, "海涛;Hu Haitao;Tony Hu"),
    ("蒙丽", "mengli@" + WM, "电商部", "luojianjun@" + WM, "蒙蒙;Meng Li"),
    ("刘成", "liucheng@" + WM, "仓储物流部", "luojianjun@" + WM, "刘主管;成哥;Liu Cheng"),
    ("王晓燕", "wangxiaoyan@" + WM, "财务部", "luojianjun@" + WM, "王会计;晓燕"),
    # 崆峒区统计局
    ("马志刚", "mazhigang@" + KD, "局领导", "", "马局;马局长"),
    ("朱红霞", "zhuhongxia@" + KD, "局领导", "mazhigang@" + KD, "朱局;朱副局长"),
    ("李文斌", "liwenbin@" + KD, "办公室", "mazhigang@" + KD, "李主任;文斌"),
    ("贾小鹏", "jiaxiaopeng@" + KD, "农业统计股", "zhuhongxia@" + KD, "贾股长;小鹏"),
    ("田静", "tianjing@" + KD, "普查中心", "zhuhongxia@" + KD, "小田;田主任"),
    ("韩卫东", "hanweidong@" + KD, "国民经济核算股", "mazhigang@" + KD, "韩股长;卫东"),
    ("苏敏", "sumin@" + KD, "综合法规股", "mazhigang@" + KD, "苏股长;苏敏敏"),
    # Kuma Sauna (Putian plant + Tallinn HQ)
    ("Priit Tamm", "priit.tamm@" + KP, "Plant Management", "", "Priit;普里特;Tamm"),
    ("郑丽娟", "jenny.zheng@" + KP, "Production Planning", "priit.tamm@" + KP, "Jenny;Jenny Zheng;Zheng Lijuan;郑工"),
    ("林志鹏", "kevin.lin@" + KP, "Quality", "priit.tamm@" + KP, "Kevin;Kevin Lin;林工;Lin Zhipeng"),
    ("黄文杰", "wes.huang@" + KP, "Supply Chain", "priit.tamm@" + KP, "Wes;Wes Huang;黄经理;Huang Wenjie"),
    ("陈雅琴", "cathy.chen@" + KP, "HR & Admin", "priit.tamm@" + KP, "Cathy;Cathy Chen;陈主管"),
    ("Kadri Saar", "kadri.saar@" + KE, "Group Product", "", "Kadri;卡德丽"),
    ("Martin Kask", "martin.kask@" + KE, "Group Engineering", "", "Martin;Kask"),
    ("Liis Mägi", "liis.magi@" + KE, "Group Logistics", "", "Liis;Liis Magi"),
    # 阴山燕麦
    ("赵文博", "zhaowenbo@" + YS, "集团领导", "", "赵董;赵董事长"),
    ("高树林", "gaoshulin@" + YS, "集团领导", "zhaowenbo@" + YS, "高总;Gao Shulin"),
    ("其木格", "qimuge@" + YS, "综合办公室", "gaoshulin@" + YS, "其主任;Qimuge"),
    ("巴特尔", "bateer@" + YS, "生产运营部", "gaoshulin@" + YS, "巴部长;Bateer;老巴"),
    ("刘慧敏", "liuhuimin@" + YS, "质量安全部", "gaoshulin@" + YS, "刘部长;慧敏"),
    ("郝俊峰", "haojunfeng@" + YS, "项目建设部", "gaoshulin@" + YS, "郝工;郝部长;Hao Junfeng"),
    ("乔丽", "qiaoli@" + YS, "营销中心", "gaoshulin@" + YS, "乔经理;Qiao Li"),
    ("孟凡宇", "mengfanyu@" + YS, "安全环保部", "gaoshulin@" + YS, "孟科长;凡宇"),
    ("斯琴", "siqin@" + YS, "财务资产部", "gaoshulin@" + YS, "斯琴部长;Siqin"),
]
R = {r[0]: r for r in ROSTER}


def email(name):
    return R[name][1]


# ----------------------------------------------------------------------------------------------------------
# Dates: every rule is resolved from the Date header in Asia/Shanghai with chinesecalendar
# ----------------------------------------------------------------------------------------------------------
def parse_date_header(value):
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(value).astimezone(SH)


def workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def resolve(rule, sent):
    """rule -> (YYYY-MM-DD or None, HH:MM or None). sent: aware datetime in Shanghai."""
    kind, *a = rule
    d0 = sent.date()
    if kind == "none":
        return None, None
    if kind == "abs":                      # explicit date (and optional time)
        return a[0], (a[1] if len(a) > 1 else None)
    if kind == "today":
        d = d0
    elif kind == "plus":                   # 明天 (+1), 后天 (+2), N天内
        d = d0 + dt.timedelta(days=a[0])
    elif kind == "wd":                     # bare weekday: this week's if not past (today counts), else next week's
        d = d0 + dt.timedelta(days=(a[0] - 1 - d0.weekday()) % 7)
    elif kind == "thisweek":               # 本周X: that day of the Mon-Sun week
        d = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=a[0] - 1)
    elif kind == "nextweek":               # 下周X / next Monday
        d = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7 + a[0] - 1)
    elif kind == "workdays":               # N个工作日内
        d = add_workdays(d0, a[0])
    elif kind == "hours":
        t = sent + dt.timedelta(hours=a[0])
        return t.date().isoformat(), t.strftime("%H:%M")
    elif kind == "month_end":
        nm = (d0.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        d = nm - dt.timedelta(days=1)
    elif kind == "before_holiday":         # 节前: last working day before the holiday block starting a[0]
        d = dt.date.fromisoformat(a[0]) - dt.timedelta(days=1)
        while not workday(d):
            d -= dt.timedelta(days=1)
    elif kind == "after_holiday":          # 节后(第一个工作日): first working day after the holiday day a[0]
        d = dt.date.fromisoformat(a[0])
        while cc.is_holiday(d):
            d += dt.timedelta(days=1)
        while not workday(d):
            d += dt.timedelta(days=1)
    elif kind == "week_end":               # 本周内: the Sunday of this calendar week (research TSV reading)
        d = d0 + dt.timedelta(days=6 - d0.weekday())
    else:
        raise ValueError(rule)
    return d.isoformat(), None


def it(owner, task, rule, expect, time=None, flags=(), department=None, ext_email=None):
    """A gold item. owner: roster name, external display name (ext_email given) or None."""
    if owner is None:
        oname, oemail, dept = None, None, department
    elif owner in R:
        oname, oemail, dept = owner, R[owner][1], R[owner][2]
    else:
        oname, oemail, dept = owner, ext_email, department
    return {"owner_name": oname, "owner_email": oemail, "department": dept, "task": task,
            "due_date": expect, "due_time": time, "flags": list(flags), "_rule": rule}


def fu(rule, expect, time=None):
    return {"date": expect, "time": time, "_rule": rule}


# ----------------------------------------------------------------------------------------------------------
# Raw MIME building (LF line ends, as Maildir stores them)
# ----------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def ew(text, label="utf-8", mode="B", limit=60):
    """RFC 2047 encoded-words (whole characters per word), joined by folding whitespace."""
    if all(ord(c) < 128 for c in text):
        return text
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
    words.append(enc(cur))
    return "\n ".join(words)


def addr(name, mail, label="utf-8", mode="B", quote=False):
    if not name:
        return "<%s>" % mail if quote else mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.;:()<>@\"'"):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    w = ew(name, label, mode).replace("\n ", " ")
    return "%s <%s>" % (w, mail)  # quoted encoded-words are a defect under email.policy.default: never quote


def addrs(people, label="utf-8", mode="B", quote=False, sep=",\n "):
    out = []
    for p in people:
        if isinstance(p, str):
            out.append(addr(p, R[p][1], label, mode, quote))
        else:
            out.append(addr(p[0], p[1], label, mode, quote))
    return sep.join(out)


def qp(data):
    return binascii.b2a_qp(data, istext=True).decode("ascii")


def b64(data, width=76, crlf=False):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def body_bytes(text, label, cte, crlf_b64=False):
    if crlf_b64:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(codec(label))
    if cte == "base64":
        return b64(raw)
    if cte == "quoted-printable":
        out = qp(raw)
        return out if out.endswith("\n") else out + "\n"
    if cte in ("8bit", "7bit"):
        s = raw.decode("utf-8" if label.lower() == "utf-8" else "latin-1") if cte == "8bit" else raw.decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    raise ValueError(cte)


class Part:
    """A MIME part as header lines plus an already encoded body (str; 8bit utf-8 allowed)."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        return "".join("%s: %s\n" % hv for hv in self.headers) + "\n" + self.body


def text(ctype, content, label="utf-8", cte="base64", quote=True, extra="", crlf_b64=False, headers=()):
    cs = ('; charset="%s"' if quote else "; charset=%s") % label
    return Part([("Content-Type", ctype + cs + extra)] + list(headers) + [("Content-Transfer-Encoding", cte)],
                body_bytes(content, label, cte, crlf_b64))


def attach(ctype, filename, data, disposition="attachment"):
    if all(ord(c) < 128 for c in filename):
        fn_ct, fn_cd = 'name="%s"' % filename, 'filename="%s"' % filename
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        fn_ct, fn_cd = "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q
    return Part([("Content-Type", "%s;\n\t%s" % (ctype, fn_ct)),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", "%s;\n\t%s" % (disposition, fn_cd))], b64(data))


def multi(subtype, boundary, parts, preamble="", extra=""):
    head = [("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra))]
    body = preamble
    for p in parts:
        body += "\n--%s\n" % boundary + p.render()
    body += "\n--%s--\n" % boundary
    return Part(head, body)


def message(headers, part):
    """Top-level headers (list of (name, value)), then the body part's headers and body."""
    out = "".join("%s: %s\n" % hv for hv in headers) + part.render()
    return out.encode("utf-8")


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def received(host, ip, mx, rcpt, date_hdr, seed):
    return ("Received", "from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, ip, mx, hx(seed, 10).upper(), rcpt, date_hdr))


def thread_index(seed, parent=None):
    raw = b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]
    if parent:
        raw = base64.b64decode(thread_index(parent)) + hashlib.sha256(seed.encode()).digest()[:5]
    return base64.b64encode(raw).decode()


def fixed_zip(data):
    """Rewrite a zip (docx) with fixed timestamps so the bytes are deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def html_page(inner, charset, head_extra=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n' % (charset, head_extra, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4"', head=1, td_style=""):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        cells = "".join("<%s%s>%s</%s>" % (tag, (' style="%s"' % td_style) if td_style else "",
                                             esc(c).replace("\n", "<br>"), tag) for c in r)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)


def lines_to_html(txt):
    return "\n".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in txt.split("\n"))


def flowed(txt, width=72):
    """format=flowed: soft-break long lines at spaces, leaving a trailing space on each broken line."""
    out = []
    for line in txt.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


CASES = []


def case(num, slug, kind, readme, notes, items=(), followup=None):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, readme=readme, notes=notes, items=list(items),
                          followup=followup, build=fn))
        return fn
    return deco


def arrival(sender, rcpt, date_hdr, host, ip, seed):
    """Headers the receiving server prepends: Return-Path, Delivered-To, Received."""
    mx = "mx." + rcpt.split("@")[1]
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", rcpt), received(host, ip, mx, rcpt, date_hdr, seed)]


def bot(dom, label="utf-8", mode="B"):
    return (BOT_NAME[dom], BOTS[dom])
