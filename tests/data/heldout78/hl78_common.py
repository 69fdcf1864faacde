"""Shared helpers for the heldout78 generator: roster, MIME building, attachments, gold items, date rules."""
import base64
import datetime as dt
import io
import quopri
import re
import zipfile
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
CASES = []

# ---------------------------------------------------------------- roster
# name, email, department, manager_email, aliases
ROSTER = [
    # 十堰武当传动轴有限公司 (Shiyan, Hubei) — wdds.example.cn
    ("周建军", "zhoujianjun@wdds.example.cn", "总经办", "", "周总;Zhou Jianjun;Jack Zhou"),
    ("陈思远", "chensiyuan@wdds.example.cn", "外贸部", "zhoujianjun@wdds.example.cn", "陈经理;Sean Chen;Siyuan Chen;Sean;思远"),
    ("刘倩", "liuqian@wdds.example.cn", "外贸部", "chensiyuan@wdds.example.cn", "Cathy Liu;Cathy;小刘;倩倩"),
    ("黄志刚", "huangzhigang@wdds.example.cn", "技术部", "zhoujianjun@wdds.example.cn", "黄工;黄总工;Huang Zhigang;HZG"),
    ("吴磊", "wulei@wdds.example.cn", "技术部", "huangzhigang@wdds.example.cn", "吴工;Leo Wu;Leo"),
    ("邓秀英", "dengxiuying@wdds.example.cn", "质量部", "zhoujianjun@wdds.example.cn", "邓主管;邓姐;Sherry Deng;Sherry"),
    ("田勇", "tianyong@wdds.example.cn", "生产部", "zhoujianjun@wdds.example.cn", "田主任;Tian Yong"),
    ("柯明", "keming@wdds.example.cn", "生产部", "tianyong@wdds.example.cn", "柯班长;小柯;Ke Ming"),
    ("付晓燕", "fuxiaoyan@wdds.example.cn", "采购部", "zhoujianjun@wdds.example.cn", "付主管;小付;Fu Xiaoyan;Yan Fu"),
    # 哈密市伊州区发展和改革委员会 (Hami, Xinjiang) — yzfgw.example.gov.cn
    ("艾尔肯·吐尔逊", "aierken@yzfgw.example.gov.cn", "委领导", "", "艾主任;艾尔肯;艾尔肯主任"),
    ("王海燕", "wanghaiyan@yzfgw.example.gov.cn", "办公室", "aierken@yzfgw.example.gov.cn", "王主任;海燕"),
    ("马振华", "mazhenhua@yzfgw.example.gov.cn", "项目科", "aierken@yzfgw.example.gov.cn", "马科长;振华科长"),
    ("赵婷", "zhaoting@yzfgw.example.gov.cn", "项目科", "mazhenhua@yzfgw.example.gov.cn", "小赵;赵婷同志"),
    ("古丽娜尔·买买提", "gulinaer@yzfgw.example.gov.cn", "价格科", "aierken@yzfgw.example.gov.cn", "古丽娜尔;古科长;古丽娜尔科长"),
    ("孙立新", "sunlixin@yzfgw.example.gov.cn", "能源科", "aierken@yzfgw.example.gov.cn", "孙科长;立新"),
    ("李建国", "lijianguo@yzfgw.example.gov.cn", "粮储科", "aierken@yzfgw.example.gov.cn", "李科长;建国"),
    ("阿依古丽·艾力", "ayiguli@yzfgw.example.gov.cn", "粮储科", "lijianguo@yzfgw.example.gov.cn", "阿依古丽;小阿"),
    # 晋城泽州水务集团有限公司 (Jincheng, Shanxi; SOE) — zzsw.example.cn
    ("秦国栋", "qinguodong@zzsw.example.cn", "公司领导", "", "秦总;秦总经理"),
    ("郭红梅", "guohongmei@zzsw.example.cn", "综合办公室", "qinguodong@zzsw.example.cn", "郭主任;红梅"),
    ("牛建平", "niujianping@zzsw.example.cn", "生产运行部", "qinguodong@zzsw.example.cn", "牛部长;牛经理;老牛"),
    ("常亮", "changliang@zzsw.example.cn", "管网管理所", "niujianping@zzsw.example.cn", "常所长;常所;常工"),
    ("王瑞", "wangrui@zzsw.example.cn", "管网管理所", "changliang@zzsw.example.cn", "小王;王瑞工"),
    ("贾文静", "jiawenjing@zzsw.example.cn", "水质检测中心", "niujianping@zzsw.example.cn", "贾主任;贾工;文静"),
    ("范志强", "fanzhiqiang@zzsw.example.cn", "客户服务中心", "qinguodong@zzsw.example.cn", "范经理;志强"),
    ("郝鹏", "haopeng@zzsw.example.cn", "工程建设部", "qinguodong@zzsw.example.cn", "郝部长;郝工"),
    ("申晓东", "shenxiaodong@zzsw.example.cn", "安全环保部", "qinguodong@zzsw.example.cn", "申部长;晓东"),
    # 建阳窑火建盏有限公司 (Nanping Jianyang, Fujian) — yaohuo-jz.example.cn
    ("游德林", "youdelin@yaohuo-jz.example.cn", "管理层", "", "游总;老游;德林"),
    ("叶青青", "yeqingqing@yaohuo-jz.example.cn", "电商部", "youdelin@yaohuo-jz.example.cn", "青青;叶主管;Qingqing"),
    ("詹文斌", "zhanwenbin@yaohuo-jz.example.cn", "烧制车间", "youdelin@yaohuo-jz.example.cn", "詹师傅;文斌;阿斌"),
    ("罗永泉", "luoyongquan@yaohuo-jz.example.cn", "釉料研发", "youdelin@yaohuo-jz.example.cn", "罗老师;永泉"),
    ("魏小雨", "weixiaoyu@yaohuo-jz.example.cn", "设计部", "youdelin@yaohuo-jz.example.cn", "小雨;Rain"),
    ("连春生", "lianchunsheng@yaohuo-jz.example.cn", "仓储物流", "youdelin@yaohuo-jz.example.cn", "连哥;春生"),
    ("黄美玲", "huangmeiling@yaohuo-jz.example.cn", "品控部", "youdelin@yaohuo-jz.example.cn", "美玲;黄姐"),
]
BY_NAME = {r[0]: r for r in ROSTER}
DEPTS = {r[2] for r in ROSTER}


def em(name):
    return BY_NAME[name][1]


# ---------------------------------------------------------------- gold items
def ext(name, email):
    return ("ext", name, email)


def dept(d):
    return ("dept", d)


def I(owner, task, due, rule, time=None):
    """owner: roster name | ext(...) | dept(...) | None.  rule: see resolve()."""
    if isinstance(owner, str):
        r = BY_NAME[owner]
        on, oe, od = r[0], r[1], r[2]
    elif owner and owner[0] == "ext":
        on, oe, od = owner[1], owner[2], None
    elif owner and owner[0] == "dept":
        on, oe, od = None, None, (owner[1] if owner[1] in DEPTS else None)
    else:
        on, oe, od = None, None, None
    flags = []
    if rule == "vague":
        flags.append("vague_due")
    if rule == "none":
        flags.append("no_due")
    if on is None:
        flags.append("no_owner")
    return {"owner_name": on, "owner_email": oe, "department": od, "task": task, "due_date": due,
            "due_time": time, "flags": flags, "_rule": rule}


def NF(date, rule, time=None):
    return {"date": date, "time": time, "_rule": rule}


def case(num, slug, kind, tests):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "kind": kind, "tests": tests, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------- date rules
def _cc():
    import chinese_calendar as cc
    return cc


def is_work(d):
    return _cc().is_workday(d)


def resolve(rule, sent):
    """sent: aware datetime. Returns (date, time-or-None) by the set's conventions, or None for vague/none."""
    s = sent.astimezone(SH)
    d = s.date()
    kind, _, arg = rule.partition(":")
    if kind in ("vague", "none"):
        return None
    if kind == "abs":             # literal date written in the mail; returns marker, checked separately
        return ("abs", arg)
    if kind == "today":
        return d, None
    if kind == "d":               # d:N  -> send date + N days (明天=d:1, 一周内=d:7)
        return d + dt.timedelta(int(arg)), None
    if kind == "wd":              # N个工作日内
        n, x = int(arg), d
        while n:
            x += dt.timedelta(1)
            if is_work(x):
                n -= 1
        return x, None
    if kind == "wk":              # bare weekday: next occurrence after the send day
        w = int(arg)
        delta = (w - d.weekday()) % 7
        if delta == 0:
            raise ValueError("bare weekday equal to send weekday is avoided in this set")
        return d + dt.timedelta(delta), None
    if kind == "this":            # 本周X (must not be past)
        x = d + dt.timedelta(int(arg) - d.weekday())
        if x < d:
            raise ValueError("本周X already past")
        return x, None
    if kind == "next":            # 下周X
        return d + dt.timedelta(7 - d.weekday() + int(arg)), None
    if kind == "next2":           # 下下周X
        return d + dt.timedelta(14 - d.weekday() + int(arg)), None
    if kind == "eow":             # 本周内 -> Sunday of the send week
        return d + dt.timedelta(6 - d.weekday()), None
    if kind == "me":              # 月底 (me) or M月底 (me:M)
        m = int(arg) if arg else d.month
        y = d.year
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(1), None
    if kind == "h":               # N小时内 from the Date header
        x = s + dt.timedelta(hours=float(arg))
        return x.date(), x.strftime("%H:%M")
    if kind in ("holbefore", "holafter"):
        cc = _cc()
        x = d
        while True:                # first day of the named holiday block on/after the send date
            h, name = cc.get_holiday_detail(x)
            if h and name == arg:
                break
            x += dt.timedelta(1)
        if kind == "holbefore":
            x -= dt.timedelta(1)
            while not is_work(x):
                x -= dt.timedelta(1)
            return x, None
        while True:
            h, name = cc.get_holiday_detail(x)
            if is_work(x):
                return x, None
            x += dt.timedelta(1)
    raise ValueError("unknown rule %r" % rule)


def rfcdate(y, mo, d, h, mi, s, off="+0800"):
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    x = dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    return x.strftime("%a, ") + str(x.day) + x.strftime(" %b %Y %H:%M:%S ") + off


# ---------------------------------------------------------------- MIME building
def ew(s, charset="utf-8", mode="B", chunk=14):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b for b in raw)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", quote=True, mode="B"):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, email)) if (quote and (" " in name or "," in name)) else "%s <%s>" % (name, email)
    e = ew(name, charset, mode, chunk=20)
    return "%s <%s>" % (e, email)   # an encoded word inside quotes is a defect for email.policy.default


def alist(pairs, charset="utf-8", quote=True, mode="B"):
    return ",\n ".join(addr(n, e, charset, quote, mode) for n, e in pairs)


def P(name):
    """(display name, address) of a roster person."""
    return (name, em(name))


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="base64", flowed=False, ctype_extra="", extra=()):
    data = body.encode(charset)
    ct = 'text/%s; charset="%s"' % (subtype, charset) if subtype == "html" or not flowed else \
        "text/plain; charset=%s; format=flowed" % charset
    if ctype_extra:
        ct += ctype_extra
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hs, encode_body(data, cte))


def attach(data, ctype, filename, charset="utf-8", disposition="attachment", extra=()):
    from urllib.parse import quote as _q
    fn = "%s''%s" % (charset, _q(filename.encode(charset), safe=""))
    hs = [("Content-Type", '%s;\n name*=%s' % (ctype, fn)),
          ("Content-Transfer-Encoding", "base64"),
          ("Content-Disposition", '%s;\n filename*=%s' % (disposition, fn))] + list(extra)
    return (hs, base64.encodebytes(data))


def multi(subtype, parts, boundary, preamble="", extra_params=""):
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for hs, body in parts:
        out.append(b"\n--" + boundary.encode() + b"\n")
        out.append(render_headers(hs))
        out.append(b"\n")
        out.append(body)
    out.append(b"\n--" + boundary.encode() + b"--\n")
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)
    return ([("Content-Type", ct)], b"".join(out).lstrip(b"\n") if not preamble else b"".join(out))


def render_headers(hs):
    return "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii")


def message(headers, part, crlf=False, mime_version=True):
    phs, body = part
    hs = list(headers) + ([("MIME-Version", "1.0")] if mime_version else []) + phs
    raw = render_headers(hs) + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def received(host_from, ip, by, rid, to, date, proto="ESMTPS"):
    return ("Received", "from %s (unknown [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s (CST)"
            % (host_from, ip, by, proto, rid, to, date))


def html_table(rows, head=True, attrs='border="1" cellspacing="0" cellpadding="4"', cell_style=""):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        cells = []
        for c in r:
            if isinstance(c, tuple):       # (text, attrs)
                cells.append("<%s %s%s>%s</%s>" % (tag, c[1], cell_style, c[0], tag))
            elif c is None:
                continue
            else:
                cells.append("<%s%s>%s</%s>" % (tag, (' style="%s"' % cell_style) if cell_style else "", c, tag))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def strip_html(s):
    s = re.sub(r"(?is)<style.*?</style>|<!--.*?-->|<!\[.*?\]>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", s)
    return re.sub(r"<[^>]+>", " ", s)


# ---------------------------------------------------------------- attachments
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(blocks, created):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows). Deterministic bytes."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.created = cp.modified = created
    cp.last_printed = created
    cp.author = cp.last_modified_by = "user"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(lines, title="minutes"):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    y = 800
    for ln in lines:
        size = 15 if ln.startswith("#") else 10.5
        c.setFont("STSong-Light", size)
        c.drawString(50, y, ln.lstrip("#"))
        y -= 22 if size > 12 else 17
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()
