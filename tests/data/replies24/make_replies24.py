#!/usr/bin/env python3
"""Blind held-out reply set `replies24` for minutebot (cases 4901-...).

    /work/blind/venv/bin/python make_replies24.py [OUTDIR]     # write .eml/.json pairs, roster.csv
    /work/blind/venv/bin/python make_replies24.py --check [DIR] # re-check every gold date + schema + MIME

Deterministic: no clock, no randomness. Every gold new_due_date is computed with `chinesecalendar` from the
reply's own Date header converted to Asia/Shanghai, and compared with the hand-written gold value.
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
UTC = dt.timezone.utc
D = dt.date
WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60,
                                                      mins % 60)


# ---------------------------------------------------------------- calendar (chinesecalendar)
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


def month_day(sent, m, d):
    """'10月13号' / 'the 21st' (month implied): this year; rolls to next year only if long past."""
    c = D(sent.year, m, d)
    return c


CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1",
         "windows-1252": "cp1252", "iso-8859-2": "iso-8859-2", "koi8-r": "koi8-r"}


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


def esc(s):
    return html.escape(s, quote=False)


def sh(t):
    return t.astimezone(TZ8)


def ts(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


# ---------------------------------------------------------------- organisations and people
DOM = "minyue.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
HEAD = "__head__"
# name, email, department, manager (name or HEAD), aliases
ROSTER = [
    ("蔡志强", "caizhiqiang@" + DOM, "外贸部", HEAD, "蔡总;Cai Zhiqiang;Jason Cai;Jason"),
    ("林晓东", "linxiaodong@" + DOM, "外贸部", "蔡志强", "Lin Xiaodong;Leo Lin;Leo;晓东"),
    ("陈静", "chenjing@" + DOM, "外贸部", "蔡志强", "Chen Jing;Jenny Chen;Jenny;静静"),
    ("黄志鹏", "huangzhipeng@" + DOM, "外贸部", "蔡志强", "Huang Zhipeng;Peter Huang;阿鹏"),
    ("王丽娟", "wanglijuan@" + DOM, "外贸部", "蔡志强", "Wang Lijuan;Linda Wang;Linda;丽娟"),
    ("许伟", "xuwei@" + DOM, "生产部", HEAD, "许厂长;Xu Wei;许总"),
    ("郑海燕", "zhenghaiyan@" + DOM, "生产部", "许伟", "Zheng Haiyan;海燕;郑主管"),
    ("吴俊杰", "wujunjie@" + DOM, "生产部", "许伟", "Wu Junjie;阿杰;吴工"),
    ("施美玲", "shimeiling@" + DOM, "品质部", HEAD, "施经理;Shi Meiling;Meiling Shi"),
    ("洪小兵", "hongxiaobing@" + DOM, "品质部", "施美玲", "Hong Xiaobing;小洪"),
    ("苏雅琴", "suyaqin@" + DOM, "采购部", HEAD, "苏经理;Su Yaqin;Grace Su"),
    ("庄建国", "zhuangjianguo@" + DOM, "采购部", "苏雅琴", "Zhuang Jianguo;老庄"),
    ("李婉婷", "liwanting@" + DOM, "设计开发部", HEAD, "李总监;Li Wanting;Tina Li"),
    ("傅明", "fuming@" + DOM, "设计开发部", "李婉婷", "Fu Ming;小傅"),
    ("郭志远", "guozhiyuan@" + DOM, "船务部", HEAD, "郭经理;Guo Zhiyuan;Kevin Guo"),
    ("颜秀珍", "yanxiuzhen@" + DOM, "财务部", HEAD, "颜经理;Yan Xiuzhen"),
    # external partners (department = their company, no manager)
    ("沈国平", "shenguoping@yuefeng-textile.example.cn", "越丰纺织(绍兴)", "", "沈总;Shen Guoping"),
    ("钱芳", "yf_qianfang@126.example.com", "越丰纺织(绍兴)", "", "Qian Fang;钱小姐"),
    ("刘强", "ricky.liu@shtd-logistics.example.com", "深港通达国际货运(深圳)", "", "Ricky Liu;Ricky;刘生"),
    ("叶文静", "wenjing.ye@sgs-xm.example.com", "SGS厦门实验室", "", "Ye Wenjing;叶工;Wendy Ye"),
    ("陳家豪", "kelvin.chan@hengcheong-sourcing.example.hk", "恒昌採購代理(香港)", "", "陈家豪;Kelvin Chan;Kelvin;豪哥"),
    ("박민수", "minsu.park@daesung-sole.example.kr", "Daesung Sole (Busan)", "", "Park Minsu;Minsu Park;朴敏洙"),
    ("Javier Morales", "javier.morales@deportesiberia.example.es", "Deportes Iberia S.L.", "", "Javier"),
    ("Dmitry Ivanov", "d.ivanov@sportline.example.ru", "SportLine LLC", "", "Дмитрий Иванов;Dmitry"),
    ("Chinedu Okafor", "chinedu@lagosfootwear.example.ng", "Lagos Footwear Ltd", "", "Chinedu;Mr Okafor"),
    ("Valentina Rojas", "vrojas@andesport.example.cl", "AndeSport SpA", "", "Valentina"),
    ("Tan Wei Ming", "weiming.tan@stridesports.example.my", "Stride Sports Sdn Bhd", "", "Wei Ming;陈伟明"),
    ("Sophie Tremblay", "s.tremblay@sportnordique.example.ca", "Boutique Sport Nordique", "", "Sophie"),
    ("Lukas Becker", "lukas.becker@becker-qa.example.de", "Becker QA Consulting", "", "Lukas;Herr Becker"),
    ("Sanne de Vries", "sanne.devries@maasport-logistics.example.nl", "MaasPort Logistics", "", "Sanne"),
    ("Piotr Kowalski", "p.kowalski@vistula-cargo.example.pl", "Vistula Cargo", "", "Piotr"),
    ("Nguyễn Thị Lan", "lan.nguyen@binhduong-footwear.example.vn", "Binh Duong Footwear", "", "Ms Lan;Lan Nguyen"),
    ("佐藤健", "k.sato@kansai-fastener.example.jp", "Kansai Fastener", "", "Sato Ken;Ken Sato;佐藤"),
]
P = {r[0]: r for r in ROSTER}


def who(name):
    if isinstance(name, tuple):
        return name
    if name == BOT[0]:
        return BOT
    return (name, P[name][1])


# ---------------------------------------------------------------- meetings the bot recapped
class Meeting:
    def __init__(self, key, subject, organizer, minutes_t, recap_min, rows, others, lang="zh"):
        self.key, self.subject, self.organizer, self.lang = key, subject, organizer, lang
        self.minutes_t = minutes_t
        self.t = minutes_t + dt.timedelta(minutes=recap_min, seconds=21)
        self.rows = rows  # (task, owner, due)
        owners = [o for _, o, _ in rows]
        self.to = [who(organizer)] + [who(o) for o in dict.fromkeys(owners) if o != organizer]
        self.cc = [who(o) for o in others if o not in owners and o != organizer]
        self.minutes_id = "<%s.%s@%s>" % (minutes_t.strftime("%Y%m%d%H%M%S"), hx("min" + key, 10), DOM)
        self.msgid = "<r.%s.%s@%s>" % (self.t.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.recap_subject = "Re: " + subject
        self.cutoff = "%s 18:00" % self.t.date().isoformat()
        self.text, self.html = self.render()

    def owner_items(self, name):
        return [n for n, (_, o, _) in enumerate(self.rows, 1) if o == name]

    def render(self):
        if self.lang == "en":
            head = ["Hello all,", "", "Minutes Assistant has recorded the following action items:"]
            tbl = [["#", "Action item", "Owner", "Due"]]
            tail = ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % self.cutoff,
                    'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                    '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
        else:
            head = ["各位好：", "", "纪要助手已登记本次会议的待办事项："]
            tbl = [["序号", "事项", "负责人", "截止时间"]]
            tail = ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff,
                    "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                    "—— 纪要助手（系统自动发送，请勿修改主题）"]
        for n, (task, o, due) in enumerate(self.rows, 1):
            tbl.append([str(n), task, o, due])
        self.table_lines = ["| " + " | ".join(r) + " |" for r in tbl]
        text = "\n".join(head + self.table_lines + tail) + "\n"
        h = "\n".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in head)
        h += '\n<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">'
        for i, r in enumerate(tbl):
            tag = "th" if i == 0 else "td"
            h += "\n<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>"
        h += "\n</table>\n" + "\n".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in tail)
        return text, h


M = {}


def meeting(*a, **k):
    m = Meeting(*a, **k)
    M[m.key] = m
    return m


meeting("M1", "外贸部周例会纪要 2025-09-22", "蔡志强", ts("2025-09-22 10:58:04"), 7, [
    ("向Deportes Iberia寄送2026春夏样鞋（12双）", "林晓东", "2025-09-26"),
    ("更新俄罗斯SportLine订单PI及报关资料", "陈静", "2025-09-25"),
    ("审核尼日利亚客户信用证条款", "黄志鹏", "2025-09-24"),
    ("智利订单唛头及西语吊牌确认", "王丽娟", "2025-09-26"),
    ("加拿大订单CCPSA检测资料汇总", "王丽娟", "2025-09-29"),
    ("马来西亚经销商年底备货预测", "Tan Wei Ming", "2025-09-30"),
], ["颜秀珍", "Dmitry Ivanov"])
meeting("M2", "面料开发及交期协调会纪要（越丰纺织）", "苏雅琴", ts("2025-09-23 16:55:40"), 8, [
    ("速干网布A款大货色卡确认", "沈国平", "2025-09-25"),
    ("面料缩水率及色牢度送SGS检测", "洪小兵", "2025-09-26"),
    ("越丰纺织10月排产计划回传", "钱芳", "2025-09-24"),
    ("面料到厂时间表更新", "庄建国", "2025-09-26"),
], ["许伟"])
meeting("M3", "大底供应及鞋面开发沟通会纪要", "李婉婷", ts("2025-09-24 15:59:10"), 6, [
    ("RB-2611大底开模样品寄出", "박민수", "2025-09-30"),
    ("大底硬度及耐磨测试报告", "박민수", "2025-10-10"),
    ("鞋面3D样确认", "傅明", "2025-09-26"),
    ("大底进口报关预归类", "郭志远", "2025-09-29"),
], ["施美玲"])
meeting("M4", "SGS检测安排沟通纪要 2025-09-25", "施美玲", ts("2025-09-25 10:57:12"), 8, [
    ("出具童鞋物理性能检测报告", "叶文静", "2025-09-30"),
    ("补寄检测样品（每款3双）", "洪小兵", "2025-09-26"),
    ("REACH SVHC检测报价", "叶文静", "2025-09-26"),
    ("欧盟客户检测标准清单确认", "Lukas Becker", "2025-09-29"),
], ["林晓东"])
meeting("M5", "国庆节前出货协调会纪要", "郭志远", ts("2025-09-26 10:58:30"), 7, [
    ("西班牙柜订舱（40HQ，厦门→巴伦西亚）", "刘强", "2025-09-28"),
    ("俄罗斯订单铁路运输方案报价", "刘强", "2025-09-30"),
    ("鹿特丹中转仓预约", "Sanne de Vries", "2025-09-30"),
    ("出货前尾期检验", "洪小兵", "2025-09-29"),
    ("华沙仓清关文件确认", "Piotr Kowalski", "2025-09-30"),
    ("拉各斯到港清关文件准备", "Chinedu Okafor", "2025-10-09"),
], ["蔡志强", "陈静"])
meeting("M6", "香港采购代理周会纪要 2025-09-29", "蔡志强", ts("2025-09-29 10:57:50"), 8, [
    ("日本拉链供应商报价汇总", "陳家豪", "2025-09-30"),
    ("替代拉链样品寄出", "佐藤健", "2025-10-10"),
    ("越南代工厂产能确认", "Nguyễn Thị Lan", "2025-10-10"),
    ("香港展会样品清单", "陳家豪", "2025-10-09"),
], ["苏雅琴"])
meeting("M7", "10月生产排期会纪要", "许伟", ts("2025-10-09 15:58:02"), 7, [
    ("2026春夏首批大货投产", "郑海燕", "2025-10-15"),
    ("成型二号线设备检修", "吴俊杰", "2025-10-11"),
    ("加拿大订单包装方案", "王丽娟", "2025-10-14"),
    ("越南代工厂外发订单对接", "吴俊杰", "2025-10-17"),
    ("车间5S整改", "郑海燕", "2025-10-17"),
], ["施美玲"])
meeting("M8", "Minutes: LatAm & Canada customer call (Oct 13)", "林晓东", ts("2025-10-13 16:58:45"), 6, [
    ("Send revised FOB Xiamen price list for Chile", "林晓东", "2025-10-15"),
    ("Confirm Spanish hangtag artwork", "Valentina Rojas", "2025-10-16"),
    ("Provide Quebec French labelling text", "Sophie Tremblay", "2025-10-17"),
    ("Share Q1 2026 order forecast", "Javier Morales", "2025-10-20"),
    ("Book photo-shoot samples", "黄志鹏", "2025-10-17"),
], ["蔡志强"], lang="en")


# ---------------------------------------------------------------- quote styles (what each client writes above the quoted recap)
def loc(t, off):
    return t.astimezone(dt.timezone(dt.timedelta(hours=off)))


def ampm_zh(t, sep=""):
    h = t.hour
    return "%s%s%d:%02d" % ("上午" if h < 12 else "下午", sep, h if h <= 12 else h - 12, t.minute)


def gt(lines_text):
    return "".join("> " + l + "\n" if l else ">\n" for l in lines_text.rstrip("\n").split("\n"))


def wrap76(line):
    """Gmail hard-wraps long plain-text lines (attribution lines with long addresses end up on two lines)."""
    out = []
    while len(line) > 76:
        cut = line.rfind(" ", 0, 76)
        if cut <= 0:
            break
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return "\n".join(out)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
          "december"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAY3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
KO_DAYS = "월화수목금토일"
JA_DAYS = "月火水木金土日"

OUTLOOK_LABELS = {
    "zh-CN": ("发件人", "发送时间", "收件人", "抄送", "主题", ": "),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "副本", "主旨", ": "),
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat", ": "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", ": "),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名", ": "),
}


def outlook_when(t, lang):
    if lang == "zh-CN":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s" % (t.year, t.month, t.day, ampm_zh(t, " "))
    if lang == "en":
        h12 = t.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year,
                                            h12, t.minute, "AM" if t.hour < 12 else "PM")
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[t.weekday()], t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour,
                                            t.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (NL_DAYS[t.weekday()], t.day, NL_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (PL_DAYS[t.weekday()], t.day, PL_MON_GEN[t.month - 1], t.year, t.hour,
                                           t.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (ES_DAYS[t.weekday()], t.day, ES_MON[t.month - 1], t.year, t.hour,
                                               t.minute)
    if lang == "ko":
        h = t.hour
        return "%d년 %d월 %d일 %s요일 %s %d:%02d" % (t.year, t.month, t.day, KO_DAYS[t.weekday()],
                                               "오전" if h < 12 else "오후", h % 12 or 12, t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    raise ValueError(lang)


def q_outlook(m, lang="zh-CN", off=8, owa=False, mobile=False):
    """Outlook desktop / OWA / Outlook mobile header block (no '>' prefix), labels in the client's UI language."""
    f, s, to_l, cc_l, subj, colon = OUTLOOK_LABELS[lang]
    t = loc(m.t, off)
    when = outlook_when(t, lang)
    if mobile:
        when = "%s, %s %d, %d %d:%02d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year,
                                                 t.hour % 12 or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM")
    tos = "; ".join("%s <%s>" % x for x in [BOT] + m.to)  # the recap went to organizer/owners; show the list
    tos = "; ".join("%s <%s>" % x for x in m.to)
    ccs = "; ".join("%s <%s>" % x for x in m.cc)
    rows = [(f, "%s <%s>" % (m.reply_to[0], BOT[1])), (s, when), (to_l, tos)] + ([(cc_l, ccs)] if ccs else []) + \
        [(subj, m.recap_subject)]
    text = "\n" + ("________________________________\n" if (owa or mobile) else "") + \
        "".join("%s%s%s\n" % (k, colon, v) for k, v in rows) + "\n" + m.text
    hdr = "<br>\n".join("<b>%s%s</b>%s" % (esc(k), esc(colon.rstrip()), esc(" " + v)) for k, v in rows)
    if owa or mobile:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
             'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hdr +
             '</font><div>&nbsp;</div></div>' + m.html)
    else:
        h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             + hdr + '<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + m.html)
    return text, h


def q_outlook_mac_zh(m):
    t = m.t
    when = "%d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    rows = [("发件人", "%s <%s>" % (m.reply_to[0], BOT[1])), ("日期", when),
            ("收件人", ", ".join("%s <%s>" % x for x in m.to))] + \
        ([("抄送", ", ".join("%s <%s>" % x for x in m.cc))] if m.cc else []) + [("主题", m.recap_subject)]
    text = "\n\n" + "".join("%s: %s\n" % r for r in rows) + "\n" + m.text
    h = ('<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
         'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt">' +
         "<br>".join("<b>%s: </b>%s" % (esc(k), esc(v)) for k, v in rows) + "</p></div>" + m.html + "</div>")
    return text, h


def q_gmail(m, lang="zh", off=8, wrap=True):
    t = loc(m.t, off)
    n, a = m.reply_to[0], BOT[1]
    if lang == "zh":
        attr = "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (n, a, t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()],
                                                       t.hour, t.minute)
    elif lang == "en":
        attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day,
                                                              t.year, t.hour % 12 or 12, t.minute,
                                                              "AM" if t.hour < 12 else "PM", n, a)
    elif lang == "es":
        attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_DAY3[t.weekday()], t.day, ES_MON3[t.month - 1],
                                                                   t.year, t.hour, t.minute, n, a)
    elif lang == "vi":
        attr = "Vào %s, %d thg %d, %d vào lúc %d:%02d %s <%s> đã viết:" % (
            "CN" if t.weekday() == 6 else "Th %d" % (t.weekday() + 2), t.day, t.month, t.year, t.hour, t.minute, n, a)
    elif lang == "ko":
        attr = "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, KO_DAYS[t.weekday()],
                                                             "오전" if t.hour < 12 else "오후", t.hour % 12 or 12,
                                                             t.minute, n, a)
    else:
        raise ValueError(lang)
    text = "\n\n" + (wrap76(attr) if wrap else attr) + "\n\n" + gt(m.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote '
         'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         '%s</blockquote></div>' % (esc(attr).replace(esc("<%s>" % a), '&lt;<a href="mailto:%s">%s</a>&gt;' % (a, a)),
                                    m.html))
    return text, h, attr


def q_apple(m, lang="zh", off=8, ios=True):
    t = loc(m.t, off)
    n, a = m.reply_to[0], BOT[1]
    if lang == "zh":
        attr = ("在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" if ios else "%d年%d月%d日 %d:%02d，%s <%s> 写道：") % (
            t.year, t.month, t.day, t.hour, t.minute, n, a)
    else:
        attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, t.hour, t.minute,
                                                            n, a)
    text = "\n\n> " + attr + "\n>\n" + gt(m.text)
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
         '%s</div></blockquote>' % (esc(attr), m.html))
    return text, h


def q_qq(m):
    t = m.t
    when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], ampm_zh(t))
    tos = "".join('"%s"<%s>;' % x for x in m.to)
    ccs = "".join('"%s"<%s>;' % x for x in m.cc)
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            % (m.reply_to[0], BOT[1], when, tos) + ("抄送: %s\n" % ccs if ccs else "") + "主题: %s\n\n\n\n"
            % m.recap_subject + m.text)
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div>%s<div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(m.reply_to[0]), BOT[1], when, esc(tos), ("<div><b>抄送:</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "",
            esc(m.recap_subject), m.html))
    return text, h


def q_foxmail(m):
    t = m.t
    tos = "; ".join(x[0] for x in m.to)
    ccs = "; ".join(x[0] for x in m.cc)
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (m.reply_to[0], t.strftime("%Y-%m-%d %H:%M"), tos)
            + ("抄送： %s\n" % ccs if ccs else "") + "主题： %s\n" % m.recap_subject + m.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div>%s<div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div></blockquote>'
         % (BOT[1], esc(m.reply_to[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos),
            ("<div><b>抄送：</b>&nbsp;%s</div>" % esc(ccs)) if ccs else "", esc(m.recap_subject), m.html))
    return text, h


def q_coremail(m):
    t = m.t
    tos = ", ".join('"%s" <%s>' % x for x in m.to)
    ccs = ", ".join('"%s" <%s>' % x for x in m.cc)
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WEEKDAY_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
            % (m.reply_to[0], BOT[1], when, tos, ccs, m.recap_subject) + m.text)
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(m.reply_to[0]), BOT[1], when, esc(tos), esc(ccs), esc(m.recap_subject), m.html))
    return text, h


def q_mailmaster(m):
    t = m.t
    tos = ", ".join("%s<%s>" % x for x in m.to)
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
            % (m.reply_to[0], BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, m.recap_subject) + m.text)
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div><div '
         'style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" border="0">'
         '<tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td valign="top" '
         'style="font-size: 13px; color: #000000">%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; '
         'font-size: 12px; color: #a0a0a2;">日期</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em;'
         ' font-size: 12px; color: #a0a0a2;">收件人</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: '
         '4em; font-size: 12px; color: #a0a0a2;">主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
         % (esc(m.reply_to[0]), BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_netease_web(m):
    """163/126 webmail: '在 2025-09-23 17:04:01，"纪要助手" <addr> 写道：' + blockquote id=isReplyContent."""
    attr = '在 %s，"%s" <%s> 写道：' % (m.t.strftime("%Y-%m-%d %H:%M:%S"), m.reply_to[0], BOT[1])
    text = "\n\n\n\n\n\n\n\n" + attr + "\n" + gt(m.text)
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>' + esc(attr) +
         '<br> <blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px '
         'solid">' + m.html + '</blockquote>')
    return text, h


def q_alimail(m):
    """Alibaba Mail (钉钉邮箱): dashed rule, full-width colons, '抄　送' / '主　题' padded with an ideographic space."""
    t = m.t
    rows = [("发件人", "%s <%s>" % (m.reply_to[0], BOT[1])),
            ("发送时间", "%d年%d月%d日(星期%s) %d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour,
                                                  t.minute)),
            ("收件人", "".join("%s<%s>; " % x for x in m.to).strip())] + \
        ([("抄　送", "".join("%s<%s>; " % x for x in m.cc).strip())] if m.cc else []) + [("主　题", m.recap_subject)]
    text = "\n\n" + "-" * 66 + "\n" + "".join("%s：%s\n" % r for r in rows) + "\n" + m.text
    h = ('<div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0"><div><div class="alimail-quote">'
         '<div style="clear:both;">' + "-" * 66 + '</div>' +
         "".join('<div style="clear:both;"><b>%s：</b>%s</div>' % (esc(k), esc(v)) for k, v in rows) +
         '<div style="clear:both;"><br></div>' + m.html + '</div></div></blockquote>')
    return text, h


def q_feishu(m):
    """Feishu/Lark Mail (zh UI): '---- 原始邮件 ----' rule and a 发件人/日期/主题/收件人 block."""
    t = m.t
    rows = [("发件人", "%s<%s>" % (m.reply_to[0], BOT[1])),
            ("日期", "%d年%d月%d日 周%s %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)),
            ("主题", m.recap_subject), ("收件人", ", ".join("%s<%s>" % x for x in m.to))] + \
        ([("抄送", ", ".join("%s<%s>" % x for x in m.cc))] if m.cc else [])
    text = "\n\n---- 原始邮件 ----\n" + "".join("%s: %s\n" % r for r in rows) + "\n" + m.text
    h = ('<div class="history-quote-wrapper"><div style="margin:20px 0 12px;color:#8f959e">---- 原始邮件 ----</div>'
         '<div class="adit-html-block">' + "".join("<div><b>%s: </b>%s</div>" % (esc(k), esc(v)) for k, v in rows) +
         '</div><blockquote style="border-left:2px solid #bbbfc4;padding-left:8px;margin:0">' + m.html +
         '</blockquote></div>')
    return text, h


def q_thunderbird(m, lang="zh", off=8):
    t = loc(m.t, off)
    if lang == "zh":
        attr = "在 %s, %s 写道:" % (t.strftime("%Y/%m/%d %H:%M"), m.reply_to[0])
    elif lang == "de":
        attr = "Am %s um %s schrieb %s:" % (t.strftime("%d.%m.%y"), t.strftime("%H:%M"), m.reply_to[0])
    else:
        attr = "On %s, %s wrote:" % (t.strftime("%d/%m/%Y %H:%M"), m.reply_to[0])
    return attr + "\n" + gt(m.text), attr


def q_yandex(m, off=3):
    t = loc(m.t, off)
    attr = '%s, "%s" <%s>:' % (t.strftime("%d.%m.%Y, %H:%M"), m.reply_to[0], BOT[1])
    return attr + "\n" + gt(m.text), attr


# ---------------------------------------------------------------- mail clients (header shapes, charsets, encodings)
def _thr(m):
    return m.msgid, [m.minutes_id, m.msgid]


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hashlib.sha256(seed.encode()).digest()[:20] +
                            hashlib.sha256(("c" + seed).encode()).digest()[:5]).decode()


def html_lines(lines, tag="div"):
    return "".join("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag) for l in lines)


def outlook_html(inner, cs, lang="zh-CN"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:等线;}\n'
            '--></style></head><body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>%s</div></body></html>\n' % (cs, lang.upper().replace("ZH-CN", "ZH-CN"), inner))


def o_paras(lines):
    return "".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in lines)


def build(client, frm, to, cc, subject, t, text, html_doc, seed, m, cs=None, attachments=(), extra=(), lang="zh-CN"):
    """Return (headers list, body Message) for the given client profile."""
    fn, fe = who(frm)
    irt, refs = _thr(m)
    dom = fe.split("@")[1]
    if client in ("outlook", "owa", "outlook_mobile"):
        cs = cs or "utf-8"
        if client == "outlook":
            stamp = hx(seed, 12).upper()
            b = "----=_NextPart_000_%04X_01DC%s.%s" % (int(hx(seed, 4), 16) % 4096, stamp[:4], stamp[4:])
            body = multi("alternative", [leaf("text/plain", text, cs, "base64" if cs != "utf-8" else
                                              "quoted-printable", crlf=True),
                                         leaf("text/html", html_doc, cs, "base64" if cs != "utf-8" else
                                              "quoted-printable", crlf=True)], b)
            body.preamble = "This is a multipart message in MIME format."
            if attachments:
                body = multi("mixed", [body] + list(attachments), b.replace("_000_", "_001_"))
                body.preamble = "This is a multipart message in MIME format."
            h = [("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
            if cc:
                h.append(("Cc", haddrs(cc, cs, "B")))
            h += [("References", "\n ".join(refs)), ("In-Reply-To", irt), ("Subject", htext(subject, cs, "B")),
                  ("Date", rfc_date(t)),
                  ("Message-ID", "<00%s01dc%s$%s$%s$@%s>" % (hx(seed, 2), hx(seed, 4), hx(seed + "a", 8),
                                                            hx(seed + "b", 8), dom)),
                  ("MIME-Version", "1.0")]
            tail = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
                    ("Content-Language", lang.lower())]
            return h, body, tail
        mid = "%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 24).upper())
        srv = {"zh-CN": "SEZPR06MB", "en": "SG2PR04MB", "fr": "YT3PR01MB", "ko": "SL2P216MB", "ja": "TYCPR01MB",
               "es": "PAXPR08MB", "zh-TW": "TYZPR03MB", "de": "FR2P281MB", "nl": "AM9PR07MB", "pl": "DU0PR10MB"}[lang]
        b = "_000_%s%s_" % (srv, mid)
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", crlf=True),
                                     leaf("text/html", html_doc, "utf-8", "base64", crlf=True)], b)
        if attachments:
            body = multi("mixed", [body] + list(attachments), "_004_%s%s_" % (srv, mid))
        h = [("From", haddr(fn, fe, "utf-8", "B")), ("To", haddrs(to, "utf-8", "B"))]
        if cc:
            h.append(("CC", haddrs(cc, "utf-8", "B")))
        topic = re.sub(r"^((Re|RE|答复|回复|AW|RE|Odp|SV|TR)\s*[:：]\s*)+", "", subject)
        h += [("Subject", htext(subject, "utf-8", "B")), ("Thread-Topic", htext(topic, "utf-8", "B")),
              ("Thread-Index", thread_index(seed)), ("Date", rfc_date(t.astimezone(UTC))),
              ("Message-ID", "<%s%s@%s%s.%s.prod.outlook.com>" % (srv, mid, srv, mid[:4],
                                                                   {"zh-CN": "apcprd06", "en": "apcprd04",
                                                                    "fr": "CANPRD01", "ko": "KORP216",
                                                                    "ja": "jpnprd01", "es": "eurprd08",
                                                                    "zh-TW": "apcprd03", "de": "DEUP281",
                                                                    "nl": "eurprd07", "pl": "EURPRD10"}[lang])),
              ("References", "\n ".join(refs)), ("In-Reply-To", irt),
              ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
              ("MIME-Version", "1.0")]
        return h, body, []
    if client == "foxmail":
        cs = cs or "GBK"
        n = int(hx(seed, 6), 16)
        b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", html_doc, cs, "base64", crlf=True)], b,
                     preamble="This is a multi-part message in MIME format.")
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", True)))
        h += [("Subject", htext(subject, cs, "B")), ("References", "\n ".join(refs)), ("In-Reply-To", irt),
              ("X-Priority", "3"),
              ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "g", 4).upper(),
                                            hx(seed + "h", 4).upper(), hx(seed + "i", 12).upper())),
              ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
              ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, dom))]
        return h, body, []
    if client in ("qq", "wecom"):
        cs = cs or "gb18030"
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")],
                     b, preamble="This is a multi-part message in MIME format.")
        h = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
             ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
             ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "117.28.%d.%d" % (int(hx(seed, 2), 16) % 250,
                                                                                 int(hx(seed, 4)[2:], 16) % 250)),
             ("X-QQ-STYLE", ""), ("X-QQ-mid", "%s%d-0t%dt%s" % ("xmsezb" if client == "wecom" else "xmsmtpt",
                                                                 int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                 hx(seed + "q", 7))),
             ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", True)))
        h += [("Subject", htext(subject, cs, "B")), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
              ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
              ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x" if client == "qq" else "WeCom Mail"),
              ("X-QQ-Mailer", "QQMail 2.x" if client == "qq" else "Exmail"), ("In-Reply-To", irt),
              ("References", "\n ".join(refs))]
        return h, body, []
    if client == "coremail":
        cs = cs or "UTF-8"
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", True)))
        h += [("Subject", htext(subject, cs, "B")), ("In-Reply-To", irt), ("References", "\n ".join(refs)),
              ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
              ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"),
              ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe)),
              ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
              ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-"))]
        return h, body, []
    if client in ("netease_web", "mailmaster"):
        cs = cs or ("GBK" if client == "netease_web" else "UTF-8")
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        alt = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")],
                    b)
        body = alt
        if attachments:
            body = multi("mixed", [alt] + list(attachments), b.replace("Part_", "Part_1_"))
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", True)))
        h += [("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11),
                                                           fe.split("@")[0] + "@126.com"
                                                           if client == "netease_web" else fe)),
              ("In-Reply-To", irt), ("References", "\n ".join(refs)),
              ("Subject", htext(subject, cs, "B")), ("MIME-Version", "1.0")]
        if client == "netease_web":
            h += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"
                                       " Copyright (c) 2002-2025 www.mailtech.cn 126com"),
                  ("X-NTES-SC", "AL_Qu2cAv%s" % hb64(seed + "n", 24)), ("X-Originating-IP", "[120.42.%d.%d]"
                                                                        % (int(hx(seed, 2), 16) % 250, 17))]
        else:
            h += [("X-Priority", "3"), ("X-Mailer", "NetEase Mail Master/7.20.3 (Android 14)"),
                  ("X-NTES-SC", "AL_Qu2cAv%s" % hb64(seed + "n", 24))]
        return h, body, []
    if client in ("gmail", "gmail_mobile"):
        b1 = "000000000000%s" % hx(seed, 14)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
        if attachments:
            body = multi("mixed", [body] + list(attachments), "000000000000%s" % hx(seed + "m", 14))
        h = [("MIME-Version", "1.0"), ("References", "\n ".join(refs)), ("In-Reply-To", irt),
             ("From", haddr(fn, fe, "UTF-8", "B")), ("Date", rfc_date(t)),
             ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(subject, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B")))
        h += [("X-Gm-Features", "AS18NW" + hx(seed + "gm", 30))]
        if client == "gmail_mobile":
            h.insert(4, ("X-Gmail-Original-Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 30)[:40]))
        return h, body, []
    if client in ("iphone", "applemail"):
        b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                           hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if client == "iphone":
            body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                         leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
        else:
            b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                hx(seed + "1", 4).upper(), hx(seed + "2", 4).upper(),
                                                hx(seed + "3", 12).upper())
            body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                         leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
        body.replace_header("Content-Type", ("multipart/alternative; boundary=%s" if client == "iphone" else
                                             'multipart/alternative;\n\tboundary="%s"') % b)
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(), hx(seed + "5", 4).upper(),
                                       hx(seed + "6", 4).upper(), hx(seed + "7", 12).upper(), dom)
        if client == "iphone":
            h = [("From", haddr(fn, fe, "utf-8")), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
                 ("Subject", htext(subject, "utf-8", "B")), ("Message-Id", mid),
                 ("References", " ".join(refs)), ("In-Reply-To", irt)]
            if cc:
                h.append(("Cc", haddrs(cc)))
            h += [("To", haddrs(to)), ("X-Mailer", "iPhone Mail (22G86)")]
        else:
            h = [("From", haddr(fn, fe, "utf-8")), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"),
                 ("Subject", htext(subject, "utf-8", "B")), ("Date", rfc_date(t)),
                 ("References", " ".join(refs)), ("To", haddrs(to))]
            if cc:
                h.append(("Cc", haddrs(cc)))
            h += [("In-Reply-To", irt), ("Message-Id", mid), ("X-Mailer", "Apple Mail (2.3826.700.81)")]
        return h, body, []
    if client in ("thunderbird", "yandex_plain"):
        cs = cs or "UTF-8"
        body = leaf("text/plain", text, cs, "8bit", params=[("format", "flowed")], ct_quote=False)
        if client == "thunderbird":
            h = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                        hx(seed + "3", 4), hx(seed + "4", 12), dom)),
                 ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
                 ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
                 ("To", haddrs(to))]
            if cc:
                h.append(("Cc", haddrs(cc)))
            h += [("References", " ".join(refs)), ("Content-Language", lang), ("From", haddr(fn, fe)),
                  ("In-Reply-To", irt)]
            return h, body, []
        h = [("From", haddr(fn, fe)), ("To", haddrs(to))]
        if cc:
            h.append(("Cc", haddrs(cc)))
        h += [("In-Reply-To", irt), ("References", " ".join(refs)), ("Subject", htext(subject, "UTF-8", "B")),
              ("MIME-Version", "1.0"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("Date", rfc_date(t)),
              ("Message-Id", "<%d%s@mail.yandex.ru>" % (int(hx(seed, 7), 16), hx(seed + "y", 8)))]
        return h, body, []
    if client in ("alimail", "feishu"):
        if client == "alimail":
            b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 6))
            body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                         leaf("text/html", html_doc, "UTF-8", "base64")], b)
            h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
                 ("To", haddrs(to, "UTF-8", "B", True))]
            if cc:
                h.append(("Cc", haddrs(cc, "UTF-8", "B", True)))
            h += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
                  ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 8), dom)),
                  ("Subject", htext(subject, "UTF-8", "B")), ("X-Mailer", "[Alimail-Mailagent revision 3][DingTalk]"),
                  ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", "W4_5420470_" + hb64(seed, 9)),
                  ("In-Reply-To", irt), ("References", "\n ".join(refs))]
            return h, body, []
        b = "%s" % hx(seed, 60)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B")))
        h += [("Subject", htext(subject, "UTF-8", "B")), ("Mime-Version", "1.0"),
              ("Message-Id", "<%s+%s@%s>" % (hx(seed, 20), hx(seed + "f", 8), dom)),
              ("In-Reply-To", irt), ("References", " ".join(refs)), ("X-Lms-Return-Path",
                                                                      "<lba+2%s+%s>" % (hx(seed + "l", 12), fe)),
              ("X-Mailer", "Lark Mail"), ("X-Original-From", haddr(fn, fe, "UTF-8", "B"))]
        return h, body, []
    if client == "outlook_mac":
        b = "B_%d_%d" % (int(hx(seed, 8), 16) % 10 ** 10, int(hx(seed + "b", 8), 16) % 10 ** 10)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                     leaf("text/html", html_doc, "UTF-8", "quoted-printable")], b,
                     preamble="> This message is in MIME format. Since your mail reader does not understand\nthis "
                              "format, some or all of this message may not be legible.")
        h = [("User-Agent", "Microsoft-MacOutlook/16.101.25091314"), ("Date", rfc_date(t)),
             ("Subject", htext(subject, "UTF-8", "B")), ("From", haddr(fn, fe, quote=True)),
             ("To", haddrs(to, "UTF-8", quote=True))]
        if cc:
            h.append(("CC", haddrs(cc, "UTF-8", quote=True)))
        h += [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                hx(seed + "2", 12).upper(), dom)),
              ("Thread-Topic", htext(m.subject, "UTF-8", "B")), ("References", "\n ".join(refs)),
              ("In-Reply-To", irt), ("Mime-version", "1.0")]
        return h, body, []
    raise ValueError(client)


RELAY = {
    "outlook": None, "foxmail": None, "coremail": None, "thunderbird": None,
    "qq": ("out162-62-57-210.mail.qq.com", "162.62.57.210"), "wecom": ("smtpbguseast3.qq.com", "54.243.244.52"),
    "netease_web": ("m16-126.126.com", "220.181.16.126"), "mailmaster": ("m16-163.163.com", "220.181.16.163"),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"), "gmail_mobile": ("mail-sor-f65.google.com", "209.85.220.65"),
    "iphone": ("p-east2-cluster3-host5-snip4-10.eps.apple.com", "57.103.77.11"),
    "applemail": None,
    "alimail": ("out30-98.freemail.mail.aliyun.com", "115.124.30.98"),
    "feishu": ("va-1-112.ptr.blmpb.com", "209.127.231.112"),
    "yandex_plain": ("forward501b.mail.yandex.net", "178.154.239.145"),
}


def deliver(client, lang, sender, t, seed):
    dom = sender.split("@")[1]
    if client in ("owa", "outlook_mobile"):
        host, ip = "mail-%s.outbound.protection.outlook.com" % hx(seed, 6), "40.107.%d.%d" % (
            int(hx(seed, 2), 16) % 250, int(hx(seed + "i", 2), 16) % 250)
    elif dom == DOM and client in ("qq", "wecom", "alimail", "feishu"):
        # Minyue's domain is hosted on Tencent Exmail (企业微信邮箱); staff who read it in the QQ Mail, 钉钉 or 飞书
        # apps (bound as a third-party IMAP/SMTP account) still submit through Exmail's SMTP relay
        host, ip = "smtpbg%d.qq.com" % (150 + int(hx(seed, 2), 16) % 9), "43.155.%d.%d" % (
            60 + int(hx(seed, 2), 16) % 9, 20 + int(hx(seed + "q", 2), 16) % 200)
    elif RELAY.get(client):
        host, ip = RELAY[client]
    elif dom == DOM:
        local = sender.split("@")[0]
        host, ip = "%s-PC" % local.upper(), "10.20.%d.%d" % (1 + int(hx(local, 2), 16) % 6, 20 + int(hx(local, 4)[2:], 16) % 200)
    else:
        host, ip = "mail.%s" % dom, "%d.%d.%d.%d" % (
            60 + int(hx(dom, 2), 16) % 150, int(hx(dom + "b", 2), 16), int(hx(dom + "c", 2), 16), 1 + int(hx(dom, 2), 16) % 250)
    t2 = sh(t) + dt.timedelta(seconds=2 + int(hx(seed, 1), 16) % 5)
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]),
            ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4cX%s\n\tfor <%s>; %s (CST)"
             % (host, host if "." in host else "unknown", ip, DOM, hx(seed, 9).upper(), BOT[1], rfc_date(t2)))]


# ---------------------------------------------------------------- assembling one reply
PREFIX = {"outlook:zh-CN": "答复: ", "owa:zh-CN": "答复: ", "outlook:zh-TW": "回覆: ", "outlook:en": "RE: ",
          "outlook:fr": "RE : ", "outlook:nl": "RE: ", "outlook:pl": "ODP: ", "outlook:es": "RE: ",
          "outlook:ko": "RE: ", "outlook:ja": "RE: ", "outlook_mobile:en": "Re: ", "qq": "回复：", "wecom": "回复：",
          "foxmail": "回复: ", "netease_web": "Re:", "mailmaster": "回复:", "coremail": "Re:", "alimail": "回复：",
          "feishu": "回复：", "iphone:zh": "回复：", "applemail:zh": "回复：", "outlook_mac:zh": "回复: "}


def subject_for(client, lang, m):
    s = m.recap_subject
    p = PREFIX.get("%s:%s" % (client, lang), PREFIX.get(client))
    return (p + s) if p else s


def quote_for(client, lang, m, off):
    if client == "outlook":
        return q_outlook(m, lang, off)
    if client == "owa":
        return q_outlook(m, lang, off, owa=True)
    if client == "outlook_mobile":
        return q_outlook(m, "en", off, mobile=True)
    if client == "outlook_mac":
        return q_outlook_mac_zh(m)
    if client == "foxmail":
        return q_foxmail(m)
    if client in ("qq", "wecom"):
        return q_qq(m)
    if client == "coremail":
        return q_coremail(m)
    if client == "netease_web":
        return q_netease_web(m)
    if client == "mailmaster":
        return q_mailmaster(m)
    if client in ("gmail", "gmail_mobile"):
        return q_gmail(m, lang, off)[:2]
    if client == "iphone":
        return q_apple(m, lang, off, ios=True)
    if client == "applemail":
        return q_apple(m, lang, off, ios=False)
    if client == "alimail":
        return q_alimail(m)
    if client == "feishu":
        return q_feishu(m)
    raise ValueError(client)


def html_doc_for(client, lang, new_lines, qh, cs):
    if client == "outlook":
        return outlook_html(o_paras(new_lines) + qh, cs, lang)
    if client in ("owa", "outlook_mobile"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
                'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">' + "<br>".join(esc(l) for l in new_lines) + "</div>" + qh +
                "</body></html>")
    if client == "outlook_mac":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
                'content="text/html; charset=utf-8"></head><body lang=ZH-CN style=\'word-wrap:break-word\'><div '
                'class=WordSection1>' + o_paras(new_lines) + qh + "</div></body></html>")
    if client == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: '
                '1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: '
                '1.5; }</style></head><body>\n%s<div><br></div>%s\n</body></html>' % (cs, html_lines(new_lines), qh))
    if client in ("qq", "wecom"):
        return '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s%s' % (cs, html_lines(new_lines), qh)
    if client == "coremail":
        return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s</div>'
                % (html_lines(new_lines), qh))
    if client in ("netease_web", "mailmaster"):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body><div '
                'style="line-height: 1.7;">%s</div>%s</body></html>' % (cs, html_lines(new_lines), qh))
    if client in ("gmail", "gmail_mobile"):
        return '<div dir="ltr">%s</div>%s\n' % (html_lines(new_lines), qh)
    if client in ("iphone", "applemail"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s%s</body></html>' % (html_lines(new_lines), qh))
    if client == "alimail":
        return ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;color:#000000;font-size:14px;'
                'font-family:Tahoma,Arial,STHeiti,SimSun,sans-serif;">%s</div>%s</div>' % (html_lines(new_lines), qh))
    if client == "feishu":
        return ('<div style="word-break:break-word"><div style="font-size:14px;line-height:1.6">%s</div>%s</div>'
                % (html_lines(new_lines), qh))
    raise ValueError(client)


def gold(kind, notes, reply=None):
    return {"kind": kind, "items": [], "next_followup": None, "reply": reply, "notes": notes}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


CASES = []


def case(num, slug, client, lang, frm, mk, t, new_lines, reply, notes, readme, cc=(), cs=None, calc=None,
         text=None, html_doc=None, attachments=(), kind="reply", bottom=False, to=None):
    CASES.append(dict(num=num, slug=slug, client=client, lang=lang, frm=frm, m=M[mk], t=t, new=new_lines,
                      reply=reply, notes=notes, readme=readme, cc=list(cc), cs=cs, calc=calc, text=text,
                      html_doc=html_doc, attachments=attachments, kind=kind, bottom=bottom, to=to))


def flow(line, width=72):
    """format=flowed soft line breaks (Thunderbird): break at spaces, keep the trailing space on each soft line."""
    if len(line) <= width or line == "-- ":
        return line
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            break
        out.append(line[:cut + 1])
        line = line[cut + 1:]
    out.append(line)
    return "\n".join(out)


def render_case(c):
    m, client, lang = c["m"], c["client"], c["lang"]
    off = int(c["t"].utcoffset().total_seconds() // 3600)
    if client == "owa":
        off = 8   # OWA shows the quoted time in the mailbox's time zone (China), whatever the UTC Date header
    if client == "outlook_mobile":
        off = 1   # the Lagos user's phone
    seed = "r24-%d" % c["num"]
    cs = c["cs"] or {"outlook": "utf-8", "foxmail": "GBK", "qq": "gb18030", "wecom": "gb18030", "coremail": "UTF-8",
                     "netease_web": "GBK", "mailmaster": "UTF-8"}.get(client, "UTF-8")
    text, html_doc = c["text"], c["html_doc"]
    if client in ("thunderbird", "yandex_plain"):
        if text is None:
            qt, _ = q_thunderbird(m, lang, off) if client == "thunderbird" else q_yandex(m, off)
            new = "\n".join(flow(l) for l in c["new"]) + "\n"
            text = (qt + "\n" + new) if c["bottom"] else (new + "\n" + qt)
    elif text is None or html_doc is None:
        qt, qh = quote_for(client, lang, m, off)
        if text is None:
            text = "\n".join(c["new"]) + "\n" + qt
        if html_doc is None:
            html_doc = html_doc_for(client, lang, c["new"], qh, cs)
    to = c["to"] or [m.reply_to]
    h, body, tail = build(client, c["frm"], to, c["cc"], subject_for(client, lang, m), c["t"], text, html_doc, seed,
                          m, cs=cs, attachments=c["attachments"], lang=lang)
    if c["kind"] == "auto":
        h = c["auto_headers"](h)
    msg = Message()
    for k, v in deliver(client, lang, who(c["frm"])[1], c["t"], seed) + h + tail:
        msg[k] = v
    for k, v in body.items():
        msg[k] = v
    msg._payload = body._payload
    msg.preamble, msg.epilogue = body.preamble, body.epilogue
    return msg


def attach(filename, ctype, label="utf-8", style="rfc2231"):
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("docProps/app.xml", date_time=(2025, 1, 1, 0, 0, 0)), "<Properties/>")
    data = buf.getvalue() if not ctype.endswith("pdf") else b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    a = Message()
    if all(ord(ch) < 128 for ch in filename):
        a["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        a["Content-Disposition"] = 'attachment; filename="%s"' % filename
    elif style == "rfc2047":
        w = "".join(encoded_words(filename, label, "B", limit=200))
        a["Content-Type"] = '%s; name="%s"' % (ctype, w)
        a["Content-Disposition"] = 'attachment; filename="%s"' % w
    else:
        pct = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else
                      "".join("%%%02X" % b for b in ch.encode(codec(label))) for ch in filename)
        a["Content-Type"] = '%s; name="%s"' % (ctype, "".join(encoded_words(filename, label, "B", limit=200)))
        a["Content-Disposition"] = "attachment; filename*=%s''%s" % (label, pct)
    a["Content-Transfer-Encoding"] = "base64"
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def md(mo, dy):
    return lambda sent: month_day(sent, mo, dy)


def after_holiday(sent):
    d = sent
    while is_workday(d):       # walk into the holiday ...
        d += dt.timedelta(days=1)
    while not is_workday(d):   # ... and out of it
        d += dt.timedelta(days=1)
    return d


# ================================================================ the cases
DISC_SGS = ["", "This e-mail and any attachments are confidential and intended solely for the addressee. If you have",
            "received it in error, please notify the sender within 24 hours and delete it. SGS accepts no liability",
            "for any damage caused by this e-mail. 本邮件及附件仅供收件人使用，如误收请于24小时内通知发件人并删除。"]
DISC_MY = ["", "DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the",
           "use of the individual or entity to whom they are addressed. Please notify the sender immediately by",
           "e-mail if you have received this e-mail by mistake and delete it from your system."]

case(4901, "qq-confirm-emoji", "qq", "zh", "林晓东", "M1", ts("2025-09-22 11:32:10"),
     ["收到，没问题👍"], rep("confirm"),
     "林晓东 (owner of #1) answers the M1 recap within the objection window from QQ Mail. '收到，没问题👍' is a plain "
     "acceptance -> confirm, no item number -> items []. gb18030 body (the emoji is a 4-byte gb18030 sequence). "
     "Everything from '------------------ 原始邮件 ------------------' on is the quoted recap, whose footer lists the "
     "command words.",
     "QQ Mail gb18030 '收到，没问题👍' (emoji) over the QQ 原始邮件 block", cc=["蔡志强"])

case(4902, "foxmail-done-by-task-words", "foxmail", "zh", "陈静", "M1", ts("2025-09-25 16:41:07"),
     ["蔡总：", "", "俄罗斯那单的PI和报关资料都弄好了，已经发给深港通达的刘强，他们今天安排预录。", "", "", "",
      "陈静 Jenny Chen", "外贸部 | 泉州闽跃体育用品有限公司", "Tel: 0595-8566 2031  Mob: 139 5986 4417"],
     rep("done"),
     "陈静 names the task ('俄罗斯那单的PI和报关资料') instead of a number: it is #2 '更新俄罗斯SportLine订单PI及报关资料', "
     "her only item in M1, so a careful assistant marks #2 done. Gold items [] because no number is written (corpus "
     "convention). '弄好了' = done; '今天安排预录' is the forwarder's step, not a date. Foxmail GBK base64, Foxmail "
     "'发件人：/发送时间：' quote; signature with phone numbers.",
     "Foxmail GBK: '俄罗斯那单的PI和报关资料都弄好了' -> done, task named not numbered (sender's only item); signature with phones",
     cc=["蔡志强"])

case(4903, "outlook-gb2312-extend-makeup-sunday", "outlook", "zh-CN", "黄志鹏", "M1", ts("2025-09-24 09:15:44"),
     ["蔡总：", "", "第3项申请延期至9月28日（周日调休上班）。尼日利亚客户的开证行还没发出修改后的信用证，周末前应该能拿到。", "",
      "黄志鹏", "外贸部"], rep("extend", [3], None, "2025-09-28"),
     "Wed 2025-09-24 (the due day of #3). '第3项申请延期至9月28日' -> extend [3], new_due_date 2025-09-28, a Sunday that "
     "is a 调休 make-up working day before National Day (chinesecalendar: working day). '周末前' is part of the reason. "
     "Outlook desktop, gb2312 label, base64, '发件人:/发送时间:/收件人:/抄送:/主题:' block without '>'.",
     "Outlook zh-CN gb2312 '答复:' '第3项申请延期至9月28日（周日调休上班）' -> a make-up Sunday", cs="gb2312",
     calc=md(9, 28), cc=["蔡志强"])

case(4904, "126-web-done-attachment-by-task", "netease_web", "zh", "钱芳", "M2", ts("2025-09-24 14:20:33"),
     ["苏经理您好：", "", "10月份的排产计划已经回传了，在附件里，请查收。有问题随时电话联系。", "", "钱芳",
      "越丰纺织 业务部", "手机：158 5751 0392"], rep("done"),
     "The mill's sales assistant (126 webmail, GBK) reports her only M2 item (#3 越丰纺织10月排产计划回传) as sent, by "
     "content: '10月份的排产计划已经回传了' -> done; no number -> items []. Attachment .xlsx with an RFC 2231 GBK "
     "filename. Quote: 126's '在 2025-09-23 17:04:01，\"纪要助手\" <…> 写道：' + blockquote id=isReplyContent.",
     "126 webmail GBK + .xlsx: '10月份的排产计划已经回传了' -> done by task words; 在…写道： quote",
     cc=["苏雅琴", "庄建国"],
     attachments=[attach("越丰纺织10月排产计划.xlsx", XLSX, "gbk")])

case(4905, "mailmaster-progress-60", "mailmaster", "zh", "沈国平", "M2", ts("2025-09-25 08:52:16"),
     ["第1项进度60%，A款6个颜色已经出了4个，剩下2个今天下午打出来。", "", "发自网易邮箱大师"], rep("progress", [1], 60),
     "Mill owner on his phone: '第1项进度60%' -> progress [1], percent 60 ('6个颜色已经出了4个' ~ 67% is detail; the "
     "written percent wins). '今天下午' is not an extension. '发自网易邮箱大师' is the client footer; quote starts at "
     "'---- 回复的原邮件 ----' with '| 发件人 |' rows.",
     "网易邮箱大师 '第1项进度60%，…剩下2个今天下午打出来' + '发自网易邮箱大师'", cc=["苏雅琴"])

case(4906, "coremail-done-colour-card", "coremail", "zh", "沈国平", "M2", ts("2025-09-26 10:05:29"),
     ["苏经理：", "色卡已经全部确认完了，6个颜色都OK，实物色卡今天顺丰寄出，单号SF1409 8827 3365。", "", "沈国平",
      "绍兴越丰纺织有限公司", "0575-8412 6639"], rep("done"),
     "Same owner, now from the mill's Coremail: '色卡已经全部确认完了' names #1 (速干网布A款大货色卡确认), his only item in "
     "M2 -> done; items [] because no number is written. Tracking number and phone are noise. Quote '-----原始邮件-----'.",
     "Coremail UTF-8 '色卡已经全部确认完了' -> done by task words (his only item); SF tracking number", cc=["苏雅琴"])

case(4907, "wecom-bare-number-done", "wecom", "zh", "洪小兵", "M2", ts("2025-09-26 17:48:02"),
     ["2 已完成，样品昨天下午已经送到SGS厦门，受理号XMN25-091834。"], rep("done", [2]),
     "Internal QA engineer from 企业微信 mail (Tencent Exmail, gb18030): a bare '2 已完成' at the start of the line -> "
     "done [2] (his own item 面料缩水率及色牢度送SGS检测). '昨天下午' and the lab receipt number are detail. Quote is the "
     "Tencent '原始邮件' block.",
     "企业微信邮箱 (Exmail) gb18030: bare '2 已完成，…' -> done [2]", cc=["苏雅琴", "施美玲"])

case(4908, "dingtalk-extend-next-monday-by-task", "alimail", "zh", "庄建国", "M2", ts("2025-09-26 11:30:12"),
     ["苏经理，", "面料到厂时间表要晚两天，越丰的排产计划刚回来，我下周一给出来。", "", "庄建国", "采购部"],
     rep("extend", [], None, "2025-09-29"),
     "Fri 2025-09-26, the due day of #4 (面料到厂时间表更新, his only M2 item), named by content. '要晚两天…我下周一给出来' "
     "is an extension request; the concrete date is 下周一 = Monday of the next calendar week = 2025-09-29 ('晚两天' "
     "from Friday would be the make-up Sunday 09-28; the explicit weekday wins). No number -> items []. 钉钉/阿里邮箱 "
     "quote: dashed rule + '发件人：/发送时间：/收件人：/抄　送：/主　题：'.",
     "钉钉邮箱 (Alimail) '面料到厂时间表要晚两天…我下周一给出来' -> extend by task words, 下周一 from a Friday",
     calc=lambda s: next_week_weekday(s, 0), cc=["苏雅琴"])

case(4909, "feishu-done-3d-sample", "feishu", "zh", "傅明", "M3", ts("2025-09-26 15:10:40"),
     ["鞋面3D样搞定了，李总监上午已经看过，可以进下一步打实物样。", "", "傅明 | 设计开发部"], rep("done"),
     "Designer from Feishu/Lark mail: '鞋面3D样搞定了' names #3 (鞋面3D样确认), his only M3 item -> done, items []. "
     "'李总监' is the organizer 李婉婷 (alias). Quote: '---- 原始邮件 ----' then '发件人:/日期:/主题:/收件人:' lines.",
     "飞书邮箱 '鞋面3D样搞定了' -> done by task words", cc=["李婉婷"])

case(4910, "outlook-zh-tw-cantonese-done-by-task", "outlook", "zh-TW", "陳家豪", "M6", ts("2025-09-30 10:20:51"),
     ["蔡生：", "", "日本拉鏈嘅報價已經整理好，三間供應商嘅對比表喺附件，麻煩睇下。", "", "Kelvin Chan 陳家豪",
      "恒昌採購代理有限公司", "Tel: +852 2786 3321 | WhatsApp: +852 9123 4476"], rep("done"),
     "HK sourcing agent, Cantonese-flavoured Traditional Chinese: '日本拉鏈嘅報價已經整理好' = #1 日本拉链供应商报价汇总 "
     "(he owns #1 and #4; the words match #1 only) -> done, items [] (no number). Outlook zh-TW sends UTF-8 here "
     "because the quoted recap has simplified characters Big5 cannot encode (纪); quote block '寄件者:/寄件日期:/收件者:/"
     "副本:/主旨:' with '上午 11:06'. Attachment .xlsx.",
     "Outlook zh-TW '回覆:' Cantonese '日本拉鏈嘅報價已經整理好' -> done by task words among 2 own items; 寄件者/主旨 block",
     cc=["苏雅琴"], attachments=[attach("Zipper_quotation_compare_0930.xlsx", XLSX)])

case(4911, "outlook-zh-tw-extend-cantonese", "outlook", "zh-TW", "陳家豪", "M6", ts("2025-10-09 09:40:05"),
     ["蔡生：", "", "第4項想遲幾日，改到10月13號（星期一）交得唔得？展會主辦方份樣品登記表仲未出，出咗先至填得。", "",
      "唔該晒！", "Kelvin"], rep("extend", [4], None, "2025-10-13"),
     "Thu 2025-10-09 (first working day after National Day, the due day of #4). '第4項想遲幾日，改到10月13號…得唔得？' is an "
     "extension request phrased as a question -> extend [4], new_due_date 2025-10-13. '號' for 日, '項' traditional.",
     "Outlook zh-TW Cantonese '第4項想遲幾日，改到10月13號交得唔得？' -> extend (question form)",
     calc=md(10, 13), cc=["苏雅琴"])

case(4912, "gmail-zh-done-weekend", "gmail", "zh", "刘强", "M5", ts("2025-09-27 21:10:12"),
     ["郭经理好，", "", "第1项已完成，西班牙40HQ已经订上，COSCO 10月4日厦门开船，S/O明天一早发您。", "", "--",
      "刘强 Ricky Liu", "深港通达国际货运（深圳）有限公司 厦门分公司", "M: 186 2073 5519"], rep("done", [1]),
     "Forwarder (Google Workspace, Gmail zh UI) on Saturday evening: '第1项已完成' -> done [1]. '10月4日' is the sailing "
     "date, '明天一早' the S/O; neither is a due date. Gmail zh attribution '纪要助手 <…> 于2025年9月26日周五 11:05写道：'; '--' signature "
     "separator line.",
     "Gmail zh (Workspace) '第1项已完成，…10月4日厦门开船' on a Saturday; 于…写道： attribution",
     cc=["郭志远"])

case(4913, "iphone-zh-organizer-confirm-three", "iphone", "zh", "蔡志强", "M1", ts("2025-09-22 12:40:31"),
     ["第1、2、3项确认。第4项唛头还要等智利客户回复，先这样。", "", "发自我的iPhone"], rep("confirm", [1, 2, 3]),
     "The organizer confirms '第1、2、3项' -> confirm [1, 2, 3]. The sentence about #4 is a remark (waiting for the "
     "customer), not an objection or a command. iPhone Mail zh: '发自我的iPhone', quote '> 在 2025年9月22日，11:05，纪要助手 "
     "<…> 写道：'.",
     "iPhone Mail zh '第1、2、3项确认。第4项…先这样' + 发自我的iPhone", cc=["陈静", "黄志鹏"])

case(4914, "apple-mail-mac-zh-confirm", "applemail", "zh", "李婉婷", "M3", ts("2025-09-24 16:30:09"),
     ["确认，辛苦大家。", "", "李婉婷", "设计开发部 总监"], rep("confirm"),
     "Organizer of M3 from Apple Mail on macOS (zh): '确认，辛苦大家。' -> confirm, items []. Quote attribution is macOS "
     "style '> 2025年9月24日 16:05，纪要助手 <…> 写道：' (no leading 在).",
     "Apple Mail macOS zh '确认，辛苦大家。'; '2025年9月24日 16:05，… 写道：' attribution")

case(4915, "owa-sgs-object-item1-disclaimer", "owa", "zh-CN", "叶文静", "M4", ts("2025-09-25 08:55:40", 0),
     ["施经理您好，", "",
      "关于第1项我们有异议：童鞋物理性能检测含剥离强度和耐折，标准周期是5个工作日，贵司样品9月26日才到，9月30日出不了报告。"
      "建议节后10月10日出报告。", "", "叶文静 Wendy Ye", "SGS 厦门 鞋类实验室 客户服务", "T: +86 592 5766 8012"] + DISC_SGS,
     rep("object", [1]),
     "SGS lab (Microsoft 365, OWA; Date 08:55 +0000 = 16:55 Shanghai, before the 18:00 cut-off). '关于第1项我们有异议：' + "
     "reason -> object [1]. '5个工作日', '9月26日', '10月10日' are the reason and a suggestion, not an extension command "
     "(new_due_date null). Disclaimer with '24小时内' is noise. OWA '________________________________' + divRplyFwdMsg.",
     "OWA (UTC Date) '关于第1项我们有异议：…标准周期是5个工作日…建议节后10月10日' + bilingual disclaimer",
     cc=["洪小兵"])

case(4916, "owa-sgs-done-quote-pdf", "owa", "zh-CN", "叶文静", "M4", ts("2025-09-26 02:31:18", 0),
     ["施经理，", "", "第3项REACH SVHC检测报价已发，见附件PDF，有效期30天。", "", "叶文静 Wendy Ye",
      "SGS 厦门 鞋类实验室 客户服务"] + DISC_SGS, rep("done", [3]),
     "Date 02:31 +0000 = Fri 10:31 in Shanghai (the due day of #3). '第3项…检测报价已发' -> done [3]; '有效期30天' is not a "
     "date command. PDF attachment, multipart/mixed from Exchange Online.",
     "OWA '第3项REACH SVHC检测报价已发，见附件PDF' + PDF attachment + disclaimer",
     attachments=[attach("SGS_Quotation_XMN25-REACH-0926.pdf", "application/pdf")])

case(4917, "outlook-en-malaysia-progress-disclaimer", "outlook", "en", "Tan Wei Ming", "M1",
     ts("2025-09-23 10:02:47"),
     ["Hi Jason,", "", "Noted on item 6. The forecast is about 70% done - still waiting for the two Penang stores, "
      "will send the full file by the 30th.", "", "Regards,", "Tan Wei Ming", "Sales Manager | Stride Sports Sdn Bhd",
      "+60 12-388 4521"] + DISC_MY, rep("progress", [6], 70),
     "Malaysian distributor (Outlook desktop, English UI, Kuala Lumpur +0800). 'item 6 … about 70% done' -> progress [6], "
     "70. 'by the 30th' is the existing due date (2025-09-30), not an extension; 'Noted' is not a separate confirm. "
     "Quote block 'From:/Sent: Monday, September 22, 2025 11:05 AM/To:/Cc:/Subject:'; long disclaimer.",
     "Outlook en (Malaysia) 'Noted on item 6. … about 70% done … by the 30th' + DISCLAIMER", cs="utf-8",
     cc=["蔡志强"])

case(4918, "gmail-es-chile-push-to-21st", "gmail", "es", "Valentina Rojas", "M8", ts("2025-10-14 22:40:03", -3),
     ["Hola Leo,", "", "Item 2: can we push it to the 21st? Nuestro diseñador está de vacaciones hasta el lunes y no "
      "quiero aprobar el hangtag sin él.", "", "Saludos,", "Valentina Rojas", "Jefa de Producto | AndeSport SpA",
      "+56 9 8765 4321"], rep("extend", [2], None, "2025-10-21"),
     "Chile (Gmail, Spanish UI). Date Tue 22:40 -0300 = Wed 2025-10-15 09:40 in Shanghai. 'Item 2: can we push it to "
     "the 21st?' -> extend [2]; 'the 21st' carries no month: the item is due 2025-10-16 and the reply is sent in "
     "October, so 2025-10-21. 'hasta el lunes' is the reason. Attribution 'El lun, 13 oct 2025 a las 6:05, 纪要助手 "
     "(<…>) escribió:' shows the recap time in Santiago time.",
     "Gmail es (Chile, -0300 = next day in Shanghai) 'Item 2: can we push it to the 21st?' + Spanish reason; 'escribió:'",
     calc=md(10, 21), cc=["林晓东"])

case(4919, "outlook-fr-canada-done-attachment", "outlook", "fr", "Sophie Tremblay", "M8",
     ts("2025-10-16 09:15:22", -4),
     ["Bonjour Leo,", "", "Item 3 is done — the Quebec French labelling text is attached (checked by our team for "
      "Bill 96).", "", "Merci et bonne journée,", "Sophie Tremblay", "Acheteuse principale | Boutique Sport Nordique",
      "514 555-0198"], rep("done", [3]),
     "Montreal buyer, Outlook desktop in French (Date -0400 = 21:15 Shanghai). 'Item 3 is done' -> done [3]. The quote "
     "block uses French labels with a space before the colon: 'De : / Envoyé : lundi 13 octobre 2025 05:05 / À : / Cc : "
     "/ Objet :'. 'Bill 96' is a law, not an item number. .docx attachment.",
     "Outlook fr (Canada) 'Item 3 is done — …attached'; 'De : / Envoyé : / Objet :' block; .docx",
     cc=["林晓东"], attachments=[attach("Etiquetage_FR_Quebec_v2.docx", DOCX)])

case(4920, "thunderbird-de-bottom-post-extend", "thunderbird", "de", "Lukas Becker", "M4",
     ts("2025-09-26 10:20:11", 2),
     ["Hello Ms. Shi,", "", "regarding item 4: could we move it to 30 September? The updated EN ISO 20344 list from "
      "our customer only arrived this morning.", "", "Best regards / Mit freundlichen Grüßen", "Lukas Becker", "-- ",
      "Becker QA Consulting | Mönchengladbach | +49 2161 555 0190"],
     rep("extend", [4], None, "2025-09-30"),
     "German QA consultant, Thunderbird (de), plain text format=flowed 8bit UTF-8, BOTTOM-posted: the whole recap is "
     "quoted with '> ' under 'Am 25.09.25 um 05:05 schrieb 纪要助手:' and the new text follows it. 'item 4: could we "
     "move it to 30 September?' -> extend [4], 2025-09-30. 'EN ISO 20344' holds numbers that are not items.",
     "Thunderbird de, bottom-posted under 'Am 25.09.25 um 05:05 schrieb …:' — 'could we move it to 30 September?'",
     calc=md(9, 30), bottom=True, cc=["施美玲"])

case(4921, "outlook-nl-done-item3", "outlook", "nl", "Sanne de Vries", "M5", ts("2025-09-29 08:30:44", 2),
     ["Hi Mr. Guo,", "", "Item 3: the slot at our Rotterdam warehouse is booked for week 45, ref. RTM-WH-77120. So this "
      "one is done from our side.", "", "Met vriendelijke groet / Kind regards,", "Sanne de Vries",
      "Customer Service | MaasPort Logistics B.V.", "+31 10 799 4410"], rep("done", [3]),
     "Rotterdam partner, Outlook desktop in Dutch (Date +0200 = 14:30 Shanghai). 'Item 3: … booked … So this one is "
     "done' -> done [3]; 'week 45' and the reference number are detail. Quote labels 'Van:/Verzonden: vrijdag 26 "
     "september 2025 05:05/Aan:/CC:/Onderwerp:'.",
     "Outlook nl 'Item 3: …booked for week 45… So this one is done'; 'Van:/Verzonden:/Onderwerp:' block",
     cc=["刘强"])

case(4922, "outlook-pl-extend-with-percent", "outlook", "pl", "Piotr Kowalski", "M5", ts("2025-09-30 09:10:37", 2),
     ["Hello Mr. Guo,", "", "re item 5 - the customs documents for Warsaw are about 40% ready, the EORI confirmation "
      "from the consignee is still missing. We need until 10 October for this one.", "", "Pozdrawiam / Best regards",
      "Piotr Kowalski", "Vistula Cargo Sp. z o.o. | Warszawa"], rep("extend", [5], None, "2025-10-10"),
     "Polish customs broker, Outlook desktop in Polish ('ODP:' subject prefix; 'Od:/Wysłane: piątek, 26 września 2025 "
     "05:05/Do:/DW:/Temat:'). Sent on the due day of #5. The mail states a status (40%) AND asks for a new date ('We need "
     "until 10 October'); the request is what must be acted on, so a careful assistant records extend [5], 2025-10-10 "
     "(percent is only kept with intent progress). GENUINELY MIXED: progress 40 would be a defensible second reading.",
     "Outlook pl 're item 5 - … about 40% ready … We need until 10 October' (status + extension in one mail)",
     calc=md(10, 10), cc=["陈静"])

case(4923, "gmail-vi-done-item3", "gmail", "vi", "Nguyễn Thị Lan", "M6", ts("2025-10-09 16:30:22", 7),
     ["Chào anh Cai,", "", "Item 3 - capacity confirmed: our Binh Duong line can take 18,000 pairs/month from "
      "November. Done from our side.", "", "Trân trọng,", "Nguyễn Thị Lan",
      "Merchandiser | Binh Duong Footwear Co., Ltd."], rep("done", [3]),
     "Vietnamese subcontractor, Gmail in Vietnamese (Date +0700 = 17:30 Shanghai). 'Item 3 - capacity confirmed … Done "
     "from our side.' -> done [3] ('confirmed' describes the task, it is not a confirm of the recap). Attribution "
     "'Vào Th 2, 29 thg 9, 2025 vào lúc 10:06 纪要助手 <…> đã viết:' (recap time in Vietnam time), wrapped.",
     "Gmail vi 'Item 3 - capacity confirmed … Done from our side'; 'Vào … đã viết:' attribution",
     cc=["蔡志强"])

case(4924, "outlook-ja-extend-2ban", "outlook", "ja", "佐藤健", "M6", ts("2025-09-30 10:15:02", 9),
     ["蔡様", "", "いつもお世話になっております。関西ファスナーの佐藤です。", "",
      "2番のサンプル発送ですが、工場の検査が遅れておりまして、10月17日までに延期させていただけますでしょうか。",
      "ご迷惑をおかけして申し訳ございません。", "", "佐藤 健", "関西ファスナー株式会社 海外営業部"],
     rep("extend", [2], None, "2025-10-17"),
     "Japanese zipper supplier, Outlook in Japanese (UTF-8: the quoted 纪要助手 is not in JIS X 0208). '2番の…10月17日"
     "までに延期させていただけますでしょうか' -> extend [2] ('2番' = item 2), new_due_date 2025-10-17. Quote '差出人:/"
     "送信日時: 2025年9月29日 12:06/宛先:/CC:/件名:' (Tokyo time).",
     "Outlook ja '2番の…10月17日までに延期させていただけますでしょうか'; 差出人/送信日時/件名 block",
     calc=md(10, 17), cc=["陳家豪"])

case(4925, "outlook-ko-progress-80", "outlook", "ko", "박민수", "M3", ts("2025-09-29 14:00:26", 9),
     ["Dear Director Li,", "", "Item 1 (RB-2611 outsole sample): 80% done. Mold trial finished today, samples will ship "
      "on Sep 30 by DHL.", "", "Best regards,", "박민수 / Park Minsu", "Daesung Sole Co., Ltd. | Busan",
      "+82 51-329-7781"], rep("progress", [1], 80),
     "Korean outsole supplier, Outlook with Korean UI (quote '보낸 사람:/보낸 날짜: 2025년 9월 24일 수요일 오후 5:05/받는 "
     "사람:/참조:/제목:'), English text: 'Item 1 (RB-2611 …): 80% done' -> progress [1], 80. 'RB-2611' and 'Sep 30' are "
     "not item numbers/new dates (Sep 30 is the existing due date).",
     "Outlook ko UI, English 'Item 1 (RB-2611 outsole sample): 80% done'; 보낸 사람/제목 block", cc=["傅明"])

case(4926, "gmail-ko-extend-korean", "gmail", "ko", "박민수", "M3", ts("2025-10-09 17:20:45", 9),
     ["안녕하세요 리 총감님,", "", "2번 항목(경도/내마모 시험 보고서)은 시험소 일정이 밀려서 10월 17일까지 연기 요청드립니다.",
      "", "박민수 드림"], rep("extend", [2], None, "2025-10-17"),
     "Same supplier from Gmail (Korean UI, Date +0900 = 16:20 Shanghai), writing Korean: '2번 항목 … 10월 17일까지 연기 "
     "요청드립니다' -> extend [2], 2025-10-17. Attribution '2025년 9월 24일 (수) 오후 5:05, 纪要助手 <…>님이 작성:'.",
     "Gmail ko, Korean text '2번 항목 … 10월 17일까지 연기 요청드립니다'; '…님이 작성:' attribution",
     calc=md(10, 17))

case(4927, "outlook-es-spain-confirm-punto4", "outlook", "es", "Javier Morales", "M8", ts("2025-10-15 11:02:19", 2),
     ["Hola Leo,", "", "Todo OK por nuestra parte. Confirmado el punto 4, el forecast de Q1 os lo mando el lunes 20 "
      "como quedamos.", "", "Un saludo,", "Javier Morales", "Director de Compras | Deportes Iberia S.L.",
      "Tel. +34 961 234 567"], rep("confirm", [4]),
     "Spanish distributor, Outlook desktop in Spanish: 'Confirmado el punto 4' -> confirm [4] ('punto 4' = item 4); "
     "'el lunes 20' restates the existing due date (2025-10-20), not a new one. Quote 'De:/Enviado el: lunes, 13 de "
     "octubre de 2025 11:05/Para:/CC:/Asunto:' (Madrid time).",
     "Outlook es 'Todo OK… Confirmado el punto 4, … el lunes 20 como quedamos'; 'Enviado el:/Asunto:' block",
     cc=["林晓东"])

case(4928, "outlook-android-progress-50", "outlook_mobile", "en", "Chinedu Okafor", "M5", ts("2025-10-02 14:05:50", 1),
     ["Noted. Item 6 is in progress, our clearing agent has about 50% of the documents. Will update next week.", "",
      "Chinedu", "", "Get Outlook for Android<https://aka.ms/AAb9ysg>"], rep("progress", [6], 50),
     "Lagos importer on Outlook for Android during China's National Day holiday (Date 13:05 +0000 = 14:05 in Lagos, 21:05 in Shanghai). 'Item 6 is in progress … "
     "about 50%' -> progress [6], 50. 'next week' is vague and no extension. Footer 'Get Outlook for Android'; quote "
     "'________________________________' + 'From:/Sent: Friday, September 26, 2025 4:05:51 AM/To:/Subject:'.",
     "Outlook for Android 'Item 6 is in progress … about 50%' + 'Get Outlook for Android' footer")

case(4929, "yandex-question-non-owner", "yandex_plain", "en", "Dmitry Ivanov", "M1", ts("2025-09-23 09:40:12", 3),
     ["Hi Jenny,", "", "what is the ETA for the corrected PI? Our bank needs it before Friday.", "", "--",
      "Best regards,", "Dmitry Ivanov", "Purchasing | SportLine LLC, Moscow"], rep("unknown"),
     "Russian customer (Yandex Mail, plain text) CC'd on M1 asks a question about #2 without a number and owns no item. "
     "A question changes nothing -> intent 'unknown' (SPEC section 5), items []. 'before Friday' is his bank's need, "
     "not a due change. Quote attribution '22.09.2025, 06:05, \"纪要助手\" <…>:' (Moscow time).",
     "Yandex Mail plain text: question 'what is the ETA for the corrected PI?' from a non-owner -> unknown",
     cc=["陈静"])

case(4930, "thunderbird-zh-two-more-days", "thunderbird", "zh", "林晓东", "M8", ts("2025-10-14 10:30:15"),
     ["Hi all,", "", "need two more days on item 1 - the new FOB prices depend on Yuefeng's fabric quote, which only "
      "comes on the 15th.", "", "Leo"], rep("extend", [1], None, "2025-10-17"),
     "Organizer-owner of #1 (due Wed 2025-10-15) on Thunderbird with zh-CN locale ('在 2025/10/13 17:05, 纪要助手 写道:'), "
     "writing English. 'need two more days on item 1' -> extend [1]; two more days on the current due date 10-15 = "
     "Fri 2025-10-17 (calendar and working days agree here). 'on the 15th' is the reason.",
     "Thunderbird zh-CN locale, English 'need two more days on item 1' -> due+2 (Wed->Fri)",
     calc=lambda s: D(2025, 10, 15) + dt.timedelta(days=2), cc=["蔡志强"])

case(4931, "outlook-en-ui-done-item5", "outlook", "en", "黄志鹏", "M8", ts("2025-10-14 15:20:08"),
     ["Leo,", "", "Item 5 done, photo-shoot samples booked with the studio for 10/16.", "", "Peter Huang",
      "Export Dept. | Minyue Sports"], rep("done", [5]),
     "Internal colleague on Outlook with English UI answering the English recap: 'Item 5 done' -> done [5]. '10/16' is "
     "the shoot date.",
     "Outlook en UI (internal) 'Item 5 done, … booked … for 10/16'", cs="utf-8")

case(4932, "iphone-en-done-item6", "iphone", "en", "Tan Wei Ming", "M1", ts("2025-09-30 18:45:10"),
     ["Item 6 done, just sent the forecast file to Jason.", "", "Sent from my iPhone"], rep("done", [6]),
     "Malaysian distributor from his iPhone (English): 'Item 6 done' -> done [6]. 'Sent from my iPhone' footer; quote "
     "'> On Sep 22, 2025, at 11:05, 纪要助手 <…> wrote:'.",
     "iPhone Mail en 'Item 6 done, …' + 'Sent from my iPhone'", cc=["蔡志强"])

case(4933, "outlook-mac-zh-organizer-extends", "outlook_mac", "zh", "施美玲", "M4", ts("2025-09-25 17:40:22"),
     ["叶工的意见收到。", "第1项延期至10月10日，其他不变。", "", "施美玲", "品质部经理"],
     rep("extend", [1], None, "2025-10-10"),
     "The organizer of M4 settles SGS's objection (case 4915) by moving #1: '第1项延期至10月10日' -> extend [1], "
     "2025-10-10. '其他不变' is not a confirm command. Outlook for Mac zh: '发件人:/日期: 2025年9月25日 星期四 11:05/"
     "收件人:/抄送:/主题:' block.",
     "Outlook for Mac zh, organizer: '叶工的意见收到。第1项延期至10月10日，其他不变。'",
     calc=md(10, 10), cc=["叶文静", "洪小兵"])

case(4934, "gmail-en-progress-90", "gmail", "en", "刘强", "M5", ts("2025-09-29 11:12:40"),
     ["Hi Kevin,", "", "Item 2 rail quote: 90% there, only waiting for the Khorgos border slot confirmation. Full "
      "quote tomorrow.", "", "Ricky"], rep("progress", [2], 90),
     "Forwarder in English (Gmail, English UI): 'Item 2 rail quote: 90% there' -> progress [2], 90. 'tomorrow' "
     "(09-30) is the existing due date. 'Kevin' is 郭志远's English name.",
     "Gmail en 'Item 2 rail quote: 90% there … Full quote tomorrow'; 'On Fri, Sep 26, 2025 at 11:05 AM … wrote:'",
     cc=["郭志远"])


def _inline_4935():
    m = M["M1"]
    qt, attr = q_thunderbird(m, "zh", 8)
    lines = qt.split("\n")
    out = []
    for l in lines:
        out.append(l)
        if l.startswith("> | 4 |"):
            out += ["", "已完成，智利客户昨天邮件确认了唛头和吊牌。", ""]
        if l.startswith("> | 5 |"):
            out += ["", "这个按计划下周一给。", ""]
    return "丽娟回复如下，见行间。\n\n" + "\n".join(out) + "\n-- \n王丽娟 Linda Wang\n外贸部\n"


case(4935, "thunderbird-zh-inline-under-row", "thunderbird", "zh", "王丽娟", "M1", ts("2025-09-26 17:05:00"),
     [], rep("done", [4]),
     "Inline answers typed under the quoted recap rows (Thunderbird zh, plain text). Under '> | 4 | 智利订单唛头及西语吊牌确认 "
     "| 王丽娟 | 2025-09-26 |' she writes '已完成，…' -> done for item 4; under row 5 '这个按计划下周一给' just restates the "
     "plan (due 09-29 is that Monday) and changes nothing. Gold: done [4]; the item number comes from the quoted row the "
     "answer sits under (no number in her own words), which a careful assistant reads as 4. The top line '见行间' only "
     "points to the inline text.",
     "Thunderbird zh inline answers under quoted rows '> | 4 | …' ('已完成') and '> | 5 | …' (no change)",
     text=_inline_4935(), cc=["蔡志强"])


def _inline_4936():
    m = M["M7"]
    qt, qh = q_outlook(m, "zh-CN", 8)
    row = "| 1 | 2026春夏首批大货投产 | 郑海燕 | 2025-10-15 |"
    note = "【郑海燕：首批大货10月10日已上线，目前进度40%左右】"
    new = ["许厂长：回复见下面【】里的内容。", "", "郑海燕", "生产部"]
    text = "\n".join(new) + "\n" + qt.replace(row, row + "\n" + note)
    qh2 = qh.replace("<td>2025-10-15</td></tr>", '<td>2025-10-15</td></tr>\n<tr><td colspan="4"><span style="color:red">'
                     + esc(note) + "</span></td></tr>", 1)
    return text, outlook_html(o_paras(new) + qh2, "gb2312", "zh-CN")


_t, _h = _inline_4936()
case(4936, "outlook-inline-red-text-in-quote", "outlook", "zh-CN", "郑海燕", "M7", ts("2025-10-13 10:12:30"),
     [], rep("progress", [1], 40),
     "Outlook users answer 'inline' by typing inside the quoted block (no '>' markers in Outlook's plain text): the new "
     "text '【郑海燕：首批大货10月10日已上线，目前进度40%左右】' sits right under recap row 1, below the '发件人:/发送时间:' "
     "header. Only the top line '回复见下面【】里的内容' is outside the quote. Gold progress [1], 40 (the row it annotates "
     "is #1, her item). A parser that drops everything after the Outlook header sees no command; the top line is the "
     "clue. '10月10日' is when production started.",
     "Outlook zh-CN gb2312 inline answer typed INSIDE the quoted recap (red 【…进度40%左右】 under row 1)",
     cs="gb2312", text=_t, html_doc=_h, cc=["许伟"])


def _attr_line_4937():
    m = M["M7"]
    qt, qh, attr = q_gmail(m, "zh", 8)
    new = "第2项弄好了，二号线下午已经恢复生产了"
    first, rest = qt.lstrip("\n").split("\n", 1)
    return wrap76(new + first) + "\n" + rest, '<div dir="auto">%s</div>%s\n' % (esc(new), qh)


_t, _h = _attr_line_4937()
case(4937, "gmail-mobile-text-on-attribution-line", "gmail_mobile", "zh", "吴俊杰", "M7", ts("2025-10-11 16:20:05"),
     [], rep("done", [2]),
     "Sat 2025-10-11 is a 调休 make-up working day (the due day of #2). Sent from the Gmail app: the plain-text part has "
     "the new words run straight into the attribution line — '第2项弄好了，二号线下午已经恢复生产了纪要助手 <minutes@…> "
     "于2025年10月9日周四 16:05写道：' on one line. The command is the text before '纪要助手': '第2项"
     "弄好了' -> done [2]. A quote detector that drops the whole attribution line loses the command.",
     "Gmail Android zh: reply typed on the attribution line '第2项弄好了…纪要助手 <…> 于…写道：' on a make-up Saturday",
     text=_t, html_doc=_h, cc=["许伟"])

case(4938, "wecom-object-not-my-item", "wecom", "zh", "王丽娟", "M7", ts("2025-10-09 16:40:33"),
     ["许厂长：", "第3项有异议：加拿大订单的包装方案应该是生产部出，外贸这边只负责把客户的包装要求（双语标签、纸箱唛头）给到你们，"
      "不是我来做方案。", "", "王丽娟"], rep("object", [3]),
     "Objection to the owner assignment within the window (16:40 < 18:00): '第3项有异议：…不是我来做方案' -> object [3]. "
     "Tencent Exmail / 企业微信 mail, gb18030.",
     "企业微信邮箱 '第3项有异议：…应该是生产部出…不是我来做方案' (owner dispute)", cc=["许伟", "蔡志强"])

case(4939, "outlook-android-object-item6", "outlook_mobile", "en", "Chinedu Okafor", "M5",
     ts("2025-09-26 06:30:12", 1),
     ["Item 6 is not right. Clearing docs at Lagos can only be prepared after the vessel arrives (ETA around 10 Nov), "
      "so 9 Oct is impossible for us. Please correct.", "", "Chinedu Okafor", "Lagos Footwear Ltd", "",
      "Get Outlook for Android<https://aka.ms/AAb9ysg>"], rep("object", [6]),
     "Lagos importer (Date 05:30 +0000 = 06:30 Lagos = 13:30 Shanghai, the recap's day) disputes #6 without the word 'object': "
     "'Item 6 is not right … 9 Oct is impossible for us. Please correct.' -> object [6]. 'around 10 Nov' is an ETA, "
     "not a requested new due date, so this is not an extension (no new_due_date).",
     "Outlook for Android 'Item 6 is not right … 9 Oct is impossible … Please correct.' -> object without the word")

case(4940, "iphone-zh-thanks-non-owner", "iphone", "zh", "颜秀珍", "M1", ts("2025-09-22 13:05:48"),
     ["谢谢各位，辛苦了！信用证那边财务也会一起跟进。", "", "发自我的iPhone"], rep("unknown"),
     "Finance head, CC'd on M1, owns no item: a thank-you plus a remark. Not a confirmation of anything (she is not an "
     "owner or the organizer) and no command -> intent 'unknown', items []. The bot must change nothing.",
     "iPhone zh thank-you from a CC'd non-owner '谢谢各位，辛苦了！' -> unknown (no change)")

case(4941, "gmail-vacation-autoreply", "gmail", "es", "Javier Morales", "M8", ts("2025-10-13 11:06:02", 2),
     [], None,
     "Gmail vacation responder (Workspace) answering the M8 recap: 'Auto-Submitted: auto-replied', no quote, subject "
     "'Fuera de la oficina / Out of office'. Gmail ignores X-Auto-Response-Suppress. Body has dates ('del 13 al 17 de "
     "octubre', 'until 20 October') -> kind auto, reply null; nothing changes.",
     "Gmail vacation auto-reply (Spanish/English) to the recap, Auto-Submitted: auto-replied -> kind auto",
     text="Hola,\n\nEstoy fuera de la oficina del 13 al 17 de octubre (feria en Valencia), con acceso limitado al "
          "correo.\nPara pedidos urgentes contacte con compras@deportesiberia.example.es.\n\nI am out of the office "
          "until 20 October with limited access to e-mail.\n\nJavier Morales\n",
     html_doc='<div dir="ltr">Hola,<br><br>Estoy fuera de la oficina del 13 al 17 de octubre (feria en Valencia), con '
              'acceso limitado al correo.<br>Para pedidos urgentes contacte con compras@deportesiberia.example.es.<br>'
              '<br>I am out of the office until 20 October with limited access to e-mail.<br><br>Javier Morales</div>\n',
     kind="auto")


def _vacation_headers(h):
    out = []
    for k, v in h:
        if k == "Subject":
            v = "Fuera de la oficina / Out of office"
        if k in ("X-Gm-Features",):
            continue
        out.append((k, v))
    return out + [("Auto-Submitted", "auto-replied")]


CASES[-1]["auto_headers"] = _vacation_headers

case(4942, "outlook-question-item3", "outlook", "zh-CN", "黄志鹏", "M1", ts("2025-09-22 15:20:17"),
     ["蔡总，", "第3项的信用证条款按哪个版本审？客户9月19日和9月21日各发了一版草稿，差别在最迟装运期。", "", "黄志鹏"],
     rep("unknown", [3]),
     "An owner asks a question about his item: no confirm/object/done/progress/extend command -> intent 'unknown'. "
     "items [3] records the reference as written (convention of this set: for 'unknown' the written numbers are still "
     "listed). The dates are the customer's drafts.",
     "Outlook zh-CN gb2312 question '第3项的信用证条款按哪个版本审？' -> unknown, items [3]", cs="gb2312",
     cc=["蔡志强"])

case(4943, "iphone-zh-comment-to-colleague", "iphone", "zh", "蔡志强", "M5", ts("2025-09-26 11:40:02"),
     ["@郭志远 订舱这块你盯紧一点，节前一定要出。", "", "发自我的iPhone"], rep("unknown"),
     "The export director (CC'd on M5; neither its organizer nor an owner there) writes a reminder to a colleague. "
     "Not a command on an item ('节前' is a wish, not an extension) -> intent 'unknown', items [].",
     "iPhone zh '@郭志远 订舱这块你盯紧一点，节前一定要出。' -> unknown (comment)", cc=["郭志远"])

case(4944, "wecom-ambiguous-done-two-items", "wecom", "zh", "郑海燕", "M7", ts("2025-10-15 17:55:40"),
     ["弄好了。"], rep("done"),
     "'弄好了。' with no number and no task words from an owner with two open M7 items (#1 首批大货投产 due 10-15, "
     "#5 车间5S整改 due 10-17). Intent done, items []; the bot must ask which one and change nothing (SPEC 6.3). "
     "Sent on #1's due day, which makes #1 likely but not certain — GENUINELY AMBIGUOUS.",
     "企业微信邮箱 bare '弄好了。' from an owner of two items -> done, items [] (must ask)", cc=["许伟"])

case(4945, "foxmail-progress-no-item", "foxmail", "zh", "吴俊杰", "M7", ts("2025-10-15 09:10:08"),
     ["许厂长，目前进度差不多70%了，周五前应该能搞完。", "", "吴俊杰", "生产部 设备组"], rep("progress", [], 70),
     "Progress without a number or task words: '进度差不多70%' -> progress, percent 70, items []. 吴俊杰 owns #2 and #4 "
     "in M7; #2 was reported done on 10-11 (case 4937), so against the bot's state only #4 (越南代工厂外发订单对接, due "
     "Fri 10-17) is open and '周五前' matches it; from this mail alone it is ambiguous. '周五前' is the existing due "
     "date, not an extension. Foxmail gb2312 label.",
     "Foxmail gb2312 '目前进度差不多70%了，周五前应该能搞完' -> progress 70, no item (one open item left)",
     cs="gb2312", cc=["许伟"])

case(4946, "wecom-done-5s-by-task", "wecom", "zh", "郑海燕", "M7", ts("2025-10-16 16:02:19"),
     ["5S整改那个已经搞定了，整改前后照片放在共享盘\\\\10.20.1.8\\生产部\\5S 里面。"], rep("done"),
     "Named by task words with two own items: '5S整改那个已经搞定了' matches #5 车间5S整改 only -> done, items [] (no "
     "number). The UNC path holds digits that are not item numbers.",
     "企业微信邮箱 '5S整改那个已经搞定了' -> done by task words (one of her two items)", cc=["许伟"])

case(4947, "outlook-zh-tw-confirm-cantonese", "outlook", "zh-TW", "陳家豪", "M6", ts("2025-09-29 11:30:44"),
     ["收到，冇問題 👍", "", "Kelvin"], rep("confirm"),
     "HK agent: '收到，冇問題' (Cantonese 冇 = 没) -> confirm, items []. Outlook zh-TW '回覆:' prefix, UTF-8.",
     "Outlook zh-TW '收到，冇問題 👍' (Cantonese) -> confirm")

case(4948, "foxmail-done-final-inspection-by-task", "foxmail", "zh", "洪小兵", "M5", ts("2025-09-29 16:50:20"),
     ["郭经理：", "尾期检验做完了，AQL 2.5 合格，验货报告已上传ERP。", "", "洪小兵", "品质部 QC"], rep("done"),
     "'尾期检验做完了' names #4 出货前尾期检验 (his only M5 item) -> done, items []. 'AQL 2.5' is not an item number. "
     "Foxmail GBK.",
     "Foxmail GBK '尾期检验做完了，AQL 2.5 合格' -> done by task words", cc=["施美玲"])

case(4949, "wecom-extend-3-workdays-makeup", "wecom", "zh", "洪小兵", "M4", ts("2025-09-26 09:30:55"),
     ["施经理：", "第2项申请延期3个工作日，样品鞋还在成型线上，今天出不来。", "", "洪小兵"],
     rep("extend", [2], None, "2025-09-30"),
     "Fri 2025-09-26, the due day of #2. '第2项申请延期3个工作日' -> extend [2]; counted from the send date (= the due "
     "date here): Sat 09-27 is off, Sun 09-28 is a 调休 make-up working day (1), Mon 09-29 (2), Tue 09-30 (3) -> "
     "2025-09-30.",
     "企业微信邮箱 '第2项申请延期3个工作日' on a Friday before the 09-28 make-up Sunday",
     calc=lambda s: add_workdays(s, 3), cc=["叶文静"])

case(4950, "outlook-extend-after-national-day", "outlook", "zh-CN", "郭志远", "M3", ts("2025-09-29 17:30:41"),
     ["李总监：", "第4项申请延期到节后第一个工作日，海关预归类要补一份大底成分检测报告。", "", "郭志远", "船务部"],
     rep("extend", [4], None, "2025-10-09"),
     "Mon 2025-09-29 (the due day of #4). '延期到节后第一个工作日' -> the first working day after the National Day / "
     "Mid-Autumn holiday 10-01..10-08 = Thu 2025-10-09 (chinesecalendar). extend [4].",
     "Outlook zh-CN (UTF-8: the quoted recap names 박민수, which gb2312 cannot carry) '第4项申请延期到节后第一个工作日' -> 2025-10-09", cs="utf-8",
     calc=after_holiday, cc=["李婉婷"])


# ---------------------------------------------------------------- output and checks
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def slug_of(c):
    return "%d-%s" % (c["num"], c["slug"])


def write_roster(out):
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for name, email, dept, mgr, aliases in ROSTER:
            w.writerow([name, email, dept, "" if mgr in ("", HEAD) else P[mgr][1], aliases])


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        msg = render_case(c)
        (out / (slug_of(c) + ".eml")).write_bytes(serialize(msg))
        g = gold(c["kind"], c["notes"], c["reply"])
        (out / (slug_of(c) + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(out)


def schema_errors(g):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("keys")
    if g["kind"] not in ("reply", "auto"):
        e.append("kind")
    if g["items"] != [] or g["next_followup"] is not None:
        e.append("items/next_followup must be empty for replies")
    r = g["reply"]
    if (r is not None) != (g["kind"] == "reply"):
        e.append("reply iff kind reply")
    if r:
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            e.append("reply keys")
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            e.append("intent")
        if not all(isinstance(x, int) and x > 0 for x in r["items"]):
            e.append("items")
        if r["percent"] is not None and r["intent"] != "progress":
            e.append("percent only with progress")
        if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
            e.append("new_due_date iff extend")
        if r["new_due_date"] is not None and not DATE_RE.match(r["new_due_date"]):
            e.append("date format")
    return e


def check(out):
    import email
    from email import policy
    from email.utils import parsedate_to_datetime
    errors = []
    counts = {}
    for c in CASES:
        s = slug_of(c)
        raw = (out / (s + ".eml")).read_bytes()
        g = json.loads((out / (s + ".json")).read_text(encoding="utf-8"))
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %r" % (s, part.defects))
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes with the declared charset or raises
        if msg.defects:
            errors.append("%s: defects %r" % (s, msg.defects))
        m = c["m"]
        if msg["In-Reply-To"] != m.msgid:
            errors.append("%s: In-Reply-To" % s)
        if c["kind"] == "reply" and m.reply_to[1] not in str(msg["To"]):
            errors.append("%s: To must be the signed reply address" % s)
        sent = parsedate_to_datetime(msg["Date"]).astimezone(TZ8).date()
        errors += ["%s: %s" % (s, x) for x in schema_errors(g)]
        r = g["reply"]
        if r and r["new_due_date"]:
            if c["calc"] is None:
                errors.append("%s: extend without a calendar computation" % s)
            else:
                comp = c["calc"](sent)
                if comp.isoformat() != r["new_due_date"]:
                    errors.append("%s: gold %s but computed %s" % (s, r["new_due_date"], comp))
                if not is_workday(comp):
                    errors.append("%s: new due %s is not a working day (check the note)" % (s, comp))
        if r:
            for n in r["items"]:
                if n > len(m.rows):
                    errors.append("%s: item %d beyond recap" % (s, n))
        k = g["kind"] + ((":" + r["intent"]) if r else "")
        counts[k] = counts.get(k, 0) + 1
    return errors, counts


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors, counts = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d" % len(CASES), " ".join("%s=%d" % kv for kv in sorted(counts.items())))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
