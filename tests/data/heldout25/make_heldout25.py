#!/usr/bin/env python3
"""Generate the heldout25 blind test set for minutebot: raw .eml + gold .json pairs and roster.csv.

    /work/blind/venv/bin/python make_heldout25.py [OUTDIR]     # write (default: this script's folder)
    /work/blind/venv/bin/python make_heldout25.py --check [DIR] # recompute every gold date from the calendar
                                                                # and compare the files on disk byte for byte

Deterministic: no clock, no randomness. Working days come from `chinese_calendar` (2025/2026). The package has no
2027 data, so the 2027 cases use only calendar-free phrases (absolute dates, weekdays, month ends) and their
checks use plain date arithmetic.
"""
import base64
import binascii
import csv
import datetime as dt
import hashlib
import html
import io
import json
import re
import sys
import zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date
CHECKS = []


# ----------------------------------------------------------------------------------------------------------------
# calendar
# ----------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def weekday_on_or_after(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    c = monday + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)


def next_week(sent, wd):
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + wd)


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def last_workday_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


def month_end(y, m):
    return (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def expect(actual, iso, what):
    CHECKS.append(what)
    if actual != D.fromisoformat(iso):
        raise AssertionError(f"{what}: computed {actual}, gold {iso}")


def day(s):
    return D.fromisoformat(s)


WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ts(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def rfc_date0(t):
    """Some clients write the day with a leading zero (Coremail, Exmail)."""
    s = rfc_date(t)
    return re.sub(r", (\d) ", r", 0\1 ", s)


# ----------------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------------
ORGS = {
    "yy": {"dom": "yuyue-moto.example.cn", "bot": ("纪要助手", "jiyao@yuyue-moto.example.cn")},
    "xm": {"dom": "xingmang-mcn.example.com", "bot": ("待办小助手", "todo@xingmang-mcn.example.com")},
    "hz": {"dom": "hrbzjj.example.gov.cn", "bot": ("督办助手", "duban@hrbzjj.example.gov.cn")},
    "lm": {"dom": "luminabio-sz.example.com", "bot": ("Minutes Bot", "minutes@luminabio-sz.example.com")},
}
ROSTER = [
    # org, name, local, department, is_head, aliases
    ("yy", "邓志刚", "dengzhigang", "总经办", True, "邓总;Deng Zhigang"),
    ("yy", "冉晓东", "ranxiaodong", "质量部", True, "冉部长;冉部;Ran Xiaodong"),
    ("yy", "谭静", "tanjing", "质量部", False, "谭工;小谭;Tan Jing"),
    ("yy", "向国富", "xiangguofu", "质量部", False, "向工;老向;Xiang Guofu"),
    ("yy", "秦川", "qinchuan", "供应商管理部", True, "秦经理;Qin Chuan"),
    ("yy", "蒲雪梅", "puxuemei", "供应商管理部", False, "小蒲;雪梅;Pu Xuemei"),
    ("yy", "熊伟", "xiongwei", "生产部", True, "熊主任;熊哥;Xiong Wei"),
    ("yy", "牟丹", "moudan", "生产部", False, "小牟;牟班长;Mou Dan"),
    ("yy", "黎明辉", "liminghui", "生产部", False, "老黎;黎班长;Li Minghui"),
    ("yy", "况玲", "kuangling", "财务部", True, "况总监;况姐;Kuang Ling"),
    ("xm", "沈可欣", "shenkexin", "直播运营部", True, "可欣;欣姐;Kexin;Kexin Shen"),
    ("xm", "周一鸣", "zhouyiming", "直播运营部", False, "一鸣;鸣鸣;Yiming"),
    ("xm", "方晴", "fangqing", "直播运营部", False, "小方;晴晴;场控小方"),
    ("xm", "俞佳", "yujia", "主播经纪部", True, "佳姐;Yu Jia;Jia"),
    ("xm", "蒋满", "jiangman", "主播经纪部", False, "小满;满满;Man"),
    ("xm", "潘越", "panyue", "招商选品部", True, "潘总;阿越;Pan Yue"),
    ("xm", "林朵", "linduo", "招商选品部", False, "朵朵;Duo;Lin Duo"),
    ("xm", "孔令杰", "konglingjie", "投放部", True, "杰哥;老孔;Kong Lingjie"),
    ("xm", "吴桐", "wutong", "投放部", False, "桐桐;Tong;Wu Tong"),
    ("hz", "高振国", "gaozhenguo", "局领导", True, "高局;高副局长;高局长"),
    ("hz", "于海涛", "yuhaitao", "城市更新科", True, "于科长;于科;老于"),
    ("hz", "孙丽娜", "sunlina", "城市更新科", False, "丽娜;小孙"),
    ("hz", "赵德胜", "zhaodesheng", "供热管理处", True, "赵处长;赵处"),
    ("hz", "常洪亮", "changhongliang", "供热管理处", False, "小常;洪亮"),
    ("hz", "曲春燕", "quchunyan", "信访办", True, "曲主任"),
    ("hz", "白雪", "baixue", "信访办", False, "小白"),
    ("hz", "韩立军", "hanlijun", "办公室", True, "韩主任"),
    ("hz", "刘思远", "liusiyuan", "办公室", False, "思远;小刘"),
    ("hz", "董建平", "dongjianping", "房屋安全科", True, "董科长;董科"),
    ("lm", "Tan Wei Ming", "weiming.tan", "Study Management", True, "陈伟明;Wei Ming;WM;Tan WM"),
    ("lm", "Lim Jia Hui", "jiahui.lim", "Study Management", False, "林佳慧;Jia Hui;JH"),
    ("lm", "Priscilla Goh", "priscilla.goh", "QA", True, "Priscilla;Pris;PG;吴美玲"),
    ("lm", "朱琳", "lin.zhu", "QA", False, "Zhu Lin;Lynn;Lynn Zhu"),
    ("lm", "陆雯", "wen.lu", "Bioanalytical", True, "Lu Wen;Wendy;Wendy Lu;陆老师"),
    ("lm", "顾晓峰", "xiaofeng.gu", "Bioanalytical", False, "Gu Xiaofeng;Xiaofeng;顾工;Feng"),
    ("lm", "钱浩", "hao.qian", "Toxicology", True, "Qian Hao;Henry;Henry Qian"),
    ("lm", "蒋思琪", "siqi.jiang", "Toxicology", False, "Jiang Siqi;Sophie;Sophie Jiang"),
    ("lm", "许刚", "gang.xu", "Facilities", True, "Xu Gang;Gary;Gary Xu"),
    ("lm", "Rajesh Kumar", "rajesh.kumar", "Business Development", True, "Rajesh;Raj"),
]
P = {}
_heads = {}
for org, name, local, dep, head, al in ROSTER:
    if head:
        _heads[(org, dep)] = local
for org, name, local, dep, head, al in ROSTER:
    dom = ORGS[org]["dom"]
    P[name] = {"name": name, "email": f"{local}@{dom}", "department": dep, "org": org,
               "manager_email": "" if head else f"{_heads[(org, dep)]}@{dom}", "aliases": al}

EXT = {
    "Kim Min-jun": "minjun.kim@hanbitbio.example.co.kr",       # Korean sponsor
    "何建军": "hejianjun@jinlong-diecast.example.cn",       # supplier of 渝跃 (压铸件)
    "唐小琴": "tangxq@jinlong-diecast.example.cn",
    "Megan O'Connor": "megan.oconnor@redwoodtx.example.com",  # US sponsor
    "Daniel Reyes": "daniel.reyes@redwoodtx.example.com",
    "Lukas Meier": "lukas.meier@helvepharma.example.ch",      # EU sponsor
    "陳怡君": "yijun.chen@formosa-biopharma.example.com.tw",  # Taiwan sponsor
    "黃柏翰": "bohan.huang@formosa-biopharma.example.com.tw",
    "道里区住建局": "dlqzjj@daoli.example.gov.cn",
}


def who(name):
    if name in P:
        return (name, P[name]["email"])
    for o in ORGS.values():
        if name == o["bot"][0]:
            return o["bot"]
    return (name, EXT[name])


def item(owner, task, due=None, time=None, flags=(), department=None, email=None):
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags)}


def fu(date, time=None):
    return {"date": date, "time": time}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


# ----------------------------------------------------------------------------------------------------------------
# headers (RFC 2047 by hand so that the label may differ from the codec, as Outlook's gb2312 carrying GBK)
# ----------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur = [], ""
    cs = CODEC[label.lower()]

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

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
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*(who(p) if isinstance(p, str) else p), label=label, mode=mode, quote=quote)
                    for p in people)


# ----------------------------------------------------------------------------------------------------------------
# MIME
# ----------------------------------------------------------------------------------------------------------------
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
        ct += ';\n\t%s="%s"' % (k, v) if len(ct) > 40 else '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(CODEC[label.lower()])
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, params=()):
    m = Message()
    ct = 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    m.preamble = "This is a multi-part message in MIME format." if subtype != "alternative" else None
    m.epilogue = ""
    return m


def envelope(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    top["MIME-Version"] = "1.0"
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


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20]).decode()


# ----------------------------------------------------------------------------------------------------------------
# body model
# ----------------------------------------------------------------------------------------------------------------
class Tbl:
    def __init__(self, rows, plain="tab", head=1):
        self.rows, self.plain, self.head = rows, plain, head


class Quote:
    """Everything after this block is the quoted earlier mail. style gt: '> ' prefix in text (Gmail/Apple);
    flat: no prefix (Outlook/Foxmail/QQ/Coremail put a header block and the old text as is)."""
    def __init__(self, header, style="flat"):
        self.header, self.style = header, style


def text_of(blocks):
    out, pref = [], ""
    for b in blocks:
        if isinstance(b, Quote):
            out.extend(b.header)
            pref = "> " if b.style == "gt" else ""
            continue
        if isinstance(b, Tbl):
            lines = []
            for r in b.rows:
                if b.plain == "tab":
                    lines.append("\t".join(r))
                elif b.plain == "pipe":
                    lines.append("| " + " | ".join(r) + " |")
                else:
                    lines.extend(r)
                    lines.append("")
        else:
            lines = [b]
        for l in lines:
            out.append((pref + l) if l else pref.rstrip())
    return "\n".join(out) + "\n"


def html_of(blocks, style="div", font="微软雅黑"):
    """A plain-looking HTML part as the given client writes it."""
    def line(t):
        if style == "outlook":
            return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(t) if t else "&nbsp;")
        if style == "foxmail":
            return "<div>%s</div>\n" % (html.escape(t) if t else "<br>")
        if style == "coremail":
            return '<div style="line-height:1.7;">%s</div>\n' % (html.escape(t) if t else "<br>")
        return "<div>%s</div>\n" % (html.escape(t) if t else "<br>")

    def table(t):
        s = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n']
        for i, r in enumerate(t.rows):
            tag = "th" if i < t.head else "td"
            s.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in r) + "</tr>\n")
        s.append("</table>\n")
        return "".join(s)

    out, quoted = [], False
    for b in blocks:
        if isinstance(b, Quote):
            if style == "outlook":
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
                out.extend(line(h) for h in b.header)
                out.append("</div>\n")
            elif b.style == "gt":
                out.append('<div class="gmail_quote">%s<blockquote class="gmail_quote" style="margin:0px 0px 0px '
                           '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                           % "".join(line(h) for h in b.header))
                quoted = True
            else:
                out.append('<div style="font-size:12px;background:#efefef;padding:8px;">\n')
                out.extend(line(h) for h in b.header)
                out.append("</div>\n<blockquote>\n")
                quoted = True
            continue
        out.append(table(b) if isinstance(b, Tbl) else line(b))
    if quoted:
        out.append("</blockquote></div>\n" if style != "outlook" else "")
    inner = "".join(out)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;}\n--></style>\n</head>\n'
                '<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + "</div>\n</body>\n</html>\n")
    if style == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%%CS%%"><style>body { '
                'line-height: 1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); '
                'line-height: 1.5; }</style></head><body>\n' + inner + "</body></html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n' % font + inner + "</div></body></html>\n")


# ----------------------------------------------------------------------------------------------------------------
# clients: each returns (headers list, body part)
# ----------------------------------------------------------------------------------------------------------------
CASES = []


def build(case, blocks, client, frm, to, cc, subject, sent, *, in_reply_to=None, references=None, extra=(),
          attachments=(), html_part=True, seed=None, label=None, cte=None, plain_only=False, html_only=False):
    seed = seed or case
    org = None
    fe = who(frm)[1] if isinstance(frm, str) else frm[1]
    dom = fe.split("@")[1]
    text = text_of(blocks)
    prof = CLIENTS[client]
    label = label or prof["label"]
    cte = cte or prof["cte"]
    parts = []
    if not html_only:
        parts.append(leaf("text/plain", text, label, cte, crlf=prof.get("crlf", False), ct_quote=prof.get("q", True)))
    if html_part and not plain_only:
        h = html_of(blocks, prof["html"]).replace("%%CS%%", label)
        if label.lower() == "big5":
            h = h.replace("等线", "新細明體").replace("ZH-CN", "ZH-TW")
        parts.append(leaf("text/html", h, label, prof.get("hcte", cte), crlf=prof.get("crlf", False),
                          ct_quote=prof.get("q", True)))
    body = parts[0] if len(parts) == 1 else multi("alternative", parts, prof["boundary"](seed + "a"))
    if attachments:
        atts = []
        for fn, ctype, data in attachments:
            efn = fn if all(ord(c) < 128 for c in fn) else "".join(encoded_words(fn, hl_att(label), "B", 200))
            a = leaf(ctype, data=data, cte="base64", params=(("name", efn),),
                     headers=(("Content-Disposition", 'attachment;\n\tfilename="%s"' % efn),))
            atts.append(a)
        body = multi("mixed", [body] + atts, prof["boundary"](seed + "m"))
    hl = prof["hlabel"] if prof["hlabel"] != "same" else label
    hmode = prof.get("hmode", "B")
    heads = [("Return-Path", "<%s>" % fe),
             ("Received", "from %s (unknown [%s])\n\tby mx.%s with ESMTPS id %s;\n\t%s" %
              (prof["host"](dom), "10.%d.%d.%d" % tuple(int(hx(seed, 2), 16) % 200 + i for i in range(3)), dom,
               hx(seed + "r", 12).upper(), rfc_date(sent.astimezone(TZ8) + dt.timedelta(seconds=2))))]
    fdisp = who(frm) if isinstance(frm, str) else frm
    heads += prof["top"](sent, seed, dom)
    heads.append(("From", haddr(*fdisp, label=hl, mode=hmode, quote=prof.get("aq", False))))
    heads.append(("To", haddrs(to, hl, hmode, prof.get("aq", False))))
    if cc:
        heads.append(("Cc", haddrs(cc, hl, hmode, prof.get("aq", False))))
    heads.append(("Subject", htext(subject, hl, hmode)))
    heads.append(("Date", prof.get("datefmt", rfc_date)(sent)))
    heads.append(("Message-ID", prof["msgid"](sent, seed, dom)))
    if in_reply_to:
        heads.append(("In-Reply-To", in_reply_to))
    if references:
        heads.append(("References", references))
    heads += prof["tail"](sent, seed, dom)
    heads += list(extra)
    return serialize(envelope(heads, body), crlf=prof.get("crlf_file", False))


def hl_att(label):
    return label if label.lower() in CODEC else "utf-8"


def _b_outlook(s):
    return "_000_%s_" % hx(s, 40).upper()


CLIENTS = {
    "outlook": dict(label="gb2312", cte="base64", hlabel="gb2312", html="outlook", boundary=lambda s: "----=_NextPart_000_%s" % hx(s, 22).upper()[:4] + "_01DC" + hx(s, 8).upper(),
                    host=lambda d: "PC-" + "WIN",
                    top=lambda t, s, d: [],
                    msgid=lambda t, s, d: "<000%s$%s$%s@%s>" % (hx(s, 9)[:9], hx(s + "1", 8), hx(s + "2", 8), d),
                    tail=lambda t, s, d: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(s)),
                                          ("Content-Language", "zh-cn")], crlf=True),
    "outlook_utf8": dict(label="utf-8", cte="quoted-printable", hlabel="utf-8", html="outlook",
                         boundary=lambda s: "_000_%s_" % hx(s, 30).upper(), host=lambda d: "APC01-SG2-obe.outbound.protection.outlook.com",
                         top=lambda t, s, d: [],
                         msgid=lambda t, s, d: "<SG2PR06MB%s%s@SG2PR06MB%s.apcprd06.prod.outlook.com>" % (hx(s, 4).upper(), hx(s + "x", 8).upper(), hx(s, 4).upper()),
                         tail=lambda t, s, d: [("Thread-Index", thread_index(s)),
                                               ("Accept-Language", "en-SG, zh-CN"), ("Content-Language", "en-US"),
                                               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
    "outlook_big5": dict(label="big5", cte="base64", hlabel="big5", html="outlook",
                         boundary=lambda s: "----=_NextPart_000_%s" % hx(s, 16).upper(), host=lambda d: "mail.formosa-biopharma.example.com.tw",
                         top=lambda t, s, d: [],
                         msgid=lambda t, s, d: "<008%s$%s$%s@%s>" % (hx(s, 7), hx(s + "1", 8), hx(s + "2", 8), d),
                         tail=lambda t, s, d: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(s)),
                                               ("Content-Language", "zh-tw")], crlf=True),
    "foxmail": dict(label="GBK", cte="base64", hlabel="GBK", html="foxmail",
                    boundary=lambda s: "----=_001_NextPart%s_=----" % (str(int(hx(s, 6), 16)).zfill(6) + "_" + hx(s, 12)),
                    host=lambda d: "DESKTOP-" + "Q7M2K",
                    top=lambda t, s, d: [],
                    msgid=lambda t, s, d: "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(hx(s, 8), 16))[:8], d),
                    tail=lambda t, s, d: [("X-Priority", "3"), ("X-GUID", hx(s, 8).upper() + "-" + hx(s + "g", 4).upper() + "-4C1D-A2B9-" + hx(s + "h", 12).upper()),
                                          ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]),
    "iphone": dict(label="utf-8", cte="base64", hlabel="utf-8", html="div", boundary=lambda s: "Apple-Mail-" + hx(s, 8).upper() + "-" + hx(s + "b", 4).upper(),
                   host=lambda d: "smtpclient.apple", q=False,
                   top=lambda t, s, d: [("Content-Type", "")][:0],
                   msgid=lambda t, s, d: "<%s-%s-%s-%s-%s@%s>" % (hx(s, 8).upper(), hx(s, 12)[8:12].upper(), hx(s + "1", 4).upper(), hx(s + "2", 4).upper(), hx(s + "3", 12).upper(), d),
                   tail=lambda t, s, d: [("X-Mailer", "iPhone Mail (22G86)")]),
    "gmail": dict(label="UTF-8", cte="base64", hcte="base64", hlabel="UTF-8", html="div",
                  boundary=lambda s: "000000000000" + hx(s, 16), host=lambda d: "mail-pl1-f178.google.com",
                  top=lambda t, s, d: [],
                  msgid=lambda t, s, d: "<CA%s+%s@mail.gmail.com>" % (hx(s, 10).upper(), base64.b64encode(hashlib.sha256(s.encode()).digest()[:24]).decode().replace("/", "_").replace("+", "-")),
                  tail=lambda t, s, d: []),
    "coremail": dict(label="GBK", cte="base64", hlabel="GBK", html="coremail",
                     boundary=lambda s: "----=_Part_%d_%d.%d" % (int(hx(s, 6), 16), int(hx(s + "p", 7), 16), 1700000000000 + int(hx(s, 8), 16) % 99999999999),
                     host=lambda d: "mail." + d, datefmt=rfc_date0,
                     top=lambda t, s, d: [],
                     msgid=lambda t, s, d: "<%s.%s.%s.%s@%s>" % (hx(s, 8), str(int(hx(s, 5), 16)), "19a" + hx(s + "c", 9), d.split(".")[0], d),
                     tail=lambda t, s, d: [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT6 build 20231020(b4ca17f9) Copyright (c) 2002-2025 www.mailtech.cn " + d.split(".")[0]),
                                           ("X-Originating-IP", "[10.64.%d.%d]" % (int(hx(s, 2), 16), int(hx(s + "i", 2), 16))),
                                           ("X-CM-CTRLDATA", hx(s, 24) + "=="), ("X-CM-TRANSID", hx(s + "t", 28) + "--.%d" % int(hx(s, 4), 16))]),
    "exmail": dict(label="gb18030", cte="base64", hlabel="gb18030", html="div",
                   boundary=lambda s: "----=_NextPart_%s_%s_%s" % (hx(s, 8).upper(), hx(s + "1", 8).upper(), hx(s + "2", 8).upper()),
                   host=lambda d: "smtpbg.qq.com", datefmt=rfc_date0,
                   top=lambda t, s, d: [],
                   msgid=lambda t, s, d: "<tencent_%s@qq.com>" % hx(s, 34).upper(),
                   tail=lambda t, s, d: [("X-QQ-mid", "bizesmtp%st%s" % (int(hx(s, 8), 16) % 99, int(t.timestamp()))), ("X-QQ-SSF", "0000000000000000"),
                                         ("X-Mailer", "QQMail 2.x"), ("X-QQ-STYLE", ""), ("X-QQ-FEAT", hx(s, 30))]),
    "feishu": dict(label="UTF-8", cte="base64", hlabel="UTF-8", html="div",
                   boundary=lambda s: hx(s, 32), host=lambda d: "va-mail-sm01.feishu.cn",
                   top=lambda t, s, d: [],
                   msgid=lambda t, s, d: "<%s+lark%s@%s>" % (hx(s, 20), int(hx(s + "f", 8), 16), d),
                   tail=lambda t, s, d: [("X-Lms-Return-Path", "<lba+" + hx(s, 16) + "@" + d + ">"), ("X-Original-From", "")][:1]),
    "dingtalk": dict(label="UTF-8", cte="base64", hlabel="UTF-8", html="div",
                     boundary=lambda s: "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(s, 5), 16), hx(s, 8), hx(s + "z", 6)),
                     host=lambda d: "out30-130.freemail.mail.aliyun.com",
                     top=lambda t, s, d: [],
                     msgid=lambda t, s, d: "<%s.%s@%s>" % (hx(s, 8), hx(s + "d", 14), d),
                     tail=lambda t, s, d: [("X-Mailer", "Alimail-Mailagent revision 4"), ("X-Priority", "3")]),
    "apple": dict(label="utf-8", cte="quoted-printable", hlabel="utf-8", html="div", q=False,
                  boundary=lambda s: "Apple-Mail=_" + hx(s, 8).upper() + "-" + hx(s + "q", 4).upper() + "-4F3C-9E21-" + hx(s + "w", 12).upper(),
                  host=lambda d: "smtpclient.apple",
                  top=lambda t, s, d: [],
                  msgid=lambda t, s, d: "<%s-%s@%s>" % (hx(s, 8).upper(), hx(s + "1", 8).upper(), d),
                  tail=lambda t, s, d: [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]),
}


def add(slug, kind, notes, eml, items=(), followup=None, reply=None, what=""):
    CASES.append({"slug": slug, "eml": eml, "what": what,
                  "gold": {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply,
                           "notes": notes}})


# ================================================================================================================
# 渝跃摩配 (Chongqing motorcycle parts)
# ================================================================================================================
def c_yy_monthly():
    sent = ts("2025-09-26 17:42:10")
    s = sent.date()
    expect(last_workday_before(day("2025-10-01")), "2025-09-30", "国庆节前 = last workday before 10-01")
    expect(add_workdays(s, 3), "2025-09-30", "3个工作日内 from Fri 09-26 counts the 09-28 make-up Sunday")
    expect(first_workday_after(day("2025-10-08")), "2025-10-09", "节后第一个工作日")
    expect(month_end(2025, 9), "2025-09-30", "月底")
    rows = [["序号", "工作事项", "责任部门/责任人", "完成时间", "备注"],
            ["1", "9月份经营数据（产值、回款、库存）复核并定稿", "财务部 况玲", "国庆节前", ""],
            ["2", "CB150前叉总成市场退货分析报告", "质量部（主责）/生产部（配合）冉晓东", "3个工作日内", "含8D"],
            ["3", "铝压铸件二供导入方案（含价格对比）", "供应商管理部 秦川", "10月15日前", "邓总关注"],
            ["4", "四季度排产计划与节后复工安排", "生产部 熊伟", "节后第一个工作日", ""],
            ["5", "应收账款逾期90天以上客户清单，逐户落实催收责任人", "财务部 况玲", "月底", ""],
            ["6", "①压铸二车间液压站漏油点整改；②整改后提交设备科验收单", "生产部 黎明辉", "①10月10日前 ②10月17日前", ""],
            ["7", "喷涂线VOCs环评整改", "生产部", "待定", "等环保局复函"]]
    blocks = ["各位：",
              "",
              "9月月度经营分析会纪要如下，请各责任部门按期落实。",
              "",
              "会议时间：2025年9月26日（周五）14:30-17:00",
              "会议地点：行政楼三楼大会议室",
              "主持：邓总",
              "参会：况玲、冉晓东、秦川、熊伟、谭静",
              "记录：谭静",
              "",
              "一、经营情况",
              "9月产值完成计划的96.3%，回款率88%，较8月提升5个百分点；摩托车减震器外销订单同比增长12%。",
              "",
              "二、会议决定",
              "1. 自10月起，质量索赔超过5000元的须报邓总审批。",
              "2. 国庆假期10月1日至8日放假，9月28日（周日）正常上班。",
              "",
              "三、待办事项",
              Tbl(rows),
              "",
              "下次月度经营分析会：10月31日（周五）下午2:30，地点不变。",
              "",
              "质量部 谭静",
              "重庆渝跃摩托车配件有限公司",
              "电话：023-6588XXXX 转 8012"]
    eml = build("yy-monthly", blocks, "outlook", "谭静",
                ["邓志刚", "况玲", "冉晓东", "秦川", "熊伟"], ["纪要助手"],
                "9月月度经营分析会会议纪要", sent)
    items = [item("况玲", "9月份经营数据（产值、回款、库存）复核并定稿", "2025-09-30"),
             item("冉晓东", "CB150前叉总成市场退货分析报告", "2025-09-30"),
             item("秦川", "铝压铸件二供导入方案（含价格对比）", "2025-10-15"),
             item("熊伟", "四季度排产计划与节后复工安排", "2025-10-09"),
             item("况玲", "应收账款逾期90天以上客户清单，逐户落实催收责任人", "2025-09-30"),
             item("黎明辉", "压铸二车间液压站漏油点整改", "2025-10-10"),
             item("黎明辉", "整改后提交设备科验收单", "2025-10-17"),
             item(None, "喷涂线VOCs环评整改", None, None, ["vague_due", "no_owner"], department="生产部")]
    assert is_workday(day("2025-10-10")) and is_workday(day("2025-10-17"))
    add("yy-monthly-outlook-table-national-day", "minutes",
        "Outlook gb2312 base64 HTML table, sent Fri 2025-09-26 (National Day 2025 = 10-01..10-08, make-up 09-28 Sun "
        "and 10-11 Sat). 国庆节前 -> last working day before 10-01 = 09-30. 3个工作日内 from 09-26: 09-28 (make-up "
        "Sunday) 1, 09-29 2, 09-30 3 -> 09-30. 节后第一个工作日 -> 10-09. 月底 -> 09-30. Row 2 cell '质量部（主责）/"
        "生产部（配合）冉晓东': the named person is the lead owner. Row 6 has two sub-tasks ①② in one cell with their own "
        "dates in the date cell ('①10月10日前 ②10月17日前') -> two items for 黎明辉, 10-10 and 10-17. Row 7 is a department with 待定 -> no_owner + vague_due, "
        "department 生产部. The two 会议决定 lines are decisions, not items. Next meeting '10月31日（周五）下午2:30' -> "
        "2025-10-31 14:30.", eml, items, fu("2025-10-31", "14:30"),
        what="seed-style 待办 table; 主责/配合 in one cell; 国庆节前/节后第一个工作日 around the 2025 National Day make-up days")


def c_yy_phone_morning():
    sent = ts("2026-06-17 08:31:55")
    s = sent.date()
    expect(s + dt.timedelta(days=1), "2026-06-18", "明早9点")
    expect(first_workday_after(day("2026-06-21")), "2026-06-22", "端午后第一个工作日 (Dragon Boat 06-19..06-21)")
    expect(next_week(s, 2), "2026-06-24", "下周三")
    blocks = ["6.17早会",
              "1.二号焊接线夹具定位销磨损 老黎今天下班前换完 换完拍个照",
              "2.点检表上周有三天没签字 小牟明早9点前补齐交熊主任",
              "3.端午放假前最后一天 设备断电检查 向工安排",
              "4.轮毂毛刺投诉 质量部下周三给个结论",
              "5.劳保鞋码数统计 端午后第一个工作日报行政",
              "安全第一 放假前不准带情绪上岗",
              "",
              "发自我的iPhone"]
    eml = build("yy-phone", blocks, "iphone", "熊伟", ["纪要助手"], ["黎明辉", "牟丹", "向国富", "冉晓东"],
                "早会", sent, html_part=False)
    items = [item("黎明辉", "二号焊接线夹具定位销更换，换完拍照", "2026-06-17"),
             item("牟丹", "补齐点检表签字交熊主任", "2026-06-18", "09:00"),
             item("向国富", "端午放假前设备断电检查", "2026-06-18"),
             item(None, "轮毂毛刺投诉给出结论", "2026-06-24", None, ["no_owner"], department="质量部"),
             item(None, "劳保鞋码数统计报行政", "2026-06-22", None, ["no_owner"])]
    add("yy-phone-morning-meeting-iphone", "minutes",
        "Workshop head's morning-meeting notes typed on an iPhone (plain UTF-8 base64, no HTML, no punctuation, "
        "'发自我的iPhone'). Sent Wed 2026-06-17 08:31; Dragon Boat holiday 2026-06-19..06-21. 老黎 = 黎明辉, 小牟 = 牟丹, "
        "向工 = 向国富 (roster aliases; also in Cc). 今天下班前 -> 06-17 without a time. 明早9点前 -> 06-18 09:00. "
        "'端午放假前最后一天' -> the last working day before 06-19 = 06-18 (Thursday). 下周三 -> 06-24 (质量部 only -> "
        "no_owner, department 质量部). Item 5 names nobody (ambiguous: probably the workshop itself; recorded no_owner, "
        "department null); 端午后第一个工作日 -> 06-22. '安全第一…' is a rule, not an item. Subject is only '早会'.",
        eml, items, None, what="phone-typed 车间早会 without punctuation; aliases 老黎/小牟/向工; 明早9点; 端午 holiday")
    expect(last_workday_before(day("2026-06-19")), "2026-06-18", "端午放假前最后一天")


def c_yy_supplier_8d():
    sent = ts("2025-12-11 16:05:33")
    s = sent.date()
    expect(next_week(s, 2), "2025-12-17", "下周三下班前")
    blocks = ["何工、唐经理：",
              "",
              "    今天下午关于ZL-2 离合器壳体气孔问题的专题会纪要如下，请确认。如有出入请在明天中午前回复。",
              "",
              "一、问题描述",
              "    11月批次（批号JL2511-03/04）来料抽检气孔不良率3.8%，超出协议0.5%；其中2件在客户总装线漏油。",
              "",
              "二、双方确认的行动",
              "    1、金龙压铸：8D报告D4根因分析（模温、真空度两方面）由何工负责，12月20日（周六）前提交；",
              "    2、金龙压铸：在库及在途的1,860件全数X光复检，唐经理安排，下周三下班前完成并出报告；",
              "    3、我司质量部谭工：编制ZL-2壳体补充检验指导书（增加X光抽检频次），12月17日前发布；",
              "    4、供应商管理部小蒲：按质量协议第7条核算索赔金额，报秦经理审批，2025年底前完成；",
              "    5、双方：评估更换真空压铸工艺的可行性，尽快给出结论。",
              "",
              "三、其他",
              "    整改期间该零件来料由抽检改为全检，检验工时费用由金龙承担（按协议执行）。",
              "",
              "冉晓东",
              "质量部 部长",
              "重庆渝跃摩托车配件有限公司"]
    eml = build("yy-8d", blocks, "foxmail", "冉晓东", ["何建军", "唐小琴"],
                ["谭静", "蒲雪梅", "秦川", "纪要助手"], "ZL-2离合器壳体气孔问题专题会纪要", sent)
    items = [item("何建军", "8D报告D4根因分析（模温、真空度两方面）", "2025-12-20"),
             item("唐小琴", "在库及在途的1,860件全数X光复检并出报告", "2025-12-17"),
             item("谭静", "编制ZL-2壳体补充检验指导书（增加X光抽检频次）并发布", "2025-12-17"),
             item("蒲雪梅", "按质量协议第7条核算索赔金额，报秦经理审批", "2025-12-31"),
             item(None, "评估更换真空压铸工艺的可行性", None, None, ["vague_due", "no_owner"])]
    add("yy-supplier-8d-foxmail-titles", "minutes",
        "Foxmail GBK base64, quality head to a die-casting supplier. Sent Thu 2025-12-11. 何工 and 唐经理 are known only "
        "from To display names (何建军, 唐小琴 at jinlong-diecast; not in roster -> department null). 谭工 = 谭静, 小蒲 = "
        "蒲雪梅 (aliases). '12月20日（周六）前' -> 2025-12-20 (a Saturday, stated as such). 下周三下班前 -> 2025-12-17, no "
        "time. 2025年底前 -> 2025-12-31. '双方…尽快' -> no_owner + vague_due. '明天中午前回复' is the confirmation "
        "window of the minutes, not an item. The 全检 cost line is an arrangement, not an item.",
        eml, items, None, what="surname+title owners (何工/唐经理) known only from To; supplier 8D; 2025年底")


def c_yy_re_thread():
    sent = ts("2026-03-19 18:20:47")
    s = sent.date()
    expect(next_week(s, 1), "2026-03-24", "下周二")
    expect(month_end(2026, 3), "2026-03-31", "3月底")
    blocks = ["各位，本周质量周会纪要，直接回在上周的邮件里了，方便对照。",
              "",
              "【上周事项跟进】",
              "- 减震器油封渗漏：向工已完成台架试验，结论OK，关闭。",
              "- 来料检验记录电子化：谭工在推，进度约60%。",
              "",
              "【本周新增】",
              "1）OQC出货抽样方案按GB/T 2828.1重新核对AQL值 —— 谭静，下周二",
              "2）客户（宗申）二季度质量审核的自查表 —— 向国富，3月底",
              "3）三坐标测量机年度校准外委询价 —— 冉部长指定小谭先问两家，4月10日前报价到供应商管理部",
              "",
              "下周四同一时间继续。",
              "",
              "谭静 | 质量部",
              "",
              Quote(["发件人: 谭静 <tanjing@yuyue-moto.example.cn>",
                     "发送时间: 2026年3月12日 18:05",
                     "收件人: 冉晓东 <ranxiaodong@yuyue-moto.example.cn>; 向国富 <xiangguofu@yuyue-moto.example.cn>",
                     "抄送: 纪要助手 <jiyao@yuyue-moto.example.cn>",
                     "主题: 质量周会纪要 3.12",
                     ""]),
              "各位，本周质量周会纪要：",
              "1）减震器油封渗漏台架试验 —— 向国富，3月18日前",
              "2）来料检验记录电子化方案 —— 谭静，3月底",
              "3）下周四同一时间继续。"]
    eml = build("yy-re", blocks, "outlook", "谭静", ["冉晓东", "向国富"], ["纪要助手"],
                "RE: 质量周会纪要 3.12", sent, in_reply_to="<000a41c2f$8e1b22d0$5b3f6a71@yuyue-moto.example.cn>",
                references="<000a41c2f$8e1b22d0$5b3f6a71@yuyue-moto.example.cn>")
    items = [item("谭静", "OQC出货抽样方案按GB/T 2828.1重新核对AQL值", "2026-03-24"),
             item("向国富", "客户（宗申）二季度质量审核的自查表", "2026-03-31"),
             item("谭静", "三坐标测量机年度校准外委询价，报价到供应商管理部", "2026-04-10")]
    add("yy-new-minutes-as-re-in-old-thread", "minutes",
        "New weekly minutes sent as 'RE:' in last week's thread (Outlook gb2312, In-Reply-To set). Only the new part "
        "counts: the quoted 3.12 minutes under the Outlook 发件人/发送时间 block are last week's items, not new ones. "
        "'上周事项跟进' lines are status (one closed, one in progress), not items. Sent Thu 2026-03-19. 下周二 -> "
        "03-24; 3月底 -> 03-31; item 3: '冉部长指定小谭' -> the doer is 小谭 = 谭静 (冉部长 only assigned it). "
        "'下周四同一时间继续' -> 2026-03-26 at the time of this meeting; the mail does not state the meeting time (the "
        "mail went out at 18:20), so the time is null.", eml, items, fu("2026-03-26", None),
        what="new minutes posted as RE: above quoted old minutes; 下周四同一时间 without a stated time")
    expect(next_week(s, 3), "2026-03-26", "下周四")


def c_yy_excel_tsv():
    sent = ts("2027-03-15 10:12:08")
    expect(weekday_on_or_after(sent.date(), 4), "2027-03-19", "本周五 (plain arithmetic, 2027)")
    rows = [["状态", "备注", "完成时限", "责任人", "事项", "优先级"],
            ["已完成", "2/26已签", "2/28", "秦川", "年度框架协议续签（橡胶件）", "高"],
            ["进行中", "", "3/31", "蒲雪梅", "二季度供应商绩效评分表下发并回收", "中"],
            ["未开始", "需质量部配合", "4月上旬", "秦川", "华盛橡胶现场审核", "高"],
            ["进行中", "", "本周五", "蒲雪梅", "钢材调价函回复（附成本测算）", "高"],
            ["未开始", "", "2027年6月底", "况玲", "供应商账期从60天调整为90天的影响评估", "低"]]
    blocks = ["秦经理，",
              "",
              "今天上午供应商例会的跟踪表，从Excel里直接贴的：",
              "",
              Tbl(rows),
              "",
              "有问题随时喊我。",
              "雪梅"]
    eml = build("yy-tsv", blocks, "exmail", "蒲雪梅", ["秦川"], ["况玲", "纪要助手"],
                "供应商例会跟踪表 0315", sent, html_part=True)
    items = [item("蒲雪梅", "二季度供应商绩效评分表下发并回收", "2027-03-31"),
             item("秦川", "华盛橡胶现场审核", None, None, ["vague_due"]),
             item("蒲雪梅", "钢材调价函回复（附成本测算）", "2027-03-19"),
             item("况玲", "供应商账期从60天调整为90天的影响评估", "2027-06-30")]
    add("yy-excel-range-pasted-tsv", "minutes",
        "Exmail gb18030: an Excel range pasted as tab-separated text (the HTML part has the same table), columns in an "
        "unusual order 状态|备注|完成时限|责任人|事项|优先级. Sent Mon 2027-03-15 (2027: no working-day phrases used). "
        "The 已完成 row is status, not an item. 3/31 -> 2027-03-31; 4月上旬 is a period without a day -> vague_due "
        "(like the corpus's 11月中旬); 本周五 -> 2027-03-19; 2027年6月底 -> 2027-06-30. '需质量部配合' is a remark; owner "
        "stays 秦川.", eml, items, None,
        what="Excel range pasted as TSV, extra columns (状态/备注/优先级) in unusual order, 已完成 row, 4月上旬")


def c_yy_notice_other():
    sent = ts("2026-05-29 09:05:12")
    blocks = ["各部门：",
              "",
              "    定于2026年6月3日（星期三）下午2:30在行政楼三楼大会议室召开5月份月度经营分析会，现将有关事项通知如下：",
              "    一、参会人员：公司领导，各部门负责人。",
              "    二、会议议程：1.财务部通报5月经营数据；2.质量部通报质量损失；3.各部门汇报重点工作进展。",
              "    三、请各部门于6月2日（星期二）12:00前将汇报材料（PPT不超过5页）发送至总经办邮箱。",
              "    四、请参会人员提前10分钟到场，会议期间手机调至静音。",
              "",
              "总经办",
              "2026年5月29日"]
    eml = build("yy-notice", blocks, "outlook", "邓志刚", ["冉晓东", "秦川", "熊伟", "况玲"], ["纪要助手"],
                "关于召开5月份月度经营分析会的通知", sent)
    add("yy-meeting-notice-not-minutes", "other",
        "A meeting notice (会议通知) from 总经办, not minutes: it announces a future meeting and asks every department "
        "for slides by 6月2日12:00. It has 一、二、三 points, a deadline and departments, but no meeting has been held "
        "and nobody is assigned a tracked action; a careful assistant would not create items from it. The bot is in "
        "Cc because the organiser always copies it. kind other, no items, no follow-up.", eml, (), None,
        what="会议通知 with a materials deadline: looks like minutes, is not")


def c_yy_boss_prose():
    sent = ts("2025-08-21 21:47:30")
    s = sent.date()
    expect(month_end(2025, 8), "2025-08-31", "8月底")
    expect(next_week(s, 4), "2025-08-29", "下周五")
    blocks = ["各位：",
              "",
              "今天下午总经理办公会我讲的几件事，再用邮件落一下，免得大家记岔了。",
              "",
              "上半年利润没达到预算，主要是铝锭涨价和废品率。成本这块请况总监牵头，8月底前把分产品线的成本倒挂清单拉出来，"
              "哪些型号是亏着做的要一目了然。",
              "",
              "废品率的事情冉部长不要再等月报了，每周一早上把上周的废品率和前三名缺陷发到管理层群里，这个从下周开始就执行。",
              "",
              "宗申那边的年度降价要求，秦经理下周五前拿一个应对方案出来，底线是不超过2%。能谈就谈，谈不下来再找我。",
              "",
              "另外，车间的5S检查我月底要亲自去看，熊主任心里有个数。",
              "",
              "邓志刚",
              "",
              "发自我的华为手机"]
    eml = build("yy-boss", blocks, "coremail", "邓志刚", ["况玲", "冉晓东", "秦川", "熊伟"], ["纪要助手"],
                "总经理办公会要点", sent, html_part=True)
    items = [item("况玲", "拉出分产品线的成本倒挂清单", "2025-08-31"),
             item("冉晓东", "每周一早上把上周的废品率和前三名缺陷发到管理层群里", None, None, ["no_due"]),
             item("秦川", "宗申年度降价要求的应对方案", "2025-08-29")]
    add("yy-gm-prose-paragraphs", "minutes",
        "The general manager's own prose mail (Coremail, GBK) late on Thu 2025-08-21: items buried in paragraphs. 况总监 = "
        "况玲 -> 8月底前 = 2025-08-31. 冉部长 = 冉晓东: a recurring weekly duty starting next week with no single deadline "
        "-> no_due (ambiguous: a tracker could also set the first Monday 08-25; a careful human records the duty "
        "without a date). 秦经理 = 秦川, 下周五前 -> 08-29. '5S检查我月底要亲自去看，熊主任心里有个数' is the boss's own "
        "plan, not an assigned task -> not an item. '上半年利润…' is context.", eml, items, None,
        what="manager's prose mail with items in paragraphs; recurring duty; boss's own plan is not an item")


def c_yy_dingtalk_ai():
    sent = ts("2025-07-24 19:10:03")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2025-07-25", "周五前")
    expect(next_week(s, 0), "2025-07-28", "下周一")
    blocks = ["转给纪要助手登记一下，下面是钉钉闪记自动生成的。",
              "",
              "【钉钉闪记】供应商质量月度例会",
              "会议时间：2025-07-24 14:00-15:12 | 时长：72分钟 | 发言人：4人",
              "",
              "■ 智能摘要",
              "本次会议回顾了6月来料批次合格率（97.2%），讨论了橡胶件供应商华盛的交付延迟问题，冉晓东要求月底前完成供应商分级，"
              "秦川表示将与华盛高层沟通。会议还讨论了新版来料检验规范的试运行情况。",
              "",
              "■ 章节速览",
              "00:01:12 来料合格率回顾",
              "  谭静汇报6月来料合格率97.2%，较5月下降0.6个百分点，主要集中在橡胶件。",
              "00:18:40 华盛交付延迟",
              "  秦川：华盛这个月已经第三次延迟了，我下周找他们老板谈。",
              "00:41:05 检验规范试运行",
              "  向国富：新规范试运行两周，检验效率提升约15%。",
              "",
              "■ 待办事项",
              "□ 谭静：周五前输出橡胶件来料不良柏拉图",
              "□ 秦川：下周一约谈华盛总经理，形成约谈纪要",
              "□ 向国富：8月5日前把新版来料检验规范报冉部长审批",
              "",
              "以上内容由AI生成，仅供参考"]
    eml = build("yy-ding", blocks, "dingtalk", "谭静", ["纪要助手"], ["冉晓东", "秦川", "向国富"],
                "转发：【钉钉闪记】供应商质量月度例会", sent)
    items = [item("谭静", "输出橡胶件来料不良柏拉图", "2025-07-25"),
             item("秦川", "约谈华盛总经理，形成约谈纪要", "2025-07-28"),
             item("向国富", "新版来料检验规范报冉部长审批", "2025-08-05")]
    add("yy-dingtalk-ai-minutes", "minutes",
        "DingTalk AI minutes (钉钉闪记) pasted by the recorder with a one-line preface. Only the '待办事项' checkboxes are "
        "items. The 智能摘要 mentions '冉晓东要求月底前完成供应商分级' and the chapter list has time stamps and '我下周找他们"
        "老板谈' — summary and transcript, not items. '以上内容由AI生成' footer. Sent Thu 2025-07-24: 周五前 -> 07-25; 下周一 "
        "-> 07-28; 8月5日前 -> 2025-08-05.", eml, items, None,
        what="钉钉 AI minutes: summary + time-stamped chapters + 待办; only 待办 count; AI-generated footer")


# ================================================================================================================
# 星芒互娱 MCN (Hangzhou livestreaming)
# ================================================================================================================
def c_xm_feishu_md():
    sent = ts("2026-10-09 20:36:41")
    s = sent.date()
    expect(s + dt.timedelta(days=1), "2026-10-10", "明天 (Sat 10-10, make-up working day)")
    assert is_workday(day("2026-10-10"))
    expect(add_workdays(s, 2), "2026-10-12", "2个工作日内 from Fri 10-09: 10-10 make-up Sat, 10-12 Mon")
    expect(next_week(s, 2), "2026-10-14", "下周三下班前")
    blocks = ["# 双11 第一轮选品会",
              "",
              "> 时间：10/9 16:00-18:00 ｜ 地点：3F 直播间B ｜ 记录：@林朵",
              "",
              "## 结论",
              "- 美妆品类主推两个爆品+一个引流款，坑位费上限 3w",
              "- 家居类今年不做专场，穿插在日常场",
              "",
              "## 选品表（初筛）",
              Tbl([["品牌", "品类", "机制", "状态"],
                   ["花间集", "彩妆", "买一送一+小样", "待寄样"],
                   ["木野", "香薰", "第二件半价", "已过审"],
                   ["暖屿", "家居服", "满299-50", "待谈佣金"]], plain="pipe"),
              "",
              "## TODO",
              "- [ ] @林朵 花间集样品寄到公司，明天（周六调休上班）到",
              "- [ ] @潘越 暖屿佣金谈到25%以上，2个工作日内给结果",
              "- [ ] @小满 试用木野香薰，拍3条种草短视频，下周三下班前",
              "- [x] @林朵 木野资质审核",
              "- [ ] @吴桐 双11预热期投流预算拆分表",
              "",
              "---",
              "本文档由 飞书云文档 导出"]
    eml = build("xm-md", blocks, "feishu", "林朵", ["潘越", "蒋满", "吴桐"], ["沈可欣", "待办小助手"],
                "【纪要】双11第一轮选品会", sent)
    items = [item("林朵", "花间集样品寄到公司", "2026-10-10"),
             item("潘越", "暖屿佣金谈到25%以上并给结果", "2026-10-12"),
             item("蒋满", "试用木野香薰，拍3条种草短视频", "2026-10-14"),
             item("吴桐", "双11预热期投流预算拆分表", None, None, ["no_due"])]
    add("xm-feishu-doc-markdown-export", "minutes",
        "Feishu-doc export pasted as Markdown (headings, '>' meta line, pipe table, '- [ ]' checkboxes with @handles). "
        "Sent Fri 2026-10-09, the day after National Day 2026 (make-up Saturday 10-10). '明天（周六调休上班）' -> "
        "2026-10-10. 2个工作日内: 10-10 (make-up Sat) 1, 10-12 Mon 2 -> 10-12. 下周三下班前 -> 10-14, no time. "
        "@小满 = 蒋满 (alias, stage name). '- [x]' is done -> not an item. Rows of the 选品表 are status (待寄样/已过审) "
        "not items; 结论 lines are decisions. The 投流 item has no date -> no_due.", eml, items, None,
        what="Feishu-doc Markdown export: headings, pipe table, - [ ] @handles, - [x] done, 调休 Saturday")


def c_xm_wechat_paste():
    sent = ts("2025-11-13 23:18:20")
    s = sent.date()
    expect(weekday_on_or_after(s, 6), "2025-11-16", "周日")
    blocks = ["群里聊的排班会，我整理一下发邮件留个底，小助手帮忙记一下",
              "",
              "—————— 聊天记录 ——————",
              "沈可欣 21:02",
              "下周排班先定一下，小满周二周四晚场，佳姐那边新签的两个主播周末白天场试播",
              "俞佳 21:05",
              "可以，试播的两个我明天中午12点前把资料和身份证复印件给到一鸣",
              "周一鸣 21:06",
              "收到👌",
              "沈可欣 21:10",
              "@周一鸣 完整排班表今晚10点前发群里哈，我要过一遍",
              "周一鸣 21:11",
              "好 马上",
              "方晴 21:15",
              "场控这边周末缺一个人",
              "沈可欣 21:16",
              "@方晴 你周日前把场控兼职的人选定下来，预算按上次的来",
              "方晴 21:16",
              "[OK]",
              "孔令杰 21:20",
              "双11返场投流我这边先停两天，等数据回来再说",
              "—————— 以上 ——————",
              "",
              "一鸣"]
    eml = build("xm-wx", blocks, "feishu", "周一鸣", ["待办小助手"], ["沈可欣", "俞佳", "方晴", "孔令杰"],
                "排班会（群聊整理）", sent, html_part=False)
    items = [item("俞佳", "试播的两个主播资料和身份证复印件给到一鸣", "2025-11-14", "12:00"),
             item("周一鸣", "完整排班表发群里", "2025-11-13", "22:00"),
             item("方晴", "把周末场控兼职人选定下来", "2025-11-16")]
    add("xm-wechat-group-chat-paste", "minutes",
        "A WeChat group chat pasted into a mail (Feishu mail, plain UTF-8 base64) and sent late Thu 2025-11-13 23:18. "
        "The assignments made in the chat are the items: 俞佳 offers '明天中午12点前' -> 2025-11-14 12:00; 沈可欣 asks "
        "@周一鸣 '今晚10点前' -> 2025-11-13 22:00 (already past when the mail was sent; kept as written); @方晴 '周日前' "
        "-> 2025-11-16. The schedule ('小满周二周四晚场…') is a decision; 孔令杰's '先停两天' is a statement of his "
        "own plan with no deliverable -> not an item (ambiguous; a human assistant would not track it). 收到/好/[OK] "
        "are acknowledgements.", eml, items, None,
        what="WeChat group chat pasted with sender/time lines; @-assignments; 今晚10点前 / 明天中午12点前")


def c_xm_feishu_ai():
    sent = ts("2026-01-14 18:02:44")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2026-01-16", "周五前")
    expect(next_week(s, 1), "2026-01-20", "下周二")
    blocks = ["飞书妙记 | 年货节投流复盘",
              "2026年1月14日 15:30 | 48分钟 | 参会人：孔令杰、吴桐、沈可欣、潘越",
              "",
              "总结",
              "本次会议复盘了年货节前两周的投流数据，整体ROI 2.1，低于目标2.5。孔令杰指出千川素材同质化严重，"
              "需要尽快补充新素材；潘越提出坚果礼盒的佣金可以再让2个点用于投流。会议决定下周起预算向坚果礼盒倾斜。",
              "",
              "章节",
              "00:00 开场与数据总览",
              "06:42 千川素材问题：孔令杰认为目前8条素材中有6条点击率低于1%，建议本周内全部替换。",
              "21:15 坚果礼盒佣金：潘越同意让利2个点，需和品牌方确认。",
              "37:50 下周预算分配",
              "",
              "待办",
              "吴桐：周五前补充10条新千川素材（短视频）",
              "潘越：和坚果礼盒品牌方确认让利2个点，下周二给答复",
              "沈可欣：年货节后半程主播话术调整",
              "待定：达人矩阵号是否参与年货节 —— 负责人待定",
              "",
              "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用"]
    eml = build("xm-lark-ai", blocks, "feishu", "孔令杰", ["吴桐", "沈可欣", "潘越"], ["待办小助手"],
                "飞书妙记：年货节投流复盘", sent)
    items = [item("吴桐", "补充10条新千川素材（短视频）", "2026-01-16"),
             item("潘越", "和坚果礼盒品牌方确认让利2个点并给答复", "2026-01-20"),
             item("沈可欣", "年货节后半程主播话术调整", None, None, ["no_due"]),
             item(None, "达人矩阵号是否参与年货节", None, None, ["no_owner", "vague_due"])]
    add("xm-feishu-ai-minutes", "minutes",
        "Feishu Minutes (飞书妙记) AI export: 总结 and time-stamped 章节 are summary/transcript ('需要尽快补充新素材', "
        "'建议本周内全部替换' are not items); only the 待办 section counts. Sent Wed 2026-01-14: 周五前 -> 01-16; 下周二 "
        "-> 01-20; 沈可欣's item has no date -> no_due; '待定：… 负责人待定' -> no_owner + vague_due (待定). 'AI 生成' "
        "footer.", eml, items, None,
        what="飞书妙记 AI minutes: only 待办 count; '负责人待定' line")


def c_xm_one_liner():
    sent = ts("2026-07-23 13:58:09")
    expect(weekday_on_or_after(sent.date(), 5), "2026-07-25", "周六前")
    blocks = ["今天选品会就一件事：朵朵周六前把山野茶的样品寄回品牌方（顺丰到付），其他照旧。", "", "—— 潘越"]
    eml = build("xm-one", blocks, "feishu", "潘越", ["林朵"], ["待办小助手"], "选品会", sent)
    items = [item("林朵", "把山野茶的样品寄回品牌方（顺丰到付）", "2026-07-25")]
    add("xm-one-line-minutes", "minutes",
        "A busy manager's one-line minutes (Feishu, UTF-8). Sent Thu 2026-07-23. 朵朵 = 林朵 (alias, and the only To). "
        "周六前 -> 2026-07-25 (a Saturday; livestreaming teams work weekends). '其他照旧' is not an item.",
        eml, items, None, what="one-line minutes from a busy manager; nickname owner; Saturday due")


def c_xm_emoji_headings():
    sent = ts("2025-04-27 22:05:51")
    s = sent.date()
    assert is_workday(s)
    expect(last_workday_before(day("2025-05-01")), "2025-04-30", "五一前")
    expect(first_workday_after(day("2025-05-05")), "2025-05-06", "节后")
    expect(next_week(s, 0), "2025-04-28", "下周一 from a Sunday")
    expect(weekday_on_or_after(s, 2), "2025-04-30", "这周三 from Sunday: this week's Wed 04-23 is past -> 04-30")
    blocks = ["今天调休上班开的五一档期会，按人分一下 👇",
              "",
              "👩 可欣",
              "✅ 五一三天大场的流程表已经发群了（完成）",
              "👉 五一前把三天的主播+场控+助播排班最终版定下来",
              "",
              "🧑 杰哥",
              "👉 下周一给五一大场投流预算（千川+随心推分开列）",
              "👉 节后出五一投流复盘",
              "",
              "👧 朵朵",
              "👉 赠品库存盘一下，这周三下班前告诉我缺多少",
              "",
              "🎤 小满",
              "👉 保持嗓子，别熬夜！！😂",
              "",
              "有问题群里说～"]
    eml = build("xm-emoji", blocks, "iphone", "沈可欣", ["孔令杰", "林朵", "蒋满"], ["待办小助手"],
                "五一档期会", sent, html_part=False)
    items = [item("沈可欣", "定下五一三天的主播+场控+助播排班最终版", "2025-04-30"),
             item("孔令杰", "五一大场投流预算（千川+随心推分开列）", "2025-04-28"),
             item("孔令杰", "五一投流复盘", "2025-05-06"),
             item("林朵", "盘赠品库存，告知缺多少", "2025-04-30")]
    add("xm-emoji-person-headings-makeup-sunday", "minutes",
        "iPhone plain UTF-8 with emoji person headings (可欣 / 杰哥 / 朵朵 / 小满 = 沈可欣 / 孔令杰 / 林朵 / 蒋满) and 👉 "
        "bullets. Sent on Sun 2025-04-27, a make-up working day before May Day (05-01..05-05). The ✅ line is done -> "
        "not an item. 五一前 -> last working day before 05-01 = 04-30. 下周一 from a Sunday -> 2025-04-28 (the next "
        "calendar week). 节后 -> first working day after the holiday = 05-06. 这周三下班前: the Sunday belongs to the "
        "week 04-21..04-27, whose Wednesday is past; the writer means the coming Wednesday 04-30 (ambiguous, noted). "
        "'保持嗓子，别熬夜' is a joke, not an item.", eml, items, None,
        what="emoji person headings; sent on a 调休 Sunday; 五一前/节后/下周一 from Sunday")


def c_xm_reply_done():
    sent = ts("2025-04-29 11:26:37")
    blocks = ["1和3都弄好了哈，预算表放群文件了", "",
              Quote(["", "在 2025年4月27日 22:06，待办小助手 <todo@xingmang-mcn.example.com> 写道：", ""], style="gt"),
              "【待办确认】五一档期会",
              "序号 事项 负责人 截止时间",
              "1 五一三天排班最终版 沈可欣 2025-04-30 18:00",
              "2 五一大场投流预算 孔令杰 2025-04-28 18:00",
              "3 五一投流复盘 孔令杰 2025-05-06 18:00",
              "4 盘赠品库存 林朵 2025-04-30 18:00",
              "如有异议请于今日内回复；完成后回复“已完成”，进度回复“进度80%”，延期回复“延期至X月X日”。"]
    eml = build("xm-rdone", blocks, "iphone", "孔令杰", ["待办小助手"], [], "Re: 【待办确认】五一档期会", sent,
                html_part=False, in_reply_to="<recap-3f9a1c07@xingmang-mcn.example.com>",
                references="<xm-emoji-7c1e@xingmang-mcn.example.com> <recap-3f9a1c07@xingmang-mcn.example.com>")
    add("xm-reply-done-two-items-iphone", "reply",
        "iPhone reply '1和3都弄好了哈' = done for items 1 and 3 (written as bare numbers), over an Apple-style '> ' quote "
        "of the bot's recap whose footer lists every command word. Note: item 3 in the recap (投流复盘) is his, item 1 "
        "is 沈可欣's; the reply's intent and numbers are recorded as written (permission is the workflow's business).",
        eml, (), None, rep("done", [1, 3]), what="casual done reply for '1和3' under a quoted recap")


def c_xm_auto_ooo():
    sent = ts("2025-11-14 00:03:11")
    blocks = ["您好，我正在休假（11月14日-11月20日），期间不方便查看邮件。",
              "主播签约事宜请联系蒋满 jiangman@xingmang-mcn.example.com，紧急事项请电话联系。",
              "11月21日回来后会第一时间回复您，谢谢！",
              "",
              "俞佳"]
    eml = build("xm-ooo", blocks, "feishu", "俞佳", ["待办小助手"], [], "自动回复：Re: 【待办确认】排班会（群聊整理）",
                sent, in_reply_to="<recap-88aa71d2@xingmang-mcn.example.com>",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    add("xm-auto-ooo-feishu", "auto",
        "Feishu mail vacation auto-reply to a recap: Auto-Submitted: auto-replied, 'Precedence: auto_reply', subject "
        "'自动回复：'. Body has dates and a name that look like an assignment -> kind auto, nothing else.",
        eml, (), None, None, what="out-of-office auto-reply with dates")


def c_xm_same_task():
    sent = ts("2025-06-03 10:40:00")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2025-06-06", "周五前")
    expect(weekday_on_or_after(s, 2), "2025-06-04", "周三")
    expect(next_week(s, 1), "2025-06-10", "下周二上午 (next meeting)")
    blocks = ["端午后复盘会 6/3（接上周编号）",
              "",
              "7. 小满直播间：端午三天GMV 38.6万，退货率偏高（18%）",
              "8. 【待办】剪一版30秒高光切片投放用 —— 一鸣，周五前",
              "9. 新主播阿雅直播间：场观稳定在2000左右，转化一般",
              "10. 【待办】剪一版30秒高光切片投放用 —— 小方，周五前",
              "11. 【待办】退货率高的原因查清楚（尺码？色差？）—— 朵朵，周三",
              "12. 以后大促前一周，所有样品必须提前到公司，不接受直接寄主播家。",
              "",
              "下周二上午接着复盘618预热。",
              "可欣"]
    eml = build("xm-same", blocks, "exmail", "沈可欣", ["周一鸣", "方晴", "林朵"], ["待办小助手"],
                "端午复盘", sent, label="utf-8")
    items = [item("周一鸣", "剪一版30秒高光切片投放用", "2025-06-06"),
             item("方晴", "剪一版30秒高光切片投放用", "2025-06-06"),
             item("林朵", "退货率高的原因查清楚（尺码？色差？）", "2025-06-04")]
    add("xm-same-task-two-owners-own-numbering", "minutes",
        "Exmail (UTF-8 this time) minutes continuing last week's numbering at 7; only the lines tagged 【待办】 are "
        "items. Two items have exactly the same task text for two owners (one per anchor's room) — both must be kept. "
        "Sent Tue 2025-06-03 (first working day after Dragon Boat 05-31..06-02): 周五前 -> 06-06; 周三 -> 06-04. Lines "
        "7 and 9 are reports; 12 is a rule. 一鸣 = 周一鸣, 小方 = 方晴, 朵朵 = 林朵. Next meeting '下周二上午接着复盘' "
        "written as a sentence with only a half day -> 2025-06-10, time null (上午 is not a clock time).", eml, items,
        fu("2025-06-10", None),
        what="two items with identical task text; the minutes' own numbering starting at 7; rule line")


def c_xm_cny_makeup():
    sent = ts("2026-02-14 17:30:26")
    s = sent.date()
    assert is_workday(s)
    expect(first_workday_after(day("2026-02-23")), "2026-02-24", "节后第一个工作日 (Spring Festival 02-15..02-23)")
    expect(add_workdays(s, 3), "2026-02-26", "3个工作日内 from the 02-14 make-up Saturday")
    blocks = ["年前最后一次例会（2/14 调休上班）",
              "",
              "待办：",
              "1. 节后开播排期表（初八起） —— 沈可欣，节后第一个工作日",
              "2. 春节期间店铺客服值班安排 —— 周一鸣，今天下班前",
              "3. 年货节结算对账（三家品牌） —— 潘越，3个工作日内",
              "4. 2月28日（周六，调休上班）前 完成3月女神节选品初筛 —— 朵朵",
              "5. 投流账户节中暂停，恢复时间等数据组通知 —— 杰哥",
              "",
              "大家新年快乐🧧"]
    eml = build("xm-cny", blocks, "exmail", "沈可欣", ["周一鸣", "潘越", "林朵", "孔令杰"], ["待办小助手"],
                "年前例会纪要", sent)
    items = [item("沈可欣", "节后开播排期表（初八起）", "2026-02-24"),
             item("周一鸣", "春节期间店铺客服值班安排", "2026-02-14"),
             item("潘越", "年货节结算对账（三家品牌）", "2026-02-26"),
             item("林朵", "完成3月女神节选品初筛", "2026-02-28"),
             item("孔令杰", "投流账户节中暂停，恢复时间等数据组通知", None, None, ["vague_due"])]
    expect(day("2026-02-28"), "2026-02-28", "2月28日 make-up Saturday")
    assert is_workday(day("2026-02-28"))
    add("xm-cny-makeup-saturday-numbered", "minutes",
        "Ordinary numbered 待办 (Exmail gb18030) sent on Sat 2026-02-14, a make-up working day before Spring Festival "
        "(02-15..02-23; second make-up day 02-28). 节后第一个工作日 -> 02-24. 3个工作日内 from 02-14: 02-24, 02-25, 02-26 "
        "-> 02-26. 今天下班前 -> 02-14. Item 4 puts the deadline before the task and the owner after: '2月28日（周六，调休"
        "上班）前' -> 02-28. Item 5: the resume time depends on another team ('等…通知') -> vague_due (ambiguous; the "
        "pausing itself is the task). 杰哥 = 孔令杰, 朵朵 = 林朵.", eml, items, None,
        what="numbered 待办 on a Spring-Festival make-up Saturday; 节后第一个工作日; 3个工作日内 across the holiday")


# ================================================================================================================
# 哈尔滨市住房和城乡建设局 (Harbin housing & urban-rural development bureau)
# ================================================================================================================
def c_hz_renovation():
    sent = ts("2026-04-21 16:48:19")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2026-04-24", "本周五")
    blocks = ["哈尔滨市住房和城乡建设局",
              "专题会议纪要",
              "〔2026〕第14期",
              "",
              "2026年4月20日下午，高振国副局长主持召开2026年老旧小区改造工作推进专题会议。城市更新科、房屋安全科、"
              "办公室及道里区、南岗区住建局有关负责同志参加会议。现将会议议定事项纪要如下：",
              "",
              "一、关于改造计划",
              "会议指出，今年全市计划改造老旧小区128个，开工期限紧、任务重。一是城市更新科要牵头，会同各区住建局于4月30日前"
              "完成全部项目的施工图审查，责任人：于海涛；二是房屋安全科要在5月中旬完成改造范围内C、D级危房的复核鉴定；"
              "三是道里区住建局要在本周五前报送群众意愿征询结果。",
              "",
              "二、关于资金保障",
              "会议明确，中央补助资金按“先拨付、后清算”原则执行，不再逐项目审批。",
              "",
              "三、关于督办落实",
              "办公室负责将上述事项纳入督办台账，由刘思远同志每周五汇总进展报高副局长。城市更新科于2026年6月底前完成"
              "首批30个小区主体改造（配合单位：各区住建局），2026年底前全部完工，责任人：孙丽娜。",
              "",
              "出席：高振国 于海涛 孙丽娜 董建平 韩立军 刘思远",
              "",
              "哈尔滨市住房和城乡建设局办公室",
              "2026年4月21日印发"]
    eml = build("hz-reno", blocks, "coremail", "刘思远", ["于海涛", "孙丽娜", "董建平", "道里区住建局"],
                ["高振国", "韩立军", "督办助手"], "专题会议纪要〔2026〕第14期（老旧小区改造推进）", sent)
    items = [item("于海涛", "会同各区住建局完成全部项目的施工图审查", "2026-04-30"),
             item(None, "完成改造范围内C、D级危房的复核鉴定", None, None, ["vague_due", "no_owner"],
                  department="房屋安全科"),
             item(None, "报送群众意愿征询结果", "2026-04-24", None, ["no_owner"]),
             item("刘思远", "每周五汇总督办事项进展报高副局长", None, None, ["no_due"]),
             item("孙丽娜", "完成首批30个小区主体改造", "2026-06-30"),
             item("孙丽娜", "老旧小区改造全部完工", "2026-12-31")]
    add("hz-special-minutes-yishi-ershi", "minutes",
        "Government 专题会议纪要 (Coremail GBK) with 一是…二是…三是… inside a paragraph and items in prose. Sent Tue "
        "2026-04-21. 一是: 城市更新科 leads with a named 责任人 于海涛 -> owner 于海涛, 4月30日前 -> 04-30. 二是: 房屋安全科 "
        "only, 5月中旬 -> no_owner + vague_due, department 房屋安全科. 三是: 道里区住建局 is a unit outside the bureau "
        "-> a unit, not a person: owner_name null, no_owner, department null (not one of ours) even though the unit "
        "is in To with that display name; 本周五前 -> 04-24. 刘思远's weekly summary is a recurring duty -> no_due. Section 三 also has two dated "
        "targets for 城市更新科 with 责任人 孙丽娜: 2026年6月底前 -> 06-30 and 2026年底前 -> 12-31 (two items). The "
        "资金 line is a decision. Ambiguity: a scorer may accept owner_name '道里区住建局' with its To address for item "
        "3; the gold follows the corpus rule for unit-only owners.", eml, items, None,
        what="政府专题会议纪要: 一是二是三是 in prose, 责任人 after the clause, outside unit, 5月中旬, 2026年底前")


def c_hz_duban_notice():
    sent = ts("2025-09-30 11:20:45")
    s = sent.date()
    expect(first_workday_after(day("2025-10-08")), "2025-10-09", "节后第一个工作日")
    expect(add_workdays(s, 5), "2025-10-14", "5个工作日内 from 09-30: 10-09, 10-10, 10-11 (make-up Sat), 10-13, 10-14")
    blocks = ["督办通知",
              "哈住建督〔2025〕37号",
              "",
              "局属各科室、处：",
              "    根据9月29日局长办公会议精神，现将国庆、中秋期间及节后重点工作督办如下：",
              "",
              "    （一）供热试运行准备",
              "    责任单位：供热管理处（牵头）、城市更新科（配合）",
              "    责任人：赵德胜",
              "    完成时限：节后第一个工作日",
              "    工作要求：完成全市供热企业储煤、管网注水情况摸底，形成书面报告。",
              "",
              "    （二）信访积案化解",
              "    责任单位：信访办",
              "    责任人：曲春燕",
              "    完成时限：5个工作日内",
              "    工作要求：对2024年以来涉及供热、物业的12件积案逐件明确包案领导。",
              "",
              "    （三）假期值班",
              "    责任单位：办公室",
              "    完成时限：长期",
              "    工作要求：严格执行24小时值班和领导带班制度，遇突发情况1小时内报告。",
              "",
              "    （四）老旧小区冬季停工前质量巡查",
              "    责任单位：城市更新科",
              "    责任人：孙丽娜",
              "    完成时限：2025年10月11日（星期六）前",
              "",
              "    请各责任单位按时限办结，并将办理情况报局办公室。",
              "",
              "哈尔滨市住房和城乡建设局办公室",
              "2025年9月30日"]
    eml = build("hz-duban", blocks, "coremail", "韩立军", ["赵德胜", "曲春燕", "孙丽娜"], ["高振国", "督办助手"],
                "督办通知（哈住建督〔2025〕37号）", sent)
    items = [item("赵德胜", "完成全市供热企业储煤、管网注水情况摸底，形成书面报告", "2025-10-09"),
             item("曲春燕", "对2024年以来涉及供热、物业的12件积案逐件明确包案领导", "2025-10-14"),
             item("孙丽娜", "老旧小区冬季停工前质量巡查", "2025-10-11")]
    assert is_workday(day("2025-10-11"))
    add("hz-duban-notice-units-timelimits", "minutes",
        "督办通知 in （一）（二）… blocks with 责任单位（牵头/配合）/责任人/完成时限/工作要求 (Coremail GBK), sent Tue 2025-09-30 "
        "just before National Day 2025 (10-01..10-08; make-up Sat 10-11). It assigns tracked tasks with deadlines, so "
        "kind minutes. (一) 节后第一个工作日 -> 10-09; owner the named 责任人 赵德胜 (供热管理处 leads). (二) 5个工作日内 from "
        "09-30: 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14 -> 10-14. (三) is a standing rule for 办公室 with "
        "完成时限 '长期' (24小时值班, '1小时内报告') -> a rule, not a tracked item (ambiguous: a tracker could also record "
        "it as a department-only item with no_owner + no_due; the corpus treats policy lines as never items). (四) 2025年10月11日（星期六）前 -> 10-11, a make-up working "
        "day.", eml, items, None,
        what="督办通知 (一)(二) 责任单位/责任人/完成时限 blocks; 5个工作日内 across National Day and a make-up Saturday; 长期")


def c_hz_heating():
    sent = ts("2025-10-16 17:40:02")
    expect(day("2025-10-19"), "2025-10-19", "10月19日（周日）")
    expect(next_week(sent.date(), 3), "2025-10-23", "下周同一时间 = next Thursday")
    blocks = ["供热保障专题会会议纪要",
              "",
              "时间：2025年10月16日（周四）15:00",
              "地点：局1208会议室",
              "主持：赵德胜",
              "",
              "议定事项：",
              "1.各供热企业于10月20日正式供热前完成二次网注水升压，供热管理处督导（责任人：常洪亮；",
              "  完成时限：10月19日（周日）18:00前）。",
              "2.热线投诉“不热户”的入户测温机制：供热管理处牵头，信访办配合，10月22日前印发",
              "  工作方案（责任人：赵德胜）。",
              "3.对去年供热质量排名后三位的企业约谈（责任人：常洪亮，完成时限：正式供热后一周内，",
              "  即10月27日前）。",
              "4.供热期间局领导带班表由办公室另行印发。",
              "",
              "下次会议：下周同一时间，地点另行通知。",
              "",
              "供热管理处 常洪亮 记录"]
    eml = build("hz-heat", blocks, "foxmail", "常洪亮", ["赵德胜", "曲春燕"], ["韩立军", "督办助手"],
                "供热保障专题会会议纪要（10.16）", sent)
    items = [item("常洪亮", "督导各供热企业完成二次网注水升压", "2025-10-19", "18:00"),
             item("赵德胜", "印发热线投诉“不热户”入户测温机制工作方案", "2025-10-22"),
             item("常洪亮", "约谈去年供热质量排名后三位的企业", "2025-10-27")]
    add("hz-heating-wrapped-lines-nested-brackets", "minutes",
        "Foxmail GBK minutes whose items wrap over two lines with the deadline and owner on the continuation line in "
        "nested brackets: '（责任人：常洪亮；\\n 完成时限：10月19日（周日）18:00前）' -> 2025-10-19 18:00 (a Sunday, as "
        "stated). Item 2: the owner is in the bracket on the continuation line, the date mid-sentence -> 赵德胜, "
        "10-22. Item 3: '正式供热后一周内，即10月27日前' -> the explicit date 10-27. Item 4: 办公室 另行印发 is an "
        "announcement without a date or person (ambiguous; a careful recorder does not track it). 下次会议 '下周同一"
        "时间' = Thu 2025-10-23 15:00 (the meeting was held 15:00).", eml, items, fu("2025-10-23", "15:00"),
        what="items wrapped over lines, owner/deadline in nested brackets on the continuation line; 下周同一时间")


def c_hz_petition_newyear():
    sent = ts("2025-12-30 17:15:38")
    s = sent.date()
    expect(add_workdays(s, 3), "2026-01-05", "3个工作日内 from 12-30: 12-31, 01-04 (make-up Sun), 01-05")
    expect(first_workday_after(day("2026-01-03")), "2026-01-04", "元旦后第一个工作日 = the make-up Sunday")
    blocks = ["信访工作联席会议纪要",
              "",
              "12月30日上午，曲春燕主任主持召开信访工作联席会议，研究元旦前后信访维稳工作。纪要如下：",
              "",
              "（一）南岗区某小区供暖不达标集体访，由供热管理处负责协调热企落实整改，",
              "常洪亮同志具体负责，3个工作日内反馈整改结果。",
              "（二）12345热线转办件中逾期未办结的6件，信访办白雪同志负责逐件催办，元旦后",
              "第一个工作日报曲主任。",
              "（三）关于道外区回迁安置问题，会议认为属历史遗留问题，由城市更新科于科长研究提出化解意见，",
              "时限待定。",
              "",
              "下次联席会议定于2026年1月8日（周四）",
              "上午9:30，局1306会议室。",
              "",
              "信访办",
              "2025年12月30日"]
    eml = build("hz-xf", blocks, "outlook", "白雪", ["曲春燕", "常洪亮", "于海涛"], ["督办助手"],
                "信访工作联席会议纪要", sent, cte="quoted-printable")
    items = [item("常洪亮", "协调热企落实南岗区某小区供暖不达标整改并反馈整改结果", "2026-01-05"),
             item("白雪", "12345热线转办件中逾期未办结的6件逐件催办，报曲主任", "2026-01-04"),
             item("于海涛", "研究提出道外区回迁安置问题化解意见", None, None, ["vague_due"])]
    add("hz-petition-newyear-makeup-sunday", "minutes",
        "Outlook gb2312 quoted-printable; sent Tue 2025-12-30. New Year 2026 holiday 01-01..01-03, make-up working day "
        "Sun 01-04. (一) 3个工作日内: 12-31 (1), 01-04 make-up Sunday (2), 01-05 (3) -> 2026-01-05; the unit is 供热管理处 "
        "but a named person is given: 常洪亮. (二) the deadline wraps: '元旦后\\n第一个工作日' -> 2026-01-04 (a Sunday "
        "make-up day). (三) 于科长 = 于海涛, 时限待定 -> vague_due. Next meeting: the day is on one line and the time on "
        "the next: 2026-01-08 09:30 (the writer's 周四 matches).", eml, items, fu("2026-01-08", "09:30"),
        what="（一）（二） prose items wrapped mid-phrase; 元旦 make-up Sunday; next meeting day and time on two lines")
    assert day("2026-01-08").weekday() == 3


def c_hz_forward():
    sent = ts("2026-03-05 09:12:30")
    expect(month_end(2026, 3), "2026-03-31", "3月底")
    blocks = ["于科长、赵处长：",
              "",
              "转发市政府专题会议纪要，高局批示：“请城市更新科、供热管理处按分工抓好落实。”请二位阅知，"
              "按纪要分工办理，相关进展请于每月25日前报办公室。",
              "",
              "刘思远",
              "局办公室",
              "",
              "---------- 转发的邮件 ----------",
              "发件人：市政府办公厅 <bgt@harbin-gov.example.gov.cn>",
              "发送日期：2026年3月4日 17:30",
              "收件人：市住建局 <bgs@hrbzjj.example.gov.cn>",
              "主题：市政府专题会议纪要（城市更新及供热设施改造）",
              "",
              "市政府专题会议纪要",
              "2026年3月2日，副市长主持召开会议，研究城市更新和供热设施改造工作。会议议定：",
              "一、市住建局城市更新科要于3月20日前将2026年城市更新项目库报市政府（具体负责人：于海涛）。",
              "二、市住建局供热管理处要于3月底前完成老旧供热管网改造项目清单编制（具体负责人：赵德胜）。",
              "三、市财政局要积极争取超长期特别国债资金支持。",
              "四、各区政府要落实属地责任，确保改造工程质量安全。"]
    eml = build("hz-fwd", blocks, "coremail", "刘思远", ["于海涛", "赵德胜"], ["督办助手"],
                "转发：市政府专题会议纪要（城市更新及供热设施改造）", sent)
    items = [item("于海涛", "将2026年城市更新项目库报市政府", "2026-03-20"),
             item("赵德胜", "完成老旧供热管网改造项目清单编制", "2026-03-31"),
             item(None, "积极争取超长期特别国债资金支持", None, None, ["no_owner", "no_due"])]
    add("hz-forwarded-city-minutes-with-preface", "minutes",
        "Coremail forward ('转发：') of the city government's minutes with the forwarder's own preface (the leader's "
        "批示 and 'please report progress before the 25th of each month' — a standing reporting instruction, not an "
        "item of the minutes; ambiguous, kept out). The forwarded body is below a '---------- 转发的邮件 ----------' "
        "block and must not be stripped as a quote. Sent Thu 2026-03-05: 3月20日前 -> 03-20; 3月底前 -> 03-31. 三 is "
        "assigned to another government body (市财政局, not ours) with no date -> no_owner + no_due, department null. "
        "四 is a general requirement for all districts -> not an item.", eml, items, None,
        what="forwarded government minutes with a forwarder's preface and 批示; items below the forward header")


def c_hz_docx():
    sent = ts("2026-11-19 15:02:51")
    expect(next_week(sent.date(), 1), "2026-11-24", "下周二")
    paras = ["房屋安全隐患排查专题会议纪要",
             "时间：2026年11月18日 地点：局1306会议室 主持：董建平",
             "会议研究了入冬以来房屋安全隐患排查工作，议定如下：",
             "一、房屋安全科对全市C、D级危房冬季使用情况开展专项排查，11月27日前形成排查报告。责任人：董建平。",
             "二、城市更新科对已纳入改造计划但尚未开工的小区，逐一制定冬季临时加固措施，12月10日前报局领导。"
             "责任人：孙丽娜。",
             "三、办公室负责起草排查情况通报，下周二前送董科长审核。责任人：刘思远。",
             "四、会议要求，发现险情的，一律先撤人、后处置。"]
    docx = make_docx(paras)
    blocks = ["各位：", "", "昨天房屋安全专题会的纪要见附件，请查收并按分工落实。", "", "房屋安全科 董建平"]
    eml = build("hz-docx", blocks, "coremail", "董建平", ["孙丽娜", "刘思远"], ["高振国", "督办助手"],
                "房屋安全隐患排查专题会议纪要", sent,
                attachments=[("房屋安全隐患排查专题会议纪要.docx",
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])
    items = [item("董建平", "对全市C、D级危房冬季使用情况开展专项排查，形成排查报告", "2026-11-27"),
             item("孙丽娜", "对已纳入改造计划但尚未开工的小区逐一制定冬季临时加固措施，报局领导", "2026-12-10"),
             item("刘思远", "起草排查情况通报，送董科长审核", "2026-11-24")]
    add("hz-minutes-in-docx-attachment", "minutes",
        "The minutes are only in a .docx attachment (Coremail GBK body '纪要见附件'); the attachment's file name is an "
        "RFC 2047 GBK encoded-word inside the quotes, as Coremail writes it. Sent Thu 2026-11-19: 11月27日前 -> 11-27; 12月10日前 "
        "-> 12-10; 下周二前 -> 11-24. 四 is a rule. A parser that ignores attachments finds zero items (the recap should "
        "then say so); the gold lists what a human reading the attachment records.", eml, items, None,
        what="minutes only in a .docx attachment")


def make_docx(paras):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, body))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 19, 14, 58, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c.encode("utf-8"))
    return buf.getvalue()


def c_hz_reply_object():
    sent = ts("2026-04-21 19:33:05")
    blocks = ["第3项有异议：道里区群众意愿征询是区里组织的，我科只负责汇总，建议责任单位改为道里区住建局直接报局办公室，"
              "我科不作为责任人。其余无异议。",
              "",
              "于海涛",
              "城市更新科",
              "",
              Quote(["发件人: 督办助手 <duban@hrbzjj.example.gov.cn>",
                     "发送时间: 2026年4月21日 16:49",
                     "收件人: 于海涛; 孙丽娜; 董建平",
                     "主题: 【待办确认】专题会议纪要〔2026〕第14期（老旧小区改造推进）", ""]),
              "序号  事项  负责人  截止时间",
              "1  施工图审查  于海涛  2026-04-30 18:00",
              "2  C、D级危房复核鉴定  （未指定）  待定",
              "3  报送群众意愿征询结果  道里区住建局  2026-04-24 18:00",
              "如有异议请于今日内回复（截止 2026-04-21 18:00 后顺延至次一工作日 18:00）。"]
    eml = build("hz-obj", blocks, "outlook", "于海涛", ["督办助手"], ["刘思远"],
                "答复: 【待办确认】专题会议纪要〔2026〕第14期（老旧小区改造推进）", sent,
                in_reply_to="<recap-hz-14@hrbzjj.example.gov.cn>", references="<recap-hz-14@hrbzjj.example.gov.cn>")
    add("hz-reply-object-item3-outlook", "reply",
        "Outlook '答复:' objecting to 第3项 with a reason (the reason names another unit and the word 无异议 for the "
        "rest). Intent object, items [3]. The quoted recap below Outlook's 发件人/发送时间 block has its own dates.",
        eml, (), None, rep("object", [3]), what="objection to one item with '其余无异议' in the same sentence")


def c_hz_reply_extend():
    sent = ts("2025-10-17 08:52:40")
    blocks = ["赵处长：", "",
              "第3项约谈，排名后三位的企业中有一家总经理10月下旬在省里开会，申请延期至11月3日。",
              "", "常洪亮",
              "",
              Quote(["", "------------------ 原始邮件 ------------------",
                     "发件人: \"督办助手\"<duban@hrbzjj.example.gov.cn>;",
                     "发送时间: 2025年10月16日(星期四) 下午5:41",
                     "收件人: \"赵德胜\"<zhaodesheng@hrbzjj.example.gov.cn>; \"常洪亮\"<changhongliang@hrbzjj.example.gov.cn>;",
                     "主题: 【待办确认】供热保障专题会会议纪要（10.16）", ""]),
              "1. 督导二次网注水升压 常洪亮 2025-10-19 18:00",
              "2. 印发不热户入户测温工作方案 赵德胜 2025-10-22 18:00",
              "3. 约谈供热质量排名后三位企业 常洪亮 2025-10-27 18:00",
              "回复“已完成”“进度80%”“延期至10月20日”可更新事项。"]
    eml = build("hz-ext", blocks, "foxmail", "常洪亮", ["督办助手"], ["赵德胜"],
                "回复：【待办确认】供热保障专题会会议纪要（10.16）", sent,
                in_reply_to="<recap-hz-heat@hrbzjj.example.gov.cn>")
    add("hz-reply-extend-foxmail", "reply",
        "Foxmail reply (GBK) addressed to his boss but sent to the bot: '第3项…申请延期至11月3日' -> extend, items [3], "
        "new_due_date 2025-11-03 (the reason mentions 10月下旬, which is not the new date). The QQ/Foxmail-style "
        "'原始邮件' quote lists '延期至10月20日' in the recap footer.", eml, (), None,
        rep("extend", [3], None, "2025-11-03"), what="extension request with a distracting date in the reason")


def c_hz_bounce():
    sent = ts("2026-04-21 16:49:40")
    text = ("此邮件是系统自动发出的退信通知。\n\n您发送的邮件未能成功投递到以下收件人：\n"
            "  dlqzjj@daoli.example.gov.cn\n原因：收件人邮箱空间已满 (552 5.2.2 Mailbox full)\n\n"
            "原邮件主题：【待办确认】专题会议纪要〔2026〕第14期（老旧小区改造推进）\n"
            "原邮件发送时间：2026-04-21 16:49:11\n")
    p1 = leaf("text/plain", text, "GBK", "base64")
    p2 = Message()
    p2["Content-Type"] = "message/delivery-status"
    m1, m2 = Message(), Message()
    m1["Reporting-MTA"] = "dns; mail.daoli.example.gov.cn"
    m1["Arrival-Date"] = rfc_date(sent)
    for k, v in (("Final-Recipient", "rfc822; dlqzjj@daoli.example.gov.cn"), ("Action", "failed"),
                 ("Status", "5.2.2"), ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")):
        m2[k] = v
    m1.set_payload("")
    m2.set_payload("")
    p2.set_payload([m1, m2])
    p3 = leaf("text/rfc822-headers", data=("From: =?UTF-8?B?552j5Yqe5Yqp5omL?= <duban@hrbzjj.example.gov.cn>\n"
                                           "To: dlqzjj@daoli.example.gov.cn\nDate: Tue, 21 Apr 2026 16:49:11 +0800\n"
                                           "Message-ID: <recap-hz-14@hrbzjj.example.gov.cn>\n"
                                           "Auto-Submitted: auto-generated\n").encode(), cte="7bit")
    body = multi("report", [p1, p2, p3], "----=_Part_DSN_" + hx("hz-dsn", 12),
                 params=(("report-type", "delivery-status"),))
    heads = [("Return-Path", "<>"), ("Received", "from mail.daoli.example.gov.cn (unknown [59.110.4.21])\n\tby "
                                     "mx.hrbzjj.example.gov.cn; " + rfc_date(sent)),
             ("From", "postmaster@daoli.example.gov.cn"), ("To", "duban@hrbzjj.example.gov.cn"),
             ("Subject", htext("系统退信：【待办确认】专题会议纪要〔2026〕第14期（老旧小区改造推进）", "GBK")),
             ("Date", rfc_date0(sent)), ("Message-ID", "<dsn.%s@daoli.example.gov.cn>" % hx("hz-dsn", 16)),
             ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail System Message")]
    eml = serialize(envelope(heads, body))
    add("hz-auto-bounce-coremail", "auto",
        "Coremail '系统退信' (multipart/report delivery-status, Return-Path <>) for the recap sent to 道里区住建局's full "
        "mailbox. Subject repeats the minutes' title -> kind auto, no items.", eml, (), None, None,
        what="Chinese bounce (系统退信) repeating the minutes subject")


def c_hz_tracking_table():
    sent = ts("2026-01-08 16:20:00")
    expect(last_workday_before(day("2026-02-15")), "2026-02-14", "春节前 = last working day before 02-15 (make-up Sat)")
    rows = [["序号", "协作事项", "牵头/配合", "计划完成时间", "进展情况"],
            ["1", "供热管网漏点抢修台账", "供热管理处/城市更新科", "2025-12-31", "已完成"],
            ["2", "“不热户”回访满意度调查", "信访办（白雪）", "1月15日前", "完成60%"],
            ["3", "供热企业服务质量季度考核", "供热管理处（常洪亮）/办公室", "春节前", "未开始"],
            ["4", "老旧小区外墙保温脱落排查", "房屋安全科（董建平）/城市更新科", "1月20日", "进行中"],
            ["5", "冬季施工安全专项检查", "城市更新科", "已完成", "已完成"]]
    blocks = ["跨部门协作事项跟踪表（截至1月8日）", "", Tbl(rows), "",
              "说明：已完成事项保留一周后删除。", "", "办公室 刘思远"]
    eml = build("hz-track", blocks, "outlook", "刘思远", ["赵德胜", "曲春燕", "董建平", "于海涛"],
                ["常洪亮", "白雪", "督办助手"], "跨部门协作事项跟踪表（1月8日）", sent, label="gb2312")
    items = [item("白雪", "“不热户”回访满意度调查", "2026-01-15"),
             item("常洪亮", "供热企业服务质量季度考核", "2026-02-14"),
             item("董建平", "老旧小区外墙保温脱落排查", "2026-01-20")]
    add("hz-collab-tracking-table-lead-in-cell", "minutes",
        "Seed-style 跨部门协作事项跟踪表 (Outlook gb2312) with 牵头/配合 in one cell where the lead unit carries the "
        "person in brackets ('供热管理处（常洪亮）/办公室' -> 常洪亮). Rows 1 and 5 are 已完成 -> not items. Row 2 '完成60%' "
        "is progress of an open item (still an item). Sent Thu 2026-01-08: 1月15日前 -> 01-15; 春节前 -> the last "
        "working day before the Spring Festival holiday (02-15..02-23) = Sat 02-14, a make-up working day (a human "
        "might say 02-13; the calendar says 02-14); 1月20日 -> 01-20.", eml, items, None,
        what="跟踪表 with 牵头/配合 cell, 已完成 rows, progress column; 春节前 = make-up Saturday")
    assert is_workday(day("2026-02-14"))


def c_hz_decisions_only():
    sent = ts("2027-06-09 17:05:44")
    blocks = ["局长办公会议纪要",
              "〔2027〕第9期",
              "",
              "2027年6月8日，局长办公会议研究了以下事项：",
              "一、原则同意《哈尔滨市老旧小区改造工程质量管理办法（试行）》，由办公室按程序印发，自2027年7月1日起施行。",
              "二、会议明确，今年供热期结束后的管网检修工作，仍按“谁产权、谁负责”的原则执行。",
              "三、会议听取了上半年信访工作情况汇报，同意信访办提出的“一案一档”做法在全局推广。",
              "四、会议强调，各科室要严格执行请示报告制度，重大事项须在24小时内报局主要领导。",
              "",
              "出席：高振国 韩立军 于海涛 赵德胜 曲春燕 董建平",
              "记录：刘思远"]
    eml = build("hz-dec", blocks, "coremail", "刘思远", ["高振国", "韩立军", "于海涛", "赵德胜", "曲春燕", "董建平"],
                ["督办助手"], "局长办公会议纪要〔2027〕第9期", sent)
    add("hz-decisions-only-2027", "minutes",
        "局长办公会议纪要 (Coremail GBK, Wed 2027-06-09) containing only decisions (原则同意, 会议明确, 同意…推广, 会议强调). "
        "'由办公室按程序印发' is the standard clause of an approval decision, effective 2027-07-01 — not a tracked item "
        "(ambiguous; a strict tracker might record 办公室/印发 with no date; a careful human does not). '24小时内' is "
        "inside a rule. Zero items, no follow-up.", eml, (), None,
        what="decisions-only government minutes (原则同意/会议明确/会议强调) with dates in rules")


# ================================================================================================================
# Lumina BioResearch (Suzhou) — Singapore-invested CRO
# ================================================================================================================
def c_lm_sg_ai_lines():
    sent = ts("2025-02-07 18:44:27")
    s = sent.date()
    assert is_workday(day("2025-02-08"))
    expect(next_week(s, 0), "2025-02-10", "by next Mon")
    expect(add_workdays(s, 2), "2025-02-10", "within 2 working days from Fri 02-07: 02-08 make-up Sat, 02-10")
    expect(day("2025-02-14"), "2025-02-14", "by 14 Feb")
    blocks = ["Hi all,",
              "",
              "Quick notes from today's study status meeting (first one after CNY, welcome back everyone!).",
              "",
              "LB-2407 (28-day rat tox, Redwood)",
              "- Dosing completed on schedule, necropsy next week. No unscheduled deaths.",
              "- AI: Henry to confirm histopath slide vendor slot by next Mon.",
              "- AI: Sophie - recalc the dose formulation stability data, the Day 14 sample looks off. Within 2 working days pls.",
              "",
              "LB-2411 (PK bridging, Helvetia)",
              "- Protocol amendment 2 signed by sponsor on 5 Feb.",
              "- AI: Wendy / Xiaofeng to transfer the validated LC-MS/MS method to the new QTRAP by 14 Feb. (Xiaofeng lead)",
              "- AI: WM to update the Gantt chart and send to Lukas EOD Friday.",
              "",
              "General",
              "- Tomorrow (Sat) is a working day per the CNY schedule, lab is open as normal.",
              "- AI: Gary - fix the -80 freezer alarm that keeps going off, can or not? ASAP lah.",
              "",
              "Thanks,",
              "Wei Ming",
              "",
              "Tan Wei Ming | Head, Study Management",
              "Lumina BioResearch (Suzhou) Co., Ltd.",
              "M: +86 139 **** 2207"]
    eml = build("lm-sg", blocks, "outlook_utf8", "Tan Wei Ming",
                ["钱浩", "蒋思琪", "陆雯", "顾晓峰", "许刚"], ["Lim Jia Hui", "Minutes Bot"],
                "Study status meeting 7 Feb - notes & AIs", sent)
    items = [item("钱浩", "confirm histopath slide vendor slot", "2025-02-10"),
             item("蒋思琪", "recalc the dose formulation stability data", "2025-02-10"),
             item("顾晓峰", "transfer the validated LC-MS/MS method to the new QTRAP", "2025-02-14"),
             item("Tan Wei Ming", "update the Gantt chart and send to Lukas", "2025-02-07"),
             item("许刚", "fix the -80 freezer alarm", None, None, ["vague_due"])]
    add("lm-singapore-ai-lines-cny-makeup", "minutes",
        "Outlook (Exchange Online, UTF-8 QP, en-SG) English notes from a Singaporean manager with 'AI:' lines and "
        "Singlish ('can or not? ASAP lah'). Sent Fri 2025-02-07, after CNY 2025 (01-28..02-04; make-up Sat 02-08). "
        "Henry = 钱浩, Sophie = 蒋思琪, Xiaofeng = 顾晓峰 (lead of a shared item 'Wendy / Xiaofeng … (Xiaofeng lead)'), "
        "WM = Tan Wei Ming (the writer), Gary = 许刚. 'by next Mon' -> 02-10. 'Within 2 working days' from Fri 02-07: "
        "Sat 02-08 is a make-up working day (1), Mon 02-10 (2) -> 02-10. 'by 14 Feb' -> 02-14. 'EOD Friday' sent on "
        "Friday -> 02-07, no time. 'ASAP lah' -> vague_due. Status lines ('Dosing completed', 'signed by sponsor') "
        "are not items.", eml, items, None,
        what="Singaporean English 'AI:' lines; shared owner with '(X lead)'; within 2 working days over a CNY make-up Saturday")


def c_lm_glp_blocks():
    sent = ts("2026-09-18 17:58:36")
    s = sent.date()
    expect(add_workdays(s, 5), "2026-09-24", "within 5 working days from Fri 09-18 (09-20 make-up Sunday counts)")
    expect(last_workday_before(day("2026-09-25")), "2026-09-24", "before the Mid-Autumn break")
    expect(first_workday_after(day("2026-10-07")), "2026-10-08", "first working day after National Day")
    blocks = ["GLP Internal Audit - Closing Meeting",
              "Audit ref: QAU-IA-2026-07 (Bioanalytical Lab)",
              "Date: 18 Sep 2026, 15:00-16:30 | Chair: Priscilla Goh (QA)",
              "",
              "Findings discussed: 2 major, 3 minor. CAPA owners agreed as below.",
              "",
              "ACTION ITEM (Wendy Lu)",
              "Finding M1 - incomplete audit trail review for Analyst run 0612. Submit CAPA plan with root cause.",
              "Due: within 5 working days",
              "",
              "ACTION ITEM (顾晓峰)",
              "Finding M2 - balance calibration records (BAL-03) missing two daily checks. Retrain analysts and",
              "re-verify all BAL-03 data used in study LB-2603.",
              "Due: before the Mid-Autumn break",
              "",
              "ACTION ITEM (Lynn Zhu)",
              "Minor findings m1-m3: update SOP-QA-009 (document control) and route for approval.",
              "Due: by 9/30",
              "",
              "ACTION ITEM (QA)",
              "Follow-up audit to verify CAPA effectiveness.",
              "Due: first working day after National Day",
              "",
              "Closed during the meeting: m4 (freezer log signature) - corrected on the spot, no CAPA needed.",
              "",
              "Regards,",
              "Priscilla Goh",
              "Head of Quality Assurance"]
    eml = build("lm-glp", blocks, "outlook_utf8", "Priscilla Goh", ["陆雯", "顾晓峰", "朱琳"],
                ["Tan Wei Ming", "Minutes Bot"], "GLP internal audit QAU-IA-2026-07 - closing meeting minutes", sent)
    items = [item("陆雯", "Finding M1: submit CAPA plan with root cause for the incomplete audit trail review",
                  "2026-09-24"),
             item("顾晓峰", "Finding M2: retrain analysts and re-verify all BAL-03 data used in study LB-2603",
                  "2026-09-24"),
             item("朱琳", "update SOP-QA-009 (document control) and route for approval", "2026-09-30"),
             item(None, "follow-up audit to verify CAPA effectiveness", "2026-10-08", None, ["no_owner"],
                  department="QA")]
    add("lm-glp-audit-action-item-blocks", "minutes",
        "English GLP audit closing minutes with 'ACTION ITEM (name)' headers, a task that wraps over two lines, and "
        "'Due:' on its own line. Sent Fri 2026-09-18. 2026 Mid-Autumn holiday 09-25..09-27 with make-up Sun 09-20; "
        "National Day 10-01..10-07. 'within 5 working days': 09-20 (make-up Sun) 1, 09-21 2, 09-22 3, 09-23 4, 09-24 5 "
        "-> 09-24. 'before the Mid-Autumn break' -> last working day before 09-25 = 09-24. 'by 9/30' -> 09-30. 'first "
        "working day after National Day' -> 10-08. Wendy Lu = 陆雯, Lynn Zhu = 朱琳 (aliases); 'ACTION ITEM (QA)' is a "
        "department -> no_owner, department QA. The m4 line is closed -> not an item.", eml, items, None,
        what="ACTION ITEM (name) blocks with Due: lines; Mid-Autumn make-up Sunday; 'before the Mid-Autumn break'")


def c_lm_us_sponsor():
    sent = ts("2026-03-12 22:41:09")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2026-03-13", "EOD Friday")
    expect(day("2026-03-20"), "2026-03-20", "by 3/20")
    # next call: Wed Mar 18 8:00 AM Eastern; US DST began 2026-03-08 -> EDT = UTC-4 -> 12:00Z -> 20:00 Shanghai
    edt = dt.timezone(dt.timedelta(hours=-4))
    nxt = dt.datetime(2026, 3, 18, 8, 0, tzinfo=edt).astimezone(TZ8)
    expect(nxt.date(), "2026-03-18", "next call in Shanghai")
    assert nxt.strftime("%H:%M") == "20:00"
    blocks = ["Hi Megan, Daniel,",
              "",
              "Thanks for the call tonight. Summary below - shout if I missed anything.",
              "",
              "**RTX-118 14-day dog DRF - sponsor call 12 Mar**",
              "",
              "Decisions",
              "* Dose levels stay at 5/15/45 mg/kg/day; no change to the high dose.",
              "* Toxicokinetic sampling: add a 24h timepoint on Day 14.",
              "",
              "Actions",
              "- [ ] @Megan send the updated test article CoA and the revised protocol amendment by 3/20",
              "- [ ] @Jia Hui circulate the draft amendment 1 (TK timepoint) to Redwood EOD Friday",
              "- [ ] @Henry confirm animal availability for a study start in the week of 6 Apr",
              "- [x] @Rajesh change order for the extra TK samples (done in the call)",
              "",
              "Next call: Wednesday Mar 18, 8:00 AM Eastern (8 PM Suzhou).",
              "",
              "Best,",
              "Jia Hui",
              "",
              "Lim Jia Hui, PhD | Study Director"]
    eml = build("lm-us", blocks, "gmail", "Lim Jia Hui", ["Megan O'Connor", "Daniel Reyes"],
                ["钱浩", "Rajesh Kumar", "Minutes Bot"], "RTX-118 DRF sponsor call 12 Mar - summary & actions", sent)
    items = [item("Megan O'Connor", "send the updated test article CoA and the revised protocol amendment",
                  "2026-03-20"),
             item("Lim Jia Hui", "circulate the draft amendment 1 (TK timepoint) to Redwood", "2026-03-13"),
             item("钱浩", "confirm animal availability for a study start in the week of 6 Apr", None, None,
                  ["no_due"])]
    add("lm-us-sponsor-checkboxes-eastern-time", "minutes",
        "Gmail-sent (Google Workspace, UTF-8 base64) English summary with Markdown-ish '**' title, '* ' decisions and "
        "'- [ ] @Name' actions. Sent Thu 2026-03-12 22:41 +0800. @Megan = Megan O'Connor (To display name, sponsor, "
        "department null); @Jia Hui = Lim Jia Hui (the writer); @Henry = 钱浩 (alias). 'by 3/20' -> 2026-03-20. 'EOD "
        "Friday' -> 03-13, no time. Henry's item names a target week of the study start, not a deadline for "
        "confirming -> no_due (ambiguous). '- [x]' is done. Next call 'Wednesday Mar 18, 8:00 AM Eastern': US DST "
        "started 2026-03-08, so EDT (UTC-4) = 12:00Z = 2026-03-18 20:00 Asia/Shanghai; the writer's '(8 PM Suzhou)' "
        "agrees. next_followup is given in Asia/Shanghai.", eml, items, fu("2026-03-18", "20:00"),
        what="- [ ] @handles; external sponsor owner; next call in US Eastern time (DST) -> Shanghai")


def c_lm_bilingual_lab():
    sent = ts("2025-06-11 12:20:14")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2025-06-13", "本周五前")
    expect(next_week(s, 0), "2025-06-16", "下周一")
    expect(add_workdays(s, 3), "2025-06-16", "3个工作日内")
    blocks = ["BA lab weekly / 生物分析周会 11-Jun",
              "",
              "1. ISR failed for LB-2502 (12/40 samples >20% diff) → 顾晓峰 re-extract & re-run 这批 ISR, 本周五前出结果",
              "2. SOP-BA-012 (method validation) update for the new FDA M10 wording — Wendy, 下周一 before the audit prep meeting",
              "3. 新来的两个 analyst 的 training record 还差 pipette calibration 部分 → Lynn 跟进, 3个工作日内补签",
              "4. LC column inventory: we have only 2 spare C18 columns left. Xiaofeng to raise PR. (no rush)",
              "5. FYI: 6/20 周五 下午停电检修, all instruments to be shut down by 12:00.",
              "",
              "—Wendy"]
    eml = build("lm-ba", blocks, "apple", "陆雯", ["顾晓峰", "朱琳"], ["Minutes Bot"],
                "BA weekly 11-Jun", sent, html_part=True)
    items = [item("顾晓峰", "re-extract & re-run LB-2502 ISR, 出结果", "2025-06-13"),
             item("陆雯", "SOP-BA-012 (method validation) update for the new FDA M10 wording", "2025-06-16"),
             item("朱琳", "新来的两个 analyst 的 training record pipette calibration 部分补签", "2025-06-16"),
             item("顾晓峰", "raise PR for spare C18 LC columns", None, None, ["no_due"])]
    add("lm-bilingual-lab-mixed-zh-en", "minutes",
        "Apple Mail (UTF-8 QP) lab minutes mixing Chinese and English in every line, with '→' and '—' separators. Sent "
        "Wed 2025-06-11. 本周五前 -> 06-13. 'Wendy, 下周一' -> 06-16 (Wendy = 陆雯, the writer). 3个工作日内: 06-12, "
        "06-13, 06-16 -> 06-16. 'Xiaofeng to raise PR. (no rush)' -> no date -> no_due (not vague: nothing urgent was "
        "said). Item 5 is an FYI with a date and time (instruments off by 12:00) -> not an item.", eml, items, None,
        what="bilingual zh/en lab minutes; arrows; '(no rush)'; FYI line with a time")


def c_lm_person_headings():
    sent = ts("2027-04-20 16:10:50")
    s = sent.date()
    expect(weekday_on_or_after(s, 4), "2027-04-23", "by Friday (plain arithmetic, 2027)")
    expect(month_end(2027, 5), "2027-05-31", "by end of May")
    blocks = ["Protocol review - LB-2704 (Helvetia, 13-week mouse carcinogenicity range-finder)",
              "20 Apr 2027",
              "",
              "Jia Hui (SD)",
              "  - finalise protocol v0.3 incorporating QA comments, send to Lukas by Friday",
              "  - already done: species justification section",
              "",
              "Sophie / Henry (Tox)",
              "  - Sophie: draft the clinical pathology parameter table - by 5/7",
              "  - Henry: sign off the dose-selection rationale; nothing else needed from Henry this round",
              "",
              "Priscilla (QA)",
              "  - protocol QA review round 2 after v0.3 is out",
              "",
              "Raj (BD)",
              "  - quote revision for the extended recovery group by end of May",
              "",
              "Next: same slot (Tue 4pm) in two weeks, 4 May.",
              "",
              "WM"]
    eml = build("lm-ph", blocks, "outlook_utf8", "Tan Wei Ming",
                ["Lim Jia Hui", "蒋思琪", "钱浩", "Priscilla Goh", "Rajesh Kumar"], ["Minutes Bot"],
                "LB-2704 protocol review 20 Apr", sent)
    items = [item("Lim Jia Hui", "finalise protocol v0.3 incorporating QA comments, send to Lukas", "2027-04-23"),
             item("蒋思琪", "draft the clinical pathology parameter table", "2027-05-07"),
             item("钱浩", "sign off the dose-selection rationale", None, None, ["no_due"]),
             item("Priscilla Goh", "protocol QA review round 2 after v0.3 is out", None, None, ["no_due"]),
             item("Rajesh Kumar", "quote revision for the extended recovery group", "2027-05-31")]
    assert day("2027-05-04").weekday() == 1
    add("lm-person-heading-groups-2027", "minutes",
        "English minutes grouped under person headings ('Jia Hui (SD)', 'Sophie / Henry (Tox)' with per-line owners, "
        "'Priscilla (QA)', 'Raj (BD)'). Sent Tue 2027-04-20 (2027: only calendar-free phrases). by Friday -> "
        "2027-04-23; by 5/7 -> 2027-05-07; by end of May -> 2027-05-31. 'already done: …' is status. Priscilla's item "
        "depends on another item ('after v0.3 is out') -> no_due (ambiguous; a tracker could chain it to 04-23). "
        "Next: 'same slot (Tue 4pm) in two weeks, 4 May' -> 2027-05-04 16:00 (a Tuesday).", eml, items,
        fu("2027-05-04", "16:00"), what="person-heading groups; shared heading with per-line owners; 'same slot … in two weeks'")


def c_lm_tencent_ai():
    sent = ts("2026-12-02 11:45:09")
    s = sent.date()
    expect(next_week(s, 0), "2026-12-07", "下周一")
    blocks = ["腾讯会议 智能纪要",
              "会议主题：Helvetia LB-2611 月度项目会 | 2026/12/02 10:00-11:20 | 录制：Tan Wei Ming",
              "",
              "【会议摘要】",
              "双方回顾了LB-2611的入组和给药进度。Lukas Meier提出希望提前两周拿到中期TK数据，陆雯表示需评估仪器排期。"
              "Priscilla Goh提醒sponsor audit定于1月中旬，需提前准备相关文件。",
              "",
              "【要点回顾】",
              "10:03 Tan Wei Ming：动物入组已完成，给药第21天，无异常。",
              "10:25 Lukas Meier：Can we get the interim TK data two weeks earlier?",
              "10:27 陆雯：我们下周一前评估一下排期再答复。",
              "10:52 Priscilla Goh：Sponsor audit mid-January, we should prepare the facility tour plan.",
              "",
              "【待办事项】",
              "1. 陆雯：评估中期TK数据提前两周的仪器排期并答复Lukas（下周一前）",
              "2. Priscilla Goh：准备sponsor audit的facility tour plan（12月15日前）",
              "3. Lukas Meier：提供sponsor audit的审计议程",
              "",
              "本纪要由腾讯会议AI生成，请以实际会议内容为准。"]
    eml = build("lm-tx", blocks, "outlook_utf8", "Tan Wei Ming", ["Lukas Meier", "陆雯", "Priscilla Goh"],
                ["Minutes Bot"], "腾讯会议智能纪要 | Helvetia LB-2611 月度项目会", sent)
    items = [item("陆雯", "评估中期TK数据提前两周的仪器排期并答复Lukas", "2026-12-07"),
             item("Priscilla Goh", "准备sponsor audit的facility tour plan", "2026-12-15"),
             item("Lukas Meier", "提供sponsor audit的审计议程", None, None, ["no_due"])]
    add("lm-tencent-meeting-ai-minutes", "minutes",
        "Tencent Meeting 智能纪要 forwarded as-is (Outlook UTF-8): 会议摘要 and time-stamped 要点回顾 quote people saying "
        "'下周一前评估' and 'mid-January' — summary, not items; only 【待办事项】 counts. Sent Wed 2026-12-02: 下周一前 -> "
        "12-07; 12月15日前 -> 12-15; the sponsor's item has no date -> no_due (Lukas Meier, EU sponsor in To, "
        "department null). 'AI生成' footer.", eml, items, None,
        what="腾讯会议 AI minutes (bilingual): only 待办事项 count; external owner")


def c_lm_reply_progress():
    sent = ts("2026-03-17 21:05:33", dt.timezone(dt.timedelta(hours=-4)))
    blocks = ["Hi Jia Hui,",
              "",
              "Re item 1 - the CoA is attached to the other thread; the protocol amendment is about 60% there, legal "
              "still has comments on section 9. I'll get it to you by Friday at the latest.",
              "",
              "Megan",
              "",
              Quote(["On Thu, Mar 12, 2026 at 11:02 AM Minutes Bot <minutes@luminabio-sz.example.com> wrote:", ""],
                    style="gt"),
              "Action items - RTX-118 DRF sponsor call 12 Mar",
              "1. send the updated test article CoA and the revised protocol amendment - Megan O'Connor - 2026-03-20",
              "2. circulate the draft amendment 1 (TK timepoint) to Redwood - Lim Jia Hui - 2026-03-13",
              "3. confirm animal availability - Henry Qian - no date",
              "Reply with 'done', 'progress 80%' or 'extend to <date>' to update an item."]
    eml = build("lm-prog", blocks, "gmail", "Megan O'Connor", ["Minutes Bot"], ["Lim Jia Hui"],
                "Re: Action items - RTX-118 DRF sponsor call 12 Mar", sent,
                in_reply_to="<recap-lm-rtx118@luminabio-sz.example.com>",
                references="<recap-lm-rtx118@luminabio-sz.example.com>")
    add("lm-reply-progress-us-sponsor", "reply",
        "Gmail reply from the US sponsor, Date header in -0400 (Tue 2026-03-17 21:05 EDT = Wed 03-18 09:05 Shanghai). "
        "'Re item 1 … about 60% there' -> progress, items [1], percent 60. 'by Friday at the latest' is a promise, "
        "not an extension request (the item is due 03-20, which is that Friday) -> no new_due_date. Quote under "
        "'On … wrote:' with '> '.", eml, (), None, rep("progress", [1], 60, None),
        what="English progress reply 'about 60% there' from a -0400 sender")


def c_lm_auto_ooo():
    sent = ts("2026-12-02 04:46:10", dt.timezone(dt.timedelta(hours=1)))
    blocks = ["Thank you for your message. I am out of the office until 7 December 2026 with limited access to email.",
              "For urgent matters regarding LB-2611 please contact Anna Keller (anna.keller@helvepharma.example.ch).",
              "",
              "Best regards,",
              "Lukas Meier"]
    eml = build("lm-ooo", blocks, "outlook_utf8", "Lukas Meier", ["Minutes Bot"], [],
                "Automatic reply: 腾讯会议智能纪要 | Helvetia LB-2611 月度项目会", sent,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "lukas.meier@helvepharma.example.ch")])
    add("lm-auto-ooo-exchange-english", "auto",
        "Exchange 'Automatic reply:' from the EU sponsor (+0100) to a recap: Auto-Submitted: auto-replied, "
        "X-MS-Exchange-Inbox-Rules-Loop. Dates and 'please contact' in the body -> kind auto.", eml, (), None, None,
        what="English Exchange out-of-office")


def c_lm_other_fyi():
    sent = ts("2026-05-12 09:30:01")
    blocks = ["Hi team,",
              "",
              "FYI - Redwood has shared the draft of protocol amendment 3 for RTX-118 (attached link in SharePoint). No "
              "meeting on this yet; please read it before Thursday so that we can discuss at the sponsor call. I've "
              "copied the minutes bot so the thread is archived.",
              "",
              "Jia Hui"]
    eml = build("lm-fyi", blocks, "outlook_utf8", "Lim Jia Hui", ["钱浩", "蒋思琪", "陆雯"], ["Minutes Bot"],
                "FYI: RTX-118 protocol amendment 3 draft", sent)
    add("lm-other-fyi-read-before-thursday", "other",
        "A person's FYI mail with the bot in Cc: a request to read a document 'before Thursday', explicitly 'no "
        "meeting on this yet' -> not minutes, no items.", eml, (), None, None,
        what="FYI mail with a deadline-like request; bot copied only to archive")


def c_lm_japanese_style():
    sent = ts("2026-05-11 17:20:45")
    s = sent.date()
    expect(day("2026-05-15"), "2026-05-15", "5/15（金）")
    expect(weekday_on_or_after(s, 2), "2026-05-13", "5/13（水）")
    blocks = ["【議事録】Sponsor audit 準備会議 / 申办方稽查准备会",
              "日時：2026/5/11（月）14:00～15:00",
              "場所：3F会議室",
              "出席：Priscilla Goh、朱琳、陆雯、許剛",
              "",
              "■決定事項",
              "・稽查当日的陪同人员：Priscilla + 朱琳",
              "",
              "■ToDo",
              "No.1　アーカイブ室の温湿度記録（4月分）整理",
              "　　　担当：朱琳　期限：5/13（水）",
              "No.2　Facility tour 動線確認・危険区域の表示更新",
              "　　　担当：許剛　期限：5/15（金）",
              "No.3　BA lab の raw data 抽出リストの準備",
              "　　　担当：陆雯　期限：稽查前日",
              "",
              "以上",
              "朱琳"]
    eml = build("lm-jp", blocks, "outlook_utf8", "朱琳", ["Priscilla Goh", "陆雯", "许刚"], ["Minutes Bot"],
                "【議事録】Sponsor audit 準備会議 5/11", sent)
    items = [item("朱琳", "アーカイブ室の温湿度記録（4月分）整理", "2026-05-13"),
             item("许刚", "Facility tour 動線確認・危険区域の表示更新", "2026-05-15"),
             item("陆雯", "BA lab の raw data 抽出リストの準備", None, None, ["vague_due"])]
    add("lm-japanese-style-tanto-kigen", "minutes",
        "Minutes written by a QA officer trained at a Japanese pharma company: 【議事録】, ■ToDo with No.1 and "
        "'担当：… 期限：…' on a continuation line, Japanese weekday marks （水）（金）, Chinese and Japanese mixed. Sent Mon "
        "2026-05-11 (just after May Day 2026, make-up Sat 05-09). 5/13（水） -> 2026-05-13; 5/15（金） -> 2026-05-15. "
        "'稽查前日' (the day before the audit, whose date is not given) -> vague_due. 許剛 is written with the "
        "traditional/Japanese 許 for roster 许刚 (the Cc display name is 许刚). 決定事項 is a decision.", eml, items,
        None, what="Japanese-style 議事録 with 担当/期限 continuation lines, （水）（金）, 許/许 variant")


def c_lm_big5_taiwan():
    sent = ts("2025-11-19 15:36:20")
    s = sent.date()
    expect(day("2025-11-28"), "2025-11-28", "11月28日（五）")
    expect(next_week(s, 0), "2025-11-24", "下週一")
    expect(month_end(2025, 11), "2025-11-30", "月底前")
    rows = [["項次", "待辦事項", "負責人", "期限", "狀態"],
            ["1", "提供FB-0925批次測試物品分析證明書（CoA）", "黃柏翰", "11月28日（五）前", "進行中"],
            ["2", "更新試驗計畫書第6.2節給藥體積", "林佳慧（Lumina）", "下週一", "進行中"],
            ["3", "確認血漿樣本運送條件（乾冰／-80°C）", "陸雯（Lumina）", "月底前", "未開始"],
            ["4", "簽署試驗預算變更單", "陳怡君", "—", "已完成"]]
    blocks = ["各位好：", "", "以下為今日（11/19）視訊會議紀要，請參閱。", "", Tbl(rows), "",
              "下次會議：12月3日（三）下午3點（台北／蘇州時間）", "", "陳怡君",
              "福爾摩沙生技 臨床前開發部"]
    eml = build("lm-big5", blocks, "outlook_big5", "陳怡君", ["Lim Jia Hui", ("Wendy Lu", P["陆雯"]["email"])], ["黃柏翰", "Minutes Bot"],
                "LB-2509 專案會議紀要 11/19", sent)
    items = [item("黃柏翰", "提供FB-0925批次測試物品分析證明書（CoA）", "2025-11-28"),
             item("Lim Jia Hui", "更新試驗計畫書第6.2節給藥體積", "2025-11-24"),
             item("陆雯", "確認血漿樣本運送條件（乾冰／-80°C）", "2025-11-30")]
    assert day("2025-12-03").weekday() == 2
    add("lm-taiwan-sponsor-big5-table", "minutes",
        "Minutes written by a Taiwanese sponsor in traditional Chinese, Outlook big5 base64 (names in big5 "
        "encoded-words). Table columns 項次/待辦事項/負責人/期限/狀態; row 4 已完成 -> not an item. Owners: 黃柏翰 (sponsor, "
        "Cc display name), '林佳慧（Lumina）' = Lim Jia Hui (roster alias 林佳慧), '陸雯（Lumina）' = 陆雯 (traditional 陸 "
        "for simplified 陆; her To display name is 'Wendy Lu', also an alias). Sent Wed 2025-11-19: 11月28日（五）前 -> 11-28; 下週一 -> 11-24; 月底前 -> 11-30. Next "
        "meeting '12月3日（三）下午3點（台北／蘇州時間）' -> 2025-12-03 15:00 (Taipei = UTC+8 = Shanghai).", eml, items,
        fu("2025-12-03", "15:00"), what="big5 traditional-Chinese minutes from a Taiwan sponsor; 陸/陆 and 林佳慧 aliases")


def c_lm_korean_sponsor():
    sent = ts("2026-07-08 19:25:40", dt.timezone(dt.timedelta(hours=9)))
    s = sent.astimezone(TZ8).date()
    expect(s, "2026-07-08", "send date in Shanghai")
    expect(weekday_on_or_after(s, 4), "2026-07-10", "by Friday / 2026.07.10 (Fri)")
    expect(month_end(2026, 7), "2026-07-31", "within this month")
    kst = dt.timezone(dt.timedelta(hours=9))
    nxt = dt.datetime(2026, 7, 22, 10, 0, tzinfo=kst).astimezone(TZ8)
    expect(nxt.date(), "2026-07-22", "next TC in Shanghai")
    assert nxt.strftime("%H:%M") == "09:00"
    blocks = ["Dear all,",
              "",
              "Thank you for your kind cooperation always. Please find below the minutes of today's TC for HB-301 "
              "single-dose PK study in SD rats.",
              "",
              "1. Bioanalysis schedule",
              "   - Sample analysis will start after method validation report is signed.",
              "   Action Item 1",
              "   Owner: Wendy Lu",
              "   Due: 2026.07.10 (Fri)",
              "   Contents: Please kindly share the final method validation report (PDF, signed).",
              "",
              "2. Animal information",
              "   Henry to check the cage card records for animal No. 12 and No. 17 by Friday.",
              "",
              "3. Sponsor side",
              "   Action Item 2",
              "   Owner: Kim Min-jun (Hanbit Bio)",
              "   Due: until 7/15",
              "   Contents: Provide the reference standard CoA and storage condition.",
              "",
              "   Action Item 3",
              "   Owner: Sophie Jiang",
              "   Due: within this month",
              "   Contents: Draft TK section of the interim report.",
              "",
              "Next TC will be held on 7/22 (Wed) 10:00 KST. Teams link is same as before.",
              "",
              "If there is any missing point, please let me know.",
              "Best regards,",
              "Kim Min-jun",
              "Senior Manager, Clinical Pharmacology | Hanbit Bio Co., Ltd."]
    eml = build("lm-kr", blocks, "outlook_utf8", "Kim Min-jun", ["Lim Jia Hui", "陆雯", "钱浩", "蒋思琪"],
                ["Minutes Bot"], "[HB-301] Minutes of TC (2026.07.08)", sent)
    items = [item("陆雯", "share the final method validation report (PDF, signed)", "2026-07-10"),
             item("钱浩", "check the cage card records for animal No. 12 and No. 17", "2026-07-10"),
             item("Kim Min-jun", "provide the reference standard CoA and storage condition", "2026-07-15"),
             item("蒋思琪", "draft TK section of the interim report", "2026-07-31")]
    add("lm-korean-sponsor-owner-due-blocks-kst", "minutes",
        "Minutes written by a Korean sponsor (Outlook/Exchange UTF-8 QP, Date in +0900: Wed 2026-07-08 19:25 KST = "
        "18:25 Shanghai, same day). 'Action Item N / Owner: / Due: / Contents:' blocks where the task comes after the "
        "owner and date; Korean-English habits: '2026.07.10 (Fri)', 'Due: until 7/15' (= by 07-15), 'Please kindly'. "
        "Wendy Lu = 陆雯, Sophie Jiang = 蒋思琪 (aliases); 'Henry to check … by Friday' in prose -> 钱浩, 07-10. The "
        "sponsor's own item: Kim Min-jun (From; outside the roster -> department null). 'within this month' -> "
        "2026-07-31. Next TC '7/22 (Wed) 10:00 KST' -> 2026-07-22 09:00 Asia/Shanghai. The first bullet of 1. is "
        "a plan statement, not an item.", eml, items, fu("2026-07-22", "09:00"),
        what="Korean sponsor: Owner:/Due:/Contents: blocks, 'until 7/15', 2026.07.10 (Fri), 'X to do Y by Friday', KST next TC")


# ================================================================================================================
# main
# ================================================================================================================
ORDER = [c_yy_monthly, c_yy_phone_morning, c_yy_supplier_8d, c_yy_re_thread, c_yy_excel_tsv, c_yy_boss_prose,
         c_yy_dingtalk_ai, c_yy_notice_other,
         c_xm_feishu_md, c_xm_wechat_paste, c_xm_feishu_ai, c_xm_one_liner, c_xm_emoji_headings, c_xm_reply_done,
         c_xm_same_task, c_xm_cny_makeup, c_xm_auto_ooo,
         c_hz_renovation, c_hz_reply_object, c_hz_bounce, c_hz_duban_notice, c_hz_heating, c_hz_reply_extend,
         c_hz_petition_newyear, c_hz_forward, c_hz_docx, c_hz_tracking_table, c_hz_decisions_only,
         c_lm_sg_ai_lines, c_lm_glp_blocks, c_lm_us_sponsor, c_lm_reply_progress, c_lm_bilingual_lab,
         c_lm_person_headings, c_lm_tencent_ai, c_lm_auto_ooo, c_lm_japanese_style, c_lm_big5_taiwan, c_lm_korean_sponsor,
         c_lm_other_fyi]
FIRST = 5001


def generate():
    CASES.clear()
    CHECKS.clear()
    for f in ORDER:
        f()
    out = []
    for i, c in enumerate(CASES):
        name = "%d-%s" % (FIRST + i, c["slug"])
        out.append((name, c))
    return out


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for org, name, local, dep, head, al in ROSTER:
        p = P[name]
        w.writerow([name, p["email"], dep, p["manager_email"], al])
    return buf.getvalue().encode("utf-8")


def validate(cases):
    kinds = {}
    for name, c in cases:
        g = c["gold"]
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        assert g["kind"] in ("minutes", "reply", "other", "auto"), name
        if g["kind"] != "minutes":
            assert not g["items"] and g["next_followup"] is None, name
        if g["kind"] == "reply":
            assert g["reply"] is not None, name
        else:
            assert g["reply"] is None, name
        for it in g["items"]:
            assert set(it) == {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}
            assert set(it["flags"]) <= {"vague_due", "no_owner", "no_due"}, name
            if it["due_date"] is None:
                assert it["flags"] and ({"vague_due", "no_due"} & set(it["flags"])), (name, it)
            else:
                D.fromisoformat(it["due_date"])
                assert not ({"vague_due", "no_due"} & set(it["flags"])), (name, it)
            if it["owner_name"] in P:
                assert it["owner_email"] == P[it["owner_name"]]["email"], (name, it)
            if "no_owner" in it["flags"]:
                assert it["owner_name"] is None or it["owner_name"] not in P, (name, it)
        # parse the mail back and check the Date header is what the case meant
        from email import message_from_bytes
        m = message_from_bytes(c["eml"])
        assert m["Date"] and m["Message-ID"] and m["From"], name
    return kinds


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else Path(__file__).resolve().parent
    cases = generate()
    kinds = validate(cases)
    nitems = sum(len(c["gold"]["items"]) for _, c in cases)
    if check:
        bad = 0
        for name, c in cases:
            for ext, data in ((".eml", c["eml"]),
                              (".json", (json.dumps(c["gold"], ensure_ascii=False, indent=2) + "\n").encode())):
                f = outdir / (name + ext)
                if not f.exists() or f.read_bytes() != data:
                    print("DIFFERS:", f.name)
                    bad += 1
        if (outdir / "roster.csv").read_bytes() != roster_bytes():
            print("DIFFERS: roster.csv")
            bad += 1
        print("checked %d date computations; %d cases %s; %d gold items; %d file differences"
              % (len(CHECKS), len(cases), kinds, nitems, bad))
        return 1 if bad else 0
    outdir.mkdir(parents=True, exist_ok=True)
    for name, c in cases:
        (outdir / (name + ".eml")).write_bytes(c["eml"])
        (outdir / (name + ".json")).write_bytes(
            (json.dumps(c["gold"], ensure_ascii=False, indent=2) + "\n").encode())
    (outdir / "roster.csv").write_bytes(roster_bytes())
    print("wrote %d cases %s, %d gold items, %d date checks" % (len(cases), kinds, nitems, len(CHECKS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
