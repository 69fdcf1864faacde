#!/usr/bin/env python3
"""Generate the replies21 blind set: replies to minutebot recaps from many mail clients and languages.

    /work/blind/venv/bin/python gen.py [OUTDIR]        # write NNN-slug.eml/.json, roster.csv (default: this folder)
    /work/blind/venv/bin/python gen.py --check [DIR]   # recompute every gold date with chinesecalendar, validate

Deterministic: no clock, no randomness. MIME/header helpers are adapted from the dev corpus (mailkit.py);
client quote styles and builders are in clients.py. Every new_due_date is recomputed from the reply's own Date
header in Asia/Shanghai with `chinese_calendar` (see DATE_RULES) and compared with the gold.
"""
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

import chinese_calendar as cc

import mailkit as mk
from clients import (BOT, DOM, P, TZ8, UTC, tz, who, esc, hx, hb64, haddr, haddrs, htext, leaf, multi, envelope,
                     finish, rfc_date, delivery, thread_index, OUTLOOK_HEAD, OUTLOOK_TAIL, render_text, render_divs,
                     quote_outlook, quote_attr, quote_block, generic, html_lines, gt, RU_DAY_ABBR, RU_MON_ABBR,
                     ES_DAY_ABBR, ES_MON_ABBR, KO_DAY, VI_DAY, FR_MON_ABBR, h12, WEEKDAY_ZH, WEEKDAY_EN, MONTH_EN)

D = dt.date
HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------------------------------------------
# calendar helpers (chinesecalendar only; never a hand-written holiday list)
# --------------------------------------------------------------------------------------------------------------
def add_workdays(d, n):
    left = n
    while left:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            left -= 1
    return d


def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not cc.is_workday(d):
        d += dt.timedelta(days=1)
    return d


def next_dom(d, day):
    """'10号' / 'the 21st': the next date on or after d with that day of month."""
    y, m = d.year, d.month
    while True:
        try:
            c = D(y, m, day)
            if c >= d:
                return c
        except ValueError:
            pass
        m += 1
        if m == 13:
            y, m = y + 1, 1


def this_or_next_weekday(d, wd):
    mon = d - dt.timedelta(days=d.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= d else c + dt.timedelta(days=7)


def resolve(rule, sent):
    """A date rule as recorded per case -> date. sent: the reply's date in Asia/Shanghai."""
    kind = rule[0]
    if kind == "abs":                       # an explicit month/day (year from context)
        return D.fromisoformat(rule[1])
    if kind == "workdays":                  # N个工作日 counted from the day after sending
        return add_workdays(sent, rule[1])
    if kind == "after_holiday":             # 节后(第一个工作日): first working day after the holiday containing/after X
        d = D.fromisoformat(rule[1])
        while cc.is_workday(d):
            d += dt.timedelta(days=1)
        while not cc.is_workday(d):
            d += dt.timedelta(days=1)
        return d
    if kind == "dom":                       # '10号', 'the 21st'
        return next_dom(sent, rule[1])
    if kind == "plus_days":                 # 'two more days' on top of the current due date
        return D.fromisoformat(rule[1]) + dt.timedelta(days=rule[2])
    if kind == "weekday":
        return this_or_next_weekday(sent, rule[1])
    raise ValueError(rule)


# --------------------------------------------------------------------------------------------------------------
# meetings and the recaps the bot sent
# --------------------------------------------------------------------------------------------------------------
class Meeting:
    def __init__(self, key, subject, organizer, minutes_t, recap_t, to, cc, rows, cutoff, lang="zh", problems=()):
        self.key, self.subject, self.organizer = key, subject, organizer
        self.rows, self.lang = rows, lang
        self.minutes_id = "<%s$%s$@%s>" % ("000001dc" + hx(key, 4), hx(key + "m", 8), DOM)
        self.recap_id = "<r.%s.%s@%s>" % (recap_t.strftime("%Y%m%d%H%M"), hx(key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        blocks = mk.recap([(n, task, owner, due) for n, task, owner, due in rows], cutoff, problems, lang)
        self.parent = mk.Parent(BOT, [organizer] + list(to), list(cc), "Re: " + subject, recap_t,
                                render_text(blocks), render_divs(blocks), self.recap_id)
        self.refs = [self.minutes_id, self.recap_id]
        self.recap_t = recap_t

    def owner_of(self, n):
        return self.rows[n - 1][2]


def T(s, zone=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=zone)


M = {}
M["A"] = Meeting("A-export-cny", "出口部春节前发运协调会纪要 2026-02-10", "孙立群", T("2026-02-10 15:30:00"),
                 T("2026-02-10 15:34:17"), ["刘晓东", "姜雯", "曲海燕", "王梓轩", "高志远"], ["逄博", "臧琳"], [
                     (1, "确认Shina-Trade冬季胎补货订单排产", "刘晓东", "2026-02-12"),
                     (2, "天津港节前最后一班船舱位确认", "高志远", "2026-02-11 17:00"),
                     (3, "土耳其订单原产地证及报关单据准备", "姜雯", "2026-02-13"),
                     (4, "印尼SNI认证续证资料整理", "曲海燕", "2026-02-27"),
                     (5, "节后复工首批出口排产计划", "王梓轩", "2026-02-25")], "2026-02-10 18:00")
M["B"] = Meeting("B-mould-review", "HY-M7新花纹模具开发评审会纪要（台州精模）", "于振华", T("2026-09-16 16:00:00"),
                 T("2026-09-16 16:03:17"), ["叶建平", "陈巧玲", "隋建", "邢玥", "毕晓蕾"], ["宫建国"], [
                     (1, "HY-M7冬季胎新花纹模具T1试模", "叶建平", "2026-09-29"),
                     (2, "模具钢材材质证书及热处理报告", "陈巧玲", "2026-09-22"),
                     (3, "T1试模轮胎外观及尺寸检测", "隋建", "2026-10-12"),
                     (4, "花纹块排气孔设计修改确认", "邢玥", "2026-09-18"),
                     (5, "模具进口关税及付款节点确认", "毕晓蕾", "2026-09-24")], "2026-09-16 18:00")
M["C"] = Meeting("C-eu-label", "欧盟标签及ECE认证测试协调会纪要 2026-11-18", "董立新", T("2026-11-18 10:30:00"),
                 T("2026-11-18 10:33:17"), ["栾婷婷", "黄嘉欣", "姜雯", "Camille Durand", "Joost van Dijk"],
                 ["孙立群"], [
                     (1, "ECE R117滚动阻力及湿地抓地力测试送样", "栾婷婷", "2026-11-25"),
                     (2, "湿地抓地力测试排期及报价", "黄嘉欣", "2026-11-20"),
                     (3, "EPREL数据库产品信息登记", "姜雯", "2026-12-04"),
                     (4, "法国客户标签样张确认", "Camille Durand", "2026-11-27"),
                     (5, "荷兰仓库库存轮胎贴标整改", "Joost van Dijk", "2026-12-11")], "2026-11-18 18:00")
M["D"] = Meeting("D-distributors", "Distributor monthly call - November 2026 - minutes", "孙立群",
                 T("2026-11-26 16:00:00"), T("2026-11-26 16:04:17"),
                 ["Dmitry Volkov", "Emre Yildiz", "Rafael Souza", "Budi Santoso", "Camille Durand", "Joost van Dijk",
                  "姜雯", "高志远"], ["刘晓东", "Agnieszka Nowak", "Martín Gómez"], [
                     (1, "Send Q1 2027 winter tyre forecast", "Dmitry Volkov", "2026-12-04"),
                     (2, "Confirm 40HQ loading plan for Mersin", "Emre Yildiz", "2026-12-02"),
                     (3, "Submit INMETRO label artwork for review", "Rafael Souza", "2026-12-09"),
                     (4, "Share SNI certificate renewal documents", "Budi Santoso", "2026-12-07"),
                     (5, "Return signed 2027 distribution agreement", "Camille Durand", "2026-12-11"),
                     (6, "Confirm pallet labelling for Rotterdam and Poznan warehouses", "Joost van Dijk",
                      "2026-12-03"),
                     (7, "Send updated EUR/USD price list", "姜雯", "2026-11-30"),
                     (8, "Book January vessel space Qingdao-Santos", "高志远", "2026-12-04")],
                 "2026-11-26 18:00", lang="en")
M["E"] = Meeting("E-curing-press", "双模液压硫化机采购技术澄清会纪要（宏昇机械）", "矫志刚", T("2026-12-02 14:00:00"),
                 T("2026-12-02 14:04:17"), ["林志明", "吳佩珊", "綦明", "毕晓蕾"], ["于振华"], [
                     (1, "双模液压硫化机电气图纸及PLC程序说明", "林志明", "2026-12-09"),
                     (2, "硫化机基础图及地脚螺栓预埋方案", "綦明", "2026-12-07"),
                     (3, "设备FAT验收方案草案", "吳佩珊", "2026-12-11"),
                     (4, "进口设备免表申请资料", "毕晓蕾", "2026-12-08"),
                     (5, "车间蒸汽及氮气接口确认", "綦明", "2026-12-04")], "2026-12-02 18:00")
M["F"] = Meeting("F-raw-material", "原材料供应商季度沟通会纪要 2026Q4", "宫建国", T("2026-12-01 09:30:00"),
                 T("2026-12-01 09:34:17"), ["Nguyen Van Hung", "佐藤健一", "Kim Minjun", "毕晓蕾"], ["董立新"], [
                     (1, "SVR10天然橡胶1月船期确认", "Nguyen Van Hung", "2026-12-04"),
                     (2, "N234炭黑批次COA及价格调整说明", "佐藤健一", "2026-12-08"),
                     (3, "钢丝帘线新规格样品寄送", "Kim Minjun", "2026-12-10"),
                     (4, "2027年供应商年度审核计划", "毕晓蕾", "2026-12-15"),
                     (5, "原材料安全库存测算", "宫建国", "2026-12-11")], "2026-12-01 18:00")
M["G"] = Meeting("G-logistics", "储运部出口物流周会纪要（12月第1周）", "逄博", T("2026-12-03 10:00:00"),
                 T("2026-12-03 10:04:17"), ["高志远", "Klaus Becker", "臧琳", "于海涛"], ["鞠红", "孙立群"], [
                     (1, "天津港12月集港计划", "高志远", "2026-12-07"),
                     (2, "汉堡到港清关文件模板", "Klaus Becker", "2026-12-10"),
                     (3, "巴西桑托斯港拼箱方案", "臧琳", "2026-12-09"),
                     (4, "出口包装托盘熏蒸证明", "臧琳", "2026-12-08"),
                     (5, "年底运费对账", "鞠红", "2026-12-18"),
                     (6, "出口报关单据预审", "于海涛", "2026-12-04")], "2026-12-03 18:00")
M["H"] = Meeting("H-quality", "质量周会纪要（6月第3周）", "董立新", T("2026-06-17 17:08:00"),
                 T("2026-06-17 17:12:17"), ["栾婷婷", "隋建", "綦明"], ["于振华", "矫志刚"], [
                     (1, "6月客诉鼓包胎原因分析报告", "栾婷婷", "2026-06-18"),
                     (2, "成型机胎圈定位偏差整改", "隋建", "2026-06-24"),
                     (3, "X光检测设备年度校准", "綦明", "2026-06-22")], "2026-06-17 18:00")


# --------------------------------------------------------------------------------------------------------------
# sending a reply with a given client
# --------------------------------------------------------------------------------------------------------------
def pdf_bytes(title):
    return ("%%PDF-1.4\n%% %s\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            "trailer<</Root 1 0 R>>\n%%%%EOF\n" % title).encode("ascii")


def xlsx_bytes(title):
    return mk.tiny_zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook><!-- %s --></workbook>"
                                                                                    % title)])


def wrap_attr(attr, width=70):
    """Gmail's plain text wraps a long attribution line (often right before the <address>)."""
    if len(attr) <= width:
        return attr
    cut = attr.rfind(" ", 0, width)
    i = attr.find("<")
    if 0 < i < width + 10:
        cut = i
    return attr[:cut].rstrip() + "\n" + attr[cut:].lstrip()


SUBJ_PREFIX = {"outlook_zh": "答复: ", "outlook_zh-TW": "回覆: ", "outlook_en": "RE: ", "outlook_fr": "RE : ",
               "outlook_de": "AW: ", "outlook_nl": "RE: ", "outlook_pl": "ODP: ", "outlook_tr": "YNT: ",
               "outlook_pt": "RES: ", "outlook_ja": "RE: "}
OUTLOOK_LANG_TAG = {"zh": "zh-CN", "zh-TW": "zh-TW", "en": "en-US", "fr": "fr-FR", "de": "de-DE", "nl": "nl-NL",
                    "pl": "pl-PL", "tr": "tr-TR", "pt": "pt-BR", "ja": "ja-JP"}


def send(client, m, frm, t, new, seed, to=None, cc=(), attachments=(), subject=None, inline=None,
         attr_on_line=False):
    """Build the reply as `client` would. new: the lines the person typed (top-posted) or, with inline_text, the
    whole plain body written by hand (inline answers). Returns an email.message.Message."""
    p = m.parent
    to = list(to) if to is not None else [m.reply_to]
    fn, fe = who(frm)
    refs = list(m.refs)
    tt = t
    new_text = "\n".join(new) + "\n"
    new_html = html_lines(new)
    subj = subject or p.subject
    lang = client.split("_", 1)[1] if client.startswith("outlook_") and client != "outlook_mac" else None

    if client == "exmail" or client == "qqmail":
        qt, qh = mk.quote_qq(p)
        html_body = "<div>%s</div>" % new_html + qh
        msg = mk.qq_exmail(frm if client == "exmail" else (fn, fe), to, cc, "回复：" + subj, t, new_text + qt,
                           html_body, seed, irt=p.msgid, refs=refs)
        host = ("smtpbg154.qq.com", "43.155.65.254") if client == "exmail" else ("out203-205-221-233.mail.qq.com",
                                                                                  "203.205.221.233")
        if client == "qqmail":
            msg[0].replace_header("X-Mailer", "QQMail 2.x")
        return finish(msg, delivery(t, fe, host, host[1], seed))

    if client == "foxmail":
        qt, qh = mk.quote_foxmail(p)
        sig = "<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">"
        html_body = new_html + sig + "<div>%s</div>" % esc(fn) + qh
        text = new_text + "\n\n\n" + fn + "\n" + qt
        msg = mk.foxmail(frm, to, cc, subj if subj.startswith("Re:") else "Re: " + subj, t, text, html_body, seed, cs="GBK", irt=p.msgid, refs=refs,
                         attachments=attachments)
        return finish(msg, delivery(t, fe, ("[192.168.1.23]", "unknown"), "112.17.%d.%d" % (int(hx(seed, 2), 16),
                                                                                             int(hx(seed, 4)[2:], 16)),
                                    seed))

    if client.startswith("outlook_") and client != "outlook_mac":
        cs = "gb2312" if lang == "zh" else ("big5" if lang == "zh-TW" else "utf-8")
        zone = t.tzinfo
        qt, qh = quote_outlook(p, lang, zone)
        text = new_text + qt
        html_doc = (OUTLOOK_HEAD % {"cs": cs} + "".join(mk.o_para(l) for l in new) + qh + OUTLOOK_TAIL)
        if cs == "big5":   # Outlook with a fixed Big5 encoding: unencodable characters -> '?' / NCR
            body = multi("alternative", [
                leaf("text/plain", data=text.replace("\n", "\r\n").encode("big5", "replace"), label="big5",
                     cte="quoted-printable"),
                leaf("text/html", data=html_doc.replace("\n", "\r\n").encode("big5", "xmlcharrefreplace"),
                     label="big5", cte="quoted-printable")],
                "----=_NextPart_000_0001_01DD%s.%s" % (hx(seed, 4).upper(), hx(seed, 12)[4:].upper()))
            body.preamble = "This is a multipart message in MIME format."
            hdrs = [("From", haddr(fn, fe, "big5", "B")), ("To", haddrs([who(x) for x in to], "utf-8", "B")),
                    ("References", "\n ".join(refs)), ("In-Reply-To", p.msgid),
                    ("Subject", htext(SUBJ_PREFIX[client] + subj, "utf-8", "B")), ("Date", rfc_date(t)),
                    ("Message-ID", "<000001dd%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                              fe.split("@")[1]))]
            if cc:
                hdrs.insert(2, ("Cc", haddrs([who(x) for x in cc], "utf-8", "B")))
            msg = envelope(hdrs, body, mime_after="Message-ID")
            tail = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed, m.key)),
                    ("Content-Language", "zh-tw")]
            return finish((msg, tail), delivery(t, fe, ("mail.hongsheng-mach.example.com.tw", "unknown"),
                                                "211.72.%d.%d" % (int(hx(seed, 2), 16), int(hx(seed, 4)[2:], 16)),
                                                seed))
        msg, tail = mk.outlook_desktop(frm, to, cc, SUBJ_PREFIX[client] + subj, t, [], seed, cs=cs,
                                       cte="base64" if cs == "gb2312" else "quoted-printable",
                                       attachments=attachments, irt=p.msgid, refs=refs, text=text,
                                       html_doc=html_doc, thread_parent=m.key)
        msg.replace_header("Message-ID", "<000001dd%s$%s$%s$@%s>" % (hx(seed, 4), hx(seed + "a", 8),
                                                                    hx(seed + "b", 8), fe.split("@")[1]))
        tail = [(k, OUTLOOK_LANG_TAG[lang].lower() if k == "Content-Language" else v) for k, v in tail]
        if fe.endswith(DOM):
            dl = mk.deliv(t, fe, seed)
        else:
            dom = fe.split("@")[1]
            dl = delivery(t, fe, ("mail." + dom, "mail." + dom), "81.%d.%d.%d" % (int(hx(seed, 2), 16),
                                                                                  int(hx(seed, 4)[2:], 16), 17), seed)
        return finish((msg, tail), dl)

    if client in ("owa", "owa_en"):
        qt, qh = quote_outlook(p, "zh" if client == "owa" else "en", UTC, owa=True)
        text = new_text + qt
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/'
                    'css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
                    'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri,'
                    ' Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + new_html + "</div>" + qh +
                    "</body></html>")
        msg, tail = mk.exchange_online(frm, to, cc, ("答复: " if client == "owa" else "RE: ") + subj, t, [], seed,
                                       irt=p.msgid, refs=refs, text=text, html_doc=html_doc,
                                       attachments=attachments)
        return finish((msg, tail), delivery(t, fe, ("SEZPR06MB6791.apcprd06.prod.outlook.com", "mail-sgaapc01on2071."
                                                    "outbound.protection.outlook.com"), "40.107.215.71", seed))

    if client == "outlook_mac":
        qt, qh = mk.quote_outlook_mac_en(p)
        text = new_text + qt
        html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:'
                    'word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-'
                    'html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="'
                    'Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-CN" link="#0563C1" '
                    'vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">' +
                    "".join('<p class="MsoNormal"><span lang="EN-US" style="font-size:11.0pt">%s<o:p></o:p></span></p>'
                            % (esc(l) if l else "<o:p>&nbsp;</o:p>") for l in new) + qh + "</div></body></html>")
        b = "B_%d_%d" % (3973000000 + int(hx(seed, 6), 16) % 999999, int(hx(seed + "b", 6), 16) % 99999999)
        top = [("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]
        tail = [("Thread-Topic", htext(p.subject[4:], "utf-8", "B")), ("Thread-Index", thread_index(seed, m.key))]
        msg = generic(frm, to, cc, subj if subj.startswith("Re:") else "Re: " + subj, t, text, html_doc, top, tail,
                      "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(), hx(seed + "2", 12).upper(),
                                         fe.split("@")[1]), b, text_cte="quoted-printable",
                      html_cte="quoted-printable", irt=p.msgid, refs=refs)
        return finish(msg, mk.deliv(t, fe, seed))

    if client.startswith("gmail"):
        loc = client.split("_", 1)[1] if "_" in client else "en"
        pt = p.t.astimezone(t.tzinfo)
        a = "%s <%s>" % (p.frm[0], p.frm[1])
        if loc in ("en", "mobile_en"):
            attr = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (WEEKDAY_EN[pt.weekday()], MONTH_EN[pt.month - 1],
                                                               pt.day, pt.year, h12(pt), pt.minute,
                                                               "AM" if pt.hour < 12 else "PM", a)
        elif loc == "zh":
            attr = "%s 于%d年%d月%d日周%s %d:%02d写道：" % (a, pt.year, pt.month, pt.day, WEEKDAY_ZH[pt.weekday()],
                                                      pt.hour, pt.minute)
        elif loc == "zhTW":
            attr = "%s 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (a, pt.year, pt.month, pt.day, WEEKDAY_ZH[pt.weekday()],
                                                        "上午" if pt.hour < 12 else "下午", h12(pt), pt.minute)
        elif loc == "ru":
            attr = "%s, %d %s %d г. в %02d:%02d, %s:" % (RU_DAY_ABBR[pt.weekday()], pt.day, RU_MON_ABBR[pt.month - 1],
                                                       pt.year, pt.hour, pt.minute, a)
        elif loc == "es":
            attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
                ES_DAY_ABBR[pt.weekday()], pt.day, ES_MON_ABBR[pt.month - 1], pt.year, pt.hour, pt.minute, p.frm[0],
                p.frm[1])
        elif loc == "ko":
            attr = "%d년 %d월 %d일 (%s) %s %d:%02d, %s님이 작성:" % (pt.year, pt.month, pt.day, KO_DAY[pt.weekday()],
                                                            "오전" if pt.hour < 12 else "오후", h12(pt), pt.minute, a)
        elif loc == "vi":
            attr = "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s đã viết:" % (VI_DAY[pt.weekday()], pt.day, pt.month,
                                                                        pt.year, pt.hour, pt.minute, a)
        else:
            raise ValueError(loc)
        text_attr = wrap_attr(attr)
        qt = "\n\n" + text_attr + "\n\n" + gt(p.text)
        _, qh = quote_attr(p, attr, "gmail")
        if attr_on_line:   # mobile: the typed text runs straight into the attribution line
            text = new_text.rstrip("\n") + text_attr + "\n\n" + gt(p.text)
            html_body = '<div dir="auto">%s</div>' % esc(new[-1]) + qh.replace("<br>", "", 1)
        else:
            text = new_text + qt
            html_body = '<div dir="ltr">' + new_html + "</div>" + qh
        msg = mk.gmail((fn, fe), to, cc, subj if subj.startswith("Re:") else "Re: " + subj, t, text, html_body,
                       seed, irt=p.msgid, refs=refs, attachments=attachments)
        return finish(msg, delivery(t, fe, ("mail-sor-f41.google.com", "mail-sor-f41.google.com"), "209.85.220.41",
                                    seed))

    if client in ("iphone", "apple_mac_zh", "apple_mac_fr"):
        pt = p.t.astimezone(t.tzinfo)
        if client == "iphone":
            qt, qh = mk.quote_ios_zh(p)
            ua = "iPhone Mail (23B85)"
        else:
            if client == "apple_mac_zh":
                attr = "%d年%d月%d日 %02d:%02d，%s <%s> 写道：" % (pt.year, pt.month, pt.day, pt.hour, pt.minute,
                                                             p.frm[0], p.frm[1])
            else:
                attr = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (pt.day, FR_MON_ABBR[pt.month - 1], pt.year,
                                                                      pt.hour, pt.minute, p.frm[0], p.frm[1])
            qt, qh = quote_attr(p, attr, "apple", prefix_attr=False)
            qt = "\n\n" + attr + "\n\n" + gt(p.text)
            ua = "Apple Mail (2.3826.400.131.1.6)"
        text = new_text + qt
        html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                    'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
                    + (' dir="auto"' if client == "iphone" else "") + ">" + new_html + qh + "</body></html>")
        b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                           hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
        body.replace_header("Content-Type", "multipart/alternative; boundary=%s" % b)
        hdrs = [("From", haddr(fn, fe, "utf-8")), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
                                                    if client != "iphone" else "1.0 (1.0)"),
                ("Subject", htext("Re: " + subj if not subj.startswith("Re:") else subj, "utf-8", "B")),
                ("Date", rfc_date(t)),
                ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                       hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                       hx(seed + "7", 12).upper(), fe.split("@")[1])),
                ("References", "\n ".join(refs)), ("In-Reply-To", p.msgid), ("To", haddrs([who(x) for x in to]))]
        if cc:
            hdrs.append(("Cc", haddrs([who(x) for x in cc])))
        hdrs.append(("X-Mailer", ua))
        msg = envelope(hdrs, body, mime_version=False)
        dl = mk.deliv(t, fe, seed) if fe.endswith(DOM) else delivery(t, fe, ("smtp.orange.example.fr", "unknown"),
                                                                     "80.12.242.%d" % (int(hx(seed, 2), 16) % 250),
                                                                     seed)
        return finish((msg, []), dl)

    if client == "coremail":
        qt, qh = mk.quote_coremail(p)
        msg = mk.coremail(frm, to, cc, "Re:" + subj, t, new_text + qt, new_html + qh, seed, irt=p.msgid, refs=refs)
        return finish(msg, delivery(t, fe, ("mail.jinhai-logistics.example.cn", "unknown"), "60.28.%d.%d"
                                    % (int(hx(seed, 2), 16), int(hx(seed, 4)[2:], 16)), seed))

    if client == "126":
        pt = p.t
        attr = '在 %s，"%s" <%s> 写道：' % (pt.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
        qt, qh = quote_attr(p, attr, "163")
        qt = "\n\n\n\n\n\n" + attr + "\n" + gt(p.text)
        html_body = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + new_html + qh + \
                    "</div>"
        msg = mk.coremail((fn, fe), to, cc, "Re:" + subj, t, new_text + qt, html_body, seed, irt=p.msgid, refs=refs)
        mm = msg[0]
        mm.replace_header("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) "
                                      "Copyright (c) 2002-2026 www.mailtech.cn 126com")
        mm.replace_header("Message-ID", "<%s.%s.%s@126.com>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11)))
        mm["X-NTES-SC"] = "AL_Qu2cB/" + hb64(seed + "n", 30)
        return finish(msg, delivery(t, fe, ("m16.mail.126.com", "m16.mail.126.com"), "220.197.31.%d"
                                    % (int(hx(seed, 2), 16) % 250), seed))

    if client == "mailmaster":
        qt, qh = mk.quote_mailmaster(p)
        text = new_text + qt
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                    '<div style="font-size:14px;">' + new_html + "</div>" + qh + "</body></html>")
        msg = generic(frm, to, cc, "回复：" + subj, t, text, html_doc, [], [("X-Priority", "3"),
                                                                            ("X-Mailer", "NetEase Mail Master iOS 7.19.2")],
                      "<%s.%s@%s>" % (hx(seed, 22).upper(), hx(seed + "x", 6), "mailmaster.example"),
                      "----=_Part_%d_%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16)), cs="UTF-8",
                      irt=p.msgid, refs=refs)
        return finish(msg, mk.deliv(t, fe, seed, "smtp.exmail.qq.com", "113.96.223.%d" % (int(hx(seed, 2), 16) % 250)))

    if client == "dingtalk":
        pt = p.t
        rows = [("发件人：", "%s <%s>" % p.frm),
                ("发送时间：", "%d年%d月%d日(星期%s) %02d:%02d" % (pt.year, pt.month, pt.day, WEEKDAY_ZH[pt.weekday()],
                                                             pt.hour, pt.minute)),
                ("收件人：", "；".join("%s<%s>" % x for x in p.to))]
        if p.cc:
            rows.append(("抄　送：", "；".join("%s<%s>" % x for x in p.cc)))
        rows.append(("主　题：", p.subject))
        qt, qh = quote_block(p, "-" * 66, rows)
        html_doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-size:14.0px;font-family:'
                    'Tahoma,Arial,STHeiti,SimSun;color:#000000;">' + new_html + "</div>" + qh + "</div>")
        msg = generic(frm, to, cc, "回复：" + subj, t, new_text + qt, html_doc,
                      [("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07436259|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE"
                                              "|ham_system_inform|0.0360522-0.000207-0.963741;FP=0|0|0|0|0|-1|-1|-1;"
                                              "HT=maildocker-contentspam033045220166;MF=%s;NM=1;PH=DW;RN=%d;RT=%d;SR=0"
                        % (fe, 1 + len(cc), 1 + len(cc)))],
                      [("X-Mailer", "[Alimail-Mailagent][DingTalk_Mail_Android][3.6.1]"),
                       ("x-aliyun-mail-creator", "W4_5217380_%s" % hb64(seed + "a", 15))],
                      "<%s.%s@%s>" % (hx(seed, 8) + "-" + hx(seed + "1", 4) + "-" + hx(seed + "2", 4) + "-" +
                                      hx(seed + "3", 4) + "-" + hx(seed + "4", 12), "dd", fe.split("@")[1]),
                      "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "b", 8), hx(seed + "c", 6)),
                      cs="UTF-8", irt=p.msgid, refs=refs)
        return finish(msg, delivery(t, fe, ("out30-97.freemail.mail.aliyun.com", "out30-97.freemail.mail.aliyun.com"),
                                    "115.124.30.97", seed))

    if client in ("feishu", "lark_en"):
        pt = p.t.astimezone(t.tzinfo)
        if client == "feishu":
            rows = [("发件人：", "%s <%s>" % p.frm),
                    ("发送时间：", "%d年%d月%d日(周%s) %02d:%02d" % (pt.year, pt.month, pt.day, WEEKDAY_ZH[pt.weekday()],
                                                               pt.hour, pt.minute)),
                    ("收件人：", "、".join("%s <%s>" % x for x in p.to))]
            if p.cc:
                rows.append(("抄送：", "、".join("%s <%s>" % x for x in p.cc)))
            rows.append(("主题：", p.subject))
            sep = ""
        else:
            rows = [("From: ", "%s <%s>" % p.frm),
                    ("Date: ", "%s, %s %d, %d, %02d:%02d" % (WEEKDAY_EN[pt.weekday()], MONTH_EN[pt.month - 1], pt.day,
                                                            pt.year, pt.hour, pt.minute)),
                    ("Subject: ", p.subject),
                    ("To: ", ", ".join("%s <%s>" % x for x in p.to))]
            if p.cc:
                rows.append(("Cc: ", ", ".join("%s <%s>" % x for x in p.cc)))
            sep = ""
        qt, qh = quote_block(p, sep, rows)
        html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                    '<div style="font-size:14px">' + new_html + '</div><div class="history-quote-wrapper">' + qh +
                    "</div></body></html>")
        host = "larksuite.com" if client == "lark_en" else "feishu.cn"
        msg = generic(frm, to, cc, ("" if client == "lark_en" else "回复：") + subj, t, new_text + qt, html_doc,
                      [("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(seed, 24), host))],
                      [("X-Mailer", "LarkMail" if client == "lark_en" else "FeishuMail")],
                      "<%s+%s@%s>" % (hx(seed, 20), hx(seed + "c", 8), fe.split("@")[1]),
                      "%s" % hx(seed + "b", 64), cs="UTF-8", text_cte="base64", html_cte="base64", irt=p.msgid,
                      refs=refs)
        return finish(msg, delivery(t, fe, ("va-1-%d.ptr.blmpb.com" % (int(hx(seed, 2), 16) % 60),
                                            "va-1-%d.ptr.blmpb.com" % (int(hx(seed, 2), 16) % 60)),
                                    "209.127.230.%d" % (int(hx(seed, 2), 16) % 250), seed))

    if client.startswith("thunderbird"):
        loc = client.split("_")[1]
        pt = p.t.astimezone(t.tzinfo)
        if loc == "en":
            attr = "On %d/%d/%d %d:%02d %s, %s wrote:" % (pt.month, pt.day, pt.year, h12(pt), pt.minute,
                                                         "AM" if pt.hour < 12 else "PM", p.frm[0])
        elif loc == "de":
            attr = "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (pt.day, pt.month, pt.year % 100, pt.hour, pt.minute,
                                                                 p.frm[0])
        else:
            attr = "在 %d/%d/%d %d:%02d, %s 写道:" % (pt.year, pt.month, pt.day, pt.hour, pt.minute, p.frm[0])
        if inline:   # answers typed under quoted rows
            top, answers = inline
            out = []
            for line in gt(p.text).rstrip("\n").split("\n"):
                out.append(line)
                for marker, ans in answers:
                    if marker in line:
                        out += [""] + ans + [""]
            text = "\n".join(top) + "\n\n" + attr + "\n" + "\n".join(out) + "\n"
        else:
            text = new_text + "\n" + attr + "\n" + gt(p.text)
        ua = "Mozilla Thunderbird" if loc == "en" else "Mozilla Thunderbird"
        msg = generic(frm, to, cc, subj if subj.startswith("Re:") else "Re: " + subj, t, text, None,
                      [],
                      [("User-Agent", "Mozilla Thunderbird"),
                       ("Content-Language", {"en": "en-US", "de": "de-DE", "zh": "zh-CN"}[loc])],
                      "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4), hx(seed + "3", 4),
                                               hx(seed + "4", 12), fe.split("@")[1]), "",
                      cs="UTF-8", text_cte="8bit", text_only=True, text_params=(("format", "flowed"),),
                      irt=p.msgid, refs=refs, ct_quote=False)
        if fe.endswith(DOM):
            dl = mk.deliv(t, fe, seed)
        else:
            dl = delivery(t, fe, ("mx.nordfracht.example.de", "unknown"), "194.25.134.%d" % (int(hx(seed, 2), 16) % 250),
                          seed)
        return finish(msg, dl)

    raise ValueError(client)


# --------------------------------------------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, client_label, what, meeting, client, frm, t, new, reply, notes, kind="reply", rule=None, **kw):
    CASES.append(dict(num=num, slug="%d-%s" % (num, slug), client_label=client_label, what=what, m=M[meeting],
                      meeting=meeting, client=client, frm=frm, t=t, new=new, reply=reply, notes=notes, kind=kind,
                      rule=rule, kw=kw))


def R(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


SIG_HY = lambda name, dept, phone: ["", name, "%s | 青岛海岳轮胎橡胶有限公司" % dept, "手机：%s" % phone]  # noqa: E731

exec(open(HERE / "cases.py", encoding="utf-8").read())


# --------------------------------------------------------------------------------------------------------------
# auto replies (built apart: no quote of the recap)
# --------------------------------------------------------------------------------------------------------------
def build_auto(c):
    m, seed, t = c["m"], c["slug"], c["t"]
    fn, fe = who(c["frm"])
    text = "\n".join(c["new"]) + "\n"
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
                'style="font-family:Calibri,sans-serif;font-size:11pt">' + html_lines(c["new"]) +
                "</div></body></html>")
    msg, tail = mk.exchange_online(c["frm"], [m.reply_to], [], c["kw"]["subject_prefix"] + m.parent.subject, t, [],
                                   seed, irt=m.parent.msgid, refs=None, text=text, html_doc=html_doc)
    msg.replace_header("Message-ID", "<%s@%s.eurprd0%d.prod.outlook.com>" % (
        hx(seed, 40).upper(), "AM9PR0%dMB%s" % (int(hx(seed, 1), 16) % 9, hx(seed + "k", 4).upper()),
        int(hx(seed, 2), 16) % 9))
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Exchange-Inbox-Rules-Loop"] = fe
    msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    return finish((msg, tail), delivery(t, fe, ("EUR05-AM6-obe.outbound.protection.outlook.com",
                                                "mail-am6eur05on2100.outbound.protection.outlook.com"),
                                        "40.107.22.100", seed))


def build(c):
    if c["kind"] == "auto":
        return build_auto(c)
    return send(c["client"], c["m"], c["frm"], c["t"], c["new"], c["slug"], **c["kw"])


def gold_of(c):
    return {"kind": c["kind"], "items": [], "next_followup": None, "reply": c["reply"], "notes": c["notes"]}


# --------------------------------------------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------------------------------------------
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    if r is not None:
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            e.append("reply keys")
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            e.append("intent %r" % r["intent"])
        if not all(isinstance(x, int) and x > 0 for x in r["items"]):
            e.append("items")
        if r["percent"] is not None and (r["intent"] != "progress" or not 0 <= r["percent"] <= 100):
            e.append("percent")
        if (r["intent"] == "extend") != (r["new_due_date"] is not None):
            e.append("new_due_date iff extend")
        if r["new_due_date"] is not None and not DATE_RE.match(r["new_due_date"]):
            e.append("new_due_date format")
        if r["intent"] == "unknown" and r["items"]:
            e.append("unknown with items")
    if len(g["notes"]) < 40:
        e.append("notes too short")
    return e


def check(out):
    import email
    from email import policy
    errors = []
    counts = {}
    by_slug = {c["slug"]: c for c in CASES}
    roster = list(csv.DictReader(open(out / "roster.csv", encoding="utf-8")))
    if list(roster[0].keys()) != ["name", "email", "department", "manager_email", "aliases"]:
        errors.append("roster columns")
    emails = {r["email"] for r in roster}
    for r in roster:
        if r["manager_email"] and r["manager_email"] not in emails:
            errors.append("roster manager %s" % r["name"])
    emls = sorted(out.glob("[0-9][0-9][0-9][0-9]-*.eml"))
    for f in emls:
        slug = f.stem
        msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (slug, part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as ex:  # noqa: BLE001
                    errors.append("%s: text part: %s" % (slug, ex))
        g = json.loads(f.with_suffix(".json").read_text(encoding="utf-8"))
        errors += ["%s: %s" % (slug, e) for e in schema_errors(g)]
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        c = by_slug.get(slug)
        if c is None:
            errors.append("%s: not a case of gen.py" % slug)
            continue
        sent = msg["Date"].datetime.astimezone(TZ8).date()
        r = g["reply"]
        if r and r["new_due_date"]:
            if not c["rule"]:
                errors.append("%s: new_due_date without a rule" % slug)
            else:
                for rule in c["rule"]:
                    got = resolve(rule, sent)
                    if got.isoformat() != r["new_due_date"]:
                        errors.append("%s: rule %r gives %s, gold %s" % (slug, rule, got, r["new_due_date"]))
                nd = D.fromisoformat(r["new_due_date"])
                if nd <= sent:
                    errors.append("%s: new date not after the reply date" % slug)
                if not cc.is_workday(nd):
                    errors.append("%s: new date %s is not a working day" % (slug, nd))
        if g["kind"] == "reply":
            if msg["In-Reply-To"] != c["m"].recap_id:
                errors.append("%s: In-Reply-To is not the recap" % slug)
            tos = str(msg["To"])
            if c["m"].reply_to[1] not in tos:
                errors.append("%s: To lacks the signed reply address" % slug)
            for n in r["items"]:
                if n > len(c["m"].rows):
                    errors.append("%s: item %d not in the recap" % (slug, n))
    if len(list(out.glob("[0-9][0-9][0-9][0-9]-*.json"))) != len(emls):
        errors.append("json/eml counts differ")
    return errors, counts, len(emls)


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for row in mk.ROSTER:
            w.writerow(row)


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("[0-9][0-9][0-9][0-9]-*.eml")) + list(out.glob("[0-9][0-9][0-9][0-9]-*.json")):
        f.unlink()
    for c in CASES:
        msg = build(c)
        crlf = c["client"].startswith("outlook_") or c["client"] in ("owa", "owa_en")
        (out / (c["slug"] + ".eml")).write_bytes(mk.serialize(msg, crlf=False))
        (out / (c["slug"] + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    write_roster(out / "roster.csv")
    with open(out / "cases-table.md", "w", encoding="utf-8") as f:
        f.write("| case | kind | client | what it tests |\n| --- | --- | --- | --- |\n")
        for c in CASES:
            f.write("| %s | %s | %s | %s |\n" % (c["slug"], c["kind"], c["client_label"], c["what"].replace("|", "\\|")))


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else HERE
    if not only_check:
        generate(out)
    errors, counts, n = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  %s" % (n, "  ".join("%s: %d" % kv for kv in sorted(counts.items()))))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
