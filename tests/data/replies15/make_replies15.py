#!/usr/bin/env python3
"""Generator for the blind held-out set replies15 (minutebot replies to recaps).

Deterministic: no clock, no randomness.  Usage:
    python make_replies15.py OUTDIR          # write NNN-slug.eml/.json + roster.csv
    python make_replies15.py --check OUTDIR  # re-derive every gold date with chinesecalendar and compare
Run it with /work/blind/venv/bin/python (needs `chinesecalendar`).
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path
import chinese_calendar

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))
DOM = "lubu.example.cn"
BOT_NAME, BOT_ADDR = "纪要助手", "minutes@" + DOM

# ------------------------------------------------------------------ calendar helpers (chinesecalendar only)
def is_workday(d):
    return chinese_calendar.is_workday(d)

def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)

def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)

def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d

# ------------------------------------------------------------------ roster
ROSTER = [  # name, email local, department, head?, aliases
    ("郑海燕", "zhenghaiyan", "计划部", True, "郑经理;Helen Zheng;燕姐"),
    ("陈志强", "chenzhiqiang", "晋江工厂", True, "陈厂长;Jason Chen;Chen Zhiqiang"),
    ("林秀梅", "linxiumei", "晋江工厂", False, "秀梅;阿梅;Lin Xiumei;May Lin"),
    ("黄丽娟", "huanglijuan", "物流船务部", True, "黄经理;Linda Huang;Huang Lijuan"),
    ("蔡俊杰", "caijunjie", "物流船务部", False, "小蔡;Jack Cai;Cai Junjie"),
    ("Nguyễn Văn Minh", "minh.nguyen", "胡志明工厂", True, "Minh;阿明;Nguyen Van Minh;阮文明"),
    ("Trần Thị Lan", "lan.tran", "胡志明工厂", False, "Lan;Tran Thi Lan;陈氏兰"),
    ("Sok Dara", "dara.sok", "金边工厂", True, "Dara;达拉;Mr. Dara"),
    ("吴佩珊", "wupeishan", "广州设计中心", True, "吴总监;Sandy Wu;佩珊"),
    ("梁嘉豪", "liangjiahao", "广州设计中心", False, "阿豪;Kelvin Leung;Kelvin;嘉豪"),
    ("许雅婷", "xuyating", "品质部", True, "许经理;許雅婷;Tina Hsu;雅婷"),
    ("苏文斌", "suwenbin", "品质部", False, "苏工;Wenbin;Su Wenbin"),
    ("Marek Kowalski", "marek.kowalski", "品质部", False, "Marek;马瑞克"),
    ("何美玲", "hemeiling", "业务部", True, "何经理;Maggie He;Maggie"),
    ("周子涵", "zhouzihan", "业务部", False, "Zoe Zhou;Zoe;子涵"),
    ("Emily Carter", "emily.carter", "业务部", False, "Emily;艾米丽"),
    ("Katrin Bauer", "katrin.bauer", "业务部", False, "Katrin;卡特琳"),
    ("Sanne de Vries", "sanne.devries", "业务部", False, "Sanne;桑妮"),
    ("Élodie Martin", "elodie.martin", "业务部", False, "Elodie Martin;Élodie;Elodie"),
    ("田中美咲", "misaki.tanaka", "业务部", False, "田中;Misaki Tanaka;Tanaka-san;田中 美咲"),
    ("Ryan O'Connor", "ryan.oconnor", "业务部", False, "Ryan;Ryan OConnor"),
    ("Lucía Fernández", "lucia.fernandez", "业务部", False, "Lucia Fernandez;Lucía;Lucia"),
    ("戴振宇", "daizhenyu", "采购部", True, "戴经理;Dai Zhenyu;Zack Dai"),
    ("洪晓东", "hongxiaodong", "采购部", False, "晓东;小洪;Hong Xiaodong"),
    ("김민지", "minji.kim", "采购部", False, "Kim Minji;Minji;金玟志"),
    ("王静怡", "wangjingyi", "财务部", True, "王总监;Jenny Wang;静怡"),
]
P = {}
_heads = {dep: loc for n, loc, dep, h, _ in ROSTER if h}
for n, loc, dep, h, al in ROSTER:
    P[n] = dict(name=n, email=f"{loc}@{DOM}", department=dep, manager_email="" if h else f"{_heads[dep]}@{DOM}",
                aliases=al)

def addr(n):
    return P[n]["email"]

# ------------------------------------------------------------------ header / MIME helpers (adapted from dev corpus)
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}

def can(text, label):
    try:
        text.encode(CODEC[label.lower()]); return True
    except UnicodeEncodeError:
        return False

def ew(text, label="utf-8", mode="B", limit=66):
    cs = CODEC[label.lower()]
    if not can(text, label):
        label, cs = "utf-8", "utf-8"
    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words

def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(ew(text, label, mode))

def haddr(name, email, label="utf-8", mode="B", quote=True):
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote else f"{name} <{email}>"
    w = " ".join(ew(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"

def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], t.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1],
        t.year, t.hour, t.minute, t.second, sign, off // 60, off % 60)

def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def leaf(ctype, text, label, cte, crlf=False):
    m = Message()
    m["Content-Type"] = '%s; charset="%s"' % (ctype, label) if label != "utf-8-noquote" else "%s; charset=utf-8" % ctype
    m["Content-Transfer-Encoding"] = cte
    lab = "utf-8" if label == "utf-8-noquote" else label
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(CODEC[lab.lower()])
    if cte == "base64":
        payload = base64.encodebytes(data).decode()
    elif cte == "quoted-printable":
        payload = binascii.b2a_qp(data, istext=True).decode()
    else:
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m

def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(msg)
    return buf.getvalue()

# ------------------------------------------------------------------ meetings and the bot's recaps
class Meeting:
    def __init__(self, key, subject, sent, organizer, rows, lang="zh", others=()):
        self.key, self.subject, self.sent, self.organizer, self.rows, self.lang = key, subject, sent, organizer, rows, lang
        owners = []
        for r in rows:
            if r[2] not in owners:
                owners.append(r[2])
        self.to = [organizer] + [o for o in owners if o != organizer] + [o for o in others if o not in owners]
        self.msgid = "<r.%s.%s@%s>" % (sent.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
        self.minutes_id = "<%s.%s@%s>" % (hx(key + "m", 16), sent.strftime("%Y%m%d"), DOM)
        self.token = "r" + hx(key + "tok", 14)
        self.reply_to = "minutes+%s@%s" % (self.token, DOM)
        wd = sent.date()
        cut = sent.replace(hour=18, minute=0, second=0)
        if sent.hour >= 18 or not is_workday(wd):
            d = wd + dt.timedelta(days=1)
            while not is_workday(d):
                d += dt.timedelta(days=1)
            cut = dt.datetime(d.year, d.month, d.day, 18, 0, tzinfo=TZ8)
        self.cutoff = cut.strftime("%Y-%m-%d %H:%M")

    def due(self, n):
        return D.fromisoformat(self.rows[n - 1][3][:10])

    def owners_items(self, name):
        return [i for i, r in enumerate(self.rows, 1) if r[2] == name]

    def row_lines(self):
        if self.lang == "en":
            out = ["| # | Action item | Owner | Due |"]
        else:
            out = ["| 序号 | 事项 | 负责人 | 截止时间 |"]
        for r in self.rows:
            out.append("| %s | %s | %s | %s |" % r)
        return out

    def text(self):
        if self.lang == "en":
            lines = ["Hello all,", "", "Minutes Assistant has recorded the following action items:"] + self.row_lines() + [
                "", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % self.cutoff,
                'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or "extend to Oct 20".',
                "", "-- Minutes Assistant (automated message)"]
        else:
            lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项："] + self.row_lines() + [
                "", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff,
                "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
                "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
        return "\n".join(lines)

    def html(self):
        e = html.escape
        if self.lang == "en":
            head, hdr = "<p>Hello all,</p><p>Minutes Assistant has recorded the following action items:</p>", ["#", "Action item", "Owner", "Due"]
            tail = ("<p>If you disagree, please reply today (by %s); otherwise the items are confirmed.<br>"
                    "Reply to this mail with &quot;confirm&quot;, &quot;object: reason&quot;, &quot;item N done&quot;, "
                    "&quot;progress 80%%&quot; or &quot;extend to Oct 20&quot;.</p><p>-- Minutes Assistant (automated message)</p>" % self.cutoff)
        else:
            head, hdr = "<p>各位好：</p><p>纪要助手已登记本次会议的待办事项：</p>", ["序号", "事项", "负责人", "截止时间"]
            tail = ("<p>如有异议请于今日内回复（截止 %s，逾期视为无异议）。<br>回复方式：直接回复本邮件，写“确认”“有异议：原因”"
                    "“第N项已完成”“进度80%%”“延期至10月20日”即可。</p><p>—— 纪要助手（系统自动发送，请勿修改主题）</p>" % self.cutoff)
        rows = "".join("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>" for r in self.rows)
        return (head + '<table border="1" cellspacing="0" cellpadding="4"><tr>' + "".join("<th>%s</th>" % h for h in hdr)
                + "</tr>" + rows + "</table>" + tail)

def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

M = {}
def meeting(*a, **k):
    m = Meeting(*a, **k); M[m.key] = m; return m

meeting("A", "晋江工厂Q4产能排产会纪要 2025-09-26", T("2025-09-26 17:40:00"), "郑海燕", [
    ("1", "确认Q4鞋底模具验收清单", "陈志强", "2025-09-30"),
    ("2", "调整EVA大底硫化线排产计划", "林秀梅", "2025-09-29"),
    ("3", "提交胡志明厂外协调拨方案", "Nguyễn Văn Minh", "2025-10-10"),
    ("4", "整理11月出货订舱计划", "蔡俊杰", "2025-10-09"),
    ("5", "核对PU革供应商交期", "洪晓东", "2025-09-30")], others=("黄丽娟",))
meeting("B", "Portland FW26 development review - minutes", T("2025-10-13 19:05:00"), "何美玲", [
    ("1", "Send FW26 colorway lab dips to Portland", "梁嘉豪", "2025-10-17"),
    ("2", "Confirm outsole tooling cost", "戴振宇", "2025-10-20"),
    ("3", "Update tech pack v3", "吴佩珊", "2025-10-16"),
    ("4", "Book salesman sample shipment", "蔡俊杰", "2025-10-22"),
    ("5", "Share wear-test feedback summary", "Emily Carter", "2025-10-15")], lang="en")
meeting("C", "金边工厂验厂整改跟进会纪要", T("2025-10-15 16:20:00"), "许雅婷", [
    ("1", "消防通道整改并拍照回传", "Sok Dara", "2025-10-20"),
    ("2", "补齐9月员工加班记录", "Sok Dara", "2025-10-17"),
    ("3", "化学品MSDS更新上传", "苏文斌", "2025-10-21"),
    ("4", "预约第三方复审", "许雅婷", "2025-10-24"),
    ("5", "整改费用预算审批", "王静怡", "2025-10-22")], others=("郑海燕",))
meeting("D", "EU客户交期风险周会纪要（Amsterdam / Herzogenaurach）", T("2025-10-20 17:30:00"), "何美玲", [
    ("1", "Herzogenaurach客户SS26确认样寄出", "Katrin Bauer", "2025-10-24"),
    ("2", "Amsterdam仓唛头与箱规确认", "Sanne de Vries", "2025-10-23"),
    ("3", "提交欧盟REACH检测报告", "Marek Kowalski", "2025-10-28"),
    ("4", "法国站点包装文案翻译", "Élodie Martin", "2025-10-27"),
    ("5", "越南厂10月出货延误说明", "Trần Thị Lan", "2025-10-22")])
meeting("E", "亚太客户（东京/悉尼）季度对账会纪要", T("2025-10-27 18:10:00"), "王静怡", [
    ("1", "东京客户对账单核对", "田中美咲", "2025-10-31"),
    ("2", "悉尼仓退货处理方案", "Ryan O'Connor", "2025-11-03"),
    ("3", "韩国供应商网布报价比价", "김민지", "2025-10-30"),
    ("4", "更新应收账款账龄表", "王静怡", "2025-10-31"),
    ("5", "西语区订单预测表", "Lucía Fernández", "2025-11-05")])
meeting("F", "广州设计中心SS26打样进度会纪要", T("2025-11-03 17:50:00"), "吴佩珊", [
    ("1", "SS26跑鞋鞋面3D打样", "梁嘉豪", "2025-11-07"),
    ("2", "鞋楦修改确认", "吴佩珊", "2025-11-06"),
    ("3", "样品鞋送晋江试穿", "林秀梅", "2025-11-10"),
    ("4", "色卡寄东京客户", "周子涵", "2025-11-07"),
    ("5", "大货物料清单BOM定稿", "洪晓东", "2025-11-12"),
    ("6", "打样费用报销", "周子涵", "2025-11-14")])
meeting("G", "胡志明工厂品质异常处理会纪要", T("2025-11-10 16:00:00"), "许雅婷", [
    ("1", "开胶鞋返工并复检", "Nguyễn Văn Minh", "2025-11-12"),
    ("2", "提交开胶问题8D报告", "Trần Thị Lan", "2025-11-14"),
    ("3", "胶水供应商来料检验", "苏文斌", "2025-11-13"),
    ("4", "回复Portland客户质量通报", "何美玲", "2025-11-11")])

# ------------------------------------------------------------------ client quote styles
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def ampm_zh(t):
    h = t.hour
    part = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    return "%s%d:%02d" % (part, h if h <= 12 else h - 12, t.minute)

def names(people):
    return people

def quote_block(client, m, t):
    """Return (attribution/header lines, quote prefix) in the client's real style. t = recap time in the
    replier's local zone."""
    bot = '%s <%s>' % (BOT_NAME, BOT_ADDR)
    to_zh = "; ".join(m.to)
    subj = "Re: " + m.subject
    w = t.weekday()
    if client in ("qq", "wecom"):
        return ["", "", "------------------ 原始邮件 ------------------",
                '发件人: "%s"<%s>;' % (BOT_NAME, BOT_ADDR),
                "发送时间: %d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[w], ampm_zh(t)),
                "收件人: " + "".join('"%s"<%s>;' % (n, addr(n)) for n in m.to),
                "主题: " + subj, "", ""], ""
    if client == "foxmail":
        return ["", "", "", "发件人： %s" % BOT_NAME, "发送时间： %s" % t.strftime("%Y-%m-%d %H:%M"),
                "收件人： %s" % to_zh, "主题： %s" % subj], ""
    if client in ("outlook_zhcn", "owa_zh"):
        return ["", "", "________________________________"] * (client == "owa_zh") + ["", "", "发件人: %s" % bot, "发送时间: %d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute),
                "收件人: %s" % to_zh, "主题: %s" % subj, ""], ""
    if client == "outlook_zhtw":
        return ["", "", "寄件者: %s" % bot, "寄件日期: %d年%d月%d日 %s %02d:%02d" % (
            t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", t.hour % 12 or 12, t.minute),
                "收件者: %s" % to_zh, "主旨: %s" % subj, ""], ""
    if client in ("outlook_en", "owa_en"):
        return ["", "", "________________________________"] * (client == "owa_en") + ["", "", "From: %s" % bot, "Sent: %s, %s %d, %d %d:%02d %s" % (
            WD_EN[w], MON_EN[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM"),
                "To: %s" % to_zh, "Subject: %s" % subj, ""], ""
    if client == "outlook_mac_en":
        return ["", "", "From: %s" % bot, "Date: %s, %d %s %d at %d:%02d" % (WD_EN[w], t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute),
                "To: %s" % to_zh, "Subject: %s" % subj, ""], ""
    if client == "outlook_mac_zh":
        return ["", "", "发件人: %s" % bot, "日期: %d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute),
                "收件人: %s" % to_zh, "主题: %s" % subj, ""], ""
    if client == "outlook_de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][w]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][t.month - 1]
        return ["", "", "Von: %s" % bot, "Gesendet: %s, %d. %s %d %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute),
                "An: %s" % to_zh, "Betreff: %s" % subj, ""], ""
    if client == "outlook_pl":
        wd = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][w]
        mo = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"][t.month - 1]
        return ["", "", "Od: %s" % bot, "Wysłane: %s, %d %s %d %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute),
                "Do: %s" % to_zh, "Temat: %s" % subj, ""], ""
    if client == "outlook_ja":
        return ["", "", "差出人: %s" % bot, "送信日時: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                "宛先: %s" % to_zh, "件名: %s" % subj, ""], ""
    if client == "outlook_es":
        wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][w]
        mo = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][t.month - 1]
        return ["", "", "De: %s" % bot, "Enviado el: %s, %d de %s de %d %d:%02d" % (wd, t.day, mo, t.year, t.hour, t.minute),
                "Para: %s" % to_zh, "Asunto: %s" % subj, ""], ""
    if client == "coremail":
        return ["", "", "", "-----原始邮件-----", '发件人:"%s" <%s>' % (BOT_NAME, BOT_ADDR),
                "发送时间:%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[w]), "收件人:" + ", ".join(m.to),
                "主题:" + subj, ""], ""
    if client in ("netease163", "netease126"):
        return ["", "", "", "", "", '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), BOT_NAME, BOT_ADDR)], "> "
    if client == "mailmaster":
        return ["", "", "发自网易邮箱大师", "---- 回复的原邮件 ----", "| 发件人 | %s<%s> |" % (BOT_NAME, BOT_ADDR),
                "| 日期 | %d年%02d月%02d日 %02d:%02d |" % (t.year, t.month, t.day, t.hour, t.minute),
                "| 收件人 | %s |" % ",".join("%s<%s>" % (n, addr(n)) for n in m.to), "| 主题 | %s |" % subj], ""
    if client == "dingtalk":
        return ["", "", "-" * 66, "发件人：%s <%s>" % (BOT_NAME, BOT_ADDR),
                "发送时间：%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute),
                "收件人：%s" % "；".join(m.to), "主　题：%s" % subj, ""], ""
    if client == "feishu":
        return ["", "", "From: %s <%s>" % (BOT_NAME, BOT_ADDR),
                "Date: %d年%d月%d日 (周%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute),
                "To: %s" % ", ".join(m.to), "Subject: %s" % subj, ""], ""
    if client == "gmail_en":
        return ["", "On %s, %s %d, %d at %d:%02d\u202f%s %s <%s> wrote:" % (
            WD_EN[w][:3], MON_EN[t.month - 1][:3], t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM",
            BOT_NAME, m.reply_to), ""], "> "
    if client == "gmail_zh":
        return ["", "%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (BOT_NAME, m.reply_to, t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute), ""], "> "
    if client == "gmail_zh_wrapped":
        return ["", "%s <%s>" % (BOT_NAME, m.reply_to), "于%d年%d月%d日周%s %02d:%02d写道：" % (t.year, t.month, t.day, WD_ZH[w], t.hour, t.minute), ""], "> "
    if client == "gmail_android":
        return ["", "On %s, %d %s %d, %d:%02d %s, <%s> wrote:" % (WD_EN[w][:3], t.day, MON_EN[t.month - 1][:3], t.year, t.hour, t.minute, BOT_NAME, m.reply_to), ""], "> "
    if client == "gmail_fr":
        wd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][w]
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][t.month - 1]
        return ["", "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (wd, t.day, mo, t.year, t.hour, t.minute, BOT_NAME, m.reply_to), ""], "> "
    if client == "gmail_nl":
        wd = ["ma", "di", "wo", "do", "vr", "za", "zo"][w]
        mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][t.month - 1]
        return ["", "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (wd, t.day, mo, t.year, t.hour, t.minute, BOT_NAME, m.reply_to), ""], "> "
    if client == "gmail_vi":
        wd = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][w]
        return ["", "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (wd, t.day, t.month, t.year, t.hour, t.minute, BOT_NAME, m.reply_to), ""], "> "
    if client == "gmail_ko":
        wd = "월화수목금토일"[w]
        return ["", "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, wd, "오전" if t.hour < 12 else "오후",
                                                                     t.hour % 12 or 12, t.minute, BOT_NAME, m.reply_to), ""], "> "
    if client == "iphone_vi":
        wd = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][w]
        return ["", "Vào %d:%02d, %s, %d thg %d, %d, %s <%s> đã viết:" % (t.hour, t.minute, wd, t.day, t.month, t.year, BOT_NAME, m.reply_to), ""], "> "
    if client in ("apple_en", "iphone_en"):
        return ["", "> On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MON_EN[t.month - 1][:3], t.day, t.year, t.hour, t.minute, BOT_NAME, m.reply_to), ">"], "> "
    if client == "apple_zh":
        return ["", "> %d年%d月%d日 %02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, BOT_NAME, m.reply_to), ">"], "> "
    if client == "iphone_zh":
        return ["", "> 在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, BOT_NAME, m.reply_to), ">"], "> "
    if client in ("thunderbird", "thunderbird_bottom"):
        return ["", "On %d/%d/%d %d:%02d, %s wrote:" % (t.year, t.month, t.day, t.hour, t.minute, BOT_NAME)], "> "
    if client == "thunderbird_zh":
        return ["", "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, BOT_NAME)], "> "
    raise KeyError(client)

# per-client transport: (charset, cte, html?, x-mailer/extra headers, message-id style, subject prefix)
CLIENT = {
    "qq": ("gb18030", "base64", True, [("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")], "tencent", "回复："),
    "wecom": ("gb18030", "base64", True, [("X-Mailer", "WeCom Mail"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-QQ-Mailer", "QQMail 2.x")], "tencent", "回复："),
    "foxmail": ("GB2312", "base64", True, [("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("X-Priority", "3"), ("X-GUID", None)], "foxmail", "Re: "),
    "outlook_zhcn": ("gb2312", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "zh-cn")], "outlook", "答复: "),
    "owa_zh": ("utf-8", "base64", True, [("Thread-Topic", None), ("Thread-Index", None), ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], "owa", "答复: "),
    "outlook_zhtw": ("big5", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "zh-tw")], "outlook", "回覆: "),
    "outlook_en": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "en-us")], "outlook", "RE: "),
    "owa_en": ("utf-8", "base64", True, [("Thread-Topic", None), ("Thread-Index", None), ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")], "owa", "RE: "),
    "outlook_mac_en": ("utf-8", "quoted-printable", True, [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Thread-Topic", None), ("Thread-Index", None)], "macoutlook", "Re: "),
    "outlook_mac_zh": ("utf-8", "quoted-printable", True, [("User-Agent", "Microsoft-MacOutlook/16.90.24101712"), ("Thread-Topic", None), ("Thread-Index", None)], "macoutlook", "回复: "),
    "outlook_de": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "de-de")], "outlook", "AW: "),
    "outlook_pl": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "pl")], "outlook", "ODP: "),
    "outlook_ja": ("iso-2022-jp-utf8", "base64", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "ja")], "outlook", "RE: "),
    "outlook_es": ("utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "es-es")], "outlook", "RE: "),
    "coremail": ("GBK", "base64", True, [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(1c0b9d71) Copyright (c) 2002-2025 www.mailtech.cn lubu"), ("X-Coremail-Locale", "zh_CN")], "coremail", "Re:"),
    "netease163": ("GBK", "base64", True, [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn 163com"), ("X-NTES-SC", "AL_Qu2cAPqYuUwu4SGYbOkZnEYQheY")], "netease", "Re:"),
    "netease126": ("GBK", "base64", True, [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn 126com")], "netease", "Re:"),
    "mailmaster": ("UTF-8", "base64", True, [("X-Mailer", "NetEase Mail Master 4.20.2"), ("X-NTES-SC", "AL_Qu2cAP2bvE8o5yCbYukZnEYQheY")], "mailmaster", "回复："),
    "dingtalk": ("UTF-8", "base64", True, [("X-Mailer", "DingTalk Mail"), ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07")], "alimail", "回复："),
    "feishu": ("UTF-8", "base64", True, [("X-Lms-Return-Path", None), ("X-Mailer", "Lark Mail")], "feishu", "回复："),
    "gmail_en": ("UTF-8", "quoted-printable", True, [], "gmail", "Re: "),
    "gmail_zh": ("UTF-8", "base64", True, [], "gmail", "Re: "),
    "gmail_zh_wrapped": ("UTF-8", "base64", True, [], "gmail", "Re: "),
    "gmail_android": ("UTF-8", "quoted-printable", True, [], "gmail", "Re: "),
    "gmail_fr": ("UTF-8", "quoted-printable", True, [], "gmail", "Re: "),
    "gmail_nl": ("UTF-8", "quoted-printable", True, [], "gmail", "Re: "),
    "gmail_vi": ("UTF-8", "quoted-printable", True, [], "gmail", "Re: "),
    "gmail_ko": ("UTF-8", "base64", True, [], "gmail", "Re: "),
    "iphone_en": ("utf-8-noquote", "quoted-printable", True, [("X-Mailer", "iPhone Mail (22A3354)")], "apple", "Re: "),
    "iphone_zh": ("utf-8-noquote", "quoted-printable", True, [("X-Mailer", "iPhone Mail (22A3370)")], "apple", "回复："),
    "iphone_vi": ("utf-8-noquote", "quoted-printable", True, [("X-Mailer", "iPhone Mail (22B83)")], "apple", "Re: "),
    "apple_en": ("utf-8-noquote", "quoted-printable", True, [("X-Mailer", "Apple Mail (2.3826.100.11)")], "apple", "Re: "),
    "apple_zh": ("utf-8-noquote", "quoted-printable", True, [("X-Mailer", "Apple Mail (2.3826.200.121)")], "apple", "Re: "),
    "thunderbird": ("UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")], "tb", "Re: "),
    "thunderbird_bottom": ("UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")], "tb", "Re: "),
    "thunderbird_zh": ("UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")], "tb", "Re: "),
}
CLIENT_LABEL = {
    "qq": "QQ Mail (Tencent Exmail web)", "wecom": "企业微信邮件 (WeCom/Exmail)", "foxmail": "Foxmail 7.2 Windows",
    "outlook_zhcn": "Outlook 2021 zh-CN", "owa_zh": "Outlook on the web (Microsoft 365) zh-CN", "outlook_zhtw": "Outlook zh-TW",
    "outlook_en": "Outlook desktop en-US", "owa_en": "Outlook on the web en-US", "outlook_mac_en": "Outlook for Mac en",
    "outlook_mac_zh": "Outlook for Mac zh-CN", "outlook_de": "Outlook de-DE", "outlook_pl": "Outlook pl-PL", "outlook_ja": "Outlook ja-JP",
    "outlook_es": "Outlook es-ES", "coremail": "Coremail XT5 webmail (company)", "netease163": "163.com web", "netease126": "126.com web",
    "mailmaster": "网易邮箱大师 mobile", "dingtalk": "钉钉邮箱 (DingTalk/Alimail)", "feishu": "飞书邮箱 (Lark Mail)",
    "gmail_en": "Gmail web en", "gmail_zh": "Gmail web zh-CN", "gmail_zh_wrapped": "Gmail zh-CN (attribution wrapped)",
    "gmail_android": "Gmail Android en", "gmail_fr": "Gmail web fr", "gmail_nl": "Gmail web nl", "gmail_vi": "Gmail web vi",
    "gmail_ko": "Gmail web ko", "iphone_en": "iPhone Mail en", "iphone_zh": "iPhone Mail zh", "iphone_vi": "iPhone Mail vi",
    "apple_en": "Apple Mail macOS en", "apple_zh": "Apple Mail macOS zh", "thunderbird": "Thunderbird en",
    "thunderbird_bottom": "Thunderbird en (bottom-posting)", "thunderbird_zh": "Thunderbird zh-CN (inline)",
}

def msgid_for(style, seed, t, frm):
    h = hx(seed, 32).upper()
    dom = frm.split("@")[1]
    return {
        "tencent": "<tencent_%s@qq.com>" % h[:36],
        "foxmail": "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(seed, 10), dom),
        "outlook": "<%s$%s$%s@%s>" % (hx(seed, 12), hx(seed + "a", 8), hx(seed + "b", 8), dom),
        "owa": "<SEZPR06MB%s%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (hx(seed, 4).upper(), h[:20], hx(seed, 4).upper()),
        "macoutlook": "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom),
        "coremail": "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "c", 4), hx(seed + "d", 6), dom),
        "netease": "<%s.%s.%s@163.com>" % (hx(seed, 8), hx(seed + "c", 4), hx(seed + "d", 6)),
        "mailmaster": "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "x", 6), dom),
        "alimail": "<%s.%s@%s>" % (hx(seed, 10), t.strftime("%Y%m%d"), dom),
        "feishu": "<%s@larksuite.com>" % hx(seed, 24),
        "gmail": "<CA+%s@mail.gmail.com>" % base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30]).decode().replace("/", "_").replace("+", "-"),
        "apple": "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom),
        "tb": "<%s-%s@%s>" % (h[:8], h[8:16].lower(), dom),
    }[style]

# ------------------------------------------------------------------ cases
CASES = []
def case(n, slug, client, meeting_key, sender, date, off, body, gold, readme, new_due_calc=None, kind="reply",
         inline=None, extra_headers=(), sig="", extra_subject=None):
    assert gold["kind"] == kind
    CASES.append(dict(n=n, slug=slug, client=client, m=meeting_key, sender=sender, date=date, off=off, body=body,
                      gold=gold, readme=readme, calc=new_due_calc, kind=kind, inline=inline, extra=extra_headers, sig=sig,
                      extra_subject=extra_subject))

def G(notes, reply=None, kind="reply"):
    return {"kind": kind, "items": [], "next_followup": None, "reply": reply, "notes": notes}

def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

exec(open(Path(__file__).with_name("cases15.py"), encoding="utf-8").read())

# ------------------------------------------------------------------ build
def local_recap_time(m, off):
    return m.sent.astimezone(dt.timezone(dt.timedelta(hours=off)))

def build(c):
    m = M[c["m"]]
    client = c["client"]
    label, cte, want_html, xh, idstyle, pref = CLIENT[client]
    t = T(c["date"], c["off"])
    frm = c["sender"]
    frm_addr = addr(frm)
    hdr_lines, qp = quote_block(client, m, local_recap_time(m, c["off"]))
    recap_lines = m.text().split("\n")
    if c["inline"]:
        # inline answers: c["inline"] = {row_no: text}
        out = []
        for ln in recap_lines:
            out.append(ln)
            mm = re.match(r"\| (\d+) \|", ln)
            if mm and int(mm.group(1)) in c["inline"]:
                out += ["", c["inline"][int(mm.group(1))], ""]
                continue
        quoted = [(qp + ln if (ln and not (re.match(r"\| \d+ \|", ln) is None and ln in sum([[v] for v in c["inline"].values()], []))) else ln)
                  for ln in out]
        quoted = []
        inl = set(c["inline"].values())
        for ln in out:
            quoted.append(ln if ln in inl else (qp + ln).rstrip() if ln else qp.rstrip())
    else:
        quoted = [(qp + ln).rstrip() if ln else qp.rstrip() for ln in recap_lines]
    body = c["body"].rstrip("\n")
    sig = c["sig"]
    if c["kind"] == "auto":
        text = body + "\n"
    elif client == "thunderbird_bottom":
        text = "\n".join(hdr_lines + quoted) + "\n\n" + body + ("\n\n-- \n" + sig if sig else "") + "\n"
    elif client == "mailmaster":
        text = body + "\n" + "\n".join(hdr_lines + quoted) + "\n"
    else:
        b = body + ("\n\n" + sig if sig else "")
        if client == "gmail_zh" and c.get("kind") == "reply" and c["slug"].endswith("attribution-line"):
            text = b + "\n".join(hdr_lines[1:] + quoted) + "\n"   # typed on the attribution line
        else:
            text = b + "\n" + "\n".join(hdr_lines + quoted) + "\n"
    # html
    e = html.escape
    new_html = "".join("<div>%s</div>" % (e(x) if x else "<br>") for x in (body + ("\n\n" + sig if sig else "")).split("\n"))
    hdr_html = "".join("<div>%s</div>" % (e(x) if x else "<br>") for x in hdr_lines)
    if c["inline"]:
        quote_html = "<blockquote>" + "".join("<div>%s</div>" % e(x) for x in quoted) + "</blockquote>"
    else:
        quote_html = '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + m.html() + "</blockquote>" if qp else hdr_html and ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + hdr_html + "</div>" + m.html())
    if qp:
        full_html = new_html + hdr_html + quote_html
    else:
        full_html = new_html + quote_html
    if c["kind"] == "auto":
        full_html = new_html
    if client == "thunderbird_bottom":
        full_html = hdr_html + quote_html + new_html
    real_label = label
    lab = "utf-8" if label.startswith(("utf-8-noquote", "iso-2022-jp-utf8")) else label
    if not can(text, lab) or not can(full_html, lab):
        real_label = "utf-8" if label in ("GB2312", "gb2312", "big5", "GBK") else label
    if real_label == "GB2312" and not can(text, "gb2312-strict"if False else "gb2312"):
        real_label = "GBK"
    if label == "iso-2022-jp-utf8":
        real_label = "utf-8"
    htmldoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>'
               % ("utf-8" if real_label.startswith("utf-8") else real_label, full_html))
    ptxt = leaf("text/plain", text, real_label, cte)
    if want_html:
        top = Message()
        top["Content-Type"] = 'multipart/alternative;\n boundary="%s"' % ("----=_Part_%s" % hx(c["slug"], 16))
        top.set_payload([ptxt, leaf("text/html", htmldoc, real_label, cte if cte != "8bit" else "base64")])
        top.preamble = "This is a multi-part message in MIME format." if idstyle in ("tencent", "foxmail", "outlook") else None
        top.epilogue = ""
        body_part = top
    else:
        body_part = ptxt
    hl = "utf-8" if real_label.startswith("utf-8") else ("gb18030" if real_label.lower() in ("gb18030", "gbk", "gb2312") and not can(frm, real_label) else real_label)
    hl = hl.upper() if idstyle in ("foxmail", "coremail", "netease") else hl
    subj_txt = pref + "Re: " + m.subject if not pref.startswith("Re") else "Re: " + m.subject
    if pref in ("RE: ", "AW: ", "ODP: ", "答复: ", "回覆: ", "回复: ", "回复："):
        subj_txt = pref + "Re: " + m.subject
    if pref == "Re:":
        subj_txt = "Re:Re: " + m.subject
    msgid = msgid_for(idstyle, c["slug"], t, frm_addr)
    cc = [m.organizer] if m.organizer != frm else []
    headers = [("Return-Path", "<%s>" % frm_addr), ("Delivered-To", BOT_ADDR.replace("@", "+%s@" % m.token)),
               ("Received", "from mx.%s (mx.%s [10.20.1.5])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                   DOM, DOM, DOM, hx(c["slug"] + "q", 11).upper(), m.reply_to, rfc_date(t)))]
    if c["kind"] == "auto":
        headers += c["extra"]
    headers += [("From", haddr(frm, frm_addr, hl)),
                ("To", haddr(BOT_NAME, m.reply_to, hl))]
    if cc:
        headers.append(("Cc", haddr(cc[0], addr(cc[0]), hl)))
    headers += [("Subject", htext(subj_txt if c["kind"] != "auto" else c["extra_subject"], hl)),
                ("Date", rfc_date(t)), ("Message-ID", msgid), ("In-Reply-To", m.msgid),
                ("References", "%s\n %s" % (m.minutes_id, m.msgid))]
    for k, v in xh:
        if v is None:
            if k == "Thread-Index":
                v = base64.b64encode(hashlib.sha256((m.key + c["slug"]).encode()).digest()[:27]).decode()
            elif k == "Thread-Topic":
                v = htext(m.subject, "utf-8")
            elif k == "X-GUID":
                v = "%s-%s-%s" % (hx(c["slug"], 8).upper(), hx(c["slug"] + "g", 4).upper(), hx(c["slug"] + "h", 12).upper())
            elif k == "X-Lms-Return-Path":
                v = "<lba+2%s@%s>" % (hx(c["slug"], 20), DOM)
        headers.append((k, v))
    if c["kind"] != "auto":
        headers += list(c["extra"])
    msg = Message()
    for k, v in headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_part.items():
        msg[k] = v
    msg._payload = body_part._payload
    msg.preamble, msg.epilogue = getattr(body_part, "preamble", None), getattr(body_part, "epilogue", None)
    return serialize(msg)

def calc(c):
    """Recompute the gold new_due_date from the reply's own Date (Asia/Shanghai)."""
    spec = c["calc"]
    if spec is None:
        return None
    sent = T(c["date"], c["off"]).astimezone(TZ8).date()
    kind = spec[0]
    if kind == "md":
        return D(sent.year, spec[1], spec[2])
    if kind == "day":            # 'the 21st' / '12号': this month, next month if already past
        d = D(sent.year, sent.month, spec[1])
        return d if d >= sent else D(sent.year + (sent.month == 12), sent.month % 12 + 1, spec[1])
    if kind == "next_week":
        return next_week_weekday(sent, spec[1])
    if kind == "weekday":
        return this_or_next_weekday(sent, spec[1])
    if kind == "due_plus_days":  # 'two more days' on item N: N's recap due + n calendar days (all working days here)
        d = M[c["m"]].due(spec[2]) + dt.timedelta(days=spec[1])
        assert all(is_workday(M[c["m"]].due(spec[2]) + dt.timedelta(days=k)) for k in range(1, spec[1] + 1))
        return d
    if kind == "workdays_after_due":
        return add_workdays(M[c["m"]].due(spec[2]), spec[1])
    raise KeyError(kind)

def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0] if args else Path(__file__).parent)
    errors = 0
    for c in CASES:
        g = c["gold"]
        if g["reply"] and g["reply"]["new_due_date"]:
            got = calc(c)
            if got is None or got.isoformat() != g["reply"]["new_due_date"]:
                print("MISMATCH %s: gold %s computed %s" % (c["n"], g["reply"]["new_due_date"], got)); errors += 1
            elif not is_workday(got):
                print("NOTE %s: new due %s is not a working day" % (c["n"], got))
        elif c["calc"] is not None:
            print("MISMATCH %s: calc given but gold has no date" % c["n"]); errors += 1
        for it in (g["reply"] or {}).get("items", []):
            if it > len(M[c["m"]].rows):
                print("BAD ITEM", c["n"]); errors += 1
        if check:
            continue
        name = "%d-%s" % (c["n"], c["slug"])
        (out / (name + ".eml")).write_bytes(build(c))
        (out / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not check:
        with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["name", "email", "department", "manager_email", "aliases"])
            for n, *_ in ROSTER:
                p = P[n]; w.writerow([n, p["email"], p["department"], p["manager_email"], p["aliases"]])
    print("%s: %d cases, %d errors" % ("check" if check else "wrote", len(CASES), errors))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
