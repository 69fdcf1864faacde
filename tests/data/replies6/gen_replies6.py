#!/usr/bin/env python3
"""Blind held-out set `replies6` for minutebot: replies to the bot's recaps, written from many mail clients.

    /work/blind/venv/bin/python gen_replies6.py [OUTDIR]     # write NNN-slug.eml/.json, roster.csv (default: here)
    /work/blind/venv/bin/python gen_replies6.py --check [DIR] # re-validate: MIME, schema, and every gold date
                                                              # recomputed with chinesecalendar from the .eml Date

Deterministic: no clock, no randomness. Company: 森雅家居 (Senya Home Furnishings, senya.example.cn), a Foshan
furniture maker exporting to the US and the Gulf (offices in Foshan, Los Angeles, Dubai, a factory in Ho Chi Minh
City). Helpers for MIME/header building are adapted from the dev corpus (mimehelpers.py).
"""
import csv
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chinese_calendar  # noqa: E402
from mimehelpers import (ADDR, BOT, BR, DOM, MONTH_EN, WEEKDAY_EN, WEEKDAY_ZH, Parent, Tbl, attachment, esc,  # noqa
                         envelope, exchange_online, finish, foxmail, gmail, haddr, haddrs, hb64, htext, hx, leaf,
                         multi, outlook_desktop, qq_exmail, coremail, quote_coremail, quote_foxmail, quote_gmail_en,
                         quote_gmail_zh, quote_ios_zh, quote_mailmaster, quote_outlook_mac_en, quote_outlook_zh,
                         quote_qq, received, render_divs, render_text, rfc_date, serialize, sh, thread_index,
                         tiny_zip, OUTLOOK_HEAD, OUTLOOK_TAIL, render_outlook_inner, TZ8, UTC)

D = dt.date


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


PDT, PST, GST, ICT, CEST, CET, JST = tz(-7), tz(-8), tz(4), tz(7), tz(2), tz(1), tz(9)


def at(s, zone=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=zone)


# --------------------------------------------------------------------------------------------------------------
# Calendar (chinesecalendar): the only source of working days / holidays
# --------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(sent, n):
    d, left = sent, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def resolve(rule, sent):
    """Gold date rules; `sent` is the reply's date in Asia/Shanghai."""
    kind = rule[0]
    if kind == "abs":                      # 2月26日 / Oct 20 / May 11: current year
        return D(sent.year, rule[1], rule[2])
    if kind == "workdays":                 # N个工作日内, counted from the day after sending
        return add_workdays(sent, rule[1])
    if kind == "next_week":                # 下周X: weekday X of the following calendar week
        monday = sent - dt.timedelta(days=sent.weekday())
        return monday + dt.timedelta(days=7 + rule[1])
    if kind == "dom":                      # 'the 21st': this month if not past, else next month
        d = D(sent.year, sent.month, rule[1])
        if d < sent:
            d = D(sent.year + sent.month // 12, sent.month % 12 + 1, rule[1])
        return d
    if kind == "plus_days":                # 'two more days' on an item due X: X + N (calendar = working here)
        base = D.fromisoformat(rule[1])
        cal = base + dt.timedelta(days=rule[2])
        assert cal == add_workdays(base, rule[2]), "plus_days case must not depend on day counting"
        return cal
    raise ValueError(rule)


# --------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
ROSTER = [
    # name, local, department, head?, aliases
    ("梁志豪", "liangzhihao", "研发部", True, "梁工;Leon Leung;豪哥;梁经理"),
    ("邓雪梅", "dengxuemei", "研发部", False, "雪梅;Snow Deng;邓设计"),
    ("蔡文博", "vincent.tsai", "研发部", False, "Vincent Tsai;Wenbo Tsai;阿博;蔡設計"),
    ("罗建新", "luojianxin", "生产部", True, "罗厂长;罗厂;Luo Jianxin"),
    ("吴秀兰", "wuxiulan", "生产部", False, "兰姐;Wu Xiulan;秀兰"),
    ("谭美玲", "tanmeiling", "品质部", True, "谭经理;Tan Meiling;Maggie Tam;Maggie"),
    ("麦子健", "kenneth.mak", "品质部", False, "阿健;Kenneth Mak;Kenneth;麥子健"),
    ("陈伟", "chenwei", "采购部", True, "陈经理;Chen Wei;David Chen"),
    ("欧阳婷", "ouyangting", "采购部", False, "Ouyang Ting;Tina Ouyang;婷婷"),
    ("李家伟", "lijiawei", "物流部", True, "李sir;Kelvin Li;Li Jiawei;家伟"),
    ("周慧", "zhouhui", "财务部", True, "周经理;Zhou Hui;Grace Zhou"),
    ("黄诗琪", "huangshiqi", "外贸部", True, "黄经理;Cindy Huang;Huang Shiqi;诗琪"),
    ("何嘉欣", "hejiaxin", "市场部", True, "Gigi He;Gigi;嘉欣;何经理"),
    ("陈睿", "ryan.chen", "美国公司", True, "Ryan Chen;Ryan;陈总;Rui Chen"),
    ("Maria Gonzalez", "maria.gonzalez", "美国公司", False, "Maria;María González;Gonzalez"),
    ("Jason Miller", "jason.miller", "美国公司", False, "Jason;JM"),
    ("Karim Haddad", "karim.haddad", "迪拜公司", True, "Karim;Mr Karim;哈达德"),
    ("Sophie Martin", "sophie.martin", "迪拜公司", False, "Sophie"),
    ("Anna Kowalska", "anna.kowalska", "迪拜公司", False, "Anna;Ania"),
    ("郑浩", "zhenghao", "越南工厂", True, "郑经理;Zheng Hao;浩哥;anh Hạo"),
    ("Nguyễn Văn Hùng", "hung.nguyen", "越南工厂", False, "Hùng;Nguyen Van Hung;Mr Hung;阿雄;阮文雄"),
    ("Trần Thị Mai", "mai.tran", "越南工厂", False, "Mai;Tran Thi Mai;陈氏梅;chị Mai"),
]
P = {}
_heads = {dep: local for name, local, dep, head, _ in ROSTER if head}
for name, local, dep, head, aliases in ROSTER:
    P[name] = {"name": name, "email": "%s@%s" % (local, DOM), "department": dep,
               "manager_email": "" if head else "%s@%s" % (_heads[dep], DOM), "aliases": aliases}
    ADDR[name] = P[name]["email"]

EXT = {
    "Klaus Becker": "k.becker@pruefhaus-moebel.example.de",
    "Jan de Vries": "jan.devries@northsea-logistics.example.nl",
    "田中 健一": "k-tanaka@hoshino-kanamono.example.jp",
    "Kim Minjun": "minjun.kim@daeil-coating.example.kr",
    "Kelly Brooks": "kelly.brooks@homenest.example.com",
}
ADDR.update(EXT)


# --------------------------------------------------------------------------------------------------------------
# Meetings and the recaps the bot sent for them
# --------------------------------------------------------------------------------------------------------------
def token_addr(key):
    return ("纪要助手", "minutes+r%s@%s" % (hx("senya-token-" + key, 16), DOM))


def recap_blocks(rows, cutoff, problems=(), lang="zh"):
    if lang == "en":
        b = ["Hello all,", BR, "Minutes Assistant has recorded the following action items:",
             Tbl([["#", "Action item", "Owner", "Due"]] + [[str(n), t, o, d] for n, t, o, d in rows], plain="pipe")]
        if problems:
            b += [BR, "Please check:"] + ["- " + x for x in problems]
        b += [BR, "如有异议请于今日内回复 / If you disagree, please reply today (by %s); otherwise the items are "
              "confirmed." % cutoff,
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
              '"extend to Oct 20" (中文：确认 / 有异议：原因 / 第N项已完成 / 进度80% / 延期至10月20日).', BR,
              "-- Minutes Assistant 纪要助手 (automated message)"]
        return b
    b = ["各位好：", BR, "纪要助手已登记本次会议的待办事项：",
         Tbl([["序号", "事项", "负责人", "截止时间"]] + [[str(n), t, o, d] for n, t, o, d in rows], plain="pipe")]
    if problems:
        b += [BR, "需要注意："] + ["· " + x for x in problems]
    b += [BR, "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff,
          "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", BR,
          "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return b


class Meeting:
    def __init__(self, key, subject, organizer, others, minutes_t, rows, cutoff, lang="zh", problems=(),
                 recap_after=4):
        self.key, self.subject, self.organizer, self.lang = key, subject, organizer, lang
        self.minutes_t = minutes_t
        self.minutes_msgid = "<%s.%s@%s>" % (minutes_t.astimezone(UTC).strftime("%Y%m%d%H%M%S"),
                                             hx("minutes" + key, 10), DOM)
        self.recap_t = sh(minutes_t) + dt.timedelta(minutes=recap_after, seconds=21)
        self.rows = rows                      # (n, task, owner name, due text)
        self.owners = {n: o for n, _, o, _ in rows}
        self.reply_to = token_addr(key)
        blocks = recap_blocks(rows, cutoff, problems, lang)
        to = [organizer] + [x for x in others if x != organizer]
        self.recap_msgid = "<r.%s.%s@%s>" % (self.recap_t.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.parent = Parent(BOT, to, [], "Re: " + subject, self.recap_t, render_text(blocks), render_divs(blocks),
                             self.recap_msgid)
        self.blocks = blocks
        self.refs = [self.minutes_msgid, self.recap_msgid]

    def items_of(self, person):
        return [n for n, o in self.owners.items() if o == person]


M = {}


def meeting(*a, **k):
    m = Meeting(*a, **k)
    M[m.key] = m
    return m


meeting("sf-ship", "春节前出货及节后复工安排会议纪要（2月9日）", "李家伟",
        ["罗建新", "吴秀兰", "周慧", "黄诗琪", "欧阳婷"], at("2026-02-09 11:20:05"),
        [(1, "完成FS-2602批次餐椅包装加固", "罗建新", "2026-02-12"),
         (2, "确认2个40HQ订舱并提供船期", "李家伟", "2026-02-11"),
         (3, "提交节后复工人员到岗名单", "吴秀兰", "2026-02-13"),
         (4, "结清东莞五金厂1月货款", "周慧", "2026-02-13"),
         (5, "更新美国客户节后交期表", "黄诗琪", "2026-02-14")], "2026-02-09 18:00")
meeting("after-sf", "节后开工准备会纪要 2.25", "罗建新",
        ["吴秀兰", "麦子健", "欧阳婷", "梁志豪", "谭美玲"], at("2026-02-25 09:48:30"),
        [(1, "完成全部设备节后点检", "吴秀兰", "2026-02-26"),
         (2, "补招10名喷漆工", "罗建新", "2026-03-06"),
         (3, "新员工安全培训", "麦子健", "2026-02-28 (周六调休上班)"),
         (4, "原木料及板材库存盘点", "欧阳婷", "2026-02-27"),
         (5, "岩板切割机保养", "吴秀兰", "2026-03-02")], "2026-02-25 18:00")
meeting("hcmc-may", "越南工厂五一前生产协调会纪要 / HCMC pre-holiday production sync", "郑浩",
        ["谭美玲", "Nguyễn Văn Hùng", "Trần Thị Mai", "Maria Gonzalez", "罗建新"], at("2026-04-28 14:02:11", ICT),
        [(1, "橡木边柜首件复检", "谭美玲", "2026-04-30"),
         (2, "补充2名封边机操作员", "Nguyễn Văn Hùng", "2026-05-08"),
         (3, "提交5月排产计划", "郑浩", "2026-04-29"),
         (4, "胡桃木贴皮到货跟进", "Trần Thị Mai", "2026-05-06"),
         (5, "确认美国客户验货日期", "Maria Gonzalez", "未明确（尽快）")], "2026-04-28 18:00",
        problems=["第5项截止时间不明确（尽快），请负责人确认具体日期。"])
meeting("amz-weekly", "美国亚马逊店铺运营周会纪要 5/6", "何嘉欣",
        ["邓雪梅", "Jason Miller", "Maria Gonzalez", "陈睿"], at("2026-05-06 15:05:40"),
        [(1, "上传餐桌系列A+页面图片", "邓雪梅", "2026-05-08"),
         (2, "回复5条差评并跟进退货", "Jason Miller", "2026-05-07"),
         (3, "调整广告关键词出价", "何嘉欣", "2026-05-11"),
         (4, "提交FBA补货计划", "Maria Gonzalez", "2026-05-09")], "2026-05-06 18:00")
meeting("la-q4", "US Q4 program & Black Friday container plan - minutes", "陈睿",
        ["Jason Miller", "Maria Gonzalez", "李家伟", "何嘉欣", "黄诗琪"], at("2026-09-15 08:49:50", PDT),
        [(1, "Send final Black Friday price list to HomeNest buyer", "Jason Miller", "2026-09-18"),
         (2, "Book 6x40HQ for October sailings (Yantian-LA)", "李家伟", "2026-09-22"),
         (3, "Photo/video shoot of the dining collection for Amazon A+", "何嘉欣", "2026-09-30"),
         (4, "Warehouse slotting plan for the Ontario DC", "Maria Gonzalez", "2026-09-21"),
         (5, "Approve Q4 ad budget", "陈睿", "2026-09-18")],
        "2026-09-16 18:00 Asia/Shanghai", lang="en")
meeting("dxb-showroom", "Dubai showroom fit-out sync 22/09", "Karim Haddad",
        ["蔡文博", "李家伟", "Sophie Martin", "Anna Kowalska", "黄诗琪"], at("2026-09-22 10:41:02", GST),
        [(1, "Final 3D renderings of the showroom", "蔡文博", "2026-09-29"),
         (2, "Ship sample set (sofa, dining, bedroom) to Jebel Ali", "李家伟", "2026-09-30"),
         (3, "Trade licence renewal documents", "Sophie Martin", "2026-10-08"),
         (4, "Customs clearance plan for the samples", "Anna Kowalska", "2026-10-12"),
         (5, "Opening event guest list", "Karim Haddad", "2026-10-15")], "2026-09-22 18:00 Asia/Shanghai", lang="en")
meeting("qc-oct", "节后品质例会纪要（10月9日）", "谭美玲",
        ["梁志豪", "Klaus Becker", "麦子健", "欧阳婷", "黄诗琪"], at("2026-10-09 16:12:44"),
        [(1, "整改岩板餐桌桌脚晃动问题", "梁志豪", "2026-10-14"),
         (2, "出具第三方跌落测试报告", "Klaus Becker", "2026-10-16"),
         (3, "完成8名新质检员上岗培训", "麦子健", "2026-10-10 (周六调休上班)"),
         (4, "五金铰链来料批次抽检", "欧阳婷", "2026-10-13"),
         (5, "回复美国客诉 US-0917", "黄诗琪", "2026-10-12")], "2026-10-09 18:00")
meeting("hcmc-nov", "越南工厂产能周会纪要 11/3", "郑浩",
        ["Nguyễn Văn Hùng", "Trần Thị Mai", "周慧", "罗建新"], at("2026-11-03 15:01:09", ICT),
        [(1, "增开夜班，软包线产能提升到每日120套", "Nguyễn Văn Hùng", "2026-11-13"),
         (2, "提交11月原材料采购申请", "Trần Thị Mai", "2026-11-05"),
         (3, "更新美国订单交期表", "郑浩", "2026-11-06"),
         (4, "申请越南工厂消防验收", "Nguyễn Văn Hùng", "2026-11-20"),
         (5, "核对10月加工费对账单", "周慧", "2026-11-10")], "2026-11-03 18:00")
meeting("homenest", "HomeNest weekly call 11/17 - notes", "Jason Miller",
        ["麦子健", "李家伟", "Maria Gonzalez", "何嘉欣", "陈睿"], at("2026-11-17 09:58:12", PST),
        [(1, "Send revised packaging drop-test video", "麦子健", "2026-11-20"),
         (2, "Confirm ETA of container SYM2611-04", "李家伟", "2026-11-19"),
         (3, "Spare parts kit for customer returns", "Maria Gonzalez", "2026-11-25"),
         (4, "Q1 2027 catalogue draft", "何嘉欣", "2026-11-24")], "2026-11-18 18:00 Asia/Shanghai", lang="en")
meeting("supplier-2026", "2026年度供应商评审会纪要", "陈伟",
        ["田中 健一", "Kim Minjun", "Jan de Vries", "欧阳婷", "周慧"], at("2026-12-01 15:30:26"),
        [(1, "提交2027年铰链年度报价", "田中 健一", "2026-12-08"),
         (2, "提供水性漆VOC检测报告", "Kim Minjun", "2026-12-04"),
         (3, "提交鹿特丹拼箱运价方案", "Jan de Vries", "2026-12-07"),
         (4, "完成供应商评分表汇总", "欧阳婷", "2026-12-03"),
         (5, "更新合格供应商名录", "陈伟", "2026-12-10")], "2026-12-01 18:00")


# --------------------------------------------------------------------------------------------------------------
# Quote styles (text, html) beyond the dev-corpus ones; times are shown in the replier's own zone
# --------------------------------------------------------------------------------------------------------------
def _q(lines_text):
    return "".join("> " + l + "\n" if l else ">\n" for l in lines_text.rstrip("\n").split("\n"))


def _names(people, fmt="%s <%s>", sep="; "):
    return sep.join(fmt % x for x in people)


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FR_MON_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PL_DAYS_S = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON_S = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
ES_DAYS_S = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON_S = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
VI_DAYS_S = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
KO_DAYS = "월화수목금토일"
JA_DAYS = "月火水木金土日"
TW_DAYS = "一二三四五六日"


def ampm_ko(t):
    h = t.hour % 12 or 12
    return "%s %d:%02d" % ("오전" if t.hour < 12 else "오후", h, t.minute)


def outlook_header(p, lang, zone):
    """The Outlook desktop/OWA reply header block in the client's UI language."""
    t = p.t.astimezone(zone)
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    to = _names(p.to)
    labels = {
        "en": ("From", "Sent", "To", "Cc", "Subject", "%s, %s %d, %d %d:%02d %s" % (
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][t.weekday()],
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"][t.month - 1], t.day, t.year, h12, t.minute, ap)),
        "tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨", "%d年%d月%d日 %s %02d:%02d" % (
            t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0", "%s %d %s %d %02d:%02d" % (
            FR_DAYS[t.weekday()], t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute)),
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff", "%s, %d. %s %d %02d:%02d" % (
            DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour, t.minute)),
        "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "%s %d %s %d %02d:%02d" % (
            NL_DAYS[t.weekday()], t.day, NL_MON[t.month - 1], t.year, t.hour, t.minute)),
        "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề", "%s, ngày %d tháng %d năm %d %d:%02d %s" % (
            VI_DAYS[t.weekday()], t.day, t.month, t.year, h12, t.minute, "SA" if t.hour < 12 else "CH")),
        "ja": ("差出人", "送信日時", "宛先", "CC", "件名", "%d年%d月%d日 %d:%02d" % (
            t.year, t.month, t.day, t.hour, t.minute)),
        "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", "%d년 %d월 %d일 %s요일 %s" % (
            t.year, t.month, t.day, KO_DAYS[t.weekday()], ampm_ko(t))),
        "es": ("De", "Enviado", "Para", "CC", "Asunto", "%s, %d de %s de %d %d:%02d" % (
            ES_DAYS[t.weekday()], t.day, ES_MON[t.month - 1], t.year, t.hour, t.minute)),
    }[lang]
    f, s, tt, c, subj, when = labels
    rows = [(f, "%s <%s>" % p.frm), (s, when), (tt, to)] + ([(c, _names(p.cc))] if p.cc else []) + [(subj, p.subject)]
    return rows


def quote_outlook_lang(p, lang, zone, sep_line=True):
    rows = outlook_header(p, lang, zone)
    text = "\n" + ("________________________________\n" if sep_line else "") + \
        "".join("%s: %s\n" % r for r in rows) + "\n" + p.text
    h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
         'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
         "".join("<b>%s:</b> %s<br>" % (esc(k), esc(v)) for k, v in rows) + '</font><div>&nbsp;</div></div>' + p.html)
    return text, h


def quote_outlook_desktop_lang(p, lang, zone):
    """Outlook 2016/365 desktop (Word editor): no underscore line in HTML, a top border; plain text has the block."""
    rows = outlook_header(p, lang, zone)
    text = "\n" + "".join("%s: %s\n" % r for r in rows) + "\n" + p.text
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         + "".join('<b><span lang="EN-US">%s:</span></b><span lang="EN-US"> %s<br></span>' % (esc(k), esc(v))
                   for k, v in rows) + '<o:p></o:p></p></div></div>\n' + p.html)
    return text, h


def gmail_attr(p, lang, zone):
    t = p.t.astimezone(zone)
    n, a = p.frm
    h12 = t.hour % 12 or 12
    if lang == "en":
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1],
                                                                t.day, t.year, h12, t.minute,
                                                                "AM" if t.hour < 12 else "PM", n, a)
    if lang == "fr":
        return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (FR_DAYS[t.weekday()][:3] + ".", t.day,
                                                                FR_MON_S[t.month - 1], t.year, t.hour, t.minute, n, a)
    if lang == "pl":
        return "%s, %d %s %d o %02d:%02d %s <%s> napisał(a):" % (PL_DAYS_S[t.weekday()], t.day, PL_MON_S[t.month - 1],
                                                              t.year, t.hour, t.minute, n, a)
    if lang == "vi":
        return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (VI_DAYS_S[t.weekday()], t.day, t.month,
                                                                           t.year, t.hour, t.minute, n, a)
    if lang == "ko":
        return "%d년 %d월 %d일 (%s) %s, %s <%s>님이 작성:" % (t.year, t.month, t.day, KO_DAYS[t.weekday()], ampm_ko(t),
                                                        n, a)
    if lang == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_DAYS_S[t.weekday()], t.day,
                                                                      ES_MON_S[t.month - 1], t.year, t.hour,
                                                                      t.minute, n, a)
    if lang == "tw":
        return "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (n, a, t.year, t.month, t.day, TW_DAYS[t.weekday()],
                                                         "上午" if t.hour < 12 else "下午", h12, t.minute)
    if lang == "zh":
        return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (n, a, t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()],
                                                     t.hour, t.minute)
    raise ValueError(lang)


def quote_gmail_lang(p, lang, zone, wrap_at=None, same_line_prefix=None):
    """Gmail web/mobile: attribution + '> ' lines. wrap_at: Gmail's plain-text 78-column wrap of the
    attribution; same_line_prefix: text the user typed on the attribution line (no line break)."""
    attr = gmail_attr(p, lang, zone)
    attr_text = attr
    if wrap_at and len(attr) > wrap_at:
        cut = attr.rfind(" ", 0, wrap_at)
        attr_text = attr[:cut] + "\n" + attr[cut + 1:]
    if same_line_prefix is not None:
        text = same_line_prefix + attr_text + "\n\n" + _q(p.text)
    else:
        text = "\n\n" + attr_text + "\n\n" + _q(p.text)
    n, a = p.frm
    attr_h = esc(attr).replace(esc("<%s>" % a), '&lt;<a href="mailto:%s">%s</a>&gt;' % (a, a))
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (attr_h, p.html))
    return text, h


def quote_apple(p, lang, zone):
    t = p.t.astimezone(zone)
    n, a = p.frm
    h12 = t.hour % 12 or 12
    if lang == "en":
        attr = "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, h12, t.minute,
                                                               "AM" if t.hour < 12 else "PM", n, a)
    elif lang == "fr":
        attr = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (t.day, FR_MON_S[t.month - 1], t.year, t.hour,
                                                             t.minute, n, a)
    else:
        raise ValueError(lang)
    text = "\n\n> " + attr + "\n>\n" + _q(p.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
         '</blockquote></div>' % (esc(attr), p.html))
    return text, h


def quote_thunderbird(p, lang, zone):
    t = p.t.astimezone(zone)
    n = p.frm[0]
    if lang == "en":
        attr = "On %d/%d/%s %d:%02d %s, %s wrote:" % (t.month, t.day, str(t.year)[2:], t.hour % 12 or 12, t.minute,
                                                     "AM" if t.hour < 12 else "PM", n)
    elif lang == "de":
        attr = "Am %02d.%02d.%s um %02d:%02d schrieb %s:" % (t.day, t.month, str(t.year)[2:], t.hour, t.minute, n)
    else:
        raise ValueError(lang)
    return attr + "\n" + _q(p.text), attr


def quote_163(p):
    t = p.t
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
    text = "\n\n\n\n\n\n" + attr + "\n" + _q(p.text)
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<pre><br>%s<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
    return text, h


def quote_alimail(p):
    """DingTalk mail (Alibaba Mail): dashed rule + 发件人：/发送时间：/收件人：/主　题： block."""
    t = p.t
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    rows = [("发件人", "%s<%s>" % p.frm), ("发送时间", when), ("收件人", "; ".join("%s<%s>" % x for x in p.to)),
            ("主　题", p.subject)]
    text = ("\n------------------------------------------------------------------\n" +
            "".join("%s：%s\n" % r for r in rows) + "\n" + p.text)
    h = ('<div class="__aliyun_email_body_block"><div><br></div><blockquote style="margin-right:0;margin-top:0;'
         'margin-bottom:0"><div style="clear:both;">------------------------------------------------------------------'
         '</div>' + "".join('<div style="clear:both;"><b>%s：</b>%s</div>' % (esc(k), esc(v)) for k, v in rows) +
         '<div style="clear:both;"><br></div>%s</blockquote></div>' % p.html)
    return text, h


def quote_feishu(p):
    t = p.t
    rows = [("发件人", "%s <%s>" % p.frm), ("日期", "%d年%d月%d日 周%s %02d:%02d" % (
        t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)), ("主题", p.subject),
        ("收件人", "; ".join("%s <%s>" % x for x in p.to))]
    text = "\n\n" + "".join("%s：%s\n" % r for r in rows) + "\n" + _q(p.text)
    h = ('<div class="history-quote-wrapper"><div class="adit-html-block adit-html-block--collapsed"><div>'
         '<div class="history-quote-meta-wrapper history-quote-gap-tag" style="padding:12px;background:rgba(242,243,'
         '245,1);">' + "".join('<div><span style="white-space:nowrap;">%s：</span>%s</div>' % (esc(k), esc(v))
                                for k, v in rows) +
         '</div><blockquote style="border-left:2px solid rgba(187,191,196,1);padding-left:10px;margin:0">%s'
         '</blockquote></div></div></div>' % p.html)
    return text, h


# --------------------------------------------------------------------------------------------------------------
# Extra clients
# --------------------------------------------------------------------------------------------------------------
def deliv(t, sender, seed, host=None, ip=None):
    if host is None:
        local = sender.split("@")[0]
        host = ("%s-PC" % re.sub(r"\W", "", local).upper(), "unknown")
        ip = "10.20.%d.%d" % (1 + int(hx(local, 2), 16) % 4, 20 + int(hx(local, 4)[2:], 16) % 200)
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]), received(t, host, ip, seed=seed)]


def html_lines(text, wrap="div"):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append("<%s>%s</%s>" % (wrap, esc(l) if l else "<br>", wrap))
    return "".join(out)


def apple_mail(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, mailer, mime="1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
               cte="quoted-printable", cs="utf-8"):
    b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                        hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
    body = multi("alternative", [leaf("text/plain", text, cs, cte, ct_quote=False),
                                 leaf("text/html", html_doc, cs, cte, ct_quote=False)], b)
    body.replace_header("Content-Type", "multipart/alternative; boundary=\"%s\"" % b)
    hdrs = [("From", haddr(*frm, label="utf-8")), ("Content-Type", None), ("Mime-Version", mime),
            ("Subject", htext(subject, "utf-8", "Q")), ("Date", rfc_date(t))]
    hdrs = [h for h in hdrs if h[1] is not None]
    hdrs += [("References", "\n ".join(refs)), ("To", haddrs(to)), ("In-Reply-To", irt)]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                      hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                      hx(seed + "7", 12).upper(), frm[1].split("@")[1])),
             ("X-Mailer", mailer)]
    return envelope(hdrs, body, mime_version=False), []


def thunderbird(frm, to, cc, subject, t, text, seed, irt, refs, lang="en-US"):
    body = leaf("text/plain", text, "UTF-8", "8bit", ct_quote=False)
    hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "a", 4), hx(seed + "b", 4),
                                                     hx(seed + "c", 4), hx(seed + "d", 12), frm[1].split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
            ("Content-Language", lang), ("To", haddrs(to)), ]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("References", "\n ".join(refs)), ("From", haddr(*frm)), ("In-Reply-To", irt)]
    return envelope(hdrs, body, mime_version=False), []


def netease_web(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, cs="GBK"):
    """163/126 web mail: GBK base64, 'X-NTES-SC', Message-ID <...@163.com>."""
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html_doc, cs, "base64")], b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label=cs, quote=True)), ("To", haddrs(to, cs, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, quote=True)))
    hdrs += [("Subject", htext(subject, cs, "B")), ("In-Reply-To", irt), ("References", "\n ".join(refs)),
             ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"
                                               " Copyright (c) 2002-2026 www.mailtech.cn 163com"),
             ("X-NTES-SC", "AL_Qu2" + hb64(seed + "n", 30)), ("MIME-Version", "1.0"),
             ("Message-ID", "<%s.%s.%s@163.com>" % (hx(seed, 7), hx(seed + "2", 4), hx(seed + "3", 12)))]
    return envelope(hdrs, body, mime_version=False), []


def mailmaster(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, platform="iOS"):
    b = "NtesMailMaster-%s" % hx(seed, 32)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("To", haddrs(to, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, quote=True)))
    hdrs += [("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "m", 4), hx(seed + "k", 6), frm[1].split("@")[1])),
             ("In-Reply-To", irt), ("References", "\n ".join(refs)), ("Subject", htext(subject, "UTF-8", "B")),
             ("MIME-Version", "1.0"), ("X-Mailer", "MailMaster %s 7.19.5" % platform), ("X-Priority", "3")]
    return envelope(hdrs, body, mime_version=False), []


def alimail(frm, to, cc, subject, t, text, html_doc, seed, irt, refs):
    b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 7))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("To", haddrs(to, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, quote=True)))
    hdrs += [("Reply-To", haddr(*frm, quote=True)), ("Message-ID", "<%s.%s@%s>" % (hx(seed, 10), hx(seed + "q", 10),
                                                                                   frm[1].split("@")[1])),
             ("Subject", htext(subject, "UTF-8", "B")), ("X-Priority", "3"),
             ("X-Mailer", "Alimail-Mailagent revision 5"), ("X-Mailer", "DingTalk Mail"),
             ("MIME-Version", "1.0"), ("In-Reply-To", irt), ("References", "\n ".join(refs))]
    return envelope(hdrs, body, mime_version=False), []


def feishu(frm, to, cc, subject, t, text, html_doc, seed, irt, refs):
    b = "%s" % hx(seed, 60)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable", ct_quote=False)], b)
    hdrs = [("Content-Type", None)]
    hdrs = [("Date", rfc_date(t)), ("Message-Id", "<%s.%s@lark.%s>" % (hx(seed, 16), hx(seed + "l", 8), DOM)),
            ("Mime-Version", "1.0"), ("From", haddr(*frm)), ("Subject", htext(subject, "UTF-8", "B")),
            ("To", haddrs(to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("In-Reply-To", irt), ("References", "\n ".join(refs)), ("X-Lms-Return-Path", "<lba+2%s@%s>" % (
        hx(seed + "r", 20), "feishu.cn")), ("X-Mailer", "Lark Mail")]
    return envelope(hdrs, body, mime_version=False), []


def outlook_mac(frm, to, cc, subject, t, text, html_doc, seed, irt, refs):
    """Outlook for Mac: B_ boundary, User-Agent Microsoft-MacOutlook, QP UTF-8, Thread-Topic/Thread-Index."""
    b = "B_%d_%d" % (3900000000 + int(hx(seed, 6), 16) % 99999999, 1000000 + int(hx(seed + "b", 5), 16) % 8999999)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html_doc, "UTF-8", "quoted-printable")], b,
                 preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                          "this format, some or all of this message may not be legible.\n")
    topic = re.sub(r"^((Re|RE|AW|答复|回复):\s*)+", "", subject)
    hdrs = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Date", rfc_date(t)),
            ("Subject", htext(subject, "UTF-8", "B")), ("From", haddr(*frm)), ("To", haddrs(to))]
    if cc:
        hdrs.append(("CC", haddrs(cc)))
    hdrs += [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                      hx(seed + "2", 4).upper(), hx(seed + "3", 4).upper(),
                                                      hx(seed + "4", 12).upper(), DOM)),
             ("Thread-Topic", htext(topic, "UTF-8", "B")), ("References", "\n ".join(refs)),
             ("In-Reply-To", irt), ("Thread-Index", thread_index(seed)), ("Mime-version", "1.0")]
    return envelope(hdrs, body, mime_version=False), [("Content-Language", "en-US")]


SUBJECT_PREFIX = {
    "outlook_zh": "答复: ", ("outlook_intl", "en-US"): "RE: ", ("outlook_intl", "fr-FR"): "RE\u00a0: ",
    ("outlook_intl", "de-DE"): "AW: ", ("outlook_intl", "nl-NL"): "RE: ", ("outlook_intl", "ja-JP"): "RE: ",
    ("outlook_intl", "vi-VN"): "RE: ", ("outlook_intl", "zh-TW"): "回覆: ", "owa": "回复: ", "qq": "回复：",
    "foxmail": "回复: ", "coremail": "Re:", "163": "Re:", "alimail": "回复：", "feishu": "回复：",
    "gmail": "@collapse", "apple": "@collapse", "thunderbird": "@collapse", "mailmaster": "@collapse",
}


def outlook_generic(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, cs="utf-8", mailer=
                    "Microsoft Outlook 16.0", lang="en-us", thread_parent=None, attachments=()):
    """Outlook desktop in a non-Chinese UI (or zh-TW): NextPart boundaries, Thread-Index, Content-Language."""
    return outlook_desktop(frm, to, cc, subject, t, [], seed, cs=cs, cte="quoted-printable" if cs == "utf-8"
                           else "base64", irt=irt, refs=refs, text=text, html_doc=html_doc, attachments=attachments,
                           extra=[], thread_parent=thread_parent)


# --------------------------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------------------------
CASES = []


def P2(name):
    return (name, ADDR[name]) if name in ADDR else name


def case(n, slug, mkey, sender, t, client, new_text, quote, gold, what, cc=None, subject=None,
         new_html=None, rule=None, kind="reply", bottom=False, inline_text=None, inline_html=None, **kw):
    CASES.append(dict(n=n, slug=slug, m=M[mkey], sender=sender, t=t, client=client, new_text=new_text, quote=quote,
                      gold=gold, what=what, cc=cc, subject=subject, new_html=new_html, rule=rule,
                      kind=kind, bottom=bottom, inline_text=inline_text, inline_html=inline_html, kw=kw))


def R(intent, items=(), percent=None, new=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new}


def build(c):
    m, sender, t = c["m"], c["sender"], c["t"]
    slug = "%d-%s" % (c["n"], c["slug"])
    frm = (sender, ADDR[sender])
    to = [m.reply_to]
    cc = [P2(x) for x in (c["cc"] if c["cc"] is not None else [])]
    kw = c["kw"]
    subj = c["subject"] or (kw.get("sp", SUBJECT_PREFIX.get((c["client"], kw.get("content_language")),
                                                             SUBJECT_PREFIX.get(c["client"], "Re: "))) + m.parent.subject)
    if subj.startswith("@collapse"):            # clients that do not stack 'Re:' on an existing 'Re:'
        subj = m.parent.subject
    qkind = c["quote"]
    p = m.parent
    zone = t.tzinfo
    # quote
    if callable(qkind):
        qt, qh = qkind(p)
    else:
        qt, qh = "", ""
    new = c["new_text"]
    new_html = c["new_html"] if c["new_html"] is not None else html_lines(new)
    if c["inline_text"] is not None:               # inline answers inside the quoted recap
        qt, qh = c["inline_text"], c["inline_html"]
    if c["bottom"]:
        text = qt.lstrip("\n") + "\n" + new
        html_body = qh + new_html
    else:
        text = new + qt
        html_body = new_html + qh
    cl = c["client"]
    irt, refs = m.recap_msgid, m.refs
    if cl == "outlook_zh":
        html_doc = OUTLOOK_HEAD % {"cs": kw.get("cs", "gb2312")} + new_html + qh + OUTLOOK_TAIL
        msg = finish(outlook_desktop(frm, to, cc, subj, t, [], slug, cs=kw.get("cs", "gb2312"), cte="base64",
                                     irt=irt, refs=refs, text=text, html_doc=html_doc,
                                     attachments=kw.get("attachments", ())), deliv(t, frm[1], slug))
    elif cl == "outlook_intl":
        cs = kw.get("cs", "utf-8")
        html_doc = OUTLOOK_HEAD % {"cs": cs} + new_html + qh + OUTLOOK_TAIL
        html_doc = html_doc.replace('lang="ZH-CN"', 'lang="%s"' % kw.get("html_lang", "EN-US"))
        if kw.get("html_lang") == "ZH-TW":
            html_doc = html_doc.replace("等线", "新細明體").replace("宋体", "新細明體")
        if kw.get("mac"):
            msg_tail = outlook_mac(frm, to, cc, subj, t, text, html_doc, slug, irt, refs)
        else:
            msg_tail = outlook_generic(frm, to, cc, subj, t, text, html_doc, slug, irt, refs, cs=cs,
                                       attachments=kw.get("attachments", ()))
        msg, tail = msg_tail
        if cs == "big5":        # the bot's Simplified display name cannot be written in Big5: UTF-8 encoded-word
            msg.replace_header("To", haddrs(to, "utf-8", "B"))
            if cc:
                msg.replace_header("Cc", haddrs(cc, cs, "B"))
        tail = [(k, kw.get("content_language", "en-US") if k == "Content-Language" else v) for k, v in tail]
        msg = finish((msg, tail), deliv(t, frm[1], slug, *kw.get("relay", (None, None))))
    elif cl == "owa":
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css"'
                    ' style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
                    'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                    'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + new_html + '</div>' + qh +
                    '</body></html>')
        msg = finish(exchange_online(frm, to, cc, subj, t, [], slug, irt=irt, refs=refs, text=text,
                                     html_doc=html_doc), deliv(t, frm[1], slug, "mail-sgaapc01on2072.outbound.protection.outlook.com",
                                                               "40.107.215.72"))
    elif cl == "foxmail":
        msg = finish(foxmail(frm, to, cc, subj, t, text, html_body, slug, cs=kw.get("cs", "GBK"), irt=irt, refs=refs,
                             attachments=kw.get("attachments", ())), deliv(t, frm[1], slug))
    elif cl == "qq":
        msg = finish(qq_exmail(frm, to, cc, subj, t, text, html_body, slug, irt=irt, refs=refs,
                               cs=kw.get("cs", "gb18030")),
                     deliv(t, frm[1], slug, "smtpbgeu2.qq.com", "18.194.254.142"))
    elif cl == "coremail":
        msg = finish(coremail(frm, to, cc, subj, t, text, html_body, slug, irt=irt, refs=refs,
                              cte=kw.get("cte", "base64")), deliv(t, frm[1], slug))
    elif cl == "gmail":
        msg, tail = gmail(frm, to, cc, subj, t, text, '<div dir="ltr">' + html_body, slug, irt=irt, refs=refs,
                          attachments=kw.get("attachments", ()))
        msg = finish((msg, tail), deliv(t, frm[1], slug, "mail-sor-f41.google.com", "209.85.220.41"))
    elif cl == "apple":
        html_doc = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
                    'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                    'line-break: after-white-space;">' + html_body + '</body></html>')
        msg = finish(apple_mail(frm, to, cc, subj, t, text, html_doc, slug, irt, refs, kw["mailer"],
                                mime=kw.get("mime", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))")),
                     deliv(t, frm[1], slug))
    elif cl == "thunderbird":
        msg = finish(thunderbird(frm, to, cc, subj, t, text, slug, irt, refs, lang=kw.get("lang", "en-US")),
                     deliv(t, frm[1], slug))
    elif cl == "163":
        html_doc = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % html_body
        msg = finish(netease_web(frm, to, cc, subj, t, text, html_doc, slug, irt, refs),
                     deliv(t, frm[1], slug, "m16.mail.163.com", "220.197.31.2"))
    elif cl == "mailmaster":
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                    '<div style="font-size: 14px">%s</div></body></html>' % html_body)
        msg = finish(mailmaster(frm, to, cc, subj, t, text, html_doc, slug, irt, refs, kw.get("platform", "iOS")),
                     deliv(t, frm[1], slug))
    elif cl == "alimail":
        html_doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,'
                    'STHeiti,SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % html_body)
        msg = finish(alimail(frm, to, cc, subj, t, text, html_doc, slug, irt, refs),
                     deliv(t, frm[1], slug, "out30-101.freemail.mail.aliyun.com", "115.124.30.101"))
    elif cl == "feishu":
        html_doc = '<div style="font-size:14px;">%s</div>' % html_body
        msg = finish(feishu(frm, to, cc, subj, t, text, html_doc, slug, irt, refs),
                     deliv(t, frm[1], slug, "va-1-18.ptr.blmpb.com", "209.127.231.18"))
    elif cl == "plain":                                  # any client sending one text/plain part
        body = leaf("text/plain", text, kw["cs"], kw.get("cte", "base64"), ct_quote=kw.get("ct_quote", True))
        hdrs = kw["headers"](frm, to, cc, subj, t, slug, irt, refs)
        msg = finish((envelope(hdrs, body, mime_version=False), []), deliv(t, frm[1], slug))
    else:
        raise ValueError(cl)
    if kw.get("mailer") and cl == "qq":
        msg.replace_header("X-Mailer", kw["mailer"])
        del msg["X-QQ-Mailer"]
    return slug, msg


def G(kind, reply, notes):
    return {"kind": kind, "items": [], "next_followup": None, "reply": reply, "notes": notes}


SIG_DISCLAIMER_ZH = ("\n本邮件及其附件含有佛山森雅家居有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式"
                     "使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人"
                     "并删除本邮件！\n")
from cases_replies6 import define_cases  # noqa: E402

define_cases(globals())


# --------------------------------------------------------------------------------------------------------------
# Output and checking
# --------------------------------------------------------------------------------------------------------------
def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(ROSTER_COLS)
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("1[0-9][0-9][0-9]-*.eml")) + list(out.glob("1[0-9][0-9][0-9]-*.json")):
        f.unlink()
    rows = []
    for c in CASES:
        slug, msg = build(c)
        crlf = c["client"] in ("outlook_zh", "outlook_intl")
        (out / (slug + ".eml")).write_bytes(serialize(msg, crlf))
        g = c["gold"]
        (out / (slug + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows.append("| %s | %s | %s |" % (slug, g["kind"], c["what"].replace("|", "\\|")))
    write_roster(out / "roster.csv")
    (out / "cases_table.md").write_text("| case | kind | what it tests |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n",
                                        encoding="utf-8")


REMAP = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}


def _decode(part):
    raw = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "utf-8").lower()
    return raw.decode(REMAP.get(cs, cs), errors="strict")


def schema_errors(g):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys")
    if g["kind"] not in ("reply", "auto"):
        e.append("kind %r" % g["kind"])
    if g["items"] != [] or g["next_followup"] is not None:
        e.append("items/next_followup must be empty for replies")
    if len(g.get("notes") or "") < 20:
        e.append("notes too short")
    r = g["reply"]
    if (r is not None) != (g["kind"] == "reply"):
        e.append("reply must be set exactly for kind reply")
    if r is not None:
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            e.append("reply keys")
        elif r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            e.append("intent %r" % r["intent"])
        else:
            if not all(isinstance(x, int) and x > 0 for x in r["items"]):
                e.append("items")
            if (r["percent"] is not None) != (r["intent"] == "progress" and r["percent"] is not None):
                e.append("percent only with progress")
            if r["percent"] is not None and not 0 <= r["percent"] <= 100:
                e.append("percent range")
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                e.append("new_due_date <=> extend")
            if r["intent"] == "unknown" and r["items"]:
                e.append("unknown with items")
    return e


def check(out):
    import email
    from email import policy
    errors, counts, n_items = [], {}, 0
    by_slug = {"%d-%s" % (c["n"], c["slug"]): c for c in CASES}
    emls = sorted(out.glob("1[0-9][0-9][0-9]-*.eml"))
    for f in emls:
        name = f.stem
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: MIME defects %s" % (name, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    _decode(part)
                except Exception as ex:  # noqa: BLE001
                    errors.append("%s: text part does not decode: %s" % (name, ex))
        for h in ("From", "Date", "Message-ID", "Subject", "In-Reply-To", "References"):
            if msg[h] is None:
                errors.append("%s: no %s header" % (name, h))
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        errors += ["%s: %s" % (name, e) for e in schema_errors(g)]
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        c = by_slug.get(name)
        if c is None:
            errors.append("%s: not produced by this generator" % name)
            continue
        m = c["m"]
        if msg["In-Reply-To"].strip() != m.recap_msgid:
            errors.append("%s: In-Reply-To is not the recap's Message-ID" % name)
        if g["kind"] == "reply" and m.reply_to[1] not in str(msg["To"]):
            errors.append("%s: To is not the signed reply address" % name)
        sent_dt = msg["Date"].datetime.astimezone(TZ8)
        sent = sent_dt.date()
        if sent_dt <= m.recap_t:
            errors.append("%s: sent before the recap it answers" % name)
        r = g["reply"]
        if r is not None:
            n_items += len(r["items"])
            for i in r["items"]:
                if i not in m.owners:
                    errors.append("%s: item %d not in the recap" % (name, i))
            if r["intent"] == "extend":
                if c["rule"] is None:
                    errors.append("%s: extend without a date rule" % name)
                else:
                    got = resolve(c["rule"], sent).isoformat()
                    if got != r["new_due_date"]:
                        errors.append("%s: new_due_date %s, computed %s from Date %s (Shanghai %s) by %r"
                                      % (name, r["new_due_date"], got, msg["Date"], sent, c["rule"]))
                    if D.fromisoformat(got) <= sent:
                        errors.append("%s: new date %s not after the reply date %s" % (name, got, sent))
                    if not is_workday(D.fromisoformat(got)) and not c["kw"].get("non_workday_ok"):
                        errors.append("%s: new date %s is not a Chinese working day" % (name, got))
    if len(list(out.glob("1[0-9][0-9][0-9]-*.json"))) != len(emls):
        errors.append("json/eml counts differ")
    return errors, counts, len(emls), n_items


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors, counts, n, n_items = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  %s  item references in gold: %d" % (n, "  ".join("%s: %d" % kv for kv in sorted(counts.items())),
                                                          n_items))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
