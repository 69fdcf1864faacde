#!/usr/bin/env python3
"""Blind reply set replies17 for minutebot (cases 3601-).

    /work/blind/venv/bin/python make_replies17.py          # write .eml/.json pairs, roster.csv into this folder
    /work/blind/venv/bin/python make_replies17.py --check  # only re-check: every gold date against chinesecalendar,
                                                           # every .eml parses without defects, schema of every .json

Deterministic: no clock, no randomness. MIME/header helpers adapted from the dev corpus (mailkit.py, a copy of the
helper half of make_corpus.py); the company, people, recaps, clients and cases are new.
"""
import datetime as dt
import email
import json
import sys
from email import policy
from pathlib import Path

import chinese_calendar as cc

import mailkit as K
from mailkit import (leaf, multi, envelope, serialize, hx, hb64, rfc_date, esc, htext, haddr, encoded_words,
                     thread_index, render_text, render_divs, Tbl, BR, Message)

HERE = Path(__file__).resolve().parent
D = dt.date


def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


SH = TZ(8)
DOM = "qiheng-auto.example.cn"
K.DOM = DOM
BOT = ("纪要助手", "minutes@" + DOM)
K.BOT = BOT

# ------------------------------------------------------------------------------------------------ roster
# name, email local or full address, department, manager local ('' for heads), aliases
ROSTER = [
    ("沈建明", "shenjm", "项目部", "", "沈总;Shen Jianming;Jimmy Shen"),
    ("顾晓东", "guxd", "项目部", "shenjm", "顾工;Gu Xiaodong;Tony Gu"),
    ("陆佳怡", "lujy", "项目部", "shenjm", "Lu Jiayi;Joy Lu;佳怡"),
    ("钱浩", "qianhao", "项目部", "shenjm", "Qian Hao;Harry Qian;浩子"),
    ("严志刚", "yanzg", "项目部", "shenjm", "Yan Zhigang;Zack Yan;严工"),
    ("Carlos Mendoza", "carlos.mendoza", "项目部", "shenjm", "Carlos;门多萨"),
    ("Bence Kovács", "bence.kovacs", "项目部", "shenjm", "Bence;Kovács Bence;Bence Kovacs"),
    ("Nurul Aisyah", "nurul.aisyah", "项目部", "shenjm", "Nurul;Aisyah"),
    ("Budi Santoso", "budi.santoso", "项目部", "shenjm", "Budi;Pak Budi"),
    ("Nguyễn Văn Minh", "minh.nguyen", "项目部", "shenjm", "Minh;Nguyen Van Minh;阮文明"),
    ("许文斌", "xuwb", "电气部", "", "许经理;Xu Wenbin;Wilson Xu"),
    ("蒋磊", "jianglei", "电气部", "xuwb", "蒋工;Jiang Lei;Ray Jiang"),
    ("唐欣", "tangxin", "电气部", "xuwb", "Tang Xin;Cindy Tang;小唐"),
    ("潘一鸣", "panym", "视觉部", "", "潘博;Pan Yiming;Ethan Pan"),
    ("韩雪", "hanxue", "视觉部", "panym", "Han Xue;Snow Han;小韩"),
    ("周立群", "zhoulq", "机器人部", "", "周经理;Zhou Liqun;Leo Zhou"),
    ("吕鹏", "lvpeng", "机器人部", "zhoulq", "吕工;Lv Peng;Lyu Peng;Peter Lv"),
    ("朱慧", "zhuhui", "采购部", "", "朱经理;Zhu Hui;Helen Zhu"),
    ("孔令杰", "konglj", "采购部", "zhuhui", "小孔;Kong Lingjie;Jay Kong"),
    ("曹敏", "caomin", "质量部", "", "曹经理;Cao Min;Grace Cao"),
    ("Agnieszka Nowak", "agnieszka.nowak", "质量部", "caomin", "Agnieszka;Aga Nowak"),
    ("林志豪", "lin.zhihao", "台中办事处", "", "林經理;林经理;Lin Chih-hao;Jeff Lin"),
    ("陳怡君", "chen.yijun", "台中办事处", "lin.zhihao", "陈怡君;Chen Yi-chun;Iris Chen;怡君"),
]
P = {}
for name, local, dep, mgr, al in ROSTER:
    P[name] = {"name": name, "email": "%s@%s" % (local, DOM), "department": dep,
               "manager_email": ("%s@%s" % (mgr, DOM)) if mgr else "", "aliases": al}
EXT = {
    "山田 健太": "k.yamada@meiki-seiki.example.jp",          # 名古屋精機 (Nagoya parts supplier)
    "Lukas Brunner": "lukas.brunner@alpenlogic.example.ch",  # Swiss software partner (Zürich)
    "Jan de Vries": "jan.devries@alpenlogic.example.ch",
    "Claire Dubois": "claire.dubois@alpenlogic.example.ch",
    "김민준": "minjun.kim@hanul-battery.example.hu",         # customer, Hungary plant
    "María González": "maria.gonzalez@nortena-autopartes.example.mx",  # customer, Monterrey
}


def who(n):
    if isinstance(n, tuple):
        return n
    if n in P:
        return (n, P[n]["email"])
    if n == BOT[0]:
        return BOT
    return (n, EXT[n])


K.who = who

# ------------------------------------------------------------------------------------------------ calendar
def workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def weekday_on_or_after(d, wd):
    """README: bare weekday = this week's if not past, else next week's (on-or-after the send date)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def next_week(d, wd):
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + wd)


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not workday(d):
        d += dt.timedelta(days=1)
    return d


def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------ meetings / recaps
class Recap:
    def __init__(self, key, title, organizer, held, rows, people, lang="zh", problems=()):
        self.key, self.title, self.organizer, self.rows, self.lang = key, title, organizer, rows, lang
        self.t = held  # recap sent time (Asia/Shanghai)
        self.to = [who(x) for x in people]
        cutoff_day = held.date() if (workday(held.date()) and held.hour < 18) else first_workday_after(held.date())
        cut = "%s 18:00" % cutoff_day.isoformat()
        self.cutoff = cut
        self.msgid = "<r.%s.%s@%s>" % (held.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
        self.minutes_id = "<%s.%s@%s>" % (hx(key + "m", 16), held.strftime("%Y%m%d"), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx(key + "tok", 14), DOM))
        self.subject = ("Re: " if lang == "zh" else "Re: ") + title
        self.blocks = K.recap(rows, cut, problems, lang)
        self.text = render_text(self.blocks)
        self.html = render_divs(self.blocks)


def R(n, task, owner, due):
    return (n, task, owner, due)


T0 = lambda s: dt.datetime.fromisoformat(s).replace(tzinfo=SH)  # noqa: E731

M = {}
M["mty"] = Recap("mty", "蒙特雷焊装线项目周会纪要 2026-09-14", "顾晓东", T0("2026-09-14 16:07:21"), [
    R(1, "完成焊装线PLC程序V2.3现场下装", "Carlos Mendoza", "2026-09-18"),
    R(2, "提交机器人TCP标定报告", "吕鹏", "2026-09-17"),
    R(3, "确认第二批安全光栅到货时间", "孔令杰", "2026-09-16"),
    R(4, "更新客户FAT问题清单", "顾晓东", "2026-09-21"),
    R(5, "视觉定位相机补光方案评审", "韩雪", "2026-09-22")],
    ["顾晓东", "Carlos Mendoza", "吕鹏", "孔令杰", "韩雪", "沈建明"])
M["hu"] = Recap("hu", "匈牙利电池模组线项目例会 2026-09-22", "陆佳怡", T0("2026-09-22 15:42:09"), [
    R(1, "提交模组堆叠工位节拍优化方案", "蒋磊", "2026-09-29"),
    R(2, "完成HMI匈牙利语/英语界面翻译校对", "Bence Kovács", "2026-09-30"),
    R(3, "与客户确认SAT验收标准", "陆佳怡", "2026-09-28"),
    R(4, "来料检验复测（电芯夹具）", "Agnieszka Nowak", "2026-09-30"),
    R(5, "更新电气图纸至Rev.D", "唐欣", "2026-10-09"),
    R(6, "整理现场备件清单", "Bence Kovács", "2026-10-09")],
    ["陆佳怡", "蒋磊", "Bence Kovács", "Agnieszka Nowak", "唐欣", "沈建明", "김민준"])
M["pg"] = Recap("pg", "槟城AOI视觉检测项目沟通会 2026-10-09", "钱浩", T0("2026-10-09 14:12:40"), [
    R(1, "完成AOI视觉算法误判率复测", "韩雪", "2026-10-14"),
    R(2, "提交相机支架改版图纸", "Nguyễn Văn Minh", "2026-10-13"),
    R(3, "与客户确认节拍目标（≤3.2s/件）", "Nurul Aisyah", "2026-10-12"),
    R(4, "安排工控机备件发货", "孔令杰", "2026-10-16")],
    ["钱浩", "韩雪", "Nguyễn Văn Minh", "Nurul Aisyah", "孔令杰", "潘一鸣"])
M["ngy"] = Recap("ngy", "名古屋精機 减速机交期协调会 2026-10-12", "朱慧", T0("2026-10-12 11:05:33"), [
    R(1, "回复RV-40E减速机正式交期", "山田 健太", "2026-10-15"),
    R(2, "提供替代型号技术对比表", "山田 健太", "2026-10-16"),
    R(3, "评估替代减速机对机器人负载的影响", "周立群", "2026-10-19"),
    R(4, "更新采购交期跟踪表", "孔令杰", "2026-10-14")],
    ["朱慧", "山田 健太", "周立群", "孔令杰", "吕鹏"])
M["mes"] = Recap("mes", "MES / OPC UA integration sync 2026-10-13", "许文斌", T0("2026-10-13 17:20:02"), [
    R(1, "Deliver OPC UA interface spec v1.2", "Lukas Brunner", "2026-10-16"),
    R(2, "Set up test PLC with OPC UA server", "蒋磊", "2026-10-15"),
    R(3, "Fix timestamp drift in data collector", "Jan de Vries", "2026-10-20"),
    R(4, "Review license terms for site deployment", "Claire Dubois", "2026-10-23"),
    R(5, "Prepare joint test plan", "唐欣", "2026-10-19"),
    R(6, "Update PLC tag list for MES mapping", "蒋磊", "2026-10-20")],
    ["许文斌", "Lukas Brunner", "Jan de Vries", "Claire Dubois", "蒋磊", "唐欣"], lang="en")
M["tc"] = Recap("tc", "台中辦事處業務週會 2026-10-14", "林志豪", T0("2026-10-14 16:31:55"), [
    R(1, "整理精密机械展客户名单", "陳怡君", "2026-10-16"),
    R(2, "提交台中客户视觉检测报价", "潘一鸣", "2026-10-20"),
    R(3, "安排客户来苏州参观行程", "林志豪", "2026-10-23"),
    R(4, "提供设备交期承诺书", "沈建明", "2026-10-19")],
    ["林志豪", "陳怡君", "潘一鸣", "沈建明"])
M["idn"] = Recap("idn", "印尼Cikarang包装线项目启动会 2026-10-15", "严志刚", T0("2026-10-15 15:10:12"), [
    R(1, "完成现场勘测报告", "Budi Santoso", "2026-10-20"),
    R(2, "确认码垛机器人选型", "吕鹏", "2026-10-21"),
    R(3, "提交项目进度计划（甘特图）", "严志刚", "2026-10-19"),
    R(4, "准备出口报关资料", "孔令杰", "2026-10-23"),
    R(5, "PLC选型与客户标准对齐", "蒋磊", "2026-10-22")],
    ["严志刚", "Budi Santoso", "吕鹏", "孔令杰", "蒋磊", "沈建明"])
M["mty2"] = Recap("mty2", "蒙特雷停线问题处理会 2026-10-19", "顾晓东", T0("2026-10-19 10:48:30"), [
    R(1, "提交停线8D报告", "Carlos Mendoza", "2026-10-22"),
    R(2, "更换夹爪气缸并验证", "吕鹏", "2026-10-21"),
    R(3, "客户确认备件清单", "María González", "2026-10-23"),
    R(4, "视觉程序回滚测试", "韩雪", "2026-10-21")],
    ["顾晓东", "Carlos Mendoza", "吕鹏", "María González", "韩雪", "曹敏"])


# ------------------------------------------------------------------------------------------------ quote styles
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def qlines(text, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l else prefix.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


def header_block(rec, tq, labels, when, sep="", addr_fmt="%s <%s>", joiner="; ", colon=": "):
    """Outlook-family header block: localized labels (From/Sent/To/Cc/Subject)."""
    f, s, t, c, subj = labels
    tos = joiner.join(addr_fmt % x for x in rec.to[:1])
    ccs = joiner.join(addr_fmt % x for x in rec.to[1:])
    lines = []
    if sep:
        lines.append(sep)
    lines += ["%s%s%s" % (f, colon, addr_fmt % BOT), "%s%s%s" % (s, colon, when), "%s%s%s" % (t, colon, tos)]
    if ccs:
        lines.append("%s%s%s" % (c, colon, ccs))
    lines.append("%s%s%s" % (subj, colon, rec.subject))
    text = "\n" + "\n".join(lines) + "\n\n" + rec.text
    hl = "<br>".join("<b>%s</b>%s" % (esc(l.split(colon, 1)[0] + colon.rstrip()), esc(" " + l.split(colon, 1)[1]))
                     if colon in l else esc(l) for l in lines)
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
         '<p class="MsoNormal">%s</p></div></div><div>%s</div>' % (hl, rec.html))
    return text, h


def attribution(rec, attr, cls="gmail_quote", wrap=None):
    # Gmail's plain part wraps a long attribution at a space, typically leaving 'wrote:' on its own line
    a = attr if wrap is None else attr.replace(" wrote:", "\nwrote:")
    text = "\n\n" + a + "\n\n" + qlines(rec.text)
    h = ('<br><div class="%s"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
         'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
         '</div>' % (cls, esc(attr), rec.html))
    return text, h


def h12(t):
    return t.hour % 12 or 12


# ------------------------------------------------------------------------------------------------ clients
def _fits(text, label):
    try:
        text.encode(K.codec(label))
        return True
    except UnicodeEncodeError:
        return False


def haddr(name, email, label="utf-8", mode="B", quote=False):
    """Per-address charset fallback: clients switch a name they cannot encode to UTF-8."""
    return K.haddr(name, email, label if _fits(name, label) else "utf-8", mode, quote)


def base_headers(frm, rec, subject, t, label="utf-8", mode="B", quote=False, cc_all=True, extra_to=()):
    fn, fe = who(frm)
    to = [rec.reply_to] + list(extra_to) if cc_all != "auto" else [BOT]
    ccs = [x for x in rec.to if x[1] != fe] if cc_all is True else []
    h = [("From", haddr(fn, fe, label, mode, quote)),
         ("To", ", ".join(haddr(n, e, label, mode, quote) for n, e in to))]
    if ccs:
        h.append(("Cc", ",\n ".join(haddr(n, e, label, mode, quote) for n, e in ccs)))
    h += [("Subject", htext(subject, label, mode)), ("Date", rfc_date(t))]
    return h


def threading(rec):
    return [("In-Reply-To", rec.msgid), ("References", rec.minutes_id + "\n " + rec.msgid)]


def html_of(new_text):
    return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new_text.split("\n"))


# what each client puts in front of the subject of a reply
PREFIX = {"qq": "回复：", "wecom": "回复：", "foxmail": "回复: ", "outlook_zh": "答复: ", "owa": "答复: ",
          "outlook_tw": "回覆: ", "outlook_en": "RE: ", "outlook_es": "RE: ", "outlook_hu": "Válasz: ",
          "outlook_pl": "Odp: ", "outlook_de": "AW: ", "outlook_fr": "RE : ", "outlook_ja": "RE: ",
          "outlook_vi": "RE: ", "outlook_nl": "RE: ", "outlook_mac": "回复: ", "163": "Re:", "mailmaster": "回复:",
          "coremail": "Re:", "dingtalk": "回复：", "feishu": "回复：", "gmail": "Re: ", "gmail_mobile": "Re: ",
          "iphone": "回复：", "apple": "Re: ", "thunderbird": "Re: "}


def build(c):
    """c: case dict. Returns a Message."""
    rec, t, client, seed = c["rec"], c["t"], c["client"], c["slug"]
    frm = who(c["from"])
    new = c["text"]
    subj = c.get("subject") or (c.get("prefix", PREFIX.get(client, "Re: ")) + rec.subject)
    quote_text, quote_html = c["quote"]
    body_text = c.get("full_text") or (new + quote_text)
    body_html = c.get("full_html") or (html_of(new) + quote_html)
    cs = c.get("cs", "utf-8")
    cte = c.get("cte", "base64")
    if not _fits(body_text + body_html, cs):
        # Outlook/Foxmail/QQ fall back to UTF-8 when the quoted text has characters the default charset lacks
        cs = "utf-8"
        c["cs_used"] = cs
    c["cs_used"] = cs
    mid = c["msgid"]
    hdrs = base_headers(c["from"], rec, subj, t, c.get("hcs", cs if cs.lower() != "big5" else "big5"),
                        c.get("hmode", "B"), c.get("hquote", False), c.get("cc_all", True))
    hdrs.append(("Message-ID", mid))
    hdrs += threading(rec)
    hdrs += c.get("extra", [])
    if c.get("plain_only"):
        body = leaf("text/plain", body_text, cs, cte, params=c.get("tparams", ()), ct_quote=False)
    else:
        hdoc = c.get("html_wrap", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
                     "</head><body>%%s</body></html>" % cs) % body_html
        if c.get("html_wrap") is None:
            hdoc = hdoc
        body = multi("alternative", [leaf("text/plain", body_text, cs, cte, ct_quote=c.get("ctq", True),
                                          crlf=c.get("crlf", False)),
                                     leaf("text/html", hdoc, cs, c.get("hcte", cte), ct_quote=c.get("ctq", True),
                                          crlf=c.get("crlf", False))],
                     c.get("boundary", "----=_Part_%s" % hx(seed, 16)))
    msg = envelope(hdrs, body)
    out = Message()
    for k, v in [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", rec.reply_to[1]),
                 ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Q%s\n\tfor <%s>; %s (CST)"
                  % (c.get("host", "mail.example.net"), c.get("host", "mail.example.net"), c.get("ip", "203.0.113.%d"
                     % (int(hx(seed, 2), 16) % 200 + 20)), DOM, hx(seed + "r", 9).upper(), rec.reply_to[1],
                     rfc_date((t + dt.timedelta(seconds=4)).astimezone(SH))))]:
        out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload, out.preamble, out.epilogue = msg._payload, msg.preamble, msg.epilogue
    return out


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def add(num, slug, kind_desc, rec, frm, t, client, text, quote, gold_reply, notes, check=None, kind="reply", **kw):
    c = dict(slug="%d-%s" % (num, slug), desc=kind_desc, rec=rec, **{"from": frm}, t=t, client=client, text=text,
             quote=quote, gold=gold_reply, notes=notes, check=check, kind=kind)
    c.update(kw)
    c.setdefault("msgid", "<%s.%s@%s>" % (hx(c["slug"], 12), t.strftime("%Y%m%d%H%M%S"), who(frm)[1].split("@")[1]))
    CASES.append(c)


def T(s, tz=SH):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def loc(rec, tz):
    return rec.t.astimezone(tz)


# ---- quote factories (each gets the recap and the recipient's local zone) -----------------------------------
def q_qq(rec, tz=SH):
    t = loc(rec, tz)
    ampm = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], ampm, h12(t), t.minute)
    tos = '"%s"<%s>;' % rec.reply_to
    ccs = "".join('"%s"<%s>;' % x for x in rec.to)
    text = ("\n\n\n------------------&nbsp;原始邮件&nbsp;------------------".replace("&nbsp;", " ") +
            "\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n抄送: %s\n主题: %s\n\n\n\n" % (
                BOT[0], BOT[1], when, tos, ccs, rec.subject) + rec.text)
    h = ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div><div><b>抄送:</b>&nbsp;%s</div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (BOT[0], BOT[1], when, esc(tos), esc(ccs), esc(rec.subject), rec.html))
    return text, h


def q_outlook_zh(rec, tz=SH, owa=False):
    t = loc(rec, tz)
    when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    return header_block(rec, t, ("发件人", "发送时间", "收件人", "抄送", "主题"), when,
                        sep="________________________________" if owa else "")


def q_outlook_tw(rec, tz=SH):
    t = loc(rec, tz)
    when = "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12(t), t.minute)
    return header_block(rec, t, ("寄件者", "寄件日期", "收件者", "副本", "主旨"), when)


def q_outlook_en(rec, tz=SH):
    t = loc(rec, tz)
    when = "%s, %s %d, %d %d:%02d %s" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, h12(t), t.minute,
                                         "AM" if t.hour < 12 else "PM")
    return header_block(rec, t, ("From", "Sent", "To", "Cc", "Subject"), when,
                        sep="-----Original Message-----" if False else "")


def q_outlook_de(rec, tz):
    t = loc(rec, tz)
    wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][t.weekday()]
    mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"][t.month - 1]
    return header_block(rec, t, ("Von", "Gesendet", "An", "Cc", "Betreff"),
                        "%s, %d. %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute))


def q_outlook_es(rec, tz):
    t = loc(rec, tz)
    wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][t.weekday()]
    mo = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"][t.month - 1]
    return header_block(rec, t, ("De", "Enviado el", "Para", "CC", "Asunto"),
                        "%s, %d de %s de %d %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute))


def q_outlook_fr(rec, tz):
    t = loc(rec, tz)
    wd = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][t.weekday()]
    mo = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"][t.month - 1]
    return header_block(rec, t, ("De", "Envoyé", "À", "Cc", "Objet"),
                        "%s %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute), colon=" : ")


def q_outlook_hu(rec, tz):
    t = loc(rec, tz)
    wd = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"][t.weekday()]
    mo = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"][t.month - 1]
    return header_block(rec, t, ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
                        "%d. %s %d., %s %d:%02d" % (t.year, mo, t.day, wd, t.hour, t.minute))


def q_outlook_pl(rec, tz):
    t = loc(rec, tz)
    wd = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][t.weekday()]
    mo = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"][t.month - 1]
    return header_block(rec, t, ("Od", "Wysłane", "Do", "DW", "Temat"),
                        "%s, %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute))


def q_outlook_ja(rec, tz):
    t = loc(rec, tz)
    return header_block(rec, t, ("差出人", "送信日時", "宛先", "CC", "件名"),
                        "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute))


def q_outlook_vi(rec, tz):
    t = loc(rec, tz)
    wd = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][t.weekday()]
    return header_block(rec, t, ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
                        "%s, ngày %d tháng %d năm %d %d:%02d %s" % (wd, t.day, t.month, t.year, h12(t), t.minute,
                                                                  "SA" if t.hour < 12 else "CH"))


def q_outlook_nl(rec, tz):
    t = loc(rec, tz)
    wd = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][t.weekday()]
    mo = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"][t.month - 1]
    return header_block(rec, t, ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
                        "%s %d %s %d %02d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute))


def q_outlook_mac_en(rec, tz):
    t = loc(rec, tz)
    return header_block(rec, t, ("From", "Date", "To", "Cc", "Subject"),
                        "%s, %d %s %d at %d:%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year, t.hour,
                                                     t.minute), addr_fmt="%s <%s>", joiner=", ")


def q_outlook_mac_zh(rec, tz=SH):
    t = loc(rec, tz)
    return header_block(rec, t, ("发件人", "日期", "收件人", "抄送", "主题"),
                        "%d年%d月%d日 星期%s %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                   "上午" if t.hour < 12 else "下午", h12(t), t.minute),
                        joiner=", ", colon=": ")


def q_gmail(rec, tz, lang, wrap=None):
    t = loc(rec, tz)
    n, a = BOT[0], rec.reply_to[1]
    mo3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
    if lang == "en":
        attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()][:3], mo3, t.day, t.year, h12(t),
                                                                   t.minute, "AM" if t.hour < 12 else "PM", n, a)
    elif lang == "zh":
        attr = "%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (n, a, t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour,
                                                       t.minute)
    elif lang == "fr":
        wd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][t.weekday()]
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        attr = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (wd, t.day, mo[t.month - 1], t.year, t.hour, t.minute,
                                                                  n, a)
    elif lang == "de":
        wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][t.weekday()]
        mo = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
        attr = "Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (wd, t.day, mo[t.month - 1], t.year, t.hour,
                                                                       t.minute, n, a)
    elif lang == "nl":
        wd = ["ma", "di", "wo", "do", "vr", "za", "zo"][t.weekday()]
        mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        attr = "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (wd, t.day, mo[t.month - 1], t.year, t.hour, t.minute,
                                                                n, a)
    elif lang == "pl":
        wd = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][t.weekday()]
        mo = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
        attr = "%s %d %s %d o %02d:%02d %s <%s> napisał(a):" % (wd, t.day, mo[t.month - 1], t.year, t.hour, t.minute,
                                                               n, a)
    elif lang == "vi":
        wd = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()]
        attr = "Vào %s, %d thg %d, %d vào lúc %d:%02d %s %s <%s> đã viết:" % (
            wd, t.day, t.month, t.year, h12(t), t.minute, "SA" if t.hour < 12 else "CH", n, a)
    elif lang == "ja":
        attr = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[t.weekday()], t.hour,
                                                   t.minute, n, a)
    elif lang == "ko":
        attr = "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (
            t.year, t.month, t.day, "월화수목금토일"[t.weekday()], "오전" if t.hour < 12 else "오후", h12(t), t.minute, n, a)
    elif lang == "es":
        wd = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()]
        mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (wd, t.day, mo[t.month - 1], t.year, t.hour,
                                                                      t.minute, n, a)
    return attribution(rec, attr, wrap=wrap)


def q_apple(rec, tz, lang="zh"):
    t = loc(rec, tz)
    if lang == "zh":
        attr = "在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, BOT[0],
                                                      rec.reply_to[1])
    elif lang == "fr":
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        attr = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (t.day, mo[t.month - 1], t.year, t.hour, t.minute,
                                                              BOT[0], rec.reply_to[1])
    else:
        mo3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
        attr = "On %s %d, %d, at %02d:%02d, %s <%s> wrote:" % (mo3, t.day, t.year, t.hour, t.minute, BOT[0],
                                                               rec.reply_to[1])
    text = "\n\n" + attr + "\n\n" + qlines(rec.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br></blockquote></div><blockquote type="cite"><div>%s</div>'
         '</blockquote>' % (esc(attr), rec.html))
    return text, h


def q_foxmail(rec, tz=SH):
    t = loc(rec, tz)
    tos = BOT[0]
    ccs = "; ".join(x[0] for x in rec.to)
    text = ("\n \n发件人： %s\n发送时间： %s\n收件人： %s\n抄送： %s\n主题： %s\n" % (
        BOT[0], t.strftime("%Y-%m-%d %H:%M"), tos, ccs, rec.subject) + rec.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div><div><b>抄送：</b>&nbsp;%s</div><div><b>主题：</b>&nbsp;%s</div></div></div>'
         '<div>%s</div></blockquote>' % (rec.reply_to[1], BOT[0], t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos), esc(ccs),
                                         esc(rec.subject), rec.html))
    return text, h


def q_coremail(rec, tz=SH):
    t = loc(rec, tz)
    tos = '"%s" <%s>' % rec.reply_to
    ccs = ", ".join('"%s" <%s>' % x for x in rec.to)
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
            % (BOT[0], BOT[1], when, tos, ccs, rec.subject) + rec.text)
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (BOT[0], BOT[1], when, esc(tos), esc(ccs), esc(rec.subject), rec.html))
    return text, h


def q_163(rec, tz=SH):
    t = loc(rec, tz)
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), BOT[0], rec.reply_to[1])
    text = "\n\n\n\n\n\n\n\n" + attr + "\n" + qlines(rec.text, ">")
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>%s'
         '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px '
         'solid">%s</blockquote>' % (esc(attr), rec.html))
    return text, h


def q_mailmaster(rec, tz=SH):
    t = loc(rec, tz)
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s<%s> |\n| 抄送至 | %s |\n| 主题 | %s |\n"
            % (BOT[0], BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), BOT[0], rec.reply_to[1],
               ", ".join("%s<%s>" % x for x in rec.to), rec.subject) + rec.text)
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div>'
         '<div style="margin-bottom: 12px; font-size: 13px"><table><tr><td>发件人</td><td>%s&lt;%s&gt;</td></tr><tr><td>日期'
         '</td><td>%s</td></tr><tr><td>主题</td><td>%s</td></tr></table></div><div>%s</div></div>'
         % (BOT[0], BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(rec.subject), rec.html))
    return text, h


def q_dingtalk(rec, tz=SH):
    t = loc(rec, tz)
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n------------------------------------------------------------------\n发件人：%s<%s>\n发送时间：%s\n"
            "收件人：%s<%s>\n抄　送：%s\n主　题：%s\n\n" % (BOT[0], BOT[1], when, BOT[0], rec.reply_to[1],
                                                 "; ".join("%s<%s>" % x for x in rec.to), rec.subject) + rec.text)
    h = ('<div class="__aliyun_email_body_block"><div><br></div><blockquote style="margin-right:0;margin-top:0;'
         'margin-bottom:0"><div>------------------------------------------------------------------</div><div>发件人：%s'
         '&lt;%s&gt;</div><div>发送时间：%s</div><div>收件人：%s&lt;%s&gt;</div><div>主　题：%s</div><div><br></div>%s'
         '</blockquote></div>' % (BOT[0], BOT[1], when, BOT[0], rec.reply_to[1], esc(rec.subject), rec.html))
    return text, h


def q_feishu(rec, tz=SH):
    t = loc(rec, tz)
    when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    text = ("\n\n\n" + "From: %s<%s>\nDate: %s\nSubject: %s\nTo: %s<%s>\nCc: %s\n\n" % (
        BOT[0], BOT[1], when, rec.subject, BOT[0], rec.reply_to[1], ", ".join("%s<%s>" % x for x in rec.to))
            + rec.text)
    h = ('<div class="history-quote-wrapper" id="lark-mail-quote-%s"><div data-html-block="quote"><div style="border-'
         'left:2px solid #BBBFC4;padding-left:12px;color:#646A73"><div><b>From: </b>%s&lt;%s&gt;</div><div><b>Date: </b>'
         '%s</div><div><b>Subject: </b>%s</div><div><b>To: </b>%s&lt;%s&gt;</div><div><br></div>%s</div></div></div>'
         % (hx(rec.key, 8), BOT[0], BOT[1], when, esc(rec.subject), BOT[0], rec.reply_to[1], rec.html))
    return text, h


def q_thunderbird(rec, tz, lang="en"):
    t = loc(rec, tz)
    if lang == "en":
        attr = "On %d/%d/%d %d:%02d, %s wrote:" % (t.month, t.day, t.year % 100 + 2000, t.hour, t.minute, BOT[0])
        attr = "On %d/%d/%d %d:%02d, %s wrote:" % (t.month, t.day, t.year, t.hour, t.minute, BOT[0])
    else:
        attr = "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, BOT[0])
    text = "\n" + attr + "\n" + qlines(rec.text)
    h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
         % (esc(attr), rec.msgid.strip("<>"), rec.html))
    return text, h


def q_wecom(rec, tz=SH):
    # 企业微信邮箱 (Tencent Exmail engine): same '原始邮件' separator and header block as QQ/Exmail
    return q_qq(rec, tz)


# ------------------------------------------------------------------------------------------------ client presets
def PRE(name, seed, t, frm):
    fe = who(frm)[1]
    dom = fe.split("@")[1]
    st = t.strftime("%Y%m%d%H%M%S")
    if name == "qq":
        return dict(cs="gb18030", ctq=True, hquote=True, boundary="----=_NextPart_%s_%s_%s" % (
            hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper()),
            msgid="<tencent_%s@qq.com>" % hx(seed, 36).upper(), host="smtpbg%d.qq.com" % (int(hx(seed, 2), 16) % 90 + 100),
            extra=[("X-Priority", "3"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
                   ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (
                       int(hx(seed, 1), 16) % 9, int(t.timestamp()), hx(seed + "q", 7)))])
    if name == "wecom":
        return dict(cs="gb18030", hquote=True, boundary="----=_NextPart_%s_%s_%s" % (
            hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper()),
            msgid="<tencent_%s@qq.com>" % hx(seed, 36).upper(), host="smtpbgjp3.qq.com",
            extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
                   ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-SENDSIZE", "520"), ("X-WXWORK-MAIL", "1")])
    if name == "foxmail":
        n = int(hx(seed, 6), 16)
        return dict(cs="GBK", hcs="gbk", hquote=True, crlf=True,
                    boundary="----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12),
                    msgid="<%s%07d@%s>" % (st, n % 10 ** 7, dom),
                    extra=[("X-Priority", "3"), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    if name.startswith("outlook") and name != "outlook_mac":
        lang = {"outlook_zh": "zh-cn", "outlook_tw": "zh-tw", "outlook_en": "en-us", "outlook_es": "es-mx",
                "outlook_hu": "hu", "outlook_pl": "pl", "outlook_de": "de-ch", "outlook_ja": "ja",
                "outlook_vi": "vi", "outlook_nl": "nl", "outlook_fr": "fr-ch"}[name]
        cs = "gb2312" if name == "outlook_zh" else "utf-8"
        stamp = hx(seed, 12).upper()
        return dict(cs=cs, cte="base64" if cs == "gb2312" else "quoted-printable", crlf=True,
                    boundary="----=_NextPart_000_0000_01DC%s.%s" % (stamp[:4], stamp[4:]),
                    msgid="<000001dc%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), dom),
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
                           ("Content-Language", lang)])
    if name == "owa":
        mid = "TY0PR06MB%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 24).upper())
        return dict(cs="utf-8", boundary="_000_%s_" % mid, msgid="<%s@TY0PR06MB%s.apcprd06.prod.outlook.com>" % (
            mid, hx(seed, 4).upper()), host="mail-tyzapc01on2100.outbound.protection.outlook.com",
            extra=[("Thread-Index", thread_index(seed)), ("Accept-Language", "zh-CN, en-US"),
                   ("Content-Language", "zh-CN"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    if name == "outlook_mac":  # noqa
        return dict(cs="utf-8", cte="quoted-printable", boundary="B_%d_%d" % (int(t.timestamp()), int(hx(seed, 6), 16)),
                    msgid="<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "x", 12).upper(),
                                            dom), extra=[("User-Agent", "Microsoft-MacOutlook/16.90.24100616"),
                                                         ("Thread-Topic", "")])
    if name in ("gmail", "gmail_mobile"):
        return dict(cs="UTF-8", cte="quoted-printable", ctq=False, boundary="000000000000%s" % hx(seed, 14),
                    msgid="<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58],
                    host="mail-pl1-f%d.google.com" % (int(hx(seed, 2), 16) % 200),
                    html_wrap='<div dir="ltr">%s</div>', extra=[("X-Gm-Features", "AQt7F2" + hx(seed + "g", 30))])
    if name in ("iphone", "apple"):
        return dict(cs="utf-8", cte="quoted-printable", ctq=False, boundary="Apple-Mail-%s-%s-%s-%s-%s" % (
            hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "a", 4).upper(), hx(seed + "b", 4).upper(),
            hx(seed + "c", 12).upper()), msgid="<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "d", 4).upper(),
                                                                 hx(seed + "e", 12).upper(), dom),
            html_wrap='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                      'dir="auto">%s</body></html>',
            extra=[("X-Mailer", "iPhone Mail (22A3370)" if name == "iphone" else "Apple Mail (2.3826.700.81)")])
    if name == "coremail":
        return dict(cs="UTF-8", boundary="----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16),
                                                                  int(t.timestamp() * 1000)), hquote=True,
                    msgid="<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe),
                    extra=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build "
                                                             "20240801(9da12a7b)"), ("X-Coremail-Locale", "zh_CN")])
    if name in ("163", "mailmaster"):
        ex = ([("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) "
                                                  "Copyright (c) 2002-2026 www.mailtech.cn qiye163")]
              if name == "163" else [("X-Mailer", "NetEase Mail Master 5.2.1.1012")])
        return dict(cs="GBK" if name == "163" else "UTF-8", hcs="gbk" if name == "163" else "utf-8", hquote=True,
                    boundary="----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16),
                                                      int(t.timestamp() * 1000)),
                    msgid="<%s.%s.%s@qiye.163.com>" % (hx(seed, 8).upper(), hx(seed + "n", 4).upper(),
                                                       hx(seed + "k", 8)), host="m1553.mail.qiye.163.com", extra=ex)
    if name == "dingtalk":
        return dict(cs="UTF-8", boundary="----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8),
                                                                       hx(seed + "b", 6)),
                    msgid="<%s.%s@%s>" % (hx(seed, 20), "alimail", dom), host="out30-%d.freemail.mail.aliyun.com"
                    % (int(hx(seed, 2), 16) % 120),
                    extra=[("X-Mailer", "[Alimail-Mailagent revision 1180][W4_5432111][dingtalk]"),
                           ("X-Priority", "3"), ("Importance", "Normal")])
    if name == "feishu":
        return dict(cs="UTF-8", boundary="%s" % hx(seed, 60), msgid="<%s@%s>" % (hx(seed, 32), "larksuite.com"),
                    host="va-2-39.ptr.blmpb.com", extra=[("X-Lms-Return-Path", "<lba+2%s@%s>" % (hx(seed, 24), dom)),
                                                          ("X-Mailer", "Feishu Mail")])
    if name == "thunderbird":
        return dict(cs="UTF-8", cte="8bit", plain_only=True, tparams=[("format", "flowed")],
                    msgid="<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "t", 4), hx(seed + "u", 12), dom),
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    raise KeyError(name)


def case(num, slug, desc, rec, frm, t, client, text, quote, gold, notes, kind="reply", **kw):
    seed = "%d-%s" % (num, slug)
    pre = PRE(client, seed, t, frm)
    pre.update(kw)
    add(num, slug, desc, rec, frm, t, client, text, quote, gold, notes, kind=kind, **pre)


MX, HU, CH, JP, WIB = TZ(-6), TZ(2), TZ(2), TZ(9), TZ(7)


# ================================================================================================ the cases
m = M["mty"]
case(3601, "confirm-item1-outlook-es-monterrey", "Outlook es-MX (UTC-6) 'Confirmed item 1' + Spanish sign-off; "
     "De:/Enviado el:/Para:/Asunto: quote", m, "Carlos Mendoza", T("2026-09-14 09:32:10", MX), "outlook_es",
     "Confirmed item 1 from my side. The V2.3 download is planned for Thursday night (our time), line 2 will be\n"
     "stopped anyway for the customer's maintenance window.\n\nSaludos,\nCarlos Mendoza\nIngeniero de Proyecto | "
     "Qiheng Automation de México\nTel. +52 81 5550 2217\n",
     q_outlook_es(m, MX), rep("confirm", [1]),
     "Monterrey site engineer, Outlook es-MX, Date 09:32 -0600 = 23:32 Shanghai on 2026-09-14 (same day). "
     "'Confirmed item 1' -> confirm [1]. 'Thursday night' describes his plan, not a new deadline. Quote header "
     "in Spanish (De/Enviado el/Para/CC/Asunto) with the recap time shown in Monterrey time (02:07).")
case(3602, "done-named-calibration-report-qq", "QQ Mail gb18030: done, task named ('标定报告') without a number",
     m, "吕鹏", T("2026-09-17 09:41:22"), "qq",
     "标定报告昨晚已经发到项目群了，这项可以关掉了。\n\n吕鹏 机器人部\n", q_qq(m), rep("done", []),
     "Owner of #2 (提交机器人TCP标定报告), his only item in this meeting. No number: '标定报告…已经发…可以关掉' "
     "names the task -> done, items [] as written; the bot should map it to #2 (by task words, or as the sender's "
     "single item). QQ '原始邮件' separator; the quoted footer lists every command word.")
case(3603, "done-item3-with-date-foxmail-gbk", "Foxmail GBK: '第3项…9月24日到…此项完成' (a date that is not an "
     "extension)", m, "孔令杰", T("2026-09-16 10:12:45"), "foxmail",
     "顾工：\n\n第3项：供应商刚回复，第二批安全光栅9月24日到苏州仓库，到货时间已确认，此项完成。\n\n"
     "孔令杰\n采购部 | 苏州启衡自动化\n手机：138 1234 5617\n", q_foxmail(m), rep("done", [3]),
     "Owner of #3 ('确认…到货时间'): the task was to confirm the date, so giving the date completes it -> done [3]. "
     "'9月24日' is the goods' arrival date, not a new due date (not extend). Foxmail 发件人：/发送时间： quote.")
case(3604, "extend-two-more-days-named-iphone", "iPhone zh, sent on the due day: '补光方案评审需要再给两天' -> "
     "extend, task named", m, "韩雪", T("2026-09-22 08:52:03"), "iphone",
     "补光方案评审需要再给两天，条形光源样品昨天下午才到，还没来得及打光测试\n\n发自我的iPhone\n", q_apple(m, SH),
     rep("extend", [], new_due="2026-09-24"),
     "Owner of #5 (视觉定位相机补光方案评审, due 2026-09-22), her only item here. Sent on the due day itself, so "
     "'再给两天' gives 2026-09-24 whether counted from the old due date or from the send date (both Tue 09-22). "
     "Calendar days (09-23/24 are working days anyway). No number -> items [].",
     check=lambda: D(2026, 9, 22) + dt.timedelta(days=2))
case(3605, "done-named-fat-list-outlook-zh", "Outlook zh-CN gb2312 from the organizer: 'FAT问题清单已更新' (own item, "
     "named) + a plan that is not a command", m, "顾晓东", T("2026-09-21 17:40:09"), "outlook_zh",
     "FAT问题清单已经更新了，见项目共享盘 /FAT/Issue_List_0921.xlsx。\n其余几项我周三统一跟一下。\n\n"
     "顾晓东\n项目经理 | 项目部\n苏州启衡自动化有限公司\n", q_outlook_zh(m), rep("done", []),
     "The organizer is also owner of #4 (更新客户FAT问题清单, due today 09-21). Named, no number -> done, items []. "
     "'其余几项我周三统一跟一下' is his own follow-up plan, not an extension of anything. Outlook 发件人/发送时间 block.")
case(3606, "done-item1-gmail-mobile-saturday", "Gmail Android, UTC-6 Friday night = Saturday in Shanghai: "
     "'Item 1 done'", m, "Carlos Mendoza", T("2026-09-18 22:15:40", MX), "gmail_mobile",
     "Item 1 done. V2.3 running on line 2 since this afternoon, no alarms so far.\n", q_gmail(m, MX, "en", wrap=None),
     rep("done", [1]),
     "Date Fri 22:15 -0600 = Sat 2026-09-19 12:15 Shanghai (after the 09-18 due date in Shanghai terms, on time in "
     "his). 'Item 1 done' -> done [1]. Gmail 'On Mon, Sep 14, 2026 at 2:07 AM 纪要助手 <…> wrote:' attribution "
     "in Monterrey time.")
case(3607, "confirm-items-4-5-manager-coremail", "Coremail from the department head: '第4、5项我看了，没问题'",
     m, "沈建明", T("2026-09-14 17:02:31"), "coremail",
     "第4、5项我看了，没问题。\n\n沈建明\n", q_coremail(m), rep("confirm", [4, 5]),
     "Head of 项目部 (manager of the organizer) confirms two rows at once: '第4、5项…没问题' -> confirm [4, 5]. "
     "Coremail '-----原始邮件-----' quote.")

m = M["hu"]
case(3608, "progress-named-hmi-translation-outlook-hu", "Outlook hu (CEST): 'HMI translation: around 60% done' "
     "- sender owns two items, the task words pick #2", m, "Bence Kovács", T("2026-09-25 10:18:44", HU), "outlook_hu",
     "Hi Joy,\n\nHMI translation: around 60% done. The alarm texts are still with the customer's reviewer, the\n"
     "operator screens are finished. Should still make the 30th.\n\nÜdv,\nBence\n\nBence Kovács\nSite Engineer, "
     "Qiheng Automation Hungary Kft.\n+36 96 555 0187\n", q_outlook_hu(m, HU), rep("progress", [], percent=60),
     "Bence owns #2 (完成HMI匈牙利语/英语界面翻译校对) and #6 (整理现场备件清单). No number; 'HMI translation' "
     "clearly names #2 -> progress 60, items [] as written. 'Should still make the 30th' keeps the due date (not "
     "extend). Date 10:18 +0200 = 16:18 Shanghai 09-25 (a holiday day in China: Mid-Autumn 09-25..27 2026; irrelevant "
     "for progress). Hungarian Outlook header block (Feladó/Elküldve/Címzett/Másolatot kap/Tárgy).")
case(3609, "extend-item1-to-oct9-foxmail", "Foxmail GBK: '第1项申请延期至10月9日，国庆前仿真跑不完'", m, "蒋磊",
     T("2026-09-28 14:26:11"), "foxmail",
     "佳怡：\n第1项申请延期至10月9日，原因：堆叠工位的节拍仿真国庆前跑不完，客户那边新给的电芯尺寸也要重新建模。\n\n"
     "蒋磊 电气部\n", q_foxmail(m), rep("extend", [1], new_due="2026-10-09"),
     "'延期至10月9日' -> 2026-10-09 (same year; a Friday, a working day after National Day 10-01..07). "
     "Explicit 第1项.", check=lambda: D(2026, 10, 9))
case(3610, "done-item4-outlook-pl", "Outlook pl (CEST) English body: 'Item 4 closed' with result numbers",
     m, "Agnieszka Nowak", T("2026-09-30 11:20:05", HU), "outlook_pl",
     "Hello,\n\nRetest of the cell fixtures finished today - 12 of 12 pcs within tolerance (flatness max 0.03 mm).\n"
     "Report is on SharePoint under QA/Incoming/2026-09. Item 4 closed.\n\nPozdrawiam / Best regards\n"
     "Agnieszka Nowak\nQuality Engineer\n", q_outlook_pl(m, HU), rep("done", [4]),
     "Owner of #4 (来料检验复测). 'Item 4 closed' -> done [4]; '12 of 12' and '0.03 mm' are not a percent. "
     "Polish Outlook header (Od/Wysłane/Do/DW/Temat). Date 11:20 +0200 = 17:20 Shanghai.")
case(3611, "extend-named-after-holiday-outlook-mac-zh", "Outlook for Mac zh, organizer's own item: "
     "'…可能要到节后第一个工作日了'", m, "陆佳怡", T("2026-09-28 09:05:51"), "outlook_mac",
     "SAT标准客户那边还没签字（他们质量经理休假到下周），我这项可能要到节后第一个工作日了，先申请延期。\n\n佳怡\n",
     q_outlook_mac_zh(m), rep("extend", [], new_due="2026-10-08"),
     "The organizer owns #3 (与客户确认SAT验收标准, due 09-28). Named ('SAT标准', '我这项'), no number -> items []. "
     "'节后第一个工作日' sent Mon 09-28 = first working day after National Day (10-01..10-07) = Thu 2026-10-08 "
     "(computed with chinesecalendar; the 10-10 make-up Saturday comes later).",
     check=lambda: first_workday_after(D(2026, 10, 7)))
case(3612, "progress-named-drawings-dingtalk", "钉钉邮箱 UTF-8: '电气图纸Rev.D目前70%了'", m, "唐欣",
     T("2026-09-30 16:48:27"), "dingtalk",
     "电气图纸Rev.D目前70%了，端子排和安全回路部分已经改完，剩下的节后两天能弄好，按原计划10月9日前给到大家。\n\n"
     "唐欣 | 电气部\n", q_dingtalk(m), rep("progress", [], percent=70),
     "Owner of #5 (更新电气图纸至Rev.D, due 10-09), her only item. Named, no number -> progress 70, items []. "
     "'10月9日前' restates the existing deadline, so it is not an extension. DingTalk mail quote: dashed line + "
     "发件人：/发送时间：/收件人：/抄　送：/主　题：")
case(3613, "thanks-customer-gmail-ko", "Gmail ko from the customer (not an owner): thanks + will review -> "
     "nothing to change", m, "김민준", T("2026-09-23 08:40:12", HU), "gmail",
     "Hi Joy,\n\nThanks for the summary. We received the SAT criteria draft and will review it internally this week.\n"
     "감사합니다.\n\nMinjun Kim\nHanul Battery Hungary Kft. | Production Engineering\n",
     q_gmail(m, HU, "ko"), rep("unknown", []),
     "The customer thanks and says they will review: no command (not 确认 of the minutes, no done/progress/extend). "
     "Gold intent 'unknown' (SPEC section 5 value; see README conventions): the bot changes nothing. Korean Gmail "
     "attribution '2026년 9월 22일 (화) 오전 9:42, 纪要助手 <…>님이 작성:'.")
_ooo = ("Tisztelt Feladó! / Dear Sender,\n\nSzabadságon vagyok 2026. október 1. és október 12. között, e-mailjeimet "
        "korlátozottan olvasom.\nI am on leave from 1 to 12 October 2026 with limited access to e-mail. Item 6 and "
        "anything urgent:\nplease contact Joy Lu (lujy@%s). Translation status will be updated after 12.10.\n\n"
        "Bence Kovács\n" % DOM)
case(3614, "auto-ooo-exchange-hungarian", "Exchange out-of-office in Hungarian/English to the recap thread "
     "(Auto-Submitted: auto-replied), body mentions an item and dates", m, "Bence Kovács",
     T("2026-10-01 08:00:03", HU), "outlook_hu", "", ("", ""), None,
     "Out-of-office reply (Exchange: Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, "
     "X-MS-Exchange-Inbox-Rules-Loop, subject 'Automatikus válasz:'). The body names 'Item 6', dates and a "
     "delegate, none of which is a command: kind auto, reply null; the bot must not parse or answer it.",
     kind="auto", subject="Automatikus válasz: Re: 匈牙利电池模组线项目例会 2026-09-22", full_text=_ooo,
     full_html=html_of(_ooo), cc_all="auto",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "bence.kovacs@" + DOM), ("X-MS-Exchange-Generated-Message-Source",
                                                                      "Mailbox Rules Agent"),
            ("Content-Language", "hu-HU")])

m = M["pg"]
case(3615, "progress-named-retest-qq", "QQ Mail: '误判率复测做完一半了，目前进度50%'", m, "韩雪",
     T("2026-10-12 18:25:36"), "qq",
     "误判率复测做完一半了，目前进度50%，剩下的样本明天上线跑。\n", q_qq(m), rep("progress", [], percent=50),
     "Owner of #1 (完成AOI视觉算法误判率复测), her only item in this meeting. Named, no number -> progress 50, "
     "items []. '明天上线跑' is a plan, not a new deadline.")
case(3616, "done-item2-outlook-vi-makeup-saturday", "Outlook vi (Penang, +0800) on the 10-10 make-up Saturday: "
     "'Item 2: … Done.'", m, "Nguyễn Văn Minh", T("2026-10-10 09:31:02", TZ(8)), "outlook_vi",
     "Dear all,\n\nItem 2: camera bracket drawing rev.B uploaded to the project folder (PG-AOI/Mech/Bracket_revB.pdf).\n"
     "Done.\n\nTrân trọng,\nNguyễn Văn Minh\nMechanical Engineer – Penang team\n", q_outlook_vi(m, TZ(8)),
     rep("done", [2]),
     "Owner of #2. 'Item 2: … Done.' -> done [2]. Vietnamese Outlook header block (Từ/Đã gửi/Đến/Cc/Chủ đề) with "
     "'SA/CH' for AM/PM. Sent on 2026-10-10, a Chinese make-up working Saturday.")
case(3617, "done-hash3-gmail-wrapped-attribution", "Gmail en (web, plain text wraps the long attribution over two "
     "lines): '#3 done'", m, "Nurul Aisyah", T("2026-10-12 16:40:19", TZ(8)), "gmail",
     "Customer agreed to 3.2s/pc for the AOI station, confirmed in today's call with their PE.\n#3 done.\n\n"
     "Regards,\nNurul Aisyah\nProject Engineer | Qiheng Automation (Penang)\n+60 4-555 8812\n",
     q_gmail(m, TZ(8), "en", wrap=True), rep("done", [3]),
     "'#3 done' -> done [3]; '3.2s/pc' is the agreed target, not a date or percent. The plain-text attribution "
     "'On Fri, Oct 9, 2026 at 2:12 PM 纪要助手 <minutes+r…@…>' / 'wrote:' is wrapped, 'wrote:' alone on the second "
     "line, as Gmail's plain part does for long attributions.")
case(3618, "confirm-item4-mailmaster", "网易邮箱大师: '第4项收到，没问题' + '发自网易邮箱大师'", m, "孔令杰",
     T("2026-10-09 17:20:44"), "mailmaster",
     "第4项收到，没问题\n\n\n发自网易邮箱大师\n", q_mailmaster(m), rep("confirm", [4]),
     "'第4项收到，没问题' -> confirm [4]. Mail Master '---- 回复的原邮件 ----' quote with | 发件人 | rows.")
case(3619, "extend-named-manager-next-monday-outlook", "Outlook zh-CN from the owner's manager: '小韩那项复测…"
     "延到下周一'", m, "潘一鸣", T("2026-10-13 11:02:18"), "outlook_zh",
     "钱浩：\n小韩那项复测我让她延到下周一，新一批不良样本客户周五才寄出来，样本量不够结论不可靠。\n\n潘一鸣\n视觉部\n",
     q_outlook_zh(m), rep("extend", [], new_due="2026-10-19"),
     "Sent by 韩雪's manager (allowed to change her item). '小韩那项复测' = #1 (韩雪's only item; 小韩 is her roster "
     "alias) -> extend, items []. '下周一' from Tue 2026-10-13 = Mon 2026-10-19. '周五' is when samples ship, "
     "not a deadline.", check=lambda: next_week(D(2026, 10, 13), 0))
case(3620, "confirm-organizer-thunderbird-zh", "Thunderbird zh plain text (format=flowed 8bit): organizer '纪要"
     "没问题' + an unrelated request", m, "钱浩", T("2026-10-09 16:03:27"), "thunderbird",
     "谢谢各位，纪要没问题，确认。\n另外下周二跟客户的会议室还没订，谁有空帮忙订一下？\n\n-- \n钱浩 | 项目部 | "
     "槟城AOI项目\n", q_thunderbird(m, SH, "zh"), rep("confirm", []),
     "Organizer confirms the minutes ('纪要没问题，确认') -> confirm, items []. The question about a meeting room "
     "is not an item command. Thunderbird zh attribution '在 2026/10/9 14:12, 纪要助手 写道:' and '-- ' signature.")

m = M["ngy"]
case(3621, "done-item1-outlook-ja", "Outlook ja (JST) Japanese: '項目1は完了とさせていただきます' with a "
     "shipping date that is not an extension", m, "山田 健太", T("2026-10-14 15:30:12", JP), "outlook_ja",
     "朱様\n\nいつもお世話になっております。名古屋精機の山田です。\n\nRV-40Eの正式納期ですが、11月20日出荷で確定いたしました。\n"
     "項目1は完了とさせていただきます。\n\n以上、よろしくお願いいたします。\n\n--------------------------------\n"
     "名古屋精機株式会社 営業部\n山田 健太\nTEL: 052-555-0143\n--------------------------------\n",
     q_outlook_ja(m, JP), rep("done", [1]),
     "Supplier (external owner of #1 and #2). '項目1は完了' -> done [1] ('項目N' = item N). '11月20日出荷' is the "
     "delivery date the task asked for, not an extension. Japanese Outlook header (差出人/送信日時/宛先/CC/件名), "
     "recap time in JST (12:05). Date 15:30 +0900 = 14:30 Shanghai.")
case(3622, "extend-named-next-tuesday-gmail-en", "Gmail en from the supplier: 'the comparison table… until next "
     "Tuesday (10/20)'", m, "山田 健太", T("2026-10-16 17:05:40", JP), "gmail",
     "Dear Ms. Zhu,\n\nSorry, the comparison table for the alternative reducer is not ready yet - our design team\n"
     "still needs to check the torsional stiffness data. Could we have until next Tuesday (10/20)?\n\n"
     "Best regards,\nKenta Yamada\nMeiki Seiki Co., Ltd.\n", q_gmail(m, JP, "en"),
     rep("extend", [], new_due="2026-10-20"),
     "Yamada owns #1 (done in 3621) and #2 (提供替代型号技术对比表, due 10-16). 'the comparison table for the "
     "alternative reducer' names #2 -> extend, items []. 'next Tuesday (10/20)': sent Fri 17:05 JST = 16:05 "
     "Shanghai 2026-10-16, next week's Tuesday = 2026-10-20, which the '10/20' confirms.",
     check=lambda: next_week(D(2026, 10, 16), 1))
case(3623, "done-ambiguous-two-open-items-outlook-en", "Outlook en, 'I have sent it today… finished' from a "
     "sender with two open items and nothing naming either -> bot must ask", m, "山田 健太",
     T("2026-10-13 18:02:55", JP), "outlook_en",
     "Dear Ms. Zhu,\n\nI have sent it today by separate mail. Please check. This one is finished from our side.\n\n"
     "Best regards,\nKenta Yamada\n", q_outlook_en(m, JP), rep("done", []),
     "On 10-13 Yamada still has #1 (回复RV-40E减速机正式交期) and #2 (提供替代型号技术对比表) open; 'I have sent "
     "it… This one is finished' names neither. Intent done, items []: a careful assistant does not guess, the bot "
     "should ask which item (SPEC 3: sender has more than one item). Nothing may change. Genuinely ambiguous.")
case(3624, "progress-item3-with-weekday-coremail", "Coremail: '第3项…进度60%，预计周三出结论' (weekday is an "
     "estimate, not an extension)", m, "周立群", T("2026-10-19 10:14:06"), "coremail",
     "朱经理：\n第3项评估还要再做一轮满载工况的负载仿真，目前进度60%，预计周三出结论。\n\n周立群\n机器人部\n",
     q_coremail(m), rep("progress", [3], percent=60),
     "Owner of #3, due today 10-19. '进度60%' -> progress [3] 60. '预计周三出结论' is an estimate; he does not ask "
     "to move the date, so no new_due_date (same reading as the dev corpus's 030).")
case(3625, "done-named-tracking-sheet-wecom", "企业微信邮箱 gb18030: '交期跟踪表已更新…搞定了'", m, "孔令杰",
     T("2026-10-14 15:47:33"), "wecom",
     "交期跟踪表已更新到最新版本（含RV-40E 11/20出货），搞定了。\n", q_wecom(m), rep("done", []),
     "Owner of #4 (更新采购交期跟踪表), his only item here. Named, no number -> done, items []. '11/20' is data "
     "inside the sheet, not a date request. WeCom mail (Exmail engine) uses the '原始邮件' separator like QQ.")
case(3626, "confirm-organizer-feishu", "飞书邮箱: organizer '确认。' plus a reminder to the supplier", m, "朱慧",
     T("2026-10-12 14:01:09"), "feishu",
     "确认。\n@山田さん 交期请务必本周四前回复，谢谢。\n\n朱慧 采购部\n", q_feishu(m), rep("confirm", []),
     "Organizer '确认。' -> confirm, items []. '本周四前回复' restates item #1's existing due (10-15) and is "
     "addressed to the supplier: not an extend. Feishu quote with From:/Date:/Subject:/To: lines.")

m = M["mes"]
case(3627, "confirm-hash1-outlook-de-ch-disclaimer", "Outlook de-CH (Zürich, CEST): '#1 confirmed from our side' "
     "+ long legal disclaimer", m, "Lukas Brunner", T("2026-10-14 09:15:27", CH), "outlook_de",
     "Hallo zusammen\n\n#1 confirmed from our side. Spec v1.2 will come on Friday as planned.\n\nViele Grüsse\n"
     "Lukas\n\n--\nLukas Brunner | Senior Software Engineer\nAlpenlogic AG | Hardturmstrasse 161 | 8005 Zürich\n"
     "+41 44 555 21 90\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,"
     "\ninformieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. / This e-mail may contain\n"
     "confidential information. If you are not the intended recipient, please notify the sender and delete it.\n",
     q_outlook_de(m, CH), rep("confirm", [1]),
     "Swiss partner (external owner of #1). '#1 confirmed' -> confirm [1]. 'Friday as planned' = the existing due "
     "10-16, not a change. German Outlook header (Von/Gesendet/An/Cc/Betreff); bilingual disclaimer.")
case(3628, "extend-push-hash3-to-23rd-gmail-nl", "Gmail nl (CEST afternoon = 22:30 Shanghai "
     "Monday): 'can we push #3 to the 23rd?'", m, "Jan de Vries", T("2026-10-19 16:30:08", CH), "gmail",
     "Hi Wilson,\n\nQuick one: can we push #3 to the 23rd? Root cause is the NTP config on the customer's gateway,\n"
     "we need their IT to open port 123 first.\n\nGroeten,\nJan\n", q_gmail(m, CH, "nl"),
     rep("extend", [3], new_due="2026-10-23"),
     "Owner of #3 (due 10-20). 'push #3 to the 23rd' -> extend [3]; a bare day number is this month when not past "
     "(dates-eval convention): 2026-10-23. Date 16:30 +0200 = 22:30 Shanghai Mon 10-19. 'port 123' is not a date. "
     "Dutch Gmail attribution 'Op di 13 okt 2026 om 11:20 schreef …:'.", check=lambda: D(2026, 10, 23))
case(3629, "progress-point4-apple-mail-fr", "Apple Mail (Mac) French: 'pour le point 4 : … environ 40 %' "
     "(space before %)", m, "Claire Dubois", T("2026-10-15 10:05:33", CH), "apple",
     "Bonjour à tous,\n\nPour le point 4 : la revue des licences est à environ 40 %. Our legal team still needs the\n"
     "final list of sites (Monterrey, Győr, Penang?) before we can price the runtime licences.\n\nBien à vous,\n"
     "Claire Dubois\nAlpenlogic AG – Legal & Licensing\n", q_apple(m, CH, "fr"),
     rep("progress", [4], percent=40),
     "Owner of #4. 'point 4' = item 4; French typography '40 %' -> progress [4] 40. Apple Mail French attribution "
     "'Le 13 oct. 2026 à 11:20, 纪要助手 <…> a écrit :' with '>' quoting in the plain part.")
case(3630, "done-hash2-outlook-en-mentions-6", "Outlook en from an owner of two items: '#2 done … #6 will follow'",
     m, "蒋磊", T("2026-10-15 17:50:41"), "outlook_en",
     "Hi all,\n\n#2 done, test PLC (S7-1500, FW 3.1) is up at 192.168.10.21, OPC UA server on port 4840.\n"
     "#6 will follow next week once the mapping is frozen.\n\nRay Jiang\nElectrical Dept.\n", q_outlook_en(m),
     rep("done", [2]),
     "蒋磊 (roster alias Ray Jiang) owns #2 and #6. '#2 done' -> done [2]. '#6 will follow next week' is a "
     "remark, not a command for #6 (no date, no 'extend'); gold items stay [2]. IP/port/firmware numbers are noise.")
case(3631, "extend-named-two-more-days-owa-utc", "Outlook on the web (Date in +0000): 'Test plan: need two more "
     "days' on the due day", m, "唐欣", T("2026-10-19 02:31:55", TZ(0)), "owa",
     "Test plan: need two more days, still waiting for Lukas's spec v1.2 to freeze the OPC UA test cases.\n\n"
     "Cindy Tang\n", q_outlook_zh(m, SH, owa=True), rep("extend", [], new_due="2026-10-21"),
     "Date Mon 02:31 +0000 = 10:31 Shanghai 2026-10-19, the due day of #5 (Prepare joint test plan), her only "
     "item. 'Test plan' names #5; 'two more days' = 2026-10-21 counted from either the due date or the send date. "
     "OWA '________________________________' + 发件人:/发送时间: block.",
     check=lambda: D(2026, 10, 19) + dt.timedelta(days=2))
_inline_q = m.text.rstrip("\n").split("\n")
_i = next(i for i, l in enumerate(_inline_q) if l.startswith("| 1 |"))
_t = loc(m, CH)
_inline = ("\nOn %d/%d/%d %d:%02d, %s wrote:\n" % (_t.month, _t.day, _t.year, _t.hour, _t.minute, BOT[0]) +
           qlines("\n".join(_inline_q[:_i + 1])) +
           "\nDone - v1.2 went out this morning as a separate mail (OPC_UA_IF_Spec_v1.2.pdf).\n\n" +
           qlines("\n".join(_inline_q[_i + 1:_i + 2])) + "> [...]\n\n-- \nLukas Brunner | Alpenlogic AG\n")
case(3632, "done-inline-under-row1-thunderbird", "Thunderbird en plain text: answer typed inline under the quoted "
     "row 1, rest of the recap trimmed", m, "Lukas Brunner", T("2026-10-16 08:47:12", CH), "thunderbird", "",
     ("", ""), rep("done", [1]),
     "Inline reply: the only new text ('Done - v1.2 went out this morning…') sits directly under the quoted "
     "'> | 1 | Deliver OPC UA interface spec v1.2 | Lukas Brunner | 2026-10-16 |' row. A careful reader records "
     "done [1]: the item number comes from the quoted row the answer is placed under (no number in his own words). "
     "The rest of the quote is trimmed with '> [...]'.", full_text=_inline)
case(3633, "question-timezone-hash3-gmail", "Gmail en question mentioning '#3' and 'close': nothing to change",
     m, "Jan de Vries", T("2026-10-14 14:12:40", CH), "gmail",
     "Hi,\n\nWhich time zone should the MES timestamps be in - UTC or China Standard Time? I need that answer\n"
     "before I can close #3.\n\nThanks,\nJan\n", q_gmail(m, CH, "en"), rep("unknown", [3]),
     "A question about #3; 'before I can close #3' is conditional, nothing is done, confirmed or moved. Gold intent "
     "'unknown' with items [3] as written; the bot should change nothing (keep as a comment / hand to the "
     "organizer).")

m = M["tc"]
case(3634, "done-item1-outlook-zh-tw", "Outlook zh-TW (Taichung) Traditional Chinese: '第1項已完成' with "
     "寄件者/寄件日期/收件者/副本/主旨 quote", m, "陳怡君", T("2026-10-16 15:02:48"), "outlook_tw",
     "林經理：\n\n第1項已完成，精密機械展的客戶名單已上傳至共用資料夾（業務/展會/2026TMTS.xlsx），共86家。\n\n"
     "陳怡君 Iris Chen\n台中辦事處 業務專員\nTel: 04-2255-6618\n", q_outlook_tw(m), rep("done", [1]),
     "Traditional Chinese '第1項已完成' -> done [1]; '共86家' is a count. Outlook zh-TW writes its quote header "
     "as 寄件者/寄件日期/收件者/副本/主旨 with '下午 04:31'. Charset UTF-8 (the quoted recap has simplified "
     "characters Big5 cannot hold, so Outlook falls back to UTF-8).")
case(3635, "progress-named-quote-gmail-zh", "Gmail zh (workspace): '台中那个报价…进度80%，明天给' on the due day",
     m, "潘一鸣", T("2026-10-20 16:12:05"), "gmail",
     "台中那个报价还差供应商的镜头价格，进度80%，明天给。\n\n--\n潘一鸣 视觉部\n", q_gmail(m, SH, "zh"),
     rep("progress", [], percent=80),
     "Owner of #2 (提交台中客户视觉检测报价, due today 10-20), his only item in this meeting. Named ('台中那个报价'), "
     "no number -> progress 80, items []. '明天给' implies one more day; a careful assistant records the explicit "
     "progress, the primary statement, and leaves the date (genuinely borderline: an extend to 10-21 would be "
     "the other reading). Gmail zh attribution '纪要助手 <…> 于2026年10月14日周三 16:31写道：'.")
_big5 = "各位：\n第3項客戶參訪改到下週，申請延期至10月30日。\n客戶端確認後再通知各位。\n\n林志豪\n台中辦事處\n"
case(3636, "extend-item3-big5-no-quote", "Big5 plain text, quote deleted by the sender (only In-Reply-To ties it "
     "to the recap): '第3項…申請延期至10月30日'", m, "林志豪", T("2026-10-21 09:40:30"), "outlook_tw", "",
     ("", ""), rep("extend", [3], new_due="2026-10-30"),
     "Big5-encoded text/plain, the recap quote deleted; only In-Reply-To/References and the subject tie it to "
     "the recap. '第3項…申請延期至10月30日' -> extend [3], 2026-10-30 (Fri, working day). He is organizer and owner "
     "of #3.", full_text=_big5, plain_only=True, cs="big5", cte="base64",
     hcs="utf-8", check=lambda: D(2026, 10, 30))
case(3637, "confirm-thumbs-iphone", "iPhone zh: '收到👍' (emoji, 4-byte UTF-8)", m, "沈建明",
     T("2026-10-15 08:10:14"), "iphone", "收到👍\n\n发自我的iPhone\n", q_apple(m, SH), rep("confirm", []),
     "'收到👍' from the owner of #4 -> confirm, items []. Emoji outside the BMP in a QP UTF-8 body.")

m = M["idn"]
case(3638, "progress-named-survey-outlook-en-wib", "Outlook en from Jakarta time (+0700): 'Site survey report is "
     "90% finished' on the due day", m, "Budi Santoso", T("2026-10-20 16:45:02", WIB), "outlook_en",
     "Dear Pak Zack,\n\nSite survey report is 90% finished, only the floor load data is still missing from the customer.\n"
     "Will send it tomorrow morning.\n\nTerima kasih,\nBudi Santoso\nSite Engineer - Cikarang\nPT Qiheng Automation "
     "Indonesia\nM: +62 812 5550 3321\n", q_outlook_en(m, WIB), rep("progress", [], percent=90),
     "Owner of #1 (完成现场勘测报告, due 10-20), his only item. Named ('Site survey report'), no number -> progress "
     "90, items []. 'tomorrow morning' is a plan (borderline like 3635; progress recorded). Date 16:45 +0700 = "
     "17:45 Shanghai.")
case(3639, "done-named-robot-selection-foxmail", "Foxmail GBK: '码垛机器人选型：确认用KUKA…这项完成' (确认 inside a "
     "done statement)", m, "吕鹏", T("2026-10-16 11:26:19"), "foxmail",
     "严工：\n码垛机器人选型：确认用KUKA KR 120 R3200 PA，负载和臂展都核过了，已和你对过，这项完成。\n\n吕鹏\n",
     q_foxmail(m), rep("done", []),
     "Owner of #2 (确认码垛机器人选型), his only item in this meeting. The task itself is '确认…选型', so '确认用KUKA…"
     "这项完成' is done, not a confirm of the minutes. Named, no number -> done, items [].")
case(3640, "extend-item5-three-workdays-coremail", "Coremail: '第5项需要延期3个工作日' on the due day", m, "蒋磊",
     T("2026-10-22 17:35:44"), "coremail",
     "第5项需要延期3个工作日，客户的PLC标准文件今天下午才发过来，还没来得及对。\n\n蒋磊 电气部\n", q_coremail(m),
     rep("extend", [5], new_due="2026-10-27"),
     "Sent Thu 2026-10-22 (the due day of #5). '延期3个工作日' counts working days after the send date: Fri 10-23, "
     "Mon 10-26, Tue 10-27 -> 2026-10-27 (same result counted from the old due date, which is the send date).",
     check=lambda: add_workdays(D(2026, 10, 22), 3))
case(3641, "done-item3-organizer-163-qiye", "网易企业邮箱 web (GBK): '第3项完成' + a request to another owner",
     m, "严志刚", T("2026-10-19 18:30:26"), "163",
     "甘特图已发群里，第3项完成。\n另外Budi的勘测报告请这周内给我，下周一要跟客户过。\n\n严志刚\n项目部 印尼项目\n",
     q_163(m), rep("done", [3]),
     "Organizer and owner of #3. '第3项完成' -> done [3]. 'Budi的勘测报告请这周内给我' asks another owner to keep "
     "his due date; it is not a command on #1. NetEase web quote '在 2026-10-15 15:10:12，\"纪要助手\" <…> 写道：' "
     "with '>' lines.")
case(3642, "question-visa-manager-outlook-mac-zh", "Outlook for Mac zh from the department head: a question "
     "about a missing task -> nothing to change", m, "沈建明", T("2026-10-16 08:20:37"), "outlook_mac",
     "志刚，赴印尼人员的工作签证谁在办？纪要里没看到这一项，别到时候卡在签证上。\n\n沈建明\n", q_outlook_mac_zh(m),
     rep("unknown", []),
     "A question from the head of 项目部 (owner of no item here). No command -> intent unknown, items []; the bot "
     "changes nothing. Not an objection to any listed item (it asks about a missing one).")

m = M["mty2"]
case(3643, "confirm-punto3-customer-outlook-es", "Outlook es-MX from the customer (external owner): 'confirmamos "
     "el punto 3'", m, "María González", T("2026-10-20 09:10:22", MX), "outlook_es",
     "Buenos días,\n\nConfirmamos el punto 3, revisaremos la lista de refacciones con mantenimiento esta semana.\n\n"
     "Saludos cordiales,\nMaría González\nIngeniería de Mantenimiento | Norteña Autopartes\n\nEste correo y sus "
     "anexos son confidenciales.\n", q_outlook_es(m, MX), rep("confirm", [3]),
     "Customer owner of #3 (客户确认备件清单). 'Confirmamos el punto 3' confirms the item as recorded (the task "
     "itself is done later) -> confirm [3]. Date 09:10 -0600 = 23:10 Shanghai 10-20.")
case(3644, "extend-named-8d-lunes-26-gmail-es", "Gmail es (mobile), UTC-6 Thursday night = Friday in Shanghai: "
     "'¿Lo podemos mover al lunes 26?'", m, "Carlos Mendoza", T("2026-10-22 20:30:15", MX), "gmail_mobile",
     "Tony, necesito un día más para el 8D, falta la firma del cliente. ¿Lo podemos mover al lunes 26?\n",
     q_gmail(m, MX, "es"), rep("extend", [], new_due="2026-10-26"),
     "Carlos owns #1 (提交停线8D报告, due 10-22) in this meeting. '8D' names it; no number -> items []. "
     "'lunes 26' = Mon 2026-10-26 (explicit). Date Thu 20:30 -0600 = Fri 2026-10-23 10:30 Shanghai; 'un día "
     "más' is loose wording, the explicit date wins.", check=lambda: D(2026, 10, 26))
case(3645, "done-circled-2-wecom", "企业微信邮箱: '② 已更换，验证OK'", m, "吕鹏", T("2026-10-21 19:05:11"), "wecom",
     "② 已更换，验证OK，连续跑了500个循环无掉件。\n", q_wecom(m), rep("done", [2]),
     "Circled ② = item 2 (更换夹爪气缸并验证) -> done [2]. '500个循环' is a count.")
_bq_t = loc(m, SH)
_bq_attr = "在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (_bq_t.year, _bq_t.month, _bq_t.day, _bq_t.hour, _bq_t.minute,
                                                     BOT[0], m.reply_to[1])
_bottom = ("\n" + _bq_attr + "\n\n" + qlines(m.text) + "\n视觉程序回滚测试做完了，V1.8回滚后连续两个班没有误报，"
           "结果见附表。\n\n韩雪\n")
case(3646, "done-named-bottom-post-apple-mail", "Apple Mail zh (Mac), bottom-posted under the whole quoted recap: "
     "'视觉程序回滚测试做完了'", m, "韩雪", T("2026-10-21 17:55:48"), "apple", "", ("", ""), rep("done", []),
     "Bottom-posting: the new text comes after the full '>' quote. Owner of #4 (视觉程序回滚测试), her only item "
     "in this meeting; named, no number -> done, items []. A parser that keeps only the text above the quote sees "
     "nothing.", full_text=_bottom)
case(3647, "thanks-request-quality-head-outlook-zh", "Outlook zh-CN thank-you from a non-owner with a request: "
     "nothing to change", m, "曹敏", T("2026-10-19 11:30:52"), "outlook_zh",
     "谢谢整理。8D报告出来后请同时抄送质量部，我们要录入客诉系统。\n\n曹敏\n质量部\n", q_outlook_zh(m),
     rep("unknown", []),
     "Head of 质量部, owner of nothing here: thanks plus a distribution request. No confirm/object/done/progress/"
     "extend -> intent unknown, items []. '8D报告' names item #1 but she says nothing about its state.")
_al_t = loc(m, SH)
_al = ("以上都确认在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：\n\n" % (_al_t.year, _al_t.month, _al_t.day, _al_t.hour,
                                                          _al_t.minute, BOT[0], m.reply_to[1]) + qlines(m.text))
case(3648, "confirm-typed-on-attribution-line-iphone", "iPhone zh: '以上都确认' typed on the same line as the "
     "'在 …写道：' attribution", m, "顾晓东", T("2026-10-19 11:02:09"), "iphone", "", ("", ""),
     rep("confirm", []),
     "The organizer's whole reply sits on the attribution line ('以上都确认在 2026年10月19日，10:48，纪要助手 <…> "
     "写道：'). A quote stripper that drops the attribution line loses it. '以上都确认' -> confirm, items [] "
     "(all items).", full_text=_al)

# ---- objections and a period-end extension
m = M["idn"]
case(3649, "object-item5-owner-outlook-zh", "Outlook zh-CN gb2312: '第5项有异议' with a reason that proposes another "
     "owner", m, "蒋磊", T("2026-10-15 16:22:37"), "outlook_zh",
     "严工：\n第5项有异议：PLC选型要跟客户的工厂标准对齐，这件事应该由客户IT和我们项目经理牵头，电气部配合出选型表就行，"
     "负责人建议改成你，截止时间也要等客户标准发过来再定。\n\n蒋磊\n电气部\n", q_outlook_zh(m), rep("object", [5]),
     "'第5项有异议：…' -> object [5], before the 18:00 cut-off of the recap day. The reason talks about a new owner "
     "and a deadline 'to be set later': neither is an extend.")
m = M["mes"]
case(3650, "object-item4-date-outlook-fr", "Outlook fr (Lausanne/Zürich CEST): 'I have to object to item 4 - 23 "
     "Oct is not realistic'", m, "Claire Dubois", T("2026-10-13 11:48:09", CH), "outlook_fr",
     "Bonjour Wilson,\n\nI have to object to item 4: the licence review cannot start before we have the final site "
     "list,\nso 23 Oct is not realistic. Please keep it open without a date until the sites are fixed.\n\n"
     "Cordialement,\nClaire Dubois\nAlpenlogic AG\n", q_outlook_fr(m, CH), rep("object", [4]),
     "Owner of #4 objects to its deadline ('object to item 4'), sent 11:48 +0200 = 17:48 Shanghai, 12 minutes "
     "before the 18:00 objection cut-off. '23 Oct' quotes the current date; no new date is asked for -> object [4], "
     "not extend. French Outlook header 'De :/Envoyé :/À :/Cc :/Objet :' (space before the colon).")
m = M["hu"]
case(3651, "object-named-spare-parts-gmail-mobile", "Gmail Android en: objection to an item named by its task "
     "('the spare parts list') from an owner of two items", m, "Bence Kovács", T("2026-09-22 10:55:31", HU),
     "gmail_mobile",
     "Joy, I don't agree with the spare parts list being on me - that was agreed to be the customer's maintenance\n"
     "team in the meeting, we only review it.\n", q_gmail(m, HU, "en"), rep("object", []),
     "Bence owns #2 and #6 (整理现场备件清单). 'I don't agree with the spare parts list being on me' objects to #6 "
     "by its task words -> object, items [] as written. Sent 10:55 +0200 = 16:55 Shanghai, before the cut-off.")
m = M["pg"]
case(3652, "extend-item4-month-end-qq", "QQ Mail: '第4项申请延期到月底' (month end falls on a Saturday)", m,
     "孔令杰", T("2026-10-15 13:50:20"), "qq",
     "钱工，工控机备件研华那边缺货，第4项申请延期到月底，到货当天就发槟城。\n\n孔令杰\n", q_qq(m),
     rep("extend", [4], new_due="2026-10-31"),
     "'延期到月底' sent 2026-10-15 -> the last day of October, 2026-10-31 (the period-end convention of "
     "dates-eval.md: 月底 = last day of the month, even though 10-31 is a Saturday).",
     check=lambda: month_end(D(2026, 10, 15)))


# ================================================================================================ output
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]


def write_roster(path):
    import csv
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def gold_of(c):
    return {"kind": c["kind"], "items": [], "next_followup": None, "reply": c["gold"], "notes": c["notes"]}


def generate(out):
    for c in CASES:
        msg = build(c)
        (out / (c["slug"] + ".eml")).write_bytes(serialize(msg))
        (out / (c["slug"] + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    write_roster(out / "roster.csv")


def check(out):
    errs = []
    seen = set()
    for c in CASES:
        s = c["slug"]
        if s[:4] in seen:
            errs.append("%s: duplicate number" % s)
        seen.add(s[:4])
        f = out / (s + ".eml")
        g = json.loads((out / (s + ".json")).read_text(encoding="utf-8"))
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %s" % (s, part.defects))
            if part.get_content_maintype() == "text":
                part.get_content()
        if msg["In-Reply-To"] != c["rec"].msgid:
            errs.append("%s: In-Reply-To" % s)
        if c["kind"] == "reply" and c["rec"].reply_to[1] not in str(msg["To"]):
            errs.append("%s: To is not the signed reply address" % s)
        if msg["Date"].datetime is None:
            errs.append("%s: Date" % s)
        sent = msg["Date"].datetime.astimezone(SH)
        if sent <= c["rec"].t:
            errs.append("%s: reply before recap" % s)
        r = g["reply"]
        if g["kind"] == "reply":
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errs.append("%s: intent" % s)
            if (r["percent"] is not None) != (r["intent"] == "progress"):
                errs.append("%s: percent" % s)
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                errs.append("%s: new_due_date" % s)
            if r["new_due_date"]:
                if not c.get("check"):
                    errs.append("%s: extend without a date check" % s)
                else:
                    exp = c["check"]()
                    if exp.isoformat() != r["new_due_date"]:
                        errs.append("%s: gold %s != computed %s" % (s, r["new_due_date"], exp))
            nums = {row[0] for row in c["rec"].rows}
            if not set(r["items"]) <= nums:
                errs.append("%s: item numbers not in the recap" % s)
        elif r is not None:
            errs.append("%s: reply must be null for %s" % (s, g["kind"]))
        body = msg.get_body(("plain",)).get_content()
        if g["kind"] == "reply" and c["rec"].lang == "zh" and "如有异议请于今日内回复" not in body and \
                "big5" not in c.get("cs", ""):
            errs.append("%s: recap not quoted" % s)
    return errs


def main(argv):
    out = Path(argv[0]) if argv and not argv[0].startswith("--") else HERE   # OUTDIR (the regression test's)
    if "--check" not in argv:
        generate(out)
    errs = check(out)
    for e in errs:
        print("ERROR", e)
    kinds = {}
    for c in CASES:
        k = c["kind"] if c["kind"] != "reply" else "reply/" + c["gold"]["intent"]
        kinds[k] = kinds.get(k, 0) + 1
    print("cases: %d  %s" % (len(CASES), "  ".join("%s: %d" % kv for kv in sorted(kinds.items()))))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
