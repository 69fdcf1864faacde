#!/usr/bin/env python3
"""Generator for the replies9 blind set (minutebot). Deterministic: no clock, no randomness.
Usage: python make_replies9.py OUTDIR        write NNN-slug.eml/.json + cases table
       python make_replies9.py --check OUTDIR  re-check every gold date with chinesecalendar and re-read files"""
import base64, datetime as dt, hashlib, json, os, quopri, re, sys
import chinese_calendar as ccal

DOM = "henglith.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
SH = dt.timezone(dt.timedelta(hours=8))

# ------------------------------------------------------------------ dates
def is_wd(d): return ccal.is_workday(d)
def add_wd(d, n):
    while n:
        d += dt.timedelta(1)
        if is_wd(d): n -= 1
    return d
def this_or_next(d, wd):  # wd 0=Mon
    return d + dt.timedelta((wd - d.weekday()) % 7)
def next_week(d, wd):
    return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + wd)
def next_dom(d, day):   # 'the 21st': next such day of month on or after d
    x = d.replace(day=day) if d.day <= day else (d.replace(day=1) + dt.timedelta(32)).replace(day=day)
    return x
def md(d, m, day):      # 10月14日 written in the reply: same year, next year only if clearly future
    x = dt.date(d.year, m, day)
    return x if x >= d - dt.timedelta(60) else dt.date(d.year + 1, m, day)
def D(s): return dt.date.fromisoformat(s)

# ------------------------------------------------------------------ people
P = {}
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "roster.csv"), encoding="utf-8").read().splitlines()[1:]:
    n, e, dep, mg, al = line.split(",")
    P[n] = (n, e)
P["纪要助手"] = BOT
def who(n): return P[n]

# ------------------------------------------------------------------ MIME helpers
def hx(seed, n): return hashlib.sha1(seed.encode()).hexdigest()[:n]
def ew(text, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    out, chunk = [], ""
    lim = 45 if mode == "B" else 30
    for ch in text:
        if len((chunk + ch).encode(cs)) > lim:
            out.append(chunk); chunk = ""
        chunk += ch
    if chunk: out.append(chunk)
    res = []
    for c in out:
        b = c.encode(cs)
        if mode == "B":
            res.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else "=%02X" % x) for x in b)
            res.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(res)
def addr(name, email, cs="utf-8", mode="B", quote=True):
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, email)) if quote or " " in name else "%s <%s>" % (name, email)
    e = ew(name, cs, mode)
    return ('"%s" <%s>' % (e, email)) if quote and cs.lower() != "utf-8" and False else "%s <%s>" % (e, email)
def addrs(lst, cs="utf-8", mode="B", quote=True):
    return ",\r\n ".join(addr(*x, cs=cs, mode=mode, quote=quote) for x in lst)
def enc_body(text, cs, cte):
    b = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        s = base64.encodebytes(b).decode().replace("\n", "\r\n")
    elif cte == "quoted-printable":
        s = quopri.encodestring(b).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n")
        s = s.replace("\r=\r\n", "=\r\n")
        return s.encode("ascii") + (b"" if s.endswith("\r\n") else b"\r\n")
    else:
        return b + (b"" if b.endswith(b"\r\n") else b"\r\n")
    return s.encode("ascii")
def leaf(ctype, text, cs, cte, extra="", label=None):
    h = "Content-Type: %s; charset=%s%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ctype, label or cs, extra, cte)
    return h.encode("ascii") + enc_body(text, cs, cte)
def multipart(parts, boundary, sub="alternative"):
    hdr = 'multipart/%s;\r\n\tboundary="%s"' % (sub, boundary)
    body = b""
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    return hdr, body
def rfc_date(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"; off = abs(int(off))
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (days[t.weekday()], t.day, mons[t.month - 1], t.year, t.hour, t.minute, t.second, sign, off // 60, off % 60)
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ------------------------------------------------------------------ meetings and recaps
M = {
 "M1": dict(title="常州基地电芯良率周会", sent="2025-09-25 16:10:07", cutoff="2025-09-25 18:00", lang="zh", org="周建华",
   rows=[("A3涂布线面密度波动排查报告", "陆晓东", "2025-09-30 18:00"),
         ("化成分容柜温控参数复核", "陆晓东", "2025-10-10 18:00"),
         ("来料隔膜批次抽检（3批）", "钱美玲", "2025-09-28 18:00"),
         ("更新良率看板统计口径", "许诺", "尽快"),
         ("跟进隔膜供应商8D整改回复", "钱美玲", "2025-10-11 18:00"),
         ("A3线涂布辊更换验收", "顾斌", "2025-09-30 18:00")],
   problems=["第4项截止时间不明确（尽快），请补充具体日期"]),
 "M2": dict(title="Debrecen ramp-up weekly sync", sent="2025-11-12 15:32:40", cutoff="2025-11-12 18:00", lang="en", org="Tamás Kovács",
   rows=[("Finalize electrolyte filling SOP (HU/EN)", "Réka Szabó", "2025-11-19 18:00"),
         ("Ship spare winding heads from Changzhou", "陆晓东", "2025-11-21 18:00"),
         ("Recruit 12 operators for shift C", "Anna Nagy", "2025-11-28 18:00"),
         ("MES interface test with Changzhou IT", "许诺", "2025-11-18 18:00"),
         ("Update customer PPAP timeline", "Lukas Becker", "2025-11-20 18:00"),
         ("Recalibrate winding machine tension sensors", "佐藤健", "2025-11-17 18:00"),
         ("Review dry room dew point logs", "Kim Minjun", "2025-11-14 18:00")], problems=[]),
 "M3": dict(title="台北业务客户交付协调会", sent="2026-02-05 17:20:31", cutoff="2026-02-05 18:00", lang="zh", org="林雅婷",
   rows=[("提交Q1交付排程给客户", "陳志明", "2026-02-10 18:00"),
         ("样品电池包送第三方检测", "黄冠宇", "2026-02-13 18:00"),
         ("更新铜箔涨价后的报价单", "林雅婷", "2026-02-11 18:00"),
         ("准备客户审厂资料包", "钱美玲", "2026-02-26 18:00"),
         ("确认春节期间发货安排", "陳志明", "2026-02-12 18:00")], problems=[]),
 "M4": dict(title="宁德基地安全整改专项会", sent="2026-04-01 11:05:12", cutoff="2026-04-01 18:00", lang="zh", org="郑海峰",
   rows=[("注液车间排风系统改造方案", "黄冠宇", "2026-04-08 18:00"),
         ("组织二季度消防演练", "吴婷", "2026-04-10 18:00"),
         ("危化品仓库台账更新", "吴婷", "2026-04-03 18:00"),
         ("热失控预警算法验证", "许诺", "2026-04-15 18:00"),
         ("外包施工人员安全培训", "孙立", "2026-04-09 18:00")], problems=[]),
 "M5": dict(title="Monterrey/Erfurt supply chain weekly", sent="2026-09-16 09:40:18", cutoff="2026-09-16 18:00", lang="en", org="Carlos Mendoza",
   rows=[("Customs documents for cathode shipment MTY-0917", "Sofía Ramírez", "2026-09-22 18:00"),
         ("Book Erfurt warehouse slots for October", "Jan de Vries", "2026-09-24 18:00"),
         ("Second-source separator quotation", "刘洋", "2026-09-30 18:00"),
         ("Update logistics cost model (EU lanes)", "Jan de Vries", "2026-09-24 18:00"),
         ("Sign Polish trucking carrier contract", "Piotr Nowak", "2026-10-09 18:00"),
         ("Schedule audit of Hai Phong cell supplier", "Nguyễn Thị Lan", "2026-09-29 18:00"),
         ("Prepare customer audit package (Erfurt)", "Claire Dubois", "2026-09-28 18:00")], problems=[]),
}
def recap_meta(mk):
    m = M[mk]
    t = dt.datetime.fromisoformat(m["sent"]).replace(tzinfo=SH)
    m["t"] = t
    m["msgid"] = "<recap.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(mk, 10), DOM)
    m["minutes_id"] = "<%s@%s>" % (hx(mk + "minutes", 16), DOM)
    m["replyto"] = "bot+%s.%s@%s" % (mk.lower() + hx(mk, 6), hx(mk + "sig", 16), DOM)
    m["subject"] = ("Action items: %s (%s)" % (m["title"], t.strftime("%b %-d")) if m["lang"] == "en"
                    else "【纪要确认】%s（%d月%d日）" % (m["title"], t.month, t.day))
    owners = []
    for r in m["rows"]:
        if r[1] not in owners: owners.append(r[1])
    m["to"] = [who(x) for x in [m["org"]] + [o for o in owners if o != m["org"]]]
    return m
for k in M: recap_meta(k)

def recap_lines(mk):
    m = M[mk]
    if m["lang"] == "en":
        L = ["Hello all,", "", "%d action items were recorded from \"%s\":" % (len(m["rows"]), m["title"]), "",
             "No. | Item | Owner | Due"]
        for i, (task, o, due) in enumerate(m["rows"], 1):
            L.append("%d | %s | %s | %s" % (i, task, o, due))
        L += ["", "如有异议请于今日内回复 (objections: reply today, by %s Asia/Shanghai)." % m["cutoff"], "",
              "Reply to this mail to update an item: confirm / object + reason / done / progress 80% / extend to Oct 20.",
              "Name the item with its number, e.g. \"item 2\". 回复指令：确认 / 有异议 / 已完成 / 进度80% / 延期至10月20日",
              "-- ", "纪要助手 (minutebot) · Henglith Power · this mail was sent automatically"]
    else:
        L = ["各位好，", "", "《%s》共登记%d项待办事项：" % (m["title"], len(m["rows"])), "",
             "序号 | 事项 | 负责人 | 截止时间"]
        for i, (task, o, due) in enumerate(m["rows"], 1):
            L.append("%d | %s | %s | %s" % (i, task, o, due))
        L.append("")
        for p in m["problems"]: L.append("需补充：" + p)
        L += ["如有异议请于今日内回复（截止 %s）。" % m["cutoff"], "",
              "直接回复本邮件即可更新事项：确认 / 有异议（请写明原因）/ 已完成 / 进度80% / 延期至10月20日；可写“第2项”指定事项。",
              "-- ", "纪要助手 · 恒锂动力（自动发送）"]
    return L
def recap_html(mk):
    m = M[mk]; L = recap_lines(mk)
    out = []; rows = []
    for l in L:
        if " | " in l: rows.append(l.split(" | "))
        else:
            if rows:
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(
                    "<tr>" + "".join(("<th>%s</th>" if j == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
                    for j, r in enumerate(rows)) + "</table>")
                rows = []
            out.append("<p>%s</p>" % esc(l) if l else "")
    return "".join(out)

# ------------------------------------------------------------------ client quote headers
WD_ZH = "一二三四五六日"
def ampm_zh(t): return ("上午" if t.hour < 12 else "下午") + "%d:%02d" % ((t.hour - 1) % 12 + 1, t.minute)
def attribution(style, mk):
    m = M[mk]; t = m["t"]; bn, be = BOT
    to = "; ".join("%s <%s>" % x for x in m["to"])
    subj = m["subject"]
    if style == "qq":
        return ["------------------ 原始邮件 ------------------",
                '发件人: "%s"<%s>;' % (bn, be), "发送时间: %d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()], ampm_zh(t)),
                "收件人: " + "".join('"%s"<%s>;' % x for x in m["to"][:3]) + "", "", "主题: " + subj, ""], False
    if style == "foxmail":
        return ["", "发件人： %s" % bn, "发送时间： %s" % t.strftime("%Y-%m-%d %H:%M"), "收件人： " + "; ".join(x[0] for x in m["to"][:3]),
                "主题： " + subj, ""], False
    if style == "outlook_zh":
        return ["", "发件人: %s <%s>" % (bn, be), "发送时间: %d年%d月%d日 %s" % (t.year, t.month, t.day, t.strftime("%H:%M")),
                "收件人: " + to, "主题: " + subj, ""], False
    if style == "owa_zh":
        return ["________________________________", "发件人: %s <%s>" % (bn, be),
                "发送时间: %d年%d月%d日 %s" % (t.year, t.month, t.day, t.strftime("%H:%M")), "收件人: " + to, "主题: " + subj, ""], False
    if style == "outlook_tw":
        return ["", "寄件者: %s <%s>" % (bn, be), "寄件日期: %d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", (t.hour - 1) % 12 + 1, t.minute),
                "收件者: " + to, "主旨: " + subj, ""], False
    if style == "outlook_en":
        return ["", "From: %s <%s>" % (bn, be), "Sent: %s" % t.strftime("%A, %B %-d, %Y %-I:%M %p"), "To: " + to, "Subject: " + subj, ""], False
    if style == "owa_en":
        return ["________________________________", "From: %s <%s>" % (bn, be), "Sent: %s" % t.strftime("%A, %B %-d, %Y %-I:%M %p"),
                "To: " + to, "Subject: " + subj, ""], False
    if style == "outlook_mac":
        return ["", "From: %s <%s>" % (bn, be), "Date: %s" % t.strftime("%A, %-d %B %Y at %H:%M"), "To: " + to, "Subject: " + subj, ""], False
    if style == "outlook_de":
        de = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        lt = t.astimezone(dt.timezone(dt.timedelta(hours=2 if t.month in (4, 5, 6, 7, 8, 9) else 1)))
        return ["", "Von: %s <%s>" % (bn, be), "Gesendet: %s, %d. %s %d %s" % (de[lt.weekday()], lt.day, mo[lt.month - 1], lt.year, lt.strftime("%H:%M")),
                "An: " + to, "Betreff: " + subj, ""], False
    if style == "outlook_es":
        es = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        mo = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        lt = t.astimezone(dt.timezone(dt.timedelta(hours=-6)))
        return ["", "De: %s <%s>" % (bn, be), "Enviado: %s, %d de %s de %d %s" % (es[lt.weekday()], lt.day, mo[lt.month - 1], lt.year, lt.strftime("%-I:%M %p").lower().replace("am", "a. m.").replace("pm", "p. m.")),
                "Para: " + to, "Asunto: " + subj, ""], False
    if style == "outlook_hu":
        hu = ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"]
        mo = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
        lt = t.astimezone(dt.timezone(dt.timedelta(hours=1)))
        return ["", "Feladó: %s <%s>" % (bn, be), "Elküldve: %d. %s %d., %s %s" % (lt.year, mo[lt.month - 1], lt.day, hu[lt.weekday()], lt.strftime("%H:%M")),
                "Címzett: " + to, "Tárgy: " + subj, ""], False
    if style == "coremail":
        return ["-----原始邮件-----", '发件人："%s" <%s>' % (bn, be), "发送时间：%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()]),
                "收件人：" + ", ".join('"%s" <%s>' % x for x in m["to"][:3]), "抄送：", "主题：" + subj, ""], False
    if style == "aliyun":   # DingTalk mail (阿里邮箱)
        return ["------------------------------------------------------------------", "发件人：%s <%s>" % (bn, be),
                "发送时间：%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.strftime("%H:%M")),
                "收件人：" + "; ".join("%s<%s>" % x for x in m["to"][:3]), "主　题：" + subj, ""], False
    if style == "mailmaster":
        return ["---- 回复的原邮件 ----", "| 发件人 | %s<%s> |" % (bn, be), "|---|---|", "| 日期 | %s |" % t.strftime("%Y年%m月%d日 %H:%M"),
                "| 收件人 | " + ", ".join("%s<%s>" % x for x in m["to"][:2]) + " |", "| 主题 | %s |" % subj, ""], False
    if style == "feishu":
        return ["", "发件人: %s <%s>" % (bn, be), "日期: %d年%d月%d日 %s" % (t.year, t.month, t.day, t.strftime("%H:%M")),
                "主题: " + subj, "收件人: " + to, ""], False
    # '>'-quoting clients: attribution lines, quoted body prefixed
    if style == "netease":
        return ["在 %s，\"%s\" <%s> 写道：" % (t.strftime("%Y-%m-%d %H:%M:%S"), bn, be)], True
    if style == "gmail_zh":
        return ["%s <%s> 于%d年%d月%d日周%s %s写道：" % (bn, be, t.year, t.month, t.day, WD_ZH[t.weekday()], t.strftime("%H:%M"))], True
    if style == "gmail_tw":
        return ["%s <%s> 於 %d年%d月%d日 週%s %s寫道：" % (bn, be, t.year, t.month, t.day, WD_ZH[t.weekday()], ampm_zh(t))], True
    if style == "iphone_tw":
        return ["> %s <%s> 於 %d年%d月%d日 %s 寫道：" % (bn, be, t.year, t.month, t.day, ampm_zh(t)), ">"], "raw"
    if style == "gmail_en":   # long attribution wrapped by Gmail's plain-text formatter
        return ["On %s %s <" % (t.strftime("%a, %b %-d, %Y at %-I:%M %p"), bn), "%s> wrote:" % be], True
    if style == "gmail_fr":
        j = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][t.weekday()]
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][t.month - 1]
        return ["Le %s %d %s %d à %s, %s <%s> a" % (j, t.day, mo, t.year, t.strftime("%H:%M"), bn, be), "écrit :"], True
    if style == "gmail_nl":
        j = ["ma", "di", "wo", "do", "vr", "za", "zo"][t.weekday()]
        mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][t.month - 1]
        return ["Op %s %d %s %d om %s schreef %s <%s>:" % (j, t.day, mo, t.year, t.strftime("%H:%M"), bn, be)], True
    if style == "gmail_pl":
        j = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][t.weekday()]
        mo = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"][t.month - 1]
        return ["%s %d %s %d o %s %s <%s>" % (j, t.day, mo, t.year, t.strftime("%H:%M"), bn, be), "napisał(a):"], True
    if style == "gmail_vi":
        j = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()]
        return ["Vào %s, %d thg %d, %d vào lúc %s %s <%s>" % (j, t.day, t.month, t.year, t.strftime("%H:%M"), bn, be), "đã viết:"], True
    if style == "gmail_ja":
        j = "月火水木金土日"[t.weekday()]
        return ["%d年%d月%d日(%s) %s %s <%s>:" % (t.year, t.month, t.day, j, t.strftime("%-H:%M"), bn, be)], True
    if style == "gmail_ko":
        j = "월화수목금토일"[t.weekday()]
        return ["%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, j, "오전" if t.hour < 12 else "오후", (t.hour - 1) % 12 + 1, t.minute, bn, be)], True
    if style == "gmail_es":
        j = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()]
        mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][t.month - 1]
        return ["El %s, %d %s %d a las %s, %s (<%s>)" % (j, t.day, mo, t.year, t.strftime("%H:%M"), bn, be), "escribió:"], True
    if style == "iphone_zh":
        return ["> 在 %d年%d月%d日，%s，%s <%s> 写道：" % (t.year, t.month, t.day, t.strftime("%H:%M"), bn, be), ">"], "raw"
    if style == "apple_zh":
        return ["> %d年%d月%d日 %s，%s <%s> 写道：" % (t.year, t.month, t.day, ampm_zh(t), bn, be), ">"], "raw"
    if style == "apple_en":
        return ["> On %s, at %s, %s <%s> wrote:" % (t.strftime("%b %-d, %Y"), t.strftime("%H:%M"), bn, be), ">"], "raw"
    if style == "thunderbird_de":
        return ["Am %s um %s schrieb %s:" % (t.strftime("%d.%m.%y"), t.strftime("%H:%M"), bn)], True
    if style == "thunderbird_en":
        return ["On %s %s, %s wrote:" % (t.strftime("%-m/%-d/%Y"), t.strftime("%-I:%M %p"), bn)], True
    raise KeyError(style)

def quote_text(style, mk, body_lines=None):
    att, pref = attribution(style, mk)
    L = body_lines if body_lines is not None else recap_lines(mk)
    if pref is True:
        return att + ["> " + l if l else ">" for l in L]
    if pref == "raw":
        return att + ["> " + l if l else ">" for l in L]
    return att + L
def quote_html(style, mk):
    att, pref = attribution(style, mk)
    a = "<br>".join(esc(x) for x in att if x)
    if pref:
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (a, recap_html(mk)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p>%s</p></div>%s' % (a, recap_html(mk)))

# ------------------------------------------------------------------ clients
# each: charset, cte, html?, subject prefix, quote style, headers (list of (name, value-fn)), msgid fn
def mid(seed, fmt):
    return fmt.format(h8=hx(seed, 8).upper(), h16=hx(seed, 16), h12=hx(seed + "x", 12), n=int(hx(seed, 8), 16) % 10 ** 9)
C = {
 "qq":          dict(cs="gb18030", cte="base64", html=True, pre="回复：", q="qq", mua=("X-Mailer", "QQMail 2.x"), mid="<tencent_{h8}{h12}@qq.com>", from_dom="qq"),
 "exmail_wecom": dict(cs="gb18030", cte="base64", html=True, pre="回复：", q="qq", mua=("X-Mailer", "Tencent Exmail"), mid="<tencent_{h8}{h12}@exmail.qq.com>"),
 "foxmail":     dict(cs="GBK", cte="base64", html=True, pre="回复: ", q="foxmail", mua=("X-Mailer", "Foxmail 7.2.25.375[cn]"), mid="<{n}{h8}.{h12}@henglith.example.cn>"),
 "outlook_zh":  dict(cs="gb2312", cte="base64", html=True, pre="答复: ", q="outlook_zh", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<000001dc{h8}${h12}@henglith.example.cn>", tt=True),
 "outlook_tw":  dict(cs="big5", cte="quoted-printable", html=True, pre="回覆: ", q="outlook_tw", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<000601dc{h8}${h12}@henglith.example.cn>", tt=True),
 "outlook_en":  dict(cs="utf-8", cte="quoted-printable", html=True, pre="RE: ", q="outlook_en", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<002b01dc{h8}${h12}@henglith.example.cn>", tt=True),
 "outlook_de":  dict(cs="utf-8", cte="quoted-printable", html=True, pre="AW: ", q="outlook_de", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<003c01dc{h8}${h12}@henglith.example.cn>", tt=True),
 "outlook_es":  dict(cs="utf-8", cte="quoted-printable", html=True, pre="RE: ", q="outlook_es", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<004d01dc{h8}${h12}@henglith.example.cn>", tt=True),
 "outlook_hu":  dict(cs="utf-8", cte="quoted-printable", html=True, pre="VÁLASZ: ", q="outlook_hu", mua=("X-Mailer", "Microsoft Outlook 16.0"), mid="<005e01dc{h8}${h12}@henglith.example.cn>", tt=True),
 "owa_zh":      dict(cs="utf-8", cte="base64", html=True, pre="答复: ", q="owa_zh", mua=("X-MS-Exchange-Organization-AuthAs", "Internal"), mid="<{h8}.{h12}@APCP153MB0001.APCP153.PROD.OUTLOOK.COM>", tt=True),
 "owa_en":      dict(cs="utf-8", cte="quoted-printable", html=True, pre="Re: ", q="owa_en", mua=("X-MS-Exchange-Organization-AuthAs", "Internal"), mid="<{h8}.{h12}@AM0PR04MB0002.eurprd04.prod.outlook.com>", tt=True),
 "outlook_mac": dict(cs="utf-8", cte="quoted-printable", html=True, pre="Re: ", q="outlook_mac", mua=("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), mid="<{h8}-{h12}@henglith.example.cn>", tt=True),
 "netease163":  dict(cs="GBK", cte="base64", html=True, pre="Re:", q="netease", mua=("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"), mid="<{h8}.{n}.{h12}@163.com>"),
 "mailmaster":  dict(cs="UTF-8", cte="base64", html=True, pre="回复：", q="mailmaster", mua=("X-Mailer", "NetEase Mail Master"), mid="<{h8}.{h12}@henglith.example.cn>"),
 "coremail":    dict(cs="UTF-8", cte="base64", html=True, pre="Re:", q="coremail", mua=("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT5 build 20231201(4ef2cbbd)"), mid="<{h8}.{n}.{h12}@henglith.example.cn>"),
 "dingtalk":    dict(cs="UTF-8", cte="base64", html=True, pre="回复：", q="aliyun", mua=("X-Mailer", "Alimail-Mailagent revision 4"), mid="<{h8}-{h12}-{n}@henglith.example.cn>"),
 "feishu":      dict(cs="utf-8", cte="base64", html=True, pre="Re: ", q="feishu", mua=("X-Lms-Return-Path", "<lba+{h8}@henglith.example.cn>"), mid="<{h16}@larksuite.com>"),
 "gmail_zh":    dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_zh", mid="<CAG{h16}{h12}@mail.gmail.com>"),
 "gmail_tw":    dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_tw", mid="<CAT{h16}{h12}@mail.gmail.com>"),
 "iphone_tw":   dict(cs="utf-8", cte="base64", html=False, pre="回覆：", q="iphone_tw", mua=("X-Mailer", "iPhone Mail (23D127)"), mid="<{h8}-{h12}-{n}@henglith.example.cn>"),
 "gmail_en":    dict(cs="UTF-8", cte="quoted-printable", html=True, pre="Re: ", q="gmail_en", mid="<CAH{h16}{h12}@mail.gmail.com>"),
 "gmail_fr":    dict(cs="UTF-8", cte="quoted-printable", html=True, pre="Re: ", q="gmail_fr", mid="<CAF{h16}{h12}@mail.gmail.com>"),
 "gmail_nl":    dict(cs="UTF-8", cte="quoted-printable", html=True, pre="Re: ", q="gmail_nl", mid="<CAN{h16}{h12}@mail.gmail.com>"),
 "gmail_pl":    dict(cs="UTF-8", cte="quoted-printable", html=True, pre="Re: ", q="gmail_pl", mid="<CAP{h16}{h12}@mail.gmail.com>"),
 "gmail_vi":    dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_vi", mid="<CAV{h16}{h12}@mail.gmail.com>"),
 "gmail_ja":    dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_ja", mid="<CAJ{h16}{h12}@mail.gmail.com>"),
 "gmail_ko":    dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_ko", mid="<CAK{h16}{h12}@mail.gmail.com>"),
 "gmail_es":    dict(cs="UTF-8", cte="quoted-printable", html=True, pre="Re: ", q="gmail_es", mid="<CAE{h16}{h12}@mail.gmail.com>"),
 "gmail_mobile": dict(cs="UTF-8", cte="base64", html=True, pre="Re: ", q="gmail_en", mid="<CAM{h16}{h12}@mail.gmail.com>"),
 "iphone_zh":   dict(cs="utf-8", cte="base64", html=False, pre="回复：", q="iphone_zh", mua=("X-Mailer", "iPhone Mail (22A3354)"), mid="<{h8}-{h12}-{n}@henglith.example.cn>", bottom_sig=None),
 "apple_zh":    dict(cs="utf-8", cte="quoted-printable", html=True, pre="Re: ", q="apple_zh", mua=("X-Mailer", "Apple Mail (2.3826.200.121)"), mid="<{h8}-{h12}@henglith.example.cn>"),
 "apple_en":    dict(cs="us-ascii", cte="7bit", html=False, pre="Re: ", q="apple_en", mua=("X-Mailer", "iPhone Mail (21G93)"), mid="<{h8}-{h12}@henglith.example.cn>"),
 "thunderbird_de": dict(cs="UTF-8", cte="8bit", html=False, pre="AW: ", q="thunderbird_de", mua=("User-Agent", "Mozilla Thunderbird"), mid="<{h8}-{h12}@henglith.example.cn>", flowed=True),
 "thunderbird_en": dict(cs="UTF-8", cte="8bit", html=False, pre="Re: ", q="thunderbird_en", mua=("User-Agent", "Mozilla Thunderbird"), mid="<{h8}-{h12}@henglith.example.cn>", flowed=True),
}

def html_of_new(lines):
    return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)

def build(c):
    cl = C[c["client"]]; m = M[c["m"]]
    t = c["t"]
    cs = cl["cs"]
    new = c["text"]
    qstyle = c.get("q", cl["q"])
    if c.get("noquote"):
        plain = "\n".join(new) + "\n"
        htmlb = "<html><body>" + html_of_new(new) + "</body></html>"
    elif c.get("inline"):
        plain_lines = c["inline"](quote_text(qstyle, c["m"]))
        plain = "\n".join(plain_lines) + "\n"
        htmlb = "<html><body>" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in plain_lines) + "</body></html>"
    elif c.get("bottom"):
        q = quote_text(qstyle, c["m"])
        plain = "\n".join(q + [""] + new) + "\n"
        htmlb = "<html><body>" + quote_html(qstyle, c["m"]) + html_of_new([""] + new) + "</body></html>"
    else:
        q = quote_text(qstyle, c["m"])
        plain = "\n".join(new + [""] + q) + "\n"
        htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>' % cs +
                 html_of_new(new) + "<br>" + quote_html(qstyle, c["m"]) + "</body></html>")
    subj = c.get("subject", cl["pre"] + m["subject"])
    label = None
    try:
        (plain + htmlb + subj + "".join(x[0] for x in m["to"])).encode(cs)
    except UnicodeEncodeError:
        try:   # Outlook zh-CN labels GBK bytes as gb2312 (real-world behaviour)
            assert cs.lower() == "gb2312"
            (plain + htmlb + subj + "".join(x[0] for x in m["to"])).encode("gbk")
            cs, label = "gbk", "gb2312"
        except (AssertionError, UnicodeEncodeError):
            cs = "utf-8"   # the client falls back to UTF-8 when its default charset cannot carry the text
    c["charset_used"] = cs
    cte = cl["cte"] if not (cs == "utf-8" and cl["cte"] == "7bit") else "quoted-printable"
    htmlb = htmlb.replace("charset=%s" % cl["cs"], "charset=%s" % cs)
    frm = who(c["from"])
    to = [(BOT[0], m["replyto"])]
    cc = [x for x in m["to"] if x[1] != frm[1]][:c.get("ncc", 3)]
    hmode = "Q" if c["client"].startswith("outlook") and cs not in ("utf-8",) else "B"
    hcs = (label or cs) if cs.lower() not in ("iso-2022-jp", "us-ascii", "iso-8859-2") else "utf-8"
    if cs.lower() == "iso-8859-2": hcs = "utf-8"
    H = []
    H.append(("Date", rfc_date(t)))
    H.append(("From", addr(*frm, cs=hcs, mode=hmode)))
    H.append(("To", addrs(to, hcs, hmode)))
    if cc: H.append(("Cc", addrs(cc, hcs, hmode)))
    H.append(("Subject", ew(subj, hcs, hmode)))
    if cl.get("tt"):
        H.append(("Thread-Topic", ew(m["subject"], hcs, hmode)))
        H.append(("Thread-Index", base64.b64encode(hashlib.sha1((c["slug"]).encode()).digest()[:22]).decode()))
    H.append(("Message-ID", mid(c["slug"], cl["mid"])))
    H.append(("In-Reply-To", m["msgid"]))
    H.append(("References", m["minutes_id"] + "\r\n " + m["msgid"]))
    if cl.get("mua"):
        k, v = cl["mua"]; H.append((k, mid(c["slug"], v)))
    for k, v in c.get("extra_headers", []): H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    flowed = "; format=flowed" if cl.get("flowed") else ""
    bcs = cs
    if c.get("force_plain") or not cl["html"]:
        ctype = "text/plain; charset=%s%s" % (bcs, flowed)
        body = enc_body(plain, bcs, cte)
        H.append(("Content-Type", ctype)); H.append(("Content-Transfer-Encoding", cte))
    else:
        b = "----=_NextPart_%s_%s" % (hx(c["slug"], 3).upper(), hx(c["slug"] + "b", 12).upper())
        parts = [leaf("text/plain", plain, bcs, cte, label=label), leaf("text/html", htmlb.replace("charset=gbk", "charset=gb2312"), bcs, cte, label=label)]
        ct, body = multipart(parts, b)
        H.append(("Content-Type", ct))
        body = b"This is a multi-part message in MIME format.\r\n" + body
    rcv = ("Received: from %s (unknown [10.8.%d.%d])\r\n\tby mx1.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s\r\n"
           % (c["client"].replace("_", "-") + ".henglith.example.cn", int(hx(c["slug"], 2), 16), int(hx(c["slug"] + "i", 2), 16), DOM,
              hx(c["slug"], 10).upper(), m["replyto"], rfc_date(t + dt.timedelta(seconds=2))))
    head = "Return-Path: <%s>\r\n" % frm[1] + rcv + "".join("%s: %s\r\n" % kv for kv in H)
    return head.encode("ascii") + b"\r\n" + body

def T(s):
    """'2025-09-30 10:12:05 +0800' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")

CASES = []
def case(**k): CASES.append(k)

def sd(c): return c["t"].astimezone(SH).date()   # the reply's Shanghai date

def inline_after(marker, answer):
    def f(q):
        out = []
        for l in q:
            out.append(l)
            if marker in l:
                out += [""] + answer + [""]
        return out
    return f
def on_attr_line(text):
    def f(q):
        return [text + q[0]] + q[1:]
    return f

# ============================ M1 常州基地电芯良率周会 (recap Thu 2025-09-25 16:10)
case(n=2001, slug="m1-done-item1-qq", client="qq", m="M1", frm="陆晓东", t="2025-09-30 10:12:05 +0800",
     text=["第1项搞定了，排查报告放共享盘 \\\\cz-fs01\\良率\\A3 了，结论是刮刀间隙偏大，已调。", "", "晓东"],
     intent="done", items=[1], desc="QQ Mail gb18030 '第1项搞定了' (colloquial done) over QQ '------------------ 原始邮件 ------------------' quote",
     notes="'搞定了' = done; item written as 第1项. The quote holds the recap footer with every command word.")
case(n=2002, slug="m1-confirm-foxmail-gbk", client="foxmail", m="M1", frm="钱美玲", t="2025-09-25 16:41:33 +0800",
     text=["收到，没问题。", "", "钱美玲  质量部", "Tel: 0519-8688 2231  Mob: 139 1234 5678"], intent="confirm", items=[],
     desc="Foxmail GBK '收到，没问题。' + signature with phone numbers; Foxmail 发件人：/发送时间： quote",
     notes="'收到，没问题' = confirm, no item number -> items []. Phone digits in the signature are not item numbers or percents.")
case(n=2003, slug="m1-object-item4-outlook-zh", client="outlook_zh", m="M1", frm="许诺", t="2025-09-25 17:05:48 +0800",
     text=["周经理，", "", "第4项有异议：看板口径要先由质量部定义缺陷分类，IT只能按定义开发，建议这项改由钱工牵头，IT配合。", "", "许诺", "信息技术部 | 分机 8016"],
     intent="object", items=[4], desc="Outlook zh-CN gb2312 '答复:' objecting to 第4项 with a reason naming another person (钱工)",
     notes="Explicit 有异议 on 第4项 before the 18:00 cut-off. '钱工' in the reason is a suggested new owner, not a command.")
case(n=2004, slug="m1-extend-named-task-wecom", client="exmail_wecom", m="M1", frm="陆晓东", t="2025-09-29 09:20:41 +0800",
     text=["温控参数复核那个节前肯定弄不完，化成柜厂家工程师要节后才来，申请延期至10月14日。"], intent="extend", items=[],
     new="2025-10-14", calc=lambda c: md(sd(c), 10, 14),
     desc="企业微信邮箱 (Tencent Exmail engine) extend named by task words ('温控参数复核' = item 2), no number; 节前/节后 are not dates",
     notes="No item number (items []). The task words match item 2 (化成分容柜温控参数复核), one of the sender's two open items (1, 2): one clear match. 10月14日 is a Tuesday after National Day; '节前/节后' are not the requested date.")
case(n=2005, slug="m1-done-named-mailmaster-makeup-sunday", client="mailmaster", m="M1", frm="钱美玲", t="2025-09-28 19:02:10 +0800",
     text=["隔膜抽检做完了，3批都合格，报告明天发群里。", "", "发自网易邮箱大师"], intent="done", items=[],
     desc="网易邮箱大师 '隔膜抽检做完了' on the 2025-09-28 make-up Sunday; named task (item 3) while item 5 also mentions 隔膜",
     notes="'做完了' = done. No number -> items []. '隔膜抽检' matches item 3 (来料隔膜批次抽检); item 5 (隔膜供应商8D) shares '隔膜' but not '抽检', so a careful reader picks 3. '3批' is a batch count, not item 3.")
case(n=2006, slug="m1-organizer-ok-thumbs-iphone", client="iphone_zh", m="M1", frm="周建华", t="2025-09-25 16:30:02 +0800",
     text=["好的👍", "", "发自我的iPhone"], intent="confirm", items=[],
     desc="iPhone Mail: organizer's '好的👍' + '发自我的iPhone', quote '> 在 2025年9月25日，16:10，纪要助手 <…> 写道：'",
     notes="Colloquial confirm with emoji from the organizer; items [].")
case(n=2007, slug="m1-progress-named-coremail", client="coremail", m="M1", frm="钱美玲", t="2025-09-30 15:48:22 +0800",
     text=["8D整改那个供应商还没回全，进度大概60%吧，节后第一天我再催一次。", "", "钱美玲"], intent="progress", items=[], percent=60,
     desc="Coremail '8D整改那个…进度大概60%吧' -> progress named by task (item 5); '节后第一天' is a plan, not an extension",
     notes="No number; '8D整改' matches item 5 (跟进隔膜供应商8D整改回复) among her items 3 and 5. '节后第一天我再催' is not a new due date request.")
case(n=2008, slug="m1-question-163", client="netease163", m="M1", frm="许诺", t="2025-09-25 16:58:40 +0800",
     text=["请问看板口径是按班次统计还是按自然日？定了我这边好排期。"], intent="unknown", items=[],
     desc="163 webmail (GBK) question about item 4, no command -> changes nothing (intent unknown)",
     notes="A question, not a command: nothing changes. Gold intent 'unknown' (SPEC section 5 value; see README conventions). Quote starts at '在 2025-09-25 16:10:07，\"纪要助手\" <…> 写道：' with '>' lines.")
case(n=2009, slug="m1-inline-extend-row6-thunderbird", client="thunderbird_en", m="M1", frm="顾斌", t="2025-09-26 08:47:19 +0800",
     text=[], inline=inline_after("| 顾斌 |", ["厂家工程师10月9号才能到现场，这项延期到10月9日。", "顾斌"]),
     intent="extend", items=[6], new="2025-10-09", calc=lambda c: md(sd(c), 10, 9),
     desc="Thunderbird 8bit format=flowed, inline answer typed under the quoted row '> 6 | A3线涂布辊更换验收 | 顾斌 | …' (no number in the new text)",
     notes="The new text sits directly under quoted row 6, which is the sender's only item; items [6] because the row he answers carries the number (convention stated in README). '10月9号' and '10月9日' agree: 2025-10-09 (Thu, first working day after National Day).")
case(n=2010, slug="m1-bare-done-ambiguous-dingtalk", client="dingtalk", m="M1", frm="陆晓东", t="2025-09-30 17:31:00 +0800",
     text=["搞定了"], intent="done", items=[],
     desc="钉钉邮箱 (Alimail) bare '搞定了' from an owner with two open items -> done with no resolvable item (bot must ask)",
     notes="Changes nothing by itself: 陆晓东 owns items 1 and 2 in this meeting and names neither, so the bot has to ask which. Gold: done, items [].")
case(n=2011, slug="m1-organizer-confirm-two-owa", client="owa_zh", m="M1", frm="周建华", t="2025-09-26 01:03:12 +0000",
     text=["第1、6项确认。第4项等质量部把缺陷分类定下来再说。", "", "周建华", "常州制造部"], intent="confirm", items=[1, 6],
     desc="OWA zh-CN (+0000 Date = 09:03 Shanghai) '第1、6项确认' with a side remark on item 4; '________________________________' quote",
     notes="Confirm for items 1 and 6 (第1、6项). The remark on 第4项 is neither an objection nor an extension; it is not in items.")
case(n=2012, slug="m1-done-named-feishu", client="feishu", m="M1", frm="顾斌", t="2025-09-30 16:20:55 +0800",
     text=["涂布辊更换验收已完成，试涂3卷面密度CPK 1.67，OK。"], intent="done", items=[],
     desc="飞书邮箱 done named by task ('涂布辊更换验收' = item 6, his only item); 'CPK 1.67' and '3卷' are not items",
     notes="No number; the sender owns exactly one item (6), which the words also match.")
# ============================ M2 Debrecen ramp-up (English recap Wed 2025-11-12 15:32 Shanghai)
case(n=2013, slug="m2-progress-item1-outlook-hu", client="outlook_hu", m="M2", frm="Réka Szabó", t="2025-11-18 14:05:31 +0100",
     text=["Hi all,", "", "Item 1: the HU version is finished, the EN translation is with the technical writer - about 70% overall.", "",
           "Best regards,", "Réka Szabó", "Process Engineer | Henglith Power Hungary Kft.", "4031 Debrecen, +36 52 555 0143"],
     intent="progress", items=[1], percent=70,
     desc="Outlook hu-HU 'VÁLASZ:' with Feladó/Elküldve/Címzett/Tárgy quote header; 'Item 1 … about 70% overall'",
     notes="Progress 70 on item 1. 'HU version is finished' describes part of the item; the item as a whole is at 70%.")
case(n=2014, slug="m2-extend-push-to-5th-owa-en", client="owa_en", m="M2", frm="Anna Nagy", t="2025-11-13 09:15:00 +0100",
     text=["Can we push #3 to the 5th? The agency only sends the shortlisted candidates on 1 Dec.", "", "Thanks,", "Anna"],
     intent="extend", items=[3], new="2025-12-05", calc=lambda c: next_dom(sd(c), 5),
     desc="OWA English 'Can we push #3 to the 5th?' (day of month only) -> next 5th after the send date",
     notes="'the 5th' with no month, sent 2025-11-13: the next 5th is 2025-12-05 (also after the current due 11-28). '1 Dec' is context.")
case(n=2015, slug="m2-done-item6-gmail-ja", client="gmail_ja", m="M2", frm="佐藤健", t="2025-11-14 10:20:44 +0100",
     text=["お疲れ様です。佐藤です。", "", "6番のテンションセンサー校正は完了しました。", "校正記録は共有フォルダに置いてあります。", "", "佐藤"],
     intent="done", items=[6], desc="Gmail ja-JP: '6番の…校正は完了しました' under '2025年11月12日(水) 15:32 纪要助手 <…>:'",
     notes="Japanese 完了しました = done; '6番' is the item number 6.")
case(n=2016, slug="m2-done-named-gmail-ko", client="gmail_ko", m="M2", frm="Kim Minjun", t="2025-11-13 11:02:09 +0100",
     text=["Hi Tamás,", "", "Dew point logs reviewed - all below -40°C except Line 2 on the 11/09 night shift, explanation in the shared folder. Done from my side.", "", "김민준 / Kim Minjun"],
     intent="done", items=[], desc="Gmail ko-KR ('…님이 작성:') 'Dew point logs reviewed … Done' named by task (item 7, his only item)",
     notes="No number; matches item 7 (Review dry room dew point logs), the sender's only item. '11/09' and '-40' are not dates/percents to use; 'Line 2' is not item 2.")
case(n=2017, slug="m2-extend-two-more-days-outlook-mac", client="outlook_mac", m="M2", frm="Lukas Becker", t="2025-11-18 16:40:02 +0100",
     text=["need two more days on item 5 - customer hasn't confirmed the PPAP submission date yet.", "", "Lukas", "", "Sent from Outlook for Mac"],
     intent="extend", items=[5], new="2025-11-24", calc=lambda c: add_wd(D("2025-11-20"), 2),
     desc="Outlook for Mac 'need two more days on item 5' -> relative extension from the item's current due date (11-20)",
     notes="Genuinely ambiguous: 'two more days' counted from the item's current due (Thu 2025-11-20). A careful assistant in a Chinese company counts working days: Fri 11-21, Mon 11-24 -> 2025-11-24. (Calendar days would give Sat 11-22.)")
case(n=2018, slug="m2-done-named-outlook-en-zh-text", client="outlook_en", m="M2", frm="许诺", t="2025-11-17 18:22:10 +0800",
     text=["MES接口测试已完成，和Debrecen这边联调通过。", "", "许诺 Noah Xu", "IT Dept. | Henglith Power", "T +86 519 8688 8016"],
     intent="done", items=[], desc="Outlook en-US (From/Sent/To/Subject quote) with Chinese text '已完成' on the English recap; named task = item 4",
     notes="Sender owns only item 4 in this meeting (MES interface test), which the words also match.")
case(n=2019, slug="m2-progress-named-wecom", client="exmail_wecom", m="M2", frm="陆晓东", t="2025-11-19 11:30:36 +0800",
     text=["winding heads 已经装箱，周五发出，DHL单号明天给。进度50%"], intent="progress", items=[], percent=50,
     desc="企业微信邮箱 mixed Chinese/English 'winding heads … 进度50%' on the English recap (item 2, his only item)",
     notes="'周五发出' is the shipping plan within the current due (11-21), not an extension.")
case(n=2020, slug="m2-organizer-confirm-iphone-en", client="apple_en", m="M2", frm="Tamás Kovács", t="2025-11-12 09:40:51 +0100",
     text=["Confirmed, thanks all.", "", "Sent from my iPhone"], intent="confirm", items=[],
     desc="iPhone Mail English 'Confirmed, thanks all.' + '> On Nov 12, 2025, at 15:32, 纪要助手 <…> wrote:'",
     notes="Organizer confirms the whole list; 'thanks' does not make it a thank-you-only mail.")
case(n=2021, slug="m2-auto-ooo-outlook-de", client="outlook_de", m="M2", frm="Lukas Becker", t="2025-11-12 08:33:05 +0100",
     kind="auto", noquote=True, subject="Automatische Antwort: " + M["M2"]["subject"],
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "lukas.becker@" + DOM)],
     text=["Vielen Dank für Ihre Nachricht.", "", "Ich bin bis einschließlich 14.11.2025 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.",
           "In dringenden Fällen wenden Sie sich bitte an Claire Dubois (claire.dubois@henglith.example.cn).", "",
           "Thank you for your message. I am out of the office until 14 Nov 2025 (item 5 / PPAP questions: Claire Dubois).", "", "Mit freundlichen Grüßen", "Lukas Becker"],
     intent=None, desc="Exchange German out-of-office 'Automatische Antwort:' (Auto-Submitted: auto-replied) mentioning 'item 5' and dates -> kind auto",
     notes="Auto-reply: kind auto, reply null. The body mentions 'item 5' and a date; the bot must not treat it as a command nor answer it.")
# ============================ M3 台北业务客户交付协调会 (recap Thu 2026-02-05 17:20, Spring Festival 02-15..02-23)
case(n=2022, slug="m3-done-item1-outlook-tw", client="outlook_tw", m="M3", frm="陳志明", t="2026-02-06 10:15:27 +0800",
     text=["雅婷，", "", "第1項已完成，Q1交付排程昨晚已寄給客戶窗口王經理。", "", "陳志明 Jimmy Chen", "業務專員｜台北業務處", "Tel: +886-2-2758-1234 ext. 302"],
     intent="done", items=[1], desc="Outlook zh-TW '回覆:' Traditional '第1項已完成' with 寄件者/寄件日期/收件者/主旨 quote",
     notes="Traditional 項 = 项. Done, items [1].")
case(n=2023, slug="m3-progress-named-gmail-tw", client="gmail_tw", m="M3", frm="陳志明", t="2026-02-09 11:40:03 +0800",
     text=["春節出貨那件事寧德還沒回覆，目前大概一半，進度50%。", "", "Jimmy"], intent="progress", items=[], percent=50,
     desc="Gmail zh-TW ('於 … 寫道：') Traditional progress named by task '春節出貨' (item 5 of his items 1 and 5)",
     notes="No number; '春節出貨' matches item 5 (确认春节期间发货安排); his other item 1 is Q1 排程. Percent 50 ('一半' agrees).")
case(n=2024, slug="m3-organizer-confirm-iphone-tw", client="iphone_tw", m="M3", frm="林雅婷", t="2026-02-05 17:45:12 +0800",
     text=["確認，沒問題。報價單這兩天會更新。", "", "從我的 iPhone 傳送"], intent="confirm", items=[],
     desc="iPhone zh-TW: '確認，沒問題。' + '從我的 iPhone 傳送'; the remark on her own item 3 is not a command",
     notes="Organizer confirms. '報價單這兩天會更新' is a plan for item 3 (due 02-11), not progress/extend.")
case(n=2025, slug="m3-extend-item2-after-holiday-qq", client="qq", m="M3", frm="黄冠宇", t="2026-02-11 14:22:47 +0800",
     text=["林经理，第2项样品送检申请延期到节后，2月25日前，检测机构春节放假2/14就停了。", "", "黄冠宇 宁德工程部"],
     intent="extend", items=[2], new="2026-02-25", calc=lambda c: md(sd(c), 2, 25),
     desc="QQ Mail '第2项…延期到节后，2月25日前' (X前 = on X) with a distractor date 2/14 in the reason",
     notes="'2月25日前' -> 2026-02-25 (Wed, second working day after Spring Festival 02-15..02-23). '2/14' is in the reason. '节后' alone would be vague; the explicit date wins.")
case(n=2026, slug="m3-progress-named-coremail", client="coremail", m="M3", frm="钱美玲", t="2026-02-13 10:05:18 +0800",
     text=["审厂资料包进度80%，就差环评批复的扫描件，节后补上。", "", "钱美玲 | 质量部"], intent="progress", items=[], percent=80,
     desc="Coremail progress named by task ('审厂资料包' = item 4, her only item in M3)", notes="No number; the sender's only item in this meeting is 4.")
case(n=2027, slug="m3-done-named-apple-mail-tw", client="apple_zh", m="M3", frm="林雅婷", t="2026-02-10 18:30:40 +0800",
     text=["報價單更新好了，已寄給客戶，銅箔漲幅按8%計。", "", "雅婷"], intent="done", items=[],
     desc="Apple Mail (macOS, zh) Traditional '報價單更新好了' from the organizer who also owns item 3; '8%' is not progress",
     notes="'更新好了' = done; named task matches item 3 (更新铜箔涨价后的报价单), her only item. '按8%計' is a price rise, not a progress percent.")
case(n=2028, slug="m3-confirm-two-outlook-tw", client="outlook_tw", m="M3", frm="陳志明", t="2026-02-05 17:58:02 +0800",
     text=["第1、5項確認，沒問題。"], intent="confirm", items=[1, 5],
     desc="Outlook zh-TW Traditional '第1、5項確認' two minutes before the 18:00 cut-off", notes="Confirm items 1 and 5.")
case(n=2029, slug="m3-auto-holiday-dingtalk", client="dingtalk", m="M3", frm="陳志明", t="2026-02-14 09:00:12 +0800",
     kind="auto", noquote=True, subject="自动回复：" + M["M3"]["subject"],
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     text=["您好，本人2月14日至2月24日春節休假，期間郵件將延遲回覆。", "交付相關事項請聯繫林雅婷（lin.yating@henglith.example.cn）。", "第1項已完成之資料請見共享資料夾。", "", "陳志明"],
     intent=None, desc="钉钉邮箱 holiday auto-reply '自动回复：' (Auto-Submitted: auto-replied) whose text says '第1項已完成' -> kind auto",
     notes="Auto-reply: kind auto, reply null, although its text contains '第1項已完成' and dates.")
# ============================ M4 宁德基地安全整改专项会 (recap Wed 2026-04-01 11:05; Qingming 04-04..04-06)
case(n=2030, slug="m4-done-named-two-open-dingtalk", client="dingtalk", m="M4", frm="吴婷", t="2026-04-03 16:50:30 +0800",
     text=["郑总，危化品台账更新完成了，消防演练方案清明后发您审。", "", "吴婷 | 宁德EHS部 | 0593-288 6612"], intent="done", items=[],
     desc="钉钉邮箱 done named by task ('台账' = item 3) while her other item (消防演练, 2) is mentioned as a plan",
     notes="No number. '台账更新完成了' matches item 3; the mention of 消防演练 (item 2) is a plan, not a command.")
case(n=2031, slug="m4-extend-next-friday-wecom", client="exmail_wecom", m="M4", frm="孙立", t="2026-04-02 09:30:15 +0800",
     text=["外包培训那个要延到下周五，施工队清明后才进场，人到齐了才能培训。"], intent="extend", items=[], new="2026-04-10",
     calc=lambda c: next_week(sd(c), 4),
     desc="企业微信邮箱 '外包培训…延到下周五' sent Thu 04-02 -> Fri of next calendar week (04-10)",
     notes="下周五 from Thu 2026-04-02 = 2026-04-10. Named task = item 5, his only item; items [] (no number written).")
case(n=2032, slug="m4-progress-on-attribution-line-163", client="netease163", m="M4", frm="黄冠宇", t="2026-04-07 08:55:09 +0800",
     text=[], inline=on_attr_line("第1项方案初稿已出，进度70%，设计院下周出图。"),
     intent="progress", items=[1], percent=70,
     desc="163 webmail: the reply is typed on the attribution line itself ('…设计院下周出图。在 2026-04-01 11:05:12，\"纪要助手\" <…> 写道：')",
     notes="The new text and the attribution share one line; everything from '在 2026-04-01' on is quote. Progress 70 on item 1; '下周出图' is not an extension.")
case(n=2033, slug="m4-extend-named-gmail-zh", client="gmail_zh", m="M4", frm="许诺", t="2026-04-03 22:10:44 +0800",
     text=["郑总，热失控预警那个可能要延期，要等BMS供应商的数据，最晚4月22日给结论。", "", "许诺"], intent="extend", items=[], new="2026-04-22",
     calc=lambda c: md(sd(c), 4, 22), desc="Gmail zh ('于2026年4月1日周三 11:05写道：') hedged extension named by task, '最晚4月22日'",
     notes="'可能要延期…最晚4月22日' read as an extension request to 2026-04-22 for item 4 (his only item). Hedged wording; a careful assistant records the requested date.")
case(n=2034, slug="m4-confirm-two-outlook-zh", client="outlook_zh", m="M4", frm="吴婷", t="2026-04-01 13:10:00 +0800",
     text=["郑总：", "第2、3项确认，无异议。", "", "吴婷"], intent="confirm", items=[2, 3],
     desc="Outlook zh-CN '第2、3项确认，无异议。' ('无异议' contains 异议 but confirms)", notes="Confirm items 2 and 3.")
case(n=2035, slug="m4-thanks-feishu", client="feishu", m="M4", frm="郑海峰", t="2026-04-01 11:30:27 +0800",
     text=["谢谢整理，辛苦了。大家清明注意安全。", "", "郑海峰", "宁德基地 EHS部"], intent="unknown", items=[],
     desc="飞书邮箱 thank-you from the organizer: no command -> changes nothing (intent unknown)",
     notes="A thank-you with no command word. Nothing changes; gold intent 'unknown'. (Reading it as a confirm would also change nothing before the cut-off.)")
case(n=2036, slug="m4-done-named-iphone", client="iphone_zh", m="M4", frm="孙立", t="2026-04-09 18:40:00 +0800",
     text=["培训弄好了，42人全部考试通过", "", "发自我的iPhone"], intent="done", items=[],
     desc="iPhone Mail '培训弄好了' (item 5, his only item); '42人' is not an item", notes="'弄好了' = done; sender's only item is 5.")
case(n=2037, slug="m4-object-with-date-mailmaster", client="mailmaster", m="M4", frm="黄冠宇", t="2026-04-01 15:15:40 +0800",
     text=["第1项有异议：排风改造要等设计院出图，4月8日只能出方案框架，建议改到4月20日。", "", "发自网易邮箱大师"], intent="object", items=[1],
     desc="网易邮箱大师 '第1项有异议…建议改到4月20日' -> object (not extend), new_due_date null",
     notes="Explicit 有异议 within the objection window; the suggested date is part of the objection's reason, so intent object and new_due_date null (schema: new_due_date only for extend).")
# ============================ M5 Monterrey/Erfurt supply chain (English recap Wed 2026-09-16 09:40 Shanghai)
case(n=2038, slug="m5-done-punto1-outlook-es", client="outlook_es", m="M5", frm="Sofía Ramírez", t="2026-09-21 21:30:12 -0600",
     text=["Hola Carlos,", "", "El punto 1 está listo: pedimento y certificado de origen enviados al agente aduanal.", "", "Saludos,", "Sofía Ramírez",
           "Supply Chain Analyst | Henglith Power México", "Tel. +52 81 5555 0192", "",
           "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario."],
     intent="done", items=[1], desc="Outlook es-MX (De/Enviado/Para/Asunto) 'El punto 1 está listo' + confidentiality disclaimer; -0600 Date",
     notes="Spanish 'está listo' = done; 'punto 1' = item 1. Date 21:30 -0600 = 2026-09-22 11:30 Shanghai.")
case(n=2039, slug="m5-done-named-gmail-nl", client="gmail_nl", m="M5", frm="Jan de Vries", t="2026-09-18 10:05:55 +0200",
     text=["Hi Carlos,", "", "Warehouse slots for October are booked (weeks 41-44), so that one is done.", "", "Groet,", "Jan"], intent="done", items=[],
     desc="Gmail nl-NL ('Op vr 18 sep 2026 om … schreef'); done named by task = item 2 of his items 2 and 4; 'weeks 41-44' not numbers",
     notes="No item number; 'Warehouse slots' matches item 2 (his other item 4 is the cost model).")
case(n=2040, slug="m5-extend-item5-gmail-pl", client="gmail_pl", m="M5", frm="Piotr Nowak", t="2026-09-17 08:12:30 +0200",
     text=["Hi,", "item 5: can we move it to 16 October? The carrier's legal team is back only on the 12th.", "", "Pozdrawiam,", "Piotr Nowak"],
     intent="extend", items=[5], new="2026-10-16", calc=lambda c: md(sd(c), 10, 16),
     desc="Gmail pl-PL ('… napisał(a):' wrapped) 'item 5: can we move it to 16 October?' with a distractor 'the 12th'",
     notes="'move it to 16 October' = extend to 2026-10-16; 'the 12th' is context.")
case(n=2041, slug="m5-extend-named-next-wed-gmail-vi", client="gmail_vi", m="M5", frm="Nguyễn Thị Lan", t="2026-09-22 20:15:08 -0600",
     text=["Hi Carlos,", "", "The Hai Phong audit: the supplier asked to move it, so I need until next Wednesday for the schedule.", "", "Lan"],
     intent="extend", items=[], new="2026-09-30", calc=lambda c: next_week(sd(c), 2),
     desc="Gmail vi-VN ('Vào Th 4, … đã viết:') named-task extension 'until next Wednesday', Date -0600 (Shanghai date is the next day)",
     notes="Date Tue 20:15 -0600 = Wed 2026-09-23 10:15 Shanghai; next Wednesday = 2026-09-30 (same answer from the local date). Item 6 is her only item; items [].")
case(n=2042, slug="m5-extend-item7-gmail-fr", client="gmail_fr", m="M5", frm="Claire Dubois", t="2026-09-21 09:12:00 +0200",
     text=["Bonjour Carlos,", "", "Item 7 : pourrait-on le repousser au 9 octobre ? Le client a décalé son audit à mi-octobre.", "", "Merci,", "Claire"],
     intent="extend", items=[7], new="2026-10-09", calc=lambda c: md(sd(c), 10, 9),
     desc="Gmail fr-FR ('Le lun. 21 sept. 2026 à …, … a écrit :' wrapped) French 'repousser au 9 octobre' on item 7",
     notes="French extension request; 9 octobre 2026 is a Friday (working day after National Day). 'mi-octobre' is context.")
case(n=2043, slug="m2-done-item5-outlook-de", client="outlook_de", m="M2", frm="Lukas Becker", t="2025-11-21 09:00:40 +0100",
     text=["Hallo Tamás,", "", "PPAP-Zeitplan ist aktualisiert und an den Kunden verschickt. Item 5 erledigt.", "", "Viele Grüße", "Lukas Becker", "Quality Assurance | Henglith Power Germany GmbH | Erfurt"],
     intent="done", items=[5], desc="Outlook de-DE 'AW:' (Von/Gesendet/An/Betreff) 'Item 5 erledigt.'", notes="German 'erledigt' = done.")
case(n=2044, slug="m5-confirm-item3-gmail-mobile", client="gmail_mobile", m="M5", frm="刘洋", t="2026-09-16 10:30:14 +0800",
     text=["第3项没问题 👍"], intent="confirm", items=[3],
     desc="Gmail Android app short reply '第3项没问题 👍' with the wrapped English attribution 'On Wed, Sep 16, 2026 at 9:40 AM 纪要助手 <' / 'minutes@…> wrote:'",
     notes="Confirm item 3.")
case(n=2045, slug="m5-question-bottom-thunderbird-de", client="thunderbird_de", m="M5", frm="Piotr Nowak", t="2026-09-18 14:44:02 +0200", bottom=True,
     text=["Quick question on item 5: should the contract also cover the Debrecen lane, or only Erfurt-Poznań?", "", "Piotr"], intent="unknown", items=[],
     desc="Thunderbird de-DE bottom-posted ('Am 16.09.26 um 09:40 schrieb 纪要助手:' then quote then the question) -> no command",
     notes="A question about item 5, bottom-posted below the full quote. Nothing changes; gold intent 'unknown', items [] (a question mentioning 'item 5' is not a command on it).")
case(n=2046, slug="m5-organizer-confirm-owa-en", client="owa_en", m="M5", frm="Carlos Mendoza", t="2026-09-16 09:55:33 -0600",
     text=["No objections from my side - confirmed.", "Sofía, Jan: please keep the customs docs and the slot bookings on track.", "", "Carlos Mendoza", "Supply Chain Manager, Monterrey"],
     intent="confirm", items=[], desc="OWA English organizer confirm, -0600 Date (23:55 Shanghai, after the cut-off); 'No objections' contains 'objection'",
     notes="'No objections … confirmed' = confirm.")
case(n=2047, slug="m5-bare-done-ambiguous-iphone-en", client="apple_en", m="M5", frm="Jan de Vries", t="2026-09-24 17:02:11 +0200",
     text=["Done.", "", "Sent from my iPhone"], intent="done", items=[],
     desc="iPhone English bare 'Done.' from an owner with two open items (2 and 4) -> no resolvable item",
     notes="Changes nothing by itself: Jan owns items 2 and 4 and names neither; the bot must ask which. Gold: done, items [].")

# ------------------------------------------------------------------ main
def gold_of(c):
    if c.get("kind", "reply") == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": c["intent"], "items": c["items"], "percent": c.get("percent"), "new_due_date": c.get("new")},
            "notes": "Reply to the recap of '%s' (%s, Shanghai date %s). %s" % (M[c["m"]]["title"], c["client"], sd(c).isoformat(), c["notes"])}

def prep():
    for c in CASES:
        c["t"] = T(c["t"]); c["from"] = c["frm"]
        c["slug"] = "%d-%s" % (c["n"], c["slug"]); c.setdefault("text", [])

def check(out):
    import email
    from email import policy
    bad = 0
    for c in CASES:
        g = json.load(open(os.path.join(out, c["slug"] + ".json"), encoding="utf-8"))
        r = g["reply"]
        if c.get("new"):
            calc = c["calc"](c).isoformat()
            if calc != c["new"] or r["new_due_date"] != calc:
                print("DATE MISMATCH", c["slug"], c["new"], calc); bad += 1
            if not is_wd(D(calc)): print("note: non-working new date", c["slug"], calc)
        if r:
            assert r["intent"] in ("confirm", "object", "done", "progress", "extend", "unknown"), c["slug"]
            assert (r["percent"] is None) or r["intent"] == "progress"
            assert (r["new_due_date"] is None) == (r["intent"] != "extend"), c["slug"]
        raw = open(os.path.join(out, c["slug"] + ".eml"), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["In-Reply-To"] == M[c["m"]]["msgid"], c["slug"]
        txt = msg.get_body(("plain",)).get_content()
        for w in [l for l in c["text"] if l][:1]:
            if c.get("noquote") or not c.get("inline"):
                assert w in txt, (c["slug"], w)
        assert "序号 | 事项" in txt or "No. | Item" in txt or c.get("noquote"), c["slug"]
    print("checked %d cases, %d date errors" % (len(CASES), bad))
    return bad

def main():
    prep()
    if sys.argv[1] == "--check":
        sys.exit(1 if check(sys.argv[2]) else 0)
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    rows = []
    for c in CASES:
        if c.get("new"):
            assert c["calc"](c).isoformat() == c["new"], (c["slug"], c["calc"](c))
        raw = build(c)
        open(os.path.join(out, c["slug"] + ".eml"), "wb").write(raw)
        with open(os.path.join(out, c["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2); f.write("\n")
        rows.append("| %s | %s | %s |" % (c["slug"], c.get("kind", "reply"), c["desc"].replace("|", "\\|")))
    open(os.path.join(out, "cases_table.md"), "w", encoding="utf-8").write("| case | kind | what it tests |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n")
    print("wrote %d cases" % len(CASES))

if __name__ == "__main__":
    main()
