#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout48" (cases 7601-7638).

    /work/blind/venv/bin/python make_heldout48.py          # (re)write every .eml/.json, roster.csv
    /work/blind/venv/bin/python make_heldout48.py --check  # validate what is on disk

Deterministic: no clock, no randomness (boundaries, Message-IDs, zip timestamps and PDF ids are fixed).
--check re-parses every .eml with email.policy.default (no defects anywhere, every text part decodes with its
declared charset; a gb2312 label is read as GBK, as mail clients do), re-derives every gold date from the
message's own Date header in Asia/Shanghai with chinesecalendar, checks the gold schema and the roster, and
verifies that the files on disk are byte-identical to what this script generates.
"""
import base64
import csv
import datetime as dt
import glob
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser
from email import quoprimime
from email.policy import compat32
from zoneinfo import ZoneInfo

import chinese_calendar as cc

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Asia/Shanghai")

# --------------------------------------------------------------------------------------------------------------
# Organisations and roster
# --------------------------------------------------------------------------------------------------------------
HOSP = "kdrmyy.example.cn"          # 康定市人民医院 (county-level public hospital, Ganzi, Sichuan)
COOP = "gtguyuan.example.cn"        # 古田县菇源食用菌专业合作社 (mushroom co-operative, Gutian, Fujian)
PEF = "hancheng-cap.example.cn"     # 上海瀚澄私募基金管理有限公司 (private equity fund manager, Lujiazui)
ALP = "alpenkamm-cn.example.com"    # Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd. (Austrian-owned, Chongli)

BOT = {
    HOSP: ("纪要助手", "jiyao@" + HOSP),
    COOP: ("纪要助手", "minutes@" + COOP),
    PEF: ("纪要助手", "minutebot@" + PEF),
    ALP: ("Minutes Bot", "minutes@" + ALP),
}

# name, email, department, manager_email, aliases
ROSTER = [
    # ---- 康定市人民医院
    ("刘建川", "liujianchuan@" + HOSP, "院领导", "", "刘院长;Liu Jianchuan"),
    ("次仁央宗", "cirenyangzong@" + HOSP, "院办公室", "liujianchuan@" + HOSP, "央宗主任;次仁主任;Ciren Yangzong"),
    ("罗小兵", "luoxiaobing@" + HOSP, "院办公室", "cirenyangzong@" + HOSP, "小罗;Luo Xiaobing"),
    ("李晓蓉", "lixiaorong@" + HOSP, "医务科", "liujianchuan@" + HOSP, "李科长;Li Xiaorong"),
    ("彭雪梅", "pengxuemei@" + HOSP, "医务科", "lixiaorong@" + HOSP, "彭干事;Peng Xuemei"),
    ("泽仁拉姆", "zerenlamu@" + HOSP, "护理部", "liujianchuan@" + HOSP, "拉姆主任;泽仁主任;Zeren Lamu"),
    ("格桑卓玛", "gesangzhuoma@" + HOSP, "急诊科", "zerenlamu@" + HOSP, "卓玛护士长;格桑护士长;Gesang Zhuoma"),
    ("何俊", "hejun@" + HOSP, "高原病科", "liujianchuan@" + HOSP, "何主任;He Jun"),
    ("杨卫东", "yangweidong@" + HOSP, "信息科", "liujianchuan@" + HOSP, "杨科长;Yang Weidong"),
    ("马骏", "majun@" + HOSP, "信息科", "yangweidong@" + HOSP, "马工;小马;Ma Jun"),
    ("扎西多吉", "zhaxiduoji@" + HOSP, "设备科", "liujianchuan@" + HOSP, "扎西科长;多吉科长;Zhaxi Duoji"),
    ("邓志刚", "dengzhigang@" + HOSP, "设备科", "zhaxiduoji@" + HOSP, "邓工;Deng Zhigang"),
    ("王德全", "wangdequan@" + HOSP, "总务科", "liujianchuan@" + HOSP, "王科长;Wang Dequan"),
    ("周敏慧", "zhouminhui@" + HOSP, "药剂科", "liujianchuan@" + HOSP, "周主任;Zhou Minhui"),
    ("陈思远", "chensiyuan@" + HOSP, "财务科", "liujianchuan@" + HOSP, "陈科长;Chen Siyuan"),
    ("龚莉", "gongli@" + HOSP, "感染管理科", "liujianchuan@" + HOSP, "龚科长;Gong Li"),
    # ---- 古田县菇源食用菌专业合作社
    ("陈宗福", "chenzongfu@" + COOP, "社务办公室", "", "陈社长;陈理事长;Chen Zongfu"),
    ("陈雅琴", "chenyaqin@" + COOP, "社务办公室", "chenzongfu@" + COOP, "雅琴;Chen Yaqin"),
    ("林德贵", "lindegui@" + COOP, "生产技术部", "chenzongfu@" + COOP, "林师傅;林部长;Lin Degui"),
    ("阮志强", "ruanzhiqiang@" + COOP, "生产技术部", "lindegui@" + COOP, "阮组长;阿强;Ruan Zhiqiang"),
    ("魏建华", "weijianhua@" + COOP, "菌棒厂", "chenzongfu@" + COOP, "魏厂长;Wei Jianhua"),
    ("郑秀英", "zhengxiuying@" + COOP, "质检部", "chenzongfu@" + COOP, "郑姐;Zheng Xiuying"),
    ("吴承志", "wuchengzhi@" + COOP, "销售部", "chenzongfu@" + COOP, "吴经理;Wu Chengzhi"),
    ("黄丽萍", "huangliping@" + COOP, "电商部", "chenzongfu@" + COOP, "黄主管;Lily Huang;Huang Liping"),
    ("张丽华", "zhanglihua@" + COOP, "电商部", "huangliping@" + COOP, "丽华;Zhang Lihua"),
    ("余晓东", "yuxiaodong@" + COOP, "财务部", "chenzongfu@" + COOP, "余会计;Yu Xiaodong"),
    ("邱文斌", "qiuwenbin@" + COOP, "仓储部", "chenzongfu@" + COOP, "邱主管;Qiu Wenbin"),
    ("钱振宇", "qianzhenyu@mdjy.example.cn", "", "", "钱老师;钱教授;Qian Zhenyu"),
    ("田中博", "tanaka@kyushu-kinoko.example.jp", "", "", "田中;田中先生;田中さん;Tanaka Hiroshi;Hiroshi Tanaka"),
    # ---- 上海瀚澄私募基金管理有限公司
    ("潘建国", "panjianguo@" + PEF, "管理层", "", "潘总;JG Pan;Pan Jianguo"),
    ("沈嘉言", "shenjiayan@" + PEF, "投资一部", "panjianguo@" + PEF, "沈总;沈總;Jason Shen;Shen Jiayan"),
    ("顾晓婷", "guxiaoting@" + PEF, "投资一部", "shenjiayan@" + PEF, "Tina Gu;晓婷;顧曉婷;Gu Xiaoting"),
    ("孔令博", "konglingbo@" + PEF, "投资一部", "shenjiayan@" + PEF, "Bob Kong;小孔;Lingbo;Kong Lingbo"),
    ("方慧", "fanghui@" + PEF, "投后管理部", "panjianguo@" + PEF, "方总监;Hui Fang;Fang Hui"),
    ("邹逸凡", "zouyifan@" + PEF, "投后管理部", "fanghui@" + PEF, "Evan Zou;逸凡;Zou Yifan"),
    ("严雯", "yanwen@" + PEF, "法务部", "panjianguo@" + PEF, "严律师;Wendy Yan;Yan Wen"),
    ("陆志恒", "luzhiheng@" + PEF, "风控合规部", "panjianguo@" + PEF, "陆总;Lu Zhiheng"),
    ("唐佳怡", "tangjiayi@" + PEF, "投资者关系部", "panjianguo@" + PEF, "Joy Tang;佳怡;Tang Jiayi"),
    ("许诺", "xunuo@" + PEF, "财务部", "panjianguo@" + PEF, "Nora Xu;Xu Nuo"),
    ("韦思琪", "weisiqi@" + PEF, "行政部", "panjianguo@" + PEF, "思琪;Wei Siqi"),
    ("鄭家豪", "kelvin.cheng@wuifung.example.com.hk", "", "", "Kelvin Cheng;郑家豪;Kelvin"),
    # ---- Alpenkamm Seilbahn Service (Zhangjiakou)
    ("Markus Gruber", "markus.gruber@" + ALP, "Management", "", "Markus;MG;马库斯"),
    ("Stefan Pichler", "stefan.pichler@" + ALP, "Technical Service", "markus.gruber@" + ALP, "Stefan;Pichler"),
    ("Katharina Egger", "katharina.egger@" + ALP, "HSE", "markus.gruber@" + ALP, "Kathi;Katharina"),
    ("赵宇航", "zhao.yuhang@" + ALP, "Technical Service", "stefan.pichler@" + ALP, "Ethan Zhao;Ethan;赵工;Zhao Yuhang"),
    ("高建军", "gao.jianjun@" + ALP, "Technical Service", "stefan.pichler@" + ALP, "高师傅;老高;Gao Jianjun;Jianjun Gao"),
    ("韦志远", "wei.zhiyuan@" + ALP, "Spare Parts & Logistics", "markus.gruber@" + ALP, "韦主管;Zhiyuan Wei;Wei Zhiyuan;Zhiyuan"),
    ("孟晓雪", "meng.xiaoxue@" + ALP, "Spare Parts & Logistics", "wei.zhiyuan@" + ALP, "Snow Meng;Snow;小孟;Meng Xiaoxue"),
    ("刘佳", "liu.jia@" + ALP, "Finance & Admin", "markus.gruber@" + ALP, "Jia Liu;Jia;Liu Jia"),
    ("董倩", "dong.qian@" + ALP, "Sales & Projects", "markus.gruber@" + ALP, "Cathy Dong;Cathy;Dong Qian"),
    ("Lukas Brandstätter", "lukas.brandstaetter@alpenkamm.example.at", "", "", "Lukas;Lukas Brandstaetter"),
    ("Jan Köhler", "jan.koehler@westfalen-seil.example.de", "", "", "Jan;Jan Koehler"),
    ("田野", "tianye@songling-resort.example.cn", "", "", "田经理;Tian Ye"),
]
BY_NAME = {r[0]: r for r in ROSTER}
BY_EMAIL = {r[1]: r for r in ROSTER}


def person(name):
    """(display name, address) of a roster person."""
    r = BY_NAME[name]
    return (r[0], r[1])


# --------------------------------------------------------------------------------------------------------------
# Header helpers (RFC 2047 written by hand so that a gb2312 label may carry GBK bytes, as Outlook does)
# --------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
         "iso-8859-1": "latin-1", "us-ascii": "ascii"}


def codec_of(label):
    return CODEC.get(label.lower(), label.lower())


def _q(b):
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


def ew(text, label="utf-8", mode="B", maxlen=75):
    """Encoded words for text (list), each at most maxlen characters, never splitting a character."""
    codec = codec_of(label)

    def enc(s):
        b = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (label, _q(b))

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold(name, atoms, width=76):
    """Fold a header: atoms is a list of (separator_before, text). Break only at separators."""
    lines, cur = [], name + ": "
    first = True
    for sep, text in atoms:
        piece = text if first else sep + text
        if not first and len(cur) + len(piece) > width:
            lines.append(cur.rstrip() if sep.strip() == "" else cur + sep.rstrip())
            cur = " " + text
        else:
            cur += piece
        first = False
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def addr_atoms(name, email, label="utf-8", mode="B", quote_ascii=False):
    if not name:
        return [("", email)]
    if needs_enc(name):
        ws = ew(name, label, mode)
        return [("", ws[0])] + [(" ", w) for w in ws[1:]] + [(" ", "<%s>" % email)]
    nm = '"%s"' % name if (quote_ascii or re.search(r'[(),.:;<>@\[\]"]', name)) else name
    parts = nm.split(" ")
    return [("", parts[0])] + [(" ", p) for p in parts[1:]] + [(" ", "<%s>" % email)]


def fold_addrs(name, people, label="utf-8", mode="B", quote_ascii=False, sep=", ", width=76):
    items = []
    for (n, e) in people:
        items.append(addr_atoms(n, e, label, mode, quote_ascii))
    lines, cur = [], name + ": "
    for i, atoms in enumerate(items):
        for j, (s, t) in enumerate(atoms):
            piece = (s if j else "") + t
            if i and j == 0:
                cur += sep.rstrip()
                piece = " " + t
            if len(cur) + len(piece) > width and cur.strip() != name + ":":
                lines.append(cur)
                cur = " " + t
            else:
                cur += piece
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def subj(text, label="utf-8", mode="B", name="Subject"):
    if not needs_enc(text):
        ws = text.split(" ")
        return fold(name, [("", ws[0])] + [(" ", w) for w in ws[1:]])
    ws = ew(text, label, mode)
    return fold(name, [("", ws[0])] + [(" ", w) for w in ws[1:]])


WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_ZH = "一二三四五六日"


def rfcdate(y, mo, d, h, mi, s, tz="+0800", pad=False, suffix=""):
    t = dt.datetime(y, mo, d, h, mi, s)
    day = ("%02d" % d) if pad else str(d)
    r = "%s, %s %s %d %02d:%02d:%02d %s" % (WD_EN[t.weekday()], day, MON_EN[mo - 1], y, h, mi, s, tz)
    return r + (" " + suffix if suffix else "")


# --------------------------------------------------------------------------------------------------------------
# MIME part helpers (compat32 Message objects, serialised with BytesGenerator without re-folding)
# --------------------------------------------------------------------------------------------------------------
def b64body(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qpbody(data):
    return quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76) + "\n"


def part(headers, payload):
    m = Message()
    for k, v in headers:
        m[k] = v
    m.set_payload(payload)
    return m


def text(body, sub="plain", cs="utf-8", cte="base64", ct=None, crlf=False, extra=(), codec=None):
    """A text/* part. body is str with \\n line ends. crlf: encode CRLF into base64 data (Windows clients)."""
    codec = codec or codec_of(cs)
    if cte == "base64":
        b = body.replace("\n", "\r\n") if crlf else body
        payload = b64body(b.encode(codec))
    elif cte == "quoted-printable":
        payload = qpbody(body.encode(codec))
    elif cte in ("8bit", "7bit"):
        payload = body.encode(codec).decode("ascii", "surrogateescape")
        if cte == "7bit":
            body.encode("ascii")
    else:
        raise ValueError(cte)
    ctype = ct or 'text/%s; charset="%s"' % (sub, cs)
    return part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), payload)


def multi(sub, parts, boundary, ct=None, preamble=None, extra=()):
    m = Message()
    m["Content-Type"] = ct or 'multipart/%s;\n\tboundary="%s"' % (sub, boundary)
    for k, v in extra:
        m[k] = v
    m.set_payload(list(parts))
    m.preamble = preamble
    return m


def attachment(data, ctype, headers):
    return part([("Content-Type", ctype)] + list(headers), b64body(data))


def rfc2231(filename):
    from urllib.parse import quote
    return "UTF-8''" + quote(filename, safe="")


def envelope(server_headers, headers, body):
    """Top-level message: server_headers (Return-Path, Delivered-To, Received...) then the client's headers in
    order; the token ("*", None) marks where the body's content headers go."""
    m = Message()
    for k, v in list(server_headers) + list(headers):
        if k == "*":
            for kk, vv in body.items():
                m[kk] = vv
        else:
            m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    return m


def serialise(m, linesep="\n"):
    buf = io.BytesIO()
    pol = compat32.clone(linesep=linesep, max_line_length=0)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m, unixfrom=False)
    return buf.getvalue()


def received_local(bot_addr, date_str, helo, ip, qid, server):
    """Headers the receiving Postfix/Dovecot of the bot's mailbox adds on delivery."""
    return [
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
         % (helo, helo if "." in helo else "unknown", ip, server, qid, bot_addr, date_str)),
    ]


def server_top(return_path, bot_addr, received):
    return [("Return-Path", "<%s>" % return_path), ("Delivered-To", bot_addr)] + list(received)


# --------------------------------------------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(paras_html, charset="utf-8", lang="ZH-CN"):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:DengXian;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '@font-face\n\t{font-family:"\\@DengXian";\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;'
            '\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:DengXian;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:DengXian;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:DengXian;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>' % charset)
    return (head + '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;'
            'text-justify-trim:punctuation\'><div class=WordSection1>%s</div></body></html>' % (lang, paras_html))


def mso_p(s, raw=False):
    if s == "":
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    return "<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p>" % (s if raw else esc(s))


def mso_table(rows, header_bold=True):
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;'
           'border:none\'>']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            c = esc(cell)
            if i == 0 and header_bold:
                c = "<b>%s</b>" % c
            out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       "<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p></td>" % c)
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def div_html(lines, style="font-family:Microsoft YaHei;font-size:14px;", wrap_div=True):
    body = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
    return body


def plain_table(rows):
    return "\n".join("\t".join(r) for r in rows)


# --------------------------------------------------------------------------------------------------------------
# Date rules (used only by --check to re-derive the hand-written gold dates)
# --------------------------------------------------------------------------------------------------------------
WDNUM = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def is_work(d):
    return cc.is_workday(d)


def holiday_name(d):
    on, name = cc.get_holiday_detail(d)
    return name if (on and name) else None


def resolve(rule, sdt):
    """Return (date, time-or-None) for a rule string, relative to the Shanghai send datetime sdt.
    abs:YYYY-MM-DD[:WD]   absolute date (optional weekday cross-check)
    wd:WD      bare weekday: this week's if today or later, else next week's
    this:WD    that day of the current Mon-Sun week        next:WD   that day of the following week
    wk:N       N working days counted from the day after sending
    today / tmr / dat (后天)
    me[:M]     last day of the send month (or of month M)
    md:D       day D of the send month
    after:Holiday   first working day after that holiday block (the next one on or after the send date)
    before:Holiday  last working day before that holiday block
    h:N        send instant + N hours (date and time)
    """
    d = sdt.date()
    k, _, a = rule.partition(":")
    if k == "abs":
        ds, _, wd = a.partition(":")
        r = dt.date.fromisoformat(ds)
        if wd and r.weekday() != WDNUM[wd]:
            raise AssertionError("weekday mismatch in %s" % rule)
        return r, None
    if k == "wd":
        return d + dt.timedelta((WDNUM[a] - d.weekday()) % 7), None
    if k == "this":
        return d - dt.timedelta(d.weekday()) + dt.timedelta(WDNUM[a]), None
    if k == "next":
        return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + WDNUM[a]), None
    if k == "wk":
        n, x = int(a), d
        while n:
            x += dt.timedelta(1)
            if is_work(x):
                n -= 1
        return x, None
    if k == "today":
        return d, None
    if k == "tmr":
        return d + dt.timedelta(1), None
    if k == "dat":
        return d + dt.timedelta(2), None
    if k == "me":
        m = int(a) if a else d.month
        nxt = dt.date(d.year + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(1), None
    if k == "md":
        return dt.date(d.year, d.month, int(a)), None
    if k in ("after", "before"):
        x = d
        while holiday_name(x) != a:
            x += dt.timedelta(1)
            if (x - d).days > 400:
                raise AssertionError("no holiday %s after %s" % (a, d))
        if k == "before":
            x -= dt.timedelta(1)
            while not is_work(x):
                x -= dt.timedelta(1)
            return x, None
        while holiday_name(x) == a or not is_work(x):
            x += dt.timedelta(1)
        return x, None
    if k == "h":
        t = sdt + dt.timedelta(hours=float(a))
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


# --------------------------------------------------------------------------------------------------------------
# Gold helpers
# --------------------------------------------------------------------------------------------------------------
def item(owner, task, due=None, rule=None, time=None, flags=(), dept=None, email=None):
    """owner: roster name, or None (no person), or a name not in the roster (then email= may be given).
    dept: for owner None, the organisation's unit that owns the item (or None)."""
    if owner is not None and owner in BY_NAME:
        r = BY_NAME[owner]
        o_email, o_dept = r[1], (r[2] or None)
    else:
        o_email, o_dept = email, dept
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.append("no_owner")
    if due is None and not ({"vague_due", "no_due"} & set(fl)):
        raise ValueError("undated item needs vague_due or no_due: %s" % task)
    order = ["vague_due", "no_owner", "no_due"]
    fl = sorted(fl, key=order.index)
    return {"owner_name": owner, "owner_email": o_email, "department": o_dept, "task": task,
            "due_date": due, "due_time": time, "flags": fl, "_rule": rule}


def followup(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}


CASES = []


def case(num, slug, kind, summary, tests):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "kind": kind, "summary": summary, "tests": tests, "fn": fn})
        return fn
    return deco


def gold_json(kind, items, nf, notes):
    its = [{k: v for k, v in i.items() if not k.startswith("_")} for i in items]
    g = {"kind": kind, "items": its,
         "next_followup": ({"date": nf["date"], "time": nf["time"]} if nf else None),
         "reply": None, "notes": notes}
    return json.dumps(g, ensure_ascii=False, indent=2) + "\n"


# ==============================================================================================================
# CASES
# ==============================================================================================================

def coremail_html(lines):
    inner = "".join("<div>%s</div>" % (l if l.startswith("<") else esc(l)) if l else "<div><br></div>"
                    for l in lines)
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br>'
            % inner)


def strip_tags(l):
    return re.sub(r"<[^>]+>", "", l)


def coremail_headers(frm, to, cc, subject, date, mid, org="kdrmyy", build="XT5.0.14 build 20240801(9da12a7b)"):
    return [
        ("Date", date),
        ("From", fold_addrs("From", [frm], "UTF-8")),
        ("To", fold_addrs("To", to, "UTF-8")),
    ] + ([("Cc", fold_addrs("Cc", cc, "UTF-8"))] if cc else []) + [
        ("Subject", subj(subject, "UTF-8")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version %s\n Copyright (c) 2002-2026 www.mailtech.cn %s" % (build, org)),
        ("*", None),
        ("MIME-Version", "1.0"),
        ("Message-ID", mid),
        ("X-Coremail-Locale", "zh_CN"),
    ]


# ---------------------------------------------------------------------------------------- 7601
@case(7601, "hosp-yuanzhang-office-yishi-coremail", "minutes",
      "4 items (2 unit-owned no_owner), 节后第一个工作日 -> 04-07, 本月底, no follow-up",
      "Coremail UTF-8 base64 alt; formal 院长办公会 minutes 一是…六是 with 责任科室/完成时限 labels; 'unit（person）' "
      "owner; 牵头/配合; 汇报/强调/原则同意 not items; Qingming eve")
def c7601():
    lines = [
        "各位领导、各科室：",
        "",
        "现将2026年第7次院长办公会议纪要印发如下，请各责任科室抓紧落实，落实情况于完成时限当日报院办公室。",
        "",
        "<b>院长办公会议纪要</b>",
        "（2026年第7期）",
        "",
        "会议时间：2026年4月2日（星期四）上午9:00",
        "会议地点：行政楼三楼会议室",
        "主 持 人：刘建川",
        "参会人员：次仁央宗、李晓蓉、泽仁拉姆、杨卫东、扎西多吉、王德全、周敏慧、陈思远、何俊",
        "记 录 人：罗小兵",
        "",
        "会议听取了财务科关于2026年一季度预算执行情况的汇报，听取了医务科关于3月份医疗质量安全工作的汇报。经研究，议定事项如下：",
        "",
        "一是关于高原病诊疗中心改造。会议同意将门诊楼二层东侧改造为高原病诊疗中心候诊区。",
        "责任科室：总务科（王德全），设备科配合",
        "完成时限：4月15日前完成施工方案并报院办公室",
        "",
        "二是关于清明节假期医疗安全。会议要求节日期间严格落实首诊负责制和领导带班制度。",
        "责任科室：医务科牵头，护理部配合",
        "完成时限：4月3日下班前报送节日值班表",
        "",
        "三是关于信息系统等级保护测评整改。测评发现的12项中风险问题须限期整改。",
        "责任科室：信息科（杨卫东）",
        "完成时限：节后第一个工作日报送整改方案",
        "",
        "四是关于第十一批国家组织药品集中带量采购品种落地。",
        "责任科室：药剂科",
        "完成时限：本月底前完成院内品种替换及库存衔接",
        "",
        "五是关于加强劳务派遣人员管理。会议强调，各科室要严格执行考勤制度，不得安排派遣人员单独顶岗值班。",
        "",
        "六是会议原则同意设备科提出的2026年度大型医疗设备维保合同续签方案，按程序办理。",
        "",
        "院办公室",
        "2026年4月2日",
        "",
        "--",
        "罗小兵",
        "康定市人民医院 院办公室",
        "内线：8016",
    ]
    plain = "\n".join(strip_tags(l) for l in lines) + "\n"
    html = coremail_html(lines)
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "base64", ct="text/html; charset=UTF-8"),
    ], "----=_Part_238851_1597113964.1775119211602")
    date = "Thu, 2 Apr 2026 16:40:11 +0800 (GMT+08:00)"
    frm = person("罗小兵")
    to = [person(n) for n in ("刘建川", "次仁央宗", "李晓蓉", "泽仁拉姆", "杨卫东", "扎西多吉", "王德全",
                              "周敏慧", "陈思远", "何俊")]
    hdrs = coremail_headers(frm, to, [BOT[HOSP]], "院长办公会议纪要（2026年第7期）", date,
                            "<3b9f7c21.4a1e.19d4d8e6a52.Coremail.luoxiaobing@kdrmyy.example.cn>")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from luoxiaobing$kdrmyy.example.cn ( [10.36.8.21] ) by\n ajax-webmail-mail.kdrmyy.example.cn "
         "(Coremail) ; Thu, 2 Apr 2026 16:40:11 +0800\n (GMT+08:00)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("王德全", "完成高原病诊疗中心改造施工方案并报院办公室", "2026-04-15", "abs:2026-04-15"),
        item(None, "报送清明节假期值班表", "2026-04-03", "abs:2026-04-03", dept="医务科"),
        item("杨卫东", "报送信息系统等级保护测评整改方案", "2026-04-07", "after:Tomb-sweeping Day"),
        item(None, "完成第十一批集采药品院内品种替换及库存衔接", "2026-04-30", "me", dept="药剂科"),
    ]
    notes = ("Formal 院长办公会 minutes sent by 院办 on Thu 2026-04-02 16:40, the day before the Qingming break "
             "(04-04..04-06). Items are the 议定事项 that carry 责任科室/完成时限 labels. 一是: '总务科（王德全）' = "
             "a person in brackets after a unit owns it; 设备科配合 is not an owner; '4月15日前' -> 2026-04-15. "
             "二是: '医务科牵头，护理部配合' names only units -> owner null, no_owner, department 医务科; "
             "'4月3日下班前' -> 2026-04-03 without a time (下班前 gives no time, as 今天下班前 does). 三是: "
             "'节后第一个工作日' = first working day after Qingming = Tue 2026-04-07. 四是: unit 药剂科 only -> "
             "no_owner; '本月底前' -> 2026-04-30. Not items: the 汇报 sentences (reports), 五是 (会议强调: a "
             "standing rule with no owner or date) and 六是 (原则同意…按程序办理: a decision). No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7602
@case(7602, "hosp-nursing-committee-by-person-outlook-plain", "minutes",
      "5 items grouped by person with ①②, 下周三前, 3个工作日内, 本月底前; next 05-12 15:00",
      "Outlook plain-text-only gb2312 base64 (CRLF); minutes grouped by responsible person with ①② sub-tasks; "
      "上月工作回顾 (done) not items; 下次会议 label with 下午3:00")
def c7602():
    body_txt = """各位委员：

4月14日护理质量与安全管理委员会会议纪要如下，请查收，如有补充请今天内告诉我。

一、会议基本情况
时间：2026年4月14日（周二）14:30-16:10
地点：护理部会议室
主持：泽仁拉姆
参加：各病区护士长、感染管理科龚莉、急诊科格桑卓玛
记录：护理部

二、上月工作回顾
1. 3月份护理不良事件分析已完成，已在院内通报。
2. 高原病区夜班双人值守已全面落实。

三、工作安排（按责任人）
泽仁拉姆（护理部）：
①4月20日前完成高原病区护理质量敏感指标一季度分析报告；
②牵头修订《氧疗护理操作规范》，本月底前印发。
格桑卓玛（急诊科护士长）：
①下周三前组织急诊预检分诊专题培训1次；
②3个工作日内上报3月份不良事件整改台账。
龚莉（感染管理科）：
4月17日前反馈各病区多重耐药菌监测数据。

四、下次会议
5月12日（周二）下午3:00，护理部会议室。

护理部
2026年4月14日

泽仁拉姆
康定市人民医院护理部
"""
    body = text(body_txt, "plain", "gb2312", "base64", ct='text/plain;\n\tcharset="gb2312"', crlf=True)
    frm = person("泽仁拉姆")
    to = [person(n) for n in ("格桑卓玛", "龚莉", "何俊", "李晓蓉")]
    date = "Tue, 14 Apr 2026 17:55:42 +0800"
    hdrs = [
        ("From", fold_addrs("From", [frm], "gb2312")),
        ("To", fold_addrs("To", to, "gb2312")),
        ("Cc", fold_addrs("Cc", [BOT[HOSP]], "gb2312")),
        ("Subject", subj("护理质量与安全管理委员会会议纪要（4月）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<000001dccbf1$6e7a1c30$4b6e5490$@kdrmyy.example.cn>"),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzL8WyWkKZ0xjQ7TTe2c4yFVr9rFQ=="),
        ("Content-Language", "zh-cn"),
    ]
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from ZERENLAMU-PC (unknown [10.36.12.40])\n\tby mail.kdrmyy.example.cn (Coremail) with SMTP id "
         "AQAAfwBXpD9OG95pAbcBAA--.2231S2;\n\tTue, 14 Apr 2026 17:55:43 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("泽仁拉姆", "完成高原病区护理质量敏感指标一季度分析报告", "2026-04-20", "abs:2026-04-20:MON"),
        item("泽仁拉姆", "修订《氧疗护理操作规范》并印发", "2026-04-30", "me"),
        item("格桑卓玛", "组织急诊预检分诊专题培训1次", "2026-04-22", "next:WED"),
        item("格桑卓玛", "上报3月份不良事件整改台账", "2026-04-17", "wk:3"),
        item("龚莉", "反馈各病区多重耐药菌监测数据", "2026-04-17", "abs:2026-04-17"),
    ]
    nf = followup("2026-05-12", "15:00", "abs:2026-05-12:TUE")
    notes = ("Nursing committee minutes grouped by responsible person, sent Tue 2026-04-14 17:55 from Outlook in "
             "plain-text mode (gb2312, base64, CRLF). Each person heading owns the ①② lines below it: 泽仁拉姆 ① "
             "04-20, ② '牵头修订…本月底前印发' -> 2026-04-30 (牵头 = owner); 格桑卓玛 ① '下周三前' from a Tuesday "
             "-> next calendar week's Wednesday 2026-04-22, ② '3个工作日内' counted from Wed 04-15 -> 04-15, 04-16, "
             "04-17 = 2026-04-17; 龚莉 has a single unnumbered line -> 04-17. '二、上月工作回顾' lists completed work "
             "(已完成/已落实), not items; '如有补充请今天内告诉我' is a request to readers, not an item. 下次会议 "
             "'5月12日（周二）下午3:00' -> 2026-05-12 15:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7603
def outlook_headers(frm, to, cc, subject, date, mid, tindex, label="gb2312", lang="zh-cn", extra_top=()):
    return [
        ("From", fold_addrs("From", [frm], label)),
        ("To", fold_addrs("To", to, label)),
    ] + ([("Cc", fold_addrs("Cc", cc, label))] if cc else []) + list(extra_top) + [
        ("Subject", subj(subject, label)),
        ("Date", date),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", tindex),
        ("Content-Language", lang),
    ]


@case(7603, "hosp-it-collab-tracking-table-outlook-gbk", "minutes",
      "4 items from 跨部门协作事项跟踪表 (已完成 row skipped, 待定 vague); next 05-06 09:30 (day after May Day break)",
      "Outlook gb2312-labelled base64 HTML+text carrying GBK-only 喆; seed tracking table: 责任人（发起方） owns the "
      "row, 责任人（协作方） does not; 实际完成时间 + 已完成 row excluded; 风险点 column not items")
def c7603():
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
         "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "电子病历系统升级（V6.2）", "信息科", "医务科", "杨卫东", "彭雪梅", "2026-04-01", "2026-05-15", "-",
         "进行中（已完成60%）", "病历模板需临床确认，已约医务科逐科室过一遍"],
        ["2", "PACS影像存储扩容", "信息科", "设备科", "马骏", "扎西多吉", "2026-04-07", "2026-04-20", "2026-04-18",
         "已完成", "-"],
        ["3", "护理移动终端（PDA）采购", "设备科", "护理部", "扎西多吉", "泽仁拉姆", "2026-04-10", "2026-05-08", "-",
         "进行中", "招标公告已挂网，如流标需二次挂网，预留1周"],
        ["4", "州级远程会诊平台对接", "医务科", "信息科", "李晓蓉", "马骏", "2026-04-15", "待定", "-", "未开始",
         "州里接口规范尚未下发"],
        ["5", "高原病专病数据采集模块", "高原病科", "信息科", "何俊", "马骏", "2026-04-20", "2026-06-30", "-",
         "进行中", "字段需与科研组统一"],
    ]
    intro = [
        "各位：",
        "",
        "4月21日信息化建设推进会已开，跟踪表更新如下，请各责任人按计划完成时间推进，有变化及时告诉我。",
        "",
        "会议时间：2026年4月21日（周二）15:00-16:30",
        "参会人员：杨卫东、马骏、李晓蓉、彭雪梅、扎西多吉、泽仁拉姆、何俊，厂商驻场工程师李喆",
        "",
        "跨部门协作事项跟踪表",
    ]
    outro = [
        "",
        "下次推进会：5月6日（周三）上午9:30，信息科会议室。",
        "",
        "杨卫东",
        "康定市人民医院 信息科",
        "内线：8203",
    ]
    plain = "\n".join(intro) + "\n" + plain_table(rows) + "\n" + "\n".join(outro) + "\n"
    html = outlook_html("".join(mso_p(l) for l in intro) + mso_table(rows) + "".join(mso_p(l) for l in outro),
                        "gb2312")
    bnd = "----=_NextPart_000_0006_01DCD1F5.3A9C2E10"
    body = multi("alternative", [
        text(plain, "plain", "gb2312", "base64", ct='text/plain;\n\tcharset="gb2312"', crlf=True),
        text(html, "html", "gb2312", "base64", ct='text/html;\n\tcharset="gb2312"', crlf=True),
    ], bnd, preamble="This is a multipart message in MIME format.")
    frm = person("杨卫东")
    to = [person(n) for n in ("马骏", "李晓蓉", "彭雪梅", "扎西多吉", "泽仁拉姆", "何俊")]
    hdrs = outlook_headers(frm, to, [BOT[HOSP]], "信息化建设推进会纪要及跟踪表（4月21日）",
                           "Wed, 22 Apr 2026 10:12:37 +0800", "<000501dcd1f5$3a9c2e10$afd48a30$@kdrmyy.example.cn>",
                           "AdzR9TiRbGh1nRBxQ9aZ8w0Ew3Wk0A==")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from YANGWEIDONG-PC (unknown [10.36.8.77])\n\tby mail.kdrmyy.example.cn (Coremail) with SMTP id "
         "AQAAfwB3mS9lMOhpxr4CAA--.3317S2;\n\tWed, 22 Apr 2026 10:12:38 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("杨卫东", "电子病历系统升级（V6.2）", "2026-05-15", "abs:2026-05-15"),
        item("扎西多吉", "护理移动终端（PDA）采购", "2026-05-08", "abs:2026-05-08"),
        item("李晓蓉", "州级远程会诊平台对接", None, None, flags=["vague_due"]),
        item("何俊", "高原病专病数据采集模块", "2026-06-30", "abs:2026-06-30"),
    ]
    nf = followup("2026-05-06", "09:30", "abs:2026-05-06:WED")
    notes = ("Seed 跨部门协作事项跟踪表 pasted into Outlook (HTML table; the plain part is tab-separated), sent Wed "
             "2026-04-22. One item per open row, owned by 责任人（发起方）; 责任人（协作方） supports and is not an "
             "owner; task = 事项名称; due = 计划完成时间. Row 2 has an 实际完成时间 and 进展 已完成 -> not an item. "
             "Row 4 计划完成时间 '待定' -> due null, vague_due. 风险点及应对措施 cells are remarks, not items. The "
             "charset label is gb2312 but the text carries GBK-only 喆 (厂商驻场工程师李喆, a participant, not an "
             "owner): decode as GBK. 下次推进会 '5月6日（周三）上午9:30' -> 2026-05-06 09:30, the first working day "
             "after the May Day break.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


def make_docx(blocks, author, when, title="", east_asia="宋体"):
    """A real .docx (python-docx) with fixed metadata and fixed zip timestamps. blocks: ("h", text) heading,
    ("p", text) paragraph, ("t", rows) table with a header row."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    for kind, val in blocks:
        if kind == "h":
            p = d.add_paragraph()
            p.alignment = 1
            r = p.add_run(val)
            r.bold = True
            r.font.size = docx.shared.Pt(16)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, when.hour,
                                                            when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def foxmail_html(lines, addr, charset="GB2312"):
    inner = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { '
            'line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); '
            'line-height: 1.5; }</style></head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" '
            'color="#b5c4df" size="1" align="left">\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; '
            'FONT-SIZE: 10pt"><div>%s</div></div></span></div>\n</body></html>' % (charset, inner, addr))


def foxmail_headers(frm, to, cc, subject, date, mid, guid, label="GB2312", attach=False, ver="7.2.25.375[cn]"):
    return [
        ("Date", date),
        ("From", fold_addrs("From", [frm], label)),
        ("To", fold_addrs("To", to, label)),
    ] + ([("Cc", fold_addrs("Cc", cc, label))] if cc else []) + [
        ("Subject", subj(subject, label)),
        ("X-Priority", "3"),
        ("X-GUID", guid),
        ("X-Has-Attach", "yes" if attach else "no"),
        ("X-Mailer", "Foxmail %s" % ver),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("*", None),
    ]


# ---------------------------------------------------------------------------------------- 7604
@case(7604, "hosp-altitude-center-docx-foxmail", "minutes",
      "5 items from a .docx table (1 unit-only), 5月底前; next 06-05 10:00 from the attachment",
      "Foxmail GB2312 alt + real .docx attachment (RFC 2231 name); short cover body; the minutes (议定事项 table "
      "责任科室/责任人/完成时限) are only in the attachment")
def c7604():
    when = dt.datetime(2026, 5, 9, 10, 12, 0)
    rows = [
        ["序号", "工作任务", "责任科室", "责任人", "完成时限"],
        ["1", "完成诊疗中心布局图纸第二轮修改并送审", "总务科", "王德全", "5月15日前"],
        ["2", "提交高压氧舱采购参数论证报告", "设备科", "扎西多吉", "5月22日前"],
        ["3", "制定高原病专科护士培训计划", "护理部", "泽仁拉姆", "5月底前"],
        ["4", "向州卫生健康委员会报送项目申报材料", "院办公室", "次仁央宗", "6月1日前"],
        ["5", "完成项目配套资金测算", "财务科", "", "6月5日前"],
    ]
    blocks = [
        ("h", "关于高原病诊疗中心建设推进的专题会议纪要"),
        ("p", "康市医办纪〔2026〕12号"),
        ("p", "会议时间：2026年5月8日（星期五）15:00—16:40"),
        ("p", "会议地点：行政楼三楼会议室"),
        ("p", "主 持 人：刘建川"),
        ("p", "参加人员：次仁央宗、王德全、扎西多吉、泽仁拉姆、何俊、陈思远"),
        ("p", "记 录 人：罗小兵"),
        ("p", "会议听取了总务科关于诊疗中心改造工程进展情况的汇报和高原病科关于专科建设规划的汇报。会议认为，"
              "高原病诊疗中心是我院申报州级重点专科的核心支撑，各科室要加快推进。经研究，议定以下事项："),
        ("t", rows),
        ("p", "会议要求：各责任科室每周五下班前将进展情况报院办公室，由院办汇总后报院长。"),
        ("p", "下次专题会：6月5日（星期五）上午10:00，地点另行通知。"),
        ("p", "康定市人民医院院办公室"),
        ("p", "2026年5月9日"),
    ]
    docx_bytes = make_docx(blocks, "次仁央宗", when, "专题会议纪要")
    lines = [
        "各位：",
        "",
        "附件是5月8日高原病诊疗中心建设专题会的会议纪要（已经刘院长审定），请各责任科室按时限落实，"
        "有困难的提前跟我说。",
        "",
        "次仁央宗",
        "康定市人民医院 院办公室",
    ]
    plain = "\n".join(lines) + "\n"
    addr = person("次仁央宗")[1]
    fname = "关于高原病诊疗中心建设推进的专题会议纪要.docx"
    body = multi("mixed", [
        multi("alternative", [
            text(plain + "\n" + addr + "\n", "plain", "GB2312", "base64", ct='text/plain;\n\tcharset="GB2312"',
                 crlf=True),
            text(foxmail_html(lines, addr), "html", "GB2312", "base64", ct='text/html;\n\tcharset="GB2312"',
                 crlf=True),
        ], "----=_002_NextPart483302162711_=----"),
        attachment(docx_bytes, DOCX_CT + ";\n\tname*=" + rfc2231(fname),
                   [("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", "attachment;\n\tfilename*=" + rfc2231(fname))]),
    ], "----=_001_NextPart127486115043_=----", preamble="This is a multi-part message in MIME format.")
    frm = person("次仁央宗")
    to = [person(n) for n in ("王德全", "扎西多吉", "泽仁拉姆", "陈思远", "何俊")]
    cc = [person("刘建川"), BOT[HOSP]]
    hdrs = foxmail_headers(frm, to, cc, "专题会议纪要：高原病诊疗中心建设推进（5月8日）",
                           "Mon, 11 May 2026 09:05:18 +0800", "<202605110905180128375@kdrmyy.example.cn>",
                           "6E8B1F0A-3C52-4D7E-9A61-2F4B0C9D7E13", attach=True)
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from CIRENYZ-PC (unknown [10.36.8.30])\n\tby mail.kdrmyy.example.cn (Coremail) with SMTP id "
         "AQAAfwCnZ0xOLgBqBQMAAA--.512S2;\n\tMon, 11 May 2026 09:05:19 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("王德全", "完成诊疗中心布局图纸第二轮修改并送审", "2026-05-15", "abs:2026-05-15"),
        item("扎西多吉", "提交高压氧舱采购参数论证报告", "2026-05-22", "abs:2026-05-22"),
        item("泽仁拉姆", "制定高原病专科护士培训计划", "2026-05-31", "me:5"),
        item("次仁央宗", "向州卫生健康委员会报送项目申报材料", "2026-06-01", "abs:2026-06-01:MON"),
        item(None, "完成项目配套资金测算", "2026-06-05", "abs:2026-06-05", dept="财务科"),
    ]
    nf = followup("2026-06-05", "10:00", "abs:2026-06-05:FRI")
    notes = ("The minutes are only in the attached .docx (a real Word file; its 议定事项 table has 责任科室/责任人/"
             "完成时限); the Foxmail body (Mon 2026-05-11) is a short cover note. Record what a reader of the "
             "attachment records. All deadlines are absolute, so the meeting date (05-08) and the send date agree: "
             "05-15, 05-22, '5月底前' -> 2026-05-31, 06-01, 06-05. Row 5 has 责任科室 财务科 and an empty 责任人 -> "
             "owner null, no_owner, department 财务科. Not items: the 汇报 sentence, 会议认为 (a finding), 会议要求 "
             "'每周五下班前…报院办' (a standing rule). 下次专题会 '6月5日（星期五）上午10:00' -> 2026-06-05 10:00 "
             "(location TBD does not matter). The attachment name is RFC 2231 encoded.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7605
@case(7605, "hosp-oxygen-issue-hours-coremail-plain", "minutes",
      "4 items: 4小时内 -> 14:20, 24小时内 -> next day 10:20, 今天下班前, 明天下午3点前; next 明早8:30",
      "Coremail plain-text-only UTF-8 QP; seed 问题协调解决记录表 (紧急程度 高) as label lines; hour deadlines "
      "from the Date header; standing '即日起每2小时巡检' and 计划解决时间 field are not items")
def c7605():
    body_txt = """各位：

今天早上急诊供氧压力报警的问题，9:30在急诊科开了现场协调会，记录如下，请各位按分工落实。

问题协调解决记录表
问题编号：WT-2026-0519-01
问题描述：5月19日凌晨起急诊科中心供氧终端压力多次报警（最低降至0.28MPa），抢救室、留观区均受影响
提交人：急诊科 格桑卓玛
提交时间：2026-05-19 07:40
紧急程度：高
影响范围：急诊抢救室、留观区，约20个床位
责任部门：设备科（牵头）、总务科、信息科、急诊科
解决方案及分工：
1. 设备科扎西多吉：4小时内完成中心供氧管路压力检测，出具检测报告；
2. 总务科王德全：24小时内调配备用医用氧气钢瓶20瓶至急诊科；
3. 急诊科格桑卓玛：今天下班前完成在院氧疗患者逐一评估并登记；
4. 信息科马骏：明天下午3点前在不良事件系统中增加“供氧异常”上报入口；
5. 氧气站值班人员即日起每2小时巡检一次，巡检记录留存备查。
计划解决时间：2026-05-19 18:00
实际解决时间：

明早8:30在急诊科碰头，复核整改情况。

扎西多吉
设备科
"""
    body = text(body_txt, "plain", "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8")
    frm = person("扎西多吉")
    to = [person(n) for n in ("王德全", "格桑卓玛", "马骏", "李晓蓉")]
    cc = [person("刘建川"), person("次仁央宗"), BOT[HOSP]]
    date = "Tue, 19 May 2026 10:20:33 +0800 (GMT+08:00)"
    hdrs = coremail_headers(frm, to, cc, "【紧急】急诊供氧压力报警问题协调记录", date,
                            "<6c21de0f.8b2.19e3e2f6a44.Coremail.zhaxiduoji@kdrmyy.example.cn>")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from zhaxiduoji$kdrmyy.example.cn ( [10.36.15.62] ) by\n ajax-webmail-mail.kdrmyy.example.cn "
         "(Coremail) ; Tue, 19 May 2026 10:20:33 +0800\n (GMT+08:00)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("扎西多吉", "完成中心供氧管路压力检测，出具检测报告", "2026-05-19", "h:4", time="14:20"),
        item("王德全", "调配备用医用氧气钢瓶20瓶至急诊科", "2026-05-20", "h:24", time="10:20"),
        item("格桑卓玛", "完成在院氧疗患者逐一评估并登记", "2026-05-19", "today"),
        item("马骏", "在不良事件系统中增加“供氧异常”上报入口", "2026-05-20", "tmr", time="15:00"),
    ]
    nf = followup("2026-05-20", "08:30", "tmr")
    notes = ("Seed 问题协调解决记录表 written as label lines in a plain-text Coremail mail (UTF-8 QP), sent Tue "
             "2026-05-19 10:20:33 +0800. Hour deadlines count from the Date header: '4小时内' -> 2026-05-19 14:20; "
             "'24小时内' -> 2026-05-20 10:20. '今天下班前' -> 2026-05-19, no time. '明天下午3点前' -> 2026-05-20 "
             "15:00. Owners are 'unit+name' (设备科扎西多吉 …). Line 5 ('氧气站值班人员即日起每2小时巡检一次') is a "
             "standing instruction to a duty role with no deliverable or deadline -> not an item (AMBIGUOUS: a "
             "tool might list it as no_owner/no_due; a careful assistant would not track a recurring rule). "
             "计划解决时间 (the overall target for the issue) and 提交时间 are form fields, not items. "
             "'明早8:30在急诊科碰头' is the next meeting -> 2026-05-20 08:30.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7606
@case(7606, "hosp-equipment-weekly-re-thread-coremail", "minutes",
      "5 items (two-owner line -> 2 items, dept-only 端午节前 -> 06-18, 尽快); next 下周一同一时间 -> 06-08 16:00",
      "Coremail 'Re:' reply in last week's thread carrying this week's minutes; quoted '-----原始邮件-----' old "
      "minutes (no '>' prefixes) are not items; 上周事项跟进 (done/status) not items; 邓工 = writer's alias")
def c7606():
    new = """各位，本周例会纪要接着发在这个邮件里：

设备科周例会纪要（6月1日）
时间：6月1日（周一）16:00-16:50
地点：设备科办公室
参加：扎西多吉、邓志刚及科室全体工程师

一、上周事项跟进
1. 输液泵年度校准（邓志刚）——已完成，校准报告已归档。
2. CT机球管更换——厂家已于5月29日更换完毕，待性能验收。

二、本周工作安排
1. 扎西多吉：本周四前组织CT机球管更换后的性能验收，验收报告报医务科备案。
2. 设备科：端午节前汇总各临床科室设备巡检问题清单。
3. 邓工：尽快联系厂家工程师上门维修ICU两台呼吸机（型号见上周附表）。
4. 扎西多吉、邓志刚：6月10日前完成门诊楼空调机组夏季保养。

下周一同一时间再碰一次。

邓志刚
设备科
"""
    old = """
-----原始邮件-----
发件人:邓志刚 <dengzhigang@kdrmyy.example.cn>
发送时间:2026-05-25 17:32:10 (星期一)
收件人:扎西多吉 <zhaxiduoji@kdrmyy.example.cn>
抄送:纪要助手 <jiyao@kdrmyy.example.cn>
主题:设备科周例会纪要（5月25日）

设备科周例会纪要（5月25日）
时间：5月25日（周一）16:00-16:40
参加：扎西多吉、邓志刚及科室全体工程师

本周工作安排
1. 邓志刚：5月29日前完成输液泵年度校准。
2. 扎西多吉：督促厂家本周五前完成CT机球管更换。
3. 设备科：5月底前梳理ICU呼吸机维修记录，形成附表。

下周一同一时间再碰一次。
"""
    plain = new + old
    html_new = coremail_html(new.rstrip("\n").split("\n"))
    html_old = ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
                '<pre><br>-----原始邮件-----<br>发件人:邓志刚 &lt;dengzhigang@kdrmyy.example.cn&gt;<br>'
                '发送时间:2026-05-25 17:32:10 (星期一)<br>收件人:扎西多吉 &lt;zhaxiduoji@kdrmyy.example.cn&gt;<br>'
                '抄送:纪要助手 &lt;jiyao@kdrmyy.example.cn&gt;<br>主题:设备科周例会纪要（5月25日）<br></pre>'
                '<blockquote id="ntes-pcmail-quote" style="padding-left:1ex;margin:0px 0px 0px 0.8ex;'
                'border-left:#ccc 1px solid">%s</blockquote>'
                % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in old.split("主题:设备科周例会纪要（5月25日）\n")[1].split("\n")))
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8"),
        text(html_new + html_old, "html", "UTF-8", "base64", ct="text/html; charset=UTF-8"),
    ], "----=_Part_301877_1246618203.1780306210517")
    frm = person("邓志刚")
    to = [person("扎西多吉")]
    cc = [BOT[HOSP]]
    date = "Mon, 1 Jun 2026 17:30:10 +0800 (GMT+08:00)"
    hdrs = coremail_headers(frm, to, cc, "Re:设备科周例会纪要（5月25日）", date,
                            "<1f0e7a63.3c1.19e8c4b2d17.Coremail.dengzhigang@kdrmyy.example.cn>")
    hdrs.insert(5, ("In-Reply-To", "<58d2c0a1.2e7.19e5f0c1a02.Coremail.dengzhigang@kdrmyy.example.cn>"))
    hdrs.insert(6, ("References", "<58d2c0a1.2e7.19e5f0c1a02.Coremail.dengzhigang@kdrmyy.example.cn>"))
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from dengzhigang$kdrmyy.example.cn ( [10.36.15.71] ) by\n ajax-webmail-mail.kdrmyy.example.cn "
         "(Coremail) ; Mon, 1 Jun 2026 17:30:10 +0800\n (GMT+08:00)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("扎西多吉", "组织CT机球管更换后的性能验收，验收报告报医务科备案", "2026-06-04", "this:THU"),
        item(None, "汇总各临床科室设备巡检问题清单", "2026-06-18", "before:Dragon Boat Festival", dept="设备科"),
        item("邓志刚", "联系厂家工程师上门维修ICU两台呼吸机", None, None, flags=["vague_due"]),
        item("扎西多吉", "完成门诊楼空调机组夏季保养", "2026-06-10", "abs:2026-06-10"),
        item("邓志刚", "完成门诊楼空调机组夏季保养", "2026-06-10", "abs:2026-06-10"),
    ]
    nf = followup("2026-06-08", "16:00", "next:MON")
    notes = ("New minutes (6月1日) posted as 'Re:' in the thread of last week's minutes, so the Subject still says "
             "5月25日; kind is minutes, not reply. Sent Mon 2026-06-01 17:30. Only the new part counts; the quoted "
             "'-----原始邮件-----' block (plain part has no '>' prefixes) holds last week's items and is not "
             "re-extracted. '一、上周事项跟进' is status (已完成 / 待验收), not items. #1 '本周四前' -> 2026-06-04. "
             "#2 unit 设备科 only -> no_owner; '端午节前' = the last working day before the Dragon Boat break "
             "(06-19..06-21) -> Thu 2026-06-18. #3 '邓工' = 邓志刚 (roster alias; he is also the writer); '尽快' -> "
             "vague_due. #4 names two people for one task -> two items, both 2026-06-10. '下周一同一时间再碰一次': "
             "this meeting was Monday 16:00 -> next 2026-06-08 16:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7607
@case(7607, "hosp-pharmacy-forwarded-preface-outlook", "minutes",
      "3 items from the forwarded part (1 unit-only, 6月底前, 下周三前 -> 06-17); next null (7月上旬另行通知)",
      "Outlook '转发:' gb2312 (GBK-only 昇) with a preface that names people and asks things (not items); "
      "forwarded 发件人/发送时间 block must not be cut as a quote; 配合+初稿已完成 line not an item")
def c7607():
    preface = [
        "纪要助手：请跟踪以下药事会的工作安排。",
        "陈科长，第3项涉及预算，请留意一下；抗菌药物点评结果出来后也请周主任抄送医务科一份。",
        "",
        "李晓蓉",
        "医务科",
        "",
    ]
    fwd_hdr = [
        "发件人: 周敏慧 <zhouminhui@kdrmyy.example.cn> ",
        "发送时间: 2026年6月9日 18:02",
        "收件人: 刘建川 <liujianchuan@kdrmyy.example.cn>; 李晓蓉 <lixiaorong@kdrmyy.example.cn>; 何俊 "
        "<hejun@kdrmyy.example.cn>; 陈思远 <chensiyuan@kdrmyy.example.cn>; 泽仁拉姆 <zerenlamu@kdrmyy.example.cn>",
        "主题: 药事管理与药物治疗学委员会2026年第二次会议纪要",
        "",
    ]
    orig = [
        "各位委员：",
        "",
        "药事管理与药物治疗学委员会2026年第二次会议于6月9日下午召开，参会委员：刘建川、李晓蓉、周敏慧、何俊、"
        "陈思远、泽仁拉姆，列席：药剂科临床药师邱昇。纪要如下。",
        "",
        "一、会议内容",
        "1. 通报了一季度抗菌药物使用强度为38.6 DDDs，低于40的控制目标。",
        "2. 审议通过新增药品遴选结果，同意乙酰唑胺片等5个品种进入本院基本用药目录。",
        "",
        "二、工作安排",
        "1. 周敏慧：6月15日前完成第二季度抗菌药物专项点评，点评结果在院内公示。",
        "2. 药剂科：6月底前完成高原常用药品（乙酰唑胺片、硝苯地平缓释片等）库存盘点及效期清理。",
        "3. 财务科陈思远：下周三前核算新增5个品种的年度采购预算。",
        "4. 何俊主任：配合药剂科拟定高原病用药指引（初稿已完成，待下次委员会审定）。",
        "",
        "三、下次会议",
        "7月上旬召开，具体时间另行通知。",
        "",
        "周敏慧",
        "药剂科",
    ]
    plain = "\n".join(preface + fwd_hdr + orig) + "\n"
    fwd_html = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                "<p class=MsoNormal align=left style='text-align:left'><b>发件人<span lang=EN-US>:</span></b>"
                "<span lang=EN-US> </span>周敏慧<span lang=EN-US> &lt;zhouminhui@kdrmyy.example.cn&gt; <br></span>"
                "<b>发送时间<span lang=EN-US>:</span></b><span lang=EN-US> 2026</span>年<span lang=EN-US>6</span>月"
                "<span lang=EN-US>9</span>日<span lang=EN-US> 18:02<br></span><b>收件人<span lang=EN-US>:</span>"
                "</b><span lang=EN-US> </span>%s<br><b>主题<span lang=EN-US>:</span></b><span lang=EN-US> </span>"
                "药事管理与药物治疗学委员会<span lang=EN-US>2026</span>年第二次会议纪要<span lang=EN-US><o:p></o:p>"
                "</span></p></div></div>" % esc(fwd_hdr[2][len("收件人: "):]))
    html = outlook_html("".join(mso_p(l) for l in preface) + fwd_html + mso_p("") +
                        "".join(mso_p(l) for l in orig), "gb2312")
    body = multi("alternative", [
        text(plain, "plain", "gb2312", "base64", ct='text/plain;\n\tcharset="gb2312"', crlf=True),
        text(html, "html", "gb2312", "base64", ct='text/html;\n\tcharset="gb2312"', crlf=True),
    ], "----=_NextPart_000_0011_01DCF8B4.2C5D6E70", preamble="This is a multipart message in MIME format.")
    frm = person("李晓蓉")
    to = [BOT[HOSP]]
    cc = [person("周敏慧"), person("陈思远"), person("何俊")]
    hdrs = outlook_headers(frm, to, cc, "转发: 药事管理与药物治疗学委员会2026年第二次会议纪要",
                           "Wed, 10 Jun 2026 09:15:26 +0800", "<001101dcf8b4$2c5d6e70$851a4b50$@kdrmyy.example.cn>",
                           "AdzvYHYcl3KsSXlGTVOH5l7cbw0NagAmXjLA")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from LIXIAORONG-PC (unknown [10.36.9.14])\n\tby mail.kdrmyy.example.cn (Coremail) with SMTP id "
         "AQAAfwDXqF0+vChqP7YGAA--.1109S2;\n\tWed, 10 Jun 2026 09:15:27 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("周敏慧", "完成第二季度抗菌药物专项点评，点评结果在院内公示", "2026-06-15", "abs:2026-06-15"),
        item(None, "完成高原常用药品库存盘点及效期清理", "2026-06-30", "me", dept="药剂科"),
        item("陈思远", "核算新增5个品种的年度采购预算", "2026-06-17", "next:WED"),
    ]
    notes = ("Outlook forward (转发:) sent Wed 2026-06-10 09:15 by 李晓蓉 with the bot in To; the minutes were "
             "written by 周敏慧 on Tue 06-09 18:02 and sit below Outlook's 发件人/发送时间/收件人/主题 block, which "
             "must not be stripped as a quote. The preface (asking 陈科长 to watch item 3 and 周主任 to copy the "
             "results to 医务科) is the forwarder's note, not items. Items = 二、工作安排 1-3: #1 06-15; #2 unit "
             "药剂科 only -> no_owner, '6月底前' -> 2026-06-30; #3 '下周三前' -> 2026-06-17 (same answer from the "
             "original 06-09 or the forward 06-10: both in the week of 06-08). #4 is 配合 work whose draft is already "
             "done (初稿已完成) -> not an item. 一、会议内容 are reports and decisions. '7月上旬召开，具体时间另行"
             "通知' gives no date -> next_followup null. gb2312 label carrying GBK-only 昇 (a participant).")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7608
@case(7608, "hosp-coremail-bounce-mailbox-full", "auto",
      "auto (DSN bounce of the bot's recap), no items",
      "Coremail multipart/report DSN from postmaster (Return-Path <>), bilingual text, message/delivery-status and "
      "the full bounced recap as message/rfc822 with an items table and dates")
def c7608():
    recap_txt = """各位好：

以下为《药事管理与药物治疗学委员会2026年第二次会议纪要》的待办事项，请确认：

序号  事项                                         负责人    截止时间
1     完成第二季度抗菌药物专项点评，点评结果在院内公示   周敏慧    2026-06-15 18:00
2     完成高原常用药品库存盘点及效期清理               药剂科    2026-06-30 18:00
3     核算新增5个品种的年度采购预算                   陈思远    2026-06-17 18:00

发现的问题：第2项只写了科室，没有具体负责人。
如有异议请于今日内回复（截止 2026-06-10 18:00），逾期视为无异议。

-- 纪要助手（自动发送）
"""
    recap = Message()
    for k, v in [
        ("From", fold_addrs("From", [BOT[HOSP]], "utf-8")),
        ("To", fold_addrs("To", [person("李晓蓉"), person("周敏慧"), person("陈思远"), person("何俊")], "utf-8")),
        ("Subject", subj("【纪要确认】药事管理与药物治疗学委员会2026年第二次会议纪要", "utf-8")),
        ("Date", "Wed, 10 Jun 2026 09:16:02 +0800"),
        ("Message-ID", "<r.20260610091602.7c1e@kdrmyy.example.cn>"),
        ("In-Reply-To", "<001101dcf8b4$2c5d6e70$851a4b50$@kdrmyy.example.cn>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "OOF, AutoReply"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ]:
        recap[k] = v
    recap.set_payload(b64body(recap_txt.encode("utf-8")))
    notice = """您好，这是 mail.kdrmyy.example.cn 的邮件系统，很遗憾您发送的邮件未能投递到以下收件人：
This is the mail system at mail.kdrmyy.example.cn. Your message could not be delivered to the following recipient:

    hejun@kdrmyy.example.cn

原因 / Reason: 收件人邮箱空间已满 (552 5.2.2 Mailbox full)

邮件主题 / Subject: 【纪要确认】药事管理与药物治疗学委员会2026年第二次会议纪要
发送时间 / Sent: 2026-06-10 09:16:02

系统将不再重试投递。请联系收件人清理邮箱后重新发送。
"""
    ds1 = Message()
    ds1["Reporting-MTA"] = "dns; mail.kdrmyy.example.cn"
    ds1["Arrival-Date"] = "Wed, 10 Jun 2026 09:16:02 +0800"
    ds2 = Message()
    ds2["Final-Recipient"] = "rfc822; hejun@kdrmyy.example.cn"
    ds2["Action"] = "failed"
    ds2["Status"] = "5.2.2"
    ds2["Diagnostic-Code"] = "smtp; 552 5.2.2 Mailbox full"
    dsn = Message()
    dsn["Content-Type"] = "message/delivery-status"
    dsn.set_payload([ds1, ds2])
    orig = Message()
    orig["Content-Type"] = "message/rfc822"
    orig["Content-Disposition"] = "attachment"
    orig.set_payload([recap])
    body = multi("report", [
        text(notice, "plain", "utf-8", "base64", ct="text/plain; charset=utf-8"),
        dsn, orig,
    ], "----=_Part_DSN_19eb0a1c2f3_31",
        ct='multipart/report; report-type=delivery-status;\n\tboundary="----=_Part_DSN_19eb0a1c2f3_31"')
    hdrs = [
        ("Date", "Wed, 10 Jun 2026 09:16:05 +0800 (GMT+08:00)"),
        ("From", "=?utf-8?B?57O757uf6YCA5L+h?= <postmaster@kdrmyy.example.cn>"),
        ("To", "jiyao@kdrmyy.example.cn"),
        ("Subject", subj("系统退信/Systems bounce", "utf-8")),
        ("Message-ID", "<6a1f5e0c.DSN.19eb0a1c2f3.Coremail.postmaster@kdrmyy.example.cn>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    srv = [("Return-Path", "<>"), ("Delivered-To", BOT[HOSP][1]),
           ("Received", "by mail.kdrmyy.example.cn (Coremail) id AQAAfwDHDSN0vChqAAAA--.1S1;\n\tWed, 10 Jun 2026 "
            "09:16:05 +0800 (CST)")]
    eml = serialise(envelope(srv, hdrs, body))
    notes = ("A delivery-status notification (Return-Path <>, From postmaster, multipart/report; "
             "report-type=delivery-status, Auto-Submitted: auto-replied): the bot's own recap of 7607 could not be "
             "delivered to 何俊 because his mailbox is full. No person wrote it -> kind auto. The bounced recap "
             "is attached as message/rfc822 and contains an items table with owners and dates and '如有异议请于今日内"
             "回复': none of it may become items, a reply or a recap.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7609
@case(7609, "hosp-medical-affairs-weekly-plain-outlook", "minutes",
      "4 items: 6月16日前, 下周四前 -> 06-18, 端午节后第一个工作日前 -> 06-22, bare 周二 -> 06-16; no follow-up",
      "Plain, common Outlook UTF-8 QP alt mail sent on a Friday before Dragon Boat; title alias 李科长; holiday "
      "duty note is a fact, not an item")
def c7609():
    lines = [
        "各位同事：",
        "",
        "今天上午医务科周例会纪要如下：",
        "",
        "1. 彭雪梅：6月16日前汇总5月份运行病历质控问题，反馈至各临床科室。",
        "2. 何俊主任：下周四前提交《高原肺水肿诊疗路径》修订稿。",
        "3. 李科长：端午节后第一个工作日前报送5月份医疗质量安全月报。",
        "4. 龚莉：周二前完成手术室环境卫生学监测，结果报医务科。",
        "",
        "另：端午节期间（6月19日—21日）医务科行政值班安排见院内OA，请各位按时到岗。",
        "",
        "彭雪梅",
        "康定市人民医院 医务科",
    ]
    plain = "\n".join(lines) + "\n"
    html = outlook_html("".join(mso_p(l) for l in lines), "utf-8")
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct='text/plain;\n\tcharset="utf-8"'),
        text(html, "html", "utf-8", "quoted-printable", ct='text/html;\n\tcharset="utf-8"'),
    ], "----=_NextPart_000_0003_01DCFA16.8E0F4B20", preamble="This is a multipart message in MIME format.")
    frm = person("彭雪梅")
    to = [person(n) for n in ("李晓蓉", "何俊", "龚莉")]
    hdrs = outlook_headers(frm, to, [BOT[HOSP]], "医务科周例会纪要 6.12", "Fri, 12 Jun 2026 11:30:48 +0800",
                           "<000301dcfa16$8e0f4b20$aa2de160$@kdrmyy.example.cn>", "AQHc+haOD0sgqi3hYEd3pX2wNnc1Fg==",
                           label="utf-8")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from PENGXM-PC (unknown [10.36.9.23])\n\tby mail.kdrmyy.example.cn (Coremail) with SMTP id "
         "AQAAfwD3yJ0ZhyZqUxcHAA--.2906S2;\n\tFri, 12 Jun 2026 11:30:49 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("彭雪梅", "汇总5月份运行病历质控问题，反馈至各临床科室", "2026-06-16", "abs:2026-06-16"),
        item("何俊", "提交《高原肺水肿诊疗路径》修订稿", "2026-06-18", "next:THU"),
        item("李晓蓉", "报送5月份医疗质量安全月报", "2026-06-22", "after:Dragon Boat Festival"),
        item("龚莉", "完成手术室环境卫生学监测，结果报医务科", "2026-06-16", "wd:TUE"),
    ]
    notes = ("Ordinary numbered minutes, sent Fri 2026-06-12 11:30 (Outlook, UTF-8 quoted-printable). #1 06-16. "
             "#2 '下周四前' -> 2026-06-18 (the day before the Dragon Boat break). #3 '李科长' = 李晓蓉 (roster alias); "
             "'端午节后第一个工作日前' -> the break is 06-19..06-21, first working day after = Mon 2026-06-22. #4 bare "
             "'周二前' sent on a Friday -> Tuesday is past in this week -> next week's 2026-06-16. The 值班 note is "
             "information, not an item. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7610
@case(7610, "hosp-nursing-formal-subitems-html-only-gbk", "minutes",
      "4 items: （1）（2） under one owner -> 2 items; unit 尽快 (no_owner+vague); 待定; next 07-16 10:30 on two lines",
      "Coremail single-part text/html (charset GBK, base64); formal （一）（二） paragraphs; 'next meeting date on one "
      "line, time on the next'; 工作要求 rule not an item")
def c7610():
    paras = [
        "<b>关于做好夏季旅游高峰期急诊护理保障工作的会议纪要</b>",
        "",
        "7月2日上午，护理部组织召开夏季旅游高峰期急诊护理保障专题会议，泽仁拉姆主持，急诊科、高原病科、总务科、"
        "信息科有关人员参加。现将会议议定事项纪要如下：",
        "",
        "（一）急诊护理人力保障。由格桑卓玛负责：（1）7月6日前完成急诊护理人员弹性排班表；（2）7月10日前组织高原"
        "反应急救技能考核，考核结果报护理部。",
        "（二）应急物资保障。总务科负责补充便携式制氧机10台、指夹式血氧仪20台，完成时限：尽快。",
        "（三）信息化支撑。信息科马骏负责在护理信息系统中上线高原反应评估量表，完成时限：待定（需厂商排期）。",
        "（四）工作要求。各病区要严格落实交接班制度，旅游高峰期间护士长原则上每日在岗。",
        "",
        "下次会议时间：7月16日（周四）",
        "上午10:30，护理部会议室",
        "",
        "护理部",
        "2026年7月2日",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
            + coremail_html(paras) + "</body></html>")
    body = text(html, "html", "GBK", "base64", ct="text/html; charset=GBK")
    frm = person("泽仁拉姆")
    to = [person(n) for n in ("格桑卓玛", "王德全", "马骏", "何俊")]
    cc = [person("次仁央宗"), BOT[HOSP]]
    date = "Thu, 2 Jul 2026 15:10:22 +0800 (GMT+08:00)"
    hdrs = coremail_headers(frm, to, cc, "关于做好夏季旅游高峰期急诊护理保障工作的会议纪要", date,
                            "<2e4b7a10.5d3.19f2a61c0e8.Coremail.zerenlamu@kdrmyy.example.cn>")
    srv = server_top(frm[1], BOT[HOSP][1], [
        ("Received", "from zerenlamu$kdrmyy.example.cn ( [10.36.12.40] ) by\n ajax-webmail-mail.kdrmyy.example.cn "
         "(Coremail) ; Thu, 2 Jul 2026 15:10:22 +0800\n (GMT+08:00)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("格桑卓玛", "完成急诊护理人员弹性排班表", "2026-07-06", "abs:2026-07-06:MON"),
        item("格桑卓玛", "组织高原反应急救技能考核，考核结果报护理部", "2026-07-10", "abs:2026-07-10:FRI"),
        item(None, "补充便携式制氧机10台、指夹式血氧仪20台", None, None, flags=["vague_due"], dept="总务科"),
        item("马骏", "在护理信息系统中上线高原反应评估量表", None, None, flags=["vague_due"]),
    ]
    nf = followup("2026-07-16", "10:30", "abs:2026-07-16:THU")
    notes = ("Formal minutes in a single text/html part (no plain alternative), GBK, sent Thu 2026-07-02 15:10. "
             "（一） has one owner (格桑卓玛) and two sub-tasks （1）（2） -> two items, 07-06 and 07-10. （二） owner is "
             "the unit 总务科 -> no_owner, department 总务科; '尽快' -> vague_due. （三） 信息科马骏, '待定（需厂商排期）' "
             "-> vague_due. （四） 工作要求 is a standing rule, not an item. The next meeting date and time are on two "
             "lines ('下次会议时间：7月16日（周四）' / '上午10:30，护理部会议室') -> 2026-07-16 10:30.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


def alimail_headers(frm, to, cc, subject, date, uuid, w4="W4_7134882", rev="revision 5", ua="Chrome",
                    extra=()):
    return [
        ("Date", date),
        ("From", fold_addrs("From", [frm], "UTF-8")),
        ("To", fold_addrs("To", to, "UTF-8")),
    ] + ([("Cc", fold_addrs("Cc", cc, "UTF-8"))] if cc else []) + [
        ("Reply-To", fold_addrs("Reply-To", [frm], "UTF-8")),
        ("Message-ID", "<%s.%s>" % (uuid, frm[1])),
        ("Subject", subj(subject, "UTF-8")),
        ("X-Mailer", "[Alimail-Mailagent %s][%s][DEFAULT][%s]" % (rev, w4, ua)),
        ("MIME-Version", "1.0"),
    ] + list(extra) + [
        ("x-aliyun-mail-creator", "%s_DEFAULT_QxMTW96aWxsYS81LjAgKFdpbmRvd3MgTlQgMTAuMDsgV2luNjQ7IHg2NCkgQXBwbGVXZWJLaXQv"
         "NTM3LjM2IChLSFRNTCwgbGlrZSBHZWNrbykgQ2hyb21lLzEzNi4wLjAuMCBTYWZhcmkvNTM3LjM2uN" % w4),
        ("*", None),
    ]


def alimail_received(frm_addr, date_at, w4="W4_7134882", host="ay29a011140100173.et135"):
    return [
        ("Received", "from out30-118.mail.aliyun.com (out30-118.mail.aliyun.com [115.124.30.118])\n\tby "
         "mx.gtguyuan.example.cn (Postfix) with ESMTPS id 4gKp2N0v7Lz3Q\n\tfor <minutes@gtguyuan.example.cn>; %s (CST)"
         % date_at),
        ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.0731|-1;CH=green;DM=|CONTINUE|false|;FP=0|0|0|0|0|-1|-1|-1;\n "
         "HT=maildocker-contentspam033045081092;MF=%s;NM=1;PH=DW;RN=4;RT=4;SR=0" % frm_addr),
        ("Received", "from WS-web (%s[%s_DEFAULT_0AC26A1F_1778000000000_o7001c3f1a]) by %s at %s"
         % (frm_addr, w4, host, date_at)),
    ]


def alimail_html(lines):
    inner = "".join("<div style=\"clear:both;\">%s</div>" % (esc(l) if l else "<br>") for l in lines)
    return ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Microsoft YaHei UI;'
            'font-size:14px;color:#000000;">%s</div></div>' % inner)


# ---------------------------------------------------------------------------------------- 7611
@case(7611, "coop-weekly-plain-dingtalk", "minutes",
      "4 items: 本周五前 -> 04-17, 4月20日前, 尽快, 本月底前; next 下周一晚上8点 -> 04-20 20:00",
      "Plain, common DingTalk (Alimail) UTF-8 base64 alt weekly co-op minutes; 'owner：task' lines; a fact line "
      "('已全部发货') is not an item; evening meeting time")
def c7611():
    lines = [
        "各位：",
        "",
        "今晚例会纪要如下：",
        "参会：陈社长、林师傅、魏厂长、黄主管、余会计、邱主管",
        "主持：陈宗福　记录：陈雅琴",
        "",
        "1. 林德贵：本周五前完成3号菇棚温湿度控制器更换。",
        "2. 魏建华：4月20日前完成第二批银耳菌棒接种（约5万棒）。",
        "3. 黄丽萍：尽快上架春季银耳礼盒链接。",
        "4. 余晓东：本月底前完成一季度社员分红测算。",
        "另：清明节前入库的干银耳已全部发货。",
        "",
        "下周一晚上8点例会，还是在合作社二楼会议室。",
        "",
        "陈雅琴",
        "古田县菇源食用菌专业合作社",
    ]
    plain = "\n".join(lines) + "\n"
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct='text/plain; charset="UTF-8"'),
        text(alimail_html(lines), "html", "UTF-8", "base64", ct='text/html; charset="UTF-8"'),
    ], "----=ALIBOUNDARY_61187_7f3a9c1e2700_6a0b4d2f_4a1c3")
    frm = person("陈雅琴")
    to = [person(n) for n in ("陈宗福", "林德贵", "魏建华", "黄丽萍", "余晓东", "邱文斌")]
    date = "Mon, 13 Apr 2026 20:10:26 +0800"
    hdrs = alimail_headers(frm, to, [BOT[COOP]], "4月13日例会纪要", date, "8f2c1d3e-5a6b-4c7d-9e0f-1a2b3c4d5e6f")
    srv = server_top(frm[1], BOT[COOP][1], alimail_received(frm[1], date))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("林德贵", "完成3号菇棚温湿度控制器更换", "2026-04-17", "this:FRI"),
        item("魏建华", "完成第二批银耳菌棒接种（约5万棒）", "2026-04-20", "abs:2026-04-20"),
        item("黄丽萍", "上架春季银耳礼盒链接", None, None, flags=["vague_due"]),
        item("余晓东", "完成一季度社员分红测算", "2026-04-30", "me"),
    ]
    nf = followup("2026-04-20", "20:00", "next:MON")
    notes = ("Plain weekly minutes of the co-op, DingTalk mail (Alimail) UTF-8 base64, sent Mon 2026-04-13 20:10. "
             "'本周五前' -> 2026-04-17; 4月20日前 -> 04-20; '尽快' -> vague_due; '本月底前' -> 2026-04-30. The "
             "'另：…已全部发货' line reports something done -> not an item. Participants are written by title "
             "(陈社长, 林师傅…), owners by full name. '下周一晚上8点例会' -> 2026-04-20 20:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7612
@case(7612, "coop-export-ec-followup-foxmail-gbk", "minutes",
      "3 items (② owned by the row's 负责人, ③ conditional no_due); next 2026-05-12 (date only)",
      "Foxmail GBK base64 alt; seed 外部沟通跟进表 as key：value lines with a Japanese customer (kana in GBK); "
      "①②③ in one 解决方案 cell; 核心需求 (customer's wish) not an item")
def c7612():
    lines = [
        "陈社长、郑姐：",
        "",
        "今天下午和九州きのこ商事的田中先生视频沟通了出口银耳的检测要求，跟进表如下，请看一下。",
        "",
        "外部沟通跟进表",
        "沟通编号：EC2026-04-28",
        "沟通日期：2026-04-28",
        "对方单位/联系人：九州きのこ商事／田中博",
        "我方对接人：销售部／吴承志",
        "沟通类型：客户",
        "核心需求/反馈：日方要求首批出口银耳提供第三方农残检测报告（含日本肯定列表项目），希望6月底前到港",
        "解决方案/进展：①质检部郑秀英5月8日前将样品送第三方机构检测 ②5月12日前向客户提供检测报告及FOB报价 "
        "③若检测有超标项，由魏厂长安排备选批次",
        "下次沟通时间：2026-05-12",
        "负责人：吴承志",
        "",
        "吴承志",
        "销售部 古田县菇源食用菌专业合作社",
    ]
    addr = person("吴承志")[1]
    plain = "\n".join(lines) + "\n\n\n" + addr + "\n"
    body = multi("alternative", [
        text(plain, "plain", "GBK", "base64", ct='text/plain;\n\tcharset="GBK"', crlf=True),
        text(foxmail_html(lines, addr, "GBK"), "html", "GBK", "base64", ct='text/html;\n\tcharset="GBK"', crlf=True),
    ], "----=_001_NextPart318826465125_=----", preamble="This is a multi-part message in MIME format.")
    frm = person("吴承志")
    to = [person("陈宗福"), person("郑秀英")]
    cc = [person("魏建华"), BOT[COOP]]
    date = "Tue, 28 Apr 2026 16:45:09 +0800"
    hdrs = foxmail_headers(frm, to, cc, "九州きのこ商事出口银耳检测对接跟进（EC2026-04-28）", date,
                           "<202604281645090436217@gtguyuan.example.cn>", "A3C41D7E-9B25-4F60-8E1A-7D2C5B3F0E94",
                           label="GBK")
    srv = server_top(frm[1], BOT[COOP][1], [
        ("Received", "from smtp.gtguyuan.example.cn (smtpdm.aliyun.com [115.124.28.22])\n\tby mx.gtguyuan.example.cn "
         "(Postfix) with ESMTPS id 4gDqB20kTcz3P\n\tfor <minutes@gtguyuan.example.cn>; Tue, 28 Apr 2026 16:45:11 +0800 "
         "(CST)"),
        ("Received", "from WUCZ-PC(mailfrom:wuchengzhi@gtguyuan.example.cn fp:SMTPD_---.aT9kPqE_1777365909)\n "
         "by smtp.aliyun-inc.com; Tue, 28 Apr 2026 16:45:10 +0800"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("郑秀英", "将样品送第三方机构做农残检测", "2026-05-08", "abs:2026-05-08"),
        item("吴承志", "向客户提供检测报告及FOB报价", "2026-05-12", "abs:2026-05-12"),
        item("魏建华", "若检测有超标项，安排备选批次", None, None, flags=["no_due"]),
    ]
    nf = followup("2026-05-12", None, "abs:2026-05-12")
    notes = ("Seed 外部沟通跟进表 (customer row) written as key：value lines in Foxmail, GBK base64 (Japanese kana "
             "きのこ are in GBK), sent Tue 2026-04-28. The 解决方案/进展 cell holds ①②③: ① names 质检部郑秀英 -> "
             "2026-05-08; ② names nobody, so the row's 负责人 吴承志 owns it -> 2026-05-12; ③ is conditional on a "
             "bad result, owner 魏厂长 = 魏建华 (alias), no date -> no_due (as the corpus treats a conditional step). "
             "'希望6月底前到港' is the customer's wish in 核心需求, not our task. 下次沟通时间 2026-05-12, no time.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7613
@case(7613, "coop-labour-day-eve-html-only-dingtalk", "minutes",
      "4 items: 今天下班前, 节后第一个工作日 -> 05-06, 5个工作日内 -> 05-11 (05-09 make-up Saturday counted), "
      "05-09 Saturday; next 05-06 09:00",
      "DingTalk single-part text/html UTF-8 sent on the eve of the May Day break; 一、二、 numbering with owner "
      "'仓储主管邱文斌' (title before name); holiday duty roster not items")
def c7613():
    lines = [
        "各位：",
        "",
        "五一放假前的生产安排，今天下午碰了一下，定下来几件事：",
        "",
        "一、仓储主管邱文斌：今天下班前把1号、2号冷库温度调到0-2℃，并完成巡检登记。",
        "二、林德贵：节后第一个工作日组织各菇棚消杀，消杀记录拍照发群里。",
        "三、陈雅琴：5个工作日内完成社员节后用工登记（含临时工）。",
        "四、黄丽萍：5月9日（周六，调休上班）前完成母亲节直播选品和样品拍摄。",
        "五、假期值班：5月1日至3日魏厂长，5月4日至5日林师傅，值班电话保持畅通。",
        "",
        "节后第一天（5月6日）上午9点在办公室碰头。",
        "",
        "陈宗福",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + alimail_html(lines) + "</body></html>")
    body = text(html, "html", "UTF-8", "base64", ct='text/html; charset="UTF-8"')
    frm = person("陈宗福")
    to = [person(n) for n in ("邱文斌", "林德贵", "陈雅琴", "黄丽萍", "魏建华")]
    date = "Thu, 30 Apr 2026 17:20:44 +0800"
    hdrs = alimail_headers(frm, to, [BOT[COOP]], "五一节前生产安排", date, "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a",
                           w4="W4_7134901", ua="DingTalk")
    srv = server_top(frm[1], BOT[COOP][1], alimail_received(frm[1], date, "W4_7134901"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("邱文斌", "把1号、2号冷库温度调到0-2℃，并完成巡检登记", "2026-04-30", "today"),
        item("林德贵", "组织各菇棚消杀，消杀记录拍照发群里", "2026-05-06", "after:Labour Day"),
        item("陈雅琴", "完成社员节后用工登记（含临时工）", "2026-05-11", "wk:5"),
        item("黄丽萍", "完成母亲节直播选品和样品拍摄", "2026-05-09", "abs:2026-05-09:SAT"),
    ]
    nf = followup("2026-05-06", "09:00", "abs:2026-05-06:WED")
    notes = ("HTML-only DingTalk mail from the co-op chairman, sent Thu 2026-04-30 17:20, the last working day before "
             "the May Day break (05-01..05-05; Sat 05-09 is a make-up working day). 一 '仓储主管邱文斌' = title + "
             "name; '今天下班前' -> 2026-04-30 without a time. 二 '节后第一个工作日' -> Wed 2026-05-06. 三 '5个工作日内' "
             "counted from the day after sending: 05-06, 05-07, 05-08, 05-09 (make-up Saturday), 05-11 -> "
             "2026-05-11 (a Mon-Fri count gives 05-12; ignoring the holiday gives 05-08). 四 '5月9日（周六，调休上班）前' "
             "-> 2026-05-09. 五 is the holiday duty roster (who is on call when), not a deliverable. Next: "
             "'节后第一天（5月6日）上午9点' -> 2026-05-06 09:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7614
@case(7614, "coop-excel-paste-zhuze-peihe-mailmaster", "minutes",
      "4 items from an Excel paste (主责/配合 column: first name owns), 已完成 row skipped; no follow-up",
      "NetEase Mail Master (PC) UTF-8 QP alt: Excel table as HTML + tab-separated text; '林德贵（主责）/阮志强（配合）', "
      "'魏建华主责，设备厂家配合', slash pair under a 主责/配合 header, '负责组织…主讲'; bare dates without 前")
def c7614():
    rows = [
        ["序号", "事项", "主责/配合", "完成时间", "备注"],
        ["1", "夏季出菇棚遮阳网更换", "林德贵（主责）/阮志强（配合）", "5月20日", "先换大桥基地"],
        ["2", "菌棒厂新灭菌柜安装调试", "魏建华主责，设备厂家配合", "5月底", ""],
        ["3", "618大促备货计划", "黄丽萍/张丽华", "下周三", "按去年同期销量1.3倍备货"],
        ["4", "社员出菇管理技术培训", "林德贵负责组织，钱老师主讲", "6月5日", "场地：合作社二楼"],
        ["5", "一季度财务公开", "余晓东", "已完成", "公示栏已张贴"],
    ]
    intro = ["陈社长、各位：", "", "今天上午生产计划协调会的分工表，从表格里直接贴过来了：", ""]
    outro = ["", "有问题群里说。", "", "林德贵", "生产技术部"]
    plain = "\n".join(intro) + "\n" + plain_table(rows) + "\n" + "\n".join(outro) + "\n"
    cells = []
    for i, r in enumerate(rows):
        tds = "".join('<td style="border:1px solid windowtext;padding:2px 6px;height:19px;mso-number-format:\'@\';'
                      'font-size:11pt;font-family:等线">%s</td>' % (esc(c) if c else "&nbsp;") for c in r)
        cells.append("<tr style=\"height:19px\">%s</tr>" % tds)
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="620" style="border-collapse:collapse;'
             'width:465pt"><colgroup><col width="40"><col width="170"><col width="190"><col width="80">'
             '<col width="140"></colgroup><tbody>%s</tbody></table>' % "".join(cells))
    html = ('<div style="font-family:微软雅黑;font-size:14px">%s%s%s</div>'
            % ("".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in intro), table,
               "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in outro)))
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
        text(html, "html", "utf-8", "quoted-printable", ct="text/html; charset=utf-8"),
    ], "----=_Part_2026051311052716_1_NetEase_MailMaster")
    frm = person("林德贵")
    to = [person(n) for n in ("陈宗福", "阮志强", "魏建华", "黄丽萍", "张丽华", "余晓东")]
    date = "Wed, 13 May 2026 11:05:27 +0800"
    hdrs = [
        ("Date", date),
        ("From", fold_addrs("From", [frm], "utf-8")),
        ("To", fold_addrs("To", to, "utf-8")),
        ("Cc", fold_addrs("Cc", [BOT[COOP]], "utf-8")),
        ("Message-ID", "<2026051311052716.7b1e3c@gtguyuan.example.cn>"),
        ("Subject", subj("5月13日生产计划协调会分工", "utf-8")),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "MailMasterPC/5.3.2.1016 (Windows 11 23H2)"),
        ("X-CUSTOM-MAIL-MASTER-SENT-ID", "NTM-9C2A41E6-5B3D-4F18-A7E0-2D6C1B8F9A03"),
    ]
    srv = server_top(frm[1], BOT[COOP][1], [
        ("Received", "from smtp.gtguyuan.example.cn (smtpdm.aliyun.com [115.124.28.22])\n\tby mx.gtguyuan.example.cn "
         "(Postfix) with ESMTPS id 4gFz6b1mV2z3R\n\tfor <minutes@gtguyuan.example.cn>; Wed, 13 May 2026 11:05:29 +0800 "
         "(CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("林德贵", "夏季出菇棚遮阳网更换", "2026-05-20", "abs:2026-05-20"),
        item("魏建华", "菌棒厂新灭菌柜安装调试", "2026-05-31", "me"),
        item("黄丽萍", "618大促备货计划", "2026-05-20", "next:WED"),
        item("林德贵", "社员出菇管理技术培训", "2026-06-05", "abs:2026-06-05"),
    ]
    notes = ("Excel rows pasted into Mail Master (HTML table; the plain part is tab-separated), sent Wed 2026-05-13. "
             "The third column is headed 主责/配合, so only the 主责 person owns a row: #1 '林德贵（主责）/阮志强（配合）' "
             "-> 林德贵, 2026-05-20; #2 '魏建华主责，设备厂家配合' -> 魏建华, '5月底' -> 2026-05-31; #3 '黄丽萍/张丽华' "
             "under the 主责/配合 header -> 黄丽萍 owns, 张丽华 supports (AMBIGUOUS: read without the header it could "
             "be two owners), '下周三' from a Wednesday -> 2026-05-20; #4 '林德贵负责组织，钱老师主讲' -> the owner of "
             "the training is the organiser 林德贵 (钱老师 only lectures), 6月5日 -> 2026-06-05. Row 5 is 已完成 -> "
             "not an item. 备注 cells are remarks. Dates without 前 are still deadlines. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7615
@case(7615, "coop-site-meeting-chat-paste-dingtalk", "minutes",
      "4 items by alias (郑姐, 邱主管, 吴经理): 下周二前, 明天上午11点前 (Saturday), bare 周日, 尽快; no follow-up",
      "DingTalk text/plain-only UTF-8 base64; numbered list followed by a pasted WeChat group log that restates "
      "every item with the same deadlines (not items)")
def c7615():
    body_txt = """各位：

今天下午大桥基地菇棚现场会的分工，群里已经对过了，整理如下：

1. 阮志强：下周二前把大桥基地滴灌管全部检修一遍，坏的直接换。
2. 郑姐：明天上午11点前把这批银耳的含水率抽检结果发到群里。
3. 邱主管：周日前腾出2号冷库，留给下周的鲜菇入库。
4. 吴经理：跟福州那家超市确认6月份订货量，尽快回复。

附：群聊记录（节选）
【菇源合作社工作群】
林德贵 16:02
大桥基地滴灌漏水的有七八处，管子老化了
阮志强 16:05
好的，我下周二前全部修好
郑秀英 16:10
含水率我明天上午11点前发群里
邱文斌 16:12
2号冷库周日前腾出来没问题
吴承志 16:20
福州那边我尽快问
陈宗福 16:31
好，就这样

陈雅琴
"""
    body = text(body_txt, "plain", "UTF-8", "base64", ct='text/plain; charset="UTF-8"')
    frm = person("陈雅琴")
    to = [person(n) for n in ("阮志强", "郑秀英", "邱文斌", "吴承志", "林德贵", "陈宗福")]
    date = "Fri, 22 May 2026 19:40:03 +0800"
    hdrs = alimail_headers(frm, to, [BOT[COOP]], "大桥基地现场会分工（5.22）", date,
                           "5b7c9d1e-3f2a-4b6c-8d0e-7f1a2b3c4d5e")
    srv = server_top(frm[1], BOT[COOP][1], alimail_received(frm[1], date))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("阮志强", "把大桥基地滴灌管全部检修一遍，坏的直接换", "2026-05-26", "next:TUE"),
        item("郑秀英", "把这批银耳的含水率抽检结果发到群里", "2026-05-23", "tmr", time="11:00"),
        item("邱文斌", "腾出2号冷库，留给下周的鲜菇入库", "2026-05-24", "wd:SUN"),
        item("吴承志", "跟福州那家超市确认6月份订货量", None, None, flags=["vague_due"]),
    ]
    notes = ("Site-meeting minutes sent Fri 2026-05-22 19:40 (DingTalk, plain text only). Owners are written by "
             "nickname/title: 郑姐 = 郑秀英, 邱主管 = 邱文斌, 吴经理 = 吴承志 (roster aliases). '下周二前' -> "
             "2026-05-26; '明天上午11点前' -> Sat 2026-05-23 11:00 (a rest day, kept as written); bare '周日前' on a "
             "Friday -> this week's Sunday 2026-05-24; '尽快回复' -> vague_due. The pasted WeChat group log below "
             "'附：群聊记录' repeats the same commitments (with the same dates) and must not add items or duplicates. "
             "No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7616
@case(7616, "coop-tencent-meeting-ai-minutes-foxmail", "minutes",
      "3 items from the AI 待办 only (one owned by the Japanese buyer, 待定); next 06-09 14:00 from the sender's note",
      "Foxmail UTF-8 base64 alt with a pasted 腾讯会议 智能纪要 (会议摘要/章节/待办): summary and chapters are not "
      "items; outsider owner resolved via Cc + roster alias 田中先生")
def c7616():
    lines = [
        "各位：",
        "",
        "昨天和田中先生的视频会，腾讯会议自动生成的纪要贴在下面，主要看待办部分。下次会议约在6月9日（周二）"
        "下午2点，还是腾讯会议。",
        "",
        "会议主题：菇源合作社 × 九州きのこ商事 出口银耳对接会",
        "会议时间：2026/06/01 14:00-15:05 (GMT+08:00) 中国标准时间 - 北京",
        "参会人：吴承志、郑秀英、黄丽萍、田中博",
        "",
        "智能纪要",
        "由AI生成，可能存在误差，请注意甄别",
        "",
        "会议摘要",
        "本次会议双方围绕首批出口银耳的检测报告、FOB报价和包装标签进行了沟通。日方确认农残检测报告符合要求，"
        "另需补充重金属检测；报价方面日方希望在现有基础上下调3%；包装需增加日文标注。双方同意争取6月底前完成"
        "首单发货。",
        "",
        "章节",
        "00:00 开场与议程介绍",
        "03:12 重金属检测报告要求",
        "18:40 FOB报价调整",
        "35:27 包装标签（日文标注）",
        "52:10 下一步安排",
        "",
        "待办",
        "• 郑秀英：6月5日前提供最近三批银耳的重金属检测报告",
        "• 吴承志：下周一前将修改后的FOB报价发给田中先生",
        "• 田中先生：确认日方包装标签（日文标注）的具体要求，时间待定",
        "",
        "吴承志",
        "销售部 古田县菇源食用菌专业合作社",
    ]
    addr = person("吴承志")[1]
    plain = "\n".join(lines) + "\n\n\n" + addr + "\n"
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct='text/plain;\n\tcharset="UTF-8"', crlf=True),
        text(foxmail_html(lines, addr, "UTF-8"), "html", "UTF-8", "base64", ct='text/html;\n\tcharset="UTF-8"',
             crlf=True),
    ], "----=_001_NextPart724130095867_=----", preamble="This is a multi-part message in MIME format.")
    frm = person("吴承志")
    to = [person(n) for n in ("郑秀英", "黄丽萍", "陈宗福")]
    cc = [("田中博", person("田中博")[1]), BOT[COOP]]
    date = "Tue, 2 Jun 2026 10:30:51 +0800"
    hdrs = foxmail_headers(frm, to, cc, "6.1 出口银耳对接会纪要（腾讯会议智能纪要）", date,
                           "<202606021030514127755@gtguyuan.example.cn>", "C5E02B7A-41D9-4E3C-B8F6-0A9D2E7C1B48",
                           label="UTF-8")
    srv = server_top(frm[1], BOT[COOP][1], [
        ("Received", "from smtp.gtguyuan.example.cn (smtpdm.aliyun.com [115.124.28.22])\n\tby mx.gtguyuan.example.cn "
         "(Postfix) with ESMTPS id 4gJd0t2RkHz3S\n\tfor <minutes@gtguyuan.example.cn>; Tue, 2 Jun 2026 10:30:53 +0800 "
         "(CST)"),
        ("Received", "from WUCZ-PC(mailfrom:wuchengzhi@gtguyuan.example.cn fp:SMTPD_---.bQ3xLmA_1780367451)\n "
         "by smtp.aliyun-inc.com; Tue, 02 Jun 2026 10:30:52 +0800"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("郑秀英", "提供最近三批银耳的重金属检测报告", "2026-06-05", "abs:2026-06-05"),
        item("吴承志", "将修改后的FOB报价发给田中先生", "2026-06-08", "next:MON"),
        item("田中博", "确认日方包装标签（日文标注）的具体要求", None, None, flags=["vague_due"]),
    ]
    nf = followup("2026-06-09", "14:00", "abs:2026-06-09:TUE")
    notes = ("A 腾讯会议 智能纪要 (AI minutes) pasted into Foxmail by the organiser on Tue 2026-06-02; the meeting was "
             "Mon 06-01. Only the 待办 section yields items: 郑秀英 06-05; 吴承志 '下周一前' -> 2026-06-08 (the same "
             "from the meeting day or the send day); '田中先生' = 田中博 of the Japanese buyer (roster outsider with "
             "alias 田中先生, address from Cc), '时间待定' -> vague_due, department null. 会议摘要 ('双方同意争取6月底"
             "前完成首单发货') and 章节 are not items. The next meeting comes from the sender's own note: '6月9日（周二）"
             "下午2点' -> 2026-06-09 14:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7617
@case(7617, "coop-invoice-request-other-dingtalk", "other",
      "other (a person-to-person request), no items",
      "DingTalk mail from sales to accounting with the bot in Cc out of habit: requests with 周四前 / 6月底前 and "
      "numbered asks, but no meeting and no minutes")
def c7617():
    lines = [
        "余会计：",
        "",
        "麻烦帮忙开两张发票：",
        "1. 福州闽润超市5月份货款，金额32,680元，增值税普通发票，周四前开好寄出；",
        "2. 宁德那家酒店的银耳羹原料款，金额8,450元，等对方把开票信息发过来再开。",
        "开票信息我放在钉钉盘“销售/开票资料”里了。",
        "",
        "另外6月底前能不能把上半年各渠道的回款对账单发我一份，我要跟陈社长汇报。",
        "",
        "谢谢！",
        "吴承志",
    ]
    plain = "\n".join(lines) + "\n"
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct='text/plain; charset="UTF-8"'),
        text(alimail_html(lines), "html", "UTF-8", "base64", ct='text/html; charset="UTF-8"'),
    ], "----=ALIBOUNDARY_70211_7f3a9c1e2700_6a2f5b11_52c07")
    frm = person("吴承志")
    to = [person("余晓东")]
    date = "Mon, 15 Jun 2026 09:20:37 +0800"
    hdrs = alimail_headers(frm, to, [BOT[COOP]], "开票申请：闽润超市5月货款等", date,
                           "2a4c6e80-1b3d-4f5a-9c7e-0d2f4a6b8c1e", w4="W4_7135010")
    srv = server_top(frm[1], BOT[COOP][1], alimail_received(frm[1], date, "W4_7135010"))
    eml = serialise(envelope(srv, hdrs, body))
    notes = ("A colleague-to-colleague request (sales asks accounting for two invoices and a statement), sent Mon "
             "2026-06-15 with the bot in Cc because the sender copies it on everything. There was no meeting: no "
             "minutes, no participants, no decisions. The numbered asks with '周四前' / '6月底前' look like items but "
             "are a request between two people -> kind other, no items, no recap. No Auto-Submitted: a person wrote "
             "it.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7618
@case(7618, "coop-expert-visit-wrapped-mailmaster-ios", "minutes",
      "4 items with task text wrapped over two lines; outsider 钱老师 owns #1; 本周五前, 3个工作日内, 月底前; "
      "next 07-07 09:00",
      "NetEase Mail Master iOS UTF-8 base64 alt, typed on a phone with hard line breaks inside items; "
      "'发自网易邮箱大师' signature; outside expert resolved from To + roster alias 钱老师")
def c7618():
    lines = [
        "各位：",
        "今天下午钱老师来合作社做技术指导，会上定了几件事：",
        "1、钱老师：7月3日前提供夏季高温出菇管理技术方案（含遮阳、",
        "通风、喷水参数）",
        "2、林德贵：本周五前组织各基地负责人学习方案，并建立每日",
        "温湿度记录表",
        "3、阮志强：3个工作日内完成大桥基地菇棚通风口改造",
        "4、魏厂长：月底前试制耐高温菌株菌棒500棒，做好",
        "标记单独摆放",
        "下次：7月7日（周二）上午9点，大桥基地现场",
        "",
        "林德贵",
    ]
    plain = "\n".join(lines) + "\n\n发自网易邮箱大师\n"
    html = ('<div style="line-height:1.7;"><div>%s</div><div><br></div><div id="signature_ntes">'
            '<div style="font-size:12px;color:#999;">发自<a href="https://mail.163.com/dashi/dlpro.html?from=mail81" '
            'style="color:#999;">网易邮箱大师</a></div></div></div>'
            % "</div><div>".join(esc(l) if l else "<br>" for l in lines))
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "base64", ct="text/html; charset=UTF-8"),
    ], "MailMaster-iOS-3B1F7E2A-0C4D-4E8B-9A6F-5D2C1E0B7A94")
    frm = person("林德贵")
    to = [person("陈宗福"), person("阮志强"), person("魏建华"), ("钱振宇", person("钱振宇")[1])]
    date = "Tue, 23 Jun 2026 21:15:40 +0800"
    hdrs = [
        ("Date", date),
        ("From", fold_addrs("From", [frm], "UTF-8")),
        ("To", fold_addrs("To", to, "UTF-8")),
        ("Cc", fold_addrs("Cc", [BOT[COOP]], "UTF-8")),
        ("Message-ID", "<3B1F7E2A-0C4D-4E8B-9A6F-5D2C1E0B7A94@gtguyuan.example.cn>"),
        ("Subject", subj("钱老师技术指导会纪要", "UTF-8")),
        ("X-Mailer", "MailMaster-iOS/7.19.6 (iPhone; iOS 26.5)"),
        ("MIME-Version", "1.0"),
        ("*", None),
    ]
    srv = server_top(frm[1], BOT[COOP][1], [
        ("Received", "from smtp.gtguyuan.example.cn (smtpdm.aliyun.com [115.124.28.22])\n\tby mx.gtguyuan.example.cn "
         "(Postfix) with ESMTPS id 4gRw3X0bQnz3T\n\tfor <minutes@gtguyuan.example.cn>; Tue, 23 Jun 2026 21:15:43 +0800 "
         "(CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("钱振宇", "提供夏季高温出菇管理技术方案（含遮阳、通风、喷水参数）", "2026-07-03", "abs:2026-07-03"),
        item("林德贵", "组织各基地负责人学习方案，并建立每日温湿度记录表", "2026-06-26", "this:FRI"),
        item("阮志强", "完成大桥基地菇棚通风口改造", "2026-06-26", "wk:3"),
        item("魏建华", "试制耐高温菌株菌棒500棒，做好标记单独摆放", "2026-06-30", "me"),
    ]
    nf = followup("2026-07-07", "09:00", "abs:2026-07-07:TUE")
    notes = ("Typed on a phone (Mail Master iOS) on Tue 2026-06-23 21:15, after the Dragon Boat break; three of the "
             "four items wrap onto a second line, and the continuation belongs to the same task. #1 '钱老师' is the "
             "visiting expert 钱振宇 (outsider in the roster with alias 钱老师; his address is in To), department "
             "null, 2026-07-03. #2 '本周五前' -> 2026-06-26. #3 '3个工作日内' from Wed 06-24 -> 06-24, 06-25, 06-26 "
             "-> 2026-06-26. #4 '魏厂长' = 魏建华, '月底前' -> 2026-06-30. '下次：7月7日（周二）上午9点' -> "
             "2026-07-07 09:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7619
@case(7619, "coop-member-congress-qiantou-foxmail-qp", "minutes",
      "4 items: 陈社长牵头 (配合 names not owners), 下周五前 -> 07-17, group owner 各基地负责人 (no_owner, dept null), "
      "07-24; next null (时间另定)",
      "Foxmail GBK quoted-printable plain+HTML; formal 社员代表大会 minutes: 听取报告 and 会议决定 are not items; "
      "owners by title alias (陈社长, 余会计, 魏厂长)")
def c7619():
    lines = [
        "各位理事、监事：",
        "",
        "今天上午社员代表大会的纪要整理好了，请审阅。",
        "",
        "菇源食用菌专业合作社2026年社员代表大会会议纪要",
        "",
        "时间：2026年7月10日上午9:00",
        "地点：合作社二楼会议室",
        "出席：社员代表31人，理事会、监事会成员",
        "主持：陈宗福　记录：陈雅琴",
        "",
        "一、会议听取了理事长陈宗福所作的上半年工作报告和财务部余晓东所作的上半年财务收支报告。",
        "二、会议决定：",
        "1. 下半年银耳菌棒收购保护价维持每棒2.6元不变；",
        "2. 同意吸收新社员5户。",
        "三、工作分工：",
        "1. 由陈社长牵头，吴经理、黄主管配合，7月20日前完成“古田银耳”地理标志产品专用标志使用申请材料。",
        "2. 余会计负责，下周五前将上半年财务收支明细在社务公开栏公示。",
        "3. 各基地负责人于本月底前上报下半年菌棒需求量。",
        "4. 魏厂长：7月24日前完成新社员菌棒首批配送。",
        "四、下次社员代表大会时间另定。",
        "",
        "陈雅琴",
        "社务办公室",
    ]
    addr = person("陈雅琴")[1]
    plain = "\n".join(lines) + "\n\n\n" + addr + "\n"
    body = multi("alternative", [
        text(plain, "plain", "GBK", "quoted-printable", ct='text/plain;\n\tcharset="GBK"'),
        text(foxmail_html(lines, addr, "GBK"), "html", "GBK", "quoted-printable", ct='text/html;\n\tcharset="GBK"'),
    ], "----=_001_NextPart650172853301_=----", preamble="This is a multi-part message in MIME format.")
    frm = person("陈雅琴")
    to = [person(n) for n in ("陈宗福", "吴承志", "黄丽萍", "余晓东", "魏建华", "林德贵")]
    date = "Fri, 10 Jul 2026 16:00:12 +0800"
    hdrs = foxmail_headers(frm, to, [BOT[COOP]], "2026年社员代表大会会议纪要", date,
                           "<202607101600123105286@gtguyuan.example.cn>", "7D1E4A92-6C3B-4F85-A0D7-E29B5C8F1364",
                           label="GBK")
    srv = server_top(frm[1], BOT[COOP][1], [
        ("Received", "from smtp.gtguyuan.example.cn (smtpdm.aliyun.com [115.124.28.22])\n\tby mx.gtguyuan.example.cn "
         "(Postfix) with ESMTPS id 4gbR9k3xTwz3V\n\tfor <minutes@gtguyuan.example.cn>; Fri, 10 Jul 2026 16:00:14 +0800 "
         "(CST)"),
        ("Received", "from CHENYQ-PC(mailfrom:chenyaqin@gtguyuan.example.cn fp:SMTPD_---.cW7nRzB_1783670412)\n "
         "by smtp.aliyun-inc.com; Fri, 10 Jul 2026 16:00:13 +0800"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("陈宗福", "完成“古田银耳”地理标志产品专用标志使用申请材料", "2026-07-20", "abs:2026-07-20"),
        item("余晓东", "将上半年财务收支明细在社务公开栏公示", "2026-07-17", "next:FRI"),
        item(None, "上报下半年菌棒需求量", "2026-07-31", "me"),
        item("魏建华", "完成新社员菌棒首批配送", "2026-07-24", "abs:2026-07-24"),
    ]
    notes = ("Formal co-op congress minutes sent Fri 2026-07-10 16:00 (Foxmail, GBK quoted-printable). Items are "
             "三、工作分工 only: #1 '由陈社长牵头，吴经理、黄主管配合' -> owner 陈宗福 (牵头; alias 陈社长), the 配合 "
             "people are not owners, 2026-07-20. #2 '余会计负责' -> 余晓东; '下周五前' from a Friday -> 2026-07-17. #3 "
             "'各基地负责人' is a group, not one person -> owner null, no_owner, department null; '本月底前' -> "
             "2026-07-31. #4 魏厂长 = 魏建华, 07-24. 一、(听取报告) and 二、会议决定 (price kept, new members admitted) "
             "are not items. '下次社员代表大会时间另定' -> next_followup null.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


def pef_received(date_utc, ip="180.169.52.117", helo="[10.8.20.31]", qid="4gHq1V2xJbz9W"):
    """Delivery of a Feishu-hosted mailbox's mail to the bot's Postfix host."""
    return [
        ("Received", "from sg-1-35.ptr.blmpb.example.com (sg-1-35.ptr.blmpb.example.com [118.26.132.35])\n\tby "
         "mx1.hancheng-cap.example.cn (Postfix) with ESMTPS id %s\n\tfor <minutebot@hancheng-cap.example.cn>; %s"
         % (qid, date_utc)),
        ("Received", "from %s ([%s]) by smtp.feishu.cn with ESMTPS; %s" % (helo, ip, date_utc)),
    ]


# ---------------------------------------------------------------------------------------- 7620
@case(7620, "pe-ic-minutes-word-table-outlook", "minutes",
      "4 items from a 后续事项 table (unit owner with '交割前' -> no_owner+vague_due; 已完成 row skipped); no follow-up",
      "Outlook (IMAP/SMTP to Feishu mail) UTF-8 QP alt; investment-committee minutes: 会议结论/表决 and 汇报 not "
      "items; 备注 cell not an item; 下周三 in a table cell")
def c7620():
    intro = [
        "各位：",
        "",
        "4月9日投资决策委员会会议纪要如下，请审阅，如有修改意见请明天中午前告诉我。",
        "",
        "项目：启衡储能科技B轮投资（拟投资金额8,000万元，领投方：匯峰資本）",
        "时间：2026年4月9日 14:00-16:30",
        "地点：42楼大会议室 / 飞书视频会议",
        "参会委员：潘建国、沈嘉言、陆志恒、方慧；列席：严雯",
        "项目组：顾晓婷、孔令博（记录）",
        "",
        "一、项目组汇报",
        "项目组汇报了尽调主要发现：公司2025年营业收入4.2亿元，毛利率21%；前五大客户收入占比68%，应收账款周转天数"
        "偏长。",
        "",
        "二、会议结论",
        "会议认为，公司在工商业储能BMS领域具备技术领先性，同意在满足以下条件的前提下投资：（1）补充尽调无重大不利"
        "发现；（2）交割前完成创始人股权质押解除。表决结果：4票同意，0票反对。",
        "",
        "三、后续事项",
    ]
    rows = [
        ["序号", "事项", "负责人", "完成时限", "备注"],
        ["1", "完成补充尽调（客户集中度、应收账款账龄）", "顾晓婷", "4月17日前", "已与公司财务总监初步访谈"],
        ["2", "出具法律尽调备忘录终稿", "严雯", "4月20日前", ""],
        ["3", "与领投方匯峰資本确认交割先决条件清单", "沈嘉言", "下周三", ""],
        ["4", "跟踪创始人股权质押解除进展", "风控合规部", "交割前", "需取得质权人书面同意"],
        ["5", "投决会决议签署及归档", "孔令博", "已完成", "4月9日会后已签"],
    ]
    outro = ["", "孔令博", "投资一部 | 上海瀚澄私募基金管理有限公司"]
    plain = "\n".join(intro) + "\n" + plain_table(rows) + "\n" + "\n".join(outro) + "\n"
    html = outlook_html("".join(mso_p(l) for l in intro) + mso_table(rows) + "".join(mso_p(l) for l in outro),
                        "utf-8")
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct='text/plain;\n\tcharset="utf-8"'),
        text(html, "html", "utf-8", "quoted-printable", ct='text/html;\n\tcharset="utf-8"'),
    ], "----=_NextPart_000_0024_01DCC80B.7D4E2A10", preamble="This is a multipart message in MIME format.")
    frm = person("孔令博")
    to = [person(n) for n in ("潘建国", "沈嘉言", "陆志恒", "方慧", "严雯", "顾晓婷")]
    hdrs = outlook_headers(frm, to, [BOT[PEF]], "【投决会纪要】启衡储能科技B轮投资（2026-04-09）",
                           "Thu, 9 Apr 2026 19:45:03 +0800", "<002401dcc80b$7d4e2a10$77ea7e30$@hancheng-cap.example.cn>",
                           "AdzIC3wXbV3hGdYkR0yq6nTzK1pD8g==", label="utf-8")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Thu, 09 Apr 2026 19:45:06 +0800", helo="KONGLB-NB"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("顾晓婷", "完成补充尽调（客户集中度、应收账款账龄）", "2026-04-17", "abs:2026-04-17"),
        item("严雯", "出具法律尽调备忘录终稿", "2026-04-20", "abs:2026-04-20"),
        item("沈嘉言", "与领投方匯峰資本确认交割先决条件清单", "2026-04-15", "next:WED"),
        item(None, "跟踪创始人股权质押解除进展", None, None, flags=["vague_due"], dept="风控合规部"),
    ]
    notes = ("Investment-committee minutes sent Thu 2026-04-09 19:45 (Outlook, UTF-8 QP; the table is a Word-style "
             "HTML table, tab-separated in the plain part). Items come from 三、后续事项: #1 04-17; #2 04-20; #3 "
             "'下周三' from a Thursday -> 2026-04-15; #4 owner is the unit 风控合规部 -> no_owner, department "
             "风控合规部, and '交割前' ties the deadline to an undated event -> due null, vague_due (AMBIGUOUS: could "
             "be read as no_due; it is a deadline word without a date, which the corpus treats as vague). Row 5 is "
             "已完成 -> not an item. 备注 cells are remarks. 一、(汇报) and 二、会议结论 (会议认为…同意…表决结果; the "
             "conditions (1)(2) are conditions of the decision) are not items. '如有修改意见请明天中午前告诉我' is a "
             "request to readers. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7621
def feishu_headers(frm, to, cc, subject, date, mid, lms):
    """Feishu (Lark) mail: the relay reorders headers; names plain-quoted."""
    return [
        ("X-Lms-Return-Path", lms),
        ("Subject", subj(subject, "UTF-8")),
        ("Mime-Version", "1.0"),
        ("From", fold_addrs("From", [frm], "UTF-8")),
        ("X-Original-From", "%s <%s>" % (ew(frm[0], "UTF-8")[0] if needs_enc(frm[0]) else frm[0], frm[1])),
        ("Date", date),
        ("Message-Id", mid),
        ("To", fold_addrs("To", to, "UTF-8")),
    ] + ([("Cc", fold_addrs("Cc", cc, "UTF-8"))] if cc else []) + [("*", None)]


@case(7621, "pe-feishu-ai-minutes-todo-only", "minutes",
      "4 items from the 飞书智能纪要 待办 only: 节后第一个工作日前 -> 05-06, 3个工作日内 over May Day -> 05-07, "
      "@mention with no date (no_due); next 05-27 15:00 from the sender's note",
      "Feishu mail HTML+text UTF-8 QP on the eve of the May Day break: AI 总结/章节 are not items; '@name' "
      "owners; 3个工作日内 skips 05-01..05-05")
def c7621():
    lines = [
        "各位：",
        "",
        "今天投后月度例会的飞书智能纪要如下，待办已同步到飞书任务，请各自认领。下次例会定在5月27日（周三）下午3点，"
        "42楼小会议室。",
        "",
        "智能纪要：投后月度例会 2026年4月29日",
        "",
        "总结",
        "· 4月各被投企业整体经营平稳，光合医疗回款有所改善，启衡储能交割按计划推进",
        "· 二季度管理费计提口径需要复核，建议与托管行对账后再确认",
        "· 光合医疗回购条款的执行存在不确定性，需要持续跟进",
        "",
        "章节",
        "· 00:00:12 被投企业经营数据回顾",
        "· 00:21:40 估值模型更新",
        "· 00:38:05 管理费与财务事项",
        "· 00:47:30 光合医疗回购条款",
        "",
        "待办",
        "· 方慧：节后第一个工作日前收齐各被投企业4月经营数据",
        "· 邹逸凡：5月8日前更新投后估值模型",
        "· 许诺：3个工作日内完成二季度管理费计提复核",
        "· @孔令博 跟进光合医疗回购条款的执行情况",
        "",
        "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用",
        "",
        "邹逸凡",
        "投后管理部",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div style="font-size:14px;font-family:-apple-system,BlinkMacSystemFont,PingFang SC,Microsoft YaHei;'
            'line-height:1.6">%s</div>' % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines))
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8"),
    ], "1f6b2e8a4c0d9e7f3a5b1c2d4e6f8a0b")
    frm = person("邹逸凡")
    to = [person(n) for n in ("方慧", "许诺", "孔令博", "潘建国")]
    date = "Wed, 29 Apr 2026 18:20:40 +0800"
    hdrs = feishu_headers(frm, to, [BOT[PEF]], "投后月度例会纪要（4月）", date,
                          "<3c9a1f5e-7b2d-4e8a-a61c-0d5f9e2b7c43@hancheng-cap.example.cn>",
                          "<lba+269f1c2a8+4e7b21+hancheng-cap.example.cn+zouyifan@hancheng-cap.example.cn>")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Wed, 29 Apr 2026 18:20:44 +0800", ip="180.169.52.121",
                                                        helo="[127.0.0.1]", qid="4gCwR51qLmz9X"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("方慧", "收齐各被投企业4月经营数据", "2026-05-06", "after:Labour Day"),
        item("邹逸凡", "更新投后估值模型", "2026-05-08", "abs:2026-05-08"),
        item("许诺", "完成二季度管理费计提复核", "2026-05-07", "wk:3"),
        item("孔令博", "跟进光合医疗回购条款的执行情况", None, None, flags=["no_due"]),
    ]
    nf = followup("2026-05-27", "15:00", "abs:2026-05-27:WED")
    notes = ("Feishu AI minutes (智能纪要) pasted by the organiser into a Feishu mail, sent Wed 2026-04-29 18:20, two "
             "days before the May Day break (05-01..05-05; Thu 04-30 is a working day). Only 待办 yields items; 总结 "
             "and 章节 do not (the '建议与托管行对账' summary bullet is not an item). #1 '节后第一个工作日前' -> "
             "2026-05-06. #2 05-08. #3 '3个工作日内': 04-30, 05-06, 05-07 -> 2026-05-07. #4 '@孔令博 跟进…' has no "
             "deadline -> no_due. Next meeting from the sender's own line: '5月27日（周三）下午3点' -> 2026-05-27 "
             "15:00. Feishu's relay reorders headers (Subject before From, X-Original-From).")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7622
@case(7622, "pe-checkbox-english-utc-midnight-feishu", "minutes",
      "5 items from '- [ ] @name' lines ([x] skipped): by Monday/EOD Tuesday/by Thu from Fri 05-08 Shanghai "
      "(Date is Thu 16:40 UTC), ASAP, Owner TBD (no_owner+no_due); next Thu 14 May 9:30",
      "Feishu mail, English Markdown checklist pasted from Notion, Date header in +0000 that is already Friday in "
      "Shanghai; owners via English aliases (Tina Gu, Evan Zou, Wendy Yan, Lingbo)")
def c7622():
    body_txt = """Hi all,

Notes from tonight's call with Kelvin (Wui Fung) on the Qiheng Series B. Action items below, ticked ones are done.

Action items
- [x] @Bob Kong circulate Qiheng Q1 management accounts
- [ ] @Tina Gu send revised term sheet (v4) to Kelvin by Monday
- [ ] @Evan Zou refresh the cap table incl. ESOP pool - EOD Tuesday
- [ ] @Wendy Yan review the SHA redline from Wui Fung's counsel by Thu
- [ ] @Lingbo pull trading comps for listed BMS peers, ASAP
- [ ] Owner TBD: schedule a site visit to Qiheng's plant in Ma'anshan

Next sync: Thu 14 May, 9:30am (Shanghai)

Tina
"""
    html = ('<div style="font-size:14px;font-family:-apple-system,BlinkMacSystemFont,Helvetica Neue,Arial">%s</div>'
            % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in body_txt.rstrip("\n").split("\n")))
    body = multi("alternative", [
        text(body_txt, "plain", "UTF-8", "7bit", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "quoted-printable", ct="text/html; charset=UTF-8"),
    ], "6e1d0c9b8a7f4e3d2c1b0a9f8e7d6c5b")
    frm = ("Tina Gu", person("顾晓婷")[1])
    to = [("Jason Shen", person("沈嘉言")[1]), ("Bob Kong", person("孔令博")[1]), ("Evan Zou", person("邹逸凡")[1]),
          ("Wendy Yan", person("严雯")[1])]
    date = "Thu, 7 May 2026 16:40:12 +0000"
    hdrs = feishu_headers(frm, to, [BOT[PEF]], "Qiheng Series B - call notes & AIs", date,
                          "<b81e4c2d-0f6a-4d3b-9e15-7a2c8d4f1e60@hancheng-cap.example.cn>",
                          "<lba+26a0b3e71+c2d918+hancheng-cap.example.cn+guxiaoting@hancheng-cap.example.cn>")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Fri, 08 May 2026 00:40:15 +0800", ip="117.136.8.204",
                                                        helo="[127.0.0.1]", qid="4gF1cK0sHdz9Y"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("顾晓婷", "send revised term sheet (v4) to Kelvin", "2026-05-11", "wd:MON"),
        item("邹逸凡", "refresh the cap table incl. ESOP pool", "2026-05-12", "wd:TUE"),
        item("严雯", "review the SHA redline from Wui Fung's counsel", "2026-05-14", "wd:THU"),
        item("孔令博", "pull trading comps for listed BMS peers", None, None, flags=["vague_due"]),
        item(None, "schedule a site visit to Qiheng's plant in Ma'anshan", None, None, flags=["no_due"]),
    ]
    nf = followup("2026-05-14", "09:30", "abs:2026-05-14:THU")
    notes = ("English action items in Markdown checkbox form. The Date header is Thu 2026-05-07 16:40 +0000 = Fri "
             "2026-05-08 00:40 in Shanghai, so weekdays resolve from Friday 05-08 (Sat 05-09 is a make-up working "
             "day, which changes nothing here). '[x]' = done -> not an item. 'by Monday' -> 2026-05-11; 'EOD Tuesday' "
             "-> 2026-05-12 without a time (EOD gives no time); 'by Thu' -> next Thursday 2026-05-14 (read from the "
             "UTC date, Thursday would be 'today' 05-07, which is wrong). Owners via roster aliases: Tina Gu = 顾晓婷, "
             "Evan Zou = 邹逸凡, Wendy Yan = 严雯, Lingbo = 孔令博; 'ASAP' -> vague_due. 'Owner TBD' -> owner null, "
             "no_owner, no date -> no_due. Kelvin (the co-investor) is mentioned but owns nothing. 'Next sync: Thu 14 "
             "May, 9:30am (Shanghai)' -> 2026-05-14 09:30.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7623
@case(7623, "pe-hk-coinvestor-big5-outlook-zhtw", "minutes",
      "4 items in Traditional Chinese (outsider owner, two-side lawyers no_owner, 沈總 alias); next 05-26 16:00 HKT",
      "Outlook (Exchange Online, zh-HK) big5 base64 alt from a Hong Kong co-investor; Date in +0000; traditional "
      "names resolved via roster aliases (Tina Gu, 沈總); 香港時間 = Beijing time")
def c7623():
    lines = [
        "Jason、Tina：",
        "",
        "今早電話會議紀要如下，請查閱，如有遺漏請指正。",
        "",
        "啟衡儲能B輪共同投資 電話會議紀要",
        "日期：2026年5月19日（週二）09:30-10:40",
        "出席：匯峰資本 鄭家豪、李詠詩；瀚澄資本 沈嘉言、顧曉婷、嚴雯",
        "",
        "一、討論事項",
        "1. 交割先決條件清單雙方已基本一致，餘下3項待瀚澄回覆。",
        "2. 香港SPV架構由匯峰負責搭建，瀚澄通過QFLP參與。",
        "",
        "二、跟進事項",
        "1. 匯峰資本（鄭家豪）：5月22日前提供香港SPV架構圖及董事名單。",
        "2. 瀚澄資本 Tina Gu（顧曉婷）：下週一前回覆交割先決條件清單餘下3項的意見。",
        "3. 雙方律師：本月底前就股東協議（SHA）條款定稿。",
        "4. 沈總：6月5日前安排與創始團隊的第二次管理層訪談。",
        "",
        "三、下次電話會議",
        "5月26日（週二）下午4時（香港時間）",
        "",
        "Best regards,",
        "Kelvin Cheng 鄭家豪",
        "Director | 匯峰資本有限公司 Wui Fung Capital Limited",
    ]
    plain = "\n".join(lines) + "\n"
    html = outlook_html("".join(mso_p(l) for l in lines), "big5", "ZH-HK")
    body = multi("alternative", [
        text(plain, "plain", "big5", "base64", ct='text/plain; charset="big5"', crlf=True),
        text(html, "html", "big5", "base64", ct='text/html; charset="big5"', crlf=True),
    ], "_000_HK0PR02MB66127C1E2A9B3D4F5E60HK0PR02MB6612apcp_")
    frm = ("鄭家豪", person("鄭家豪")[1])
    to = [("沈嘉言", person("沈嘉言")[1]), ("Tina Gu", person("顾晓婷")[1])]
    cc = [("Wendy Yan", person("严雯")[1]), ("", BOT[PEF][1])]
    mid = "<HK0PR02MB66127C1E2A9B3D4F5E60B1A2C3D4E5F6@HK0PR02MB6612.apcprd02.prod.outlook.com>"
    hdrs = [
        ("From", fold_addrs("From", [frm], "big5")),
        ("To", fold_addrs("To", to, "big5")),
        ("CC", fold_addrs("CC", cc, "big5")),
        ("Subject", subj("啟衡儲能B輪共同投資 - 電話會議紀要 (5月19日)", "big5")),
        ("Thread-Topic", subj("啟衡儲能B輪共同投資 - 電話會議紀要 (5月19日)", "big5", name="Thread-Topic")),
        ("Thread-Index", "AdzbP1xq2m7YkKc1QnGm0V3zX8tW4A=="),
        ("Date", "Tue, 19 May 2026 03:20:45 +0000"),
        ("Message-ID", mid),
        ("Accept-Language", "zh-HK, en-US"),
        ("Content-Language", "zh-HK"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    srv = server_top(frm[1], BOT[PEF][1], [
        ("Received", "from HK0PR02MB6612.apcprd02.prod.outlook.com (mail-eastasiaazon11012033.outbound.protection."
         "outlook.com [52.101.128.33])\n\tby mx1.hancheng-cap.example.cn (Postfix) with ESMTPS id 4gGm8T3vWqz9Z\n\tfor "
         "<minutebot@hancheng-cap.example.cn>; Tue, 19 May 2026 11:20:49 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("鄭家豪", "提供香港SPV架構圖及董事名單", "2026-05-22", "abs:2026-05-22"),
        item("顾晓婷", "回覆交割先決條件清單餘下3項的意見", "2026-05-25", "next:MON"),
        item(None, "就股東協議（SHA）條款定稿", "2026-05-31", "me"),
        item("沈嘉言", "安排與創始團隊的第二次管理層訪談", "2026-06-05", "abs:2026-06-05"),
    ]
    nf = followup("2026-05-26", "16:00", "abs:2026-05-26:TUE")
    notes = ("Minutes written by the Hong Kong co-investor in Traditional Chinese (Outlook / Exchange Online, big5 "
             "base64, Date Tue 2026-05-19 03:20 +0000 = 11:20 Shanghai). Items are 二、跟進事項: #1 '匯峰資本（鄭家豪）' "
             "= the sender, an outsider (roster entry, address from From), department null, 05-22. #2 'Tina Gu（顧曉"
             "婷）' = 顾晓婷 (alias Tina Gu; the roster also lists 顧曉婷), '下週一前' -> 2026-05-25. #3 '雙方律師' is no "
             "single person and not one of our units -> owner null, no_owner, department null; '本月底前' -> "
             "2026-05-31. #4 '沈總' = 沈嘉言 (alias), 06-05. 一、討論事項 are status/decisions. Next call '5月26日"
             "（週二）下午4時（香港時間）' -> Hong Kong time equals Beijing time -> 2026-05-26 16:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7624
def make_pdf(title, paras, table, tail):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor("方慧")
    c.setTitle(title)
    c.setCreator("Microsoft Word")
    w, h = A4
    y = h - 72
    c.setFont("WQY", 16)
    c.drawCentredString(w / 2, y, title)
    y -= 36
    c.setFont("WQY", 10.5)
    for p in paras:
        c.drawString(72, y, p)
        y -= 20
    y -= 6
    colx = [72, 102, 322, 402]
    for i, row in enumerate(table):
        for x, cell in zip(colx, row):
            c.drawString(x + 4, y, cell)
        c.line(72, y + 14, 500, y + 14)
        y -= 20
    c.line(72, y + 14, 500, y + 14)
    for x in colx + [500]:
        c.line(x, y + 14, x, y + 14 + 20 * len(table))
    y -= 16
    for p in tail:
        c.drawString(72, y, p)
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


@case(7624, "pe-portfolio-review-pdf-iphone", "minutes",
      "4 items from a PDF attachment's 待办 table (bare dates); next 07-06 14:00 from the PDF",
      "iPhone Mail multipart/mixed: two-line UTF-8 QP cover note + PDF minutes (embedded CJK font) + trailing "
      "'发自我的iPhone' part; 检视结论 (risk ratings) are decisions")
def c7624():
    pdf = make_pdf("二季度投后检视会会议纪要", [
        "时间：2026年6月5日（周五）14:00-17:00    地点：42楼大会议室",
        "主持：方慧    参会：潘建国、沈嘉言、邹逸凡、孔令博、许诺",
        "一、检视结论",
        "1. 光合医疗风险等级由“关注”上调为“预警”，按月检视；",
        "2. 启衡储能维持“正常”，交割后纳入季度检视。",
        "二、待办事项",
    ], [
        ["序号", "事项", "负责人", "完成时限"],
        ["1", "完成光合医疗二季度风险评级报告", "方慧", "6月12日"],
        ["2", "提交三家被投企业的估值调整建议", "邹逸凡", "6月18日"],
        ["3", "更新LP季度报告数据底稿", "孔令博", "6月30日"],
        ["4", "核对基金二季度托管对账单", "许诺", "7月3日"],
    ], [
        "三、下次检视会：7月6日（周一）14:00",
        "记录：邹逸凡",
    ])
    fname = "二季度投后检视会纪要.pdf"
    parts = [
        text("各位，上周五投后检视会的纪要见附件，请各自跟进。\n方慧\n", "plain", "utf-8", "quoted-printable",
             ct="text/plain;\n\tcharset=utf-8"),
        attachment(pdf, "application/pdf;\n\tx-unix-mode=0644;\n\tname*=" + rfc2231(fname),
                   [("Content-Disposition", "attachment;\n\tfilename*=" + rfc2231(fname)),
                    ("Content-Transfer-Encoding", "base64")]),
        text("\n\n发自我的iPhone\n", "plain", "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8"),
    ]
    bnd = "Apple-Mail-4C0F2A7E-91B3-4D58-A6E2-3F8B1C9D0E57"
    body = multi("mixed", parts, bnd, ct="multipart/mixed; boundary=%s" % bnd)
    frm = person("方慧")
    to = [person(n) for n in ("潘建国", "沈嘉言", "邹逸凡", "孔令博", "许诺")]
    hdrs = [
        ("Content-Type", None),
        ("Content-Transfer-Encoding", "7bit"),
        ("From", fold_addrs("From", [frm], "utf-8")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Mon, 8 Jun 2026 08:12:27 +0800"),
        ("Subject", subj("二季度投后检视会纪要", "utf-8")),
        ("Message-Id", "<4C0F2A7E-91B3-4D58-A6E2-3F8B1C9D0E57@hancheng-cap.example.cn>"),
        ("Cc", fold_addrs("Cc", [BOT[PEF]], "utf-8")),
        ("To", fold_addrs("To", to, "utf-8")),
        ("X-Mailer", "iPhone Mail (23F79)"),
    ]
    hdrs = [("*", None) if k == "Content-Type" else (k, v) for k, v in hdrs]
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Mon, 08 Jun 2026 08:12:31 +0800", ip="223.104.213.9",
                                                        helo="[127.0.0.1]", qid="4gKb7W1nPcz9Q"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("方慧", "完成光合医疗二季度风险评级报告", "2026-06-12", "abs:2026-06-12"),
        item("邹逸凡", "提交三家被投企业的估值调整建议", "2026-06-18", "abs:2026-06-18"),
        item("孔令博", "更新LP季度报告数据底稿", "2026-06-30", "abs:2026-06-30"),
        item("许诺", "核对基金二季度托管对账单", "2026-07-03", "abs:2026-07-03"),
    ]
    nf = followup("2026-07-06", "14:00", "abs:2026-07-06:MON")
    notes = ("Minutes only in the attached PDF (one page, embedded CJK font, text extractable); the iPhone body (Mon "
             "2026-06-08 08:12) is a one-line cover note plus '发自我的iPhone' in a separate trailing text part. "
             "Record what a reader of the PDF records: 二、待办事项 rows with bare dates (no 前) as deadlines: 06-12, "
             "06-18, 06-30, 07-03. 一、检视结论 (risk ratings) are decisions. '三、下次检视会：7月6日（周一）14:00' -> "
             "2026-07-06 14:00. The attachment name is RFC 2231 encoded.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


def apple_mail_headers(frm, to, cc, subject, date, mid, label="utf-8", ver="3864.100.1.2.5"):
    return [
        ("From", fold_addrs("From", [frm], label)),
        ("*", None),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(%s\\))" % ver),
        ("Subject", subj(subject, label)),
        ("Message-Id", mid),
        ("Date", date),
    ] + ([("Cc", fold_addrs("Cc", cc, label))] if cc else []) + [
        ("To", fold_addrs("To", to, label)),
        ("X-Mailer", "Apple Mail (2.%s)" % ver),
    ]


# ---------------------------------------------------------------------------------------- 7625
@case(7625, "pe-partner-meeting-by-person-apple-mail", "minutes",
      "5 items grouped under 潘总/沈总/陆总/唐佳怡（我）: 下周二前, 尽快, 月底前牵头 (许诺配合 not owner), 本周五前; "
      "next '下周三同一时间' -> 06-10 09:30",
      "Apple Mail (macOS) plain text UTF-8 QP; minutes grouped by person with title headings resolved by alias; "
      "'（我）' = the sender; next meeting 'same time next Wednesday' needs the meeting time from the intro")
def c7625():
    body_txt = """各位合伙人：

今天上午（9:30-11:00）合伙人周会的记录，按人整理如下：

潘总
- 6月12日前审定二期基金募集说明书（终稿）

沈总
- 下周二前给出启衡储能交割时间表
- 跟进匯峰資本的SPV文件，尽快

陆总
- 月底前牵头完成反洗钱年度自查，许诺配合

唐佳怡（我）
- 本周五前把LP年会邀请函发出

下周三同一时间再碰一次。

佳怡
"""
    body = text(body_txt, "plain", "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8")
    frm = person("唐佳怡")
    to = [person(n) for n in ("潘建国", "沈嘉言", "陆志恒", "方慧")]
    cc = [person("许诺"), BOT[PEF]]
    hdrs = apple_mail_headers(frm, to, cc, "合伙人周会记录 6/3", "Wed, 3 Jun 2026 20:05:33 +0800",
                              "<9D3E5A71-2B4C-4F86-8E1D-6C0A7B2F9E48@hancheng-cap.example.cn>")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Wed, 03 Jun 2026 20:05:36 +0800", ip="116.228.91.40",
                                                        helo="[192.168.31.20]", qid="4gJq2M5tBvz9R"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("潘建国", "审定二期基金募集说明书（终稿）", "2026-06-12", "abs:2026-06-12"),
        item("沈嘉言", "给出启衡储能交割时间表", "2026-06-09", "next:TUE"),
        item("沈嘉言", "跟进匯峰資本的SPV文件", None, None, flags=["vague_due"]),
        item("陆志恒", "牵头完成反洗钱年度自查", "2026-06-30", "me"),
        item("唐佳怡", "把LP年会邀请函发出", "2026-06-05", "this:FRI"),
    ]
    nf = followup("2026-06-10", "09:30", "next:WED")
    notes = ("Partner-meeting notes grouped by person (Apple Mail, plain text QP), sent Wed 2026-06-03 20:05. Headings "
             "are titles: 潘总 = 潘建国, 沈总 = 沈嘉言, 陆总 = 陆志恒 (roster aliases); '唐佳怡（我）' is the writer. "
             "Every bullet under a heading is that person's item: 潘建国 06-12; 沈嘉言 '下周二前' -> 2026-06-09 and "
             "'尽快' -> vague_due; 陆志恒 '月底前牵头…许诺配合' -> owner 陆志恒 only, 2026-06-30; 唐佳怡 '本周五前' -> "
             "2026-06-05. '下周三同一时间再碰一次': the meeting was today 9:30 -> 2026-06-10 09:30.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7626
@case(7626, "pe-remediation-second-meeting-reply-outlook", "minutes",
      "3 items (方慧牵头、陆志恒配合 -> 方慧; 下周五前 -> 07-03); next 07-08 14:00; quoted first-meeting items ignored",
      "Outlook '回复:' in the thread of the first remediation meeting, new minutes on top; quoted Outlook "
      "发件人/发送时间 block with last meeting's items and next-meeting line must not be read")
def c7626():
    new = [
        "各位：",
        "",
        "今天下午第二次整改专题会的纪要直接回在这个邮件里，方便对照上次的安排。",
        "",
        "一、上次事项进展",
        "1. 财务核查报告（许诺）——已提交，未发现重大差异。",
        "2. 关联交易清单——公司已提供，正在逐笔核对。",
        "",
        "二、本次安排",
        "1. 邹逸凡：6月30日前督促光合医疗完成关联交易清理方案。",
        "2. 严雯：下周五前出具整改事项法律意见。",
        "3. 方慧牵头、陆志恒配合：7月10日前向投委会书面汇报整改进展。",
        "",
        "三、第三次专题会：7月8日（周三）下午2点，42楼小会议室。",
        "",
        "邹逸凡",
        "投后管理部 | 上海瀚澄私募基金管理有限公司",
    ]
    qhdr = [
        "发件人: 邹逸凡 <zouyifan@hancheng-cap.example.cn> ",
        "发送时间: 2026年6月10日 18:05",
        "收件人: 方慧 <fanghui@hancheng-cap.example.cn>; 严雯 <yanwen@hancheng-cap.example.cn>; 陆志恒 "
        "<luzhiheng@hancheng-cap.example.cn>; 许诺 <xunuo@hancheng-cap.example.cn>",
        "抄送: 纪要助手 <minutebot@hancheng-cap.example.cn>",
        "主题: 【纪要】光合医疗投后整改专题会（第一次）",
        "",
    ]
    old = [
        "各位：",
        "",
        "光合医疗投后整改专题会（第一次）纪要如下：",
        "1. 许诺：6月19日前完成光合医疗2025年度财务核查报告。",
        "2. 邹逸凡：6月17日前取得公司全部关联交易清单。",
        "3. 严雯：梳理投资协议中的整改与回购触发条款，尽快。",
        "下次专题会：6月24日（周三）下午2点。",
        "",
        "邹逸凡",
    ]
    plain = "\n".join(new) + "\n\n" + "\n".join(qhdr) + "\n" + "\n".join(old) + "\n"
    q_html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>%s</div>"
              % "".join(mso_p(l) for l in qhdr))
    html = outlook_html("".join(mso_p(l) for l in new) + mso_p("") + q_html + "".join(mso_p(l) for l in old),
                        "utf-8")
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "base64", ct='text/plain;\n\tcharset="utf-8"', crlf=True),
        text(html, "html", "utf-8", "base64", ct='text/html;\n\tcharset="utf-8"', crlf=True),
    ], "----=_NextPart_000_0042_01DD03A7.5B8C1E90", preamble="This is a multipart message in MIME format.")
    frm = person("邹逸凡")
    to = [person(n) for n in ("方慧", "严雯", "陆志恒", "许诺")]
    hdrs = outlook_headers(frm, to, [BOT[PEF]], "回复: 【纪要】光合医疗投后整改专题会（第一次）",
                           "Wed, 24 Jun 2026 17:40:18 +0800",
                           "<004201dd03a7$5b8c1e90$12a45bb0$@hancheng-cap.example.cn>",
                           "AQHc+M8ZVtGt0lF6T0KbX7n2Yx9sGrQEBq3k", label="utf-8",
                           extra_top=[("References", "<001c01dcf8d6$0b3e4f10$21ba6d30$@hancheng-cap.example.cn>"),
                                      ("In-Reply-To", "<001c01dcf8d6$0b3e4f10$21ba6d30$@hancheng-cap.example.cn>")])
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Wed, 24 Jun 2026 17:40:21 +0800", helo="ZOUYF-NB",
                                                        qid="4gS0pX2cRnz9T"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("邹逸凡", "督促光合医疗完成关联交易清理方案", "2026-06-30", "abs:2026-06-30"),
        item("严雯", "出具整改事项法律意见", "2026-07-03", "next:FRI"),
        item("方慧", "向投委会书面汇报整改进展", "2026-07-10", "abs:2026-07-10"),
    ]
    nf = followup("2026-07-08", "14:00", "abs:2026-07-08:WED")
    notes = ("New minutes (second remediation meeting) sent as '回复:' in the thread of the first meeting's minutes "
             "on Wed 2026-06-24 17:40; kind minutes. Only the new part counts: 一、上次事项进展 is status (已提交 / 正在"
             "核对); 二、本次安排 gives #1 06-30, #2 '下周五前' -> 2026-07-03, #3 '方慧牵头、陆志恒配合' -> owner 方慧 "
             "only, 07-10. '三、第三次专题会：7月8日（周三）下午2点' -> 2026-07-08 14:00. The quoted first minutes "
             "(below Outlook's 发件人/发送时间 block: 许诺 06-19, 邹逸凡 06-17, 严雯 尽快, next 06-24) must not be "
             "extracted again and must not set the follow-up.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7627
@case(7627, "pe-feishu-ai-minutes-notification-auto", "auto",
      "auto (Feishu system notification of generated AI minutes), no items",
      "System mail from a no-reply sender (no Auto-Submitted header; X-Auto-Response-Suppress, system footer) "
      "whose HTML body lists 待办 with owners and dates; the bot was a meeting attendee")
def c7627():
    todo = [
        ("方慧", "5月29日前确认光合医疗回购条款触发情况"),
        ("邹逸凡", "6月3日前更新5月投后数据看板"),
        ("许诺", "下周一前完成5月管理费对账"),
    ]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>智能纪要已生成</title></head><body style="margin:0;background:#f5f6f7">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f6f7"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;'
            'font-family:PingFang SC,Microsoft YaHei,Arial;font-size:14px;color:#1f2329">'
            '<tr><td style="padding:24px 32px 8px"><img src="https://sf3-cn.feishucdn.example.com/obj/mail-logo.png" '
            'width="88" alt="飞书"></td></tr>'
            '<tr><td style="padding:8px 32px;font-size:18px;font-weight:600">你参加的会议「投后月度例会」的智能纪要已生成'
            '</td></tr><tr><td style="padding:4px 32px;color:#646a73">2026年5月27日 15:00-16:20 · 组织者：邹逸凡</td>'
            '</tr><tr><td style="padding:16px 32px 4px;font-weight:600">总结</td></tr><tr><td style="padding:0 32px">'
            '5月各被投企业经营数据整体平稳；光合医疗回购条款触发条件需进一步确认；5月管理费对账尚未完成。</td></tr>'
            '<tr><td style="padding:16px 32px 4px;font-weight:600">待办</td></tr>%s'
            '<tr><td style="padding:20px 32px"><a href="https://hancheng.feishu.example.cn/minutes/obcn7x2k9q1w3e5r" '
            'style="background:#3370ff;color:#fff;padding:8px 20px;border-radius:6px;text-decoration:none">查看完整纪要'
            '</a></td></tr><tr><td style="padding:16px 32px 24px;color:#8f959e;font-size:12px">此邮件由飞书系统自动发送，'
            '请勿直接回复。如不希望接收此类邮件，可在飞书「设置 - 通知」中关闭。</td></tr></table></td></tr></table>'
            '</body></html>' % "".join('<tr><td style="padding:2px 32px">□ %s：%s</td></tr>' % (esc(a), esc(b))
                                       for a, b in todo))
    plain = ("你参加的会议「投后月度例会」的智能纪要已生成\n2026年5月27日 15:00-16:20 · 组织者：邹逸凡\n\n总结\n"
             "5月各被投企业经营数据整体平稳；光合医疗回购条款触发条件需进一步确认；5月管理费对账尚未完成。\n\n待办\n"
             + "".join("□ %s：%s\n" % t for t in todo) +
             "\n查看完整纪要：https://hancheng.feishu.example.cn/minutes/obcn7x2k9q1w3e5r\n\n"
             "此邮件由飞书系统自动发送，请勿直接回复。\n")
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "base64", ct="text/html; charset=UTF-8"),
    ], "9c1b7e3f5a2d4c6e8f0a1b3c5d7e9f2a")
    hdrs = [
        ("X-Lms-Return-Path", "<lba+26a2f71c0+5d18e2+hancheng-cap.example.cn+noreply@notify.feishu.example.cn>"),
        ("Subject", subj("【飞书】投后月度例会 的智能纪要已生成", "UTF-8")),
        ("Mime-Version", "1.0"),
        ("From", "=?UTF-8?B?%s?= <noreply@notify.feishu.example.cn>" % base64.b64encode("飞书".encode()).decode()),
        ("Date", "Wed, 27 May 2026 08:45:31 +0000"),
        ("Message-Id", "<minutes-notify-7372615083948261123@notify.feishu.example.cn>"),
        ("To", BOT[PEF][1]),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Feishu-Notify-Type", "vc_minutes_ready"),
        ("*", None),
    ]
    srv = [("Return-Path", "<bounce+vc_minutes@notify.feishu.example.cn>"), ("Delivered-To", BOT[PEF][1]),
           ("Received", "from va-mail-relay-17.notify.feishu.example.cn (va-mail-relay-17.notify.feishu.example.cn "
            "[161.117.71.17])\n\tby mx1.hancheng-cap.example.cn (Postfix) with ESMTPS id 4gHr6d0yKpz9U\n\tfor "
            "<minutebot@hancheng-cap.example.cn>; Wed, 27 May 2026 16:45:34 +0800 (CST)")]
    eml = serialise(envelope(srv, hdrs, body))
    notes = ("A Feishu system notification ('智能纪要已生成') sent to every attendee of the 5月27日 portfolio meeting, "
             "including the bot's address, which was on the calendar invite. No person wrote it: From is a no-reply "
             "system address, X-Auto-Response-Suppress: All, a notification-type header, and the footer says it "
             "was sent automatically -> kind auto, even though there is no Auto-Submitted header. The 待办 list "
             "(owners, 5月29日前, 下周一前…) must not become items; the organiser will send the real minutes "
             "himself.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7628
@case(7628, "pe-meeting-time-poll-other-feishu", "other",
      "other (asks which of two meeting times suits), no items, no follow-up",
      "Feishu mail from admin proposing two slots for a preparatory meeting and a draft agenda with names: a "
      "meeting-arrangement discussion, not minutes; no next_followup from it")
def c7628():
    lines = [
        "各位领导：",
        "",
        "下周LP年会筹备会的时间还没定下来，目前有两个时间可选：",
        "A. 6月16日（周二）上午10:00-11:30",
        "B. 6月17日（周三）下午3:00-4:30",
        "会议室：42楼大会议室（两个时间段都已预留）",
        "",
        "请在今天下班前回复哪个时间方便，我汇总后发正式会议邀请。议程初稿如下：",
        "1. LP年会嘉宾名单确认（唐佳怡）",
        "2. 会场及物料预算（许诺）",
        "3. 二期基金路演材料（潘总）",
        "",
        "谢谢！",
        "思琪",
        "行政部",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei;line-height:1.6">%s</div>'
            % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines))
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64", ct="text/plain; charset=UTF-8"),
        text(html, "html", "UTF-8", "base64", ct="text/html; charset=UTF-8"),
    ], "a0f3c5e7b9d1f3a5c7e9b1d3f5a7c9e1")
    frm = person("韦思琪")
    to = [person(n) for n in ("潘建国", "沈嘉言", "唐佳怡", "许诺", "方慧")]
    hdrs = feishu_headers(frm, to, [BOT[PEF]], "【时间确认】下周LP年会筹备会", "Thu, 11 Jun 2026 02:05:09 +0000",
                          "<e4a7c2f1-9b3d-4e6a-8c05-2d7f1b9e3a64@hancheng-cap.example.cn>",
                          "<lba+26a4c9e37+7f20a1+hancheng-cap.example.cn+weisiqi@hancheng-cap.example.cn>")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Thu, 11 Jun 2026 10:05:12 +0800", helo="[127.0.0.1]",
                                                        qid="4gNd3R0hWsz9V"))
    eml = serialise(envelope(srv, hdrs, body))
    notes = ("An administrator asks the partners to choose between two slots (06-16 10:00 or 06-17 15:00) for a "
             "preparatory meeting, sent Thu 2026-06-11 10:05 Shanghai (+0000 Date). Nothing has been held or "
             "decided: it is a meeting-arrangement discussion, not minutes -> kind other, no items; the agenda lines "
             "with names in brackets are topics, not tasks; 'please reply before 下班' is a request. No "
             "next_followup: no time has been fixed, and next_followup is read only from minutes.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7629
@case(7629, "pe-portfolio-ec-followup-table-outlook", "minutes",
      "3 items from one 外部沟通跟进表 row (① names another person, ②③ owned by the row 负责人; ③ 时间待定); "
      "next 07-17 10:00 from 下次沟通时间",
      "Outlook HTML seed 外部沟通跟进表 with a portfolio company (one 9-column row); ①②③ inside one cell; "
      "下周一前 from a Thursday")
def c7629():
    rows = [
        ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
         "下次沟通时间", "负责人"],
        ["EC2026-07-09", "2026-07-09", "启衡储能/彭总（财务总监）", "投资一部/顾晓婷", "被投企业",
         "二季度营收1.02亿元，低于预算18%，主要因两个大客户项目延期；公司希望调整三季度对赌考核口径",
         "①投后管理部邹逸凡下周一前完成预算差异分析 ②7月17日前与公司管理层召开经营分析会 ③对赌口径调整事项提交"
         "投委会讨论（时间待定）", "2026-07-17 10:00", "顾晓婷"],
    ]
    intro = ["沈总、方总监：", "", "今天和启衡储能财务总监彭总电话沟通了二季度经营情况，按跟进表记录如下：", ""]
    outro = ["", "顾晓婷", "投资一部 | 上海瀚澄私募基金管理有限公司"]
    plain = "\n".join(intro) + "\n外部沟通跟进表\n" + plain_table(rows) + "\n" + "\n".join(outro) + "\n"
    html = outlook_html("".join(mso_p(l) for l in intro) + mso_p("<b>外部沟通跟进表</b>", raw=True) +
                        mso_table(rows) + "".join(mso_p(l) for l in outro), "utf-8")
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct='text/plain;\n\tcharset="utf-8"'),
        text(html, "html", "utf-8", "quoted-printable", ct='text/html;\n\tcharset="utf-8"'),
    ], "----=_NextPart_000_0009_01DD0F5A.3C7B2E40", preamble="This is a multipart message in MIME format.")
    frm = person("顾晓婷")
    to = [person("沈嘉言"), person("方慧")]
    cc = [person("邹逸凡"), BOT[PEF]]
    hdrs = outlook_headers(frm, to, cc, "启衡储能二季度经营沟通跟进（EC2026-07-09）", "Thu, 9 Jul 2026 18:10:44 +0800",
                           "<000901dd0f5a$3c7b2e40$b5718ac0$@hancheng-cap.example.cn>",
                           "AdzPWjrKq0x7YvJ8RK2bC1m9eT4wZg==", label="utf-8")
    srv = server_top(frm[1], BOT[PEF][1], pef_received("Thu, 09 Jul 2026 18:10:47 +0800", helo="GUXT-NB",
                                                        qid="4gZ7kB4mDfz9S"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("邹逸凡", "完成预算差异分析", "2026-07-13", "next:MON"),
        item("顾晓婷", "与公司管理层召开经营分析会", "2026-07-17", "abs:2026-07-17"),
        item("顾晓婷", "对赌口径调整事项提交投委会讨论", None, None, flags=["vague_due"]),
    ]
    nf = followup("2026-07-17", "10:00", "abs:2026-07-17:FRI")
    notes = ("Seed 外部沟通跟进表 (portfolio-company row) in an Outlook HTML table, sent Thu 2026-07-09 18:10. The "
             "解决方案/进展 cell holds ①②③: ① names 投后管理部邹逸凡 -> he owns it, '下周一前' -> 2026-07-13; ② and ③ "
             "name nobody -> the row's 负责人 顾晓婷 owns them; ② 07-17; ③ '（时间待定）' -> vague_due. 核心需求/反馈 "
             "(the company's numbers and its wish to change the earn-out basis) is not a task of ours. 下次沟通时间 "
             "'2026-07-17 10:00' -> 2026-07-17 10:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


def exo_headers(frm, to, cc, subject, date, mid, tindex, label="utf-8", lang="en-US", accept="en-US, de-AT",
                extra=()):
    """Outlook desktop / OWA on Exchange Online (Microsoft 365): Date in UTC, Thread-Topic/Thread-Index."""
    return [
        ("From", fold_addrs("From", [frm], label)),
        ("To", fold_addrs("To", to, label)),
    ] + ([("CC", fold_addrs("CC", cc, label))] if cc else []) + [
        ("Subject", subj(subject, label)),
        ("Thread-Topic", subj(subject, label, name="Thread-Topic")),
        ("Thread-Index", tindex),
        ("Date", date),
        ("Message-ID", mid),
    ] + list(extra) + [
        ("Accept-Language", accept),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]


def alp_received(date_cst, host="AM9PR07MB7297.eurprd07.prod.outlook.com", qid="4gA1x2B3c4z5K",
                 out="mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71]"):
    return [
        ("Received", "from %s (%s)\n\tby mx.alpenkamm-cn.example.com (Postfix) with ESMTPS id %s\n\tfor "
         "<minutes@alpenkamm-cn.example.com>; %s (CST)" % (host, out, qid, date_cst)),
    ]


def outlook_en_html(lines):
    return outlook_html("".join(mso_p(l) for l in lines), "us-ascii", "EN-US").replace(
        "font-family:DengXian", "font-family:\"Calibri\",sans-serif")


# ---------------------------------------------------------------------------------------- 7630
@case(7630, "alp-kickoff-ai-lines-outlook-en", "minutes",
      "5 'AI:' items (by Friday -> 04-10, by Apr 15, EOD tomorrow -> 04-08, bare 'Apr 14', event-tied deadline -> "
      "vague); next Tue Apr 14 9:00",
      "Outlook (Exchange Online, UTC Date) English minutes on the first working day after Qingming: 'AI: name - "
      "task - due' lines, Decisions section not items, first-name aliases")
def c7630():
    lines = [
        "Hi team,",
        "",
        "Quick notes from today's summer maintenance kick-off (Chongli office, 14:00-15:30).",
        "Attendees: Stefan, Ethan, Zhiyuan, Gao Jianjun, Snow, Katharina",
        "",
        "Decisions",
        "- C2 chairlift stays closed until the gearbox is back from Innsbruck (target mid-May).",
        "- All tower work above 3 m needs a second person on site, no exceptions.",
        "",
        "AI: Ethan - replace the sheave liners on tower 7 (C1) - by Friday",
        "AI: Zhiyuan - count spare grips and order the shortfall from Innsbruck - by Apr 15",
        "AI: Gao Jianjun - NDT on the C1 haul rope splice - EOD tomorrow",
        "AI: Stefan - send the summer inspection plan to HQ - Apr 14",
        "AI: Katharina - toolbox talk on working at height before any tower work starts",
        "",
        "Next sync: Tue Apr 14, 9:00",
        "",
        "Thanks,",
        "Stefan",
        "",
        "Stefan Pichler",
        "Technical Service Manager",
        "Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd.",
    ]
    plain = "\n".join(lines) + "\n"
    body = multi("alternative", [
        text(plain, "plain", "us-ascii", "quoted-printable", ct='text/plain; charset="us-ascii"'),
        text(outlook_en_html(lines), "html", "us-ascii", "quoted-printable", ct='text/html; charset="us-ascii"'),
    ], "_000_AM9PR07MB72971F3C5A0B2D4E6F81AM9PR07MB7297eurp_")
    frm = ("Stefan Pichler", person("Stefan Pichler")[1])
    to = [("Ethan Zhao", person("赵宇航")[1]), ("Zhiyuan Wei", person("韦志远")[1]), ("Gao Jianjun",
                                                                                    person("高建军")[1]),
          ("Snow Meng", person("孟晓雪")[1]), ("Katharina Egger", person("Katharina Egger")[1])]
    cc = [("Markus Gruber", person("Markus Gruber")[1]), ("Minutes Bot", BOT[ALP][1])]
    hdrs = exo_headers(frm, to, cc, "Summer maintenance kick-off - notes & AIs", "Tue, 7 Apr 2026 09:10:22 +0000",
                       "<AM9PR07MB72971F3C5A0B2D4E6F81C9A7B3D5E1F2@AM9PR07MB7297.eurprd07.prod.outlook.com>",
                       "AdzGY3k8b1sQm2xTQ4S+vR5n0pLw7A==")
    srv = server_top(frm[1], BOT[ALP][1], alp_received("Tue, 7 Apr 2026 17:10:26 +0800"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("赵宇航", "replace the sheave liners on tower 7 (C1)", "2026-04-10", "wd:FRI"),
        item("韦志远", "count spare grips and order the shortfall from Innsbruck", "2026-04-15", "abs:2026-04-15"),
        item("高建军", "NDT on the C1 haul rope splice", "2026-04-08", "tmr"),
        item("Stefan Pichler", "send the summer inspection plan to HQ", "2026-04-14", "abs:2026-04-14"),
        item("Katharina Egger", "toolbox talk on working at height before any tower work starts", None, None,
             flags=["vague_due"]),
    ]
    nf = followup("2026-04-14", "09:00", "abs:2026-04-14:TUE")
    notes = ("English 'AI:' lines, Outlook on Exchange Online; Date Tue 2026-04-07 09:10 +0000 = 17:10 Shanghai, the "
             "first working day after the Qingming break. Owners by first name via roster aliases: Ethan = 赵宇航, "
             "Zhiyuan = 韦志远, Gao Jianjun = 高建军, Stefan = Stefan Pichler, Katharina = Katharina Egger. 'by "
             "Friday' -> 2026-04-10; 'by Apr 15' -> 04-15; 'EOD tomorrow' -> 2026-04-08 without a time; a bare "
             "'Apr 14' at the end of an AI line is its due date. The Katharina line ties the deadline to an undated "
             "event ('before any tower work starts') -> due null, vague_due (AMBIGUOUS: tower work on tower 7 is due "
             "by Friday, but the minutes give no date). Decisions are not items. 'Next sync: Tue Apr 14, 9:00' -> "
             "2026-04-14 09:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7631
@case(7631, "alp-hq-call-owner-due-blocks-cest", "minutes",
      "4 Owner/Due blocks (within 3 working days -> 06-04, HQ outsider owner, Owner TBD + ASAP), status block "
      "skipped; next 'Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 06-09 16:00",
      "Outlook (Exchange Online EU) English minutes from Austrian HQ: numbered topics with 'Owner:'/'Due:' lines, "
      "a 'Status: … no action' block, next sync in CEST with the Beijing time in brackets")
def c7631():
    lines = [
        "Hello everyone,",
        "",
        "Minutes of today's HQ-Chongli technical call (09:00-09:50 CEST).",
        "Participants: Lukas Brandstätter (HQ), Stefan Pichler, Ethan Zhao, Snow Meng",
        "",
        "1. Gearbox oil analysis for C3",
        "   Owner: Ethan Zhao",
        "   Due: Fri Jun 5",
        "",
        "2. Spare brake pads - customs paperwork",
        "   Owner: Snow Meng",
        "   Due: within 3 working days",
        "",
        "3. Commissioning checklist v2.3 - update with the Chongli comments",
        "   Owner: Lukas (HQ)",
        "   Due: June 12",
        "",
        "4. Crane booking for the tower 4 rope pull",
        "   Owner: TBD",
        "   Due: ASAP",
        "",
        "5. C2 gearbox return shipment",
        "   Status: shipped from Innsbruck on 29 May, ETA Tianjin port 3 July - no action needed",
        "",
        "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)",
        "",
        "Best regards",
        "Lukas",
        "",
        "Lukas Brandstätter",
        "Project Engineering | Alpenkamm Seilbahnen GmbH, Innsbruck",
    ]
    plain = "\n".join(lines) + "\n"
    html = outlook_html("".join(mso_p(l.replace("   ", "&nbsp;&nbsp;&nbsp;") if l.startswith("   ") else esc(l),
                                      raw=True) for l in lines), "utf-8", "DE-AT")
    body = multi("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable", ct='text/plain; charset="utf-8"'),
        text(html, "html", "utf-8", "quoted-printable", ct='text/html; charset="utf-8"'),
    ], "_000_DB9PR07MB80243E1A5C7B9D2F4A60DB9PR07MB8024eurp_")
    frm = ("Lukas Brandstätter", person("Lukas Brandstätter")[1])
    to = [("Stefan Pichler", person("Stefan Pichler")[1]), ("Ethan Zhao", person("赵宇航")[1]),
          ("Snow Meng", person("孟晓雪")[1])]
    cc = [("Markus Gruber", person("Markus Gruber")[1]), ("Minutes Bot", BOT[ALP][1])]
    hdrs = exo_headers(frm, to, cc, "Minutes HQ-Chongli technical call 2026-06-01", "Mon, 1 Jun 2026 08:25:10 +0000",
                       "<DB9PR07MB80243E1A5C7B9D2F4A60A1C3E5B7D9F0@DB9PR07MB8024.eurprd07.prod.outlook.com>",
                       "AdzxW2d5yE0fN1ZrT7a8c2Qk9bL6VA==", lang="de-AT", accept="de-AT, en-US")
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Mon, 1 Jun 2026 16:25:14 +0800", host="DB9PR07MB8024.eurprd07.prod.outlook.com", qid="4gJ0m7Q2r9z5L",
        out="mail-am6eur05on2059.outbound.protection.outlook.com [40.107.22.59]"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("赵宇航", "Gearbox oil analysis for C3", "2026-06-05", "abs:2026-06-05:FRI"),
        item("孟晓雪", "Spare brake pads - customs paperwork", "2026-06-04", "wk:3"),
        item("Lukas Brandstätter", "Commissioning checklist v2.3 - update with the Chongli comments", "2026-06-12",
             "abs:2026-06-12"),
        item(None, "Crane booking for the tower 4 rope pull", None, None, flags=["vague_due"]),
    ]
    nf = followup("2026-06-09", "16:00", "abs:2026-06-09:TUE")
    notes = ("English minutes from the Austrian head office (Outlook, Exchange Online EU tenant), Date Mon 2026-06-01 "
             "08:25 +0000 = 16:25 Shanghai. Each numbered topic with Owner:/Due: lines is an item; topic 5 has only "
             "'Status: … no action needed' -> not an item. #1 'Fri Jun 5' -> 2026-06-05. #2 'within 3 working days' "
             "counted in Chinese working days from Tue 06-02 -> 06-02, 06-03, 06-04 -> 2026-06-04. #3 'Lukas (HQ)' = "
             "the sender Lukas Brandstätter, an outsider (roster entry, address from From), department null, "
             "06-12. #4 'Owner: TBD' -> no_owner, 'ASAP' -> vague_due, department null. Next sync 'Tue Jun 9, 10:00 "
             "CEST (16:00 Beijing)' -> times are Asia/Shanghai -> 2026-06-09 16:00 (10:00 CEST = 08:00 UTC = 16:00 "
             "CST, consistent).")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7632
@case(7632, "alp-gm-management-actions-apple-mail", "minutes",
      "4 items: by Friday, end of month, EOD (today, no time), 'Stefan, with Ethan supporting' (no date -> no_due); "
      "no follow-up",
      "Plain, common Apple Mail us-ascii 7bit note from the Austrian GM; 'Actions:' bullets 'Name: task, due'; "
      "FYI fact line not an item")
def c7632():
    body_txt = """Morning all,

Short notes from this morning's management meeting (08:00-08:40).

Actions:
- Katharina: rescue drill plan for the summer bike lift, by Friday
- Jia: Q3 cash-flow forecast, end of month
- Cathy: send the quote for Songling's gondola cabin refurbishment to Tian Ye, EOD
- Stefan, with Ethan supporting: fix the C2 anemometer reading (no date yet, waiting for the new sensor)

FYI: HQ confirmed the summer season start on 27 June.

Markus
"""
    body = text(body_txt, "plain", "us-ascii", "7bit", ct="text/plain;\n\tcharset=us-ascii")
    frm = ("Markus Gruber", person("Markus Gruber")[1])
    to = [("Katharina Egger", person("Katharina Egger")[1]), ("Liu Jia", person("刘佳")[1]),
          ("Cathy Dong", person("董倩")[1]), ("Stefan Pichler", person("Stefan Pichler")[1])]
    cc = [("Ethan Zhao", person("赵宇航")[1]), ("Minutes Bot", BOT[ALP][1])]
    hdrs = apple_mail_headers(frm, to, cc, "Mgmt meeting 18/5 - actions", "Mon, 18 May 2026 08:50:41 +0800",
                              "<5E8A2C91-7D3F-4B06-A1E4-9C2B6F0D8A37@alpenkamm-cn.example.com>")
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Mon, 18 May 2026 08:50:47 +0800", host="VI1PR07MB6453.eurprd07.prod.outlook.com", qid="4gGc3N8s1kz5M",
        out="mail-vi1eur05on2112.outbound.protection.outlook.com [40.107.21.112]"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("Katharina Egger", "rescue drill plan for the summer bike lift", "2026-05-22", "wd:FRI"),
        item("刘佳", "Q3 cash-flow forecast", "2026-05-31", "me"),
        item("董倩", "send the quote for Songling's gondola cabin refurbishment to Tian Ye", "2026-05-18", "today"),
        item("Stefan Pichler", "fix the C2 anemometer reading", None, None, flags=["no_due"]),
    ]
    notes = ("Short English action list from the GM (Apple Mail, us-ascii 7bit), sent Mon 2026-05-18 08:50 +0800. "
             "Owners by first name: Katharina = Katharina Egger, Jia = 刘佳, Cathy = 董倩 (roster aliases). 'by "
             "Friday' -> 2026-05-22; 'end of month' -> 2026-05-31; 'EOD' -> the send date 2026-05-18 without a time. "
             "'Stefan, with Ethan supporting' -> owner Stefan Pichler only (a supporter is not an owner); '(no date "
             "yet…)' -> no_due. 'FYI: … season start on 27 June' is a fact. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7633
@case(7633, "alp-warehouse-stocktake-table-outlook-zh", "minutes",
      "4 items from a status table (done row skipped): 05-09 make-up Saturday, 本月15号前, 下周一, 2个工作日内 -> "
      "05-09; next 05-14 16:00",
      "Outlook zh-CN on Exchange Online (UTC Date) gb2312 base64 HTML table; owner cells with title "
      "('仓储主管韦志远', '高师傅'); 2个工作日内 lands on the make-up Saturday")
def c7633():
    intro = ["Stefan、各位：", "", "今天下午备件仓库盘点复盘会的结论和分工如下：", "",
             "盘点结果：账实相符率97.6%，差异主要在抱索器夹块和滚轮衬垫，明细见共享盘。", ""]
    rows = [
        ["序号", "事项", "负责人", "完成时间", "状态"],
        ["1", "钢丝绳夹具盘点差异复核，出差异说明", "仓储主管韦志远", "5月9日（周六调休）前", "进行中"],
        ["2", "清理过期润滑脂并办理报废手续", "孟晓雪", "本月15号前", "未开始"],
        ["3", "申请新增备件货架预算", "刘佳", "下周一", "未开始"],
        ["4", "ERP备件编码统一", "韦志远/孟晓雪", "—", "已完成"],
        ["5", "更新备件安全库存表", "高师傅", "2个工作日内", "未开始"],
    ]
    outro = ["", "下次盘点会：5月14日（周四）16:00，仓库办公室", "", "韦志远", "Spare Parts & Logistics",
             "Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd."]
    plain = "\n".join(intro) + "\n" + plain_table(rows) + "\n" + "\n".join(outro) + "\n"
    html = outlook_html("".join(mso_p(l) for l in intro) + mso_table(rows) + "".join(mso_p(l) for l in outro),
                        "gb2312")
    body = multi("alternative", [
        text(plain, "plain", "gb2312", "base64", ct='text/plain; charset="gb2312"', crlf=True),
        text(html, "html", "gb2312", "base64", ct='text/html; charset="gb2312"', crlf=True),
    ], "_000_PAXPR07MB84312B7E9C1A3F5D0E62PAXPR07MB8431eurp_")
    frm = person("韦志远")
    to = [("Stefan Pichler", person("Stefan Pichler")[1]), person("孟晓雪"), person("刘佳"), person("高建军")]
    cc = [BOT[ALP]]
    hdrs = exo_headers(frm, to, cc, "备件仓库盘点复盘会纪要 5/7", "Thu, 7 May 2026 08:30:16 +0000",
                       "<PAXPR07MB84312B7E9C1A3F5D0E62F4A8C0B2D6E3@PAXPR07MB8431.eurprd07.prod.outlook.com>",
                       "AdzeA7v9xJ3kR5sPQ1mT0c8yNb2W4g==", label="gb2312", lang="zh-CN", accept="zh-CN, en-US")
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Thu, 7 May 2026 16:30:20 +0800", host="PAXPR07MB8431.eurprd07.prod.outlook.com", qid="4gE5r0Z7t2z5N",
        out="mail-db3eur04on2088.outbound.protection.outlook.com [40.107.6.88]"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    items = [
        item("韦志远", "钢丝绳夹具盘点差异复核，出差异说明", "2026-05-09", "abs:2026-05-09:SAT"),
        item("孟晓雪", "清理过期润滑脂并办理报废手续", "2026-05-15", "md:15"),
        item("刘佳", "申请新增备件货架预算", "2026-05-11", "next:MON"),
        item("高建军", "更新备件安全库存表", "2026-05-09", "wk:2"),
    ]
    nf = followup("2026-05-14", "16:00", "abs:2026-05-14:THU")
    notes = ("Chinese minutes written by a local supervisor of the Austrian-owned company (Outlook zh-CN on Exchange "
             "Online, gb2312 base64, Date Thu 2026-05-07 08:30 +0000 = 16:30 Shanghai, the week after May Day). "
             "Status table: row 4 已完成 -> not an item. #1 owner cell '仓储主管韦志远' (title + name); '5月9日（周六"
             "调休）前' -> 2026-05-09, a make-up working day. #2 '本月15号前' -> 2026-05-15. #3 '下周一' -> "
             "2026-05-11. #5 '高师傅' = 高建军 (alias); '2个工作日内' from Fri 05-08: 05-08 (1), Sat 05-09 make-up "
             "working day (2) -> 2026-05-09 (a Mon-Fri count gives 05-11). The 盘点结果 line is a fact. 下次盘点会 "
             "'5月14日（周四）16:00' -> 2026-05-14 16:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7634
@case(7634, "alp-hse-audit-docx-thunderbird", "minutes",
      "3 open actions from a .docx table (Closed row skipped); next review 10 July 2026 14:00 from the docx",
      "Thunderbird format=flowed plain cover note + English .docx minutes (action table No./Action/Owner/Due/"
      "Status); '-- ' signature")
def c7634():
    when = dt.datetime(2026, 6, 2, 17, 40, 0)
    blocks = [
        ("h", "HSE Audit Close-out Meeting - Minutes"),
        ("p", "Date: Tuesday, 2 June 2026, 14:00-15:30"),
        ("p", "Location: Chongli service base, meeting room 1"),
        ("p", "Attendees: Katharina Egger (chair), Markus Gruber, Stefan Pichler, Ethan Zhao, Gao Jianjun"),
        ("p", "1. Summary of findings"),
        ("p", "The internal HSE audit of 12-14 May found no critical non-conformities. Four minor findings were "
              "raised; one was closed before the meeting. The audit team noted good housekeeping in the workshop."),
        ("p", "2. Actions"),
        ("t", [
            ["No.", "Action", "Owner", "Due", "Status"],
            ["1", "Replace missing evacuation signage at C2 bottom station", "Gao Jianjun", "12 June 2026", "Open"],
            ["2", "Retrain rescue team on the new rope-descent kit", "Katharina Egger", "26 June 2026", "Open"],
            ["3", "Calibrate wind sensors on C1-C3", "Ethan Zhao", "30 June 2026", "Open"],
            ["4", "Update lock-out/tag-out register", "Stefan Pichler", "5 June 2026", "Closed"],
        ]),
        ("p", "3. Next review"),
        ("p", "Friday, 10 July 2026, 14:00, Chongli service base."),
        ("p", "Minutes: K. Egger"),
    ]
    docx_bytes = make_docx(blocks, "Katharina Egger", when, "HSE audit close-out minutes", east_asia="SimSun")
    cover = ("Hi all,\n\nplease find attached the minutes of yesterday's HSE audit close-out meeting. Owners, \n"
             "please check your actions and shout if a date doesn't work for you.\n\nBest,\nKathi\n\n-- \n"
             "Katharina Egger\nHSE Manager | Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd.\n")
    fname = "HSE_audit_close-out_minutes_2026-06-02.docx"
    bnd = "------------mP0a7cR2xT9bW4kS1eN6vQ3u"
    body = multi("mixed", [
        text(cover, "plain", "UTF-8", "7bit", ct="text/plain; charset=UTF-8; format=flowed"),
        attachment(docx_bytes, '%s; name="%s"' % (DOCX_CT, fname),
                   [("Content-Disposition", 'attachment; filename="%s"' % fname),
                    ("Content-Transfer-Encoding", "base64")]),
    ], bnd, ct='multipart/mixed; boundary="%s"' % bnd, preamble="This is a multi-part message in MIME format.")
    frm = ("Katharina Egger", person("Katharina Egger")[1])
    to = [("Markus Gruber", person("Markus Gruber")[1]), ("Stefan Pichler", person("Stefan Pichler")[1]),
          ("Ethan Zhao", person("赵宇航")[1]), ("Gao Jianjun", person("高建军")[1])]
    hdrs = [
        ("*", None),
        ("Message-ID", "<7b3c1e9a-4f2d-4a86-b0c5-2e9d8f1a6c43@alpenkamm-cn.example.com>"),
        ("Date", "Wed, 3 Jun 2026 09:12:05 +0800"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
        ("To", fold_addrs("To", to, "UTF-8")),
        ("Cc", "Minutes Bot <%s>" % BOT[ALP][1]),
        ("From", "Katharina Egger <%s>" % frm[1]),
        ("Subject", "HSE audit close-out - minutes & actions"),
    ]
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Wed, 3 Jun 2026 09:12:09 +0800", host="AS8PR07MB7655.eurprd07.prod.outlook.com", qid="4gJt5D1w8fz5P",
        out="mail-am7eur03on2130.outbound.protection.outlook.com [40.107.105.130]"))
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("高建军", "Replace missing evacuation signage at C2 bottom station", "2026-06-12", "abs:2026-06-12"),
        item("Katharina Egger", "Retrain rescue team on the new rope-descent kit", "2026-06-26", "abs:2026-06-26"),
        item("赵宇航", "Calibrate wind sensors on C1-C3", "2026-06-30", "abs:2026-06-30"),
    ]
    nf = followup("2026-07-10", "14:00", "abs:2026-07-10:FRI")
    notes = ("The minutes are only in the attached English .docx; the Thunderbird body (Wed 2026-06-03 09:12, "
             "format=flowed) is a cover note asking owners to check their dates. Action table: rows 1-3 Open -> "
             "items with absolute dates 06-12, 06-26, 06-30; row 4 'Closed' -> not an item. Owners via aliases: "
             "Gao Jianjun = 高建军, Ethan Zhao = 赵宇航. The summary of findings is not an item. 'Next review: Friday, "
             "10 July 2026, 14:00' -> 2026-07-10 14:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7635
@case(7635, "alp-rope-supplier-minutes-gmail-cest", "minutes",
      "4 items from a German supplier's 'Action items' (Date 15:40 +0200 = 21:40 Shanghai Thu): next Wednesday "
      "-> 07-01, event-relative deadline (vague), July 6, by Monday -> 06-29; next 'Thursday 2 July … 15:00 China'",
      "Gmail (Google Workspace) UTF-8 QP alt from an external supplier; owners written as 'Company (Name)'; "
      "'Agreed' section not items; CET label in summer but China time given")
def c7635():
    lines = [
        "Dear Markus, dear Ethan,",
        "",
        "thanks for the call today. Here is my summary of what we agreed for the haul rope re-splice on C1 in July.",
        "",
        "Agreed",
        "- The splice on C1 will be made by our splicer (Mr. Thomas Wendt) together with two of your technicians.",
        "- Splice length 1,200 x rope diameter as per EN 12927.",
        "",
        "Action items",
        "1. Westfalen (Jan): ship the splice tools to Chongli by next Wednesday.",
        "2. Alpenkamm CN (Snow): arrange import clearance for the tools within 3 working days of arrival.",
        "3. Ethan: prepare tower 5 for splicing (rope clamps, pulling winch) by July 6.",
        "4. Markus: confirm the C1 shutdown window with Songling resort by Monday.",
        "",
        "Next call: Thursday 2 July, 9:00 CET / 15:00 China.",
        "",
        "Best regards / Mit freundlichen Grüßen",
        "Jan Köhler",
        "Project Engineer Ropeways",
        "Westfalen Drahtseil GmbH",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div dir="ltr">%s</div>\n' % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines))
    body = multi("alternative", [
        text(plain, "plain", "UTF-8", "quoted-printable", ct='text/plain; charset="UTF-8"'),
        text(html, "html", "UTF-8", "quoted-printable", ct='text/html; charset="UTF-8"'),
    ], "000000000000d41c7e0652f1a9b3", ct='multipart/alternative; boundary="000000000000d41c7e0652f1a9b3"')
    frm = ("Jan Köhler", person("Jan Köhler")[1])
    to = [("Markus Gruber", person("Markus Gruber")[1]), ("Ethan Zhao", person("赵宇航")[1])]
    cc = [("Snow Meng", person("孟晓雪")[1]), ("", BOT[ALP][1])]
    hdrs = [
        ("*", None),
        ("MIME-Version", "1.0"),
        ("From", fold_addrs("From", [frm], "UTF-8", "Q")),
        ("Date", "Thu, 25 Jun 2026 15:40:18 +0200"),
        ("X-Gm-Features", "AQt7F2qLm9Xc1VbR4nT8yE0uW6sJ3kHa5pDf"),
        ("Message-ID", "<CAK9xT4pR2vZ8m3Qn7YwE1cFh5Lb0Jd6Sg9Ua2Ko4Vx@mail.gmail.com>"),
        ("Subject", "C1 haul rope re-splice - call summary 25 June"),
        ("To", fold_addrs("To", to, "UTF-8", "Q")),
        ("Cc", fold_addrs("Cc", cc, "UTF-8", "Q")),
    ]
    srv = server_top(frm[1], BOT[ALP][1], [
        ("Received", "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])\n\tby "
         "mx.alpenkamm-cn.example.com (Postfix) with ESMTPS id 4gRz8H0c3mz5Q\n\tfor <minutes@alpenkamm-cn.example.com>; "
         "Thu, 25 Jun 2026 21:40:24 +0800 (CST)"),
        ("Received", "by mail-ej1-f44.google.com with SMTP id a640c23a62f3a-b0e4c1d2f3aso118273966b.2\n        for "
         "<minutes@alpenkamm-cn.example.com>; Thu, 25 Jun 2026 06:40:21 -0700 (PDT)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("Jan Köhler", "ship the splice tools to Chongli", "2026-07-01", "next:WED"),
        item("孟晓雪", "arrange import clearance for the tools within 3 working days of arrival", None, None,
             flags=["vague_due"]),
        item("赵宇航", "prepare tower 5 for splicing (rope clamps, pulling winch)", "2026-07-06", "abs:2026-07-06"),
        item("Markus Gruber", "confirm the C1 shutdown window with Songling resort", "2026-06-29", "wd:MON"),
    ]
    nf = followup("2026-07-02", "15:00", "abs:2026-07-02:THU")
    notes = ("Minutes written by the German rope supplier (Gmail / Google Workspace, external From), Date Thu "
             "2026-06-25 15:40 +0200 = 21:40 Shanghai (same day). #1 'Westfalen (Jan)' = the sender Jan Köhler "
             "(roster outsider, address from From), 'by next Wednesday' -> 2026-07-01. #2 'Alpenkamm CN (Snow)' = "
             "孟晓雪; 'within 3 working days of arrival' depends on an undated arrival -> due null, vague_due "
             "(AMBIGUOUS: no_due is arguable; it is a deadline phrase that cannot be dated yet). #3 'by July 6' -> "
             "2026-07-06. #4 'by Monday' -> 2026-06-29. 'Agreed' lists decisions. 'Next call: Thursday 2 July, 9:00 "
             "CET / 15:00 China' -> 2026-07-02 15:00 (the writer says CET for Central European summer time; the "
             "China time is explicit).")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# ---------------------------------------------------------------------------------------- 7636
@case(7636, "alp-gm-out-of-office-auto", "auto",
      "auto (Exchange out-of-office reply to the bot), no items",
      "Exchange Online 'Automatic reply:' (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) in "
      "English and German with dates and named delegates, In-Reply-To the bot's recap")
def c7636():
    txt = ("Thank you for your message. I am on home leave in Austria from 4 July until 26 July 2026 with limited "
           "access to e-mail.\nFor urgent technical matters please contact Stefan Pichler "
           "(stefan.pichler@alpenkamm-cn.example.com); for commercial questions please contact Cathy Dong "
           "(dong.qian@alpenkamm-cn.example.com).\nI will reply after my return on 27 July.\n\nDanke für Ihre "
           "Nachricht. Ich bin von 4. bis 26. Juli 2026 auf Heimaturlaub und nur eingeschränkt erreichbar. In "
           "dringenden technischen Fällen wenden Sie sich bitte an Stefan Pichler.\n\nMarkus Gruber\nGeneral "
           "Manager | Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd.\n")
    html = outlook_html("".join(mso_p(l) for l in txt.rstrip("\n").split("\n")), "utf-8", "DE-AT")
    body = multi("alternative", [
        text(txt, "plain", "utf-8", "quoted-printable", ct='text/plain; charset="utf-8"'),
        text(html, "html", "utf-8", "quoted-printable", ct='text/html; charset="utf-8"'),
    ], "_000_VI1PR07MB6453A5C1E9F3B7D2048EVI1PR07MB6453eurp_")
    frm = ("Markus Gruber", person("Markus Gruber")[1])
    subject = "Automatic reply: [Recap] Summer ops prep meeting 06 Jul - please confirm your items"
    hdrs = exo_headers(frm, [("Minutes Bot", BOT[ALP][1])], [], subject, "Mon, 6 Jul 2026 02:14:09 +0000",
                       "<VI1PR07MB6453A5C1E9F3B7D2048E6C1A3F5B7D92@VI1PR07MB6453.eurprd07.prod.outlook.com>",
                       "AQHdDS1f8Qk2XcRvT0uXzK3Lm9YwBQ==", lang="de-AT", accept="de-AT, en-US",
                       extra=[("In-Reply-To", "<r.20260706101402.a41c@alpenkamm-cn.example.com>"),
                              ("References", "<r.20260706101402.a41c@alpenkamm-cn.example.com>"),
                              ("Auto-Submitted", "auto-replied"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "markus.gruber@alpenkamm-cn.example.com"),
                              ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                              ("X-Auto-Response-Suppress", "All")])
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Mon, 6 Jul 2026 10:14:12 +0800", host="VI1PR07MB6453.eurprd07.prod.outlook.com", qid="4gWc1K5n0rz5S",
        out="mail-vi1eur05on2104.outbound.protection.outlook.com [40.107.21.104]"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    notes = ("Out-of-office reply from the GM's Exchange mailbox to the bot's recap (Subject 'Automatic reply: "
             "[Recap] …', Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, In-Reply-To the recap). "
             "No person wrote it -> kind auto. Its dates (4-26 July, return 27 July) and delegates are not items, "
             "not an extension request and not an objection; the bot must not answer it.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7637
@case(7637, "alp-monthly-newsletter-person-other", "other",
      "other (internal newsletter written by the HSE manager to the all-staff group), no items",
      "Outlook HTML newsletter sent by a person to a distribution group that includes the bot: sections, "
      "reminders with dates and names ('timesheets by 3 July', 'see Snow by Friday'); no list headers")
def c7637():
    sections = [
        ("<h2 style='color:#C00000;font-family:Calibri'>Chongli Service Monthly - June 2026</h2>", None),
        ("Safety corner", "Zero lost-time incidents in June - 212 days in a row. Thank you all! Remember: every "
                          "climb above 3 m needs a second person on site, no exceptions."),
        ("Project news", "The C2 gearbox is back from Innsbruck and will be installed in the week of 13 July. The "
                         "C1 haul rope re-splice with Westfalen is planned for early July; Ethan's team will prepare "
                         "tower 5. Songling resort opens its summer bike park on 25 July."),
        ("People", "A warm welcome to our new service technician Zhang Rui, who joined the Technical Service team "
                   "on 15 June. Congratulations to Gao Jianjun on 10 years with Alpenkamm!"),
        ("Reminders", "- Timesheets for June are due by 3 July.\n- Summer uniforms: please collect yours from Snow "
                      "in the warehouse office by Friday.\n- The canteen closes at 13:30 during the summer "
                      "season."),
        ("", "Have a good summer season,\nKathi"),
    ]
    plain_parts, html_parts = [], []
    for head, para in sections:
        if para is None:
            plain_parts.append("Chongli Service Monthly - June 2026\n")
            html_parts.append(head)
            continue
        if head:
            plain_parts.append(head.upper())
            html_parts.append("<h3 style='font-family:Calibri;color:#1F3864'>%s</h3>" % esc(head))
        plain_parts.append(para + "\n")
        html_parts.append("".join(mso_p(l) for l in para.split("\n")))
    plain = "\n".join(plain_parts)
    html = outlook_en_html([]).replace("<div class=WordSection1></div>",
                                       "<div class=WordSection1>%s</div>" % "".join(html_parts))
    body = multi("alternative", [
        text(plain, "plain", "us-ascii", "quoted-printable", ct='text/plain; charset="us-ascii"'),
        text(html, "html", "us-ascii", "quoted-printable", ct='text/html; charset="us-ascii"'),
    ], "_000_AS8PR07MB76559E3B1D5F7A9C0E24AS8PR07MB7655eurp_")
    frm = ("Katharina Egger", person("Katharina Egger")[1])
    to = [("Alpenkamm CN - All Staff", "allstaff@alpenkamm-cn.example.com")]
    hdrs = exo_headers(frm, to, [], "Chongli Service Monthly - June 2026", "Tue, 30 Jun 2026 02:00:37 +0000",
                       "<AS8PR07MB76559E3B1D5F7A9C0E24B6D8F0A2C4E1@AS8PR07MB7655.eurprd07.prod.outlook.com>",
                       "AdzcSe7Nn5m3VqR8Q0W6jLk2Ya9TbA==", lang="en-GB", accept="en-GB, de-AT")
    srv = server_top(frm[1], BOT[ALP][1], alp_received(
        "Tue, 30 Jun 2026 10:00:43 +0800", host="AS8PR07MB7655.eurprd07.prod.outlook.com", qid="4gTq9F2y6bz5R",
        out="mail-am7eur03on2122.outbound.protection.outlook.com [40.107.105.122]"))
    eml = serialise(envelope(srv, hdrs, body), "\r\n")
    notes = ("A monthly internal newsletter written by the HSE manager and sent from her own Outlook to the "
             "all-staff distribution group, of which the bot's mailbox is a member (To is the group, the bot is "
             "not named). A person wrote it and there are no list/bulk headers, so it is not auto; it is not minutes "
             "either (no meeting, no action list) -> kind other, no items. The reminders ('timesheets … by 3 July', "
             "'collect … from Snow … by Friday') and project dates are announcements, not tracked tasks.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ---------------------------------------------------------------------------------------- 7638
@case(7638, "alp-customer-minutes-exmail-gb18030", "minutes",
      "4 items from a customer's minutes (our 赵工/董倩, the customer's own 工程部 no_owner dept null, the writer's "
      "own item); next 07-22 on one line + 上午10:00 on the next",
      "Tencent Exmail (企业微信) gb18030 base64 alt from an external resort; '阿尔卡姆（赵工）' and '阿尔卡姆董倩' "
      "owners; 我方工程部 = the customer's unit; 会议确认事项 not items")
def c7638():
    lines = [
        "Markus、董经理，你们好：",
        "",
        "今天上午关于夏季山地车索道运营保障的对接会纪要如下，请确认：",
        "",
        "会议时间：2026年7月15日 10:00-11:30",
        "参会：松岭滑雪度假区 田野及工程部同事；阿尔卡姆 Markus Gruber、董倩、赵宇航",
        "",
        "一、会议确认事项",
        "1. 7月25日起C2吊椅索道恢复夏季运营（山地车+观光）。",
        "2. 夏季运营期间阿尔卡姆派1名技术员驻场。",
        "",
        "二、待办",
        "1. 阿尔卡姆（赵工）：7月20日前完成C2吊椅抱索器年度检测。",
        "2. 阿尔卡姆董倩：本周五前提供检测及驻场服务报价。",
        "3. 我方工程部：7月底前完成C2站房围栏加固。",
        "4. 田野：下周二前确认夏季运营时间表并发给阿尔卡姆。",
        "",
        "三、下次对接",
        "7月22日（周三）",
        "上午10:00，松岭C2站房二楼",
        "",
        "田野",
        "松岭滑雪度假区 运营部",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>%s</div>'
            % "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines))
    body = multi("alternative", [
        text(plain, "plain", "gb18030", "base64", ct='text/plain;\n\tcharset="gb18030"'),
        text(html, "html", "gb18030", "base64", ct='text/html;\n\tcharset="gb18030"'),
    ], "----=_NextPart_6A964B2E_0F1C3A58_2B7D9E41")
    frm = person("田野")
    to = [("Markus Gruber", person("Markus Gruber")[1]), ("董倩", person("董倩")[1])]
    cc = [("赵宇航", person("赵宇航")[1]), ("", BOT[ALP][1])]
    hdrs = [
        ("X-QQ-mid", "bizesmtp2t1784106312tk7x3qa9"),
        ("X-QQ-Originating-IP", "Q3kVbZ2mN8xR4tC6yL0wJ1fH5gD9sA7e"),
        ("From", fold_addrs("From", [frm], "gb18030")),
        ("To", fold_addrs("To", to, "gb18030")),
        ("Cc", fold_addrs("Cc", cc, "gb18030")),
        ("Subject", subj("夏季山地车索道运营保障对接会纪要（7月15日）", "gb18030")),
        ("Mime-Version", "1.0"),
        ("*", None),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", "Wed, 15 Jul 2026 17:05:12 +0800"),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_5C2E8A1F7B3D9046E1A2C4B6D8F0A1C3E508@songling-resort.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    srv = server_top(frm[1], BOT[ALP][1], [
        ("Received", "from smtpbguseast2.qq.example.com (smtpbguseast2.qq.example.com [54.204.34.130])\n\tby "
         "mx.alpenkamm-cn.example.com (Postfix) with ESMTPS id 4gZx0T6p1kz5U\n\tfor <minutes@alpenkamm-cn.example.com>; "
         "Wed, 15 Jul 2026 17:05:16 +0800 (CST)"),
    ])
    eml = serialise(envelope(srv, hdrs, body))
    items = [
        item("赵宇航", "完成C2吊椅抱索器年度检测", "2026-07-20", "abs:2026-07-20"),
        item("董倩", "提供检测及驻场服务报价", "2026-07-17", "this:FRI"),
        item(None, "完成C2站房围栏加固", "2026-07-31", "me"),
        item("田野", "确认夏季运营时间表并发给阿尔卡姆", "2026-07-21", "next:TUE"),
    ]
    nf = followup("2026-07-22", "10:00", "abs:2026-07-22:WED")
    notes = ("Minutes written by the customer (a ski resort, external From, Tencent Exmail via 企业微信, gb18030 "
             "base64; the top-level 'Content-Transfer-Encoding: 8Bit' on the multipart is Exmail's habit), sent Wed "
             "2026-07-15 17:05, with the bot in Cc. #1 '阿尔卡姆（赵工）' = 赵宇航 (a person in brackets after the "
             "company; alias 赵工), 07-20. #2 '阿尔卡姆董倩' = company + name, '本周五前' -> 2026-07-17. #3 '我方工程部' "
             "is the customer's own department -> owner null, no_owner, department null (not one of Alpenkamm's), "
             "'7月底前' -> 2026-07-31. #4 '田野' = the writer (roster outsider, address from From), '下周二前' -> "
             "2026-07-21. 一、会议确认事项 are decisions. The next meeting date and time are on two lines ('7月22日"
             "（周三）' / '上午10:00，…') -> 2026-07-22 10:00.")
    return {"eml": eml, "items": items, "next": nf, "notes": notes}


# === END CASES ===


README_HEAD = """# heldout48 — blind held-out set: minutes mails CC'd to minutebot (cases 7601–7638)

38 raw messages (`NNNN-slug.eml`, the bytes the bot's mail server stores, with Return-Path / Delivered-To /
Received added on delivery) and their gold answers (`NNNN-slug.json`, the corpus README's flat schema), the
roster the bots know (`roster.csv`) and the deterministic generator `make_heldout48.py`.

    /work/blind/venv/bin/python make_heldout48.py           # rewrite every file (no clock, no randomness)
    /work/blind/venv/bin/python make_heldout48.py --check   # validate what is on disk

`--check` re-parses every .eml with `email.policy.default` (no defects in any part or header; every text part
decodes with its declared charset, a `gb2312` label being read as GBK as mail clients do), recomputes every gold
date and the follow-up from the message's own Date header in Asia/Shanghai with `chinesecalendar` (each gold date
is written by hand in the generator next to a rule such as `wk:5`, `next:WED`, `after:Labour Day`, and the check
fails if they disagree), checks the gold schema, the roster (owner name/department/email agree with it; outsider
owners appear in From/To/Cc) and that the files on disk are byte-identical to what the generator writes.

Counts: **minutes 32, other 3, auto 3** (no replies in this set). Send dates: April–July 2026, including the
weeks around Qingming (04-04..04-06), Labour Day (05-01..05-05, make-up working day Sat 05-09) and Dragon Boat
(06-19..06-21).

## Organisations

Each organisation runs its own minutebot; `roster.csv` lists the staff of all four plus the outsiders who write
or own items (outsiders have an empty department; their gold department is null).

| organisation | kind | domain | bot address | mail system / clients in the set |
| --- | --- | --- | --- | --- |
| 康定市人民医院 (county-level public hospital, Kangding, Ganzi) | public institution | kdrmyy.example.cn | 纪要助手 <jiyao@kdrmyy.example.cn> | in-house Coremail: Coremail webmail, Outlook 16 zh-CN, Foxmail |
| 古田县菇源食用菌专业合作社 (tremella / mushroom co-operative, Gutian, Fujian) | co-operative (private) | gtguyuan.example.cn | 纪要助手 <minutes@gtguyuan.example.cn> | DingTalk enterprise mail (Alimail): DingTalk web, Foxmail, NetEase Mail Master PC and iOS |
| 上海瀚澄私募基金管理有限公司 (private equity fund manager, Lujiazui) | financial services | hancheng-cap.example.cn | 纪要助手 <minutebot@hancheng-cap.example.cn> | Feishu (Lark) mail: Feishu client, Outlook via Feishu SMTP, Apple Mail, iPhone Mail |
| Alpenkamm Seilbahn Service (Zhangjiakou) Co., Ltd. (Austrian-owned ski-lift service, Chongli) | foreign-invested | alpenkamm-cn.example.com | Minutes Bot <minutes@alpenkamm-cn.example.com> | Microsoft 365 / Exchange Online (EU tenant): Outlook en/zh-CN, Apple Mail, Thunderbird |

Outsiders: 钱振宇 (钱老师, mushroom expert, mdjy.example.cn), 田中博 (Japanese importer 九州きのこ商事,
kyushu-kinoko.example.jp), 鄭家豪 / Kelvin Cheng (Hong Kong co-investor 匯峰資本, big5 Outlook zh-HK),
Lukas Brandstätter (Alpenkamm head office, Innsbruck, alpenkamm.example.at), Jan Köhler (German rope supplier,
Gmail / Google Workspace), 田野 (customer ski resort 松岭滑雪度假区, Tencent Exmail / 企业微信).

## Conventions applied beyond the corpus README (a scorer must know these)

1. One bot per organisation; the single roster covers all of them. Names and aliases are unique across the roster.
   Canonical owner names are the roster names (English names for the Austrian staff, 鄭家豪 in traditional
   characters as the roster holds him); the roster lists a few traditional-character aliases (顧曉婷, 沈總) that
   the Hong Kong writer uses.
2. `X日下班前` (any day, not only 今天) gives that date without a time, like 今天下班前 / EOD. `EOD Tuesday`
   = Tuesday's date, no time.
3. `端午节前` (a holiday name + 前) = the last working day before that holiday block (2026-06-18), as in the date
   research notes for 国庆节前.
4. A deadline tied to an undated event (`交割前`, `before any tower work starts`, `within 3 working days of
   arrival`) -> due null, flag `vague_due` (these are marked AMBIGUOUS in the notes; `no_due` is the
   alternative reading). A step that is conditional and carries no deadline phrase at all -> `no_due`.
5. A bare date in a due column or after the task (`5月20日`, `6月5日`, `Apr 14`, `12 June 2026`) is the deadline
   even without 前 / by.
6. Role words in a cell: under a column headed `主责/配合`, `A/B` means A owns and B supports; `A负责组织，B主讲`
   -> A owns; `X, with Y supporting` -> X owns. 配合 / supporting people are never owners or extra items.
7. A group of people or the other party's unit as owner (`各基地负责人`, `雙方律師`, `双方`, a customer's
   `我方工程部`, `Owner: TBD`) -> owner null, `no_owner`, department null. A unit of the organisation itself keeps
   its name as department (`药剂科`, `风控合规部`, `总务科`, `设备科`, `财务科`).
8. Company + person (`阿尔卡姆（赵工）`, `阿尔卡姆董倩`, `Westfalen (Jan)`, `匯峰資本（鄭家豪）`, `Lukas (HQ)`) =
   that person.
9. Times: everything is Asia/Shanghai. When a time is given in another zone with the China/Beijing time
   alongside (`10:00 CEST (16:00 Beijing)`, `9:00 CET / 15:00 China`), the China time is used; `香港時間` equals
   Beijing time. Date headers in +0000 / +0200 are converted before resolving weekdays (7622 is Thursday in UTC
   but Friday in Shanghai).
10. Next meeting: `下周X同一时间` uses the meeting's own start time stated in the minutes; a date on one line and
    its time on the next line are one follow-up; `时间另定`, `另行通知`, `7月上旬…另行通知` -> null. In a mail that
    carries pasted AI minutes, the sender's own line announcing the next meeting counts (the sender is the
    organiser).
11. AI minutes (飞书 / 腾讯会议 智能纪要): only the 待办 section yields items; 总结 / 会议摘要 / 章节 never do. A
    system notification that such minutes were generated (7627) is `auto`, even without an Auto-Submitted
    header (no-reply sender, X-Auto-Response-Suppress, system footer).
12. Minutes only in an attachment (.docx, .pdf): the gold records what a reader of the attachment records, with
    dates resolved against the mail's Date header (all attachment dates in this set are absolute).
13. A newsletter written by a person and sent to an all-staff distribution group that includes the bot is `other`
    (no list/bulk headers); a colleague-to-colleague request and a discussion of when to meet are `other`.
14. `明天上午11点前` on a Friday gives Saturday 11:00 as written (no shift to a working day); `周日前` gives the
    Sunday as written.
15. Task text is kept in the language and script of the minutes (English, simplified or traditional Chinese);
    scorers should match loosely.

## Client and encoding notes

- Charsets: UTF-8, GB2312 label carrying GBK-only characters (喆 in 7603, 昇 in 7607), GBK, GB18030, big5
  (7623), us-ascii. Transfer encodings: base64, quoted-printable (incl. soft breaks inside multibyte characters),
  7bit, 8bit multipart wrapper (Exmail).
- Structures: text/plain only (7602, 7605, 7615, 7625, 7632), text/html only (7610, 7613), multipart/alternative,
  multipart/mixed with a real .docx (7604 Chinese, 7634 English), a PDF with an embedded CJK font (7624, iPhone
  Mail with a trailing signature part), multipart/report DSN with the bounced recap as message/rfc822 (7608).
- Attachment file names use RFC 2231 (`filename*=UTF-8''…`) or plain ASCII: RFC 2047 words inside quoted
  parameters (what Outlook/Foxmail really send) make `email.policy.default` record defects, which the brief
  forbids. For the same reason no display name is an encoded word inside quotes.
- Quote styles: Coremail `-----原始邮件-----` with no `>` prefixes (7606), Outlook 发件人/发送时间 blocks for a
  forward (7607) and a reply (7626). Line ends: CRLF for Windows clients (Outlook, Foxmail), LF otherwise.
- Headers follow each client's habits (Outlook Thread-Index, Exchange Online Thread-Topic and UTC Date, Coremail
  X-Mailer and `(GMT+08:00)` Date comment, Alimail X-Mailer / x-aliyun-mail-creator, Feishu X-Lms-Return-Path
  and reordered headers, Exmail X-QQ-*, Apple `Mime-Version: 1.0 (Mac OS X Mail …)`).

## Cases

"""


def build_all():
    out = {}
    for c in sorted(CASES, key=lambda c: c["num"]):
        r = c["fn"]()
        base = "%04d-%s" % (c["num"], c["slug"])
        out[base] = (r["eml"], r["items"], r["next"], r["notes"], c)
    return out


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return buf.getvalue()


def readme_md():
    out = [README_HEAD, "| case | kind | gold summary | what it tests |", "| --- | --- | --- | --- |"]
    for c in sorted(CASES, key=lambda c: c["num"]):
        out.append("| %04d-%s | %s | %s | %s |" % (c["num"], c["slug"], c["kind"], c["summary"].replace("|", "/"),
                                                    c["tests"].replace("|", "/")))
    return "\n".join(out) + "\n"


def write():
    built = build_all()
    for base, (eml, items, nf, notes, c) in built.items():
        with open(os.path.join(OUT, base + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as f:
            f.write(gold_json(c["kind"], items, nf, notes))
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(roster_csv())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_md())
    print("wrote %d cases to %s" % (len(built), OUT))


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------
def decode_label(b, label):
    return b.decode(codec_of(label))


def check():
    errors = []
    built = build_all()
    nums = sorted(c["num"] for c in CASES)
    if nums != list(range(7601, 7601 + len(nums))):
        errors.append("case numbers not contiguous: %s" % nums)
    on_disk = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(OUT, "*.eml")))
    if on_disk != sorted(built):
        errors.append("eml files on disk differ from the generator's list")
    with open(os.path.join(OUT, "roster.csv"), encoding="utf-8") as f:
        if f.read() != roster_csv():
            errors.append("roster.csv differs from the generator")
    if not os.path.exists(os.path.join(OUT, "README.md")) or \
            open(os.path.join(OUT, "README.md"), encoding="utf-8").read() != readme_md():
        errors.append("README.md missing or differs from the generator")
    emails = [r[1] for r in ROSTER]
    if len(set(emails)) != len(emails):
        errors.append("duplicate roster email")
    seen_alias = {}
    for r in ROSTER:
        for a in [r[0]] + [x for x in r[4].split(";") if x]:
            if a.lower() in seen_alias and seen_alias[a.lower()] != r[0]:
                errors.append("alias %s used for %s and %s" % (a, seen_alias[a.lower()], r[0]))
            seen_alias[a.lower()] = r[0]
    kinds = {}
    for base, (eml, items, nf, notes, c) in built.items():
        p_eml = os.path.join(OUT, base + ".eml")
        p_js = os.path.join(OUT, base + ".json")
        e = lambda s: errors.append("%s: %s" % (base, s))
        if not os.path.exists(p_eml) or not os.path.exists(p_js):
            e("missing file")
            continue
        raw = open(p_eml, "rb").read()
        if raw != eml:
            e(".eml differs from generator output (not deterministic or stale)")
        gold = json.load(open(p_js, encoding="utf-8"))
        if open(p_js, encoding="utf-8").read() != gold_json(c["kind"], items, nf, notes):
            e(".json differs from generator output")
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for pt in msg.walk():
            if pt.defects:
                e("defects in %s: %s" % (pt.get_content_type(), pt.defects))
            for k, v in pt.items():
                if getattr(v, "defects", None):
                    e("header %s defects: %s" % (k, v.defects))
            if pt.get_content_maintype() == "text":
                cs = pt.get_content_charset() or "us-ascii"
                try:
                    decode_label(pt.get_payload(decode=True), cs)
                    pt.get_content()
                except Exception as ex:  # noqa
                    e("text part %s does not decode as %s: %s" % (pt.get_content_type(), cs, ex))
            fn = pt.get_filename()
            if fn and fn.endswith(".docx"):
                zipfile.ZipFile(io.BytesIO(pt.get_payload(decode=True))).testzip()
            if fn and fn.endswith(".pdf"):
                import pypdf
                pypdf.PdfReader(io.BytesIO(pt.get_payload(decode=True))).pages[0].extract_text()
        for h in ("Return-Path", "Delivered-To", "Received", "Date", "From", "Message-ID", "Subject"):
            if msg[h] is None:
                e("missing header %s" % h)
        sdt = msg["Date"].datetime.astimezone(TZ)
        if sdt.year != 2026 or not (4 <= sdt.month <= 7):
            e("send date outside Apr-Jul 2026: %s" % sdt)
        hdr_addrs = set()
        for h in ("From", "To", "Cc", "Reply-To"):
            for hv in msg.get_all(h) or []:
                for a in hv.addresses:
                    hdr_addrs.add(a.addr_spec.lower())
        # gold schema
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            e("gold keys %s" % sorted(gold))
        if gold["kind"] != c["kind"] or gold["reply"] is not None or not gold["notes"]:
            e("kind/reply/notes")
        if c["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            e("non-minutes with items or follow-up")
        for i, (g, it) in enumerate(zip(gold["items"], items), 1):
            keys = ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]
            if list(g) != keys:
                e("item %d keys %s" % (i, list(g)))
            fl = set(g["flags"])
            if not fl <= {"no_owner", "vague_due", "no_due"}:
                e("item %d bad flags" % i)
            if (g["owner_name"] is None) != ("no_owner" in fl):
                e("item %d owner/no_owner mismatch" % i)
            if (g["due_date"] is None) != bool(fl & {"vague_due", "no_due"}):
                e("item %d due/flag mismatch" % i)
            if {"vague_due", "no_due"} <= fl:
                e("item %d both vague_due and no_due" % i)
            if g["due_time"] and not g["due_date"]:
                e("item %d time without date" % i)
            if g["owner_email"]:
                r = BY_EMAIL.get(g["owner_email"])
                if r:
                    if r[0] != g["owner_name"] or (r[2] or None) != g["department"]:
                        e("item %d roster mismatch" % i)
                    if not r[2] and g["owner_email"].lower() not in hdr_addrs:
                        e("item %d outsider %s not in From/To/Cc" % (i, g["owner_email"]))
                elif g["owner_email"].lower() not in hdr_addrs:
                    e("item %d owner email %s not resolvable" % (i, g["owner_email"]))
            if g["owner_name"] is None and g["owner_email"]:
                e("item %d email without owner" % i)
            if g["due_date"]:
                rule = it.get("_rule")
                if not rule:
                    e("item %d has a date but no rule" % i)
                    continue
                rd, rt = resolve(rule, sdt)
                if rd.isoformat() != g["due_date"]:
                    e("item %d due %s but rule %s gives %s" % (i, g["due_date"], rule, rd))
                if rt and rt != g["due_time"]:
                    e("item %d time %s but rule gives %s" % (i, g["due_time"], rt))
                if not g["due_date"].startswith("2026-"):
                    e("item %d date not in 2026" % i)
        nfg = gold["next_followup"]
        if (nfg is None) != (nf is None):
            e("next_followup mismatch")
        if nfg:
            rd, rt = resolve(nf["_rule"], sdt)
            if rd.isoformat() != nfg["date"]:
                e("next_followup %s but rule %s gives %s" % (nfg["date"], nf["_rule"], rd))
            if rt and rt != nfg["time"]:
                e("next_followup time %s but rule gives %s" % (nfg["time"], rt))
    print("cases:", len(built), "kinds:", kinds)
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    OUT = next((a for a in sys.argv[1:] if not a.startswith("--")), OUT)   # (an OUTDIR: added when the set joined the tests)
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
    sys.exit(check())
