#!/usr/bin/env python3
"""Blind held-out set `replies10` for minutebot: replies to the bot's recaps, from many mail clients.

    /work/blind/venv/bin/python make_replies10.py [OUTDIR]    # write NNN-slug.eml/.json + roster.csv
    /work/blind/venv/bin/python make_replies10.py --check [DIR]  # re-check every gold date with chinesecalendar

Deterministic: no clock, no randomness. Every new_due_date is written by hand in the case table and re-computed
here from the reply's own Date header converted to Asia/Shanghai (working days from `chinese_calendar`).
"""
import base64
import binascii
import datetime as dt
import hashlib
import html
import json
import sys
from pathlib import Path

import chinese_calendar

SH = dt.timezone(dt.timedelta(hours=8))
D = dt.date
DOM = "linglan.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

# ------------------------------------------------------------------------------------------------ people
# name, email, department, manager_email, aliases
ROSTER = [
    ("林晓雯", "linxiaowen@" + DOM, "商品部", "", "林经理;Lin Xiaowen;Sharon Lin;晓雯"),
    ("陈可欣", "chenkexin@" + DOM, "电商部", "liuzhenyu@" + DOM, "Chen Kexin;Kelly Chen;可欣"),
    ("刘振宇", "liuzhenyu@" + DOM, "电商部", "", "刘经理;Liu Zhenyu;Leo Liu"),
    ("杜雨桐", "duyutong@" + DOM, "电商部", "liuzhenyu@" + DOM, "Du Yutong;Tina Du;桐桐"),
    ("周航", "zhouhang@" + DOM, "供应链部", "", "周经理;Zhou Hang;Henry Zhou;航哥"),
    ("何志强", "hezhiqiang@" + DOM, "供应链部", "zhouhang@" + DOM, "He Zhiqiang;老何;Johnny He"),
    ("阮氏兰", "lan.nguyen@" + DOM, "供应链部", "zhouhang@" + DOM, "Nguyễn Thị Lan;Nguyen Thi Lan;Lan Nguyen;Lan;阿兰"),
    ("Rahim Chowdhury", "rahim.chowdhury@" + DOM, "供应链部", "zhouhang@" + DOM, "Rahim;拉希姆"),
    ("Marco Bianchi", "marco.bianchi@" + DOM, "设计部", "", "Marco;马可"),
    ("Giulia Rossi", "giulia.rossi@" + DOM, "设计部", "marco.bianchi@" + DOM, "Giulia;朱莉娅"),
    ("Sophie Laurent", "sophie.laurent@" + DOM, "设计部", "marco.bianchi@" + DOM, "Sophie;苏菲"),
    ("Daniel Ortiz", "daniel.ortiz@" + DOM, "物流部", "zhouhang@" + DOM, "Daniel;Dani;丹尼尔"),
    ("黃志明", "wong.chiming@" + DOM, "财务部", "", "黄志明;Wong Chi Ming;Raymond Wong;黃生"),
    ("陳嘉欣", "kathy.chan@" + DOM, "财务部", "wong.chiming@" + DOM, "陈嘉欣;Chan Ka Yan;Kathy Chan;Kathy"),
    ("Tomasz Kowalski", "t.kowalski@qcpartner.example.pl", "", "", "Tomasz;Tom Kowalski"),
    ("田中健", "k.tanaka@kosei-fastener.example.jp", "", "", "Tanaka Ken;Ken Tanaka;田中"),
    ("Kim Ji-woo", "jiwoo.kim@hansol-textile.example.kr", "", "", "김지우;金智友;Jiwoo Kim"),
    ("Lukas Becker", "l.becker@becker-textilagentur.example.de", "", "", "Lukas;Herr Becker"),
    ("Jan de Vries", "jan.devries@noordzee-logistics.example.nl", "", "", "Jan;J. de Vries"),
]
P = {r[0]: r for r in ROSTER}


def who(n):
    return (n, P[n][1])


# ------------------------------------------------------------------------------------------------ calendar
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    c = monday + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def tzinfo(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_ZH = "一二三四五六日"


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    s = "+" if off >= 0 else "-"
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, s, abs(off) // 60, abs(off) % 60)


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ------------------------------------------------------------------------------------------------ recaps
class Recap:
    def __init__(self, key, when, subject, organizer, people, rows, lang="zh"):
        self.key, self.t, self.subject, self.org, self.lang = key, when, subject, organizer, lang
        self.people = people
        self.rows = rows  # (n, task, owner, due 'YYYY-MM-DD')
        self.msgid = "<r.%s.%s@%s>" % (when.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.minutes_id = "<%s.%s@%s>" % (hx("min" + key, 12).upper(), hx("m2" + key, 6), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.to = [who(organizer)] + [who(p) for p in people if p != organizer]

    def due_of(self, n):
        return D.fromisoformat([r for r in self.rows if r[0] == n][0][3])

    def text(self):
        cut = self.t.strftime("%Y-%m-%d") + " 18:00"
        if self.lang == "en":
            lines = ["Hello all,", "", "Minutes Assistant has recorded the following action items:", "",
                     "| # | Action item | Owner | Due |"]
            lines += ["| %d | %s | %s | %s 18:00 |" % r for r in self.rows]
            lines += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % cut,
                      'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                      '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
        else:
            lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "", "| 序号 | 事项 | 负责人 | 截止时间 |"]
            lines += ["| %d | %s | %s | %s 18:00 |" % r for r in self.rows]
            lines += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cut,
                      "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                      "—— 纪要助手（系统自动发送，请勿修改主题）"]
        return "\n".join(lines) + "\n"

    def html(self):
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s 18:00</td></tr>" % tuple(
            html.escape(str(x)) for x in r) for r in self.rows)
        head = ("<tr><th>#</th><th>Action item</th><th>Owner</th><th>Due</th></tr>" if self.lang == "en" else
                "<tr><th>序号</th><th>事项</th><th>负责人</th><th>截止时间</th></tr>")
        t = self.text().split("\n")
        before = [l for l in t[:3]]
        after = t[5 + len(self.rows):]
        return ("<div>%s</div><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">%s%s</table>"
                "<div>%s</div>" % ("<br>".join(html.escape(x) for x in before), head, rows,
                                   "<br>".join(html.escape(x) for x in after)))


def rt(s, tz=SH):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


R = {}
R["M1"] = Recap("M1", rt("2025-10-09 17:20:31"), "Re: 【会议纪要】AW25秋冬第二波上市协调会 10-09", "林晓雯",
                ["林晓雯", "阮氏兰", "Giulia Rossi", "Daniel Ortiz", "陈可欣", "陳嘉欣", "何志强", "黃志明"],
                [(1, "确认AW25第二波面料色卡", "阮氏兰", "2025-10-15"),
                 (2, "提交大衣系列设计稿终版", "Giulia Rossi", "2025-10-17"),
                 (3, "LA仓黑五备货方案", "Daniel Ortiz", "2025-10-20"),
                 (4, "天猫双11预售页面上线", "陈可欣", "2025-10-14"),
                 (5, "更新Q4供应商付款计划", "陳嘉欣", "2025-10-16"),
                 (6, "双11直播样衣寄送", "陈可欣", "2025-10-13")])
R["M2"] = Recap("M2", rt("2025-10-21 16:05:12"), "Re: 达卡针织大货生产跟进会纪要（10/21）", "周航",
                ["周航", "Rahim Chowdhury", "Tomasz Kowalski", "何志强", "林晓雯"],
                [(1, "寄出针织开衫产前样", "Rahim Chowdhury", "2025-10-28"),
                 (2, "安排BSCI验厂", "Tomasz Kowalski", "2025-10-31"),
                 (3, "洛杉矶线海运订舱", "何志强", "2025-10-24"),
                 (4, "更新大货交期跟踪表", "周航", "2025-10-23"),
                 (5, "确认纽扣供应商替代方案", "周航", "2025-10-27")])
R["M3"] = Recap("M3", rt("2025-11-04 18:30:05"), "Re: Minutes - SS26 design review, Milan studio (4 Nov)",
                "Marco Bianchi",
                ["Marco Bianchi", "Giulia Rossi", "Sophie Laurent", "田中健", "Kim Ji-woo", "Lukas Becker",
                 "Jan de Vries", "林晓雯"],
                [(1, "Finalise SS26 capsule sketches", "Giulia Rossi", "2025-11-14"),
                 (2, "Lab-dip approval for linen blends", "Sophie Laurent", "2025-11-10"),
                 (3, "Antique-brass zipper samples", "田中健", "2025-11-12"),
                 (4, "Nylon taffeta price quote", "Kim Ji-woo", "2025-11-07"),
                 (5, "Book fit session with models", "Marco Bianchi", "2025-11-11"),
                 (6, "Wool-cashmere mill capacity check", "Lukas Becker", "2025-11-13"),
                 (7, "EU consolidation freight quote", "Jan de Vries", "2025-11-12")], lang="en")
R["M4"] = Recap("M4", rt("2025-11-20 17:45:40"), "Re: 香港财务11月对账会 纪要", "黃志明",
                ["黃志明", "陳嘉欣", "Daniel Ortiz", "阮氏兰", "Rahim Chowdhury"],
                [(1, "核对10月供应商应付账款", "陳嘉欣", "2025-11-25"),
                 (2, "LA仓库存盘点差异说明", "Daniel Ortiz", "2025-11-26"),
                 (3, "越南工厂增值税发票催收", "阮氏兰", "2025-11-28"),
                 (4, "美元付款汇率锁定方案", "黃志明", "2025-11-24"),
                 (5, "达卡办公室备用金报销单", "Rahim Chowdhury", "2025-11-27")])
R["M5"] = Recap("M5", rt("2025-12-26 17:10:22"), "Re: 【纪要】2026年货节电商大促筹备会", "刘振宇",
                ["刘振宇", "陈可欣", "何志强", "杜雨桐", "Daniel Ortiz"],
                [(1, "年货节主图拍摄", "陈可欣", "2025-12-31"),
                 (2, "春节物流截单时间公告", "何志强", "2026-01-05"),
                 (3, "会员积分规则更新", "杜雨桐", "2026-01-07"),
                 (4, "LA仓退货积压清理", "Daniel Ortiz", "2026-01-09"),
                 (5, "年货节客服话术培训", "杜雨桐", "2026-01-06")])
R["M6"] = Recap("M6", rt("2026-02-05 16:40:09"), "Re: 春节前越南/孟加拉工厂排产会 纪要 2/5", "周航",
                ["周航", "阮氏兰", "Rahim Chowdhury", "Tomasz Kowalski"],
                [(1, "节前面料到厂确认", "阮氏兰", "2026-02-11"),
                 (2, "孟加拉工厂节后排产计划", "Rahim Chowdhury", "2026-02-13"),
                 (3, "节后复工人员统计", "周航", "2026-02-24"),
                 (4, "春夏大货QC计划", "Tomasz Kowalski", "2026-02-27")])


# ------------------------------------------------------------------------------------------------ MIME helpers
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5",
         "iso-2022-jp": "iso2022_jp", "ks_c_5601-1987": "euc_kr", "us-ascii": "ascii"}


def ew(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    cs = CODEC[label.lower()]
    try:
        text.encode(cs)
    except UnicodeEncodeError:  # the client falls back to UTF-8 for text its charset cannot carry
        label, cs = "utf-8", "utf-8"
    words, cur = [], ""

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode())
        return "=?%s?Q?%s?=" % (label, "".join(chr(b) if chr(b).isalnum() and b < 128 else
                                               ("_" if b == 32 else "=%02X" % b) for b in raw))
    for ch in text:
        if cur and len(enc(cur + ch)) > 66:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    words.append(enc(cur))
    return "\r\n ".join(words)


def addr(name, email, label="utf-8", mode="B", quote=True):
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote else "%s <%s>" % (name, email)
    w = ew(name, label, mode).replace("\r\n ", " ")
    return '"%s" <%s>' % (w, email) if quote else "%s <%s>" % (w, email)


def cte_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode().replace("\n", "\r\n")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=False).decode().replace("\r\n", "\n").replace("\n", "\r\n")
    return data.decode("utf-8", "surrogateescape") if False else data  # 8bit: bytes


def part(ctype, text, label, cte):
    try:
        text.encode(CODEC[label.lower()])
    except UnicodeEncodeError:
        label = "utf-8"
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(CODEC[label.lower()])
    head = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ctype, label, cte)
    body = cte_encode(data, cte)
    if isinstance(body, bytes):
        return head.encode() + body + b"\r\n"
    return (head + body + ("" if body.endswith("\r\n") else "\r\n")).encode()


def build(headers, text, htm, label, cte, boundary):
    out = "".join("%s: %s\r\n" % (k, v) for k, v in headers if v is not None).encode()
    out += b"MIME-Version: 1.0\r\n"
    if htm is None:
        p = part("text/plain", text, label, cte)
        return out + p
    out += ('Content-Type: multipart/alternative;\r\n\tboundary="%s"\r\n\r\n' % boundary).encode()
    out += b"This is a multi-part message in MIME format.\r\n\r\n"
    out += ("--%s\r\n" % boundary).encode() + part("text/plain", text, label, cte) + b"\r\n"
    out += ("--%s\r\n" % boundary).encode() + part("text/html", htm, label, cte) + b"\r\n"
    out += ("--%s--\r\n" % boundary).encode()
    return out


def h(s):
    return html.escape(s).replace("\n", "<br>\n")


def gtquote(text, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l else prefix.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


# ------------------------------------------------------------------------------------------------ quote styles
def recap_local(rc, tz):
    return rc.t.astimezone(tz)


def tos_str(rc, fmt, sep):
    return sep.join(fmt % x for x in rc.to)


def q_qq(rc, tz, en=False):
    t = recap_local(rc, tz)
    part_ = "上午" if t.hour < 12 else "下午"
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], part_,
                                          t.hour if t.hour <= 12 else t.hour - 12, t.minute)
    tos = tos_str(rc, '"%s"<%s>;', "")
    if en:
        hdr = ("------------------ Original ------------------\nFrom: \"%s\"<%s>;\nDate: %s\nTo: %s\nSubject: %s\n"
               % (rc.reply_to[0], rc.reply_to[1], rfc_date(t), tos, rc.subject))
    else:
        hdr = ("------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n主题: %s\n"
               % (BOT[0], BOT[1], when, tos, rc.subject))
    return "\n\n" + hdr + "\n\n" + rc.text(), '<div><br></div><div style="font-size:12px;font-family:Arial Narrow;' \
        'padding:2px 0 2px 0;">%s</div><div style="font-size:12px;background:#efefef;padding:8px;">%s</div><div><br>' \
        '</div>%s' % (h(hdr.split("\n")[0]), h("\n".join(hdr.split("\n")[1:])), rc.html())


def q_outlook(rc, tz, lang):
    t = recap_local(rc, tz)
    tos = tos_str(rc, "%s <%s>", "; ")
    L = {
        "zh": ("发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n",
               lambda: (BOT[0], BOT[1], t.year, t.month, t.day, t.hour, t.minute, tos, rc.subject)),
        "tw": ("寄件者: %s <%s>\n寄件日期: %d年%d月%d日 %s %d:%02d\n收件者: %s\n主旨: %s\n",
               lambda: (BOT[0], BOT[1], t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                        t.hour if t.hour <= 12 else t.hour - 12, t.minute, tos, rc.subject)),
        "en": ("From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n",
               lambda: (BOT[0], BOT[1], ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                          "Sunday"][t.weekday()],
                        ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"][t.month - 1], t.day, t.year, t.hour % 12 or 12,
                        t.minute, "AM" if t.hour < 12 else "PM", tos, rc.subject)),
        "nl": ("Van: %s <%s>\nVerzonden: %s %d %s %d %d:%02d\nAan: %s\nOnderwerp: %s\n",
               lambda: (BOT[0], BOT[1], ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                                          "zondag"][t.weekday()], t.day,
                        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"][t.month - 1], t.year, t.hour, t.minute, tos, rc.subject)),
    }
    fmt, args = L[lang]
    hdr = fmt % args()
    owa_line = "________________________________\n" if lang in ("en", "zh") else ""
    text = "\n" + owa_line + hdr + "\n" + rc.text()
    htm = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
           '%s</p></div><p class="MsoNormal">&nbsp;</p>%s' % (h(hdr), rc.html()))
    return text, htm


def q_attr(rc, attr, gt=True, htmlcls="gmail_quote"):
    text = "\n\n" + attr + "\n\n" + (gtquote(rc.text()) if gt else rc.text())
    htm = ('<br><div class="%s"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
           'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
           '</div>' % (htmlcls, h(attr), rc.html()))
    return text, htm


def attr_for(style, rc, tz):
    t = recap_local(rc, tz)
    b, a = BOT
    ampm12 = t.hour % 12 or 12
    if style == "gmail_en":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day,
                                                                t.year, ampm12, t.minute, "AM" if t.hour < 12
                                                                else "PM", b, a)
    if style == "gmail_zh":
        return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (b, a, t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour,
                                                     t.minute)
    if style == "gmail_vi":
        return "Vào Th %d, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (
            t.isoweekday() + 1, t.day, t.month, t.year, t.hour, t.minute, b, a)
    if style == "gmail_pl":
        return "%s %d %s %d o %02d:%02d %s <%s> napisał(a):" % (
            ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][t.weekday()], t.day,
            ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"][t.month - 1],
            t.year, t.hour, t.minute, b, a)
    if style == "gmail_ja":
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[t.weekday()], t.hour,
                                                  t.minute, b, a)
    if style == "gmail_ko":
        return "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (
            t.year, t.month, t.day, "월화수목금토일"[t.weekday()], "오전" if t.hour < 12 else "오후", ampm12,
            t.minute, b, a)
    if style == "gmail_es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()], t.day,
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][t.month - 1],
            t.year, t.hour, t.minute, b, a)
    if style == "apple_fr":
        return "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            t.day, ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                    "déc."][t.month - 1], t.year, t.hour, t.minute, b, a)
    if style == "apple_it":
        return "Il giorno %d %s %d, alle ore %d:%02d, %s <%s> ha scritto:" % (
            t.day, ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"][t.month - 1],
            t.year, t.hour, t.minute, b, a)
    if style == "apple_zh":
        return "%d年%d月%d日 %s%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                                                    ampm12, t.minute, b, a)
    if style == "apple_tw":
        return "%d年%d月%d日 %s%d:%02d，%s <%s> 寫道：" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                                                    ampm12, t.minute, b, a)
    if style == "ios_zh":
        return "在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, b, a)
    if style == "ios_en":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MON_EN[t.month - 1], t.day, t.year, ampm12,
                                                              t.minute, "AM" if t.hour < 12 else "PM", b, a)
    if style == "tb_en":
        return "On %d/%d/%d %d:%02d %s, %s wrote:" % (t.month, t.day, t.year, ampm12, t.minute,
                                                     "AM" if t.hour < 12 else "PM", b)
    if style == "tb_de":
        return "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute, b)
    if style == "netease":
        return "在 %s，\"%s\" <%s> 写道：" % (t.strftime("%Y-%m-%d %H:%M:%S"), b, a)
    raise KeyError(style)


def q_foxmail(rc, tz):
    t = recap_local(rc, tz)
    tos = "; ".join(x[0] for x in rc.to)
    hdr = "发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n" % (BOT[0], t.strftime("%Y-%m-%d %H:%M"), tos, rc.subject)
    return "\n \n" + hdr + rc.text(), ('<blockquote style="margin-Top:0px;margin-Bottom:0px;margin-Left:0.5em">'
                                      '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
                                      'padding:3.0pt 0cm 0cm 0cm"><div style="PADDING:8px;FONT-SIZE:12px;'
                                      'BACKGROUND:#efefef">%s</div></div><div>%s</div></blockquote>'
                                      % (h(hdr), rc.html()))


def q_coremail(rc, tz):
    t = recap_local(rc, tz)
    tos = ", ".join('"%s" <%s>' % x for x in rc.to)
    hdr = ("-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s (星期%s)\n收件人:%s\n抄送:\n主题:%s\n"
           % (BOT[0], BOT[1], t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()], tos, rc.subject))
    return "\n\n\n" + hdr + "\n" + rc.text(), ('<br><br><blockquote name="replyContent" class="ReferenceQuote" '
                                              'style="padding-left:5px;margin-left:5px;border-left:#b6b6b6 2px solid;">'
                                              '%s<br>%s</blockquote>' % (h(hdr), rc.html()))


def q_ali(rc, tz):
    t = recap_local(rc, tz)
    tos = "; ".join("%s<%s>" % x for x in rc.to)
    hdr = ("------------------------------------------------------------------\n发件人：%s<%s>\n发送时间：%d年%d月%d日"
           "(星期%s) %02d:%02d\n收件人：%s\n主　题：%s\n" % (BOT[0], BOT[1], t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                      t.hour, t.minute, tos, rc.subject))
    return "\n\n" + hdr + "\n" + rc.text(), ('<div><br></div><blockquote style="margin-right:0;margin-top:0;'
                                            'margin-bottom:0">%s<br>%s</blockquote>' % (h(hdr), rc.html()))


def q_feishu(rc, tz):
    t = recap_local(rc, tz)
    tos = ", ".join('"%s"<%s>' % x for x in rc.to)
    hdr = ("发件人: \"%s\"<%s>\n发送时间: %d年%d月%d日 (周%s) %02d:%02d\n收件人: %s\n主题: %s\n"
           % (BOT[0], BOT[1], t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute, tos, rc.subject))
    return "\n\n" + hdr + "\n" + rc.text(), ('<div class="history-quote-wrapper"><div data-html-block="quote">'
                                            '<div style="border-left:2px solid #BBBFC4;padding-left:8px">%s<br>%s'
                                            '</div></div></div>' % (h(hdr), rc.html()))


def q_mailmaster(rc, tz):
    t = recap_local(rc, tz)
    tos = ", ".join("%s<%s>" % x for x in rc.to)
    hdr = ("---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
           % (BOT[0], BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, rc.subject))
    return "\n" + hdr + rc.text(), ('<div class="ntes-mailmaster-quote">%s<div>%s</div></div>' % (h(hdr), rc.html()))


def q_owa_ooo(rc):
    return "", ""


# ------------------------------------------------------------------------------------------------ clients
CLIENTS = {}


def client(name, **kw):
    CLIENTS[name] = kw


# quote: ("outlook", lang) | ("attr", style, gt) | fn name; label; cte; html?; mailer header(s); msgid form; tz
client("qq", quote=("qq",), label="gb18030", cte="base64", html=True,
       hdrs=[("X-QQ-Mailer", "QQMail 2.x"), ("X-Mailer", "QQMail 2.x")], mid="<tencent_{H24}@qq.com>")
client("wecom", quote=("qq",), label="utf-8", cte="base64", html=True,
       hdrs=[("X-QQ-Mailer", "WeCom Mail"), ("X-QQ-mid", "bizesmtp{h8}t{h10}")], mid="<tencent_{H24}@qq.com>")
client("foxmail", quote=("foxmail",), label="GBK", cte="base64", html=True,
       hdrs=[("X-Priority", "3"), ("X-GUID", "{G}"), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.254[cn]")],
       mid="<{d14}{h16}@{dom}>")
client("outlook_zh", quote=("outlook", "zh"), label="gb2312", cte="base64", html=True,
       hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "{TI}"), ("Content-Language", "zh-cn")],
       mid="<000{h3}01dc{h4}${h8}${h8}@{dom}>")
client("outlook_tw", quote=("outlook", "tw"), label="big5", cte="quoted-printable", html=True,
       hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "{TI}"), ("Content-Language", "zh-hk")],
       mid="<000{h3}01dc{h4}${h8}${h8}@{dom}>")
client("outlook_en", quote=("outlook", "en"), label="utf-8", cte="quoted-printable", html=True,
       hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "{TI}"), ("Content-Language", "en-us")],
       mid="<000{h3}01dc{h4}${h8}${h8}@{dom}>")
client("owa", quote=("outlook", "zh"), label="utf-8", cte="base64", html=True,
       hdrs=[("Thread-Index", "{TI}"), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1"),
             ("Content-Language", "zh-CN"), ("msip_labels", "")],
       mid="<TYZPR03MB{H4}{H6}{H8}@TYZPR03MB{H4}.apcprd03.prod.outlook.com>")
client("outlook_nl", quote=("outlook", "nl"), label="utf-8", cte="quoted-printable", html=True,
       hdrs=[("Thread-Index", "{TI}"), ("Content-Language", "nl-NL")],
       mid="<AM9PR07MB{H4}{H6}{H8}@AM9PR07MB{H4}.eurprd07.prod.outlook.com>")
client("outlook_mac", quote=("outlook", "en"), label="utf-8", cte="quoted-printable", html=True,
       hdrs=[("User-Agent", "Microsoft-MacOutlook/16.102.25101915"), ("Thread-Topic", None)],
       mid="<{U}@{dom}>")
client("outlook_android", quote=("outlook", "en"), label="utf-8", cte="base64", html=True,
       hdrs=[("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
       mid="<SG2PR06MB{H4}{H6}{H8}@SG2PR06MB{H4}.apcprd06.prod.outlook.com>")
client("n163", quote=("attr", "netease", True), label="GBK", cte="base64", html=True,
       hdrs=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.3-cmXT build 20240919(ab2b6dcd)"),
             ("X-NTES-SC", "AL_Qu2{h16}"), ("X-Originating-IP", "[113.108.{n2}.{n3}]")],
       mid="<{h8}.{n5}.{h11}.Coremail.{local}@163.com>")
client("ntes_qiye", quote=("attr", "netease", True), label="UTF-8", cte="base64", html=True,
       hdrs=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 4.0.1 build 20230720")],
       mid="<{h8}.{n5}.{h11}.Coremail.{local}@{dom}>")
client("mailmaster", quote=("mailmaster",), label="UTF-8", cte="base64", html=True,
       hdrs=[("X-Mailer", "MailMasterAndroid/7.21.3")], mid="<{U}.{h6}@{dom}>")
client("coremail", quote=("coremail",), label="UTF-8", cte="base64", html=True,
       hdrs=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20230822")],
       mid="<{h8}.{n5}.{h11}.Coremail.{local}@{dom}>")
client("dingtalk", quote=("ali",), label="UTF-8", cte="base64", html=True,
       hdrs=[("X-Mailer", "Alimail-Mailagent revision 9"), ("x-aliyun-mail-creator", "W4_{h20}")],
       mid="<{h4}-{h8}.{n5}@{dom}>")
client("feishu", quote=("feishu",), label="UTF-8", cte="base64", html=True,
       hdrs=[("X-Lms-Return-Path", "<lba+2{h16}+{local}%{dom}+{n5}@feishu.cn>"),
             ("X-Mailer", "Feishu Mail")], mid="<{h20}@feishu.cn>")
client("gmail", quote=("attr", "gmail_en", True), label="UTF-8", cte="base64", html=True, gmail=True,
       hdrs=[], mid="<CA+{B40}@mail.gmail.com>")
client("iphone", quote=("attr", "ios_en", True), label="utf-8", cte="quoted-printable", html=True, apple=True,
       hdrs=[("X-Mailer", "iPhone Mail (22H31)")], mid="<{UU}@{dom}>")
client("iphone_zh", quote=("attr", "ios_zh", True), label="utf-8", cte="base64", html=True, apple=True,
       hdrs=[("X-Mailer", "iPhone Mail (22H31)")], mid="<{UU}@{dom}>")
client("apple_mail", quote=("attr", "apple_zh", True), label="utf-8", cte="quoted-printable", html=True,
       apple=True, hdrs=[("X-Mailer", "Apple Mail (2.3826.700.81)")], mid="<{UU}@{dom}>")
client("thunderbird", quote=("attr", "tb_en", True), label="UTF-8", cte="8bit", html=False,
       hdrs=[("User-Agent", "Mozilla Thunderbird")], mid="<{U}@{dom}>")
client("exchange_auto", quote=None, label="utf-8", cte="base64", html=False, hdrs=[], mid="<{U}@{dom}>")


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def case(num, slug, cl, rc, sender, date, body, gold, notes, qstyle=None, qtz=None, label=None, cte=None,
         to_bot=True, subject=None, extra_hdrs=(), html_ok=True, calc=None, layout="top", inline=None,
         desc="", kind="reply", sender_email=None, cc=None):
    CASES.append(dict(num=num, slug=slug, cl=cl, rc=rc, sender=sender, date=date, body=body, gold=gold,
                      notes=notes, qstyle=qstyle, qtz=qtz, label=label, cte=cte, subject=subject,
                      extra=list(extra_hdrs), html_ok=html_ok, calc=calc, layout=layout, inline=inline,
                      desc=desc, kind=kind, sender_email=sender_email, cc=cc))


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def sd(c):
    """The reply's send date in Asia/Shanghai."""
    return c["date"].astimezone(SH).date()


exec(open(Path(__file__).with_name("cases_replies10.py"), encoding="utf-8").read())


# ------------------------------------------------------------------------------------------------ render
def fill(tmpl, seed, local):
    import re
    def rep_(m):
        k = m.group(1)
        s = hashlib.sha256((seed + k + str(m.start())).encode()).hexdigest()
        if k.startswith("h"):
            return s[:int(k[1:])]
        if k.startswith("H"):
            return s[:int(k[1:])].upper()
        if k.startswith("n"):
            return str(int(s[:12], 16))[:int(k[1:])]
        if k == "B40":
            return base64.b64encode(bytes.fromhex(s[:60])).decode().replace("/", "_")[:40]
        if k == "U":
            return "%s-%s-%s-%s-%s" % (s[:8].upper(), s[8:12].upper(), s[12:16].upper(), s[16:20].upper(),
                                       s[20:32].upper())
        if k == "UU":
            return "%s-%s-%s-%s-%s" % (s[:8].upper(), s[8:12].upper(), s[12:16].upper(), s[16:20].upper(),
                                       s[20:32].upper())
        if k == "G":
            return "%s-%s-%s-%s-%s" % (s[:8].upper(), s[8:12].upper(), s[12:16].upper(), s[16:20].upper(),
                                       s[20:32].upper())
        if k == "H24":
            return s[:24].upper()
        if k == "TI":
            return base64.b64encode(bytes.fromhex(s[:44])).decode()
        if k == "d14":
            return "2025" + str(int(s[:10], 16))[:10]
        if k == "dom":
            return DOM
        if k == "local":
            return local
        return m.group(0)
    return re.sub(r"\{([A-Za-z0-9]+)\}", rep_, tmpl)


def quote_for(c):
    cl = CLIENTS[c["cl"]]
    rc = c["rc"]
    tz = c["qtz"] or c["date"].tzinfo
    q = c["qstyle"] or cl["quote"]
    kind = q[0]
    if kind == "qq":
        return q_qq(rc, tz, en=len(q) > 1 and q[1] == "en")
    if kind == "outlook":
        return q_outlook(rc, tz, q[1])
    if kind == "attr":
        attr = attr_for(q[1], rc, tz)
        if c.get("wrap_attr"):
            attr = c["wrap_attr"](attr)
        return q_attr(rc, attr, gt=q[2])
    if kind == "foxmail":
        return q_foxmail(rc, tz)
    if kind == "coremail":
        return q_coremail(rc, tz)
    if kind == "ali":
        return q_ali(rc, tz)
    if kind == "feishu":
        return q_feishu(rc, tz)
    if kind == "mailmaster":
        return q_mailmaster(rc, tz)
    raise KeyError(kind)


RHOST = {"qq": "smtpbg156.qq.com", "wecom": "smtpbguseast1.qq.com", "gmail": "mail-pl1-f176.google.com",
         "owa": "mail-tyzapc01on2117.outbound.protection.outlook.com",
         "outlook_nl": "mail-am0eur02on2101.outbound.protection.outlook.com",
         "outlook_android": "mail-sgaapc01on2109.outbound.protection.outlook.com", "n163": "m16.mail.163.com",
         "ntes_qiye": "mail-m1973175.qiye.163.com", "feishu": "va-1-19.ptr.blueoceanmail.net",
         "dingtalk": "out30-119.freemail.mail.aliyun.com", "mailmaster": "mail-m1973175.qiye.163.com",
         "coremail": "mail.linglan.example.cn"}


def render(c):
    cl = CLIENTS[c["cl"]]
    rc = c["rc"]
    seed = c["slug"]
    name = c["sender"]
    email = c["sender_email"] or (P[name][1] if name in P else None)
    local = email.split("@")[0]
    label = c["label"] or cl["label"]
    cte = c["cte"] or cl["cte"]
    t = c["date"]
    prefix = {"qq": "回复：", "wecom": "回复：", "outlook_zh": "答复: ", "owa": "答复: ", "outlook_tw": "回覆: ",
              "outlook_en": "RE: ", "outlook_android": "RE: ", "outlook_nl": "RE: ", "outlook_mac": "Re: ",
              "coremail": "Re:", "dingtalk": "回复：", "feishu": "回复：", "mailmaster": "回复："}.get(c["cl"], "")
    if c["cl"] == "outlook_mac":
        subj = rc.subject
    else:
        subj = prefix + rc.subject
    if c["subject"] is not None:
        subj = c["subject"]
    if c["kind"] == "auto" or cl.get("quote") is None and c["qstyle"] is None:
        text, htm = c["body"], None
    elif c["layout"] == "inline":
        text = c["body"]
        htm = None
    elif c["layout"] == "attrline":
        qt, qh = quote_for(c)
        text = c["body"] + qt.lstrip("\n")
        htm = "<div dir=\"ltr\">%s</div>" % h(c["body"]) + qh if cl["html"] and c["html_ok"] else None
    else:
        qt, qh = quote_for(c)
        text = c["body"].rstrip("\n") + "\n" + qt
        htm = ('<div dir="ltr">%s</div>' % h(c["body"].rstrip("\n")) + qh) if cl["html"] and c["html_ok"] else None
    hdr_label = "gb2312" if label.lower() in ("gbk", "gb2312") and c["cl"].startswith("outlook") else label
    if hdr_label.upper() == "GBK":
        hdr_label = "GBK"
    mode = "B"
    to = [rc.reply_to] if c["kind"] != "auto" else [rc.reply_to]
    headers = [
        ("Return-Path", "<%s>" % email if c["kind"] != "auto" else "<>"),
        ("Delivered-To", BOT[1]),
        ("Received", "from %s (%s [203.0.113.%d])\r\n\tby mx.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
         % (RHOST.get(c["cl"], "mail." + email.split("@")[1]), RHOST.get(c["cl"], "mail." + email.split("@")[1]), int(hx(seed, 2), 16) % 250 + 1, DOM,
            hx(seed + "q", 10).upper(), rc.reply_to[1], rfc_date(t.astimezone(SH)))),
        ("From", addr(name if not c.get("disp") else c["disp"], email, hdr_label if hdr_label.lower() not in
                      ("big5",) else "big5", mode, quote=cl.get("gmail") is None)),
        ("To", addr(rc.reply_to[0], rc.reply_to[1], hdr_label, mode, quote=cl.get("gmail") is None)),
    ]
    if c["cc"]:
        headers.append(("Cc", ",\r\n ".join(addr(n, P[n][1], hdr_label, mode) for n in c["cc"])))
    headers += [
        ("Subject", ew(subj, hdr_label, mode)),
        ("Date", rfc_date(t)),
        ("Message-ID", fill(cl["mid"], seed, local).replace("@" + DOM + ">", "@" + email.split("@")[1] + ">")),
        ("In-Reply-To", rc.msgid),
        ("References", "%s\r\n %s" % (rc.minutes_id, rc.msgid)),
    ]
    for k, v in cl["hdrs"]:
        if v is None:
            v = ew(subj[4:], hdr_label)
        headers.append((k, fill(v, seed, local)))
    headers += c["extra"]
    boundary = {"qq": "----=_NextPart_{H8}_{H8}_{H8}", "wecom": "----=_NextPart_{H8}_{H8}_{H8}",
                "foxmail": "----=_001_NextPart{n6}{n6}_=----", "gmail": "000000000000{h12}"}.get(
        c["cl"], "----=_Part_{n6}_{n9}.{n13}")
    if c["cl"].startswith("outlook") or c["cl"] == "owa":
        boundary = "----=_NextPart_000_{H4}_01DC{H4}.{H8}"
    if CLIENTS[c["cl"]].get("apple"):
        boundary = "Apple-Mail-{U}"
    return build(headers, text, htm, label, cte, fill(boundary, seed + "b", local))


def gold_of(c):
    if c["kind"] == "auto":
        g = {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    else:
        g = {"kind": "reply", "items": [], "next_followup": None, "reply": c["gold"], "notes": c["notes"]}
    return g


def check(cases):
    errs = []
    for c in cases:
        g = c["gold"]
        if c["kind"] != "auto":
            nd = g["new_due_date"]
            if g["intent"] == "extend":
                if not c["calc"]:
                    errs.append("%s: extend without calc" % c["num"])
                else:
                    got = c["calc"](c)
                    if str(got) != nd:
                        errs.append("%s: computed %s, gold %s" % (c["num"], got, nd))
            elif nd is not None:
                errs.append("%s: new_due_date on non-extend" % c["num"])
            if g["intent"] != "progress" and g["percent"] is not None:
                errs.append("%s: percent on non-progress" % c["num"])
        # every due date in the recaps is a Chinese working day? (not required; just report)
    for rc in R.values():
        for r in rc.rows:
            if not is_workday(D.fromisoformat(r[3])):
                errs.append("recap %s item %d due %s is not a working day" % (rc.key, r[0], r[3]))
    return errs


def main():
    args = sys.argv[1:]
    chk = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).parent
    errs = check(CASES)
    if chk:
        for c in CASES:
            p = out / ("%d-%s.json" % (c["num"], c["slug"]))
            if not p.exists() or json.loads(p.read_text(encoding="utf-8")) != gold_of(c):
                errs.append("%s: json missing or differs" % p.name)
            e = out / ("%d-%s.eml" % (c["num"], c["slug"]))
            if not e.exists() or e.read_bytes() != render(c):
                errs.append("%s: eml missing or differs" % e.name)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if chk:
        print("OK: %d cases, all gold dates re-computed" % len(CASES))
        return
    out.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        (out / ("%d-%s.eml" % (c["num"], c["slug"]))).write_bytes(render(c))
        (out / ("%d-%s.json" % (c["num"], c["slug"]))).write_text(
            json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        f.write("name,email,department,manager_email,aliases\n")
        for r in ROSTER:
            f.write(",".join(r) + "\n")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
