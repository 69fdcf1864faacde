#!/usr/bin/env python3
"""Held-out reply corpus "replies3" for minutebot (cases 501..).

    python3 make_replies3.py [OUTDIR]   # default: this script's folder

Writes NNN-slug.eml (raw RFC 5322 bytes) + NNN-slug.json (gold, schema of shared/corpus/README.md),
roster.csv and README.md. Deterministic: no clock, no randomness. Every gold new_due_date is written by hand
in the case table and re-computed here (weekday rules, working days from chinese_calendar) before writing.

Written without looking at the bot's code. Each mail is a person's reply to a recap the bot sent
(In-Reply-To/References = the bot's Message-ID, To = the bot's signed reply address minutes+<token>@...).
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

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date
DOM = "xinghe.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
WZ = "一二三四五六日"
WEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MEN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


# ------------------------------------------------------------------------------------------------ calendar
def workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def next_week(d, wd):
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + wd)


def this_week(d, wd):
    c = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=wd)
    return c if c >= d else c + dt.timedelta(days=7)


def first_workday_after_block(d):
    """节后第一个工作日: the first working day after the next statutory holiday block after d."""
    x = d + dt.timedelta(days=1)
    while not cc.get_holiday_detail(x)[1]:
        x += dt.timedelta(days=1)
    while not workday(x):
        x += dt.timedelta(days=1)
    return x


# ------------------------------------------------------------------------------------------------ people
ROSTER_CSV = """name,email,department,manager_email,aliases
李娜,lina@xinghe.example.cn,市场部,,李经理;Li Na;Nina Li;娜姐
王芳,wangfang@xinghe.example.cn,市场部,lina@xinghe.example.cn,Wang Fang;Fiona Wang;芳姐
赵磊,zhaolei@xinghe.example.cn,市场部,lina@xinghe.example.cn,Zhao Lei;Leo Zhao;磊哥
张伟,zhangwei@xinghe.example.cn,技术部,,张经理;Zhang Wei;zw;张总工
陈喆,chenzhe@xinghe.example.cn,技术部,zhangwei@xinghe.example.cn,Chen Zhe;陈工;Jerry Chen;Jerry
刘洋,liuyang@xinghe.example.cn,技术部,zhangwei@xinghe.example.cn,Liu Yang;刘工;Leon Liu
孙浩,sunhao@xinghe.example.cn,技术部,zhangwei@xinghe.example.cn,Sun Hao;小孙;Howard Sun
周敏,zhoumin@xinghe.example.cn,产品部,,周经理;Zhou Min;Amy Zhou
吴昊,wuhao@xinghe.example.cn,产品部,zhoumin@xinghe.example.cn,Wu Hao;Kevin Wu
郑堃,zhengkun@xinghe.example.cn,产品部,zhoumin@xinghe.example.cn,Zheng Kun;小郑
黄建国,huangjianguo@xinghe.example.cn,销售部,,黄总;黄经理;Huang Jianguo;Jack Huang
杨帆,yangfan@xinghe.example.cn,销售部,huangjianguo@xinghe.example.cn,Yang Fan;小杨;杨专员
何静,hejing@xinghe.example.cn,销售部,huangjianguo@xinghe.example.cn,He Jing;何主管;Jessie He
马丽,mali@xinghe.example.cn,财务部,,马经理;马总监;Ma Li
罗晓燕,luoxiaoyan@xinghe.example.cn,财务部,mali@xinghe.example.cn,Luo Xiaoyan;晓燕;小罗
林峰,linfeng@xinghe.example.cn,采购部,,林经理;Lin Feng;Frank Lin
高颖,gaoying@xinghe.example.cn,采购部,linfeng@xinghe.example.cn,Gao Ying;高主管;Ivy Gao
徐丽萍,xuliping@xinghe.example.cn,客服部,,徐经理;Xu Liping;Lisa Xu
朱婷,zhuting@xinghe.example.cn,客服部,xuliping@xinghe.example.cn,Zhu Ting;Tina Zhu;婷婷
胡斌,hubin@xinghe.example.cn,运营部,,胡经理;Hu Bin;Ben Hu
郭晓明,guoxiaoming@xinghe.example.cn,运营部,hubin@xinghe.example.cn,Guo Xiaoming;晓明;小郭
"""
P = {}
for row in csv.DictReader(io.StringIO(ROSTER_CSV)):
    P[row["name"]] = (row["name"], row["email"])
EXT = {
    "王建华": ("王建华", "wangjh@dongsheng-precision.example.cn"),
    "李志强": ("李志强", "lizq@dongsheng-precision.example.cn"),
    "Tom Baker": ("Tom Baker", "tom.baker@brightmart.example.com"),
    "Emily Carter": ("Emily Carter", "emily.carter@brightmart.example.com"),
    "Tom Baker (Hotmail)": ("Tom Baker", "tombaker_sg@hotmail.com"),
    "林美玲": ("林美玲", "meiling.lin@huarui.example.com.tw"),
    "陳志明": ("陳志明", "zm.chen@huarui.example.com.tw"),
    "Raj Kumar": ("Raj Kumar", "raj.kumar@penang-acoustics.example.com.my"),
    "Daniel Wong": ("Daniel Wong", "danielwong88@hotmail.com"),
}
EN_NAME = {"黄建国": "Jack Huang", "高颖": "Ivy Gao", "陈喆": "Jerry Chen", "李娜": "Li Na"}


def who(n):
    return P.get(n) or EXT[n]


# ------------------------------------------------------------------------------------------------ recaps
class Recap:
    def __init__(self, key, title, organizer, people, sent, items, lang="zh", minutes_mid=None, cutoff=None):
        self.key, self.title, self.lang = key, title, lang
        self.organizer = organizer
        self.to = [who(x) for x in people]
        self.sent = sent
        self.items = items  # (task, owner, due_display, due_iso)
        h = hashlib.sha256(key.encode()).hexdigest()
        self.mid = "<mb.%s.%s@%s>" % (sent.strftime("%Y%m%d%H%M%S"), h[:10], DOM)
        self.minutes_mid = minutes_mid or "<%s.%s@%s>" % (sent.strftime("%Y%m%d%H%M"), h[10:20], DOM)
        self.reply_addr = "minutes+m%s@%s" % (h[20:36], DOM)
        self.subject = "【纪要确认】" + title
        self.cutoff = cutoff or sent.strftime("%Y-%m-%d") + " 18:00"

    def due(self, n):
        return D.fromisoformat(self.items[n - 1][3][:10])

    def text(self):
        if self.lang == "en":
            rows = ["No. | Action | Owner | Due"] + ["%d | %s | %s | %s" % (i + 1, t, o, d)
                                                   for i, (t, o, d, _) in enumerate(self.items)]
            return ("Hello all,\n\nThe minutes assistant has recorded the action items of this meeting "
                    "(%s):\n\n%s\n\nIf you disagree, please reply today (by %s); otherwise the items are "
                    "confirmed.\nReply to this mail with one of: confirm / object: reason / item N done / "
                    "item N 80%% / extend item N to Oct 20 (确认 / 有异议 / 已完成 / 进度80%% / 延期至10月20日)\n\n"
                    "-- 纪要助手 Minutes Assistant (automated message, please keep the subject)\n"
                    % (self.title, "\n".join(rows), self.cutoff))
        rows = ["序号 | 事项 | 负责人 | 截止时间"] + ["%d | %s | %s | %s" % (i + 1, t, o, d)
                                                for i, (t, o, d, _) in enumerate(self.items)]
        return ("各位好：\n\n纪要助手已登记《%s》的待办事项：\n\n%s\n\n如有异议请于今日内回复（截止 %s，逾期视为无异议）。\n"
                "回复本邮件即可更新事项，可用指令：确认 / 有异议：原因 / 第N项已完成 / 第N项进度80%% / "
                "第N项延期至10月20日\n\n—— 纪要助手（系统自动发送，请勿修改主题）\n"
                % (self.title, "\n".join(rows), self.cutoff))


def t8(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ8)


R = {}


def recap(*a, **k):
    r = Recap(*a, **k)
    R[r.key] = r
    return r


recap("M1", "市场部周会纪要 2024-10-14", "李娜", ["李娜", "王芳", "赵磊", "朱婷"], t8("2024-10-14 17:05:12"), [
    ("提交报价单", "王芳", "10月16日（周三）", "2024-10-16"),
    ("完成KOL名单初筛", "赵磊", "10月18日（周五）", "2024-10-18"),
    ("与销售部对齐渠道资源", "李娜", "10月21日（周一）", "2024-10-21"),
    ("更新双11售后FAQ", "朱婷", "10月25日（周五）17:00", "2024-10-25")], cutoff="10月14日 18:00")
recap("M2", "X10耳机产品评审会纪要", "周敏", ["周敏", "吴昊", "郑堃", "孙浩", "高颖"], t8("2025-09-26 16:40:05"), [
    ("输出PRD v2", "吴昊", "9月30日（周二）", "2025-09-30"),
    ("完成UI走查", "郑堃", "10月10日（周五）", "2025-10-10"),
    ("提交测试计划", "孙浩", "10月11日（周六，调休上班）", "2025-10-11"),
    ("确认物料清单", "高颖", "10月15日（周三）", "2025-10-15")], cutoff="9月26日 18:00")
recap("M3", "东升精密11月供应商会议纪要 EC2025-11-03", "林峰", ["林峰", "高颖", "王建华", "李志强"],
      t8("2025-11-03 15:20:07"), [
    ("提供模具维修完成报告", "王建华", "11月7日（周五）", "2025-11-07"),
    ("确认12月排产计划", "李志强", "11月12日（周三）", "2025-11-12"),
    ("更新供应商季度评分表", "高颖", "11月14日（周五）", "2025-11-14"),
    ("安排来料检验人员驻厂", "林峰", "11月20日（周四）", "2025-11-20")], cutoff="11月3日 18:00")
recap("M4", "BrightMart Q1 planning call", "黄建国", ["黄建国", "Tom Baker", "Emily Carter", "高颖"],
      t8("2025-11-26 17:10:33"), [
    ("Send revised quotation", "Jack Huang", "Nov 28 (Fri)", "2025-11-28"),
    ("Share Q1 demand forecast", "Tom Baker", "Dec 1 (Mon)", "2025-12-01"),
    ("Confirm packaging spec", "Ivy Gao", "Dec 5 (Fri)", "2025-12-05"),
    ("Book in-store demo slots", "Emily Carter", "Dec 10 (Wed)", "2025-12-10")], lang="en",
      cutoff="Nov 26 18:00")
recap("M5", "财务部年终结算会纪要", "马丽", ["马丽", "罗晓燕", "郭晓明"], t8("2025-12-29 16:30:44"), [
    ("提交年度费用汇总", "罗晓燕", "12月31日（周三）", "2025-12-31"),
    ("完成应收账款对账", "马丽", "2026年1月5日（周一）", "2026-01-05"),
    ("提交2026年预算初稿", "郭晓明", "2026年1月9日（周五）", "2026-01-09")], cutoff="12月29日 18:00")
recap("M6", "客服部春节保障会纪要", "徐丽萍", ["徐丽萍", "朱婷", "胡斌", "杨帆"], t8("2026-02-10 17:00:21"), [
    ("整理春节值班表", "朱婷", "2月12日（周四）", "2026-02-12"),
    ("更新春节售后FAQ", "徐丽萍", "2月13日（周五）", "2026-02-13"),
    ("提交节后客诉预案", "胡斌", "2月26日（周四）", "2026-02-26"),
    ("确认物流停运公告", "杨帆", "2月11日（周三）", "2026-02-11")], cutoff="2月10日 18:00")
recap("M7", "华锐科技台湾分公司对接会纪要", "黄建国", ["黄建国", "陈喆", "何静", "林美玲", "陳志明"],
      t8("2025-10-20 17:30:09"), [
    ("提供繁体版说明书", "陈喆", "10月24日（周五）", "2025-10-24"),
    ("确认台湾区报价", "黄建国", "10月22日（周三）", "2025-10-22"),
    ("提交BSMI认证资料", "林美玲", "10月31日（周五）", "2025-10-31"),
    ("安排样机寄送", "何静", "10月23日（周四）", "2025-10-23")], cutoff="10月20日 18:00")
recap("M8", "运营部五一活动筹备会纪要", "胡斌", ["胡斌", "孙浩", "郭晓明", "朱婷"], t8("2026-04-28 16:00:02"), [
    ("上线五一活动页面", "孙浩", "4月30日（周四）", "2026-04-30"),
    ("提交活动预算", "郭晓明", "4月29日（周三）", "2026-04-29"),
    ("提交五一活动复盘", "郭晓明", "5月8日（周五）", "2026-05-08"),
    ("更新客服话术", "朱婷", "4月30日（周四）", "2026-04-30")], cutoff="4月28日 18:00")
recap("M9", "Penang Acoustics pilot run review", "陈喆", ["陈喆", "Raj Kumar", "高颖", "Daniel Wong"],
      t8("2025-10-09 16:15:40"), [
    ("Send acoustic test report", "Raj Kumar", "Oct 14 (Tue)", "2025-10-14"),
    ("Approve golden sample", "Jerry Chen", "Oct 16 (Thu)", "2025-10-16"),
    ("Update BOM cost sheet", "Ivy Gao", "Oct 17 (Fri)", "2025-10-17"),
    ("Ship 200 pcs pilot run", "Raj Kumar", "Oct 24 (Fri)", "2025-10-24")], lang="en", cutoff="Oct 9 18:00")
recap("M10", "技术部固件2.3发布评审纪要", "张伟", ["张伟", "刘洋", "孙浩", "陈喆", "朱婷"],
      t8("2026-09-28 17:45:16"), [
    ("完成固件2.3回归测试", "刘洋", "9月30日（周三）", "2026-09-30"),
    ("提交发布说明", "孙浩", "10月9日（周五）", "2026-10-09"),
    ("完成OTA灰度方案", "陈喆", "10月10日（周六，调休上班）", "2026-10-10"),
    ("同步客服FAQ", "朱婷", "10月12日（周一）", "2026-10-12")], cutoff="9月28日 18:00")

# ------------------------------------------------------------------------------------------------ encoding
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5"}


def ew(text, label, mode="B", limit=70):
    cs = CODEC[label.lower()]
    out, cur = [], ""

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode())
        body = "".join(chr(b) if chr(b).isalnum() and b < 128 else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?Q?%s?=" % (label, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            out.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(enc(cur))
    return out


def hsubj(s, label, mode="B"):
    return s if s.isascii() else "\n ".join(ew(s, label, mode, limit=64))


def haddr(p, label, quote=False, mode="B"):
    n, e = p
    if n.isascii():
        return '"%s" <%s>' % (n, e) if quote else "%s <%s>" % (n, e)
    w = " ".join(ew(n, label, mode))
    return '"%s" <%s>' % (w, e) if quote else "%s <%s>" % (w, e)


def haddrs(ps, label, quote=False, mode="B"):
    return ",\n ".join(haddr(p, label, quote, mode) for p in ps)


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEN[t.weekday()], t.day, MEN[t.month - 1], t.year, t.hour,
                                                      t.minute, t.second, "+" if off >= 0 else "-",
                                                      abs(off) // 60, abs(off) % 60)


def leaf(ctype, text, label, cte, crlf=False, flowed=False):
    m = Message()
    ct = '%s; charset="%s"' % (ctype, label)
    if flowed:
        ct = "%s; charset=%s; format=flowed" % (ctype, label)
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(CODEC[label.lower()])
    if cte == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(binascii.b2a_qp(data, istext=True).decode("ascii"))
    else:
        m.set_payload(data.decode("ascii", "surrogateescape"))
    return m


def multi(parts, boundary, preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/alternative;\n boundary="%s"' % boundary
    m.set_payload(parts)
    m.preamble = preamble
    m.epilogue = ""
    return m


def serialize(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=0)).flatten(top)
    return buf.getvalue()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def esc(s):
    return html.escape(s, quote=False)


def to_html(text):
    return "<br>\n".join(esc(l) if l else "" for l in text.split("\n"))


# ------------------------------------------------------------------------------------------------ quote styles
def sh(t):
    return t.astimezone(TZ8)


def ampm(t):
    h = t.hour
    part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
    return "%s%d:%02d" % (part, h if h <= 12 else h - 12, t.minute)


def gt(p):
    return ">" + (" " + p if p else "")


def prefixed(text, pre="> "):
    return "".join((pre + l).rstrip() + "\n" if l else pre.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


def Q(style, r, **kw):
    """Quote header + quoted recap as the client writes it in text/plain."""
    t = sh(r.sent)
    body = r.text()
    tos_q = "".join('"%s"<%s>;' % x for x in r.to)
    tos_semi = "; ".join("%s <%s>" % x for x in r.to)
    bn, be = BOT
    if style == "qq":
        return ("------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %d年%d月%d日(星期%s) %s\n"
                "收件人: %s\n主题: %s\n\n\n\n%s" % (bn, be, t.year, t.month, t.day, WZ[t.weekday()], ampm(t), tos_q,
                                                r.subject, body))
    if style == "qq_en":  # WeCom / QQ mobile, English header labels
        return ("------------------ Original ------------------\nFrom:  \"%s\"<%s>;\nDate:  %s, %s %d, %d %02d:%02d %s\n"
                "To:  %s\nSubject:  %s\n\n%s" % (bn, be, WEN[t.weekday()], MEN[t.month - 1], t.day, t.year,
                                                 t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", tos_q,
                                                 r.subject, body))
    if style == "outlook_zh":
        return ("%s发件人: %s <%s>\n发送时间: %d年%d月%d日 %d:%02d\n收件人: %s\n主题: %s\n\n%s"
                % ("________________________________\n" if kw.get("owa") else "", bn, be, t.year, t.month, t.day,
                   t.hour, t.minute, tos_semi, r.subject, body))
    if style == "outlook_tw":
        return ("寄件者: %s <%s>\n寄件日期: %d年%d月%d日 星期%s %s %d:%02d\n收件者: %s\n主旨: %s\n\n%s"
                % (bn, be, t.year, t.month, t.day, WZ[t.weekday()], "上午" if t.hour < 12 else "下午",
                   t.hour % 12 or 12, t.minute, tos_semi, r.subject, body))
    if style == "foxmail_en":
        return ("From: %s\nDate: %s\nTo: %s\nSubject: %s\n%s" % (bn, t.strftime("%Y-%m-%d %H:%M"),
                                                                "; ".join(x[0] for x in r.to), r.subject, body))
    if style == "foxmail_zh":
        return ("发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n%s" % (bn, t.strftime("%Y-%m-%d %H:%M"),
                                                                "; ".join(x[0] for x in r.to), r.subject, body))
    if style == "mailmaster":
        return ("---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n%s"
                % (bn, be, t.strftime("%Y年%m月%d日 %H:%M"), ", ".join("%s<%s>" % x for x in r.to), r.subject, body))
    if style == "netease_web":
        return ("在 %s，\"%s\" <%s> 写道：\n%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), bn, be, prefixed(body, "> ")))
    if style == "gmail_zh":
        return ("%s <%s> 于%d年%d月%d日周%s %d:%02d写道：\n\n%s" % (bn, be, t.year, t.month, t.day, WZ[t.weekday()],
                                                            t.hour, t.minute, prefixed(body)))
    if style == "gmail_tw":
        return ("%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：\n\n%s"
                % (bn, be, t.year, t.month, t.day, WZ[t.weekday()], "上午" if t.hour < 12 else "下午",
                   t.hour % 12 or 12, t.minute, prefixed(body)))
    if style == "apple_zh":
        return ("> 在 %d年%d月%d日，%d:%02d，%s <%s> 写道：\n>\n%s" % (t.year, t.month, t.day, t.hour, t.minute, bn, be,
                                                              prefixed(body)))
    if style == "coremail":
        return ("-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s (星期%s)\n收件人:%s\n抄送:\n主题:%s\n\n%s"
                % (bn, be, t.strftime("%Y-%m-%d %H:%M:%S"), WZ[t.weekday()],
                   ", ".join('"%s" <%s>' % x for x in r.to), r.subject, body))
    if style == "dingtalk":
        return ("------------------------------------------------------------------\n发件人：%s <%s>\n"
                "发送时间：%d年%d月%d日(星期%s) %02d:%02d\n收件人：%s\n主　题：%s\n\n%s"
                % (bn, be, t.year, t.month, t.day, WZ[t.weekday()], t.hour, t.minute,
                   "；".join("%s<%s>" % x for x in r.to), r.subject, body))
    if style == "feishu":
        return ("发件人: \"%s\"<%s>\n发送时间: %d年%d月%d日 %02d:%02d\n收件人: %s\n主题: %s\n\n%s"
                % (bn, be, t.year, t.month, t.day, t.hour, t.minute, "; ".join('"%s"<%s>' % x for x in r.to),
                   r.subject, prefixed(body)))
    if style in ("gmail_en", "gmail_en_wrap3"):
        tl = kw.get("tz", TZ8)
        u = r.sent.astimezone(tl)
        when = "%s, %s %d, %d at %d:%02d %s" % (WEN[u.weekday()], MEN[u.month - 1], u.day, u.year, u.hour % 12 or 12,
                                                u.minute, "AM" if u.hour < 12 else "PM")
        if style == "gmail_en_wrap3":
            attr = "On %s %s <\n%s>\nwrote:" % (when, bn, be)
        else:
            attr = "On %s %s <%s>\nwrote:" % (when, bn, be)
        return attr + "\n\n" + prefixed(body)
    if style == "outlook_orig":
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
                % (bn, be, WEN_LONG[t.weekday()], MEN_LONG[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute,
                   "AM" if t.hour < 12 else "PM", "; ".join("%s <%s>" % x for x in r.to), r.subject, body))
    if style == "outlook_en":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n%s"
                % (bn, be, WEN_LONG[t.weekday()], MEN_LONG[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute,
                   "AM" if t.hour < 12 else "PM", "; ".join("%s <%s>" % x for x in r.to), r.subject, body))
    if style == "hotmail":
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %d %s %d %02d:%02d\nTo: %s\nSubject: %s\n\n%s"
                % (bn, be, WEN_LONG[t.weekday()], t.day, MEN_LONG[t.month - 1], t.year, t.hour, t.minute,
                   "; ".join("%s <%s>" % x for x in r.to), r.subject, body))
    if style == "ios_en":
        return ("> On %s %d, %d, at %02d:%02d, %s <%s> wrote:\n>\n%s" % (MEN[t.month - 1], t.day, t.year, t.hour,
                                                                     t.minute, bn, be, prefixed(body)))
    if style == "thunderbird_zh":
        return ("在 %d/%d/%d %02d:%02d, %s 写道:\n%s" % (t.year, t.month, t.day, t.hour, t.minute, bn, prefixed(body)))
    raise ValueError(style)


# ------------------------------------------------------------------------------------------------ clients
def client_headers(c, r, frm, to, cc, t, subject, label):
    """Headers as each client writes them."""
    kind = c["client"]
    seed = c["slug"]
    refs = c.get("refs") or [r.minutes_mid, r.mid]
    irt = c.get("irt") or r.mid
    fromh = haddr(frm, label, quote=kind in ("qq", "wecom", "foxmail", "coremail", "netease", "mailmaster"))
    toh = haddrs(to, label, quote=kind in ("qq", "wecom", "foxmail", "coremail", "netease", "mailmaster"))
    cch = haddrs(cc, label, quote=kind in ("qq", "wecom", "foxmail", "coremail", "netease", "mailmaster")) if cc else None
    fdom = frm[1].split("@")[1]
    recv = ("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id 4Y%s\n\tfor <%s>; %s (CST)"
            % (c.get("helo", "mx." + fdom), c.get("helo", "mx." + fdom), c.get("ip", "203.0.113.%d" % (
                int(hx(seed, 2), 16) % 200 + 10)), DOM, hx(seed, 9).upper(), to[0][1],
               rfc_date(sh(t) + dt.timedelta(seconds=3))))
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]), recv]
    ref = ("References", "\n ".join(refs))
    irth = ("In-Reply-To", irt)
    subj = ("Subject", hsubj(subject, label))
    date = ("Date", rfc_date(t))
    if kind in ("qq", "wecom"):
        h += [("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9, int(t.timestamp()), hx(seed + "q", 7))),
              ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            subj, ("Mime-Version", "1.0"), date, ("X-Priority", "3"),
            ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x" if kind == "qq" else "WeCom Mail"),
            ("X-QQ-Mailer", "QQMail 2.x" if kind == "qq" else "wxwork"), irth, ref]
    elif kind in ("outlook_zh", "outlook_tw", "outlook_en"):
        h += [("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            ref, irth, subj, date,
            ("Message-ID", "<000001dc%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8), fdom)),
            ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:25]).decode()),
            ("Content-Language", {"outlook_zh": "zh-cn", "outlook_tw": "zh-tw", "outlook_en": "en-us"}[kind])]
    elif kind == "exchange_online":
        mid = "SEZPR06MB%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 20).upper())
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [
            subj, ("Thread-Topic", hsubj(r.subject, label)), date,
            ("Message-ID", "<%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (mid, hx(seed, 4).upper())),
            ("References", "\n ".join(refs)), irth, ("Accept-Language", "zh-CN, en-US"),
            ("Content-Language", "zh-CN"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    elif kind == "hotmail":
        h += [("From", fromh), ("To", toh)] + ([("CC", cch)] if cch else []) + [
            subj, ("Thread-Topic", hsubj(r.subject, label)), date,
            ("Message-ID", "<SY4P282MB%s@SY4P282MB%s.AUSP282.PROD.OUTLOOK.COM>" % (hx(seed, 20).upper(),
                                                                                  hx(seed, 4).upper())),
            ("References", "\n ".join(refs)), irth, ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-OriginatorOrg", "sct-15-20-7982-10-msonline-outlook-38779.templateTenant"),
            ("MIME-Version", "1.0")]
    elif kind == "foxmail":
        h += [date, ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            subj, ref, irth, ("X-Priority", "3"), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
            ("Mime-Version", "1.0"), ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"),
                                                                      int(hx(seed, 6), 16) % 10 ** 7, fdom))]
    elif kind == "coremail":
        h += [date, ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            subj, irth, ref, ("X-Priority", "3"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240129(c6e7b5f4)"),
            ("X-Coremail-Locale", "zh_CN"), ("MIME-Version", "1.0"),
            ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), frm[1]))]
    elif kind in ("netease", "mailmaster"):
        h += [date, ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "n", 5), hx(seed + "m", 11),
                                              "163.com" if kind == "netease" else fdom)),
            irth, ref, subj, ("MIME-Version", "1.0")]
        if kind == "netease":
            h += [("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT5 build 20231205(0ac8ec9d) "
                               "Copyright (c) 2002-2025 www.mailtech.cn 163com"),
                  ("X-NTES-SC", "AL_Qu2%s" % hx(seed, 20))]
        else:
            h += [("X-Mailer", "MailMasterIOS/7.19.4.2006 (iOS 17.6)")]
    elif kind in ("gmail", "gmail_ws"):
        h += [("MIME-Version", "1.0"), ref, irth, ("From", fromh), date,
              ("Message-ID", "<CA%s@mail.gmail.com>" % base64.b64encode(
                  hashlib.sha256(seed.encode()).digest() * 2).decode()[:56].replace("/", "_").replace("+", "-")),
              subj, ("To", toh)] + ([("Cc", cch)] if cch else [])
    elif kind in ("apple", "iphone"):
        h += [("From", fromh), ("Mime-Version", "1.0 (1.0)" if kind == "iphone" else
                                "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"), date, subj,
              ("Message-Id", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "x", 12).upper(),
                                                 fdom)), ref] + ([("Cc", cch)] if cch else []) + [
            irth, ("To", toh), ("X-Mailer", "iPhone Mail (22B83)" if kind == "iphone" else "Apple Mail (2.3826.500.181.1.5)")]
    elif kind == "dingtalk":
        h += [date, ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            ("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "d", 10), fdom)), subj, irth, ref,
            ("X-Mailer", "DingTalk Mail/3.5.0"), ("X-Priority", "3"), ("MIME-Version", "1.0")]
    elif kind == "feishu":
        h += [date, ("From", fromh), ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            subj, ("Message-Id", "<%s-%s@larksuite.com>" % (hx(seed, 8), hx(seed + "f", 12))), irth, ref,
            ("X-Lms-Return-Path", "<lba+2%s+%s@larksuite.com>" % (hx(seed, 6), hx(seed, 10))),
            ("X-Mailer", "Feishu Mail"), ("Mime-Version", "1.0")]
    elif kind == "thunderbird":
        h += [("Message-ID", "<%s-%s@%s>" % (hx(seed, 8), hx(seed + "t", 8), fdom)), date, ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), subj, ("To", toh)] + ([("Cc", cch)] if cch else []) + [
            ref, ("Content-Language", "zh-CN"), ("From", fromh), irth]
    else:
        raise ValueError(kind)
    return h


CLIENT_ENC = {  # label, cte, crlf, html
    "qq": ("gb18030", "base64", False, True), "wecom": ("gb18030", "base64", False, True),
    "outlook_zh": ("gb2312", "base64", True, True), "outlook_tw": ("utf-8", "base64", True, True),
    "outlook_en": ("us-ascii-or-utf-8", "quoted-printable", True, True),
    "exchange_online": ("utf-8", "base64", True, True), "hotmail": ("utf-8", "base64", True, True),
    "foxmail": ("GBK", "base64", True, True), "coremail": ("UTF-8", "base64", False, True),
    "netease": ("UTF-8", "base64", False, True), "mailmaster": ("UTF-8", "base64", False, True),
    "gmail": ("UTF-8", "quoted-printable", False, True), "gmail_ws": ("UTF-8", "quoted-printable", False, True),
    "apple": ("utf-8", "quoted-printable", False, True), "iphone": ("utf-8", "quoted-printable", False, True),
    "dingtalk": ("UTF-8", "base64", False, True), "feishu": ("UTF-8", "base64", False, True),
    "thunderbird": ("UTF-8", "8bit", False, False),
}


def build(c):
    r = R[c["recap"]]
    kind = c["client"]
    label, cte, crlf, has_html = CLIENT_ENC[kind]
    if label == "us-ascii-or-utf-8":
        label = "utf-8"
    frm = who(c["from"])
    to = [("纪要助手" if r.lang == "zh" else "Minutes Assistant", r.reply_addr)] + [who(x) for x in c.get("to", [])]
    cc_ = [who(x) for x in c.get("cc", [])]
    t = c["date"]
    if "body" in c:
        text = c["body"]
    else:
        quote = Q(c["quote"], r, **c.get("qkw", {}))
        new = c["text"].rstrip("\n")
        sep = c.get("sep", "\n\n\n")
        if c.get("bottom"):
            text = quote.rstrip("\n") + "\n\n" + new + "\n"
        else:
            text = new + sep + quote
    text = text.replace("{QUOTE}", "")
    if has_html:
        bnd = "----=_Part_%s" % hx(c["slug"] + "b", 20)
        h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>' % label
        if "body" in c or c.get("bottom"):
            hb = "<div>%s</div>" % to_html(text)
        else:
            hb = ('<div>%s</div><div><br></div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                  'padding-left:1ex">%s</blockquote>' % (to_html(new), to_html(quote)))
        body = multi([leaf("text/plain", text, label, cte, crlf), leaf("text/html", h + hb + "</body></html>\n", label,
                                                                      cte, crlf)], bnd,
                     preamble="This is a multi-part message in MIME format.")
    else:
        body = leaf("text/plain", text, label, cte, crlf, flowed=False)
    hdrs = client_headers(c, r, frm, to, cc_, t, c["subject"], label)
    return serialize(hdrs, body)


# ------------------------------------------------------------------------------------------------ cases
SIG_OUTLOOK = ("\n\n{name}\n星河电子 {dept}\n电话：0755-2688 {ext}  手机：{mobile}\n地址：深圳市南山区科技园星河大厦12楼\n\n"
               "本邮件及其附件含有星河电子的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用"
               "（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人"
               "并删除本邮件！\n")


def sig(name, dept, ext="3102", mobile="138 0013 5201"):
    return SIG_OUTLOOK.format(name=name, dept=dept, ext=ext, mobile=mobile)


def subj(prefix, r):
    return prefix + R[r].subject


CASES = []


def case(n, slug, recap_key, client, frm, date, subject, intent, items=(), percent=None, new_due=None, notes="",
         what="", **kw):
    c = dict(n=n, slug="%d-%s" % (n, slug), recap=recap_key, client=client, **{"from": frm}, date=date,
             subject=subject, gold=dict(intent=intent, items=list(items), percent=percent, new_due_date=new_due),
             notes=notes, what=what, **kw)
    CASES.append(c)
    return c


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def at(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(off))


# ---- M1 (2024-10-14 market weekly) -------------------------------------------------------------------------
case(501, "qq-confirm-huifu", "M1", "qq", "赵磊", at("2024-10-14 17:40:11"), subj("回复：", "M1"), "confirm",
     text="收到，确认。", quote="qq", cc=["李娜"],
     notes="QQ Mail '回复：' (full-width colon) reply '收到，确认。' above a '------------------ 原始邮件 ------------------' "
           "quote; the quoted recap footer lists 有异议/已完成/进度80%/延期至10月20日, none of which is the reply. No number -> items [].",
     what="QQ Mail 回复：, bare 确认 over 原始邮件 quote with command footer")
case(502, "outlook-zh-done-item1-disclaimer", "M1", "outlook_zh", "王芳", at("2024-10-15 09:12:40"),
     subj("答复: ", "M1"), "done", [1],
     text="李经理：\n\n第1项报价单已完成，今天上午已发给客户。" + sig("王芳", "市场部 主管", "3102", "138 2345 6789"),
     quote="outlook_zh", cc=["李娜"],
     notes="Outlook 答复: (gb2312 label, GBK base64, CRLF). '第1项…已完成' -> done [1]. Long signature with phone numbers "
           "(0755-2688 3102, 138 2345 6789) and a disclaimer mentioning 任何形式 must not add numbers or dates.",
     what="Outlook-zh 答复:, 第1项已完成 + name/title/phone signature + confidentiality disclaimer")
case(503, "iphone-extend-circled4-date", "M1", "iphone", "朱婷", at("2024-10-15 08:03:27"), subj("Re: ", "M1"),
     "extend", [4], new_due="2024-10-30",
     text="④延期至10月30日，售后政策月底前才定稿。\n\n发自我的 iPhone", quote="apple_zh", sep="\n\n",
     notes="iPhone Mail. '④延期至10月30日' -> extend [4], new date 2024-10-30 (month-day, same year, future). '月底前' in the "
           "reason is not the new date. Quote starts '> 在 2024年10月14日，17:05，纪要助手 <…> 写道：'.",
     what="iPhone zh: ④延期至10月30日 + 发自我的 iPhone; reason contains 月底前")
case(504, "foxmail-from-block-progress", "M1", "foxmail", "赵磊", at("2024-10-16 11:20:05"), subj("回复: ", "M1"),
     "progress", [2], percent=80,
     text="第2项进度80%，剩余三位达人周四前补齐。\n\n\n\n赵磊 Leo Zhao\n市场部 | 星河电子\nzhaolei@xinghe.example.cn\n \n",
     quote="foxmail_en", sep="\n",
     notes="Foxmail 7.2 with the English 'From:/Date:/To:/Subject:' quote block (no 原始邮件 line). '第2项进度80%' -> progress "
           "[2], 80. '周四前' is the owner's own estimate, not an extension.",
     what="Foxmail From:/Date: block; 第2项进度80% with 周四前 estimate")
case(505, "mailmaster-done-by-task-words", "M1", "mailmaster", "王芳", at("2024-10-16 20:31:44"), subj("回复：", "M1"),
     "done", [], text="报价单那个已经发给客户了\n\n发自网易邮箱大师", quote="mailmaster", sep="\n",
     notes="NetEase Mail Master. '报价单那个已经发给客户了' names item 1 (提交报价单) by its task words only, no number -> done, "
           "items [] (gold lists numbers only as written; the bot should still map it to item 1 by task words / the "
           "sender's only item). Quote '---- 回复的原邮件 ----' with | 发件人 | rows.",
     what="网易邮箱大师: done by task words only (报价单那个已经发给客户了), items []")
case(506, "coremail-done-1-and-3", "M1", "coremail", "李娜", at("2024-10-17 10:05:00"), subj("Re:Re: ", "M1"),
     "done", [1, 3], text="1和3都完成了。\n\n李娜\n市场部经理", quote="coremail",
     notes="Coremail 'Re:Re:'. '1和3都完成了' -> done [1, 3]: bare numbers joined by 和, no 第/项. Quote '-----原始邮件-----'.",
     what="Coremail: '1和3都完成了' (bare numbers)")
case(507, "outlook-stacked-subject-extend-weekday", "M1", "outlook_zh", "赵磊", at("2024-10-18 17:50:09"),
     "Re: 答复: Re: " + R["M1"].subject, "extend", [2], new_due="2024-10-23",
     text="第2项申请延期到下周三，名单还差两家MCN的报价。" + sig("赵磊", "市场部", "3105", "139 2233 4455"),
     quote="outlook_zh", qkw={"owa": True},
     refs=[R["M1"].minutes_mid, R["M1"].mid, "<000001dc5a1e$0c3b2f10$2471b0a0$@xinghe.example.cn>",
           "<mb.20241016112300.ack7a1c0e@xinghe.example.cn>"],
     irt="<mb.20241016112300.ack7a1c0e@xinghe.example.cn>",
     notes="Stacked subject 'Re: 答复: Re: 【纪要确认】…'; In-Reply-To is a later bot Message-ID (its acknowledgement) and "
           "References carry the whole chain. '下周三' from Fri 2024-10-18 -> Wednesday of next week = 2024-10-23.",
     what="stacked 'Re: 答复: Re:' subject, OWA ____ quote; 申请延期到下周三 from a Friday")
case(508, "netease-confirm-same-line-attribution", "M1", "netease", "李娜", at("2024-10-14 17:55:30"),
     subj("Re:", "M1"), "confirm", [], quote="netease_web", text="确认 ", sep="",
     notes="163 webmail text part where the reply '确认' sits on the same line as the attribution "
           "'在 2024-10-14 17:05:12，\"纪要助手\" <…> 写道：' (HTML-to-text flattening). The reply is just 确认.",
     what="163 web: '确认 在 2024-10-14 17:05:12，\"纪要助手\" … 写道：' on one line")

# ---- M2 (2025-09-26, before National Day) -----------------------------------------------------------------
case(509, "outlook-object-item1-reason-dates", "M2", "outlook_zh", "吴昊", at("2025-09-28 10:02:18"),
     subj("答复: ", "M2"), "object", [1],
     text="周经理：\n\n有异议：第1项时间来不及，PRD v2需要等9月29日的用户访谈结果，建议改为10月10日。" + sig("吴昊", "产品部", "3311",
                                                                                   "186 0000 3311"),
     quote="outlook_zh", cc=["周敏"],
     notes="Sent on Sun 2025-09-28, a make-up working day. '有异议：第1项时间来不及…建议改为10月10日' -> object [1]; the "
           "suggested date stays in the reason (new_due_date is only for extend).",
     what="Outlook-zh 有异议 + reason with two dates, sent on 调休 Sunday")
case(510, "wecom-circled2-no-objection", "M2", "wecom", "郑堃", at("2025-09-27 21:15:02"), subj("回复：", "M2"),
     "confirm", [2], text="②没意见\n\n发自我的企业微信", quote="qq_en", sep="\n\n",
     notes="企业微信 mail: '②没意见' = confirm item 2 (没意见 = no objection). 郑堃 (堃 is in GBK/gb18030). Quote uses the "
           "English 'Original' header (From:/Date:/To:/Subject: with double spaces).",
     what="企业微信: ②没意见 = confirm [2]; '------ Original ------' quote")
case(511, "dingtalk-two-more-workdays-holiday", "M2", "dingtalk", "孙浩", at("2025-09-29 18:20:40"),
     subj("回复：", "M2"), "extend", [3], new_due="2025-10-14",
     text="第3项再给两个工作日，测试环境国庆后才恢复。\n\n发自钉钉", quote="dingtalk", sep="\n\n",
     notes="'再给两个工作日' is a span, not a date: counted from item 3's current due date shown in the quote, 10月11日 "
           "(Sat, 2025 make-up working day) -> 10-13 (Mon), 10-14 (Tue) = 2025-10-14. Counting from the reply date would "
           "cross National Day (10-01..08) and give 10-10: wrong base.",
     what="钉钉: 第3项再给两个工作日 -> from quoted due 10-11 (调休 Sat) = 10-14")
case(512, "feishu-half-done-by-task", "M2", "feishu", "高颖", at("2025-09-30 10:00:51"), subj("回复: ", "M2"),
     "progress", [], percent=50, text="物料清单完成一半了，剩下的供应商节后回复。\n\n高颖\n采购部 主管", quote="feishu",
     notes="飞书 mail. '物料清单完成一半了' = progress 50% on the item named by its task (item 4, 确认物料清单) with no "
           "number -> items [], percent 50. '节后' is the reason, not a new date.",
     what="飞书: 完成一半 (=50%) on an item named by task words")
case(513, "gmail-zh-done-item2", "M2", "gmail_ws", "周敏", at("2025-10-09 09:30:12"), subj("Re: ", "M2"),
     "done", [2], text="第2项已完成，UI走查报告已上传到共享盘。\n\n周敏\n产品部", quote="gmail_zh",
     notes="Google Workspace reply (Gmail zh attribution '纪要助手 <…> 于2025年9月26日周五 16:40写道：', '> ' quoted). "
           "'第2项已完成' -> done [2]; the organizer reports for the owner.",
     what="Gmail-zh 于…写道：; 第2项已完成 by organizer")
case(514, "qq-gaode-le", "M2", "qq", "吴昊", at("2025-10-09 09:40:33"), subj("回复：", "M2"),
     "done", [1], text="第1项搞定了，PRD v2已上传Confluence。", quote="qq",
     notes="QQ Mail: '第1项搞定了' (colloquial done) -> done [1].",
     what="QQ: 第1项搞定了 (colloquial done)")

# ---- M3 (2025-11-03 supplier) ------------------------------------------------------------------------------
case(515, "gmail-zh-supplier-progress", "M3", "gmail_ws", "王建华", at("2025-11-05 09:12:00"),
     subj("Re: ", "M3"), "progress", [1], percent=80,
     text="林经理好，\n\n第1项进度80%，报告周四发您。\n\n王建华\n东升精密 销售部\n手机：139 0000 1234", quote="gmail_zh",
     cc=["林峰"], notes="Supplier on Google Workspace. '第1项进度80%' -> progress [1], 80. '周四发您' is an estimate.",
     what="Gmail-zh supplier: 第1项进度80%")
case(516, "qq-exmail-extend-chinese-numeral", "M3", "qq", "李志强", at("2025-11-04 14:05:27"),
     subj("回复：", "M3"), "extend", [2], new_due="2025-11-19",
     text="林经理：\n第二项申请延期至11月19日，12月排产要等客户订单确认。\n\n李志强\n东升精密 生产计划部", quote="qq",
     notes="Tencent Exmail (supplier). '第二项' (Chinese numeral) '申请延期至11月19日' -> extend [2], 2025-11-19.",
     what="QQ/Exmail: 第二项申请延期至11月19日 (Chinese numeral)")
case(517, "coremail-done-item3", "M3", "coremail", "高颖", at("2025-11-14 16:40:09"), subj("Re: ", "M3"),
     "done", [3], text="第3项完成了，评分表已更新到采购系统。\n\n高颖 Ivy Gao\n采购部", quote="coremail",
     notes="'第3项完成了' -> done [3].", what="Coremail: 第3项完成了")
case(518, "netease-126-no-objection", "M3", "netease", "林峰", at("2025-11-03 15:41:02"), subj("Re:", "M3"),
     "confirm", [], text="收到无异议", quote="netease_web",
     notes="126/163 webmail attribution '在 2025-11-03 15:20:07，\"纪要助手\" <…> 写道：' then '> ' lines. '收到无异议' contains "
           "异议 but means confirm.",
     what="126 web: 收到无异议 (contains 异议, means confirm)")
case(519, "foxmail-zh-two-items-50", "M3", "foxmail", "高颖", at("2025-11-06 10:22:16"), subj("回复: ", "M3"),
     "progress", [1, 3], percent=50, text="第1、3项进度都是50%。\n\n\n\ngaoying@xinghe.example.cn\n \n",
     quote="foxmail_zh", sep="\n",
     notes="Foxmail with the Chinese '发件人：/发送时间：' block. '第1、3项进度都是50%' -> progress [1, 3], 50.",
     what="Foxmail 发件人：; 第1、3项进度都是50%")
case(520, "iphone-extend-next-friday", "M3", "iphone", "林峰", at("2025-11-19 21:03:45"), subj("Re: ", "M3"),
     "extend", [4], new_due="2025-11-28",
     text="第4项申请延期到下周五，驻厂人员签证还没下来。\n\n发自我的iPhone", quote="apple_zh", sep="\n\n",
     notes="'申请延期到下周五' from Wed 2025-11-19 -> Friday of next week = 2025-11-28.",
     what="iPhone: 申请延期到下周五 from a Wednesday evening")

# ---- M4 (English, BrightMart) ------------------------------------------------------------------------------
case(521, "gmail-en-move-to-the-21st-utc-minus8", "M4", "gmail", "Emily Carter",
     at("2025-11-27 09:30:00", -8), subj("Re: ", "M4"), "extend", [4], new_due="2025-12-21",
     text="Hi Jack,\n\nCould we move #4 to the 21st? Two of the stores are being refitted in early December.\n\n"
          "Thanks,\nEmily\n\n--\nEmily Carter | Retail Operations | BrightMart Pte Ltd\n+1 415 555 0142",
     quote="gmail_en_wrap3", qkw={"tz": tz(-8)}, sep="\n\n",
     notes="Gmail English from a -0800 sender: Date Thu 2025-11-27 09:30 -0800 = Fri 2025-11-28 01:30 Shanghai. "
           "'move #4 to the 21st' -> extend [4]; the 21st of November has passed -> next month = 2025-12-21. "
           "Attribution wrapped over three lines ('On Wed, Nov 26, 2025 at 1:10 AM 纪要助手 <' / addr> / wrote:).",
     what="Gmail en, -0800 Date: 'move #4 to the 21st' (passed this month -> Dec 21); 3-line wrapped attribution")
case(522, "outlook-original-message-push-dec3", "M4", "outlook_en", "黄建国", at("2025-11-27 10:05:38"),
     subj("RE: ", "M4"), "extend", [1], new_due="2025-12-03",
     text="Hi Tom,\n\nCan we push item 1 to Dec 3? BrightMart asked for two more SKUs in the quotation.\n\n"
          "Best regards,\nJack Huang\nSales Director | Xinghe Electronics\nM: +86 138 0000 8888",
     quote="outlook_orig",
     notes="Outlook English 'RE:' with '-----Original Message-----' block. 'push item 1 to Dec 3' -> extend [1] "
           "2025-12-03.",
     what="Outlook en RE: + -----Original Message-----: 'push item 1 to Dec 3'")
case(523, "hotmail-item2-at-70", "M4", "hotmail", "Tom Baker (Hotmail)", at("2025-11-28 20:14:51"),
     subj("Re: ", "M4"), "progress", [2], percent=70,
     text="Item 2 is at 70%, we still need the Malaysian numbers.\n\nTom\n\nGet Outlook for iOS<https://aka.ms/o0ukef>",
     quote="hotmail", sep="\n",
     notes="Outlook.com (hotmail) reply from a personal address. 'Item 2 is at 70%' -> progress [2], 70. "
           "'Get Outlook for iOS' footer; quote '________________________________' From:/Sent:/To:/Subject:.",
     what="Hotmail: 'Item 2 is at 70%' + Get Outlook for iOS")
case(524, "iphone-en-item3-done", "M4", "iphone", "高颖", at("2025-12-01 08:40:19"), subj("Re: ", "M4"),
     "done", [3], text="Item 3 done.\n\nSent from my iPhone", quote="ios_en", sep="\n\n",
     notes="iPhone English: 'Item 3 done.' + 'Sent from my iPhone'; quote '> On Nov 26, 2025, at 17:10, …wrote:'.",
     what="iPhone en: 'Item 3 done.' + Sent from my iPhone")
case(525, "gmail-en-bottom-posted-confirm", "M4", "gmail", "Tom Baker", at("2025-11-26 18:02:10"),
     subj("Re: ", "M4"), "confirm", [], text="Agreed, all good from BrightMart's side.\n\nTom", bottom=True,
     quote="gmail_en",
     notes="Bottom-posted: the quote (with its 'confirm / object / item N done / item N 80% / extend item N to Oct 20' "
           "footer) comes first, the reply 'Agreed, all good…' is below it. -> confirm [].",
     what="Gmail en bottom-posted reply under the quote: 'Agreed, all good'")

M4 = R["M4"]
_m4q = prefixed(M4.text())
_m4q_inline = _m4q.replace("> 4 | Book in-store demo slots | Emily Carter | Dec 10 (Wed)\n",
                           "> 4 | Book in-store demo slots | Emily Carter | Dec 10 (Wed)\n\nDone - all 20 stores are "
                           "booked, list attached to the BrightMart portal.\n\n")
assert _m4q_inline != _m4q
case(526, "gmail-en-inline-under-row4", "M4", "gmail", "Emily Carter", at("2025-12-08 11:20:00"),
     subj("Re: ", "M4"), "done", [4],
     body="Hi Jack, answers inline.\n\nEmily\n\nOn Wed, Nov 26, 2025 at 5:10 PM 纪要助手 <minutes@xinghe.example.cn> "
          "wrote:\n\n" + _m4q_inline,
     notes="Inline answer: 'Done - all 20 stores are booked' is written directly under the quoted recap row "
           "'4 | Book in-store demo slots | …'. The number comes from the quoted row it answers -> done [4]. "
           "(Judgement call: an inline reply refers to the row above it.)",
     what="Gmail en inline answer under quoted row 4 ('Done - …')")

# ---- M5 (year end) -----------------------------------------------------------------------------------------
case(527, "outlook-zh-done-year-end", "M5", "outlook_zh", "罗晓燕", at("2025-12-31 17:20:03"),
     subj("答复: ", "M5"), "done", [1], text="马经理：\n\n第1项已完成，年度费用汇总表见共享盘/财务部/2025年结。" +
                                             sig("罗晓燕", "财务部 会计", "3208", "137 1111 2208"),
     quote="outlook_zh", cc=["马丽"], notes="'第1项已完成' on 2025-12-31 -> done [1].",
     what="Outlook-zh: 第1项已完成, signature with 2025 in a path")
case(528, "dingtalk-extend-next-year", "M5", "dingtalk", "马丽", at("2025-12-30 09:00:14"), subj("回复：", "M5"),
     "extend", [2], new_due="2026-01-09",
     text="第2项延期至1月9日，客户对账单元旦后才回传。\n\n发自钉钉", quote="dingtalk", sep="\n\n",
     notes="Sent 2025-12-30: '延期至1月9日' (no year) is in the coming January -> 2026-01-09 (year rollover). "
           "The item's current due 2026-01-05 is already in January.",
     what="钉钉 2025-12-30: 延期至1月9日 -> 2026-01-09 (year rollover)")
case(529, "owa-utc-sunday-next-friday", "M5", "exchange_online", "郭晓明",
     dt.datetime(2026, 1, 4, 23, 30, 0, tzinfo=UTC), subj("答复: ", "M5"), "extend", [3], new_due="2026-01-16",
     text="马经理：\n\n第3项申请延期到下周五，运营部预算口径还在调整。\n\n郭晓明\n运营部", quote="outlook_zh", qkw={"owa": True},
     notes="Exchange Online Date 'Sun, 4 Jan 2026 23:30:00 +0000' = Mon 2026-01-05 07:30 Shanghai. '下周五' from "
           "Monday 01-05 -> 2026-01-16 (from the UTC Sunday it would wrongly be 01-09).",
     what="Exchange Online +0000 Sunday night = Shanghai Monday: 申请延期到下周五")
case(530, "foxmail-tongyi", "M5", "foxmail", "罗晓燕", at("2025-12-29 16:50:30"), subj("回复: ", "M5"),
     "confirm", [], text="同意\n\n\n\nluoxiaoyan@xinghe.example.cn\n \n", quote="foxmail_en", sep="\n",
     notes="Foxmail: bare '同意' = confirm, items [].", what="Foxmail: 同意")
case(531, "gmail-zh-done-by-task-makeup-sunday", "M5", "gmail_ws", "马丽", at("2026-01-04 14:00:00"),
     subj("Re: ", "M5"), "done", [], text="应收对账搞定了，差异已和销售部确认。\n\n马丽\n财务总监", quote="gmail_zh",
     notes="Sent on Sun 2026-01-04 (make-up working day). '应收对账搞定了' names item 2 (完成应收账款对账) without a number "
           "-> done, items [].",
     what="Gmail-zh: 应收对账搞定了 (task words, no number), 调休 Sunday")
case(532, "outlook-two-workdays-spring-makeup-sat", "M6", "outlook_zh", "朱婷", at("2026-02-11 09:30:22"),
     subj("答复: ", "M6"), "extend", [1], new_due="2026-02-14",
     text="徐经理：\n\n第1项再给两个工作日，值班人员还在协调。" + sig("朱婷", "客服部", "3401", "135 0000 3401"),
     quote="outlook_zh", cc=["徐丽萍"],
     notes="'再给两个工作日' counted from item 1's quoted due 2月12日 (Thu): 02-13 Fri, 02-14 Sat (2026 make-up working "
           "day before Spring Festival 02-15..23) -> 2026-02-14.",
     what="Outlook-zh: 再给两个工作日 from quoted due 02-12 -> 02-14 (调休 Saturday)")
case(533, "wecom-circled4-done", "M6", "wecom", "杨帆", at("2026-02-11 11:00:40"), subj("回复：", "M6"),
     "done", [4], text="④已完成，停运公告已发官网和各渠道群。\n\n发自我的企业微信", quote="qq", sep="\n\n",
     notes="企业微信: '④已完成' -> done [4].", what="企业微信: ④已完成")
case(534, "feishu-extend-march2", "M6", "feishu", "胡斌", at("2026-02-13 15:00:08"), subj("回复: ", "M6"),
     "extend", [3], new_due="2026-03-02",
     text="徐经理，第3项延期至3月2日，节后客诉数据要等开工后统计。\n\n胡斌 | 运营部", quote="feishu",
     notes="'第3项延期至3月2日' -> 2026-03-02. '节后' and '开工后' are reasons.",
     what="飞书: 第3项延期至3月2日")
case(535, "apple-mac-confirm", "M6", "apple", "徐丽萍", at("2026-02-10 17:30:02"), subj("Re: ", "M6"),
     "confirm", [], text="确认。\n\n徐丽萍\n客服部经理\n星河电子", quote="apple_zh", sep="\n\n",
     notes="Apple Mail (macOS): '确认。' with a name/title signature; quote '> 在 2026年2月10日，17:00，…写道：'.",
     what="Apple Mail macOS: 确认。 + signature")
case(536, "mailmaster-progress-makeup-saturday", "M6", "mailmaster", "朱婷", at("2026-02-14 18:10:31"),
     subj("回复：", "M6"), "progress", [1], percent=80,
     text="第1项进度80%，还差初三到初六的夜班。\n\n发自网易邮箱大师", quote="mailmaster", sep="\n",
     notes="Sent Sat 2026-02-14 (make-up working day). '第1项进度80%' -> progress [1], 80; 初三/初六 are lunar days in "
           "the reason.",
     what="网易邮箱大师: 第1项进度80% with lunar-day words in reason")

# ---- M7 (Taiwan) -------------------------------------------------------------------------------------------
case(537, "outlook-tw-queren-two-chars", "M7", "outlook_tw", "林美玲", at("2025-10-20 18:05:17"),
     subj("回覆: ", "M7"), "confirm", [], text="確認", quote="outlook_tw", sep="\n\n",
     notes="Outlook zh-TW: the whole reply is the two Traditional characters '確認'. Subject '回覆:'; quote header "
           "寄件者:/寄件日期:/收件者:/主旨:.",
     what="Outlook-tw 回覆:, '確認' (two Traditional characters)")
case(538, "outlook-tw-item2-done", "M7", "outlook_tw", "陳志明", at("2025-10-21 10:11:00"), subj("回覆: ", "M7"),
     "done", [2], text="黃經理您好：\n\n第2項已完成，報價單已回簽。\n\n陳志明 Jimmy Chen\n華銳科技股份有限公司 業務部\n"
                       "Tel: +886-2-2712-3456 #201\nMobile: 0912-345-678", quote="outlook_tw",
     notes="Traditional '第2項已完成' -> done [2]. TW phone numbers in the signature.",
     what="Outlook-tw: 第2項已完成 + TW signature")
case(539, "outlook-tw-item3-progress", "M7", "outlook_tw", "林美玲", at("2025-10-22 14:30:45"),
     subj("RE: ", "M7"), "progress", [3], percent=80, text="第3項進度80%，剩餘文件本週內補齊。\n\nMeiling", quote="outlook_tw",
     notes="Traditional '第3項進度80%' -> progress [3], 80; '本週內' is an estimate.",
     what="Outlook-tw: 第3項進度80%")
case(540, "outlook-tw-extend-next-week-friday", "M7", "outlook_tw", "林美玲", at("2025-10-27 09:20:33"),
     subj("回覆: ", "M7"), "extend", [3], new_due="2025-11-07",
     text="第3項申請延期至下週五，認證單位要求補件。\n\n林美玲\n華銳科技 品保部", quote="outlook_tw",
     notes="Traditional '延期至下週五' from Mon 2025-10-27 -> 2025-11-07 (Friday of next week; this week's Friday "
           "10-31 is the current due).",
     what="Outlook-tw: 申請延期至下週五 from a Monday")
case(541, "gmail-tw-circled4-no-objection", "M7", "gmail", "陳志明", at("2025-10-20 19:42:08"),
     subj("Re: ", "M7"), "confirm", [4], text="④沒意見，樣機收到後回報。\n\n陳志明", quote="gmail_tw",
     notes="Gmail zh-TW attribution '纪要助手 <…> 於 2025年10月20日 週一 下午5:30寫道：'. '④沒意見' (Traditional) = "
           "confirm [4].",
     what="Gmail zh-TW 於…寫道：; ④沒意見 = confirm [4]")
case(557, "coremail-extend-this-friday", "M7", "coremail", "何静", at("2025-10-22 11:08:00"), subj("Re: ", "M7"),
     "extend", [4], new_due="2025-10-24", text="第4项延期到本周五，样机还在做跌落测试。\n何静", quote="coremail",
     notes="'延期到本周五' from Wed 2025-10-22 -> 2025-10-24.", what="Coremail: 第4项延期到本周五")

# ---- M8 (May Day 2026) -------------------------------------------------------------------------------------
case(542, "coremail-progress-90", "M8", "coremail", "孙浩", at("2026-04-29 10:00:19"), subj("Re: ", "M8"),
     "progress", [1], percent=90, text="第1项进度90%，周四能上线。\n\n孙浩", quote="coremail",
     notes="'第1项进度90%' -> progress [1], 90.", what="Coremail: 第1项进度90%")
case(543, "dingtalk-object-with-date", "M8", "dingtalk", "郭晓明", at("2026-04-28 16:20:05"),
     subj("回复：", "M8"), "object", [2],
     text="胡经理，第2项有异议：时间来不及，预算要先走财务审批，建议延到5月6日。\n\n发自钉钉", quote="dingtalk", sep="\n\n",
     notes="'第2项有异议：时间来不及…建议延到5月6日' -> object [2] (有异议 wins; the suggested date is part of the reason, "
           "new_due_date null).",
     what="钉钉: 第2项有异议 + 建议延到5月6日 (object, not extend)")
case(544, "outlook-two-workdays-may-day-makeup", "M8", "outlook_zh", "郭晓明", at("2026-04-30 17:00:40"),
     subj("答复: ", "M8"), "extend", [3], new_due="2026-05-11",
     text="胡经理：\n\n第3项再给两个工作日，五一期间的数据节后才能拉全。" + sig("郭晓明", "运营部", "3502", "158 0000 3502"),
     quote="outlook_zh", cc=["胡斌"],
     notes="'再给两个工作日' from item 3's quoted due 5月8日 (Fri): 05-09 Sat (2026 make-up working day), 05-11 Mon "
           "-> 2026-05-11.",
     what="Outlook-zh: 再给两个工作日 from quoted due 05-08 -> 05-11 via 调休 Sat 05-09")
case(545, "wecom-item4-done-chinglish", "M8", "wecom", "朱婷", at("2026-04-30 11:00:06"), subj("回复：", "M8"),
     "done", [4], text="第四项done了\n\n发自我的企业微信", quote="qq_en", sep="\n\n",
     notes="'第四项done了' (Chinese numeral + English 'done') -> done [4].",
     what="企业微信: 第四项done了 (mixed zh/en)")

# ---- M9 (English, Penang) ----------------------------------------------------------------------------------
case(546, "outlook-en-two-more-days-disclaimer", "M9", "outlook_en", "Raj Kumar", at("2025-10-10 10:00:00"),
     subj("RE: ", "M9"), "extend", [4], new_due="2025-10-26",
     text="Hi Jerry,\n\nNeed two more days on item 4, the pilot line is down for maintenance until Wednesday.\n\n"
          "Best regards,\nRaj Kumar\nSenior Engineer | Penang Acoustics Sdn. Bhd.\nT: +60 4-643 1234\n\n"
          "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you "
          "have received it in error, please notify the sender within 24 hours and delete it.",
     quote="outlook_orig",
     notes="'Need two more days on item 4' is a span: item 4's quoted due is Oct 24 (Fri) -> +2 calendar days = "
           "2025-10-26. (Judgement: 'days' read as calendar days; a business-day reading would give 10-28.) "
           "'until Wednesday' and '24 hours' in the disclaimer are not the new date.",
     what="Outlook en: 'Need two more days on item 4' (+2 days from quoted Oct 24) + disclaimer with 24 hours")
case(547, "gmail-en-item1-at-70", "M9", "gmail", "Raj Kumar", at("2025-10-14 15:00:20"), subj("Re: ", "M9"),
     "progress", [1], percent=70, text="Item 1 at 70%. Final report by Thursday.\n\nRaj", quote="gmail_en",
     notes="'Item 1 at 70%' -> progress [1], 70. 'by Thursday' is an estimate, not an extend command.",
     what="Gmail en: 'Item 1 at 70%' + by Thursday")
case(548, "outlook-en-new-style-done", "M9", "outlook_en", "陈喆", at("2025-10-16 18:30:11"), subj("RE: ", "M9"),
     "done", [2], text="Item 2 done - golden sample approved, signed form uploaded.\n\nJerry Chen\nR&D | Xinghe Electronics",
     quote="outlook_en",
     notes="Outlook English with the '____' From:/Sent: block. 'Item 2 done' -> done [2].",
     what="Outlook en (____ From:/Sent:): 'Item 2 done'")
case(549, "iphone-en-push-item3-oct22", "M9", "iphone", "高颖", at("2025-10-17 09:00:40"), subj("Re: ", "M9"),
     "extend", [3], new_due="2025-10-22",
     text="Can we push item 3 to Oct 22? Still waiting for the new speaker cost.\n\nSent from my iPhone",
     quote="ios_en", sep="\n\n", notes="'push item 3 to Oct 22' -> extend [3] 2025-10-22.",
     what="iPhone en: 'push item 3 to Oct 22'")
case(550, "hotmail-ok", "M9", "hotmail", "Daniel Wong", at("2025-10-09 17:00:09"), subj("Re: ", "M9"),
     "confirm", [], text="OK\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>", quote="hotmail", sep="\n\n",
     notes="Outlook.com (hotmail) from an outside consultant: 'OK' = confirm. (The sender is outside allowed_domains; "
           "parse still gives kind reply.)",
     what="Hotmail: 'OK' + Get Outlook for Android, outside sender")

# ---- M10 (2026 National Day) -------------------------------------------------------------------------------
case(551, "outlook-extend-to-after-holiday", "M10", "outlook_zh", "刘洋", at("2026-09-29 09:05:51"),
     subj("答复: ", "M10"), "extend", [1], new_due="2026-10-08",
     text="张经理：\n\n第1项申请延期到节后第一个工作日，回归测试还有3个阻塞缺陷。" + sig("刘洋", "技术部", "3606", "139 0000 3606"),
     quote="outlook_zh", cc=["张伟"],
     notes="'延期到节后第一个工作日' sent 2026-09-29: National Day 2026 is 10-01..07 -> 2026-10-08 (Thu). "
           "'3个阻塞缺陷' is a count, not a span.",
     what="Outlook-zh: 延期到节后第一个工作日 (2026 National Day -> 10-08)")
case(552, "gmail-zh-extend-same-as-footer-example", "M10", "gmail_ws", "孙浩", at("2026-09-30 11:18:00"),
     subj("Re: ", "M10"), "extend", [2], new_due="2026-10-20", text="第2项延期至10月20日\n\n孙浩", quote="gmail_zh",
     notes="The reply '第2项延期至10月20日' is word for word the footer's example command (第N项延期至10月20日) that is "
           "also in the quote: only the new text counts -> extend [2], 2026-10-20.",
     what="Gmail-zh: reply equals the footer example 延期至10月20日")
case(553, "foxmail-done-makeup-saturday", "M10", "foxmail", "陈喆", at("2026-10-10 20:00:03"), subj("回复: ", "M10"),
     "done", [3], text="第3项已完成，灰度方案已评审通过。\n\n\n\n陈喆 Jerry\n技术部\n \n", quote="foxmail_zh", sep="\n",
     notes="Sent Sat 2026-10-10 (make-up working day). '第3项已完成' -> done [3].",
     what="Foxmail 发件人：: 第3项已完成 on 调休 Saturday")
case(554, "iphone-agree-no-objection", "M10", "iphone", "张伟", at("2026-09-28 18:10:10"), subj("Re: ", "M10"),
     "confirm", [], text="同意，无异议。\n\n发自我的iPhone", quote="apple_zh", sep="\n\n",
     notes="'同意，无异议。' -> confirm; 无异议 contains 异议.", what="iPhone: 同意，无异议。")
_m10q = prefixed(R["M10"].text())
_m10q_inline = _m10q.replace("> 4 | 同步客服FAQ | 朱婷 | 10月12日（周一）\n",
                             "> 4 | 同步客服FAQ | 朱婷 | 10月12日（周一）\n\n申请延期到10月14日，FAQ要等发布说明定稿。\n\n")
assert _m10q_inline != _m10q
case(555, "thunderbird-inline-extend-row4", "M10", "thunderbird", "朱婷", at("2026-09-30 15:42:00"),
     subj("Re: ", "M10"), "extend", [4], new_due="2026-10-14",
     body="张经理，见下方。\n\n在 2026/9/28 17:45, 纪要助手 写道:\n" + _m10q_inline,
     notes="Thunderbird plain text, inline answer written directly under the quoted row '4 | 同步客服FAQ | 朱婷 | "
           "10月12日（周一）': '申请延期到10月14日' -> extend [4] (number from the quoted row it answers), 2026-10-14.",
     what="Thunderbird inline answer under quoted row 4: 申请延期到10月14日")
case(556, "outlook-object-owner-wrong", "M5", "outlook_zh", "罗晓燕", at("2025-12-29 17:10:29"),
     subj("答复: ", "M5"), "object", [2],
     text="马经理：\n\n第2项有异议：应收账款对账由我负责，您只需审核，请把负责人改为罗晓燕。" + sig("罗晓燕", "财务部 会计", "3208",
                                                                         "137 1111 2208"),
     quote="outlook_zh", cc=["马丽"],
     notes="'第2项有异议：…请把负责人改为罗晓燕' -> object [2] (an owner dispute, no date).",
     what="Outlook-zh: 第2项有异议 about the owner")
case(558, "qq-mobile-ok-top-iphone", "M8", "qq", "胡斌", at("2026-04-28 16:45:00"), subj("回复：", "M8"),
     "confirm", [], text="ok，没问题\n\n发自我的iPhone", quote="qq", sep="\n\n",
     notes="QQ Mail iOS app: lower-case 'ok，没问题' = confirm; '发自我的iPhone' footer.",
     what="QQ iOS: ok，没问题")


# ------------------------------------------------------------------------------------------------ checks
def check_dates():
    chk = {
        503: D(2024, 10, 30),
        507: next_week(D(2024, 10, 18), 2),
        511: add_workdays(R["M2"].due(3), 2),
        516: D(2025, 11, 19),
        520: next_week(D(2025, 11, 19), 4),
        521: D(2025, 12, 21),
        522: D(2025, 12, 3),
        528: D(2026, 1, 9),
        529: next_week(sh(dt.datetime(2026, 1, 4, 23, 30, tzinfo=UTC)).date(), 4),
        532: add_workdays(R["M6"].due(1), 2),
        534: D(2026, 3, 2),
        540: next_week(D(2025, 10, 27), 4),
        544: add_workdays(R["M8"].due(3), 2),
        546: R["M9"].due(4) + dt.timedelta(days=2),
        549: D(2025, 10, 22),
        551: first_workday_after_block(D(2026, 9, 29)),
        552: D(2026, 10, 20),
        555: D(2026, 10, 14),
        557: this_week(D(2025, 10, 22), 4),
    }
    for c in CASES:
        g = c["gold"]["new_due_date"]
        if c["gold"]["intent"] == "extend":
            assert c["n"] in chk, c["n"]
            assert chk[c["n"]].isoformat() == g, (c["n"], chk[c["n"]], g)
            assert sh(c["date"]).date() <= D.fromisoformat(g) or True
        else:
            assert g is None, c["n"]
    assert sh(dt.datetime(2026, 1, 4, 23, 30, tzinfo=UTC)).date() == D(2026, 1, 5)
    assert workday(D(2025, 10, 11)) and workday(D(2026, 2, 14)) and workday(D(2026, 5, 9))
    assert workday(D(2025, 9, 28)) and workday(D(2026, 1, 4)) and workday(D(2026, 10, 10))
    assert not workday(D(2026, 10, 7)) and workday(D(2026, 10, 8))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    check_dates()
    nums = [c["n"] for c in CASES]
    assert len(nums) == len(set(nums))
    for old in out.glob("[5][0-9][0-9]-*.*"):
        old.unlink()
    rows = []
    for c in sorted(CASES, key=lambda c: c["n"]):
        raw = build(c)
        (out / (c["slug"] + ".eml")).write_bytes(raw)
        g = {"kind": "reply", "items": [], "next_followup": None, "reply": c["gold"], "notes": c["notes"]}
        (out / (c["slug"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows.append("| %s | %s | %s |" % (c["slug"], c["client"], c["what"].replace("|", "\\|")))
    (out / "roster.csv").write_text(ROSTER_CSV, encoding="utf-8")
    readme = ["# replies3: held-out reply corpus for minutebot", "",
              "%d reply mails (`NNN-slug.eml`, raw RFC 5322 bytes) with gold answers (`NNN-slug.json`, the gold schema "
              "of `shared/corpus/README.md`: kind `reply`, `items` [] and `next_followup` null, a `reply` object with "
              "intent/items/percent/new_due_date, and `notes`). Written by `make_replies3.py` (run it with "
              "`.venv/bin/python tests/data/replies3/make_replies3.py`; it needs `chinesecalendar` and re-checks every "
              "new_due_date). Same company, roster and bot as the development corpus (`minutes@xinghe.example.cn`).",
              "",
              "Every mail answers a recap the bot sent: `In-Reply-To` is the bot's recap Message-ID "
              "(`<mb.…@xinghe.example.cn>`; one case answers a later bot acknowledgement), `References` lists the "
              "minutes and the recap, `To` is the signed reply address `minutes+m<16 hex>@xinghe.example.cn`, and the "
              "recap (序号 | 事项 | 负责人 | 截止时间 table, '如有异议请于今日内回复', a footer listing 确认 / 有异议 / "
              "已完成 / 进度80% / 延期至10月20日) is quoted in the client's own style.",
              "",
              "Gold conventions used here (beyond the corpus README):",
              "- `items` lists item numbers only as written (第2项, ②, #4, item 1, 1和3, 第四项). A reply that names the "
              "task without a number (报价单那个…) has items []. An inline answer written under a quoted recap row "
              "gets that row's number (cases 526, 555).",
              "- One intent per mail. 有异议 with a suggested date is `object` and new_due_date stays null.",
              "- new_due_date is resolved against the reply's own Date header in Asia/Shanghai (weekday rules and "
              "year rollover of the corpus README). Spans (再给两个工作日, two more days) are counted from the item's "
              "current due date shown in the quoted recap: 工作日 with chinesecalendar (调休 included), 'days' as "
              "calendar days.",
              "- 无异议 / 没意见 / 沒意見 / 同意 / OK / Agreed = confirm.",
              "",
              "| case | client | what it tests |", "| --- | --- | --- |"] + rows + [""]
    (out / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print("wrote %d cases to %s" % (len(CASES), out))


if __name__ == "__main__":
    main()
