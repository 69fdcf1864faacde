#!/usr/bin/env python3
"""Blind held-out set heldout26 for minutebot (cases 5201-).

    /work/blind/venv/bin/python make_heldout26.py [OUTDIR]     # write .eml/.json, roster.csv
    /work/blind/venv/bin/python make_heldout26.py --check [DIR] # recompute every gold date and compare with DIR

Deterministic: no clock, no randomness. Working days come from chinesecalendar (2025-2026). The package has no
2027 data, so 2027 cases only use phrases that need no holiday calendar (absolute dates, weekdays, month ends).
MIME/header helpers adapted from the dev corpus's make_corpus.py.
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

import chinese_calendar as cc

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))


# ---------------------------------------------------------------- calendar
def is_workday(d):
    if d.year > 2026:
        raise RuntimeError("no official calendar for %s: do not use working-day phrases in 2027 cases" % d)
    return cc.is_workday(d)


def add_workdays(start, n):
    d = start
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def _is_named(d, name):
    n = cc.get_holiday_detail(d)[1]
    return cc.is_holiday(d) and n is not None and (name is None or n == name)


def first_workday_after_holiday(sent, name=None):
    """节后第一个工作日: first working day after the next statutory holiday block that starts after `sent`."""
    d = sent + dt.timedelta(days=1)
    while not _is_named(d, name):
        d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def last_workday_before_holiday(sent, name=None):
    """X节前: last working day before the next statutory holiday block."""
    d = sent + dt.timedelta(days=1)
    while not _is_named(d, name):
        d += dt.timedelta(days=1)
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


def calc(spec, sent):
    """spec: ('abs', 'YYYY-MM-DD'[, weekday 0-6]) | ('this', wd) | ('next', wd) | ('plus', n) | ('wd', n)
    | ('wd_after_holiday', n) | ('after_holiday',) | ('before_holiday',) | ('monthend',) | ('quarterend',)"""
    k = spec[0]
    if k == "abs":
        d = D.fromisoformat(spec[1])
        if len(spec) > 2 and d.weekday() != spec[2]:
            raise AssertionError("weekday written in the text does not match %s" % d)
        return d
    if k == "this":
        mon = sent - dt.timedelta(days=sent.weekday())
        c = mon + dt.timedelta(days=spec[1])
        return c if c >= sent else c + dt.timedelta(days=7)
    if k == "next":
        mon = sent - dt.timedelta(days=sent.weekday())
        return mon + dt.timedelta(days=7 + spec[1])
    if k == "plus":
        return sent + dt.timedelta(days=spec[1])
    if k == "wd":
        return add_workdays(sent, spec[1])
    if k == "wd_after_holiday":
        return add_workdays(first_workday_after_holiday(sent) - dt.timedelta(days=1), spec[1])
    if k == "after_holiday":
        return first_workday_after_holiday(sent, *spec[1:])
    if k == "before_holiday":
        return last_workday_before_holiday(sent, *spec[1:])
    if k == "monthend":
        n = D(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
        return n - dt.timedelta(days=1)
    if k == "quarterend":
        q = spec[1]
        return D(sent.year, 3 * q + 1, 1) - dt.timedelta(days=1) if q < 4 else D(sent.year, 12, 31)
    raise ValueError(spec)


# ---------------------------------------------------------------- headers / MIME (adapted from dev corpus)
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii", "big5": "big5",
         "iso-8859-1": "latin-1", "windows-1252": "cp1252"}
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(n, e, label, mode, quote) for n, e in people)


def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in headers:
        m[k] = v
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    m.epilogue = ""
    return m


def envelope(headers, body, mime_line="1.0"):
    top = Message()
    for k, v in headers:
        if v is not None:
            top[k] = v
    top["MIME-Version"] = mime_line
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top


def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def esc(s):
    return html.escape(s, quote=False)


def html_lines(text, style="div", font="微软雅黑"):
    out = []
    for l in text.split("\n"):
        if style == "outlook":
            out.append('<p class="MsoNormal"><span style="font-family:%s">%s<o:p></o:p></span></p>'
                       % (font, esc(l) if l else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc(l).replace("  ", "&nbsp; ") if l else "<br>"))
    return "\n".join(out)


def html_doc(inner, cs, outlook=False):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=%s"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;}\n--></style>'
                '</head><body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">'
                '<div class="WordSection1">\n%s\n</div></body></html>\n' % (cs, inner))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>\n'
            % (cs, inner))


def table_html(rows, outlook=False):
    cell = ('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td>' if outlook
            else '<td style="border:1px solid #999;padding:4px">%s</td>')
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        c = cell.replace("<td", "<td bgcolor=\"#D9E2F3\"") if i == 0 else cell
        out.append("<tr>" + "".join(c % ("<b>%s</b>" % esc(x) if i == 0 else esc(x).replace("\n", "<br>")) for x in r)
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def received(t, host, ip, rcpt, mx):
    return ("Received", "from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, ip, mx, hx(host + str(t), 10).upper(), rcpt, rfc_date(t.astimezone(TZ8) + dt.timedelta(seconds=2))))


# ---------------------------------------------------------------- people
ORGS = {
    "YL": ("yuleng-cc.example.cn", ("纪要助手", "jiyao@yuleng-cc.example.cn")),
    "JH": ("jhadi.example.com.cn", ("督办助手", "duban@jhadi.example.com.cn")),
    "RT": ("ruitao-ceramics.example.com", ("Minutes Bot", "minutes@ruitao-ceramics.example.com")),
    "SZ": ("shengzhi-tech.example.cn", ("组会待办", "todo@shengzhi-tech.example.cn")),
}
ROSTER = [
    # org, name, local, department, head?, aliases
    ("YL", "程国栋", "chenggd", "总经办", True, "程总;Cheng Guodong"),
    ("YL", "马俊峰", "majf", "仓储部", True, "马经理;老马;Ma Junfeng"),
    ("YL", "范晓雯", "fanxw", "仓储部", False, "范工;晓雯;Fan Xiaowen"),
    ("YL", "牛志刚", "niuzg", "车队", True, "牛队;老牛;牛队长;Niu Zhigang"),
    ("YL", "申卫东", "shenwd", "车队", False, "申师傅;老申"),
    ("YL", "郝建伟", "haojw", "车队", False, "小郝;郝师傅"),
    ("YL", "侯佳", "houjia", "客服部", True, "侯主管;Hou Jia"),
    ("YL", "白露", "bailu", "质量部", True, "白经理;Bai Lu"),
    ("YL", "邱振", "qiuzhen", "信息部", True, "邱工;Qiu Zhen"),
    ("JH", "宋立新", "songlx", "院领导", True, "宋院长;宋院"),
    ("JH", "乔瑞", "qiaorui", "院办公室", True, "乔主任"),
    ("JH", "苗志远", "miaozy", "建筑一所", True, "苗所;苗所长"),
    ("JH", "葛晨阳", "gecy", "建筑一所", False, "小葛;葛工"),
    ("JH", "储文涛", "chuwt", "结构所", True, "储总工;储总"),
    ("JH", "汪涛", "wangtao", "结构所", False, "汪工"),
    ("JH", "邵敏", "shaomin", "技术质量部", True, "邵部长;邵工"),
    ("JH", "蔺海", "linhai", "经营部", True, "蔺部长"),
    ("JH", "温婧", "wenjing", "党群工作部", True, "温主任"),
    ("RT", "谭锦辉", "tam.kf", "总经办", True, "谭总;谭生;Tam"),
    ("RT", "区嘉敏", "carmen.au", "外贸部", True, "Carmen;Carmen Au;区经理;區嘉敏"),
    ("RT", "冼志豪", "jason.sin", "外贸部", False, "Jason;Jason Sin;阿豪"),
    ("RT", "黎晓彤", "tina.lai", "外贸部", False, "Tina;Tina Lai;彤彤"),
    ("RT", "邝美玲", "mabel.kwong", "单证部", True, "Mabel;Mabel Kwong;鄺美玲"),
    ("RT", "陆永康", "kevin.luk", "市场部", True, "Kevin;Kevin Luk;阿康"),
    ("SZ", "韦建中", "weijz", "管理层", True, "韦老师;韦总;Prof. Wei;Dr. Wei"),
    ("SZ", "汤佩", "tangpei", "算法组", True, "汤博;Tang Pei"),
    ("SZ", "蒋宇航", "jiangyh", "算法组", False, "宇航;Yuhang;Jiang Yuhang"),
    ("SZ", "卞思琪", "biansq", "算法组", False, "思琪;Siqi;Bian Siqi"),
    ("SZ", "朴志勋", "park.jh", "算法组", False, "Jihoon;Park Jihoon;朴博"),
    ("SZ", "鲍一鸣", "baoym", "工程组", True, "一鸣;小鲍;Bao Yiming"),
    ("SZ", "季晓红", "jixh", "行政财务部", True, "季老师;季姐"),
]
P = {}
_heads = {(o, dep): local for o, n, local, dep, h, a in ROSTER if h}
for o, n, local, dep, h, a in ROSTER:
    dom = ORGS[o][0]
    P[n] = {"name": n, "email": "%s@%s" % (local, dom), "department": dep,
            "manager_email": "" if h else "%s@%s" % (_heads[(o, dep)], dom), "aliases": a, "org": o}
EXT = {
    "甘露": "ganlu@jhadi.example.com.cn",            # 纪检监察室, not in the roster
    "何志平": "hezp@xianfeng-mart.example.cn",       # customer of the cold-chain company
    "Lucía Fernández": "lucia.fernandez@azulejosdelnorte.example.mx",
    "Omar Haddad": "omar@haddad-trading.example.ae",
    "Diego Ramírez": "dramirez@ceramicasur.example.cl",
    "梁國華": "kwleung@harbourstone.example.com.hk",
}


def who(n):
    if isinstance(n, tuple):
        return n
    if n in P:
        return (n, P[n]["email"])
    if n in EXT:
        return (n, EXT[n])
    for o in ORGS.values():
        if n == o[1][0] or n == o[1][1]:
            return o[1]
    raise KeyError(n)


def bot(org):
    return ORGS[org][1]


# ---------------------------------------------------------------- gold
CASES = []      # (slug, kind, readme, msg_bytes, gold, checks)


def I(owner, task, due=None, spec=None, time=None, flags=(), dept=None, email=None):
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
            "due_time": time, "flags": list(flags), "_spec": spec}


def FU(date, time=None, spec=None):
    return {"date": date, "time": time, "_spec": spec}


def R(intent, items=(), percent=None, new_due=None, spec=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_spec": spec}


def add(slug, kind, readme, msg, sent_local, notes, items=(), followup=None, reply=None, crlf=False):
    g = {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}
    CASES.append((slug, kind, readme, serialize(msg, crlf), g, sent_local))


def strip(g):
    g = json.loads(json.dumps(g))
    for it in g["items"]:
        it.pop("_spec", None)
    for k in ("next_followup", "reply"):
        if g[k]:
            g[k].pop("_spec", None)
    return g


def check_case(slug, g, sent):
    errs = []
    sd = sent.date()
    for it in g["items"]:
        sp = it.get("_spec")
        if it["due_date"] is None:
            if sp is not None:
                errs.append("%s: %s has a spec but no date" % (slug, it["task"]))
            if not ({"vague_due", "no_due"} & set(it["flags"])):
                errs.append("%s: %s has no date and no flag" % (slug, it["task"]))
            continue
        if sp is None:
            errs.append("%s: %s has a date but no spec" % (slug, it["task"]))
            continue
        c = calc(sp, sd).isoformat()
        if c != it["due_date"]:
            errs.append("%s: %s computed %s gold %s" % (slug, it["task"], c, it["due_date"]))
    for k, field in (("next_followup", "date"), ("reply", "new_due_date")):
        x = g[k]
        if x and x.get(field):
            c = calc(x["_spec"], sd).isoformat()
            if c != x[field]:
                errs.append("%s: %s computed %s gold %s" % (slug, k, c, x[field]))
    return errs


# ---------------------------------------------------------------- client builders
def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def mid(seed, dom):
    return "<%s@%s>" % (hx(seed, 24), dom)


def common(frm, to, cc, subject, t, cs, mode="B", msgid=None, irt=None, refs=None, quote=False):
    fn, fe = who(frm)
    return [("From", haddr(fn, fe, cs, mode, quote)), ("To", haddrs([who(x) for x in to], cs, mode, quote)),
            ("Cc", haddrs([who(x) for x in cc], cs, mode, quote) if cc else None),
            ("Subject", htext(subject, cs, mode)), ("Date", rfc_date(t)), ("Message-ID", msgid),
            ("In-Reply-To", irt), ("References", refs)]


def outlook(frm, to, cc, subject, t, text, inner=None, cs="gb2312", cte="base64", seed="", irt=None, refs=None,
            attachments=(), lang="zh-cn", extra=()):
    dom = who(frm)[1].split("@")[1]
    st = hx(seed, 12).upper()
    latin = codec(cs) in ("ascii", "cp1252", "latin-1")
    big5 = codec(cs) == "big5"
    inner = inner if inner is not None else html_lines(text, "outlook", "Calibri" if latin else
                                                        ("新細明體" if big5 else "微软雅黑"))
    hd = html_doc(inner, cs, True)
    if big5:
        hd = hd.replace("font-family:等线", "font-family:新細明體").replace('lang="ZH-CN"', 'lang="ZH-TW"')
    if latin:
        hd = hd.replace("font-family:等线", "font-family:Calibri,sans-serif").replace('lang="ZH-CN"', 'lang="EN-US"')
    alt = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True),
                                leaf("text/html", hd, cs, cte, crlf=True)],
                "----=_NextPart_%03d_0001_01DC%s.%s" % (1 if attachments else 0, st[:4], st[4:]))
    body = alt
    if attachments:
        body = multi("mixed", [alt] + list(attachments), "----=_NextPart_000_0000_01DC%s.%s" % (st[:4], st[4:]))
    body.preamble = "This is a multipart message in MIME format."
    h = common(frm, to, cc, subject, t, cs, msgid="<000001dc%s$%s$%s@%s>" % (hx(seed, 4), hx(seed + "a", 8),
                                                                             hx(seed + "b", 8), dom), irt=irt, refs=refs)
    h = [received(t, "mail.%s" % dom, "10.%d.%d.%d" % (len(seed) % 200, 3, 17), bot_for(to, cc), "mx." + dom)] + h
    h += [("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()),
          ("Content-Language", lang)] + list(extra)
    return envelope(h, body)


def bot_for(to, cc):
    for x in list(to) + list(cc):
        a = who(x)
        if a in [o[1] for o in ORGS.values()]:
            return a[1]
    return who(to[0])[1]


def simple(frm, to, cc, subject, t, text, html_inner=None, cs="utf-8", cte="base64", seed="", mailer=None, irt=None,
           refs=None, extra=(), boundary=None, msgid=None, hdr_mode="B", attachments=(), mime_line="1.0",
           html_cte=None, ct_quote=True, plain_params=()):
    dom = who(frm)[1].split("@")[1]
    if html_inner is not None:
        body = multi("alternative", [leaf("text/plain", text, cs, cte, ct_quote=ct_quote, params=plain_params),
                                     leaf("text/html", html_doc(html_inner, cs), cs, html_cte or cte, ct_quote=ct_quote)],
                     boundary or "----=_Part_%s" % hx(seed, 16))
    else:
        body = leaf("text/plain", text, cs, cte, ct_quote=ct_quote, params=plain_params)
    if attachments:
        body = multi("mixed", [body] + list(attachments), "----=_Mixed_%s" % hx(seed + "m", 16))
    h = common(frm, to, cc, subject, t, cs, hdr_mode, msgid or mid(seed, dom), irt, refs)
    h = [received(t, "smtp.%s" % dom, "203.0.113.%d" % (len(seed) * 7 % 250), bot_for(to, cc), "mx.example.net")] + h
    if mailer:
        h.append(("X-Mailer", mailer))
    h += list(extra)
    return envelope(h, body, mime_line)


def quote_block(style, frm, to, t, subject, text):
    fn, fe = who(frm)
    tos = "; ".join("%s <%s>" % who(x) for x in to)
    if style == "outlook":
        return ("\n\n发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n\n%s"
                % (fn, fe, t.year, t.month, t.day, t.hour, t.minute, tos, subject, text))
    if style == "iphone":
        return ("\n\n> 在 %d年%d月%d日，%d:%02d，%s <%s> 写道：\n>\n" % (t.year, t.month, t.day, t.hour, t.minute, fn, fe)
                + "".join("> %s\n" % l if l else ">\n" for l in text.rstrip("\n").split("\n")))
    if style == "gmail_en":
        return ("\n\nOn %s, %s %d, %d at %d:%02d %s %s <%s> wrote:\n\n" % (
            WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year, (t.hour - 1) % 12 + 1, t.minute,
            "AM" if t.hour < 12 else "PM", fn, fe)
            + "".join("> %s\n" % l if l else ">\n" for l in text.rstrip("\n").split("\n")))
    if style == "foxmail":
        return ("\n \n发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n%s" % (fn, t.strftime("%Y-%m-%d %H:%M"),
                                                                 "; ".join(who(x)[0] for x in to), subject, text))
    raise ValueError(style)


def recap_text(org, items, cutoff):
    lines = ["您好，以下待办已记录，请各负责人确认：", "", "序号 | 事项 | 负责人 | 截止时间"]
    for i, it in enumerate(items, 1):
        lines.append("%d | %s | %s | %s" % (i, it["task"], it["owner_name"] or "（未指定）",
                                            (it["due_date"] or "未定") + (" " + it["due_time"] if it["due_time"] else "")))
    lines += ["", "如有异议请于%s前回复本邮件。" % cutoff,
              "回复方式：确认 / 有异议+原因 / 第N项已完成 / 第N项进度80% / 第N项延期至X月X日", "", "—— " + bot(org)[0]]
    return "\n".join(lines)


def recap_en(org, items, cutoff):
    lines = ["Hello, the following action items were recorded. Please confirm:", "", "# | Task | Owner | Due"]
    for i, it in enumerate(items, 1):
        lines.append("%d | %s | %s | %s" % (i, it["task"], it["owner_name"] or "(none)", it["due_date"] or "TBD"))
    lines += ["", "Reply by %s if anything is wrong." % cutoff,
              "Commands: confirm / object + reason / item N done / item N 80% / extend item N to <date>", "",
              "-- " + bot(org)[0]]
    return "\n".join(lines)


def docx_bytes(paragraphs, table_rows):
    """A minimal .docx (WordprocessingML zip) written by hand."""
    def run(t):
        return '<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)
    body = "".join(run(p) for p in paragraphs[0])
    tbl = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for r in table_rows:
        tbl.append("<w:tr>" + "".join("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % run(c)
                                      for c in r) + "</w:tr>")
    tbl.append("</w:tbl>")
    body += "".join(tbl) + "".join(run(p) for p in paragraphs[1])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % body)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 11, 21, 9, 50, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


def attach(filename, data, ctype):
    enc = "=?utf-8?B?%s?=" % base64.b64encode(filename.encode()).decode()
    return leaf(ctype, data=data, cte="base64", params=[("name", enc)],
                headers=[("Content-Disposition", 'attachment; filename="%s"' % enc)])


# ================================================================ 郑州 豫冷冷链物流 (YL)
def c5201():
    t = T("2025-09-26 17:42:10")
    text = """各位同事：

    9月26日下午，公司召开节前安全生产及库容调度会，程总主持，仓储部、车队、客服部、质量部负责人参加。现将会议纪要如下：

一、会议内容
1. 国庆、中秋假期（10月1日至8日）预计冻品入库量较平日增加约35%，1号、3号库已接近满仓。
2. 上周客户投诉3起，均已回复客户，其中2起已赔付完毕。
3. 节日期间库区实行24小时双人值班，值班期间不得饮酒。

二、待办事项
1. 国庆期间冷库值班表——马俊峰，9月28日（周日）前发各部门
2. 3号、5号冷库制冷机组节前全面巡检并出具巡检记录——范晓雯，3个工作日内
3. 节日期间车辆调度预案（含双人押车安排）——牛志刚，明天中午12点前
4. 节日期间温控异常情况汇总——范晓雯，节后第一个工作日上午10点前报白经理
5. 客户投诉台账清零——侯佳，月底前

三、下次会议
节后第一个工作日（10月9日）下午2点，三楼会议室。

总经办
2025年9月26日"""
    g = [I("马俊峰", "国庆期间冷库值班表发各部门", "2025-09-28", ("abs", "2025-09-28", 6)),
         I("范晓雯", "3号、5号冷库制冷机组节前全面巡检并出具巡检记录", "2025-09-30", ("wd", 3)),
         I("牛志刚", "节日期间车辆调度预案（含双人押车安排）", "2025-09-27", ("plus", 1), "12:00"),
         I("范晓雯", "节日期间温控异常情况汇总报白经理", "2025-10-09", ("after_holiday",), "10:00"),
         I("侯佳", "客户投诉台账清零", "2025-09-30", ("monthend",))]
    msg = outlook("程国栋", ["马俊峰", "牛志刚", "侯佳", "白露", "范晓雯"], [bot("YL")],
                  "节前安全生产及库容调度会会议纪要（9月26日）", t, text, seed="5201")
    add("5201-yl-preholiday-outlook-gb2312", "minutes",
        "Ordinary numbered 待办 lines (Outlook gb2312 base64): 3个工作日内 over the 2025-09-28 make-up Sunday, 节后第一个工作日上午10点前, 明天中午12点前 (a Saturday), 月底前; facts and a rule above are not items",
        msg, t, "Sent Fri 2025-09-26 17:42. 9月28日（周日）= the 调休 make-up Sunday. 3个工作日内 counts 09-28 (make-up), 09-29, 09-30 -> 2025-09-30. 明天中午12点前 = Sat 09-27 12:00. 节后第一个工作日 after 10-01..10-08 = 10-09, 10:00. 月底前 = 09-30. Section 一 lines are facts/rules. Next meeting stated as 节后第一个工作日（10月9日）下午2点 -> 2025-10-09 14:00.",
        g, FU("2025-10-09", "14:00", ("after_holiday",)))
    return g


def c5202():
    t = T("2026-01-04 07:52:33")
    text = """今早车队早会 记几条

1 申师傅 豫A·3K7B2冷机报警那台车 今天下班前送修 修完拍照片发群里
2 小郝 明早9点前把郑州-武汉线上周的温度记录仪数据导出来给范工
3 新来的两个司机安全培训 周三前 我来安排
4 防冻液各车自己检查一遍

下周一早会照常 7:30 还是停车场

发自我的iPhone"""
    g = [I("申卫东", "冷机报警车辆送修，修完拍照发群里", "2026-01-04", ("plus", 0)),
         I("郝建伟", "导出郑州-武汉线上周温度记录仪数据给范工", "2026-01-05", ("plus", 1), "09:00"),
         I("牛志刚", "安排新来的两个司机安全培训", "2026-01-07", ("this", 2)),
         I(None, "防冻液各车自己检查一遍", flags=("no_owner", "no_due"))]
    msg = simple("牛志刚", [bot("YL")], ["申卫东", "郝建伟", "范晓雯"], "车队早会", t, text, cs="utf-8",
                 cte="quoted-printable", seed="5202", mailer="iPhone Mail (22C152)", mime_line="1.0 (1.0)",
                 ct_quote=False)
    add("5202-yl-driver-iphone-makeup-sunday", "minutes",
        "Dispatcher's phone minutes with no punctuation, sent on the 2026-01-04 make-up Sunday: 今天下班前, 明早9点前, 周三前, '我' = From, '各车自己' = no owner; '下周一' from a Sunday is tomorrow",
        msg, t, "Sent Sun 2026-01-04 07:52 (a 调休 working day). 今天下班前 -> 2026-01-04, no time. 明早9点前 -> 01-05 09:00. '我来安排' = the sender 牛志刚; 周三前 -> Wed 01-07. 小郝 = 郝建伟 (alias), 申师傅 = 申卫东. Item 4 belongs to every truck (各车), no person and no date -> no_owner + no_due. '下周一早会照常 7:30' from a Sunday: weeks start Monday, so 下周一 = 2026-01-05 07:30. Signature '发自我的iPhone' is not content.",
        g, FU("2026-01-05", "07:30", ("next", 0)))
    return g


def c5203():
    t = T("2025-07-15 16:21:05")
    text = """【钉钉AI听记】客户投诉复盘会

会议时间：2025-07-15 14:30-15:40
参会人：侯佳、马俊峰、白露、邱振、申卫东
记录：AI听记

■ 智能摘要
本次会议复盘了7月上旬的3起客户投诉（永辉郑东店冻品化冻、丹尼斯配送延误、胖东来温度超标）。马俊峰表示上周已完成库位调整，冻品出库等待时间缩短到20分钟以内。白露提出应尽快制定客户赔付标准。申卫东反映部分门店收货不及时导致车辆在门口等待超过1小时，需要和客户沟通收货时间窗口。会议决定：自7月21日起所有出库冻品必须拍摄温度计读数照片。

■ 章节速览
00:00:15 开场及投诉情况介绍
  侯佳介绍了三起投诉的经过，客户要求7月20日前给出书面答复。
00:12:40 仓储环节原因分析
  马俊峰认为化冻问题主要出在装车等待环节，已经整改。
00:27:03 运输环节原因分析
  申卫东建议门店收货窗口提前沟通，司机周五前统一培训一次。
00:41:52 系统改进
  邱振说WMS可以加一个出库拍照必填项。
00:58:30 赔付标准讨论

■ 待办事项
□ 侯佳：整理7月上旬3起投诉的原因分析报告，7月18日前发程总
□ 邱振：WMS增加出库温度拍照必填项，下周三前上线
□ 白露：起草客户赔付标准（草案），月底前

以上内容由AI生成，仅供参考"""
    g = [I("侯佳", "整理7月上旬3起投诉的原因分析报告发程总", "2025-07-18", ("abs", "2025-07-18")),
         I("邱振", "WMS增加出库温度拍照必填项并上线", "2025-07-23", ("next", 2)),
         I("白露", "起草客户赔付标准（草案）", "2025-07-31", ("monthend",))]
    msg = simple("侯佳", ["程国栋"], ["马俊峰", "白露", "邱振", bot("YL")], "客户投诉复盘会 - AI听记智能纪要", t,
                 text, html_lines(text), cs="utf-8", cte="base64", seed="5203", mailer="DingTalk Mail",
                 extra=[("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R131e4;CH=green;TC=0")])
    add("5203-yl-dingtalk-ai-minutes", "minutes",
        "DingTalk AI 听记 export: summary and timestamped chapters carry dates and requests (7月20日前, 周五前, 会议决定…自7月21日起) that are not items; only the 待办事项 □ lines count; '以上内容由AI生成' footer",
        msg, t, "Sent Tue 2025-07-15. Only the three 待办事项 lines are items: 7月18日前 -> 2025-07-18; 下周三前 -> Wed 2025-07-23; 月底前 -> 2025-07-31. The summary's '已完成库位调整' is done work, '会议决定：自7月21日起…' is a rule, the chapter lines (客户要求7月20日前…, 司机周五前统一培训) are AI paraphrases, not assigned items. No next meeting.",
        g, None)
    return g


def c5204():
    t = T("2026-02-13 18:05:47")
    text = """各位，下午群里讨论的几件事我整理一下，原样贴过来，纪要助手帮忙跟一下：

—————————— 豫冷仓储群 2026-02-13 ——————————
马俊峰 14:02
春节前最后一批冻品出库已经全部完成了，大家辛苦[抱拳]
范晓雯 14:05
2号库有个温度探头漂移，差不多0.8度，我节前换掉
马俊峰 14:06
@范晓雯 好，明天下班前换完，换完在系统里校准一下
牛志刚 14:10
[图片]
牛志刚 14:11
节后复工的车辆检查我来，节后第一个工作日弄完
侯佳 14:21
永辉那边的投诉回复函我已经发了
马俊峰 14:25
@侯佳 收到。另外节后三个工作日内把春节期间的客户异常单汇总给我
侯佳 14:26
[OK]
马俊峰 14:30
就这些，春节值班按上周发的表执行
————————————————————————————

马俊峰
豫冷冷链 仓储部"""
    g = [I("范晓雯", "更换2号库漂移的温度探头并在系统里校准", "2026-02-14", ("plus", 1)),
         I("牛志刚", "节后复工车辆检查", "2026-02-24", ("after_holiday",)),
         I("侯佳", "汇总春节期间的客户异常单给马俊峰", "2026-02-26", ("wd_after_holiday", 3))]
    html = html_lines(text)
    msg = simple("马俊峰", [bot("YL")], ["范晓雯", "牛志刚", "侯佳"], "仓储群节前讨论整理", t, text, html,
                 cs="gb18030", cte="base64", seed="5204", mailer="QQMail 2.x",
                 extra=[("X-QQ-mid", "xmsezb%s" % hx("5204q", 20)), ("X-QQ-SENDSIZE", "520")])
    add("5204-yl-wechat-group-paste-spring-festival", "minutes",
        "WeChat group chat pasted as minutes (QQ/Exmail gb18030): items are @-mentions inside chat lines; 明天 = the 2026-02-14 make-up Saturday; 节后第一个工作日 and 节后三个工作日内 across Spring Festival 02-15..02-23; status lines (已经全部完成, 已经发了) are not items",
        msg, t, "Sent Fri 2026-02-13 18:05. 范晓雯: '明天下班前换完' (马俊峰's instruction) -> Sat 2026-02-14, a 调休 working day. 牛志刚: 节后第一个工作日 -> 2026-02-24 (holiday 02-15..02-23). 侯佳: '节后三个工作日内' is counted from the end of the holiday: 02-24, 02-25, 02-26 -> 2026-02-26 (ambiguous: counting 3 working days from the send date would give 02-14, 02-24, 02-25; a careful assistant reads 节后 as the start). 出库已完成, 回复函已发 are done reports; 值班按表执行 is a rule. No next meeting.",
        g, None)
    return g


def c5205():
    t = T("2025-12-03 10:15:20")
    rows = [["序号", "优先级", "状态", "事项", "备注", "负责人", "计划完成"],
            ["1", "高", "进行中", "1号库除霜周期调整为6小时并连续3天验证", "夜班配合记录", "范晓雯", "12月5日"],
            ["2", "中", "已完成", "温度报警短信接收人名单更新", "—", "邱振", "12月1日"],
            ["3", "高", "未开始", "采购备用压缩机一台（询价不少于三家）", "预算5万以内", "马俊峰", "12月中旬"],
            ["4", "低", "未开始", "温控系统月报模板修改", "参考白经理意见", "范晓雯", "下周五"],
            ["5", "中", "进行中", "冷库门帘更换", "供应商待定", "仓储部", "月底"]]
    pre = "各位：\n12月第1周冷库温控专题会纪要如下。\n\n会议结论：\n1. 冬季除霜按新周期执行，库温波动超过±1℃立即报告。\n\n跟踪事项："
    post = "\n下次专题会：12月10日（周三）上午9:30，仓储部办公室。\n\n范晓雯\n仓储部 温控组"
    text = pre + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + post
    inner = "".join("<div>%s</div>" % (esc(l) or "<br>") for l in pre.split("\n")) + table_html(rows) + \
        "".join("<div>%s</div>" % (esc(l) or "<br>") for l in post.split("\n"))
    g = [I("范晓雯", "1号库除霜周期调整为6小时并连续3天验证", "2025-12-05", ("abs", "2025-12-05")),
         I("马俊峰", "采购备用压缩机一台（询价不少于三家）", flags=("vague_due",)),
         I("范晓雯", "温控系统月报模板修改", "2025-12-12", ("next", 4)),
         I(None, "冷库门帘更换", "2025-12-31", ("monthend",), flags=("no_owner",), dept="仓储部")]
    msg = simple("范晓雯", ["马俊峰", "邱振", "白露"], [bot("YL")], "12月第1周冷库温控专题会纪要", t, text, inner,
                 cs="UTF-8", cte="base64", seed="5205", mailer="Coremail Webmail Server Version XT5.0.14 build 20240815(9b9e2c5e)")
    add("5205-yl-table-extra-columns-coremail", "minutes",
        "Coremail HTML table whose columns are 序号|优先级|状态|事项|备注|负责人|计划完成 (owner and date at the end, 备注 between): 已完成 row skipped, 12月中旬 vague, department-only owner, 下周五",
        msg, t, "Sent Wed 2025-12-03. Row 2 状态 已完成 -> not an item. Row 3 '12月中旬' -> null + vague_due (corpus convention for 中旬). Row 4 下周五 -> 2025-12-12. Row 5 owner 仓储部 (department) -> no_owner, department 仓储部, 月底 -> 2025-12-31. 备注 text (预算5万以内, 供应商待定) is not part of the task and 供应商待定 does not make the date vague. The 会议结论 line is a rule. Next: 12月10日（周三）上午9:30.",
        g, FU("2025-12-10", "09:30", ("abs", "2025-12-10", 2)))
    return g


def c5206():
    t = T("2026-05-08 16:48:02")
    text = "今天下午三点的会定了三件事：老马明天下班前把二季度库位租赁报价发我，牛队下周一之前排出端午高峰的加班车次，侯佳月底前回访上个月投诉的六家客户。下周同一时间再碰一次。\n\n程\n"
    g = [I("马俊峰", "二季度库位租赁报价发程总", "2026-05-09", ("plus", 1)),
         I("牛志刚", "排出端午高峰的加班车次", "2026-05-11", ("next", 0)),
         I("侯佳", "回访上个月投诉的六家客户", "2026-05-31", ("monthend",))]
    msg = simple("程国栋", ["马俊峰", "牛志刚", "侯佳"], [bot("YL")], "今天的会", t, text, cs="utf-8",
                 cte="quoted-printable", seed="5206", mailer=None, mime_line="1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
                 ct_quote=False)
    add("5206-yl-one-line-boss-apple-mail", "minutes",
        "A busy general manager's one-paragraph minutes (Apple Mail QP): three items in one sentence with nicknames (老马, 牛队); 明天 = the 2026-05-09 make-up Saturday; '下周同一时间' follow-up with the time taken from '今天下午三点的会'",
        msg, t, "Sent Fri 2026-05-08 16:48. 老马 = 马俊峰: 明天下班前 -> Sat 2026-05-09 (a 调休 working day). 牛队 = 牛志刚: 下周一之前 -> 2026-05-11. 侯佳: 月底前 -> 2026-05-31. '下周同一时间再碰一次' with the meeting '今天下午三点' -> next week's Friday 2026-05-15 15:00.",
        g, FU("2026-05-15", "15:00", ("next", 4)))
    return g


def c5207():
    t = T("2025-03-14 17:20:41")
    old_t = T("2025-03-07 16:55:00")
    old = """质量周例会纪要（3月第1周）

待办：
1、冷藏车温度探头校准——白露，3月10日前
2、WMS温度报表导出功能——邱振，3月12日前
3、客户投诉回访——侯佳，本周五前

下次例会：3月14日（周五）16:00"""
    new = """各位：

本周质量例会纪要直接回在这个邮件里了，方便对照上周的。

上周事项：1、2已完成，3还差两家，并入本周第3条。

本周待办：
1、出库温度抽检记录表改版——白露，下周三
2、冷链车厢消毒频次核查——牛志刚（主责）/申卫东（配合），3月21日前
3、客户投诉超时未闭环的2单——侯佳，尽快

下周五同一时间（16:00）继续。

白露
质量部"""
    text = new + quote_block("outlook", "白露", ["牛志刚", "侯佳", "邱振"], old_t, "质量周例会纪要（3月第1周）", old)
    g = [I("白露", "出库温度抽检记录表改版", "2025-03-19", ("next", 2)),
         I("牛志刚", "冷链车厢消毒频次核查", "2025-03-21", ("abs", "2025-03-21")),
         I("侯佳", "客户投诉超时未闭环的2单闭环", flags=("vague_due",))]
    msg = outlook("白露", ["牛志刚", "侯佳", "邱振"], ["申卫东", bot("YL")], "RE: 质量周例会纪要（3月第1周）", t, text,
                  cs="gb2312", cte="quoted-printable", seed="5207", irt="<000001dc%s$@yuleng-cc.example.cn>" % hx("old5207", 8),
                  refs="<000001dc%s$@yuleng-cc.example.cn>" % hx("old5207", 8))
    add("5207-yl-new-minutes-as-re-in-old-thread", "minutes",
        "This week's minutes posted as 'RE:' in last week's thread (Outlook gb2312 QP): the quoted old minutes (with their own dates and next meeting) are not items; 主责/配合 in one line; 下周三 bare weekday vs 下周五同一时间",
        msg, t, "Sent Fri 2025-03-14. Only the three 本周待办 lines are items; the quoted 3月第1周 minutes below the Outlook 发件人/发送时间 block are history. Item 1 '下周三' (no 前): 2025-03-19 by the 下周X rule. Item 2 主责 牛志刚 (配合 申卫东 is not the owner) 3月21日前 -> 2025-03-21. Item 3 尽快 -> vague_due. '上周事项：1、2已完成' is status. Next: '下周五同一时间（16:00）' -> 2025-03-21 16:00 (the quoted 'next meeting 3月14日' must not be used).",
        g, FU("2025-03-21", "16:00", ("next", 4)))
    return g


def c5208():
    t = T("2025-11-28 09:10:12")
    qt = T("2025-11-27 18:32:00")
    fwd = """纪要助手：鲜丰那边发来的纪要，转过来跟踪一下，我们这边的事和客户那边的都记上。
另外第4条，客户昨晚电话说可以缓一周，按12月12日算。

马俊峰"""
    orig = """鲜丰超市 × 豫冷冷链 11月服务对接会纪要

时间：11月27日 14:00  地点：鲜丰物流中心
一、双方确认12月起执行新的配送时刻表。
二、待办：
1. 豫冷：12月1日（周一）前提供11月温度曲线汇总表（负责：马俊峰）
2. 豫冷：郑州—洛阳线增加一趟早班车，12月5日前给出方案（负责：牛志刚）
3. 鲜丰：提供各门店收货时间窗口表（负责：何志平，12月3日前）
4. 豫冷：11月赔付争议单据复核（负责：侯佳，12月5日前）

鲜丰超市物流部 何志平"""
    text = fwd + "\n\n-------- 转发邮件信息 --------\n发件人：\"何志平\" <%s>\n发送日期：2025-11-27 18:32\n收件人：\"马俊峰\" <%s>\n主题：鲜丰-豫冷 11月服务对接会纪要\n\n%s" % (
        EXT["何志平"], P["马俊峰"]["email"], orig)
    g = [I("马俊峰", "提供11月温度曲线汇总表", "2025-12-01", ("abs", "2025-12-01", 0)),
         I("牛志刚", "郑州—洛阳线增加一趟早班车的方案", "2025-12-05", ("abs", "2025-12-05")),
         I("何志平", "提供各门店收货时间窗口表", "2025-12-03", ("abs", "2025-12-03")),
         I("侯佳", "11月赔付争议单据复核", "2025-12-12", ("abs", "2025-12-12"))]
    msg = simple("马俊峰", [bot("YL")], ["牛志刚", "侯佳", "何志平"], "转发：鲜丰-豫冷 11月服务对接会纪要", t, text,
                 html_lines(text), cs="GBK", cte="base64", seed="5208", mailer="Foxmail 7.2.25.375[cn]")
    add("5208-yl-forwarded-customer-minutes-foxmail", "minutes",
        "Foxmail GBK forward of a customer's minutes with the forwarder's preface that moves item 4 by a week; customer-side owner resolved from Cc; 'Decisions' line not an item",
        msg, t, "Sent Fri 2025-11-28. The items are below the '转发邮件信息' header block (forwarded minutes are the content). 何志平 (customer) is in Cc -> his address, department null. Item 4: the minutes say 12月5日前 but the forwarder's preface says the customer agreed to 12月12日 -> gold 2025-12-12 (a careful assistant applies the organiser's correction; a parser that keeps 12-05 is wrong on the date only). '双方确认12月起执行新的配送时刻表' is a decision. No next meeting.",
        g, None)
    return g


# ================================================================ 北京 京华建筑设计研究院 (JH)
def c5209():
    t = T("2025-04-30 18:20:00")
    text = """京华设计院院务会会议纪要
〔2025〕第8期

    2025年4月30日上午，宋立新院长主持召开院务会，院领导班子成员及各部门负责人参加。会议听取了一季度经营情况汇报，研究了施工图审查问题整改、办公用房调整等事项。现纪要如下：

    一、关于一季度经营情况。会议听取了经营部汇报，一季度新签合同额1.86亿元，同比增长12%。会议要求各所继续做好回款工作。

    二、关于施工图审查问题整改。会议指出，近期外审意见中重复性问题较多，暴露出校审环节流于形式。会议要求：一是技术质量部牵头，各设计所配合，对近三个月审查意见逐条销号，形成整改台账，5月16日前报院办（邵敏负责）；二是结构所于节后五个工作日内完成大兴项目超限审查补充计算（储文涛负责）；三是各所严格执行三级校审制度，未经审定不得出图。

    三、关于办公用房调整。会议同意将建筑一所迁至五层。院办公室牵头，于5月底前完成搬迁方案（乔瑞负责）。

    四、关于党风廉政建设。会议强调，节日期间要严格落实中央八项规定精神，坚决防止“四风”问题反弹。

    下次院务会定于5月14日（星期三）
上午9:00召开，地点：院三楼第一会议室。

院办公室
2025年4月30日"""
    g = [I("邵敏", "对近三个月审查意见逐条销号，形成整改台账报院办", "2025-05-16", ("abs", "2025-05-16")),
         I("储文涛", "完成大兴项目超限审查补充计算", "2025-05-12", ("wd_after_holiday", 5)),
         I("乔瑞", "完成建筑一所搬迁方案", "2025-05-31", ("abs", "2025-05-31"))]
    msg = outlook("乔瑞", ["宋立新", "邵敏", "储文涛", "苗志远", "蔺海", "温婧"], [bot("JH")],
                  "院务会会议纪要〔2025〕第8期", t, text, seed="5209")
    add("5209-jh-yuanwuhui-yishi-ershi", "minutes",
        "SOE 院务会纪要 in prose: items inside '一是…二是…三是…' with (X负责) after the deadline, 牵头/配合 departments, a rule as 三是, 会议强调 not an item; 节后五个工作日内 across May Day; next meeting date on one line and time on the next",
        msg, t, "Sent Wed 2025-04-30 (holiday 05-01..05-05; 04-27 was the make-up day). 一是 -> 邵敏 (技术质量部牵头) 5月16日前 -> 2025-05-16. 二是 -> 储文涛, 节后五个工作日内: first working day after the holiday 05-06, so 05-06,07,08,09,12 -> 2025-05-12. 三是 is a rule. 三、-> 乔瑞 5月底前 -> 2025-05-31. 会议要求各所继续做好回款工作 is a general exhortation (no owner, no deliverable) and 会议强调 is policy: not items. Next: '5月14日（星期三）' + next line '上午9:00' -> 2025-05-14 09:00.",
        g, FU("2025-05-14", "09:00", ("abs", "2025-05-14", 2)))
    return g


def c5210():
    t = T("2026-03-10 09:30:00")
    rows = [["序号", "督办事项", "牵头部门（责任人）", "配合部门", "完成时限", "办理情况"],
            ["1", "编制2026年度BIM正向设计推广方案", "技术质量部（邵敏）", "建筑一所、结构所", "3月31日", ""],
            ["2", "完成雄安片区投标文件商务部分", "经营部（蔺海）", "院办公室", "2026年3月13日（周五）17:00前", ""],
            ["3", "修订《院出图章管理办法》", "院办公室", "党群工作部", "4月3日前", ""],
            ["4", "组织全院消防安全培训", "党群工作部（温婧）", "各所", "3月6日", "已办结"],
            ["5", "丰台项目图纸联合复核：\n①核对图纸目录\n②出具复核意见", "结构所（储文涛）牵头\n建筑一所（苗志远）配合", "",
             "①3月13日前\n②3月20日前", ""]]
    pre = "各部门：\n\n根据3月9日院务会议定事项，现下发督办单如下，请各牵头部门按时限办理，并于完成后书面反馈院办公室。\n\n院务会议定事项督办单（2026年第3号）"
    post = "\n督办要求：逾期未办结的事项，院办将在下次院务会上通报。\n\n院办公室  乔瑞\n联系电话：010-6xxx 2201"
    text = pre + "\n" + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows) + "\n" + post
    inner = html_lines(pre, "outlook") + table_html(rows, True) + html_lines(post, "outlook")
    g = [I("邵敏", "编制2026年度BIM正向设计推广方案", "2026-03-31", ("abs", "2026-03-31")),
         I("蔺海", "完成雄安片区投标文件商务部分", "2026-03-13", ("abs", "2026-03-13", 4), "17:00"),
         I(None, "修订《院出图章管理办法》", "2026-04-03", ("abs", "2026-04-03"), flags=("no_owner",), dept="院办公室"),
         I("储文涛", "丰台项目图纸联合复核：核对图纸目录", "2026-03-13", ("abs", "2026-03-13")),
         I("储文涛", "丰台项目图纸联合复核：出具复核意见", "2026-03-20", ("abs", "2026-03-20"))]
    msg = outlook("乔瑞", ["邵敏", "蔺海", "储文涛", "苗志远", "温婧"], [bot("JH"), "宋立新"],
                  "【督办单】院务会议定事项督办单（2026年第3号）", t, text, inner, seed="5210")
    add("5210-jh-duban-table-subtasks", "minutes",
        "督办单 table (Outlook gb2312): 牵头部门（责任人） cell gives the owner in brackets, a department-only row, an 已办结 row, one cell with ①② sub-tasks and ①② deadlines, 牵头/配合 in one cell",
        msg, t, "Sent Tue 2026-03-10. Owner = the person in brackets of 牵头部门; 配合部门 are not owners. Row 3 has only 院办公室 -> no_owner, department 院办公室, 4月3日前 -> 2026-04-03. Row 4 办理情况 已办结 -> not an item. Row 5 splits into two items (①核对图纸目录 3月13日, ②出具复核意见 3月20日), both owned by the lead 储文涛 (苗志远 配合). '2026年3月13日（周五）17:00前' -> 2026-03-13 17:00. No next meeting.",
        g, None)
    return g


def c5211():
    t = T("2026-04-03 16:05:00")
    text = """中共北京京华建筑设计研究院有限公司委员会
会议纪要
党委会〔2026〕5号

2026年4月2日，院党委书记宋立新主持召开党委会。会议传达学习了上级有关会议精神，研究了2026年党建工作要点等事项。纪要如下：

（一）传达学习上级会议精神。会议强调，全院党员干部要切实提高政治站位，把学习成果转化为推动设计质量提升的实际行动。

（二）关于2026年党建工作要点。会议原则通过《2026年党建工作要点》，请党群工作部根据会议意见修改完善后印发。
责任单位：党群工作部（温婧）    完成时限：4月10日前

（三）关于青年设计师培养计划。会议同意实施“青蓝工程”，由院办公室牵头、人力资源部配合制定具体方案。
责任单位：院办公室、人力资源部    完成时限：2026年二季度

（四）关于清明节期间廉洁提醒。会议要求节日期间严守纪律。
责任单位：纪检监察室（甘工）    完成时限：节后第一个工作日前报送节日期间执行情况

（五）会议决定，免去……（略）

党群工作部
2026年4月3日"""
    g = [I("温婧", "修改完善并印发《2026年党建工作要点》", "2026-04-10", ("abs", "2026-04-10")),
         I(None, "制定“青蓝工程”青年设计师培养具体方案", "2026-06-30", ("quarterend", 2), flags=("no_owner",), dept="院办公室"),
         I("甘露", "报送清明节期间廉洁纪律执行情况", "2026-04-07", ("after_holiday",))]
    body_html = html_lines(text)
    msg = simple("温婧", ["宋立新", "乔瑞"], [("甘露", EXT["甘露"]), bot("JH")], "党委会会议纪要〔2026〕5号", t, text, body_html,
                 cs="GBK", cte="base64", seed="5211", mailer="Coremail Webmail Server Version XT5.0.14 build 20230606(0d42fd5f)")
    add("5211-jh-dangweihui-zerendanwei-qingming", "minutes",
        "党委会纪要 （一）（二） with '责任单位：… 完成时限：…' lines: 会议强调/决定 not items, two departments as 责任单位, 2026年二季度, 甘工 known only from Cc (not in roster), 节后第一个工作日 over Qingming",
        msg, t, "Sent Fri 2026-04-03 (Qingming holiday 04-04..04-06). （一） and （五） are not items. （二） 温婧 4月10日前 -> 2026-04-10. （三） 责任单位 is two departments and no person -> no_owner, department = the lead 院办公室; '2026年二季度' read as the quarter end 2026-06-30 (period-end rule; a scorer may accept vague_due here, see README). （四） 甘工 = 甘露 in Cc (ganlu@, not in the roster) -> department null; 节后第一个工作日 -> 2026-04-07. No next meeting.",
        g, None)
    return g


def c5212():
    t = T("2025-12-15 11:40:00")
    text = """各位：

今天上午朝阳区实验学校项目施工图审查意见协调会纪要如下，
请相关同志抓紧落实。

1. 建筑专业：防火分区图重新标注，疏散宽度计算书补充
   （葛晨阳负责，苗所审核；
   12月19日前返回审图公司）
2. 结构专业：（1）地下室抗浮验算补充；（2）屋面钢结构
   节点详图补全。以上由汪工负责，完成时限（含所内
   校审）：本周五前
3. 给排水、电气意见由机电所自行回复（时间待审图公司
   反馈后再定）
4. 审图合格后3个工作日内全套图纸重新盖章出图（邵敏）

下周一（12月22日）下午再对一次，时间14:30，地点二层小会议室。

邵敏
技术质量部"""
    g = [I("葛晨阳", "防火分区图重新标注，疏散宽度计算书补充，返回审图公司", "2025-12-19", ("abs", "2025-12-19")),
         I("汪涛", "地下室抗浮验算补充", "2025-12-19", ("this", 4)),
         I("汪涛", "屋面钢结构节点详图补全", "2025-12-19", ("this", 4)),
         I(None, "给排水、电气审查意见回复", flags=("no_owner", "vague_due"), dept="机电所"),
         I("邵敏", "全套图纸重新盖章出图", flags=("no_due",))]
    msg = simple("邵敏", ["葛晨阳", "汪涛", "苗志远"], ["储文涛", bot("JH")], "朝阳实验学校项目审图意见协调会纪要", t, text,
                 html_lines(text), cs="GBK", cte="base64", seed="5212", mailer="Foxmail 7.2.25.331[cn]")
    add("5212-jh-wrapped-lines-nested-brackets", "minutes",
        "Items wrapped over 2-3 lines with the deadline on a continuation line and inside nested brackets, (1)(2) sub-numbering inside one item, 汪工 alias, a conditional deadline (审图合格后3个工作日内) and '时间待…再定'; next meeting date with its time in a later clause",
        msg, t, "Sent Mon 2025-12-15. Item 1: owner 葛晨阳 (苗所 only reviews), 12月19日前 on the third line -> 2025-12-19. Item 2 splits into (1) and (2), both 汪工 = 汪涛, '本周五前' after the wrapped bracket -> 2025-12-19. Item 3: department 机电所 (ours, not in the roster) -> no_owner, '时间待审图公司反馈后再定' -> vague_due. Item 4: 3个工作日内 counts from an unknown future event -> due null, no_due (like the dev corpus's conditional items). Next: '下周一（12月22日）下午…时间14:30' -> 2025-12-22 14:30.",
        g, FU("2025-12-22", "14:30", ("next", 0)))
    return g


def c5213():
    t = T("2026-06-22 08:47:00")
    text = """所务会（6月22日）纪要——按人列一下，各自认领：

【储总】
· 审核丰台项目结构计算书（6月26日前）
· 准备集团技术委员会汇报PPT（6/29前）——这条是我自己的，也记上

【汪涛】
· 大兴项目超限补充计算修改意见落实：本周四
· 带新人熟悉PKPM建模（长期）

【小葛（建筑一所借调）】
· 配合出建筑条件图，6月24日

本周端午调休后第一周，大家注意进度。

储文涛"""
    g = [I("储文涛", "审核丰台项目结构计算书", "2026-06-26", ("abs", "2026-06-26")),
         I("储文涛", "准备集团技术委员会汇报PPT", "2026-06-29", ("abs", "2026-06-29")),
         I("汪涛", "大兴项目超限补充计算修改意见落实", "2026-06-25", ("this", 3)),
         I("汪涛", "带新人熟悉PKPM建模", flags=("no_due",)),
         I("葛晨阳", "配合出建筑条件图", "2026-06-24", ("abs", "2026-06-24"))]
    msg = outlook("储文涛", ["汪涛", "葛晨阳"], ["苗志远", bot("JH")], "所务会纪要 6.22", t, text, cs="utf-8",
                  cte="base64", seed="5213")
    add("5213-jh-person-headings", "minutes",
        "Minutes grouped by person headings (【储总】/【汪涛】/【小葛（…借调）】) with bullet tasks under each; the writer refers to himself as 储总 in a heading; 6/29前, 本周四, 长期 (no date)",
        msg, t, "Sent Mon 2026-06-22 (after the Dragon Boat holiday 06-19..06-21). Each bullet belongs to the heading above it. 储总 = 储文涛 (the sender): 6月26日前 -> 2026-06-26, 6/29前 -> 2026-06-29. 汪涛: 本周四 -> 2026-06-25; '长期' is no deadline -> no_due. 小葛 = 葛晨阳: 6月24日 -> 2026-06-24. No next meeting.",
        g, None)
    return g


def c5214():
    t = T("2025-11-21 10:05:00")
    text = """各位领导、同事：

附件为11月20日丰台科创园项目方案专家评审会会议纪要（院办已盖章扫描件另行归档），请各责任人按纪要时限落实。

纪要助手已抄送，后续由其提醒。

院办公室 乔瑞"""
    paras = (["丰台科创园项目方案专家评审会会议纪要", "2025年11月20日下午，院在二层报告厅组织召开丰台科创园项目方案专家评审会。"
              "专家组听取了设计汇报，经质询讨论，原则同意该方案通过评审。", "会后工作安排如下："],
             ["下次评审暂定12月中旬，具体时间另行通知。", "京华设计院院办公室"])
    rows = [["序号", "工作内容", "责任人", "完成时限"],
            ["1", "按专家意见优化总平面布局及竖向设计", "苗志远", "2025年11月28日"],
            ["2", "补充结构选型比选（框架-剪力墙与钢框架）", "储文涛", "12月5日"],
            ["3", "形成专家意见回复报告", "邵敏", "12月10日前"]]
    att = attach("丰台科创园方案评审会纪要.docx", docx_bytes(paras, rows),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    g = [I("苗志远", "按专家意见优化总平面布局及竖向设计", "2025-11-28", ("abs", "2025-11-28")),
         I("储文涛", "补充结构选型比选（框架-剪力墙与钢框架）", "2025-12-05", ("abs", "2025-12-05")),
         I("邵敏", "形成专家意见回复报告", "2025-12-10", ("abs", "2025-12-10"))]
    msg = outlook("乔瑞", ["苗志远", "储文涛", "邵敏"], [bot("JH"), "宋立新"], "丰台科创园方案专家评审会会议纪要", t, text,
                  seed="5214", attachments=[att])
    add("5214-jh-minutes-in-docx-attachment", "minutes",
        "Minutes only in a .docx attachment (raw WordprocessingML, table 序号|工作内容|责任人|完成时限); the mail body is a cover note; '下次评审暂定12月中旬' -> no follow-up",
        msg, t, "Sent Fri 2025-11-21. The body has no items; the three items are in the attached .docx table: 2025年11月28日, 12月5日, 12月10日前. '下次评审暂定12月中旬，具体时间另行通知' is vague -> next_followup null. A parser that ignores attachments gets zero items here (kind is still minutes: the subject and body say so).",
        g, None)
    return g


def c5215():
    t = T("2027-03-09 17:30:00")
    text = """技术质量部 3月质量月报会 纪要

时间：2027年3月9日（周二）15:00-16:30
地点：院三楼第二会议室
参加：邵敏、苗志远、储文涛、蔺海、葛晨阳

一、2月出图质量情况
2月共出图412张，外审一次通过率91.3%，较1月提高2.1个百分点。

二、待办事项
| 序号 | 事项 | 负责人 | 完成时间 |
| 1 | 修订《施工图校审要点（建筑专业）》 | 苗志远 | 3月12日（周五） |
| 2 | 结构专业常见问题清单更新并组织宣贯 | 储文涛 | 下周三 |
| 3 | 一季度质量分析报告 | 邵敏 | 3月底 |
| 4 | 外审费用结算与审图公司对账 | 蔺海 | 尽快 |

三、下次月报会
4月13日（周二）14:00

技术质量部"""
    g = [I("苗志远", "修订《施工图校审要点（建筑专业）》", "2027-03-12", ("abs", "2027-03-12", 4)),
         I("储文涛", "结构专业常见问题清单更新并组织宣贯", "2027-03-17", ("next", 2)),
         I("邵敏", "一季度质量分析报告", "2027-03-31", ("monthend",)),
         I("蔺海", "外审费用结算与审图公司对账", flags=("vague_due",))]
    msg = simple("邵敏", ["苗志远", "储文涛", "蔺海", "葛晨阳"], [bot("JH")], "3月质量月报会纪要", t, text, cs="UTF-8",
                 cte="base64", seed="5215", mailer="Coremail Webmail Server Version XT5.0.14 build 20260310(5d1c1a2b)")
    add("5215-jh-2027-ordinary-pipe-table", "minutes",
        "Ordinary 2027 minutes with a pipe-delimited 待办 table in plain text (Coremail): 3月12日（周五）, 下周三, 3月底, 尽快; 2027 phrases chosen so that no holiday calendar is needed",
        msg, t, "Sent Tue 2027-03-09. chinesecalendar has no 2027 data, so this case uses calendar-free phrases only. 3月12日（周五） -> 2027-03-12 (a Friday). 下周三 -> 2027-03-17. 3月底 -> 2027-03-31. 尽快 -> vague_due. Section 一 is a fact. Next: 4月13日（周二）14:00 -> 2027-04-13 14:00.",
        g, FU("2027-04-13", "14:00", ("abs", "2027-04-13", 1)))
    return g


def c5216():
    t = T("2025-08-18 18:02:00")
    text = """经营部周例会纪要（8月18日）

接上周编号：

项目A：雄安容东片区学校EPC投标（8月25日开标）
5. 核对投标文件盖章页 —— 蔺海，周三前
6. 联系业主确认答疑截止时间 —— 蔺海，今天

项目B：通州副中心配套住宅设计投标
7. 核对投标文件盖章页 —— 葛晨阳，周四前
8. 近三年类似项目业绩证明扫描件 —— 经营部，8月22日

上周第3、4项已完成。

蔺海"""
    g = [I("蔺海", "核对投标文件盖章页", "2025-08-20", ("this", 2)),
         I("蔺海", "联系业主确认答疑截止时间", "2025-08-18", ("plus", 0)),
         I("葛晨阳", "核对投标文件盖章页", "2025-08-21", ("this", 3)),
         I(None, "近三年类似项目业绩证明扫描件", "2025-08-22", ("abs", "2025-08-22"), flags=("no_owner",), dept="经营部")]
    msg = outlook("蔺海", ["葛晨阳", "乔瑞"], [bot("JH")], "经营部周例会纪要（8月18日）", t, text, cs="gb2312",
                  cte="quoted-printable", seed="5216")
    add("5216-jh-same-task-twice-own-numbering", "minutes",
        "Two items with the identical task text (核对投标文件盖章页) for two projects and two owners; the minutes continue last week's numbering (5-8); project headings carry an 开标 date that is not a deadline",
        msg, t, "Sent Mon 2025-08-18. Both '核对投标文件盖章页' lines are separate items (different projects/owners): 蔺海 周三前 -> 2025-08-20; 葛晨阳 周四前 -> 2025-08-21. 今天 -> 2025-08-18. Item 8 owner 经营部 -> no_owner, department 经营部, 8月22日. The heading '8月25日开标' is project info, not an item. The minutes' own numbers are 5-8 (a recap may renumber 1-4). '上周第3、4项已完成' is status.",
        g, None)
    return g


# ================================================================ 佛山 瑞陶陶瓷进出口 (RT)
def c5217():
    t = T("2026-03-10 08:30:14", -6)
    text = """Hi team,

Here are my notes from today's call with Azulejos del Norte (Monterrey). Sorry for my English, I write fast :)

Attendees: Sr. Javier Treviño (buyer), Carmen, Jason, Mabel, me

Summary
- The buyer is happy with the quality of the last container, only 2 boxes broken.
- They want to add the 60x120 polished porcelain to the next order (approx. 1,800 m2).
- Decision: price stays in USD, FOB Foshan, payment 30% deposit / 70% against BL copy.

Action items
- Jason: send the revised price list for the 60x120 polished porcelain by 3/20
- Mabel to prepare the proforma invoice + certificate of origin draft, EOD Friday
- Carmen will confirm the container loading date with the factory ASAP
- Me (Lucía): share the showroom photos with the buyer by Thursday

Next call: Wednesday March 18, 9:00 am Mexico City time.

Saludos,
Lucía Fernández
Azulejos del Norte | Agente comercial"""
    h = html_lines(text).replace("<div>", '<div dir="ltr">')
    g = [I("冼志豪", "send the revised price list for the 60x120 polished porcelain", "2026-03-20", ("abs", "2026-03-20")),
         I("邝美玲", "prepare the proforma invoice + certificate of origin draft", "2026-03-13", ("this", 4)),
         I("区嘉敏", "confirm the container loading date with the factory", flags=("vague_due",)),
         I("Lucía Fernández", "share the showroom photos with the buyer", "2026-03-12", ("this", 3))]
    msg = simple("Lucía Fernández", ["区嘉敏", "冼志豪", "邝美玲"], [bot("RT")], "Minutes - call with Azulejos del Norte 10/03",
                 t, text, h, cs="UTF-8", cte="quoted-printable", seed="5217", hdr_mode="Q", boundary="000000000000" + hx("5217", 16),
                 msgid="<CAF%s@mail.gmail.com>" % hx("5217g", 30))
    add("5217-rt-spanish-agent-english-gmail", "minutes",
        "English minutes from a Mexican agent (Gmail, UTF-8 QP, Date -0600): 'Name: … by 3/20', 'X to … EOD Friday', 'will … ASAP', 'Me (Lucía): … by Thursday'; Spanish sign-off; next call in Mexico City time",
        msg, t, "Date Tue 2026-03-10 08:30 -0600 = 22:30 the same day in Shanghai. Owners via roster aliases (Jason, Mabel, Carmen); 'Me (Lucía)' = the sender, external -> her address, department null. by 3/20 -> 2026-03-20; EOD Friday -> 2026-03-13; by Thursday -> 2026-03-12; ASAP -> vague_due. Summary lines and 'Decision:' are not items. Next call Wed 2026-03-18 09:00 Mexico City (UTC-6, no DST since 2022) = 2026-03-18 23:00 Asia/Shanghai (gold in Shanghai time; the date is the same either way).",
        g, FU("2026-03-18", "23:00", ("abs", "2026-03-18", 2)))
    return g


def c5218():
    t = T("2025-12-11 13:05:40", 4)
    text = """Dear Carmen, Dear Jason,

Greetings from Dubai. Thank you for your kind visit to our stand at Big 5 Global, it was a pleasure.

Please find below the MOM of our meeting on 9th December:

1. Market feedback: marble-look big slabs are very much demanded by the contractors in Dubai and Sharjah. Price is little bit high compare to Indian supplier.
2. Kindly note the decision: all prices to be quoted in USD FOB Foshan, validity 30 days.

ACTION ITEM (Jason): Send samples of marble-look slabs 80x160 (Calacatta and Statuario) to our Sharjah warehouse, kindly before 20th December.
ACTION ITEM (Omar): Share the list of 3 contractors who are interested, inshallah by Sunday.
ACTION ITEM (Carmen/Kevin): Update the catalogue with Arabic version.

We will meet again on Monday 22nd Dec, 11 AM UAE time, on Teams.

Best regards,
Omar Haddad
Managing Partner
Haddad Trading LLC, Dubai, UAE"""
    g = [I("冼志豪", "Send samples of marble-look slabs 80x160 (Calacatta and Statuario) to the Sharjah warehouse", "2025-12-20", ("abs", "2025-12-20")),
         I("Omar Haddad", "Share the list of 3 contractors who are interested", "2025-12-14", ("this", 6)),
         I("区嘉敏", "Update the catalogue with Arabic version", flags=("no_due",))]
    msg = outlook("Omar Haddad", [("Carmen Au", P["区嘉敏"]["email"]), ("Jason Sin", P["冼志豪"]["email"])],
                  [("Kevin Luk", P["陆永康"]["email"]), bot("RT")], "MOM - Big 5 meeting follow up", t, text,
                  cs="windows-1252", cte="quoted-printable", seed="5218", lang="en-US")
    add("5218-rt-arabic-agent-action-item-caps", "minutes",
        "English MOM from a UAE agent (Outlook, windows-1252 QP, +0400): 'ACTION ITEM (Name):' lines, 'kindly before 20th December', 'inshallah by Sunday', two owners 'Carmen/Kevin'; next meeting in UAE time",
        msg, t, "Date Thu 2025-12-11 13:05 +0400 = 17:05 Shanghai. Jason -> 冼志豪, 'before 20th December' -> 2025-12-20. Omar = the sender (external, From address): 'by Sunday' -> Sun 2025-12-14. 'Carmen/Kevin' -> the first named, 区嘉敏 (陆永康 shares it; ambiguous), no deadline -> no_due. Numbered points 1-2 are feedback and a decision. Next: Monday 22nd Dec 11 AM UAE (UTC+4) = 2025-12-22 15:00 Asia/Shanghai.",
        g, FU("2025-12-22", "15:00", ("abs", "2025-12-22", 0)))
    return g


def c5219():
    t = T("2025-10-10 18:40:00")
    text = """Hi all,

本周外贸部 weekly 纪要，按 topic 列：

[Topic 1] 智利 CeramicaSur 补单
Owner: Jason Sin
Due: 下周三
Action: 跟工厂确认第二柜排产，回复 Diego 交期

[Topic 2] 广交会（第138届二期）展位布置
Owner: Kevin / 阿康
Due: 10月14日
Action: 样板墙效果图终稿给谭总确认

[Topic 3] 中东 LC 条款
Owner: Mabel
Due: 明天（周六上班）
Action: 审核 Omar 客户的 LC 草稿，列出不符点

[Topic 4] 巴西新客户开发
Owner: TBD
Due: ASAP
Action: 找一个葡语翻译，先把产品目录翻出来

FYI: 9月出口额 USD 1.23M，环比 +8%。

Carmen"""
    g = [I("冼志豪", "跟工厂确认第二柜排产，回复 Diego 交期", "2025-10-15", ("next", 2)),
         I("陆永康", "样板墙效果图终稿给谭总确认", "2025-10-14", ("abs", "2025-10-14")),
         I("邝美玲", "审核 Omar 客户的 LC 草稿，列出不符点", "2025-10-11", ("plus", 1)),
         I(None, "找一个葡语翻译，先把产品目录翻出来", flags=("no_owner", "vague_due"))]
    msg = outlook("区嘉敏", ["冼志豪", "陆永康", "邝美玲", "黎晓彤"], ["谭锦辉", bot("RT")], "外贸部 weekly 纪要 10/10", t, text,
                  cs="utf-8", cte="quoted-printable", seed="5219")
    add("5219-rt-owner-due-action-blocks-makeup-sat", "minutes",
        "Mixed zh/en Topic/Owner/Due/Action blocks (Outlook UTF-8 QP) where Action (the task) comes after Owner/Due; Owner 'Kevin / 阿康' (two aliases of one person), Owner TBD + ASAP, 明天 = the 2025-10-11 make-up Saturday",
        msg, t, "Sent Fri 2025-10-10. Topic lines are headings; the task is the Action line. Jason Sin -> 冼志豪, 下周三 -> 2025-10-15. 'Kevin / 阿康' are both aliases of 陆永康 -> one owner; 10月14日 -> 2025-10-14. Mabel -> 邝美玲, '明天（周六上班）' -> 2025-10-11 (调休 working Saturday). Owner TBD + ASAP -> no_owner + vague_due. FYI line is a fact. No next meeting.",
        g, None)
    return g


def c5220():
    t = T("2026-03-30 11:20:00")
    text = """# 春季广交会（第139届）筹备会 2026-03-30

> Notion 导出 · 外贸部 / 展会 · 最后编辑：陆永康

## 已定
- 展位号 9.1 馆 C12-C14，两个标摊打通
- 主推：岩板 + 仿古砖两条线

## To-do
- [x] @Jason 展位费尾款付款（3/27 已付）
- [ ] @Tina 新版样品册打印 500 本 📅 2026-04-08
- [ ] @Mabel 办理参展证和客户邀请函盖章 by 4/3
- [ ] 展位搭建商对接，确认效果图 @Kevin 本周五
- [ ] 老客户邀约群发邮件 — 谁来？

## 下次碰头
4月7日（周二）
下午四点，外贸部会议室"""
    g = [I("黎晓彤", "新版样品册打印 500 本", "2026-04-08", ("abs", "2026-04-08")),
         I("邝美玲", "办理参展证和客户邀请函盖章", "2026-04-03", ("abs", "2026-04-03")),
         I("陆永康", "展位搭建商对接，确认效果图", "2026-04-03", ("this", 4)),
         I(None, "老客户邀约群发邮件", flags=("no_owner", "no_due"))]
    msg = simple("陆永康", ["黎晓彤", "邝美玲", "冼志豪"], ["区嘉敏", bot("RT")], "广交会筹备会 To-do（Notion导出）", t, text,
                 cs="UTF-8", cte="8bit", seed="5220", mailer=None, plain_params=[("format", "flowed")],
                 extra=[("User-Agent", "Mozilla Thunderbird")])
    add("5220-rt-notion-markdown-checkboxes", "minutes",
        "Notion Markdown export in Thunderbird 8bit: '- [x]' done line skipped, '- [ ] @handle' owners, '📅 2026-04-08' date emoji, 'by 4/3', owner after the task, an item with '谁来？'; next meeting as a section with date and time on separate lines right after the Qingming holiday",
        msg, t, "Sent Mon 2026-03-30. '- [x]' = done -> not an item. @Tina/@Mabel/@Kevin via aliases. 📅 2026-04-08; by 4/3 -> 2026-04-03; 本周五 -> 2026-04-03. '谁来？' = nobody assigned, no date -> no_owner + no_due. '已定' bullets are decisions. Next: section '下次碰头' 4月7日（周二） / 下午四点 -> 2026-04-07 16:00 (04-06 is the Qingming holiday Monday).",
        g, FU("2026-04-07", "16:00", ("abs", "2026-04-07", 1)))
    return g


def c5221():
    t = T("2025-06-03 11:35:00")
    rows = [["客户", "国家", "事项", "跟进人", "截止日期", "状态"],
            ["Haddad Trading", "阿联酋", "寄送新花色样板（6款）", "Jason", "2025/6/6", "进行中"],
            ["Azulejos del Norte", "墨西哥", "回复破损索赔邮件", "Carmen", "2025/6/4", "未开始"],
            ["CeramicaSur", "智利", "催收尾款USD 18,600", "Tina", "6月底", "进行中"],
            ["Harbourstone", "香港", "5月对账", "Mabel", "2025/5/30", "已完成"],
            ["Casa Piso", "哥伦比亚", "首单报价", "", "待定", "未开始"]]
    text = "各位，今天上午10点周会的客户跟进表，直接从Excel贴过来了：\n\n" + "\n".join("\t".join(r) for r in rows) + \
        "\n\n下周二同样时间再过一遍。\n\n黎晓彤 Tina\n外贸部"
    inner = "<div>各位，今天上午10点周会的客户跟进表，直接从Excel贴过来了：</div><div><br></div>" + table_html(rows) + \
        "<div><br></div><div>下周二同样时间再过一遍。</div><div><br></div><div>黎晓彤 Tina<br>外贸部</div>"
    g = [I("冼志豪", "寄送新花色样板（6款）", "2025-06-06", ("abs", "2025-06-06")),
         I("区嘉敏", "回复破损索赔邮件", "2025-06-04", ("abs", "2025-06-04")),
         I("黎晓彤", "催收尾款USD 18,600", "2025-06-30", ("monthend",)),
         I(None, "首单报价", flags=("no_owner", "vague_due"))]
    msg = simple("黎晓彤", ["冼志豪", "区嘉敏", "邝美玲"], [bot("RT")], "周会客户跟进表 6/3", t, text, inner, cs="GBK",
                 cte="base64", seed="5221", mailer="Foxmail 7.2.25.375[cn]")
    add("5221-rt-excel-range-tsv-foxmail", "minutes",
        "An Excel range pasted as tab-separated text (Foxmail GBK; HTML part has the table): first columns are customer/country, 跟进人 by English alias, dates 2025/6/6, 6月底, 待定, an 已完成 row and an empty-owner row; '下周二同样时间' with the time from the intro",
        msg, t, "Sent Tue 2025-06-03 (after Dragon Boat 05-31..06-02). 客户/国家 columns are context, not owners. Jason/Carmen/Tina via aliases. 2025/6/6, 2025/6/4, 6月底 -> 2025-06-30. Harbourstone row 已完成 -> skipped. Casa Piso row: no 跟进人 -> no_owner, 待定 -> vague_due. Next: '下周二同样时间' with '今天上午10点周会' -> 2025-06-10 10:00.",
        g, FU("2025-06-10", "10:00", ("next", 1)))
    return g


def c5222():
    t = T("2026-09-18 17:55:00")
    text = """今日外贸晨会要点👇

🔥 沙特客户 Al-Faisal 投诉破损率3%：Jason 下周一前给出赔付方案
📦 墨西哥那柜：Mabel 3个工作日内把提单草稿发客户确认
🎯 展厅新品上墙：Kevin 中秋前搞定
✅ 上周的样品已寄出（Omar 已签收）
⏰ 国庆后第一个工作日：Carmen 跟谭总汇报三季度外贸数据

大家中秋快乐🥮

Tina"""
    g = [I("冼志豪", "给出沙特客户 Al-Faisal 破损投诉的赔付方案", "2026-09-21", ("next", 0)),
         I("邝美玲", "把墨西哥那柜的提单草稿发客户确认", "2026-09-22", ("wd", 3)),
         I("陆永康", "展厅新品上墙", "2026-09-24", ("before_holiday", "Mid-autumn Festival")),
         I("区嘉敏", "跟谭总汇报三季度外贸数据", "2026-10-08", ("after_holiday", "National Day"))]
    msg = simple("黎晓彤", ["冼志豪", "邝美玲", "陆永康", "区嘉敏"], [bot("RT")], "晨会要点 9/18", t, text, html_lines(text),
                 cs="utf-8", cte="base64", seed="5222", mailer=None,
                 extra=[("X-QQ-mid", "xmqyu%s" % hx("5222", 20)), ("X-QQ-XMAILINFO", "NpyTO" + hx("5222x", 20))])
    add("5222-rt-emoji-bullets-midautumn", "minutes",
        "Emoji-bullet minutes (WeCom/Exmail UTF-8): 3个工作日内 over the 2026-09-20 make-up Sunday, '中秋前' = last working day before Mid-Autumn, '国庆后第一个工作日' at the start of a line before the owner, a ✅ done line",
        msg, t, "Sent Fri 2026-09-18 17:55. Jason 下周一前 -> 2026-09-21. Mabel 3个工作日内: 09-20 (make-up Sunday), 09-21, 09-22 -> 2026-09-22. Kevin 中秋前: Mid-Autumn holiday is 09-25 (Fri) -> last working day before it 2026-09-24. Carmen: 国庆后第一个工作日 (holiday 10-01..10-07) -> 2026-10-08. ✅ line is done work. No next meeting.",
        g, None)
    return g


def c5223():
    t = T("2025-08-08 15:30:00")
    text = """Carmen、Mabel：

您好！今日季度對賬及新品會議紀要如下，請查閱。

會議紀要 — 瑞陶 × Harbourstone 季度對賬及新品會議
日期：2025年8月8日（星期五）下午2時
出席：梁國華、陳小姐（Harbourstone）；區嘉敏、鄺美玲（瑞陶，視像）

一、第二季度賬目已核對無誤，雙方確認。
二、跟進事項：
1. 瑞陶（區嘉敏）：8月15日前提供第三季度新花色報價單
2. 瑞陶（鄺美玲）：下星期三前寄回已簽署的對賬單正本
3. Harbourstone（梁國華）：月底前確認九月訂單數量
4. 雙方：盡快落實葵涌樣板倉租約

下次會議：九月十二日（星期五）下午三時

梁國華
Harbourstone Building Materials Ltd.
香港九龍觀塘"""
    g = [I("区嘉敏", "提供第三季度新花色報價單", "2025-08-15", ("abs", "2025-08-15")),
         I("邝美玲", "寄回已簽署的對賬單正本", "2025-08-13", ("next", 2)),
         I("梁國華", "確認九月訂單數量", "2025-08-31", ("monthend",)),
         I(None, "落實葵涌樣板倉租約", flags=("no_owner", "vague_due"))]
    msg = outlook("梁國華", [("區嘉敏 Carmen", P["区嘉敏"]["email"]), ("鄺美玲 Mabel", P["邝美玲"]["email"])], [bot("RT")],
                  "會議紀要 - 季度對賬及新品會議", t, text, cs="big5", cte="base64", seed="5223", lang="zh-hk")
    add("5223-rt-hk-partner-big5-traditional", "minutes",
        "Hong Kong partner's minutes in Traditional Chinese, Outlook big5 base64 (headers big5 too): owners in brackets after the company (瑞陶（區嘉敏）), traditional names 區嘉敏/鄺美玲 must map to roster 区嘉敏/邝美玲, 下星期三, Chinese-numeral next meeting 九月十二日…下午三時",
        msg, t, "Sent Fri 2025-08-08. The company before the bracket is not the owner; the person in the bracket is. 區嘉敏 = 区嘉敏, 鄺美玲 = 邝美玲 (roster aliases list the traditional forms; To display names '區嘉敏 Carmen' also match). 8月15日前 -> 2025-08-15; 下星期三前 -> 2025-08-13; 梁國華 (the sender, external) 月底前 -> 2025-08-31; 雙方 盡快 -> no_owner + vague_due. Point 一 is a confirmation of fact. Next: 九月十二日（星期五）下午三時 -> 2025-09-12 15:00.",
        g, FU("2025-09-12", "15:00", ("abs", "2025-09-12", 4)))
    return g


# ================================================================ 合肥 声知智能 (SZ)
def c5224():
    t = T("2025-11-06 21:40:00")
    text = """11.6 组会记录（宇航记）

韦老师主要说了几点：
1. ICASSP 截稿前别再加新实验了，把现有的写扎实
2. 青年基金本子这周必须定稿，不能再拖
3. 服务器使用要登记，别再出现半夜抢卡的情况

待办：
@思琪 周日前把基金本子“研究基础”部分改完发韦老师
@宇航（我） 消融实验补跑，下周组会前出结果
@一鸣 A100那台重装驱动+CUDA 12.4，明天搞定
@朴博 帮忙看一下英文摘要，尽快

下周组会：周四晚7点，还是302

—— 宇航"""
    g = [I("卞思琪", "把基金本子“研究基础”部分改完发韦老师", "2025-11-09", ("this", 6)),
         I("蒋宇航", "消融实验补跑出结果", "2025-11-13", ("next", 3)),
         I("鲍一鸣", "A100那台重装驱动+CUDA 12.4", "2025-11-07", ("plus", 1)),
         I("朴志勋", "看一下英文摘要", flags=("vague_due",))]
    msg = simple("蒋宇航", [bot("SZ")], ["韦建中", "卞思琪", "鲍一鸣", "朴志勋"], "11.6组会记录", t, text, html_lines(text),
                 cs="gb18030", cte="base64", seed="5224", mailer=None,
                 extra=[("X-QQ-mid", "xmsezb%s" % hx("5224", 20))])
    add("5224-sz-group-meeting-at-handles", "minutes",
        "PhD student's 组会 notes (Exmail gb18030): the professor's numbered points are rules, the @handle 待办 are items; '@宇航（我）'; '下周组会前' resolved through the stated next group meeting (Thursday); 周日前 from a Thursday",
        msg, t, "Sent Thu 2025-11-06 21:40. Points 1-3 are instructions/rules, not assigned deliverables. @思琪 = 卞思琪 周日前 -> 2025-11-09. @宇航（我） = the sender 蒋宇航, '下周组会前' with '下周组会：周四晚7点' -> 2025-11-13 (no time given for the item itself). @一鸣 明天 -> 2025-11-07. @朴博 = 朴志勋, 尽快 -> vague_due. Next: 下周组会 周四晚7点 -> 2025-11-13 19:00.",
        g, FU("2025-11-13", "19:00", ("next", 3)))
    return g


def c5225():
    t = T("2026-01-13 16:02:00")
    text = r"""各位，今天组会纪要我直接从 Overleaf 里复制了，公式和格式将就看：

\section*{组会纪要 2026-01-13}
时间：2026-01-13 14:00--15:30 \quad 地点：科大先研院 B 栋 411

\subsection*{进展}
\begin{itemize}
  \item 宇航：已完成 baseline 复现（WER 7.9\%），和论文报告的 7.6\% 基本一致
  \item 一鸣：demo 后端已迁移到 FastAPI
\end{itemize}

\subsection*{Action items}
\begin{enumerate}
  \item \textbf{蒋宇航}：把复现结果整理成技术报告 \hfill \textit{截止：1月16日（周五）}
  \item \textbf{卞思琪}：联系合作医院补采 20 例构音障碍语音数据，\emph{春节前}
  \item \textbf{鲍一鸣}：部署 demo 到客户测试环境（截止 1/20 18:00）
\end{enumerate}

下次组会：1月20日（周二）同一时间。

汤佩"""
    g = [I("蒋宇航", "把复现结果整理成技术报告", "2026-01-16", ("abs", "2026-01-16", 4)),
         I("卞思琪", "联系合作医院补采 20 例构音障碍语音数据", "2026-02-14", ("before_holiday",)),
         I("鲍一鸣", "部署 demo 到客户测试环境", "2026-01-20", ("abs", "2026-01-20"), "18:00")]
    msg = simple("汤佩", ["蒋宇航", "卞思琪", "鲍一鸣"], ["韦建中", bot("SZ")], "组会纪要 2026-01-13", t, text,
                 cs="utf-8", cte="base64", seed="5225", mailer=None, boundary="Apple-Mail=_" + hx("5225", 8).upper(),
                 mime_line="1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
    add("5225-sz-overleaf-latex-paste", "minutes",
        "Minutes pasted from Overleaf as raw LaTeX (\\item \\textbf{name}：task \\hfill \\textit{截止：…}); the 进展 itemize is done work; 春节前 = last working day before Spring Festival (a make-up Saturday); '同一时间' follow-up resolved from the 时间 line",
        msg, t, "Sent Tue 2026-01-13. Only the enumerate under 'Action items' has items. 1月16日（周五） -> 2026-01-16. '春节前': Spring Festival holiday 02-15..02-23, the last working day before it is the make-up Saturday 2026-02-14 (ambiguous: a reader might take 02-13 or flag vague; a careful assistant records 02-14). 截止 1/20 18:00 -> 2026-01-20 18:00. 进展 items (已完成…, 已迁移) are done. Next: 1月20日（周二）同一时间 with 时间 14:00 -> 2026-01-20 14:00.",
        g, FU("2026-01-20", "14:00", ("abs", "2026-01-20", 1)))
    return g


def c5226():
    t = T("2025-05-06 10:12:00")
    text = """客户POC周会 5/6

Created: May 6, 2025 9:30 AM
Created by: 鲍一鸣
Tags: 周会, POC
Participants: 韦建中, 鲍一鸣, 季晓红, 蒋宇航

## 讨论
- 客户反馈识别延迟偏高（P95 1.8s），目标 < 800ms
- 节前的数据标注外包已经谈妥

## 任务

| 任务 | 负责人 | 截止日期 | 状态 | 优先级 |
| --- | --- | --- | --- | --- |
| 客户POC环境联调 | @鲍一鸣 | May 9, 2025 | In progress | P0 |
| 合同技术附件修订 | @韦建中 | May 12, 2025 | Not started | P1 |
| 数据标注外包询价 | @季晓红 | May 7, 2025 | Done | P2 |
| 模型量化到INT8 | @蒋宇航 |  | Not started | P1 |
"""
    h = ('<div dir="ltr"><pre style="font-family:monospace">%s</pre></div>' % esc(text))
    g = [I("鲍一鸣", "客户POC环境联调", "2025-05-09", ("abs", "2025-05-09")),
         I("韦建中", "合同技术附件修订", "2025-05-12", ("abs", "2025-05-12")),
         I("蒋宇航", "模型量化到INT8", flags=("no_due",))]
    msg = simple("鲍一鸣", ["韦建中", "季晓红", "蒋宇航"], [bot("SZ")], "客户POC周会 5/6（Notion）", t, text, h,
                 cs="UTF-8", cte="base64", seed="5226", boundary="000000000000" + hx("5226", 16),
                 msgid="<CAH%s@mail.gmail.com>" % hx("5226g", 30))
    add("5226-sz-notion-pipe-table-english-dates", "minutes",
        "Notion page export (Gmail): property lines (Created: May 6, 2025 9:30 AM) that are not deadlines, a Markdown pipe table 任务|负责人|截止日期|状态|优先级 with English dates and @owners, a Done row, an empty date",
        msg, t, "Sent Tue 2025-05-06 (first day after the May Day holiday). 'Created: May 6, 2025 9:30 AM' is page metadata. Rows: May 9, 2025 -> 2025-05-09; May 12, 2025 -> 2025-05-12; Done row skipped; empty date -> no_due. 讨论 bullets are facts. No next meeting.",
        g, None)
    return g


def c5227():
    t = T("2025-02-25 19:10:00")
    text = """各位：

国自然面上项目申请书分工会（2/25）の纪要です——抱歉，日本留学时的习惯，按“担当/期限”写了：

■ 申请书正文（立项依据、研究内容）
　担当：汤佩
　期限：3/5（水）

■ 预算表及预算说明
　担当：季晓红
　期限：3/7（金）17:00

■ 研究基础与工作条件
　担当：卞思琪（主）、蒋宇航（副）
　期限：下周一

■ 合作单位承诺函
　担当：韦老师
　期限：未定（对方盖章流程慢）

■ 申请书整体校对
　担当：全员
　期限：3/14

次回：3/4（火）10:00～ 进度确认（线上）

以上，请多关照。
汤佩"""
    g = [I("汤佩", "申请书正文（立项依据、研究内容）", "2025-03-05", ("abs", "2025-03-05", 2)),
         I("季晓红", "预算表及预算说明", "2025-03-07", ("abs", "2025-03-07", 4), "17:00"),
         I("卞思琪", "研究基础与工作条件", "2025-03-03", ("next", 0)),
         I("韦建中", "合作单位承诺函", flags=("vague_due",)),
         I(None, "申请书整体校对", "2025-03-14", ("abs", "2025-03-14"), flags=("no_owner",))]
    msg = simple("汤佩", ["韦建中", "季晓红", "卞思琪", "蒋宇航"], [bot("SZ")], "国自然申请书分工会纪要（2/25）", t, text,
                 html_lines(text), cs="utf-8", cte="quoted-printable", seed="5227", mailer="Foxmail 7.2.25.375[cn]")
    add("5227-sz-japanese-tanto-kigen", "minutes",
        "Japanese-habit minutes: ■ heading = task, 担当/期限 lines below, Japanese weekday marks 3/5（水）, 3/7（金）17:00, '卞思琪（主）、蒋宇航（副）', 全员, 未定, '次回：3/4（火）10:00～'",
        msg, t, "Sent Tue 2025-02-25. Task = the ■ heading. 3/5（水） -> 2025-03-05 (水 = Wednesday); 3/7（金）17:00 -> 2025-03-07 17:00; 下周一 -> 2025-03-03, owner the 主 卞思琪 (副 蒋宇航 assists). 韦老师 = 韦建中, 未定 -> vague_due. 全员 is everybody -> no_owner, department null, 3/14 -> 2025-03-14. Next: 次回 3/4（火）10:00 -> 2025-03-04 10:00.",
        g, FU("2025-03-04", "10:00", ("abs", "2025-03-04", 1)))
    return g


def c5228():
    t = T("2026-06-09 17:48:00")
    text = """各位，下午中期检查准备会的飞书智能纪要转给大家，待办以下面为准。材料下周二上午再过一遍。

韦建中

---------- 智能纪要 ----------
中期检查准备会 | 2026年6月9日 14:03 | 时长 1小时12分钟
参会人：韦建中、汤佩、季晓红、卞思琪、蒋宇航

总结
本次会议围绕省重点研发项目中期检查展开。韦建中要求大家周五前把各自的材料交给汤佩汇总；季晓红说明经费执行率目前为61%，低于预期；会议明确中期汇报由汤佩主讲。

智能章节
00:00:12 开场
02:35 中期检查材料清单
  汤佩列出了需要提交的八项材料，其中论文清单和经费明细是重点。
18:40 经费执行情况
  季晓红表示设备费已全部支付。
41:22 汇报分工

待办
· 准备中期检查汇报PPT（初稿） — 汤佩 — 6月16日前
· 整理经费执行明细表 — 季晓红 — 周五
· 整理已发表论文清单及佐证材料 — 卞思琪、蒋宇航 — 6月12日

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用"""
    g = [I("汤佩", "准备中期检查汇报PPT（初稿）", "2026-06-16", ("abs", "2026-06-16")),
         I("季晓红", "整理经费执行明细表", "2026-06-12", ("this", 4)),
         I("卞思琪", "整理已发表论文清单及佐证材料", "2026-06-12", ("abs", "2026-06-12"))]
    msg = simple("韦建中", ["汤佩", "季晓红", "卞思琪", "蒋宇航"], [bot("SZ")], "转发：中期检查准备会 智能纪要", t, text,
                 html_lines(text), cs="utf-8", cte="base64", seed="5228", mailer=None,
                 extra=[("X-Lark-Mail-Id", hx("5228l", 32))])
    add("5228-sz-feishu-ai-minutes-half-day", "minutes",
        "Feishu 智能纪要 forwarded with the forwarder's own line: AI 总结/智能章节 contain requests and facts that are not items, only 待办 counts; a 待办 with two owners; 'AI 生成' footer; next meeting 'half day only' (下周二上午) in the preface",
        msg, t, "Sent Tue 2026-06-09. Items: 汤佩 6月16日前 -> 2026-06-16; 季晓红 周五 -> 2026-06-12; 卞思琪、蒋宇航 -> first named 卞思琪 (shared with 蒋宇航) 6月12日. The 总结 line '周五前把各自的材料交给汤佩' and chapter text are AI paraphrase, not 待办. Next: the forwarder writes '下周二上午再过一遍' -> 2026-06-16, time null (only a half day is given; a parser giving 09:00 or 12:00 is wrong on the time only).",
        g, FU("2026-06-16", None, ("next", 1)))
    return g


def c5229():
    t = T("2026-10-12 19:05:00")
    text = """Dear all,

Thank you for your hard work today. I share the meeting note of the joint meeting with KAIST speech lab.

Meeting note (2026.10.12)
- Attendee: Prof. Wei, Dr. Tang, Yuhang, Siqi, Jihoon / (KAIST) Prof. Kim, Mr. Lee
- KAIST side already finished the collection of Korean elderly speech data (about 120 hours).

To do
- Yuhang will check the dataset license until this Friday.
- Prof. Wei: will send the MOU draft to KAIST side until 10.20.
- I (Jihoon) will make the experiment plan until next Wednesday.
- Siqi: data preprocessing code refactoring.

Next meeting: 2026.10.26 (Mon) 4:00 PM KST, Zoom.

Best regards,
Jihoon Park"""
    g = [I("蒋宇航", "check the dataset license", "2026-10-16", ("this", 4)),
         I("韦建中", "send the MOU draft to KAIST side", "2026-10-20", ("abs", "2026-10-20")),
         I("朴志勋", "make the experiment plan", "2026-10-21", ("next", 2)),
         I("卞思琪", "data preprocessing code refactoring", flags=("no_due",))]
    msg = outlook("朴志勋", ["韦建中", "汤佩", "蒋宇航", "卞思琪"], [bot("SZ")], "Meeting note - joint meeting with KAIST (2026.10.12)",
                  t, text, cs="utf-8", cte="quoted-printable", seed="5229", lang="ko-KR")
    add("5229-sz-korean-english-until", "minutes",
        "English minutes by a Korean researcher (Outlook, Content-Language ko-KR): 'until' used for 'by', dates as 2026.10.12 / 10.20, 'I (Jihoon)' = sender, next meeting in KST",
        msg, t, "Sent Mon 2026-10-12 (after National Day; 10-10 was a make-up Saturday). 'until this Friday' = by -> 2026-10-16; 'until 10.20' -> 2026-10-20; 'until next Wednesday' -> 2026-10-21; Siqi no date -> no_due. Yuhang/Prof. Wei/Siqi/Jihoon via aliases. The KAIST 'already finished' line is a fact. Next: 2026.10.26 4:00 PM KST (UTC+9) = 2026-10-26 15:00 Asia/Shanghai.",
        g, FU("2026-10-26", "15:00", ("abs", "2026-10-26", 0)))
    return g


def c5230():
    t = T("2026-06-23 20:10:00")
    text = """今天下午和高新区科技局的王科长碰了一下，情况跟大家说一下：中期检查从6月底推到7月中，材料要求没变。汤佩你周五前把专利清单再核一遍，尤其是授权状态；思琪下周三前把演示视频剪出来，控制在3分钟以内；季老师下周一前把服务器的报价拿回来，至少两家。别的按原计划走。

韦建中
发自手机"""
    g = [I("汤佩", "把专利清单再核一遍（尤其是授权状态）", "2026-06-26", ("this", 4)),
         I("卞思琪", "把演示视频剪出来（控制在3分钟以内）", "2026-07-01", ("next", 2)),
         I("季晓红", "把服务器的报价拿回来（至少两家）", "2026-06-29", ("next", 0))]
    msg = simple("韦建中", ["汤佩", "卞思琪", "季晓红"], [bot("SZ")], "今天和科技局碰头的情况", t, text, cs="utf-8",
                 cte="base64", seed="5230", mailer="Coremail Mobile Client 3.2")
    add("5230-sz-prose-paragraph-from-phone", "minutes",
        "A professor's one-paragraph meeting report from his phone: three assignments buried in prose with 'X你…' and '季老师…', a schedule change (中期检查推到7月中) that is not an item",
        msg, t, "Sent Tue 2026-06-23. 汤佩 周五前 -> 2026-06-26; 思琪 = 卞思琪 下周三前 -> 2026-07-01; 季老师 = 季晓红 下周一前 -> 2026-06-29. '中期检查从6月底推到7月中' is news about an external schedule, not a task. No next meeting.",
        g, None)
    return g


def c5238():
    t = T("2027-01-19 18:26:00")
    text = """腾讯会议智能纪要已生成，转发给大家。待办以文末“待办事项”为准，其它部分是AI整理的，仅供参考。

汤佩

【腾讯会议】智能纪要
会议主题：声知 算法组周会
会议时间：2027/01/19 15:00-16:05 (GMT+08:00) 中国标准时间
参会人员：汤佩、蒋宇航、卞思琪、鲍一鸣、朴志勋

会议摘要
汤佩回顾了上周进展，蒋宇航的流式识别模型在内部测试集上 CER 下降到 5.2%。鲍一鸣提出 demo 2.0 需要在春节前给客户试用，大家需要尽快完成内测。卞思琪表示数据集 datasheet 已经写了一半。朴志勋建议下周和 KAIST 再开一次电话会。

分段纪要
15:02 上周进展回顾
  - 流式模型 CER 5.2%，已经超过基线
15:21 demo 2.0 内测安排
  - 鲍一鸣：内测预计需要一周，问题清单放在共享表格里
15:40 论文投稿
  - Interspeech 2027 截稿在 3 月初，初稿需要提前准备

待办事项
1. 蒋宇航：1月22日（周五）前提交 Interspeech 论文初稿给汤佩
2. 鲍一鸣：下周三前完成 demo 2.0 内测并输出问题清单
3. 卞思琪：本月底前完成数据集 datasheet

本纪要由腾讯会议AI生成，内容仅供参考"""
    g = [I("蒋宇航", "提交 Interspeech 论文初稿给汤佩", "2027-01-22", ("abs", "2027-01-22", 4)),
         I("鲍一鸣", "完成 demo 2.0 内测并输出问题清单", "2027-01-27", ("next", 2)),
         I("卞思琪", "完成数据集 datasheet", "2027-01-31", ("monthend",))]
    msg = simple("汤佩", ["蒋宇航", "卞思琪", "鲍一鸣", "朴志勋"], ["韦建中", bot("SZ")], "转发：【腾讯会议】智能纪要 - 声知 算法组周会",
                 t, text, html_lines(text), cs="gb18030", cte="base64", seed="5238", mailer=None,
                 extra=[("X-QQ-mid", "xmsezb%s" % hx("5238", 20))])
    add("5238-sz-tencent-meeting-ai-2027", "minutes",
        "Tencent Meeting 智能纪要 forwarded in January 2027 (Exmail gb18030): 摘要/分段纪要 contain 春节前/尽快/3月初 and '鲍一鸣：…' lines that are not items, only the numbered 待办事项 count; calendar-free 2027 phrases (1月22日（周五）前, 下周三前, 本月底前)",
        msg, t, "Sent Tue 2027-01-19. Items only from 待办事项: 1月22日（周五）前 -> 2027-01-22; 下周三前 -> 2027-01-27; 本月底前 -> 2027-01-31. '鲍一鸣：内测预计需要一周' in 分段纪要 is an AI paraphrase, '春节前给客户试用', '尽快', '3 月初' are in the summary (no 2027 holiday calendar is needed for the gold). '朴志勋建议下周…再开一次电话会' is a suggestion, not a scheduled next meeting -> next_followup null.",
        g, None)


# ================================================================ replies / auto / other
def recap_ids(seed, org):
    return "<recap.%s@%s>" % (hx(seed, 16), ORGS[org][0])


def c5231(g5202):
    rt = T("2026-01-04 07:55:10")
    t = T("2026-01-04 16:31:22")
    recap = recap_text("YL", g5202, "2026-01-04 18:00")
    text = "第1项已完成 车修好了 照片发群里了" + quote_block("iphone", bot("YL"), ["牛志刚"], rt, "Re: 车队早会", recap) + "\n"
    text = "第1项已完成 车修好了 照片发群里了\n\n发自我的iPhone" + text[len("第1项已完成 车修好了 照片发群里了"):]
    msg = simple("申卫东", [("纪要助手", "jiyao+%s@yuleng-cc.example.cn" % hx("tok5231", 10))], [], "Re: 车队早会", t, text,
                 cs="utf-8", cte="quoted-printable", seed="5231", mailer="iPhone Mail (22C152)", mime_line="1.0 (1.0)",
                 irt=recap_ids("5202", "YL"), refs=recap_ids("5202", "YL"), ct_quote=False)
    add("5231-reply-done-driver-iphone", "reply",
        "Driver's iPhone reply '第1项已完成 车修好了…' with no punctuation, to the signed Reply-To of the 5202 recap; the quoted recap (with every command word) is below '发自我的iPhone'",
        msg, t, "Reply to the recap of 5202: intent done, item 1. The quoted recap lists all items and the command words (确认/有异议/进度80%/延期至) and must be ignored.",
        reply=R("done", [1]))


def c5232(g5217):
    rt = T("2026-03-10 22:33:00")
    t = T("2026-03-11 09:12:40", -6)
    recap = recap_en("RT", g5217, "2026-03-11 18:00 (UTC+8)")
    text = ("Hi,\n\nRegarding item 4 - the buyer's showroom is closed for inventory this week, so I can't take the photos "
            "before Thursday. Can we move it to March 19 please?\n\nGracias,\nLucía" +
            quote_block("gmail_en", bot("RT"), ["Lucía Fernández"], rt, "", recap))
    msg = simple("Lucía Fernández", [("Minutes Bot", "minutes+%s@ruitao-ceramics.example.com" % hx("tok5232", 10))],
                 ["区嘉敏"], "Re: Minutes - call with Azulejos del Norte 10/03", t, text,
                 html_lines(text).replace("<div>", '<div dir="ltr">'), cs="UTF-8", cte="quoted-printable", seed="5232",
                 boundary="000000000000" + hx("5232", 16), msgid="<CAF%s@mail.gmail.com>" % hx("5232g", 30),
                 irt=recap_ids("5217", "RT"), refs=recap_ids("5217", "RT"), hdr_mode="Q")
    add("5232-reply-extend-english-gmail", "reply",
        "English Gmail reply from the Mexican agent asking to move item 4 to March 19 ('Can we move it to…', no 'extend' word); Date -0600",
        msg, t, "Reply to the 5217 recap: intent extend, item 4 (the agent's own showroom-photos item), new date 'March 19' -> 2026-03-19. 'before Thursday' in the reason is not the new date.",
        reply=R("extend", [4], new_due="2026-03-19", spec=("abs", "2026-03-19")))


def c5233(g5210):
    rt = T("2026-03-10 09:33:00")
    t = T("2026-03-18 15:26:00")
    recap = recap_text("JH", g5210, "2026-03-10 18:00")
    text = ("乔主任：\n\n督办单第1项（BIM正向设计推广方案）目前已完成约60%，初稿计划3月25日部门内部讨论，按期3月31日报院办没有问题。\n\n邵敏\n技术质量部"
            + quote_block("outlook", bot("JH"), ["邵敏"], rt, "【督办单】院务会议定事项督办单（2026年第3号）", recap))
    msg = outlook("邵敏", [("督办助手", "duban+%s@jhadi.example.com.cn" % hx("tok5233", 10))], ["乔瑞"],
                  "答复: 【督办单】院务会议定事项督办单（2026年第3号）", t, text, seed="5233",
                  irt=recap_ids("5210", "JH"), refs=recap_ids("5210", "JH"))
    add("5233-reply-progress-duban-outlook", "reply",
        "Outlook '答复:' (gb2312) progress report on 督办单 第1项: '已完成约60%' (the word 已完成 is part of a progress statement, not done), with two more dates in the text",
        msg, t, "Reply to the 5210 recap: intent progress, item 1, percent 60. '已完成约60%' must not be read as done; 3月25日/3月31日 are plans, not an extension request.",
        reply=R("progress", [1], percent=60))


def c5234(g5212):
    rt = T("2025-12-15 11:43:00")
    t = T("2025-12-15 14:05:00")
    recap = recap_text("JH", g5212, "2025-12-15 18:00")
    text = ("邵部长：\n\n第3项（屋面钢结构节点详图）有异议：钢结构厂家的节点资料还没到，本周五肯定出不来，这项得等厂家资料到了再定时间，建议先不要挂我名下。\n\n汪涛 结构所"
            + quote_block("foxmail", bot("JH"), ["汪涛"], rt, "Re: 朝阳实验学校项目审图意见协调会纪要", recap))
    msg = simple("汪涛", [("督办助手", "duban+%s@jhadi.example.com.cn" % hx("tok5234", 10))], ["邵敏"],
                 "回复：朝阳实验学校项目审图意见协调会纪要", t, text, html_lines(text), cs="GBK", cte="base64", seed="5234",
                 mailer="Foxmail 7.2.25.331[cn]", irt=recap_ids("5212", "JH"), refs=recap_ids("5212", "JH"))
    add("5234-reply-object-foxmail-gbk", "reply",
        "Foxmail GBK reply objecting to 第3项 with a reason ('有异议：…本周五肯定出不来…等厂家资料到了再定时间'): object, not extend (no new date)",
        msg, t, "Reply to the 5212 recap (item 3 there is 屋面钢结构节点详图补全). Intent object, items [3]; '本周五' in the reason is the old deadline, no new date is requested.",
        reply=R("object", [3]))


def c5235():
    t = T("2025-12-11 13:09:02", 4)
    text = """Thank you for your email. I am travelling to Riyadh and will be back in the office on Thursday 18 December, with limited access to email. For urgent matters please contact our office on +971 4 xxx 2210 or sales@haddad-trading.example.ae.

شكراً لرسالتكم. أنا خارج المكتب حتى يوم الخميس 18 ديسمبر، وسأرد عليكم عند عودتي.

Omar Haddad
Haddad Trading LLC"""
    h = common("Omar Haddad", [("Minutes Bot", "minutes@ruitao-ceramics.example.com")], [],
               "Automatic reply: MOM - Big 5 meeting follow up", t, "utf-8",
               msgid="<%s@DB9PR04MB%s.eurprd04.prod.outlook.com>" % (hx("5235", 16).upper(), hx("5235d", 4).upper()),
               irt=recap_ids("5218", "RT"), refs=None)
    h = [received(t, "mail-db9.outbound.protection.outlook.com", "40.107.3.81", "minutes@ruitao-ceramics.example.com",
                  "mx.example.net")] + h + [
        ("Thread-Topic", "MOM - Big 5 meeting follow up"),
        ("Auto-Submitted", "auto-generated"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "omar@haddad-trading.example.ae"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("Content-Language", "en-US")]
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc(html_lines(text), "utf-8"), "utf-8", "base64", ct_quote=False)],
                 "_000_%s_" % hx("5235b", 24).upper())
    msg = envelope(h, body)
    add("5235-auto-exchange-ooo-arabic", "auto",
        "Exchange Online out-of-office 'Automatic reply:' from the UAE agent (Auto-Submitted: auto-generated, X-MS-Exchange-Inbox-Rules-Loop), UTF-8 base64 English + Arabic body with a return date, In-Reply-To the 5218 recap",
        msg, t, "Out-of-office auto reply to the recap of 5218: kind auto (headers and the 'Automatic reply:' prefix decide); the date in the body is not an extension request.")


def c5236():
    t = T("2026-02-13 18:08:31")
    text = "这是来自腾讯企业邮的假期自动回复邮件。\n \n您好，我2月13日起休春节假，2月24日返岗，期间邮件无法及时回复，急事请联系马俊峰（仓储部）。"
    msg = simple("侯佳", [("纪要助手", "jiyao@yuleng-cc.example.cn")], [], "自动回复：仓储群节前讨论整理", t, text,
                 html_lines(text), cs="gb18030", cte="base64", seed="5236",
                 irt=recap_ids("5204", "YL"), refs=recap_ids("5204", "YL"),
                 extra=[("X-QQ-mid", "xmautoreply%s" % hx("5236", 16))])
    add("5236-auto-exmail-holiday-autoreply", "auto",
        "Tencent Exmail holiday auto-reply (gb18030) to the 5204 recap WITHOUT Auto-Submitted/Precedence headers: only the '自动回复：' subject prefix and the '这是来自…的假期自动回复邮件' body line (QQ Mail wording) mark it; body has dates and a person to contact",
        msg, t, "Auto reply from 侯佳's mailbox to the recap of 5204: kind auto, nothing to apply. QQ/Exmail vacation replies are recognised by subject prefix and the fixed first body line (wording modeled on QQ Mail's '这是来自QQ邮箱的假期自动回复邮件。'); there is deliberately no Auto-Submitted header.")


def c5237():
    t = T("2025-05-08 09:15:00")
    text = """各部门：

经院领导同意，定于5月14日（星期三）上午9:00在院三楼第一会议室召开院务会，现将有关事项通知如下：

一、会议议题
1. 一季度施工图审查问题整改进展（技术质量部汇报）
2. 大兴项目超限审查补充计算情况（结构所汇报）
3. 建筑一所搬迁方案（院办公室汇报）

二、参会人员
院领导班子成员，各部门、各所主要负责人。

三、有关要求
1. 请汇报部门于5月12日（星期一）下班前将汇报材料报院办公室；
2. 请参会人员提前10分钟到场，不得无故缺席，确有事不能参会的请向宋院长请假。

院办公室
2025年5月8日"""
    msg = outlook("乔瑞", ["宋立新", "邵敏", "储文涛", "苗志远", "蔺海", "温婧"], [bot("JH")], "关于召开院务会的通知", t, text,
                  seed="5237")
    add("5237-other-meeting-notice", "other",
        "院办 meeting notice (会议通知) for the next 院务会: agenda, attendees, and requirements with a deadline (5月12日下班前报送材料) — not minutes, no items, no follow-up",
        msg, t, "A notice before a meeting, not minutes of a meeting held: kind other, no items; its meeting date is not a next_followup (only minutes give one).")


# ================================================================ main
README_HEAD = open(__file__, encoding="utf-8").read() if False else None


def build():
    g5202 = c5202()
    for f in (c5201, c5203, c5204, c5205, c5206, c5207, c5208, c5209, c5211, c5213, c5214, c5215, c5216,
              c5218, c5219, c5220, c5221, c5222, c5223, c5224, c5225, c5226, c5227, c5228, c5229, c5230, c5238):
        f()
    g5210 = c5210()
    g5212 = c5212()
    g5217 = c5217()
    c5231(g5202); c5232(g5217); c5233(g5210); c5234(g5212); c5235(); c5236(); c5237()
    CASES.sort(key=lambda c: c[0])


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    build()
    errs = []
    for slug, kind, readme, data, g, sent in CASES:
        errs += check_case(slug, g, sent.astimezone(TZ8))
        assert g["kind"] == kind
    if check:
        for slug, kind, readme, data, g, sent in CASES:
            j = out / (slug + ".json")
            e = out / (slug + ".eml")
            if not j.exists() or not e.exists():
                errs.append("%s: missing files" % slug); continue
            if json.loads(j.read_text(encoding="utf-8")) != strip(g):
                errs.append("%s: json on disk differs from the generator" % slug)
            if e.read_bytes() != data:
                errs.append("%s: eml on disk differs from the generator" % slug)
        print("\n".join(errs) if errs else "OK: %d cases, every gold date matches its computed date" % len(CASES))
        sys.exit(1 if errs else 0)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    out.mkdir(parents=True, exist_ok=True)
    for slug, kind, readme, data, g, sent in CASES:
        (out / (slug + ".eml")).write_bytes(data)
        (out / (slug + ".json")).write_text(json.dumps(strip(g), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for o, n, local, dep, h, a in ROSTER:
            w.writerow([n, P[n]["email"], dep, P[n]["manager_email"], a])
    with open(out / "cases.md", "w", encoding="utf-8") as f:  # table appended to README.md by hand
        f.write("| case | kind | what it tests |\n| --- | --- | --- |\n")
        for slug, kind, readme, data, g, sent in CASES:
            f.write("| %s | %s | %s |\n" % (slug, kind, readme.replace("|", "\\|")))
    counts = {}
    for c in CASES:
        counts[c[1]] = counts.get(c[1], 0) + 1
    print("wrote %d cases %s, %d items" % (len(CASES), counts, sum(len(c[4]["items"]) for c in CASES)))


if __name__ == "__main__":
    main()
