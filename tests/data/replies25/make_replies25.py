#!/usr/bin/env python3
"""replies25: blind held-out set of replies to minutebot recaps (cases 5101-...).

    /work/blind/venv/bin/python make_replies25.py [OUTDIR]      # write .eml/.json pairs, roster.csv
    /work/blind/venv/bin/python make_replies25.py --check [DIR] # re-validate an existing set

Deterministic: no clock, no randomness. Every gold date is recomputed with `chinesecalendar` (working days,
statutory holidays, make-up days) from the reply's own Date header in Asia/Shanghai, and compared with the
literal written in the case. The MIME/header helpers are adapted from the dev corpus's make_corpus.py.
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
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ---------------------------------------------------------------------------------------------------------------
# Calendar: chinesecalendar only (never a hand-written holiday list)
# ---------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def month_day(sent, m, d):
    """'10月20日' / 'the 21st' style: this year, or next year if clearly past."""
    x = D(sent.year, m, d)
    return x if x >= sent else D(sent.year + 1, m, d)


def day_of_month(sent, d):
    """'the 21st': this month if not past, else next month."""
    x = D(sent.year, sent.month, d)
    if x >= sent:
        return x
    return D(sent.year + (sent.month == 12), sent.month % 12 + 1, d)


def month_end(sent):
    nxt = D(sent.year + (sent.month == 12), sent.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ts(s, z=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60,
                                                      mins % 60)


def sh(t):
    return t.astimezone(TZ8)


DOM = "yongchu.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

# name, email, department, manager_email, aliases
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
ROSTER = [
    ("钱卫东", "qianweidong@" + DOM, "外贸部", "", "钱总;Wade Qian;Wade;钱经理"),
    ("周嘉怡", "zhoujiayi@" + DOM, "外贸部", "qianweidong@" + DOM, "Jenny Zhou;Jenny;嘉怡"),
    ("陆斌", "lubin@" + DOM, "外贸部", "qianweidong@" + DOM, "Robin Lu;Robin;小陆"),
    ("邵文斌", "shaowenbin@" + DOM, "质量部", "", "邵经理;Wenbin Shao;老邵"),
    ("俞建华", "yujianhua@" + DOM, "产品部", "", "俞总;Jianhua Yu"),
    ("何梦瑶", "hemengyao@" + DOM, "产品部", "yujianhua@" + DOM, "Mia He;Mia;梦瑶"),
    ("方晓东", "fangxiaodong@" + DOM, "采购部", "", "方经理;Tony Fang"),
    ("胡蓓", "hubei@" + DOM, "采购部", "fangxiaodong@" + DOM, "Bella Hu;Bella;蓓蓓"),
    ("金涛", "jintao@" + DOM, "计划物流部", "", "金主管;Tao Jin"),
    ("柴丽君", "chailijun@" + DOM, "计划物流部", "jintao@" + DOM, "Lily Chai;Lily;丽君"),
    ("王振宇", "wangzhenyu@" + DOM, "研发部", "", "王工;Zhenyu Wang"),
    ("潘志强", "panzhiqiang@" + DOM, "研发部", "wangzhenyu@" + DOM, "潘工;Kevin Pan;Kevin"),
    ("郑雅婷", "zhengyating@" + DOM, "财务部", "", "Yating Zheng;雅婷"),
    # partners outside the company (department left empty: not one of ours)
    ("林国栋", "linguodong@hengrui-diecast.example.cn", "", "", "林总;Lin Guodong;恒锐林总"),
    ("叶建新", "yejianxin_hr@163.com", "", "", "叶工;Ye Jianxin"),
    ("孙倩", "2853107762@qq.com", "", "", "Sunny Sun;孙倩(海韵物流)"),
    ("赵海鹏", "zhaohaipeng@haiyun-log.example.cn", "", "", "Zhao Haipeng;赵经理"),
    ("梁思敏", "liangsimin@tuv-gz.example.com", "", "", "Simin Liang;Cherry Liang;梁工"),
    ("黃志豪", "huangzhihao@hongtai-trading.example.com.tw", "", "", "黄志豪;Jason Huang;黃經理"),
    ("陳怡君", "chenyijun@hongtai-trading.example.com.tw", "", "", "陈怡君;Yvonne Chen"),
    ("Tanaka Hiroshi", "h-tanaka@sakura-motor.example.co.jp", "", "", "田中宏;田中;Tanaka-san"),
    ("Park Minjun", "minjun.park@sakura-motor.example.co.kr", "", "", "박민준;Minjun Park"),
    ("Jonas Becker", "j.becker@kuechenhaus-rhein.example.de", "", "", "Becker"),
    ("Anna Schmidt", "a.schmidt@kuechenhaus-rhein.example.de", "", "", "Schmidt"),
    ("Sophie Martin", "s.martin@kuechenhaus-rhein.example.de", "", "", "Martin"),
    ("Daan de Vries", "daan.devries@northsea-freight.example.nl", "", "", "Daan"),
    ("Rafael Souza", "rafael.souza@casaviva.example.com.br", "", "", "Rafael"),
    ("Carlos Hernández", "chernandez@cocinamx.example.mx", "", "", "Carlos Hernandez;Carlos"),
    ("Emre Yılmaz", "emre.yilmaz@mutfakpro.example.com.tr", "", "", "Emre Yilmaz;Emre"),
    ("Dewi Lestari", "dewi.lestari@rumahdapur.example.co.id", "", "", "Dewi"),
    ("Piotr Nowak", "p.nowak@agdpol.example.pl", "", "", "Piotr"),
    ("Sarah Mitchell", "sarah.mitchell@kitchenoz.example.com.au", "", "", "Sarah"),
    ("Trần Thu Hà", "ha.tran@bepviet.example.vn", "", "", "Tran Thu Ha;Ms. Ha"),
    ("徐静", "xujing@sakura-sh.example.cn", "", "", "Jing Xu;徐小姐"),
    ("应晓红", "yingxiaohong_hr@126.com", "", "", "应会计;Ying Xiaohong"),
]
P = {r[0]: dict(zip(ROSTER_COLS, r)) for r in ROSTER}


def who(name):
    if isinstance(name, tuple):
        return name
    return name, P[name]["email"]


# ---- MIME/header helpers adapted from the dev corpus make_corpus.py ----

# --------------------------------------------------------------------------------------------------------------
# Header encoding (RFC 2047), done by hand so the charset label can differ from the codec, as in real mail
# --------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
    """Split text into whole-character encoded-words, each at most `limit` chars long."""
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode.upper() == "B":
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


def htext(text, label="utf-8", mode="B", prefix=""):
    """An unstructured header value (Subject): ASCII stays as is, the rest becomes encoded-words."""
    if all(ord(c) < 128 for c in text):
        return prefix + text
    return prefix + "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*who(p) if isinstance(p, str) else p, label=label, mode=mode, quote=quote)
                    for p in people)


# --------------------------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------------------------
def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit", "binary"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    """A single MIME part with an already transfer-encoded payload (crlf: CRLF inside base64, as Windows clients)."""
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v) if ct_quote else "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf and cte == "base64":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body, mime_version=True, mime_after=None):
    """Top-level message: the given headers in order, then the body part's own headers and payload."""
    top = Message()
    placed = False
    for k, v in headers:
        top[k] = v
        if mime_after and k == mime_after and mime_version:
            top["MIME-Version"] = "1.0"
            placed = True
    if mime_version and not placed:
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload  # raw: keeps 8bit surrogate escapes
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


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def thread_index(seed, parent_seed=None):
    """Outlook Thread-Index: 22 bytes (0x01 + FILETIME-ish + GUID), plus a 5-byte child block per reply."""
    if parent_seed:
        raw = base64.b64decode(thread_index(parent_seed)) + hashlib.sha256(seed.encode()).digest()[:5]
    else:
        raw = b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:20]
    return base64.b64encode(raw).decode()


class Cell:
    def __init__(self, text, rowspan=1, colspan=1, bold=False):
        self.text, self.rowspan, self.colspan, self.bold = text, rowspan, colspan, bold


def C(x):
    return x if isinstance(x, Cell) else Cell(x)


class Tbl:
    def __init__(self, rows, head=1, plain="tab"):
        self.rows = [[C(c) for c in r] for r in rows]
        self.head, self.plain = head, plain


BR = ("br",)


def esc(s):
    return html.escape(s, quote=False)


def wordify(text):
    """Outlook/Word wraps runs of Latin text in <span lang=EN-US>."""
    out = []
    for part in re.split(r"([\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)", text):
        if not part:
            continue
        if re.match(r"[\x21-\x7e]", part):
            out.append('<span lang="EN-US">%s</span>' % esc(part))
        else:
            out.append(esc(part))
    return "".join(out)


def render_text(blocks, indent=""):
    lines = []
    for b in blocks:
        if b is BR:
            lines.append("")
        elif isinstance(b, Tbl):
            for r in b.rows:
                cells = [c.text for c in r]
                if b.plain == "tab":
                    lines.append("\t".join(cells))
                elif b.plain == "pipe":
                    lines.append("| " + " | ".join(cells) + " |")
                elif b.plain == "kv":
                    lines.append("：".join(cells) if len(cells) == 2 else "\t".join(cells))
                elif b.plain == "lines":
                    lines.extend(cells)
                    lines.append("")
        else:
            lines.append(b)
    return "\n".join(indent + l if l else indent.rstrip() for l in lines) + "\n"


def s_table(t, style="border-collapse:collapse;font-size:14px"):
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="%s">' % style]
    for ri, r in enumerate(t.rows):
        out.append("\n<tr>")
        for c in r:
            tag = "th" if ri < t.head else "td"
            span = (' rowspan="%d"' % c.rowspan if c.rowspan > 1 else "") + \
                   (' colspan="%d"' % c.colspan if c.colspan > 1 else "")
            out.append("<%s%s>%s</%s>" % (tag, span, esc(c.text), tag))
        out.append("</tr>")
    out.append("\n</table>")
    return "".join(out)


def render_divs(blocks, wrap="div"):
    """Generic webmail HTML: one <div> per line, <div><br></div> for blank lines."""
    out = []
    for b in blocks:
        if b is BR:
            out.append("<%s><br></%s>" % (wrap, wrap))
        elif isinstance(b, Tbl):
            out.append(s_table(b))
        elif isinstance(b, tuple) and b[0] == "li":
            out.append("<%s>%d. %s</%s>" % (wrap, b[1], esc(b[2]), wrap))
        else:
            out.append("<%s>%s</%s>" % (wrap, esc(b), wrap))
    return "\n".join(out)


def plain_blocks(blocks):
    """Blocks for render_text: list items become '1. text' lines."""
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b and b[0] == "li":
            out.append("%d. %s" % (b[1], b[2]))
        else:
            out.append(b)
    return out




# ---------------------------------------------------------------------------------------------------------------
# People outside the roster file are not needed: everybody who writes is in ROSTER above.
# ---------------------------------------------------------------------------------------------------------------
def esc_attr(s):
    return html.escape(s, quote=True)


def attachment(filename, data, ctype):
    m = Message()
    m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def fake_pdf(seed):
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            b"endobj\ntrailer<</Root 1 0 R>>\n%% " + hx(seed, 16).encode() + b"\n%%EOF\n")


# ---------------------------------------------------------------------------------------------------------------
# The bot's recaps (what every reply quotes). Format follows SPEC section 6 and the dev corpus's recap().
# ---------------------------------------------------------------------------------------------------------------
class Recap:
    def __init__(self, key, subject, minutes_t, organizer, to, cc, rows, cutoff, lang="zh"):
        self.key, self.lang = key, lang
        self.minutes_subject = subject
        self.subject = "Re: " + subject
        self.t = minutes_t + dt.timedelta(minutes=4, seconds=13)
        self.frm = BOT
        self.organizer = organizer
        self.to = [who(organizer)] + [who(x) for x in to if x != organizer]
        self.cc = [who(x) for x in cc]
        self.rows = rows
        self.cutoff = cutoff
        self.minutes_msgid = "<%s.%s@%s>" % (minutes_t.strftime("%Y%m%d%H%M%S"), hx("min" + key, 10),
                                            P[organizer]["email"].split("@")[1])
        self.msgid = "<r.%s.%s@%s>" % (self.t.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.blocks = self._blocks()
        self.text = render_text(self.blocks)
        self.html = render_divs(self.blocks)

    def _blocks(self):
        if self.lang == "en":
            b = ["Hello all,", BR, "Minutes Assistant has recorded the following action items:",
                 Tbl([["#", "Action item", "Owner", "Due"]] + [[str(n), t, o, d] for n, t, o, d in self.rows],
                     plain="pipe"), BR,
                 "If you disagree, please reply today (by %s); otherwise the items are confirmed." % self.cutoff,
                 'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                 '"extend to Oct 20".', BR, "-- Minutes Assistant (automated message)"]
            return b
        return ["各位好：", BR, "纪要助手已登记本次会议的待办事项：",
                Tbl([["序号", "事项", "负责人", "截止时间"]] + [[str(n), t, o, d] for n, t, o, d in self.rows],
                    plain="pipe"), BR,
                "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff,
                "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", BR,
                "—— 纪要助手（系统自动发送，请勿修改主题）"]

    def row_line(self, n):
        r = self.rows[n - 1]
        return "| %s | %s | %s | %s |" % (r[0], r[1], r[2], r[3])


RECAPS = {}


def recap(key, *a, **k):
    RECAPS[key] = Recap(key, *a, **k)


recap("R1", "Küchenhaus AF-5501 出口订单评审会纪要（3月10日）", ts("2025-03-10 10:30:05"), "钱卫东",
      ["周嘉怡", "林国栋", "邵文斌", "孙倩", "何梦瑶", "陆斌"], [],
      [(1, "更新Küchenhaus AF-5501订单PI并回传客户", "周嘉怡", "2025-03-12"),
       (2, "上盖压铸模具修模并回传T1样件", "林国栋", "2025-03-14"),
       (3, "送CE/GS测试样机至TUV广州", "邵文斌", "2025-03-17"),
       (4, "预订青岛港4月第一周40HQ舱位", "孙倩", "2025-03-13"),
       (5, "更新德语彩盒与说明书", "何梦瑶", "2025-03-19")], "2025-03-10 18:00")
recap("R2", "LATAM distributor monthly sync - April", ts("2025-04-15 16:01:40"), "陆斌",
      ["Rafael Souza", "Carlos Hernández", "邵文斌", "柴丽君"], ["钱卫东"],
      [(1, "Send updated FOB Ningbo price list", "陆斌", "2025-04-18"),
       (2, "Confirm Portuguese user manual text", "Rafael Souza", "2025-04-22"),
       (3, "Provide NOM certification documents", "邵文斌", "2025-04-25"),
       (4, "Share Q2 forecast for AF-5501", "Carlos Hernández", "2025-04-23"),
       (5, "Arrange golden sample shipment to São Paulo", "柴丽君", "2025-04-21")], "2025-04-15 18:00", lang="en")
recap("R3", "EMEA/APAC key account call - minutes", ts("2025-05-20 15:31:09"), "钱卫东",
      ["Emre Yılmaz", "邵文斌", "Dewi Lestari", "Piotr Nowak", "Sarah Mitchell", "何梦瑶", "Trần Thu Hà", "周嘉怡"], [],
      [(1, "Confirm carton marking for Istanbul warehouse", "Emre Yılmaz", "2025-05-23"),
       (2, "Send SNI certificate application documents", "邵文斌", "2025-05-27"),
       (3, "Confirm PO quantity for Q3", "Dewi Lestari", "2025-05-26"),
       (4, "Approve Polish rating label artwork", "Piotr Nowak", "2025-05-22"),
       (5, "Confirm RCM registration number for rating label", "Sarah Mitchell", "2025-05-28"),
       (6, "Update EU DoC for KM-1200", "何梦瑶", "2025-05-29"),
       (7, "Share Vietnam launch timeline", "Trần Thu Hà", "2025-05-30")], "2025-05-20 18:00", lang="en")
recap("R4", "Sakura Motor quality review - SM-38 motor noise", ts("2025-06-05 14:16:30"), "胡蓓",
      ["Tanaka Hiroshi", "Park Minjun", "潘志强", "邵文斌", "徐静"], ["方晓东"],
      [(1, "8D report for SM-38 motor noise", "Tanaka Hiroshi", "2025-06-12"),
       (2, "Ship 50 pcs replacement motors", "Park Minjun", "2025-06-16"),
       (3, "Update incoming inspection plan for SM-38", "胡蓓", "2025-06-10"),
       (4, "Run 500h life test on reworked motors", "潘志强", "2025-06-27")], "2025-06-05 18:00", lang="en")
recap("R5", "宏泰/甬廚 7月訂單會議紀要", ts("2025-07-08 15:06:52"), "黃志豪",
      ["陳怡君", "邵文斌", "陆斌", "周嘉怡"], [],
      [(1, "提供台灣BSMI認證資料", "邵文斌", "2025-07-15"),
       (2, "確認繁體中文彩盒稿", "黃志豪", "2025-07-11"),
       (3, "回覆8月出貨數量", "陳怡君", "2025-07-10"),
       (4, "報價：客製色款（石墨灰）", "陆斌", "2025-07-14")], "2025-07-08 18:00")
recap("R6", "国庆节前出货协调会纪要", ts("2025-09-26 14:31:18"), "金涛",
      ["柴丽君", "林国栋", "赵海鹏", "梁思敏", "周嘉怡"], ["钱卫东"],
      [(1, "国庆前完成KM-1200第二批出货报关", "柴丽君", "2025-09-30"),
       (2, "压铸件节后首批交付", "林国栋", "2025-10-10"),
       (3, "宁波-汉堡海运订舱确认", "赵海鹏", "2025-09-29"),
       (4, "节后产能计划表", "金涛", "2025-10-09"),
       (5, "GS证书更新跟进", "梁思敏", "2025-10-15")], "2025-09-26 18:00")
recap("R7", "KM-1200 TUV认证测试计划沟通", ts("2025-08-12 10:16:44"), "邵文斌",
      ["潘志强", "梁思敏", "王振宇", "郑雅婷"], [],
      [(1, "提交KM-1200 EMC整改样机", "潘志强", "2025-08-15"),
       (2, "出具LVD预测试报告", "梁思敏", "2025-08-20"),
       (3, "补充关键元器件清单", "王振宇", "2025-08-14"),
       (4, "确认测试费用PO", "郑雅婷", "2025-08-18")], "2025-08-12 18:00")
recap("R8", "供应链周会纪要（11月第3周）", ts("2025-11-17 16:36:02"), "方晓东",
      ["叶建新", "金涛", "胡蓓", "邵文斌", "郑雅婷", "应晓红"], [],
      [(1, "铝锭价格锁定方案", "方晓东", "2025-11-20"),
       (2, "压铸件来料不良8D跟踪", "叶建新", "2025-11-21"),
       (3, "双十一后备货计划", "金涛", "2025-11-24"),
       (4, "更新供应商评分表", "胡蓓", "2025-11-19"),
       (5, "德国客户验厂准备", "邵文斌", "2025-11-28"),
       (6, "财务对账：恒锐压铸10月货款", "郑雅婷", "2025-11-21"),
       (7, "恒锐压铸年度框架协议续签", "胡蓓", "2025-11-26"),
       (8, "Casa Viva客诉（2例）分析报告", "邵文斌", "2025-11-21")], "2025-11-17 18:00")
recap("R9", "春节前出货及复工准备会纪要", ts("2025-01-20 17:01:26"), "金涛",
      ["柴丽君", "胡蓓", "周嘉怡", "林国栋"], ["方晓东"],
      [(1, "春节前最后一柜装柜", "柴丽君", "2025-01-24"),
       (2, "节后复工物料到位确认", "胡蓓", "2025-02-06"),
       (3, "Q1报价更新（德国/波兰）", "周嘉怡", "2025-01-23"),
       (4, "压铸件节前安全库存入库", "林国栋", "2025-01-24")], "2025-01-20 18:00")
recap("R10", "Kuechenhaus Rhein - EU logistics & packaging call", ts("2025-10-21 16:11:37"), "周嘉怡",
      ["Daan de Vries", "Sophie Martin", "Anna Schmidt", "Jonas Becker"], ["钱卫东"],
      [(1, "Confirm Rotterdam-Duisburg rail slot", "Daan de Vries", "2025-10-24"),
       (2, "French packaging insert for Strasbourg stores", "Sophie Martin", "2025-10-27"),
       (3, "Spare parts list for after-sales", "Anna Schmidt", "2025-10-29"),
       (4, "Resend commercial invoice with HS codes", "周嘉怡", "2025-10-22"),
       (5, "Final PO for Q1 2026", "Jonas Becker", "2025-10-31")], "2025-10-21 18:00", lang="en")


# ---------------------------------------------------------------------------------------------------------------
# Quote styles: (text, html) of the quoted recap as each client writes it. `z` = the replier's timezone.
# ---------------------------------------------------------------------------------------------------------------
def gt(addrs, fmt="%s <%s>", sep="; "):
    return sep.join(fmt % a for a in addrs)


def prefixed(text, p="> "):
    return "".join(p + l + "\n" if l else p.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


def wrap76(line, width=76):
    """Gmail's text/plain wraps long attribution lines at spaces."""
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return "\n".join(out)


def h12(t):
    return t.hour % 12 or 12


def ampm_zh(t):
    return ("上午" if t.hour < 12 else "下午") + "%d:%02d" % (h12(t), t.minute)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
PT_DAYS = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MON = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
TR_DAYS = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
TR_MON = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
ID_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
VI_DAYS = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
JA_DAYS = "月火水木金土日"
KO_DAYS = "월화수목금토일"
TW_DAYS = "一二三四五六日"


def outlook_block(labels, p, when, sep_line=None, colon=": "):
    """Outlook desktop/OWA header block: (From, Sent, To, Cc, Subject) labels in the UI language."""
    lf, ls, lt, lc, lsu = labels
    lines = []
    if sep_line:
        lines.append(sep_line)
    lines.append("%s%s%s <%s>" % (lf, colon, p.frm[0], p.frm[1]))
    lines.append("%s%s%s" % (ls, colon, when))
    lines.append("%s%s%s" % (lt, colon, gt(p.to)))
    if p.cc:
        lines.append("%s%s%s" % (lc, colon, gt(p.cc)))
    lines.append("%s%s%s" % (lsu, colon, p.subject))
    text = "\n" + "\n".join(lines) + "\n\n" + p.text
    hl = ['<b>%s%s</b>%s' % (esc(lf), colon.rstrip(), " " + esc("%s <%s>" % p.frm)),
          '<b>%s%s</b> %s' % (esc(ls), colon.rstrip(), esc(when)),
          '<b>%s%s</b> %s' % (esc(lt), colon.rstrip(), esc(gt(p.to)))]
    if p.cc:
        hl.append('<b>%s%s</b> %s' % (esc(lc), colon.rstrip(), esc(gt(p.cc))))
    hl.append('<b>%s%s</b> %s' % (esc(lsu), colon.rstrip(), esc(p.subject)))
    if sep_line:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg"'
             ' dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + "<br>".join(hl) +
             '</font><div>&nbsp;</div></div><div>' + p.html + '</div>')
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             + "<br>\n".join(hl) + '<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + p.html)
    return text, h


def quote(style, p, z=TZ8):
    t = p.t.astimezone(z)
    if style == "outlook_zh":
        return outlook_block(("发件人", "发送时间", "收件人", "抄送", "主题"), p,
                             "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute))
    if style == "owa_zh":
        return outlook_block(("发件人", "发送时间", "收件人", "抄送", "主题"), p,
                             "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                             sep_line="________________________________")
    if style == "outlook_tw":
        return outlook_block(("寄件者", "寄件日期", "收件者", "副本", "主旨"), p,
                             "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                                                          h12(t), t.minute))
    if style == "outlook_en":
        return outlook_block(("From", "Sent", "To", "Cc", "Subject"), p,
                             "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day,
                                                           t.year, h12(t), t.minute, "AM" if t.hour < 12 else "PM"))
    if style == "outlook_de":
        return outlook_block(("Von", "Gesendet", "An", "Cc", "Betreff"), p,
                             "%s, %d. %s %d %02d:%02d" % (DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year,
                                                          t.hour, t.minute))
    if style == "outlook_fr":
        return outlook_block(("De", "Envoyé", "À", "Cc", "Objet"), p,
                             "%s %d %s %d %02d:%02d" % (FR_DAYS[t.weekday()], t.day, FR_MON[t.month - 1], t.year,
                                                        t.hour, t.minute), colon=" : ")
    if style == "outlook_nl":
        return outlook_block(("Van", "Verzonden", "Aan", "CC", "Onderwerp"), p,
                             "%s %d %s %d %02d:%02d" % (NL_DAYS[t.weekday()], t.day, NL_MON[t.month - 1], t.year,
                                                        t.hour, t.minute))
    if style == "outlook_pl":
        return outlook_block(("Od", "Wysłane", "Do", "DW", "Temat"), p,
                             "%s, %d %s %d %02d:%02d" % (PL_DAYS[t.weekday()], t.day, PL_MON_GEN[t.month - 1], t.year,
                                                         t.hour, t.minute))
    if style == "outlook_es":
        return outlook_block(("De", "Enviado", "Para", "CC", "Asunto"), p,
                             "%s, %d de %s de %d %d:%02d" % (ES_DAYS[t.weekday()], t.day, ES_MON[t.month - 1], t.year,
                                                             t.hour, t.minute))
    if style == "outlook_mac_zh":
        lines = ["发件人: %s <%s>" % p.frm, "日期: %d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day,
                                                                          WEEKDAY_ZH[t.weekday()], t.hour, t.minute),
                 "收件人: " + gt(p.to, sep=", ")] + (["抄送: " + gt(p.cc, sep=", ")] if p.cc else []) + \
                ["主题: " + p.subject]
        text = "\n\n" + "\n".join(lines) + "\n\n" + p.text
        h = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
             '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             + "<br>".join("<b>%s</b>%s" % (esc(l.split(": ", 1)[0] + ": "), esc(l.split(": ", 1)[1])) for l in lines)
             + '</p></div>' + p.html + '</div></div>')
        return text, h
    if style in ("qq", "exmail"):
        when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], ampm_zh(t))
        tos = "".join('"%s"<%s>;' % x for x in p.to)
        ccs = "".join('"%s"<%s>;' % x for x in p.cc)
        text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
                % (p.frm[0], p.frm[1], when, tos) + ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n\n\n" % p.subject
                + p.text)
        h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
             '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
             'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
             '</b>&nbsp;%s</div>%s<div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
             % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<div><b>抄送:</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "",
                esc(p.subject), p.html))
        return text, h
    if style == "foxmail":
        tos = "; ".join(x[0] for x in p.to)
        ccs = "; ".join(x[0] for x in p.cc)
        text = ("\n \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (p.frm[0], t.strftime("%Y-%m-%d %H:%M"), tos)
                + ("抄送： %s\n" % ccs if ccs else "") + "主题： %s\n" % p.subject + p.text)
        h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>'
             '&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style='
             '"PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef;'
             ' PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>'
             '发送时间：</b>&nbsp;%s</div><div><b>收件人：</b>&nbsp;%s</div>%s<div><b>主题：</b>&nbsp;%s</div></div></div>'
             '<div>%s</div></blockquote>'
             % (p.frm[1], esc(p.frm[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos),
                ("<div><b>抄送：</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "", esc(p.subject), p.html))
        return text, h
    if style == "coremail":
        tos = ", ".join('"%s" <%s>' % x for x in p.to)
        ccs = ", ".join('"%s" <%s>' % x for x in p.cc)
        when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WEEKDAY_ZH[t.weekday()])
        text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
                % (p.frm[0], p.frm[1], when, tos, ccs, p.subject) + p.text)
        h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
             'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
             '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
             % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(ccs), esc(p.subject), p.html))
        return text, h
    if style == "netease_web":  # 163 / 126 web (Coremail-based)
        attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
        text = "\n\n\n\n\n\n" + attr + "\n" + prefixed(p.text)
        h = ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>%s'
             '</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: '
             '#ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
        return text, h
    if style == "mailmaster":
        tos = ", ".join("%s<%s>" % x for x in p.to)
        text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
                % (p.frm[0], p.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, p.subject) + p.text)
        h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top:'
             ' 20px; margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div>'
             '<div style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" '
             'border="0"><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td '
             'valign="top">%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: '
             '#a0a0a2;">日期</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; '
             'color: #a0a0a2;">收件人</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; '
             'font-size: 12px; color: #a0a0a2;">主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
             % (esc(p.frm[0]), p.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(p.subject), p.html))
        return text, h
    if style == "alimail":  # 钉钉专属商务邮箱 / 阿里邮箱
        when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
        lines = ["------------------------------------------------------------------",
                 "发件人：%s <%s>" % p.frm, "发送时间：%s" % when, "收件人：%s" % ", ".join("%s<%s>" % x for x in p.to)]
        if p.cc:
            lines.append("抄　送：%s" % ", ".join("%s<%s>" % x for x in p.cc))
        lines.append("主　题：%s" % p.subject)
        text = "\n\n" + "\n".join(lines) + "\n\n" + p.text
        h = ('<div class="alimail-quote"><blockquote style="margin-right:0px;margin-top:18px;margin-bottom:18px;">'
             '<div style="clear:both;font-size:13px;">' + "<br>".join(esc(l) for l in lines) + '</div><div><br></div>'
             + p.html + '</blockquote></div>')
        return text, h
    if style == "feishu":
        when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
        lines = ["发件人: %s<%s>" % p.frm, "发送时间: %s" % when, "收件人: %s" % ", ".join("%s<%s>" % x for x in p.to),
                 "主题: %s" % p.subject]
        text = "\n\n" + "\n".join(lines) + "\n\n" + p.text
        h = ('<div class="history-quote-wrapper"><div style="border-left:2px solid #bbbfc4;padding-left:12px;">'
             '<div class="adit-html-block adit-html-block--collapsed"><div style="font-size:12px;color:#646a73;">'
             + "<br>".join(esc(l) for l in lines) + '</div><br>' + p.html + '</div></div></div>')
        return text, h
    if style == "android_zh":  # AOSP/Huawei Email
        lines = ["-------- 原始邮件 --------", "发件人： %s <%s>" % p.frm,
                 "日期： %d年%d月%d日周%s %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], ampm_zh(t)),
                 "收件人： " + ", ".join("%s <%s>" % x for x in p.to), "主题： " + p.subject]
        text = "\n\n" + "\n".join(lines) + "\n\n" + p.text
        h = '<div><br></div><div>' + "<br>".join(esc(l) for l in lines) + '</div><br><div>' + p.html + '</div>'
        return text, h
    # ---- attribution-line styles, quoted with '> '
    if style.startswith("gmail_"):
        lang = style[6:]
        addr = "%s <%s>" % p.frm
        if lang == "en":
            attr = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day,
                                                               t.year, h12(t), t.minute, "AM" if t.hour < 12 else "PM",
                                                               addr)
        elif lang == "android_en":
            attr = "On %s, %d %s %d, %02d:%02d %s, <%s> wrote:" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                                 t.year, t.hour, t.minute, p.frm[0], p.frm[1])
        elif lang == "tw":
            attr = "%s 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (addr, t.year, t.month, t.day, TW_DAYS[t.weekday()],
                                                         "上午" if t.hour < 12 else "下午", h12(t), t.minute)
        elif lang == "pt":
            attr = "Em %s, %d de %s de %d às %02d:%02d, %s escreveu:" % (PT_DAYS[t.weekday()], t.day,
                                                                      PT_MON[t.month - 1], t.year, t.hour, t.minute, addr)
        elif lang == "tr":
            attr = "%s, %d %s %d %s, %02d:%02d tarihinde şunu yazdı:" % (addr, t.day, TR_MON[t.month - 1], t.year,
                                                                       TR_DAYS[t.weekday()], t.hour, t.minute)
        elif lang == "id":
            attr = "Pada %s, %d %s %d pukul %02d.%02d %s menulis:" % (ID_DAYS[t.weekday()], t.day, ID_MON[t.month - 1],
                                                                     t.year, t.hour, t.minute, addr)
        elif lang == "vi":
            attr = "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s đã viết:" % (VI_DAYS[t.weekday()], t.day, t.month,
                                                                           t.year, t.hour, t.minute, addr)
        elif lang == "ja":
            attr = "%d年%d月%d日(%s) %d:%02d %s:" % (t.year, t.month, t.day, JA_DAYS[t.weekday()], t.hour, t.minute,
                                                   addr)
        elif lang == "ko":
            attr = "%d년 %d월 %d일 (%s) %s %d:%02d, %s님이 작성:" % (t.year, t.month, t.day, KO_DAYS[t.weekday()],
                                                                "오전" if t.hour < 12 else "오후", h12(t), t.minute, addr)
        else:
            raise ValueError(style)
        text = "\n\n" + wrap76(attr) + "\n\n" + prefixed(p.text)
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (esc(attr), p.html))
        return text, h
    if style in ("ios_zh", "ios_en", "apple_zh"):
        if style == "ios_zh":
            attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, *p.frm)
        elif style == "ios_en":
            attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, t.hour,
                                                                 t.minute, *p.frm)
        else:
            attr = "%d年%d月%d日 %d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, *p.frm)
        text = "\n\n" + "> " + attr + "\n>\n" + prefixed(p.text)
        h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
             '</blockquote></div>' % (esc(attr), p.html))
        return text, h
    if style in ("tb_zh", "tb_de"):
        if style == "tb_zh":
            attr = "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, p.frm[0])
        else:
            attr = "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute,
                                                                  p.frm[0])
        text = attr + "\n" + prefixed(p.text)
        h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
             % (esc(attr), p.msgid.strip("<>"), p.html))
        return text, h
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------------------------
# Mail clients: headers and MIME structure of the reply
# ---------------------------------------------------------------------------------------------------------------
def html_lines(text, tag="div"):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag))
    return "".join(out)


def outlook_html(new_text, quote_html, cs, lang="ZH-CN"):
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (wordify(l) if l else "<o:p>&nbsp;</o:p>")
                    for l in new_text.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:10.5pt;\n\tfont-family:DengXian;}\n'
            '--></style></head><body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;text-justify-trim:'
            'punctuation\'><div class=WordSection1>\n%s<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s</div></body></html>\n'
            % (cs, lang, paras, quote_html))


def wordify(text):
    out = []
    for part in re.split(r"([\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)", text):
        if not part:
            continue
        if re.match(r"[\x21-\x7e]", part):
            out.append('<span lang="EN-US">%s</span>' % esc(part))
        else:
            out.append(esc(part))
    return "".join(out)


def thread_hdrs(r):
    return [("In-Reply-To", r.msgid), ("References", r.minutes_msgid + "\n " + r.msgid)]


def received_hdrs(t, sender, seed, helo, ip, by=None):
    by = by or "mx.%s" % DOM
    t2 = sh(t) + dt.timedelta(seconds=4)
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
             % (helo, helo, ip, by, hx(seed, 9).upper(), BOT[1], rfc_date(t2)))]


def build(c):
    """c: case dict. Returns the Message."""
    r = RECAPS[c["recap"]]
    frm = who(c["frm"])
    to = [r.reply_to] + [who(x) for x in c.get("to_extra", [])]
    cc = [who(x) for x in c.get("cc", [])]
    t = c["t"]
    seed = c["slug"]
    client = c["client"]
    z = t.tzinfo
    new = c["text"]
    if c.get("quote") is None:
        qt, qh = "", ""
    elif c.get("custom_quote"):
        qt, qh = c["custom_quote"]
    else:
        qr = r
        if c.get("inline_row"):  # answer typed inside the quote, under the quoted row (Outlook, red text)
            import copy
            n, ans = c["inline_row"]
            qr = copy.copy(r)
            row = r.row_line(n)
            assert row in r.text
            qr.text = r.text.replace(row + "\n", row + "\n" + ans + "\n")
            cells = "".join("<td>%s</td>" % esc(x) for x in (str(r.rows[n - 1][0]),) + tuple(r.rows[n - 1][1:]))
            assert cells in r.html, cells
            qr.html = r.html.replace(cells + "</tr>", cells + '</tr>\n<tr><td colspan="4"><span style="color:red">%s'
                                     '</span></td></tr>' % esc(ans))
        qt, qh = quote(c["quote"], qr, c.get("quote_tz", z))
    if c.get("inline_row_tb"):  # Thunderbird: answer under the quoted row, then the rest of the quote
        n, ans = c["inline_row_tb"]
        row = "> " + r.row_line(n) + "\n"
        assert row in qt
        head, tail = qt.split(row, 1)
        qt = head + row + "\n" + ans + "\n" + tail
        c = dict(c, text_override=qt + "\n" + new)
    if c.get("merge_attr"):  # HTML->text conversion glues the last line to the quote header
        c = dict(c, text_override=new.rstrip("\n") + " " + qt.lstrip("\n"))
    if c.get("bottom"):
        text = qt.lstrip("\n") + "\n" + new
        body_html_inner = qh + html_lines(new)
    else:
        text = new + qt
        body_html_inner = html_lines(new) + qh
    if c.get("text_override") is not None:
        text = c["text_override"]
    if c.get("html_override") is not None:
        body_html_inner = c["html_override"]
    subject = c["subject_prefix"] + r.subject
    if c["subject_prefix"] in ("Re: ", "RE: ") and client in ("gmail", "iphone", "apple_mail", "thunderbird",
                                                              "outlook_intl", "outlook_mac", "owa"):
        # these clients recognise the existing 'Re:' and do not stack a second one
        subject = c["subject_prefix"] + r.subject[4:]
    atts = [attachment(n, d, ct) for n, d, ct in c.get("attachments", [])]
    extra = list(c.get("extra", []))
    fn, fe = frm
    dom = fe.split("@")[1]

    if client in ("outlook", "outlook_intl"):
        cs = c.get("cs", "gb2312")
        stamp = hx(seed, 12).upper()
        hdoc = outlook_html(new if not c.get("html_new") else c["html_new"], qh, cs, c.get("lang", "ZH-CN")) \
            if c.get("html_override") is None else c["html_override"]
        b_alt = "----=_NextPart_%03d_%s_01DB%s.%s" % (1 if atts else 0, stamp[8:12], stamp[:4], stamp[4:])
        body = multi("alternative", [leaf("text/plain", text, cs, c.get("cte", "base64"), crlf=True),
                                     leaf("text/html", hdoc, cs, c.get("cte", "base64"), crlf=True)], b_alt)
        if atts:
            body = multi("mixed", [body] + atts, "----=_NextPart_000_%s_01DB%s.%s" % (stamp[8:12], stamp[:4], stamp[4:]))
        body.preamble = "This is a multipart message in MIME format."
        def hcs(*texts):  # Outlook falls back to UTF-8 for a header the message charset cannot hold
            try:
                for x in texts:
                    x.encode(codec(cs))
                return cs
            except UnicodeEncodeError:
                return "utf-8"
        hdrs = [("From", haddr(fn, fe, hcs(fn), "B")), ("To", haddrs(to, hcs(*[a[0] for a in to]), "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, hcs(*[a[0] for a in cc]), "B")))
        hdrs += [("References", r.minutes_msgid + "\n " + r.msgid), ("In-Reply-To", r.msgid),
                 ("Subject", htext(subject, hcs(subject), "B")), ("Date", rfc_date(t)),
                 ("Message-ID", "<%s01db%s$%s$%s$@%s>" % ("0000", hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                          dom))]
        tail = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + hb64(seed + "ti", 24)),
                ("Content-Language", c.get("content_lang", "zh-cn"))] + extra
        msg = envelope(hdrs, body, mime_after="Message-ID")
        for k, v in tail:
            msg[k] = v
    elif client == "owa":
        cs = "utf-8"
        mid = "%s%s" % (c.get("owa_prefix", "TYZPR06MB"), hx(seed, 4).upper())
        hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri,'
                ' Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>%s</body></html>'
                % (html_lines(new, "div"), qh))
        b = "_000_%s%s_" % (mid, hx(seed + "m", 20).upper())
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hdoc, cs, "base64", crlf=True)], b)
        if atts:
            body = multi("mixed", [body] + atts, "_004_%s%s_" % (mid, hx(seed + "m", 20).upper()))
        topic = r.subject[4:] if r.subject.startswith("Re: ") else r.subject
        hdrs = [("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
        if cc:
            hdrs.append(("CC", haddrs(cc, cs, "B")))
        hdrs += [("Subject", htext(subject, cs, "B")), ("Thread-Topic", htext(topic, cs, "B")),
                 ("Thread-Index", "AQH" + hb64(seed + "ti", 24)), ("Date", rfc_date(t.astimezone(UTC))),
                 ("Message-ID", "<%s%s@%s.%s.prod.outlook.com>" % (mid, hx(seed + "x", 24).upper(), mid,
                                                                   c.get("owa_region", "apcprd06")))]
        hdrs += thread_hdrs(r)
        hdrs += [("Accept-Language", c.get("accept_lang", "zh-CN, en-US")),
                 ("Content-Language", c.get("content_lang", "zh-CN")),
                 ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")] + extra
        msg = envelope(hdrs, body, mime_after=None)
    elif client == "outlook_mac":
        b = "B_%d_%d" % (3950000000 + int(hx(seed, 5), 16) % 9999999, int(hx(seed + "b", 6), 16))
        hdoc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang="ZH-CN" '
                'style=\'word-wrap:break-word\'><div class=WordSection1>%s%s</div></body></html>'
                % ("".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                           for l in new.rstrip("\n").split("\n")), qh))
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, "UTF-8", "quoted-printable", ct_quote=False)], b)
        body.preamble = "> This message is in MIME format. Since your mail reader does not understand\nthis format, " \
                        "some or all of this message may not be legible."
        hdrs = [("User-Agent", "Microsoft-MacOutlook/16.95.25032931"), ("Date", rfc_date(t)),
                ("Subject", htext(subject, "UTF-8", "B")), ("From", haddr(fn, fe, "UTF-8", "B")),
                ("To", haddrs(to, "UTF-8", "B"))] + ([("CC", haddrs(cc, "UTF-8", "B"))] if cc else []) + [
            ("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                   hx(seed + "1", 4).upper(), hx(seed + "2", 4).upper(),
                                                   hx(seed + "3", 12).upper(), dom)),
            ("Thread-Topic", htext(r.subject[4:], "UTF-8", "B"))] + thread_hdrs(r) + [("Mime-version", "1.0")] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "foxmail":
        cs = c.get("cs", "GBK")
        n = int(hx(seed, 6), 16)
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: '
                '1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: '
                '1.5; }</style></head><body>\n%s\n</body></html>' % (cs, body_html_inner))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hdoc, cs, "base64", crlf=True)],
                     "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12),
                     preamble="This is a multi-part message in MIME format.")
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(subject, cs, "B"))] + thread_hdrs(r)
        hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                                    hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                                    hx(seed + "i", 12).upper())),
                 ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
                 ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, dom))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client in ("qq", "exmail"):
        cs = c.get("cs", "gb18030")
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        hdoc = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs, body_html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "base64")],
                     b, preamble="This is a multi-part message in MIME format.")
        hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "0000000000000090"),
                ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"), ("X-QQ-BUSINESS-ORIGIN", "2"),
                ("X-Originating-IP", c.get("ip", "120.244.%d.%d" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16)
                                                                   % 250))),
                ("X-QQ-STYLE", ""), ("X-QQ-mid", "%s%d-0t%dt%s" % ("xmsezb" if client == "exmail" else "xmqq",
                                                                   int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                   hx(seed + "q", 7))),
                ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(subject, cs, "B")), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
                 ("X-Priority", "3"),
                 ("Message-ID", "<tencent_%s@%s>" % (hx(seed, 36).upper(), "qq.com" if client == "qq" else "exmail.qq.com")),
                 ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", c.get("xmailer", "QQMail 2.x")),
                 ("X-QQ-Mailer", c.get("xmailer", "QQMail 2.x"))] + thread_hdrs(r) + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client in ("coremail", "netease_web"):
        cs = c.get("cs", "UTF-8" if client == "coremail" else "GBK")
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hdoc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % body_html_inner)
        cte = c.get("cte", "base64")
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", hdoc, cs, cte)], b)
        if atts:
            body = multi("mixed", [body] + atts, "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16) + 1,
                                                                          int(hx(seed + "p", 7), 16),
                                                                          int(t.timestamp() * 1000)))
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Subject", htext(subject, cs, "B"))] + thread_hdrs(r)
        if client == "coremail":
            xm = "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"
        else:
            xm = ("Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 "
                  "www.mailtech.cn %s" % ("163com" if dom == "163.com" else "126com"))
        hdrs += [("X-Priority", "3"), ("X-Mailer", xm), ("X-Coremail-Locale", "zh_CN"),
                 ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"),
                 ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 7), hx(seed + "2", 4), hx(seed + "3", 11), fe))]
        if client == "netease_web":
            hdrs += [("X-Originating-IP", "[115.214.%d.%d]" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250))]
        hdrs += [("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
                 ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-")),
                 ("X-CM-SenderInfo", "x%s" % hx(seed + "s", 12))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "mailmaster":
        cs = "UTF-8"
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hdoc = ('<div style="font-size: 14px; line-height: 1.5;">%s</div>' % body_html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 5), hx(seed + "2", 8), dom)),
                 ("Subject", htext(subject, cs, "B"))] + thread_hdrs(r) + [
                    ("MIME-Version", "1.0"), ("X-Mailer", "MailMaster_Android/7.18.4 (Android 14; HarmonyOS 4.2)"),
                    ("X-Priority", "3")] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "alimail":
        cs = "UTF-8"
        b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 12))
        hdoc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
                'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % body_html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hdoc, cs, "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
                ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        hdrs += [("Reply-To", haddr(fn, fe, cs, "B", quote=True)),
                 ("Message-ID", "<%s-%s-%s.%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12), fe)),
                 ("Subject", htext(subject, cs, "B")), ("X-Mailer", "[Alimail-Mailagent][DingTalk-Mobile]"),
                 ("MIME-Version", "1.0"), ("x-aliyun-im-through", "{\"mailThroughImNew\":true}")] + thread_hdrs(r) + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "feishu":
        cs = "UTF-8"
        b = "%s" % hx(seed + "fs", 60)
        hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                '<div style="font-size:14px;line-height:1.6;">%s</div></body></html>' % body_html_inner)
        body = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, cs, "quoted-printable", ct_quote=False)], b)
        hdrs = [("MIME-Version", "1.0"), ("Date", rfc_date(t)), ("Message-Id", "<%s@%s>" % (hx(seed, 32), dom)),
                ("Subject", htext(subject, cs, "B")), ("From", haddr(fn, fe, cs, "B")),
                ("To", haddrs(to, cs, "B"))] + ([("Cc", haddrs(cc, cs, "B"))] if cc else []) + thread_hdrs(r) + [
            ("X-Lms-Return-Path", "<lba+%s+%s@%s>" % (hx(seed, 10), hx(seed + "l", 16), dom)),
            ("X-Mailer", "Feishu Mail"), ("X-Original-From", haddr(fn, fe, cs, "B"))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "gmail":
        b1 = "000000000000%s" % hx(seed, 14)
        hdoc = '<div dir="%s">%s</div>%s' % ("auto" if c.get("mobile") else "ltr", html_lines(new), qh)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
        if atts:
            body = multi("mixed", [body] + atts, "000000000000%s" % hx(seed + "m", 14))
        hdrs = [("MIME-Version", "1.0"), ("References", r.minutes_msgid + " " + r.msgid), ("In-Reply-To", r.msgid),
                ("From", haddr(fn, fe, "UTF-8", "B")), ("Date", rfc_date(t)),
                ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
                ("Subject", htext(subject, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            hdrs.append(("Cc", haddrs(cc, "UTF-8", "B")))
        hdrs += [("X-Gm-Features", "AQ" + hx(seed + "gm", 30))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client in ("iphone", "apple_mail"):
        bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                             hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if client == "apple_mail":
            bnd = "Apple-Mail=_" + bnd[11:]
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s%s</body></html>' % (html_lines(new, "div"), qh))
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hdoc, "utf-8", "quoted-printable", ct_quote=False)], bnd)
        body.replace_header("Content-Type", ('multipart/alternative; boundary="%s"' if client == "apple_mail"
                                             else "multipart/alternative; boundary=%s") % bnd)
        hdrs = [("From", haddr(fn, fe, "utf-8")),
                ("Mime-Version", "1.0 (1.0)" if client == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
                ("Date", rfc_date(t)), ("Subject", htext(subject, "utf-8", "B")),
                ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                       hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                       hx(seed + "7", 12).upper(), dom)),
                ("References", r.minutes_msgid + " " + r.msgid)] + ([("Cc", haddrs(cc))] if cc else []) + [
            ("In-Reply-To", r.msgid), ("To", haddrs(to)),
            ("X-Mailer", "iPhone Mail (22D82)" if client == "iphone" else "Apple Mail (2.3826.400.131.1.6)")] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "thunderbird":
        # Thunderbird plain text, format=flowed, 8bit
        m = Message()
        m["Content-Type"] = "text/plain; charset=UTF-8; format=flowed"
        m["Content-Transfer-Encoding"] = "8bit"
        m.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
        body = m
        hdrs = [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12), dom)),
                ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
                ("Content-Language", c.get("content_lang", "zh-CN")), ("To", haddrs(to, "UTF-8", "B"))] + \
               ([("Cc", haddrs(cc, "UTF-8", "B"))] if cc else []) + [("References", r.minutes_msgid + " " + r.msgid),
                                                                   ("In-Reply-To", r.msgid),
                                                                   ("From", haddr(fn, fe, "UTF-8", "B"))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    elif client == "android_mail":
        b = "--_com.android.email_%d" % (int(hx(seed, 12), 16) % 10 ** 15)
        hdoc = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s</body></html>' \
               % body_html_inner
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                     leaf("text/html", hdoc, "utf-8", "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("Subject", htext(subject, "UTF-8", "B")), ("Importance", "normal"),
                ("From", haddr(fn, fe, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))] + \
               ([("Cc", haddrs(cc, "UTF-8", "B"))] if cc else []) + [("MIME-Version", "1.0")] + thread_hdrs(r) + [
            ("Message-ID", "<%s@%s>" % (hx(seed, 24), dom))] + extra
        msg = envelope(hdrs, body, mime_version=False)
    else:
        raise ValueError(client)
    # delivery headers added by our MX
    out = Message()
    for k, v in received_hdrs(t, fe, seed, c.get("helo", "mail.%s" % dom), c.get("relay_ip", "203.0.113.%d" %
                                                                               (10 + int(hx(seed, 2), 16) % 200))):
        out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


# ---------------------------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, readme, **c):
    c["slug"] = "%d-%s" % (num, slug)
    c["readme"] = readme
    CASES.append(c)


def rep(intent, items=(), percent=None, new=None, calc=None):
    return dict(intent=intent, items=list(items), percent=percent, new_due_date=new, calc=calc)


SIG_ZHOU = "\n周嘉怡 Jenny Zhou\n外贸部 | 宁波甬厨电器有限公司\nTel: +86-574-8652 3318  Mob: +86 139 5742 0816\n"
SIG_SHAO = "\n邵文斌\n质量部经理\n宁波甬厨电器有限公司\n电话：0574-8652 3301 手机：138 5748 2275\n"
SIG_LIN = ("\n林国栋\n台州恒锐压铸有限公司 | 销售经理\n地址：浙江省台州市路桥区峰江街道工业园\nTel: 0576-8241 7735  Mob: 13805764219\n"
           "QQ: 1638822015\n")
DISCL_TUV = ("\n\n本邮件及其附件含有TÜV南德意志集团的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用"
             "（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。\nThis e-mail and its attachments contain confidential "
             "information from TÜV SÜD, which is intended only for the person or entity whose address is listed above.\n")

# ---------------------------------------------------------------- R1 (Mon 2025-03-10, recap 10:34)
case(5101, "r1-confirm-item1-outlook-zh-utf8", "Outlook zh-CN (UTF-8: the quoted recap holds 'ü') '收到，第1项没问题…' -> confirm [1]; Outlook 发件人/发送时间 block",
     recap="R1", client="outlook", cs="utf-8", quote="outlook_zh", frm="周嘉怡", t=ts("2025-03-10 10:52:31"),
     subject_prefix="答复: ", cc=["钱卫东"],
     text="钱总，\n\n收到，第1项没问题，PI我下午改完就回传给Küchenhaus。\n" + SIG_ZHOU,
     gold=rep("confirm", [1]),
     notes="Owner of item 1 answers 18 minutes after the recap. '收到，第1项没问题' = accepts the item -> confirm, items [1]. "
           "'下午改完就回传' is a plan within the due date (03-12), not a command. Outlook zh-CN picks UTF-8 because "
           "the quoted recap contains 'Küchenhaus'/'ü'; quote = Outlook desktop 发件人:/发送时间:/收件人:/主题: block "
           "with the unprefixed recap (table + footer listing every command word).")

case(5102, "r1-extend-next-wed-foxmail-gbk", "Foxmail GBK supplier: '第2项申请延期到下周三（3月19日）' + long signature with phone/QQ numbers",
     recap="R1", client="foxmail", quote="foxmail", frm="林国栋", t=ts("2025-03-12 16:20:07"),
     subject_prefix="回复: ", cc=["钱卫东"],
     text="钱总您好：\n\n上盖模具修模比预想的复杂，两个滑块都要重新烧焊，第2项申请延期到下周三（3月19日），T1样件修好后顺丰寄出，"
          "单号再发您。\n\n给您添麻烦了。\n\n" + SIG_LIN,
     gold=rep("extend", [2], new="2025-03-19", calc=lambda s: next_week_weekday(s, 2)),
     notes="Sent Wed 2025-03-12. '第2项申请延期到下周三（3月19日）' -> extend, items [2]; 下周三 from a Wednesday = the "
           "following calendar week's Wednesday = 2025-03-19, which agrees with the bracketed date. The Foxmail quote "
           "(发件人：/发送时间：, full-width colons, no '>') holds the recap. Signature numbers (0576-…, QQ) are noise.")

case(5103, "r1-done-by-content-qq-personal", "QQ Mail (personal @qq.com, gb18030) logistics desk: '舱位订好了…' with no number; sender owns only item 4",
     recap="R1", client="qq", quote="qq", frm="孙倩", t=ts("2025-03-11 09:05:44"), subject_prefix="回复：",
     text="钱总好，舱位订好了，4月2号开船那班马士基，两个40HQ，订舱确认单我单独发嘉怡。\n\n孙倩\n青岛海韵国际物流 订舱部\n"
          "18661972035（微信同号）",
     gold=rep("done", []),
     notes="The logistics contact writes from a personal QQ mailbox (roster address 2853107762@qq.com). '舱位订好了' "
           "names item 4 (预订青岛港4月第一周40HQ舱位) by its words, no number -> done, items [] (corpus convention: "
           "numbers only as written). She owns exactly one item in this meeting, so the bot can apply it to #4. "
           "'4月2号开船' is the vessel date, not a new due date.")

case(5104, "r1-done-by-content-iphone", "iPhone zh '样机今天已经送到TUV广州了' (task words, no number) + '发自我的iPhone'",
     recap="R1", client="iphone", quote="ios_zh", frm="邵文斌", t=ts("2025-03-17 18:40:12"), subject_prefix="Re: ",
     cc=["钱卫东"],
     text="样机今天已经送到TUV广州了，梁工签收的。\n\n发自我的iPhone",
     gold=rep("done", []),
     notes="Sent Mon 2025-03-17, the due day of item 3 (送CE/GS测试样机至TUV广州). No number: the sample delivery is "
           "named by its words -> done, items [] (resolves to #3: the sender's only item here). 18:40 is after the "
           "cut-off but the objection window is irrelevant for done. Quote: '> 在 2025年3月10日，10:34，纪要助手 <…> 写道：'.")

case(5105, "r1-progress-by-content-coremail", "Coremail webmail (UTF-8 QP): '…目前进度大概60%吧' on the German manual/box without an item number",
     recap="R1", client="coremail", cte="quoted-printable", quote="coremail", frm="何梦瑶", t=ts("2025-03-14 11:20:55"),
     subject_prefix="Re:",
     text="德语说明书翻译稿昨天回来了，已经排版；彩盒还在等客户确认logo位置，目前进度大概60%吧，下周三前应该能全部更新完。\n\n"
          "何梦瑶 | 产品部\n分机 8215",
     gold=rep("progress", [], percent=60),
     notes="Progress on item 5 (更新德语彩盒与说明书) named by its words: '进度大概60%' -> progress, percent 60, items [] "
           "(her only item in R1). '下周三前应该能全部更新完' = 03-19, the existing due date: an estimate, not an extension. "
           "Coremail 'Re:' without space, '-----原始邮件-----' quote.")

case(5106, "r1-question-non-owner-outlook", "Outlook zh-CN (UTF-8) question from a non-owner about 第5项 -> intent unknown, changes nothing",
     recap="R1", client="outlook", cs="utf-8", quote="outlook_zh", frm="陆斌", t=ts("2025-03-10 13:47:02"),
     subject_prefix="答复: ", cc=["何梦瑶"],
     text="梦瑶，第5项德语说明书能不能顺便出一版奥地利的？Küchenhaus那边说维也纳的门店也要上这款，两个版本差别不大。\n\n陆斌\n外贸部",
     gold=rep("unknown", [5]),
     notes="A question about item 5 from a participant who does not own it. No command (no 确认/异议/完成/进度/延期) -> "
           "intent unknown (SPEC's value for a reply with no command); items [5] as written. The bot keeps it as a "
           "comment and changes nothing. '门店也要上' is not a confirmation.")

# ---------------------------------------------------------------- R2 (Tue 2025-04-15 16:05, English recap)
case(5107, "r2-done-gmail-ptbr-attachment", "Gmail (pt-BR UI, -0300) 'item 2 is done' + PDF attachment; attribution 'Em ter., 15 de abr. de 2025 às 05:05, … escreveu:' wrapped",
     recap="R2", client="gmail", quote="gmail_pt", frm="Rafael Souza", t=ts("2025-04-16 09:12:48", tz(-3)),
     subject_prefix="Re: ", cc=["陆斌"],
     attachments=[("Manual_AF5501_PT-BR_rev2.pdf", fake_pdf("5107"), "application/pdf")],
     text="Hi Robin,\n\nItem 2 is done - we approved the Portuguese manual text, attached with two small corrections "
          "on page 7 (voltage label).\n\nAbraço,\nRafael Souza\nGerente de Produto | Casa Viva Utilidades\n"
          "+55 11 98421-3307\n",
     gold=rep("done", [2]),
     notes="Sent Wed 09:12 -0300 = Wed 20:12 Shanghai. 'Item 2 is done' -> done, items [2]. The Gmail attribution is in "
           "Portuguese and in São Paulo time (05:05), long enough to be wrapped in text/plain; the quoted English "
           "recap repeats 'item N done'/'progress 80%'/'extend to Oct 20' in its footer. multipart/mixed with a PDF.")

case(5108, "r2-extend-the-30th-outlook-es", "Outlook (Spanish UI, -0600) 'Can we push #4 to the 30th?' quoted under 'De: / Enviado: / Para: / CC: / Asunto:'",
     recap="R2", client="outlook_intl", cs="utf-8", lang="ES-MX", content_lang="es-MX", quote="outlook_es",
     frm="Carlos Hernández", t=ts("2025-04-22 18:30:19", tz(-6)), subject_prefix="RE: ", cc=["陆斌"],
     text="Hola Robin,\n\nCan we push #4 to the 30th? Our sales team closes the Q2 forecast at month end, "
          "before that the numbers are not reliable.\n\nSaludos,\nCarlos Hernández\nGerente de Compras\nCocinaMX S.A. de C.V.\n"
          "Tel. +52 55 5281 4410\n\nEnviado desde Outlook para iOS\n",
     gold=rep("extend", [4], new="2025-04-30", calc=lambda s: day_of_month(s, 30)),
     notes="Date Tue 18:30 -0600 = Wed 2025-04-23 08:30 in Shanghai (the due day of #4). 'push #4 to the 30th' -> "
           "extend, items [4]; 'the 30th' = the 30th of the current month in Shanghai = 2025-04-30 (a working day; the "
           "Labour Day break starts 05-01). 'month end' is the reason. 'Enviado desde Outlook para iOS' is a footer.")

case(5109, "r2-done-by-content-mailmaster", "网易邮箱大师 (Android/HarmonyOS) '金样已经寄出了…' in Chinese to an English recap; no number; '发自网易邮箱大师'",
     recap="R2", client="mailmaster", quote="mailmaster", frm="柴丽君", t=ts("2025-04-18 17:48:30"), subject_prefix="回复：",
     text="金样已经寄出了，DHL 5738 2210 64，预计下周二到圣保罗。\n\n发自网易邮箱大师",
     gold=rep("done", []),
     notes="Item 5 (Arrange golden sample shipment to São Paulo) named by content, in Chinese under an English recap: "
           "'金样已经寄出了' -> done, items []; the sender owns only #5 in this meeting. '预计下周二到' (arrival "
           "estimate) is not a date for the item. Quote: '---- 回复的原邮件 ----' with '| 发件人 | … |' rows.")

case(5110, "r2-extend-mixed-lang-outlook-zh", "Outlook zh-CN (UTF-8) 'Item 3: …需要再宽限两天，4月28日前发出' -> explicit date wins over '两天'",
     recap="R2", client="outlook", cs="utf-8", quote="outlook_zh", frm="邵文斌", t=ts("2025-04-25 17:10:41"),
     subject_prefix="答复: ", cc=["陆斌"],
     text="Robin,\n\nItem 3: NOM资料还差一份CoC，墨西哥实验室说下周一才能出，需要再宽限两天，4月28日前发出。\n" + SIG_SHAO,
     gold=rep("extend", [3], new="2025-04-28", calc=lambda s: month_day(s, 4, 28)),
     notes="Sent Fri 2025-04-25 (due day of #3). 'Item 3 … 需要再宽限两天，4月28日前发出' -> extend, items [3], new date "
           "2025-04-28 (Mon). '两天' from Friday would be Sunday 04-27 (a make-up working day in 2025), but the writer "
           "states the date explicitly; '下周一' (the lab's date) is the same 04-28.")

case(5111, "r2-done-by-content-outlook-mac-zh", "Outlook for Mac (zh UI) 'price list 已经发给…了，这项可以关了' (no number); quote '发件人: / 日期: / 收件人: / 主题:'",
     recap="R2", client="outlook_mac", quote="outlook_mac_zh", frm="陆斌", t=ts("2025-04-17 10:02:13"),
     subject_prefix="Re: ",
     text="price list 已经发给 Rafael 和 Carlos 了，这项可以关了。\n\nRobin\n",
     gold=rep("done", []),
     notes="The organizer/owner of item 1 (Send updated FOB Ningbo price list): 'price list 已经发给…了，这项可以关了' "
           "= done, by task words, items [] (his only item). Outlook for Mac zh quote header uses '日期:' with "
           "'2025年4月15日 星期二 16:05'.")

# ---------------------------------------------------------------- R3 (Tue 2025-05-20 15:35, English recap)
case(5112, "r3-done-gmail-tr", "Gmail (Turkish UI, +0300) 'Carton marking confirmed on our side (item 1)' -> done; attribution '… tarihinde şunu yazdı:'",
     recap="R3", client="gmail", quote="gmail_tr", frm="Emre Yılmaz", t=ts("2025-05-21 11:40:03", tz(3)),
     subject_prefix="Re: ",
     text="Hi all,\n\nCarton marking confirmed on our side (item 1). Our Istanbul warehouse only needs the shipping mark "
          "in Turkish on two sides, file is with Jenny.\n\nBest regards,\nEmre Yılmaz\nSatın Alma Müdürü | MutfakPro A.Ş.\n"
          "+90 212 555 0147\n",
     gold=rep("done", [1]),
     notes="Item 1 is itself 'Confirm carton marking for Istanbul warehouse'; the owner reports the marking confirmed, "
           "i.e. the task is finished -> done, items [1]. Genuinely ambiguous with the bot command 'confirm' (accept "
           "the item); a careful assistant records the task as completed, since the deliverable was the confirmation. "
           "Turkish Gmail attribution: '纪要助手 <…>, 20 May 2025 Sal, 10:35 tarihinde şunu yazdı:' (Istanbul time).")

case(5113, "r3-extend-two-more-days-gmail-id", "Gmail (Indonesian UI, +0700) 'need two more days on item 3' -> due 05-26 + 2 days",
     recap="R3", client="gmail", quote="gmail_id", frm="Dewi Lestari", t=ts("2025-05-26 16:05:37", tz(7)),
     subject_prefix="Re: ", cc=["周嘉怡"],
     text="Dear Jenny,\n\nSorry for the delay. Our management is still reviewing the Q3 budget, need two more days on "
          "item 3.\n\nTerima kasih,\nDewi Lestari\nPurchasing | PT Rumah Dapur Nusantara\n",
     gold=rep("extend", [3], new="2025-05-28", calc=lambda s: D(2025, 5, 26) + dt.timedelta(days=2)),
     notes="Sent Mon 2025-05-26 16:05 Jakarta = 17:05 Shanghai, on the due day of #3 (2025-05-26). 'need two more days on "
           "item 3' -> extend, items [3]; convention of this set: 'N more days' is counted from the item's current due "
           "date in the recap (05-26 + 2 = Wed 2025-05-28; calendar and working days agree). Attribution in Indonesian "
           "('Pada Sel, 20 Mei 2025 pukul 14.35 … menulis:').")

case(5114, "r3-done-outlook-pl-disclaimer", "Outlook (Polish UI, +0200) 'Item 4 - artwork approved' + PDF; quote 'Od: / Wysłane: / Do: / DW: / Temat:' + Polish disclaimer",
     recap="R3", client="outlook_intl", cs="utf-8", lang="PL", content_lang="pl-PL", quote="outlook_pl",
     frm="Piotr Nowak", t=ts("2025-05-22 09:15:26", tz(2)), subject_prefix="RE: ",
     attachments=[("AGDPOL_rating_label_KM1200_signed.pdf", fake_pdf("5114"), "application/pdf")],
     text="Hi,\n\nItem 4 - artwork approved, signed PDF attached.\n\nPozdrawiam / Best regards\nPiotr Nowak\n"
          "Category Manager SDA\nAGDPOL Sp. z o.o. | ul. Marynarska 15, 02-674 Warszawa\n\n"
          "Ta wiadomość może zawierać informacje poufne. Jeżeli nie jesteś jej adresatem, prosimy o powiadomienie "
          "nadawcy i usunięcie wiadomości. Sąd Rejonowy dla m.st. Warszawy, XIII Wydział Gospodarczy KRS 0000123456.\n",
     gold=rep("done", [4]),
     notes="Sent Thu 2025-05-22 (due day of #4). 'Item 4 - artwork approved' -> done, items [4] (the task was to approve "
           "the artwork). Polish disclaimer with numbers (KRS, 02-674) is not content. Outlook quote labels "
           "'Od:/Wysłane:/Do:/DW:/Temat:' with the Polish date 'wtorek, 20 maja 2025 09:35'.")

case(5115, "r3-question-iphone-en-australia", "iPhone (en, +1000) question 'should have it Monday. Will that be ok?' -> no command",
     recap="R3", client="iphone", quote="ios_en", frm="Sarah Mitchell", t=ts("2025-05-23 08:05:51", tz(10)),
     subject_prefix="Re: ",
     text="Hi Wade, the RCM number is on its way from our compliance guy, should have it Monday. Will that be ok?\n\n"
          "Sarah\n\nSent from my iPhone",
     gold=rep("unknown", []),
     notes="Fri 08:05 Sydney = Fri 06:05 Shanghai. Sarah owns item 5 (due Wed 05-28); she announces the number for "
           "Monday (before the due date) and asks if that is fine. No done/progress percent/extension request -> "
           "intent unknown, items []; nothing changes (a human would just answer 'yes').")

case(5116, "r3-progress-by-content-gmail-vi", "Gmail (Vietnamese UI, +0700) 'Vietnam launch timeline is about 70% done' without an item number",
     recap="R3", client="gmail", quote="gmail_vi", frm="Trần Thu Hà", t=ts("2025-05-27 10:20:18", tz(7)),
     subject_prefix="Re: ",
     text="Dear all,\n\nVietnam launch timeline is about 70% done, we are waiting for the final retail price from our "
          "board. Full version by Friday.\n\nTrân trọng,\nTrần Thu Hà\nBếp Việt JSC - Marketing\n",
     gold=rep("progress", [], percent=70),
     notes="Item 7 (Share Vietnam launch timeline) named by its words: '70% done' -> progress, percent 70, items [] "
           "(her only item). 'by Friday' = 05-30, the current due date: an estimate, not an extension. Vietnamese "
           "Gmail attribution 'Vào Th 3, 20 thg 5, 2025 vào lúc 14:35 … đã viết:'.")

case(5117, "r3-done-apple-mail-zh", "Apple Mail (macOS, zh) '第6项DoC已更新（新增EN 60335-2-9:2023）' with standard numbers as noise",
     recap="R3", client="apple_mail", quote="apple_zh", frm="何梦瑶", t=ts("2025-05-28 14:30:09"), subject_prefix="Re: ",
     text="第6项DoC已更新（新增EN 60335-2-9:2023 和 EN IEC 55014-1:2021），已放共享盘 /产品部/认证/KM-1200/。\n\n梦瑶",
     gold=rep("done", [6]),
     notes="'第6项DoC已更新' -> done, items [6]. The standard numbers (60335-2-9:2023, 55014-1:2021) are not item "
           "numbers, dates or percentages. Apple Mail quote: '> 2025年5月20日 15:35，纪要助手 <…> 写道：'.")

case(5118, "r3-confirm-several-outlook-en", "Outlook (English UI) by the organizer: 'Items 1, 4 and 7 confirmed' -> confirm [1,4,7]",
     recap="R3", client="outlook_intl", cs="utf-8", lang="EN-US", content_lang="en-US", quote="outlook_en",
     frm="钱卫东", t=ts("2025-05-20 16:12:40"), subject_prefix="RE: ",
     text="Items 1, 4 and 7 confirmed, thanks all. Jenny will follow the rest.\n\nWade Qian\nExport Sales Director\n"
          "Ningbo Yongchu Electric Appliance Co., Ltd.\n",
     gold=rep("confirm", [1, 4, 7]),
     notes="The organizer confirms three items in one sentence before the 18:00 cut-off -> confirm, items [1, 4, 7]. "
           "Outlook English quote 'From: / Sent: Tuesday, May 20, 2025 3:35 PM / To: / Subject:'.")

# ---------------------------------------------------------------- R4 (Thu 2025-06-05 14:20, English recap)
case(5119, "r4-extend-with-progress-gmail-ja", "Gmail (Japanese UI, +0900) 8D '…about 60%. May I ask to extend to June 19?' -> extend wins over progress",
     recap="R4", client="gmail", quote="gmail_ja", frm="Tanaka Hiroshi", t=ts("2025-06-11 18:45:33", tz(9)),
     subject_prefix="Re: ", cc=["徐静"],
     text="Dear Bella-san,\n\nThank you for your patience. Regarding item 1, we found the root cause (bearing preload "
          "after the rotor press-fit). D1-D5 of the 8D report are finished, D6-D8 need verification on the new lot, "
          "so progress is about 60%.\nMay I ask to extend to June 19?\n\nBest regards,\nHiroshi Tanaka\n"
          "Sakura Motor Co., Ltd. | Quality Assurance Dept.\nTEL +81-53-442-7810\n\n"
          "この電子メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡の上、削除してください。\n",
     gold=rep("extend", [1], new="2025-06-19", calc=lambda s: month_day(s, 6, 19)),
     notes="Wed 18:45 JST = 17:45 Shanghai. Two signals on item 1: 'progress is about 60%' and 'May I ask to extend to "
           "June 19?'. The schema holds one intent; the actionable request is the extension -> extend, items [1], "
           "new_due_date 2025-06-19 (percent stays null because the intent is not progress). Ambiguous by design of "
           "the writer; a careful assistant records the extension request. Japanese disclaimer and Japanese Gmail "
           "attribution '2025年6月5日(木) 15:20 纪要助手 <…>:'.")

case(5120, "r4-done-gmail-ko", "Gmail (Korean UI) 'Item 2 done.' with an AWB number; attribution '…님이 작성:'",
     recap="R4", client="gmail", quote="gmail_ko", frm="Park Minjun", t=ts("2025-06-16 17:30:02", tz(9)),
     subject_prefix="Re: ",
     text="Hi all,\n\nThe 50 replacement motors were shipped today by FedEx (AWB 7781 2345 6690), ETA Ningbo "
          "June 18. Item 2 done.\n\nThanks,\nMinjun Park\nSakura Motor Korea | Sales Engineering\n",
     gold=rep("done", [2]),
     notes="Sent Mon 2025-06-16 (due day) -> done, items [2]. The AWB digits and 'ETA Ningbo June 18' are not an "
           "extension. Korean Gmail attribution '2025년 6월 5일 (목) 오후 3:20, 纪要助手 <…>님이 작성:'.")

case(5121, "r4-done-by-content-foxmail", "Foxmail (GBK) '进料检验计划已更新…这项完成了' to an English recap; no number",
     recap="R4", client="foxmail", quote="foxmail", frm="胡蓓", t=ts("2025-06-09 15:02:47"), subject_prefix="回复: ",
     text="进料检验计划已更新，SM-38噪音改为100%全检，AQL抽检项目不变，这项完成了。\n\n胡蓓 Bella Hu\n采购部 | 宁波甬厨电器有限公司\n"
          "Tel: 0574-8652 3306",
     gold=rep("done", []),
     notes="Item 3 (Update incoming inspection plan for SM-38) named by its words -> done, items []. '100%全检' is an "
           "inspection rate, not a progress percentage. The sender owns only #3 in R4.")

case(5122, "r4-progress-bottom-post-thunderbird", "Thunderbird zh-CN, plain text format=flowed, bottom-posted under the quote: '第4项…跑到320h了，进度64%'",
     recap="R4", client="thunderbird", quote="tb_zh", bottom=True, frm="潘志强", t=ts("2025-06-20 09:30:16"),
     subject_prefix="Re: ",
     text="第4项寿命测试跑到320h了，进度64%，目前电流和噪音都无异常。\n\n-- \n潘志强 研发部\n",
     gold=rep("progress", [4], percent=64),
     notes="Bottom-posting: the new text is BELOW the '在 2025/6/5 14:20, 纪要助手 写道:' attribution and the '> ' "
           "quoted recap. '第4项…进度64%' -> progress, items [4], percent 64 (320 of 500 h). The sig separator '-- ' "
           "follows.")

case(5123, "r4-question-third-party-exmail", "企业微信邮箱 (Tencent Exmail, gb18030) question from the supplier's Shanghai agent about 第2项 -> no command",
     recap="R4", client="exmail", quote="exmail", frm="徐静", t=ts("2025-06-06 10:11:25"), subject_prefix="回复：",
     xmailer="WeCom Mail", cc=["Park Minjun"],
     text="胡小姐您好，\n\n请问第2项的50个替换马达是直接寄宁波工厂，还是先寄到我们上海仓再转？朴先生这边要确认收货地址。\n\n"
          "徐静\n樱花电机（上海）贸易有限公司\n021-6209 5531",
     gold=rep("unknown", [2]),
     notes="A question about item 2 from the supplier's Shanghai agent (not the owner). No command -> intent unknown, "
           "items [2] as written; nothing changes. Sent with 企业微信 mail (Exmail headers, QQ-style '原始邮件' quote).")

# ---------------------------------------------------------------- R5 (Tue 2025-07-08 15:10, Traditional Chinese minutes)
case(5124, "r5-done-outlook-zh-tw", "Outlook zh-TW (UTF-8) Traditional Chinese '第2項彩盒稿已確認並簽回，這項完成' ; quote '寄件者: / 寄件日期: / 收件者: / 主旨:'",
     recap="R5", client="outlook", cs="utf-8", lang="ZH-TW", content_lang="zh-TW", quote="outlook_tw",
     frm="黃志豪", t=ts("2025-07-10 11:25:38"), subject_prefix="RE: ",
     text="各位好，\n\n第2項彩盒稿已確認並簽回，這項完成，請安排打樣。\n\n黃志豪 Jason Huang\n宏泰貿易股份有限公司 業務經理\n"
          "TEL: +886-2-2712-5580 分機 21\n",
     gold=rep("done", [2]),
     notes="Traditional Chinese: '第2項…這項完成' -> done, items [2] (項 = 项). Outlook zh-TW header labels "
           "寄件者/寄件日期/收件者/主旨 with '下午 03:11'.")

case(5125, "r5-done-big5-no-quote", "Outlook zh-TW big5 with the quote removed (no quoted recap at all): answers 8月出貨數量 -> done by content",
     recap="R5", client="outlook", cs="big5", lang="ZH-TW", content_lang="zh-TW", quote=None, frm="陳怡君",
     t=ts("2025-07-10 17:40:09"), subject_prefix="RE: ",
     text="8月出貨數量如下，已回覆：\nAF-5501 黑色 1,200台\nAF-5501 白色 800台\n合計 2,000台，請安排。\n\n陳怡君\n宏泰貿易 採購課\n",
     gold=rep("done", []),
     notes="Charset big5; the sender deletes the quote (Outlook set to 'do not include original'), so only the subject "
           "and In-Reply-To/References tie it to R5. She delivers the August quantities = item 3 (回覆8月出貨數量), "
           "her only item -> done, items []. Quantities '1,200台/800台' are not percentages or dates.")

case(5126, "r5-extend-weekday-by-content-iphone", "iPhone zh '石墨灰那个报价…得延到周四' (task named, weekday) from a Monday",
     recap="R5", client="iphone", quote="ios_zh", frm="陆斌", t=ts("2025-07-14 19:10:44"), subject_prefix="Re: ",
     text="石墨灰那个报价还要等喷涂厂回价，得延到周四。\n\n发自我的iPhone",
     gold=rep("extend", [], new="2025-07-17", calc=lambda s: this_or_next_weekday(s, 3)),
     notes="Sent Mon 2025-07-14 (the due day of item 4, 報價：客製色款（石墨灰）). Named by content -> items []; "
           "'得延到周四' -> extend; 周四 = this week's Thursday = 2025-07-17. His only item in R5.")

case(5127, "r5-done-chinese-numeral-outlook-gb2312", "Outlook zh-CN gb2312 '第一项BSMI资料已经发给黃經理了' (Chinese numeral)",
     recap="R5", client="outlook", cs="gb2312", quote="outlook_zh", frm="邵文斌", t=ts("2025-07-15 09:41:20"),
     subject_prefix="答复: ",
     text="第一项BSMI资料已经发给黃經理了，含型式试验报告和标签样稿。\n" + SIG_SHAO,
     gold=rep("done", [1]),
     notes="'第一项…已经发给…了' -> done, items [1] (Chinese numeral 一). The quoted recap holds Traditional characters "
           "(甬廚, 認證, 貨); Outlook labels the part gb2312 while the bytes are GBK.")

# ---------------------------------------------------------------- R6 (Fri 2025-09-26 14:35, before National Day)
case(5128, "r6-done-feishu-merged-text", "飞书邮箱 reply whose text/plain puts the new text and the quote header on one line; task named ('舱位已确认')",
     recap="R6", client="feishu", quote="feishu", merge_attr=True, frm="赵海鹏", t=ts("2025-09-28 10:15:33"), subject_prefix="回复：",
     text="舱位已确认，10月4日ONE的船，SO已发柴丽君。\n\n赵海鹏\n青岛海韵国际物流 订舱部\n手机：13953260417\n",
     gold=rep("done", []),
     notes="Sent Sun 2025-09-28, a make-up working day. '舱位已确认' names item 3 (宁波-汉堡海运订舱确认), his only item "
           "-> done, items []. '10月4日' is the sailing date. The text/plain alternative (generated from HTML) has the "
           "signature's last line and '发件人: 纪要助手<…>' on the same line, so a parser must cut the quote mid-line.")

case(5129, "r6-progress-coremail", "Coremail '第1项…今天已经申报，进度90%，明天放行应该没问题'",
     recap="R6", client="coremail", quote="coremail", frm="柴丽君", t=ts("2025-09-29 16:30:27"), subject_prefix="Re:",
     text="第1项报关资料都齐了，今天已经申报，进度90%，明天放行应该没问题。\n\n柴丽君 | 计划物流部",
     gold=rep("progress", [1], percent=90),
     notes="'第1项…进度90%' -> progress, items [1], percent 90. '明天放行' = 09-30, the due date: not an extension.")

case(5130, "r6-extend-dingtalk-makeup-saturday", "钉钉专属商务邮箱 (Alimail) '第2项申请延至10月13日（周一）' + '来自钉钉专属商务邮箱'; quote '发件人：/发送时间：/收件人：/抄　送：/主　题：'",
     recap="R6", client="alimail", quote="alimail", frm="林国栋", t=ts("2025-09-30 08:50:12"), subject_prefix="回复：",
     text="金主管好，\n第2项申请延至10月13日（周一），十一期间压铸机大修，10号出不来，11号周六虽然上班但毛坯还要去毛刺。\n\n林国栋\n"
          "来自钉钉专属商务邮箱",
     gold=rep("extend", [2], new="2025-10-13", calc=lambda s: month_day(s, 10, 13)),
     notes="'第2项申请延至10月13日（周一）' -> extend, items [2], 2025-10-13. '10号' and '11号周六' (the 10-11 make-up "
           "working Saturday) are reasons, not the new date. Alimail/DingTalk quote with full-width colons and '抄　送'.")

case(5131, "r6-confirm-not-extend-outlook-gbk", "Outlook zh-CN gb2312 '第4项没问题，节后第一个工作日给到' (= the current due 10-09) -> confirm, not extend",
     recap="R6", client="outlook", cs="gb2312", quote="outlook_zh", frm="金涛", t=ts("2025-09-26 15:02:58"),
     subject_prefix="答复: ",
     text="第4项没问题，节后第一个工作日给到。\n\n金涛\n计划物流部",
     gold=rep("confirm", [4]),
     notes="Before the 18:00 cut-off. '第4项没问题' -> confirm, items [4]. '节后第一个工作日' = 2025-10-09 (National Day + "
           "Mid-Autumn 10-01..10-08), which is item 4's existing due date, so it is not an extension request.")

case(5132, "r6-extend-workdays-after-holiday-owa", "OWA (M365, UTC Date) '因国庆假期…需延期至节后第10个工作日' -> counts the 10-11 make-up Saturday; TÜV disclaimer",
     recap="R6", client="owa", quote="owa_zh", quote_tz=TZ8, frm="梁思敏", t=ts("2025-09-30 01:40:22", UTC), subject_prefix="答复: ",
     owa_prefix="FRYP281MB", owa_region="DEUP281", cc=["金涛"],
     text="金主管您好，\n\n第5项GS证书更新，因国庆假期我司证书签发部门（慕尼黑）需要走变更评审，需延期至节后第10个工作日。\n\n"
          "梁思敏 Cherry Liang\n项目工程师 | 南德认证检测（中国）有限公司广州分公司\n电话：+86 20 3832 0668" + DISCL_TUV,
     gold=rep("extend", [5], new="2025-10-21",
              calc=lambda s: add_workdays(first_workday_after(D(2025, 10, 8)), 9)),
     notes="Date 01:40 +0000 = 2025-09-30 09:40 Shanghai. '第5项…需延期至节后第10个工作日' -> extend, items [5]. The "
           "holiday ends 10-08; working days after it: 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), 10-13 (4) … "
           "10-21 (10) -> 2025-10-21 (computed with chinesecalendar). Long bilingual TÜV disclaimer after the signature.")

# ---------------------------------------------------------------- R7 (Tue 2025-08-12 10:20)
case(5133, "r7-inline-under-row-outlook", "Outlook zh-CN: '见下方【王振宇】' then an inline answer under his quoted row 3 inside the Outlook quote + .xlsx",
     recap="R7", client="outlook", cs="gb2312", quote="outlook_zh", frm="王振宇", t=ts("2025-08-14 16:55:09"),
     subject_prefix="答复: ", inline_row=(3, "【王振宇】已补充，见附件BOM_KM1200_v3.xlsx，共47项关键件。"),
     attachments=[("BOM_KM1200_v3.xlsx", fake_pdf("5133"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
     text="邵经理，见下方【王振宇】。\n\n王振宇\n研发部",
     gold=rep("done", [3]),
     notes="The answer is written INSIDE the quote, directly under the quoted row '| 3 | 补充关键元器件清单 | 王振宇 | "
           "2025-08-14 |' and marked 【王振宇】; the top only says '见下方'. Convention of this set: an inline answer under "
           "a quoted recap row refers to that row's number -> done, items [3]. A parser that drops everything after "
           "the Outlook header block misses it.")

case(5134, "r7-done-by-content-android-huawei", "Huawei/Android Email app '整改样机今天下午已寄出…' + '发自我的华为手机'; quote '-------- 原始邮件 --------'",
     recap="R7", client="android_mail", quote="android_zh", frm="潘志强", t=ts("2025-08-15 20:05:40"),
     subject_prefix="回复： ",
     text="整改样机今天下午已寄出，顺丰SF1420 6638 7751，梁工明天上午能收到。\n\n发自我的华为手机",
     gold=rep("done", []),
     notes="Item 1 (提交KM-1200 EMC整改样机) named by its words on its due day -> done, items [] (his only item in R7). "
           "'明天上午能收到' is delivery, not a new due date. Android/Huawei mail quote with '日期： 2025年8月12日周二 上午10:20'.")

case(5135, "r7-progress-late-estimate-outlook", "Outlook zh-CN '第2项进度约70%…预计周五出报告' (Friday is after the due date: still progress)",
     recap="R7", client="outlook", cs="utf-8", quote="outlook_zh", frm="梁思敏", t=ts("2025-08-19 16:40:03"),
     subject_prefix="答复: ",
     text="邵经理，\n\n第2项进度约70%，传导骚扰还差两个频段复测，预计周五出报告。\n\n梁思敏 Cherry Liang\n南德广州 EMC实验室" + DISCL_TUV,
     gold=rep("progress", [2], percent=70),
     notes="Sent Tue 2025-08-19; item 2 is due Wed 08-20. '第2项进度约70%' -> progress, items [2], percent 70. '预计周五出报告' "
           "(08-22) is later than the due date but phrased as an estimate, not a request (no 延期/申请/能否): a careful "
           "assistant records the progress and leaves the due date; ambiguous, noted here.")

case(5136, "r7-done-by-content-coremail-8bit", "Coremail (UTF-8 8bit) '测试费PO已经走完审批了，PO号 YC-PO-2508-0193'",
     recap="R7", client="coremail", cte="8bit", quote="coremail", frm="郑雅婷", t=ts("2025-08-13 09:10:38"),
     subject_prefix="Re:",
     text="测试费PO已经走完审批了，PO号 YC-PO-2508-0193，金额按报价单含税。\n\n郑雅婷 财务部",
     gold=rep("done", []),
     notes="Item 4 (确认测试费用PO) named by its words -> done, items []. The PO number contains '2508' and '0193', "
           "neither a date nor an item number.")

case(5137, "r7-thanks-organizer-iphone", "iPhone zh thank-you from the organizer: '谢谢梁工，辛苦！…' -> no command",
     recap="R7", client="iphone", quote="ios_zh", frm="邵文斌", t=ts("2025-08-12 12:31:55"), subject_prefix="Re: ",
     cc=["梁思敏"],
     text="谢谢梁工，辛苦！预测试报告出来后麻烦第一时间抄送我和王工。\n\n发自我的iPhone",
     gold=rep("unknown", []),
     notes="A thank-you and a request to be copied; no command and no item reference -> intent unknown, items []; "
           "nothing changes.")

# ---------------------------------------------------------------- R8 (Mon 2025-11-17 16:40)
case(5138, "r8-progress-by-content-163-web", "163.com web (GBK base64) supplier '8D报告D4根因分析做完了，进度50%'; quote '在 2025-11-17 16:40:15，\"纪要助手\" <…> 写道：'",
     recap="R8", client="netease_web", quote="netease_web", frm="叶建新", t=ts("2025-11-20 15:33:27"), subject_prefix="回复:",
     text="方经理，8D报告D4根因分析做完了（压铸件气孔，模温偏低），进度50%，附件是初稿，D5-D8周五前补齐。\n\n叶建新\n台州恒锐压铸 品质部",
     gold=rep("progress", [], percent=50),
     notes="Item 2 (压铸件来料不良8D跟踪) named by its words ('8D报告') -> progress, percent 50, items [] (his only "
           "item). '周五前' = 11-21, the current due date. 163 web writes '在 …，\"纪要助手\" <…> 写道：' and '> ' lines.")

case(5139, "r8-done-one-of-two-by-content-foxmail", "Foxmail: '评分表已更新到OA' from an owner of two items (#4 and #7): one clear task match",
     recap="R8", client="foxmail", quote="foxmail", frm="胡蓓", t=ts("2025-11-19 10:22:16"), subject_prefix="回复: ",
     text="方经理，已完成，供应商评分表已经更新到OA了，恒锐这次扣了交期分。\n\n胡蓓 Bella Hu\n采购部",
     gold=rep("done", []),
     notes="胡蓓 owns two items in R8 (#4 更新供应商评分表, #7 恒锐压铸年度框架协议续签). '已完成，供应商评分表已经更新' "
           "names #4 by its words -> done, items [] (no number written); the task words give one clear match (#4), so "
           "the bot should not need to ask.")

case(5140, "r8-done-ambiguous-two-open-iphone", "iPhone '搞定了' from an owner of two open items (#5, #8) -> done, no item: the bot must ask",
     recap="R8", client="iphone", quote="ios_zh", frm="邵文斌", t=ts("2025-11-21 17:58:02"), subject_prefix="Re: ",
     text="搞定了\n\n发自我的iPhone",
     gold=rep("done", []),
     notes="'搞定了' = done, but the sender owns two open items in R8 (#5 德国客户验厂准备, #8 Casa Viva客诉分析报告) and "
           "names neither. Intent done, items [] — nothing may change; the bot has to ask which item (SPEC §6.3). "
           "The 11-21 date makes #8 (due that day) likely but that is a guess.")

case(5141, "r8-extend-month-end-outlook", "Outlook zh-CN '第3项…申请延期到本月底' -> 2025-11-30 (a Sunday)",
     recap="R8", client="outlook", cs="gb2312", quote="outlook_zh", frm="金涛", t=ts("2025-11-21 11:08:45"),
     subject_prefix="答复: ",
     text="方经理：\n第3项需要等外贸部12月的销售预测，申请延期到本月底。\n\n金涛",
     gold=rep("extend", [3], new="2025-11-30", calc=lambda s: month_end(s)),
     notes="Sent Fri 2025-11-21. '第3项…申请延期到本月底' -> extend, items [3]; 本月底 = 2025-11-30, a Sunday (period end "
           "per SPEC; not moved to a working day). '12月' refers to the forecast month.")

case(5142, "r8-confirm-two-items-manager-outlook", "Outlook zh-CN by the organizer (head of 采购部): '1、4两项我这边确认' (one own item, one of his report's)",
     recap="R8", client="outlook", cs="gb2312", quote="outlook_zh", frm="方晓东", t=ts("2025-11-17 17:20:31"),
     subject_prefix="答复: ",
     text="1、4两项我这边确认，其他各位按时间节点推进。\n\n方晓东\n采购部",
     gold=rep("confirm", [1, 4]),
     notes="Before the 18:00 cut-off. '1、4两项…确认' -> confirm, items [1, 4] (numbers without 第, joined by 、, "
           "counted by 两项). #4 belongs to 胡蓓, whose manager he is.")

case(5143, "r8-progress-by-content-coremail", "Coremail '对账差额还有3.2万没对上…我这边先标记进度80%' (task named)",
     recap="R8", client="coremail", quote="coremail", frm="郑雅婷", t=ts("2025-11-21 15:46:12"), subject_prefix="Re:",
     text="恒锐10月货款对账差额还有3.2万没对上，应会计说月底前回复，我这边先标记进度80%。\n\n郑雅婷",
     gold=rep("progress", [], percent=80),
     notes="Item 6 (财务对账：恒锐压铸10月货款) named by its words -> progress, percent 80, items []. '月底前回复' is the "
           "supplier's answer date, not an extension request; '3.2万' is an amount.")

case(5144, "r8-comment-third-party-126-web", "126.com web (GBK) from the supplier's accountant: '对账单我们这边核对无误…' -> no command",
     recap="R8", client="netease_web", quote="netease_web", frm="应晓红", t=ts("2025-11-18 09:12:55"), subject_prefix="回复:",
     text="郑会计您好，10月货款对账单我们这边核对无误，差额部分是退货折让，明细附后，请安排付款，谢谢！\n\n应晓红\n恒锐压铸 财务",
     gold=rep("unknown", []),
     notes="The supplier's accountant is a participant but owns no item. She states facts about the reconciliation "
           "(item 6 is 郑雅婷's) without any command word -> intent unknown, items []; nothing changes (a non-owner "
           "cannot change an item anyway).")

# ---------------------------------------------------------------- R9 (Mon 2025-01-20 17:05, before Spring Festival)
case(5145, "r9-extend-makeup-sunday-foxmail", "Foxmail GBK supplier '第4项…申请延期到1月26日（周日调休上班）入库'",
     recap="R9", client="foxmail", quote="foxmail", frm="林国栋", t=ts("2025-01-24 18:20:40"), subject_prefix="回复: ",
     text="金主管：\n第4项安全库存还差800件，有一套模具顶针断了，申请延期到1月26日（周日调休上班）入库，其余已入仓。\n" + SIG_LIN,
     gold=rep("extend", [4], new="2025-01-26", calc=lambda s: month_day(s, 1, 26)),
     notes="Sent Fri 2025-01-24 (due day). '第4项…申请延期到1月26日' -> extend, items [4], 2025-01-26 — a Sunday that "
           "is a make-up working day before Spring Festival 2025 (chinesecalendar: workday). '800件' is a quantity.")

case(5146, "r9-extend-nth-workday-after-festival-iphone", "iPhone zh on the make-up Sunday: '第2项…延到节后第3个工作日' -> 2025-02-07",
     recap="R9", client="iphone", quote="ios_zh", frm="胡蓓", t=ts("2025-01-26 11:32:07"), subject_prefix="Re: ",
     text="金主管，第2项节后复工物料，包材厂初八才开工，能不能延到节后第3个工作日？\n\n发自我的iPhone",
     gold=rep("extend", [2], new="2025-02-07", calc=lambda s: add_workdays(D(2025, 2, 4), 3)),
     notes="Sent Sun 2025-01-26 (make-up working day). '第2项…能不能延到节后第3个工作日' -> extend, items [2]. Spring "
           "Festival 2025 holiday is 01-28..02-04 (chinesecalendar); working days after it: 02-05 (1), 02-06 (2), "
           "02-07 (3) -> 2025-02-07. '初八' (lunar 8th = 02-05) is the packaging plant's restart, a reason.")

case(5147, "r9-progress-half-coremail", "Coremail '德国的已经发了，波兰的还在等铝价，算完成一半吧50%' (task named, colloquial)",
     recap="R9", client="coremail", quote="coremail", frm="周嘉怡", t=ts("2025-01-22 16:03:19"), subject_prefix="Re:",
     text="Q1报价德国的已经发了，波兰的还在等铝价，算完成一半吧50%。\n\nJenny",
     gold=rep("progress", [], percent=50),
     notes="Item 3 (Q1报价更新（德国/波兰）) named by its words -> progress, percent 50, items [] (her only item in R9).")

case(5148, "r9-confirm-ok-emoji-outlook", "Outlook zh-CN (UTF-8 because of the emoji) '最后一柜明天上午装，第1项OK👍'",
     recap="R9", client="outlook", cs="utf-8", quote="outlook_zh", frm="柴丽君", t=ts("2025-01-20 17:26:50"),
     subject_prefix="答复: ",
     text="最后一柜周四上午装，第1项OK👍\n\n柴丽君 Lily\n计划物流部",
     gold=rep("confirm", [1]),
     notes="Before the cut-off. '第1项OK👍' -> confirm, items [1]. '周四上午装' (01-23) is the loading plan, inside the "
           "due date 01-24. Outlook switches to UTF-8 for the emoji.")

# ---------------------------------------------------------------- R10 (Tue 2025-10-21 16:15, English recap)
case(5149, "r10-done-outlook-nl-disclaimer", "Outlook (Dutch UI, +0200) 'Item 1 done' + 'Van: / Verzonden: / Aan: / CC: / Onderwerp:' + Dutch disclaimer",
     recap="R10", client="outlook_intl", cs="utf-8", lang="NL", content_lang="nl-NL", quote="outlook_nl",
     frm="Daan de Vries", t=ts("2025-10-23 10:05:41", tz(2)), subject_prefix="RE: ",
     text="Hi all,\n\nRail slot confirmed for week 45 (departure Rotterdam 4 Nov), see booking in the portal. Item 1 done.\n\n"
          "Met vriendelijke groet / Kind regards,\nDaan de Vries\nNorthSea Freight B.V. | Operations\n+31 10 714 2290\n\n"
          "Op al onze diensten zijn de Nederlandse Expeditievoorwaarden (FENEX) van toepassing, gedeponeerd ter griffie "
          "van de rechtbank Rotterdam.\n",
     gold=rep("done", [1]),
     notes="'Item 1 done' -> done, items [1]. 'week 45' / '4 Nov' are the rail departure, not dates for the item. Dutch "
           "Outlook header labels and a FENEX disclaimer.")

case(5150, "r10-extend-outlook-fr-crosses-midnight", "Outlook (French UI, +0100) 'Pour le point 2 : … could we move it to November 5th?' sent late evening = next day in Shanghai",
     recap="R10", client="outlook_intl", cs="utf-8", lang="FR", content_lang="fr-FR", quote="outlook_fr", quote_tz=tz(2),
     frm="Sophie Martin", t=ts("2025-10-27 17:20:08", tz(1)), subject_prefix="RE : ", cc=["周嘉怡"],
     text="Bonjour Jenny,\n\nPour le point 2 : the French insert still needs our legal review (loi AGEC / Triman logo), "
          "could we move it to November 5th?\n\nCordialement,\nSophie Martin\nAcheteuse Petit Électroménager - "
          "Bureau de Strasbourg\nKüchenhaus Rhein GmbH\n",
     gold=rep("extend", [2], new="2025-11-05", calc=lambda s: month_day(s, 11, 5)),
     notes="Mon 17:20 +0100 = Tue 2025-10-28 00:20 Shanghai (the due date 10-27 has passed in Shanghai). 'point 2 … "
           "could we move it to November 5th?' -> extend, items [2] ('point 2' is French for item 2), new_due_date "
           "2025-11-05. Outlook French labels use a space before the colon ('De :', 'Envoyé :', 'Objet :'); subject "
           "prefix 'RE :'.")

case(5151, "r10-done-inline-thunderbird-de", "Thunderbird (German, plain text) inline/bottom reply directly under the quoted row 3 + 'Am 21.10.25 um 10:15 schrieb …:'",
     recap="R10", client="thunderbird", content_lang="de-DE", quote="tb_de", quote_tz=tz(2), frm="Anna Schmidt",
     t=ts("2025-10-29 14:02:33", tz(1)), subject_prefix="Re: ", inline_row_tb=(3, "Attached to the portal, 42 positions. Done.\n"),
     text="-- \nAnna Schmidt\nKundendienst / After-Sales\nKüchenhaus Rhein GmbH\n", gold=rep("done", [3]),
     notes="Bottom/inline posting: Thunderbird quotes the recap with '> ' and Anna types her answer right under the "
           "quoted row '> | 3 | Spare parts list for after-sales | Anna Schmidt | 2025-10-29 |', then deletes the rest "
           "of the quote except the footer. 'Done.' under row 3 -> done, items [3] (inline-row convention). "
           "Attribution in Cologne time (10:15 CEST on 10-21, while the reply's own Date is +0100 after the DST change).")

case(5152, "r10-confirm-outlook-de-signature", "Outlook (German UI, +0200) 'Punkt 5: einverstanden, PO kommt bis Ende Oktober.' + HRB signature",
     recap="R10", client="outlook_intl", cs="utf-8", lang="DE", content_lang="de-DE", quote="outlook_de",
     frm="Jonas Becker", t=ts("2025-10-22 09:10:44", tz(2)), subject_prefix="AW: ",
     text="Hallo zusammen,\n\nPunkt 5: einverstanden, PO kommt bis Ende Oktober.\n\nMit freundlichen Grüßen\nJonas Becker\n"
          "Leiter Einkauf\n\nKüchenhaus Rhein GmbH | Industriestraße 12 | 50735 Köln\nSitz der Gesellschaft: Köln | "
          "Amtsgericht Köln HRB 48213 | Geschäftsführer: Markus Vogel, Petra Lange\n",
     gold=rep("confirm", [5]),
     notes="'Punkt 5: einverstanden' (German 'agreed') -> confirm, items [5]. 'bis Ende Oktober' = 10-31 = the existing "
           "due date, so no extension. German subject prefix 'AW:', Outlook 'Von:/Gesendet:/An:/Cc:/Betreff:'. "
           "Postcode 50735 and HRB number are signature noise.")

case(5153, "r10-done-outlook-en-chinese-sender", "Outlook desktop with English UI used by a Chinese sales rep: '#4 resent with HS codes this morning, pls check 👍'",
     recap="R10", client="outlook_intl", cs="utf-8", lang="EN-US", content_lang="en-US", quote="outlook_en",
     frm="周嘉怡", t=ts("2025-10-22 10:31:05"), subject_prefix="RE: ",
     text="#4 resent with HS codes this morning, pls check 👍\n" + SIG_ZHOU,
     gold=rep("done", [4]),
     notes="'#4 resent…' = the task 'Resend commercial invoice with HS codes' is done -> done, items [4]. The thumbs-up is "
           "not a confirm command here; the sentence reports completion. Quote 'From: / Sent: Tuesday, October 21, "
           "2025 4:15 PM / To: / Cc: / Subject:'.")

# ---------------------------------------------------------------- a few more in the R1/R6 threads
case(5154, "r1-confirm-multi-foxmail-organizer", "Foxmail (GB2312) by the organizer: '1、3、5都没问题，确认。2和4等林总和孙倩回复。'",
     recap="R1", client="foxmail", cs="GB2312", quote="foxmail", frm="钱卫东", t=ts("2025-03-10 11:05:26"),
     subject_prefix="回复: ",
     text="1、3、5都没问题，确认。2和4等林总和孙倩回复。\n\n钱卫东",
     gold=rep("confirm", [1, 3, 5]),
     notes="Organizer confirms '1、3、5' -> confirm, items [1, 3, 5]. The second sentence mentions 2 and 4 only to say "
           "he waits for their owners; they are not confirmed. The quoted recap contains 'Küchenhaus' (ü is in GB2312).")

case(5155, "r5-extend-question-gmail-tw", "Gmail (zh-TW UI, Google Workspace) Traditional Chinese question-form request '第2項可以延到7/18嗎？'",
     recap="R5", client="gmail", quote="gmail_tw", frm="黃志豪", t=ts("2025-07-09 10:12:14"), subject_prefix="Re: ",
     text="Jenny 妳好，\n\n第2項可以延到7/18嗎？客戶那邊還在比對色卡，下週才會回覆。\n\nJason\n",
     gold=rep("extend", [2], new="2025-07-18", calc=lambda s: month_day(s, 7, 18)),
     notes="Wed 2025-07-09. A request phrased as a question: '第2項可以延到7/18嗎？' -> extend, items [2], new date "
           "2025-07-18 (slash month/day; Traditional 項). '下週' is the customer's reply time, a reason. Gmail with "
           "a Traditional-Chinese UI: attribution '纪要助手 <…> 於 2025年7月8日 週二 下午3:11寫道：'.")

case(5156, "r1-object-qq-mail-app", "QQ Mail (gb18030) objection '对第4项有异议：…这个截止时间3月13号我们这边单方面给不了'",
     recap="R1", client="qq", quote="qq", frm="孙倩", t=ts("2025-03-10 14:22:09"), subject_prefix="回复：",
     ip="112.224.71.36",
     text="钱总，对第4项有异议：纪要里写的是我们负责订舱，但4月第一周的柜要你们仓库先确认装柜日期我们才能放舱，"
          "这个截止时间3月13号我们这边单方面给不了。\n\n孙倩 | 海韵物流",
     gold=rep("object", [4]),
     notes="Before the cut-off. '对第4项有异议：' + reason -> object, items [4]. The reason mentions '3月13号' (the current "
           "due date) and '4月第一周', neither a new date. Sent from the company's 企业微信 mailbox variant (Exmail "
           "headers) by the same person who uses a personal QQ address elsewhere; From is her roster address "
           "2853107762@qq.com.")

case(5157, "r4-extend-by-content-gmail-android", "Gmail Android (en) 'Life test: can we have until July 4? …' named by task; attribution 'On Thu, 5 Jun 2025, 14:20 纪要助手, <…> wrote:'",
     recap="R4", client="gmail", mobile=True, quote="gmail_android_en", frm="潘志强", t=ts("2025-06-24 21:16:09"),
     subject_prefix="Re: ",
     text="Life test: the chamber was down 2 days for calibration, can we have until July 4?\n\nKevin",
     gold=rep("extend", [], new="2025-07-04", calc=lambda s: month_day(s, 7, 4)),
     notes="Item 4 (Run 500h life test on reworked motors) named by 'Life test', no number -> extend, items [], "
           "2025-07-04 (his only item in R4). Gmail app on Android: short attribution 'On Thu, 5 Jun 2025, 14:20 "
           "纪要助手, <…> wrote:' with the comma before the address.")

case(5158, "r7-object-outlook-gbk", "Outlook zh-CN (gb2312 label, GBK bytes) '第3项有异议，…应该是潘工出，不是我' -> object",
     recap="R7", client="outlook", cs="gb2312", quote="outlook_zh", frm="王振宇", t=ts("2025-08-12 11:03:27"),
     subject_prefix="答复: ",
     text="邵经理：\n\n第3项有异议，关键元器件清单是潘工那边整改样机的BOM，应该由潘工出，我来审核。14号前没问题。\n\n王振宇\n研发部",
     gold=rep("object", [3]),
     notes="Before the cut-off. '第3项有异议' + reason (wrong owner) -> object, items [3]. '14号前没问题' restates the due "
           "date and does not turn the objection into a confirmation.")

# ---------------------------------------------------------------- kind auto: out-of-office (changes nothing)
case(5159, "r10-auto-ooo-outlook-de", "Exchange out-of-office 'Automatische Antwort: Re: …' (Auto-Submitted: auto-replied) to the R10 recap -> kind auto",
     recap="R10", client="ooo", frm="Jonas Becker", t=ts("2025-10-24 08:00:12", tz(2)), text="", gold=None,
     notes="Out-of-office auto reply in German and English to the R10 recap: Auto-Submitted: auto-replied, "
           "X-Auto-Response-Suppress, 'Automatische Antwort:' subject. The body has dates (bis 03.11.2025) and a "
           "deputy; no command. kind auto, reply null: the bot neither parses it as a reply nor answers it.")


# ---------------------------------------------------------------------------------------------------------------
# Out-of-office (Exchange) builder
# ---------------------------------------------------------------------------------------------------------------
def build_ooo(c):
    r = RECAPS[c["recap"]]
    fn, fe = who(c["frm"])
    t = c["t"]
    seed = c["slug"]
    text = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.11.2025 nicht im Büro und habe nur "
            "eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Anna Schmidt "
            "(a.schmidt@kuechenhaus-rhein.example.de).\n\nThank you for your message. I am out of the office until "
            "3 November 2025 with limited access to e-mail. For urgent matters please contact Anna Schmidt.\n\n"
            "Mit freundlichen Grüßen / Best regards\nJonas Becker\n")
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + html_lines(text) + '</body></html>')
    mid = "FR4P281MB%s" % hx(seed, 4).upper()
    b = "_000_%s%s_" % (mid, hx(seed + "m", 20).upper())
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", crlf=True),
                                 leaf("text/html", hdoc, "utf-8", "base64", crlf=True)], b)
    hdrs = [("From", haddr(fn, fe)), ("To", haddr(*BOT)),
            ("Subject", htext("Automatische Antwort: " + r.subject, "utf-8", "Q")),
            ("Thread-Topic", htext(r.subject[4:], "utf-8", "B")), ("Thread-Index", "AQH" + hb64(seed + "ti", 24)),
            ("Date", rfc_date(t.astimezone(UTC))),
            ("Message-ID", "<%s%s@%s.DEUP281.PROD.OUTLOOK.COM>" % (mid, hx(seed + "x", 24).upper(), mid)),
            ("In-Reply-To", r.msgid), ("References", r.msgid), ("Auto-Submitted", "auto-replied"),
            ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", fe),
            ("X-MS-TNEF-Correlator", ""), ("Content-Language", "de-DE")]
    msg = envelope(hdrs, body, mime_after=None)
    out = Message()
    for k, v in received_hdrs(t, fe, seed, "mail-fr2deu01on2112.outbound.protection.outlook.com", "52.101.69.112"):
        out[k] = v
    out.replace_header("Return-Path", "<>")
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


# ---------------------------------------------------------------------------------------------------------------
# Gold, generation, checks
# ---------------------------------------------------------------------------------------------------------------
def gold_of(c):
    if c["gold"] is None:
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    g = c["gold"]
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": g["intent"], "items": g["items"], "percent": g["percent"],
                      "new_due_date": g["new_due_date"]},
            "notes": c["notes"]}


def check_dates():
    """Recompute every gold new_due_date from the reply's Date header in Asia/Shanghai with chinesecalendar."""
    errs = []
    for c in CASES:
        g = c["gold"]
        if g is None:
            continue
        sent = sh(c["t"]).date()
        if g["intent"] == "extend":
            if g["calc"] is None or g["new_due_date"] is None:
                errs.append("%s: extend without date or without a computation" % c["slug"])
                continue
            got = g["calc"](sent)
            if got.isoformat() != g["new_due_date"]:
                errs.append("%s: computed %s, gold %s" % (c["slug"], got, g["new_due_date"]))
        elif g["new_due_date"] is not None:
            errs.append("%s: new_due_date without extend" % c["slug"])
    # every recap due date and cutoff must be a working day (the bot would not set one otherwise)
    for r in RECAPS.values():
        if not is_workday(r.t.date()):
            errs.append("recap %s sent on a non-working day" % r.key)
    return errs


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for row in ROSTER:
            w.writerow(row)


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("[0-9][0-9][0-9][0-9]-*.eml")) + list(out.glob("[0-9][0-9][0-9][0-9]-*.json")):
        f.unlink()
    for c in CASES:
        msg = build_ooo(c) if c["client"] == "ooo" else build(c)
        crlf = c["client"] in ("outlook", "outlook_intl", "owa", "ooo")
        (out / (c["slug"] + ".eml")).write_bytes(serialize(msg, crlf))
        (out / (c["slug"] + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    write_roster(out / "roster.csv")
    rows = ["| case | kind | client / quote style | what it tests |", "| --- | --- | --- | --- |"]
    for c in CASES:
        rows.append("| %s | %s | %s / %s | %s |" % (c["slug"], "auto" if c["gold"] is None else "reply", c["client"],
                                                    c.get("quote") or "-", c["readme"].replace("|", "\\|")))
    (out / "cases-table.md").write_text("\n".join(rows) + "\n", encoding="utf-8")


REMAP = {"gb2312": "gbk", "x-gbk": "gbk"}


def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "utf-8").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def schema_errors(g):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys")
    if g["kind"] not in ("reply", "auto"):
        e.append("kind")
    if g["items"] != [] or g["next_followup"] is not None:
        e.append("items/next_followup must be empty for replies")
    if len(g["notes"]) < 20:
        e.append("notes too short")
    r = g["reply"]
    if (r is not None) != (g["kind"] == "reply"):
        e.append("reply set iff kind reply")
    if r:
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            e.append("reply keys")
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            e.append("intent %r" % r["intent"])
        if not all(isinstance(x, int) and x > 0 for x in r["items"]):
            e.append("items")
        if (r["percent"] is not None) != (r["intent"] == "progress" and r["percent"] is not None):
            e.append("percent only with progress")
        if r["intent"] == "progress" and r["percent"] is None:
            e.append("progress without percent")
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            e.append("new_due_date iff extend")
    return e


def check(out):
    import email
    from email import policy
    errs = check_dates()
    roster = {r["email"]: r for r in csv.DictReader(open(out / "roster.csv", encoding="utf-8"))}
    emls = sorted(out.glob("[0-9][0-9][0-9][0-9]-*.eml"))
    counts = {}
    for f in emls:
        name = f.stem
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: MIME defects %s" % (name, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    _decode(part)
                except Exception as ex:  # noqa: BLE001
                    errs.append("%s: text part does not decode: %s" % (name, ex))
        for h in ("From", "Date", "Message-ID", "Subject", "In-Reply-To"):
            if msg[h] is None:
                errs.append("%s: no %s" % (name, h))
        frm = msg["From"].addresses[0].addr_spec
        if frm not in roster:
            errs.append("%s: sender %s not in roster" % (name, frm))
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        errs += ["%s: %s" % (name, e) for e in schema_errors(g)]
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        if g["kind"] == "reply":
            to = [a.addr_spec for a in msg["To"].addresses]
            if not any(a.startswith("minutes+r") for a in to):
                errs.append("%s: not addressed to the signed reply address" % name)
            irt = str(msg["In-Reply-To"]).strip()
            if irt not in {r.msgid for r in RECAPS.values()}:
                errs.append("%s: In-Reply-To is not a recap" % name)
    return errs, counts, len(emls)


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errs, counts, n = check(out)
    for e in errs:
        print("ERROR", e)
    intents = {}
    for p in sorted(out.glob("[0-9][0-9][0-9][0-9]-*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        if g["reply"]:
            intents[g["reply"]["intent"]] = intents.get(g["reply"]["intent"], 0) + 1
    print("cases: %d  %s" % (n, "  ".join("%s: %d" % kv for kv in sorted(counts.items()))))
    print("reply intents: %s" % "  ".join("%s: %d" % kv for kv in sorted(intents.items())))
    print("clients: %s" % ", ".join(sorted({c["client"] for c in CASES})))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
