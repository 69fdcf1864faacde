#!/usr/bin/env python3
"""Blind held-out set replies19 for minutebot: replies to the bot's recaps from many mail clients.

    /work/blind/venv/bin/python make_replies19.py [OUTDIR]    # write NNN-slug.eml/.json, roster.csv
    /work/blind/venv/bin/python make_replies19.py --check [DIR]  # recompute every gold date with chinesecalendar

Deterministic: no clock, no randomness (boundaries / ids come from sha1 of the case number).
Company: 佛山市美焰电器有限公司 (Meiyan Appliances), meiyan.example.cn; bot minutes@meiyan.example.cn.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import quopri
import sys
from pathlib import Path

import chinese_calendar as cc

D = dt.date
SH = dt.timezone(dt.timedelta(hours=8))
BOT = ("纪要助手", "minutes@meiyan.example.cn")
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# ---------------------------------------------------------------------------------------------------- people
P = {
    # key: (name, email, department, manager_email, aliases, tz offset hours)
    "chen": ("陈嘉欣", "chenjiaxin@meiyan.example.cn", "外销部", "liuzhiqiang@meiyan.example.cn", "Cindy Chen;Cindy;嘉欣", 8),
    "liu": ("刘志强", "liuzhiqiang@meiyan.example.cn", "外销部", "", "刘总;Kevin Liu;Kevin;强哥", 8),
    "huang": ("黄晓敏", "huangxiaomin@meiyan.example.cn", "外销部", "liuzhiqiang@meiyan.example.cn", "Sharon Huang;Sharon;晓敏", 8),
    "wu": ("吴国栋", "wuguodong@meiyan.example.cn", "研发部", "", "吴工;David Wu;吴总工", 8),
    "liang": ("梁嘉豪", "liangjiahao@meiyan.example.cn", "研发部", "wuguodong@meiyan.example.cn", "阿豪;Jason Liang;梁工", 8),
    "he": ("何丽萍", "heliping@meiyan.example.cn", "品质部", "", "何经理;Lily He;萍姐", 8),
    "su": ("苏文杰", "suwenjie@meiyan.example.cn", "品质部", "heliping@meiyan.example.cn", "苏工;Wenjie Su;Jay Su", 8),
    "feng": ("冯小燕", "fengxiaoyan@meiyan.example.cn", "采购部", "liuzhiqiang@meiyan.example.cn", "小燕;Yan Feng;Yvonne Feng", 8),
    "winky": ("陈颖琪", "winky.chan@meiyan.example.hk", "香港采购办", "fengxiaoyan@meiyan.example.cn", "陳穎琪;Winky Chan;Winky", 8),
    "guo": ("郭建华", "guojianhua_jy@163.com", "", "", "郭生;郭厂长;精艺模具郭建华", 8),
    "deng": ("邓志明", "dzm_jingyi@126.com", "", "", "邓工;阿明", 8),
    "oliver": ("Oliver Grant", "oliver.grant@harlowhome.example.co.uk", "", "", "Oliver", 1),
    "piotr": ("Piotr Nowak", "piotr.nowak@harlowhome.example.co.uk", "", "", "Piotr", 1),
    "giulia": ("Giulia Bianchi", "g.bianchi@casaviva.example.it", "", "", "Giulia", 2),
    "camille": ("Camille Laurent", "c.laurent@casaviva.example.it", "", "", "Camille", 2),
    "alejandro": ("Alejandro Ruiz", "aruiz@hogarplus.example.mx", "", "", "Alejandro;Alex Ruiz", -6),
    "rami": ("Rami Haddad", "rami.haddad@desertmart.example.ae", "", "", "Rami", 4),
    "kim": ("Kim Minji", "minji.kim@desertmart.example.ae", "", "", "김민지;Minji", 4),
    "megan": ("Megan Walsh", "megan@cascadecommerce.example.com", "", "", "Megan", -7),
    "sanne": ("Sanne de Vries", "sanne@cascadecommerce.example.com", "", "", "Sanne", -7),
    "lan": ("Nguyễn Thị Lan", "lan.nguyen@cascadecommerce.example.com", "", "", "Lan;Lan Nguyen", 7),
    "shen": ("沈佳怡", "shenjiayi@sctlab.example.cn", "", "", "Joy Shen;Joy;沈工", 8),
    "jonas": ("Jonas Weber", "jonas.weber@sctlab.example.cn", "", "", "Jonas", 8),
    "sato": ("佐藤健", "k.sato@sctlab.example.cn", "", "", "Ken Sato;Sato-san;佐藤", 8),
}

# ---------------------------------------------------------------------------------------------------- recaps
# key: (subject of minutes, recap send time (Shanghai), cutoff text, lang, rows (n, task, owner key, due), to, cc)
M = {
    "M1": ("外销部周会纪要 2025-09-26", dt.datetime(2025, 9, 26, 16, 5, tzinfo=SH), "2025-09-26 18:00", "zh",
           [(1, "向Harlow Home提交AF-5L空气炸锅报价单", "chen", "2025-09-30"),
            (2, "寄出CasaViva烟机彩盒打样", "huang", "2025-10-10"),
            (3, "整理Hogar Plus NOM认证资料清单", "huang", "2025-09-29"),
            (4, "确认Desert Mart第四季度备货数量", "liu", "2025-09-30"),
            (5, "更新亚马逊Listing主图与A+页面", "megan", "2025-10-15")],
           ["chen", "huang", "liu", "megan"], ["oliver", "piotr"]),
    "M2": ("AF-6L新模具T1试模问题沟通 2025-09-25", dt.datetime(2025, 9, 25, 17, 40, tzinfo=SH), "2025-09-25 18:00", "zh",
           [(1, "修改上盖卡扣拔模角度", "guo", "2025-10-09"),
            (2, "提供T1样件全尺寸报告", "deng", "2025-09-28 (周日调休上班)"),
            (3, "确认把手材料改为PA66+GF30", "liang", "2025-09-30"),
            (4, "安排T2试模", "guo", "2025-10-16"),
            (5, "更新BOM并下采购单", "feng", "2025-10-10")],
           ["guo", "deng", "liang", "feng"], ["wu"]),
    "M3": ("Range hood CB/CE certification kickoff 2025-10-09", dt.datetime(2025, 10, 9, 15, 20, tzinfo=SH),
           "2025-10-09 18:00", "en",
           [(1, "Ship 3 range hood samples to SCT Lab", "su", "2025-10-13"),
            (2, "Send IT/FR labelling requirements", "camille", "2025-10-15"),
            (3, "Confirm test plan and quotation", "shen", "2025-10-14"),
            (4, "Review EN 60335-2-31 gap list", "jonas", "2025-10-20"),
            (5, "Submit CE DoC template", "he", "2025-10-24"),
            (6, "Book EMC pre-scan slot", "sato", "2025-10-17")],
           ["su", "camille", "shen", "jonas", "he", "sato"], ["giulia"]),
    "M4": ("亚马逊旺季备货会 2025-10-10", dt.datetime(2025, 10, 10, 18, 30, tzinfo=SH),
           "2025-10-11 18:00，周六调休上班日", "zh",
           [(1, "提交FBA入仓计划", "megan", "2025-10-17"),
            (2, "完成Prime Day差评分析报告", "sanne", "2025-10-15"),
            (3, "确认黑五广告预算", "liu", "2025-10-14"),
            (4, "安排12月补货海运订舱", "feng", "2025-10-20"),
            (5, "更新说明书二维码链接", "lan", "2025-10-16")],
           ["megan", "sanne", "liu", "feng", "lan"], ["chen"]),
    "M5": ("香港采购办月度对账会 2025-10-13", dt.datetime(2025, 10, 13, 11, 0, tzinfo=SH), "2025-10-13 18:00", "zh",
           [(1, "核对9月供应商付款差异", "winky", "2025-10-15"),
            (2, "更新香港仓库存报表", "winky", "2025-10-17"),
            (3, "提供电机供应商替代报价", "feng", "2025-10-20"),
            (4, "确认信用证到期安排", "liu", "2025-10-16")],
           ["winky", "feng", "liu"], []),
    "M6": ("品质周会纪要 2025-10-14", dt.datetime(2025, 10, 14, 17, 10, tzinfo=SH), "2025-10-14 18:00", "zh",
           [(1, "完成AF-5L跌落测试", "su", "2025-10-16"),
            (2, "提交UK退货涂层脱落8D报告", "he", "2025-10-21"),
            (3, "审核Desert Mart验货标准", "su", "2025-10-17"),
            (4, "提供Desert Mart插头规格书", "kim", "2025-10-16"),
            (5, "推动供应商来料检验改善", "feng", "2025-10-24")],
           ["su", "he", "kim", "feng"], ["rami", "wu"]),
    "M7": ("Hogar Plus QBR 2025-10-15", dt.datetime(2025, 10, 15, 10, 0, tzinfo=SH), "2025-10-15 18:00", "en",
           [(1, "Send NOM-003 certificate copy", "huang", "2025-10-17"),
            (2, "Confirm Q1 2026 forecast", "alejandro", "2025-10-24"),
            (3, "Share Spanish packaging artwork", "alejandro", "2025-10-22"),
            (4, "Quote 3.5L air fryer with Spanish control panel", "chen", "2025-10-21")],
           ["alejandro", "huang", "chen"], ["liu"]),
}


def h8(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def recap_msgid(mk):
    t = M[mk][1]
    return "<r.%s.%s@meiyan.example.cn>" % (t.strftime("%Y%m%d%H%M"), h8(mk, 10))


def minutes_msgid(mk):
    return "<%s$%s@meiyan.example.cn>" % (h8("min" + mk, 12), h8("m2" + mk, 8))


def reply_addr(mk):
    return "minutes+r-%s@meiyan.example.cn" % h8("sig" + mk, 16)


def recap_text(mk):
    subj, t, cutoff, lang, rows, to, cc_ = M[mk]
    if lang == "en":
        lines = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
                 "| # | Action item | Owner | Due |"]
        lines += ["| %d | %s | %s | %s |" % (n, task, P[o][0], d) for n, task, o, d in rows]
        lines += ["", "如有异议请于今日内回复 / If you disagree, please reply today (by %s); otherwise the items are "
                  "confirmed." % cutoff,
                  'Reply to this mail with "confirm / 确认", "object: reason / 有异议：原因", "item N done / 第N项已完成", '
                  '"progress 80% / 进度80%" or "extend to Oct 20 / 延期至10月20日".', "",
                  "-- Minutes Assistant 纪要助手 (automated message, please keep the subject)"]
    else:
        lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        lines += ["| %d | %s | %s | %s |" % (n, task, P[o][0], d) for n, task, o, d in rows]
        lines += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff,
                  "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
                  "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return "\n".join(lines) + "\n"


def recap_html(mk):
    subj, t, cutoff, lang, rows, to, cc_ = M[mk]
    txt = recap_text(mk).split("\n")
    out = []
    for l in txt:
        if l.startswith("| "):
            cells = [c.strip() for c in l.strip("|").split("|")]
            tag = "th" if ("序号" in cells[0] or cells[0] == "#") else "td"
            if tag == "th":
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
            out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in cells) + "</tr>")
            if cells[0] == str(rows[-1][0]):
                out.append("</table>")
        elif l:
            out.append("<p>%s</p>" % html.escape(l))
    return "\n".join(out)


def recap_subject(mk):
    return "Re: " + M[mk][0]


# ---------------------------------------------------------------------------------------------------- quote styles
def local(t, off):
    return t.astimezone(dt.timezone(dt.timedelta(hours=off)))


def people_list(keys):
    return [(P[k][0], P[k][1]) for k in keys]


def gt(text, prefix="> "):
    return "".join(prefix + l + "\n" if l else prefix.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


def attribution(style, mk, off):
    """Return (plain_attr_block, quote_is_prefixed)."""
    style = {"gmail_mobile": "gmail_en", "exchange_auto": "outlook_en"}.get(style, style)
    subj = recap_subject(mk)
    t = local(M[mk][1], off)
    to = people_list(M[mk][5])
    ccl = people_list(M[mk][6])
    fn, fe = BOT
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    wd = t.weekday()
    if style in ("qq", "wecom"):
        when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[wd],
                                             "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上"),
                                             t.hour if t.hour <= 12 else t.hour - 12, t.minute)
        s = ("\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
             % (fn, reply_addr(mk), when, "".join('"%s"<%s>;' % x for x in to)))
        if ccl:
            s += "抄送: %s\n" % "".join('"%s"<%s>;' % x for x in ccl)
        return s + "主题: %s\n\n" % subj, False
    if style == "foxmail":
        s = ("\n\n \n发件人： %s\n发送时间： %s\n收件人： %s\n" % (fn, t.strftime("%Y-%m-%d %H:%M"),
                                                     "; ".join(x[0] for x in to)))
        if ccl:
            s += "抄送： %s\n" % "; ".join(x[0] for x in ccl)
        return s + "主题： %s\n" % subj, False
    if style in ("outlook_zh", "owa_zh", "outlook_ios_zh"):
        if style == "outlook_ios_zh":
            when = "%s, %s %d, %d %d:%02d:00 %s" % (WD_EN[wd], MON_EN[t.month - 1], t.day, t.year, h12, t.minute, ampm)
        else:
            when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
        s = "\n" + ("________________________________\n" if style != "outlook_zh" else "")
        s += "发件人: %s <%s>\n发送时间: %s\n收件人: %s\n" % (fn, reply_addr(mk), when,
                                                       "; ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "抄送: %s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "主题: %s\n\n" % subj, False
    if style == "outlook_tw":
        when = "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12, t.minute)
        s = "\n寄件者: %s <%s>\n寄件日期: %s\n收件者: %s\n" % (fn, reply_addr(mk), when,
                                                       "; ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "副本: %s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "主旨: %s\n\n" % subj, False
    if style == "outlook_en":
        s = "\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n" % (
            fn, reply_addr(mk), WD_EN[wd], MON_EN[t.month - 1], t.day, t.year, h12, t.minute, ampm,
            "; ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "Cc: %s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "Subject: %s\n\n" % subj, False
    if style == "outlook_de":
        wdde = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][wd]
        mde = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"][t.month - 1]
        s = "\nVon: %s <%s>\nGesendet: %s, %d. %s %d %02d:%02d\nAn: %s\n" % (
            fn, reply_addr(mk), wdde, t.day, mde, t.year, t.hour, t.minute, "; ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "Cc: %s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "Betreff: %s\n\n" % subj, False
    if style == "outlook_es":
        wdes = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][wd]
        mes = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"][t.month - 1]
        s = "\n________________________________\nDe: %s <%s>\nEnviado: %s, %d de %s de %d %d:%02d\nPara: %s\n" % (
            fn, reply_addr(mk), wdes, t.day, mes, t.year, t.hour, t.minute, "; ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "CC: %s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "Asunto: %s\n\n" % subj, False
    if style == "outlook_mac_en":
        s = "\n\nFrom: %s <%s>\nDate: %s, %d %s %d at %d:%02d\nTo: %s\n" % (
            fn, reply_addr(mk), WD_EN[wd], t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute,
            ", ".join("%s <%s>" % x for x in to))
        if ccl:
            s += "Cc: %s\n" % ", ".join("%s <%s>" % x for x in ccl)
        return s + "Subject: %s\n\n" % subj, False
    if style == "netease":
        return "\n\n\n\n\n\n在 %s，\"%s\" <%s> 写道：\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), fn, reply_addr(mk)), True
    if style == "mailmaster":
        s = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n" %
             (fn, reply_addr(mk), t.strftime("%Y年%m月%d日 %H:%M"), ", ".join("%s<%s>" % x for x in to)))
        if ccl:
            s += "| 抄送至 | %s |\n" % ", ".join("%s<%s>" % x for x in ccl)
        return s + "| 主题 | %s |\n" % subj, False
    if style == "coremail":
        s = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s (星期%s)\n收件人:%s\n抄送:%s\n主题:%s\n\n"
             % (fn, reply_addr(mk), t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[wd],
                ", ".join('"%s" <%s>' % x for x in to), ", ".join('"%s" <%s>' % x for x in ccl), subj))
        return s, False
    if style == "dingtalk":
        s = ("\n\n------------------------------------------------------------------\n发件人：%s <%s>\n"
             "发送时间：%d年%d月%d日(星期%s) %02d:%02d\n收件人：%s\n" %
             (fn, reply_addr(mk), t.year, t.month, t.day, WD_ZH[wd], t.hour, t.minute,
              "; ".join("%s <%s>" % x for x in to)))
        if ccl:
            s += "抄　送：%s\n" % "; ".join("%s <%s>" % x for x in ccl)
        return s + "主　题：%s\n\n" % subj, False
    if style == "feishu":
        s = ("\n\n---- 原始邮件 ----\n发件人：%s <%s>\n发件时间：%d年%d月%d日 (周%s) %02d:%02d\n收件人：%s\n" %
             (fn, reply_addr(mk), t.year, t.month, t.day, WD_ZH[wd], t.hour, t.minute,
              "；".join("%s <%s>" % x for x in to)))
        if ccl:
            s += "抄送：%s\n" % "；".join("%s <%s>" % x for x in ccl)
        return s + "主题：%s\n\n" % subj, False
    # ---- prefixed ("> ") quote styles: attribution line(s)
    if style == "gmail_zh":
        a = "%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (fn, reply_addr(mk), t.year, t.month, t.day, WD_ZH[wd], t.hour,
                                                      t.minute)
    elif style in ("gmail_en", "gmail_en_wrap"):
        a = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[wd][:3], MON_EN[t.month - 1][:3], t.day, t.year,
                                                            h12, t.minute, ampm, fn, reply_addr(mk))
        if style == "gmail_en_wrap":
            a = a.replace("> wrote:", ">\nwrote:")
    elif style == "gmail_nl":
        a = "Op %s %d %s %d om %02d:%02d schreef %s <\n%s>:" % (["ma", "di", "wo", "do", "vr", "za", "zo"][wd], t.day,
                                                           ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug",
                                                            "sep", "okt", "nov", "dec"][t.month - 1], t.year, t.hour,
                                                           t.minute, fn, reply_addr(mk))
    elif style == "gmail_pl":
        a = "%s, %d %s %d o %02d:%02d %s <%s>\nnapisał(a):" % (["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][wd],
                                                              t.day, ["sty", "lut", "mar", "kwi", "maj", "cze", "lip",
                                                                      "sie", "wrz", "paź", "lis", "gru"][t.month - 1],
                                                              t.year, t.hour, t.minute, fn, reply_addr(mk))
    elif style == "gmail_vi":
        a = "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s>\nđã viết:" % (
            ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][wd], t.day, t.month, t.year, t.hour, t.minute, fn,
            reply_addr(mk))
    elif style == "gmail_ja":
        a = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[wd], t.hour, t.minute, fn,
                                              reply_addr(mk))
    elif style == "gmail_ko":
        a = "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, "월화수목금토일"[wd],
                                                            "오전" if t.hour < 12 else "오후", h12, t.minute, fn,
                                                            reply_addr(mk))
    elif style == "gmail_es":
        a = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][wd], t.day,
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][t.month - 1],
            t.year, t.hour, t.minute, fn, reply_addr(mk))
    elif style == "tb_fr":
        a = "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (t.day, t.month, t.year, t.hour, t.minute, fn)
    elif style == "tb_en":
        a = "On %d/%02d/%02d %02d:%02d, %s wrote:" % (t.year, t.month, t.day, t.hour, t.minute, fn)
    elif style == "ios_zh":
        return "\n\n> 在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：\n>\n" % (t.year, t.month, t.day, t.hour, t.minute, fn,
                                                                   reply_addr(mk)), True
    elif style == "ios_tw":
        return "\n\n> %d年%d月%d日 %s%d:%02d，%s <%s> 寫道：\n>\n" % (t.year, t.month, t.day,
                                                                "上午" if t.hour < 12 else "下午", h12, t.minute, fn,
                                                                reply_addr(mk)), True
    elif style in ("ios_en", "applemail_en"):
        return "\n\n> On %s %d, %d, at %02d:%02d, %s <%s> wrote:\n>\n" % (MON_EN[t.month - 1][:3], t.day, t.year,
                                                                         t.hour, t.minute, fn, reply_addr(mk)), True
    else:
        raise ValueError(style)
    return "\n\n" + a + "\n\n", True


CLIENT = {
    # style: (label for README, charset, cte, html?, mailer headers)
    "qq": ("QQ邮箱 / 腾讯企业邮 web", "gb18030", "base64", True, [("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]),
    "wecom": ("企业微信 mail (Exmail)", "utf-8", "base64", True, [("X-Mailer", "WeCom Mail"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")]),
    "foxmail": ("Foxmail 7.2", "GBK", "base64", True, [("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("X-Priority", "3")]),
    "outlook_zh": ("Outlook 2016 zh-CN", "gb2312", "base64", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "zh-cn")]),
    "owa_zh": ("Outlook on the web (Microsoft 365) zh-CN", "utf-8", "base64", True, [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Index", None), ("Content-Language", "zh-CN")]),
    "outlook_ios_zh": ("Outlook for iOS zh-CN", "utf-8", "base64", True, [("Thread-Index", None), ("X-MS-Has-Attach", "")]),
    "outlook_tw": ("Outlook 2019 zh-TW", "big5", "base64", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "zh-tw")]),
    "outlook_en": ("Outlook 365 Windows en-US", "utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "en-us")]),
    "exchange_auto": ("Exchange Online auto-reply (en)", "utf-8", "base64", True, [("Thread-Index", None), ("Content-Language", "en-US"), ("X-MS-Exchange-Organization-AutoResponseType", "OOF")]),
    "outlook_de": ("Outlook 365 Windows de-DE", "utf-8", "quoted-printable", True, [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "de-de")]),
    "outlook_es": ("Outlook on the web es-MX", "utf-8", "quoted-printable", True, [("Thread-Index", None), ("X-MS-Has-Attach", ""), ("Content-Language", "es-MX")]),
    "outlook_mac_en": ("Outlook for Mac en", "utf-8", "quoted-printable", True, [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Thread-Topic", None)]),
    "netease": ("163/126 网页版", "GBK", "base64", True, [("X-Originating-IP", "[113.108.77.12]"), ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)")]),
    "mailmaster": ("网易邮箱大师 (Mail Master)", "UTF-8", "base64", True, [("X-Mailer", "NetEase Mail Master")]),
    "coremail": ("Coremail XT 企业邮 web", "UTF-8", "base64", True, [("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20210622(1d4788a8)"), ("X-Priority", "3")]),
    "dingtalk": ("钉钉邮箱 (Alimail)", "UTF-8", "base64", True, [("X-Mailer", "Alimail-Mailagent revision 4"), ("x-aliyun-mail-creator", "W4_5.0.0_DingTalk")]),
    "feishu": ("飞书邮箱 (Lark Mail)", "UTF-8", "base64", True, [("X-Lms-Return-Path", None), ("X-Mailer", "Lark Mail")]),
    "gmail_zh": ("Gmail web zh-CN", "UTF-8", "base64", True, []),
    "gmail_en": ("Gmail web en", "UTF-8", "quoted-printable", True, []),
    "gmail_en_wrap": ("Gmail web en (wrapped attribution)", "UTF-8", "quoted-printable", True, []),
    "gmail_mobile": ("Gmail app (Android) en", "UTF-8", "quoted-printable", True, []),
    "gmail_nl": ("Gmail web nl", "UTF-8", "quoted-printable", True, []),
    "gmail_pl": ("Gmail web pl", "UTF-8", "quoted-printable", True, []),
    "gmail_vi": ("Gmail web vi", "UTF-8", "quoted-printable", True, []),
    "gmail_ja": ("Gmail web ja", "UTF-8", "base64", True, []),
    "gmail_ko": ("Gmail web ko", "UTF-8", "base64", True, []),
    "gmail_es": ("Gmail app es", "UTF-8", "quoted-printable", True, []),
    "tb_fr": ("Thunderbird 128 fr", "UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")]),
    "tb_en": ("Thunderbird 128 en", "UTF-8", "8bit", False, [("User-Agent", "Mozilla Thunderbird")]),
    "ios_zh": ("iPhone Mail zh-CN", "utf-8", "base64", True, [("X-Mailer", "iPhone Mail (22A3354)")]),
    "ios_tw": ("iPhone Mail zh-TW", "utf-8", "base64", True, [("X-Mailer", "iPhone Mail (22A3354)")]),
    "ios_en": ("iPhone Mail en", "utf-8", "quoted-printable", True, [("X-Mailer", "iPhone Mail (22A3354)")]),
    "applemail_en": ("Apple Mail macOS en", "utf-8", "quoted-printable", True, [("X-Mailer", "Apple Mail (2.3826.200.121)")]),
}
SUBJ_PREFIX = {"outlook_zh": "答复: ", "outlook_tw": "回覆: ", "outlook_de": "AW: ", "outlook_es": "RE: ",
               "owa_zh": "回复: ", "outlook_ios_zh": "回复: ", "outlook_en": "RE: ", "qq": "回复：", "wecom": "回复：",
               "dingtalk": "回复：", "feishu": "回复：", "netease": "Re:", "coremail": "Re:"}
GMAILISH = {"gmail_zh", "gmail_en", "gmail_en_wrap", "gmail_mobile", "gmail_nl", "gmail_pl", "gmail_vi", "gmail_ja",
            "gmail_ko", "gmail_es"}


# ---------------------------------------------------------------------------------------------------- MIME
def enc_word(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    pycs = {"gb2312": "gbk"}.get(cs.lower(), cs)
    try:
        b = s.encode(pycs)
    except UnicodeEncodeError:  # clients fall back to UTF-8 for a name their charset cannot carry
        cs, b = "utf-8", s.encode("utf-8")
    return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())


def addr(name, email, cs):
    n = enc_word(name, cs)
    if n == name and any(c in name for c in ',."'):
        n = '"%s"' % name
    elif n != name:
        n = '"%s"' % n if cs.lower().startswith("gb") else n
    return "%s <%s>" % (n, email)


def body_bytes(text, cs, cte):
    pycs = {"gb2312": "gbk"}.get(cs.lower(), cs)
    raw = text.replace("\n", "\r\n").encode(pycs)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n")
    return raw.decode(pycs).replace("\r\n", "\n")


def to_html(reply_html_part, quote_plain, style):
    qh = "<br>".join(html.escape(l) for l in quote_plain.strip("\n").split("\n"))
    if style in GMAILISH:
        q = ('<div class="gmail_quote gmail_quote_container"><blockquote class="gmail_quote" style="margin:0px 0px 0px '
             '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % qh)
        return '<div dir="ltr">%s</div><br>%s' % (reply_html_part, q)
    if style.startswith("ios") or style == "applemail_en":
        return '<div dir="ltr">%s</div><blockquote type="cite">%s</blockquote>' % (reply_html_part, qh)
    if style.startswith("outlook") or style in ("owa_zh", "exchange_auto"):
        return ('<div class="WordSection1"><p class="MsoNormal">%s</p><div style="border:none;border-top:solid #E1E1E1 '
                '1.0pt;padding:3.0pt 0cm 0cm 0cm" id="divRplyFwdMsg">%s</div></div>' % (reply_html_part, qh))
    if style == "netease":
        return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><div '
                'id="isReplyContent"><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px '
                '0.8ex; BORDER-LEFT: #ccc 1px solid">%s</blockquote></div>' % (reply_html_part, qh))
    return '<div>%s</div><div><br></div><blockquote style="margin-left:0.5em">%s</blockquote>' % (reply_html_part, qh)


def build(case):
    style = case["client"]
    label, cs, cte, has_html, extra = CLIENT[style]
    who = P[case["from"]]
    off = who[5]
    mk = case["meeting"]
    t = case["date"]  # aware datetime in sender tz
    seed = str(case["n"])
    attr, prefixed = attribution(style, mk, off)
    q = recap_text(mk)
    if case.get("inline"):
        plain = case["inline"](mk)
        quote_plain = plain
    else:
        quote_plain = (attr.rstrip("\n") + "\n" + gt(q)) if prefixed else (attr + q)
        if case.get("same_line"):
            plain = case["body"].rstrip("\n") + attr.lstrip("\n").replace("\n\n", "\n", 1) + gt(q)
        elif case.get("bottom"):
            plain = (quote_plain.lstrip("\n") + "\n" + case["body"].strip("\n") + "\n")
        else:
            plain = case["body"].rstrip("\n") + "\n" + quote_plain
    if case.get("footer"):
        plain = plain  # footers are inside body text already
    subj_prefix = case.get("subj_prefix", SUBJ_PREFIX.get(style, "Re: "))
    subject = subj_prefix + recap_subject(mk)
    tzs = t.strftime("%z")
    date_hdr = "%s, %02d %s %d %02d:%02d:%02d %s" % (WD_EN[t.weekday()][:3], t.day, MON_EN[t.month - 1][:3], t.year,
                                                     t.hour, t.minute, t.second, tzs)
    sender_dom = who[1].split("@")[1]
    msgid = case.get("msgid") or "<%s.%s@%s>" % (h8("id" + seed, 16), h8("x" + seed, 6), sender_dom)
    if style in GMAILISH:
        msgid = "<CA+%s%s@mail.gmail.com>" % (h8("g" + seed, 20), h8("h" + seed, 12).upper())
    if style.startswith("ios") or style == "applemail_en":
        msgid = "<%s-%s-%s@%s>" % (h8("a" + seed, 8).upper(), h8("b" + seed, 4).upper(), h8("c" + seed, 12).upper(),
                                   sender_dom)
    to_line = addr(BOT[0], reply_addr(mk), cs)
    others = [k for k in (M[mk][5] + M[mk][6]) if k != case["from"]]
    cc_line = ",\n ".join(addr(P[k][0], P[k][1], cs) for k in others) if case.get("reply_all", True) else ""
    hdrs = [("Return-Path", "<%s>" % who[1]), ("Delivered-To", BOT[1]),
            ("Received", "from mx.%s (mx.%s [203.0.113.%d])\n\tby mail.meiyan.example.cn (Postfix) with ESMTPS id %s\n"
             "\tfor <%s>; %s" % (sender_dom, sender_dom, int(h8("ip" + seed, 2), 16) % 200 + 10,
                                 h8("q" + seed, 10).upper(), reply_addr(mk),
                                 t.astimezone(SH).strftime("%a, %d %b %Y %H:%M:%S +0800 (CST)")))]
    hdrs += [("From", addr(who[0], who[1], cs)), ("To", to_line)]
    if cc_line:
        hdrs.append(("Cc", cc_line))
    hdrs += [("Subject", enc_word(subject, cs)), ("Date", date_hdr), ("Message-ID", msgid),
             ("In-Reply-To", recap_msgid(mk)), ("References", "%s\n %s" % (minutes_msgid(mk), recap_msgid(mk))),
             ("MIME-Version", "1.0")]
    for k, v in extra:
        if v is None:
            v = {"Thread-Index": base64.b64encode(hashlib.sha1(("ti" + seed).encode()).digest()[:22]).decode(),
                 "Thread-Topic": enc_word(recap_subject(mk), cs),
                 "X-Lms-Return-Path": "<lba+%s@lark.example>" % h8("l" + seed, 12)}[k]
        hdrs.append((k, v))
    hdrs += case.get("extra_headers", [])
    if case.get("autoreply"):
        plain = case["body"]
    html_part = None
    if has_html and not case.get("plain_only"):
        rh = "<br>".join(html.escape(l) for l in (case["body"] if not case.get("inline") else "").strip("\n").split("\n"))
        if case.get("inline") or case.get("bottom") or case.get("same_line") or case.get("autoreply"):
            html_part = "<html><body><div>%s</div></body></html>" % "<br>".join(
                html.escape(l) for l in plain.split("\n"))
        else:
            html_part = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
                         "<body>%s</body></html>" % (cs, to_html(rh, quote_plain, style)))
    pycs = {"gb2312": "gbk"}.get(cs.lower(), cs)
    try:
        (plain + (html_part or "")).encode(pycs)
    except UnicodeEncodeError:  # Outlook/Foxmail switch the body to UTF-8 when the legacy charset cannot carry it
        cs = "utf-8"
        if html_part:
            html_part = html_part.replace("charset=%s" % CLIENT[style][1], "charset=utf-8")
    out = []
    for k, v in hdrs:
        out.append("%s: %s" % (k, v))
    if html_part is None:
        ctp = 'text/plain; charset="%s"' % cs
        if style.startswith("tb"):
            ctp = "text/plain; charset=UTF-8; format=flowed"
        out.append("Content-Type: %s" % ctp)
        out.append("Content-Transfer-Encoding: %s" % cte)
        msg = "\n".join(out) + "\n\n" + body_bytes(plain, cs, cte)
    else:
        bnd = "----=_Part_%s_%s" % (h8("bd" + seed, 8), h8("be" + seed, 10))
        if style in GMAILISH:
            bnd = "000000000000%s" % h8("gb" + seed, 16)
        if style.startswith("ios") or style == "applemail_en":
            bnd = "Apple-Mail-%s-%s" % (h8("ab" + seed, 8).upper(), h8("ac" + seed, 4).upper())
        out.append('Content-Type: multipart/alternative;\n boundary="%s"' % bnd)
        msg = "\n".join(out) + "\n\n"
        if style in ("qq", "wecom", "outlook_zh", "outlook_tw", "foxmail"):
            msg += "This is a multi-part message in MIME format.\n\n"
        msg += "--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n" % (
            bnd, cs, cte, body_bytes(plain, cs, cte))
        msg += "--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n" % (
            bnd, cs, cte, body_bytes(html_part, cs, cte), bnd)
    return msg.replace("\n", "\r\n").encode("ascii" if cte != "8bit" else "utf-8")


# ---------------------------------------------------------------------------------------------------- date checks
def nth_weekday_this_or_next(sent, wd):
    delta = (wd - sent.weekday()) % 7
    return sent + dt.timedelta(days=delta)


def next_week(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7)
    return monday + dt.timedelta(days=wd)


def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


def month_end(sent):
    nxt = D(sent.year + (sent.month == 12), sent.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def compute(rule, case):
    sent = case["date"].astimezone(SH).date()
    kind = rule[0]
    if kind == "abs":
        return D.fromisoformat(rule[1])
    if kind == "weekday":
        return nth_weekday_this_or_next(sent, rule[1])
    if kind == "nextweek":
        return next_week(sent, rule[1])
    if kind == "workdays":
        return add_workdays(sent, rule[1])
    if kind == "monthend":
        return month_end(sent)
    if kind == "due_plus_days":
        return D.fromisoformat(rule[1]) + dt.timedelta(days=rule[2])
    if kind == "due_plus_workdays":
        return add_workdays(D.fromisoformat(rule[1]), rule[2])
    raise ValueError(rule)


from cases19 import CASES  # noqa: E402


def gold(case):
    if case["kind"] == "auto":
        rep = None
    else:
        intent, items, pct, nd = case["gold"]
        rep = {"intent": intent, "items": items, "percent": pct, "new_due_date": nd}
    return {"kind": case["kind"], "items": [], "next_followup": None, "reply": rep, "notes": case["notes"]}


def check(cases):
    bad = 0
    for c in cases:
        if c["kind"] == "reply" and c["gold"][3] is not None:
            want = compute(c["rule"], c).isoformat()
            if want != c["gold"][3]:
                print("MISMATCH", c["n"], c["gold"][3], "computed", want)
                bad += 1
            if not cc.is_workday(D.fromisoformat(want)):
                print("NOTE %d: new date %s is not a working day" % (c["n"], want))
        elif c["kind"] == "reply" and c.get("rule"):
            print("rule without date", c["n"])
            bad += 1
    # recap facts stated in the quoted recaps
    assert cc.is_workday(D(2025, 9, 28)) and cc.is_workday(D(2025, 10, 11))
    assert not cc.is_workday(D(2025, 10, 1)) and not cc.is_workday(D(2025, 10, 8))
    # M4 recap at 18:30 Fri 10-10: the next working day is the 10-11 make-up Saturday
    assert add_workdays(D(2025, 10, 10), 1) == D(2025, 10, 11)
    for mk, m in M.items():
        for n, task, o, d in m[4]:
            dd = D.fromisoformat(d[:10])
            assert cc.is_workday(dd), (mk, n, d)
    print("checked %d cases, %d mismatches" % (len(cases), bad))
    return bad == 0


def main():
    args = sys.argv[1:]
    chk = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if chk:
        sys.exit(0 if check(CASES) else 1)
    if not check(CASES):
        sys.exit(1)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        f.write("name,email,department,manager_email,aliases\n")
        for k, p in P.items():
            f.write("%s,%s,%s,%s,%s\n" % p[:5])
    seen = set()
    for c in CASES:
        assert c["n"] not in seen
        seen.add(c["n"])
        stem = "%d-%s" % (c["n"], c["slug"])
        (out / (stem + ".eml")).write_bytes(build(c))
        (out / (stem + ".json")).write_text(json.dumps(gold(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote %d cases to %s" % (len(CASES), out))


if __name__ == "__main__":
    main()
