#!/usr/bin/env python3
"""Blind held-out set replies14: replies to minutebot recaps (星驰汽车 purchasing / supplier quality).

    /work/blind/venv/bin/python make_replies14.py [OUTDIR]    # write .eml/.json, roster.csv
    /work/blind/venv/bin/python make_replies14.py --check [DIR] # re-validate gold dates with chinesecalendar

Deterministic: no clock, no randomness (ids are sha1 of fixed seeds).
"""
import base64, datetime as dt, hashlib, html, json, quopri, sys
from pathlib import Path
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
DOM = "xingchi-ev.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_ZH = "一二三四五六日"
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
DAY_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def T(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    s = "+" if off >= 0 else "-"
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, s, abs(off) // 60, abs(off) % 60)


# ------------------------------------------------------------------ people
# key: (name, email, department, manager_email, aliases, roster?)
P = {}
def person(key, name, email, dept, mgr, aliases, roster=True):
    P[key] = dict(name=name, email=email, dept=dept, mgr=mgr, aliases=aliases, roster=roster)

person("huang", "黄志强", "huangzq@" + DOM, "采购部", "", "黄总;Huang Zhiqiang;Jason Huang;黄经理")
person("zhou", "周涛", "zhoutao@" + DOM, "采购部", "huangzq@" + DOM, "Zhou Tao;Tony Zhou;涛哥")
person("sun", "孙雅婷", "sunyt@" + DOM, "采购部", "huangzq@" + DOM, "Sun Yating;Tina Sun;婷婷")
person("han", "韩雪", "hanxue@" + DOM, "采购部", "huangzq@" + DOM, "Han Xue;Snow Han")
person("sato", "佐藤健", "sato.ken@" + DOM, "采购部", "huangzq@" + DOM, "Sato Ken;Ken Sato;佐藤")
person("wujing", "吴静", "wujing@" + DOM, "供应商质量部", "", "吴部长;Wu Jing;Jenny Wu")
person("zhao", "赵敏", "zhaomin@" + DOM, "供应商质量部", "wujing@" + DOM, "Zhao Min;Amy Zhao;敏姐")
person("qian", "钱立", "qianli@" + DOM, "供应商质量部", "wujing@" + DOM, "Qian Li;Leo Qian;钱工")
person("liu", "刘建国", "liujg@xa." + DOM, "西安工厂质量科", "", "刘科长;Liu Jianguo;老刘")
person("ma", "马骏", "majun@xa." + DOM, "西安工厂质量科", "liujg@xa." + DOM, "Ma Jun;马工;小马")
person("chenhao", "陈昊", "chenhao@sh." + DOM, "上海设计中心", "linjx@sh." + DOM, "Chen Hao;Howard Chen")
person("lin", "林嘉欣", "linjx@sh." + DOM, "上海设计中心", "", "林總監;林总监;Lin Chia-hsin;Carrie Lin")
person("camille", "Camille Laurent", "camille.laurent@sh." + DOM, "上海设计中心", "linjx@sh." + DOM,
       "卡米尔;Camille")
person("park", "朴志勋", "jh.park@ulsan-cell.example.kr", "", "", "Park Ji-hoon;박지훈;Mr. Park;朴部长")
person("kim", "Kim Soo-yeon", "sy.kim@ulsan-cell.example.kr", "", "", "김수연;金秀妍")
person("weber", "Markus Weber", "markus.weber@thermoventil.example.de", "", "", "Weber;Herr Weber")
person("hoffmann", "Lena Hoffmann", "l.hoffmann@thermoventil.example.de", "", "", "Lena")
person("devries", "Pieter de Vries", "p.devries@thermoventil.example.de", "", "", "Pieter")
person("kovacs", "Kovács Péter", "peter.kovacs@gyor-harness.example.hu", "", "", "Peter Kovacs;Péter")
person("kowalska", "Anna Kowalska", "anna.kowalska@gyor-harness.example.hu", "", "", "Anna")
person("ramirez", "Carlos Ramírez", "cramirez@mty-seating.example.mx", "", "", "Carlos Ramirez;Carlos")
person("somchai", "Somchai Wongsakul", "somchai.w@rayong-plastics.example.co.th", "", "", "Somchai;K. Somchai")
person("nguyen", "Nguyễn Thị Lan", "lan.nguyen@rayong-plastics.example.co.th", "", "", "Lan Nguyen;Lan")
person("ma163", "马骏", "majun_xa@163.com", "", "", "", roster=False)
person("nattapong", "Nattapong Srisuk", "nattapong.s@rayong-plastics.example.co.th", "", "", "Nattapong;K. Nat")


def A(k):
    return (P[k]["name"], P[k]["email"])


# ------------------------------------------------------------------ meetings and recaps
M = {}
def meeting(key, subject, recap_at, organizer, to, cc_, rows, lang="zh"):
    t = T(recap_at)
    token = hx("tok" + key, 16)
    M[key] = dict(subject=subject, t=t, org=organizer, to=to, cc=cc_, rows=rows, lang=lang,
                  msgid="<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx("r" + key, 10), DOM),
                  minutes_id="<%s@%s>" % (hx("m" + key, 24), DOM),
                  reply_to="minutes+%s@%s" % (token, DOM))

meeting("m1", "电池包壳体焊缝问题供应商质量周会纪要", "2025-09-22 15:10:41", "zhao", ["park", "ma", "qian"], ["wujing"],
        [(1, "提交壳体焊缝气孔8D报告", "park", "2025-09-26"), (2, "更新PPAP提交计划", "zhao", "2025-09-25"),
         (3, "安排西安工厂来料复检", "ma", "2025-09-24")])
meeting("m2", "Thermal valve APQP review - minutes", "2025-09-23 17:05:12", "qian",
        ["weber", "hoffmann", "devries"], ["zhao"],
        [(1, "Send revised control plan", "weber", "2025-09-30"), (2, "Confirm gauge R&R schedule", "qian", "2025-09-26"),
         (3, "Update tooling invoice", "hoffmann", "2025-10-10"), (4, "Share leak test data (batch 37)", "devries", "2025-09-26")],
        lang="en")
meeting("m3", "Győr线束批量质量问题沟通纪要", "2025-09-24 11:32:08", "zhao", ["kovacs", "kowalska", "sun"], ["wujing"],
        [(1, "围堵在途及库存线束并100%全检", "kovacs", "2025-09-25"), (2, "提供连接器退针根因分析", "kowalska", "2025-09-30"),
         (3, "评估第二供应商导入可行性", "sun", "2025-10-15")])
meeting("m4", "Monterrey seat frame annual cost-down - minutes", "2025-10-09 10:20:55", "zhou", ["ramirez", "han"],
        ["huang"],
        [(1, "Submit detailed cost breakdown (steel, labour, freight)", "ramirez", "2025-10-16"),
         (2, "Prepare should-cost model", "zhou", "2025-10-14"), (3, "Legal review of LTA draft", "han", "2025-10-17")],
        lang="en")
meeting("m5", "内饰CMF样件评审会议纪要", "2025-10-10 16:48:30", "chenhao", ["lin", "camille", "somchai"], [],
        [(1, "寄送第二轮门板色板（6色）", "somchai", "2025-10-17"), (2, "确认仪表台皮纹编号", "lin", "2025-10-15"),
         (3, "更新CMF规格书V2.1", "chenhao", "2025-10-20"), (4, "提交座椅面料色差评估", "camille", "2025-10-16")])
meeting("m6", "西安工厂来料不良周例会纪要", "2025-10-13 17:22:10", "liu", ["ma", "zhao"], [],
        [(1, "整理9月来料不良Top5", "ma", "2025-10-15"), (2, "更新供应商质量扣款清单", "zhao", "2025-10-17"),
         (3, "联系物流商核对破损件", "ma", "2025-10-16"), (4, "发布10月来料检验标准", "liu", "2025-10-20")])
meeting("m7", "采购部Q4招标计划会议纪要", "2025-10-14 18:05:33", "huang", ["zhou", "sun", "sato"], [],
        [(1, "发布电机壳体招标文件", "zhou", "2025-10-21"), (2, "收集投标供应商资质文件", "sun", "2025-10-17"),
         (3, "确认评标小组名单", "huang", "2025-10-16"), (4, "整理日系供应商报价对比", "sato", "2025-10-20")])
meeting("m8", "Rayong door panel PPAP - minutes", "2025-10-15 14:40:02", "zhao", ["somchai", "nguyen", "nattapong"],
        ["qian"],
        [(1, "Re-run capability study (Cpk) on clip towers", "somchai", "2025-10-22"),
         (2, "Ship 300 PPAP samples to Hefei", "nattapong", "2025-10-24"), (3, "Approve PSW", "zhao", "2025-10-28"),
         (4, "Translate work instructions (TH/EN)", "nguyen", "2025-10-21")], lang="en")
meeting("m9", "Ulsan电芯模组交付风险沟通纪要", "2025-10-20 09:55:47", "sun", ["park", "kim", "liu"], ["huang"],
        [(1, "提供11月分周交付计划", "park", "2025-10-23"), (2, "确认空运费用分摊方案", "sun", "2025-10-24"),
         (3, "评估西安工厂安全库存", "liu", "2025-10-22"), (4, "提交模组外观检验标准样件", "kim", "2025-10-27")])
meeting("m10", "Stuttgart阀体二供定点评审纪要", "2025-10-21 16:30:19", "zhou", ["weber", "devries", "qian"], ["huang"],
        [(1, "补充阀体产能爬坡计划", "weber", "2025-10-28"), (2, "完成二供现场审核报告", "qian", "2025-10-27"),
         (3, "提交定点申请单", "zhou", "2025-10-24")])


def cutoff(t):
    d = t.date()
    if cc.is_workday(d) and t.hour < 18:
        return "%s 18:00" % d
    d += dt.timedelta(days=1)
    while not cc.is_workday(d):
        d += dt.timedelta(days=1)
    return "%s 18:00" % d


def recap_text(m):
    if m["lang"] == "en":
        lines = ["Hello all,", "", "Minutes Assistant has recorded the following action items:", "",
                 "# | Action item | Owner | Due"]
        lines += ["%d | %s | %s | %s" % (n, task, P[o]["name"], due) for n, task, o, due in m["rows"]]
        lines += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % cutoff(m["t"]),
                  'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                  '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
        return lines
    lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "", "序号 | 事项 | 负责人 | 截止时间"]
    lines += ["%d | %s | %s | %s" % (n, task, P[o]["name"], due) for n, task, o, due in m["rows"]]
    lines += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff(m["t"]),
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
              "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return lines


def esc(s):
    return html.escape(s, quote=False)


def recap_html(m):
    lines = recap_text(m)
    i = lines.index([l for l in lines if " | " in l][0])
    head = lines[i].split(" | ")
    rows = [l.split(" | ") for l in lines[i + 1:] if " | " in l]
    out = "".join("<div>%s</div>" % (esc(l) or "<br>") for l in lines[:i])
    out += ('<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:14px"><tr>%s</tr>%s</table>'
            % ("".join("<th>%s</th>" % esc(h) for h in head),
               "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows)))
    out += "".join("<div>%s</div>" % (esc(l) or "<br>") for l in lines[i + 1 + len(rows):])
    return out


def recap_to(m):
    return [A(m["org"])] + [A(k) for k in m["to"] if k != m["org"]]


def recap_cc(m):
    return [A(k) for k in m["cc"]]


# ------------------------------------------------------------------ quote styles (text, html-header)
def q_gt(lines):
    return ["> " + l if l else ">" for l in lines]


def ampm(t):
    h = t.hour
    return "%s%d:%02d" % ("上午" if h < 12 else ("下午" if h < 18 else "晚上"), h if h <= 12 else h - 12, t.minute)


def quote(style, m):
    """Return (text_lines_of_quote, html_of_quote) for a recap m in a client's style."""
    t = m["t"]; bot = BOT; subj = "Re: " + m["subject"]
    to = recap_to(m); ccl = recap_cc(m)
    body = recap_text(m); bh = recap_html(m)
    bq = lambda inner: '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner
    if style == "qq":
        when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()], ampm(t))
        tos = "".join('"%s"<%s>;' % x for x in to); ccs = "".join('"%s"<%s>;' % x for x in ccl)
        hdr = ["", "", "------------------ 原始邮件 ------------------", '发件人: "%s"<%s>;' % bot,
               "发送时间: " + when, "收件人: " + tos] + (["抄送: " + ccs] if ccs else []) + ["主题: " + subj, "", ""]
        return hdr + body, ('<div><br></div><div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">'
                            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size:12px;'
                            'background:#efefef;padding:8px;">%s</div><div><br></div>%s'
                            % ("".join("<div>%s</div>" % esc(l) for l in hdr[3:-2]), bh))
    if style == "wecom":  # Tencent Exmail via 企业微信邮箱
        when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()], ampm(t))
        hdr = ["", "", "------------------ Original ------------------", 'From: "%s"<%s>;' % bot, "Date: " + when,
               "To: " + "".join('"%s"<%s>;' % x for x in to), "Subject: " + subj, "", ""]
        return hdr + body, '<div>------------------&nbsp;Original&nbsp;------------------</div><div style="font-size:12px;background:#efefef;padding:8px;">%s</div>%s' % (
            "".join("<div>%s</div>" % esc(l) for l in hdr[3:-2]), bh)
    if style in ("outlook_zh", "owa_zh", "outlook_tw", "outlook_en", "outlook_fr", "outlook_de", "outlook_nl",
                 "outlook_pl", "outlook_hu"):
        lab = {"outlook_zh": ("发件人: ", "发送时间: ", "收件人: ", "抄送: ", "主题: "),
               "owa_zh": ("发件人: ", "发送时间: ", "收件人: ", "抄送: ", "主题: "),
               "outlook_tw": ("寄件者: ", "寄件日期: ", "收件者: ", "副本: ", "主旨: "),
               "outlook_en": ("From: ", "Sent: ", "To: ", "Cc: ", "Subject: "),
               "outlook_fr": ("De : ", "Envoyé : ", "À : ", "Cc : ", "Objet : "),
               "outlook_de": ("Von: ", "Gesendet: ", "An: ", "Cc: ", "Betreff: "),
               "outlook_nl": ("Van: ", "Verzonden: ", "Aan: ", "CC: ", "Onderwerp: "),
               "outlook_pl": ("Od: ", "Wysłano: ", "Do: ", "DW: ", "Temat: "),
               "outlook_hu": ("Feladó: ", "Elküldve: ", "Címzett: ", "Másolatot kap: ", "Tárgy: ")}[style]
        if style in ("outlook_zh", "owa_zh"):
            when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
        elif style == "outlook_tw":
            when = "%d年%d月%d日 %s %s" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                                         "%d:%02d" % (t.hour if t.hour <= 12 else t.hour - 12, t.minute))
        elif style == "outlook_en":
            when = "%s, %s %d, %d %d:%02d %s" % (DAY_LONG[t.weekday()], MON_LONG[t.month - 1], t.day, t.year,
                                               t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
        elif style == "outlook_fr":
            when = "%s %d %s %d %02d:%02d" % (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][t.weekday()],
                                              t.day, ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][t.month - 1], t.year, t.hour, t.minute)
        elif style == "outlook_de":
            when = "%s, %d. %s %d %02d:%02d" % (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][t.weekday()],
                                              t.day, ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][t.month - 1], t.year, t.hour, t.minute)
        elif style == "outlook_nl":
            when = "%s %d %s %d %02d:%02d" % (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][t.weekday()],
                                              t.day, ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][t.month - 1], t.year, t.hour, t.minute)
        elif style == "outlook_pl":
            when = "%s, %d %s %d %02d:%02d" % (["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][t.weekday()],
                                               t.day, ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"][t.month - 1], t.year, t.hour, t.minute)
        else:
            when = "%d. %s %d., %s %d:%02d" % (t.year, ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"][t.month - 1],
                                            t.day, ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"][t.weekday()], t.hour, t.minute)
        sep = "; "
        hdr = [""] + (["________________________________"] if style == "owa_zh" else []) + [
            lab[0] + "%s <%s>" % bot, lab[1] + when, lab[2] + sep.join("%s <%s>" % x for x in to)] + (
            [lab[3] + sep.join("%s <%s>" % x for x in ccl)] if ccl else []) + [lab[4] + subj, ""]
        if style == "owa_zh":
            h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 '<font face="等线" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>%s'
                 % ("<br>".join("<b>%s</b>%s" % (esc(l.split(": ", 1)[0]) + ":", esc(" " + l.split(": ", 1)[1])) for l in hdr[2:-1]), bh))
        else:
            h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s'
                 '<o:p></o:p></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s'
                 % ("<br>\n".join("<b>%s</b>%s" % (esc(l[:len(lab[0])] if l.startswith(lab[0]) else l.split(" ", 1)[0]), esc(l[len(lab[0]):] if l.startswith(lab[0]) else " " + l.split(" ", 1)[1])) for l in hdr[1:-1]), bh))
        return hdr + body, h
    if style == "outlook_mac":
        when = "%s, %d %s %d at %d:%02d" % (DAY_LONG[t.weekday()], t.day, MON_LONG[t.month - 1], t.year, t.hour, t.minute)
        hdr = ["", "", "From: %s <%s>" % bot, "Date: " + when, "To: " + ", ".join("%s <%s>" % x for x in to)] + (
            ["Cc: " + ", ".join("%s <%s>" % x for x in ccl)] if ccl else []) + ["Subject: " + subj, ""]
        return hdr + body, ('<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
                            'padding:3.0pt 0cm 0cm 0cm">%s</div>%s</div>' % ("<br>".join(esc(l) for l in hdr[2:-1]), bh))
    if style == "foxmail":
        hdr = [" ", "发件人： " + bot[0], "发送时间： " + t.strftime("%Y-%m-%d %H:%M"),
               "收件人： " + "; ".join(x[0] for x in to)] + (["抄送： " + "; ".join(x[0] for x in ccl)] if ccl else []) + ["主题： " + subj]
        return hdr + body, ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
                            '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
                            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">%s</div></div><div>%s</div></blockquote>'
                            % ("".join("<div><b>%s</b>&nbsp;%s</div>" % (esc(l.split(" ", 1)[0]), esc(l.split(" ", 1)[1])) for l in hdr[1:]), bh))
    if style == "coremail":
        when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()])
        hdr = ["", "", "-----原始邮件-----", '发件人:"%s" <%s>' % bot, "发送时间:" + when,
               "收件人:" + ", ".join('"%s" <%s>' % x for x in to), "抄送:" + ", ".join('"%s" <%s>' % x for x in ccl),
               "主题:" + subj, ""]
        return hdr + body, ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
                            'border-left:#b6b6b6 2px solid;margin-right:0;">%s<br><br>%s</blockquote>'
                            % ("<br>".join(esc(l) for l in hdr[2:-1]), bh))
    if style == "netease163":
        attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), bot[0], bot[1])
        return ["", "", "", "", "", "", attr] + q_gt(body), (
            '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            '<pre><br>%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
            'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), bh))
    if style == "mailmaster":
        hdr = ["", "---- 回复的原邮件 ----", "| 发件人 | %s<%s> |" % bot, "| 日期 | %s |" % t.strftime("%Y年%m月%d日 %H:%M"),
               "| 收件人 | %s |" % ", ".join("%s<%s>" % x for x in to), "| 主题 | %s |" % subj]
        return hdr + body, ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
                            ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div>'
                            '<table width="100%%" cellpadding="0" cellspacing="9" border="0">%s</table><div>%s</div></div>'
                            % ("".join("<tr><td>%s</td><td>%s</td></tr>" % tuple(esc(c.strip()) for c in l.strip("| ").split(" | ", 1)) for l in hdr[2:]), bh))
    if style in ("gmail_zh", "gmail_en", "gmail_android", "gmail_vi", "gmail_ja", "gmail_ko", "gmail_es", "gmail_tw"):
        h12 = t.hour % 12 or 12
        attr = {
            "gmail_zh": "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (bot[0], bot[1], t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute),
            "gmail_tw": "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (bot[0], bot[1], t.year, t.month, t.day, WD_ZH[t.weekday()], "上午" if t.hour < 12 else "下午", h12, t.minute),
            "gmail_en": "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, h12, t.minute, "AM" if t.hour < 12 else "PM", bot[0], bot[1]),
            "gmail_android": "On %s, %d %s %d, %d:%02d %s, <%s> wrote:" % (WD_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, bot[0], bot[1]),
            "gmail_vi": "Vào %s, %d thg %d, %d vào lúc %d:%02d %s <%s> đã viết:" % (["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()], t.day, t.month, t.year, t.hour, t.minute, bot[0], bot[1]),
            "gmail_ja": "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, "月火水木金土日"[t.weekday()], t.hour, t.minute, bot[0], bot[1]),
            "gmail_ko": "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, "월화수목금토일"[t.weekday()], "오전" if t.hour < 12 else "오후", h12, t.minute, bot[0], bot[1]),
            "gmail_es": "El %s, %d oct %d a las %d:%02d, %s (<%s>) escribió:" % (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()], t.day, t.year, t.hour, t.minute, bot[0], bot[1]),
        }[style]
        if style == "gmail_en" and len(attr) > 70:  # Gmail's plain-text part wraps the attribution line
            cut = attr.rfind(" ", 0, 78)
            attr = attr[:cut] + "\n" + attr[cut + 1:]
        return ["", attr, ""] + q_gt(body), (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>' % (esc(attr), bh))
    if style in ("ios_zh", "apple_en", "ios_en", "apple_fr"):
        if style == "apple_fr":
            attr = "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (t.day, ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][t.month - 1], t.year, t.hour, t.minute, bot[0], bot[1])
        elif style == "ios_zh":
            attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, bot[0], bot[1])
        else:
            attr = "On %d %s %d, at %d:%02d, %s <%s> wrote:" % (t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, bot[0], bot[1])
        return ["", "> " + attr, ">"] + q_gt(body), (
            '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (esc(attr), bh))
    if style in ("thunderbird_zh", "thunderbird_en", "thunderbird_pl"):
        attr = {"thunderbird_zh": "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, bot[0]),
                "thunderbird_en": "On %d/%d/%d %d:%02d, %s wrote:" % (t.month, t.day, t.year, t.hour, t.minute, bot[0]),
                "thunderbird_pl": "W dniu %d.%02d.%d o %02d:%02d, %s pisze:" % (t.day, t.month, t.year, t.hour, t.minute, bot[0])}[style]
        return ["", attr] + q_gt(body), None
    if style == "feishu":
        when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
        hdr = ["", "", "---- Replied Message ----", "| From | %s<%s> |" % bot, "| Date | %s |" % when,
               "| To | %s |" % ", ".join("%s<%s>" % x for x in to), "| Subject | %s |" % subj]
        return hdr + body, ('<div class="history-quote-wrapper"><div style="color:#8f959e">---- Replied Message ----</div>'
                            '<table class="lark-mail-quote-table">%s</table><blockquote style="border-left:2px solid #bbbfc4;padding-left:8px">%s</blockquote></div>'
                            % ("".join("<tr><td>%s</td><td>%s</td></tr>" % tuple(esc(c) for c in l.strip("| ").split(" | ", 1)) for l in hdr[3:]), bh))
    if style == "dingtalk":
        when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
        hdr = ["", "", "------------------------------------------------------------------",
               "发件人：%s <%s>" % bot, "发送时间：" + when, "收件人：" + "; ".join("%s<%s>" % x for x in to),
               "主　题：" + subj, ""]
        return hdr + body, ('<div><div style="clear:both;">------------------------------------------------------------------</div>'
                            '<div style="clear:both;">%s</div><br>%s</div>' % ("<br>".join(esc(l) for l in hdr[3:-1]), bh))
    raise KeyError(style)


# ------------------------------------------------------------------ clients (headers, charset, encoding)
CLIENTS = {
    # style, charset, cte, html?, subject prefix, extra headers fn
    "QQ Mail web": ("qq", "gb18030", "base64", True, "回复：", [("X-Mailer", "QQMail 2.x"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")]),
    "Foxmail": ("foxmail", "GBK", "base64", True, "回复: ", [("X-Mailer", "Foxmail 7.2.25.375[cn]")]),
    "Outlook zh-CN": ("outlook_zh", "gb2312", "base64", True, "答复: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook zh-TW": ("outlook_tw", "utf-8", "quoted-printable", True, "回覆: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook en": ("outlook_en", "utf-8", "quoted-printable", True, "RE: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook fr": ("outlook_fr", "utf-8", "quoted-printable", True, "RE : ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook de": ("outlook_de", "utf-8", "quoted-printable", True, "AW: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook nl": ("outlook_nl", "utf-8", "quoted-printable", True, "RE: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook pl": ("outlook_pl", "utf-8", "quoted-printable", True, "Odp: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "Outlook hu": ("outlook_hu", "utf-8", "quoted-printable", True, "Válasz: ", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "OWA / Microsoft 365": ("owa_zh", "utf-8", "base64", True, "答复: ", []),
    "Outlook for Mac": ("outlook_mac", "utf-8", "quoted-printable", True, "Re: ", [("User-Agent", "Microsoft-MacOutlook/16.89.25091415")]),
    "163 web": ("netease163", "GBK", "base64", True, "Re:", [("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230606(b6a5d2c5) Copyright (c) 2002-2025 www.mailtech.cn 163com")]),
    "网易邮箱大师": ("mailmaster", "UTF-8", "base64", True, "回复: ", [("X-Mailer", "NetEase MailMaster")]),
    "Gmail web zh": ("gmail_zh", "UTF-8", "base64", True, "Re: ", []),
    "Gmail web zh-TW": ("gmail_tw", "UTF-8", "base64", True, "Re: ", []),
    "Gmail web en": ("gmail_en", "UTF-8", "quoted-printable", True, "Re: ", []),
    "Gmail Android": ("gmail_android", "UTF-8", "base64", True, "Re: ", []),
    "Gmail vi": ("gmail_vi", "UTF-8", "quoted-printable", True, "Re: ", []),
    "Gmail ja": ("gmail_ja", "UTF-8", "base64", True, "Re: ", []),
    "Gmail ko": ("gmail_ko", "UTF-8", "base64", True, "Re: ", []),
    "Gmail es": ("gmail_es", "UTF-8", "quoted-printable", True, "Re: ", []),
    "iPhone Mail zh": ("ios_zh", "utf-8", "quoted-printable", True, "回复：", [("X-Mailer", "iPhone Mail (22G86)")]),
    "Apple Mail fr": ("apple_fr", "utf-8", "quoted-printable", True, "Re: ", [("X-Mailer", "Apple Mail (2.3826.700.81)")]),
    "iPhone Mail en": ("ios_en", "utf-8", "quoted-printable", True, "Re: ", [("X-Mailer", "iPhone Mail (22G86)")]),
    "Apple Mail macOS": ("apple_en", "utf-8", "quoted-printable", True, "Re: ", [("X-Mailer", "Apple Mail (2.3826.700.81)")]),
    "Coremail": ("coremail", "UTF-8", "base64", True, "Re:", [("X-Mailer", "Coremail Webmail Server Version XT6.0.4 build 20240705(9a2a7ea4) Copyright (c) 2002-2025 www.mailtech.cn xingchi-ev")]),
    "企业微信邮箱": ("wecom", "gb18030", "base64", True, "回复：", [("X-Mailer", "WeCom Mail")]),
    "钉钉邮箱": ("dingtalk", "UTF-8", "base64", True, "回复：", [("X-Mailer", "Alimail-Mailagent revision 2")]),
    "飞书邮箱": ("feishu", "UTF-8", "base64", True, "回复: ", [("X-Lms-Return-Path", "<lba+a>"), ("X-Mailer", "Lark Mail")]),
    "Thunderbird zh": ("thunderbird_zh", "UTF-8", "8bit", False, "Re: ", [("User-Agent", "Mozilla Thunderbird")]),
    "Thunderbird en": ("thunderbird_en", "UTF-8", "8bit", False, "Re: ", [("User-Agent", "Mozilla Thunderbird")]),
    "Thunderbird pl": ("thunderbird_pl", "UTF-8", "quoted-printable", False, "Re: ", [("User-Agent", "Mozilla Thunderbird")]),
}


def msgid_for(client, seed, frm):
    dom = frm[1].split("@")[1]
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if client.startswith("QQ") or client == "企业微信邮箱":
        return "<tencent_%s@qq.com>" % h[:32]
    if client == "Foxmail":
        return "<%s%s@%s>" % ("2025" + str(int(h[:12], 16))[:16], "", dom)
    if client.startswith("Outlook") and client != "Outlook for Mac":
        return "<000001dc%s$%s$%s@%s>" % (h[:4].lower(), h[4:12].lower(), h[12:20].lower(), dom)
    if client.startswith("OWA"):
        return "<TYZPR06MB%s%s@TYZPR06MB%s.apcprd06.prod.outlook.com>" % (h[:4], h[4:20], h[20:24])
    if client.startswith("Gmail"):
        return "<CA+%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:30])).decode().replace("/", "_"), "Vq")
    if client in ("163 web", "Coremail"):
        return "<%s.%s.%s@%s>" % (h[:5].lower(), h[5:9].lower(), h[9:20].lower(), dom)
    if client == "网易邮箱大师":
        return "<%s.%s@%s>" % (h[:8].lower(), h[8:16].lower(), dom)
    if client == "飞书邮箱":
        return "<%s@larksuite.com>" % h[:40].lower()
    if client == "钉钉邮箱":
        return "<%s.%s@%s>" % (h[:8].lower(), h[8:16].lower(), dom)
    u = h[:32]
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)


def enc_word(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(CODEC.get(cs.lower(), cs))).decode())


def addr(p, cs):
    return '%s <%s>' % (enc_word(p[0], cs) if any(ord(c) > 127 for c in p[0]) else '"%s"' % p[0], p[1])


CODEC = {"gb2312": "gbk"}  # Outlook labels gb2312 but writes GBK bytes


def body_bytes(text, cs, cte):
    raw = text.replace("\n", "\r\n").encode(CODEC.get(cs.lower(), cs))
    if cte == "base64":
        b = base64.encodebytes(raw).decode().replace("\n", "\r\n")
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode().replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n")
    return raw.decode(cs)


def leaf(ctype, text, cs, cte, flowed=False):
    params = '; charset="%s"' % cs if not flowed else "; charset=%s; format=flowed" % cs
    return "Content-Type: %s%s\r\nContent-Transfer-Encoding: %s\r\n\r\n%s" % (ctype, params, cte, body_bytes(text, cs, cte))


def build(case):
    c = CLIENTS[case["client"]]; style, cs, cte, has_html, prefix, extra = c
    m = M[case["m"]]; frm = A(case["from"]); t = T(case["date"], case.get("tz", TZ8))
    new = case["text"].strip("\n").split("\n")
    qlines, qhtml = quote(style, m)
    if case["kind"] == "auto":  # auto-replies do not quote the original
        qlines, qhtml = [], ""
    if case.get("inline"):
        tl = case["inline"](q_gt(recap_text(m)))
        text_lines = new + qlines[:len(qlines) - len(recap_text(m))] + tl
        hq = None
    elif case.get("bottom"):
        text_lines = [l for l in qlines if True] + [""] + new
    else:
        text_lines = new + qlines
    if case.get("same_line"):  # the writer typed straight into the attribution line (no newline)
        i = next(i for i, l in enumerate(text_lines) if i >= len(new) and l.strip())
        text_lines = new[:-1] + [new[-1] + text_lines[i]] + text_lines[i + 1:]
    text = "\n".join(text_lines) + "\n"
    new_html = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new)
    if case.get("inline"):
        html_body = None
    elif case.get("bottom"):
        html_body = qhtml + "<div><br></div>" + new_html if qhtml else None
    else:
        html_body = new_html + qhtml if qhtml else None
    if not has_html:
        html_body = None
    if prefix.strip().lower() == "re:" and style != "coremail" and not style.startswith("netease") \
            and not (style.startswith("outlook_") or style.startswith("owa")):
        subj = "Re: " + m["subject"]  # Gmail/Apple/Thunderbird/Outlook for Mac do not stack a second Re:
    else:
        subj = prefix + "Re: " + m["subject"]
    subj = case.get("subject") or subj
    to = [(BOT[0], m["reply_to"])]
    hdrs = []
    if case.get("received", True):
        hdrs.append(("Received", "from mail.%s (unknown [203.0.113.%d])\r\n\tby mx.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                     % (frm[1].split("@")[1], int(hx(case["slug"], 2), 16) % 200 + 10, DOM, hx(case["slug"], 10).upper(),
                        m["reply_to"], rfc_date(t.astimezone(TZ8)))))
    hdrs += [("Date", rfc_date(t)), ("From", addr(frm, cs)), ("To", ", ".join(addr(x, cs) for x in to))]
    if case.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(A(k), cs) for k in case["cc"])))
    hdrs += [("Subject", enc_word(subj, cs)), ("Message-ID", msgid_for(case["client"], case["slug"], frm)),
             ("In-Reply-To", m["msgid"]), ("References", "%s\r\n %s" % (m["minutes_id"], m["msgid"]))]
    if case["client"].startswith("Outlook") and case["client"] != "Outlook for Mac":
        hdrs += [("Thread-Topic", enc_word("Re: " + m["subject"], cs)),
                 ("Thread-Index", base64.b64encode(bytes.fromhex(hx(case["slug"], 44))).decode()),
                 ("Content-Language", {"Outlook zh-CN": "zh-cn", "Outlook zh-TW": "zh-tw", "Outlook en": "en-us", "Outlook fr": "fr-fr",
                                       "Outlook de": "de-de", "Outlook nl": "nl-nl", "Outlook pl": "pl-pl", "Outlook hu": "hu-hu"}[case["client"]])]
    hdrs += extra + case.get("extra_headers", [])
    hdrs.append(("MIME-Version", "1.0"))
    if html_body:
        b = "----=_Part_%s" % hx("b" + case["slug"], 16)
        hdoc = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>' % (cs, html_body)
        payload = ("This is a multi-part message in MIME format.\r\n\r\n--%s\r\n%s\r\n--%s\r\n%s\r\n--%s--\r\n"
                   % (b, leaf("text/plain", text, cs, cte), b, leaf("text/html", hdoc, cs, cte), b))
        hdrs.append(("Content-Type", 'multipart/alternative;\r\n\tboundary="%s"' % b))
        out = "".join("%s: %s\r\n" % h for h in hdrs) + "\r\n" + payload
    else:
        flowed = case["client"].startswith("Thunderbird")
        lf = leaf("text/plain", text, cs, cte, flowed=flowed)
        out = "".join("%s: %s\r\n" % h for h in hdrs) + lf
    return out.encode(cs if cte == "8bit" else "ascii")


def body_first(m):
    return recap_text(m)[0]


# ------------------------------------------------------------------ date resolution for --check
def workday_add(d, n):
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


def resolve(rule, sent, due_of=None):
    k = rule[0]; d = sent.date()
    if k == "md":
        return dt.date(d.year, rule[1], rule[2])
    if k == "dom":  # "the 21st": this month if not past, else next month
        x = dt.date(d.year, d.month, rule[1])
        return x if x >= d else (dt.date(d.year + (d.month == 12), d.month % 12 + 1, rule[1]))
    if k == "thisweek":
        x = d + dt.timedelta(days=(rule[1] - d.weekday()) % 7)
        return x
    if k == "nextweek":
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + rule[1])
    if k == "due+workdays":
        return workday_add(due_of, rule[1])
    if k == "due+days":
        return due_of + dt.timedelta(days=rule[1])
    if k == "first_workday_after":
        x = dt.date.fromisoformat(rule[1]) + dt.timedelta(days=1)
        while not cc.is_workday(x):
            x += dt.timedelta(days=1)
        return x
    if k == "tomorrow":
        return d + dt.timedelta(days=1)
    if k == "month_end":
        x = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return x - dt.timedelta(days=1)
    raise KeyError(k)


sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases14 import CASES  # noqa: E402  (case data lives next to this file)


def gold_of(case):
    if case["kind"] == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": case["notes"]}
    r = case["reply"]
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": r[0], "items": list(r[1]), "percent": r[2], "new_due_date": r[3]},
            "notes": case["notes"]}


def check_case(case):
    errs = []
    r = case.get("reply")
    t = T(case["date"], case.get("tz", TZ8)).astimezone(TZ8)
    if r and r[0] == "extend":
        rule = case.get("rule")
        if not rule:
            errs.append("extend without rule")
        else:
            due_of = None
            if rule[0].startswith("due+"):
                row = [x for x in M[case["m"]]["rows"] if x[0] == case["rule_item"]][0]
                due_of = dt.date.fromisoformat(row[3])
            got = resolve(rule, t, due_of).isoformat()
            if got != r[3]:
                errs.append("new_due_date %s != computed %s" % (r[3], got))
    if r and r[3] and r[0] != "extend":
        errs.append("new_due_date on non-extend")
    if T(case["date"], case.get("tz", TZ8)) < M[case["m"]]["t"]:
        errs.append("reply before recap")
    return errs


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    bad = 0; seen = set()
    for case in CASES:
        assert case["slug"] not in seen; seen.add(case["slug"])
        e = check_case(case)
        if e:
            bad += 1; print(case["slug"], e)
        if check:
            g = json.loads((out / (case["slug"] + ".json")).read_text("utf-8"))
            if g != gold_of(case):
                bad += 1; print(case["slug"], "gold file differs from generator")
            continue
        (out / (case["slug"] + ".eml")).write_bytes(build(case))
        (out / (case["slug"] + ".json")).write_text(json.dumps(gold_of(case), ensure_ascii=False, indent=2) + "\n", "utf-8")
    if not check:
        with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
            f.write("name,email,department,manager_email,aliases\n")
            for p in P.values():
                if p["roster"]:
                    f.write("%s,%s,%s,%s,%s\n" % (p["name"], p["email"], p["dept"], p["mgr"], p["aliases"]))
    print("%d cases, %d problems" % (len(CASES), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
