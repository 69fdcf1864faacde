#!/usr/bin/env python3
"""Blind held-out set replies22 for minutebot: replies to the bot's recaps, written by the staff and partners of
华陶陶瓷 (Foshan ceramic tiles / sanitary ware) from many mail clients and languages.

    python make_replies22.py [OUTDIR]        # write NNN-slug.eml/.json, roster.csv (default: this folder)
    python make_replies22.py --check [DIR]   # recompute every gold date with chinesecalendar and compare

Deterministic: no clock, no randomness (ids come from sha256 of the case slug).
MIME/header helpers adapted from the dev corpus's make_corpus.py.
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
D = dt.date


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


# ------------------------------------------------------------------------------------------------ calendar
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


def month_day(sent, month, day):
    cand = D(sent.year, month, day)
    if (sent - cand).days > 90:
        cand = D(sent.year + 1, month, day)
    return cand


def day_of_month(sent, day):
    """'the 21st': this month if not past, else next month."""
    if day >= sent.day:
        return D(sent.year, sent.month, day)
    y, m = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
    return D(y, m, day)


WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ts(s, zone=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=zone)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def sh(t):
    return t.astimezone(TZ8)


# ------------------------------------------------------------------------------------------------ people
DOM = "huatao.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

ROSTER = [
    # name, email, department, manager_email, aliases
    ("梁国栋", "liangguodong@" + DOM, "出口部", "", "梁总;梁经理;Leon Liang;栋哥"),
    ("陈嘉欣", "chenjiaxin@" + DOM, "出口部", "liangguodong@" + DOM, "Kelly Chen;Kelly;嘉欣"),
    ("黄志远", "huangzhiyuan@" + DOM, "出口部", "liangguodong@" + DOM, "Vincent Huang;Vincent;阿远;黄生"),
    ("李婉婷", "liwanting@" + DOM, "出口部", "liangguodong@" + DOM, "Tina Li;Tina;婉婷"),
    ("苏文斌", "suwenbin@" + DOM, "品质部", "", "苏经理;Wenbin Su;Steven Su"),
    ("何晓蕾", "hexiaolei@" + DOM, "品质部", "suwenbin@" + DOM, "Lily He;晓蕾;何工"),
    ("罗建华", "luojianhua@" + DOM, "生产部", "", "罗厂长;Luo Jianhua;Mr. Luo"),
    ("邓伟强", "dengweiqiang@" + DOM, "生产部", "luojianhua@" + DOM, "强哥;Wayne Deng;邓主任"),
    ("冯碧琪", "fengbiqi@" + DOM, "采购部", "", "冯经理;Vicky Feng"),
    ("谭子健", "tanzijian@" + DOM, "采购部", "fengbiqi@" + DOM, "Jason Tan;阿健"),
    ("区永康", "ouyongkang@" + DOM, "研发部", "", "区总工;Ken Au;Ken"),
    ("吴雅琳", "wuyalin@" + DOM, "研发部", "ouyongkang@" + DOM, "吴工;Yalin Wu;雅琳"),
    ("莫秀英", "moxiuying@" + DOM, "财务部", "", "莫经理;Mo Xiuying;英姐"),
    ("冼家乐", "xianjiale@" + DOM, "财务部", "moxiuying@" + DOM, "家乐;Carl Xian"),
    # partners (outside the company domain): department = their organisation
    ("程建明", "chengjm@163.com", "景德镇瑞釉新材料", "", "程经理;Cheng Jianming"),
    ("林雅婷", "linyating@126.com", "厦门海捷国际货运", "", "Amber Lin;Amber;林小姐"),
    ("Rami Khoury", "rami.khoury@almanar.example.sa", "Al Manar Building Materials", "", "Rami"),
    ("Faisal Al-Harbi", "faisal@almanar.example.sa", "Al Manar Building Materials", "", "Faisal"),
    ("Nguyễn Thị Thu Hà", "thuha.nguyen@saigontile.example.vn", "Saigon Tile JSC", "", "Thu Ha;Ms. Ha;Hà"),
    ("Alejandro Ruiz", "aruiz@ceramicadelnorte.example.mx", "Cerámica del Norte", "", "Alejandro;Alex Ruiz"),
    ("Katarzyna Nowak", "k.nowak@wisla-plytki.example.pl", "Płytki Wisła", "", "Kasia;Katarzyna"),
    ("Marco Bellini", "m.bellini@adriatica.example.it", "Ceramiche Adriatica", "", "Marco"),
    ("Jessica Walsh", "jessica.walsh@sctiles.example.com.au", "Southern Cross Tiles", "", "Jess;Jessica"),
    ("Pieter de Vries", "pieter.devries@sctiles.example.com.au", "Southern Cross Tiles", "", "Pieter"),
    ("王丽华", "lihua.wang@intertek.example.com", "Intertek 广州实验室", "", "Lisa Wang;王工"),
    ("鄭家豪", "kenneth.cheng@hengcheong.example.com.hk", "恆昌貿易", "", "郑家豪;Kenneth Cheng;Kenneth"),
    ("佐藤由紀", "y.sato@hengcheong.example.com.hk", "恆昌貿易", "", "Yuki Sato;佐藤"),
    ("박지훈", "jihoon.park@hkiln.example.kr", "한국요업기계 Hanguk Kiln", "", "Park Ji-hoon;Mr. Park;朴智勋"),
    ("Stefan Vogel", "stefan.vogel@hkiln-europe.example.de", "Hanguk Kiln Europe GmbH", "", "Stefan"),
]
P = {r[0]: {"name": r[0], "email": r[1], "department": r[2], "manager_email": r[3], "aliases": r[4]} for r in ROSTER}


def who(x):
    if isinstance(x, tuple):
        return x
    if x == "BOT":
        return BOT
    return (x, P[x]["email"])


# ------------------------------------------------------------------------------------------------ encoding
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5",
         "iso-8859-2": "iso-8859-2", "iso-2022-jp": "iso-2022-jp", "ks_c_5601-1987": "cp949",
         "windows-1252": "cp1252", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
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


def fits(text, label):
    try:
        text.encode(codec(label))
        return True
    except UnicodeEncodeError:
        return False


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    if not fits(text, label):
        label = "utf-8"  # per-header charset choice, as Outlook/Thunderbird do for characters outside the body charset
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label if fits(name, label) else "utf-8", mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False):
    return ",\n ".join(haddr(*who(p), label=label, mode=mode, quote=quote) for p in people)


def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")


def leaf(ctype, text, label, cte="base64", ct_quote=True, crlf=False, extra_params=""):
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:
        raise ValueError("body not encodable in %s" % label)
    m = Message()
    m["Content-Type"] = ctype + ('; charset="%s"' % label if ct_quote else "; charset=%s" % label) + extra_params
    m["Content-Transfer-Encoding"] = cte
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    m.set_payload(transfer_encode(text.encode(codec(label)), cte))
    return m


def multi(subtype, parts, boundary, preamble=None, quote=True):
    m = Message()
    m["Content-Type"] = ('multipart/%s; boundary="%s"' if quote else "multipart/%s; boundary=%s") % (subtype, boundary)
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def assemble(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
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


def esc(s):
    return html.escape(s, quote=False)


def received(t, helo, ip, seed):
    t2 = sh(t) + dt.timedelta(seconds=4)
    return ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (CST)"
            % (helo, helo, ip, DOM, hx(seed, 9).upper(), BOT[1], rfc_date(t2)))


# ------------------------------------------------------------------------------------------------ recaps
class Recap:
    def __init__(self, key, subject, t, organizer, to, cc, rows, cutoff, minutes_id):
        self.key, self.subject, self.t = key, subject, t
        self.frm = BOT
        self.organizer = organizer
        self.to = [who(x) for x in to]
        self.cc = [who(x) for x in cc]
        self.rows = rows
        self.cutoff = cutoff
        self.minutes_id = minutes_id
        self.msgid = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.text = self.render_text()
        self.html = self.render_html()

    def render_text(self):
        L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        for n, task, owner, due in self.rows:
            L.append("| %d | %s | %s | %s 18:00 |" % (n, task, owner, due))
        L += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff,
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
              "—— 纪要助手（系统自动发送，请勿修改主题）"]
        return "\n".join(L) + "\n"

    def render_html(self):
        rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s 18:00</td></tr>" % (n, esc(t), esc(o), d)
                       for n, t, o, d in self.rows)
        return ('<div>各位好：</div><div><br></div><div>纪要助手已登记本次会议的待办事项：</div>'
                '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:14px"><tr><th>序号</th>'
                '<th>事项</th><th>负责人</th><th>截止时间</th></tr>%s</table><div><br></div><div>如有异议请于今日内回复'
                '（截止 %s，逾期视为无异议）。</div><div>回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”'
                '“进度80%%”“延期至10月20日”即可。</div><div><br></div><div>—— 纪要助手（系统自动发送，请勿修改主题）</div>'
                % (rows, self.cutoff))

    def due(self, n):
        return D.fromisoformat([r for r in self.rows if r[0] == n][0][3])


def R(key, subject, t, organizer, to, cc, rows, cutoff):
    return Recap(key, subject, ts(t), organizer, to, cc, rows, cutoff,
                 "<%s.minutes@%s>" % (hx("min" + key, 16), DOM))


M1 = R("M1", "【会议纪要】出口部周例会 2025-09-22", "2025-09-22 17:10:26", "梁国栋",
       ["梁国栋", "陈嘉欣", "黄志远", "李婉婷"], [],
       [(1, "更新沙特Al Manar订单的唛头和装箱单", "陈嘉欣", "2025-09-24"),
        (2, "与厦门海捷确认10月船期及舱位", "黄志远", "2025-09-26"),
        (3, "寄送越南经销商岩板样品（600x1200，6款）", "陈嘉欣", "2025-09-30"),
        (4, "墨西哥客户新关税报价单", "李婉婷", "2025-09-25"),
        (5, "波兰客户CE/DoP文件更新", "李婉婷", "2025-09-30")],
       "2025-09-22 18:00")
M2 = R("M2", "釉料供应商质量沟通会纪要（9月23日）", "2025-09-23 16:40:05", "冯碧琪",
       ["冯碧琪", "程建明", "吴雅琳", "何晓蕾", "谭子健"], ["区永康", "苏文斌"],
       [(1, "提供哑光白釉批次检测报告（批号JR2509-17）", "程建明", "2025-09-26"),
        (2, "新批次哑光白釉小试（试烧两窑）", "吴雅琳", "2025-09-29"),
        (3, "更新釉料来料检验标准", "何晓蕾", "2025-10-10"),
        (4, "确认四季度釉料采购量及价格", "谭子健", "2025-09-30")],
       "2025-09-23 18:00")
M3 = R("M3", "2号辊道窑改造项目周会纪要 / No.2 Kiln Retrofit Weekly", "2025-09-24 18:20:41", "罗建华",
       ["罗建华", "邓伟强", "박지훈", "Stefan Vogel"], ["区永康"],
       [(1, "提交2号辊道窑燃烧系统改造方案 (burner system proposal)", "박지훈", "2025-09-30"),
        (2, "安排停窑检修窗口", "邓伟强", "2025-09-28"),
        (3, "燃烧器备件清单及报价 (spare parts list & quotation)", "Stefan Vogel", "2025-10-10"),
        (4, "改造期间产能缺口评估", "罗建华", "2025-09-26")],
       "2025-09-25 18:00（今日已过截止时间，顺延至下一工作日）")
M4 = R("M4", "Intertek送检及出口认证沟通纪要", "2025-09-25 11:05:12", "苏文斌",
       ["苏文斌", "王丽华", "何晓蕾", "李婉婷"], [],
       [(1, "出具防滑系数(R10/R11)测试报告", "王丽华", "2025-10-13"),
        (2, "寄送澳洲项目送检样品", "何晓蕾", "2025-09-26"),
        (3, "提交沙特SABER认证资料", "李婉婷", "2025-09-30"),
        (4, "复核吸水率测试偏差原因", "苏文斌", "2025-10-09")],
       "2025-09-25 18:00")
M5 = R("M5", "Overseas Distributor Q4 Sync 海外经销商四季度订单协调会", "2025-09-26 16:00:33", "李婉婷",
       ["李婉婷", "Rami Khoury", "Nguyễn Thị Thu Hà", "Alejandro Ruiz", "Katarzyna Nowak", "Marco Bellini",
        "Jessica Walsh", "鄭家豪", "黄志远"],
       ["梁国栋", "Faisal Al-Harbi", "Pieter de Vries", "佐藤由紀"],
       [(1, "Al Manar: confirm Q4 PO quantities 沙特四季度订单数量确认", "Rami Khoury", "2025-09-30"),
        (2, "Saigon Tile: slab sample feedback 越南岩板样品反馈", "Nguyễn Thị Thu Hà", "2025-10-15"),
        (3, "Cerámica del Norte: confirm new price & place PO 墨西哥新报价确认下单", "Alejandro Ruiz", "2025-10-10"),
        (4, "Płytki Wisła: warehouse receiving window 波兰仓库收货时间窗", "Katarzyna Nowak", "2025-10-09"),
        (5, "Adriatica: return colour-shade samples 意大利色差样板寄回", "Marco Bellini", "2025-10-13"),
        (6, "Southern Cross: project slip-resistance spec (R11) 澳洲项目防滑要求", "Jessica Walsh", "2025-09-30"),
        (7, "恆昌貿易：信用证修改 L/C amendment", "鄭家豪", "2025-09-29"),
        (8, "Q4订舱计划汇总表", "黄志远", "2025-09-30")],
       "2025-09-26 18:00")
M6 = R("M6", "海捷货代月度对账及旺季舱位会议纪要", "2025-10-13 15:30:08", "黄志远",
       ["黄志远", "林雅婷", "冼家乐"], ["莫秀英"],
       [(1, "提供9月运费对账单", "林雅婷", "2025-10-15"),
        (2, "核对9月运费发票并提交付款", "冼家乐", "2025-10-17"),
        (3, "锁定11月旺季舱位（厦门/盐田）", "林雅婷", "2025-10-20"),
        (4, "更新2026年海运合同条款", "黄志远", "2025-10-31")],
       "2025-10-13 18:00")
M7 = R("M7", "【纪要】10月生产计划协调会", "2025-10-14 16:05:50", "罗建华",
       ["罗建华", "邓伟强", "谭子健", "陈嘉欣"], ["梁国栋"],
       [(1, "抛光线排产调整（沙特订单插单）", "邓伟强", "2025-10-16"),
        (2, "2号窑温度曲线记录整理", "邓伟强", "2025-10-17"),
        (3, "釉线喷釉嘴更换", "邓伟强", "2025-10-20"),
        (4, "出口纸箱及木托备货", "谭子健", "2025-10-17"),
        (5, "样品间展板更新", "陈嘉欣", "2025-10-24")],
       "2025-10-14 18:00")
RECAPS = {r.key: r for r in [M1, M2, M3, M4, M5, M6, M7]}


def subj(r):
    return "Re: " + r.subject


# ------------------------------------------------------------------------------------------------ quote styles
def gt(lines, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l else prefix.rstrip() + "\n" for l in lines.rstrip("\n").split("\n"))


def ampm_zh(t):
    h = t.hour
    part = "上午" if h < 12 else "下午"
    return "%s%d:%02d" % (part, h if h <= 12 else h - 12, t.minute)


def rcpts(p, fmt, sep):
    return sep.join(fmt % x for x in p.to)


def ccs(p, fmt, sep):
    return sep.join(fmt % x for x in p.cc)


def q_block(p, lines, html_lines, sep_text="", sep_html="", style="border-top:solid #E1E1E1 1.0pt"):
    text = "\n" + (sep_text + "\n" if sep_text else "") + "\n".join(lines) + "\n\n" + p.text
    h = ('%s<div style="border:none;%s;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div><br>%s'
         % (sep_html, style, "<br>".join(html_lines), p.html))
    return text, h


def quote_qq(p, en=False):
    t = p.t
    when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], ampm_zh(t))
    tos = "".join('"%s"<%s>;' % x for x in p.to)
    cs_ = "".join('"%s"<%s>;' % x for x in p.cc)
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            % (p.frm[0], p.frm[1], when, tos) + ("抄送: %s\n" % cs_ if cs_ else "") + "主题: %s\n\n\n\n" % subj(p)
            + p.text)
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div>%s<div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), ("<div><b>抄送:</b>&nbsp;%s</div>" % esc(cs_)) if cs_ else "",
            esc(subj(p)), p.html))
    return text, h


def quote_outlook(p, lang="zh-CN", owa=False):
    t = p.t
    tos = "; ".join("%s <%s>" % x for x in p.to)
    cc_ = "; ".join("%s <%s>" % x for x in p.cc)
    wd = t.weekday()
    if lang == "zh-CN":
        lab = ("发件人", "发送时间", "收件人", "抄送", "主题", ": ")
        when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    elif lang == "zh-TW":
        lab = ("寄件者", "寄件日期", "收件者", "副本", "主旨", ": ")
        h12 = t.hour % 12 or 12
        when = "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)
    elif lang == "en":
        lab = ("From", "Sent", "To", "Cc", "Subject", ": ")
        h12 = t.hour % 12 or 12
        when = "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[wd], MONTH_EN_LONG[t.month - 1], t.day, t.year, h12,
                                             t.minute, "AM" if t.hour < 12 else "PM")
    elif lang == "fr":
        lab = ("De", "Envoyé", "À", "Cc", "Objet", " : ")
        days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]
        when = "%s %d %s %d %02d:%02d" % (days[wd], t.day, months[t.month - 1], t.year, t.hour, t.minute)
    elif lang == "de":
        lab = ("Von", "Gesendet", "An", "Cc", "Betreff", ": ")
        days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember"]
        when = "%s, %d. %s %d %02d:%02d" % (days[wd], t.day, months[t.month - 1], t.year, t.hour, t.minute)
    elif lang == "it":
        lab = ("Da", "Inviato", "A", "Cc", "Oggetto", ": ")
        days = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
        months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                  "ottobre", "novembre", "dicembre"]
        when = "%s %d %s %d %02d:%02d" % (days[wd], t.day, months[t.month - 1], t.year, t.hour, t.minute)
    elif lang == "ko":
        lab = ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", ": ")
        when = "%d년 %d월 %d일 %s요일 %s %d:%02d" % (t.year, t.month, t.day, "월화수목금토일"[wd],
                                                "오전" if t.hour < 12 else "오후", t.hour % 12 or 12, t.minute)
    else:
        raise ValueError(lang)
    c = lab[5]
    lines = ["%s%s%s <%s>" % (lab[0], c, p.frm[0], p.frm[1]), "%s%s%s" % (lab[1], c, when),
             "%s%s%s" % (lab[2], c, tos)] + (["%s%s%s" % (lab[3], c, cc_)] if cc_ else []) + \
            ["%s%s%s" % (lab[4], c, subj(p))]
    hl = ["<b>%s%s</b>%s" % (lab[0], c.rstrip(), esc(" %s <%s>" % p.frm)), "<b>%s%s</b> %s" % (lab[1], c.rstrip(), when),
          "<b>%s%s</b> %s" % (lab[2], c.rstrip(), esc(tos))] + \
         (["<b>%s%s</b> %s" % (lab[3], c.rstrip(), esc(cc_))] if cc_ else []) + \
         ["<b>%s%s</b> %s" % (lab[4], c.rstrip(), esc(subj(p)))]
    if owa:
        text = "\n________________________________\n" + "\n".join(lines) + "\n\n" + p.text
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div '
             'id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '%s</font><div>&nbsp;</div></div>%s' % ("<br>".join(hl), p.html))
        return text, h
    return q_block(p, lines, hl)


def quote_outlook_mac(p):
    t = p.t
    when = "%s, %d %s %d at %d:%02d" % (DAY_EN_LONG[t.weekday()], t.day, MONTH_EN_LONG[t.month - 1], t.year, t.hour,
                                        t.minute)
    lines = ["From: %s <%s>" % p.frm, "Date: %s" % when, "To: %s" % ", ".join("%s <%s>" % x for x in p.to)] + \
            (["Cc: %s" % ", ".join("%s <%s>" % x for x in p.cc)] if p.cc else []) + ["Subject: %s" % subj(p)]
    return q_block(p, lines, [esc(l) for l in lines], style="border-top:solid #B5C4DF 1.0pt")


def quote_outlook_ios(p):
    t = p.t
    h12 = t.hour % 12 or 12
    when = "%s, %s %d, %d %d:%02d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year,
                                              h12, t.minute, t.second, "AM" if t.hour < 12 else "PM")
    lines = ["From: %s <%s>" % p.frm, "Sent: %s" % when, "To: %s" % ", ".join("%s <%s>" % x for x in p.to)] + \
            (["Cc: %s" % ", ".join("%s <%s>" % x for x in p.cc)] if p.cc else []) + ["Subject: %s" % subj(p)]
    text = "\n________________________________\n" + "\n".join(lines) + "\n\n" + p.text
    h = ('<div id="ms-outlook-mobile-signature"></div><div id="mail-editor-reference-message-container"><hr '
         'style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">%s</div>%s</div>'
         % ("<br>".join(esc(l) for l in lines), p.html))
    return text, h


def attr_quote(attr, p, attr_html=None, blockquote='<blockquote type="cite">'):
    text = "\n\n" + attr + "\n" + gt(p.text)
    h = '<div>%s<br></div>%s%s</blockquote>' % (attr_html or esc(attr), blockquote, p.html)
    return text, h


def gmail_bq():
    return ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">')


def quote_gmail(p, lang):
    t = p.t
    n, a = p.frm
    wd = t.weekday()
    if lang == "zh":
        attr = "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (n, a, t.year, t.month, t.day, WEEKDAY_ZH[wd], t.hour, t.minute)
    elif lang == "zh-TW":
        attr = "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (n, a, t.year, t.month, t.day, WEEKDAY_ZH[wd],
                                                         "上午" if t.hour < 12 else "下午", t.hour % 12 or 12, t.minute)
    elif lang == "en":
        attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[wd], MONTH_EN[t.month - 1], t.day, t.year,
                                                               t.hour % 12 or 12, t.minute,
                                                               "AM" if t.hour < 12 else "PM", n, a)
    elif lang == "es":
        d = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][wd]
        m = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][t.month - 1]
        attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (d, t.day, m, t.year, t.hour, t.minute, n, a)
    elif lang == "de":
        d = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][wd]
        m = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."][t.month - 1]
        attr = "Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (d, t.day, m, t.year, t.hour, t.minute, n, a)
    elif lang == "vi":
        attr = "Vào Th %d, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (wd + 2, t.day, t.month, t.year,
                                                                           t.hour, t.minute, n, a)
    elif lang == "ja":
        attr = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[wd], t.hour, t.minute, n, a)
    elif lang == "ko":
        attr = "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, "월화수목금토일"[wd],
                                                           "오전" if t.hour < 12 else "오후", t.hour % 12 or 12,
                                                           t.minute, n, a)
    else:
        raise ValueError(lang)
    ah = esc(attr).replace("&lt;%s&gt;" % a, '&lt;<a href="mailto:%s">%s</a>&gt;' % (a, a))
    text = "\n\n" + attr + "\n\n" + gt(p.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>%s%s'
         '</blockquote></div>' % (ah, gmail_bq(), p.html))
    return text, h, attr


def quote_apple(p, lang):
    t = p.t
    n, a = p.frm
    if lang == "zh":
        attr = "在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, n, a)
    elif lang == "zh-TW":
        attr = "%s <%s> 於 %d年%d月%d日 %s%d:%02d 寫道：" % (n, a, t.year, t.month, t.day,
                                                      "上午" if t.hour < 12 else "下午", t.hour % 12 or 12, t.minute)
    elif lang == "nl":
        m = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][t.month - 1]
        attr = "Op %d %s %d, om %02d:%02d heeft %s <%s> het volgende geschreven:" % (t.day, m, t.year, t.hour,
                                                                                     t.minute, n, a)
    elif lang == "en":
        attr = "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (t.day, MONTH_EN[t.month - 1], t.year, t.hour, t.minute,
                                                            n, a)
    else:
        raise ValueError(lang)
    return attr


# ------------------------------------------------------------------------------------------------ clients
def mkid(seed, fmt):
    return fmt.format(h8=hx(seed, 8).upper(), h4=hx(seed + "4", 4).upper(), h12=hx(seed + "c", 12).upper(),
                      h16=hx(seed, 16), h32=hx(seed, 32).upper(), b=hb64(seed, 30))


def thread_hdrs(p, style="both"):
    refs = "%s\n %s" % (p.minutes_id, p.msgid)
    if style == "irt":
        return [("In-Reply-To", p.msgid)]
    return [("In-Reply-To", p.msgid), ("References", refs)]


def build(c):
    """c: dict describing one reply. Returns message bytes."""
    p = RECAPS[c["recap"]]
    t = c["t"]
    frm = who(c["from"])
    to = [p.reply_to] + [who(x) for x in c.get("to", [])]
    cc = [who(x) for x in c.get("cc", [])]
    cl = c["client"]
    seed = c["slug"]
    new_text = c["text"].strip("\n") + "\n"
    new_html = c.get("html") or "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new_text.rstrip("\n").split("\n"))
    cs = c.get("cs", "utf-8")
    prefix = c.get("subject_prefix", "Re: ")
    # Gmail, Apple Mail, Thunderbird, Outlook for Mac/iOS do not stack a second "Re:"
    subject = subj(p) if prefix.strip().lower() == "re:" and c["client"] not in ("coremail",) else prefix + subj(p)
    crlf = False
    inline = c.get("inline")  # full custom text/html, already includes quote

    def alt(text, h, label, cte, boundary, ct_quote=True, crlfb=False, bq=True):
        return multi("alternative", [leaf("text/plain", text, label, cte, ct_quote=ct_quote, crlf=crlfb),
                                     leaf("text/html", h, label, cte, ct_quote=ct_quote, crlf=crlfb)], boundary,
                     quote=bq)

    dl = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1])]
    helo, ip = c.get("relay", ("smtp.%s" % frm[1].split("@")[1], "203.0.113.%d" % (int(hx(seed, 2), 16) % 200 + 20)))
    dl.append(received(t, helo, ip, seed))

    if cl.startswith("qq") or cl in ("wecom",):
        qt, qh = quote_qq(p)
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else new_html + qh
        cs = "gb18030"
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        body = alt(text, '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">' + h, cs, "base64", b)
        body.preamble = "This is a multi-part message in MIME format."
        hdrs = ([("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
                 ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"), ("X-QQ-BUSINESS-ORIGIN", "2"),
                 ("X-Originating-IP", "113.108.%d.%d" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250)),
                 ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9,
                                                                       int(t.timestamp()), hx(seed + "q", 7)))]
                + [("From", haddr(*frm, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))]
                + ([("Cc", haddrs(cc, cs, "B", quote=True))] if cc else [])
                + [("Subject", htext(subject, cs, "B")), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
                   ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper())]
                + ([("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
                   if cl.startswith("qq") else
                   [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "WeCom Mail 4.1.22"),
                    ("X-QQ-Mailer", "Tencent Exmail")])
                + thread_hdrs(p))
        dl[2] = received(t, "smtpbg%d.qq.com" % (150 + int(hx(seed, 2), 16) % 9), "43.155.65.%d" % (200 + int(hx(seed, 2), 16) % 50), seed)
    elif cl == "foxmail":
        qt, qh = quote_foxmail(p)
        cs = "GBK"
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else new_html + qh
        n = int(hx(seed, 6), 16)
        b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
        hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: '
              '1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: '
              '1.5; }</style></head><body>\n%s\n</body></html>' % h)
        body = alt(text, hd, cs, "base64", b, crlfb=True)
        body.preamble = "This is a multi-part message in MIME format."
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))] \
            + ([("Cc", haddrs(cc, cs, "B", quote=True))] if cc else []) \
            + [("Subject", htext(subject, cs, "B"))] + thread_hdrs(p) \
            + [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                                  hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                                  hx(seed + "i", 12).upper())),
               ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
               ("Message-ID", "<%s%07d@%s>" % (sh(t).strftime("%Y%m%d%H%M%S"), n % 10 ** 7, frm[1].split("@")[1]))]
    elif cl.startswith("outlook"):
        lang = c.get("lang", "zh-CN")
        if cl == "outlook-mac":
            qt, qh = quote_outlook_mac(p)
        elif cl == "outlook-ios":
            qt, qh = quote_outlook_ios(p)
        else:
            qt, qh = quote_outlook(p, lang, owa=(cl == "outlook-owa"))
        qt, qh = row_answer(qt, qh, c)
        if c.get("noquote"):
            qt, qh = "", ""
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else new_html + qh
        hd = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
              '<meta http-equiv="Content-Type" content="text/html; charset=%s"><meta name="Generator" content="Microsoft '
              'Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
              '%s</div></body></html>' % (cs, lang, h))
        stamp = hx(seed, 12).upper()
        if cl in ("outlook-owa", "outlook-ios"):
            mid = "%sPR0%dMB%s" % (c.get("pod", "SEZ"), 1 + int(hx(seed, 1), 16) % 6, hx(seed, 4).upper())
            b = "_000_%s%s_" % (mid, hx(seed + "m", 20).upper())
            body = alt(text, hd, cs, "base64", b, crlfb=True)
            hdrs = [("From", haddr(*frm, cs, "B")), ("To", haddrs(to, cs, "B"))] \
                + ([("CC", haddrs(cc, cs, "B"))] if cc else []) \
                + [("Subject", htext(subject, cs, "B")), ("Thread-Topic", htext(subj(p), cs, "B")),
                   ("Thread-Index", hb64(seed + "ti", 27)), ("Date", rfc_date(t.astimezone(dt.timezone.utc))),
                   ("Message-ID", "<%s%s@%s.%s.prod.outlook.com>" % (mid, hx(seed + "m", 20).upper(), mid,
                                                                     c.get("region", "apcprd06")))] \
                + thread_hdrs(p) \
                + [("Accept-Language", c.get("accept", "en-US")), ("Content-Language", c.get("clang", "en-US")),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
                # note: Exchange Online stamps the Date in UTC
            dl[2] = received(t, "%s.outbound.protection.outlook.com" % c.get("region", "apcprd06"), "40.107.117.%d"
                             % (int(hx(seed, 2), 16) % 200 + 10), seed)
        elif cl == "outlook-mac":
            b = "_000_%s_" % hx(seed, 32).upper()
            body = alt(text, hd, cs, "quoted-printable", b)
            hdrs = [("From", haddr(*frm, cs, "B")), ("To", haddrs(to, cs, "B"))] \
                + ([("CC", haddrs(cc, cs, "B"))] if cc else []) \
                + [("Subject", htext(subject, cs, "B")), ("Thread-Topic", htext(subj(p), cs, "B")),
                   ("Thread-Index", hb64(seed + "ti", 27)), ("Date", rfc_date(t)),
                   ("Message-ID", "<%s@%s>" % (hx(seed, 8).upper() + "-" + hx(seed + "1", 4).upper() + "-" +
                                               hx(seed + "2", 4).upper(), frm[1].split("@")[1]))] \
                + thread_hdrs(p) + [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
                                    ("Mime-version", "1.0")]
        else:
            b = "----=_NextPart_000_%04X_01DC%s.%s" % (int(hx(seed, 4), 16) % 0xffff, stamp[:4], stamp[4:])
            body = alt(text, hd, cs, c.get("cte", "base64"), b, crlfb=True)
            body.preamble = "This is a multipart message in MIME format."
            hdrs = [("From", haddr(*frm, cs, "B")), ("To", haddrs(to, cs, "B"))] \
                + ([("Cc", haddrs(cc, cs, "B"))] if cc else []) \
                + [("References", "%s\n %s" % (p.minutes_id, p.msgid)), ("In-Reply-To", p.msgid),
                   ("Subject", htext(subject, cs, "B")), ("Date", rfc_date(t)),
                   ("Message-ID", "<%s$%s$%s@%s>" % ("000001dc" + hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                    frm[1].split("@")[1])),
                   ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
                   ("Thread-Index", hb64(seed + "ti", 27)), ("Content-Language", c.get("clang", "zh-cn"))]
    elif cl in ("gmail", "gmail-android"):
        qt, qh, attr = quote_gmail(p, c.get("lang", "en"))
        if c.get("attr_wrap"):
            qt = qt.replace(" <%s> wrote:" % p.frm[1], " <\n%s> wrote:" % p.frm[1])
        if c.get("attr_glued"):
            qt = qt.lstrip("\n")
            new_text = new_text.rstrip("\n") + "\n"
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else '<div dir="ltr">%s</div>%s' % (new_html, qh)
        b = "000000000000%s" % hx(seed, 14)
        cs = "UTF-8"
        body = alt(text, h, cs, "quoted-printable" if c.get("qp", True) else "base64", b, ct_quote=False, bq=True)
        hdrs = [("MIME-Version", "1.0")] + [("References", "%s %s" % (p.minutes_id, p.msgid)), ("In-Reply-To", p.msgid)] \
            + [("From", haddr(*frm, cs, "B")), ("Date", rfc_date(t)),
               ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
               ("Subject", htext(subject, cs, "B")), ("To", haddrs(to, cs, "B"))] \
            + ([("Cc", haddrs(cc, cs, "B"))] if cc else []) + [("X-Gm-Features", "AS18NW" + hx(seed + "gm", 30))]
        dl[2] = received(t, "mail-pj1-f%d.google.com" % (40 + int(hx(seed, 2), 16) % 60),
                         "209.85.216.%d" % (40 + int(hx(seed, 2), 16) % 60), seed)
    elif cl in ("iphone", "apple-mail"):
        attr = quote_apple(p, c.get("lang", "zh"))
        if cl == "iphone":
            qt = "\n\n> " + attr + "\n>\n" + gt(p.text)
            qh = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                  '<div dir="ltr">%s</div></blockquote>' % (esc(attr), p.html))
        else:
            qt = "\n\n" + attr + "\n\n" + gt(p.text)
            qh = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
                  '</blockquote></div>' % (esc(attr), p.html))
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else new_html + qh
        hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
              '%s</body></html>' % h) if cl == "iphone" else (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="'
            'overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % h)
        b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                           hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        body = alt(text, hd, "utf-8", "quoted-printable", b, ct_quote=False, bq=False)
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(), hx(seed + "5", 4).upper(),
                                       hx(seed + "6", 4).upper(), hx(seed + "7", 12).upper(), frm[1].split("@")[1])
        hdrs = [("From", haddr(*frm, "utf-8", "B")),
                ("Mime-Version", "1.0 (1.0)" if cl == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"),
                ("Date", rfc_date(t)), ("Subject", htext(subject, "utf-8", "B")), ("Message-Id", mid),
                ("References", "%s %s" % (p.minutes_id, p.msgid))] \
            + ([("Cc", haddrs(cc))] if cc else []) + [("In-Reply-To", p.msgid), ("To", haddrs(to))] \
            + [("X-Mailer", "iPhone Mail (22G86)" if cl == "iphone" else "Apple Mail (2.3826.700.81)")]
    elif cl == "thunderbird":
        attr = c["attr"](p)
        qt = "\n" + attr + "\n" + gt(p.text)
        qt, _ = row_answer(qt, "", c)
        text = inline[0] if inline else (new_text if new_text.strip() else "") + qt + c.get("tail", "")
        if c.get("bottom"):
            text = attr + "\n" + gt(p.text) + "\n" + new_text if not inline else text
        leafm = Message()
        leafm["Content-Type"] = "text/plain; charset=UTF-8; format=flowed"
        leafm["Content-Transfer-Encoding"] = "8bit"
        leafm.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
        body = leafm
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "4", 4), hx(seed + "5", 4), hx(seed + "6", 4),
                                       hx(seed + "7", 12), frm[1].split("@")[1])
        hdrs = [("Message-ID", mid), ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
                ("Content-Language", c.get("clang", "en-US")), ("To", haddrs(to, "UTF-8", "B"))] \
            + ([("Cc", haddrs(cc, "UTF-8", "B"))] if cc else []) \
            + [("References", "%s %s" % (p.minutes_id, p.msgid)), ("From", haddr(*frm, "UTF-8", "B")),
               ("In-Reply-To", p.msgid)]
    elif cl in ("163", "126"):
        tt = p.t
        attr = "在 %s，\"%s\" <%s> 写道：" % (tt.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
        qt = "\n\n\n\n\n\n\n" + attr + "\n" + gt(p.text, ">")
        qh = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
              '<pre><br>%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
              'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
        text = inline[0] if inline else new_text + qt
        h = inline[1] if inline else ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
                                      '%s%s</div>' % (new_html, qh))
        cs = "GBK"
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        body = alt(text, h, cs, "base64", b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))] \
            + ([("Cc", haddrs(cc, cs, "B", quote=True))] if cc else []) \
            + [("Subject", htext(subject, cs, "B"))] + thread_hdrs(p) \
            + [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.3-cmXT5 build "
                                                 "20250609(354f7833) Copyright (c) 2002-2025 www.mailtech.cn %scom" % cl),
               ("X-NTES-SC", "AL_Qu2" + hb64(seed + "n", 40)), ("MIME-Version", "1.0"),
               ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11),
                                                          frm[1].split("@")[0] + "@" + cl + ".com")),
               ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-")),
               ("X-CM-SenderInfo", "x%s" % hx(seed + "s", 12))]
        dl[2] = received(t, "m16.mail.%s.com" % cl, "220.197.31.%d" % (int(hx(seed, 2), 16) % 200 + 2), seed)
    elif cl == "mailmaster":
        tt = p.t
        tos = ", ".join("%s<%s>" % x for x in p.to)
        qt = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
              % (p.frm[0], p.frm[1], tt.strftime("%Y年%m月%d日 %H:%M"), tos, subj(p)) + p.text)
        qh = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: '
              '20px; margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div>'
              '<div style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" '
              'border="0"><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td '
              'valign="top">%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: '
              '#a0a0a2;">日期</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; '
              'color: #a0a0a2;">收件人</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; '
              'font-size: 12px; color: #a0a0a2;">主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
              % (esc(p.frm[0]), p.frm[1], tt.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(subj(p)), p.html))
        text = new_text + qt
        h = '<div style="font-size:14px">%s</div>%s' % (new_html, qh)
        b = "----=_Part_%s" % hx(seed, 24)
        body = alt(text, h, "UTF-8", "base64", b)
        hdrs = [("From", haddr(*frm, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))] \
            + ([("Cc", haddrs(cc, "UTF-8", "B"))] if cc else []) \
            + [("Subject", htext(subject, "UTF-8", "B")), ("Date", rfc_date(t)), ("MIME-Version", "1.0")] \
            + thread_hdrs(p) + [("X-Mailer", "MailMasterAndroid/7.20.6"),
                                ("Message-ID", "<%s.%s@mailmaster.163.com>" % (hx(seed, 10), hx(seed + "1", 6)))]
    elif cl == "coremail":
        tt = p.t
        tos = ", ".join('"%s" <%s>' % x for x in p.to)
        cc_ = ", ".join('"%s" <%s>' % x for x in p.cc)
        when = "%s (星期%s)" % (tt.strftime("%Y-%m-%d %H:%M:%S"), WEEKDAY_ZH[tt.weekday()])
        qt = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
              % (p.frm[0], p.frm[1], when, tos, cc_, subj(p)) + p.text)
        qh = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
              'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
              '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
              % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(cc_), esc(subj(p)), p.html))
        text = new_text + qt
        h = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div>%s</div>'
             % (new_html, qh))
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        body = alt(text, h, "UTF-8", c.get("cte", "base64"), b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, "UTF-8", "B", quote=True)),
                ("To", haddrs(to, "UTF-8", "B", quote=True))] \
            + ([("Cc", haddrs(cc, "UTF-8", "B", quote=True))] if cc else []) \
            + [("Subject", htext(subject, "UTF-8", "B"))] + thread_hdrs(p) \
            + [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
               ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"),
               ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), frm[1])),
               ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
               ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-"))]
    elif cl == "dingtalk":
        tt = p.t
        tos = "\"%s\"<%s>" % p.to[0] + "".join("; \"%s\"<%s>" % x for x in p.to[1:])
        cc_ = "; ".join("\"%s\"<%s>" % x for x in p.cc)
        when = "%d年%d月%d日(星期%s) %02d:%02d" % (tt.year, tt.month, tt.day, WEEKDAY_ZH[tt.weekday()], tt.hour, tt.minute)
        sep = "-" * 66
        lines = ["发件人：%s <%s>" % p.frm, "发送时间：%s" % when, "收件人：%s" % tos] + \
                (["抄　送：%s" % cc_] if cc_ else []) + ["主　题：%s" % subj(p)]
        qt = "\n" + sep + "\n" + "\n".join(lines) + "\n\n" + p.text
        qh = ('<div class="__aliyun_email_body_block"><div style="clear:both;">%s</div><blockquote style="margin-right:'
              '0;margin-top:0;margin-bottom:0;"><div style="clear:both;background-color:#f0f0f0;padding:4.0px;">%s'
              '</div>%s</blockquote></div>' % (sep, "<br>".join(esc(l) for l in lines), p.html))
        text = new_text + qt
        h = '<div class="__aliyun_email_body_block">%s</div>%s' % (new_html, qh)
        b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 6))
        body = alt(text, h, "UTF-8", "base64", b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, "UTF-8", "B", quote=True)),
                ("To", haddrs(to, "UTF-8", "B", quote=True))] \
            + ([("Cc", haddrs(cc, "UTF-8", "B", quote=True))] if cc else []) \
            + [("Reply-To", haddr(*frm, "UTF-8", "B", quote=True)), ("Message-ID", "<%s.%s@%s>"
                                                                      % (hx(seed, 16), hx(seed + "d", 8), frm[1].split("@")[1])),
               ("Subject", htext(subject, "UTF-8", "B")), ("X-Priority", "3"), ("X-Mailer", "DingTalk Mail 7.5"),
               ("MIME-Version", "1.0")] + thread_hdrs(p) + [("x-aliyun-mail-creator", "W4_" + hb64(seed + "w", 30))]
        dl[2] = received(t, "out30-%d.freemail.mail.aliyun.com" % (100 + int(hx(seed, 2), 16) % 100),
                         "115.124.30.%d" % (int(hx(seed, 2), 16) % 200 + 20), seed)
    elif cl == "feishu":
        tt = p.t
        lines = ["发件人：\"%s\"<%s>" % p.frm, "发送时间：%d年%d月%d日(星期%s) %02d:%02d" % (
            tt.year, tt.month, tt.day, WEEKDAY_ZH[tt.weekday()], tt.hour, tt.minute),
                 "收件人：%s" % "; ".join("\"%s\"<%s>" % x for x in p.to)] + \
                (["抄送：%s" % "; ".join("\"%s\"<%s>" % x for x in p.cc)] if p.cc else []) + ["主题：%s" % subj(p)]
        qt = "\n\n\n" + "\n".join(lines) + "\n\n" + p.text
        qh = ('<div class="history-container"><div style="border-top:1px solid #dee0e3;padding-top:8px;font-size:12px;'
              'color:#646a73">%s</div><blockquote style="padding-left:8px;border-left:2px solid #dee0e3;margin-left:0">%s'
              '</blockquote></div>' % ("<br>".join(esc(l) for l in lines), p.html))
        text = new_text + qt
        h = '<div style="font-size:14px">%s</div>%s' % (new_html, qh)
        b = "%s" % hx(seed, 60)
        body = alt(text, h, "UTF-8", "base64", b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))] \
            + ([("Cc", haddrs(cc, "UTF-8", "B"))] if cc else []) \
            + [("Subject", htext(subject, "UTF-8", "B")), ("Mime-Version", "1.0")] + thread_hdrs(p) \
            + [("Message-Id", "<%s.%s@feishu.cn>" % (hx(seed, 20), hx(seed + "f", 10))),
               ("X-Lms-Return-Path", "<lba+2%s+%s@feishu.cn>" % (hx(seed + "r", 16), frm[1].replace("@", "+"))),
               ("X-Mailer", "feishu-mail")]
        dl[2] = received(t, "va-1-%d.ptr.blmpb.com" % (10 + int(hx(seed, 2), 16) % 40),
                         "209.127.230.%d" % (int(hx(seed, 2), 16) % 200 + 10), seed)
    else:
        raise ValueError(cl)
    for k, v in c.get("extra_headers", []):
        hdrs.append((k, v))
    return serialize(assemble(dl + hdrs, body), crlf=crlf)


def row_answer(qt, qh, c):
    if not c.get("row_answer"):
        return qt, qh
    n, ans = c["row_answer"]
    out = []
    for line in qt.split("\n"):
        out.append(line)
        if re.match(r"^(> ?)?\| %d \|" % n, line):
            out.append(ans)
    qh = re.sub(r"(<tr><td>%d</td>.*?</tr>)" % n, lambda m: m.group(1) + '<tr><td colspan="4"><span style="color:'
                '#C00000">%s</span></td></tr>' % esc(ans), qh, count=1)
    return "\n".join(out), qh


def quote_foxmail(p):
    t = p.t
    tos = "; ".join(x[0] for x in p.to)
    cc_ = "; ".join(x[0] for x in p.cc)
    text = (" \n \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (p.frm[0], t.strftime("%Y-%m-%d %H:%M"), tos)
            + ("抄送： %s\n" % cc_ if cc_ else "") + "主题： %s\n" % subj(p) + p.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-'
         'RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-'
         'BOTTOM: 8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>'
         '&nbsp;%s</div><div><b>收件人：</b>&nbsp;%s</div>%s<div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div>'
         '</blockquote>' % (p.frm[1], esc(p.frm[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos),
                            ("<div><b>抄送：</b>&nbsp;%s</div>" % esc(cc_)) if cc_ else "", esc(subj(p)), p.html))
    return text, h


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def case(num, slug, client, frm, recap, t, text, gold, notes, tests, check=None, **kw):
    c = dict(slug="%d-%s" % (num, slug), client=client, **{"from": frm}, recap=recap, t=t, text=text, gold=gold,
             notes=notes, tests=tests, check=check)
    c.update(kw)
    CASES.append(c)


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def sd(c):
    """send date in Asia/Shanghai"""
    return sh(c["t"]).date()


SIG_LIANG = "梁国栋\n出口部经理 | 佛山华陶陶瓷有限公司\nM: +86 138 2345 6781  T: 0757-8268 1200\n广东省佛山市南海区狮山镇华陶工业园"
INTERTEK_DISC = ("This e-mail may contain privileged or confidential information. If you are not the intended recipient, "
                 "please notify the sender immediately and delete it. Test results relate only to the samples tested; "
                 "report delivery within 15 working days of sample receipt unless otherwise agreed.")

case(4501, "qq-two-items-thumbs-up", "qq", "陈嘉欣", "M1", ts("2025-09-22 17:38:12"),
     "收到👍 第1、3项没问题", rep("confirm", [1, 3]),
     "Recap of M1 (Mon 2025-09-22 17:10). '收到👍 第1、3项没问题' before the 18:00 cut-off: 没问题 = confirm for her two items "
     "written as 第1、3项. QQ '原始邮件' separator; everything under it (table, command footer) is quoted.",
     "QQ Mail gb18030 top-post with emoji; 第1、3项 + 没问题 -> confirm [1,3]")

case(4502, "foxmail-organizer-confirm-signature", "foxmail", "梁国栋", "M1", ts("2025-09-22 17:52:40"),
     "确认。\n\n" + SIG_LIANG, rep("confirm"),
     "Organizer's bare '确认。' on his own meeting; long Foxmail signature with phone numbers and an address (not items or "
     "dates). No item -> items [].",
     "Foxmail GBK base64; bare 确认 from the organizer + multi-line signature with phone numbers")

case(4503, "outlook-zhcn-done-item2-dates-in-text", "outlook", "黄志远", "M1", ts("2025-09-26 16:21:05"),
     "第2项搞定了，海捷已确认10月8日、10月15日两个40HQ的舱位，订舱单回头发群里。\n\n黄志远 Vincent\n出口部 船务\n"
     "Tel: 0757-8268 1235", rep("done", [2]),
     "Sent on the due date (Fri 09-26). '第2项搞定了' = done. The dates 10月8日/10月15日 are sailing dates inside the "
     "sentence, not an extension request: new_due_date null.",
     "Outlook zh-CN gb2312 '答复:'; 搞定了 = done; dates in the text are not an extension", cs="gb2312",
     subject_prefix="答复: ")

case(4504, "iphone-done-by-task-words", "iphone", "陈嘉欣", "M1", ts("2025-09-24 11:02:33"),
     "唛头和装箱单都弄好了，已经发给Faisal确认\n\n发自我的iPhone", rep("done"),
     "No item number. '唛头和装箱单' names item 1 (更新沙特Al Manar订单的唛头和装箱单); 陈嘉欣 owns items 1 and 3, so the "
     "task words give one clear match: item 1. Gold items [] because nothing is written as a number (README: items as "
     "written); the intended item is 1.",
     "iPhone Mail zh; done named by task words (唛头/装箱单) among two open items of the sender -> item 1",
     lang="zh")

case(4505, "163-web-done-chinese-numeral", "163", "程建明", "M2", ts("2025-09-26 10:15:48"),
     "冯经理好，\n\nJR2509-17批次的检测报告已经出来了，附件发您了，第一项可以关了。\n\n程建明\n景德镇瑞釉新材料有限公司 销售部\n"
     "手机：139 7983 2206", rep("done", [1]),
     "Supplier (163.com, outside the company domain) closes his item: '第一项可以关了' = done, items [1] (Chinese numeral). "
     "'附件发您了' but the attachment is not included in this copy (he forgot it); still a done statement. The workflow "
     "may refuse partner domains that are not in allowed_domains; the gold is what parse must read.",
     "163 webmail GBK, '在 …，\"纪要助手\" <…> 写道：' + '>' quote; 第一项可以关了 -> done [1]")

case(4506, "mailmaster-extend-next-monday", "mailmaster", "程建明", "M2", ts("2025-09-24 08:52:10"),
     "冯经理，第1项可能要延期到下周一，景德镇检测中心排队，报告周五出不来\n\n发自网易邮箱大师", rep("extend", [1], new_due="2025-09-29"),
     "Wed 2025-09-24: '延期到下周一' = Monday of next week = 2025-09-29. '周五出不来' is the reason (the old date).",
     "网易邮箱大师 '---- 回复的原邮件 ----' quote; 延期到下周一 from a Wednesday",
     check=lambda c: next_week_weekday(sd(c), 0), subject_prefix="回复:")

case(4507, "coremail-progress-by-task", "coremail", "吴雅琳", "M2", ts("2025-09-26 17:31:22"),
     "小试进度60%，第一窑出来颜色偏黄，周一再烧一窑对比。\n\n吴雅琳 研发部釉料组", rep("progress", percent=60),
     "No item number; '小试' names item 2, her only item in M2. '周一再烧一窑' is a plan, not an extension.",
     "Coremail webmail UTF-8 '-----原始邮件-----'; progress named by task (小试) with a weekday in the text",
     subject_prefix="Re:")

case(4508, "wecom-object-item3-reason-dates", "wecom", "何晓蕾", "M2", ts("2025-09-23 17:06:44"),
     "对第3项有异议：来料检验标准要等Intertek吸水率复核结果出来才能定，10月10日太赶，建议和复核一起放到10月底。",
     rep("object", [3]),
     "Before the 18:00 cut-off. '对第3项有异议' + reason -> object [3]. The reason proposes '10月底' but this is an "
     "objection, not an extension request: new_due_date null.",
     "企业微信邮件 (Tencent Exmail engine) gb18030; objection whose reason proposes a new date", subject_prefix="回复：")

case(4509, "dingtalk-done-item4", "dingtalk", "谭子健", "M2", ts("2025-09-30 14:12:09"),
     "第4项已完成，四季度釉料量和单价已跟瑞釉谈定，合同走OA审批。\n\n谭子健 | 采购部\n手机 136 0288 4410",
     rep("done", [4]),
     "Tue 09-30 (working day before National Day). '第4项已完成' -> done [4].",
     "钉钉邮箱 (Alimail) quote with '发件人：' / '抄　送：' / '主　题：' full-width spacing", subject_prefix="回复：")

case(4510, "feishu-organizer-meiwenti", "feishu", "冯碧琪", "M2", ts("2025-09-23 17:21:30"),
     "收到，没问题", rep("confirm"),
     "Organizer: '收到，没问题' = confirm, no item.",
     "飞书邮箱 UTF-8; 收到，没问题 -> confirm", subject_prefix="回复：")

case(4511, "outlook-ko-move-item1-oct10", "outlook", "박지훈", "M3", ts("2025-09-29 10:30:18", tz(9)),
     "Dear Mr. Luo,\n\nRegarding item 1, the combustion calculation needs one more check by our head office. Could we "
     "move item 1 to Oct 10 (Fri)?\n\nBest regards,\nPark Ji-hoon / 박지훈\nOverseas Project Team | Hanguk Kiln Co., Ltd.\n"
     "T +82 31 555 0142", rep("extend", [1], new_due="2025-10-10"),
     "Korean Outlook (quote labels 보낸 사람/보낸 날짜/받는 사람/제목), English body. Date 10:30 +0900 = 09:30 Shanghai on "
     "Mon 09-29. 'move item 1 to Oct 10' = extension request -> 2025-10-10 (a working day after National Day).",
     "Outlook ko-KR quote header; English 'Could we move item 1 to Oct 10' -> extend", lang="ko",
     cs="utf-8", subject_prefix="회신: ", clang="ko-KR", check=lambda c: month_day(sd(c), 10, 10))

case(4512, "gmail-de-progress-spare-parts", "gmail", "Stefan Vogel", "M3", ts("2025-09-26 08:14:55", tz(2)),
     "Hi all,\n\nspare parts list for the burners is about 70% done, the quotation will follow next week.\n\n"
     "Viele Grüße\nStefan Vogel\nService Engineer | Hanguk Kiln Europe GmbH", rep("progress", percent=70),
     "German Gmail ('Am Mi., 24. Sept. 2025 um 18:20 Uhr schrieb …'). No number; 'spare parts list' names item 3, his only "
     "item. 'next week' describes the quotation, not an extension (his due is 10-10).",
     "Gmail de quote attribution; progress 70% named by task words; 'next week' not an extension", lang="de")

case(4513, "thunderbird-zh-inline-under-row", "thunderbird", "邓伟强", "M3", ts("2025-09-25 08:41:07"), "",
     rep("done", [2]),
     "Inline answer: he quotes the recap with '>' and writes under the quoted row '| 2 | 安排停窑检修窗口 | 邓伟强 |…' "
     "the line '已安排：9月28日（周日调休上班）停窑12小时，检修单已提交。'. The task was to arrange the window, so it is done. "
     "Convention of this set: an answer written directly under a quoted table row refers to that row -> items [2]. The "
     "date 9月28日 is the window itself, not a new due date.",
     "Thunderbird zh 8bit format=flowed; inline answer under a quoted recap row -> done [2]",
     attr=lambda p: "在 %s, %s 写道:" % (p.t.strftime("%Y/%m/%d %H:%M"), p.frm[0]), clang="zh-CN",
     row_answer=(2, "已安排：9月28日（周日调休上班）停窑12小时，检修单已提交。"), tail="\n-- \n邓伟强 生产部窑炉车间\n")

case(4514, "outlook-mac-zh-organizer-done-item4", "outlook-mac", "罗建华", "M3", ts("2025-09-25 10:02:39"),
     "第4项已完成，缺口约1.2万平方，已与计划部安排外协加工。\n第1项请Park先生务必按时提交。\n\n罗建华\n生产部 厂长",
     rep("done", [4]),
     "Organizer's own item: '第4项已完成' -> done [4]. The second sentence is a reminder about item 1 (务必按时), not a "
     "command for item 1.",
     "Outlook for Mac (English UI quote block) with a Chinese body; done [4] + a reminder sentence about another item")

case(4515, "owa-au-item6-done", "outlook-owa", "Jessica Walsh", "M5", ts("2025-09-29 11:22:03", tz(10)),
     "Hi Tina,\n\nItem 6 done – R11 requirement sheet from the architect attached (P4/R11 for the pool surrounds, R10 "
     "for the lobby).\n\nCheers,\nJess\n\nJessica Walsh | Procurement Lead\nSouthern Cross Tiles Pty Ltd\n"
     "+61 2 9555 0193", rep("done", [6]),
     "Microsoft 365 (OWA); Date stamped in UTC by Exchange Online (01:22 UTC = 09:22 Shanghai, Mon 09-29). "
     "'Item 6 done' -> done [6]. R10/R11/P4 are slip ratings, not numbers of items.",
     "OWA/Microsoft 365 en, UTC Date, '________________________________' + From/Sent quote; R11/P4 codes not items",
     lang="en", region="SYBPR01", pod="SY4", subject_prefix="RE: ")

case(4516, "apple-nl-question-no-change", "apple-mail", "Pieter de Vries", "M5", ts("2025-09-29 13:40:11", tz(10)),
     "Hi Tina,\n\nQuick question on the R11 requirement: does the slip test have to be done by Intertek, or can our "
     "local NATA lab do it?\n\nGroeten,\nPieter", rep("unknown"),
     "Dutch Apple Mail attribution ('Op 26 sep 2025, om 16:00 heeft … het volgende geschreven:'). A question from a "
     "non-owner; no command. Intent 'unknown' (SPEC enum) = nothing changes; the bot may keep it as a comment.",
     "Apple Mail nl attribution; a question -> intent unknown, nothing changes", lang="nl")

case(4517, "gmail-vi-two-more-days-item2", "gmail", "Nguyễn Thị Thu Hà", "M5", ts("2025-10-14 09:05:27", tz(7)),
     "Chào chị Tina,\n\nItem 2: we need two more days for the slab feedback, our showroom team is still testing the "
     "polished 600x1200.\n\nTrân trọng,\nThu Hà\nSaigon Tile JSC", rep("extend", [2], new_due="2025-10-17"),
     "Vietnamese Gmail ('Vào Th 6, 26 thg 9, 2025 vào lúc 16:00 … đã viết:'). 'two more days' on item 2 (due 2025-10-15): "
     "convention of this set: 'N more days' = the item's current due date + N calendar days = 2025-10-17 (Fri; also "
     "2 working days later, so no ambiguity).",
     "Gmail vi attribution; 'two more days' relative to the item's current due date", lang="vi",
     check=lambda c: M5.due(2) + dt.timedelta(days=2))

case(4518, "gmail-es-push-3-to-21st", "gmail", "Alejandro Ruiz", "M5", ts("2025-10-09 20:35:40", tz(-6)),
     "Hola Tina,\n\ncan we push #3 to the 21st? Our director is travelling and has to sign the PO.\n\nSaludos,\n"
     "Alejandro Ruiz\nCompras | Cerámica del Norte\nTel. +52 81 5555 0177", rep("extend", [3], new_due="2025-10-21"),
     "Spanish Gmail ('El vie, 26 sept 2025 a las 16:00, … escribió:'). Date 20:35 -0600 on Thu 10-09 = Fri 10-10 10:35 "
     "Shanghai. 'push #3 to the 21st' -> 2025-10-21 (day-of-month not yet past in October).",
     "Gmail es; -0600 evening = next day in Shanghai; 'push #3 to the 21st'", lang="es",
     check=lambda c: day_of_month(sd(c), 21))

case(4519, "thunderbird-pl-bottom-posted-done", "thunderbird", "Katarzyna Nowak", "M5", ts("2025-10-15 09:10:00", tz(2)),
     "Dzień dobry Tina,\n\nitem 4 - our receiving window is Mon-Thu 7:00-14:00, gate 3. Done from our side.\n\n"
     "Pozdrawiam / Best regards\nKatarzyna Nowak\nPłytki Wisła Sp. z o.o.", rep("done", [4]),
     "Bottom-posted under a Polish Thunderbird attribution ('W dniu 26.09.2025 o 10:00, 纪要助手 pisze:') and the whole "
     "'>' quoted recap. 'item 4 … Done from our side' -> done [4]. Times 7:00-14:00 are the window, not a due.",
     "Thunderbird pl bottom-posting; the new text is after the quote",
     attr=lambda p: "W dniu %s o %s, %s pisze:" % (p.t.astimezone(tz(2)).strftime("%d.%m.%Y"),
                                                   p.t.astimezone(tz(2)).strftime("%H:%M"), p.frm[0]),
     bottom=True, clang="pl")

case(4520, "outlook-it-item5-sent-back", "outlook", "Marco Bellini", "M5", ts("2025-10-13 09:48:31", tz(2)),
     "Ciao Tina,\n\nthe colour-shade samples (item 5) went back to you on Friday with DHL, AWB 4417 2093 55. So this "
     "one is done.\n\nCordiali saluti\nMarco Bellini\nUfficio Acquisti – Ceramiche Adriatica S.r.l.",
     rep("done", [5]),
     "Italian Outlook quote labels (Da/Inviato/A/Cc/Oggetto). '(item 5)… this one is done' -> done [5]. The AWB number "
     "is not an item number.",
     "Outlook it-IT quote header; English body with a tracking number", lang="it", cs="utf-8",
     subject_prefix="R: ", clang="it-IT")

case(4521, "outlook-fr-quantities-confirmed", "outlook", "Rami Khoury", "M5", ts("2025-09-30 12:15:02", tz(3)),
     "Dear Tina,\n\nItem 1: Q4 quantities are confirmed as per the attached draft PO – 14 x 40HQ, split Oct/Nov/Dec "
     "(5/5/4).\n\nBest regards,\nRami Khoury\nPurchasing Manager – Al Manar Building Materials\nRiyadh, KSA",
     rep("done", [1]),
     "French Outlook (De / Envoyé / À / Cc / Objet, with the space before ':'). Date 12:15 +0300 = 17:15 Shanghai on the "
     "due date. Ambiguous wording: 'confirmed' could read as confirm, but item 1 IS 'confirm Q4 PO quantities' and he "
     "delivers the quantities, so a careful assistant records the item as done. 14 x 40HQ / 5/5/4 are quantities.",
     "Outlook fr-FR quote header; 'quantities are confirmed' completes a 'confirm …' task -> done (ambiguous, noted)",
     lang="fr", cs="utf-8", subject_prefix="RE : ", clang="fr-FR")

case(4522, "outlook-zhtw-big5-done-item7", "outlook", "鄭家豪", "M5", ts("2025-10-03 15:20:44"),
     "婉婷你好，\n\n第7項信用證修改已完成，修改通知書已由匯豐發出，請查收。\n\n鄭家豪 Kenneth Cheng\n恆昌貿易有限公司 出口部\n"
     "電話：+852 2555 0168", rep("done", [7]),
     "Hong Kong (Traditional Chinese, Big5, Outlook zh-TW: 寄件者/寄件日期/收件者/副本/主旨, subject '回覆: '). Sent on "
     "10-03 (a mainland holiday, a Hong Kong working day). '第7項…已完成' -> done [7]. His Outlook is set to "
     "not include the original message, so the body is Big5 with no quote; the subject, which carries simplified "
     "characters Big5 cannot hold, is encoded as UTF-8 encoded-words. Matching relies on In-Reply-To/References and "
     "the signed To address.",
     "Outlook zh-TW Big5 body without the original (reply set to not include it); subject falls back to UTF-8",
     lang="zh-TW", cs="big5", subject_prefix="回覆: ", clang="zh-hk", noquote=True)

case(4523, "iphone-zhtw-extend-oct3", "iphone", "鄭家豪", "M5", ts("2025-09-26 21:47:19"),
     "第7項可否延期至10月3日？開證行話要等客戶補齊文件先可以改。\n\n從我的 iPhone 傳送", rep("extend", [7], new_due="2025-10-03"),
     "Cantonese-flavoured Traditional Chinese from an iPhone (zh-TW attribution '… 於 2025年9月26日 下午4:00 寫道：', "
     "footer '從我的 iPhone 傳送'). '延期至10月3日' -> 2025-10-03 as written, although it is a mainland holiday (the sender "
     "is in Hong Kong); the date is recorded as requested.",
     "iPhone zh-TW; 延期至10月3日 = a mainland National Day holiday, kept as written", lang="zh-TW",
     check=lambda c: month_day(sd(c), 10, 3))

case(4524, "gmail-ja-thanks-non-owner", "gmail", "佐藤由紀", "M5", ts("2025-09-26 18:30:05", tz(9)),
     "Tina-san,\n\nThank you for the clear summary! Kenneth is handling the L/C amendment on our side, I am only "
     "following the shipment schedule.\n\n佐藤由紀 Yuki Sato\n恆昌貿易 Osaka Office", rep("unknown"),
     "Japanese Gmail attribution ('2025年9月26日(金) 16:00 纪要助手 <…>:'). A thank-you from a non-owner; names the L/C "
     "task but states no status. Nothing changes: intent unknown, items [].",
     "Gmail ja attribution; thank-you from a non-owner -> unknown", lang="ja")

case(4525, "gmail-ko-progress-item1", "gmail", "박지훈", "M3", ts("2025-10-09 15:02:10", tz(9)),
     "Dear Mr. Luo,\n\n1번 항목 진행률 80%입니다. The proposal draft is about 80% complete, final version on Oct 10 as "
     "agreed.\n\nPark Ji-hoon", rep("progress", [1], 80),
     "Korean Gmail attribution ('2025년 9월 24일 (수) 오후 6:20, 纪要助手 <…>님이 작성:'). '1번 항목 진행률 80%' (item 1, "
     "progress 80%) repeated in English. 'on Oct 10 as agreed' restates the already extended date; not a new extension.",
     "Gmail ko; Korean '1번 항목 진행률 80%' + English restatement", lang="ko")

case(4526, "outlook-en-intertek-progress-disclaimer", "outlook", "王丽华", "M4", ts("2025-09-29 10:05:37"),
     "苏经理，\n\n防滑测试样品已收到，R10/R11两组在做，目前进度约30%，报告按原计划10月13日出。\n\nBest regards,\n王丽华 Lisa Wang\n"
     "Project Engineer, Building Products\nIntertek Testing Services Guangzhou\nT: +86 20 5555 0290\n\n" + INTERTEK_DISC,
     rep("progress", percent=30),
     "Outlook with an English UI (From/Sent/To/Subject quote) and a Chinese body. No number: '防滑测试' names item 1, her "
     "only item. 进度约30% -> 30. '按原计划10月13日出' keeps the date. The disclaimer's '15 working days' is not a "
     "deadline.",
     "Outlook en-US UI with Chinese body; progress named by task; disclaimer with '15 working days'", lang="en",
     cs="utf-8", subject_prefix="RE: ", clang="en-US")

case(4527, "foxmail-done-second-item-sf", "foxmail", "何晓蕾", "M4", ts("2025-09-26 11:40:15"),
     "送检样品今天上午已顺丰寄出（SF 1402 8833 9156），第二项完成。", rep("done", [2]),
     "'第二项完成' -> done [2]; the SF waybill number is not an item reference.",
     "Foxmail GBK; 第二项完成 with a waybill number in the sentence", subject_prefix="回复: ")

case(4528, "outlook-zhcn-object-item3-owner", "outlook", "李婉婷", "M4", ts("2025-09-25 11:42:58"),
     "苏经理：\n\n第3项有异议：SABER资料里需要沙特客户提供的工厂审核报告，不在我们控制范围内，9月30日做不到。建议负责人改为Rami"
     "（Al Manar），或者等客户报告到了再定日期。\n\n李婉婷\n出口部", rep("object", [3]),
     "Objection with a reason, asking to reassign or re-date. Not an extension request (no new date given): "
     "new_due_date null.",
     "Outlook zh-CN gb2312 '答复:'; 有异议 with a reassignment proposal", cs="gb2312", subject_prefix="答复: ")

case(4529, "thunderbird-en-need-2-more-days-makeup-saturday", "thunderbird", "苏文斌", "M4", ts("2025-10-09 09:12:40"),
     "Item 4 need 2 more days, the retest tiles only came out of the kiln this morning.\n\n-- \nSu Wenbin\nQA Manager",
     rep("extend", [4], new_due="2025-10-11"),
     "Thu 2025-10-09 (first working day after the National Day break). Item 4 is due 10-09; '2 more days' -> 10-11, which "
     "is a Saturday make-up working day in 2025 (calendar +2 and 2 working days agree). Organizer's own item.",
     "Thunderbird en 'On 9/25/2025 11:05 AM, … wrote:'; '2 more days' lands on the 10-11 make-up Saturday",
     attr=lambda p: "On %d/%d/%d %d:%02d %s, %s wrote:" % (p.t.month, p.t.day, p.t.year, p.t.hour % 12 or 12,
                                                           p.t.minute, "AM" if p.t.hour < 12 else "PM", p.frm[0]),
     check=lambda c: M4.due(4) + dt.timedelta(days=2))

case(4530, "126-ok-item1-statement", "126", "林雅婷", "M6", ts("2025-10-14 16:48:02"),
     "黄生，9月的对账单已经发您邮箱了，第1项OK啦\n\n林雅婷 Amber\n厦门海捷国际货运代理有限公司\n手机/微信：186 5920 7731",
     rep("done", [1]),
     "'第1项OK啦' after saying the statement was sent: OK here means the item is finished (the deliverable was sent), not "
     "'I agree'. Careful reading -> done [1]. Ambiguity noted: a bare 'OK' is a confirm word.",
     "126 webmail GBK; '第1项OK啦' after delivering = done (ambiguous with confirm)")

case(4531, "mailmaster-progress-50-item3", "mailmaster", "林雅婷", "M6", ts("2025-10-17 18:22:51"),
     "第3项进度50%，马士基11月舱位下周一答复，中远的已经锁了一半\n\n发自网易邮箱大师", rep("progress", [3], 50),
     "'第3项进度50%' -> progress 50. '下周一答复' is when the carrier answers, not an extension.",
     "网易邮箱大师; 进度50% with a weekday in the text", subject_prefix="回复:")

case(4532, "dingtalk-done-invoices-by-task", "dingtalk", "冼家乐", "M6", ts("2025-10-16 11:30:26"),
     "运费发票核对好了，付款申请已经提交莫经理审批。\n\n冼家乐 财务部", rep("done"),
     "No number. '运费发票核对' names item 2 (核对9月运费发票并提交付款), his only item. Done.",
     "钉钉邮箱; done named by task words", subject_prefix="回复：")

case(4533, "feishu-manager-confirm-item2", "feishu", "莫秀英", "M6", ts("2025-10-13 16:02:17"),
     "第2项确认，发票核对由家乐负责，付款我这边审批。", rep("confirm", [2]),
     "Department head of the owner (莫秀英 is 冼家乐's manager): '第2项确认' -> confirm [2].",
     "飞书邮箱; manager confirms one item", subject_prefix="回复：")

case(4534, "outlook-zhcn-extend-nov14", "outlook", "黄志远", "M6", ts("2025-10-30 17:05:09"),
     "第4项申请延期至11月14日，法务还在审新合同条款（滞箱费和改港条款）。\n\n黄志远", rep("extend", [4], new_due="2025-11-14"),
     "Organizer's own item: '申请延期至11月14日' -> 2025-11-14 (Fri).",
     "Outlook zh-CN UTF-8 quoted-printable; 申请延期至11月14日", cs="utf-8", cte="quoted-printable", subject_prefix="答复: ",
     check=lambda c: month_day(sd(c), 11, 14))

case(4535, "qq-bare-done-three-open", "qq", "邓伟强", "M7", ts("2025-10-15 09:03:44"),
     "已完成", rep("done"),
     "A bare '已完成' from 邓伟强, who owns items 1, 2 and 3 of M7: no number, no task words. Nothing may change; the "
     "bot should ask which item. Gold intent done, items [] (the command is clear, the item is not).",
     "QQ Mail; bare 已完成 from an owner of three open items -> done with no item (bot must ask)",
     subject_prefix="回复：")

case(4536, "coremail-done-temperature-curve", "coremail", "邓伟强", "M7", ts("2025-10-16 17:18:30"),
     "温度曲线那个弄好了，记录表放在共享盘 生产部/窑炉/2号窑/2025-10 里", rep("done"),
     "No number; '温度曲线' names item 2 (2号窑温度曲线记录整理) among his three open items (1, 2, 3): one clear match. "
     "The path '2号窑/2025-10' is not an item or a date.",
     "Coremail UTF-8 quoted-printable; done named by task among three open items", cte="quoted-printable",
     subject_prefix="Re:")

case(4537, "wecom-progress-packaging-by-task", "wecom", "谭子健", "M7", ts("2025-10-15 15:37:21"),
     "纸箱木托备货进度70%，木托还差200个，周五前能到齐", rep("progress", percent=70),
     "No number; '纸箱木托' names item 4, his only item in M7. '周五前能到齐' is the existing due (10-17), not an extension.",
     "企业微信邮件; progress named by task, '周五前' is the current due", subject_prefix="回复：")

case(4538, "gmail-android-zh-extend-next-friday", "gmail", "陈嘉欣", "M7", ts("2025-10-20 09:26:11"),
     "展板那个要延期到下周五，设计公司还没出稿\n\n从我的Android手机发送", rep("extend", new_due="2025-10-31"),
     "Mon 2025-10-20. No number; '展板' names item 5, her only item in M7. '延期到下周五' = Friday of next week = 10-31.",
     "Gmail Android zh; extend named by task, 下周五 from a Monday", lang="zh",
     check=lambda c: next_week_weekday(sd(c), 4))

case(4539, "gmail-zh-reply-glued-to-attribution", "gmail", "罗建华", "M7", ts("2025-10-14 16:30:55"),
     "确认，按这个执行", rep("confirm"),
     "Organizer's confirm typed directly above the Gmail attribution with no blank line ('确认，按这个执行' then "
     "'纪要助手 <…> 于2025年10月14日周二 16:05写道：').",
     "Gmail zh; reply text glued to the attribution line", lang="zh", attr_glued=True)

case(4540, "outlook-zhcn-ooo-autoreply", "outlook", "梁国栋", "M5", ts("2025-09-26 16:00:58"),
     "您好，我于9月26日至10月8日在沙特出差，期间邮件回复可能延迟。紧急事项请联系黄志远（0757-8268 1235）。\n\n"
     "I am travelling from 26 Sep to 8 Oct with limited access to email.", None,
     "Outlook out-of-office auto reply ('自动答复:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to the M5 "
     "recap. kind auto, reply null; its dates are not commands.",
     "Outlook zh-CN OOF auto reply -> kind auto", cs="gb2312", subject_prefix="自动答复: ", kind="auto",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "liangguodong@" + DOM)],
     noquote=True)

case(4541, "outlook-de-done-item3", "outlook", "Stefan Vogel", "M3", ts("2025-10-10 10:05:12", tz(2)),
     "Dear Mr. Luo,\n\nItem 3: spare parts list and quotation sent today, see the attached PDF (valid 60 days).\n\n"
     "Mit freundlichen Grüßen\nStefan Vogel", rep("done", [3]),
     "German Outlook labels (Von/Gesendet/An/Cc/Betreff), subject prefix 'AW: '. 10:05 +0200 = 16:05 Shanghai on the "
     "due date. 'Item 3: … sent today' = done [3]; 'valid 60 days' is not a deadline.",
     "Outlook de-DE quote header, 'AW:' prefix; done [3]", lang="de", cs="utf-8", subject_prefix="AW: ",
     clang="de-DE")

case(4542, "apple-mail-zh-done-by-task", "apple-mail", "吴雅琳", "M2", ts("2025-09-29 16:44:08"),
     "哑光白釉小试做完了，第二窑色差ΔE 0.6，合格，可以放量。\n\n吴雅琳", rep("done"),
     "macOS Apple Mail zh ('在 2025年9月23日，16:40，纪要助手 <…> 写道：'). No item number ('第二窑' is the second kiln "
     "run, not item 2). '小试做完了' names item 2, her only item -> done, items [].",
     "Apple Mail zh; '第二窑' is not '第二项'; done named by task", lang="zh")

case(4543, "coremail-question-organizer", "coremail", "冯碧琪", "M2", ts("2025-09-24 09:15:33"),
     "子健，釉料价格那边是含税价还是不含税？合同里写清楚。", rep("unknown"),
     "Organizer asks the owner of item 4 a question; no command. Intent unknown, nothing changes.",
     "Coremail; a question to a colleague through the recap thread -> unknown", subject_prefix="Re:")

case(4544, "feishu-thanks-manager", "feishu", "区永康", "M2", ts("2025-09-23 18:40:02"),
     "谢谢整理，辛苦了！雅琳那边有问题随时找我。", rep("unknown"),
     "Thank-you from 研发部 head (manager of 吴雅琳). No command. Intent unknown.",
     "飞书邮箱; thank-you -> unknown", subject_prefix="回复：")

case(4545, "outlook-zhcn-inline-red-text", "outlook", "李婉婷", "M1", ts("2025-09-25 15:12:20"),
     "回复见下方【婉婷】\n\n李婉婷\n出口部",
     rep("done", [4]),
     "Outlook inline reply: 'Outlook 中回复见下方【婉婷】' on top, then inside the quoted recap, right under row 4, "
     "'【婉婷】已完成，报价已发Alejandro'. Row 5 gets no answer. Answer under a row refers to that row -> done [4].",
     "Outlook zh-CN inline answer inside the quoted table (no '>' prefix)", cs="gb2312", subject_prefix="答复: ",
     row_answer=(4, "【婉婷】已完成，报价已发Alejandro"))

case(4546, "gmail-en-saudi-no-objection", "gmail", "Faisal Al-Harbi", "M5", ts("2025-09-26 11:58:27", tz(3)),
     "Dear Tina,\n\nNoted with thanks. No objection from our side on the items above.\n\nRegards,\nFaisal Al-Harbi\n"
     "Logistics Coordinator | Al Manar Building Materials", rep("confirm"),
     "Gmail en, 11:58 +0300 = 16:58 Shanghai, before the cut-off. 'No objection' contains 'objection' but means confirm.",
     "Gmail en; 'No objection' = confirm", lang="en")

case(4547, "outlook-en-manager-progress-item2", "outlook", "区永康", "M2", ts("2025-09-28 11:20:45"),
     "Vicky,\n\nFYI item 2 trial firing is about 90% done per Yalin, last kiln run tomorrow morning.\n\nKen Au\nR&D Director",
     rep("progress", [2], 90),
     "Sun 2025-09-28 (a make-up working day). The owner's manager reports progress for item 2: 90%. Managers may update "
     "their staff's items (SPEC 6.3).",
     "Outlook en-US desktop; manager reports progress on a make-up Sunday", lang="en", cs="utf-8",
     subject_prefix="RE: ", clang="en-US")

case(4548, "outlook-ios-push-item4-oct16", "outlook-ios", "Katarzyna Nowak", "M5", ts("2025-10-07 09:12:30", tz(2)),
     "Hi Tina, sorry - can we push item 4 to Oct 16? Our warehouse manager is on leave this week.\n\nKasia\n\n"
     "Get Outlook for iOS", rep("extend", [4], new_due="2025-10-16"),
     "Outlook for iOS (Exchange Online, Date stamped UTC: 07:12 UTC = 15:12 Shanghai on Tue 10-07, a mainland holiday; "
     "irrelevant to an absolute date). 'push item 4 to Oct 16' -> 2025-10-16. 'Get Outlook for iOS' is the mobile footer.",
     "Outlook iOS mobile footer; 'push item 4 to Oct 16'", region="AM6PR", pod="AM6",
     subject_prefix="Re: ", check=lambda c: month_day(sd(c), 10, 16))

case(4549, "gmail-en-wrapped-attribution-confirm3", "gmail", "Alejandro Ruiz", "M5", ts("2025-09-29 08:40:19", tz(-6)),
     "Hi Tina,\n\nquote received, prices look fine. Item 3 confirmed on our side, PO to follow.\n\nAlejandro",
     rep("confirm", [3]),
     "Gmail en plain text with the attribution wrapped over two lines ('On Fri, Sep 26, 2025 at 4:00 PM 纪要助手 <' / "
     "'minutes+r…@… > wrote:'). 'Item 3 confirmed … PO to follow' confirms the item (the PO, which is the task, is "
     "still to come) -> confirm [3].",
     "Gmail en; attribution wrapped over two lines; 'Item 3 confirmed'", lang="en", attr_wrap=True)


# ------------------------------------------------------------------------------------------------ output
def gold_of(c):
    if c.get("kind", "reply") == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None, "reply": c["gold"], "notes": c["notes"]}


def check_case(c):
    g = c["gold"]
    if g is None:
        return
    nd = g["new_due_date"]
    if g["intent"] == "extend":
        assert c["check"] is not None, c["slug"] + ": extend without a computed date"
        got = c["check"](c)
        assert got == D.fromisoformat(nd), "%s: computed %s, gold %s" % (c["slug"], got, nd)
    else:
        assert nd is None, c["slug"]
    # every recap due must be consistent with the table; every send date must be on/after the recap
    assert sh(c["t"]) >= RECAPS[c["recap"]].t, c["slug"] + ": reply before recap"


def write_roster(out):
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)


def main(argv):
    check_only = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    nums = set()
    for c in CASES:
        n = c["slug"].split("-")[0]
        assert n not in nums, n
        nums.add(n)
        check_case(c)
    # recap due dates must be real dates; the M4 item 4 / M5 item 2 bases used in checks
    assert M4.due(4) == D(2025, 10, 9) and is_workday(D(2025, 10, 11)) and not is_workday(D(2025, 10, 3))
    if check_only:
        for c in CASES:
            g = json.loads((out / (c["slug"] + ".json")).read_text(encoding="utf-8"))
            assert g == gold_of(c), c["slug"] + ": gold file differs from the script"
            assert (out / (c["slug"] + ".eml")).read_bytes() == build(c), c["slug"] + ": eml differs"
        print("check OK: %d cases, every new_due_date recomputed with chinesecalendar" % len(CASES))
        return
    out.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        (out / (c["slug"] + ".eml")).write_bytes(build(c))
        (out / (c["slug"] + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    write_roster(out)
    print("wrote %d cases to %s" % (len(CASES), out))


if __name__ == "__main__":
    main(sys.argv[1:])
