#!/usr/bin/env python3
"""Blind held-out set `replies4` for minutebot: replies to the bot's recap mails, written the way real mail
clients and real people write them.

    /work/blind/venv/bin/python make_replies4.py [OUTDIR]      # write NNN-slug.eml/.json, roster.csv, README table
    /work/blind/venv/bin/python make_replies4.py --check [DIR] # re-validate: MIME, schema, and every gold date
                                                               # recomputed with chinesecalendar from the .eml Date

Deterministic: no clock, no randomness; every id/boundary is derived from a hash of the case slug.
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

D = dt.date
UTC = dt.timezone.utc


def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


TZ8 = TZ(8)

# ------------------------------------------------------------------------------------------------------------
# Working-day calendar: only chinesecalendar, never hand-entered holidays
# ------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """N working days counted from the day after d (statutory holidays skipped, 调休 make-up days counted)."""
    left = n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def first_workday_after_break(d):
    """节后第一个工作日: the first working day after the next run of non-working days that contains a holiday."""
    x = d
    while True:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_holiday(x) and chinese_calendar.get_holiday_detail(x)[1] is not None:
            break
    while not is_workday(x):
        x += dt.timedelta(days=1)
    return x


def weekday_on_or_after(d, wd):
    """周X / bare weekday: this week's X if not past, else next week's (weeks start Monday)."""
    monday = d - dt.timedelta(days=d.weekday())
    c = monday + dt.timedelta(days=wd)
    return c if c >= d else c + dt.timedelta(days=7)


def next_week(d, wd):
    """下周X / next <weekday>: weekday X of the following calendar week."""
    return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + wd)


def month_end(d):
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def day_of_month(d, day):
    """'the 21st' / '10号': this month if not yet past, else next month."""
    if day >= d.day:
        return D(d.year, d.month, day)
    return D(d.year + (d.month == 12), d.month % 12 + 1, day)


# ------------------------------------------------------------------------------------------------------------
# Dates and header text
# ------------------------------------------------------------------------------------------------------------
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
WD_ZH = "一二三四五六日"


def ts(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def sh(t):
    return t.astimezone(TZ8)


CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-2022-jp": "iso2022_jp", "ks_c_5601-1987": "euc_kr", "euc-kr": "euc_kr", "windows-1252": "cp1252",
         "iso-8859-2": "iso8859_2", "windows-1250": "cp1250",
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


def fits(text, label):
    try:
        text.encode(codec(label))
        return True
    except UnicodeEncodeError:
        return False


def htext(text, label="utf-8", mode="B", prefix=""):
    """An unstructured header value (Subject): ASCII stays as is, the rest becomes encoded-words."""
    if all(ord(c) < 128 for c in text):
        return prefix + text
    if not fits(text, label):  # clients fall back to UTF-8 for text their default charset cannot hold
        label = "utf-8"
    return prefix + "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    if not fits(name, label):
        label = "utf-8"
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




def received(t, helo, rdns, ip, seed):
    t2 = sh(t) + dt.timedelta(seconds=2 + int(hx(seed + "rcv", 2), 16) % 5)
    return ("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s (CST)"
            % (helo, rdns, ip, DOM, hx(seed, 9).upper(), "minutes@" + DOM, rfc_date(t2)))


# ------------------------------------------------------------------------------------------------------------
# People: the dev corpus company 星河电子 and its roster, plus the overseas/regional staff of this set
# ------------------------------------------------------------------------------------------------------------
DOM = "xinghe.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
ROSTER = [
    # name, local part, department, head?, aliases
    ("李娜", "lina", "市场部", True, "李经理;Li Na;Nina Li;娜姐"),
    ("王芳", "wangfang", "市场部", False, "Wang Fang;Fiona Wang;芳姐"),
    ("赵磊", "zhaolei", "市场部", False, "Zhao Lei;Leo Zhao;磊哥"),
    ("张伟", "zhangwei", "技术部", True, "张经理;Zhang Wei;zw;张总工"),
    ("陈喆", "chenzhe", "技术部", False, "Chen Zhe;陈工;Jerry Chen;Jerry"),
    ("刘洋", "liuyang", "技术部", False, "Liu Yang;刘工;Leon Liu"),
    ("孙浩", "sunhao", "技术部", False, "Sun Hao;小孙;Howard Sun"),
    ("周敏", "zhoumin", "产品部", True, "周经理;Zhou Min;Amy Zhou"),
    ("吴昊", "wuhao", "产品部", False, "Wu Hao;Kevin Wu"),
    ("郑堃", "zhengkun", "产品部", False, "Zheng Kun;小郑"),
    ("黄建国", "huangjianguo", "销售部", True, "黄总;黄经理;Huang Jianguo;Jack Huang"),
    ("杨帆", "yangfan", "销售部", False, "Yang Fan;小杨;杨专员"),
    ("何静", "hejing", "销售部", False, "He Jing;何主管;Jessie He"),
    ("马丽", "mali", "财务部", True, "马经理;马总监;Ma Li"),
    ("罗晓燕", "luoxiaoyan", "财务部", False, "Luo Xiaoyan;晓燕;小罗"),
    ("林峰", "linfeng", "采购部", True, "林经理;Lin Feng;Frank Lin"),
    ("高颖", "gaoying", "采购部", False, "Gao Ying;高主管;Ivy Gao"),
    ("徐丽萍", "xuliping", "客服部", True, "徐经理;Xu Liping;Lisa Xu"),
    ("朱婷", "zhuting", "客服部", False, "Zhu Ting;Tina Zhu;婷婷"),
    ("胡斌", "hubin", "运营部", True, "胡经理;Hu Bin;Ben Hu"),
    ("郭晓明", "guoxiaoming", "运营部", False, "Guo Xiaoming;晓明;小郭"),
    # added for this set (overseas offices, Taiwan office, Vietnam plant)
    ("沈冰", "shenbing", "国际业务部", True, "沈总;Shen Bing;Bing Shen;Bella Shen"),
    ("Sophie Martin", "sophie.martin", "国际业务部", False, "Sophie;苏菲"),
    ("Lukas Becker", "lukas.becker", "国际业务部", False, "Lukas;卢卡斯"),
    ("Daan de Vries", "daan.devries", "国际业务部", False, "Daan;De Vries"),
    ("Katarzyna Nowak", "katarzyna.nowak", "国际业务部", False, "Kasia;Kasia Nowak;Katarzyna"),
    ("Carlos Ruiz", "carlos.ruiz", "国际业务部", False, "Carlos;Carlos Ruiz García"),
    ("佐藤健太", "sato.kenta", "国际业务部", False, "Sato Kenta;Kenta Sato;佐藤;Kenta"),
    ("김지훈", "kim.jihoon", "国际业务部", False, "Kim Jihoon;Jihoon Kim;金智勋;Jihoon"),
    ("陳怡君", "chen.yijun", "销售部", False, "陈怡君;Chen Yijun;Vivian Chen;Vivian;怡君"),
    ("邓军", "dengjun", "生产部", True, "邓厂长;Deng Jun"),
    ("Nguyễn Văn Minh", "nguyen.minh", "生产部", False, "Nguyen Van Minh;Minh;阮文明;Minh Nguyen"),
]
P = {}
_heads = {dep: local for name, local, dep, head, _ in ROSTER if head}
for _n, _l, _d, _h, _a in ROSTER:
    P[_n] = {"name": _n, "email": "%s@%s" % (_l, DOM), "department": _d,
             "manager_email": "" if _h else "%s@%s" % (_heads[_d], DOM), "aliases": _a}

# how people appear in their own From header (display name set in their client)
DISPLAY = {"陳怡君": "陳怡君 Vivian", "Nguyễn Văn Minh": "Nguyễn Văn Minh", "佐藤健太": "佐藤 健太",
           "김지훈": "김지훈 (Jihoon Kim)", "Katarzyna Nowak": "Katarzyna Nowak", "沈冰": "Bella Shen 沈冰"}


def who(name):
    if isinstance(name, tuple):
        return name
    if name == BOT[0]:
        return BOT
    return (DISPLAY.get(name, name), P[name]["email"])


def _pair(p):
    return who(p)


# ------------------------------------------------------------------------------------------------------------
# The meetings whose recaps are answered. rows: (task, owner, due ISO)
# ------------------------------------------------------------------------------------------------------------
class Meeting:
    def __init__(self, key, subject, organizer, minutes_t, recap_min, rows, lang="zh", people=(), problems=()):
        self.key, self.subject, self.organizer, self.lang = key, subject, organizer, lang
        self.minutes_t = minutes_t
        self.recap_t = minutes_t + dt.timedelta(minutes=recap_min, seconds=int(hx(key, 2), 16) % 60)
        self.rows = rows
        self.problems = list(problems)
        owners = [o for _, o, _ in rows]
        self.to = [organizer] + [x for x in dict.fromkeys(owners) if x != organizer]
        self.cc = [x for x in people if x not in self.to]
        self.minutes_msgid = "<%s.%s@%s>" % (minutes_t.strftime("%Y%m%d%H%M%S"), hx(key + "min", 12), DOM)
        self.recap_msgid = "<r.%s.%s@%s>" % (self.recap_t.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        d = sh(self.recap_t).date()
        cut = d if is_workday(d) and sh(self.recap_t).hour < 18 else add_workdays(d, 1)
        self.cutoff = cut

    def owner_items(self, name):
        return [i for i, (_, o, _) in enumerate(self.rows, 1) if o == name]

    def due(self, n):
        return D.fromisoformat(self.rows[n - 1][2])

    def recap_blocks(self):
        if self.lang == "en":
            rows = [["#", "Action item", "Owner", "Due"]] + [
                [str(i), t, o, "%s (%s)" % (d, WD_EN[D.fromisoformat(d).weekday()])]
                for i, (t, o, d) in enumerate(self.rows, 1)]
            b = ["Hello all,", "", "Minutes Assistant has recorded the following action items from \u201c%s\u201d:"
                 % self.subject, ("table", rows)]
            if self.problems:
                b += ["", "Please check:"] + ["- " + x for x in self.problems]
            b += ["", "If you disagree, please reply today (by %s 18:00 Beijing time); otherwise the items are "
                      "confirmed." % self.cutoff.isoformat(),
                  "Reply to this mail with \u201cconfirm\u201d, \u201cobject: reason\u201d, \u201citem N done\u201d, "
                  "\u201cprogress 80%\u201d or \u201cextend to Oct 20\u201d.", "",
                  "-- Minutes Assistant (automated message, please keep the subject)"]
            return b
        rows = [["序号", "事项", "负责人", "截止时间"]] + [
            [str(i), t, o, "%s（周%s）" % (d, WD_ZH[D.fromisoformat(d).weekday()])]
            for i, (t, o, d) in enumerate(self.rows, 1)]
        b = ["各位好：", "", "纪要助手已登记「%s」的待办事项：" % self.subject, ("table", rows)]
        if self.problems:
            b += ["", "需要注意："] + ["· " + x for x in self.problems]
        b += ["", "如有异议请于今日内回复（截止 %s 18:00，逾期视为无异议）。" % self.cutoff.isoformat(),
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
              "—— 纪要助手（系统自动发送，请勿修改主题）"]
        return b

    def recap_text(self):
        out = []
        for b in self.recap_blocks():
            if isinstance(b, tuple):
                out += ["| " + " | ".join(r) + " |" for r in b[1]]
            else:
                out.append(b)
        return "\n".join(out) + "\n"

    def recap_html(self):
        out = []
        for b in self.recap_blocks():
            if isinstance(b, tuple):
                rows = b[1]
                t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">']
                for ri, r in enumerate(rows):
                    tag = "th" if ri == 0 else "td"
                    t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
                t.append("</table>")
                out.append("".join(t))
            elif b == "":
                out.append("<div><br></div>")
            else:
                out.append("<div>%s</div>" % esc(b))
        return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


M = {}


def meeting(*a, **k):
    m = Meeting(*a, **k)
    M[m.key] = m
    return m


meeting("A", "双11预热活动筹备会纪要", "李娜", ts("2025-09-26 10:02:11"), 31, [
    ("双11主视觉KV定稿", "王芳", "2025-09-30"),
    ("确认达人投放名单及报价", "赵磊", "2025-09-30"),
    ("提交预热期投放预算申请", "赵磊", "2025-09-28"),
    ("直播间脚本初稿", "何静", "2025-10-11"),
    ("会员短信文案", "朱婷", "2025-10-09")], people=["黄建国", "胡斌"])
meeting("B", "X10量产问题协调会纪要", "张伟", ts("2025-10-20 15:05:40"), 37, [
    ("发布ECN-2025-118变更单", "陈喆", "2025-10-22"),
    ("ICT治具返修", "刘洋", "2025-10-24"),
    ("72小时老化测试报告", "孙浩", "2025-10-27"),
    ("更新X10 BOM（替代料）", "吴昊", "2025-10-23"),
    ("东升精密8D报告", "高颖", "2025-10-29"),
    ("越南产线返工工时统计", "Nguyễn Văn Minh", "2025-10-24")], people=["邓军", "林峰", "周敏"])
meeting("C", "EU Q4 launch sync - minutes", "沈冰", ts("2025-11-05 15:32:05"), 38, [
    ("Localised packaging artwork (FR/DE/NL)", "Sophie Martin", "2025-11-14"),
    ("CE/RED declaration of conformity", "Lukas Becker", "2025-11-12"),
    ("Rotterdam warehouse slot booking", "Daan de Vries", "2025-11-10"),
    ("Polish distributor price list", "Katarzyna Nowak", "2025-11-11"),
    ("Demo units for Spanish retailers", "Carlos Ruiz", "2025-11-19"),
    ("Final EU launch budget", "沈冰", "2025-11-07")], lang="en", people=["李娜", "黄建国"])
meeting("D", "年终结账工作安排会纪要", "马丽", ts("2025-12-29 10:47:30"), 33, [
    ("发出应收账款对账函", "罗晓燕", "2025-12-31"),
    ("销售返利计提明细", "何静", "2025-12-31"),
    ("固定资产盘点表", "郭晓明", "2026-01-06"),
    ("供应商暂估入库清单", "高颖", "2026-01-05")], people=["黄建国", "林峰", "胡斌"])
meeting("E", "春节假期客服值班安排会纪要", "徐丽萍", ts("2026-02-10 13:31:52"), 34, [
    ("发布春节值班表", "朱婷", "2026-02-12"),
    ("更新节日自动回复话术", "朱婷", "2026-02-13"),
    ("退换货物流节后恢复通知", "郭晓明", "2026-02-13"),
    ("工单系统节前备份", "孙浩", "2026-02-14"),
    ("节后客诉复盘", "徐丽萍", "2026-02-27")], people=["胡斌", "张伟"])
meeting("F", "APAC key account review - minutes", "沈冰", ts("2026-03-16 16:20:44"), 41, [
    ("Samples to Tokyo distributor", "佐藤健太", "2026-03-20"),
    ("KC certification file for Korea", "김지훈", "2026-03-25"),
    ("Vietnam line capacity plan for Q2", "Nguyễn Văn Minh", "2026-03-23"),
    ("Quotation for Seoul retailer", "杨帆", "2026-03-18"),
    ("Proofread Japanese user manual", "佐藤健太", "2026-03-27")], lang="en", people=["黄建国", "邓军"])
meeting("G", "二季度供应商评审会纪要", "林峰", ts("2026-04-27 15:58:03"), 32, [
    ("东升精密模具整改验收", "高颖", "2026-04-30"),
    ("新供应商资质审核", "林峰", "2026-05-08"),
    ("主要物料价格复核", "罗晓燕", "2026-04-29"),
    ("更新来料检验标准", "刘洋", "2026-05-09")], people=["马丽", "张伟"])
meeting("H", "X12新品评审会纪要", "周敏", ts("2026-06-15 14:48:20"), 32, [
    ("X12 PRD v1.2", "吴昊", "2026-06-18"),
    ("ID外观打样", "郑堃", "2026-06-24"),
    ("竞品拆机报告", "陈喆", "2026-06-22"),
    ("X12定价测算", "何静", "2026-06-23"),
    ("用户访谈纪要整理", "郑堃", "2026-06-17")], people=["张伟", "黄建国", "李娜"])
meeting("I", "中秋国庆大促运营会纪要", "胡斌", ts("2026-09-14 10:40:09"), 35, [
    ("大促活动页上线", "郭晓明", "2026-09-22"),
    ("客服大促话术培训", "朱婷", "2026-09-24"),
    ("大促库存预占", "杨帆", "2026-09-21"),
    ("直播排期表", "赵磊", "2026-09-20"),
    ("大促复盘报告", "胡斌", "2026-09-30")], people=["李娜", "徐丽萍", "黄建国"])
meeting("J", "双11渠道冲刺会纪要", "黄建国", ts("2026-11-02 10:05:51"), 35, [
    ("台湾经销商备货确认", "陳怡君", "2026-11-05"),
    ("京东自营价保方案", "杨帆", "2026-11-06"),
    ("线下门店物料补发", "何静", "2026-11-04"),
    ("大客户返点测算", "罗晓燕", "2026-11-09")], people=["马丽", "李娜"])
meeting("K", "技术部周例会纪要（11月第4周）", "张伟", ts("2026-11-23 16:55:02"), 36, [
    ("OTA 1.3.2灰度发布", "孙浩", "2026-11-25"),
    ("蓝牙断连问题根因分析", "陈喆", "2026-11-27"),
    ("测试用例评审", "刘洋", "2026-11-26"),
    ("固件签名证书续期", "张伟", "2026-11-30"),
    ("越南产线烧录工具升级", "Nguyễn Văn Minh", "2026-12-02")], people=["周敏", "邓军"])
meeting("L", "EU 2027 planning kickoff - minutes", "沈冰", ts("2026-12-01 15:59:48"), 46, [
    ("2027 EU sales forecast", "Sophie Martin", "2026-12-11"),
    ("German retailer contract renewal", "Lukas Becker", "2026-12-15"),
    ("Warehouse rate negotiation", "Daan de Vries", "2026-12-09"),
    ("Poland service centre proposal", "Katarzyna Nowak", "2026-12-18"),
    ("LATAM pilot plan", "Carlos Ruiz", "2026-12-16")], lang="en", people=["黄建国"])


# ------------------------------------------------------------------------------------------------------------
# Localised date words
# ------------------------------------------------------------------------------------------------------------
L = {
    "fr": dict(wd="lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
               mon="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
               wda="lun. mar. mer. jeu. ven. sam. dim.".split(),
               mona="janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()),
    "de": dict(wd="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
               mon="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
               wda="Mo. Di. Mi. Do. Fr. Sa. So.".split(),
               mona="Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()),
    "nl": dict(wd="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
               mon="januari februari maart april mei juni juli augustus september oktober november december".split(),
               wda="ma di wo do vr za zo".split(), mona="jan feb mrt apr mei jun jul aug sep okt nov dec".split()),
    "pl": dict(wd="poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
               mon="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
                   "grudnia".split(),
               wda="pon. wt. śr. czw. pt. sob. niedz.".split(),
               mona="sty lut mar kwi maj cze lip sie wrz paź lis gru".split()),
    "es": dict(wd="lunes martes miércoles jueves viernes sábado domingo".split(),
               mon="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
               wda="lun mar mié jue vie sáb dom".split(),
               mona="ene feb mar abr may jun jul ago sept oct nov dic".split()),
    "vi": dict(wd=["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
               wda=["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]),
}
JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"


def h12(t):
    return t.hour % 12 or 12


def ampm(t):
    return "AM" if t.hour < 12 else "PM"


# Outlook desktop / OWA header block labels and 'Sent' formats per UI language
OUTLOOK_LABELS = {
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题", ": "),
    "tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨", ": "),
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat", ": "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề", ": "),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名", ": "),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", ": "),
}


def outlook_when(t, lang):
    if lang == "zh":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "tw":
        return "%d年%d月%d日 %s %d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12(t), t.minute)
    if lang == "en":
        return "%s, %s %d, %d %d:%02d %s" % (WD_EN_L[t.weekday()], MON_EN_L[t.month - 1], t.day, t.year, h12(t),
                                            t.minute, ampm(t))
    if lang == "fr":
        x = L["fr"]
        return "%s %d %s %d %02d:%02d" % (x["wd"][t.weekday()], t.day, x["mon"][t.month - 1], t.year, t.hour, t.minute)
    if lang == "de":
        x = L["de"]
        return "%s, %d. %s %d %02d:%02d" % (x["wd"][t.weekday()], t.day, x["mon"][t.month - 1], t.year, t.hour,
                                           t.minute)
    if lang == "nl":
        x = L["nl"]
        return "%s %d %s %d %d:%02d" % (x["wd"][t.weekday()], t.day, x["mon"][t.month - 1], t.year, t.hour, t.minute)
    if lang == "pl":
        x = L["pl"]
        return "%s, %d %s %d %02d:%02d" % (x["wd"][t.weekday()], t.day, x["mon"][t.month - 1], t.year, t.hour,
                                          t.minute)
    if lang == "es":
        x = L["es"]
        return "%s, %d de %s de %d %d:%02d" % (x["wd"][t.weekday()], t.day, x["mon"][t.month - 1], t.year, t.hour,
                                              t.minute)
    if lang == "vi":
        return "%s, ngày %d tháng %d năm %d %d:%02d %s" % (L["vi"]["wd"][t.weekday()], t.day, t.month, t.year, h12(t),
                                                         t.minute, "SA" if t.hour < 12 else "CH")
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "ko":
        return "%d년 %d월 %d일 %s요일 %s %d:%02d" % (t.year, t.month, t.day, KO_WD[t.weekday()],
                                                 "오전" if t.hour < 12 else "오후", h12(t), t.minute)
    raise ValueError(lang)


def gmail_attr(t, name, addr, lang):
    """Gmail web/app attribution line."""
    x = L.get(lang, {})
    if lang == "zh":
        return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (name, addr, t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                      t.hour, t.minute)
    if lang == "zh-app":
        return "%s <%s> 于%d年%d月%d日周%s %s%d:%02d写道：" % (name, addr, t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                        "上午" if t.hour < 12 else "下午", h12(t), t.minute)
    if lang == "en":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day,
                                                               t.year, h12(t), t.minute, ampm(t), name, addr)
    if lang == "en-app":  # Gmail for Android, en-GB locale
        return "On %s, %d %s %d, %02d:%02d %s, <%s> wrote:" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1],
                                                            t.year, t.hour, t.minute, name, addr)
    if lang == "fr":
        return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (x["wda"][t.weekday()], t.day, x["mona"][t.month - 1],
                                                               t.year, t.hour, t.minute, name, addr)
    if lang == "de":
        return "Am %s, %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:" % (x["wda"][t.weekday()], t.day,
                                                                     x["mona"][t.month - 1], t.year, t.hour,
                                                                     t.minute, name, addr)
    if lang == "nl":
        return "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (x["wda"][t.weekday()], t.day, x["mona"][t.month - 1],
                                                              t.year, t.hour, t.minute, name, addr)
    if lang == "pl":
        return "%s, %d %s %d o %02d:%02d %s <%s> napisał(a):" % (x["wda"][t.weekday()], t.day, x["mona"][t.month - 1],
                                                              t.year, t.hour, t.minute, name, addr)
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (x["wda"][t.weekday()], t.day,
                                                                    x["mona"][t.month - 1], t.year, t.hour,
                                                                    t.minute, name, addr)
    if lang == "vi":
        return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (x["wda"][t.weekday()], t.day, t.month,
                                                                          t.year, t.hour, t.minute, name, addr)
    if lang == "ja":
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, JA_WD[t.weekday()], t.hour, t.minute,
                                                   name, addr)
    if lang == "ko":
        return "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, KO_WD[t.weekday()],
                                                              "오전" if t.hour < 12 else "오후", h12(t), t.minute,
                                                              name, addr)
    raise ValueError(lang)


def apple_attr(t, name, addr, lang, ios):
    if lang == "zh":
        if ios:
            return "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, name, addr)
        return "%d年%d月%d日 %d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, name, addr)
    if lang == "en":
        return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MON_EN[t.month - 1], t.day, t.year, h12(t), t.minute,
                                                              ampm(t), name, addr)
    if lang == "fr":
        return "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (t.day, L["fr"]["mona"][t.month - 1], t.year, t.hour,
                                                             t.minute, name, addr)
    if lang == "es":
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:" % (t.day, L["es"]["mona"][t.month - 1], t.year, t.hour,
                                                                t.minute, name, addr)
    if lang == "de":
        return "Am %02d.%02d.%d um %02d:%02d schrieb %s <%s>:" % (t.day, t.month, t.year, t.hour, t.minute, name, addr)
    if lang == "ja":
        return "%d/%02d/%02d %d:%02d、%s <%s>のメール:" % (t.year, t.month, t.day, t.hour, t.minute, name, addr)
    if lang == "ko":
        return "%d. %d. %d. %s %d:%02d, %s <%s> 작성:" % (t.year, t.month, t.day, "오전" if t.hour < 12 else "오후",
                                                      h12(t), t.minute, name, addr)
    if lang == "nl":
        return "Op %d %s %d om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
            t.day, L["nl"]["mona"][t.month - 1], t.year, t.hour, t.minute, name, addr)
    if lang == "pl":
        return "Wiadomość napisana przez %s <%s> w dniu %d.%02d.%d, o godz. %02d:%02d:" % (
            name, addr, t.day, t.month, t.year, t.hour, t.minute)
    raise ValueError(lang)


def tb_attr(t, name, lang):
    """Thunderbird 115+ reply header."""
    if lang == "zh":
        return "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, name)
    if lang == "en":
        return "On %d/%d/%d %d:%02d, %s wrote:" % (t.day, t.month, t.year, t.hour, t.minute, name)
    if lang == "de":
        return "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute, name)
    if lang == "pl":
        return "W dniu %d.%02d.%d o %02d:%02d, %s pisze:" % (t.day, t.month, t.year, t.hour, t.minute, name)
    if lang == "nl":
        return "Op %d-%d-%d om %02d:%02d schreef %s:" % (t.day, t.month, t.year, t.hour, t.minute, name)
    if lang == "fr":
        return "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (t.day, t.month, t.year, t.hour, t.minute, name)
    raise ValueError(lang)


def colw(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap_attr(s, width=78):
    """Gmail's text/plain wraps a long attribution line at the last space that fits in `width` columns
    (East Asian wide characters count as two columns)."""
    if colw(s) <= width:
        return s
    cut = max(i for i, ch in enumerate(s) if ch == " " and colw(s[:i]) <= width) if " " in s else -1
    if cut <= 0:
        return s
    return s[:cut] + "\n" + s[cut + 1:]


def gt(lines):
    return "".join("> " + l + "\n" if l else ">\n" for l in lines.rstrip("\n").split("\n"))


# ------------------------------------------------------------------------------------------------------------
# Quote styles. Each takes the meeting (its recap is the quoted mail), the sender's timezone and a language.
# ------------------------------------------------------------------------------------------------------------
def recap_names(m):
    return [who(x) for x in m.to], [who(x) for x in m.cc]


def q_outlook(m, tz, lang="zh", owa=False, names_only=False):
    t = m.recap_t.astimezone(tz)
    fr, se, to_l, cc_l, su, colon = OUTLOOK_LABELS[lang]
    tos, ccs = recap_names(m)
    fmt = (lambda x: x[0]) if names_only else (lambda x: "%s <%s>" % x)
    to_s = "; ".join(fmt(x) for x in tos)
    cc_s = "; ".join(fmt(x) for x in ccs)
    subj = "Re: " + m.subject
    text = ("\n" + ("________________________________\n" if owa else "") +
            "%s%s%s <%s>\n%s%s%s\n%s%s%s\n" % (fr, colon, BOT[0], BOT[1], se, colon, outlook_when(t, lang), to_l,
                                               colon, to_s) +
            ("%s%s%s\n" % (cc_l, colon, cc_s) if cc_s else "") + "%s%s%s\n\n" % (su, colon, subj) + m.recap_text())
    rows = [(fr, "%s &lt;%s&gt;" % (esc(BOT[0]), BOT[1])), (se, esc(outlook_when(t, lang))), (to_l, esc(to_s))]
    if cc_s:
        rows.append((cc_l, esc(cc_s)))
    rows.append((su, esc(subj)))
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
             'color="#000000">' + "<br>".join("<b>%s:</b> %s" % (k, v) for k, v in rows) +
             '</font><div>&nbsp;</div></div><div>' + m.recap_html() + "</div>")
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">' + "<br>\n".join("<b>%s%s</b>%s" % (k, colon.rstrip(), " " + v) for k, v in rows)
             + '<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + m.recap_html())
    return text, h


def q_gmail(m, tz, lang="zh", wrap=True):
    t = m.recap_t.astimezone(tz)
    name, addr = BOT
    attr = gmail_attr(t, name, addr, lang)
    text = "\n\n" + (wrap_attr(attr) if wrap else attr) + "\n\n" + gt(m.recap_text())
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (esc(attr).replace("&lt;%s&gt;" % addr,
                                                                       '&lt;<a href="mailto:%s">%s</a>&gt;'
                                                                       % (addr, addr)), m.recap_html()))
    return text, h


def q_apple(m, tz, lang="zh", ios=True):
    t = m.recap_t.astimezone(tz)
    attr = apple_attr(t, BOT[0], BOT[1], lang, ios)
    text = "\n\n> " + attr + "\n>\n" + gt(m.recap_text())
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
         '<div dir="ltr">%s</div></blockquote>' % (esc(attr), m.recap_html()))
    return text, h


def q_thunderbird(m, tz, lang="zh"):
    t = m.recap_t.astimezone(tz)
    attr = tb_attr(t, BOT[0], lang)
    return attr + "\n" + gt(m.recap_text()), None


def q_qq(m, tz, lang=None):
    t = m.recap_t.astimezone(tz)
    part = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], part, h12(t), t.minute)
    tos, ccs = recap_names(m)
    to_s = "".join('"%s"<%s>;' % x for x in tos)
    cc_s = "".join('"%s"<%s>;' % x for x in ccs)
    subj = "Re: " + m.subject
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            % (BOT[0], BOT[1], when, to_s) + ("抄送: %s\n" % cc_s if cc_s else "") + "主题: %s\n\n\n\n" % subj
            + m.recap_text())
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div>%s<div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(BOT[0]), BOT[1], when, esc(to_s), ("<div><b>抄送:</b>&nbsp;%s</div>" % esc(cc_s)) if cc_s else "",
            esc(subj), m.recap_html()))
    return text, h


def q_qq_mobile(m, tz, lang=None):
    """QQ邮箱 / 企业微信邮箱 app: English 'Original' block with the ';' address lists."""
    t = m.recap_t.astimezone(tz)
    when = "%s, %s %d, %d %02d:%02d %s" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, h12(t), t.minute,
                                           ampm(t))
    tos, _ = recap_names(m)
    to_s = "".join('"%s"<%s>;' % x for x in tos)
    subj = "Re: " + m.subject
    text = ("\n\n\n------------------ Original ------------------\nFrom: \"%s\" <%s>;\nDate: %s\nTo: %s\n"
            "Subject: %s\n\n" % (BOT[0], BOT[1], when, to_s, subj) + m.recap_text())
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;Original&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>From:</b>&nbsp;"%s" &lt;%s&gt;;</div><div><b>Date:</b>&nbsp;%s</div><div><b>To:</b>'
         '&nbsp;%s</div><div><b>Subject:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(BOT[0]), BOT[1], when, esc(to_s), esc(subj), m.recap_html()))
    return text, h


def q_foxmail(m, tz, lang=None):
    t = m.recap_t.astimezone(tz)
    tos, ccs = recap_names(m)
    to_s = "; ".join(x[0] for x in tos)
    cc_s = "; ".join(x[0] for x in ccs)
    subj = "Re: " + m.subject
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (BOT[0], t.strftime("%Y-%m-%d %H:%M"), to_s)
            + ("抄送： %s\n" % cc_s if cc_s else "") + "主题： %s\n" % subj + m.recap_text())
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div>%s<div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div></blockquote>'
         % (BOT[1], esc(BOT[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(to_s),
            ("<div><b>抄送：</b>&nbsp;%s</div>" % esc(cc_s)) if cc_s else "", esc(subj), m.recap_html()))
    return text, h


def q_coremail(m, tz, lang=None):
    t = m.recap_t.astimezone(tz)
    tos, ccs = recap_names(m)
    to_s = ", ".join('"%s" <%s>' % x for x in tos)
    cc_s = ", ".join('"%s" <%s>' % x for x in ccs)
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()])
    subj = "Re: " + m.subject
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
            % (BOT[0], BOT[1], when, to_s, cc_s, subj) + m.recap_text())
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(BOT[0]), BOT[1], when, esc(to_s), esc(cc_s), esc(subj), m.recap_html()))
    return text, h


def q_netease(m, tz, lang=None):
    """163/126 web and 网易企业邮: '在 2025-10-20 15:43:23，"纪要助手" <addr> 写道：' + '>' lines."""
    t = m.recap_t.astimezone(tz)
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), BOT[0], BOT[1])
    text = "\n\n\n\n\n" + attr + "\n" + gt(m.recap_text())
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<p>%s</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), m.recap_html()))
    return text, h


def q_mailmaster(m, tz, lang="zh"):
    t = m.recap_t.astimezone(tz)
    tos, _ = recap_names(m)
    subj = "Re: " + m.subject
    if lang == "en":
        head, lab = "---- Replied Message ----", ("From", "Date", "To", "Subject")
        when = t.strftime("%m/%d/%Y %H:%M")
    else:
        head, lab = "---- 回复的原邮件 ----", ("发件人", "日期", "收件人", "主题")
        when = t.strftime("%Y年%m月%d日 %H:%M")
    to_s = ", ".join("%s<%s>" % x for x in tos)
    vals = ["%s<%s>" % BOT, when, to_s, subj]
    text = "\n" + head + "\n" + "".join("| %s | %s |\n" % (k, v) for k, v in zip(lab, vals)) + m.recap_text()
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">%s</div><div style="margin-bottom:'
         ' 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" border="0">%s</table></div><div>'
         '%s</div></div>' % (head, "".join('<tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">'
                                           '%s</td><td valign="top" style="font-size: 13px; color: #000000">%s</td>'
                                           '</tr>' % (k, esc(v)) for k, v in zip(lab, vals)), m.recap_html()))
    return text, h


def q_dingtalk(m, tz, lang=None):
    """Alibaba Mail / 钉钉邮箱 web: dashed rule, full-width colons, '主　题' with an ideographic space."""
    t = m.recap_t.astimezone(tz)
    tos, ccs = recap_names(m)
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
    to_s = "；".join("%s<%s>" % x for x in tos)
    cc_s = "；".join("%s<%s>" % x for x in ccs)
    subj = "Re: " + m.subject
    rows = [("发件人", "%s <%s>" % BOT), ("发送时间", when), ("收件人", to_s)] + ([("抄　送", cc_s)] if cc_s else []) + \
        [("主　题", subj)]
    text = ("\n------------------------------------------------------------------\n" +
            "".join("%s：%s\n" % r for r in rows) + "\n" + m.recap_text())
    h = ('<blockquote style="margin-right:0;margin-top:0;margin-bottom:0"><div style="clear:both;">'
         '------------------------------------------------------------------</div>' +
         "".join('<div style="clear:both;">%s：%s</div>' % (k, esc(v)) for k, v in rows) +
         '<div style="clear:both;"><br></div>' + m.recap_html() + "</blockquote>")
    return text, h


def q_feishu(m, tz, lang="zh"):
    """Feishu/Lark Mail reply block (approximation, see README)."""
    t = m.recap_t.astimezone(tz)
    tos, _ = recap_names(m)
    subj = "Re: " + m.subject
    if lang == "en":
        rows = [("From", '"%s"<%s>' % BOT), ("Date", "%s, %s %d, %d, %02d:%02d" % (
            WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, t.hour, t.minute)), ("Subject", subj),
                ("To", ", ".join('"%s"<%s>' % x for x in tos))]
    else:
        rows = [("发件人", '"%s"<%s>' % BOT), ("发送时间", "%d年%d月%d日 (周%s) %02d:%02d" % (
            t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)), ("主题", subj),
                ("收件人", ", ".join('"%s"<%s>' % x for x in tos))]
    text = "\n\n" + "".join("%s: %s\n" % r for r in rows) + "\n" + m.recap_text()
    h = ('<div class="history-quote-wrapper" id="lark-mail-quote-%s"><div data-html-block="quote">'
         '<div style="border-left: 2px solid rgb(187, 191, 196); padding-left: 8px;"><div class="adit-html-block '
         'adit-html-block--collapsed"><div style="margin-top: 24px; margin-bottom: 12px; font-size: 12px; color: '
         'rgb(100, 106, 115);">%s</div></div>%s</div></div></div>'
         % (hx(m.key + lang, 8), "".join("<div><span>%s: </span>%s</div>" % (k, esc(v)) for k, v in rows),
            m.recap_html()))
    return text, h


def q_outlook_mac(m, tz, lang="en"):
    t = m.recap_t.astimezone(tz)
    tos, ccs = recap_names(m)
    if lang == "zh":
        lab = ("发件人", "日期", "收件人", "抄送", "主题")
        when = "%d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
    else:
        lab = ("From", "Date", "To", "Cc", "Subject")
        when = "%s, %d %s %d at %d:%02d" % (WD_EN_L[t.weekday()], t.day, MON_EN_L[t.month - 1], t.year, t.hour,
                                            t.minute)
    to_s = ", ".join("%s <%s>" % x for x in tos)
    cc_s = ", ".join("%s <%s>" % x for x in ccs)
    subj = "Re: " + m.subject
    rows = [(lab[0], "%s <%s>" % BOT), (lab[1], when), (lab[2], to_s)] + ([(lab[3], cc_s)] if cc_s else []) + \
        [(lab[4], subj)]
    text = "\n\n" + "".join("%s: %s\n" % r for r in rows) + "\n" + m.recap_text()
    h = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" '
         'style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">' +
         "<br>".join("<b>%s: </b>%s" % (k, esc(v)) for k, v in rows) + '<o:p></o:p></span></p></div>' +
         m.recap_html() + "</div></div>")
    return text, h


# ------------------------------------------------------------------------------------------------------------
# Mail clients
# ------------------------------------------------------------------------------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:%(size)s;
	font-family:%(font)s;}
span.EmailStyle20
	{mso-style-type:personal-reply;
	font-family:%(font)s;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%(blang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_FONT = {"zh": ("等线", "10.5pt", "ZH-CN"), "tw": ("新細明體", "12.0pt", "ZH-TW"),
                "en": ("Calibri", "11.0pt", "EN-US"), "fr": ("Aptos", "12.0pt", "FR"),
                "de": ("Aptos", "12.0pt", "DE"), "nl": ("Aptos", "12.0pt", "NL"), "pl": ("Aptos", "12.0pt", "PL"),
                "es": ("Aptos", "12.0pt", "ES"), "vi": ("Calibri", "11.0pt", "VI"),
                "ja": ("游ゴシック", "10.5pt", "JA"), "ko": ("맑은 고딕", "10.0pt", "KO")}
CONTENT_LANG = {"zh": "zh-CN", "tw": "zh-TW", "en": "en-US", "fr": "fr-FR", "de": "de-DE", "nl": "nl-NL",
                "pl": "pl-PL", "es": "es-ES", "vi": "vi-VN", "ja": "ja-JP", "ko": "ko-KR"}


def p_lines(lines):
    return "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in lines)


def div_lines(lines):
    return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)


def deliv(t, sender, seed, host, ip):
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]), received(t, host[0], host[1], ip, seed)]


def pc_host(sender):
    local = sender.split("@")[0]
    ip = "10.8.%d.%d" % (2 + int(hx(local, 2), 16) % 3, 20 + int(hx(local, 4)[2:], 16) % 200)
    return ("%s-PC" % re.sub(r"[^A-Za-z0-9]", "", local).upper()[:12], "unknown"), ip


def finish(hdrs, body, dl, extra=()):
    top = Message()
    for k, v in dl:
        top[k] = v
    for k, v in hdrs:
        top[k] = v
    for k, v in extra:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
    return top


def threading_hdrs(m):
    return [("In-Reply-To", m.recap_msgid), ("References", "%s\n %s" % (m.minutes_msgid, m.recap_msgid))]


FALLBACK = []


def build(c, seed):
    """c: dict describing one reply. Returns (Message, crlf)."""
    client, m, t = c["client"], c["m"], c["t"]
    frm = who(c["frm"])
    to = c.get("to") or [m.reply_to]
    cc = c.get("cc", [])
    subject = c["subject"]
    text, hbody = c["text"], c["html"]
    cs = c.get("cs", "utf-8")
    lang = c.get("lang", "zh")
    irt = [("In-Reply-To", m.recap_msgid)]
    refs = [("References", "%s\n %s" % (m.minutes_msgid, m.recap_msgid))]
    atts = c.get("attachments", [])
    if not fits(text + (hbody or "") + subject + frm[0], cs):
        FALLBACK.append((seed, cs))   # real clients switch to UTF-8 when their default charset cannot hold the text
        cs = "utf-8"

    if client == "outlook":
        stamp = hx(seed, 12).upper()
        font, size, blang = OUTLOOK_FONT[lang]
        doc = WORD_HEAD % {"cs": cs, "font": font, "size": size, "blang": blang} + hbody + "</div>\n</body>\n</html>\n"
        cte = c.get("cte", "base64")
        b = "----=_NextPart_%03d_%04X_01DC%s.%s" % (1 if atts else 0, int(hx(seed, 3), 16) % 0xFFFF, stamp[:4],
                                                  stamp[4:])
        body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True), leaf("text/html", doc, cs, cte,
                                                                                       crlf=True)], b)
        if atts:
            body = multi("mixed", [body] + atts, "----=_NextPart_000_%04X_01DC%s.%s"
                         % (int(hx(seed, 5), 16) % 0xFFFF, stamp[:4], stamp[4:]))
        body.preamble = "This is a multipart message in MIME format."
        hdrs = [("From", haddr(*frm, label=cs)), ("To", haddrs(to, cs))] + ([("Cc", haddrs(cc, cs))] if cc else []) \
            + refs + irt + [("Subject", htext(subject, cs)), ("Date", rfc_date(t)),
                            ("Message-ID", "<00%s01dc%s$%s$%s$@%s>" % (hx(seed, 2), hx(seed, 4), hx(seed + "a", 8),
                                                                      hx(seed + "b", 8), DOM)),
                            ("MIME-Version", "1.0")]
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", hb64(seed + "ti", 27)),
                 ("Content-Language", CONTENT_LANG[lang])]
        host, ip = pc_host(frm[1])
        return finish(hdrs, body, deliv(t, frm[1], seed, host, ip), extra), True

    if client == "outlook_plain_jp":
        body = leaf("text/plain", text, cs, "7bit", ct_quote=True)
        hdrs = [("From", haddr(*frm, label=cs)), ("To", haddrs(to, cs))] + ([("Cc", haddrs(cc, cs))] if cc else []) \
            + refs + irt + [("Subject", htext(subject, cs)), ("Date", rfc_date(t)),
                            ("Message-ID", "<00%s01dc%s$%s$%s$@%s>" % (hx(seed, 2), hx(seed, 4), hx(seed + "a", 8),
                                                                      hx(seed + "b", 8), DOM)),
                            ("MIME-Version", "1.0")]
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", hb64(seed + "ti", 27)),
                 ("Content-Language", "ja")]
        return finish(hdrs, body, deliv(t, frm[1], seed, ("SATO-KENTA-NB", "unknown"), "192.168.10.57"), extra), True

    if client in ("owa", "outlook_mobile"):
        mid = "%s%s" % (c.get("exo", "SEZPR06MB"), hx(seed, 4).upper())
        b = "_000_%s%s_" % (mid, hx(seed + "m", 20).upper())
        doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><style type="text/css" '
               'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
               'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
               'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</body></html>' % (cs, hbody))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", doc, cs, "base64", crlf=True)], b)
        if atts:
            body = multi("mixed", [body] + atts, "_004_%s%s_" % (mid, hx(seed + "m", 20).upper()))
        topic = re.sub(r"^((Re|RE|AW|Aw|答复|回复|Antw|ODP|Odp|R|RV)\s*:\s*)+", "", subject)
        hdrs = [("From", haddr(*frm, label=cs)), ("To", haddrs(to, cs))] + ([("CC", haddrs(cc, cs))] if cc else []) \
            + [("Subject", htext(subject, cs)), ("Thread-Topic", htext(topic, cs)),
               ("Thread-Index", hb64(seed + "ti", 27)), ("Date", rfc_date(t.astimezone(UTC))),
               ("Message-ID", "<%s%s@%s.apcprd06.prod.outlook.com>" % (mid, hx(seed + "m", 20).upper(), mid))] \
            + refs + irt + [("Accept-Language", "%s, en-US" % CONTENT_LANG[lang]),
                            ("Content-Language", CONTENT_LANG[lang]), ("X-MS-Has-Attach", "yes" if atts else ""),
                            ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
        if client == "outlook_mobile":
            hdrs.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        return finish(hdrs, body, deliv(t, frm[1], seed, (mid + ".apcprd06.prod.outlook.com",) * 2,
                                         "40.107.%d.%d" % (200 + int(hx(seed, 2), 16) % 50,
                                                           int(hx(seed, 4)[2:], 16) % 250))), True

    if client == "outlook_mac":
        doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
               '<meta http-equiv=Content-Type content="text/html; charset=%s"></head><body lang=%s style=\'word-wrap:'
               'break-word\'><div class=WordSection1>%s</div></body></html>' % (cs, OUTLOOK_FONT[lang][2], hbody))
        b = "B_%d_%d" % (int(hx(seed, 8), 16) % 10 ** 10, int(hx(seed + "b", 8), 16) % 10 ** 10)
        body = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                                     leaf("text/html", doc, cs, "quoted-printable")], b,
                     preamble="> This message is in MIME format. Since your mail reader does not understand\nthis "
                              "format, some or all of this message may not be legible.")
        hdrs = [("User-Agent", "Microsoft-MacOutlook/16.%s" % c.get("ver", "102.25101216")), ("Date", rfc_date(t)),
                ("Subject", htext(subject, cs)), ("From", haddr(*frm, label=cs, quote=True)),
                ("To", haddrs(to, cs, quote=True))] + ([("CC", haddrs(cc, cs, quote=True))] if cc else []) + \
               [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                 hx(seed + "2", 12).upper(), DOM)),
                ("Thread-Topic", htext(re.sub(r"^(Re: )+", "", subject), cs))] + refs + irt + \
               [("Mime-version", "1.0")]
        host, ip = pc_host(frm[1])
        return finish(hdrs, body, deliv(t, frm[1], seed, ("[192.168.1.%d]" % (10 + int(hx(seed, 2), 16) % 200),
                                                          "unknown"), "113.%d.%d.%d" % (
            60 + int(hx(seed, 2), 16) % 50, int(hx(seed, 3), 16) % 250, int(hx(seed, 4), 16) % 250))), False

    if client == "foxmail":
        n = int(hx(seed, 6), 16)
        b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
        doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: '
               '1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5;'
               ' }</style></head><body>\n%s\n</body></html>' % (cs, hbody))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", doc, cs, "base64", crlf=True)], b,
                     preamble="This is a multi-part message in MIME format.")
        if atts:
            body = multi("mixed", [body] + atts, "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                         preamble="This is a multi-part message in MIME format.")
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label=cs, quote=True)),
                ("To", haddrs(to, cs, quote=True))] + ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + \
               [("Subject", htext(subject, cs))] + refs + irt + \
               [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                                   hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                                   hx(seed + "i", 12).upper())),
                ("X-Has-Attach", "yes" if atts else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
                ("Mime-Version", "1.0"),
                ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, DOM))]
        host, ip = pc_host(frm[1])
        return finish(hdrs, body, deliv(t, frm[1], seed, host, ip)), True

    if client in ("qq", "qq_mobile", "wecom"):
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        doc = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs, hbody)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", doc, cs, "base64")], b,
                     preamble="This is a multi-part message in MIME format.")
        mailer = {"qq": "QQMail 2.x", "qq_mobile": "QQMail iPhone 6.7.2", "wecom": "WeCom 4.1.30"}[client]
        hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
                ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
                ("X-QQ-BUSINESS-ORIGIN", "2"),
                ("X-Originating-IP", "%s.%d.%d" % ("183.62" if client == "qq" else "117.136",
                                                   int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250)),
                ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                        hx(seed + "q", 7))),
                ("From", haddr(*frm, label=cs, quote=True)), ("To", haddrs(to, cs, quote=True))] + \
               ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + \
               [("Subject", htext(subject, cs)), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
                ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
                ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", mailer), ("X-QQ-Mailer", mailer)] + irt + refs
        return finish(hdrs, body, deliv(t, frm[1], seed, ("smtpbg%d.qq.com" % (150 + int(hx(seed, 2), 16) % 9),) * 2,
                                         "43.155.65.%d" % (200 + int(hx(seed, 2), 16) % 50))), False

    if client in ("coremail", "netease"):
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        doc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>'
               % hbody) if client == "coremail" else \
            ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % hbody)
        cte = c.get("cte", "base64")
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", doc, cs, cte)], b)
        if client == "coremail":
            xm = "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn"
            mid = "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), frm[1])
        else:
            xm = "NetEase Flash Mail 2.5.0.41"
            mid = "<%s.%s.%s@%s>" % (hx(seed, 8).upper(), hx(seed + "2", 6), hx(seed + "3", 10), DOM)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label=cs, quote=True)),
                ("To", haddrs(to, cs, quote=True))] + ([("Cc", haddrs(cc, cs, quote=True))] if cc else []) + \
               [("Subject", htext(subject, cs))] + irt + refs + \
               [("X-Priority", "3"), ("X-Mailer", xm), ("X-Coremail-Locale", "zh_CN"),
                ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"), ("Message-ID", mid),
                ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
                ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-")),
                ("X-Originating-IP", "[112.%d.%d.%d]" % (90 + int(hx(seed, 2), 16) % 9, int(hx(seed, 3), 16) % 250,
                                                         int(hx(seed, 4), 16) % 250))]
        host, ip = pc_host(frm[1])
        return finish(hdrs, body, deliv(t, frm[1], seed, ("mail.%s" % DOM, "localhost"), "127.0.0.1")), False

    if client == "mailmaster":
        doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s'
               '</body></html>' % hbody)
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", doc, "UTF-8", "base64")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("To", haddrs(to, quote=True))] + \
               ([("Cc", haddrs(cc, quote=True))] if cc else []) + \
               [("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "1", 5), hx(seed + "2", 11), DOM))] + irt + \
               refs + [("Subject", htext(subject, "UTF-8")), ("X-Mailer", "MailMaster/%s" % c.get("ver", "7.19.6")),
                       ("MIME-Version", "1.0")]
        return finish(hdrs, body, deliv(t, frm[1], seed, ("m16.mail.163.com",) * 2, "220.197.31.%d" % (
            1 + int(hx(seed, 2), 16) % 9))), False

    if client in ("gmail", "gmail_app"):
        b1 = "000000000000%s" % hx(seed, 14)
        doc = '<div dir="ltr">%s</div>' % hbody if not hbody.startswith("<div dir") else hbody
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", c.get("cte", "quoted-printable"),
                                          ct_quote=False),
                                     leaf("text/html", doc, "UTF-8", c.get("cte", "quoted-printable"),
                                          ct_quote=False)], b1)
        if atts:
            body = multi("mixed", [body] + atts, "000000000000%s" % hx(seed + "m", 14))
        hdrs = [("MIME-Version", "1.0")] + refs + irt + \
               [("From", haddr(*frm)), ("Date", rfc_date(t)),
                ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
                ("Subject", htext(subject, "UTF-8")), ("To", haddrs(to))] + ([("Cc", haddrs(cc))] if cc else []) + \
               [("X-Gm-Features", "AS18NW" + hx(seed + "gm", 30))]
        return finish(hdrs, body, deliv(t, frm[1], seed, ("mail-sor-f%d.google.com" % (41 + int(hx(seed, 2), 16) % 40),)
                                         * 2, "209.85.220.%d" % (41 + int(hx(seed, 2), 16) % 40))), False

    if client in ("apple", "iphone"):
        bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                            hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if client == "iphone":
            doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                   '<body dir="auto">%s</body></html>' % hbody)
            body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                         leaf("text/html", doc, "utf-8", "quoted-printable", ct_quote=False)], bnd)
            body.replace_header("Content-Type", "multipart/alternative; boundary=%s" % bnd)
            mv, xm = "1.0 (1.0)", "iPhone Mail (%s)" % c.get("ver", "22G86")
        else:
            if hbody is None:
                body = leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False)
            else:
                doc = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; '
                       'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                       'line-break: after-white-space;">%s</body></html>' % hbody)
                body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                             leaf("text/html", doc, "utf-8", "quoted-printable", ct_quote=False)],
                             bnd)
                body.replace_header("Content-Type", "multipart/alternative;\n\tboundary=\"%s\"" % bnd)
            mv, xm = "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.3\\))", "Apple Mail (2.3826.600.51.1.3)"
        hdrs = [("From", haddr(*frm)), ("Mime-Version", mv), ("Subject", htext(subject, "utf-8")),
                ("Date", rfc_date(t)), ("References", "<%s>\n <%s>" % (m.minutes_msgid[1:-1], m.recap_msgid[1:-1])),
                ("Cc", haddrs(cc)) if cc else None, ("In-Reply-To", m.recap_msgid), ("To", haddrs(to)),
                ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                       hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                       hx(seed + "7", 12).upper(), DOM)), ("X-Mailer", xm)]
        hdrs = [h for h in hdrs if h]
        return finish(hdrs, body, deliv(t, frm[1], seed, ("[10.%d.%d.%d]" % tuple(int(hx(seed + x, 2), 16) for x in
                                                                                  "abc"), "unknown"),
                                         "223.104.%d.%d" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 3), 16) % 250))), \
            False

    if client == "thunderbird":
        cte = c.get("cte", "8bit")
        body = leaf("text/plain", text, cs, cte, params=[("format", "flowed")], ct_quote=False)
        hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                       hx(seed + "3", 4), hx(seed + "4", 12), DOM)),
                ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, cs)),
                ("Content-Language", CONTENT_LANG[lang]), ("To", haddrs(to, cs))] + \
               ([("Cc", haddrs(cc, cs))] if cc else []) + refs + irt + [("From", haddr(*frm, label=cs))]
        host, ip = pc_host(frm[1])
        return finish(hdrs, body, deliv(t, frm[1], seed, host, ip)), False

    if client == "dingtalk":
        b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 8))
        doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
               'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % hbody)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", doc, "UTF-8", "quoted-printable")], b)
        hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("To", haddrs(to, quote=True))] + \
               ([("Cc", haddrs(cc, quote=True))] if cc else []) + \
               [("Reply-To", haddr(*frm, quote=True)), ("Message-ID", "<%s--.%s@%s>" % (hx(seed, 16), hx(seed + "d", 6),
                                                                                      DOM)),
                ("Subject", htext(subject, "UTF-8")), ("X-Mailer", "[Alimail-Mailagent][DingTalk]"),
                ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", hb64(seed + "cr", 24))] + irt + refs
        return finish(hdrs, body, deliv(t, frm[1], seed, ("out30-%d.freemail.mail.aliyun.com" % (
            int(hx(seed, 2), 16) % 130),) * 2, "115.124.30.%d" % (int(hx(seed, 2), 16) % 130))), False

    if client == "feishu":
        b = "%s" % hx(seed, 60)
        doc = ('<div style="font-family: system-ui; font-size: 14px; line-height: 1.6;">%s</div>' % hbody)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
        hdrs = [("Date", rfc_date(t)), ("Mime-Version", "1.0"), ("From", haddr(*frm, quote=True)),
                ("Subject", htext(subject, "UTF-8")), ("To", haddrs(to, quote=True))] + \
               ([("Cc", haddrs(cc, quote=True))] if cc else []) + \
               [("Message-Id", "<%s@%s>" % (hx(seed, 32), DOM)), ("X-Mailer", "Feishu Mail"),
                ("X-Lms-Return-Path", "<lba+%s+%s@%s>" % (hx(seed, 10), frm[1].split("@")[0], DOM))] + irt + refs
        return finish(hdrs, body, deliv(t, frm[1], seed, ("va-2-%d.ptr.blmpb.com" % (int(hx(seed, 2), 16) % 60),) * 2,
                                         "209.127.231.%d" % (int(hx(seed, 2), 16) % 60))), False
    raise ValueError(client)


def attachment(filename, data, ctype):
    mm = Message()
    mm["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    mm["Content-Disposition"] = 'attachment; filename="%s"' % filename
    mm["Content-Transfer-Encoding"] = "base64"
    mm.set_payload(base64.encodebytes(data).decode("ascii"))
    return mm


def tiny_pdf(title):
    s = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
         "%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title)
    return s.encode("ascii")


# ------------------------------------------------------------------------------------------------------------
# Composing a reply: new text + signature + the client's quote of the recap
# ------------------------------------------------------------------------------------------------------------
CASES = []


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def md(month, day):
    """An explicit month-day (10月13日 / Dec 4) in the year of the reply, never in the past."""
    def f(s):
        d = D(s.year, month, day)
        return d if d >= s else D(s.year + 1, month, day)
    return f


def due_plus(key, n, days):
    return lambda s: M[key].due(n) + dt.timedelta(days=days)


QUOTES = {"outlook": q_outlook, "gmail": q_gmail, "apple": q_apple, "tb": q_thunderbird, "qq": q_qq,
          "qq_mobile": q_qq_mobile, "foxmail": q_foxmail, "coremail": q_coremail, "netease": q_netease,
          "mailmaster": q_mailmaster, "dingtalk": q_dingtalk, "feishu": q_feishu, "outlook_mac": q_outlook_mac}


def R(num, slug, readme, m, frm, client, t, new, gold, notes, sig=(), quote=None, qargs=None, qtz=None,
      post="top", subject=None, cc=(), html_new=None, text_override=None, html_override=None, joined=False,
      calc=None, kind="reply", **kw):
    CASES.append(dict(num=num, slug="%03d-%s" % (num, slug), readme=readme, m=M[m], frm=frm, client=client, t=t,
                      new=list(new), sig=list(sig), quote=quote, qargs=qargs or {}, qtz=qtz, post=post,
                      subject=subject, cc=list(cc), html_new=html_new, text_override=text_override,
                      html_override=html_override, joined=joined, gold=gold, notes=notes, calc=calc, kind=kind,
                      kw=kw))


def compose(c):
    m, client = c["m"], c["client"]
    qtz = c["qtz"] or c["t"].tzinfo
    qt = qh = None
    if c["quote"]:
        qt, qh = QUOTES[c["quote"]](m, qtz, **c["qargs"])
    lines = c["new"] + ([""] + c["sig"] if c["sig"] else [])
    outlookish = client == "outlook"
    lw = p_lines if outlookish else div_lines
    if c["text_override"] is not None:
        text = c["text_override"]
    elif c["post"] == "bottom":
        text = qt + "\n" + "\n".join(lines) + "\n"
    else:
        text = "\n".join(lines) + ((qt or "").lstrip("\n") if c["joined"] else "\n" + (qt or ""))
    if c["html_override"] is not None:
        hbody = c["html_override"]
    elif client == "thunderbird":
        hbody = None
    else:
        hnew = c["html_new"] if c["html_new"] is not None else lw(lines)
        if c["post"] == "bottom":
            hbody = (qh or "") + hnew
        else:
            hbody = hnew + (('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' if outlookish else "<div><br></div>")
                            if qh else "") + (qh or "")
    kw = dict(c["kw"])
    inline = kw.pop("inline", None)
    if inline:
        t0 = m.recap_t.astimezone(qtz)
        if client == "thunderbird":
            text = inline_text(m, tb_attr(t0, BOT[0], kw.get("lang", "zh")), inline) + "\n" + "\n".join(c["sig"]) + "\n"
            hbody = None
        else:
            attr = gmail_attr(t0, BOT[0], BOT[1], kw.pop("inline_lang", "en"))
            text = wrap_attr(attr) + "\n" + inline_text(m, "", inline)[1:]
            hbody = inline_html(m, attr, inline)
    kw.pop("inline_lang", None)
    if kw.pop("lossy", False):  # client that can only send its legacy charset: unencodable characters become '?'
        cdc = codec(kw["cs"])
        text = text.encode(cdc, "replace").decode(cdc)
        hbody = hbody.encode(cdc, "replace").decode(cdc)
    subject = c["subject"] or ("Re: " + m.subject)
    if "cs" in kw and kw["cs"] == "big5":
        subject = subject.encode("big5", "replace").decode("big5")
    spec = dict(client=client, m=m, t=c["t"], frm=c["frm"], cc=c["cc"], subject=subject, text=text, html=hbody)
    spec.update(kw)
    return spec


def inline_text(m, attr, answers, prefix="> "):
    """Plain '>' quote of the recap with answers typed under given table rows (row number -> lines)."""
    out = [attr]
    for line in m.recap_text().rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
        mm = re.match(r"\| (\d+) \|", line)
        if mm and int(mm.group(1)) in answers:
            out += [""] + answers[int(mm.group(1))] + [""]
    return "\n".join(out) + "\n"


def inline_html(m, attr, answers):
    """Gmail-style: the quote is split into blockquotes with the answers between them."""
    blocks, cur = [], []
    for b in m.recap_blocks():
        if isinstance(b, tuple):
            rows = b[1]
            head, acc = rows[0], []
            for r in rows[1:]:
                acc.append(r)
                if int(r[0]) in answers:
                    cur.append(("table", [head] + acc))
                    blocks.append((cur, answers[int(r[0])]))
                    cur, acc = [], []
            if acc:
                cur.append(("table", [head] + acc))
        else:
            cur.append(b)
    blocks.append((cur, None))
    def render(bs):
        out = []
        for b in bs:
            if isinstance(b, tuple):
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' +
                           "".join("<tr>" + "".join("<td>%s</td>" % esc(x) for x in r) + "</tr>" for r in b[1]) +
                           "</table>")
            else:
                out.append("<div>%s</div>" % (esc(b) if b else "<br>"))
        return "".join(out)
    h = '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>' % esc(attr)
    for bs, ans in blocks:
        h += ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote>' % render(bs))
        if ans:
            h += "<div><br></div>" + div_lines(ans) + "<div><br></div>"
    return h + "</div>"


# ============================================================================================================
# Cases
# ============================================================================================================
CET, JST, ICT = TZ(1), TZ(9), TZ(7)
SIG_MOBILE_ZH = ["发自我的iPhone"]

# ---------------------------------------------------------------- meeting A: 双11预热 (recap Fri 2025-09-26)
R(701, "confirm-emoji-qq-gb18030", "QQ/Exmail web gb18030 '收到，没问题👍' (emoji encoded in gb18030) over the '原始邮件' quote",
  "A", "王芳", "qq", ts("2025-09-26 10:52:18"), ["收到，没问题👍"],
  rep("confirm"), "王芳 answers the recap within the objection window. '收到，没问题' = acceptance -> confirm, no "
  "item number -> items []. The body is gb18030 (four-byte sequence for 👍). The QQ quote carries the recap table and "
  "the command footer (有异议/已完成/进度80%/延期至10月20日), none of it hers.",
  quote="qq", subject="回复：Re: 双11预热活动筹备会纪要", cs="gb18030", cc=["李娜"])

R(702, "done-item3-foxmail-makeup-sunday", "Foxmail GBK reply on the 2025-09-28 make-up Sunday: '第3项搞定' with the reason first",
  "A", "赵磊", "foxmail", ts("2025-09-28 17:40:05"),
  ["娜姐：", "预算申请今天下午已经走OA提交了，单号YS-20250928-017，第3项搞定。", "", "赵磊"],
  rep("done", [3]), "Sent on Sun 2025-09-28, a 调休 working day and the due date of item 3. '第3项搞定' = done (colloquial). "
  "The OA number contains digits and a date-like string (20250928) that mean nothing. He also owns item 2; the number "
  "makes it unambiguous.", quote="foxmail", subject="回复: Re: 双11预热活动筹备会纪要", cs="GBK", sig=["赵磊 | 市场部",
                                                                                               "Tel: 0755-2688 3125"])

R(703, "extend-item4-iphone-13hao", "iPhone zh reply late at night: '第4项能不能延到10月13号？' (question form, 号 for 日) + '发自我的iPhone'",
  "A", "何静", "iphone", ts("2025-09-29 21:13:44"),
  ["李经理，直播间脚本第4项能不能延到10月13号？国庆期间主播排期还没定下来，脚本定不了。"],
  rep("extend", [4], None, "2025-10-13"), "Request for an extension phrased as a question: '第4项能不能延到10月13号' -> "
  "extend, items [4], new_due_date 2025-10-13 (Mon; 13号 = 13日). Reply Date Mon 2025-09-29 21:13 +0800. "
  "'国庆期间' is the reason, not a date.", sig=SIG_MOBILE_ZH, quote="apple", qargs={"lang": "zh", "ios": True},
  calc=md(10, 13), cc=["李娜"])

R(704, "extend-item2-mailmaster-jiehou", "网易邮箱大师 reply: '第2项申请延期至节后第一个工作日' on 2025-09-30 -> 2025-10-09 (National Day 2025 runs to 10-08)",
  "A", "赵磊", "mailmaster", ts("2025-09-30 19:02:31"),
  ["达人名单要等节后品牌方回复报价，第2项申请延期至节后第一个工作日。"],
  rep("extend", [2], None, "2025-10-09"), "Reply on Tue 2025-09-30. National Day + Mid-Autumn 2025 is 10-01..10-08 "
  "(chinesecalendar), so 节后第一个工作日 = Thu 2025-10-09 (the 10-11 make-up Saturday comes later). Sent in the "
  "evening of the item's due day (09-30). "
  "Quote: '---- 回复的原邮件 ----' with '| 发件人 | … |' rows.", sig=["发自网易邮箱大师"], quote="mailmaster",
  subject="回复：Re: 双11预热活动筹备会纪要", calc=lambda s: first_workday_after_break(s))

R(705, "done-by-task-words-coremail", "Coremail reply naming the task instead of the number: '短信文案已经弄好了' (sender owns exactly one item)",
  "A", "朱婷", "coremail", ts("2025-10-09 16:20:12"),
  ["李经理：", "会员短信文案已经弄好了，已发芳姐审过，明早定时发送。", "朱婷"],
  rep("done"), "No item number: the task is named ('会员短信文案' = item 5) and 朱婷 owns only item 5 in this meeting, "
  "so the bot applies done to item 5; gold items [] because no number is written. '弄好了' = done. '明早定时发送' is "
  "what happens next, not a date to record.", quote="coremail", subject="Re:Re: 双11预热活动筹备会纪要")

R(706, "done-first-item-gmail-zh-numeral", "Gmail zh reply: '第一项完成' (Chinese numeral) after a path with slashes and 'final'",
  "A", "王芳", "gmail", ts("2025-09-30 18:47:55"),
  ["KV终稿已上传到共享盘 /市场部/双11/KV_final_0930，第一项完成。", "", "王芳"],
  rep("done", [1]), "'第一项完成' -> done, items [1] (Chinese numeral 一). The path contains '0930' and 'final'; "
  "nothing to read there. Gmail zh attribution '纪要助手 <…> 于2025年9月26日周五 10:33写道：' then '> ' lines.",
  quote="gmail", qargs={"lang": "zh"})

# ---------------------------------------------------------------- meeting B: X10量产 (recap Mon 2025-10-20)
R(707, "object-item1-outlook-utf8-fallback", "Outlook zh (UTF-8: the quoted recap holds a Vietnamese name, so Outlook leaves gb2312) '答复:' objecting to 第1项, reason cites 第4项 and two dates",
  "B", "陈喆", "outlook", ts("2025-10-20 16:05:37"),
  ["张经理：", "", "第1项有异议：ECN需要等第4项替代料的BOM更新后才能发，10月22日来不及，建议和BOM一起放到10月24日。", "",
   "陈喆", "技术部"],
  rep("object", [1]), "Objection within the window (Mon 16:05 < 18:00). The objected item is 1; '第4项' appears only as "
  "the reason (a dependency), so items [1]; a scorer comparing sets should know [1, 4] is the literal-number reading "
  "and is wrong here. The reason proposes 10月24日 but the command is an objection (有异议), not an extension: "
  "new_due_date null.", quote="outlook", qargs={"lang": "zh"}, subject="答复: Re: X10量产问题协调会纪要",
  cs="utf-8", cc=["张伟"], lang="zh")

R(708, "extend-item2-owa-utc-after-midnight", "Outlook on the web, Date 16:38 +0000 (= 00:38 next day in Shanghai): '第2项要延期到下周二'",
  "B", "刘洋", "owa", ts("2025-10-21 16:38:12", UTC),
  ["张经理，治具厂说返修件周五才能寄回来，第2项要延期到下周二。", "", "刘洋"],
  rep("extend", [2], None, "2025-10-28"), "Date header Tue 2025-10-21 16:38 +0000 = Wed 2025-10-22 00:38 Shanghai "
  "(working late). 下周二 = Tuesday of the following calendar week = 2025-10-28 (same answer from either date, but the "
  "Shanghai date is the rule). '周五' is the reason.", quote="outlook", qargs={"lang": "zh", "owa": True}, qtz=TZ8,
  subject="回复: Re: X10量产问题协调会纪要", calc=lambda s: next_week(s, 1))

R(709, "progress-bottom-post-thunderbird-liucheng", "Thunderbird zh, bottom-posted under a '>' quote (format=flowed 8bit): '进度大概六成多' without item number",
  "B", "孙浩", "thunderbird", ts("2025-10-22 09:10:47"),
  ["老化测试已经跑了48小时，进度大概六成多，周一出报告没问题。", "", "-- ", "孙浩 / 技术部 测试组"],
  rep("progress", [], 60), "Bottom-posting: the new text is BELOW the quote. '进度大概六成多' = about 60% -> progress, "
  "percent 60 ('六成' = 60%; '多' = a bit more, not a number). '48小时' is elapsed test time, not a deadline or a "
  "percentage. No number, sender owns only item 3. Signature after the standard '-- ' delimiter.",
  quote="tb", qargs={"lang": "zh"}, post="bottom", cs="UTF-8", lang="zh")

R(710, "done-item4-coremail-qp", "Coremail quoted-printable UTF-8 reply, reason first and '第4项已完成' at the end",
  "B", "吴昊", "coremail", ts("2025-10-23 17:55:03"),
  ["BOM已更新，替代料P/N 0402-10K-1%已录入PLM，请查收。第4项已完成", "", "吴昊 产品部"],
  rep("done", [4]), "'第4项已完成' -> done [4]. The part number contains '1%' (a resistor tolerance) which is not a "
  "progress percentage. Body in quoted-printable with multibyte characters split across soft line breaks.",
  quote="coremail", subject="Re:Re: X10量产问题协调会纪要", cte="quoted-printable")

R(711, "progress-foxmail-yue50", "Foxmail (UTF-8 fallback) reply '目前进度约50%，29号前能交' (no item number, one item owned)",
  "B", "高颖", "foxmail", ts("2025-10-24 10:12:40"),
  ["张经理：", "东升精密的8D报告D4根因还在分析，目前进度约50%，29号前能交。"],
  rep("progress", [], 50), "'目前进度约50%' -> progress 50. '29号前能交' restates the existing due date (10-29), not an "
  "extension. No item number; 高颖 owns only item 5 here.", quote="foxmail",
  subject="回复: Re: X10量产问题协调会纪要", cs="utf-8", sig=["gaoying@xinghe.example.cn"])

R(712, "done-item6-outlook-vi-attachment", "Outlook Vietnamese UI (Từ/Đã gửi/Đến/Chủ đề quote block) English 'Item 6: … is done' + .xlsx + confidentiality disclaimer",
  "B", "Nguyễn Văn Minh", "outlook", ts("2025-10-24 15:30:20", ICT),
  ["Dear Mr. Zhang,", "", "Item 6: the rework hours report for the Vietnam line is done, please see the attached Excel "
   "(total 126.5 hours, 83% of the rework finished within the first 2 days).", "", "Best regards,", "Minh"],
  rep("done", [6]), "Vietnam plant (+0700). 'Item 6 … is done' -> done [6]. The body also has '83%' and '2 days' inside "
  "a report summary: not progress, not an extension. Signature block and a bilingual confidentiality notice follow; "
  "quote header in Vietnamese Outlook labels with 'SA/CH' time.", quote="outlook", qargs={"lang": "vi"},
  sig=["Nguyễn Văn Minh | Production Engineer", "Xinghe Electronics Vietnam Co., Ltd. – Bắc Ninh",
       "M: +84 912 345 678", "",
       "CONFIDENTIALITY: This e-mail and any attachments are confidential. If you are not the intended recipient, "
       "please notify the sender within 24 hours and delete it. / Email này chứa thông tin bảo mật."],
  subject="RE: Re: X10量产问题协调会纪要", cs="utf-8", lang="vi", cte="quoted-printable",
  attachments=[attachment("X10_rework_hours_VN_W43.xlsx", b"PK\x03\x04" + hashlib.sha256(b"712").digest() * 4,
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

R(713, "organizer-moves-due-outlook", "Organizer (Outlook zh) settles 707: '第1项同意陈喆的意见，截止时间改为10月24日，其余确认'",
  "B", "张伟", "outlook", ts("2025-10-20 16:40:09"),
  ["各位：", "", "第1项同意陈喆的意见，截止时间改为10月24日，其余确认。", "", "张伟", "技术部 经理"],
  rep("extend", [1], None, "2025-10-24"), "The organizer changes item 1's deadline to 10月24日 after the objection of "
  "707: recorded as extend [1] with new_due_date 2025-10-24 (the organizer may change an item). '其余确认' "
  "confirms the rest; the schema has one intent, and the date change is the one that alters state. Ambiguity noted: "
  "a scorer may see 'confirm' as a defensible second reading.", quote="outlook", qargs={"lang": "zh"},
  subject="答复: Re: X10量产问题协调会纪要", cs="utf-8", cc=["陈喆"], lang="zh", calc=md(10, 24))

# ---------------------------------------------------------------- meeting C: EU Q4 launch (English recap, Wed 2025-11-05)
R(714, "confirm-item1-outlook-fr", "Outlook French UI (De : / Envoyé : / À : / Objet :, space before colon) 'Confirmed on my side for item 1' + signature with phone",
  "C", "Sophie Martin", "outlook", ts("2025-11-05 10:02:33", CET),
  ["Hi Bella,", "", "Confirmed on my side for item 1 - the agency has the FR/DE/NL texts.", "", "Bien cordialement,"],
  rep("confirm", [1]), "Paris office (+0100; 17:02 Shanghai, before the 18:00 cut-off). 'Confirmed … for item 1' -> "
  "confirm [1]. The French Outlook quote block shows the recap time in Paris time (09:10).",
  sig=["Sophie Martin", "EU Marketing Manager | Xinghe Electronics Europe SAS", "T +33 1 84 88 52 10 | "
       "M +33 6 12 34 56 78"], quote="outlook", qargs={"lang": "fr"}, subject="RE : Re: EU Q4 launch sync - minutes",
  cs="utf-8", lang="fr", cte="quoted-printable")

R(715, "extend-push-2-to-21st-outlook-de", "Outlook German UI (Von:/Gesendet:/An:/Betreff:, 'AW:') 'can we push #2 to the 21st?'",
  "C", "Lukas Becker", "outlook", ts("2025-11-10 08:45:10", CET),
  ["Hi all,", "", "can we push #2 to the 21st? The notified body only gave us a test slot on Nov 19.", "",
   "Viele Grüße", "Lukas"],
  rep("extend", [2], None, "2025-11-21"), "Mon 2025-11-10 08:45 +0100 (15:45 Shanghai). 'push #2 to the 21st' -> "
  "extend [2]; a day-of-month alone = this month if not past -> 2025-11-21. 'Nov 19' is the reason.",
  quote="outlook", qargs={"lang": "de"}, subject="AW: Re: EU Q4 launch sync - minutes", cs="utf-8", lang="de",
  cte="quoted-printable", calc=lambda s: day_of_month(s, 21))

R(716, "done-item3-thunderbird-nl-bottom", "Thunderbird Dutch ('Op 5-11-2025 om 09:10 schreef 纪要助手:') bottom-posted 'Item 3 done' with dates of the booked week",
  "C", "Daan de Vries", "thunderbird", ts("2025-11-10 17:20:44", CET),
  ["Item 3 done - slots booked for week 47 (18-21 Nov), confirmation forwarded to Bella separately.", "",
   "Groet,", "Daan"],
  rep("done", [3]), "Bottom-posted below the '>' quote (Thunderbird nl attribution). 'Item 3 done' -> done [3]. "
  "'week 47 (18-21 Nov)' describes the booking, not a new due date.", quote="tb", qargs={"lang": "nl"},
  post="bottom", cs="UTF-8", lang="nl", cte="quoted-printable")

R(717, "extend-two-more-days-gmail-pl", "Gmail Polish UI ('pon., 10 lis 2025 … napisał(a):', wrapped) 'need two more days on item 4'",
  "C", "Katarzyna Nowak", "gmail", ts("2025-11-10 20:05:19", CET),
  ["Hi,", "need two more days on item 4 - the distributor's new rebate scheme only arrives Wednesday.", "", "Kasia"],
  rep("extend", [4], None, "2025-11-13"), "Sent Mon 20:05 Warsaw = Tue 2025-11-11 03:05 Shanghai. 'two more days on "
  "item 4' = the current due (2025-11-11, Tue) + 2 days = Thu 2025-11-13; counting 2 working days after the due "
  "date gives the same day (the case was built so both readings agree). 'Wednesday' is the reason.",
  quote="gmail", qargs={"lang": "pl"}, calc=due_plus("C", 4, 2))

R(718, "progress-item5-iphone-es", "iPhone Spanish ('El 5 nov 2025, a las 9:10, … escribió:', 'Enviado desde mi iPhone'): 'progress on item 5: about 70%'",
  "C", "Carlos Ruiz", "iphone", ts("2025-11-14 13:10:02", CET),
  ["Hola Bella, progress on item 5: about 70% of the demo units are already in the stores (14 of 20). Rest next week."],
  rep("progress", [5], 70), "'progress on item 5: about 70%' -> progress [5] 70. '14 of 20' agrees; 'next week' is "
  "inside the due (11-19), not an extension request.", sig=["Enviado desde mi iPhone"], quote="apple",
  qargs={"lang": "es", "ios": True})

R(719, "done-own-item-outlook-mac-en", "Outlook for Mac English, organizer closes her own item: 'Item 6 done — budget approved … (EUR 420k)'",
  "C", "沈冰", "outlook_mac", ts("2025-11-07 18:20:51"),
  ["Item 6 done \u2014 budget approved by Jack this afternoon (EUR 420k). Thanks all.", "", "Bella"],
  rep("done", [6]), "The organizer is also the owner of item 6. 'Item 6 done' -> done [6]; em dash and 'EUR 420k' are "
  "noise. Outlook for Mac quote 'From: / Date: Wednesday, 5 November 2025 at 16:10 / To: / Cc: / Subject:'.",
  quote="outlook_mac", qargs={"lang": "en"}, cs="UTF-8", lang="en")


R(720, "auto-ooo-exchange-de-en", "Exchange out-of-office in German and English ('Automatische Antwort:'), Auto-Submitted: auto-replied -> kind auto",
  "C", "Lukas Becker", "owa", ts("2025-11-05 09:11:40", CET),
  ["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 07.11.2025 auf der Messe in Düsseldorf und lese "
   "meine E-Mails nur eingeschränkt.", "In dringenden CE-Fragen wenden Sie sich bitte an Sophie Martin.", "",
   "Thank you for your message. I am at a trade fair until 7 Nov 2025 with limited access to e-mail. For urgent CE "
   "matters please contact Sophie Martin.", "", "Lukas Becker"],
  None, "Out-of-office auto-reply to the recap (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, "
  "'Automatische Antwort:' subject). It changes nothing and must not be answered; the dates in it are not an "
  "extension of item 2.", subject="Automatische Antwort: Re: EU Q4 launch sync - minutes", kind="auto",
  lang="de", auto=True)

# ---------------------------------------------------------------- meeting D: 年终结账 (recap Mon 2025-12-29)
R(721, "extend-shunyan-3-workdays-netease-gbk", "网易企业邮 web GBK reply on 12-31: '第1项申请顺延3个工作日' across New Year 2026 (01-04 Sunday is a make-up day)",
  "D", "罗晓燕", "netease", ts("2025-12-31 16:40:27"),
  ["马总：", "对账函还有3家客户没回签，第1项申请顺延3个工作日。", "", "罗晓燕"],
  rep("extend", [1], None, "2026-01-06"), "Sent Wed 2025-12-31, the due date of item 1. 3 working days after 12-31: "
  "01-01/01-02 are holidays, 01-03 Sat off, 01-04 Sun is a 调休 working day, then 01-05, 01-06 -> 2026-01-06 "
  "(counting from the reply date or from the due date gives the same here). '3家客户' is a count, not days.",
  quote="netease", subject="Re:Re: 年终结账工作安排会纪要", cs="GBK", calc=lambda s: add_workdays(s, 3))

R(722, "done-item2-mailmaster-tilde", "网易邮箱大师: '返利明细已发马总邮箱，第2项完成～' + '发自网易邮箱大师'",
  "D", "何静", "mailmaster", ts("2025-12-31 11:05:13"), ["返利明细已发马总邮箱，第2项完成～"],
  rep("done", [2]), "'第2项完成～' -> done [2] (full-width tilde). Mail Master signature line, then the "
  "'---- 回复的原邮件 ----' quote.", sig=["发自网易邮箱大师"], quote="mailmaster", subject="回复：Re: 年终结账工作安排会纪要")

R(723, "progress-item3-wecom-sanshang", "企业微信 mail (Exmail app) on the 2026-01-04 make-up Sunday: '目前完成了三成，第3项按计划1月6日交'",
  "D", "郭晓明", "wecom", ts("2026-01-04 09:30:26"),
  ["盘点今天开始，目前完成了三成，第3项按计划1月6日交。"],
  rep("progress", [3], 30), "'完成了三成' = 30% -> progress [3] 30. '按计划1月6日交' repeats the current due date, so it "
  "is not an extension. Sent on Sun 2026-01-04, a make-up working day. WeCom/Exmail mobile 'Original' quote.",
  quote="qq_mobile", subject="回复：Re: 年终结账工作安排会纪要", cs="utf-8")

R(724, "extend-no-number-dingtalk", "钉钉邮箱 reply '能否延期至1月9日？' without item number (sender owns one item) + '来自钉钉专属商务邮箱'",
  "D", "高颖", "dingtalk", ts("2026-01-05 18:30:49"),
  ["马总监，供应商暂估清单还有两家的发票没到，能否延期至1月9日？"],
  rep("extend", [], None, "2026-01-09"), "Extension asked as a question with an explicit date -> extend, new_due_date "
  "2026-01-09 (Fri). No item number; 高颖 owns only item 4 in this meeting (named '供应商暂估清单' too). "
  "Alibaba-mail quote with a dashed rule and '主　题' (ideographic space).", sig=["来自钉钉专属商务邮箱"],
  quote="dingtalk", subject="回复：Re: 年终结账工作安排会纪要", calc=md(1, 9))

R(725, "confirm-with-instruction-outlook", "Organizer (Outlook zh) '确认。另外第2项请何静同时抄送给黄总。' -> confirm, the item number belongs to an instruction",
  "D", "马丽", "outlook", ts("2025-12-29 11:45:02"),
  ["确认。另外第2项请何静同时抄送给黄总。", "", "马丽", "财务部"],
  rep("confirm"), "The organizer confirms the recap as a whole ('确认。'); '第2项请何静同时抄送给黄总' is an instruction "
  "about item 2, not a command on it, so items []. Ambiguity noted: a literal reading would give items [2]; a "
  "careful assistant records a general confirmation plus a comment.", quote="outlook", qargs={"lang": "zh"},
  subject="答复: Re: 年终结账工作安排会纪要", cs="gb2312", lang="zh", cc=["何静", "黄建国"])

# ---------------------------------------------------------------- meeting E: 春节值班 (recap Tue 2026-02-10)
R(726, "done-ambiguous-two-open-iphone", "iPhone '弄好了' with no item while the sender owns two open items -> done, items [] (bot must ask which)",
  "E", "朱婷", "iphone", ts("2026-02-12 17:58:03"), ["弄好了"],
  rep("done"), "CHANGE-NOTHING case. '弄好了' = done, but 朱婷 owns items 1 (值班表) and 2 (自动回复话术), both open, "
  "and neither is named. Gold: done with items []; the bot must ask which item rather than close one. (Item 1 is "
  "due today, which makes item 1 likely, but guessing is exactly what must not happen.)", sig=SIG_MOBILE_ZH,
  quote="apple", qargs={"lang": "zh", "ios": True})

R(727, "extend-item3-foxmail-spring-festival", "Foxmail reply on Fri 2026-02-13: '第3项申请延期至节后第一个工作日' -> 2026-02-24 (Spring Festival 02-15..23; 02-14 Sat is a working day)",
  "E", "郭晓明", "foxmail", ts("2026-02-13 15:30:40"),
  ["徐经理：", "物流公司节后开工时间还没最终确认，第3项申请延期至节后第一个工作日。"],
  rep("extend", [3], None, "2026-02-24"), "Sent Fri 2026-02-13. Spring Festival 2026: 02-15..02-23 off, 02-14 (Sat) "
  "and 02-28 (Sat) are make-up working days (chinesecalendar). 节后第一个工作日 = the first working day after the "
  "holiday block = Tue 2026-02-24, not the make-up Saturday 02-14 that comes before it.", quote="foxmail",
  subject="回复: Re: 春节假期客服值班安排会纪要", cs="GBK", calc=lambda s: first_workday_after_break(s),
  sig=["郭晓明 运营部"])

R(728, "done-no-number-coremail-saturday", "Coremail reply on the 2026-02-14 make-up Saturday: '工单系统备份已完成' (task words, one item owned; MD5 noise)",
  "E", "孙浩", "coremail", ts("2026-02-14 11:02:18"),
  ["徐经理，工单系统节前备份已完成，备份文件MD5已核对，放在NAS /backup/2026-02-14/ 下。", "孙浩"],
  rep("done"), "'节前备份已完成' names item 4 by its task words; 孙浩 owns only item 4 -> done, items [] (no number "
  "written). The path contains a date. Sent on the make-up Saturday that is the item's due date.",
  quote="coremail", subject="Re:Re: 春节假期客服值班安排会纪要")

R(729, "confirm-organizer-outlook", "Organizer Outlook zh '确认，辛苦大家！' (gb2312)",
  "E", "徐丽萍", "outlook", ts("2026-02-10 14:30:55"), ["确认，辛苦大家！", "", "徐丽萍"],
  rep("confirm"), "Plain confirmation by the organizer before the cut-off -> confirm, items [].", quote="outlook",
  qargs={"lang": "zh"}, subject="答复: Re: 春节假期客服值班安排会纪要", cs="gb2312", lang="zh")

R(730, "question-item2-qq", "QQ web question about 第2项 ('是只改在线客服，还是…也要一起改？') -> changes nothing",
  "E", "朱婷", "qq", ts("2026-02-10 15:10:21"),
  ["徐经理，第2项的自动回复是只改在线客服，还是电话IVR也要一起改？"],
  rep("unknown", [2]), "CHANGE-NOTHING case (question). It refers to item 2 but gives no command: intent 'unknown' "
  "(SPEC §5 value; see README convention), items [2] as written. Must not be taken as confirm/object.",
  quote="qq", subject="回复：Re: 春节假期客服值班安排会纪要", cs="gb18030")

# ---------------------------------------------------------------- meeting F: APAC review (English recap, Mon 2026-03-16)
R(731, "done-item1-outlook-ja-iso2022jp-trimmed", "Outlook Japanese, plain text ISO-2022-JP, quote trimmed to one '> ' row: 'Item 1: … Done.'",
  "F", "佐藤健太", "outlook_plain_jp", ts("2026-03-19 11:24:05", JST),
  [], rep("done", [1]), "Japanese office, Outlook in plain-text mode with '>' prefixes; the sender deleted everything "
  "but the row of his item, so the mail fits ISO-2022-JP (7bit). 'Item 1: … Done.' -> done [1]. The FedEx tracking "
  "number is digits only. Sent 11:24 +0900 = 10:24 Shanghai.")

R(732, "extend-next-wednesday-gmail-ja", "Gmail Japanese UI ('2026年3月16日(月) 18:01 纪要助手 <…>:') 'needs until next Wednesday' (item 5, named and numbered)",
  "F", "佐藤健太", "gmail", ts("2026-03-26 18:40:31", JST),
  ["Bella-san,", "", "Sorry, the Japanese manual proofreading (item 5) needs until next Wednesday - our QA found "
   "terminology issues in chapter 4.", "", "Best regards,", "Kenta Sato"],
  rep("extend", [5], None, "2026-04-01"), "Thu 2026-03-26 18:40 +0900 = 17:40 Shanghai, same date. 'needs until next "
  "Wednesday' -> extend [5]; next Wednesday = Wednesday of the following calendar week = 2026-04-01. 'chapter 4' is "
  "not an item number.", quote="gmail", qargs={"lang": "ja"}, calc=lambda s: next_week(s, 2))

R(733, "progress-item2-outlook-ko", "Outlook Korean UI (보낸 사람/보낸 날짜/받는 사람/제목, '회신:') 'Item 2 … about 90% done'",
  "F", "김지훈", "outlook", ts("2026-03-24 10:15:37", JST),
  ["Hi Bella,", "", "Item 2 (KC certification file): about 90% done, still waiting for the EMC test report from the "
   "lab (expected 3/25).", "", "감사합니다.", "Jihoon Kim | Korea Office"],
  rep("progress", [2], 90), "Seoul (+0900). 'about 90% done' -> progress [2] 90 (not done). '3/25' is the expected "
  "report date = the current due; no extension.", quote="outlook", qargs={"lang": "ko"},
  subject="회신: Re: APAC key account review - minutes", cs="utf-8", lang="ko")

R(734, "confirm-thumbs-gmail-ko", "Gmail Korean UI ('2026년 3월 16일 (월) 오후 6:01, … 님이 작성:') 'Confirmed 👍'",
  "F", "김지훈", "gmail", ts("2026-03-16 18:30:12", JST), ["Confirmed \U0001F44D", "", "Jihoon"],
  rep("confirm"), "18:30 Seoul = 17:30 Shanghai, before the cut-off. 'Confirmed' -> confirm, items [].",
  quote="gmail", qargs={"lang": "ko"})

R(735, "done-hash3-gmail-vi", "Gmail Vietnamese UI ('Vào Th 2, 16 thg 3, 2026 vào lúc 16:01 … đã viết:') 'is finished … (item #3)'",
  "F", "Nguyễn Văn Minh", "gmail", ts("2026-03-23 16:05:44", ICT),
  ["Hi chị Bella,", "", "Capacity plan for Q2 is finished, uploaded to the shared folder (item #3).", "",
   "Trân trọng,", "Minh"],
  rep("done", [3]), "'is finished … (item #3)' -> done [3]; the number is in parentheses after the statement.",
  quote="gmail", qargs={"lang": "vi"})

R(736, "done-hash4-outlook-ios", "Outlook for iOS (Exchange Online, +0000 Date) '报价已经发给客户了 #4 done' + '获取 Outlook for iOS'",
  "F", "杨帆", "outlook_mobile", ts("2026-03-18 11:42:09", UTC),
  ["报价已经发给客户了 #4 done"],
  rep("done", [4]), "Mixed Chinese/English from a phone: '#4 done' -> done [4]. Date 11:42 +0000 = 19:42 Shanghai "
  "on the due date. Mobile footer with a link, then the OWA-style '发件人:' block.",
  sig=["获取 Outlook for iOS<https://aka.ms/o0ukef>"], quote="outlook", qargs={"lang": "zh", "owa": True}, qtz=TZ8,
  subject="回复: Re: APAC key account review - minutes", exo="TYZPR06MB")

R(737, "question-item1-apple-mail-ja", "Apple Mail (macOS, Japanese attribution '…のメール:') question about item 1 -> changes nothing",
  "F", "佐藤健太", "apple", ts("2026-03-17 10:05:50", JST),
  ["Quick question on item 1 - should the samples go to the distributor's Osaka warehouse or to their Tokyo "
   "office? The minutes only say Tokyo.", "", "Kenta"],
  rep("unknown", [1]), "CHANGE-NOTHING case (question). No command; intent 'unknown', items [1] as written.",
  quote="apple", qargs={"lang": "ja", "ios": False})

# ---------------------------------------------------------------- meeting G: 供应商评审 (recap Mon 2026-04-27)
R(738, "done-item1-qq-mobile-emoji", "QQ邮箱 iPhone app: '模具整改验收通过了✅ 第1项done' (English 'Original' quote block)",
  "G", "高颖", "qq_mobile", ts("2026-04-30 17:25:14"), ["模具整改验收通过了✅ 第1项done"],
  rep("done", [1]), "'第1项done' -> done [1]; the ✅ emoji and mixed script are noise.", quote="qq_mobile",
  subject="回复：Re: 二季度供应商评审会纪要", cs="utf-8")

R(739, "object-item3-owner-wrong-coremail", "Coremail: '第3项有异议：…建议负责人改为高颖' (objection about the owner)",
  "G", "罗晓燕", "coremail", ts("2026-04-28 09:40:36"),
  ["林经理：", "第3项有异议：价格复核需要采购先提供新的报价单，财务无法单独完成，建议负责人改为高颖，财务配合。", "罗晓燕"],
  rep("object", [3]), "Objection to item 3 the morning after the recap (the cut-off has passed; it is still an "
  "objection to record). The reason proposes another owner; no date.", quote="coremail",
  subject="Re:Re: 二季度供应商评审会纪要")

R(740, "confirm-inline-under-row-thunderbird", "Thunderbird zh: answer typed inline under the quoted '| 4 | 更新来料检验标准 | …' row",
  "G", "刘洋", "thunderbird", ts("2026-04-27 17:20:08"), [], rep("confirm", [4]),
  "Inline reply: the only new text ('确认，5月9日（调休上班）前发出。') sits under the quoted row of item 4, so the "
  "item is the row's 序号 -> confirm [4]. 5月9日 is the current due date (a make-up Saturday), not a new one.",
  inline={4: ["确认，5月9日（调休上班）前发出。"]}, sig=["-- ", "刘洋 技术部"], cs="UTF-8", lang="zh")

R(741, "progress-item2-outlook-disclaimer", "Organizer-owner, Outlook zh: '第2项…目前完成80%' + a Chinese disclaimer that contains '24小时内'",
  "G", "林峰", "outlook", ts("2026-05-07 18:05:44"),
  ["第2项：新供应商资质审核目前完成80%，还差一家的ISO证书复印件，预计下周一补齐。", "", "林峰", "采购部 经理",
   "星河电子有限公司 | 深圳市南山区科技园", "", "本邮件及其附件含有星河电子的保密信息，仅限于发送给上面地址中列出的个人或群组。"
   "如果您错收了本邮件，请您在24小时内通知发件人并删除本邮件。"],
  rep("progress", [2], 80), "'目前完成80%' -> progress [2] 80 (完成 here is not done). '预计下周一补齐' (Mon 05-11) is "
  "after the due (05-08) but it is an estimate inside a progress report, not an extension request (no 延期/申请). "
  "The disclaimer's '24小时内' is boilerplate.", quote="outlook", qargs={"lang": "zh"},
  subject="答复: Re: 二季度供应商评审会纪要", cs="gb2312", lang="zh")

R(742, "thanks-feishu", "飞书邮箱 reply '谢谢林经理整理～' -> changes nothing",
  "G", "高颖", "feishu", ts("2026-04-27 17:02:26"), ["谢谢林经理整理～"],
  rep("unknown"), "CHANGE-NOTHING case (thank-you). Not a confirm/object; intent 'unknown', items []. (The items "
  "become confirmed at the cut-off anyway.) Feishu-style quote block (approximation, see README).",
  quote="feishu", subject="回复: Re: 二季度供应商评审会纪要")

# ---------------------------------------------------------------- meeting H: X12 评审 (recap Mon 2026-06-15; 端午 06-19)
R(743, "done-item1-outlook-mac-zh", "Outlook for Mac zh ('发件人/日期/收件人/主题' Mac labels): 'PRD v1.2 已经发出来了…第1项完成'",
  "H", "吴昊", "outlook_mac", ts("2026-06-18 20:15:32"),
  ["周经理，PRD v1.2 已经发出来了（见Confluence链接），第1项完成。", "", "吴昊"],
  rep("done", [1]), "'第1项完成' -> done [1]; 'v1.2' is a version, not a number of anything.", quote="outlook_mac",
  qargs={"lang": "zh"}, cs="UTF-8", lang="zh", subject="回复: Re: X12新品评审会纪要")

R(744, "done-by-task-two-items-gmail-zh", "Gmail zh: '访谈纪要整理好了' names the task; the sender owns two items (2 and 5)",
  "H", "郑堃", "gmail", ts("2026-06-17 10:30:19"), ["访谈纪要整理好了，已放飞书文档。", "", "小郑"],
  rep("done"), "No number, but the task words '访谈纪要' match item 5 ('用户访谈纪要整理') and not item 2 "
  "('ID外观打样'): done, items [] as written; the bot should resolve item 5 by its task words (SPEC §6.3). Signed "
  "with the alias 小郑.", quote="gmail", qargs={"lang": "zh"})

R(745, "extend-xia-zhou-san-outlook-gbk", "Outlook zh gb2312 label carrying GBK-only 喆 (name, signature): '拆机报告端午前肯定出不来，第3项延期到下周三'",
  "H", "陈喆", "outlook", ts("2026-06-18 16:50:02"),
  ["拆机报告端午前肯定出不来，第3项延期到下周三。", "", "陈喆"],
  rep("extend", [3], None, "2026-06-24"), "Thu 2026-06-18, the day before the 端午 holiday (06-19). 下周三 = "
  "Wednesday of the following week = 2026-06-24. '端午前' is part of the reason.", quote="outlook",
  qargs={"lang": "zh"}, subject="答复: Re: X12新品评审会纪要", cs="gb2312", lang="zh",
  calc=lambda s: next_week(s, 2))

R(746, "object-no-number-dingtalk-joined", "钉钉邮箱: objection by task words, and the text/plain has the reply glued to the dashed quote rule",
  "H", "何静", "dingtalk", ts("2026-06-15 16:10:27"),
  ["周经理，定价测算需要等供应链给出BOM成本，6月23日太紧，这一项我有异议。"],
  rep("object"), "'这一项我有异议' with the task named ('定价测算' = item 4, her only item) -> object, items []. "
  "In text/plain the HTML-to-text conversion put the dashed '-----' rule right after the sentence on the same line.",
  quote="dingtalk", subject="回复：Re: X12新品评审会纪要", joined=True)

R(747, "progress-apple-mail-zh-two-items", "Apple Mail macOS zh ('2026年6月15日 15:20，纪要助手 <…> 写道：'): 'ID打样进度80%…24号能交' (task named, two items owned)",
  "H", "郑堃", "apple", ts("2026-06-22 19:00:08"),
  ["ID打样进度80%，手板厂端午放假耽误了一天，24号能交。", "", "郑堃"],
  rep("progress", [], 80), "'ID打样进度80%' -> progress 80; the task words name item 2 (he also owns item 5). "
  "'24号能交' is the current due (06-24), no extension.", quote="apple", qargs={"lang": "zh", "ios": False})

R(748, "confirm-ok-owa-zh", "Outlook on the web zh: 'OK，按这个执行。' from the organizer",
  "H", "周敏", "owa", ts("2026-06-15 07:48:33", UTC), ["OK，按这个执行。", "", "周敏"],
  rep("confirm"), "'OK' = confirm (SPEC command list). 07:48 +0000 = 15:48 Shanghai.", quote="outlook",
  qargs={"lang": "zh", "owa": True}, qtz=TZ8, subject="回复: Re: X12新品评审会纪要")

# ---------------------------------------------------------------- meeting I: 中秋国庆大促 (recap Mon 2026-09-14)
R(749, "done-item4-163-makeup-sunday", "163-style web mail on the 2026-09-20 make-up Sunday: '直播排期表已发群，第4项完成'",
  "I", "赵磊", "netease", ts("2026-09-20 21:30:14"), ["胡经理，直播排期表已发群，第4项完成"],
  rep("done", [4]), "Sun 2026-09-20 is a 调休 working day (chinesecalendar) and item 4's due date. '第4项完成' -> done "
  "[4]. NetEase quote: '在 2026-09-14 11:15:57，\"纪要助手\" <…> 写道：' + '>' lines.", quote="netease",
  subject="Re:Re: 中秋国庆大促运营会纪要", cs="UTF-8")

R(750, "extend-two-days-gmail-app", "Gmail Android app zh ('于2026年9月14日周一 上午11:15写道'): '完成了一半，明天来不及，第1项往后推两天'",
  "I", "郭晓明", "gmail_app", ts("2026-09-21 22:10:40"),
  ["胡经理，活动页开发完成了一半，明天来不及，第1项往后推两天"],
  rep("extend", [1], None, "2026-09-24"), "The request is the extension: '第1项往后推两天' = current due (09-22, Tue) + 2 "
  "days = Thu 2026-09-24 (2 working days after the due give the same day; Mid-Autumn is 09-25). '完成了一半' is "
  "context; intent extend, percent null.", quote="gmail", qargs={"lang": "zh-app", "wrap": False},
  calc=due_plus("I", 1, 2))

R(751, "done-task-words-qq-attachment-note", "QQ web: '话术培训今天下午做完了，签到表见附件。' (task words, one item owned)",
  "I", "朱婷", "qq", ts("2026-09-24 17:40:09"), ["话术培训今天下午做完了，签到表见附件。"],
  rep("done"), "'做完了' = done; '话术培训' names item 2, her only item -> done, items []. She mentions a sign-in sheet "
  "'见附件' but forgot to attach it (no attachment part): irrelevant to the command.", quote="qq",
  subject="回复：Re: 中秋国庆大促运营会纪要", cs="gb18030")

R(752, "confirm-shoudao-wecom", "企业微信 mail: bare '收到' (acknowledged) from an owner",
  "I", "杨帆", "wecom", ts("2026-09-14 11:50:41"), ["收到"],
  rep("confirm"), "'收到' (received/noted) to a recap that asks for objections: recorded as confirm, items []. "
  "Ambiguity noted: it is an acknowledgement, and treating it as confirm changes nothing the cut-off would not.",
  quote="qq_mobile", subject="回复：Re: 中秋国庆大促运营会纪要", cs="utf-8")

R(753, "extend-own-item-guoqing-outlook", "Organizer-owner (Outlook zh): '第5项…国庆后第一个工作日出复盘，截止改到10月8日' (old due 09-30, before the holiday)",
  "I", "胡斌", "outlook", ts("2026-09-14 14:05:18"),
  ["各位：", "第5项是我的，复盘数据要等国庆后才齐，截止改到10月8日（国庆后第一个工作日）。", "", "胡斌", "运营部"],
  rep("extend", [5], None, "2026-10-08"), "National Day 2026 is 10-01..10-07; 10-08 (Thu) is the first working day "
  "after it, as the mail says. The organizer moves his own item from 09-30 to 10-08 -> extend [5], "
  "new_due_date 2026-10-08 (explicit date; the parenthesis agrees with it).", quote="outlook", qargs={"lang": "zh"}, subject="答复: Re: 中秋国庆大促运营会纪要",
  cs="gb2312", lang="zh", calc=md(10, 8))

R(754, "auto-dingtalk-vacation", "钉钉/阿里邮箱 vacation auto-reply '自动回复：' (Auto-Submitted: auto-replied) -> kind auto",
  "I", "赵磊", "dingtalk", ts("2026-09-14 11:16:30"),
  ["您好，我于9月14日至9月18日休年假，9月20日（周日调休）返岗，期间邮件回复会有延迟。急事请联系王芳。", "", "赵磊"],
  None, "Vacation auto-reply from Alibaba/DingTalk mail (Auto-Submitted: auto-replied, X-Autoreply). Dates in the "
  "body are not an extension of item 4; kind auto, nothing changes, no answer.", subject="自动回复：Re: 中秋国庆大促运营会纪要",
  kind="auto", auto=True)

# ---------------------------------------------------------------- meeting J: 双11渠道冲刺 (recap Mon 2026-11-02)
R(755, "done-item1-outlook-zh-tw-traditional", "Outlook zh-TW UI (寄件者/寄件日期/收件者/主旨, '回覆:') in Traditional Chinese: '第1項…已確認完成' + signature",
  "J", "陳怡君", "outlook", ts("2026-11-05 14:20:11"),
  ["黃總您好：", "", "第1項台灣經銷商備貨已確認完成，訂單已回傳。", "", "陳怡君 Vivian", "星河電子 台灣辦事處",
   "Tel: +886 2 2719 5588 #203"],
  rep("done", [1]), "Traditional Chinese: 第1項 (項), '已確認完成' contains 確認 but the statement is that the item is "
  "completed -> done [1]. UTF-8 because the quoted simplified recap does not fit Big5. '#203' is a phone "
  "extension, not an item.", quote="outlook", qargs={"lang": "tw"}, subject="回覆: Re: 双11渠道冲刺会纪要", cs="utf-8",
  lang="tw")

R(756, "confirm-big5-question-marks", "Outlook zh-TW forced to Big5: '無異議，確認。' and a quote whose simplified characters became '?'",
  "J", "陳怡君", "outlook", ts("2026-11-02 11:30:46"),
  ["無異議，確認。台灣這邊備貨數量週四前回覆。", "", "陳怡君 Vivian"],
  rep("confirm"), "Traditional '無異議，確認' -> confirm, items []. '週四前回覆' restates her item's due (Thu 11-05). "
  "The sender's Outlook sends Big5 only, so every simplified character in the quoted recap (and in the subject) "
  "was replaced by '?' — the quote is damaged but still a quote.", quote="outlook", qargs={"lang": "tw"},
  subject="回覆: Re: 双11渠道冲刺会纪要", cs="big5", lang="tw", lossy=True)

R(757, "progress-hash2-gmail-zh", "Gmail zh: '#2 进度70%，等法务看完条款' ",
  "J", "杨帆", "gmail", ts("2026-11-04 15:08:27"), ["黄总，#2 进度70%，初稿已出，等法务看完条款。", "", "杨帆"],
  rep("progress", [2], 70), "'#2 进度70%' -> progress [2] 70.", quote="gmail", qargs={"lang": "zh"})

R(758, "done-ok-le-iphone", "iPhone: '第三项OK了' meaning finished (not 'OK = confirm')",
  "J", "何静", "iphone", ts("2026-11-03 22:15:36"), ["门店物料今天已全部补发，物流单号见群。第三项OK了"],
  rep("done", [3]), "'已全部补发' and '第三项OK了' (colloquial: item 3 is sorted) -> done [3]. Ambiguity noted: 'OK' "
  "alone is a confirm word, but 'OK了' after a completion report means finished; the recap's objection window "
  "closed the day before.", sig=SIG_MOBILE_ZH, quote="apple", qargs={"lang": "zh", "ios": True})

R(759, "extend-item4-foxmail-1112", "Foxmail: '第4项申请延期至11月12日' with '10月回款数据' in the reason",
  "J", "罗晓燕", "foxmail", ts("2026-11-09 17:50:02"),
  ["黄总：", "返点测算还差两个大客户的10月回款数据，第4项申请延期至11月12日。", "", "罗晓燕 财务部"],
  rep("extend", [4], None, "2026-11-12"), "'申请延期至11月12日' -> extend [4], 2026-11-12. '10月' in the reason is "
  "not a date to use.", quote="foxmail", subject="回复: Re: 双11渠道冲刺会纪要", cs="GBK", calc=md(11, 12))

R(760, "confirm-two-items-mailmaster-en", "网易邮箱大师 with English UI ('---- Replied Message ----' | From | Date | rows): '第1、3项确认，第2项…请杨帆周三先给个初稿'",
  "J", "黄建国", "mailmaster", ts("2026-11-02 12:01:50"),
  ["第1、3项确认，第2项价保方案请杨帆周三先给个初稿。"],
  rep("confirm", [1, 3]), "'第1、3项确认' -> confirm [1, 3]. The clause about item 2 asks for a draft by Wednesday: an "
  "instruction, not a command on item 2 (no new due date is set).", sig=["发自网易邮箱大师"],
  quote="mailmaster", qargs={"lang": "en"}, subject="回复：Re: 双11渠道冲刺会纪要", ver="7.21.3")

# ---------------------------------------------------------------- meeting K: 技术部周例会 (recap Mon 2026-11-23)
R(761, "done-item1-coremail-percent-noise", "Coremail: '第1项OTA 1.3.2灰度已发布（5%用户），监控正常' (5% is the rollout share)",
  "K", "孙浩", "coremail", ts("2026-11-25 18:20:42"),
  ["张经理：第1项OTA 1.3.2灰度已发布（5%用户），崩溃率0.02%，监控正常。", "孙浩"],
  rep("done", [1]), "The task is the gray release itself, and it has been published -> done [1]. '5%用户' and "
  "'0.02%' are rollout/crash figures, not progress.", quote="coremail", subject="Re:Re: 技术部周例会纪要（11月第4周）")

R(762, "progress-inline-gmail-en-attr", "Gmail (English UI) inline reply typed between the quoted table rows, attribution 'On Mon, Nov 23, 2026 at 5:31 PM …'",
  "K", "陈喆", "gmail", ts("2026-11-25 09:45:03"), [], rep("progress", [2], 90),
  "Inline: after the quoted row '| 2 | 蓝牙断连问题根因分析 | 陈喆 | …' he wrote '根因已定位：射频固件功率切换的bug，进度90%，"
  "周五出报告。' -> progress [2] 90 (the item number comes from the row it answers). '周五' = the current due.",
  inline={2: ["根因已定位：射频固件功率切换的bug，进度90%，周五出报告。"]}, inline_lang="en")

R(763, "object-with-date-owa", "Outlook on the web: '测试用例评审有异议：…至少要到下周一' -> object (a date is proposed but no extension command)",
  "K", "刘洋", "owa", ts("2026-11-23 09:50:26", UTC),
  ["张经理，测试用例评审有异议：用例还没写完，26号评审不现实，至少要到下周一。", "", "刘洋"],
  rep("object"), "Within the objection window (17:50 Shanghai). '有异议' with a reason -> object; the task is named "
  "(item 3, his only item) so items []. '至少要到下周一' suggests a date but the mail is an objection, not "
  "'延期至…': new_due_date null. Ambiguity noted (an extend to 11-30 is the other reading).",
  quote="outlook", qargs={"lang": "zh", "owa": True}, qtz=TZ8, subject="回复: Re: 技术部周例会纪要（11月第4周）")

R(764, "extend-dec4-thunderbird-en", "Thunderbird English bottom-post from Vietnam: 'Please extend item 5 to Dec 4'",
  "K", "Nguyễn Văn Minh", "thunderbird", ts("2026-12-01 16:40:15", ICT),
  ["Please extend item 5 to Dec 4 - line 4 is stopped for maintenance until Thursday.", "", "Minh"],
  rep("extend", [5], None, "2026-12-04"), "Bottom-posted. 'extend item 5 to Dec 4' -> 2026-12-04 (Fri). 16:40 +0700 "
  "= 17:40 Shanghai, same date. 'Thursday' is the reason.", quote="tb", qargs={"lang": "en"}, post="bottom",
  cs="UTF-8", lang="en", calc=md(12, 4))

R(765, "done-item4-outlook-signature-date", "Outlook zh from the organizer-owner: '第4项证书已续期完成，新证书有效期到2029-11-30' + long signature",
  "K", "张伟", "outlook", ts("2026-11-27 10:12:55"),
  ["第4项证书已续期完成，新证书有效期到2029-11-30。", "", "张伟 | 技术部经理", "星河电子有限公司",
   "Tel: 0755-2688 3100 转 8021  Mob: 139 2345 6789"],
  rep("done", [4]), "'第4项…已续期完成' -> done [4]. The certificate expiry date 2029-11-30 must not become anything.",
  quote="outlook", qargs={"lang": "zh"}, subject="答复: Re: 技术部周例会纪要（11月第4周）", cs="utf-8", lang="zh")

# ---------------------------------------------------------------- meeting L: EU 2027 planning (English recap, Tue 2026-12-01)
R(766, "confirm-ok-pour-moi-iphone-fr", "iPhone French ('Le 1 déc. 2026 à 09:46, … a écrit :', 'Envoyé de mon iPhone'): 'Ok pour moi 👍'",
  "L", "Sophie Martin", "iphone", ts("2026-12-01 10:12:38", CET), ["Ok pour moi \U0001F44D"],
  rep("confirm"), "'Ok pour moi' (French: fine by me) -> confirm, items []. 10:12 Paris = 17:12 Shanghai.",
  sig=["Envoyé de mon iPhone"], quote="apple", qargs={"lang": "fr", "ios": True})

R(767, "progress-item3-outlook-nl-disclaimer", "Outlook Dutch UI (Van:/Verzonden:/Aan:/Onderwerp:) 'negotiations are at roughly 60%' + Dutch/English disclaimer",
  "L", "Daan de Vries", "outlook", ts("2026-12-03 14:30:27", CET),
  ["Hi Bella,", "", "Quick update on item 3: negotiations are at roughly 60% - two of the three carriers have agreed "
   "to the new rates.", "", "Met vriendelijke groet,", "Daan de Vries", "Logistics Manager EU | Xinghe Electronics "
   "Europe B.V.", "Rotterdam | +31 10 808 4420", "",
   "Dit bericht kan vertrouwelijke informatie bevatten. / This message may contain confidential information."],
  rep("progress", [3], 60), "'item 3: … roughly 60%' -> progress [3] 60. 'two of the three' is not a percentage.",
  quote="outlook", qargs={"lang": "nl"}, subject="RE: Re: EU 2027 planning kickoff - minutes", cs="utf-8",
  lang="nl", cte="quoted-printable")

R(768, "object-item4-outlook-pl", "Outlook Polish UI (Od:/Wysłane:/Do:/DW:/Temat:, 'ODP:') 'I object to item 4 - … board only decides on 20 December'",
  "L", "Katarzyna Nowak", "outlook", ts("2026-12-02 09:15:05", CET),
  ["Hi Bella,", "", "I object to item 4 - the Poland service centre proposal depends on the legal entity decision, "
   "which the board only takes on 20 December. Could we discuss?", "", "Pozdrawiam,", "Katarzyna Nowak"],
  rep("object", [4]), "'I object to item 4' + reason -> object [4]. '20 December' is the reason (no extension asked). "
  "Sent the day after the recap; still recorded as an objection.", quote="outlook", qargs={"lang": "pl"},
  subject="ODP: Re: EU 2027 planning kickoff - minutes", cs="utf-8", lang="pl", cte="quoted-printable")

R(769, "done-item2-gmail-de-pdf", "Gmail German UI ('Am Di., 1. Dez. 2026 um 09:46 Uhr schrieb …') 'Item 2 done - contract renewed until Dec 2027' + PDF",
  "L", "Lukas Becker", "gmail", ts("2026-12-04 17:20:33", CET),
  ["Hi Bella,", "", "Item 2 done - contract renewed until Dec 2027, signed copy attached.", "", "Lukas"],
  rep("done", [2]), "'Item 2 done' -> done [2]. 'until Dec 2027' is the contract term. multipart/mixed with a PDF.",
  quote="gmail", qargs={"lang": "de"},
  attachments=[attachment("Vertrag_Verlaengerung_2027_signed.pdf", tiny_pdf("contract"), "application/pdf")])

R(770, "thanks-outlook-es", "Outlook Spanish UI (De:/Enviado el:/Para:/Asunto:) 'thanks for the summary!' -> changes nothing",
  "L", "Carlos Ruiz", "outlook", ts("2026-12-02 12:00:41", CET),
  ["Hi Bella, thanks for the summary!", "", "Saludos,", "Carlos"],
  rep("unknown"), "CHANGE-NOTHING case (thank-you). No command; intent 'unknown', items []. Carlos owns item 5 but "
  "says nothing about it.", quote="outlook", qargs={"lang": "es"},
  subject="RE: Re: EU 2027 planning kickoff - minutes", cs="utf-8", lang="es")

R(771, "confirm-all-owa-en", "Outlook on the web, English UI (From:/Sent:/To:/Subject: after a rule): 'All confirmed, thanks everyone.'",
  "L", "沈冰", "owa", ts("2026-12-01 09:30:07", UTC), ["All confirmed, thanks everyone.", "", "Bella"],
  rep("confirm"), "Organizer confirms everything: confirm, items []. 09:30 +0000 = 17:30 Shanghai.",
  quote="outlook", qargs={"lang": "en", "owa": True}, qtz=TZ8, subject="RE: Re: EU 2027 planning kickoff - minutes",
  lang="en")


# ---------------------------------------------------------------- the hand-written bodies
def _c(num):
    return next(c for c in CASES if c["num"] == num)


_c(731)["text_override"] = """沈さん

お疲れ様です。佐藤です。

> | 1 | Samples to Tokyo distributor | 佐藤健太 | 2026-03-20 (Fri) |

Item 1: samples shipped today by FedEx (tracking 7789 4521 0036). Done.

よろしくお願いします。
佐藤 健太 / Kenta Sato
Xinghe Electronics Japan 営業部
"""
_c(731)["kw"].update(cs="iso-2022-jp", lang="ja")
_c(731)["subject"] = "RE: Re: APAC key account review - minutes"


def add_auto(msg, c):
    frm = who(c["frm"])
    if c["client"] == "owa":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["X-MS-Exchange-Inbox-Rules-Loop"] = frm[1]
        msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    else:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Autoreply"] = "yes"
    return msg


# ------------------------------------------------------------------------------------------------------------
# Output and validation
# ------------------------------------------------------------------------------------------------------------
README_HEAD = '# replies4 — blind held-out set: replies to minutebot\'s recap mails\n\n71 raw messages (`NNN-slug.eml`, the bytes a mail server stores, numbered 701–771) with gold answers\n(`NNN-slug.json`, the dev corpus schema), the roster (`roster.csv`) and the generator (`make_replies4.py`).\nCounts: **reply 69, auto 2**. Reply intents: done 23, extend 15, confirm 12, progress 10, object 5, unknown 4.\nSeven mails must change nothing (726, 730, 737, 742, 770 as replies; 720, 754 as auto).\n\n    /work/blind/venv/bin/python make_replies4.py          # rewrites every .eml/.json, roster.csv, this README\n    /work/blind/venv/bin/python make_replies4.py --check  # validates only (see below)\n\n`--check` parses every .eml with `email.policy.default` (no MIME defects, every text part decodes), checks that each\nreply\'s In-Reply-To is the recap\'s Message-ID and its To holds the recap\'s signed reply address, checks the gold\nshape, regenerates each case in memory and requires identical bytes (determinism), and **recomputes every\n`new_due_date` with chinesecalendar from the .eml\'s own Date header converted to Asia/Shanghai** (and checks it is a\nworking day). Nothing in the script reads the clock or uses randomness. The set was written without reading the\nbot\'s code; the only inputs were SPEC.md, the dev corpus (README, .eml/.json, make_corpus.py), the seed guides and\nresearch/dates-eval.md.\n\n## Organisation\n\nThe dev corpus company **星河电子 (Xinghe Electronics, `xinghe.example.cn`)**, bot `minutes@xinghe.example.cn`,\nand the dev roster unchanged, plus 11 people of this set (all on `xinghe.example.cn`, so every sender is in\n`allowed_domains`):\n\n- 国际业务部 (new department): head 沈冰 (Bella Shen, Shanghai), Sophie Martin (Paris), Lukas Becker (Munich),\n  Daan de Vries (Rotterdam), Katarzyna Nowak (Warsaw), Carlos Ruiz (Madrid), 佐藤健太 (Tokyo), 김지훈 (Seoul).\n- 销售部: 陳怡君 (Vivian, Taipei office; writes Traditional Chinese).\n- 生产部 (new department): head 邓军, Nguyễn Văn Minh (Vietnam plant).\n\nTwelve meetings (A–L, 2025-09 … 2026-12) each got one recap from the bot; every case answers one of them. The\nrecap is modelled on the dev corpus\'s recap (make_corpus.py `recap()`): greeting, "纪要助手已登记「…」的待办事项：", a\n`序号 | 事项 | 负责人 | 截止时间` table (dates shown as `2025-09-30（周二）`), "如有异议请于今日内回复（截止 … 18:00，逾期视为\n无异议）", and the footer listing “确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”. Meetings C, F and L were held\nin English, so their recap is the English variant ("If you disagree, please reply today…", footer with\n"confirm"/"object: reason"/"item N done"/"progress 80%"/"extend to Oct 20"). The recap\'s From is\n`纪要助手 <minutes@xinghe.example.cn>`, its Reply-To the signed `minutes+r<16 hex>@xinghe.example.cn`; replies go To\nthat address (some also Cc people), with In-Reply-To = the recap and References = minutes + recap.\n**The recap text is not the bot\'s real template** (I have not seen it): a parser that relies on recognising its own\ntemplate text will see a slightly different footer here.\n\nHolidays touched (all from chinesecalendar 1.11): National Day/Mid-Autumn 2025 (10-01..10-08; make-up 09-28, 10-11),\nNew Year 2026 (01-01..01-03; make-up Sun 01-04), Spring Festival 2026 (02-15..02-23; make-up Sat 02-14, Sat 02-28),\nMay Day 2026 (make-up Sat 05-09), 端午 2026 (Fri 06-19), Mid-Autumn 2026 (Fri 09-25; make-up Sun 09-20), National Day\n2026 (10-01..10-07; make-up Sat 10-10).\n\n## Gold conventions applied beyond the corpus README (a scorer must know these)\n\n1. **`intent: "unknown"`** — a person-written reply to a recap that carries no command (a question, a thank-you) is\n   kind `reply` with intent `unknown`, the value SPEC §5 lists; the corpus README\'s enum has no entry for it (its\n   own check would reject it; this set\'s `--check` allows it). `items` still lists item numbers written in it\n   (730 → [2], 737 → [1]). A scorer that wants the corpus enum only may map these 4 cases to "no state change".\n2. **Out-of-office / vacation auto-replies** are kind `auto`, `reply` null (corpus README), even though they answer a\n   recap and quote nothing (720 Exchange, 754 DingTalk; both carry `Auto-Submitted: auto-replied`).\n3. **`items` = the numbers the sender refers to as the subject of the command**: 第2项, 第二项, 第②…, #2, item 2,\n   第1、3项, 第1項 (Traditional). Numbers that appear only inside a reason or an instruction about another item are\n   not listed (707: objects to 第1项 "because of 第4项" → [1]; 725: "确认。另外第2项请…" → []; 760: "第1、3项确认，第2项…\n   请…给个初稿" → [1, 3]). An answer typed inline under a quoted table row refers to that row\'s 序号 (740 → [4],\n   762 → [2]).\n4. **No number written → `items: []`**, also when the task words name the item or the sender owns exactly one\n   item (705, 709, 711, 724, 728, 744, 746, 747, 751, 763); the notes say which item the bot should resolve. 726 is\n   the "several open, none named" case (done, [], the bot must ask).\n5. **Percent**: the stated figure; Chinese 成 = tens (六成 → 60, 三成 → 30, "六成多" → 60); "about/约/roughly N%" → N.\n   Figures that are not progress (1% resistor tolerance, 5% rollout share, 0.02% crash rate, 83% of rework in a\n   report, "two of the three") are ignored.\n6. **One intent per mail**: when a mail mixes a status note and a request, the request that changes the item\'s\n   state wins (750 "完成了一半…第1项往后推两天" → extend, percent null; 713 organizer "截止时间改为10月24日，其余确认" →\n   extend). An organizer (or owner) moving a due date is `extend`, even when he is the organizer.\n7. **Objections that propose a date stay `object`** with new_due_date null (707 "建议…放到10月24日", 763 "至少要到\n   下周一"); estimates inside a progress/status note are not extensions (711 "29号前能交", 741 "预计下周一补齐",\n   747 "24号能交").\n8. **Date phrases in extension requests** (resolved against the reply\'s Date in Asia/Shanghai, per the brief):\n   - explicit month-day (10月13号, 11月12日, 1月9日, Dec 4) → that date in the reply\'s year;\n   - day only ("the 21st") → this month if not yet past, else next month;\n   - 下周X / "next Wednesday" → weekday X of the following calendar week (weeks start Monday);\n   - "N more days on item K" / "往后推N天" → the item\'s current due + N calendar days; both cases (717, 750) were built\n     so that counting N working days after the due gives the same date;\n   - "顺延N个工作日" → N working days counted from the day after the reply (721 is sent on the due date itself, so\n     counting from the due gives the same date);\n   - 节后第一个工作日 → the first working day after the next statutory holiday block; make-up days *before* the block do\n     not count (727: sent Fri 02-13, the make-up Sat 02-14 is skipped → 2026-02-24).\n   Every gold new_due_date is a working day.\n9. Replies are judged as text only: permission (only owner/organizer/manager may change an item) is not part of\n   the parse gold. All senders here happen to be the owner or the organizer of the item they touch.\n\n## Mail-client notes\n\nClients (≥ 20 kinds): Outlook 2016/365 desktop in zh-CN, zh-TW, en, fr, de, nl, pl, es, vi, ko UIs (localised\nheader blocks: 发件人/发送时间, 寄件者/寄件日期/主旨, From/Sent, De :/Envoyé :/Objet :, Von/Gesendet/Betreff, Van/Verzonden/\nOnderwerp, Od/Wysłane/DW/Temat, De/Enviado el/Para/Asunto, Từ/Đã gửi/Đến/Chủ đề, 보낸 사람/보낸 날짜/제목; subject prefixes\n答复:/回覆:/RE:/RE :/AW:/ODP:/회신:), Outlook plain-text ja (ISO-2022-JP, trimmed \'>\' quote), Outlook for Mac (en, zh),\nOutlook on the web / new Outlook (Exchange Online, `+0000` Date, `________________________________` rule), Outlook\nfor iOS, Foxmail 7.2, QQ/Exmail web, QQ Mail iPhone app, 企业微信 (WeCom) mail, Coremail XT, 网易 web (NetEase),\n网易邮箱大师 (zh and English UI), Gmail web (zh, en, pl, ja, ko, vi, de) and the Gmail Android app, Apple Mail macOS\n(zh, ja), iPhone Mail (zh, es, fr), Thunderbird (zh, nl, en; bottom-posting, format=flowed), 钉钉/阿里邮箱\n(DingTalk), 飞书 (Feishu/Lark) mail.\n\n- Charsets: gb18030 (QQ, incl. a 4-byte emoji), GBK, gb2312 labels, one gb2312 label carrying the GBK-only 喆 (745; a\n  strict gb2312 decoder shows U+FFFD — decode gb2312 as GBK/GB18030), Big5 (756), ISO-2022-JP (731), UTF-8\n  base64/QP/8bit. When the quoted recap holds characters the client\'s default charset cannot encode (the\n  Vietnamese name in meetings B and K, simplified Chinese for zh-TW, the bot\'s name 纪 for JIS/KS), the client sends\n  UTF-8, as real clients do (707, 711, 712, 755, 765 …).\n- 756 is an Outlook forced to Big5 without fallback: every character outside Big5 in the quote and subject became\n  \'?\'; the sender\'s own text is intact.\n- 746 (DingTalk) glues the reply sentence to the dashed quote rule on the same line of text/plain (HTML is clean).\n- Gmail\'s text/plain wraps long attribution lines at 78 columns (wide characters count two): 735 and 769 have\n  the "… <minutes@xinghe.example.cn>\\nwrote:"-style split.\n- Quote attributions show the recap time in the sender\'s own timezone (Paris 09:10 for a 16:10 Shanghai recap).\n- **Approximations**: the quote/header formats of 飞书 (Feishu), 钉钉/阿里邮箱, 企业微信, the QQ Mail app, 网易 web\n  (`NetEase Flash Mail` X-Mailer) and the localised Apple Mail attributions are written from memory, not copied from\n  captured mail; Outlook/Gmail/Thunderbird/Foxmail/QQ/Coremail/Mail Master follow the dev corpus and widely known\n  formats. Every webmail client still sends from `xinghe.example.cn`, as in the dev corpus.\n\n## Cases\n\n'

ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REMAP = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
         "big5": "big5hkscs", "ks_c_5601-1987": "euc_kr"}
INTENTS = ("confirm", "object", "done", "progress", "extend", "unknown")


def make(c):
    spec = compose(c)
    msg, crlf = build(spec, c["slug"])
    if spec.get("auto"):
        msg = add_auto(msg, c)
    g = {"kind": c["kind"], "items": [], "next_followup": None, "reply": c["gold"] if c["kind"] == "reply" else None,
         "notes": c["notes"]}
    return serialize(msg, crlf), g


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("[0-9][0-9][0-9]-*.eml")) + list(out.glob("[0-9][0-9][0-9]-*.json")):
        f.unlink()
    for c in CASES:
        raw, g = make(c)
        (out / (c["slug"] + ".eml")).write_bytes(raw)
        (out / (c["slug"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(out / "roster.csv")
    rows = ["| %s | %s | %s |" % (c["slug"], c["kind"], c["readme"].replace("|", "\\|")) for c in CASES]
    (out / "README.md").write_text(README_HEAD + "| case | kind | what it tests |\n| --- | --- | --- |\n" +
                                   "\n".join(rows) + "\n", encoding="utf-8")


def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "utf-8").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def check(out):
    import email
    from email import policy
    from email.utils import getaddresses, parsedate_to_datetime
    errors, counts, nitems = [], {}, 0
    by_slug = {c["slug"]: c for c in CASES}
    emls = sorted(out.glob("[0-9][0-9][0-9]-*.eml"))
    if {f.stem for f in emls} != set(by_slug):
        errors.append("files on disk and cases in the script differ")
    for f in emls:
        name = f.stem
        c = by_slug.get(name)
        raw = f.read_bytes()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: does not parse: %s" % (name, e))
            continue
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    _decode(part)
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: text part does not decode: %s" % (name, e))
        for h in ("From", "Date", "Message-ID", "Subject", "To", "In-Reply-To"):
            if msg[h] is None:
                errors.append("%s: no %s header" % (name, h))
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        if c is None:
            continue
        # determinism: the script regenerates identical bytes
        raw2, g2 = make(c)
        if raw2 != raw or g2 != g:
            errors.append("%s: file differs from what the generator writes now" % name)
        m = c["m"]
        if msg["In-Reply-To"].strip() != m.recap_msgid:
            errors.append("%s: In-Reply-To is not the recap's Message-ID" % name)
        tos = [a.lower() for _, a in getaddresses([str(msg["To"])])]
        if m.reply_to[1] not in tos:
            errors.append("%s: To is not the recap's signed reply address" % name)
        sent = parsedate_to_datetime(str(msg["Date"]))
        if sent <= m.recap_t:
            errors.append("%s: reply sent before the recap" % name)
        sd = sent.astimezone(TZ8).date()
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"} or g["items"] or g["next_followup"]:
            errors.append("%s: top-level gold shape" % name)
        r = g["reply"]
        if (r is not None) != (g["kind"] == "reply"):
            errors.append("%s: reply must be set exactly for kind reply" % name)
        if r is None:
            continue
        if set(r) != {"intent", "items", "percent", "new_due_date"} or r["intent"] not in INTENTS:
            errors.append("%s: reply shape %r" % (name, r))
            continue
        if any(not isinstance(i, int) or i < 1 or i > len(m.rows) for i in r["items"]):
            errors.append("%s: item numbers %r outside the recap" % (name, r["items"]))
        if (r["percent"] is not None) != (r["intent"] == "progress") and r["percent"] is not None:
            errors.append("%s: percent only with progress" % name)
        if r["intent"] == "progress" and not (isinstance(r["percent"], int) and 0 <= r["percent"] <= 100):
            errors.append("%s: progress without percent" % name)
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            errors.append("%s: new_due_date exactly for extend" % name)
        if r["new_due_date"] is not None:
            if not DATE_RE.match(r["new_due_date"]) or c["calc"] is None:
                errors.append("%s: new_due_date %r without a calculation" % (name, r["new_due_date"]))
                continue
            computed = c["calc"](sd)
            if computed.isoformat() != r["new_due_date"]:
                errors.append("%s: gold new_due_date %s but chinesecalendar computation from the Shanghai send date "
                              "%s gives %s" % (name, r["new_due_date"], sd, computed))
            if not is_workday(computed):
                errors.append("%s: new_due_date %s is not a working day" % (name, computed))
            nitems += 1
        nitems += 0
    return errors, counts, len(emls)


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors, counts, n = check(out)
    for e in errors:
        print("ERROR", e)
    ints = {}
    for c in CASES:
        k = c["gold"]["intent"] if c["gold"] else "(auto)"
        ints[k] = ints.get(k, 0) + 1
    print("cases: %d  " % n + "  ".join("%s: %d" % kv for kv in sorted(counts.items())))
    print("reply intents: " + "  ".join("%s: %d" % kv for kv in sorted(ints.items())))
    print("dates re-checked: %d" % sum(1 for c in CASES if c["gold"] and c["gold"]["new_due_date"]))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
