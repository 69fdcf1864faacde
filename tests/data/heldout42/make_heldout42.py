#!/usr/bin/env python3
"""Generator of the blind held-out set "heldout42" (cases 7001-7038) for minutebot.

Deterministic: no clock, no randomness. Every .eml is written from fixed strings; every gold date is computed
from the message's own Date header (Asia/Shanghai) with the `chinesecalendar` package and compared with the
date written by hand next to it.

    python make_heldout42.py            # write the set into this script's folder, then check it
    python make_heldout42.py --check    # only check: re-parse every .eml, recompute every gold date

Needs: chinesecalendar, python-docx, reportlab, pypdf (the venv /work/blind/venv has them).
"""
import base64
import csv
import datetime as dt
import html
import io
import json
import quopri
import re
import sys
import zipfile
from email import policy as email_policy
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from pathlib import Path
from urllib.parse import quote as urlquote

import chinese_calendar

OUT = Path(__file__).resolve().parent
D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))
try:  # Asia/Shanghai has been UTC+8 without DST since 1991; use the tz database when it is there
    from zoneinfo import ZoneInfo
    SHANGHAI = ZoneInfo("Asia/Shanghai")
except Exception:  # pragma: no cover
    SHANGHAI = TZ8

# ----------------------------------------------------------------------------------------------------------
# Calendar and due-phrase rules (shared by generation and --check)
# ----------------------------------------------------------------------------------------------------------


def is_workday(d):
    return chinese_calendar.is_workday(d)


def holiday_name(d):
    on, name = chinese_calendar.get_holiday_detail(d)
    return name if (on and name) else None


def add_workdays(sent, n):
    """N个工作日内: working day 1 is the first working day after the send date."""
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def this_or_next(sent, wd):
    """Bare weekday / 本周X / by Friday: this week's day if not yet past, else next week's."""
    cand = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week(sent, wd):
    """下周X / next X: weekday X of the following calendar week (weeks start Monday)."""
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + wd)


def holiday_block(sent, name):
    """The block of days off named `name` (chinesecalendar's English name) nearest after or around `sent`."""
    d = sent - dt.timedelta(days=10)
    for _ in range(120):
        if holiday_name(d) == name and not is_workday(d):
            start = d
            while holiday_name(d + dt.timedelta(days=1)) == name and not is_workday(d + dt.timedelta(days=1)):
                d += dt.timedelta(days=1)
            if d >= sent or start >= sent - dt.timedelta(days=3):
                return start, d
        d += dt.timedelta(days=1)
    raise ValueError("no holiday %s near %s" % (name, sent))


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


def month_end(d):
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def resolve(rule, sent_at):
    """rule -> (date or None, 'HH:MM' or None). sent_at is an aware datetime in Asia/Shanghai.

    rules: abs:YYYY-MM-DD | wd:fri (bare weekday, 本周X, by Friday) | nextwk:tue (下周X, next Tuesday) |
    workdays:N | after:<holiday> (节后第一个工作日) | before:<holiday> (节前 = last working day before it) |
    today (今天下班前, EOD) | tomorrow | month_end (本月底, 月底前) | hours:N (N小时内) | vague | none.
    A time is appended as @HH:MM (Shanghai) or @HH:MM+HHMM (a time given in another zone, converted).
    """
    sent = sent_at.date()
    if rule in ("vague", "none"):
        return None, None
    tm = None
    if "@" in rule:
        rule, tm = rule.split("@")
    if rule.startswith("abs:"):
        d = D.fromisoformat(rule[4:])
    elif rule.startswith("wd:"):
        d = this_or_next(sent, WD[rule[3:]])
    elif rule.startswith("nextwk:"):
        d = next_week(sent, WD[rule[7:]])
    elif rule.startswith("workdays:"):
        d = add_workdays(sent, int(rule[9:]))
    elif rule.startswith("after:"):
        d = first_workday_after(holiday_block(sent, rule[6:])[1])
    elif rule.startswith("before:"):
        d = last_workday_before(holiday_block(sent, rule[7:])[0])
    elif rule == "today":
        d = sent
    elif rule == "tomorrow":
        d = sent + dt.timedelta(days=1)
    elif rule == "month_end":
        d = month_end(sent)
    elif rule.startswith("hours:"):
        t = sent_at + dt.timedelta(hours=int(rule[6:]))
        return t.date(), t.strftime("%H:%M")
    else:
        raise ValueError("unknown rule " + rule)
    if tm and len(tm) > 5:  # 10:00+0200: a time in another zone -> Shanghai (may move the date)
        hh, mm, sign, oh, om = int(tm[0:2]), int(tm[3:5]), tm[5], int(tm[6:8]), int(tm[8:10])
        off = dt.timedelta(hours=oh, minutes=om) * (1 if sign == "+" else -1)
        local = dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=dt.timezone(off)).astimezone(SHANGHAI)
        return local.date(), local.strftime("%H:%M")
    return d, tm


# ----------------------------------------------------------------------------------------------------------
# MIME building blocks (email package primitives; byte-exact output)
# ----------------------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def ew(text, label="utf-8", mode="B", first=0):
    """RFC 2047 encoded words, folded with a space; ASCII text is returned as is. The label is written as
    given (gb2312, GBK, big5, UTF-8 ...). Characters are never split between two words."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    words, cur = [], ""
    overhead = len("=?%s?%s??=" % (label, mode))

    def enc(s):
        b = s.encode(codec(label))
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        out = ""
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out += "_"
            elif ch.isalnum() and byte < 128:
                out += ch
            else:
                out += "=%02X" % byte
        return out

    for c in text:
        if cur and overhead + len(enc(cur + c)) > 75:
            words.append(cur)
            cur = ""
        cur += c
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (label, mode, enc(w)) for w in words)


def addr(name, email, label="utf-8", mode="B"):
    if not name:
        return "<%s>" % email if False else email
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, label, mode), email)


def addrs(people, label="utf-8", mode="B", sep=",\n\t"):
    return sep.join(addr(n, e, label, mode) for n, e in people)


def rfc_date(t):
    return format_datetime(t)


class Leaf:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body  # bytes, already transfer-encoded, LF line ends


class Multi:
    def __init__(self, subtype, boundary, parts, params="", preamble=None, headers=()):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.params, self.preamble, self.headers = params, preamble, list(headers)


def transfer(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(subtype, body, label="utf-8", cte="base64", quote_cs=True, flowed=False, extra=()):
    data = body.encode(codec(label))
    cs = ('"%s"' % label) if quote_cs else label
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    return Leaf([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), transfer(data, cte))


def rfc2231(value, label="utf-8"):
    return "%s''%s" % (label, urlquote(value.encode(codec(label)), safe=""))


def attachment(filename, data, ctype, label="utf-8", extra=()):
    if all(32 <= ord(c) < 127 for c in filename):
        ct = '%s;\n\tname="%s"' % (ctype, filename)
        cd = 'attachment;\n\tfilename="%s"' % filename
    else:
        ct = "%s;\n\tname*=%s" % (ctype, rfc2231(filename, label))
        cd = "attachment;\n\tfilename*=%s" % rfc2231(filename, label)
    return Leaf([("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")]
                + list(extra), base64.encodebytes(data))


def ser_headers(headers):
    return "".join("%s: %s\n" % (k, v) for k, v in headers).encode("ascii")


def ser_part(p):
    if isinstance(p, Leaf):
        return ser_headers(p.headers) + b"\n" + p.body
    out = ser_headers([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (p.subtype, p.params, p.boundary))]
                      + p.headers) + b"\n"
    if p.preamble:
        out += p.preamble.encode("ascii") + b"\n"
    for c in p.parts:
        out += b"\n--" + p.boundary.encode("ascii") + b"\n" + ser_part(c)
    out += b"\n--" + p.boundary.encode("ascii") + b"--\n"
    return out


def message(headers, root, crlf=False, mime_version="1.0"):
    """headers: top headers in order (the server's Return-Path/Delivered-To/Received first).
    The root part's Content-* headers follow them."""
    hs = list(headers)
    if mime_version and not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", mime_version))
    raw = ser_headers(hs) + ser_part(root)
    for line in raw.split(b"\n"):
        assert len(line) < 990, line[:80]
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def delivery(t_recv, sender, rcpt, helo, ip, by, qid, extra_hops=()):
    """Headers added by the receiving server (Postfix at the bot's organisation), newest first."""
    hs = [("Return-Path", "<%s>" % sender if sender else "<>"), ("Delivered-To", rcpt),
          ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
           % (helo, helo, ip, by, qid, rcpt, rfc_date(t_recv)))]
    for h in extra_hops:
        hs.append(("Received", h))
    return hs


def html_doc(inner, head_extra=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%s">%s</head>'
            "<body>\n%s\n</body></html>\n" % (head_extra, inner))


def esc(s):
    return html.escape(s, quote=False)


def lines_to_divs(body, tag="div"):
    out = []
    for line in body.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else "<br>", tag))
    return "\n".join(out)


def outlook_html(body, lang="ZH-CN", font="等线"):
    """Word-generated HTML as Outlook for Windows writes it (MsoNormal paragraphs)."""
    ps = []
    for line in body.split("\n"):
        if line.strip():
            ps.append('<p class=MsoNormal><span lang=%s style=\'font-family:"%s"\'>%s</span></p>'
                      % (lang, font, esc(line).replace("  ", "&nbsp; ")))
        else:
            ps.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%%s\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:等线;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
            "\tfont-size:10.5pt;\n\tfont-family:等线;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
            "<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='text-justify-trim:punctuation'>"
            "<div class=WordSection1>\n%s\n</div></body></html>\n" % "\n".join(ps))


def table_html(rows, head=1, style="border-collapse:collapse", attrs='border="1" cellspacing="0" cellpadding="4"'):
    out = ['<table %s style="%s">' % (attrs, style)]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def tabbed(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


# ----------------------------------------------------------------------------------------------------------
# Organisations and roster
# ----------------------------------------------------------------------------------------------------------
MS = "mscoal.example.cn"            # 蒙晟煤业集团 (Ordos): coal-mining SOE, the safety department uses the bot
ZX = "zhixuexing.example.cn"        # 知学星 (Hefei): online tutoring
HY = "haiying-ship.example.cn"      # 海鹰船舶修造 (Zhoushan): private shipyard
HS = "hanseong-yt.example.com"      # Hanseong Display (Yantai): Korean-owned display-module supplier
BOTS = {MS: ("纪要助手", "minutebot@" + MS), ZX: ("纪要助手", "minutebot@" + ZX),
        HY: ("纪要助手", "minutebot@" + HY), HS: ("Minutes Bot", "minutebot@" + HS)}

# name, email, department, manager email, aliases
ROSTER = [
    # 蒙晟煤业集团有限责任公司
    ("贺建军", "hejianjun@" + MS, "安全监察部", "", "贺部长;贺部;He Jianjun"),
    ("乔永峰", "qiaoyongfeng@" + MS, "安全监察部", "hejianjun@" + MS, "乔部长;乔副部长;Qiao Yongfeng"),
    ("白玉亮", "baiyuliang@" + MS, "安全监察部", "hejianjun@" + MS, "白工;白主管;玉亮;Bai Yuliang"),
    ("高瑞霞", "gaoruixia@" + MS, "安全监察部", "hejianjun@" + MS, "小高;瑞霞;Gao Ruixia"),
    ("郝志刚", "haozhigang@" + MS, "通风部", "", "郝部长;Hao Zhigang"),
    ("任晓东", "renxiaodong@" + MS, "通风部", "haozhigang@" + MS, "任工;晓东;Ren Xiaodong"),
    ("温海平", "wenhaiping@" + MS, "机电管理部", "", "温部长;Wen Haiping"),
    ("张利军", "zhanglijun@" + MS, "机电管理部", "wenhaiping@" + MS, "张主管;利军;Zhang Lijun"),
    ("杜鹏", "dupeng@" + MS, "生产技术部", "", "杜部长;Du Peng"),
    ("巴特尔", "bateer@" + MS, "调度指挥中心", "", "巴主任;Bateer"),
    ("苏日娜", "surina@" + MS, "综合办公室", "", "娜娜;苏主任;Surina"),
    ("刘振华", "liuzhenhua@" + MS, "红柳沟煤矿", "", "刘矿长;Liu Zhenhua"),
    ("闫俊峰", "yanjunfeng@" + MS, "红柳沟煤矿", "liuzhenhua@" + MS, "闫科长;闫工;Yan Junfeng"),
    ("常文斌", "changwenbin@" + MS, "敖包梁煤矿", "", "常矿长;Chang Wenbin"),
    # 合肥知学星教育科技有限公司
    ("程思远", "chengsiyuan@" + ZX, "产品部", "", "程总;Simon Cheng;Simon"),
    ("汪晨曦", "wangchenxi@" + ZX, "产品部", "chengsiyuan@" + ZX, "晨曦;Cici Wang;Cici"),
    ("陶然", "taoran@" + ZX, "技术部", "", "陶总;Tao Ran"),
    ("鲍文杰", "baowenjie@" + ZX, "技术部", "taoran@" + ZX, "文杰;鲍工;Bao Wenjie"),
    ("许梦洁", "xumengjie@" + ZX, "技术部", "taoran@" + ZX, "梦洁;小许;Xu Mengjie"),
    ("葛新宇", "gexinyu@" + ZX, "教研中心", "", "葛老师;葛主任;Ge Xinyu"),
    ("钱雅琴", "qianyaqin@" + ZX, "教研中心", "gexinyu@" + ZX, "钱老师;Qian Yaqin"),
    ("潘宇航", "panyuhang@" + ZX, "教研中心", "gexinyu@" + ZX, "潘老师;Pan Yuhang"),
    ("檀晓婷", "tanxiaoting@" + ZX, "教务部", "", "檀老师;Tan Xiaoting"),
    ("章明辉", "zhangminghui@" + ZX, "增长部", "", "章总;Zhang Minghui"),
    ("储佳怡", "chujiayi@" + ZX, "增长部", "zhangminghui@" + ZX, "佳怡;Chu Jiayi"),
    ("宛丽", "wanli@" + ZX, "客服中心", "", "宛主管;Wan Li"),
    ("方志诚", "fangzhicheng@" + ZX, "财务部", "", "方经理;Fang Zhicheng"),
    # 舟山海鹰船舶修造有限公司
    ("邬国栋", "wuguodong@" + HY, "总经理办公室", "", "邬总;Wu Guodong"),
    ("虞海波", "yuhaibo@" + HY, "项目管理部", "wuguodong@" + HY, "虞经理;Mr. Yu;Yu Haibo;Haibo"),
    ("周蓓", "zhoubei@" + HY, "项目管理部", "yuhaibo@" + HY, "蓓蓓;Zhou Bei;Betty Zhou"),
    ("柴建国", "chaijianguo@" + HY, "生产部", "wuguodong@" + HY, "柴部长;Chai Jianguo"),
    ("忻立群", "xinliqun@" + HY, "船体车间", "chaijianguo@" + HY, "忻主任;Xin Liqun"),
    ("乐伟民", "yueweimin@" + HY, "涂装车间", "chaijianguo@" + HY, "乐主任;Yue Weimin"),
    ("毛建华", "maojianhua@" + HY, "舾装车间", "chaijianguo@" + HY, "毛主任;Mao Jianhua"),
    ("孙晓燕", "sunxiaoyan@" + HY, "采购部", "wuguodong@" + HY, "孙经理;Sun Xiaoyan"),
    ("夏振宇", "xiazhenyu@" + HY, "质量部", "wuguodong@" + HY, "夏工;夏经理;Mr. Xia;Xia Zhenyu"),
    ("郑海宁", "zhenghaining@" + HY, "技术部", "wuguodong@" + HY, "郑总工;Zheng Haining"),
    ("胡佳琪", "hujiaqi@" + HY, "技术部", "zhenghaining@" + HY, "小胡;Hu Jiaqi"),
    ("应立新", "yinglixin@" + HY, "安环部", "wuguodong@" + HY, "应科长;Ying Lixin"),
    # Hanseong Display (Yantai) Co., Ltd. / 翰星显示(烟台)有限公司
    ("Kim Donghyun", "donghyun.kim@" + HS, "Plant Management", "", "Director Kim;DH Kim;Donghyun Kim;金总;金东炫;김동현"),
    ("Park Jiwon", "jiwon.park@" + HS, "QA", "donghyun.kim@" + HS, "Jiwon Park;Jiwon;Ms. Park;朴经理;朴智媛;박지원"),
    ("Lee Seojun", "seojun.lee@" + HS, "SCM", "donghyun.kim@" + HS, "Seojun Lee;Seojun;SJ Lee;李瑞俊;이서준"),
    ("Jung Taeyang", "taeyang.jung@" + HS, "Engineering", "donghyun.kim@" + HS, "TY Jung;Taeyang Jung;Mr. Jung;郑泰阳;정태양"),
    ("于海涛", "haitao.yu@" + HS, "Production", "donghyun.kim@" + HS, "Tommy Yu;Tommy;于主管;于海濤;Yu Haitao"),
    ("曲静", "jing.qu@" + HS, "QA", "jiwon.park@" + HS, "Jenny Qu;Jenny;曲工;曲靜;Qu Jing"),
    ("孙浩然", "haoran.sun@" + HS, "Engineering", "taeyang.jung@" + HS, "Harry Sun;Harry;孫浩然;Sun Haoran"),
    ("姜丽丽", "lili.jiang@" + HS, "Sales", "donghyun.kim@" + HS, "Lily Jiang;Lily;姜经理;Jiang Lili"),
    ("王蕾", "lei.wang@" + HS, "SCM", "seojun.lee@" + HS, "Rachel Wang;Rachel;Wang Lei"),
    ("初建波", "jianbo.chu@" + HS, "Warehouse", "seojun.lee@" + HS, "初主管;Chu Jianbo"),
    # outsiders who write to the bot (department left empty: they are not staff of the four organisations)
    ("戚志明", "qizhiming@haichuan-coatings.example.com", "", "", "戚经理;Qi Zhiming"),
    ("Lars Haugen", "lars.haugen@nordvik-tankers.example.no", "", "", "Haugen, Lars;Lars"),
    ("Jonas Brandt", "jonas.brandt@kessler-cockpit.example.de", "", "", "Brandt, Jonas;Jonas"),
    ("Choi Minho", "minho.choi@hanseong.example.co.kr", "", "", "Minho Choi;Minho;최민호"),
    ("陳冠宇", "kevin.chen@jingcai-opto.example.com.tw", "", "", "Kevin Chen;陈冠宇;Kevin"),
]
PEOPLE = {r[0]: r for r in ROSTER}
BY_EMAIL = {r[1]: r for r in ROSTER}


def P(name):
    """(display name as the person's own client writes it, email)."""
    return (name, PEOPLE[name][1])


def I(owner, task, rule, expect=None, dept=None, email=None):
    """One gold item. owner: roster name, an outsider's name (email= from To/Cc), or None (dept= the unit when
    it is one of the organisation's). rule: see resolve(); expect: the hand-written 'YYYY-MM-DD[ HH:MM]'."""
    return {"owner": owner, "task": task, "rule": rule, "expect": expect, "dept": dept, "email": email}


CASES = []


def case(num, slug, kind, eml, items=(), followup=None, notes="", tests="", summary=None, attachments=None):
    CASES.append({"num": num, "slug": slug, "kind": kind, "eml": eml, "items": list(items),
                  "followup": followup, "notes": notes, "tests": tests, "summary": summary})


def mid_hex(seed, n):
    """Deterministic hex for Message-IDs and the like (no randomness)."""
    import hashlib
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def recv(t, sender, dom, helo, ip, seed, hops=()):
    """Delivery headers of the receiving server of organisation `dom` (the bot's mailbox)."""
    rt = t.astimezone(TZ8) + dt.timedelta(seconds=3)
    return delivery(rt, sender, BOTS[dom][1], helo, ip, "mx1." + dom, mid_hex(seed, 11).upper(), hops)


# ----------------------------------------------------------------------------------------------------------
# Mail clients: header sets, structure and encodings as each client writes them
# ----------------------------------------------------------------------------------------------------------
def _thread(irt, refs):
    hs = []
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    return hs


def alt(plain_leaf, html_leaf, boundary):
    return Multi("alternative", boundary, [plain_leaf, html_leaf])


def mixed(body, atts, boundary):
    return Multi("mixed", boundary, [body] + list(atts)) if atts else body


def outlook_win(dom, frm, to, cc, subject, t, plain, seed, cs="gb2312", cte="base64", html_body=None,
                lang="zh-cn", atts=(), irt=None, refs=None, subject_prefix="", quote_cs=True,
                hops=(), helo=None, ip="10.20.3.41", crlf=False):
    """Outlook 2016/365 for Windows on an IMAP/SMTP account (Word HTML + plain alternative)."""
    h = mid_hex(seed, 24)
    b_alt = "----=_NextPart_001_%s_01DC%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    b_mix = "----=_NextPart_000_%s_01DC%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    html_body = html_body if html_body is not None else outlook_html(plain)
    body = alt(text("plain", plain, cs, cte, quote_cs), text("html", html_body.replace("charset=%s", "charset=" + cs, 1), cs, cte, quote_cs), b_alt)
    root = mixed(body, atts, b_mix)
    if subject_prefix and subject_prefix.isascii():
        subj = subject_prefix + ew(subject, cs)
    else:
        subj = ew(subject_prefix + subject, cs)
    hs = recv(t, frm[1], dom, helo or "mail.%s" % frm[1].split("@")[1], ip, seed, hops)
    hs += [("From", addr(frm[0], frm[1], cs)), ("To", addrs(to, cs))]
    if cc:
        hs.append(("Cc", addrs(cc, cs)))
    hs += [("Subject", subj), ("Date", rfc_date(t))]
    hs += [("Message-ID", "<%s$%s$%s$@%s>" % ("0000" + h[:8], h[8:16], h[16:24], frm[1].split("@")[1]))]
    hs += _thread(irt, refs)
    hs += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(mid_hex(seed + "ti", 32))).decode()[:40]),
           ("Content-Language", lang)]
    if atts:
        hs.append(("X-MS-Has-Attach", "yes"))
    return message(hs, root, crlf=crlf)


def foxmail(dom, frm, to, cc, subject, t, plain, html_inner, seed, cs="GBK", cte="base64", atts=(), irt=None,
            refs=None, ip="10.20.8.15"):
    h = mid_hex(seed, 24)
    num = str(int(h[:10], 16))[:12]
    b_alt = "----=_001_NextPart%s_=----" % num
    b_mix = "----=_001_NextPart%s_=----" % str(int(h[10:20], 16))[:12]
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: '
           '1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; '
           'font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n%s\n'
           '</body></html>\n' % (cs, html_inner))
    root = mixed(alt(text("plain", plain, cs, cte), text("html", htm, cs, cte), b_alt), atts, b_mix)
    hs = recv(t, frm[1], dom, "smtp.%s" % frm[1].split("@")[1], ip, seed)
    hs += [("Date", rfc_date(t)), ("From", addr(frm[0], frm[1], cs)), ("To", addrs(to, cs))]
    if cc:
        hs.append(("Cc", addrs(cc, cs)))
    hs += [("Subject", ew(subject, cs))] + _thread(irt, refs)
    hs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                                  h[16:20].upper(), mid_hex(seed + "g", 12).upper())),
           ("X-Has-Attach", "yes" if atts else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
           ("Mime-Version", "1.0"),
           ("Message-ID", "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), num[:7], frm[1].split("@")[1]))]
    return message(hs, root, mime_version=None)


def coremail(dom, frm, to, cc, subject, t, plain, html_inner, seed, cs="UTF-8", cte="base64", irt=None,
             refs=None, atts=(), ip="10.20.1.77", version="XT6.0.4 build 20250822(4a8c36e2)", extra=()):
    """Coremail XT webmail (the SOE's and the yard's own mail system)."""
    h = mid_hex(seed, 24)
    ms = int(t.timestamp() * 1000)
    b_alt = "----=_Part_%d_%d.%d" % (int(h[:5], 16), int(h[5:12], 16) % 1000000000, ms)
    b_mix = "----=_Part_%d_%d.%d" % (int(h[12:17], 16), int(h[17:24], 16) % 1000000000, ms)
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % html_inner)
    root = mixed(alt(text("plain", plain, cs, cte, quote_cs=False), text("html", htm, cs, cte, quote_cs=False),
                     b_alt), atts, b_mix)
    local = frm[1].split("@")[0]
    hs = recv(t, frm[1], dom, "mail.%s" % frm[1].split("@")[1], ip, seed)
    hs += [("Date", rfc_date(t)), ("From", addr(frm[0], frm[1], cs)), ("To", addrs(to, cs))]
    if cc:
        hs.append(("Cc", addrs(cc, cs)))
    hs += [("Subject", ew(subject, cs))] + _thread(irt, refs)
    hs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version " + version),
           ("X-Originating-IP", "[%s]" % ip), ("MIME-Version", "1.0"),
           ("Message-ID", "<%s.%s.%x.Coremail.%s@%s>" % (h[:8], h[8:12], ms, local, frm[1].split("@")[1])),
           ("X-Coremail-Locale", "zh_CN"),
           ("X-CM-TRANSID", base64.b64encode(bytes.fromhex(h)).decode()[:24] + "--.%dS2" % (len(local) % 9 + 1)),
           ("X-CM-SenderInfo", "%s/" % base64.b32encode(local.encode()).decode().lower().rstrip("="))]
    hs += list(extra)
    return message(hs, root, mime_version=None)


def exmail(dom, frm, to, cc, subject, t, plain, html_inner, seed, cs="gb18030", irt=None, refs=None, atts=(),
           ip="113.96.208.61", mailer=None):
    """Tencent Exmail (腾讯企业邮 / 企业微信邮件) web: GB18030 base64, multipart/alternative."""
    h = mid_hex(seed, 32).upper()
    b_alt = "----=_NextPart_%s_%s_%s" % (h[:8], h[8:16], h[16:24])
    htm = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">'
           '<div style="font-family: 微软雅黑; font-size: 14px; line-height: 1.5;">%s</div>' % (cs.upper(), html_inner))
    root = mixed(alt(text("plain", plain, cs, "base64"), text("html", htm, cs, "base64"), b_alt), atts,
                 "----=_NextPart_%s_%s_%s" % (h[24:32], h[:8], h[8:16]))
    hs = recv(t, frm[1], dom, "smtpbg%d.qq.com" % (int(h[:2], 16) % 90 + 10), ip, seed)
    hs += [("X-QQ-mid", "bizesmtp%st%d%sp%d" % (h[:2].lower(), int(t.timestamp()), h[2:6].lower(), int(h[6:8], 16))),
           ("X-QQ-SSF", "0000000000000090"), ("X-QQ-XMAILINFO", base64.b64encode(bytes.fromhex(h)).decode()),
           ("X-QQ-FEAT", base64.b64encode(bytes.fromhex(h[::-1])).decode()[:32]),
           ("From", addr(frm[0], frm[1], cs)), ("To", addrs(to, cs))]
    if cc:
        hs.append(("Cc", addrs(cc, cs)))
    hs += [("Subject", ew(subject, cs)), ("Mime-Version", "1.0")]
    hs += [("Date", rfc_date(t)), ("X-Priority", "3"),
           ("Message-ID", "<tencent_%s@qq.com>" % h[:34] if len(h) >= 34 else "<tencent_%s%s@qq.com>"
            % (h, mid_hex(seed + "m", 10).upper()))]
    hs += _thread(irt, refs)
    hs += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", mailer or "QQMail 2.x"),
           ("X-QQ-Mailer", mailer or "QQMail 2.x")]
    return message(hs, root, mime_version=None)


def uuid_like(seed, upper=True):
    h = mid_hex(seed, 32)
    u = "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return u.upper() if upper else u


def feishu(dom, frm, to, cc, subject, t, plain, html_inner, seed, cte="base64", irt=None, refs=None, atts=()):
    """Feishu / Lark mail (飞书邮箱) from its web or desktop app."""
    u = uuid_like(seed, upper=False)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="font-family: -apple-system, system-ui, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px;'
           ' line-height: 1.6;">%s</div></body></html>\n' % html_inner)
    root = mixed(alt(text("plain", plain, "UTF-8", cte), text("html", htm, "UTF-8", cte), "%s" % mid_hex(seed + "b", 28)),
                 atts, mid_hex(seed + "m", 28))
    hs = recv(t, "lba+%s@feishu-mail.example.net" % mid_hex(seed, 10), dom, "va-out-%d.feishu.cn" % (int(u[:2], 16) % 40),
              "101.126.%d.%d" % (int(u[2:4], 16), int(u[4:6], 16)), seed)
    hs[0] = ("Return-Path", "<%s>" % frm[1])
    hs += [("X-Lms-Return-Path", "<lba+2%s+%s@bounce.feishu-mail.example.net>" % (mid_hex(seed, 18), frm[1].split("@")[0])),
           ("From", addr(frm[0], frm[1], "UTF-8")), ("Date", rfc_date(t)), ("Subject", ew(subject, "UTF-8")),
           ("To", addrs(to, "UTF-8"))]
    if cc:
        hs.append(("Cc", addrs(cc, "UTF-8")))
    hs += [("Message-Id", "<%s@feishu.cn>" % u)] + _thread(irt, refs)
    hs += [("Mime-Version", "1.0"), ("X-Mailer", "Feishu Mail"), ("Content-Language", "zh-CN")]
    return message(hs, root, mime_version=None)


def dingtalk(dom, frm, to, cc, subject, t, plain, html_inner, seed, html_only=False, irt=None, refs=None, atts=()):
    """DingTalk mail (钉钉邮箱, on Alibaba Mail)."""
    htm = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
           'SimSun;font-size:14.0px;color:#000000;">%s</div></div>\n' % html_inner)
    if html_only:
        root = text("html", htm, "UTF-8", "base64", quote_cs=False)
    else:
        root = alt(text("plain", plain, "UTF-8", "base64", quote_cs=False),
                   text("html", htm, "UTF-8", "base64", quote_cs=False), "----=ALIBOUNDARY_%s" % mid_hex(seed, 20))
    root = mixed(root, atts, "----=ALIBOUNDARY_%s" % mid_hex(seed + "m", 20))
    hs = recv(t, frm[1], dom, "out30-%d.freemail.mail.aliyun.com" % (int(mid_hex(seed, 2), 16) % 120),
              "115.124.30.%d" % (int(mid_hex(seed, 4)[2:], 16) % 250), seed)
    hs += [("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R%dsa;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
            "HT=maildocker-contentspam033037%d;MF=%s;NM=1;PH=DS;RN=%d;SR=0;TI=SMTPD_---0W%s_%d"
            % (int(mid_hex(seed, 3), 16), int(mid_hex(seed, 4), 16) % 100, frm[1], len(to) + len(cc or ()),
               mid_hex(seed + "ti", 6).upper(), int(mid_hex(seed, 6), 16))),
           ("Date", rfc_date(t)), ("From", addr(frm[0], frm[1], "UTF-8")), ("To", addrs(to, "UTF-8"))]
    if cc:
        hs.append(("Cc", addrs(cc, "UTF-8")))
    hs += [("Message-ID", "<%s.%s@%s>" % (uuid_like(seed, False), frm[1].split("@")[0], frm[1].split("@")[1])),
           ("Subject", ew(subject, "UTF-8"))] + _thread(irt, refs)
    hs += [("X-Priority", "3"), ("X-Mailer", "[Alimail-Mailagent][DingTalk]"), ("MIME-Version", "1.0")]
    return message(hs, root, mime_version=None)


def gmail(dom, frm, to, cc, subject, t, plain, html_inner, seed, irt=None, refs=None, atts=(), cte="quoted-printable",
          html_cte=None):
    h = mid_hex(seed, 20)
    b_alt = "000000000000%s" % h[:16]
    b_mix = "000000000000%s" % h[4:20]
    htm = '<div dir="ltr">%s</div>\n' % html_inner
    body = alt(text("plain", plain, "UTF-8", cte), text("html", htm, "UTF-8", html_cte or cte), b_alt)
    root = mixed(body, atts, b_mix)
    hs = recv(t, frm[1], dom, "mail-pl1-f%d.google.com" % (int(h[:2], 16) % 200),
              "209.85.214.%d" % (int(h[2:4], 16) % 250), seed)
    hs += [("MIME-Version", "1.0")]
    if refs:
        hs.append(("References", refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += [("From", addr(frm[0], frm[1], "UTF-8")), ("Date", rfc_date(t)),
           ("Message-ID", "<CA%s@mail.gmail.com>" % base64.b64encode(bytes.fromhex(mid_hex(seed + "id", 40))).decode()
            .replace("/", "_").rstrip("=")),
           ("Subject", ew(subject, "UTF-8")), ("To", addrs(to, "UTF-8"))]
    if cc:
        hs.append(("Cc", addrs(cc, "UTF-8")))
    return message(hs, root, mime_version=None)


def apple(dom, frm, to, cc, subject, t, plain, html_inner, seed, iphone=False, atts=(), cte="quoted-printable",
          irt=None, refs=None):
    """Apple Mail on the Mac (multipart/alternative) or the iPhone (text/plain, attachments in mixed)."""
    u = uuid_like(seed)
    if iphone:
        body = text("plain", plain, "utf-8", cte, quote_cs=False)
        root = Multi("mixed", "Apple-Mail-" + uuid_like(seed + "b"), [body] + list(atts)) if atts else body
        mailer, mv = "iPhone Mail (22F76)", "1.0 (1.0)"
    else:
        htm = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
               '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
               '%s</body></html>' % html_inner)
        body = alt(text("plain", plain, "utf-8", cte, quote_cs=False), text("html", htm, "utf-8", cte, quote_cs=False),
                   "Apple-Mail=_" + uuid_like(seed + "b"))
        root = mixed(body, atts, "Apple-Mail=_" + uuid_like(seed + "m"))
        mailer, mv = "Apple Mail (2.3826.600.51.1.1)", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
    hs = recv(t, frm[1], dom, "smtp.%s" % frm[1].split("@")[1], "120.26.%d.%d" % (int(u[:2], 16), int(u[2:4], 16)),
              seed)
    hs += [("From", addr(frm[0], frm[1], "utf-8")), ("Mime-Version", mv), ("Subject", ew(subject, "utf-8")),
           ("Date", rfc_date(t))] + _thread(irt, refs)
    hs += [("To", addrs(to, "utf-8"))]
    if cc:
        hs.append(("Cc", addrs(cc, "utf-8")))
    hs += [("Message-Id", "<%s@%s>" % (u, frm[1].split("@")[1])), ("X-Mailer", mailer)]
    return message(hs, root, mime_version=None)


def thunderbird(dom, frm, to, cc, subject, t, plain, seed, cte="8bit", irt=None, refs=None, lang="zh-CN"):
    body = text("plain", plain, "UTF-8", cte, quote_cs=False, flowed=True)
    hs = recv(t, frm[1], dom, "smtp.%s" % frm[1].split("@")[1], "10.30.2.%d" % (int(mid_hex(seed, 2), 16) % 250), seed)
    hs += [("Message-ID", "<%s@%s>" % (uuid_like(seed, False), frm[1].split("@")[1])),
           ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)] + _thread(irt, refs)
    hs += [("To", addrs(to, "UTF-8"))]
    if cc:
        hs.append(("Cc", addrs(cc, "UTF-8")))
    hs += [("From", addr(frm[0], frm[1], "UTF-8")), ("Subject", ew(subject, "UTF-8"))]
    return message(hs, body, mime_version=None)


def owa(dom, frm, to, cc, subject, t_utc, plain, html_inner, seed, irt=None, refs=None, lang="en-US"):
    """Outlook on the web / Microsoft 365 (Exchange Online): Date in +0000, CRLF."""
    h = mid_hex(seed, 16).upper()
    srv = "SEZPR06MB%04d" % (int(h[:4], 16) % 10000)
    mid = "%s%s@%s.apcprd06.prod.outlook.com" % (srv, h, srv)
    b = "_000_%s_" % mid.split("@")[0]
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
           'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
           'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n' % html_inner)
    root = alt(text("plain", plain, "utf-8", "quoted-printable"), text("html", htm, "utf-8", "quoted-printable"), b)
    hs = recv(t_utc, frm[1], dom, "mail-sgaapc01on2%03d.outbound.protection.outlook.com" % (int(h[4:6], 16)),
              "40.107.215.%d" % (int(h[6:8], 16) % 250), seed,
              hops=("from %s.apcprd06.prod.outlook.com ([fe80::%s]) by %s.apcprd06.prod.outlook.com\n ([fe80::%s%%7]) "
                    "with mapi id 15.20.8857.014; %s" % (srv, h[:4].lower(), srv, h[:4].lower(), rfc_date(t_utc)),))
    hs += [("From", addr(frm[0], frm[1], "utf-8")), ("To", addrs(to, "utf-8"))]
    if cc:
        hs.append(("CC", addrs(cc, "utf-8")))
    hs += [("Subject", ew(subject, "utf-8")), ("Thread-Topic", ew(subject, "utf-8")),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(mid_hex(seed + "ti", 30))).decode()),
           ("Date", rfc_date(t_utc)), ("Message-ID", "<%s>" % mid)] + _thread(irt, refs)
    hs += [("Accept-Language", "en-US, zh-CN"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
           ("x-ms-exchange-messagesentrepresentingtype", "1"), ("MIME-Version", "1.0")]
    return message(hs, root, crlf=True, mime_version=None)


def netease_web(dom, frm, to, cc, subject, t, plain, html_inner, seed, cs="GBK", cte="base64", ip="115.236.118.%d"):
    """NetEase webmail (163/126 and 网易企业邮箱 share the Coremail XT5 web client)."""
    h = mid_hex(seed, 24)
    ms = int(t.timestamp() * 1000)
    b = "----=_Part_%d_%d.%d" % (int(h[:6], 16) % 900000, int(h[6:14], 16) % 2000000000, ms)
    htm = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br>' % html_inner
    root = alt(text("plain", plain, cs, cte, quote_cs=False), text("html", htm, cs, cte, quote_cs=False), b)
    ipx = ip % (int(h[:2], 16) % 250)
    hs = recv(t, frm[1], dom, "mail-m%d.qiye.163.com" % (int(h[2:6], 16) % 30000), ipx, seed)
    hs += [("Date", rfc_date(t)), ("From", addr(frm[0], frm[1], cs)), ("To", addrs(to, cs))]
    if cc:
        hs.append(("Cc", addrs(cc, cs)))
    hs += [("Subject", ew(subject, cs)), ("X-Priority", "3"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
           ("X-Originating-IP", "[%s]" % ipx), ("MIME-Version", "1.0"),
           ("Message-ID", "<%s.%s.%x.Coremail.%s>" % (h[:8], h[8:12], ms, frm[1])),
           ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", base64.b64encode(bytes.fromhex(h)).decode()),
           ("X-NTES-SC", "AL_Qu2a" + base64.b64encode(bytes.fromhex(mid_hex(seed + "sc", 36))).decode())]
    return message(hs, root, mime_version=None)


def outlook_mac(dom, frm, to, cc, subject, t, html_inner, seed, irt=None, refs=None):
    """Outlook for Mac, HTML only (no plain alternative), UTF-8 quoted-printable."""
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
           '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 '
           '(filtered medium)"><style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n'
           '\tfont-family:"PingFang SC";}\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
           'style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>\n' % html_inner)
    root = text("html", htm, "utf-8", "quoted-printable")
    hs = recv(t, frm[1], dom, "smtp.%s" % frm[1].split("@")[1], "10.40.6.%d" % (int(mid_hex(seed, 2), 16) % 250), seed)
    hs += [("User-Agent", "Microsoft-MacOutlook/16.98.25061514"), ("Date", rfc_date(t)),
           ("Subject", ew(subject, "utf-8")), ("From", addr(frm[0], frm[1], "utf-8")), ("To", addrs(to, "utf-8"))]
    if cc:
        hs.append(("CC", addrs(cc, "utf-8")))
    hs += [("Message-ID", "<%s@%s>" % (uuid_like(seed), frm[1].split("@")[1])),
           ("Thread-Topic", ew(subject, "utf-8")), ("Mime-version", "1.0")] + _thread(irt, refs)
    return message(hs, root, mime_version=None)


# ==========================================================================================================
# Cases 7001-7008: 蒙晟煤业集团 (coal-mining SOE, Ordos), 安全监察部 and the units it works with
# ==========================================================================================================
MSBOT = BOTS[MS]


def c7001():
    t = T("2026-04-02 17:48:21")
    body = """各单位、各部门：

现将4月2日清明节前安全生产专题会议纪要印发如下，请抓好落实。

蒙晟煤业集团安全生产专题会议纪要
〔2026〕第7号

会议时间：2026年4月2日（星期四）9:00-11:30
会议地点：集团公司三楼第一会议室
主 持 人：贺建军
参会人员：乔永峰、郝志刚、温海平、杜鹏、巴特尔、刘振华、常文斌及安全监察部相关人员
记 录 人：高瑞霞

会议听取了安全监察部关于一季度安全检查情况的汇报，分析了当前安全生产形势，研究部署了清明节假期及二季度重点工作。现纪要如下：

一、会议认为，一季度集团安全生产形势总体平稳，但井下通风、机电设备管理仍存在薄弱环节，各单位要坚决克服麻痹思想和厌战情绪。

二、会议议定事项

（一）关于井下通风系统隐患整改。针对一季度检查发现的红柳沟煤矿回风巷局部风量不足问题，制定整改方案并组织复查验收。
责任单位：通风部（郝志刚）
完成时限：4月10日前

（二）关于清明节假期安全值班。编制节日期间领导带班和值班安排表，报安全监察部备案。
责任单位：综合办公室
配合单位：调度指挥中心
完成时限：4月3日前

（三）关于机电设备检修和防火检查。一是对主斜井带式输送机开展全面检修，责任人：温海平，完成时限：节后第一个工作日；二是对采区变电所开展防火专项检查，责任人：刘振华，完成时限：4月15日前。

（四）关于二季度安全培训。制定二季度全员安全培训计划，责任单位：安全监察部（乔永峰），完成时限：4月20日前。

三、会议强调，节日期间各矿井要严格执行领导带班下井制度，严禁超能力、超强度、超定员组织生产。

集团公司安全监察部
2026年4月2日
"""
    to = [P("郝志刚"), P("温海平"), P("杜鹏"), P("巴特尔"), P("苏日娜"), P("刘振华"), P("常文斌")]
    cc = [P("贺建军"), P("乔永峰"), MSBOT]
    eml = outlook_win(MS, P("高瑞霞"), to, cc, "清明节前安全生产专题会议纪要", t, body, "7001", cs="gb2312",
                      cte="base64")
    case(7001, "soe-formal-qingming-gb2312", "minutes", eml, [
        I("郝志刚", "制定整改方案并组织复查验收", "abs:2026-04-10", "2026-04-10"),
        I(None, "编制节日期间领导带班和值班安排表，报安全监察部备案", "abs:2026-04-03", "2026-04-03", dept="综合办公室"),
        I("温海平", "对主斜井带式输送机开展全面检修", "after:Tomb-sweeping Day", "2026-04-07"),
        I("刘振华", "对采区变电所开展防火专项检查", "abs:2026-04-15", "2026-04-15"),
        I("乔永峰", "制定二季度全员安全培训计划", "abs:2026-04-20", "2026-04-20"),
    ], None,
        "Formal SOE minutes (〔2026〕第7号) from Outlook 2016 zh-CN, gb2312 base64, sent Thu 2026-04-02 17:48. Items are "
        "the 会议议定事项 under （一）-（四）. （一）'责任单位：通风部（郝志刚）': the person in brackets owns it -> 郝志刚, "
        "'4月10日前' -> 2026-04-10. （二）has only a unit (综合办公室; 调度指挥中心 is 配合单位, never an owner) -> owner null, "
        "no_owner, department 综合办公室, 2026-04-03. （三）holds two items written 一是…二是… with their own 责任人: 温海平 "
        "'节后第一个工作日' = the first working day after Qingming (04-04..04-06 off) = Tue 2026-04-07; 刘振华 04-15. "
        "（四）unit with a person in brackets -> 乔永峰, 04-20. '会议认为…' (decision) and '会议强调…' (standing rule) are "
        "not items; the 汇报 sentence is a report. No next meeting.",
        "formal 〔文号〕 minutes, （一）（二） with 责任单位/完成时限 labels, 一是…二是… inside one section, 节后第一个工作日 "
        "after Qingming, 配合单位 not an owner")


def c7002():
    t = T("2026-04-13 16:20:07")
    body = """贺部长、各位同事：

今天上午周例会内容整理如下，请大家对照落实。

一、上周工作回顾
1. 一季度安全检查问题台账已汇总，共计问题47项，已整改39项。
2. 清明节假期值班安排执行情况良好，未发生安全事故。

二、本周工作安排
1. 白玉亮：本周五前完成一季度安全检查问题台账剩余8项的跟踪销号。
2. 高瑞霞：明天下午3点前把4月份安全培训签到表扫描件发到部门邮箱。
3. 乔部长：下周二前审定敖包梁煤矿顶板管理专项检查方案。
4. 白玉亮、高瑞霞：4月24日前完成《安全生产责任制考核细则》修订稿。

下次例会：4月20日（周一）上午9:00，安监部会议室。

白玉亮
蒙晟煤业集团 安全监察部
电话：0477-8561203  手机：139 4771 2608
"""
    inner = "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.split("\n")[:-1])
    inner = inner.replace("<div>白玉亮</div><div>蒙晟", '<div><br></div><hr style="width:210px;height:1px;" '
                          'color="#b5c4df" size="1" align="left"><div><span>白玉亮</span></div><div>蒙晟', 1)
    to = [P("贺建军"), P("乔永峰"), P("高瑞霞")]
    eml = foxmail(MS, P("白玉亮"), to, [MSBOT], "安监部周例会纪要（4月13日）", t, body, inner, "7002", cs="GBK")
    case(7002, "weekly-plain-foxmail-gbk", "minutes", eml, [
        I("白玉亮", "完成一季度安全检查问题台账剩余8项的跟踪销号", "wd:fri", "2026-04-17"),
        I("高瑞霞", "把4月份安全培训签到表扫描件发到部门邮箱", "tomorrow@15:00", "2026-04-14 15:00"),
        I("乔永峰", "审定敖包梁煤矿顶板管理专项检查方案", "nextwk:tue", "2026-04-21"),
        I("白玉亮", "完成《安全生产责任制考核细则》修订稿", "abs:2026-04-24", "2026-04-24"),
        I("高瑞霞", "完成《安全生产责任制考核细则》修订稿", "abs:2026-04-24", "2026-04-24"),
    ], "abs:2026-04-20@09:00",
        "Plain weekly minutes from Foxmail 7.2 (GBK, base64, text + HTML), sent Mon 2026-04-13 16:20. '一、上周工作回顾' "
        "reports what was done (not items). 本周五前 -> Fri 2026-04-17; 明天下午3点前 -> 2026-04-14 15:00; '乔部长' is the "
        "roster alias of 乔永峰, 下周二前 -> next calendar week's Tuesday 2026-04-21; item 4 gives one task to two people "
        "-> two items (白玉亮, 高瑞霞), 2026-04-24. 下次例会 4月20日（周一）上午9:00 -> 2026-04-20 09:00. The phone numbers "
        "in the signature are not dates.",
        "plain common minutes: weekday/明天下午3点前/下周二 deadlines, title alias, one task for two owners", )


def c7003():
    t = T("2026-04-29 15:05:42")
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划完成时间", "进展情况", "风险点及应对措施"],
            ["1", "回风巷风量复测", "安全监察部", "通风部", "主责：任晓东；配合：闫俊峰", "4月24日", "已完成", "-"],
            ["2", "主斜井带式输送机托辊更换", "安全监察部", "机电管理部", "主责：张利军；配合：红柳沟煤矿机电队",
             "节后第一个工作日", "进行中（已完成70%）", "备件已到货，节日期间停产检修"],
            ["3", "采空区密闭墙检查", "安全监察部", "红柳沟煤矿", "闫俊峰（主责）、任晓东（配合）", "3个工作日内", "未开始",
             "需通风部配合检测气体"],
            ["4", "节日期间安全监控值守", "调度指挥中心", "安全监察部", "巴特尔", "5月5日", "进行中", "节日期间24小时值班"],
            ["5", "安全生产标准化自评报告", "生产技术部", "各矿井", "牵头：杜鹏", "5月9日（周六，调休上班）", "未开始", "-"],
            ["6", "井下人员定位系统升级", "调度指挥中心", "机电管理部", "机电管理部", "待定", "未开始", "等待厂家排期"]]
    head = "各位：\n\n五一节前隐患整改跨部门协作事项跟踪表更新如下，请各责任人按计划完成时间推进。\n\n跨部门协作事项跟踪表（截至4月29日）"
    tail = "\n下次协调会：5月9日（星期六，调休上班）上午9:30，安监部会议室。\n\n乔永峰\n安全监察部"
    plain = head + "\n" + tabbed(rows) + "\n" + tail + "\n"
    inner = (lines_to_divs(head) + "\n" + table_html(rows, style="border-collapse:collapse;font-size:14px") + "\n"
             + lines_to_divs(tail))
    to = [P("任晓东"), P("张利军"), P("闫俊峰"), P("巴特尔"), P("杜鹏"), P("温海平")]
    cc = [P("贺建军"), P("郝志刚"), P("刘振华"), MSBOT]
    eml = coremail(MS, P("乔永峰"), to, cc, "隐患整改跨部门协作事项跟踪表（4月29日）", t, plain, inner, "7003")
    case(7003, "tracking-table-labour-day-coremail", "minutes", eml, [
        I("张利军", "主斜井带式输送机托辊更换", "after:Labour Day", "2026-05-06"),
        I("闫俊峰", "采空区密闭墙检查", "workdays:3", "2026-05-07"),
        I("巴特尔", "节日期间安全监控值守", "abs:2026-05-05", "2026-05-05"),
        I("杜鹏", "安全生产标准化自评报告", "abs:2026-05-09", "2026-05-09"),
        I(None, "井下人员定位系统升级", "vague", None, dept="机电管理部"),
    ], "abs:2026-05-09@09:30",
        "Seed 跨部门协作事项跟踪表 as an HTML table (Coremail XT6 web, UTF-8 base64, tab-separated plain alternative), sent "
        "Wed 2026-04-29 15:05, the day before the Labour Day break (05-01..05-05 off, Sat 05-09 a make-up working day). "
        "Row 1 is 已完成: not an item. The 责任人 cell holds 主责 and 配合 together; the 主责 person owns the row, the 配合 "
        "names are not owners. Row 2 '节后第一个工作日' -> Wed 2026-05-06. Row 3 '3个工作日内' counts from Thu 04-30 (1), "
        "skips 05-01..05-05, 05-06 (2), 05-07 (3) -> 2026-05-07. Row 4 -> 2026-05-05 (a holiday, kept as written). Row 5 "
        "'牵头：杜鹏' -> 杜鹏, 05-09 (make-up Saturday). Row 6 names only the unit 机电管理部 -> no_owner with that "
        "department, 待定 -> vague_due. 下次协调会 5月9日 上午9:30 -> 2026-05-09 09:30. '已完成70%' is progress, not a date.",
        "tracking table with 主责/配合 in one cell, done row, 节后第一个工作日 and 3个工作日内 across Labour Day, make-up "
        "Saturday")


def make_docx(paragraphs, table=None, after=(), author="", when=None, font="宋体"):
    """A real .docx written with python-docx, then re-zipped with fixed timestamps (byte-stable)."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        tb = d.add_table(rows=len(table), cols=len(table[0]))
        tb.style = "Table Grid"
        for r, row in enumerate(table):
            for c, val in enumerate(row):
                tb.cell(r, c).text = val
    for p in after:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def c7004():
    t = T("2026-05-11 10:36:12")
    paras = ["# 蒙晟煤业集团5月份安全生产例会纪要",
             "会议时间：2026年5月9日（星期六）14:30",
             "会议地点：集团公司调度指挥中心会商室",
             "主持人：贺建军    记录人：苏日娜",
             "参会单位：安全监察部、通风部、机电管理部、生产技术部、调度指挥中心、综合办公室、红柳沟煤矿、敖包梁煤矿",
             "会议传达学习了上级关于雨季安全生产的通知精神，听取了各单位4月份安全生产情况汇报。",
             "会议要求：各单位每月5日前报送上月安全隐患排查治理台账，逾期未报的予以通报。",
             "会议议定以下事项："]
    table = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
             ["1", "完成雨季“三防”应急预案修订", "安全监察部", "乔永峰", "5月20日前"],
             ["2", "组织井下透水事故应急演练", "红柳沟煤矿", "刘振华", "本月底前"],
             ["3", "完成主通风机性能测试", "通风部", "任晓东", "6月10日前"],
             ["4", "编制防汛物资储备清单", "综合办公室", "", "5月15日"],
             ["5", "敖包梁煤矿采区设计变更报批", "生产技术部", "杜鹏", "待定"]]
    after = ["下次例会定于6月8日（星期一）下午3点召开。", "", "集团公司综合办公室", "2026年5月11日印发"]
    data = make_docx(paras, table, after, author="苏日娜", when=dt.datetime(2026, 5, 11, 2, 20, 0))
    fname = "5月份安全生产例会纪要.docx"
    body = """各单位、各部门：

现将《5月份安全生产例会纪要》印发给你们，请认真抓好落实。

附件：5月份安全生产例会纪要.docx

综合办公室
2026年5月11日
"""
    to = [P("乔永峰"), P("刘振华"), P("任晓东"), P("杜鹏"), P("常文斌"), P("巴特尔")]
    cc = [P("贺建军"), P("郝志刚"), P("温海平"), MSBOT]
    att = attachment(fname, data, DOCX, "gb2312")
    eml = outlook_win(MS, P("苏日娜"), to, cc, "关于印发《5月份安全生产例会纪要》的通知", t, body, "7004",
                      cs="gb2312", cte="quoted-printable", atts=[att])
    case(7004, "soe-docx-attachment-notice", "minutes", eml, [
        I("乔永峰", "完成雨季“三防”应急预案修订", "abs:2026-05-20", "2026-05-20"),
        I("刘振华", "组织井下透水事故应急演练", "month_end", "2026-05-31"),
        I("任晓东", "完成主通风机性能测试", "abs:2026-06-10", "2026-06-10"),
        I(None, "编制防汛物资储备清单", "abs:2026-05-15", "2026-05-15", dept="综合办公室"),
        I("杜鹏", "敖包梁煤矿采区设计变更报批", "vague", None),
    ], "abs:2026-06-08@15:00",
        "A 印发 notice (Outlook zh-CN, gb2312 quoted-printable) whose minutes are only in the attached .docx (filename in "
        "RFC 2231 form). Sent Mon 2026-05-11. A human reads the attachment's 议定事项 table: row 1 -> 2026-05-20; row 2 "
        "'本月底前' -> 2026-05-31; row 3 -> 2026-06-10; row 4 has a 责任单位 but an empty 责任人 cell -> owner null, "
        "no_owner, department 综合办公室, '5月15日' -> 2026-05-15; row 5 '待定' -> vague_due. '各单位每月5日前报送…' is a "
        "standing rule, not an item. The meeting itself was held on the 05-09 make-up Saturday. '下次例会定于6月8日"
        "（星期一）下午3点' -> 2026-06-08 15:00 (Monday, checked). The mail body (附件：…) holds no items.",
        "minutes only in a .docx attachment with a two-line 印发 body; 本月底前; empty 责任人 cell; standing rule")


def c7005():
    t = T("2026-06-16 08:52:33")
    fwd_hdr = ("发件人: 苏日娜 <surina@mscoal.example.cn>\n发送时间: 2026年6月15日 17:40\n"
               "收件人: 贺建军 <hejianjun@mscoal.example.cn>; 郝志刚 <haozhigang@mscoal.example.cn>; "
               "刘振华 <liuzhenhua@mscoal.example.cn>; 张利军 <zhanglijun@mscoal.example.cn>\n"
               "抄送: 巴特尔 <bateer@mscoal.example.cn>\n主题: 雨季“三防”工作部署会会议纪要")
    pre = "玉亮：\n请把下面这份纪要纳入安监部督办台账，第二项你周五前给我一个书面情况。\n\n贺建军\n"
    orig = """各位领导：
6月15日下午召开雨季“三防”工作部署会，现将会议议定事项纪要如下：

1. 红柳沟煤矿（刘振华）负责在6月17日（周三）前完成井田范围内地表塌陷区和积水区排查，建立台账。
2. 通风部郝志刚组织在6月18日前完成敖包梁煤矿主要硐室防洪门密封性检查。
3. 机电管理部张利军负责端午节后第一个工作日完成主排水泵联合试运转，并形成试验记录。
4. 调度指挥中心负责与气象部门建立暴雨预警信息共享机制，时间待定。
5. 各矿井严格执行雨季“三防”值班制度，汛期内每日零点前上报雨情水情。

下次会议：6月24日（周三）上午10:00，调度指挥中心会商室。

综合办公室 苏日娜
"""
    plain = pre + "\n________________________________\n" + fwd_hdr + "\n\n" + orig
    hb = outlook_html(pre).split("<div class=WordSection1>\n")[1].split("\n</div></body>")[0]
    fh = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
          + "".join("<p class=MsoNormal><b><span lang=ZH-CN>%s</span></b><span lang=ZH-CN>%s</span></p>"
                    % (esc(l.split(": ", 1)[0] + ": "), esc(l.split(": ", 1)[1])) for l in fwd_hdr.split("\n"))
          + "</div>")
    ob = outlook_html(orig).split("<div class=WordSection1>\n")[1].split("\n</div></body>")[0]
    full = outlook_html("x").replace("<p class=MsoNormal><span lang=ZH-CN style='font-family:\"等线\"'>x</span></p>",
                                     hb + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + fh
                                     + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + ob)
    to = [P("白玉亮")]
    cc = [P("乔永峰"), MSBOT]
    eml = outlook_win(MS, P("贺建军"), to, cc, "雨季“三防”工作部署会会议纪要", t, plain, "7005", cs="gb2312",
                      cte="base64", html_body=full, subject_prefix="转发: ")
    case(7005, "forwarded-minutes-preface-outlook", "minutes", eml, [
        I("刘振华", "完成井田范围内地表塌陷区和积水区排查，建立台账", "abs:2026-06-17", "2026-06-17"),
        I("郝志刚", "完成敖包梁煤矿主要硐室防洪门密封性检查", "abs:2026-06-18", "2026-06-18"),
        I("张利军", "完成主排水泵联合试运转，并形成试验记录", "after:Dragon Boat Festival", "2026-06-22"),
        I(None, "与气象部门建立暴雨预警信息共享机制", "vague", None, dept="调度指挥中心"),
    ], "abs:2026-06-24@10:00",
        "Outlook '转发:' (gb2312 base64) by 贺建军 on Tue 2026-06-16 08:52 of minutes 苏日娜 sent on 06-15; the bot was "
        "added on the forward. The forwarder's preface ('第二项你周五前给我一个书面情况') is an instruction to 白玉亮 about "
        "the forward, not a minutes item. Items are the four 议定事项 below the Outlook 发件人/发送时间 block: (1) unit "
        "with the person in brackets -> 刘振华, 2026-06-17; (2) 2026-06-18; (3) '端午节后第一个工作日': Dragon Boat "
        "06-19..06-21 off -> Mon 2026-06-22; (4) only the unit 调度指挥中心, 时间待定 -> no_owner, vague_due. (5) is a "
        "standing duty rule (每日零点前上报), not an item. 下次会议 6月24日（周三）上午10:00 -> 2026-06-24 10:00. All "
        "deadlines are absolute or holiday-relative, so they are the same from the original's and the forward's date.",
        "forwarded minutes with a preface request that is not an item; items under the Outlook 发件人 block; standing rule")


def c7006():
    t = T("2026-04-29 15:07:10")
    body = ("您好！\n\n我于4月29日下午至5月5日休假，期间邮件不能及时回复。如有紧急安全事项，请联系安全监察部白玉亮"
            "（手机139 4771 2608），5月6日返岗后我会第一时间处理。\n\n乔永峰\n蒙晟煤业集团 安全监察部\n")
    root = text("plain", body, "UTF-8", "base64", quote_cs=False)
    frm = P("乔永峰")
    hs = recv(t, "", MS, "mail.mscoal.example.cn", "10.20.1.77", "7006")
    hs += [("Date", rfc_date(t)), ("From", addr(frm[0], frm[1])), ("To", addr(MSBOT[0], MSBOT[1])),
           ("Subject", ew("自动回复：Re: 隐患整改跨部门协作事项跟踪表（4月29日）")),
           ("In-Reply-To", "<mb.7003.recap.20260429150611@mscoal.example.cn>"),
           ("References", "<46ece055.46fb.19dd80ecd70.Coremail.qiaoyongfeng@mscoal.example.cn>\n "
                          "<mb.7003.recap.20260429150611@mscoal.example.cn>"),
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply"),
           ("X-Mailer", "Coremail Autoreply"), ("MIME-Version", "1.0"),
           ("Message-ID", "<%s.autoreply.Coremail.qiaoyongfeng@mscoal.example.cn>" % mid_hex("7006", 16))]
    eml = message(hs, root, mime_version=None)
    case(7006, "auto-ooo-coremail-labour-day", "auto", eml, [], None,
         "Coremail out-of-office answer from 乔永峰 to the bot's recap of 7003, two minutes after he sent it "
         "(Wed 2026-04-29 15:07). Auto-Submitted: auto-replied, Precedence: auto_reply and the '自动回复：' subject "
         "mark it as mail no person wrote. It names dates (4月29日至5月5日, 5月6日返岗) and a delegate, but it is neither "
         "minutes nor a command: kind auto, no items, no follow-up, and the bot must not answer it. Return-Path is <> "
         "as for most auto replies.",
         "out-of-office auto reply to a recap, full of dates", summary="auto-reply (OOO)")


def c7007():
    t = T("2026-06-11 09:30:55")
    body = """各单位、各部门：

端午节（6月19日至21日）即将到来，为做好节日期间安全生产值班工作，现将有关事项通知如下：

一、各单位于6月16日（周二）下班前将端午节值班安排表（含带班领导、值班人员及联系方式）报综合办公室。
二、值班期间严格执行24小时值班和领导带班制度，值班人员不得擅离岗位。
三、遇有重大情况，及时向调度指挥中心报告。

值班安排表模板见OA系统“通知公告”栏目。

联系人：苏日娜  电话：0477-8561010

综合办公室
2026年6月11日
"""
    inner = lines_to_divs(body.rstrip("\n"))
    to = [("各单位负责人", "unitheads@" + MS)]
    cc = [P("巴特尔"), P("贺建军"), MSBOT]
    eml = coremail(MS, P("苏日娜"), to, cc, "关于报送端午节假期值班安排的通知", t, body, inner, "7007", cte="base64")
    case(7007, "other-notice-duty-roster-request", "other", eml, [], None,
         "An ordinary administrative notice from 综合办公室 (Coremail web, UTF-8 base64), Thu 2026-06-11, with the bot "
         "in Cc because the office copies it on everything it sends. It asks every unit to send a duty roster by "
         "'6月16日（周二）下班前' and repeats standing duty rules, but there was no meeting: it is a request/notice, not "
         "minutes -> kind other, no items, no follow-up. A human assistant would not create tracked items from it.",
         "a plain request/notice with a deadline, not minutes", summary="other (notice with deadline)")


def c7008():
    t = T("2026-04-21 17:26:40")
    body = """贺部长、郝部长：
今天下午碰头会的情况简单记一下，请审阅。
会议时间：4月21日下午2:30
地点：红柳沟煤矿调度室
参加：贺建军、郝志刚、任晓东、闫俊峰、刘振华

待办：
1.任工（通风部）：①4月24日前完成回风巷风速复测并出具测试报告；②4月28日前提交局部通风机双风机双电源切换
试验记录。
2.闫俊峰：本周五前把井下避难硐室的自救器、压风自救装置检查表补齐，
报安监部白工备案。
3.红柳沟煤矿负责，机电管理部张利军配合：5月6日前完成主井提升机制动系统检测。
4.我这边：4月30日前组织全矿安全质量标准化自查，形成自查报告。

下周三同一时间再碰一次，地点不变。

刘振华
发自网易邮箱大师
"""
    inner = "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.rstrip("\n").split("\n"))
    frm = P("刘振华")
    to = [P("贺建军"), P("郝志刚")]
    cc = [P("任晓东"), P("闫俊峰"), P("白玉亮"), MSBOT]
    h = mid_hex("7008", 24)
    ms = int(t.timestamp() * 1000)
    root = alt(text("plain", body, "UTF-8", "base64", quote_cs=False),
               text("html", '<div style="font-family:PingFang SC;font-size:14px">%s</div>' % inner, "UTF-8", "base64",
                    quote_cs=False), "----=_Part_%d_%d.%d" % (int(h[:5], 16), int(h[5:12], 16), ms))
    hs = recv(t, frm[1], MS, "mail.mscoal.example.cn", "10.20.1.77", "7008")
    hs += [("Date", rfc_date(t)), ("From", addr(*frm)), ("To", addrs(to)), ("Cc", addrs(cc)),
           ("Message-ID", "<%s.%s.%x.Coremail.liuzhenhua@mscoal.example.cn>" % (h[:8], h[8:12], ms)),
           ("Subject", ew("安全质量标准化验收碰头会纪要")), ("MIME-Version", "1.0"),
           ("X-Mailer", "NetEase Mail Master (iOS)"), ("X-Priority", "3"), ("X-Originating-IP", "[223.104.42.17]")]
    eml = message(hs, root, mime_version=None)
    case(7008, "mailmaster-subtasks-wrapped-sametime", "minutes", eml, [
        I("任晓东", "完成回风巷风速复测并出具测试报告", "abs:2026-04-24", "2026-04-24"),
        I("任晓东", "提交局部通风机双风机双电源切换试验记录", "abs:2026-04-28", "2026-04-28"),
        I("闫俊峰", "把井下避难硐室的自救器、压风自救装置检查表补齐，报安监部白工备案", "wd:fri", "2026-04-24"),
        I(None, "完成主井提升机制动系统检测", "abs:2026-05-06", "2026-05-06", dept="红柳沟煤矿"),
        I("刘振华", "组织全矿安全质量标准化自查，形成自查报告", "abs:2026-04-30", "2026-04-30"),
    ], "nextwk:wed@14:30",
        "Short minutes from a mine manager on 网易邮箱大师 (iOS, UTF-8 base64), sent Tue 2026-04-21 17:26. Item 1 '任工"
        "（通风部）' = 任晓东 (alias), with ①② sub-tasks -> two items, 04-24 and 04-28; sub-task ② wraps onto the next "
        "line ('…切换' / '试验记录'), so the task joins both lines. Item 2 wraps too; '本周五前' -> 2026-04-24; 白工 there "
        "is the person it is filed with, not an owner. Item 3: '红柳沟煤矿负责，机电管理部张利军配合' -> the unit owns it "
        "(no_owner, department 红柳沟煤矿); 配合 张利军 is never the owner. Item 4 '我这边' = the writer 刘振华, 04-30. "
        "'下周三同一时间再碰一次': 下周三 = Wed 2026-04-29, 同一时间 = this meeting's time 下午2:30 -> 14:30.",
        "①② sub-tasks, items wrapped over two lines, unit owner with 配合 person, '我这边' = the sender, "
        "'下周三同一时间' follow-up")


# ==========================================================================================================
# Gold, files, check
# ==========================================================================================================
def build_all():
    del CASES[:]
    for name in sorted(n for n in globals() if re.fullmatch(r"c7\d{3}", n)):
        globals()[name]()
    nums = [c["num"] for c in CASES]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), nums
    return CASES


def parse_eml(raw):
    return BytesParser(policy=email_policy.default).parsebytes(raw)


def sent_at_of(msg):
    return msg["Date"].datetime.astimezone(SHANGHAI)


def gold_of(c, msg):
    sent = sent_at_of(msg)
    items = []
    for it in c["items"]:
        d, tm = resolve(it["rule"], sent)
        got = None if d is None else (d.isoformat() + (" " + tm if tm else ""))
        if got != it["expect"]:
            raise AssertionError("%d %s: rule %s gives %s, hand-written %s" % (c["num"], it["task"], it["rule"], got,
                                                                            it["expect"]))
        if it["owner"] in PEOPLE:
            r = PEOPLE[it["owner"]]
            name, email, dept = r[0], r[1], (r[2] or None)
        else:
            name, email, dept = it["owner"], it["email"], it["dept"]
        flags = []
        if name is None:
            flags.append("no_owner")
        if it["rule"] == "vague":
            flags.append("vague_due")
        if it["rule"] == "none":
            flags.append("no_due")
        items.append({"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
                      "due_date": d.isoformat() if d else None, "due_time": tm, "flags": flags})
    fu = None
    if c["followup"]:
        d, tm = resolve(c["followup"], sent)
        fu = {"date": d.isoformat(), "time": tm}
    return {"kind": c["kind"], "items": items, "next_followup": fu, "reply": None, "notes": c["notes"]}


def fname(c, ext):
    return "%d-%s.%s" % (c["num"], c["slug"], ext)


def write_roster(out):
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)


def generate(out):
    for p in list(out.glob("70[0-9][0-9]-*.eml")) + list(out.glob("70[0-9][0-9]-*.json")):
        p.unlink()
    for c in build_all():
        (out / fname(c, "eml")).write_bytes(c["eml"])
        g = gold_of(c, parse_eml(c["eml"]))
        (out / fname(c, "json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(out)
    write_readme(out)


# ---------------------------------------------------------------- check helpers
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}$")


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def attachment_text(part):
    data = part.get_payload(decode=True)
    ct = part.get_content_type()
    if ct == DOCX:
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                out.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(out)
    if ct == "application/pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages)
    return ""


def visible_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            s = part.get_content()
            out.append(html_to_text(s) if part.get_content_subtype() == "html" else s)
        else:
            out.append(attachment_text(part))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", "", s)


def mime_errors(name, raw, msg):
    e = []
    for part in msg.walk():
        for d in part.defects:
            e.append("%s: MIME defect %r in %s" % (name, d, part.get_content_type()))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                e.append("%s: header %s defect %r" % (name, k, d))
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"   # RFC 2045 default (DSN sub-parts, rfc822-headers)
            try:
                part.get_payload(decode=True).decode(codec(cs), errors="strict")
                part.get_content()
            except Exception as ex:  # noqa
                e.append("%s: text part does not decode as %s: %s" % (name, cs, ex))
    for k in ("Date", "From", "Message-ID", "Subject"):
        if msg[k] is None:
            e.append("%s: no %s header" % (name, k))
    for line in raw.split(b"\n"):
        if len(line) > 998:
            e.append("%s: line longer than 998 octets" % name)
    return e


def schema_errors(g, depts):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys %s" % sorted(g))
    if g.get("kind") not in ("minutes", "reply", "other", "auto"):
        e.append("kind %r" % g.get("kind"))
    if not isinstance(g.get("notes"), str) or len(g["notes"]) < 40:
        e.append("notes missing or too short")
    if g.get("items") and g["kind"] != "minutes":
        e.append("items only for minutes")
    for i, it in enumerate(g.get("items") or [], 1):
        if set(it) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
            e.append("item %d keys" % i)
            continue
        fl = it["flags"]
        if not set(fl) <= {"vague_due", "no_owner", "no_due"} or len(set(fl)) != len(fl):
            e.append("item %d flags %r" % (i, fl))
        if it["due_date"] is not None and not DATE_RE.match(it["due_date"]):
            e.append("item %d due_date" % i)
        if it["due_time"] is not None and (not TIME_RE.match(it["due_time"]) or it["due_date"] is None):
            e.append("item %d due_time" % i)
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & set(fl)):
            e.append("item %d: due null <=> vague_due/no_due" % i)
        if {"vague_due", "no_due"} <= set(fl):
            e.append("item %d: vague_due and no_due together" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e.append("item %d: owner null <=> no_owner" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e.append("item %d: email without owner" % i)
        if it["owner_name"] is None and it["department"] is not None and it["department"] not in depts:
            e.append("item %d: unit %r is not a department of the roster" % (i, it["department"]))
        if not it["task"]:
            e.append("item %d: empty task" % i)
    nf = g.get("next_followup")
    if nf is not None and (g["kind"] != "minutes" or set(nf) != {"date", "time"} or not DATE_RE.match(nf["date"])
                           or (nf["time"] is not None and not TIME_RE.match(nf["time"]))):
        e.append("next_followup %r" % nf)
    if g.get("reply") is not None:
        e.append("reply must be null (no replies in this set)")
    return e


def check(out):
    errors = []
    cases = {c["num"]: c for c in build_all()}
    roster = {}
    with open(out / "roster.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            roster[r["email"]] = r
    depts = {r["department"] for r in roster.values() if r["department"]}
    emls = sorted(out.glob("70[0-9][0-9]-*.eml"))
    counts = {}
    for p in emls:
        name = p.name
        num = int(name[:4])
        raw = p.read_bytes()
        c = cases.get(num)
        if c is None:
            errors.append("%s: no such case in the generator" % name)
            continue
        if name != fname(c, "eml"):
            errors.append("%s: name differs from the generator's %s" % (name, fname(c, "eml")))
        if raw != c["eml"]:
            errors.append("%s: bytes differ from a fresh generation (not deterministic?)" % name)
        msg = parse_eml(raw)
        errors += mime_errors(name, raw, msg)
        jp = p.with_suffix(".json")
        if not jp.exists():
            errors.append("%s: no gold" % name)
            continue
        g = json.loads(jp.read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        errors += ["%s: %s" % (jp.name, x) for x in schema_errors(g, depts)]
        # every date again, from this file's own Date header
        sent = sent_at_of(msg)
        if not (D(2026, 1, 1) <= sent.date() <= D(2026, 12, 31)):
            errors.append("%s: Date outside 2026" % name)
        if len(g["items"]) != len(c["items"]):
            errors.append("%s: item count differs from the generator" % jp.name)
        for it, spec in zip(g["items"], c["items"]):
            d, tm = resolve(spec["rule"], sent)
            if (it["due_date"], it["due_time"]) != ((d.isoformat() if d else None), tm):
                errors.append("%s: %r due %s %s, recomputed %s %s" % (jp.name, it["task"], it["due_date"],
                                                                     it["due_time"], d, tm))
            if d and d.year != 2026:
                errors.append("%s: due date outside 2026" % jp.name)
        if c["followup"]:
            d, tm = resolve(c["followup"], sent)
            if g["next_followup"] != {"date": d.isoformat(), "time": tm}:
                errors.append("%s: next_followup %r, recomputed %s %s" % (jp.name, g["next_followup"], d, tm))
        elif g["next_followup"] is not None:
            errors.append("%s: unexpected next_followup" % jp.name)
        # owners: roster agreement, or an address the message itself shows
        shown = set()
        for h in ("From", "To", "Cc", "Reply-To"):
            for v in msg.get_all(h) or []:
                shown |= {a.lower() for _, a in getaddresses([str(v)])}
        text_all = norm(visible_text(msg))
        for it in g["items"]:
            em = it["owner_email"]
            if em and em in roster:
                r = roster[em]
                if r["name"] != it["owner_name"] or (r["department"] or None) != it["department"]:
                    errors.append("%s: owner %s disagrees with the roster" % (jp.name, it["owner_name"]))
            elif em and em.lower() not in shown:
                errors.append("%s: owner_email %s neither in the roster nor in From/To/Cc" % (jp.name, em))
            if norm(it["task"]) not in text_all:
                errors.append("%s: task %r not found in the message text" % (jp.name, it["task"]))
        if g != gold_of(c, msg):
            errors.append("%s: gold differs from a fresh computation" % jp.name)
    if len(list(out.glob("70[0-9][0-9]-*.json"))) != len(emls):
        errors.append("json/eml counts differ")
    if sorted(cases) != sorted(int(p.name[:4]) for p in emls):
        errors.append("cases on disk differ from the generator's: %s" % sorted(set(cases) ^ {int(p.name[:4]) for p in emls}))
    return errors, counts, len(emls)


# ==========================================================================================================
# Cases 7009-7018, 7036, 7037: 知学星 (online tutoring, Hefei)
# ==========================================================================================================
ZXBOT = BOTS[ZX]


def simple_html(body):
    return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.rstrip("\n").split("\n"))


def c7009():
    t = T("2026-04-14 15:32:18")
    pre = "各位，下午评审会的飞书智能纪要贴在下面，待办请各自认领，有问题群里说。\n\n晨曦"
    summ = ("本次会议主要讨论了暑期课上线的排期安排。程思远提出暑期课需在6月底前上线、5月15日前开放预售；陶然表示题库接口在"
            "高并发下响应偏慢，需要先完成压测再确定上线节奏；钱雅琴介绍了五年级数学讲义的编写进度，预计下周一交初稿。")
    todos = ["鲍文杰：本周四前完成题库接口压测，输出压测报告",
             "钱雅琴：下周一前提交五年级数学暑期课讲义初稿",
             "许梦洁：4月30日前完成暑期课购课流程回归测试",
             "陶然：评估是否需要扩容题库服务的数据库实例（时间待定）"]
    chapters = [("00:02", "暑期课上线时间", "程思远提出暑期课需在6月底前上线，5月15日前开放预售，倒排各环节时间。"),
                ("12:35", "题库接口性能", "陶然指出题库接口在500并发时平均响应超过2秒；鲍文杰将在本周内完成压测，周四前给出报告。"),
                ("31:02", "讲义进度", "钱雅琴介绍五年级数学讲义已完成8讲中的5讲，下周一交初稿；许梦洁提出购课流程需全量回归。")]
    plain = (pre + "\n\n智能纪要：暑期课上线排期评审 2026年4月14日\n会议时间：2026年4月14日 14:00-15:10 (GMT+08:00)\n"
             "参会人：程思远、汪晨曦、陶然、鲍文杰、许梦洁、钱雅琴\n\n总结\n" + summ + "\n\n待办\n"
             + "\n".join("- " + x for x in todos) + "\n\n智能章节\n"
             + "\n".join("%s %s\n%s" % c for c in chapters) + "\n\n以上内容由 AI 生成，仅供参考\n")
    inner = (simple_html(pre) + "<div><br></div><div style=\"border:1px solid #dee0e3;border-radius:8px;padding:16px\">"
             "<h2 style=\"font-size:18px\">智能纪要：暑期课上线排期评审 2026年4月14日</h2>"
             "<div style=\"color:#646a73\">会议时间：2026年4月14日 14:00-15:10 (GMT+08:00)</div>"
             "<div style=\"color:#646a73\">参会人：程思远、汪晨曦、陶然、鲍文杰、许梦洁、钱雅琴</div>"
             "<h3>总结</h3><p>%s</p><h3>待办</h3><ul>%s</ul><h3>智能章节</h3>%s"
             "<div style=\"color:#8f959e;font-size:12px\">以上内容由 AI 生成，仅供参考</div></div>"
             % (esc(summ), "".join("<li>%s</li>" % esc(x) for x in todos),
                "".join("<p><b>%s %s</b><br>%s</p>" % (a, esc(b), esc(c)) for a, b, c in chapters)))
    to = [P("程思远"), P("陶然"), P("鲍文杰"), P("许梦洁"), P("钱雅琴")]
    eml = feishu(ZX, P("汪晨曦"), to, [ZXBOT], "【智能纪要】暑期课上线排期评审 2026年4月14日", t, plain, inner, "7009")
    case(7009, "feishu-ai-minutes-todo-only", "minutes", eml, [
        I("鲍文杰", "完成题库接口压测，输出压测报告", "wd:thu", "2026-04-16"),
        I("钱雅琴", "提交五年级数学暑期课讲义初稿", "nextwk:mon", "2026-04-20"),
        I("许梦洁", "完成暑期课购课流程回归测试", "abs:2026-04-30", "2026-04-30"),
        I("陶然", "评估是否需要扩容题库服务的数据库实例", "vague", None),
    ], None,
        "Feishu mail (UTF-8 base64, text + HTML) carrying a pasted 飞书智能纪要, sent Tue 2026-04-14 15:32. Only the 待办 "
        "section is items; 总结 and 智能章节 restate the same work with other dates ('6月底前上线', '5月15日前开放预售', "
        "'本周内完成压测') and must not add items or change the 待办 dates. 本周四前 -> 2026-04-16; 下周一前 -> "
        "2026-04-20; 4月30日前 -> 2026-04-30; '（时间待定）' -> vague_due. No next meeting is given.",
        "飞书智能纪要: only the 待办 section counts, summary/chapters with competing dates ignored")


def c7010():
    t = T("2026-05-07 18:05:44")
    pre = "大家好，今天会议的AI听记纪要见下，待办按这个来，有遗漏的直接回复补充。"
    blocks = [("【AI听记】五一活动复盘及暑期拉新方案讨论", None),
              ("时间：2026-05-07 16:00-17:05　　参与人：章明辉、储佳怡、汪晨曦、方志诚", None),
              ("全文摘要", "会议复盘了五一假期体验课活动：活动期间新增注册4,216人，体验课到课率61%，正价课转化率12.6%，"
                          "低于15%的目标。随后讨论了暑期拉新方案，计划在6月中旬前完成渠道投放准备。"),
              ("发言总结", "章明辉：五一活动转化不及预期，主要是体验课与正价课间隔太长；暑期拉新要求3个工作日内拿出渠道"
                          "预算。\n储佳怡：建议压缩到两家投放代理，重点做信息流。\n方志诚：优惠券核销数据与后台有出入，需要"
                          "重新核对。"),
              ("待办事项", None)]
    todos = ["储佳怡　3个工作日内输出暑期拉新渠道预算表",
             "汪晨曦　5月15日前完成拉新落地页改版需求文档",
             "方志诚　核对五一活动优惠券核销数据，时间待定",
             "章明辉　下周二前与两家投放代理确认报价"]
    inner = "<div>%s</div><div><br></div>" % esc(pre)
    for title, txt in blocks:
        if txt is None and title.startswith("【"):
            inner += "<div style=\"font-size:18px;font-weight:bold\">%s</div>" % esc(title)
        elif txt is None and title.startswith("时间"):
            inner += "<div style=\"color:#747677\">%s</div>" % esc(title)
        elif txt is None:
            inner += "<div style=\"font-weight:bold;margin-top:12px\">%s</div>" % esc(title)
        else:
            inner += ("<div style=\"font-weight:bold;margin-top:12px\">%s</div>" % esc(title)
                      + "".join("<div>%s</div>" % esc(x) for x in txt.split("\n")))
    inner += "<ol>%s</ol>" % "".join("<li>%s</li>" % esc(x) for x in todos)
    inner += "<div style=\"color:#a0a2a3;font-size:12px\">以上内容由AI生成，请注意甄别</div>"
    to = [P("储佳怡"), P("汪晨曦"), P("方志诚")]
    eml = dingtalk(ZX, P("章明辉"), to, [P("程思远"), ZXBOT], "五一活动复盘及暑期拉新方案讨论 - AI听记纪要", t, None, inner,
                   "7010", html_only=True)
    case(7010, "dingtalk-ai-listen-html-only-makeup-sat", "minutes", eml, [
        I("储佳怡", "输出暑期拉新渠道预算表", "workdays:3", "2026-05-11"),
        I("汪晨曦", "完成拉新落地页改版需求文档", "abs:2026-05-15", "2026-05-15"),
        I("方志诚", "核对五一活动优惠券核销数据", "vague", None),
        I("章明辉", "与两家投放代理确认报价", "nextwk:tue", "2026-05-12"),
    ], None,
        "DingTalk mail (Alibaba Mail), single text/html part (no plain alternative), UTF-8 base64, sent Thu 2026-05-07 "
        "18:05 by 章明辉. The body is a 钉钉 AI听记 minutes: 全文摘要 and 发言总结 are AI summaries (the '3个工作日内' and "
        "'6月中旬前' there are not extra items); only 待办事项 counts. Item 1 '3个工作日内' from Thu 05-07: Fri 05-08 (1), "
        "Sat 05-09 = Labour Day make-up working day (2), Mon 05-11 (3) -> 2026-05-11 (a Mon-Fri count gives 05-12). "
        "Item 3 '时间待定' -> vague_due. Item 4 is the sender's own, 下周二前 -> 2026-05-12. No next meeting.",
        "钉钉 AI听记, HTML-only, 3个工作日内 across the 05-09 make-up Saturday")


def c7011():
    t = T("2026-06-15 19:40:03")
    pre = "各位好，附上今天启动会的腾讯会议智能纪要，会议待办以此为准。\n\n储佳怡 | 增长部"
    ai = """腾讯会议 智能纪要
会议主题：暑期班续报活动启动会
会议时间：2026/06/15 14:00-15:02
会议号：618 274 905

AI 会议总结
本次会议启动了暑期班续报活动。续报目标为在读学员的35%，活动时间为6月22日至7月5日。会议明确了续报优惠规则、班主任跟进节奏和客服话术，要求各环节在端午节前准备就绪。

会议要点
1. 续报优惠：6月30日前续报享8折，老学员推荐新学员双方各得2课时。
2. 跟进节奏：班主任在活动首周完成一对一沟通。

会议待办
@檀晓婷 明天下午3点前提供各班续报学员名单
@储佳怡 端午节后第一个工作日上线续报活动页
@宛丽 6月18日前完成客服续报话术培训
@程思远 尽快确认续报活动是否叠加老带新奖励

纪要由腾讯会议 AI 生成，仅供参考"""
    plain = pre + "\n\n" + ai + "\n"
    inner = simple_html(pre) + "<div><br></div><div style=\"background:#f7f8fa;padding:12px\">" + simple_html(ai) + "</div>"
    to = [P("檀晓婷"), P("宛丽"), P("程思远")]
    cc = [P("章明辉"), ZXBOT]
    eml = exmail(ZX, P("储佳怡"), to, cc, "【会议纪要】暑期班续报活动启动会（腾讯会议智能纪要）", t, plain, inner, "7011",
                 cs="utf-8", mailer="WeCom Mail")
    case(7011, "tencent-meeting-ai-todo-wecom", "minutes", eml, [
        I("檀晓婷", "提供各班续报学员名单", "tomorrow@15:00", "2026-06-16 15:00"),
        I("储佳怡", "上线续报活动页", "after:Dragon Boat Festival", "2026-06-22"),
        I("宛丽", "完成客服续报话术培训", "abs:2026-06-18", "2026-06-18"),
        I("程思远", "确认续报活动是否叠加老带新奖励", "vague", None),
    ], None,
        "企业微信 mail (Tencent Exmail infrastructure, UTF-8 base64) with a pasted 腾讯会议智能纪要, sent Mon 2026-06-15 "
        "19:40. Only '会议待办' counts: AI 会议总结 and 会议要点 are summary, decisions and rules (6月22日至7月5日, 6月30日前"
        "续报享8折) and give no items. '@檀晓婷 明天下午3点前' -> 2026-06-16 15:00; '端午节后第一个工作日' -> Dragon Boat "
        "06-19..06-21 off -> 2026-06-22; 6月18日前 -> 2026-06-18; '尽快' -> vague_due. The 会议号 618 274 905 is not a date. "
        "No next meeting.",
        "腾讯会议智能纪要 with @owner 待办 lines; 明天下午3点前; 端午节后第一个工作日; 会议号 not a date")


def c7012():
    t = T("2026-05-22 20:15:31")
    body = """各位：
下午群里临时拉了个会，聊天记录附在后面，我把待办整理了一下：

待办：
1. 鲍文杰：下周三前排查小程序报名页卡顿原因并给出优化方案；
2. 许梦洁：本月底前补齐报名流程的自动化用例；
3. 宛丽：尽快整理近两周用户反馈的卡顿工单，
   按机型分类发给文杰；
4. 储佳怡：5月25日（周一）上午10点前暂停报名页的信息流投放。

——— 群聊记录 ———
鲍文杰 15:02
报名页首屏加载有时候要6秒，应该是接口那边的问题，我下周三前给方案
许梦洁 15:03
自动化用例我月底前补上
宛丽 15:05
工单我尽快整理，按机型分一下发文杰
储佳怡 15:06
投放我周一上午先停掉，10点前
汪晨曦 15:08
好的，我会后整理纪要发邮件

晨曦
"""
    to = [P("鲍文杰"), P("许梦洁"), P("宛丽"), P("储佳怡")]
    cc = [P("程思远"), ZXBOT]
    eml = exmail(ZX, P("汪晨曦"), to, cc, "小程序报名页卡顿 临时碰头纪要", t, body, simple_html(body), "7012",
                 cs="gb18030")
    case(7012, "chat-paste-exmail-gb18030", "minutes", eml, [
        I("鲍文杰", "排查小程序报名页卡顿原因并给出优化方案", "nextwk:wed", "2026-05-27"),
        I("许梦洁", "补齐报名流程的自动化用例", "month_end", "2026-05-31"),
        I("宛丽", "整理近两周用户反馈的卡顿工单，按机型分类发给文杰", "vague", None),
        I("储佳怡", "暂停报名页的信息流投放", "abs:2026-05-25@10:00", "2026-05-25 10:00"),
    ], None,
        "Tencent Exmail web, gb18030 base64, sent Fri 2026-05-22 20:15. The 待办 list is the minutes; the pasted group "
        "chat below ('——— 群聊记录 ———') restates the same promises in chat form and must not add items. 下周三前 -> "
        "2026-05-27; 本月底前 -> 2026-05-31; item 3 wraps over two lines and says 尽快 -> vague_due ('文杰' is who gets "
        "the tickets, not an owner); '5月25日（周一）上午10点前' -> 2026-05-25 10:00. No next meeting.",
        "chat log pasted under the list (not items), wrapped item, 本月底前, 尽快, 上午10点前; gb18030")


def c7013():
    t = T("2026-06-01 21:10:26")
    body = """各位老师：
今晚周会纪要如下，按人列了本周任务，请对照执行。

【钱老师】
1. 6月5日前完成暑期五年级数学第1-4讲课件终稿；
2. 本周三前把期末冲刺直播课的答疑安排发给教务部檀老师。

【潘老师】
1. 暑期英语自然拼读课程大纲，6月12日前交我审。

【檀老师（教务部）】
1. 下周一前确认暑期班主任排班表。

【全体】
6月10日前提交本学期教学反思，每人一份。

下次教研会：6月8日（周一）19:30，线上腾讯会议。

葛新宇
知学星教研中心
"""
    to = [P("钱雅琴"), P("潘宇航"), P("檀晓婷")]
    eml = feishu(ZX, P("葛新宇"), to, [ZXBOT], "教研中心周会纪要 6.1", t, body, simple_html(body), "7013",
                 cte="quoted-printable")
    case(7013, "grouped-by-person-feishu-qp", "minutes", eml, [
        I("钱雅琴", "完成暑期五年级数学第1-4讲课件终稿", "abs:2026-06-05", "2026-06-05"),
        I("钱雅琴", "把期末冲刺直播课的答疑安排发给教务部檀老师", "wd:wed", "2026-06-03"),
        I("潘宇航", "暑期英语自然拼读课程大纲", "abs:2026-06-12", "2026-06-12"),
        I("檀晓婷", "确认暑期班主任排班表", "nextwk:mon", "2026-06-08"),
        I(None, "提交本学期教学反思", "abs:2026-06-10", "2026-06-10"),
    ], "abs:2026-06-08@19:30",
        "Feishu mail, UTF-8 quoted-printable, sent Mon 2026-06-01 21:10 after an evening meeting. Minutes grouped by "
        "person under 【钱老师】/【潘老师】/【檀老师（教务部）】 headings: each numbered line under a heading belongs to "
        "that person (钱老师 = 钱雅琴, 潘老师 = 潘宇航, 檀老师 = 檀晓婷 via roster aliases). 本周三前 -> 2026-06-03; "
        "下周一前 -> 2026-06-08. 【全体】 is everyone, not one person or one unit -> owner null, no_owner, department "
        "null (AMBIGUOUS: one could also leave it out as a general instruction; a careful assistant tracks it as an "
        "unowned item because it has a deliverable and a date). 檀老师 in 钱老师's item 2 is the recipient. 下次教研会 "
        "6月8日（周一）19:30 -> 2026-06-08 19:30.",
        "plain common: minutes grouped by person under 【name】 headings, teacher titles, a 全体 item")


def c7014():
    t = T("2026-05-19 18:30:09")
    old_t = "2026-05-12 17:20"
    new = """各位，
今天下午三点第二轮评审的结论和待办更新如下（上次的纪要在下面，不再重复）：

结论：
1. 报名页保留“试听课”入口，放在价格区下方。
2. 优惠券逻辑沿用春季班规则。

待办：
1. 鲍文杰 5月22日前完成报名页前端改版联调
2. 许梦洁 下周一前输出报名页改版测试用例
3. 程总 EOD确认价格区文案
4. 我 5月27日前更新PRD到V1.3

下周二同一时间第三轮评审。

晨曦
"""
    old = """各位，
今天评审待办如下：
1. 鲍文杰 5月15日前评估报名页改版工作量
2. 储佳怡 5月14日前提供报名页转化漏斗数据
3. 汪晨曦 5月18日前出报名页改版PRD V1.2

下周二下午三点第二轮评审。

晨曦"""
    qh = [("发件人", "汪晨曦"), ("发送时间", old_t), ("收件人", "程思远; 陶然; 鲍文杰; 许梦洁; 储佳怡"),
          ("抄送", "纪要助手"), ("主题", "暑期班报名页改版需求评审纪要")]
    plain = new + "\n\n" + "\n".join("%s：%s" % kv for kv in qh) + "\n\n" + old + "\n"
    inner = (simple_html(new) + '<div><br></div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm '
             '0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
             'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
             + "".join("<div><b>%s：</b>&nbsp;%s</div>" % (k, esc(v)) for k, v in qh) + "</div></div>"
             + "<blockquote>" + simple_html(old) + "</blockquote>")
    to = [P("程思远"), P("陶然"), P("鲍文杰"), P("许梦洁"), P("储佳怡")]
    old_id = "<202605121720115839261@zhixuexing.example.cn>"
    eml = foxmail(ZX, P("汪晨曦"), to, [ZXBOT], "Re: 暑期班报名页改版需求评审纪要", t, plain, inner, "7014",
                  cs="UTF-8", irt=old_id, refs=old_id)
    case(7014, "re-thread-new-minutes-foxmail", "minutes", eml, [
        I("鲍文杰", "完成报名页前端改版联调", "abs:2026-05-22", "2026-05-22"),
        I("许梦洁", "输出报名页改版测试用例", "nextwk:mon", "2026-05-25"),
        I("程思远", "确认价格区文案", "today", "2026-05-19"),
        I("汪晨曦", "更新PRD到V1.3", "abs:2026-05-27", "2026-05-27"),
    ], "nextwk:tue@15:00",
        "New minutes written as 'Re:' in the thread of last week's minutes (Foxmail, UTF-8 base64, In-Reply-To/References "
        "set), sent Tue 2026-05-19 18:30. It is minutes, not a reply to a recap: it has its own 待办. The quoted old "
        "minutes under Foxmail's 发件人/发送时间 block (5月15日前/5月14日前/5月18日前) are history, not items. '结论' lines "
        "are decisions. 程总 = 程思远 (alias), 'EOD' -> the send date 2026-05-19 without a time; '我' = the sender "
        "汪晨曦; 下周一前 -> 2026-05-25. '下周二同一时间': 下周二 = 2026-05-26, 同一时间 = '今天下午三点' -> 15:00.",
        "new minutes as Re: in an old thread with the old minutes quoted; EOD; '我'; 下周二同一时间")


def c7015():
    t = T("2026-06-11 16:40:50")
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2026-06-11", "2026-06-11", "墨香文化/邵卫东", "教务部/檀晓婷", "供应商",
             "暑期讲义第二批印刷因纸张涨价需调整报价，原定6月20日交付需推迟至6月26日",
             "①教研中心钱老师6月16日前确认讲义终稿页数②财务部6月18日前反馈新报价审批意见③节后第一个工作日与对方确认最终交付时间",
             "2026-06-22", "檀晓婷"],
            ["EC2026-06-08", "2026-06-08", "墨香文化/邵卫东", "教务部/檀晓婷", "供应商", "第一批讲义（一年级至三年级）到货",
             "已验收入库（已完成）", "-", "檀晓婷"]]
    pre = "各位：\n\n今天和墨香文化邵总沟通了暑期讲义印刷的事，跟进表更新如下（从Excel里贴的）："
    post = "\n请钱老师、财务部按时间节点反馈，谢谢。\n\n檀晓婷\n教务部"
    tbl = ('<table border=0 cellpadding=0 cellspacing=0 width=1400 style="border-collapse:collapse;table-layout:fixed;'
           'width:1050pt">\n' + "\n".join(
               "<tr height=%d style='height:%dpt'>" % (36 if i else 19, 27 if i else 14) + "".join(
                   "<td class=%s style='border:.5pt solid windowtext;mso-number-format:\"\\@\"'>%s</td>"
                   % ("xl66" if i else "xl65", esc(c)) for c in r) + "</tr>" for i, r in enumerate(rows)) + "\n</table>")
    inner = simple_html(pre) + "<div><br></div>" + tbl + simple_html(post)
    plain = pre + "\n" + tabbed(rows) + "\n" + post + "\n"
    to = [P("钱雅琴"), P("方志诚")]
    cc = [P("葛新宇"), ZXBOT]
    eml = dingtalk(ZX, P("檀晓婷"), to, cc, "外部沟通跟进表-墨香文化（暑期讲义印刷）", t, plain, inner, "7015")
    case(7015, "external-followup-excel-paste-dingtalk", "minutes", eml, [
        I("钱雅琴", "确认讲义终稿页数", "abs:2026-06-16", "2026-06-16"),
        I(None, "反馈新报价审批意见", "abs:2026-06-18", "2026-06-18", dept="财务部"),
        I("檀晓婷", "与对方确认最终交付时间", "after:Dragon Boat Festival", "2026-06-22"),
    ], "abs:2026-06-22",
        "Seed 外部沟通跟进表 pasted from Excel (mso-number-format cells) into DingTalk mail (UTF-8 base64, plain "
        "alternative tab-separated), sent Thu 2026-06-11. Row EC2026-06-11's 解决方案/进展 cell holds ①②③: ① "
        "'教研中心钱老师' -> 钱雅琴 (title alias), 2026-06-16; ② only the unit 财务部 -> no_owner, department 财务部, "
        "2026-06-18; ③ names nobody, so the row's 负责人 檀晓婷 owns it, '节后第一个工作日' -> 2026-06-22 (after Dragon "
        "Boat 06-19..06-21). '原定6月20日交付需推迟至6月26日' is the supplier's feedback, not a task. Row EC2026-06-08 is "
        "'已验收入库（已完成）': no items. 下次沟通时间 2026-06-22 (no time) -> next_followup 2026-06-22.",
        "外部沟通跟进表 pasted from Excel: ①②③ in one cell, row 负责人 owns the unnamed item, done row, 下次沟通时间 column")


def c7016():
    t = T("2026-06-15 15:09:12")
    body_lines = ["您好，", "", "您参加的会议「暑期班续报活动启动会」（2026/06/15 14:00-15:02）智能纪要已生成。", "",
                  "会议待办（3项）", "· 檀晓婷：明天下午3点前提供各班续报学员名单",
                  "· 储佳怡：端午节后第一个工作日上线续报活动页", "· 宛丽：6月18日前完成客服续报话术培训", "",
                  "查看完整纪要：https://meeting.example.com/summary/8f3a2c", "",
                  "此邮件由系统自动发送，请勿直接回复。", "腾讯会议"]
    body = "\n".join(body_lines) + "\n"
    htm = ("<html><body><table width=\"600\" style=\"font-family:PingFang SC,Microsoft YaHei;font-size:14px\">"
           + "".join("<tr><td>%s</td></tr>" % (esc(l) if l else "&nbsp;") for l in body_lines) + "</table></body></html>\n")
    root = alt(text("plain", body, "utf-8", "base64"), text("html", htm, "utf-8", "base64"),
               "=_mm_%s" % mid_hex("7016", 24))
    hs = recv(t, "bounce+7016@notify.meeting.example.com", ZX, "smtp-notify-3.meeting.example.com", "129.204.17.88",
              "7016")
    hs += [("From", addr("腾讯会议", "noreply@notify.meeting.example.com")), ("To", ZXBOT[1]),
           ("Subject", ew("会议「暑期班续报活动启动会」智能纪要已生成")), ("Date", rfc_date(t)),
           ("Message-ID", "<%s@notify.meeting.example.com>" % mid_hex("7016m", 32)),
           ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All"),
           ("List-Unsubscribe", "<https://meeting.example.com/unsubscribe?u=8f3a2c>"), ("MIME-Version", "1.0")]
    eml = message(hs, root, mime_version=None)
    case(7016, "auto-meeting-app-notification", "auto", eml, [], None,
         "System notification from the video-meeting service to the bot address (it was an invitee of the 06-15 "
         "meeting): Auto-Submitted: auto-generated, Precedence: bulk, a noreply sender and List-Unsubscribe. Its body "
         "repeats the 会议待办 of 7011 with owners and deadlines, which tempts a minutes parser, but no person wrote it: "
         "kind auto, no items, no follow-up. The same items reach the bot through 7011, written by a person.",
         "machine notification that repeats 待办 lines with owners and dates", summary="auto (service notification)")


def c7017():
    t = T("2026-06-24 11:20:37")
    body = """各位：

暑期课定价还有几个问题没定，需要再开一次会。我这边初定下周四（7月2日）下午3点，线上飞书会议，时长约1小时，大家看是否方便？如有冲突请今天下班前回复我，我再调整。

拟讨论：
1. 暑期班二期定价是否沿用一期价格；
2. 老学员续报折扣与优惠券能否叠加；
3. 分期付款手续费由谁承担。

请方经理提前准备一下一期的收入和退费数据。

程思远
"""
    to = [P("章明辉"), P("方志诚"), P("汪晨曦"), P("檀晓婷")]
    eml = feishu(ZX, P("程思远"), to, [ZXBOT], "关于暑期课定价讨论会的时间", t, body, simple_html(body), "7017")
    case(7017, "other-meeting-time-proposal", "other", eml, [], None,
         "Feishu mail proposing a meeting time (Wed 2026-06-24; '下周四（7月2日）下午3点') and an agenda, asking people to "
         "object by 今天下班前; the bot is in Cc by habit. No meeting has been held, so there are no minutes and no "
         "items: kind other. The request to 方经理 to prepare data is part of an invitation, not a tracked action, and "
         "next_followup is read only from minutes, so it stays null.",
         "a meeting-time proposal with agenda and a request, not minutes", summary="other (meeting invitation talk)")


def c7018():
    t = T("2026-07-06 10:12:48")
    body = """各位，

上午直播课卡顿的协调会记录如下（按问题协调解决记录表填的）。

问题编号：INC-20260706-01
问题描述：7月6日早8点起暑期直播课出现大面积卡顿、掉线
提交人：客服中心 宛丽
提交时间：2026-07-06 08:35
紧急程度：高
影响范围：约1200名在读学员
责任部门：技术部
责任人：鲍文杰
计划解决时间：4小时内
实际解决时间：
解决方案：切换CDN备用线路，扩容推流节点

其他待办：
1. 宛丽：今天下班前整理受影响学员名单并发送补课通知；
2. 许梦洁：明天上午10点前完成直播SDK新版本回归测试；
3. 程总：7月8日前确认补偿方案（赠送课时数）。

下午6点再拉一次会同步进展，会议号沿用上午的。

-- 
陶然
技术部 | 知学星
"""
    to = [P("鲍文杰"), P("宛丽"), P("许梦洁"), P("程思远")]
    eml = thunderbird(ZX, P("陶然"), to, [ZXBOT], "【P1】直播课卡顿问题协调会纪要", t, body, "7018")
    case(7018, "issue-record-hours-thunderbird-8bit", "minutes", eml, [
        I("鲍文杰", "切换CDN备用线路，扩容推流节点", "hours:4", "2026-07-06 14:12"),
        I("宛丽", "整理受影响学员名单并发送补课通知", "today", "2026-07-06"),
        I("许梦洁", "完成直播SDK新版本回归测试", "tomorrow@10:00", "2026-07-07 10:00"),
        I("程思远", "确认补偿方案（赠送课时数）", "abs:2026-07-08", "2026-07-08"),
    ], "today@18:00",
        "Seed 问题协调解决记录表 as key：value lines, Thunderbird 8bit UTF-8 format=flowed, sent Mon 2026-07-06 10:12:48. "
        "The record is one item: 责任人 鲍文杰 does the 解决方案, '计划解决时间：4小时内' counts from the Date header -> "
        "2026-07-06 14:12 (due_time from the hour arithmetic). 提交时间 08:35 and 提交人 宛丽 describe the report, not a "
        "task. 其他待办: '今天下班前' -> 2026-07-06 without a time; '明天上午10点前' -> 2026-07-07 10:00; 程总 = 程思远, "
        "2026-07-08. '下午6点再拉一次会' is today's follow-up meeting -> 2026-07-06 18:00.",
        "问题协调解决记录表 (seed): 4小时内 from the Date header gives 14:12; 今天下班前; follow-up later the same day")


def c7036():
    t = T("2026-07-08 22:03:15")
    body = """各位，今天推进会的待办：
1）钱老师：7月10日前完成初中数学岗二面题目
2）檀老师、潘老师：下周一前分别反馈各自负责的试讲评分表
3）兼职辅导老师招聘这块由程总牵头，教务部配合，本周五前发布招聘JD
面试场地的事等行政回复，先不列。
下次推进会 下周三晚上8点

发自我的iPhone
"""
    to = [P("钱雅琴"), P("檀晓婷"), P("潘宇航"), P("程思远")]
    eml = apple(ZX, P("葛新宇"), to, [ZXBOT], "暑期师资招聘推进会 会后待办", t, body, None, "7036", iphone=True,
                cte="quoted-printable")
    case(7036, "iphone-short-two-owners-lead", "minutes", eml, [
        I("钱雅琴", "完成初中数学岗二面题目", "abs:2026-07-10", "2026-07-10"),
        I("檀晓婷", "反馈各自负责的试讲评分表", "nextwk:mon", "2026-07-13"),
        I("潘宇航", "反馈各自负责的试讲评分表", "nextwk:mon", "2026-07-13"),
        I("程思远", "发布招聘JD", "wd:fri", "2026-07-10"),
    ], "nextwk:wed@20:00",
        "Short minutes typed on an iPhone (Apple Mail iOS, text/plain only, UTF-8 quoted-printable, '发自我的iPhone'), sent "
        "Wed 2026-07-08 22:03. 钱老师 = 钱雅琴, 2026-07-10. Item 2 gives the same task to 檀老师 and 潘老师 -> two items, "
        "下周一前 -> 2026-07-13. Item 3 '由程总牵头，教务部配合' -> owner 程思远 (牵头), 教务部 is 配合 and no owner; "
        "本周五前 -> 2026-07-10. '面试场地的事…先不列' is explicitly not an item. '下次推进会 下周三晚上8点' -> "
        "2026-07-15 20:00.",
        "plain common: iPhone plain text, one task for two owners, 程总牵头 + 配合 unit, 下周三晚上8点")


def c7037():
    t = T("2026-07-15 17:30:04")
    rows = [["序号", "事项", "负责部门（人）", "完成时间", "备注"],
            ["1", "完成暑期二期班级分班", "教务部（檀晓婷）", "7月20日前", ""],
            ["2", "直播教室排课系统扩容", "技术部", "下周五", "配合：教务部"],
            ["3", "二期学员回访满意度调查", "客服中心（宛丽），增长部协助", "本月底前", ""],
            ["4", "二期讲义发放", "教研中心（钱雅琴牵头，潘宇航配合）", "7月18日（周六）前", "物流单号同步教务"],
            ["5", "开班仪式主持稿", "增长部（储佳怡）", "7月14日", "已完成"]]
    cells = "".join(
        "<tr>" + "".join("<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>"
                         % (esc(c) if c else "&nbsp;") for c in r) + "</tr>" for r in rows)
    pre = ["各位好：", "", "今天下午暑期二期开班准备协调会的纪要如下，请各负责人按时间推进。", ""]
    post = ["", "下次复盘会：7月22日（周三）晚上8点，线上。", "", "檀晓婷", "教务部 | 知学星"]
    inner = ("".join("<p class=MsoNormal>%s</p>" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in pre)
             + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
             + cells + "</table>"
             + "".join("<p class=MsoNormal>%s</p>" % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in post))
    to = [P("宛丽"), P("陶然"), P("钱雅琴"), P("潘宇航"), P("储佳怡")]
    cc = [P("程思远"), P("葛新宇"), ZXBOT]
    eml = outlook_mac(ZX, P("檀晓婷"), to, cc, "暑期二期开班准备协调会纪要", t, inner, "7037")
    case(7037, "html-only-outlook-mac-unit-with-person", "minutes", eml, [
        I("檀晓婷", "完成暑期二期班级分班", "abs:2026-07-20", "2026-07-20"),
        I(None, "直播教室排课系统扩容", "nextwk:fri", "2026-07-24", dept="技术部"),
        I("宛丽", "二期学员回访满意度调查", "month_end", "2026-07-31"),
        I("钱雅琴", "二期讲义发放", "abs:2026-07-18", "2026-07-18"),
    ], "abs:2026-07-22@20:00",
        "Outlook for Mac, a single text/html part (no plain alternative), UTF-8 quoted-printable, sent Wed 2026-07-15 "
        "17:30. Table column 负责部门（人）: a person in brackets after a unit is the owner (檀晓婷, 宛丽); '技术部' alone "
        "-> no_owner with department 技术部, and its 备注 '配合：教务部' is no owner; '钱雅琴牵头，潘宇航配合' -> 钱雅琴 "
        "only; '增长部协助' is support, not an owner. 下周五 -> 2026-07-24; 本月底前 -> 2026-07-31; '7月18日（周六）前' "
        "is kept as written (a Saturday). Row 5 备注 '已完成' -> not an item. 下次复盘会 7月22日（周三）晚上8点 -> "
        "2026-07-22 20:00.",
        "HTML-only Word table: unit（person）owners, 牵头/配合/协助 in one cell, done row by remark, 下周五, 本月底前")


# ==========================================================================================================
# Cases 7019-7027, 7038: 舟山海鹰船舶修造 (private shipyard, Zhoushan) and its owner / paint supplier
# ==========================================================================================================
HYBOT = BOTS[HY]


def c7019():
    t = T("2026-04-13 11:40:22")
    body = """各位领导、各部门：
今天早上生产调度会纪要如下，请各责任人抓紧落实。

一、上周完成情况
H2617机舱分段合拢完成；H2618外板除锈完成70%。

二、本周重点工作
1. 忻主任：H2617第3、4货舱分段大合拢，4月17日前完成，船体车间组织焊缝
   自检后报质量部。
2. 乐主任牵头（安环部配合）：涂装车间二号喷砂房通风改造，4月18日前完成并
   申请验收。
3. 柴部长：协调吊车资源，明天中午12点前给出本周龙门吊使用计划。
4. 夏工：本周三前完成H2617压载舱密性试验报验。
5. 采购部：H2618舾装件（导缆孔、系缆桩）到货跟催，尽快。

三、下次调度会
下周一早上8:00，生产部三楼会议室。

周蓓
项目管理部
"""
    to = [P("柴建国"), P("忻立群"), P("乐伟民"), P("夏振宇"), P("孙晓燕"), P("应立新")]
    cc = [P("邬国栋"), P("虞海波"), HYBOT]
    eml = coremail(HY, P("周蓓"), to, cc, "4月13日生产调度会纪要（H2617/H2618）", t, body, simple_html(body), "7019",
                   cte="quoted-printable")
    case(7019, "yard-dispatch-titles-wrapped-coremail-qp", "minutes", eml, [
        I("忻立群", "H2617第3、4货舱分段大合拢", "abs:2026-04-17", "2026-04-17"),
        I("乐伟民", "涂装车间二号喷砂房通风改造", "abs:2026-04-18", "2026-04-18"),
        I("柴建国", "给出本周龙门吊使用计划", "tomorrow@12:00", "2026-04-14 12:00"),
        I("夏振宇", "完成H2617压载舱密性试验报验", "wd:wed", "2026-04-15"),
        I(None, "H2618舾装件（导缆孔、系缆桩）到货跟催", "vague", None, dept="采购部"),
    ], "nextwk:mon@08:00",
        "Plain weekly dispatch minutes from the yard (Coremail web, UTF-8 quoted-printable), sent Mon 2026-04-13 11:40. "
        "Owners are titles: 忻主任 = 忻立群, 乐主任 = 乐伟民 (牵头; 安环部 is 配合), 柴部长 = 柴建国, 夏工 = 夏振宇. Items 1 "
        "and 2 wrap onto a second indented line. 4月17日前/4月18日前 (a Saturday, kept); '明天中午12点前' -> 2026-04-14 "
        "12:00; '本周三前' -> 2026-04-15; item 5 only names 采购部 and says 尽快 -> no_owner, department 采购部, vague_due. "
        "'一、上周完成情况' is a report. '下周一早上8:00' -> 2026-04-20 08:00.",
        "plain common: owners by title (忻主任/乐主任牵头/柴部长/夏工), wrapped lines, 明天中午12点前, unit + 尽快")


def c7020():
    t = T("2026-04-24 08:40:16", off=2)
    body = """Dear Mr. Yu,

Please find below the minutes of yesterday's site meeting. Please revert with any comments by Tuesday, otherwise the minutes are considered accepted.

Attendees: Lars Haugen, Ingrid Solberg (Owner); Yu Haibo, Xia Zhenyu, Zhou Bei (Yard)

1. Open items from previous meetings
1.1 Cargo tank coating inspection report - Closed.
1.2 Revised hull block schedule - Closed.

2. New items
2.1 Ballast piping drawing rev. C
    Action: Yard (Technical Dept.) to submit revised drawing for Owner's review.
    Due: 30 April 2026
2.2 Paint colour scheme for accommodation
    Action: Owner (I. Solberg) to confirm final colour codes.
    Due: next Tuesday
2.3 Sea trial programme
    Action: Mr. Yu to issue the draft sea trial programme.
    Due: 8 May 2026
2.4 NCR-0417 weld undercut at frame 112
    Action: Mr. Xia to close out with photos and re-inspection record.
    Due: ASAP

3. Next site meeting: Thursday 7 May 2026, 09:00 local time, yard meeting room 2.

Best regards,
Lars Haugen
Owner's Superintendent | Nordvik Tankers AS
"""
    frm = P("Lars Haugen")
    to = [("Yu Haibo", PEOPLE["虞海波"][1])]
    cc = [("Ingrid Solberg", "ingrid.solberg@nordvik-tankers.example.no"), ("Xia Zhenyu", PEOPLE["夏振宇"][1]),
          ("Zhou Bei", PEOPLE["周蓓"][1]), HYBOT]
    html_inner = "".join("<p class=MsoNormal><span lang=EN-US>%s</span></p>" % (esc(l).replace("    ", "&nbsp;&nbsp;&nbsp; ")
                                                                                 if l.strip() else "<o:p>&nbsp;</o:p>")
                         for l in body.rstrip("\n").split("\n"))
    eml = outlook_win(HY, frm, to, cc, "H2617 - Minutes of Site Meeting No. 14 (23 Apr 2026)", t, body, "7020",
                      cs="utf-8", cte="quoted-printable", lang="en-US", html_body=outlook_html("x").replace(
                          "<p class=MsoNormal><span lang=ZH-CN style='font-family:\"等线\"'>x</span></p>", html_inner),
                      helo="mail-eopbgr%d.outbound.protection.outlook.com" % 140, ip="40.107.14.91")
    case(7020, "owner-rep-english-action-due-blocks", "minutes", eml, [
        I(None, "submit revised drawing for Owner's review", "abs:2026-04-30", "2026-04-30", dept="技术部"),
        I("Ingrid Solberg", "confirm final colour codes", "nextwk:tue", "2026-04-28",
          email="ingrid.solberg@nordvik-tankers.example.no"),
        I("虞海波", "issue the draft sea trial programme", "abs:2026-05-08", "2026-05-08"),
        I("夏振宇", "close out with photos and re-inspection record", "vague", None),
    ], "abs:2026-05-07@09:00",
        "English site-meeting minutes from the ship owner's superintendent (Outlook, UTF-8 QP), Date Fri 2026-04-24 "
        "08:40 +0200 = 14:40 in Shanghai, same day. Items are the 'Action:/Due:' blocks under '2. New items'; 1.1/1.2 are "
        "Closed (not items). 'Please revert with any comments by Tuesday' is the usual acceptance clause, not an action "
        "item. 2.1 'Yard (Technical Dept.)' is a unit: owner null, no_owner, department 技术部 (the yard's own 技术部 "
        "written in English; AMBIGUOUS: a scorer may accept null). 2.2 'Owner (I. Solberg)' -> Ingrid Solberg via the Cc "
        "display name (not in the roster, department null), 'next Tuesday' -> 2026-04-28. 2.3 'Mr. Yu' = 虞海波 (alias), "
        "2026-05-08. 2.4 'Mr. Xia' = 夏振宇, ASAP -> vague_due; the NCR number is a key, not part of the task. Next site "
        "meeting 'Thursday 7 May 2026, 09:00 local time' (the yard, = Beijing time) -> 2026-05-07 09:00.",
        "English Action/Due blocks from a foreign ship owner (+0200 Date), Closed items, acceptance clause, "
        "unit-in-English owner, Mr. Yu/Mr. Xia aliases")


def c7021():
    t = T("2026-05-07 17:15:09")
    body = """柴部长、各班组长：
今天班组长会议纪要如下。

1. 喷砂一班（班长蒋国庆）：①本周五前完成H2618第5分段二次除锈；②5月9日（周六调休）前完成喷砂房除尘滤筒更换。
2. 涂装二班  主责：乐伟民；配合：质量部夏工——下周一前完成H2617货舱涂层膜厚抽检，抽检记录报质量部。
3. 安全员应科长：本周五前组织喷涂作业密闭空间作业票专项检查。
4. 稀释剂、油漆库存盘点补货由采购部孙经理负责，5月15日前。

会议要求：油漆库温度每日记录两次，超过30℃立即报告；进入密闭空间必须先测氧、测爆。

乐伟民
涂装车间
"""
    to = [P("柴建国"), ("蒋国庆", "jiangguoqing@" + HY), P("应立新"), P("孙晓燕")]
    cc = [P("夏振宇"), HYBOT]
    eml = exmail(HY, P("乐伟民"), to, cc, "涂装车间班组长会议纪要（5.7）", t, body, simple_html(body), "7021",
                 cs="gb18030")
    case(7021, "paint-shop-subtasks-makeup-sat-exmail", "minutes", eml, [
        I("蒋国庆", "完成H2618第5分段二次除锈", "wd:fri", "2026-05-08", email="jiangguoqing@" + HY),
        I("蒋国庆", "完成喷砂房除尘滤筒更换", "abs:2026-05-09", "2026-05-09", email="jiangguoqing@" + HY),
        I("乐伟民", "完成H2617货舱涂层膜厚抽检，抽检记录报质量部", "nextwk:mon", "2026-05-11"),
        I("应立新", "组织喷涂作业密闭空间作业票专项检查", "wd:fri", "2026-05-08"),
        I("孙晓燕", "稀释剂、油漆库存盘点补货", "abs:2026-05-15", "2026-05-15"),
    ], None,
        "Workshop minutes (Tencent Exmail, gb18030 base64), sent Thu 2026-05-07 17:15. Item 1: the team's 班长蒋国庆 owns "
        "both ① and ② -> two items; he is not in the roster, so name as written and the address of his To entry, "
        "department null. ① 本周五前 -> 2026-05-08; ② '5月9日（周六调休）前' -> 2026-05-09, the Labour Day make-up "
        "Saturday. Item 2: '主责：乐伟民；配合：质量部夏工' -> owner 乐伟民 only; 下周一前 -> 2026-05-11. Item 3 '安全员"
        "应科长' = 应立新 (alias), 2026-05-08. Item 4 '…由采购部孙经理负责' -> 孙晓燕, 2026-05-15. '会议要求' lines are standing rules. No next meeting.",
        "①② under a non-roster team leader resolved from To, 主责/配合, make-up Saturday, standing rules; gb18030")


def c7022():
    t = T("2026-06-10 21:18:40")
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle("H2617分段报验问题专题会会议纪要")
    c.setAuthor("质量部")
    y = 790
    lines = [("h", "H2617分段报验问题专题会会议纪要"),
             ("p", "会议时间：2026年6月10日 14:00-15:30    地点：质量部会议室"),
             ("p", "主持：夏振宇    记录：周蓓"),
             ("p", "参会：虞海波、忻立群、乐伟民、毛建华、Lars Haugen（船东代表）"),
             ("p", ""),
             ("b", "一、问题通报"),
             ("p", "6月以来H2617分段报验一次合格率82%，低于90%的目标，主要问题为焊缝咬边、涂层漏涂和舾装件错装。"),
             ("p", ""),
             ("b", "二、议定事项"),
             ("t", ("序号", "事项", "责任人", "完成时间")),
             ("t", ("1", "梳理近一个月报验不合格项，形成问题清单", "忻立群", "6月12日")),
             ("t", ("2", "制定舾装件焊接工艺纪律检查方案", "毛建华", "6月17日前")),
             ("t", ("3", "涂层缺陷返工并重新报验", "乐伟民", "节后第一个工作日")),
             ("t", ("4", "完善报验前自检签字制度", "质量部", "6月30日前")),
             ("p", ""),
             ("b", "三、下次会议"),
             ("p", "6月24日（周三）下午2点，质量部会议室。")]
    for kind, val in lines:
        if kind == "h":
            c.setFont("STSong-Light", 15)
            c.drawString(150, y, val)
            y -= 30
        elif kind == "t":
            tobj = c.beginText(60, y)
            tobj.setFont("STSong-Light", 10.5)
            prev = 60
            for x, cell in zip((60, 95, 380, 450), val):  # one text object per row, cells placed with Td
                if x != prev:
                    tobj.moveCursor(x - prev, 0)
                    prev = x
                tobj.textOut(cell)
            c.drawText(tobj)
            c.line(55, y - 5, 540, y - 5)
            y -= 20
        else:
            c.setFont("STSong-Light", 11 if kind == "p" else 12)
            c.drawString(55, y, val)
            y -= 20
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    body = "各位，H2617分段报验问题专题会的纪要见附件PDF，请按时间节点落实。\n\n夏振宇\n\n发自我的iPhone\n"
    att = attachment("H2617分段报验问题专题会纪要.pdf", pdf, "application/pdf", "utf-8")
    to = [P("忻立群"), P("毛建华"), P("乐伟民")]
    cc = [P("虞海波"), P("周蓓"), HYBOT]
    eml = apple(HY, P("夏振宇"), to, cc, "H2617分段报验问题专题会纪要", t, body, None, "7022", iphone=True, atts=[att],
                cte="base64")
    case(7022, "pdf-attachment-iphone-dragon-boat", "minutes", eml, [
        I("忻立群", "梳理近一个月报验不合格项，形成问题清单", "abs:2026-06-12", "2026-06-12"),
        I("毛建华", "制定舾装件焊接工艺纪律检查方案", "abs:2026-06-17", "2026-06-17"),
        I("乐伟民", "涂层缺陷返工并重新报验", "after:Dragon Boat Festival", "2026-06-22"),
        I(None, "完善报验前自检签字制度", "abs:2026-06-30", "2026-06-30", dept="质量部"),
    ], "abs:2026-06-24@14:00",
        "iPhone Mail (text/plain base64 + application/pdf, multipart/mixed), sent Wed 2026-06-10 21:18; the minutes are "
        "only in the PDF (reportlab, STSong CID font, text extractable). A human reads the 议定事项 table: 6月12日 -> "
        "2026-06-12; 6月17日前 -> 2026-06-17; 节后第一个工作日 -> Mon 2026-06-22 (Dragon Boat 06-19..06-21); row 4 names "
        "only 质量部 -> no_owner, department 质量部, 2026-06-30. '一次合格率82%' is a fact. 下次会议 6月24日（周三）"
        "下午2点 -> 2026-06-24 14:00.",
        "minutes only in a PDF attachment from an iPhone; 节后第一个工作日 after Dragon Boat; unit owner")


def c7023():
    t = T("2026-05-15 16:48:27")
    body = """虞经理、孙经理：
您好！感谢今天的接待，现将会议纪要整理如下，请确认：

会议时间：2026年5月15日 9:30-11:30
会议地点：海鹰船舶项目管理部会议室
参会人员：海鹰船舶 虞海波、孙晓燕、乐伟民；海川涂料 戚志明、包立波

一、会议达成共识
1. H2618货舱涂层采用HC-Epoxy 800体系，干膜厚度按320μm控制。
2. 首批油漆到货后由双方共同取样送检。

二、后续工作
1. 海川涂料（戚志明）：下周三前提供货舱涂层体系的技术说明书和型式认可证书扫描件；
2. 海川涂料技术服务工程师包立波：5个工作日内到现场对涂装车间进行施工培训；
3. 海鹰船舶采购部（孙经理）：确认首批油漆订货数量，并反馈交货时间要求，时间待定；
4. 海鹰船舶涂装车间（乐主任）：5月22日前提供H2618分段涂装计划。

如有不妥之处，请于今日内回复，谢谢！

戚志明
海川涂料（舟山）有限公司 船舶涂料事业部
手机：138 5801 6627
"""
    frm = P("戚志明")
    to = [P("虞海波"), P("孙晓燕")]
    cc = [P("乐伟民"), ("包立波", "baolibo@haichuan-coatings.example.com"), HYBOT]
    eml = netease_web(HY, frm, to, cc, "海鹰H2618涂装方案技术交流会议纪要", t, body, simple_html(body), "7023", cs="GBK")
    case(7023, "supplier-written-netease-web-gbk", "minutes", eml, [
        I("戚志明", "提供货舱涂层体系的技术说明书和型式认可证书扫描件", "nextwk:wed", "2026-05-20"),
        I("包立波", "到现场对涂装车间进行施工培训", "workdays:5", "2026-05-22",
          email="baolibo@haichuan-coatings.example.com"),
        I("孙晓燕", "确认首批油漆订货数量，并反馈交货时间要求", "vague", None),
        I("乐伟民", "提供H2618分段涂装计划", "abs:2026-05-22", "2026-05-22"),
    ], None,
        "Minutes written by the paint supplier's sales manager (NetEase enterprise webmail, Coremail XT5 web client, GBK "
        "base64), sent Fri 2026-05-15 16:48. Owners: (1) the supplier with its person in brackets -> 戚志明 (the sender, "
        "in the roster as an outsider, department null), 下周三前 -> 2026-05-20; (2) 包立波 is in Cc only -> his Cc "
        "address, department null; '5个工作日内' from Mon 05-18 -> Fri 2026-05-22; (3) '采购部（孙经理）' -> 孙晓燕, 时间"
        "待定 -> vague_due; (4) '涂装车间（乐主任）' -> 乐伟民, 2026-05-22. 共识 lines are decisions; '请于今日内回复' is "
        "the acceptance clause. '320μm' and the mobile number are not dates. No next meeting.",
        "minutes written by an outside supplier; owners from the roster, the sender and a Cc-only person; 5个工作日内")


def c7024():
    t = T("2026-06-03 09:20:55")
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划完成时间", "进展情况", "风险点及应对措施"],
            ["1", "H2617出坞前坞内检验", "生产部", "质量部", "夏振宇", "2026-06-05", "进行中", "船东检验员6月4日到厂"],
            ["2", "H2618分段上坞吊装方案", "生产部", "技术部", "主责：胡佳琪/配合：忻立群", "2026-06-09", "进行中",
             "200吨龙门吊检修窗口冲突，已与设备科协调"],
            ["3", "坞门密封条更换", "生产部", "舾装车间", "毛建华", "2026-05-30", "已完成", "-"],
            ["4", "出坞拖轮及引航申请", "项目管理部", "生产部", "周蓓", "6月8日前", "未开始", "需船东确认出坞日期"],
            ["5", "坞内脚手架拆除", "生产部", "安环部", "应立新（主责）、外包队（配合）", "下周一", "进行中", "-"],
            ["6", "坞底板清理及垃圾外运", "生产部", "安环部", "待定", "待定", "未开始", "外包单位未定"]]
    pre = "各位：\n本周船坞计划相关的协作事项跟踪如下（从表格里直接贴的），有变化请在表里更新后回我。\n"
    post = "\n柴建国\n生产部"
    plain = pre + "\n" + tabbed(rows) + "\n" + post + "\n"
    inner = (simple_html(pre) + "<div><br></div>"
             + "".join('<div style="white-space:pre-wrap">%s</div>' % esc("\t".join(r)) for r in rows)
             + simple_html(post))
    to = [P("夏振宇"), P("胡佳琪"), P("忻立群"), P("毛建华"), P("周蓓"), P("应立新")]
    cc = [P("虞海波"), HYBOT]
    eml = exmail(HY, P("柴建国"), to, cc, "船坞计划跨部门协作事项跟踪表（6月第1周）", t, plain, inner, "7024",
                 cs="utf-8", mailer="WeCom Mail")
    case(7024, "tab-separated-tracking-wecom", "minutes", eml, [
        I("夏振宇", "H2617出坞前坞内检验", "abs:2026-06-05", "2026-06-05"),
        I("胡佳琪", "H2618分段上坞吊装方案", "abs:2026-06-09", "2026-06-09"),
        I("周蓓", "出坞拖轮及引航申请", "abs:2026-06-08", "2026-06-08"),
        I("应立新", "坞内脚手架拆除", "nextwk:mon", "2026-06-08"),
        I(None, "坞底板清理及垃圾外运", "vague", None),
    ], None,
        "Seed 跨部门协作事项跟踪表 pasted as tab-separated text (企业微信 mail on Tencent Exmail, UTF-8 base64; the HTML "
        "part is the same tab text in pre-wrap divs), sent Wed 2026-06-03. Row 3 is 已完成 -> not an item. Row 2 "
        "'主责：胡佳琪/配合：忻立群' -> 胡佳琪; row 5 '应立新（主责）、外包队（配合）' -> 应立新, 下周一 -> 2026-06-08. Row 4 "
        "'6月8日前' -> 2026-06-08. Row 6: 责任人 待定 -> owner null, no_owner, department null (no unit is named as "
        "owner; 安环部 is the 协作部门 column), 计划完成时间 待定 -> vague_due. '船东检验员6月4日到厂' is a risk remark. "
        "No next meeting.",
        "tab-separated tracking table (no HTML table), 主责/配合 cells, done row, owner 待定 + date 待定")


def c7025():
    t = T("2026-05-29 18:05:37")
    body = """各位：

今天交船前准备会纪要如下：

1. 交船文件清单：周蓓牵头汇总，下周二前发船东确认。
2. 试航缺陷整改：忻主任、毛主任按缺陷清单各自分工，6月5日前全部关闭。
3. 备品备件装船：采购部孙经理负责，月底前完成清点。
4. 船员培训：技术部郑总工安排，时间待船东通知。

会议认为，交船日期仍按6月12日不变，各部门倒排计划。

下次会议：
6月3日（周三）
上午9:00，三号船坞现场会议室

虞海波
项目管理部
"""
    to = [P("周蓓"), P("忻立群"), P("毛建华"), P("孙晓燕"), P("郑海宁")]
    cc = [P("邬国栋"), HYBOT]
    eml = apple(HY, P("虞海波"), to, cc, "H2617交船前准备会纪要", t, body, simple_html(body), "7025")
    case(7025, "apple-mail-next-meeting-two-lines", "minutes", eml, [
        I("周蓓", "交船文件清单", "nextwk:tue", "2026-06-02"),
        I("忻立群", "试航缺陷整改", "abs:2026-06-05", "2026-06-05"),
        I("毛建华", "试航缺陷整改", "abs:2026-06-05", "2026-06-05"),
        I("孙晓燕", "备品备件装船", "month_end", "2026-05-31"),
        I("郑海宁", "船员培训", "vague", None),
    ], "abs:2026-06-03@09:00",
        "Apple Mail on the Mac (multipart/alternative, UTF-8 quoted-printable), sent Fri 2026-05-29 18:05. Items are "
        "'topic：owner…deadline' lines; the task is the topic (交船文件清单 = 汇总…发船东确认). 周蓓牵头, 下周二前 -> "
        "2026-06-02. Item 2 gives one task to 忻主任 and 毛主任 -> two items (忻立群, 毛建华), 2026-06-05. Item 3 孙经理 = "
        "孙晓燕, '月底前' -> 2026-05-31 (a Sunday, kept). Item 4 郑总工 = 郑海宁, '时间待船东通知' has no date yet -> "
        "vague_due (like 待定). '会议认为…6月12日' is a decision. The next meeting is a label with the day on one line "
        "and its time on the next: '6月3日（周三）' / '上午9:00' -> 2026-06-03 09:00.",
        "plain common: topic：owner lines, two owners for one task, 月底前, next meeting date and time on two lines")


def c7026():
    t = T("2026-06-16 10:00:12")
    body = """各位同事：

《海鹰简讯》2026年第6期（6月）如下，欢迎投稿。

一、生产动态
1. H2617成品油船于6月12日顺利交付船东Nordvik Tankers，这是我司今年交付的第二艘船。
2. H2618已于6月8日上坞，计划8月底下水。

二、安全提示
端午节假期（6月19日至21日）期间，各车间须落实值班和巡检，值班表见OA。

三、下月预告
1. 7月1日起实行夏季作息时间：上午7:00-11:00，下午13:30-17:30。
2. 7月上旬将组织全员消防演练，具体时间另行通知。
3. 7月10日前各部门报送上半年优秀员工推荐名单（人事行政部另发通知）。

四、员工风采
船体车间电焊工王师傅荣获“舟山市技术能手”称号，祝贺！

编辑：项目管理部 周蓓
"""
    to = [("全体员工", "all@" + HY)]
    eml = coremail(HY, P("周蓓"), to, [HYBOT], "《海鹰简讯》2026年第6期", t, body, simple_html(body), "7026")
    case(7026, "other-staff-newsletter-by-person", "other", eml, [], None,
         "An in-house newsletter a person wrote (Coremail web, UTF-8 base64, Tue 2026-06-16) to the all-staff address, "
         "with the bot in Cc. No List-Id/Precedence/Auto-Submitted: a human sent it, so it is not auto. It reports "
         "facts (交付, 上坞), a safety reminder and announcements with dates ('7月10日前各部门报送…' is announced here but "
         "belongs to a separate notice); there was no meeting and no minutes -> kind other, no items, no follow-up.",
         "newsletter written and sent by a person, with dated announcements", summary="other (staff newsletter)")


def c7027():
    t = T("2026-04-24 15:02:51")
    recap_id = "<mb.7020.recap.20260424150248@haiying-ship.example.cn>"
    human = """This is the mail system at host mx1.haiying-ship.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ingrid.solberg@nordvik-tankers.example.no>: host
    mx.nordvik-tankers.example.no[185.71.40.12] said: 552 5.2.2 Mailbox full
    - quota exceeded (in reply to RCPT TO command)
"""
    ds = ("Reporting-MTA: dns; mx1.haiying-ship.example.cn\nX-Postfix-Queue-ID: 4XN2Q71F3Bz9\n"
          "X-Postfix-Sender: rfc822; minutebot@haiying-ship.example.cn\nArrival-Date: Fri, 24 Apr 2026 15:02:48 +0800 (CST)\n"
          "\nFinal-Recipient: rfc822; ingrid.solberg@nordvik-tankers.example.no\n"
          "Original-Recipient: rfc822;ingrid.solberg@nordvik-tankers.example.no\nAction: failed\nStatus: 5.2.2\n"
          "Remote-MTA: dns; mx.nordvik-tankers.example.no\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n")
    hdrs = ("Return-Path: <minutebot@haiying-ship.example.cn>\nFrom: " + addr(*HYBOT) + "\n"
            "To: Lars Haugen <lars.haugen@nordvik-tankers.example.no>,\n Ingrid Solberg <ingrid.solberg@nordvik-tankers.example.no>\n"
            "Subject: " + ew("纪要确认：H2617 - Minutes of Site Meeting No. 14 (23 Apr 2026)") + "\n"
            "Date: Fri, 24 Apr 2026 15:02:48 +0800\nMessage-ID: " + recap_id + "\n"
            "In-Reply-To: <00007c3e1a2b$5d8f9e10$a4b3c2d1$@nordvik-tankers.example.no>\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n")
    root = Multi("report", "4XN2Q71F3Bz9.1777014171/mx1.haiying-ship.example.cn",
                 [Leaf([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                       human.encode("ascii")),
                  Leaf([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                       ds.encode("ascii")),
                  Leaf([("Content-Description", "Undelivered Message Headers"),
                        ("Content-Type", "text/rfc822-headers")], hdrs.encode("ascii"))],
                 params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Delivered-To", HYBOT[1]),
          ("Received", "by mx1.haiying-ship.example.cn (Postfix)\n\tid 4XN2Q71F3Bz9; %s" % rfc_date(t)),
          ("Date", rfc_date(t)), ("From", "MAILER-DAEMON@mx1.haiying-ship.example.cn (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", HYBOT[1]), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Content-Transfer-Encoding", "8bit"),
          ("Message-Id", "<20260424070251.4XN2Q71F3Bz9@mx1.haiying-ship.example.cn>")]
    eml = message(hs, root, mime_version=None)
    case(7027, "auto-postfix-dsn-mailbox-full", "auto", eml, [], None,
         "Postfix delivery status notification (multipart/report; report-type=delivery-status; Return-Path <>, From "
         "MAILER-DAEMON, Auto-Submitted: auto-replied) for the bot's recap of 7020 to the owner's second representative, "
         "whose mailbox was full (552 5.2.2). The returned headers carry the recap's subject with 'Minutes of Site "
         "Meeting' in it, but this is a bounce: kind auto, no items; the bot must not answer it (it may log the failed "
         "recipient).",
         "DSN bounce of the bot's own recap", summary="auto (bounce)")


def c7038():
    t = T("2026-06-17 16:45:30")
    body = """各部门、各车间：

6月17日下午召开端午节前安全环保检查部署会，纪要如下：

一、会议听取了安环部关于5月份安全检查情况的通报，5月份共查出隐患23项，已整改21项。

二、工作安排
1. 各车间于端午节前（6月18日）完成节前安全自查，自查表报安环部。
2. 安环部应立新牵头，生产部配合：3个工作日内完成船坞区域动火作业专项检查。
3. 舾装车间毛主任：下周一前完成H2618机舱起重设备年检资料整理。
4. 船体车间（忻立群）：节后第一个工作日组织高处作业安全带、防坠器全面检查。

三、节日期间值班由项目管理部统一安排，值班表另行下发。

下次安全例会定于6月26日（周五）下午4点。

安环部
2026年6月17日
"""
    to = [P("柴建国"), P("忻立群"), P("乐伟民"), P("毛建华")]
    cc = [P("邬国栋"), P("周蓓"), HYBOT]
    eml = outlook_win(HY, P("应立新"), to, cc, "端午节前安全环保检查部署会纪要", t, body, "7038", cs="utf-8",
                      cte="quoted-printable", crlf=True)
    case(7038, "dragon-boat-workdays-outlook-crlf", "minutes", eml, [
        I(None, "完成节前安全自查，自查表报安环部", "before:Dragon Boat Festival", "2026-06-18"),
        I("应立新", "完成船坞区域动火作业专项检查", "workdays:3", "2026-06-23"),
        I("毛建华", "完成H2618机舱起重设备年检资料整理", "nextwk:mon", "2026-06-22"),
        I("忻立群", "组织高处作业安全带、防坠器全面检查", "after:Dragon Boat Festival", "2026-06-22"),
    ], "abs:2026-06-26@16:00",
        "Outlook 2016 zh-CN, UTF-8 quoted-printable, CRLF line ends, sent Wed 2026-06-17 16:45, two days before Dragon "
        "Boat (06-19..06-21 off). (1) '各车间' is every workshop, not one unit or person -> owner null, no_owner, "
        "department null; '端午节前（6月18日）' -> 2026-06-18 (= the last working day before the holiday). (2) '安环部应"
        "立新牵头，生产部配合' -> 应立新; '3个工作日内' from Thu 06-18 (1), skip 06-19..06-21, Mon 06-22 (2), Tue 06-23 (3) "
        "-> 2026-06-23. (3) 毛主任 = 毛建华, 下周一前 -> 2026-06-22. (4) unit with the person in brackets -> 忻立群, "
        "节后第一个工作日 -> 2026-06-22. Section 一 is a report, section 三 a fact. 下次安全例会 6月26日（周五）下午4点 -> "
        "2026-06-26 16:00.",
        "3个工作日内 across Dragon Boat, 端午节前, 各车间 (no single owner), CRLF Outlook QP")


# ==========================================================================================================
# Cases 7028-7035: Hanseong Display (Yantai) - Korean-owned display-module supplier; Korean and Chinese staff
# writing English; its German customer, its Korean headquarters and a Taiwanese supplier
# ==========================================================================================================
HSBOT = BOTS[HS]


def en_html(body):
    return "\n".join("<p class=MsoNormal><span lang=EN-US>%s</span></p>" % (esc(l) if l.strip() else "<o:p>&nbsp;</o:p>")
                     for l in body.rstrip("\n").split("\n"))


def outlook_en(frm, to, cc, subject, t, body, seed, **kw):
    htm = outlook_html("x").replace("<p class=MsoNormal><span lang=ZH-CN style='font-family:\"等线\"'>x</span></p>",
                                    en_html(body)).replace("<body lang=ZH-CN", "<body lang=EN-US").replace(
                                    "等线", "Calibri").replace("panose-1:2 1 6 0 3 1 1 1 1 1", "panose-1:2 15 5 2 2 2 4 3 2 4")
    return outlook_win(HS, frm, to, cc, subject, t, body, seed, cs=kw.pop("cs", "utf-8"),
                       cte=kw.pop("cte", "quoted-printable"), html_body=htm, lang=kw.pop("lang", "en-US"), **kw)


def c7028():
    t = T("2026-04-14 17:32:05")
    body = """Hi all,

Please see the minutes of today's weekly quality meeting.

Attendees: Park Jiwon, Jenny Qu, Harry Sun, Tommy Yu, Lily Jiang

1. Customer complaints
- Kessler 12.3" module mura: 8D D4 done, containment continuing.
- Line 3 FPC crack (2 pcs at customer IQC): root cause under analysis.

2. Action items
AI: Jenny Qu - update 8D report for FPC crack with root cause - due 4/17
AI: Harry Sun - change bonding pressure parameter on Line 3 and run 500pcs trial - due 4/21
AI: Tommy Yu - re-train Line 3 operators on FPC handling - due 4/16
AI: Lily Jiang - send interim reply to Kessler - due today
AI: Park Jiwon - review supplier audit plan for Q2 - due TBD

Next meeting: 4/21 (Tue) 10:00, QA meeting room

Thanks,
Jiwon Park
QA Manager | Hanseong Display (Yantai) Co., Ltd.
"""
    frm = ("Jiwon Park", PEOPLE["Park Jiwon"][1])
    to = [("Jenny Qu", PEOPLE["曲静"][1]), ("Harry Sun", PEOPLE["孙浩然"][1]), ("Tommy Yu", PEOPLE["于海涛"][1]),
          ("Lily Jiang", PEOPLE["姜丽丽"][1])]
    eml = outlook_en(frm, to, [HSBOT], "Weekly Quality Meeting Minutes - Apr 14", t, body, "7028", cs="us-ascii",
                     cte="7bit")
    case(7028, "weekly-quality-ai-lines-outlook-en", "minutes", eml, [
        I("曲静", "update 8D report for FPC crack with root cause", "abs:2026-04-17", "2026-04-17"),
        I("孙浩然", "change bonding pressure parameter on Line 3 and run 500pcs trial", "abs:2026-04-21", "2026-04-21"),
        I("于海涛", "re-train Line 3 operators on FPC handling", "abs:2026-04-16", "2026-04-16"),
        I("姜丽丽", "send interim reply to Kessler", "today", "2026-04-14"),
        I("Park Jiwon", "review supplier audit plan for Q2", "vague", None),
    ], "abs:2026-04-21@10:00",
        "Plain English minutes by a Korean QA manager (Outlook en-US, us-ascii 7bit), sent Tue 2026-04-14 17:32. 'AI: "
        "Name - task - due X' lines. English names are roster aliases of Chinese staff (Jenny Qu = 曲静, Harry Sun = "
        "孙浩然, Tommy Yu = 于海涛, Lily Jiang = 姜丽丽); Park Jiwon is the roster name. M/D dates: 4/17, 4/21, 4/16 -> "
        "2026; 'due today' -> 2026-04-14; 'due TBD' -> vague_due. Section 1 lines are status. 'Next meeting: 4/21 "
        "(Tue) 10:00' -> 2026-04-21 10:00.",
        "plain common: 'AI: name - task - due M/D' lines, English aliases of Chinese staff, due today/TBD")


def c7029():
    t = T("2026-06-04 09:15:27", off=2)
    body = """Dear Jiwon, dear Lily,

thank you for the constructive meeting yesterday. Please find the minutes below.

Participants: Jonas Brandt, Miriam Vogt (Kessler); Park Jiwon, Lily Jiang, Harry Sun (Hanseong)

1) Mura defect - status
Hanseong presented the 8D. Kessler accepts the root cause (ACF bonding temperature drift).

2) Open points

Topic: Containment at Kessler plant Ingolstadt
Action: sort remaining stock (approx. 2,400 pcs) at Kessler warehouse
Owner: Hanseong (Harry Sun)
Due: by Friday

Topic: 8D closure
Action: submit D7/D8 with effectiveness data (3 weeks production)
Owner: Park Jiwon
Due: 2026-06-26

Topic: Debit note
Action: send debit note for sorting costs
Owner: Miriam Vogt
Due: EOD

Topic: PPAP re-submission
Action: re-submit PPAP with updated control plan
Owner: tbd
Due: tbd

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards
Jonas Brandt
Supplier Quality Engineer
Kessler Cockpit Systems GmbH | Stuttgart
"""
    frm = ("Brandt, Jonas", PEOPLE["Jonas Brandt"][1])
    to = [("Park Jiwon", PEOPLE["Park Jiwon"][1]), ("Lily Jiang", PEOPLE["姜丽丽"][1])]
    cc = [("Vogt, Miriam", "miriam.vogt@kessler-cockpit.example.de"), ("Harry Sun", PEOPLE["孙浩然"][1]), HSBOT]
    eml = outlook_en(frm, to, cc, "MoM - Kessler / Hanseong quality review 12.3\" cluster display (03.06.2026)", t,
                     body, "7029", helo="mail-fr2deu01on2071.outbound.protection.outlook.com", ip="40.107.135.71")
    case(7029, "customer-owner-due-blocks-cest", "minutes", eml, [
        I("孙浩然", "sort remaining stock (approx. 2,400 pcs) at Kessler warehouse", "wd:fri", "2026-06-05"),
        I("Park Jiwon", "submit D7/D8 with effectiveness data (3 weeks production)", "abs:2026-06-26", "2026-06-26"),
        I("Miriam Vogt", "send debit note for sorting costs", "today", "2026-06-04",
          email="miriam.vogt@kessler-cockpit.example.de"),
        I(None, "re-submit PPAP with updated control plan", "vague", None),
    ], "abs:2026-06-09@10:00+0200",
        "Minutes from the German customer's SQE (Outlook, UTF-8 QP; From/Cc display names in 'Last, First' form), Date "
        "Thu 2026-06-04 09:15 +0200 = 15:15 Shanghai, same day. Items are Topic/Action/Owner/Due blocks; the task is "
        "the Action line. 'Owner: Hanseong (Harry Sun)' -> the person in brackets, 孙浩然 (alias Harry Sun); 'by Friday' "
        "-> 2026-06-05. 'Owner: Miriam Vogt' -> the Cc entry 'Vogt, Miriam' (not in the roster, department null); 'EOD' "
        "-> the send date 2026-06-04, no time. 'Owner: tbd / Due: tbd' -> no_owner, vague_due. Kessler's acceptance of "
        "the root cause is a decision. Subject date 03.06.2026 is the meeting day (DD.MM.YYYY), not a due. 'Next "
        "sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 in Shanghai.",
        "Topic/Action/Owner/Due blocks from a German customer, 'Last, First' display names, by Friday/EOD/tbd, "
        "next sync given in CEST")


def c7030():
    t = T("2026-06-22 09:30:44", off=9)
    plain = """Hi team,

Notes from this morning's call. (Yantai side: thanks for joining right after the Dragon Boat holiday!)

## Summary
- New LTPS glass supplier qualification is on track.
- Yantai Line 2 yield 96.8% last week.

## Action items
- [x] @Harry Sun share Line 2 yield data (done before the call)
- [ ] @Harry Sun run DOE on ACF bonding temperature (3 levels), report by Wed
- [ ] @TY Jung approve DOE plan by 6/23
- [ ] @Minho Choi send new glass spec sheet to Yantai by 6/26
- [ ] @Seojun Lee confirm glass sample lead time with supplier - TBD

Next call: Thu 6/25 10:00 KST (09:00 CST)

Minho
"""
    inner = ("<div>Hi team,</div><div><br></div><div>Notes from this morning&#39;s call. (Yantai side: thanks for joining "
             "right after the Dragon Boat holiday!)</div><div><br></div><div>## Summary</div><div>- New LTPS glass supplier "
             "qualification is on track.</div><div>- Yantai Line 2 yield 96.8% last week.</div><div><br></div>"
             "<div>## Action items</div>"
             + "".join("<div>%s</div>" % esc(l) for l in plain.split("## Action items\n")[1].split("\n\n")[0].split("\n"))
             + "<div><br></div><div>Next call: Thu 6/25 10:00 KST (09:00 CST)</div><div><br></div><div>Minho</div>")
    frm = ("Minho Choi", PEOPLE["Choi Minho"][1])
    to = [("Harry Sun", PEOPLE["孙浩然"][1]), ("TY Jung", PEOPLE["Jung Taeyang"][1]),
          ("Seojun Lee", PEOPLE["Lee Seojun"][1])]
    eml = gmail(HS, frm, to, [HSBOT], "[HQ-Yantai] Weekly tech call notes 6/22", t, plain, inner, "7030", cte="7bit")
    case(7030, "hq-gmail-checkbox-kst", "minutes", eml, [
        I("孙浩然", "run DOE on ACF bonding temperature (3 levels), report", "wd:wed", "2026-06-24"),
        I("Jung Taeyang", "approve DOE plan", "abs:2026-06-23", "2026-06-23"),
        I("Choi Minho", "send new glass spec sheet to Yantai", "abs:2026-06-26", "2026-06-26"),
        I("Lee Seojun", "confirm glass sample lead time with supplier", "vague", None),
    ], "abs:2026-06-25@10:00+0900",
        "Markdown-style notes from the Korean headquarters (Google Workspace Gmail web, 7bit ASCII), Date Mon "
        "2026-06-22 09:30 +0900 = 08:30 Shanghai, the same Monday. '- [ ] @name' lines are open items; the '- [x]' line "
        "is done and not an item. 'report by Wed' -> 2026-06-24; '@TY Jung' = Jung Taeyang (alias), 6/23; '@Minho Choi' "
        "is the sender (roster outsider, department null), 6/26; 'TBD' -> vague_due. Summary bullets are status. 'Next "
        "call: Thu 6/25 10:00 KST (09:00 CST)' -> 2026-06-25 09:00 Shanghai (CST here = China Standard Time).",
        "'- [ ] @name' checkboxes with a [x] done line, +0900 Date, next call in KST")


def c7031():
    t = T("2026-05-06 15:40:18")
    body = """各位：
今天仓库5S及呆滞物料清理会议纪要如下（会议时间：5月6日13:30-14:30，仓库二楼会议室）：

1. 仓储主管初建波：本周六（5月9日调休上班）前完成原材料仓A区货架标识更换。
2. 曲工：3个工作日内完成呆滞物料中背光组件的质量状态判定，出具判定清单。
3. 金总牵头，SCM、财务配合：5月15日前完成呆滞物料报废审批。
4. 王蕾（采购）：下周一前与供应商沟通偏光片退货事宜。

下周三同一时间再碰一次，检查整改进度。

于海涛
生产部 Production
"""
    frm = ("于海涛", PEOPLE["于海涛"][1])
    to = [("初建波", PEOPLE["初建波"][1]), ("曲静", PEOPLE["曲静"][1]), ("王蕾", PEOPLE["王蕾"][1])]
    cc = [("Kim Donghyun", PEOPLE["Kim Donghyun"][1]), ("Lee Seojun", PEOPLE["Lee Seojun"][1]), HSBOT]
    eml = exmail(HS, frm, to, cc, "仓库5S及呆滞物料清理会议纪要", t, body, simple_html(body), "7031", cs="utf-8",
                 mailer="WeCom Mail")
    case(7031, "chinese-internal-roles-makeup-sat-wecom", "minutes", eml, [
        I("初建波", "完成原材料仓A区货架标识更换", "abs:2026-05-09", "2026-05-09"),
        I("曲静", "完成呆滞物料中背光组件的质量状态判定，出具判定清单", "workdays:3", "2026-05-09"),
        I("Kim Donghyun", "完成呆滞物料报废审批", "abs:2026-05-15", "2026-05-15"),
        I("王蕾", "与供应商沟通偏光片退货事宜", "nextwk:mon", "2026-05-11"),
    ], "nextwk:wed@13:30",
        "Chinese internal minutes at the Korean-owned plant (企业微信 mail, UTF-8 base64), sent Wed 2026-05-06, the first "
        "working day after Labour Day. '仓储主管初建波' (role + name) -> 初建波; '本周六（5月9日调休上班）前' -> 2026-05-09. "
        "'曲工' = 曲静 (alias); '3个工作日内' from Thu 05-07 (1), Fri 05-08 (2), Sat 05-09 make-up working day (3) -> "
        "2026-05-09. '金总牵头，SCM、财务配合' -> Kim Donghyun (alias 金总); the 配合 units are not owners. '王蕾（采购）' "
        "-> 王蕾, 下周一前 -> 2026-05-11. '下周三同一时间' = 2026-05-13 at the meeting's start time 13:30.",
        "role-prefixed owner (仓储主管初建波), 曲工, 金总牵头 with 配合 units, 3个工作日内 ending on the make-up Saturday, "
        "下周三同一时间")


def c7032():
    t = T("2026-05-31 23:40:12", off=0)
    plain = """Dear all,

Sorry for the late minutes of Friday's polarizer shortage meeting (May 29).

Decisions
- Allocate available polarizer stock to Kessler orders first.
- Line 1 runs at 80% until supply recovers.

Action items
1. Rachel Wang - place spot order with the second-source supplier within 2 working days.
2. Tommy Yu - revise Line 1 production plan for June by Friday.
3. Lily Jiang - inform Kessler about a possible delivery split by next Monday.
4. Seojun Lee - escalate to HQ purchasing ASAP.

No follow-up meeting scheduled; we will update by email.

Seojun
"""
    inner = "\n".join("<div class=\"elementToProof\">%s</div>" % (esc(l) if l.strip() else "<br>")
                      for l in plain.rstrip("\n").split("\n"))
    frm = ("Seojun Lee", PEOPLE["Lee Seojun"][1])
    to = [("Rachel Wang", PEOPLE["王蕾"][1]), ("Tommy Yu", PEOPLE["于海涛"][1]), ("Lily Jiang", PEOPLE["姜丽丽"][1])]
    cc = [("Kim Donghyun", PEOPLE["Kim Donghyun"][1]), HSBOT]
    eml = owa(HS, frm, to, cc, "Polarizer shortage - recovery meeting minutes", t, plain, inner, "7032")
    case(7032, "owa-utc-sunday-night-working-days", "minutes", eml, [
        I("王蕾", "place spot order with the second-source supplier", "workdays:2", "2026-06-03"),
        I("于海涛", "revise Line 1 production plan for June", "wd:fri", "2026-06-05"),
        I("姜丽丽", "inform Kessler about a possible delivery split", "nextwk:mon", "2026-06-08"),
        I("Lee Seojun", "escalate to HQ purchasing", "vague", None),
    ], None,
        "Outlook on the web (Microsoft 365) English minutes, UTF-8 QP, CRLF; Date 'Sun, 31 May 2026 23:40:12 +0000' = "
        "Mon 2026-06-01 07:40 in Shanghai, so every phrase resolves from Monday 06-01. 'within 2 working days' -> Tue "
        "06-02 (1), Wed 06-03 (2) -> 2026-06-03 (from the UTC Sunday it would wrongly be 06-02). 'by Friday' -> "
        "2026-06-05; 'by next Monday' -> next calendar week's Monday 2026-06-08; 'ASAP' -> vague_due. Owners by English "
        "alias: Rachel Wang = 王蕾, Tommy Yu = 于海涛, Lily Jiang = 姜丽丽; Seojun Lee is the sender. 'Decisions' are not "
        "items. The meeting was on Fri May 29 but deadlines count from the Date header. 'No follow-up meeting "
        "scheduled' -> null.",
        "OWA +0000 Date on Sunday night = Monday in Shanghai: within 2 working days, by Friday, by next Monday")


def c7033():
    t = T("2026-05-18 19:20:41")
    body = """翰星 Jiwon 經理、Jenny 您好：

感謝今天撥冗開會，會議記錄如下，請參閱。

會議時間：2026/05/18 14:00~15:30
與會人員：翰星 Park Jiwon、Jenny Qu、Tommy Yu；晶采 陳冠宇、林佩君

一、議題：背光模組亮度不均（Hotspot）
晶采說明：LED 燈條焊接偏位為主因，已於5/15起加嚴AOI檢驗。

二、待辦事項
1. 晶采（陳冠宇）：5/22前提供8D報告（含D4根因驗證數據）。
2. 晶采（林佩君）：下週一前確認替換品出貨數量及到廠日期。
3. 翰星 Jenny：本週五前回傳不良品實物照片及批號清單。
4. 翰星 Tommy：產線端加嚴來料檢驗，直到8D結案。

下次會議：5/26（二）14:00，視訊會議。

Best Regards,
陳冠宇 Kevin Chen
晶采光電股份有限公司 品保部
TEL: +886-3-578-2260 ext.316
"""
    frm = ("陳冠宇 Kevin Chen", PEOPLE["陳冠宇"][1])
    to = [("Park Jiwon", PEOPLE["Park Jiwon"][1]), ("Jenny Qu", PEOPLE["曲静"][1])]
    cc = [("Tommy Yu", PEOPLE["于海涛"][1]), ("林佩君", "peggy.lin@jingcai-opto.example.com.tw"), HSBOT]
    htm = outlook_html(body).replace("ZH-CN", "ZH-TW").replace("等线", "新細明體").replace(
        "panose-1:2 1 6 0 3 1 1 1 1 1", "panose-1:2 2 5 0 0 0 0 0 0 0")
    eml = outlook_win(HS, frm, to, cc, "晶采/翰星 背光模組品質會議記錄 0518", t, body, "7033", cs="big5",
                      cte="base64", html_body=htm, lang="zh-tw", helo="mail.jingcai-opto.example.com.tw",
                      ip="61.220.34.18")
    case(7033, "taiwan-supplier-big5-outlook-zh-tw", "minutes", eml, [
        I("陳冠宇", "提供8D報告（含D4根因驗證數據）", "abs:2026-05-22", "2026-05-22"),
        I("林佩君", "確認替換品出貨數量及到廠日期", "nextwk:mon", "2026-05-25",
          email="peggy.lin@jingcai-opto.example.com.tw"),
        I("曲静", "回傳不良品實物照片及批號清單", "wd:fri", "2026-05-22"),
        I("于海涛", "產線端加嚴來料檢驗，直到8D結案", "none", None),
    ], "abs:2026-05-26@14:00",
        "Traditional-Chinese minutes from a Taiwanese supplier (Outlook zh-TW, big5 base64, names in big5 encoded "
        "words), sent Mon 2026-05-18 19:20. (1) '晶采（陳冠宇）' -> the sender 陳冠宇 (roster outsider, department null), "
        "'5/22前' -> 2026-05-22. (2) '晶采（林佩君）' -> the Cc entry 林佩君 (not in the roster), '下週一前' -> 2026-05-25. "
        "(3) 'Jenny' = 曲静 (alias; Traditional 曲靜 also listed), '本週五前' -> 2026-05-22. (4) 'Tommy' = 于海涛, '直到8D"
        "結案' gives no date -> no_due (an open-ended duty, AMBIGUOUS: a scorer may also accept it left out; a careful "
        "assistant tracks it because it is a listed 待辦 with an owner). '已於5/15起加嚴AOI檢驗' is a report. '下次會議："
        "5/26（二）14:00' -> 2026-05-26 14:00 (Tuesday, checked).",
        "big5 Traditional Chinese from a Taiwanese supplier: 下週一/本週五, M/D dates, English aliases, no_due duty")


def c7034():
    t = T("2026-07-14 16:20:33", off=9)
    paras = ["# FAI Review Minutes - New 10.25\" Module (HD-1025)",
             "Date: 14 July 2026, 13:00-14:30 KST (video call)",
             "Attendees: Minho Choi (HQ); TY Jung, Harry Sun, Jenny Qu, Rachel Wang (Yantai)",
             "Summary",
             "FAI samples (5 pcs) passed dimension and optical tests except backlight uniformity (78% vs. spec 80%). "
             "HQ agreed to a conditional FAI approval once uniformity is re-measured with the new diffuser film.",
             "Action Items"]
    table = [["No.", "Action", "Owner", "Due", "Status"],
             ["1", "Re-measure backlight uniformity with new diffuser film", "Harry Sun", "7/17", "Open"],
             ["2", "Update FAI report and control plan", "Jenny Qu", "next Wednesday", "Open"],
             ["3", "Get quotation for the new diffuser film from supplier", "Rachel Wang", "ASAP", "Open"],
             ["4", "Share HQ optical test procedure", "Minho Choi", "7/10", "Closed"],
             ["5", "Decide mass-production start date", "TY Jung", "7/24", "Open"]]
    after = ["Next review: Tue 21 July, 10:00 KST"]
    data = make_docx(paras, table, after, author="Minho Choi", when=dt.datetime(2026, 7, 14, 7, 5, 0), font="Malgun Gothic")
    plain = "Hi all,\n\nMinutes of today's FAI review attached. Pls check your actions.\n\nMinho\n"
    inner = "<div>Hi all,</div><div><br></div><div>Minutes of today&#39;s FAI review attached. Pls check your actions.</div><div><br></div><div>Minho</div>"
    att = attachment("FAI_Review_Minutes_0714.docx", data, DOCX, "utf-8",
                     extra=[("Content-ID", "<f_mr3k2q8v0>"), ("X-Attachment-Id", "f_mr3k2q8v0")])
    frm = ("Minho Choi", PEOPLE["Choi Minho"][1])
    to = [("TY Jung", PEOPLE["Jung Taeyang"][1]), ("Harry Sun", PEOPLE["孙浩然"][1]), ("Jenny Qu", PEOPLE["曲静"][1]),
          ("Rachel Wang", PEOPLE["王蕾"][1])]
    eml = gmail(HS, frm, to, [HSBOT], "FAI review minutes - HD-1025", t, plain, inner, "7034", atts=[att], cte="7bit")
    case(7034, "hq-gmail-app-docx-english-kst", "minutes", eml, [
        I("孙浩然", "Re-measure backlight uniformity with new diffuser film", "abs:2026-07-17", "2026-07-17"),
        I("曲静", "Update FAI report and control plan", "nextwk:wed", "2026-07-22"),
        I("王蕾", "Get quotation for the new diffuser film from supplier", "vague", None),
        I("Jung Taeyang", "Decide mass-production start date", "abs:2026-07-24", "2026-07-24"),
    ], "abs:2026-07-21@10:00+0900",
        "Gmail (mobile app) with a two-line body and the minutes in an attached .docx (python-docx, English), Date Tue "
        "2026-07-14 16:20 +0900 = 15:20 Shanghai, same day. A human reads the Action Items table: row 4 is Closed -> not "
        "an item. Owners by alias: Harry Sun = 孙浩然, Jenny Qu = 曲静, Rachel Wang = 王蕾, TY Jung = Jung Taeyang. 7/17 "
        "-> 2026-07-17; 'next Wednesday' -> 2026-07-22; ASAP -> vague_due; 7/24 -> 2026-07-24. The conditional approval "
        "is a decision. 'Next review: Tue 21 July, 10:00 KST' -> 2026-07-21 09:00 Shanghai.",
        "English minutes only in a .docx from a phone; Closed row; next review in KST")


def c7035():
    t = T("2026-07-03 17:50:26")
    body = """Hi all,

Summary of this afternoon's internal meeting on the Kessler Q3 forecast:

- Kessler Q3 forecast: 38k pcs (12.3") + 6k pcs (10.25" from September).
- Decision: we will not accept the 5% price-down request; counter-offer 2%.

Action items:
1. Lily Jiang: send counter-offer letter to Miriam Vogt by Monday.
2. Seojun Lee: check polarizer capacity for Q3 volume, EOD today.
3. Tommy Yu: confirm Line 1/Line 3 capacity split by next Friday.
4. Director Kim: approve the 2% counter-offer before the letter goes out.

Thanks,
Lily

Lily Jiang
Sales Coordinator | Hanseong Display (Yantai) Co., Ltd.
"""
    frm = ("Lily Jiang", PEOPLE["姜丽丽"][1])
    to = [("Seojun Lee", PEOPLE["Lee Seojun"][1]), ("Tommy Yu", PEOPLE["于海涛"][1]),
          ("Kim Donghyun", PEOPLE["Kim Donghyun"][1])]
    eml = outlook_en(frm, to, [HSBOT], "Minutes: Kessler Q3 forecast alignment (internal)", t, body, "7035")
    case(7035, "chinese-staff-english-eod-by-monday", "minutes", eml, [
        I("姜丽丽", "send counter-offer letter to Miriam Vogt", "wd:mon", "2026-07-06"),
        I("Lee Seojun", "check polarizer capacity for Q3 volume", "today", "2026-07-03"),
        I("于海涛", "confirm Line 1/Line 3 capacity split", "nextwk:fri", "2026-07-10"),
        I("Kim Donghyun", "approve the 2% counter-offer", "none", None),
    ], None,
        "English minutes written by Chinese sales staff (Outlook en-US, UTF-8 QP), sent Fri 2026-07-03 17:50. 'by Monday' "
        "sent on a Friday -> this week's Monday is past -> 2026-07-06. 'EOD today' -> 2026-07-03 without a time. 'by next "
        "Friday' -> next calendar week's Friday 2026-07-10. 'Director Kim' = Kim Donghyun (alias); 'before the letter "
        "goes out' is no date -> no_due (AMBIGUOUS: it is implicitly before Monday; we do not invent a date). The "
        "forecast lines are facts, 'Decision:' is a decision; Miriam Vogt in item 1 is the recipient, not an owner. No "
        "next meeting.",
        "plain common: Chinese staff writing English: by Monday (from Friday), EOD today, by next Friday, no-date item")


# ==========================================================================================================
# README
# ==========================================================================================================
CLIENTS = {
    7001: "Outlook 2016 zh-CN; gb2312; base64; multipart/alternative",
    7002: "Foxmail 7.2; GBK; base64; multipart/alternative",
    7003: "Coremail XT6 web; UTF-8; base64; HTML table + tab-separated plain",
    7004: "Outlook 2016 zh-CN; gb2312; quoted-printable; multipart/mixed + .docx (RFC 2231 name)",
    7005: "Outlook 2016 zh-CN '转发:'; gb2312; base64",
    7006: "Coremail auto-reply; UTF-8; base64; text/plain only",
    7007: "Coremail XT6 web; UTF-8; base64",
    7008: "网易邮箱大师 iOS (Coremail account); UTF-8; base64",
    7009: "Feishu/Lark mail; UTF-8; base64",
    7010: "DingTalk mail (Alibaba Mail); UTF-8; base64; text/html only",
    7011: "企业微信 mail (Tencent Exmail); UTF-8; base64",
    7012: "Tencent Exmail web; gb18030; base64",
    7013: "Feishu/Lark mail; UTF-8; quoted-printable",
    7014: "Foxmail 7.2 'Re:' with Foxmail quote block; UTF-8; base64; In-Reply-To/References",
    7015: "DingTalk mail; UTF-8; base64; Excel-pasted HTML table",
    7016: "meeting-service notification; UTF-8; base64; Auto-Submitted, Precedence: bulk",
    7017: "Feishu/Lark mail; UTF-8; base64",
    7018: "Thunderbird; UTF-8; 8bit; text/plain format=flowed only",
    7019: "Coremail XT6 web; UTF-8; quoted-printable",
    7020: "Outlook (en-US, sender in Norway, +0200); UTF-8; quoted-printable",
    7021: "Tencent Exmail web; gb18030; base64",
    7022: "iPhone Mail; UTF-8 base64 text/plain + PDF (multipart/mixed)",
    7023: "NetEase enterprise webmail (Coremail XT5 web, as 163/126 web); GBK; base64",
    7024: "企业微信 mail (Tencent Exmail); UTF-8; base64; tab-separated text",
    7025: "Apple Mail (macOS); UTF-8; quoted-printable; multipart/alternative",
    7026: "Coremail XT6 web; UTF-8; base64",
    7027: "Postfix DSN; multipart/report (delivery-status, rfc822-headers); us-ascii",
    7028: "Outlook (en-US); us-ascii; 7bit",
    7029: "Outlook (en, German sender, +0200, 'Last, First' names); UTF-8; quoted-printable",
    7030: "Gmail web (Google Workspace, +0900); UTF-8; 7bit",
    7031: "企业微信 mail (Tencent Exmail); UTF-8; base64",
    7032: "Outlook on the web / Microsoft 365 (+0000, CRLF); UTF-8; quoted-printable",
    7033: "Outlook zh-TW; big5; base64 (big5 encoded-word names)",
    7034: "Gmail app (+0900); UTF-8 7bit + .docx attachment",
    7035: "Outlook (en-US); UTF-8; quoted-printable",
    7036: "iPhone Mail; UTF-8; quoted-printable; text/plain only",
    7037: "Outlook for Mac; UTF-8; quoted-printable; text/html only (Word table)",
    7038: "Outlook 2016 zh-CN; UTF-8; quoted-printable; CRLF line ends",
}

CONVENTIONS = [
    "Each organisation has its own bot mailbox, `minutebot@<its domain>` (four addresses, one `roster.csv`); which "
    "bot address is in Cc does not change the gold.",
    "Outsiders who write minutes (a supplier, the ship owner's superintendent, the German customer's SQE, the Korean "
    "HQ engineer, the Taiwanese supplier) are in the roster with an empty department and manager: when they own an "
    "item the gold has their roster name and address and `department: null`.",
    "People who are in neither the roster nor any organisation list but appear in From/To/Cc (Ingrid Solberg, Miriam "
    "Vogt, 包立波, 林佩君, the team leader 蒋国庆) own items under the name written in the minutes, with the address "
    "of their From/To/Cc entry (also when the display name is 'Last, First') and `department: null`.",
    "Collective owners that are not one unit of the organisation (全体, 各车间, 双方-like groups, 责任人 待定, Owner "
    "tbd) -> owner null, `no_owner`, department null.",
    "A unit written in English for one of our own departments ('Yard (Technical Dept.)') keeps the organisation's "
    "department name (技术部). This is marked AMBIGUOUS in the case notes: a scorer may accept null there.",
    "A first-person owner (我, 我这边) is the sender of the mail.",
    "'同一时间' in a next-meeting sentence is the start time of the current meeting as stated in the same minutes "
    "(会议时间 line or '今天下午三点').",
    "Times given in another zone are converted to Asia/Shanghai (10:00 CEST -> 16:00; 10:00 KST -> 09:00). "
    "'local time' at the yard is Beijing time; 'CST' written by the Korean HQ means China Standard Time.",
    "'时间待定', '时间待船东通知' and 'TBD' give `vague_due`. An item with an open-ended or conditional deadline and "
    "no date ('直到8D结案', 'before the letter goes out') gives `no_due` (marked AMBIGUOUS in its notes).",
    "A deadline on a weekend or holiday is recorded as written (7月18日（周六）前 -> 07-18; 5月5日 -> 05-05); it is "
    "not moved to a working day.",
    "'端午节前（6月18日）' is due on the bracketed date, which is also the last working day before the holiday.",
    "'N小时内' keeps the hour and minute of the Date header plus N hours (10:12:48 + 4h -> due_time 14:12); seconds "
    "are dropped.",
    "Acceptance clauses ('Please revert with any comments by Tuesday', '如有不妥之处，请于今日内回复') are not items.",
    "Forwarded minutes: dates resolve from the forward's own Date header, as the README says; the case uses only "
    "phrases that resolve the same from the original's date.",
    "AI minutes (飞书智能纪要, 钉钉 AI听记, 腾讯会议智能纪要) pasted by a person are minutes and only their 待办 "
    "section gives items; the same content sent by the meeting service itself (noreply sender, Auto-Submitted, "
    "Precedence: bulk) is kind auto.",
    "Minutes that exist only in an attachment (.docx, PDF) are read from the attachment, as a human would; a one-line "
    "body ('详见附件') gives nothing by itself.",
    "Done rows are excluded wherever the done mark sits: 进展情况 已完成, a 备注 cell '已完成', 'Closed' in a status "
    "column or after the item, '- [x]'.",
    "In tracking tables (跨部门协作事项跟踪表) the 事项名称 cell is the task; '计划完成时间' is the due date.",
    "Task text keeps the language and script of the minutes (English tasks as written, Traditional Chinese tasks in "
    "Traditional); owner names are the roster's canonical names (Korean staff: 'Park Jiwon', family name first).",
    "Notices, meeting-time proposals and newsletters written by a person are kind other even when they contain "
    "deadlines or an agenda; they never give items or a follow-up.",
]


def short_due(it):
    if it["due_date"] is None:
        return "vague" if "vague_due" in it["flags"] else "no date"
    return it["due_date"][5:] + (" " + it["due_time"] if it["due_time"] else "")


def gold_summary(c, g):
    if c["kind"] != "minutes":
        return c["summary"] or c["kind"]
    parts = []
    for it in g["items"]:
        who = it["owner_name"] or ("(%s)" % it["department"] if it["department"] else "(no owner)")
        parts.append("%s %s" % (who, short_due(it)))
    fu = g["next_followup"]
    nxt = ("; next %s%s" % (fu["date"][5:], " " + fu["time"] if fu["time"] else "")) if fu else "; no next meeting"
    return "%d items: %s%s" % (len(parts), ", ".join(parts), nxt)


def write_readme(out):
    rows = []
    kinds = {}
    n_items = 0
    for c in CASES:
        g = gold_of(c, parse_eml(c["eml"]))
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        n_items += len(g["items"])
        rows.append("| %d-%s | %s | %s | %s | %s |" % (c["num"], c["slug"], c["kind"], gold_summary(c, g).replace("|", "/"),
                                                    c["tests"].replace("|", "/"), CLIENTS[c["num"]]))
    conv = "\n".join("- " + x for x in CONVENTIONS)
    text = README_TEMPLATE.format(n=len(CASES), minutes=kinds.get("minutes", 0), other=kinds.get("other", 0),
                                  auto=kinds.get("auto", 0), items=n_items, people=len(ROSTER), conventions=conv,
                                  table="\n".join(rows))
    (out / "README.md").write_text(text, encoding="utf-8")


README_TEMPLATE = """# Blind held-out set "heldout42": minutes CC'd to minutebot

{n} raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with its Return-Path, Delivered-To and
Received headers) and their gold answers (`NNNN-slug.json`), cases 7001-7038. Counts: minutes {minutes}, other
{other}, auto {auto}; {items} gold items; `roster.csv` has {people} people. No replies are in this set (every gold
`reply` is null).

Everything is written by `make_heldout42.py` (deterministic: no clock, no randomness; attachments are built with
python-docx and reportlab `invariant=1`, then fixed). `python make_heldout42.py --check` re-parses every .eml with
`email.policy.default` (no MIME or header defects, every text part decodes strictly in its declared charset, no line
over 998 octets), compares every file with a fresh generation, checks the gold schema, checks that each owner
agrees with the roster or appears in From/To/Cc, that each task text occurs in the message (attachments included),
and recomputes every due date and follow-up from the message's own `Date` header in Asia/Shanghai with the
`chinesecalendar` package (working days, holidays and make-up days). `python make_heldout42.py` regenerates and then
checks. Needs chinesecalendar, python-docx, reportlab and pypdf.

## Organisations

| organisation | kind | domain | bot address | who writes |
| --- | --- | --- | --- | --- |
| 蒙晟煤业集团有限责任公司 (Ordos) | coal-mining SOE; the 安全监察部 runs the bot | `mscoal.example.cn` | `minutebot@mscoal.example.cn` | 安监部 staff, 综合办公室, a mine manager (7001-7008) |
| 合肥知学星教育科技有限公司 (Hefei) | online tutoring (internet/services) | `zhixuexing.example.cn` | `minutebot@zhixuexing.example.cn` | product, tech, teaching, growth and academic-affairs staff (7009-7018, 7036, 7037) |
| 舟山海鹰船舶修造有限公司 (Zhoushan) | private shipyard (manufacturer) | `haiying-ship.example.cn` | `minutebot@haiying-ship.example.cn` | project office, production, workshops, HSE (7019-7027, 7038) |
| Hanseong Display (Yantai) Co., Ltd. / 翰星显示(烟台) | Korean-owned display-module supplier (foreign-invested) | `hanseong-yt.example.com` | `minutebot@hanseong-yt.example.com` | Korean and Chinese staff writing English, and Chinese internally (7028-7035) |

Partners who write to a bot: Nordvik Tankers AS (Norwegian ship owner, `nordvik-tankers.example.no`), 海川涂料
(marine paint supplier, `haichuan-coatings.example.com`), Kessler Cockpit Systems GmbH (German customer,
`kessler-cockpit.example.de`), Hanseong headquarters in Korea (`hanseong.example.co.kr`), 晶采光電 (Taiwanese
backlight supplier, `jingcai-opto.example.com.tw`). 墨香文化 (printing supplier) is only mentioned. Korean staff have
roster names family-name first (`Park Jiwon`) with English, Chinese-character and Hangul aliases; Chinese staff at
the Korean plant have their English names as aliases (Jenny Qu = 曲静).

Send dates are April-July 2026. 2026 calendar used (chinesecalendar 1.11): Qingming 04-04..04-06 off; Labour Day
05-01..05-05 off with Saturday 05-09 a make-up working day (no other make-up day in this period); Dragon Boat
06-19..06-21 off.

## Conventions applied beyond the corpus README

The corpus README and SPEC section 5 are followed as written (X前 = due on X; bare weekday = this week's if not past,
else next week's; 下周X = next calendar week; N个工作日内 counted from the day after sending; 今天下班前/EOD = send
date without a time; 月底 = last day of the month; 节后第一个工作日 = first working day after that holiday block;
牵头/主责 own, 配合/协办/支持/协助 never own; a person in brackets after a unit owns; decisions, reports, standing
rules, quoted old minutes, chat logs and AI summaries are not items; ①② sub-tasks and one task for two owners give
separate items). In addition:

{conventions}

## Client and encoding notes

- Header sets imitate each client (Outlook's Thread-Index/X-Mailer and `----=_NextPart_` boundaries, Foxmail's
  X-GUID and `----=_001_NextPart` boundaries, Coremail's X-CM-TRANSID and `Coremail.user@domain` Message-IDs,
  Tencent's X-QQ-mid and `tencent_` Message-IDs, Gmail's `000000000000` boundaries, Apple's `Apple-Mail=_` boundaries,
  Exchange Online's `_000_` boundaries and +0000 Date). They are plausible, not byte copies of real clients; a parser
  should not depend on them. The Feishu, DingTalk and WeCom header details in particular are approximations.
- Charsets: UTF-8, GBK, gb2312 (7001/7004/7005: text kept inside GB2312), gb18030, big5 (7033), us-ascii. Transfer
  encodings: base64, quoted-printable (soft breaks can fall inside a multibyte character), 8bit (7018), 7bit.
- Structures: text-only (7006, 7018, 7036), HTML-only (7010, 7037), multipart/alternative, multipart/mixed with
  .docx (7004, 7034) or PDF (7022) attachments whose names use RFC 2231 parameters, multipart/report (7027).
- Dates in other zones: 7020 and 7029 (+0200), 7030 and 7034 (+0900), 7032 (+0000 on Sunday night = Monday morning
  in Shanghai). 7032 and 7038 have CRLF line ends.

## Cases

| case | kind | gold summary (owner due; MM-DD) | what it tests | client / encoding |
| --- | --- | --- | --- | --- |
{table}
"""


def main(argv):
    global OUT
    only_check = "--check" in argv
    outdir = [a for a in argv if not a.startswith("--")]      # (added when the set joined the tests: an OUTDIR)
    OUT = Path(outdir[0]) if outdir else OUT
    if not only_check:
        generate(OUT)
    errors, counts, n = check(OUT)
    for e in errors:
        print("ERROR", e)
    items = sum(len(json.loads(p.read_text(encoding="utf-8"))["items"]) for p in sorted(OUT.glob("70[0-9][0-9]-*.json")))
    print("cases: %d  " % n + "  ".join("%s: %d" % (k, counts[k]) for k in ("minutes", "reply", "other", "auto")
                                         if k in counts))
    print("gold items: %d  roster people: %d" % (items, len(ROSTER)))
    print("OK: every .eml parses with email.policy.default without defects, every text part decodes, and every gold "
          "date was recomputed from its Date header" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
