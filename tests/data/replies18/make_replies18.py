#!/usr/bin/env python3
"""Blind held-out set replies18: replies to minutebot recaps, written by the staff and partners of 澜泉医疗.

    python make_replies18.py [OUTDIR]     # write NNN-slug.eml/.json, roster.csv (default: this folder)
    python make_replies18.py --check [DIR] # re-check every gold date against chinesecalendar, and the files

Deterministic: no clock, no randomness. Every new_due_date is written by hand in the case AND recomputed with
chinesecalendar (run with /work/blind/venv/bin/python) from the reply's own Date header in Asia/Shanghai.
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
import sys
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path

import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date
DOM = "lanquan-med.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

# ------------------------------------------------------------------------------------------------ calendar
def workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def this_or_next(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)


def next_week(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + wd)


def first_workday_after_holiday(sent, holiday_name):
    """节后第一个工作日: the first working day after the named holiday block that follows `sent`."""
    d = sent
    while not (chinese_calendar.get_holiday_detail(d)[1] == holiday_name and not workday(d)):
        d += dt.timedelta(days=1)
    while not workday(d):
        d += dt.timedelta(days=1)
    return d


# ------------------------------------------------------------------------------------------------ people
ROSTER = [
    # name, email, department, manager_email, aliases
    ("周敏", "zhoumin@" + DOM, "注册法规部", "", "周经理;Zhou Min;Min Zhou;敏姐"),
    ("陈思远", "chensiyuan@" + DOM, "质量部", "", "陈工;Chen Siyuan;Simon Chen;思远"),
    ("高翔", "gaoxiang@" + DOM, "研发部", "wangjian@" + DOM, "Gao Xiang;Xiang Gao;高工"),
    ("王健", "wangjian@" + DOM, "研发部", "", "王总;Wang Jian"),
    ("林海", "linhai@" + DOM, "生产部", "majunli@" + DOM, "Lin Hai;海哥;林主管"),
    ("马立军", "malijun@" + DOM, "生产部", "", "马经理;Ma Lijun;老马"),
    ("吴莎", "wusha@" + DOM, "质量部", "chensiyuan@" + DOM, "Wu Sha;Sarah Wu;莎莎"),
    ("何俊", "hejun@" + DOM, "供应链部", "", "He Jun;Jun He;何经理"),
    ("孙蕾", "sunlei@" + DOM, "国际业务部", "", "Sun Lei;Lily Sun;孙总"),
    ("韩冬", "handong@" + DOM, "市场部", "sunlei@" + DOM, "Han Dong;Dylan Han;冬冬"),
    ("许婷", "xuting@" + DOM, "行政部", "", "Xu Ting;Tina Xu;小许"),
    ("黃志明", "cm.huang@kh." + DOM, "高雄服务中心", "sunlei@" + DOM, "黄志明;Jimmy Huang;黃經理;黄经理"),
    ("蔡佩君", "pj.tsai@kh." + DOM, "高雄服务中心", "cm.huang@kh." + DOM, "Peggy Tsai;佩君;蔡工"),
]
P = {r[0]: r for r in ROSTER}
MAJ = "malijun@" + DOM
ROSTER[4] = ("林海", "linhai@" + DOM, "生产部", MAJ, "Lin Hai;海哥;林主管")
P["林海"] = ROSTER[4]

EXT = {
    "Tan Wei Ming": "weiming.tan@penang-emsworks.example.my",
    "Lim Mei Ling": "meiling.lim@penang-emsworks.example.my",
    "Marta Kowalska": "m.kowalska@medtech-polska.example.pl",
    "Emre Yılmaz": "emre.yilmaz@anadolu-medikal.example.com.tr",
    "Faisal Al-Harbi": "f.alharbi@najd-healthcare.example.sa",
    "Klaus Becker": "klaus.becker@nb-medcert.example.de",
    "Claire Dubois": "claire.dubois@nb-medcert.example.de",
    "Rafael Souza": "rafael.souza@vitalis-hospitalar.example.com.br",
    "Camila Ortiz": "camila.ortiz@vitalis-hospitalar.example.com.br",
    "Joost van Dijk": "joost.vandijk@northsea-logistics.example.nl",
    "Nguyen Van Minh": "minh.nv@saigon-cable.example.vn",
    "Sato Kenji": "k.sato@shinwa-motor.example.jp",
    "Park Ji-hoon": "jihoon.park@hanbit-display.example.kr",
    "刘建国": "liujg_hengce@126.com",
}


def who(n):
    if n in P:
        return (n, P[n][1])
    return (n, EXT[n])


# ------------------------------------------------------------------------------------------------ MIME helpers
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5",
         "us-ascii": "ascii", "iso-8859-1": "latin-1", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}


def codec(label):
    return CODEC[label.lower()]


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()


def ewords(text, label="utf-8", mode="B", limit=66):
    cs = codec(label)
    out, cur = [], ""

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            out.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(enc(cur))
    return out


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(ewords(text, label, mode))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote or any(c in name for c in ",.()") else "%s <%s>" % (name, email)
    w = " ".join(ewords(name, label, mode))
    return '"%s" <%s>' % (w, email) if quote else "%s <%s>" % (w, email)


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(n, e, label, mode, quote) for n, e in people)


def tenc(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")


def leaf(ctype, text, label, cte, crlf=False, quote_cs=True, extra_ct=""):
    m = Message()
    m["Content-Type"] = ctype + ('; charset="%s"' % label if quote_cs else "; charset=%s" % label) + extra_ct
    m["Content-Transfer-Encoding"] = cte
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    m.set_payload(tenc(text.encode(codec(label)), cte))
    return m


def multi(subtype, parts, boundary, preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body):
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
    BytesGenerator(buf, mangle_from_=False,
                   policy=compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)).flatten(msg)
    return buf.getvalue()


WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
DAY_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ZH = "一二三四五六日"


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    s = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, s, off // 60, off % 60)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def T(s, h=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(h))


def esc(s):
    return html.escape(s, quote=False)


def received(t, host, ip, seed):
    t2 = (t + dt.timedelta(seconds=4)).astimezone(TZ8)
    return [("Return-Path", None), ("Delivered-To", BOT[1]),
            ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s (CST)"
             % (host, host, ip, DOM, hx(seed, 9).upper(), BOT[1], rfc_date(t2)))]


# ------------------------------------------------------------------------------------------------ recaps
class Recap:
    def __init__(self, key, subject, t, organizer, to, cc, rows, lang):
        self.key, self.subject, self.t, self.lang = key, "Re: " + subject, t, lang
        self.organizer, self.rows = organizer, rows
        self.to = [who(x) for x in to]
        self.cc = [who(x) for x in cc]
        self.frm = BOT
        self.msgid = "<recap.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(key, 10), DOM)
        self.minutes_id = "<%s.%s@%s>" % (hx(key + "min", 16), t.strftime("%Y%m%d"), DOM)
        self.reply_to = "minutes+%s.%s@%s" % (key.lower(), hx(key + "sig", 16), DOM)
        cut = t.astimezone(TZ8)
        cutoff = "%d月%d日 18:00" % (cut.month, cut.day) if lang == "zh" else "%s %d, 18:00" % (MON_EN[cut.month - 1],
                                                                                             cut.day)
        if lang == "zh":
            lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
            lines += ["| %d | %s | %s | %s |" % r for r in rows]
            lines += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff,
                      "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                      "—— 纪要助手（系统自动发送，请勿修改主题）"]
            head = ["序号", "事项", "负责人", "截止时间"]
        else:
            lines = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
                     "| # | Action item | Owner | Due |"]
            lines += ["| %d | %s | %s | %s |" % r for r in rows]
            lines += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % cutoff,
                      "如有异议请于今日内回复。",
                      'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                      '"extend to Oct 20" (确认 / 有异议 / 已完成 / 进度80% / 延期至…).', "",
                      "-- Minutes Assistant 纪要助手 (automated message)"]
            head = ["#", "Action item", "Owner", "Due"]
        self.lines = lines
        self.text = "\n".join(lines) + "\n"
        tbl = ('<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:14px"><tr>%s</tr>%s'
               '</table>' % ("".join("<th>%s</th>" % h for h in head),
                             "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(str(c)) for c in r) for r in rows)))
        out = []
        for l in lines:
            if l.startswith("| "):
                if tbl:
                    out.append(tbl)
                    tbl = None
                continue
            out.append("<div>%s</div>" % esc(l) if l else "<div><br></div>")
        self.html = "\n".join(out)


R = {}


def recap(key, *a):
    R[key] = Recap(key, *a)


recap("M1", "LP-300输液泵注册检验进度周会纪要", T("2026-09-14 10:20:11"), "周敏", ["周敏", "高翔", "陈思远", "林海"],
      ["王健"],
      [(1, "补充LP-300电磁兼容整改报告", "高翔", "2026-09-18"), (2, "更新风险管理文件（ISO 14971）", "陈思远", "2026-09-22"),
       (3, "型检样机发货至北京医疗器械检验所", "林海", "2026-09-16"), (4, "提交临床评价报告初稿", "周敏", "2026-09-30")], "zh")
recap("M2", "Penang CM monthly review - PM-8 patient monitor", T("2026-09-15 16:05:40"), "何俊",
      ["何俊", "Tan Wei Ming", "Lim Mei Ling", "吴莎"], ["陈思远"],
      [(1, "Submit 8D corrective action for PCBA solder voids", "Tan Wei Ming", "2026-09-21"),
       (2, "Ship 200 pcs PM-8 pilot lot", "Lim Mei Ling", "2026-09-24"),
       (3, "Update incoming inspection criteria for SpO2 sensor", "吴莎", "2026-09-18"),
       (4, "Confirm Q4 forecast with Penang planning", "何俊", "2026-09-17")], "en")
recap("M3", "EMEA distributor call (PL / TR / SA)", T("2026-09-16 17:40:05"), "孙蕾",
      ["孙蕾", "Marta Kowalska", "Emre Yılmaz", "Faisal Al-Harbi", "韩冬"], [],
      [(1, "Send updated Polish IFU translation", "Marta Kowalska", "2026-09-24"),
       (2, "Provide TITCK registration document checklist", "Emre Yılmaz", "2026-09-23"),
       (3, "Confirm SFDA authorized representative details", "Faisal Al-Harbi", "2026-09-22"),
       (4, "Quote 50 LP-300 units for Riyadh tender", "孙蕾", "2026-09-18"),
       (5, "Prepare Arabic and Turkish product leaflets", "韩冬", "2026-09-30")], "en")
recap("M4", "MDR surveillance audit preparation (notified body)", T("2026-09-17 11:10:30"), "周敏",
      ["周敏", "Klaus Becker", "Claire Dubois", "陈思远", "许婷"], [],
      [(1, "Send audit plan and agenda", "Klaus Becker", "2026-09-22"),
       (2, "Close CAPA-2026-031 (pump occlusion alarm)", "陈思远", "2026-09-24"),
       (3, "Update PM-8 technical documentation (Annex II)", "周敏", "2026-09-30"),
       (4, "Book meeting rooms and German interpreter", "许婷", "2026-09-23"),
       (5, "Confirm audit team and audit dates", "Claire Dubois", "2026-09-21")], "en")
recap("M5", "高雄服务中心Q3服务复盘会纪要", T("2026-09-21 15:32:48"), "孙蕾", ["孙蕾", "黃志明", "蔡佩君", "何俊"], ["林海"],
      [(1, "退回10台故障PM-8监护仪至杭州分析", "蔡佩君", "2026-09-24"), (2, "补发输液泵门锁组件备件50套", "何俊", "2026-09-29"),
       (3, "提交Q3维修数据统计", "黃志明", "2026-09-30"), (4, "更新台湾地区保修政策说明", "孙蕾", "2026-10-09")], "zh")
recap("M6", "Brazil ANVISA registration sync", T("2026-09-22 20:15:02"), "孙蕾",
      ["孙蕾", "Rafael Souza", "Camila Ortiz", "周敏"], [],
      [(1, "Submit Portuguese translation of ANVISA Class III dossier", "Rafael Souza", "2026-10-09"),
       (2, "INMETRO certificate renewal quote", "Camila Ortiz", "2026-09-29"),
       (3, "Provide notarized GMP certificate", "周敏", "2026-10-12"),
       (4, "Update Brazil price list", "孙蕾", "2026-09-30")], "en")
recap("M7", "10月质量例会纪要（生产线异常处理）", T("2026-10-09 17:05:12"), "陈思远",
      ["陈思远", "林海", "吴莎", "高翔", "马立军", "刘建国"], ["周敏"],
      [(1, "完成注塑车间洁净度复测", "林海", "2026-10-14"), (2, "LP-300泵管批次追溯报告", "吴莎", "2026-10-13"),
       (3, "软件V2.3.1回归测试", "高翔", "2026-10-16"), (4, "东莞传感器供应商二次审核", "陈思远", "2026-10-21"),
       (5, "更新SMT作业指导书", "马立军", "2026-10-15"), (6, "安排注塑机年度保养", "林海", "2026-10-20"),
       (7, "提供压力传感器批次COA", "刘建国", "2026-10-14")], "zh")
recap("M8", "Component supply review Q4 (cable / motor / LCD / freight)", T("2026-10-12 10:00:55"), "何俊",
      ["何俊", "Nguyen Van Minh", "Sato Kenji", "Park Ji-hoon", "Joost van Dijk"], ["孙蕾"],
      [(1, "Confirm Q4 lead time for LP-300 cable harness", "Nguyen Van Minh", "2026-10-16"),
       (2, "Provide stepper motor PPAP documents", "Sato Kenji", "2026-10-20"),
       (3, "Send LCD panel EOL notice and last-time-buy quote", "Park Ji-hoon", "2026-10-19"),
       (4, "Arrange consolidated sea freight to Gdansk", "Joost van Dijk", "2026-10-23"),
       (5, "Update approved supplier list", "何俊", "2026-10-22"),
       (6, "Close supplier audit report for Saigon Cable", "何俊", "2026-10-21")], "en")


# ------------------------------------------------------------------------------------------------ quote styles
def tos(r, fmt, sep):
    return sep.join(fmt % x[:fmt.count("%s")] for x in r.to)


def ccs(r, fmt, sep):
    return sep.join(fmt % x[:fmt.count("%s")] for x in r.cc)


def gt(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def bq(inner, attr_html=""):
    return ('<div class="quote">%s<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
            '%s</blockquote></div>' % (attr_html, inner))


def header_block(r, pairs, sep_line=None, html_sep=None):
    """Outlook-like block: label/value lines, then the original unquoted."""
    text = "\n" + (sep_line + "\n" if sep_line else "") + "".join("%s%s\n" % (k, v) for k, v in pairs if v is not None)
    text += "\n" + r.text
    h = ((html_sep or "") + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
         + "".join("<b>%s</b>%s<br>" % (esc(k), esc(v)) for k, v in pairs if v is not None) + "</div><br>" + r.html)
    return text, h


def q_outlook_zh(r, owa=False):
    t = r.t
    return header_block(r, [("发件人: ", "%s <%s>" % r.frm),
                            ("发送时间: ", "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)),
                            ("收件人: ", tos(r, "%s <%s>", "; ")), ("抄送: ", ccs(r, "%s <%s>", "; ") or None),
                            ("主题: ", r.subject)], "________________________________" if owa else None)


def q_outlook_tw(r):
    t = r.t
    ap = "上午" if t.hour < 12 else "下午"
    return header_block(r, [("寄件者: ", "%s <%s>" % r.frm),
                            ("寄件日期: ", "%d年%d月%d日 %s %d:%02d" % (t.year, t.month, t.day, ap, t.hour % 12 or 12,
                                                                 t.minute)),
                            ("收件者: ", tos(r, "%s <%s>", "; ")), ("副本: ", ccs(r, "%s <%s>", "; ") or None),
                            ("主旨: ", r.subject)])


def q_outlook_en(r, t=None, sep=None):
    t = t or r.t
    return header_block(r, [("From: ", "%s <%s>" % r.frm),
                            ("Sent: ", "%s, %s %d, %d %d:%02d %s" % (DAY_EN_L[t.weekday()], MON_EN_L[t.month - 1],
                                                                     t.day, t.year, t.hour % 12 or 12, t.minute,
                                                                     "AM" if t.hour < 12 else "PM")),
                            ("To: ", tos(r, "%s <%s>", "; ")), ("Cc: ", ccs(r, "%s <%s>", "; ") or None),
                            ("Subject: ", r.subject)], sep)


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def q_outlook_de(r, t):
    return header_block(r, [("Von: ", "%s <%s>" % r.frm),
                            ("Gesendet: ", "%s, %d. %s %d %d:%02d" % (DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1],
                                                                      t.year, t.hour, t.minute)),
                            ("An: ", tos(r, "%s <%s>", "; ")), ("Cc: ", ccs(r, "%s <%s>", "; ") or None),
                            ("Betreff: ", r.subject)])


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def q_outlook_nl(r, t):
    return header_block(r, [("Van: ", "%s <%s>" % r.frm),
                            ("Verzonden: ", "%s %d %s %d %d:%02d" % (NL_DAYS[t.weekday()], t.day, NL_MON[t.month - 1],
                                                                     t.year, t.hour, t.minute)),
                            ("Aan: ", tos(r, "%s <%s>", "; ")), ("CC: ", ccs(r, "%s <%s>", "; ") or None),
                            ("Onderwerp: ", r.subject)])


TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]


def q_outlook_tr(r, t):
    return header_block(r, [("Kimden: ", "%s <%s>" % r.frm),
                            ("Gönderildi: ", "%d %s %d %s %d:%02d" % (t.day, TR_MON[t.month - 1], t.year,
                                                                      TR_DAYS[t.weekday()], t.hour, t.minute)),
                            ("Kime: ", tos(r, "%s <%s>", "; ")), ("Bilgi: ", ccs(r, "%s <%s>", "; ") or None),
                            ("Konu: ", r.subject)])


PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]


def q_outlook_pt(r, t):
    return header_block(r, [("De: ", "%s <%s>" % r.frm),
                            ("Enviado: ", "%s, %d de %s de %d %02d:%02d" % (PT_DAYS[t.weekday()], t.day,
                                                                            PT_MON[t.month - 1], t.year, t.hour,
                                                                            t.minute)),
                            ("Para: ", tos(r, "%s <%s>", "; ")), ("Cc: ", ccs(r, "%s <%s>", "; ") or None),
                            ("Assunto: ", r.subject)])


def q_outlook_ja(r, t):
    return header_block(r, [("差出人: ", "%s <%s>" % r.frm),
                            ("送信日時: ", "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)),
                            ("宛先: ", tos(r, "%s <%s>", "; ")), ("CC: ", ccs(r, "%s <%s>", "; ") or None),
                            ("件名: ", r.subject)])


def q_outlook_mac_en(r):
    t = r.t
    return header_block(r, [("From: ", "%s <%s>" % r.frm),
                            ("Date: ", "%s, %d %s %d at %d:%02d" % (DAY_EN_L[t.weekday()], t.day, MON_EN_L[t.month - 1],
                                                                     t.year, t.hour, t.minute)),
                            ("To: ", tos(r, "%s <%s>", ", ")), ("Cc: ", ccs(r, "%s <%s>", ", ") or None),
                            ("Subject: ", r.subject)])


def q_qq(r):
    t = r.t
    ap = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], ap,
                                         t.hour if t.hour <= 12 else t.hour - 12, t.minute)
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            % (r.frm[0], r.frm[1], when, tos(r, '"%s"<%s>;', "")) +
            ("抄送: %s\n" % ccs(r, '"%s"<%s>;', "") if r.cc else "") + "主题: %s\n\n\n\n" % r.subject + r.text)
    h = ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div>'
         '<div><b>收件人:</b>&nbsp;%s</div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(r.frm[0]), r.frm[1], when, esc(tos(r, '"%s"<%s>;', "")), esc(r.subject), r.html))
    return text, h


def q_foxmail(r):
    t = r.t
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (r.frm[0], t.strftime("%Y-%m-%d %H:%M"), tos(r, "%s", "; "))
            + ("抄送： %s\n" % ccs(r, "%s", "; ") if r.cc else "") + "主题： %s\n" % r.subject + r.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em"><div>&nbsp;</div>'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="FONT-SIZE: 12px;'
         'BACKGROUND: #efefef; PADDING: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：'
         '</b>&nbsp;%s</div><div><b>收件人：</b>&nbsp;%s</div><div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div>'
         '</blockquote>' % (r.frm[1], esc(r.frm[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos(r, "%s", "; ")),
                            esc(r.subject), r.html))
    return text, h


def q_coremail(r):
    t = r.t
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:%s\n主题:%s\n\n"
            % (r.frm[0], r.frm[1], when, tos(r, '"%s" <%s>', ", "), ccs(r, '"%s" <%s>', ", "), r.subject) + r.text)
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b>%s<br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(r.frm[0]), r.frm[1], when, esc(tos(r, '"%s" <%s>', ", ")), esc(ccs(r, '"%s" <%s>', ", ")),
            esc(r.subject), r.html))
    return text, h


def q_netease_web(r):
    """163/126 web and 网易企业邮箱 web: '在 2026-09-14 10:20:11，"纪要助手" <…> 写道：' + blockquote#isReplyContent."""
    attr = '在 %s，"%s" <%s> 写道：' % (r.t.strftime("%Y-%m-%d %H:%M:%S"), r.frm[0], r.frm[1])
    text = "\n\n\n\n" + attr + "\n" + gt(r.text)
    h = ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<pre><br>%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), r.html))
    return text, h


def q_mailmaster(r):
    t = r.t
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
            % (r.frm[0], r.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), tos(r, "%s<%s>", ", "), r.subject) + r.text)
    h = ('<div class="ntes-mailmaster-quote"><div style="color: #89898c">---- 回复的原邮件 ----</div><table>'
         '<tr><td>发件人</td><td>%s&lt;%s&gt;</td></tr><tr><td>日期</td><td>%s</td></tr><tr><td>收件人</td><td>%s</td>'
         '</tr><tr><td>主题</td><td>%s</td></tr></table><div>%s</div></div>'
         % (esc(r.frm[0]), r.frm[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos(r, "%s<%s>", ", ")), esc(r.subject),
            r.html))
    return text, h


def q_alimail(r):
    """钉钉邮箱 / 阿里邮箱: a long dash rule then 发件人/发送时间/收件人/抄　送/主　题 with full-width spaces."""
    t = r.t
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
    pairs = [("发件人：", "%s <%s>" % r.frm), ("发送时间：", when), ("收件人：", tos(r, "%s <%s>", "; ")),
             ("抄　送：", ccs(r, "%s <%s>", "; ") or None), ("主　题：", r.subject)]
    text = ("\n\n------------------------------------------------------------------\n"
            + "".join("%s%s\n" % (k, v) for k, v in pairs if v is not None) + "\n" + r.text)
    h = ('<div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0"><div style="clear:both">'
         '------------------------------------------------------------------</div>'
         + "".join("<div><b>%s</b>%s</div>" % (esc(k), esc(v)) for k, v in pairs if v is not None)
         + "<div><br></div>%s</blockquote>" % r.html)
    return text, h


def q_feishu(r):
    """飞书邮箱 (Lark Mail, zh UI): a '---- 回复的原邮件 ----'-less card: 发件人/日期/主题/收件人 lines (see README)."""
    t = r.t
    pairs = [("发件人: ", "%s<%s>" % r.frm),
             ("日期: ", "%d年%d月%d日 (周%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)),
             ("主题: ", r.subject), ("收件人: ", tos(r, "%s<%s>", ", ")), ("抄送: ", ccs(r, "%s<%s>", ", ") or None)]
    text = "\n\n" + "".join("%s%s\n" % (k, v) for k, v in pairs if v) + "\n" + gt(r.text)
    h = ('<div class="history-quote-wrapper"><div style="list-style-position:inside" data-html-block="quote">'
         '<div class="adit-html-block adit-html-block--collapsed"><div><div class="history-quote-meta-wrapper '
         'history-quote-gap-tag" style="padding:12px;background:rgba(242,243,245,1);margin-top:24px">'
         + "".join('<div style="word-break:break-word"><span>%s</span>%s</div>' % (esc(k), esc(v))
                   for k, v in pairs if v)
         + '</div><blockquote style="border-left:2px solid #bbbfc4;padding-left:10px;margin:0">%s</blockquote>'
           '</div></div></div></div>' % r.html)
    return text, h


def attr_quote(r, attr, gt_prefix_attr=False):
    """'attribution line' + '> ' quoted text (Gmail, Apple, Thunderbird...)."""
    if gt_prefix_attr:
        text = "\n\n> " + attr + "\n>\n" + gt(r.text)
    else:
        text = "\n\n" + attr + "\n\n" + gt(r.text)
    h = bq(r.html, '<div dir="ltr" class="gmail_attr">%s<br></div>' % esc(attr))
    return text, h


def a_gmail_zh(r):
    t = r.t
    return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (r.frm[0], r.frm[1], t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                  t.hour, t.minute)


def a_gmail_en(r, t=None):
    t = t or r.t
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year,
                                                            t.hour % 12 or 12, t.minute,
                                                            "AM" if t.hour < 12 else "PM", r.frm[0], r.frm[1])


# ------------------------------------------------------------------------------------------------ client envelopes
def base_headers(frm, r, subject, t, label, mode="B", quote=False, cc=()):
    return [("From", haddr(frm[0], frm[1], label, mode, quote)),
            ("To", haddr(BOT[0], r.reply_to, label, mode, quote)),
            ] + ([("Cc", haddrs(cc, label, mode, quote))] if cc else []) + [
        ("Subject", htext(subject, label, mode)), ("Date", rfc_date(t))]


def thread(r):
    return [("In-Reply-To", r.msgid), ("References", r.minutes_id + "\n " + r.msgid)]


def html_of(text):
    return "".join("<div>%s</div>" % esc(l) if l else "<div><br></div>" for l in text.rstrip("\n").split("\n"))


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def case(num, slug, kind, tests, client, frm, rk, t, intent=None, items=(), percent=None, new_due=None, check=None,
         notes="", body="", **kw):
    CASES.append(dict(num=num, slug=slug, kind=kind, tests=tests, client=client, frm=who(frm), rk=rk, t=t,
                      intent=intent, items=list(items), percent=percent, new_due=new_due, check=check, notes=notes,
                      body=body, kw=kw))


def sht(t):
    return t.astimezone(TZ8).date()


exec(open(Path(__file__).with_name("clients18.py"), encoding="utf-8").read())
exec(open(Path(__file__).with_name("cases18.py"), encoding="utf-8").read())


# ------------------------------------------------------------------------------------------------ build
def build(c):
    r = R[c["rk"]]
    t = c["t"]
    frm = c["frm"]
    cl = c["client"]
    kw = c["kw"]
    seed = c["slug"]
    body = c["body"]
    if cl.startswith("outlook") or cl == "owa":
        pre = "RE: " + r.subject
    elif cl in ("qq", "wecom", "alimail", "feishu", "mailmaster"):
        pre = "回复：" + r.subject
    elif cl in ("coremail", "netease"):
        pre = "Re:" + r.subject
    else:
        pre = r.subject          # Gmail, Apple, Thunderbird, Samsung: already starts with 'Re: '
    subj = kw.get("subject", pre)
    cc = [who(x) for x in kw.get("cc", [])]
    inline = kw.get("inline")          # full text/plain replacing quote+body (inline answers)
    qtext, qhtml = QUOTE[cl](r, c)
    if callable(inline):
        inline = inline(r, c, qtext)
    if kw.get("noquote"):
        text = body
        hbody = html_of(body)
    elif inline is not None:
        text = inline
        hbody = html_of(inline)
    elif kw.get("bottom"):
        text = qtext.lstrip("\n") + "\n" + body
        hbody = qhtml + html_of(body)
    elif kw.get("same_line"):
        # the writer typed on the attribution line itself (no newline before it)
        text = body + qtext.lstrip("\n")
        hbody = esc(body) + qhtml
    else:
        text = body + qtext
        hbody = html_of(body) + qhtml
    return CLIENT[cl](c, r, frm, subj, t, text, hbody, seed, cc)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).parent
    bad = 0
    for c in CASES:
        if c["new_due"] or c["check"]:
            got = c["check"]() if c["check"] else None
            if got is None or got.isoformat() != c["new_due"]:
                print("DATE MISMATCH", c["num"], c["new_due"], got)
                bad += 1
    if check:
        for c in CASES:
            name = "%d-%s" % (c["num"], c["slug"])
            e, j = out / (name + ".eml"), out / (name + ".json")
            if not e.exists() or not j.exists():
                print("missing", name)
                bad += 1
                continue
            if e.read_bytes() != build(c) or json.loads(j.read_text("utf-8")) != gold(c):
                print("differs", name)
                bad += 1
        print("checked %d cases, %d problems" % (len(CASES), bad))
        sys.exit(1 if bad else 0)
    out.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        name = "%d-%s" % (c["num"], c["slug"])
        (out / (name + ".eml")).write_bytes(build(c))
        (out / (name + ".json")).write_text(json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n", "utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for row in ROSTER:
            w.writerow(row)
    print("wrote %d cases" % len(CASES))
    sys.exit(1 if bad else 0)


def gold(c):
    rep = None
    if c["kind"] == "reply":
        rep = {"intent": c["intent"], "items": c["items"], "percent": c["percent"], "new_due_date": c["new_due"]}
    return {"kind": c["kind"], "items": [], "next_followup": None, "reply": rep, "notes": c["notes"]}


if __name__ == "__main__":
    main()
