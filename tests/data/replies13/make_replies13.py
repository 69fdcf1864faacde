#!/usr/bin/env python3
"""Blind held-out set replies13: replies to minutebot recaps from many mail clients.

    /work/blind/venv/bin/python make_replies13.py [OUTDIR]   # write NNN-slug.eml/.json, roster.csv
    /work/blind/venv/bin/python make_replies13.py --check    # recompute every gold date with chinesecalendar
Deterministic: no clock, no randomness.
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, sys
from pathlib import Path
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
DOM = "bowenedu.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_ZH = "一二三四五六日"
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
DAY_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---------------------------------------------------------------- people
ROSTER = [  # name, email local@domain, department, is_head, aliases
    ("周晓明", "zhouxm", "国际合作部", True, "周总;Zhou Xiaoming;Michael Zhou;Michael"),
    ("许静", "xujing", "国际合作部", False, "Xu Jing;Jenny Xu;Jenny;静静"),
    ("陈思远", "chensy", "基础教育编辑部", False, "Chen Siyuan;思远;陈编"),
    ("杜红梅", "duhm", "基础教育编辑部", True, "杜主任;Du Hongmei;杜老师"),
    ("孙丽", "sunli", "出版部", False, "Sun Li;孙丽丽;Lily Sun"),
    ("严国平", "yangp", "出版部", True, "严总;Yan Guoping"),
    ("顾建华", "gujh", "南通印务", True, "顾厂长;Gu Jianhua;老顾"),
    ("蒋敏", "jiangmin", "南通印务", False, "Jiang Min;小蒋"),
    ("林雅婷", "lin.yating", "台北編輯部", False, "Lin Ya-ting;雅婷;Tina Lin"),
    ("張家豪", "chang.chiahao", "台北編輯部", True, "张家豪;Chang Chia-hao;Howard Chang;家豪"),
    ("黃嘉欣", "wong.kayan", "香港編輯部", False, "黄嘉欣;Wong Ka-yan;Karen Wong;嘉欣"),
    ("梁志偉", "leung.chiwai", "香港編輯部", True, "梁志伟;Leung Chi-wai;Eric Leung"),
    ("刘畅", "liuchang", "数字产品部", False, "Liu Chang;畅哥;Chris Liu"),
    ("何俊", "hejun", "数字产品部", False, "He Jun;Jason He;小何"),
    ("王梦", "wangmeng", "数字产品部", False, "Wang Meng;梦梦;Mona Wang"),
    ("唐卫东", "tangwd", "数字产品部", True, "唐总;Tang Weidong;Tony Tang"),
    ("赵琳", "zhaolin", "发行部", False, "Zhao Lin;琳琳;Linda Zhao"),
    ("钱伟", "qianwei", "发行部", False, "Qian Wei;钱会计"),
    ("邓海涛", "denght", "发行部", True, "邓经理;Deng Haitao"),
]
P = {}
_heads = {r[2]: r[1] for r in ROSTER if r[3]}
for name, local, dep, head, al in ROSTER:
    P[name] = dict(name=name, email=f"{local}@{DOM}", department=dep,
                   manager_email="" if head else f"{_heads[dep]}@{DOM}", aliases=al)
EXT = {
    "Sato Kenji": "k.sato@kyoiku-shoten.example.jp",
    "Kim Minji": "minji.kim@hanbit-edu.example.kr",
    "Nguyen Thi Lan": "lan.nt@hanoi-edu.example.vn",
    "Claire Dubois": "c.dubois@editions-lumiere.example.fr",
    "Tomasz Nowak": "t.nowak@drukarnia-wisla.example.pl",
    "Jan de Vries": "jan.devries@boekdruk.example.nl",
    "Lukas Weber": "l.weber@papier-weber.example.de",
    "María García": "maria.garcia@edilatina.example.es",
}


def who(n):
    if n in P:
        return (n, P[n]["email"])
    return (n, EXT[n])


# ---------------------------------------------------------------- encoding helpers
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5",
         "iso-2022-jp": "iso-2022-jp", "ks_c_5601-1987": "cp949", "windows-1252": "cp1252",
         "iso-8859-2": "iso-8859-2", "us-ascii": "ascii"}


def ew(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    try:
        text.encode(CODEC[label.lower()])
    except UnicodeEncodeError:
        label = "utf-8"   # clients fall back to UTF-8 when a header does not fit the default charset
    cs = CODEC[label.lower()]
    out, cur = [], ""

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            b = base64.b64encode(raw).decode()
        else:
            b = "".join(chr(x) if (x < 128 and chr(x).isalnum()) else ("_" if x == 32 else "=%02X" % x) for x in raw)
        return "=?%s?%s?%s?=" % (label, mode, b)
    for ch in text:
        if cur and len(enc(cur + ch)) > 66:
            out.append(enc(cur)); cur = ch
        else:
            cur += ch
    out.append(enc(cur))
    return "\n ".join(out)


def addr(p, label="utf-8", mode="B", quote=True):
    n, e = p
    if all(ord(c) < 128 for c in n):
        return '"%s" <%s>' % (n, e) if quote else "%s <%s>" % (n, e)
    w = ew(n, label, mode).replace("\n ", " ")
    return '"%s" <%s>' % (w, e) if quote else "%s <%s>" % (w, e)


def body_bytes(text, label, cte):
    raw = text.encode(CODEC[label.lower()])
    if cte == "base64":
        return base64.encodebytes(raw).decode()
    if cte == "quoted-printable":
        return binascii.b2a_qp(raw, istext=True).decode()
    return raw.decode("latin-1")


def hx(s, n):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, "+" if off >= 0 else "-",
                                                      abs(off) // 60, abs(off) % 60)


def esc(s):
    return html.escape(s, quote=False)


def to_html(text):
    return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))


# ---------------------------------------------------------------- calendar (chinesecalendar only)
def D(s):
    return dt.date.fromisoformat(s)


def is_work(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_work(d):
            n -= 1
    return d


def this_or_next(d, wd):
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def next_week(d, wd):
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + wd)


def first_workday_after_holiday(d):
    """First working day after the next statutory holiday that starts after d."""
    x = d
    while not (cc.is_holiday(x) and cc.get_holiday_detail(x)[1] is not None):
        x += dt.timedelta(days=1)
    while not is_work(x):
        x += dt.timedelta(days=1)
    return x


def plus_days(d, n):
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------- the recaps the bot sent
class Recap:
    def __init__(self, key, subject, t, organizer, people, rows, lang="zh", cutoff=None):
        self.key, self.subject, self.t, self.org, self.people, self.rows, self.lang = key, subject, t, organizer, people, rows, lang
        self.msgid = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
        self.minutes_id = "<%s.%s@%s>" % (hx(key + "m", 12), t.strftime("%Y%m%d"), DOM)
        self.token = "r" + hx(key + "tok", 14)
        self.reply_to = "minutes+%s@%s" % (self.token, DOM)
        self.cutoff = cutoff or t.strftime("%Y-%m-%d") + " 18:00"
        self.to = [who(x) for x in people]
        self.text = self.render()

    def render(self):
        if self.lang == "en":
            L = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
                 "| # | Action item | Owner | Due |"] + ["| %d | %s | %s | %s |" % r for r in self.rows] + [
                "", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % self.cutoff,
                'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".',
                "", "-- Minutes Assistant (automated message)"]
        else:
            L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"] + \
                ["| %d | %s | %s | %s |" % r for r in self.rows] + [
                "", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff,
                "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                "—— 纪要助手（系统自动发送，请勿修改主题）"]
        return "\n".join(L) + "\n"


def T(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ8)


R = {}
R["print"] = Recap("print", "Re: 2025秋季教材印制排期会纪要", T("2025-09-22 16:08:11"), "严国平",
                   ["严国平", "陈思远", "顾建华", "孙丽", "蒋敏", "杜红梅"],
                   [(1, "《初中数学》七上终稿付印确认", "陈思远", "2025-09-26 18:00"),
                    (2, "提交10月印制排期表", "顾建华", "2025-09-25 18:00"),
                    (3, "纸张采购比价报告", "孙丽", "2025-09-30 18:00"),
                    (4, "七上封面打样送审", "陈思远", "2025-09-29 18:00"),
                    (5, "装订线设备检修计划", "蒋敏", "2025-09-30 18:00")])
R["taipei"] = Recap("taipei", "Re: 繁體版《國文》第三冊審校會議紀要", T("2025-10-09 17:12:40"), "張家豪",
                    ["張家豪", "林雅婷", "杜红梅", "陈思远"],
                    [(1, "繁體版第三冊全書審校", "林雅婷", "2025-10-17 18:00"),
                     (2, "插圖授權確認", "張家豪", "2025-10-15 18:00"),
                     (3, "校對意見彙整回傳北京", "林雅婷", "2025-10-20 18:00"),
                     (4, "简繁用字对照表更新", "陈思远", "2025-10-16 18:00")])
R["app"] = Recap("app", "Re: 【成都】学习App 3.2迭代会议纪要 10-13", T("2025-10-13 11:40:02"), "唐卫东",
                 ["唐卫东", "刘畅", "何俊", "王梦"],
                 [(1, "修复题库导入脚本", "刘畅", "2025-10-15 18:00"),
                  (2, "提交iOS审核材料", "何俊", "2025-10-17 18:00"),
                  (3, "埋点方案评审稿", "刘畅", "2025-10-20 18:00"),
                  (4, "登录页改版设计稿", "王梦", "2025-10-16 18:00"),
                  (5, "安卓崩溃率周报", "何俊", "2025-10-14 18:00")])
R["intl"] = Recap("intl", "Re: Co-edition partner sync - minutes (20 Oct)", T("2025-10-20 17:05:30"), "周晓明",
                  ["周晓明", "许静", "Sato Kenji", "Kim Minji", "Nguyen Thi Lan", "Claire Dubois", "Tomasz Nowak",
                   "Jan de Vries", "Lukas Weber", "María García"],
                  [(1, "Japanese edition translation sample (ch. 1-2)", "Sato Kenji", "2025-10-31 18:00"),
                   (2, "Korean rights contract draft", "Kim Minji", "2025-10-24 18:00"),
                   (3, "Vietnamese glossary review", "Nguyen Thi Lan", "2025-10-29 18:00"),
                   (4, "French edition cover proposal", "Claire Dubois", "2025-10-28 18:00"),
                   (5, "Polish print quote (5,000 copies)", "Tomasz Nowak", "2025-10-27 18:00"),
                   (6, "Co-edition master schedule update", "许静", "2025-10-24 18:00"),
                   (7, "Dutch distribution terms", "Jan de Vries", "2025-10-30 18:00"),
                   (8, "Paper spec sheet (80g offset)", "Lukas Weber", "2025-10-27 18:00"),
                   (9, "Spanish market sample list", "María García", "2025-10-31 18:00")], lang="en")
R["hk"] = Recap("hk", "Re: 港版教輔出版會議紀要（11月3日）", T("2025-11-03 15:30:19"), "梁志偉",
                ["梁志偉", "黃嘉欣", "杜红梅"],
                [(1, "港版練習冊第二冊排版", "黃嘉欣", "2025-11-07 18:00"),
                 (2, "教師用書樣章", "梁志偉", "2025-11-12 18:00"),
                 (3, "書展攤位物料", "黃嘉欣", "2025-11-14 18:00")])
R["sales"] = Recap("sales", "Re: 寒假教辅发行工作会纪要", T("2025-12-01 10:20:45"), "邓海涛",
                   ["邓海涛", "赵琳", "钱伟", "许静"],
                   [(1, "寒假教辅征订方案", "赵琳", "2025-12-05 18:00"),
                    (2, "经销商返点核算", "钱伟", "2025-12-10 18:00"),
                    (3, "征订系统导出报表", "赵琳", "2025-12-03 18:00"),
                    (4, "重点区域经销商拜访名单", "钱伟", "2025-12-04 18:00")])
R["yearend"] = Recap("yearend", "Re: 年末印制与库存盘点协调会纪要", T("2025-12-29 14:02:10"), "严国平",
                     ["严国平", "顾建华", "蒋敏", "孙丽", "赵琳"],
                     [(1, "春季教材印制产能确认", "顾建华", "2025-12-31 18:00"),
                      (2, "南通仓库存盘点表", "蒋敏", "2026-01-05 18:00"),
                      (3, "纸张年度框架合同续签", "孙丽", "2026-01-09 18:00"),
                      (4, "春季征订数据同步印厂", "赵琳", "2026-01-06 18:00")])


# ---------------------------------------------------------------- quote styles (text, html)
def q_lines(text, pfx="> "):
    return "".join((pfx + l if l else pfx.rstrip()) + "\n" for l in text.rstrip("\n").split("\n"))


def bq(h):
    return '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % h


def tos_str(r, fmt, sep):
    return sep.join(fmt % x for x in r.to)


def Q(style, r):
    t, f = r.t, BOT
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    body_h = to_html(r.text)
    if style == "qq":
        when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()],
                                             "上午" if t.hour < 12 else "下午", h12, t.minute)
        hdr = ('------------------ 原始邮件 ------------------\n发件人: "%s"<%s>;\n发送时间: %s\n收件人: %s\n主题: %s\n'
               % (f[0], r.reply_to, when, tos_str(r, '"%s"<%s>;', ""), r.subject))
        return "\n\n\n" + hdr + "\n\n\n" + r.text, "<div><br></div>" + to_html(hdr) + body_h
    if style in ("outlook_zh", "owa_zh"):
        hdr = ("发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n"
               % (f[0], r.reply_to, t.year, t.month, t.day, t.hour, t.minute, tos_str(r, "%s <%s>", "; "), r.subject))
        if style == "owa_zh":
            hdr = "________________________________\n" + hdr
        return "\n" + hdr + "\n" + r.text, ('<hr><div id="divRplyFwdMsg" dir="ltr">' if style == "owa_zh" else
                                            '<div style="border:none;border-top:solid #E1E1E1 1.0pt">') + to_html(hdr) + "</div>" + body_h
    if style == "outlook_tw":
        hdr = ("寄件者: %s <%s>\n寄件日期: %d年%d月%d日 %s %02d:%02d\n收件者: %s\n主旨: %s\n"
               % (f[0], r.reply_to, t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute,
                  tos_str(r, "%s <%s>", "; "), r.subject))
        return "\n" + hdr + "\n" + r.text, '<div style="border:none;border-top:solid #E1E1E1 1.0pt">' + to_html(hdr) + "</div>" + body_h
    if style == "outlook_en":
        hdr = ("From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n"
               % (f[0], r.reply_to, DAY_EN_L[t.weekday()], MON_EN_L[t.month - 1], t.day, t.year, h12, t.minute, ap,
                  tos_str(r, "%s <%s>", "; "), r.subject))
        return "\n" + hdr + "\n" + r.text, '<div style="border:none;border-top:solid #E1E1E1 1.0pt">' + to_html(hdr) + "</div>" + body_h
    if style == "outlook_fr":
        MFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"]
        JFR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        hdr = ("De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n"
               % (f[0], r.reply_to, JFR[t.weekday()], t.day, MFR[t.month - 1], t.year, t.hour, t.minute,
                  tos_str(r, "%s <%s>", " ; "), r.subject))
        return "\n" + hdr + "\n" + r.text, '<div style="border:none;border-top:solid #E1E1E1 1.0pt">' + to_html(hdr) + "</div>" + body_h
    if style == "outlook_pl":
        hdr = ("Od: %s <%s>\nWysłane: %s\nDo: %s\nTemat: %s\n"
               % (f[0], r.reply_to, ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                                     "niedziela"][t.weekday()] + ", %d października %d %02d:%02d" % (t.day, t.year, t.hour, t.minute),
                  tos_str(r, "%s <%s>", "; "), r.subject))
        return "\n" + hdr + "\n" + r.text, '<div style="border:none;border-top:solid #E1E1E1 1.0pt">' + to_html(hdr) + "</div>" + body_h
    if style == "outlook_mac_en":
        hdr = ("From: %s <%s>\nDate: %s, %d %s %d at %d:%02d\nTo: %s\nSubject: %s\n"
               % (f[0], r.reply_to, DAY_EN_L[t.weekday()], t.day, MON_EN_L[t.month - 1], t.year, t.hour, t.minute,
                  tos_str(r, "%s <%s>", ", "), r.subject))
        return "\n\n" + hdr + "\n" + r.text, '<div id="mail-editor-reference-message-container">' + to_html(hdr) + body_h + "</div>"
    if style == "foxmail":
        hdr = ("发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n"
               % (f[0], t.strftime("%Y-%m-%d %H:%M"), "; ".join(x[0] for x in r.to), r.subject))
        return " \n" + hdr + r.text, "<blockquote>" + to_html(hdr) + body_h + "</blockquote>"
    if style == "coremail":
        hdr = ('-----原始邮件-----\n发件人:"%s" <%s>\n发送时间:%s (星期%s)\n收件人:%s\n抄送:\n主题:%s\n'
               % (f[0], r.reply_to, t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()],
                  tos_str(r, '"%s" <%s>', ", "), r.subject))
        return "\n\n\n" + hdr + "\n" + r.text, '<blockquote name="replyContent" class="ReferenceQuote">' + to_html(hdr) + body_h + "</blockquote>"
    if style == "mailmaster":
        hdr = ("---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
               % (f[0], r.reply_to, t.strftime("%Y年%m月%d日 %H:%M"), tos_str(r, "%s<%s>", ", "), r.subject))
        return "\n" + hdr + r.text, '<div class="ntes-mailmaster-quote">' + to_html(hdr) + body_h + "</div>"
    if style == "163web":
        attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), f[0], r.reply_to)
        return "\n\n\n\n" + attr + "\n\n" + q_lines(r.text, ""), ('<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div>'
                                                          '<br>' + esc(attr) + '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">' + body_h + "</blockquote>")
    if style == "gmail_zh":
        attr = "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (f[0], r.reply_to, t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
        return "\n\n" + attr + "\n\n" + q_lines(r.text), '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>" + bq(body_h) + "</div>"
    if style in ("gmail_en", "gmail_mobile"):
        if style == "gmail_en":
            attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, h12, t.minute, ap, f[0], r.reply_to)
        else:
            attr = "On %s, %d %s %d, %02d:%02d %s, <%s> wrote:" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to)
        tattr = attr
        if style == "gmail_en" and len(attr) > 78:   # Gmail wraps a long attribution in text/plain
            tattr = attr[:attr.rindex(" wrote:")] + "\nwrote:"
        return "\n\n" + tattr + "\n\n" + q_lines(r.text), '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>" + bq(body_h) + "</div>"
    if style == "ios_zh":
        attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, f[0], r.reply_to)
        return "\n\n> " + attr + "\n>\n" + q_lines(r.text), '<blockquote type="cite">' + esc(attr) + "<br>" + body_h + "</blockquote>"
    if style == "ios_en":
        attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MON_EN[t.month - 1], t.day, t.year, t.hour, t.minute, f[0], r.reply_to)
        return "\n\n> " + attr + "\n>\n" + q_lines(r.text), '<blockquote type="cite">' + esc(attr) + "<br>" + body_h + "</blockquote>"
    if style == "applemail_en":
        attr = "On %d %s %d, at %d:%02d, %s <%s> wrote:" % (t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to)
        return "\n\n> " + attr + "\n> \n" + q_lines(r.text), '<blockquote type="cite">' + esc(attr) + "<br>" + body_h + "</blockquote>"
    if style == "thunderbird_zh":
        attr = "在 %s, 纪要助手 写道:" % t.strftime("%Y/%m/%d %H:%M")
        return "\n" + attr + "\n" + q_lines(r.text), None
    if style == "thunderbird_de":
        attr = "Am %s um %s schrieb %s:" % (t.strftime("%d.%m.%y"), t.strftime("%H:%M"), f[0])
        return "\n" + attr + "\n" + q_lines(r.text), None
    if style == "dingtalk":
        hdr = ("------------------------------------------------------------------\n发件人：%s <%s>\n"
               "发送时间：%d年%d月%d日(星期%s) %02d:%02d\n收件人：%s\n主　题：%s\n\n"
               % (f[0], r.reply_to, t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute,
                  tos_str(r, "%s <%s>", "; "), r.subject))
        return "\n" + hdr + r.text, "<div><br></div>" + to_html(hdr) + body_h
    if style == "feishu":
        hdr = ("发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n"
               % (f[0], r.reply_to, t.year, t.month, t.day, t.hour, t.minute, tos_str(r, "%s <%s>", ", "), r.subject))
        return "\n\n" + hdr + "\n" + r.text, '<div class="history-quote-wrapper"><div style="border-left:2px solid #d0d3d6;padding-left:8px">' + to_html(hdr) + body_h + "</div></div>"
    if style == "wecom":
        hdr = ('------------------ 原始邮件 ------------------\n发件人: "%s"<%s>;\n发送时间: %d年%d月%d日(星期%s) %s%d:%02d\n收件人: %s\n主题: %s\n'
               % (f[0], r.reply_to, t.year, t.month, t.day, WD_ZH[t.weekday()], "上午" if t.hour < 12 else "下午", h12, t.minute,
                  tos_str(r, '"%s"<%s>;', ""), r.subject))
        return "\n\n" + hdr + "\n" + r.text, "<div><br></div>" + to_html(hdr) + body_h
    langs = {
        "gmail_fr": "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][t.weekday()], t.day, ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to),
        "gmail_de": "Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][t.weekday()], t.day, ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to),
        "gmail_nl": "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (["ma", "di", "wo", "do", "vr", "za", "zo"][t.weekday()], t.day, ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to),
        "gmail_pl": "%s, %d %s %d o %02d:%02d %s <%s> napisał(a):" % (["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][t.weekday()], t.day, ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"][t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to),
        "gmail_vi": "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()], t.day, t.month, t.year, t.hour, t.minute, f[0], r.reply_to),
        "gmail_ja": "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[t.weekday()], t.hour, t.minute, f[0], r.reply_to),
        "gmail_ko": "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, "월화수목금토일"[t.weekday()], "오전" if t.hour < 12 else "오후", h12, t.minute, f[0], r.reply_to),
        "gmail_es": "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()], t.day, ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][t.month - 1], t.year, t.hour, t.minute, f[0], r.reply_to),
    }
    attr = langs[style]
    return "\n\n" + attr + "\n\n" + q_lines(r.text), '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>" + bq(body_h) + "</div>"


# ---------------------------------------------------------------- client envelopes
CLIENT = {  # name: (charset, cte, html?, extra headers, subject prefix, quote style default, msgid fn)
    "qq": ("gb18030", "base64", True, [("X-QQ-Mailer", "QQMail 2.x"), ("X-Mailer", "QQMail 2.x")], "回复：", "qq"),
    "exmail": ("gb18030", "base64", True, [("X-QQ-Mailer", "QQMail 2.x"), ("X-Mailer", "QQMail 2.x")], "回复：", "qq"),
    "foxmail": ("GBK", "base64", True, [("X-Mailer", "Foxmail 7.2.25.254[cn]")], "回复: ", "foxmail"),
    "outlook_zh": ("gb2312", "base64", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")], "答复: ", "outlook_zh"),
    "outlook_tw": ("big5", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")], "回覆: ", "outlook_tw"),
    "outlook_en": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")], "RE: ", "outlook_en"),
    "outlook_fr": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")], "RE : ", "outlook_fr"),
    "outlook_pl": ("iso-8859-2", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl-pl")], "ODP: ", "outlook_pl"),
    "outlook_mac": ("utf-8", "quoted-printable", True, [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")], "Re: ", "outlook_mac_en"),
    "owa": ("utf-8", "base64", True, [("x-ms-exchange-messagesentrepresentingtype", "1"), ("Content-Language", "zh-CN")], "答复: ", "owa_zh"),
    "mailmaster": ("UTF-8", "base64", True, [("X-Mailer", "NetEase Mail Master")], "Re:", "mailmaster"),
    "163web": ("GBK", "base64", True, [("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"), ("X-NTES-SC", "AL_Qu2cAPWevE0s4yOZZOkZnEYQheY")], "Re:", "163web"),
    "coremail": ("UTF-8", "base64", True, [("X-Mailer", "Coremail Webmail Server Version XT6.0.8 build 20240612(4e8e0f1a)")], "Re:", "coremail"),
    "gmail_zh": ("UTF-8", "base64", True, [], "Re: ", "gmail_zh"),
    "gmail": ("UTF-8", "quoted-printable", True, [], "Re: ", "gmail_en"),
    "gmail_mobile": ("UTF-8", "quoted-printable", True, [], "Re: ", "gmail_mobile"),
    "iphone": ("utf-8", "base64", True, [("X-Mailer", "iPhone Mail (22A3354)")], "Re: ", "ios_zh"),
    "iphone_en": ("utf-8", "quoted-printable", True, [("X-Mailer", "iPhone Mail (22A3354)")], "Re: ", "ios_en"),
    "applemail": ("utf-8", "quoted-printable", True, [("X-Mailer", "Apple Mail (2.3826.100.11)")], "Re: ", "applemail_en"),
    "thunderbird": ("UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")], "Re: ", "thunderbird_zh"),
    "thunderbird_de": ("UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")], "AW: ", "thunderbird_de"),
    "dingtalk": ("UTF-8", "base64", True, [("X-Mailer", "[Alimail-Mailagent revision 2][W4_1234]"), ("x-alimail-antispam", "AC=PASS")], "回复：", "dingtalk"),
    "feishu": ("UTF-8", "base64", True, [("X-Lms-Return-Path", "<lba+2689f5b6+1@bowenedu.example.cn>"), ("X-Mailer", "Lark Mail")], "回复: ", "feishu"),
    "wecom": ("UTF-8", "base64", True, [("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-WECHAT", "WeCom")], "回复：", "wecom"),
}


def build(case):
    r = R[case["recap"]]
    cl = case["client"]
    cs, cte, has_html, extra, pfx, qstyle = CLIENT[cl]
    cs = case.get("charset", cs)
    cte = case.get("cte", cte)
    qstyle = case.get("quote", qstyle)
    frm = who(case["from"])
    t = case["t"]
    subj = case.get("subject", pfx + r.subject)
    new = case["text"]
    qt, qh = Q(qstyle, r) if qstyle != "none" else ("", "")
    if case.get("inline"):
        text = case["inline"]  # fully composed body (inline answers under quoted rows)
        html_body = to_html(text)
    elif case.get("bottom"):
        text = qt.lstrip("\n") + "\n" + new
        html_body = (qh or "") + to_html(new)
    else:
        text = new + qt
        html_body = to_html(new) + (qh or to_html(qt))
    try:
        (text + html_body).encode(CODEC[cs.lower()])
    except UnicodeEncodeError:
        cs = "utf-8"   # Outlook/Foxmail switch to UTF-8 when the quoted recap does not fit big5/iso-8859-2
    mid = case.get("msgid") or "<%s@%s>" % (hx(case["slug"], 24), frm[1].split("@")[1])
    hdr = []
    hdr.append(("Return-Path", "<%s>" % frm[1]))
    hdr.append(("Received", "from mail.%s (mail.%s [203.0.113.%d])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                % (frm[1].split("@")[1], frm[1].split("@")[1], int(hx(case["slug"], 2), 16) % 250 + 1, DOM,
                   hx(case["slug"] + "q", 10).upper(), r.reply_to, rfc_date(t.astimezone(TZ8) + dt.timedelta(seconds=2)))))
    hdr += [("From", addr(frm, cs if cs.lower() not in ("iso-8859-2", "windows-1252") else "utf-8")),
            ("To", addr((BOT[0], r.reply_to), cs if cs.lower() not in ("iso-8859-2",) else "utf-8"))]
    cc_people = case.get("cc", [])
    if cc_people:
        hdr.append(("Cc", ",\n ".join(addr(who(x), "utf-8") for x in cc_people)))
    sl = cs if cs.lower() not in ("iso-8859-2", "big5") or all(ord(c) < 256 for c in subj) else "utf-8"
    try:
        subj.encode(CODEC[sl.lower()])
    except UnicodeEncodeError:
        sl = "utf-8"
    hdr += [("Subject", ew(subj, sl, "B")), ("Date", rfc_date(t)), ("Message-ID", mid),
            ("In-Reply-To", r.msgid), ("References", "%s\n %s" % (r.minutes_id, r.msgid))]
    if cl.startswith("outlook") or cl == "owa":
        hdr.append(("Thread-Topic", ew(r.subject[4:], "utf-8")))
        hdr.append(("Thread-Index", base64.b64encode(hashlib.sha256(case["slug"].encode()).digest()[:27]).decode()))
    hdr += extra + case.get("headers", [])
    hdr.append(("MIME-Version", "1.0"))
    b = "----=_Part_%s" % hx(case["slug"] + "b", 16)
    if case.get("single_html"):
        parts = None
    out = io.StringIO()
    for k, v in hdr:
        out.write("%s: %s\n" % (k, v))
    if has_html and not case.get("plain_only"):
        out.write('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % b)
        out.write("This is a multi-part message in MIME format.\n\n" if cl.startswith("outlook") or cl in ("qq", "foxmail") else "")
        out.write("--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n" % (b, cs, cte, body_bytes(text, cs, cte)))
        hdoc = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>%s</body></html>" % (cs, html_body)
        out.write("--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n" % (b, cs, cte, body_bytes(hdoc, cs, cte), b))
    else:
        fl = "; format=flowed" if cl.startswith("thunderbird") else ""
        out.write("Content-Type: text/plain; charset=%s%s\nContent-Transfer-Encoding: %s\n\n%s" % (cs, fl, cte, body_bytes(text, cs, cte)))
    s = out.getvalue()
    return s.encode("latin-1") if cte == "8bit" else s.encode("ascii")


# ---------------------------------------------------------------- cases
CASES = []


def C(slug, recap, client, frm, t, text, intent, items=(), percent=None, new_due=None, check=None, notes="", what="",
      kind="reply", **kw):
    d = dict(slug=slug, recap=recap, client=client, **{"from": frm}, t=T(t) if isinstance(t, str) else t, text=text,
             kind=kind, notes=notes, what=what, check=check, **kw)
    d["gold"] = {"kind": kind, "items": [], "next_followup": None,
                 "reply": None if kind != "reply" else {"intent": intent, "items": list(items), "percent": percent,
                                                         "new_due_date": new_due},
                 "notes": notes}
    CASES.append(d)


SIG_CSY = "\n\n陈思远\n基础教育编辑部 | 博文教育出版集团\n电话：010-6285 3307  手机：139 1023 8876\n"
SIG_GU = "\n\n--\n顾建华  厂长\n博文教育 南通印务有限公司\n江苏省南通市崇川区永兴路18号  邮编226000\n电话 0513-8551 2260\n"
DISC_EN = ("\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error, please notify the sender and delete it.\n")
DISC_ZH = ("\n\n【保密声明】本邮件及其附件含有博文教育出版集团的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。"
           "如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！\n")

# ----- recap "print" (sent Mon 2025-09-22)
C("2701-qq-confirm-shoudao", "print", "qq", "孙丽", "2025-09-22 16:40:05",
  "收到，没问题👍\n", "confirm",
  notes="Reply from the owner of #3 to the print recap, same afternoon. '收到，没问题' is a bare confirmation of the whole recap; emoji. QQ '原始邮件' separator; the quoted footer lists every command word.",
  what="QQ Mail gb18030: '收到，没问题👍' (emoji in gb18030) over QQ 原始邮件 quote")
C("2702-foxmail-done-two-items-one-sentence", "print", "foxmail", "陈思远", "2025-09-26 11:02:33",
  "严总，\n\n七上终稿已经签字付印了，封面打样也昨天送审过了，这两项都搞定。" + SIG_CSY, "done",
  notes="Owner 陈思远 has #1 (终稿付印确认) and #4 (封面打样送审); both are named by task words in one sentence, no numbers -> done, items [] (numbers only as written). A careful assistant records both #1 and #4 done.",
  what="Foxmail GBK: two items named by task words in one sentence ('这两项都搞定'), signature with phone")
C("2703-outlook-zh-extend-item2-date", "print", "outlook_zh", "顾建华", "2025-09-24 17:48:20",
  "严总：\n\n第2项排期表要等出版部最终印数，申请延期至9月28日（周日，调休上班）。\n" + SIG_GU, "extend", items=[2],
  new_due="2025-09-28", check=lambda d: D("2025-09-28"),
  notes="Outlook zh-CN gb2312 '答复:'. '第2项 … 申请延期至9月28日' -> extend [2], 2025-09-28 (a Sunday that is a make-up working day before National Day 2025, verified with chinesecalendar). Signature has a 邮编 and phone.",
  what="Outlook zh-CN gb2312 base64: 第2项 延期至9月28日 (make-up Sunday) + factory signature")
C("2704-mailmaster-progress-paper", "print", "mailmaster", "孙丽", "2025-09-28 09:15:40",
  "比价报告进度70%，还差两家纸厂报价，国庆前能交\n\n发自网易邮箱大师\n", "progress", percent=70,
  notes="Sunday 2025-09-28 (make-up working day). 孙丽 owns only #3 (纸张采购比价报告), named by task words -> progress 70, items []. '国庆前能交' is a forecast, not an extension request.",
  what="网易邮箱大师 on a make-up Sunday: '比价报告进度70%' by task name, mobile footer")
C("2705-coremail-object-item5", "print", "coremail", "蒋敏", "2025-09-22 17:20:11",
  "严总，关于第5项有异议：装订线检修要等厂家工程师，他们最早10月9日才能来，9月30日前出不了检修计划，建议改为10月10日。\n\n蒋敏\n南通印务 设备科\n", "object", items=[5],
  notes="Objection to #5 within the cut-off, with a reason containing dates (10月9日, 9月30日, 10月10日). Intent object, not extend: the writer says 有异议 and proposes; new_due_date stays null for object.",
  what="Coremail '-----原始邮件-----': 第5项有异议 with a reason full of dates")
C("2706-iphone-done-ordinal", "print", "iphone", "蒋敏", "2025-09-30 08:31:02",
  "⑤已完成，检修计划已发设备科群\n\n发自我的iPhone\n", "done", items=[5],
  notes="'⑤已完成' -> done [5]. iPhone Mail zh quote '在 …，纪要助手 <…> 写道：'.",
  what="iPhone Mail zh: '⑤已完成' + 发自我的iPhone")
C("2707-163web-which-one-several-open", "print", "163web", "陈思远", "2025-09-25 21:05:44",
  "这个已经弄好了哈\n", "done",
  notes="Sent at night from 163 web to the print recap. 陈思远 has two open items (#1 终稿付印确认, #4 封面打样送审) and names neither: intent done, items []; the bot must ask which one and change nothing. Genuinely ambiguous.",
  what="163 webmail GBK: '这个已经弄好了哈' with two open items of the sender -> nothing changes, bot asks",
  charset="GBK")
C("2708-outlook-zh-thanks-no-change", "print", "outlook_zh", "杜红梅", "2025-09-22 16:55:00",
  "谢谢纪要助手，辛苦各位！\n\n杜红梅\n基础教育编辑部 主任\n" + DISC_ZH, "unknown",
  notes="Thank-you from a participant who owns no item: no command. Gold intent 'unknown' (SPEC intent set; see README conventions) -> changes nothing. '辛苦' is not a confirmation of anything. Chinese disclaimer.",
  what="Outlook zh-CN thank-you + 保密声明 disclaimer: no command (intent unknown)")

# ----- recap "taipei" (Thu 2025-10-09), Traditional Chinese writers
C("2709-outlook-tw-confirm-traditional", "taipei", "outlook_tw", "張家豪", "2025-10-09 17:40:15",
  "各位好，\n\n以上內容確認無誤，謝謝。\n\n張家豪 Howard Chang\n台北編輯部 主編\nTel: +886-2-2700-1234 #201\n", "confirm",
  notes="Outlook zh-TW, '回覆:' prefix; the body goes out as UTF-8 QP because the quoted recap holds simplified characters big5 cannot carry, quote header 寄件者/寄件日期/收件者/主旨. '確認無誤' = confirm (Traditional).",
  what="Outlook zh-TW (UTF-8 QP fallback from big5): 確認無誤 (Traditional), 寄件者/寄件日期/主旨 quote")
C("2710-outlook-tw-extend-weekday", "taipei", "outlook_tw", "林雅婷", "2025-10-15 10:22:48",
  "家豪：\n\n第三冊審校量比預期大，第1項想申請延期到下週三，麻煩協助。\n\n雅婷\n", "extend", items=[1],
  new_due="2025-10-22", check=lambda d: next_week(d, 2),
  notes="Wed 2025-10-15; '第1項 … 延期到下週三' -> Wednesday of the following calendar week = 2025-10-22. Traditional 週 instead of 周.",
  what="Outlook zh-TW: 第1項延期到下週三 (Traditional 週) from a Wednesday")
C("2711-gmail-zh-tw-done-by-name", "taipei", "gmail_zh", "張家豪", "2025-10-14 14:05:09",
  "插圖授權都談好了，合約掃描檔放在共用雲端「國文3授權」資料夾。\n\n張家豪\n", "done",
  notes="張家豪 owns only #2 (插圖授權確認) and names it by task words ('插圖授權都談好了') -> done, items []. Gmail zh quote header uses simplified 写道 even for a Traditional writer.",
  what="Gmail (zh) Traditional writer: '插圖授權都談好了' = done by task words")
C("2712-iphone-tw-progress-and-confirm", "taipei", "iphone", "林雅婷", "2025-10-13 19:47:30",
  "審校目前大概做了六成，第3項照表操課沒問題。\n\n從我的 iPhone 傳送\n", "progress", percent=60,
  notes="Traditional iPhone footer '從我的 iPhone 傳送'. '審校 … 六成' is progress 60% on #1 (全書審校, named by words), '第3項 … 沒問題' is a confirmation of #3. Primary intent progress with percent 60; items [] because the progress item has no number (the number 3 belongs to the confirm clause). Ambiguous mix: a careful assistant records 60% on #1 and notes #3 confirmed.",
  what="iPhone zh-TW: 六成 (=60%) by task words + '第3項沒問題' in the same sentence")

# ----- recap "app" (Mon 2025-10-13), Chengdu
C("2713-feishu-done-hash", "app", "feishu", "刘畅", "2025-10-14 22:18:03",
  "#1 搞定了，脚本已合到 release/3.2，昨晚全量导入跑通。\n", "done", items=[1],
  notes="飞书 (Lark) mail; '#1 搞定了' -> done [1].",
  what="飞书 mail: '#1 搞定了'")
C("2714-dingtalk-progress-item2", "app", "dingtalk", "何俊", "2025-10-16 15:30:00",
  "唐总，iOS审核材料进度80%，隐私清单还在跟法务确认。\n\n何俊\n数字产品部 | 成都\n", "progress", percent=80,
  notes="钉钉 mail (Alibaba mail quote with a dashed line and 主　题 with a full-width space). 何俊 owns #2 and #5; 'iOS审核材料' names #2 -> progress 80, items [] (no number written).",
  what="钉钉 mail: 'iOS审核材料进度80%' by task name (sender owns two items)")
C("2715-wecom-extend-two-more-days", "app", "wecom", "王梦", "2025-10-15 18:40:12",
  "登录页设计稿需要再多两天，改为10月18日交可以吗？那天周六调休，我会在公司。\n", "extend",
  new_due="2025-10-18", check=lambda d: D("2025-10-18"),
  notes="企业微信 mail. 王梦 owns only #4 (登录页改版设计稿), named by words. New date written explicitly: 10月18日. NOTE: 2025-10-18 is NOT a make-up working day (the writer is wrong; 2025 National Day make-up days were 09-28 and 10-11); the gold date is still what she asked for. Phrased as a question -> still an extension request.",
  what="企业微信 mail: 'design needs two more days, 10月18日 可以吗' by task name; writer's wrong 调休 claim")
C("2716-qq-bottom-post-done", "app", "qq", "何俊", "2025-10-14 17:59:40",
  "第5项已完成，崩溃率周报已发群里。\n", "done", items=[5], bottom=True,
  notes="Bottom-posted: the new text comes after the QQ quote block. '第5项已完成' -> done [5].",
  what="QQ Mail bottom-post: new text below the 原始邮件 quote")
C("2717-thunderbird-inline-answers", "app", "thunderbird", "刘畅", "2025-10-17 10:05:00", "", "progress",
  items=[3], percent=50,
  inline=("在 2025/10/13 11:40, 纪要助手 写道:\n> 各位好：\n>\n> 纪要助手已登记本次会议的待办事项：\n> | 序号 | 事项 | 负责人 | 截止时间 |\n"
          "> | 1 | 修复题库导入脚本 | 刘畅 | 2025-10-15 18:00 |\n\n这个周二就完了。\n\n"
          "> | 3 | 埋点方案评审稿 | 刘畅 | 2025-10-20 18:00 |\n\n进度50%，周一能出初稿。\n\n"
          "> | 4 | 登录页改版设计稿 | 王梦 | 2025-10-16 18:00 |\n>\n> 如有异议请于今日内回复（截止 2025-10-13 18:00，逾期视为无异议）。\n\n-- \n刘畅 / 数字产品部\n"),
  notes="Thunderbird 8bit, inline answers under quoted recap rows: under row 1 '这个周二就完了' (already reported done in 2713), under row 3 '进度50%'. The new command is progress 50 on #3 (the row it answers). A careful assistant also sees #1 reported done again (no change). Scorer: intent progress, items [3].",
  what="Thunderbird: inline answers under quoted rows #1 and #3; progress 50% on row 3")
C("2718-gmail-mobile-ok-en", "app", "gmail_mobile", "王梦", "2025-10-13 12:02:41",
  "OK 👌\n", "confirm",
  notes="Gmail Android app, English attribution 'On Mon, 13 Oct 2025, 11:40 纪要助手, <…> wrote:'. 'OK' = confirm.",
  what="Gmail mobile: 'OK 👌' only")
C("2719-coremail-object-by-task", "app", "coremail", "唐卫东", "2025-10-13 14:10:27",
  "埋点方案这个我有异议：要等数据平台选型定了再写，20号太早，先不要算进本迭代。\n\n唐卫东\n数字产品部总监\n", "object",
  notes="The organizer/head objects to the 埋点方案 item (#3) by task words, no number -> object, items []. '20号' is in the reason.",
  what="Coremail: organizer objects to '埋点方案' by task words")

# ----- recap "intl" (Mon 2025-10-20), English recap, partners
C("2720-outlook-en-push-item2", "intl", "outlook_en", "Kim Minji", "2025-10-21 09:12:00",
  "Hi Michael,\n\nCan we push #2 to the 31st? Our legal team is reviewing clause 7 this week.\n\nBest regards,\nMinji Kim\nRights Manager | Hanbit Education\n" + DISC_EN,
  "extend", items=[2], new_due="2025-10-31", check=lambda d: D("2025-10-31"),
  notes="Seoul partner via Outlook en-US 'RE:'. 'push #2 to the 31st' -> extend [2], the 31st of the current month = 2025-10-31. English disclaimer after the signature.",
  what="Outlook en: 'Can we push #2 to the 31st?' + legal disclaimer")
C("2721-gmail-ja-done", "intl", "gmail", "Sato Kenji", "2025-10-30 16:20:10",
  "Zhou-san,\n\nItem 1 done - translation sample for chapters 1-2 is attached.\n\nSato\n", "done", items=[1],
  quote="gmail_ja",
  notes="Tokyo partner, Gmail with Japanese UI: attribution '2025年10月20日(月) 17:05 纪要助手 <…>:' (no 'wrote'). 'Item 1 done' -> done [1].",
  what="Gmail ja-UI quote header 'YYYY年M月D日(月) H:MM name <addr>:' + 'Item 1 done'")
C("2722-gmail-ko-need-more-days", "intl", "gmail", "Kim Minji", "2025-10-23 10:03:55",
  "Sorry, need two more days on item 2 - the contract draft goes to our CEO on Friday.\n\nMinji\n", "extend",
  items=[2], new_due=None, quote="gmail_ko",
  notes="Korean-UI Gmail attribution '2025년 10월 20일 (월) 오후 5:05, … 님이 작성:'. 'need two more days on item 2' -> extend [2]. The new date is not written: 'two more days' is relative to the current due (10-24 -> 10-26, a Sunday) and not a date in the text; gold new_due_date null (convention: only an explicit date/phrase resolvable from the Date header is recorded). Ambiguous; a careful assistant would ask or record +2 days.",
  what="Gmail ko-UI: 'need two more days on item 2' (relative extension, no date)")
C("2723-gmail-vi-progress", "intl", "gmail", "Nguyen Thi Lan", "2025-10-27 15:45:00",
  "Dear Mr. Zhou,\n\nGlossary review: about 40% done, 212 of 530 terms checked so far.\n\nBest,\nLan\n", "progress",
  percent=40, quote="gmail_vi",
  notes="Vietnamese-UI Gmail 'Vào Th 2, 20 thg 10, 2025 vào lúc 17:05 … đã viết:'. 'about 40% done' -> progress 40 (not done); '212 of 530' is not a percent to record. Glossary = #3 by task words, items [].",
  what="Gmail vi-UI: 'Glossary review: about 40% done' (progress, not done)")
C("2724-outlook-fr-cover-by-date", "intl", "outlook_fr", "Claire Dubois", "2025-10-24 11:30:00",
  "Bonjour Michael,\n\nFor item 4 (cover proposal) our designer is on leave: could we move it to November 4?\n\nBien cordialement,\nClaire Dubois\nÉditions Lumière – Droits étrangers\n",
  "extend", items=[4], new_due="2025-11-04", check=lambda d: D("2025-11-04"),
  notes="Outlook fr-FR: 'RE : ' subject prefix with the space, quote 'De : / Envoyé : / À : / Objet :'. 'move it to November 4' -> extend [4], 2025-11-04.",
  what="Outlook fr-FR quote (De : / Envoyé : / Objet :): item 4 moved to November 4")
C("2725-gmail-fr-thanks-question", "intl", "gmail", "Claire Dubois", "2025-10-20 18:30:00",
  "Merci ! Quick question: is the cover for the French edition supposed to follow the Chinese layout or can we redesign?\n\nClaire\n",
  "unknown", quote="gmail_fr",
  notes="French Gmail 'Le lun. 20 oct. 2025 à 17:05, … a écrit :'. A question, no command -> intent unknown, nothing changes (bot should forward the question to the organizer, not confirm).",
  what="Gmail fr-UI: a question about the cover (no command)")
C("2726-outlook-pl-done-quote", "intl", "outlook_pl", "Tomasz Nowak", "2025-10-27 08:55:12",
  "Hello,\n\nPrint quote for 5,000 copies sent to Jenny this morning - #5 completed.\n\nPozdrawiam / Regards\nTomasz Nowak\nDrukarnia Wisła Sp. z o.o.\ntel. +48 12 345 67 89\n",
  "done", items=[5],
  notes="Outlook pl-PL 'ODP:' with 'Od: / Wysłane: / Do: / Temat:' quote, iso-8859-2 QP. '#5 completed' -> done [5]. '5,000 copies' is not an item number.",
  what="Outlook pl-PL iso-8859-2 (ODP:, Od:/Wysłane:): '#5 completed'; 5,000 is not an item")
C("2727-gmail-pl-ui-progress", "intl", "gmail", "Tomasz Nowak", "2025-10-22 13:10:00",
  "Quick status on the quote: 50% - paper prices from our supplier come tomorrow.\n\nTomasz\n", "progress", percent=50,
  quote="gmail_pl",
  notes="Same partner earlier, from Gmail with Polish UI: 'pon., 20 paź 2025 o 17:05 … napisał(a):'. Progress 50 on the print quote (#5, by words), items [].",
  what="Gmail pl-UI attribution 'napisał(a):': progress 50% by task words")
C("2728-gmail-nl-extend-by-friday", "intl", "gmail", "Jan de Vries", "2025-10-28 17:20:00",
  "Hi all,\n\nThe distribution terms (item 7) need sign-off from our board; can we make it next Friday?\n\nMet vriendelijke groet,\nJan de Vries\n",
  "extend", items=[7], new_due="2025-11-07", check=lambda d: next_week(d, 4),
  quote="gmail_nl",
  notes="Dutch Gmail 'Op ma 20 okt 2025 om 17:05 schreef …:'. Sent Tue 2025-10-28: 'next Friday' = Friday of the following calendar week (README 下周X rule) = 2025-11-07. English 'next Friday' is genuinely ambiguous (some read 10-31); the gold follows the 下周 convention.",
  what="Gmail nl-UI: item 7 'next Friday' (following calendar week)")
C("2729-thunderbird-de-done", "intl", "thunderbird_de", "Lukas Weber", "2025-10-24 09:40:00",
  "Hello,\n\nthe paper spec sheet is attached, item 8 is done from our side.\n\nViele Grüße\nLukas Weber\nPapier Weber GmbH\n",
  "done", items=[8],
  notes="Thunderbird German: 'AW:' prefix, 'Am 20.10.25 um 17:05 schrieb 纪要助手:' attribution, format=flowed 8bit. 'item 8 is done' -> done [8].",
  what="Thunderbird de (AW:, 'Am … schrieb …:'): item 8 done")
C("2730-gmail-es-confirm", "intl", "gmail", "María García", "2025-10-20 19:02:00",
  "Confirmed, thanks. Sample list for Spain will follow by the 31st as agreed.\n\nSaludos,\nMaría\n", "confirm",
  quote="gmail_es",
  notes="Spanish Gmail 'El lun, 20 oct 2025 a las 17:05, … (<…>) escribió:'. 'Confirmed' -> confirm. 'by the 31st as agreed' repeats the existing due date; not an extension.",
  what="Gmail es-UI: 'Confirmed … by the 31st as agreed' (no extension)")
C("2731-outlook-mac-schedule-done", "intl", "outlook_mac", "许静", "2025-10-24 16:12:33",
  "Michael,\n\nMaster schedule updated with all partners' dates, shared on the drive. Done.\n\nJenny Xu 许静\nInternational Cooperation Dept.\nM: +86 138 1122 3344\n",
  "done",
  notes="Outlook for Mac English. 许静 owns only #6 (master schedule update), named by words -> done, items [].",
  what="Outlook for Mac en: 'Master schedule updated … Done.' by task words")
C("2732-iphone-en-ack-on-attribution", "intl", "iphone_en", "周晓明", "2025-10-20 17:30:00",
  "", "confirm",
  inline=("Confirmed from my side. On Oct 20, 2025, at 17:05, 纪要助手 <%s> wrote:\n>\n" % R["intl"].reply_to) + q_lines(R["intl"].text) + "\nSent from my iPhone\n",
  notes="Organizer replying from iPhone typed on the attribution line: 'Confirmed from my side. On Oct 20, 2025, at 17:05, … wrote:'. The new text is the part before 'On'. -> confirm.",
  what="iPhone en: reply typed on the attribution line")
C("2733-owa-ooo-auto", "intl", "owa", "许静", "2025-10-21 02:00:00",
  "自动回复：我10月21日至10月23日在法兰克福书展出差，期间邮件回复会延迟。紧急事项请联系周晓明（zhouxm@bowenedu.example.cn）。\n\nAutomatic reply: I am at the Frankfurt Book Fair from 21 to 23 October.\n",
  None, kind="auto", subject="自动回复: Re: Co-edition partner sync - minutes (20 Oct)",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "xujing@" + DOM)],
  notes="Out-of-office auto-reply from Microsoft 365 (Auto-Submitted: auto-replied, 自动回复: subject). Kind auto, reply null: changes nothing, and the dates in it are not an extension.",
  what="Microsoft 365 OOF auto-reply to the recap -> kind auto")

# ----- recap "hk" (Mon 2025-11-03), Hong Kong
C("2734-outlook-tw-hk-done-item1", "hk", "outlook_tw", "黃嘉欣", "2025-11-06 18:22:10",
  "Eric,\n\n第一項已完成，排版檔已上載到 NAS。\n\nKaren Wong 黃嘉欣\n香港編輯部\nT: +852 2345 6789\n", "done", items=[1], quote="none",
  notes="Hong Kong writer, Outlook zh-TW (big5 body: she replies without including the original, an Outlook option; matching relies on In-Reply-To/the signed To). '第一項已完成' -> done [1] (Chinese numeral, Traditional 項).",
  what="Outlook zh-TW HK writer: 第一項已完成")
C("2735-gmail-hk-mixed-extend", "hk", "gmail", "黃嘉欣", "2025-11-10 12:40:00",
  "Eric, 書展物料要等攤位圖則, 可唔可以 push 去 11月19號? Thx\n\nKaren\n", "extend",
  new_due="2025-11-19", check=lambda d: D("2025-11-19"),
  notes="Cantonese/English mix on Gmail English UI. '書展物料' names #3 (書展攤位物料); 黃嘉欣 has #1 (done in 2734) and #3 open. '11月19號' -> 2025-11-19. No number -> items [].",
  what="Gmail en-UI, Cantonese + English: 'push 去 11月19號' by task words")
C("2736-foxmail-hk-object-circled", "hk", "foxmail", "梁志偉", "2025-11-03 16:05:00",
  "我對第②項有異議：樣章需要等北京的課程標準對照，11月12日做不到，建議另外開會再定。\n\n梁志偉\n", "object", items=[2],
  charset="big5",
  notes="Foxmail on Traditional Windows (default big5); the quoted recap holds simplified characters, so the mail goes out as UTF-8. The organizer objects to his own #2 (②), reason with a date. -> object [2].",
  what="Foxmail (big5 default -> UTF-8): 第②項有異議 with a date in the reason")

# ----- recap "sales" (Mon 2025-12-01)
C("2737-exmail-confirm-and-done", "sales", "exmail", "赵琳", "2025-12-03 15:12:00",
  "邓经理，征订系统报表已经导出发你邮箱了，第3项完成。其余两项确认。\n\n赵琳 Linda\n发行部\n", "done", items=[3],
  notes="腾讯企业邮 (QQ style). '第3项完成' -> done [3]; '其余两项确认' is a confirm of the rest, secondary. Primary intent done.",
  what="腾讯企业邮: 第3项完成 + '其余两项确认' in the same mail")
C("2738-gmail-zh-progress-percent-sign-fullwidth", "sales", "gmail_zh", "钱伟", "2025-12-08 10:30:00",
  "邓经理：返点核算目前进度９０％，华东三家经销商的退货数据还没回来。\n\n钱伟\n", "progress", percent=90,
  notes="Full-width digits and percent sign '９０％' -> progress 90. 钱伟 owns #2 and #4; '返点核算' names #2, items [].",
  what="Gmail zh: full-width '进度９０％' by task words (sender owns two items)")
C("2739-mailmaster-done-no-ref-two-open", "sales", "mailmaster", "钱伟", "2025-12-04 18:05:00",
  "已完成\n\n发自网易邮箱大师\n", "done",
  notes="钱伟 has #2 (返点核算, due 12-10) and #4 (拜访名单, due 12-04, today) open and writes only '已完成'. Gold done, items []; the bot must ask which (a human might guess #4 because it is due today, but that is a guess). Nothing should change automatically.",
  what="网易邮箱大师: bare '已完成' when the sender has two open items")
C("2740-outlook-zh-extend-workdays", "sales", "outlook_zh", "钱伟", "2025-12-09 16:45:00",
  "邓经理，\n\n第2项经销商返点核算申请延期3个工作日，财务那边年底结账排队。\n\n钱伟\n发行部 结算岗\n", "extend", items=[2],
  new_due="2025-12-12", check=lambda d: add_workdays(d, 3),
  notes="Tue 2025-12-09: '延期3个工作日' counted from the reply's Date (README working-day rule: start the day after sending) -> Wed 10, Thu 11, Fri 12 = 2025-12-12. Counting from the old due 12-10 would give 12-15; the README rule counts from the send date. Ambiguous; stated in README.",
  what="Outlook zh-CN: 第2项 延期3个工作日 (working days from the reply Date)")
C("2741-163web-question-no-change", "sales", "163web", "许静", "2025-12-01 11:02:00",
  "请问寒假征订方案需要国际部提供海外华校的数据吗？如需要我周三前整理给琳琳。\n", "unknown", charset="GBK",
  notes="A question from a participant with no item in this recap; '周三前' is her own offer, not a command or item. Intent unknown, nothing changes.",
  what="163 web: question with an offer '周三前' (no command)")

# ----- recap "yearend" (Mon 2025-12-29) around New Year 2026
C("2742-foxmail-extend-after-new-year", "yearend", "foxmail", "顾建华", "2025-12-30 17:10:00",
  "严总：\n产能确认要等纸厂元旦后回复，第1项申请延期到节后第一个工作日。\n" + SIG_GU, "extend", items=[1],
  new_due="2026-01-04", check=lambda d: first_workday_after_holiday(d),
  notes="New Year 2026 holiday 01-01..01-03 with 2026-01-04 (Sunday) a make-up working day (chinesecalendar). '节后第一个工作日' = the first working day after the holiday = 2026-01-04 (Sunday, 调休).",
  what="Foxmail GBK: 延期到节后第一个工作日 = Sunday 2026-01-04 make-up day")
C("2743-wecom-extend-next-monday", "yearend", "wecom", "蒋敏", "2025-12-31 09:05:00",
  "严总，盘点表第2项要推到下周一，元旦期间仓库封账。\n", "extend", items=[2],
  new_due="2026-01-05", check=lambda d: next_week(d, 0),
  notes="Wed 2025-12-31: '下周一' = Monday of the following calendar week = 2026-01-05 (a working day). The old due was also 01-05, so the request changes nothing in effect; gold records what was asked.",
  what="企业微信: 第2项推到下周一 across New Year (same as old due)")
C("2744-dingtalk-confirm-ok-cn", "yearend", "dingtalk", "孙丽", "2025-12-29 14:30:00",
  "好的，无异议。\n", "confirm",
  notes="钉钉 mail: '无异议' contains '异议' but is confirm.",
  what="钉钉 mail: '好的，无异议' (contains 异议, means confirm)")
C("2745-applemail-object-organizer-en", "yearend", "applemail", "赵琳", "2025-12-29 15:20:00",
  "严总，第4项我这边有异议：春季征订数据1月6日只能出初版，终版要1月15日，建议拆成两项。\n\nLinda\n", "object", items=[4],
  notes="Apple Mail (macOS, English UI attribution 'On 29 Dec 2025, at 14:02, … wrote:') with Chinese text. 第4项有异议 -> object [4]; dates in the reason.",
  what="Apple Mail macOS: 第4项有异议 with two dates in the reason")
C("2746-outlook-en-ui-done-item2-disclaimer", "yearend", "outlook_en", "蒋敏", "2026-01-05 10:15:00",
  "严总，南通仓盘点表已上传OA，第二项完成。\n\n蒋敏\n南通印务 仓储设备科\n" + DISC_ZH, "done", items=[2],
  notes="Outlook with English UI (From:/Sent:/To:/Subject:) used by a Chinese writer, on Mon 2026-01-05. '第二项完成' -> done [2]. Chinese disclaimer after the signature.",
  what="Outlook en-UI, Chinese writer: 第二项完成 + disclaimer")
C("2747-gmail-en-sloppy-progress-wrapped-attr", "yearend", "gmail", "孙丽", "2026-01-07 09:40:00",
  "Hi 严总, items 3 is 60% there – contract draft with legal, should wrap up by Friday.\n\nLily Sun\n", "progress", items=[3],
  percent=60,
  notes="Sloppy English ('items 3 is 60% there'). Gmail wraps the long 'On … <minutes+token@…>' attribution over two lines before 'wrote:' in text/plain. -> progress [3] 60. 'by Friday' is a forecast within the current due (01-09), not an extension.",
  what="Gmail en: 'items 3 is 60% there … by Friday' (forecast, not extend)")
C("2748-coremail-ooo-auto", "yearend", "coremail", "严国平", "2025-12-31 12:00:00",
  "您好，我已收到您的邮件。本人12月31日至1月4日休假，期间不便查看邮件，急事请致电。\n", None, kind="auto",
  subject="自动回复:Re: 年末印制与库存盘点协调会纪要",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  notes="Coremail vacation auto-reply ('自动回复:' subject, Auto-Submitted: auto-replied). Kind auto, reply null.",
  what="Coremail vacation auto-reply -> kind auto")
C("2749-gmail-zh-vague-which-item", "yearend", "gmail_zh", "顾建华", "2026-01-04 08:50:00",
  "严总，差不多了，今天能弄完。\n\n老顾\n", "unknown",
  notes="Sunday 2026-01-04 (make-up working day). 顾建华 has only #1 open, but '差不多了，今天能弄完' is neither done nor a percent nor a new date: no command -> intent unknown, nothing changes. A careful assistant does not mark it done.",
  what="Gmail zh: '差不多了，今天能弄完' (not done, no percent) -> no change")
C("2750-iphone-zh-done-by-name-wrapped", "print", "iphone", "孙丽", "2025-09-30 11:20:00",
  "纸张比价报告弄好了，已经发严总邮箱\n\n发自我的 iPhone\n", "done",
  notes="孙丽 owns only #3 in the print recap; '纸张比价报告弄好了' names it -> done, items []. (She reported 70% in 2704.)",
  what="iPhone zh: '纸张比价报告弄好了' (done by task words)")


def check():
    errs = []
    for c in CASES:
        g = c["gold"]["reply"]
        if g and g["new_due_date"]:
            if not c["check"]:
                errs.append("%s: no check for date" % c["slug"]); continue
            got = c["check"](c["t"].astimezone(TZ8).date())
            if got is None or got.isoformat() != g["new_due_date"]:
                errs.append("%s: gold %s != computed %s" % (c["slug"], g["new_due_date"], got))
        if g and g["intent"] == "extend" and not c["check"] and g["new_due_date"] is None:
            pass
    for r in R.values():
        for row in r.rows:
            d = D(row[3][:10])
            if not is_work(d):
                errs.append("recap %s row %d due on non-working day %s" % (r.key, row[0], d))
    if not cc.is_workday(D("2025-09-28")) or cc.is_workday(D("2025-10-18")) or not cc.is_workday(D("2026-01-04")):
        errs.append("calendar assumption broken")
    return errs


def main():
    args = sys.argv[1:]
    errs = check()
    if "--check" in args:
        print("\n".join(errs) or "OK: %d cases, all gold dates match chinesecalendar" % len(CASES))
        sys.exit(1 if errs else 0)
    if errs:
        sys.exit("\n".join(errs))
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for n, _, _, _, _ in ROSTER:
            p = P[n]
            w.writerow([n, p["email"], p["department"], p["manager_email"], p["aliases"]])
    for c in CASES:
        (out / (c["slug"] + ".eml")).write_bytes(build(c))
        (out / (c["slug"] + ".json")).write_text(json.dumps(c["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
