#!/usr/bin/env python3
"""Blind held-out set replies16: replies to minutebot recaps, 豫鲜冷链集团 (Yuxian Cold Chain).

    /work/blind/venv/bin/python make_replies16.py [OUTDIR]    # write .eml/.json pairs, roster.csv
    /work/blind/venv/bin/python make_replies16.py --check [DIR]  # recompute every gold date with chinesecalendar

Deterministic: no clock, no randomness. Message bytes are built with the stdlib email package (compat32).
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, sys
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path
import chinese_calendar as cc

D = dt.date
def TZ(h, m=0): return dt.timezone(dt.timedelta(hours=h, minutes=m))
CST = TZ(8)
DOM = "yxcold.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)

# ------------------------------------------------------------------ calendar helpers (chinesecalendar)
def is_wd(d): return cc.is_workday(d)
def add_workdays(start, n):
    d = start
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d): n -= 1
    return d
def next_week(sent, wd):
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + wd)
def this_or_next(sent, wd):
    c = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)
def first_wd_after_holiday(sent):
    d = sent
    while not (cc.get_holiday_detail(d)[0] and cc.get_holiday_detail(d)[1]):
        d += dt.timedelta(days=1)                       # reach the statutory holiday (named, not a weekend)
    while not is_wd(d): d += dt.timedelta(days=1)      # first working day after it
    return d

def compute(rule, sent):
    k = rule[0]
    if k == "abs": return D.fromisoformat(rule[1])
    if k == "next_week": return next_week(sent, rule[1])
    if k == "this_or_next": return this_or_next(sent, rule[1])
    if k == "workdays": return add_workdays(sent, rule[1])
    if k == "plus_days": return D.fromisoformat(rule[1]) + dt.timedelta(days=rule[2])
    if k == "after_holiday": return first_wd_after_holiday(sent)
    raise ValueError(rule)

# ------------------------------------------------------------------ people
ROSTER = [
 # name, email, department, manager_email, aliases
 ("张建国", "zhangjianguo@"+DOM, "仓储运营部", "", "张总;张经理;Zhang Jianguo;老张"),
 ("王磊", "wanglei@"+DOM, "仓储运营部", "zhangjianguo@"+DOM, "Wang Lei;磊子;王主管"),
 ("刘婷", "liuting@"+DOM, "仓储运营部", "zhangjianguo@"+DOM, "Liu Ting;Tina Liu;婷姐"),
 ("马骏", "majun@"+DOM, "信息技术部", "", "马经理;Ma Jun"),
 ("陈晨", "chenchen@"+DOM, "信息技术部", "majun@"+DOM, "Chen Chen;晨晨;陈工"),
 ("李红", "lihong@"+DOM, "关务部", "", "李经理;Li Hong"),
 ("赵敏", "zhaomin@"+DOM, "关务部", "lihong@"+DOM, "Zhao Min;Jasmine Zhao;敏敏"),
 ("吴海", "wuhai@"+DOM, "采购部", "", "吴总;Wu Hai;Henry Wu"),
 ("周杰", "zhoujie@"+DOM, "采购部", "wuhai@"+DOM, "Zhou Jie;Jay Zhou;杰哥"),
 ("黄蕾", "huanglei@"+DOM, "质量部", "", "黄经理;Huang Lei;Laura Huang"),
 ("孙倩", "sunqian@"+DOM, "质量部", "huanglei@"+DOM, "Sun Qian;倩倩;孙工"),
 ("罗刚", "luogang@"+DOM, "成都仓", "", "罗经理;罗总;Luo Gang"),
 ("杨洋", "yangyang@"+DOM, "成都仓", "luogang@"+DOM, "Yang Yang;洋洋;小杨"),
 ("邓丽", "dengli@"+DOM, "成都仓", "luogang@"+DOM, "Deng Li;丽姐"),
 ("段云", "duanyun@"+DOM, "昆明仓", "", "段经理;Duan Yun"),
 ("何军", "hejun@"+DOM, "昆明仓", "duanyun@"+DOM, "He Jun;何经理;老何"),
 ("郭静", "guojing@"+DOM, "法务部", "", "郭律师;Guo Jing;Grace Guo"),
 ("吳佩珊", "sandy.wu@yxcold.example.tw", "台北業務處", "", "Sandy Wu;吴佩珊;佩珊;Sandy"),
 ("林怡君", "eunice.lin@yxcold.example.tw", "台北業務處", "sandy.wu@yxcold.example.tw", "Eunice Lin;怡君;Eunice"),
 ("陳冠宇", "kevin.chen@yxcold.example.tw", "台北業務處", "sandy.wu@yxcold.example.tw", "Kevin Chen;陈冠宇;冠宇;Kevin"),
 ("Rachel Koh", "rachel.koh@yxcold.example.sg", "新加坡贸易公司", "", "许慧玲;Rachel"),
 ("Tan Wei Ming", "weiming.tan@yxcold.example.sg", "新加坡贸易公司", "rachel.koh@yxcold.example.sg", "陈伟明;Wei Ming;WM"),
]
P = {r[0]: r for r in ROSTER}
EXT = {
 "Klaus Becker": "k.becker@nordkaelte.example.de",
 "Carlos Muñoz": "cmunoz@frutasandes.example.cl",
 "Ingrid Hansen": "ingrid.hansen@nordhav.example.no",
 "佐藤健一": "k.sato@hokuyo-pack.example.jp",
 "김민준": "minjun.kim@hanbit-fresh.example.kr",
 "Somchai Prasert": "somchai.p@siamfresh.example.th",
 "Nguyễn Thị Lan": "lan.nguyen@mekongfruit.example.vn",
 "李春花": "lichunhua_km@163.example.com",
 "Olivia Brown": "olivia.brown@kauridairy.example.nz",
 "Pierre Laurent": "p.laurent@frigoconteneurs.example.fr",
 "Marek Nowak": "marek.nowak@sadyzgrojec.example.pl",
 "Sanne de Vries": "sanne.devries@koelpack.example.nl",
}
def addr(n):
    if n in P: return P[n][1]
    if n in EXT: return EXT[n]
    if n == "何军126": return "hejun_km@126.example.com"
    raise KeyError(n)

# ------------------------------------------------------------------ the recaps the bot sent
M = {
 "zz": dict(subject="郑州仓周例会纪要 2025-09-26", organizer="张建国", sent="2025-09-26 17:45", cutoff="2025-09-26 18:00",
     rows=[(1, "冷库3号间温控探头校准", "王磊", "2025-09-30"), (2, "提交国庆期间值班排班表", "刘婷", "2025-09-28"),
           (3, "叉车年检预约", "王磊", "2025-10-10"), (4, "更新WMS库位规则（速冻品分区）", "陈晨", "2025-10-11"),
           (5, "压缩机组季度维保", "Klaus Becker", "2025-10-15")]),
 "cherry": dict(subject="智利车厘子进口协调会纪要", organizer="吴海", sent="2025-11-05 16:20", cutoff="2025-11-05 18:00",
     rows=[(1, "确认首批车厘子订舱（圣安东尼奥→钦州）", "Carlos Muñoz", "2025-11-12"), (2, "提交进口许可证续期材料", "赵敏", "2025-11-14"),
           (3, "安排成都仓预冷库位", "杨洋", "2025-11-20"), (4, "提供果园植物检疫证书扫描件", "Carlos Muñoz", "2025-11-10")]),
 "salmon": dict(subject="挪威三文鱼质量复盘会纪要 2025-10-20", organizer="黄蕾", sent="2025-10-20 15:30", cutoff="2025-10-20 18:00",
     rows=[(1, "提供第三方重金属检测报告", "Ingrid Hansen", "2025-10-24"), (2, "更新到港温度记录模板", "孙倩", "2025-10-22"),
           (3, "重新评估空运费率", "周杰", "2025-10-31"), (4, "寄送EPS保温箱样品", "佐藤健一", "2025-10-28")]),
 "tpe": dict(subject="台北業務週會紀要 2025-12-01", organizer="吳佩珊", sent="2025-12-01 18:20", cutoff="2025-12-02 18:00",
     rows=[(1, "整理春節禮盒客戶名單", "林怡君", "2025-12-05"), (2, "更新冷凍水餃報價單", "陳冠宇", "2025-12-03"),
           (3, "安排高雄倉配送試跑", "林怡君", "2025-12-12"), (4, "韓國梨進口樣品確認", "김민준", "2025-12-10")]),
 "km": dict(subject="昆明仓泰国榴莲到港协调会纪要", organizer="段云", sent="2025-09-08 17:05", cutoff="2025-09-08 18:00",
     rows=[(1, "提供第二批榴莲装箱单", "Somchai Prasert", "2025-09-10"), (2, "提交催熟间改造方案", "何军", "2025-09-12"),
           (3, "预约海关查验时间", "李春花", "2025-09-11"), (4, "越南火龙果冷链运输报价", "Nguyễn Thị Lan", "2025-09-15")]),
 "sg": dict(subject="SG Trading weekly sync - 15 Dec 2025", organizer="Rachel Koh", sent="2025-12-15 17:30", cutoff="2025-12-15 18:00", lang="en",
     rows=[(1, "Update SG wholesale price list", "Tan Wei Ming", "2025-12-17"), (2, "Send shelf-life study for UHT cream", "Olivia Brown", "2025-12-17"),
           (3, "Renew reefer container lease", "Pierre Laurent", "2025-12-22"), (4, "Review new distribution contract", "郭静", "2025-12-19"),
           (5, "Apple pallet labelling spec", "Marek Nowak", "2025-12-18")]),
 "cd": dict(subject="成都仓10月运营会纪要", organizer="罗刚", sent="2025-10-13 16:10", cutoff="2025-10-13 18:00",
     rows=[(1, "制冷机组维保排期", "杨洋", "2025-10-17"), (2, "火锅食材客户投诉回访", "邓丽", "2025-10-15"),
           (3, "新增冷藏车GPS装机", "杨洋", "2025-10-24"), (4, "包材方案评估（可循环保温箱）", "Sanne de Vries", "2025-10-24")]),
 "cny": dict(subject="春节备货专项会纪要", organizer="张建国", sent="2025-01-20 11:30", cutoff="2025-01-20 18:00",
     rows=[(1, "春节礼盒冷链配送线路确认", "王磊", "2025-01-24"), (2, "年货节促销价审批", "吴海", "2025-01-23"),
           (3, "春节期间应急值班表", "刘婷", "2025-01-26"), (4, "新西兰奇异果到港清关", "赵敏", "2025-02-07")]),
}
def h8(s, n=10): return hashlib.sha256(s.encode()).hexdigest()[:n]
for k, m in M.items():
    m["t"] = dt.datetime.fromisoformat(m["sent"]).replace(tzinfo=CST)
    m["msgid"] = "<r.%s.%s@%s>" % (m["t"].strftime("%Y%m%d%H%M"), h8(k), DOM)
    m["minutes_id"] = "<%s.minutes@%s>" % (h8("min" + k, 16), DOM)
    m["replyto"] = "minutes+r%s@%s" % (h8("tok" + k, 14), DOM)
    m["subj"] = "Re: " + m["subject"]
    m.setdefault("lang", "zh")
    m["to"] = sorted({r[2] for r in m["rows"]} | {m["organizer"]}, key=lambda n: n)

def recap_lines(m):
    if m["lang"] == "en":
        L = ["Hello all,", "", "The minutes assistant has registered these action items:",
             "| No. | Item | Owner | Due |"]
        L += ["| %d | %s | %s | %s |" % r for r in m["rows"]]
        L += ["", "Please reply today if you disagree (deadline %s; no reply means agreed)." % m["cutoff"],
              "How to reply: answer this mail with \"confirm\", \"object: reason\", \"item N done\", \"progress 80%\" or \"extend to Oct 20\".",
              "", "-- 纪要助手 minutes assistant (automatic mail, please keep the subject)"]
        return L
    L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
    L += ["| %d | %s | %s | %s |" % r for r in m["rows"]]
    extra = "，次一工作日" if m["cutoff"][:10] != m["sent"][:10] else ""
    L += ["", "如有异议请于今日内回复（截止 %s%s，逾期视为无异议）。" % (m["cutoff"], extra),
          "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
          "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return L

# ------------------------------------------------------------------ quote headers per client
WZ = "一二三四五六日"
EN_D = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def ampm_zh(t):
    h = t.hour
    if h < 6: p = "凌晨"
    elif h < 12: p = "上午"
    elif h < 13: p = "中午"
    elif h < 18: p = "下午"
    else: p = "晚上"
    return "%s%d:%02d" % (p, h if h <= 12 else h - 12, t.minute)
def h12(t): return "%d:%02d %s" % ((t.hour - 1) % 12 + 1, t.minute, "AM" if t.hour < 12 else "PM")

def to_list(m, sep="; ", fmt='{n} <{a}>'):
    return sep.join(fmt.format(n=n, a=addr(n)) for n in m["to"])

def quote(style, m, tz):
    t = m["t"].astimezone(tz)
    bn, ba = BOT
    body = recap_lines(m)
    gt = lambda L: ["> " + x if x else ">" for x in L]
    s = m["subj"]
    if style == "qq":
        return ["", "", "------------------ 原始邮件 ------------------",
                '发件人: "%s"<%s>;' % (bn, ba), "发送时间: %d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WZ[t.weekday()], ampm_zh(t)),
                "收件人: " + "".join('"%s"<%s>;' % (n, addr(n)) for n in m["to"]), "主题: " + s, "", ""] + body
    if style == "foxmail":
        return ["", "", "", "%s" % "{sig}", " ", "发件人： %s" % bn, "发送时间： %s" % t.strftime("%Y-%m-%d %H:%M"),
                "收件人： " + "; ".join(m["to"]), "主题： " + s] + body
    if style == "outlook_zhcn":
        return ["", "-----原始邮件-----", "发件人: %s <%s>" % (bn, ba),
                "发送时间: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                "收件人: " + to_list(m), "主题: " + s, ""] + body
    if style == "outlook_zhcn_new":
        return ["", "________________________________", "发件人: %s <%s>" % (bn, ba),
                "发送时间: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                "收件人: " + to_list(m), "主题: " + s, ""] + body
    if style == "outlook_zhtw":
        return ["", "寄件者: %s <%s>" % (bn, ba),
                "寄件日期: %d年%d月%d日 星期%s %s %02d:%02d" % (t.year, t.month, t.day, WZ[t.weekday()], "上午" if t.hour < 12 else "下午", (t.hour - 1) % 12 + 1, t.minute),
                "收件者: " + to_list(m), "主旨: " + s, ""] + body
    if style == "outlook_en":
        return ["", "From: %s <%s>" % (bn, ba),
                "Sent: %s, %s %d, %d %s" % (EN_D[t.weekday()], EN_M[t.month - 1], t.day, t.year, h12(t)),
                "To: " + to_list(m), "Subject: " + s, ""] + body
    if style == "outlook_de":
        DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        return ["", "Von: %s <%s>" % (bn, ba), "Gesendet: %s, %d. %s %d %02d:%02d" % (DE_D[t.weekday()], t.day, DE_M[t.month - 1], t.year, t.hour, t.minute),
                "An: " + to_list(m), "Betreff: " + s, ""] + body
    if style == "outlook_mac_zh":
        return ["", "发件人: %s <%s>" % (bn, ba), "日期: %d年%d月%d日 星期%s %02d:%02d" % (t.year, t.month, t.day, WZ[t.weekday()], t.hour, t.minute),
                "收件人: " + to_list(m, ", ", "{n} <{a}>"), "主题: " + s, ""] + body
    if style == "owa_zh":
        return ["", "________________________________", "发件人: %s <%s>" % (bn, ba),
                "发送时间: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                "收件人: " + to_list(m), "主题: " + s, ""] + body
    if style == "coremail":
        return ["", "", "-----原始邮件-----", '发件人:"%s" <%s>' % (bn, ba),
                "发送时间:%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WZ[t.weekday()]),
                "收件人:" + ", ".join('"%s" <%s>' % (n, addr(n)) for n in m["to"]), "主题:" + s, ""] + body
    if style == "mailmaster":
        return ["", "---- 回复的原邮件 ----", "| 发件人 | %s<%s> |" % (bn, ba),
                "| 日期 | %d年%d月%d日 %02d:%02d |" % (t.year, t.month, t.day, t.hour, t.minute),
                "| 收件人 | " + ", ".join("%s<%s>" % (n, addr(n)) for n in m["to"]) + " |", "| 主题 | %s |" % s] + body
    if style == "netease_web":
        return ["", "", "", "", "", "在 %s，\"%s\" <%s> 写道：" % (t.strftime("%Y-%m-%d %H:%M:%S"), bn, ba)] + gt(body)
    if style == "gmail_zh":
        return ["", "%s <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (bn, ba, t.year, t.month, t.day, WZ[t.weekday()], t.hour, t.minute), ""] + gt(body)
    if style == "gmail_en":
        return ["", "On %s, %s %d, %d at %s %s <%s> wrote:" % (EN_D[t.weekday()][:3], EN_M[t.month - 1][:3], t.day, t.year, h12(t), bn, ba), ""] + gt(body)
    if style == "gmail_en_wrapped":
        return ["", "On %s, %s %d, %d at %s %s <%s>" % (EN_D[t.weekday()][:3], EN_M[t.month - 1][:3], t.day, t.year, h12(t), bn, ba), "wrote:", ""] + gt(body)
    if style == "gmail_fr":
        FR_D = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        FR_M = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return ["", "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (FR_D[t.weekday()], t.day, FR_M[t.month - 1], t.year, t.hour, t.minute, bn, ba), ""] + gt(body)
    if style == "gmail_es":
        ES_D = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return ["", "El %s, %d %s %d a las %d:%02d, %s (<%s>)" % (ES_D[t.weekday()], t.day, ES_M[t.month - 1], t.year, t.hour, t.minute, bn, ba), "escribió:", ""] + gt(body)
    if style == "gmail_vi":
        VI_D = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
        return ["", "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (VI_D[t.weekday()], t.day, t.month, t.year, t.hour, t.minute, bn, ba), ""] + gt(body)
    if style == "gmail_ja":
        JA = "月火水木金土日"
        return ["", "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, JA[t.weekday()], t.hour, t.minute, bn, ba), ""] + gt(body)
    if style == "gmail_ko":
        KO = "월화수목금토일"
        return ["", "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, KO[t.weekday()], "오전" if t.hour < 12 else "오후", (t.hour - 1) % 12 + 1, t.minute, bn, ba), ""] + gt(body)
    if style == "apple_en":
        return ["", "> On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (t.day, EN_M[t.month - 1][:3], t.year, t.hour, t.minute, bn, ba), ">"] + gt(body)
    if style == "apple_zh":
        return ["", "> 在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, bn, ba), ">"] + gt(body)
    if style == "apple_zhtw":
        return ["", "> %s <%s> 於 %d年%d月%d日 %s%d:%02d 寫道：" % (bn, ba, t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", (t.hour - 1) % 12 + 1, t.minute), ">"] + gt(body)
    if style == "apple_nl":
        NL_M = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        return ["", "> Op %d %s %d, om %02d:%02d heeft %s <%s> het volgende geschreven:" % (t.day, NL_M[t.month - 1], t.year, t.hour, t.minute, bn, ba), ">"] + gt(body)
    if style == "tb_zh":
        return ["", "在 %s, %s 写道:" % (t.strftime("%Y/%m/%d %H:%M"), bn)] + gt(body)
    if style == "tb_pl":
        return ["", "W dniu %s o %02d:%02d, %s pisze:" % (t.strftime("%d.%m.%Y"), t.hour, t.minute, bn)] + gt(body)
    if style == "alimail":
        return ["", "", "------------------------------------------------------------------",
                "发件人：%s <%s>" % (bn, ba), "发送时间：%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WZ[t.weekday()], t.hour, t.minute),
                "收件人：" + "; ".join("%s<%s>" % (n, addr(n)) for n in m["to"]), "主　题：" + s, ""] + body
    if style == "feishu":
        return ["", "", "发件人：%s<%s>" % (bn, ba), "发送时间：%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
                "收件人：" + "，".join(m["to"]), "主题：" + s, ""] + body
    raise KeyError(style)

# ------------------------------------------------------------------ MIME
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}
def ew(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    try:
        text.encode(CODEC[label])
    except UnicodeEncodeError:
        label = "utf-8"   # the header cannot be carried by the body charset (e.g. 纪要助手 in big5): clients use UTF-8
    cs = CODEC[label]; words, cur = [], ""
    def enc(s):
        raw = s.encode(cs)
        if mode == "B": return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode())
        return "=?%s?Q?%s?=" % (label, "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else "=%02X" % b for b in raw))
    for ch in text:
        if cur and len(enc(cur + ch)) > 66: words.append(enc(cur)); cur = ch
        else: cur += ch
    if cur: words.append(enc(cur))
    return "\n ".join(words)
def haddr(name, a, label="utf-8", quote=False):
    if all(ord(c) < 128 for c in name): return '"%s" <%s>' % (name, a) if quote else "%s <%s>" % (name, a)
    w = ew(name, label).replace("\n ", " ")
    return '"%s" <%s>' % (w, a) if quote else "%s <%s>" % (w, a)

def leaf(ctype, text, label, cte):
    m = Message()
    m["Content-Type"] = '%s; charset="%s"' % (ctype, label) if label else ctype
    m["Content-Transfer-Encoding"] = cte
    data = text.encode(CODEC[label])
    if cte == "base64": m.set_payload(base64.encodebytes(data).decode())
    elif cte == "quoted-printable": m.set_payload(binascii.b2a_qp(data, istext=True).decode())
    else: m.set_payload(data.decode("ascii", "surrogateescape"))
    return m

def to_html(new_lines, quote_lines, style):
    e = lambda L: "<br>\n".join(html.escape(x) for x in L)
    q = [x[2:] if x.startswith("> ") else (x[1:] if x.startswith(">") else x) for x in quote_lines]
    if style in ("outlook_zhcn", "outlook_zhcn_new", "outlook_zhtw", "outlook_en", "outlook_de", "owa_zh", "outlook_mac_zh"):
        qb = '<div id="divRplyFwdMsg" dir="ltr">%s</div>' % e(q)
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-CN"><div class="WordSection1"><p class="MsoNormal">%s</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div></div></body></html>' % (e(new_lines), qb)
    if style.startswith("gmail"):
        return '<div dir="ltr">%s</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (e(new_lines), e(q))
    if style == "qq":
        return '<div>%s</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">%s</div>' % (e(new_lines), e(q))
    return '<html><body><div>%s</div><blockquote style="padding-left:1ex;margin:0 0 0 .8ex;border-left:1px solid #ccc">%s</blockquote></body></html>' % (e(new_lines), e(q))

def build(c):
    m = M[c["meeting"]]
    tz = c.get("tz", CST)
    t = dt.datetime.fromisoformat(c["date"]).replace(tzinfo=tz)
    client = CLIENTS[c["client"]]
    label, cte, has_html = client["charset"], client["cte"], client.get("html", True)
    if "charset" in c: label = c["charset"]
    sender = c["sender"]; sa = c.get("from_addr") or addr(sender)
    fname = c.get("from_name", sender)
    qlines = quote(client["quote"], m, tz)
    sig = c.get("sig", [])
    qlines = [x.replace("{sig}", sa) for x in qlines]
    if c.get("kind") == "auto" or c.get("no_quote"):
        qlines = []   # out-of-office replies carry no quote of the recap
    if "inline" in c:
        new_lines, plain = c["new"], c["inline"](qlines) + sig
    elif c.get("bottom"):
        new_lines = c["new"]
        plain = qlines[1:] + [""] + c["new"] + sig
    elif c.get("on_attr"):
        new_lines = c["new"]
        q = qlines[:]
        i = next(k for k, x in enumerate(q) if x.strip())
        plain = [c["new"][0] + q[i].lstrip("> ")] + q[i + 1:] + sig
    else:
        new_lines = c["new"] + sig
        plain = c["new"] + sig + qlines
    text = "\n".join(plain) + "\n"
    if client.get("crlf"): text = text.replace("\n", "\r\n")
    try:
        text.encode(CODEC[label])
    except UnicodeEncodeError:
        label = "utf-8"   # Outlook/Foxmail/Coremail switch to UTF-8 when the legacy charset cannot carry the text
    hdr = []
    hdr.append(("Return-Path", "<%s>" % sa))
    hdr.append(("Delivered-To", m["replyto"]))
    ip = "%d.%d.%d.%d" % tuple(int(h8(c["slug"] + str(i), 2), 16) for i in range(4))
    hdr.append(("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s" % (client["host"], client["host"], ip, DOM, h8(c["slug"], 9).upper(), m["replyto"], rfc_date(t.astimezone(CST) + dt.timedelta(seconds=4)))))
    hdr += client.get("xhdr", [])
    pre = client["re"]
    if pre.strip().lower() == "re:" and client["quote"] not in ("coremail", "netease_web"):
        subj = c.get("subject") or m["subj"]          # Gmail/Apple/Thunderbird/Foxmail do not stack a second 'Re:'
    else:
        subj = c.get("subject") or (pre + m["subj"])  # Outlook 答复:/回覆:/RE:/AW:, QQ 回复：, Coremail Re:Re:
    cc_ = c.get("cc", [])
    hdr.append(("From", haddr(fname, sa, label, client.get("qn", False))))
    hdr.append(("To", haddr(BOT[0], m["replyto"], label, client.get("qn", False))))
    if cc_: hdr.append(("Cc", ",\n ".join(haddr(n, addr(n), label, client.get("qn", False)) for n in cc_)))
    hdr.append(("Subject", ew(subj, label, client.get("hmode", "B"))))
    hdr.append(("Date", rfc_date(t)))
    hdr.append(("Message-ID", client["mid"] % h8("mid" + c["slug"], 24)))
    hdr.append(("In-Reply-To", m["msgid"]))
    hdr.append(("References", "%s\n %s" % (m["minutes_id"], m["msgid"])))
    for k, v in client.get("after", []): hdr.append((k, v))
    for k, v in c.get("extra_headers", []): hdr.append((k, v))
    top = Message()
    for k, v in hdr: top[k] = v
    top["MIME-Version"] = "1.0"
    tl = leaf("text/plain", text, label, cte)
    if has_html and not c.get("plain_only"):
        hl = leaf("text/html", to_html(new_lines, qlines, client["quote"]).replace("charset=utf-8", "charset=" + label), label, cte)
        b = "----=_Part_%s" % h8("b" + c["slug"], 16)
        top["Content-Type"] = 'multipart/alternative;\n\tboundary="%s"' % b
        top.set_payload([tl, hl])
        top.preamble = "This is a multi-part message in MIME format."
    else:
        for k, v in tl.items(): top[k] = v
        top._payload = tl._payload
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n" if client.get("crlf") else "\n", max_line_length=78)).flatten(top)
    return buf.getvalue()

def rfc_date(t):
    off = int(t.utcoffset().total_seconds()) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (EN_D[t.weekday()][:3], t.day, EN_M[t.month - 1][:3], t.year, t.hour, t.minute, t.second,
                                                     "+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)

CLIENTS = {
 "qq": dict(charset="gb18030", cte="base64", quote="qq", host="smtpbg151.qq.com", re="回复：", qn=True,
            mid="<tencent_%s@qq.com>", xhdr=[("X-QQ-mid", "bizesmtp23t1758880920"), ("X-Mailer", "QQMail 2.x")],
            after=[("X-QQ-MIME", "TCMime 1.0 by Tencent")]),
 "foxmail": dict(charset="GBK".lower(), cte="base64", quote="foxmail", host="smtp.yxcold.example.cn", re="Re: ",
            mid="<2025%s@yxcold.example.cn>", xhdr=[("X-Priority", "3"), ("X-GUID", "6B1E1A2C-0F4D-4B07-9D6E-1C2A7E3F5B11"),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]),
 "outlook_zhcn": dict(charset="gb2312", cte="base64", quote="outlook_zhcn", host="EX01.yxcold.example.cn", re="答复: ", crlf=True,
            mid="<000001dc%s@yxcold.example.cn>", xhdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcL2Vx8s1bTGYhQ0uB5pJd3mN9YA=="), ("Content-Language", "zh-cn")]),
 "outlook_zhcn_new": dict(charset="utf-8", cte="base64", quote="outlook_zhcn_new", host="EX01.yxcold.example.cn", re="回复: ",
            mid="<SEZPR06MB%s@SEZPR06MB6151.apcprd06.prod.outlook.com>", xhdr=[("Thread-Topic", "x"), ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN")]),
 "outlook_zhtw": dict(charset="big5", cte="base64", quote="outlook_zhtw", host="mail.yxcold.example.tw", re="回覆: ", crlf=True,
            mid="<000301dc%s@yxcold.example.tw>", xhdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")]),
 "outlook_en": dict(charset="utf-8", cte="quoted-printable", quote="outlook_en", host="mail.outbound.protection.outlook.com", re="RE: ", crlf=True,
            mid="<AM9PR02MB%s@AM9PR02MB7345.eurprd02.prod.outlook.com>", xhdr=[("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]),
 "outlook_de": dict(charset="utf-8", cte="quoted-printable", quote="outlook_de", host="mail-fr2deu01.outbound.protection.outlook.com", re="AW: ", crlf=True,
            mid="<FR2P281MB%s@FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM>", xhdr=[("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE")]),
 "outlook_mac_zh": dict(charset="utf-8", cte="quoted-printable", quote="outlook_mac_zh", host="EX01.yxcold.example.cn", re="回复: ",
            mid="<%s@yxcold.example.cn>", xhdr=[("User-Agent", "Microsoft-MacOutlook/16.92.24121520"), ("Thread-Topic", "x")]),
 "owa_zh": dict(charset="utf-8", cte="base64", quote="owa_zh", host="mail-sgaapc01.outbound.protection.outlook.com", re="回复: ",
            mid="<TYZPR06MB%s@TYZPR06MB5602.apcprd06.prod.outlook.com>", xhdr=[("Accept-Language", "zh-CN, en-US"), ("X-MS-Exchange-Organization-AuthAs", "Internal")]),
 "coremail": dict(charset="gbk", cte="base64", quote="coremail", host="mail.yxcold.example.cn", re="Re:",
            mid="<%s.4c1.yxcold.example.cn>", xhdr=[("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
            ("X-Originating-IP", "[10.20.3.17]")], after=[("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", "Fq5pZmZvb3Rlcl90eHQ9NjkxOjEw")]),
 "mailmaster": dict(charset="utf-8", cte="base64", quote="mailmaster", host="m16.mail.163.com", re="回复:",
            mid="<%s@yxcold.example.cn>", xhdr=[("X-Mailer", "NetEase MailMaster for iOS 7.19.6")]),
 "netease_web": dict(charset="GBK".lower(), cte="base64", quote="netease_web", host="m15.mail.163.com", re="Re:",
            mid="<%s.3a7f.19934c2e1a5.Coremail.lichunhua_km@163.example.com>", xhdr=[("X-Originating-IP", "[112.115.34.9]"),
            ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn 163com")],
            after=[("X-NTES-SC", "AL_Qu2cAfqYvkws4SWZbekfmkcQhu0/WMW1uPsg2IBQOJ")]),
 "netease_web126": dict(charset="GBK".lower(), cte="base64", quote="netease_web", host="m16.mail.126.com", re="Re:",
            mid="<%s.5b2e.1992f1a83c7.Coremail.hejun_km@126.example.com>", xhdr=[("X-Originating-IP", "[183.224.7.66]"),
            ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn 126com")]),
 "gmail_zh": dict(charset="utf-8", cte="base64", quote="gmail_zh", host="mail-pj1-f45.google.com", re="Re: ",
            mid="<CAH7m%s@mail.gmail.com>", xhdr=[("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net")]),
 "gmail_en": dict(charset="utf-8", cte="quoted-printable", quote="gmail_en", host="mail-ed1-f52.google.com", re="Re: ",
            mid="<CAJ9x%s@mail.gmail.com>", xhdr=[]),
 "gmail_en_wrapped": dict(charset="utf-8", cte="quoted-printable", quote="gmail_en_wrapped", host="mail-oi1-f170.google.com", re="Re: ",
            mid="<CAF3q%s@mail.gmail.com>", xhdr=[]),
 "gmail_fr": dict(charset="utf-8", cte="quoted-printable", quote="gmail_fr", host="mail-wm1-f44.google.com", re="Re: ",
            mid="<CAK2p%s@mail.gmail.com>", xhdr=[]),
 "gmail_es": dict(charset="utf-8", cte="quoted-printable", quote="gmail_es", host="mail-qk1-f178.google.com", re="Re: ",
            mid="<CAE1u%s@mail.gmail.com>", xhdr=[]),
 "gmail_vi": dict(charset="utf-8", cte="base64", quote="gmail_vi", host="mail-pl1-f172.google.com", re="Re: ",
            mid="<CAP0v%s@mail.gmail.com>", xhdr=[]),
 "gmail_ja": dict(charset="utf-8", cte="base64", quote="gmail_ja", host="mail-pf1-f171.google.com", re="Re: ",
            mid="<CAL8j%s@mail.gmail.com>", xhdr=[]),
 "gmail_ko": dict(charset="utf-8", cte="base64", quote="gmail_ko", host="mail-pg1-f180.google.com", re="Re: ",
            mid="<CAN4k%s@mail.gmail.com>", xhdr=[]),
 "gmail_android_zh": dict(charset="utf-8", cte="base64", quote="gmail_zh", host="mail-pj1-f49.google.com", re="Re: ", html=True,
            mid="<CAM5a%s@mail.gmail.com>", xhdr=[]),
 "gmail_ios_zhtw": dict(charset="utf-8", cte="base64", quote="gmail_zh", host="mail-pf1-f175.google.com", re="Re: ",
            mid="<CAB6i%s@mail.gmail.com>", xhdr=[]),
 "apple_en": dict(charset="utf-8", cte="quoted-printable", quote="apple_en", host="mail-nz.example.nz", re="Re: ",
            mid="<%s@kauridairy.example.nz>", xhdr=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")], html=False),
 "iphone_zh": dict(charset="utf-8", cte="quoted-printable", quote="apple_zh", host="smtp.yxcold.example.cn", re="回复：",
            mid="<%s@yxcold.example.cn>", xhdr=[("X-Mailer", "iPhone Mail (22F76)")], html=False),
 "iphone_zhtw": dict(charset="utf-8", cte="quoted-printable", quote="apple_zhtw", host="mail.yxcold.example.tw", re="回覆：",
            mid="<%s@yxcold.example.tw>", xhdr=[("X-Mailer", "iPhone Mail (22G86)")], html=False),
 "apple_mail_zh": dict(charset="utf-8", cte="quoted-printable", quote="apple_zh", host="smtp.yxcold.example.cn", re="Re: ",
            mid="<%s@yxcold.example.cn>", xhdr=[("X-Mailer", "Apple Mail (2.3774.600.62)")]),
 "apple_nl": dict(charset="utf-8", cte="quoted-printable", quote="apple_nl", host="smtp.koelpack.example.nl", re="Re: ",
            mid="<%s@koelpack.example.nl>", xhdr=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], html=False),
 "tb_zh": dict(charset="utf-8", cte="8bit", quote="tb_zh", host="smtp.yxcold.example.cn", re="Re: ", html=False,
            mid="<%s@yxcold.example.cn>", xhdr=[("User-Agent", "Mozilla Thunderbird")]),
 "tb_pl": dict(charset="utf-8", cte="8bit", quote="tb_pl", host="smtp.sadyzgrojec.example.pl", re="Re: ", html=False,
            mid="<%s@sadyzgrojec.example.pl>", xhdr=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]),
 "dingtalk": dict(charset="utf-8", cte="base64", quote="alimail", host="out30-131.freemail.mail.aliyun.com", re="回复：",
            mid="<%s.a1b2@dingtalk.example>", xhdr=[("X-Mailer", "[Alimail-Mailagent revision 4][W4_7021812]"), ("X-Priority", "3")]),
 "wecom": dict(charset="gb18030", cte="base64", quote="qq", host="smtpbguseast2.qq.com", re="回复：", qn=True,
            mid="<tencent_%s@exmail.qq.com>", xhdr=[("X-QQ-mid", "bizesmtpsz11t1760617206"), ("X-Mailer", "WXWork Mail")],
            after=[("X-QQ-MIME", "TCMime 1.0 by Tencent")]),
 "feishu": dict(charset="utf-8", cte="base64", quote="feishu", host="va-1-11.ptr.blmpb.com", re="回复：",
            mid="<%s@larksuite.com>", xhdr=[("X-Lms-Return-Path", "<lba+268f5d1a2>"), ("X-Mailer", "LarkMail")]),
}

# ------------------------------------------------------------------ cases
def G(intent, items=(), percent=None, new=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new}

SIG_WL = ["", "--", "王磊 | 郑州仓 仓储主管", "豫鲜冷链集团 仓储运营部", "手机：138 3712 0456"]
DISC_EN = ["", "This e-mail and any attachments are confidential and may be privileged. If you are not the intended",
           "recipient, please notify the sender immediately and delete it. Nordhav Seafood AS accepts no liability",
           "for any damage caused by this e-mail. Deadlines stated herein are indicative only."]

CASES = [
 dict(n=3401, slug="confirm-qq-thumbs", meeting="zz", client="qq", sender="刘婷", date="2025-09-26 17:58:12",
      new=["收到，没问题👍"], gold=G("confirm"),
      what="QQ Mail gb18030 top-post '收到，没问题👍' over the QQ '原始邮件' quote",
      notes="Owner of item 2 answers the recap 13 min later. Colloquial confirm with emoji; no item number -> items []. The quoted footer lists every command word."),
 dict(n=3402, slug="done-foxmail-by-task", meeting="zz", client="foxmail", sender="王磊", date="2025-09-30 16:41:05",
      new=["张总，", "", "3号间温控探头已经校准好了，校准记录放在共享盘 \\\\zz-fs01\\仓储\\校准 下面。", ""], sig=SIG_WL, gold=G("done"),
      what="Foxmail GBK: task named ('3号间温控探头…校准好了') instead of a number; sender owns items 1 and 3",
      notes="Name-the-task: '3号间温控探头已经校准好了' = item 1 (冷库3号间温控探头校准). 王磊 also owns item 3 (叉车年检), so only the task words decide; no number written -> items []. Signature has a phone number."),
 dict(n=3403, slug="extend-german-outlook", meeting="zz", client="outlook_de", sender="Klaus Becker", tz=TZ(2), date="2025-10-13 09:12:44",
      new=["Hello Mr. Zhang,", "", "regarding item 5 (quarterly compressor maintenance): after the Golden Week our service team in",
           "Shanghai is fully booked. Can we move item 5 to October 24? Our technician Mr. Feng will confirm the exact time.", "",
           "Mit freundlichen Grüßen / Best regards", "Klaus Becker", "Service Manager APAC", "NordKälte Anlagenbau GmbH | Tel. +49 40 3190 2277"],
      gold=G("extend", [5], None, "2025-10-24"), rule=("abs", "2025-10-24"),
      what="Outlook de-DE (Von:/Gesendet:/An:/Betreff:, 'AW:') English request 'move item 5 to October 24'",
      notes="Supplier in Hamburg (+0200); Shanghai date 2025-10-13 15:12. 'move item 5 to October 24' -> extend [5] 2025-10-24."),
 dict(n=3404, slug="progress-coremail-wms-60", meeting="zz", client="coremail", sender="陈晨", date="2025-10-09 14:20:31",
      new=["WMS库位规则这块改了一半多，速冻区已经切到新规则了，冷藏区还在测，整体进度60%左右。", "陈晨"], gold=G("progress", [], 60),
      what="Coremail GBK: progress 60% on a task named 'WMS库位规则', no number",
      notes="Name-the-task: 陈晨 owns only item 4 (更新WMS库位规则), named by its words. '改了一半多' is colour; the stated figure is 60% -> percent 60. Sent 10-09, first working day after National Day+Mid-Autumn."),
 dict(n=3405, slug="extend-dingtalk-forklift", meeting="zz", client="dingtalk", sender="王磊", date="2025-10-09 10:05:00",
      new=["叉车年检那个检测站国庆后排队，最早只能约到15号，申请延期至10月17日。"], sig=SIG_WL, gold=G("extend", [], None, "2025-10-17"), rule=("abs", "2025-10-17"),
      what="DingTalk/Alimail reply ('主　题' with a full-width space in the quote header): extend a task named '叉车年检' to 10月17日",
      notes="Name-the-task: '叉车年检' = item 3 (王磊 owns 1 and 3). '最早只能约到15号' is the reason; the requested date is 10月17日 -> 2025-10-17."),
 dict(n=3406, slug="auto-ooo-exchange-national-day", meeting="zz", client="outlook_zhcn", sender="刘婷", date="2025-09-30 18:31:02",
      subject="自动答复: Re: 郑州仓周例会纪要 2025-09-26", plain_only=True, kind="auto",
      new=["您好，我于2025年10月1日至10月8日休假，10月9日返回办公室。期间急事请联系王磊（138 3712 0456），值班安排见国庆排班表。", "刘婷"],
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "liuting@yxcold.example.cn")],
      what="Exchange out-of-office '自动答复:' to the recap: kind auto, no reply command",
      notes="Auto-Submitted: auto-replied + Inbox-Rules-Loop; body has dates but no person wrote it -> kind auto, reply null. (Our OOO body also quotes nothing of the recap in real Exchange; here the quote is kept as some gateways do.)"),
 dict(n=3407, slug="done-spanish-gmail-phyto", meeting="cherry", client="gmail_es", sender="Carlos Muñoz", tz=TZ(-3), date="2025-11-06 08:47:19",
      new=["Hola a todos / hello all,", "", "Item 4 done – I attached the scans of the phytosanitary certificates (SAG) for the three orchards.",
           "Originals go with the shipment.", "", "Saludos,", "Carlos Muñoz", "Export Manager | Frutícola Los Andes", "+56 9 8765 4321"],
      gold=G("done", [4]),
      what="Gmail es-CL: 'Item 4 done' under an attribution 'El mié, 5 nov 2025 a las 5:20, … (<…>)' wrapped before 'escribió:'",
      notes="Chile is UTC-3 in November; attribution time is local (05:20). Spanish greeting, English command: done [4]."),
 dict(n=3408, slug="extend-push-to-the-19th", meeting="cherry", client="gmail_en", sender="Carlos Muñoz", tz=TZ(-3), date="2025-11-11 22:30:00",
      new=["Hi Henry,", "", "MSC rolled our booking to next week's vessel. Can we push #1 to the 19th?", "", "Carlos", "", "Enviado desde mi Android"],
      gold=G("extend", [1], None, "2025-11-19"), rule=("abs", "2025-11-19"),
      what="Gmail (Android) English 'Can we push #1 to the 19th?' sent late evening in Chile = next morning in Shanghai",
      notes="Date Tue 22:30 -0300 = Wed 2025-11-12 09:30 Shanghai. 'the 19th' = the 19th of the current month (November, still ahead) -> 2025-11-19. A question form is still an extension request."),
 dict(n=3409, slug="object-outlook-zhcn-licence", meeting="cherry", client="outlook_zhcn", sender="赵敏", date="2025-11-05 17:10:26",
      new=["吴总：", "", "第2项有异议：许可证续期要等商务局系统11月17日开放申报，14号前交不了，建议改到11月19日。", "", "赵敏", "关务部", "0371-6655 8120"],
      gold=G("object", [2]),
      what="Outlook zh-CN gb2312 '答复:' with '-----原始邮件-----' quote: objection to 第2项 proposing another date",
      notes="Within the objection window; '有异议' + reason -> object [2]. The proposed 11月19日 is part of the objection, not an extension command, so new_due_date stays null (the organizer must settle it)."),
 dict(n=3410, slug="confirm-mailmaster-item3", meeting="cherry", client="mailmaster", sender="杨洋", date="2025-11-05 18:34:50",
      new=["第3项没问题，预冷库位我来排。", "", "发自网易邮箱大师"], gold=G("confirm", [3]),
      what="网易邮箱大师 (iOS) '第3项没问题' + '发自网易邮箱大师', '---- 回复的原邮件 ----' table quote",
      notes="'没问题' = confirm of item 3. Sent after the 18:00 cutoff; still a confirm."),
 dict(n=3411, slug="extend-norway-outlook-en-disclaimer", meeting="salmon", client="outlook_en", sender="Ingrid Hansen", tz=TZ(2), date="2025-10-23 08:15:40",
      new=["Hi Laura,", "", "Eurofins Bergen is re-running the cadmium panel on two lots, so the report for item 1 will be late.",
           "Could we move it to Tuesday 28 October?", "", "Best regards,", "Ingrid Hansen", "QA Manager, Nordhav Seafood AS", "+47 913 45 678"] + DISC_EN,
      gold=G("extend", [1], None, "2025-10-28"), rule=("abs", "2025-10-28"),
      what="Outlook en (Norway, +0200) with signature and a disclaimer containing 'Deadlines': 'move it to Tuesday 28 October'",
      notes="'the report for item 1 … move it to Tuesday 28 October' -> extend [1] 2025-10-28 (a Tuesday). Disclaimer text must be ignored."),
 dict(n=3412, slug="done-japanese-gmail", meeting="salmon", client="gmail_ja", sender="佐藤健一", tz=TZ(9), date="2025-10-27 11:02:00",
      new=["黄様", "", "いつもお世話になっております。", "Item 4: samples shipped today by EMS (EJ123456789JP), so this is done from our side.", "",
           "佐藤健一 / Kenichi Sato", "北洋パック株式会社 海外営業部"], gold=G("done", [4]),
      what="Gmail ja: attribution '2025年10月20日(月) 16:30 纪要助手 <…>:' ; Japanese greeting, English 'Item 4 … done'",
      notes="JST +0900. 'samples shipped … this is done from our side' -> done [4]."),
 dict(n=3413, slug="done-feishu-template", meeting="salmon", client="feishu", sender="孙倩", date="2025-10-21 15:47:09",
      new=["到港温度记录模板已经更新完了，新版放飞书文档里了，大家用新模板哈"], gold=G("done"),
      what="飞书 mail: task named '到港温度记录模板…更新完了', no number",
      notes="孙倩 owns only item 2 (更新到港温度记录模板); the task is also named -> done, items [] (resolved item 2)."),
 dict(n=3414, slug="object-wecom-airfreight", meeting="salmon", client="wecom", sender="周杰", date="2025-10-20 17:21:33",
      new=["空运费率这个我有异议，航司新一季报价11月5号才出来，10月底前评估不了。"], gold=G("object"),
      what="企业微信 mail (gb18030, QQ-style '原始邮件' quote): objection naming the task '空运费率'",
      notes="Name-the-task: item 3 (重新评估空运费率), 周杰's only item. '有异议' + reason -> object; '11月5号' is the reason, no new date."),
 dict(n=3415, slug="thanks-outlook-mac-organizer", meeting="salmon", client="outlook_mac_zh", sender="黄蕾", date="2025-10-20 16:02:18",
      new=["谢谢，辛苦各位，有问题随时在群里说。", "", "黄蕾", "质量部经理"], gold=G("unknown"),
      what="Outlook for Mac zh: organizer's thank-you; changes nothing",
      notes="No command: a thank-you from the organizer. intent unknown (SPEC §5), items []. The quoted footer's command words must not count."),
 dict(n=3416, slug="done-outlook-zhtw-utf8", meeting="tpe", client="outlook_zhtw", sender="陳冠宇", date="2025-12-02 10:15:27",
      new=["第2項報價單已更新完成，已寄給怡君確認。", "", "陳冠宇 Kevin Chen", "豫鮮冷鏈 台北業務處", "Tel: +886-2-2712-3345 ext.215"], gold=G("done", [2]),
      what="Outlook zh-TW (falls back to UTF-8: the quote holds simplified text and 김민준) '回覆:' with 寄件者/寄件日期/收件者/主旨 quote: '第2項…已更新完成'",
      notes="Traditional Chinese 第2項 + 完成 -> done [2]."),
 dict(n=3417, slug="progress-gmail-tw-seventy", meeting="tpe", client="gmail_zh", sender="林怡君", from_addr="eunice.lin@yxcold.example.tw", date="2025-12-04 19:40:02",
      new=["佩珊姐，", "春節禮盒名單目前整理到七成左右，週五前應該可以完成。", "", "Eunice"], gold=G("progress", [], 70),
      what="Google Workspace (Gmail zh-TW UI writes the zh-CN attribution): '春節禮盒名單…七成' = 70%, task named",
      notes="Name-the-task: item 1 (整理春節禮盒客戶名單); 林怡君 also owns item 3. '七成' = 70% -> percent 70. '週五前應該可以完成' is the existing due date, not an extension."),
 dict(n=3418, slug="extend-iphone-tw-next-wed", meeting="tpe", client="iphone_zhtw", sender="林怡君", date="2025-12-09 12:03:44",
      new=["高雄倉試跑要延到下週三，物流車那天才有空檔。", "", "從我的 iPhone 傳送"], gold=G("extend", [], None, "2025-12-17"), rule=("next_week", 2),
      what="iPhone Mail zh-TW: '高雄倉試跑要延到下週三' + '從我的 iPhone 傳送'",
      notes="Name-the-task: item 3 (安排高雄倉配送試跑). Sent Tue 2025-12-09; 下週三 = Wednesday of the following week = 2025-12-17."),
 dict(n=3419, slug="done-korean-gmail", meeting="tpe", client="gmail_ko", sender="김민준", tz=TZ(9), date="2025-12-10 09:30:00",
      new=["Hi Sandy,", "", "Item 4 - pear samples received at your Taoyuan warehouse and confirmed, quality OK 👍", "", "Best,", "Minjun Kim (김민준)", "Hanbit Fresh Co., Ltd."],
      gold=G("done", [4]),
      what="Gmail ko: attribution '2025년 12월 1일 (월) 오후 7:20, 纪要助手 <…>님이 작성:'; 'Item 4 … confirmed' means the task (样品确认) is done",
      notes="The task itself is 'sample confirmation', so 'confirmed, quality OK' reports it done: done [4], not a confirm of the recap (the recap's objection window closed 12-02). Ambiguity noted: a naive reader sees 'confirmed'."),
 dict(n=3420, slug="confirm-outlook-zhtw-organizer", meeting="tpe", client="outlook_zhtw", sender="吳佩珊", date="2025-12-01 19:02:10",
      new=["確認，無異議。"], gold=G("confirm"),
      what="Outlook zh-TW organizer '確認，無異議。' (Traditional)", notes="'無異議' contains 異議 but means confirm. items []."),
 dict(n=3421, slug="done-thai-outlook-en", meeting="km", client="outlook_en", sender="Somchai Prasert", tz=TZ(7), date="2025-09-09 15:20:00",
      new=["Dear K. Duan,", "", "Please find attached the packing list for the 2nd lot (container TGHU 884512-0, 1,240 cartons Monthong).",
           "Item 1 completed.", "", "Best regards,", "Somchai Prasert", "Export Coordinator | Siam Fresh Fruits Co., Ltd.", "Tel. +66 2 108 5500 ext. 12"],
      gold=G("done", [1]),
      what="Outlook en (Thailand, +0700): 'Item 1 completed.' after a line with container numbers and counts",
      notes="'Item 1 completed' -> done [1]. Numbers in the container line are not items or percentages."),
 dict(n=3422, slug="progress-vietnamese-gmail", meeting="km", client="gmail_vi", sender="Nguyễn Thị Lan", tz=TZ(7), date="2025-09-12 10:05:00",
      new=["Dear anh Quân / chị Vân,", "", "Về item 4 (báo giá vận chuyển lạnh thanh long): we are at about 50%, still waiting for the trucking quote",
           "from Lào Cai. Will send the full quote on Monday.", "", "Trân trọng,", "Nguyễn Thị Lan", "Mekong Fruit JSC"],
      gold=G("progress", [4], 50),
      what="Gmail vi: 'Vào Th 2, 8 thg 9, 2025 vào lúc 16:05 … đã viết:'; Vietnamese + English 'item 4 … about 50%'",
      notes="progress [4] 50. 'Will send … on Monday' is a plan within the existing due date (09-15 is Monday), not an extension."),
 dict(n=3423, slug="done-163-web-customs-broker", meeting="km", client="netease_web", sender="李春花", date="2025-09-09 16:33:08",
      new=["段经理您好：", "查验已经约好了，9月11号上午9点海关到场，到时候请何经理那边安排人配合开箱。", "", "李春花", "昆明顺通报关行", "139 8712 6633"],
      gold=G("done"),
      what="163 web mail (GBK) from an external customs broker: '在 … \"纪要助手\" <…> 写道：' quote; done without number, sender owns one item",
      notes="李春花 owns only item 3 (预约海关查验时间) and says the appointment is made -> done, items []. '9月11号上午9点' is the inspection time, not a new due date."),
 dict(n=3424, slug="extend-coremail-item2", meeting="km", client="coremail", sender="何军", date="2025-09-11 18:20:40",
      new=["段经理：", "第2项申请延期至9月19日，改造方案要等设备厂家把制冷量核算发过来。", "何军"], gold=G("extend", [2], None, "2025-09-19"), rule=("abs", "2025-09-19"),
      what="Coremail 'Re:Re:'-style reply '第2项申请延期至9月19日'", notes="extend [2] 2025-09-19 (Friday)."),
 dict(n=3425, slug="done-outlook-en-sg-pricelist", meeting="sg", client="outlook_en", sender="Tan Wei Ming", date="2025-12-16 11:48:00",
      new=["Price list done and uploaded to SharePoint (SG Trading > Pricing > 2026Q1). Thanks!", "", "Wei Ming"], gold=G("done"),
      what="Outlook en (Singapore): 'Price list done' names the task",
      notes="Tan Wei Ming owns only item 1 (Update SG wholesale price list), named -> done, items []."),
 dict(n=3426, slug="extend-two-more-days-nz", meeting="sg", client="gmail_en_wrapped", sender="Olivia Brown", tz=TZ(13), date="2025-12-16 20:10:00",
      new=["Hi Rachel,", "", "Sorry - need two more days on item 2, the 90-day pull results only come back from the lab on Thursday.", "", "Cheers,", "Olivia",
           "Olivia Brown | Technical Manager | Kauri Dairy Ltd | +64 21 555 0192"],
      gold=G("extend", [2], None, "2025-12-19"), rule=("plus_days", "2025-12-17", 2),
      what="Gmail en (NZ, +1300) 'need two more days on item 2' with the attribution wrapped before 'wrote:'",
      notes="Shanghai date 2025-12-16 15:10. Item 2 is due 2025-12-17 (Wed) in the recap; two more days = 2025-12-19 (Fri) whether counted in calendar or working days. Convention: 'N more days' counts from the item's current due date."),
 dict(n=3427, slug="done-french-gmail-lease", meeting="sg", client="gmail_fr", sender="Pierre Laurent", tz=TZ(1), date="2025-12-18 09:40:00",
      new=["Bonjour Rachel,", "", "Point 3 : le renouvellement du bail est signé de notre côté, contrat en PJ.", "So item 3 is done for us.", "",
           "Cordialement,", "Pierre Laurent", "Responsable grands comptes Asie", "Frigo Conteneurs SA – +33 4 91 22 33 44"], gold=G("done", [3]),
      what="Gmail fr: 'Le lun. 15 déc. 2025 à 10:30, … a écrit :' ; French + English 'item 3 is done'",
      notes="'Point 3' / 'item 3 is done' -> done [3]."),
 dict(n=3428, slug="progress-polish-thunderbird", meeting="sg", client="tb_pl", sender="Marek Nowak", tz=TZ(1), date="2025-12-16 14:05:00",
      new=["Hi,", "", "#5 - we're about 80% through the labelling spec, only the GS1 barcode section is missing.", "", "Pozdrawiam,", "Marek Nowak", "Sady Grójec Sp. z o.o."],
      gold=G("progress", [5], 80),
      what="Thunderbird pl 8bit: 'W dniu 15.12.2025 o 10:30, 纪要助手 pisze:'; '#5 - … about 80%'",
      notes="progress [5] 80."),
 dict(n=3429, slug="object-dingtalk-legal", meeting="sg", client="dingtalk", sender="郭静", date="2025-12-15 17:52:30",
      new=["第4项有异议：经销商还没发最终版合同，19号前审不完，建议改为收到终稿后3个工作日内。", "", "郭静 | 法务部"], gold=G("object", [4]),
      what="钉钉邮箱 Chinese objection to an English recap, mentioning '3个工作日内'",
      notes="object [4]; '3个工作日内' is the proposed rule inside the objection, no new_due_date."),
 dict(n=3430, slug="question-gmail-organizer", meeting="sg", client="gmail_en", sender="Rachel Koh", date="2025-12-15 19:15:00",
      new=["Quick question on item 1 - should the price list include the CNY promo SKUs, or do we send those separately?", "Not changing anything, just checking.", "", "Rachel"],
      gold=G("unknown", [1]),
      what="Gmail en organizer question about item 1: changes nothing",
      notes="A question names item 1 but gives no command -> intent unknown, items [1] as written. Nothing must change."),
 dict(n=3431, slug="done-wecom-maintenance", meeting="cd", client="wecom", sender="杨洋", date="2025-10-16 09:40:11",
      new=["罗经理，制冷机组维保已经排好了，10月20号厂家上门，排期表发你微信了。"], gold=G("done"),
      what="企业微信 mail: '制冷机组维保已经排好了' names item 1; sender owns 1 and 3",
      notes="Name-the-task: item 1 (制冷机组维保排期) — the deliverable is the schedule, which is done; '10月20号厂家上门' is the visit date, not a new due date."),
 dict(n=3432, slug="extend-dutch-apple-mail", meeting="cd", client="apple_nl", sender="Sanne de Vries", tz=TZ(2), date="2025-10-22 10:30:00",
      new=["Hi Mr. Luo,", "", "For item 4 we need a bit more time, the drop tests of the returnable boxes are delayed.", "Can we move it to 31 October?", "",
           "Met vriendelijke groet,", "Sanne de Vries", "KoelPack B.V."], gold=G("extend", [4], None, "2025-10-31"), rule=("abs", "2025-10-31"),
      what="Apple Mail nl: '> Op 13 okt 2025, om 10:10 heeft … het volgende geschreven:'; 'move it to 31 October'",
      notes="extend [4] 2025-10-31."),
 dict(n=3433, slug="done-android-gmail-chinese-numeral", meeting="cd", client="gmail_android_zh", sender="邓丽", from_addr="dengli@yxcold.example.cn", date="2025-10-15 20:12:00",
      new=["第二项已完成，投诉的三家客户都回访了，表格明天发"], gold=G("done", [2]),
      what="Gmail Android zh: '第二项已完成' (Chinese numeral), 8 pm",
      notes="第二项 -> items [2]; '三家' and '明天' are details."),
 dict(n=3434, slug="progress-inline-under-row-thunderbird", meeting="cd", client="tb_zh", sender="杨洋", date="2025-10-23 17:30:00",
      inline=lambda q: [x for x in q[:q.index("> | 3 | 新增冷藏车GPS装机 | 杨洋 | 2025-10-24 |") + 1]][1:] +
                       ["", "进度80%，还差4台车在外面跑线路，回来就装。", ""] + q[q.index("> | 3 | 新增冷藏车GPS装机 | 杨洋 | 2025-10-24 |") + 1:],
      new=["进度80%，还差4台车在外面跑线路，回来就装。"], gold=G("progress", [3], 80),
      what="Thunderbird zh 8bit: inline answer under the quoted recap row 3 (interleaved), no number in the new text",
      notes="Convention: an answer written directly under a quoted table row refers to that row -> items [3]. '4台' is not a percent."),
 dict(n=3435, slug="auto-ooo-exmail", meeting="cd", client="wecom", sender="罗刚", date="2025-10-13 16:10:40", kind="auto",
      subject="自动回复：Re: 成都仓10月运营会纪要", plain_only=True,
      new=["您好，我正在出差（10月13日-10月17日），邮件会延迟回复。紧急事务请联系杨洋 139 0280 1122。"],
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-QQ-AutoReply", "1")],
      what="Tencent Exmail/WeCom automatic reply '自动回复：' 40 s after the recap", notes="Auto-Submitted: auto-replied -> kind auto, reply null."),
 dict(n=3436, slug="done-outlook-zhcn-routes", meeting="cny", client="outlook_zhcn", sender="王磊", date="2025-01-24 15:06:00",
      new=["张总：", "", "春节礼盒的配送线路已经跟三家承运商确认完了，线路表见附件。", ""], sig=SIG_WL, gold=G("done"),
      what="Outlook zh-CN gb2312: task named ('配送线路…确认完了'); sender's only item",
      notes="王磊 owns only item 1 of this recap (春节礼盒冷链配送线路确认) -> done, items []."),
 dict(n=3437, slug="extend-qq-duty-roster", meeting="cny", client="qq", sender="刘婷", date="2025-01-21 09:25:00",
      new=["张总，值班表能不能延到27号？26号周日调休上班，我那天在新郑仓盘点，弄不完。"], gold=G("extend", [], None, "2025-01-27"), rule=("abs", "2025-01-27"),
      what="QQ Mail: '值班表能不能延到27号？' (day-of-month only) around the 2025-01-26 make-up Sunday",
      notes="Name-the-task: item 3 (春节期间应急值班表), her only item. '27号' = 2025-01-27 (the current month). The make-up Sunday 01-26 is mentioned only as a reason."),
 dict(n=3438, slug="extend-foxmail-after-holiday", meeting="cny", client="foxmail", sender="赵敏", date="2025-01-22 10:40:00",
      new=["第4项申请延期至节后第一个工作日，奇异果船期推迟，到港在春节假期里，海关节后才能查验。", "", "赵敏"],
      gold=G("extend", [4], None, "2025-02-05"), rule=("after_holiday",),
      what="Foxmail GBK '延期至节后第一个工作日' before Spring Festival 2025",
      notes="Spring Festival holiday 2025-01-28..02-04; the first working day after it is Wed 2025-02-05 (chinesecalendar)."),
 dict(n=3439, slug="done-apple-mail-zh-approval", meeting="cny", client="apple_mail_zh", sender="吴海", date="2025-01-21 21:14:00",
      new=["第2项促销价已审批通过，OA流程号 CG-2025-0117。", "", "吴海"], gold=G("done", [2]),
      what="Apple Mail (macOS) zh: '> 在 2025年1月20日，11:30，纪要助手 <…> 写道：'; '第2项…已审批通过'",
      notes="'已审批通过' completes item 2 (年货节促销价审批) -> done [2]. The OA number is not a date."),
 dict(n=3440, slug="extend-owa-utc-makeup-saturday", meeting="zz", client="owa_zh", sender="陈晨", tz=TZ(0), date="2025-10-10 17:20:00",
      new=["第4项申请延期3个工作日，冷藏区测试环境出问题了，还在排查。", "陈晨"], gold=G("extend", [4], None, "2025-10-15"), rule=("workdays", 3),
      what="OWA (Exchange Online, Date +0000) '延期3个工作日' sent at 01:20 Shanghai on the 2025-10-11 make-up Saturday",
      notes="Date Fri 17:20 +0000 = Sat 2025-10-11 01:20 Shanghai (a make-up working day, also the item's due date). 3 working days counted from the day after: 10-12 Sun no, 10-13, 10-14, 10-15 -> 2025-10-15. Counting from the due date gives the same."),
 dict(n=3441, slug="done-outlook-en-report-late", meeting="salmon", client="outlook_en", sender="Ingrid Hansen", tz=TZ(1), date="2025-10-27 16:02:00",
      new=["Hi again,", "", "Item 1 done - report attached (Eurofins ref. AR-25-NO-088412). All lots below limits.", "", "Ingrid"] + DISC_EN,
      gold=G("done", [1]),
      what="Outlook en (Norway, CET after DST ended) short 'Item 1 done' + disclaimer",
      notes="+0100 on 10-27 (DST ended 10-26). done [1]."),
 dict(n=3442, slug="confirm-on-attribution-line-iphone", meeting="zz", client="iphone_zh", sender="王磊", date="2025-09-26 18:09:00", on_attr=True,
      new=["确认 "], gold=G("confirm"),
      what="iPhone Mail zh: the reply '确认' typed on the same line as the '在 …，纪要助手 <…> 写道：' attribution",
      notes="The first line is '确认 在 2025年9月26日，17:45，纪要助手 <…> 写道：' (no '> ' prefix, as when the cursor sits before the attribution). The new text is only '确认' -> confirm."),
 dict(n=3443, slug="done-two-tasks-gmail-ios-tw", meeting="tpe", client="gmail_ios_zhtw", sender="林怡君", date="2025-12-17 18:45:00",
      new=["禮盒名單跟高雄試跑都OK了 🙏", "", "Eunice"], gold=G("done"),
      what="Gmail iOS zh-TW: two tasks named in one sentence ('禮盒名單跟高雄試跑都OK了')",
      notes="Name-the-task, two items: item 1 (整理春節禮盒客戶名單) and item 3 (安排高雄倉配送試跑), both hers -> done; no number written -> items []. 'OK' here means done, not confirm."),
 dict(n=3444, slug="progress-126-personal-half", meeting="km", client="netease_web126", sender="何军", from_addr="hejun_km@126.example.com", from_name="何军", date="2025-09-10 21:05:00",
      new=["段经理，公司邮箱VPN连不上，用私人邮箱回一下：", "催熟间改造方案做了一半，图纸等厂家核算。", "何军"], gold=G("progress", [], 50),
      what="126 web mail from a personal address (GBK): '改造方案做了一半' = 50%",
      notes="Name-the-task: item 2 (提交催熟间改造方案). '一半' -> percent 50. The sender address is not the roster address (hejun_km@126.example.com); a bot may treat it as a non-owner and keep it as a comment, but the parse gold is progress 50."),
 dict(n=3445, slug="done-unclear-several-open", meeting="tpe", client="gmail_zh", sender="林怡君", from_addr="eunice.lin@yxcold.example.tw", date="2025-12-08 09:10:00",
      new=["已完成"], gold=G("done"),
      what="Gmail: a bare '已完成' from an owner with two open items (1 and 3): must change nothing, the bot has to ask",
      notes="No item number and no task words; 林怡君 owns items 1 and 3 -> intent done, items [] and nothing may be changed (SPEC §6.3: ask which)."),
 dict(n=3446, slug="auto-ooo-outlook-en", meeting="salmon", client="outlook_en", sender="Ingrid Hansen", tz=TZ(2), date="2025-10-20 09:31:00", kind="auto",
      subject="Automatic reply: Re: 挪威三文鱼质量复盘会纪要 2025-10-20", plain_only=True,
      new=["Thank you for your email. I am out of the office until 22 October with limited access to email.", "For urgent QA matters please contact qa@nordhav.example.no."],
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      what="Outlook/Exchange English 'Automatic reply:' with a return date", notes="kind auto, reply null."),
 dict(n=3447, slug="progress-outlook-zhcn-new-licence", meeting="cherry", client="outlook_zhcn_new", sender="赵敏", date="2025-11-12 14:35:00",
      new=["许可证续期材料准备了80%，还差冷链食品追溯码备案回执，预计11月14日能交。", "", "赵敏 | 关务部 | 0371-6655 8120"], gold=G("progress", [], 80),
      what="New Outlook zh-CN (utf-8, '________________________________' + 发件人/发送时间 quote): 80% on the task named",
      notes="Name-the-task: item 2 (提交进口许可证续期材料), her only item. '11月14日' is the current due date restated, not an extension."),
 dict(n=3448, slug="confirm-bottom-post-apple-en", meeting="sg", client="apple_en", sender="Olivia Brown", tz=TZ(13), date="2025-12-15 23:50:00", bottom=True,
      new=["All good from our side - confirmed.", "", "Olivia", "", "Sent from my iPhone"], gold=G("confirm"),
      what="Apple Mail en bottom-post: the quote first, then 'All good from our side - confirmed.' and 'Sent from my iPhone'",
      notes="Bottom-posted confirm: the new text is after the quoted recap. NZDT +1300: 23:50 = 18:50 Shanghai on 12-15."),
 dict(n=3449, slug="extend-mailmaster-next-friday", meeting="cherry", client="mailmaster", sender="杨洋", date="2025-11-18 08:55:00",
      new=["吴总，车厘子到港推迟了，成都仓预冷库位那个往后挪到下周五吧。", "", "发自网易邮箱大师"], gold=G("extend", [], None, "2025-11-28"), rule=("next_week", 4),
      what="网易邮箱大师: '预冷库位…往后挪到下周五' (colloquial extend, task named)",
      notes="Name-the-task: item 3 (安排成都仓预冷库位). Sent Tue 2025-11-18; 下周五 = Friday of the following week = 2025-11-28."),
 dict(n=3450, slug="extend-organizer-big5-no-quote", meeting="tpe", client="outlook_zhtw", sender="吳佩珊", date="2025-12-09 14:05:00", no_quote=True,
      new=["第3項高雄倉試跑同意延到12月17日，請怡君跟物流確認車輛。", "", "吳佩珊 Sandy Wu", "台北業務處 處長", "Tel: +886-2-2712-3345 ext.201 / Mobile: 0912-345-678"],
      gold=G("extend", [3], None, "2025-12-17"), rule=("abs", "2025-12-17"),
      what="Outlook zh-TW big5 with 'do not include original message' (no quote at all): the organizer moves 第3項 to 12月17日",
      notes="The organizer may change an item: '第3項…同意延到12月17日' -> extend [3] 2025-12-17. Pure big5 (no quoted recap with simplified characters). Threading only via In-Reply-To/References and the signed To address."),
]

def gold_of(c):
    kind = c.get("kind", "reply")
    return {"kind": kind, "items": [], "next_followup": None, "reply": c.get("gold") if kind == "reply" else None, "notes": c["notes"]}

def check(c):
    g = c.get("gold")
    if not g or c.get("kind", "reply") != "reply": return
    if g["intent"] == "extend":
        tz = c.get("tz", CST)
        sent = dt.datetime.fromisoformat(c["date"]).replace(tzinfo=tz).astimezone(CST).date()
        got = compute(c["rule"], sent)
        if got.isoformat() != g["new_due_date"]:
            raise AssertionError("%d: computed %s, gold %s" % (c["n"], got, g["new_due_date"]))
    elif g["new_due_date"] is not None:
        raise AssertionError(c["n"])

def main():
    args = sys.argv[1:]
    if args and args[0] == "--check":
        out = Path(args[1]) if len(args) > 1 else Path(__file__).parent
        for c in CASES:
            check(c)
            j = json.loads((out / ("%d-%s.json" % (c["n"], c["slug"]))).read_text("utf-8"))
            assert j == gold_of(c), c["n"]
        print("ok: %d cases, every new_due_date recomputed with chinesecalendar" % len(CASES))
        return
    out = Path(args[0]) if args else Path(__file__).parent
    for c in CASES:
        check(c)
        stem = "%d-%s" % (c["n"], c["slug"])
        (out / (stem + ".eml")).write_bytes(build(c))
        (out / (stem + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n", "utf-8")
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER: w.writerow(r)
    with open(out / "cases.md", "w", encoding="utf-8") as f:  # table pasted into README.md
        f.write("| case | kind | client | what it tests |\n| --- | --- | --- | --- |\n")
        for c in CASES:
            f.write("| %d-%s | %s | %s | %s |\n" % (c["n"], c["slug"], c.get("kind", "reply"), c["client"], c["what"].replace("|", "\\|")))
    print("wrote %d cases" % len(CASES))

if __name__ == "__main__":
    main()
